/*
** bench/stages.c
** The pipeline of src/pipeline/extract.c taken apart: each article is read
** (src/input's reader: the bytes, checked), prepared (NFC view, layout,
** sentences), run through the rules (the one scan: quantities, dates),
** through the names (and their overlaps settled), linked into facts (run, settle, US$ amounts) and written as JSON Lines, and each
** stage is timed on its own, so that the cost of the whole can be put
** where it is spent.
**
**   bench_stages [--out FILE] PATH...
**
** PATH is read as 'ivlua extract' reads it (src/input/reader.h): a *.txt
** file is an article, a *.jsonl file one a line, a directory its *.txt
** files (recursive, sorted), either maybe gzip. The JSON Lines go to FILE
** (default /dev/null); they are the same bytes as 'ivlua extract --format
** jsonl' writes, which is how the smoke test knows that every stage did
** its whole work. Prints one row per stage: CPU seconds, MB/s and
** entities/s (all over the same bytes and the same entities, as if that
** stage were the only one) and the stage's share of the time; then the
** peak RSS of the process (the stages share it: a stage's own memory is
** not told apart).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "extract.h"
#include "extractors.h"
#include "facts.h"
#include "fx.h"
#include "names.h"
#include "reader.h"
#include "rules.h"
#include "walk.h"

enum { S_READ, S_PREPARE, S_RULES, S_NAMES, S_FACTS, S_JSONL, S_FREE, S_N };
static const char *const stage_name[S_N] = {"read",  "prepare", "rules", "names",
                                           "facts", "jsonl",   "free"};

typedef struct totals {
  double secs[S_N];
  size_t bytes, articles, mentions, facts, failed;
} totals;

/* CPU time of the process (one thread here): the same as the wall clock
** on an idle machine, and not lengthened by other processes on a busy one. */
static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static long peak_rss_kb(void) { /* KB */
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

/* Close stage 's': add the time since '*t0' and start the next from here. */
static void lap(totals *t, int s, double *t0) {
  double t1 = now();
  t->secs[s] += t1 - *t0;
  *t0 = t1;
}

/* The next article of 'r' through every stage, in the order of
** ivl_article_extract_with (prepare, rules, names and overlaps, facts,
** settle, shrink) and then, as the Lua host does after the fact
** rules (none here), the amounts in US$ (ivl_fx_annotate), which are part
** of the facts stage. 0 at the end, 1 after an article, -1 after a failure. */
static int run_one(ivl_reader *r, const ivl_ruleset *rs, ivl_matcher *m, FILE *out, totals *t) {
  ivl_error err = {0};
  ivl_article *a = NULL;
  const char *where = NULL;
  double t0 = now();
  int k = ivl_reader_next(r, &a, &where, &err);
  if (k <= 0) {
    if (k < 0) fprintf(stderr, "bench_stages: %s: %s\n", where ? where : "?", err.msg);
    return k;
  }
  lap(t, S_READ, &t0);
  ivl_status st = ivl_article_prepare(a, &err);
  if (st == IVL_OK) ivl_article_lend_room(a, m); /* as src/pipeline/extract.c */
  if (st == IVL_OK) (void)ivl_article_cut_words(a); /* as src/pipeline/extract.c, before the rules */
  lap(t, S_PREPARE, &t0);
  ivl_store_clear(&a->store);
  ivl_store_clear(&a->facts);
  if (st == IVL_OK) st = ivl_ruleset_run(rs, a, &a->store, m, &err);
  lap(t, S_RULES, &t0);
  if (st == IVL_OK && rs->names) st = ivl_names_run(rs->names, a, &a->store, &err);
  ivl_store_sort(&a->store);
  if (st == IVL_OK) ivl_settle_overlaps(&a->store);
  lap(t, S_NAMES, &t0);
  if (st == IVL_OK && rs->facts) {
    st = ivl_facts_run(a, &err);
    ivl_facts_settle(a);
  }
  ivl_article_take_back_room(a, m);
  if (st == IVL_OK && ivl_fx_annotate(a)) st = IVL_ENOMEM;
  lap(t, S_FACTS, &t0);
  if (st == IVL_OK) st = ivl_article_write_jsonl(a, out);
  lap(t, S_JSONL, &t0);
  if (st != IVL_OK) fprintf(stderr, "bench_stages: %s: %s\n", where, err.msg);
  t->bytes += a->len;
  t->articles++;
  t->mentions += a->store.n;
  t->facts += a->facts.n;
  ivl_article_free(a);
  lap(t, S_FREE, &t0);
  return st == IVL_OK ? 1 : -1;
}

static void report(const totals *t) {
  double all = 0;
  for (int s = 0; s < S_N; s++) all += t->secs[s];
  double mb = (double)t->bytes / 1e6, ents = (double)(t->mentions + t->facts);
  printf("%-10s %9s %10s %13s %6s\n", "stage", "cpu_secs", "MB/s", "entities/s", "share");
  for (int s = 0; s <= S_N; s++) {
    double secs = s < S_N ? t->secs[s] : all;
    printf("%-10s %9.3f %10.1f %13.0f %5.1f%%\n", s < S_N ? stage_name[s] : "total", secs,
           secs > 0 ? mb / secs : 0, secs > 0 ? ents / secs : 0, all > 0 ? 100 * secs / all : 0);
  }
  printf("bytes %zu articles %zu mentions %zu facts %zu failed %zu peak_rss_kb %ld\n", t->bytes,
         t->articles, t->mentions, t->facts, t->failed, peak_rss_kb());
}

int main(int argc, char **argv) {
  const char *out_path = "/dev/null";
  int first = 1;
  if (argc > 2 && strcmp(argv[1], "--out") == 0) {
    out_path = argv[2];
    first = 3;
  }
  if (first >= argc) {
    fprintf(stderr, "usage: bench_stages [--out FILE] PATH...\n");
    return 2;
  }
  totals t = {0};
  FILE *out = fopen(out_path, "wb");
  if (!out) {
    perror(out_path);
    return 1;
  }
  ivl_error err = {0};
  ivl_ruleset *rs = ivl_ruleset_new_builtin(&err);
  ivl_matcher m;
  if (!rs || ivl_matcher_init(&m, rs->max_captures, rs->match_limit, &err) != IVL_OK) {
    fprintf(stderr, "bench_stages: rules: %s\n", err.msg);
    return 1;
  }
  ivl_reader_opts opts = {0};
  ivl_reader *r = ivl_reader_open((const char *const *)argv + first, (size_t)(argc - first), &opts,
                                  &err);
  if (!r) {
    fprintf(stderr, "bench_stages: out of memory\n");
    return 1;
  }
  /* as 'ivlua extract': a large run's patterns JIT-compiled before it starts, untimed */
  ivl_ruleset_expect(rs, ivl_walk_bytes((const char *const *)argv + first, (size_t)(argc - first), IVL_INPUT_TEXT,
                                        IVL_JIT_EAGER_BYTES));
  for (int k; (k = run_one(r, rs, &m, out, &t)) != 0;)
    if (k < 0) t.failed++;
  ivl_reader_close(r);
  if (fclose(out) != 0) {
    perror(out_path);
    t.failed++;
  }
  report(&t);
  ivl_matcher_free(&m);
  ivl_ruleset_free(rs);
  return t.failed ? 1 : 0;
}
