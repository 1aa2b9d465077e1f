/*
** store.c
** The per-article entity store.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "store.h"

void ivl_store_free(ivl_store *s) {
  free(s->ents);
  free(s->fields);
  ivl_buf_free(&s->strings);
  free(s->refs);
  memset(s, 0, sizeof *s);
}

void ivl_store_clear(ivl_store *s) {
  s->n = s->nfields = s->nrefs = 0;
  s->strings.len = 0;
}

/* Give back the room grown for entities to come: 'p' (cap elements of
** 'size') to exactly 'n'. Keeps it as it is when realloc says no. */
static void fit(void **p, size_t *cap, size_t n, size_t size) {
  if (*cap <= n || n == 0) return;
  void *q = realloc(*p, n * size);
  if (!q) return;
  *p = q;
  *cap = n;
}

void ivl_store_shrink(ivl_store *s) {
  fit((void **)&s->ents, &s->cap, s->n, sizeof *s->ents);
  fit((void **)&s->fields, &s->capfields, s->nfields, sizeof *s->fields);
  fit((void **)&s->refs, &s->caprefs, s->nrefs, sizeof *s->refs);
  fit((void **)&s->strings.data, &s->strings.cap, s->strings.len + 1, 1);
}

/* A copy of 'n' items of 'size' bytes at 'from' in '*to' (NULL for none);
** -1 when out of memory. */
static int copy_exact(void **to, const void *from, size_t n, size_t size) {
  *to = NULL;
  if (n == 0) return 0;
  if (!(*to = malloc(n * size))) return -1;
  memcpy(*to, from, n * size);
  return 0;
}

static size_t store_room(const ivl_store *s) {
  return s->cap * sizeof *s->ents + s->capfields * sizeof *s->fields + s->caprefs * sizeof *s->refs +
         s->strings.cap;
}

static int has_room(const ivl_store *s) {
  return s->cap || s->capfields || s->caprefs || s->strings.cap;
}

void ivl_store_keep_room(ivl_store *s, ivl_store *room, size_t most) {
  if (has_room(room) || store_room(s) > most) {
    ivl_store_shrink(s);
    return;
  }
  ivl_store c = {0};
  size_t bytes = s->strings.data ? s->strings.len + 1 : 0; /* with its NUL, as ivl_store_shrink keeps */
  if (copy_exact((void **)&c.ents, s->ents, s->n, sizeof *s->ents) ||
      copy_exact((void **)&c.fields, s->fields, s->nfields, sizeof *s->fields) ||
      copy_exact((void **)&c.refs, s->refs, s->nrefs, sizeof *s->refs) ||
      copy_exact((void **)&c.strings.data, s->strings.data, bytes, 1)) {
    ivl_store_free(&c);
    ivl_store_shrink(s);
    return;
  }
  c.n = c.cap = s->n;
  c.nfields = c.capfields = s->nfields;
  c.nrefs = c.caprefs = s->nrefs;
  c.strings.len = s->strings.len;
  c.strings.cap = bytes;
  *room = *s;
  ivl_store_clear(room);
  *s = c;
}

void ivl_store_lend(ivl_store *s, ivl_store *room) {
  if (has_room(s)) return;
  *s = *room;
  memset(room, 0, sizeof *room);
}

/* Room an empty store takes at its first entity: an article of the bench
** has some 140 entities and 390 fields in its two stores; growing from 8
** by doubling, a store was reallocated a dozen times (ivl_store_shrink
** gives back what is left unused). */
#define FIRST_ENTS 64
#define FIRST_FIELDS 256

/* Room for one more entity: the first entity's (and its fields'), or the
** array doubled; then the entity, as ivl_store_begin stores it. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int begin_grown(ivl_store *s, int type, int rule, size_t vstart, size_t vend, size_t start,
                       size_t end) {
  if (s->cap == 0 && (ivl_grow((void **)&s->ents, &s->cap, FIRST_ENTS, sizeof *s->ents) ||
                      ivl_grow((void **)&s->fields, &s->capfields, FIRST_FIELDS, sizeof *s->fields)))
    return -1;
  if (IVL_GROW(s->ents, s->cap, s->n + 1)) return -1;
  return ivl_store_begin(s, type, rule, vstart, vend, start, end);
}

/* The growing out of line, and reached by a jump: with it inline, every
** begin saved and restored the registers it needs (a third of a begin). */
int ivl_store_begin(ivl_store *s, int type, int rule, size_t vstart, size_t vend, size_t start,
                    size_t end) {
  if (s->n >= s->cap) return begin_grown(s, type, rule, vstart, vend, start, end);
  s->ents[s->n++] = (ivl_entity){(uint16_t)type, (uint16_t)rule, (uint32_t)vstart, (uint32_t)vend,
                                 (uint32_t)start, (uint32_t)end, (uint32_t)s->nfields, 0};
  return 0;
}

