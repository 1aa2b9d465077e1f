/*
** invest_basis.c
** Flow or stock (GUIDELINES rule 15), the date said before ("That year"),
** and the parts of a total stated beside it.
*/
#include <stdlib.h>
#include <string.h>

#include "invest.h"
#include "lexicon.h"
#include "symbols.h"
#include "util.h"

/* {======================================================================
** Flow or stock (GUIDELINES rule 15)
** ======================================================================= */

/* Decided from the nearest evidence outwards: the words that tie the figure
** to its verb ("raised by", "bringing ... to"), then cumulative wording in
** the sentence, then the period it is said of, then the tense of its verb. */

/* "the new Ninh Bình province", "The new Bắc Ninh", "the newly merged
** province": 'new' at 'at' (its word ending at 'end') names a unit formed
** in the 2025 mergers, a place in Việt Nam or a word for one after it, not
** new capital. */
static int new_unit_at(const ivl_fctx *x, size_t end) {
  static const char *const formed[] = {"merged", "formed", "established", "enlarged", "expanded", "created", NULL};
  static const char *const units[] = {"province", "provinces", "city", "cities", "locality", NULL};
  size_t p = end, len = x->a->view.len;
  while (p < len && x->t[p] == ' ') p++;
  if (fx_starts_with_any(x, p, formed)) {
    while (p < len && ivl_isalpha((unsigned char)x->t[p])) p++;
    while (p < len && x->t[p] == ' ') p++;
  }
  if (fx_starts_with_any(x, p, units)) return 1;
  size_t i = fx_mention_from(x, p);
  return i < x->nm && x->m[i].vs == p && x->m[i].kind == FM_PLACE && (x->m[i].flags & FM_VN) && x->m[i].province;
}

/* "..., adding that Korean investors now hold ...", "He added that ...":
** a word of new capital at 'at' that reports speech. */
static int reports_speech(const ivl_fctx *x, size_t at) {
  size_t e = at;
  while (ivl_isalpha((unsigned char)x->t[e])) e++;
  int word = (e - at == 5 && ivl_ascii_ieq(x->t + at, 5, "added")) ||
             (e - at == 6 && ivl_ascii_ieq(x->t + at, 6, "adding"));
  return word && fx_starts_with(x, e, "that");
}

/* "The project, licensed in 2019, has total capital of ...": a word of
** new capital in the aside of the project's licensing, before a figure
** held now, is the aside's. */
static int in_aside_before(const ivl_fctx *x, const ivl_fsent *s, size_t at, const figure *f) {
  size_t close;
  return inv_start_aside_held(x, s, at, f->vs, &close);
}

/* "Germany, the most active European investor by number of new projects
** this year, has 470 valid projects ...": a word of new capital inside an
** appositive describing the investor (", the ..." or ", a ..." right after
** a country's or a firm's name, closed by a comma before the figure) is
** the description's, when the main clause after it holds ("has", "now
** holds"; set qweek17). */
static int in_investor_appositive(const ivl_fctx *x, const ivl_fsent *s, size_t at, const figure *f) {
  static const char *const describes[] = {"the", "a", "an", NULL};
  static const char *const held[] = {"has", "have", "holds", "hold", "now", "currently", NULL};
  size_t o = at;
  while (o > s->vs && x->t[o - 1] != ',') o--;
  if (o <= s->vs + 1 || !fx_starts_with_any(x, o, describes)) return 0;
  const ivl_fm *name = NULL;
  for (size_t i = 0; i < s->n && s->m[i].ve < o; i++)
    if (s->m[i].ve == o - 1) name = &s->m[i];
  if (!name || (name->kind != FM_COUNTRY && name->kind != FM_ORG)) return 0;
  size_t c = at;
  while (c < f->vs && x->t[c] != ',') c++;
  return c < f->vs && fx_starts_with_any(x, c + 1, held);
}

/* "Japanese firms now hold 14 licensed projects worth ...": "licensed"
** inside a count of projects held now says the projects are in force, no
** licensing of a period (qpharma); not "has 46 newly licensed projects",
** nor a count with no holding verb before it. */
static int licensed_held_now(const ivl_fctx *x, const figure *f, size_t at) {
  static const char *const held_now[] = {"now has", "now have", "now hold", "now holds", "now held", "currently has",
                                         "currently have", "currently hold", "currently holds", NULL};
  if (!f->count || at < f->count->vs || at >= f->count->ve || !fx_starts_with(x, at, "licensed")) return 0;
  return fx_ends_with_any(x, f->count->vs, held_now);
}

/* "has disbursed $40 million to date", "has so far disbursed $140
** million": what has been paid in up to now is held, a running total
** (rule 5's "to date"), not a period's payments; whether a period is said
** ("so far this year") is is_stock's question after. */
static int since_year(const ivl_fctx *x, const ivl_fsent *s);

static int disbursed_so_far(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t word) {
  static const char *const now[] = {"so far", "to date", "thus far", NULL};
  static const char *const perfect[] = {"has", "have", "had", NULL};
  if ((x->t[word] | 0x20) != 'd' || !fx_starts_with(x, word, "disbursed")) return 0;
  size_t to = f->ve + 12 < s->ve ? f->ve + 12 : s->ve;
  if (fx_any(x, f->cs, to, now)) return 1;
  /* "the fund has disbursed $185 million into 14 firms since its launch in
  ** 2019": the perfect with a start year is the total paid in since then,
  ** as "has invested ... since 2018" (set qweek88) */
  return fx_ends_with_any(x, word, perfect) && since_year(x, s);
}

/* "New Zealand investors currently hold 64 valid projects worth ...",
** "New Delhi-based X has invested $300 million to date": a word of new
** capital at 'at' that opens or stands inside the name of a country, a
** place or a firm is the name's ("New"), no word of the sentence's. */
static int in_proper_name(const ivl_fsent *s, size_t at) {
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if ((m->kind == FM_COUNTRY || m->kind == FM_PLACE || m->kind == FM_ORG) && m->vs <= at && at < m->ve) return 1;
  }
  return 0;
}

/* "raised its capital by $540 million", "added $180 million", "new projects". */
static int flow_at_figure(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  if (f->money && fx_ends_with(x, f->money->vs, "by")) return 1;
  size_t from = f->cs + 60 < f->vs ? f->vs - 60 : f->cs;
  const char *const *words = ivl_lexicon(LEX_NEW_CAPITAL);
  size_t first = fx_first(x, from, f->ve, words);
  while (first != FX_NONE &&
         (reports_speech(x, first) || in_aside_before(x, s, first, f) || licensed_held_now(x, f, first) ||
          in_investor_appositive(x, s, first, f) || in_proper_name(s, first)))
    first = fx_first(x, first + 1, f->ve, words);
  if (first == FX_NONE) return 0;
  if (disbursed_so_far(x, s, f, first)) return 0;
  from = first;
  /* nearly always new capital: only a "new" ("newly") before a merged unit
  ** is not, and most sentences with these words have no such "new" */
  int unit = 0;
  for (size_t at = from; !unit && (at = fx_find(x, at, f->ve, "new")) != FX_NONE; at++)
    unit = new_unit_at(x, at + 3);
  for (size_t at = from; !unit && (at = fx_find(x, at, f->ve, "newly")) != FX_NONE; at++)
    unit = new_unit_at(x, at + 5);
  if (!unit) return 1;
  /* the words in text order, past each "new" of a unit */
  for (size_t at = from; (at = fx_first(x, at, f->ve, words)) != FX_NONE; at++) {
    size_t e = at;
    while (e < f->ve && ivl_isalpha((unsigned char)x->t[e])) e++;
    int is_new = (e - at == 3 || e - at == 5) && ivl_ascii_ieq(x->t + at, 3, "new") &&
                 (e - at == 3 || ivl_ascii_ieq(x->t + at + 3, 2, "ly"));
    if (!is_new || !new_unit_at(x, e)) return 1;
  }
  return 0;
}

/* "the plant's registered capital rises to ¥21.5 billion", "its
** investment in the province has grown to $1.35 billion": a capital's new
** level. Not "FDI rose 13% to $536 million", a period's figure set against
** another's. */
static int capital_grows_to(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  static const char *const grows[] = {
    "rise", "rises", "rose", "risen", "grow", "grows", "grew", "grown", "climb*", NULL};
  static const char *const capital[] = {"capital", "investment", NULL};
  size_t at = fx_first(x, from, to, grows);
  if (at == FX_NONE || !fx_any(x, from, at, capital)) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_PERCENT && s->m[i].vs >= from && s->m[i].ve <= to) return 0;
  return 1;
}

/* "The addition takes Canon's capital in Bắc Ninh to $1.3 billion": a
** taking of a named owner's capital to the figure (as "takes its"), the
** owner also a noun with its article ("takes the plant's total investment
** to $310 million": the plant's all); not "which took in Thái Bình" (no
** owner's). */
static int takes_owners_to(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const take[] = {"take", "takes", "took", "taking", NULL};
  for (size_t at = fx_first(x, from, to, take); at != FX_NONE; at = fx_first(x, at + 4, to, take)) {
    size_t w = at;
    while (w < to && ivl_isalpha((unsigned char)x->t[w])) w++;
    while (w < to && x->t[w] == ' ') w++;
    if (w + 4 < to && fx_starts_with(x, w, "the") && x->t[w + 3] == ' ') w += 4;
    else if (w >= to || !ivl_isupper((unsigned char)x->t[w])) continue;
    for (size_t k = w; k + 2 < to && k < w + 40 && x->t[k] != ','; k++)
      if (x->t[k] == '\'' && x->t[k + 1] == 's' && x->t[k + 2] == ' ') return 1;
  }
  return 0;
}

static int period_compared(const ivl_fctx *x, const ivl_fsent *s);

static const char *const raising_words[] = {
    "bringing", "lifting", "raising", "taking", "brought", "lift*", "raised", "rais*",
    "increas*", "boost*", "expand*", "doubl*", "tripl*", "quadrupl*", "bring", "brings",
    /* "adjusts the project's registered capital up to $421 million": the
    ** level it is set at; not "capital adjustments amounted to" */
    "adjust", "adjusts", "adjusted", "adjusting",
    /* "will take its registered capital to"; not "which took in Thái Bình" */
    "take its", "takes its", "took its", "take their", "takes their", "take total", "takes total", NULL};

/* "raise the capital of its plant by $1 billion, to a total of $2.6
** billion": the level an increase brings it to, its raising word in the
** clause before the comma; not "amounted to a total of", a period's sum. */
int inv_raised_to_total_of(const ivl_fctx *x, const ivl_fsent *whole, const figure *f) {
  static const char *const to_total[] = {
    "to a total of", "to a total of more than", "to a total of over", "to a total of nearly",
    "to a total of about", NULL};
  if (!f->money || !fx_ends_with_any(x, f->money->vs, to_total)) return 0;
  /* the verb stands before the increase's own figure and its place */
  size_t from = whole->vs + 200 < f->vs ? f->vs - 200 : whole->vs;
  return fx_any(x, from, f->vs, raising_words);
}

/* "bringing the capital of the resort, in what was Bà Rịa-Vũng Tàu
** before the merger, to $4.7 billion": where the words before the "to" at
** 'to_at' begin when an aside set off by commas ends right before it
** (passed over, as it says where, not how much); else 'from'. */
static size_t from_before_aside(const ivl_fctx *x, const ivl_fsent *s, size_t to_at, size_t from) {
  if (to_at == FX_NONE) return from;
  size_t close = to_at;
  while (close > s->vs && x->t[close - 1] == ' ') close--;
  if (close <= s->vs || x->t[close - 1] != ',') return from;
  for (size_t k = close - 1; k > s->vs && k + 160 > close; k--)
    if (x->t[k - 1] == ',') return k - 1 > s->vs + 100 ? k - 1 - 100 : s->vs;
  return from;
}

/* "handed new and adjusted certificates to 14 projects with a combined
** capital of $1.6 billion": the "to" before the count says whom the
** licences go to, no total the projects are brought to (an "adjusted"
** certificate is no raising word of the sum). */
static int licences_given_to(const ivl_fctx *x, size_t count_vs) {
  static const char *const given_to[] = {"certificates to", "certificate to", "licences to", "licence to",
                                         "licenses to", "license to", "IRCs to", NULL};
  return fx_ends_with_any(x, count_vs, given_to);
}

/* "adjusted capital totalled $11.6 billion for projects that raised their
** investment; and share purchases came to $6.2 billion": a semicolon ends
** one part of a list, so the raising words and totals before it are
** another part's. Where the words before 'to' are read from: past the
** last semicolon after 'from', else 'from'. */
static size_t past_semicolon(const ivl_fctx *x, size_t from, size_t to) {
  const char *semi;
  while (from < to && (semi = memchr(x->t + from, ';', to - from))) from = (size_t)(semi - x->t) + 1;
  return from;
}

/* "The organisers have revised the total capital of the 12 projects ...
** to VND 48.6 trillion", "corrected the figure to $2.4 billion": the
** figure a report is corrected to, the same statement's figure restated,
** not a total an increase brings capital to (set qweek94); not when a
** raising word is said too ("revised its plan, raising its capital to"). */
static int corrected_to(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const revising[] = {"revised", "revises", "revising", "corrected", "corrects",
                                         "correcting", "restated", "restates", NULL};
  if (!f->money || !fx_ends_with(x, f->money->vs, "to")) return 0;
  /* (a running total restated, "revised the valid projects' capital to",
  ** keeps its own words' reading) */
  if (fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_CUMULATIVE))) return 0;
  size_t from = past_semicolon(x, s->vs, f->vs), to_at = fx_find_last(x, from, f->money->vs, "to");
  return to_at != FX_NONE && fx_any(x, from, to_at, revising) && !fx_any(x, from, to_at, raising_words);
}

/* "bringing total investment to $1.6 billion", "from $86.4 million to $120
** million": the total an increase brings it to. */
static int stock_at_figure(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  const char *const *words = raising_words;
  static const char *const to[] = {
    "to", "to more than", "to over", "to nearly", "to about", "to almost", "to around", "to some",
    "to just over", "to roughly", "to approximately", NULL};
  /* "pushed total registered FDI to $38.2 billion, down 3 per cent
  ** on-year": a period's registrations set against the same period a year
  ** before, a flow, though pushed to a total */
  if (period_compared(x, s)) return 0;
  if (f->raised_to) return 1;
  /* "bringing its total to 61 projects with $850 million": the count the
  ** total is brought to, its money after it */
  int count_to = f->money && f->count && f->count->ve <= f->money->vs && fx_ends_with_any(x, f->count->vs, to) &&
                 !licences_given_to(x, f->count->vs);
  size_t from = past_semicolon(x, s->vs + 100 < f->vs ? f->vs - 100 : s->vs, f->vs);
  /* "licensed five projects, bringing its total to 148 projects": a count
  ** alone the total is brought to, as a sum is */
  if (!f->money)
    return f->count && fx_ends_with_any(x, f->count->vs, to) && fx_find(x, from, f->vs, "total") != FX_NONE &&
           fx_any(x, from, f->vs, words);
  /* "Samsung's investment in Việt Nam has passed $23 billion": the level a
  ** running total has reached (a period said makes it a flow: the caller) */
  static const char *const passed[] = {"has passed", "have passed", "has topped", "have topped", "has exceeded",
                                       "have exceeded", "has surpassed", "have surpassed", NULL};
  if (!count_to && fx_ends_with_any(x, f->money->vs, passed)) return 1;
  if (!count_to && !fx_ends_with_any(x, f->money->vs, to)) return 0;
  /* "lifting total FDI for the period to ...": the period's total, a flow */
  static const char *const periods[] = {"for the period", "for the year", "for the quarter", NULL};
  if (fx_any(x, from, f->vs, periods))
    return 0;
  if (!count_to) from = from_before_aside(x, s, fx_find_last(x, from, f->money->vs, "to"), from);
  /* (the count's "to" is no total's when the raising word is a figure
  ** before's: "... to 13 projects with total capital of $890 million and to
  ** six domestic projects worth VNĐ11.4 trillion", certificates given to) */
  if (count_to && !fx_ends_with_any(x, f->money->vs, to) && f->cs > from) from = f->cs;
  if (fx_any(x, from, f->vs, words) || fx_find(x, from, f->vs, "total") != FX_NONE) return 1;
  return capital_grows_to(x, s, from, f->vs) || takes_owners_to(x, from, f->vs);
}

/* "From 1988 to April 2024, Japan invested $73 billion": a range from a
** year long past (ten years or more before its end) to the article's time
** (its year or the one before) is what has come in since records began,
** a running total; "from 2021 to 2023" is a period's flow. */
static int since_records_began(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  const ivl_fm *start = &s->m[i], *end = &s->m[i + 1];
  if (start->kind != FM_DATE || end->kind != FM_DATE || !start->value_s || !end->value_s ||
      strlen(start->value_s) != 4 || !fx_ends_with(x, start->vs, "from") || !fx_starts_with(x, start->ve, "to") ||
      end->vs > start->ve + 5)
    return 0;
  int from = atoi(start->value_s), to = atoi(end->value_s), now = atoi(x->article_date);
  return to - from >= 10 && to >= now - 1;
}

/* "X, which the firm built at a total investment of $181 million, has
** been feeding the grid since 2024", "has been in operation since 2019":
** the year works began to run, said of the works, starts no running
** total of money (set qpower). */
/* (and what works turn out since then, said with what they make: "The
** first phase, worth VNĐ28 trillion, has been turning out steel billets and
** construction bars since 2024", set qheavy) */
static int works_running_since(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  static const char *const running[] = {"feeding", "in operation", "operating", "running", "generating",
                                        "producing", "online", "on stream", "has run", "have run",
                                        "turning out", "churning out", "rolling out", "making",
                                        /* "..., where it has made components since 2014" (set
                                        ** qweek51): what the works have made since then */
                                        "has made", "have made", "has produced", "have produced",
                                        "has manufactured", "have manufactured",
                                        /* "..., where it has operated since 2017" (set qweek83):
                                        ** the firm at work there since then */
                                        "has operated", "have operated", NULL};
  /* (the running word up to 64 bytes back, what is made between; no word
  ** of investment in the last 40: "capitalised at VNĐ1.1 trillion, has
  ** run since 2020" is the works') */
  size_t far = d->vs > s->vs + 64 ? d->vs - 64 : s->vs, back = d->vs > s->vs + 40 ? d->vs - 40 : s->vs;
  if (fx_any(x, back, d->vs, ivl_lexicon(LEX_INVEST))) return 0;
  if (fx_any(x, far, d->vs, running)) return 1;
  /* (a longer list of what is made, in the same clause: "a $45 million
  ** capital injection into X Vietnam Co., which has made power supplies
  ** and cable assemblies in Thái Nguyên province since 2018", set qweek15;
  ** the unit's years at work, not a running total of the parent's money) */
  size_t wide = d->vs > s->vs + 128 ? d->vs - 128 : s->vs;
  size_t r = fx_last(x, wide, d->vs, running);
  return r != FX_NONE && !memchr(x->t + r, ',', d->vs - r);
}

/* "..., the first new life insurer licensed in Việt Nam since 2018" (set
** qinsure): an aside calling the deal the first of its kind since a year,
** a record, not the start of a running total. */
static int first_since(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  size_t from = d->vs > s->vs + 80 ? d->vs - 80 : s->vs, comma = FX_NONE;
  for (size_t k = from; k < d->vs; k++)
    if (x->t[k] == ',') comma = k;
  return comma != FX_NONE && fx_starts_with(x, comma + 1, "the first");
}

