/*
** number.c
** Reading numbers in digits and in words.
*/
#include <math.h>
#include <string.h>

#include "number.h"
#include "util.h"

#define MAX_EXACT_DIGITS 18 /* an int64 holds any 18 decimal digits */

/* 10^k: from a table where the power is exact as a double (what pow
** returns there too; each amount read called pow), else pow. */
static double pow10_of(int k) {
  static const double exact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  return k >= 0 && k < (int)(sizeof exact / sizeof *exact) ? exact[k] : pow(10, k);
}

/* Append one decimal digit to the mantissa, or count it as a dropped
** power of ten once the mantissa is full. 'fraction': after the point. */
static void push_digit(ivl_number *n, int d, int fraction, int *ndigits) {
  if (*ndigits < MAX_EXACT_DIGITS) {
    n->mantissa = n->mantissa * 10 + d;
    if (n->mantissa) (*ndigits)++;
    if (fraction) n->scale++;
  } else {
    n->truncated = 1;
    if (!fraction) n->exp10++;
  }
}

static size_t run_of_digits(const char *s, size_t len, size_t i) {
  size_t j = i;
  while (j < len && ivl_isdigit((unsigned char)s[j])) j++;
  return j - i;
}

int ivl_space_group_at(const char *s, size_t len, size_t i) {
  if (i + 4 > len || s[i] != ' ' || run_of_digits(s, len, i + 1) != 3) return 0;
  if (s[i + 1] != '7' || s[i + 3] != '7' || i + 6 > len || (s[i + 4] != ' ' && s[i + 4] != '-')) return 1;
  const char *after = s + i + 5;
  return !(ivl_isdigit((unsigned char)after[0]) || after[0] == 'M' || after[0] == 'D'); /* MAX, Max, Dreamliner */
}

size_t ivl_space_groups_end(const char *s, size_t len, size_t start, size_t e) {
  if (e - start < 1 || e - start > 3 || s[start] == '0') return e;
  while (ivl_space_group_at(s, len, e)) e += 4;
  return e;
}

/* Is s[i] a decimal comma ("NOK 4,3 billion", "1,5 milliard euro",
** "€1,2bn")? One or two digits after it, then a magnitude word, as
** fragments.c's DECIMAL_COMMA reads it; elsewhere ("1,20", "items 1,5 and
** 7") the comma ends the number. */
static int decimal_comma_at(const char *s, size_t len, size_t i) {
  size_t n = i < len && s[i] == ',' ? run_of_digits(s, len, i + 1) : 0;
  if (n < 1 || n > 2) return 0;
  size_t p = i + 1 + n;
  while (p < len && (s[p] == ' ' || s[p] == '\t' || s[p] == '-')) p++;
  int exp10;
  return p < len && ivl_magnitude_read(s + p, len - p, &exp10) > 1;
}

/* Is a Vietnamese magnitude at s[i], after spaces or a hyphen (one of
** the magnitudes below; a dot before it groups thousands: "1.200 tỷ")? */
static int vietnamese_magnitude_at(const char *s, size_t len, size_t i) {
  static const char *const words[] = {"triệu", "trieu", "tỷ", "ty"};
  while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '-')) i++;
  size_t j = i;
  while (j < len && (ivl_isalpha((unsigned char)s[j]) || (unsigned char)s[j] >= 0x80)) j++;
  if (j == i || (j < len && ivl_isdigit((unsigned char)s[j]))) return 0;
  for (size_t k = 0; k < sizeof words / sizeof *words; k++)
    if (ivl_ascii_ieq(s + i, j - i, words[k])) return 1;
  return 0;
}

/* The end of the thousands that dots group after 'first' leading digits,
** as Vietnamese writes them, where the number cannot be English: a
** decimal comma follows before a magnitude ("4.120,6 million"), or a
** Vietnamese magnitude ("1.200 tỷ"); else 0 (fragments.c's DOT_GROUPS). */
static size_t dot_groups_end(const char *s, size_t len, size_t first) {
  if (first < 1 || first > 3 || s[0] == '0') return 0;
  size_t i = first;
  while (i + 4 <= len && s[i] == '.' && run_of_digits(s, len, i + 1) == 3) i += 4;
  if (i == first) return 0;
  return decimal_comma_at(s, len, i) || vietnamese_magnitude_at(s, len, i) ? i : 0;
}

