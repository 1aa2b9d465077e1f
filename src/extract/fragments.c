/*
** fragments.c
** The shared pattern fragments and their expansion.
*/
#include <string.h>

#include "fragments.h"

#define NUM_WORDS_UNITS \
  "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen" \
  "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy" \
  "|eighty|ninety"
/* A number in words starts with a unit or tens word ("a" only before a
** magnitude: "a million"), then goes on with any number word. */
#define NUM_WORD_HEAD \
  "(?i:" NUM_WORDS_UNITS "|half|quarter|an?(?=\\s+(?i:hundred|thousand|million|billion|trillion|dozen|half|quarter)))" \
  "(?![\\p{L}\\p{N}])"
#define NUM_WORD_ANY \
  "(?i:" NUM_WORDS_UNITS "|hundred|thousand|million|billion|trillion|dozen|half|quarters?|an?)" \
  "(?![\\p{L}\\p{N}])"
/* the words a number in words may start with: the first letters of these */
#define NUM_WORD_HEAD_WORDS NUM_WORDS_UNITS "|half|quarter|a"

static const char number_digits[] = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?![.,]\\d)";
static const char number_words[] = NUM_WORD_HEAD "(?:(?:\\s+and\\s+|[\\s-]+)" NUM_WORD_ANY ")*";

#define MAGNITUDE_WORDS "thousand|million|billion|trillion|mln|mn|bln|bn|trn|tln|tn|lakh|crore"
#define MAGNITUDE_LETTERS "k|m|b"
static const char magnitude_fragment[] =
    "[\\s-]?(?i:" MAGNITUDE_WORDS ")(?![\\p{L}\\p{N}])|(?i:" MAGNITUDE_LETTERS ")(?![\\p{L}\\p{N}])";

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

static int gen_number(ivl_buf *b) {
  if (ivl_buf_append(b, number_digits, strlen(number_digits)) || ivl_buf_putc(b, '|')) return -1;
  return append_guarded(b, "", NUM_WORD_HEAD_WORDS, 1, number_words);
}

static int gen_magnitude(ivl_buf *b) {
  return append_guarded(b, "[\\s-]?", MAGNITUDE_WORDS "|" MAGNITUDE_LETTERS, 1, magnitude_fragment);
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
} fragment;

static const fragment fragments[] = {
  {"number", NULL, gen_number},
  {"magnitude", NULL, gen_magnitude},
  {"month", NULL, gen_month},
  {"weekday", NULL, gen_weekday},
  {"year", year_fragment, NULL},
  {"end", end_fragment, NULL},
  {"currency_before", NULL, gen_currency_before},
  {"currency_after", NULL, gen_currency_after},
  {"currency_subunit", NULL, gen_currency_subunit},
};
#define NFRAGMENTS (sizeof fragments / sizeof *fragments)

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

static int append_fragment(ivl_buf *out, const fragment *f) {
  if (ivl_buf_append(out, "(?:", 3)) return -1;
  if (f->text ? ivl_buf_append(out, f->text, strlen(f->text)) : f->generate(out)) return -1;
  return ivl_buf_putc(out, ')');
}

ivl_status ivl_pattern_expand(const char *pattern, size_t len, ivl_buf *out, ivl_error *err) {
  const char *p = pattern, *end = pattern + len;
  int in_class = 0;
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
    } else if (*p == '{') {
      f = fragment_at(p, end, &span);
    }
    if (f ? append_fragment(out, f) : ivl_buf_append(out, p, span))
      return ivl_fail(err, IVL_ENOMEM, 0, "out of memory expanding a pattern");
    p += span;
  }
  if (ivl_buf_putc(out, '\0')) return ivl_fail(err, IVL_ENOMEM, 0, "out of memory expanding a pattern");
  out->len--;
  return IVL_OK;
}
