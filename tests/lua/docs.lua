--- The manual is true to the code: every function of the public modules
-- and every method of the objects is named in docs/manual.md, its Lua
-- blocks run (one after another, with 'c' the example corpus), its shell
-- commands run with status 0, and the man page names every command and
-- option the commands accept.
local check, eq, sh, q = T.check, T.eq, T.sh, T.quote
local ivlua = require "ivlua"
local IV, ROOT = arg[2] or "ivlua", arg[3]

local BUILTIN_FORMATS = ivlua.format.list() -- before the manual's code registers its own
local slurp = T.read
local manual = slurp(ROOT .. "/docs/manual.md")
local man = slurp(ROOT .. "/docs/ivlua.1")

local function names(t)
  local out = {}
  for k, v in pairs(t) do
    if type(k) == "string" and not k:match("^__") then out[#out + 1] = k end
  end
  table.sort(out)
  return out
end

-- {======== every function is documented ========

local function documented(prefix, t, form)
  for _, name in ipairs(names(t)) do
    local needle = form:format(name)
    check(manual:find(needle, 1, true), "docs/manual.md names " .. prefix .. name .. " (as '" .. needle .. "')")
  end
end
local skip = { Article = true, Corpus = true, Entity = true, Fact = true, query = true, format = true,
  gazetteer = true, json = true }
local top = {}
for k, v in pairs(ivlua) do if not skip[k] then top[k] = v end end
documented("ivlua.", top, "ivlua.%s")
documented("ivlua.gazetteer.", ivlua.gazetteer, "ivlua.gazetteer.%s")
documented("ivlua.json.", ivlua.json, "ivlua.json.%s")
documented("ivlua.query.", ivlua.query, "Q.%s")
documented("ivlua.format.", ivlua.format, "F.%s")
documented("Query:", getmetatable(ivlua.query.from({})).__index, "q:%s")
documented("Corpus:", ivlua.Corpus.methods, "corpus:%s")
documented("Article:", ivlua.Article.methods, "article:%s")
for _, f in ipairs(ivlua.Article.fields) do check(manual:find("`" .. f .. "`", 1, true), "article field " .. f) end

-- }========

-- {======== the manual's code runs ========

local env = setmetatable({ c = ivlua.load(ROOT .. "/examples/corpus") }, { __index = _G })
local real_stdout = io.stdout
local blocks = 0
for block in manual:gmatch("```lua\n(.-)```") do
  blocks = blocks + 1
  local chunk, err = load(block, "=manual block " .. blocks, "t", env)
  if check(chunk, "manual block " .. blocks .. " compiles: " .. tostring(err)) then
    io.output("/dev/null")
    local ok, msg = pcall(chunk)
    io.output(real_stdout)
    check(ok,
      "manual block " .. blocks .. " runs: " .. tostring(msg))
  end
end
check(blocks >= 5, "the manual has Lua examples")

local dir = T.tmpdir()
local commands = 0
-- commands on the shared corpora run only where they are (a clone alone has none)
local shared = sh("test -d " .. q(ROOT .. "/../shared/corpus")) == 0
if not shared then print("notice: ../shared is absent: the manual's commands on it are not run") end
for block in manual:gmatch("```sh\n(.-)```") do
  for line in block:gmatch("[^\n]+") do
    if line:find("build/bin/ivlua", 1, true) and not line:find(" -i ", 1, true) and
       (shared or not line:find("../shared", 1, true)) then
      commands = commands + 1
      local cmd = line:gsub("%s+#.*$", ""):gsub("build/bin/ivlua", (q(IV):gsub("%%", "%%%%")))
      cmd = cmd:gsub(" %-o (%S+)", function(f) return " -o " .. q(dir .. "/" .. f) end)
      local code, _, err = sh("cd " .. q(ROOT) .. " && " .. cmd)
      eq(code, 0, "manual: " .. line .. ": " .. err)
    end
  end
end
check(commands >= 6, "the manual's commands ran")
os.execute("rm -rf " .. q(dir))

-- }========

-- {======== the man page ========

check(man:find('^%.TH IVLUA 1'), "ivlua.1 is a man page")
for _, cmd in ipairs { "extract", "query", "merge", "report" } do
  local _, usage = sh(q(IV) .. " " .. cmd .. " --help")
  for opt in usage:gmatch("%-%-([%w-]+)") do
    check(man:find("\\-\\-" .. opt, 1, true), "ivlua.1 names " .. cmd .. " --" .. opt)
  end
end
-- and every built-in format, as does the manual's table of formats
for _, name in ipairs(BUILTIN_FORMATS) do
  check(man:find("\\fB" .. name .. "\\fR", 1, true), "ivlua.1 names the format " .. name)
  check(manual:find("| `" .. name .. "` |", 1, true), "docs/manual.md's table names the format " .. name)
end

-- }========

-- {======== cmake --install puts the man page, the manual and the modules in place ========

local BUILD = arg[4]
if BUILD then
  local prefix = T.tmpdir()
  local code, _, err = sh("cmake --install " .. q(BUILD) .. " --prefix " .. q(prefix))
  eq(code, 0, "cmake --install: " .. err)
  local function exists(p) local f = io.open(prefix .. "/" .. p, "rb"); if f then f:close() end; return f ~= nil end
  check(exists("share/man/man1/ivlua.1"), "the man page is installed")
  check(exists("share/doc/ivlua/manual.md"), "the manual is installed")
  local out
  code, out, err = sh(q(prefix .. "/bin/ivlua") .. " -E -e " .. q('print(ivlua.query.sum ~= nil, ivlua.format.get("csv") ~= nil)'))
  eq(out, "true\ttrue\n", "the installed ivlua finds its modules: " .. err)
  os.execute("rm -rf " .. q(prefix))
end

-- }========
