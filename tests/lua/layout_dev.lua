--- Acceptance: for every dev article that has them, the title, date,
-- dateline and source are read. Expected values are written out here from
-- the articles' headers (GUIDELINES.md, "Files", lists which have none).
local eq, check = T.eq, T.check
local shared = ...
local dev = shared .. "/corpus/dev"
if not io.open(dev .. "/MANIFEST.tsv") then T.skip("no " .. dev) end

-- doc prefix = { date, dateline, has title }  (every dev article ends "— VNS")
local expected = {
  ["dev-01"] = { "2024-10-09", "BẮC NINH", true }, ["dev-02"] = { "2024-11-15", "HẢI PHÒNG", true },
  ["dev-03"] = { nil, "QUANG NINH", false }, ["dev-04"] = { "2023-09-17", "BẮC GIANG", true },
  ["dev-05"] = { nil, "THÁI NGUYÊN", false }, ["dev-06"] = { "2024-11-25", "NGHỆ AN", true },
  ["dev-07"] = { "2023-11-23", "TOKYO", true }, ["dev-08"] = { "2024-02-29", "ĐÀ NẴNG", true },
  ["dev-09"] = { "2023-10-31", "KHÁNH HÒA", true }, ["dev-10"] = { nil, "BÌNH ĐỊNH", true },
  ["dev-11"] = { "2023-11-13", "FUKUOKA", true }, ["dev-12"] = { "2020-09-18", "HẢI PHÒNG", true },
  ["dev-13"] = { "2024-03-15", "HÀ NỘI", true }, ["dev-14"] = { "2023-01-09", "VĨNH PHÚC", true },
  ["dev-15"] = { "2022-09-23", "SEOUL", true }, ["dev-16"] = { "2024-03-26", "THỪA THIÊN-HUẾ", true },
  ["dev-17"] = { "2025-03-12", "QUẢNG NINH", true }, ["dev-18"] = { nil, "HÀ NỘI", false },
  ["dev-19"] = { nil, "HAI PHONG", false }, ["dev-20"] = { "2023-02-11", "SINGAPORE", true },
  ["dev-21"] = { "2018-11-07", "QUẢNG NAM", true }, ["dev-22"] = { "2024-03-19", "HÀ NỘI", true },
  ["dev-23"] = { nil, "HÀ NỘI", true }, ["dev-24"] = { "2021-07-04", "QUẢNG NINH", true },
  ["dev-25"] = { nil, "HƯNG YÊN", false }, ["dev-26"] = { "2022-08-06", "DA NANG", true },
  ["dev-27"] = { nil, "HÀ NỘI", false }, ["dev-28"] = { "2016-04-04", "HÀ NỘI", true },
  ["dev-29"] = { "2024-01-03", "HÀ TĨNH", true }, ["dev-30"] = { "2018-05-16", "HẢI PHÒNG", true },
}

local seen = 0
for a in ivlua.each(dev) do
  local want = expected[a.doc:sub(1, 6)]
  check(want, "an expectation for " .. a.doc)
  if want then
    seen = seen + 1
    eq(a.date, want[1], a.doc .. " date")
    -- the dateline as written (NFD in dev-16), compared in NFC
    eq(a.dateline and ivlua.nfc(a.dateline), want[2], a.doc .. " dateline")
    eq(a.source, "VNS", a.doc .. " source")
    local first_line = a.bytes:match("^([^\r\n]*)")
    eq(a.title, want[3] and first_line or nil, a.doc .. " title")
    check(a.time ~= nil or not want[1], a.doc .. " time of the date line")
    check(#a.paragraphs >= 5 and #a.sentences >= #a.paragraphs, a.doc .. " paragraphs and sentences")
  end
end
eq(seen, 30, "all 30 dev articles")
