--- Rules written in Lua: ivlua.rule, its errors and limits, and the
-- rules in `ivlua extract --rules`.
local check, eq, checkerr, sh, q = T.check, T.eq, T.checkerr, T.sh, T.quote
local IV = q(arg[2] or "ivlua")

local function all(a, typ)
  local out = {}
  for e in a:entities(typ) do out[#out + 1] = e end
  return out
end

-- a new type, the value read by default, constant fields
eq(ivlua.rule{ name = "tonnage", type = "tonnage",
  pattern = "({number})({magnitude})?\\s*(?:tonnes|tons){end}", fields = { unit = "t" } },
  "tonnage", "ivlua.rule returns the name")
local a = ivlua.article("The port handled 5,000 tonnes of rice and 2.5 million tons of coal.")
local t = all(a, "tonnage")
eq(#t, 2, "two tonnages")
eq(t[1].text, "5,000 tonnes", "text")
eq(t[1].value, 5000, "value")
eq(t[1].unit, "t", "constant field")
eq(t[2].value, 2500000, "a magnitude in its own group")
eq(a:slice(t[2].start, t[2]["end"]), t[2].text, "offsets are the article's")

-- a pattern matches within its line: its white space does not reach past
-- a line break into the next paragraph
a = ivlua.article("Tanker report, berth 4\n\n12 tonnes of crude came in.\nThe 30\ntonnes of fuel oil did not.")
t = all(a, "tonnage")
eq(#t, 1, "the tonnage on one line only")
eq(t[1] and t[1].text, "12 tonnes", "the one within its line")

-- the normaliser: groups, named groups, the match's offsets and date
local seen
ivlua.rule{ name = "berths", type = "berth", pattern = "(?<n>\\d+) (berths?)",
  normalize = function(m)
    seen = m
    if m.n == "0" then return nil end -- not a mention
    return { value = tonumber(m.n), kind = m[2], note = false }
  end }
local b = ivlua.article("Dated\n\nJanuary 9, 2023\n\nIt has 12 berths and 0 berths.", { doc = "b.txt" })
local berths = all(b, "berth")
eq(#berths, 1, "nil from the normaliser: no mention")
eq(berths[1].value, 12, "value from the normaliser")
eq(berths[1].kind, "berths", "a field from a group")
eq(berths[1].note, nil, "false leaves a field out")
eq(seen.doc, "b.txt", "match.doc")
eq(seen.date, "2023-01-09", "match.date is the article's")
eq(seen.text, "0 berths", "match.text")
eq(type(seen.start), "number", "match.start")

-- rules are listed, built-in first
local names = {}
for _, r in ipairs(ivlua.rules()) do names[r.name] = r end
check(names.money and names.money.builtin, "money is built in")
check(names.tonnage and not names.tonnage.builtin and names.tonnage.type == "tonnage", "user rule listed")

-- errors when the rule is added: they name the rule
checkerr("rule 'bad'", ivlua.rule, { name = "bad", type = "x", pattern = "(unclosed" })
checkerr("missing closing parenthesis", ivlua.rule, { name = "bad2", type = "x", pattern = "(unclosed" })
checkerr("'name' must be", ivlua.rule, { type = "x", pattern = "x" })
checkerr("'normalize' must be a function", ivlua.rule, { name = "n", type = "x", pattern = "x", normalize = 1 })
checkerr("exists", ivlua.rule, { name = "tonnage", type = "x", pattern = "x" })

-- a normaliser that raises loses its match, not the article: the error
-- names the rule, the article and the byte, the other entities stay
ivlua.rule{ name = "raiser", type = "x", pattern = "kaboom",
  normalize = function(m) if m.start > 20 then error("no such thing") end return true end }
local a, err = ivlua.article("A kaboom early. Then Korea invested $5 million, kaboom.", { doc = "r.txt" })
check(a and err and err:find("r.txt: rule 'raiser' failed at byte 48", 1, true)
  and err:find("no such thing", 1, true), "raised error named: " .. tostring(err))
local kept = {}
for e in a:entities() do kept[#kept + 1] = e.type end
eq(table.concat(kept, " "), "x country money", "the article keeps its other mentions")
local c = ivlua.load(T.write(T.tmpdir() .. "/k.txt", "Nothing to see here at all, kaboom. Japan."))
check(#c == 1 and c.errors[1]:find("k.txt: rule 'raiser' failed at byte 28", 1, true),
  "load records it: " .. tostring(c.errors[1]))
eq(#all(c[1], "country"), 1, "and keeps the article")
a, err = ivlua.article("No rule fails here.")
check(a and err == nil, "no failure, no message")

-- what a normaliser returns must be usable
ivlua.rule{ name = "returns-function", type = "x", pattern = "zigzag", normalize = function() return print end }
a, err = ivlua.article("zigzag")
check(a and err:find("returns-function", 1, true) and err:find("returned a function", 1, true), tostring(err))
eq(#all(a, "x"), 0, "nothing stored for it")

-- a normaliser may not load articles (the matcher is busy)
ivlua.rule{ name = "nested", type = "x", pattern = "matryoshka",
  normalize = function() return ivlua.article("matryoshka") end }
local ok, res
ok, res, err = pcall(ivlua.article, "matryoshka")
check(ok and res and err:find("inside a rule", 1, true), "nested extraction refused: " .. tostring(err))

-- a catastrophic pattern fails fast with the rule's name, never hangs, and
-- the rest of the article is extracted
ivlua.rule{ name = "catastrophe", type = "x", pattern = "(x+)+$" }
local clock = os.clock()
a, err = ivlua.article("Vietnam got $3 billion. " .. string.rep("x", 50000) .. "!")
check(os.clock() - clock < 1, "the match limit stops it within a second")
check(a and err:find("rule 'catastrophe' failed at byte 24", 1, true) and err:find("limit", 1, true), tostring(err))
eq(#all(a, "money"), 1, "the money before it is kept")

-- the command line: --rules FILE adds rules for ivlua extract
local dir = T.tmpdir()
T.write(dir .. "/tonnage.lua", [[
ivlua.rule{ name = "tonnage", type = "tonnage",
  pattern = "({number})({magnitude})?\\s*(?:tonnes|tons){end}", fields = { unit = "t" } }
]])
T.write(dir .. "/port.txt", "HẢI PHÒNG — The port handled 5,000 tonnes of cargo.")
local code, out = sh(IV .. " extract --rules " .. q(dir .. "/tonnage.lua") .. " " .. q(dir .. "/port.txt"))
eq(code, 0, "extract --rules exit")
check(out:find('"type":"tonnage","text":"5,000 tonnes"', 1, true) and out:find('"value":5000', 1, true),
  "the user rule's entity in the export: " .. out)
code, _, err = sh(IV .. " extract --rules " .. q(dir .. "/missing.lua") .. " " .. q(dir .. "/port.txt"))
check(code == 2 and err:find("missing.lua", 1, true), "a missing rules file is named: " .. err)
T.write(dir .. "/broken.lua", "ivlua.rule{ name = 'b', type = 'x', pattern = '(' }")
code, _, err = sh(IV .. " extract --rules " .. q(dir .. "/broken.lua") .. " " .. q(dir .. "/port.txt"))
check(code == 2 and err:find("rule 'b'", 1, true), "a bad pattern in a rules file: " .. err)

-- the fields of a Lua rule (constant, then returned) and of a gazetteer
-- entry added from Lua are written in the order of their names: a Lua
-- table's order changes from run to run (its string hashes are seeded), and
-- two runs of the same command gave different lines
T.write(dir .. "/fields.lua", [[
ivlua.rule{ name = "widget", type = "widget", pattern = "\\bwidget\\b",
  fields = { gamma = "c", alpha = "a", epsilon = "e", beta = "b", delta = "d" },
  normalize = function() return { two = 2, one = 1, six = 6, four = "x", three = 3, five = "y" } end }
ivlua.gazetteer.add("place", { name = "Widgetville", zone = "z1", code = "WV", region = "north", level = "town" })
]])
T.write(dir .. "/widget.txt", "A widget was made in Widgetville.")
code, out = sh(IV .. " extract --rules " .. q(dir .. "/fields.lua") .. " " .. q(dir .. "/widget.txt"))
eq(code, 0, "extract with fields: exit")
check(out:find('"end":8,"alpha":"a","beta":"b","delta":"d","epsilon":"e","gamma":"c",'
  .. '"five":"y","four":"x","one":1,"six":6,"three":3,"two":2}', 1, true),
  "a rule's fields in the order of their names: " .. out)
check(out:find('"name":"Widgetville","code":"WV","level":"town","region":"north","zone":"z1"}', 1, true),
  "a gazetteer entry's fields in the order of their names: " .. out)

-- a pattern that is not UTF-8 is refused with its offset (it crashed PCRE2
-- when the pattern was trusted), and nothing is added
checkerr("UTF-8 error", ivlua.rule, { name = "bad_utf8", type = "x", pattern = "(?<\xff" })
checkerr("rule 'bad_utf8b': bad pattern at offset 2", ivlua.rule, { name = "bad_utf8b", type = "x", pattern = "ab\xffcd" })
-- \C matches one byte, even inside a character: "N\C" matched "N" and the
-- first byte of "ộ", a mention that was not UTF-8 (found by fuzz_rule); it is
-- refused
checkerr("rule 'one_byte': bad pattern at offset 3", ivlua.rule, { name = "one_byte", type = "x", pattern = "N\\C" })
