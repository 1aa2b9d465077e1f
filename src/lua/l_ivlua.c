/*
** l_ivlua.c
** The C half of the ivlua module ("ivlua.core"): loading articles from
** paths, standard input and strings, extracting them with the shared rule
** set, and streaming a corpus one article at a time.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "extract.h"
#include "l_aux.h"
#include "rules.h"

#include <utf8proc.h>

#define IVL_ENGINE "ivlua.Engine" /* metatable of the rule set and its matcher */
static const char engine_key = 0; /* its address keys the instance in the registry */

static int engine_gc(lua_State *L) {
  l_engine *e = luaL_checkudata(L, 1, IVL_ENGINE);
  if (e->rules) {
    ivl_matcher_free(&e->matcher);
    ivl_ruleset_free(e->rules);
    e->rules = NULL;
  }
  return 0;
}

/* The engine lives in the registry, made on first use. */
l_engine *ivl_engine(lua_State *L) {
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &engine_key) == LUA_TUSERDATA) {
    l_engine *e = lua_touserdata(L, -1);
    lua_pop(L, 1);
    return e;
  }
  lua_pop(L, 1);
  l_engine *e = lua_newuserdatauv(L, sizeof *e, 0);
  memset(e, 0, sizeof *e); /* safe for __gc before the rules exist */
  if (luaL_newmetatable(L, IVL_ENGINE)) {
    lua_pushcfunction(L, engine_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2);
  ivl_error err;
  ivl_ruleset *rs = ivl_ruleset_new_builtin(&err);
  if (!rs) luaL_error(L, "cannot build the rules: %s", err.msg);
  if (ivl_matcher_init(&e->matcher, rs->max_captures, rs->match_limit, &err) != IVL_OK) {
    ivl_ruleset_free(rs);
    luaL_error(L, "%s", err.msg);
  }
  e->rules = rs;
  e->captures = rs->max_captures;
  lua_rawsetp(L, LUA_REGISTRYINDEX, &engine_key);
  return e;
}

const ivl_ruleset *ivl_rules(lua_State *L) { return ivl_engine(L)->rules; }

ivl_matcher *ivl_matcher_of(lua_State *L) {
  ivl_matcher *m = &ivl_engine(L)->matcher;
  m->host = L; /* the running thread: rules written in Lua are called on it */
  return m;
}

/* Record "name: msg" in the errors of the corpus at 'idx'. */
static void record_error(lua_State *L, int idx, const char *name, const char *msg) {
  lua_pushfstring(L, "%s: %s", name, msg);
  ivl_corpus_error(L, idx, lua_tostring(L, -1));
  lua_pop(L, 1);
}

/* Extract 'a' and add it to the corpus at 'idx'; on failure record "name:
** message" there and free it. Returns 1 when added. */
static int extract_into(lua_State *L, int idx, ivl_article *a, const char *name) {
  ivl_error err;
  idx = lua_absindex(L, idx);
  l_engine *e = ivl_engine(L);
  if (e->running) { /* a Lua rule loading articles: the matcher is in use */
    ivl_article_free(a);
    luaL_error(L, "cannot load articles from inside a rule's normaliser");
  }
  ivl_names_ready(L);
  e->running = 1;
  ivl_status st = ivl_article_extract_with(a, e->rules, ivl_matcher_of(L), &err);
  e->running = 0;
  if (st != IVL_OK) {
    record_error(L, idx, name, err.msg);
    ivl_article_free(a);
    return 0;
  }
  ivl_corpus_add(L, idx, a);
  /* fact rules written in Lua see the article as scripts will */
  ivl_pushdocument(L, idx, ivl_checkcorpus(L, idx)->n - 1);
  e->running = 1;
  const char *bad = ivl_run_fact_rules(L, -1);
  e->running = 0;
  if (bad) {
    record_error(L, idx, name, bad);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return 1;
}

static int load_stdin(lua_State *L, int idx) {
  ivl_buf b = {0};
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0)
    if (ivl_buf_append(&b, chunk, n)) break;
  ivl_article *a;
  ivl_error err;
  ivl_status st = ivl_article_from_bytes("stdin", b.data ? b.data : "", b.len, &a, &err);
  ivl_buf_free(&b);
  if (st != IVL_OK) {
    record_error(L, idx, "stdin", err.msg);
    return 0;
  }
  return extract_into(L, idx, a, "stdin");
}

