/*
** l_corpus.c
** The ivlua.Corpus class: a set of loaded articles (C-owned), the errors met
** while loading them, and iteration over articles and entities.
*/
#include <stdlib.h>
#include <string.h>

#include "l_aux.h"
#include "symbols.h"

#define UV_ERRORS 1
#define UV_CACHE 2

l_corpus *ivl_checkcorpus(lua_State *L, int idx) { return luaL_checkudata(L, idx, IVL_CORPUS); }

l_corpus *ivl_newcorpus(lua_State *L) {
  l_corpus *c = lua_newuserdatauv(L, sizeof *c, 2);
  memset(c, 0, sizeof *c); /* consistent before anything can fail */
  luaL_setmetatable(L, IVL_CORPUS);
  lua_newtable(L);
  lua_setiuservalue(L, -2, UV_ERRORS);
  lua_newtable(L);
  lua_setiuservalue(L, -2, UV_CACHE);
  return c;
}

void ivl_corpus_add(lua_State *L, int idx, ivl_article *a) {
  l_corpus *c = ivl_checkcorpus(L, idx);
  if (IVL_GROW(c->arts, c->cap, c->n + 1)) {
    ivl_article_free(a);
    luaL_error(L, "out of memory");
  }
  c->arts[c->n++] = a;
}

void ivl_corpus_error(lua_State *L, int idx, const char *msg) {
  idx = lua_absindex(L, idx);
  lua_getiuservalue(L, idx, UV_ERRORS);
  lua_pushstring(L, msg);
  lua_rawseti(L, -2, (lua_Integer)luaL_len(L, -2) + 1);
  lua_pop(L, 1);
}

void ivl_pushdocument(lua_State *L, int corpus_idx, size_t i) {
  corpus_idx = lua_absindex(L, corpus_idx);
  l_corpus *c = ivl_checkcorpus(L, corpus_idx);
  lua_getiuservalue(L, corpus_idx, UV_CACHE);
  if (lua_rawgeti(L, -1, (lua_Integer)i + 1) == LUA_TNIL) {
    lua_pop(L, 1);
    l_article *v = lua_newuserdatauv(L, sizeof *v, 1);
    v->corpus = c;
    v->index = i;
    luaL_setmetatable(L, IVL_ARTICLE);
    lua_pushvalue(L, corpus_idx);
    lua_setiuservalue(L, -2, 1); /* the article keeps its corpus alive */
    lua_pushvalue(L, -1);
    lua_rawseti(L, -3, (lua_Integer)i + 1);
  }
  lua_remove(L, -2);
}

/* corpus:articles() -> iterator over the articles, in load order */
static int articles_next(lua_State *L) {
  l_corpus *c = ivl_checkcorpus(L, lua_upvalueindex(1));
  lua_Integer i = lua_tointeger(L, lua_upvalueindex(2));
  if ((size_t)i >= c->n) return 0;
  lua_pushinteger(L, i + 1);
  lua_replace(L, lua_upvalueindex(2));
  ivl_pushdocument(L, lua_upvalueindex(1), (size_t)i);
  return 1;
}

static int corp_articles(lua_State *L) {
  ivl_checkcorpus(L, 1);
  lua_settop(L, 1);
  lua_pushinteger(L, 0);
  lua_pushcclosure(L, articles_next, 2);
  return 1;
}

/* The symbol id a 'type' argument asks for: 0 for all types, -1 for a type
** nothing has (so nothing matches). */
static int type_filter(lua_State *L, int idx) {
  if (lua_isnoneornil(L, idx)) return 0;
  size_t n;
  const char *t = luaL_checklstring(L, idx, &n);
  int id = ivl_sym_find(t, n);
  return id ? id : -1;
}

