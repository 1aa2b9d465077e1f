/*
** gazetteer.c
** Entries, their folded variants, and the trie they are found with.
**
** The trie of folded variants is numbered so that the children of a node
** are consecutive (number_nodes()): a node keeps its first child and their
** number, and the children's labels sit in their own array, sorted, to be
** searched in cache. The root has a full 256-entry table. A name is looked for only
** where one can start, by walking down from the root along the text: at a
** word that, with the next, could start a variant (filters of the
** variants' first words turn most words away before the trie is touched),
** and at punctuation that starts one (a bit set of their first two bytes).
*/
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "gazetteer.h"
#include "schema.h"
#include "symbols.h"
#include "utf8.h"
#include "util.h"

typedef struct gz_entry {
  int type;
  int alone;
  uint32_t name_off, name_len;
  uint32_t field0, nfields;
  /* the end of its strings in the pool: its name's and its fields', put
  ** one after the other (ivl_gazetteer_add()), to be stored at once */
  uint32_t strings_end;
} gz_entry;

typedef struct gz_field {
  int key;
  uint32_t off, len;
} gz_field;

/* One variant of one entry. */
typedef struct gz_key {
  uint32_t entry;
  uint32_t fold_off, fold_len;       /* its folded form, in the pool */
  uint32_t variant_off, variant_len; /* as written, for the EXACT case rule */
  uint32_t next;                     /* next key with the same folded form, + 1 */
  uint8_t case_rule;
  uint8_t nmarks;     /* its diacritics (marks_of()): how many */
  uint8_t plain;      /* a country's or a Vietnamese place's, with none nor its name: text with marks is not it */
  uint8_t marks_of_name; /* its marks are its entry's name's (it has none of its own) */
  uint32_t marks_off; /* and where in 'marks' */
} gz_key;

/* The start filters: 32 KB each at the least (the built-in gazetteer's
** some 12,000 variants), else 16 bits a variant, so that one in a
** hundred-odd words of a text passes by chance whatever the gazetteer.
** Those of the variants a word with no capital may start (lead_filter):
** 1 KB at the least. */
#define LEAD_MIN_BITS 18
#define LOW_LEAD_MIN_BITS 13
#define LEAD_BITS_PER_KEY 16

/* The filters of how the variants that start with a word begin (lead()):
** a bit per hash of their leads, one-hash Bloom filters, of mask + 1
** bits each (a power of two: kept as the mask, which the word's bit is
** cut by, not made again at each word). 'one_word' for the variants of one word, 'two_words' for the
** first two words of the others; 'first_of_two' for the first words of
** those, by the bit of their own hash (a word whose bit is clear there
** begins no lead of two, and the pair's hash is not made). 'one_word' and
** 'first_of_two' are asked by the same bit of a word: they are kept
** interleaved, a byte of each in turn, in 'by_first' (first_bits()), so
** that the two asks touch one cache line, not two (the filters are larger
** than the first level cache, and these asks were most of its misses in
** finding the names). */
typedef struct lead_filter {
  uint8_t *by_first, *two_words;
  size_t mask;
} lead_filter;

#define GZ_FIELD_MEMO 32 /* as many columns as a gazetteer file may have */

typedef struct gz_node {
  uint32_t child0;
  uint32_t key;  /* first key ending here, + 1; 0: none */
  uint32_t wide; /* a node of many children: its row of 'wide', + 1; 0: none */
  uint16_t nchild; /* at most 256 */
  /* The chain of only children below a node of one child: nodes child0,
  ** child0 + 1, ... (depth first, such a chain is numbered in a row, its
  ** labels side by side), none but the last with a key. Its length, up
  ** to UINT16_MAX; 0 when the node has not one child. keys_from() walks
  ** it with a compare of the text against the labels, not a step a byte. */
  uint16_t run;
} gz_node;

struct ivl_gazetteer {
  gz_entry *entries;
  size_t nentries, capentries;
  gz_field *fields;
  size_t nfields, capfields;
  gz_key *keys;
  size_t nkeys, capkeys;
  ivl_buf pool; /* every string, by offset */
  /* the trie */
  int compiled;
  gz_node *nodes;
  uint8_t *label; /* label[i]: the byte on the edge into node i */
  size_t nnodes;
  uint32_t root[256];
  /* A node with more than WIDE children steps by a row of 256 (its child
  ** by byte, 0: none) instead of a binary search: these are the nodes of
  ** the first letters, which every word of a text goes through. */
  uint32_t *wide;
  /* The first two bytes of the variants: bit a*256+b of 'pairs' when one
  ** starts with "ab", bit a of 'singles' when one is the byte a alone. */
  uint8_t pairs[65536 / 8];
  uint8_t singles[256 / 8];
  /* 1 at byte a when a variant starts with it: most bytes between the
  ** words of a text (spaces) start none, and are let go at one look (a
  ** byte each: asked of every byte between words) */
  uint8_t first_byte[256];
  /* Whether a variant starts with a byte that is no word byte (a mark:
  ** "(", "&"), which only the bytes between words are asked for. None of
  ** the built-in gazetteer's does: the scan then asks no byte between
  ** words at all (asking the space after every word of a text was 3.1M of
  ** ivl_gazetteer_find's 29.2M Ir on /tmp/b1). */
  int mark_starts;
  /* How the variants begin, by the case of the word a start is at
  ** (lead_filter): leads[1] every variant's, for a word whose first
  ** character is a capital or a digit; leads[0] only those of the
  ** variants such a word need not start (may_start_small()), for the
  ** others. Most words of a text start with a small letter, and only the
  ** few variants matched in any case (the sectors', some 300 of 6,800 in
  ** the built-in gazetteer) can start at them: their filters stay in the
  ** first level cache, where asking the whole one (96 KB) missed it at
  ** most words, and a start at such a word that only a capitalised
  ** variant's lead let through is not walked (whose case_agrees() would
  ** fail). */
  lead_filter leads[2];
  /* The diacritics of every variant, or of its entry's name when it has
  ** none, taken apart once rather than at every match (marks_agree()). */
  int32_t *marks;
  size_t nmarks, capmarks;
  /* What adding entries does once for all, not an entry at a time: the
  ** symbols of the last type and of the fields at each place of the last
  ** entry's list, with the type each was declared a field of (the
  ** schema forgets no field), and the buffer the variants are folded in.
  ** A file's entries name the same fields in the same order: interning
  ** and declaring them at every entry, and a buffer an entry, were 6.4M
  ** of the built-in gazetteer's 39.9M instructions at start-up. */
  int last_type;
  struct { int key, declared_for; } last_fields[GZ_FIELD_MEMO];
  ivl_buf scratch;
};

#define WIDE 8

ivl_gazetteer *ivl_gazetteer_new(void) { return calloc(1, sizeof(ivl_gazetteer)); }

static void free_compiled(ivl_gazetteer *g) {
  free(g->nodes);
  free(g->label);
  free(g->wide);
  free(g->marks);
  for (int c = 0; c < 2; c++) {
    free(g->leads[c].by_first);
    free(g->leads[c].two_words);
    g->leads[c].by_first = g->leads[c].two_words = NULL;
  }
  g->marks = NULL;
  g->nmarks = g->capmarks = 0;
  g->nodes = NULL;
  g->label = NULL;
  g->wide = NULL;
  g->nnodes = 0;
  g->compiled = 0;
}

void ivl_gazetteer_free(ivl_gazetteer *g) {
  if (!g) return;
  free_compiled(g);
  free(g->entries);
  free(g->fields);
  free(g->keys);
  ivl_buf_free(&g->pool);
  ivl_buf_free(&g->scratch);
  free(g);
}

size_t ivl_gazetteer_entries(const ivl_gazetteer *g) { return g->nentries; }
size_t ivl_gazetteer_variants(const ivl_gazetteer *g) { return g->nkeys; }

static const char *pool_at(const ivl_gazetteer *g, uint32_t off) { return g->pool.data + off; }

/* Put a string in the pool (NUL-terminated); its offset, or -1. */
static long pool_put(ivl_gazetteer *g, const char *s, size_t n) {
  if (g->pool.len + n + 1 > UINT32_MAX) return -1;
  long off = (long)g->pool.len;
  if (ivl_buf_append(&g->pool, s, n) || ivl_buf_putc(&g->pool, '\0')) return -1;
  return off;
}

/* {======== adding entries ======== */

/* The category of the character at s[0, n), *len its length: ASCII
** without utf8proc (most names are ASCII; asking utf8proc, and measuring
** the rest of the name at every character, was 2.0M of the built-in
** gazetteer's 39.9M instructions at start-up). */
static utf8proc_category_t category_at(const char *s, size_t n, size_t *len) {
  unsigned char c = (unsigned char)s[0];
  if (c < 0x80) {
    *len = 1;
    return c >= 'a' && c <= 'z' ? UTF8PROC_CATEGORY_LL
         : c >= 'A' && c <= 'Z' ? UTF8PROC_CATEGORY_LU : UTF8PROC_CATEGORY_CN;
  }
  return utf8proc_category(ivl_utf8_decode(s, n, len));
}

static int has_lower(const char *s, size_t n) {
  for (size_t i = 0, len; i < n; i += len)
    if (category_at(s + i, n - i, &len) == UTF8PROC_CATEGORY_LL) return 1;
  return 0;
}

