/*
** gate.c
** Which built-in rules may match at a digit (gate.h). Every test here is
** weaker than the pattern it stands for; the comments say why.
*/
#include <stdlib.h>
#include <string.h>

#include "gate.h"
#include "util.h"

#define MAX_WORDS 256

/* A word of a list: its first 'len' bytes are compared (ASCII, any case);
** 'whole': no ASCII letter or digit may follow them. */
typedef struct gate_word {
  const char *text;
  uint8_t len, whole;
} gate_word;

/* A list, its words grouped by their first byte in lower case. */
typedef struct word_list {
  gate_word words[MAX_WORDS];
  uint16_t start[257]; /* the words starting with byte b: words[start[b], start[b + 1]) */
  int wide;            /* a word starts beyond ASCII: any such byte may start one */
  int digit;           /* a word starts with a digit */
} word_list;

struct ivl_gate {
  char *copy; /* the lists' text, which the words point into */
  word_list currency_after, magnitude, month, percent, area;
  int money_before_digit; /* a currency written before an amount starts with a digit */
};

/* PCRE2's \s without UCP: ASCII white space only. */
static int is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static int first_key(const gate_word *w) { return ivl_tolower((unsigned char)w->text[0]); }

static int by_first(const void *a, const void *b) {
  return first_key(a) - first_key(b);
}

/* Make the word of s[0, n): compared up to a space (the pattern's "\s+"
** inside a form, which white space in the text then has to meet) or a byte
** beyond ASCII (whose other cases the compare would not know), whole unless
** written with a final '*' or cut at a byte beyond ASCII. */
static gate_word make_word(const char *s, size_t n) {
  gate_word w = {s, 0, 1};
  if (n && s[n - 1] == '*') n--, w.whole = 0;
  size_t i = 0;
  while (i < n && s[i] != ' ' && (unsigned char)s[i] < 0x80) i++;
  if (i < n && s[i] != ' ') w.whole = 0; /* cut inside the word */
  w.len = (uint8_t)(i < 255 ? i : 255);
  return w;
}

/* Fill 'l' with the words of "a|b|c" (which stays alive: g->copy). */
static int list_init(word_list *l, const char *words) {
  size_t n = 0;
  memset(l, 0, sizeof *l);
  for (const char *p = words; p && *p;) {
    const char *bar = strchr(p, '|');
    size_t wn = bar ? (size_t)(bar - p) : strlen(p);
    gate_word w = make_word(p, wn);
    if (wn && ivl_isdigit((unsigned char)p[0])) l->digit = 1;
    if (w.len == 0) l->wide = 1; /* starts beyond ASCII (or is empty): unsure */
    else if (n == MAX_WORDS) return -1;
    else l->words[n++] = w;
    p = bar ? bar + 1 : NULL;
  }
  qsort(l->words, n, sizeof *l->words, by_first);
  for (size_t i = 0, b = 0; b <= 256; b++) {
    while (i < n && first_key(&l->words[i]) < (int)b) i++;
    l->start[b] = (uint16_t)i;
  }
  return 0;
}

/* Does word 'w' start at t[p] (and, if whole, end there)? */
static int word_at(const gate_word *w, const char *t, size_t len, size_t p) {
  if (len - p < w->len) return 0;
  for (size_t i = 0; i < w->len; i++)
    if (ivl_tolower((unsigned char)t[p + i]) != ivl_tolower((unsigned char)w->text[i])) return 0;
  return !w->whole || p + w->len == len || !ivl_isalnum((unsigned char)t[p + w->len]);
}

/* May a word of 'l' start at t[p]? */
static int list_at(const word_list *l, const char *t, size_t len, size_t p) {
  if (p >= len) return 0;
  unsigned char c = (unsigned char)t[p];
  if (c >= 0x80) return l->wide;
  int k = ivl_tolower(c);
  for (size_t i = l->start[k]; i < l->start[k + 1]; i++)
    if (word_at(&l->words[i], t, len, p)) return 1;
  return 0;
}

/* Past a run of white space and hyphens. The patterns allow one ("\s?",
** "[\s-]?") before a word none of whose forms starts with either, so
** where they match, the word starts after the whole run. */
static size_t skip_separators(const char *t, size_t len, size_t p) {
  while (p < len && (is_space((unsigned char)t[p]) || t[p] == '-')) p++;
  return p;
}

