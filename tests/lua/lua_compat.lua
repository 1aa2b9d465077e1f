--- ivlua as a drop-in lua: what Lua's own interpreter test (testes/main.lua,
-- run by compat.lua_main when LUA_TESTES names a copy) found different,
-- checked here in our own words: the module paths, error messages under
-- the name ivlua was run by, -v, the REPL's prompts, echo and print, and
-- Ctrl-C in a script.
local check, eq, sh, q = T.check, T.eq, T.sh, T.quote
local bin = ...
local dir = T.tmpdir()
local function has(s, frag) return s:find(frag, 1, true) ~= nil end

-- ivlua under another name, as lua.c's progname is argv[0]
local alias = dir .. "/mylua"
assert(os.execute("ln -s " .. q(bin) .. " " .. q(alias)))
local IV = q(alias)
local prog = T.write(dir .. "/prog.lua", "print(package.path)")

-- {======== module paths ========

local code, out = sh("env LUA_INIT= LUA_PATH=x " .. IV .. " " .. q(prog))
eq(out, "x\n", "LUA_PATH is package.path, as it is")
code, out = sh("env LUA_PATH_5_4=y LUA_PATH=x " .. IV .. " " .. q(prog))
eq(out, "y\n", "LUA_PATH_5_4 wins over LUA_PATH")
code, out = sh("env LUA_CPATH=xuxu " .. IV .. " -e 'print(package.cpath)'")
eq(out, "xuxu\n", "LUA_CPATH is package.cpath")
code, out = sh("env LUA_CPATH_5_4=yacc LUA_CPATH=x " .. IV .. " -e 'print(package.cpath)'")
eq(out, "yacc\n", "LUA_CPATH_5_4 wins")
local _, default = sh("env LUA_PATH=zzz " .. IV .. " -E " .. q(prog))
default = default:gsub("\n$", "")
check(not has(default, "zzz") and has(default, "lua") and not has(default, "ivlua"),
  "-E: Lua's own default path, without ivlua's dirs: " .. default)
local _, empty_env = sh("env -i " .. IV .. " " .. q(prog))
eq(empty_env, default .. "\n", "an empty environment gives the same default")
for _, case in ipairs {
  { "a;;b", "a;" .. default .. ";b" }, { ";;", default }, { "a;;", "a;" .. default },
  { ";;b", default .. ";b" }, { ";", ";" },
} do
  code, out = sh("env LUA_PATH=" .. q(case[1]) .. " " .. IV .. " " .. q(prog))
  eq(out, case[2] .. "\n", "LUA_PATH=" .. case[1] .. ": ';;' is Lua's default")
end
code, out, err = sh("env LUA_PATH=x " .. IV .. " -e 'print(require(\"ivlua.query\") ~= nil, ivlua ~= nil)'")
eq(out, "true\ttrue\n", "ivlua's modules are found whatever LUA_PATH says: " .. err)
code, out = sh(IV .. " -e 'print(package.ivluapath:find(\"share/ivlua/lua/?.lua\", 1, true) ~= nil)'")
eq(out, "true\n", "package.ivluapath: the bundled dir")
T.write(dir .. "/mine.lua", "return 'found on IVLUA_PATH'")
code, out = sh("env LUA_PATH=x IVLUA_PATH=" .. q(dir .. "/?.lua;;") .. " " .. IV .. " -e 'print((require \"mine\"))'")
eq(out, "found on IVLUA_PATH\n", "IVLUA_PATH with LUA_PATH set")
code, out = sh("env LUA_PATH=" .. q(dir .. "/?.lua") .. " " .. IV .. " -e 'print((require \"mine\"))'")
eq(out, "found on IVLUA_PATH\n", "LUA_PATH alone finds a module")
code, out, err = sh("env LUA_PATH=x " .. IV .. " -e 'require \"nowhere\"'")
check(code == 1 and has(err, "no field package.preload['nowhere']") and has(err, "share/ivlua/lua/nowhere.lua")
  and has(err, "no file 'x'"), "a missing module names where it was looked for: " .. err)

-- }========

