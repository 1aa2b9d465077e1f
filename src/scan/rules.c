/*
** rules.c
** Rule sets: compiling rules, the first-byte dispatch table, and the one
** pass over an article that runs them.
*/
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "gate.h"
#include "number.h"
#include "rules.h"
#include "symbols.h"
#include "utf8.h"
#include "util.h"

#define DEFAULT_MATCH_LIMIT 1000000 /* enough for any sane pattern, fails fast otherwise */

/* A number no rule set had before in this process (ivl_ruleset.id). */
static uint64_t new_ruleset_id(void) {
  static _Atomic uint64_t last_id;
  return atomic_fetch_add(&last_id, 1) + 1;
}

ivl_ruleset *ivl_ruleset_new_empty(void) {
  ivl_ruleset *rs = calloc(1, sizeof *rs);
  if (!rs) return NULL;
  rs->id = new_ruleset_id();
  rs->match_limit = DEFAULT_MATCH_LIMIT;
  return rs;
}

void ivl_ruleset_expect(const ivl_ruleset *rs, uint64_t bytes) {
  if (bytes < IVL_JIT_EAGER_BYTES) return;
  for (size_t i = 0; i < rs->n; i++) ivl_regex_jit_now(&rs->rules[i].re);
}

void ivl_ruleset_free(ivl_ruleset *rs) {
  if (!rs) return;
  for (size_t i = 0; i < rs->n; i++) {
    free(rs->rules[i].name);
    ivl_regex_free(&rs->rules[i].re);
  }
  for (int b = 0; b < 256; b++) free(rs->by_byte[b]);
  free(rs->rules);
  if (rs->names && rs->free_names) rs->free_names(rs->names);
  ivl_gate_free(rs->gate);
  free(rs);
}

/* Enter rule 'idx' in the dispatch lists of every byte it can start with.
** Continuation bytes (0x80-0xBF) never start a character: left out. */
static int index_rule(ivl_ruleset *rs, size_t idx) {
  const ivl_regex *re = &rs->rules[idx].re;
  for (int b = 0; b < 256; b++) {
    if (!re->first[b] || (b >= 0x80 && b < 0xC0)) continue;
    uint16_t *list = realloc(rs->by_byte[b], (rs->nby_byte[b] + 1u) * sizeof *list);
    if (!list) return -1;
    list[rs->nby_byte[b]++] = (uint16_t)idx;
    rs->by_byte[b] = list;
    rs->any[b] = 1;
    if (idx < 64) rs->first_rules[b] |= (uint64_t)1 << idx, rs->nfirst[b]++;
    else rs->wide[b] = 1;
  }
  return 0;
}

_Static_assert(IVL_GATE_NKINDS <= sizeof ((ivl_ruleset *)0)->gated_rules / sizeof(uint64_t),
               "a mask of gated rules per kind");

void ivl_ruleset_mark_builtin(ivl_ruleset *rs, size_t idx, int gate) {
  ivl_rule *r = &rs->rules[idx];
  r->builtin = 1;
  r->gate = gate;
  if (idx >= 64) return; /* not gated */
  uint64_t bit = (uint64_t)1 << idx;
  if (gate > 0 && gate < IVL_GATE_NKINDS) {
    rs->gated_rules[gate] |= bit;
    for (int may = 0; may < 256; may++)
      if (!(may >> gate & 1)) rs->gated_out[may] |= bit;
  }
  if (gate == IVL_GATE_MONEY || gate == IVL_GATE_PERCENT || gate == IVL_GATE_AREA || gate == IVL_GATE_COUNT)
    rs->word_gated_rules |= bit;
  if (r->re.looks_back && !r->re.behind_negative_only) return;
  for (int b = 'A'; b <= 'z'; b++)
    if (ivl_isalpha(b) && r->re.first[b]) rs->verdict_rules[b] |= bit;
  for (int b = 0xC2; b <= 0xF4; b++) /* (the lead bytes of characters beyond ASCII: cannot_by_char) */
    if (r->re.first[b]) rs->verdict_rules[b] |= bit;
}

ivl_status ivl_ruleset_add(ivl_ruleset *rs, const char *name, const char *type,
                           const char *pattern, size_t pattern_len, uint32_t options,
                           ivl_normalize_fn normalize, void *data, ivl_error *err) {
  if (rs->n >= UINT16_MAX) return ivl_fail(err, IVL_EARG, 0, "too many rules");
  int type_id = ivl_sym_intern(type, strlen(type));
  if (type_id < 0) return ivl_fail(err, IVL_ENOMEM, 0, "cannot intern type '%s'", type);
  if (IVL_GROW(rs->rules, rs->cap, rs->n + 1))
    return ivl_fail(err, IVL_ENOMEM, 0, "out of memory adding rule '%s'", name);
  ivl_rule *r = &rs->rules[rs->n];
  memset(r, 0, sizeof *r);
  ivl_status st = ivl_regex_compile(&r->re, name, pattern, pattern_len, options, err);
  if (st != IVL_OK) return st;
  r->name = ivl_strdup(name);
  if (!r->name) {
    ivl_regex_free(&r->re);
    return ivl_fail(err, IVL_ENOMEM, 0, "out of memory adding rule '%s'", name);
  }
  r->type = type_id;
  r->normalize = normalize;
  r->data = data;
  r->word_start = 1;
  if (index_rule(rs, rs->n)) {
    free(r->name);
    ivl_regex_free(&r->re);
    return ivl_fail(err, IVL_ENOMEM, 0, "out of memory adding rule '%s'", name);
  }
  if (r->re.ncaptures > rs->max_captures) rs->max_captures = r->re.ncaptures;
  if (rs->n < 64) rs->word_start_rules |= (uint64_t)1 << rs->n;
  rs->n++;
  rs->id = new_ruleset_id(); /* another set now, to a matcher kept for the old one */
  for (int b = 0; b < 256; b++)
    rs->by_word[b] = ivl_isalnum(b) && !rs->wide[b] && !(rs->first_rules[b] & ~rs->word_start_rules);
  return IVL_OK;
}

