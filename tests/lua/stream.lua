--- Streaming output: the schema (ivlua.fields, ivlua.schema,
-- ivlua.columns) and the corpora checked against it, article:rows() against
-- the C JSON Lines export, csv and tsv rows of an article with mixed types,
-- every table format writing rows before its input ends, and the fields of
-- user rules (returns =) in `ivlua extract -f csv`.
local check, eq, checkerr, sh, q = T.check, T.eq, T.checkerr, T.sh, T.quote
local ivlua = require "ivlua"
local F = ivlua.format
local IV, SRC, SHARED = q(arg[2] or "ivlua"), arg[3], arg[4]
local EXAMPLES = SRC .. "/examples/corpus"
local COMMON = { "doc", "type", "text", "start", "end" }

local function set_of(list)
  local s = {}
  for _, v in ipairs(list) do s[v] = true end
  return s
end

local function index_of(list)
  local s = {}
  for i, v in ipairs(list) do s[v] = i end
  return s
end

-- {======== the schema ========

eq(ivlua.fields("money"), { "value", "currency", "qualifier" }, "money's fields, in the spec's order")
eq(ivlua.fields("partnership"), { "parties", "since", "rule" }, "partnership's fields")
check(set_of(ivlua.fields("location")).province_2025, "the built-in gazetteer declares its columns")
local none, msg = ivlua.fields("no-such-type")
eq(none, nil, "a type nothing declared")
eq(msg, "unknown type 'no-such-type'", "and why")

local schema = ivlua.schema()
eq(schema[1].type, "money", "the schema starts with the spec's types")
local columns = ivlua.columns()
eq({ table.unpack(columns, 1, 5) }, COMMON, "the common columns first")
local cols = index_of(columns)
eq(T.size(cols), #columns, "each column once")
for _, t in ipairs(schema) do
  for _, f in ipairs(t.fields) do check(cols[f], "column for " .. t.type .. "." .. f) end
end
eq(ivlua.columns({ "money", "percent" }), { "doc", "type", "text", "start", "end", "value", "currency", "qualifier" },
  "the columns of some types: their fields once")
checkerr("unknown type 'nope'", ivlua.columns, { "money", "nope" })

-- Every field the extractors store is in the schema: over the example
-- corpus, and the shared corpora when they are there.
local function check_declared(dir)
  local fields, bad = {}, {}
  for _, t in ipairs(ivlua.schema()) do fields[t.type] = set_of(t.fields) end
  local common = set_of(COMMON)
  local function look(r)
    local own = fields[r.type] or {}
    for k in pairs(r) do
      if not (common[k] or own[k] or k == "article" or k == "mentions") then bad[r.type .. "." .. k] = true end
    end
  end
  local n = 0
  for a in ivlua.each(dir) do
    for e in a:entities() do look(e); n = n + 1 end
    for f in a:facts() do look(f); n = n + 1 end
  end
  local list = {}
  for k in pairs(bad) do list[#list + 1] = k end
  table.sort(list)
  eq(table.concat(list, " "), "", dir .. ": every field of " .. n .. " records is declared in src/core/schema.c")
end
check_declared(EXAMPLES)
local shared_corpora = {}
for _, name in ipairs { "seeds", "dev", "dev2" } do
  local dir = SHARED and SHARED .. "/corpus/" .. name
  if dir and io.open(dir .. "/") then shared_corpora[#shared_corpora + 1] = dir end
end
if #shared_corpora == 0 then print("notice: ../shared/corpus is absent: the schema is checked on the examples only") end
for _, dir in ipairs(shared_corpora) do check_declared(dir) end

-- }========

-- {======== article:rows() is the JSON Lines export as Lua tables ========

local n_rows = 0
for a in ivlua.each(EXAMPLES) do
  local rows, i = a:rows(), 0
  for line in a:jsonl():gmatch("[^\n]+") do
    i = i + 1
    eq(rows[i], ivlua.json.decode(line), a.doc .. ": row " .. i .. " is its JSON line")
  end
  eq(#rows, i, a.doc .. ": one row a JSON line")
  check(rows[1] and getmetatable(rows[1]) == nil and rows[1].article == nil, "a row is a plain table")
  n_rows = n_rows + i
end
check(n_rows > 100, "the example corpus has rows: " .. n_rows)

-- }========

-- {======== csv and tsv of an article with mixed types ========

local mixed = assert(ivlua.article(
  "Japan pours $80 million into Đà Nẵng\n\nNovember 17, 2023 - 17:27\n\n" ..
  "Japan has invested US$80 million in 12 projects in Đà Nẵng, \"a record\", " ..
  "accounting for 17.5 per cent of the city's foreign investment.\n",
  { doc = "mixed.txt" }))
local rows = mixed:rows()
local types = {}
for _, r in ipairs(rows) do types[r.type] = true end
for _, t in ipairs { "money", "count", "percent", "location", "country", "investment" } do
  check(types[t], "the mixed article has a " .. t)
end

local function split_csv(line)
  local out, pos = {}, 1
  while pos <= #line + 1 do
    if line:sub(pos, pos) == '"' then
      local s, i = {}, pos + 1
      while true do
        local j = line:find('"', i, true)
        s[#s + 1] = line:sub(i, j - 1)
        if line:sub(j + 1, j + 1) == '"' then s[#s + 1] = '"'; i = j + 2 else pos = j + 2; break end
      end
      out[#out + 1] = table.concat(s)
    else
      local j = line:find(",", pos, true) or #line + 1
      out[#out + 1] = line:sub(pos, j - 1)
      pos = j + 1
    end
  end
  return out
end

for _, kind in ipairs { "csv", "tsv" } do
  local text = F.render(kind, rows, { columns = columns })
  local eol = kind == "csv" and "\r\n" or "\n"
  local lines = {}
  for line in (text):gmatch("(.-)" .. eol) do lines[#lines + 1] = line end
  eq(lines[1], table.concat(columns, kind == "csv" and "," or "\t"), kind .. ": the header is ivlua.columns()")
  eq(#lines, #rows + 1, kind .. ": a line a row")
  for i, r in ipairs(rows) do
    local cells = kind == "csv" and split_csv(lines[i + 1]) or {}
    if kind == "tsv" then for c in (lines[i + 1] .. "\t"):gmatch("(.-)\t") do cells[#cells + 1] = c end end
    eq(#cells, #columns, kind .. " row " .. i .. ": a cell a column")
    for j, c in ipairs(columns) do
      local want = F.cell(r[c])
      if kind == "tsv" then want = want:gsub("[\t\r\n]", " ") end
      eq(cells[j], want, kind .. " row " .. i .. " (" .. r.type .. "), column " .. c)
    end
  end
end
local money
for _, r in ipairs(rows) do if r.type == "money" then money = r end end
local line = split_csv(ivlua.line("csv", money, columns))
eq({ line[cols.type], line[cols.value], line[cols.currency], line[cols.name], line[cols.investor] },
  { "money", "80000000", "USD", "", "" }, "a money row fills its own columns only")
eq(ivlua.line("csv", { 'say "hi", then', 1.5, { "A", "B" } }), '"say ""hi"", then",1.5,"A, B"',
  "csv: quotes doubled, a field with a comma quoted, a list joined")
eq(ivlua.line("tsv", { "a\tb", "c\r\nd" }), "a b\tc  d", "tsv: tabs and line breaks become spaces")
eq({ F.cell(2 ^ 53), F.cell(0.1), F.cell(-0.0), F.cell(7), F.cell(1 / 3) }, { "9007199254740992", "0.1", "0", "7", "0.33333333333333331" },
  "numbers: whole floats without .0, the fewest digits that read back the same")

-- }========

-- {======== every table format writes rows before its input ends ========

-- The corpus as extract reads it (ivlua.rows), with ivlua.each counting
-- the articles read so far in ARTICLES_READ; the same code goes into the
-- --load file of the extract test below.
local COUNT_ARTICLES = [[
local each = ivlua.each
ivlua.each = function(...)
  local it, state, control, closing = each(...)
  return function()
    local a = it()
    if a then ARTICLES_READ = ARTICLES_READ + 1 end
    return a
  end, state, control, closing
end
ARTICLES_READ = 0
return each
]]
local each = assert(load(COUNT_ARTICLES))()
local function source()
  ARTICLES_READ = 0
  return ivlua.rows(EXAMPLES)
end

-- An output that notes how many articles had been read when each line
-- naming the second article's doc was written.
local function probe()
  local o = { seen = nil, text = {} }
  function o:write(...)
    for k = 1, select("#", ...) do
      local s = tostring((select(k, ...)))
      if not self.seen and s:find("02-da-nang-japanese-software.txt", 1, true) then self.seen = ARTICLES_READ end
      self.text[#self.text + 1] = s
    end
    return self
  end
  return o
end

local n_articles = 0
for _ in each(EXAMPLES) do n_articles = n_articles + 1 end
for _, name in ipairs { "csv", "tsv", "markdown", "text", "html", "jsonl", "json" } do
  local out = probe()
  F.write(name, source(), out, { columns = columns, chart = false, window = 5 })
  check(out.seen and out.seen <= 3, name .. ": the second article's rows are written when " ..
    tostring(out.seen) .. " of " .. n_articles .. " articles are read, not after all of them")
  eq(ARTICLES_READ, n_articles, name .. ": and every article is read")
end

-- a loop over ivlua.rows left early stops its reading (the worker threads
-- of --jobs), so rules may change at once
for _ in ivlua.rows(EXAMPLES, { jobs = 2 }) do break end
check(pcall(ivlua.rule, { name = "after-break", type = "after_break", pattern = "zzzq" }),
  "a rule can be added after a loop over ivlua.rows is left early")

-- a window larger than the input: the same table as the rows held whole
for _, name in ipairs { "markdown", "text" } do
  local list = {}
  for r in source() do list[#list + 1] = r end
  local small = { table.unpack(list, 1, 30) }
  eq(F.render(name, small, { columns = columns, window = 1000 }),
    F.render(name, small, { columns = columns, window = 30 }), name .. ": the window holds the whole table")
  local streamed = F.render(name, small, { columns = columns, window = 3 })
  local n = 0
  for _ in streamed:gmatch("\n") do n = n + 1 end
  eq(n, ({ markdown = 32, text = 33 })[name], name .. " with a small window: a line a row still")
end

-- The extract command: a format registered by a --load file, a plain
-- function (not stream = true), sees the first row when one article has
-- been read.
local dir = T.tmpdir()
local loadfile_ = T.write(dir .. "/probe.lua", "local ivlua = require 'ivlua';\n(function() " .. COUNT_ARTICLES .. " end)()\n" .. [[
ivlua.format.register("probe", function(out, rows, columns)
  local first, n = nil, 0
  for _ in rows do first = first or ARTICLES_READ; n = n + 1 end
  out:write(first, " ", ARTICLES_READ, " ", n, " ", #columns, "\n")
end)
]])
local code, o, e = sh(IV .. " extract --load " .. q(loadfile_) .. " -f probe " .. q(EXAMPLES))
eq(code, 0, "extract -f probe: " .. e)
eq(o, string.format("1 %d %d %d\n", n_articles, n_rows, #columns),
  "extract: the first row comes when 1 article is read; every row and column come")

-- }========

-- {======== the fields of user rules ========

code, o, e = sh(IV .. " extract -f csv --rules " .. q(SRC .. "/examples/rules/tonnage.lua") .. " " .. q(EXAMPLES))
eq(code, 0, "extract -f csv with the tonnage rule: " .. e)
local header = split_csv(o:match("^(.-)\r\n"))
local hcols = index_of(header)
check(hcols.unit and hcols.value and #header == #columns, "a rule's constant fields and value are columns already there")
local ton = o:match("\r\n([^\r]*,tonnage,[^\r]*)\r\n")
check(ton, "a tonnage row")
if ton then
  local cells = split_csv(ton)
  eq({ cells[hcols.value], cells[hcols.unit] }, { "20000", "t" }, "its value and unit in their columns")
end

code, o, e = sh(IV .. " extract -f tsv --rules " .. q(SRC .. "/examples/facts/jobs.lua") .. " " .. q(EXAMPLES))
eq(code, 0, "extract -f tsv with the jobs fact rule, which declares its fields: " .. e)
header = {}
for c in (o:match("^(.-)\n") .. "\t"):gmatch("(.-)\t") do header[#header + 1] = c end
hcols = index_of(header)
check(hcols.jobs and hcols.employer, "the fact rule's returns are columns")
eq(header[#header], "employer", "new fields go after the built-in ones")
check(o:find("\temployment\t", 1, true), "employment rows")

-- a rule that returns a field it did not declare: named, exit 1
local undeclared = T.write(dir .. "/berth.lua", [[
ivlua.rule{ name = "berths", type = "berth", pattern = "(\\d+) berths", returns = { "value" },
  normalize = function(m) return { value = tonumber(m[1]), size = "big" } end }
]])
local corpus = T.write(dir .. "/port.txt", "Port news\n\nMay 2, 2024\n\nThe port has 12 berths.\n")
code, o, e = sh(IV .. " extract -f csv --load " .. q(undeclared) .. " " .. q(corpus))
eq(code, 1, "an undeclared field: exit 1")
check(e:find("berth.size", 1, true) and e:find("returns", 1, true), "it is named, with the way to declare it: " .. e)
check(o:find(",berth,12 berths,", 1, true), "the row is still written: " .. o)
code, o, e = sh(IV .. " extract --load " .. q(undeclared) .. " " .. q(corpus))
eq(code, 0, "jsonl has no columns to miss: " .. e)
check(o:find('"size":"big"', 1, true), "and writes the field")

-- in-process: declarations and their errors
ivlua.rule{ name = "quays", type = "quay", pattern = "(\\d+) quays", fields = { kind = "quay", berth = "b" },
  returns = { "count", "length" }, normalize = function(m) return { count = tonumber(m[1]) } end }
eq(ivlua.fields("quay"), { "berth", "kind", "count", "length" }, "constant fields by name, then returns, in order")
ivlua.rule{ name = "piers", type = "pier", pattern = "(\\d+) piers" }
eq(ivlua.fields("pier"), { "value" }, "no returns: the value")
checkerr("'returns' must be a list of field names", ivlua.rule,
  { name = "bad1", type = "x", pattern = "x", returns = "value" })
checkerr("not the common ones", ivlua.rule, { name = "bad2", type = "x", pattern = "x", returns = { "start" } })
ivlua.fact{ name = "calls", type = "port_call", returns = { "ships" }, link = function() end }
eq(ivlua.fields("port_call"), { "ships", "rule" }, "a fact rule's returns, then its rule")
checkerr("'returns' must be a list of field names", ivlua.fact,
  { name = "bad3", type = "y", returns = 3, link = function() end })
local before = #ivlua.columns()
ivlua.rule{ name = "moorings", type = "mooring", pattern = "(\\d+) moorings", returns = {},
  normalize = function(m) return { depth = 9 } end }
eq(ivlua.fields("mooring"), {}, "returns = {}: no fields")
assert(ivlua.article("It has 4 moorings.", { doc = "m.txt" }))
eq(ivlua.fields("mooring"), { "depth" }, "a field returned undeclared is declared when first returned")
eq(#ivlua.columns(), before + 1, "and is a column from then on")

-- }========

-- {======== csv and tsv lines made in C (article:write_lines) ========

-- `ivlua extract -f csv|tsv` writes each article's lines in C from its
-- entities and facts; a --load file that registers the format's plain row
-- writer again sends the same run through article:rows() and core.line.
-- Both must give the same bytes, on the example corpus and on values made
-- to be awkward: quotes, commas, tabs and line breaks in strings, whole and
-- fractional floats, huge numbers, infinities, NaN, a negative zero, and a
-- field returned only by some matches; lists are the built-in ones (an
-- agreement's parties and sectors).
local awkward = T.write(dir .. "/awkward.lua", [[
local values = {
  { label = 'say "hi", then\ngo', ratio = 0.1 },
  { label = "tab\there\r\nand", ratio = 3.0, big = 1e300 },
  { label = "", ratio = -0.0, big = math.huge, small = -math.huge },
  { ratio = 2^53 + 2, big = -1e-7, nan = 0/0 },
}
local n = 0
ivlua.rule{ name = "gizmos", type = "gizmo", pattern = "gizmo (\\d+)",
  returns = { "label", "ratio", "big", "small", "nan" },
  normalize = function(m) n = n % #values + 1; return values[n] end }
]])
local plain = T.write(dir .. "/plain.lua", [[
for _, name in ipairs { "csv", "tsv" } do ivlua.format.register(name, ivlua.format.get(name).write) end
]])
local gizmos = dir .. "/gizmos"
os.execute("mkdir -p " .. q(gizmos))
for i = 1, 3 do
  T.write(gizmos .. "/g" .. i .. ".txt", "Gizmo news, \"part\" " .. i .. "\n\nMay 2, 2024\n\n"
    .. "The plant makes gizmo 1, gizmo 22 and gizmo 333 for US$5 million in Hà Nội.\n"
    .. "It sold gizmo 4 to Japan.\n"
    .. "Đà Nẵng and Osaka signed a memorandum of understanding on cooperation in trade, tourism and education.\n")
end
for _, input in ipairs { EXAMPLES, gizmos } do
  for _, fmt in ipairs { "csv", "tsv" } do
    local c1, fast, e1 = sh(IV .. " extract --jobs 1 -f " .. fmt .. " --load " .. q(awkward) .. " " .. q(input))
    local c2, slow, e2 = sh(IV .. " extract --jobs 1 -f " .. fmt .. " --load " .. q(awkward) .. " --load "
      .. q(plain) .. " " .. q(input))
    eq({ c1, e1 }, { 0, "" }, fmt .. " lines in C over " .. input)
    eq({ c2, e2 }, { 0, "" }, fmt .. " rows in Lua over " .. input)
    check(fast == slow, fmt .. " over " .. input .. ": the lines made in C are the rows' lines")
    check(#fast > 200, fmt .. " over " .. input .. " has rows")
  end
end
local _, o2 = sh(IV .. " extract --jobs 1 -f csv --load " .. q(awkward) .. " " .. q(gizmos))
check(o2:find('"say ""hi"", then\ngo"', 1, true) and o2:find("1e+300", 1, true) and o2:find(",inf,-inf,", 1, true)
  and o2:find("9007199254740994", 1, true) and o2:find("-1e-07", 1, true)
  and o2:find(',"education, tourism, trade",', 1, true),
  "the awkward values are in the csv, quoted as RFC 4180 says: " .. o2)

-- }========