/* A start year ("since 1988", "from 1993 to date") marks a running total. */
static int since_year(const ivl_fctx *x, const ivl_fsent *s) {
  /* "the highest ten-month figure since 2019" is a record, not a start */
  static const char *const record[] = {"highest", "lowest", "largest", "biggest", "best", "strongest", NULL};
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_DATE && fx_ends_with(x, s->m[i].vs, "since") &&
        (fx_any(x, s->m[i].vs > s->vs + 40 ? s->m[i].vs - 40 : s->vs, s->m[i].vs, record) ||
         first_since(x, s, &s->m[i])))
      return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_DATE && s->m[i].value_s && strlen(s->m[i].value_s) == 4 &&
        ((fx_ends_with(x, s->m[i].vs, "since") && !works_running_since(x, s, &s->m[i]) &&
          !fx_stall_since(x, &s->m[i])) ||
         (fx_ends_with(x, s->m[i].vs, "from") &&
          (fx_starts_with(x, s->m[i].ve, "to date") || fx_starts_with(x, s->m[i].ve, "to now") ||
           fx_starts_with(x, s->m[i].ve, "until now")))))
      return 1;
  for (size_t i = 0; i + 1 < s->n; i++)
    if (since_records_began(x, s, i)) return 1;
  /* "since the first project was licensed in 1993": a start said in a
  ** clause, the year at its end */
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_DATE && s->m[i].value_s && strlen(s->m[i].value_s) == 4 && fx_ends_with(x, s->m[i].vs, "in")) {
      size_t from = s->m[i].vs > s->vs + 60 ? s->m[i].vs - 60 : s->vs;
      size_t at = FX_NONE;
      for (size_t k = from; (k = fx_find(x, k, s->m[i].vs, "since")) != FX_NONE; k++) at = k;
      /* "the most for the period since records began in 1997", "its best
      ** start since becoming a province in 1997": a record, not a start */
      static const char *const most[] = {"most", "worst", NULL};
      size_t back = at != FX_NONE && at > s->vs + 40 ? at - 40 : s->vs;
      if (at != FX_NONE && (fx_any(x, back, at, record) || fx_any(x, back, at, most))) continue;
      if (at != FX_NONE && fx_lower_words(x, at + 5, s->m[i].vs)) return 1;
      if (inv_start_clause_date(x, s, &s->m[i])) return 1;
    }
  return 0;
}

/* Is the figure told with a number of projects, more than one ("45
** projects worth ...")? Such a figure is of projects held, whatever the
** verb or the period words around it. */
static int of_many_projects(const figure *f) {
  return f->count && (f->count->flags & FM_PROJECTS) && f->count->value > 1;
}

/* "is currently building a $120 million plant", "is now constructing",
** "currently implementing": "currently" or "now" at 'at' before the
** progressive of a deed, an action under way (its project's capital a
** flow), not a holding; not "currently operating 45 projects", "now
** hosting", "currently has". So too "now" before a plan. */
static int doing_now(const ivl_fctx *x, size_t at, size_t to, const figure *f) {
  /* "are currently implementing 45 projects worth ...": the projects they
  ** hold, whatever is done with them */
  if (of_many_projects(f)) return 0;
  static const char *const when[] = {"currently", "now", "still", NULL};
  static const char *const holds[] = {
    "operating", "running", "having", "hosting", "holding", "owning", "managing", "ranking", "leading",
    "standing", "totalling", "totaling", "accounting", NULL};
  if (!fx_starts_with_any(x, at, when)) return 0;
  /* "Binh Minh will now invest VND1.2 trillion in ...": "now" after a
  ** future auxiliary dates a deed to come (a flow), not a holding */
  static const char *const to_come[] = {"will", "would", "shall", NULL};
  if (fx_ends_with_any(x, at, to_come)) return 1;
  size_t w = at;
  while (w < to && ivl_isalpha((unsigned char)x->t[w])) w++;
  /* "Currently, LG is expanding ...": the verb after the subject */
  if (w < to && x->t[w] == ',') {
    static const char *const be[] = {"is", "are", NULL};
    size_t v = fx_first(x, w, w + 50 < to ? w + 50 : to, be);
    if (v == FX_NONE) return 0;
    w = v + (x->t[v] == 'i' ? 2 : 3);
  }
  while (w < to && x->t[w] == ' ') w++;
  /* "now plans to put another $280 million into": a plan made now, its
  ** money to come (a flow), as a deed under way is */
  static const char *const planning[] = {"plans to", "plan to", "intends to", "intend to", "wants to", "want to",
                                         "hopes to", "hope to", NULL};
  if (fx_starts_with_any(x, w, planning)) return 1;
  size_t we = w;
  while (we < to && ivl_isalpha((unsigned char)x->t[we])) we++;
  return we - w > 4 && memcmp(x->t + we - 3, "ing", 3) == 0 && !fx_starts_with_any(x, w, holds);
}

/* "..., its largest overseas bet to date", "the biggest deal so far": the
** "to date" of a superlative in its own phrase (from the last comma) tells
** a record, not a total held; the phrase may name a long kind and place
** ("the largest telecom infrastructure deal in the country to date", set
** qtelco), so it is looked for up to 80 bytes back. */
static int record_to_date(const ivl_fctx *x, const ivl_fsent *s, size_t c) {
  static const char *const ends[] = {"to date", "so far", NULL};
  static const char *const record[] = {"largest", "biggest", "highest", "lowest", "best", "strongest", NULL};
  if (!fx_starts_with_any(x, c, ends)) return 0;
  size_t from = c > s->vs + 80 ? c - 80 : s->vs;
  const char *comma = NULL;
  for (size_t k = from; k < c; k++)
    if (x->t[k] == ',') comma = x->t + k;
  if (comma) from = (size_t)(comma - x->t);
  size_t r = fx_first(x, from, c, record);
  if (r == FX_NONE) return 0;
  /* no figure between the superlative and "to date": "the largest with $3
  ** billion to date" (one before it is the record's: "a total investment
  ** of $1.5 billion and is the company's largest development to date") */
  for (size_t i = 0; i < s->n; i++)
    if ((s->m[i].kind == FM_MONEY || s->m[i].kind == FM_COUNT) && s->m[i].vs >= r && s->m[i].vs < c) return 0;
  return 1;
}

/* "Quảng Ninh, the province home to Hạ Long Bay, drew ...": a place
** described by what it has, a name after "home to", is no holding of
** projects or capital ("home to 1,200 FDI projects" is). */
/* "home to the 24 MW Bản Ang hydropower plant, which X commissioned in
** 2023 at a cost of ...": one works, told up to the comma after it (no
** count of projects), whose cost is no running total (set qpower). */
static int one_works_after(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const works[] = {"plant", "farm", "factory", "mill", "complex", "dam", "station", NULL};
  size_t end = at;
  while (end < s->ve && x->t[end] != ',') end++;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_COUNT && s->m[i].vs >= at && s->m[i].vs < end) return 0;
  return end < s->ve && fx_ends_with_any(x, end, works);
}

/* "opened a €95 million plant that has since been expanded twice": what
** became of the works since, told in a relative clause on them after the
** figure, is no running total of the money (set qheavy). */
static int works_changed_since(const ivl_fctx *x, const figure *f, size_t c) {
  static const char *const relative[] = {"that", "which", NULL};
  static const char *const changed[] = {"been expanded", "been upgraded", "been extended", "been enlarged",
                                        "been renovated", "been modernised", "been modernized", "been doubled",
                                        NULL};
  return c >= f->ve && (x->t[c] | 0x20) == 'h' && fx_ends_with_any(x, c, relative) &&
         fx_starts_with_any(x, c + 10, changed);
}

/* "paid $18 million for 45 per cent of X, a stake it has since raised to
** 60 per cent": "has since" after a comma past the figure tells what came
** later, in a clause of its own, not that the figure is a total (qwood). */
static int since_after_figure(const ivl_fctx *x, const figure *f, size_t c) {
  static const char *const since[] = {"has since", "have since", NULL};
  return c > f->ve && (x->t[c] | 0x20) == 'h' && fx_starts_with_any(x, c, since) &&
         memchr(x->t + f->ve, ',', c - f->ve) != NULL;
}

/* "Thanh Hóa, home to a deep-sea port and a steel complex, drew $1.1
** billion": "home to" in an aside that a comma closes before the figure,
** with no money or projects of its own (works may be counted: "two cement
** plants"), describes the place; the comma, or FX_NONE ("Bắc Ninh, home to
** 1,200 FDI projects, ..." holds them; set qneg). */
static size_t home_to_aside_end(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t h) {
  const char *comma = h < f->vs ? memchr(x->t + h, ',', f->vs - h) : NULL;
  /* (h - 2 read only inside the sentence: ", home to" needs two bytes before) */
  if (!comma || h < s->vs + 2 || x->t[h - 2] != ',') return FX_NONE;
  size_t end = (size_t)(comma - x->t);
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].vs >= h && s->m[i].vs < end &&
        (s->m[i].kind == FM_MONEY || (s->m[i].kind == FM_COUNT && (s->m[i].flags & FM_PROJECTS))))
      return FX_NONE;
  return end;
}

/* "X will invest $20 million in a centre in Bắc Ninh to serve the north,
** where it has so far relied on rented warehouses": a word of the total
** to date at 'c' inside a ", where" clause after the figure tells of the
** place, not of the figure, when that clause has no money of its own
** (qweek31); not "..., where it has invested $90 million so far". */
static int in_where_clause_after(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t c) {
  if (c <= f->ve) return 0;
  size_t w = fx_find_last(x, f->ve, c, "where");
  if (w == FX_NONE || w < 2 || x->t[w - 1] != ' ' || x->t[w - 2] != ',') return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY && s->m[i].vs > w) return 0;
  return 1;
}

/* "Among the lagging projects is a $150 million dyeing complex of X,
** which has so far completed only one of its three factories": a word of
** the total to date at 'c' inside a ", which" clause after the figure
** (before that clause's next comma) tells how far the works have got, no
** running total of the figure's, when the clause has no money of its own
** (qweek60); not "..., which has so far received $500 million", nor
** "X's $1 billion plant, which opened in 2019, has so far ..." (the word
** past the clause's comma is the main clause's). */
static int in_which_clause_after(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t c) {
  if (c <= f->ve) return 0;
  size_t w = fx_find_last(x, f->ve, c, "which");
  if (w == FX_NONE || w < 2 || x->t[w - 1] != ' ' || x->t[w - 2] != ',' || memchr(x->t + w, ',', c - w)) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY && s->m[i].vs > w) return 0;
  return 1;
}

/* "The land has since been handed to X, which won an auction for the
** site in March with a bid of VND2.1 trillion": a word of the total to
** date at 'c' before a ", which" clause that holds the figure and a date
** of its own is the main clause's; the clause tells a dated deal, no
** running total (qweek60). Not "X, which entered in 2008, has since
** invested $2 billion" (the word after the clause), nor "..., which has
** invested $2 billion to date" (a word of the total inside it). */
static int before_dated_which_clause(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t c) {
  if (c >= f->vs) return 0;
  size_t w = fx_find_last(x, c, f->vs, "which");
  if (w == FX_NONE || w < 2 || x->t[w - 1] != ' ' || x->t[w - 2] != ',' || memchr(x->t + w, ',', f->vs - w) ||
      fx_any(x, w, s->ve, ivl_lexicon(LEX_CUMULATIVE)))
    return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_DATE && s->m[i].vs > w && s->m[i].value_s && !fx_ends_with(x, s->m[i].vs, "since"))
      return 1;
  return 0;
}

/* "X will invest $200 million in a plant in Batangas, the latest step in
** an overseas expansion that has so far failed to turn a profit": a word of
** the total to date at 'c' in a relative clause ("that", "which") inside an
** appositive noun phrase after the figure (", the", ", a", ", its") tells
** of that noun, not of the figure, when no money or count follows the
** comma (set qweek57); not "..., bringing the total it has put in so far
** to $1 billion". */
static int in_appositive_clause_after(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t c) {
  static const char *const dets[] = {"the", "a", "an", "its", NULL};
  static const char *const rels[] = {"that", "which", NULL};
  if (c <= f->ve) return 0;
  size_t comma = FX_NONE;
  for (size_t k = f->ve; k < c; k++)
    if (x->t[k] == ',') comma = k;
  if (comma == FX_NONE || comma + 2 >= c || x->t[comma + 1] != ' ' || !fx_starts_with_any(x, comma + 2, dets)) return 0;
  if (!fx_any(x, comma, c, rels)) return 0;
  for (size_t i = 0; i < s->n; i++)
    if ((s->m[i].kind == FM_MONEY || s->m[i].kind == FM_COUNT) && s->m[i].vs > comma) return 0;
  return 1;
}

static int cumulative_words(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  size_t c = fx_first(x, s->vs, s->ve, ivl_lexicon(LEX_CUMULATIVE));
  /* (not a firm's legal form: "Havfarm Nordic AS of Norway") */
  while (c != FX_NONE && (((x->t[c] | 0x20) == 'c' && doing_now(x, c, s->ve, f)) || record_to_date(x, s, c) ||
                          fx_in_org_name(s, c) || works_changed_since(x, f, c) || since_after_figure(x, f, c) ||
                          in_where_clause_after(x, s, f, c) || in_which_clause_after(x, s, f, c) ||
                          before_dated_which_clause(x, s, f, c) || in_appositive_clause_after(x, s, f, c)))
    c = fx_first(x, c + 7, s->ve, ivl_lexicon(LEX_CUMULATIVE));
  if (c == FX_NONE) return 0;
  size_t h = fx_find(x, s->vs, s->ve, "home to");
  if (h == FX_NONE) return 1;
  /* "X will invest €30 million in a hub at the park, which is home to more
  ** than 200 factories": the place's own aside after the figure, no total
  ** of the figure's (set qgreen) */
  static const char *const which_is[] = {"which is", "which are", NULL};
  if (h > f->ve && memchr(x->t + f->ve, ',', h - f->ve) && fx_ends_with_any(x, h, which_is))
    return fx_any(x, s->vs, h, ivl_lexicon(LEX_CUMULATIVE)) || fx_any(x, h + 7, s->ve, ivl_lexicon(LEX_CUMULATIVE));
  size_t aside = home_to_aside_end(x, s, f, h);
  if (aside != FX_NONE)
    return fx_any(x, s->vs, h, ivl_lexicon(LEX_CUMULATIVE)) || fx_any(x, aside, s->ve, ivl_lexicon(LEX_CUMULATIVE));
  size_t after = h + 7;
  while (after < s->ve && x->t[after] == ' ') after++;
  int the = fx_starts_with(x, after, "the");
  if (the) after += 3; /* "home to the Vũng Áng Economic Zone" */
  while (after < s->ve && x->t[after] == ' ') after++;
  if (after >= s->ve || (!ivl_isupper((unsigned char)x->t[after]) && !(the && one_works_after(x, s, after))))
    return 1;
  return fx_any(x, s->vs, h, ivl_lexicon(LEX_CUMULATIVE)) || fx_any(x, after, s->ve, ivl_lexicon(LEX_CUMULATIVE));
}

/* "Having opened six malls in Việt Nam since 2014, Aeon plans to invest
** ...", "Operating in the country since 2008, X will add ...": a sentence
** that opens with a participle's clause, telling what the subject has done
** before; the comma that closes it, or s->vs when the sentence does not so
** open. Not the prepositions in -ing ("During 2024,", "Following the
** deal,", "According to ..."), whose clause may date the figure. */
static size_t participial_opening(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const not_verbs[] = {"during", "following", "according", "including", "excluding",
                                          "regarding", "concerning", "starting", "beginning", NULL};
  const char *t = x->t;
  size_t first = fx_after_wire_dateline(x, s->vs, s->ve), w = first;
  while (w < s->ve && ivl_isalpha((unsigned char)t[w])) w++;
  if (w - first < 5 || w >= s->ve || t[w] != ' ' || memcmp(t + w - 3, "ing", 3) != 0 ||
      fx_starts_with_any(x, first, not_verbs))
    return s->vs;
  const char *c = memchr(t + w, ',', s->ve - w);
  return c ? (size_t)(c - t) : s->vs;
}

/* "X, an exhibitor at every fair since 2019, said it had finished a $35
** million factory": an apposition (a noun phrase opened by "a", "an" or
** "the") right after the firm, set off by commas and closed before the
** figure, that holds the date d. */
static int in_firm_apposition(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d, const figure *f) {
  static const char *const articles[] = {"a", "an", "the", NULL};
  size_t o = d->vs;
  while (o > s->vs && x->t[o - 1] != ',') o--;
  if (o == s->vs || !fx_starts_with_any(x, o, articles)) return 0;
  const char *close = memchr(x->t + d->ve, ',', s->ve - d->ve);
  if (!close || (size_t)(close - x->t) >= f->vs) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_ORG && s->m[i].ve == o - 1) return 1;
  return 0;
}

/* "Nvidia, present here since 2019, will build a $200 million ...", "X
** and Y have worked together since 2015 and agreed last year to build a
** $90 million ...": between the start year and the figure after it, a
** plan or a promise, which no running total is: the start year is of
** another clause. */
static int plan_between(const ivl_fctx *x, const ivl_fm *d, const figure *f) {
  static const char *const plans[] = {"will", "would", "plans to", "planned to", "agreed", "agrees",
                                      "is set to", "intends to", "aims to", NULL};
  return d->ve <= f->vs && fx_any(x, d->ve, f->vs, plans);
}

/* "will spend $60 million rebuilding the plant, on top of the $310 million
** it has invested in the province since 2011": a start year after a second
** sum that "on top of" (or "in addition to", "besides") sets beside the
** figure dates that sum's running total, not the figure (set qweek137). */
static int start_of_sum_beside(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d, const figure *f) {
  static const char *const beside[] = {"on top of", "in addition to", "besides", NULL};
  if (d->vs <= f->ve) return 0;
  size_t from = fx_mentions_from(s->m, s->n, f->ve);
  for (size_t i = from; i < s->n && s->m[i].vs < d->vs; i++)
    if (s->m[i].kind == FM_MONEY && s->m[i].vs >= f->ve && fx_any(x, f->ve, s->m[i].vs, beside)) return 1;
  return 0;
}

/* "X, which has operated in Việt Nam since 2008, will invest $300
** million": the start year said in an aside about the investor, the
** figure outside it, dates no running total of the figure's. */
static int start_in_other_aside(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  int other = 0;
  size_t opening = participial_opening(x, s);
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *d = &s->m[i];
    if (d->kind != FM_DATE || !fx_ends_with(x, d->vs, "since")) continue;
    if ((d->ve <= opening && f->vs > opening) || in_firm_apposition(x, s, d, f) || plan_between(x, d, f) ||
        start_of_sum_beside(x, s, d, f)) {
      other = 1;
      continue;
    }
    size_t open, close;
    if (!inv_aside_at(x, s, d->vs, d->ve, &open, &close) || (f->vs >= open && f->vs < close)) return 0;
    other = 1;
  }
  return other;
}

/* "... is being developed by X and is due to feed the grid by the end of
** 2028", "is scheduled to be completed by 2027": a "by" date whose own
** clause (back to its comma) tells when works are due is the schedule's
** end, no point a running total was reached by (set qweek5); not "had
** invested $2 billion by the end of 2025". */
static int by_date_of_schedule(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  static const char *const due[] = {"due to", "due for", "scheduled to", "scheduled for", "slated to",
                                    "slated for", "set to", "on track to", NULL};
  size_t c = d->vs;
  while (c > s->vs && x->t[c - 1] != ',') c--;
  return fx_any(x, c, d->vs, due);
}

static int cumulative(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  if (cumulative_words(x, s, f) || (since_year(x, s) && !start_in_other_aside(x, s, f))) return 1;
  /* "By 2017, ...", "by the end of 2022": a total reached by then; not in
  ** a plan ("planned to invest ... in a centre employing 300 by 2026") */
  /* not "plan*": "its plants", "the Ministry of Planning and Investment" */
  static const char *const plans[] = {
    "plan", "plans", "planned", "planning to", "will", "would", "expect*", "intend*", "aim*", "to be",
    /* a headline's future: "Hinode to invest $200 million in Vietnam by 2030" */
    "to invest", "to pour", "to spend",
    /* a promise: "It then pledged another $35 million to double the
    ** plant's capacity by 2027" (set qweek103) */
    "pledged", NULL};
  if (fx_any(x, s->vs, s->ve, plans)) return 0;
  /* "by mid-2024", "by late 2023": the year's part before its mention */
  static const char *const by[] = {"by", "by the end of", "by mid-", "by late", "by early", "by the middle of", NULL};
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_DATE && fx_ends_with_any(x, s->m[i].vs, by) && !by_date_of_schedule(x, s, &s->m[i]))
      return 1;
  return 0;
}

