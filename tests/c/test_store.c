/*
** test_store.c
** ivl_store_sort: two runs in order (merged), more runs (merged two by two)
** and any order give the order of a stable sort by start, longer first, type.
** Strings put at once (ivl_store_put, ivl_store_str_at) lie in the pool and
** the fields as ivl_store_str() lays them, one by one.
** ivl_store_add_fields: the same entities and fields as building the store
** anew with the fields added (what ivl_fx_annotate did before).
** ivl_store_str: the pool the same bytes as appending each string and its
** NUL to an ivl_buf (what it did before), NUL-ended, across its growth,
** short strings (copied inline) and long ones (by memcpy).
** ivl_store_drop_marked: the same entities kept, in order, as copying
** each kept one down in turn (what it did before).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "store.h"
#include "symbols.h"

/* n entities, each dropped with odds 1 in 'odds' (none, all, runs of
** both), dropped by blocks and by the reference one at a time. */
static void check_drop(size_t n, int odds) {
  ivl_store s = {0};
  ivl_entity *want = malloc((n + 1) * sizeof *want);
  size_t nwant = 0;
  for (size_t i = 0; i < n; i++) {
    ivl_store_begin(&s, (int)(i % 7), (int)(i % 5), i, i + 3, 2 * i, 2 * i + 5);
    if (odds && rand() % odds == 0) s.ents[s.n - 1].rule = IVL_STORE_DROPPED;
    else want[nwant++] = s.ents[s.n - 1];
  }
  ivl_store_drop_marked(&s);
  int same = s.n == nwant;
  for (size_t i = 0; same && i < nwant; i++)
    same = s.ents[i].start == want[i].start && s.ents[i].rule == want[i].rule &&
           s.ents[i].type == want[i].type && s.ents[i].field0 == want[i].field0;
  CHECK(same, "%zu entities, 1 in %d dropped: %zu kept, %zu by the reference", n, odds, s.n, nwant);
  free(want);
  ivl_store_free(&s);
}

static int by_position_ref(const void *pa, const void *pb) {
  const ivl_entity *a = pa, *b = pb;
  if (a->start != b->start) return a->start < b->start ? -1 : 1;
  if (a->end != b->end) return a->end > b->end ? -1 : 1;
  if (a->type != b->type) return a->type < b->type ? -1 : 1;
  return a->field0 < b->field0 ? -1 : a->field0 > b->field0;
}

static int by_size(const void *a, const void *b) {
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  return x < y ? -1 : x > y;
}

static int by_uint(const void *a, const void *b) {
  unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
  return x < y ? -1 : x > y;
}

