/*
** regex.h
** PCRE2 patterns as the rules use them: compiled once (JIT when the
** platform has it), matched anchored at a position the scanner chose, with a
** match limit always set, and with the set of bytes a match can start with.
*/
#ifndef IVLUA_REGEX_H
#define IVLUA_REGEX_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "ivlua.h"
#include "store.h"
#include "words.h"

/* The two ways a pattern is matched: whole (a rule tried at a place) and
** hard partial (may a word start a match: ivl_regex_may_start). */
enum { IVL_MATCH_COMPLETE, IVL_MATCH_PARTIAL, IVL_MATCH_MODES };

/* A pattern is matched by PCRE2's interpreter until it has been matched
** some times in a mode (IVL_JIT_AFTER); then by a copy of it JIT-compiled
** for that mode (in a run said to be large, from the start: below).
** JIT-compiling the eleven built-in patterns for both modes cost 43M
** instructions on every run: 40% of a run over one small file,
** whose 80 matches and 900 partial ones the interpreter makes in 8M. A
** pattern matched often pays its compile back (an interpreted match costs
** some 4,400 instructions, a JIT one 750; a compile 1.5M for a whole
** match, 2.4M for a partial one), one matched a few times does not. Hard
** partial matches are few in any run (a word's verdicts are kept: 4,500
** on /tmp/b1, 6,600 on /tmp/bench10) and their JIT compiles the dearest. */
#define IVL_JIT_AFTER_COMPLETE 64
#define IVL_JIT_AFTER_PARTIAL 2048

/* A run that will read at least this many bytes of articles JIT-compiles
** every pattern for both modes before it starts (ivl_ruleset_expect): the
** hard partial matches come first (a word's verdicts are asked once, most
** of them over the first articles), so the counts above reach their
** thresholds late and a large run interpreted some 2,900 of money's:
** /tmp/bench10 cost 2,599.2M Ir so, 2,575.7M with the copies made at once
** (2,576.7M when each pattern was compiled for it twice). One file of
** 4.6 KB costs 61.6M made late, 106.3M at once; /tmp/b1 (1.5 MB) is even. */
#define IVL_JIT_EAGER_BYTES ((uint64_t)256 << 10)

typedef struct ivl_regex {
  /* compiled as written, not anchored, and matched anchored: PCRE2 gives
  ** the set of bytes a match may start with (first) only of a pattern not
  ** anchored, and it was compiled twice for it (6.3M Ir of every run);
  ** JIT-compiled code is anchored when compiled (the pattern is kept) */
  pcre2_code *code;
  char *pattern;
  size_t pattern_len;
  /* what the JIT-compiled copies are compiled from when not the pattern
  ** (NULL): a pattern that matches as it does, cheaper to compile
  ** (ivl_regex_set_jit_pattern) */
  char *jit_pattern;
  size_t jit_pattern_len;
  uint32_t options; /* the compile options (COMPILE_OPTIONS and the rule's) */
  /* per mode, the JIT-compiled copy once made (NULL before, and when the
  ** platform has no JIT; one copy may serve both): compiled by the thread
  ** that claims it, whose match is the one after IVL_JIT_AFTER or which
  ** calls ivl_regex_jit_now; others meanwhile go on with the interpreter */
  _Atomic(pcre2_code *) jit[IVL_MATCH_MODES];
  _Atomic uint32_t matched[IVL_MATCH_MODES]; /* matches so far, counted until the copy is made */
  _Atomic int claimed[IVL_MATCH_MODES];      /* a thread makes (made) the copy */
  int looks_back;   /* a lookbehind, \b, ^: a match depends on what precedes it */
  int behind_negative_only; /* ...through negative lookbehinds only, which the text
                               before a match can only make fail */
  uint32_t ncaptures;
  uint8_t first[256]; /* first[b]: a match can start with byte b */
} ivl_regex;

/* A pattern compiled at build time (tools/gen_patterns.c): its text and
** compile options, and its code as pcre2_serialize_encode wrote it. */
typedef struct ivl_compiled_pattern {
  const char *pattern;
  size_t len;
  uint32_t options;
  const uint8_t *bytes;
} ivl_compiled_pattern;

