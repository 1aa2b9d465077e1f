/*
** store.h
** Where an article's entities live: one flat array of entities, one of
** their fields and one pool of strings. Nothing is allocated per entity;
** the arrays grow geometrically and are freed with the article.
*/
#ifndef IVLUA_STORE_H
#define IVLUA_STORE_H

#include <stddef.h>
#include <stdint.h>
#include "util.h"

/* A field is a number, a string, a list of strings (a fact's parties) or
** a list of references to entities of another store (a fact's mentions). */
typedef enum { IVL_FIELD_NUM, IVL_FIELD_STR, IVL_FIELD_LIST, IVL_FIELD_REFS } ivl_field_kind;

typedef struct ivl_field {
  uint16_t key;  /* a symbol id */
  uint16_t kind; /* ivl_field_kind */
  uint32_t len;  /* string length; for a list or references, how many */
  union {
    double num;
    uint32_t off; /* into the string pool (a list: its strings, each NUL-ended,
                     one after another), or into 'refs' */
  } v;
} ivl_field;

typedef struct ivl_entity {
  uint16_t type;           /* a symbol id */
  uint16_t rule;           /* index of the rule that found it */
  uint32_t vstart, vend;   /* in the NFC view */
  uint32_t start, end;     /* in the original bytes */
  uint32_t field0, nfields;
} ivl_entity;

typedef struct ivl_store {
  ivl_entity *ents;
  size_t n, cap;
  ivl_field *fields;
  size_t nfields, capfields;
  ivl_buf strings;
  uint32_t *refs;
  size_t nrefs, caprefs;
} ivl_store;

void ivl_store_free(ivl_store *s);
void ivl_store_clear(ivl_store *s);
/* Free the room kept for more entities (an extracted article held in a
** corpus keeps only what it uses). */
void ivl_store_shrink(ivl_store *s);
/* The same, by copying 's' into arrays of its size and handing its own,
** cleared, to 'room' (a thread's, for the next article: ivl_store_lend)
** when 'room' is empty and they take at most 'most' bytes; else (or when
** out of memory) as ivl_store_shrink. */
void ivl_store_keep_room(ivl_store *s, ivl_store *room, size_t most);
/* Give 'room's arrays to 's' when 's' has none; 'room' is left empty. */
void ivl_store_lend(ivl_store *s, ivl_store *room);

/* Start a new entity; its fields are the ones added until the next begin.
** Returns 0, or -1 when out of memory. */
int ivl_store_begin(ivl_store *s, int type, int rule, size_t vstart, size_t vend,
                    size_t start, size_t end);
int ivl_store_num(ivl_store *s, int key, double value);
int ivl_store_str(ivl_store *s, int key, const char *str, size_t len);
/* Strings of several fields at once: 'n' bytes of NUL-ended strings, laid
** out as ivl_store_str() lays them, copied into the pool in one piece (a
** gazetteer entry's name and fields, some three a name). Their offset
** there, for ivl_store_str_at(); or -1 when out of memory. */
long ivl_store_put(ivl_store *s, const char *strs, size_t n);
/* A string field whose 'len' bytes are in the pool at 'off' already
** (ivl_store_put()). */
int ivl_store_str_at(ivl_store *s, int key, size_t off, size_t len);
/* A list of 'n' NUL-terminated strings; a list of 'n' entity indices. */
int ivl_store_list(ivl_store *s, int key, const char *const *strs, size_t n);
int ivl_store_refs(ivl_store *s, int key, const uint32_t *ids, size_t n);
/* Drop the entity begun last (a normaliser that changed its mind). */
void ivl_store_cancel(ivl_store *s);
/* Add a copy of field 'f' (of any entity of this store) to the entity
** being built: its strings and references are shared, not copied. */
int ivl_store_copy_field(ivl_store *s, const ivl_field *f);
/* Add copies of the fields s->fields[from, from + n) (of entities already
** stored) to the entity being built, in one piece: their strings and
** references are shared, not copied. -1 when out of memory or when they
** are not all stored yet. */
int ivl_store_copy_fields(ivl_store *s, size_t from, size_t n);

/* A field for the entity at index 'ent' (ivl_store_add_fields). */
typedef struct ivl_field_add {
  size_t ent;
  ivl_field f;
} ivl_field_add;
/* Give entities already stored more fields, after their own: the 'n'
** 'adds' in order of 'ent'. Only the field array is made anew, in entity
** order; strings and references stay where they are, so adding a number
** to a few entities copies no string. Returns 0, or -1 when out of memory
** or when 'adds' are not in order of 'ent' or name no entity of the store
** (the store as it was). */
int ivl_store_add_fields(ivl_store *s, const ivl_field_add *adds, size_t n);

/* Entities whose 'rule' is set to this are removed by ivl_store_drop_marked. */
#define IVL_STORE_DROPPED UINT16_MAX
void ivl_store_drop_marked(ivl_store *s);

/* Put entities in document order: by start, then longer first. */
void ivl_store_sort(ivl_store *s);

/* The field 'key' of entity 'e' (the first), or NULL. Inline, through a
** pointer: the fact rules ask 140,000 times on the 1.5 MB bench, five
** fields looked at each, and the call and indexing were a third of it. */
static inline const ivl_field *ivl_store_field(const ivl_store *s, const ivl_entity *e, int key) {
  const ivl_field *f = s->fields + e->field0, *end = f + e->nfields;
  for (; f < end; f++)
    if (f->key == key) return f;
  return NULL;
}
static inline const char *ivl_store_string(const ivl_store *s, const ivl_field *f) {
  return s->strings.data + f->v.off;
}
/* A list field's strings follow each other from ivl_store_string(s, f):
**   for (i = 0, p = ivl_store_string(s, f); i < f->len; i++, p += strlen(p) + 1) */
static inline const uint32_t *ivl_store_refs_of(const ivl_store *s, const ivl_field *f) {
  return s->refs + f->v.off;
}

#endif
