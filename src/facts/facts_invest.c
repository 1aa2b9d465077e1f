/*
** facts_invest.c
** Investment facts. A sentence that speaks of investment is cut into
** figures: an amount (with its equivalent in brackets), a number of
** projects, or both ("12 projects valued at $2.39 billion"). Each figure
** gets the investor and the target named nearest to it in its clause (the
** text between the figures around it), else the ones the article is about,
** and the date, share and rank stated next to it.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "facts_ctx.h"
#include "lexicon.h"
#include "symbols.h"
#include "util.h"

#define MAX_FIGURES 16

typedef struct figure {
  const ivl_fm *money, *equiv, *count;
  uint32_t vs, ve;        /* the figure's own mentions */
  uint32_t cs, ce;        /* its clause */
  const ivl_fm *date, *share;
  int rank;
  int position;           /* the rank is a standing position ("is the largest investor") */
  int raised_to;          /* "from $100 million to $500 million": a new total */
  int not_fact;           /* a goal, a comparison, a terminated project */
  int domestic;           /* Việt Nam's own capital (rule 12) */
  int listed;             /* goes on a ranked list begun by the figure before */
  int stock;              /* its basis, decided once (rule 15) */
  const ivl_fm *investor_as, *target_as; /* "X and Y ... $1m and $2m, respectively" */
} figure;

typedef struct figures {
  figure f[MAX_FIGURES];
  size_t n;
} figures;

/* "the company", "the group": the company the article is about. */
static const char *const company_anaphors[] = {
  "the company", "the group", "the firm", "the investor", "the project", "the plant",
  "the factory", "the facility", "the latter", "the manufacturer", "the maker", NULL};

/* "New projects accounted for $500 million": the share of a total. */
static const char *const shares_of_total[] = {"accounted for", "accounting for", "made up", "comprised", NULL};

/* "Of the total, ...", "The figure comprised ...": a sentence that breaks
** down the total stated just before it. */
static int opens_breakdown(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const openers[] = {
    "of the total", "of this", "of these", "of which", "of that", "the figure", "this figure",
    "the total", "this included", "these included", "during the period", NULL};
  return fx_first(x, s->vs, s->ve, openers) == s->vs;
}

/* {======================================================================
** Is this sentence about investment at all?
** ======================================================================= */

/* Is t[at] inside the name of an organisation ("Ministry of Planning and
** Investment")? Such words say nothing about the sentence. */
static int in_org_name(const ivl_fsent *s, size_t at) {
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_ORG && s->m[i].vs <= at && at < s->m[i].ve) return 1;
  return 0;
}

static int says(const ivl_fctx *x, const ivl_fsent *s, const char *w) {
  for (size_t at = s->vs; (at = fx_find(x, at, s->ve, w)) != FX_NONE; at++)
    if (!in_org_name(s, at) && !(w[0] == 'c' && fx_ends_with(x, at, "the"))) return 1;
  return 0; /* "capital", but not "the capital" (a city) */
}

static int speaks_of_investment(const ivl_fctx *x, const ivl_fsent *s) {
  for (int k = 0; ivl_lexicon(LEX_INVEST)[k]; k++)
    if (says(x, s, ivl_lexicon(LEX_INVEST)[k])) return 1;
  /* "The group now has seven projects in Nghệ An", "Other projects include a
  ** plant of Multi-Sunny Việt Nam Co ($10 million)" */
  int projects = 0, investor = 0, money = 0;
  for (size_t i = 0; i < s->n; i++) {
    projects |= s->m[i].kind == FM_COUNT && (s->m[i].flags & FM_PROJECTS);
    money |= s->m[i].kind == FM_MONEY;
    investor |= fx_can_invest(x, &s->m[i], 1) &&
                (!(s->m[i].flags & FM_DEMONYM) || fx_describes_company(x, &s->m[i]));
  }
  static const char *const works[] = {"project*", "plant", "plants", "factory", "factories", "facility", NULL};
  int referred = fx_any(x, s->vs, s->ve, company_anaphors) ||
                 (x->c.subject_is_investor && fx_find(x, s->vs, s->ve, "it") != FX_NONE);
  if (projects && (investor || referred)) return 1;
  /* right after an investment: "Over the same period, 96 domestic projects
  ** worth VNĐ41.5 trillion were approved", "In Q3 alone, the province drew
  ** $1.6 billion" */
  /* "New projects accounted for $500 million": a total just stated broken down */
  if (money && x->c.invest_age <= 1 &&
      (projects || fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_DRAWING)) || fx_any(x, s->vs, s->ve, shares_of_total)))
    return 1;
  /* "Sanwa Denshi will add 5 billion yen to its subsidiary", "the group
  ** poured $200 million into ...": a company putting money in */
  int company = 0;
  for (size_t i = 0; i < s->n; i++)
    company |= (s->m[i].kind == FM_ORG && (s->m[i].flags & FM_COMPANY)) || fx_describes_company(x, &s->m[i]);
  if (money && (company || referred) && fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_PUTTING))) return 1;
  for (int k = 0; works[k] && money && (investor || referred); k++)
    if (says(x, s, works[k])) return 1;
  /* "In 2023, however, it slipped to seventh place with $1.76 billion": the
  ** sentence before spoke of FDI */
  if (money && x->c.invest_age <= 1 && fx_find(x, s->vs, s->ve, "it") != FX_NONE) return 1;
  /* "China led with $436 million, followed by ...", "Japan ranked first
  ** among 11 source economies with $420 million": a ranked list of
  ** investors right after FDI was spoken of */
  /* "Bắc Ninh ranked second nationwide with $745.2 million": a locality's
  ** own figure in such a ivl_lexicon(LEX_RANKING) */
  int place = 0;
  for (size_t i = 0; i < s->n; i++) place |= s->m[i].kind == FM_PLACE && (s->m[i].flags & FM_VN);
  return money && (investor || place) && x->c.invest_age <= 2 && fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_RANKING));
}

/* "Singapore and the US were also among the top five sources of new
** capital": investors named without figures, each a fact of its own. */
static int named_without_figures(ivl_fctx *x, const ivl_fsent *s);

/* Loans, grants and aid are agreements, not investments. */
static int speaks_of_aid(const ivl_fctx *x, const ivl_fsent *s) {
  return fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_AID));
}

/* }====================================================================== */

/* {======================================================================
** Cutting a sentence into figures
** ======================================================================= */

/* "(", ", or about", "or some": what joins an amount to its equivalent. */
static int joins_equivalent(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const fillers[] = {
    "or", "about", "around", "nearly", "approximately", "roughly", "some", "almost",
    "over", "more", "than", "up", "to", "equivalent", "equal", NULL};
  if (to < from || to - from > 40) return 0;
  int bracket = 0, or_word = 0;
  size_t i = from;
  while (i < to) {
    char c = x->t[i];
    if (c == '(') bracket = 1;
    if (!ivl_isalpha((unsigned char)c)) {
      if (!ivl_isspace((unsigned char)c) && !strchr("(,", c)) return 0;
      i++;
      continue;
    }
    size_t j = i;
    while (j < to && ivl_isalpha((unsigned char)x->t[j])) j++;
    int known = 0;
    for (int k = 0; fillers[k] && !known; k++)
      known = strlen(fillers[k]) == j - i && fx_find(x, i, j, fillers[k]) == i;
    if (!known) return 0;
    or_word |= fx_find(x, i, j, "or") == i;
    i = j;
  }
  return bracket || or_word;
}

/* Amounts that are not investment: exports, revenue, budgets, domestic
** projects, averages, and the targets a place sets itself. Looked for just
** before the amount (back to the one before) and just after it. */
static int other_money(const ivl_fctx *x, const ivl_fsent *s, size_t from, const ivl_fm *m) {
  static const char *const before[] = {
    "export*", "import*", "revenue*", "turnover", "sales", "gdp", "budget", "loan*",
    "salar*", "income", "tax*", "prize*", "ticket*",
    "aid", "grant", "grants", "trade value", "two-way trade", "per hectare", "per capita",
    "target*", "aim*", "expect*", "goal", "hope*", NULL};
  static const char *const after[] = {
    "to the local budget", "to the state budget", "in revenue", "in exports", "in sales",
    "in taxes", "in loans", "in aid", NULL};
  size_t start = m->vs > from + 80 ? m->vs - 80 : from;
  size_t end = m->ve + 40 < s->ve ? m->ve + 40 : s->ve;
  /* visitors' spending is no investment; investors' spending on shares is */
  static const char *const spending[] = {"spent", "spending", "spend", NULL};
  if (fx_any(x, start, m->vs, spending) && fx_find(x, start, m->vs, "investor*") == FX_NONE) {
    /* a company's spending on shares or a plant is investment */
    int company = 0;
    for (size_t i = 0; i < s->n && s->m[i].ve <= m->vs; i++)
      company |= (s->m[i].kind == FM_ORG && (s->m[i].flags & FM_COMPANY)) || fx_describes_company(x, &s->m[i]);
    if (!company) return 1;
  }
  return fx_any(x, start, m->vs, before) || fx_any(x, m->ve, end, after);
}

static int add_figure(figures *fs, const ivl_fm *money, const ivl_fm *count) {
  if (fs->n == MAX_FIGURES) return 0;
  const ivl_fm *m = money ? money : count;
  fs->f[fs->n++] = (figure){.money = money, .count = count, .vs = m->vs, .ve = m->ve};
  return 1;
}

/* "$3 billion and $3.5 billion" after "between", "$3-3.5 billion". */
static int range_end(const ivl_fctx *x, const ivl_fm *prev, const ivl_fm *m) {
  if (m->vs < prev->ve || m->vs - prev->ve > 6) return 0;
  return fx_only(x, prev->ve, m->vs, "-–") ||
         ((fx_ends_with(x, m->vs, "and") && fx_ends_with(x, prev->vs, "between")) ||
          (fx_ends_with(x, m->vs, "to") && fx_ends_with(x, prev->vs, "from")));
}