/* Such patterns, and the PCRE2 that compiled them: its code is PCRE2's
** own, for one version and build (its defaults: newline, \R). */
typedef struct ivl_compiled_patterns {
  const char *pcre2_version; /* pcre2_config(PCRE2_CONFIG_VERSION) */
  uint32_t newline, bsr;     /* pcre2_config's PCRE2_CONFIG_NEWLINE and _BSR */
  size_t n;
  const ivl_compiled_pattern *patterns;
} ivl_compiled_patterns;

/* The built-in rules' patterns and the anchored copies their JIT copies
** are compiled from (generated; linked into the bindings). */
extern const ivl_compiled_patterns ivl_builtin_patterns;

/* From now on, a pattern that 't' holds with the same text and options is
** decoded from it rather than compiled (the same code: on a short run the
** compiles of the built-in patterns were some 14 per cent of a process),
** when the PCRE2 running is the one that compiled them; others, a user's
** rules, are compiled. NULL: none. 1 when taken. */
int ivl_regex_use_compiled(const ivl_compiled_patterns *t);

/* Compile 'pattern' (UTF-8, PCRE2 syntax; 'options' adds PCRE2 compile
** options such as PCRE2_EXTENDED_MORE) for rule 'name'. Errors name the
** rule and the offset in the pattern. */
ivl_status ivl_regex_compile(ivl_regex *re, const char *name, const char *pattern, size_t len,
                             uint32_t options, ivl_error *err);
void ivl_regex_free(ivl_regex *re);

/* Compile the JIT-compiled copies of 're' from pattern[0, len), which
** must match every text as re's own pattern does, group for group (its
** groups may be more), with the same options: a form of it that is
** cheaper to compile (fragments.h: ivl_pattern_expand_shared). Before any
** copy is made; 0, or -1 when out of memory. */
int ivl_regex_set_jit_pattern(ivl_regex *re, const char *pattern, size_t len);

/* The anchored copy of 're' its JIT-compiled copies are compiled from,
** not JIT-compiled (NULL when out of memory), and what it is compiled
** from: *pattern, *len, *options (for tools/gen_patterns.c). */
pcre2_code *ivl_regex_anchored(const ivl_regex *re, const char **pattern, size_t *len, uint32_t *options);

/* Number of the named group, or -1. */
int ivl_regex_group(const ivl_regex *re, const char *group);

/* What a matcher remembers of a word: which patterns were asked about it
** and which of them can start there (ivl_regex_may_start). */
#define IVL_WORD_MAX 24
typedef struct ivl_word_verdict {
  uint64_t tag; /* a hash of the word, compared before its bytes */
  char word[IVL_WORD_MAX];
  uint8_t len; /* 0: an empty slot */
  uint64_t asked, possible;
} ivl_word_verdict;

/* The rules no text starting with some bytes can match (ivl_matcher.wide). */
typedef struct ivl_wide_prefix {
  uint64_t key, cannot;
} ivl_wide_prefix;

/* What a match needs that is not shared between threads: match data with
** room for every rule's groups, and the limits. One per extracting thread. */
typedef struct ivl_matcher {
  pcre2_match_data *md;
  pcre2_match_context *mc;
  pcre2_jit_stack *stack;
  void *host; /* the caller's, passed on to normalisers (the Lua state) */
  ivl_word_verdict *verdicts; /* the words, in the order first seen, made on first use */
  size_t nverdicts;
  uint16_t *verdict_slots;    /* an open-addressing index of them: 1 + their number, 0 empty */
  uint64_t verdicts_of;       /* the pattern set they are about (its id; 0: none) */
  uint64_t *pair_cannot;      /* per first two bytes of a place (ivl_pair_slot): the patterns
                                 no text starting with them can match, made on first use */
  uint8_t *pair_known;        /* ...when that slot is filled */
  uint64_t pairs_of;          /* the pattern set they are about (ivl_ruleset.id, renewed by
                                 a rule added: the tables are then made again; 0: none) */
  uint16_t *pair_block;       /* per pair slot, its block of third bytes: 1 + its number, 0 none;
                                 with IVL_PAIR_CLEARED when its pair_clear bit is set */
  uint64_t *triple_cannot;    /* per block and ASCII third byte, as pair_cannot */
  uint8_t *triple_known;
  size_t ntriple_blocks;
  /* the scan's (rules.c: bytes_cleared): a bit per pair slot, and per
  ** block and third byte, set when those bytes rule out every rule of the
  ** set (pairs_of) that may start with the first */
  uint8_t *pair_clear, *triple_clear;
  /* per first two or three characters of a place, the last of them beyond
  ** ASCII (rules.c: cannot_by_wide): as pair_cannot, a cache of the most
  ** recent ones (IVL_WIDE_SLOTS, found by their key; key 0: empty), about
  ** the set wide_of (0: none); made on first use */
  struct ivl_wide_prefix *wide;
  uint64_t wide_of;
  size_t places, places_sum;  /* the places the last ivl_ruleset_run tried, and the sum of
                                 their offsets: the ways of finding them agree (tests) */
  uint64_t deadline_ns;       /* the article being extracted must be done by then
                                 (ivl_monotonic_ns); 0: no limit */
  /* the fold and words buffers of the last article this thread extracted,
  ** lent to the next (pipeline/extract.c): freed and grown again for each
  ** article they were some five allocations an article, the larger ones on
  ** fresh pages. Empty while lent, and after an article too large to keep */
  ivl_fold spare_fold;
  ivl_words spare_words;
  /* the same for the arrays of an article's two stores (entities, facts),
  ** which it keeps in copies of their size */
  ivl_store spare_store, spare_facts;
} ivl_matcher;