/* The only place a {number} starting with the digit t[pos] can end: after
** the digits and each '.' or ',' followed by a digit. It never ends before
** a digit nor before "[.,]\d" (its lookahead), and it cannot pass anything
** else, nor a '.' or ',' with no digit after. */
static size_t number_end(const char *t, size_t len, size_t pos) {
  size_t e = pos;
  while (e < len && (ivl_isdigit((unsigned char)t[e]) ||
                     ((t[e] == '.' || t[e] == ',') && e + 1 < len && ivl_isdigit((unsigned char)t[e + 1]))))
    e++;
  return e;
}

#define UNKNOWN ((size_t)-1)

/* The end of the second number of a range after a number ending at q
** (builtin.c's RANGE: "\s?(?:-|–|to)\s?{number}"): 0 when none can follow,
** UNKNOWN when it is in words ("10 to fifteen"). "to" is compared in any
** case, which the pattern does not. */
static size_t range_end(const char *t, size_t len, size_t q) {
  size_t r = q;
  if (r < len && is_space((unsigned char)t[r])) r++; /* "\s?" before a joiner takes a space there */
  if (r < len && t[r] == '-') r++;
  else if (len - r >= 3 && memcmp(t + r, "\xE2\x80\x93", 3) == 0) r += 3; /* an en dash */
  else if (len - r >= 2 && ivl_tolower((unsigned char)t[r]) == 't' && ivl_tolower((unsigned char)t[r + 1]) == 'o') r += 2;
  else return 0;
  if (r < len && is_space((unsigned char)t[r])) r++; /* a number cannot start with a space */
  if (r < len && ivl_isdigit((unsigned char)t[r])) return number_end(t, len, r);
  if (r < len && ivl_isalpha((unsigned char)t[r])) return UNKNOWN;
  return 0;
}

/* May a word of 'l' follow a number ending at q, maybe with a magnitude
** between ("5 million dollars", "5m USD")? */
static int followed_by(const ivl_gate *g, const word_list *l, const char *t, size_t len, size_t q) {
  size_t p = skip_separators(t, len, q);
  if (list_at(l, t, len, p)) return 1;
  if (p >= len) return 0;
  if ((unsigned char)t[p] >= 0x80) return g->magnitude.wide;
  int k = ivl_tolower((unsigned char)t[p]);
  for (size_t i = g->magnitude.start[k]; i < g->magnitude.start[k + 1]; i++) {
    const gate_word *m = &g->magnitude.words[i];
    if (!word_at(m, t, len, p)) continue;
    if (!m->whole) return 1; /* its end is not known */
    if (list_at(l, t, len, skip_separators(t, len, p + m->len))) return 1;
  }
  return 0;
}

/* ...or after the number ending at e, or after a range it opens. */
static int number_then(const ivl_gate *g, const word_list *l, const char *t, size_t len, size_t e) {
  if (followed_by(g, l, t, len, e)) return 1;
  size_t r = range_end(t, len, e);
  return r == UNKNOWN || (r && followed_by(g, l, t, len, r));
}

/* count: "(?=\s+[\p{L}\d])" after the number (and after a magnitude, which
** starts with a letter after white space too). */
static int count_may(const char *t, size_t len, size_t e) {
  if (e >= len || !is_space((unsigned char)t[e])) return 0;
  while (e < len && is_space((unsigned char)t[e])) e++;
  return e < len && (ivl_isalnum((unsigned char)t[e]) || (unsigned char)t[e] >= 0x80);
}

/* builtin.c's DAY "(\d{1,2})(?:st|nd|rd|th)?" then "\s+(?:of\s+)?{month}"
** (date.full, date.day_month), the day's digits t[pos, pos + ndigits). */
static int day_month_may(const ivl_gate *g, const char *t, size_t len, size_t pos, size_t ndigits) {
  if (ndigits > 2) return 0;
  size_t p = pos + ndigits;
  static const char suffixes[] = "stndrdth";
  for (int i = 0; i < 8; i += 2)
    if (len - p >= 2 && t[p] == suffixes[i] && t[p + 1] == suffixes[i + 1]) {
      p += 2; /* the only way on: a space cannot be where a suffix is */
      break;
    }
  if (p >= len || !is_space((unsigned char)t[p])) return 0;
  while (p < len && is_space((unsigned char)t[p])) p++;
  if (list_at(&g->month, t, len, p)) return 1;
  if (len - p < 3 || t[p] != 'o' || t[p + 1] != 'f' || !is_space((unsigned char)t[p + 2])) return 0;
  for (p += 2; p < len && is_space((unsigned char)t[p]);) p++;
  return list_at(&g->month, t, len, p);
}

