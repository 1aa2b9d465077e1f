/*
** fragments.c
** The shared pattern fragments and their expansion.
*/
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "fragments.h"

#define NUM_WORDS_UNITS \
  "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen" \
  "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy" \
  "|eighty|ninety"
/* A number in words starts with a unit or tens word ("a" only before a
** magnitude: "a million"), then goes on with any number word. */
#define NUM_WORDS_HEAD NUM_WORDS_UNITS "|half|quarter"
#define NUM_WORDS_AFTER_A "hundred|thousand|million|billion|trillion|dozen|half|quarter"
#define NUM_WORDS_ANY NUM_WORDS_UNITS "|hundred|thousand|million|billion|trillion|dozen|half|quarter|quarters|a|an"
/* A spoken decimal point ("four point one billion") joins a number only
** before a digit word: the pattern's lookahead, number.c's digit_word_after */
#define NUM_WORDS_DIGITS "zero|one|two|three|four|five|six|seven|eight|nine"
/* the words a number in words may start with: the first letters of these */
#define NUM_WORD_HEAD_WORDS NUM_WORDS_HEAD "|a"

/* Thousands are grouped by commas ("12,500") or, as aggregators and
** French-style sources write them, by spaces ("12 500"; the view turns a
** no-break or thin space into one): a group is three digits, no more,
** after one to three digits, the first not 0. Where such groups follow, the number takes
** them all (possessive), never a part ("1 260 valid projects" is no count of 1, and
** "1 260 000" is 1,260,000, not 1,260): number.c's ivl_space_groups_end, which
** gate.c and quantity.c use too, reads the same end. A Boeing model after a count is no
** group ("50 737 MAX jets"). */
#define SPACE_GROUP " (?!7\\d7[ -][\\dMD])\\d{3}(?!\\d)"
/* The magnitudes that a Scandinavian, Dutch or Belgian paper writes after
** a decimal comma, in English or its own abbreviation: "14,9 mia. kr.",
** "650 mio. kr.", "NOK 850 mill.", "1,5 milliard euro" (set qweek81); and
** the plural words of the French, Spanish, Italian and German business
** press that translations leave in the original: "300 millions d'euros",
** "85 millones de euros", "250 milioni di euro", "4 Milliarden Euro"
** (set qweek87). */
#define EUROPEAN_MAGNITUDES \
  "milliards|milliard|mia|mio|mill|mrd|millions|millones|milioni|miliardi|millionen|milliarden"
/* The Vietnamese magnitudes that a machine translation leaves in the
** text: "985,3 triệu USD", "1.200 tỷ đồng", "12 trieu USD" (set qweek128). */
#define VIETNAMESE_MAGNITUDES "triệu|trieu|tỷ|ty"
/* A decimal comma ("NOK 4,3 billion", "1,5 milliard euro") is read only
** before a magnitude word: elsewhere "1,5" may be a list or a typo, and a
** comma before three digits groups thousands. number.c's ivl_number_digits
** reads the same. */
#define DECIMAL_COMMA_MAGNITUDES \
  "(?=(?:[ \\t]*|-)(?i:million|billion|trillion|mln|mn|bln|bn|" EUROPEAN_MAGNITUDES "|" VIETNAMESE_MAGNITUDES \
  ")(?![\\p{L}\\p{N}]))"
#define DECIMAL_COMMA "(?:[1-9]\\d{0,2}|0),\\d{1,2}(?!\\d)" DECIMAL_COMMA_MAGNITUDES
/* Dots that group thousands, as Vietnamese writes them, read only where
** the number cannot be English: a decimal comma follows them before a
** magnitude ("4.120,6 million USD"), or a Vietnamese magnitude follows
** ("1.200 tỷ đồng"); "1.350 million" stays 1.35 million. number.c's
** dot_groups_end reads the same. */
#define DOT_GROUPS \
  "[1-9]\\d{0,2}(?:\\.\\d{3})+(?:,\\d{1,2}(?!\\d)" DECIMAL_COMMA_MAGNITUDES \
  "|(?=(?:[ \\t]*|-)(?i:" VIETNAMESE_MAGNITUDES ")(?![\\p{L}\\p{N}])))"