/* A field's offset, the union's other bytes zeroed: a field is then
** wholly set, and fields can be compared as they are stored (the JSON
** Lines writer's memo, jsonl.c). The two stores make one. */
static inline void set_off(ivl_field *f, size_t off) {
  f->v.num = 0;
  f->v.off = (uint32_t)off;
}

static ivl_field *new_field(ivl_store *s, int key) {
  if (s->n == 0 || IVL_GROW(s->fields, s->capfields, s->nfields + 1)) return NULL;
  ivl_entity *e = &s->ents[s->n - 1];
  ivl_field *f = &s->fields[s->nfields++];
  e->nfields++;
  f->key = (uint16_t)key;
  return f;
}

int ivl_store_num(ivl_store *s, int key, double value) {
  ivl_field *f = new_field(s, key);
  if (!f) return -1;
  f->kind = IVL_FIELD_NUM;
  f->len = 0;
  f->v.num = value;
  return 0;
}

int ivl_store_str_at(ivl_store *s, int key, size_t off, size_t len) {
  ivl_field *f = new_field(s, key);
  if (!f) return -1;
  f->kind = IVL_FIELD_STR;
  f->len = (uint32_t)len;
  set_off(f, off);
  return 0;
}

/* Room for the string pool to take 'n' more bytes and its NUL after
** them, out of line: it starts at FIRST_STRINGS bytes (an article's pool
** holds some 10 KB; from 8 bytes by doubling it was reallocated eleven
** times), and ivl_store_shrink gives back what is left unused. */
#define FIRST_STRINGS 4096
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int grow_strings(ivl_buf *b, size_t n) {
  if (n > SIZE_MAX - b->len - 1) return -1;
  size_t need = b->len + n + 1;
  return ivl_grow((void **)&b->data, &b->cap, need > FIRST_STRINGS ? need : FIRST_STRINGS, 1);
}

static inline int strings_room(ivl_buf *b, size_t n) {
  return b->cap - b->len > n ? 0 : grow_strings(b, n);
}

long ivl_store_put(ivl_store *s, const char *strs, size_t n) {
  ivl_buf *b = &s->strings;
  size_t off = b->len;
  if (off + n > UINT32_MAX || strings_room(b, n)) return -1;
  if (n) memcpy(b->data + off, strs, n);
  b->len = off + n;
  b->data[b->len] = '\0'; /* NUL-ended, as an ivl_buf is */
  return (long)off;
}

/* As ivl_store_str, any string: room made, then copied by memcpy. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int store_str_any(ivl_store *s, int key, const char *str, size_t len) {
  ivl_buf *b = &s->strings;
  size_t off = b->len;
  if (len > UINT32_MAX || strings_room(b, len + 1)) return -1;
  char *p = b->data + off;
  if (len) memcpy(p, str, len);
  p[len] = '\0';
  p[len + 1] = '\0'; /* the pool stays NUL-ended, as an ivl_buf is */
  b->len = off + len + 1;
  return ivl_store_str_at(s, key, off, len);
}

/* n bytes, at most 16, from 'from' to 'to', without a call: two
** overlapping loads and stores (a code, a level, most names). */
static inline void copy_short(char *to, const char *from, size_t n) {
  if (n >= 8) {
    uint64_t x, y;
    memcpy(&x, from, 8);
    memcpy(&y, from + n - 8, 8);
    memcpy(to, &x, 8);
    memcpy(to + n - 8, &y, 8);
  } else if (n >= 4) {
    uint32_t x, y;
    memcpy(&x, from, 4);
    memcpy(&y, from + n - 4, 4);
    memcpy(to, &x, 4);
    memcpy(to + n - 4, &y, 4);
  } else if (n) {
    to[0] = from[0];
    to[n / 2] = from[n / 2];
    to[n - 1] = from[n - 1];
  }
}