const ivl_entity *ivl_x_current(const ivl_extract *x) {
  return x->store->n ? &x->store->ents[x->store->n - 1] : NULL;
}

int ivl_x_begin(ivl_extract *x, size_t vstart, size_t vend) {
  return ivl_store_begin(x->store, x->rule->type, x->rule_index, vstart, vend,
                         ivl_view_orig(x->view, vstart), ivl_view_orig(x->view, vend));
}

/* Is 'pos' inside a URL or an e-mail address? Numbers there ("30%25",
** "/2024/") are no mentions. Looks back to the start of the token. */
static int inside_url(const char *text, size_t pos) {
  size_t s = pos, limit = pos > 2048 ? pos - 2048 : 0;
  while (s > limit && !ivl_isspace((unsigned char)text[s - 1])) s--;
  if (pos - s >= 4 && memcmp(text + s, "www.", 4) == 0) return 1;
  for (size_t i = s; i < pos; i++)
    if (text[i] == '@' || (text[i] == ':' && i + 2 < pos && text[i + 1] == '/' && text[i + 2] == '/'))
      return 1;
  return 0;
}

/* The end of the word at 'pos' (letters, and bytes of characters beyond
** ASCII: "VNĐ") and of the byte after it, which says that the word ends
** there: "for " starts no "forty", "a " no "an". The byte is ASCII, a
** character of its own. */
static size_t word_from(const ivl_extract *x, size_t pos) {
  size_t e = pos;
  while (e < x->len && (ivl_isalpha((unsigned char)x->text[e]) || (unsigned char)x->text[e] >= 0x80)) e++;
  return e < x->len ? e + 1 : e;
}

/* The key of the verdicts of the word 'w' of the article's table (words.h)
** that starts at 'pos', read from the table: the word and the byte after
** it, when the word is written in ASCII and that byte is ASCII (no
** letter: the table's word ends there), and its hash the table's. Its
** bytes tell where word_from ends (inside it, at a digit, or after it),
** and so its verdicts, which are asked with word_from's end. The end of
** the key, or 0 when the table does not tell. */
static size_t word_key_end(const ivl_extract *x, const ivl_word *w, size_t pos) {
  size_t n = w->fe - w->fs, e = pos + n;
  if (!(w->flags & IVL_WORD_ASCII) || n >= IVL_WORD_MAX || e > x->len) return 0;
  if (e == x->len) return e;
  unsigned char c = (unsigned char)x->text[e];
  return c < 0x80 && !ivl_isalpha(c) ? e + 1 : 0;
}

/* A rule that failed on the match at 'pos' loses that match, not the
** article: note it on the article and go on. */
static void lose_match(ivl_article *a, const ivl_extract *x, const ivl_rule *r, size_t pos,
                       const char *why) {
  size_t byte = ivl_view_orig(x->view, pos);
  ivl_article_problem(a, "rule '%s' failed at byte %zu (that match is skipped): %s", r->name, byte, why);
}

/* The rules of the gate kinds not in 'may' (gate.h). */
static uint64_t gated_out(const ivl_ruleset *rs, uint32_t may) { return rs->gated_out[may & 0xFF]; }

/* The built-in rules (a bit per rule) that cannot start at a word: those
** the verdicts of the word starting with the letter b rule out, asked of
** PCRE2 for the rules not asked about that word yet. */
static uint64_t cannot_start_word(const ivl_ruleset *rs, ivl_matcher *m, const ivl_extract *x, size_t pos,
                                  unsigned char b, const ivl_word *w, uint64_t ruled_out) {
  /* the key: read from the table, else word_from's; hashed as the table
  ** hashed the word (equal keys mostly come with equal words: then the
  ** key is kept once), else by its bytes */
  size_t key_end = w ? word_key_end(x, w, pos) : 0, end = 0; /* word_from's, once known */
  if (!key_end) key_end = end = word_from(x, pos);
  ivl_word_verdict *v;
  if (!w) {
    v = ivl_word_verdict_of(m, rs->id, x->text, pos, end);
  } else {
    size_t n = key_end - pos;
    v = n && n <= IVL_WORD_MAX ? ivl_word_verdict_known(m, rs->id, ivl_word_tag(w->hash, x->text + pos, n), x->text + pos, n)
                               : NULL;
    if (!v) v = ivl_word_verdict_hashed(m, rs->id, w->hash, x->text, pos, key_end);
  }
  if (!v) return ruled_out;
  /* the rules its first two bytes rule out (cannot_by_pair) need no asking:
  ** no text starting so matches them, this word's neither */
  v->asked |= ruled_out & rs->verdict_rules[b];
  if (rs->verdict_rules[b] & ~v->asked) {
    if (!end) end = word_from(x, pos);
    for (uint16_t k = 0; k < rs->nby_byte[b]; k++) {
      uint16_t idx = rs->by_byte[b][k];
      if (idx < 64 && (rs->verdict_rules[b] >> idx & 1))
        ivl_regex_may_start_at(&rs->rules[idx].re, m, v, idx, x->text, pos, end);
    }
  }
  uint64_t cannot = v->asked & ~v->possible & rs->verdict_rules[b];
  /* a number in words may start there: what follows it says more (gate.h) */
  if (rs->gate && (rs->verdict_rules[b] & rs->word_gated_rules & ~cannot))
    cannot |= gated_out(rs, ivl_gate_at_word(rs->gate, x->text, x->len, pos));
  return cannot;
}

/* ...and those that cannot start at a number, as the gate says (gate.h). */
static uint64_t cannot_start_number(const ivl_ruleset *rs, const ivl_extract *x, size_t pos) {
  return gated_out(rs, ivl_gate_at_digit(rs->gate, x->text, x->len, pos));
}

static uint64_t cannot_by_char(const ivl_ruleset *rs, ivl_matcher *m, const char *t, size_t len, size_t pos,
                               unsigned char b);