/* "MoST", "RoK", "MoLISA": one word whose capitals are at least half its
** letters, an acronym written in mixed case. */
static int mixed_acronym(const char *s, size_t n) {
  size_t letters = 0, upper = 0;
  for (size_t i = 0, len; i < n; i += len) {
    if (s[i] == ' ') return 0;
    utf8proc_category_t c = category_at(s + i, n - i, &len);
    if (c == UTF8PROC_CATEGORY_LU) letters++, upper++;
    else if (c == UTF8PROC_CATEGORY_LL) letters++;
  }
  return upper >= 2 && 2 * upper >= letters;
}

static ivl_case_rule case_rule_for(ivl_case_rule asked, int type, const char *variant, size_t n) {
  if (asked != IVL_CASE_AUTO) return asked;
  if (!has_lower(variant, n) || mixed_acronym(variant, n)) return IVL_CASE_EXACT;
  return type == IVL_SYM_SECTOR ? IVL_CASE_ANY : IVL_CASE_TITLE;
}

static ivl_status add_key(ivl_gazetteer *g, uint32_t entry, const char *variant,
                          ivl_case_rule rule, ivl_buf *scratch, ivl_error *err) {
  size_t vlen = strlen(variant);
  if (ivl_utf8_invalid_at(variant, vlen) != vlen)
    return ivl_fail(err, IVL_EARG, 0, "name '%s' is not valid UTF-8", variant);
  if (ivl_fold_string(variant, vlen, scratch)) return ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  if (scratch->len == 0) return IVL_OK; /* nothing to match: a name of punctuation only */
  if (IVL_GROW(g->keys, g->capkeys, g->nkeys + 1)) return ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  long voff = pool_put(g, variant, vlen);
  long foff = voff < 0 ? -1 : pool_put(g, scratch->data, scratch->len);
  if (foff < 0) return ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  gz_key *k = &g->keys[g->nkeys++];
  k->entry = entry;
  k->variant_off = (uint32_t)voff;
  k->variant_len = (uint32_t)vlen;
  k->fold_off = (uint32_t)foff;
  k->fold_len = (uint32_t)scratch->len;
  k->next = 0;
  k->case_rule = (uint8_t)case_rule_for(rule, g->entries[entry].type, variant, vlen);
  return IVL_OK;
}

/* The symbol 'name' is, if it is 'id' (0: none), else -1. */
static int same_symbol(int id, const char *name) {
  const char *known = id > 0 ? ivl_sym_name(id) : NULL;
  return known && strcmp(known, name) == 0 ? id : -1;
}

/* The symbol of field i of an entry of type 'type', declared a field of
** it; or -1. */
static int field_key(ivl_gazetteer *g, size_t i, const char *name, int type) {
  int key = i < GZ_FIELD_MEMO ? same_symbol(g->last_fields[i].key, name) : -1;
  int declared = key > 0 && g->last_fields[i].declared_for == type;
  if (key < 0) key = ivl_sym_intern(name, strlen(name));
  if (key < 0 || (!declared && ivl_schema_declare(type, key) < 0)) return -1;
  if (i < GZ_FIELD_MEMO) g->last_fields[i].key = key, g->last_fields[i].declared_for = type;
  return key;
}

/* The symbol of an entry's type, declared a type with a name; or -1. */
static int entry_type(ivl_gazetteer *g, const char *name) {
  int type = same_symbol(g->last_type, name);
  if (type > 0) return type;
  type = ivl_sym_intern(name, strlen(name));
  if (type < 0 || ivl_schema_declare(type, IVL_SYM_NAME) < 0) return -1;
  g->last_type = type;
  return type;
}

static ivl_status add_fields(ivl_gazetteer *g, gz_entry *e, const ivl_gz_entry *in,
                             ivl_error *err) {
  e->field0 = (uint32_t)g->nfields;
  e->nfields = 0;
  for (size_t i = 0; i < in->nfields; i++) {
    const char *v = in->fields[i].value;
    if (!v || !*v) continue; /* fields that do not apply are left out */
    int key = field_key(g, i, in->fields[i].key, e->type);
    if (key < 0) return ivl_fail(err, IVL_ENOMEM, 0, "cannot intern field '%s'", in->fields[i].key);
    if (IVL_GROW(g->fields, g->capfields, g->nfields + 1))
      return ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
    size_t vlen = strlen(v);
    long off = pool_put(g, v, vlen);
    if (off < 0) return ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
    g->fields[g->nfields++] = (gz_field){key, (uint32_t)off, (uint32_t)vlen};
    e->nfields++;
  }
  return IVL_OK;
}

ivl_status ivl_gazetteer_add(ivl_gazetteer *g, const ivl_gz_entry *in, ivl_error *err) {
  if (!in->type || !*in->type) return ivl_fail(err, IVL_EARG, 0, "an entry needs a type");
  if (!in->name || !*in->name) return ivl_fail(err, IVL_EARG, 0, "an entry needs a name");
  size_t nlen = strlen(in->name);
  if (ivl_utf8_invalid_at(in->name, nlen) != nlen)
    return ivl_fail(err, IVL_EARG, 0, "name is not valid UTF-8");
  int type = entry_type(g, in->type);
  if (type < 0) return ivl_fail(err, IVL_ENOMEM, 0, "cannot intern type '%s'", in->type);
  if (g->nentries >= UINT32_MAX - 1 || IVL_GROW(g->entries, g->capentries, g->nentries + 1))
    return ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  size_t nentries = g->nentries, nkeys = g->nkeys, nfields = g->nfields;
  gz_entry *e = &g->entries[g->nentries++];
  e->type = type;
  e->alone = in->alone != 0;
  long off = pool_put(g, in->name, nlen);
  ivl_status st = off < 0 ? ivl_fail(err, IVL_ENOMEM, 0, "out of memory") : IVL_OK;
  if (st == IVL_OK) {
    e->name_off = (uint32_t)off;
    e->name_len = (uint32_t)nlen;
    /* nothing else is put in the pool between the name and the fields */
    st = add_fields(g, e, in, err);
    e->strings_end = (uint32_t)g->pool.len;
  }
  if (st == IVL_OK && !in->label_only)
    st = add_key(g, (uint32_t)nentries, in->name, in->case_rule, &g->scratch, err);
  for (size_t i = 0; i < in->nalts && st == IVL_OK; i++)
    if (in->alts[i] && *in->alts[i])
      st = add_key(g, (uint32_t)nentries, in->alts[i], in->case_rule, &g->scratch, err);
  if (st != IVL_OK) { /* leave the gazetteer as it was */
    g->nentries = nentries, g->nkeys = nkeys, g->nfields = nfields;
    return st;
  }
  g->compiled = 0;
  return IVL_OK;
}

/* {======== building the trie ======== */

/* The trie while it is built: children as sibling lists. */
typedef struct trie {
  uint32_t *first, *next, *key;
  uint8_t *label;
  size_t n, cap;
  /* the root's children by byte, 0: none: every key steps through the
  ** root, whose list of children is the longest (finding a child in the
  ** lists was 1.5M of the built-in trie's start-up) */
  uint32_t root_child[256];
} trie;

static void trie_free(trie *t) {
  free(t->first);
  free(t->next);
  free(t->key);
  free(t->label);
}

/* Room for 'cap' nodes (at least 1024, twice as many when full). 0, or -1. */
static int trie_grow(trie *t, size_t cap) {
  uint32_t *f = realloc(t->first, cap * sizeof *f);
  if (f) t->first = f;
  uint32_t *nx = realloc(t->next, cap * sizeof *nx);
  if (nx) t->next = nx;
  uint32_t *k = realloc(t->key, cap * sizeof *k);
  if (k) t->key = k;
  uint8_t *l = realloc(t->label, cap);
  if (l) t->label = l;
  if (!f || !nx || !k || !l || cap > UINT32_MAX) return -1;
  t->cap = cap;
  return 0;
}

static long trie_node(trie *t, uint8_t label) {
  if (t->n == t->cap) {
    size_t cap = t->cap ? t->cap * 2 : 1024;
    if (trie_grow(t, cap)) return -1;
  }
  t->first[t->n] = t->next[t->n] = t->key[t->n] = 0;
  t->label[t->n] = label;
  return (long)t->n++;
}

/* Insert key 'k' (0 is the root; child lists use 0 as their end). */
static int trie_insert(trie *t, ivl_gazetteer *g, uint32_t k) {
  const uint8_t *s = (const uint8_t *)pool_at(g, g->keys[k].fold_off);
  uint32_t node = 0;
  for (uint32_t i = 0; i < g->keys[k].fold_len; i++) {
    uint32_t c = node == 0 ? t->root_child[s[i]] : t->first[node];
    if (node != 0)
      while (c && t->label[c] != s[i]) c = t->next[c];
    if (!c) {
      long nc = trie_node(t, s[i]);
      if (nc < 0) return -1;
      c = (uint32_t)nc;
      t->next[c] = t->first[node];
      t->first[node] = c;
      if (node == 0) t->root_child[s[i]] = c;
    }
    node = c;
  }
  g->keys[k].next = t->key[node];
  t->key[node] = k + 1;
  return 0;
}

