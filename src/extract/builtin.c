/*
** builtin.c
** Every built-in rule in one table: its name, the type it finds, its
** pattern (with the shared fragments of fragments.c) and its normaliser.
** The table is compiled once per rule set, JIT where the platform has it.
** Rule order matters only for ties: rules that start at the same byte are
** tried in this order, and overlap.c settles what they found together.
*/
#include <string.h>

#include "extractors.h"
#include "fragments.h"
#include "gazetteer.h"
#include "gate.h"
#include "rules.h"

typedef struct rule_spec {
  const char *name, *type, *pattern;
  ivl_normalize_fn normalize;
  ivl_gate_kind gate; /* what it needs at a digit (gate.h) */
  int (*may_store)(const char *text, size_t len, size_t pos); /* rules.h: ivl_rule.may_store; may be NULL */
} rule_spec;

/* A range's second number: "$10-15 million", "10 to 15 per cent". */
#define RANGE "(?:\\s?(?:-|–|to)\\s?({number}))?"
#define DAY "(\\d{1,2})(?:st|nd|rd|th)?"
/* "Tuesday, " or "Tue. " before a full date */
#define WEEKDAY_BEFORE \
  "(?:(?<!\\p{L})(?:{weekday}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?),?\\s+)?"
/* What joins the days of a list or range: ", ", " and ", " to ", "-" */
#define DAY_JOINER "(?:\\s*,\\s*(?:and\\s+)?|\\s*(?:-|–)\\s*|\\s+(?:and|&|to|until|till|through)\\s+)"
/* A day in a list is followed by what follows dates (a preposition, a
** verb), not by a noun it would count ("May 12 and 13 in Huế", "March 10
** and 11 attended by", not "May 12, 13 projects"), nor by a month of its
** own ("12 May and 13 June") */
#define DAY_ITEM_END \
  "(?![\\p{L}\\p{N}]|[.:/,]\\d|\\s*%|\\s+(?!(?:and|or|to|in|at|on|from|for|with|during|when|while" \
  "|which|where|that|as|before|after|until|till|through|by|the|a|an|this|next|respectively|was|were" \
  "|is|are|will|would|has|have|had|[a-z]+ed)(?![\\p{L}]))\\p{L})"
/* "a dollar", "an euro": "a" is one only before a currency word */
#define ONE_CURRENCY_WORD \
  "(?i:an?)(?=\\s+(?i:dollar|euro|pound|penny|cent|rupee|yuan|ringgit|shekel|dinar|riyal)(?!\\p{L}))"
/* The dot of an abbreviated magnitude before the currency: "14,9 mia. kr.",
** "650 mio. kr." (set qweek81); a lower-case word follows it, where a
** sentence's end has a capital, or the German press's capitalised euro and
** dollar ("1,2 Mrd. Euro", "2,9 Mrd. US-Dollar", set qweek87), which open no
** sentence of an English article. (No lookbehind: a rule that looks back
** loses its word verdicts, regex.c ivl_regex_may_start.) */
#define ABBREVIATION_DOT "(?:\\.(?=[ \\t]?(?:\\p{Ll}|(?:Euro|(?:US-)?Dollar)(?![\\p{L}-]))))?"
/* the hundredths' number is followed by its word or by no word at all, so
** that "5.2 billion USD and 4.8 billion USD" leaves the second amount whole */
#define MONEY_TAIL \
  "(?:(?:[ \\t]+and[ \\t]+|[ \\t]+)({number})(?:\\s?({currency_subunit})(?![\\p{L}\\p{N}])" \
  "|(?![.,]?\\p{N})(?!\\s*[\\p{L}\\p{N}])))?"

