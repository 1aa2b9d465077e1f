/*
** test_number.c
** The number reader: digits, grouping, decimals, words, magnitudes, and
** what is not a number.
*/
#include <math.h>

#include "check.h"
#include "number.h"

typedef struct num_case {
  const char *input;
  size_t consumed; /* 0: not a number */
  double value;
} num_case;

static const num_case cases[] = {
  {"285 projects", 3, 285}, {"1,200 hectares", 5, 1200}, {"2.39 billion", 4, 2.39},
  {"17.21 per cent", 5, 17.21}, {"1,234,567.89", 12, 1234567.89}, {"1,20", 1, 1},
  {"12,3456", 2, 12}, {"2024.", 4, 2024}, {"0.5", 3, 0.5},
  {"ten percent", 3, 10}, {"twenty-one trillion", 19, 21e12}, {"Fifty-four per cent", 10, 54},
  {"one hundred and five", 20, 105}, {"three quarters", 14, 0.75}, {"a million", 9, 1e6},
  {"half a million", 14, 0.5e6}, {"a dozen eggs", 7, 12}, {"four other localities", 4, 4},
  {"two thousand three hundred", 26, 2300}, {"million", 0, 0}, {"and one", 0, 0},
  {"a lot", 0, 0}, {"onerous", 0, 0}, {"", 0, 0}, {"x1", 0, 0},
  /* thousands grouped by spaces, as aggregators and French-style sources write them */
  {"4 750 hectares", 5, 4750}, {"12 000 000 workers", 10, 12000000}, {"7 300.5 tonnes", 7, 7300.5},
  {"2024 150 firms", 4, 2024}, {"15 2000", 2, 15}, {"3 4567", 1, 3}, {"1,500 000", 5, 1500},
  /* a lone or leading zero takes no group: no number of thousands starts with 0 */
  {"0 250 units", 1, 0}, {"07 300", 2, 7}, {"00 100", 2, 0}, {"0.5 250", 3, 0.5},
  /* a Boeing model after a count is no group */
  {"40 737 MAX", 2, 40}, {"6 787-10s", 1, 6}, {"8 777 Dreamliners", 1, 8}, {"2 767 cargo", 5, 2767},
  /* qweek78, spoken decimals: "point" and digit words, then a magnitude */
  {"seven point three billion", 25, 7.3e9}, {"thirty-six point oh", 10, 36},
  {"twelve point zero five trillion", 31, 12.05e12}, {"nine point six", 14, 9.6},
  /* near misses: "point" not before a digit word, or with no number before it */
  {"one point, two", 3, 1}, {"one point in time", 3, 1}, {"point two", 0, 0},
  {"one point twenty", 3, 1},
  /* qweek81, a decimal comma before a magnitude word ("NOK 4,3 billion",
  ** "2,8 mia. kr.", "€1,2bn"); near misses: no magnitude after it, three
  ** digits (thousands), a magnitude of one letter */
  {"7,6 billion", 3, 7.6}, {"2,8 mia. kr.", 3, 2.8}, {"0,75 milliard", 4, 0.75}, {"1,2bn", 3, 1.2},
  {"4,25 - million", 4, 4.25}, {"items 1,5 and 7", 0, 0}, {"1,5 and 7", 1, 1}, {"1,500 million", 5, 1500},
  {"2,5m", 1, 2}, {"3,125 billion", 5, 3125},
  /* qweek110, a filing's sum in words: a scale above every one before it
  ** multiplies all read so far; near misses: a lower scale adds */
  {"one thousand two hundred and fifty billion", 42, 1250e9}, {"two thousand four hundred million", 33, 2400e6},
  {"a thousand million", 18, 1e9}, {"three million five hundred thousand", 35, 3.5e6},
  {"two billion three hundred million", 33, 2.3e9}, {"six hundred thousand", 20, 6e5},
};

int main(void) {
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    const num_case *c = &cases[i];
    ivl_number n;
    size_t used = ivl_number_read(c->input, strlen(c->input), &n);
    CHECK(used == c->consumed, "'%s': consumed %zu, want %zu", c->input, used, c->consumed);
    if (used && c->consumed)
      CHECK(fabs(ivl_number_value(&n) - c->value) <= 1e-9 * fabs(c->value),
            "'%s': value %.17g, want %.17g", c->input, ivl_number_value(&n), c->value);
  }
  /* exactness: 13.92 billion is the integer 13920000000 */
  ivl_number n;
  int mag = 0;
  ivl_number_digits("13.92", 5, &n);
  CHECK(ivl_magnitude_read("billion", 7, &mag) == 7 && mag == 9, "billion is 10^9");
  n.exp10 += mag;
  CHECK(ivl_number_value(&n) == 13920000000.0, "13.92 billion exact: %.17g", ivl_number_value(&n));
  CHECK(ivl_number_is_integer(&n), "13.92 billion is whole");
  /* magnitudes must end at a word boundary */
  CHECK(ivl_magnitude_read("bn.", 3, &mag) == 2 && mag == 9, "bn");
  CHECK(ivl_magnitude_read("mln", 3, &mag) == 3 && mag == 6, "mln");
  CHECK(ivl_magnitude_read("bil ", 4, &mag) == 3 && mag == 9, "bil");
  CHECK(ivl_magnitude_read("mile", 4, &mag) == 0, "mile is no magnitude");
  CHECK(ivl_magnitude_read("millionth", 9, &mag) == 0, "millionth is no magnitude");
  /* the French press's plural, left so in translation (set qweek87):
  ** "300 millions d'euros" */
  CHECK(ivl_magnitude_read("millions", 8, &mag) == 8 && mag == 6, "millions as the French write it");
  CHECK(ivl_magnitude_read("m2", 2, &mag) == 0, "m2 is no magnitude");
  /* overflow is detected, not undefined */
  const char *huge = "123456789012345678901234567890";
  size_t used = ivl_number_digits(huge, strlen(huge), &n);
  CHECK(used == strlen(huge) && n.truncated, "30 digits read, marked truncated");
  CHECK(fabs(ivl_number_value(&n) - 1.2345678901234568e29) < 1e15, "approximate value %.17g",
        ivl_number_value(&n));
  const char *longfrac = "0.1234567890123456789012345";
  used = ivl_number_digits(longfrac, strlen(longfrac), &n);
  CHECK(used == strlen(longfrac) && fabs(ivl_number_value(&n) - 0.123456789012345678) < 1e-15,
        "long fraction");
  return check_done();
}