/* "Đồng Nai, which took in Bình Phước on July 1 last year, now hosts ...":
** is the word at 'at' in an aside (set off by commas, opened by "which")
** that tells of a place's merger (the 2025 mergers)? Its period ("last
** year") is the merger's, not the figure's. The aside may close the
** sentence ("... in Binh Duong, which became part of HCMC last year.";
** set qweek67), and "became part of", "folded into" tell a merger too. */
static int in_merger_aside(const ivl_fctx *x, size_t from, size_t to, size_t at) {
  static const char *const which[] = {"which", NULL};
  static const char *const merger[] = {"merg*", "absorb*", "took in", "enlarged", "became part of", "folded into",
                                       NULL};
  size_t o = at, c = at;
  while (o > from && x->t[o - 1] != ',') o--;
  while (c < to && x->t[c] != ',') c++;
  return o > from && c <= to && fx_starts_with_any(x, o, which) && fx_any(x, o, at, merger);
}

/* "lift its capacity to 38 million pairs a year", "12 million square
** metres a year": a yearly rate of a quantity (a number, then one or two
** unit words that are no currency's, right before the period word at
** 'at', not before 'from') is what works make, no period money came in
** over. Not "$50 million a year", "2 billion yen a year": money's own. */
static int quantity_rate_at(const ivl_fctx *x, size_t from, size_t at) {
  static const char *const yearly[] = {"a year", "per year", "annually", NULL};
  static const char *const currencies[] = {"yen", "won", "dong", "baht", "yuan", "euros", "dollars", "pounds",
                                           "rupees", "ringgit", "pesos", NULL};
  static const char *const scales[] = {"million", "billion", "trillion", "thousand", "mln", "bln", NULL};
  if (!fx_starts_with_any(x, at, yearly)) return 0;
  size_t n = at;
  for (int units = 0; units < 3; units++) {
    while (n > from && x->t[n - 1] == ' ') n--;
    if (n > from && ivl_isdigit((unsigned char)x->t[n - 1])) return units > 0;
    size_t b = n;
    while (b > from && ivl_isalpha((unsigned char)x->t[b - 1])) b--;
    if (b == n || fx_starts_with_any(x, b, currencies)) return 0;
    /* (a scale word after a digit ends the number: "38 million pairs") */
    if (fx_starts_with_any(x, b, scales))
      return units > 0 && b > from + 1 && ivl_isdigit((unsigned char)x->t[b - 2]);
    if (units == 2) return 0;
    n = b;
  }
  return 0;
}

/* A word of a period in t[from, to) that is not the end point of one
** ("By the end of the third quarter, X had 380 FDI projects worth": a
** point in time a holding of projects is said at). Said of a sum alone
** ("had attracted $6 billion by the end of the first quarter") it is the
** period's, the year so far. */
static int period_said(const ivl_fctx *x, size_t from, size_t to, const figure *f) {
  const char *const *words = ivl_lexicon(LEX_PERIOD);
  static const char *const ends[] = {"end of", "end of the", NULL};
  if (!of_many_projects(f)) {
    size_t at = fx_first(x, from, to, words);
    while (at != FX_NONE && in_merger_aside(x, from, to, at)) at = fx_first(x, at + 1, to, words);
    return at != FX_NONE;
  }
  for (size_t at = from; (at = fx_first(x, at, to, words)) != FX_NONE; at++) {
    if (in_merger_aside(x, from, to, at)) continue;
    size_t w = at; /* "the first quarter": the ordinal before its noun */
    for (int k = 0; k < 2 && w > from; k++) {
      size_t p = w;
      while (p > from && x->t[p - 1] == ' ') p--;
      size_t b = p;
      while (b > from && ivl_isalnum((unsigned char)x->t[b - 1])) b--;
      if (b == p || fx_ends_with_any(x, w, ends)) break;
      w = b;
    }
    if (!fx_ends_with_any(x, w, ends)) return 1;
  }
  return 0;
}

/* "in 2024", "of March", and with a part of the period said between: "in
** mid-2026", "in early 2026", "in late 2025" (set qdate): a year or a month
** the deed was done in (not "by the end of 2026", a point). */
static int date_of_period(const ivl_fctx *x, const ivl_fm *d) {
  static const char *const opens[] = {"in", "of", "in mid-", "in mid", "in early", "in late", NULL};
  return d && d->value_s && strlen(d->value_s) <= 7 && !fx_ends_with(x, d->vs, "end of") &&
         fx_ends_with_any(x, d->vs, opens);
}

size_t inv_added_statement(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const adding[] = {"adding that", "added that", NULL};
  size_t at = fx_first(x, from, to, adding);
  return at != FX_NONE ? at : to;
}

/* Where over_period() stops reading for figure f: before what the speaker
** adds after it ("adding that") or the source it names ("according to"). */
static size_t period_words_end(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  size_t end = inv_added_statement(x, f->ve, s->ve), source = fx_find(x, f->ve, end, "according to");
  return source != FX_NONE ? source : end;
}

/* "in the first nine months", "in Q1/2025", "last year", "in 2024": the
** figure is what came in over a period; not one the speaker adds after
** it ("..., adding that the plant should open in the second half of
** 2028", set qweek83), nor the source's after it ("..., according to the
** fund's half-year holdings list", set qswf; its day may still date the
** figure). */
static int over_period(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  return period_said(x, s->vs, period_words_end(x, s, f), f) || date_of_period(x, f->date);
}

/* "will lift its capacity to 38 million pairs a year and its total
** investment in Vietnam to $520 million": over_period() said only by the
** yearly rates of quantities (set qweek142), no period the money came in
** over; the total it is lifted to stays a stock. */
static int periods_only_rates(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  const char *const *words = ivl_lexicon(LEX_PERIOD);
  size_t to = period_words_end(x, s, f);
  if (date_of_period(x, f->date)) return 0;
  for (size_t at = fx_first(x, s->vs, to, words); at != FX_NONE; at = fx_first(x, at + 1, to, words))
    if (!in_merger_aside(x, s->vs, to, at) && !quantity_rate_at(x, s->vs, at)) return 0;
  return 1;
}

/* over_period() asked of the figure's own clause only. */
static int period_in_clause(const ivl_fctx *x, const figure *f) {
  return period_said(x, f->cs, f->ce, f) || date_of_period(x, f->date);
}

/* Is t[from, to) only what may stand between a place and its verb:
** nothing, or its generic word ("Hưng Yên Province has")? */
static int names_subject(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const generic[] = {"province", "city", NULL};
  if (fx_only(x, from, to, "")) return 1;
  /* "Bắc Ninh alone hosts 1,650 Korean projects" */
  static const char *const alone[] = {"alone", "itself", NULL};
  if (to - from <= 8 && fx_starts_with_any(x, from, alone) && fx_ends_with_any(x, to, alone)) return 1;
  return to - from < 12 && fx_starts_with_any(x, from, generic) &&
         fx_ends_with_any(x, to, generic);
}

/* "Bắc Ninh has 1,250 FDI projects worth $24 billion", "the city hosts 28
** Japanese projects": a place holding projects (the verb right before the
** count of the figure, the place its subject) holds what came in to date,
** as an investor holding them does. Not "the province has licensed 45
** projects" (the verb's participle comes between). */
static int place_holds_projects(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t verb,
                                size_t verb_end) {
  /* (and a speaker for one: "\"We have about 70 Korean-invested projects
  ** with total capital of $1.4 billion in Gia Lai,\" the chairman said") */
  static const char *const places[] = {"the province", "the city", "the locality", "the country", "we", NULL};
  if (!f->count || !(f->count->flags & FM_PROJECTS) || f->count->vs < verb_end) return 0;
  /* "Bình Phước ranks 15th nationwide in FDI, with 380 projects worth ...":
  ** a place's standing, the projects it holds said with "with" */
  int ranks_with = fx_starts_with(x, verb, "ranks") && f->count->value > 1 && fx_ends_with(x, f->count->vs, "with");
  if (!ranks_with && (f->count->vs - verb_end > 16 || !fx_lower_words(x, verb_end, f->count->vs))) return 0;
  /* "The province, which took in Bắc Kạn on July 1, has 180 projects": the
  ** subject before an aside between it and its verb */
  size_t b = verb;
  while (b > s->vs && x->t[b - 1] == ' ') b--;
  if (b > s->vs && x->t[b - 1] == ',') {
    static const char *const rel[] = {"which", "who", NULL};
    size_t open = b - 1;
    while (open > s->vs && x->t[open - 1] != ',') open--;
    if (open > s->vs && fx_starts_with_any(x, open, rel)) verb = open - 1;
  }
  size_t from = verb > s->vs + 40 ? verb - 40 : s->vs;
  if (from < f->cs) from = f->cs;
  if (fx_ends_with_any(x, verb, places)) return 1;
  for (size_t i = 0; i < s->n && s->m[i].ve <= verb; i++)
    if (s->m[i].vs >= from && (s->m[i].flags & FM_VN) &&
        (s->m[i].kind == FM_PLACE || s->m[i].kind == FM_COUNTRY) && names_subject(x, s->m[i].ve, verb))
      return 1;
  return 0;
}

/* "Foreign tenants at its parks hold 148 projects with registered capital
** of $5.3 billion", "Korean firms have 90 projects worth ...": investors in
** the plural, the clause's subject, holding projects (the verb right
** before the count) hold what came in to date, as a place does
** (place_holds_projects; set qlease). */
static int investors_hold_projects(const ivl_fctx *x, const figure *f, size_t verb, size_t verb_end) {
  static const char *const holders[] = {"tenants", "investors", "firms", "companies", "enterprises",
                                        "businesses", "manufacturers", NULL};
  if (!f->count || !(f->count->flags & FM_PROJECTS) || f->count->vs < verb_end) return 0;
  if (f->count->vs - verb_end > 16 || !fx_lower_words(x, verb_end, f->count->vs)) return 0;
  return fx_any(x, f->cs, verb, holders);
}

/* A company's money put in, said in the perfect: a standing total unless
** said of one thing put into (one_thing_put_into). */
#define INV_PERFECT_PUTTING                                                                            \
  "has invested", "have invested", "has poured", "have poured", "has put", "have put", "has pumped",  \
    "have pumped", "has injected", "have injected"

/* "the $12 billion in FDI that Thái Nguyên has attracted", "the $3 billion
** it has poured into the province": the perfect of a clause right after
** the figure, which it defines (only words, no comma nor name, between
** them: "in FDI"), holds the figure as a standing total. Not "..., which has
** attracted ...", an aside about a place. */
static int holding_after(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const perfects[] = {
    "has attracted", "have attracted", "has drawn", "have drawn", "has lured", "have lured",
    "has received", "have received", INV_PERFECT_PUTTING, NULL};
  static const char *const aux[] = {"has", "have", NULL};
  size_t lim = f->ve + 80 < f->ce ? f->ve + 80 : f->ce;
  size_t fe = f->money && f->money->ve < f->ve ? f->money->ve : f->ve; /* a count joined after it */
  if (!fx_any(x, fe, lim, aux)) return 0; /* most figures: one look */
  /* "A total of $1.2 billion has been invested by X in ...": the perfect
  ** passive right after the figure ("in FDI" at most between) */
  static const char *const passives[] = {
    "has been invested", "have been invested", "has been poured", "have been poured", NULL};
  size_t pass = fx_first(x, fe, fe + 20 < f->ce ? fe + 20 : f->ce, passives);
  if (pass != FX_NONE && fx_lower_words(x, fe, pass)) return 1;
  size_t at = fx_first(x, f->ve, lim, perfects);
  if (at == FX_NONE) return 0;
  /* the subject right before the verb: a name, "it", "the province" */
  size_t subj = at;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].ve <= at && s->m[i].vs >= f->ve && fx_only(x, s->m[i].ve, at, "")) subj = s->m[i].vs;
  static const char *const pronouns[] = {"it", "they", "the province", "the city", "the country", "the company",
                                         "the group", "investors", "foreign investors", NULL};
  if (subj == at) {
    int k = 0;
    for (; pronouns[k] && !fx_ends_with(x, at, pronouns[k]); k++) {}
    if (!pronouns[k]) return 0;
    subj = at - strlen(pronouns[k]);
  }
  /* "that", "which", or no word, after the figure's own noun ("in FDI") */
  while (subj > f->ve && x->t[subj - 1] == ' ') subj--;
  if (fx_ends_with(x, subj, "that")) subj -= 4;
  else if (fx_ends_with(x, subj, "which")) subj -= 5;
  if (subj < f->ve || subj - f->ve > 40) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].vs >= f->ve && s->m[i].ve <= subj) return 0;
  for (size_t p = f->ve; p < subj; p++)
    if (!ivl_isalnum((unsigned char)x->t[p]) && x->t[p] != ' ') return 0;
  return 1;
}

/* "into Aurelle Vietnam Fund Management, its Hà Nội subsidiary, on
** November 25": a firm named, then said in an aside to be the investor's
** own unit (its place may stand before the noun): one thing put into. */
static int own_unit_aside(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  static const char *const units[] = {"subsidiary", "unit", "arm", "affiliate", NULL};
  size_t q = s->m[i].ve;
  if (s->m[i].kind != FM_ORG || q >= s->ve || x->t[q] != ',' || !fx_starts_with(x, q + 1, "its")) return 0;
  q = fx_find(x, q, s->ve, "its") + 3;
  if (i + 1 < s->n && s->m[i + 1].kind == FM_PLACE && s->m[i + 1].vs <= q + 2) q = s->m[i + 1].ve;
  return fx_noun_within_three(x, q, units);
}

/* "the Hoàng Mai steel complex, in which X has invested $180 million", "a
** waste-to-energy project in Cẩm Phả in which Y has invested ...": one works
** put into, named before "in which" (a place of it between at most). */
static int works_before_in_which(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const which[] = {"in which", "into which", NULL};
  /* (one works, so not inv_works' parks, zones, clusters and urban areas,
  ** which many tenants put money into) */
  /* (and a plant's own part or a farm's: "a durian processing line in
  ** Cho Gao district in which it had invested VNĐ300 billion", "a shrimp
  ** hatchery", "a packing house"; set qweek96) */
  static const char *const works[] = {"project", "plant", "factory", "complex", "refinery", "mill", "farm", "centre",
                                      "center", "hotel", "resort", "port", "terminal", "facility", "line",
                                      "hatchery", "packing house", "warehouse", NULL};
  /* (the generic word after a place's name: "in Cho Gao district") */
  static const char *const generic[] = {"district", "province", "commune", "town", "county", NULL};
  size_t from = f->vs > s->vs + 80 ? f->vs - 80 : s->vs;
  size_t at = fx_first(x, from, f->vs, which);
  if (at == FX_NONE) return 0;
  size_t p = at;
  while (p > s->vs && (x->t[p - 1] == ' ' || x->t[p - 1] == ',')) p--;
  if (fx_ends_with_any(x, p, generic)) {
    while (p > s->vs && ivl_isalpha((unsigned char)x->t[p - 1])) p--;
    while (p > s->vs && x->t[p - 1] == ' ') p--;
  }
  /* past a place of the works: "a project in Cẩm Phả in which" */
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].ve == p && s->m[i].kind == FM_PLACE && fx_ends_with(x, s->m[i].vs, "in")) {
      p = s->m[i].vs;
      while (p > s->vs && x->t[p - 1] == ' ') p--;
      p -= 2; /* "in" */
      while (p > s->vs && x->t[p - 1] == ' ') p--;
      break;
    }
  return fx_ends_with_any(x, p, works);
}

/* "into Vietnamese music app Giai Điệu": the company a demonym and
** lower-case words of its trade bring in (set qmedia), else the mention
** at i itself. */
static size_t firm_after_demonym(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  if (s->m[i].kind != FM_COUNTRY || !(s->m[i].flags & FM_DEMONYM) || i + 1 >= s->n) return i;
  const ivl_fm *firm = &s->m[i + 1];
  size_t q = s->m[i].ve;
  while (q < firm->vs && (ivl_islower((unsigned char)x->t[q]) || x->t[q] == ' ' || x->t[q] == '-')) q++;
  return firm->kind == FM_ORG && q == firm->vs && firm->vs - s->m[i].ve <= 40 ? i + 1 : i;
}

/* "has injected $20 million into X, acquiring 49 per cent of the
** carrier", "..., taking a 30 per cent stake": a share bought with the
** sum, told by a participle of buying and its percentage right after the
** name the money went into (one comma on). */
static int share_bought_after(const ivl_fctx *x, const ivl_fsent *s, size_t from) {
  static const char *const buying[] = {"acquiring", "buying", "taking", "gaining", "securing", "picking up", NULL};
  size_t to = from + 60 < s->ve ? from + 60 : s->ve;
  const char *comma = memchr(x->t + from, ',', to - from);
  if (!comma) return 0;
  size_t at = (size_t)(comma - x->t) + 1;
  while (at < s->ve && x->t[at] == ' ') at++;
  if (!fx_starts_with_any(x, at, buying)) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_PERCENT && s->m[i].vs > at) return s->m[i].vs <= at + 24;
  return 0;
}

static int adverb_between(const ivl_fctx *x, size_t w, size_t we);

/* "X has also put $2 million into Hà Nội-based startup Y", "had already
** invested": the perfect of putting with an adverb between its auxiliary
** and its participle, in t[from, to) (set qweek20); the past perfect
** ("had") too when 'past'. */
int inv_perfect_adverb_putting(const ivl_fctx *x, size_t from, size_t to, int past) {
  static const char *const all_aux[] = {"has", "have", "had", NULL};
  static const char *const present_aux[] = {"has", "have", NULL};
  const char *const *aux = past ? all_aux : present_aux;
  static const char *const putting[] = {"invested", "poured", "put", "pumped", "injected", NULL};
  for (size_t a = fx_first(x, from, to, aux); a != FX_NONE; a = fx_first(x, a + 1, to, aux)) {
    size_t w = a;
    while (w < to && ivl_isalpha((unsigned char)x->t[w])) w++;
    while (w < to && x->t[w] == ' ') w++;
    size_t we = w;
    while (we < to && ivl_isalpha((unsigned char)x->t[we])) we++;
    if (we > w && adverb_between(x, w, we) && fx_starts_with_any(x, we, putting)) return 1;
  }
  return 0;
}