/* n entities by start, in runs in order ending at ends[0, nends) (the
** last n), each of its own length; in no order when nends is 0. */
static void check_sort_runs(size_t n, const size_t *ends, size_t nends, unsigned range) {
  ivl_store s = {0};
  unsigned *starts = malloc((n + 1) * sizeof *starts);
  for (size_t i = 0; i < n; i++) starts[i] = (unsigned)rand() % range;
  for (size_t j = 0, from = 0; j < nends; from = ends[j++])
    qsort(starts + from, ends[j] - from, sizeof *starts, by_uint);
  for (size_t i = 0, run = 0; i < n; i++) {
    /* a run in order by start may still be out of order by end: keep the
    ** length fixed within a run */
    while (run < nends && i >= ends[run]) run++;
    unsigned len = nends ? 3u + 2u * (unsigned)run : 1u + (unsigned)rand() % 4;
    ivl_store_begin(&s, nends ? 1 : rand() % 3, 0, 0, 0, starts[i], starts[i] + len);
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
  CHECK(s.n == n && (n == 0 || memcmp(s.ents, want, n * sizeof *want) == 0), "sort of %zu (%zu runs, range %u)", n,
        nends, range);
  free(want);
  free(starts);
  ivl_store_free(&s);
}

/* Two runs split at 'split' (merged in place), or in no order (split 0). */
static void check_sort(size_t n, size_t split, unsigned range) {
  size_t ends[2] = {split, n};
  check_sort_runs(n, ends, split ? 2 : 0, range);
}

/* n entities in k runs in order, cut at random (merged two by two). */
static void check_sort_k_runs(size_t n, size_t k) {
  size_t ends[16];
  for (size_t j = 0; j + 1 < k; j++) ends[j] = (size_t)rand() % (n + 1);
  qsort(ends, k - 1, sizeof *ends, by_size);
  ends[k - 1] = n;
  check_sort_runs(n, ends, k, 1000u);
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

/* Field 'i' of entity 'e' of 'a' and 'b' are the same: key, kind, value. */
static int same_field(const ivl_store *a, const ivl_field *fa, const ivl_store *b, const ivl_field *fb) {
  if (fa->key != fb->key || fa->kind != fb->kind || fa->len != fb->len) return 0;
  if (fa->kind == IVL_FIELD_NUM) return fa->v.num == fb->v.num;
  if (fa->kind == IVL_FIELD_STR) return memcmp(ivl_store_string(a, fa), ivl_store_string(b, fb), fa->len + 1) == 0;
  return memcmp(ivl_store_refs_of(a, fa), ivl_store_refs_of(b, fb), fa->len * sizeof(uint32_t)) == 0;
}

static void check_add_fields(size_t n) {
  static const char *const words[] = {"a", "Hanoi", "", "Samsung Electronics"};
  ivl_store s = {0}, want = {0};
  ivl_field_add *adds = malloc((3 * n + 1) * sizeof *adds);
  size_t nadds = 0;
  for (size_t i = 0; i < n; i++) {
    ivl_store_begin(&s, 1, 0, 0, 0, i, i + 1);
    for (int k = rand() % 4; k > 0; k--) {
      const char *w = words[rand() % 4];
      uint32_t ref = (uint32_t)i;
      if (k % 3 == 0) ivl_store_refs(&s, 5, &ref, 1);
      else if (k % 2) ivl_store_str(&s, 2 + k, w, strlen(w));
      else ivl_store_num(&s, 7, (double)i);
    }
    if (rand() % 5 == 0) { /* dropped: its fields stay in the pool, unreferenced */
      s.ents[s.n - 1].rule = IVL_STORE_DROPPED;
      continue;
    }
    for (int k = rand() % 4; k > 0; k--) {
      adds[nadds] = (ivl_field_add){s.n - 1, {(uint16_t)(20 + k), IVL_FIELD_NUM, 0, {0}}};
      adds[nadds++].f.v.num = (double)k / 4;
    }
  }
  ivl_store_drop_marked(&s);
  /* entity indices of the adds, after the drop: count kept entities */
  for (size_t i = 0, j = 0; i < nadds; i++) {
    while (j < s.n && s.ents[j].start < adds[i].ent) j++;
    adds[i].ent = j;
  }
  /* the old way: each entity begun anew, its fields copied, then the adds */
  for (size_t i = 0, j = 0; i < s.n; i++) {
    const ivl_entity *e = &s.ents[i];
    ivl_store_begin(&want, e->type, e->rule, e->vstart, e->vend, e->start, e->end);
    for (uint32_t k = 0; k < e->nfields; k++) {
      const ivl_field *f = &s.fields[e->field0 + k];
      if (f->kind == IVL_FIELD_NUM) ivl_store_num(&want, f->key, f->v.num);
      else if (f->kind == IVL_FIELD_STR) ivl_store_str(&want, f->key, ivl_store_string(&s, f), f->len);
      else ivl_store_refs(&want, f->key, ivl_store_refs_of(&s, f), f->len);
    }
    for (; j < nadds && adds[j].ent == i; j++) ivl_store_num(&want, adds[j].f.key, adds[j].f.v.num);
  }
  int ok = ivl_store_add_fields(&s, adds, nadds) == 0 && s.n == want.n;
  for (size_t i = 0; ok && i < s.n; i++) {
    const ivl_entity *e = &s.ents[i], *w = &want.ents[i];
    ok = e->start == w->start && e->nfields == w->nfields;
    for (uint32_t k = 0; ok && k < e->nfields; k++)
      ok = same_field(&s, &s.fields[e->field0 + k], &want, &want.fields[w->field0 + k]);
    /* the first field of each key, as an indexed walk finds it */
    for (int key = 0; ok && key < 30; key++) {
      const ivl_field *first = NULL;
      for (uint32_t k = e->nfields; k-- > 0;)
        if (s.fields[e->field0 + k].key == key) first = &s.fields[e->field0 + k];
      ok = ivl_store_field(&s, e, key) == first;
    }
    /* in entity order, as a store built anew: the sort's tie-break holds */
    ok = ok && (i == 0 || e->field0 > s.ents[i - 1].field0 || s.ents[i - 1].nfields == 0);
  }
  CHECK(ok, "add fields to %zu entities (%zu adds)", n, nadds);
  /* out of order, or past the last entity: refused, the store unchanged */
  if (s.n >= 2) {
    size_t nf = s.nfields;
    ivl_field_add bad[2] = {{1, {20, IVL_FIELD_NUM, 0, {0}}}, {0, {21, IVL_FIELD_NUM, 0, {0}}}};
    ivl_field_add past = {s.n, {20, IVL_FIELD_NUM, 0, {0}}};
    CHECK(ivl_store_add_fields(&s, bad, 2) == -1 && ivl_store_add_fields(&s, &past, 1) == -1 && s.nfields == nf,
          "adds out of order or past the end are refused (%zu entities)", s.n);
  }
  /* more can be stored after */
  CHECK(n == 0 || (ivl_store_begin(&s, 1, 0, 0, 0, n, n + 1) == 0 && ivl_store_num(&s, 7, 1) == 0 &&
                   s.ents[s.n - 1].nfields == 1 && s.fields[s.ents[s.n - 1].field0].v.num == 1),
        "store after adding fields to %zu", n);
  free(adds);
  ivl_store_free(&s);
  ivl_store_free(&want);
}

static void check_strings(size_t n) {
  static const char text[] = "Samsung Electronics invested US$ 2.5 billion in Bac Ninh\"\\ province";
  ivl_store s = {0};
  ivl_buf want = {0};
  int ok = 1;
  ivl_store_begin(&s, 1, 0, 0, 0, 0, 1);
  for (size_t i = 0; i < n && ok; i++) {
    size_t from = (size_t)rand() % sizeof text, len = (size_t)rand() % (sizeof text - from);
    size_t off = want.len;
    if (rand() % 50 == 0) len = 0;
    ok = ivl_store_str(&s, 3, text + from, len) == 0 && ivl_buf_append(&want, text + from, len) == 0 &&
         ivl_buf_putc(&want, 0) == 0;
    const ivl_field *f = &s.fields[s.nfields - 1];
    ok = ok && f->kind == IVL_FIELD_STR && f->len == len && f->v.off == off && s.strings.len == want.len &&
         memcmp(s.strings.data, want.data, want.len + 1) == 0 && s.strings.data[s.strings.len] == '\0';
  }
  CHECK(ok && s.ents[0].nfields == n, "%zu strings stored", n);
  ivl_store none = {0}; /* no entity to take the field: an error, short or not */
  CHECK(ivl_store_str(&none, 3, text, 5) == -1 && ivl_store_str(&none, 3, text, 40) == -1, "a string with no entity");
  ivl_store_free(&none);
  ivl_buf_free(&want);
  ivl_store_free(&s);
}

/* ivl_sym_find looks in the added names first, then the built-ins: each
** built-in and added name is found as itself, by its length only (not a
** longer or shorter name sharing its start), and a name never interned
** is not. */
static void check_symbols(void) {
  static const char *const added[] = {"province", "province_2025", "p", "pa", "kind", "moneys", "countr"};
  int ids[sizeof added / sizeof *added];
  for (size_t i = 0; i < sizeof added / sizeof *added; i++) ids[i] = ivl_sym_intern(added[i], strlen(added[i]));
  for (int id = 1; id < IVL_SYM_BUILTIN_COUNT; id++) {
    const char *name = ivl_sym_name(id);
    size_t n = strlen(name);
    CHECK(ivl_sym_find(name, n) == id, "built-in '%s'", name);
    CHECK(ivl_sym_intern(name, n) == id, "built-in '%s' interned again", name);
    char longer[64];
    snprintf(longer, sizeof longer, "%sz", name);
    CHECK(ivl_sym_find(longer, n + 1) == IVL_SYM_NONE && ivl_sym_find(name, n - 1) != id, "'%s' longer, shorter", name);
    CHECK(ivl_sym_find(longer, n) == id, "'%s' by its length in a longer text", name);
  }
  for (size_t i = 0; i < sizeof added / sizeof *added; i++) {
    CHECK(ids[i] >= IVL_SYM_BUILTIN_COUNT && ivl_sym_find(added[i], strlen(added[i])) == ids[i] &&
              strcmp(ivl_sym_name(ids[i]), added[i]) == 0, "added '%s'", added[i]);
    CHECK(ivl_sym_intern(added[i], strlen(added[i])) == ids[i], "added '%s' interned again", added[i]);
  }
  CHECK(ivl_sym_find("provinc", 7) == IVL_SYM_NONE && ivl_sym_find("province_", 9) == IVL_SYM_NONE &&
            ivl_sym_find("", 0) == IVL_SYM_NONE && ivl_sym_find("pb", 2) == IVL_SYM_NONE,
        "names never interned");
  CHECK(ivl_sym_find("country", 7) == IVL_SYM_COUNTRY && ivl_sym_find("countr", 6) == ids[6], "'country', 'countr'");
}

int main(void) {
  check_symbols();
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
  for (int round = 0; round < 300; round++) check_sort_k_runs((size_t)(rand() % 200), 3 + (size_t)(rand() % 13));
  for (int round = 0; round < 200; round++) check_add_fields((size_t)(rand() % 40));
  check_add_fields(0);
  for (int round = 0; round < 40; round++) check_strings((size_t)(rand() % 400));
  check_strings(2000); /* past the first room */
  static const int odds[] = {0, 1, 2, 3, 10};
  for (int round = 0; round < 500; round++) check_drop((size_t)(rand() % 50), odds[round % 5]);
  return check_done();
}
