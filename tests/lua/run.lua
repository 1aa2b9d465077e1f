--- Test runner: `ivlua run.lua FILE [args]` runs FILE with the helpers
-- below as globals and ends with "N passed, N failed" (exit 1 on failure,
-- 77 when FILE calls skip()).

local passed, failed = 0, 0
T = {}

function T.check(cond, msg)
  if cond then
    passed = passed + 1
  else
    failed = failed + 1
    io.stderr:write("FAIL: ", tostring(msg), "\n", debug.traceback("", 2), "\n")
  end
  return cond
end

local function deep_eq(a, b)
  if type(a) ~= "table" or type(b) ~= "table" then return a == b end
  for k, v in pairs(a) do if not deep_eq(v, b[k]) then return false end end
  for k in pairs(b) do if a[k] == nil then return false end end
  return true
end

function T.eq(got, want, what)
  return T.check(deep_eq(got, want),
    string.format("%s: got %s, want %s", what or "value", tostring(got), tostring(want)))
end

--- f(...) must raise an error whose message contains 'fragment'.
function T.checkerr(fragment, f, ...)
  local ok, err = pcall(f, ...)
  return T.check(not ok and tostring(err):find(fragment, 1, true),
    string.format("expected an error with '%s', got %s", fragment, ok and "no error" or tostring(err)))
end

--- Run a shell command; returns exit code, stdout, stderr.
function T.sh(cmd, input)
  local tmp = T.tmpname()
  local out, err = tmp .. ".out", tmp .. ".err"
  if input then
    local f = assert(io.open(tmp, "wb")); f:write(input); f:close()
    cmd = cmd .. " < " .. tmp
  end
  local ok, how, code = os.execute(cmd .. " > " .. out .. " 2> " .. err)
  local function slurp(p) local f = io.open(p, "rb"); local s = f and f:read("a") or ""; if f then f:close() end; return s end
  local o, e = slurp(out), slurp(err)
  os.remove(tmp); os.remove(out); os.remove(err)
  return (how == "exit" and code or 128 + code), o, e
end

function T.quote(s) return "'" .. tostring(s):gsub("'", "'\\''") .. "'" end

-- A test's temporary files and folders all live in one scratch folder of
-- its own, removed when the test ends (pass, fail or skip): a run of the
-- suite leaves nothing behind in /tmp, whatever a test forgets to remove.
local scratch, scratch_names = nil, 0

--- A new path in the test's scratch folder (nothing is created there).
function T.tmpname()
  if not scratch then
    scratch = os.tmpname(); os.remove(scratch)
    assert(os.execute("mkdir -m 700 " .. T.quote(scratch)), "cannot make a scratch folder")
  end
  scratch_names = scratch_names + 1
  return string.format("%s/t%d", scratch, scratch_names)
end

local function remove_scratch()
  if scratch then os.execute("rm -rf " .. T.quote(scratch)) end
end

function T.skip(why)
  print("skipped: " .. why)
  remove_scratch()
  os.exit(77, true)
end

function T.read(path)
  local f = assert(io.open(path, "rb")); local s = f:read("a"); f:close()
  return s
end

--- The number of keys of a table.
function T.size(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n
end

function T.write(path, bytes)
  local f = assert(io.open(path, "wb")); f:write(bytes); f:close()
  return path
end

--- `ivlua extract` over a corpus folder with gold.jsonl, scored by
-- ../shared/eval/score: the extract's exit code and stderr, and the report.
function T.extract_scored(bin, score, dir)
  local code, jsonl, err = T.sh(T.quote(bin) .. " extract --format jsonl " .. T.quote(dir))
  local out = T.write(T.tmpname(), jsonl)
  local _, report = T.sh(T.quote(score) .. " " .. T.quote(dir .. "/gold.jsonl") .. " " .. T.quote(out) ..
    " --docs " .. T.quote(dir))
  os.remove(out)
  return code, err, report
end

function T.tmpdir()
  local p = T.tmpname()
  assert(os.execute("mkdir " .. T.quote(p)))
  return p
end

--- The names in directory 'dir' (hidden ones too), sorted, space-separated.
function T.listing(dir)
  local names = {}
  for name in io.popen("ls -A " .. T.quote(dir)):lines() do names[#names + 1] = name end
  table.sort(names)
  return table.concat(names, " ")
end

local file = assert(arg[1], "usage: run.lua TEST.lua [args]")
local chunk = assert(loadfile(file))
local ok, err = xpcall(chunk, debug.traceback, table.unpack(arg, 2))
if not ok then
  failed = failed + 1
  io.stderr:write("ERROR: ", tostring(err), "\n")
end
remove_scratch()
print(string.format("%d passed, %d failed", passed, failed))
os.exit(failed == 0 and 0 or 1, true)