/* Sort a node's children kids[0, n) by their labels, which differ. By
** insertion: most nodes have one child or none, the most 256, and qsort
** called at each of the built-in trie's 33,533 nodes was 2.9M
** instructions at start-up. */
static void sort_by_label(uint32_t *kids, uint32_t n, const uint8_t *label) {
  for (uint32_t i = 1; i < n; i++) {
    uint32_t kid = kids[i], j = i;
    for (; j > 0 && label[kids[j - 1]] > label[kid]; j--) kids[j] = kids[j - 1];
    kids[j] = kid;
  }
}

/* The child of node n (not the root) by byte c, or 0; 'label' and 'wide'
** the trie's. */
static inline uint32_t child_by(const gz_node *n, const uint8_t *label, const uint32_t *wide,
                                uint8_t c) {
  /* most nodes of a walk have one child: a name's letters one by one */
  if (n->nchild == 1) return label[n->child0] == c ? n->child0 : 0;
  if (n->wide) return wide[(size_t)(n->wide - 1) * 256 + c];
  const uint8_t *lab = label + n->child0;
  for (uint32_t i = 0; i < n->nchild; i++)
    if (lab[i] == c) return n->child0 + i;
  return 0;
}

/* The child of node s (not the root) by byte c, or 0. */
static inline uint32_t step_below(const ivl_gazetteer *g, uint32_t s, uint8_t c) {
  return child_by(&g->nodes[s], g->label, g->wide, c);
}

static inline uint32_t step(const ivl_gazetteer *g, uint32_t s, uint8_t c) {
  return s == 0 ? g->root[c] : step_below(g, s, c);
}

/* The rows of the nodes with more than WIDE children. 0, or -1. */
static int make_wide(ivl_gazetteer *g) {
  size_t nwide = 0;
  for (size_t v = 1; v < g->nnodes; v++) nwide += g->nodes[v].nchild > WIDE;
  if (nwide == 0) return 0;
  if (!(g->wide = calloc(nwide * 256, sizeof *g->wide))) return -1;
  uint32_t row = 0;
  for (size_t v = 1; v < g->nnodes; v++) {
    gz_node *n = &g->nodes[v];
    if (n->nchild <= WIDE) continue;
    for (uint32_t i = 0; i < n->nchild; i++) g->wide[(size_t)row * 256 + g->label[n->child0 + i]] = n->child0 + i;
    n->wide = ++row;
  }
  return 0;
}

/* Number the trie into g->nodes, children sorted and consecutive. The
** blocks of children are laid out depth first: a node's block comes right
** after its parent's, so a walk down a long name (a chain of only
** children, "people's committee of ...") stays in a few cache lines. Laid
** out breadth first, every step of such a walk was a miss. */
static int number_nodes(ivl_gazetteer *g, trie *t) {
  uint32_t *order = malloc(t->n * sizeof *order); /* new id -> trie id */
  uint32_t *stack = malloc(t->n * sizeof *stack);  /* new ids whose children are to place */
  uint32_t *kids = malloc(256 * sizeof *kids);
  if (!order || !stack || !kids) { free(order); free(stack); free(kids); return -1; }
  size_t depth = 0, tail = 1;
  order[0] = 0;
  stack[depth++] = 0;
  while (depth > 0) {
    uint32_t id = stack[--depth], u = order[id];
    uint32_t nk = 0;
    for (uint32_t c = t->first[u]; c; c = t->next[c]) kids[nk++] = c;
    sort_by_label(kids, nk, t->label);
    g->nodes[id].child0 = (uint32_t)tail;
    g->nodes[id].nchild = (uint16_t)nk;
    g->nodes[id].key = t->key[u];
    for (uint32_t i = 0; i < nk; i++) {
      g->label[tail + i] = t->label[kids[i]];
      order[tail + i] = kids[i];
    }
    for (uint32_t i = nk; i > 0; i--) stack[depth++] = (uint32_t)(tail + i - 1); /* the first on top */
    tail += nk;
  }
  free(order);
  free(stack);
  free(kids);
  return 0;
}

/* Each node's chain of only children (gz_node.run), from the last node
** up: a chain goes on through its next node while that node has one
** child, right after it, and no key. */
static void chain_runs(ivl_gazetteer *g) {
  for (size_t v = g->nnodes; v-- > 0;) {
    gz_node *n = &g->nodes[v];
    n->run = 0;
    if (n->nchild != 1) continue;
    const gz_node *c = &g->nodes[n->child0];
    int goes_on = c->nchild == 1 && c->child0 == n->child0 + 1 && c->key == 0 && c->run < UINT16_MAX;
    n->run = (uint16_t)(goes_on ? c->run + 1 : 1);
  }
}

static void set_bit(uint8_t *bits, size_t i) { bits[i / 8] |= (uint8_t)(1u << (i % 8)); }
static int has_bit(const uint8_t *bits, size_t i) { return bits[i / 8] >> (i % 8) & 1; }

/* The hash of a lead of two words: the first word's hash (its ivl_hash,
** as the article's word table has it, words.h), the bytes between, the
** second word's. Made of the words' own hashes so that a text's words are
** hashed once, for every pass, and a lead costs a step or two more. */
static uint64_t lead_pair(uint64_t first, const uint8_t *gap, size_t n, uint64_t second) {
  return ivl_hash(first, gap, n) * 0x9E3779B97F4A7C15u + second;
}

/* The hash of the lead of s[0, n), which starts with a word: that word,
** and when another word follows, the bytes between and that word ("ho
** chi", "ba ria-vung"). *words how many words it holds. */
static uint64_t lead_hash(const uint8_t *s, size_t n, int *words, uint64_t *first) {
  size_t a = ivl_fold_word_len((const char *)s, n), b = a;
  while (b < n && !ivl_fold_is_word(s[b])) b++;
  size_t c = b < n ? b + ivl_fold_word_len((const char *)s + b, n - b) : a;
  uint64_t h = ivl_hash(IVL_HASH_START, s, a);
  *words = c > a ? 2 : 1;
  *first = h;
  return c > a ? lead_pair(h, s + a, b - a, ivl_hash(IVL_HASH_START, s + b, c - b)) : h;
}

/* The filters' bit of a lead's hash: its low bits, its high ones folded
** onto them. An FNV hash takes every byte into its low bits (its top bits
** alone let so many more words through to a walk that ivl_gazetteer_find
** took 2.2M Ir more on /tmp/b1). Mixed by a multiply first, as it was, the
** bit cost every word of a text a few instructions more (ivl_gazetteer_find
** 26.72M -> 25.95M Ir with its callees on /tmp/b1). */
static size_t lead_bit(const lead_filter *lf, uint64_t h) {
  return (size_t)(h ^ h >> 32) & lf->mask;
}

/* The byte of 'one_word' (at [0]) and of 'first_of_two' (at [1]) that
** hold bit 'bit' of each. */
static inline uint8_t *first_bits(const lead_filter *lf, size_t bit) {
  return lf->by_first + bit / 8 * 2;
}

static int is_upper_at(const char *s, size_t pos);

/* May the key match text whose first character is no capital nor digit?
** Only when its case rule lets it (case_agrees()): in any case, or
** exactly as written, the variant so written. */
static int may_start_small(const ivl_gazetteer *g, const gz_key *k) {
  return k->case_rule != IVL_CASE_TITLE &&
         (k->case_rule != IVL_CASE_EXACT || !is_upper_at(pool_at(g, k->variant_off), 0));
}

/* Room for the leads of n variants, 2^min_log2 bits at the least. 0, or
** -1 when out of memory. */
static int lead_filter_new(lead_filter *lf, size_t n, unsigned min_log2) {
  unsigned log2 = min_log2;
  while (((size_t)1 << log2) < LEAD_BITS_PER_KEY * n && log2 < 30) log2++;
  lf->mask = ((size_t)1 << log2) - 1;
  size_t bytes = ((size_t)1 << log2) / 8;
  lf->by_first = calloc(2 * bytes, 1);
  lf->two_words = calloc(bytes, 1);
  return lf->by_first && lf->two_words ? 0 : -1;
}

/* Set the lead of the folded variant f[0, n), which starts with a word. */
static void lead_filter_add(lead_filter *lf, const uint8_t *f, size_t n) {
  int words;
  uint64_t first, h = lead_hash(f, n, &words, &first);
  size_t bit = lead_bit(lf, h), fbit = lead_bit(lf, first);
  if (words == 1) first_bits(lf, bit)[0] |= (uint8_t)(1u << bit % 8);
  else set_bit(lf->two_words, bit), first_bits(lf, fbit)[1] |= (uint8_t)(1u << fbit % 8);
}

/* The filters of the variants' leads. 0, or -1 when out of memory. */
static int index_leads(ivl_gazetteer *g) {
  size_t small = 0;
  for (size_t k = 0; k < g->nkeys; k++) small += may_start_small(g, &g->keys[k]);
  if (lead_filter_new(&g->leads[1], g->nkeys, LEAD_MIN_BITS) ||
      lead_filter_new(&g->leads[0], small, LOW_LEAD_MIN_BITS))
    return -1;
  for (size_t k = 0; k < g->nkeys; k++) {
    const uint8_t *f = (const uint8_t *)pool_at(g, g->keys[k].fold_off);
    if (!ivl_fold_is_word(f[0])) continue; /* starts with a mark: index_starts() */
    lead_filter_add(&g->leads[1], f, g->keys[k].fold_len);
    if (may_start_small(g, &g->keys[k])) lead_filter_add(&g->leads[0], f, g->keys[k].fold_len);
  }
  return 0;
}

