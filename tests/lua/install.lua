--- ivlua as others use it, after 'cmake --install' to a prefix of its own:
--   lua_module  lua5.4 (not ivlua) with that prefix's LUA_PATH/LUA_CPATH
--               runs `local ivlua = require "ivlua"` and extracts articles
--               from a string and from files of examples/corpus
--   c_api       tests/c/api_consumer.c, built with `pkg-config --cflags
--               --libs ivlua` against the prefix, writes the JSON Lines
--               'ivlua extract' writes; libivlua.so exports ivlua.h's API
--   rockspec    ivlua-0.1.0-1.rockspec is Lua and agrees with CMakeLists.txt
-- Usage: ivlua run.lua install.lua MODE ROOT BUILD [SANITIZE_FLAGS]
local check, eq, sh, q = T.check, T.eq, T.sh, T.quote
local ivlua = require "ivlua"
local MODE, ROOT, BUILD, SANITIZE = arg[2], arg[3], arg[4], arg[5] or ""

local EXAMPLES = ROOT .. "/examples/corpus"
local FILES = { EXAMPLES .. "/01-bac-giang-korean-electronics.txt", EXAMPLES .. "/02-da-nang-japanese-software.txt" }
local STRING = "Samsung will invest US$2 billion in Bắc Ninh province, a 5% rise."

local function have(cmd) return sh("command -v " .. cmd) == 0 end

-- CMakeLists.txt and the build's cache: versions, options, install dirs
local cmakelists = T.read(ROOT .. "/CMakeLists.txt")
local cache = {}
for k, v in T.read(BUILD .. "/CMakeCache.txt"):gmatch("\n([%w_]+):%w+=([^\n]*)") do cache[k] = v end
local VERSION = cmakelists:match("project%(ivlua VERSION ([%d.]+)")

--- 'cmake --install' of the build to a new prefix; returns it.
local function install()
  local prefix = T.tmpdir()
  local code, _, err = sh("cmake --install " .. q(BUILD) .. " --prefix " .. q(prefix))
  eq(code, 0, "cmake --install: " .. err)
  return prefix
end

local function exists(p) local f = io.open(p, "rb"); if f then f:close() end; return f ~= nil end

