--- ivlua.expr: the EXPR of 'ivlua query', compiled, run and written; what
-- 'ivlua query' and 'ivlua merge' share.
--
-- EXPR is a Lua expression evaluated with the corpus's facts, entities and
-- articles as queries (ivlua.query), the aggregates and key functions of
-- ivlua.query as globals, and 'corpus'. Under split (query --partial,
-- merge) 'corpus' cannot be read: a shard's corpus is not the whole one.
-- @module ivlua.expr

local ivlua = require "ivlua"
local Q = ivlua.query
local strict = require "ivlua.strict"

local E = {}

local EXPORTED = {
  "count", "sum", "avg", "min", "max", "distinct", "list", "first", "last", "reduce",
  "year", "month", "province_2025", "investor_country", "key",
  "gt", "ge", "lt", "le", "ne", "between", "like", "exists",
}

-- 'corpus' under split: any use is an error that says what to use instead.
local function unsplit_corpus()
  local function refuse()
    error("EXPR reads 'corpus' itself, which cannot be split over shards; use facts, entities and articles", 2)
  end
  return setmetatable({}, { __index = refuse, __len = refuse, __call = refuse, __pairs = refuse })
end

--- The environment EXPR runs in: the corpus's queries, then ivlua.query's
-- helpers, then the usual globals. 'corpus' is nil for a merge (which has
-- partials, not articles); 'split' says a shard's or a merge's.
function E.environment(corpus, split)
  local env = Q.bind(corpus or {})
  if split then env.corpus = unsplit_corpus() end
  for _, name in ipairs(EXPORTED) do env[name] = Q[name] end
  env.Q, env.ivlua = Q, ivlua
  return setmetatable(env, { __index = _G })
end

--- EXPR as a function of its environment, or nil and the syntax error.
function E.compile(text)
  return load("return " .. text, "=EXPR", "t")
end

--- Run the compiled EXPR over 'corpus': true and its value, or false and
-- the error with a traceback.
function E.run(chunk, corpus, split)
  debug.setupvalue(chunk, 1, E.environment(corpus, split))
  return xpcall(chunk, E.traceback)
end

--- An error's message with a traceback, except a misspelt name's
-- (ivlua.strict), which says all there is to say.
function E.traceback(err)
  if strict.is_mistake(err) then return err end
  return debug.traceback(err, 2)
end

-- Rows are written in the format; a list of plain values, one a line.
local function is_rows(v)
  if Q.is_query(v) or Q.is_result(v) or type(v) == "function" then return true end
  return type(v) == "table" and getmetatable(v) == nil and (v[1] == nil or type(v[1]) == "table")
end

--- Write EXPR's value to 'out' in 'format'. A query that merge rebuilds
-- from the rows of partials is read from there (its 'all').
function E.write(value, format, out)
  if Q.is_query(value) and value.is_local then value = value:all() end
  if is_rows(value) then
    ivlua.format.write(format, value, out)
  elseif type(value) == "table" and getmetatable(value) == nil then
    for _, v in ipairs(value) do out:write(ivlua.format.cell(v), "\n") end
  else
    out:write(tostring(value), "\n")
  end
end

--- In partial mode: read the value's rows, so that each split point of
-- the query records its part (those EXPR ran as it was evaluated already
-- have).
function E.drain(value)
  if Q.is_query(value) then value:all() end
end

return E
