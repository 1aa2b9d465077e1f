/*
** test_pool.c
** The extraction pool: whatever the number of threads and however few
** results may wait, the articles come back in input order with the same
** entities and facts as one at a time; an item that cannot be read comes
** back in its place; stopping early loses nothing it holds (ASan); a slow
** caller holds no more than the bytes the pool was told.
*/
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <time.h>

#include "check.h"
#include "extract.h"
#include "fx.h"
#include "jsonl.h"
#include "pool.h"

#define NDOCS 48
#define BAD_AT 17 /* this item cannot be read */

static const char *const SENTENCES[] = {
  "Korean textile maker Hanil Vina will invest US$45 million in a yarn plant in Nam Định.\n",
  "In the first five months, Bình Dương attracted 1.2 billion USD of foreign direct investment.\n",
  "The two sides signed a memorandum of understanding on renewable energy on March 3, 2024.\n",
  "Japan's Sojitz Corporation raised its capital in the Long An project by 20 per cent.\n",
  "Đà Nẵng and Busan have been sister cities since 2008, the city's chairman said.\n",
};

typedef struct source {
  size_t next;
} source;

static int read_doc(void *ud, ivl_article **out, const char **where, ivl_error *err) {
  source *s = ud;
  if (s->next == NDOCS) return 0;
  size_t i = s->next++;
  static char name[32];
  snprintf(name, sizeof name, "doc%02zu", i);
  if (i == BAD_AT) {
    *where = name;
    ivl_fail(err, IVL_EUTF8, 3, "not UTF-8");
    return -1;
  }
  char text[2048] = "";
  for (size_t k = 0; k < 1 + i % 7; k++) strcat(text, SENTENCES[(i + k) % 5]);
  return ivl_article_from_bytes(name, text, strlen(text), out, err) == IVL_OK ? 1 : -1;
}

/* Everything the pool hands back, as one string: the JSON Lines of each
** article, the name and message of each bad item. */
static char *run(const ivl_ruleset *rs, int threads, size_t ahead, int help, size_t stop_after) {
  source src = {0};
  ivl_error err;
  ivl_matcher here;
  if (ivl_matcher_init(&here, rs->max_captures, rs->match_limit, &err) != IVL_OK) return strdup("");
  ivl_pool *p = ivl_pool_start(rs, threads, ahead, help || !threads ? &here : NULL, read_doc, &src, &err);
  CHECK(p != NULL, "pool with %d threads: %s", threads, err.msg);
  if (!p) {
    ivl_matcher_free(&here);
    return strdup("");
  }
  char *buf = NULL;
  size_t len = 0, n = 0;
  FILE *out = open_memstream(&buf, &len);
  ivl_pool_item it;
  while (n < stop_after && ivl_pool_next(p, &it)) {
    n++;
    if (it.article) {
      ivl_article_write_jsonl(it.article, out);
      ivl_article_free(it.article);
      free(it.where);
    } else {
      fprintf(out, "! %s: %s\n", it.where, it.err.msg);
      free(it.where);
    }
  }
  ivl_pool_stop(p);
  ivl_matcher_free(&here);
  fclose(out);
  return buf;
}

typedef struct counted {
  source src;
  atomic_size_t reads;
} counted;

static int read_counted(void *ud, ivl_article **out, const char **where, ivl_error *err) {
  counted *c = ud;
  atomic_fetch_add(&c->reads, 1);
  return read_doc(&c->src, out, where, err);
}