/* The built-in rules that cannot start at 'pos' (most cannot), a bit per
** rule; the others, and rules written by users, are tried. */
static uint64_t cannot_start(const ivl_ruleset *rs, ivl_matcher *m, const ivl_extract *x, size_t pos,
                             const ivl_word *w) {
  unsigned char b = (unsigned char)x->text[pos];
  if (rs->gate_off) return 0;
  if (ivl_isalpha(b)) return cannot_start_word(rs, m, x, pos, b, w, 0);
  if (ivl_isdigit(b) && rs->gate) return cannot_start_number(rs, x, pos);
  if (b >= 0xC2) return cannot_by_char(rs, m, x->text, x->len, pos, b);
  return 0;
}

/* The lowest rule of a set (not empty). */
static unsigned lowest(uint64_t set) {
#if defined(__GNUC__)
  return (unsigned)__builtin_ctzll(set);
#else
  unsigned i = 0;
  while (!(set >> i & 1)) i++;
  return i;
#endif
}

/* The end of the line 'pos' is on: its line break, or the end of the text.
** A paragraph is a line (layout.h), so a mention never spans a line break:
** across one, a headline's last number and the date line under it read as
** a date ("the top 10\n\nMay 2, 2024": "10 May"), a tag line's and the
** next line's as an area ("58\nHa"). A match that runs past its line's
** end is dropped, not cut short: the subject stays the whole text, which
** the gates and the rules' verdicts read, so they say the same with a
** line or without one. The places are tried in order, so each line's end
** is looked for once. */
static size_t line_end_at(const char *text, size_t len, size_t pos) {
  const char *nl = memchr(text + pos, '\n', len - pos);
  return nl ? (size_t)(nl - text) : len;
}

/* Try rule 'idx' at 'pos'. '*in_url' is computed once, at the first
** match: then no rule is tried further there ('*stop'). */
static ivl_status try_rule(const ivl_ruleset *rs, ivl_article *a, ivl_extract *x, ivl_matcher *m, size_t pos,
                           uint16_t idx, size_t *next, int *in_url, int *stop, ivl_error *err) {
  const ivl_rule *r = &rs->rules[idx];
  int rc = ivl_regex_match_at(&r->re, m, x->text, x->len, pos);
  if (rc < 0) { /* the match limit, mostly: the pattern backtracks too much here */
    PCRE2_UCHAR msg[120];
    pcre2_get_error_message(rc, msg, sizeof msg);
    if (rc == PCRE2_ERROR_NOMEMORY) return ivl_fail(err, IVL_ENOMEM, 0, "out of memory matching rule '%s'", r->name);
    lose_match(a, x, r, pos, (const char *)msg);
    return IVL_OK;
  }
  if (rc == 0) return IVL_OK;
  x->ov = ivl_matcher_ovector(m);
  if (x->ov[1] <= x->ov[0]) return IVL_OK; /* empty matches are no mentions */
  if (pos >= x->line_end) x->line_end = line_end_at(x->text, x->len, pos);
  if (x->ov[1] > x->line_end) return IVL_OK; /* nor those that run on into the next line */
  if (*in_url < 0) *in_url = inside_url(x->text, pos);
  if (*in_url) {
    *stop = 1;
    return IVL_OK;
  }
  x->rule = r;
  x->rule_index = idx;
  x->covered = 0;
  int stored = r->normalize(x);
  if (stored == IVL_NORMALIZE_FAILED) {
    if (err->code == IVL_ERULE) { /* a user's normaliser raised: its entity was taken back */
      lose_match(a, x, r, pos, err->msg);
      return IVL_OK;
    }
    char why[sizeof err->msg];
    memcpy(why, err->msg, sizeof why);
    return ivl_fail(err, err->code, ivl_view_orig(x->view, pos), "rule '%s' failed at byte %zu: %s",
                    r->name, ivl_view_orig(x->view, pos), why);
  }
  if (stored < 0) return ivl_fail(err, IVL_ENOMEM, 0, "out of memory storing entities");
  if (stored > 0) next[idx] = x->covered > x->ov[1] ? x->covered : x->ov[1];
  return IVL_OK;
}

/* May rule 'idx' store a mention at 'pos' (its may_store)? A try that
** stores nothing has no effect but the time it takes: a match found
** inside a URL stops the other rules there, but any of them that would
** match finds it inside the URL too (the gates off: always tried). */
static int may_store(const ivl_ruleset *rs, const ivl_extract *x, unsigned idx, size_t pos) {
  const ivl_rule *r = &rs->rules[idx];
  return !r->may_store || rs->gate_off || r->may_store(x->text, x->len, pos);
}

/* Try the rules of the set 'rules' (among the first 64) at 'pos', in rule
** order, while none says to stop. */
static ivl_status try_set(const ivl_ruleset *rs, ivl_article *a, ivl_extract *x, ivl_matcher *m, size_t pos,
                          uint64_t rules, size_t *next, int *in_url, int *stop, ivl_error *err) {
  ivl_status st = IVL_OK;
  for (; rules && st == IVL_OK && !*stop; rules &= rules - 1) {
    unsigned idx = lowest(rules);
    if (pos < next[idx] || !may_store(rs, x, idx, pos)) continue;
    st = try_rule(rs, a, x, m, pos, (uint16_t)idx, next, in_url, stop, err);
  }
  return st;
}

