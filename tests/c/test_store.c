/*
** test_store.c
** ivl_store_sort: two runs in order (merged) and any order (qsort) give the
** order of a stable sort by start, longer first, type.
*/
#include <stdlib.h>

#include "check.h"
#include "store.h"

static int by_position_ref(const void *pa, const void *pb) {
  const ivl_entity *a = pa, *b = pb;
  if (a->start != b->start) return a->start < b->start ? -1 : 1;
  if (a->end != b->end) return a->end > b->end ? -1 : 1;
  if (a->type != b->type) return a->type < b->type ? -1 : 1;
  return a->field0 < b->field0 ? -1 : a->field0 > b->field0;
}

static int by_uint(const void *a, const void *b) {
  unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
  return x < y ? -1 : x > y;
}

static void check_sort(size_t n, size_t split, unsigned range) {
  ivl_store s = {0};
  unsigned *starts = malloc((n + 1) * sizeof *starts);
  for (size_t i = 0; i < n; i++) starts[i] = (unsigned)rand() % range;
  if (split) {
    qsort(starts, split, sizeof *starts, by_uint);
    qsort(starts + split, n - split, sizeof *starts, by_uint);
  }
  for (size_t i = 0; i < n; i++) {
    /* a run in order by start may still be out of order by end: keep the
    ** length fixed within a run */
    unsigned len = split ? (i < split ? 3u : 5u) : 1u + (unsigned)rand() % 4;
    ivl_store_begin(&s, split ? 1 : rand() % 3, 0, 0, 0, starts[i], starts[i] + len);
    if (rand() % 3) ivl_store_num(&s, 1, (double)i);
  }
  ivl_entity *want = malloc((n + 1) * sizeof *want);
  if (n) memcpy(want, s.ents, n * sizeof *want);
  /* a stable sort of the reference: insertion sort */
  for (size_t i = 1; i < n; i++)
    for (size_t j = i; j > 0 && by_position_ref(&want[j - 1], &want[j]) > 0; j--) {
      ivl_entity t = want[j];
      want[j] = want[j - 1];
      want[j - 1] = t;
    }
  ivl_store_sort(&s);
  CHECK(s.n == n && (n == 0 || memcmp(s.ents, want, n * sizeof *want) == 0), "sort of %zu (split %zu, range %u)", n,
        split, range);
  free(want);
  free(starts);
  ivl_store_free(&s);
}

int main(void) {
  srand(11);
  for (int round = 0; round < 300; round++) {
    size_t n = (size_t)(rand() % 60);
    size_t split = n ? (size_t)(rand() % (int)(n + 1)) : 0;
    unsigned range = round % 2 ? 10u : 1000u;
    check_sort(n, split, range);
    check_sort(n, 0, range);
  }
  check_sort(0, 0, 10);
  check_sort(1, 1, 10);
  return check_done();
}