/* "X has invested S$40 million in a hotel project", "has poured VNĐ800
** billion into a logistics centre", "has invested $5 million in Hà
** Nội-based startup Y": the perfect said of one thing put into, a deal or
** a project's capital (a flow); not "has invested $1.5 billion in its
** plant since 2006", "has poured $1 billion into 222 projects", "has
** invested $1.1 billion in Australia" (a place's running total). */
static int one_thing_put_into(const ivl_fctx *x, const ivl_fsent *s, size_t sentence_end, const figure *f) {
  /* (the past perfect too, in reported speech: "said on Wednesday it had
  ** put $6 million into Hà Nội-based drone maker X") */
  static const char *const perfect[] = {INV_PERFECT_PUTTING, "had invested", "had poured", "had put", "had pumped",
                                        "had injected", NULL};
  static const char *const one[] = {"in a", "in an", "into a", "into an", NULL};
  static const char *const in[] = {"in", "into", NULL};
  size_t w = f->equiv && f->equiv->ve > f->ve ? f->equiv->ve : f->ve; /* "S$40 million (US$29.6 million)" */
  while (w < s->ve && (x->t[w] == ' ' || x->t[w] == ')')) w++;
  /* "has invested $250 million to buy a stake in ...", "to build a plant":
  ** what the sum was put into, said by its purpose */
  static const char *const purpose[] = {
    "to buy", "to acquire", "to purchase", "to build", "to construct", "to set up", "to develop",
    "to open", "to expand", "to upgrade", "to take", NULL};
  int thing = fx_starts_with_any(x, w, one) || fx_starts_with_any(x, w, purpose);
  /* "has invested $250 million for a 5.5 per cent stake in ...": the
  ** sum's price, a share bought */
  static const char *const for_a[] = {"for a", "for an", NULL};
  static const char *const share[] = {"stake", "stakes", NULL};
  if (!thing && fx_starts_with_any(x, w, for_a)) thing = fx_any(x, w, w + 40 < s->ve ? w + 40 : s->ve, share);
  /* "in HCM City-based fintech Tiko": a company named by its place */
  if (!thing && fx_starts_with_any(x, w, in)) {
    size_t based = fx_find(x, w, w + 40 < s->ve ? w + 40 : s->ve, "based");
    thing = based != FX_NONE && based > w && x->t[based - 1] == '-';
    /* "in Thiện Tâm Healthcare JSC, ..., in exchange for a 22 per cent
    ** stake": a company named, bought into by a stake (said after an
    ** aside, past the figure's scope: the sentence's end) */
    static const char *const stake[] = {"stake", "stakes", NULL};
    /* "in Hà Nội private school operator X": a company named after its
    ** place and lower-case words of what it does */
    static const char *const firms[] = {"operator", "startup", "start-up", "firm", "company", "maker", "producer",
                                        "processor", "developer", "chain", "retailer", "platform", "lender",
                                        "provider", "group", "manufacturer", "app", NULL};
    for (size_t i = 0; !thing && i < s->n; i++)
      if (s->m[i].vs > w && s->m[i].vs <= w + 6) {
        const ivl_fm *p = &s->m[i];
        size_t q = p->ve, end = p->ve + 40 < s->ve ? p->ve + 40 : s->ve;
        while (q < end && (ivl_islower((unsigned char)x->t[q]) || x->t[q] == ' ' || x->t[q] == '-')) q++;
        thing = p->kind == FM_PLACE && q > p->ve + 1 && q < end && ivl_isupper((unsigned char)x->t[q]) &&
                x->t[p->ve] == ' ' && fx_ends_with_any(x, q, firms);
        break;
      }
    for (size_t i = 0; !thing && i < s->n; i++)
      if (s->m[i].vs > w && s->m[i].vs <= w + 6) {
        i = firm_after_demonym(x, s, i);
        thing = s->m[i].kind == FM_ORG && (s->m[i].flags & FM_COMPANY) && fx_any(x, s->m[i].ve, sentence_end, stake);
        if (!thing) thing = own_unit_aside(x, s, i);
        break;
      }
  }
  if (!thing && fx_starts_with_any(x, w, in)) thing = share_bought_after(x, s, w);
  if (!thing) thing = works_before_in_which(x, s, f);
  return thing && (fx_any(x, f->cs, f->vs, perfect) || inv_perfect_adverb_putting(x, f->cs, f->vs, 1)) && !since_year(x, s) &&
         !fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_CUMULATIVE)) && fx_find(x, s->vs, s->ve, "total") == FX_NONE;
}

/* The words that bring in one project's total capital ("with total
** investment of $200 million"), read by planned_total and licensed_total. */
static const char *const total_capital_of[] = {
  "total investment of", "total capital of", "total investment capital of", "a total investment of",
  "total registered capital of",
  /* "The project, developed by X, has a total cost of $138 million" */
  "total cost of",
  /* "with total investment estimated at $600 million": the same total,
  ** told as an estimate (set qlease) */
  "total investment estimated at", "total capital estimated at", "total cost estimated at",
  "total investment put at", "total investment valued at",
  /* "with a total project investment cost of VND4,912.6 billion": a
  ** procurement notice's name for the same total (set qweek138) */
  "total investment cost of", "total project investment cost of", "total project investment of", NULL};

/* "In the first nine months, FDI reached $28.5 billion. ... Singapore led
** among 108 countries and territories investing in Vietnam with $4.9
** billion": a past lead ("led", "topped", "came first", "continued to
** lead") told right after the article's flows of a period is that
** period's, a flow; told alone, or in the present ("ranks first among",
** "is the largest among"), the roster is of the place's investors to
** date. */
/* (the roster may open the sentence, its lead told after it: "Among 62
** countries and territories investing in Vietnam, Singapore ranked first
** with ...": the clause from the comma after the roster to the figure) */
static int roster_led_in_period(const ivl_fctx *x, const ivl_fsent *s, size_t roster, const figure *f) {
  static const char *const led[] = {"led", "topped", "came", "ranked", "continued to lead", "continued to top", NULL};
  static const char *const standing[] = {
    "is", "are", "has", "have", "now", "currently", "remains", "remained", "still", "total", NULL};
  size_t after = FX_NONE;
  if (roster < f->vs) {
    const char *c = memchr(x->t + roster, ',', f->vs - roster);
    if (c) after = (size_t)(c - x->t);
  }
  int lead = fx_any(x, s->vs, roster, led) || (after != FX_NONE && fx_any(x, after, f->vs, led));
  if (!lead || fx_any(x, s->vs, roster, standing) || (after != FX_NONE && fx_any(x, after, f->vs, standing)))
    return 0;
  /* the last sentence with facts, one of the three before, told flows */
  return x->c.fact_sent && x->c.fact_sent <= s->index && s->index - x->c.fact_sent < 3 && !x->c.fact_stock;
}

static int place_now_aside(const ivl_fctx *x, size_t at);

/* Is a word of 'holds' in t[from, to), not counting the "now" of an aside
** on a place after the 2025 mergers ("in Bình Dương, now part of HCM
** City, with total capital of": what the place is now, no holding)? */
static int holds_in(const ivl_fctx *x, size_t from, size_t to, const char *const *holds) {
  for (size_t at = fx_first(x, from, to, holds); at != FX_NONE; at = fx_first(x, at + 3, to, holds))
    if (!place_now_aside(x, at)) return 1;
  return 0;
}

static int future_holding(const ivl_fctx *x, size_t at);
static int venture_named_holds(const ivl_fctx *x, const ivl_fsent *s, size_t at, const figure *f);

/* Is "have" in t[from, to) a holding now, not one to come ("will have")? */
static int present_have(const ivl_fctx *x, size_t from, size_t to) {
  for (size_t at = fx_find(x, from, to, "have"); at != FX_NONE; at = fx_find(x, at + 4, to, "have"))
    if (!future_holding(x, at)) return 1;
  return 0;
}

/* Does the field whose label ends at 'at' open right after a field
** separator ("|", ";" or " / "), as a listing's one-line record of a
** project writes it (set qweek119): "Sora Thu Duc | Investor: X | Total
** investment: US$150 million | Status: Sold out"? The label alone stands
** between. */
static int field_after_separator(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  size_t b = at;
  while (b > s->vs && at - b < 45 && x->t[b - 1] != '|' && x->t[b - 1] != ';' && x->t[b - 1] != '/') b--;
  if (b == s->vs || at - b >= 45) return 0;
  while (b < at && x->t[b] == ' ') b++;
  return fx_starts_with(x, b, "total");
}

/* "B.Grimm Wind Power (Thailand): Hướng Linh wind farms, total investment
** VNĐ8,900 billion", "a footwear factory in the X Industrial Park, total
** investment: USD 95 million": a list's record of one project (a booklet's
** projects licensed, a decision's annex), its works named, then its total
** after a comma with no verb of its own: that project's capital, a flow
** (rule 15), as "with total investment of" is after a licence. Not a
** holding told before ("has 30 factories, total investment ..."), nor
** many projects counted. */
static int works_then_total(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const labels[] = {"total investment", "total investment:", "total investment capital",
                                       "total investment capital:", "total capital", "total capital:", NULL};
  static const char *const holds[] = {"has", "have", "had", "hosts", "now", "its total", "their total", NULL};
  size_t at = inv_before_hedge(x, f->vs);
  if (!f->money || of_many_projects(f) || !fx_ends_with_any(x, at, labels)) return 0;
  size_t comma = at;
  while (comma > s->vs && x->t[comma - 1] != ',' && at - comma < 32) comma--;
  if (comma == s->vs || x->t[comma - 1] != ',' || !fx_starts_with_any(x, comma, labels)) return 0;
  return fx_any(x, s->vs, comma, inv_works) && !holds_in(x, s->vs, comma, holds);
}

/* "Total investment capital: VND5,600 billion (about $220 million).", "The
** total investment capital is ...", or a total split into the investor's
** part and the part mobilised ("VND12,240 billion, of which the investor's
** contributed capital is ... and mobilised capital is ..."): the field of
** a decision or certificate giving one project's capital, a flow (rule
** 15; set qweek82). Not a total to date ("to date", "valid"). */
static int decision_capital(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const field[] = {"total investment capital:", "total investment capital is",
                                      "total investment:", "total investment is", "total capital:",
                                      "total investment capital of the project:",
                                      "total investment capital of the project is", NULL};
  static const char *const split[] = {"of which the investor's", "of which the investor",
                                      "of which the investor’s", "of which: the investor's", NULL};
  if (fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_CUMULATIVE))) return 0;
  size_t at = inv_before_hedge(x, f->vs);
  if (fx_ends_with_any(x, at, field) && (at - s->vs < 60 || field_after_separator(x, s, at))) return 1;
  size_t after = fx_past_bracketed_equivalent(x, f->ve);
  while (after < s->ve && (x->t[after] == ',' || x->t[after] == ' ')) after++;
  return fx_starts_with_any(x, after, split);
}

/* "The plant, with a total investment of VNĐ1.9 trillion (US$75 million),
** will produce 100,000 cubic metres a day": works opening the sentence,
** their capital in an aside, then what they will do: works to come, their
** capital a plan, as "will be developed" after it tells (set qweek67). Not
** a firm so opening ("Samsung, with total investment of ..., will"). */
static int works_to_come(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const works[] = {"the plant", "the project", "the factory", "the facility", "the complex",
                                      "the mill", "the terminal", "the farm", NULL};
  if (!fx_starts_with_any(x, s->vs, works) || f->ve >= s->ve) return 0;
  const char *comma = memchr(x->t + f->ve, ',', s->ve - f->ve);
  if (!comma) return 0;
  size_t w = (size_t)(comma - x->t) + 1;
  while (w < s->ve && x->t[w] == ' ') w++;
  return fx_starts_with(x, w, "will");
}

/* "With a total investment of $X, Korean firm Y will build ...": the
** total in a phrase the sentence opens on (past a wire's dateline), its
** plan told in the main clause after it. */
static int fronted_total_planned(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const char *const *plans) {
  static const char *const with[] = {"with", NULL};
  size_t from = fx_after_wire_dateline(x, s->vs, f->vs);
  return fx_starts_with_any(x, from, with) && !memchr(x->t + from, ',', f->vs - from) &&
         fx_any(x, f->ve, s->ve, plans);
}

/* "X plans to open 20 supermarkets with total investment of $200 million
** by 2027", "will build a plant with total capital of $50 million", "is
** developing the plant with total capital of", "The resort, with total
** investment of $200 million, will be developed by X" (its future told
** after the figure): the capital of what a company plans, a flow (rule
** 15); not "plans to raise its total investment to ...", "has total
** capital of ..." (but "will have total capital of ...", capital to be
** put in). */
static int planned_total(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const works_to_be[] = {"will be developed", "will be built", "will be constructed",
                                            "will be implemented", "will be carried out", "will be invested",
                                            "is to be developed", "is to be built", "are to be built",
                                            "are to be developed", NULL};
  static const char *const plans[] = {"plans", "plan", "planned", "will", "intends", "pledged", "pledges",
                                      /* "X, which is developing the plant with total capital
                                      ** of $1.6 billion": works under way, their capital
                                      ** still going in (set qweek49) */
                                      "is developing", "is building", "are developing", "are building", NULL};
  static const char *const holds[] = {"has", "had", "raise*", "lift*", "bring*", "increase*", "now", NULL};
  /* ("The joint venture, X, will have total investment capital of $1.6
  ** billion": the capital a firm being founded will have, still to be
  ** put in, as its charter capital is) */
  return fx_ends_with_any(x, inv_before_hedge(x, f->vs), total_capital_of) &&
         (fx_any(x, s->vs, f->vs, plans) || fx_any(x, f->ve, s->ve, works_to_be) || works_to_come(x, s, f) ||
          fronted_total_planned(x, s, f, plans)) &&
         !holds_in(x, s->vs, f->vs, holds) && !present_have(x, s->vs, f->vs);
}

/* "with total investment capital (tổng vốn đầu tư) of USD 46 million": the
** total's words, their Vietnamese in brackets before their "of", as
** bilingual notes gloss a legal term (set qweek90): the same total as
** total_capital_of's. Is the text before 'at' that? */
static int total_glossed_of(const ivl_fctx *x, size_t at) {
  static const char *const totals[] = {"total investment", "total capital", "total investment capital",
                                       "total registered capital", "total cost", NULL};
  const char *t = x->t;
  if (at < 8 || memcmp(t + at - 5, ") of ", 5) != 0) return 0;
  size_t close = at - 5, b = close;
  while (b > 0 && close - b < 80 && t[b] != '(' && t[b] != '\n') b--;
  if (t[b] != '(' || b == 0 || t[b - 1] != ' ') return 0;
  return fx_ends_with_any(x, b, totals);
}

/* "granted an investment certificate to X for the Y plant, with total
** investment of $2.2 billion", "broke ground on the Z park, with total
** capital of ...": a project's capital at its licensing or its start, a
** flow (rule 15); not "now has total investment of", "raising its total
** capital to". */
static int licensed_total(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const licensed[] = {
    /* (each, so many firms' "received investment certificates ..., with
    ** total registered capital of": the licences' sum, a flow) */
    "certificate", "certificates", "licence", "licences", "license", "licenses", "broke ground", "breaks ground", "ground-breaking",
    "groundbreaking",
    /* the certificate by its acronym, as law firms' notes write it: "obtained
    ** an IRC for a cold-storage centre ..., with total investment capital of
    ** USD 46 million" (set qweek90) */
    "irc", "ircs", NULL};
  static const char *const holds[] = {
    "has", "have", "had", "raise*", "lift*", "bring*", "increase*", "now", "its total", "their total", NULL};
  /* (also "received investment registration certificates for projects
  ** totalling $410 million": the sum of the licences given, a flow) */
  static const char *const totalling[] = {"totalling", "totaling", NULL};
  size_t at = inv_before_hedge(x, f->vs);
  if (holds_in(x, s->vs, f->vs, holds)) return 0;
  if (fx_ends_with_any(x, at, totalling)) return fx_any(x, s->vs, f->vs, ivl_lexicon(LEX_LICENSING));
  return (fx_ends_with_any(x, at, total_capital_of) || total_glossed_of(x, at)) && fx_any(x, s->vs, f->vs, licensed);
}

/* "X has received an investment registration certificate for its wind
** farm, with total investment capital of $600 million": one project's
** capital at its licensing, a flow (rule 15); not a total said of many
** projects nor to date. (licensed_total reads the sentence's licence or
** ground-breaking with "total ... of" right before the figure; this, the
** licence given in the figure's clause, with the total's words anywhere
** in it.) */
static int one_project_licensed(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const licence[] = {"certificate", "licence", "license", NULL};
  static const char *const given[] = {"received", "receives", "receiving", "granted", "grants", "issued",
                                      "awarded", "handed", NULL};
  static const char *const total[] = {"total investment", "total capital", "total investment capital",
                                      "total registered capital", NULL};
  /* "..., which received its licence in 2008, has total investment of":
  ** what it holds now */
  static const char *const holds[] = {"has total", "have total", "had total", "holds", "now", NULL};
  if (f->count || !fx_ends_with(x, inv_before_hedge(x, f->vs), "of") || !fx_any(x, f->cs, f->vs, total) ||
      holds_in(x, f->cs, f->vs, holds))
    return 0;
  size_t l = fx_first(x, f->cs, f->vs, licence);
  if (l == FX_NONE || !fx_any(x, l > f->cs + 50 ? l - 50 : f->cs, l, given)) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_COUNT && (s->m[i].flags & FM_PROJECTS)) return 0;
  return !fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_CUMULATIVE));
}

/* "the winning bidder is the joint venture of X and Y, with a total
** investment of VND6,850 billion", "recognised X, the sole bidder, as the
** investor of the residential area, with total investment of ...": the
** result of a tender or an investor selection, naming who will build the
** works, and their capital, a flow (rule 15) as at a licence; the "is" of
** "the winning bidder is" names the winner, no holding. Not a total held
** ("now has total investment of"), nor many projects' sum. */
static int selection_result_total(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const result[] = {
    "winning bidder", "sole bidder", "successful bidder", "only bidder", "won the bid", "won a bid", "wins the bid",
    "won the tender", "won a tender", "wins the tender", "investor selection", "as the investor of",
    "as investor of",
    /* the project's investor named in a brochure (set qweek119): "X, a
    ** member of Y Group, is the investor of Z township, with a total
    ** investment of": who builds it and its capital, no holding */
    "is the investor of", "is the developer of", "are the investors of", "are the developers of",
    /* a selection notice's own words (set qweek138): "The investor
    ** selected is X, with total investment cost of", "recognised as the
    ** winning investor of the park, with a total investment of" */
    "investor selected", "selected investor", "winning investor", NULL};
  static const char *const holds[] = {"now", "hosts", "ranks", "remains", "holds", "raise*", "lift*", "bring*",
                                      "increase*", "its total", "their total", "has total", "have total",
                                      "had total", NULL};
  if (f->count || !fx_ends_with_any(x, inv_before_hedge(x, f->vs), total_capital_of) ||
      !fx_any(x, f->cs, f->ce, result) || holds_in(x, s->vs, f->vs, holds))
    return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_COUNT && (s->m[i].flags & FM_PROJECTS) && s->m[i].value > 1) return 0;
  return !fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_CUMULATIVE));
}

/* "Hyosung signed an MoU on factories with total investment of $1.34
** billion", "inaugurated a plant on May 8 with a total investment of $58
** million", "the factory, with total capital of $95 million, was put into
** operation": one project's capital told at an event of its own (a
** signing, an opening, the start of its building, its approval), a flow
** (rule 15). licensed_total reads licences and ground-breakings; not "now
** has total investment of", "is home to 1,150 projects with total
** investment of", "ranks third with total capital of". */
static int total_at_event(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const events[] = {
    "signed", "signs", "inked", "memorandum", "mou", "inaugurated", "inaugurates", "opened", "launched",
    "started construction", "starts construction", "began construction", "begins construction",
    "commenced", "kicked off", "approved", "approves", "put into operation", "into operation", "unveiled",
    "set up", "sets up", "formed", "forms", "established", "establishes",
    /* "X, which the firm built at a total investment of $181 million" */
    "built", "commissioned",
    /* "has been granted investment policy approval for the X park, with
    ** total investment of": an approval given, as a licence is */
    "granted", "approval",
    /* "presented the decision approving investment policy for the wind
    ** project to X, with total investment of" (set qweek29) */
    "approving",
    /* "completed its appraisal of the feasibility study for X's project in
    ** Y, with total investment of": a project's appraisal, the step
    ** before its approval (set qweek92) */
    "appraised", "appraises", "appraisal", "feasibility study",
    /* "X has been selected to develop the 1,500 MW plant in Y, with total
    ** investment of": an investor selection's result, as a licence is */
    "selected to develop", "selected to build", "selected as investor", "selected as the investor", NULL};
  static const char *const holds[] = {
    "now", "hosts", "is", "are", "ranks", "remains", "holds", "raise*", "lift*", "bring*", "increase*",
    "its total", "their total", NULL};
  static const char *const aux[] = {"has", "have", "had", NULL};
  if (f->count || !fx_ends_with_any(x, inv_before_hedge(x, f->vs), total_capital_of) || holds_in(x, s->vs, f->vs, holds) ||
      !fx_any(x, f->cs, f->ce, events))
    return 0;
  /* "has approved", "has been approved": the perfect of the event, not a
  ** holding ("has total investment of") */
  for (size_t at = s->vs; (at = fx_first(x, at, f->vs, aux)) != FX_NONE; at++) {
    size_t w = at;
    while (w < f->vs && ivl_isalpha((unsigned char)x->t[w])) w++;
    while (w < f->vs && x->t[w] == ' ') w++;
    if (fx_starts_with(x, w, "been")) w += 4;
    while (w < f->vs && x->t[w] == ' ') w++;
    if (!fx_starts_with_any(x, w, events)) return 0;
  }
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_COUNT && (s->m[i].flags & FM_PROJECTS) && s->m[i].value > 1) return 0;
  return !fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_CUMULATIVE));
}

