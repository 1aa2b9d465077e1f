/*
** regex.c
** PCRE2 compile, JIT, first-byte sets and anchored matching.
*/
#include <stdlib.h>
#include <string.h>

#include "regex.h"
#include "util.h"

/* Patterns come from users (ivlua.rule), so PCRE2 checks that they are
** UTF-8; subjects are article views, already valid, and are not checked.
** \C (one byte, even inside a character) is refused: a match must start
** and end on characters, or its text is not UTF-8. */
#define COMPILE_OPTIONS (PCRE2_UTF | PCRE2_NEVER_BACKSLASH_C)

/* Which bytes can start a match of 'code' (compiled not anchored: PCRE2
** computes no start set for anchored patterns)? Unknown means all. */
static void first_bytes(const pcre2_code *code, uint8_t first[256]) {
  memset(first, 1, 256);
  uint32_t type = 0, unit = 0, all = 0;
  const uint8_t *bitmap = NULL;
  pcre2_pattern_info(code, PCRE2_INFO_FIRSTCODETYPE, &type);
  pcre2_pattern_info(code, PCRE2_INFO_ALLOPTIONS, &all);
  if (type == 1) {
    pcre2_pattern_info(code, PCRE2_INFO_FIRSTCODEUNIT, &unit);
    /* a caseless non-ASCII first character may have other lead bytes */
    if (unit < 0x80 || !(all & PCRE2_CASELESS)) {
      memset(first, 0, 256);
      first[unit & 0xFF] = 1;
      if (ivl_isalpha((int)unit)) { /* caselessness may be set inside the pattern */
        first[ivl_tolower((int)unit)] = 1;
        first[ivl_tolower((int)unit) - 32] = 1;
      }
    }
  } else if (type == 0 && pcre2_pattern_info(code, PCRE2_INFO_FIRSTBITMAP, &bitmap) == 0 && bitmap) {
    for (int b = 0; b < 256; b++) first[b] = (bitmap[b / 8] >> (b % 8)) & 1;
  }
}

/* Is all the pattern's looking back in negative lookbehinds of atoms and
** classes only ("(?<!\\p{L})", "(?<![\\d/.-])")? Then the text before a
** match can only make it fail: with nothing before (the start of a
** subject) each such lookbehind holds, every way through the pattern open
** in a text stays open, and a word that cannot start a match alone cannot
** start one anywhere. That holds only while no part of the pattern
** commits to its first way through: a lookbehind inside a lookahead, an
** atomic group, and anywhere verbs "(*" or possessive quantifiers say no.
** So do '^', positive or nested lookbehinds, \b \B \A \G \K, \Q, conditions
** "(?(", and '#' (a comment in extended mode): whatever is unsure. */
#define GROUPS_MAX 64
static int looks_back_negatively(const char *p, size_t len, uint32_t options) {
  if (options & (PCRE2_EXTENDED | PCRE2_EXTENDED_MORE | PCRE2_MULTILINE | PCRE2_LITERAL)) return 0;
  char commits[GROUPS_MAX]; /* per open group: it (or one around it) commits to a first way */
  int depth = 0, in_class = 0, in_behind = 0;
  for (size_t i = 0; i < len; i++) {
    char c = p[i];
    if (c == '\\') {
      if (i + 1 >= len || (!in_class && strchr("bBAGKQ", p[i + 1]))) return 0;
      i++;
    } else if (in_class) {
      in_class = c != ']';
    } else if (c == '[') {
      in_class = 1;
      if (i + 1 < len && p[i + 1] == '^') i++;
      if (i + 1 < len && p[i + 1] == ']') i++; /* a ']' first is literal */
    } else if (c == '^' || c == '#' || (strchr("*+?}", c) && i + 1 < len && p[i + 1] == '+')) {
      return 0;
    } else if (c == '(') {
      if (in_behind || depth == GROUPS_MAX || (i + 1 < len && p[i + 1] == '*')) return 0;
      const char *q = i + 1 < len && p[i + 1] == '?' ? p + i + 2 : "";
      size_t left = i + 2 < len ? len - i - 2 : 0;
      if (left && (*q == '(' || (left > 1 && q[0] == '<' && q[1] == '='))) return 0;
      int behind = left > 1 && q[0] == '<' && q[1] == '!';
      if (behind && depth && commits[depth - 1]) return 0;
      commits[depth] = (char)((depth && commits[depth - 1]) || (left && strchr("=!>", *q)) || behind);
      depth++;
      in_behind = behind;
    } else if (c == ')') {
      if (depth) depth--;
      in_behind = 0;
    }
  }
  return 1;
}

