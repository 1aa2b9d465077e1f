/*
** facts.c
** The fact linker's driver: it sees the article's mentions once, walks the
** sentences in order with the context of what came before, lets the
** investment and relation frames (facts_invest.c, facts_relate.c) store
** what each sentence states. The repeats are merged by the settle step
** (settle.c), which the pipeline runs after.
*/
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "facts_ctx.h"
#include "layout.h"
#include "symbols.h"
#include "util.h"

/* {======================================================================
** Words in the view
** ======================================================================= */

/* Letters, digits and every byte of a non-ASCII character are word bytes. */
static int word_byte(unsigned char c) { return ivl_isalnum(c) || c >= 0x80; }

static int word_at(const char *t, size_t i, size_t to, const char *w, size_t *end) {
  size_t k = 0;
  for (; w[k] && w[k] != '*'; k++)
    if (i + k >= to || ivl_tolower((unsigned char)t[i + k]) != w[k]) return 0;
  if (w[k] == '*') {
    while (i + k < to && word_byte((unsigned char)t[i + k])) k++;
  } else if (i + k < to && word_byte((unsigned char)t[i + k])) {
    return 0;
  }
  if (end) *end = i + k;
  return 1;
}

/* The cue words, and which are prefixes ("invest" for "investors"). */
#define CUE(word, cue, prefix) {word, sizeof word - 1, cue, prefix}
static const struct cue_word {
  const char *word;
  size_t len;
  unsigned cue;
  int prefix;
} cue_words[] = {
    CUE("invest", CUE_INVEST, 1), CUE("licen", CUE_INVEST, 1), CUE("capital", CUE_INVEST, 1),
    CUE("fdi", CUE_INVEST | CUE_FOREIGN, 0), CUE("foreign", CUE_FOREIGN, 1),
    CUE("overseas", CUE_FOREIGN, 0), CUE("project", CUE_WORKS, 1), CUE("plant", CUE_WORKS, 0),
    CUE("plants", CUE_WORKS, 0), CUE("factory", CUE_WORKS, 0), CUE("factories", CUE_WORKS, 0),
    CUE("facility", CUE_WORKS, 0), CUE("phase", CUE_WORKS, 0), CUE("it", CUE_IT, 0), CUE("its", CUE_IT, 0),
    CUE("signed", CUE_DEAL, 0), CUE("agreed", CUE_DEAL, 0), CUE("inked", CUE_DEAL, 0),
    CUE("relations", CUE_RELATION, 0), CUE("relationship", CUE_RELATION, 0),
    CUE("ties", CUE_RELATION, 0), CUE("partnership", CUE_RELATION, 0),
    CUE("twinned", CUE_RELATION, 0), CUE("twinning", CUE_RELATION, 0),
    CUE("sister", CUE_RELATION, 1), CUE("venture", CUE_RELATION, 0),
    CUE("friendship", CUE_RELATION, 0),
    /* a company putting money in (lexicon 'putting') */
    CUE("stake", CUE_INVEST, 1), CUE("acquir", CUE_INVEST, 1), CUE("purchas", CUE_INVEST, 1),
    CUE("bought", CUE_INVEST, 0), CUE("buy", CUE_INVEST, 1), CUE("pay", CUE_INVEST, 0),
    CUE("pays", CUE_INVEST, 0), CUE("paid", CUE_INVEST, 0), CUE("spent", CUE_INVEST, 0),
    CUE("spend", CUE_INVEST, 1), CUE("pour", CUE_INVEST, 1), CUE("pump", CUE_INVEST, 1),
    CUE("inject", CUE_INVEST, 1), CUE("add", CUE_INVEST, 0), CUE("adds", CUE_INVEST, 0),
    CUE("added", CUE_INVEST, 0), CUE("commit", CUE_INVEST, 1), CUE("disburs", CUE_INVEST, 1), CUE("friendly", CUE_RELATION, 0),
};
#undef CUE

#define NCUES (sizeof cue_words / sizeof *cue_words)

/* The cue words by first letter: each word of every sentence is looked up,
** and most start with a letter few cues do. */
static uint8_t cues_of_letter[26][NCUES];
static uint8_t ncues_of_letter[26];
/* The second letters of the cues by first letter (a bit each): most words
** of a sentence are then no cue at a glance. */
static uint32_t cue_seconds[26];
static pthread_once_t cues_once = PTHREAD_ONCE_INIT;

/* What each byte is to the sentence pass, looked up rather than worked
** out: that pass sees every byte of the text. */
enum { BYTE_WORD = 1, BYTE_LETTER = 2 };
static uint8_t byte_kind[256];
static uint8_t byte_lower[256];

static void index_cues(void) {
  for (int c = 0; c < 256; c++) {
    byte_kind[c] = (uint8_t)((word_byte((unsigned char)c) ? BYTE_WORD : 0) | (ivl_isalpha(c) ? BYTE_LETTER : 0));
    byte_lower[c] = (uint8_t)ivl_tolower(c);
  }
  for (size_t k = 0; k < NCUES; k++) {
    int c = cue_words[k].word[0] - 'a';
    cues_of_letter[c][ncues_of_letter[c]++] = (uint8_t)k;
    cue_seconds[c] |= (uint32_t)1 << (cue_words[k].word[1] - 'a');
  }
}

/* The cue of one lower-case word, 0 for most words. */
static unsigned word_cue(const char *w, size_t n) {
  int c = w[0] - 'a';
  if (c < 0 || c >= 26) return 0;
  for (uint8_t i = 0; i < ncues_of_letter[c]; i++) {
    const struct cue_word *cw = &cue_words[cues_of_letter[c][i]];
    if ((cw->prefix ? n >= cw->len : n == cw->len) && w[1] == cw->word[1] && memcmp(w, cw->word, cw->len) == 0)
      return cw->cue;
  }
  return 0;
}

/* The cue of the word t[from, from + n), ASCII letters (every cue word
** has two at least). */
static unsigned letters_cue(const unsigned char *t, size_t from, size_t n) {
  char w[16];
  if (n < 2 || n > sizeof w) return 0;
  int c = byte_lower[t[from]] - 'a', second = byte_lower[t[from + 1]] - 'a';
  if (!((cue_seconds[c] >> second) & 1)) return 0;
  for (size_t i = 0; i < n; i++) w[i] = (char)byte_lower[t[from + i]];
  return word_cue(w, n);
}

