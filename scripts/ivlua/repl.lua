--- ivlua.repl: what the REPL asks of Lua: completions for the word at the
-- cursor, values shown as tables, the ':' commands (:help), and a corpus
-- opened for exploring ('ivlua -i corpus/').
-- @module ivlua.repl

local R = {}

-- ivlua.query is loaded at its first use (init.lua); the REPL asks for it
-- now, so that 'ivlua.qu<Tab>' completes before any query was made
local _ = require("ivlua").query

local KEYWORDS = {
  "and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if",
  "in", "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while",
}

-- {======================================================================
-- Completion
-- =======================================================================

local function safe_index(v, k)
  local ok, r = pcall(function() return v[k] end)
  if ok then return r end
  return nil
end

-- Add the string keys of table 't' (and of its __index tables, as far as
-- they go) to 'names'; with 'only_functions', only keys whose value is a
-- function.
local function add_keys(names, t, only_functions, depth)
  if type(t) ~= "table" or depth > 4 then return end
  for k, v in pairs(t) do
    if type(k) == "string" and k:match("^[%a_][%w_]*$") and (not only_functions or type(v) == "function") then
      names[k] = true
    end
  end
  local mt = getmetatable(t)
  if type(mt) == "table" and type(rawget(mt, "__index")) == "table" then
    add_keys(names, mt.__index, only_functions, depth + 1)
  end
end

-- The names a value offers after '.' (fields) or ':' (methods). An ivlua
-- object in C (Article, Corpus) lists its methods and fields in its
-- metatable.
local function members(v, methods_only)
  local names = {}
  if type(v) == "table" then add_keys(names, v, methods_only, 0) end
  local mt = getmetatable(v)
  if type(mt) == "table" then
    if type(rawget(mt, "methods")) == "table" then add_keys(names, mt.methods, false, 0) end
    if not methods_only and type(rawget(mt, "fields")) == "table" then
      for _, f in ipairs(mt.fields) do names[f] = true end
    end
    if type(rawget(mt, "__index")) == "table" and type(v) ~= "table" then
      add_keys(names, mt.__index, methods_only, 0)
    end
  end
  if type(v) == "string" then add_keys(names, string, true, 0) end
  return names
end

--- The completions of 'word' (the text before the cursor back to the last
-- space or bracket): globals and keywords, or a chain of names such as
-- 'corpus:fa' or 'ivlua.query.su'. Each is the whole word, sorted.
function R.complete(word, env)
  env = env or _G
  local chain, sep, partial = word:match("^(.-)([.:])([%w_]*)$")
  local names
  if not sep then
    partial = word:match("[%w_]*$")
    chain = word:sub(1, #word - #partial)
    names = members(env, false)
    for _, k in ipairs(KEYWORDS) do names[k] = true end
    sep = ""
  else
    if not chain:match("^[%a_][%w_]*$") and not chain:match("^[%a_][%w_.]*[%w_]$") then return {} end
    local v = env
    for name in chain:gmatch("[^.]+") do
      v = safe_index(v, name)
      if v == nil then return {} end
    end
    names = members(v, sep == ":")
  end
  local out = {}
  for name in pairs(names) do
    if name:sub(1, #partial) == partial then out[#out + 1] = chain .. sep .. name end
  end
  table.sort(out)
  return out
end

-- }======================================================================

-- {======================================================================
-- Showing values
-- =======================================================================

local KEYWORD = {}
for _, k in ipairs(KEYWORDS) do KEYWORD[k] = true end

local MAX_DEPTH, MAX_ITEMS, LINE = 4, 100, 100

local function quote(s) return (string.format("%q", s):gsub("\\\n", "\\n")) end

local function has_tostring(v)
  local mt = getmetatable(v)
  return type(mt) == "table" and rawget(mt, "__tostring") ~= nil
end

local function scalar(v)
  local t = type(v)
  if t == "string" then return quote(v) end
  if math.type(v) == "float" then
    if v ~= v then return "0/0" end
    if v == math.huge then return "math.huge" end
    if v == -math.huge then return "-math.huge" end
    local s = tostring(v)
    if tonumber(s) ~= v then s = string.format("%.17g", v) end -- every digit, so it reads back
    return s
  end
  return tostring(v)
end

-- A table's entries as { key text or nil (in the list part), value }:
-- the list 1..#t, then the other keys, numbers before strings, sorted.
local function entries(t)
  local list, n = {}, rawlen(t)
  for i = 1, n do list[#list + 1] = { nil, rawget(t, i) } end
  local keys = {}
  for k in next, t do
    if not (math.type(k) == "integer" and k >= 1 and k <= n) then keys[#keys + 1] = k end
  end
  local order = { number = 1, string = 2 }
  table.sort(keys, function(a, b)
    local ta, tb = order[type(a)] or 3, order[type(b)] or 3
    if ta ~= tb then return ta < tb end
    if ta == 3 then return tostring(a) < tostring(b) end
    return a < b
  end)
  for _, k in ipairs(keys) do
    local key = type(k) == "string" and k:match("^[%a_][%w_]*$") and not KEYWORD[k] and k or "[" .. scalar(k) .. "]"
    list[#list + 1] = { key, rawget(t, k) }
  end
  return list
end

-- 'v' as a Lua constructor: nested tables to MAX_DEPTH, a table met again
-- on its own path (a cycle) or below that depth as {...}, at most
-- MAX_ITEMS entries a table; on one line when it fits in LINE columns
-- (less 'indent'), else one entry a line. Values with a __tostring
-- (entities, facts, articles) by it.
local function literal(v, indent, depth, path)
  if type(v) ~= "table" or has_tostring(v) then return scalar(v) end
  if path[v] or depth > MAX_DEPTH then return "{...}" end
  path[v] = true
  local items = {}
  for i, e in ipairs(entries(v)) do
    if i > MAX_ITEMS then
      items[#items + 1] = "..."
      break
    end
    local value = literal(e[2], indent + 2, depth + 1, path)
    items[#items + 1] = e[1] and e[1] .. " = " .. value or value
  end
  path[v] = nil
  if #items == 0 then return "{}" end
  local one = "{ " .. table.concat(items, ", ") .. " }"
  if indent + #one <= LINE and not one:find("\n") then return one end
  local pad = string.rep(" ", indent + 2)
  return "{\n" .. pad .. table.concat(items, ",\n" .. pad) .. "\n" .. string.rep(" ", indent) .. "}"
end

--- A value as a Lua constructor (nested tables to a depth; cycles and
-- deeper tables shown as {...}).
function R.literal(v) return literal(v, 0, 1, {}) end

-- A cell the text table can show: a scalar or a list of scalars.
local function cell_value(v)
  local t = type(v)
  if t == "string" or t == "number" or t == "boolean" then return true end
  if t ~= "table" or getmetatable(v) ~= nil then return false end
  local n = rawlen(v)
  for k, x in next, v do
    if math.type(k) ~= "integer" or k < 1 or k > n or (type(x) ~= "string" and type(x) ~= "number") then return false end
  end
  return true
end

-- A list whose items are all rows: records (string keys), lists, or
-- entities and facts, with nothing else in it and every value a cell.
-- Returns the rows as records (a list's items as columns "[1]", "[2]"...)
-- and their columns, or nil.
local function as_rows(t)
  if getmetatable(t) ~= nil then return nil end
  local n = rawlen(t)
  if n == 0 then return nil end
  for k in next, t do
    if math.type(k) ~= "integer" or k < 1 or k > n then return nil end
  end
  local core = require "ivlua.core"
  local rows, width, objects = {}, 0, {}
  for i = 1, n do
    local row = t[i]
    if type(row) ~= "table" then return nil end
    local mt = getmetatable(row)
    if mt == core.Entity or mt == core.Fact then
      rows[i], objects[#objects + 1] = row, row
    elseif mt ~= nil then
      return nil
    else
      local record = {}
      for k, v in next, row do
        if not cell_value(v) then return nil end
        if math.type(k) == "integer" and k >= 1 then
          if k > width then width = k end
          record["[" .. k .. "]"] = v
        elseif type(k) == "string" then
          record[k] = v
        else
          return nil
        end
      end
      rows[i] = record
    end
  end
  if width > 50 then return nil end
  local columns = {}
  for k = 1, width do columns[k] = "[" .. k .. "]" end
  local named = require("ivlua.query").columns_of(rows)
  for _, c in ipairs(named) do
    if not c:match("^%[%d+%]$") then columns[#columns + 1] = c end
  end
  if #columns == 0 then return nil end
  return rows, columns
end

--- A value as the REPL shows it: queries, results and lists of rows
-- (records, lists, entities or facts) as aligned text tables, other tables
-- as Lua constructors, the rest by tostring.
function R.show(v)
  local Q, F = require "ivlua.query", require "ivlua.format"
  if Q.is_query(v) or Q.is_result(v) then
    return (F.render("text", v):gsub("\n$", ""))
  end
  if type(v) == "string" then return v end
  if type(v) == "table" and not has_tostring(v) then
    local rows, columns = as_rows(v)
    if rows then return (F.render("text", rows, { columns = columns }):gsub("\n$", "")) end
    return R.literal(v)
  end
  return tostring(v)
end

--- Print the values a line returned, as show() makes them.
function R.print(...)
  local n = select("#", ...)
  local parts = {}
  for i = 1, n do parts[i] = R.show((select(i, ...))) end
  io.stdout:write(table.concat(parts, "\t"), "\n")
  io.stdout:flush()
end

-- }======================================================================

-- {======================================================================
-- Commands
-- =======================================================================

R.HELP = {
  [""] = [[
ivlua: a Lua 5.4 REPL with the ivlua module loaded as 'ivlua'.
Type Lua; an expression's value is shown (queries as tables). Tab completes
names, fields and methods: corpus:<Tab>, ivlua.query.<Tab>.

  c = ivlua.load("corpus/")             load articles (a file, a directory, -)
  c:facts{type="investment"}            iterate facts; c:entities{type=}, c:articles()
  Q = ivlua.query                       queries: Q.facts(c), Q.entities(c), Q.articles(c)
  Q.facts(c, {type="investment"}):usd_by("flow", "target"):order_by("-usd")   US$, flows only

With 'ivlua -i corpus/' the corpus is 'corpus', and facts, entities and
articles are queries over it:  facts{type="agreement"}:select("date","parties")

Topics: :help query, :help aggregates, :help format, :help corpus,
        :help rules, :help facts.   Leave with Ctrl-D or os.exit().]],
  query = [[
Queries (ivlua.query, lazy: nothing is read until the rows are asked for)
  Q.facts(c [, filter])  Q.entities(c [, filter])  Q.articles(c)  Q.from(rows|iterator)
  q:where{field=value | {v1, v2} | test}   q(filter) is the same; q:where(function(row) ... end)
  q:select("a", "b", {name = "field" | function(row) ... end})
  q:group_by(key..., {name = aggregate, ...})   keys: "field", "article.date", Q.year("as_of"),
                                                Q.month(f), Q.province_2025(f), Q.investor_country(),
                                                Q.key(name, fn)
  q:usd_by("flow" | "stock", key...)   US$ totals of one basis, with what they left out
  q:having(filter)  q:order_by("a", "-b")  q:limit(n [, offset])  q:map(fn)
  q:join(other, "doc" | {left, right}, {prefix = "x_", left = true})
  q:all() q:rows() q:count() q:first() q:column(key) q:print([format]) q:write(format, dest)
  tests: Q.gt Q.ge Q.lt Q.le Q.ne Q.between Q.like Q.exists]],
  aggregates = [[
Aggregates (for group_by and aggregate), each of a field:
  Q.count([f])  Q.sum(f)  Q.avg(f)  Q.min(f)  Q.max(f)  Q.first(f)  Q.last(f)
  Q.distinct(f) (sorted values; a list field gives its items)  Q.list(f)
  Q.reduce(function(rows) ... end)
  q:aggregate{n = Q.count(), usd = Q.sum("usd")}   one row over all rows
Over investment facts, sum and avg refuse to add flows to stocks (filter or group on
basis), stocks of different years, or amounts in different currencies (sum usd).
  Q.usd(basis)  Q.unconverted(basis)  Q.estimated(basis)  Q.other_basis(basis)
  Q.usd_note(rows, basis): the sentence saying what a US$ total left out]],
  format = [[
Formats: jsonl json csv tsv markdown text html sqlite, and yours
  q:print("markdown")   q:write("csv", "out.csv")   ivlua.format.render("json", q)
  q:write("sqlite", "out.db"): a database (to a file only), read with ivlua.sqlite.open
  ivlua.format.register("org", function(out, rows, columns, opts) ... end)
  or a file formats/NAME.lua on IVLUA_PATH returning such a writer;
  then: ivlua query ... --format org, ivlua extract --format org]],
  corpus = [[
ivlua.load(path, ...) -> corpus;  ivlua.each(path, ..., on_error) streams articles
corpus: #corpus, corpus[i], corpus.errors, corpus:articles(), corpus:entities{type=},
        corpus:facts{type=}
article: doc path title date time dateline source captions paragraphs sentences bytes
         article:entities([type]) article:facts([type]) article:slice(s, e) article:jsonl()
entity: type text start end doc article, and its type's fields (value, currency, name, ...)]],
  rules = [[
ivlua.rule{name=, type=, pattern="PCRE2 with {number} {magnitude} ...", fields=, normalize=fn}
ivlua.rules()  ivlua.gazetteer.add(type, {name=, alts=})  ivlua.gazetteer.load(file.tsv)
ivlua.gazetteer.lookup(name)   (rules apply to articles loaded after them)]],
  facts = [[
Facts: investment (investor target amount currency amount_usd projects share_percent rank
as_of basis investor_country usd usd_rate usd_rate_year), agreement (parties date sectors), partnership (parties since); f.mentions.
ivlua.fact{name=, type=, link=function(sentence) return {field=...} end}]],
}

--- A ':' line: ":help [topic]". Returns the text to print.
function R.command(line)
  local name, arg = line:match("^:(%a*)%s*(.-)%s*$")
  if name == "help" or name == "h" or name == "" then
    local topic = (arg or ""):gsub("^ivlua%.", ""):gsub("^query%.", "query")
    local text = R.HELP[topic]
    if not text then return "no help on '" .. arg .. "'; topics: query, aggregates, format, corpus, rules, facts" end
    return text
  end
  return "unknown command ':" .. tostring(name) .. "' (try :help)"
end

-- }======================================================================

--- Load the paths as 'corpus' and make facts, entities and articles
-- queries over it, in 'env' (the globals).
function R.open_corpus(paths, env)
  env = env or _G
  local ivlua = require "ivlua"
  local corpus = ivlua.load(table.unpack(paths))
  for _, msg in ipairs(corpus.errors) do io.stderr:write("ivlua: ", msg, "\n") end
  for k, v in pairs(ivlua.query.bind(corpus)) do env[k] = v end
  env.Q = ivlua.query
  io.stdout:write("corpus: ", tostring(corpus), "\n",
    "facts, entities, articles: queries over it; Q = ivlua.query\n")
  return corpus
end

return R
