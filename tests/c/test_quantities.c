/*
** test_quantities.c
** Percentages, areas, counts and dates, as tables: each input (with the
** article's date, if any) and every mention of the type it must yield, or
** none. Values are numbers for the quantities and ISO strings for dates.
*/
#include <math.h>
#include <stdlib.h>

#include "article.h"
#include "check.h"
#include "symbols.h"

typedef struct expected {
  const char *text;
  double value;
  const char *str; /* dates: the ISO value; counts: the unit */
} expected;

typedef struct qcase {
  int type;
  const char *date; /* the article's date, NULL for none */
  const char *input;
  expected out[3]; /* ends at text == NULL */
} qcase;

#define P IVL_SYM_PERCENT
#define A IVL_SYM_AREA
#define C IVL_SYM_COUNT
#define D IVL_SYM_DATE

static const qcase cases[] = {
  /* percent */
  {P, NULL, "accounting for 17.21 per cent of the total", {{"17.21 per cent", 17.21, NULL}}},
  {P, NULL, "a 65.5% share", {{"65.5%", 65.5, NULL}}},
  {P, NULL, "up ten percent", {{"ten percent", 10, NULL}}},
  {P, NULL, "Fifty-four per cent of firms", {{"Fifty-four per cent", 54, NULL}}},
  {P, NULL, "up 12.5 per cent year-on-year", {{"12.5 per cent", 12.5, NULL}}},
  {P, NULL, "between 10-15% a year", {{"10", 10, NULL}, {"15%", 15, NULL}}},
  {P, NULL, "a third of the land", {{NULL}}},
  {P, NULL, "rose 2.5 percentage points", {{NULL}}},
  {P, NULL, "the index stood at 52.8 points", {{NULL}}},
  {P, NULL, "see https://example.com/?q=30%25", {{NULL}}},
  /* area */
  {A, NULL, "a 2.89-million-sq.m campus", {{"2.89-million-sq.m", 2.89e6, NULL}}},
  {A, NULL, "covering 500ha of land", {{"500ha", 5e6, NULL}}},
  {A, NULL, "on 1,200 hectares", {{"1,200 hectares", 1.2e7, NULL}}},
  {A, NULL, "a 15.5 hectare site", {{"15.5 hectare", 155000, NULL}}},
  {A, NULL, "30,000 square metres of floor space", {{"30,000 square metres", 30000, NULL}}},
  {A, NULL, "a 50,000sq.m factory", {{"50,000sq.m", 50000, NULL}}},
  {A, NULL, "a 6.3-hectare plot", {{"6.3-hectare", 63000, NULL}}},
  {A, NULL, "15 million square metres of film a year", {{NULL}}},
  {A, NULL, "a 110km road", {{NULL}}},
  /* count */
  {C, NULL, "has invested in 285 projects", {{"285 projects", 285, "project"}}},
  {C, NULL, "173 foreign-invested projects", {{"173 foreign-invested projects", 173, "project"}}},
  {C, NULL, "four other RoK localities", {{"four other RoK localities", 4, "locality"}}},
  {C, NULL, "1.67 million international arrivals", {{"1.67 million international arrivals", 1.67e6, "arrival"}}},
  {C, NULL, "signed seven memoranda", {{"seven memoranda", 7, "memorandum"}}},
  {C, NULL, "50 leading US businesses", {{"50 leading US businesses", 50, "business"}}},
  {C, NULL, "the two sides agreed", {{"two sides", 2, "side"}}},
  {C, NULL, "about ten flights a day", {{"ten flights", 10, "flight"}}},
  {C, NULL, "one of the largest", {{NULL}}},
  {C, NULL, "both projects", {{NULL}}},
  {C, NULL, "the first direct flight", {{NULL}}},
  {C, NULL, "dozens of projects", {{NULL}}},
  {C, NULL, "the 50th anniversary", {{NULL}}},
  {C, NULL, "among the top five foreign investors", {{NULL}}},
  {C, NULL, "its five largest ports", {{NULL}}},
  {C, NULL, "Two of them came", {{NULL}}},
  {C, NULL, "over 15 years", {{NULL}}},
  {C, NULL, "a four-day visit", {{NULL}}},
  {C, NULL, "five times higher", {{NULL}}},
  {C, NULL, "a 110 km road", {{NULL}}},
  {C, NULL, "Factory No 1 opened", {{NULL}}},
  {C, NULL, "under Decree 31/2021 projects", {{NULL}}},
  {C, NULL, "In 2023 investors came", {{NULL}}},
  {C, NULL, "A score above 50 indicates that", {{NULL}}},
  {C, NULL, "call 0203 3825 789", {{NULL}}},
  {C, NULL, "worth $382 million projects", {{NULL}}},
  /* date: full, numeric, month and year */
  {D, NULL, "on November 17, 2023 it", {{"November 17, 2023", 0, "2023-11-17"}}},
  {D, NULL, "on 17 November 2023 it", {{"17 November 2023", 0, "2023-11-17"}}},
  {D, NULL, "dated 12/5/2024.", {{"12/5/2024", 0, "2024-05-12"}}},
  {D, NULL, "licensed in April 2016 with", {{"April 2016", 0, "2016-04"}}},
  {D, NULL, "By the end of 2024, the", {{"2024", 0, "2024"}}},
  {D, NULL, "Changwon (1997), Daegu", {{"1997", 0, "1997"}}},
  {D, NULL, "its plan for 2021-2030", {{"2021", 0, "2021"}, {"2030", 0, "2030"}}},
  {D, NULL, "by mid-2022 it", {{"2022", 0, "2022"}}},
  /* resolved against the article's date (a Friday) */
  {D, "2023-11-17", "The province on Friday granted", {{"Friday", 0, "2023-11-17"}}},
  {D, "2023-11-17", "Earlier on Thursday, a flight", {{"Thursday", 0, "2023-11-16"}}},
  {D, "2023-11-17", "a leader said on Sunday.", {{"Sunday", 0, "2023-11-12"}}},
  {D, "2023-11-17", "The delegation will visit on Monday.", {{"Monday", 0, "2023-11-20"}}},
  {D, "2023-11-17", "agreed on April 2 to", {{"April 2", 0, "2023-04-02"}}},
  {D, "2024-01-03", "received approval in December to", {{"December", 0, "2023-12"}}},
  {D, "2021-07-04", "expected to start operating in late October.", {{"October", 0, "2021-10"}}},
  {D, "2023-11-13", "from November 10 to 12, joining", {{"November 10", 0, "2023-11-10"}, {"12", 0, "2023-11-12"}}},
  {D, "2024-10-09", "during the January-September period", {{"January", 0, "2024-01"}, {"September", 0, "2024-09"}}},
  /* no article date: the year is unknown */
  {D, NULL, "agreed on April 2 to", {{"April 2", 0, "XXXX-04-02"}}},
  /* not dates */
  {D, NULL, "The Việt Nam – Hà Nội Festival 2023 took place", {{NULL}}},
  {D, NULL, "at 17:27 today", {{NULL}}},
  {D, NULL, "the 50th anniversary", {{NULL}}},
  {D, NULL, "last month and last year", {{NULL}}},
  {D, NULL, "a loan of $2024 million", {{NULL}}},
  {D, NULL, "under Decree 31/2021/ND-CP", {{NULL}}},
  {D, NULL, "May be later", {{NULL}}},
};

