/*
** schema.c
** The field lists of the types. The built-in ones are this file's table:
** every field a built-in extractor, the name finder or the fact linker
** stores (tests/lua/stream.lua checks the corpora against it); the
** gazetteers' columns are declared as their entries are added.
*/
#include <stdlib.h>
#include <string.h>

#include "schema.h"
#include "store.h"
#include "symbols.h"
#include "util.h"

/* type, then its fields separated by spaces: spec/ENTITIES.md's order, then
** the fields the spec leaves unscored (alias, canonical, the linker's rule,
** part_of and the US$ conversion of fx.c) */
static const char *const builtin[][2] = {
  {"money", "value currency qualifier"},
  {"percent", "value"},
  {"count", "value unit"},
  {"area", "value unit"},
  {"date", "value"},
  {"location", "name country alias"},
  {"country", "name code alias"},
  {"person", "name title canonical alias"},
  {"organization", "name canonical alias province province_2025"},
  {"sector", "name"},
  {"investment", "investor target amount currency amount_usd projects share_percent rank as_of "
                 "basis investor_country part_of rule usd usd_rate usd_rate_year"},
  {"agreement", "parties date sectors rule"},
  {"partnership", "parties since rule"},
};

typedef struct schema_type {
  uint16_t type;
  uint16_t *keys;
  size_t n, cap;
} schema_type;

static schema_type *types;
static uint16_t *order; /* the type ids, in the order declared */
static size_t ntypes, captypes, caporder;
static size_t version;
static int ready;

static schema_type *find(int type) {
  for (size_t i = 0; i < ntypes; i++)
    if (types[i].type == type) return &types[i];
  return NULL;
}

static schema_type *add_type(int type) {
  schema_type *t = find(type);
  if (t) return t;
  if (IVL_GROW(types, captypes, ntypes + 1) || IVL_GROW(order, caporder, ntypes + 1)) return NULL;
  t = &types[ntypes];
  *t = (schema_type){.type = (uint16_t)type};
  order[ntypes++] = (uint16_t)type;
  version++;
  return t;
}

static int add_key(schema_type *t, int key) {
  for (size_t i = 0; i < t->n; i++)
    if (t->keys[i] == key) return 0;
  if (IVL_GROW(t->keys, t->cap, t->n + 1)) return -1;
  t->keys[t->n++] = (uint16_t)key;
  version++;
  return 1;
}

/* The built-in table, interned on first use. */
static int init(void) {
  if (ready) return 0;
  ready = 1;
  for (size_t i = 0; i < sizeof builtin / sizeof builtin[0]; i++) {
    int type = ivl_sym_intern(builtin[i][0], strlen(builtin[i][0]));
    schema_type *t = type > 0 ? add_type(type) : NULL;
    if (!t) return -1;
    for (const char *p = builtin[i][1]; *p;) {
      size_t n = strcspn(p, " ");
      int key = ivl_sym_intern(p, n);
      if (key <= 0 || add_key(t, key) < 0) return -1;
      p += n + (p[n] == ' ');
    }
  }
  return 0;
}

int ivl_schema_declare_type(int type) {
  if (init() || type <= 0) return -1;
  size_t before = version;
  return add_type(type) ? version != before : -1;
}

int ivl_schema_declare(int type, int key) {
  if (init() || type <= 0 || key <= 0) return -1;
  schema_type *t = add_type(type);
  return t ? add_key(t, key) : -1;
}

int ivl_schema_declare_entity(const ivl_store *s, const ivl_entity *e) {
  if (ivl_schema_declare_type(e->type) < 0) return -1;
  for (uint32_t i = 0; i < e->nfields; i++) {
    const ivl_field *f = &s->fields[e->field0 + i];
    /* references to mentions are no column: they mean nothing outside the article */
    if (f->kind != IVL_FIELD_REFS && ivl_schema_declare(e->type, f->key) < 0) return -1;
  }
  return 0;
}

size_t ivl_schema_types(const uint16_t **out) {
  init();
  *out = order;
  return ntypes;
}

size_t ivl_schema_fields(int type, const uint16_t **keys) {
  init();
  const schema_type *t = find(type);
  *keys = t ? t->keys : NULL;
  return t ? t->n : 0;
}

size_t ivl_schema_version(void) {
  init();
  return version;
}
