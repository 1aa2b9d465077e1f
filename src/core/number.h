/*
** number.h
** The one number reader every quantity rule uses: digits with ','
** grouping and '.' decimals, number words ("twenty-one", "one hundred and
** five", "three quarters"), and magnitude words ("million", "bn", "m").
** Values are computed exactly where a double can hold them; digits beyond
** what fits are detected and counted as a power of ten, never overflowed.
*/
#ifndef IVLUA_NUMBER_H
#define IVLUA_NUMBER_H

#include <stddef.h>
#include <stdint.h>

typedef struct ivl_number {
  int64_t mantissa; /* digits, decimal point removed (digit form) */
  int scale;        /* digits after the decimal point */
  int exp10;        /* power of ten applied on top: magnitudes, dropped digits */
  double words;     /* the value, for the word form */
  int is_words;
  int truncated;    /* digits were dropped: the value is approximate */
} ivl_number;

/* Read a number in digits at s[0..len). Returns the bytes consumed, 0 if
** there is none. Grouping must be in threes ("1,200"); a bad group ends the
** number before its comma. */
size_t ivl_number_digits(const char *s, size_t len, ivl_number *out);

/* Is s[i..] a space-separated thousands group: ' ', exactly three digits,
** and not a Boeing model after a count ("50 737 MAX jets", "12 787-9s",
** "20 787 Dreamliners")? fragments.c's number_digits asks the same. */
int ivl_space_group_at(const char *s, size_t len, size_t i);

/* Where the space-separated groups after a number's leading digits
** s[start..e) end: e itself unless there are one to three leading digits,
** the first not '0' ("0 015" and "010 000" are no numbers of thousands),
** else past every group. number.c, gate.c, quantity.c and fragments.c's
** number_digits read the same end. */
size_t ivl_space_groups_end(const char *s, size_t len, size_t start, size_t e);

/* Read a number in words (case-insensitive). Returns bytes consumed. */
size_t ivl_number_words(const char *s, size_t len, ivl_number *out);

/* Digits or words. */
size_t ivl_number_read(const char *s, size_t len, ivl_number *out);

/* Read a magnitude word ("thousand", "million", "mln", "bn", "m", "k" ...)
** as a power of ten; it must end at a word boundary. Returns bytes consumed. */
size_t ivl_magnitude_read(const char *s, size_t len, int *exp10);

/* The number's value times 10^exp10. */
double ivl_number_value(const ivl_number *n);

/* Is v a whole number? Finite values only; any size, since a value beyond
** an integer type must stay a double, never be cast (undefined behaviour). */
int ivl_is_whole(double v);

/* Is the value a whole number (no fraction left after exp10)? */
int ivl_number_is_integer(const ivl_number *n);

#endif
