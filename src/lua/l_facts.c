/*
** l_facts.c
** Fact rules written in Lua:
**
**   ivlua.fact{ name = "supply-deal", type = "supply",
**               link = function(sentence)
**                 -- sentence.text, .start, .end, .index, .article, .entities
**                 return { buyer = "...", mentions = { e1, e2 } }   -- or a list, or nil
**               end }
**
** After the built-in linker, each rule's 'link' is called for every
** sentence of every article loaded later, with the sentence's entities.
** What it returns becomes facts of the article, spanning that sentence:
** numbers, strings and lists of strings are fields, 'mentions' (entities
** of the sentence) are the links. They are exported like built-in facts.
*/
#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "lexicon.h"
#include "fx.h"
#include "l_aux.h"
#include "schema.h"
#include "symbols.h"

static const char fact_rules_key = 0; /* registry: array of { name=, type=, link= } */

/* Fields a returned fact may not set: they are the sentence's. */
static int reserved(const char *k) {
  static const char *const names[] = {"type", "text", "start", "end", "doc", "article", "mentions", NULL};
  for (int i = 0; names[i]; i++)
    if (strcmp(k, names[i]) == 0) return 1;
  return 0;
}

/* Declare the type of the fact rule at index 1, its 'returns' (the names
** of the fields its facts have) and 'rule'. */
static void declare_returns(lua_State *L, const char *name, const char *type) {
  int type_id = ivl_sym_intern(type, strlen(type));
  ivl_declare_returns(L, "ivlua.fact", name, type_id, reserved);
  if (ivl_schema_declare(type_id, IVL_SYM_RULE) < 0) luaL_error(L, "ivlua.fact '%s': too many names", name);
}

int ivl_lib_fact(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  if (lua_getfield(L, 1, "name") != LUA_TSTRING) luaL_error(L, "ivlua.fact: 'name' must be a string");
  const char *name = lua_tostring(L, -1);
  if (lua_getfield(L, 1, "type") != LUA_TSTRING) luaL_error(L, "ivlua.fact '%s': 'type' must be a string", name);
  if (lua_getfield(L, 1, "link") != LUA_TFUNCTION) luaL_error(L, "ivlua.fact '%s': 'link' must be a function", name);
  if (ivl_engine(L)->running) luaL_error(L, "ivlua.fact: cannot add fact rules during an extraction");
  declare_returns(L, name, lua_tostring(L, 3));
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &fact_rules_key) != LUA_TTABLE) {
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &fact_rules_key);
  }
  lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
  for (lua_Integer i = 1; i <= n; i++) {
    lua_rawgeti(L, -1, i);
    lua_getfield(L, -1, "name");
    if (strcmp(lua_tostring(L, -1), name) == 0) luaL_error(L, "ivlua.fact: a fact rule named '%s' exists", name);
    lua_pop(L, 2);
  }
  /* a copy, so later changes by the caller do not matter */
  lua_createtable(L, 0, 3);
  lua_pushvalue(L, 2), lua_setfield(L, -2, "name");
  lua_pushvalue(L, 3), lua_setfield(L, -2, "type");
  lua_pushvalue(L, 4), lua_setfield(L, -2, "link");
  lua_rawseti(L, -2, n + 1);
  lua_pushvalue(L, 2);
  return 1;
}

/* Is 'type' (a symbol id) a type of facts: a built-in one, or one an
** ivlua.fact rule makes? (ivlua.schema()'s 'fact', for the sqlite format) */
int ivl_is_fact_type(lua_State *L, int type) {
  if (type == IVL_SYM_INVESTMENT || type == IVL_SYM_AGREEMENT || type == IVL_SYM_PARTNERSHIP) return 1;
  int found = 0;
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &fact_rules_key) == LUA_TTABLE) {
    lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
    for (lua_Integer i = 1; i <= n && !found; i++) {
      lua_rawgeti(L, -1, i);
      lua_getfield(L, -1, "type");
      size_t len;
      const char *t = lua_tolstring(L, -1, &len);
      found = t && ivl_sym_find(t, len) == type;
      lua_pop(L, 2);
    }
  }
  lua_pop(L, 1);
  return found;
}

/* {======================================================================
** Running the rules
** ======================================================================= */

