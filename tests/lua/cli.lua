--- The ivlua command, spawned as a user runs it: lua-compatible options,
-- exit codes, commands, and the extract command's error handling.
local check, eq, sh, q = T.check, T.eq, T.sh, T.quote
local bin, examples = ...
local IV = q(bin)
local dir = T.tmpdir()
local function has(s, frag) return s:find(frag, 1, true) ~= nil end

-- -v, -e, -
local code, out = sh(IV .. " -v")
check(code == 0 and has(out, "ivlua " .. ivlua.version) and has(out, "Lua 5.4"), "-v: " .. out)
code, out = sh(IV .. " -e 'print(1+1)'")
eq(code, 0, "-e exit"); eq(out, "2\n", "-e prints 2")
code, out = sh(IV .. " -", "print(arg[0])")
eq(out, "-\n", "'-' runs stdin, arg[0] is '-'")
code, out = sh(IV, "print('from a pipe')")
eq(out, "from a pipe\n", "no script and a pipe: stdin runs as a file")
code, out = sh(IV .. " -e 'x=1' -e 'print(x+1)'")
eq(out, "2\n", "several -e run in order")

-- scripts: arg table, ..., #! line, errors, os.exit
local s = T.write(dir .. "/s.lua", "#!/usr/bin/env ivlua\nprint(arg[1], arg[2], #arg, select('#', ...), arg[-1] ~= nil)\n")
code, out = sh(IV .. " " .. q(s) .. " a b")
eq(out, "a\tb\t2\t2\ttrue\n", "arg table, varargs, #! skipped")
code, out = sh(IV .. " -e 'y=1' " .. q(s) .. " x")
check(has(out, "x\tnil\t1\t1\ttrue"), "options before the script get negative indices")
code, out, err = sh(IV .. " missing.lua")
eq(code, 1, "missing script exits 1")
check(has(err, "missing.lua"), "the message names missing.lua: " .. err)
local e = T.write(dir .. "/e.lua", "local function f() error('boom') end\nf()\n")
code, out, err = sh(IV .. " " .. q(e))
eq(code, 1, "a runtime error exits 1")
check(has(err, "boom") and has(err, "stack traceback"), "error with traceback: " .. err)
code = sh(IV .. " -e 'os.exit(3)'")
eq(code, 3, "os.exit is honoured")
code = sh(IV .. " -e 'os.exit(true)'")
eq(code, 0, "os.exit(true)")
code, out, err = sh(IV .. " -e 'error({})'")
check(code == 1 and has(err, "error object is a table value"), "non-string error: " .. err)
code, out, err = sh(IV .. " -e 'syntax error here'")
check(code == 1 and has(err, "syntax error"), "syntax error reported: " .. err)

-- -l, -l g=mod, -E, -W, --, LUA_INIT, IVLUA_PATH
T.write(dir .. "/mymod.lua", "return { answer = 42 }")
local path = "IVLUA_PATH=" .. q(dir .. "/?.lua;;")
code, out = sh(path .. " " .. IV .. " -l mymod -e 'print(mymod.answer)'")
eq(out, "42\n", "-l mod sets global mod (IVLUA_PATH used)")
code, out = sh(path .. " " .. IV .. " -l m=mymod -e 'print(m.answer, mymod)'")
eq(out, "42\tnil\n", "-l g=mod")
code, out, err = sh(path .. " " .. IV .. " -E -l mymod -e 'print(1)'")
check(code == 1 and has(err, "mymod"), "-E ignores IVLUA_PATH: " .. err)
code, out = sh("LUA_INIT='print(\"init\")' " .. IV .. " -e 'print(2)'")
eq(out, "init\n2\n", "LUA_INIT runs first")
code, out = sh("LUA_INIT_5_4='print(54)' LUA_INIT='print(0)' " .. IV .. " -e ''")
eq(out, "54\n", "LUA_INIT_5_4 wins over LUA_INIT")
T.write(dir .. "/init.lua", "print('from file')")
code, out = sh("LUA_INIT=@" .. q(dir .. "/init.lua") .. " " .. IV .. " -e ''")
eq(out, "from file\n", "LUA_INIT=@file")
code, out = sh("LUA_INIT='print(1)' " .. IV .. " -E -e 'print(2)'")
eq(out, "2\n", "-E ignores LUA_INIT")
code, out, err = sh(IV .. " -W -e 'warn(\"careful\")'")
check(has(err, "careful"), "-W turns warnings on: " .. err)
code, out, err = sh(IV .. " -e 'warn(\"quiet\")'")
check(not has(err, "quiet"), "warnings are off by default")
code, out = sh(IV .. " -- " .. q(s) .. " z")
check(has(out, "z\t"), "-- stops options")
code, out, err = sh(IV .. " -x")
check(code == 1 and has(err, "unrecognized option '-x'") and has(err, "usage:"), "bad option: " .. err)
code, out, err = sh(IV .. " -e")
check(code == 1 and has(err, "'-e' needs argument"), "-e without argument: " .. err)
code, out = sh(IV .. " -e 'print(ivlua ~= nil, require(\"ivlua\") == ivlua)'")
eq(out, "true\ttrue\n", "global ivlua and require")

-- commands, and a file named like one
code, out = sh(IV .. " extract --help")
check(code == 0 and has(out, "usage: ivlua extract"), "extract --help")
T.write(dir .. "/extract", "print('the local file')")
code, out = sh("cd " .. q(dir) .. " && " .. IV .. " ./extract")
eq(out, "the local file\n", "./extract runs the file, not the command")