/* After a verb of holding ending at 'end': a share held ("49 per cent"),
** then "and" with a verb of its own before the figure, not a perfect or a
** state ("and has invested", "and is"): "will hold 49 per cent and
** contribute $147 million". */
static int share_then_deed(const ivl_fctx *x, const ivl_fsent *s, size_t end, const figure *f) {
  static const char *const states[] = {"has", "have", "had", "is", "are", "was", "were", "now", "total*", NULL};
  size_t i = 0;
  while (i < s->n && s->m[i].vs < end) i++;
  if (i == s->n || s->m[i].kind != FM_PERCENT || s->m[i].ve > f->vs || s->m[i].vs > end + 12) return 0;
  size_t a = fx_find(x, s->m[i].ve, f->vs, "and");
  if (a == FX_NONE) return 0;
  size_t w = a + 3;
  while (w < f->vs && x->t[w] == ' ') w++;
  return w < f->vs && ivl_isalpha((unsigned char)x->t[w]) && !fx_starts_with_any(x, w, states);
}

/* After a verb of holding ending at 'end': "and" then a deed of the same
** subject before the figure, its own predicate ("has two plants in Bình
** Dương and will build a $60 million third", "has run a mill there since
** 2015 and agreed to build", "owns a farm and is building"): the figure
** is the deed's, not what is held. Not "and has", "and is the largest"
** (a state again). */
static int deed_after_and(const ivl_fctx *x, size_t end, const figure *f) {
  static const char *const deeds[] = {
    "will", "would", "plans", "planned", "plan", "aims", "intends", "wants", "agreed", "agrees", "signed",
    "signs", "pledged", "pledges", "committed", "commits", "decided", "announced", "announces", "unveiled",
    "proposed", "proposes", "received", "receives", "won", "wins", "got", "obtained", "is now", "is set",
    "is building", "is investing", "is expanding", "is developing", "are building", "are investing",
    "now plans", "now wants", "also plans", NULL};
  for (size_t a = fx_find(x, end, f->vs, "and"); a != FX_NONE; a = fx_find(x, a + 3, f->vs, "and")) {
    size_t w = a + 3;
    while (w < f->vs && x->t[w] == ' ') w++;
    if (fx_starts_with_any(x, w, deeds)) return 1;
  }
  return 0;
}

/* Where the subject of a "has" at 'has' ends: before an aside set off by
** commas ("The second phase, covering 294 hectares, has", "The biggest
** project, Ring Road 4, has"), the word before the aside; else 'has'. */
static size_t subject_end_before(const ivl_fctx *x, size_t from, size_t has) {
  size_t p = has;
  while (p > from && x->t[p - 1] == ' ') p--;
  if (p == from || x->t[p - 1] != ',') return has;
  size_t low = p > from + 80 ? p - 80 : from;
  for (size_t c = p - 1; c > low; c--)
    if (x->t[c - 1] == ',') return c - 1;
  return has;
}

/* "the Quỳnh Lập plant, which has a total investment of": a relative
** clause whose "has" is said of the noun before its comma; where that
** noun ends, else 'has'. */
static size_t relative_subject_end(const ivl_fctx *x, size_t from, size_t has) {
  static const char *const which[] = {"which", "that", NULL};
  size_t p = has;
  while (p > from && x->t[p - 1] == ' ') p--;
  if (!fx_ends_with_any(x, p, which)) return has;
  while (p > from && ivl_isalpha((unsigned char)x->t[p - 1])) p--;
  while (p > from && x->t[p - 1] == ' ') p--;
  return p > from && x->t[p - 1] == ',' ? p - 1 : has;
}

/* Does the place m, with its administrative word ("Đồng Nai Province"),
** end at 'end' (spaces between)? */
static int place_ends_at(const ivl_fctx *x, const ivl_fm *m, size_t end) {
  size_t k = m->ve;
  while (k < end && x->t[k] == ' ') k++;
  return fx_only(x, fx_admin_word_at(x, k, end), end, " ");
}

/* "in Biên Hòa, Đồng Nai Province": where the places written one after
** another, each set off by a comma, begin, the last of them mention i. */
static size_t place_chain_start(const ivl_fctx *x, size_t i, size_t from) {
  while (i > 0 && x->m[i - 1].kind == FM_PLACE && x->m[i - 1].vs >= from) {
    size_t c = x->m[i].vs;
    while (c > x->m[i - 1].ve && x->t[c - 1] == ' ') c--;
    if (c == x->m[i - 1].ve || x->t[c - 1] != ',' || !place_ends_at(x, &x->m[i - 1], c - 1)) break;
    i--;
  }
  return x->m[i].vs;
}

/* "the Hanwha Vina factory, invested by X Co., Ltd of the RoK, has", "the
** Tân Lập project of Long Hậu JSC has": where the works end before the
** aside that names who invests in them, or before "of" and their firm;
** else 'has'. */
static size_t owned_works_end(const ivl_fctx *x, size_t from, size_t has) {
  static const char *const by[] = {"invested by", "developed by", "owned by", "built by", NULL};
  size_t low = has > from + 120 ? has - 120 : from;
  size_t p = fx_last(x, low, has, by);
  if (p != FX_NONE && p >= low + 2 && memcmp(x->t + p - 2, ", ", 2) == 0) return p - 2;
  for (size_t i = fx_mention_from(x, low); i < x->nm && x->m[i].vs < has; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind != FM_ORG || !fx_only(x, m->ve, has, " ") || !fx_ends_with(x, m->vs, "of")) continue;
    size_t of = m->vs;
    while (of > low && x->t[of - 1] == ' ') of--;
    return of - 2;
  }
  return has;
}

/* "Trung Nam Group's 200MW Phan Rí plant has total investment of", "the
** 150MW Tuy Phong farm has a total capital of": the subject right before
** the "has" is a project noun, whoever's it is; not a firm's described in
** a relative clause ("whose complex has total investment of", d2a-04). */
static int project_noun_has_total(const ivl_fctx *x, const figure *f) {
  static const char *const has_total[] = {
    "has total investment of", "has a total investment of", "has total capital of", "has a total capital of",
    "has total investment capital of", "has a total investment capital of",
    /* "The hospital will have total investment of": its capital to be */
    "will have total investment of", "will have a total investment of", "will have total capital of",
    "will have a total capital of", NULL};
  static const char *const nouns[] = {"project", "plant", "factory", "farm", "mill", "complex", "facility",
                                      "terminal", "cluster", "phase", "component", "hospital", "hotel", "school",
                                      "bridge", "township", "resort", "mall",
                                      /* "The expansion, which will lift the plant's
                                      ** capacity ..., has a total investment of" */
                                      "expansion", "upgrade", "extension",
                                      /* "the 52km X – Y expressway section, which has
                                      ** total investment of": a works of transport or a
                                      ** building, one project's capital (set qweek49) */
                                      "section", "expressway", "highway", "road", "railway", "airport",
                                      "tower", "building", "warehouse", "campus", NULL};
  static const char *const where[] = {"in", "at", NULL};
  if (!fx_ends_with_any(x, f->vs, has_total)) return 0;
  size_t has = fx_find(x, f->vs > f->cs + 40 ? f->vs - 40 : f->cs, f->vs, "has");
  if (has == FX_NONE) has = fx_find(x, f->vs > f->cs + 40 ? f->vs - 40 : f->cs, f->vs, "will");
  /* "SEVT, whose mobile phone complex ... has total investment of": what
  ** a firm described holds, a standing total */
  if (has == FX_NONE || fx_find(x, has > f->cs + 80 ? has - 80 : f->cs, has, "whose") != FX_NONE) return 0;
  if (fx_ends_with_any(x, subject_end_before(x, f->cs, has), nouns) ||
      fx_ends_with_any(x, relative_subject_end(x, f->cs, has), nouns) ||
      fx_ends_with_any(x, owned_works_end(x, f->cs, has), nouns))
    return 1;
  /* "... wind farm in Lâm Đồng has", "the plant in Đà Nẵng, which has":
  ** the project's place between */
  size_t end = relative_subject_end(x, f->cs, has);
  size_t i = fx_mention_from(x, end > f->cs + 90 ? end - 90 : f->cs);
  for (; i < x->nm && x->m[i].ve <= end; i++)
    if (x->m[i].kind == FM_PLACE && place_ends_at(x, &x->m[i], end)) {
      size_t prep = place_chain_start(x, i, f->cs);
      if (!fx_ends_with_any(x, prep, where)) continue;
      while (prep > f->cs && x->t[prep - 1] == ' ') prep--;
      while (prep > f->cs && ivl_isalpha((unsigned char)x->t[prep - 1])) prep--;
      return fx_ends_with_any(x, prep, nouns);
    }
  return 0;
}

/* "The La Gàn project in Bình Thuận is developed by X. Its total
** investment is $4.5 billion": a sentence opening with "its total" (or "it
** has a total") right after one that told who develops the works speaks
** of the works, not of the firm. */
int inv_its_total_developed(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const its_total[] = {"its total", "it has a total", "it has total", NULL};
  return x->c.developer && x->c.developer_sent == s->index && fx_starts_with_any(x, s->vs, its_total);
}

/* "The project has total investment of $135 million", "The plant, located
** in ..., has a total capital of": the capital of the one project just
** spoken of, its own, not a running total, a flow (rule 15); not "now
** has", "to date", nor a place's or firm's total (the sentence opens with
** the project). */
static int project_has_total(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const projects[] = {"the project", "the plant", "the factory", "the farm", "the mill",
                                         "the complex", "the facility", "the terminal", "the expansion",
                                         "the upgrade", NULL};
  static const char *const has[] = {"has", "had", NULL};
  static const char *const running[] = {"now has", "currently has", "has now", "to date", "so far", NULL};
  /* "The project of X in Quang Chau Industrial Park has investment capital
  ** of USD 285 million": a portal's wording of the project's own capital,
  ** with no "total" (set qweek29) */
  static const char *const own_capital_of[] = {"has investment capital of", "has an investment capital of",
                                               "has a registered capital of", "has registered capital of", NULL};
  if (f->count) return 0;
  if (fx_starts_with_any(x, s->vs, projects) && fx_ends_with_any(x, inv_before_hedge(x, f->vs), own_capital_of))
    return !fx_any(x, s->vs, s->ve, running) && !fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_CUMULATIVE));
  /* ("Its total investment is": the works' own, worded with "is") */
  if (!inv_its_total_developed(x, s) &&
      (!fx_ends_with_any(x, inv_before_hedge(x, f->vs), total_capital_of) ||
       (!project_noun_has_total(x, f) && (!fx_starts_with_any(x, s->vs, projects) || !fx_any(x, s->vs, f->vs, has)))))
    return 0;
  return !fx_any(x, s->vs, s->ve, running) && !fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_CUMULATIVE));
}

/* "a special zone of", "a ward of the city": what unit a place is now,
** after the 2025 reform, one or two lower-case words before the unit's
** noun (set qepithet). */
static int unit_named_at(const ivl_fctx *x, size_t w) {
  static const char *const article[] = {"a", "an", NULL};
  static const char *const units[] = {"ward", "commune", "zone", "district", "town", "township", NULL};
  if (!fx_starts_with_any(x, w, article)) return 0;
  while (ivl_isalpha((unsigned char)x->t[w])) w++;
  return fx_noun_within(x, w, units, 2);
}

/* "(now Tay Ninh province)", "(now Hai Phong city)": a bracket opening on
** "now" at 'at' that closes soon with no figure in it (a unit's name and
** its noun), no "(now worth $50 million)". */
static int now_bracket_names_unit(const ivl_fctx *x, size_t at) {
  for (size_t p = at + 3; p < at + 60 && x->t[p] && x->t[p] != '\n'; p++) {
    if (x->t[p] == ')') return p > at + 4;
    if (ivl_isdigit((unsigned char)x->t[p]) || x->t[p] == '$') return 0;
  }
  return 0;
}

/* "in Bình Dương, now part of HCM City,", "Thuận An, now merged into ...",
** "in what used to be Bắc Giang and is now part of Bắc Ninh", "in Duc
** Hoa, Long An (now Tay Ninh province)" (the new unit in brackets, as
** bilingual notes gloss it; set qweek90): an aside telling what a place
** is now (after the 2025 mergers), no holding of the investor's; 'at' is
** a "now" after a comma, a bracket or "is". */
static int place_now_aside(const ivl_fctx *x, size_t at) {
  static const char *const status[] = {"part of", "merged", "belongs", "belonging", "renamed", "known as", NULL};
  /* (or "and is now part of ...") */
  static const char *const is[] = {"is", NULL};
  if (at < 2 || !fx_starts_with(x, at, "now")) return 0;
  if (x->t[at - 1] == '(') return now_bracket_names_unit(x, at);
  if ((x->t[at - 2] != ',' || x->t[at - 1] != ' ') && !fx_ends_with_any(x, at, is)) return 0;
  size_t w = at + 3;
  while (x->t[w] == ' ') w++;
  return w > at + 3 && (fx_starts_with_any(x, w, status) || unit_named_at(x, w));
}

static const char *const worth_works_nouns[] = {"project", "plant", "factory", "facility", "complex", "mill",
                                                "farm", "centre", "center", "terminal", "expansion", NULL};

/* "... has clarified that Hengtai Tyre's project in Dong Mai Industrial
** Park is worth USD 720 million": a firm's works, by the firm's
** possessive opening the sentence or the clause after a reporting "that",
** its noun after lower-case words, then at most where it is ("in" or
** "at" a place, no comma), right before the verb at 'at' (set qweek94). */
static int firm_works_before(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  size_t open = s->vs, that = fx_find_last(x, s->vs, at, "that");
  if (that != FX_NONE) open = that + 4;
  while (open < at && x->t[open] == ' ') open++;
  size_t i = fx_mention_from(x, open), poss;
  if (i >= x->nm || x->m[i].vs != open || x->m[i].kind != FM_ORG || !(poss = fx_possessive(x, &x->m[i]))) return 0;
  size_t w = x->m[i].ve + poss, n = fx_first(x, w, at, worth_works_nouns);
  if (n == FX_NONE) return 0;
  size_t ne = n;
  while (ne < at && ivl_isalpha((unsigned char)x->t[ne])) ne++;
  if (!fx_lower_words(x, w, ne) || memchr(x->t + ne, ',', at - ne)) return 0;
  static const char *const where[] = {"in", "at", NULL};
  while (ne < at && x->t[ne] == ' ') ne++;
  return ne == at || fx_starts_with_any(x, ne, where);
}

/* "The third project, from China's X, is worth $65 million", "The new
** plant is worth $40 million": the sentence opens with one works, by its
** singular noun after "The" and lower-case words, and says what that
** works is worth: its capital at its licensing, a flow, though its owner
** is named before the verb; not "Korean investment in the province is
** now worth" (no works noun), nor "The projects are worth" (many). */
static int works_is_worth(const ivl_fctx *x, const ivl_fsent *s, size_t at, size_t end, const figure *f) {
  static const char *const the[] = {"the", NULL};
  static const char *const *const nouns = worth_works_nouns;
  static const char *const standing_now[] = {"now", "currently", "to date", "so far", NULL};
  if (!fx_ends_with(x, inv_before_hedge(x, f->vs), "worth") || !fx_starts_with(x, end, "worth")) return 0;
  if (fx_any(x, s->vs, s->ve, standing_now)) return 0;
  if (firm_works_before(x, s, at)) return 1;
  if (!fx_starts_with_any(x, s->vs, the)) return 0;
  size_t w = s->vs + 3, subject_end = at;
  for (size_t k = w; k < at; k++)
    if (x->t[k] == ',') {
      subject_end = k;
      break;
    }
  while (subject_end > w && x->t[subject_end - 1] == ' ') subject_end--;
  return fx_lower_words(x, w, subject_end) && fx_ends_with_any(x, subject_end, nouns);
}

/* "The largest, by X, is a $150 million auto parts plant": a project
** said to be a thing of that capital (a be-verb, then "a" or "an" right
** before the figure), its capital at its licensing, no standing of X's. */
static int is_a_figure(const ivl_fctx *x, size_t end, const figure *f) {
  static const char *const article[] = {"a", "an", NULL};
  size_t w = end;
  while (w < f->vs && x->t[w] == ' ') w++;
  if (!fx_starts_with_any(x, w, article)) return 0;
  while (w < f->vs && ivl_isalpha((unsigned char)x->t[w])) w++;
  while (w < f->vs && x->t[w] == ' ') w++;
  return w == f->vs;
}

/* "with a VNĐ2.1 trillion resort", "an $80 million plant": the figure is
** one works' capital, "a" before it and the works' noun after it (a few
** lower-case words between). */
static int works_of_figure(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const article[] = {"a", "an", NULL};
  if (!f->money || !fx_ends_with_any(x, f->vs, article)) return 0;
  size_t to = f->ve + 32 < s->ve ? f->ve + 32 : s->ve;
  size_t w = fx_first(x, f->ve, to, inv_works);
  return w != FX_NONE && fx_lower_words(x, f->ve, w);
}

/* "has invested $650 million in Vietnam since 2016, including a $180
** million beverage plant in Đồng Nai": one works' capital named as a part
** of the running total is that project's, a flow (rule 15: a single
** project's capital), though the total's words stand around it
** (qweek31); not "including $60 million in Đồng Nai" (a place's share of
** the total, a stock). */
static int works_included(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const including[] = {"including a", "including an", "among them a", "among them an", NULL};
  return f->money && fx_ends_with_any(x, inv_before_hedge(x, f->vs), including) && works_of_figure(x, s, f);
}

/* "is the $700 million resort of Siam Coastal Group": the figure is one
** works' capital, its owner named after it ("the" or "a" before the
** figure, the works' noun after it, then "of" and a firm), whatever verb
** of being or holding the sentence has. */
static int owned_works_figure(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const article[] = {"the", "a", "an", NULL};
  if (!f->money || !fx_ends_with_any(x, inv_before_hedge(x, f->vs), article)) return 0;
  size_t to = f->ve + 32 < s->ve ? f->ve + 32 : s->ve;
  size_t w = fx_first(x, f->ve, to, inv_works);
  if (w == FX_NONE || !fx_lower_words(x, f->ve, w)) return 0;
  while (w < s->ve && ivl_isalpha((unsigned char)x->t[w])) w++;
  if (!fx_starts_with(x, w, "of")) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].vs > w) return s->m[i].kind == FM_ORG && s->m[i].vs <= w + 4;
  return 0;
}

/* "has also proposed", "have each registered", "has meanwhile broken
** ground", "has officially bought": t[w, we) is an adverb between an
** auxiliary and its participle (a word of the list, or one in -ly). So
** too a reflexive that stresses the subject (set qroles: "the main
** contractor for the complex, is itself investing $25 million in a
** plant": a deed under way, as "is also investing" is). So too the
** adverbs of an earlier time not in -ly ("It had earlier bought a 20 per
** cent stake in ... for Rs 60 lakh", set qweek62: a purchase, no holding). */
static int adverb_between(const ivl_fctx *x, size_t w, size_t we) {
  static const char *const adverbs[] = {"also", "already", "just", "each", "meanwhile", "itself", "themselves",
                                        "earlier", "once", NULL};
  if (fx_starts_with_any(x, w, adverbs)) return 1;
  return we - w > 4 && ivl_islower((unsigned char)x->t[w]) && x->t[we - 2] == 'l' && x->t[we - 1] == 'y';
}