/* A short string with room for it and its field, the most common case,
** stored with no call: the memcpy and the tests of room were half of
** storing a string (75,000 of them on the 1.5 MB bench); anything else
** is store_str_any's, reached by a jump. */
int ivl_store_str(ivl_store *s, int key, const char *str, size_t len) {
  ivl_buf *b = &s->strings;
  size_t off = b->len;
  if (len > 16 || b->cap - off <= len + 1 || s->n == 0 || s->nfields >= s->capfields)
    return store_str_any(s, key, str, len);
  char *p = b->data + off;
  copy_short(p, str, len);
  p[len] = '\0';
  p[len + 1] = '\0';
  b->len = off + len + 1;
  ivl_field *f = &s->fields[s->nfields++];
  s->ents[s->n - 1].nfields++;
  f->key = (uint16_t)key;
  f->kind = IVL_FIELD_STR;
  f->len = (uint32_t)len;
  set_off(f, off);
  return 0;
}

int ivl_store_list(ivl_store *s, int key, const char *const *strs, size_t n) {
  size_t off = s->strings.len;
  if (n > UINT32_MAX || off > UINT32_MAX) return -1;
  for (size_t i = 0; i < n; i++)
    if (ivl_buf_append(&s->strings, strs[i], strlen(strs[i]) + 1)) return -1;
  ivl_field *f = new_field(s, key);
  if (!f) return -1;
  f->kind = IVL_FIELD_LIST;
  f->len = (uint32_t)n;
  set_off(f, off);
  return 0;
}

int ivl_store_refs(ivl_store *s, int key, const uint32_t *ids, size_t n) {
  size_t off = s->nrefs;
  if (n > UINT32_MAX || off + n > UINT32_MAX || IVL_GROW(s->refs, s->caprefs, off + n + 1))
    return -1;
  ivl_field *f = new_field(s, key);
  if (!f) return -1;
  if (n) memcpy(s->refs + off, ids, n * sizeof *ids);
  s->nrefs += n;
  f->kind = IVL_FIELD_REFS;
  f->len = (uint32_t)n;
  set_off(f, off);
  return 0;
}

int ivl_store_copy_field(ivl_store *s, const ivl_field *f) {
  ivl_field copy = *f; /* 'f' may move when the field array grows */
  ivl_field *to = new_field(s, copy.key);
  if (!to) return -1;
  *to = copy;
  return 0;
}

int ivl_store_copy_fields(ivl_store *s, size_t from, size_t n) {
  if (s->n == 0 || from > s->nfields || n > s->nfields - from ||
      IVL_GROW(s->fields, s->capfields, s->nfields + n))
    return -1;
  if (n) memcpy(s->fields + s->nfields, s->fields + from, n * sizeof *s->fields);
  s->nfields += n;
  s->ents[s->n - 1].nfields += (uint32_t)n;
  return 0;
}

/* Are the adds in order of their entities, each one of the store's? A
** field added out of order would be left out without a word. */
static int adds_in_order(const ivl_store *s, const ivl_field_add *adds, size_t n) {
  for (size_t j = 0; j < n; j++)
    if (adds[j].ent >= s->n || (j > 0 && adds[j].ent < adds[j - 1].ent)) return 0;
  return 1;
}

int ivl_store_add_fields(ivl_store *s, const ivl_field_add *adds, size_t n) {
  if (!adds_in_order(s, adds, n)) return -1;
  size_t total = n;
  for (size_t i = 0; i < s->n; i++) total += s->ents[i].nfields;
  if (total > UINT32_MAX) return -1;
  ivl_field *to = malloc((total ? total : 1) * sizeof *to);
  if (!to) return -1;
  size_t k = 0, j = 0;
  for (size_t i = 0; i < s->n; i++) {
    ivl_entity *e = &s->ents[i];
    if (e->nfields) memcpy(to + k, s->fields + e->field0, e->nfields * sizeof *to);
    e->field0 = (uint32_t)k;
    k += e->nfields;
    for (; j < n && adds[j].ent == i; j++, e->nfields++) to[k++] = adds[j].f;
  }
  free(s->fields);
  s->fields = to;
  s->nfields = k;
  s->capfields = total;
  return 0;
}

void ivl_store_cancel(ivl_store *s) {
  if (s->n == 0) return;
  s->nfields = s->ents[s->n - 1].field0;
  s->n--;
}

static int by_position(const void *pa, const void *pb) {
  const ivl_entity *a = pa, *b = pb;
  if (a->start != b->start) return a->start < b->start ? -1 : 1;
  if (a->end != b->end) return a->end > b->end ? -1 : 1;
  if (a->type != b->type) return a->type < b->type ? -1 : 1;
  /* field0 follows insertion order: keeps the sort stable */
  return a->field0 < b->field0 ? -1 : a->field0 > b->field0;
}

