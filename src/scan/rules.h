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
#include "number.h"
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
  ivl_matcher *matcher; /* its 'host' is the caller's (the Lua state) */
  size_t covered;       /* set by a normaliser whose mention runs past the match */
  ivl_error *err;
  size_t line_end; /* where the line being read ends: no mention runs past it */
} ivl_extract;

/* Store what match 'x' means. Returns the number of entities stored (0:
** the match was not a mention after all), IVL_NORMALIZE_NOMEM when out of
** memory, or IVL_NORMALIZE_FAILED after filling x->err. */
typedef int (*ivl_normalize_fn)(ivl_extract *x);
#define IVL_NORMALIZE_NOMEM (-1)
#define IVL_NORMALIZE_FAILED (-2)

struct ivl_rule {
  char *name;
  int type; /* symbol id of the entity type */
  ivl_regex re;
  ivl_normalize_fn normalize;
  void *data;      /* the normaliser's own (group numbers, tables) */
  int word_start;  /* a match must start at a word boundary (every rule: the scan relies on it) */
  int builtin;     /* one of builtin.c's rules */
  int gate;        /* for a built-in rule, what it needs at a digit (ivl_gate_kind) */
  /* For a built-in rule, optional: 0 only when its normaliser stores
  ** nothing for any match the pattern could make at text[pos] (the gates'
  ** rule, gate.h, taken one step on: most numbers "count" finds count
  ** nothing, and the words after them say so before a match is made). */
  int (*may_store)(const char *text, size_t len, size_t pos);
};

struct ivl_ruleset {
  uint64_t id;                 /* unique in the process, never reused, renewed by each
                                  rule added: what a matcher kept across calls knows the
                                  set by (an address may be reused) */
  ivl_rule *rules;
  size_t n, cap;
  uint8_t any[256];            /* some rule can start at this byte */
  uint16_t *by_byte[256];      /* which rules, in rule order */
  uint16_t nby_byte[256];
  uint64_t first_rules[256];   /* the rules among the first 64 in by_byte[b], a bit each */
  uint16_t nfirst[256];        /* how many of by_byte[b] they are (the rest, from 64 on, follow) */
  uint64_t word_start_rules;   /* the rules among the first 64 that start at a word's start */
  uint8_t wide[256];           /* a rule from 64 on may start with byte b */
  uint8_t by_word[256];        /* b is an ASCII letter or digit only rules among the first 64
                                  start with, all at a word's start (rules.c: try_word) */
  uint32_t max_captures;
  uint32_t match_limit;
  double max_seconds;          /* an article's extraction longer than this is
                                  stopped and the article skipped (0: none) */
  struct ivl_gazetteer *names; /* the names the named types are found with (the names
                                  extractor's, src/extract); may be NULL */
  void (*free_names)(struct ivl_gazetteer *); /* how the rule set frees them */
  int facts;                   /* link the mentions into facts (facts.h) */
  struct ivl_gate *gate;       /* which built-in rules may match at a digit (gate.h); may be NULL */
  int gate_off;                /* try every rule wherever its first byte is (to test the gates) */
  /* the built-in rules among the first 64, a bit each: */
  uint64_t verdict_rules[256]; /* ...asked whether they may start with a word starting with byte b
                                  (an ASCII letter), or with a character whose lead byte is b */
  uint64_t gated_rules[8];     /* ...gated at a digit, per ivl_gate_kind */
  uint64_t word_gated_rules;   /* ...gated at a word too (their numbers may be words) */
  uint64_t gated_out[256];     /* ...of the gate kinds not among the bits 'may' (gate.h) */
  const struct ivl_pair_table *given_pairs; /* the answers of ivl_ruleset_ask_pair made at
                                  build time (ivl_ruleset_give_pairs); NULL: asked as met */
};

/* A rule set with no rules (ivl_ruleset_new_builtin has the built-in ones). */
ivl_ruleset *ivl_ruleset_new_empty(void);

/* Compile and add a rule. 'type' is interned if new. */
ivl_status ivl_ruleset_add(ivl_ruleset *rs, const char *name, const char *type,
                           const char *pattern, size_t pattern_len, uint32_t options,
                           ivl_normalize_fn normalize, void *data, ivl_error *err);

/* The verdict rules that no text starting with bytes b, c (an ASCII
** byte, or 0: the text ends after b) can match, each asked with
** ivl_regex_may_start_with: the scan asks it once per pair and thread. */
uint64_t ivl_ruleset_ask_pair(const ivl_ruleset *rs, ivl_matcher *m, unsigned char b, unsigned char c);

/* The same from the first three bytes b, c, d (ASCII, none a NUL), of
** the verdict rules the pair's answer 'by_pair' leaves; with it. */
uint64_t ivl_ruleset_ask_triple(const ivl_ruleset *rs, ivl_matcher *m, unsigned char b, unsigned char c,
                                unsigned char d, uint64_t by_pair);

/* The verdict rules of b that no text starting with prefix[0, n) (b
** first, whole characters) can match, 'known' among them without asking:
** what cannot_by_wide asks of a prefix ending beyond ASCII. */
uint64_t ivl_ruleset_ask_prefix(const ivl_ruleset *rs, ivl_matcher *m, unsigned char b, const char *prefix, size_t n,
                                uint64_t known);

