/*
** l_rows.c
** What the table formats (csv, tsv, markdown, text, html) need to stream a
** corpus: the columns of the types, known before any article is read
**
**   ivlua.fields("money")      -> { "value", "currency", "qualifier" }
**   ivlua.schema()             -> { { type = "money", fields = {...} }, ...,
**                                   { type = "investment", fields = {...}, fact = true } }
**   ivlua.columns([types])     -> { "doc", "type", "text", "start", "end", ... }
**
** an article's rows in document order (article:rows()), and a value as a
** cell and a row as a CSV or TSV line (ivlua.core.cell, ivlua.core.line),
** so that the cost of a row is paid in C.
*/
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "jsonl.h"
#include "l_aux.h"
#include "schema.h"
#include "symbols.h"

/* {======================================================================
** The schema
** ======================================================================= */

static const char *const common_columns[] = {"doc", "type", "text", "start", "end", NULL};

/* Is 'type' (a symbol id) a declared type? */
static int declared(int type) {
  const uint16_t *types;
  size_t n = ivl_schema_types(&types);
  for (size_t i = 0; i < n; i++)
    if (types[i] == type) return 1;
  return 0;
}

/* The id of the type named at 'idx', or raise naming it. */
static int check_type(lua_State *L, int idx) {
  size_t len;
  const char *name = luaL_checklstring(L, idx, &len);
  int type = ivl_sym_find(name, len);
  if (!type || !declared(type)) luaL_error(L, "unknown type '%s'", name);
  return type;
}

