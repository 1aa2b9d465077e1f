/*
** fx.c
** Yearly exchange rates and US dollar values of investment facts.
**
** The table is parsed once, on first use, into a fixed array sorted by
** currency and year (the file must list its rows in that order). Facts are
** annotated by giving the article's facts their new fields in place
** (ivl_store_add_fields): the store's strings are not copied.
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

/* A code's three letters as one number, in the order strcmp gives them:
** a lookup compared codes by strcmp nine times, most of its cost. */
static uint32_t cur_code(const char *cur) {
  return (uint32_t)(unsigned char)cur[0] << 16 | (uint32_t)(unsigned char)cur[1] << 8 | (unsigned char)cur[2];
}

static int row_before(const fx_row *a, const fx_row *b) {
  uint32_t ca = cur_code(a->cur), cb = cur_code(b->cur);
  return ca < cb || (ca == cb && a->year < b->year);
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
  if (lo == (size_t)fx_n || cur_code(fx_table[lo].cur) != cur_code(key.cur) || fx_table[lo].year != year) return -1;
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

/* The fields of a fact a value is made from, each the first of its key
** (as ivl_store_field finds it): one walk over the fields, not five. */
typedef struct fx_fields {
  const ivl_field *usd, *stated, *amount, *cur, *as_of;
} fx_fields;

static fx_fields fields_of(const ivl_store *s, const ivl_entity *e) {
  fx_fields k = {NULL, NULL, NULL, NULL, NULL};
  const ivl_field *f = s->fields + e->field0, *end = f + e->nfields;
  for (; f < end; f++) {
    const ivl_field **slot = f->key == IVL_SYM_USD           ? &k.usd
                             : f->key == IVL_SYM_AMOUNT_USD  ? &k.stated
                             : f->key == IVL_SYM_AMOUNT      ? &k.amount
                             : f->key == IVL_SYM_CURRENCY    ? &k.cur
                             : f->key == IVL_SYM_AS_OF       ? &k.as_of
                                                             : NULL;
    if (slot && !*slot) *slot = f;
  }
  return k;
}

/* The year of a fact: its as_of's ('f'), else the article's; 0 when
** unknown. */
static int fact_year(const ivl_article *a, const ivl_field *f) {
  if (f && f->kind == IVL_FIELD_STR && f->len >= 4) {
    const char *s = ivl_store_string(&a->facts, f);
    int y = 0, i = 0;
    for (; i < 4 && s[i] >= '0' && s[i] <= '9'; i++) y = y * 10 + (s[i] - '0');
    if (i == 4) return y;
  }
  return a->date.year;
}

/* What fact 'e' gets, if anything. */
static fx_value value_of(const ivl_article *a, const ivl_entity *e) {
  fx_value v = {0, 0, 0, 0};
  const ivl_store *s = &a->facts;
  if (e->type != IVL_SYM_INVESTMENT) return v;
  fx_fields k = fields_of(s, e);
  if (k.usd) return v;
  if (k.stated && k.stated->kind == IVL_FIELD_NUM) {
    v.has = 1, v.usd = k.stated->v.num;
    return v;
  }
  if (!k.amount || k.amount->kind != IVL_FIELD_NUM || !k.cur || k.cur->kind != IVL_FIELD_STR) return v;
  const char *code = ivl_store_string(s, k.cur);
  if (k.cur->len == 3 && memcmp(code, "USD", 3) == 0) {
    v.has = 1, v.usd = k.amount->v.num;
    return v;
  }
  int year = fact_year(a, k.as_of);
  if (year > 0 && ivl_fx_rate(code, k.cur->len, year, &v.rate) == 0) {
    v.has = 1, v.usd = floor(k.amount->v.num / v.rate + 0.5), v.year = year;
  }
  return v;
}

/* A number field to add to fact 'ent'. */
static ivl_field_add number_for(size_t ent, int key, double num) {
  ivl_field_add add = {ent, {(uint16_t)key, IVL_FIELD_NUM, 0, {0}}};
  add.f.v.num = num;
  return add;
}

/* The fields are added to the facts where they are (ivl_store_add_fields):
** copying the store into a new one with them, every string and list again,
** was two thirds of the fact rules' stage on the Lua thread. */
int ivl_fx_annotate(ivl_article *a) {
  /* built-in symbols: interning here would write the table while worker
  ** threads read it */
  ivl_store *s = &a->facts;
  ivl_field_add *adds = NULL;
  size_t n = 0, cap = 3 * s->n; /* at most three a fact: one allocation */
  if (cap && !(adds = malloc(cap * sizeof *adds))) return -1;
  for (size_t i = 0; i < s->n; i++) {
    fx_value v = value_of(a, &s->ents[i]);
    if (!v.has) continue;
    if (IVL_GROW(adds, cap, n + 3)) {
      free(adds);
      return -1;
    }
    adds[n++] = number_for(i, IVL_SYM_USD, v.usd);
    if (v.rate > 0) {
      adds[n++] = number_for(i, IVL_SYM_USD_RATE, v.rate);
      adds[n++] = number_for(i, IVL_SYM_USD_RATE_YEAR, v.year);
    }
  }
  int bad = n && ivl_store_add_fields(s, adds, n);
  free(adds);
  return bad ? -1 : 0;
}

/* }====================================================================== */
