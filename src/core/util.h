/*
** util.h
** Small shared helpers of the core: growable arrays, errors, strings.
*/
#ifndef IVLUA_UTIL_H
#define IVLUA_UTIL_H

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include "ivlua.h"

/* FNV-1a over p[0, n), continuing from 'h' (IVL_HASH_START to begin): the
** hash of every table of words and fields in the extractors. */
#define IVL_HASH_START 14695981039346656037u
#define IVL_HASH_PRIME 1099511628211u
static inline uint64_t ivl_hash(uint64_t h, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * IVL_HASH_PRIME;
  return h;
}

/* Eight bytes at a time (SWAR) for the scans over a whole text, which went
** a byte at a time: the word at 'p' (any alignment). */
static inline uint64_t ivl_load8(const char *p) {
  uint64_t w;
  memcpy(&w, p, sizeof w);
  return w;
}

#define IVL_ONES8 0x0101010101010101u
#define IVL_HIGHS8 0x8080808080808080u

/* Nonzero when a byte of 'w' is 'c' (exact as a yes or no, whichever the
** byte order; which byte it is, is not told). */
static inline uint64_t ivl_word_has(uint64_t w, unsigned char c) {
  uint64_t x = w ^ (IVL_ONES8 * c);
  return (x - IVL_ONES8) & ~x & IVL_HIGHS8;
}

/* Nonzero when a byte of 'w' is below 'n' (n at most 128). */
static inline uint64_t ivl_word_has_below(uint64_t w, unsigned char n) {
  return (w - IVL_ONES8 * n) & ~w & IVL_HIGHS8;
}

/* Nonzero when a byte of 'w' is not ASCII. */
static inline uint64_t ivl_word_nonascii(uint64_t w) { return w & IVL_HIGHS8; }

/* Ask for huge pages for the large buffer p[0, n) (util.c says when and
** why); nothing for a small one, or where the system has none. */
void ivl_advise_huge(void *p, size_t n);

/* 'n' bytes of zeros in pages of their own, each touched (faulted in)
** only when first used: an anonymous map where there is one (calloc
** clears all of a large block it takes from the heap), else calloc. NULL
** when out of memory. Freed by ivl_zeroed_pages_free with the same 'n'. */
void *ivl_zeroed_pages(size_t n);
void ivl_zeroed_pages_free(void *p, size_t n);

/* Make room for 'need' elements of 'size' bytes in '*items' (capacity
** '*cap'), growing geometrically. Returns 0 on success, -1 when out of memory
** (the array is then left as it was). */
int ivl_grow(void **items, size_t *cap, size_t need, size_t size);

/* The test of room inline: most calls have it, and every array of the
** extractors grows by one element at a time. */
#define IVL_GROW(arr, cap, need) \
  ((need) <= (cap) ? 0 : ivl_grow((void **)&(arr), &(cap), (need), sizeof *(arr)))

/* A growable byte buffer; 'data' is always NUL-terminated once non-empty. */
typedef struct ivl_buf {
  char *data;
  size_t len, cap;
} ivl_buf;

/* Growing the buffer, out of line: the appends below are inline because
** the JSON writer makes a dozen per entity, mostly a few bytes each. */
int ivl_buf_append_slow(ivl_buf *b, const void *p, size_t n);

static inline int ivl_buf_append(ivl_buf *b, const void *p, size_t n) {
  if (b->cap - b->len <= n) return ivl_buf_append_slow(b, p, n);
  if (n) memcpy(b->data + b->len, p, n);
  b->len += n;
  b->data[b->len] = '\0';
  return 0;
}

static inline int ivl_buf_putc(ivl_buf *b, char c) {
  if (b->cap - b->len <= 1) return ivl_buf_append_slow(b, &c, 1);
  b->data[b->len++] = c;
  b->data[b->len] = '\0';
  return 0;
}

void ivl_buf_free(ivl_buf *b);

ivl_status ivl_fail(ivl_error *err, ivl_status code, size_t offset, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* A monotonic clock in nanoseconds (for time limits, not for dates). */
uint64_t ivl_monotonic_ns(void);

char *ivl_strdup(const char *s);
char *ivl_strndup(const char *s, size_t n);

/* ASCII-only character classes: the core never depends on the C locale. */
static inline int ivl_isdigit(int c) { return c >= '0' && c <= '9'; }
static inline int ivl_isalpha(int c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static inline int ivl_isalnum(int c) { return ivl_isdigit(c) || ivl_isalpha(c); }
/* 1 for the ASCII letters and digits, by byte: ivl_isalnum by a look-up,
** for the loops that ask it of every word's neighbour (rules' run_words,
** names' word_before), where the arithmetic was a tenth of a loop. */
extern const uint8_t ivl_ascii_alnum[256];
static inline int ivl_isupper(int c) { return c >= 'A' && c <= 'Z'; }
static inline int ivl_islower(int c) { return c >= 'a' && c <= 'z'; }
static inline int ivl_isspace(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
static inline int ivl_tolower(int c) { return ivl_isupper(c) ? c + 32 : c; }

/* Case-insensitive (ASCII) comparison of 'n' bytes against a lower-case
** word. Inline: the extractors compare words against lists of words many
** times a sentence, and most comparisons end at the first byte. */
static inline int ivl_ascii_ieq(const char *s, size_t n, const char *lower_word) {
  size_t i;
  for (i = 0; i < n; i++)
    if (lower_word[i] == '\0' || ivl_tolower((unsigned char)s[i]) != (unsigned char)lower_word[i]) return 0;
  return lower_word[i] == '\0';
}

/* Sort base[0, n), elements of 'size' bytes, stably by 'cmp' when they
** come nearly in order: an insertion sort, linear then, and cheaper than
** qsort's calls of the comparison for the few dozen items the extractors
** sort. Should it move elements more than 'moves_each' times n in all
** (the input far from sorted), it gives up and qsort sorts the rest, no
** longer stably; so does an element over IVL_SORT_TMP bytes. Inline, so
** that a constant size and comparison cost no call. */
#define IVL_SORT_TMP 128
static inline void ivl_sort_nearly(void *base, size_t n, size_t size,
                                   int (*cmp)(const void *, const void *), size_t moves_each) {
  unsigned char tmp[IVL_SORT_TMP];
  unsigned char *a = base;
  if (size > sizeof tmp) {
    if (n > 1) qsort(base, n, size, cmp);
    return;
  }
  size_t moves = 0, most = moves_each * n;
  for (size_t i = 1; i < n && moves <= most; i++) {
    if (cmp(a + (i - 1) * size, a + i * size) <= 0) continue; /* in order: most are */
    memcpy(tmp, a + i * size, size);
    size_t j = i - 1;
    while (j > 0 && cmp(a + (j - 1) * size, tmp) > 0) j--;
    memmove(a + (j + 1) * size, a + j * size, (i - j) * size);
    memcpy(a + j * size, tmp, size);
    moves += i - j;
  }
  if (moves > most) qsort(base, n, size, cmp);
}

#endif