static const char number_digits[] =
  DOT_GROUPS "|" DECIMAL_COMMA "|"
  "(?:\\d{1,3}(?:,\\d{3})+|\\d{4,}|[1-9]\\d{0,2}(?:" SPACE_GROUP ")*+|0\\d{0,2})(?:\\.\\d+)?(?![.,]\\d)";
static const char word_end[] = "(?![\\p{L}\\p{N}])";

#define MAGNITUDE_WORDS \
  "thousand|million|billion|trillion|mln|mn|mil|bln|bn|bil|tril|trn|tln|tn|lakh|crore|" EUROPEAN_MAGNITUDES \
  "|" VIETNAMESE_MAGNITUDES
#define MAGNITUDE_LETTERS "k|m|b"
static const char magnitude_letters[] = "(?i:" MAGNITUDE_LETTERS ")(?![\\p{L}\\p{N}])";

#define MONTH_NAMES "January|February|March|April|May|June|July|August|September|October|November|December"
#define MONTH_ABBREVIATIONS "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
static const char month_fragment[] = MONTH_NAMES "|(?:" MONTH_ABBREVIATIONS ")\\.?(?=\\s*\\d)";

static const char weekday_fragment[] = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

static const char year_fragment[] = "1[89]\\d\\d(?!\\d)|20\\d\\d(?!\\d)";

static const char end_fragment[] = "(?![\\p{L}\\p{N}])";

/* {======================================================================
** Guards
** A fragment is tried at many places and fails at nearly all. PCRE2 tries
** the branches of an alternation one by one, and a pattern that fails
** further on backtracks into it again (once for each shorter prefix of a
** number before it), so the words' alternations lead with a lookahead of
** the letters they start with: one step where there is none.
** ======================================================================= */

/* Append a class of the first letters of the words of 'words' ("a|b",
** each starting with an ASCII letter), in either case when 'caseless'. */
static int append_first_letters(ivl_buf *b, const char *words, int caseless) {
  if ((caseless && ivl_buf_append(b, "(?i:", 4)) || ivl_buf_putc(b, '[')) return -1;
  for (const char *w = words; *w; w++)
    if ((w == words || w[-1] == '|') && ivl_buf_putc(b, *w)) return -1;
  if (ivl_buf_putc(b, ']')) return -1;
  return caseless ? ivl_buf_putc(b, ')') : 0;
}

/* Append "(?=<before><class>)" for 'words', then 'text' as a group. */
static int append_guarded(ivl_buf *b, const char *before, const char *words, int caseless, const char *text) {
  if (ivl_buf_append(b, "(?=", 3) || ivl_buf_append(b, before, strlen(before)) ||
      append_first_letters(b, words, caseless) || ivl_buf_append(b, ")(?:", 4) ||
      ivl_buf_append(b, text, strlen(text)))
    return -1;
  return ivl_buf_putc(b, ')');
}

/* }====================================================================== */

/* {======================================================================
** Word lists as tries
** A list of words always followed by a word's end ("(?![\p{L}\p{N}])"), or
** inside a lookahead, is written as a trie: "t(?:en|w(?:elve|enty|o))".
** Where a word's end follows, two words cannot both match at one place (a
** word that is a prefix of another is followed there by a letter), so
** the order PCRE2 tries them in changes nothing. The JIT code of a trie is
** a fraction of the alternation's, and a place that starts no word fails
** at its first letter.
** ======================================================================= */

#define TRIE_MAX_WORDS 64