/* The patterns compiled at build time (ivl_regex_use_compiled; NULL:
** none). Set before rules are made; atomic, as each Lua state sets it. */
static _Atomic(const ivl_compiled_patterns *) compiled;

/* Does the PCRE2 running compile as the one that compiled 't' did? Its
** code is the same only for the same version and defaults
** (pcre2_serialize_decode itself checks the major and minor version). */
static int same_pcre2(const ivl_compiled_patterns *t) {
  char version[64];
  uint32_t newline = 0, bsr = 0;
  int n = pcre2_config(PCRE2_CONFIG_VERSION, NULL);
  if (n <= 0 || (size_t)n > sizeof version || pcre2_config(PCRE2_CONFIG_VERSION, version) != n) return 0;
  pcre2_config(PCRE2_CONFIG_NEWLINE, &newline);
  pcre2_config(PCRE2_CONFIG_BSR, &bsr);
  return strcmp(version, t->pcre2_version) == 0 && newline == t->newline && bsr == t->bsr;
}

int ivl_regex_use_compiled(const ivl_compiled_patterns *t) {
  if (t && !same_pcre2(t)) t = NULL;
  atomic_store_explicit(&compiled, t, memory_order_release);
  return t != NULL;
}

/* The pattern compiled at build time with this text and options, or NULL. */
static const ivl_compiled_pattern *compiled_as(const char *pattern, size_t len, uint32_t options) {
  const ivl_compiled_patterns *t = atomic_load_explicit(&compiled, memory_order_acquire);
  for (size_t i = 0; t && i < t->n; i++) {
    const ivl_compiled_pattern *c = &t->patterns[i];
    if (c->len == len && c->options == options && memcmp(c->pattern, pattern, len) == 0) return c;
  }
  return NULL;
}

/* pcre2_compile, or the code compiled at build time of the same pattern
** and options when there is one (and it decodes). */
static pcre2_code *compile(const char *pattern, size_t len, uint32_t options, int *errcode, PCRE2_SIZE *erroff) {
  const ivl_compiled_pattern *c = compiled_as(pattern, len, options);
  pcre2_code *code = NULL;
  if (c && pcre2_serialize_decode(&code, 1, c->bytes, NULL) == 1) return code;
  return pcre2_compile((PCRE2_SPTR)pattern, len, options, errcode, erroff, NULL);
}

ivl_status ivl_regex_compile(ivl_regex *re, const char *name, const char *pattern, size_t len,
                             uint32_t options, ivl_error *err) {
  int errcode;
  PCRE2_SIZE erroff;
  memset(re, 0, sizeof *re);
  re->options = COMPILE_OPTIONS | options;
  re->code = compile(pattern, len, re->options, &errcode, &erroff);
  if (!re->code) {
    PCRE2_UCHAR msg[160];
    pcre2_get_error_message(errcode, msg, sizeof msg);
    return ivl_fail(err, IVL_EPATTERN, erroff, "rule '%s': bad pattern at offset %zu: %s", name,
                    (size_t)erroff, (const char *)msg);
  }
  pcre2_pattern_info(re->code, PCRE2_INFO_CAPTURECOUNT, &re->ncaptures);
  /* lookbehinds and \b count as looking back; so may '^' (multiline), so
  ** any circumflex does, even one negating a class */
  uint32_t behind = 0;
  pcre2_pattern_info(re->code, PCRE2_INFO_MAXLOOKBEHIND, &behind);
  re->looks_back = behind > 0 || memchr(pattern, '^', len) != NULL;
  re->behind_negative_only = re->looks_back && looks_back_negatively(pattern, len, options);
  first_bytes(re->code, re->first);
  re->pattern = malloc(len ? len : 1);
  if (!re->pattern) {
    ivl_regex_free(re);
    return ivl_fail(err, IVL_ENOMEM, 0, "rule '%s': out of memory", name);
  }
  memcpy(re->pattern, pattern, len);
  re->pattern_len = len;
  return IVL_OK;
}

int ivl_regex_set_jit_pattern(ivl_regex *re, const char *pattern, size_t len) {
  char *copy = malloc(len ? len : 1);
  if (!copy) return -1;
  memcpy(copy, pattern, len);
  free(re->jit_pattern);
  re->jit_pattern = copy;
  re->jit_pattern_len = len;
  return 0;
}

