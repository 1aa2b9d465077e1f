/*
** l_json.c
** ivlua.json: JSON text to Lua values and back, with jansson doing the
** parsing and the writing. Objects become tables with string keys, arrays
** sequences, null the light userdata ivlua.json.null (so that a null in an
** array keeps its place). Integers stay integers.
**
** Encoding builds a jansson tree from the Lua value: a table whose keys are
** exactly 1..n is an array, any other an object with its keys sorted (or in
** the order the caller gives), so that the same value always gives the same
** text. A float with no fraction is written as an integer, as the extractor
** writes its values.
*/
#include <jansson.h>
#include <lauxlib.h>
#include <lua.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
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

/* A jansson tree owned by a userdata (a "box"), so that a Lua error while
** converting it (out of memory, too deep) does not leak it. */
static void free_tree(json_t **t) {
  if (*t) json_decref(*t);
  *t = NULL;
}

static int box_gc(lua_State *L) {
  free_tree(lua_touserdata(L, 1));
  return 0;
}

static json_t **new_box(lua_State *L) {
  json_t **t = lua_newuserdatauv(L, sizeof *t, 0);
  *t = NULL;
  lua_createtable(L, 0, 1);
  lua_pushcfunction(L, box_gc);
  lua_setfield(L, -2, "__gc");
  lua_setmetatable(L, -2);
  return t;
}

/* json.decode(s) -> value | fail, "line L column C: message" */
static int json_decode(lua_State *L) {
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  json_t **doc = new_box(L);
  json_error_t err;
  *doc = json_loadb(s, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &err);
  if (!*doc) {
    luaL_pushfail(L);
    lua_pushfstring(L, "line %d column %d: %s", err.line, err.column, err.text);
    return 2;
  }
  push_value(L, *doc, 0);
  free_tree(doc); /* converted: free it now rather than at the next collection */
  return 1;
}

/* {======================================================================
** Encoding
** ======================================================================= */

typedef struct encoder {
  lua_State *L;
  int order;   /* stack index of the key-order table, or 0 */
  int precise; /* a number needs 17 digits to read back */
} encoder;

static json_t *to_json(encoder *e, int idx, int depth);

/* Numbers are written with 15 significant digits ("0.1", not
** "0.10000000000000001"); a value those do not read back as makes the whole
** text use 17 (jansson's precision is one per dump), so that a decoded text
** encodes to itself. */
static json_t *number_to_json(encoder *e, int idx) {
  lua_State *L = e->L;
  if (lua_isinteger(L, idx)) return json_integer((json_int_t)lua_tointeger(L, idx));
  double v = lua_tonumber(L, idx);
  if (!isfinite(v)) return json_null(); /* JSON has no NaN or infinity */
  if (v == floor(v) && fabs(v) < 9007199254740992.0) return json_integer((json_int_t)v);
  char digits[32];
  snprintf(digits, sizeof digits, "%.15g", v);
  if (strtod(digits, NULL) != v) e->precise = 1;
  return json_real(v);
}

static json_t *string_to_json(lua_State *L, int idx) {
  size_t n;
  const char *s = lua_tolstring(L, idx, &n);
  json_t *j = json_stringn(s, n);
  if (!j) luaL_error(L, "json.encode: string is not valid UTF-8");
  return j;
}

/* Is the table at 'idx' a sequence 1..n with nothing else? n > 0. */
static int is_array(lua_State *L, int idx, size_t *n) {
  *n = lua_rawlen(L, idx);
  if (*n == 0) {
    if (!lua_getmetatable(L, idx)) return 0;
    int marked = lua_getfield(L, -1, "__jsontype") == LUA_TSTRING &&
                 strcmp(lua_tostring(L, -1), "array") == 0;
    lua_pop(L, 2);
    return marked;
  }
  size_t count = 0;
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);
    count++;
  }
  return count == *n;
}

/* Adds t[key] (the key on the stack top) to the object; pops the key. */
static void add_member(encoder *e, json_t *obj, int idx, int depth) {
  lua_State *L = e->L;
  lua_pushvalue(L, -1);
  lua_rawget(L, idx);
  json_t *v = to_json(e, lua_gettop(L), depth + 1);
  lua_pop(L, 1);
  if (json_object_set_new(obj, lua_tostring(L, -1), v)) luaL_error(L, "out of memory");
  lua_pop(L, 1);
}