/* The Bloom filter bit of a word: its first three bytes (lower case),
** packed in 'key', and its length up to three, so "it" and "its" differ
** but "invest" and "investors" agree, as the prefix "invest*" needs. */
static unsigned seen_bit(uint32_t key, size_t n) {
  uint64_t k = key | (uint64_t)(n < 3 ? n : 3) << 24;
  return (unsigned)((k * 0x9E3779B97F4A7C15u) >> 54); /* 0..1023 */
}

static void mark_seen(ivl_fctx *x, size_t from, size_t to) {
  const unsigned char *t = (const unsigned char *)x->t + from;
  size_t n = to - from;
  uint32_t key = byte_lower[t[0]];
  if (n > 1) key |= (uint32_t)byte_lower[t[1]] << 8;
  if (n > 2) key |= (uint32_t)byte_lower[t[2]] << 16;
  unsigned bit = seen_bit(key, n);
  x->seen[bit >> 6] |= (uint64_t)1 << (bit & 63);
}

/* The filter bit of the word 'w' begins with, or -1 for a prefix shorter
** than three letters ("ai*"), which has no key. */
static int word_bit(const char *w) {
  const unsigned char *u = (const unsigned char *)w;
  uint32_t key = 0;
  size_t k = 0;
  for (; k < 3 && word_byte(u[k]); k++) key |= (uint32_t)u[k] << 8 * k;
  if (k < 3 && u[k] == '*') return -1;
  return (int)seen_bit(key, k);
}

/* The filter bits of a cue word. */
typedef struct fx_seen_key {
  const char *w;
  size_t len;      /* strlen(w) */
  uint16_t bit[3]; /* of its first words */
  uint8_t nbits;
} fx_seen_key;

/* A list of cue words: a copy of their keys, in 'words' of the cache. */
typedef struct fx_list_key {
  const char *const *list;
  uint32_t at, n;
} fx_list_key;

/* The keys by the word's address, and the lists' by the list's: open
** addressing, filled up to half and then emptied (an extraction looks for
** some 500 words in some 300 lists). */
#define FX_KEYS 2048
#define FX_LISTS 1024
#define FX_LIST_WORDS 8192
struct fx_seen_keys {
  size_t n;
  fx_seen_key slot[FX_KEYS];
  size_t nlists, nwords;
  fx_list_key lists[FX_LISTS];
  fx_seen_key words[FX_LIST_WORDS];
  const char *listed[FX_LIST_WORDS]; /* words[k].w, side by side: lists are checked often */
};

/* The filter bits of word or phrase 'w': of its first three words, each of
** which is a word start in the text as each of the sentence's words is in
** the filter. Words from a digit on, or from a '*', are left out; so is
** all of a word not starting with a lower-case letter, which the filter
** cannot tell of (no bits: it may always be there). */
static void key_of(fx_seen_key *key, const char *w) {
  key->w = w;
  key->len = strlen(w);
  key->nbits = 0;
  while (ivl_islower((unsigned char)*key->w) && key->nbits < 3) {
    int bit = word_bit(w);
    if (bit >= 0) key->bit[key->nbits++] = (uint16_t)bit;
    while (word_byte((unsigned char)*w)) w++;
    while (*w && *w != '*' && !word_byte((unsigned char)*w)) w++;
    if (!ivl_isalpha((unsigned char)*w)) break;
  }
}

static const fx_seen_key *key_for(struct fx_seen_keys *keys, const char *w) {
  size_t home = (size_t)((uint64_t)(uintptr_t)w * 0x9E3779B97F4A7C15u >> 53), i = home; /* FX_KEYS */
  for (; keys->slot[i].w; i = (i + 1) % FX_KEYS)
    if (keys->slot[i].w == w) return &keys->slot[i];
  if (keys->n == FX_KEYS / 2) {
    memset(keys, 0, sizeof *keys);
    i = home;
  }
  keys->n++;
  key_of(&keys->slot[i], w);
  return &keys->slot[i];
}

/* Is the list at 'list' the one cached in 'lk'? Its address may since be
** another list's (a compound literal's), so its words are compared. */
static int same_list(const struct fx_seen_keys *keys, const fx_list_key *lk, const char *const *list) {
  if (lk->list != list) return 0;
  /* word by word, not memcmp: a shorter list ends before its n words */
  const char *const *listed = &keys->listed[lk->at];
  for (uint32_t k = 0; k < lk->n; k++)
    if (list[k] != listed[k]) return 0;
  return list[lk->n] == NULL;
}

/* The keys of the words of NULL-ended 'list', '*n' of them; NULL for a
** list too long to cache. */
static const fx_seen_key *list_keys(struct fx_seen_keys *keys, const char *const *list, size_t *n) {
  size_t home = (size_t)((uint64_t)(uintptr_t)list * 0x9E3779B97F4A7C15u >> 54), i = home; /* FX_LISTS */
  for (; keys->lists[i].list; i = (i + 1) % FX_LISTS)
    if (same_list(keys, &keys->lists[i], list)) break;
  fx_list_key *lk = &keys->lists[i];
  if (!lk->list) {
    size_t len = 0;
    while (list[len]) len++;
    if (len > FX_LIST_WORDS / 2) return NULL; /* too long to cache */
    if (keys->nlists == FX_LISTS / 2 || keys->nwords + len > FX_LIST_WORDS) {
      memset(keys->lists, 0, sizeof keys->lists);
      keys->nlists = keys->nwords = 0;
      lk = &keys->lists[home];
    }
    lk->list = list, lk->at = (uint32_t)keys->nwords, lk->n = (uint32_t)len;
    for (size_t k = 0; k < len; k++) {
      keys->listed[keys->nwords] = list[k];
      keys->words[keys->nwords++] = *key_for(keys, list[k]);
    }
    keys->nlists++;
  }
  *n = lk->n;
  return &keys->words[lk->at];
}

/* Can the word of 'key' be in the indexed sentence? 0 only when it
** cannot: when one of its words is in no bit of the filter ("the company"
** in a sentence with "the" but no "company"). */
static int may_hold(const ivl_fctx *x, const fx_seen_key *key) {
  for (int i = 0; i < key->nbits; i++)
    if (!((x->seen[key->bit[i] >> 6] >> (key->bit[i] & 63)) & 1)) return 0;
  return 1;
}

static int maybe_seen(const ivl_fctx *x, const char *w) { return may_hold(x, key_for(x->keys, w)); }

