--- ivlua.format: rows written as jsonl, json, csv, tsv, markdown, html or
-- an aligned text table, an SQLite database (sqlite, to a path only), and
-- formats of your own.
--
--     ivlua.format.write("csv", query, "out.csv")        -- atomic
--     ivlua.format.register("org", function(out, rows, columns, opts) ... end)
--
-- A writer is called as writer(out, rows, columns, opts): 'out' has
-- out:write(...), 'rows' is an iterator over row tables, 'columns' the
-- column names in order. When the columns are known (opts.columns, or a
-- query that knows them, or ivlua.columns() for 'ivlua extract') every
-- writer is given the rows as they come; otherwise a writer registered as a
-- table { write = fn, stream = true } still is (with columns nil), and the
-- others get all the rows with the columns inferred from them. The built-in
-- writers stream what they are given: csv, tsv, jsonl and json row by row;
-- markdown and text lay out their columns from the first opts.window (1000)
-- rows, html with no chart (opts.chart = false) likewise for its number
-- columns. A format not registered is looked for as formats/NAME.lua on the
-- module path (IVLUA_PATH), which returns the writer.
-- @module ivlua.format

local core = require "ivlua.core"
local json = core.json

local F = {}
local registry = {}

-- {======================================================================
-- Cells
-- =======================================================================

--- A value as one cell's text: numbers without a trailing .0 (in the
-- fewest digits that read back the same), lists joined with ", ", nil as
-- the empty string (in C: src/lua/l_rows.c, with the csv and tsv lines).
F.cell = core.cell

--- A row as one "csv" or "tsv" line, without its end (core.line, in C).
F.line = core.line

--- A number for display: thousands separators (3,100,000,000), and a
-- fraction cut to two decimals (four significant digits below 1).
function F.grouped(v)
  local s = F.cell(v)
  if math.type(v) == "float" and v ~= math.floor(v) and v == v and math.abs(v) < 1e15 then
    s = math.abs(v) >= 1 and string.format("%.2f", v):gsub("0$", "") or string.format("%.4g", v)
  end
  local sign, int, rest = s:match("^(-?)(%d+)(.*)$")
  if not int or #int <= 4 or rest:find("[eE]") then return s end
  int = int:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", "")
  return sign .. int .. rest
end

local function display(v)
  if type(v) == "number" then return F.grouped(v) end
  return F.cell(v)
end

--- The note to print under a table: opts.note, a string or a function
-- called once the rows are read (a query's account of what its totals
-- left out); nil when there is none.
function F.note(opts)
  local note = opts and opts.note
  if type(note) == "function" then note = note() end
  return type(note) == "string" and note ~= "" and note or nil
end

-- Width of a cell in terminal columns (ivlua.width: CJK characters take
-- two, combining marks none, so NFD text and Chinese names align).
local width = core.width

local function truncate(s, max)
  if max == nil or width(s) <= max then return s end
  local _, cut = width(s, max - 1)
  return s:sub(1, cut) .. "…"
end

-- Is every present value of the column a number? (right-aligned then;
-- decided on the rows given, the first window of a stream)
local function numeric_columns(rows, columns)
  local numeric = {}
  for j, c in ipairs(columns) do
    local any, all = false, true
    for _, row in ipairs(rows) do
      local v = row[c]
      if v ~= nil then
        any = true
        if type(v) ~= "number" then all = false break end
      end
    end
    numeric[j] = any and all
  end
  return numeric
end
F.numeric_columns = numeric_columns

-- 's' padded to 'w' characters; 'sw' is its width when known.
local function pad(s, w, right, sw)
  if w <= (sw or width(s)) then return s end
  local gap = string.rep(" ", w - (sw or width(s)))
  return right and gap .. s or s .. gap
end

-- A cell's text cut at 'max' characters and padded to 'w', measured once.
local function fit(s, w, right, max)
  local sw = width(s)
  if max and sw > max then s, sw = truncate(s, max), max end
  return pad(s, w, right, sw)