static const rule_spec builtin_rules[] = {
  /* groups: 1 currency before, 2 number, 3 range end, 4 magnitude,
  ** 5 currency after, 6 magnitude after it ("75 USD million"), 7 and 8
  ** hundredths and their word ("3 dollars 50 cents") */
  {"money", "money",
   "(?|({currency_before})\\s?({number})" RANGE "({magnitude})?()()" MONEY_TAIL "{end}"
   "|()({number}|" ONE_CURRENCY_WORD ")" RANGE "(?:({magnitude})" ABBREVIATION_DOT ")?[\\s-]?({currency_after})"
   "(\\s(?i:thousand|million|billion|trillion))?" MONEY_TAIL "{end})",
   ivl_normalize_money, IVL_GATE_MONEY, NULL},
  /* (the gate's words for what follows its number: PERCENT_SIGNS below) */
  /* 1 sign, 2 number, 3 range end, or 4 the number of "per cent of 20";
  ** "percentage points" are no percentage */
  {"percent", "percent",
   "(?|((?i:minus|negative)\\s+|-)?({number})" RANGE "[ \\t]*"
   "(?:%|(?i:per\\s?cents?|percents?|percentage(?!\\s+points?)|pct){end})()"
   "|()()()(?i:per\\s?cents?|percents?)\\s+of\\s+({number}){end})",
   ivl_normalize_percent, IVL_GATE_PERCENT, NULL},
  /* (the gate's words for its units: AREA_UNITS below) */
  /* 1 number, 2 magnitude, then the unit: 3 hectares, 4 square metres,
  ** 5 square kilometres, 6 acres, 7 square feet */
  {"area", "area",
   "({number})((?:(?:[ \\t]*|-)(?i:thousand|million|billion)){end})?(?:[ \\t]*|-)"
   "(?:((?i:hectares?|ha))"
   "|(sq\\.?\\s?m(?:etres?|eters?)?|(?i:square\\s+met(?:re|er)s?)|m2|m²)"
   "|(sq\\.?\\s?km|km2|km²|(?i:square\\s+kilomet(?:re|er)s?))"
   "|((?i:acres?))"
   "|(sq\\.?\\s?f(?:ee)?t|(?i:square\\s+f(?:ee|oo)t)))(?![\\p{L}\\p{N}])",
   ivl_normalize_area, IVL_GATE_AREA, NULL},
  /* 1 number, 2 magnitude; the normaliser reads the counted noun after it */
  {"count", "count",
   "({number})((?:\\s+(?i:thousand|million|billion)){end})?(?=\\s+[\\p{L}\\d])",
   ivl_normalize_count, IVL_GATE_COUNT, ivl_count_may_store},
  /* "November 17, 2023", "17 November 2023": 1 and 2 month and day in
  ** either order, 3 year; a weekday before it is part of the one date
  ** ("Wednesday, Feb 22, 2017") */
  {"date.full", "date",
   WEEKDAY_BEFORE
   "(?|({month})\\.?\\s+" DAY ",?\\s+({year})|" DAY "\\s+(?:of\\s+)?({month})\\.?,?\\s+({year}))"
   "{end}",
   ivl_normalize_date_full, IVL_GATE_DAY_MONTH, ivl_date_full_may},
  /* day first: "12/5/2024", "12.5.2024" (1 day, 2 separator, 3 month, 4
  ** year); ISO "2024-05-12" or the Korean press's dotted "2026.11.23"
  ** (BusinessKorea's "Published 2026.11.23 09:12") (5 year, 6 month, 7 day) */
  {"date.numeric", "date",
   WEEKDAY_BEFORE
   "(?<![\\d/.-])(?:(\\d{1,2})([/.-])(\\d{1,2})\\2({year})|({year})(?|-(\\d\\d)-|\\.(\\d\\d)\\.)(\\d\\d))"
   "(?![\\d/]|\\.\\d)",
   ivl_normalize_date_numeric, IVL_GATE_DATE_NUMERIC, ivl_date_numeric_may},
  /* a portal's day and month with no year after "on", "of", "to",
  ** "until", "from" (1 day, 2 month: "On 27/11", "to 30/11") or in a
  ** dateline (3, 4: "Lâm Đồng, 26/11 (VNA)"); a rule of its own, not an
  ** alternative of date.numeric: there its look-behinds cost every
  ** numeric date's match 2.4 % of the run's Ir on dev2 */
  {"date.day_month_numeric", "date",
   "(?:(?<=[Oo]n |of |to |until |from )(\\d{1,2})/(\\d{1,2})|(?<=, )(\\d{1,2})/(\\d{1,2})(?=\\s+\\())"
   "(?![\\d/]|[.,]\\d)",
   ivl_normalize_date_day_month_numeric, IVL_GATE_DATE_NUMERIC, NULL},
  /* "April 2016", "September, 2021": 1 month, 2 year */
  {"date.month_year", "date", "({month}),?\\s+({year}){end}", ivl_normalize_date_month_year, IVL_GATE_NONE,
   ivl_date_month_year_may},
  /* "April 2", "2 April": 1 and 2 month and day in either order; then a
  ** list or range of more days (3), maybe with months of their own, that
  ** a year may close (4): "November 10 to 12", "May 12 and 13",
  ** "November 28, 29 and December 1", "January 15 and 16, 2026" */
  {"date.day_month", "date",
   "(?|({month})\\.?\\s+" DAY "|" DAY "\\s+(?:of\\s+)?({month}))(?![\\p{L}\\p{N}]|[.:]\\d|,?\\s*\\d{3})"
   "((?:" DAY_JOINER "(?:(?:{month})\\.?\\s+)?\\d{1,2}(?:st|nd|rd|th)?" DAY_ITEM_END ")*)"
   "(?:,?\\s+({year}){end})?",
   ivl_normalize_date_day_month, IVL_GATE_DAY_MONTH, ivl_date_day_month_may},
  /* "in August", "January-September": a month named alone */
  {"date.month", "date",
   "(January|February|March|April|May|June|July|August|September|October|November|December)"
   "(?![\\p{L}\\p{N}]|\\.?\\s*\\d)",
   ivl_normalize_date_month, IVL_GATE_NONE, ivl_date_month_may},
  /* "In 2015", "(1997)", both years of "2021-2030"; the year of "FY2025" */
  {"date.year", "date", "(?:FY)?({year})(?![\\p{L}\\p{N}]|[.,]\\d)", ivl_normalize_date_year, IVL_GATE_YEAR, NULL},
  {"date.weekday", "date", "({weekday}){end}", ivl_normalize_date_weekday, IVL_GATE_NONE, NULL},
};
#define NBUILTIN (sizeof builtin_rules / sizeof *builtin_rules)

