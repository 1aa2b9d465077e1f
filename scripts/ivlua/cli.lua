--- ivlua.cli: what the bundled commands (extract, query, report) share:
-- their options, loading the user's Lua files and gazetteers, reporting
-- unreadable articles, and the output file.
-- @module ivlua.cli

local ivlua = require "ivlua"

local C = {}

local KINDS = { value = true, list = true, flag = true }

--- A command's option parser and error exits. 'spec' maps an option name
-- to "value" (one argument), "list" (repeatable), "flag", or the name of
-- the option it is another name for; 'short' maps a one-letter option to
-- its long name.
function C.command(name, usage, spec, short)
  local cmd = { name = name, usage = usage }

  --- A usage error: one line, the usage line (not the whole help), status 2.
  function cmd.fail(msg)
    io.stderr:write("ivlua ", name, ": ", msg, "\n", usage:match("^[^\n]*"),
      " ('ivlua ", name, " --help' for the options)\n")
    os.exit(2, true)
  end

  function cmd.die(msg, status)
    if tostring(msg):match("not enough memory$") then -- the cap (--max-memory), or the machine?
      local ok, limits = pcall(ivlua.limits)
      if ok and limits.memory then
        msg = string.format("%s: the Lua heap is capped at %.0f MB (--max-memory)", msg, limits.memory / 2^20)
      end
    end
    io.stderr:write("ivlua ", name, ": ", msg, "\n")
    os.exit(status or 2, true)
  end

  local function set(opts, key, value)
    if spec[key] == "list" then
      opts[key][#opts[key] + 1] = value
    else
      opts[key] = value
    end
  end

  --- opts (lists are arrays) and the arguments that are not options.
  function cmd.parse(args)
    local opts, rest, i = {}, {}, 1
    for key, kind in pairs(spec) do
      if kind == "list" then opts[key] = {} end
    end
    while i <= #args do
      local a = args[i]
      local key, value = a:match("^%-%-([%w-]+)=(.*)$")
      if not key then key = a:match("^%-%-([%w-]+)$") or (short and short[a:match("^%-(%w)$") or ""]) end
      if not key and short and short[a:match("^%-(%w)") or ""] and spec[short[a:sub(2, 2)]] ~= "flag" then
        key, value = short[a:sub(2, 2)], a:sub(3) -- "-j4", "-ocsv.out": the value attached
      end
      if key and spec[key] and not KINDS[spec[key]] then key = spec[key] end
      if a == "-h" or a == "--help" then
        print(usage)
        os.exit(0, true)
      elseif a == "--" then
        table.move(args, i + 1, #args, #rest + 1, rest)
        break
      elseif key and spec[key] then
        if spec[key] == "flag" then
          opts[key] = true
        else
          if value == nil then
            i = i + 1
            value = args[i] or cmd.fail("--" .. key .. " needs a value")
          end
          set(opts, key, value)
        end
      elseif a:match("^%-.") then
        cmd.fail("unknown option '" .. a .. "'")
      else
        rest[#rest + 1] = a
      end
      i = i + 1
    end
    return opts, rest
  end

  --- Run the user's Lua files (rules, fact rules, formats) and load the
  -- gazetteers, before any article is read; a failure ends the command.
  function cmd.setup(opts)
    local jobs = opts.jobs and math.tointeger(tonumber(opts.jobs))
    if opts.jobs and (not jobs or jobs < 1 or jobs > 1024) then
      cmd.fail("--jobs needs a whole number from 1 to 1024")
    end
    -- what ivlua.load and ivlua.each are given: by default one thread per core
    cmd.reading = C.reader_options(opts, cmd.fail)
    cmd.reading.jobs = jobs or 0
    C.set_limits(opts, cmd.fail)
    for _, file in ipairs(opts.load or {}) do
      local chunk, err = loadfile(file)
      if not chunk then cmd.die(err) end
      local ok, msg = pcall(chunk)
      if not ok then cmd.die(file .. ": " .. tostring(msg)) end
    end
    for _, file in ipairs(opts.gazetteer or {}) do
      local ok, err = ivlua.gazetteer.load(file)
      if not ok then cmd.die(err) end
    end
  end

  --- The format named by --format (or 'default'), checked before reading:
  -- a format that writes a file by its path (sqlite) needs -o FILE.
  function cmd.format(opts, default)
    local fname = opts.format or default
    local fmt, err = ivlua.format.get(fname)
    if not fmt then cmd.fail(err) end
    if fmt.file and (not opts.output or opts.output == "-") then
      cmd.die("format '" .. fname .. "' writes a database file, not to standard output: give -o FILE")
    end
    cmd.file_format = fmt.file and fname or nil
    return fname
  end

  --- The corpus of the paths; articles that cannot be read are named on
  -- stderr, and so are warnings (C.is_warning). Returns the corpus and the
  -- number of failures (warnings not counted). With 'shard' (query
  -- --partial), a corpus of no article is no error: other shards may have
  -- some.
  function cmd.load(paths, shard)
    if #paths == 0 then cmd.fail("no PATH given") end
    local args = table.move(paths, 1, #paths, 1, {})
    args[#args + 1] = cmd.reading or { jobs = 0 }
    local corpus = ivlua.load(table.unpack(args))
    local failures = 0
    for _, msg in ipairs(corpus.errors) do
      io.stderr:write("ivlua: ", msg, "\n")
      if not C.is_warning(msg) then failures = failures + 1 end
    end
    if #corpus == 0 and failures > 0 and not shard then cmd.die("no article could be read", 1) end
    return corpus, failures
  end

  --- Write through fn(out) to -o FILE (ivlua.format.write_atomically: a
  -- regular file atomically, a device or FIFO in place) or standard
  -- output; 'out' is a checked sink (ivlua.format.checked: out.file is the
  -- file handle; out.path the temporary's path for a format that writes
  -- its file by path, cmd.format's file_format). An error (a sum that
  -- refuses to add a flow to a stock, a writer's failure, a full disk, a
  -- closed standard output) is reported as one line, "ivlua CMD: message",
  -- status 1.
  function cmd.output(opts, fn)
    if opts.output and opts.output ~= "-" then
      local ok, err = pcall(ivlua.format.write_atomically, opts.output, fn, cmd.file_format)
      if not ok then cmd.die(tostring(err), 1) end
    else
      local out = ivlua.format.checked(io.stdout, "standard output")
      local ok, err = pcall(fn, out)
      if ok then
        local done, msg = io.stdout:flush()
        if not done then ok, err = false, "standard output: " .. tostring(msg) end
      end
      if not ok then cmd.die(out.failed or tostring(err), 1) end
    end
  end

  return cmd
end

--- Is a reading error only a warning ("warning: PATH: ...": a link loop
-- the walk did not follow, which loses nothing)? Warnings are printed but
-- leave the exit status alone.
function C.is_warning(msg) return msg:sub(1, 9) == "warning: " end

C.READING = { load = "list", rules = "load", gazetteer = "list", format = "value", output = "value",
              jobs = "value", input = "value", fields = "value" }

--- The options every command that reads articles takes (--rules is the
-- first name of --load), plus 'extra'.
function C.reading(extra)
  local spec = {}
  for k, v in pairs(C.READING) do spec[k] = v end
  for k, v in pairs(extra or {}) do spec[k] = v end
  return spec
end
C.SHORT = { o = "output", f = "format", j = "jobs" }

local LIMITS = { ["max-memory"] = "memory", ["max-article-size"] = "article_size",
                 ["max-article-time"] = "article_time" }
for option in pairs(LIMITS) do C.READING[option] = "value" end

--- ivlua.limits from --max-memory, --max-article-size and --max-article-time
-- ("none": no limit); a bad value calls fail(message).
function C.set_limits(opts, fail)
  local limits = {}
  for option, key in pairs(LIMITS) do
    local v = opts[option]
    if v == "none" then v = false end
    if key == "article_time" and v then v = tonumber(v) or v end
    if v ~= nil then limits[key] = v end
  end
  local ok, err = pcall(ivlua.limits, limits)
  if not ok then fail((tostring(err):gsub("^ivlua.limits: ([%w_]+)", function(k)
    for option, key in pairs(LIMITS) do if key == k then return "--" .. option end end
  end))) end
end

--- The usage lines of --input and --fields, for the commands' help.
C.READING_USAGE = [[
  --input jsonl      the articles are JSON Lines, one a line: standard input
                     and files not named *.txt are read so, and directories
                     give their *.jsonl and *.ndjson files (.gz too), not *.txt
  --fields K=F,...   the JSON Lines fields to read (K: id, text, title, date),
                     e.g. --fields id=guid,text=body; id falls back to url
  --max-memory SIZE  cap the Lua heap ("512M", "2G"; default: none)
  --max-article-size SIZE  skip, named, an article (file or line) over SIZE
                     (default 64M; "none": no limit)
  --max-article-time S  skip, named, an article whose extraction takes
                     over S seconds (default 60; "none": no limit)]]

local FIELDS = { id = true, text = true, title = true, date = true }

--- The reader's options ivlua.load and ivlua.each take, from --input and
-- --fields: { input =, fields = { id =, text =, title =, date = } }. A bad
-- value calls fail(message).
function C.reader_options(opts, fail)
  local r = {}
  if opts.input then
    if opts.input ~= "text" and opts.input ~= "jsonl" then
      fail("--input: 'text' or 'jsonl' expected, got '" .. opts.input .. "'")
    end
    r.input = opts.input
  end
  if opts.fields then
    r.fields = {}
    for item in (opts.fields .. ","):gmatch("([^,]*),") do
      local key, name = item:match("^%s*(%w+)%s*=%s*(.-)%s*$")
      if not key or not FIELDS[key] or name == "" then
        fail("--fields: 'K=F' expected (K one of id, text, title, date), got '" .. item .. "'")
      end
      r.fields[key] = name
    end
  end
  return r
end

--- A script's one-letter options: C.script_args({ ... }, { f = "text", n
-- = 3 }, usage) reads "-f csv -n 5 PATH..." into { f = "csv", n = 5 } (a
-- number where the default is one; -f, a format, is checked) and the PATHs.
-- -h or --help prints the usage and exits 0. A usage error (an unknown
-- option, a missing or bad value, no PATH) is one line naming the script,
-- then the usage, on stderr, and status 2: no traceback. The third result
-- is that exit, fail(message), for the script's own checks.
function C.script_args(args, defaults, usage)
  local name = arg and arg[0] or "script"
  local function fail(msg)
    io.stderr:write(name, ": ", msg, "\nusage: ", usage, "\n")
    os.exit(2, true)
  end
  local opts, rest, i = {}, {}, 1
  for k, v in pairs(defaults) do opts[k] = v end
  while i <= #args do
    local a = args[i]
    local letter = a:match("^%-(%a)$")
    if a == "-h" or a == "--help" then
      io.stdout:write("usage: ", usage, "\n")
      os.exit(0, true)
    elseif a == "--" then
      table.move(args, i + 1, #args, #rest + 1, rest)
      break
    elseif letter and defaults[letter] ~= nil then
      local value = args[i + 1]
      if value == nil then fail("-" .. letter .. " needs a value") end
      if type(defaults[letter]) == "number" then
        value = math.tointeger(tonumber(value)) or fail("-" .. letter .. " needs a whole number, got '" .. value .. "'")
      end
      opts[letter], i = value, i + 2
    elseif a:match("^%-.") then
      fail("unknown option " .. a)
    else
      rest[#rest + 1], i = a, i + 1
    end
  end
  if opts.f ~= nil and defaults.f ~= nil then
    local ok, err = ivlua.format.get(opts.f)
    if not ok then fail(err) end
  end
  if #rest == 0 then fail("no PATH given") end
  return opts, rest, fail
end

return C