/* The root's table, and the bits of the variants' first two bytes. */
static void index_starts(ivl_gazetteer *g) {
  memset(g->root, 0, sizeof g->root);
  memset(g->pairs, 0, sizeof g->pairs);
  memset(g->singles, 0, sizeof g->singles);
  memset(g->first_byte, 0, sizeof g->first_byte);
  g->mark_starts = 0;
  for (uint32_t i = 0; i < g->nodes[0].nchild; i++)
    g->root[g->label[g->nodes[0].child0 + i]] = g->nodes[0].child0 + i;
  for (size_t k = 0; k < g->nkeys; k++) {
    const uint8_t *f = (const uint8_t *)pool_at(g, g->keys[k].fold_off);
    if (g->keys[k].fold_len == 1) set_bit(g->singles, f[0]);
    else if (g->keys[k].fold_len > 1) set_bit(g->pairs, (size_t)f[0] << 8 | f[1]);
    if (g->keys[k].fold_len) g->first_byte[f[0]] = 1;
    if (g->keys[k].fold_len && !ivl_fold_is_word(f[0])) g->mark_starts = 1;
  }
}

static int index_marks(ivl_gazetteer *g);

ivl_status ivl_gazetteer_compile(ivl_gazetteer *g, ivl_error *err) {
  if (g->compiled) return IVL_OK;
  free_compiled(g);
  /* room for the most nodes the keys can make, at once: grown step by
  ** step, the copies were 0.7M of the built-in trie's start-up */
  size_t most = 1;
  for (size_t k = 0; k < g->nkeys; k++) most += g->keys[k].fold_len;
  trie t = {0};
  int bad = trie_grow(&t, most < 1024 ? 1024 : most) || trie_node(&t, 0) < 0;
  for (size_t k = 0; k < g->nkeys && !bad; k++) bad = trie_insert(&t, g, (uint32_t)k);
  if (!bad) {
    g->nnodes = t.n;
    g->nodes = calloc(t.n, sizeof *g->nodes);
    g->label = calloc(t.n + 8, 1); /* 8 more: labels_differ() loads eight at once */
    bad = !g->nodes || !g->label || number_nodes(g, &t) || make_wide(g) || index_marks(g) ||
          index_leads(g);
  }
  if (!bad) index_starts(g), chain_runs(g);
  trie_free(&t);
  if (bad) {
    free_compiled(g);
    return ivl_fail(err, IVL_ENOMEM, 0, "out of memory building the gazetteer");
  }
  g->compiled = 1;
  return IVL_OK;
}

/* {======== scanning ======== */

