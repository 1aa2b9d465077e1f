/*
** extract.c
** prepare (view, layout, sentences) -> scan (the rules' one pass) -> names
** -> overlaps settled -> facts -> settle, for one
** article. User fact rules written in Lua run after this, from the
** bindings, and settle again.
*/
#include "extract.h"
#include "extractors.h"
#include "facts.h"
#include "fx.h"
#include "names.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* The most fold room a thread keeps for its next article, and the most
** words: enough for a view of 64 KB (some 2 MB in all, text, offsets and
** words), more than nearly every news article. A larger article's buffers
** are freed with it, so that one huge text does not hold its room for
** the rest of the run (as KEPT_TEXT_ROOM in input/reader.c). */
#define KEPT_FOLD_ROOM IVL_FOLD_ROOM((size_t)64 * 1024)
#define KEPT_WORDS ((size_t)32 * 1024)
/* The most bytes of a store's arrays a thread keeps: an article of the
** bench takes some tens of KB; grown from nothing for each, they were
** reallocated some ten times an article, then shrunk */
#define KEPT_STORE_ROOM ((size_t)1 << 20)

/* Lend the thread's spare fold and words buffers to 'a', which cuts its
** words into them (fold_build reuses the room it finds). An article that
** has buffers of its own keeps them. */
static void lend_words(ivl_article *a, ivl_matcher *m) {
  if (a->cut || a->fold.cap || a->words.cap) return;
  a->fold = m->spare_fold;
  a->words = m->spare_words;
  memset(&m->spare_fold, 0, sizeof m->spare_fold);
  memset(&m->spare_words, 0, sizeof m->spare_words);
}

/* Take 'a's fold and words back for the next article, or free them when
** too large (or when the thread holds some already); 'a' has none after
** either, as ivl_article_drop_words leaves it. */
static void take_back_words(ivl_article *a, ivl_matcher *m) {
  int keep = a->fold.cap <= KEPT_FOLD_ROOM && a->words.cap <= KEPT_WORDS && !m->spare_fold.cap &&
             !m->spare_words.cap;
  if (keep) {
    m->spare_fold = a->fold;
    m->spare_words = a->words;
    memset(&a->fold, 0, sizeof a->fold);
    memset(&a->words, 0, sizeof a->words);
  }
  ivl_article_drop_words(a);
}

void ivl_article_lend_room(ivl_article *a, ivl_matcher *m) {
  ivl_store_lend(&a->store, &m->spare_store);
  ivl_store_lend(&a->facts, &m->spare_facts);
  lend_words(a, m);
}

void ivl_article_take_back_room(ivl_article *a, ivl_matcher *m) {
  take_back_words(a, m);
  ivl_store_keep_room(&a->store, &m->spare_store, KEPT_STORE_ROOM);
  ivl_store_keep_room(&a->facts, &m->spare_facts, KEPT_STORE_ROOM);
}

ivl_status ivl_article_extract_with(ivl_article *a, const ivl_ruleset *rs, ivl_matcher *m,
                                    ivl_error *err) {
  m->deadline_ns = rs->max_seconds > 0 ? ivl_monotonic_ns() + (uint64_t)(rs->max_seconds * 1e9) : 0;
  ivl_status st = ivl_article_prepare(a, err);
  if (st != IVL_OK) return st;
  ivl_article_lend_room(a, m); /* the thread's spare room, taken back at the end */
  ivl_store_clear(&a->store);
  ivl_store_clear(&a->facts);
  ivl_article_clear_problems(a);
  /* the words of the text, cut once for every pass that goes word by word
  ** (the rules' places, the names); when out of memory, the rules do
  ** without and the names fail */
  (void)ivl_article_cut_words(a);
  st = ivl_ruleset_run(rs, a, &a->store, m, err);
  /* the time limit is also checked between stages (each is linear) */
  if (st == IVL_OK && ivl_past_deadline(rs, m, a, a->view.len, err)) st = err->code;
  if (st == IVL_OK && rs->names) st = ivl_names_run(rs->names, a, &a->store, err);
  ivl_store_sort(&a->store);
  if (st == IVL_OK) ivl_settle_overlaps(&a->store);
  if (st == IVL_OK && ivl_past_deadline(rs, m, a, a->view.len, err)) st = err->code;
  if (st == IVL_OK && rs->facts) {
    st = ivl_facts_run(a, err);
    ivl_facts_settle(a);
  }
  /* a corpus holds many: each keeps only the room it uses */
  ivl_article_take_back_room(a, m);
  return st;
}