end

-- }======================================================================

-- {======================================================================
-- Built-in writers
-- =======================================================================

local function collect(rows)
  local list = {}
  for row in rows do list[#list + 1] = row end
  return list
end

--- The first opts.window (1000) rows of a stream, which set the column
-- widths of markdown and text and the number columns of text and html:
-- enough to lay out a table of query results whole, while a corpus
-- streams through in bounded memory (later rows wider than the window's
-- push their line out of alignment; nothing is cut but text's max_width).
local function first_rows(rows, opts)
  local size, list = (opts and opts.window) or 1000, {}
  if size < 1 then return list end
  for row in rows do
    list[#list + 1] = row
    if #list >= size then break end
  end
  return list
end
F.first_rows = first_rows

-- A row as a JSON object, its columns in order: those given, else its own
-- printable fields as the query module orders them (objects such as
-- 'article' and 'mentions' left out).
local function json_row(row, columns)
  columns = columns or require("ivlua.query").columns_of({ row })
  local plain = {}
  for _, c in ipairs(columns) do plain[c] = row[c] end
  return json.encode(plain, { keys = columns })
end

registry.jsonl = {
  stream = true,
  write = function(out, rows, columns)
    for row in rows do out:write(json_row(row, columns), "\n") end
  end,
}

registry.json = {
  stream = true,
  write = function(out, rows, columns)
    local sep = "[\n"
    for row in rows do
      out:write(sep, json_row(row, columns))
      sep = ",\n"
    end
    out:write(sep == "[\n" and "[]\n" or "\n]\n")
  end,
}

-- A header line, then one line per row as it comes, each made by
-- core.line in C: 'kind' "csv" is RFC 4180 (a field with a comma, quote or
-- line break quoted, its quotes doubled), "tsv" IANA text/tab-separated-
-- values (which cannot hold tabs or line breaks in a field: they become
-- spaces).
--
-- Its 'lines' writes articles (ivlua.each) instead of rows, each article's
-- lines made in C from its entities and facts without a table per row
-- (article:write_lines): the same bytes, for `ivlua extract`, to a sink
-- with a file (F.checked).
local function delimited(kind, eol)
  local line = core.line
  return {
    write = function(out, rows, columns)
      out:write(line(kind, columns), eol)
      for row in rows do out:write(line(kind, row, columns), eol) end
    end,
    lines = function(out, articles, columns)
      out:write(line(kind, columns), eol)
      for article in articles do out:check(article:write_lines(out.file, kind, eol, columns)) end
    end,
  }
end

registry.csv = delimited("csv", "\r\n")
registry.tsv = delimited("tsv", "\n")

-- The cells of every row as display text, and each column's width.
local function layout(rows, columns, cell, max)
  local cells, widths = {}, {}
  for j, c in ipairs(columns) do widths[j] = width(c) end
  for i, row in ipairs(rows) do
    local line = {}
    for j, c in ipairs(columns) do
      line[j] = truncate(cell(row[c]), max)
      if width(line[j]) > widths[j] then widths[j] = width(line[j]) end
    end
    cells[i] = line
  end
  return cells, widths
end

local function md_cell(v)
  local s = display(v)
  if not s:find("[|\r\n\t]") then return s end
  return (s:gsub("|", "\\|"):gsub("[\r\n\t]", " "))
end

-- Write the cells of the first rows, then those of the rest as they come,
-- padded to the widths, each line through emit(line); an empty cell is a
-- blank made once. Returns how many rows there were.
local function stream_cells(rows, first, cells, columns, widths, numeric, cell, max, emit)
  local blank = {}
  for j in ipairs(columns) do blank[j] = string.rep(" ", widths[j]) end
  for _, line in ipairs(cells) do
    for j in ipairs(columns) do line[j] = pad(line[j], widths[j], numeric[j]) end
    emit(line)
  end
  local n, line = #first, {}
  for row in rows do
    n = n + 1
    for j, c in ipairs(columns) do
      local v = row[c]
      line[j] = v == nil and blank[j] or fit(cell(v), widths[j], numeric[j], max)
    end
    emit(line)
  end
  return n
end

registry.markdown = function(out, rows, columns, opts)
  local first = first_rows(rows, opts)
  local cells, widths = layout(first, columns, md_cell)
  local numeric = numeric_columns(first, columns)
  local head, rule = {}, {}
  for j, c in ipairs(columns) do
    widths[j] = math.max(widths[j], 3)
    head[j] = pad(md_cell(c), widths[j], numeric[j])
    rule[j] = numeric[j] and string.rep("-", widths[j] - 1) .. ":" or string.rep("-", widths[j])
  end
  out:write("| ", table.concat(head, " | "), " |\n| ", table.concat(rule, " | "), " |\n")
  stream_cells(rows, first, cells, columns, widths, numeric, md_cell, nil, function(line)
    out:write("| ", table.concat(line, " | "), " |\n")
  end)
  local note = F.note(opts)
  if note then out:write("\n", note, "\n") end
end

local function text_cell(v)
  local s = display(v)
  if not s:find("[\r\n\t]") then return s end
  return (s:gsub("[\r\n\t]", " "))
end

-- A text line: the padded cells joined, without trailing white space (cut
-- from the last cell that is not blank, not searched for along the line).
local function text_line(line)
  local last = #line
  while last > 0 and not line[last]:find("%S") do last = last - 1 end
  if last == 0 then return "" end
  line[last] = line[last]:gsub("%s+$", "")
  return table.concat(line, "  ", 1, last)
end

--- The text table: columns aligned (on the first opts.window rows),
-- numbers right-aligned with thousands separators, long cells cut at
-- opts.max_width (60) characters; the note, if any, after the row count.
registry.text = function(out, rows, columns, opts)
  if #columns == 0 then
    local n = 0
    for _ in rows do n = n + 1 end
    out:write(string.format("(%d rows)\n", n))
    return
  end
  local max = (opts and opts.max_width) or 60
  local first = first_rows(rows, opts)
  local cells, widths = layout(first, columns, text_cell, max)
  local numeric = numeric_columns(first, columns)
  local head, rule = {}, {}
  for j, c in ipairs(columns) do
    head[j] = pad(c, widths[j], numeric[j])
    rule[j] = string.rep("-", widths[j])
  end
  out:write(text_line(head), "\n", table.concat(rule, "  "), "\n")
  local n = stream_cells(rows, first, cells, columns, widths, numeric, text_cell, max, function(line)
    out:write(text_line(line), "\n")
  end)
  out:write(string.format("(%d row%s)\n", n, n == 1 and "" or "s"))
  local note = F.note(opts)
  if note then out:write(note, "\n") end
end

--- The html page: with a chart (opts.chart, a table or nil for the
-- default), which needs every row, the rows are read first; with
-- opts.chart = false the table streams, its note after it.
registry.html = function(out, rows, columns, opts)
  local html = require "ivlua.html"
  local title = opts and opts.title or "ivlua"
  if not (opts and opts.chart == false) then
    rows = collect(rows)
    out:write(html.page {
      title = title,
      sections = { { rows = rows, columns = columns, chart = opts and opts.chart, note = F.note(opts) } },
    })
    return
  end
  out:write(html.page_open { title = title })
  local first = first_rows(rows, opts)
  if #first == 0 then
    out:write('<p class="note">No rows.</p>\n')
  else
    local numeric = numeric_columns(first, columns)
    out:write(html.table_open(columns))
    for _, row in ipairs(first) do out:write(html.table_row(row, columns, numeric)) end
    for row in rows do out:write(html.table_row(row, columns, numeric)) end
    out:write(html.TABLE_CLOSE)
  end
  local note = F.note(opts)
  if note then out:write('<p class="note">', html.escape(note), "</p>\n") end
  out:write(html.PAGE_CLOSE)
end

--- The sqlite database (scripts/ivlua/sqlite.lua): a format marked 'file',
-- which writes a file by its path (out.path) rather than through out:write,
-- so only to a path; 'articles' asks for the articles themselves when the
-- source yields them (ivlua.each, a corpus), for the articles table.
registry.sqlite = {
  file = true,
  articles = true,
  write = function(...) return require("ivlua.sqlite").write(...) end,
}

-- }======================================================================

-- {======================================================================
-- The registry
-- =======================================================================

local function as_format(name, writer)
  if type(writer) == "function" then return { write = writer } end
  if type(writer) == "table" and type(writer.write) == "function" then return writer end
  error("format '" .. name .. "': a writer is a function or a table with a write function", 3)
end

--- Add a format: writer(out, rows, columns, opts), or a table { write =
-- writer, stream = true } for a writer that needs no column list up front.
function F.register(name, writer)
  if type(name) ~= "string" or not name:match("^[%w_%-]+$") then
    error("a format name is letters, digits, '_' and '-'", 2)
  end
  registry[name] = as_format(name, writer)
end

--- The format called 'name': registered, built in, or formats/NAME.lua on
-- the module path. Returns nil and a message when there is none.
function F.get(name)
  if type(name) ~= "string" then return nil, "a format name must be a string" end
  local f = registry[name]
  if f then return as_format(name, f) end
  if not name:match("^[%w_%-]+$") then return nil, "unknown format '" .. name .. "'" end
  local path = package.searchpath("formats." .. name, (package.ivluapath and package.ivluapath .. ";" or "") .. package.path)
  if not path then
    return nil, "unknown format '" .. name .. "' (built in: " .. table.concat(F.list(), ", ")
      .. "; or a file formats/" .. name .. ".lua on IVLUA_PATH)"
  end
  local chunk, err = loadfile(path)
  if not chunk then return nil, err end
  local ok, writer = pcall(chunk)
  if not ok then return nil, path .. ": " .. tostring(writer) end
  local ok2, fmt = pcall(as_format, name, writer)
  if not ok2 then return nil, path .. ": " .. tostring(fmt):gsub("^.-: format", "format") end
  registry[name] = fmt
  return fmt
end

--- The names of the formats registered so far (built-in ones included).
function F.list()
  local names = {}
  for name in pairs(registry) do names[#names + 1] = name end
  table.sort(names)
  return names
end

-- }======================================================================

-- {======================================================================
-- Writing
-- =======================================================================

-- The rows and columns a writer is given: streamed when the format allows
-- it or the columns are known, otherwise read in full to infer them.
local function rows_for(fmt, source, opts)
  local Q = require "ivlua.query"
  local q = Q.from(source)
  local columns, note = opts.columns or q:columns(), q:note()
  if columns or fmt.stream then return q:rows(), columns, note end
  local all = q:all()
  local i = 0
  return function()
    i = i + 1
    return all[i]
  end, all:columns(), all:note()
end

local function is_corpus(v)
  local mt = getmetatable(v)
  return type(v) == "userdata" and type(mt) == "table" and mt.__name == "ivlua.Corpus"
end

-- A query's own note (what its totals left out) goes to the writer as
-- opts.note unless the caller gave one. A format that takes articles is
-- given an iterator (ivlua.each, ivlua.rows) as it is, and a corpus's
-- articles.
local function run(fmt, out, source, opts)
  if fmt.articles and (type(source) == "function" or is_corpus(source)) then
    local items = source
    if is_corpus(source) then
      local i = 0
      items = function()
        i = i + 1
        return source[i]
      end
    end
    return fmt.write(out, items, opts.columns, opts)
  end
  local rows, columns, note = rows_for(fmt, source, opts)
  if opts.note == nil and note then
    local with = { note = note }
    opts = setmetatable(with, { __index = opts })
  end
  fmt.write(out, rows, columns, opts)
end

-- A buffer with the file API's write, for render.
local function buffer()
  local parts = {}
  return {
    write = function(self, ...)
      for i = 1, select("#", ...) do parts[#parts + 1] = tostring((select(i, ...))) end
      return self
    end,
    text = function() return table.concat(parts) end,
  }
end

--- The rows in format 'name' as a string.
function F.render(name, source, opts)
  local fmt = assert(F.get(name))
  if fmt.file then error("format '" .. name .. "' writes a file: give F.write a path", 2) end
  local out = buffer()
  run(fmt, out, source, opts or {})
  return out:text()
end

--- 'f' (a file handle) behind a writer's out:write that raises "name:
-- message" (the system's: "standard output: No space left on device")
-- the first time a write fails, rather than returning nil and going on;
-- sink.failed is then that message. sink.file is 'f', for C writers
-- (out:check(article:write_jsonl(out.file))). Other methods go to 'f'.
function F.checked(f, name)
  local sink = { file = f }
  --- sink:check(ok, err): a C writer's answer (true, or nil and the
  -- system's message), raised as a failed write.
  function sink.check(self, ok, err)
    if not ok then
      sink.failed = name .. ": " .. tostring(err)
      error(sink.failed, 0)
    end
    return self
  end
  function sink.write(self, ...) return sink.check(self, f:write(...)) end
  return setmetatable(sink, { __index = function(_, k)
    local m = f[k]
    if type(m) == "function" then return function(_, ...) return m(f, ...) end end
    return m
  end })
end

-- Call fn(out) to write 'path' (core.output_open, in C: src/lua/l_output.c).
-- A regular file, or none yet, is written through a temporary file beside
-- it (".NAME.ivlua-XXXXXX", made with O_EXCL), renamed over it only when
-- fn returned and everything was written and synced: a failure (fn's
-- error, a full disk, a Ctrl-C) never leaves half a file nor the
-- temporary. A device, FIFO or other file that is not regular is written
-- in place and stays what it was; a symbolic link is followed and its
-- target replaced. Errors are raised as "path: message". With 'file' (the
-- name of a format marked 'file', which writes its file by path), only a
-- regular file or none is written, and out.path is the temporary's path.
local function write_atomically(path, fn, file)
  local f, err, code = core.output_open(path, file ~= nil)
  if not f then
    if file and code == 0 then -- not a regular file
      err = err .. " (format '" .. file .. "' writes a file, not to a device or pipe)"
    end
    error(err, 0)
  end
  local out = F.checked(f, path)
  if file then out.path = core.output_path(f) end
  local ok, msg = pcall(fn, out)
  if ok then
    ok, msg = core.output_commit(f)
  else
    f:close() -- removes the temporary
    msg = out.failed or path .. ": " .. tostring(msg)
  end
  if not ok then error(msg, 0) end
  return true
end

--- Write the rows (a query, a result, an array or an iterator) in format
-- 'name' to 'dest': a path (written as write_atomically says), a file
-- handle, or standard output when nil; a write that fails raises
-- "path: message" ("standard output: ..." for standard output). opts: columns, title, chart (html), max_width
-- (text), note (text, markdown, html: see F.note), and anything a user
-- format reads.
function F.write(name, source, dest, opts)
  local fmt, err = F.get(name)
  if not fmt then error(err, 2) end
  opts = opts or {}
  if type(dest) == "string" then
    return write_atomically(dest, function(f) run(fmt, f, source, opts) end, fmt.file and name or nil)
  end
  if fmt.file and not (type(dest) == "table" and dest.path) then
    error("format '" .. name .. "' writes a file: give a path, not standard output or a file handle", 2)
  end
  dest = dest or io.stdout
  if io.type(dest) == "file" then -- a failed write raises, naming it
    dest = F.checked(dest, dest == io.stdout and "standard output" or tostring(dest))
  end
  run(fmt, dest, source, opts)
  return true
end

F.write_atomically = write_atomically

-- }======================================================================

return F
