/*
** rules.h
** A rule is a PCRE2 pattern plus a normaliser that turns a match into
** entities. A rule set scans an article's view once: at each byte that can
** start a match of some rule (the union of the patterns' own first-byte
** sets), it tries only those rules, anchored there.
*/
#ifndef IVLUA_RULES_H
#define IVLUA_RULES_H

#include "ivlua.h"
#include "regex.h"
#include "store.h"
#include "textview.h"

typedef struct ivl_rule ivl_rule;
typedef struct ivl_article ivl_article;

/* What a normaliser sees: the view, the match and where to store. */
typedef struct ivl_extract {
  const ivl_article *article;
  const char *text; /* the NFC view */
  size_t len;
  const ivl_view *view;
  ivl_store *store;
  const size_t *ov; /* the match's offsets, pairs per group */
  int rule_index;
  const ivl_rule *rule;
} ivl_extract;

/* Store what match 'x' means. Returns the number of entities stored (0:
** the match was not a mention after all), or -1 when out of memory. */
typedef int (*ivl_normalize_fn)(ivl_extract *x);

struct ivl_rule {
  char *name;
  int type; /* symbol id of the entity type */
  ivl_regex re;
  ivl_normalize_fn normalize;
  void *data;      /* the normaliser's own (group numbers, tables) */
  int word_start;  /* a match must start at a word boundary */
};

struct ivl_ruleset {
  ivl_rule *rules;
  size_t n, cap;
  uint8_t any[256];            /* some rule can start at this byte */
  uint16_t *by_byte[256];      /* which rules, in rule order */
  uint16_t nby_byte[256];
  uint32_t max_captures;
  uint32_t match_limit;
};

/* Compile and add a rule. 'type' is interned if new. */
ivl_status ivl_ruleset_add(ivl_ruleset *rs, const char *name, const char *type,
                           const char *pattern, size_t pattern_len, uint32_t options,
                           ivl_normalize_fn normalize, void *data, ivl_error *err);

/* Run every rule over the article's view, appending to 'store'. */
ivl_status ivl_ruleset_run(const ivl_ruleset *rs, const ivl_article *a, ivl_store *store,
                           ivl_matcher *m, ivl_error *err);

/* {======== helpers for normalisers ======== */

/* Span of group 'g' of the current match; 0 when the group is unset or empty. */
int ivl_x_group(const ivl_extract *x, int g, size_t *start, size_t *len);

/* Begin an entity of the rule's type over view[vstart..vend). */
int ivl_x_begin(ivl_extract *x, size_t vstart, size_t vend);

/* The built-in rule modules. */
ivl_status ivl_money_add_rules(ivl_ruleset *rs, ivl_error *err);

#endif
