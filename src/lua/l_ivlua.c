/*
** l_ivlua.c
** The C half of the ivlua module ("ivlua.core"): loading articles from
** paths and standard input (through the reader, src/input/) and from
** strings, extracting them with the shared rule set, and streaming a corpus
** one article at a time.
*/
#define _GNU_SOURCE /* dladdr, RTLD_NODELETE */
#include <dlfcn.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "pool.h"
#include "l_aux.h"
#include "reader.h"
#include "rules.h"
#include "walk.h"

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

void *ivl_registry_object(lua_State *L, const void *key, size_t size, const char *tname, lua_CFunction gc,
                          int *made) {
  if (made) *made = 0;
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, key) == LUA_TUSERDATA) {
    void *o = lua_touserdata(L, -1);
    lua_pop(L, 1);
    return o;
  }
  lua_pop(L, 1);
  void *o = lua_newuserdatauv(L, size, 0);
  memset(o, 0, size); /* safe for __gc before the caller fills it */
  if (luaL_newmetatable(L, tname)) {
    lua_pushcfunction(L, gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2);
  lua_rawsetp(L, LUA_REGISTRYINDEX, key);
  if (made) *made = 1;
  return o;
}

/* The engine lives in the registry, made on first use. */
l_engine *ivl_engine(lua_State *L) {
  int made;
  l_engine *e = ivl_registry_object(L, &engine_key, sizeof *e, IVL_ENGINE, engine_gc, &made);
  if (!made) return e;
  ivl_error err;
  ivl_regex_use_compiled(&ivl_builtin_patterns); /* (made at build time: tools/gen_patterns.c) */
  ivl_ruleset *rs = ivl_ruleset_new_builtin(&err);
  if (rs) ivl_ruleset_give_pairs(rs, &ivl_builtin_pairs); /* (made at build time: tools/gen_pairs.c) */
  const char *failed = rs ? NULL : "cannot build the rules: ";
  if (rs && ivl_matcher_init(&e->matcher, rs->max_captures, rs->match_limit, &err) != IVL_OK) {
    ivl_ruleset_free(rs);
    failed = "";
  }
  if (failed) { /* not kept: the next use tries again, never finds an engine without rules */
    lua_pushnil(L);
    lua_rawsetp(L, LUA_REGISTRYINDEX, &engine_key);
    luaL_error(L, "%s%s", failed, err.msg);
  }
  rs->max_seconds = IVL_ARTICLE_SECONDS;
  e->rules = rs;
  e->captures = rs->max_captures;
  return e;
}

const ivl_ruleset *ivl_rules(lua_State *L) { return ivl_engine(L)->rules; }

void ivl_engine_idle(lua_State *L, const char *what) {
  l_engine *e = ivl_engine(L);
  if (e->running) luaL_error(L, "%s: not from inside a rule", what);
  if (e->threads)
    luaL_error(L, "%s: not while %d threads extract articles (end or break the ivlua.each loop first)",
               what, e->threads);
}

ivl_matcher *ivl_matcher_of(lua_State *L) {
  ivl_matcher *m = &ivl_engine(L)->matcher;
  m->host = L; /* the running thread: rules written in Lua are called on it */
  return m;
}

static const char interrupted_key = 0;

void ivl_mark_interrupted(lua_State *L, int on) {
  if (on) lua_pushboolean(L, 1);
  else lua_pushnil(L);
  lua_rawsetp(L, LUA_REGISTRYINDEX, &interrupted_key);
}

int ivl_interrupted(lua_State *L) {
  int marked = lua_rawgetp(L, LUA_REGISTRYINDEX, &interrupted_key) != LUA_TNIL;
  lua_pop(L, 1);
  return marked;
}

void ivl_raise_if_interrupted(lua_State *L) {
  if (!ivl_interrupted(L)) return;
  ivl_mark_interrupted(L, 0);
  luaL_error(L, "interrupted!");
}

/* Record "name: msg" in the errors of the corpus at 'idx'. */
static void record_error(lua_State *L, int idx, const char *name, const char *msg) {
  lua_pushfstring(L, "%s: %s", name, msg);
  ivl_corpus_error(L, idx, lua_tostring(L, -1));
  lua_pop(L, 1);
}