/* corpus:entities{type=...}, corpus:facts{type=...} -> iterators over every
** article's entities (facts); upvalues: the corpus, the article index, the
** next index in it, the type (0: any), 1 for facts. */
static int corpus_records_next(lua_State *L) {
  l_corpus *c = ivl_checkcorpus(L, lua_upvalueindex(1));
  lua_Integer ai = lua_tointeger(L, lua_upvalueindex(2));
  lua_Integer ei = lua_tointeger(L, lua_upvalueindex(3));
  int type = (int)lua_tointeger(L, lua_upvalueindex(4));
  int facts = lua_toboolean(L, lua_upvalueindex(5));
  for (; (size_t)ai < c->n; ai++, ei = 0) {
    const ivl_store *s = facts ? &c->arts[ai]->facts : &c->arts[ai]->store;
    while ((size_t)ei < s->n && type && s->ents[ei].type != type) ei++;
    if ((size_t)ei < s->n) {
      lua_pushinteger(L, ai);
      lua_replace(L, lua_upvalueindex(2));
      lua_pushinteger(L, ei + 1);
      lua_replace(L, lua_upvalueindex(3));
      ivl_pushdocument(L, lua_upvalueindex(1), (size_t)ai);
      if (facts) ivl_pushfact(L, -1, (size_t)ei);
      else ivl_pushentity(L, -1, (size_t)ei);
      return 1;
    }
  }
  lua_pushinteger(L, ai);
  lua_replace(L, lua_upvalueindex(2));
  return 0;
}

static int corp_records(lua_State *L, int facts) {
  ivl_checkcorpus(L, 1);
  int type = 0;
  if (lua_istable(L, 2)) {
    lua_getfield(L, 2, "type");
    type = type_filter(L, -1);
    lua_pop(L, 1);
  } else {
    type = type_filter(L, 2);
  }
  lua_pushvalue(L, 1);
  lua_pushinteger(L, 0);
  lua_pushinteger(L, 0);
  lua_pushinteger(L, type);
  lua_pushboolean(L, facts);
  lua_pushcclosure(L, corpus_records_next, 5);
  return 1;
}

static int corp_entities(lua_State *L) { return corp_records(L, 0); }
static int corp_facts(lua_State *L) { return corp_records(L, 1); }

static int corp_len(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)ivl_checkcorpus(L, 1)->n);
  return 1;
}

static size_t entity_total(const l_corpus *c, int facts) {
  size_t n = 0;
  for (size_t i = 0; i < c->n; i++) n += facts ? c->arts[i]->facts.n : c->arts[i]->store.n;
  return n;
}

static int corp_tostring(lua_State *L) {
  l_corpus *c = ivl_checkcorpus(L, 1);
  lua_getiuservalue(L, 1, UV_ERRORS);
  lua_Integer nerr = luaL_len(L, -1);
  lua_pushfstring(L, "ivlua.Corpus: %d articles, %d entities, %d facts%s", (int)c->n,
                  (int)entity_total(c, 0), (int)entity_total(c, 1),
                  nerr ? ", with load errors (see .errors)" : "");
  return 1;
}

/* corpus[i] (1-based) is an article; corpus.errors the load errors; other
** keys are methods. */
static int corp_index(lua_State *L) {
  l_corpus *c = ivl_checkcorpus(L, 1);
  if (lua_type(L, 2) == LUA_TNUMBER) {
    lua_Integer i = lua_tointeger(L, 2);
    if (i < 1 || (size_t)i > c->n) return 0;
    ivl_pushdocument(L, 1, (size_t)i - 1);
    return 1;
  }
  const char *k = luaL_checkstring(L, 2);
  if (strcmp(k, "errors") == 0) {
    lua_getiuservalue(L, 1, UV_ERRORS);
    return 1;
  }
  luaL_getmetatable(L, IVL_CORPUS);
  lua_getfield(L, -1, "methods");
  lua_getfield(L, -1, k);
  return 1;
}

static int corp_gc(lua_State *L) {
  l_corpus *c = ivl_checkcorpus(L, 1);
  for (size_t i = 0; i < c->n; i++) ivl_article_free(c->arts[i]);
  free(c->arts);
  memset(c, 0, sizeof *c);
  return 0;
}

static const luaL_Reg corpus_methods[] = {
  {"articles", corp_articles},
  {"entities", corp_entities},
  {"facts", corp_facts},
  {NULL, NULL},
};

static const luaL_Reg corpus_meta[] = {
  {"__index", corp_index},
  {"__len", corp_len},
  {"__tostring", corp_tostring},
  {"__gc", corp_gc},
  {NULL, NULL},
};

void ivl_open_corpus(lua_State *L) {
  luaL_newmetatable(L, IVL_CORPUS);
  luaL_setfuncs(L, corpus_meta, 0);
  luaL_newlib(L, corpus_methods);
  lua_setfield(L, -2, "methods");
  lua_createtable(L, 1, 0); /* the fields corp_index knows, for completion */
  lua_pushliteral(L, "errors");
  lua_rawseti(L, -2, 1);
  lua_setfield(L, -2, "fields");
  lua_pop(L, 1);
}