/* Told to hold at most a byte, the workers stop reading once a result
** waits, however many the ring has room for: while the caller sleeps,
** each reads at most the one it was about to. Then everything still
** comes back, in order. */
static void slow_caller_bounded(const ivl_ruleset *rs, const char *alone) {
  enum { THREADS = 2 };
  counted c = {{0}, 0};
  ivl_error err;
  ivl_pool *p = ivl_pool_start(rs, THREADS, 64, NULL, read_counted, &c, &err);
  CHECK(p != NULL, "pool: %s", err.msg);
  if (!p) return;
  ivl_pool_limit_held(p, 1);
  size_t before = atomic_load(&c.reads);
  nanosleep(&(struct timespec){0, 200 * 1000 * 1000}, NULL);
  size_t after = atomic_load(&c.reads);
  CHECK(after - before <= THREADS, "a byte allowed: %zu read while the caller slept", after - before);
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  ivl_pool_item it;
  while (ivl_pool_next(p, &it)) {
    if (it.article) ivl_article_write_jsonl(it.article, out);
    else fprintf(out, "! %s: %s\n", it.where, it.err.msg);
    ivl_article_free(it.article);
    free(it.where);
  }
  ivl_pool_stop(p);
  fclose(out);
  CHECK(strcmp(buf, alone) == 0, "a byte allowed: the same bytes as none");
  free(buf);
}

/* One article's JSON Lines, extracted with matcher 'm'; NULL when the
** extraction failed. */
static char *extract_jsonl(const ivl_ruleset *rs, ivl_matcher *m, const char *text) {
  ivl_error err;
  ivl_article *a = NULL;
  if (ivl_article_from_bytes("doc", text, strlen(text), &a, &err) != IVL_OK) return NULL;
  char *buf = NULL;
  if (ivl_article_extract_with(a, rs, m, &err) == IVL_OK) {
    ivl_buf b = {0};
    buf = ivl_jsonl_format(&b, a) ? NULL : strdup(b.data ? b.data : "");
    ivl_buf_free(&b);
  }
  CHECK(!a->cut && !a->fold.cap && !a->words.cap, "an extracted article keeps no words");
  CHECK(!a->store.n || (a->store.cap == a->store.n && a->store.capfields == a->store.nfields),
        "an extracted article's entities take only their room");
  ivl_article_free(a);
  return buf;
}

/* A thread's matcher lends the fold and words buffers of its last article
** to the next, and its stores' arrays (the article keeps copies of their
** size): whatever came before (a larger article, whose room it does
** not keep; a failed one), an article's lines are those of a fresh
** matcher. */
static void words_lent(ivl_ruleset *rs) {
  size_t big_len = 0;
  char *big = malloc(100 * 1024);
  for (size_t k = 0; big_len + 200 < 100 * 1024; k++) {
    size_t n = strlen(SENTENCES[k % 5]);
    memcpy(big + big_len, SENTENCES[k % 5], n);
    big_len += n;
  }
  big[big_len] = '\0';
  const char *texts[] = {SENTENCES[0], SENTENCES[1], "", "Đà Nẵng.", big};
  enum { NT = sizeof texts / sizeof *texts };
  ivl_error err;
  ivl_matcher fresh, m;
  if (ivl_matcher_init(&m, rs->max_captures, rs->match_limit, &err) != IVL_OK) return;
  char *alone[NT];
  for (size_t i = 0; i < NT; i++) {
    if (ivl_matcher_init(&fresh, rs->max_captures, rs->match_limit, &err) != IVL_OK) return;
    alone[i] = extract_jsonl(rs, &fresh, texts[i]);
    ivl_matcher_free(&fresh);
    CHECK(alone[i] != NULL, "text %zu extracted", i);
  }
  /* small, the big one, small ones after it, each twice */
  static const size_t order[] = {0, 4, 1, 0, 2, 3, 3, 4, 4, 0};
  for (size_t k = 0; k < sizeof order / sizeof *order; k++) {
    size_t i = order[k];
    char *got = extract_jsonl(rs, &m, texts[i]);
    CHECK(got && alone[i] && strcmp(got, alone[i]) == 0, "text %zu after %zu: the lines of a fresh matcher",
          i, k ? order[k - 1] : i);
    CHECK((m.spare_fold.cap != 0) == (i != 4), "text %zu: its room kept only when small", i);
    CHECK(i == 2 || m.spare_store.cap != 0, "text %zu: its entities' room kept for the next", i);
    free(got);
  }
  /* a failed extraction (out of time, after the words were cut) gives the
  ** room back all the same, and the next article reads none of its words */
  double seconds = rs->max_seconds;
  rs->max_seconds = 1e-12;
  char *failed = extract_jsonl(rs, &m, SENTENCES[3]);
  rs->max_seconds = seconds;
  CHECK(failed == NULL, "out of time: no lines");
  free(failed);
  CHECK(m.spare_fold.cap != 0 && m.spare_words.cap != 0, "a failed article's room is taken back");
  char *after = extract_jsonl(rs, &m, texts[3]);
  CHECK(after && strcmp(after, alone[3]) == 0, "after a failed article: the lines of a fresh matcher");
  free(after);
  for (size_t i = 0; i < NT; i++) free(alone[i]);
  ivl_matcher_free(&m);
  free(big);
}

