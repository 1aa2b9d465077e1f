--- ivlua.repl: what the REPL asks of Lua: completions for the word at the
-- cursor, values shown as tables, the ':' commands (:help), and a corpus
-- opened for exploring ('ivlua -i corpus/').
-- @module ivlua.repl

local R = {}

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

-- A row is a plain table, an entity or a fact.
local function is_row(v)
  if type(v) ~= "table" then return false end
  local mt, core = getmetatable(v), require "ivlua.core"
  return mt == nil or mt == core.Entity or mt == core.Fact
end

local function is_rows(t)
  if type(t) ~= "table" or getmetatable(t) ~= nil or #t == 0 then return false end
  for i = 1, #t do
    if not is_row(t[i]) then return false end
  end
  return true
end

local function quote(s) return string.format("%q", s):gsub("\\\n", "\\n") end

-- A plain table as a Lua constructor, one level deep, keys sorted.
local function table_text(t)
  local parts, n = {}, #t
  for i = 1, n do
    local v = t[i]
    parts[#parts + 1] = type(v) == "string" and quote(v) or tostring(v)
  end
  local keys = {}
  for k in pairs(t) do
    if not (math.type(k) == "integer" and k >= 1 and k <= n) then keys[#keys + 1] = k end
  end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  for _, k in ipairs(keys) do
    local v = t[k]
    local key = type(k) == "string" and k:match("^[%a_][%w_]*$") and k or "[" .. (type(k) == "string" and quote(k) or tostring(k)) .. "]"
    local value = type(v) == "string" and quote(v) or tostring(v)
    if type(v) == "table" and getmetatable(v) == nil then
      value = "{" .. (#v > 0 and "…" .. #v or next(v) and "…" or "") .. "}"
    end
    parts[#parts + 1] = key .. " = " .. value
  end
  return "{ " .. table.concat(parts, ", ") .. " }"
end

--- A value as the REPL shows it: queries, results and lists of rows as
-- aligned tables, other plain tables as constructors, the rest by tostring.
function R.show(v)
  local Q = require "ivlua.query"
  if Q.is_query(v) or Q.is_result(v) or is_rows(v) then
    return (require("ivlua.format").render("text", v):gsub("\n$", ""))
  end
  if type(v) == "string" then return v end
  if type(v) == "table" and getmetatable(v) == nil then return table_text(v) end
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
    "facts, entities, articles: queries over it; Q = ivlua.query; :help for more\n")
  return corpus
end

return R
