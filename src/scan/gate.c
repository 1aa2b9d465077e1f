/*
** gate.c
** Which built-in rules may match at a digit or at a number in words
** (gate.h). Every test here is weaker than the pattern it stands for; the
** comments say why.
*/
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "gate.h"
#include "number.h"
#include "utf8.h"
#include "util.h"

#define MAX_WORDS 256

/* A word of a list: its first 'len' bytes are compared (ASCII, any case);
** 'whole': no ASCII letter or digit may follow them; 'wide_next': a byte
** beyond ASCII must (the word cut at a letter none of whose cases is ASCII:
** "tỷ", "triệu"). */
typedef struct gate_word {
  const char *text; /* in lower case (ivl_gate_new) */
  uint8_t len, whole, wide_next;
  int16_t second; /* second_of, kept */
  /* a word of eight bytes or fewer compared at once (word_match): its bytes
  ** ('key'), the bytes compared ('mask') and those that are letters, in
  ** any case ('fold': 0x20, which makes a capital small) */
  uint64_t key, mask, fold;
} gate_word;

/* A list, its words grouped by their first byte in lower case. */
typedef struct word_list {
  gate_word words[MAX_WORDS];
  uint16_t start[257]; /* the words starting with byte b: words[start[b], start[b + 1]) */
  uint8_t pairs[128][16]; /* bit [a][b]: a word may start with bytes a, b (ASCII, lower case;
                             b 0 for a byte beyond ASCII or none) */
  int wide;            /* a word starts beyond ASCII: any such byte may start one */
  int digit;           /* a word starts with a digit */
} word_list;

struct ivl_gate {
  char *copy; /* the lists' text, which the words point into */
  word_list currency_after, magnitude, month, percent, area;
  word_list currency_before, percent_lead, number_head, number_after_a, number_any;
  /* follow[a][b]: which of the lists a number may be followed by (FOLLOW_*)
  ** have a word that may start with bytes a, b (word_list.pairs) */
  uint8_t follow[128][128];
  int money_before_digit; /* a currency written before an amount starts with a digit */
  int and_continues;      /* "and" is a number word (number_word_ends would not know which way) */
};


static int first_key(const gate_word *w) { return ivl_tolower((unsigned char)w->text[0]); }

/* The index of a second byte in word_list.pairs. */
static int second_key(unsigned char c) { return c < 0x80 ? ivl_tolower(c) : 0; }

/* A word's second byte as the words of a bucket are sorted by it: -1 for a
** word of one byte, which any second byte may follow. */
static int second_of(const gate_word *w) { return w->len > 1 ? second_key((unsigned char)w->text[1]) : -1; }

static int by_first(const void *a, const void *b) {
  int d = first_key(a) - first_key(b);
  return d ? d : second_of(a) - second_of(b);
}

/* Does PCRE2 match a character beyond ASCII only by itself, in any case?
** Currency signs and numbers other than digits ("€", "²") have no other
** case; letters, and a few symbols, may. */
static int caseless_alone(int32_t cp) {
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_SC || c == UTF8PROC_CATEGORY_NO;
}

/* Is every case of the letter cp (its lower, upper and title case) beyond
** ASCII? Then PCRE2's caseless matching (UTF) meets it only at a byte
** beyond ASCII: not KELVIN SIGN ('k'), LONG S ('S'), nor DOTTED I ('i'). */
static int cases_beyond_ascii(int32_t cp) {
  return utf8proc_tolower(cp) >= 0x80 && utf8proc_toupper(cp) >= 0x80 && utf8proc_totitle(cp) >= 0x80;
}

