/*
** l_gazetteer.c
** ivlua.gazetteer: the names the named types are found with, extended from
** Lua.
**
**   ivlua.gazetteer.add("organization", { name = "Hana Micron",
**                       alts = { "HMV" }, origin = "KR" })
**   ivlua.gazetteer.load("my-places.tsv")          -- docs/gazetteers.md
**   ivlua.gazetteer.lookup("Da Nang")  --> { type = "location", name = "Đà Nẵng", ... }
**
** Adding marks the trie stale; it is rebuilt once, before the next
** article is extracted (ivl_names_ready), so adding many names costs one
** build.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"
#include "l_aux.h"
#include "symbols.h"
#include "util.h"

#define MAX_ALTS 256
#define MAX_FIELDS 32

static ivl_gazetteer *gazetteer(lua_State *L, const char *fn) {
  l_engine *e = ivl_engine(L);
  lua_pushfstring(L, "ivlua.gazetteer.%s", fn);
  ivl_engine_idle(L, lua_tostring(L, -1));
  lua_pop(L, 1);
  return e->rules->names;
}

void ivl_names_ready(lua_State *L) {
  ivl_gazetteer *g = ivl_engine(L)->rules->names;
  ivl_error err;
  if (g && ivl_gazetteer_compile(g, &err) != IVL_OK) luaL_error(L, "ivlua.gazetteer: %s", err.msg);
}

static ivl_case_rule check_match(lua_State *L, int idx) {
  static const char *const names[] = {"auto", "any", "title", "exact", NULL};
  if (lua_isnil(L, idx)) return IVL_CASE_AUTO;
  return (ivl_case_rule)luaL_checkoption(L, idx, NULL, names);
}

/* The strings of the list at 'idx' into 'out' (they stay on the stack's table). */
static size_t read_alts(lua_State *L, int idx, const char **out) {
  if (lua_isnil(L, idx)) return 0;
  if (lua_type(L, idx) == LUA_TSTRING) {
    out[0] = lua_tostring(L, idx);
    return 1;
  }
  luaL_argexpected(L, lua_istable(L, idx), 2, "'alts' as a list of strings");
  size_t n = (size_t)lua_rawlen(L, idx);
  if (n > MAX_ALTS) luaL_error(L, "ivlua.gazetteer.add: more than %d alts", MAX_ALTS);
  for (size_t i = 0; i < n; i++) {
    if (lua_rawgeti(L, idx, (lua_Integer)i + 1) != LUA_TSTRING)
      luaL_error(L, "ivlua.gazetteer.add: alts[%d] is not a string", (int)i + 1);
    out[i] = lua_tostring(L, -1);
    lua_pop(L, 1); /* the table keeps it */
  }
  return n;
}

static int by_key(const void *a, const void *b) {
  return strcmp(((const ivl_gz_field *)a)->key, ((const ivl_gz_field *)b)->key);
}

/* Every other string key of the spec is a field; its value (a string or a
** number, as a string) is left on the stack until the entry is added. */
static size_t read_fields(lua_State *L, int spec, ivl_gz_field *out) {
  static const char *const reserved[] = {"name", "alts", "match", "name_matched", "alone", NULL};
  size_t n = 0;
  lua_pushnil(L);
  while (lua_next(L, spec)) {
    lua_pop(L, 1);
    int skip = lua_type(L, -1) != LUA_TSTRING;
    for (const char *const *r = reserved; !skip && *r; r++) skip = strcmp(lua_tostring(L, -1), *r) == 0;
    if (skip) continue;
    if (n == MAX_FIELDS) luaL_error(L, "ivlua.gazetteer.add: more than %d fields", MAX_FIELDS);
    out[n++].key = lua_tostring(L, -1); /* the spec table holds its keys */
  }
  /* in the order of their names: a table's traversal order changes from
  ** run to run (Lua seeds its string hashes), and the fields are stored,
  ** and written, in the order they are given */
  qsort(out, n, sizeof *out, by_key);
  luaL_checkstack(L, (int)n, "too many fields");
  for (size_t i = 0; i < n; i++) {
    lua_getfield(L, spec, out[i].key);
    if (!lua_isstring(L, -1))
      luaL_error(L, "ivlua.gazetteer.add: field '%s' must be a string or a number", out[i].key);
    out[i].value = lua_tostring(L, -1);
  }
  return n;
}