/* Try the rules that can start at 'pos', in rule order: the first 64 as
** a set, a bit each, less those that cannot start there, then the others
** one by one. 'next' holds, per rule, the first position where it may
** match again (matches of one rule do not overlap). 'w': the word of the
** article's table that starts at 'pos', or NULL. */
static ivl_status try_rules_at(const ivl_ruleset *rs, ivl_article *a, ivl_extract *x, ivl_matcher *m,
                               size_t pos, const ivl_word *w, size_t *next, ivl_error *err) {
  unsigned char b = (unsigned char)x->text[pos];
  int at_word_start = -1, in_url = -1, stop = 0; /* computed once, when needed */
  ivl_status st = IVL_OK;
  uint64_t rules = rs->first_rules[b];
  if (rules & rs->word_start_rules) {
    at_word_start = !ivl_utf8_alnum_before(x->text, pos);
    if (!at_word_start) rules &= ~rs->word_start_rules;
  }
  if (rules) rules &= ~cannot_start(rs, m, x, pos, w);
  st = try_set(rs, a, x, m, pos, rules, next, &in_url, &stop, err);
  for (uint16_t k = rs->nfirst[b]; k < rs->nby_byte[b] && st == IVL_OK && !stop; k++) {
    uint16_t idx = rs->by_byte[b][k];
    if (pos < next[idx]) continue;
    if (rs->rules[idx].word_start) {
      if (at_word_start < 0) at_word_start = !ivl_utf8_alnum_before(x->text, pos);
      if (!at_word_start) continue;
    }
    st = try_rule(rs, a, x, m, pos, idx, next, &in_url, &stop, err);
  }
  return st;
}

/* Does the character before text[pos], beyond ASCII (its last byte from
** 0x80), make text[pos] part of a word: a letter, digit or mark (utf8.h)? */
static inline int after_wide_letter(const char *text, size_t pos) {
  return pos > 0 && (unsigned char)text[pos - 1] >= 0x80 && ivl_utf8_alnum_before_wide(text, pos);
}

/* The first place from 'pos' on where some rule may start: a byte some
** rule starts with, not inside a word (after a letter or digit, ASCII or
** not), since every rule is anchored at a word's start (word_start). The
** rest of a word is passed over in one run rather than byte by byte.
** Inside the words beyond ASCII ("Nguyễn", "Đồng") each ASCII letter after
** a letter beyond ASCII was a place that try_rules_at then found inside a
** word: on /tmp/b1 some 6,000 of its 7,800 places. */
static inline size_t next_place(const ivl_ruleset *rs, const char *text, size_t len, size_t pos) {
  for (; pos < len; pos++) {
    if (pos > 0 && ivl_isalnum((unsigned char)text[pos - 1])) {
      while (pos < len && ivl_isalnum((unsigned char)text[pos])) pos++;
      continue; /* text[pos] follows the word: no place either */
    }
    if (rs->any[(unsigned char)text[pos]] && !after_wide_letter(text, pos)) return pos;
  }
  return len;
}

/* One run over an article: the rules' state between places. */
typedef struct run {
  const ivl_ruleset *rs;
  ivl_article *a;
  ivl_extract *x;
  ivl_matcher *m;
  size_t *next;
  unsigned tries;
  size_t sum; /* of the places' offsets */
  ivl_error *err;
  ivl_gate_memo digits; /* what follows the number last read at a digit */
} run;

/* Count place 'pos' as tried; 1 when past the deadline (r->err filled).
** The clock is read every 256 places tried: a match can take a match
** limit's worth of steps, a normaliser written in Lua longer. */
static inline int count_place(run *r, size_t pos) {
  r->sum += pos;
  return ++r->tries % 256 == 0 && ivl_past_deadline(r->rs, r->m, r->a, pos, r->err);
}

/* Try the rules at place 'pos' ('w' as for try_rules_at). */
static ivl_status try_place(run *r, size_t pos, const ivl_word *w) {
  if (count_place(r, pos)) return r->err->code;
  return try_rules_at(r->rs, r->a, r->x, r->m, pos, w, r->next, r->err);
}

static void set_bit(uint8_t *bits, size_t i) { bits[i >> 3] |= (uint8_t)(1u << (i & 7)); }
static int has_bit(const uint8_t *bits, size_t i) { return bits[i >> 3] >> (i & 7) & 1; }

/* Make the matcher's table of pairs ready for the set 'rs' (emptied when
** it was another's); 0 when out of memory. */
static int pairs_ready(const ivl_ruleset *rs, ivl_matcher *m) {
  if (!m->pair_cannot) {
    m->pair_cannot = malloc(IVL_PAIR_SLOTS * sizeof *m->pair_cannot);
    m->pair_known = malloc(IVL_PAIR_SLOTS);
    m->pair_block = malloc(IVL_PAIR_SLOTS * sizeof *m->pair_block);
    m->triple_cannot = malloc(IVL_TRIPLE_BLOCKS * 128 * sizeof *m->triple_cannot);
    m->triple_known = malloc(IVL_TRIPLE_BLOCKS * 128);
    m->pair_clear = malloc(IVL_PAIR_SLOTS / 8);
    m->triple_clear = malloc(IVL_TRIPLE_BLOCKS * 128 / 8);
    if (!m->pair_cannot || !m->pair_known || !m->pair_block || !m->triple_cannot || !m->triple_known ||
        !m->pair_clear || !m->triple_clear) {
      free(m->pair_cannot), free(m->pair_known), free(m->pair_block), free(m->triple_cannot), free(m->triple_known);
      free(m->pair_clear), free(m->triple_clear);
      m->pair_cannot = NULL, m->pair_known = NULL, m->pair_block = NULL, m->triple_cannot = NULL;
      m->triple_known = NULL, m->pair_clear = NULL, m->triple_clear = NULL;
      return 0;
    }
    m->pairs_of = 0;
  }
  if (m->pairs_of != rs->id) {
    memset(m->pair_clear, 0, IVL_PAIR_SLOTS / 8);
    memset(m->pair_known, 0, IVL_PAIR_SLOTS);
    memset(m->pair_block, 0, IVL_PAIR_SLOTS * sizeof *m->pair_block);
    m->ntriple_blocks = 0;
    m->pairs_of = rs->id;
  }
  return 1;
}

/* Make the matcher's cache of prefixes ending beyond ASCII ready for the
** set 'rs' (emptied when it was another's); 0 when out of memory. */
static int wide_ready(const ivl_ruleset *rs, ivl_matcher *m) {
  if (!m->wide && !(m->wide = calloc(IVL_WIDE_SLOTS, sizeof *m->wide))) return 0;
  if (m->wide_of != rs->id) {
    memset(m->wide, 0, IVL_WIDE_SLOTS * sizeof *m->wide);
    m->wide_of = rs->id;
  }
  return 1;
}