/* Make the word of s[0, n): compared up to a space (the pattern's "\s+"
** inside a form, which white space in the text then has to meet) or a
** character beyond ASCII that may have other cases, whole unless written
** with a final '*' or cut at such a character, and then followed by a byte
** beyond ASCII if all of that character's cases are ("tỷ": "t" and not
** "to"). A word starting beyond ASCII gets no bytes: the list is then 'wide'. */
static gate_word make_word(const char *s, size_t n) {
  gate_word w = {s, 0, 1, 0, 0, 0, 0, 0};
  if (n && s[n - 1] == '*') n--, w.whole = 0;
  size_t i = 0;
  while (n && (unsigned char)s[0] < 0x80 && i < n && s[i] != ' ') {
    size_t clen = 1;
    if ((unsigned char)s[i] >= 0x80) {
      int32_t cp = ivl_utf8_decode(s + i, n - i, &clen);
      if (cp < 0 || !caseless_alone(cp)) break;
    }
    i += clen;
  }
  if (i < n && s[i] != ' ') w.whole = 0; /* cut inside the word */
  if (i > 0 && i < n && (unsigned char)s[i] >= 0x80) {
    size_t clen;
    int32_t cp = ivl_utf8_decode(s + i, n - i, &clen);
    w.wide_next = cp >= 0 && cases_beyond_ascii(cp);
  }
  w.len = (uint8_t)(i < 255 ? i : 255);
  if (w.len <= 8) {
    char key[8] = {0}, mask[8] = {0}, fold[8] = {0};
    for (size_t k = 0; k < w.len; k++) {
      key[k] = s[k];
      mask[k] = (char)0xFF;
      fold[k] = ivl_islower((unsigned char)s[k]) ? 0x20 : 0;
    }
    w.key = ivl_load8(key), w.mask = ivl_load8(mask), w.fold = ivl_load8(fold);
  }
  return w;
}

/* The ASCII letter the character at t[p] (beyond ASCII) is another case
** of in PCRE2's caseless matching (UTF, no UCP): KELVIN SIGN is a 'k',
** LONG S an 's'; 0 for the others. */
static int ascii_case_of(const char *t, size_t len, size_t p) {
  size_t n;
  int32_t cp = ivl_utf8_decode(t + p, len - p, &n);
  return cp == 0x212A ? 'k' : cp == 0x17F ? 's' : 0;
}

static void note_pair(word_list *l, int a, int b) { l->pairs[a][b >> 3] |= (uint8_t)(1u << (b & 7)); }

/* Note the first two bytes word 'w' may start with: after a word of one
** byte, any byte (no letter or digit when it is whole: "m", "c"; one
** beyond ASCII when it must be: "tỷ"). */
static void note_pairs(word_list *l, const gate_word *w) {
  int a = first_key(w) & 0x7F;
  if (w->len > 1) {
    int b = second_key((unsigned char)w->text[1]);
    note_pair(l, a, b);
    if (b == 'k' || b == 's') note_pair(l, a, 0); /* KELVIN SIGN, LONG S (ascii_case_of) */
  } else if (w->wide_next)
    note_pair(l, a, 0);
  else
    for (int b = 0; b < 128; b++)
      if (!w->whole || !ivl_isalnum(b)) note_pair(l, a, b);
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
    else w.second = (int16_t)second_of(&w), l->words[n++] = w;
    p = bar ? bar + 1 : NULL;
  }
  qsort(l->words, n, sizeof *l->words, by_first);
  for (size_t i = 0; i < n; i++) note_pairs(l, &l->words[i]);
  for (size_t i = 0, b = 0; b <= 256; b++) {
    while (i < n && first_key(&l->words[i]) < (int)b) i++;
    l->start[b] = (uint16_t)i;
  }
  return 0;
}

/* May word 'w', its bytes met at t[p], end or go on there ('whole',
** 'wide_next')? */
static int word_may_end(const gate_word *w, const char *t, size_t len, size_t p) {
  size_t e = p + w->len;
  if (w->wide_next) return e < len && (unsigned char)t[e] >= 0x80;
  return !w->whole || e == len || !ivl_isalnum((unsigned char)t[e]);
}