static void read_amounts(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  const ivl_fm *prev = NULL; /* the money mention before, kept or not */
  int prev_dropped = 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_MONEY) continue;
    figure *last = fs->n ? &fs->f[fs->n - 1] : NULL;
    if (last && last->money == prev && prev && !last->equiv &&
        joins_equivalent(x, prev->ve, m->vs)) {
      last->equiv = m;
      last->ve = m->ve;
    } else if (prev && last && last->money == prev && fx_ends_with(x, prev->vs, "from") &&
               fx_ends_with(x, m->vs, "to") && m->vs - prev->ve < 8) {
      /* "from $100 million to $500 million": the new total replaces the old */
      last->money = m;
      last->vs = m->vs;
      last->ve = m->ve;
      last->raised_to = 1;
    } else if (prev && prev_dropped && range_end(x, prev, m)) {
      /* "between $3 billion and $3.5 billion": both ends share a fate */
    } else if (!other_money(x, s, prev ? prev->ve : s->vs, m)) {
      add_figure(fs, m, NULL);
      prev_dropped = 0;
    } else {
      prev_dropped = 1;
    }
    prev = m;
  }
}

/* Words that end a figure's reach: what follows is another figure. */
static int breaks_figure(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const words[] = {
    "while", "lifting", "bringing", "raising", "taking", "of which", "whereas", NULL};
  if (fx_any(x, from, to, words)) return 1;
  for (size_t i = from; i < to; i++)
    if (x->t[i] == ';') return 1;
  return 0;
}

/* Is there a money or count mention strictly between 'from' and 'to'? */
static int figure_between(const ivl_fsent *s, size_t from, size_t to) {
  for (size_t i = 0; i < s->n; i++)
    if ((s->m[i].kind == FM_MONEY || s->m[i].kind == FM_COUNT) && s->m[i].vs >= from &&
        s->m[i].ve <= to)
      return 1;
  return 0;
}

/* "339 newly licensed projects" joins the amount after it ("... worth $1.56
** billion") or before it ("$3.4 billion in 22 newly licensed projects"). */
static figure *figure_for_count(const ivl_fctx *x, const ivl_fsent *s, figures *fs,
                                const ivl_fm *c) {
  for (size_t i = 0; i < fs->n; i++) {
    figure *f = &fs->f[i];
    if (f->count || !f->money) continue;
    if (c->ve <= f->vs && f->vs - c->ve <= 140 && !figure_between(s, c->ve, f->vs) &&
        !breaks_figure(x, c->ve, f->vs))
      return f;
    static const char *const joins[] = {"in", "into", "by", "across", "to", "for", "from", NULL};
    if (f->ve <= c->vs && c->vs - f->ve <= 24 && !figure_between(s, f->ve, c->vs) &&
        fx_any(x, f->ve, c->vs, joins))
      return f;
  }
  return NULL;
}

static void read_counts(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *c = &s->m[i];
    if (c->kind != FM_COUNT || !(c->flags & FM_PROJECTS)) continue;
    figure *f = figure_for_count(x, s, fs, c);
    if (f) {
      f->count = c;
      if (c->vs < f->vs) f->vs = c->vs;
      if (c->ve > f->ve) f->ve = c->ve;
    } else {
      add_figure(fs, NULL, c);
    }
  }
}

static int by_start(const void *pa, const void *pb) {
  const figure *a = pa, *b = pb;
  return a->vs < b->vs ? -1 : a->vs > b->vs;
}

static void set_clauses(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  static const char *const contrast[] = {"but", "whereas", "while", NULL};
  qsort(fs->f, fs->n, sizeof *fs->f, by_start);
  for (size_t i = 0; i < fs->n; i++) {
    fs->f[i].cs = i ? fs->f[i - 1].ve : s->vs;
    fs->f[i].ce = i + 1 < fs->n ? fs->f[i + 1].vs : s->ve;
    /* "Korea has the most projects, 105, but Hong Kong is the largest
    ** investor with $4.3 billion": the clause begins at the contrast */
    for (size_t at = fs->f[i].cs; (at = fx_first(x, at, fs->f[i].vs, contrast)) != FX_NONE; at++)
      fs->f[i].cs = (uint32_t)at;
  }
}

/* The figure a word at 'pos' is said of: the last one begun before it, else
** the first. */
static figure *figure_of(figures *fs, size_t pos) {
  figure *f = fs->n ? &fs->f[0] : NULL;
  for (size_t i = 0; i < fs->n; i++)
    if (fs->f[i].vs <= pos) f = &fs->f[i];
  return f;
}

/* }====================================================================== */

/* {======================================================================
** Polarity and modality: what is not a fact (GUIDELINES rule 13)
** ======================================================================= */

/* A locality's goal or forecast: "aims to attract", "is expected to draw". */
static int goal(const ivl_fctx *x, size_t from, size_t to) {
  return fx_any(x, from, to, ivl_lexicon(LEX_GOAL));
}

static int terminated(const ivl_fctx *x, size_t from, size_t to) {
  return fx_any(x, from, to, ivl_lexicon(LEX_TERMINATED));
}

/* The figure of a comparison: "higher than in 2023, when it drew $4.1
** billion", "compared with $2 billion", "up 12 per cent from $1 billion". */
static int comparison(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t from) {
  static const char *const change[] = {"up", "down", "higher", "lower", "increase*", "decrease*", "rise", "rose", "fell", NULL};
  if (fx_any(x, from, f->vs, ivl_lexicon(LEX_COMPARISON))) return 1;
  if (f->money && fx_ends_with(x, f->money->vs, "from")) {
    size_t back = f->money->vs > s->vs + 40 ? f->money->vs - 40 : s->vs;
    if (fx_any(x, back, f->money->vs, change)) return 1;
    for (size_t i = 0; i < s->n; i++)
      if (s->m[i].kind == FM_PERCENT && s->m[i].ve >= back && s->m[i].ve <= f->money->vs) return 1;
  }
  size_t end = f->ve + 30 < f->ce ? f->ve + 30 : f->ce;
  static const char *const after[] = {"a year earlier", "a year ago", "in the same period", "the previous year", NULL};
  return fx_any(x, f->ve, end, after);
}

static void mark_non_facts(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  for (size_t i = 0; i < fs->n; i++) {
    figure *f = &fs->f[i];
    size_t from = f->vs > f->cs + 90 ? f->vs - 90 : f->cs;
    size_t near = f->vs > f->cs + 50 ? f->vs - 50 : f->cs;
    /* "total capital of domestic and foreign projects": a total mixing
    ** both is neither Việt Nam's nor foreign investors' */
    static const char *const mixed[] = {
      "domestic and foreign", "foreign and domestic", "domestic and fdi", "fdi and domestic", NULL};
    f->not_fact = goal(x, from, f->vs) || terminated(x, from, f->ce) || comparison(x, s, f, near) ||
                  fx_any(x, from, f->ce, mixed);
  }
}

/* }====================================================================== */

/* {======================================================================
** Dates, shares and ranks
** ======================================================================= */

/* "since 1988", "the same period in 2019", "compared with 2023": another
** period than the figure's (GUIDELINES rule 14). */
static int baseline_date(const ivl_fctx *x, const ivl_fm *d) {
  static const char *const before[] = {
    "since", "from", "same period in", "same period of", "compared with", "compared to",
    "than in", "than", "versus", "over", "against", NULL};
  for (int k = 0; before[k]; k++)
    if (fx_ends_with(x, d->vs, before[k])) return 1;
  /* "between January and April", "scheduled for 2026-2027": the range's end
  ** is the figure's date */
  if (fx_ends_with(x, d->vs, "between")) return 1;
  size_t e = d->ve;
  if (e < x->a->view.len && (x->t[e] == '-' || (unsigned char)x->t[e] == 0xE2)) {
    for (size_t i = 0; i < x->nm; i++)
      if (x->m[i].kind == FM_DATE && x->m[i].vs > e && x->m[i].vs <= e + 4) return 1;
  }
  /* "Since it licensed its first project in 1993, ...": inside a clause
  ** that opens with "since" */
  size_t back = d->vs > 80 ? d->vs - 80 : 0;
  size_t since = fx_find(x, back, d->vs, "since");
  if (since != FX_NONE) {
    size_t i = since;
    while (i < d->vs && x->t[i] != ',' && x->t[i] != ';') i++;
    if (i == d->vs) return 1;
  }
  return 0;
}

static void bind_dates(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *d = &s->m[i];
    if (d->kind != FM_DATE || !d->value_s || baseline_date(x, d)) continue;
    figure *f = figure_of(fs, d->vs);
    if (!f) continue;
    /* the figure's own period wins over the day of another event ("which
    ** absorbed X on July 1, licensed ... in the first nine months of 2025") */
    size_t dist = (d->vs >= f->ve ? d->vs - f->ve : f->vs - d->ve) + (fx_ends_with(x, d->vs, "on") ? 1000 : 0);
    size_t old = !f->date ? (size_t)-1
                 : (f->date->vs >= f->ve ? f->date->vs - f->ve : f->vs - f->date->ve) +
                       (fx_ends_with(x, f->date->vs, "on") ? 1000 : 0);
    if (dist < old) f->date = d;
  }
  /* a figure with no date of its own takes the one stated before it; when
  ** the sentence states one date only, every figure of it has that date */
  for (size_t i = 1; i < fs->n; i++)
    if (!fs->f[i].date) fs->f[i].date = fs->f[i - 1].date;
  const ivl_fm *only = NULL;
  int dates = 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_DATE && s->m[i].value_s && !baseline_date(x, &s->m[i])) only = &s->m[i], dates++;
  for (size_t i = 0; i < fs->n && dates == 1; i++)
    if (!fs->f[i].date) fs->f[i].date = only;
}