int ivl_load_into(lua_State *L, int idx, const char *path) {
  if (strcmp(path, "-") == 0) return load_stdin(L, idx);
  ivl_article *a;
  ivl_error err;
  if (ivl_article_from_file(path, &a, &err) != IVL_OK) {
    record_error(L, idx, path, err.msg);
    return 0;
  }
  return extract_into(L, idx, a, path);
}

typedef struct expand_ctx {
  lua_State *L;
  int idx;
} expand_ctx;

static void on_path_error(void *ud, const char *path, const ivl_error *err) {
  expand_ctx *x = ud;
  record_error(x->L, x->idx, path, err->msg);
}

/* A path list owned by a userdata, so that an error never leaks it. */
static ivl_pathlist *new_pathlist(lua_State *L);

/* Expand the string arguments from 'first' on into the path list at the
** top of the stack; errors go to the corpus at 'idx'. */
static ivl_pathlist *expand_args(lua_State *L, int first, int last, int idx) {
  ivl_pathlist *paths = new_pathlist(L);
  expand_ctx x = {L, idx};
  for (int i = first; i <= last; i++) {
    const char *p = luaL_checkstring(L, i);
    if (strcmp(p, "-") == 0) {
      if (IVL_GROW(paths->paths, paths->cap, paths->n + 1) || !(paths->paths[paths->n] = ivl_strdup("-")))
        luaL_error(L, "out of memory");
      paths->n++;
    } else if (ivl_paths_expand(p, paths, on_path_error, &x) != IVL_OK) {
      luaL_error(L, "out of memory listing '%s'", p);
    }
  }
  return paths;
}

/* ivlua.load(path, ...) -> corpus. Unreadable or bad files are listed in
** corpus.errors; the rest is loaded. */
static int l_load(lua_State *L) {
  int n = lua_gettop(L);
  luaL_argcheck(L, n >= 1, 1, "a path expected");
  ivl_newcorpus(L);
  int idx = lua_gettop(L);
  ivl_pathlist *paths = expand_args(L, 1, n, idx);
  for (size_t i = 0; i < paths->n; i++) ivl_load_into(L, idx, paths->paths[i]);
  lua_pop(L, 1); /* the path list */
  return 1;
}

/* ivlua.article(text [, {doc=, date=}]) -> article, from a string */
static int lib_article(lua_State *L) {
  size_t len;
  const char *text = luaL_checklstring(L, 1, &len);
  const char *doc = "<string>", *date = NULL;
  if (!lua_isnoneornil(L, 2)) {
    luaL_checktype(L, 2, LUA_TTABLE);
    lua_getfield(L, 2, "doc");
    doc = luaL_optstring(L, -1, doc);
    lua_getfield(L, 2, "date");
    date = luaL_optstring(L, -1, NULL);
  }
  ivl_article *a;
  ivl_error err;
  if (ivl_article_from_bytes(doc, text, len, &a, &err) != IVL_OK) {
    luaL_pushfail(L);
    lua_pushfstring(L, "%s: %s", doc, err.msg);
    return 2;
  }
  if (date && !ivl_article_set_date(a, date)) {
    ivl_article_free(a);
    return luaL_argerror(L, 2, "date must be YYYY-MM-DD");
  }
  ivl_newcorpus(L);
  int idx = lua_gettop(L);
  if (!extract_into(L, idx, a, doc)) {
    lua_getiuservalue(L, idx, 1);
    lua_rawgeti(L, -1, 1);
    luaL_pushfail(L);
    lua_insert(L, -2);
    return 2;
  }
  ivl_pushdocument(L, idx, 0);
  return 1;
}

/* {======================================================================
** ivlua.each(path, ... [, on_error]): one article at a time
** ======================================================================= */

static int pathlist_gc(lua_State *L) {
  ivl_pathlist_free(luaL_checkudata(L, 1, "ivlua.PathList"));
  return 0;
}

