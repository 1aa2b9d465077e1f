--- ivlua.query: lazy queries over entities, facts, articles or any rows.
--
--     local Q = ivlua.query
--     Q.facts(corpus, { type = "investment" })
--       :group_by("target", { usd = Q.sum "amount_usd", n = Q.count() })
--       :order_by("-usd"):limit(5):print()
--
-- A query is a recipe: each method returns a new query and nothing is read
-- until the rows are asked for (rows, all, count, first, write, print,
-- tostring). A query over a corpus or a table can run any number of times;
-- one over a bare iterator runs once. Rows are plain tables (entities and
-- facts keep their metatables until a select, group or join makes new rows).
-- @module ivlua.query

local Q = {}
local Query = {}
Query.__index = Query
Query.__name = "ivlua.Query"

local Result = {}
Result.__index = Result
Result.__name = "ivlua.Result"

-- What the names of key functions and the columns of results are, kept
-- beside the values so that rows stay plain tables.
local KEY_NAMES = setmetatable({}, { __mode = "k" })
local RESULT_COLUMNS = setmetatable({}, { __mode = "k" })
local RESULT_NOTES = setmetatable({}, { __mode = "k" })

-- 'note', when given, is a function that says (once the rows are read) what
-- the query's totals left out; queries made from this one keep it.
local function new_query(produce, columns, note)
  return setmetatable({ produce = produce, columns_known = columns, note_of = note }, Query)
end

local function is_query(v) return getmetatable(v) == Query end