uint64_t ivl_ruleset_ask_prefix(const ivl_ruleset *rs, ivl_matcher *m, unsigned char b, const char *prefix, size_t n,
                                uint64_t known) {
  uint64_t cannot = known;
  for (uint64_t ask = rs->verdict_rules[b] & ~known; ask; ask &= ask - 1) {
    unsigned idx = lowest(ask);
    if (!ivl_regex_may_start_with(&rs->rules[idx].re, m, prefix, n)) cannot |= (uint64_t)1 << idx;
  }
  return cannot;
}

/* The slot of 'key' (not 0) in the matcher's cache of the most recent
** prefixes' answers (IVL_WIDE_SLOTS); NULL when out of memory. */
static ivl_wide_prefix *wide_slot(const ivl_ruleset *rs, ivl_matcher *m, uint64_t key) {
  _Static_assert(IVL_WIDE_SLOTS == 1 << 12, "a slot from the key's hash, 12 bits");
  return wide_ready(rs, m) ? &m->wide[(key * 0x9E3779B97F4A7C15u) >> 52] : NULL;
}

/* ivl_ruleset_ask_prefix's answer, asked once per 'key' and thread. */
static uint64_t cannot_by_prefix(const ivl_ruleset *rs, ivl_matcher *m, uint64_t key, unsigned char b,
                                 const char *prefix, size_t n, uint64_t known) {
  ivl_wide_prefix *slot = wide_slot(rs, m, key);
  if (!slot) return known;
  if (slot->key != key) {
    slot->key = key;
    slot->cannot = ivl_ruleset_ask_prefix(rs, m, b, prefix, n, known);
  }
  return slot->cannot;
}

/* cannot_by_wide's answer from the table made at build time, for the
** first byte b, the second c (0: the letter is the second) and the
** letter cp; NULL when the table has none (then it is asked: a pair the
** table gives no row leaves no rule to ask). */
static const uint64_t *given_wide(const ivl_ruleset *rs, unsigned char b, unsigned char c, int32_t cp) {
  const ivl_pair_table *t = rs->given_pairs;
  if (!t || rs->match_limit < t->match_limit || !t->nwide || b >= 128) return NULL;
  size_t lo = 0, hi = t->nwide; /* the letter's column */
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (t->wide_cps[mid] < (uint32_t)cp) lo = mid + 1;
    else hi = mid;
  }
  if (lo == t->nwide || t->wide_cps[lo] != (uint32_t)cp) return NULL;
  if (!c) return &t->wide_second[(size_t)b * t->nwide + lo];
  size_t row = t->triple_row[(size_t)b << 7 | c];
  return row ? &t->wide_third[(row - 1) * t->nwide + lo] : NULL;
}

/* cannot_by_pair and cannot_by_triple for a place whose second or third
** character (at pos + 'at', 'at' 1 or 2) is beyond ASCII ("Bình", "Thái",
** "Dương"): the built-in rules no text starting with the characters up to
** and with that one can match, asked as they ask, once per prefix and
** thread (a cache, IVL_WIDE_SLOTS), 'known' (the pair's answer, for a
** triple) without asking. A prefix of whole characters is asked, as
** PCRE2 reads UTF-8 whole. On /tmp/b1, 16,600 of the 36,400 words at a
** letter that try_word was called at start so (Vietnamese names): each
** asked its word's verdicts (cannot_start_word), most of them for no rule. */
static uint64_t cannot_by_wide(const ivl_ruleset *rs, ivl_matcher *m, const char *t, size_t len, size_t pos,
                               size_t at, uint64_t known) {
  size_t n;
  int32_t cp = ivl_utf8_decode(t + pos + at, len - pos - at, &n);
  if (cp < 0) return known;
  unsigned char b = (unsigned char)t[pos], c = at == 2 ? (unsigned char)t[pos + 1] : 0;
  uint64_t key = (uint64_t)1 << 62 | (uint64_t)b << 29 | (uint64_t)c << 21 | (uint64_t)cp; /* (cp: 21 bits) */
  ivl_wide_prefix *slot = wide_slot(rs, m, key);
  if (!slot) return known;
  if (slot->key != key) {
    const uint64_t *given = given_wide(rs, b, c, cp);
    slot->key = key;
    slot->cannot = given ? *given : ivl_ruleset_ask_prefix(rs, m, b, t + pos, at + n, known);
  }
  return slot->cannot;
}

/* The built-in rules that cannot start at text[pos], the lead byte b of
** a character beyond ASCII: those no text starting with that character
** can match, as cannot_by_wide asks (its key: b 0, no ASCII letter).
** Money may start with a currency sign ("€", "₫", "£"), whose lead byte
** dashes and quotes share: on /tmp/b1, 600 of the 1,558 tries of money
** that failed were made at an em dash ("— VNS"). */
static uint64_t cannot_by_char(const ivl_ruleset *rs, ivl_matcher *m, const char *t, size_t len, size_t pos,
                               unsigned char b) {
  if (!rs->verdict_rules[b]) return 0;
  size_t n;
  int32_t cp = ivl_utf8_decode(t + pos, len - pos, &n);
  return cp < 0 ? 0 : cannot_by_prefix(rs, m, (uint64_t)1 << 62 | (uint64_t)cp, b, t + pos, n, 0);
}

uint64_t ivl_ruleset_ask_pair(const ivl_ruleset *rs, ivl_matcher *m, unsigned char b, unsigned char c) {
  char prefix[2] = {(char)b, (char)c};
  uint64_t cannot = 0;
  for (uint64_t ask = rs->verdict_rules[b]; ask; ask &= ask - 1) {
    unsigned idx = lowest(ask);
    if (!ivl_regex_may_start_with(&rs->rules[idx].re, m, prefix, c ? 2 : 1)) cannot |= (uint64_t)1 << idx;
  }
  return cannot;
}