/* Does t[.., to) end inside a word? Then a word of the text may match a
** shorter cue word there ("its" cut to "it"), which the filter cannot see. */
static int cuts_word(const ivl_fctx *x, size_t to) {
  return to > 0 && to < x->a->view.len && word_byte((unsigned char)x->t[to]) &&
         word_byte((unsigned char)x->t[to - 1]);
}

/* One pass over the words of sentence t[vs, ve): its cues (ASCII words
** only), the Bloom filter of its words, and the index of their starts by
** first letter (a counting sort), so that each look for a cue word visits
** the few words that begin with its letter (a byte scan per cue word was
** 16 per cent of an extraction). Returns the cues. */
static unsigned index_sentence(ivl_fctx *x, size_t vs, size_t ve) {
  const unsigned char *t = (const unsigned char *)x->t;
  uint32_t count[26] = {0};
  unsigned cues = 0;
  memset(x->seen, 0, sizeof x->seen);
  x->words_vs = x->words_ve = (uint32_t)vs; /* unindexed until it fits */
  /* a word starts at most every other byte: room for all, then one pass
  ** that counts them, and the counting sort from the counts */
  size_t room = (ve - vs) / 2 + 1;
  int indexed = !IVL_GROW(x->words, x->words_cap, 2 * room);
  uint32_t *starts = indexed ? x->words + room : NULL, n = 0;
  pthread_once(&cues_once, index_cues);
  for (size_t i = vs; i < ve;) {
    if (!(byte_kind[t[i]] & BYTE_WORD)) {
      i++;
      continue;
    }
    /* a run of word bytes: digits and other bytes, then letters, then
    ** any; its cue word is from its first letter, when letters only */
    size_t from = i;
    while (i < ve && byte_kind[t[i]] == BYTE_WORD) i++;
    size_t letters = i;
    while (i < ve && (byte_kind[t[i]] & BYTE_LETTER)) i++;
    size_t letters_end = i;
    while (i < ve && (byte_kind[t[i]] & BYTE_WORD)) i++;
    if (letters_end == i) cues |= letters_cue(t, letters, i - letters);
    if (!indexed || letters != from || (from > 0 && (byte_kind[t[from - 1]] & BYTE_WORD))) continue;
    starts[n++] = (uint32_t)from;
    count[byte_lower[t[from]] - 'a']++;
    mark_seen(x, from, i);
  }
  if (!indexed) return cues;
  x->letter[0] = 0;
  for (int c = 0; c < 26; c++) x->letter[c + 1] = x->letter[c] + count[c];
  uint32_t at[26];
  memcpy(at, x->letter, sizeof at);
  for (uint32_t k = 0; k < n; k++) x->words[at[byte_lower[t[starts[k]]] - 'a']++] = starts[k];
  x->words_ve = (uint32_t)ve;
  return cues;
}

/* How words are looked for in t[from, to): by the index of the sentence's
** words, after the filter says they may be there (the filter cannot see
** words the range cuts short); or, outside the indexed sentence, byte by
** byte. Worked out once for a list of words. */
enum { LOOK_BYTES, LOOK_INDEX, LOOK_FILTERED };

static int look_mode(const ivl_fctx *x, size_t from, size_t to) {
  if (from < x->words_vs || to > x->words_ve) return LOOK_BYTES;
  return cuts_word(x, to) ? LOOK_INDEX : LOOK_FILTERED;
}

static size_t find_in(const ivl_fctx *x, size_t from, size_t to, const char *w, int mode) {
  const char *t = x->t;
  char first = w[0];
  if (mode != LOOK_BYTES && ivl_islower((unsigned char)first)) {
    if (mode == LOOK_FILTERED && !maybe_seen(x, w)) return FX_NONE;
    int c = first - 'a';
    char second = w[1] == '*' ? 0 : w[1]; /* most words fail on it */
    /* the words of a letter are in text order */
    for (uint32_t k = x->letter[c]; k < x->letter[c + 1]; k++) {
      size_t i = x->words[k];
      if (i < from) continue;
      if (i >= to) break;
      if (second && ivl_tolower((unsigned char)t[i + 1]) != second) continue;
      if (word_at(t, i, to, w, NULL)) return i;
    }
    return FX_NONE;
  }
  for (size_t i = from; i < to; i++) {
    if (ivl_tolower((unsigned char)t[i]) != first) continue;
    if (i > 0 && word_byte((unsigned char)t[i - 1]) && i > from) continue;
    if (i > 0 && i == from && word_byte((unsigned char)t[i - 1])) continue;
    if (word_at(t, i, to, w, NULL)) return i;
  }
  return FX_NONE;
}

size_t fx_find(const ivl_fctx *x, size_t from, size_t to, const char *w) {
  return find_in(x, from, to, w, look_mode(x, from, to));
}

/* The keys of the words of 'list' when they are to be filtered, else
** NULL (then each word is looked for as fx_find does). */
static const fx_seen_key *filter_keys(const ivl_fctx *x, int mode, const char *const *list, size_t *n) {
  return mode == LOOK_FILTERED ? list_keys(x->keys, list, n) : NULL;
}

int fx_any(const ivl_fctx *x, size_t from, size_t to, const char *const *words) {
  int mode = look_mode(x, from, to);
  size_t n;
  const fx_seen_key *keys = filter_keys(x, mode, words, &n);
  if (keys) {
    for (size_t k = 0; k < n; k++)
      if (may_hold(x, &keys[k]) && find_in(x, from, to, keys[k].w, LOOK_INDEX) != FX_NONE) return 1;
    return 0;
  }
  for (; *words; words++)
    if (find_in(x, from, to, *words, mode) != FX_NONE) return 1;
  return 0;
}

size_t fx_first(const ivl_fctx *x, size_t from, size_t to, const char *const *words) {
  size_t first = FX_NONE;
  int mode = look_mode(x, from, to);
  size_t n;
  const fx_seen_key *keys = filter_keys(x, mode, words, &n);
  /* a word found ends the range at a word start: still not cut short */
  if (keys) {
    for (size_t k = 0; k < n; k++) {
      if (!may_hold(x, &keys[k])) continue;
      size_t at = find_in(x, from, first < to ? first : to, keys[k].w, LOOK_INDEX);
      if (at < first) first = at;
    }
    return first;
  }
  for (; *words; words++) {
    size_t at = find_in(x, from, first < to ? first : to, *words, mode);
    if (at < first) first = at;
  }
  return first;
}

