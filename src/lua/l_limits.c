/*
** l_limits.c
** ivlua.limits: how much a run may take. The Lua heap is capped through
** the state's allocator (a script that grows a table without end gets "not
** enough memory", which Lua raises cleanly, instead of the machine's
** memory); an article larger than a size, or whose extraction runs longer
** than a time, is an error naming it while the rest of a corpus goes on.
*/
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "l_aux.h"
#include "reader.h"
#include "rules.h"

/* {======================================================================
** The capped allocator: wraps whatever allocator the state has (the
** ivlua host's, or a foreign host's when ivlua is required as a module)
** ======================================================================= */

typedef struct heap_cap {
  lua_Alloc f; /* the allocator wrapped */
  void *ud;
  size_t used; /* bytes the state holds */
  size_t max;  /* 0: no cap */
} heap_cap;

static const char cap_key = 0; /* the sentinel whose __gc unwraps, in the registry */

static void *capped_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  heap_cap *c = ud;
  size_t old = ptr ? osize : 0; /* with no block, osize is the kind of object */
  /* only growing may fail: Lua counts on shrinking and freeing never failing */
  if (nsize > old && c->max && c->used + (nsize - old) > c->max) return NULL;
  void *p = c->f(c->ud, ptr, osize, nsize);
  if (p || nsize == 0) c->used = c->used - old + nsize;
  return p;
}

/* lua_close runs every finaliser before it frees the state's memory: put
** the wrapped allocator back then, so that the record of the cap can go. */
static int cap_gc(lua_State *L) {
  void *ud;
  if (lua_getallocf(L, &ud) == capped_alloc) {
    heap_cap *c = ud;
    lua_setallocf(L, c->f, c->ud);
    free(c);
  }
  return 0;
}

/* The state's cap record, wrapping its allocator on first use. */
static heap_cap *heap_cap_of(lua_State *L) {
  void *ud;
  if (lua_getallocf(L, &ud) == capped_alloc) return ud;
  heap_cap *c = calloc(1, sizeof *c);
  if (!c) luaL_error(L, "ivlua.limits: out of memory");
  lua_newuserdatauv(L, 0, 0); /* the sentinel, made before wrapping: counted below */
  lua_newtable(L);
  lua_pushcfunction(L, cap_gc);
  lua_setfield(L, -2, "__gc");
  lua_setmetatable(L, -2);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &cap_key);
  c->f = lua_getallocf(L, &c->ud);
  c->used = (size_t)lua_gc(L, LUA_GCCOUNT, 0) * 1024 + (size_t)lua_gc(L, LUA_GCCOUNTB, 0);
  lua_setallocf(L, capped_alloc, c);
  return c;
}

size_t ivl_heap_limit(lua_State *L) {
  void *ud;
  return lua_getallocf(L, &ud) == capped_alloc ? ((heap_cap *)ud)->max : 0;
}

/* }====================================================================== */

/* {======================================================================
** ivlua.limits{memory =, article_size =, article_time =}
** ======================================================================= */

/* A size: a number of bytes, or a string "512K", "100M", "1.5G" (a B
** after the letter too; powers of 1024); false or 0: no limit. */
static size_t check_size(lua_State *L, int idx, const char *key) {
  if (lua_isboolean(L, idx) && !lua_toboolean(L, idx)) return 0;
  double v;
  if (lua_type(L, idx) == LUA_TNUMBER) {
    v = lua_tonumber(L, idx);
  } else if (lua_type(L, idx) == LUA_TSTRING) {
    const char *s = lua_tostring(L, idx);
    char *end;
    errno = 0;
    v = strtod(s, &end);
    if (end == s || errno) v = -1;
    static const char units[] = "KMGT";
    const char *u = *end ? strchr(units, *end & ~32) : NULL;
    if (u) {
      v *= pow(1024, (double)(u - units + 1));
      end++;
      if ((*end & ~32) == 'B') end++;
    } else if ((*end & ~32) == 'B') {
      end++;
    }
    if (*end) v = -1;
  } else {
    v = -1;
  }
  if (!(v >= 0) || v >= (double)SIZE_MAX)
    luaL_error(L, "ivlua.limits: %s: a size expected (bytes, or like \"512K\", \"100M\", \"2G\"; false: none)", key);
  return (size_t)v;
}

static double check_seconds(lua_State *L, int idx, const char *key) {
  if (lua_isboolean(L, idx) && !lua_toboolean(L, idx)) return 0;
  int isnum;
  double v = lua_tonumberx(L, idx, &isnum);
  if (!isnum || !(v >= 0) || v > 1e9) luaL_error(L, "ivlua.limits: %s: seconds expected (false: none)", key);
  return v;
}

static void push_limit(lua_State *L, double v) {
  if (v > 0 && v == floor(v) && v < 9007199254740992.0) lua_pushinteger(L, (lua_Integer)v);
  else if (v > 0) lua_pushnumber(L, v);
  else lua_pushboolean(L, 0);
}

/* ivlua.limits([t]) -> the limits now (after t's are set): memory (the Lua
** heap, bytes), article_size (bytes), article_time (seconds); false: none. */
int ivl_lib_limits(lua_State *L) {
  l_engine *e = ivl_engine(L);
  if (!lua_isnoneornil(L, 1)) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_pushnil(L);
    while (lua_next(L, 1)) {
      const char *k = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "";
      if (strcmp(k, "memory") == 0) {
        size_t max = check_size(L, -1, k);
        if (max || ivl_heap_limit(L)) heap_cap_of(L)->max = max;
      } else if (strcmp(k, "article_size") == 0) {
        size_t max = check_size(L, -1, k);
        e->max_article = max ? max : SIZE_MAX;
      } else if (strcmp(k, "article_time") == 0) {
        double s = check_seconds(L, -1, k);
        ivl_engine_idle(L, "ivlua.limits");
        e->rules->max_seconds = s;
      } else {
        luaL_error(L, "ivlua.limits: unknown limit '%s' (memory, article_size, article_time)",
                   luaL_tolstring(L, -2, NULL));
      }
      lua_pop(L, 1);
    }
  }
  lua_createtable(L, 0, 3);
  push_limit(L, (double)ivl_heap_limit(L));
  lua_setfield(L, -2, "memory");
  push_limit(L, e->max_article == SIZE_MAX ? 0 : (double)(e->max_article ? e->max_article : IVL_MAX_ARTICLE));
  lua_setfield(L, -2, "article_size");
  push_limit(L, e->rules->max_seconds);
  lua_setfield(L, -2, "article_time");
  return 1;
}

/* }====================================================================== */
