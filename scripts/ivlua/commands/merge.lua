--- ivlua merge: the partial results of one query over the shards of a
-- corpus (ivlua query --partial), merged into the result a single run over
-- the whole corpus gives, in any format; or (--partial) into one partial
-- that merges again.
--
--     ivlua merge -f csv shard-*.jsonl

local ivlua = require "ivlua"
local cli = require "ivlua.cli"
local expr = require "ivlua.expr"
local partial = require "ivlua.partial"
local Q = ivlua.query

local USAGE = [[
usage: ivlua merge [options] PARTIAL...
  -f, --format NAME  text (the default), jsonl, json, csv, tsv, markdown,
                     html, sqlite (needs -o), or a format of yours
  -o, --output FILE  write to FILE (atomically) instead of standard output
  --partial          write the merged partial (JSON Lines), which merges again
  --load FILE        run the Lua FILE first (formats, functions EXPR uses)
  -h, --help         show this help
A PARTIAL is a file written by 'ivlua query --partial' or 'ivlua merge
--partial' (several may be concatenated in one), or - for standard input.
The output is what 'ivlua query' prints over all the shards' articles.]]

local cmd = cli.command("merge", USAGE, cli.reading({ partial = "flag" }), cli.SHORT)
local opts, rest = cmd.parse({ ... })
if #rest == 0 then cmd.fail("no PARTIAL given") end
if opts.partial and opts.format then cmd.fail("--partial writes JSON Lines: give the format to the last merge") end
cmd.setup(opts)
local format = cmd.format(opts, "text")

local merger = partial.merger()
local ok, merged = pcall(function()
  for _, path in ipairs(rest) do merger:add_file(path) end
  return merger:result()
end)
if not ok then cmd.die(tostring(merged), 1) end

if opts.partial then
  cmd.output(opts, function(out) partial.write(out, merged, merged.parts) end)
  if #merged.errors > 0 then os.exit(1, true) end
  return
end

-- As 'ivlua query' does: the articles that could not be read (and, when no
-- shard had any article, where there was none), then the result.
if merged.articles == 0 and #merged.empty > 0 then
  merged.errors[#merged.errors + 1] = "no article in " .. table.concat(merged.empty, ", ")
end
for _, msg in ipairs(merged.errors) do io.stderr:write("ivlua: ", msg, "\n") end
if merged.articles == 0 and #merged.errors > 0 then cmd.die("no article could be read", 1) end

local chunk, err = expr.compile(merged.expr)
if not chunk then cmd.die("the partials' EXPR: " .. err, 1) end
Q.split("merge", merged.parts)
local value
ok, value = expr.run(chunk, nil, true)
if not ok then cmd.die(tostring(value), 1) end
cmd.output(opts, function(out) expr.write(value, format, out) end)
Q.split(nil)
if #merged.errors > 0 then os.exit(1, true) end