/* { index, text, start, end, article, entities = {...} } for sentence i. */
static void push_sentence(lua_State *L, int art_idx, const ivl_article *a, size_t i) {
  ivl_span sp = a->sentences.items[i];
  size_t start = ivl_article_orig(a, sp.start), end = ivl_article_orig(a, sp.end);
  lua_createtable(L, 0, 6);
  lua_pushinteger(L, (lua_Integer)i + 1), lua_setfield(L, -2, "index");
  lua_pushlstring(L, a->bytes + start, end - start), lua_setfield(L, -2, "text");
  lua_pushinteger(L, (lua_Integer)start), lua_setfield(L, -2, "start");
  lua_pushinteger(L, (lua_Integer)end), lua_setfield(L, -2, "end");
  lua_pushvalue(L, art_idx), lua_setfield(L, -2, "article");
  lua_newtable(L);
  for (size_t k = 0; k < a->store.n; k++) {
    const ivl_entity *e = &a->store.ents[k];
    if (e->vstart < sp.start || e->vend > sp.end) continue;
    ivl_pushentity(L, art_idx, k);
    lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
  }
  lua_setfield(L, -2, "entities");
}

/* The store index of entity table 'v' among the sentence's entities. */
static long entity_index(lua_State *L, int sent_idx, int v, const ivl_article *a, size_t first) {
  lua_getfield(L, sent_idx, "entities");
  long found = -1;
  lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
  for (lua_Integer i = 1; i <= n && found < 0; i++) {
    lua_rawgeti(L, -1, i);
    if (lua_rawequal(L, -1, v)) found = (long)i;
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  if (found < 0) return -1;
  /* the k-th entity of the sentence is the k-th one from 'first' inside it */
  ivl_span sp = a->sentences.items[first];
  for (size_t k = 0; k < a->store.n; k++) {
    const ivl_entity *e = &a->store.ents[k];
    if (e->vstart >= sp.start && e->vend <= sp.end && --found == 0) return (long)k;
  }
  return -1;
}

/* Store one field of the fact table at 'fact'; the key and value are on top. */
static const char *store_field(lua_State *L, ivl_store *s, const char *k) {
  int key = ivl_sym_intern(k, strlen(k));
  if (key < 0) return "too many field names";
  switch (lua_type(L, -1)) {
  case LUA_TNUMBER:
    return ivl_store_num(s, key, lua_tonumber(L, -1)) ? "out of memory" : NULL;
  case LUA_TSTRING: {
    size_t n;
    const char *v = lua_tolstring(L, -1, &n);
    return ivl_store_str(s, key, v, n) ? "out of memory" : NULL;
  }
  case LUA_TTABLE: {
    const char *items[64];
    size_t n = lua_rawlen(L, -1);
    if (n > 64) return "a list field holds at most 64 strings";
    for (size_t i = 0; i < n; i++) {
      /* the type first: lua_tostring would turn a number into a string */
      if (lua_rawgeti(L, -1 - (int)i, (lua_Integer)i + 1) != LUA_TSTRING) {
        lua_pop(L, (int)i + 1);
        return "a list field must hold strings";
      }
      items[i] = lua_tostring(L, -1);
    }
    const char *bad = ivl_store_list(s, key, items, n) ? "out of memory" : NULL;
    lua_pop(L, (int)n);
    return bad;
  }
  default:
    return "a field must be a number, a string or a list of strings";
  }
}

static int by_key(const void *pa, const void *pb) {
  return strcmp(*(const char *const *)pa, *(const char *const *)pb);
}

/* The fields in the order of their names, so that output does not depend
** on the order of a Lua table. */
static const char *store_fields(lua_State *L, int fact, ivl_article *a) {
  const char *keys[64];
  size_t n = 0;
  lua_pushnil(L);
  while (lua_next(L, fact)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING || reserved(lua_tostring(L, -1))) continue;
    if (n == 64) {
      lua_pop(L, 1);
      return "a fact holds at most 64 fields";
    }
    keys[n++] = lua_tostring(L, -1); /* the table keeps the string alive */
  }
  qsort(keys, n, sizeof *keys, by_key);
  for (size_t i = 0; i < n; i++) {
    lua_getfield(L, fact, keys[i]);
    const char *bad = store_field(L, &a->facts, keys[i]);
    lua_pop(L, 1);
    if (bad) {
      lua_pushfstring(L, "field '%s': %s", keys[i], bad);
      return lua_tostring(L, -1);
    }
  }
  return NULL;
}

