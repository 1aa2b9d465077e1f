/*
** check.h
** A tiny test harness: CHECK records a failure and goes on; the program
** ends with "N passed, N failed" and exits non-zero on any failure.
*/
#ifndef IVLUA_CHECK_H
#define IVLUA_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond, ...)                                                  \
  do {                                                                    \
    if (cond) check_passed++;                                             \
    else {                                                                \
      check_failed++;                                                     \
      fprintf(stderr, "%s:%d: FAIL: ", __FILE__, __LINE__);               \
      fprintf(stderr, __VA_ARGS__);                                       \
      fputc('\n', stderr);                                                \
    }                                                                     \
  } while (0)

static inline int check_done(void) {
  printf("%d passed, %d failed\n", check_passed, check_failed);
  return check_failed ? 1 : 0;
}

#endif