/* date.numeric: "(\d{1,2})([/.-])..." or "{year}-". */
static int numeric_date_may(const char *t, size_t len, size_t pos, size_t ndigits) {
  size_t p = pos + ndigits;
  if (p >= len) return 0;
  if (ndigits <= 2) return t[p] == '/' || t[p] == '.' || t[p] == '-';
  return ndigits == 4 && t[p] == '-';
}

/* {year}: "1[89]\d\d(?!\d)|20\d\d(?!\d)", then "(?![\p{L}\p{N}]|[.,]\d)". */
static int year_may(const char *t, size_t pos, size_t ndigits, size_t e) {
  if (ndigits != 4 || e != pos + 4) return 0;
  return (t[pos] == '1' && (t[pos + 1] == '8' || t[pos + 1] == '9')) || (t[pos] == '2' && t[pos + 1] == '0');
}

uint32_t ivl_gate_at_digit(const ivl_gate *g, const char *t, size_t len, size_t pos) {
  size_t ndigits = 0;
  while (pos + ndigits < len && ivl_isdigit((unsigned char)t[pos + ndigits])) ndigits++;
  size_t e = number_end(t, len, pos);
  uint32_t may = 1u << IVL_GATE_NONE;
  if (g->money_before_digit || number_then(g, &g->currency_after, t, len, e)) may |= 1u << IVL_GATE_MONEY;
  if (number_then(g, &g->percent, t, len, e)) may |= 1u << IVL_GATE_PERCENT;
  if (number_then(g, &g->area, t, len, e)) may |= 1u << IVL_GATE_AREA;
  if (count_may(t, len, e)) may |= 1u << IVL_GATE_COUNT;
  if (day_month_may(g, t, len, pos, ndigits)) may |= 1u << IVL_GATE_DAY_MONTH;
  if (numeric_date_may(t, len, pos, ndigits)) may |= 1u << IVL_GATE_DATE_NUMERIC;
  if (year_may(t, pos, ndigits, e)) may |= 1u << IVL_GATE_YEAR;
  return may;
}

/* A list's words must not start with what skip_separators passes over. */
static int starts_with_separator(const word_list *l) {
  for (size_t i = 0; i < l->start[256]; i++)
    if (is_space((unsigned char)l->words[i].text[0]) || l->words[i].text[0] == '-') return 1;
  return 0;
}

ivl_gate *ivl_gate_new(const ivl_gate_lists *lists) {
  ivl_gate *g = calloc(1, sizeof *g);
  if (!g) return NULL;
  const char *texts[] = {lists->currency_after, lists->magnitude, lists->month, lists->percent, lists->area};
  word_list *into[] = {&g->currency_after, &g->magnitude, &g->month, &g->percent, &g->area};
  size_t total = 0, at = 0;
  for (size_t i = 0; i < 5; i++) total += strlen(texts[i]) + 1;
  g->copy = malloc(total);
  if (!g->copy) return free(g), NULL;
  for (size_t i = 0; i < 5; i++) {
    size_t n = strlen(texts[i]) + 1;
    memcpy(g->copy + at, texts[i], n);
    if (list_init(into[i], g->copy + at)) return ivl_gate_free(g), NULL;
    at += n;
  }
  word_list before;
  if (list_init(&before, lists->currency_before)) return ivl_gate_free(g), NULL;
  g->money_before_digit = before.digit;
  for (size_t i = 0; i < 5; i++)
    if (starts_with_separator(into[i])) return ivl_gate_free(g), NULL;
  return g;
}

void ivl_gate_free(ivl_gate *g) {
  if (!g) return;
  free(g->copy);
  free(g);
}