size_t ivl_number_digits(const char *s, size_t len, ivl_number *out) {
  memset(out, 0, sizeof *out);
  size_t first = run_of_digits(s, len, 0), i, ndigits = 0;
  int nd = 0;
  if (first == 0) return 0;
  size_t dotted = dot_groups_end(s, len, first);
  if (dotted) {
    for (i = 0; i < dotted; i++)
      if (s[i] != '.') push_digit(out, s[i] - '0', 0, &nd);
    if (!decimal_comma_at(s, len, i)) return i;
    ndigits = run_of_digits(s, len, i + 1);
    for (size_t k = 1; k <= ndigits; k++) push_digit(out, s[i + k] - '0', 1, &nd);
    return i + 1 + ndigits;
  }
  for (i = 0; i < first; i++) push_digit(out, s[i] - '0', 0, &nd);
  /* thousands groups: ",ddd" or " ddd" repeated, one separator throughout,
  ** only after 1-3 leading digits (fragments.c's number_digits) */
  size_t spaced_end = ivl_space_groups_end(s, len, 0, i);
  while (first <= 3 && (spaced_end > first ? i < spaced_end
                                           : i + 4 <= len && s[i] == ',' && run_of_digits(s, len, i + 1) == 3)) {
    for (size_t k = 1; k <= 3; k++) push_digit(out, s[i + k] - '0', 0, &nd);
    i += 4;
  }
  if (first <= 3 && i == first && decimal_comma_at(s, len, i)) {
    ndigits = run_of_digits(s, len, i + 1);
    for (size_t k = 1; k <= ndigits; k++) push_digit(out, s[i + k] - '0', 1, &nd);
    return i + 1 + ndigits;
  }
  if (i + 1 < len && s[i] == '.' && ivl_isdigit((unsigned char)s[i + 1])) {
    ndigits = run_of_digits(s, len, i + 1);
    for (size_t k = 1; k <= ndigits; k++) push_digit(out, s[i + k] - '0', 1, &nd);
    i += 1 + ndigits;
  }
  return i;
}

/* {======================================================================
** Number words
** ======================================================================= */

typedef enum { W_UNIT, W_TENS, W_HUNDRED, W_DOZEN, W_SCALE, W_HALF, W_QUARTER, W_A, W_POINT } word_kind;

typedef struct number_word {
  const char *word;
  word_kind kind;
  double value; /* W_SCALE: the power of ten */
} number_word;

static const number_word number_words[] = {
  {"zero", W_UNIT, 0}, {"one", W_UNIT, 1}, {"two", W_UNIT, 2}, {"three", W_UNIT, 3},
  {"four", W_UNIT, 4}, {"five", W_UNIT, 5}, {"six", W_UNIT, 6}, {"seven", W_UNIT, 7},
  {"eight", W_UNIT, 8}, {"nine", W_UNIT, 9}, {"ten", W_UNIT, 10}, {"eleven", W_UNIT, 11},
  {"twelve", W_UNIT, 12}, {"thirteen", W_UNIT, 13}, {"fourteen", W_UNIT, 14},
  {"fifteen", W_UNIT, 15}, {"sixteen", W_UNIT, 16}, {"seventeen", W_UNIT, 17},
  {"eighteen", W_UNIT, 18}, {"nineteen", W_UNIT, 19}, {"twenty", W_TENS, 20},
  {"thirty", W_TENS, 30}, {"forty", W_TENS, 40}, {"fifty", W_TENS, 50}, {"sixty", W_TENS, 60},
  {"seventy", W_TENS, 70}, {"eighty", W_TENS, 80}, {"ninety", W_TENS, 90},
  {"hundred", W_HUNDRED, 100}, {"dozen", W_DOZEN, 12}, {"thousand", W_SCALE, 3},
  {"million", W_SCALE, 6}, {"billion", W_SCALE, 9}, {"trillion", W_SCALE, 12},
  {"half", W_HALF, 0.5}, {"quarters", W_QUARTER, 0.25}, {"quarter", W_QUARTER, 0.25},
  {"a", W_A, 1}, {"an", W_A, 1}, {"point", W_POINT, 0},
};