--- The names a shared object exports (nm -D), or nil without nm.
local function exports(path)
  if not have("nm") then return nil end
  local code, out = sh("nm -D --defined-only " .. q(path))
  if code ~= 0 then return nil end
  local names = {}
  for name in out:gmatch("%s[TDBR]%s+([%w_]+)\n") do names[#names + 1] = name end
  table.sort(names)
  return names
end

--- "type<TAB>text<TAB>start<TAB>end" for an article's entities, then
-- "type<TAB>start<TAB>end<TAB>investor<TAB>target<TAB>usd" for its facts:
-- the same source runs in this ivlua and in lua5.4.
local SUMMARY = [[
function(article)
  local lines = {}
  for e in article:entities() do
    lines[#lines + 1] = table.concat({ e.type, e.text, e.start, e["end"] }, "\t")
  end
  for f in article:facts() do
    lines[#lines + 1] = table.concat({ f.type, f.start, f["end"], tostring(f.investor), tostring(f.target),
      tostring(f.usd) }, "\t")
  end
  return table.concat(lines, "\n") .. "\n"
end]]
local summary = assert(load("return " .. SUMMARY))()

-- {======== lua5.4: require "ivlua" from the installed prefix ========

local function lua_module()
  if not have("lua5.4") then T.skip("lua5.4 is not installed (tools/setup.sh installs it)") end
  local prefix = install()
  local lmod = prefix .. "/" .. cache.IVLUA_INSTALL_LMOD
  local cmod = prefix .. "/" .. cache.IVLUA_INSTALL_CMOD
  check(exists(lmod .. "/ivlua/init.lua"), "ivlua/init.lua is installed in " .. lmod)
  check(exists(lmod .. "/ivlua/query.lua"), "ivlua/query.lua is installed in " .. lmod)
  check(exists(cmod .. "/ivlua/core.so"), "ivlua/core.so is installed in " .. cmod)
  local names = exports(cmod .. "/ivlua/core.so")
  if names then eq(table.concat(names, " "), "luaopen_ivlua_core", "ivlua/core.so exports luaopen_ivlua_core only") end

  -- what lua5.4 prints, from a directory away from the sources and the build
  local script = T.write(prefix .. "/use.lua", "local summary = " .. SUMMARY .. [[

local ivlua = require "ivlua"
assert(type(ivlua.article) == "function" and type(ivlua.query) == "table", "the module and its Lua half")
print(package.searchpath("ivlua.core", package.cpath))
print(package.searchpath("ivlua", package.path))
print(ivlua.version)
-- an article from a string
local a = assert(ivlua.article(select(1, ...), { doc = "string.txt" }))
io.write(summary(a), "--\n")
-- files, loaded whole and streamed
local c = assert(ivlua.load(select(2, ...), select(3, ...)))
for i = 1, #c do io.write(summary(c[i]), "--\n") end
local n = 0
local f1, f2 = select(2, ...)
for art in ivlua.each(f1, f2, { jobs = 2 }) do for _ in art:entities() do n = n + 1 end end -- on threads
print("each", n)
-- a query and a format, the Lua half of the module
local rows = ivlua.query.facts(c, { type = "investment" }):select("doc", "investor", "usd"):all()
print("investments", #rows)
io.stdout:flush()
rows:write("csv", io.stdout)
]])
  local env = "LUA_PATH=" .. q(lmod .. "/?.lua;" .. lmod .. "/?/init.lua") .. " LUA_CPATH=" .. q(cmod .. "/?.so")
  local preload = ""
  if SANITIZE ~= "" then
    -- a module built with the sanitizers needs their runtimes loaded first
    local libs = {}
    for flag, lib in pairs { address = "libasan.so", undefined = "libubsan.so", thread = "libtsan.so" } do
      if SANITIZE:find(flag, 1, true) then
        local _, path = sh("cc -print-file-name=" .. lib)
        libs[#libs + 1] = path:gsub("%s+$", "")
      end
    end
    table.sort(libs) -- libasan before libubsan
    -- UBSan's runtime keeps a few blocks about the module lua5.4 unloads
    -- at lua_close: its own, not ivlua's (whose leaks are still reported)
    local supp = T.write(prefix .. "/lsan.supp", "leak:libubsan.so\n")
    preload = "LD_PRELOAD=" .. q(table.concat(libs, " ")) .. " LSAN_OPTIONS=suppressions=" .. q(supp) .. " "
  end
  local code, out, err = sh("cd " .. q(prefix) .. " && " .. preload .. env .. " lua5.4 " .. q(script) .. " "
    .. q(STRING) .. " " .. q(FILES[1]) .. " " .. q(FILES[2]))
  eq(code, 0, "lua5.4 runs require \"ivlua\": " .. err)
  local core_path, init_path, version, rest = out:match("^([^\n]*)\n([^\n]*)\n([^\n]*)\n(.*)$")
  eq(core_path, cmod .. "/ivlua/core.so", "lua5.4 loads the installed C module")
  eq(init_path, lmod .. "/ivlua/init.lua", "lua5.4 loads the installed Lua module")
  eq(version, VERSION, "ivlua.version")

  -- what this ivlua (the build's) says of the same articles
  local want = { summary(assert(ivlua.article(STRING, { doc = "string.txt" }))) }
  local c = ivlua.load(FILES[1], FILES[2])
  for i = 1, #c do want[#want + 1] = summary(c[i]) end
  local parts = {}
  for part in rest:gmatch("(.-)%-%-\n") do parts[#parts + 1] = part end
  eq(#parts, 3, "lua5.4 summarised three articles")
  for i = 1, 3 do eq(parts[i], want[i], "lua5.4 and ivlua extract the same from article " .. i) end
  -- entities of the string, by name
  check(parts[1]:find("organization\tSamsung\t0\t7\n", 1, true), "Samsung is an organization: " .. tostring(parts[1]))
  check(parts[1]:find("money\tUS$2 billion\t20\t32\n", 1, true), "US$2 billion is money")
  check(parts[1]:find("location\tBắc Ninh\t36\t46\n", 1, true), "Bắc Ninh is a location")
  check(parts[1]:find("investment\t0\t%d+\tSamsung\tBắc Ninh\t2000000000\n"), "Samsung invests in Bắc Ninh")
  check(parts[2]:find("money\t$120 million\t", 1, true), "the Bắc Giang article's $120 million")
  local n = 0
  for i = 1, #c do for _ in c[i]:entities() do n = n + 1 end end
  check(rest:find("\neach\t" .. n .. "\n", 1, true), "ivlua.each streams the files: " .. rest)
  local investments = tonumber(rest:match("\ninvestments\t(%d+)\n"))
  check(investments and investments > 0, "a query over the loaded files finds investments")
  check(rest:find("\ndoc,investor,usd\r?\n01%-bac%-giang%-korean%-electronics%.txt,KR,120000000\r?\n"), "ivlua.format writes csv: " .. rest)

  -- a program embedding Lua that goes on after lua_close (which unloads
  -- ivlua/core.so) still dies of SIGTERM once ivlua wrote a file by path
  -- (its handlers stay: the module is made resident when it installs them)
  if SANITIZE == "" and have("cc") and sh("pkg-config --exists lua5.4") == 0 then
    local host = prefix .. "/lua_host"
    local flags = "$(pkg-config --cflags --libs lua5.4) -Wl,-E"
    code, _, err = sh("cc -std=c11 -o " .. q(host) .. " " .. q(ROOT .. "/tests/c/lua_host.c") .. " " .. flags)
    if eq(code, 0, "tests/c/lua_host.c builds: " .. err) then
      local csv = prefix .. "/out.csv"
      local chunk = 'require("ivlua").format.write("csv", {{a = 1}}, ' .. string.format("%q", csv) .. ")"
      code, out, err = sh(env .. " " .. q(host) .. " " .. q(chunk))
      eq(code, 128 + 15, "the host dies of SIGTERM after lua_close: " .. out .. err)
      eq(out, "closed\n", "the host closed its state first")
      check(T.read(csv):match("^a\r?\n1\r?\n$"), "the file was written")
    end
  end
  os.execute("rm -rf " .. q(prefix))
end

-- }========

-- {======== C: pkg-config, libivlua.so, ivlua.h ========

local function c_api()
  for _, cmd in ipairs { "cc", "pkg-config" } do
    if not have(cmd) then T.skip(cmd .. " is not installed") end
  end
  local prefix = install()
  local libdir = prefix .. "/" .. cache.CMAKE_INSTALL_LIBDIR
  check(exists(prefix .. "/" .. cache.CMAKE_INSTALL_INCLUDEDIR .. "/ivlua.h"), "ivlua.h is installed")
  check(exists(libdir .. "/pkgconfig/ivlua.pc"), "ivlua.pc is installed")
  local soname = "libivlua.so." .. VERSION:match("^%d+")
  for _, name in ipairs { "libivlua.so", soname, "libivlua.so." .. VERSION } do
    check(exists(libdir .. "/" .. name), name .. " is installed")
  end
  local _, link = sh("readlink " .. q(libdir .. "/libivlua.so"))
  eq(link, soname .. "\n", "libivlua.so links to the versioned soname")

  -- the library exports the functions of ivlua.h, and only those
  local declared = {}
  for name in T.read(ROOT .. "/include/ivlua.h"):gmatch("\nIVL_API [^(]-([%w_]+)%(") do declared[#declared + 1] = name end
  table.sort(declared)
  check(#declared >= 10, "ivlua.h declares its API with IVL_API")
  local names = exports(libdir .. "/libivlua.so")
  if names then eq(table.concat(names, " "), table.concat(declared, " "), "libivlua.so exports ivlua.h's functions only") end

  -- a program built the way the README says, run on examples
  local env = "PKG_CONFIG_PATH=" .. q(libdir .. "/pkgconfig")
  local code, flags, err = sh(env .. " pkg-config --cflags --libs ivlua")
  eq(code, 0, "pkg-config finds ivlua: " .. err)
  check(flags:find("-livlua", 1, true), "pkg-config --libs ivlua: " .. flags)
  local _, modversion = sh(env .. " pkg-config --modversion ivlua")
  eq(modversion, VERSION .. "\n", "ivlua.pc's version")
  local exe = prefix .. "/api_consumer"
  code, _, err = sh("cc -std=c11 -Wall -Wextra -Wpedantic -Werror " .. SANITIZE .. " -o " .. q(exe) .. " "
    .. q(ROOT .. "/tests/c/api_consumer.c") .. " $(" .. env .. " pkg-config --cflags --libs ivlua)")
  eq(code, 0, "api_consumer.c builds against the installed ivlua: " .. err)
  local run = "cd " .. q(prefix) .. " && LD_LIBRARY_PATH=" .. q(libdir) .. " " .. q(exe)
  local out
  code, out, err = sh(run .. " - " .. q(FILES[1]) .. " " .. q(FILES[2]))
  eq(code, 0, "api_consumer runs: " .. err)
  eq(err, "", "api_consumer says nothing on stderr")
  local memory, jsonl = out:match("^(.-\n)({.*)$")
  -- from memory: spans into the bytes given
  check(memory and memory:find("organization\tSamsung\t0\t7\n", 1, true), "from memory: Samsung: " .. tostring(memory))
  check(memory and memory:find("money\tUS$2 billion\t20\t32\n", 1, true), "from memory: US$2 billion")
  check(memory and memory:find("location\tBắc Ninh\t36\t46\n", 1, true), "from memory: Bắc Ninh")
  check(memory and memory:find("percent\t5%\t59\t61\n", 1, true), "from memory: 5%")
  -- from files: what the command writes, line for line
  local _, want = sh(q(BUILD .. "/bin/ivlua") .. " extract " .. q(FILES[1]) .. " " .. q(FILES[2]))
  eq(jsonl, want, "api_consumer's JSON Lines are 'ivlua extract's")
  local types, docs = {}, {}
  for line in (jsonl or ""):gmatch("[^\n]+") do
    local v = ivlua.json.decode(line)
    if check(v, "a JSON line: " .. line) then
      types[v.type] = (types[v.type] or 0) + 1
      docs[v.doc] = true
    end
  end
  for _, t in ipairs { "money", "location", "organization", "date", "investment" } do
    check(types[t], "the JSON Lines have " .. t)
  end
  check(docs["01-bac-giang-korean-electronics.txt"] and docs["02-da-nang-japanese-software.txt"], "both files")

  -- the README's program, built and run as the README says
  local readme = T.read(ROOT .. "/README.md"):match("\n## Installing\n(.-)\n## ") or ""
  local program = readme:match("```c\n(.-)```")
  if check(program, "README's Installing section has a C program") then
    local src = T.write(prefix .. "/extract.c", program)
    code, _, err = sh("cc -std=c11 -Wall -Wextra -Werror " .. SANITIZE .. " -o " .. q(prefix .. "/extract") .. " "
      .. q(src) .. " $(" .. env .. " pkg-config --cflags --libs ivlua)")
    eq(code, 0, "the README's C program builds: " .. err)
    code, out, err = sh("LD_LIBRARY_PATH=" .. q(libdir) .. " " .. q(prefix .. "/extract") .. " " .. q(FILES[1]) .. " "
      .. q(prefix .. "/missing.txt") .. " " .. q(FILES[2]))
    eq(code, 0, "the README's C program runs: " .. err)
    eq(out, want, "the README's C program writes what 'ivlua extract' does")
    eq(err, prefix .. "/missing.txt: cannot open: No such file or directory\n", "and names a missing file")
  end

  -- the program needs the soname, not the build's path
  if have("readelf") then
    local _, dyn = sh("readelf -d " .. q(exe))
    check(dyn:find("[" .. soname .. "]", 1, true), "api_consumer needs " .. soname)
  end
  os.execute("rm -rf " .. q(prefix))
end

-- }========

-- {======== the rockspec ========

local function rockspec()
  local name = "ivlua-" .. VERSION .. "-1.rockspec"
  local spec = {}
  local chunk, err = loadfile(ROOT .. "/" .. name, "t", spec)
  if not check(chunk, name .. " is Lua: " .. tostring(err)) then return end
  chunk()
  eq(spec.package, "ivlua", "package")
  eq(spec.version, VERSION .. "-1", "its version is the project's (CMakeLists.txt)")
  check(type(spec.source) == "table" and type(spec.source.url) == "string", "source.url")
  check(type(spec.description) == "table" and spec.description.summary, "description.summary")
  local lua = false
  for _, d in ipairs(spec.dependencies or {}) do
    if d:match("^lua ") then lua = d:find(">= 5.4", 1, true) and d:find("< 5.5", 1, true) end
  end
  check(lua, "it depends on lua 5.4")
  -- every library CMakeLists.txt finds (Lua apart) is an external dependency
  for pkg in cmakelists:gmatch("pkg_check_modules%((%w+) REQUIRED") do
    if pkg ~= "LUA" then
      local dep = (spec.external_dependencies or {})[pkg]
      check(dep and dep.header, "external_dependencies." .. pkg .. " names a header")
      if dep and dep.header then
        check(exists("/usr/include/" .. dep.header), pkg .. "'s header " .. dep.header .. " is where Debian puts it")
      end
    end
  end
  local build = spec.build or {}
  eq(build.type, "cmake", "build.type")
  local vars = build.variables or {}
  eq(vars.CMAKE_INSTALL_PREFIX, "$(PREFIX)", "the rock's prefix")
  eq(vars.IVLUA_INSTALL_LMOD, "$(LUADIR)", "Lua modules where LuaRocks deploys them")
  eq(vars.IVLUA_INSTALL_CMOD, "$(LIBDIR)", "the C module where LuaRocks deploys it")
  for k in pairs(vars) do
    if k:match("^IVLUA_") then
      check(cmakelists:find("option(" .. k .. " ", 1, true) or cmakelists:find("set(" .. k .. " ", 1, true)
        and cache[k] ~= nil, k .. " is an option of CMakeLists.txt")
    end
  end
end

-- }========

if MODE == "lua_module" then lua_module()
elseif MODE == "c_api" then c_api()
elseif MODE == "rockspec" then rockspec()
else error("usage: install.lua lua_module|c_api|rockspec ROOT BUILD [SANITIZE_FLAGS]") end
