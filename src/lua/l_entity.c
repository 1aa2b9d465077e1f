/*
** l_entity.c
** Entities as Lua values: plain tables with the ivlua.Entity metatable, made
** only when a script asks for them, so that scripts can sort, group and
** serialise them like any table.
*/
#include "l_aux.h"
#include "symbols.h"

void ivl_pushentity(lua_State *L, int art_idx, size_t i) {
  art_idx = lua_absindex(L, art_idx);
  const ivl_article *a = ivl_checkarticle(L, art_idx);
  const ivl_entity *e = &a->store.ents[i];
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
  lua_pushvalue(L, art_idx);
  lua_setfield(L, -2, "article");
  for (uint32_t k = 0; k < e->nfields; k++) {
    const ivl_field *f = &a->store.fields[e->field0 + k];
    if (f->kind == IVL_FIELD_NUM) {
      lua_Integer n;
      if (lua_numbertointeger(f->v.num, &n) && (double)n == f->v.num) lua_pushinteger(L, n);
      else lua_pushnumber(L, f->v.num);
    } else {
      lua_pushlstring(L, ivl_store_string(&a->store, f), f->len);
    }
    lua_setfield(L, -2, ivl_sym_name(f->key));
  }
  luaL_setmetatable(L, IVL_ENTITY);
}

void ivl_open_entity(lua_State *L) {
  /* __tostring and friends are defined in Lua (scripts/ivlua/init.lua),
  ** which reaches this table as ivlua.core.Entity */
  luaL_newmetatable(L, IVL_ENTITY);
  lua_pop(L, 1);
}