static ivl_pathlist *new_pathlist(lua_State *L) {
  ivl_pathlist *p = lua_newuserdatauv(L, sizeof *p, 0);
  memset(p, 0, sizeof *p);
  if (luaL_newmetatable(L, "ivlua.PathList")) {
    lua_pushcfunction(L, pathlist_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2);
  return p;
}

/* Pass each error gathered in the corpus at 'idx' to the function at
** 'handler' (a stack index, or 0: write it to stderr). */
static void report_errors(lua_State *L, int idx, int handler) {
  lua_getiuservalue(L, idx, 1);
  lua_Integer n = luaL_len(L, -1);
  for (lua_Integer i = 1; i <= n; i++) {
    if (handler) {
      lua_pushvalue(L, handler);
      lua_rawgeti(L, -2, i);
      lua_call(L, 1, 0);
    } else {
      lua_rawgeti(L, -1, i);
      fprintf(stderr, "ivlua: %s\n", lua_tostring(L, -1));
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
}

static int each_next(lua_State *L) {
  ivl_pathlist *paths = lua_touserdata(L, lua_upvalueindex(1));
  int handler = lua_isfunction(L, lua_upvalueindex(3)) ? lua_upvalueindex(3) : 0;
  lua_Integer i = lua_tointeger(L, lua_upvalueindex(2));
  while ((size_t)i < paths->n) {
    const char *path = paths->paths[i++];
    lua_pushinteger(L, i);
    lua_replace(L, lua_upvalueindex(2));
    ivl_newcorpus(L);
    int idx = lua_gettop(L);
    int ok = ivl_load_into(L, idx, path);
    report_errors(L, idx, handler);
    if (ok) {
      ivl_pushdocument(L, idx, 0);
      return 1;
    }
    lua_pop(L, 1);
  }
  return 0;
}

/* ivlua.each(path, ... [, on_error]) -> iterator over articles, each loaded
** when the loop reaches it and freed when no longer referenced. Errors are
** passed to on_error(message), by default written to stderr. */
static int l_each(lua_State *L) {
  int n = lua_gettop(L);
  int handler = n >= 1 && lua_isfunction(L, n) ? n : 0;
  if (handler) n--;
  luaL_argcheck(L, n >= 1, 1, "a path expected");
  ivl_newcorpus(L); /* collects the listing errors */
  int idx = lua_gettop(L);
  expand_args(L, 1, n, idx);
  lua_pushinteger(L, 0);
  if (handler) lua_pushvalue(L, handler);
  else lua_pushnil(L);
  lua_pushcclosure(L, each_next, 3);
  report_errors(L, idx, handler);
  return 1;
}

/* }====================================================================== */

/* ivlua.nfc(s) -> s in Unicode NFC; fail, message for invalid UTF-8 */
static int lib_nfc(lua_State *L) {
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  utf8proc_uint8_t *out = NULL;
  utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &out,
                                    UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  if (n < 0) {
    luaL_pushfail(L);
    lua_pushstring(L, utf8proc_errmsg(n));
    return 2;
  }
  lua_pushlstring(L, (const char *)out, (size_t)n);
  free(out);
  return 1;
}

static const luaL_Reg core_funcs[] = {
  {"nfc", lib_nfc},
  {"load", l_load},
  {"article", lib_article},
  {"each", l_each},
  {"rule", ivl_lib_rule},
  {"rules", ivl_lib_rules},
  {"fact", ivl_lib_fact},
  {"lexicon", ivl_lib_lexicon},
  {NULL, NULL},
};

int luaopen_ivlua_core(lua_State *L) {
  ivl_open_entity(L);
  ivl_open_article(L);
  ivl_open_corpus(L);
  luaL_newlib(L, core_funcs);
  ivl_open_json(L);
  lua_setfield(L, -2, "json");
  ivl_open_gazetteer(L);
  lua_setfield(L, -2, "gazetteer");
  lua_pushliteral(L, IVLUA_VERSION);
  lua_setfield(L, -2, "version");
  luaL_getmetatable(L, IVL_ENTITY);
  lua_setfield(L, -2, "Entity");
  luaL_getmetatable(L, IVL_FACT);
  lua_setfield(L, -2, "Fact");
  luaL_getmetatable(L, IVL_ARTICLE);
  lua_setfield(L, -2, "Article");
  luaL_getmetatable(L, IVL_CORPUS);
  lua_setfield(L, -2, "Corpus");
  return 1;
}
