/*
** fx.c
** Yearly exchange rates and US dollar values of investment facts.
**
** The table is parsed once, on first use, into a fixed array sorted by
** currency and year (the file must list its rows in that order). Facts are
** annotated by copying the article's fact store into a new one with the
** fields added: the store is append-only, and this runs once per article.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pthread.h>

#include "article.h"
#include "embedded.h"
#include "fx.h"
#include "symbols.h"

#define FX_MAX 2048

typedef struct fx_row {
  char cur[4];
  int year;
  double rate;
} fx_row;

static fx_row fx_table[FX_MAX];
static long fx_n = -1; /* -1: failed */
static char fx_err[128];

static const char *const STATUSES[] = {"read", "recalled", "estimate", "carried", NULL};

static int row_before(const fx_row *a, const fx_row *b) {
  int c = strcmp(a->cur, b->cur);
  return c < 0 || (c == 0 && a->year < b->year);
}

/* Parse one data line "CUR\tYEAR\tRATE\tSTATUS" into 'r'; NULL or a message. */
static const char *parse_row(const char *p, const char *end, fx_row *r) {
  const char *cols[4], *ends[4];
  int n = 0;
  while (n < 4) {
    cols[n] = p;
    while (p < end && *p != '\t') p++;
    ends[n++] = p;
    if (p == end) break;
    p++;
  }
  if (n != 4 || ends[3] != end) return "expected 4 tab-separated columns";
  if (ends[0] - cols[0] != 3) return "the currency must be a 3-letter code";
  for (int i = 0; i < 3; i++)
    if (cols[0][i] < 'A' || cols[0][i] > 'Z') return "the currency must be a 3-letter code";
  memcpy(r->cur, cols[0], 3);
  r->cur[3] = '\0';
  size_t len = (size_t)(ends[1] - cols[1]);
  if (len != 4) return "the year must have 4 digits";
  r->year = 0;
  for (size_t i = 0; i < 4; i++) {
    if (cols[1][i] < '0' || cols[1][i] > '9') return "the year must have 4 digits";
    r->year = r->year * 10 + (cols[1][i] - '0');
  }
  /* digits[.digits], read without strtod: a script's os.setlocale must not
  ** change what the table says */
  double mantissa = 0, scale = 1;
  int digits = 0, dot = 0;
  for (const char *q = cols[2]; q < ends[2]; q++) {
    if (*q == '.' && !dot) dot = 1;
    else if (*q >= '0' && *q <= '9' && ++digits <= 15) {
      mantissa = mantissa * 10 + (*q - '0');
      if (dot) scale *= 10;
    } else return "the rate must be a positive decimal number";
  }
  if (digits == 0 || digits > 15 || mantissa == 0) return "the rate must be a positive decimal number";
  r->rate = mantissa / scale;
  len = (size_t)(ends[3] - cols[3]);
  for (int i = 0; STATUSES[i]; i++)
    if (strlen(STATUSES[i]) == len && memcmp(STATUSES[i], cols[3], len) == 0) return NULL;
  return "the status must be read, recalled, estimate or carried";
}

static long parse_table(const char *text, size_t size) {
  const char *p = text, *end = text + size;
  long n = 0;
  int line = 0, header = 0;
  while (p < end) {
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    if (!eol) eol = end;
    line++;
    const char *bad = NULL;
    if (eol == p || *p == '#') {
      /* a comment or an empty line */
    } else if (!header) {
      header = 1; /* the column names */
    } else if (n == FX_MAX) {
      bad = "too many rows";
    } else if (!(bad = parse_row(p, eol, &fx_table[n]))) {
      if (n > 0 && !row_before(&fx_table[n - 1], &fx_table[n])) bad = "rows must be sorted by currency, then year";
      else n++;
    }
    if (bad) {
      snprintf(fx_err, sizeof fx_err, "usd_rates.tsv: line %d: %s", line, bad);
      return -1;
    }
    p = eol < end ? eol + 1 : end;
  }
  return n;
}

/* Parsed once, whichever thread asks first. */
static pthread_once_t fx_once = PTHREAD_ONCE_INIT;

static void parse_builtin(void) {
  fx_n = -1;
  snprintf(fx_err, sizeof fx_err, "usd_rates.tsv: not compiled in");
  for (const ivl_embedded_file *f = ivl_builtin_rates; f->name; f++)
    if (strcmp(f->name, "usd_rates.tsv") == 0) fx_n = parse_table(f->bytes, f->len);
}

long ivl_fx_rows(const char **err) {
  pthread_once(&fx_once, parse_builtin);
  if (fx_n < 0 && err) *err = fx_err;
  return fx_n;
}

int ivl_fx_rate(const char *cur, size_t len, int year, double *rate) {
  if (len != 3 || ivl_fx_rows(NULL) <= 0) return -1;
  fx_row key = {{cur[0], cur[1], cur[2], '\0'}, year, 0};
  size_t lo = 0, hi = (size_t)fx_n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (row_before(&fx_table[mid], &key)) lo = mid + 1;
    else hi = mid;
  }
  if (lo == (size_t)fx_n || strcmp(fx_table[lo].cur, key.cur) != 0 || fx_table[lo].year != year) return -1;
  *rate = fx_table[lo].rate;
  return 0;
}