uint64_t ivl_ruleset_fingerprint(const ivl_ruleset *rs) {
  uint64_t h = ivl_hash(IVL_HASH_START, rs->verdict_rules, sizeof rs->verdict_rules);
  for (size_t i = 0; i < rs->n && i < 64; i++) {
    const ivl_rule *r = &rs->rules[i];
    if (!r->builtin) continue;
    h = ivl_hash(h, &i, sizeof i);
    h = ivl_hash(h, r->name, strlen(r->name) + 1);
    h = ivl_hash(h, r->re.pattern, r->re.pattern_len);
    h = ivl_hash(h, &r->re.options, sizeof r->re.options);
  }
  return h;
}

uint64_t ivl_ruleset_ask_triple(const ivl_ruleset *rs, ivl_matcher *m, unsigned char b, unsigned char c,
                                unsigned char d, uint64_t by_pair) {
  char prefix[3] = {(char)b, (char)c, (char)d};
  uint64_t cannot = by_pair;
  for (uint64_t ask = rs->verdict_rules[b] & ~by_pair; ask; ask &= ask - 1) {
    unsigned idx = lowest(ask);
    if (!ivl_regex_may_start_with(&rs->rules[idx].re, m, prefix, 3)) cannot |= (uint64_t)1 << idx;
  }
  return cannot;
}

int ivl_ruleset_give_pairs(ivl_ruleset *rs, const ivl_pair_table *t) {
  rs->given_pairs = t->fingerprint == ivl_ruleset_fingerprint(rs) ? t : NULL;
  return rs->given_pairs != NULL;
}

/* The answer of ivl_ruleset_ask_pair for slot b << 7 | c: from the table
** made at build time when the set has one (the same question asked of the
** same patterns, so the same answer; a match limit lowered since may give
** up where the table's did not, and is asked), else asked now. */
static uint64_t pair_answer(const ivl_ruleset *rs, ivl_matcher *m, unsigned char b, unsigned char c) {
  const ivl_pair_table *t = rs->given_pairs;
  if (t && rs->match_limit >= t->match_limit) return t->cannot[(size_t)b << 7 | c];
  return ivl_ruleset_ask_pair(rs, m, b, c);
}

/* ...and of ivl_ruleset_ask_triple (a pair the table gives no row leaves
** no verdict rule to ask: its answer is the pair's). */
static uint64_t triple_answer(const ivl_ruleset *rs, ivl_matcher *m, unsigned char b, unsigned char c,
                              unsigned char d, uint64_t by_pair) {
  const ivl_pair_table *t = rs->given_pairs;
  if (!t || rs->match_limit < t->match_limit) return ivl_ruleset_ask_triple(rs, m, b, c, d, by_pair);
  size_t row = t->triple_row[(size_t)b << 7 | c];
  return row ? t->triples[row - 1][d] : by_pair;
}

/* The built-in rules that cannot start at the ASCII letter text[pos] =
** b, as its first two bytes say: those of its verdict rules no text
** starting with them can match (ivl_regex_may_start_with), asked once per
** pair and thread. Many of the words most often met ("of", "in", "is")
** are cleared so without their verdicts looked up. After a byte beyond
** ASCII, cannot_by_wide's answer; 0 after a NUL: not asked. */
static uint64_t cannot_by_pair(const ivl_ruleset *rs, ivl_matcher *m, const char *t, size_t len, size_t pos,
                               unsigned char b) {
  unsigned char c = pos + 1 < len ? (unsigned char)t[pos + 1] : 0;
  if (c >= 0x80) return cannot_by_wide(rs, m, t, len, pos, 1, 0);
  if ((pos + 1 < len && c == 0) || !pairs_ready(rs, m)) return 0;
  size_t slot = (size_t)b << 7 | c;
  if (!m->pair_known[slot]) {
    uint64_t cannot = pair_answer(rs, m, b, c);
    m->pair_cannot[slot] = cannot;
    m->pair_known[slot] = 1;
    if (c && !(rs->first_rules[b] & ~cannot)) { /* (not the text's end) */
      set_bit(m->pair_clear, slot);
      m->pair_block[slot] |= IVL_PAIR_CLEARED;
    }
  }
  return m->pair_cannot[slot];
}

/* The same from the first three bytes, for a pair that leaves a rule
** ("th": "three", "thousand"; not "the"): asked once per triple and
** thread, of the rules the pair leaves. cannot_by_wide's when the third
** byte is beyond ASCII; the pair's when it is a NUL or past the text, or
** when the blocks are all given. */
static uint64_t cannot_by_triple(const ivl_ruleset *rs, ivl_matcher *m, const char *t, size_t len, size_t pos,
                                 unsigned char b, uint64_t by_pair) {
  if (pos + 2 >= len || !m->pair_block) return by_pair; /* (no tables: out of memory) */
  unsigned char c = (unsigned char)t[pos + 1], d = (unsigned char)t[pos + 2];
  if (c == 0 || c >= 0x80 || d == 0) return by_pair;
  if (d >= 0x80) return cannot_by_wide(rs, m, t, len, pos, 2, by_pair);
  size_t slot = (size_t)b << 7 | c, block = m->pair_block[slot] & ~IVL_PAIR_CLEARED;
  if (!block) {
    if (m->ntriple_blocks == IVL_TRIPLE_BLOCKS) return by_pair;
    block = (uint16_t)++m->ntriple_blocks;
    m->pair_block[slot] = (uint16_t)(m->pair_block[slot] | block);
    memset(m->triple_known + (block - 1) * 128, 0, 128);
    memset(m->triple_clear + (block - 1) * 16, 0, 16);
  }
  size_t at = (block - 1) * 128 + d;
  if (!m->triple_known[at]) {
    uint64_t cannot = triple_answer(rs, m, b, c, d, by_pair);
    m->triple_cannot[at] = cannot;
    m->triple_known[at] = 1;
    if (!(rs->first_rules[b] & ~cannot)) set_bit(m->triple_clear, at);
  }
  return m->triple_cannot[at];
}

