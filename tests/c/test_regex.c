/*
** test_regex.c
** What can start at a word (ivl_regex_may_start): never 'no' where the
** rule matches, over sentences with numbers and currencies in words; 'no'
** for the words no number begins; always 'yes' for a rule that looks back;
** and the same answers when asked again from the matcher's memory.
*/
#include "check.h"
#include "rules.h"
#include "util.h"

static const char *const TEXTS[] = {
  "Twenty-five projects worth a million dollars each were licensed, half of them Korean.",
  "The firm spent VNĐ1.5 trillion (about US$60 million), up nine per cent, on five hundred hectares.",
  "Exports fell minus three percent; one-third went to Japan and a quarter to the EU, some USD 3 bn.",
  "Fifteen thousand workers and an additional two billion yen arrived on Tuesday, March 5, 2024.",
  "Several dozen firms, one of the largest, invested eighty million euros in Hà Nội, percent of 20.",
};

/* Every rule at every letter that starts a word: where it matches, it may
** start; ask twice, the second answer from memory. */
static void never_no_where_it_matches(const ivl_ruleset *rs, ivl_matcher *m, const char *t) {
  size_t len = strlen(t);
  for (size_t pos = 0; pos < len; pos++) {
    if (!ivl_isalpha((unsigned char)t[pos]) || (pos > 0 && ivl_isalpha((unsigned char)t[pos - 1]))) continue;
    size_t end = pos;
    while (end < len && (ivl_isalpha((unsigned char)t[end]) || (unsigned char)t[end] >= 0x80)) end++;
    for (size_t i = 0; i < rs->n; i++) {
      const ivl_regex *re = &rs->rules[i].re;
      int may = ivl_regex_may_start(re, m, rs, (unsigned)i, t, pos, end);
      int again = ivl_regex_may_start(re, m, rs, (unsigned)i, t, pos, end);
      int matches = ivl_regex_match_at(re, m, t, len, pos) > 0;
      CHECK(may || !matches, "rule %s matches at '%.12s' but was said not to", rs->rules[i].name, t + pos);
      CHECK(may == again, "rule %s at '%.12s': the remembered answer differs", rs->rules[i].name, t + pos);
    }
  }
}

static int rule_index(const ivl_ruleset *rs, const char *name) {
  for (size_t i = 0; i < rs->n; i++)
    if (strcmp(rs->rules[i].name, name) == 0) return (int)i;
  return -1;
}

int main(void) {
  ivl_error err;
  ivl_ruleset *rs = ivl_ruleset_new_builtin(&err);
  ivl_matcher m;
  CHECK(rs && ivl_matcher_init(&m, rs->max_captures, rs->match_limit, &err) == IVL_OK, "set-up: %s", err.msg);
  if (!rs) return check_done();
  for (size_t i = 0; i < sizeof TEXTS / sizeof *TEXTS; i++) never_no_where_it_matches(rs, &m, TEXTS[i]);
  int money = rule_index(rs, "money"), full = rule_index(rs, "date.full");
  const char *t = "the companies said";
  CHECK(money >= 0 && !ivl_regex_may_start(&rs->rules[money].re, &m, rs, (unsigned)money, t, 0, 3),
        "no amount of money starts with 'the'");
  t = "twenty";
  CHECK(ivl_regex_may_start(&rs->rules[money].re, &m, rs, (unsigned)money, t, 0, 6),
        "'twenty' may start one (twenty dollars)");
  CHECK(full >= 0 && rs->rules[full].re.looks_back, "date.full looks back (a weekday's boundary)");
  t = "xyzzy";
  CHECK(ivl_regex_may_start(&rs->rules[full].re, &m, rs, (unsigned)full, t, 0, 5),
        "a rule that looks back is always tried");
  ivl_matcher_free(&m);
  ivl_ruleset_free(rs);
  return check_done();
}
