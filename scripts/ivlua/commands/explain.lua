--- ivlua explain: why each fact exists. For every fact of the articles
-- given (or the Nth of a file, FILE:N), the sentence with the mentions it
-- was linked from marked by their role, the frame that made it (its
-- 'rule') and its fields.
--
--     ivlua explain examples/corpus/vinh-phuc-japan.txt:2
--     ivlua explain --type investment --rule invest.ranked examples/corpus

local ivlua = require "ivlua"
local cli = require "ivlua.cli"
local explain = require "ivlua.explain"

local USAGE = [[
usage: ivlua explain [options] PATH[:N]...
  --type TYPE        only facts of this type (investment, agreement, partnership)
  --rule FRAME       only facts made by this frame or fact rule (invest.figure, ...)
  -o, --output FILE  write to FILE (atomically) instead of standard output
  --load FILE        run the Lua FILE first (rules, fact rules)
  --gazetteer FILE   add the names of a TSV file
  -j, --jobs N       extract N articles at once (default: one per core)
]] .. cli.READING_USAGE .. "\n" .. [[  -h, --help         show this help
PATH is a file, a directory or -; FILE:N explains the Nth fact of FILE only.]]

local cmd = cli.command("explain", USAGE, cli.reading({ type = "value", rule = "value" }), cli.SHORT)
local opts, paths = cmd.parse({ ... })
if #paths == 0 then cmd.fail("no PATH given") end
cmd.setup(opts)

local wanted = {} -- path -> N
for i, p in ipairs(paths) do
  local file, n = p:match("^(.*):(%d+)$")
  if file then paths[i], wanted[file] = file, tonumber(n) end
end

local corpus, failures = cmd.load(paths)
-- a misspelt type is an error naming the known ones, not "no fact" (ivlua.strict)
if opts.type then
  local _, types = require("ivlua.strict").schema("facts")
  local ok, err = pcall(require("ivlua.strict").check_types, types, opts.type)
  if not ok then cmd.fail("--type: " .. err) end
end
local shown = 0
-- written as the other commands write: -o FILE, and a failed write is one line
cmd.output(opts, function(out)
  for _, a in ipairs(corpus) do
    local n = wanted[a.path]
    local k = 0
    for f in a:facts() do
      k = k + 1
      if (not n or n == k) and (not opts.type or f.type == opts.type) and (not opts.rule or f.rule == opts.rule) then
        if shown > 0 then out:write("\n") end
        out:write(explain.explain(f), "\n")
        shown = shown + 1
      end
    end
    if n and n > k then
      cmd.die(string.format("%s has %d fact%s, not %d", a.path, k, k == 1 and "" or "s", n), 2)
    end
  end
end)
os.exit(failures > 0 and 1 or 0)