void ivl_regex_free(ivl_regex *re) {
  pcre2_code_free(re->code);
  free(re->pattern);
  free(re->jit_pattern);
  pcre2_code *complete = atomic_load(&re->jit[IVL_MATCH_COMPLETE]);
  pcre2_code *partial = atomic_load(&re->jit[IVL_MATCH_PARTIAL]);
  pcre2_code_free(complete);
  if (partial != complete) pcre2_code_free(partial); /* (one copy may serve both: ivl_regex_jit_now) */
  memset(re, 0, sizeof *re);
}

int ivl_regex_group(const ivl_regex *re, const char *group) {
  int n = pcre2_substring_number_from_name(re->code, (PCRE2_SPTR)group);
  return n > 0 ? n : -1;
}

ivl_status ivl_matcher_init(ivl_matcher *m, uint32_t max_captures, uint32_t match_limit,
                            ivl_error *err) {
  memset(m, 0, sizeof *m);
  m->md = pcre2_match_data_create(max_captures + 1, NULL);
  m->mc = pcre2_match_context_create(NULL);
  m->stack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
  if (!m->md || !m->mc || !m->stack) {
    ivl_matcher_free(m);
    return ivl_fail(err, IVL_ENOMEM, 0, "out of memory creating a matcher");
  }
  pcre2_set_match_limit(m->mc, match_limit);
  pcre2_set_depth_limit(m->mc, match_limit / 10 + 1);
  pcre2_jit_stack_assign(m->mc, NULL, m->stack);
  return IVL_OK;
}

void ivl_matcher_free(ivl_matcher *m) {
  free(m->pair_cannot);
  free(m->pair_known);
  free(m->pair_block);
  free(m->triple_cannot);
  free(m->triple_known);
  free(m->pair_clear);
  free(m->triple_clear);
  free(m->wide);
  free(m->verdicts);
  free(m->verdict_slots);
  ivl_fold_free(&m->spare_fold);
  ivl_words_free(&m->spare_words);
  ivl_store_free(&m->spare_store);
  ivl_store_free(&m->spare_facts);
  pcre2_match_data_free(m->md);
  pcre2_match_context_free(m->mc);
  pcre2_jit_stack_free(m->stack);
  memset(m, 0, sizeof *m);
}

/* JIT-compiled copies of a pattern, per mode, are made once: each by the
** thread that claims it first (a claim is never given back, so where the
** platform has no JIT a copy is tried once). A set of rules is shared
** between threads and not changed while they match: its claims, counts and
** copies are all that is, and a copy is published whole (release,
** acquire). */
static int claim(ivl_regex *w, int mode) {
  return !atomic_exchange_explicit(&w->claimed[mode], 1, memory_order_relaxed);
}

static void publish(ivl_regex *w, int mode, pcre2_code *code) {
  if (code) atomic_store_explicit(&w->jit[mode], code, memory_order_release);
}

pcre2_code *ivl_regex_anchored(const ivl_regex *re, const char **pattern, size_t *len, uint32_t *options) {
  int errcode;
  PCRE2_SIZE erroff;
  *pattern = re->jit_pattern ? re->jit_pattern : re->pattern;
  *len = re->jit_pattern ? re->jit_pattern_len : re->pattern_len;
  *options = re->options | PCRE2_ANCHORED;
  return compile(*pattern, *len, *options, &errcode, &erroff);
}

/* The pattern compiled again, anchored (JIT code takes no PCRE2_ANCHORED
** when matching), and JIT-compiled with 'jit_options'; NULL when there is
** no JIT here, or no memory: the interpreter goes on. */
static pcre2_code *compile_jit(const ivl_regex *re, uint32_t jit_options) {
  pcre2_code *code = NULL;
#ifndef IVLUA_NO_JIT
  const char *pattern;
  size_t len;
  uint32_t options;
  code = ivl_regex_anchored(re, &pattern, &len, &options);
  if (code && pcre2_jit_compile(code, jit_options)) {
    pcre2_code_free(code);
    code = NULL;
  }
#else
  (void)re, (void)jit_options;
#endif
  return code;
}

static const uint32_t JIT_OPTIONS[IVL_MATCH_MODES] = {PCRE2_JIT_COMPLETE, PCRE2_JIT_PARTIAL_HARD};