/* Record the matches the article's rules failed on (ivl_article_problems),
** one error each, as "name: rule 'x' failed at byte N ...": the article
** itself is kept with its other entities. */
static void record_problems(lua_State *L, int idx, const ivl_article *a, const char *name) {
  size_t count;
  const char *p = ivl_article_problems(a, &count);
  while (p && *p) {
    const char *eol = strchr(p, '\n');
    size_t n = eol ? (size_t)(eol - p) : strlen(p);
    lua_pushlstring(L, p, n);
    record_error(L, idx, name, lua_tostring(L, -1));
    lua_pop(L, 1);
    p += n + (eol != NULL);
  }
  if (count > IVL_MAX_PROBLEMS) {
    lua_pushfstring(L, "%d more matches failed", (int)(count - IVL_MAX_PROBLEMS));
    record_error(L, idx, name, lua_tostring(L, -1));
    lua_pop(L, 1);
  }
}

/* Add the extracted article 'a' to the corpus at 'idx' and run the fact
** rules written in Lua over it (they see it as scripts will); their error
** is recorded as "name: message". */
static void finish_into(lua_State *L, int idx, ivl_article *a, const char *name) {
  idx = lua_absindex(L, idx);
  l_engine *e = ivl_engine(L);
  size_t bytes = ivl_article_footprint(a);
  record_problems(L, idx, a, name);
  ivl_corpus_add(L, idx, a);
  /* the collector sees a small handle: tell it what the article costs, so
  ** that articles a loop has done with are freed as fast as they come */
  if (lua_gc(L, LUA_GCISRUNNING)) lua_gc(L, LUA_GCSTEP, (int)(bytes >> 10 < INT_MAX ? bytes >> 10 : INT_MAX));
  ivl_pushdocument(L, idx, ivl_checkcorpus(L, idx)->n - 1);
  e->running = 1;
  const char *bad = ivl_run_fact_rules(L, -1);
  e->running = 0;
  if (bad) {
    record_error(L, idx, name, bad);
    lua_pop(L, 1);
  }
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
    ivl_article_free(a);
    ivl_raise_if_interrupted(L); /* Ctrl-C inside a rule written in Lua */
    record_error(L, idx, name, err.msg);
    return 0;
  }
  finish_into(L, idx, a, name);
  return 1;
}

/* {======================================================================
** Reading: the paths of ivlua.load and ivlua.each, through the pool
** ======================================================================= */

#define IVL_READING "ivlua.Reading"

/* The reader of the paths and the pool extracting what it reads. */
typedef struct l_reading {
  ivl_reader *reader;
  size_t count; /* the articles it gave, once closed */
  ivl_pool *pool;
  l_engine *engine;
  int threads; /* the pool's workers (0: it extracts on the Lua thread) */
} l_reading;

/* The pool's reader (pool.h): the next article of the paths. */
static int read_path(void *ud, ivl_article **out, const char **where, ivl_error *err) {
  return ivl_reader_next(((l_reading *)ud)->reader, out, where, err);
}

/* Stop the workers (the rules may change again once none is left), then
** close the reader's files. */
static void stop_reading(l_reading *r) {
  if (r->pool) {
    ivl_pool_stop(r->pool);
    r->pool = NULL;
    r->engine->threads -= r->threads;
    r->threads = 0;
  }
  if (r->reader) {
    r->count = ivl_reader_count(r->reader);
    ivl_reader_close(r->reader);
    r->reader = NULL;
  }
}

static int reading_gc(lua_State *L) {
  stop_reading(luaL_checkudata(L, 1, IVL_READING));
  return 0;
}

/* __close: a loop left early (break, error) stops the workers at once. */
static int reading_close(lua_State *L) {
  stop_reading(luaL_checkudata(L, 1, IVL_READING));
  return 0;
}

static l_reading *new_reading(lua_State *L) {
  l_reading *r = lua_newuserdatauv(L, sizeof *r, 0);
  memset(r, 0, sizeof *r);
  if (luaL_newmetatable(L, IVL_READING)) {
    lua_pushcfunction(L, reading_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, reading_close);
    lua_setfield(L, -2, "__close");
  }
  lua_setmetatable(L, -2);
  r->engine = ivl_engine(L);
  return r;
}

