--- ivlua extract: print the entities and facts of articles, as the spec's
-- JSON Lines or in any other format.
--
--     ivlua extract [--format NAME] [-o FILE] [--load FILE]... [--gazetteer FILE]... PATH...
--
-- PATH is a file (*.txt one article, *.jsonl one a line, either maybe
-- gzip), a directory (its *.txt files, recursively, sorted by name; its
-- JSON Lines files with --input jsonl) or '-' for standard input. Articles
-- are read one at a time, so a
-- corpus larger than memory streams through in jsonl, json and any format
-- registered with stream = true; the table formats (csv, tsv, markdown,
-- text, html) hold the rows to learn their columns. Files that cannot be
-- read are reported on stderr and skipped; the exit status is then 1.

local ivlua = require "ivlua"
local cli = require "ivlua.cli"

local USAGE = [[
usage: ivlua extract [options] PATH...
  -f, --format NAME  output format: jsonl (the default, the spec's shape),
                     json, csv, tsv, markdown, text, html, or one of yours
  -o, --output FILE  write to FILE (atomically) instead of standard output
  --load FILE        run the Lua FILE first: it may add rules (ivlua.rule),
                     fact rules (ivlua.fact) or formats (ivlua.format.register);
                     --rules FILE is the same
  --gazetteer FILE   add the names of a TSV file (docs/gazetteers.md)
  -j, --jobs N       extract N articles at once (default: one per core); the
                     output is the same whatever N
]] .. cli.READING_USAGE .. "\n" .. [[  -h, --help         show this help
PATH is a file (*.txt: one article, *.jsonl: one a line, either maybe
gzip), a directory (its *.txt files, recursive) or - for stdin.]]

local cmd = cli.command("extract", USAGE, cli.reading(), cli.SHORT)
local opts, paths = cmd.parse({ ... })
if #paths == 0 then cmd.fail("no PATH given") end
cmd.setup(opts)
local format = cmd.format(opts, "jsonl")

local failures = 0
-- ivlua.each's arguments: the paths, the reading options, the error handler
local each_args = table.move(paths, 1, #paths, 1, {})
each_args[#each_args + 1] = cmd.reading
each_args[#each_args + 1] = function(msg)
  failures = failures + 1
  io.stderr:write("ivlua: ", msg, "\n")
end

-- A record's exported fields only: a held row must not keep its article
-- (and so the article's text and store) alive.
local function exported(r)
  local row = {}
  for k, v in pairs(r) do
    if k ~= "article" and k ~= "mentions" then row[k] = v end
  end
  return row
end

-- Each article's entities and facts in document order, as rows; a fact
-- comes after the mentions that start where it starts, as in the C export.
local function records()
  local next_article = ivlua.each(table.unpack(each_args))
  local pending, i = {}, 0
  return function()
    while i >= #pending do
      local a = next_article()
      if a == nil then return nil end
      pending, i = {}, 0
      for e in a:entities() do pending[#pending + 1] = { r = e, kind = 0 } end
      for f in a:facts() do pending[#pending + 1] = { r = f, kind = 1 } end
      for n, p in ipairs(pending) do p.n = n end
      table.sort(pending, function(x, y)
        if x.r.start ~= y.r.start then return x.r.start < y.r.start end
        if x.kind ~= y.kind then return x.kind < y.kind end
        return x.n < y.n
      end)
    end
    i = i + 1
    return exported(pending[i].r)
  end
end

cmd.output(opts, function(out)
  if format == "jsonl" then -- the C writer: the spec's key order, and fast
    for article in ivlua.each(table.unpack(each_args)) do assert(article:write_jsonl(out)) end
  else
    ivlua.format.write(format, records(), out)
  end
end)
if failures > 0 then os.exit(1, true) end