ivl_status ivl_matcher_init(ivl_matcher *m, uint32_t max_captures, uint32_t match_limit,
                            ivl_error *err);
void ivl_matcher_free(ivl_matcher *m);

/* Make the JIT-compiled copies of 're' for both modes now, those no
** thread has made or claimed (a no-op where PCRE2 has no JIT). */
void ivl_regex_jit_now(const ivl_regex *re);

/* Match 're' anchored at 'pos' of subject[0..len). Returns 1 on a match
** (offsets in ivl_matcher_ovector), 0 on none, or a negative PCRE2 error
** code (such as PCRE2_ERROR_MATCHLIMIT). */
int ivl_regex_match_at(const ivl_regex *re, ivl_matcher *m, const char *subject, size_t len,
                       size_t pos);

/* Can 're', pattern 'id' (< 64) of the set 'set', match at 'pos' when the
** word written there ends at 'word_end'? 0 only when no text after the
** word could make it match: found by PCRE2's hard partial matching of the
** word alone, once per word and pattern, then remembered by the matcher.
** (The "word" is whatever subject[pos, word_end) holds: the scan asks
** with the byte after the word too, which tells that the word ends.)
** Words at which no rule can start are most of a text's words, and each
** failed try cost a full match. Patterns that look back (1 always, unless
** only through negative lookbehinds: then the word is matched alone, with
** nothing before it), long words and ids from 64 are not remembered. */
int ivl_regex_may_start(const ivl_regex *re, ivl_matcher *m, uint64_t set, unsigned id,
                        const char *subject, size_t pos, size_t word_end);

/* The same in two steps, for a scan that asks about many patterns at one
** word: the word's verdicts, looked up once (NULL for a word too long or
** when out of memory, which ivl_regex_may_start_at takes as "possible")... */
ivl_word_verdict *ivl_word_verdict_of(ivl_matcher *m, uint64_t set, const char *subject, size_t pos,
                                      size_t word_end);
/* The same for a scan that has a hash of the word already (the article's
** word table, words.h): 'hash' may be any function of the word's bytes,
** and ivl_word_verdict_of's is ivl_hash, from IVL_HASH_START, of
** subject[pos, word_end) in ASCII lower case, less its last byte when that
** is the ASCII byte after the word (no letter). Words are told apart by
** their bytes: a word given two hashes is only kept twice. */
ivl_word_verdict *ivl_word_verdict_hashed(ivl_matcher *m, uint64_t set, uint64_t hash,
                                          const char *subject, size_t pos, size_t word_end);
/* The words' table, for ivl_word_verdict_known. */
#define IVL_VERDICT_SLOTS 16384 /* a power of two */

/* A word's tag: its hash (as for ivl_word_verdict_hashed) with its last
** byte and length. Its slot in the table is chosen by it. */
static inline uint64_t ivl_word_tag(uint64_t hash, const char *w, size_t n) {
  uint64_t h = (hash ^ ((uint64_t)(unsigned char)w[n - 1] << 8 | n)) * 0x9E3779B97F4A7C15u;
  return h ^ h >> 29;
}

static inline size_t ivl_word_slot(uint64_t tag) { return (size_t)(tag >> 40) & (IVL_VERDICT_SLOTS - 1); }