/* The index of the string at the top in 'names', or -1. */
static int option_index(lua_State *L, const char *const names[]) {
  const char *v = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "";
  for (int i = 0; names[i]; i++)
    if (strcmp(v, names[i]) == 0) return i;
  return -1;
}

/* options.fields (at 't'): the JSON Lines field names, into 'o'. */
static void check_fields(lua_State *L, int t, ivl_reader_opts *o) {
  static const char *const names[] = {"id", "text", "title", "date", NULL};
  const char **slots[] = {&o->id_field, &o->text_field, &o->title_field, &o->date_field};
  if (!lua_istable(L, t))
    luaL_error(L, "options.fields: a table expected, got %s", luaL_typename(L, t));
  lua_pushnil(L);
  while (lua_next(L, t)) {
    lua_pushvalue(L, -2);
    int k = option_index(L, names);
    lua_pop(L, 1);
    if (k < 0)
      luaL_error(L, "options.fields: unknown field '%s' (id, text, title, date)",
                 luaL_tolstring(L, -2, NULL));
    if (lua_type(L, -1) != LUA_TSTRING || lua_rawlen(L, -1) == 0)
      luaL_error(L, "options.fields.%s: a field name expected", names[k]);
    *slots[k] = lua_tostring(L, -1); /* anchored by the options table */
    lua_pop(L, 1);
  }
}

/* The reader's part of the options table at 'opts' (0: none) into 'o':
** {input = "text" | "jsonl", fields = {id=, text=, title=, date=}}; 'jobs'
** is the pool's, 'name' ivlua.stream's. Unknown keys raise. */
static void reader_options(lua_State *L, int opts, ivl_reader_opts *o) {
  static const char *const inputs[] = {"text", "jsonl", NULL};
  memset(o, 0, sizeof *o);
  o->max_article = ivl_engine(L)->max_article; /* ivlua.limits's */
  if (!opts) return;
  lua_pushnil(L);
  while (lua_next(L, opts)) {
    const char *k = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "";
    if (strcmp(k, "input") == 0) {
      int i = option_index(L, inputs);
      if (i < 0) luaL_error(L, "options.input: 'text' or 'jsonl' expected");
      o->jsonl = i == 1;
    } else if (strcmp(k, "fields") == 0) {
      check_fields(L, lua_gettop(L), o);
    } else if (strcmp(k, "jobs") != 0 && strcmp(k, "name") != 0) {
      luaL_error(L, "unknown option '%s' (jobs, input, fields, name)", luaL_tolstring(L, -2, NULL));
    }
    lua_pop(L, 1);
  }
}

/* Open r's reader over the string arguments first..last. */
static void open_reader(lua_State *L, l_reading *r, int first, int last, int opts) {
  size_t n = (size_t)(last - first + 1);
  ivl_reader_opts o;
  for (int i = first; i <= last; i++) luaL_checkstring(L, i);
  reader_options(L, opts, &o);
  const char **paths = lua_newuserdatauv(L, n * sizeof *paths, 0);
  for (size_t i = 0; i < n; i++) paths[i] = lua_tostring(L, first + (int)i);
  ivl_error err;
  r->reader = ivl_reader_open(paths, n, &o, &err);
  /* a large run JIT-compiles its patterns at once, a small one when it
  ** has matched them often enough (regex.h: IVL_JIT_EAGER_BYTES) */
  if (r->reader)
    ivl_ruleset_expect(r->engine->rules, ivl_walk_bytes(paths, n, o.jsonl ? IVL_INPUT_JSONL : IVL_INPUT_TEXT,
                                                        IVL_JIT_EAGER_BYTES));
  lua_pop(L, 1);
  if (!r->reader) luaL_error(L, "%s", err.msg);
}

/* Push "no article in PATH, PATH..." for the arguments first..last. */
static void push_no_article(lua_State *L, int first, int last) {
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  luaL_addstring(&b, "no article in ");
  for (int i = first; i <= last; i++) {
    if (i > first) luaL_addstring(&b, ", ");
    luaL_addstring(&b, lua_tostring(L, i));
  }
  luaL_pushresult(&b);
}