static int is_upper_at(const char *s, size_t pos) {
  unsigned char c = (unsigned char)s[pos];
  if (c < 0x80) return ivl_isupper(c) || ivl_isdigit(c);
  size_t n;
  int32_t cp = ivl_utf8_decode(s + pos, 4, &n);
  utf8proc_category_t cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

static int case_agrees(const ivl_gazetteer *g, const gz_key *k, const char *view, size_t vs,
                       size_t ve) {
  switch (k->case_rule) {
    case IVL_CASE_ANY: return 1;
    case IVL_CASE_EXACT:
      return ve - vs == k->variant_len && memcmp(view + vs, pool_at(g, k->variant_off), ve - vs) == 0;
    default: return is_upper_at(view, vs);
  }
}

/* {======== marks ======== */

#define MAX_MARKS 32

/* The diacritics of s[0, n) in order, as the combining marks of each
** letter's decomposition ('đ' counts as one). The count; MAX_MARKS + 1 when
** there are too many to compare. Where a tone sits ("Hòa", "Hoà") does not
** change it; which tone does ("Huệ", "Huế") or which vowel mark ("Văn",
** "Vân") does. */
/* The marks one character beyond ASCII adds, in order, as marks_of()
** counts them: up to CHAR_MARKS of them. */
static size_t char_marks(int32_t cp, int32_t *out) {
  if (cp == 0x0110 || cp == 0x0111) {
    out[0] = 0x0111;
    return 1;
  }
  int32_t d[8];
  size_t k = 0;
  utf8proc_ssize_t m = utf8proc_decompose_char(cp, d, 8, UTF8PROC_DECOMPOSE, NULL);
  for (utf8proc_ssize_t i = 0; i < m && i < 8; i++)
    if (utf8proc_category(d[i]) == UTF8PROC_CATEGORY_MN) out[k++] = d[i];
  return k;
}

/* The marks of the characters of the Latin, Greek and Cyrillic blocks
** (up to MARKS_TABLE_END, as fold.c's table), taken apart once: taking
** a character apart asks utf8proc twice and more, and the texts' letters
** with diacritics were taken apart at every walk down the trie. A
** character of more marks, or of marks beyond 16 bits, asks utf8proc. */
#define MARKS_TABLE_END 0x2100
#define CHAR_MARKS 3
typedef struct char_marks_slot {
  uint8_t n; /* 0xFF: not kept, ask char_marks() */
  uint16_t m[CHAR_MARKS];
} char_marks_slot;
static char_marks_slot marks_table[MARKS_TABLE_END];
static pthread_once_t marks_once = PTHREAD_ONCE_INIT;

/* The table as a snapshot holds it (read_snapshot()), to be copied rather
** than worked out: asking utf8proc of its 8K characters was 1.3M Ir at
** start-up. Per thread: the once runs in the thread that reads one. */
static _Thread_local const unsigned char *marks_from_snapshot;

static void fill_marks_table(void) {
  if (marks_from_snapshot) {
    memcpy(marks_table, marks_from_snapshot, sizeof marks_table);
    return;
  }
  for (int32_t cp = 0x80; cp < MARKS_TABLE_END; cp++) {
    int32_t m[8];
    size_t k = char_marks(cp, m);
    char_marks_slot *sl = &marks_table[cp];
    sl->n = 0xFF;
    if (k > CHAR_MARKS) continue;
    int wide = 0;
    for (size_t i = 0; i < k; i++) wide |= m[i] > 0xFFFF, sl->m[i] = (uint16_t)m[i];
    if (!wide) sl->n = (uint8_t)k;
  }
}

/* The diacritics of s[0, n) in order, as the combining marks of each
** letter's decomposition ('đ' counts as one). The count; MAX_MARKS + 1 when
** there are too many to compare. Where a tone sits ("Hòa", "Hoà") does not
** change it; which tone does ("Huệ", "Huế") or which vowel mark ("Văn",
** "Vân") does. The table is filled by ivl_gazetteer_compile(). ASCII
** bears no marks and is passed over eight bytes at a time: most names
** are ASCII ("Vietnam", "Hanoi", the sectors), and a byte at a time it
** was two thirds of marks_of()'s 2.5M Ir on /tmp/b1. */
static size_t marks_of(const char *s, size_t n, int32_t *out) {
  size_t k = 0;
  for (size_t p = 0, len; p < n; p += len) {
    if (n - p >= 8 && !ivl_word_nonascii(ivl_load8(s + p))) { len = 8; continue; }
    if ((unsigned char)s[p] < 0x80) { len = 1; continue; }
    int32_t cp = ivl_utf8_decode(s + p, n - p, &len), d[8];
    const char_marks_slot *sl = cp < MARKS_TABLE_END ? &marks_table[cp] : NULL;
    if (sl && sl->n != 0xFF) {
      for (size_t i = 0; i < sl->n; i++, k++)
        if (k < MAX_MARKS) out[k] = sl->m[i];
      continue;
    }
    size_t m = char_marks(cp, d);
    for (size_t i = 0; i < m; i++, k++)
      if (k < MAX_MARKS) out[k] = d[i];
  }
  return k > MAX_MARKS ? MAX_MARKS + 1 : k;
}

/* Each key's diacritics, or its entry name's when it has none. 0, or -1
** when out of memory. */
static int index_marks(ivl_gazetteer *g) {
  pthread_once(&marks_once, fill_marks_table);
  int province = ivl_sym_find("province", 8); /* the field of a Vietnamese place */
  for (size_t k = 0; k < g->nkeys; k++) {
    gz_key *key = &g->keys[k];
    int32_t m[MAX_MARKS];
    size_t n = marks_of(pool_at(g, key->variant_off), key->variant_len, m);
    key->marks_of_name = n == 0;
    if (n == 0) {
      const gz_entry *e = &g->entries[key->entry];
      n = marks_of(pool_at(g, e->name_off), e->name_len, m);
    }
    size_t stored = n > MAX_MARKS ? 0 : n; /* too many to compare: none kept */
    if (IVL_GROW(g->marks, g->capmarks, g->nmarks + stored)) return -1;
    if (stored) memcpy(g->marks + g->nmarks, m, stored * sizeof *m);
    key->marks_off = (uint32_t)g->nmarks;
    key->nmarks = (uint8_t)n;
    /* a Vietnamese place whose name has no marks ("Vinh", "Long An") is
    ** not the words written with them: "Vĩnh" of "Vĩnh Tân", "Phước Vĩnh" */
    key->plain = n == 0 && (g->entries[key->entry].type == IVL_SYM_COUNTRY ||
                            (province > 0 && ivl_gazetteer_field(g, key->entry, province)));
    g->nmarks += stored;
  }
  return 0;
}

/* The diacritics of the text's view[vs, ve), kept along one walk down the
** trie: the keys found from one place end further and further on, and
** several keys often end at one place, so the marks are taken apart once,
** each new stretch added to the last (taking apart a character's marks
** asks utf8proc, and was a fifth of finding the names). */
typedef struct text_marks {
  size_t vs, ve; /* ve 0: none yet */
  size_t n;      /* as marks_of() counts them */
  int32_t m[MAX_MARKS];
} text_marks;

static const text_marks *marks_until(text_marks *tm, const char *view, size_t vs, size_t ve) {
  if (tm->ve == 0 || tm->vs != vs || tm->ve > ve) tm->vs = tm->ve = vs, tm->n = 0;
  if (tm->ve < ve && tm->n <= MAX_MARKS) {
    int32_t more[MAX_MARKS];
    size_t k = marks_of(view + tm->ve, ve - tm->ve, more), room = MAX_MARKS - tm->n;
    memcpy(tm->m + tm->n, more, (k < room ? k : room) * sizeof *more);
    tm->n = tm->n + k > MAX_MARKS ? MAX_MARKS + 1 : tm->n + k;
  }
  tm->ve = ve;
  return tm;
}

/* Is view[vs, ve) written with no diacritics? */
__attribute__((noinline)) /* rare (a country's plain key): the find loop stays tight without it */
static int unmarked(const char *view, size_t vs, size_t ve, text_marks *tm) {
  size_t p = vs; /* most text is ASCII: no marks to take apart */
  while (p < ve && (unsigned char)view[p] < 0x80) p++;
  return p == ve || marks_until(tm, view, vs, ve)->n == 0;
}

/* Does view[vs, ve) agree with the marks of k at a look: written in
** ASCII (no marks: any agree), or as the words k's marks were taken from
** are (its variant, or its entry's name: "Việt Nam" for the key "Viet
** Nam"), the same marks? Most stretches are one or the other ("Vietnam",
** "Việt Nam"), and taking their marks apart at each was 1.4M of
** ivl_gazetteer_find's 25.0M Ir on /tmp/b1 (with its callees). */
static int written_as_marked(const ivl_gazetteer *g, const gz_key *k, const char *view, size_t vs,
                             size_t ve) {
  const gz_entry *e = &g->entries[k->entry];
  size_t n = k->marks_of_name ? e->name_len : k->variant_len;
  const char *marked = pool_at(g, k->marks_of_name ? e->name_off : k->variant_off);
  if (ve - vs == n && memcmp(view + vs, marked, n) == 0) return 1;
  size_t p = vs;
  while (p < ve && (unsigned char)view[p] < 0x80) p++;
  return p == ve;
}

/* Text written with diacritics names the place with the same ones: "Huệ"
** (a given name) is not "Huế", "Văn Tùng" not "Vân Tùng". A key written
** without them stands for the entry's name; text without them matches any. */
static int marks_agree(const ivl_gazetteer *g, const gz_key *k, const char *view, size_t vs,
                       size_t ve, text_marks *tm) {
  /* A country written plain, its name too ("Thai", "Thailand"), is not a
  ** Vietnamese word written with its marks: "Thái" in "Thái Thụy district",
  ** "Lào"; nor is a Vietnamese place named without them ("Vinh": "Vĩnh") */
  /* text as long as its folded form has no letter of several bytes, so
  ** none with marks (each folds to one): nothing to take apart */
  if (k->nmarks == 0) return !k->plain || ve - vs == k->fold_len || unmarked(view, vs, ve, tm);
  if (written_as_marked(g, k, view, vs, ve)) return 1;
  const text_marks *t = marks_until(tm, view, vs, ve);
  if (t->n == 0 || t->n > MAX_MARKS) return 1;
  return k->nmarks == t->n && memcmp(g->marks + k->marks_off, t->m, t->n * sizeof *t->m) == 0;
}

/* "Bac NinhProvince": words run together in the source, a place's name
** ends where an administrative word starts with a capital after a small
** letter ("VietnamPlus" is no place). */
static int run_together(const ivl_gazetteer *g, const gz_key *k, const char *view, size_t ve) {
  static const char *const words[] = {"Province", "City", "District", "Town", "Ward", "Commune", NULL};
  if (g->entries[k->entry].type != IVL_SYM_LOCATION || ve == 0) return 0;
  size_t p = ivl_utf8_prev(view, ve), n;
  int32_t cp = ivl_utf8_decode(view + p, ve - p, &n);
  if (!(cp < 0x80 ? (cp >= 'a' && cp <= 'z') : utf8proc_category(cp) == UTF8PROC_CATEGORY_LL)) return 0;
  for (const char *const *w = words; *w; w++) {
    size_t wl = strlen(*w);
    if (strncmp(view + ve, *w, wl) == 0 && !ivl_isalnum((unsigned char)view[ve + wl]) &&
        (unsigned char)view[ve + wl] < 0x80)
      return 1;
  }
  return 0;
}

/* A key found ending at folded offset 'end': keep it if it stands as
** whole words and its case and diacritics agree. */
static int consider(const ivl_gazetteer *g, const ivl_fold *f, const char *view, const gz_key *key,
                    size_t end, text_marks *tm, ivl_gz_hits *out) {
  size_t start = end - key->fold_len;
  /* the key is the text's t[start, end): its first and last bytes are there */
  const uint8_t *t = (const uint8_t *)f->text;
  if (start > 0 && ivl_fold_is_word(t[start]) && ivl_fold_is_word(t[start - 1])) return 0;
  size_t vs = f->pos[start], ve = f->pos[end];
  if (end < f->len && ivl_fold_is_word(t[end - 1]) && ivl_fold_is_word(t[end]) &&
      !run_together(g, key, view, ve))
    return 0;
  if (!case_agrees(g, key, view, vs, ve) || !marks_agree(g, key, view, vs, ve, tm)) return 0;
  if (IVL_GROW(out->items, out->cap, out->n + 1)) return -1;
  out->items[out->n++] = (ivl_gz_hit){key->entry, (uint32_t)vs, (uint32_t)ve};
  return 0;
}

/* Leftmost first; at one place the longest; then the entry added last
** (a user's entry overrides a built-in one with the same variant). */
static int by_place(const void *pa, const void *pb) {
  const ivl_gz_hit *a = pa, *b = pb;
  if (a->vstart != b->vstart) return a->vstart < b->vstart ? -1 : 1;
  if (a->vend != b->vend) return a->vend > b->vend ? -1 : 1;
  return a->entry > b->entry ? -1 : a->entry < b->entry;
}

/* The hits come nearly in order (by start; the keys of one start by
** their end, shortest first): an insertion sort is linear in them. Should
** a gazetteer make it otherwise (many variants ending at one place), the
** sort gives up after a few moves a hit and leaves it to qsort. */
_Static_assert(sizeof(ivl_gz_hit) <= IVL_SORT_TMP, "sorted stably by ivl_sort_nearly, not handed to qsort");
static void sort_by_place(ivl_gz_hits *h) {
  ivl_sort_nearly(h->items, h->n, sizeof *h->items, by_place, 8);
}

static void keep_leftmost_longest(ivl_gz_hits *h) {
  sort_by_place(h);
  size_t w = 0;
  uint32_t end = 0;
  for (size_t i = 0; i < h->n; i++) {
    if (w > 0 && h->items[i].vstart < end) continue;
    h->items[w++] = h->items[i];
    end = h->items[i].vend;
  }
  h->n = w;
}

/* The administrative words a place's name may run into (run_together()),
** by their last four bytes (in memory order), each in its slot of eight
** by a multiplicative hash of them: a word is asked with one load, one
** multiply and one compare. */
#define LAST4(a, b, c, d) ((uint32_t)(a) | (uint32_t)(b) << 8 | (uint32_t)(c) << 16 | (uint32_t)(d) << 24)
#define ADMIN_SLOT(last4) ((uint32_t)((last4) * 0x9E3779B1u) >> 29)
#define ADMIN_CITY LAST4('c', 'i', 't', 'y')
#define ADMIN_TOWN LAST4('t', 'o', 'w', 'n')
#define ADMIN_WARD LAST4('w', 'a', 'r', 'd')
#define ADMIN_PROVINCE LAST4('i', 'n', 'c', 'e')
#define ADMIN_COMMUNE LAST4('m', 'u', 'n', 'e')
#define ADMIN_DISTRICT LAST4('r', 'i', 'c', 't')
#define ADMIN_BIT(last4) (1u << ADMIN_SLOT(last4))
_Static_assert(ADMIN_BIT(ADMIN_CITY) + ADMIN_BIT(ADMIN_TOWN) + ADMIN_BIT(ADMIN_WARD) +
                       ADMIN_BIT(ADMIN_PROVINCE) + ADMIN_BIT(ADMIN_COMMUNE) + ADMIN_BIT(ADMIN_DISTRICT) ==
                   (ADMIN_BIT(ADMIN_CITY) | ADMIN_BIT(ADMIN_TOWN) | ADMIN_BIT(ADMIN_WARD) |
                    ADMIN_BIT(ADMIN_PROVINCE) | ADMIN_BIT(ADMIN_COMMUNE) | ADMIN_BIT(ADMIN_DISTRICT)),
               "the administrative words' slots differ");

typedef struct admin_word {
  uint32_t last4; /* 0: an empty slot (no word ends with NULs) */
  uint32_t len;
  const char *word;
} admin_word;

static const admin_word admin_words[8] = {
  [ADMIN_SLOT(ADMIN_CITY)] = {ADMIN_CITY, 4, "city"},
  [ADMIN_SLOT(ADMIN_TOWN)] = {ADMIN_TOWN, 4, "town"},
  [ADMIN_SLOT(ADMIN_WARD)] = {ADMIN_WARD, 4, "ward"},
  [ADMIN_SLOT(ADMIN_PROVINCE)] = {ADMIN_PROVINCE, 8, "province"},
  [ADMIN_SLOT(ADMIN_COMMUNE)] = {ADMIN_COMMUNE, 7, "commune"},
  [ADMIN_SLOT(ADMIN_DISTRICT)] = {ADMIN_DISTRICT, 8, "district"},
};

/* A place's name run into the next word ("Bac NinhProvince", see
** run_together()) ends a word of the folded text inside it, before an
** administrative word: such a word, and the word before it, are walked
** whatever their first word. The length of the administrative word the
** folded word w[0, n) ends with (or is), or 0. Asked once of every word
** of a text: tests by the last letter then memcmp, asked twice a word,
** were 2.8M of ivl_gazetteer_find's 21.5M Ir on /tmp/b1. */
static inline size_t admin_suffix(const uint8_t *w, size_t n) {
  if (n < 4) return 0;
  uint32_t last; /* LAST4() of its last four bytes, in one load */
  memcpy(&last, w + n - 4, 4);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  last = __builtin_bswap32(last);
#endif
  const admin_word *a = &admin_words[ADMIN_SLOT(last)];
  if (a->last4 != last) return 0;
  return a->len == 4 || (n >= a->len && memcmp(w + n - a->len, a->word, 4) == 0) ? a->len : 0;
}

/* Could a name that starts with punctuation start at t[0]? */
static inline int mark_may_start(const ivl_gazetteer *g, const uint8_t *t) {
  return g->first_byte[t[0]] &&
         (has_bit(g->singles, t[0]) || has_bit(g->pairs, (size_t)t[0] << 8 | t[1]));
}

/* Do the text's t[0, r) and the labels l[0, r) differ, r > 1, the text
** with 'room' bytes from t on? A chain of eight bytes or fewer (most of
** them: the rest of a word) is compared in one load of each, with the
** text room for it (the labels have eight bytes of room past the last):
** memcmp(), a call, took 0.6M Ir of 31K chains on /tmp/b1. */
static inline int labels_differ(const uint8_t *t, const uint8_t *l, size_t r, size_t room) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (r <= 8 && room >= 8) {
    uint64_t x = ivl_load8((const char *)t) ^ ivl_load8((const char *)l);
    return (r == 8 ? x : x & (((uint64_t)1 << (r * 8)) - 1)) != 0;
  }
#endif
  return memcmp(t, l, r) != 0;
}