/* Both modes unclaimed: one compile serves both, as one JIT compile of
** both modes (the pattern is compiled again once, not twice: 6.3M Ir). */
void ivl_regex_jit_now(const ivl_regex *re) {
  ivl_regex *w = (ivl_regex *)re; /* (the claims and copies are what a const set may change) */
  int mine[IVL_MATCH_MODES];
  uint32_t options = 0;
  for (int mode = 0; mode < IVL_MATCH_MODES; mode++)
    if ((mine[mode] = claim(w, mode))) options |= JIT_OPTIONS[mode];
  if (!options) return;
  pcre2_code *code = compile_jit(re, options);
  for (int mode = 0; mode < IVL_MATCH_MODES; mode++)
    if (mine[mode]) publish(w, mode, code);
}

/* Match anchored at 'pos' of subject[0, len) in 'mode', with 'options',
** where 're' has no JIT-compiled copy for 'mode' yet: the match after the
** first IVL_JIT_AFTER in that mode makes it (unless ivl_regex_jit_now
** claimed it), the interpreter makes the others. */
__attribute__((noinline)) /* rare: the first matches, before a copy is made */
static int match_first(const ivl_regex *re, ivl_matcher *m, int mode, const char *subject,
                       size_t len, size_t pos, uint32_t options) {
  ivl_regex *w = (ivl_regex *)re; /* (the counts and copies are what a const set may change) */
  pcre2_code *jit = atomic_load_explicit(&w->jit[mode], memory_order_acquire);
  uint32_t after = mode == IVL_MATCH_PARTIAL ? IVL_JIT_AFTER_PARTIAL : IVL_JIT_AFTER_COMPLETE;
  if (!jit && atomic_fetch_add_explicit(&w->matched[mode], 1, memory_order_relaxed) == after && claim(w, mode)) {
    jit = compile_jit(re, JIT_OPTIONS[mode]);
    publish(w, mode, jit);
  }
  if (jit) return pcre2_jit_match(jit, (PCRE2_SPTR)subject, len, pos, options, m->md, m->mc);
  return pcre2_match(re->code, (PCRE2_SPTR)subject, len, pos, options | PCRE2_ANCHORED | PCRE2_NO_UTF_CHECK, m->md,
                     m->mc);
}

/* The same with the copy when there is one: no more than a load (an
** acquire is a plain load on x86) before the JIT-compiled code. */
static inline int match(const ivl_regex *re, ivl_matcher *m, int mode, const char *subject, size_t len, size_t pos,
                        uint32_t options) {
  pcre2_code *jit = atomic_load_explicit(&((ivl_regex *)re)->jit[mode], memory_order_acquire);
  if (jit) return pcre2_jit_match(jit, (PCRE2_SPTR)subject, len, pos, options, m->md, m->mc);
  return match_first(re, m, mode, subject, len, pos, options);
}

int ivl_regex_match_at(const ivl_regex *re, ivl_matcher *m, const char *subject, size_t len,
                       size_t pos) {
  int rc = match(re, m, IVL_MATCH_COMPLETE, subject, len, pos, 0);
  if (rc == PCRE2_ERROR_NOMATCH) return 0;
  if (rc < 0) return rc;
  return 1;
}

/* {======================================================================
** What can start at a word
** ======================================================================= */

/* The index is small (it stays in a near cache) and the words dense, the
** common ones first: a text looks up every word it has. */
#define VERDICT_SLOTS IVL_VERDICT_SLOTS
#define VERDICT_MAX (VERDICT_SLOTS / 4 * 3) /* all are forgotten when 3/4 are used */

/* Does the byte end a word (the ASCII byte after it, no letter)? */
static int ends_word(unsigned char c) { return c < 0x80 && !ivl_isalpha(c); }

/* ivl_word_verdict_of's hash of w[0, n) (ivl_word_verdict_hashed). */
static uint64_t letters_hash_of(const char *w, size_t n) {
  if (ends_word((unsigned char)w[n - 1])) n--;
  uint64_t h = IVL_HASH_START;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)ivl_tolower((unsigned char)w[i])) * IVL_HASH_PRIME;
  return h;
}

/* Forget every word (also the first time: make the tables). */
static int forget_words(ivl_matcher *m, uint64_t set) {
  if (!m->verdicts) {
    m->verdicts = malloc(VERDICT_MAX * sizeof *m->verdicts);
    m->verdict_slots = malloc(VERDICT_SLOTS * sizeof *m->verdict_slots);
    if (!m->verdicts || !m->verdict_slots) {
      free(m->verdicts);
      free(m->verdict_slots);
      m->verdicts = NULL;
      m->verdict_slots = NULL;
      return -1;
    }
  }
  memset(m->verdict_slots, 0, VERDICT_SLOTS * sizeof *m->verdict_slots);
  m->nverdicts = 0;
  m->verdicts_of = set;
  return 0;
}