/* {======================================================================
** The C API's matcher, one per calling thread, kept between calls: made
** afresh for each article, its word verdicts and first-byte tables were
** worked out again every time, and the API extracted a third slower than
** the command (10 MB of articles: 0.93 s against 0.63 s). Kept until the
** thread exits (a few MB at most: the tables and the buffers lent to each
** article, pipeline above); the key is made only by the first call, so a
** host that never calls ivl_article_extract (the Lua module) never has it.
** The key's destructor is the library's code: libivlua.so is linked to stay
** loaded after dlclose (-z nodelete), as a thread that used it may exit
** later (tests/c/test_unload.c).
** ======================================================================= */

typedef struct kept_matcher {
  ivl_matcher m;
  uint64_t rules_id;   /* the rule set it was made for (ivl_ruleset.id) ... */
  uint32_t captures;   /* ...and that set's room and limit then */
  uint32_t match_limit;
} kept_matcher;

static pthread_key_t kept_key;
static pthread_once_t kept_once = PTHREAD_ONCE_INIT;
static int kept_key_made;

static void free_kept(void *p) {
  kept_matcher *k = p;
  ivl_matcher_free(&k->m);
  free(k);
}

static void make_kept_key(void) { kept_key_made = pthread_key_create(&kept_key, free_kept) == 0; }

static int kept_fits(const kept_matcher *k, const ivl_ruleset *rs) {
  return k->rules_id == rs->id && k->captures == rs->max_captures && k->match_limit == rs->match_limit;
}

/* This thread's matcher for 'rs' in *m, made (again) when it has none for
** it; *m NULL when none can be kept (no key: the caller makes one for the
** call). Fails only when out of memory. */
static ivl_status kept_matcher_for(const ivl_ruleset *rs, ivl_matcher **m, ivl_error *err) {
  *m = NULL;
  pthread_once(&kept_once, make_kept_key);
  if (!kept_key_made) return IVL_OK;
  kept_matcher *k = pthread_getspecific(kept_key);
  if (k && kept_fits(k, rs)) {
    *m = &k->m;
    return IVL_OK;
  }
  if (k) ivl_matcher_free(&k->m); /* another rule set's: its tables say nothing of this one */
  else if (!(k = calloc(1, sizeof *k))) return ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  ivl_status st = ivl_matcher_init(&k->m, rs->max_captures, rs->match_limit, err);
  if (st == IVL_OK && pthread_setspecific(kept_key, k) != 0) {
    ivl_matcher_free(&k->m);
    st = ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  }
  if (st != IVL_OK) { /* ivl_matcher_init frees what it made when it fails */
    pthread_setspecific(kept_key, NULL);
    free(k);
    return st;
  }
  k->rules_id = rs->id;
  k->captures = rs->max_captures;
  k->match_limit = rs->match_limit;
  *m = &k->m;
  return IVL_OK;
}

/* }====================================================================== */

ivl_status ivl_article_extract(ivl_article *a, const ivl_ruleset *rs, ivl_error *err) {
  ivl_matcher *kept, once;
  ivl_status st = kept_matcher_for(rs, &kept, err);
  if (st == IVL_OK && !kept) st = ivl_matcher_init(&once, rs->max_captures, rs->match_limit, err);
  if (st != IVL_OK) return st;
  st = ivl_article_extract_with(a, rs, kept ? kept : &once, err);
  if (!kept) ivl_matcher_free(&once);
  /* the investments' amounts in US$, as the bindings add them after the
  ** fact rules written in Lua: the C API's facts are the command's */
  if (st == IVL_OK && ivl_fx_annotate(a)) st = ivl_fail(err, IVL_ENOMEM, 0, "out of memory converting amounts to US$");
  return st;
}