/* "17.21 per cent of the total investment capital registered in the
** locality": a share of the target's total, not of a park's, the nation's
** or a plan. */
static int is_share(const ivl_fctx *x, const ivl_fm *p, size_t limit) {
  static const char *const whole[] = {"capital", "invest*", "fdi", "total", NULL};
  static const char *const other[] = {
    "national", "nationwide", "country's", "park's", "zone's", "plan", "number", "target",
    "projects", "gdp", "export*", NULL};
  if (!fx_starts_with(x, p->ve, "of")) return 0;
  size_t end = p->ve + 60 < limit ? p->ve + 60 : limit;
  return fx_any(x, p->ve, end, whole) && !fx_any(x, p->ve, end, other);
}

static void bind_shares(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *p = &s->m[i];
    if (p->kind != FM_PERCENT) continue;
    figure *f = figure_of(fs, p->vs);
    if (f && !f->share && p->vs >= f->ve && is_share(x, p, s->ve)) {
      f->share = p;
      continue;
    }
    /* "Korean investors accounted for 46.5 per cent of the total, with $512
    ** million": a share said just before the figure in its clause */
    for (size_t k = 0; k < fs->n; k++) {
      figure *g = &fs->f[k];
      if (!g->share && p->ve <= g->vs && p->vs >= g->cs && g->vs - p->ve <= 40 && is_share(x, p, g->vs))
        g->share = p;
    }
  }
}

/* "third largest foreign investor", "the leading investor": a position
** among investors. Not "among the top five", not "one of the largest". */
static int rank_at_superlative(const ivl_fctx *x, size_t at, size_t end, size_t sent_end) {
  if (fx_ends_with(x, at, "one of the") || fx_ends_with(x, at, "among the")) return 0;
  size_t limit = end + 30 < sent_end ? end + 30 : sent_end;
  /* "largest investor", "biggest source of FDI" */
  size_t who = fx_find(x, end, limit, "investor*");
  if (who == FX_NONE) who = fx_find(x, end, limit, "source*");
  if (who == FX_NONE) return 0;
  if (fx_find(x, end, limit, "project*") != FX_NONE && fx_find(x, end, limit, "project*") < who) return 0;
  /* an ordinal just before: "third largest", "second-largest" */
  size_t p = at;
  while (p > 0 && (x->t[p - 1] == ' ' || x->t[p - 1] == '-')) p--;
  size_t w = p;
  while (w > 0 && ivl_isalnum((unsigned char)x->t[w - 1])) w--;
  size_t oend;
  int ord = w < p ? fx_ordinal_at(x, w, &oend) : 0;
  return ord && oend == p ? ord : 1;
}

/* "ranks first among ... countries", "ranking second among investors ... by
** capital": where the ranking depends on the measure, by capital. */
static int rank_after_verb(const ivl_fctx *x, size_t end, const ivl_fsent *s) {
  static const char *const among[] = {"investor*", "countries", "territories", NULL};
  if (!fx_any(x, end, s->ve, among)) return 0;
  size_t oend;
  int ord = fx_ordinal_at(x, end, &oend);
  if (!ord) return 0;
  /* a second ordinal said to be "by capital" wins */
  for (size_t at = end; (at = fx_find(x, at, s->ve, "by")) != FX_NONE; at++) {
    size_t lim = at + 30 < s->ve ? at + 30 : s->ve;
    if (fx_find(x, at, lim, "capital") == FX_NONE) continue;
    size_t w = at;
    while (w > s->vs && x->t[w - 1] == ' ') w--;
    while (w > s->vs && ivl_isalnum((unsigned char)x->t[w - 1])) w--;
    size_t e2;
    int ord2 = fx_ordinal_at(x, w, &e2);
    if (ord2) return ord2;
  }
  return ord;
}

/* "came second", "ranks fifth among", "the Chinese mainland second with":
** an ordinal that places an investor, in t[from, to). Not "the first nine
** months", "the second phase", "its third project". */
static int placing_ordinal(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const before[] = {
    "came", "comes", "was", "is", "ranked", "ranks", "ranking", "placed", "stood", "stands",
    "finished", NULL};
  static const char *const after[] = {"with", "among", "place", "position", "by", NULL};
  for (size_t i = from; i < to; i++) {
    if (i > from && ivl_isalnum((unsigned char)x->t[i - 1])) continue;
    size_t end;
    int ord = fx_ordinal_at(x, i, &end);
    if (!ord || end > to) continue;
    int placed = 0;
    for (int k = 0; before[k] && !placed; k++) placed = fx_ends_with(x, i, before[k]);
    /* "was first licensed", "is second to none": a verb after is no place */
    size_t w = end;
    while (w < to && x->t[w] == ' ') w++;
    if (placed && w < to && ivl_islower((unsigned char)x->t[w])) {
      static const char *const ok[] = {"with", "among", "place", "position", "by", "in", "largest",
                                       "biggest", "nationwide", "overall", "and", NULL};
      int fine = 0;
      for (int k = 0; ok[k] && !fine; k++) fine = fx_starts_with(x, w, ok[k]);
      placed = fine;
    }
    for (int k = 0; after[k] && !placed; k++) placed = fx_starts_with(x, end, after[k]);
    if (!placed && (end >= to || fx_only(x, end, to, ",("))) placed = 1;
    if (placed) return ord;
    i = end;
  }
  return 0;
}

/* "China led with ...", "topped the list", "leading at": the head of a
** ranked list. */
static int leads_list(const ivl_fctx *x, size_t from, size_t to) {
  return fx_any(x, from, to, ivl_lexicon(LEX_LEADS));
}

/* "followed by", "ahead of": the list goes on, one place down per figure. */
static int list_goes_on(const ivl_fctx *x, size_t from, size_t to) {
  return fx_any(x, from, to, ivl_lexicon(LEX_GOES_ON));
}

/* Only list punctuation and "and" between two figures' investors. */
static int list_joiner(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const words[] = {"and", "with", "of", "in", NULL};
  if (to < from || to - from > 60) return 0;
  for (size_t i = from; i < to;) {
    unsigned char c = (unsigned char)x->t[i];
    if (!ivl_isalpha(c) && c < 0x80) { i++; continue; }
    size_t j = i;
    while (j < to && (ivl_isalpha((unsigned char)x->t[j]) || (unsigned char)x->t[j] >= 0x80)) j++;
    /* capitalised words are the next investor's name ("Đồng Nai": a
    ** letter beyond ASCII opens a name in English text) */
    int known = ivl_isupper(c) || c >= 0x80;
    for (int k = 0; words[k] && !known; k++) known = fx_find(x, i, j, words[k]) == i;
    known |= fx_find(x, i, j, "the") == i;
    if (!known) return 0;
    i = j;
  }
  return 1;
}

static void bind_ranks(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  static const char *const superlatives[] = {"largest", "biggest", "leading", NULL};
  for (int k = 0; superlatives[k]; k++)
    for (size_t at = s->vs; (at = fx_find(x, at, s->ve, superlatives[k])) != FX_NONE; at++) {
      int r = rank_at_superlative(x, at, at + strlen(superlatives[k]), s->ve);
      figure *f = r ? figure_of(fs, at) : NULL;
      if (f && !f->rank) f->rank = r, f->position = 1;
    }
  for (size_t at = s->vs; (at = fx_find(x, at, s->ve, "rank*")) != FX_NONE; at++) {
    size_t end = at;
    while (end < s->ve && ivl_isalpha((unsigned char)x->t[end])) end++;
    int r = rank_after_verb(x, end, s);
    figure *f = r ? figure_of(fs, at) : NULL;
    if (f && !f->rank) f->rank = r;
  }
  /* a ranked list: its head, the places stated, and one place down per
  ** figure once the list goes on ("followed by Y ... and Z") */
  int going_on = 0;
  for (size_t i = 0; i < fs->n; i++) {
    figure *f = &fs->f[i];
    if (!f->rank) f->rank = placing_ordinal(x, f->cs, f->vs);
    if (!f->rank && leads_list(x, f->cs, f->vs)) f->rank = 1;
    if (i == 0 || f->rank) {
      going_on = 0;
      continue;
    }
    figure *p = &fs->f[i - 1];
    if (list_goes_on(x, f->cs, f->vs)) {
      going_on = 1;
      /* "Korean investors contributed $512 million, followed by China
      ** ($305 million)": what the list follows is its head */
      if (!p->rank && i == 1) p->rank = 1;
    }
    else if (going_on && !list_joiner(x, f->cs, f->vs)) going_on = 0;
    if (going_on && p->rank) f->rank = p->rank + 1, f->listed = 1;
  }
  /* "Korean investors contributed $612 million, while Japan came second":
  ** the one before the second place is the first */
  for (size_t i = 0; i + 1 < fs->n; i++)
    if (!fs->f[i].rank && fs->f[i + 1].rank == 2 && !fs->f[i + 1].listed) {
      fs->f[i].rank = 1;
      fs->f[i + 1].listed = 1;
    }
}

/* }====================================================================== */

/* {======================================================================
** Who invested, and where
** ======================================================================= */

typedef struct party {
  const char *name;     /* a canonical place, a country code, an org's name, "*" */
  const ivl_fm *m;      /* the mention, or NULL */
  int vn;               /* in Việt Nam */
  int described;        /* a company described, not named: "a Japanese firm" */
} party;

