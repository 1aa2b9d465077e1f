/*
** symbols.c
** The table of interned names: a fixed prefix of built-ins, then names that
** user rules add.
*/
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
};

static char **added;     /* names interned at run time */
static size_t nadded, capadded;

const char *ivl_sym_name(int id) {
  if (id > 0 && id < IVL_SYM_BUILTIN_COUNT) return builtin[id];
  if (id >= IVL_SYM_BUILTIN_COUNT && (size_t)(id - IVL_SYM_BUILTIN_COUNT) < nadded)
    return added[id - IVL_SYM_BUILTIN_COUNT];
  return NULL;
}

static int same(const char *a, const char *b, unsigned long len) {
  return strncmp(a, b, len) == 0 && a[len] == '\0';
}

int ivl_sym_find(const char *name, unsigned long len) {
  for (int i = 1; i < IVL_SYM_BUILTIN_COUNT; i++)
    if (same(builtin[i], name, len)) return i;
  for (size_t i = 0; i < nadded; i++)
    if (same(added[i], name, len)) return (int)i + IVL_SYM_BUILTIN_COUNT;
  return IVL_SYM_NONE;
}

int ivl_sym_intern(const char *name, unsigned long len) {
  int id = ivl_sym_find(name, len);
  if (id != IVL_SYM_NONE) return id;
  if (nadded + IVL_SYM_BUILTIN_COUNT >= MAX_SYMBOLS) return -1;
  char *copy = ivl_strndup(name, len);
  if (!copy || IVL_GROW(added, capadded, nadded + 1)) {
    free(copy);
    return -1;
  }
  added[nadded++] = copy;
  return (int)nadded - 1 + IVL_SYM_BUILTIN_COUNT;
}

int ivl_sym_is_builtin_type(int id) { return id >= IVL_SYM_MONEY && id <= IVL_SYM_PARTNERSHIP; }