/* "X, whose two plants are in Bình Dương, for VNĐ1.26 trillion": the verb
** is a "whose" clause's, about the firm bought, a few words after it with
** no comma between (set qwood). */
static int in_whose_clause(const ivl_fctx *x, size_t verb) {
  size_t from = verb > 60 ? verb - 60 : 0;
  size_t whose = fx_find_last(x, from, verb, "whose");
  if (whose == FX_NONE) return 0;
  for (size_t p = whose; p < verb; p++)
    if (x->t[p] == ',') return 0;
  return 1;
}

/* "has acquired 99 per cent of X, which holds the rights to a township,
** for VNĐ2.4 trillion": a verb of a relative clause closed by a comma
** before the figure is said of the noun before the clause, not a standing
** the figure is of. */
static int relative_clause_closed(const ivl_fctx *x, size_t verb, const figure *f) {
  static const char *const relatives[] = {"which", "that", "who", NULL};
  if (!fx_ends_with_any(x, verb, relatives) && !in_whose_clause(x, verb)) return 0;
  for (size_t p = verb; p < f->vs; p++)
    if (x->t[p] == ',') return 1;
  return 0;
}

/* "Japan was the third-largest foreign investor in Việt Nam at the end of
** May, with ...", "At the end of May, Japan was the third-largest
** investor, with": a position held at a point in time said, a total to
** then; not "was the largest investor last year, with newly registered
** capital" (a period's: a flow). */
static int position_at_point(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  /* (also "was Việt Nam's third-largest source of FDI at the end of 2024") */
  static const char *const was[] = {"was", "were", NULL};
  static const char *const points[] = {"at the end of", "by the end of", "as of", "as at", NULL};
  /* "noting that Japan was already Hải Phòng's largest source of FDI": a
  ** position held up to the time of telling, the article's (set qgreen) */
  static const char *const already[] = {"was already", "were already", NULL};
  if (!f->rank) return 0;
  if (fx_any(x, f->cs, f->vs, already)) return !fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_PERIOD));
  size_t at = fx_first(x, f->cs, f->vs, was);
  return at != FX_NONE && fx_any(x, s->vs, f->vs, points) && !fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_PERIOD));
}

/* "X licensed three foreign-invested projects this year. The investors are
** A ($25 million), B ($12 million) and C": a sentence opening on "The
** investors", right after one that told a flow, names that flow's
** investors, each with its project's capital; not a standing list of the
** place's investors ("The largest investors are ...", "Major investors
** include ...") (set qsea). */
static int investors_of_flow_before(const ivl_fctx *x, const ivl_fsent *s, size_t inv) {
  return inv == s->vs + 4 && strncmp(x->t + s->vs, "The ", 4) == 0 && x->c.fact_sent == s->index &&
         !x->c.fact_stock;
}

/* "Thai investors have registered $14.8 billion in the country, ranking
** ninth among foreign investors": the investor's place among the target's
** investors, told after a figure said in the present perfect, is held with
** a total to date; not a past deed's ("put $510 million into Việt Nam in
** 2023, ranking sixth among ...": that year's) nor with a period said. */
static int rank_told_after(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  if (!f->rank || f->ve >= s->ve || f->date ||
      (fx_find(x, f->cs, f->vs, "have") == FX_NONE && fx_find(x, f->cs, f->vs, "has") == FX_NONE))
    return 0;
  size_t r = fx_find(x, f->ve, s->ve, "ranking");
  if (r == FX_NONE) r = fx_find(x, f->ve, s->ve, "ranked");
  return r != FX_NONE && r >= f->ve + 2 && x->t[r - 2] == ',' && fx_find(x, r, s->ve, "among") != FX_NONE &&
         !fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_PERIOD));
}

/* "Yet the United States, with about $11.9 billion in some 1,350
** projects, ranks 11th among investors": the figure of many projects told
** in an aside opening on ", with" and closing on the comma before a verb of
** standing in the present, held as "ranks 11th ..., with $X in N projects"
** is (set qweek112). Not with a period said ("with $2 billion in 40
** projects this year, ranks first"), nor one project's capital. */
static int standing_after_with_aside(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const standings[] = {"ranks", "remains", "stands", "is", "leads", "tops", NULL};
  size_t w = inv_before_hedge(x, f->vs);
  while (w > s->vs && x->t[w - 1] == ' ') w--;
  if (!of_many_projects(f) || w < s->vs + 6 || !fx_ends_with(x, w, "with") || x->t[w - 6] != ',') return 0;
  size_t c = f->count->ve > f->ve ? f->count->ve : f->ve; /* past "1,350" */
  size_t lim = c + 40 < s->ve ? c + 40 : s->ve;
  while (c < lim && x->t[c] != ',') c++;
  if (c >= lim) return 0;
  size_t v = c + 1;
  while (v < s->ve && x->t[v] == ' ') v++;
  return fx_starts_with_any(x, v, standings) && !fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_PERIOD));
}

/* "... licensed to set up a joint venture. The venture, X Co., Ltd, has a
** charter capital of VNĐ2 trillion": the venture named in apposition as
** "the venture" just founded holds the capital put in at its founding, a
** flow (rule 15: a single project's capital at its licensing; set qbank);
** not "X Co., Ltd has a charter capital of ...", a firm's holding now. */
static int venture_named_holds(const ivl_fctx *x, const ivl_fsent *s, size_t at, const figure *f) {
  static const char *const charter[] = {"a charter capital of", "charter capital of", NULL};
  if (!fx_ends_with_any(x, inv_before_hedge(x, f->vs), charter) || fx_first(x, at, f->vs, charter) == FX_NONE)
    return 0;
  for (size_t i = 0; i < s->n && s->m[i].ve < at; i++)
    if (fx_venture_named(x, &s->m[i]) && fx_only(x, s->m[i].ve, at, ", ")) return 1;
  return 0;
}

/* a holding verb at 'at' in the future ("will have", "would have") */
static int future_holding(const ivl_fctx *x, size_t at) {
  static const char *const future[] = {"will", "would", "will also", NULL};
  return fx_ends_with_any(x, at, future);
}

/* "X said it now owns the entire hospital after also buying out the
** founders' remaining 30 per cent for VNĐ1.1 trillion": what is held now
** is told by the purchase that completed it, and the figure is that
** purchase's price, a flow (set qseller); not "now owns 60 per cent of Y,
** in which it has invested $25 million" (its total). */
static int bought_after_holding(const ivl_fctx *x, size_t hold, const figure *f) {
  static const char *const after_buying[] = {"after buying", "after also buying", "after acquiring",
                                             "after also acquiring", "after purchasing", "after also purchasing",
                                             "after taking over", "after also taking over", NULL};
  return fx_first(x, hold, f->vs, after_buying) != FX_NONE;
}

/* "Hyosung's investment in Việt Nam totals $1.1 billion", "Japan's
** investments in Đồng Nai amount to ...": an investor's money in a place,
** its possessive before "investment in", summed in the present, is what it
** holds there to date; not a works' own ("The plant's investment totals")
** nor a period's ("... this year"). */
static int investors_money_in_place(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const money_in[] = {"investment in", "investments in", NULL};
  size_t p = fx_first(x, f->cs, f->vs, money_in);
  if (p == FX_NONE || fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_PERIOD))) return 0;
  for (size_t i = 0; i < s->n && s->m[i].ve < p; i++) {
    const ivl_fm *m = &s->m[i];
    size_t pos = (m->kind == FM_ORG || m->kind == FM_COUNTRY) ? fx_possessive(x, m) : 0;
    if (pos && m->ve + pos + 1 == p && x->t[p - 1] == ' ') return 1;
  }
  return 0;
}

/* "the Tân Lập project, invested by X JSC, with total capital of VND
** 2,100 billion", "the Y factory, invested by Z, has total investment
** capital of $95 million": the capital of the one project a firm invests
** in, its own at its approval, a flow (rule 15); not a total to date or
** one held now. */
static int project_invested_by(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const running[] = {"now", "currently", "to date", "so far", NULL};
  return inv_invested_by(x, s, f, 1) && !fx_any(x, s->vs, s->ve, running) &&
         !fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_CUMULATIVE));
}

/* "a township for which X has registered total investment of VND46
** trillion", "X has registered total capital of $80 million for its
** resort": the capital a firm registers for one works it names, that
** works' own at its registration, a flow (rule 15); not "Japanese firms
** have registered total capital of $5 billion in the province" (no works
** it is for: a stock), nor many projects' total. */
static int registered_for_works(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  size_t reg = fx_find(x, f->cs, f->vs, "registered");
  if (reg == FX_NONE || f->count || !fx_ends_with_any(x, inv_before_hedge(x, f->vs), total_capital_of) ||
      fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_CUMULATIVE)))
    return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_COUNT && (s->m[i].flags & FM_PROJECTS) && s->m[i].value > 1) return 0;
  /* the works named right before "for which", or after the figure's "for" */
  size_t fw = fx_find(x, s->vs, reg, "for which");
  if (fw != FX_NONE) return fx_ends_with_any(x, fw, inv_works);
  size_t after = f->ve;
  while (after < s->ve && x->t[after] == ' ') after++;
  return fx_starts_with(x, after, "for") && fx_any(x, after, after + 40 < s->ve ? after + 40 : s->ve, inv_works);
}

/* "X holds 60 per cent in a joint venture, Y, which will spend $30
** million on a plant": a relative clause opened right before the figure,
** with no comma in between, whose verb is still to come; the figure is
** that clause's money to be put in, whatever the sentence holds before
** it (not "Y, which has invested $30 million", a total to date). */
static int future_relative_before(const ivl_fctx *x, const figure *f) {
  static const char *const relatives[] = {"which", "that", "who", NULL};
  static const char *const future[] = {"will", "would", "plans to", "plan to", "intends to", "is to", "are to",
                                       "is set to", "are set to", NULL};
  size_t rel = fx_last(x, f->cs, f->vs, relatives);
  if (rel == FX_NONE || rel < f->cs + 2 || x->t[rel - 2] != ',') return 0;
  for (size_t p = rel; p < f->vs; p++)
    if (x->t[p] == ',') return 0;
  size_t w = rel;
  while (w < f->vs && x->t[w] != ' ') w++;
  return fx_starts_with_any(x, w, future);
}

/* "Vietnamese investment in India stood at $62 million across 11
** projects": the level an investment stood at, spread over many projects,
** is what is held to date (rule 15), past tense though it is; not a
** period's "FDI in the first half stood at $2 billion across 90 projects"
** nor a dated "stood at ... in 2025" (a flow of its period), nor one
** project's capital. Set qweek53. */
static int stood_at_over_projects(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  if (!f->money || !fx_ends_with(x, inv_before_hedge(x, f->money->vs), "stood at")) return 0;
  if (fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_PERIOD))) return 0;
  int many = 0;
  for (size_t i = 0; i < s->n; i++) {
    if (s->m[i].kind == FM_DATE) return 0;
    if (s->m[i].kind == FM_COUNT && (s->m[i].flags & FM_PROJECTS) && s->m[i].value > 1 && s->m[i].vs > f->money->ve)
      many = 1;
  }
  return many;
}

/* "Andaman Power, which also has a $600 million investment in a gas-fired
** plant in ..., said ...": the holding verb at 'at' opens a ", which"
** clause (an adverb or two between) right after a firm that can invest:
** that firm holds the money, a stock, though its name stands before the
** figure's clause (qweek60). Not "a plant in Bắc Ninh, which has ..." (a
** place before the comma), nor "X, which has also proposed a ..." (the
** participle after is read by the caller). 's' is the whole sentence:
** the figure's clause holds no mention of the firm. */
static int holder_before_which(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const adverbs[] = {"also", "still", "now", "already", "currently", NULL};
  size_t w = at;
  while (w > s->vs && x->t[w - 1] == ' ') w--;
  for (int k = 0; k < 2 && fx_ends_with_any(x, w, adverbs); k++) {
    while (w > s->vs && ivl_isalpha((unsigned char)x->t[w - 1])) w--;
    while (w > s->vs && x->t[w - 1] == ' ') w--;
  }
  if (!fx_ends_with(x, w, "which") || w < 7) return 0;
  size_t comma = w - 5;
  while (comma > s->vs && x->t[comma - 1] == ' ') comma--;
  if (comma == s->vs || x->t[comma - 1] != ',') return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].ve == comma - 1 && s->m[i].kind == FM_ORG) return fx_can_invest(x, &s->m[i], 1);
  return 0;
}

/* "has 14 projects", "is the largest investor", "ranks fifth", "leads":
** a standing position, said in the present (or in the past at a point in
** time: position_at_point). */
static int standing(const ivl_fctx *x, const ivl_fsent *s, const ivl_fsent *whole, const figure *f) {
  size_t sentence_end = whole->ve;
  if (future_relative_before(x, f)) return 0;
  if (stood_at_over_projects(x, s, f)) return 1;
  /* "investment in Việt Nam totals $2 billion across 600 projects": the sum
  ** of many projects to date; one project's capital "totals" at licensing */
  static const char *const totals[] = {"totals", "amounts to", "amount to", NULL};
  if (fx_any(x, f->cs, f->ve + 60 < f->ce ? f->ve + 60 : f->ce, totals)) {
    if (investors_money_in_place(x, s, f)) return 1;
    for (size_t i = 0; i < s->n; i++)
      if (s->m[i].kind == FM_COUNT && (s->m[i].flags & FM_PROJECTS) && s->m[i].value > 1) return 1;
    if (fx_find(x, s->vs, s->ve, "across") != FX_NONE) return 1;
  }
  /* "Major investors in X include ...": a standing list */
  static const char *const include[] = {"include", "includes", "are", NULL};
  /* (not a member's own works: "include X with a VND2.1 trillion resort
  ** in Sầm Sơn", one project's capital) */
  size_t inv = fx_find(x, s->vs, f->vs, "investors");
  int listed_works = inv != FX_NONE && works_of_figure(x, s, f);
  if (inv != FX_NONE && fx_any(x, inv, inv + 50 < f->vs ? inv + 50 : f->vs, include) && !listed_works)
    return !investors_of_flow_before(x, s, inv);
  static const char *const verbs[] = {
    "tops", "has", "have", "had", "hosts", "is", "are", "ranks", "rank", "leads", "lead", "remains", "remain", "holds", "hold",
    "owns", "own", "stands", "stand", NULL};
  size_t hold = fx_first(x, f->cs, f->vs, ivl_lexicon(LEX_HOLDING));
  while (hold != FX_NONE && (doing_now(x, hold, f->vs, f) || place_now_aside(x, hold) || (listed_works && hold == inv)))
    hold = fx_first(x, hold + 3, f->vs, ivl_lexicon(LEX_HOLDING));
  if (hold != FX_NONE)
    return !bought_after_holding(x, hold, f) && !one_thing_put_into(x, s, sentence_end, f) && !planned_total(x, s, f) && !licensed_total(x, s, f) &&
           !one_project_licensed(x, s, f) && !total_at_event(x, s, f) && !selection_result_total(x, s, f) &&
           !project_has_total(x, s, f) &&
           !project_invested_by(x, s, f) && !registered_for_works(x, s, f) && !decision_capital(x, s, f) &&
           !works_then_total(x, s, f);
  if (holding_after(x, s, f) || position_at_point(x, s, f)) return 1;
  /* "The project, developed by X, has a total cost of $138 million": the
  ** works' own capital, though no holding word names it (set qpower) */
  if (project_has_total(x, s, f)) return 0;
  /* "Singapore topped the 65 countries and territories investing in Bình
  ** Dương with $8.4 billion": the roster of the place's investors to date
  ** (dev-26, d2b-14), unless a past lead follows the article's flows of a
  ** period (roster_led_in_period); a period said in the figure's clause
  ** was read before (a flow) */
  static const char *const roster[] = {
    "countries and territories investing", "countries and territories with projects",
    "countries and territories that have invested", "countries and territories having projects",
    "economies investing in", NULL};
  static const char *const roster_nouns[] = {"territories", "economies", NULL};
  if (f->rank && fx_any(x, s->vs, s->ve, roster_nouns)) {
    size_t r = fx_first(x, s->vs, s->ve, roster);
    /* in the figure's own sentence: not over ". " (a sentence the text
    ** runs on into, "... AI project. the UK ranked eighth among ...") */
    size_t a = r < f->vs ? r : f->ve, b = r < f->vs ? f->vs : r;
    int runs_on = 0;
    for (size_t k = a; r != FX_NONE && k + 1 < b && !runs_on; k++) runs_on = x->t[k] == '.' && x->t[k + 1] == ' ';
    if (r != FX_NONE && !runs_on && !roster_led_in_period(x, s, r, f)) return 1;
  }
  /* "The investor selected is X, with total investment cost of", a
  ** company spoken of before: the "is" names the winner of a selection,
  ** no holding (set qweek138) */
  if (selection_result_total(x, s, f)) return 0;
  /* a position or a holding of an investor named before the verb; not "is
  ** investing", "has started", "the largest project is" */
  int verb = fx_any(x, f->cs, f->vs, verbs); /* one look for all, often none */
  for (int k = 0; verbs[k] && verb; k++) {
    size_t at = fx_find(x, f->cs, f->vs, verbs[k]);
    /* "were in the lead": a noun, and the clause's own tense decides */
    if (at == FX_NONE || fx_ends_with(x, at, "the") || fx_in_name(x, at)) continue;
    if (relative_clause_closed(x, at, f)) continue;
    /* "The venture, X, will have a charter capital of $40 million": what a
    ** firm will hold is money still to be put in, a flow ("will have
    ** invested", a running total, was read before) */
    if (future_holding(x, at) || venture_named_holds(x, s, at, f)) continue;
    /* "continued to lead among ... with": a past lead, which the roster's
    ** rule above reads (roster_led_in_period), no standing in the present */
    if (fx_ends_with(x, at, "continued to")) continue;
    /* "Japanese firms own 160 projects worth ...": owning is a holding of
    ** projects, not "own a 30 per cent stake in the $2.6 billion project" */
    if (verbs[k][0] == 'o' && !of_many_projects(f)) continue;
    /* "Japanese investors rank fourth ... with 43 projects worth ...": the
    ** plural's place held with its projects (not "Taiwanese companies rank
    ** third with $900 million" after a period's flows: that period's) */
    if (verbs[k][0] == 'r' && verbs[k][3] == 'k' && !verbs[k][4] && !of_many_projects(f)) continue;
    size_t end = at + strlen(verbs[k]), w = end;
    if (verbs[k][0] == 'i' && is_a_figure(x, end, f)) continue;
    if (verbs[k][0] == 'i' && verbs[k][1] == 's' && works_is_worth(x, s, at, end, f)) continue;
    /* "will hold 49 per cent and contribute $147 million": the share is
    ** what is held; the figure is the coordinated verb's, money to come */
    if (verbs[k][0] == 'h' && verbs[k][1] == 'o' && share_then_deed(x, s, end, f)) continue;
    if (deed_after_and(x, end, f)) continue;
    while (w < f->vs && x->t[w] == ' ') w++;
    /* "is currently building a $120 million plant": the deed under way */
    if (doing_now(x, w, f->vs, f)) continue;
    size_t we = w;
    while (we < f->vs && ivl_isalpha((unsigned char)x->t[we])) we++;
    /* "has also proposed a $600 million project": the verb after an adverb
    ** (but "has already invested", "has also poured": the holding words'
    ** verbs, a running total) */
    /* (or "have each registered $20 million": the perfect of a deed done
    ** by each of them) */
    if (we < f->vs && adverb_between(x, w, we)) {
      static const char *const held[] = {"invested", "poured", "put", "pumped", "injected", "attracted",
                                         "drawn", "lured", "reached", NULL};
      size_t v = we;
      while (v < f->vs && x->t[v] == ' ') v++;
      /* (not "has also put $2 million into Hà Nội-based startup Y": one
      ** more thing put into, a flow, set qweek20; "has already invested
      ** $2 million in a plant" is what it has put in so far) */
      if (fx_starts_with(x, w, "also") && fx_starts_with_any(x, v, held) && one_thing_put_into(x, s, sentence_end, f))
        continue;
      if (!fx_starts_with_any(x, v, held)) {
        w = v, we = v;
        while (we < f->vs && ivl_isalpha((unsigned char)x->t[we])) we++;
      }
    }
    static const char *const participles[] = {
      "bought", "sold", "built", "made", "put", "spent", "won", "become", "grown", "risen", "taken",
      "given", "drawn", "begun", "set", "paid", "sunk",
      /* "has broken ground on a $95 million complex", "has laid the foundation stone for" */
      "broken", "laid", "struck", "chosen", "undertaken",
      /* "has said it will invest $500 million": what is said, not held */
      "said", "told", NULL};
    int verb_follows = (we - w > 3 && (memcmp(x->t + we - 3, "ing", 3) == 0 ||
                                       memcmp(x->t + we - 2, "ed", 2) == 0)) ||
                       fx_any(x, w, we, participles);
    /* "is ranked 26th among ...": a standing position, though passive */
    if ((verb_follows && !fx_starts_with(x, w, "ranked")) || fx_starts_with(x, end, "to") || fx_starts_with(x, end, "set") ||
        fx_starts_with(x, end, "begun") || fx_starts_with(x, end, "been"))
      continue;
    for (size_t i = 0; i < s->n && s->m[i].ve <= at; i++)
      if (s->m[i].vs >= f->cs && fx_can_invest(x, &s->m[i], 1)) return 1;
    if (holder_before_which(x, whole, at)) return 1;
    /* "The firm has already invested VNĐ2.8 trillion in four mills": the
    ** company spoken of, by any of its nouns */
    static const char *const it[] = {"it", NULL};
    if (x->c.company && (fx_any(x, f->cs, at, fx_company_words) || fx_any(x, f->cs, at, it))) return 1;
    if (place_holds_projects(x, s, f, at, end) || investors_hold_projects(x, f, at, end)) return 1;
  }
  return 0;
}