/* One move of a walk down the trie from node s (not the root) along the
** text t[0, len), from *j on: the node reached, *j past the bytes read;
** 0 when the text leaves the trie. A chain of only children is taken
** whole: the text has its labels, or no key is further on. The trie's
** arrays come as arguments, kept by keys_from() in registers: read
** through 'g' at every step, they were loaded again after each call
** (consider() may grow the hits; 0.6M Ir of 189K steps on /tmp/b1). */
static inline uint32_t walk_on(const gz_node *nodes, const uint8_t *label, const uint32_t *wide,
                               uint32_t s, const uint8_t *t, size_t len, size_t *j) {
  if (*j >= len) return 0;
  const gz_node *n = &nodes[s];
  if (n->run > 1) {
    size_t r = n->run;
    if (r > len - *j || labels_differ(t + *j, label + n->child0, r, len - *j)) return 0;
    *j += r;
    return n->child0 + (uint32_t)r - 1;
  }
  return child_by(n, label, wide, t[(*j)++]);
}

/* Every key that starts at folded offset i (< f->len): one walk down the
** trie along the text, its first step by the root's table. The trie's
** arrays and the keys are read from locals, which stay in registers
** across consider()'s calls (walk_on()). */
static int keys_from(const ivl_gazetteer *g, const ivl_fold *f, const char *view, size_t i,
                     ivl_gz_hits *out) {
  const uint8_t *t = (const uint8_t *)f->text;
  text_marks tm;
  tm.ve = 0;
  size_t j = i + 1; /* where the keys of node s end */
  const gz_node *nodes = g->nodes;
  const uint8_t *label = g->label;
  const uint32_t *wide = g->wide;
  const gz_key *keys = g->keys;
  for (uint32_t s = g->root[t[i]]; s != 0; s = walk_on(nodes, label, wide, s, t, f->len, &j))
    for (uint32_t k = nodes[s].key; k; k = keys[k - 1].next)
      if (consider(g, f, view, &keys[k - 1], j, &tm, out)) return -1;
  return 0;
}

/* Where the walks start, found a block at a time by a scan that calls
** nothing: the filters' fields and the word table stay in registers, where
** asking them word by word between walks reloaded them all at every word
** (a walk is a call that might change them). */
#define STARTS_BLOCK 256

typedef struct start_scan {
  size_t k;   /* the next word; ws->n: the bytes after the last; ws->n + 1: done */
  size_t gap; /* the next byte between words not yet asked */
  int run;    /* admin_run() of word k */
} start_scan;

/* Does the folded word w[0, n) end with an administrative word and have
** more before it ("ninhprovince" of "Bac NinhProvince")? Only inside such
** a word may a variant end (consider(), run_together()): the view holds
** the administrative word after the name, then a byte of ASCII that is
** no letter or digit, so the folded word holds the name's end and the
** administrative word whole, and ends there. A word that is one ("city",
** "province") holds no name's end: a name before it ends before it. */
static inline int admin_run(const uint8_t *w, size_t n) {
  if (n < 5) return 0; /* an administrative word has four bytes or more */
  size_t suffix = admin_suffix(w, n);
  return suffix && suffix < n;
}

/* Could a name start at word k of the text, 'run' the admin_run() of it
** and 'next_run' of the next? A variant is matched byte for byte, and its
** first word, or its first two, are whole words: the text's word or words
** there must be the same ('one_word', 'two_words', asked by one load of
** the pair of bytes of 'by_first'). A place's name may also run into an
** administrative word, and only then end inside a word of the text: inside
** this word, or inside the next (a name of three words or more ending
** inside a word has its first two whole). */
static inline int word_may_start(const lead_filter *leads, const ivl_fold *f, const ivl_words *ws,
                                 size_t k, int run, int next_run) {
  const ivl_word *w = &ws->w[k];
  /* the word's first character is is_upper_at()'s, which case_agrees() asks */
  const lead_filter *lf = &leads[(w->flags & (IVL_WORD_CAPITAL | IVL_WORD_DIGIT)) != 0];
  size_t bit = lead_bit(lf, w->hash);
  const uint8_t *firsts = first_bits(lf, bit);
  /* bit 0: 'one_word''s, bit 8: 'first_of_two''s; most words have
  ** neither, nor run into an administrative word, and are let go at once */
  unsigned bits = ((unsigned)firsts[0] | (unsigned)firsts[1] << 8) >> bit % 8 & 0x101u;
  unsigned runs = (unsigned)(run | next_run);
  if (!(bits | runs)) return 0;
  if ((bits & 1) | runs) return 1;
  if (k + 1 >= ws->n) return 0;
  const ivl_word *next = w + 1;
  uint64_t h2 = lead_pair(w->hash, (const uint8_t *)f->text + w->fe, next->fs - w->fe, next->hash);
  return has_bit(lf->two_words, lead_bit(lf, h2));
}

/* The next places (folded offsets, in order) where a name may start, up
** to STARTS_BLOCK: bytes between words that start a name with punctuation
** (mark_may_start()), and words that may start one (word_may_start()).
** Each word's admin_run() is asked once, when it is the next word. */
static size_t next_starts(const ivl_gazetteer *g, const ivl_fold *f, const ivl_words *ws,
                          start_scan *sc, uint32_t *starts) {
  /* copied: read through 'g', the filters were loaded again at each word,
  ** as the starts written might have changed them */
  const lead_filter leads[2] = {g->leads[0], g->leads[1]};
  const uint8_t *t = (const uint8_t *)f->text;
  const ivl_word *w = ws->w;
  size_t nw = ws->n, k = sc->k, gap = sc->gap, n = 0;
  int run = sc->run;
  if (!g->mark_starts) { /* no byte between words starts a name: the words alone */
    while (k < nw && n < STARTS_BLOCK) {
      /* a word gives one start at most: as many words as the block has
      ** room for are asked without asking whether it is full; the last
      ** word, which has no next, on its own */
      size_t stop = k + (STARTS_BLOCK - n) < nw - 1 ? k + (STARTS_BLOCK - n) : nw - 1;
      for (; k < stop; k++) {
        int next_run = admin_run(t + w[k + 1].fs, w[k + 1].fe - w[k + 1].fs);
        if (word_may_start(leads, f, ws, k, run, next_run)) starts[n++] = w[k].fs;
        run = next_run;
      }
      if (k == nw - 1 && n < STARTS_BLOCK) {
        if (word_may_start(leads, f, ws, k, run, 0)) starts[n++] = w[k].fs;
        k++;
      }
    }
    if (k == nw) k = nw + 1; /* done: the bytes after the last word start nothing either */
    goto full;
  }
  for (; k <= nw; k++) {
    size_t end = k < nw ? w[k].fs : f->len;
    for (; gap < end; gap++)
      if (mark_may_start(g, t + gap)) {
        if (n == STARTS_BLOCK) goto full;
        starts[n++] = (uint32_t)gap;
      }
    if (k == nw) continue; /* the bytes after the last word are asked */
    if (n == STARTS_BLOCK) goto full;
    int next_run = k + 1 < nw && admin_run(t + w[k + 1].fs, w[k + 1].fe - w[k + 1].fs);
    if (word_may_start(leads, f, ws, k, run, next_run)) starts[n++] = w[k].fs;
    run = next_run;
    gap = w[k].fe;
  }
full:
  sc->k = k, sc->gap = gap, sc->run = run;
  return n;
}

