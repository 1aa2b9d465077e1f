--- Lua's own test of its standalone interpreter, testes/main.lua (of the
-- Lua that Debian ships, 5.4.4), run with ivlua as the interpreter. The
-- file is not part of ivlua: LUA_TESTES names a copy of Lua's testes/
-- directory (or of main.lua itself); without it the test is skipped.
--
-- Its last part ("testing Ctrl C") starts a script in the background and
-- reads the script's pid and its first line from one pipe, which come in
-- either order on a busy machine; lua5.4 then fails the same way, leaving
-- the script looping. So a run that failed only there is tried again (three
-- runs at most), and each run is a process group of its own, killed after
-- it, so that nothing it started is left behind.
local bin = ...
local where = os.getenv("LUA_TESTES")
if not where or where == "" then T.skip("LUA_TESTES (a copy of Lua 5.4.4's testes/ or its main.lua) is not set") end
local file = where:match("%.lua$") and where or where .. "/main.lua"
if not io.open(file) then T.skip(file .. " is not there") end
local dir = file:match("^(.*)/[^/]*$") or "."
local tmp = T.tmpdir()
local log, group = tmp .. "/log", tmp .. "/pgid"

local passed, output = false, ""
for run = 1, 3 do
  local cmd = "cd " .. T.quote(dir) .. " && timeout 300 setsid -w sh -c 'echo $$ > " .. group .. "; exec \"$0\" \"$1\"' " ..
    T.quote(bin) .. " " .. T.quote(file) .. " > " .. T.quote(log) .. " 2>&1"
  passed = os.execute(cmd)
  local pgid = tonumber((T.read(group):match("%d+")))
  if pgid then os.execute("kill -KILL -" .. pgid .. " 2>/dev/null") end
  output = T.read(log)
  if passed or not output:find("testing Ctrl C", 1, true) then break end
  print("run " .. run .. " failed in the Ctrl-C part (its pid race):\n" .. output:sub(-300))
end
T.check(passed, "testes/main.lua with ivlua:\n" .. output:sub(-1500))
os.execute("rm -rf " .. T.quote(tmp))
