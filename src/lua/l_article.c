/*
** l_article.c
** The ivlua.Article class: a view on one article of a corpus. Fields are
** read from the C article on access: doc, path, title, date, time,
** dateline, source, bytes, captions, paragraphs, sentences.
*/
#include <stdio.h>
#include <string.h>

#include "jsonl.h"
#include "l_aux.h"
#include "symbols.h"

ivl_article *ivl_checkarticle(lua_State *L, int idx) {
  l_article *v = luaL_checkudata(L, idx, IVL_ARTICLE);
  if (v->index >= v->corpus->n) luaL_error(L, "article no longer in its corpus");
  ivl_article *a = v->corpus->arts[v->index];
  ivl_error err;
  /* an article of a loaded corpus keeps no view until asked (ivlua.load) */
  if (ivl_article_prepare(a, &err) != IVL_OK) luaL_error(L, "%s: %s", a->doc, err.msg);
  return a;
}

/* Push the original text of a view span. */
static void push_span_text(lua_State *L, const ivl_article *a, ivl_span s) {
  size_t b = ivl_article_orig(a, s.start), e = ivl_article_orig(a, s.end);
  lua_pushlstring(L, a->bytes + b, e - b);
}

/* A list of {start=, end=, text=} in original byte offsets. */
static void push_spans(lua_State *L, const ivl_article *a, const ivl_spans *spans) {
  lua_createtable(L, (int)spans->n, 0);
  for (size_t i = 0; i < spans->n; i++) {
    ivl_span s = spans->items[i];
    lua_createtable(L, 0, 3);
    lua_pushinteger(L, (lua_Integer)ivl_article_orig(a, s.start));
    lua_setfield(L, -2, "start");
    lua_pushinteger(L, (lua_Integer)ivl_article_orig(a, s.end));
    lua_setfield(L, -2, "end");
    push_span_text(L, a, s);
    lua_setfield(L, -2, "text");
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
}

static void push_date(lua_State *L, const ivl_article *a) {
  if (a->date.year == 0) {
    lua_pushnil(L);
    return;
  }
  char iso[11];
  ivl_date_iso(&a->date, iso);
  lua_pushstring(L, iso);
}

static void push_time(lua_State *L, const ivl_article *a) {
  if (a->date.hour < 0 || a->date.year == 0) lua_pushnil(L);
  else lua_pushfstring(L, "%s%d:%s%d", a->date.hour < 10 ? "0" : "", a->date.hour,
                       a->date.minute < 10 ? "0" : "", a->date.minute);
}

/* The fields push_field knows, for the REPL's completion (metatable.fields). */
static const char *const article_fields[] = {
  "doc", "path", "bytes", "title", "date", "time", "dateline", "source",
  "captions", "paragraphs", "sentences", NULL,
};

/* Push field 'k' of article 'a'; 0 when 'k' is no field. */
static int push_field(lua_State *L, const ivl_article *a, const char *k) {
  const ivl_layout *l = &a->layout;
  if (strcmp(k, "doc") == 0) lua_pushstring(L, a->doc);
  else if (strcmp(k, "path") == 0) lua_pushstring(L, a->path); /* nil from memory */
  else if (strcmp(k, "bytes") == 0) lua_pushlstring(L, a->bytes, a->len);
  else if (strcmp(k, "title") == 0 && a->title) lua_pushstring(L, a->title);
  else if (strcmp(k, "title") == 0) l->has_title ? push_span_text(L, a, l->title) : lua_pushnil(L);
  else if (strcmp(k, "date") == 0) push_date(L, a);
  else if (strcmp(k, "time") == 0) push_time(L, a);
  else if (strcmp(k, "dateline") == 0) l->has_dateline ? push_span_text(L, a, l->dateline) : lua_pushnil(L);
  else if (strcmp(k, "source") == 0) l->has_source ? push_span_text(L, a, l->source) : lua_pushnil(L);
  else if (strcmp(k, "captions") == 0) push_spans(L, a, &l->captions);
  else if (strcmp(k, "paragraphs") == 0) push_spans(L, a, &l->paragraphs);
  else if (strcmp(k, "sentences") == 0) push_spans(L, a, &a->sentences);
  else return 0;
  return 1;
}

static int art_index(lua_State *L) {
  const ivl_article *a = ivl_checkarticle(L, 1);
  const char *k = luaL_checkstring(L, 2);
  if (push_field(L, a, k)) return 1;
  luaL_getmetatable(L, IVL_ARTICLE);
  lua_getfield(L, -1, "methods");
  lua_getfield(L, -1, k);
  return 1;
}

/* article:entities([type]), article:facts([type]) -> iterators; upvalues:
** the article, the next index, the type (0: any), 1 for facts. */
static int art_records_next(lua_State *L) {
  const ivl_article *a = ivl_checkarticle(L, lua_upvalueindex(1));
  lua_Integer i = lua_tointeger(L, lua_upvalueindex(2));
  int type = (int)lua_tointeger(L, lua_upvalueindex(3));
  int facts = lua_toboolean(L, lua_upvalueindex(4));
  const ivl_store *s = facts ? &a->facts : &a->store;
  while ((size_t)i < s->n && type && s->ents[i].type != type) i++;
  if ((size_t)i >= s->n) return 0;
  lua_pushinteger(L, i + 1);
  lua_replace(L, lua_upvalueindex(2));
  if (facts) ivl_pushfact(L, lua_upvalueindex(1), (size_t)i);
  else ivl_pushentity(L, lua_upvalueindex(1), (size_t)i);
  return 1;
}

static int art_records(lua_State *L, int facts) {
  ivl_checkarticle(L, 1);
  int type = 0;
  if (!lua_isnoneornil(L, 2)) {
    size_t n;
    const char *t = luaL_checklstring(L, 2, &n);
    type = ivl_sym_find(t, n);
    if (!type) type = -1; /* a type nothing has: an empty iteration */
  }
  lua_settop(L, 1);
  lua_pushinteger(L, 0);
  lua_pushinteger(L, type);
  lua_pushboolean(L, facts);
  lua_pushcclosure(L, art_records_next, 4);
  return 1;
}

static int art_entities(lua_State *L) { return art_records(L, 0); }
static int art_facts(lua_State *L) { return art_records(L, 1); }

/* article:slice(start, end) -> the original bytes [start, end) (0-based) */
static int art_slice(lua_State *L) {
  const ivl_article *a = ivl_checkarticle(L, 1);
  lua_Integer s = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
  luaL_argcheck(L, s >= 0 && (size_t)s <= a->len, 2, "out of range");
  luaL_argcheck(L, e >= s && (size_t)e <= a->len, 3, "out of range");
  lua_pushlstring(L, a->bytes + s, (size_t)(e - s));
  return 1;
}

/* article:jsonl() -> the article's entities as JSON Lines */
static int art_jsonl(lua_State *L) {
  const ivl_article *a = ivl_checkarticle(L, 1);
  ivl_buf b = {0};
  if (ivl_jsonl_format(&b, a)) {
    ivl_buf_free(&b);
    return luaL_error(L, "out of memory");
  }
  lua_pushlstring(L, b.data ? b.data : "", b.len);
  ivl_buf_free(&b);
  return 1;
}

/* The Lua state's room for formatting JSON Lines (ivl_jsonl_write_with),
** kept from one article:write_jsonl to the next; a Lua state runs on one
** thread at a time. Its address is the registry's key. */
static const char JSONL_ROOM_KEY = 0;

static int jsonl_room_gc(lua_State *L) {
  ivl_buf_free(luaL_checkudata(L, 1, "ivlua.JsonlRoom"));
  return 0;
}

static ivl_buf *jsonl_room(lua_State *L) {
  return ivl_registry_object(L, &JSONL_ROOM_KEY, sizeof(ivl_buf), "ivlua.JsonlRoom", jsonl_room_gc, NULL);
}

/* article:write_jsonl(file) writes the same to a Lua file handle: true, or
** nil, the system's message and errno (the caller knows what the file is) */
static int art_write_jsonl(lua_State *L) {
  const ivl_article *a = ivl_checkarticle(L, 1);
  luaL_Stream *f = luaL_checkudata(L, 2, LUA_FILEHANDLE);
  if (!f->closef) return luaL_error(L, "attempt to use a closed file");
  if (ivl_jsonl_write_with(a, f->f, jsonl_room(L)) != IVL_OK) return luaL_fileresult(L, 0, NULL);
  lua_pushboolean(L, 1);
  return 1;
}

/* {======================================================================
** core.jsonl_writer(file): the extract command's JSON Lines, many
** articles' lines gathered and written in large pieces (ivl_jsonl_gather)
** ======================================================================= */

#define IVL_JSONL_WRITER "ivlua.JsonlWriter"

/* The writer's file (its user value), or NULL when closed. */
static FILE *writer_file(lua_State *L, int idx) {
  lua_getiuservalue(L, idx, 1);
  luaL_Stream *f = luaL_testudata(L, -1, LUA_FILEHANDLE);
  lua_pop(L, 1); /* anchored by the writer */
  return f && f->closef ? f->f : NULL;
}

/* writer:write(article): true, or nil, the system's message and errno */
static int writer_write(lua_State *L) {
  ivl_buf *room = luaL_checkudata(L, 1, IVL_JSONL_WRITER);
  const ivl_article *a = ivl_checkarticle(L, 2);
  FILE *f = writer_file(L, 1);
  if (!f) return luaL_error(L, "attempt to use a closed file");
  ivl_status st = ivl_jsonl_gather(a, f, room);
  if (st == IVL_ENOMEM) return luaL_error(L, "out of memory");
  if (st != IVL_OK) return luaL_fileresult(L, 0, NULL);
  lua_pushboolean(L, 1);
  return 1;
}

/* writer:flush(): what is gathered written; as writer:write */
static int writer_flush(lua_State *L) {
  ivl_buf *room = luaL_checkudata(L, 1, IVL_JSONL_WRITER);
  FILE *f = writer_file(L, 1);
  if (!f && room->len) return luaL_error(L, "attempt to use a closed file");
  if (f && ivl_jsonl_flush(f, room) != IVL_OK) return luaL_fileresult(L, 0, NULL);
  lua_pushboolean(L, 1);
  return 1;
}

/* __close and __gc: what is gathered is written (a loop left by an error
** still writes the lines before it, as a file's own buffer would), its
** failure ignored; the room freed. */
static int writer_close(lua_State *L) {
  ivl_buf *room = luaL_checkudata(L, 1, IVL_JSONL_WRITER);
  FILE *f = writer_file(L, 1);
  if (f) ivl_jsonl_flush(f, room);
  ivl_buf_free(room);
  return 0;
}

int ivl_lib_jsonl_writer(lua_State *L) {
  luaL_Stream *f = luaL_checkudata(L, 1, LUA_FILEHANDLE);
  if (!f->closef) return luaL_error(L, "attempt to use a closed file");
  ivl_buf *room = lua_newuserdatauv(L, sizeof *room, 1);
  memset(room, 0, sizeof *room);
  if (luaL_newmetatable(L, IVL_JSONL_WRITER)) {
    static const luaL_Reg methods[] = {{"write", writer_write}, {"flush", writer_flush}, {NULL, NULL}};
    luaL_newlib(L, methods);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, writer_close);
    lua_setfield(L, -2, "__close");
    lua_pushcfunction(L, writer_close);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2);
  lua_pushvalue(L, 1);
  lua_setiuservalue(L, -2, 1);
  return 1;
}

