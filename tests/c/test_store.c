/*
** test_store.c
** ivl_store_sort: two runs in order (merged) and any order (qsort) give the
** order of a stable sort by start, longer first, type. Strings put at once
** (ivl_store_put, ivl_store_str_at) lie in the pool and the fields as
** ivl_store_str() lays them, one by one.
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

/* A name and two fields, as a gazetteer entry stores them: one copy. */
static void check_put(void) {
  ivl_store one = {0}, all = {0};
  static const char strs[] = "Hà Nội\0city\0capital";
  ivl_store_begin(&one, 1, 0, 0, 6, 0, 6);
  ivl_store_begin(&all, 1, 0, 0, 6, 0, 6);
  ivl_store_str(&one, 2, "x", 1); /* a string before: offsets are the pool's, not 0 */
  ivl_store_str(&all, 2, "x", 1);
  size_t n0 = strlen(strs), n1 = strlen(strs + n0 + 1), n2 = strlen(strs + n0 + n1 + 2);
  ivl_store_str(&one, 3, strs, n0);
  ivl_store_str(&one, 4, strs + n0 + 1, n1);
  ivl_store_str(&one, 5, strs + n0 + n1 + 2, n2);
  long base = ivl_store_put(&all, strs, sizeof strs);
  CHECK(base == 2, "put at the pool's end: %ld", base);
  ivl_store_str_at(&all, 3, (size_t)base, n0);
  ivl_store_str_at(&all, 4, (size_t)base + n0 + 1, n1);
  ivl_store_str_at(&all, 5, (size_t)base + n0 + n1 + 2, n2);
  CHECK(one.strings.len == all.strings.len && memcmp(one.strings.data, all.strings.data, one.strings.len + 1) == 0,
        "the same pool");
  CHECK(one.nfields == all.nfields && memcmp(one.fields, all.fields, one.nfields * sizeof *one.fields) == 0 &&
          one.ents[0].nfields == all.ents[0].nfields,
        "the same fields");
  CHECK(strcmp(ivl_store_string(&all, ivl_store_field(&all, &all.ents[0], 5)), "capital") == 0, "a field's string");
  ivl_store_free(&one);
  ivl_store_free(&all);
}

int main(void) {
  check_put();
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
