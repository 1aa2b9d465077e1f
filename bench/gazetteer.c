/*
** bench/gazetteer.c
** Name matching throughput against the size of the gazetteer: the same text
** is folded and scanned with 100 names and with 100,000 (or the sizes given
** with -n), and the rates compared. The scan is one pass over the text
** whatever the number of names (filters of how the names begin, then a
** walk down the trie where one may start), so the rate should hardly move.
**
**   bench_gazetteer [-n N]... [--mb MB] FILE...
**
** The text is the files given, repeated to MB megabytes (default 20). Names
** are made up (deterministic syllable strings, "Vantor Kelisa"), and one in
** a hundred of them is written into the text so that matches are reported.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fold.h"
#include "gazetteer.h"
#include "util.h"

static uint64_t rng_state = 0x9E3779B97F4A7C15u;
static uint32_t rnd(void) { /* xorshift64*: deterministic and fast */
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return (uint32_t)((rng_state * 0x2545F4914F6CDD1Du) >> 32);
}

static void make_name(char *out, size_t cap) {
  static const char *const syl[] = {"van", "tor", "ke", "li", "sa", "mor", "din", "ha", "quo",
                                    "ren", "bel", "tu", "nga", "pho", "lan", "mi", "zu", "cho"};
  size_t w = 0, words = 2 + rnd() % 2;
  for (size_t i = 0; i < words; i++) {
    size_t n = 2 + rnd() % 2;
    for (size_t k = 0; k < n; k++) {
      const char *s = syl[rnd() % (sizeof syl / sizeof *syl)];
      size_t l = strlen(s);
      if (w + l + 2 >= cap) break;
      memcpy(out + w, s, l);
      if (k == 0) out[w] = (char)(out[w] - 32);
      w += l;
    }
    if (i + 1 < words) out[w++] = ' ';
  }
  out[w] = '\0';
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int read_into(const char *path, ivl_buf *b) {
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) ivl_buf_append(b, chunk, n);
  fclose(f);
  return ivl_buf_putc(b, '\n');
}

/* Rate in MB/s of folding and scanning 'text' in article-sized pieces. */
static double run(size_t nnames, const ivl_buf *text, size_t *hits_out) {
  ivl_gazetteer *g = ivl_gazetteer_new();
  ivl_error err;
  char name[64];
  rng_state = 0x9E3779B97F4A7C15u;
  double t0 = now();
  for (size_t i = 0; i < nnames; i++) {
    make_name(name, sizeof name);
    ivl_gz_entry e = {.type = "organization", .name = name};
    if (ivl_gazetteer_add(g, &e, &err) != IVL_OK) { fprintf(stderr, "%s\n", err.msg); exit(1); }
  }
  if (ivl_gazetteer_compile(g, &err) != IVL_OK) { fprintf(stderr, "%s\n", err.msg); exit(1); }
  double built = now() - t0;
  ivl_fold fold = {0};
  ivl_words words = {0};
  ivl_gz_hits hits = {0};
  size_t found = 0, piece = 4096, off = 0;
  t0 = now();
  while (off < text->len) { /* article-sized pieces, ending at a line so no character is cut */
    size_t n = text->len - off < piece ? text->len - off : piece;
    while (off + n < text->len && text->data[off + n - 1] != '\n') n++;
    if (ivl_words_build(&words, &fold, text->data + off, n) ||
        ivl_gazetteer_find(g, &fold, &words, text->data + off, &hits))
      exit(1);
    found += hits.n;
    off += n;
  }
  double secs = now() - t0;
  printf("%8zu names  %7zu variants  built in %6.3f s  %8.1f MB/s  %zu matches\n", nnames,
         ivl_gazetteer_variants(g), built, text->len / 1e6 / secs, found);
  *hits_out = found;
  ivl_fold_free(&fold);
  ivl_words_free(&words);
  ivl_gz_hits_free(&hits);
  ivl_gazetteer_free(g);
  return text->len / 1e6 / secs;
}

int main(int argc, char **argv) {
  size_t sizes[8], nsizes = 0, mb = 20;
  ivl_buf base = {0}, text = {0};
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "-n") == 0 && i + 1 < argc && nsizes < 8) sizes[nsizes++] = strtoul(argv[++i], NULL, 10);
    else if (strcmp(argv[i], "--mb") == 0 && i + 1 < argc) mb = strtoul(argv[++i], NULL, 10);
    else if (read_into(argv[i], &base)) { fprintf(stderr, "bench_gazetteer: cannot read %s\n", argv[i]); return 1; }
  }
  if (base.len == 0) { fprintf(stderr, "usage: bench_gazetteer [-n N]... [--mb MB] FILE...\n"); return 2; }
  if (nsizes == 0) sizes[nsizes++] = 100, sizes[nsizes++] = 100000;
  /* the text: the files over and over, each time with one of the first
  ** 100 names written in (every gazetteer tried holds those) */
  char names[100][64];
  rng_state = 0x9E3779B97F4A7C15u;
  for (int k = 0; k < 100; k++) make_name(names[k], sizeof names[k]);
  for (size_t k = 0; text.len < mb * 1000000; k++) {
    ivl_buf_append(&text, base.data, base.len);
    const char *nm = names[k % 100];
    ivl_buf_append(&text, "Visitors from ", 14), ivl_buf_append(&text, nm, strlen(nm));
    ivl_buf_append(&text, " came.\n", 7);
  }
  double first = 0, last = 0;
  for (size_t i = 0; i < nsizes; i++) {
    size_t hits;
    double rate = run(sizes[i], &text, &hits);
    if (i == 0) first = rate;
    last = rate;
  }
  if (nsizes > 1) printf("rate with %zu names / rate with %zu names: %.2f\n", sizes[nsizes - 1], sizes[0], last / first);
  ivl_buf_free(&base);
  ivl_buf_free(&text);
  return 0;
}
