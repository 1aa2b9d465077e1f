/*
** l_aux.h
** What the Lua binding files share: class names, checkers, and the few
** cross-file constructors.
*/
#ifndef IVLUA_L_AUX_H
#define IVLUA_L_AUX_H

#include <lauxlib.h>
#include <lua.h>

#include "article.h"
#include "rules.h"

/* Metatable names (also the values' __name) */
#define IVL_CORPUS "ivlua.Corpus"
#define IVL_ARTICLE "ivlua.Article"
#define IVL_ENTITY "ivlua.Entity"
#define IVL_FACT "ivlua.Fact"

/* A corpus owns its articles; an article value is a view on one of them and
** keeps its corpus alive through its user value. */
typedef struct l_corpus {
  ivl_article **arts;
  size_t n, cap;
} l_corpus;

typedef struct l_article {
  l_corpus *corpus;
  size_t index;
} l_article;

l_corpus *ivl_checkcorpus(lua_State *L, int idx);
ivl_article *ivl_checkarticle(lua_State *L, int idx);

/* Push a new, empty corpus (user values: 1 errors list, 2 article cache). */
l_corpus *ivl_newcorpus(lua_State *L);
/* Add an article to the corpus at 'idx'; raises on out of memory (and
** then frees 'a'). */
void ivl_corpus_add(lua_State *L, int idx, ivl_article *a);
/* Append "msg" to the corpus's errors list. */
void ivl_corpus_error(lua_State *L, int idx, const char *msg);
/* Push the article value for corpus[i] (0-based), cached per corpus. */
void ivl_pushdocument(lua_State *L, int corpus_idx, size_t i);

/* Push entity 'i' (fact 'i') of the article value at 'art_idx' as a table. */
void ivl_pushentity(lua_State *L, int art_idx, size_t i);
void ivl_pushfact(lua_State *L, int art_idx, size_t i);
/* Push record 'i' of store 's' (of that article) as a row: a plain table of
** its exported fields (l_entity.c). */
void ivl_pushrow(lua_State *L, int art_idx, const ivl_store *s, size_t i);
/* Add ivlua.fields, ivlua.schema, ivlua.columns, cell and line to the
** module table on top (l_rows.c). */
void ivl_open_rows(lua_State *L);
/* Declare the 'returns' of the rule table at index 1 (l_rows.c); 1 when
** it has them. */
int ivl_declare_returns(lua_State *L, const char *what, const char *name, int type_id,
                        int (*reserved)(const char *));
/* article:rows() (l_rows.c) */
int ivl_article_rows(lua_State *L);
int ivl_article_write_lines(lua_State *L);

/* ivlua.fact{...} (l_facts.c). */
int ivl_lib_fact(lua_State *L);
int ivl_lib_lexicon(lua_State *L);
/* Is 'type' a type of facts (built in, or an ivlua.fact rule's)? */
int ivl_is_fact_type(lua_State *L, int type);
/* Run the fact rules written in Lua over the article value at 'art_idx',
** then give its investment facts their US$ value (fx.c).
** Returns NULL, or an error message (pushed on the stack). */
const char *ivl_run_fact_rules(lua_State *L, int art_idx);

/* The rule set every load uses and the matcher that runs it, kept in the
** registry (created on first use). 'captures': what the matcher has room for. */
typedef struct l_engine {
  ivl_ruleset *rules;
  ivl_matcher matcher;
  uint32_t captures;
  int running; /* an extraction is under way (rules may not change) */
  int threads; /* worker threads extracting for a live ivlua.each or load */
  size_t max_article; /* the reader's (reader.h: 0 the default, SIZE_MAX none) */
} l_engine;

/* An article whose extraction runs longer is skipped, named (ivlua.limits). */
#define IVL_ARTICLE_SECONDS 60.0

/* Ctrl-C in the REPL raises "interrupted!" at the next Lua instruction (a
** hook the host sets). Inside a rule's normaliser that error would be taken
** for the rule's own and lose one match; so the host marks the interrupt
** first, the normaliser's failure then stops the article, and reading
** raises it again before the next article. The host clears the mark when
** the error has reached it. */
void ivl_mark_interrupted(lua_State *L, int on);
int ivl_interrupted(lua_State *L); /* marked? (the mark stays) */
void ivl_raise_if_interrupted(lua_State *L); /* clears the mark and raises */

/* ivlua.limits (l_limits.c), and the cap on the state's Lua heap (0: none). */
int ivl_lib_limits(lua_State *L);
/* core.jsonl_writer(file) (l_article.c): the extract command's JSON Lines */
int ivl_lib_jsonl_writer(lua_State *L);
size_t ivl_heap_limit(lua_State *L);
l_engine *ivl_engine(lua_State *L);
/* The userdata of 'size' bytes the registry keeps under 'key' (a static's
** address), made on first use, zeroed, with the metatable 'tname' whose
** __gc is 'gc'; '*made' (may be NULL) says whether this call made it. */
void *ivl_registry_object(lua_State *L, const void *key, size_t size, const char *tname, lua_CFunction gc,
                          int *made);
/* Raise "what: ..." unless the rules, names and lexicons may change now:
** not from inside a rule, nor while threads extract with them. */
void ivl_engine_idle(lua_State *L, const char *what);

/* ivlua.rule{...} and ivlua.rules() (l_rules.c) */
int ivl_lib_rule(lua_State *L);
int ivl_lib_rules(lua_State *L);

/* The rule set every load uses (created on first use). */
const ivl_ruleset *ivl_rules(lua_State *L);
ivl_matcher *ivl_matcher_of(lua_State *L);

/* Register the classes' metatables. */
void ivl_open_corpus(lua_State *L);
void ivl_open_article(lua_State *L);
void ivl_open_entity(lua_State *L);
void ivl_open_json(lua_State *L); /* pushes the ivlua.json table */
void ivl_open_gazetteer(lua_State *L); /* pushes the ivlua.gazetteer table */
void ivl_open_sqlite(lua_State *L); /* pushes the ivlua.sqlite table (l_sqlite.c) */
/* Add output_open and output_commit to the table on top (l_output.c). */
void ivl_open_output(lua_State *L);
/* Remove the live temporaries of outputs (async-signal-safe; also run at
** exit), then, for ivl_output_die, die of signal 'sig' by its default
** action (a signal handler: main.c's Ctrl-C outside the REPL). */
void ivl_output_cleanup(void);
void ivl_output_die(int sig);
/* Rebuild the gazetteer's trie if names were added (before extracting). */
void ivl_names_ready(lua_State *L);

/* The module's entry point, the one symbol ivlua/core.so exports (the
** objects are built with -fvisibility=hidden); the ivlua command preloads
** it. */
#if defined(__GNUC__)
#define IVL_LUAMOD __attribute__((visibility("default")))
#else
#define IVL_LUAMOD
#endif
IVL_LUAMOD int luaopen_ivlua_core(lua_State *L);
/* Make the module resident (lua_close must not unload it): see l_ivlua.c. */
void ivl_stay_loaded(void);

#endif