/* What the percent and area patterns above need after their number, as
** the gate compares it (gate.h: any case, a final '*' for a word that may
** go on): the first word of each of their alternatives. Keep them with
** the patterns; test_gate.c finds a word left out. */
/* "per" whole (white space then "cent" after it), not as a prefix: "2005-21
** period", "5 persons" start no percentage (on /tmp/b1, 250 tries at numbers
** that failed) */
#define PERCENT_SIGNS "%*|per|percent*|pct"
#define PERCENT_LEADS "minus|negative|per|percent*" /* before its number, or "per cent of" */
#define AREA_UNITS "hectare*|ha|sq*|square*|m2|m²|km2|km²|acre*"

/* Append the words of 'alternation' to b, each with a final '*' when 'prefix'. */
static int append_words(ivl_buf *b, const char *alternation, int prefix) {
  for (const char *p = alternation; *p; p++) {
    if (*p == '|' && prefix && ivl_buf_putc(b, '*')) return -1;
    if (ivl_buf_putc(b, *p)) return -1;
  }
  return prefix ? ivl_buf_putc(b, '*') : 0;
}

/* The gate of the built-in rules, its words taken from where the patterns'
** are: money.c's table, the fragments {magnitude}, {month} and {number}.
** Words a pattern reads as prefixes get a '*': a month name ("Sept" and
** "Sept." in the fragment), a currency before an amount ("USD5"), a word
** after "a" (a lookahead). */
static ivl_gate *new_gate(void) {
  ivl_buf words = {0}, before = {0}, after = {0}, month = {0}, after_a = {0};
  ivl_gate *g = NULL;
  if (!ivl_money_currency_words(&words, 0) && !ivl_buf_putc(&words, '\0') &&
      !append_words(&before, words.data, 1) && !ivl_buf_putc(&before, '\0') &&
      !ivl_money_currency_words(&after, 1) && !ivl_buf_putc(&after, '\0') &&
      !append_words(&month, ivl_fragment_month_words(), 1) && !ivl_buf_putc(&month, '\0') &&
      !append_words(&after_a, ivl_fragment_number_words(1), 1) && !ivl_buf_putc(&after_a, '\0')) {
    ivl_gate_lists lists = {before.data, after.data, ivl_fragment_magnitude_words(), month.data,
                            PERCENT_SIGNS, AREA_UNITS, PERCENT_LEADS, ivl_fragment_number_words(0),
                            after_a.data, ivl_fragment_number_words(2)};
    g = ivl_gate_new(&lists);
  }
  ivl_buf_free(&words);
  ivl_buf_free(&before);
  ivl_buf_free(&after);
  ivl_buf_free(&month);
  ivl_buf_free(&after_a);
  return g;
}

