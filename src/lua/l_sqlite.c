/*
** l_sqlite.c
** A small binding of Debian's libsqlite3, for the sqlite format
** (scripts/ivlua/sqlite.lua) and scripts that read what it wrote:
**
**   local db <close> = assert(ivlua.sqlite.open("corpus.db"))
**   assert(db:exec("CREATE TABLE t(a, b)"))
**   local st <close> = assert(db:prepare("INSERT INTO t VALUES (?, ?)"))
**   assert(st:run(1, "x"))               -- nil is NULL, a boolean 0 or 1
**   for _, row in ipairs(assert(db:rows("SELECT a, b FROM t WHERE a = ?", 1))) do ... end
**   assert(db:close())
**
** Errors of the database (a bad statement, a full disk) are returned as
** nil, message; misuse (a closed handle, a value SQLite cannot hold)
** raises. Closing a database finalises its statements, which then count
** as closed: they are listed in a weak table, the database's user value.
*/
#include <sqlite3.h>
#include <string.h>

#include "l_aux.h"

#define IVL_SQLITE "ivlua.SQLite"
#define IVL_SQLITE_STMT "ivlua.SQLiteStatement"

typedef struct l_db {
  sqlite3 *db; /* NULL: closed */
} l_db;

typedef struct l_stmt {
  sqlite3_stmt *st; /* NULL: closed */
} l_stmt;

/* nil, "sqlite: message" */
static int fail(lua_State *L, sqlite3 *db) {
  luaL_pushfail(L);
  lua_pushfstring(L, "sqlite: %s", db ? sqlite3_errmsg(db) : "out of memory");
  return 2;
}

static l_db *check_db(lua_State *L) {
  l_db *d = luaL_checkudata(L, 1, IVL_SQLITE);
  if (!d->db) luaL_error(L, "attempt to use a closed database");
  return d;
}

static l_stmt *check_stmt(lua_State *L) {
  l_stmt *s = luaL_checkudata(L, 1, IVL_SQLITE_STMT);
  if (!s->st) luaL_error(L, "attempt to use a closed statement");
  return s;
}

/* ivlua.sqlite.open(path) -> db | nil, message (created when absent) */
static int sql_open(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  l_db *d = lua_newuserdatauv(L, sizeof *d, 1);
  d->db = NULL; /* closed until opened */
  luaL_setmetatable(L, IVL_SQLITE);
  lua_newtable(L); /* its statements, weak */
  lua_newtable(L);
  lua_pushliteral(L, "k");
  lua_setfield(L, -2, "__mode");
  lua_setmetatable(L, -2);
  lua_setiuservalue(L, -2, 1);
  sqlite3 *db = NULL;
  if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
    luaL_pushfail(L);
    lua_pushfstring(L, "%s: %s", path, db ? sqlite3_errmsg(db) : "out of memory");
    sqlite3_close(db);
    return 2;
  }
  d->db = db;
  sqlite3_extended_result_codes(db, 1);
  return 1;
}

/* db:exec(sql) -> true | nil, message: statements separated by ';' */
static int db_exec(lua_State *L) {
  l_db *d = check_db(L);
  const char *sql = luaL_checkstring(L, 2);
  if (sqlite3_exec(d->db, sql, NULL, NULL, NULL) != SQLITE_OK) return fail(L, d->db);
  lua_pushboolean(L, 1);
  return 1;
}

/* db:prepare(sql) -> statement | nil, message */
static int db_prepare(lua_State *L) {
  l_db *d = check_db(L);
  size_t len;
  const char *sql = luaL_checklstring(L, 2, &len);
  l_stmt *s = lua_newuserdatauv(L, sizeof *s, 1);
  s->st = NULL;
  luaL_setmetatable(L, IVL_SQLITE_STMT);
  if (sqlite3_prepare_v3(d->db, sql, (int)len, SQLITE_PREPARE_PERSISTENT, &s->st, NULL) != SQLITE_OK)
    return fail(L, d->db);
  lua_pushvalue(L, 1);
  lua_setiuservalue(L, -2, 1); /* the database lives as long as its statements */
  lua_getiuservalue(L, 1, 1);
  lua_pushvalue(L, -2);
  lua_pushboolean(L, 1);
  lua_rawset(L, -3);
  lua_pop(L, 1);
  return 1;
}