/* {======================================================================
** The C API keeps a matcher per thread (extract.c): whatever rule set,
** article or thread came before, ivl_article_extract gives the lines of a
** fresh matcher
** ======================================================================= */

/* The lines of 'text' by the C API (kept: ivl_article_extract) or by a
** fresh matcher, with what the API adds (the amounts in US$). */
static char *api_jsonl(const ivl_ruleset *rs, const char *text, int kept) {
  ivl_error err;
  ivl_article *a = NULL;
  if (ivl_article_from_bytes("doc", text, strlen(text), &a, &err) != IVL_OK) return NULL;
  ivl_status st;
  if (kept) {
    st = ivl_article_extract(a, rs, &err);
  } else {
    ivl_matcher m;
    st = ivl_matcher_init(&m, rs->max_captures, rs->match_limit, &err);
    if (st == IVL_OK) st = ivl_article_extract_with(a, rs, &m, &err);
    if (st == IVL_OK && ivl_fx_annotate(a)) st = IVL_ENOMEM;
    ivl_matcher_free(&m);
  }
  char *buf = NULL;
  if (st == IVL_OK) {
    ivl_buf b = {0};
    buf = ivl_jsonl_format(&b, a) ? NULL : strdup(b.data ? b.data : "");
    ivl_buf_free(&b);
  }
  ivl_article_free(a);
  return buf;
}

static int same_as_fresh(const ivl_ruleset *rs, const char *text) {
  char *kept = api_jsonl(rs, text, 1), *fresh = api_jsonl(rs, text, 0);
  int same = kept && fresh && strcmp(kept, fresh) == 0;
  free(kept);
  free(fresh);
  return same;
}

static int whole_match(ivl_extract *x) { return ivl_x_begin(x, x->ov[0], x->ov[1]) ? -1 : 1; }

/* A set of one rule finding 'pattern' as type 'type'. */
static ivl_ruleset *one_rule(const char *type, const char *pattern) {
  ivl_error err;
  ivl_ruleset *rs = ivl_ruleset_new_empty();
  if (rs && ivl_ruleset_add(rs, type, type, pattern, strlen(pattern), 0, whole_match, NULL, &err) != IVL_OK) {
    ivl_ruleset_free(rs);
    rs = NULL;
  }
  CHECK(rs != NULL, "a set of one rule '%s'", type);
  return rs;
}

typedef struct api_run {
  const ivl_ruleset *rs;
  const char *const *wanted; /* per SENTENCES[i] */
  atomic_int wrong;
} api_run;

static void *api_thread(void *ud) {
  api_run *r = ud;
  for (size_t k = 0; k < 40; k++) {
    char *got = api_jsonl(r->rs, SENTENCES[k % 5], 1);
    if (!got || strcmp(got, r->wanted[k % 5]) != 0) atomic_fetch_add(&r->wrong, 1);
    free(got);
  }
  return NULL;
}