/* The walks start only where a name can: most words do not start a
** variant, and are turned away by a look or two in bit sets. An Aho-Corasick
** scan, which stepped at every byte and reached deep, scattered nodes
** through failure links, was 11 per cent of an extraction. The words and
** their hashes are the article's word table's: the text is not measured
** or hashed here again. */
int ivl_gazetteer_find(const ivl_gazetteer *g, const ivl_fold *f, const ivl_words *ws,
                       const char *view, ivl_gz_hits *out) {
  out->n = 0;
  if (!g->compiled) return -2;
  if (g->nnodes <= 1) return 0;
  start_scan sc = {0, 0, 0};
  if (ws->n) sc.run = admin_run((const uint8_t *)f->text + ws->w[0].fs, ws->w[0].fe - ws->w[0].fs);
  uint32_t starts[STARTS_BLOCK];
  while (sc.k <= ws->n) {
    size_t n = next_starts(g, f, ws, &sc, starts);
    for (size_t i = 0; i < n; i++)
      if (keys_from(g, f, view, starts[i], out)) return -1;
  }
  keep_leftmost_longest(out);
  return 0;
}

void ivl_gz_hits_free(ivl_gz_hits *h) {
  free(h->items);
  memset(h, 0, sizeof *h);
}

/* {======== reading entries ======== */

/* walk() for a name of printable ASCII, stepped along as it is read: the
** name of a text's shape (some 7,000 an extraction, most no entry's) was
** checked as UTF-8 and folded whole before its first step. Every byte
** stepped is one the fold writes, as it is (ivl_fold_keeps()), so the
** first step that fails ends the walk. Sets *asked 0 when the name needs
** folding first. */
static uint32_t walk_ascii(const ivl_gazetteer *g, const char *name, size_t len, int *asked) {
  uint32_t s = 0;
  *asked = 0;
  for (size_t i = 0; i < len; i++) {
    if (!ivl_fold_keeps(name, len, i)) return 0;
    s = step(g, s, (uint8_t)ivl_tolower((unsigned char)name[i]));
    if (s == 0) break;
  }
  *asked = len > 0;
  return s;
}

/* The trie node reached by the folded form of 'name', or 0. Names are
** looked up for many stretches of every text: a short one is folded on
** the stack. */
static uint32_t walk(const ivl_gazetteer *g, const char *name, size_t len) {
  if (!g->compiled || g->nnodes <= 1) return 0;
  int asked;
  uint32_t found = walk_ascii(g, name, len, &asked);
  if (asked) return found;
  if (ivl_utf8_invalid_at(name, len) != len) return 0;
  char stack[256], *folded = stack;
  if (IVL_FOLD_ROOM(len) > sizeof stack && !(folded = malloc(IVL_FOLD_ROOM(len)))) return 0;
  size_t n = ivl_fold_name(name, len, folded);
  uint32_t s = 0;
  for (size_t i = 0; i < n && (i == 0 || s); i++) s = step(g, s, (uint8_t)folded[i]);
  if (folded != stack) free(folded);
  return s;
}

long ivl_gazetteer_lookup(const ivl_gazetteer *g, const char *name, size_t len) {
  uint32_t s = walk(g, name, len);
  long best = -1;
  for (uint32_t k = s ? g->nodes[s].key : 0; k; k = g->keys[k - 1].next)
    if ((long)g->keys[k - 1].entry > best) best = (long)g->keys[k - 1].entry;
  return best;
}

long ivl_gazetteer_lookup_field(const ivl_gazetteer *g, const char *name, size_t len, int type, int key,
                                const char *value) {
  uint32_t s = walk(g, name, len);
  long best = -1;
  for (uint32_t k = s ? g->nodes[s].key : 0; k; k = g->keys[k - 1].next) {
    uint32_t e = g->keys[k - 1].entry;
    if ((long)e <= best || g->entries[e].type != type) continue;
    const char *v = ivl_gazetteer_field(g, e, key);
    if (v && strcmp(v, value) == 0) best = (long)e;
  }
  return best;
}

int ivl_gazetteer_names_entry(const ivl_gazetteer *g, uint32_t entry, const char *text,
                              size_t len) {
  uint32_t s = walk(g, text, len);
  for (uint32_t k = s ? g->nodes[s].key : 0; k; k = g->keys[k - 1].next)
    if (g->keys[k - 1].entry == entry) return 1;
  return 0;
}

int ivl_gazetteer_type(const ivl_gazetteer *g, uint32_t entry) { return g->entries[entry].type; }

const char *ivl_gazetteer_name(const ivl_gazetteer *g, uint32_t entry) {
  return pool_at(g, g->entries[entry].name_off);
}

int ivl_gazetteer_alone(const ivl_gazetteer *g, uint32_t entry) { return g->entries[entry].alone; }

const char *ivl_gazetteer_field(const ivl_gazetteer *g, uint32_t entry, int key) {
  const gz_entry *e = &g->entries[entry];
  for (uint32_t i = 0; i < e->nfields; i++)
    if (g->fields[e->field0 + i].key == key) return pool_at(g, g->fields[e->field0 + i].off);
  return NULL;
}

/* The entry's strings (its name, when 'with_name', and its fields') are
** copied into the store's pool in one piece, as they lie in the
** gazetteer's: one copy a name found, not one a field. */
int ivl_gazetteer_store_fields(const ivl_gazetteer *g, uint32_t entry, ivl_store *s,
                               int with_name) {
  const gz_entry *e = &g->entries[entry];
  if (!with_name && e->nfields == 0) return 0;
  uint32_t from = with_name ? e->name_off : g->fields[e->field0].off;
  long base = ivl_store_put(s, pool_at(g, from), e->strings_end - from);
  if (base < 0) return -1;
  if (with_name && ivl_store_str_at(s, IVL_SYM_NAME, (size_t)base, e->name_len)) return -1;
  for (uint32_t i = 0; i < e->nfields; i++) {
    const gz_field *fd = &g->fields[e->field0 + i];
    if (ivl_store_str_at(s, fd->key, (size_t)base + (fd->off - from), fd->len)) return -1;
  }
  return 0;
}

/* {======== snapshots ======== */

/* A compiled gazetteer as bytes: its arrays one after the other, each
** after its length, as the machine lays them out (the build makes the
** built-in one's with the same compiler, tools/gen_gazetteer.c). Symbols
** are process-wide and interned in the order met, so the snapshot keeps
** the names of those its entries use, in the order adding the entries
** interned them, and the schema's declarations in the order made; loading
** makes them again and renumbers the entries' types and fields. Reading
** the built-in files and building the trie took 26.6M Ir at every
** start (ivl_gazetteer_new_builtin on /tmp/b1, 5 per cent of the run). */
#define SNAPSHOT_MAGIC 0x315A47564C5649ull /* "IVLVGZ1" */

static int put_u64(ivl_buf *out, uint64_t v) { return ivl_buf_append(out, &v, sizeof v); }

static int put_array(ivl_buf *out, const void *p, size_t bytes) {
  return put_u64(out, bytes) || ivl_buf_append(out, p, bytes);
}

/* The symbols the entries use, in the order ivl_gazetteer_add() first
** interned them (each entry's type, then its fields' keys), and the
** schema's declarations in the order first made: 'order' the ids, 'decls'
** (type, key) pairs. 0, or -1 when out of memory. */
static int symbol_order(const ivl_gazetteer *g, uint32_t **order, size_t *norder, uint32_t **decls,
                        size_t *ndecls) {
  size_t cap = 0, dcap = 0;
  *order = NULL, *decls = NULL, *norder = *ndecls = 0;
  for (size_t e = 0; e < g->nentries; e++) {
    const gz_entry *en = &g->entries[e];
    for (uint32_t f = 0; f <= en->nfields; f++) {
      uint32_t sym = f == 0 ? (uint32_t)en->type : (uint32_t)g->fields[en->field0 + f - 1].key;
      uint32_t key = f == 0 ? IVL_SYM_NAME : sym;
      size_t i = 0, d = 0;
      while (i < *norder && (*order)[i] != sym) i++;
      if (i == *norder) {
        if (IVL_GROW(*order, cap, *norder + 1)) return -1;
        (*order)[(*norder)++] = sym;
      }
      while (d < *ndecls && ((*decls)[2 * d] != (uint32_t)en->type || (*decls)[2 * d + 1] != key)) d++;
      if (d == *ndecls) {
        if (IVL_GROW(*decls, dcap, 2 * *ndecls + 2)) return -1;
        (*decls)[2 * d] = (uint32_t)en->type, (*decls)[2 * d + 1] = key;
        (*ndecls)++;
      }
    }
  }
  return 0;
}