/* Bind the 'n' values from index 'first' to 's' (1, 2, ...). */
static void bind_values(lua_State *L, sqlite3_stmt *s, int first, int n) {
  if (n != sqlite3_bind_parameter_count(s))
    luaL_error(L, "statement takes %d values, got %d", sqlite3_bind_parameter_count(s), n);
  for (int i = 0; i < n; i++) {
    int idx = first + i, rc;
    switch (lua_type(L, idx)) {
    case LUA_TNIL: rc = sqlite3_bind_null(s, i + 1); break;
    case LUA_TBOOLEAN: rc = sqlite3_bind_int(s, i + 1, lua_toboolean(L, idx)); break;
    case LUA_TNUMBER:
      rc = lua_isinteger(L, idx) ? sqlite3_bind_int64(s, i + 1, (sqlite3_int64)lua_tointeger(L, idx))
                                 : sqlite3_bind_double(s, i + 1, (double)lua_tonumber(L, idx));
      break;
    case LUA_TSTRING: {
      size_t len;
      const char *p = lua_tolstring(L, idx, &len);
      /* static: the string stays on the stack until the step is done */
      rc = sqlite3_bind_text64(s, i + 1, p, (sqlite3_uint64)len, SQLITE_STATIC, SQLITE_UTF8);
      break;
    }
    default:
      luaL_error(L, "value %d: a %s cannot be stored (nil, boolean, number or string expected)", i + 1,
                 luaL_typename(L, idx));
      return;
    }
    if (rc != SQLITE_OK) luaL_error(L, "value %d: %s", i + 1, sqlite3_errstr(rc));
  }
}

/* stmt:run(...) -> true | nil, message: the values bound, one step done */
static int stmt_run(lua_State *L) {
  l_stmt *s = check_stmt(L);
  bind_values(L, s->st, 2, lua_gettop(L) - 1);
  int rc;
  while ((rc = sqlite3_step(s->st)) == SQLITE_ROW) {
  }
  sqlite3_reset(s->st);
  sqlite3_clear_bindings(s->st);
  if (rc != SQLITE_DONE) return fail(L, sqlite3_db_handle(s->st));
  lua_pushboolean(L, 1);
  return 1;
}

static void push_column(lua_State *L, sqlite3_stmt *s, int i) {
  switch (sqlite3_column_type(s, i)) {
  case SQLITE_INTEGER: lua_pushinteger(L, (lua_Integer)sqlite3_column_int64(s, i)); break;
  case SQLITE_FLOAT: lua_pushnumber(L, (lua_Number)sqlite3_column_double(s, i)); break;
  case SQLITE_NULL: lua_pushnil(L); break;
  default: {
    const void *p = sqlite3_column_blob(s, i);
    lua_pushlstring(L, p ? p : "", (size_t)sqlite3_column_bytes(s, i));
  }
  }
}

