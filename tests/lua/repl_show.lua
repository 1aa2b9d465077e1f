--- How the REPL shows values (ivlua.repl.show), ivlua.width, and the text
-- table aligned by display width; and the REPL banner, through a pipe.
local check, eq, sh, q = T.check, T.eq, T.sh, T.quote
local bin = ...
local R = require "ivlua.repl"
local show = R.show

-- tables as Lua constructors, nested, to a depth
eq(show({ a = { 1, 2 } }), "{ a = { 1, 2 } }", "a nested table")
eq(show({ { 1 }, k = { 2 } }), "{ { 1 }, k = { 2 } }", "a list with a key: the whole value, not '(1 rows)'")
eq(show({}), "{}", "empty")
eq(show({ ["end"] = 1, [2.5] = true, [10] = "x", ok = false }), '{ [2.5] = true, [10] = "x", ["end"] = 1, ok = false }',
  "keys: numbers first, keywords and others in brackets")
local t = { 1 }; t.self = t
eq(show(t), "{ 1, self = {...} }", "a cycle")
eq(show({ a = { b = { c = { d = { e = 1 } } } } }), "{ a = { b = { c = { d = {...} } } } }", "cut below four levels")
eq(show({ 0.1, 3.0, 2^63, math.huge, "a\nb" }), '{ 0.1, 3.0, 9.2233720368547758e+18, math.huge, "a\\nb" }',
  "numbers as they read back, strings quoted")
local wide = {}
for i = 1, 12 do wide["key" .. string.format("%02d", i)] = { i, "text" } end
local s = show(wide)
check(s:match('^{\n  key01 = { 1, "text" },\n  key02 = ') and s:match('\n  key12 = { 12, "text" }\n}$'),
  "one entry a line when too long: " .. s)
local long = {}
for i = 1, 150 do long[i] = i end
check(show(long):match("100,%s+%.%.%.%s+}$"), "at most 100 entries")
local a = ivlua.article("A loan of US$80 million.", { doc = "x.txt" })
eq(show(a), tostring(a), "an article by its __tostring")

-- lists of rows as text tables
eq(show({ { 1, 2 }, { 3, 4 } }), "[1]  [2]\n---  ---\n  1    2\n  3    4\n(2 rows)", "a list of lists")
eq(show({ { id = 1, name = "a" }, { id = 2, name = "bb" } }), "id  name\n--  ----\n 1  a\n 2  bb\n(2 rows)", "a list of records")
check(show({ { id = 1, more = { x = 1 } } }):match("^{ { id = 1, more = { x = 1 } } }$"),
  "a record with a nested record: a constructor")
local ents = {}
for e in a:entities() do ents[#ents + 1] = e end
check(show(ents):match("^doc%s+type%s+text") and show(ents):match("%(1 row%)$"), "entities: a table: " .. show(ents))

-- display width: CJK two columns, combining marks none
eq(ivlua.width("abc"), 3, "ASCII")
eq(ivlua.width("越南"), 4, "CJK: two columns each")
eq(ivlua.width("Ha\u{300} No\u{323}\u{302}i"), 6, "NFD: the marks take no column")
eq({ ivlua.width("越南語", 3) }, { 6, 3 }, "with max: the bytes that fit")
eq({ ivlua.width("e\u{301}x", 1) }, { 2, 3 }, "a mark stays with its letter")
eq(ivlua.width("\xff"), 1, "a byte that is not UTF-8: one column")
local text = show({ { a_name = "越南", n = 1 }, { a_name = "Ha\u{300} No\u{323}\u{302}i", n = 22 }, { a_name = "Hà Nội", n = 3 } })
local lines = {}
for l in text:gmatch("[^\n]+") do lines[#lines + 1] = l end
eq(ivlua.width(lines[3]), ivlua.width(lines[4]), "CJK and NFD rows as wide: " .. text)
eq(ivlua.width(lines[4]), ivlua.width(lines[5]), "NFD and NFC rows as wide")
local cut = ivlua.format.render("text", { { name = string.rep("越", 40) } })
check(cut:find(string.rep("越", 29) .. "…", 1, true) and not cut:find(string.rep("越", 30), 1, true),
  "a long CJK cell cut at 60 columns: " .. cut)

-- the banner: -v's one line, no module path
local code, out = sh(q(bin) .. " -i", "")
check(code == 0 and not out:find("module path") and #out < 120, "the banner is short: " .. out)
