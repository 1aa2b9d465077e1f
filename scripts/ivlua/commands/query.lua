--- ivlua query: a one-line query from the shell.
--
--     ivlua query 'facts{type="investment"}:usd_by("flow", "target"):order_by("-usd")' corpus/
--
-- EXPR is a Lua expression (see ivlua.expr). A query or a table is written
-- in the format asked (an aligned text table by default); any other value
-- is printed. With --partial the query runs over one shard of a corpus and
-- writes what 'ivlua merge' needs to give the result over all the shards
-- (ivlua.partial).

local ivlua = require "ivlua"
local cli = require "ivlua.cli"
local expr = require "ivlua.expr"
local partial = require "ivlua.partial"
local Q = ivlua.query

local USAGE = [[
usage: ivlua query [options] EXPR PATH...
  -f, --format NAME  text (the default), jsonl, json, csv, tsv, markdown,
                     html, sqlite (needs -o), or a format of yours
  -o, --output FILE  write to FILE (atomically) instead of standard output
  --partial          write the partial result of these PATHs (one shard of
                     a corpus) as JSON Lines, for 'ivlua merge'
  --load FILE        run the Lua FILE first (rules, fact rules, formats)
  --gazetteer FILE   add the names of a TSV file
  -j, --jobs N       extract N articles at once (default: one per core)
]] .. cli.READING_USAGE .. "\n" .. [[  -h, --help         show this help
EXPR is a Lua expression over 'facts', 'entities' and 'articles', e.g.
  'facts{type="investment"}:usd_by("flow", "investor"):order_by("-usd"):limit(10)'
  'entities{type="sector"}:group_by("name"):order_by("-count")'
  'articles:select("doc", "date", "title")']]

local cmd = cli.command("query", USAGE, cli.reading({ partial = "flag" }), cli.SHORT)
local opts, rest = cmd.parse({ ... })
local text = table.remove(rest, 1) or cmd.fail("no EXPR given")
if opts.partial and opts.format then cmd.fail("--partial writes JSON Lines: give the format to 'ivlua merge'") end
cmd.setup(opts)
local format = cmd.format(opts, "text")

local chunk, err = expr.compile(text)
if not chunk then cmd.fail(err) end

-- The signature of a partial: EXPR and the files that change what is
-- extracted or how EXPR reads.
local function signature()
  local files = {}
  for _, f in ipairs(opts.load) do files[#files + 1] = f end
  for _, f in ipairs(opts.gazetteer) do files[#files + 1] = f end
  local ok, sig = pcall(partial.signature, text, files)
  if not ok then cmd.die(sig) end
  return sig
end

-- What names a shard's articles: their paths, and their ids (the records
-- of a JSON Lines file or of standard input share a path or have none).
local function article_paths(corpus)
  local paths = {}
  for a in corpus:articles() do paths[#paths + 1] = tostring(a.path) .. "\0" .. tostring(a.doc) end
  return paths
end

if opts.partial then Q.split("partial") end
local corpus, failures = cmd.load(rest, opts.partial)
local ok, value = expr.run(chunk, corpus, opts.partial)
if ok and opts.partial then ok, value = xpcall(expr.drain, expr.traceback, value) end
if not ok then cmd.die(tostring(value), 1) end

-- A shard with no article is no failure of the whole run (other shards may
-- have some): its "no article in PATH" goes apart, for merge to say when
-- no shard had any.
local function shard_errors(errors)
  local real, empty = {}, {}
  for _, e in ipairs(errors) do
    local paths = e:match("^no article in (.*)$")
    if paths then empty[#empty + 1] = paths elseif not cli.is_warning(e) then real[#real + 1] = e end
  end
  return real, empty
end

if opts.partial then
  local parts = Q.split(nil)
  local errors, empty = shard_errors(corpus.errors)
  failures = #errors
  local head = { sig = signature(), expr = text, articles = #corpus, errors = errors, empty = empty,
    shards = { partial.shard_id(article_paths(corpus)) } }
  cmd.output(opts, function(out) partial.write(out, head, parts) end)
else
  cmd.output(opts, function(out) expr.write(value, format, out) end)
end
if failures > 0 then os.exit(1, true) end