-- {======================================================================
-- Splitting a query over shards (ivlua query --partial, ivlua merge)
-- =======================================================================
-- A query over a corpus splits where its rows stop being those of one
-- article: at a group_by (the shards send the states of its aggregates),
-- at count(), and where a stage needs every row (order_by, limit, all, a
-- join on another key than doc: the shards send the rows). Queries that
-- only read a corpus's rows one by one (where, select, map) are 'local'.
-- In "partial" mode each split point records its part (ivlua.partial
-- writes them) and yields nothing; in "merge" mode it yields what the
-- merged parts say, and the corpus itself cannot be read. Split points are
-- numbered in the order EXPR builds them, the same in both modes.

local split -- nil, or { mode = "partial" | "merge", parts = {id = part}, seq = 0 }
local current_pos -- in partial mode: where the source row last read stands

--- Split mode for ivlua query --partial ("partial") and ivlua merge
-- ("merge", with the merged parts); nil ends it. Returns the parts.
function Q.split(mode, parts)
  local old = split and split.parts
  split = mode and { mode = mode, parts = parts or {}, seq = 0 } or nil
  current_pos = nil
  return split and split.parts or old
end

local function split_point(q)
  if not (split and q.is_local) then return nil end
  split.seq = split.seq + 1
  return split.seq
end

local EMPTY_PARTS = {
  groups = function() return { kind = "groups", groups = {} } end,
  rows = function() return { kind = "rows", rows = {} } end,
  count = function() return { kind = "count", n = 0 } end,
  tally = function() return { kind = "tally" } end,
}

-- Merge mode: part 'id', which must be of 'kind' (none: no shard had any).
local function merged_part(id, kind)
  local part = split.parts[id] or EMPTY_PARTS[kind]()
  if part.kind ~= kind then
    error(string.format("the partials do not fit this query: their part %d is %s, the query's is %s", id,
      part.kind, kind), 0)
  end
  return part
end

-- Where a source row stands in a single run: its article's path, compared
-- component by component as a directory is read ("\1" sorts below every
-- byte of a name; "." components left out: ./a/b.txt is a/b.txt), the
-- article's place among those of its file (a JSON Lines file holds many),
-- the row's place in the article. A record read from standard input has no
-- path: its id stands for it.
local function path_key(path)
  local parts = {}
  for part in path:gmatch("[^/]+") do
    if part ~= "." then parts[#parts + 1] = part end
  end
  return (path:sub(1, 1) == "/" and "\1" or "") .. table.concat(parts, "\1")
end

local function tracked(produce)
  return function()
    local it = produce()
    local last, key, nth, i = nil, nil, 0, 0
    return function()
      local row = it()
      if row == nil then return nil end
      local a = row.article
      if a ~= last then
        local k = path_key(tostring(a and (a.path or a.doc)))
        nth = (k == key) and nth + 1 or 0
        last, key, i = a, k, 0
      end
      i = i + 1
      current_pos = string.format("%s\2%08d\2%09d", key, nth, i)
      return row
    end
  end
end

-- A query over a corpus's rows; under split it is local, and in merge
-- mode reading it is an error (merge has partials, not articles).
local function source(produce, columns)
  if split and split.mode == "partial" then
    produce = tracked(produce)
  elseif split then
    produce = function()
      error("this part of EXPR reads the articles themselves, which ivlua merge does not have", 0)
    end
  end
  local q = new_query(produce, columns)
  q.is_local = split ~= nil
  return q
end

local function keep_local(q, from)
  q.is_local = from.is_local
  return q
end

-- {------ Known names ------
-- A query knows the fields of its rows (and, over a corpus, the types) when
-- it can: a misspelt one is then an error naming the known ones
-- (ivlua.strict). 'fields' is a set or nil (rows of any shape: an array, map).

local strict = require "ivlua.strict"

local function with_names(q, fields, types)
  q.fields, q.types = fields, types
  return q
end

local function same_names(q, from) return with_names(q, from.fields, from.types) end

-- The set of a list of column names.
local function names_set(names) return names and strict.set_of(names) or nil end

-- The rows of a corpus: entities or facts, by the schema. Not when merging
-- partials: fields a fact rule declared late are known to the shards only.
local function corpus_names(q, kind)
  if split and split.mode == "merge" then return q end
  return with_names(q, strict.schema(kind))
end

-- }------

-- {------ Rows sent whole ------
-- A row as a partial carries it: its plain fields (those a format prints);
-- the names of the objects it leaves out (article, mentions), which are an
-- error to read after the merge rather than a silent nil.

local function printable_value(v)
  local t = type(v)
  if t == "string" or t == "number" or t == "boolean" then return true end
  if t == "table" and getmetatable(v) == nil then
    for k, x in pairs(v) do
      if math.type(k) ~= "integer" or (type(x) ~= "string" and type(x) ~= "number") then return false end
    end
    return true
  end
  return false
end

local function snapshot(row)
  local fields, objects = {}, nil
  for k, v in pairs(row) do
    if type(k) == "string" then
      if printable_value(v) then
        fields[k] = v
      else
        objects = objects or {}
        objects[#objects + 1] = k
      end
    end
  end
  if objects then table.sort(objects) end
  return fields, objects
end

local OBJECTS = setmetatable({}, { __mode = "k" })
local Snapshot = {
  __index = function(row, k)
    local objects = OBJECTS[row]
    if objects and objects[k] then
      error("field '" .. k .. "' of a row is an object, which a partial does not carry; select what you "
        .. "need of it before the query needs every row (select{date = \"article.date\"})", 2)
    end
  end,
}

--- A row read back from a partial (ivlua.partial): 'objects' names the
-- fields left out.
function Q.snapshot_row(fields, objects)
  if objects and #objects > 0 then
    local set = {}
    for _, k in ipairs(objects) do set[k] = true end
    OBJECTS[fields] = set
    setmetatable(fields, Snapshot)
  end
  return fields
end

-- The produce function of q's rows where a stage needs all of them: in
-- partial mode they are recorded with their place and none is given; in
-- merge mode the merged rows are given, in the single run's order.
local function rows_input(q)
  local id = split_point(q)
  if not id then return q.produce end
  if split.mode == "partial" then
    local parts = split.parts
    return function()
      local rows = {}
      parts[id] = { kind = "rows", rows = rows }
      for row in q.produce() do
        local fields, objects = snapshot(row)
        rows[#rows + 1] = { pos = current_pos, seq = #rows + 1, row = fields, objects = objects }
      end
      return function() return nil end
    end
  end
  local part = merged_part(id, "rows")
  return function()
    local i = 0
    return function()
      i = i + 1
      return part.rows[i] and part.rows[i].row
    end
  end
end

-- }------

-- }======================================================================

--- The value of 'key' in 'row': a field name, a dotted path through nested
-- tables and objects ("article.date"), or a function of the row.
local function get(row, key)
  if type(key) == "function" then return key(row) end
  local v = row[key]
  if v ~= nil or type(key) ~= "string" or not key:find(".", 1, true) then return v end
  v = row
  for part in key:gmatch("[^.]+") do
    if v == nil then return nil end
    v = v[part]
  end
  return v
end
Q.get = get

-- {======================================================================
-- Sources
-- =======================================================================

-- An article as a row: its metadata, with the article value itself under
-- 'article' for whatever else a script wants of it.
local function article_row(a)
  return {
    doc = a.doc, path = a.path, title = a.title, date = a.date, time = a.time,
    dateline = a.dateline, source = a.source, entities = #a, article = a,
  }
end

local function corpus_of(src)
  if type(src) == "string" then
    local ivlua = require "ivlua"
    return ivlua.load(src)
  end
  return src
end

local function is_corpus(v)
  local mt = getmetatable(v)
  return type(v) == "userdata" and type(mt) == "table" and mt.__name == "ivlua.Corpus"
end

--- The entities of a corpus (or of the articles at a path), optionally
-- filtered as by where.
function Q.entities(src, cond)
  local c = corpus_of(src)
  local q = corpus_names(source(function() return c:entities() end), "entities")
  return cond and q:where(cond) or q
end

--- The facts of a corpus, optionally filtered.
function Q.facts(src, cond)
  local c = corpus_of(src)
  local q = corpus_names(source(function() return c:facts() end), "facts")
  return cond and q:where(cond) or q
end

--- The articles of a corpus as rows (doc, path, title, date, time, dateline,
-- source, entities (their number), article).
function Q.articles(src, cond)
  local c = corpus_of(src)
  local q = source(function()
    local next_article = c:articles()
    return function()
      local a = next_article()
      return a and article_row(a)
    end
  end, { "doc", "date", "title", "dateline", "source", "entities" })
  with_names(q, strict.set_of { "doc", "path", "title", "date", "time", "dateline", "source", "entities", "article" })
  return cond and q:where(cond) or q
end

--- A query over rows: a query (itself), an array of rows, a corpus (its
-- facts), or an iterator function (which can be read once).
function Q.from(src)
  if is_query(src) then return src end
  if is_corpus(src) then return Q.facts(src) end
  if type(src) == "table" then
    return new_query(function()
      local i = 0
      return function()
        i = i + 1
        return src[i]
      end
    end, RESULT_COLUMNS[src], RESULT_NOTES[src])
  end
  if type(src) == "function" then
    local used = false
    return new_query(function()
      if used then error("this query reads an iterator that is used up; build it on a corpus or a table to run it again", 3) end
      used = true
      return src
    end)
  end
  error("ivlua.query: cannot query a " .. type(src), 2)
end

--- Queries bound to one corpus, as the REPL and 'ivlua query' offer them:
-- facts, entities and articles (each callable with a filter).
function Q.bind(c)
  return { facts = Q.facts(c), entities = Q.entities(c), articles = Q.articles(c), corpus = c }
end

-- }======================================================================

-- {======================================================================
-- Filters
-- =======================================================================

local function is_array(t)
  return type(t) == "table" and getmetatable(t) == nil and (#t > 0 or next(t) == nil)
end

-- Does a field's value satisfy one condition of a filter table? A function
-- is a test, a plain array a set of accepted values, anything else is
-- compared; a list field (parties, sectors) matches when it holds the value.
local function matches(value, want)
  if type(want) == "function" then return want(value) and true or false end
  if is_array(want) then
    for _, w in ipairs(want) do
      if matches(value, w) then return true end
    end
    return false
  end
  if is_array(value) then
    for _, v in ipairs(value) do
      if v == want then return true end
    end
    return false
  end
  return value == want
end

local function predicate(cond)
  if type(cond) == "function" then return cond end
  if type(cond) ~= "table" then error("a filter is a table of fields or a function", 3) end
  return function(row)
    for k, want in pairs(cond) do
      if not matches(get(row, k), want) then return false end
    end
    return true
  end
end

--- Tests to use as a filter's values: where { amount_usd = Q.gt(1e8) }.
function Q.gt(x) return function(v) return v ~= nil and v > x end end
function Q.ge(x) return function(v) return v ~= nil and v >= x end end
function Q.lt(x) return function(v) return v ~= nil and v < x end end
function Q.le(x) return function(v) return v ~= nil and v <= x end end
function Q.ne(x) return function(v) return v ~= x end end
function Q.between(lo, hi) return function(v) return v ~= nil and v >= lo and v <= hi end end
--- A Lua pattern the value must contain (case-sensitive).
function Q.like(pattern) return function(v) return type(v) == "string" and v:find(pattern) ~= nil end end
--- The field is present.
function Q.exists() return function(v) return v ~= nil end end

-- }======================================================================

-- {======================================================================
-- Keys: functions of a row that know their own column name
-- =======================================================================

--- A named key: Q.key("decade", function(row) ... end).
function Q.key(name, fn)
  KEY_NAMES[fn] = name
  return fn
end

local function key_name(key, i)
  if type(key) == "string" then return key end
  return KEY_NAMES[key] or ("key" .. i)
end

--- The year (an integer) of an ISO date field; nil for 'XXXX' or no date.
function Q.year(field)
  return Q.key("year", function(row)
    local v = get(row, field)
    return type(v) == "string" and math.tointeger(tonumber(v:match("^(%d%d%d%d)"))) or nil
  end)
end

--- The year and month ("2024-05") of an ISO date field.
function Q.month(field)
  return Q.key("month", function(row)
    local v = get(row, field)
    return type(v) == "string" and v:match("^%d%d%d%d%-%d%d") or nil
  end)
end

--- The province a place merged into in 2025 (its own name when unchanged);
-- the value as it is when the gazetteer does not know it as a province.
function Q.province_2025(field)
  local gazetteer = require("ivlua.core").gazetteer
  local cache = {}
  return Q.key("province_2025", function(row)
    local v = get(row, field)
    if type(v) ~= "string" then return v end
    if cache[v] == nil then
      local e = gazetteer.lookup(v)
      cache[v] = e and e.province_2025 or v
    end
    return cache[v]
  end)
end

--- The investor's country: the fact's investor_country (a company's
-- origin, Samsung: KR), else the investor when it is a country code (KR,
-- VN); nil for foreign investors at large (*) and companies of unknown
-- origin.
function Q.investor_country()
  return Q.key("country", function(row)
    local c = row.investor_country
    if c ~= nil then return c end
    local investor = row.investor
    if type(investor) == "string" and investor:match("^%u%u$") then return investor end
    return nil
  end)
end

-- }======================================================================

-- {======================================================================
-- Aggregates
-- =======================================================================

local Aggregate = {}
Aggregate.__index = Aggregate
local aggregate_seq = 0

-- An aggregate: state from init(), step(state, value, row, pos) for each
-- row's value (pos: where the row stands, in partial mode only),
-- finish(state) for the group's answer. 'seq' keeps the order in which a
-- script wrote them, which becomes the order of the result's columns.
-- 'kind' names how its states are written to a partial and merged
-- (Q.kinds); an aggregate with none cannot be split.
local function aggregate(field, init, step, finish, kind)
  aggregate_seq = aggregate_seq + 1
  return setmetatable({ field = field, init = init, step = step, finish = finish, seq = aggregate_seq, kind = kind },
    Aggregate)
end

-- {------ Exact sums ------
-- Integers add as integers; floats are kept as non-overlapping partial
-- sums (Shewchuk; Python's math.fsum), so that a total is the correctly
-- rounded sum of its values whatever the order they came in, and the
-- totals of shards merge to the total of a single run.

local function fsum_add(p, x)
  local n = 0
  for j = 1, #p do
    local y = p[j]
    if math.abs(x) < math.abs(y) then x, y = y, x end
    local hi = x + y
    local lo = y - (hi - x)
    if lo ~= 0 then
      n = n + 1
      p[n] = lo
    end
    x = hi
  end
  for j = #p, n + 1, -1 do p[j] = nil end
  p[n + 1] = x
end

-- The correctly rounded value of partials p (Python's math_fsum).
local function fsum_value(p)
  local n, hi, lo = #p, 0.0, 0.0
  if n == 0 then return 0.0 end
  hi = p[n]
  n = n - 1
  while n > 0 do
    local x = hi
    local y = p[n]
    n = n - 1
    hi = x + y
    lo = y - (hi - x)
    if lo ~= 0 then break end
  end
  if n > 0 and ((lo < 0 and p[n] < 0) or (lo > 0 and p[n] > 0)) then
    local y = lo * 2
    local x = hi + y
    if y == x - hi then hi = x end
  end
  return hi
end

-- An exact sum: { i = integer total, f = float partials, s = the sum of
-- infinities and NaNs }, each field present once it has a value.
local function xadd(t, x)
  if math.type(x) == "integer" then
    t.i = (t.i or 0) + x
  elseif x ~= x or x == math.huge or x == -math.huge then
    t.s = (t.s or 0.0) + x
  else
    t.f = t.f or {}
    fsum_add(t.f, x)
  end
end

local function xmerge(a, b)
  if b.i then a.i = (a.i or 0) + b.i end
  if b.s then a.s = (a.s or 0.0) + b.s end
  for _, x in ipairs(b.f or {}) do xadd(a, x) end
  return a
end

-- The total: an integer when every value was one, nil when none came.
local function xvalue(t)
  if t.s then return t.s end
  if not t.f then return t.i end
  local p = { table.unpack(t.f) }
  if t.i then fsum_add(p, t.i + 0.0) end
  return fsum_value(p)
end

-- }------

local function each_value(v, fn)
  if is_array(v) then
    for _, x in ipairs(v) do fn(x) end
  elseif v ~= nil then
    fn(v)
  end
end

local function before(a, b)
  local ta, tb = type(a), type(b)
  if ta ~= tb then return ta < tb end
  if ta == "number" or ta == "string" then return a < b end
  return tostring(a) < tostring(b)
end

--- The number of rows (or of rows where 'field' is present).
function Q.count(field)
  return aggregate(field, function() return { n = 0 } end,
    function(s, v, row) if field == nil or v ~= nil then s.n = s.n + 1 end end,
    function(s) return s.n end, "count")
end

-- {------ Sums that cannot mislead ------
-- An investment fact is a flow (capital of one period) or a stock (a total
-- to date, as of its date): a sum never adds the one to the other, nor two
-- stocks (stocks are compared, not added: a company's total is part of its
-- country's, and a later total holds the earlier one), nor amounts in
-- different currencies. Rows are investment facts when they have a
-- 'basis' or type "investment".

local function investment_row(row)
  return type(row) == "table" and (row.basis ~= nil or row.type == "investment")
end

local function sorted_keys(set)
  local list = {}
  for k in pairs(set) do list[#list + 1] = k end
  table.sort(list)
  return list
end

-- Note what row (whose 'field' value is being added) brings to sum 's'.
local function guard_step(s, field, row)
  if not investment_row(row) then return end
  s.bases = s.bases or {}
  local basis = row.basis or "no basis"
  s.bases[basis] = true
  s.added = (s.added or 0) + 1
  if basis == "stock" then s.stocks = (s.stocks or 0) + 1 end
  if field == "amount" then
    s.currencies = s.currencies or {}
    s.currencies[row.currency or "no currency"] = true
  end
end

-- Raise when sum 's' of 'field' added what cannot be added.
local function guard_check(s, what, field)
  local bases = s.bases and sorted_keys(s.bases) or {}
  local name = what .. " of " .. tostring(field)
  if #bases > 1 and s.bases["no basis"] then
    error(name .. " takes investment facts with no basis (flow or stock); filter on basis: where{basis = \"flow\"}", 0)
  elseif #bases > 1 then
    error(name .. " mixes flow and stock facts (a stock is a total to date, a flow the capital of one period; "
      .. "they are never added); filter on basis, where{basis = \"flow\"}, or group by it", 0)
  elseif bases[1] == "no basis" then
    error(name .. " takes investment facts with no basis (flow or stock); filter on basis: where{basis = \"flow\"}", 0)
  end
  if (s.stocks or 0) > 1 then
    error(name .. " adds " .. s.stocks .. " stocks: a stock is a total to date, and totals overlap (a company's "
      .. "is part of its country's, a later one holds the earlier); compare them (select, order_by) or group "
      .. "so that each row has one", 0)
  end
  local currencies = s.currencies and sorted_keys(s.currencies) or {}
  if #currencies > 1 then
    error(name .. " mixes currencies (" .. table.concat(currencies, ", ")
      .. "); sum usd (every amount in US$) or group by currency", 0)
  end
end

-- }------

--- The sum of a numeric field; nil when no row has it. Over investment
-- facts it refuses (an error naming the fix) to add a flow to a stock, two
-- stocks, facts with no basis, or amounts in different currencies, and it
-- skips the parts of a total (part_of), whose total it adds.
function Q.sum(field)
  local agg = aggregate(field, function() return {} end,
    function(s, v, row)
      if investment_row(row) and row.part_of ~= nil then
        s.parts = (s.parts or 0) + 1 -- its total is added instead
      elseif type(v) == "number" then
        s.total = s.total or {}
        xadd(s.total, v)
        guard_step(s, field, row)
      elseif investment_row(row) then
        s.skipped = (s.skipped or 0) + 1
      end
    end,
    function(s)
      guard_check(s, "sum", field)
      return s.total and xvalue(s.total)
    end, "sum")
  agg.accounts = "adds"
  return agg
end

--- The average of a numeric field (checked as sum is).
function Q.avg(field)
  local agg = aggregate(field, function() return { total = {}, n = 0 } end,
    function(s, v, row)
      if type(v) == "number" then
        xadd(s.total, v)
        s.n = s.n + 1
        guard_step(s, field, row)
      elseif investment_row(row) then
        s.skipped = (s.skipped or 0) + 1
      end
    end,
    function(s)
      guard_check(s, "avg", field)
      return s.n > 0 and (xvalue(s.total) or 0) / s.n or nil
    end, "sum")
  agg.accounts = "averages"
  return agg
end

-- {------ Totals in US$ that say what they left out ------

local function count_if(pred)
  return aggregate(nil, function() return { n = 0 } end,
    function(s, _, row) if pred(row) then s.n = s.n + 1 end end,
    function(s) return s.n end, "count")
end

local function check_basis(basis, level)
  if basis ~= "flow" and basis ~= "stock" then
    error("the basis is \"flow\" or \"stock\" (got " .. tostring(basis) .. ")", level + 1)
  end
end

-- An investment fact a total of 'basis' adds: of that basis, and not a part
-- of a total stated beside it (part_of: the total is added instead).
local function summable(row, basis)
  return investment_row(row) and row.basis == basis and row.part_of == nil
end

--- The sum of 'usd' over the investment facts of one basis ("flow", the
-- default, or "stock": then at most one a group); facts of the other basis
-- are skipped, not added, and so are the parts of a total (part_of).
-- The rows a total adds, of those a group holds: the sources of a foreign
-- total '*' that the same article states for the same place and period (a
-- ranked list of investors, "Singapore led with $540 million, followed by
-- ...", or a named investor of the same date) are inside that total, so a
-- total over both adds the '*' only; a total by investor keeps them apart
-- and adds each. Returns the rows added and how many were inside.
local LISTED = { ["invest.ranked"] = true, ["invest.named"] = true, ["invest.position"] = true }

-- What a partial keeps of a fact a US$ total holds: what added_rows reads
-- (not its place: a total's value does not depend on the order of its rows).
local function usd_row(row)
  return { investor = row.investor, doc = row.doc, target = row.target, as_of = row.as_of, rule = row.rule,
    basis = row.basis, usd = row.usd }
end

local function added_rows(rows)
  local star = {}
  for _, r in ipairs(rows) do
    if r.investor == "*" then
      local k = tostring(r.doc) .. "\0" .. tostring(r.target)
      star[k] = star[k] or {}
      star[k][r.as_of or ""] = true
    end
  end
  local function inside_star(r)
    local dates = star[tostring(r.doc) .. "\0" .. tostring(r.target)]
    return dates ~= nil and (LISTED[r.rule] or (r.as_of ~= nil and dates[r.as_of]))
  end
  local added, inside = {}, 0
  for _, r in ipairs(rows) do
    if r.investor ~= "*" and r.basis == "flow" and inside_star(r) then
      inside = inside + 1
    else
      added[#added + 1] = r
    end
  end
  return added, inside
end

function Q.usd(basis)
  basis = basis or "flow"
  check_basis(basis, 2)
  return aggregate(nil, function() return { rows = {} } end,
    function(s, _, row, pos)
      if summable(row, basis) and type(row.usd) == "number" then
        s.rows[#s.rows + 1] = pos and usd_row(row) or row
        guard_step(s, "usd", row)
      end
    end,
    function(s)
      guard_check(s, "sum", "usd")
      local added, total = added_rows(s.rows), nil
      for _, r in ipairs(added) do
        total = total or {}
        xadd(total, r.usd)
      end
      return total and xvalue(total)
    end, "usd")
end

--- How many facts of 'basis' a US$ total of a group adds (see Q.usd); with
-- 'inside', how many it left inside a foreign total of their article.
function Q.usd_facts(basis, inside)
  basis = basis or "flow"
  check_basis(basis, 2)
  return aggregate(nil, function() return { rows = {} } end,
    function(s, _, row, pos)
      if summable(row, basis) and type(row.usd) == "number" then s.rows[#s.rows + 1] = pos and usd_row(row) or row end
    end,
    function(s)
      local added, n = added_rows(s.rows)
      if inside then return n end
      return #added
    end, "usd")
end

--- How many investment facts of 'basis' have no usd: no amount, or no
-- rate for their currency and year.
function Q.unconverted(basis)
  basis = basis or "flow"
  check_basis(basis, 2)
  return count_if(function(row) return summable(row, basis) and row.usd == nil end)
end

--- How many investment facts of 'basis' have a usd converted at a yearly
-- average rate (usd_rate), not stated in US$.
function Q.estimated(basis)
  basis = basis or "flow"
  check_basis(basis, 2)
  return count_if(function(row)
    return summable(row, basis) and row.usd ~= nil and row.usd_rate ~= nil
  end)
end

--- How many investment facts are of the other basis than 'basis' (stocks
-- for "flow"): those a total of 'basis' leaves out.
function Q.other_basis(basis)
  basis = basis or "flow"
  check_basis(basis, 2)
  return count_if(function(row) return investment_row(row) and row.basis ~= nil and row.basis ~= basis end)
end

-- What a total of 'basis' took and left out: counts over the input rows.
local function new_tally() return { summed = 0, estimated = 0, no_usd = 0, other = 0, none = 0, parts = 0 } end

local function tally_row(t, basis, row)
  if not investment_row(row) then return end
  if row.basis == nil then t.none = t.none + 1
  elseif row.part_of ~= nil and row.basis == basis then t.parts = t.parts + 1
  elseif row.basis ~= basis then t.other = t.other + 1
  elseif row.usd == nil then t.no_usd = t.no_usd + 1
  else
    t.summed = t.summed + 1
    if row.usd_rate ~= nil then t.estimated = t.estimated + 1 end
  end
end

local function plural(n, word) return string.format("%d %s%s", n, word, n == 1 and "" or "s") end

local WHAT = { flow = "capital of one period", stock = "totals to date" }

local function tally_text(basis, t)
  local other = basis == "flow" and "stock" or "flow"
  local parts = {
    string.format("%ss only (%s). Not in usd: %s with no US$ value (no amount, or no rate for its currency and year), %s (%s)",
      basis == "flow" and "Flow" or "Stock", WHAT[basis], plural(t.no_usd, basis), plural(t.other, other), WHAT[other]),
  }
  if t.none > 0 then parts[#parts + 1] = ", " .. plural(t.none, "fact") .. " with no basis" end
  if t.parts > 0 then
    parts[#parts + 1] = ", " .. plural(t.parts, "part") .. " of a total counted as a whole (part_of)"
  end
  parts[#parts + 1] = string.format(". Converted at a yearly average rate: %d of the %s in usd.", t.estimated,
    plural(t.summed, basis))
  return table.concat(parts)
end

--- What a US$ total of 'basis' over the investment facts of 'source' (a
-- query, a corpus, rows) leaves out, as one sentence for under a table.
function Q.usd_note(source, basis)
  basis = basis or "flow"
  check_basis(basis, 2)
  local t = new_tally()
  for row in Q.from(source):rows() do tally_row(t, basis, row) end
  return tally_text(basis, t)
end

--- What a US$ total of 'basis' over the rows of one group (a list) does
-- with each: a table row -> "added" (summed into usd), "inside" (inside a
-- foreign total '*' of its article, counted there), "part" (part of a total
-- counted whole), "no_usd", "other" (the other basis) or "none" (no
-- basis); rows that are not investment facts are absent. What usd_by's
-- columns count, row by row, for an audit of its totals.
function Q.usd_roles(rows, basis)
  basis = basis or "flow"
  check_basis(basis, 2)
  local roles, summed = {}, {}
  for _, row in ipairs(rows) do
    if investment_row(row) then
      if row.basis == nil then roles[row] = "none"
      elseif row.basis ~= basis then roles[row] = "other"
      elseif row.part_of ~= nil then roles[row] = "part"
      elseif type(row.usd) ~= "number" then roles[row] = "no_usd"
      else summed[#summed + 1] = row end
    end
  end
  local added = added_rows(summed)
  for _, row in ipairs(summed) do roles[row] = "inside" end
  for _, row in ipairs(added) do roles[row] = "added" end
  return roles
end

-- }------

function Q.min(field)
  return aggregate(field, function() return {} end,
    function(s, v, _, pos) if v ~= nil and (s.best == nil or before(v, s.best)) then s.best, s.pos = v, pos end end,
    function(s) return s.best end, "min")
end

function Q.max(field)
  return aggregate(field, function() return {} end,
    function(s, v, _, pos) if v ~= nil and (s.best == nil or before(s.best, v)) then s.best, s.pos = v, pos end end,
    function(s) return s.best end, "max")
end

--- The distinct values of a field, sorted; a list field (sectors, parties)
-- gives its items.
function Q.distinct(field)
  return aggregate(field, function() return { seen = {}, list = {} } end,
    function(s, v)
      each_value(v, function(x)
        if not s.seen[x] then
          s.seen[x] = true
          s.list[#s.list + 1] = x
        end
      end)
    end,
    function(s)
      table.sort(s.list, before)
      return s.list
    end, "distinct")
end

--- Every value of a field, in row order.
-- In partial mode each row's values are kept with its place, for the merge
-- to put back in the single run's order.
function Q.list(field)
  return aggregate(field, function() return { list = {} } end,
    function(s, v, _, pos)
      if pos then
        local values = {}
        each_value(v, function(x) values[#values + 1] = x end)
        s.items = s.items or {}
        s.items[#s.items + 1] = { pos = pos, seq = #s.items + 1, values = values }
      else
        each_value(v, function(x) s.list[#s.list + 1] = x end)
      end
    end,
    function(s)
      if s.items then
        table.sort(s.items, function(a, b)
          if a.pos ~= b.pos then return a.pos < b.pos end
          return a.seq < b.seq
        end)
        for _, item in ipairs(s.items) do table.move(item.values, 1, #item.values, #s.list + 1, s.list) end
        s.items = nil
      end
      return s.list
    end, "list")
end

function Q.first(field)
  return aggregate(field, function() return {} end,
    function(s, v, _, pos) if s.value == nil then s.value, s.pos = v, pos end end,
    function(s) return s.value end, "first")
end

function Q.last(field)
  return aggregate(field, function() return {} end,
    function(s, v, _, pos) if v ~= nil then s.value, s.pos = v, pos end end,
    function(s) return s.value end, "last")
end

--- An aggregate of your own: fn(rows) gets the group's rows.
function Q.reduce(fn)
  return aggregate(nil, function() return { rows = {} } end,
    function(s, _, row) s.rows[#s.rows + 1] = row end,
    function(s) return fn(s.rows) end)
end

-- {------ Partial states ------
-- Q.kinds[kind]: dump(state) gives a plain table for a partial (floats
-- stay floats: ivlua.partial writes them exactly), load(plain) the state
-- back, merge(a, b) the state of both groups' rows. Merging is associative
-- and commutative: counts add, sets unite, sums are exact, rows and list
-- items carry their place, min, max, first and last keep theirs.

local SETS = { bases = true, currencies = true }
local COUNTS = { n = true, parts = true, skipped = true, added = true, stocks = true }

-- List items by place, the rows of a US$ total by their fields: a dump
-- does not depend on the order in which partials were merged, so merged
-- partials compare as text.
local function by_place(a, b)
  if a.pos ~= b.pos then return a.pos < b.pos end
  return a.seq < b.seq
end

-- The rows of a US$ total are written as arrays of these fields and usd
-- (false for nil), sorted.
local USD_FIELDS = { "doc", "target", "investor", "as_of", "rule", "basis", "usd" }

local function usd_key(r)
  local parts = {}
  for i, k in ipairs(USD_FIELDS) do
    local v = r[k]
    parts[i] = math.type(v) == "float" and string.format("%a", v) or tostring(v)
  end
  return table.concat(parts, "\0")
end

local function dump_fields(s)
  local d = {}
  for k, v in pairs(s) do d[k] = SETS[k] and sorted_keys(v) or v end
  if d.rows then
    local keyed = {}
    for i, r in ipairs(d.rows) do keyed[i] = { key = usd_key(r), row = r } end
    table.sort(keyed, function(a, b) return a.key < b.key end)
    d.rows = {}
    for i, k in ipairs(keyed) do
      local t = {}
      for j, f in ipairs(USD_FIELDS) do
        local v = k.row[f]
        if v == nil then t[j] = false else t[j] = v end
      end
      d.rows[i] = t
    end
  end
  return d
end

local function load_fields(d)
  local s = {}
  for k, v in pairs(d) do
    if SETS[k] then
      s[k] = {}
      for _, x in ipairs(v) do s[k][x] = true end
    elseif k == "rows" then
      s.rows = {}
      for i, t in ipairs(v) do
        local r = {}
        for j, f in ipairs(USD_FIELDS) do
          if t[j] ~= false then r[f] = t[j] end
        end
        s.rows[i] = r
      end
    else
      s[k] = v
    end
  end
  return s
end

local function merge_fields(a, b)
  for k, v in pairs(b) do
    if COUNTS[k] then
      a[k] = (a[k] or 0) + v
    elseif SETS[k] then
      a[k] = a[k] or {}
      for x in pairs(v) do a[k][x] = true end
    elseif k == "total" then
      a.total = xmerge(a.total or {}, v)
    elseif k == "rows" then
      a.rows = a.rows or {}
      table.move(v, 1, #v, #a.rows + 1, a.rows)
    end
  end
  return a
end

local FIELDS = { dump = dump_fields, load = load_fields, merge = merge_fields }

-- The one of a and b whose value comes first in a single run: 'better'
-- says which value wins, a tie goes to the earlier place.
local function pick(better)
  return function(a, b)
    if b.best == nil then return a end
    if a.best == nil then return b end
    if better(b.best, a.best) then return b end
    if better(a.best, b.best) then return a end
    return (b.pos or "") < (a.pos or "") and b or a
  end
end

local function placed(later)
  return function(a, b)
    if b.value == nil then return a end
    if a.value == nil then return b end
    if later then return (b.pos or "") > (a.pos or "") and b or a end
    return (b.pos or "") < (a.pos or "") and b or a
  end
end

local function copy(t)
  local c = {}
  for k, v in pairs(t) do c[k] = v end
  return c
end

Q.kinds = {
  count = FIELDS, sum = FIELDS, usd = FIELDS,
  min = { dump = copy, load = copy, merge = pick(before) },
  max = { dump = copy, load = copy, merge = pick(function(x, y) return before(y, x) end) },
  first = { dump = copy, load = copy, merge = placed(false) },
  last = { dump = copy, load = copy, merge = placed(true) },
  distinct = {
    dump = function(s)
      local list = { table.unpack(s.list) }
      table.sort(list, before)
      return { list = list }
    end,
    load = function(d)
      local s = { seen = {}, list = d.list or {} }
      for _, x in ipairs(s.list) do s.seen[x] = true end
      return s
    end,
    merge = function(a, b)
      for _, x in ipairs(b.list) do
        if not a.seen[x] then
          a.seen[x] = true
          a.list[#a.list + 1] = x
        end
      end
      return a
    end,
  },
  list = {
    dump = function(s)
      local items = { table.unpack(s.items or {}) }
      table.sort(items, by_place)
      return { items = items }
    end,
    load = function(d) return { list = {}, items = d.items or {} } end,
    merge = function(a, b)
      table.move(b.items, 1, #b.items, #a.items + 1, a.items)
      return a
    end,
  },
}

--- The tally of a US$ total (what it took and left out) of two sets of rows.
function Q.merge_tally(a, b)
  if a.summed == nil then return copy(b) end
  for k, v in pairs(b) do a[k] = (a[k] or 0) + v end
  return a
end

-- }------

-- The aggregates of a spec table in the order they were written.
local function aggregate_list(spec)
  local list = {}
  for name, agg in pairs(spec) do
    if getmetatable(agg) ~= Aggregate then
      error("aggregate '" .. tostring(name) .. "' is not one of ivlua.query's count, sum, ... (got a " .. type(agg) .. ")", 4)
    end
    list[#list + 1] = { name = name, agg = agg }
  end
  table.sort(list, function(a, b) return a.agg.seq < b.agg.seq end)
  return list
end

local function is_aggregate_spec(t)
  if type(t) ~= "table" or getmetatable(t) ~= nil then return false end
  local _, v = next(t)
  return getmetatable(v) == Aggregate
end

-- }======================================================================

-- {======================================================================
-- Query methods
-- =======================================================================

--- Rows for which 'cond' holds: a function of the row, or a table of
-- field = value | {values...} | test function.
function Query:where(cond)
  if type(cond) == "table" then
    for k, want in pairs(cond) do
      strict.check_key(self.fields, k)
      if k == "type" then strict.check_types(self.types, want) end
    end
  end
  local keep, produce = predicate(cond), self.produce
  return same_names(keep_local(new_query(function()
    local it = produce()
    return function()
      for row in it do
        if keep(row) then return row end
      end
    end
  end, self.columns_known, self.note_of), self), self)
end

--- The same as where, for rows made by group_by or aggregate.
Query.having = Query.where
Query.__call = Query.where

-- The output columns of a list of keys: a string names itself, a table
-- {name = key, ...} names its keys (in sorted order of the names).
local function named_keys(args, level)
  local keys = {}
  for i, k in ipairs(args) do
    if type(k) == "table" and getmetatable(k) == nil then
      local names = {}
      for name in pairs(k) do names[#names + 1] = name end
      table.sort(names)
      for _, name in ipairs(names) do keys[#keys + 1] = { name = name, key = k[name] } end
    elseif type(k) == "string" or type(k) == "function" then
      keys[#keys + 1] = { name = key_name(k, i), key = k }
    else
      error("a key is a field name, a function or a table of them (got a " .. type(k) .. ")", level)
    end
  end
  return keys
end

local function names_of(keys)
  local names = {}
  for i, k in ipairs(keys) do names[i] = k.name end
  return names
end

--- New rows of the given fields: select("investor", "target",
-- { usd = "amount_usd", year = Q.year("as_of") }).
function Query:select(...)
  local keys, produce = named_keys({ ... }, 3), self.produce
  for _, k in ipairs(keys) do strict.check_key(self.fields, k.key) end
  return with_names(keep_local(new_query(function()
    local it = produce()
    return function()
      local row = it()
      if row == nil then return nil end
      local out = {}
      for _, k in ipairs(keys) do out[k.name] = get(row, k.key) end
      return out
    end
  end, names_of(keys), self.note_of), self), names_set(names_of(keys)))
end

--- Each row through fn (which returns a new row, or nil to drop it).
function Query:map(fn)
  local produce = self.produce
  return keep_local(new_query(function()
    local it = produce()
    return function()
      for row in it do
        local out = fn(row)
        if out ~= nil then return out end
      end
    end
  end), self)
end

-- The groups of the rows of produce() in the order first met, each with
-- its key values, its aggregates' states and (in partial mode) the place
-- of its first row and its id.
local function collect_groups(produce, keys, aggs)
  local groups, order = {}, {}
  for row in produce() do
    local values, id = {}, {}
    for i, k in ipairs(keys) do
      values[i] = get(row, k.key)
      id[i] = type(values[i]) .. ":" .. tostring(values[i])
    end
    local gid = table.concat(id, "\0")
    local g = groups[gid]
    if not g then
      g = { values = values, states = {}, pos = current_pos, gid = gid }
      for i, a in ipairs(aggs) do g.states[i] = a.agg.init() end
      groups[gid] = g
      order[#order + 1] = g
    end
    for i, a in ipairs(aggs) do
      local field = a.agg.field
      a.agg.step(g.states[i], field ~= nil and get(row, field) or nil, row, current_pos)
    end
  end
  return order
end

local function kinds_of(aggs)
  local kinds = {}
  for i, a in ipairs(aggs) do kinds[i] = a.agg.kind end
  return kinds
end

local function check_splittable(aggs)
  for _, a in ipairs(aggs) do
    if not a.agg.kind then
      error("aggregate '" .. tostring(a.name) .. "' (reduce) needs every row of its group in one place and "
        .. "cannot be split over shards; use count, sum, avg, min, max, distinct, list, first or last", 4)
    end
  end
end

-- Merge mode: the merged groups of part 'id', checked against the query's.
local function merged_groups(id, nkeys, aggs)
  local part = merged_part(id, "groups")
  local want = table.concat(kinds_of(aggs), ",")
  for _, g in ipairs(part.groups) do
    if g.nkeys ~= nkeys or table.concat(g.aggs, ",") ~= want then
      error(string.format("the partials do not fit this query: their group_by %d has %d keys and aggregates "
        .. "%s, the query's %d and %s", id, g.nkeys, table.concat(g.aggs, ","), nkeys, want), 0)
    end
  end
  return part.groups
end

-- What the sums and averages of a group_by took from investment facts and
-- left out (facts with no value), as a sentence; nil when none took any.
local function accounts_text(aggs, groups)
  local parts = {}
  for i, a in ipairs(aggs) do
    if a.agg.accounts then
      local added, skipped, inside = 0, 0, 0
      for _, g in ipairs(groups) do
        local st = g.states[i]
        added, skipped, inside = added + (st.added or 0), skipped + (st.skipped or 0), inside + (st.parts or 0)
      end
      if added + skipped + inside > 0 then
        parts[#parts + 1] = string.format("%s %s %d, leaves out %d with no %s", a.name, a.agg.accounts, added,
          skipped, tostring(a.agg.field))
        if inside > 0 then
          parts[#parts] = parts[#parts] .. string.format(" and %d part%s of a total it counts whole (part_of)",
            inside, inside == 1 and "" or "s")
        end
      end
    end
  end
  if #parts == 0 then return nil end
  return "Over investment facts: " .. table.concat(parts, "; ") .. "."
end

--- One row per group of equal keys, with the aggregates of its rows:
-- group_by("target", Q.year("as_of"), { usd = Q.sum("usd") }).
-- With no aggregates, each group counts its rows as 'count'. Groups come in
-- the order they were first met. Its note says how many investment facts
-- each sum and average took, and how many it left out with no value.
function Query:group_by(...)
  local args, spec = { ... }, nil
  if is_aggregate_spec(args[#args]) then spec = table.remove(args) else spec = { count = Q.count() } end
  local keys, aggs, produce = named_keys(args, 3), aggregate_list(spec), self.produce
  for _, k in ipairs(keys) do strict.check_key(self.fields, k.key) end
  for _, a in ipairs(aggs) do strict.check_key(self.fields, a.agg.field) end
  local columns = names_of(keys)
  for _, a in ipairs(aggs) do columns[#columns + 1] = a.name end
  local id = split_point(self)
  if id then check_splittable(aggs) end
  local last -- the groups of the last run, for the note
  return with_names(new_query(function()
    local order
    if id and split.mode == "merge" then
      order = merged_groups(id, #keys, aggs)
    else
      order = collect_groups(produce, keys, aggs)
      if id then
        split.parts[id] = { kind = "groups", nkeys = #keys, aggs = kinds_of(aggs), groups = order }
        last = {}
        return function() return nil end
      end
    end
    last = order
    if #keys == 0 and #order == 0 then -- aggregates of no rows: one row (count 0)
      local g = { values = {}, states = {} }
      for i, a in ipairs(aggs) do g.states[i] = a.agg.init() end
      order[1] = g
    end
    local i = 0
    return function()
      i = i + 1
      local g = order[i]
      if not g then return nil end
      local out = {}
      for j, k in ipairs(keys) do out[k.name] = g.values[j] end
      for j, a in ipairs(aggs) do out[a.name] = a.agg.finish(g.states[j]) end
      return out
    end
  end, columns, function() return last and accounts_text(aggs, last) end), names_set(columns))
end

--- One row of aggregates over all rows: aggregate { n = Q.count() }.
function Query:aggregate(spec)
  return self:group_by(spec)
end

--- Investment in US$ by the given keys, of one basis ("flow" or "stock",
-- which must leave one stock a group): usd_by("flow", "investor"). Each
-- row has the keys, then usd (the sum),
-- facts (those summed), estimated (of those, converted at a yearly rate),
-- no_usd (facts of the basis with no US$ value) and stocks (or flows): the
-- facts of the other basis, left out. The query's note says the same for
-- all its rows (the text, markdown and html formats print it).
function Query:usd_by(basis, ...)
  check_basis(basis, 2)
  local produce, tally = self.produce, nil
  -- Under split, the tally of the rows is a part of its own.
  local tally_id = split_point(self)
  if tally_id and split.mode == "merge" then tally = merged_part(tally_id, "tally").tally or new_tally() end
  local input = keep_local(new_query(function()
    tally = new_tally()
    if tally_id then split.parts[tally_id] = { kind = "tally", tally = tally } end
    local it = produce()
    return function()
      local row = it()
      if row ~= nil then tally_row(tally, basis, row) end
      return row
    end
  end), self)
  same_names(input, self)
  local args = { ... }
  local spec = {}
  spec.usd = Q.usd(basis)
  spec.facts = Q.usd_facts(basis)
  spec.inside = Q.usd_facts(basis, true)
  spec.estimated = Q.estimated(basis)
  spec.no_usd = Q.unconverted(basis)
  spec[basis == "flow" and "stocks" or "flows"] = Q.other_basis(basis)
  args[#args + 1] = spec
  local q = input:group_by(table.unpack(args))
  q.note_of = function() return tally and tally_text(basis, tally) end
  return q
end

-- Compare two rows by a list of {key, desc}; nil sorts last either way.
local function row_before(keys)
  return function(a, b)
    for _, k in ipairs(keys) do
      local x, y = get(a.row, k.key), get(b.row, k.key)
      if x ~= y then
        if x == nil then return false end
        if y == nil then return true end
        if k.desc then return before(y, x) end
        return before(x, y)
      end
    end
    return a.i < b.i -- stable
  end
end

local function sort_keys(args)
  local keys = {}
  for _, k in ipairs(args) do
    if type(k) == "string" and k:sub(1, 1) == "-" then
      keys[#keys + 1] = { key = k:sub(2), desc = true }
    elseif type(k) == "table" then
      keys[#keys + 1] = { key = k[1], desc = k.desc and true or false }
    else
      keys[#keys + 1] = { key = k, desc = false }
    end
  end
  return keys
end

--- Rows sorted by one or more keys: "field", "-field" (descending),
-- { key, desc = true } or a function. Equal rows keep their order.
function Query:order_by(...)
  local keys = sort_keys({ ... })
  for _, k in ipairs(keys) do strict.check_key(self.fields, k.key) end
  local less, produce = row_before(keys), rows_input(self)
  return same_names(new_query(function()
    local rows = {}
    for row in produce() do rows[#rows + 1] = { row = row, i = #rows + 1 } end
    table.sort(rows, less)
    local i = 0
    return function()
      i = i + 1
      return rows[i] and rows[i].row
    end
  end, self.columns_known, self.note_of), self)
end

--- At most n rows, after skipping 'offset' rows.
function Query:limit(n, offset)
  offset = offset or 0
  local produce = rows_input(self)
  return same_names(new_query(function()
    local it, seen = produce(), 0
    return function()
      while seen < offset do
        if it() == nil then return nil end
        seen = seen + 1
      end
      if seen >= offset + n then return nil end
      seen = seen + 1
      return it()
    end
  end, self.columns_known, self.note_of), self)
end

-- The plain fields of a row, copied (objects such as 'article' included).
local function copy_row(row, into, prefix)
  for k, v in pairs(row) do
    local name = prefix .. k
    if into[name] == nil then into[name] = v end
  end
  return into
end

--- Rows of this query joined with the rows of 'other' (a query, a corpus,
-- an array) where their keys are equal: on = "doc", or { left, right }.
-- opts.prefix names the other side's fields ("article_"); without it a name
-- both sides have keeps this side's value. opts.left keeps the rows that
-- have no match. A list key (parties) joins on each of its items.
function Query:join(other, on, opts)
  opts = opts or {}
  local right = Q.from(other)
  local lkey, rkey = on, on
  if type(on) == "table" then lkey, rkey = on[1], on[2] end
  -- A join on doc of two local queries stays within an article, so within
  -- a shard; so does one of a local query with rows that are no corpus's.
  local stays = self.is_local and (not right.is_local or (lkey == "doc" and rkey == "doc"))
  local produce, right_produce = self.produce, right.produce
  if not stays then produce, right_produce = rows_input(self), rows_input(right) end
  local prefix, keep_unmatched = opts.prefix or "", opts.left
  local q = new_query(function()
    local index = {}
    for row in right_produce() do
      each_value(get(row, rkey), function(k)
        local list = index[k]
        if not list then
          list = {}
          index[k] = list
        end
        list[#list + 1] = row
      end)
    end
    local it, pending = produce(), {}
    return function()
      while #pending == 0 do
        local row = it()
        if row == nil then return nil end
        local seen = {}
        each_value(get(row, lkey), function(k)
          for _, r in ipairs(index[k] or {}) do
            if not seen[r] then
              seen[r] = true
              pending[#pending + 1] = copy_row(r, copy_row(row, {}, ""), prefix)
            end
          end
        end)
        if #pending == 0 and keep_unmatched then pending[1] = copy_row(row, {}, "") end
      end
      return table.remove(pending, 1)
    end
  end)
  q.is_local = stays
  return q
end

-- }======================================================================

-- {======================================================================
-- Reading the rows
-- =======================================================================

--- An iterator over the rows: for row in q:rows() do ... end
function Query:rows() return rows_input(self)() end

-- Columns for rows that came with none: the common fields first, then the
-- others sorted; objects and lists of objects are left out.
local LEADING = { "doc", "type", "text", "start", "end" }
local LEADING_SET = {}
for i, k in ipairs(LEADING) do LEADING_SET[k] = i end

local function printable(v)
  local t = type(v)
  if t == "string" or t == "number" or t == "boolean" then return true end
  if is_array(v) then
    for _, x in ipairs(v) do
      if type(x) ~= "string" and type(x) ~= "number" then return false end
    end
    return true
  end
  return false
end

-- Entities' and facts' links to other objects (mentions may be empty, and
-- would look like an empty list).
local OBJECT_FIELDS = { article = true, mentions = true }

function Q.columns_of(rows)
  local seen, others, lead = {}, {}, {}
  for _, row in ipairs(rows) do
    for k, v in pairs(row) do
      if type(k) == "string" and not seen[k] and not OBJECT_FIELDS[k] and printable(v) then
        seen[k] = true
        if LEADING_SET[k] then lead[#lead + 1] = k else others[#others + 1] = k end
      end
    end
  end
  table.sort(lead, function(a, b) return LEADING_SET[a] < LEADING_SET[b] end)
  table.sort(others)
  table.move(others, 1, #others, #lead + 1, lead)
  return lead
end

--- All rows, as a result: an array of rows that prints as a table and
-- knows its columns.
function Query:all()
  local rows = {}
  for row in rows_input(self)() do rows[#rows + 1] = row end
  local result = setmetatable(rows, Result)
  RESULT_COLUMNS[result] = self.columns_known or Q.columns_of(rows)
  RESULT_NOTES[result] = self.note_of and self.note_of()
  return result
end
Query.totable = Query.all

function Query:count()
  local id = split_point(self)
  if id and split.mode == "merge" then return merged_part(id, "count").n end
  local n = 0
  for _ in self.produce() do n = n + 1 end
  if id then split.parts[id] = { kind = "count", n = n } end
  return n
end

function Query:first()
  return rows_input(self)()()
end

--- The values of one key, as an array.
function Query:column(key)
  strict.check_key(self.fields, key)
  local out = {}
  for row in rows_input(self)() do out[#out + 1] = get(row, key) end
  return out
end

--- Write the rows in a format (see ivlua.format) to a path (atomically), a
-- file handle, or standard output.
function Query:write(format, dest, opts)
  return require("ivlua.format").write(format or "text", self, dest, opts)
end

function Query:print(format, opts)
  return self:write(format or "text", io.stdout, opts)
end

function Query:columns()
  return self.columns_known
end

--- What the query's totals left out, as a function that says it once the
-- rows are read (usd_by makes one); nil for other queries.
function Query:note()
  return self.note_of
end

Query.__tostring = function(q) return tostring(q:all()) end

function Result:columns() return RESULT_COLUMNS[self] end
--- What the result's totals left out (a string), or nil.
function Result:note() return RESULT_NOTES[self] end
function Result:query() return Q.from(self) end
function Result:write(format, dest, opts) return Q.from(self):write(format, dest, opts) end
function Result:print(format, opts) return Q.from(self):print(format, opts) end
Result.__tostring = function(r)
  return require("ivlua.format").render("text", Q.from(r), { columns = RESULT_COLUMNS[r], note = RESULT_NOTES[r] })
end

--- Is 'v' a query (or a result)?
function Q.is_query(v) return is_query(v) end
function Q.is_result(v) return getmetatable(v) == Result end

-- Query methods on results too: result:order_by(...), result:where(...).
for name, fn in pairs(Query) do
  if type(fn) == "function" and Result[name] == nil and not name:match("^__") then
    Result[name] = function(r, ...) return fn(Q.from(r), ...) end
  end
end

-- }======================================================================

return setmetatable(Q, { __call = function(_, src) return Q.from(src) end })