/* ivlua.gazetteer.add(type, {name=, alts=, match=, name_matched=, alone=, field=...}) */
static int gz_add(lua_State *L) {
  const char *type = luaL_checkstring(L, 1);
  luaL_checktype(L, 2, LUA_TTABLE);
  ivl_gazetteer *g = gazetteer(L, "add");
  ivl_gz_entry e = {0};
  e.type = type;
  lua_getfield(L, 2, "name"); /* 3 */
  e.name = lua_tostring(L, 3);
  if (lua_type(L, 3) != LUA_TSTRING || !*e.name) luaL_error(L, "ivlua.gazetteer.add: 'name' must be a non-empty string");
  lua_getfield(L, 2, "alts"); /* 4 */
  const char *alts[MAX_ALTS];
  e.nalts = read_alts(L, 4, alts);
  e.alts = alts;
  lua_getfield(L, 2, "match"); /* 5 */
  e.case_rule = check_match(L, 5);
  lua_getfield(L, 2, "name_matched"); /* 6 */
  e.label_only = lua_type(L, 6) == LUA_TBOOLEAN && !lua_toboolean(L, 6);
  lua_getfield(L, 2, "alone"); /* 7 */
  e.alone = lua_toboolean(L, 7);
  ivl_gz_field fields[MAX_FIELDS];
  e.nfields = read_fields(L, 2, fields);
  e.fields = fields;
  ivl_error err;
  ivl_status st = ivl_gazetteer_add(g, &e, &err);
  if (st != IVL_OK) luaL_error(L, "ivlua.gazetteer.add: %s", err.msg);
  return 0;
}

static int read_whole(const char *path, ivl_buf *b) {
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  char chunk[65536];
  size_t n;
  int rc = 0;
  while (rc == 0 && (n = fread(chunk, 1, sizeof chunk, f)) > 0) rc = ivl_buf_append(b, chunk, n);
  if (ferror(f)) rc = -1;
  fclose(f);
  return rc;
}

/* ivlua.gazetteer.load(path [, default_type]) -> true | nil, "path: line N: msg" */
static int gz_load(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  const char *type = luaL_optstring(L, 2, NULL);
  ivl_gazetteer *g = gazetteer(L, "load");
  ivl_buf b = {0};
  if (read_whole(path, &b)) {
    ivl_buf_free(&b);
    luaL_pushfail(L);
    lua_pushfstring(L, "%s: cannot read", path);
    return 2;
  }
  ivl_error err;
  ivl_status st = ivl_gazetteer_load_tsv(g, b.data ? b.data : "", b.len, type, &err);
  ivl_buf_free(&b);
  if (st != IVL_OK) {
    luaL_pushfail(L);
    lua_pushfstring(L, "%s: %s", path, err.msg);
    return 2;
  }
  lua_pushboolean(L, 1);
  return 1;
}

/* ivlua.gazetteer.lookup(name) -> {type=, name=, fields...} | nil */
static int gz_lookup(lua_State *L) {
  size_t len;
  const char *name = luaL_checklstring(L, 1, &len);
  ivl_names_ready(L);
  const ivl_gazetteer *g = ivl_engine(L)->rules->names;
  long entry = g ? ivl_gazetteer_lookup(g, name, len) : -1;
  if (entry < 0) {
    luaL_pushfail(L);
    return 1;
  }
  lua_createtable(L, 0, 4);
  lua_pushstring(L, ivl_sym_name(ivl_gazetteer_type(g, (uint32_t)entry)));
  lua_setfield(L, -2, "type");
  lua_pushstring(L, ivl_gazetteer_name(g, (uint32_t)entry));
  lua_setfield(L, -2, "name");
  for (int key = 1; key < 4096; key++) {
    const char *v, *k = ivl_sym_name(key);
    if (!k) break;
    if ((v = ivl_gazetteer_field(g, (uint32_t)entry, key)) != NULL) {
      lua_pushstring(L, v);
      lua_setfield(L, -2, k);
    }
  }
  return 1;
}

/* ivlua.gazetteer.size() -> entries, variants */
static int gz_size(lua_State *L) {
  const ivl_gazetteer *g = ivl_engine(L)->rules->names;
  lua_pushinteger(L, g ? (lua_Integer)ivl_gazetteer_entries(g) : 0);
  lua_pushinteger(L, g ? (lua_Integer)ivl_gazetteer_variants(g) : 0);
  return 2;
}

void ivl_open_gazetteer(lua_State *L) {
  static const luaL_Reg funcs[] = {
    {"add", gz_add}, {"load", gz_load}, {"lookup", gz_lookup}, {"size", gz_size}, {NULL, NULL}};
  luaL_newlib(L, funcs);
}