/* "the South Korean company": the company the article is about, not Korea. */
static int anaphoric_demonym(const ivl_fctx *x, const ivl_fm *m) {
  return fx_describes_company(x, m) && fx_ends_with(x, m->vs, "the");
}

/* The first investor named in t[from, to): companies before countries
** ("US-based Amkor Technology", "Taiwan's Foxconn"). */
static const ivl_fm *first_investor(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to,
                                    int vn_target) {
  const ivl_fm *country = NULL;
  size_t examples = fx_find(x, from, to, "including");
  if (examples != FX_NONE) to = examples;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < from || m->ve > to || !fx_can_invest(x, m, vn_target)) continue;
    if (m->kind == FM_ORG) return m;
    if (!country) country = m;
  }
  return country;
}

static const ivl_fm *last_investor(const ivl_fctx *x, const ivl_fsent *s, size_t to, int vn_target) {
  const ivl_fm *found = NULL, *company = NULL;
  for (size_t i = 0; i < s->n && s->m[i].ve <= to; i++)
    if (fx_can_invest(x, &s->m[i], vn_target)) {
      found = &s->m[i];
      if (found->kind == FM_ORG) company = found;
    }
  return company ? company : found;
}

static party investor_party(const ivl_fctx *x, const ivl_fm *m) {
  if (anaphoric_demonym(x, m) && x->c.company) m = x->c.company;
  /* "an Osaka-based firm": a company of the place's country */
  const char *name = m->kind == FM_PLACE ? m->country : m->party;
  return (party){name, m, (m->flags & FM_VN) != 0, fx_describes_company(x, m)};
}

static party topic(const ivl_fm *m) { return (party){m->party, m, (m->flags & FM_VN) != 0, 0}; }

/* "The company is seeking ...", "its investment", "The third, capitalised
** at ...": the investor the article was just speaking of. */
static const ivl_fm *anaphor_before(const ivl_fctx *x, const ivl_fsent *s, size_t to) {
  static const char *const openers[] = {
    "the first", "the second", "the third", "project", "plant", "factory", "facility", NULL};
  if (x->c.company && fx_any(x, s->vs, to, company_anaphors)) return x->c.company;
  /* "The third, capitalised at ...", "The Hải Phòng project was first ..." */
  size_t head = s->vs + 40 < to ? s->vs + 40 : to;
  if (x->c.company && fx_find(x, s->vs, head, "the") == s->vs && fx_any(x, s->vs, head, openers))
    return x->c.company;
  if (x->c.investor && x->c.subject_is_investor &&
      (fx_find(x, s->vs, to, "its") != FX_NONE || fx_find(x, s->vs, to, "it") != FX_NONE))
    return x->c.investor;
  return NULL;
}

/* Is the sentence about a place ("Bắc Ninh ranked ...", "In 2015 it
** topped ...")? Then what comes after the figure is not its investor. */
static int place_is_subject(const ivl_fctx *x, const ivl_fsent *s, size_t to) {
  for (size_t i = 0; i < s->n && s->m[i].vs < to; i++) {
    if (s->m[i].kind == FM_PLACE) return 1;
    if (fx_can_invest(x, &s->m[i], 1)) return 0;
  }
  return !x->c.subject_is_investor && fx_find(x, s->vs, to, "it") != FX_NONE;
}

/* No investor named: foreign investors in aggregate when FDI is spoken of. */
static party unnamed_investor(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const foreign[] = {"foreign*", "fdi", "overseas", NULL};
  party none = {NULL, NULL, 0, 0};
  int said = fx_any(x, s->vs, s->ve, foreign);
  /* "HCM City licenses $1.1 billion in chip projects": projects licensed
  ** with no investor named are foreign capital in aggregate; domestic ones
  ** say so and go to Việt Nam (rule 12) */
  int licensed = fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_LICENSING)) && fx_find(x, s->vs, s->ve, "project*") != FX_NONE;
  if (!said && !licensed && x->c.fdi_age > 4) return none;
  /* "170 projects ... of which 46 foreign-invested": the whole is not FDI */
  /* but "$1 billion in A, $690 million in B" goes on with the first, and
  ** "Of the total, ..." breaks down the FDI just stated */
  int part = x->c.invest_age == 0 && opens_breakdown(x, s);
  /* the foreign cue is said of this figure or of one before it in the
  ** sentence ("licensed 28 FDI projects with $397 million and allowed 23
  ** projects to add $235.8 million") */
  /* figures paired "respectively" share the sentence's words */
  size_t to = f->target_as || f->investor_as ? s->ve : f->ce;
  if (said && !part && !fx_any(x, s->vs, to, foreign) &&
      !(f->cs > s->vs && list_joiner(x, f->cs, f->vs)))
    return none;
  return (party){"*", NULL, 0, 0};
}

/* "$2.2 billion in FDI ..., with Singapore, Japan and China as the top
** sources": the sources of a total named after it are not its investor. */
/* "..., with Laos and Singapore the top destinations" */
static int listed_with_role(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const char *const *roles) {
  return fx_find(x, f->ve, f->ce, "with") != FX_NONE && fx_any(x, f->ve, s->ve, roles);
}

static const char *const top_roles[] = {
  "the top", "the main", "the largest", "the leading", "the biggest", "its top", "its main", "its largest",
  "its leading", "its biggest", NULL};

static int sources_listed(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const roles[] = {
    "the top", "the main", "the largest", "the leading", "the biggest", "its top", "its main", "its largest",
    "its leading", "its biggest", NULL};
  if (listed_with_role(x, s, f, roles)) return 1;
  /* "The six projects, worth $740 million, come from Singapore, Korea and
  ** Japan": several investors of one total: foreign investors at large */
  int named = 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < f->ve || m->ve > f->ce || m->kind != FM_COUNTRY) continue;
    /* not the reference points of a rank: "after China and Thailand" */
    size_t back = m->vs > f->ve + 30 ? m->vs - 30 : f->ve;
    if (fx_any(x, back, m->vs, (const char *const[]){"after", "behind", "than", "only to", NULL})) continue;
    named++;
  }
  return named > 1;
}

/* The investor of figure f: named before it in its clause (or inside it:
** "45 Korean projects"), else the one referred to ("the company"), else
** named after it, else before its clause, else foreign investors at large. */
/* "a $210 million tyre plant of China's Jiangnan Tyre Co., Ltd", "a data
** centre by Marina Bay Data Holdings": the company whose project it is,
** named after the figure with "of" or "by" (a country's possessive between). */
static const ivl_fm *owner_after(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  size_t to = f->ve + 90 < f->ce ? f->ve + 90 : f->ce;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < f->ve || m->ve > to || m->kind != FM_ORG || !(m->flags & FM_COMPANY)) continue;
    size_t at = m->vs;
    /* over "China's " */
    for (size_t j = 0; j < i; j++)
      if (s->m[j].kind == FM_COUNTRY && s->m[j].ve + fx_possessive(x, &s->m[j]) + 1 >= m->vs &&
          s->m[j].vs >= f->ve && fx_possessive(x, &s->m[j]))
        at = s->m[j].vs;
    if (fx_ends_with(x, at, "of") || fx_ends_with(x, at, "by")) return m;
    return NULL;
  }
  return NULL;
}

static party find_investor(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target) {
  if (f->investor_as) return investor_party(x, f->investor_as);
  const ivl_fm *owner = owner_after(x, s, f);
  if (owner && !first_investor(x, s, f->cs, f->vs, vn_target)) return investor_party(x, owner);
  const ivl_fm *m = first_investor(x, s, f->cs, f->ve, vn_target);
  if (m) return investor_party(x, m);
  /* "it slipped to seventh place nationwide with $1.76 billion": a ranking of
  ** localities, whose figures are everyone's FDI */
  if (fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_LOCALITIES))) return (party){"*", NULL, 0, 0};
  m = anaphor_before(x, s, f->vs);
  if (m) return topic(m);
  if (!place_is_subject(x, s, f->vs) && !sources_listed(x, s, f)) m = first_investor(x, s, f->ve, f->ce, vn_target);
  if (!m) m = last_investor(x, s, f->cs, vn_target);
  if (m) return investor_party(x, m);
  party p = unnamed_investor(x, s, f);
  if (p.name) return p;
  m = anaphor_before(x, s, s->ve);
  return m ? topic(m) : p;
}

/* "Japan is Thanh Hóa's largest investor ... the province's total": the
** province named last before 'at' in the sentence, else the article's. */
static const char *province_before(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  const char *found = x->c.province;
  for (size_t i = 0; i < s->n && s->m[i].ve <= at; i++)
    if (s->m[i].kind == FM_PLACE && (s->m[i].flags & FM_VN) && s->m[i].province)
      found = s->m[i].province;
  return found;
}

/* "second only to HCM City", "behind only Quảng Ninh", "after Hà Nội": the
** reference point of a rank, not where the money went. */
static int reference_point(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const before[] = {"only to", "behind", "after", "behind only", "than", "trailing", NULL};
  for (int k = 0; before[k]; k++)
    if (fx_ends_with(x, m->vs, before[k])) return 1;
  return 0;
}

/* "Since the merger with Bình Dương on July 1, the city's parks have
** attracted ...": a place in an opening clause of time is not the target. */
static int in_opening_clause(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const openers[] = {"since", "after", "following", "before", "until", NULL};
  size_t open = fx_first(x, s->vs, s->vs + 12 < s->ve ? s->vs + 12 : s->ve, openers);
  if (open != s->vs) return 0;
  for (size_t i = s->vs; i < m->vs; i++)
    if (x->t[i] == ',') return 0;
  return 1;
}

/* "Vietnam attracted US$15.19 billion ...": the country opens the sentence
** as its subject (not "Việt Nam's Bình Dương"). */
static int subject_country(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  return m->vs == s->vs && !fx_possessive(x, m);
}

