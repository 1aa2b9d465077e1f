/*
** symbols.c
** The table of interned names: a fixed prefix of built-ins, then names that
** user rules add.
*/
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "symbols.h"
#include "util.h"

#define MAX_SYMBOLS 4096 /* ids are stored in 16 bits; this is plenty */

static const char *const builtin[IVL_SYM_BUILTIN_COUNT] = {
  NULL,
  "money", "percent", "count", "area", "date",
  "location", "country", "person", "organization", "sector",
  "investment", "agreement", "partnership",
  "value", "currency", "qualifier", "unit", "name", "code", "title", "alias", "canonical",
  "investor", "target", "amount", "amount_usd", "projects",
  "share_percent", "rank", "as_of", "parties", "sectors",
  "since", "mentions", "basis", "investor_country", "rule", "part_of",
  "usd", "usd_rate", "usd_rate_year",
};

/* Names interned at run time, by one thread (the Lua thread) while worker
** threads may be reading: the array never moves, and the count is
** published after the name it counts is in place, so a reader sees a
** whole prefix. */
static char *added[MAX_SYMBOLS - IVL_SYM_BUILTIN_COUNT];
static _Atomic size_t nadded;

static size_t added_count(void) { return atomic_load_explicit(&nadded, memory_order_acquire); }

const char *ivl_sym_name(int id) {
  if (id > 0 && id < IVL_SYM_BUILTIN_COUNT) return builtin[id];
  if (id >= IVL_SYM_BUILTIN_COUNT && (size_t)(id - IVL_SYM_BUILTIN_COUNT) < added_count())
    return added[id - IVL_SYM_BUILTIN_COUNT];
  return NULL;
}

/* The first byte first: the extractors look names up for every article,
** through every symbol, and most differ there. */
static int same(const char *a, const char *b, unsigned long len) {
  return (len == 0 || (a[0] == b[0] && (len == 1 || a[1] == b[1]))) && strncmp(a, b, len) == 0 && a[len] == '\0';
}

/* The names added first: a name is in one list or the other, so the order
** changes no answer, and the names the extractors look up for every
** article are added ones (the gazetteer's fields: "kind", "province", ...,
** five in all), which came after the 42 built-ins and five strncmp of
** those starting with 'p' (0.6M instructions on b1). */
int ivl_sym_find(const char *name, unsigned long len) {
  size_t n = added_count();
  for (size_t i = 0; i < n; i++)
    if (same(added[i], name, len)) return (int)i + IVL_SYM_BUILTIN_COUNT;
  for (int i = 1; i < IVL_SYM_BUILTIN_COUNT; i++)
    if (same(builtin[i], name, len)) return i;
  return IVL_SYM_NONE;
}

int ivl_sym_intern(const char *name, unsigned long len) {
  int id = ivl_sym_find(name, len);
  if (id != IVL_SYM_NONE) return id;
  size_t n = added_count();
  if (n + IVL_SYM_BUILTIN_COUNT >= MAX_SYMBOLS) return -1;
  if (!(added[n] = ivl_strndup(name, len))) return -1;
  atomic_store_explicit(&nadded, n + 1, memory_order_release);
  return (int)n + IVL_SYM_BUILTIN_COUNT;
}

int ivl_sym_is_builtin_type(int id) { return id >= IVL_SYM_MONEY && id <= IVL_SYM_PARTNERSHIP; }