/* }====================================================================== */

static int art_len(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)ivl_checkarticle(L, 1)->store.n);
  return 1;
}

static int art_tostring(lua_State *L) {
  const ivl_article *a = ivl_checkarticle(L, 1);
  char iso[11] = "no date";
  if (a->date.year) ivl_date_iso(&a->date, iso);
  lua_pushfstring(L, "ivlua.Article %s (%s, %d bytes, %d entities)", a->doc, iso, (int)a->len,
                  (int)a->store.n);
  return 1;
}

static const luaL_Reg article_methods[] = {
  {"entities", art_entities},
  {"facts", art_facts},
  {"slice", art_slice},
  {"jsonl", art_jsonl},
  {"write_jsonl", art_write_jsonl},
  {"rows", ivl_article_rows},
  {"write_lines", ivl_article_write_lines},
  {NULL, NULL},
};

static const luaL_Reg article_meta[] = {
  {"__index", art_index},
  {"__len", art_len},
  {"__tostring", art_tostring},
  {NULL, NULL},
};

void ivl_open_article(lua_State *L) {
  luaL_newmetatable(L, IVL_ARTICLE);
  luaL_setfuncs(L, article_meta, 0);
  luaL_newlib(L, article_methods);
  lua_setfield(L, -2, "methods");
  lua_newtable(L);
  for (int i = 0; article_fields[i]; i++) {
    lua_pushstring(L, article_fields[i]);
    lua_rawseti(L, -2, i + 1);
  }
  lua_setfield(L, -2, "fields");
  lua_pop(L, 1);
}