/* "Since receiving its first FDI project in 1995, Nghệ An has licensed
** 187 projects worth $4.6 billion": the year the opening clause starts
** from makes the main clause's figure a running total, though "licensed"
** is said; not "Since the start of 2024," (the year so far), nor new or
** added capital ("has licensed 40 new projects"). */
static int since_opening_year(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const period_starts[] = {"start", "beginning", "early", "end", "same", NULL};
  static const char *const added[] = {"new", "newly", "added", "adding", "additional", "further", "fresh",
                                      "increase*", NULL};
  if (!fx_starts_with(x, s->vs, "since")) return 0;
  const char *c = memchr(x->t + s->vs, ',', f->vs - s->vs);
  if (!c) return 0;
  size_t comma = (size_t)(c - x->t);
  if (fx_any(x, s->vs, comma, period_starts) || fx_any(x, comma, f->ve, added)) return 0;
  for (size_t i = 0; i < s->n && s->m[i].ve <= comma; i++)
    if (s->m[i].kind == FM_DATE && s->m[i].value_s && strlen(s->m[i].value_s) == 4) return 1;
  return 0;
}

/* 's' narrowed to [sc.vs, sc.ve): the mentions inside it. */
static ivl_fsent narrowed(const ivl_fsent *s, ivl_fsent sc) {
  if (sc.vs == s->vs && sc.ve == s->ve) return sc;
  size_t a = 0;
  while (a < s->n && s->m[a].vs < sc.vs) a++;
  size_t b = a;
  while (b < s->n && s->m[b].ve <= sc.ve) b++;
  sc.m = s->m + a, sc.n = b - a;
  return sc;
}

/* "The Tràng Duệ 3 Industrial Park, developed by X with investment of
** VNĐ4.6 trillion, has drawn 12 projects ... since 2023": the developer's
** outlay told in the participle's aside is the park's own capital, read
** apart from the main clause's running total. The aside: from its comma
** to the comma after the figure. */
static int developed_aside(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t *open, size_t *close) {
  static const char *const participles[] = {"developed by", "built by", "invested by", NULL};
  size_t p = fx_first(x, s->vs, f->vs, participles);
  if (p == FX_NONE || p < s->vs + 2 || memcmp(x->t + p - 2, ", ", 2) != 0) return 0;
  const char *c = memchr(x->t + f->ve, ',', s->ve - f->ve);
  if (!c) return 0;
  *open = p - 2, *close = (size_t)(c - x->t);
  return 1;
}

/* Does the aside t[open, close) tell a perfect ("which has invested in
** Việt Nam since 1994", "which have operated here for decades")? */
static int aside_of_perfect(const ivl_fctx *x, size_t open, size_t close) {
  static const char *const aux[] = {"has", "have", NULL};
  return fx_any(x, open, close, aux);
}

/* "Intel, which has invested $1.5 billion since 2006, plans to invest
** another $475 million": an aside's wording is of the figure in it, the
** main clause's of the figures outside it. The part of the sentence the
** figure's basis is read in: its aside, else the sentence less the aside
** of another figure before or after it. */
static ivl_fsent basis_scope(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const opens[] = {"which", "who", "where", NULL};
  ivl_fsent sc = *s;
  /* "... has grown since 2019, when X paid $Y for ...": a past deal told
  ** in a "when" clause of its own subject (inv_set_clauses) is read there */
  if (f->cs >= s->vs + 7 && memcmp(x->t + f->cs - 7, ", when ", 7) == 0) {
    sc.vs = f->cs;
    return narrowed(s, sc);
  }
  size_t open, close;
  if (developed_aside(x, s, f, &open, &close)) {
    sc.vs = (uint32_t)open, sc.ve = (uint32_t)close;
    return narrowed(s, sc);
  }
  size_t first = fx_first(x, s->vs, s->ve, opens);
  if (first == FX_NONE) return sc; /* most sentences have no aside */
  if (inv_aside_at(x, s, f->vs, f->ve, &open, &close) && fx_starts_with_any(x, open, opens)) {
    sc.vs = (uint32_t)open, sc.ve = (uint32_t)close;
  } else {
    for (size_t w = first; w != FX_NONE; w = fx_first(x, w + 3, s->ve, opens)) {
      size_t we = w;
      while (we < s->ve && ivl_isalpha((unsigned char)x->t[we])) we++;
      /* the aside opens with it: not "of which" (a total's parts) */
      if (!inv_aside_at(x, s, we, we, &open, &close) || !fx_only(x, open, w, "")) continue;
      int figure_in = 0;
      for (size_t i = 0; i < s->n; i++)
        /* (or a share: "a joint venture with Z, which owns 30 per cent,": a
        ** holding of the partner's, not the main clause's) */
        if ((s->m[i].kind == FM_MONEY || s->m[i].kind == FM_COUNT || s->m[i].kind == FM_PERCENT) &&
            s->m[i].vs >= open && s->m[i].vs < close)
          figure_in = 1;
      /* "Marukawa, which has invested in Việt Nam since 1994, will invest
      ** $300 million in ...": an aside of no figure before the figure is
      ** the firm's past told by the way, its perfect no holding of the
      ** figure after it */
      if (!figure_in && !(close <= f->vs && aside_of_perfect(x, open, close))) continue;
      if (close <= f->vs && close > sc.vs) sc.vs = (uint32_t)close;
      else if (open >= f->ve && open < sc.ve) sc.ve = (uint32_t)open;
      if (close >= s->ve) break;
      w = close;
    }
  }
  return narrowed(s, sc);
}

/* "with 45 Korean projects worth $500 million operating in Quảng Nam":
** projects said with a participle of their running right after the
** figure are standing ones, whatever the tense of the main verb; so too
** with the verb itself ("46 projects with a total registered capital of
** $1.9 billion are operating in the province", qmine); not "which began
** operating in October" (a verb's object). */
static int projects_running(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const running[] = {"operating", "running", "in operation", "operational", "active",
                                        "are operating", "are running", "are in operation", "are active",
                                        "are now operating", "are still operating", "remain in operation",
                                        "remain operational", "remain active", NULL};
  if (!f->count || !(f->count->flags & FM_PROJECTS)) return 0;
  size_t e = f->ve;
  while (e < s->ve && x->t[e] == ' ') e++;
  return e > f->ve && fx_starts_with_any(x, e, running);
}

/* Where a clause of its own ends or starts in s: ", while", "; ", ", and
** the company ...", ", and it". The offset of its comma or semicolon at or after
** 'from' and before 'to', or FX_NONE. */
static size_t clause_break(const ivl_fctx *x, size_t from, size_t to) {
  /* (", but": "drew only $96 million, ..., but the province now has ...,
  ** most of it in wind power", set qregion) */
  static const char *const opens[] = {"while", "whereas", "but", "and", NULL};
  /* (or the locality spoken of: "HCMC drew $4.1 billion in FDI in the
  ** first seven months, and the enlarged city now hosts 19,800 valid
  ** projects worth $76 billion": the holding is the later clause's) */
  static const char *const subjects[] = {"it", "its", "the company", "the group", "the firm", "the city",
                                         "the province", "the enlarged", "the merged", NULL};
  const char *sc = memchr(x->t + from, ';', to - from); /* most sentences have none */
  size_t semi = sc ? (size_t)(sc - x->t) : to;
  /* the words by the sentence's index, then the comma before them; after
  ** "and", a subject or the perfect of the company spoken of */
  for (size_t at = from; (at = fx_first(x, at, semi, opens)) != FX_NONE; at++) {
    size_t c = at;
    while (c > from && x->t[c - 1] == ' ') c--;
    if (c == from || x->t[c - 1] != ',') continue;
    if (x->t[at] != 'a' || fx_starts_with_any(x, at + 4, subjects)) return c - 1;
  }
  return sc ? semi : FX_NONE;
}

/* "To date, ...", "In accumulated terms, ...", "As of October, ...": does
** the sentence open on words before a comma that name nothing but a date
** (no party, place or sum)? They are said of all its clauses. */
static int opens_on_adverbial(const ivl_fctx *x, const ivl_fsent *s) {
  const char *comma = memchr(x->t + s->vs, ',', s->ve - s->vs);
  if (!comma) return 0;
  size_t pc = (size_t)(comma - x->t);
  for (size_t i = 0; i < s->n && s->m[i].vs < pc; i++)
    if (s->m[i].kind != FM_DATE) return 0;
  return 1;
}

/* The next turn of basis_clause's kind at or after 'from': a contrast
** (", while"), or ", but" after the figure ("drew only $96 million, ...,
** but the province now has 141 valid projects": the holding is the later
** clause's; set qregion). */
static size_t basis_turn(const ivl_fctx *x, size_t from, size_t to, const figure *f, size_t *comma) {
  size_t at = fx_contrast_turn(x, from, to, comma);
  size_t lo = from > f->ve ? from : f->ve, hi = at == FX_NONE ? to : at;
  for (size_t b = fx_find(x, lo, hi, "but"); b != FX_NONE; b = fx_find(x, b + 1, hi, "but")) {
    size_t c = b;
    while (c > lo && x->t[c - 1] == ' ') c--;
    if (c > lo && x->t[c - 1] == ',') {
      *comma = c - 1;
      return b;
    }
  }
  return at;
}

/* "Japanese firms poured $3.2 billion into the country in 2025, while
** Japan's aid has totalled ¥3 trillion since 1992": a clause opened by ",
** while" or ", whereas" tells another figure; its stock words are not the
** first clause's, nor are the first clause's words its own (but a
** sentence's opening words, "To date, ...", are said of both). The clause
** of 'f' between such turns. */
static ivl_fsent contrast_clause(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  ivl_fsent sc = *s;
  size_t c;
  int opening = -1; /* opens_on_adverbial, asked once, and only of a turn before the figure */
  for (size_t at = basis_turn(x, s->vs, s->ve, f, &c); at != FX_NONE; at = basis_turn(x, at + 1, s->ve, f, &c)) {
    if (c < f->vs) {
      if (opening < 0) opening = opens_on_adverbial(x, s);
      if (!opening) sc.vs = (uint32_t)at;
    } else if (at >= f->ve) {
      sc.ve = (uint32_t)c;
      break;
    }
  }
  return narrowed(s, sc);
}

/* "Samsung's revenue in Việt Nam hit $62 billion last year, and the
** company has invested $23 billion in the country": the period of one
** clause is not the other's. The clause of 'f' in 's'. */
static ivl_fsent own_clause(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  ivl_fsent sc = *s;
  /* a clause of its own opens on the company spoken of ("and it", "and the
  ** company"): a sentence with no such word is read only for its contrasts
  ** (the search for "and" cost 0.25% of a run's instructions when asked
  ** of all) */
  static const char *const and_locality[] = {"and the city", "and the province", "and the enlarged",
                                             "and the merged", NULL};
  if (!(s->cues & (CUE_IT | CUE_COMPANY)) && !fx_any(x, s->vs, s->ve, and_locality)) return contrast_clause(x, s, f);
  for (size_t at = s->vs; (at = clause_break(x, at, s->ve)) != FX_NONE; at++) {
    if (at < f->vs) sc.vs = (uint32_t)(at + 1);
    else if (at >= f->ve) {
      sc.ve = (uint32_t)at;
      break;
    }
  }
  return narrowed(s, sc);
}

/* "lifting the facility's total investment to $750 million": a named
** owner's total (a plant's, a firm's), as "its total" is; so is a firm's
** own capital ("lifting the unit's charter capital to $350 million", all
** its owner has put in) or investment ("raised the company's investment in
** the province to $7.6 billion"); not "lifting total FDI" (no owner's). */
static int owners_total(const ivl_fctx *x, size_t from, size_t to) {
  /* (and its bare "capital" right before "to": "lifting the plant's
  ** capital to $250 million", all the plant has; not "the province's
  ** capital inflows to", a period's; set qweek107) */
  static const char *const totals[] = {"total", "charter capital", "registered capital", "investment", "capital to",
                                       NULL};
  size_t at = fx_first(x, from, to, totals);
  if (at == FX_NONE || at < from + 3) return 0;
  const char *t = x->t + at;
  return (t[-1] == ' ' && t[-2] == 's' && (t[-3] == '\'' || (at >= from + 5 && !memcmp(t - 5, "\xe2\x80\x99", 3))));
}

/* "its capital was lifted to $500 million in 2022", "the plant's capital
** had been raised to": the passive of raising at 'w', its subject the
** firm's own capital or investment (not a period's "total FDI was
** raised"): the total it had then, as the active "raised its capital to". */
static int own_capital_passive(const ivl_fctx *x, size_t w) {
  static const char *const raised_own[] = {
    "its capital was", "its capital had been", "its capital has been", "its registered capital was",
    "its investment was", "its total investment was", "plant's capital was", "project's capital was",
    "factory's capital was", "their capital was", NULL};
  return fx_ends_with_any(x, w, raised_own);
}

/* "raised its investment capital by $180 million in August, to $530
** million": a date or period said after the increase's own figure ("by $N")
** and before the total is the increase's, not the total's. Where the words
** that may date the total end: the increase's figure (after the raising
** word w), else the total's own start. */
static size_t before_increase_figure(const ivl_fctx *x, const ivl_fsent *s, size_t w, const figure *f) {
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_MONEY && m->vs > w && m->ve < f->vs && fx_ends_with(x, m->vs, "by")) return m->vs;
  }
  return f->vs;
}

/* "injected $100 million in the first half, bringing its total investment
** there to $400 million": the period is the added money's; the total the
** investor's own ("its", "their" after the raising word, no period nor
** date between it and the figure) is a stock. Not "lifting total FDI for
** the period to", "bringing the total to", a period's total. */
static int own_total_raised(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const raising[] = {"bringing", "lifting", "raising", "taking",
                                        /* "It raised its capital to $551 million in 2024": the
                                        ** total it had then, dated */
                                        "raised", "lifted", "increased",
                                        /* "issued last Friday, takes the plant's total
                                        ** investment to": the present's taking, as "taking" */
                                        "takes", "took",
                                        /* "doubled the capital of its motor plant in Bắc
                                        ** Giang to $180 million in September": a raising
                                        ** by a multiple, to the total it had then */
                                        "doubled", "doubling", "tripled", "tripling", NULL};
  static const char *const own[] = {
    "its total", "their total", "its cumulative", "their cumulative", "its accumulated", "their accumulated",
    /* "lifting its investment in the project to $4.2 billion": its own
    ** money there, all of it so far */
    "its investment", "their investment", "its capital", "their capital", "its registered capital",
    "its charter capital", "their charter capital",
    /* "said in May it would invest a further $38 million in its plant in Bắc
    ** Ninh, lifting total investment there to $150 million": the total in
    ** the place its money went, its own */
    "total investment there", "total capital there", NULL};
  /* "bringing the total capital of its two plants there to": the owner
  ** named after the total */
  static const char *const total_of_own[] = {
    "the total capital of its", "the total investment of its", "the total capital of their",
    "the total investment of their",
    /* "raised the capital of its VSIP plant to $780 million in August":
    ** the plant's capital, its own whole, dated */
    "the capital of its", "the capital of their", "the registered capital of its", "the investment capital of its",
    NULL};
  size_t from = s->vs + 100 < f->vs ? f->vs - 100 : s->vs, w = fx_last(x, from, f->vs, raising);
  size_t lim = w + 30 < f->vs ? w + 30 : f->vs;
  /* "added $70 million to the project, lifting the total capital to $320
  ** million", "... to its plant in March, bringing the total to": the total
  ** of the one project the money went to, as "its total" (not a period's
  ** sum: "licensed 12 projects in March, lifting the total to") */
  static const char *const project_total[] = {"the total capital", "the total investment", "the total to", NULL};
  static const char *const into_one[] = {"to the project", "into the project", "to the plant", "to its plant",
                                         "to its project", "into its plant", "into its project", NULL};
  int one_project = w != FX_NONE && fx_any(x, w, lim, project_total) &&
                    fx_any(x, w > s->vs + 60 ? w - 60 : s->vs, w, into_one);
  if (w == FX_NONE ||
      !(fx_any(x, w, lim, own) || one_project || own_capital_passive(x, w) ||
        owners_total(x, w, w + 40 < f->vs ? w + 40 : f->vs) ||
        fx_any(x, w, w + 40 < f->vs ? w + 40 : f->vs, total_of_own)))
    return 0;
  size_t dated_to = before_increase_figure(x, s, w, f);
  if (fx_any(x, w, dated_to, ivl_lexicon(LEX_PERIOD))) return 0;
  return !f->date || f->date->vs < w || f->date->vs > f->ve || f->date->vs > dated_to;
}

/* the perfect that opens a clause of its own after ", and" */
static const char *const own_clause_verbs[] = {"has", "have", "now has", "now have", "had", NULL};

/* "Newly registered projects numbered 120, with a total capital of $1.1
** billion": the sentence's subject is new projects, whose capital is new,
** however far the figure is from the "new" (not "the new Bắc Ninh"). */
static int new_projects_subject(const ivl_fctx *x, const ivl_fsent *whole, const figure *f) {
  static const char *const opens[] = {"new", "newly", NULL};
  if (!fx_starts_with_any(x, whole->vs, opens)) return 0;
  size_t e = whole->vs;
  while (e < whole->ve && ivl_isalpha((unsigned char)x->t[e])) e++;
  if (new_unit_at(x, e)) return 0;
  size_t at = fx_find(x, whole->vs, f->vs, "projects");
  return at != FX_NONE && at < whole->vs + 40;
}