/* Do the words before 'pos', its spaces skipped, end with 'w' ('n' bytes)? */
static int ends_with(const ivl_fctx *x, size_t pos, const char *w, size_t n) {
  if (pos < n) return 0;
  size_t s = pos - n;
  if (s > 0 && word_byte((unsigned char)x->t[s - 1])) return 0;
  for (size_t k = n; k-- > 0;) /* from the end: most fail on the last letter */
    if (ivl_tolower((unsigned char)x->t[s + k]) != w[k]) return 0;
  return 1;
}

static size_t before_spaces(const ivl_fctx *x, size_t pos) {
  while (pos > 0 && ivl_isspace((unsigned char)x->t[pos - 1])) pos--;
  return pos;
}

int fx_ends_with(const ivl_fctx *x, size_t pos, const char *w) {
  return ends_with(x, before_spaces(x, pos), w, key_for(x->keys, w)->len);
}

int fx_starts_with(const ivl_fctx *x, size_t pos, const char *w) {
  size_t len = x->a->view.len;
  while (pos < len && ivl_isspace((unsigned char)x->t[pos])) pos++;
  return word_at(x->t, pos, len, w, NULL);
}

int fx_starts_with_any(const ivl_fctx *x, size_t pos, const char *const *words) {
  for (int k = 0; words[k]; k++)
    if (fx_starts_with(x, pos, words[k])) return 1;
  return 0;
}

int fx_ends_with_any(const ivl_fctx *x, size_t pos, const char *const *words) {
  pos = before_spaces(x, pos);
  size_t n;
  const fx_seen_key *keys = list_keys(x->keys, words, &n);
  if (keys) {
    for (size_t k = 0; k < n; k++)
      if (ends_with(x, pos, keys[k].w, keys[k].len)) return 1;
    return 0;
  }
  for (int k = 0; words[k]; k++)
    if (ends_with(x, pos, words[k], strlen(words[k]))) return 1;
  return 0;
}

int fx_only(const ivl_fctx *x, size_t from, size_t to, const char *chars) {
  for (size_t i = from; i < to; i++)
    if (!ivl_isspace((unsigned char)x->t[i]) && !strchr(chars, x->t[i])) return 0;
  return 1;
}

int fx_lower_words(const ivl_fctx *x, size_t from, size_t to) {
  for (size_t i = from; i < to; i++)
    if (!ivl_islower((unsigned char)x->t[i]) && x->t[i] != ' ' && x->t[i] != '-') return 0;
  return 1;
}

int fx_ordinal_at(const ivl_fctx *x, size_t pos, size_t *end) {
  static const char *const words[] = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", NULL};
  size_t len = x->a->view.len;
  while (pos < len && ivl_isspace((unsigned char)x->t[pos])) pos++;
  /* most words begin with none of their first letters (f, s, t, e, n), nor
  ** a digit: the callers try every word of a clause */
  enum { FIRSTS = 1 << ('f' - 'a') | 1 << ('s' - 'a') | 1 << ('t' - 'a') | 1 << ('e' - 'a') | 1 << ('n' - 'a') };
  int first = ivl_tolower((unsigned char)x->t[pos]);
  if (!ivl_isdigit(first) && !(ivl_islower(first) && (FIRSTS >> (first - 'a') & 1))) return 0;
  int second = pos + 1 < len ? ivl_tolower((unsigned char)x->t[pos + 1]) : -1;
  for (int i = 0; words[i]; i++)
    if (words[i][0] == first && words[i][1] == second && word_at(x->t, pos, len, words[i], end)) return i + 1;
  /* "2nd", "3rd", "10th" */
  size_t i = pos;
  int v = 0;
  while (i < len && ivl_isdigit((unsigned char)x->t[i]) && v < 100) v = v * 10 + (x->t[i++] - '0');
  if (i == pos || v == 0 || v > 20) return 0;
  static const char *const suffixes[] = {"st", "nd", "rd", "th", NULL};
  for (int k = 0; suffixes[k]; k++)
    if (word_at(x->t, i, len, suffixes[k], end)) return v;
  return 0;
}

/* }====================================================================== */

/* {======================================================================
** Building a fact
** ======================================================================= */

int fx_begin(ivl_fctx *x, const ivl_fsent *s, int type) {
  x->nrefs = 0;
  size_t start = ivl_article_orig(x->a, s->vs), end = ivl_article_orig(x->a, s->ve);
  if (ivl_store_begin(x->out, type, IVL_RULE_FACTS, s->vs, s->ve, start, end)) {
    x->failed = 1;
    return 0;
  }
  return 1;
}

void fx_str(ivl_fctx *x, int key, const char *v) {
  if (v && ivl_store_str(x->out, key, v, strlen(v))) x->failed = 1;
}

void fx_num(ivl_fctx *x, int key, double v) {
  if (ivl_store_num(x->out, key, v)) x->failed = 1;
}

void fx_list(ivl_fctx *x, int key, const char *const *v, size_t n) {
  if (ivl_store_list(x->out, key, v, n)) x->failed = 1;
}

void fx_ref(ivl_fctx *x, const ivl_fm *m) {
  if (!m) return;
  for (size_t i = 0; i < x->nrefs; i++)
    if (x->refs[i] == m->ent) return;
  if (x->nrefs < sizeof x->refs / sizeof *x->refs) x->refs[x->nrefs++] = m->ent;
}

/* A fact has a few mentions (64 at most), mostly in order already: an
** insertion sort, not qsort. */
static void sort_refs(uint32_t *refs, size_t n) {
  for (size_t i = 1; i < n; i++) {
    uint32_t r = refs[i];
    size_t j = i;
    for (; j > 0 && refs[j - 1] > r; j--) refs[j] = refs[j - 1];
    refs[j] = r;
  }
}

void fx_end(ivl_fctx *x) {
  fx_str(x, IVL_SYM_RULE, x->frame);
  sort_refs(x->refs, x->nrefs);
  if (ivl_store_refs(x->out, IVL_SYM_MENTIONS, x->refs, x->nrefs)) x->failed = 1;
}

/* }====================================================================== */

/* {======================================================================
** The mentions as the linkers see them
** ======================================================================= */

static const char *str_field(const ivl_store *s, const ivl_entity *e, int key) {
  const ivl_field *f = key > 0 ? ivl_store_field(s, e, key) : NULL;
  return f && f->kind == IVL_FIELD_STR ? ivl_store_string(s, f) : NULL;
}

static double num_field(const ivl_store *s, const ivl_entity *e, int key) {
  const ivl_field *f = ivl_store_field(s, e, key);
  return f && f->kind == IVL_FIELD_NUM ? f->v.num : 0;
}

