/*
** jsonl.c
** The JSON Lines export of spec/ENTITIES.md: one object per entity, common
** fields first (doc, type, text, start, end), then the type's own fields in
** the order the rule stored them. Each article is formatted into one buffer
** and written with one call.
**
** Written by hand although jansson (linked: it reads JSON Lines input) can
** write JSON: building a json_t per entity and dumping it made the export
** the slowest stage. bench_libs on the 10 MB generated corpus: 880 MB/s of
** JSON here, 58 MB/s through jansson (json_dumps, JSON_PRESERVE_ORDER).
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "jsonl.h"
#include "symbols.h"
#include "util.h"

/* The first byte of s[i, n) that JSON escapes (a control character, '"',
** '\\'), or n. Eight bytes at a time: with the byte loop, ivl_json_string
** was a fifth of the JSON Lines stage. */
static size_t next_escape(const char *s, size_t i, size_t n) {
  for (; i + 8 <= n; i += 8) {
    uint64_t w = ivl_load8(s + i);
    if (ivl_word_has_below(w, 0x20) | ivl_word_has(w, '"') | ivl_word_has(w, '\\')) break;
  }
  for (; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20 || c == '"' || c == '\\') break;
  }
  return i;
}

int ivl_json_string(ivl_buf *b, const char *s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  if (ivl_buf_putc(b, '"')) return -1;
  size_t run = 0; /* bytes that need no escape are copied in runs */
  for (size_t i = 0; (i = next_escape(s, i, n)) < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (ivl_buf_append(b, s + run, i - run)) return -1;
    run = i + 1;
    char esc[7] = {'\\', 0};
    size_t k = 2;
    switch (c) {
    case '"': esc[1] = '"'; break;
    case '\\': esc[1] = '\\'; break;
    case '\n': esc[1] = 'n'; break;
    case '\r': esc[1] = 'r'; break;
    case '\t': esc[1] = 't'; break;
    default:
      memcpy(esc + 1, "u00", 3);
      esc[4] = hex[c >> 4];
      esc[5] = hex[c & 15];
      k = 6;
    }
    if (ivl_buf_append(b, esc, k)) return -1;
  }
  if (ivl_buf_append(b, s + run, n - run)) return -1;
  return ivl_buf_putc(b, '"');
}

/* u, with a '-' in front when 'negative', without printf: offsets and
** amounts are most of the numbers written. */
static int put_integer(ivl_buf *b, int negative, uint64_t u) {
  char tmp[24], *p = tmp + sizeof tmp;
  do *--p = (char)('0' + u % 10);
  while ((u /= 10) != 0);
  if (negative) *--p = '-';
  return ivl_buf_append(b, p, (size_t)(tmp + sizeof tmp - p));
}

/* A whole number below 2^53, as "%.0f" writes it ("-0" included). */
static int json_integer(ivl_buf *b, double v) { return put_integer(b, signbit(v), (uint64_t)fabs(v)); }

/* The digits of 'm' (below 10^15) with a decimal point 'k' digits from
** the right ("0.00" in front as needed), trailing zeros dropped. */
static int put_decimal(ivl_buf *b, int negative, uint64_t m, int k) {
  char tmp[40], *p = tmp + sizeof tmp;
  for (int i = 0; i <= k || m; i++, m /= 10) {
    if (i == k) *--p = '.';
    *--p = (char)('0' + m % 10);
  }
  if (negative) *--p = '-';
  size_t n = (size_t)(tmp + sizeof tmp - p);
  while (p[n - 1] == '0') n--;
  if (p[n - 1] == '.') n--;
  return ivl_buf_append(b, p, n);
}

/* A number with a few decimals (a rate, a share: "1.3438") as "%.15g"
** writes it, without printf: when v is the double nearest to m / 10^k,
** m below 10^15, "%.15g" gives back that decimal (DBL_DIG is 15) and strtod
** reads it as v, so the digits of m are the answer. At or above 1e-4 "%g"
** writes no exponent. snprintf and strtod were a quarter of the JSON Lines
** stage (18,000 such numbers in the 10 MB corpus's 54 MB of output).
** 1 when written, 0 when v is not such a
** number, -1 out of memory. */
static int json_decimal(ivl_buf *b, double v) {
  static const double pow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
  double a = fabs(v);
  if (!(a >= 1e-4 && a < 1e14)) return 0;
  for (int k = 1; k < (int)(sizeof pow10 / sizeof *pow10); k++) {
    double m = nearbyint(a * pow10[k]);
    if (m >= 1e15) break;
    if (m / pow10[k] == a) /* both exact, the division rounded as strtod would */
      return put_decimal(b, signbit(v), (uint64_t)m, k) ? -1 : 1;
  }
  return 0;
}

int ivl_json_number(ivl_buf *b, double v) {
  char tmp[40];
  int n, got;
  if (!isfinite(v)) n = snprintf(tmp, sizeof tmp, "null");
  else if (v == floor(v) && fabs(v) < 9007199254740992.0) return json_integer(b, v);
  else if ((got = json_decimal(b, v)) != 0) return got < 0 ? -1 : 0;
  else {
    n = snprintf(tmp, sizeof tmp, "%.15g", v); /* shortest that reads back the same */
    if (strtod(tmp, NULL) != v) n = snprintf(tmp, sizeof tmp, "%.17g", v);
  }
  return ivl_buf_append(b, tmp, (size_t)n);
}