/* "As of June 20, total registered FDI reached $15.2 billion, up 13.1 per
** cent from the same period last year", "Total registered FDI reached $38.2
** billion, down 3 per cent compared with $39.4 billion in 2023": a period's
** registrations (up to a day), set against the same period a year before
** or against a year's, a flow; not "As of March 31, the city had 623 valid
** projects ..., up 5 per cent year-on-year" (a holding). */
static int period_compared(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const same_period[] = {"same period", "year-on-year", "year on year", "on-year", NULL};
  static const char *const against[] = {"compared with", "compared to", "up from", "down from", NULL};
  static const char *const held[] = {
    "to date", "so far", "accumulated", "cumulative", "valid", "currently", "home to", "in operation",
    "has", "have", "had", "now", "since", "is", "are", "remains", "remained", "ranks", "leads",
    "hold", "holds",
    /* "German investment in Vietnam stood at 2.9 billion euros by the end of
    ** September, up from 2.6 billion euros a year earlier": a level held at
    ** a date, set against the level a year before (set qweek124) */
    "stood at", "stands at", NULL};
  int dated = 0;
  for (size_t i = 0; i < s->n && !dated; i++) dated = s->m[i].kind == FM_DATE;
  if (!fx_any(x, s->vs, s->ve, same_period) && !(dated && fx_any(x, s->vs, s->ve, against))) return 0;
  /* (nor "held shares worth NOK 4.3 billion at the end of June, up from NOK
  ** 3.1 billion a year earlier": a fund's holding of shares at a date) */
  return !fx_any(x, s->vs, s->ve, held) && !fx_any(x, s->vs, s->ve, ivl_shares_held);
}

/* "has poured $340 million into X over the past three years", "Over the
** last five years, the province has attracted $3 billion": a span of a few
** years back from now, a period's flow though the perfect is said; not a
** span of ten years or more ("over the past 30 years", what has come in
** since records began, a running total) nor one with a word of the total
** to date. */
int inv_recent_span(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const spans[] = {
    "over the past", "over the last", "in the past", "in the last", "for the past", "for the last",
    "during the past", "during the last", NULL};
  static const char *const few[] = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "few", "several", "2", "3", "4",
    "5", "6", "7", "8", "9", NULL};
  static const char *const units[] = {"years", "months", "quarters", NULL};
  size_t at = fx_first(x, s->vs, s->ve, spans);
  if (at == FX_NONE) return 0;
  size_t w = at;
  while (w < s->ve && x->t[w] != ' ') w++; /* past "over", "the", "past" */
  for (int k = 0; k < 2; k++) {
    while (w < s->ve && x->t[w] == ' ') w++;
    while (w < s->ve && x->t[w] != ' ') w++;
  }
  while (w < s->ve && x->t[w] == ' ') w++;
  if (!fx_starts_with_any(x, w, few)) return 0;
  while (w < s->ve && x->t[w] != ' ') w++;
  return fx_starts_with_any(x, w, units) && !fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_CUMULATIVE));
}

/* "Including the new capital, the firm's investment totals $450 million",
** "With the addition, its total capital reaches $1.2 billion", "With the
** new plant, Thai firms now have 96 valid projects worth $3 billion",
** "With the new licence, the park has drawn 31 projects with ...": an
** opening phrase takes in the new money, the main clause gives the total
** or the holding it makes (a stock); not "With the new capital, it will
** build a $50 million line" (no total), "Including new projects, X drew
** $2 billion in the first half" (a period's). */
static int total_with_addition(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const opens[] = {"including", "with", "counting", "after", NULL};
  static const char *const totals[] = {
    "total", "totals", "totalled", "totaled", "reach*", "stands at", "stood at", "comes to", "amounts to", NULL};
  if (!fx_starts_with_any(x, s->vs, opens)) return 0;
  const char *c = memchr(x->t + s->vs, ',', f->vs - s->vs);
  if (!c) return 0;
  size_t comma = (size_t)(c - x->t);
  if (!fx_any(x, s->vs, comma, ivl_lexicon(LEX_NEW_CAPITAL)) && fx_find(x, s->vs, comma, "addition") == FX_NONE) return 0;
  for (size_t i = 0; i < s->n; i++)
    if ((s->m[i].kind == FM_MONEY || s->m[i].kind == FM_COUNT) && s->m[i].vs < comma) return 0;
  /* the holding's words may stand inside the figure, after its count
  ** ("have 96 valid projects with total capital of"), or be its verb:
  ** "With the new licence, the park has drawn 31 projects with total
  ** capital of $3.7 billion" (a figure that opens on its count) */
  static const char *const now[] = {"now", NULL};
  int holds = fx_any(x, comma, f->vs, totals) || fx_any(x, comma, f->ve, ivl_lexicon(LEX_CUMULATIVE)) ||
              fx_any(x, comma, f->vs, now) || fx_any(x, comma, f->vs, ivl_lexicon(LEX_HOLDING));
  return holds && !fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_PERIOD));
}

/* "As of July, Nghệ An had drawn $1.5 billion in FDI this year", "As at
** May 20, the city's registered FDI for the first five months stood at
** ...": the point in time said ("as of", "as at") is the end of a period
** the figure's clause names (the caller asks), the year so far, its
** figure a flow; not "As of June, the province had 420 valid projects"
** nor "As of the end of 2024, Japan had invested $5 billion" (no period:
** a running total). */
static int point_of_period(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const points[] = {"as of", "as at", NULL};
  const char *const *cumulative_words = ivl_lexicon(LEX_CUMULATIVE);
  if (!fx_any(x, s->vs, s->ve, points)) return 0;
  for (size_t at = fx_first(x, s->vs, s->ve, cumulative_words); at != FX_NONE;
       at = fx_first(x, at + 1, s->ve, cumulative_words))
    if (!fx_starts_with_any(x, at, points)) return 0;
  return 1;
}

/* "with the new project, will have put $190 million into the province":
** the future perfect of putting money in tells the total the new money
** brings the investor to (rule 15), no plan of a flow (set qpower). */
static int future_perfect_total(const ivl_fctx *x, const figure *f) {
  static const char *const perfect[] = {"will have put", "will have invested", "will have poured",
                                        "will have injected", "will have spent", NULL};
  size_t back = f->vs > f->cs + 40 ? f->vs - 40 : f->cs;
  return fx_any(x, back, f->vs, perfect);
}

/* "X has invested $540 million in Vietnam since 2017 and plans to deploy
** another $500 million": a figure in a clause of its own after the
** holding's, opened by "and" and a verb of plan, is new money to come, a
** flow, though the sentence tells a running total; not a total a plan
** lifts the holding to ("and plans to raise its total to $2 billion").
** So too with no figure before it: "X has hired 300 engineers there since
** 2023 and plans to invest $25 million in a centre". */
static int planned_after_holding(const ivl_fctx *x, const figure *f) {
  static const char *const plans[] = {"plans to", "planned to", "intends to", "will", "is set to",
                                      "expects to", NULL};
  if (f->raised_to || fx_ends_with(x, f->vs, "to")) return 0;
  size_t and = fx_find_last(x, f->cs, f->vs, "and");
  return and != FX_NONE && fx_starts_with_any(x, and + 3, plans);
}

/* Is a word naming whose capital it is ("its", "the firm's") among the 50
** bytes before figure f's money (within its clause)? */
static int capital_owner_before(const ivl_fctx *x, const figure *f) {
  static const char *const owners[] = {"its", "their", "whose", "project's", "plant's", "factory's", "company's",
                                       "firm's", "group's", NULL};
  size_t back = f->money->vs > f->cs + 50 ? f->money->vs - 50 : f->cs;
  return fx_any(x, back, f->money->vs, owners);
}

/* "its registered capital in Việt Nam reached $620 million", "whose
** total investment has reached", "the group's total investment had
** reached": the level one owner's capital has come to, what it holds
** then (the year told, "by the time he left in 2020", is the point it
** stood at), not money put in then; not "FDI reached $2 billion" (no
** owner's word), nor a period's ("in the first half": the caller). */
static int own_capital_reached(const ivl_fctx *x, const figure *f) {
  static const char *const reached[] = {"reached", "has reached", "had reached", NULL};
  static const char *const nouns[] = {"capital", "investment", NULL};
  if (!f->money || !fx_ends_with_any(x, f->money->vs, reached)) return 0;
  size_t back = f->money->vs > f->cs + 50 ? f->money->vs - 50 : f->cs;
  return fx_any(x, back, f->money->vs, nouns) && capital_owner_before(x, f);
}

/* "the project's adjusted capital stands at VNĐ28 trillion", "its
** registered capital now stood at": the level one owner's capital is at,
** after a change, a stock; not a period's "FDI in the first half stood
** at" (no owner's word before it). */
static int own_capital_stands_at(const ivl_fctx *x, const figure *f) {
  static const char *const stands[] = {"capital stands at", "capital stood at", "capital now stands at",
                                       "investment stands at", "investment stood at", "investment now stands at",
                                       NULL};
  if (!f->money || !fx_ends_with_any(x, f->money->vs, stands)) return 0;
  return capital_owner_before(x, f);
}

/* "X already operates two shoe factories in Việt Nam, in Thanh Hóa and
** Ninh Bình, with combined investment of $310 million": works the investor
** runs now, more than one, and the sum said after them is what it holds
** in them, a stock (rule 15, a total to date); not works still to come
** ("will build two factories with combined investment of", "operates a
** plant and plans two more factories with ...": a plan's flow), nor one
** works' capital ("operates a plant with total investment of"). Set
** qweek37. */
static int works_run_with_sum(const ivl_fctx *x, const figure *f) {
  static const char *const sums[] = {
    "with combined investment of", "with a combined investment of", "with combined capital of",
    "with a combined capital of", "with combined investment capital of", "with a combined investment capital of",
    "with total investment of", "with a total investment of", "with total capital of", "with a total capital of",
    NULL};
  static const char *const runs[] = {"operates", "runs", "owns", "operate", "run", "own", NULL};
  static const char *const works[] = {"factories", "plants", "mills", "facilities", "workshops", "complexes",
                                      NULL};
  static const char *const to_come[] = {"will", "would", "plans", "planned", "plan", "to build", "to open",
                                        "to set up", "more", "new", NULL};
  if (!f->money || !fx_ends_with_any(x, inv_before_hedge(x, f->money->vs), sums)) return 0;
  size_t v = fx_first(x, f->cs, f->money->vs, runs);
  if (v == FX_NONE || fx_ends_with(x, v, "will") || fx_ends_with(x, v, "to")) return 0;
  size_t w = fx_first(x, v, f->money->vs, works);
  return w != FX_NONE && !fx_any(x, f->cs, f->money->vs, to_come);
}

/* inv_is_stock, 'raised_no' when the caller has asked inv_raised_to_total_of
** of the same figure and sentence, and it said no: a pure question (const
** x, no fact stored since), whose answer is then no here too. */
static int is_stock(const ivl_fctx *x, const ivl_fsent *whole, const figure *f, int raised_no) {
  /* "... and the remaining VNĐ10.7 trillion will be raised by the
  ** investor": money the figure's own verb puts in the future, a flow
  ** though the clause before holds a total ("The project has ...") */
  static const char *const future[] = {"will be", "is to be", "are to be", "would be", NULL};
  if (!f->count && !f->raised_to && fx_starts_with_any(x, f->ve, future) && x->t[f->ve] == ' ') return 0;
  if (planned_after_holding(x, f) || owned_works_figure(x, whole, f) || works_included(x, whole, f)) return 0;
  if (corrected_to(x, whole, f)) return 0;
  if (!raised_no && inv_raised_to_total_of(x, whole, f)) return 1;
  if (future_perfect_total(x, f)) return 1;
  /* (the scopes after the two answers above, which do not read them:
  ** basis_scope and own_clause are pure) */
  const ivl_fsent aside = basis_scope(x, whole, f), scope = own_clause(x, &aside, f), *s = &scope;
  if (stock_at_figure(x, s, f))
    return !over_period(x, s, f) || f->raised_to || own_total_raised(x, s, f) || periods_only_rates(x, s, f);
  if (since_opening_year(x, s, f)) return 1;
  if (total_with_addition(x, s, f)) return 1;
  if (own_capital_stands_at(x, f) && !over_period(x, s, f)) return 1;
  if (own_capital_reached(x, f) && !period_said(x, s->vs, period_words_end(x, s, f), f)) return 1;
  if (rank_told_after(x, whole, f)) return 1; /* (the rank's clause is no figure's own) */
  if (standing_after_with_aside(x, whole, f)) return 1; /* (nor is the verb's after the aside) */
  if (works_run_with_sum(x, f)) return 1;
  if (flow_at_figure(x, s, f) || new_projects_subject(x, whole, f)) return 0;
  if (projects_running(x, s, f)) return 1;
  /* "has attracted $2.5 billion from the beginning of the year to date":
  ** the year so far, a period, though "to date" ends it */
  static const char *const year_so_far[] = {
    "beginning of the year", "start of the year", "beginning of this year", "start of this year",
    "year to date", "year-to-date", "so far this year", "this year so far", NULL};
  if (fx_any(x, s->vs, s->ve, year_so_far)) return 0;
  if (period_compared(x, s) || inv_recent_span(x, s)) return 0;
  /* "since January", "since March 2024" in the article's year: the year
  ** so far, a period, not a running total from a start year */
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *d = &s->m[i];
    if (d->kind == FM_DATE && d->value_s && strlen(d->value_s) == 7 && d->value_s[4] == '-' &&
        memcmp(d->value_s, x->article_date, 4) == 0 && fx_ends_with(x, d->vs, "since"))
      return 0;
  }
  /* "X has 198 valid projects worth $3.9 billion, while domestic investors
  ** registered VNĐ21.6 trillion in the seven months": the figure's own
  ** clause speaks of a period, the running total is another clause's */
  if (cumulative(x, s, f)) {
    if (!f->position && point_of_period(x, s) && period_said(x, f->cs, f->ce, f)) return 0;
    /* "Hải Phòng drew $3.1 billion in 2024, and has attracted $30 billion
    ** since ...": a clause of its own after ", and" with a verb; its
    ** period (a word, or the figure's date in it) makes its figure a flow */
    /* (the comma may be left out: "opened in December 2024 on an
    ** investment of 4.2 billion baht and has drawn 9 million visitors so
    ** far", the running count the visitors'; set qweek16) */
    size_t and = fx_find(x, f->ve, f->ce, "and");
    if (and != FX_NONE && and >= 2 && x->t[and - 1] == ' ' && fx_starts_with_any(x, and + 3, own_clause_verbs) &&
        !fx_any(x, f->cs, and, ivl_lexicon(LEX_CUMULATIVE))) {
      const ivl_fm *d = f->date;
      if (fx_any(x, f->cs, and, ivl_lexicon(LEX_PERIOD)) ||
          (d && d->vs >= f->cs && d->ve <= and && d->value_s && strlen(d->value_s) <= 7 &&
           (fx_ends_with(x, d->vs, "in") || fx_ends_with(x, d->vs, "of"))))
        return 0;
    }
    return !(fx_any(x, f->cs, f->ce, ivl_lexicon(LEX_PERIOD)) && !fx_any(x, f->cs, f->ce, ivl_lexicon(LEX_CUMULATIVE)) &&
             f->cs > s->vs);
  }
  /* "now has $300 million in registered capital, after Foxlink added $100
  ** million this year": a standing position in its own clause, the period
  ** a later clause's (not "In the first nine months, ..., including ...":
  ** a period said before the figure's clause covers it) */
  if (over_period(x, s, f) && (period_in_clause(x, f) || fx_any(x, s->vs, f->cs, ivl_lexicon(LEX_PERIOD)))) return 0;
  return f->position || standing(x, s, whole, f);
}

int inv_is_stock(const ivl_fctx *x, const ivl_fsent *whole, const figure *f) { return is_stock(x, whole, f, 0); }

int inv_is_stock_unraised(const ivl_fctx *x, const ivl_fsent *whole, const figure *f) {
  return is_stock(x, whole, f, 1);
}

/* }====================================================================== */

/* "In the same month, the firm co-led a $7 million round": the month of
** the date said in the sentence right before (set qstart); a month told
** further back, past other sentences, is not surely the one meant
** (qweek90), nor is another year's ("in the same month of 2023", "in the
** same month last year", a period compared). */
static int same_month_just_told(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  static const char *const same_month[] = {"in the same month", NULL};
  static const char *const other_year[] = {" of", " last", " a year", NULL};
  size_t at = fx_first(x, s->vs, s->ve, same_month);
  const ivl_fsent *b = &x->c.before;
  return at != FX_NONE && !fx_starts_with_any(x, at + 17, other_year) && strlen(d->value_s) >= 7 &&
         b->index + 1 == s->index && d->vs >= b->vs && d->ve <= b->ve;
}

/* "That year", "At the time", "by then", "In the same month": the date
** said before; *len, how much of its value is meant (4 for its year, 7
** for its month, else all of it). */
const ivl_fm *inv_time_anaphor(const ivl_fctx *x, const ivl_fsent *s, size_t *len) {
  static const char *const words[] = {
    "that year", "the same year", "at the time", "at that time", "by then", NULL};
  static const char *const that_year[] = {"that year", "the same year", NULL};
  const ivl_fm *d = x->c.last_date;
  if (!d || !d->value_s || strlen(d->value_s) < 4 || !ivl_isdigit((unsigned char)d->value_s[0])) return NULL;
  if (same_month_just_told(x, s, d)) {
    *len = 7;
    return d;
  }
  size_t at = fx_first(x, s->vs, s->ve, words);
  if (at == FX_NONE) return NULL;
  *len = fx_any(x, s->vs, s->ve, that_year) ? 4 : strlen(d->value_s);
  /* (not in a clause of "since": "had poured a total of ... since it
  ** launched commercial service late that year" dates the start, no
  ** date of the figure's, rule 14; set qtelco) */
  size_t since = fx_find_last(x, s->vs, at, "since");
  return since != FX_NONE && !memchr(x->t + since, ',', at - since) ? NULL : d;
}

/* {======================================================================
** A total and its parts
** ======================================================================= */

/* "Of the total, 182 new projects ...", "..., of which $480 million came
** from new projects", "The figure comprised ...": the figure breaks down a
** total stated just before. */
static int breaks_down(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  if (inv_opens_breakdown(x, s)) return 1;
  /* "Newly registered capital accounted for $620 million, while existing
  ** projects added $410 million", and "Foreign investors also spent ..."
  ** right after */
  if (fx_any(x, s->vs, s->ve, inv_shares_of_total)) return 1;
  if (x->c.parts_age == 1 && fx_find(x, s->vs, s->ve, "also") != FX_NONE) return 1;
  /* "The first phase, worth 420 billion won, ...": a phase of the project
  ** just stated; not "another $150 million in a second phase" */
  if (fx_find(x, s->vs, f->vs, "phase") != FX_NONE && fx_find(x, s->vs, f->vs, "another") == FX_NONE &&
      !fx_any(x, s->vs, f->vs, ivl_lexicon(LEX_NEW_CAPITAL)))
    return 1;
  return fx_find(x, f->cs, f->vs, "of which") != FX_NONE;
}

static double total_before(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const char *inv,
                           const char *tgt);

static const char *fact_str(const ivl_store *st, size_t i, int key) {
  const ivl_field *f = ivl_store_field(st, &st->ents[i], key);
  return f && f->kind == IVL_FIELD_STR ? ivl_store_string(st, f) : "";
}

/* The amount of the total (a flow, same investor, target and currency,
** larger, stated in this sentence or the two before) that figure 'f' is a
** part of; 0 when it is none. Sums count the total, not its parts again. */
double inv_part_of_total(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const char *inv,
                         const char *tgt) {
  if (!f->money || f->stock) return 0;
  /* the facts just stored first: most figures have no total before them
  ** to break down, and the words need not be looked for (-1: not asked,
  ** a party unnamed, as before) */
  double total = inv && tgt ? total_before(x, s, f, inv, tgt) : -1;
  if (total == 0 || !breaks_down(x, s, f)) return 0;
  return total > 0 ? total : total_before(x, s, f, inv, tgt);
}

/* The amount of the total before figure 'f' that it could be a part of
** (inv_part_of_total), whatever the words say; 0 when none. */
static double total_before(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const char *inv,
                           const char *tgt) {
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
void inv_parts_brought_to(ivl_fctx *x, const ivl_fsent *s, const figure *f, const char *tgt) {
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
