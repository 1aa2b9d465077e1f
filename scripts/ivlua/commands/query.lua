--- ivlua query: a one-line query from the shell.
--
--     ivlua query 'facts{type="investment"}:usd_by("flow", "target"):order_by("-usd")' corpus/
--
-- EXPR is a Lua expression evaluated with the corpus's facts, entities and
-- articles as queries (ivlua.query), the aggregates and key functions of
-- ivlua.query as globals (count, sum, avg, min, max, distinct, list, first,
-- last, year, month, province_2025, investor_country, gt, ge, lt, le, ne,
-- between, like), and
-- 'corpus'. A query or a table is written in the format asked (an aligned
-- text table by default); any other value is printed.

local ivlua = require "ivlua"
local cli = require "ivlua.cli"
local Q = ivlua.query

local USAGE = [[
usage: ivlua query [options] EXPR PATH...
  -f, --format NAME  text (the default), jsonl, json, csv, tsv, markdown,
                     html, or a format of yours
  -o, --output FILE  write to FILE (atomically) instead of standard output
  --load FILE        run the Lua FILE first (rules, fact rules, formats)
  --gazetteer FILE   add the names of a TSV file
  -j, --jobs N       extract N articles at once (default: one per core)
]] .. cli.READING_USAGE .. "\n" .. [[  -h, --help         show this help
EXPR is a Lua expression over 'facts', 'entities' and 'articles', e.g.
  'facts{type="investment"}:usd_by("flow", "investor"):order_by("-usd"):limit(10)'
  'entities{type="sector"}:group_by("name"):order_by("-count")'
  'articles:select("doc", "date", "title")']]

local EXPORTED = {
  "count", "sum", "avg", "min", "max", "distinct", "list", "first", "last", "reduce",
  "year", "month", "province_2025", "investor_country", "key",
  "gt", "ge", "lt", "le", "ne", "between", "like", "exists",
}

--- The environment EXPR runs in: the corpus's queries, then ivlua.query's
-- helpers, then the usual globals.
local function environment(corpus)
  local env = Q.bind(corpus)
  for _, name in ipairs(EXPORTED) do env[name] = Q[name] end
  env.Q, env.ivlua = Q, ivlua
  return setmetatable(env, { __index = _G })
end

local cmd = cli.command("query", USAGE, cli.reading(), cli.SHORT)
local opts, rest = cmd.parse({ ... })
local expr = table.remove(rest, 1) or cmd.fail("no EXPR given")
cmd.setup(opts)
local format = cmd.format(opts, "text")

local chunk, err = load("return " .. expr, "=EXPR", "t")
if not chunk then cmd.fail(err) end
local corpus, failures = cmd.load(rest)
debug.setupvalue(chunk, 1, environment(corpus))

local ok, value = xpcall(chunk, debug.traceback)
if not ok then cmd.die(tostring(value), 1) end

-- Rows are written in the format; a list of plain values, one a line.
local function is_rows(v)
  if Q.is_query(v) or Q.is_result(v) or type(v) == "function" then return true end
  return type(v) == "table" and getmetatable(v) == nil and (v[1] == nil or type(v[1]) == "table")
end

cmd.output(opts, function(out)
  if is_rows(value) then
    ivlua.format.write(format, value, out)
  elseif type(value) == "table" and getmetatable(value) == nil then
    for _, v in ipairs(value) do out:write(ivlua.format.cell(v), "\n") end
  else
    out:write(tostring(value), "\n")
  end
end)
if failures > 0 then os.exit(1, true) end
