/*
** fuzz_json.c
** ivlua.json.decode and encode (src/lua/l_json.c) in a Lua state of their
** own: any bytes decoded; what decodes is encoded, decoded and encoded
** again.
** Asserts beyond "no crash": decode returns a value or fail plus a message,
** never raises (but for nesting beyond its depth, a plain error); a decoded
** value encodes, and its text is stable: encode(decode(encode(v))) is
** encode(v), byte for byte.
*/
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <string.h>

#include "fuzz.h"

void ivl_open_json(lua_State *L);

/* decode, encode, decode, encode; returns 'ok', the first text and the
** second, or 'fail' */
static const char chunk[] =
  "local s = ...\n"
  "local v, msg = json.decode(s)\n"
  "if v == nil then assert(type(msg) == 'string'); return 'fail' end\n"
  "local t1 = assert(json.encode(v))\n"
  "local w, err = json.decode(t1)\n" /* false is a value: not assert()'s */
  "assert(w ~= nil, err)\n"
  "local t2 = assert(json.encode(w))\n"
  "return 'ok', t1, t2\n";

/* A state per input, closed after it: memory Lua keeps between inputs
** would make libFuzzer look for leaks after every one. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  lua_State *L = luaL_newstate();
  if (!L) abort();
  luaL_requiref(L, "_G", luaopen_base, 1);
  ivl_open_json(L);
  lua_setglobal(L, "json");
  lua_settop(L, 0);
  if (luaL_loadstring(L, chunk) != LUA_OK) abort();
  lua_pushlstring(L, (const char *)data, size);
  if (lua_pcall(L, 1, 3, 0) != LUA_OK) {
    const char *msg = lua_tostring(L, -1);
    FUZZ_ASSERT(msg && strstr(msg, "nest"), "raised: %s", msg ? msg : "(not a string)");
  } else if (strcmp(lua_tostring(L, 1), "ok") == 0) {
    size_t n1, n2;
    const char *t1 = lua_tolstring(L, 2, &n1), *t2 = lua_tolstring(L, 3, &n2);
    FUZZ_ASSERT(n1 == n2 && memcmp(t1, t2, n1) == 0, "unstable: %.*s -> %.*s", (int)n1, t1,
                (int)n2, t2);
  }
  lua_close(L);
  return 0;
}