int ivl_gazetteer_snapshot(const ivl_gazetteer *g, ivl_buf *out) {
  if (!g->compiled || !g->pool.data) return -1;
  uint32_t *order, *decls;
  size_t norder, ndecls, nwide = 0;
  if (symbol_order(g, &order, &norder, &decls, &ndecls)) { free(order); free(decls); return -1; }
  for (size_t v = 0; v < g->nnodes; v++) nwide += g->nodes[v].wide != 0;
  int bad = put_u64(out, SNAPSHOT_MAGIC) || put_u64(out, (uint64_t)g->mark_starts) ||
            put_u64(out, norder);
  for (size_t i = 0; i < norder && !bad; i++) {
    const char *name = ivl_sym_name((int)order[i]);
    bad = put_u64(out, order[i]) || put_array(out, name, strlen(name));
  }
  bad = bad || put_array(out, decls, ndecls * 2 * sizeof *decls) ||
        put_array(out, g->entries, g->nentries * sizeof *g->entries) ||
        put_array(out, g->fields, g->nfields * sizeof *g->fields) ||
        put_array(out, g->keys, g->nkeys * sizeof *g->keys) ||
        put_array(out, g->pool.data, g->pool.len + 1) || /* with the NUL after its last string */
        put_array(out, g->nodes, g->nnodes * sizeof *g->nodes) || put_array(out, g->label, g->nnodes + 8) ||
        put_array(out, g->wide, nwide * 256 * sizeof *g->wide) ||
        put_array(out, g->marks, g->nmarks * sizeof *g->marks) || put_array(out, g->root, sizeof g->root) ||
        put_array(out, g->pairs, sizeof g->pairs) || put_array(out, g->singles, sizeof g->singles) ||
        put_array(out, g->first_byte, sizeof g->first_byte) ||
        put_array(out, marks_table, sizeof marks_table); /* filled by the compile */
  for (int c = 0; c < 2 && !bad; c++) {
    size_t bytes = (g->leads[c].mask + 1) / 8;
    bad = put_array(out, g->leads[c].by_first, 2 * bytes) || put_array(out, g->leads[c].two_words, bytes);
  }
  free(order);
  free(decls);
  return bad ? -1 : 0;
}

/* Reading a snapshot: where it is, what is left. */
typedef struct snap_reader {
  const unsigned char *p, *end;
  int bad;
} snap_reader;

static uint64_t get_u64(snap_reader *r) {
  uint64_t v = 0;
  if ((size_t)(r->end - r->p) < sizeof v) { r->bad = 1; return 0; }
  memcpy(&v, r->p, sizeof v);
  r->p += sizeof v;
  return v;
}

/* The next array, 'want' bytes (SIZE_MAX: any), its length in *n when n
** is not NULL: where it lies in the snapshot, or NULL. */
static const unsigned char *get_array(snap_reader *r, size_t want, size_t *n) {
  uint64_t len = get_u64(r);
  if (r->bad || len > (uint64_t)(r->end - r->p) || (want != SIZE_MAX && len != want)) {
    r->bad = 1;
    return NULL;
  }
  const unsigned char *at = r->p;
  r->p += len;
  if (n) *n = (size_t)len;
  return at;
}

/* A copy of the next array into a new block of 'size'-byte items (at
** least one, so that an empty array is no NULL taken for out of memory);
** their count in *count. 0, or -1. */
static int copy_array(snap_reader *r, void **to, size_t size, size_t *count) {
  size_t n;
  const unsigned char *at = get_array(r, SIZE_MAX, &n);
  if (!at || n % size) { r->bad = 1; return -1; }
  if (!(*to = malloc(n ? n : size))) return -1;
  memcpy(*to, at, n);
  *count = n / size;
  return 0;
}

static void copy_fixed(snap_reader *r, void *to, size_t bytes) {
  const unsigned char *at = get_array(r, bytes, NULL);
  if (at) memcpy(to, at, bytes);
}

/* Intern the snapshot's symbols in its order and declare its schema: the
** ids of this process by the snapshot's, in map[0, nmap). 0, or -1. */
static int make_symbols(snap_reader *r, int **map, size_t *nmap) {
  size_t norder = (size_t)get_u64(r), most = 0;
  const unsigned char *first = r->p;
  for (size_t i = 0; i < norder && !r->bad; i++) {
    uint64_t id = get_u64(r);
    get_array(r, SIZE_MAX, NULL);
    if (id > most) most = (size_t)id;
  }
  if (r->bad || most > UINT16_MAX || !(*map = calloc(most + 1, sizeof **map))) return -1;
  *nmap = most + 1;
  r->p = first;
  for (size_t i = 0; i < norder; i++) {
    uint64_t id = get_u64(r);
    size_t n = 0;
    const unsigned char *name = get_array(r, SIZE_MAX, &n);
    if (!name || ((*map)[id] = ivl_sym_intern((const char *)name, n)) <= 0) return -1;
  }
  size_t n = 0;
  const unsigned char *decls = get_array(r, SIZE_MAX, &n);
  if (!decls || n % (2 * sizeof(uint32_t))) return -1;
  for (size_t d = 0; d < n / (2 * sizeof(uint32_t)); d++) {
    uint32_t pair[2];
    memcpy(pair, decls + d * sizeof pair, sizeof pair);
    if (pair[0] >= *nmap || (pair[1] >= *nmap && pair[1] != IVL_SYM_NAME)) return -1;
    int key = pair[1] == IVL_SYM_NAME ? IVL_SYM_NAME : (*map)[pair[1]];
    if (ivl_schema_declare((*map)[pair[0]], key) < 0) return -1;
  }
  return 0;
}

/* The entries' types and the fields' keys by this process's symbols. */
static int renumber(ivl_gazetteer *g, const int *map, size_t nmap) {
  for (size_t e = 0; e < g->nentries; e++) {
    if ((size_t)g->entries[e].type >= nmap || !map[g->entries[e].type]) return -1;
    g->entries[e].type = map[g->entries[e].type];
  }
  for (size_t f = 0; f < g->nfields; f++) {
    if ((size_t)g->fields[f].key >= nmap || !map[g->fields[f].key]) return -1;
    g->fields[f].key = map[g->fields[f].key];
  }
  return 0;
}

static int read_snapshot(ivl_gazetteer *g, snap_reader *r) {
  if (get_u64(r) != SNAPSHOT_MAGIC) return -1;
  g->mark_starts = (int)get_u64(r);
  int *map = NULL;
  size_t nmap = 0, npool, nwide, nlabel;
  int bad = make_symbols(r, &map, &nmap) ||
            copy_array(r, (void **)&g->entries, sizeof *g->entries, &g->nentries) ||
            copy_array(r, (void **)&g->fields, sizeof *g->fields, &g->nfields) ||
            copy_array(r, (void **)&g->keys, sizeof *g->keys, &g->nkeys) ||
            copy_array(r, (void **)&g->pool.data, 1, &npool) ||
            copy_array(r, (void **)&g->nodes, sizeof *g->nodes, &g->nnodes) ||
            copy_array(r, (void **)&g->label, 1, &nlabel) ||
            copy_array(r, (void **)&g->wide, sizeof *g->wide, &nwide) ||
            copy_array(r, (void **)&g->marks, sizeof *g->marks, &g->nmarks) ||
            renumber(g, map, nmap);
  free(map);
  if (bad || nlabel != g->nnodes + 8 || npool == 0 || g->pool.data[npool - 1] != '\0') return -1;
  g->capentries = g->nentries, g->capfields = g->nfields, g->capkeys = g->nkeys;
  g->pool.len = npool - 1, g->pool.cap = npool; /* the pool's NUL after its last string */
  g->capmarks = g->nmarks;
  if (nwide == 0) free(g->wide), g->wide = NULL;
  copy_fixed(r, g->root, sizeof g->root);
  copy_fixed(r, g->pairs, sizeof g->pairs);
  copy_fixed(r, g->singles, sizeof g->singles);
  copy_fixed(r, g->first_byte, sizeof g->first_byte);
  const unsigned char *marks = get_array(r, sizeof marks_table, NULL);
  for (int c = 0; c < 2 && !r->bad; c++) {
    size_t n2, n1;
    if (copy_array(r, (void **)&g->leads[c].by_first, 1, &n2) ||
        copy_array(r, (void **)&g->leads[c].two_words, 1, &n1) || n2 != 2 * n1 || n1 == 0 ||
        (n1 & (n1 - 1)))
      return -1;
    g->leads[c].mask = n1 * 8 - 1;
  }
  if (r->bad || r->p != r->end) return -1;
  marks_from_snapshot = marks; /* as index_marks() fills it: the scan reads the table */
  pthread_once(&marks_once, fill_marks_table);
  marks_from_snapshot = NULL;
  g->compiled = 1;
  return 0;
}

ivl_gazetteer *ivl_gazetteer_from_snapshot(const void *bytes, size_t len, ivl_error *err) {
  ivl_gazetteer *g = ivl_gazetteer_new();
  snap_reader r = {bytes, (const unsigned char *)bytes + len, 0};
  if (g && read_snapshot(g, &r) == 0) return g;
  ivl_gazetteer_free(g);
  ivl_fail(err, IVL_ENOMEM, 0, "cannot read the gazetteer's snapshot");
  return NULL;
}
/* }======== */