/* Add one rule whose pattern uses fragments. */
ivl_status ivl_ruleset_add_expanded(ivl_ruleset *rs, const char *name, const char *type,
                                    const char *pattern, size_t len, ivl_normalize_fn normalize,
                                    void *data, ivl_error *err) {
  ivl_buf expanded = {0};
  ivl_status st = ivl_pattern_expand(pattern, len, &expanded, err);
  if (st == IVL_OK)
    st = ivl_ruleset_add(rs, name, type, expanded.data, expanded.len, 0, normalize, data, err);
  ivl_buf_free(&expanded);
  return st;
}

/* JIT-compile rule r from its pattern with each fragment named again in
** a branch written once and called (fragments.h): money names {number}
** six times, twice where every try goes through it, and its pattern
** shrinks from 11,580 bytes to 9,691; the JIT compiles of a run on /tmp/b1
** 49.9M -> 43.6M Ir, its matches 15.95M -> 16.04M (calls made). */
static ivl_status share_fragments(ivl_rule *r, const char *pattern, ivl_error *err) {
  ivl_buf shared = {0};
  ivl_status st = ivl_pattern_expand_shared(pattern, strlen(pattern), &shared, err);
  if (st == IVL_OK && shared.len < r->re.pattern_len && ivl_regex_set_jit_pattern(&r->re, shared.data, shared.len))
    st = ivl_fail(err, IVL_ENOMEM, 0, "out of memory adding rule '%s'", r->name);
  ivl_buf_free(&shared);
  return st;
}

ivl_ruleset *ivl_ruleset_new_builtin(ivl_error *err) {
  ivl_ruleset *rs = ivl_ruleset_new_empty();
  if (!rs) {
    ivl_fail(err, IVL_ENOMEM, 0, "out of memory creating the rule set");
    return NULL;
  }
  for (size_t i = 0; i < NBUILTIN; i++) {
    const rule_spec *r = &builtin_rules[i];
    if (ivl_ruleset_add_expanded(rs, r->name, r->type, r->pattern, strlen(r->pattern),
                                 r->normalize, NULL, err) != IVL_OK) {
      ivl_ruleset_free(rs);
      return NULL;
    }
    ivl_ruleset_mark_builtin(rs, rs->n - 1, r->gate);
    rs->rules[rs->n - 1].may_store = r->may_store;
    if (share_fragments(&rs->rules[rs->n - 1], r->pattern, err) != IVL_OK) {
      ivl_ruleset_free(rs);
      return NULL;
    }
  }
  rs->gate = new_gate();
  if (!rs->gate) {
    ivl_ruleset_free(rs);
    ivl_fail(err, IVL_ENOMEM, 0, "out of memory creating the rule set");
    return NULL;
  }
  rs->names = ivl_gazetteer_new_builtin(err);
  rs->free_names = ivl_gazetteer_free;
  if (!rs->names) {
    ivl_ruleset_free(rs);
    return NULL;
  }
  rs->facts = 1;
  return rs;
}