/* A place in Việt Nam a figure is about, nearest to it: a province, a
** zone's province, Việt Nam after "in", "the province". */
static party vn_target_near(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to,
                            const figure *f) {
  static const char *const province_words[] = {
    "the province", "the city", "the locality", "the province's", "the city's", "the merged province",
    "the new province", "the enlarged province", "the merged city", "the enlarged city", NULL};
  party best = {NULL, NULL, 1, 0};
  size_t best_dist = (size_t)-1;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < from || m->ve > to || reference_point(x, m) || in_opening_clause(x, s, m)) continue;
    /* "a Bình Phước-based firm": where the company is from, not where the
    ** money goes */
    if (fx_starts_with(x, m->ve, "-based") && m->vs < f->vs) continue;
    const char *name = NULL;
    if (m->kind == FM_PLACE && (m->flags & FM_VN) && m->province) name = m->province;
    if (m->kind == FM_COUNTRY && (m->flags & FM_VN) && !(m->flags & FM_DEMONYM) &&
        (fx_ends_with(x, m->vs, "in") || fx_ends_with(x, m->vs, "into") ||
         fx_ends_with(x, m->vs, "to") || subject_country(x, s, m)))
      name = "VN";
    if (!name) continue;
    size_t d = m->vs >= f->ve ? m->vs - f->ve : f->vs - m->ve;
    if (d < best_dist) best = (party){name, m, 1, 0}, best_dist = d;
  }
  for (int k = 0; province_words[k]; k++) {
    size_t at = fx_find(x, from, to, province_words[k]);
    const char *province = at == FX_NONE ? NULL : province_before(x, s, at);
    if (!province) continue;
    size_t d = at >= f->ve ? at - f->ve : f->vs - at;
    if (d < best_dist) best = (party){province, NULL, 1, 0}, best_dist = d;
  }
  /* "Nationwide, foreign investors registered ...": the country (not "the
  ** top ten localities nationwide", a ranking of localities) */
  static const char *const country_words[] = {"nationwide", "across the country", "the whole country", NULL};
  if (!best.name && (fx_first(x, s->vs, s->ve, country_words) == s->vs ||
                     fx_find(x, from, to, "across the country") != FX_NONE))
    best = (party){"VN", NULL, 1, 0};
  return best;
}

static party find_target(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  if (f->target_as) return (party){f->target_as->province, f->target_as, 1, 0};
  /* "$690 million in Dong Nai": the place right after the figure */
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < f->ve || m->vs > f->ve + 8) continue;
    if (m->kind == FM_PLACE && (m->flags & FM_VN) && m->province &&
        (fx_ends_with(x, m->vs, "in") || fx_ends_with(x, m->vs, "into")))
      return (party){m->province, m, 1, 0};
    break;
  }
  party p = vn_target_near(x, s, f->cs, f->ce, f);
  if (!p.name) p = vn_target_near(x, s, s->vs, s->ve, f);
  return p;
}

/* }====================================================================== */

/* {======================================================================
** Storing
** ======================================================================= */

/* {======================================================================
** Flow or stock (GUIDELINES rule 15)
** ======================================================================= */

/* Decided from the nearest evidence outwards: the words that tie the figure
** to its verb ("raised by", "bringing ... to"), then cumulative wording in
** the sentence, then the period it is said of, then the tense of its verb. */

/* "raised its capital by $540 million", "added $180 million", "new projects". */
static int flow_at_figure(const ivl_fctx *x, const figure *f) {
  if (f->money && fx_ends_with(x, f->money->vs, "by")) return 1;
  size_t from = f->cs + 60 < f->vs ? f->vs - 60 : f->cs;
  return fx_any(x, from, f->ve, ivl_lexicon(LEX_NEW_CAPITAL));
}

/* "bringing total investment to $1.6 billion", "from $86.4 million to $120
** million": the total an increase brings it to. */
static int stock_at_figure(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const words[] = {
    "bringing", "lifting", "raising", "taking", "brought", "lift*", "raised", "rais*",
    "increas*", "boost*", "expand*", NULL};
  static const char *const to[] = {
    "to", "to more than", "to over", "to nearly", "to about", "to almost", "to around", "to some",
    "to just over", "to roughly", "to approximately", NULL};
  if (f->raised_to) return 1;
  int to_it = 0;
  for (int k = 0; f->money && to[k] && !to_it; k++) to_it = fx_ends_with(x, f->money->vs, to[k]);
  if (!to_it) return 0;
  size_t from = s->vs + 100 < f->vs ? f->vs - 100 : s->vs;
  /* "lifting total FDI for the period to ...": the period's total, a flow */
  if (fx_any(x, from, f->vs, (const char *const[]){"for the period", "for the year", "for the quarter", NULL}))
    return 0;
  return fx_any(x, from, f->vs, words) || fx_find(x, from, f->vs, "total") != FX_NONE;
}

/* A start year ("since 1988", "from 1993 to date") marks a running total. */
static int since_year(const ivl_fctx *x, const ivl_fsent *s) {
  /* "the highest ten-month figure since 2019" is a record, not a start */
  static const char *const record[] = {"highest", "lowest", "largest", "biggest", "best", "strongest", NULL};
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_DATE && fx_ends_with(x, s->m[i].vs, "since") &&
        fx_any(x, s->m[i].vs > s->vs + 40 ? s->m[i].vs - 40 : s->vs, s->m[i].vs, record))
      return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_DATE && s->m[i].value_s && strlen(s->m[i].value_s) == 4 &&
        (fx_ends_with(x, s->m[i].vs, "since") ||
         (fx_ends_with(x, s->m[i].vs, "from") &&
          (fx_starts_with(x, s->m[i].ve, "to date") || fx_starts_with(x, s->m[i].ve, "to now") ||
           fx_starts_with(x, s->m[i].ve, "until now")))))
      return 1;
  return 0;
}

static int cumulative(const ivl_fctx *x, const ivl_fsent *s) {
  if (fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_CUMULATIVE)) || since_year(x, s)) return 1;
  /* "By 2017, ...", "by the end of 2022": a total reached by then; not in
  ** a plan ("planned to invest ... in a centre employing 300 by 2026") */
  static const char *const plans[] = {"plan*", "will", "would", "expect*", "intend*", "aim*", "to be", NULL};
  if (fx_any(x, s->vs, s->ve, plans)) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_DATE && (fx_ends_with(x, s->m[i].vs, "by") || fx_ends_with(x, s->m[i].vs, "by the end of")))
      return 1;
  return 0;
}

/* "in the first nine months", "in Q1/2025", "last year", "in 2024": the
** figure is what came in over a period. */
static int over_period(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  if (fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_PERIOD))) return 1;
  const ivl_fm *d = f->date;
  return d && d->value_s && strlen(d->value_s) <= 7 && !fx_ends_with(x, d->vs, "end of") &&
         (fx_ends_with(x, d->vs, "in") || fx_ends_with(x, d->vs, "of"));
}

/* "has 14 projects", "is the largest investor", "ranks fifth", "leads":
** a standing position, said in the present. */
static int standing(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  /* "investment in Việt Nam totals $2 billion across 600 projects": the sum
  ** of many projects to date; one project's capital "totals" at licensing */
  if (fx_any(x, f->cs, f->ve + 60 < f->ce ? f->ve + 60 : f->ce, (const char *const[]){"totals", "amounts to", NULL})) {
    for (size_t i = 0; i < s->n; i++)
      if (s->m[i].kind == FM_COUNT && (s->m[i].flags & FM_PROJECTS) && s->m[i].value > 1) return 1;
    if (fx_find(x, s->vs, s->ve, "across") != FX_NONE) return 1;
  }
  /* "Major investors in X include ...": a standing list */
  size_t inv = fx_find(x, s->vs, f->vs, "investors");
  if (inv != FX_NONE && fx_any(x, inv, inv + 50 < f->vs ? inv + 50 : f->vs,
                               (const char *const[]){"include", "includes", "are", NULL}))
    return 1;
  static const char *const verbs[] = {
    "has", "have", "had", "is", "are", "ranks", "leads", "lead", "remains", "remain", "holds", "hold", NULL};
  if (fx_any(x, f->cs, f->vs, ivl_lexicon(LEX_HOLDING))) return 1;
  /* a position or a holding of an investor named before the verb; not "is
  ** investing", "has started", "the largest project is" */
  for (int k = 0; verbs[k]; k++) {
    size_t at = fx_find(x, f->cs, f->vs, verbs[k]);
    if (at == FX_NONE) continue;
    size_t end = at + strlen(verbs[k]), w = end;
    while (w < f->vs && x->t[w] == ' ') w++;
    size_t we = w;
    while (we < f->vs && ivl_isalpha((unsigned char)x->t[we])) we++;
    int verb_follows = we - w > 3 && (memcmp(x->t + we - 3, "ing", 3) == 0 ||
                                      memcmp(x->t + we - 2, "ed", 2) == 0);
    if (verb_follows || fx_starts_with(x, end, "to") || fx_starts_with(x, end, "set") ||
        fx_starts_with(x, end, "begun") || fx_starts_with(x, end, "been"))
      continue;
    for (size_t i = 0; i < s->n && s->m[i].ve <= at; i++)
      if (s->m[i].vs >= f->cs && fx_can_invest(x, &s->m[i], 1)) return 1;
    if (x->c.company && fx_any(x, f->cs, at, (const char *const[]){"the company", "the group", "it", NULL}))
      return 1;
  }
  return 0;
}

static int is_stock(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  if (stock_at_figure(x, s, f)) return !over_period(x, s, f) || f->raised_to;
  if (flow_at_figure(x, f)) return 0;
  if (cumulative(x, s)) return 1;
  if (over_period(x, s, f)) return 0;
  return f->position || standing(x, s, f);
}

