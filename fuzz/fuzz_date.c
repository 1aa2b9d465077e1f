/*
** fuzz_date.c
** The dates: the date-line reader, ISO dates, month and weekday names and
** day arithmetic (src/core/calendar.c), and the date rules' normalisers
** (src/extract/dates.c) over the input as an article, dated by its first
** three bytes (or undated) so that every resolution of a year is reached.
** Asserts beyond "no crash": a date line read is a valid date with a time
** in range; an ISO date written back reads back the same; names give 1..12
** and 0..6; adding days moves ivl_days_from_civil by as many, and the
** weekday with it; every date mention's value is XXXX or a year, maybe a
** month, maybe a day, each in range, and a whole date is valid.
*/
#include <string.h>

#include "article.h"
#include "calendar.h"
#include "fuzz.h"
#include "symbols.h"

static ivl_ruleset *rules;
static int date_type;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  ivl_error err;
  rules = ivl_ruleset_new_builtin(&err);
  if (!rules) abort();
  date_type = ivl_sym_find("date", 4);
  return 0;
}

static void calendar(const char *s, size_t len) {
  ivl_date d;
  if (ivl_parse_date_line(s, len, &d)) {
    FUZZ_ASSERT(ivl_date_valid(d.year, d.month, d.day), "date line %d-%d-%d", d.year, d.month, d.day);
    FUZZ_ASSERT((d.hour == -1 && d.minute == -1) || (d.hour >= 0 && d.hour < 24 && d.minute >= 0 &&
                                                     d.minute < 60), "time %d:%d", d.hour, d.minute);
  }
  char z[16];
  if (len <= 12) {
    memcpy(z, s, len);
    z[len] = '\0';
    if (ivl_parse_iso_date(z, &d)) {
      char iso[11];
      ivl_date e;
      ivl_date_iso(&d, iso);
      FUZZ_ASSERT(ivl_parse_iso_date(iso, &e) && e.year == d.year && e.month == d.month &&
                  e.day == d.day, "'%s' written back as '%s'", z, iso);
    }
  }
  int m = ivl_month_from_name(s, len), w = ivl_weekday_from_name(s, len);
  FUZZ_ASSERT(m >= 0 && m <= 12 && w >= -1 && w <= 6, "month %d weekday %d", m, w);
  if (len >= 6) {
    const unsigned char *u = (const unsigned char *)s;
    ivl_date a = {1 + (u[0] | u[1] << 8) % 9999, 1 + u[2] % 12, 1, -1, -1};
    a.day = 1 + u[3] % ivl_days_in_month(a.year, a.month);
    int days = (int)((u[4] | u[5] << 8) % 40001) - 20000; /* within about 55 years */
    ivl_date b = ivl_date_add_days(a, days);
    if (b.year >= 1 && b.year <= 9999) {
      FUZZ_ASSERT(ivl_date_valid(b.year, b.month, b.day), "%d-%d-%d", b.year, b.month, b.day);
      long da = ivl_days_from_civil(a.year, a.month, a.day),
           db = ivl_days_from_civil(b.year, b.month, b.day);
      FUZZ_ASSERT(db - da == days, "%d-%d-%d + %d days: %ld days", a.year, a.month, a.day, days,
                  db - da);
      int wa = ivl_day_of_week(a.year, a.month, a.day), wb = ivl_day_of_week(b.year, b.month, b.day);
      FUZZ_ASSERT(((wa + days) % 7 + 7) % 7 == wb, "weekday %d + %d days is %d", wa, days, wb);
    }
  }
}

/* "XXXX" or "YYYY", then maybe "-MM", then maybe "-DD". */
static void check_value(const char *v, size_t n) {
  int y = 0, m = 0, d = 0;
  FUZZ_ASSERT(n == 4 || n == 7 || n == 10, "date value '%.*s'", (int)n, v);
  if (memcmp(v, "XXXX", 4) != 0)
    for (int i = 0; i < 4; i++) {
      FUZZ_ASSERT(v[i] >= '0' && v[i] <= '9', "date value '%.*s'", (int)n, v);
      y = y * 10 + v[i] - '0';
    }
  if (n >= 7) {
    FUZZ_ASSERT(v[4] == '-' && sscanf(v + 5, "%2d", &m) == 1 && m >= 1 && m <= 12,
                "date value '%.*s'", (int)n, v);
  }
  if (n == 10) {
    FUZZ_ASSERT(v[7] == '-' && sscanf(v + 8, "%2d", &d) == 1 && d >= 1 && d <= 31,
                "date value '%.*s'", (int)n, v);
    if (y) FUZZ_ASSERT(ivl_date_valid(y, m, d), "date value '%.*s'", (int)n, v);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  calendar(s, size);
  if (size < 3) return 0;
  ivl_article *a;
  ivl_error err;
  if (ivl_article_read("fuzz", s + 3, size - 3, &a, &err) != IVL_OK) return 0;
  if (data[0] != 0xff) {
    char iso[11];
    snprintf(iso, sizeof iso, "%04d-%02d-%02d", 1990 + data[0] % 60, 1 + data[1] % 12,
             1 + data[2] % 28);
    FUZZ_ASSERT(ivl_article_set_date(a, iso), "'%s' is a date", iso);
  }
  if (ivl_article_extract(a, rules, &err) == IVL_OK)
    for (size_t i = 0; i < a->store.n; i++) {
      const ivl_entity *e = &a->store.ents[i];
      if (e->type != date_type) continue;
      FUZZ_SPAN(a->bytes, a->len, e->start, e->end, "date");
      const ivl_field *f = ivl_store_field(&a->store, e, IVL_SYM_VALUE);
      FUZZ_ASSERT(f && f->kind == IVL_FIELD_STR, "a date without a value");
      check_value(ivl_store_string(&a->store, f), f->len);
    }
  ivl_article_free(a);
  return 0;
}