static int by_text(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Append the words w[lo, hi) (sorted, all sharing their first 'depth'
** letters) from their letter 'depth' on. */
static int append_trie_node(ivl_buf *b, char *const *w, size_t lo, size_t hi, size_t depth) {
  int ends = lo < hi && w[lo][depth] == '\0'; /* sorted: the word that ends here is first */
  if (ends) lo++;
  if (lo == hi) return 0;
  size_t nbranches = 0;
  for (size_t i = lo; i < hi; i++) nbranches += i == lo || w[i][depth] != w[i - 1][depth];
  int group = ends || nbranches > 1;
  if (group && ivl_buf_append(b, "(?:", 3)) return -1;
  for (size_t i = lo, j; i < hi; i = j) {
    for (j = i + 1; j < hi && w[j][depth] == w[i][depth];) j++;
    if ((i > lo && ivl_buf_putc(b, '|')) || ivl_buf_putc(b, w[i][depth]) ||
        append_trie_node(b, w, i, j, depth + 1))
      return -1;
  }
  if (group && ivl_buf_putc(b, ')')) return -1;
  return ends ? ivl_buf_putc(b, '?') : 0;
}

/* Append the words of 'words' ("a|b|c": lower-case letters) as a trie. */
static int append_trie(ivl_buf *b, const char *words) {
  char copy[1024], *w[TRIE_MAX_WORDS];
  size_t n = 0, len = strlen(words);
  if (len >= sizeof copy) return -1;
  memcpy(copy, words, len + 1);
  for (char *p = copy; p && n < TRIE_MAX_WORDS; n++) {
    w[n] = p;
    if ((p = strchr(p, '|')) != NULL) *p++ = '\0';
  }
  qsort(w, n, sizeof *w, by_text);
  size_t unique = 0;
  for (size_t i = 0; i < n; i++)
    if (unique == 0 || strcmp(w[i], w[unique - 1]) != 0) w[unique++] = w[i];
  return append_trie_node(b, w, 0, unique, 0);
}

static int put(ivl_buf *b, const char *text) { return ivl_buf_append(b, text, strlen(text)); }

/* Append "(?i:<trie of words>)<word end>". */
static int append_word_trie(ivl_buf *b, const char *words) {
  if (put(b, "(?i:") || append_trie(b, words) || ivl_buf_putc(b, ')')) return -1;
  return put(b, word_end);
}

/* }====================================================================== */

/* A number in words: a head word or "a" before a magnitude ("a million"),
** then number words joined by spaces, hyphens or "and". */
static int append_number_words(ivl_buf *b) {
  if (put(b, "(?:(?i:") || append_trie(b, NUM_WORDS_HEAD) ||
      put(b, "|an?(?=\\s+(?i:") || append_trie(b, NUM_WORDS_AFTER_A) ||
      put(b, ")))") || put(b, word_end) ||
      put(b, "(?:(?:\\s+and\\s+|[\\s-]+)(?:") || append_word_trie(b, NUM_WORDS_ANY) ||
      put(b, "|(?i:point)(?=\\s+") || append_word_trie(b, NUM_WORDS_DIGITS) || put(b, ")))*)"))
    return -1;
  return 0;
}

static int gen_number(ivl_buf *b) {
  if (put(b, number_digits) ||
      put(b, "|(?=") || append_first_letters(b, NUM_WORD_HEAD_WORDS, 1) ||
      ivl_buf_putc(b, ')'))
    return -1;
  return append_number_words(b);
}

/* What a number starts with: a digit, or a letter a number word starts
** with (a call made where none is costs more than the written-out
** fragment's first step). */
static int guard_number(ivl_buf *b) {
  return put(b, "(?=\\d|") || append_first_letters(b, NUM_WORD_HEAD_WORDS, 1) || ivl_buf_putc(b, ')');
}

static int gen_magnitude(ivl_buf *b) {
  /* "1.5 billion", "1.5-billion", "1.5bn", and "1.5  billion" as crawled
  ** text spaces it (a line's end is a paragraph's: the layout) */
  if (put(b, "(?=(?:[ \\t]*|-)") || append_first_letters(b, MAGNITUDE_WORDS "|" MAGNITUDE_LETTERS, 1) ||
      put(b, ")(?:(?:[ \\t]*|-)") || append_word_trie(b, MAGNITUDE_WORDS) || ivl_buf_putc(b, '|'))
    return -1;
  return put(b, magnitude_letters) || ivl_buf_putc(b, ')');
}

static int gen_month(ivl_buf *b) { return append_guarded(b, "", MONTH_NAMES "|" MONTH_ABBREVIATIONS, 0, month_fragment); }

static int gen_weekday(ivl_buf *b) { return append_guarded(b, "", weekday_fragment, 0, weekday_fragment); }

/* }====================================================================== */

static int gen_currency_before(ivl_buf *b) { return ivl_money_currency_alternation(b, 0); }
static int gen_currency_after(ivl_buf *b) { return ivl_money_currency_alternation(b, 1); }
static int gen_currency_subunit(ivl_buf *b) { return ivl_money_subunit_alternation(b); }

typedef struct fragment {
  const char *name;
  const char *text;          /* a fixed definition, or */
  int (*generate)(ivl_buf *); /* one built from a table elsewhere */
  int (*guard)(ivl_buf *);    /* a lookahead before a call of it (may be NULL) */
} fragment;

static const fragment fragments[] = {
  {"number", NULL, gen_number, guard_number},
  {"magnitude", NULL, gen_magnitude, NULL},
  {"month", NULL, gen_month, NULL},
  {"weekday", NULL, gen_weekday, NULL},
  {"year", year_fragment, NULL, NULL},
  {"end", end_fragment, NULL, NULL},
  {"currency_before", NULL, gen_currency_before, NULL},
  {"currency_after", NULL, gen_currency_after, NULL},
  {"currency_subunit", NULL, gen_currency_subunit, NULL},
};
#define NFRAGMENTS (sizeof fragments / sizeof *fragments)

const char *ivl_fragment_magnitude_words(void) { return MAGNITUDE_WORDS "|" MAGNITUDE_LETTERS; }
const char *ivl_fragment_month_words(void) { return MONTH_NAMES "|" MONTH_ABBREVIATIONS; }
const char *ivl_fragment_number_words(int which) {
  return which == 0 ? NUM_WORDS_HEAD : which == 1 ? NUM_WORDS_AFTER_A : NUM_WORDS_ANY "|point";
}

const char *const *ivl_fragment_names(void) {
  static const char *names[NFRAGMENTS + 1];
  for (size_t i = 0; i < NFRAGMENTS; i++) names[i] = fragments[i].name;
  return names;
}

/* The fragment named by the "{name}" at p (p[0] == '{'), or NULL. */
static const fragment *fragment_at(const char *p, const char *end, size_t *span) {
  const char *q = p + 1;
  while (q < end && ((*q >= 'a' && *q <= 'z') || *q == '_')) q++;
  if (q == p + 1 || q >= end || *q != '}') return NULL;
  for (size_t i = 0; i < NFRAGMENTS; i++)
    if (strlen(fragments[i].name) == (size_t)(q - p - 1) &&
        memcmp(fragments[i].name, p + 1, (size_t)(q - p - 1)) == 0) {
      *span = (size_t)(q - p + 1);
      return &fragments[i];
    }
  return NULL;
}

/* The generated fragments' text, made once: a rule set expands its
** patterns twice (ivl_pattern_expand_shared), and money's currencies,
** sorted and grouped from their table, cost 0.6M Ir each time. NULL for
** one that could not be made (out of memory): generated where named. */
static ivl_buf generated[NFRAGMENTS];
static int generated_ok[NFRAGMENTS];
static pthread_once_t generated_once = PTHREAD_ONCE_INIT;

static void generate_all(void) {
  for (size_t i = 0; i < NFRAGMENTS; i++)
    if (fragments[i].generate) {
      generated_ok[i] = fragments[i].generate(&generated[i]) == 0;
      if (!generated_ok[i]) ivl_buf_free(&generated[i]);
    }
}

static int append_fragment(ivl_buf *out, const fragment *f) {
  size_t i = (size_t)(f - fragments);
  if (ivl_buf_append(out, "(?:", 3)) return -1;
  if (f->generate) pthread_once(&generated_once, generate_all);
  if (f->text ? ivl_buf_append(out, f->text, strlen(f->text))
      : generated_ok[i] ? ivl_buf_append(out, generated[i].data, generated[i].len)
                        : f->generate(out))
    return -1;
  return ivl_buf_putc(out, ')');
}

/* Append a call of fragment f, defined once at the pattern's end, after
** its guard: most places it is called at start none of it. */
static int append_call(ivl_buf *out, const fragment *f) {
  if (f->guard && f->guard(out)) return -1;
  return put(out, "(?&ivl_fragment_") || put(out, f->name) || ivl_buf_putc(out, ')');
}

/* Append the definitions of the fragments 'called' says are called. */
static int append_definitions(ivl_buf *out, const int called[NFRAGMENTS]) {
  int any = 0;
  for (size_t i = 0; i < NFRAGMENTS; i++) any |= called[i];
  if (!any) return 0;
  if (put(out, "(?(DEFINE)")) return -1;
  for (size_t i = 0; i < NFRAGMENTS; i++)
    if (called[i] && (put(out, "(?<ivl_fragment_") || put(out, fragments[i].name) || ivl_buf_putc(out, '>') ||
                      append_fragment(out, &fragments[i]) || ivl_buf_putc(out, ')')))
      return -1;
  return ivl_buf_putc(out, ')');
}

/* The expansion; with 'share', a fragment built from a table named again
** in the same branch of the pattern's outer alternation (a '|' outside
** any group or inside one group only) is called (ivl_pattern_expand_shared). */
static ivl_status expand(const char *pattern, size_t len, ivl_buf *out, int share, ivl_error *err) {
  const char *p = pattern, *end = pattern + len;
  int in_class = 0, depth = 0;
  int seen[NFRAGMENTS] = {0}, called[NFRAGMENTS] = {0};
  out->len = 0;
  while (p < end) {
    size_t span = 1;
    const fragment *f = NULL;
    if (*p == '\\' && p + 1 < end) {
      span = 2; /* an escaped character, copied as it is */
    } else if (in_class) {
      if (*p == ']') in_class = 0;
    } else if (*p == '[') {
      in_class = 1;
      if (p + 1 < end && p[1] == ']') span = 2; /* "[]...]": ']' first is literal */
    } else if (*p == '(') {
      depth++;
    } else if (*p == ')') {
      depth--;
    } else if (*p == '|' && depth <= 1) {
      memset(seen, 0, sizeof seen); /* another branch */
    } else if (*p == '{') {
      f = fragment_at(p, end, &span);
    }
    int call = 0;
    if (f) {
      size_t i = (size_t)(f - fragments);
      call = share && f->generate && seen[i];
      seen[i] = 1;
      called[i] |= call;
    }
    if (f ? (call ? append_call(out, f) : append_fragment(out, f)) : ivl_buf_append(out, p, span))
      return ivl_fail(err, IVL_ENOMEM, 0, "out of memory expanding a pattern");
    p += span;
  }
  if (append_definitions(out, called) || ivl_buf_putc(out, '\0'))
    return ivl_fail(err, IVL_ENOMEM, 0, "out of memory expanding a pattern");
  out->len--;
  return IVL_OK;
}

ivl_status ivl_pattern_expand(const char *pattern, size_t len, ivl_buf *out, ivl_error *err) {
  return expand(pattern, len, out, 0, err);
}

ivl_status ivl_pattern_expand_shared(const char *pattern, size_t len, ivl_buf *out, ivl_error *err) {
  return expand(pattern, len, out, 1, err);
}