/* }====================================================================== */

/* "That year", "At the time", "by then": the date said before. */
static const ivl_fm *time_anaphor(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const words[] = {
    "that year", "the same year", "at the time", "at that time", "by then", NULL};
  const ivl_fm *d = x->c.last_date;
  if (!d || !d->value_s || strlen(d->value_s) < 4 || !ivl_isdigit((unsigned char)d->value_s[0])) return NULL;
  return fx_any(x, s->vs, s->ve, words) ? d : NULL;
}

static void store_amount(ivl_fctx *x, const figure *f) {
  const ivl_fm *m = f->money;
  if (!m) return;
  fx_num(x, IVL_SYM_AMOUNT, m->value);
  fx_str(x, IVL_SYM_CURRENCY, m->value_s);
  if (m->value_s && strcmp(m->value_s, "USD") == 0) fx_num(x, IVL_SYM_AMOUNT_USD, m->value);
  else if (f->equiv && f->equiv->value_s && strcmp(f->equiv->value_s, "USD") == 0)
    fx_num(x, IVL_SYM_AMOUNT_USD, f->equiv->value);
  fx_ref(x, m);
  fx_ref(x, f->equiv);
}

/* {======================================================================
** A total and its parts
** ======================================================================= */

/* "Of the total, 182 new projects ...", "..., of which $480 million came
** from new projects", "The figure comprised ...": the figure breaks down a
** total stated just before. */
static int breaks_down(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  if (opens_breakdown(x, s)) return 1;
  /* "Newly registered capital accounted for $620 million, while existing
  ** projects added $410 million", and "Foreign investors also spent ..."
  ** right after */
  if (fx_any(x, s->vs, s->ve, shares_of_total)) return 1;
  if (x->c.parts_age == 1 && fx_find(x, s->vs, s->ve, "also") != FX_NONE) return 1;
  return fx_find(x, f->cs, f->vs, "of which") != FX_NONE;
}

static const char *fact_str(const ivl_store *st, size_t i, int key) {
  const ivl_field *f = ivl_store_field(st, &st->ents[i], key);
  return f && f->kind == IVL_FIELD_STR ? ivl_store_string(st, f) : "";
}

/* The amount of the total (a flow, same investor, target and currency,
** larger, stated in this sentence or the two before) that figure 'f' is a
** part of; 0 when it is none. Sums count the total, not its parts again. */
static double part_of_total(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const char *inv,
                            const char *tgt) {
  if (!f->money || f->stock || !breaks_down(x, s, f)) return 0;
  size_t first = s->index >= 2 ? s->index - 2 : 0;
  uint32_t from = (uint32_t)x->a->sentences.items[first].start;
  const ivl_store *st = x->out;
  for (size_t i = st->n; i-- > 0;) {
    const ivl_entity *e = &st->ents[i];
    if (e->vstart < from) break;
    const ivl_field *a = ivl_store_field(st, e, IVL_SYM_AMOUNT);
    if (e->rule == IVL_STORE_DROPPED) continue;
    /* the total, not a sibling part; in the part's currency, or in US$ when
    ** the part states its equivalent ("VNĐ10.2 trillion (about $410 million)") */
    if (e->type != IVL_SYM_INVESTMENT || !a || a->kind != IVL_FIELD_NUM || ivl_store_field(st, e, IVL_SYM_PART_OF) ||
        strcmp(fact_str(st, i, IVL_SYM_BASIS), "flow") != 0 || strcmp(fact_str(st, i, IVL_SYM_INVESTOR), inv) != 0 ||
        strcmp(fact_str(st, i, IVL_SYM_TARGET), tgt) != 0)
      continue;
    const char *cur = fact_str(st, i, IVL_SYM_CURRENCY);
    double part = -1;
    if (f->money->value_s && strcmp(cur, f->money->value_s) == 0) part = f->money->value;
    else if (strcmp(cur, "USD") == 0 && f->equiv && f->equiv->value_s && strcmp(f->equiv->value_s, "USD") == 0)
      part = f->equiv->value;
    if (part < 0 || a->v.num <= part) continue;
    /* of the same period: a part dated otherwise belongs to another total */
    const char *when = fact_str(st, i, IVL_SYM_AS_OF);
    if (f->date && f->date->value_s && *when && strcmp(when, f->date->value_s) != 0) continue;
    return a->v.num;
  }
  return 0;
}

/* "Bắc Giang licensed a $120 million plant. The project brought the
** province's FDI for the two months to $450 million": the figures said just
** before, of the same place, are parts of the period's total they bring it
** to. They are stored again with part_of (facts are append-only), the old
** copies dropped by the settle step. */
static void parts_brought_to(ivl_fctx *x, const ivl_fsent *s, const figure *f, const char *tgt) {
  static const char *const back[] = {"the project", "this", "the investment", "the deal", "it", "these", NULL};
  static const char *const brought[] = {"brought", "bringing", "lifting", "lifted", "raising", "pushed", NULL};
  if (!f->money || f->stock || !fx_any(x, s->vs, f->vs, brought) || !fx_any(x, s->vs, f->vs, back) ||
      !stock_at_figure(x, s, f))
    return;
  ivl_store *st = x->out;
  size_t first = s->index >= 2 ? s->index - 2 : 0;
  uint32_t from = (uint32_t)x->a->sentences.items[first].start;
  size_t n = st->n;
  for (size_t i = 0; i < n; i++) {
    ivl_entity e = st->ents[i];
    const ivl_field *a = ivl_store_field(st, &e, IVL_SYM_AMOUNT);
    if (e.vstart < from || e.vstart >= s->vs || e.rule == IVL_STORE_DROPPED || e.type != IVL_SYM_INVESTMENT ||
        !a || a->kind != IVL_FIELD_NUM || a->v.num >= f->money->value || ivl_store_field(st, &e, IVL_SYM_PART_OF) ||
        strcmp(fact_str(st, i, IVL_SYM_TARGET), tgt) != 0 || strcmp(fact_str(st, i, IVL_SYM_BASIS), "flow") != 0 ||
        strcmp(fact_str(st, i, IVL_SYM_CURRENCY), f->money->value_s ? f->money->value_s : "") != 0)
      continue;
    if (ivl_store_begin(st, e.type, e.rule, e.vstart, e.vend, e.start, e.end)) {
      x->failed = 1;
      return;
    }
    for (uint32_t k = 0; k < e.nfields; k++)
      if (ivl_store_copy_field(st, &st->fields[e.field0 + k])) x->failed = 1;
    fx_num(x, IVL_SYM_PART_OF, f->money->value);
    st->ents[i].rule = IVL_STORE_DROPPED;
  }
}

/* }====================================================================== */

static void store_figure(ivl_fctx *x, const ivl_fsent *s, const figure *f, party inv, party tgt) {
  double total = part_of_total(x, s, f, inv.name, tgt.name);
  parts_brought_to(x, s, f, tgt.name);
  if (!fx_begin(x, s, IVL_SYM_INVESTMENT)) return;
  if (total > 0) {
    fx_num(x, IVL_SYM_PART_OF, total);
    x->c.parts_age = 0;
  }
  fx_str(x, IVL_SYM_INVESTOR, inv.name);
  fx_str(x, IVL_SYM_TARGET, tgt.name);
  fx_ref(x, inv.m);
  fx_ref(x, tgt.m);
  store_amount(x, f);
  if (f->count) {
    fx_num(x, IVL_SYM_PROJECTS, f->count->value);
    fx_ref(x, f->count);
  }
  if (f->share) {
    fx_num(x, IVL_SYM_SHARE_PERCENT, f->share->value);
    fx_ref(x, f->share);
  }
  if (f->rank && strcmp(inv.name, "*") != 0) fx_num(x, IVL_SYM_RANK, f->rank);
  int stock = f->stock;
  const ivl_fm *then = f->date ? NULL : time_anaphor(x, s);
  if (f->date) {
    fx_str(x, IVL_SYM_AS_OF, f->date->value_s);
    fx_ref(x, f->date);
  } else if (then) {
    /* "That year ..." is the year of the date said before; "At the time"
    ** is that date */
    char year[5];
    int whole = !fx_any(x, s->vs, s->ve, (const char *const[]){"that year", "the same year", NULL});
    memcpy(year, then->value_s, 4);
    year[4] = '\0';
    fx_str(x, IVL_SYM_AS_OF, whole ? then->value_s : year);
  } else if (stock) {
    fx_str(x, IVL_SYM_AS_OF, x->article_date);
  }
  fx_str(x, IVL_SYM_BASIS, stock ? "stock" : "flow");
  if (inv.m && inv.m->kind == FM_ORG && inv.m->country) fx_str(x, IVL_SYM_INVESTOR_COUNTRY, inv.m->country);
  fx_end(x);
}

static int vn_company(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m);

/* Who in Việt Nam invests abroad: a Vietnamese company, or Việt Nam
** ("Vietnamese firms"). */
static party vn_investor(const ivl_fctx *x, const ivl_fsent *s) {
  const ivl_fm *country = NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_COUNTRY && (m->flags & FM_VN) && !country) country = m;
    /* a Vietnamese company, or one not known to be of another country */
    if (m->kind == FM_ORG && (m->flags & FM_COMPANY) && fx_acts(x, m) && (vn_company(x, s, m) || !m->country))
      return (party){m->party, m, 1, 0};
  }
  if (!country && x->c.company && x->c.company->country && strcmp(x->c.company->country, "VN") == 0)
    return (party){x->c.company->party, x->c.company, 1, 0};
  return country ? (party){"VN", country, 1, 0} : (party){NULL, NULL, 0, 0};
}