static void push_fields(lua_State *L, int type) {
  const uint16_t *keys;
  size_t n = ivl_schema_fields(type, &keys);
  lua_createtable(L, (int)n, 0);
  for (size_t i = 0; i < n; i++) {
    lua_pushstring(L, ivl_sym_name(keys[i]));
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
}

/* ivlua.fields(type) -> its field names in order; fail, message for a type
** nothing declares. The built-in gazetteer declares its columns when the
** rules are made, hence ivl_rules first. */
static int lib_fields(lua_State *L) {
  ivl_rules(L);
  size_t len;
  const char *name = luaL_checklstring(L, 1, &len);
  int type = ivl_sym_find(name, len);
  if (!type || !declared(type)) {
    luaL_pushfail(L);
    lua_pushfstring(L, "unknown type '%s'", name);
    return 2;
  }
  push_fields(L, type);
  return 1;
}

/* ivlua.schema() -> { { type =, fields = { ... }, fact = true|nil }, ... } in
** order ('fact': a type of facts, not of mentions) */
static int lib_schema(lua_State *L) {
  ivl_rules(L);
  const uint16_t *types;
  size_t n = ivl_schema_types(&types);
  lua_createtable(L, (int)n, 0);
  for (size_t i = 0; i < n; i++) {
    lua_createtable(L, 0, 2);
    lua_pushstring(L, ivl_sym_name(types[i]));
    lua_setfield(L, -2, "type");
    push_fields(L, types[i]);
    lua_setfield(L, -2, "fields");
    if (ivl_is_fact_type(L, types[i])) {
      lua_pushboolean(L, 1);
      lua_setfield(L, -2, "fact");
    }
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

/* Append the fields of 'type' not yet in the list on top (its length 'n',
** the names seen in the table at 'seen'); returns the new length. */
static lua_Integer add_columns(lua_State *L, int seen, int type, lua_Integer n) {
  const uint16_t *keys;
  size_t nk = ivl_schema_fields(type, &keys);
  for (size_t i = 0; i < nk; i++) {
    lua_pushstring(L, ivl_sym_name(keys[i]));
    if (lua_rawget(L, seen) == LUA_TNIL) {
      lua_pushstring(L, ivl_sym_name(keys[i]));
      lua_pushboolean(L, 1);
      lua_rawset(L, seen);
      lua_pushstring(L, ivl_sym_name(keys[i]));
      lua_rawseti(L, -3, ++n);
    }
    lua_pop(L, 1);
  }
  return n;
}

/* ivlua.columns([types]) -> the common columns, then the fields of the
** types given (a list of names; default: every declared type), each once,
** in the order of the schema. */
static int lib_columns(lua_State *L) {
  ivl_rules(L);
  int given = !lua_isnoneornil(L, 1);
  if (given) luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 1);
  lua_newtable(L); /* 2: the names seen */
  lua_newtable(L); /* 3: the columns */
  lua_Integer n = 0;
  for (int i = 0; common_columns[i]; i++) {
    lua_pushboolean(L, 1);
    lua_setfield(L, 2, common_columns[i]);
    lua_pushstring(L, common_columns[i]);
    lua_rawseti(L, 3, ++n);
  }
  if (given) {
    lua_Integer nt = (lua_Integer)lua_rawlen(L, 1);
    for (lua_Integer i = 1; i <= nt; i++) {
      lua_rawgeti(L, 1, i);
      int type = check_type(L, -1);
      lua_pop(L, 1);
      n = add_columns(L, 2, type, n);
    }
  } else {
    const uint16_t *types;
    size_t nt = ivl_schema_types(&types);
    for (size_t i = 0; i < nt; i++) n = add_columns(L, 2, types[i], n);
  }
  return 1;
}

/* Declare for 'type_id' the names of the list 'returns' of the rule
** table at index 1 (ivlua.rule and ivlua.fact: 'what' and 'name' for the
** messages); a name that 'reserved' says is a common field is an error.
** Returns 1 when the rule has the list, 0 when it has none. */
int ivl_declare_returns(lua_State *L, const char *what, const char *name, int type_id,
                        int (*reserved)(const char *)) {
  int t = lua_getfield(L, 1, "returns");
  if (t != LUA_TNIL && t != LUA_TTABLE) luaL_error(L, "%s '%s': 'returns' must be a list of field names", what, name);
  int bad = type_id < 0 || ivl_schema_declare_type(type_id) < 0;
  lua_Integer n = t == LUA_TTABLE ? (lua_Integer)lua_rawlen(L, -1) : 0;
  for (lua_Integer i = 1; i <= n && !bad; i++) {
    if (lua_rawgeti(L, -1, i) != LUA_TSTRING || reserved(lua_tostring(L, -1)))
      luaL_error(L, "%s '%s': 'returns' must be a list of field names (not the common ones)", what, name);
    int key = ivl_sym_intern(lua_tostring(L, -1), lua_rawlen(L, -1));
    bad = key < 0 || ivl_schema_declare(type_id, key) < 0;
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  if (bad) luaL_error(L, "%s '%s': too many names", what, name);
  return t == LUA_TTABLE;
}

/* }====================================================================== */

/* {======================================================================
** Rows
** ======================================================================= */

/* article:rows() -> its mentions and facts in document order (as the JSON
** Lines export has them), each a plain table of its exported fields. */
int ivl_article_rows(lua_State *L) {
  const ivl_article *a = ivl_checkarticle(L, 1);
  lua_settop(L, 1);
  lua_createtable(L, (int)(a->store.n + a->facts.n), 0);
  const ivl_store *s;
  size_t i = 0, j = 0;
  lua_Integer n = 0;
  for (long k; (k = ivl_article_next_record(a, &i, &j, &s)) >= 0;) {
    ivl_pushrow(L, 1, s, (size_t)k);
    lua_rawseti(L, 2, ++n);
  }
  return 1;
}

/* }====================================================================== */

/* {======================================================================
** Cells and lines
** ======================================================================= */

/* Two buffers kept between calls (an upvalue), so that a raising
** __tostring leaks nothing and a line costs no allocation. */
typedef struct scratch {
  ivl_buf cell, line;
} scratch;

static int scratch_gc(lua_State *L) {
  scratch *s = lua_touserdata(L, 1);
  ivl_buf_free(&s->cell);
  ivl_buf_free(&s->line);
  return 0;
}

static void nomem(lua_State *L, int failed) {
  if (failed) luaL_error(L, "out of memory");
}

static int integer_text(ivl_buf *b, lua_Integer i) {
  char tmp[32];
  int n = snprintf(tmp, sizeof tmp, LUA_INTEGER_FMT, (LUAI_UACINT)i);
  return ivl_buf_append(b, tmp, (size_t)n);
}

/* A number as Lua's format module writes it: integers as they are, whole
** floats without ".0", others in the fewest digits that read back the same
** (ivl_json_number's rule), inf and nan as tostring has them. */
static void number_cell(lua_State *L, ivl_buf *b, int idx) {
  if (lua_isinteger(L, idx)) {
    nomem(L, integer_text(b, lua_tointeger(L, idx)));
    return;
  }
  double v = (double)lua_tonumber(L, idx);
  if (v == 0) v = 0; /* -0 is "0", as string.format("%d", -0.0) */
  if (isfinite(v)) {
    nomem(L, ivl_json_number(b, v));
    return;
  }
  size_t n;
  const char *s = luaL_tolstring(L, idx, &n);
  int failed = ivl_buf_append(b, s, n);
  lua_pop(L, 1);
  nomem(L, failed);
}

/* Append the cell text of the value at 'idx' to 'b': "" for nil, numbers
** as above, a list (a table with no metatable) its items' cells joined
** with ", ", anything else as tostring has it. */
static void cell(lua_State *L, ivl_buf *b, int idx) {
  idx = lua_absindex(L, idx);
  switch (lua_type(L, idx)) {
  case LUA_TNIL: return;
  case LUA_TNUMBER: number_cell(L, b, idx); return;
  case LUA_TSTRING: {
    size_t n;
    const char *s = lua_tolstring(L, idx, &n);
    nomem(L, ivl_buf_append(b, s, n));
    return;
  }
  case LUA_TTABLE:
    if (!lua_getmetatable(L, idx)) {
      luaL_checkstack(L, 4, "list nested too deep");
      for (lua_Integer i = 1; lua_rawgeti(L, idx, i) != LUA_TNIL; i++) {
        if (i > 1) nomem(L, ivl_buf_append(b, ", ", 2));
        cell(L, b, -1);
        lua_pop(L, 1);
      }
      lua_pop(L, 1);
      return;
    }
    lua_pop(L, 1);
    /* fall through */
  default: {
    size_t n;
    const char *s = luaL_tolstring(L, idx, &n);
    nomem(L, ivl_buf_append(b, s, n));
    lua_pop(L, 1);
  }
  }
}

static scratch *scratch_of(lua_State *L) { return lua_touserdata(L, lua_upvalueindex(1)); }

/* ivlua.core.cell(v) -> the text of v in a table cell */
static int lib_cell(lua_State *L) {
  scratch *s = scratch_of(L);
  lua_settop(L, 1);
  s->cell.len = 0;
  cell(L, &s->cell, 1);
  lua_pushlstring(L, s->cell.data ? s->cell.data : "", s->cell.len);
  return 1;
}

/* Append the cell text 'p' ('n' bytes) to 'line' as a field of 'kind':
** CSV (RFC 4180: quoted when it holds a comma, a quote or a line break, its
** quotes doubled) or TSV (tabs and line breaks, which it cannot hold, as
** spaces). */
static int put_field(ivl_buf *line, const char *p, size_t n, int csv) {
  if (!csv) {
    size_t at = line->len;
    if (ivl_buf_append(line, p, n)) return -1;
    for (size_t i = at; i < line->len; i++)
      if (line->data[i] == '\t' || line->data[i] == '\r' || line->data[i] == '\n') line->data[i] = ' ';
    return 0;
  }
  int quote = 0;
  for (size_t i = 0; i < n && !quote; i++) quote = p[i] == ',' || p[i] == '"' || p[i] == '\r' || p[i] == '\n';
  if (!quote) return ivl_buf_append(line, p, n);
  if (ivl_buf_putc(line, '"')) return -1;
  for (size_t i = 0; i < n; i++)
    if ((p[i] == '"' && ivl_buf_putc(line, '"')) || ivl_buf_putc(line, p[i])) return -1;
  return ivl_buf_putc(line, '"');
}

/* ivlua.core.line(kind, row, columns) -> the row's values in those columns
** as one line of 'kind' ("csv" or "tsv"), without its end;
** ivlua.core.line(kind, values) -> the list's values as one line. */
static int lib_line(lua_State *L) {
  static const char *const kinds[] = {"tsv", "csv", NULL};
  scratch *s = scratch_of(L);
  int csv = luaL_checkoption(L, 1, NULL, kinds);
  luaL_checktype(L, 2, LUA_TTABLE);
  int columns = lua_isnoneornil(L, 3) ? 0 : 3;
  if (columns) luaL_checktype(L, 3, LUA_TTABLE);
  lua_settop(L, 3);
  s->line.len = 0;
  lua_Integer n = (lua_Integer)lua_rawlen(L, columns ? 3 : 2);
  for (lua_Integer j = 1; j <= n; j++) {
    if (j > 1) nomem(L, ivl_buf_putc(&s->line, csv ? ',' : '\t'));
    if (columns) {
      lua_rawgeti(L, 3, j);
      lua_gettable(L, 2);
    } else {
      lua_rawgeti(L, 2, j);
    }
    s->cell.len = 0;
    cell(L, &s->cell, -1);
    lua_pop(L, 1);
    nomem(L, put_field(&s->line, s->cell.data, s->cell.len, csv));
  }
  lua_pushlstring(L, s->line.data ? s->line.data : "", s->line.len);
  return 1;
}

/* }====================================================================== */

/* {======================================================================
** An article's rows as lines, without a table per row
** ======================================================================= */

/* A column of article:write_lines: the symbol id of its name (0 when no
** field has that name) and which common field it names, if one. */
enum { COL_FIELD, COL_DOC, COL_TYPE, COL_TEXT, COL_START, COL_END };
typedef struct column {
  int key, common;
} column;

/* The field 'key' of record 'e' as its plain row (article:rows()) has it:
** the last of that name, since lua_setfield keeps the last, and never a
** list of references, which a row leaves out. */
static const ivl_field *row_field(const ivl_store *s, const ivl_entity *e, int key) {
  const ivl_field *found = NULL;
  for (uint32_t k = 0; key && k < e->nfields; k++) {
    const ivl_field *f = &s->fields[e->field0 + k];
    if (f->key == key && f->kind != IVL_FIELD_REFS) found = f;
  }
  return found;
}

/* A number field's cell: what number_cell writes for the value a row holds
** (push_field makes a whole number an integer; inf and nan as tostring). */
static int number_text(ivl_buf *b, double v) {
  lua_Integer i;
  if (lua_numbertointeger(v, &i) && (double)i == v) return integer_text(b, i);
  if (isfinite(v)) return ivl_json_number(b, v);
  char tmp[48];
  int n = snprintf(tmp, sizeof tmp, LUA_NUMBER_FMT, (LUAI_UACNUMBER)v);
  return ivl_buf_append(b, tmp, (size_t)n);
}

/* A field's cell: a number as above, a string as it is, a list's items
** joined by ", " (cell's rule for a list). */
static int field_text(ivl_buf *b, const ivl_store *s, const ivl_field *f) {
  if (f->kind == IVL_FIELD_NUM) return number_text(b, f->v.num);
  const char *p = ivl_store_string(s, f);
  if (f->kind == IVL_FIELD_STR) return ivl_buf_append(b, p, f->len);
  for (uint32_t i = 0; i < f->len; i++) {
    size_t n = strlen(p);
    if ((i && ivl_buf_append(b, ", ", 2)) || ivl_buf_append(b, p, n)) return -1;
    p += n + 1;
  }
  return 0;
}

static int common_text(ivl_buf *b, const ivl_article *a, const ivl_entity *e, int common) {
  switch (common) {
  case COL_DOC: return ivl_buf_append(b, a->doc, strlen(a->doc));
  case COL_TYPE: {
    const char *t = ivl_sym_name(e->type);
    return ivl_buf_append(b, t, strlen(t));
  }
  case COL_TEXT: return ivl_buf_append(b, a->bytes + e->start, e->end - e->start);
  case COL_START: return integer_text(b, e->start);
  case COL_END: return integer_text(b, e->end);
  default: return 0;
  }
}

/* Append record 'e' as one line of 'kind' in 'cols', ended by 'eol'. */
static int record_line(scratch *r, const ivl_article *a, const ivl_store *s, const ivl_entity *e,
                       const column *cols, size_t ncols, int csv, const char *eol, size_t eol_len) {
  for (size_t j = 0; j < ncols; j++) {
    if (j && ivl_buf_putc(&r->line, csv ? ',' : '\t')) return -1;
    r->cell.len = 0;
    const ivl_field *f = row_field(s, e, cols[j].key);
    if (f ? field_text(&r->cell, s, f) : common_text(&r->cell, a, e, cols[j].common)) return -1;
    if (put_field(&r->line, r->cell.data, r->cell.len, csv)) return -1;
  }
  return ivl_buf_append(&r->line, eol, eol_len);
}

/* The columns named in the list at 'idx', as a userdata on the stack. */
static column *check_columns(lua_State *L, int idx, size_t *n) {
  static const char *const commons[] = {"", "doc", "type", "text", "start", "end", NULL};
  *n = lua_rawlen(L, idx);
  column *cols = lua_newuserdatauv(L, (*n ? *n : 1) * sizeof *cols, 0);
  for (size_t j = 0; j < *n; j++) {
    size_t len;
    if (lua_rawgeti(L, idx, (lua_Integer)j + 1) != LUA_TSTRING) luaL_error(L, "columns: a list of names");
    const char *name = lua_tolstring(L, -1, &len);
    cols[j].key = ivl_sym_find(name, len);
    cols[j].common = COL_FIELD;
    for (int c = 1; commons[c]; c++)
      if (strcmp(name, commons[c]) == 0) cols[j].common = c;
    lua_pop(L, 1);
  }
  return cols;
}

/* The Lua state's room for the lines, kept from one article to the next. */
static const char LINES_ROOM_KEY = 0;
#define LINES_PIECE (64 * 1024)

/* Write the lines in the room to 'f' and empty it; 0 when the write failed. */
static int write_lines_out(scratch *r, FILE *f) {
  size_t n = r->line.len;
  r->line.len = 0;
  return n == 0 || fwrite(r->line.data, 1, n, f) == n;
}

/* article:write_lines(file, kind, eol, columns) writes the article's rows
** to a Lua file handle as lines of 'kind' ("csv" or "tsv"), each ended by
** 'eol': the same bytes as core.line(kind, row, columns) .. eol for each
** row of article:rows(), without making the rows: `ivlua extract -f csv`
** over 10 MB (324,982 rows) took 1.33 s of CPU through the rows, 0.70 s
** so, the JSON Lines export 0.52 s. Returns true, or nil, the system's
** message and errno. */
int ivl_article_write_lines(lua_State *L) {
  static const char *const kinds[] = {"tsv", "csv", NULL};
  const ivl_article *a = ivl_checkarticle(L, 1);
  luaL_Stream *fh = luaL_checkudata(L, 2, LUA_FILEHANDLE);
  int csv = luaL_checkoption(L, 3, NULL, kinds);
  size_t eol_len;
  const char *eol = luaL_checklstring(L, 4, &eol_len);
  luaL_checktype(L, 5, LUA_TTABLE);
  if (!fh->closef) return luaL_error(L, "attempt to use a closed file");
  size_t ncols;
  const column *cols = check_columns(L, 5, &ncols);
  scratch *r = ivl_registry_object(L, &LINES_ROOM_KEY, sizeof *r, "ivlua.LinesRoom", scratch_gc, NULL);
  r->line.len = 0;
  const ivl_store *s;
  size_t i = 0, j = 0;
  for (long k; (k = ivl_article_next_record(a, &i, &j, &s)) >= 0;) {
    nomem(L, record_line(r, a, s, &s->ents[k], cols, ncols, csv, eol, eol_len));
    /* written every LINES_PIECE bytes, so that the room stays that size
    ** however many rows one article has (a long one's were megabytes) */
    if (r->line.len >= LINES_PIECE && !write_lines_out(r, fh->f)) return luaL_fileresult(L, 0, NULL);
  }
  if (!write_lines_out(r, fh->f)) return luaL_fileresult(L, 0, NULL);
  lua_pushboolean(L, 1);
  return 1;
}

/* }====================================================================== */

static const luaL_Reg schema_funcs[] = {
  {"fields", lib_fields},
  {"schema", lib_schema},
  {"columns", lib_columns},
  {NULL, NULL},
};

static const luaL_Reg cell_funcs[] = {
  {"cell", lib_cell},
  {"line", lib_line},
  {NULL, NULL},
};

void ivl_open_rows(lua_State *L) {
  luaL_setfuncs(L, schema_funcs, 0);
  scratch *s = lua_newuserdatauv(L, sizeof *s, 0);
  memset(s, 0, sizeof *s);
  lua_newtable(L);
  lua_pushcfunction(L, scratch_gc);
  lua_setfield(L, -2, "__gc");
  lua_setmetatable(L, -2);
  luaL_setfuncs(L, cell_funcs, 1);
}
