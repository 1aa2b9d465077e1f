/*
** l_entity.c
** Entities and facts as Lua values: plain tables with the ivlua.Entity or
** ivlua.Fact metatable, made only when a script asks for them, so that
** scripts can sort, group and serialise them like any table. A fact's
** 'mentions' are the entities it was linked from.
*/
#include <string.h>

#include "l_aux.h"
#include "symbols.h"

static void push_number(lua_State *L, double v) {
  lua_Integer n;
  if (lua_numbertointeger(v, &n) && (double)n == v) lua_pushinteger(L, n);
  else lua_pushnumber(L, v);
}

static void push_field(lua_State *L, int art_idx, const ivl_article *a, const ivl_store *s,
                       const ivl_field *f) {
  switch (f->kind) {
  case IVL_FIELD_NUM:
    push_number(L, f->v.num);
    break;
  case IVL_FIELD_STR:
    lua_pushlstring(L, ivl_store_string(s, f), f->len);
    break;
  case IVL_FIELD_LIST: {
    lua_createtable(L, (int)f->len, 0);
    const char *p = ivl_store_string(s, f);
    for (uint32_t i = 0; i < f->len; i++, p += strlen(p) + 1) {
      lua_pushstring(L, p);
      lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
    break;
  }
  default: /* references: mentions of the article's entity store */
    lua_createtable(L, (int)f->len, 0);
    for (uint32_t i = 0; i < f->len; i++) {
      uint32_t id = ivl_store_refs_of(s, f)[i];
      if (id >= a->store.n) continue;
      ivl_pushentity(L, art_idx, id);
      lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
    }
  }
}

/* An entity or a fact as a table: common fields, then its own. A 'plain'
** one (a row for the table formats) has neither the article nor the
** references to mentions, and no metatable. */
static void push_record(lua_State *L, int art_idx, const ivl_store *s, size_t i, const char *meta,
                        int plain) {
  art_idx = lua_absindex(L, art_idx);
  const ivl_article *a = ivl_checkarticle(L, art_idx);
  const ivl_entity *e = &s->ents[i];
  lua_createtable(L, 0, 8 + (int)e->nfields);
  lua_pushstring(L, ivl_sym_name(e->type));
  lua_setfield(L, -2, "type");
  lua_pushlstring(L, a->bytes + e->start, e->end - e->start);
  lua_setfield(L, -2, "text");
  lua_pushinteger(L, (lua_Integer)e->start);
  lua_setfield(L, -2, "start");
  lua_pushinteger(L, (lua_Integer)e->end);
  lua_setfield(L, -2, "end");
  lua_pushstring(L, a->doc);
  lua_setfield(L, -2, "doc");
  if (!plain) {
    lua_pushvalue(L, art_idx);
    lua_setfield(L, -2, "article");
  }
  for (uint32_t k = 0; k < e->nfields; k++) {
    const ivl_field *f = &s->fields[e->field0 + k];
    if (plain && f->kind == IVL_FIELD_REFS) continue;
    push_field(L, art_idx, a, s, f);
    lua_setfield(L, -2, ivl_sym_name(f->key));
  }
  if (!plain) luaL_setmetatable(L, meta);
}

void ivl_pushentity(lua_State *L, int art_idx, size_t i) {
  push_record(L, art_idx, &ivl_checkarticle(L, art_idx)->store, i, IVL_ENTITY, 0);
}

void ivl_pushfact(lua_State *L, int art_idx, size_t i) {
  push_record(L, art_idx, &ivl_checkarticle(L, art_idx)->facts, i, IVL_FACT, 0);
}

void ivl_pushrow(lua_State *L, int art_idx, const ivl_store *s, size_t i) {
  push_record(L, art_idx, s, i, NULL, 1);
}

void ivl_open_entity(lua_State *L) {
  /* __tostring and friends are defined in Lua (scripts/ivlua/init.lua),
  ** which reaches this table as ivlua.core.Entity */
  luaL_newmetatable(L, IVL_ENTITY);
  lua_pop(L, 1);
  luaL_newmetatable(L, IVL_FACT);
  lua_pop(L, 1);
}