/* {======================================================================
** Domestic and outward investment (GUIDELINES rules 4, 12, 17)
** ======================================================================= */

/* "Vietnamese firms", "Việt Nam has": Việt Nam as the one that invests. */
static int vn_acts(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const people[] = {
    "firm*", "compan*", "business*", "investor*", "enterprise*", "corporation*", "group*",
    "investment*", "capital", NULL};
  if (m->kind != FM_COUNTRY || !(m->flags & FM_VN)) return 0;
  if (!(m->flags & FM_DEMONYM)) return !fx_ends_with(x, m->vs, "in") && !fx_ends_with(x, m->vs, "to");
  for (int k = 0; people[k]; k++)
    if (fx_starts_with(x, m->ve, people[k])) return 1;
  return 0;
}

/* A company of Việt Nam: its origin, or "X, a Quảng Trị-based firm". */
static int vn_company(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  if (m->country) return strcmp(m->country, "VN") == 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *p = &s->m[i];
    if (p->vs >= m->ve && p->vs - m->ve <= 6 && (p->flags & FM_VN) && p->kind == FM_PLACE &&
        fx_starts_with(x, p->ve, "-based"))
      return 1;
  }
  return 0;
}

/* The first one the sentence says invests, before its first figure: a
** Vietnamese company or Việt Nam. */
static int vn_subject(const ivl_fctx *x, const ivl_fsent *s, size_t to) {
  /* "It added $23 million to its Peruvian unit": the company spoken of */
  static const char *const it[] = {"it", "the company", "the group", "the firm", NULL};
  if (x->c.company && x->c.company->country && strcmp(x->c.company->country, "VN") == 0 &&
      fx_first(x, s->vs, to, it) == s->vs)
    return 1;
  for (size_t i = 0; i < s->n && s->m[i].ve <= to; i++) {
    const ivl_fm *m = &s->m[i];
    if (vn_acts(x, m)) return 1;
    if (m->kind == FM_ORG && (m->flags & FM_COMPANY) && fx_acts(x, m))
      return vn_company(x, s, m);
    if (m->kind == FM_COUNTRY && !(m->flags & FM_VN) && !fx_ends_with(x, m->vs, "in")) return 0;
  }
  return 0;
}

/* A place or country abroad the money goes to, in t[from, to). */
static const ivl_fm *abroad_in(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  const ivl_fm *country = NULL, *place = NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < from || m->ve > to || (m->flags & FM_VN)) continue;
    /* a place abroad is one known to be in another country (a park the
    ** gazetteer does not place is no sign of abroad) */
    if (m->kind == FM_PLACE && !m->country) continue;
    /* "its Peruvian unit Bitel": the unit's country; not "Thai investors" */
    if ((m->flags & FM_DEMONYM) && !fx_ends_with(x, m->vs, "its")) continue;
    if (!(m->kind == FM_COUNTRY || m->kind == FM_PLACE) || (m->kind == FM_COUNTRY && !fx_can_invest(x, m, 0)) ||
        fx_ends_with(x, m->vs, "after") || fx_ends_with(x, m->vs, "than") || fx_starts_with(x, m->ve, "-based"))
      continue;
    /* "in Thoothukudi, in India's southern state of Tamil Nadu": the place,
    ** the province or state before a town in it */
    if (m->kind == FM_PLACE) {
      static const char *const units[] = {"state of", "province of", "prefecture of", "region of", NULL};
      static const char *const after[] = {"province", "state", "prefecture", NULL};
      int unit = 0;
      for (int k = 0; units[k] && !unit; k++) unit = fx_ends_with(x, m->vs, units[k]);
      for (int k = 0; after[k] && !unit; k++) unit = fx_starts_with(x, m->ve, after[k]);
      if (unit) return m;
      if (!place) place = m;
      continue;
    }
    if (!country) country = m;
  }
  return place ? place : country;
}

/* "Vietnamese firms invested $536 million abroad", "Việt Nam has 212
** projects in Cambodia", and what follows in an article about them. */
static int speaks_of_outward(ivl_fctx *x, const ivl_fsent *s, size_t first_figure) {
  int said = fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_ABROAD));
  int vn = vn_subject(x, s, first_figure);
  /* "Hoàng Anh Gia Lai JSC said it would spend VNĐ1.2 trillion in Attapeu":
  ** a company not known to be foreign, putting money in a place abroad, in
  ** an article of the Vietnamese press, and no Vietnamese place named */
  if (!vn) {
    const ivl_fm *c = NULL;
    for (size_t i = 0; i < s->n && s->m[i].ve <= first_figure && !c; i++)
      if (s->m[i].kind == FM_ORG && (s->m[i].flags & FM_COMPANY) && fx_acts(x, &s->m[i])) c = &s->m[i];
    const ivl_fm *there = abroad_in(x, s, first_figure, s->ve);
    vn = c && !c->country && there && there->kind == FM_PLACE &&
         !vn_target_near(x, s, s->vs, s->ve, &(figure){0}).m;
  }
  if (vn && (said || abroad_in(x, s, s->vs, s->ve))) {
    x->c.outward_age = 0;
    return 1;
  }
  /* "Of the total, 149 new projects ...": still the outward total */
  if (x->c.outward_age <= 2 && !fx_any(x, s->vs, s->ve, (const char *const[]){"foreign*", "fdi", NULL}) &&
      !vn_target_near(x, s, s->vs, s->ve, &(figure){0}).name) {
    x->c.outward_age = 0;
    return 1;
  }
  return 0;
}

static void link_outward(ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  x->frame = "invest.outward";
  party inv = vn_investor(x, s);
  if (!inv.name) inv = (party){"VN", NULL, 1, 0};
  /* "$20 million to its Peruvian unit and $10 million to a unit in
  ** Cambodia": where the money goes is said after it, else before */
  const ivl_fm *m = abroad_in(x, s, f->ve, f->ce < f->ve + 60 ? f->ce : f->ve + 60);
  if (m && !fx_any(x, f->ve, m->vs, (const char *const[]){"to", "in", "into", NULL})) m = NULL;
  if (!m) m = abroad_in(x, s, f->cs, f->vs);
  if (!m) m = abroad_in(x, s, s->vs, s->ve);
  /* "$118 million to overseas projects, of which $41 million went to Laos";
  ** "$520 million abroad, with Laos and Singapore the top destinations" */
  if (m && (breaks_figure(x, f->ve, m->vs) || (m->vs > f->ve && listed_with_role(x, s, f, top_roles)))) m = NULL;
  party tgt = m ? (party){m->party, m, 0, 0} : (party){"*", NULL, 0, 0};
  /* a share of Việt Nam's outward total is no share of the target's FDI */
  figure g = *f;
  g.share = NULL;
  store_figure(x, s, &g, inv, tgt);
}

/* "11 domestic projects worth ...", "Domestic investors registered ...",
** "Vietnamese investors ...", "VNĐ68 trillion from domestic investors":
** Việt Nam's own capital, never foreign '*'. The cue nearest the figure
** decides ("37 projects were foreign-invested, while 161 domestic projects
** accounted for ..."). */
static size_t nearest_cue(const ivl_fctx *x, const figure *f, const char *const *words) {
  size_t from = f->cs + 120 < f->vs ? f->vs - 120 : f->cs;
  size_t to = f->ce < f->ve + 40 ? f->ce : f->ve + 40;
  size_t best = FX_NONE;
  for (size_t at = from; (at = fx_first(x, at, to, words)) != FX_NONE; at++) {
    size_t d = at >= f->vs && at < f->ve ? 0 : at < f->vs ? f->vs - at : at - f->ve;
    if (best == FX_NONE || d < best) best = d;
  }
  return best;
}

static int domestic(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  size_t d = nearest_cue(x, f, ivl_lexicon(LEX_DOMESTIC)), fo = nearest_cue(x, f, ivl_lexicon(LEX_FOREIGN));
  if (d != FX_NONE) return fo == FX_NONE || d < fo;
  if (fo != FX_NONE) return 0;
  size_t from = f->cs + 120 < f->vs ? f->vs - 120 : f->cs;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].vs >= from && s->m[i].ve <= f->vs && vn_acts(x, &s->m[i])) return 1;
  return -1; /* no cue: as the figure before it in the sentence */
}

/* }====================================================================== */

/* Where figures with no place named go: the place the last sentences
** gave their figures to ("Vietnam attracted $15 billion ... Disbursed
** capital reached $10.8 billion"), else the one the article is about. */
static const char *place_spoken_of(const ivl_fctx *x) {
  return x->c.topic && x->c.topic_age <= 3 ? x->c.topic : x->c.place;
}

static void link_figure(ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  x->frame = f->money || f->count ? (f->rank && !f->position ? "invest.ranked" : "invest.figure")
                                  : "invest.position";
  if (f->domestic) {
    x->frame = "invest.domestic";
    party tgt = find_target(x, s, f);
    if (!tgt.name) tgt = (party){place_spoken_of(x), NULL, 1, 0};
    /* "including a VNĐ9.4 trillion project of Bạch Đằng Infrastructure
    ** JSC": a Vietnamese firm named is the investor by name (rule 12) */
    const ivl_fm *owner = owner_after(x, s, f);
    party inv = owner ? (party){owner->party, owner, 1, 0} : (party){"VN", NULL, 1, 0};
    if (tgt.name && strcmp(tgt.name, "VN") != 0) store_figure(x, s, f, inv, tgt);
    return;
  }
  party tgt = find_target(x, s, f);
  party inv = {NULL, NULL, 0, 0};
  if (!inv.name) inv = find_investor(x, s, f, 1);
  if (!tgt.name) tgt = (party){place_spoken_of(x), NULL, 1, 0};
  if (!inv.name || !tgt.name) return;
  if (strcmp(inv.name, tgt.name) == 0) return;
  if (inv.described) x->frame = "invest.described";
  store_figure(x, s, f, inv, tgt);
  /* a place named, or the one spoken of carried on */
  if (tgt.m || (x->c.topic && tgt.name == x->c.topic)) x->c.topic = tgt.name, x->c.topic_age = 0;
  if (inv.m) x->c.investor = inv.m;
  if (inv.m && inv.m->kind == FM_ORG) x->c.company = inv.m;
}