/* a[0, n) == b[0, n), for 0 < n <= IVL_WORD_MAX: a few loads of fixed
** sizes, which may overlap (a call to memcmp costs more than a word). */
static inline int ivl_same_word(const char *a, const char *b, size_t n) {
  uint64_t d8[2];
  uint32_t d4[2];
  if (n >= 8) {
    memcpy(d8, a, 8), memcpy(d8 + 1, b, 8);
    uint64_t d = d8[0] ^ d8[1];
    memcpy(d8, a + n - 8, 8), memcpy(d8 + 1, b + n - 8, 8);
    d |= d8[0] ^ d8[1];
    if (n > 16) memcpy(d8, a + 8, 8), memcpy(d8 + 1, b + 8, 8), d |= d8[0] ^ d8[1];
    return d == 0;
  }
  if (n >= 4) {
    memcpy(d4, a, 4), memcpy(d4 + 1, b, 4);
    uint32_t d = d4[0] ^ d4[1];
    memcpy(d4, a + n - 4, 4), memcpy(d4 + 1, b + n - 4, 4);
    return (d | (d4[0] ^ d4[1])) == 0;
  }
  return a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1];
}

/* The probe of the matcher's open-addressed verdicts for word w[0, n)
** of tag 'tag': its verdicts, or NULL with *slot the empty slot where
** they would go (also verdict_of's, in regex.c, which fills it). */
static inline ivl_word_verdict *ivl_word_verdict_probe(const ivl_matcher *m, uint64_t tag, const char *w,
                                                       size_t n, size_t *slot) {
  size_t i = ivl_word_slot(tag);
  for (; m->verdict_slots[i]; i = (i + 1) & (IVL_VERDICT_SLOTS - 1)) {
    ivl_word_verdict *v = &m->verdicts[m->verdict_slots[i] - 1];
    if (v->tag == tag && v->len == n && ivl_same_word(v->word, w, n)) return v;
  }
  *slot = i; /* the empty slot where the word would go */
  return NULL;
}

/* The verdicts of word subject[pos, pos + n) of tag 'tag' (ivl_word_tag)
** when the matcher has them for the set 'set' already, else NULL (then
** ivl_word_verdict_hashed makes them): inline, for a scan that asks at
** most words of a text and finds most. */
static inline ivl_word_verdict *ivl_word_verdict_known(const ivl_matcher *m, uint64_t set, uint64_t tag,
                                                       const char *w, size_t n) {
  size_t slot;
  if (!m->verdicts || m->verdicts_of != set) return NULL;
  return ivl_word_verdict_probe(m, tag, w, n, &slot);
}

/* Can 're' match at a place whose text starts with prefix[0, n) (whole
** characters, at most IVL_WORD_MAX bytes: the text may end after it)? 0 only when no text starting so could
** make it match (hard partial matching, as ivl_regex_may_start); 1 for
** a pattern that looks back but through negative lookbehinds only. */
int ivl_regex_may_start_with(const ivl_regex *re, ivl_matcher *m, const char *prefix, size_t n);

/* The slots of ivl_matcher.pair_cannot: an ASCII first byte, then an
** ASCII second byte or 0 when the text ends after the first. */
#define IVL_PAIR_SLOTS (128 * 128)
/* The pairs given a block of third bytes, at most (the most met come first). */
#define IVL_TRIPLE_BLOCKS 512
/* In ivl_matcher.pair_block, beside the block: the pair's bit of
** pair_clear, which the scan reads there (rules.c: bytes_cleared), one
** look-up a word for both. */
#define IVL_PAIR_CLEARED 0x8000u
_Static_assert(IVL_TRIPLE_BLOCKS < IVL_PAIR_CLEARED, "a block number leaves the flag's bit");

/* The slots of ivl_matcher.wide: the words of Vietnamese names start with
** some hundreds of such prefixes ("Bì", "Thá", "Dươ"). */
#define IVL_WIDE_SLOTS 4096

/* ...then each pattern's, from them. */
int ivl_regex_may_start_at(const ivl_regex *re, ivl_matcher *m, ivl_word_verdict *v, unsigned id,
                           const char *subject, size_t pos, size_t word_end);

static inline const size_t *ivl_matcher_ovector(const ivl_matcher *m) {
  return pcre2_get_ovector_pointer(m->md);
}

#endif