/* The number word at s[i..len) that ends at a word boundary, or NULL. */
static const number_word *word_at(const char *s, size_t len, size_t i, size_t *wlen) {
  size_t j = i;
  while (j < len && ivl_isalpha((unsigned char)s[j])) j++;
  if (j == i || (j < len && (unsigned char)s[j] >= 0x80)) return NULL;
  for (size_t k = 0; k < sizeof number_words / sizeof *number_words; k++)
    if (ivl_ascii_ieq(s + i, j - i, number_words[k].word)) {
      *wlen = j - i;
      return &number_words[k];
    }
  return NULL;
}

/* Skip what may stand between two number words: spaces, one hyphen, "and". */
static size_t separator(const char *s, size_t len, size_t i) {
  size_t j = i;
  while (j < len && s[j] == ' ') j++;
  if (j < len && s[j] == '-' && j == i) return j + 1;
  if (j > i && j + 4 <= len && ivl_ascii_ieq(s + j, 3, "and") && s[j + 3] == ' ')
    for (j += 3; j < len && s[j] == ' ';) j++;
  return j;
}

/* Is the word after the separator at s[i] a digit word ("zero" to "nine")?
** A spoken decimal point is one only before such a word: "one point two
** billion", not "at one point, two". */
static int digit_word_after(const char *s, size_t len, size_t i) {
  size_t wlen, j = separator(s, len, i);
  const number_word *w = j > i ? word_at(s, len, j, &wlen) : NULL;
  return w && w->kind == W_UNIT && w->value <= 9;
}

size_t ivl_number_words(const char *s, size_t len, ivl_number *out) {
  double total = 0, cur = 0, frac = 0, frac_div = 0; /* frac_div: after "point", 10^digits read */
  size_t i = 0, end = 0, wlen;
  int nwords = 0, pending_a = 0;
  double top_scale = 0; /* the highest power of ten a scale word has brought */
  memset(out, 0, sizeof *out);
  while (i < len) {
    const number_word *w = word_at(s, len, i, &wlen);
    if (!w) break;
    if (w->kind == W_POINT) { /* spoken decimals: "four point one billion" */
      if (nwords == 0 || pending_a || frac_div || !digit_word_after(s, len, i + wlen)) break;
      frac_div = 1;
      i = separator(s, len, i + wlen);
      continue;
    }
    if (frac_div) { /* after "point": digit words, then at most a magnitude */
      if (w->kind == W_UNIT && w->value <= 9) {
        frac = frac * 10 + w->value, frac_div *= 10;
      } else if (w->kind == W_SCALE) {
        /* (whole * 10^k + digits) * 10^p / 10^k, exact as the digits' path is */
        total += (cur * frac_div + frac) * pow10_of((int)w->value) / frac_div;
        cur = frac = frac_div = 0;
        end = i + wlen;
        break;
      } else {
        break;
      }
      nwords++;
      end = i + wlen;
      i = separator(s, len, end);
      continue;
    }
    if (w->kind == W_A) { /* "a million", "a hundred": only before such a word */
      if (pending_a) break;
      pending_a = 1;
      i = separator(s, len, i + wlen);
      continue;
    }
    if (pending_a && (w->kind == W_UNIT || w->kind == W_TENS)) break;
    switch (w->kind) {
    case W_UNIT: case W_TENS: cur += w->value; break;
    case W_HUNDRED: case W_DOZEN: cur = (cur ? cur : 1) * w->value; break;
    case W_SCALE:
      /* "one thousand two hundred and fifty billion": a scale above every
      ** one read so far multiplies all that came before it (1,250 billion),
      ** as a filing's sum in words has it; a lower one adds ("two million
      ** three hundred thousand") */
      if (w->value > top_scale && total > 0) total = (total + cur) * pow10_of((int)w->value);
      else total += (cur ? cur : 1) * pow10_of((int)w->value);
      if (w->value > top_scale) top_scale = w->value;
      cur = 0;
      break;
    case W_HALF: cur = cur ? cur + 0.5 : 0.5; break;
    case W_QUARTER: cur = (cur ? cur : 1) * 0.25; break;
    case W_A: case W_POINT: break;
    }
    if (nwords == 0 && w->kind == W_SCALE && !pending_a) return 0; /* "million" alone */
    pending_a = 0;
    nwords++;
    end = i + wlen;
    i = separator(s, len, end);
  }
  if (nwords == 0) return 0;
  if (frac_div) cur += frac / frac_div;
  out->words = total + cur;
  out->is_words = 1;
  return end;
}