/* Does word 'w' start at t[p] (and, if whole, end there)? 0: no, 1: yes,
** 2: maybe, ending who knows where (another case of one of its letters
** beyond ASCII there). */
static int word_match(const gate_word *w, const char *t, size_t len, size_t p) {
  /* most words are short and most places no match: eight bytes compared
  ** at once, as the loop below compares them (a capital taken as its
  ** small letter), the loop kept for a byte beyond ASCII among them, which
  ** may be another case of a letter (ascii_case_of) */
  if (w->len <= 8 && p <= len && len - p >= 8) {
    uint64_t x = ivl_load8(t + p);
    if (((x | w->fold) & w->mask) == w->key) return word_may_end(w, t, len, p);
    if (!(x & w->mask & 0x8080808080808080u)) return 0;
  }
  for (size_t i = 0; i < w->len; i++) {
    if (p + i >= len) return 0;
    int tc = ivl_tolower((unsigned char)t[p + i]), wc = (unsigned char)w->text[i];
    if (tc == wc) continue;
    return tc >= 0x80 && wc < 0x80 && ascii_case_of(t, len, p + i) == wc ? 2 : 0;
  }
  return word_may_end(w, t, len, p);
}

static int word_at(const gate_word *w, const char *t, size_t len, size_t p) { return word_match(w, t, len, p) != 0; }

/* Does a word of 'l' start with 'letter' (lower case; 0: none)? */
static int starts_with_letter(const word_list *l, int letter) {
  return letter && l->start[letter] < l->start[letter + 1];
}

/* Does a word of 'l' start at t[p] (ASCII), whose first two bytes' keys
** are k and k2, which its pairs have? */
static int words_at(const word_list *l, const char *t, size_t len, size_t p, int k, int k2) {
  for (size_t i = l->start[k]; i < l->start[k + 1]; i++) { /* sorted by their second byte */
    int second = l->words[i].second;
    if (k2 && second > k2) break; /* (k2 0, beyond ASCII: may be any, as word_at says) */
    if ((second < 0 || second == k2 || !k2) && word_at(&l->words[i], t, len, p)) return 1;
  }
  return 0;
}

/* May a word of 'l' start at t[p]? */
static int list_at(const word_list *l, const char *t, size_t len, size_t p) {
  if (p >= len) return 0;
  unsigned char c = (unsigned char)t[p];
  if (c >= 0x80) return l->wide || starts_with_letter(l, ascii_case_of(t, len, p));
  int k = ivl_tolower(c), k2 = p + 1 < len ? second_key((unsigned char)t[p + 1]) : 0;
  if (!(l->pairs[k][k2 >> 3] >> (k2 & 7) & 1)) return 0; /* most places: no word starts so */
  return words_at(l, t, len, p, k, k2);
}

/* The lists a number may be followed by, a bit each, in ivl_gate.follow. */
enum { FOLLOW_CURRENCY = 1, FOLLOW_PERCENT = 2, FOLLOW_AREA = 4, FOLLOW_ALL = 7 };

static const word_list *follow_list(const ivl_gate *g, int i) {
  return i == 0 ? &g->currency_after : i == 1 ? &g->percent : &g->area;
}

/* Of the lists 'want' (FOLLOW_*), those a word of which may start at t[p]:
** list_at of each, the first two bytes looked up once for all. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline unsigned follow_at(const ivl_gate *g, unsigned want, const char *t, size_t len, size_t p) {
  if (p >= len) return 0;
  unsigned char c = (unsigned char)t[p];
  unsigned got = 0;
  if (c >= 0x80) {
    int letter = ascii_case_of(t, len, p);
    for (int i = 0; i < 3; i++)
      if ((want >> i & 1) && (follow_list(g, i)->wide || starts_with_letter(follow_list(g, i), letter)))
        got |= 1u << i;
    return got;
  }
  int k = ivl_tolower(c), k2 = p + 1 < len ? second_key((unsigned char)t[p + 1]) : 0;
  unsigned maybe = g->follow[k][k2] & want; /* most places: none */
  for (int i = 0; i < 3; i++)
    if ((maybe >> i & 1) && words_at(follow_list(g, i), t, len, p, k, k2)) got |= 1u << i;
  return got;
}