/* "Japanese", "South Korean", "American": a country's adjective, not its
** name ("Japan", "RoK", "US", "Việt Nam"). */
static int is_demonym(const char *text, size_t n, const char *name) {
  int lower = 0;
  for (size_t i = 0; i < n; i++) lower |= text[i] >= 'a' && text[i] <= 'z';
  if (!lower || (name && strlen(name) == n && memcmp(text, name, n) == 0)) return 0;
  static const char *const endings[] = {"ese", "ean", "ian", "ish", "an", "ch", "i", NULL};
  for (int k = 0; endings[k]; k++) {
    size_t e = strlen(endings[k]);
    if (n > e && memcmp(text + n - e, endings[k], e) == 0) return 1;
  }
  return 0;
}

/* Organisations that state, govern, lend or report, rather than invest. */
static int is_company(const char *name) {
#define W(word) {word, sizeof word - 1}
  static const struct {
    const char *s;
    size_t len;
  } words[] = {
    W("Ministry"), W("Department"), W("Committee"), W("Agency"), W("Authority"), W("Office"),
    W("Government"), W("Embassy"), W("Consulate"), W("Council"), W("Association"), W("Chamber"),
    W("Institute"), W("University"), W("Board"), W("Bureau"), W("Administration"), W("Federation"),
    W("Union"), W("Organisation"), W("Organization"), W("Forum"), W("Party"), W("Assembly"),
    W("Development Bank"), W("World Bank"), W("State Bank"), W("Fund"), W("News"), W("Times"),
    W("Review"), W("Press")};
#undef W
  /* any of them anywhere in the name (as strstr would find them): each
  ** begins with a capital, so only where the name has one */
  size_t n = 0;
  for (; name[n]; n++) {
    if (!ivl_isupper((unsigned char)name[n])) continue;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
      if (words[k].s[0] == name[n] && strncmp(name + n, words[k].s, words[k].len) == 0) return 0;
  }
  return !(n == 3 && (strcmp(name, "VNA") == 0 || strcmp(name, "VNS") == 0));
}

/* An organisation's name as a fact gives it: as written, but the full name
** of an acronym that has one ("MoF": "Ministry of Finance"). */
static const char *org_party(const ivl_store *s, const ivl_entity *e, const char *name) {
  const char *canonical = str_field(s, e, IVL_SYM_CANONICAL);
  const char *alias = str_field(s, e, IVL_SYM_ALIAS);
  if (alias) return name; /* "Full Name (ACR)": the name is the full one */
  if (!canonical || strlen(name) > 8) return name;
  /* an acronym ("MoF", "AFD") stands for its full name; a short form of a
  ** company's name ("Daewon") is the investor as written */
  int capitals = 0;
  for (const char *p = name; *p; p++) {
    if (*p == ' ') return name;
    capitals += ivl_isupper((unsigned char)*p);
  }
  if (capitals < 2) return name;
  return strlen(canonical) > strlen(name) ? canonical : name;
}

typedef struct fm_keys {
  int province, province_2025, country, origin;
  int merged; /* the article is dated after the 2025 mergers: figures go to the new units */
} fm_keys;

static void read_place(ivl_fm *m, const ivl_store *s, const ivl_entity *e, const fm_keys *k) {
  m->kind = FM_PLACE;
  m->party = str_field(s, e, IVL_SYM_NAME);
  m->country = str_field(s, e, k->country);
  if (m->country && strcmp(m->country, "VN") == 0) {
    m->flags |= FM_VN;
    m->province = str_field(s, e, k->province);
    /* "the former Bắc Giang" in an article of October 2025 is Bắc Ninh's */
    const char *merged = k->merged ? str_field(s, e, k->province_2025) : NULL;
    if (merged) m->province = merged;
  }
}

static void read_mention(ivl_fm *m, const ivl_article *a, size_t i, const fm_keys *k) {
  const ivl_store *s = &a->store;
  const ivl_entity *e = &s->ents[i];
  memset(m, 0, sizeof *m);
  m->ent = (uint32_t)i;
  m->vs = e->vstart;
  m->ve = e->vend;
  m->kind = FM_OTHER;
  const char *name = str_field(s, e, IVL_SYM_NAME);
  switch (e->type) {
  case IVL_SYM_MONEY:
    m->kind = FM_MONEY;
    m->value = num_field(s, e, IVL_SYM_VALUE);
    m->value_s = str_field(s, e, IVL_SYM_CURRENCY);
    break;
  case IVL_SYM_PERCENT:
    m->kind = FM_PERCENT;
    m->value = num_field(s, e, IVL_SYM_VALUE);
    break;
  case IVL_SYM_COUNT: {
    m->kind = FM_COUNT;
    m->value = num_field(s, e, IVL_SYM_VALUE);
    const char *unit = str_field(s, e, IVL_SYM_UNIT);
    /* a licence or an investment certificate is granted per project */
    if (unit && (strcmp(unit, "project") == 0 || strcmp(unit, "licence") == 0 ||
                 strcmp(unit, "license") == 0 || strcmp(unit, "certificate") == 0))
      m->flags |= FM_PROJECTS;
    if (unit && strcmp(unit, "one") == 0) m->flags |= FM_ONES;
    break;
  }
  case IVL_SYM_DATE:
    m->kind = FM_DATE;
    m->value_s = str_field(s, e, IVL_SYM_VALUE);
    break;
  case IVL_SYM_LOCATION:
    read_place(m, s, e, k);
    break;
  case IVL_SYM_COUNTRY:
    m->kind = FM_COUNTRY;
    m->party = str_field(s, e, IVL_SYM_CODE);
    if (m->party && strcmp(m->party, "VN") == 0) m->flags |= FM_VN;
    if (is_demonym(a->view.text + e->vstart, e->vend - e->vstart, name)) m->flags |= FM_DEMONYM;
    break;
  case IVL_SYM_ORGANIZATION: {
    const char *canonical = str_field(s, e, IVL_SYM_CANONICAL);
    m->kind = FM_ORG;
    m->country = str_field(s, e, k->origin);
    if (!name) break;
    m->party = org_party(s, e, name);
    /* a committee, and "the Kiên Giang Department of Tourism" (a department
    ** named by its generic word): the place before acts for them */
    if (strstr(name, "People's Committee") || strstr(name, "People’s Committee") ||
        strncmp(name, "Department of ", 14) == 0)
      m->flags |= FM_COMMITTEE;
    else if (is_company(name) && (m->party == name || is_company(m->party)) && /* each name once */
             (!canonical || canonical == name || canonical == m->party || is_company(canonical)))
      m->flags |= FM_COMPANY;
    break;
  }
  case IVL_SYM_PERSON:
    m->kind = FM_PERSON;
    m->party = name;
    break;
  case IVL_SYM_SECTOR:
    m->kind = FM_SECTOR;
    m->party = name;
    break;
  default:
    break;
  }
  if (m->kind == FM_PLACE || m->kind == FM_COUNTRY || m->kind == FM_ORG)
    if (!m->party) m->kind = FM_OTHER;
}

