/*
** l_rules.c
** Extraction rules written in Lua:
**
**   ivlua.rule{ name = "tonnage", type = "tonnage",
**               pattern = "({number})\\s*(?:tonnes|tons)\\b",
**               fields = { unit = "t" },                -- optional, constant
**               normalize = function(m) return { value = m.value } end }  -- optional
**
** The pattern is PCRE2 with ivlua's fragments ({number}, {magnitude},
** {month}, {year} ...), compiled with the JIT and run by the same scanner
** as the built-in rules, under the same match limit. The normaliser gets a
** match table and returns the entity's fields (nil: no mention). Rules
** apply to the articles loaded after them.
*/
#include <stdlib.h>
#include <string.h>

#include "l_aux.h"
#include "schema.h"
#include "symbols.h"

static const char lua_rules_key = 0; /* registry: rule index -> its Lua spec */

/* Push the Lua spec of rule 'index' (a table), or nil. */
static int push_spec(lua_State *L, int index) {
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &lua_rules_key) != LUA_TTABLE) return 0;
  int t = lua_rawgeti(L, -1, index + 1);
  lua_remove(L, -2);
  return t == LUA_TTABLE;
}

/* {======================================================================
** The match table a normaliser receives
** ======================================================================= */

static void push_group(lua_State *L, const ivl_extract *x, int g) {
  size_t s, n;
  if (ivl_x_group(x, g, &s, &n)) lua_pushlstring(L, x->text + s, n);
  else lua_pushboolean(L, 0);
}

/* Named groups as fields: m.tons for (?<tons>...). */
static void set_named_groups(lua_State *L, const ivl_extract *x) {
  uint32_t count = 0, size = 0;
  PCRE2_SPTR table = NULL;
  const pcre2_code *code = x->rule->re.code;
  pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &count);
  pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &size);
  pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &table);
  for (uint32_t i = 0; i < count && table; i++) {
    PCRE2_SPTR entry = table + (size_t)i * size;
    int g = (entry[0] << 8) | entry[1];
    push_group(L, x, g);
    lua_setfield(L, -2, (const char *)entry + 2);
  }
}

/* { text, start, end (original byte offsets, 0-based, end exclusive), doc,
**   date (the article's), value (the number in it, if any), [1..n] groups } */
static void push_match(lua_State *L, const ivl_extract *x) {
  lua_createtable(L, (int)x->rule->re.ncaptures, 8);
  lua_pushlstring(L, x->text + x->ov[0], x->ov[1] - x->ov[0]);
  lua_setfield(L, -2, "text");
  lua_pushinteger(L, (lua_Integer)ivl_view_orig(x->view, x->ov[0]));
  lua_setfield(L, -2, "start");
  lua_pushinteger(L, (lua_Integer)ivl_view_orig(x->view, x->ov[1]));
  lua_setfield(L, -2, "end");
  lua_pushstring(L, x->article->doc);
  lua_setfield(L, -2, "doc");
  if (x->article->date.year) {
    char iso[11];
    ivl_date_iso(&x->article->date, iso);
    lua_pushstring(L, iso);
    lua_setfield(L, -2, "date");
  }
  double v;
  if (ivl_normalize_value((ivl_extract *)x, &v)) {
    if (v == (double)(lua_Integer)v) lua_pushinteger(L, (lua_Integer)v);
    else lua_pushnumber(L, v);
    lua_setfield(L, -2, "value");
  }
  for (uint32_t g = 1; g <= x->rule->re.ncaptures; g++) {
    push_group(L, x, (int)g);
    lua_rawseti(L, -2, g);
  }
  set_named_groups(L, x);
}

/* }====================================================================== */

/* {======================================================================
** Storing what a rule returns
** ======================================================================= */

static const char *const common_fields[] = {"type", "text", "start", "end", "doc", "article", NULL};