/* "Japan is the leading investor among the 40 countries ...": a rank with
** no figure. */
static void rank_only_figure(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  static const char *const superlatives[] = {"largest", "biggest", "leading", NULL};
  for (int k = 0; superlatives[k]; k++) {
    size_t at = fx_find(x, s->vs, s->ve, superlatives[k]);
    if (at == FX_NONE) continue;
    int r = rank_at_superlative(x, at, at + strlen(superlatives[k]), s->ve);
    if (!r) continue;
    fs->f[0] = (figure){.vs = (uint32_t)at, .ve = (uint32_t)at, .cs = s->vs, .ce = s->ve, .rank = r,
                        .position = 1};
    fs->n = 1;
    return;
  }
  /* "India came fourth, thanks to a single project": the list goes on */
  int r = x->c.invest_age <= 1 ? placing_ordinal(x, s->vs, s->ve) : 0;
  if (r > 1) {
    fs->f[0] = (figure){.vs = s->ve, .ve = s->ve, .cs = s->vs, .ce = s->ve, .rank = r, .listed = 1};
    fs->n = 1;
  }
}

static int named_without_figures(ivl_fctx *x, const ivl_fsent *s) {
  size_t among = fx_find(x, s->vs, s->ve, "among the top");
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY || s->m[i].kind == FM_COUNT) return 0; /* figures: not this frame */
  figure f = {0};
  f.cs = s->vs, f.ce = s->ve, f.vs = f.ve = (uint32_t)among;
  x->frame = "invest.named";
  party tgt = find_target(x, s, &f);
  if (!tgt.name) tgt = (party){place_spoken_of(x), NULL, 1, 0};
  if (!tgt.name) return 1;
  for (size_t i = 0; i < s->n && s->m[i].ve <= among; i++) {
    const ivl_fm *m = &s->m[i];
    if (!fx_can_invest(x, m, 1) || (m->flags & FM_DEMONYM) || strcmp(m->party, tgt.name) == 0) continue;
    f.stock = is_stock(x, s, &f);
    store_figure(x, s, &f, (party){m->party, m, 0, 0}, tgt);
  }
  return 1;
}

/* "Japan and Korea invested $300 million and $200 million, respectively",
** "Bắc Ninh and Hải Phòng drew $5 billion and $3 billion respectively":
** the i-th investor or place named before the figures goes with the i-th. */
static void pair_respectively(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  if (fs->n < 2 || fx_find(x, s->vs, s->ve, "respectively") == FX_NONE) return;
  const ivl_fm *inv[MAX_FIGURES], *tgt[MAX_FIGURES];
  size_t ni = 0, nt = 0;
  for (size_t i = 0; i < s->n && s->m[i].ve <= fs->f[0].vs; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_PLACE && (m->flags & FM_VN) && m->province) {
      if (nt < MAX_FIGURES) tgt[nt++] = m;
    } else if (fx_can_invest(x, m, 1) && ni < MAX_FIGURES) {
      inv[ni++] = m;
    }
  }
  size_t n = 0;
  for (size_t i = 0; i < fs->n; i++) n += fs->f[i].money != NULL;
  for (size_t i = 0, k = 0; i < fs->n; i++) {
    if (!fs->f[i].money) continue;
    if (ni == n) fs->f[i].investor_as = inv[k];
    if (nt == n) fs->f[i].target_as = tgt[k];
    k++;
  }
}

static int invested_here(const ivl_fctx *x, size_t first, const char *name);

/* "Singapore led with $540 million, followed by the Netherlands and
** Japan": investors that go on a ranked list without figures of their own
** are facts too, each one place down (rule 16). */
static void list_goes_on_unfigured(ivl_fctx *x, const ivl_fsent *s, const figures *fs, size_t first) {
  const figure *last = fs->n ? &fs->f[fs->n - 1] : NULL;
  if (!last || !last->rank || x->out->n == first) return;
  size_t on = fx_first(x, last->ve, s->ve, ivl_lexicon(LEX_GOES_ON));
  if (on == FX_NONE) return;
  /* the list's own place and date: those of its last figure's fact */
  const ivl_store *st = x->out;
  const ivl_entity *e = &st->ents[st->n - 1];
  const ivl_field *tf = ivl_store_field(st, e, IVL_SYM_TARGET);
  /* a copy: storing the new facts may move the store's strings */
  char target[128];
  if (!tf || tf->kind != IVL_FIELD_STR || tf->len >= sizeof target) return;
  memcpy(target, ivl_store_string(st, tf), tf->len + 1);
  party tgt = {target, NULL, 1, 0};
  figure g = *last;
  g.money = g.equiv = g.count = NULL;
  g.share = NULL;
  g.investor_as = g.target_as = NULL;
  x->frame = "invest.ranked";
  size_t p = on;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < on || !fx_can_invest(x, m, 1) || (m->flags & FM_DEMONYM)) continue;
    if (!list_joiner(x, p, m->vs) && p != on) break;
    if (invested_here(x, first, m->party)) break; /* it has a figure: the frame had it */
    g.rank++;
    store_figure(x, s, &g, (party){m->party, m, 0, 0}, tgt);
    p = m->ve;
  }
}

/* Has a fact of this sentence (stored from 'first' on) 'name' as investor? */
static int invested_here(const ivl_fctx *x, size_t first, const char *name) {
  const ivl_store *st = x->out;
  for (size_t i = first; i < st->n; i++) {
    if (st->ents[i].rule == IVL_STORE_DROPPED) continue;
    const ivl_field *f = ivl_store_field(st, &st->ents[i], IVL_SYM_INVESTOR);
    if (f && f->kind == IVL_FIELD_STR && strcmp(ivl_store_string(st, f), name) == 0) return 1;
  }
  return 0;
}

/* "Major investors include THACO, with 31 projects, and the Korean firms
** Hyosung, Panko and Ducksan": the companies listed as investors without a
** figure of their own are facts too (investor and target). */
static void investors_listed(ivl_fctx *x, const ivl_fsent *s, size_t first) {
  static const char *const lists[] = {
    "include", "includes", "included", "including", "are", "were", "such as", NULL};
  size_t inv = fx_find(x, s->vs, s->ve, "investors");
  if (inv == FX_NONE) return;
  size_t at = fx_first(x, inv, inv + 50 < s->ve ? inv + 50 : s->ve, lists);
  if (at == FX_NONE) return;
  figure f = {0};
  f.cs = s->vs, f.ce = s->ve, f.vs = f.ve = (uint32_t)at;
  party tgt = find_target(x, s, &f);
  if (!tgt.name) tgt = (party){place_spoken_of(x), NULL, 1, 0};
  if (!tgt.name) return;
  f.stock = fx_any(x, s->vs, s->ve, (const char *const[]){"include", "are", NULL});
  x->frame = "invest.named";
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < at || m->kind != FM_ORG || !(m->flags & FM_COMPANY) || invested_here(x, first, m->party))
      continue;
    store_figure(x, s, &f, (party){m->party, m, 0, 0}, tgt);
  }
}

void ivl_facts_invest(ivl_fctx *x, const ivl_fsent *s) {
  size_t before = x->out->n;
  if (!(s->cues & (CUE_INVEST | CUE_WORKS | CUE_IT)) && x->c.invest_age > 2 &&
      !ivl_lexicon_extended(LEX_INVEST))
    return;
  if (fx_find(x, s->vs, s->ve, "among the top") != FX_NONE && x->c.invest_age <= 2 &&
      named_without_figures(x, s))
    return;
  if (!speaks_of_investment(x, s) || speaks_of_aid(x, s)) return;
  figures fs = {0};
  read_amounts(x, s, &fs);
  read_counts(x, s, &fs);
  if (fs.n == 0) rank_only_figure(x, s, &fs);
  if (fs.n == 0) return;
  set_clauses(x, s, &fs);
  bind_dates(x, s, &fs);
  mark_non_facts(x, s, &fs);
  bind_shares(x, s, &fs);
  bind_ranks(x, s, &fs);
  for (size_t i = 0; i < fs.n; i++) {
    fs.f[i].stock = fs.f[i].listed && i ? fs.f[i - 1].stock : is_stock(x, s, &fs.f[i]);
    /* "domestic investors registered VNĐ512 trillion, while existing firms
    ** added another VNĐ221 trillion": with no cue of its own, a figure is
    ** as the one before it */
    int d = domestic(x, s, &fs.f[i]);
    fs.f[i].domestic = d >= 0 ? d : i ? fs.f[i - 1].domestic : 0;
  }
  pair_respectively(x, s, &fs);
  int outward = speaks_of_outward(x, s, fs.f[0].vs);
  for (size_t i = 0; i < fs.n; i++) {
    if ((!fs.f[i].money && !fs.f[i].count && !fs.f[i].rank) || fs.f[i].not_fact) continue;
    if (outward) {
      link_outward(x, s, &fs.f[i]);
      continue;
    }
    /* a rank with no figure needs someone named to hold it */
    if (!fs.f[i].money && !fs.f[i].count &&
        !first_investor(x, s, s->vs, s->ve, 1)) continue;
    link_figure(x, s, &fs.f[i]);
  }
  if (!outward) investors_listed(x, s, before);
  if (!outward) list_goes_on_unfigured(x, s, &fs, before);
}
