--- ivlua extract: print the entities and facts of articles, as the spec's
-- JSON Lines.
--
--     ivlua extract [--format jsonl] [--rules FILE]... [--gazetteer FILE]... PATH...
--
-- PATH is a file, a directory (its *.txt files, recursively, sorted by
-- name) or '-' for standard input. Articles are read one at a time, so a
-- corpus larger than memory streams through. Files that cannot be read are
-- reported on stderr and skipped; the exit status is then 1. A rules file
-- is a Lua script that adds rules with ivlua.rule{...} or fact rules with
-- ivlua.fact{...}; it runs before the first article is read. A gazetteer
-- file is a TSV of names (docs/gazetteers.md) added to the built-in ones.

local ivlua = require "ivlua"

local USAGE = [[
usage: ivlua extract [--format jsonl] [--rules FILE]... [--gazetteer FILE]... PATH...
  --format NAME      output format (jsonl)
  --rules FILE       run the Lua FILE first (it adds rules with ivlua.rule,
                     fact rules with ivlua.fact)
  --gazetteer FILE   add the names of a TSV file (docs/gazetteers.md)
  -h, --help      show this help
PATH is a file, a directory (its *.txt files, recursive) or - for stdin.]]

local FORMATS = { jsonl = true }

local function fail(msg)
  io.stderr:write("ivlua extract: ", msg, "\n", USAGE, "\n")
  os.exit(2, true)
end

local function parse(args)
  local opts, paths, i = { format = "jsonl", rules = {}, gazetteers = {} }, {}, 1
  while i <= #args do
    local a = args[i]
    if a == "-h" or a == "--help" then
      print(USAGE)
      os.exit(0, true)
    elseif a == "--format" then
      opts.format = args[i + 1] or fail("--format needs a name")
      i = i + 1
    elseif a:match("^%-%-format=") then
      opts.format = a:sub(10)
    elseif a == "--rules" then
      opts.rules[#opts.rules + 1] = args[i + 1] or fail("--rules needs a file")
      i = i + 1
    elseif a:match("^%-%-rules=") then
      opts.rules[#opts.rules + 1] = a:sub(9)
    elseif a == "--gazetteer" then
      opts.gazetteers[#opts.gazetteers + 1] = args[i + 1] or fail("--gazetteer needs a file")
      i = i + 1
    elseif a:match("^%-%-gazetteer=") then
      opts.gazetteers[#opts.gazetteers + 1] = a:sub(13)
    elseif a == "--" then
      table.move(args, i + 1, #args, #paths + 1, paths)
      break
    elseif a:match("^%-.") then
      fail("unknown option '" .. a .. "'")
    else
      paths[#paths + 1] = a
    end
    i = i + 1
  end
  if not FORMATS[opts.format] then fail("unknown format '" .. opts.format .. "'") end
  if #paths == 0 then fail("no PATH given") end
  return opts, paths
end

local opts, paths = parse({ ... })
for _, file in ipairs(opts.rules) do
  local chunk, err = loadfile(file)
  if not chunk then
    io.stderr:write("ivlua extract: ", err, "\n")
    os.exit(2, true)
  end
  local ok, msg = pcall(chunk)
  if not ok then
    io.stderr:write("ivlua extract: ", file, ": ", tostring(msg), "\n")
    os.exit(2, true)
  end
end
for _, file in ipairs(opts.gazetteers) do
  local ok, err = ivlua.gazetteer.load(file)
  if not ok then
    io.stderr:write("ivlua extract: ", err, "\n")
    os.exit(2, true)
  end
end
local failures = 0
paths[#paths + 1] = function(msg)
  failures = failures + 1
  io.stderr:write("ivlua: ", msg, "\n")
end

for article in ivlua.each(table.unpack(paths)) do
  assert(article:write_jsonl(io.stdout))
end
io.stdout:flush()
if failures > 0 then os.exit(1, true) end