/* try_place at a word of the table (written in ASCII) starting with the
** letter or digit b, which only rules among the first 64 may start with,
** all at a word's start: the same, in fewer steps. */
static ivl_status try_word(run *r, size_t pos, unsigned char b, const ivl_word *w) {
  if (count_place(r, pos)) return r->err->code;
  const char *t = r->x->text;
  const ivl_ruleset *rs = r->rs;
  uint64_t cannot = 0;
  if (ivl_isdigit(b)) {
    if (rs->gate) cannot = gated_out(rs, ivl_gate_at_digit_memo(rs->gate, &r->digits, t, r->x->len, pos));
  } else {
    /* (only the pair's answer goes into the word's verdicts: a word of one
    ** letter, with the byte after it, is two bytes) */
    uint64_t ruled_out = cannot_by_pair(rs, r->m, t, r->x->len, pos, b);
    if (!(rs->first_rules[b] & ~ruled_out)) return IVL_OK;
    if (!(rs->first_rules[b] & ~cannot_by_triple(rs, r->m, t, r->x->len, pos, b, ruled_out))) return IVL_OK;
    /* most words: their verdicts known, on every rule, and none gated at
    ** the word left to try; else cannot_start_word does it all. A known
    ** word with a rule gated at words left ("a", "US", "per", "two") asks
    ** the gate here: cannot_start_word would find the same verdicts again
    ** (its key, its hash, its look-up) and ask nothing new of them */
    size_t key_end = word_key_end(r->x, w, pos), n = key_end - pos;
    const ivl_word_verdict *v =
      key_end ? ivl_word_verdict_known(r->m, rs->id, ivl_word_tag(w->hash, t + pos, n), t + pos, n) : NULL;
    uint64_t verdict_rules = rs->verdict_rules[b];
    if (v && !(verdict_rules & ~v->asked)) {
      cannot = v->asked & ~v->possible & verdict_rules;
      if (rs->gate && (verdict_rules & rs->word_gated_rules & ~cannot))
        cannot |= gated_out(rs, ivl_gate_at_word(rs->gate, t, r->x->len, pos));
    } else {
      cannot = cannot_start_word(rs, r->m, r->x, pos, b, w, ruled_out);
    }
  }
  uint64_t rules = rs->first_rules[b] & ~cannot;
  if (!rules) return IVL_OK;
  int in_url = -1, stop = 0;
  return try_set(r->rs, r->a, r->x, r->m, pos, rules, r->next, &in_url, &stop, r->err);
}

/* The matcher's 'clear' bits (regex.h), when they are about the set
** being run as it is now: a word whose first two or three bytes have one
** set starts no rule. cannot_by_pair and cannot_by_triple set them where
** every rule that may start with the first byte is ruled out (and so
** none written by a user: their tables know only built-in rules), at a
** letter that try_word takes (any, by_word), never for the text's end.
** A rule added to the set since (ivlua.rule, between extractions) may
** start there: then they are made again (pairs_ready). */
typedef struct clear_bits {
  const uint16_t *pair; /* pair_block, with the pairs' bits (IVL_PAIR_CLEARED); NULL: none yet */
  const uint8_t *triple;
} clear_bits;

static clear_bits clear_bits_of(const run *r) {
  const ivl_matcher *m = r->m;
  if (m->pairs_of != r->rs->id) return (clear_bits){NULL, NULL};
  return (clear_bits){m->pair_block, m->triple_clear};
}

/* Does a word t[vs...] start no rule, as the bits say? Its bytes are read
** as cannot_by_pair and cannot_by_triple read them. No length is
** compared: the view is NUL-terminated (textview.h), and a pair or triple
** with a NUL, as at the text's end, is never cleared (nor given a block). */
static inline int bytes_cleared(const clear_bits *cb, const char *t, size_t vs) {
  unsigned b = (unsigned char)t[vs], c = (unsigned char)t[vs + 1], d;
  if ((b | c) >= 0x80) return 0;
  size_t slot = (size_t)b << 7 | c, block = cb->pair[slot];
  if (block & IVL_PAIR_CLEARED) return 1; /* (its block then unread: the pair says it all) */
  if (!block || c == 0) return 0;
  d = (unsigned char)t[vs + 2];
  return d - 1 < 0x7F && has_bit(cb->triple, (block - 1) * 128 + d);
}

/* Does the word w of the table, at t[vs], follow a letter, digit or mark
** (ASCII or not), which makes it no place (next_place)? Most words follow
** a space, as the table says (IVL_WORD_SPACED): the byte before is read
** only for the others. */
static inline int inside_word(const ivl_word *w, const char *t, size_t vs) {
  if (w->flags & IVL_WORD_SPACED) return 0;
  return vs > 0 && (ivl_ascii_alnum[(unsigned char)t[vs - 1]] || after_wide_letter(t, vs));
}

/* The places in [from, to), found byte by byte. */
static ivl_status run_bytes(run *r, size_t from, size_t to) {
  const char *t = r->x->text;
  ivl_status st = IVL_OK;
  for (size_t pos = next_place(r->rs, t, to, from); pos < to && st == IVL_OK; pos = next_place(r->rs, t, to, pos + 1))
    st = try_place(r, pos, NULL);
  return st;
}