/* Those answers for every pair and triple, asked at build time of the
** built-in rules (tools/gen_pairs.c): on a short run, asking them as met
** was some 15M instructions of interpreted partial matching a process
** (14 per cent of ../shared/corpus/dev2). */
typedef struct ivl_pair_table {
  uint64_t fingerprint; /* ivl_ruleset_fingerprint of the set they were asked of */
  uint32_t match_limit; /* they were asked with: a lower limit may give up where they did not */
  uint64_t cannot[IVL_PAIR_SLOTS]; /* by slot (b << 7 | c) */
  /* by slot: 1 + the pair's row in 'triples' when it leaves a verdict
  ** rule (c not a NUL), else 0 (the triples' answers are the pair's) */
  uint16_t triple_row[IVL_PAIR_SLOTS];
  const uint64_t (*triples)[128]; /* a row by third byte d (d = 0: never read) */
  /* ...and cannot_by_wide's (rules.c), of a place whose second or third
  ** character is a letter of Vietnamese beyond ASCII ("Bình", "Thái"):
  ** column k for the letter wide_cps[k] (sorted), */
  size_t nwide;
  const uint32_t *wide_cps;
  const uint64_t *wide_second; /* [b * nwide + k]: the first byte b, then the letter */
  const uint64_t *wide_third;  /* [(triple_row - 1) * nwide + k]: a pair with a row, then the letter */
} ivl_pair_table;

/* The table of the built-in rules (generated; linked into the bindings). */
extern const ivl_pair_table ivl_builtin_pairs;

/* A hash of what the answers of ivl_ruleset_ask_pair depend on: the
** built-in rules' names, patterns and options, and the verdict rules. */
uint64_t ivl_ruleset_fingerprint(const ivl_ruleset *rs);

/* Take table 't' for the answers of ivl_ruleset_ask_pair when it was made
** of rules the same as these (the fingerprint); 1 when taken. */
int ivl_ruleset_give_pairs(ivl_ruleset *rs, const ivl_pair_table *t);

/* Make rule 'idx' a built-in one (builtin.c's), to be tried only where
** its word's verdicts (regex.h) and at a digit the gate of kind 'gate'
** (gate.h; 0: none) say it may start. */
void ivl_ruleset_mark_builtin(ivl_ruleset *rs, size_t idx, int gate);

/* The same, after expanding the pattern's fragments ("{number}"). */
ivl_status ivl_ruleset_add_expanded(ivl_ruleset *rs, const char *name, const char *type,
                                    const char *pattern, size_t len, ivl_normalize_fn normalize,
                                    void *data, ivl_error *err);

/* A run of 'rs' is about to read some 'bytes' of articles (or more):
** from IVL_JIT_EAGER_BYTES on, every rule's pattern is JIT-compiled now
** (regex.h), otherwise each once it has been matched often enough. A
** hint: the output is the same either way. */
void ivl_ruleset_expect(const ivl_ruleset *rs, uint64_t bytes);

/* Run every rule over the article's view, appending to 'store' in the
** order found (the pipeline then adds names, sorts and settles). A rule
** that fails on one match (match limit, a normaliser's IVL_ERULE) loses
** that match, noted with ivl_article_problem; other errors end the run. */
ivl_status ivl_ruleset_run(const ivl_ruleset *rs, ivl_article *a, ivl_store *store,
                           ivl_matcher *m, ivl_error *err);

/* Past the matcher's deadline (m->deadline_ns)? Then fill 'err' (IVL_ELIMIT,
** naming the view position 'pos' of article 'a' as its byte) and return 1. */
int ivl_past_deadline(const ivl_ruleset *rs, const ivl_matcher *m, const ivl_article *a, size_t pos,
                      ivl_error *err);

/* {======== helpers for normalisers ======== */

/* Span of group 'g' of the current match; 0 when the group is unset or empty.
** Inline: the normalisers ask it of most groups of every match (on /tmp/b1,
** 30,000 calls from money alone, each call dearer than its tests). */
static inline int ivl_x_group(const ivl_extract *x, int g, size_t *start, size_t *len) {
  if (g < 0 || (uint32_t)g > x->rule->re.ncaptures) return 0;
  size_t s = x->ov[2 * g], e = x->ov[2 * g + 1];
  if (s == PCRE2_UNSET || e <= s) return 0;
  *start = s;
  *len = e - s;
  return 1;
}

/* Begin an entity of the rule's type over view[vstart..vend). */
int ivl_x_begin(ivl_extract *x, size_t vstart, size_t vend);

/* The power of ten of the magnitude word ("million", "-bn") in group
** 'group' into exp10 (0 when the group is unset). 0 when the group holds
** something else. */
int ivl_x_magnitude(const ivl_extract *x, int group, int *exp10);

/* Read the number of the group at text[start, start + len): one in digits
** is read on to the match's end, so that a decimal comma sees the
** magnitude after it ("NOK 4,3 billion"). Returns 0 when there is none. */
size_t ivl_x_number_read(const ivl_extract *x, size_t start, size_t len, ivl_number *num);

/* The number in group 'group' times the magnitude word in 'mag_group' (if
** that group is set). 1 when there is one. */
int ivl_x_number(const ivl_extract *x, int group, int mag_group, double *value);

/* The entity of the current match begun last (to read back its fields). */
const ivl_entity *ivl_x_current(const ivl_extract *x);

/* The value of a match with no normaliser of its own: the number in the
** group named "value", else group 1, else the first number of the match,
** with a magnitude word after it applied ("5.2 million"). */
int ivl_normalize_value(ivl_extract *x, double *value);

#endif
