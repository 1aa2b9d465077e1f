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

static const char number_fragment[] =
    "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?![.,]\\d)"
    "|" NUM_WORD_HEAD "(?:(?:\\s+and\\s+|[\\s-]+)" NUM_WORD_ANY ")*";

static const char magnitude_fragment[] =
    "[\\s-]?(?i:thousand|million|billion|trillion|mln|mn|bln|bn|trn|tln|tn|lakh|crore)"
    "(?![\\p{L}\\p{N}])|(?i:k|m|b)(?![\\p{L}\\p{N}])";

static const char month_fragment[] =
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?(?=\\s*\\d)";

static const char weekday_fragment[] = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

static const char year_fragment[] = "1[89]\\d\\d(?!\\d)|20\\d\\d(?!\\d)";

static const char end_fragment[] = "(?![\\p{L}\\p{N}])";

static int gen_currency_before(ivl_buf *b) { return ivl_money_currency_alternation(b, 0); }
static int gen_currency_after(ivl_buf *b) { return ivl_money_currency_alternation(b, 1); }
static int gen_currency_subunit(ivl_buf *b) { return ivl_money_subunit_alternation(b); }

typedef struct fragment {
  const char *name;
  const char *text;          /* a fixed definition, or */
  int (*generate)(ivl_buf *); /* one built from a table elsewhere */
} fragment;

static const fragment fragments[] = {
  {"number", number_fragment, NULL},
  {"magnitude", magnitude_fragment, NULL},
  {"month", month_fragment, NULL},
  {"weekday", weekday_fragment, NULL},
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