/* options.jobs: how many articles are extracted at once (0: one per core). */
static int jobs_option(lua_State *L, int opts) {
  if (!opts) return 1;
  lua_getfield(L, opts, "jobs");
  int isnum;
  lua_Integer jobs = lua_isnil(L, -1) ? 1 : lua_tointegerx(L, -1, &isnum);
  if (!lua_isnil(L, -1) && (!isnum || jobs < 0 || jobs > 1024))
    luaL_error(L, "options.jobs: a whole number from 0 (one per core) to 1024 expected");
  lua_pop(L, 1);
  return jobs == 0 ? ivl_pool_cores() : (int)jobs;
}

/* Do rules written in Lua run? They must run on the Lua thread. */
static int lua_rules(const ivl_ruleset *rs) {
  for (size_t i = 0; i < rs->n; i++)
    if (!rs->rules[i].builtin) return 1;
  return 0;
}

/* Start the pool of the reading 'r' (its reader open). */
static void start_pool(lua_State *L, l_reading *r, int opts) {
  int jobs = jobs_option(L, opts);
  l_engine *e = r->engine;
  ivl_names_ready(L);
  /* the Lua thread extracts too, so N at once take N - 1 workers */
  int threads = jobs > 1 && !lua_rules(e->rules) ? jobs - 1 : 0;
  ivl_error err;
  r->pool = ivl_pool_start(e->rules, threads, 0, ivl_matcher_of(L), read_path, r, &err);
  if (!r->pool) luaL_error(L, "%s", err.msg);
  r->threads = threads;
  e->threads += threads;
}

/* Push a reading of the paths first..last and start its pool. */
static l_reading *start_reading(lua_State *L, int first, int last, int opts) {
  l_reading *r = new_reading(L);
  open_reader(L, r, first, last, opts);
  start_pool(L, r, opts);
  return r;
}

/* The next article of the reading, extracted, or 0 at the end. */
static int next_item(lua_State *L, l_reading *r, ivl_pool_item *it) {
  if (!r->pool) return 0;
  ivl_raise_if_interrupted(L); /* Ctrl-C inside a rule written in Lua */
  l_engine *e = r->engine;
  int got;
  if (r->threads) {
    got = ivl_pool_next(r->pool, it);
  } else { /* extracted here: rules written in Lua may run */
    if (e->running) luaL_error(L, "cannot load articles from inside a rule's normaliser");
    ivl_names_ready(L);
    ivl_matcher_of(L); /* their host: this Lua thread */
    e->running = 1;
    got = ivl_pool_next(r->pool, it);
    e->running = 0;
  }
  if (!got) stop_reading(r);
  return got;
}

/* Put an item into the corpus at 'idx' (or its error; a warning, such as a
** link loop the walk did not follow, as "warning: name: msg"). 1 when
** added. */
static int take_item(lua_State *L, int idx, ivl_pool_item *it) {
  if (!it->article) {
    if (it->err.code == IVL_EWARNING) {
      lua_pushfstring(L, "warning: %s", it->where);
      record_error(L, idx, lua_tostring(L, -1), it->err.msg);
      lua_pop(L, 1);
    } else {
      record_error(L, idx, it->where, it->err.msg);
    }
    free(it->where);
    return 0;
  }
  const char *name = it->where ? it->where : it->article->path ? it->article->path : it->article->doc;
  finish_into(L, idx, it->article, name);
  free(it->where);
  return 1;
}

/* The options table among the arguments 1..*n, taken off the end. */
static int options_arg(lua_State *L, int *n) {
  if (*n >= 1 && lua_istable(L, *n)) return (*n)--;
  return 0;
}