/* {======================================================================
** Annotating facts
** ======================================================================= */

typedef struct fx_value {
  int has;            /* a usd value */
  double usd, rate;   /* rate 0: stated, not converted */
  int year;
} fx_value;

static const ivl_field *field_of(const ivl_store *s, const ivl_entity *e, int key) {
  return key > 0 ? ivl_store_field(s, e, key) : NULL;
}

/* The year of fact 'e': its as_of's, else the article's; 0 when unknown. */
static int fact_year(const ivl_article *a, const ivl_entity *e) {
  const ivl_field *f = ivl_store_field(&a->facts, e, IVL_SYM_AS_OF);
  if (f && f->kind == IVL_FIELD_STR && f->len >= 4) {
    const char *s = ivl_store_string(&a->facts, f);
    int y = 0, i = 0;
    for (; i < 4 && s[i] >= '0' && s[i] <= '9'; i++) y = y * 10 + (s[i] - '0');
    if (i == 4) return y;
  }
  return a->date.year;
}

/* What fact 'e' gets, if anything. */
static fx_value value_of(const ivl_article *a, const ivl_entity *e, int usd_key) {
  fx_value v = {0, 0, 0, 0};
  const ivl_store *s = &a->facts;
  if (e->type != IVL_SYM_INVESTMENT || field_of(s, e, usd_key)) return v;
  const ivl_field *stated = ivl_store_field(s, e, IVL_SYM_AMOUNT_USD);
  if (stated && stated->kind == IVL_FIELD_NUM) {
    v.has = 1, v.usd = stated->v.num;
    return v;
  }
  const ivl_field *amount = ivl_store_field(s, e, IVL_SYM_AMOUNT);
  const ivl_field *cur = ivl_store_field(s, e, IVL_SYM_CURRENCY);
  if (!amount || amount->kind != IVL_FIELD_NUM || !cur || cur->kind != IVL_FIELD_STR) return v;
  const char *code = ivl_store_string(s, cur);
  if (cur->len == 3 && memcmp(code, "USD", 3) == 0) {
    v.has = 1, v.usd = amount->v.num;
    return v;
  }
  int year = fact_year(a, e);
  if (year > 0 && ivl_fx_rate(code, cur->len, year, &v.rate) == 0) {
    v.has = 1, v.usd = floor(amount->v.num / v.rate + 0.5), v.year = year;
  }
  return v;
}

/* Copy field 'f' of store 's' to the entity begun last in 'to'. */
static int copy_field(ivl_store *to, const ivl_store *s, const ivl_field *f) {
  switch (f->kind) {
  case IVL_FIELD_NUM:
    return ivl_store_num(to, f->key, f->v.num);
  case IVL_FIELD_STR:
    return ivl_store_str(to, f->key, ivl_store_string(s, f), f->len);
  case IVL_FIELD_REFS:
    return ivl_store_refs(to, f->key, ivl_store_refs_of(s, f), f->len);
  default: { /* a list: its strings one after another */
    const char *few[64], **items = few;
    if (f->len > 64 && !(items = malloc(f->len * sizeof *items))) return -1;
    const char *p = ivl_store_string(s, f);
    for (uint32_t i = 0; i < f->len; i++, p += strlen(p) + 1) items[i] = p;
    int bad = ivl_store_list(to, f->key, items, f->len);
    if (items != few) free(items);
    return bad;
  }
  }
}

int ivl_fx_annotate(ivl_article *a) {
  /* built-in symbols: interning here would write the table while worker
  ** threads read it */
  int usd = IVL_SYM_USD, rate = IVL_SYM_USD_RATE, year = IVL_SYM_USD_RATE_YEAR;
  const ivl_store *s = &a->facts;
  size_t todo = 0;
  for (size_t i = 0; i < s->n; i++) todo += (size_t)value_of(a, &s->ents[i], usd).has;
  if (todo == 0) return 0;
  ivl_store to = {0};
  for (size_t i = 0; i < s->n; i++) {
    const ivl_entity *e = &s->ents[i];
    fx_value v = value_of(a, e, usd);
    int bad = ivl_store_begin(&to, e->type, e->rule, e->vstart, e->vend, e->start, e->end);
    for (uint32_t k = 0; k < e->nfields && !bad; k++) bad = copy_field(&to, s, &s->fields[e->field0 + k]);
    if (!bad && v.has) bad = ivl_store_num(&to, usd, v.usd);
    if (!bad && v.has && v.rate > 0) bad = ivl_store_num(&to, rate, v.rate) || ivl_store_num(&to, year, v.year);
    if (bad) {
      ivl_store_free(&to);
      return -1;
    }
  }
  ivl_store_free(&a->facts);
  a->facts = to;
  return 0;
}

/* }====================================================================== */
