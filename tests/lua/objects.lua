--- The Lua objects: articles from strings and files, corpora, entities.
local check, eq, checkerr = T.check, T.eq, T.checkerr
local examples = ...

-- an article from a string, with its layout
local text = table.concat({
  "Quảng Ninh lures $80 million investment from Japan",
  "",
  "Friday, November 17, 2023 | 17:27 GMT+7",
  "Delegates at the conference. — VNA/VNS Photo",
  "",
  "QUẢNG NINH — The province on Friday granted licences to projects capitalised at over US$80 million. Japan has invested $2.39 billion so far.",
  "",
  "Mr. Tanaka said the deal, worth VNĐ1.5 trillion (US$60 million), was signed. — VNS",
  "",
  "E-paper",
}, "\n")
local a = ivlua.article(text, { doc = "qn.txt" })
eq(a.doc, "qn.txt", "doc")
eq(a.path, nil, "path of a string article")
eq(a.title, "Quảng Ninh lures $80 million investment from Japan", "title")
eq(a.date, "2023-11-17", "date with weekday, bar and time zone")
eq(a.time, "17:27", "time")
eq(a.dateline, "QUẢNG NINH", "dateline")
eq(a.source, "VNS", "source")
eq(#a.captions, 1, "captions")
eq(#a.paragraphs, 2, "paragraphs (the junk line left out)")
eq(a.bytes, text, "bytes")
local sentences = {}
for i, s in ipairs(a.sentences) do sentences[i] = s.text end
eq(sentences[1], "Quảng Ninh lures $80 million investment from Japan", "sentence 1 is the title")
eq(sentences[2], "Delegates at the conference.", "caption sentence without its credit")
eq(sentences[3]:sub(1, 12), "The province", "a sentence starts after the dateline")
eq(sentences[5], "Mr. Tanaka said the deal, worth VNĐ1.5 trillion (US$60 million), was signed.",
  "no split after Mr., sign-off left out")

-- entities, typed, in document order, spans into the bytes
local money = {}
for e in a:entities("money") do money[#money + 1] = e end
eq(#money, 5, "money count")
eq(money[1].text, "$80 million", "first amount")
eq(money[2].value, 80000000, "value")
eq(money[2].currency, "USD", "currency")
eq(money[2].qualifier, "over", "qualifier")
eq(money[4].currency, "VND", "VND")
eq(money[4].value, 1.5e12, "trillion")
eq(math.type(money[1].value), "integer", "whole values are integers")
for _, e in ipairs(money) do
  eq(a.bytes:sub(e.start + 1, e["end"]), e.text, "bytes[start:end] == text")
  eq(a:slice(e.start, e["end"]), e.text, "slice")
  check(e.article == a, "entity.article is its article")
  eq(e.doc, "qn.txt", "entity.doc")
end
check(tostring(money[2]):find("money '$80 million'", 1, true) or tostring(money[2]):find("US$80 million", 1, true),
  "entity tostring: " .. tostring(money[2]))
check(tostring(a):find("qn.txt", 1, true), "article tostring")
local all = {}
for e in a:entities() do all[#all + 1] = e end
eq(#a, #all, "#article is its entity count")
check(#all > 5, "more than the five money mentions")
local n = 0
for _ in a:entities("nonexistent-type") do n = n + 1 end
eq(n, 0, "an unknown type yields nothing")
local types = {}
for e in a:entities() do types[e.type] = true end
check(types.money and types.date, "several types")

-- a given date wins; a bad one is an error
local dated = ivlua.article("Nothing here.", { date = "2024-02-29" })
eq(dated.date, "2024-02-29", "date option")
checkerr("YYYY-MM-DD", ivlua.article, "x", { date = "29/02/2024" })
checkerr("string expected", ivlua.article)

-- NFD, BOM, CRLF and NBSP: extraction on NFC, offsets into the original bytes
local nfd = "Đa\u{300} Na\u{306}\u{303}ng dre\u{300}w VNĐ1.5 trillion and\u{a0}$2\u{a0}million.\r\nNext line US$3m."
local bom = "\u{feff}" .. nfd
for _, t in ipairs({ nfd, bom }) do
  local art = ivlua.article(t)
  local got, places = {}, {}
  for e in art:entities() do
    if e.type == "money" then got[#got + 1] = e.text end
    if e.type == "location" then places[#places + 1] = e.name end
    eq(t:sub(e.start + 1, e["end"]), e.text, "offsets into the original bytes")
  end
  eq(got, { "VNĐ1.5 trillion", "$2\u{a0}million", "US$3m" }, "amounts in NFD/BOM/CRLF text")
  eq(places, { "Đà Nẵng" }, "a decomposed place name, canonical")
end

-- invalid input is reported, not extracted
local bad, msg = ivlua.article("ab\xff\xfecd", { doc = "bad.txt" })
eq(bad, nil, "invalid UTF-8 fails")
check(msg:find("bad.txt: invalid UTF-8 at byte 2", 1, true), msg)
bad, msg = ivlua.article("ab\0cd", { doc = "bin.txt" })
check(not bad and msg:find("binary file", 1, true), msg)

-- a corpus from the example directory
local c = ivlua.load(examples)
check(#c >= 10, "at least 10 example articles, got " .. #c)
eq(#c.errors, 0, "no load errors")
local docs = {}
for art in c:articles() do docs[#docs + 1] = art.doc end
local sorted = { table.unpack(docs) }
table.sort(sorted)
eq(docs, sorted, "directory articles sorted by name")
check(c[1] == c[1], "the same article object each time")
eq(c[0], nil, "no article 0")
local total, per_article = 0, 0
for e in c:entities { type = "money" } do
  total = total + 1
  check(e.type == "money", "type filter")
end
for art in c:articles() do for _ in art:entities("money") do per_article = per_article + 1 end end
eq(total, per_article, "corpus:entities sees every article's entities")
check(total > 10, "the examples hold money")
check(tostring(c):find("ivlua.Corpus: " .. #c .. " articles", 1, true), tostring(c))

-- errors while loading: named, the rest still loaded
local dir = T.tmpdir()
T.write(dir .. "/a.txt", "HÀ NỘI — A deal worth $5 million was signed. — VNS")
T.write(dir .. "/b.txt", "bad \xc3\x28 byte")
T.write(dir .. "/c.txt", "binary\0file")
T.write(dir .. "/skip.md", "not an article, no .txt")
local c2 = ivlua.load(dir, dir .. "/missing.txt")
eq(#c2, 1, "the good file is loaded")
eq(#c2.errors, 3, "three errors")
local all_errors = table.concat(c2.errors, "\n")
for _, want in ipairs({ "b.txt: invalid UTF-8 at byte 4", "c.txt: binary file (NUL byte at byte 6)",
                        "missing.txt: No such file or directory" }) do
  check(all_errors:find(want, 1, true), "error '" .. want .. "' in: " .. all_errors)
end

-- streaming: each article on its own, errors to the handler
local seen, errs = {}, {}
for art in ivlua.each(dir, function(m) errs[#errs + 1] = m end) do seen[#seen + 1] = art.doc end
eq(seen, { "a.txt" }, "each yields the good articles")
eq(#errs, 2, "each reports the bad ones")

-- worker threads: the same articles, in the same order, errors in their place
local function everything(...)
  local out = {}
  for art in ivlua.each(...) do
    out[#out + 1] = art.doc
    for e in art:entities() do out[#out + 1] = e.type .. " " .. e.start .. " " .. e.text end
    for f in art:facts() do out[#out + 1] = f.type .. " " .. tostring(f.amount) .. " " .. tostring(f.target) end
  end
  return out
end
local one = everything(examples, dir, { jobs = 1 }, function() end)
check(#one > 100, "the examples have entities")
for _, jobs in ipairs { 2, 3, 0 } do
  local errs_j = {}
  eq(everything(examples, dir, { jobs = jobs }, function(m) errs_j[#errs_j + 1] = m end), one,
    "jobs = " .. jobs .. ": the same articles, entities and facts in the same order")
  eq(#errs_j, 2, "jobs = " .. jobs .. ": the bad files reported")
end
local corpus_j = ivlua.load(examples, { jobs = 2 })
eq(#corpus_j, #ivlua.load(examples), "ivlua.load with jobs loads them all")
checkerr("options.jobs", function() ivlua.each(examples, { jobs = -1 }) end)

-- while threads extract, the names may not change; a loop left early ends them
for _ in ivlua.each(examples, { jobs = 2 }) do
  checkerr("threads extract articles",
    function() ivlua.gazetteer.add("organization", { name = "Zyxwv Holdings" }) end)
  break
end
check(pcall(ivlua.gazetteer.add, "organization", { name = "Zyxwv Holdings" }), "after the loop they may")
os.execute("rm -rf " .. T.quote(dir))

-- the module is both a global and a require
check(require("ivlua") == ivlua, "require 'ivlua' is the global")
check(type(ivlua.version) == "string", "version")