/* ivlua.load(path, ... [, options]) -> corpus. Unreadable or bad files and
** lines are listed in corpus.errors, and so is "no article in ..." when
** there was none; the rest is loaded, in order. */
static int l_load(lua_State *L) {
  int n = lua_gettop(L);
  int opts = options_arg(L, &n);
  luaL_argcheck(L, n >= 1, 1, "a path expected");
  ivl_newcorpus(L);
  int idx = lua_gettop(L);
  l_reading *r = start_reading(L, 1, n, opts);
  ivl_pool_item it;
  l_corpus *c = ivl_checkcorpus(L, idx);
  while (next_item(L, r, &it))
    /* a corpus held whole keeps each article's bytes and entities; its
    ** view and sentences come back when a script asks for them */
    if (take_item(L, idx, &it)) ivl_article_release(c->arts[c->n - 1]);
  if (r->count == 0) {
    push_no_article(L, 1, n);
    ivl_corpus_error(L, idx, lua_tostring(L, -1));
    lua_pop(L, 1);
  }
  lua_pop(L, 1); /* the reading */
  return 1;
}

/* }====================================================================== */

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
  /* matches a rule failed on: the article, then what failed */
  lua_getiuservalue(L, idx, 1);
  lua_Integer nerr = luaL_len(L, -1);
  if (nerr == 0) {
    lua_pop(L, 1);
    return 1;
  }
  int errors = lua_gettop(L);
  lua_pushliteral(L, "");
  for (lua_Integer i = 1; i <= nerr; i++) { /* one line each, joined as they come */
    if (i > 1) lua_pushliteral(L, "\n");
    lua_rawgeti(L, errors, i);
    lua_concat(L, i > 1 ? 3 : 2);
  }
  lua_remove(L, errors);
  return 2;
}

/* {======================================================================
** ivlua.each(path, ... [, on_error]): one article at a time
** ======================================================================= */

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

/* The next article; at the end, when the reader gave none, "no article in
** ..." (upvalue 3) is an error, once. */
static int each_next(lua_State *L) {
  l_reading *r = luaL_checkudata(L, lua_upvalueindex(1), IVL_READING);
  int handler = lua_isfunction(L, lua_upvalueindex(2)) ? lua_upvalueindex(2) : 0;
  ivl_pool_item it;
  while (next_item(L, r, &it)) {
    ivl_newcorpus(L);
    int idx = lua_gettop(L);
    int ok = take_item(L, idx, &it);
    report_errors(L, idx, handler);
    if (ok) {
      ivl_pushdocument(L, idx, 0);
      return 1;
    }
    lua_pop(L, 1);
  }
  if (!r->reader && r->count == 0 && lua_isstring(L, lua_upvalueindex(3))) {
    ivl_newcorpus(L);
    int idx = lua_gettop(L);
    ivl_corpus_error(L, idx, lua_tostring(L, lua_upvalueindex(3)));
    lua_pushboolean(L, 0);
    lua_replace(L, lua_upvalueindex(3));
    report_errors(L, idx, handler);
  }
  return 0;
}

/* Return ivlua.each's four values for the reading at 'reading': the
** iterator (over the reading, the error handler at 'handler' or none, and
** the "no article in ..." message at the top, which it takes), two nils,
** and the reading again, to be closed when a loop is left early. */
static int push_iterator(lua_State *L, int reading, int handler) {
  int message = lua_gettop(L);
  lua_pushvalue(L, reading);
  if (handler) lua_pushvalue(L, handler);
  else lua_pushnil(L);
  lua_pushvalue(L, message);
  lua_pushcclosure(L, each_next, 3);
  lua_pushnil(L);
  lua_pushnil(L);
  lua_pushvalue(L, reading);
  return 4;
}

/* ivlua.each(path, ... [, options] [, on_error]) -> iterator over articles,
** each extracted when the loop reaches it (or, with options.jobs, by worker
** threads a few ahead) and freed when no longer referenced. Errors are
** passed to on_error(message), by default written to stderr. The fourth
** value closes the reading when a loop is left early. */
static int l_each(lua_State *L) {
  int n = lua_gettop(L);
  int handler = n >= 1 && lua_isfunction(L, n) ? n-- : 0;
  int opts = options_arg(L, &n);
  luaL_argcheck(L, n >= 1, 1, "a path expected");
  start_reading(L, 1, n, opts);
  int reading = lua_gettop(L);
  push_no_article(L, 1, n);
  return push_iterator(L, reading, handler);
}