/* }====================================================================== */

/* {======================================================================
** Context from one sentence to the next
** ======================================================================= */

static const char *const fdi_words[] = {
  "fdi", "foreign-invested", "foreign-owned", "foreign direct", "foreign invest*",
  "foreign capital", "foreign-funded", NULL};

static int is_province(const ivl_fm *m) {
  return m->kind == FM_PLACE && (m->flags & FM_VN) && m->province;
}

/* The subject of a sentence: what is named first among places, investors
** and "the company"-like phrases. 1 when it is an investor. */
static int subject_is_investor(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const company_words[] = {
    "the company", "the group", "the firm", "the investor", "the manufacturer",
    "the maker", "the giant", "the corporation", NULL};
  size_t first_place = s->ve, first_investor = s->ve;
  for (size_t i = 0; i < s->n; i++) {
      const ivl_fm *m = &s->m[i];
    if (m->kind == FM_PLACE && first_place == s->ve) first_place = m->vs;
    if (((m->kind == FM_ORG && (m->flags & FM_COMPANY)) ||
         (m->kind == FM_COUNTRY && !(m->flags & FM_VN))) && first_investor == s->ve)
      first_investor = m->vs;
  }
  size_t limit = first_place < first_investor ? first_place : first_investor;
  size_t at = fx_first(x, s->vs, limit, company_words);
  if (at < first_investor) first_investor = at;
  return first_investor < first_place;
}

/* "HANOI, Feb 18 (Reuters) - ": the news agency of a wire's dateline. */
static int dateline_source(const ivl_fctx *x, const ivl_fm *m) {
  if (m->vs == 0 || x->t[m->vs - 1] != '(') return 0; /* first: the dateline is read from the start */
  size_t dash = ivl_layout_wire_dateline(x->t, x->a->view.len, m->vs);
  return dash && dash > m->ve;
}

/* "according to the Ministry", "for LG Group", "clients including Sony". */
int fx_acts(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const before[] = {"according to", "for", "including", "such as", "told", "exports to",
                                       "exported to", "export to", "sells to", "sold to", NULL};
  /* "the company's complex in VSIP II": an organisation after "in" or
  ** "at" is where, not who */
  if (m->kind == FM_ORG && (fx_ends_with(x, m->vs, "in") || fx_ends_with(x, m->vs, "at"))) return 0;
  /* "HANOI, Feb 18 (Reuters) - ...": the agency of a dateline reports */
  if (m->kind == FM_ORG && dateline_source(x, m)) return 0;
  if (fx_ends_with_any(x, m->vs, before)) return 0;
  /* "Laguna Vietnam Co., Ltd, a unit of Singapore's Banyan Group, added
  ** ...": the owner in an appositive does not act */
  static const char *const owners[] = {"unit of", "subsidiary of", "affiliate of", "arm of", "member of",
                                       "part of", "owned by", NULL};
  size_t at = m->vs;
  if (m > x->m && m[-1].kind == FM_COUNTRY && fx_possessive(x, &m[-1]) &&
      m[-1].ve + fx_possessive(x, &m[-1]) + 1 >= m->vs)
    at = m[-1].vs;
  if (fx_ends_with_any(x, at, owners)) return 0;
  /* "It added $23 million to its Peruvian unit Bitel": the unit is funded */
  static const char *const units[] = {"unit", "subsidiary", "affiliate", "arm", NULL};
  size_t near = m->vs > 30 ? m->vs - 30 : 0;
  if (fx_ends_with_any(x, m->vs, units) && fx_find(x, near, m->vs, "its") != FX_NONE &&
      fx_find(x, near, m->vs, "to") != FX_NONE)
    return 0;
  /* "exports wind towers to Europe and Australia": where goods go */
  size_t back = m->vs > 50 ? m->vs - 50 : 0;
  size_t ex = fx_find(x, back, m->vs, "export*");
  if (ex != FX_NONE && fx_find(x, ex, m->vs, "to") != FX_NONE) return 0;
  /* a list goes on: "including Microsoft, Sony and Apple" */
  if (m > x->m && (fx_ends_with(x, m->vs, "and") || fx_only(x, m[-1].ve, m->vs, ",")) &&
      m[-1].kind == m->kind && m->vs - m[-1].ve <= 6)
    return fx_acts(x, m - 1);
  return 1;
}

/* "Lumen's Vietnamese subsidiary, Lumen Vietnam ...": a firm named as the
** owner of the one that acts. */
static int owner_of_next(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const arms[] = {"subsidiary", "unit", "arm", "affiliate", NULL};
  if (!fx_possessive(x, m)) return 0;
  size_t to = m->ve + 40 < x->a->view.len ? m->ve + 40 : x->a->view.len;
  for (const char *const *w = arms; *w; w++)
    if (fx_find(x, m->ve, to, *w) != FX_NONE) return 1;
  return 0;
}

/* "a Japanese firm", "An Australian agricultural technology company", "One
** Osaka-based firm": a company described by its country (or a place of
** it), not named. Up to three lower-case words before the company noun. */
int fx_describes_company(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const nouns[] = {
    "company", "company's", "companies", "firm", "firm's", "firms", "group", "group's", "giant",
    "maker", "manufacturer", "conglomerate", "investor", "developer", "carmaker", "chipmaker",
    "producer", "supplier", "corporation", "operator", "enterprise", "tycoon", "house", "trader",
    "retailer", "contractor", "consortium", "start-up", "startup", "chain", NULL};
  size_t p = m->ve;
  if (m->kind == FM_PLACE) {
    if ((m->flags & FM_VN) || !m->country || !fx_starts_with(x, p, "-based")) return 0;
    p += 6;
  } else if (!(m->flags & FM_DEMONYM)) {
    return 0;
  }
  size_t len = x->a->view.len;
  for (int words = 0; words <= 3; words++) {
    while (p < len && x->t[p] == ' ') p++;
    if (fx_starts_with_any(x, p, nouns)) return 1;
    if (p >= len || !ivl_islower((unsigned char)x->t[p])) return 0;
    while (p < len && (ivl_isalpha((unsigned char)x->t[p]) || x->t[p] == '-')) p++;
  }
  return 0;
}