/* The links of the fact table at 'fact': its 'mentions', entities of the
** sentence. */
static const char *store_mentions(lua_State *L, int fact, int sent_idx, ivl_article *a, size_t i) {
  uint32_t refs[64];
  size_t nrefs = 0;
  if (lua_getfield(L, fact, "mentions") == LUA_TTABLE) {
    lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
    for (lua_Integer k = 1; k <= n && nrefs < 64; k++) {
      lua_rawgeti(L, -1, k);
      long id = entity_index(L, sent_idx, lua_gettop(L), a, i);
      lua_pop(L, 1);
      if (id < 0) return "'mentions' must hold entities of the sentence";
      refs[nrefs++] = (uint32_t)id;
    }
  }
  lua_pop(L, 1);
  return ivl_store_refs(&a->facts, IVL_SYM_MENTIONS, refs, nrefs) ? "out of memory" : NULL;
}

/* Turn the fact table on top into a fact of sentence 'i'. */
static const char *store_fact(lua_State *L, int sent_idx, ivl_article *a, size_t i, int rule,
                              const char *rule_name, const char *default_type) {
  int fact = lua_gettop(L);
  const char *type = default_type;
  if (lua_getfield(L, fact, "type") == LUA_TSTRING) type = lua_tostring(L, -1);
  int type_id = ivl_sym_intern(type, strlen(type));
  lua_pop(L, 1);
  if (type_id < 0) return "too many type names";
  /* settled rule 15: every investment is a flow or a stock, or sums mislead */
  if (type_id == IVL_SYM_INVESTMENT) {
    lua_getfield(L, fact, "basis");
    const char *basis = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "";
    int ok = strcmp(basis, "flow") == 0 || strcmp(basis, "stock") == 0;
    lua_pop(L, 1);
    if (!ok) return "an investment fact needs basis = \"flow\" or \"stock\"";
  }
  ivl_span sp = a->sentences.items[i];
  if (ivl_store_begin(&a->facts, type_id, rule, sp.start, sp.end, ivl_article_orig(a, sp.start),
                      ivl_article_orig(a, sp.end)))
    return "out of memory";
  const char *bad = store_fields(L, fact, a);
  /* like the built-in frames, a fact says which rule made it */
  if (!bad && lua_getfield(L, fact, "rule") == LUA_TNIL &&
      ivl_store_str(&a->facts, IVL_SYM_RULE, rule_name, strlen(rule_name)))
    bad = "out of memory";
  lua_settop(L, fact);
  if (!bad) bad = store_mentions(L, fact, sent_idx, a, i);
  /* fields the rule did not declare are declared when first returned */
  if (!bad && ivl_schema_declare_entity(&a->facts, &a->facts.ents[a->facts.n - 1]))
    bad = "out of memory";
  if (bad) ivl_store_cancel(&a->facts);
  return bad;
}

/* Call rule 'rule' (its table on top) on sentence i; store what it returns. */
static const char *run_rule(lua_State *L, int art_idx, ivl_article *a, size_t i, int rule) {
  int spec = lua_gettop(L);
  lua_getfield(L, spec, "name");
  lua_getfield(L, spec, "type");
  lua_getfield(L, spec, "link");
  push_sentence(L, art_idx, a, i);
  int sent_idx = lua_gettop(L);
  lua_pushvalue(L, spec + 3);
  lua_pushvalue(L, sent_idx);
  if (lua_pcall(L, 1, 1, 0) != LUA_OK) {
    lua_pushfstring(L, "fact rule '%s': %s", lua_tostring(L, spec + 1), lua_tostring(L, -1));
    return lua_tostring(L, -1);
  }
  const char *bad = NULL;
  if (lua_istable(L, -1)) {
    int many = lua_rawlen(L, -1) > 0; /* a list of facts, or one */
    lua_Integer n = many ? (lua_Integer)lua_rawlen(L, -1) : 1;
    for (lua_Integer k = 1; k <= n && !bad; k++) {
      if (many && lua_rawgeti(L, -1, k) != LUA_TTABLE) bad = "a fact must be a table";
      else if (!many) lua_pushvalue(L, -1);
      if (!bad) bad = store_fact(L, sent_idx, a, i, rule, lua_tostring(L, spec + 1), lua_tostring(L, spec + 2));
      if (!bad) lua_pop(L, 1);
    }
  } else if (!lua_isnil(L, -1)) {
    bad = "'link' must return a fact, a list of facts or nil";
  }
  if (bad) {
    lua_pushfstring(L, "fact rule '%s': sentence %d: %s", lua_tostring(L, spec + 1), (int)i + 1, bad);
    return lua_tostring(L, -1);
  }
  lua_settop(L, spec);
  return NULL;
}