static int near(double a, double b) { return fabs(a - b) <= 1e-9 * fabs(b) + 1e-9; }

static void run_case(const ivl_ruleset *rs, const qcase *c) {
  ivl_article *a;
  ivl_error err;
  if (ivl_article_from_bytes("case", c->input, strlen(c->input), &a, &err) != IVL_OK) {
    CHECK(0, "%s: %s", c->input, err.msg);
    return;
  }
  if (c->date) ivl_article_set_date(a, c->date);
  if (ivl_article_extract(a, rs, &err) != IVL_OK) {
    CHECK(0, "%s: %s", c->input, err.msg);
    ivl_article_free(a);
    return;
  }
  const ivl_entity *got[8];
  size_t ngot = 0, want = 0;
  while (want < 3 && c->out[want].text) want++;
  for (size_t i = 0; i < a->store.n && ngot < 8; i++)
    if (a->store.ents[i].type == c->type) got[ngot++] = &a->store.ents[i];
  CHECK(ngot == want, "'%s': %zu %s mentions, want %zu", c->input, ngot, ivl_sym_name(c->type), want);
  for (size_t i = 0; i < want && i < ngot; i++) {
    const ivl_entity *e = got[i];
    const expected *x = &c->out[i];
    size_t n = e->end - e->start;
    CHECK(n == strlen(x->text) && memcmp(a->bytes + e->start, x->text, n) == 0,
          "'%s': text '%.*s', want '%s'", c->input, (int)n, a->bytes + e->start, x->text);
    const ivl_field *v = ivl_store_field(&a->store, e, IVL_SYM_VALUE);
    const ivl_field *u = ivl_store_field(&a->store, e, IVL_SYM_UNIT);
    if (c->type == IVL_SYM_DATE) {
      CHECK(v && v->kind == IVL_FIELD_STR && strcmp(ivl_store_string(&a->store, v), x->str) == 0,
            "'%s': date %s, want %s", c->input, v ? ivl_store_string(&a->store, v) : "-", x->str);
      continue;
    }
    CHECK(v && v->kind == IVL_FIELD_NUM && near(v->v.num, x->value), "'%s': value %.17g, want %.17g",
          c->input, v ? v->v.num : -1, x->value);
    if (c->type == IVL_SYM_COUNT)
      CHECK(u && strcmp(ivl_store_string(&a->store, u), x->str) == 0, "'%s': unit %s, want %s",
            c->input, u ? ivl_store_string(&a->store, u) : "-", x->str);
    if (c->type == IVL_SYM_AREA)
      CHECK(u && strcmp(ivl_store_string(&a->store, u), "m2") == 0, "'%s': unit m2", c->input);
  }
  ivl_article_free(a);
}

int main(void) {
  ivl_error err;
  ivl_ruleset *rs = ivl_ruleset_new_builtin(&err);
  if (!rs) {
    fprintf(stderr, "rules: %s\n", err.msg);
    return 1;
  }
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) run_case(rs, &cases[i]);
  ivl_ruleset_free(rs);
  return check_done();
}