/* db:rows(sql, ...) -> { { column = value, ... }, ... } | nil, message: the
** rows of a query, its values bound. The statement is owned by a Lua
** value while it runs, so an error leaks nothing. */
static int db_rows(lua_State *L) {
  check_db(L);
  luaL_checkstring(L, 2);
  int top = lua_gettop(L); /* the values: 3 .. top */
  lua_pushcfunction(L, db_prepare);
  lua_pushvalue(L, 1);
  lua_pushvalue(L, 2);
  lua_call(L, 2, 2);
  if (lua_isnil(L, -2)) return 2;
  lua_pop(L, 1);
  l_stmt *st = lua_touserdata(L, top + 1);
  sqlite3_stmt *s = st->st;
  bind_values(L, s, 3, top - 2);
  lua_newtable(L);
  int ncol = sqlite3_column_count(s), rc;
  lua_Integer n = 0;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    lua_createtable(L, 0, ncol);
    for (int i = 0; i < ncol; i++) {
      push_column(L, s, i);
      lua_setfield(L, -2, sqlite3_column_name(s, i));
    }
    lua_rawseti(L, top + 2, ++n);
  }
  if (rc != SQLITE_DONE) fail(L, sqlite3_db_handle(s));
  sqlite3_finalize(s);
  st->st = NULL;
  return rc == SQLITE_DONE ? 1 : 2;
}

/* stmt:close(), __gc, __close: finalise (idempotent) */
static int stmt_close(lua_State *L) {
  l_stmt *s = luaL_checkudata(L, 1, IVL_SQLITE_STMT);
  if (s->st) sqlite3_finalize(s->st);
  s->st = NULL;
  return 0;
}

/* db:close() -> true | nil, message; also __gc and __close (idempotent):
** its statements are finalised first. */
static int db_close(lua_State *L) {
  l_db *d = luaL_checkudata(L, 1, IVL_SQLITE);
  if (!d->db) {
    lua_pushboolean(L, 1);
    return 1;
  }
  lua_getiuservalue(L, 1, 1);
  if (lua_istable(L, -1)) {
    lua_pushnil(L);
    while (lua_next(L, -2)) {
      lua_pop(L, 1);
      l_stmt *s = luaL_testudata(L, -1, IVL_SQLITE_STMT);
      if (s && s->st) sqlite3_finalize(s->st);
      if (s) s->st = NULL;
    }
  }
  lua_pop(L, 1);
  int rc = sqlite3_close(d->db);
  if (rc != SQLITE_OK) return fail(L, d->db);
  d->db = NULL;
  lua_pushboolean(L, 1);
  return 1;
}

static int db_tostring(lua_State *L) {
  l_db *d = luaL_checkudata(L, 1, IVL_SQLITE);
  if (!d->db) lua_pushliteral(L, "ivlua.SQLite (closed)");
  else lua_pushfstring(L, "ivlua.SQLite (%s)", sqlite3_db_filename(d->db, "main"));
  return 1;
}

static const luaL_Reg db_meth[] = {
  {"exec", db_exec}, {"prepare", db_prepare}, {"rows", db_rows}, {"close", db_close}, {NULL, NULL},
};

static const luaL_Reg stmt_meth[] = {
  {"run", stmt_run}, {"close", stmt_close}, {NULL, NULL},
};

static const luaL_Reg sqlite_funcs[] = {
  {"open", sql_open},
  {NULL, NULL},
};

/* A metatable 'name' with the methods 'meth' as __index and 'close' as
** __gc and __close. */
static void new_class(lua_State *L, const char *name, const luaL_Reg *meth, lua_CFunction close) {
  luaL_newmetatable(L, name);
  lua_newtable(L);
  luaL_setfuncs(L, meth, 0);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, close);
  lua_setfield(L, -2, "__gc");
  lua_pushcfunction(L, close);
  lua_setfield(L, -2, "__close");
  lua_pop(L, 1);
}

void ivl_open_sqlite(lua_State *L) {
  new_class(L, IVL_SQLITE, db_meth, db_close);
  luaL_getmetatable(L, IVL_SQLITE);
  lua_pushcfunction(L, db_tostring);
  lua_setfield(L, -2, "__tostring");
  lua_pop(L, 1);
  new_class(L, IVL_SQLITE_STMT, stmt_meth, stmt_close);
  luaL_newlib(L, sqlite_funcs);
  lua_pushstring(L, sqlite3_libversion());
  lua_setfield(L, -2, "version");
}