size_t fx_possessive(const ivl_fctx *x, const ivl_fm *m) {
  const char *t = x->t;
  size_t e = m->ve, len = x->a->view.len;
  if (e + 1 < len && t[e] == '\'' && t[e + 1] == 's' && (e + 2 == len || !ivl_isalnum((unsigned char)t[e + 2])))
    return 2;
  if (e + 3 < len && memcmp(t + e, "’s", 4) == 0 && (e + 4 == len || !ivl_isalnum((unsigned char)t[e + 4])))
    return 4;
  /* "Laos' Khammouane": after a final s, the apostrophe alone */
  if (e > m->vs && t[e - 1] == 's') {
    if (e < len && t[e] == '\'' && (e + 1 == len || t[e + 1] == ' ')) return 1;
    if (e + 2 < len && memcmp(t + e, "’", 3) == 0 && (e + 3 == len || t[e + 3] == ' ')) return 3;
  }
  return 0;
}

size_t fx_mention_from(const ivl_fctx *x, size_t pos) {
  size_t lo = 0, hi = x->nm;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (x->m[mid].vs < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

int fx_can_invest(const ivl_fctx *x, const ivl_fm *m, int vn_target) {
  if (m->kind == FM_ORG) return (m->flags & FM_COMPANY) && fx_acts(x, m) && !owner_of_next(x, m);
  if (m->kind == FM_PLACE) return fx_describes_company(x, m); /* "an Osaka-based firm" */
  if (m->kind != FM_COUNTRY) return 0;
  if (vn_target && (m->flags & FM_VN)) return 0;
  /* "China's Guangxi": the country only says where the place is */
  size_t mark = fx_possessive(x, m);
  if (mark) {
    size_t after = m->ve + mark;
    while (after < x->a->view.len && x->t[after] == ' ') after++;
    size_t i = fx_mention_from(x, after);
    if (i < x->nm && x->m[i].vs == after) return x->m[i].kind != FM_PLACE;
  }
  return 1;
}

static void update_context(ivl_fctx *x, const ivl_fsent *s) {
  ivl_fcontext *c = &x->c;
  const ivl_fm *investor = NULL, *company = NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (investor && (company || m->kind != FM_ORG)) continue; /* it could be neither */
    if ((m->flags & FM_DEMONYM) || !fx_can_invest(x, m, 1)) continue;
    if (!investor) investor = m;
    if (!company && m->kind == FM_ORG) company = m;
  }
  if (investor) c->investor = investor;
  if (company) c->company = company;
  c->subject_is_investor = subject_is_investor(x, s);
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_DATE && s->m[i].value_s) c->last_date = &s->m[i];
  c->outward_age++;
  c->rank_age++;
  c->parts_age++;
  c->topic_age++;
  c->fdi_age = (s->cues & CUE_FOREIGN) && fx_any(x, s->vs, s->ve, fdi_words) ? 0 : c->fdi_age + 1;
  c->invest_age = c->fdi_age == 0 ? 0 : c->invest_age + 1;
}

/* The province the article is about: the one named most often (its
** dateline counts twice); its figures go to Việt Nam instead when the
** country is named more often still. */
/* A name and where it is: for counting names by sorting them, not by
** comparing every mention with every other (an article of thousands of
** mentions would be quadratic). */
typedef struct named_at {
  const char *name;
  size_t index;
  size_t weight;
} named_at;

static int by_name_then_index(const void *pa, const void *pb) {
  const named_at *a = pa, *b = pb;
  int c = strcmp(a->name, b->name);
  if (c) return c;
  return a->index < b->index ? -1 : a->index > b->index;
}

static void initial_context(ivl_fctx *x) {
  const ivl_layout *l = &x->a->layout;
  size_t vn = 0, n = 0;
  x->c.fdi_age = 1000;
  x->c.outward_age = 1000;
  x->c.rank_age = 1000;
  x->c.parts_age = 1000;
  x->c.invest_age = 1000;
  named_at *p = malloc((x->nm ? x->nm : 1) * sizeof *p);
  if (!p) {
    x->failed = 1;
    return;
  }
  for (size_t i = 0; i < x->nm; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind == FM_COUNTRY && (m->flags & FM_VN) && !(m->flags & FM_DEMONYM)) vn++;
    if (is_province(m))
      p[n++] = (named_at){m->province, i,
                          1 + (l->has_dateline && m->vs >= l->dateline.start && m->ve <= l->dateline.end)};
  }
  qsort(p, n, sizeof *p, by_name_then_index);
  /* the most named (the dateline twice); on a tie, the one named first */
  size_t best = 0, best_first = (size_t)-1;
  for (size_t i = 0; i < n;) {
    size_t j = i, sum = 0;
    for (; j < n && strcmp(p[j].name, p[i].name) == 0; j++) sum += p[j].weight;
    if (sum > best || (sum == best && p[i].index < best_first)) {
      best = sum, best_first = p[i].index;
      x->c.province = p[i].name;
    }
    i = j;
  }
  free(p);
  x->c.place = vn > best ? "VN" : x->c.province;
}

/* }====================================================================== */

static void article_date(ivl_fctx *x) {
  const ivl_date *d = &x->a->date;
  if (d->year) ivl_date_iso(d, x->article_date);
  else memcpy(x->article_date, "XXXX", 5);
}

/* "AFD" alone names the organisation the article introduced as "French
** Development Agency (AFD)". */
static void expand_acronyms(ivl_fctx *x) {
  const ivl_store *s = &x->a->store;
  named_at *alias = malloc((x->nm ? x->nm : 1) * sizeof *alias);
  size_t n = 0;
  if (!alias) {
    x->failed = 1;
    return;
  }
  for (size_t j = 0; j < x->nm; j++) {
    const char *a = x->m[j].kind == FM_ORG ? str_field(s, &s->ents[x->m[j].ent], IVL_SYM_ALIAS) : NULL;
    if (a) alias[n++] = (named_at){a, j, 0};
  }
  qsort(alias, n, sizeof *alias, by_name_then_index);
  for (size_t i = 0; i < x->nm && n; i++) {
    ivl_fm *m = &x->m[i];
    if (m->kind != FM_ORG || strlen(m->party) > 8 || strchr(m->party, ' ')) continue;
    /* the first organisation in the text with this acronym as its alias */
    size_t lo = 0, hi = n;
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (strcmp(alias[mid].name, m->party) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo < n && strcmp(alias[lo].name, m->party) == 0) {
      m->party = x->m[alias[lo].index].party;
      m->flags = x->m[alias[lo].index].flags;
    }
  }
  free(alias);
}

