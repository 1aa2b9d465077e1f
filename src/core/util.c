/*
** util.c
** Growable arrays, byte buffers and error filling for the core.
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <time.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

#include "util.h"

/* Transparent huge pages, where the kernel gives them only when asked
** ("madvise", as on the machine bench/run measures on): a buffer of a long
** article (the fold's text and positions, the words) is touched once, a
** page fault each 4 KB, slow in a virtual machine (a 2 MB article took
** 15,200 faults, 0.13 s of system time, against 1,900 for the same bytes
** as short articles, whose buffers are reused). Asked only for the 2 MB
** pages wholly inside p[0, n), of buffers of IVL_HUGE_FROM bytes or more:
** small ones stay in 4 KB pages. Elsewhere, or refused, nothing is done. */
#define IVL_HUGE_PAGE ((uintptr_t)2 << 20)
#define IVL_HUGE_FROM ((size_t)4 << 20)
void ivl_advise_huge(void *p, size_t n) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  if (!p || n < IVL_HUGE_FROM) return;
  uintptr_t a = ((uintptr_t)p + IVL_HUGE_PAGE - 1) & ~(IVL_HUGE_PAGE - 1);
  uintptr_t e = ((uintptr_t)p + n) & ~(IVL_HUGE_PAGE - 1);
  if (e > a) (void)madvise((void *)a, (size_t)(e - a), MADV_HUGEPAGE);
#else
  (void)p, (void)n;
#endif
}

void *ivl_zeroed_pages(size_t n) {
#if defined(__linux__)
  void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? NULL : p;
#else
  return calloc(1, n);
#endif
}

void ivl_zeroed_pages_free(void *p, size_t n) {
#if defined(__linux__)
  if (p) munmap(p, n);
#else
  (void)n;
  free(p);
#endif
}

int ivl_grow(void **items, size_t *cap, size_t need, size_t size) {
  if (need <= *cap) return 0;
  size_t ncap = *cap ? *cap : 8;
  while (ncap < need) {
    if (ncap > SIZE_MAX / 2 / size) return -1;
    ncap *= 2;
  }
  void *p = realloc(*items, ncap * size);
  if (!p) return -1;
  /* (an array grown past a few MB, a long article's: huge pages spare the
  ** first touch of each 4 KB page its fault, bench/README) */
  ivl_advise_huge(p, ncap * size);
  *items = p;
  *cap = ncap;
  return 0;
}

int ivl_buf_append_slow(ivl_buf *b, const void *p, size_t n) {
  if (n > SIZE_MAX - b->len - 1) return -1;
  if (ivl_grow((void **)&b->data, &b->cap, b->len + n + 1, 1)) return -1;
  if (n) memcpy(b->data + b->len, p, n);
  b->len += n;
  b->data[b->len] = '\0';
  return 0;
}

void ivl_buf_free(ivl_buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

ivl_status ivl_fail(ivl_error *err, ivl_status code, size_t offset, const char *fmt, ...) {
  if (err) {
    va_list ap;
    err->code = code;
    err->offset = offset;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
  }
  return code;
}

char *ivl_strndup(const char *s, size_t n) {
  char *p = malloc(n + 1);
  if (!p) return NULL;
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *ivl_strdup(const char *s) { return ivl_strndup(s, strlen(s)); }

uint64_t ivl_monotonic_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

#define R10(v) v, v, v, v, v, v, v, v, v, v
const uint8_t ivl_ascii_alnum[256] = {['0'] = R10(1), ['A'] = R10(1), R10(1), 1, 1, 1, 1, 1, 1,
                                      ['a'] = R10(1), R10(1), 1, 1, 1, 1, 1, 1};
#undef R10