/* Past a run of white space and hyphens. The patterns allow one ("\s?",
** "[\s-]?") before a word none of whose forms starts with either, so
** where they match, the word starts after the whole run. */
static size_t skip_separators(const char *t, size_t len, size_t p) {
  while (p < len && (ivl_isspace((unsigned char)t[p]) || t[p] == '-')) p++;
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

/* Where a {number} whose first ndigits digits start at t[pos] ends: its
** space-separated thousands ("12 500", one to three digits before the
** first group, not starting with 0, each group three digits), then as number_end. */
static size_t number_end_from(const char *t, size_t len, size_t pos, size_t ndigits) {
  return number_end(t, len, ivl_space_groups_end(t, len, pos, pos + ndigits));
}

#define UNKNOWN ((size_t)-1)

#define MAX_ENDS 8
static int number_word_ends(const ivl_gate *g, const char *t, size_t len, size_t pos, size_t ends[MAX_ENDS]);

/* The end of the second number of a range after a number ending at q
** (builtin.c's RANGE: "\s?(?:-|–|to)\s?{number}"): 0 when none can follow,
** UNKNOWN when it is in words ("10 to fifteen"). "to" is compared in any
** case, which the pattern does not. Letters after the joiner that start
** no number in words ("two-way", "a total", "10-year") make no range:
** else each such number let every rule gated by what follows it be
** tried (on /tmp/b1, 1,100 tries of money, percent and area that failed). */
static size_t range_end(const ivl_gate *g, const char *t, size_t len, size_t q) {
  size_t r = q;
  if (r < len && ivl_isspace((unsigned char)t[r])) r++; /* "\s?" before a joiner takes a space there */
  if (r < len && t[r] == '-') r++;
  else if (len - r >= 3 && memcmp(t + r, "\xE2\x80\x93", 3) == 0) r += 3; /* an en dash */
  else if (len - r >= 2 && ivl_tolower((unsigned char)t[r]) == 't' && ivl_tolower((unsigned char)t[r + 1]) == 'o') r += 2;
  else return 0;
  if (r < len && ivl_isspace((unsigned char)t[r])) r++; /* a number cannot start with a space */
  if (r < len && ivl_isdigit((unsigned char)t[r])) {
    size_t n = 0;
    while (r + n < len && ivl_isdigit((unsigned char)t[r + n])) n++;
    return number_end_from(t, len, r, n);
  }
  size_t ends[MAX_ENDS];
  if (r < len && ivl_isalpha((unsigned char)t[r])) return number_word_ends(g, t, len, r, ends) ? UNKNOWN : 0;
  return 0;
}

/* Where a word after a number may start ("5 million dollars", "5m USD",
** "10-15 per cent"): after the separators that follow the number, and
** after a magnitude word there; the same after the second number of a
** range it opens. 'unsure': anywhere. */
typedef struct after_number {
  size_t at[4];
  int n, unsure;
} after_number;

/* Past the dot of an abbreviated magnitude ("14,9 mia. kr."; builtin.c's
** ABBREVIATION_DOT, which only its abbreviations take: any word's dot is
** let through here, a weaker test). */
static size_t past_abbreviation_dot(const char *t, size_t len, size_t q) {
  return q < len && t[q] == '.' ? q + 1 : q;
}

static void add_after(const ivl_gate *g, after_number *a, const char *t, size_t len, size_t q) {
  size_t p = skip_separators(t, len, q);
  a->at[a->n++] = p;
  if (p >= len) return;
  if ((unsigned char)t[p] >= 0x80) {
    a->unsure |= g->magnitude.wide || starts_with_letter(&g->magnitude, ascii_case_of(t, len, p));
    return;
  }
  /* list_at, its words compared once: those whose second byte may be there */
  const word_list *l = &g->magnitude;
  int k = ivl_tolower((unsigned char)t[p]), k2 = p + 1 < len ? second_key((unsigned char)t[p + 1]) : 0;
  if (!(l->pairs[k][k2 >> 3] >> (k2 & 7) & 1)) return; /* most places: no magnitude starts so */
  for (size_t i = l->start[k]; i < l->start[k + 1]; i++) {
    const gate_word *m = &l->words[i];
    if (k2 && m->second > k2) break; /* sorted by their second byte */
    if (m->second >= 0 && m->second != k2 && k2) continue;
    int match = word_match(m, t, len, p);
    if (!match) continue;
    if (match == 2 || !m->whole || a->n == 4) a->unsure = 1; /* its end is not known, or too many */
    else a->at[a->n++] = skip_separators(t, len, past_abbreviation_dot(t, len, p + m->len));
  }
}

static void after_number_at(const ivl_gate *g, after_number *a, const char *t, size_t len, size_t e) {
  a->n = a->unsure = 0;
  add_after(g, a, t, len, e);
  size_t r = range_end(g, t, len, e);
  if (r == UNKNOWN) a->unsure = 1;
  else if (r && a->n < 4) add_after(g, a, t, len, r);
  else if (r) a->unsure = 1;
}

/* Of the lists 'want', those a word of which may follow the number. */
static unsigned followed_by(const ivl_gate *g, unsigned want, const after_number *a, const char *t, size_t len) {
  if (a->unsure) return want;
  unsigned got = 0;
  for (int i = 0; i < a->n && got != want; i++) got |= follow_at(g, want & ~got, t, len, a->at[i]);
  return got;
}

/* count: "(?=\s+[\p{L}\d])" after the number (and after a magnitude, which
** starts with a letter after white space too). */
static int count_may(const char *t, size_t len, size_t e) {
  if (e >= len || !ivl_isspace((unsigned char)t[e])) return 0;
  while (e < len && ivl_isspace((unsigned char)t[e])) e++;
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
  if (p >= len || !ivl_isspace((unsigned char)t[p])) return 0;
  while (p < len && ivl_isspace((unsigned char)t[p])) p++;
  if (list_at(&g->month, t, len, p)) return 1;
  if (len - p < 3 || t[p] != 'o' || t[p + 1] != 'f' || !ivl_isspace((unsigned char)t[p + 2])) return 0;
  for (p += 2; p < len && ivl_isspace((unsigned char)t[p]);) p++;
  return list_at(&g->month, t, len, p);
}

/* The number of digits from t[p] on. */
static size_t digits_at(const char *t, size_t len, size_t p) {
  size_t n = 0;
  while (p + n < len && ivl_isdigit((unsigned char)t[p + n])) n++;
  return n;
}

/* {year}: "1[89]\d\d(?!\d)|20\d\d(?!\d)" at t[p]. */
static int year_at(const char *t, size_t len, size_t p) {
  if (digits_at(t, len, p) != 4) return 0;
  return (t[p] == '1' && (t[p + 1] == '8' || t[p + 1] == '9')) || (t[p] == '2' && t[p + 1] == '0');
}

/* A yearless "27/11" is read only after its pattern's cues ("On 27/11",
** "of", "to", "until", "from", a dateline's ", "): the look-behinds, asked
** here so that every other slash between numbers (scores, ratios, "24/7")
** costs no match attempt (qmt's day and month added 2.4 % Ir without it). */
static int yearless_cue_before(const char *t, size_t pos) {
  static const char *const cues[] = {"on ", "On ", "of ", "to ", "until ", "from ", ", ", NULL};
  for (const char *const *c = cues; *c; c++) {
    size_t n = strlen(*c);
    if (pos >= n && memcmp(t + pos - n, *c, n) == 0) return 1;
  }
  return 0;
}

/* date.numeric: "(\d{1,2})([/.-])(\d{1,2})\2({year})" or "({year})-(\d\d)-(\d\d)"
** (or with dots, "2026.11.23"), the first number's digits t[pos, pos + ndigits). */
static int numeric_date_may(const char *t, size_t len, size_t pos, size_t ndigits) {
  size_t p = pos + ndigits;
  if (p >= len) return 0;
  if (ndigits == 4 && (t[p] == '-' || t[p] == '.'))
    return year_at(t, len, pos) && digits_at(t, len, p + 1) == 2 && p + 3 < len && t[p + 3] == t[p] &&
           digits_at(t, len, p + 4) >= 2;
  if (ndigits > 2 || (t[p] != '/' && t[p] != '.' && t[p] != '-')) return 0;
  size_t month = digits_at(t, len, p + 1), q = p + 1 + month;
  if (t[p] == '/' && month >= 1 && month <= 2 && (q >= len || t[q] != '/')) return yearless_cue_before(t, pos);
  return month >= 1 && month <= 2 && q < len && t[q] == t[p] && year_at(t, len, q + 1);
}

/* date.year: {year}, then "(?![\p{L}\p{N}]|[.,]\d)": the number ends after it. */
static int year_may(const char *t, size_t len, size_t pos, size_t e) {
  return e == pos + 4 && year_at(t, len, pos);
}

/* The kinds that may start with a number written in digits that ends at
** e: those told by what follows it. */
static uint32_t after_digits(const ivl_gate *g, const char *t, size_t len, size_t e) {
  uint32_t may = 0;
  after_number after;
  after_number_at(g, &after, t, len, e);
  unsigned follow = followed_by(g, g->money_before_digit ? FOLLOW_ALL & ~FOLLOW_CURRENCY : FOLLOW_ALL, &after, t, len);
  if (g->money_before_digit || (follow & FOLLOW_CURRENCY)) may |= 1u << IVL_GATE_MONEY;
  if (follow & FOLLOW_PERCENT) may |= 1u << IVL_GATE_PERCENT;
  if (follow & FOLLOW_AREA) may |= 1u << IVL_GATE_AREA;
  if (count_may(t, len, e)) may |= 1u << IVL_GATE_COUNT;
  return may;
}

uint32_t ivl_gate_at_digit(const ivl_gate *g, const char *t, size_t len, size_t pos) {
  return ivl_gate_at_digit_memo(g, NULL, t, len, pos);
}

/* (A quarter of the digits asked on /tmp/b1, 3,824 of 14,897, are inside
** a number whose first digit was just asked: what follows it, two thirds
** of the gate's work there, is read once.) */
uint32_t ivl_gate_at_digit_memo(const ivl_gate *g, ivl_gate_memo *memo, const char *t, size_t len, size_t pos) {
  size_t ndigits = digits_at(t, len, pos);
  size_t e = number_end_from(t, len, pos, ndigits); /* (its digits read once: as from pos) */
  uint32_t may = 1u << IVL_GATE_NONE;
  if (memo && memo->text == t && memo->len == len && memo->end == e) {
    may |= memo->after;
  } else {
    uint32_t after = after_digits(g, t, len, e);
    may |= after;
    if (memo) *memo = (ivl_gate_memo){t, len, e, after};
  }
  if (day_month_may(g, t, len, pos, ndigits)) may |= 1u << IVL_GATE_DAY_MONTH;
  if (numeric_date_may(t, len, pos, ndigits)) may |= 1u << IVL_GATE_DATE_NUMERIC;
  if (year_may(t, len, pos, e)) may |= 1u << IVL_GATE_YEAR;
  return may;
}

/* {======================================================================
** At a letter: a number in words
** ======================================================================= */

/* The end of the word of 'l' at t[p] (all of its words whole and of ASCII
** letters): 0 when none is, UNKNOWN when unsure. */
static size_t word_end_at(const word_list *l, const char *t, size_t len, size_t p) {
  if (p >= len) return 0;
  if ((unsigned char)t[p] >= 0x80) return l->wide || starts_with_letter(l, ascii_case_of(t, len, p)) ? UNKNOWN : 0;
  int k = ivl_tolower((unsigned char)t[p]), k2 = p + 1 < len ? second_key((unsigned char)t[p + 1]) : 0;
  size_t end = 0;
  for (size_t i = l->start[k]; i < l->start[k + 1]; i++) {
    const gate_word *w = &l->words[i];
    if (k2 && w->second > k2) break; /* sorted by their second byte (as in words_at) */
    if (w->second >= 0 && w->second != k2 && k2) continue;
    int match = word_match(w, t, len, p);
    if (!match) continue;
    if (match == 2 || !w->whole || (end && end != p + w->len)) return UNKNOWN;
    end = p + w->len;
  }
  return end;
}

/* Is the word at t[p] "a" or "an" (any case)? Its end, else 0. */
static size_t a_or_an(const char *t, size_t len, size_t p) {
  if (ivl_tolower((unsigned char)t[p]) != 'a') return 0;
  size_t e = p + 1 < len && ivl_tolower((unsigned char)t[p + 1]) == 'n' ? p + 2 : p + 1;
  return e == len || !ivl_isalnum((unsigned char)t[e]) ? e : 0;
}

/* Past "\s+and\s+" at t[q] (any case), else 0. */
static size_t past_and(const char *t, size_t len, size_t q) {
  size_t p = q;
  while (p < len && ivl_isspace((unsigned char)t[p])) p++;
  if (p == q || len - p < 4 || ivl_tolower((unsigned char)t[p]) != 'a' || ivl_tolower((unsigned char)t[p + 1]) != 'n' ||
      ivl_tolower((unsigned char)t[p + 2]) != 'd' || !ivl_isspace((unsigned char)t[p + 3]))
    return 0;
  for (p += 3; p < len && ivl_isspace((unsigned char)t[p]);) p++;
  return p;
}

/* Where a number in words starting at t[pos] may end (the fragments'
** {number}: a head word, or "a"/"an" before a word such as "million", then
** number words joined by "[\s-]+" or "\s+and\s+", each a whole word): the
** end of each word of the longest such run. Returns how many, 0 when no
** number starts there, -1 when unsure. */
static int number_word_ends(const ivl_gate *g, const char *t, size_t len, size_t pos, size_t ends[MAX_ENDS]) {
  size_t e = a_or_an(t, len, pos);
  if (e) { /* "a" is a number only before "\s+" and one of its words, as a prefix (a lookahead) */
    size_t p = e;
    while (p < len && ivl_isspace((unsigned char)t[p])) p++;
    if (p == e || !list_at(&g->number_after_a, t, len, p)) return 0;
  } else if ((e = word_end_at(&g->number_head, t, len, pos)) == 0) {
    return 0;
  }
  int n = 0;
  while (e != UNKNOWN && n < MAX_ENDS && !g->and_continues) {
    ends[n++] = e;
    size_t p = skip_separators(t, len, e), next = p > e ? word_end_at(&g->number_any, t, len, p) : 0;
    if (!next && (p = past_and(t, len, e)) != 0) next = word_end_at(&g->number_any, t, len, p);
    if (!next) return n;
    e = next;
  }
  return -1;
}

/* The rules of the number kinds that may start with the number ending at e. */
static uint32_t after_number_words(const ivl_gate *g, const char *t, size_t len, size_t e) {
  after_number after;
  after_number_at(g, &after, t, len, e);
  uint32_t may = 0;
  unsigned follow = followed_by(g, FOLLOW_ALL, &after, t, len);
  if (follow & FOLLOW_CURRENCY) may |= 1u << IVL_GATE_MONEY;
  if (follow & FOLLOW_PERCENT) may |= 1u << IVL_GATE_PERCENT;
  if (follow & FOLLOW_AREA) may |= 1u << IVL_GATE_AREA;
  if (count_may(t, len, e)) may |= 1u << IVL_GATE_COUNT;
  return may;
}

#define NUMBER_KINDS \
  ((1u << IVL_GATE_MONEY) | (1u << IVL_GATE_PERCENT) | (1u << IVL_GATE_AREA) | (1u << IVL_GATE_COUNT))

uint32_t ivl_gate_at_word(const ivl_gate *g, const char *t, size_t len, size_t pos) {
  uint32_t may = ~NUMBER_KINDS; /* the others are not gated at a word */
  if (list_at(&g->currency_before, t, len, pos)) may |= 1u << IVL_GATE_MONEY;
  if (list_at(&g->percent_lead, t, len, pos)) may |= 1u << IVL_GATE_PERCENT;
  size_t ends[MAX_ENDS], a = a_or_an(t, len, pos);
  int n = number_word_ends(g, t, len, pos, ends);
  if (n < 0) return UINT32_MAX;
  for (int i = 0; i < n; i++) may |= after_number_words(g, t, len, ends[i]);
  /* "a dollar": builtin.c's ONE_CURRENCY_WORD, "an?(?=\s+" then a currency
  ** word: after the white space, where the pattern's currency must start
  ** (its lookahead leaves no room for a range or a magnitude between), not
  ** at every place after_number_at finds after a number; "a" is the word
  ** most asked here (on /tmp/b1 some 1,900 of 6,000 words) */
  if (a && !(may >> IVL_GATE_MONEY & 1)) {
    size_t p = a;
    while (p < len && ivl_isspace((unsigned char)t[p])) p++;
    if (p > a && follow_at(g, FOLLOW_CURRENCY, t, len, p)) may |= 1u << IVL_GATE_MONEY;
  }
  return may;
}

/* }====================================================================== */

/* Is 'word' one of the words of 'l'? */
static int word_list_has(const word_list *l, const char *word) {
  for (size_t i = 0; i < l->start[256]; i++)
    if (l->words[i].len == strlen(word) && memcmp(l->words[i].text, word, l->words[i].len) == 0) return 1;
  return 0;
}

/* A list's words must not start with what skip_separators passes over. */
static int starts_with_separator(const word_list *l) {
  for (size_t i = 0; i < l->start[256]; i++)
    if (ivl_isspace((unsigned char)l->words[i].text[0]) || l->words[i].text[0] == '-') return 1;
  return 0;
}

ivl_gate *ivl_gate_new(const ivl_gate_lists *lists) {
  ivl_gate *g = calloc(1, sizeof *g);
  if (!g) return NULL;
  const char *texts[] = {lists->currency_after, lists->magnitude, lists->month, lists->percent, lists->area,
                         lists->currency_before, lists->percent_lead, lists->number_head,
                         lists->number_after_a, lists->number_any};
  word_list *into[] = {&g->currency_after, &g->magnitude, &g->month, &g->percent, &g->area,
                       &g->currency_before, &g->percent_lead, &g->number_head, &g->number_after_a, &g->number_any};
  enum { NLISTS = sizeof into / sizeof *into, NFOLLOW = 5 }; /* the first five follow a number */
  size_t total = 0, at = 0;
  for (size_t i = 0; i < NLISTS; i++) total += strlen(texts[i]) + 1;
  g->copy = malloc(total);
  if (!g->copy) return free(g), NULL;
  for (size_t i = 0; i < NLISTS; i++) {
    size_t n = strlen(texts[i]) + 1;
    memcpy(g->copy + at, texts[i], n);
    for (size_t k = at; k < at + n; k++) g->copy[k] = (char)ivl_tolower((unsigned char)g->copy[k]);
    if (list_init(into[i], g->copy + at)) return ivl_gate_free(g), NULL;
    at += n;
  }
  for (int a = 0; a < 128; a++)
    for (int b = 0; b < 128; b++)
      for (int i = 0; i < 3; i++)
        if (follow_list(g, i)->pairs[a][b >> 3] >> (b & 7) & 1) g->follow[a][b] |= (uint8_t)(1u << i);
  g->money_before_digit = g->currency_before.digit;
  for (size_t i = 0; i < NFOLLOW; i++)
    if (starts_with_separator(into[i])) return ivl_gate_free(g), NULL;
  g->and_continues = word_list_has(&g->number_any, "and");
  return g;
}

void ivl_gate_free(ivl_gate *g) {
  if (!g) return;
  free(g->copy);
  free(g);
}
