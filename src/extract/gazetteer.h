/*
** gazetteer.h
** Lists of names (places, countries, organisations, sector phrases), each
** entry a canonical name, its variants and the fields its mentions carry
** ("country" VN, "province_2025"). All variants of all entries are compiled
** into one trie over folded text (fold.h), with filters of how variants
** begin, so a scan is one pass over the article whatever the number of
** names (gazetteer.c).
**
** Entries are added from the Lua thread only, before extraction; the trie
** is rebuilt on the next ivl_gazetteer_compile. Scanning reads the compiled
** trie only, so threads may scan at once.
*/
#ifndef IVLUA_GAZETTEER_H
#define IVLUA_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

#include "fold.h"
#include "ivlua.h"
#include "store.h"
#include "words.h"

typedef struct ivl_gazetteer ivl_gazetteer;

/* How the case of the text must agree with a variant. AUTO picks EXACT for a
** variant with no lower-case letter ("US", "IT", "HCMC") or a mixed-case
** acronym ("MoST", "RoK"), ANY for sectors and
** TITLE (the first letter upper case, as names are written) otherwise. */
typedef enum ivl_case_rule {
  IVL_CASE_AUTO = 0,
  IVL_CASE_ANY,
  IVL_CASE_TITLE,
  IVL_CASE_EXACT
} ivl_case_rule;

/* A field of an entry, exported with each of its mentions. */
typedef struct ivl_gz_field {
  const char *key;
  const char *value;
} ivl_gz_field;

/* An entry to add. 'alts' and 'fields' may be empty. */
typedef struct ivl_gz_entry {
  const char *type; /* entity type ("location") */
  const char *name; /* canonical name, also matched */
  const char *const *alts;
  size_t nalts;
  const ivl_gz_field *fields;
  size_t nfields;
  ivl_case_rule case_rule;
  int label_only; /* the name is a label (a sector's): only the alts are matched */
  int alone;      /* a name only where no other capitalised word joins it ("Văn Tùng" is
                     not the town in "Nguyễn Văn Tùng") */
} ivl_gz_entry;

ivl_gazetteer *ivl_gazetteer_new(void);
void ivl_gazetteer_free(ivl_gazetteer *g);

ivl_status ivl_gazetteer_add(ivl_gazetteer *g, const ivl_gz_entry *e, ivl_error *err);

/* Load a gazetteer file's text (docs/gazetteers.md: tab-separated, a
** header row, columns type, name, alts, match, then fields). 'default_type'
** applies when there is no type column. Errors give the line. */
ivl_status ivl_gazetteer_load_tsv(ivl_gazetteer *g, const char *text, size_t len,
                                  const char *default_type, ivl_error *err);

/* The gazetteer of the files in data/gazetteer/, compiled into ivlua. */
ivl_gazetteer *ivl_gazetteer_new_builtin(ivl_error *err);

/* The gazetteer of the files in data/gazetteer/ read from their text, as
** the build does to make the snapshot ivl_gazetteer_new_builtin() loads. */
ivl_gazetteer *ivl_gazetteer_new_builtin_from_text(ivl_error *err);

/* A compiled gazetteer as bytes, appended to 'out', that
** ivl_gazetteer_from_snapshot() makes the same gazetteer of again in a
** process of the same build. 0, or -1 when out of memory or not compiled. */
int ivl_gazetteer_snapshot(const ivl_gazetteer *g, ivl_buf *out);
ivl_gazetteer *ivl_gazetteer_from_snapshot(const void *bytes, size_t len, ivl_error *err);

/* Build the trie if entries were added since the last build. */
ivl_status ivl_gazetteer_compile(ivl_gazetteer *g, ivl_error *err);

size_t ivl_gazetteer_entries(const ivl_gazetteer *g);
size_t ivl_gazetteer_variants(const ivl_gazetteer *g);

/* A name found in the text: which entry, where in the view. */
typedef struct ivl_gz_hit {
  uint32_t entry;
  uint32_t vstart, vend;
} ivl_gz_hit;

typedef struct ivl_gz_hits {
  ivl_gz_hit *items;
  size_t n, cap;
} ivl_gz_hits;

/* Find the names in the view (already folded into 'f', its words in 'ws'):
** at each place the longest one, leftmost first, never overlapping, in
** document order. 0, -1 when out of memory, or -2 when entries were added
** since the last compile. */
int ivl_gazetteer_find(const ivl_gazetteer *g, const ivl_fold *f, const ivl_words *ws,
                       const char *view, ivl_gz_hits *out);

/* The entry a single name denotes (its folded form is a variant), or -1. */
long ivl_gazetteer_lookup(const ivl_gazetteer *g, const char *name, size_t len);

/* The entry of 'type' whose field 'key' is 'value' that a single name
** denotes among all it denotes (the last added), or -1: "Georgia" the US
** state, though the country was added after it. */
long ivl_gazetteer_lookup_field(const ivl_gazetteer *g, const char *name, size_t len, int type, int key,
                                const char *value);

/* What an entry is. */
int ivl_gazetteer_type(const ivl_gazetteer *g, uint32_t entry);
const char *ivl_gazetteer_name(const ivl_gazetteer *g, uint32_t entry);
/* Was the entry added with 'alone' (a name only on its own)? */
int ivl_gazetteer_alone(const ivl_gazetteer *g, uint32_t entry);
/* The value of field 'key' (a symbol id) of the entry, or NULL. */
const char *ivl_gazetteer_field(const ivl_gazetteer *g, uint32_t entry, int key);
/* Does the folded form of 'text' name this entry? */
int ivl_gazetteer_names_entry(const ivl_gazetteer *g, uint32_t entry, const char *text,
                              size_t len);

/* Store the entry's fields on the entity begun last, its canonical "name"
** first when 'with_name'. 0, or -1 when out of memory. */
int ivl_gazetteer_store_fields(const ivl_gazetteer *g, uint32_t entry, ivl_store *s,
                               int with_name);

void ivl_gz_hits_free(ivl_gz_hits *h);

#endif
