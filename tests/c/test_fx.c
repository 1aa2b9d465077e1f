/*
** test_fx.c
** The built-in exchange rates: the table parses, and lookups find the rows
** of data/fx/usd_rates.tsv and nothing else.
*/
#include <math.h>

#include "check.h"
#include "fx.h"

static void rate_is(const char *cur, int year, double want) {
  double got = -1;
  int found = ivl_fx_rate(cur, strlen(cur), year, &got) == 0;
  CHECK(found && fabs(got - want) < 1e-9, "%s %d: got %g (%s), want %g", cur, year, got,
        found ? "found" : "missing", want);
}

static void no_rate(const char *cur, int year) {
  double got = -1;
  CHECK(ivl_fx_rate(cur, strlen(cur), year, &got) == -1, "%s %d: want no rate, got %g", cur, year, got);
}

int main(void) {
  const char *err = NULL;
  long n = ivl_fx_rows(&err);
  CHECK(n > 300, "the table parses: %ld rows (%s)", n, err ? err : "");
  /* the first and last rows, and some from each source */
  rate_is("AUD", 2010, 1.087);
  rate_is("ZAR", 2026, 17.8782);
  rate_is("JPY", 2024, 151.4551);
  rate_is("KRW", 2023, 1306.7637);
  rate_is("TWD", 2024, 32.1064);
  rate_is("EUR", 2024, 0.9242);
  rate_is("VND", 2015, 21697.57);
  rate_is("VND", 2021, 23159.78);
  rate_is("GBP", 2019, 0.7832);
  /* outside the table */
  no_rate("JPY", 2009);
  no_rate("JPY", 2027);
  no_rate("XYZ", 2020);
  no_rate("USD", 2020);
  no_rate("JP", 2020);
  no_rate("JPYY", 2020);
  /* around the ends and between codes: the lookup compares codes as numbers */
  no_rate("AAA", 2020);
  no_rate("ZZZ", 2020);
  no_rate("AUD", 2009);
  no_rate("ZAR", 2027);
  no_rate("jpy", 2024);
  no_rate("JPX", 2024);
  no_rate("JPZ", 2024);
  return check_done();
}