/* A place in capitals of a wire's dateline ("MANILA/HANOI, March 4
** (Reuters) - "). */
static int in_dateline(const ivl_fctx *x, const ivl_fm *m) {
  for (size_t i = m->vs; i < m->ve; i++)
    if (ivl_islower((unsigned char)x->t[i])) return 0;
  size_t dash = ivl_layout_wire_dateline(x->t, x->a->view.len, m->vs);
  return dash && dash > m->ve;
}

/* Places the gazetteer does not place, placed by their sentence: "the
** northern Philippine province of Ilocos Norte", "Laos's Savannakhet
** province"; and places of a wire's dateline. */
static void places_placed(ivl_fctx *x) {
  static const char *const units[] = {"province of", "state of", "region of", "prefecture of", "city of", NULL};
  for (size_t i = 0; i < x->nm; i++) {
    ivl_fm *m = &x->m[i];
    if (m->kind != FM_PLACE) continue;
    if (in_dateline(x, m)) m->flags |= FM_DATELINE;
    if (m->country || i == 0) continue;
    int unit = fx_ends_with_any(x, m->vs, units);
    for (size_t j = i; j-- > 0 && x->m[j].ve + 40 >= m->vs;) {
      const ivl_fm *c = &x->m[j];
      if (c->kind != FM_COUNTRY || (c->flags & FM_VN)) continue;
      /* "Philippine province of X" (the country just before the unit word),
      ** "Laos's X province" (its possessive right before the place) */
      if (unit || (fx_possessive(x, c) && c->ve + fx_possessive(x, c) + 1 >= m->vs))
        m->country = c->party;
      break;
    }
  }
}

/* "$860 million for 14 new projects, $310 million added to seven existing
** ones": ones said just after projects are projects. */
static void ones_as_projects(ivl_fctx *x) {
  for (size_t i = 0; i < x->nm; i++) {
    ivl_fm *m = &x->m[i];
    if (m->kind != FM_COUNT || !(m->flags & FM_ONES)) continue;
    size_t from = m->vs > 160 ? m->vs - 160 : 0;
    if (fx_find(x, from, m->vs, "project*") != FX_NONE) m->flags |= FM_PROJECTS;
  }
}

/* A party of a kind, and how many mentions name it. */
typedef struct party_count {
  const char *name;
  uint32_t kind, count;
} party_count;

static size_t party_hash(const char *name, unsigned kind) {
  uint64_t h = 1469598103934665603u ^ kind;
  for (const unsigned char *p = (const unsigned char *)name; *p; p++) h = (h ^ *p) * 1099511628211u;
  return (size_t)h;
}

/* Each mention's 'named': how many mentions of its kind name its party.
** A hash table of (kind, party) keeps it linear; "the party named most"
** is then one pass. */
static void count_named(ivl_fctx *x) {
  size_t cap = 16;
  while (cap < 2 * x->nm) cap *= 2;
  party_count *tab = calloc(cap, sizeof *tab);
  uint32_t *slot = malloc((x->nm ? x->nm : 1) * sizeof *slot);
  if (!tab || !slot) {
    free(tab);
    free(slot);
    x->failed = 1;
    return;
  }
  for (size_t i = 0; i < x->nm; i++) {
    const ivl_fm *m = &x->m[i];
    if (!m->party) continue;
    size_t k = party_hash(m->party, m->kind) & (cap - 1);
    while (tab[k].name && (tab[k].kind != m->kind || strcmp(tab[k].name, m->party) != 0)) k = (k + 1) & (cap - 1);
    tab[k].name = m->party, tab[k].kind = m->kind, tab[k].count++;
    slot[i] = (uint32_t)k;
  }
  for (size_t i = 0; i < x->nm; i++) x->m[i].named = x->m[i].party ? tab[slot[i]].count : 0;
  free(tab);
  free(slot);
}

static ivl_status read_mentions(ivl_fctx *x, ivl_error *err) {
  const ivl_store *s = &x->a->store;
  const ivl_date *d = &x->a->date;
  fm_keys k = {ivl_sym_find("province", 8), ivl_sym_find("province_2025", 13),
               ivl_sym_find("country", 7), ivl_sym_find("origin", 6),
               d->year > 2025 || (d->year == 2025 && d->month >= 7)};
  x->m = malloc((s->n ? s->n : 1) * sizeof *x->m);
  if (!x->m) return ivl_fail(err, IVL_ENOMEM, 0, "out of memory linking facts");
  for (size_t i = 0; i < s->n; i++) read_mention(&x->m[x->nm++], x->a, i, &k);
  expand_acronyms(x);
  ones_as_projects(x);
  places_placed(x);
  count_named(x);
  return IVL_OK;
}

/* Each thread's cache of cue word filter bits, kept from one article to
** the next: an article looks for a thousand-odd cue words, mostly the same
** ones. */
static _Thread_local struct fx_seen_keys seen_keys;

ivl_status ivl_facts_run(ivl_article *a, ivl_error *err) {
  ivl_fctx x = {0};
  x.keys = &seen_keys;
  x.a = a;
  x.t = a->view.text;
  x.out = &a->facts;
  ivl_store_clear(&a->facts);
  ivl_status st = read_mentions(&x, err);
  if (st != IVL_OK) return st;
  article_date(&x);
  initial_context(&x);
  size_t mi = 0;
  for (size_t i = 0; i < a->sentences.n && !x.failed; i++) {
    ivl_fsent s = {i, a->sentences.items[i].start, a->sentences.items[i].end, NULL, 0, 0};
    s.cues = index_sentence(&x, s.vs, s.ve);
    while (mi < x.nm && x.m[mi].vs < s.vs) mi++;
    s.m = x.m + mi;
    while (mi + s.n < x.nm && x.m[mi + s.n].vs < s.ve) s.n++;
    size_t before = x.out->n;
    ivl_facts_invest(&x, &s);
    x.c.invest_age = x.out->n > before ? -1 : x.c.invest_age;
    ivl_facts_relate(&x, &s);
    update_context(&x, &s);
  }
  free(x.m);
  free(x.words);
  if (x.failed) return ivl_fail(err, IVL_ENOMEM, 0, "out of memory storing facts");
  return IVL_OK;
}