/* Run the rules on the article 'a' at 'art_idx'; NULL or a message. */
static const char *run_rules(lua_State *L, int art_idx, ivl_article *a) {
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &fact_rules_key) != LUA_TTABLE) {
    lua_pop(L, 1);
    return NULL;
  }
  int rules = lua_gettop(L);
  lua_Integer n = (lua_Integer)lua_rawlen(L, rules);
  for (lua_Integer r = 1; r <= n; r++)
    for (size_t i = 0; i < a->sentences.n; i++) {
      lua_rawgeti(L, rules, r);
      const char *bad = run_rule(L, art_idx, a, i, (int)r - 1);
      if (bad) {
        ivl_facts_settle(a);
        lua_replace(L, rules);
        lua_settop(L, rules);
        return lua_tostring(L, -1);
      }
      lua_pop(L, 1);
    }
  lua_pop(L, 1);
  ivl_facts_settle(a);
  return NULL;
}

const char *ivl_run_fact_rules(lua_State *L, int art_idx) {
  art_idx = lua_absindex(L, art_idx);
  ivl_article *a = ivl_checkarticle(L, art_idx);
  const char *bad = run_rules(L, art_idx, a);
  /* then every investment's amount in US$ (fx.c), on the settled facts */
  if (ivl_fx_annotate(a) && !bad) {
    lua_pushliteral(L, "out of memory converting amounts to US$");
    bad = lua_tostring(L, -1);
  }
  return bad;
}

/* }====================================================================== */

/* {======================================================================
** The frames' cue words
** ======================================================================= */

/* ivlua.lexicon(): { name = what it marks } for every lexicon.
** ivlua.lexicon(name): its words. ivlua.lexicon(name, word or {words}):
** add words, then its words. Words are what the fact frames look for: a
** user adds "set its sights on" to 'goal', "penned" to 'agreeing'. */
int ivl_lib_lexicon(lua_State *L) {
  if (lua_isnoneornil(L, 1)) {
    lua_createtable(L, 0, LEX_COUNT);
    for (int i = 0; i < LEX_COUNT; i++) {
      lua_pushstring(L, ivl_lexicon_about(i));
      lua_setfield(L, -2, ivl_lexicon_name(i));
    }
    return 1;
  }
  const char *name = luaL_checkstring(L, 1);
  int id = ivl_lexicon_find(name);
  if (id < 0) return luaL_argerror(L, 1, lua_pushfstring(L, "no lexicon '%s' (ivlua.lexicon() lists them)", name));
  if (!lua_isnoneornil(L, 2)) {
    ivl_engine_idle(L, "ivlua.lexicon");
    int many = lua_istable(L, 2);
    lua_Integer n = many ? (lua_Integer)lua_rawlen(L, 2) : 1;
    for (lua_Integer k = 1; k <= n; k++) {
      if (many) lua_rawgeti(L, 2, k);
      else lua_pushvalue(L, 2);
      const char *w = lua_tostring(L, -1);
      int st = w && lua_type(L, -1) == LUA_TSTRING ? ivl_lexicon_add(id, w) : -2;
      if (st == -1) luaL_error(L, "ivlua.lexicon: out of memory");
      if (st == -2)
        luaL_error(L, "ivlua.lexicon: '%s' is not a cue word (lower-case ASCII words, a '*' at the end at most)",
                   w ? w : luaL_typename(L, -1));
      lua_pop(L, 1);
    }
  }
  lua_newtable(L);
  const char *const *words = ivl_lexicon(id);
  for (lua_Integer k = 0; words[k]; k++) {
    lua_pushstring(L, words[k]);
    lua_rawseti(L, -2, k + 1);
  }
  return 1;
}
