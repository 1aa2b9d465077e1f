-- ivlua as a LuaRocks package: `luarocks make ivlua-0.1.0-1.rockspec` in a
-- checkout builds it with CMake (build.type "cmake") and installs the module
-- (ivlua/init.lua ... and the C module ivlua/core.so) into the rock tree,
-- with the ivlua command in its bin/. Lua's headers and library are found
-- through pkg-config (lua5.4.pc: Debian's liblua5.4-dev), as in a plain
-- CMake build. tests/lua/install.lua checks this file against
-- CMakeLists.txt (version, options, dependencies).
rockspec_format = "3.0"
package = "ivlua"
version = "0.1.0-1"

-- Where a published rock fetches the sources from: to be set to the
-- project's public repository before uploading (luarocks make does not use it).
source = {
  url = "git+https://example.invalid/ivlua.git",
  tag = "v0.1.0",
}

description = {
  summary = "Read investment and cooperation news, query the facts it states",
  detailed = [[
ivlua extracts entities (money, percentages, dates, places, organisations,
people, sectors) and facts (investments, agreements, partnerships) from
news articles with rules written as PCRE2 patterns and Lua, and queries,
groups and writes them (JSON Lines, CSV, Markdown, HTML). The C engine is
a Lua 5.4 module: local ivlua = require "ivlua".
]],
  labels = { "text", "nlp", "extraction", "news" },
}

dependencies = {
  "lua >= 5.4, < 5.5",
}

-- The libraries the CMake build finds with pkg-config (CMakeLists.txt's
-- pkg_check_modules, Lua apart): Debian's libpcre2-dev, libutf8proc-dev,
-- libjansson-dev, zlib1g-dev and libedit-dev.
external_dependencies = {
  PCRE2 = { header = "pcre2.h", library = "pcre2-8" },
  UTF8PROC = { header = "utf8proc.h", library = "utf8proc" },
  JANSSON = { header = "jansson.h", library = "jansson" },
  ZLIB = { header = "zlib.h", library = "z" },
  EDIT = { header = "histedit.h", library = "edit" },
  SQLITE3 = { header = "sqlite3.h", library = "sqlite3" },
}

build = {
  type = "cmake",
  variables = {
    CMAKE_BUILD_TYPE = "Release",
    CMAKE_INSTALL_PREFIX = "$(PREFIX)",
    -- the Lua modules and the C module where LuaRocks deploys them from
    IVLUA_INSTALL_LMOD = "$(LUADIR)",
    IVLUA_INSTALL_CMOD = "$(LIBDIR)",
    -- libivlua.so, ivlua.h and ivlua.pc are for C programs, not for a rock
    IVLUA_INSTALL_CLIB = "OFF",
    -- nor are the tests and benchmarks
    IVLUA_BUILD_TESTS = "OFF",
  },
  copy_directories = { "docs", "examples" },
}