-- {======== messages, -v, exit statuses ========

code, out, err = sh(IV .. " -e 'error(\"boom\")'")
check(code == 1 and err:sub(1, #alias + 2) == alias .. ": " and has(err, "boom"),
  "errors are prefixed by the name ivlua was run by: " .. err)
T.write(dir .. "/obj.lua", "error(setmetatable({}, { __tostring = function() return 'custom' end }))")
code, out, err = sh(IV .. " " .. q(dir .. "/obj.lua"))
eq(err, alias .. ": custom\n", "an error object with __tostring: that string, no traceback")
code, out, err = sh(IV .. " -x")
check(code == 1 and has(err, alias .. ": unrecognized option '-x'"), "a bad option under the name run by: " .. err)
code, out, err = sh("env LUA_INIT='error(\"in init\")' " .. IV .. " -e ''")
check(code == 1 and has(err, "LUA_INIT:1: in init"), "an error in LUA_INIT: " .. err)
code, out = sh(IV .. " -v")
check(code == 0 and out:match("^ivlua " .. ivlua.version:gsub("%.", "%%.") .. ", Lua 5%.4%.%d+  Copyright .-PUC%-Rio\n$"),
  "-v: one line, lua's with ivlua's version: " .. out)
code, out = sh(IV .. " -v -e \"print'hello'\"")
check(has(out, "PUC-Rio\nhello\n"), "-v then -e: " .. out)
code, out = sh(IV .. " --version")
check(code == 0 and has(out, "PUC-Rio\n") and has(out, "package.ivluapath") and has(out, "package.path"),
  "--version: the paths too: " .. out)
for _, case in ipairs { { "os.exit(false)", 1 }, { "os.exit(true)", 0 }, { "os.exit(7)", 7 }, { "os.exit(nil, true)", 0 },
                        { "error()", 1 } } do
  eq(sh(IV .. " -e " .. q(case[1])), case[2], "exit status of " .. case[1])
end
for _, bad in ipairs { "-vv", "-iv", "---", "-Ex", "-h" } do
  code, out, err = sh(IV .. " " .. bad)
  check(code == 1 and has(err, "unrecognized option '" .. bad .. "'"), bad .. ": " .. err)
end

-- }========

-- {======== the REPL ========

code, out, err = sh(IV .. " -e 'print = nil' -i", "10\n")
check(has(err, "error calling 'print'"), "print set to nil: " .. err)
code, out = sh(IV .. " -e 'print = function(...) io.write(\"P:\", select(\"#\", ...), \"\\n\") end' -i", "1, 2\n")
check(has(out, "P:2\n"), "a print of one's own shows the values: " .. out)
code, out = sh(IV .. " -e \"local n = 0; _PROMPT = setmetatable({}, {__tostring = function() n = n + 1; return '<' .. n .. '>' end})\" -i",
  " --\nx = 1\n")
check(has(out, "<1> --\n<2>x = 1\n<3>\n"), "_PROMPT through __tostring, each line echoed after it: " .. out)
code, out = sh(IV .. " -e \"_PROMPT='' _PROMPT2='+'\" -i", "x = {\n1}\n=#x\n")
check(has(out, "x = {\n+1}\n=#x\n1\n"), "_PROMPT2 on a continued chunk, '=x' is 'return x': " .. out)
code, out = sh(IV .. " -i", "a = 2\n")
check(has(out, "> a = 2\n> \n"), "the default prompt: " .. out)

-- }========

-- {======== Ctrl-C in a script ========

local outf = dir .. "/ctrlc.out"
local script = IV .. " -e \"pcall(function() print(12); while true do end end); print(42)\" > " .. q(outf) .. " & pid=$!; " ..
  "i=0; while ! grep -q 12 " .. q(outf) .. " && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done; kill -INT $pid; " ..
  "i=0; while kill -0 $pid 2>/dev/null && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done; kill -KILL $pid 2>/dev/null; wait $pid"
code = sh(script)
eq(code, 0, "the script goes on after Ctrl-C")
eq(T.read(outf), "12\n42\n", "pcall caught 'interrupted!'")
script = IV .. " -e \"print(15); string.find(string.rep('a', 1e6), '.-.-.-b')\" > " .. q(outf) .. " & pid=$!; " ..
  "i=0; while ! grep -q 15 " .. q(outf) .. " && [ $i -lt 200 ]; do sleep 0.05; i=$((i+1)); done; sleep 0.2; " ..
  "kill -INT $pid; sleep 0.2; kill -INT $pid; sleep 0.5; kill -KILL $pid 2>/dev/null; wait $pid"
code = sh(script)
eq(code, 130, "inside a long C call, a second Ctrl-C kills")

-- }========

os.execute("rm -rf " .. q(dir))
