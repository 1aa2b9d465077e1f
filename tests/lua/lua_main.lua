--- Lua's own test of its standalone interpreter, testes/main.lua (of the
-- Lua that Debian ships, 5.4.4), run with ivlua as the interpreter. The
-- file is not part of ivlua: LUA_TESTES names a copy of Lua's testes/
-- directory (or of main.lua itself); without it the test is skipped.
-- Its last part sends Ctrl-C to a script started in the background and
-- reads its pid and its first line from one pipe, which can come in either
-- order on a busy machine (lua5.4 then fails the same way).
local bin = ...
local where = os.getenv("LUA_TESTES")
if not where or where == "" then T.skip("LUA_TESTES (a copy of Lua 5.4.4's testes/ or its main.lua) is not set") end
local file = where:match("%.lua$") and where or where .. "/main.lua"
if not io.open(file) then T.skip(file .. " is not there") end
local dir = file:match("^(.*)/[^/]*$") or "."
local ok, how, code = os.execute("cd " .. T.quote(dir) .. " && " .. T.quote(bin) .. " " .. T.quote(file))
T.check(ok, "testes/main.lua with ivlua: " .. tostring(how) .. " " .. tostring(code))