/* The same places, the words of the article's table (words.h) written in
** ASCII passed over whole: inside one and right after it, every byte
** follows an ASCII letter or digit, where no place is. Its first byte is
** a place as next_place says, and its hash and length give its verdicts'
** key (word_key_end). The text between those words, and the words beyond
** ASCII, are read byte by byte as before. The table stays as it is
** while the rules run: no normaliser extracts an article (the bindings
** refuse, l_ivlua.c: extract_into). */
static ivl_status run_words(run *r, const ivl_words *ws) {
  const char *t = r->x->text;
  const uint8_t *any = r->rs->any;
  clear_bits cb = clear_bits_of(r);
  const ivl_word *const end = ws->w + ws->n; /* (held, not read again after each store) */
  size_t p = 0; /* the places before p are tried */
  for (const ivl_word *w = ws->w; w < end; w++) {
    if (w->vs < p) continue;
    size_t vs = w->vs, q = p;
    while (q < vs && !any[(unsigned char)t[q]]) q++; /* mostly none, or a space or two */
    ivl_status st = q < vs ? run_bytes(r, q, vs) : IVL_OK;
    if (st != IVL_OK) return st;
    unsigned char b = (unsigned char)t[vs];
    /* the rest of a word beyond ASCII is read byte by byte */
    size_t after = w->flags & IVL_WORD_ASCII ? vs + (w->fe - w->fs) + 1 : vs + 1;
    if (!any[b]) { /* no place (a word no rule starts with: on /tmp/b1, 44,000 of 242,000) */
      p = after;
      continue;
    }
    if ((w->flags & IVL_WORD_ASCII) && cb.pair && bytes_cleared(&cb, t, vs)) {
      /* try_word would do nothing there but count the place: on /tmp/b1
      ** 96,000 of the 121,000 words it was called at, passed in fewer
      ** steps (ivl_ruleset_run 77.8M -> 75.2M Ir); also after a gap read
      ** byte by byte (the words after one beyond ASCII: "Hùng said") */
      if (!inside_word(w, t, vs) && count_place(r, vs)) return r->err->code;
      p = after;
      continue;
    }
    /* (a word after a letter beyond ASCII is inside a word: no place, as next_place says) */
    if (!inside_word(w, t, vs)) st = r->rs->by_word[b] ? try_word(r, vs, b, w) : try_place(r, vs, w);
    if (st != IVL_OK) return st;
    p = after;
    if (!cb.pair) cb = clear_bits_of(r); /* made at the first word asked */
  }
  return p < r->x->len ? run_bytes(r, p, r->x->len) : IVL_OK;
}

ivl_status ivl_ruleset_run(const ivl_ruleset *rs, ivl_article *a, ivl_store *store,
                           ivl_matcher *m, ivl_error *err) {
  ivl_extract x = {a, a->view.text, a->view.len, &a->view, store, NULL, 0, NULL, m, 0, err, 0};
  size_t *next = calloc(rs->n ? rs->n : 1, sizeof *next);
  if (!next) return ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  run r = {rs, a, &x, m, next, 0, 0, err, {NULL, 0, 0, 0}};
  /* the word table, as the names will read it (with the gates off, and
  ** when it cannot be made, the text byte by byte: the same places) */
  ivl_status st = !rs->gate_off && ivl_article_cut_words(a) == 0 ? run_words(&r, &a->words)
                                                                 : run_bytes(&r, 0, x.len);
  m->places = r.tries, m->places_sum = r.sum;
  free(next);
  return st;
}

int ivl_past_deadline(const ivl_ruleset *rs, const ivl_matcher *m, const ivl_article *a, size_t pos,
                      ivl_error *err) {
  if (!m->deadline_ns || ivl_monotonic_ns() < m->deadline_ns) return 0;
  size_t byte = ivl_view_orig(&a->view, pos < a->view.len ? pos : a->view.len);
  ivl_fail(err, IVL_ELIMIT, byte, "extraction stopped after %g s at byte %zu (the article time limit): the "
           "article is skipped", rs->max_seconds, byte);
  return 1;
}

int ivl_x_magnitude(const ivl_extract *x, int group, int *exp10) {
  size_t s, n;
  *exp10 = 0;
  if (!ivl_x_group(x, group, &s, &n)) return 1;
  while (n && (ivl_isspace((unsigned char)x->text[s]) || x->text[s] == '-')) s++, n--;
  return ivl_magnitude_read(x->text + s, n, exp10) != 0;
}

size_t ivl_x_number_read(const ivl_extract *x, size_t start, size_t len, ivl_number *num) {
  if (len && ivl_isdigit((unsigned char)x->text[start]) && x->ov[1] > start + len)
    return ivl_number_digits(x->text + start, x->ov[1] - start, num) ? len : 0;
  return ivl_number_read(x->text + start, len, num);
}

int ivl_x_number(const ivl_extract *x, int group, int mag_group, double *value) {
  size_t s, n;
  ivl_number num;
  int exp10;
  if (!ivl_x_group(x, group, &s, &n) || ivl_x_number_read(x, s, n, &num) == 0) return 0;
  if (!ivl_x_magnitude(x, mag_group, &exp10)) return 0;
  num.exp10 += exp10;
  *value = ivl_number_value(&num);
  return 1;
}

/* The first number in text[s..e): digits, or number words at a word start. */
static size_t first_number(const char *text, size_t s, size_t e, ivl_number *num) {
  for (size_t i = s; i < e; i++) {
    if (i > s && ivl_isalnum((unsigned char)text[i - 1])) continue;
    size_t n = ivl_number_read(text + i, e - i, num);
    if (n) return i + n;
  }
  return 0;
}

int ivl_normalize_value(ivl_extract *x, double *value) {
  size_t s, n;
  int g = ivl_regex_group(&x->rule->re, "value");
  if (g < 0 || !ivl_x_group(x, g, &s, &n)) {
    if (!ivl_x_group(x, 1, &s, &n)) s = x->ov[0], n = x->ov[1] - x->ov[0];
  }
  ivl_number num;
  size_t end = first_number(x->text, s, s + n, &num);
  if (!end) return 0;
  /* a magnitude right after, maybe in a group of its own: "5.2 million", "5.2m" */
  size_t m = end, limit = x->ov[1];
  while (m < limit && (x->text[m] == ' ' || x->text[m] == '-')) m++;
  int exp10 = 0;
  size_t mlen = ivl_magnitude_read(x->text + m, limit - m, &exp10);
  if (mlen > 1 || (mlen == 1 && m == end)) num.exp10 += exp10; /* "5m", not "5 m" */
  *value = ivl_number_value(&num);
  return 1;
}
