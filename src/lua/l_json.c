/*
** l_json.c
** ivlua.json: JSON text to Lua values and back, with jansson doing the
** parsing and the writing. Objects become tables with string keys, arrays
** sequences, null the light userdata ivlua.json.null (so that a null in an
** array keeps its place). Integers stay integers.
*/
#include <jansson.h>
#include <lauxlib.h>
#include <lua.h>
#include <string.h>

#include "l_aux.h"

#define MAX_DEPTH 200 /* nesting beyond this is an error, not a C stack overflow */

/* ivlua.json.null: one address, compared by identity */
static const char null_sentinel = 0;
#define NULL_SENTINEL ((void *)&null_sentinel)

static void push_value(lua_State *L, json_t *v, int depth);

static void push_object(lua_State *L, json_t *v, int depth) {
  const char *key;
  json_t *item;
  lua_createtable(L, 0, (int)json_object_size(v));
  json_object_foreach(v, key, item) {
    push_value(L, item, depth + 1);
    lua_setfield(L, -2, key);
  }
}

static void push_array(lua_State *L, json_t *v, int depth) {
  size_t n = json_array_size(v);
  lua_createtable(L, n < INT32_MAX ? (int)n : 0, 0);
  for (size_t i = 0; i < n; i++) {
    push_value(L, json_array_get(v, i), depth + 1);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
}

static void push_value(lua_State *L, json_t *v, int depth) {
  luaL_checkstack(L, 4, "JSON nested too deeply");
  if (depth > MAX_DEPTH) luaL_error(L, "JSON nested deeper than %d levels", MAX_DEPTH);
  switch (json_typeof(v)) {
  case JSON_OBJECT: push_object(L, v, depth); break;
  case JSON_ARRAY: push_array(L, v, depth); break;
  case JSON_STRING: lua_pushlstring(L, json_string_value(v), json_string_length(v)); break;
  case JSON_INTEGER: lua_pushinteger(L, (lua_Integer)json_integer_value(v)); break;
  case JSON_REAL: lua_pushnumber(L, json_real_value(v)); break;
  case JSON_TRUE: lua_pushboolean(L, 1); break;
  case JSON_FALSE: lua_pushboolean(L, 0); break;
  case JSON_NULL: lua_pushlightuserdata(L, NULL_SENTINEL); break;
  }
}

/* The parsed document, owned by a userdata so that a Lua error while
** converting it (out of memory, too deep) does not leak it. */
static void free_doc(json_t **doc) {
  if (*doc) json_decref(*doc);
  *doc = NULL;
}

static int doc_gc(lua_State *L) {
  free_doc(lua_touserdata(L, 1));
  return 0;
}

/* json.decode(s) -> value | fail, "line L column C: message" */
static int json_decode(lua_State *L) {
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  json_t **doc = lua_newuserdatauv(L, sizeof *doc, 0);
  *doc = NULL;
  lua_createtable(L, 0, 1);
  lua_pushcfunction(L, doc_gc);
  lua_setfield(L, -2, "__gc");
  lua_setmetatable(L, -2);
  json_error_t err;
  *doc = json_loadb(s, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &err);
  if (!*doc) {
    luaL_pushfail(L);
    lua_pushfstring(L, "line %d column %d: %s", err.line, err.column, err.text);
    return 2;
  }
  push_value(L, *doc, 0);
  free_doc(doc); /* converted: free it now rather than at the next collection */
  return 1;
}

static const luaL_Reg json_funcs[] = {
  {"decode", json_decode},
  {NULL, NULL},
};

void ivl_open_json(lua_State *L) {
  luaL_newlib(L, json_funcs);
  lua_pushlightuserdata(L, NULL_SENTINEL);
  lua_setfield(L, -2, "null");
}