/* What every line of an article repeats, written once: the escaped
** '{"doc":...' and, per symbol (type or key), its escaped ',"name":' (a
** key) or quoted name (a type). Escaping them anew for each line was a
** tenth of the writing. */
typedef struct part_at {
  uint32_t off1, len; /* in the parts' text, offset+1 (0: not written yet) */
} part_at;

typedef struct line_parts {
  ivl_buf text;    /* the parts, one after another */
  part_at *at;     /* per symbol id * 2 (+1 as a key) */
  size_t nat, cap;
  size_t doc_len;  /* '{"doc":"..."' is text[0, doc_len) */
} line_parts;

/* Append symbol 'id' as written (a key: ',"name":'; a type: '"name"'). */
static int put_symbol(ivl_buf *b, line_parts *lp, int id, int as_key) {
  size_t slot = (size_t)id * 2 + (size_t)as_key;
  if (slot >= lp->nat) {
    if (IVL_GROW(lp->at, lp->cap, slot + 1)) return -1;
    memset(lp->at + lp->nat, 0, (slot + 1 - lp->nat) * sizeof *lp->at);
    lp->nat = slot + 1;
  }
  part_at *at = &lp->at[slot];
  if (!at->off1) {
    const char *name = ivl_sym_name(id);
    size_t off = lp->text.len;
    if ((as_key && ivl_buf_putc(&lp->text, ',')) || ivl_json_string(&lp->text, name, strlen(name)) ||
        (as_key && ivl_buf_putc(&lp->text, ':')))
      return -1;
    at->off1 = (uint32_t)off + 1;
    at->len = (uint32_t)(lp->text.len - off);
  }
  return ivl_buf_append(b, lp->text.data + at->off1 - 1, at->len);
}

static int list_value(ivl_buf *b, const ivl_store *s, const ivl_field *f) {
  if (ivl_buf_putc(b, '[')) return -1;
  const char *p = ivl_store_string(s, f);
  for (uint32_t i = 0; i < f->len; i++, p += strlen(p) + 1)
    if ((i && ivl_buf_putc(b, ',')) || ivl_json_string(b, p, strlen(p))) return -1;
  return ivl_buf_putc(b, ']');
}

static int field_value(ivl_buf *b, const ivl_store *s, const ivl_field *f) {
  switch (f->kind) {
  case IVL_FIELD_NUM: return ivl_json_number(b, f->v.num);
  case IVL_FIELD_STR: return ivl_json_string(b, ivl_store_string(s, f), f->len);
  default: return list_value(b, s, f);
  }
}

static int entity_line(ivl_buf *b, line_parts *lp, const ivl_article *a, const ivl_store *s,
                       const ivl_entity *e) {
  /* offsets are whole numbers: put_integer, no double to convert and test */
  if (ivl_buf_append(b, lp->text.data, lp->doc_len) || ivl_buf_append(b, ",\"type\":", 8) ||
      put_symbol(b, lp, e->type, 0) || ivl_buf_append(b, ",\"text\":", 8) ||
      ivl_json_string(b, a->bytes + e->start, e->end - e->start) || ivl_buf_append(b, ",\"start\":", 9) ||
      put_integer(b, 0, e->start) || ivl_buf_append(b, ",\"end\":", 7) || put_integer(b, 0, e->end))
    return -1;
  for (uint32_t i = 0; i < e->nfields; i++) {
    const ivl_field *f = &s->fields[e->field0 + i];
    /* references to mentions mean nothing outside the article */
    if (f->kind == IVL_FIELD_REFS) continue;
    if (put_symbol(b, lp, f->key, 1) || field_value(b, s, f)) return -1;
  }
  return ivl_buf_append(b, "}\n", 2);
}

/* A line's bytes besides its doc, for room reserved at once: 166 bytes a
** line, doc included, on the 10 MB corpus. The buffer grew from nothing by
** doubling, a dozen reallocs an article, each copying the lines so far. */
#define LINE_GUESS 128

/* Mentions and facts, merged in document order. */
int ivl_jsonl_format(ivl_buf *b, const ivl_article *a) {
  const ivl_store *s;
  line_parts lp = {0};
  size_t doc_len = strlen(a->doc), lines = a->store.n + a->facts.n;
  if (lines && ivl_grow((void **)&b->data, &b->cap, b->len + lines * (doc_len + LINE_GUESS) + 1, 1))
    return -1;
  int bad = ivl_buf_append(&lp.text, "{\"doc\":", 7) || ivl_json_string(&lp.text, a->doc, doc_len);
  lp.doc_len = lp.text.len;
  size_t i = 0, j = 0;
  for (long k; !bad && (k = ivl_article_next_record(a, &i, &j, &s)) >= 0;)
    bad = entity_line(b, &lp, a, s, &s->ents[k]);
  ivl_buf_free(&lp.text);
  free(lp.at);
  return bad ? -1 : 0;
}

ivl_status ivl_article_write_jsonl(const ivl_article *a, FILE *out) {
  ivl_buf b = {0};
  ivl_status st = IVL_OK;
  if (ivl_jsonl_format(&b, a)) st = IVL_ENOMEM;
  else if (b.len && fwrite(b.data, 1, b.len, out) != b.len) st = IVL_EIO;
  ivl_buf_free(&b);
  return st;
}