/* ivlua.stream([file] [, options] [, on_error]) -> iterator over the
** articles read from an open file (default: standard input): a pipe, a
** socket, plain or gzip; JSON Lines unless options.input is "text";
** options.name names it in docs and messages (default "stream"). As
** ivlua.each otherwise (jobs, errors, closing). The file is read through
** its descriptor: what was read from the handle before is not seen again. */
static int l_stream(lua_State *L) {
  int n = lua_gettop(L);
  int handler = n >= 1 && lua_isfunction(L, n) ? n-- : 0;
  int opts = options_arg(L, &n);
  FILE *f = stdin;
  if (n >= 1) {
    luaL_Stream *p = luaL_checkudata(L, 1, LUA_FILEHANDLE);
    luaL_argcheck(L, p->closef != NULL, 1, "the file is closed");
    f = p->f;
  }
  const char *name = "stream";
  if (opts && lua_getfield(L, opts, "name") != LUA_TNIL) {
    luaL_argcheck(L, lua_type(L, -1) == LUA_TSTRING, opts, "options.name: a string expected");
    name = lua_tostring(L, -1); /* anchored by the options table */
  }
  ivl_reader_opts o;
  reader_options(L, opts, &o);
  int input_given = 0;
  if (opts) input_given = lua_getfield(L, opts, "input") != LUA_TNIL;
  if (!input_given) o.jsonl = 1;
  l_reading *r = new_reading(L);
  int reading = lua_gettop(L);
  ivl_error err;
  if (!(r->reader = ivl_reader_open_fd(fileno(f), name, &o, &err))) luaL_error(L, "%s: %s", name, err.msg);
  start_pool(L, r, opts);
  lua_pushfstring(L, "no article in %s", name);
  return push_iterator(L, reading, handler);
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

/* ivlua.width(s [, max]) -> the columns 's' takes on a terminal (utf8proc's
** charwidth: 2 for wide East Asian characters, 0 for combining marks and
** controls, 1 for a byte that is not UTF-8); with 'max', also the length
** in bytes of the longest start of 's' that fits in 'max' columns, zero-width
** characters kept with the one before them. */
static int lib_width(lua_State *L) {
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  lua_Integer max = luaL_optinteger(L, 2, -1);
  lua_Integer total = 0;
  size_t i = 0, cut = len;
  int fits = 1;
  while (i < len) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
    int w = k > 0 ? utf8proc_charwidth(cp) : 1;
    if (k <= 0) k = 1;
    if (fits && max >= 0 && total + w > max) {
      fits = 0;
      cut = i;
    }
    total += w;
    i += (size_t)k;
  }
  lua_pushinteger(L, total);
  if (max < 0) return 1;
  lua_pushinteger(L, (lua_Integer)cut);
  return 2;
}

static const luaL_Reg core_funcs[] = {
  {"nfc", lib_nfc},
  {"width", lib_width},
  {"load", l_load},
  {"article", lib_article},
  {"each", l_each},
  {"stream", l_stream},
  {"rule", ivl_lib_rule},
  {"rules", ivl_lib_rules},
  {"fact", ivl_lib_fact},
  {"lexicon", ivl_lib_lexicon},
  {"limits", ivl_lib_limits},
  {"jsonl_writer", ivl_lib_jsonl_writer},
  {NULL, NULL},
};

/* What the module makes lives past a Lua state: the names interned and
** the schema (src/core, the process's), signal handlers (l_output.c), worker
** threads still stopping when a script calls os.exit. lua_close unloads C
** modules (dlclose), which would leak the first and leave the others
** pointing into unmapped code, so the object this code is in is made
** resident, once. In the ivlua program dladdr names the program itself,
** which stays anyway. */
void ivl_stay_loaded(void) {
  static int done;
  if (done) return;
  done = 1;
  Dl_info self;
  if (dladdr(&done, &self) && self.dli_fname)
    dlopen(self.dli_fname, RTLD_LAZY | RTLD_NOLOAD | RTLD_NODELETE); /* a reference never given back */
}

int luaopen_ivlua_core(lua_State *L) {
  ivl_stay_loaded();
  ivl_open_entity(L);
  ivl_open_article(L);
  ivl_open_corpus(L);
  luaL_newlib(L, core_funcs);
  ivl_open_rows(L);
  ivl_open_output(L);
  ivl_open_sqlite(L);
  lua_setfield(L, -2, "sqlite");
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