/* The verdicts of word w[0, n) (0 < n <= IVL_WORD_MAX) of tag 'tag', made
** empty for it when it is new; NULL when out of memory. */
static ivl_word_verdict *verdict_of(ivl_matcher *m, uint64_t set, uint64_t tag, const char *w, size_t n) {
  if ((!m->verdicts || m->verdicts_of != set) && forget_words(m, set)) return NULL;
  size_t i;
  ivl_word_verdict *v = ivl_word_verdict_probe(m, tag, w, n, &i);
  if (v) return v;
  if (m->nverdicts >= VERDICT_MAX) { /* full: start again */
    forget_words(m, set);
    i = ivl_word_slot(tag);
  }
  v = &m->verdicts[m->nverdicts++];
  m->verdict_slots[i] = (uint16_t)m->nverdicts;
  v->tag = tag;
  memcpy(v->word, w, n);
  v->len = (uint8_t)n;
  v->asked = v->possible = 0;
  return v;
}

/* Hard partial matching of the subject cut at 'end': no match at all
** means no text after 'end' can make one. */
static int possible_before(const ivl_regex *re, ivl_matcher *m, const char *subject, size_t end,
                           size_t pos) {
  int rc = match(re, m, IVL_MATCH_PARTIAL, subject, end, pos, PCRE2_PARTIAL_HARD);
  return rc != PCRE2_ERROR_NOMATCH; /* a limit reached says nothing: possible */
}

/* The same for a pattern whose looking back is in negative lookbehinds only
** (looks_back_negatively): the word alone, with nothing before it, where
** they all hold. */
static int possible_alone(const ivl_regex *re, ivl_matcher *m, const char *subject, size_t end,
                          size_t pos) {
  char word[IVL_WORD_MAX];
  if (end - pos > sizeof word) return 1;
  memcpy(word, subject + pos, end - pos);
  return possible_before(re, m, word, end - pos, 0);
}

ivl_word_verdict *ivl_word_verdict_of(ivl_matcher *m, uint64_t set, const char *subject, size_t pos,
                                      size_t word_end) {
  size_t n = word_end - pos;
  if (n == 0 || n > IVL_WORD_MAX) return NULL;
  const char *w = subject + pos;
  return verdict_of(m, set, ivl_word_tag(letters_hash_of(w, n), w, n), w, n);
}

ivl_word_verdict *ivl_word_verdict_hashed(ivl_matcher *m, uint64_t set, uint64_t hash,
                                          const char *subject, size_t pos, size_t word_end) {
  size_t n = word_end - pos;
  if (n == 0 || n > IVL_WORD_MAX) return NULL;
  const char *w = subject + pos;
  return verdict_of(m, set, ivl_word_tag(hash, w, n), w, n);
}

int ivl_regex_may_start_at(const ivl_regex *re, ivl_matcher *m, ivl_word_verdict *v, unsigned id,
                           const char *subject, size_t pos, size_t word_end) {
  if (!v || (re->looks_back && !re->behind_negative_only) || id >= 64) return 1;
  uint64_t bit = (uint64_t)1 << id;
  if (!(v->asked & bit)) {
    v->asked |= bit;
    int possible = re->looks_back ? possible_alone(re, m, subject, word_end, pos)
                                  : possible_before(re, m, subject, word_end, pos);
    if (possible) v->possible |= bit;
  }
  return (v->possible & bit) != 0;
}

int ivl_regex_may_start_with(const ivl_regex *re, ivl_matcher *m, const char *prefix, size_t n) {
  if (re->looks_back && !re->behind_negative_only) return 1;
  return re->looks_back ? possible_alone(re, m, prefix, n, 0) : possible_before(re, m, prefix, n, 0);
}

int ivl_regex_may_start(const ivl_regex *re, ivl_matcher *m, uint64_t set, unsigned id,
                        const char *subject, size_t pos, size_t word_end) {
  if ((re->looks_back && !re->behind_negative_only) || id >= 64) return 1;
  ivl_word_verdict *v = ivl_word_verdict_of(m, set, subject, pos, word_end);
  return ivl_regex_may_start_at(re, m, v, id, subject, pos, word_end);
}

/* }====================================================================== */
