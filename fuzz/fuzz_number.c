/*
** fuzz_number.c
** The number reader (src/core/number.c): ivl_number_read, _digits, _words
** and ivl_magnitude_read at the start of the input and after its first
** byte.
** Asserts beyond "no crash": no reader consumes more than it is given; a
** value is never NaN nor negative; a magnitude is a power of ten from 1 to
** 15; a number in digits that was not truncated has the value strtod gives
** its digits (grouping commas or spaces removed), to 1e-15, or, where its
** one comma has one or two digits after it and nothing more (a decimal
** comma before a magnitude: "1,6bn", "NOK 4,3 billion"), the value of
** that comma read as a point, or, where dots group its thousands as
** Vietnamese writes them ("1.200 tỷ", "4.120,6 million"), the value of its
** digits with the dots left out and a comma read as a point.
*/
#include <math.h>
#include <string.h>

#include "fuzz.h"
#include "number.h"

static void check_value(const ivl_number *n, const char *s, size_t used) {
  double v = ivl_number_value(n);
  FUZZ_ASSERT(!isnan(v) && v >= 0, "'%.*s': value %g", (int)used, s, v);
  (void)ivl_number_is_integer(n);
}

/* The value strtod gives 'plain' (digits, grouping removed) with its comma
** at 'comma' of the used text read as a decimal point, where that comma is
** its only one and ends the number with one or two digits; else -1. */
static double decimal_comma_value(const char *s, size_t used) {
  const char *comma = memchr(s, ',', used);
  if (!comma || memchr(comma + 1, ',', used - (size_t)(comma - s) - 1)) return -1;
  size_t after = used - (size_t)(comma - s) - 1;
  if (after < 1 || after > 2 || comma == s) return -1;
  char text[64];
  memcpy(text, s, used);
  text[comma - s] = '.';
  text[used] = '\0';
  return strtod(text, NULL);
}

/* The value of the used text read as Vietnamese writes numbers: dots
** grouping thousands (each followed by three digits), a comma the decimal
** point ("4.120,6"); -1 where no dot groups so. */
static double dot_groups_value(const char *s, size_t used) {
  char text[64];
  size_t k = 0;
  int dots = 0;
  if (used >= sizeof text) return -1;
  for (size_t i = 0; i < used; i++) {
    if (s[i] != '.') {
      text[k++] = s[i] == ',' ? '.' : s[i];
      continue;
    }
    size_t d = 0;
    while (i + 1 + d < used && s[i + 1 + d] >= '0' && s[i + 1 + d] <= '9') d++;
    if (d != 3) return -1;
    dots++;
  }
  text[k] = '\0';
  return dots ? strtod(text, NULL) : -1;
}

static void read_at(const char *s, size_t len) {
  ivl_number n;
  size_t used = ivl_number_read(s, len, &n);
  FUZZ_ASSERT(used <= len, "read %zu of %zu", used, len);
  if (used) check_value(&n, s, used);

  used = ivl_number_digits(s, len, &n);
  FUZZ_ASSERT(used <= len, "digits %zu of %zu", used, len);
  if (used) {
    check_value(&n, s, used);
    if (!n.truncated && used < 64) {
      char plain[64];
      size_t k = 0;
      for (size_t i = 0; i < used; i++)
        if (s[i] != ',' && s[i] != ' ') plain[k++] = s[i]; /* grouping commas or spaces */
      plain[k] = '\0';
      double want = strtod(plain, NULL), got = ivl_number_value(&n), decimal = decimal_comma_value(s, used);
      double grouped = dot_groups_value(s, used);
      FUZZ_ASSERT(fabs(got - want) <= 1e-15 * fabs(want) || (decimal >= 0 && fabs(got - decimal) <= 1e-15 * decimal) ||
                      (grouped >= 0 && fabs(got - grouped) <= 1e-15 * grouped),
                  "'%s': %.17g, strtod %.17g", plain, got, want);
    }
  }
  used = ivl_number_words(s, len, &n);
  FUZZ_ASSERT(used <= len, "words %zu of %zu", used, len);
  if (used) check_value(&n, s, used);

  int exp10 = -1;
  used = ivl_magnitude_read(s, len, &exp10);
  FUZZ_ASSERT(used <= len, "magnitude %zu of %zu", used, len);
  if (used) FUZZ_ASSERT(exp10 >= 1 && exp10 <= 15, "magnitude 10^%d", exp10);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* a copy of exactly 'size' bytes, so ASan sees any read past the end */
  char *s = malloc(size ? size : 1);
  if (size) memcpy(s, data, size);
  read_at(s, size);
  if (size) read_at(s + 1, size - 1);
  free(s);
  return 0;
}