static int is_common(const char *k) {
  for (const char *const *c = common_fields; *c; c++)
    if (strcmp(k, *c) == 0) return 1;
  return 0;
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A field of a table: its name and value, both held by the table. */
typedef struct field_kv {
  const char *key;
  size_t klen;
  int type; /* LUA_TNUMBER, LUA_TSTRING, or another: an error but false */
  lua_Number num;
  const char *str;
  size_t slen;
} field_kv;

static int by_kv_name(const void *a, const void *b) {
  return strcmp(((const field_kv *)a)->key, ((const field_kv *)b)->key);
}

/* Store one field; -1 on out of memory, -2 for a value of another kind
** (message pushed). */
static int store_field(lua_State *L, ivl_extract *x, const field_kv *f) {
  int key = ivl_sym_intern(f->key, f->klen);
  if (key < 0) return -1;
  if (f->type == LUA_TNUMBER) return ivl_store_num(x->store, key, f->num) ? -1 : 0;
  if (f->type == LUA_TSTRING) return ivl_store_str(x->store, key, f->str, f->slen) ? -1 : 0;
  if (f->type == LUA_TBOOLEAN) return 0; /* false: leave the field out */
  lua_pushfstring(L, "field '%s' is a %s; fields are numbers or strings", f->key, lua_typename(L, f->type));
  return -2; /* the message on top; the caller resets the stack */
}

/* Store the string-keyed numbers and strings of the table on top as
** fields, in the order of their names: a table's traversal order changes
** from run to run (Lua seeds its string hashes), and the fields are
** written in the order they are stored. Nothing here raises a Lua error
** (the extraction's C frames are below). -1 on out of memory, -2 for a
** value of another kind (message pushed). */
static int store_fields(lua_State *L, ivl_extract *x) {
  field_kv here[32], *kv = here;
  size_t n = 0, cap = sizeof here / sizeof *here;
  int rc = 0;
  lua_pushnil(L);
  while (rc == 0 && lua_next(L, -2)) {
    if (lua_type(L, -2) == LUA_TSTRING && !is_common(lua_tostring(L, -2))) {
      if (n == cap) {
        field_kv *more = malloc(2 * cap * sizeof *more);
        if (more) memcpy(more, kv, n * sizeof *kv);
        if (kv != here) free(kv);
        if (!(kv = more)) return -1; /* the stack is reset by the caller */
        cap *= 2;
      }
      field_kv *f = &kv[n++];
      f->key = lua_tolstring(L, -2, &f->klen);
      f->type = lua_type(L, -1);
      if (f->type == LUA_TNUMBER) f->num = lua_tonumber(L, -1);
      if (f->type == LUA_TSTRING) f->str = lua_tolstring(L, -1, &f->slen);
    }
    lua_pop(L, 1);
  }
  qsort(kv, n, sizeof *kv, by_kv_name);
  for (size_t i = 0; i < n && rc == 0; i++) rc = store_field(L, x, &kv[i]);
  if (kv != here) free(kv);
  return rc;
}

/* The normaliser failed with 'msg'; the scan names the rule and the byte.
** IVL_ERULE loses this match only; any other code ends the article's
** extraction (out of memory). */
static int rule_failed(ivl_extract *x, ivl_status code, const char *msg) {
  ivl_fail(x->err, code, ivl_view_orig(x->view, x->ov[0]), "%s", msg);
  return IVL_NORMALIZE_FAILED;
}

/* The normaliser of every Lua rule: calls the rule's function (if any) and
** stores the constant fields, then what it returned. */
static int lua_normalize(ivl_extract *x) {
  lua_State *L = x->matcher->host;
  if (!L) return rule_failed(x, IVL_EARG, "a Lua rule run outside Lua");
  int top = lua_gettop(L);
  if (!lua_checkstack(L, 8) || !push_spec(L, x->rule_index)) {
    lua_settop(L, top);
    return rule_failed(x, IVL_EARG, "the rule's definition is gone");
  }
  int spec = lua_gettop(L);
  int result = lua_getfield(L, spec, "normalize") == LUA_TFUNCTION;
  if (result) {
    push_match(L, x);
    int status = lua_pcall(L, 1, 1, 0);
    if (status != LUA_OK) {
      const char *msg = lua_tostring(L, -1) ? lua_tostring(L, -1) : "(error object is not a string)";
      /* Ctrl-C stops the article, not one match (ivl_mark_interrupted) */
      ivl_status code = status == LUA_ERRMEM ? IVL_ENOMEM : ivl_interrupted(L) ? IVL_EARG : IVL_ERULE;
      int rc = rule_failed(x, code, msg);
      lua_settop(L, top);
      return rc;
    }
  } else { /* no function: the number in the match is the value */
    lua_pop(L, 1);
    push_match(L, x);
    lua_getfield(L, -1, "value");
    lua_remove(L, -2);
  }
  /* nil or false: no mention after all */
  if (lua_isnil(L, -1) || (lua_isboolean(L, -1) && !lua_toboolean(L, -1))) {
    lua_settop(L, top);
    return 0;
  }
  size_t before = x->store->n;
  int rc = ivl_x_begin(x, x->ov[0], x->ov[1]) ? -1 : 0;
  if (rc == 0 && lua_getfield(L, spec, "fields") == LUA_TTABLE) rc = store_fields(L, x);
  else lua_pop(L, 1);
  if (rc == 0) {
    lua_pushvalue(L, spec + 1); /* the result */
    if (lua_type(L, -1) == LUA_TTABLE) {
      rc = store_fields(L, x);
    } else if (lua_type(L, -1) == LUA_TNUMBER) {
      rc = ivl_store_num(x->store, IVL_SYM_VALUE, lua_tonumber(L, -1));
    } else if (lua_type(L, -1) == LUA_TSTRING) {
      size_t n;
      const char *s = lua_tolstring(L, -1, &n);
      rc = ivl_store_str(x->store, IVL_SYM_VALUE, s, n);
    } else if (!lua_isboolean(L, -1)) { /* true: a mention with no value */
      lua_pushfstring(L, "returned a %s; a rule returns a table of fields, a value, or nil",
                      luaL_typename(L, -1));
      rc = -2;
    }
  }
  if (rc == -2) rc = rule_failed(x, IVL_ERULE, lua_tostring(L, -1));
  lua_settop(L, top);
  /* a field the rule did not declare is declared when first returned (too
  ** late for a table's header: ivlua extract says which were left out) */
  if (rc == 0 && ivl_schema_declare_entity(x->store, &x->store->ents[x->store->n - 1])) rc = -1;
  if (rc < 0) {
    if (x->store->n > before) ivl_store_cancel(x->store);
    return rc;
  }
  return 1;
}

/* }====================================================================== */

/* {======================================================================
** ivlua.rule and ivlua.rules
** ======================================================================= */

static const char *check_field(lua_State *L, const char *key) {
  if (lua_getfield(L, 1, key) != LUA_TSTRING || lua_rawlen(L, -1) == 0)
    luaL_error(L, "ivlua.rule: '%s' must be a non-empty string", key);
  const char *s = lua_tostring(L, -1);
  lua_pop(L, 1); /* still referenced by the spec table */
  return s;
}

/* Room in the matcher for the new rule's groups. */
static void fit_matcher(lua_State *L, l_engine *e) {
  if (e->rules->max_captures <= e->captures) return;
  ivl_matcher fresh;
  ivl_error err;
  if (ivl_matcher_init(&fresh, e->rules->max_captures, e->rules->match_limit, &err) != IVL_OK)
    luaL_error(L, "%s", err.msg);
  ivl_matcher_free(&e->matcher);
  e->matcher = fresh;
  e->captures = e->rules->max_captures;
}

/* Declare the fields of the rule at index 1 of type 'type': the keys of
** its constant 'fields' (sorted), then its 'returns' (the names its normaliser
** returns), or 'value' when it gives none. */
static void declare_fields(lua_State *L, const char *name, const char *type) {
  int type_id = ivl_sym_intern(type, strlen(type));
  int bad = type_id < 0 || ivl_schema_declare_type(type_id) < 0;
  if (lua_getfield(L, 1, "fields") == LUA_TTABLE) {
    /* in the order of their names, not of a Lua table's hash */
    const char *keys[64];
    size_t nkeys = 0;
    lua_pushnil(L);
    while (lua_next(L, -2)) {
      lua_pop(L, 1);
      if (lua_type(L, -1) != LUA_TSTRING || is_common(lua_tostring(L, -1))) continue;
      if (nkeys == 64) luaL_error(L, "ivlua.rule '%s': more than 64 constant fields", name);
      keys[nkeys++] = lua_tostring(L, -1); /* the table keeps the string alive */
    }
    qsort(keys, nkeys, sizeof *keys, by_name);
    for (size_t i = 0; i < nkeys && !bad; i++) {
      int key = ivl_sym_intern(keys[i], strlen(keys[i]));
      bad = key < 0 || ivl_schema_declare(type_id, key) < 0;
    }
  }
  lua_pop(L, 1);
  if (bad) luaL_error(L, "ivlua.rule '%s': too many names", name);
  if (!ivl_declare_returns(L, "ivlua.rule", name, type_id, is_common) &&
      ivl_schema_declare(type_id, IVL_SYM_VALUE) < 0)
    luaL_error(L, "ivlua.rule '%s': too many names", name);
}

/* ivlua.rule{name=, type=, pattern=, normalize=, fields=, returns=} -> name */
int ivl_lib_rule(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  const char *name = check_field(L, "name"), *type = check_field(L, "type");
  size_t plen;
  if (lua_getfield(L, 1, "pattern") != LUA_TSTRING) luaL_error(L, "ivlua.rule '%s': 'pattern' must be a string", name);
  const char *pattern = lua_tolstring(L, -1, &plen);
  lua_pop(L, 1);
  int t = lua_getfield(L, 1, "normalize");
  if (t != LUA_TNIL && t != LUA_TFUNCTION) luaL_error(L, "ivlua.rule '%s': 'normalize' must be a function", name);
  t = lua_getfield(L, 1, "fields");
  if (t != LUA_TNIL && t != LUA_TTABLE) luaL_error(L, "ivlua.rule '%s': 'fields' must be a table", name);
  lua_pop(L, 2);
  l_engine *e = ivl_engine(L);
  ivl_engine_idle(L, "ivlua.rule");
  for (size_t i = 0; i < e->rules->n; i++)
    if (strcmp(e->rules->rules[i].name, name) == 0) luaL_error(L, "ivlua.rule: a rule named '%s' exists", name);
  declare_fields(L, name, type);
  /* the spec table, copied so later changes by the caller do not matter */
  lua_createtable(L, 0, 4);
  lua_getfield(L, 1, "normalize");
  lua_setfield(L, -2, "normalize");
  lua_getfield(L, 1, "fields");
  lua_setfield(L, -2, "fields");
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &lua_rules_key) != LUA_TTABLE) {
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &lua_rules_key);
  }
  ivl_error err;
  if (ivl_ruleset_add_expanded(e->rules, name, type, pattern, plen, lua_normalize, NULL, &err) != IVL_OK)
    luaL_error(L, "ivlua.rule: %s", err.msg);
  lua_pushvalue(L, -2);
  lua_rawseti(L, -2, (lua_Integer)e->rules->n); /* rule index n-1, Lua index n */
  fit_matcher(L, e);
  lua_pushstring(L, name);
  return 1;
}

/* ivlua.rules() -> { {name=, type=, builtin=}, ... } in the order they run */
int ivl_lib_rules(lua_State *L) {
  const ivl_ruleset *rs = ivl_engine(L)->rules;
  lua_createtable(L, (int)rs->n, 0);
  for (size_t i = 0; i < rs->n; i++) {
    lua_createtable(L, 0, 3);
    lua_pushstring(L, rs->rules[i].name);
    lua_setfield(L, -2, "name");
    lua_pushstring(L, ivl_sym_name(rs->rules[i].type));
    lua_setfield(L, -2, "type");
    lua_pushboolean(L, rs->rules[i].builtin);
    lua_setfield(L, -2, "builtin");
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

/* }====================================================================== */