/* The end of the run in order from 'i' (exclusive). */
static size_t run_end(const ivl_entity *e, size_t i, size_t n) {
  while (i + 1 < n && by_position(&e[i], &e[i + 1]) <= 0) i++;
  return i + 1;
}

/* from[lo, mid) and from[mid, hi), each in order, into to[lo, hi): the
** left one of a tie first, so stable. */
static void merge_runs(const ivl_entity *from, size_t lo, size_t mid, size_t hi, ivl_entity *to) {
  size_t a = lo, b = mid, k = lo;
  while (a < mid && b < hi) to[k++] = by_position(&from[b], &from[a]) < 0 ? from[b++] : from[a++];
  memcpy(to + k, from + a, (mid - a) * sizeof *to);
  k += mid - a;
  memcpy(to + k, from + b, (hi - b) * sizeof *to);
}

/* e[0, n) in runs in order, more than two: merged two by two, a pass a
** level, stably, so the order is glibc qsort's (a stable merge sort):
** n log(runs) rather than qsort's n log n (a 2 MB article's 61,000
** entities came in 7 runs: qsort 32M Ir of its 0.83G). -1 when no
** room can be had. */
static int merge_sort_runs(ivl_entity *e, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i = run_end(e, i, n)) k++;
  size_t *at = malloc((k + 1) * sizeof *at);
  ivl_entity *tmp = malloc(n * sizeof *tmp);
  if (!at || !tmp) {
    free(at);
    free(tmp);
    return -1;
  }
  k = 0;
  for (size_t i = 0; i < n; i = run_end(e, i, n)) at[k++] = i;
  at[k] = n;
  ivl_entity *from = e, *to = tmp;
  while (k > 1) {
    size_t j = 0;
    for (size_t r = 0; r < k; r += 2, j++) {
      if (r + 1 < k) merge_runs(from, at[r], at[r + 1], at[r + 2], to);
      else memcpy(to + at[r], from + at[r], (at[r + 1] - at[r]) * sizeof *to);
      at[j] = at[r];
    }
    at[j] = n;
    k = j;
    ivl_entity *t = from;
    from = to;
    to = t;
  }
  if (from != e) memcpy(e, from, n * sizeof *e);
  free(at);
  free(tmp);
  return 0;
}

/* The entities come in two runs in order (the rules' then the names'):
** those are merged, in one pass; more runs by merge_sort_runs, qsort
** when it has no room. qsort was 7.5M instructions of 581.7M on the 1.5
** MB bench, the merge is a tenth. */
void ivl_store_sort(ivl_store *s) {
  ivl_entity *e = s->ents;
  size_t n = s->n, mid = run_end(e, 0, n);
  if (mid >= n) return;
  if (run_end(e, mid, n) < n) {
    if (merge_sort_runs(e, n)) qsort(e, n, sizeof *e, by_position);
    return;
  }
  /* the first run's tail that goes after the second run's head: only it
  ** moves out, and the merge fills its room from the front, the left one
  ** of a tie first: stable, as glibc's qsort (a merge sort) was */
  size_t lo = 0;
  while (lo < mid && by_position(&e[lo], &e[mid]) <= 0) lo++;
  size_t nl = mid - lo;
  ivl_entity *tmp = malloc(nl * sizeof *tmp);
  if (!tmp) {
    qsort(e, n, sizeof *e, by_position);
    return;
  }
  memcpy(tmp, e + lo, nl * sizeof *tmp);
  /* tmp[0, nl) and e[mid, n) into e[lo, n): the write stays behind the read */
  size_t a = 0, b = mid, k = lo;
  while (a < nl && b < n) {
    if (by_position(&e[b], &tmp[a]) < 0) e[k++] = e[b++];
    else e[k++] = tmp[a++];
  }
  while (a < nl) e[k++] = tmp[a++];
  free(tmp);
}

/* The entities kept between two dropped are moved down in one block, and
** those before the first dropped not at all (copied one at a time, onto
** themselves too, they were 0.33M Ir on /tmp/b1). */
void ivl_store_drop_marked(ivl_store *s) {
  ivl_entity *e = s->ents;
  size_t n = s->n, i = 0;
  while (i < n && e[i].rule != IVL_STORE_DROPPED) i++;
  size_t kept = i;
  while (i < n) {
    while (i < n && e[i].rule == IVL_STORE_DROPPED) i++;
    size_t run = i;
    while (i < n && e[i].rule != IVL_STORE_DROPPED) i++;
    if (i > run) memmove(e + kept, e + run, (i - run) * sizeof *e);
    kept += i - run;
  }
  s->n = kept; /* the dropped ones' fields stay in the pool, unreferenced */
}
