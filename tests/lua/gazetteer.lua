--- Names: every province in every spelling (generated from the project's
-- own gazetteer file), ivlua.gazetteer.add/load/lookup, and a user's names
-- in `ivlua extract`.
local check, eq, checkerr, sh, q = T.check, T.eq, T.checkerr, T.sh, T.quote
local IV, SRC = q(arg[2] or "ivlua"), arg[3]

-- Vietnamese letters without their marks: the test's own table, so that it
-- does not depend on the folding it checks.
local PLAIN = {}
for plain, marked in pairs({
  a = "àáảãạăằắẳẵặâầấẩẫậ", A = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", e = "èéẻẽẹêềếểễệ", E = "ÈÉẺẼẸÊỀẾỂỄỆ",
  i = "ìíỉĩị", I = "ÌÍỈĨỊ", o = "òóỏõọôồốổỗộơờớởỡợ", O = "ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ",
  u = "ùúủũụưừứửữự", U = "ÙÚỦŨỤƯỪỨỬỮỰ", y = "ỳýỷỹỵ", Y = "ỲÝỶỸỴ", d = "đ", D = "Đ" }) do
  for _, c in utf8.codes(marked) do PLAIN[utf8.char(c)] = plain end
end
local UPPER = {}
local function ascii(s) return (s:gsub(utf8.charpattern, function(c) return PLAIN[c] end)) end
local LOWER_MARKED = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
local UPPER_MARKED = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ"
do
  local lo, up = {}, {}
  for _, c in utf8.codes(LOWER_MARKED) do lo[#lo + 1] = utf8.char(c) end
  for _, c in utf8.codes(UPPER_MARKED) do up[#up + 1] = utf8.char(c) end
  for i = 1, #lo do UPPER[lo[i]] = up[i] end
end
local function upper(s) return (s:gsub(utf8.charpattern, function(c) return UPPER[c] or c:upper() end)) end
check(ascii("Thừa Thiên-Huế") == "Thua Thien-Hue" and upper("Đà Nẵng") == "ĐÀ NẴNG", "test helpers")

-- the provinces file: 63 units before the merger, 34 after
local rows, before, after = {}, {}, {}
local header
for line in io.lines(SRC .. "/data/gazetteer/provinces.tsv") do
  if not line:match("^#") and line ~= "" then
    local cells = {}
    for c in (line .. "\t"):gmatch("([^\t]*)\t") do cells[#cells + 1] = c end
    if not header then
      header = {}
      for i, h in ipairs(cells) do header[h] = i end
    else
      local r = { name = cells[header.name], p25 = cells[header.province_2025] }
      rows[#rows + 1] = r
      before[r.name] = true
      after[r.p25] = true
    end
  end
end
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
eq(count(after), 34, "34 provincial units after the merger")
eq(count(before) - (before["Huế"] and 1 or 0), 63, "63 provincial units before it")

local failures = 0
for _, r in ipairs(rows) do
  for _, form in ipairs({ r.name, ascii(r.name), upper(r.name) }) do
    local text = "Investors from Japan visited " .. form .. " on Monday."
    local found
    for e in ivlua.article(text):entities("location") do found = e end
    if not (found and found.name == r.name and found.province_2025 == r.p25 and found.text == form) then
      failures = failures + 1
      print(string.format("  %q: got %s", form, found and (found.name .. " -> " .. tostring(found.province_2025)) or "nothing"))
    end
  end
end
eq(failures, 0, "every province in its diacritic, ASCII and upper-case forms, with its 2025 unit")
eq(#rows * 3, 64 * 3, "forms tried: 63 units before the merger and Huế, three ways each")

-- lookup
local dn = ivlua.gazetteer.lookup("DA NANG")
eq(dn and dn.name, "Đà Nẵng", "lookup folds case and marks")
eq(dn and dn.type, "location", "lookup gives the type")
eq(ivlua.gazetteer.lookup("Bac Giang").province_2025, "Bắc Ninh", "a merged province's 2025 unit")
eq(ivlua.gazetteer.lookup("nowhere at all"), nil, "lookup of an unknown name")

-- add: a user's entry, its variants and fields, case rules
local n0 = ivlua.gazetteer.size()
ivlua.gazetteer.add("organization", { name = "Hana Micron Vina", alts = { "HMV" }, origin = "KR", since = 2022 })
eq(ivlua.gazetteer.size(), n0 + 1, "one entry more")
local a = ivlua.article("HMV is building a plant. The hmv plan was approved.")
local orgs = {}
for e in a:entities("organization") do orgs[#orgs + 1] = e end
eq(#orgs, 1, "an all-capital variant matches its own case only")
eq(orgs[1].canonical, "Hana Micron Vina", "the canonical name of a variant")
eq(orgs[1].origin, "KR", "a field")
eq(orgs[1].since, "2022", "a number field, as a string")
ivlua.gazetteer.add("sector", { name = "space", alts = { "space industry", "satellites" }, name_matched = false })
local secs = {}
for e in ivlua.article("They invest in satellites, not in space."):entities("sector") do secs[#secs + 1] = e.text end
eq(secs, { "satellites" }, "name_matched = false: only the alts are matched")
-- the generated GeoNames lists: a foreign city, a Vietnamese district seat
local cb = ivlua.gazetteer.lookup("Coimbatore")
eq(cb and cb.country, "IN", "a foreign city from GeoNames, with its country")
local bl = ivlua.gazetteer.lookup("Binh Long")
eq(bl and bl.name, "Bình Long", "a Vietnamese town from GeoNames, canonical with marks")
eq(bl and bl.province, "Bình Phước", "its province")
eq(ivlua.gazetteer.lookup("Mobile"), nil, "a city named by a common English word is left out")
local kk = ivlua.gazetteer.lookup("Kampong Thom")
eq(kk and kk.country, "KH", "a small seat of a province in the region is kept")

-- alone: a name only where no other capitalised word joins it
ivlua.gazetteer.add("location", { name = "Phúc Lâm", alts = { "Phuc Lam" }, alone = true })
local function places(text)
  local out = {}
  for e in ivlua.article(text):entities("location") do out[#out + 1] = e.text end
  return out
end
eq(places("Investors toured Phúc Lâm on Monday."), { "Phúc Lâm" }, "alone: a town on its own")
eq(places("Director Trần Phúc Lâm said the town grew."), {}, "alone: inside a person's name it is no place")
eq(places("The Phúc Lâm Mayor and Phuc Lam Province officials met."), { "Phúc Lâm", "Phuc Lam" },
   "alone: generic and title words do not join it")
ivlua.gazetteer.add("location", { name = "Kelton", alone = true })
eq(places("Mr Kelton spoke, then a report By Kelton. Kelton said so, said Kelton. Firms in Kelton grew."), { "Kelton" },
   "alone: a title or a byline before it makes a person")
local people = {}
for e in ivlua.article("Anna Kelton, chief executive, said so. Kelton added that sales rose."):entities("person") do
  people[#people + 1] = e.text
end
eq(people, { "Anna Kelton", "Kelton" }, "alone: a person's repeated name is the person's, not the town")
-- marks: text written with diacritics names only the place with the same ones
eq(places("Minister Phúc Lám met investors."), {}, "other tone marks: another name")
checkerr("'name' must be", ivlua.gazetteer.add, "location", { alts = { "x" } })
checkerr("bad argument", ivlua.gazetteer.add, "location", { name = "X", match = "sometimes" })

-- load: a TSV file, and its errors with the line
local good = T.write(T.tmpname(), "# my places\ntype\tname\talts\tcountry\nlocation\tTân Phú Trung Industrial Park\tTan Phu Trung IP\tVN\n")
check(ivlua.gazetteer.load(good), "load a TSV file")
local e1
for e in ivlua.article("Work began at Tan Phu Trung IP."):entities("location") do e1 = e end
eq(e1 and e1.name, "Tân Phú Trung Industrial Park", "a loaded name, canonical")
local alone = T.write(T.tmpname(), "type\tname\talone\nlocation\tKhe Sanh Tây\tyes\n")
check(ivlua.gazetteer.load(alone), "load a file with an alone column")
eq(places("Mr Lê Khe Sanh Tây said."), {}, "alone from a file: joined to a name, no place")
local e2
for e in ivlua.article("Farms near Khe Sanh Tây grew."):entities("location") do e2 = e end
eq(e2 and e2.alone, nil, "alone is no field of the mentions")
local badalone = T.write(T.tmpname(), "type\tname\talone\nlocation\tSomewhere\tmaybe\n")
check(select(2, ivlua.gazetteer.load(badalone)):find("alone must be yes or no", 1, true), "a bad alone value")
local bad = T.write(T.tmpname(), "type\tname\tcountry\nlocation\tSomewhere\n")
local ok, msg = ivlua.gazetteer.load(bad)
eq(ok, nil, "a bad file fails")
check(msg:find(bad, 1, true) and msg:find("line 2", 1, true), msg)
ok, msg = ivlua.gazetteer.load(bad .. ".missing")
check(not ok and msg:find("cannot read", 1, true), msg)

-- the command line: a user's gazetteer and a rules file that adds names
local art = T.write(T.tmpname() .. ".txt", "HÀ NỘI — Firms flocked to Tan Phu Trung IP, Zeta Robotics said.")
local code, out = sh(IV .. " extract --gazetteer " .. q(good) .. " " .. q(art))
eq(code, 0, "extract --gazetteer runs")
check(out:find('"name":"Tân Phú Trung Industrial Park"', 1, true), "a user's gazetteer entry in extract output")
local rules = T.write(T.tmpname(), 'ivlua.gazetteer.add("organization", { name = "Zeta Robotics", origin = "JP" })')
code, out = sh(IV .. " extract --rules " .. q(rules) .. " " .. q(art))
check(code == 0 and out:find('"type":"organization","text":"Zeta Robotics"', 1, true) and out:find('"origin":"JP"', 1, true),
  "an entry added in Lua in extract output")
code, out, err = sh(IV .. " extract --gazetteer " .. q(bad) .. " " .. q(art))
check(code == 2 and err:find("line 2", 1, true), "a bad gazetteer stops extract, naming the line")