static int compare_keys(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The object's keys: first those of the order list that it has, then the
** rest sorted. The key strings stay alive in a table on the stack. */
static json_t *object_to_json(encoder *e, int idx, int depth, json_t **box) {
  lua_State *L = e->L;
  lua_newtable(L); /* keys already written */
  int done = lua_gettop(L);
  if (e->order) {
    lua_Integer n = luaL_len(L, e->order);
    for (lua_Integer i = 1; i <= n; i++) {
      if (lua_rawgeti(L, e->order, i) != LUA_TSTRING) luaL_error(L, "json.encode: keys must be strings");
      lua_pushvalue(L, -1);
      if (lua_rawget(L, idx) == LUA_TNIL) {
        lua_pop(L, 2);
        continue;
      }
      lua_pop(L, 1);
      lua_pushvalue(L, -1);
      lua_pushboolean(L, 1);
      lua_rawset(L, done);
      add_member(e, *box, idx, depth);
    }
  }
  /* The other keys, in a Lua table (which keeps the strings alive), then
  ** sorted in a Lua-owned array, so that an error on the way leaks nothing. */
  lua_newtable(L);
  int rest = lua_gettop(L);
  lua_Integer count = 0;
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING)
      luaL_error(L, "json.encode: an object key is a %s, not a string", luaL_typename(L, -1));
    lua_pushvalue(L, -1);
    int written = lua_rawget(L, done) != LUA_TNIL;
    lua_pop(L, 1);
    if (written) continue;
    lua_pushvalue(L, -1);
    lua_rawseti(L, rest, ++count);
  }
  if (count == 0) {
    lua_settop(L, done - 1);
    return *box;
  }
  const char **keys = lua_newuserdatauv(L, (size_t)count * sizeof *keys, 0);
  for (lua_Integer i = 0; i < count; i++) {
    lua_rawgeti(L, rest, i + 1);
    keys[i] = lua_tostring(L, -1); /* alive: 'rest' holds the string */
    lua_pop(L, 1);
  }
  qsort(keys, (size_t)count, sizeof *keys, compare_keys);
  for (lua_Integer i = 0; i < count; i++) {
    lua_pushstring(L, keys[i]);
    add_member(e, *box, idx, depth);
  }
  lua_settop(L, done - 1);
  return *box;
}

static json_t *table_to_json(encoder *e, int idx, int depth) {
  lua_State *L = e->L;
  if (depth > MAX_DEPTH) luaL_error(L, "json.encode: nested deeper than %d levels (a cycle?)", MAX_DEPTH);
  luaL_checkstack(L, 8, "json.encode: nested too deeply");
  json_t **box = new_box(L);
  size_t n;
  if (is_array(L, idx, &n)) {
    *box = json_array();
    for (size_t i = 1; i <= n && *box; i++) {
      lua_rawgeti(L, idx, (lua_Integer)i);
      json_t *v = to_json(e, lua_gettop(L), depth + 1);
      lua_pop(L, 1);
      if (json_array_append_new(*box, v)) luaL_error(L, "out of memory");
    }
  } else {
    *box = json_object();
    if (*box) object_to_json(e, idx, depth, box);
  }
  if (!*box) luaL_error(L, "out of memory");
  json_t *t = *box;
  *box = NULL; /* handed to the caller */
  lua_pop(L, 1);
  return t;
}

static json_t *to_json(encoder *e, int idx, int depth) {
  lua_State *L = e->L;
  json_t *j = NULL;
  switch (lua_type(L, idx)) {
  case LUA_TNIL: j = json_null(); break;
  case LUA_TBOOLEAN: j = json_boolean(lua_toboolean(L, idx)); break;
  case LUA_TNUMBER: j = number_to_json(e, idx); break;
  case LUA_TSTRING: j = string_to_json(L, idx); break;
  case LUA_TTABLE: j = table_to_json(e, idx, depth); break;
  case LUA_TLIGHTUSERDATA:
    if (lua_touserdata(L, idx) == NULL_SENTINEL) {
      j = json_null();
      break;
    }
    /* FALLTHROUGH */
  default: luaL_error(L, "json.encode: cannot encode a %s", luaL_typename(L, idx));
  }
  if (!j) luaL_error(L, "out of memory");
  return j;
}

/* json.encode(value [, {indent = N, keys = {...}}]) -> string */
static int json_encode(lua_State *L) {
  encoder e = {L, 0, 0};
  size_t flags = JSON_ENCODE_ANY | JSON_PRESERVE_ORDER;
  luaL_checkany(L, 1);
  lua_settop(L, 2);
  if (!lua_isnil(L, 2)) {
    luaL_checktype(L, 2, LUA_TTABLE);
    lua_Integer indent = (lua_getfield(L, 2, "indent"), luaL_optinteger(L, -1, 0));
    luaL_argcheck(L, indent >= 0 && indent <= 31, 2, "indent must be 0 to 31");
    flags |= indent ? JSON_INDENT(indent) : JSON_COMPACT;
    if (lua_getfield(L, 2, "keys") == LUA_TTABLE) e.order = lua_gettop(L);
  } else {
    flags |= JSON_COMPACT;
  }
  json_t **box = new_box(L);
  *box = to_json(&e, 1, 0);
  char *text = json_dumps(*box, flags | JSON_REAL_PRECISION(e.precise ? 17 : 15));
  if (!text) return luaL_error(L, "out of memory");
  lua_pushstring(L, text);
  free(text);
  return 1;
}

/* }====================================================================== */

static const luaL_Reg json_funcs[] = {
  {"decode", json_decode},
  {"encode", json_encode},
  {NULL, NULL},
};

void ivl_open_json(lua_State *L) {
  luaL_newlib(L, json_funcs);
  lua_pushlightuserdata(L, NULL_SENTINEL);
  lua_setfield(L, -2, "null");
}
