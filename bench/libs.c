/*
** bench/libs.c
** What ivlua writes by hand against the library it links that could do the
** same, on the same bytes in the same run:
**   - checking UTF-8 (src/core/utf8.c) against utf8proc_iterate over every
**     character, the check utf8proc offers;
**   - writing JSON Lines (src/core/jsonl.c) against jansson building each
**     entity as a json_t and dumping it (JSON_COMPACT | JSON_PRESERVE_ORDER).
** Both pairs must agree (the same first bad byte; about the same bytes of
** JSON: the two format some numbers differently), or the figures mean
** nothing. (Refs fields, the mentions a fact links, are
** left out of jansson's lines: they are a few numbers.)
**
**   bench_libs FILE...    (the articles: bench/run passes the generated corpus)
**
** Prints "utf8 HAND_MBps LIB_MBps RATIO" and "json HAND_MBps LIB_MBps RATIO"
** (megabytes of input, resp. of JSON written, per second).
*/
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <utf8proc.h>

#include "article.h"
#include "extract.h"
#include "jsonl.h"
#include "number.h"
#include "rules.h"
#include "symbols.h"
#include "utf8.h"
#include "util.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  ivl_buf b = {0};
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) ivl_buf_append(&b, chunk, n);
  fclose(f);
  *len = b.len;
  return b.data ? b.data : calloc(1, 1);
}

/* The offset of the first invalid byte as utf8proc finds it, or len. */
static size_t utf8proc_invalid_at(const char *s, size_t len) {
  size_t i = 0;
  while (i < len) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
    if (n < 0) return i;
    i += (size_t)n;
  }
  return len;
}

/* One entity as jansson builds it: the common fields, then its own. */
static json_t *entity_json(const ivl_article *a, const ivl_store *s, size_t i) {
  const ivl_entity *e = &s->ents[i];
  json_t *o = json_object();
  json_object_set_new(o, "doc", json_string(a->doc));
  json_object_set_new(o, "type", json_string(ivl_sym_name(e->type)));
  json_object_set_new(o, "text", json_stringn(a->bytes + e->start, e->end - e->start));
  json_object_set_new(o, "start", json_integer((json_int_t)e->start));
  json_object_set_new(o, "end", json_integer((json_int_t)e->end));
  for (uint32_t k = 0; k < e->nfields; k++) {
    const ivl_field *f = &s->fields[e->field0 + k];
    json_t *v = NULL;
    if (f->kind == IVL_FIELD_NUM && ivl_is_whole(f->v.num) && fabs(f->v.num) < 9007199254740992.0) {
      v = json_integer((json_int_t)f->v.num);
    } else if (f->kind == IVL_FIELD_NUM) {
      v = json_real(f->v.num);
    } else if (f->kind == IVL_FIELD_STR) {
      v = json_stringn(ivl_store_string(s, f), f->len);
    } else if (f->kind == IVL_FIELD_LIST) {
      v = json_array();
      const char *p = ivl_store_string(s, f);
      for (uint32_t j = 0; j < f->len; j++, p += strlen(p) + 1) json_array_append_new(v, json_string(p));
    }
    if (v) json_object_set_new(o, ivl_sym_name(f->key), v);
  }
  return o;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: bench_libs FILE...\n");
    return 2;
  }
  ivl_error err;
  ivl_ruleset *rs = ivl_ruleset_new_builtin(&err);
  ivl_article **arts = calloc((size_t)argc, sizeof *arts);
  ivl_buf all = {0}; /* every article's bytes, for the UTF-8 check */
  size_t n = 0;
  for (int i = 1; i < argc; i++) {
    size_t len;
    char *bytes = slurp(argv[i], &len);
    if (!bytes) continue;
    ivl_buf_append(&all, bytes, len);
    if (ivl_article_from_bytes(argv[i], bytes, len, &arts[n], &err) == IVL_OK &&
        ivl_article_extract(arts[n], rs, &err) == IVL_OK)
      n++;
    free(bytes);
  }

  /* UTF-8: ten passes each */
  double t0 = now();
  size_t hand = 0, lib = 0;
  for (int r = 0; r < 10; r++) hand += ivl_utf8_invalid_at(all.data, all.len);
  double t1 = now();
  for (int r = 0; r < 10; r++) lib += utf8proc_invalid_at(all.data, all.len);
  double t2 = now();
  if (hand != lib) fprintf(stderr, "bench_libs: the UTF-8 checks disagree\n");
  double mb = 10.0 * (double)all.len / 1e6;
  printf("utf8 %.0f %.0f %.2f\n", mb / (t1 - t0), mb / (t2 - t1), (t2 - t1) / (t1 - t0));

  /* JSON Lines: three passes each, into memory */
  ivl_buf out = {0};
  size_t written = 0;
  t0 = now();
  for (int r = 0; r < 3; r++)
    for (size_t i = 0; i < n; i++) {
      out.len = 0;
      ivl_jsonl_format(&out, arts[i]);
      written += out.len;
    }
  t1 = now();
  size_t written_lib = 0;
  for (int r = 0; r < 3; r++)
    for (size_t i = 0; i < n; i++)
      for (int facts = 0; facts <= 1; facts++) { /* mentions, then facts (not interleaved: the same work) */
        const ivl_store *st = facts ? &arts[i]->facts : &arts[i]->store;
        for (size_t e = 0; e < st->n; e++) {
          json_t *o = entity_json(arts[i], st, e);
          char *line = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
          written_lib += strlen(line) + 1;
          free(line);
          json_decref(o);
        }
      }
  t2 = now();
  if (written_lib < written * 9 / 10 || written_lib > written * 11 / 10)
    fprintf(stderr, "bench_libs: jansson wrote %zu bytes, ivlua %zu: not the same lines\n", written_lib, written);
  mb = (double)written / 1e6;
  printf("json %.0f %.0f %.2f\n", mb / (t1 - t0), mb / (t2 - t1), (t2 - t1) / (t1 - t0));

  for (size_t i = 0; i < n; i++) ivl_article_free(arts[i]);
  free(arts);
  ivl_buf_free(&all);
  ivl_buf_free(&out);
  ivl_ruleset_free(rs);
  return 0;
}
