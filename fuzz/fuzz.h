/*
** fuzz.h
** What the libFuzzer targets of fuzz/ share: an assertion that aborts (so
** libFuzzer keeps the input as a crash) and the checks every target makes
** of the spans it is given back.
*/
#ifndef IVLUA_FUZZ_H
#define IVLUA_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define FUZZ_ASSERT(cond, ...)                                                \
  do {                                                                        \
    if (!(cond)) {                                                            \
      fprintf(stderr, "%s:%d: fuzz assertion '%s' failed: ", __FILE__, __LINE__, #cond); \
      fprintf(stderr, __VA_ARGS__);                                           \
      fputc('\n', stderr);                                                    \
      abort();                                                                \
    }                                                                         \
  } while (0)

/* Is 'pos' a character boundary of the UTF-8 text s[0..len)? */
static inline int fuzz_boundary(const char *s, size_t len, size_t pos) {
  return pos == 0 || pos == len || (pos < len && ((unsigned char)s[pos] & 0xC0) != 0x80);
}

/* A span [start, end) of s[0..len) that starts and ends on characters. */
#define FUZZ_SPAN(s, len, start, end, what)                                    \
  FUZZ_ASSERT((start) <= (end) && (end) <= (len) && fuzz_boundary(s, len, start) && \
                  fuzz_boundary(s, len, end),                                  \
              "%s [%zu, %zu) of %zu bytes", what, (size_t)(start), (size_t)(end), (size_t)(len))

#endif