-- extract: JSON Lines in the spec's shape, offsets into the files
code, out = sh(IV .. " extract --format jsonl " .. q(examples))
eq(code, 0, "extract exit 0")
local lines = 0
for l in out:gmatch("[^\n]+") do
  lines = lines + 1
  local doc, typ, text, st, en = l:match('^{"doc":"([^"]+)","type":"(%a+)","text":"(.-)","start":(%d+),"end":(%d+)')
  check(doc and typ, "line shape: " .. l)
  if doc then
    local f = assert(io.open(examples .. "/" .. doc, "rb")); local bytes = f:read("a"); f:close()
    eq(bytes:sub(tonumber(st) + 1, tonumber(en)), text, "text == bytes[start:end] in " .. doc)
    if typ == "money" then
      check(l:find('"value":%d') and l:find('"currency":"%u%u%u"'), "value and currency: " .. l)
    elseif typ == "date" then
      -- an undated article's weekday cannot be placed: it has no value
      check(l:find('"value":"[%dX][%dX][%dX][%dX]') or text:find("day$"), "an ISO date: " .. l)
    end
  end
end
check(lines > 20, "extract printed the example entities")
code, out = sh(IV .. " extract -", "HÀ NỘI — A $5 million deal. — VNS")
check(code == 0 and has(out, '"doc":"stdin"') and has(out, '"value":5000000'), "extract - reads stdin: " .. out)

-- extract: bad input is named, the rest still processed, exit 1
T.write(dir .. "/good.txt", "A loan of US$80 million.")
T.write(dir .. "/invalid.txt", "caf\xe9 $5")
T.write(dir .. "/binary.txt", "\0\1\2")
code, out, err = sh(IV .. " extract " .. q(dir) .. " " .. q(dir .. "/nope.txt"))
eq(code, 1, "extract exits 1 when a file failed")
check(has(out, '"doc":"good.txt"') and has(out, "80000000"), "the good file is still extracted")
check(has(err, "invalid.txt: invalid UTF-8 at byte 3"), "invalid UTF-8 named with its offset: " .. err)
check(has(err, "binary.txt: binary file"), "binary file named: " .. err)
check(has(err, "nope.txt: No such file or directory"), "missing path named: " .. err)
code, out, err = sh(IV .. " extract --format xml " .. q(examples))
check(code == 2 and has(err, "unknown format 'xml'"), "unknown format: " .. err)
code, out, err = sh(IV .. " extract")
check(code == 2 and has(err, "no PATH"), "extract with no path: " .. err)

-- extract --jobs: byte for byte the same output and errors whatever N,
-- with the built-in rules and with a rule written in Lua
local tonnage = q(examples .. "/../rules/tonnage.lua")
for _, extra in ipairs { "", " --load " .. tonnage, " -f csv" } do
  local _, want, want_err = sh(IV .. " extract -j 1" .. extra .. " " .. q(examples) .. " " .. q(dir))
  for _, jobs in ipairs { "2", "4" } do
    code, out, err = sh(IV .. " extract --jobs " .. jobs .. extra .. " " .. q(examples) .. " " .. q(dir))
    check(code == 1 and out == want and err == want_err, "extract --jobs " .. jobs .. extra .. ": the same as -j 1")
  end
end
code, out, err = sh(IV .. " extract --jobs none " .. q(examples))
check(code == 2 and has(err, "--jobs needs a whole number"), "--jobs none: " .. err)

-- usage errors of every command and example script: one line, the usage
-- line, status 2, no traceback
local function usage_error(cmd, what)
  local code, out, err = sh(cmd)
  local lines = select(2, err:gsub("\n", ""))
  check(code == 2 and lines == 2 and has(err, what) and err:match("\nusage: [^\n]+\n$") and not has(err, "traceback"),
    cmd .. ": " .. code .. " " .. err)
end
for _, c in ipairs { "extract", "query", "merge", "report", "explain" } do
  usage_error(IV .. " " .. c .. " --bogus x", "ivlua " .. c .. ": unknown option '--bogus'")
  usage_error(IV .. " " .. c .. " -j", "ivlua " .. c .. ": ")
end
usage_error(IV .. " query", "ivlua query: no EXPR given")
usage_error(IV .. " extract", "ivlua extract: no PATH given")
local exdir = examples .. "/.."
for script in io.popen("ls " .. q(exdir) .. "/*.lua"):lines() do
  usage_error(IV .. " " .. q(script) .. " --bogus " .. q(examples), script .. ": unknown option --bogus")
  usage_error(IV .. " " .. q(script), script .. ": no PATH given")
  local code, out = sh(IV .. " " .. q(script) .. " --help")
  check(code == 0 and out:match("^usage: ivlua "), script .. " --help: " .. out)
  if T.read(script):find('f = "text"', 1, true) then
    usage_error(IV .. " " .. q(script) .. " -f xml " .. q(examples), "unknown format 'xml'")
  end
end
usage_error(IV .. " " .. q(exdir .. "/top_investors.lua") .. " -n many " .. q(examples), "-n needs a whole number")
usage_error(IV .. " " .. q(exdir .. "/top_investors.lua") .. " -b both " .. q(examples), "-b is flow or stock")

-- the README's main job
code, out = sh(IV .. " " .. q(examples .. "/../money_by_article.lua") .. " " .. q(examples))
check(code == 0 and has(out, "01-bac-giang-korean-electronics.txt") and has(out, "flows US$ (m)") and has(out, "Flows only"),
  "money_by_article prints its table: " .. out)

os.execute("rm -rf " .. q(dir))
