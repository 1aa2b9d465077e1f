--- ivlua extract: print the entities and facts of articles, as the spec's
-- JSON Lines or in any other format.
--
--     ivlua extract [--format NAME] [-o FILE] [--load FILE]... [--gazetteer FILE]... PATH...
--
-- PATH is a file (*.txt one article, *.jsonl one a line, either maybe
-- gzip), a directory (its *.txt files, recursively, sorted by name; its
-- JSON Lines files with --input jsonl) or '-' for standard input. Articles
-- are read one at a time and every format streams: the table formats
-- (csv, tsv, markdown, text, html) take their columns from the types'
-- fields (ivlua.columns()), not from the rows. Files that cannot be read
-- are reported on stderr and skipped; the exit status is then 1, as it is
-- when a user rule returned fields it did not declare (they are not in a
-- table's columns).

local ivlua = require "ivlua"
local cli = require "ivlua.cli"

local USAGE = [[
usage: ivlua extract [options] PATH...
  -f, --format NAME  output format: jsonl (the default, the spec's shape),
                     json, csv, tsv, markdown, text, html, sqlite (a
                     database: needs -o), or one of yours
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
  if not cli.is_warning(msg) then failures = failures + 1 end
  io.stderr:write("ivlua: ", msg, "\n")
end

-- "type.field" for every field of the schema, as a set.
local function declared_fields()
  local set = {}
  for _, t in ipairs(ivlua.schema()) do
    for _, f in ipairs(t.fields) do set[t.type .. "." .. f] = true end
  end
  return set
end

-- The fields a user rule returned without declaring them, after the
-- columns were written (so not in the output), as "type.field" in order.
local function late_fields(before)
  local late = {}
  for name in pairs(declared_fields()) do
    if not before[name] then late[#late + 1] = name end
  end
  table.sort(late)
  return late
end

local before = declared_fields()
cmd.output(opts, function(out)
  local fmt = ivlua.format.get(format)
  if format == "jsonl" then -- the C writer: the spec's key order, and fast
    -- the lines gathered and written in pieces of 64 KB, not copied through
    -- the file's buffer (nothing else writes to it meanwhile); closed, it
    -- writes what it holds should the loop fail
    local lines <close> = require("ivlua.core").jsonl_writer(out.file)
    for article in ivlua.each(table.unpack(each_args)) do out:check(lines:write(article)) end
    out:check(lines:flush())
  elseif fmt.lines and out.file then -- csv and tsv: each article's lines made in C
    fmt.lines(out, ivlua.each(table.unpack(each_args)), ivlua.columns())
  elseif fmt.articles then -- sqlite: the articles too
    ivlua.format.write(format, ivlua.each(table.unpack(each_args)), out, { columns = ivlua.columns() })
  else
    -- the columns come from the types' fields, so every format streams
    ivlua.format.write(format, ivlua.rows(table.unpack(each_args)), out, { columns = ivlua.columns(), chart = false })
  end
end)
local late = format ~= "jsonl" and late_fields(before) or {}
if #late > 0 then
  failures = failures + 1
  io.stderr:write("ivlua: fields that no rule declared are not in the ", format, " columns: ",
    table.concat(late, ", "), " (declare them: ivlua.rule{..., returns = {...}} or ivlua.fact{..., returns = {...}})\n")
end
if failures > 0 then os.exit(1, true) end