static void api_keeps_a_matcher(const ivl_ruleset *builtin) {
  ivl_error err;
  ivl_ruleset *other = one_rule("thing", "Korea|Japan");
  if (!other) return;
  /* one thread, two sets in turn */
  for (size_t k = 0; k < 10; k++) {
    const ivl_ruleset *rs = k % 2 ? builtin : other; /* the smaller set first */
    CHECK(same_as_fresh(rs, SENTENCES[k % 5]), "set %zu, text %zu: the lines of a fresh matcher", k % 2, k % 5);
  }
  /* a set freed and another made, at its address or not: not taken for it */
  uint64_t gone = other->id;
  ivl_ruleset_free(other);
  ivl_ruleset *next = one_rule("verb", "invest(?:ed|s)?");
  if (!next) return;
  CHECK(next->id != gone, "a new set has a new number");
  CHECK(same_as_fresh(next, SENTENCES[0]), "a set made after one freed: the lines of a fresh matcher");
  /* a rule added to a set in use: the set is another to the kept matcher */
  uint64_t before = next->id;
  const char *grouped = "(\\d+)\\s+(per cent|%)";
  CHECK(ivl_ruleset_add(next, "share", "share", grouped, strlen(grouped), 0, whole_match, NULL, &err) == IVL_OK,
        "a rule with groups added: %s", err.msg);
  CHECK(next->id != before, "adding a rule renews the set's number");
  for (size_t i = 0; i < 5; i++) CHECK(same_as_fresh(next, SENTENCES[i]), "text %zu after a rule added", i);
  ivl_ruleset_free(next);
  /* threads at once, each with its own kept matcher */
  char *wanted[5];
  for (size_t i = 0; i < 5; i++) wanted[i] = api_jsonl(builtin, SENTENCES[i], 0);
  api_run r = {builtin, (const char *const *)wanted, 0};
  pthread_t t[4];
  int made = 0;
  for (; made < 4; made++)
    if (pthread_create(&t[made], NULL, api_thread, &r) != 0) break;
  for (int i = 0; i < made; i++) pthread_join(t[i], NULL);
  CHECK(made == 4 && atomic_load(&r.wrong) == 0, "4 threads at once: %d wrong", atomic_load(&r.wrong));
  for (size_t i = 0; i < 5; i++) free(wanted[i]);
}

/* }====================================================================== */

int main(void) {
  ivl_error err;
  ivl_ruleset *rs = ivl_ruleset_new_builtin(&err);
  CHECK(rs != NULL, "rules: %s", err.msg);
  if (!rs) return check_done();
  char *alone = run(rs, 0, 0, 1, (size_t)-1);
  CHECK(strstr(alone, "\"type\":\"investment\"") != NULL, "facts are linked");
  CHECK(strstr(alone, "! doc17: not UTF-8") != NULL, "the bad item comes back");
  const char *bad = strstr(alone, "! doc17"), *doc18 = strstr(alone, "\"doc\":\"doc18\"");
  const char *doc16 = strstr(alone, "\"doc\":\"doc16\"");
  CHECK(bad && doc16 && doc18 && doc16 < bad && bad < doc18, "... in its place");
  /* help: the caller's thread extracts too while it waits */
  struct { int threads; size_t ahead; int help; } runs[] = {
    {1, 0, 0}, {2, 0, 0}, {2, 1, 0}, {4, 2, 0}, {3, 64, 0}, {1, 0, 1}, {1, 1, 1}, {3, 2, 1}};
  for (size_t i = 0; i < sizeof runs / sizeof *runs; i++) {
    char *got = run(rs, runs[i].threads, runs[i].ahead, runs[i].help, (size_t)-1);
    CHECK(strcmp(got, alone) == 0, "%d threads, %zu ahead%s: the same bytes as none", runs[i].threads,
          runs[i].ahead, runs[i].help ? ", the caller helping" : "");
    free(got);
  }
  /* the caller stops after three: the workers are stopped, their articles freed */
  char *three = run(rs, 2, 8, 1, 3);
  CHECK(strncmp(three, alone, strlen(three)) == 0 && strstr(three, "doc03") == NULL,
        "stopping early hands back the first three");
  free(three);
  slow_caller_bounded(rs, alone);
  words_lent(rs);
  api_keeps_a_matcher(rs);
  free(alone);
  ivl_ruleset_free(rs);
  return check_done();
}