/* }====================================================================== */

size_t ivl_number_read(const char *s, size_t len, ivl_number *out) {
  size_t n = ivl_number_digits(s, len, out);
  return n ? n : ivl_number_words(s, len, out);
}

typedef struct magnitude {
  const char *word;
  int exp10;
  int needs_attach; /* single letters: only right after the digits */
} magnitude;

static const magnitude magnitudes[] = {
  {"thousand", 3, 0}, {"million", 6, 0}, {"billion", 9, 0}, {"trillion", 12, 0},
  {"mln", 6, 0}, {"mn", 6, 0}, {"mil", 6, 0}, {"bln", 9, 0}, {"bn", 9, 0}, {"bil", 9, 0}, {"tn", 12, 0}, {"trn", 12, 0}, {"tln", 12, 0},
  /* the "tril" beside "bil" and "mil" of Malaysian and Singapore
  ** headlines: "VND1.18 tril" (set qweek93) */
  {"tril", 12, 0},
  {"lakh", 5, 0}, {"crore", 7, 0}, {"k", 3, 1}, {"m", 6, 1}, {"b", 9, 1},
  /* the Nordic and Benelux press's (fragments.c EUROPEAN_MAGNITUDES) */
  {"milliard", 9, 0}, {"milliards", 9, 0}, {"mia", 9, 0}, {"mrd", 9, 0}, {"mio", 6, 0}, {"mill", 6, 0},
  /* and the plurals of the French, Spanish, Italian and German press's */
  {"millions", 6, 0}, {"millones", 6, 0}, {"milioni", 6, 0}, {"miliardi", 9, 0},
  {"millionen", 6, 0}, {"milliarden", 9, 0},
  /* and the Vietnamese a machine translation leaves (fragments.c
  ** VIETNAMESE_MAGNITUDES): "985,3 triệu USD", "1.200 tỷ đồng" */
  {"triệu", 6, 0}, {"trieu", 6, 0}, {"tỷ", 9, 0}, {"ty", 9, 0},
};

/* The magnitude word at s[0..len) and its length in bytes, or NULL. A
** word runs over ASCII letters and the bytes of other UTF-8 letters
** ("tỷ"); one that goes on into a digit is none. */
static const magnitude *magnitude_at(const char *s, size_t len, size_t *wlen) {
  size_t j = 0;
  while (j < len && (ivl_isalpha((unsigned char)s[j]) || (unsigned char)s[j] >= 0x80)) j++;
  if (j == 0 || (unsigned char)s[0] >= 0x80 || (j < len && ivl_isdigit((unsigned char)s[j]))) return NULL;
  for (size_t k = 0; k < sizeof magnitudes / sizeof *magnitudes; k++)
    if (ivl_ascii_ieq(s, j, magnitudes[k].word)) {
      *wlen = j;
      return &magnitudes[k];
    }
  return NULL;
}

size_t ivl_magnitude_read(const char *s, size_t len, int *exp10) {
  size_t j;
  const magnitude *m = magnitude_at(s, len, &j);
  if (!m) return 0;
  *exp10 = m->exp10;
  return j;
}

double ivl_number_value(const ivl_number *n) {
  if (n->is_words) return n->words * pow10_of(n->exp10);
  int shift = n->exp10 - n->scale;
  double m = (double)n->mantissa;
  if (shift >= 0) {
    /* exact while the result stays below 2^53 */
    return m * pow10_of(shift);
  }
  return m / pow10_of(-shift); /* one correctly rounded division */
}

int ivl_number_is_integer(const ivl_number *n) {
  double v = ivl_number_value(n);
  return isfinite(v) && v == floor(v);
}

int ivl_is_whole(double v) { return isfinite(v) && v == trunc(v); }
