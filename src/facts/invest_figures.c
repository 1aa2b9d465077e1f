/*
** invest_figures.c
** Cutting a sentence about investment into figures: an amount (with its
** equivalent in brackets), a number of projects, or both ("12 projects
** valued at $2.39 billion"), each with its clause, the date and share said
** of it, its rank in a list, and whether it is a fact at all (a goal, a
** comparison, a terminated project is not).
*/
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "invest.h"
#include "layout.h"
#include "number.h"
#include "lexicon.h"
#include "symbols.h"
#include "util.h"

/* "the company", "the group": the company the article is about. */
const char *const inv_company_anaphors[] = {
  "the company", "the group", "the firm", "the investor", "the project", "the plant",
  "the factory", "the facility", "the latter", "the manufacturer", "the maker", "the first phase",
  "the second phase", "the third phase", "the phase", "the fund",
  /* a property or logistics trust called by its kind: "That year the trust
  ** put US$40 million into its first warehouse" (set qweek102) */
  "the trust",
  /* bodies that invest as firms do, called by their kind (set qweek67):
  ** "the co-operative would also invest NZ$60m", "The institute opened its
  ** first campus in 2015 and has invested more than A$210 million there" */
  "the co-operative", "the cooperative", "the institute", "the university",
  /* a phase the sentence says is the project's: "Its first phase, worth $60
  ** million, ...", "The terminal's first phase, costing ..." */
  "first phase", "second phase", "third phase",
  /* ... or named by its number after the word: "Phase one, costing $620
  ** million, is scheduled to open in 2029" (set qhotel) */
  "phase one", "phase two", "phase three", "phase 1", "phase 2", "phase 3",
  /* "Construction of the first of three phases, valued at $530 million,
  ** is due to begin ...": one of the phases of the project just told */
  "first of two phases", "first of three phases", "first of four phases", "first of its two phases",
  "first of its three phases",
  /* one of the works a plan was just told to build: "will build two
  ** factories ... The first factory, worth $90 million, will make sofas" */
  "the first factory", "the second factory", "the first plant", "the second plant", "the first mill",
  "the second mill",
  /* "will be built in two phases, with the first, costing VNĐ5 trillion,
  ** due in 2027": the first of the project's phases (not "with the first
  ** 20 MW phase costing $130 million", whose firm the phrase does not say) */
  "phases, with the first,", "phases, the first of which",
  /* what the company is: "The bank plans to inject $100 million" */
  "the bank", "the lender", "the insurer", "the retailer", "the developer", "the carmaker", "the automaker",
  "the chipmaker", "the conglomerate", "the corporation", "the giant", "the producer", "the brewer",
  "the steelmaker", "the airline", "the carrier", "the drugmaker", "the shipbuilder", "the miner",
  /* "The chain has spent $8 million on its 12 US stores" */
  "the chain",
  /* "Last month the board approved a $65 million expansion in Bắc Ninh"
  ** (set qweek30), "the sponsor committed S$95 million to a logistics park"
  ** (set qweek56): the company's own board, or its role behind a trust
  ** when no trust was named (anaphor_before takes a noted parent first) */
  "the board", "the sponsor",
  /* its board by its members: "At the same meeting, the directors cleared a
  ** $45 million capital injection into X Vietnam Co." (set qweek15), the
  ** parent's money, not the unit's named after "into" */
  "the directors", "its directors",
  /* "..., chairman of X JSC, said. His company will spend VNĐ5 trillion
  ** on ...": the company of the person just quoted */
  "his company", "her company", "his firm", "her firm", "his group", "her group", NULL};

/* "five of the projects": a part of the projects just stated. */
const char *const inv_parts_of_projects[] = {"of the projects", "of these projects", "of those projects", "of them", NULL};
/* "They include the VNĐ5.2 trillion Phú Bình 2 park in Thái Nguyên, ...",
** "The pipeline includes:" and a list, one project a line: the members of
** what was just stated, each with its figure */
const char *const inv_members[] = {
    "they include", "these include", "they included", "these included", "the projects include",
    "the projects included", "the pipeline includes", "the pipeline included", "the portfolio includes",
    "the portfolio included", "the plan includes", "the plan included", NULL};

/* "X has registered three projects worth $150 million in Y. The largest is
** a $70 million ...", "One of them, a $20 million ..., will ...": the
** sentence opens by picking parts out of the total just told, which it
** names no more (the comma after "the largest" or an ordinal: an aside
** naming the part follows, not "The largest foreign investor ..."). Not
** "The other two are ...": told after a part that named its own firm
** ("The largest ... is to be built by X. The other two are ..."), the
** sentence took X, the firm last spoken of (set qweek80). */
const char *const inv_part_picks[] = {
    "the largest is", "the largest was", "the biggest is", "the biggest was", "the largest,", "the biggest,",
    "one of them", "one of these", "the first,", "the second,", "the third,", NULL};

/* "New projects accounted for $500 million": the share of a total. */
const char *const inv_shares_of_total[] = {
  "accounted for", "accounting for", "made up", "comprised", "contributed", "contributing",
  /* the present: "German firms account for 38 of them, worth $520 million" */
  "account for", "accounts for", "make up", "makes up", NULL};

/* "Of the registered total, ...", "Of this amount, ...": an opening
** phrase, up to its comma, that names the whole with a word or two. */
static int of_the_whole(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const of[] = {"of the", "of this", NULL};
  static const char *const whole[] = {"total", "figure", "amount", "sum", NULL};
  if (!fx_starts_with_any(x, s->vs, of)) return 0;
  size_t comma = s->vs;
  while (comma < s->ve && comma < s->vs + 32 && x->t[comma] != ',') comma++;
  return comma < s->ve && x->t[comma] == ',' && fx_any(x, s->vs, comma, whole);
}

/* "Of the total, ...", "The figure comprised ...": a sentence that breaks
** down the total stated just before it. */
int inv_opens_breakdown(const ivl_fctx *x, const ivl_fsent *s) {
  /* by their first letter: only those of the sentence's first can open it */
  static const char *const of[] = {"of the total", "of this", "of these", "of which", "of that", NULL};
  static const char *const th[] = {"the figure", "this figure", "the total", "this included", "these included", NULL};
  static const char *const du[] = {"during the period", NULL};
  int c = ivl_tolower((unsigned char)x->t[s->vs]);
  const char *const *openers = c == 'o' ? of : c == 't' ? th : c == 'd' ? du : NULL;
  if (openers && fx_first(x, s->vs, s->ve, openers) == s->vs) return 1;
  return c == 'o' && of_the_whole(x, s);
}

/* "Laos took $230 million of that and the United States $180 million":
** a figure named back as part of the total just told by "of that" right
** after it, whatever its verb, as "Of that, Laos took ..." opens. */
int inv_figure_of_told(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const of_told[] = {"of that", "of this", "of the total", "of it", NULL};
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY && fx_starts_with_any(x, s->m[i].ve, of_told)) return 1;
  return 0;
}


/* {======================================================================
** Is this sentence about investment at all?
** ======================================================================= */

/* "raised the capital of its joint venture by $80 million", "the capital
** of the project": a firm's capital, though "the capital" */
static int firms_capital(const ivl_fctx *x, size_t at, size_t end) {
  static const char *const whose[] = {"of its", "of their", "of the project", "of the plant", "of the factory",
                                      "of the company", "of the joint venture", NULL};
  size_t w = at + 7; /* after "capital" */
  while (w < end && x->t[w] == ' ') w++;
  return w < end && fx_starts_with_any(x, w, whose);
}

/* "design software licences worth US$3 million", "patent licences": the
** licence to use a product, no licence to invest. So is a broadcaster's
** "sub-license them to local channels" (set qmedia): rights passed on. */
static int product_licence(const ivl_fctx *x, size_t at) {
  static const char *const products[] = {"software", "patent", "patents", "trademark", NULL};
  if (at >= 4 && x->t[at - 1] == '-' && (x->t[at - 2] | 0x20) == 'b' && (x->t[at - 3] | 0x20) == 'u' &&
      (x->t[at - 4] | 0x20) == 's')
    return 1;
  return fx_ends_with_any(x, at, products);
}

/* "farm exports reached $62 billion", "plantation output": a works' word
** that qualifies what a sector sells, no works built (at: the word). */
static int works_qualifies_goods(const ivl_fctx *x, size_t at, size_t end) {
  static const char *const goods[] = {"export*", "produce", "product*", "output", "price*", "goods", "income*", NULL};
  while (at < end && x->t[at] != ' ') at++;
  while (at < end && x->t[at] == ' ') at++;
  return at < end && fx_starts_with_any(x, at, goods);
}

static int says(const ivl_fctx *x, const ivl_fsent *s, const char *w) {
  for (size_t at = s->vs; (at = fx_find(x, at, s->ve, w)) != FX_NONE; at++)
    if (!fx_in_org_name(s, at) &&
        !(w[0] == 'c' && fx_ends_with(x, at, "the") && !firms_capital(x, at, s->ve)) &&
        !(w[0] == 'l' && product_licence(x, at)) && !works_qualifies_goods(x, at, s->ve))
      return 1;
  return 0; /* "capital", but not "the capital" (a city) */
}

/* "Abroad, the group is building ...", "Meanwhile, the company ...": where
** the sentence goes on past one opening adverb and its comma (the sentence's
** start when it opens otherwise). */
static size_t past_opening_adverb(const ivl_fctx *x, const ivl_fsent *s) {
  size_t p = s->vs;
  if (p >= s->ve || !ivl_isupper((unsigned char)x->t[p]) || (s->n && s->m[0].vs == p)) return s->vs;
  p++;
  while (p < s->ve && ivl_islower((unsigned char)x->t[p])) p++;
  if (p + 1 >= s->ve || x->t[p] != ',' || x->t[p + 1] != ' ') return s->vs;
  return p + 2;
}

/* "The food processor", "The Hà Nội-based auto parts maker": up to three
** lower-case words of the trade before a firm's noun, which is what "the
** company" is; where that noun starts (FX_NONE when the words at 'p'
** are not so). Not "The central bank", which is no firm spoken of. */
static size_t past_trade_words(const ivl_fctx *x, const ivl_fsent *s, size_t p) {
  static const char *const trade_nouns[] = {"company", "firm", "group", "giant", "conglomerate", "maker",
                                            "manufacturer", "producer", "processor", "retailer", "distributor",
                                            "exporter", "supplier", "operator", "developer", NULL};
  static const char *const not_trades[] = {"central", "state", "the", "a", "an", "and", "of", "in", "for", "with",
                                           NULL};
  for (int words = 0; words < 3 && p < s->ve && ivl_islower((unsigned char)x->t[p]); words++) {
    if (words == 0 && fx_starts_with_any(x, p, trade_nouns)) return p;
    if (fx_starts_with_any(x, p, not_trades)) return FX_NONE;
    while (p < s->ve && (ivl_islower((unsigned char)x->t[p]) || x->t[p] == '-')) p++;
    if (p >= s->ve || x->t[p] != ' ') return FX_NONE;
    p++;
    if (fx_starts_with_any(x, p, trade_nouns)) return p;
  }
  return FX_NONE;
}

/* "The company", "The automaker", "The Hanoi-based company" opening the
** sentence: the company spoken of, referred back to as the subject; where
** the phrase ends (FX_NONE when the sentence opens otherwise). A home
** place in the phrase ("Hanoi-based") is the company's seat, not where
** the money goes. */
size_t inv_company_subject_end(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const nouns[] = {"company", "group", "firm", "automaker", "carmaker", "conglomerate",
                                      "corporation", "developer", "manufacturer", "maker", "producer", "retailer",
                                      "airline", "bank", "lender", "insurer", "steelmaker", "chipmaker", "brewer",
                                      "miner",
                                      /* the screen, music and game trades': "The studio will
                                      ** spend ...", "The broadcaster plans to ..." (set qmedia) */
                                      "studio", "broadcaster", "publisher", "label",
                                      /* a young firm by its kind: "The start-up plans to invest
                                      ** USD 500,000 in a subsidiary in Indonesia" (set qweek133) */
                                      "start-up", "startup", "spin-off", NULL};
  size_t p = past_opening_adverb(x, s);
  if (!fx_starts_with(x, p, "the")) return FX_NONE;
  p += 3;
  while (p < s->ve && x->t[p] == ' ') p++;
  /* the company's seat: "Hanoi-based", "HCM City-based" */
  for (size_t i = 0; i < s->n && s->m[i].vs <= p; i++)
    if (s->m[i].vs == p && fx_based_in(x, &s->m[i])) {
      p = s->m[i].ve;
      while (p < s->ve && x->t[p] != ' ') p++;
      while (p < s->ve && x->t[p] == ' ') p++;
      break;
    }
  /* "The Californian company", "The Bavarian group": a proper adjective no
  ** mention knows, one capitalised word, before the noun */
  if (!fx_starts_with_any(x, p, nouns) && p < s->ve && ivl_isupper((unsigned char)x->t[p])) {
    size_t w = p + 1;
    while (w < s->ve && ivl_islower((unsigned char)x->t[w])) w++;
    if (w < s->ve && x->t[w] == ' ' && fx_starts_with_any(x, w, nouns)) p = w;
    /* ("The Bavarian auto parts maker") */
    else if (w + 1 < s->ve && x->t[w] == ' ' && past_trade_words(x, s, w + 1) != FX_NONE) p = w + 1;
  }
  if (!fx_starts_with_any(x, p, nouns)) p = past_trade_words(x, s, p);
  if (p == FX_NONE) return FX_NONE;
  while (p < s->ve && x->t[p] == ' ') p++;
  while (p < s->ve && ivl_isalpha((unsigned char)x->t[p])) p++;
  /* (a hyphened noun whole: "start-up", "spin-off") */
  if (p + 1 < s->ve && x->t[p] == '-' && ivl_isalpha((unsigned char)x->t[p + 1]))
    for (p++; p < s->ve && ivl_isalpha((unsigned char)x->t[p]);) p++;
  return p;
}

int ivl_facts_opens_on_described_company(const ivl_fctx *x, const ivl_fsent *s) {
  return inv_company_subject_end(x, s) != FX_NONE;
}

/* "The township will be built in three phases over ten years. The first,
** costing VNĐ11 trillion, covers 150 hectares": a sentence opening on an
** ordinal right after one telling of phases is the project's phase, as
** "phases, with the first, costing ..." in one sentence is (its works
** named, a school, a hospital: "costing" is no cue of its own). */
static int phase_after_phases(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const ordinals[] = {"the first,", "the second,", "the third,", "the fourth,", "the final,",
                                         NULL};
  if (!fx_starts_with_any(x, s->vs, ordinals)) return 0;
  const ivl_fsent *b = &x->c.before;
  return b->index + 1 == s->index && fx_find(x, b->vs, b->ve, "phases") != FX_NONE;
}

/* "Kanemoto runs a feed mill in Đồng Tháp. The $45 million facility, which
** began operating in 2022, ...": a sentence opening on its works by their
** cost, right after one naming the company spoken of, speaks of that
** company's works (anaphor_before gives the company). */
static int works_opened_by_cost(const ivl_fctx *x, const ivl_fsent *s) {
  if (!x->c.company || s->n == 0 || s->m[0].kind != FM_MONEY || x->t[s->vs] != 'T' ||
      !fx_starts_with(x, s->vs, "the") || !fx_only(x, s->vs + 3, s->m[0].vs, " "))
    return 0;
  size_t p = s->m[0].ve;
  if (p < s->ve && x->t[p] == '-') p++; /* "$45-million" */
  const ivl_fsent *b = &x->c.before;
  return fx_starts_with_any(x, p, inv_works) && b->index + 1 == s->index && x->c.company->vs >= b->vs &&
         x->c.company->ve <= b->ve;
}

/* Does "it" stand in sentence 's' as a clause's subject: at the sentence's
** start or after a comma, a dash or a word that opens a clause ("In 2023,
** however, it slipped to seventh place with $1.76 billion", "and it
** added"), with a word after it? Not the object of a verb or a label's
** ("Book it: Doubles from $95", a travel guide's price line; "Make it a
** weekend: rooms from $80"), which names no investor (set qweek113). */
static int it_as_subject(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const openers[] = {"and", "but", "so", "yet", "then", "now", "when", "while", "as", "because",
                                        "since", "after", "before", "that", "which", "where", "though", "although",
                                        "if", "once", "until", "said", "says", "also", NULL};
  for (size_t at = s->vs; (at = fx_find(x, at, s->ve, "it")) != FX_NONE; at++) {
    size_t e = at + 2;
    if (e + 1 >= s->ve || x->t[e] != ' ' || !ivl_islower((unsigned char)x->t[e + 1])) continue;
    size_t p = at;
    while (p > s->vs && x->t[p - 1] == ' ') p--;
    if (p == s->vs || strchr(",;(", x->t[p - 1]) || (unsigned char)x->t[p - 1] >= 0x80 ||
        fx_ends_with_any(x, at, openers))
      return 1;
  }
  return 0;
}

/* "the company", "it": an investor referred to. Asked only when the
** cheaper tests beside it do not decide; '*known' keeps the answer (-1:
** not yet asked). */
static int referred_to(const ivl_fctx *x, const ivl_fsent *s, int *known) {
  if (*known < 0)
    *known = (fx_any(x, s->vs, s->ve, inv_company_anaphors) && !inv_authority_board(x, s, s->ve)) ||
             inv_company_subject_end(x, s) != FX_NONE ||
             inv_opens_on_buyer(x, s) != FX_NONE || phase_after_phases(x, s) || works_opened_by_cost(x, s) ||
             (x->c.subject_is_investor && fx_find(x, s->vs, s->ve, "it") != FX_NONE) ||
             /* "the parent has put a total of ...": an owner noted before (note_parent; set qfin) */
             (x->c.parent && fx_find(x, s->vs, s->ve, "the parent") != FX_NONE) ||
             /* "A: We will build a $300 million plant": the firm the answer speaks for */
             inv_speakers_company(x, s) != NULL ||
             /* "The owner will spend ...": the firm a brand deal just told
             ** was signed with (inv_pair_owner; set qweek66) */
             inv_pair_owner(x, s) != NULL;
  return *known;
}
/* "Investors by country (ranked by newly registered capital):", "Top
** partners, in descending order of capital:": a list's head that tells
** the order of the lines under it in words other than a superlative. */
static int ordered_list_head(const ivl_fctx *x, size_t vs, size_t ve) {
  static const char *const order[] = {"ranked by", "ranked according to", "in descending order",
                                      "in order of", "by order of", NULL};
  return fx_any(x, vs, ve, order);
}

/* A line that speaks of a ranking ("The top five were:") with numbered
** lines under it ("1. Japan – $1.32 billion"), read as one sentence. */
static int numbered_ranking(const ivl_fctx *x, const ivl_fsent *s) {
  const char *nl = memchr(x->t + s->vs, '\n', s->ve - s->vs);
  if (!nl) return 0;
  if (!(s->cues & CUE_RANK) && !ordered_list_head(x, s->vs, (size_t)(nl - x->t))) return 0;
  for (const char *p = nl, *e = x->t + s->ve; (p = memchr(p, '\n', (size_t)(e - p))) != NULL; p++)
    if (ivl_facts_numbered_line(x, (size_t)(p + 1 - x->t), s->ve)) return 1;
  return 0;
}


/* "Đồng Nai attracted 12 Japanese projects": a demonym inside a count of
** projects a Vietnamese place named before it drew says whose they are, as
** "Japanese firms" does (not "The 12 Japanese projects there employ"). */
static int inside_project_count(const ivl_fsent *s, size_t i) {
  const ivl_fm *m = &s->m[i];
  size_t k = 0;
  /* (the mentions are in text order: a count holding m starts before it) */
  while (k < s->n && s->m[k].vs < m->vs &&
         !(s->m[k].kind == FM_COUNT && (s->m[k].flags & FM_PROJECTS) && m->ve <= s->m[k].ve))
    k++;
  if (k == s->n || s->m[k].vs >= m->vs) return 0;
  for (size_t p = 0; p < k; p++)
    if (s->m[p].kind == FM_PLACE && (s->m[p].flags & FM_VN)) return 1;
  return 0;
}

/* Where the sentence's first amount starts (its end when none). */
static size_t first_money(const ivl_fsent *s) {
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY) return s->m[i].vs;
  return s->ve;
}

const char *const inv_largest_part[] = {"led by a", "led by an", "headed by a", "headed by an", NULL};
const char *const inv_further[] = {"a further", "another", "an additional", NULL};
const char *const inv_valid_projects[] = {"valid projects", "valid investment projects", NULL};
/* each of these words carries CUE_WORKS (facts_words.c), or a sentence
** with no other cue never gets to inv_speaks_of_investment's look */
const char *const inv_works[] = {
  "project*", "plant", "plants", "factory", "factories", "facility", "complex", "centre", "center",
  "resort", "mall", "terminal", "campus", "hub", "phase", "park", "zone", "port", "warehouse", "mill",
  "hotel", "hospital", "clinic", "school", "township", "urban area", "cluster", "depot", "depots",
  /* what a farming firm builds: "a VNĐ2.5 trillion dairy farm", "a $40
  ** million shrimp hatchery", "rubber plantations" */
  "farm", "farms", "ranch", "hatchery", "plantation", "plantations", "greenhouse", "greenhouses",
  "slaughterhouse",
  /* a shipbuilder's: "a US$450 million ship repair yard" (qcore) */
  "yard", "shipyard",
  /* an airline's, a refiner's, a grid's: "a VND3.7 trillion
  ** maintenance hangar", "a $300 million refinery", "a 500kV substation" */
  "hangar", "hangars", "refinery", "refineries", "substation", "substations",
  /* a repairer's or a maker's shop: "a US$14 million electro-optics
  ** maintenance workshop" (set qweek144) */
  "workshop", "workshops",
  /* what a processor or a maker adds inside a plant: "a $60 million
  ** production line", "two assembly lines"; a food or drink maker's own
  ** works: "a VND600 billion bakery", "a new brewery"; a sales site, an
  ** office: "a showroom", "a 40-storey office tower", "its $90 million
  ** headquarters" (not a laboratory: licences "worth $3 million to a
  ** laboratory" are goods supplied) */
  "production line", "production lines", "assembly line", "assembly lines", "brewery",
  "breweries", "distillery", "winery", "showroom", "showrooms", "tower", "towers",
  "headquarters",
  /* a venue a developer builds: "broke ground on a VND9 trillion football
  ** stadium", "a $300 million indoor arena" (qweek26) */
  "stadium", "stadiums", "arena", "arenas",
  /* a retailer's: "a $250 million department store", "a VNĐ900 billion
  ** hypermarket" (qweek31) */
  "department store", "supermarket", "hypermarket", NULL};
const char *const inv_sharing_participles[] = {"accounting for", "making up", "representing", "contributing", NULL};

/* "Greenline contributed $30 million of the total", "X contributed $54
** million to the venture's charter capital": a firm's part of a round, a
** venture or a group's money just told ("contributed" alone is left to
** the shares of a total: "new projects contributed $500 million"). */
static int part_contributed(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const whole[] = {"of the total", "of the round", "of the capital", "of the funding",
                                      "of the investment", "to the round", "to the venture", "to the consortium",
                                      "to the project", "to the capital", "to the charter capital", NULL};
  size_t at = fx_find(x, s->vs, s->ve, "contributed");
  if (at == FX_NONE) return 0;
  size_t k = fx_mention_from(x, at);
  if (k >= x->nm || x->m[k].kind != FM_MONEY || !fx_lower_words(x, at, x->m[k].vs)) return 0;
  return fx_starts_with_any(x, x->m[k].ve, whole); /* ("to the venture's": no word goes on at "'") */
}

/* "X has contributed $86 million to a joint venture with Y", "contributed
** VNĐ2.3 trillion (about $90 million) in land-use rights to the venture": a
** partner's money, in cash or in kind, put into a venture is its capital
** however the article began (a part of a total, "contributed $500
** million of the FDI", is left to part_contributed). */
static int contributed_to_venture(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const venture[] = {"to a joint venture", "to its joint venture", "to the joint venture",
                                        "to their joint venture", "to a venture", "to its venture",
                                        "to the venture", "to their venture", NULL};
  size_t at = fx_find(x, s->vs, s->ve, "contributed");
  if (at == FX_NONE) return 0;
  size_t k = fx_mention_from(x, at);
  if (k >= x->nm || x->m[k].kind != FM_MONEY || !fx_lower_words(x, at, x->m[k].vs)) return 0;
  size_t after = x->m[k].ve;
  /* past its equivalent in brackets, hedged or not: "(about $90 million)" */
  size_t open = after;
  while (open < s->ve && x->t[open] == ' ') open++;
  if (open < s->ve && x->t[open] == '(' && k + 1 < x->nm && x->m[k + 1].kind == FM_MONEY &&
      x->m[k + 1].vs < open + 16 && fx_lower_words(x, open + 1, x->m[k + 1].vs)) {
    after = x->m[k + 1].ve;
    while (after < s->ve && x->t[after] == ')') after++;
  }
  /* and past what was put in: "in land-use rights and existing equipment" */
  size_t to = fx_first(x, after, after + 80 < s->ve ? after + 80 : s->ve, venture);
  return to != FX_NONE && fx_lower_words(x, after, to);
}

/* "... approved two projects in X. The larger, worth $780 million,
** belongs to Y. The other, worth $320 million, ...": a sentence right after
** projects counted with no money (or after the one that picked the last)
** that opens by picking one of them out. */
int inv_picks_told_project(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const picks[] = {"the larger", "the largest", "the smaller", "the bigger", "the biggest",
                                      "the first", "the second", "the other", "the latter", NULL};
  return x->c.projects_told_sent && x->c.projects_told_sent == s->index && fx_starts_with_any(x, s->vs, picks);
}

/* "a cost the authority puts at around $500 million a year", "analysts put
** the deal at $2 billion": "put" ... "at" the next amount is an estimate of
** it, no money put in ("put $40 million into the plant"); where it is the
** sentence's only word of putting, the sentence puts no money in. */
static int puts_money_in(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const put[] = {"put", "puts", NULL};
  static const char *const at[] = {"at", "at around", "at about", "at some", "at nearly", "at almost", "at over",
                                   "at more than", "at roughly", "at just over", "at up to", NULL};
  const char *const *putting = ivl_lexicon(LEX_PUTTING);
  size_t first = fx_first(x, s->vs, s->ve, putting);
  if (first == FX_NONE) return 0;
  if (fx_first(x, first, s->ve, put) != first || fx_any(x, first + 1, s->ve, putting)) return 1;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY && s->m[i].vs > first) return !fx_ends_with_any(x, s->m[i].vs, at);
  return 1;
}

/* "South Korea poured $6.5 billion into Việt Nam last year": a country
** abroad, the sentence's subject, pouring money into Việt Nam or a place of
** it invests there, with no word of investment said (its money "poured",
** "pumped", "injected"; not "bought", "paid" or "spent", which trade). */
static int country_pours_in(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const pours[] = {"poured", "pours", "pumped", "pumps", "injected", "injects",
                                      "ploughed", "channelled", "channeled", NULL};
  if (s->n < 3 || s->m[0].kind != FM_COUNTRY || (s->m[0].flags & (FM_VN | FM_DEMONYM)) || s->m[0].vs > s->vs + 4)
    return 0;
  size_t verb = fx_first(x, s->m[0].ve, s->m[0].ve + 24 < s->ve ? s->m[0].ve + 24 : s->ve, pours);
  if (verb == FX_NONE || s->m[1].kind != FM_MONEY || s->m[1].vs < verb || s->m[1].vs - verb > 16) return 0;
  const ivl_fm *into = &s->m[2];
  return (into->flags & FM_VN) && (into->kind == FM_COUNTRY || into->kind == FM_PLACE) &&
         fx_ends_with(x, into->vs, "into") && into->vs - s->m[1].ve <= 8;
}

/* A deal's size in an investor's word, by the largest: "The biggest single
** ticket was a $1.07 billion data-centre campus ... by Singapore's X" (the
** ticket the sentence's subject, said to be a project right after; not
** "the biggest ticket sale", "its biggest ticket was worth $12,000").
** Where it is in t[from, to), else FX_NONE. */
static size_t deal_ticket(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const tickets[] = {"single ticket", "biggest ticket", "largest ticket", NULL};
  static const char *const verbs[] = {"was a", "was an", "is a", "is an", NULL};
  size_t at = fx_first(x, from, to, tickets);
  if (at == FX_NONE) return FX_NONE;
  size_t past = fx_find(x, at, to, "ticket") + 6;
  return past < to && fx_starts_with_any(x, past, verbs) ? at : FX_NONE;
}

static int count_of_sources(const ivl_fctx *x, const ivl_fm *m);

/* "168 projects from 21 countries and territories": projects counted by
** the countries they come from are foreign. */
int inv_projects_from_countries(const ivl_fctx *x, const ivl_fsent *s) {
  for (size_t i = 0; i < s->n; i++)
    if (count_of_sources(x, &s->m[i]) && fx_ends_with(x, s->m[i].vs, "from")) return 1;
  return 0;
}

/* "Certificates went to Daesan Tech ($120 million), Miyako Parts ($45
** million) and ...", "The largest were X ($90 million) and Y": right after
** an investment, firms each with its figure in brackets right after its
** name are the investors of what was just told, whatever the verb. Two
** such pairs or more: one alone may be a firm's size or sales. */
static int firms_with_bracketed_figures(const ivl_fctx *x, const ivl_fsent *s) {
  int pairs = 0;
  for (size_t i = 1; i < s->n; i++) {
    const ivl_fm *m = &s->m[i], *named = &s->m[i - 1];
    /* the firm, or its country after it: "Daesan Tech of South Korea ($120 million)" */
    const ivl_fm *firm = i >= 2 && named->kind == FM_COUNTRY && fx_only(x, s->m[i - 2].ve, named->vs, "of")
                             ? &s->m[i - 2]
                             : named;
    if (m->kind != FM_MONEY || firm->kind != FM_ORG || !(firm->flags & FM_COMPANY)) continue;
    size_t p = named->ve;
    if (p + 1 < m->vs && x->t[p] == '\'' && x->t[p + 1] == 's') p += 2; /* "Daesan Tech's ($120 million)" */
    pairs += p + 2 == m->vs && x->t[p] == ' ' && x->t[p + 1] == '(';
  }
  return pairs >= 2;
}

/* "Among the advisers, law firm X topped the league table, working on 23
** deals worth a combined $2.9 billion, followed by Y with ...", "X Advisory
** led with 11 deals worth $1.8 billion": a league table of advisers, its
** head the sentence's first firm, ranks the deals they worked on, not
** investors (set qweek72). */
static int advisers_ranked(const ivl_fctx *x, const ivl_fsent *s) {
  if (!fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_RANKING))) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_ORG) return fx_adviser(x, &s->m[i]);
  return 0;
}

/* The verbs of a firm founding a unit of its own. */
static const char *const founding_verbs[] = {"set up", "sets up", "setting up", "established", "establishes",
                                             "establishing", "opened", "opens", "opening", "founded", "formed",
                                             "built", "builds", "building", NULL};
/* What a firm founds that no works word names: "a dyeing unit", "a tea
** distribution company" (the works words go by their own look). */
static const char *const founded_units[] = {"unit", "units", "company", "firm", "business", "subsidiary",
                                            "branch", "office", "offices", NULL};

/* "set up a Rs 1.5 billion fabric dyeing unit in Gampaha": the money
** right after the founding verb's article, the unit's noun within three
** lower-case words after it (not "a $40 million-a-year plant", its
** sales; nor "set up a $5 million fund", no unit). */
static int money_before_founded_unit(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const articles[] = {"a", "an", "its", "their", "the", NULL};
  size_t p = m->vs;
  while (p > 0 && x->t[p - 1] == ' ') p--;
  if (!fx_ends_with_any(x, p, articles)) return 0;
  size_t a = fx_last(x, p > 14 ? p - 14 : 0, p, articles);
  return a != FX_NONE && fx_ends_with_any(x, a, founding_verbs) &&
         fx_noun_within_three(x, fx_past_bracketed_equivalent(x, m->ve), founded_units);
}

/* "established a tea distribution company in Bình Dương with $18 million
** in 2019": the money told with "with" after the unit the verb founds,
** within a place's words of it (not "set up a fund with $5 million", no
** unit). */
static int money_with_founded_unit(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  if (!fx_ends_with(x, m->vs, "with")) return 0;
  size_t from = m->vs > s->vs + 60 ? m->vs - 60 : s->vs;
  size_t u = fx_last(x, from, m->vs, founded_units);
  if (u == FX_NONE) return 0;
  size_t v = fx_last(x, u > s->vs + 40 ? u - 40 : s->vs, u, founding_verbs);
  return v != FX_NONE && !fx_any(x, u, m->vs, inv_sharing_participles);
}

/* A unit a firm founds, told with its money and no investment word: by
** the money before the unit's noun or "with" the money after it. */
int inv_founds_unit_with_money(const ivl_fctx *x, const ivl_fsent *s) {
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY &&
        (money_before_founded_unit(x, &s->m[i]) || money_with_founded_unit(x, s, &s->m[i])))
      return 1;
  return 0;
}

int inv_speaks_of_investment(const ivl_fctx *x, const ivl_fsent *s) {
  if ((s->cues & CUE_RANK) && deal_ticket(x, s->vs, s->ve) != FX_NONE) return 1;
  /* a word it says is in the sentence: most sentences have none, which
  ** one look says; but a sentence cued for investment mostly has one,
  ** and says() finds it without that look */
  const char *const *invest = ivl_lexicon(LEX_INVEST);
  if ((s->cues & CUE_INVEST) || fx_any(x, s->vs, s->ve, invest))
    for (int k = 0; invest[k]; k++)
      if (says(x, s, invest[k])) return 1;
  if (advisers_ranked(x, s)) return 0;
  /* "The group now has seven projects in Nghệ An", "Other projects include a
  ** plant of Multi-Sunny Việt Nam Co ($10 million)" */
  int projects = 0, investor = 0, money = 0;
  for (size_t i = 0; i < s->n; i++) {
    projects |= s->m[i].kind == FM_COUNT && (s->m[i].flags & FM_PROJECTS);
    money |= s->m[i].kind == FM_MONEY;
  }
  /* all that follows is of a sentence with projects or money; "Newly
  ** registered projects numbered 850" right after an investment is one */
  size_t numbered_end;
  figure share;
  /* "Singapore led with $5 billion, followed by ... South Korea ranked
  ** fourth.": a place further down the list just stated, no figure of its own */
  /* (or placed among the destinations of an outward total just told,
  ** "Australia came third": its rank, no amount; the lead's ruling) */
  if (!projects && !money)
    return x->c.invest_age <= 1 && (inv_projects_numbered(x, s, &numbered_end) > 0 || inv_share_only(x, s, &share) ||
                                    ((x->c.rank_age <= 1 || x->c.outward_age <= 1) &&
                                     inv_placing_ordinal(x, s->vs, s->ve, NULL) > 1));
  /* "... licensed a consortium of A, B and C. The line will cost $2.5
  ** billion": the group's project, named in the sentence right before */
  if (money && x->c.members_sent == s->index && fx_find(x, s->vs, s->vs + 3, "the") == s->vs) return 1;
  if (money && inv_picks_told_project(x, s)) return 1;
  for (size_t i = 0; i < s->n && !investor; i++)
    investor = fx_can_invest(x, &s->m[i], 1) &&
               (!(s->m[i].flags & FM_DEMONYM) || fx_describes_company(x, &s->m[i]) || inside_project_count(s, i));
  const char *const *works = inv_works;
  int referred = -1; /* referred_to, when asked */
  if (projects && (investor || referred_to(x, s, &referred))) return 1;
  /* "Phú Yên hosts 60 foreign projects worth $8 billion": projects with
  ** their capital, said to be foreign, are foreign investment */
  /* so too "Nghệ An attracted five domestic projects worth VNĐ2.3
  ** trillion": Việt Nam's own (rule 12) */
  /* so too "As of April 20, Hà Nam had 400 valid projects worth $4
  ** billion": projects still valid are licensed investment, the press's
  ** term for the running FDI tally */
  if (projects && money &&
      (fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_FOREIGN)) || fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_DOMESTIC)) ||
       fx_any(x, s->vs, s->ve, inv_valid_projects) || inv_projects_from_countries(x, s)))
    return 1;
  /* "Foreign investors have $2.1 billion in 38 projects at the park. Domestic
  ** firms account for a further 74 projects": Việt Nam's own projects,
  ** counted on top of an investment just told (rule 12), money or none
  ** (qsci); not "Domestic firms said 74 projects were delayed" */
  if (projects && x->c.invest_age == 0 && fx_starts_with_any(x, s->vs, ivl_lexicon(LEX_DOMESTIC)) &&
      fx_any(x, s->vs, s->ve, inv_further))
    return 1;
  /* right after an investment: "Over the same period, 96 domestic projects
  ** worth VNĐ41.5 trillion were approved", "In Q3 alone, the province drew
  ** $1.6 billion" */
  /* "New projects accounted for $500 million": a total just stated broken down */
  if (money && x->c.invest_age <= 1 &&
      (projects || fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_DRAWING)) || fx_any(x, s->vs, s->ve, inv_shares_of_total) ||
       inv_projects_numbered(x, s, &numbered_end) > 0))
    return 1;
  /* "Of that, $1.2 billion went to industrial parks", "Of the total, $300
  ** million flowed into services": a breakdown of the total just stated,
  ** whatever its verb */
  if (money && x->c.invest_age == 0 && (inv_opens_breakdown(x, s) || inv_figure_of_told(x, s))) return 1;
  /* "X is expanding its operations. The additional $35 million will fund a
  ** second line": the money of the expansion just told, or of the firm
  ** whose figures were just stated */
  if (money && inv_addition_owner(x, s)) return 1;
  /* "Korean firms remain upbeat about Bắc Ninh. They poured $410 million
  ** into the province": money put in by the country's investors the
  ** sentence before opened on */
  if (money && x->c.demonym_group_sent == s->index && x->c.demonym_group && fx_starts_with(x, s->vs, "they") &&
      fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_PUTTING)))
    return 1;
  /* "They include the VNĐ5.2 trillion Phú Bình 2 park in Thái Nguyên, the
  ** VNĐ4.4 trillion ... park in ...": the members of what was just stated,
  ** each with its figure */
  /* "The largest is the Thái Thụy Industrial Park of X, worth VNĐ8.9
  ** trillion", "The other two are ...": parts picked out of them */
  if (money && x->c.invest_age == 0 &&
      (fx_starts_with_any(x, s->vs, inv_members) || fx_starts_with_any(x, s->vs, inv_part_picks)))
    return 1;
  if (money && x->c.invest_age == 0 && firms_with_bracketed_figures(x, s)) return 1;
  /* "New projects took $740 million and existing ones added $460 million":
  ** new or added capital of projects, right after an investment */
  if (money && x->c.invest_age <= 1 && fx_starts_with_any(x, s->vs, ivl_lexicon(LEX_NEW_CAPITAL)) &&
      fx_find(x, s->vs, s->vs + 30 < s->ve ? s->vs + 30 : s->ve, "projects") != FX_NONE)
    return 1;
  /* "Sanwa Denshi will add 5 billion yen to its subsidiary", "the group
  ** poured $200 million into ...": a company putting money in */
  /* "Vietnamese enterprises poured $468 million into overseas projects",
  ** "Thai investors pumped ...": a country's firms at large */
  static const char *const firms[] = {"firms", "enterprises", "businesses", "investors", "companies", "funds", "banks",
                                      "lenders",
                                      /* "Japanese developers poured $1.4 billion into ..." */
                                      "developers", "manufacturers", "makers", "producers", "retailers", "suppliers",
                                      "conglomerates", "chipmakers", "carmakers", "automakers", "insurers", NULL};
  int company = 0;
  for (size_t i = 0; i < s->n && money && !company; i++) {
    company = (s->m[i].kind == FM_ORG && (s->m[i].flags & FM_COMPANY)) || fx_describes_company(x, &s->m[i]);
    company = company || ((s->m[i].flags & FM_DEMONYM) && fx_starts_with_any(x, s->m[i].ve, firms));
  }
  /* "Domestic enterprises poured VNĐ6.2 trillion into 28 new projects":
  ** Việt Nam's own firms at large (rule 12) */
  static const char *const domestic_firms[] = {
    "domestic firms", "domestic enterprises", "domestic businesses", "domestic companies", "domestic investors",
    "local firms", "local enterprises", "local businesses", "local companies", NULL};
  /* "Foreign firms poured $610 million into Tây Ninh": foreign firms at
  ** large, as "foreign investors" (rule 4) */
  static const char *const foreign_firms[] = {
    "foreign firms", "foreign enterprises", "foreign businesses", "foreign companies", "foreign-invested firms",
    "foreign-invested enterprises", "overseas firms", "overseas enterprises", "overseas businesses",
    "overseas companies",
    /* "Foreign venture funds poured $410 million into Vietnamese startups"
    ** (set qfund) */
    "foreign funds", "foreign venture funds", "foreign investment funds", "foreign private equity funds",
    "overseas funds", NULL};
  if (money &&
      (company || referred_to(x, s, &referred) || fx_any(x, s->vs, s->ve, domestic_firms) ||
       fx_any(x, s->vs, s->ve, foreign_firms)) &&
      puts_money_in(x, s))
    return 1;
  if (money && company && inv_sold_abroad(x, s, first_money(s))) return 1;
  /* "Its first, in Hồ Chí Minh City, cost the group VNĐ5 trillion": what
  ** works cost the company that paid for them, named by reference */
  static const char *const cost_owner[] = {"cost the group", "cost the company", "cost the firm",
                                           "cost the developer", "cost the investor", NULL};
  if (money && fx_any(x, s->vs, s->ve, cost_owner)) return 1;
  if (money && company && x->c.invest_age <= 2 && part_contributed(x, s)) return 1;
  if (money && company && contributed_to_venture(x, s)) return 1;
  /* "Japan and South Korea each registered more than $1 billion in the
  ** province": a country (or any investor) putting money in, with
  ** investment just spoken of */
  if (money && investor && x->c.invest_age <= 2 && puts_money_in(x, s)) return 1;
  if (money && country_pours_in(x, s)) return 1;
  /* "Korean investors lead the FDI ranking with $7.3 billion. Japan is
  ** second with $3.9 billion.": the next place of the ranking just stated,
  ** with its own figure, as one with none ("South Korea ranked fourth") */
  if (money && investor && x->c.rank_age <= 1 && inv_placing_ordinal(x, s->vs, s->ve, NULL) > 1) return 1;
  if (money && (investor || referred_to(x, s, &referred)) && fx_any(x, s->vs, s->ve, works))
    for (int k = 0; works[k]; k++)
    if (says(x, s, works[k])) return 1;
  /* "set up a $6 million subsidiary in Germany", "opened a $3 million
  ** branch in Japan": a new unit a company puts money into (its cue words
  ** carry CUE_WORKS); a unit only named ("its subsidiary earned") is none */
  static const char *const units[] = {"subsidiary", "branch", "joint venture", NULL};
  static const char *const set_up[] = {"set up", "sets up", "setting up", "established", "establishes",
                                       "establishing", "opened", "opens", "opening", "launched", "founded",
                                       "formed", "forms", "incorporated", NULL};
  size_t u;
  if (money && (s->cues & CUE_WORKS) && (investor || referred_to(x, s, &referred)) &&
      (u = fx_first(x, s->vs, s->ve, units)) != FX_NONE &&
      fx_any(x, u > s->vs + 40 ? u - 40 : s->vs, u, set_up))
    return 1;
  if (money && (investor || referred_to(x, s, &referred)) && inv_founds_unit_with_money(x, s)) return 1;
  /* "In 2023, however, it slipped to seventh place with $1.76 billion": the
  ** sentence before spoke of FDI */
  if (money && x->c.invest_age <= 1 && it_as_subject(x, s)) return 1;
  /* "China led with $436 million, followed by ...", "Japan ranked first
  ** among 11 source economies with $420 million": a ranked list of
  ** investors right after FDI was spoken of */
  /* "Bắc Ninh ranked second nationwide with $745.2 million": a locality's
  ** own figure in such a ivl_lexicon(LEX_RANKING) */
  int place = 0;
  for (size_t i = 0; i < s->n; i++) place |= s->m[i].kind == FM_PLACE && (s->m[i].flags & FM_VN);
  if (money && (investor || place) && x->c.invest_age <= 2 && fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_RANKING)))
    return 1;
  /* "The top five were:" / "1. Japan – $1.32 billion" / "2. Singapore – ...":
  ** a numbered ranking right after FDI was spoken of */
  return money && investor && x->c.invest_age <= 2 && numbered_ranking(x, s);
}

/* "its digital payment and lending services", "a lending platform": a
** trade that lends is a business invested in, not a loan */
static const char *const lending_trades[] = {"lending service*", "lending business*", "lending platform*",
                                             "lending app*", "lending arm", "lending unit", NULL};

/* "Japan remains the largest provider of official development assistance
** to Việt Nam and is its third largest foreign investor, with ...", "Korea,
** a major ODA donor, is its largest investor": the aid word names the
** country's role as a donor, no figure of aid, beside its place among
** investors. */
static int aid_role_beside_investor(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const role_of[] = {"provider of", "providers of", "donor of", "donors of", "source of",
                                        "sources of", NULL};
  static const char *const role_after[] = {"oda provider*", "oda donor*", "oda lender*", NULL};
  if (!fx_ends_with_any(x, at, role_of) && !fx_starts_with_any(x, at, role_after)) return 0;
  return fx_find(x, at, s->ve, "investor") != FX_NONE;
}

/* "Japanese investors poured $3.2 billion into the country in 2025, while
** Japan's ODA commitments have totalled ¥3 trillion": aid told in a
** contrast clause after money of the clause before it is that clause's
** own; the money before stays investment (other_money drops the aid's
** figure, its look starting at "while"). */
static int aid_in_later_contrast(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  size_t turn = FX_NONE, c = 0, comma;
  for (size_t t = fx_contrast_turn(x, s->vs, at, &comma); t != FX_NONE; t = fx_contrast_turn(x, t + 1, at, &comma))
    turn = t, c = comma;
  if (turn == FX_NONE) return 0;
  /* (not "Japan disbursed $1.2 billion in 2025, while its ODA commitments
  ** have totalled ...": the same donor's aid, the money before aid too) */
  static const char *const own[] = {"its", "their", NULL};
  size_t w = turn;
  while (w < at && ivl_isalpha((unsigned char)x->t[w])) w++; /* past "while" or "whereas" */
  if (fx_starts_with_any(x, w, own)) return 0;
  for (size_t i = 0; i < s->n && s->m[i].ve <= c; i++)
    if (s->m[i].kind == FM_MONEY) return 1;
  return 0;
}

/* "plans to inject VNĐ2 trillion into the unit to expand lending in rural
** provinces", "to boost its margin lending": lending that money put in
** before is to grow is the trade it goes into, not a loan (as
** lending_trades). Not "plans to boost lending to Việt Nam by $500
** million", where the figure, after, is the lending. */
static int lending_grown_by_figure(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const lends[] = {"lending", NULL};
  static const char *const to_grow[] = {"to expand", "to boost", "to grow", "to increase", "to step up",
                                        "to scale up", NULL};
  if (!fx_starts_with_any(x, at, lends)) return 0;
  size_t from = at > s->vs + 40 ? at - 40 : s->vs;
  size_t v = fx_first(x, from, at, to_grow);
  if (v == FX_NONE) return 0;
  int money_before = 0;
  for (size_t i = 0; i < s->n && s->m[i].ve <= v && !money_before; i++) money_before = s->m[i].kind == FM_MONEY;
  v += 3; /* past "to " and the verb's words, which are lower case */
  return money_before && fx_lower_words(x, v, at);
}

/* "injected VNĐ1.2 trillion into its subsidiary ... to fund margin loans"
** (set qinsure): a broker's loans to its clients who buy shares, that
** money put in before is for, are the trade it goes into, no aid (not
** "brokers with margin loans above VNĐ10 trillion", a rule's limit). */
static int margin_lending(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const to_fund[] = {"to fund", "to finance", "to expand", "to boost", "to grow", NULL};
  if (!fx_ends_with(x, at, "margin")) return 0;
  size_t margin = fx_find(x, at > s->vs + 8 ? at - 8 : s->vs, at, "margin");
  if (margin == FX_NONE || !fx_ends_with_any(x, margin, to_fund)) return 0;
  for (size_t i = 0; i < s->n && s->m[i].ve <= margin; i++)
    if (s->m[i].kind == FM_MONEY) return 1;
  return 0;
}

/* "has converted a $30 million loan into a 20 per cent stake in X",
** "swapped its convertible bonds for shares in Y": debt turned into
** shares is a purchase of the stake, paid with the debt (set qbond), no
** lending. 'at' is the lending word (FX_NONE: none); a verb of turning in
** its clause before it, "into" or "for" right after it (past "note",
** "notes") and a stake, shares or equity within 40 bytes after that. */
static int debt_turned_into_shares(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const turned[] = {"convert", "converts", "converted", "converting", "swap", "swaps",
                                       "swapped", "swapping", NULL};
  static const char *const into[] = {"into", "for", NULL};
  static const char *const shares[] = {"stake", "stakes", "shares", "equity", NULL};
  if (at == FX_NONE) return 0;
  size_t from = at > s->vs + 48 ? at - 48 : s->vs;
  size_t v = fx_last(x, from, at, turned);
  if (v == FX_NONE || memchr(x->t + v, ',', at - v)) return 0;
  size_t we = at;
  while (we < s->ve && ivl_isalpha((unsigned char)x->t[we])) we++;
  if (!fx_starts_with_any(x, we, into)) return 0;
  size_t upto = we + 48 < s->ve ? we + 48 : s->ve;
  return fx_first(x, we, upto, shares) != FX_NONE;
}

/* "with the rest going to repay short-term bank loans", "and to pay off
** VNĐ300 billion of loans": loans the firm repays are its own debt, no aid
** given; the lending word in the clause of a verb of repaying, within 40
** bytes after it. */
static int repaying_loans(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const repay[] = {"repay", "repays", "repaying", "pay down", "pay off", "paying off",
                                      "refinanc*", "settle", NULL};
  size_t from = at > s->vs + 40 ? at - 40 : s->vs;
  size_t r = FX_NONE;
  for (size_t p = fx_first(x, from, at, repay); p != FX_NONE; p = fx_first(x, p + 1, at, repay)) r = p;
  return r != FX_NONE && !memchr(x->t + r, ',', at - r) && !memchr(x->t + r, ';', at - r);
}

/* Are the bytes of [from, to) lower-case words, but for amounts of money
** ("partly by a $150 million", the loan's own amount before "loan")? */
static int lower_words_or_amounts(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  size_t p = from;
  for (size_t i = fx_mentions_from(s->m, s->n, from); i < s->n && s->m[i].vs < to; i++) {
    if (s->m[i].kind != FM_MONEY || s->m[i].ve > to) continue;
    if (!fx_lower_words(x, p, s->m[i].vs)) return 0;
    p = s->m[i].ve;
  }
  return fx_lower_words(x, p, to);
}

/* "Ba Vì Milk JSC will invest VNĐ120 billion in biogas digesters,
** financed partly by a green loan from BIDV": a loan told after a comma as
** how a firm's own investment, said before it with its amount, is paid
** for is the investor's borrowing, no aid given (not "the tunnel, financed
** by a 25 billion yen loan from JICA": no investing verb and amount
** before). */
static int loan_financing_investment(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const financed[] = {"financed by", "funded by", "financed partly by", "funded partly by",
                                         "partly financed by", "partly funded by", "financed in part by",
                                         "funded in part by", NULL};
  static const char *const investing[] = {"invest", "invests", "invested", "investing", "spend", "spends", NULL};
  size_t from = at > s->vs + 40 ? at - 40 : s->vs;
  size_t f = fx_first(x, from, at, financed);
  if (f == FX_NONE) return 0;
  size_t c = f;
  while (c > s->vs && x->t[c - 1] == ' ') c--;
  if (c == s->vs || x->t[c - 1] != ',' || !lower_words_or_amounts(x, s, f, at)) return 0;
  size_t v = fx_first(x, s->vs, f, investing);
  if (v == FX_NONE) return 0;
  for (size_t i = fx_mentions_from(s->m, s->n, v); i < s->n && s->m[i].ve <= f; i++)
    if (s->m[i].kind == FM_MONEY) return 1;
  return 0;
}

/* "The deal brings X's total investment to $640 million, its chief said,
** adding that the trust had financed part of the project with a $70
** million loan from a bank": a loan told in a later clause as how the
** investor "financed" its works "with" it is the investor's borrowing, no
** aid; the figure of investment said before that clause stays a fact
** (set qweek10). Not "the bridge, financed with a JICA loan", with no
** investment and amount before the clause. */
static int loan_financed_with(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const financed[] = {"financed", "funded", NULL};
  static const char *const investing[] = {"invest*", NULL};
  size_t from = at > s->vs + 64 ? at - 64 : s->vs;
  size_t f = fx_last(x, from, at, financed);
  if (f == FX_NONE || fx_find(x, f, at, "with") == FX_NONE) return 0;
  size_t c = f;
  while (c > s->vs && x->t[c - 1] != ',') c--;
  if (c == s->vs) return 0;
  size_t v = fx_first(x, s->vs, c, investing);
  if (v == FX_NONE) return 0;
  for (size_t i = fx_mentions_from(s->m, s->n, v); i < s->n && s->m[i].ve < c; i++)
    if (s->m[i].kind == FM_MONEY) return 1;
  return 0;
}

/* Loans, grants and aid are agreements, not investments. */
int inv_speaks_of_aid(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const *const trades = lending_trades;
  /* most sentences have no first word of one (CUE_AID) */
  if (!((s->cues & CUE_AID) || ivl_lexicon_extended(LEX_AID))) return 0;
  /* "will arrange VNĐ11 trillion through equity and loans from VietinBank":
  ** an investor's own money and what it borrows, its capital, no aid */
  static const char *const own_and[] = {"equity and", "equity and bank", "own capital and", "own capital and bank", NULL};
  /* "will contribute VNĐ1.3 trillion in equity capital, with the rest
  ** coming from bank loans": the split of a project's funding, the loans
  ** the rest of the investor's own equity (no aid either) */
  /* (so too a charter capital, the owners' own money: "will have a charter
  ** capital of $200 million, with the rest of the plant's cost to be
  ** financed by bank loans", where "the rest" may be 64 bytes before the
  ** loans) */
  static const char *const own[] = {"equity", "own capital", "own funds", "charter capital", NULL};
  static const char *const rest[] = {"the rest", "the remainder", "the remaining", "the balance", NULL};
  for (size_t at = s->vs; (at = fx_first(x, at, s->ve, ivl_lexicon(LEX_AID))) != FX_NONE; at++) {
    if (fx_starts_with_any(x, at, trades) || fx_ends_with_any(x, at, own_and) ||
        lending_grown_by_figure(x, s, at) || margin_lending(x, s, at) || repaying_loans(x, s, at) ||
        loan_financing_investment(x, s, at) || debt_turned_into_shares(x, s, at) || loan_financed_with(x, s, at))
      continue;
    if (aid_role_beside_investor(x, s, at) || aid_in_later_contrast(x, s, at)) continue;
    /* (nor a word of a firm's name: "Kizuna Lend Vietnam, a platform set
    ** up by Y with charter capital of ...", no loan told; set qfintech) */
    if (fx_in_org_name(s, at)) continue;
    /* (the split word nearest the loans: "A will contribute $41 million of
    ** equity and B the remaining $18 million, with the balance covered by
    ** ADB loans", a gapped member's "remaining" before it) */
    size_t r = fx_last(x, at > s->vs + 64 ? at - 64 : s->vs, at, rest);
    /* (not "... loans from Vietcombank": a lender named, who is not the
    ** investor) */
    int lender = 0;
    for (size_t i = 0; i < s->n && !lender; i++) lender = s->m[i].vs > at && s->m[i].kind == FM_ORG;
    if (r != FX_NONE && r < at && at - r <= 64 && !lender && fx_first(x, s->vs, r, own) != FX_NONE) continue;
    return 1;
  }
  return 0;
}

/* }====================================================================== */

/* {======================================================================
** Cutting a sentence into figures
** ======================================================================= */

/* "(", ", or about", "or some", ", equivalent to": what joins an amount to
** its equivalent. */
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
    /* ", equivalent to $197 million" joins as "or" does */
    or_word |= fx_find(x, i, j, "or") == i || fx_find(x, i, j, "equivalent") == i || fx_find(x, i, j, "equal") == i;
    i = j;
  }
  return bracket || or_word;
}

/* "approved raising the charter capital of its spinning subsidiary in
** Đồng Nai from VNĐ1.2 trillion to VNĐ2 trillion": the charter capital
** at 'cc' is a unit's the parent owns ("of its" a unit's noun within a few
** words, before the money at 'to'), which the parent's shareholders
** raise with the parent's money: its investment, not its own equity (set
** qweek14). */
static int unit_charter_capital(const ivl_fctx *x, size_t cc, size_t to) {
  static const char *const units[] = {"unit", "units", "subsidiary", "subsidiaries", "venture", "affiliate", "arm",
                                      NULL};
  size_t of = cc + strlen("charter capital");
  while (of < to && x->t[of] == ' ') of++;
  if (!fx_starts_with(x, of, "of its")) return 0;
  size_t lim = of + 48 < to ? of + 48 : to;
  return fx_first(x, of, lim, units) != FX_NONE;
}

/* A firm raising its own equity, no money put into a place: "raised its
** charter capital to VNĐ5 trillion through a rights issue", "raised VNĐ3
** trillion from a share sale", "to raise VNĐ2 trillion by issuing new
** shares", "raised VNĐ1 trillion from shareholders", "shareholders
** approved a plan to raise its charter capital from VNĐ2 trillion to
** VNĐ3.5 trillion" (not a foreign firm raising its Vietnamese unit's
** capital, which is its investment). */
static int own_equity(const ivl_fctx *x, size_t from, size_t start, const ivl_fm *m, size_t end) {
  static const char *const raising[] = {"raise", "raises", "raised", "raising", NULL};
  static const char *const issues[] = {"rights issue*", "share issue*", "share sale*", "stock issue*",
                                       "share offering*", "public offering*", "ipo", "issuing", "new shares",
                                       "from shareholders", "from its shareholders", "from existing shareholders",
                                       NULL};
  static const char *const holders[] = {"shareholder*", NULL};
  if (fx_any(x, start, m->vs, raising) && fx_any(x, m->ve, end, issues)) return 1;
  size_t cc = fx_find(x, start, m->vs, "charter capital");
  return cc != FX_NONE && fx_any(x, from, m->vs, holders) && fx_any(x, from, m->vs, raising) &&
         !unit_charter_capital(x, cc, m->vs);
}

/* The same told the other way round, the share issue first and the firm's
** own charter capital it brings after: "shareholders approved a rights
** issue that will lift the company's charter capital from VNĐ3 trillion
** to VNĐ4.5 trillion", "by offering 60 million new shares to existing
** shareholders ..., lifting its charter capital to VNĐ6.6 trillion" (the
** issue told anywhere before in the sentence). Not a parent's money into
** its unit ("lifting the unit's charter capital to $350 million"). */
static int own_issue_capital(const ivl_fctx *x, const ivl_fsent *s, size_t start, const ivl_fm *m) {
  static const char *const issued[] = {"rights issue*", "share issue*", "new shares", "share offering*",
                                       "existing shareholders", NULL};
  static const char *const units[] = {"unit", "subsidiary", "venture", "affiliate", "arm", NULL};
  size_t cc = fx_find(x, start, m->vs, "charter capital");
  if (cc == FX_NONE || !fx_any(x, s->vs, cc, issued)) return 0;
  return !fx_any(x, cc > start + 16 ? cc - 16 : start, cc, units);
}

/* Is the money at 'to' in the clause that opens at 'from' (no comma
** between)? "Despite reports that the market is cooling, X will invest
** $1 billion": the hearsay's clause closes before the money. */
static int same_clause(const ivl_fctx *x, size_t from, size_t to) {
  return !memchr(x->t + from, ',', to - from);
}

/* What a firm owes, told in the money's own clause with no investing verb
** between: "the company's net debt would rise to about VNĐ5 trillion";
** not "Despite its debt, X will invest $200 million" (a clause closed
** before the money), nor "to repay debt and invest $200 million". */
static int debt_in_clause(const ivl_fctx *x, size_t start, const ivl_fm *m) {
  static const char *const owed[] = {"debt", "debts", "liabilities", NULL};
  static const char *const investing[] = {"invest", "invests", "invested", "investing", NULL};
  size_t d = fx_first(x, start, m->vs, owed);
  return d != FX_NONE && same_clause(x, d, m->vs) && !fx_any(x, d, m->vs, investing);
}

/* Money raised from a bond issue, the bond told after it in its clause:
** "raised 1 trillion dong ($39.4 million) this week from a five-year green
** bond" is the issuer's debt, no one's investment (GUIDELINES: a bond
** issue is none); not "raised $40 million from investors". */
static int raised_from_bond(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const bond[] = {"bond", "bonds", NULL};
  size_t end = m->ve + 80 < s->ve ? m->ve + 80 : s->ve;
  size_t from = fx_find(x, m->ve, end, "from");
  if (from == FX_NONE) return 0;
  size_t b = fx_first(x, from, from + 40 < end ? from + 40 : end, bond);
  return b != FX_NONE && same_clause(x, m->ve, b);
}

/* "The bonds were bought by A and B, which took $120 million and $80
** million respectively", "The convertible notes, sold to X, are worth
** $50 million": a sentence whose subject is the bonds, however far before
** the amount, tells of lending to the issuer, no money put into a place
** (not once a stake is told before the amount: "The bonds aside, X took a
** 5 per cent stake for $20 million"). */
static int bonds_as_subject(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const opens[] = {"the", "its", "their", NULL};
  static const char *const debt[] = {"bond", "bonds", "notes", "debentures", NULL};
  static const char *const stake[] = {"stake", "stakes", "shares", NULL};
  if (!fx_starts_with_any(x, s->vs, opens)) return 0;
  size_t head = s->vs + 48 < m->vs ? s->vs + 48 : m->vs;
  size_t b = fx_first(x, s->vs, head, debt);
  if (b == FX_NONE || !fx_lower_words(x, s->vs + 1, b)) return 0;
  return fx_first(x, b, m->vs, stake) == FX_NONE;
}

static int company_mention(const ivl_fctx *x, const ivl_fm *m) {
  return (m->kind == FM_ORG && (m->flags & FM_COMPANY)) || fx_describes_company(x, m);
}

/* A company named in the sentence before the amount, or one referred
** back to ("Last year, the company spent VNĐ850 billion buying a feed
** mill"). */
static int company_spoken_of(const ivl_fctx *x, const ivl_fsent *s, size_t start, const ivl_fm *m) {
  for (size_t i = 0; i < s->n && s->m[i].ve <= m->vs; i++)
    if (company_mention(x, &s->m[i])) return 1;
  /* ("X went ahead anyway. It has since spent $1.1 billion on a plant":
  ** "It" opening the sentence is the company named last) */
  if (fx_starts_with(x, s->vs, "it") && x->c.investor && company_mention(x, x->c.investor)) return 1;
  /* ("X broke ground on a dairy farm. Its shareholders last month approved
  ** a plan to spend VNĐ3.5 trillion acquiring a stake in ...": the
  ** company's own body, "Its" opening the sentence, decides its spending,
  ** set qweek18; not "Its visitors spent ...", no body of a company) */
  static const char *const its_bodies[] = {"its shareholders", "its board", "its directors", "its management",
                                           "its owners", NULL};
  if (fx_starts_with_any(x, s->vs, its_bodies) && x->c.investor && company_mention(x, x->c.investor)) return 1;
  /* ("... signed a franchise agreement with Y to convert its hotel. The
  ** owner will spend VNĐ180 billion on the conversion": the firm the deal
  ** just told was signed with, inv_pair_owner) */
  if (inv_pair_owner(x, s)) return 1;
  /* ("The Californian company plans to spend ...": its noun after a word
  ** of no mention) */
  /* ("The club's new owner will spend ...": the buyer just told) */
  return fx_any(x, start, m->vs, inv_company_anaphors) || inv_company_subject_end(x, s) <= m->vs ||
         inv_opens_on_buyer(x, s) < m->vs;
}

/* Is the figure at 'to' what was drawn before the goal said at 'g': a
** word of what is done ("after drawing", "having drawn", "had already
** licensed") after the goal, and no goal word past it? ("targets $1
** billion in 2024 after drawing a record $1.6 billion last year", "the
** target was within reach, as the province had already licensed $1.24
** billion", set qbrief) */
static int drawn_after_goal(const ivl_fctx *x, size_t g, size_t to, const char *const *goals) {
  static const char *const before_it[] = {"after", "following", "having", "already", NULL};
  size_t b = fx_first(x, g, to, before_it);
  return b != FX_NONE && !fx_any(x, b, to, goals);
}

/* "Korean firms are expected to pour another $1 billion into the province
** next year": what a country's firms in aggregate, no one of them named,
** "are expected to" put in is someone's forecast, no plan of a company's
** (rule 13; set qchina). Not "X is expected to invest", a named firm's. */
static int firms_forecast(const ivl_fctx *x, const ivl_fsent *s, size_t start, size_t g) {
  static const char *const firms[] = {"firms", "companies", "investors", "businesses", "enterprises",
                                      "manufacturers", "groups", NULL};
  /* (the firm of a speaker is none of them: "X said Korean firms are
  ** expected to pour ...", the subject after the last word of telling) */
  static const char *const told[] = {"said", "says", "that", NULL};
  if (!fx_ends_with(x, g, "are") && !fx_ends_with(x, g, "were")) return 0;
  size_t w = fx_first(x, start, g, firms);
  if (w == FX_NONE) return 0;
  size_t subject = start;
  for (size_t at = fx_first(x, start, w, told); at != FX_NONE; at = fx_first(x, at + 1, w, told)) subject = at;
  for (size_t i = 0; i < s->n && s->m[i].ve <= g; i++)
    if (s->m[i].kind == FM_ORG && s->m[i].vs >= subject) return 0;
  return 1;
}

/* A target, aim or forecast before the amount. A place's goal ("aims to
** lure $2 billion", "is expected to attract") is no fact (rule 13); a
** company saying what it will put in ("it expects to spend another $30
** million on the network") states its own plan, which is one ("aims to",
** "hopes to" are the lexicon's goal words, LEX_GOAL, for anyone). */
static int goal_not_plan(const ivl_fctx *x, const ivl_fsent *s, size_t start, const ivl_fm *m) {
  /* ("The city wants foreign capital in higher education to reach $2
  ** billion by 2030": a wish, as a goal; "X wants to invest $50 million"
  ** is its plan, below) */
  /* (said in the past by a speaker too: "said the city wanted to attract
  ** $5 billion in new FDI every year", qchem) */
  static const char *const goals[] = {"target*", "aim*", "expect*", "goal", "hope*", "want", "wants", "wanted", NULL};
  /* (or is said to: "Under the MoU, the company is expected to invest $75
  ** million in the province", a plan of the company's, rule 13) */
  static const char *const own_plans[] = {"expects to invest", "expects to spend", "expects to inject", "expects to pour",
                                          "expected to invest", "expected to spend", "expected to inject",
                                          "expected to pour", "wants to invest", "want to invest", "wants to spend",
                                          "want to spend", "wanted to invest", "wanted to spend",
                                          /* "Samsung expects it will invest $1 billion more" */
                                          "expects it will invest", "expects it will spend", "expects it would invest",
                                          "expects it would spend", "expects that it will invest",
                                          /* what the firm's works are said to cost: "The first
                                          ** phase alone is expected to cost $190 million" (set
                                          ** qaero; a road no firm is spoken of with stays a goal) */
                                          "expected to cost", "expects to cost", NULL};
  size_t g = fx_first(x, start, m->vs, goals);
  if (g == FX_NONE || drawn_after_goal(x, g, m->vs, goals)) return 0;
  /* one goal word, opening the plan, and a company saying it */
  if (!fx_starts_with_any(x, g, own_plans) || fx_first(x, g + 5, m->vs, goals) != FX_NONE) return 1;
  if (firms_forecast(x, s, start, g)) return 1;
  return !company_spoken_of(x, s, start, m) && !fx_ends_with(x, g, "it");
}

/* Where the line holding 'p' starts, when it starts at most
** BULLET_LINE_MAX bytes before it; FX_NONE else. A slide's lines are
** short, and the bound keeps a long article on one line from costing each
** of its figures a walk over all the text before it (tests/lua/hostile.lua). */
#define BULLET_LINE_MAX 400
static size_t line_start_near(const ivl_fctx *x, size_t p) {
  size_t lo = p > BULLET_LINE_MAX ? p - BULLET_LINE_MAX : 0;
  while (p > lo && x->t[p - 1] != '\n') p--;
  return p == 0 || x->t[p - 1] == '\n' ? p : FX_NONE;
}

/* A slide's bullet under a heading of targets ("TARGETS TO 2030" over
** "• FDI: US$2.5 billion per year"): the heading says what its bullets
** are, goals (rule 13), though no bullet says it again. The heading is
** the first line above the bullets and their indented second lines. */
static int bullet_under_goal_heading(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const heads[] = {"target*", "goal*", "objective*", NULL};
  size_t b = line_start_near(x, s->vs);
  if (b == FX_NONE || ivl_facts_past_bullet(x, b, x->a->view.len) == b) return 0;
  for (int lines = 0; lines < 16 && b > 0; lines++) {
    size_t le = b - 1, ls = line_start_near(x, le);
    if (ls == FX_NONE) return 0; /* a line too long for a heading */
    if (ls == le) return 0;      /* a blank line: no heading */
    if (ivl_facts_past_bullet(x, ls, le) == ls && x->t[ls] != ' ') return fx_any(x, ls, le, heads);
    b = ls;
  }
  return 0;
}

/* "told them to disburse the whole VND908 trillion plan": the size of a
** plan that no company spoken of owns is a public or a place's plan, a
** goal (rule 13); a firm's "$2 billion plan" stays its own. */
static int plan_sized(const ivl_fctx *x, const ivl_fsent *s, size_t start, const ivl_fm *m) {
  static const char *const plans[] = {"plan", "plans", NULL};
  size_t p = m->ve;
  while (p < s->ve && x->t[p] == ' ') p++;
  if (!fx_starts_with_any(x, p, plans) || company_spoken_of(x, s, start, m)) return 0;
  /* (nor one a firm named after it owns: "approved a $2 billion plan by
  ** Formosa for a second steel mill") */
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].vs >= m->ve && company_mention(x, &s->m[i])) return 0;
  return 1;
}

/* A rate's unit written after a slash ("VND 17,400/share", "$3/kg"): the
** noun of one of the "per" rates at q, right after the slash. */
static int slash_rate(const ivl_fctx *x, size_t q, const char *const *rates) {
  for (const char *const *r = rates; *r; r++)
    if (!strncmp(*r, "per ", 4) && fx_starts_with(x, q, *r + 4)) return 1;
  return 0;
}

/* "the rival bid ... came in at 10.4 cents", "a tariff of 9.8 US cents":
** an amount in cents is a price of a unit (a kWh's, a share's), never
** capital put in, whatever follows it (set qweek138). */
static int amount_in_cents(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const cents[] = {"cent", "cents", NULL};
  return fx_ends_with_any(x, m->ve, cents);
}

/* A price or a rate, the amount of one unit: "VNĐ1,500 per share",
** "VNĐ42 million per square metre", "VNĐ9.2 million a month". No capital put
** into a place is so counted ("a year" is left out: "will invest $50
** million a year"; "a month ago" is a time; "each" too: "will contribute
** $15 million each" is three firms' capital, unless bought at: below). */
static int unit_rate(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const rates[] = {
    "per share", "a share", "per month", "a month", "per square", "a square", "per sq*", "per m2", "per tonne",
    "a tonne", "per ton", "a ton", "per kilogram", "a kilogram", "per kg", "a kg", "per litre", "a litre",
    "per liter", "a liter", "per tael", "a tael", "per night", "a night", "per ticket", "a ticket", "per person",
    "a person", "per head", "a head", "per ounce", "an ounce", "per kwh", "a kwh", "per unit", "a unit",
    "per day", "a day", "per hour", "an hour", "per week", "a week", "per session", "a session", "per worker",
    "a worker", "per barrel", "a barrel", "per room", "a room",
    /* a utility's tariff: "a wholesale price of VNĐ9,800 per cubic metre" */
    "per cubic", "a cubic", "per m3", "a m3", "per mwh", "a mwh", "per megawatt", "a megawatt", "per kilowatt",
    "a kilowatt",
    /* a chain's cost of one shop inside its plan's total: "VNĐ1.2 trillion
    ** to open 300 stores, or about VNĐ4 billion per store" */
    "per store", "a store", "per outlet", "an outlet", "per shop", "a shop", "per branch", "a branch",
    "per restaurant", "a restaurant",
    /* a broadcaster's or sponsor's fee: "paid about $12 million a season"
    ** (set qmedia) */
    "per season", "a season", "per match", "a match", "per episode", "an episode",
    /* a farm price or a yield's worth: "buys paddy at a premium of VND300
    ** per kilo", "earned VND1.2 billion per hectare" (set qweek96) */
    "per kilo", "a kilo", "per hectare", "a hectare", "per ha",
    /* a farm price of one piece of produce: "a guaranteed minimum price of
    ** VND4,500 a fruit" (set qweek100) */
    "per fruit", "a fruit", "per coconut", "a coconut", "per tree", "a tree", "per piece", "a piece",
    /* a freight cost of one box: "That adds $150 to $200 a box" (set qweek91) */
    "per box", "a box", "per container", "a container", "per teu", "a teu", NULL};
  /* a hotel's rate named before its amount: "with average room rates of
  ** $142, according to the trust's filing" (set qhotel) */
  static const char *const rate_before[] = {"room rate of", "room rates of", "average rate of", "average rates of",
                                            "daily rate of", "daily rates of", "nightly rate of", "nightly rates of",
                                            NULL};
  if (fx_ends_with_any(x, m->vs, rate_before)) return 1;
  static const char *const times[] = {"a month ago", "a month earlier", "a month later", "a week ago",
                                      "a week earlier", "a week later", "a day earlier", "a day later", NULL};
  /* "shares at VNĐ32,500 apiece", "at $12 each": the price of one thing
  ** bought; "will put in $10 million apiece" is each firm's capital, which
  ** no "at" leads */
  static const char *const each[] = {"apiece", "each", NULL};
  /* (most amounts go on with no "per", "a" or "each": one byte tells) */
  size_t p = m->ve;
  if (x->t[p] == ' ') p++;
  /* "VNĐ7.8 million (US$296) a month": the rate said after the amount's
  ** equivalent in brackets, which is said of both ("(US$296) a month":
  ** the equivalent's own closing bracket) */
  if (x->t[p] == '(') {
    const char *close = memchr(x->t + p, ')', 40 < x->a->view.len - p ? 40 : x->a->view.len - p);
    if (close) p = (size_t)(close - x->t) + 1;
  } else if (x->t[p] == ')') {
    p++;
  }
  /* an auction notice's "VND 26,200/share": the slash for "per" */
  if (x->t[p] == '/') return slash_rate(x, p + 1, rates);
  if (x->t[p] == ' ') p++;
  int c = x->t[p] | 0x20;
  if (c == 'e' || c == 'a') {
    if (fx_starts_with_any(x, p, each)) return fx_ends_with(x, m->vs, "at");
  }
  if (c != 'p' && c != 'a') return 0;
  return fx_starts_with_any(x, p, rates) && !fx_starts_with_any(x, p, times);
}

/* Does the trade noun at 'tw' close its aside, with its comma right after
** it or after what is traded ("the exclusive importer of 18 European
** brands in Vietnam," set qweek132): words, figures and hyphens only, no
** clause mark, before the comma? */
static int trade_noun_closes_aside(const ivl_fctx *x, size_t tw) {
  size_t w = tw;
  while (ivl_isalpha((unsigned char)x->t[w])) w++;
  if (x->t[w] == ',') return 1;
  if (x->t[w] != ' ' || !fx_starts_with(x, w + 1, "of")) return 0;
  for (size_t p = w + 4; p < w + 90 && x->t[p]; p++) {
    unsigned char ch = (unsigned char)x->t[p];
    if (ch == ',') return 1;
    if (!ivl_isalnum(ch) && ch != ' ' && ch != '-' && ch < 0x80) return 0;
  }
  return 0;
}

/* "X, the country's biggest shrimp exporter, plans to pour ...": an aside
** opening on "the" at c that ends on the trade noun at tw, what the
** company is, closed by its comma (not "..., the exporters said"). */
static int the_trader_aside(const ivl_fctx *x, size_t c, size_t tw) {
  while (x->t[c] == ' ') c++;
  if (!fx_starts_with(x, c, "the")) return 0;
  return trade_noun_closes_aside(x, tw);
}

/* Is the aside opening at c on a country's possessive and closed by a
** comma right after the trade noun at tw ("X JSC, Vietnam's largest
** pangasius exporter, for $50 million")? What the company is in its
** country, as "the country's largest exporter" is (the_trader_aside); not
** "Vietnam's exporters earned $9 billion", no aside. */
static int country_trader_aside(const ivl_fctx *x, const ivl_fsent *s, size_t c, size_t tw) {
  while (x->t[c] == ' ') c++;
  size_t i = fx_mentions_from(s->m, s->n, c);
  if (i >= s->n || s->m[i].vs != c || s->m[i].kind != FM_COUNTRY || !fx_possessive(x, &s->m[i])) return 0;
  return trade_noun_closes_aside(x, tw);
}

/* Is the trade noun at 'tw' ("exporter", "importers") followed right away
** by an organisation's name before 'to' ("seafood exporter Cửu Long
** Fisheries JSC")? */
static int trade_noun_names_firm(const ivl_fctx *x, const ivl_fsent *s, size_t tw, size_t to) {
  size_t w = tw;
  while (w < to && ivl_isalpha((unsigned char)x->t[w])) w++;
  while (w < to && x->t[w] == ' ') w++;
  for (size_t i = 0; i < s->n && s->m[i].vs <= w; i++)
    if (s->m[i].vs == w && s->m[i].kind == FM_ORG && s->m[i].ve <= to) return 1;
  return 0;
}

/* "Angkor Fresh Milk, valued at about $150 million, runs two farms": the
** worth set off by a comma right after a firm's name (set qipo) is that
** firm's, as "X was valued at" is. Does a firm's name end right before
** the ", " before t[v]? */
static int firm_set_off_before(const ivl_fctx *x, const ivl_fsent *s, size_t v) {
  if (v < 2 || memcmp(x->t + v - 2, ", ", 2) != 0) return 0;
  for (size_t i = 0; i < s->n && s->m[i].vs < v; i++)
    if (s->m[i].ve == v - 2 && s->m[i].kind == FM_ORG) return 1;
  return 0;
}

/* "Giao Nhanh, which handles 120,000 orders a day, was valued at about
** $150 million in the round": what a company is worth, no money put in;
** not the price of a deal, a purchase or a project ("The deal was valued
** at $58 million", "share purchases were valued at $530 million"). */
static int firm_valued_at(const ivl_fctx *x, const ivl_fsent *s, size_t start, const ivl_fm *m) {
  size_t v = fx_find(x, m->vs > start + 24 ? m->vs - 24 : start, m->vs, "valued at");
  if (v == FX_NONE || !fx_lower_words(x, v + 9, m->vs)) return 0;
  static const char *const copulas[] = {"is", "was", "are", "were", "been", "be", NULL};
  static const char *const deals[] = {"deal*", "transaction*", "acquisition*", "purchase*", "takeover*", "merger*",
                                      "buyout*", "stake*", "share*", "project*", "contract*", "investment*", "plant*",
                                      "factor*", "package*", "capital", "sale", "lease*", "land", NULL};
  return (fx_ends_with_any(x, v, copulas) || firm_set_off_before(x, s, v)) && !fx_any(x, start, v, deals);
}

/* "the price valued Lotus Air at roughly $283 million": the firm named
** between "valued" and the "at" before the money is what it is worth (the
** price paid is told apart). */
static int firm_valued_named(const ivl_fctx *x, size_t start, const ivl_fm *m) {
  size_t at = fx_find_last(x, m->vs > start + 24 ? m->vs - 24 : start, m->vs, "at");
  if (at == FX_NONE || !fx_lower_words(x, at + 2, m->vs)) return 0;
  size_t v = fx_find_last(x, at > start + 60 ? at - 60 : start, at, "valued");
  if (v == FX_NONE) return 0;
  for (size_t k = v + 6; k < at; k++) /* only capitalised words between: a name */
    if (x->t[k - 1] == ' ' && x->t[k] != ' ' && !ivl_isupper((unsigned char)x->t[k])) return 0;
  return at > v + 7;
}

/* "which manages $3.4 billion in assets", "manages a $50 million fund":
** the money a fund manager holds for others, the object of "manages"
** (not "SIH, which manages four industrial parks, will spend $80
** million"). */
static int managed_money(const ivl_fctx *x, size_t start, const ivl_fm *m) {
  /* (or "oversees": "BlackRock, which oversees $10 trillion in client
  ** assets, will invest $300 million") */
  static const char *const manages[] = {"manages", "manage", "managed", "oversees", "oversee", "oversaw", NULL};
  size_t w = fx_first(x, m->vs > start + 20 ? m->vs - 20 : start, m->vs, manages);
  if (w != FX_NONE && fx_lower_words(x, w, m->vs)) return 1;
  /* and a fund's size: "reached its final close of $250 million", "a $120
  ** million vehicle launched in 2016", "The fund raised VNĐ2 trillion when
  ** it listed" (money it raised from its own investors, not put into a
  ** place yet) */
  /* (also the verb: "Fund II closes at $250 million") */
  static const char *const closes[] = {"final close of", "first close of", "close of", "fund raised", "fund has raised",
                                       "closes at", "closed at", "closing at", NULL};
  static const char *const vehicles[] = {"vehicle", "vehicles", NULL};
  return fx_ends_with_any(x, m->vs, closes) || fx_starts_with_any(x, m->ve, vehicles);
}

/* "said it had made a gain of around VNĐ300 billion on the sale", "the
** fund's portfolio now comprises 11 buildings worth about $540 million": a
** seller's gain and what a fund's portfolio is worth, no money put in. */
static int gain_or_portfolio(const ivl_fctx *x, size_t start, const ivl_fm *m) {
  static const char *const gains[] = {"gain of", "gains of", "profit of", NULL};
  size_t w = fx_first(x, m->vs > start + 24 ? m->vs - 24 : start, m->vs, gains);
  if (w != FX_NONE && fx_lower_words(x, w, m->vs)) return 1;
  static const char *const worth[] = {"worth", "valued at", NULL};
  size_t p = fx_find(x, start, m->vs, "portfolio");
  return p != FX_NONE && fx_first(x, p, m->vs, worth) != FX_NONE;
}

/* "Orchard Health Ventures, a $300 million fund that invests in ...": a
** fund's size said in the appositive right after its name, the money it
** holds for others, no capital put into a place. */
static int fund_size(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const funds[] = {"fund", "venture fund", "investment fund", "private equity fund", NULL};
  if (!fx_starts_with_any(x, m->ve, funds)) return 0;
  /* ", a " or ", an " right before the amount */
  size_t comma = m->vs >= 4 && memcmp(x->t + m->vs - 4, ", a ", 4) == 0    ? m->vs - 3
                 : m->vs >= 5 && memcmp(x->t + m->vs - 5, ", an ", 5) == 0 ? m->vs - 4
                                                                             : 0;
  for (size_t i = 0; i < s->n && s->m[i].ve < comma; i++)
    if (s->m[i].kind == FM_ORG && s->m[i].ve + 1 == comma) return 1;
  return 0;
}

/* "consider joint investments of between $2 million and $10 million per
** company": the size of one ticket a fund writes, said per company or
** deal, no money put into any one place (not "$9 million each", what
** each of several firms puts in). The
** first end of a range reads past "and"/"to" and the second amount. */
static int ticket_size(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const range[] = {"and", "to", NULL};
  /* "will make investments of between $3 million and $10 million": deals
  ** in the plural sized by a range, one deal's size (the second end too,
  ** joined to the first by "and" or "to") */
  static const char *const tickets[] = {"investments of between", "cheques of between", "checks of between",
                                        "tickets of between", "investments ranging from", NULL};
  if (fx_ends_with_any(x, m->vs, tickets)) return 1;
  /* "Its units can be bought through X, with a minimum investment of VND5
  ** million": the least one buyer of the fund's units puts in (set
  ** qweek88) */
  static const char *const minimum[] = {"minimum investment of", "minimum subscription of", "minimum investment is",
                                        "minimum subscription is", NULL};
  if (fx_ends_with_any(x, m->vs, minimum)) return 1;
  for (size_t i = 0; i < s->n && s->m[i].ve < m->vs; i++)
    if (s->m[i].kind == FM_MONEY && m->vs - s->m[i].ve <= 6 && fx_ends_with_any(x, s->m[i].vs, tickets) &&
        fx_starts_with_any(x, s->m[i].ve, range))
      return 1;
  static const char *const per_unit[] = {"per company", "per deal", "per startup", "per start-up", "per firm",
                                         "per business", "per investment", NULL};
  size_t p = m->ve;
  while (p < s->ve && x->t[p] == ' ') p++;
  if (fx_starts_with_any(x, p, range))
    for (size_t i = 0; i < s->n; i++)
      if (s->m[i].kind == FM_MONEY && s->m[i].vs > p && s->m[i].vs <= p + 6) {
        p = s->m[i].ve;
        break;
      }
  while (p < s->ve && x->t[p] == ' ') p++;
  return fx_starts_with_any(x, p, per_unit);
}

/* "Limited partners in the fund include X, which committed $40 million",
** "A and B each committed €20 million to the fund": money promised to a
** fund by its backers, no investment into a place yet (the fund's own
** deals are told apart). */
static int limited_partner_money(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const lps[] = {"limited partner*", NULL};
  static const char *const to_fund[] = {"to the fund", "to the new fund", "to its fund", "to its new fund", NULL};
  return fx_first(x, s->vs, m->vs, lps) != FX_NONE || fx_starts_with_any(x, m->ve, to_fund);
}

/* "has held the first close of its Vietnam Growth Fund at $60 million",
** "closed a $75 million Southeast Asia fund in June", "closed the fund at
** €80 million, above its €60 million target": a fund's size at its close
** and its target, money it holds for others, put into no place yet (its
** deals are told apart). The close's verb before the money, the fund
** named between it and "at" before the money, or right after the money. */
static int fund_closed(const ivl_fctx *x, const ivl_fsent *s, size_t start, const ivl_fm *m) {
  static const char *const closing[] = {"close", "closes", "closed", "closing", NULL};
  /* (a target said as the amount's noun: "above its €60 million target") */
  if (fx_starts_with(x, m->ve, "target")) return 1;
  size_t c = fx_first(x, start, m->vs, closing);
  if (c == FX_NONE) return 0;
  if (fx_ends_with(x, m->vs, "at") && fx_find(x, c, m->vs, "fund") != FX_NONE) return 1;
  /* "Fund III held its final close in June at $410 million": the close a
  ** fund holds, by its own noun, the fund its subject (set qweek88) */
  static const char *const held_close[] = {"final close", "first close", "second close", "final closing",
                                           "first closing", NULL};
  if (fx_ends_with(x, m->vs, "at") && fx_first(x, start, m->vs, held_close) != FX_NONE) return 1;
  size_t to = m->ve + 30 < s->ve ? m->ve + 30 : s->ve;
  size_t fund = fx_find(x, m->ve, to, "fund");
  return m->vs < c + 16 && fund != FX_NONE && !memchr(x->t + m->ve, ',', fund - m->ve);
}

/* "processed payments worth VNĐ9 trillion", "handled transactions worth":
** the money a payments firm moves for others, no money put in. */
static int payments_handled(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const moved[] = {"payments worth", "transactions worth", "payments of", "transactions of",
                                      "payment volume of", "transaction value of", NULL};
  return fx_ends_with_any(x, m->vs, moved);
}

/* "Long Đức plans to raise VND1.5 trillion through a private share
** placement and a bond issue": shares placed with no buyer named (one firm
** or country in the sentence at most, the raiser) are money the issuer
** takes in, no one's investment (set qweek27); with a buyer named ("will
** sell new shares to X, raising ...") the buyer's money stays. */
static int placement_unbought(const ivl_fsent *s) {
  int named = 0;
  for (size_t i = 0; i < s->n; i++)
    named += (s->m[i].kind == FM_ORG || s->m[i].kind == FM_COUNTRY) && !(s->m[i].flags & FM_DATELINE);
  return named <= 1;
}

/* "Thầy Giỏi, which raised $20 million last year", "has raised a total of
** $6 million from angel investors", "which brings its total funding to $27
** million", "have gone on to raise a combined $31 million": money a company
** raised is what it took in, not money it put anywhere (its investors',
** named, are found by the round frames). Not capital raised ("raised $10
** million in new capital", "raised its charter capital to"). */
static int money_raised(const ivl_fctx *x, const ivl_fsent *s, size_t start, const ivl_fm *m) {
  static const char *const funding[] = {"total funding to", "total funding of", NULL};
  static const char *const fillers[] = {"a total of", "a combined", "another", "a further", "an additional",
                                        "about", "around", "nearly", "almost", "more than", "over", "some", NULL};
  static const char *const capital[] = {"capital", "fdi", "investment", "investments", NULL};
  /* (nor shares placed: "will sell new shares to X, raising VNĐ2.7
  ** trillion in a private placement", the buyer's money) */
  static const char *const placed[] = {"share", "shares", "placement", NULL};
  if (fx_ends_with_any(x, m->vs, funding)) return 1;
  size_t w = fx_find_last(x, m->vs > start + 32 ? m->vs - 32 : start, m->vs, "rais*");
  if (w == FX_NONE || (fx_any(x, s->vs, s->ve, placed) && !placement_unbought(s))) return 0;
  size_t p = w;
  while (p < m->vs && ivl_isalpha((unsigned char)x->t[p])) p++;
  for (int k = 0; k < 2; k++) {
    while (p < m->vs && x->t[p] == ' ') p++;
    for (const char *const *f = fillers; *f; f++)
      if (fx_starts_with(x, p, *f)) {
        p += strlen(*f);
        break;
      }
  }
  while (p < m->vs && x->t[p] == ' ') p++;
  size_t to = m->ve + 24 < s->ve ? m->ve + 24 : s->ve;
  return p == m->vs && !fx_any(x, m->ve, to, capital);
}

/* Where the words before 'at' end, past one bracket right before it: the
** service spelt out before its initials ("an engineering, procurement and
** construction (EPC) contract": "construction"). */
static size_t before_initials(const ivl_fctx *x, size_t from, size_t at) {
  size_t p = at;
  while (p > from && x->t[p - 1] == ' ') p--;
  if (p == from || x->t[p - 1] != ')') return at;
  while (p > from && x->t[p - 1] != '(') p--;
  if (p == from) return at;
  p--;
  while (p > from && x->t[p - 1] == ' ') p--;
  return p;
}

/* "signed a contract worth 210 million euros with X to supply two
** furnaces": a plain contract ("a contract", "the contract") whose clause
** goes on to what the contractor supplies or installs is the price of
** goods bought, not capital (set qweek32); not "an investment contract
** worth", whose word before names no plain contract. */
static int plain_contract_to_supply(const ivl_fctx *x, const ivl_fsent *s, size_t c, const ivl_fm *m) {
  static const char *const plain[] = {"a", "the", "a supply", "a purchase", NULL};
  static const char *const supplying[] = {"to supply", "to deliver", "to install", "for the supply of",
                                          "for the delivery of",
                                          /* works done for the owner: "a contract worth $110 million
                                          ** for the company to dredge the channel" (set qwest) */
                                          "to dredge", NULL};
  if (!fx_ends_with_any(x, c, plain)) return 0;
  size_t to = m->ve + 90 < s->ve ? m->ve + 90 : s->ve;
  size_t w = fx_first(x, m->ve, to, supplying);
  return w != FX_NONE && same_clause(x, m->ve, w);
}

/* "The refinery's engineering, procurement and construction contract went
** to X, which signed the 640-million-USD deal with Y": the money right
** before "deal" or "contract" in a sentence whose works contract, its
** service said before it, was named before the money, is that contract's
** price (set qweek32). */
static int deal_of_works_contract(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m,
                                  const char *const *services) {
  static const char *const deal[] = {"deal", "contract", NULL};
  if (!fx_starts_with_any(x, m->ve, deal)) return 0;
  /* (the works deal by either word: "the third EPC deal a Chinese
  ** contractor has signed this year, after X's $520 million contract for
  ** a plant", set qweek49) */
  for (const char *const *d = deal; *d; d++)
    for (size_t c = fx_find(x, s->vs, m->vs, *d); c != FX_NONE && c < m->vs; c = fx_find(x, c + 1, m->vs, *d))
      if (fx_ends_with_any(x, before_initials(x, s->vs, c), services)) return 1;
  return 0;
}

/* "signed a VNĐ1.1 trillion contract with Taiwan's X to build a factory
** expansion", "under a separate VNĐ650 billion subcontract": a plain contract
** right after the money (w, past its bracketed equivalent), its clause
** going on to the works built or the goods supplied, is a builder's or a
** supplier's price, not capital (set qweek49). Not "a $2 billion contract
** to build and operate the road" (a BOT deal, the builder's own money),
** nor "a $500 million investment contract", whose word before "contract"
** names no plain one, nor "signed a $300 million contract for a resort"
** (no works said: an investor's contract as often as a builder's). */
static int plain_contract_for_works(const ivl_fctx *x, const ivl_fsent *s, size_t w) {
  static const char *const plain[] = {"contract", "contracts", "subcontract", "subcontracts", NULL};
  static const char *const works[] = {"to build", "to construct", "to design", "to supply", "to install",
                                      "to deliver", "for the construction of", "for the supply of",
                                      /* "a $75 million contract with X to dredge the
                                      ** turning basin": works done for the owner */
                                      "to dredge", "for the dredging of",
                                      /* "a $9 million contract to buy machine tools from X": goods a
                                      ** buyer pays a seller for (set qweek83) */
                                      "to buy", "to purchase", "to import",
                                      /* "a $10 million contract under which X will buy durian
                                      ** from Y": the same, told by its terms */
                                      "under which", NULL};
  static const char *const operated[] = {"operate", "operating", "and operation", "transfer", "invest", NULL};
  /* (not a holding or works bought, told with an article or by what is
  ** held: "a $40 million contract to buy a 30 per cent stake in X", "to
  ** buy a logistics centre", "to buy shares of X"; goods bought go bare,
  ** "to buy welding robots", "to buy 50,000 tonnes of rice") */
  static const char *const holdings[] = {"stake*", "share*", "per cent", "percent", "equity", NULL};
  static const char *const articles[] = {"a", "an", "the", "its", "their", NULL};
  if (fx_starts_with(x, w, "subcontract")) return 1;
  if (!fx_starts_with_any(x, w, plain)) return 0;
  size_t to = w + 90 < s->ve ? w + 90 : s->ve;
  size_t k = fx_first(x, w, to, works);
  if (k == FX_NONE || !same_clause(x, w, k)) return 0;
  size_t end = k + 60 < s->ve ? k + 60 : s->ve;
  static const char *const buying[] = {"buy", "purchase", "import", NULL};
  if (fx_starts_with(x, k, "under which")) {
    /* (the terms a buyer's: its firm, then "will buy" within the clause) */
    size_t v = fx_first(x, k, k + 90 < s->ve ? k + 90 : s->ve, buying);
    if (v == FX_NONE || !same_clause(x, k, v) || !fx_ends_with(x, v, "will")) return 0;
    k = v, end = k + 60 < s->ve ? k + 60 : s->ve;
  }
  if (fx_starts_with_any(x, k, buying) || fx_starts_with(x, k, "to buy") || fx_starts_with(x, k, "to purchase") ||
      fx_starts_with(x, k, "to import")) {
    size_t goods = fx_starts_with(x, k, "to") ? k + 3 : k;
    while (goods < end && x->t[goods] != ' ') goods++;
    while (goods < end && x->t[goods] == ' ') goods++;
    if (fx_starts_with_any(x, goods, articles) || fx_any(x, k, end, holdings) || memchr(x->t + k, '%', end - k))
      return 0;
  }
  return !fx_any(x, k, end, operated);
}

/* "signed a contract for the supply of 24 drying towers for the complex,
** worth some VNĐ180 billion": a plain contract whose works or goods are
** told before its worth is the supplier's or builder's price, as it is with
** the worth first (set qweek96); not "an investment contract for the
** construction of ..., worth", whose word before names no plain one. */
static int plain_contract_worth_after(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const worth[] = {"worth", "valued at", NULL};
  static const char *const plain[] = {"a", "the", "a supply", "a purchase", NULL};
  if (!fx_ends_with_any(x, inv_before_hedge(x, m->vs), worth)) return 0;
  size_t c = fx_find_last(x, m->vs > s->vs + 160 ? m->vs - 160 : s->vs, m->vs, "contract");
  return c != FX_NONE && fx_ends_with_any(x, c, plain) && plain_contract_for_works(x, s, c);
}

/* Where the comma before a worth told of the money ("..., worth around
** $1.6 billion", "..., valued at $X") is; FX_NONE when there is none. */
static size_t comma_before_worth(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const worth[] = {"worth", "worth around", "worth about", "worth some", "worth nearly",
                                      "worth over", "worth more than", "worth up to", "valued at",
                                      "valued at around", "valued at about", "valued at some", NULL};
  static const char *const heads[] = {"worth", "valued", NULL};
  if (!fx_ends_with_any(x, m->vs, worth)) return FX_NONE;
  size_t v = fx_last(x, m->vs > s->vs + 24 ? m->vs - 24 : s->vs, m->vs, heads);
  if (v == FX_NONE) return FX_NONE;
  size_t p = v;
  while (p > s->vs && x->t[p - 1] == ' ') p--;
  return p > s->vs && x->t[p - 1] == ',' ? p - 1 : FX_NONE;
}

/* "signed the EPC contract for the 1,500MW plant, worth around $1.6
** billion", "signed a separate contract with X to build the warehouse,
** worth VNĐ1.1 trillion": the worth told after a comma, past what the
** contract is for, is still the contract's price; a works contract (its
** service said before it) or a plain one whose clause goes on to works
** is a builder's price, not capital (sets qroles, qweek43). Not "signed
** an investment contract for the resort, worth $300 million", nor "a
** contract for the plant, worth $200 million" (no service nor works
** said), nor an investing word between ("a construction contract for
** the plant, whose total investment, worth ..."). */
static int works_contract_worth_after_comma(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m,
                                            const char *const *services) {
  static const char *const investing[] = {"invest*", "capital", NULL};
  size_t p = comma_before_worth(x, s, m);
  if (p == FX_NONE) return 0;
  size_t c = fx_find_last(x, p > s->vs + 160 ? p - 160 : s->vs, p, "contract");
  if (c == FX_NONE || fx_any(x, c, m->vs, investing)) return 0;
  /* (a plain contract by its article only: not "an investment contract
  ** with X to build a resort, worth ...", the investor's own) */
  static const char *const plain[] = {"a", "the", "a separate", "the separate", "a new", "another", NULL};
  return fx_ends_with_any(x, before_initials(x, s->vs, c), services) ||
         (fx_ends_with_any(x, c, plain) && plain_contract_for_works(x, s, c));
}

/* Does a package's code start at 'p' ("CW-3", "No. 05/2026/XL", "XL-02",
** "12")? A word with a digit in it, after "No." if that comes first. */
static int package_code_at(const ivl_fctx *x, size_t p, size_t end) {
  static const char *const no[] = {"no.", "no", "number", NULL};
  if (fx_starts_with_any(x, p, no)) {
    while (p < end && x->t[p] != ' ') p++;
    while (p < end && x->t[p] == ' ') p++;
  }
  for (; p < end && x->t[p] != ' ' && x->t[p] != ','; p++)
    if (ivl_isdigit((unsigned char)x->t[p])) return 1;
  return 0;
}

/* "won package CW-3 of the Cần Giờ port road, worth VNĐ1.92 trillion",
** "Package No. 05/2026/XL, valued at VNĐ286 billion": a bidding package
** named by its code, then its worth, is works bought from a contractor,
** not capital (set qweek138); not "an investment package worth". */
static int numbered_package_worth(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const worth[] = {"worth", "valued at", NULL};
  static const char *const investing[] = {"invest*", "capital", NULL};
  if (!fx_ends_with_any(x, inv_before_hedge(x, m->vs), worth)) return 0;
  size_t from = m->vs > s->vs + 120 ? m->vs - 120 : s->vs;
  size_t k = fx_find_last(x, from, m->vs, "package");
  if (k == FX_NONE || fx_any(x, k, m->vs, investing)) return 0;
  size_t p = k + 7;
  while (p < m->vs && x->t[p] == ' ') p++;
  return package_code_at(x, p, m->vs);
}

/* "signed a VNĐ10.9 trillion (US$420 million) construction contract
** with X", "a $12 million consultancy contract", "an EPC contract worth
** $300 million": what a works' owner pays a contractor or a consultant,
** the price of a service, not capital put into a place (an investment,
** PPP or BOT contract names no such service and keeps its figure). */
static int works_contract_value(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const services[] = {"construction", "consultancy", "consulting", "design", "supervision",
                                         "epc", "engineering", "dredging", "installation", "civil works",
                                         "design-build", "turnkey", "equipment supply",
                                         /* goods delivered, "a $40 million supply contract" */
                                         "supply", "procurement", "maintenance", "operation and maintenance",
                                         /* "a land-lease contract worth VNĐ980 billion": the
                                         ** rent a tenant pays the park for its land, the
                                         ** price of a lease, not capital (set qweek10) */
                                         "lease", "land lease", "leasing",
                                         /* "a VNĐ2.4 trillion general contractor agreement with
                                         ** X to build the resort": the builder's fee (set
                                         ** qweek49) */
                                         "general contractor", "general contracting", NULL};
  static const char *const priced[] = {"contract worth", "contracts worth", "contract valued at",
                                       "contracts valued at", "contract of", "contracts of", NULL};
  /* "has won the bid for the transmission line, a package worth VNĐ3.2
  ** trillion": a bidding package is works or goods bought, whatever its
  ** service (not "an investment package worth", "a stimulus package") */
  static const char *const package_priced[] = {"a package worth", "a package valued at", "the package, worth",
                                               "bidding package worth", "works package worth", NULL};
  if (fx_ends_with_any(x, m->vs, package_priced) || numbered_package_worth(x, s, m)) return 1;
  /* "signed orders worth $3 million with buyers from India", "the largest
  ** of the 11 contracts and orders, worth $26 million in total": goods
  ** ordered, what buyers pay sellers (set qweek83) */
  static const char *const ordered[] = {"orders worth", "orders valued at", NULL};
  size_t comma = comma_before_worth(x, s, m);
  if (fx_ends_with_any(x, m->vs, ordered) || (comma != FX_NONE && fx_ends_with(x, comma, "orders"))) return 1;
  /* "an EPC contract worth $300 million": the service said right before */
  if (fx_ends_with_any(x, m->vs, priced)) {
    size_t c = fx_find_last(x, m->vs > s->vs + 24 ? m->vs - 24 : s->vs, m->vs, "contract*");
    return c != FX_NONE &&
           (fx_ends_with_any(x, before_initials(x, s->vs, c), services) || plain_contract_to_supply(x, s, c, m));
  }
  /* "the EPC contract went to X, which signed the $640 million deal":
  ** the deal the sentence's works contract was */
  if (deal_of_works_contract(x, s, m, services) || works_contract_worth_after_comma(x, s, m, services)) return 1;
  if (plain_contract_worth_after(x, s, m)) return 1;
  /* "a $12 million (VNĐ300 billion) consultancy contract": past the
  ** equivalent in brackets, a service word then the contract */
  size_t w = m->ve;
  while (w < s->ve && x->t[w] == ' ') w++;
  if (w < s->ve && x->t[w] == '(') {
    while (w < s->ve && x->t[w] != ')') w++;
    if (w < s->ve) w++;
  }
  if (plain_contract_for_works(x, s, w)) return 1;
  if (!fx_starts_with_any(x, w, services) || fx_starts_with(x, w, "supply chain")) return 0;
  /* (a headline's "lands $1.45 billion EPC deal", "wins $80 million
  ** design order": the contract by another word; the service may be
  ** spelt out in full, "a $85 million engineering, procurement and
  ** construction contract") */
  static const char *const contracts[] = {"contract*", "deal", "deals", "order", "orders", "package*",
                                          "agreement", "agreements", NULL};
  size_t c = fx_first(x, w, w + 56 < s->ve ? w + 56 : s->ve, contracts);
  /* (past the service's own word, which may be initials: "EPC contract";
  ** and the service spelt out may have its initials after it, "a VNĐ2.4
  ** trillion engineering, procurement and construction (EPC) contract",
  ** set qweek42) */
  size_t past = w;
  while (past < s->ve && x->t[past] != ' ') past++;
  return c != FX_NONE && c >= past && fx_lower_words(x, past, before_initials(x, past, c));
}

/* "Bắc Giang's trade with China totalled $12 billion", "Shipments from
** Samsung's plants reached $28 billion", "the largest recipient of public
** capital with VNĐ12 trillion": trade, goods or State money told in the
** money's own clause (not "After its first shipments to Europe last year,
** X will invest ...", "Alongside VNĐ5 trillion of public capital, X will
** put VNĐ3 trillion into ...": a clause closed before the money). */
static int goods_in_clause(const ivl_fctx *x, size_t start, const ivl_fm *m) {
  /* (also "the plants shipped products worth $28 billion abroad": goods
  ** sent out, no money sent abroad to invest) */
  static const char *const goods[] = {"trade with", "shipment*", "shipped", "public capital", "public spending",
                                      "products worth", "goods worth", NULL};
  size_t g = fx_first(x, start, m->vs, goods);
  return g != FX_NONE && same_clause(x, g, m->vs);
}

/* "tax breaks that the ministry said would be worth about $40 million",
** "incentives valued at VNĐ900 billion over 20 years": the worth of what
** the State forgoes, told in the money's clause, no capital put in; not
** "Drawn by incentives, X will invest $200 million" (no worth said). */
static int incentives_worth(const ivl_fctx *x, size_t start, const ivl_fm *m) {
  static const char *const incentives[] = {"incentive*", "tax break*", "tax exemption*", "tax holiday*", NULL};
  static const char *const worth[] = {"worth", "valued at", NULL};
  if (!fx_ends_with_any(x, inv_before_hedge(x, m->vs), worth)) return 0;
  size_t g = fx_last(x, start, m->vs, incentives);
  return g != FX_NONE && same_clause(x, g, m->vs);
}

/* Goods bought or shipped, no capital put in (set qgarment): "buys about
** $180 million worth of clothing a year", "shipped yarn worth $210 million
** abroad", "to raise its purchases of garments ... to $500 million". The
** thing bought is a word, not an article or a share ("worth of shares",
** "the purchase of a 49 per cent stake" are a holding bought). */
static int goods_worth_or_shipped(const ivl_fctx *x, size_t start, const ivl_fm *m) {
  static const char *const holdings[] = {"a", "an", "the", "its", "share*", "stake*", "equity", "bond*", "stock*", NULL};
  static const char *const shipped[] = {"shipped", "purchases of", NULL};
  size_t at = m->ve;
  while (at < x->a->view.len && x->t[at] == ' ') at++;
  /* (nor a holding after words that say which: "worth of new shares") */
  static const char *const held[] = {"share", "shares", "stake", "stakes", "equity", "bond", "bonds", "stock",
                                     "stocks", NULL};
  if (fx_starts_with(x, at, "worth of") && !fx_starts_with_any(x, at + 8, holdings) &&
      !fx_noun_within_three(x, at + 8, held))
    return 1;
  size_t g = fx_first(x, start, m->vs, shipped);
  if (g == FX_NONE || !same_clause(x, g, m->vs)) return 0;
  return fx_starts_with(x, g, "shipped") || !fx_starts_with_any(x, g + 13, holdings);
}

/* "VNĐ39 trillion revenue", and the part before it: "brought in VNĐ21
** trillion of SVT's VNĐ39 trillion revenue": a firm's earnings, the amount
** right before "revenue", or "of" a possessive and such an amount. */
static int revenue_or_its_share(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const revenue[] = {"revenue", "revenues", NULL};
  /* (and the revenue named after "of" or "in": "which generated €2.3
  ** billion of revenue last year", "$40 million in annual revenue"; set
  ** qweek17) */
  static const char *const of_revenue[] = {"of revenue", "of revenues", "in revenue", "in revenues",
                                           "of annual revenue", "in annual revenue", NULL};
  if (fx_starts_with_any(x, m->ve, revenue)) return 1;
  if (fx_starts_with_any(x, m->ve, of_revenue)) {
    /* (not a compound: "in revenue-sharing projects") */
    size_t r = fx_find(x, m->ve, m->ve + 32 < x->a->view.len ? m->ve + 32 : x->a->view.len, "revenue*");
    while (r != FX_NONE && r < x->a->view.len && ivl_isalpha((unsigned char)x->t[r])) r++;
    return r == FX_NONE || r >= x->a->view.len || x->t[r] != '-';
  }
  if (!fx_starts_with(x, m->ve, "of")) return 0;
  for (size_t i = fx_mentions_from(s->m, s->n, m->ve); i < s->n && s->m[i].vs - m->ve <= 24; i++)
    if (s->m[i].kind == FM_MONEY) return fx_starts_with_any(x, s->m[i].ve, revenue);
  return 0;
}

/* "Vietnam earned $3.1 billion from durian", "the co-op earns VND9 billion
** a year": what a country, a firm or a farm earns, the money right after
** the verb (past its hedge), is income, no capital put in (set qweek96);
** not capital said to be earned in: "earned $2 billion in FDI". */
static int earned_income(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const earned[] = {"earned", "earns", "earn", "earning", "grossed", NULL};
  static const char *const capital[] = {"in fdi", "of fdi", "in foreign", "of foreign", "in investment*",
                                        "of investment*", NULL};
  return fx_ends_with_any(x, inv_before_hedge(x, m->vs), earned) && !fx_starts_with_any(x, m->ve, capital);
}

/* Where the quotation that holds 'at' opens in t[from, at): the last
** unclosed straight quote (an odd count of them) or curly opening quote;
** FX_NONE when 'at' is in none. */
static size_t quotation_open_before(const ivl_fctx *x, size_t from, size_t at) {
  size_t straight = FX_NONE, curly = FX_NONE, straights = 0;
  for (size_t k = from; k < at; k++) {
    if (x->t[k] == '"') {
      straights++;
      straight = k;
    } else if (k + 3 <= at && memcmp(x->t + k, "\xE2\x80\x9C", 3) == 0) {
      curly = k;
    } else if (k + 3 <= at && memcmp(x->t + k, "\xE2\x80\x9D", 3) == 0) {
      curly = FX_NONE;
    }
  }
  if (curly != FX_NONE) return curly;
  return straights % 2 ? straight : FX_NONE;
}

/* "with a total investment of VND 1,245,800,000,000 (in words: one
** thousand two hundred and forty-five billion, eight hundred million
** dong)": a disclosure spells the amount out in a bracket after it, and
** the words' last part ("eight hundred million dong") is no amount of its
** own (set qweek138). */
static int amount_spelt_out(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const in_words[] = {"in words", "in word", "written in words", NULL};
  for (size_t p = m->vs; p > s->vs; p--) {
    char c = x->t[p - 1];
    if (c == ')') return 0;
    if (c != '(') continue;
    while (p < m->vs && x->t[p] == ' ') p++;
    return fx_starts_with_any(x, p, in_words);
  }
  return 0;
}

/* "Panel 1: \"The US$5 billion question: where will Japanese capital
** go?\"", "a panel entitled \"Unlocking 10 billion euros\"", "His speech,
** titled \"a 100-billion-USD partnership\"": money inside the quoted title
** of a session, a speech or a panel, as programmes print them, names no
** capital put in (set qweek124); not a quoted speaker's own words ("\"We
** have invested $1.3 billion,\" said ..."), whose quote no title word or
** programme part opens. */
static int money_in_title(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const titled[] = {
    "titled", "entitled", "themed", "dubbed", "theme", "title", "topic", "panel", "session", "keynote", "workshop",
    "plenary", "roundtable", "round table", "seminar", "discussion", "presentation", "speech", "talk", NULL};
  size_t from = m->vs > s->vs + 200 ? m->vs - 200 : s->vs;
  size_t q = quotation_open_before(x, from, m->vs), w = q;
  if (q == FX_NONE) return 0;
  while (w > s->vs && (x->t[w - 1] == ' ' || x->t[w - 1] == ':' || x->t[w - 1] == ',')) w--;
  /* a programme part by its number: "Panel 1:", "Session 3:" */
  while (w > s->vs && ivl_isdigit((unsigned char)x->t[w - 1])) w--;
  while (w > s->vs && x->t[w - 1] == ' ') w--;
  return fx_ends_with_any(x, w, titled);
}

/* "won a $28 million award", "a VND600 billion arbitral award": money a
** tribunal orders paid, named by the noun right after the amount, no
** capital put in (set qweek107; "award" before it is other_money's). */
static int award_amount(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const award[] = {"award", "awards", "arbitral award*", "arbitration award*", "damages award*",
                                      NULL};
  return fx_starts_with_any(x, m->ve, award);
}

/* The end of an issuer's possessive at q ("BDBank's ", "the lender's "),
** or q when none is written there. */
static size_t past_issuer_possessive(const ivl_fctx *x, size_t q) {
  size_t len = x->a->view.len, w = q;
  if (fx_starts_with(x, w, "the ")) w += 4;
  /* (a name of up to four words: "Hòa Phát Bank's") */
  for (int words = 0; words < 4; words++) {
    size_t from = w;
    while (w < len && (ivl_isalnum((unsigned char)x->t[w]) || x->t[w] == '-' || (unsigned char)x->t[w] >= 0x80) &&
           !(w + 3 < len && memcmp(x->t + w, "\xE2\x80\x99", 3) == 0))
      w++;
    if (w == from || x->t[w] != ' ' || words == 3 || !ivl_isupper((unsigned char)x->t[w + 1])) break;
    w++;
  }
  size_t apostrophe = w < len && x->t[w] == '\'' ? 1 : w + 3 < len && memcmp(x->t + w, "\xE2\x80\x99", 3) == 0 ? 3 : 0;
  if (w == q || !apostrophe || w + apostrophe + 1 >= len || x->t[w + apostrophe] != 's' ||
      x->t[w + apostrophe + 1] != ' ')
    return q;
  return w + apostrophe + 1;
}

/* "The Netherlands will co-finance the dyke project in Cà Mau with €15
** million", "Australia will provide AUD10 million for the water project":
** a country by its name, the subject of a verb of funding said right
** after it, gives its government's aid, no investors' capital (not
** "Japanese firms will co-finance ...", nor "Japan has invested"). 'm' is
** the amount, 'start' where its clause's words begin. */
static int country_funds_works(const ivl_fctx *x, const ivl_fsent *s, size_t start, const ivl_fm *m) {
  static const char *const funding[] = {"fund", "funds", "funded", "finance", "finances", "financed", "co-financ*",
                                        "co-fund*", "provide", "provides", "provided", "grant", "grants", "granted",
                                        NULL};
  const ivl_fm *c = NULL;
  for (size_t i = fx_mentions_from(s->m, s->n, start); i < s->n && s->m[i].ve <= m->vs && !c; i++)
    if (s->m[i].kind == FM_COUNTRY || s->m[i].kind == FM_PLACE || s->m[i].kind == FM_ORG) c = &s->m[i];
  /* (the sentence's subject, opening it: not "its wholly owned Vietnam
  ** unit, X Finance Vietnam", nor "X, a Singapore-based fund, ...") */
  if (!c || c->kind != FM_COUNTRY || (c->flags & FM_DEMONYM) || fx_possessive(x, c) || c->vs > s->vs + 4 ||
      x->t[c->ve] == '-')
    return 0;
  /* (the verb within a few words, a modal between: "will co-finance",
  ** "agreed to provide"; no word of investment anywhere after it: "Korea
  ** provided $1.2 billion of the city's new FDI" is its investors') */
  size_t near = c->ve + 24 < m->vs ? c->ve + 24 : m->vs;
  size_t verb = fx_first(x, c->ve, near, funding);
  if (verb == FX_NONE || !ivl_islower((unsigned char)x->t[verb])) return 0;
  /* (a verb for sure: after a modal or an auxiliary, a past form, or
  ** "co-finance"; not the noun of "Hong Kong fund to pump ...",
  ** "Singapore funds") */
  static const char *const auxiliaries[] = {"will", "would", "to", "has", "have", "had", NULL};
  size_t e = verb;
  while (e < near && ivl_isalpha((unsigned char)x->t[e])) e++;
  int past = e - verb > 2 && x->t[e - 1] == 'd' && x->t[e - 2] == 'e';
  int co = (x->t[verb] == 'c' && x->t[verb + 1] == 'o' && x->t[verb + 2] == '-') ||
           (verb >= 3 && memcmp(x->t + verb - 3, "co-", 3) == 0);
  if (!past && !co && !fx_ends_with_any(x, verb, auxiliaries)) return 0;
  return !fx_any(x, c->ve, s->ve, ivl_lexicon(LEX_INVEST));
}

/* "will co-finance the project with a CHF6 million grant for training":
** the noun right after the amount names it a gift of aid, no capital put
** in (not "granted", nor a grant said further on of other money) */
static int grant_named_after(const ivl_fctx *x, size_t p) {
  static const char *const grants[] = {"grant", "grants", NULL};
  return fx_starts_with_any(x, p, grants);
}

/* The first byte after the spaces at p and an equivalent in brackets
** there ("VNĐ800 billion ($31.5 million) of three-year green bonds": the
** words after the bracket are still the amount's), or after the spaces
** alone when no bracket closes within a few words. */
size_t fx_past_bracketed_equivalent(const ivl_fctx *x, size_t p) {
  size_t len = x->a->view.len, q = p;
  while (q < len && x->t[q] == ' ') q++;
  if (q >= len || x->t[q] != '(') return q;
  const char *close = memchr(x->t + q, ')', (len - q < 40 ? len - q : 40));
  if (!close) return q;
  for (q = (size_t)(close - x->t) + 1; q < len && x->t[q] == ' ';) q++;
  return q;
}

/* "will fund it with a 3 billion baht bond that we issued in September",
** "a $90 million five-year green bond": the amount as the attribute of a
** bond right after it (past an equivalent in brackets and up to two
** lower-case words of term or kind), a firm's borrowing (set qweek95);
** not "a $90 million bonded warehouse", works. */
static int amount_of_bond(const ivl_fctx *x, size_t p) {
  static const char *const bond[] = {"bond", "bonds", NULL};
  return fx_noun_within(x, fx_past_bracketed_equivalent(x, p), bond, 2);
}

/* "issue VNĐ1.5 trillion worth of three-year bonds", "$300 million of
** five-year green bonds", "$50 million of BDBank's green bonds": bonds
** named right after the amount past their issuer, term or kind (one or
** two lower-case words), a firm's borrowing. */
static int bonds_of_term(const ivl_fctx *x, size_t p) {
  static const char *const links[] = {"worth of", "of", "in", NULL};
  static const char *const bonds[] = {"bond", "bonds", NULL};
  size_t len = x->a->view.len, q = fx_past_bracketed_equivalent(x, p);
  size_t w = fx_first(x, q, q + 9 < len ? q + 9 : len, links);
  if (w != q) return 0;
  q += fx_starts_with(x, q, "worth of") ? 8 : fx_starts_with(x, q, "of") ? 2 : 2;
  /* ("US$50 million of BDBank's green bonds": named by their issuer) */
  while (q < len && x->t[q] == ' ') q++;
  size_t at = q;
  q = past_issuer_possessive(x, q);
  int issuer = q != at;
  for (int words = 0; words < 3; words++) {
    while (q < len && x->t[q] == ' ') q++;
    if (fx_starts_with_any(x, q, bonds)) return words > 0 || issuer;
    if (q >= len || !ivl_islower((unsigned char)x->t[q])) return 0;
    while (q < len && (ivl_islower((unsigned char)x->t[q]) || x->t[q] == '-')) q++;
  }
  return 0;
}

/* "Việt Nam's hospital market for injectable drugs, estimated at $1.3
** billion a year", "the market was worth about $8.1 billion": a market's
** size, what is sold in it, no one's capital (qpharma; GUIDELINES: market
** sizes are no facts). The market named in the 80 bytes before the money,
** which follows a word of size (a hedge may stand between), with no
** investing word between them. */
static int market_size(const ivl_fctx *x, size_t start, const ivl_fm *m) {
  static const char *const market[] = {"market", "markets", NULL};
  static const char *const sized[] = {"estimated at", "valued at", "worth", "put at", NULL};
  static const char *const hedges[] = {"about", "around", "some", "nearly", "almost", "over", "more than", NULL};
  static const char *const investing[] = {"invest*", "capital", "fdi", "stake*", "project*", NULL};
  size_t at = fx_find_last(x, start, m->vs, "market");
  if (at == FX_NONE || !fx_starts_with_any(x, at, market) || fx_any(x, at, m->vs, investing)) return 0;
  size_t p = m->vs;
  for (const char *const *h = hedges; *h; h++)
    if (fx_ends_with(x, m->vs, *h)) {
      p = fx_find_last(x, start, m->vs, *h);
      break;
    }
  return p != FX_NONE && fx_ends_with_any(x, p, sized);
}

/* "launched a VNĐ150 billion share buyback", "plans to use VNĐ200 billion
** to buy back 8 million of its own shares": a company buying its own
** shares back returns capital, puts none in. The buyback's words tied to
** the amount m: before it in its clause with no comma or investment word
** between, or right after it (lower-case words only, none that places
** money elsewhere: not "will invest $50 million in a plant after its
** share buyback"). Three words, each side of the amount in one look each
** (each word is a scan of the article). */
static int buyback_of(const ivl_fctx *x, const ivl_fsent *s, size_t from, const ivl_fm *m) {
  /* (the verb's other forms too, qgive: "spent VNĐ600 billion buying back
  ** 20 million of its own shares") */
  static const char *const buyback[] = {"buy back", "buying back", "bought back", "buys back", "buyback*", "repurchas*",
                                        NULL};
  static const char *const elsewhere[] = {"in", "into", "after", "before", "following", "invest*", NULL};
  static const char *const investing[] = {"invest*", NULL};
  size_t lo = m->vs > from + 60 ? m->vs - 60 : from, hi = m->ve + 40 < s->ve ? m->ve + 40 : s->ve;
  size_t b = fx_first(x, lo, m->vs, buyback);
  if (b != FX_NONE && !memchr(x->t + b, ',', m->vs - b) && !fx_any(x, b, m->vs, investing)) return 1;
  size_t a = fx_first(x, m->ve, hi, buyback);
  return a != FX_NONE && fx_lower_words(x, m->ve, a) && !fx_any(x, m->ve, a, elsewhere);
}

/* A fee for a right of use (set qtelco): the right told as the object of
** the money's verb however far before it ("renewed its rights to
** broadcast the league for three more seasons, reportedly for about $45
** million", "sold the TV rights to X for VNĐ1 trillion"; not when an
** investing word stands between: "After winning the TV rights, X will
** invest $20 million in a studio"), or right after it ("paid $9 million
** for the rights to stream the league"). Looked for by "rights", a word
** few articles have. */
static int rights_of_use(const ivl_fctx *x, size_t from, size_t end, const ivl_fm *m) {
  static const char *const kinds[] = {"broadcast", "broadcasting", "streaming", "media", "tv", "television", "naming",
                                      NULL};
  static const char *const uses[] = {"to broadcast", "to stream", "to show", "to air", NULL};
  static const char *const investing[] = {"invest*", "capital", "stake*", NULL};
  /* (the kind joined by a hyphen too: "signed a five-year naming-rights
  ** deal with X worth VNĐ300 billion"; set qweek68) */
  for (size_t r = fx_find(x, from, m->vs, "rights"); r != FX_NONE; r = fx_find(x, r + 6, m->vs, "rights"))
    if ((fx_ends_with_any(x, r, kinds) || (r > from && x->t[r - 1] == '-' && fx_ends_with_any(x, r - 1, kinds)) ||
         fx_starts_with_any(x, r + 6, uses)) &&
        !fx_any(x, r, m->vs, investing))
      return 1;
  size_t r = fx_find(x, m->ve, end, "rights");
  /* (not land: "won an auction ..., paying VNĐ410 billion for the 50-year
  ** land-use rights" is land bought, an investment; set qweek10) */
  static const char *const land[] = {"land-use", "land use", "land", NULL};
  return r != FX_NONE && r - m->ve <= 32 && fx_starts_with(x, m->ve, "for") && !fx_ends_with_any(x, r, land);
}

/* "Total | | US$1.247 billion |", "Combined<TAB>$2.1 billion": a table's
** row of sums, its first cell a word of totals before a bar or a tab. It
** adds up the rows above it, each its own fact; no investor's money of
** its own. (Not "Total capital: $2 billion", a sentence's aggregate.) */
static int table_total_row(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const sums[] = {"total", "totals", "combined", "sum", "grand total", NULL};
  /* (a row of sums is short before its figure: 48 bytes looked back, not
  ** the whole paragraph a figure of the text stands in) */
  size_t ls = m->vs, low = m->vs > 48 ? m->vs - 48 : 0;
  while (ls > low && x->t[ls - 1] != '\n') ls--;
  if (ls > 0 && x->t[ls - 1] != '\n') return 0;
  size_t cell = ls;
  while (cell < m->vs && x->t[cell] != '|' && x->t[cell] != '\t') cell++;
  if (cell == m->vs) return 0;
  size_t e = cell;
  while (e > ls && x->t[e - 1] == ' ') e--;
  for (const char *const *w = sums; *w; w++)
    if (strlen(*w) == e - ls && strncasecmp(x->t + ls, *w, e - ls) == 0) return 1;
  return 0;
}


/* "its sponsor" or "the sponsor" in [from, to), a trust's owner by its
** role (not "the title sponsor of the club", "a sponsor of"): where it
** starts (both are 11 bytes), else FX_NONE. */
static size_t owner_sponsor(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const owner[] = {"its sponsor", "the sponsor", NULL};
  size_t at = fx_first(x, from, to, owner);
  if (at == FX_NONE || at + 11 >= to) return FX_NONE;
  return x->t[at + 11] == ',' || (x->t[at + 11] == ' ' && !fx_starts_with(x, at + 12, "of")) ? at : FX_NONE;
}

/* Money handed to people in need, no capital put into a place (set
** qweek114): "handed over more than VND40 billion ($1.5 million) to
** flood-hit households", "feed worth 60 billion VND to farmers in Dong
** Thap", "VND2 billion to 240 poor families". Only describing words may
** come between "to" and the people (a hyphened "flood-hit", a count, or
** one of 'kinds'), so a purpose stays the investor's: "will invest $30
** million to help farmers", "$5 million to train workers". */
static int gift_to_people(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const people[] = {"households", "families", "residents", "victims", "farmers", "villagers",
                                       "fishermen", "pupils", "students", "patients", "children", "orphans",
                                       "the needy", "the poor", NULL};
  static const char *const kinds[] = {"the", "poor", "needy", "local", "affected", "displaced",
                                      "disadvantaged", "rural", "flood", "storm", NULL};
  size_t p = fx_past_bracketed_equivalent(x, m->ve);
  while (p < s->ve && x->t[p] == ' ') p++;
  if (!fx_starts_with(x, p, "to")) return 0;
  p += 2;
  for (int words = 0; words <= 3 && p < s->ve; words++) {
    while (p < s->ve && x->t[p] == ' ') p++;
    if (fx_starts_with_any(x, p, people)) return 1;
    size_t e = p;
    int hyphen = 0;
    while (e < s->ve && (ivl_isalnum((unsigned char)x->t[e]) || x->t[e] == '-' || x->t[e] == ','))
      hyphen |= x->t[e++] == '-';
    int count = ivl_isdigit((unsigned char)x->t[p]);
    if (e == p || !(hyphen || count || fx_starts_with_any(x, p, kinds))) return 0;
    p = e;
  }
  return 0;
}

/* Money handed to a hospital, a school or a university by its name, no
** capital put into a place (set qgive): "pledged 50 million yen to the
** City Children's Hospital for a neonatal unit". The institution is named
** (its generic word capitalised): not money put into one's works ("add $95
** million to its international hospital project", "$140 million to
** complete and equip the hospital", "will invest $40 million in a
** hospital"), nor given to a venture that builds one ("contributed $30
** million to the joint venture building a School"). */
static int gift_to_institution(const ivl_fctx *x, const ivl_fsent *s, size_t end, const ivl_fm *m) {
  /* (and the bodies that hand relief on, set qweek114: "gave VND12 billion
  ** to the Quang Ngai Fatherland Front Committee", "to the Vietnam Red
  ** Cross Society") */
  static const char *const bodies[] = {"hospital", "school", "university", "orphanage", "fatherland front",
                                       "red cross", NULL};
  static const char *const ventures[] = {"venture*", "project*", "compan*", "firm*", "build*", "develop*",
                                         "construct*", "operat*", "expansion*", NULL};
  size_t p = fx_past_bracketed_equivalent(x, m->ve);
  if (!fx_starts_with(x, p, "to")) return 0;
  size_t h = fx_first(x, p, end, bodies);
  if (h == FX_NONE || h - p > 40 || x->t[h] < 'A' || x->t[h] > 'Z') return 0;
  /* (the noun after the name looked for past the amount's words) */
  size_t after = h + 24 < s->ve ? h + 24 : s->ve;
  return !fx_any(x, p, after, ventures);
}

/* "The carrying amount of the Group's investment in its associate in
** Bắc Ninh was S$17.8 million", "after a provision of VNĐ85 billion": a
** holding's worth in the accounts (set qweek121), told anywhere before
** the amount in its clause, is no capital put in; not when another amount
** comes between ("acquired in 2022 for THB 410 million, had a carrying
** value of THB 455 million": the price paid stays). */
static int worth_in_accounts(const ivl_fctx *x, const ivl_fsent *s, size_t from, const ivl_fm *m) {
  static const char *const worth[] = {"carrying amount*", "carrying value*", "book value*", "provision of",
                                      "provisions of", "impairment*", NULL};
  size_t at = fx_last(x, from, m->vs, worth);
  if (at == FX_NONE) return 0;
  for (size_t i = fx_mentions_from(s->m, s->n, at); i < s->n && s->m[i].vs < m->vs; i++)
    if (s->m[i].kind == FM_MONEY) return 0;
  return 1;
}

/* "the stake purchase could add about 80 billion won a year to Woorim's net
** profit", "the sale would add VND1.9 trillion to its pre-tax profit": an
** amount a deal adds to a firm's earnings or worth (sets qweek12, qweek28,
** qweek76) is a forecast of its gain, no capital put in; not "add $95
** million to its plant" nor "to its charter capital". */
static int added_to_earnings(const ivl_fctx *x, const ivl_fsent *s, size_t start, const ivl_fm *m) {
  static const char *const adds[] = {"add", "adds", "added", "adding", NULL};
  static const char *const yearly[] = {"a year", "annually", "per year", "per annum", NULL};
  static const char *const gains[] = {"profit*", "earnings", "revenue*", "value", "valuation", "bottom line",
                                      NULL};
  size_t v = fx_first(x, m->vs > start + 24 ? m->vs - 24 : start, m->vs, adds);
  if (v == FX_NONE || !fx_lower_words(x, v, m->vs)) return 0;
  size_t p = fx_past_bracketed_equivalent(x, m->ve), end = s->ve;
  while (p < end && x->t[p] == ' ') p++;
  /* (past a rate said after the amount: "80 billion won a year to") */
  if (fx_first(x, p, p + 10 < end ? p + 10 : end, yearly) == p) p = fx_find(x, p, p + 14 < end ? p + 14 : end, "to");
  if (p == FX_NONE || !fx_starts_with(x, p, "to")) return 0;
  size_t g = fx_first(x, p, p + 48 < end ? p + 48 : end, gains);
  return g != FX_NONE && !memchr(x->t + p, ',', g - p);
}

/* The split of one project's capital told after its total (set qweek82):
** "a total investment capital of VND2,400 billion, of which the investor's
** contributed capital is VND480 billion and mobilised capital is VND1,920
** billion", or a line of its own opened by "Of which:": the investor's own
** part and the part raised from lenders say how the one investment is paid
** for, no figure of their own. A part of an area's total ("of which Thai
** firms put in $400 million") names no source of capital and stays. */
static int capital_split_part(const ivl_fctx *x, const ivl_fsent *s, size_t from, const ivl_fm *m) {
  static const char *const of_which[] = {"of which", NULL};
  static const char *const sources[] = {"contributed capital", "own capital", "equity is", "equity of",
                                        "equity capital", "investor contributes", "investor will contribute",
                                        "mobilised capital", "mobilized capital", "mobilised funds",
                                        "mobilized funds", "capital mobilised", "capital mobilized", "loan capital",
                                        "borrowed capital", NULL};
  size_t split = fx_last(x, s->vs, m->vs, of_which);
  if (split == FX_NONE) return 0;
  /* (from the amount before, the whole or the other part, on) */
  return fx_any(x, from > split ? from : split, m->vs, sources);
}

/* "the bank paid Việt Nam $51.5 million in 2023 for 10.3 million tonnes
** of reductions", "EVN paid VNĐ9 trillion for 4 billion kWh bought from
** the plants", "pays VNĐ2 trillion a year for electricity": what a buyer
** pays, told after a paying verb, for goods by their measure or for power
** is the price of a seller's output, no capital put into a place (set
** qcarbon). Not "will invest $50 million in a plant to make 10,000 tonnes
** of feed" (no paying verb, nor "for" before the measure), nor "paid $20
** million for a 30 per cent stake" or "for a power plant" (what is held). */
static int paid_for_measured_goods(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const paying[] = {"paid", "pay", "pays", "paying", NULL};
  static const char *const power[] = {"electricity", "power", NULL};
  static const char *const units[] = {"tonnes", "tons", "tonne", "ton", "kwh", "mwh", "gwh", "twh", "barrels",
                                      "litres", "liters", "cubic metres", "cubic meters", NULL};
  static const char *const scales[] = {"thousand", "million", "billion", NULL};
  size_t v = fx_last(x, m->vs > s->vs + 40 ? m->vs - 40 : s->vs, m->vs, paying);
  if (v == FX_NONE || !same_clause(x, v, m->vs)) return 0;
  size_t end = m->ve + 40 < s->ve ? m->ve + 40 : s->ve;
  size_t f = fx_find(x, m->ve, end, "for");
  if (f == FX_NONE || !same_clause(x, m->ve, f)) return 0;
  size_t p = f + 3;
  while (p < s->ve && x->t[p] == ' ') p++;
  if (fx_starts_with_any(x, p, power)) {
    /* (power bought, not a power plant: the word ends the clause or goes
    ** on to where it came from) */
    while (p < s->ve && ivl_isalpha((unsigned char)x->t[p])) p++;
    static const char *const sources[] = {"from", "bought", "purchased", "generated", "supplied", NULL};
    return p == s->ve || x->t[p] == ',' || x->t[p] == '.' || fx_starts_with_any(x, p, sources);
  }
  size_t q = p;
  while (q < s->ve && (ivl_isdigit((unsigned char)x->t[q]) || x->t[q] == ',' || x->t[q] == '.')) q++;
  if (q == p) return 0;
  while (q < s->ve && x->t[q] == ' ') q++;
  for (const char *const *k = scales; *k; k++)
    if (fx_starts_with(x, q, *k)) {
      q += strlen(*k);
      break;
    }
  return fx_starts_with_any(x, q, units);
}

/* Words that name a home or a unit of one, as listings and agents write
** them: the thing a buyer or a tenant pays for (not "home" or "house",
** which end firms' names: "a Đà Nẵng design house for $2 million"). */
static const char *const home_words[] = {"apartment*", "flat", "flats", "condo", "condos", "condominium unit*", "villa",
                                         "villas", "townhouse*", "penthouse*", "shophouse*", "unit", "units", "studio", "studios", "one-bedroom*",
                                         "two-bedroom*", "three-bedroom*", "four-bedroom*", NULL};

/* Is a home word written right before pos (past spaces)? */
static int home_word_before(const ivl_fctx *x, size_t from, size_t pos) {
  size_t w = pos;
  while (w > from && x->t[w - 1] == ' ') w--;
  size_t b = w;
  while (b > from && (ivl_isalpha((unsigned char)x->t[b - 1]) || x->t[b - 1] == '-')) b--;
  return b < w && fx_starts_with_any(x, b, home_words);
}

/* The price or the rent of a home, told in a listing or by an agent (set
** qweek119): "Two-bedroom units start at US$148,000", "townhouses go for
** around $650,000", "flats rent for US$650 to US$800 a month", "reserved
** the penthouse for VNĐ28 billion", "paid $410,000 cash for a
** three-bedroom". A buyer's or a tenant's money, no capital put into a
** place; the price verbs count only with a home named before them in the
** clause ("investment will start at $50 million" stays). */
static int home_price_or_rent(const ivl_fctx *x, size_t start, const ivl_fm *m) {
  static const char *const priced[] = {"start at", "starts at", "starting at", "start from", "starts from",
                                       "starting from", "go for", "goes for", "sell for", "sells for", "sold for",
                                       "rent for", "rents for", "rented for", "lease for", "leased for",
                                       "priced at", "priced from", "are priced at", "cost", "costs", NULL};
  size_t before = inv_before_hedge(x, m->vs);
  if (fx_ends_with_any(x, before, priced) && fx_any(x, start, before, home_words)) return 1;
  /* "the penthouse for VNĐ28 billion": the home bought right before "for" */
  size_t w = before;
  while (w > start && x->t[w - 1] == ' ') w--;
  if (w >= start + 3 && fx_ends_with(x, w, "for") && home_word_before(x, start, w - 3)) return 1;
  /* "$410,000 cash for a three-bedroom": the home named after the price */
  static const char *const articles[] = {"a", "an", "the", NULL};
  size_t p = m->ve;
  if (x->t[p] == ' ') p++;
  if (fx_starts_with(x, p, "cash ")) p += 5;
  if (!fx_starts_with(x, p, "for ")) return 0;
  p += 4;
  if (!fx_starts_with_any(x, p, articles)) return 0;
  while (ivl_isalpha((unsigned char)x->t[p])) p++;
  return x->t[p] == ' ' && fx_starts_with_any(x, p + 1, home_words);
}

/* "paid VNĐ35 billion in licensing fees", "booked VNĐ2.9 trillion in
** premiums last year", "will pay $62 million in rent for the site",
** "VNĐ37 billion in overdue land rent", "VNĐ4 trillion in instalment
** credit to customers": the kind of the money named by "in" right after
** the amount (or its equivalent in brackets), its noun after up to two
** words that qualify it (other_money's "after" list spells out the
** phrases it knows word by word). The noun must end its phrase: not
** "invest $30 million in a credit institution", "$20 million in sales
** offices", where it qualifies what is bought. */
static int money_kind_named_after(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const kinds[] = {"rent", "rents", "fee", "fees", "premium", "premiums", "levy", "levies",
                                      "tax", "taxes", "duty", "duties", "credit", "interest", "fines", "penalties",
                                      "damages", "compensation", "wages", "salaries", "bonuses", "dividends",
                                      "donations", "revenue", "revenues", "sales", "exports", "turnover",
                                      "deposits", "royalties", "arrears", "charges", NULL};
  /* what an insurer pays out (set qweek137): "paid out VND52 trillion in
  ** benefits", "1,450 billion dong in claims last year"; not followed by
  ** "and", as the noun then qualifies what is bought ("$25 million in a
  ** claims and underwriting platform") */
  static const char *const payouts[] = {"claims", "benefits", "payouts", "pay-outs", NULL};
  static const char *const joins[] = {"and", "or", NULL};
  static const char *const phrase_end[] = {"for", "to", "from", "last", "this", "next", "and", "in", "on",
                                           "over", "since", "a", "per", "each", "during", "at", "with", "under",
                                           "as", "that", "which", "after", "before", "by", "so", "or", NULL};
  size_t p = m->ve;
  while (p < s->ve && x->t[p] == ' ') p++;
  if (p < s->ve && x->t[p] == '(') {
    const char *close = memchr(x->t + p, ')', s->ve - p);
    if (!close) return 0;
    p = (size_t)(close - x->t) + 1;
  }
  if (!fx_starts_with(x, p, "in")) return 0;
  while (p < s->ve && x->t[p] == ' ') p++;
  p += 2;
  for (int words = 0; words <= 2; words++) {
    while (p < s->ve && x->t[p] == ' ') p++;
    if (p >= s->ve || !ivl_islower((unsigned char)x->t[p])) return 0;
    size_t e = p;
    while (e < s->ve && (ivl_isalpha((unsigned char)x->t[e]) || x->t[e] == '-')) e++;
    int payout = fx_starts_with_any(x, p, payouts);
    if (payout || fx_starts_with_any(x, p, kinds)) {
      size_t q = e;
      while (q < s->ve && x->t[q] == ' ') q++;
      if (q >= s->ve || strchr(",.;:)", x->t[q])) return 1;
      if (q > e && fx_starts_with_any(x, q, phrase_end) && !(payout && fx_starts_with_any(x, q, joins))) return 1;
    }
    p = e;
  }
  return 0;
}

/* Amounts that are not investment: exports, revenue, trade, budgets,
** domestic projects, averages, and the targets a place sets itself. Looked
** for just before the amount (back to the one before) and just after it.
** Trade is named by its own phrases ("trade between", "trade hit"): "trade"
** alone is also a sector that investment goes to. */
static int other_money(const ivl_fctx *x, const ivl_fsent *s, size_t from, const ivl_fm *m) {
  static const char *const before[] = {
    /* not "import*": "one of its most important partners"; "export*"
    ** first, left out for export processing zones (below) */
    "export*", "import", "imports", "imported", "importing", "importer*", "revenue*", "turnover", "sales", "gdp", "budget", "loan*",
    /* "which earned a profit of $30 million", "posted a net loss of" */
    "profit*", "net loss", "net losses", "loss of", "losses of",
    /* a loss as the clause's subject (qchem): "Its accumulated losses
    ** reached VNĐ3.5 trillion at the end of September" */
    "accumulated loss*", "losses reached", "losses stood", "losses totalled", "losses totaled", "losses widened",
    "losses rose", "losses climbed", "losses came to",
    "salar*", "wage", "wages", "income", "tax*", "prize*", "ticket*",
    /* a franchisee's or licensee's payment for a brand, no capital put in:
    ** "will pay an upfront franchise fee of $2 million", "royalties of" */
    "fee", "fees", "royalt*",
    /* frequencies bought from the State (set qtelco, and rights_of_use):
    ** "won the 2,600 MHz band with a bid of VNĐ7 trillion", "paying VNĐ3
    ** trillion for 5G spectrum"; the carrier's own network is its capital */
    "mhz", "ghz", "spectrum",
    /* an insurer's takings and a seller's price, no capital put in (qbankma):
    ** "reported gross written premiums of VNĐ6.8 trillion", "no bidder met
    ** the reserve price of VNĐ3.9 trillion" */
    "premiums", "reserve price", "asking price", "starting price", "floor price",
    /* a grant of money, not "will grant investment certificates to" */
    /* "remittances to the city topped $9.6 billion": money sent home */
    "remittance*",
    /* money given, sponsored or spent on a cause, no capital put in (set
    ** qgive): "Under its corporate social responsibility programme, the
    ** group has pledged VNĐ20 billion", "the title sponsor of the club,
    ** contributing VNĐ40 billion a year", "awarded 120 scholarships worth" */
    "social responsibility", "csr", "sponsor", "sponsors", "sponsorship*", "scholarships worth", "charity",
    "charities", "philanthrop*",
    "aid", "grant of", "grants of", "grant worth", "grants worth",
    /* a gift, no capital: "also donated VNĐ20 billion worth of ventilators" */
    "donat*", "gift*",
    /* a giver named by its role (set qweek114): "Among the largest donors,
    ** X contributed 300 billion VND" */
    "donor", "donors", "trade value", "two-way trade", "bilateral trade", "trade between",
    "trade volume", "trade exchange*", "trade hit", "trade reached", "trade rose", "trade grew",
    "trade totalled", "trade totaled", "trade stood", "per hectare", "per capita",
    /* a headline's trade said in the present: "trade nears $72 billion" */
    "trade near*", "trade top*", "trade hits", "trade reaches", "trade rises", "trade grows", "trade climb*",
    "trade jump*", "trade surge*", "trade soar*", "trade exceed*", "trade surpass*",
    /* goods sold: "the zone alone shipped goods worth $3.4 billion" (and
    ** goods_in_clause) */
    "goods worth", "worth of goods",
    /* a lender's money: "will consider financing of up to $3 billion" */
    "financing of", "financing worth", "credit line", "credit lines",
    /* a bank's credit named before its amount (set qweek13): "pledged
    ** credit packages worth a combined VNĐ45 trillion for investors" */
    "credit package*",
    /* a firm's own funding and size, no money put into a place: "will
    ** borrow VNĐ18 trillion", "plans to issue bonds worth $40 million", "a
    ** market value of $28 billion", "agreed to lend X $45 million" (a
    ** unit's charter capital is its investment: dev2 d2b-08); the market
    ** value's short form too (set qweek70): "giving it a market cap of NIS
    ** 1.15 billion" */
    "borrow", "borrows", "borrowed", "borrowing", "bond", "bonds", "market value", "market capitali*",
    "market cap", "market caps",
    /* money paid to those whose land a project takes: "Compensation for
    ** land clearance, estimated at VNĐ850 billion" */
    "compensation", "site clearance", "land clearance",
    /* ... and the support households get beside it (set qweek117): "86
    ** fishing households would receive support of 180 million VND each" */
    "receive support of", "receives support of", "received support of", "receiving support of",
    "livelihood support",
    /* money a tribunal, court or inspector makes a party pay, no capital
    ** put in (set qcourt): "The award, which includes $9 million in
    ** interest", "were fined a total of VNĐ3.8 billion" (not "awarded") */
    "award", "awards", "fined", "fine of", "fines of", "fines totalling", "fines totaling", "penalt*",
    "damages", "arrears",
    /* the rest of what a ruling orders paid or a party seeks (qweek115):
    ** "ordered X to pay $9.4 million to its former partner", "to compel X
    ** to refund VND 24 billion", "to pay interest of", "allowed the
    ** counterclaim in the sum of", "NKS's costs of the application, fixed
    ** at S$180,000", "security for costs of S$600,000", "puts the fair
    ** market value of its interest at" */
    "ordered", "compel*", "refund*", "interest of", "counterclaim*", "costs of the", "legal costs",
    "security for costs", "fair market value",
    /* pay and payouts, a holding's worth, trading in listed shares and the
    ** State's own spending: "Tết bonuses averaging VNĐ7.8 million", "a cash
    ** dividend of VNĐ1,500", "valuing the retailer at $367 million" (and
    ** "values the chain at"),
    ** "foreign investors net sold VNĐ38 trillion", "public investment
    ** disbursement reached VNĐ36 trillion" */
    "bonus", "bonuses", "dividend*", "valuing", "values", "valuation*",
    /* what a firm pays the workers it lets go, and goods ordered from it, no
    ** capital put in: "severance payments of VNĐ118 billion", "turned down
    ** an order worth $15 million" */
    "severance*", "order worth", "orders worth", "order valued at", "orders valued at",
    /* a supplier's orders on hand, no capital put in (qchain): "its order
    ** book reached $4.3 billion", "a backlog of $2 billion" */
    "order book", "order books", "orderbook", "backlog", "backlogs",
    /* "paid $280 million for 6.5 per cent of X, which valued the bank at
    ** $4.3 billion" */
    "valued the", "valued it",
    /* an analyst's worth of a firm: "put the value of the whole company
    ** at roughly VNĐ17 trillion at the price X paid" */
    "put the value", "puts the value", "putting the value", "put its value", "puts its value", "net sold", "net sell*", "net bought", "net buy*",
    /* (written with a hyphen: "net-bought VNĐ1.2 trillion of shares") */
    "net-sold", "net-sell*", "net-bought", "net-buy*",
    /* a market's selling with no buyer named: "offloading shares worth
    ** VNĐ4.6 trillion" (not "sold a stake to X for", the buyer's) */
    "offloading shares", "offloaded shares", "dumping shares", "dumped shares",
    /* the same trading said by its verb: "have sold a net VNĐ88 trillion
    ** since January", "bought a net $120 million of shares" */
    "sold a net", "sell a net", "sells a net", "selling a net", "bought a net", "buy a net", "buys a net",
    "buying a net",
    /* what an insurer pays a bank for a bancassurance deal: "agreeing to
    ** pay the lender an upfront fee of $410 million" (a fee for access to
    ** the bank's customers, no share in it) */
    "upfront fee*", "up-front fee*", "upfront payment*", "up-front payment*",
    /* what an insurer pays the insured, no capital put in (set qweek137):
    ** "paid out VND5 trillion to policyholders", "The largest single claim,
    ** around $42 million, went to X" (not "claims", a verb too: "X claims
    ** to have invested") */
    "claim", "insurance claims", "payout*", "pay-out*", "paid out", "pays out", "pay out", "paying out",
    "public investment*",
    /* a fund manager's size, money it holds for others: "manages assets of
    ** VNĐ18 trillion" (and "manages $3.4 billion", managed_money) */
    "assets of", "assets under management", NULL};
  /* "agreed to lend X $45 million"; not the trade of a company bought ("a
  ** stake in X, the consumer lending arm of Y, for VNĐ3.8 trillion") */
  static const char *const lend[] = {"lend", "lends", "lending", "lent", NULL};
  static const char *const after[] = {"in financing", "in credit", "credit line*", "loan*", "worth of bond*",
    /* a bank's credit named by its paper (qchem): "signed a VNĐ2 trillion
    ** credit agreement with BIDV to help finance the project" */
    "credit agreement*", "credit contract*", "credit facilit*", "credit package*",
    "in bond*", "in green bond*", "of bond*", "through a bond*", "through bond*", "via a bond*",
    /* the amount an adjective of the paper: "will be partly funded by a
    ** VNĐ8 trillion bond issue" (set qweek9) */
    "bond issue*", "bond offering*", "bond sale*", "bond programme*", "bond program*",
    /* Islamic finance's bonds and loans by their own names (set qweek141):
    ** "through a RM300 million sukuk wakalah programme and a RM120 million
    ** Islamic term financing-i facility", "a $30 mln murabaha facility" */
    "sukuk*", "in sukuk*", "of sukuk*", "islamic medium-term note*", "islamic financing*", "islamic term financing*",
    "islamic loan*", "syariah financing*", "shariah financing*", "sharia financing*", "shariah-compliant financing*",
    "syariah-compliant financing*", "murabaha*", "tawarruq*", "ijara", "ijarah*",
    /* bonds and State money named by their issuer: "issued VNĐ1 trillion of
    ** local government bonds", "raise VNĐ2 trillion of corporate bonds",
    ** "with VNĐ2 trillion of State capital" */
    "of corporate bond*", "of government bond*", "of local government bond*", "of municipal bond*",
    "of green bond*", "of treasury bond*", "in government bond*", "in corporate bond*",
    "of state capital", "of state funds", "of public funds", "of public capital",
    "to the local budget", "to the state budget", "in revenue", "in exports", "in sales",
    /* what a holding will earn its owner (qchem): "expects the stake to
    ** contribute around 1 billion yen a year to its net profit" */
    "to its net profit", "to its profit*", "to net profit", "to profit*", "to its earnings", "to earnings",
    "to its bottom line",
    /* a firm's taxes and a seller's takings: "paid VNĐ1.7 trillion into the
    ** State budget", "has collected VNĐ12.6 trillion from divestments" */
    "into the state budget", "into the local budget", "into the budget", "to the budget",
    "from divestment*", "from divesting", "from the divestment*", "from its divestment*", "in divestment*",
    /* a State firm's own capital, the State's holding told after it: "The
    ** group's charter capital stands at VNĐ40 trillion, of which the State
    ** holds 96.7 per cent" (no one puts it into a place) */
    "of which the state holds", "of which the state owns", "with the state holding", "in which the state holds",
    /* "collected VNĐ12 trillion in budget revenue" */
    "in budget revenue*", "in state budget revenue*", "in budget collection*",
    "in taxes", "in loans", "in aid",
    /* pay and taxes told after the amount (set qgive): "will pay $40
    ** million in wages to workers at its plant", "paid VNĐ300 billion in
    ** corporate income tax" */
    "in wages", "in salar*", "in pay", "in tax", "in corporate income tax*", "in corporate tax*", "in income tax*",
    "in value-added tax*", "in import tax*", "in export tax*",
    /* the State's share of an aid project (set qwater): "Đắk Lắk will
    ** contribute VNĐ420 billion in counterpart funds" */
    "in counterpart fund*", "of counterpart fund*", "as counterpart fund*",
    /* what a miner pays the State for its ore and land, no capital put in:
    ** "paid 52 billion kip in royalties and land rent", "VNĐ620 billion in
    ** natural resource tax and royalties" */
    "in royalt*", "in mineral royalt*", "in mining royalt*", "in resource tax*", "in natural resource tax*",
    "in land rent*", "in mining fee*", "in environmental fee*",
    /* what a ruling orders paid: "ordered X to pay VNĐ45 billion in unpaid
    ** land rent", "$9 million in interest and legal costs" (set qcourt) */
    "in unpaid", "in severance*", "in redundancy pay*", "in back pay", "in interest", "in legal cost*", "in legal fee*", "in penalt*", "in fines", "in damages",
    "in back tax*", "in arrears",
    /* "claims US$412 million, representing the fair market value of its
    ** interest" (qweek115) */
    "representing the fair market value",
    /* a miner's search before any mine is decided, no capital put in yet
    ** (as "will study a $450 million wind farm"): "will spend about $9
    ** million on drilling over two years before deciding" */
    "on drilling", "on exploration", "on exploratory drilling", "on exploration drilling", "on a feasibility study",
    "on feasibility studies", "on geological surveys", "on surveys", "in grants", "in grant aid", "in donations", "in gifts", "in oda",
    "in non-refundable", "in concessional",
    "in development assistance",
    /* "VNĐ1.35 trillion compensating 1,200 households", "VNĐ8.7 trillion
    ** comes from the state budget" */
    "compensating", "to compensate", "in compensation", "for compensation", "for site clearance",
    "for land clearance", "from the state budget", "from the city budget", "from the central budget",
    "from the local budget", "from the provincial budget",
    /* "is building a VND8 trillion coastal road with State budget money":
    ** works the State pays for, no investor's capital */
    "with state budget*", "with the state budget", "with state fund*", "with public fund*",
    "funded by the state budget", "financed by the state budget", "funded entirely by the state",
    /* "received VNĐ5.2 trillion in dividends", "disbursed VNĐ61 trillion of
    ** public investment" */
    "in dividend*", "of public investment*", "in public investment*",
    /* "has $1.2 billion in assets under management" */
    "in assets", "of assets", "under management",
    /* (and whose assets: "oversees $10 trillion in client assets", "holds
    ** $4 billion in total assets") */
    "in client assets", "in clients' assets", "in customer assets", "in customers' assets", "in investor assets",
    "in investors' assets", "in total assets", "in managed assets", "in global assets",
    /* money held and handed to a manager, no capital put in: "to manage
    ** part of the insurer's VNĐ9 trillion investment portfolio" (set
    ** qinsure) */
    "investment portfolio*", "bond portfolio*", "equity portfolio*", "of investment assets",
    /* the same, said in the passive after the amount: "28 per cent of the
    ** VNĐ780 trillion managed by Vietnamese investment funds" */
    "managed by",
    /* a headline's fee: "Northstar Life pays $410 mln upfront" */
    "upfront", "up front",
    /* frequencies bought, told after the fee (set qtelco; the rights of
    ** use: rights_of_use): "$400 million at the spectrum auction", "for 5G
    ** spectrum" */
    "spectrum", "frequency auction*",
    /* the cause money is given or spent on, told after it, no capital put
    ** into a place (set qgive): "committed $2 million to a scholarship
    ** programme", "pledged VNĐ5 billion to the fund for the poor", "spent
    ** $1.2 million on relief", "spent VNĐ35 billion on charity", "spent $15
    ** million marketing the launch", "spends $3 billion a year on research
    ** and development" (not "a $30 million research and development
    ** centre", a plant of its own) */
    "scholarship*", "for the poor", "to the poor", "on relief", "for relief", "in relief", "to relief",
    "relief fund*", "flood relief", "disaster relief", "on charity", "to charity", "for charity", "to charities",
    "for charities", "to flood victims", "for flood victims", "to provide free", "on marketing", "marketing the",
    "marketing its", "on advertising", "in advertising", "on research and development", "on r&d", "to sponsor",
    "in sponsorship*",
    /* the same causes in a donor's own words (set qweek114): "spent about
    ** $12 million on corporate social responsibility programmes", "USD
    ** 600,000 in cash donations", "a USD 1 million relief commitment" (not
    ** "a $1 million relief centre", a building of its own) */
    "on corporate social responsibility", "on social responsibility", "on csr", "in cash donation*",
    "in cash and goods", "in cash and kind", "in kind", "relief commitment*", "relief package*", "relief pledge*",
    "relief aid", "relief donation*", "relief contribution*",
    /* money a team or player wins, told after it (set qweek68): "received
    ** VNĐ5 billion in prize money" */
    "in prize*",
    /* the price of carbon credits bought, told after it: a purchase of the
    ** seller's output, no capital put in (set qweek84): "will pay around
    ** $18 per tonne, or about $27 million in total, for credits generated
    ** by restoring mangroves" (not "$25 million in a mangrove project that
    ** will earn carbon credits", the buyer's own capital) */
    "for credits", "for the credits", "for carbon credits", "for the carbon credits", "for carbon offset*",
    "for emission reduction*", "for the emission reduction*", "worth of carbon credits", "of carbon credits",
    "worth of credits", NULL};
  if (capital_split_part(x, s, from, m) || paid_for_measured_goods(x, s, m)) return 1;
  if (unit_rate(x, m) || amount_in_cents(x, m) || table_total_row(x, m) || works_contract_value(x, s, m) || revenue_or_its_share(x, s, m) ||
      earned_income(x, m) || award_amount(x, m) || worth_in_accounts(x, s, from, m) || money_in_title(x, s, m) ||
      amount_spelt_out(x, s, m) ||
      rights_of_use(x, from, m->ve + 40 < s->ve ? m->ve + 40 : s->ve, m))
    return 1;
  /* a company buying its own shares back (buyback_of) */
  if (buyback_of(x, s, from, m)) return 1;
  if (market_size(x, m->vs > from + 80 ? m->vs - 80 : from, m)) return 1;
  /* "Foreign investors were net buyers on the HCM City Stock Exchange for
  ** the fifth straight week, purchasing VNĐ1.1 trillion worth of shares":
  ** the market's trading, told at the clause's head however far before
  ** the amount, buys into no place (as "net sold" right before it) */
  static const char *const net_trading[] = {"net buyer*", "net seller*", "net buying", "net selling",
                                            "net purchas*", NULL};
  if (fx_any(x, from, m->vs, net_trading)) return 1;
  size_t start = m->vs > from + 80 ? m->vs - 80 : from;
  size_t end = m->ve + 40 < s->ve ? m->ve + 40 : s->ve;
  /* "buy a 20% stake in X for VND380 billion and to repay VND500 billion
  ** of bonds": the words after the next amount are that amount's (not
  ** after its equivalent in brackets, "VNĐ2 trillion ($80 million) of bonds") */
  for (size_t i = fx_mentions_from(s->m, s->n, m->ve); i < s->n && s->m[i].vs < end; i++)
    if (s->m[i].kind == FM_MONEY && s->m[i].vs >= m->ve && x->t[s->m[i].vs - 1] != '(') {
      end = s->m[i].vs;
      break;
    }
  /* "VNĐ1.6 trillion will come from the State budget, while X will invest
  ** VNĐ1.2 trillion", "VNĐ8.7 trillion from the state budget and the
  ** remaining VNĐ10.7 trillion": the other part of a split, its own
  ** clause; what was said of the part before is not said of it */
  static const char *const other_part[] = {"while", "whereas", "the remaining", "the rest", NULL};
  for (size_t at = fx_first(x, start, m->vs, other_part); at != FX_NONE; at = fx_first(x, at + 1, m->vs, other_part))
    start = at;
  /* (but the part's own verb of borrowing right before it is said of it:
  ** "will fund 40% with its own capital and borrow the remaining VND7
  ** trillion from banks"; set qweek68) */
  static const char *const borrowing[] = {"borrow", "borrows", "borrowed", "borrowing", NULL};
  if (start > from && fx_ends_with_any(x, start, borrowing)) {
    size_t b = start;
    while (b > from && x->t[b - 1] == ' ') b--;
    while (b > from && ivl_isalpha((unsigned char)x->t[b - 1])) b--;
    start = b;
  }
  /* "..., while Japan's ODA commitments have totalled ¥3 trillion": aid
  ** in a contrast clause of its own (inv_speaks_of_aid let the sentence
  ** through for the investment before it) */
  if (start > from && (x->t[start] == 'w' || x->t[start] == 'W') &&
      fx_first(x, start, m->vs, ivl_lexicon(LEX_AID)) != FX_NONE)
    return 1;
  /* "bought $98 million of green bonds ... and, in 2023, took a 5 per cent
  ** equity stake in the lender for $61 million": a stake told between the
  ** words before and the amount is what the amount buys; what was said
  ** before it (bonds, loans) is another clause's */
  static const char *const stake[] = {"stake", "stakes", NULL};
  for (size_t at = fx_first(x, start, m->vs, stake); at != FX_NONE; at = fx_first(x, at + 1, m->vs, stake))
    start = at;
  /* visitors' spending is no investment; a company's spending on shares
  ** or a plant is */
  static const char *const spending[] = {"spent", "spending", "spend", NULL};
  /* (not money disbursed: "Disbursements, a better gauge of money actually
  ** spent, rose 8.4% to $12.6 billion") */
  if (fx_any(x, start, m->vs, spending) && fx_find(x, start, m->vs, "investor*") == FX_NONE &&
      fx_find(x, start, m->vs, "disburs*") == FX_NONE && !company_spoken_of(x, s, start, m))
    return 1;
  if (goal_not_plan(x, s, start, m) || plan_sized(x, s, start, m) || bullet_under_goal_heading(x, s)) return 1;
  /* "X, one of Vietnam's largest software exporters, plans to invest $60
  ** million": the trade word names what the company does; an investing
  ** verb after it, before the amount, makes the amount that verb's */
  static const char *const trade[] = {"export*", "import", "imports", "imported", "importing", "importer*", NULL};
  static const char *const investing[] = {"invest", "invests", "invested", "investing", NULL};
  size_t tw = fx_first(x, start, m->vs, trade);
  if (tw != FX_NONE) {
    size_t verb = fx_first(x, tw, m->vs, investing);
    /* "a stake in X, a furniture exporter based in Bình Dương, for $18
    ** million": the trade noun of an aside on a company, what it does */
    static const char *const traders[] = {"exporter", "exporters", "importer", "importers", NULL};
    if (verb != FX_NONE) start = verb;
    /* "bought 20 per cent of seafood exporter Cửu Long Fisheries JSC for
    ** $46 million": the trade noun right before a company's name says
    ** what the company does */
    else if (fx_starts_with_any(x, tw, traders) && trade_noun_names_firm(x, s, tw, m->vs)) start = tw + 8;
    else if (fx_starts_with_any(x, tw, traders)) {
      size_t c = tw;
      /* (far enough for "one of Việt Nam's largest pangasius exporters",
      ** whose diacritics take bytes) */
      /* (and back past the 80 bytes before the amount: "raised its stake
      ** in X, a large pangasius exporter, to 36 per cent after buying a
      ** further 11 per cent for $30 million", the aside's comma before them) */
      while (c > from && x->t[c - 1] != ',' && tw - c < 64) c--;
      static const char *const asides[] = {"a", "an", "one of", NULL};
      if (c > from && x->t[c - 1] == ',' &&
          (fx_starts_with_any(x, c, asides) || the_trader_aside(x, c, tw) || country_trader_aside(x, s, c, tw)))
        start = tw + 8;
    }
  }
  /* "industrial parks and export processing zones have attracted $1.9
  ** billion": a zone of export processing is where investment goes, not
  ** trade; the list less its first word ("export*") when every export word
  ** before the amount names such a zone */
  /* "budget carrier Vietjet won a tender to build a VND3.7 trillion
  ** hangar": a low-cost airline's trade, no State budget */
  static const char *const budget_trade[] = {"budget carrier*", "budget airline*", NULL};
  size_t bt = fx_first(x, start, m->vs, budget_trade);
  if (bt != FX_NONE) start = bt + 14;
  const char *const *look = before;
  static const char *const exports[] = {"export*", NULL};
  size_t ex = fx_first(x, start, m->vs, exports);
  if (ex != FX_NONE) {
    int zones = 1;
    for (size_t at = ex; zones && at != FX_NONE; at = fx_first(x, at + 6, m->vs, exports))
      zones = fx_starts_with(x, at, "export processing") || fx_starts_with(x, at, "export-processing");
    if (zones) look = before + 1;
  }
  /* "will arrange the remaining VNĐ11 trillion through equity and loans":
  ** the investor's own money and what it borrows, its capital */
  static const char *const equity[] = {"equity and", "own capital and", NULL};
  int borrowed = (fx_any(x, m->ve, end, after) || bonds_of_term(x, m->ve) || amount_of_bond(x, m->ve) ||
                  grant_named_after(x, m->ve) || money_kind_named_after(x, s, m)) &&
                 !fx_any(x, m->ve, end, equity) &&
                 !debt_turned_into_shares(x, s, fx_first(x, m->ve, end, after));
  int said = fx_any(x, start, m->vs, look);
  /* "acquire two warehouses from its sponsor, Mapletree Investments, for
  ** S$138.6 million", "the sponsor committed S$95 million to": a trust's
  ** sponsor, its owner, named by its role, no sponsoring of a cause (set
  ** qweek56); the words around it still say */
  size_t sp = said ? owner_sponsor(x, start, m->vs) : FX_NONE;
  if (sp != FX_NONE) said = fx_any(x, start, sp, look) || fx_any(x, sp + 11, m->vs, look);
  /* "The company, which earns half of its revenue from Europe, has so far
  ** invested a total of $130 million": a firm's earnings told of in an
  ** aside before an investing verb of its own (not "foreign-invested"),
  ** not the amount's; asked only of an amount the words rule out (so too
  ** its gifts: "X, which donated school meals last year, will invest"; and
  ** its sponsoring, "X, the title sponsor of the league, will invest"; and
  ** a cause it names first, "Under its social responsibility strategy, X
  ** will invest $50 million in a brewery") */
  static const char *const earnings[] = {"revenue*", "turnover", "sales", "profit*", "income", "donat*", "gift*",
                                         "net loss", "loss of", "accumulated loss*", "sponsor", "sponsors",
                                         "sponsorship*", "social responsibility", "csr", "charity", "charities",
                                         "philanthrop*", NULL};
  size_t ew = said ? fx_first(x, start, m->vs, earnings) : FX_NONE;
  if (ew != FX_NONE) {
    size_t verb = fx_first(x, ew, m->vs, investing);
    while (verb != FX_NONE && (x->t[verb - 1] == '-' || fx_first(x, verb, m->vs, earnings) != FX_NONE))
      verb = fx_first(x, verb + 1, m->vs, investing);
    if (verb != FX_NONE) said = fx_any(x, verb, m->vs, look);
  }
  /* "The biggest single ticket was a $1.07 billion campus": a deal's size
  ** by the largest, no ticket sold; the words around it still say */
  size_t tk = said ? deal_ticket(x, start, m->vs) : FX_NONE;
  if (tk != FX_NONE) {
    size_t past = fx_find(x, tk, m->vs, "ticket") + 6;
    said = fx_any(x, start, tk, look) || fx_any(x, past, m->vs, look);
  }
  /* "broke ground on the plant in 2024 with an initial budget of $800
  ** million": a company's budget for its own project is its capital */
  static const char *const own_budget[] = {"initial budget of", "investment budget of", NULL};
  if (said && fx_ends_with_any(x, m->vs, own_budget) && company_spoken_of(x, s, start, m)) {
    size_t b = fx_find(x, m->vs > start + 24 ? m->vs - 24 : start, m->vs, "budget");
    said = b == FX_NONE || fx_any(x, start, b, look);
  }
  if (said || borrowed || gift_to_institution(x, s, end, m) || gift_to_people(x, s, m) || country_funds_works(x, s, start, m) || goods_in_clause(x, start, m) || incentives_worth(x, start, m) || goods_worth_or_shipped(x, start, m) || debt_in_clause(x, start, m) || own_equity(x, from, start, m, end) ||
      own_issue_capital(x, s, start, m) ||
      added_to_earnings(x, s, start, m) || firm_valued_at(x, s, start, m) || firm_valued_named(x, start, m) || managed_money(x, start, m) ||
      fund_size(x, s, m) || ticket_size(x, s, m) || limited_partner_money(x, s, m) || gain_or_portfolio(x, start, m) ||
      fund_closed(x, s, start, m) || money_raised(x, s, start, m) || payments_handled(x, m) ||
      raised_from_bond(x, s, m) || bonds_as_subject(x, s, m) || home_price_or_rent(x, start, m))
    return 1;
  /* (the lending words are cue words, CUE_AID: the range is the
  ** sentence's, from 'from' on) */
  for (size_t at = start; (s->cues & CUE_AID) && (at = fx_first(x, at, m->vs, lend)) != FX_NONE; at++)
    if (!fx_starts_with_any(x, at, lending_trades)) return 1;
  return 0;
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

/* "exports hit $12 billion, with FDI firms contributing $11 billion", "of
** which": money said as a part of the amount right before it. */
static int part_of_dropped(const ivl_fctx *x, const ivl_fm *prev, const ivl_fm *m) {
  static const char *const parts[] = {"contributing", "contributed", "accounting for", "accounted for",
                                      "making up", "made up", "of which", NULL};
  return m->vs > prev->ve && m->vs - prev->ve <= 90 && fx_any(x, prev->ve, m->vs, parts);
}

/* Does t[p, e) say a verb (a word in -ed, a past form below)? */
static int gap_says_past(const ivl_fctx *x, size_t p, size_t e) {
  static const char *const pasts[] = {"took", "drew", "brought", "spent", "made", "saw", "got", "put", "won",
                                      "sold", "led", "came", "went", "is", "was", "were", "has", "have", "had",
                                      "will", "would", "paid", "earned", NULL};
  if (fx_any(x, p, e, pasts)) return 1;
  for (size_t q = p; q + 1 < e; q++)
    if (x->t[q] == 'e' && x->t[q + 1] == 'd' && (q + 2 == e || !ivl_isalpha((unsigned char)x->t[q + 2])))
      return 1;
  return 0;
}

/* ... or any investment word? */
static int gap_says_verb(const ivl_fctx *x, size_t p, size_t e) {
  return fx_any(x, p, e, ivl_lexicon(LEX_INVEST)) || gap_says_past(x, p, e);
}

/* "Visitors spent $20 million, and tourists from Thailand $5 million": a
** gapped member after a dropped amount, its verb left out, shares the
** verb and so the first amount's fate. The gap opens with ", and" or
** "and", is short and says no verb nor any investment word (gap_says_verb:
** "and FDI inflows $1 billion" is investment). */
static int gapped_member(const ivl_fctx *x, const ivl_fm *prev, const ivl_fm *m) {
  size_t p = prev->ve, e = m->vs;
  if (e <= p || e - p > 48) return 0;
  if (x->t[p] == ',') p++;
  while (p < e && x->t[p] == ' ') p++;
  if (!fx_starts_with(x, p, "and")) return 0;
  return !gap_says_verb(x, p, e);
}

/* "registrations could reach $40 billion and disbursement some $26
** billion": a member gapped after a forecast's amount, its verb left out,
** is forecast too, though the gap names what is invested (the forecast,
** not the kind of money, made the first no fact). The gap opens with
** "and", is short and says no verb ("could reach $40 billion and has
** drawn $12 billion so far" is a fact). */
static int gapped_forecast_member(const ivl_fctx *x, const ivl_fm *prev, const ivl_fm *m) {
  size_t p = prev->ve, e = m->vs;
  if (e <= p || e - p > 48) return 0;
  if (x->t[p] == ',') p++;
  while (p < e && x->t[p] == ' ') p++;
  return fx_starts_with(x, p, "and") && !gap_says_past(x, p, e);
}

/* "against $420 in Thailand and $310 in the Philippines": an amount listed
** after the one before with its own place, the verb said once, shares its
** fate (the gap: "in" or "for" and a few words, then "and", "or" or a
** comma, and no verb said). */
static int placed_member(const ivl_fctx *x, size_t prev_end, const ivl_fm *m) {
  static const char *const places[] = {"in", "for", NULL};
  static const char *const joins[] = {"and", "or", NULL};
  size_t p = prev_end, e = m->vs;
  if (e <= p || e - p > 40 || !fx_starts_with_any(x, p, places)) return 0;
  size_t j = e;
  while (j > p && x->t[j - 1] == ' ') j--;
  if (!(j > p && x->t[j - 1] == ',') && !fx_ends_with_any(x, e, joins)) return 0;
  return !gap_says_verb(x, p, e);
}

/* "Our baseline is for FDI to reach $42 billion in 2025, with disbursement
** at $27 billion": an amount in a ", with" clause right after the one
** before, only lower-case words ending in "at" between, is a part of the
** same telling and shares its fate (set qweek69). */
static int with_part_member(const ivl_fctx *x, size_t prev_end, const ivl_fm *m) {
  size_t w = fx_find(x, prev_end, m->vs, "with");
  if (w == FX_NONE || w < prev_end + 2 || x->t[w - 2] != ',' || m->vs - prev_end > 80 ||
      !fx_ends_with(x, m->vs, "at"))
    return 0;
  return fx_lower_words(x, w + 4, m->vs);
}

int inv_joins_equivalent(const ivl_fctx *x, size_t from, size_t to) { return joins_equivalent(x, from, to); }

/* The words written between a comma and 'to': back over a hedge (in
** 'hedges') and then "or"; *or_word says whether "or" was there. Returns
** whether a comma opens them. */
static int comma_hedge_before(const ivl_fctx *x, size_t to, const char *const *hedges, int *or_word) {
  size_t q = to;
  while (q > 0 && x->t[q - 1] == ' ') q--;
  for (const char *const *h = hedges; *h; h++)
    if (fx_ends_with(x, q, *h)) {
      q -= strlen(*h);
      break;
    }
  while (q > 0 && x->t[q - 1] == ' ') q--;
  *or_word = fx_ends_with(x, q, "or");
  if (*or_word) q -= 2;
  while (q > 0 && x->t[q - 1] == ' ') q--;
  return q > 0 && x->t[q - 1] == ',';
}

/* "a VND 1,200 billion factory in Yên Phong, roughly $47 million at
** current exchange rates", "a VNĐ500 billion plant in Huế, or about $20
** million": a dollar figure set off by a comma later in the clause is the
** amount's equivalent when "or" or a rate after it says so (a hedge alone,
** "..., some $20 million of it in Huế", is a part, not an equivalent). */
static int equivalent_told_after(const ivl_fctx *x, const ivl_fm *prev, const ivl_fm *m) {
  static const char *const hedges[] = {"about", "around", "roughly", "some", "nearly", "almost", "approximately",
                                       NULL};
  static const char *const rates[] = {"at current exchange rate*", "at the current exchange rate*",
                                      "at current rate*", "at today's exchange rate*", "at the current rate*", NULL};
  if (!prev->value_s || !m->value_s || strcmp(m->value_s, "USD") != 0 || strcmp(prev->value_s, "USD") == 0)
    return 0;
  if (m->vs < prev->ve || m->vs - prev->ve > 80) return 0;
  for (size_t i = prev->ve; i < m->vs; i++)
    if (strchr(".;()", x->t[i])) return 0;
  int or_word;
  if (!comma_hedge_before(x, m->vs, hedges, &or_word)) return 0;
  return or_word || fx_starts_with_any(x, m->ve, rates);
}

/* "will invest Tk 1,320 crore, about $110 million, in a plant", "$35
** million, around Tk 420 crore, in a plant": two amounts in different
** currencies side by side, the second a hedged aside that commas close on
** both sides, are one amount and its equivalent, either way round (the
** South Asian press; set qweek79). A hedged part goes on past its amount
** ("VNĐ500 billion, some $20 million of it in Huế") and stays a part. */
static int equivalent_in_aside(const ivl_fctx *x, const ivl_fm *prev, const ivl_fm *m) {
  static const char *const hedges[] = {"about", "around", "roughly", "some", "nearly", "almost", "approximately",
                                       NULL};
  if (!prev->value_s || !m->value_s || strcmp(m->value_s, prev->value_s) == 0) return 0;
  if (m->vs < prev->ve || m->vs - prev->ve > 24 || x->t[prev->ve] != ',') return 0;
  int or_word;
  size_t len = x->a->view.len, q = m->ve;
  if (!comma_hedge_before(x, m->vs, hedges, &or_word)) return 0;
  while (q < len && x->t[q] == ' ') q++;
  return q < len && x->t[q] == ',';
}

void inv_read_amounts(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  const ivl_fm *prev = NULL; /* the money mention before, kept or not */
  int prev_dropped = 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_MONEY) continue;
    figure *last = fs->n ? &fs->f[fs->n - 1] : NULL;
    /* "from VNĐ50 trillion (US$2 billion) to", "by €45 million (US$49
    ** million) to": the figure the mention before is the equivalent of */
    const ivl_fm *base = last && prev && last->equiv == prev ? last->money : prev;
    if (last && last->money == prev && prev && !last->equiv &&
        (joins_equivalent(x, prev->ve, m->vs) || equivalent_told_after(x, prev, m) ||
         equivalent_in_aside(x, prev, m))) {
      last->equiv = m;
      last->ve = m->ve;
    } else if (prev && last && last->money == base && fx_ends_with(x, base->vs, "from") &&
               fx_ends_with(x, m->vs, "to") && m->vs - prev->ve < 8) {
      /* "from $100 million to $500 million": the new total replaces the old
      ** (and the old one's equivalent) */
      last->money = m;
      last->equiv = NULL;
      last->vs = m->vs;
      last->ve = m->ve;
      last->raised_to = 1;
    } else if (prev && last && last->money == prev && fx_ends_with(x, prev->vs, "to") &&
               fx_ends_with(x, m->vs, "from") && m->vs - prev->ve < 10) {
      /* "increased its capital to $2 billion, from $1.5 billion": the level
      ** before, a baseline (rule 13), no figure of its own */
      prev_dropped = 1;
    } else if (prev && prev_dropped && (range_end(x, prev, m) || part_of_dropped(x, prev, m) || gapped_member(x, prev, m) ||
                                        joins_equivalent(x, prev->ve, m->vs))) {
      /* "between $3 billion and $3.5 billion": both ends share a fate;
      ** "exports hit $12 billion, with FDI firms contributing $11 billion":
      ** so do a whole and its part; and an amount and its equivalent
      ** ("a monthly income of VNĐ11.5 million ($450)", "net selling
      ** VNĐ4.2 trillion ($164 million) worth of shares"), read from after
      ** the first, would lose the word that dropped it */
    } else if (!other_money(x, s, prev ? prev->ve : s->vs, m)) {
      add_figure(fs, m, NULL);
      prev_dropped = 0;
      /* "raised its capital by $200 million to $500 million": the new total */
      if (prev && fs->n && m->vs - prev->ve < 8 && fx_ends_with(x, base->vs, "by") && fx_ends_with(x, m->vs, "to"))
        fs->f[fs->n - 1].raised_to = 1;
    } else {
      prev_dropped = 1;
      /* "a total investment of VND19.4 trillion, of which VND8.7 trillion
      ** comes from the state budget": a whole with the State's money in
      ** it is no investor's (the private part is, read on its own) */
      static const char *const of_which[] = {"of which", NULL};
      static const char *const state_money[] = {"from the state budget", "from the city budget",
                                                "from the central budget", "from the local budget",
                                                "from the provincial budget", NULL};
      size_t end = m->ve + 40 < s->ve ? m->ve + 40 : s->ve;
      if (prev && last && (last->money == prev || last->equiv == prev) && m->vs - prev->ve < 16 &&
          fx_any(x, prev->ve, m->vs, of_which) && fx_any(x, m->ve, end, state_money))
        fs->n--;
    }
    prev = m;
  }
}

/* "handed amended certificates to three projects, raising their combined
** capital by $412 million": the rise the projects just counted were given,
** told by "their" and "by" (no new total "to"), is the count's own figure
** (set qweek82), no figure after a break. */
static int raising_their_by(const ivl_fctx *x, size_t at, size_t to) {
  static const char *const their[] = {"raising their", "lifting their", NULL};
  if (!fx_starts_with_any(x, at, their)) return 0;
  size_t lim = at + 60 < to ? at + 60 : to;
  size_t by = fx_find(x, at, lim, "by");
  return by != FX_NONE && fx_find(x, at, by, "to") == FX_NONE;
}

/* Words that end a figure's reach: what follows is another figure. */
size_t inv_break_at(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const words[] = {
    "while", "lifting", "bringing", "raising", "taking", "of which", "whereas", NULL};
  size_t at = fx_first(x, from, to, words);
  while (at != FX_NONE && raising_their_by(x, at, to)) at = fx_first(x, at + 1, to, words);
  if (at == FX_NONE) at = to;
  for (size_t i = from; i < at; i++)
    if (x->t[i] == ';') return i;
  return at;
}

int inv_breaks_figure(const ivl_fctx *x, size_t from, size_t to) { return inv_break_at(x, from, to) < to; }

/* "1,600 projects from 44 countries and territories": a count of where
** the projects come from, which describes them and is no figure; so is
** one of where they are ("1,947 valid outward projects in 81 countries
** and territories, with a total registered capital of ..."). */
static int count_of_sources(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const sources[] = {"countr*", "territor*", "econom*", "nations", NULL};
  return m->kind == FM_COUNT && !(m->flags & FM_PROJECTS) &&
         (fx_ends_with(x, m->vs, "from") || fx_ends_with(x, m->vs, "in")) && fx_any(x, m->vs, m->ve, sources);
}

/* Is there a money or count mention strictly between 'from' and 'to'? */
static int figure_between(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  for (size_t i = 0; i < s->n; i++)
    if ((s->m[i].kind == FM_MONEY || s->m[i].kind == FM_COUNT) && s->m[i].vs >= from && s->m[i].ve <= to &&
        !count_of_sources(x, &s->m[i]))
      return 1;
  return 0;
}

/* "95 projects raising capital by $1.1 billion": the raising word right
** after the count is the projects' own (a participle), no clause break;
** not "210 projects, raising the total to $2.9 billion". */
static int counts_own_raise(const ivl_fctx *x, size_t count_end, size_t money_vs) {
  static const char *const raising[] = {"raising", "lifting", NULL};
  size_t p = count_end;
  while (p < money_vs && x->t[p] == ' ') p++;
  if (!fx_starts_with_any(x, p, raising)) return 0;
  return inv_break_at(x, p + 7, money_vs) >= money_vs && fx_find(x, p, money_vs, "capital") != FX_NONE &&
         fx_ends_with(x, money_vs, "by");
}

/* "has drawn 40 projects, including X's $45 million plant", "licensed two
** projects: X's $45 million plant and ...": the amount after the count is
** a member's, named with its owner, not the count's total (but "licensed
** 12 projects, including a $900 million steel mill": the whole's). */
static int members_follow(const ivl_fctx *x, const ivl_fsent *s, size_t count_end, const ivl_fm *money) {
  static const char *const examples[] = {"including", "such as", "among them", "among which", NULL};
  if (!memchr(x->t + count_end, ':', money->vs - count_end) && !fx_any(x, count_end, money->vs, examples)) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_ORG && s->m[i].vs > count_end && s->m[i].vs < money->ve + 40) return 1;
  return 0;
}

/* Does a clause of s end at 'at': a comma, semicolon or full stop next,
** or the sentence's end? */
static int clause_ends_at(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  while (at < s->ve && x->t[at] == ' ') at++;
  return at >= s->ve || x->t[at] == ',' || x->t[at] == ';' || x->t[at] == '.';
}

/* Lower-case words and the share of the whole the amount is, set off by
** commas, in t[from, to): "$7.3 billion, or 41 per cent of total
** registered capital, spread across 460 projects". */
static int words_over_share(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  if (!fx_starts_with(x, from + (x->t[from] == ',' ? 1 : 0), "or")) return 0;
  size_t i = 0;
  for (size_t p = from; p < to; p++) {
    while (i < s->n && s->m[i].ve <= p) i++;
    if (i < s->n && s->m[i].vs <= p) {
      if (s->m[i].kind != FM_PERCENT) return 0;
      p = s->m[i].ve - 1;
    } else if (!ivl_islower((unsigned char)x->t[p]) && x->t[p] != ' ' && x->t[p] != '-' && x->t[p] != ',')
      return 0;
  }
  return 1;
}

/* "..., with 156 projects still operating.": the projects' state, and
** nothing else, between the count and the sentence's end (set qbrief). */
static int count_state_ends(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const when[] = {"still", "now", "currently", NULL};
  static const char *const state[] = {"operating", "in operation", "active", "in place", NULL};
  while (at < s->ve && x->t[at] == ' ') at++;
  if (fx_starts_with_any(x, at, when)) {
    while (at < s->ve && x->t[at] != ' ') at++;
    while (at < s->ve && x->t[at] == ' ') at++;
  }
  for (int k = 0; state[k]; k++)
    if (fx_starts_with(x, at, state[k])) return fx_only(x, at + strlen(state[k]), s->ve, ".");
  return 0;
}

/* "339 newly licensed projects" joins the amount after it ("... worth $1.56
** billion") or before it ("$3.4 billion in 22 newly licensed projects"). */
static figure *figure_for_count(const ivl_fctx *x, const ivl_fsent *s, figures *fs,
                                const ivl_fm *c) {
  /* "$1.2 billion in newly registered capital for 1,182 projects", "with
  ** $86.7 billion in accumulated capital across 10,000 projects": "for" or
  ** "across" right before the count ties it to the amount before, over
  ** that amount's own noun, before any amount after it */
  /* (also past a hedge: "across more than 10,200 projects") */
  static const char *const ties[] = {"for", "across", "across more than", "across over", "across about",
                                     "across nearly", "across some", "across around", "for more than", NULL};
  for (size_t i = fs->n; i-- > 0;) {
    figure *f = &fs->f[i];
    if (f->ve > c->vs) continue;
    /* "Singapore: $6.58 billion (182 projects)", "Japan – $13.2 billion,
    ** 1,520 projects;": the count right after the amount, in brackets or
    ** after a comma, that closes the row of a table or list, is the
    ** amount's (not "$700 million, 95 projects added ...") */
    if (!f->count && f->money && c->vs - f->ve <= 4 && c->vs > f->ve) {
      size_t e = c->ve;
      while (e < s->ve && x->t[e] == ' ') e++;
      if (x->t[c->vs - 1] == '(' && fx_only(x, f->ve, c->vs, "(") && e < s->ve && x->t[e] == ')') return f;
      if (fx_only(x, f->ve, c->vs, ",") && memchr(x->t + f->ve, ',', c->vs - f->ve) &&
          (e >= s->ve || x->t[e] == ';' || x->t[e] == '\n' ||
           (x->t[e] == '.' && (e + 1 >= s->ve || x->t[e + 1] == ' ' || x->t[e + 1] == '\n'))))
        return f;
    }
    if (!f->count && f->money && c->vs - f->ve <= 60 && fx_ends_with_any(x, c->vs, ties) &&
        !figure_between(x, s, f->ve, c->vs) && fx_lower_words(x, f->ve, c->vs))
      return f;
    /* (and over the amount's share of the whole: "with $7.3 billion, or 41
    ** per cent of total registered capital, spread across 460 projects") */
    if (!f->count && f->money && c->vs - f->ve <= 100 && fx_ends_with_any(x, c->vs, ties) &&
        !figure_between(x, s, f->ve, c->vs) && words_over_share(x, s, f->ve, c->vs))
      return f;
    /* "FDI stood at $10.2 billion at the end of September, from 560
    ** projects": the projects the amount came from, after the comma that
    ** ends the amount's clause (its only comma) */
    if (!f->count && f->money && c->vs - f->ve <= 60 && fx_ends_with(x, c->vs, "from") &&
        !figure_between(x, s, f->ve, c->vs)) {
      size_t q = c->vs;
      while (q > f->ve && x->t[q - 1] == ' ') q--;
      q -= 4; /* "from" */
      while (q > f->ve && x->t[q - 1] == ' ') q--;
      if (q > f->ve && x->t[q - 1] == ',' && !memchr(x->t + f->ve, ',', q - 1 - f->ve)) return f;
    }
    /* "Newly registered capital reached $3.26 billion with 840 new projects,
    ** while ...": the count right after "<amount> with", ending its clause,
    ** is the amount's (not "$3 billion with 40 projects registering ...") */
    if (!f->count && f->money && c->vs > f->ve && c->vs - f->ve <= 8 && fx_ends_with(x, c->vs, "with") &&
        clause_ends_at(x, s, c->ve)) {
      size_t q = c->vs;
      while (q > f->ve && x->t[q - 1] == ' ') q--;
      q -= 4; /* "with" */
      while (q > f->ve && x->t[q - 1] == ' ') q--;
      if (q == f->ve) return f;
    }
    /* "Vietnamese investment abroad rose to $1.1 billion in 2025, with 168
    ** new projects.": the projects said last, after ", with", no amount
    ** after them, are the amount's (not "with 19 new projects registering
    ** $952 million") */
    if (!f->count && f->money && fx_ends_with(x, c->vs, "with") && !figure_between(x, s, f->ve, c->vs) &&
        ((c->vs - f->ve <= 40 && fx_only(x, c->ve, s->ve, ".")) ||
         (c->vs - f->ve <= 100 && count_state_ends(x, s, c->ve)))) {
      size_t q = c->vs;
      while (q > f->ve && x->t[q - 1] == ' ') q--;
      q -= 4; /* "with" */
      while (q > f->ve && x->t[q - 1] == ' ') q--;
      if (q > f->ve && x->t[q - 1] == ',' && !memchr(x->t + f->ve, ',', q - 1 - f->ve)) return f;
    }
    break;
  }
  for (size_t i = 0; i < fs->n; i++) {
    figure *f = &fs->f[i];
    if (f->count || !f->money) continue;
    if (c->ve <= f->vs && f->vs - c->ve <= 140 && !figure_between(x, s, c->ve, f->vs) &&
        !members_follow(x, s, c->ve, f->money) &&
        (!inv_breaks_figure(x, c->ve, f->vs) || counts_own_raise(x, c->ve, f->vs)))
      return f;
    static const char *const joins[] = {"in", "into", "by", "across", "to", "for", "from", NULL};
    /* not over a comma: "$700 million in new capital, while (and) 95
    ** existing projects added ..." opens a clause of its own; "$1.2 billion
    ** has been invested by Japan's X in three projects": the passive's agent
    ** between them */
    static const char *const agents[] = {"invested by", "poured by", NULL};
    /* (further when the amount's noun is written out: "$28.5 billion in
    ** foreign direct investment from 2,100 valid projects", lower-case
    ** words only, the count right after "from") */
    size_t reach = fx_ends_with(x, c->vs, "from") && fx_lower_words(x, f->ve, c->vs) ? 48 : 32;
    if (f->ve <= c->vs && !figure_between(x, s, f->ve, c->vs) &&
        ((c->vs - f->ve <= reach && fx_any(x, f->ve, c->vs, joins) &&
          !memchr(x->t + f->ve, ',', c->vs - f->ve) && !memchr(x->t + f->ve, '\n', c->vs - f->ve)) ||
         (c->vs - f->ve <= 80 && fx_any(x, f->ve, c->vs, agents) && fx_ends_with(x, c->vs, "in"))))
      return f;
  }
  return NULL;
}

/* "Chinese investors account for 40 per cent of the province's 390 FDI
** projects", "60 per cent of Bắc Ninh's 2,100 projects": the count the
** percent is a part of is the whole's, no investor's figure. */
static int whole_of_percent(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  const ivl_fm *c = &s->m[i];
  while (i > 0 && s->m[i - 1].kind == FM_PLACE && s->m[i - 1].vs + 40 > c->vs) i--; /* "of Bắc Ninh's" */
  if (i == 0) return 0;
  const ivl_fm *p = &s->m[i - 1];
  return p->kind == FM_PERCENT && c->vs - p->ve <= 40 && fx_starts_with(x, p->ve, "of");
}

/* "Newly licensed projects numbered 1,988", "new projects totalled 320",
** "the number of new projects reached 320": a number of projects said as
** the verb's complement, a bare number (no count mention, as it has no
** noun after it). Its value, else 0; '*end' where the number ends. */
double inv_projects_numbered(const ivl_fctx *x, const ivl_fsent *s, size_t *end) {
  /* (and the present: "Foreign-invested projects at the park now number 63") */
  static const char *const verbs[] = {"numbered", "numbering", "totalled", "totaled", "reached", "stood at",
                                      "came to", "amounted to", "hit", "number", "now number", NULL};
  if (!(s->cues & CUE_WORKS)) return 0; /* "project*" carries it */
  for (size_t at = s->vs; (at = fx_find(x, at, s->ve, "projects")) != FX_NONE; at++) {
    size_t p = at + 8;
    while (p < s->ve && x->t[p] == ' ') p++;
    /* "New projects, numbering 248, registered ...": said in an aside */
    int aside = p < s->ve && x->t[p] == ',';
    if (aside)
      for (p++; p < s->ve && x->t[p] == ' ';) p++;
    /* most "projects" are followed by none of the verbs: by the first
    ** letter, no look for each */
    if (p >= s->ve || !strchr("ntrschai", x->t[p])) continue;
    /* "projects in Hưng Yên numbered 64", "in the province": over the
    ** place they are in */
    static const char *const units[] = {"in the province", "in the city", "in the locality", "in the country", NULL};
    for (int u = 0; x->t[p] == 'i' && units[u]; u++)
      if (fx_starts_with(x, p, units[u]))
        for (p += strlen(units[u]); p < s->ve && x->t[p] == ' ';) p++;
    if (x->t[p] == 'i' && fx_starts_with(x, p, "in"))
      for (size_t i = 0; i < s->n; i++)
        if (s->m[i].kind == FM_PLACE && s->m[i].vs > p && s->m[i].vs <= p + 4) {
          for (p = s->m[i].ve; p < s->ve && x->t[p] == ' ';) p++;
          break;
        }
    /* "projects at the park now number 63": over the place's noun too */
    static const char *const at_the[] = {"at the", "in the", NULL};
    if ((x->t[p] == 'a' || x->t[p] == 'i') && fx_starts_with_any(x, p, at_the)) {
      size_t q = p;
      for (int w = 0; w < 5 && q < s->ve; w++) {
        while (q < s->ve && x->t[q] != ' ' && x->t[q] != ',') q++; /* (a word, UTF-8 and all) */
        while (q < s->ve && x->t[q] == ' ') q++;
        if (q < s->ve && x->t[q] == 'n' && fx_starts_with(x, q, "now number")) {
          p = q;
          break;
        }
      }
    }
    /* "the number of valid projects in Bắc Ninh has reached 2,450" */
    static const char *const aux[] = {"has", "have", "had", NULL};
    if (x->t[p] == 'h' && fx_starts_with_any(x, p, aux)) {
      while (p < s->ve && ivl_isalpha((unsigned char)x->t[p])) p++;
      while (p < s->ve && x->t[p] == ' ') p++;
    }
    int k = 0;
    for (; verbs[k] && (verbs[k][0] != x->t[p] || !fx_starts_with(x, p, verbs[k])); k++) {}
    if (!verbs[k] || (aside != (strcmp(verbs[k], "numbering") == 0))) continue;
    p += strlen(verbs[k]);
    while (p < s->ve && x->t[p] == ' ') p++;
    ivl_number n;
    size_t len = ivl_number_read(x->t + p, s->ve - p, &n), e = p + len;
    if (!len || (e < s->ve && ivl_isalnum((unsigned char)x->t[e]))) continue;
    /* the number ends there: "numbered 320," "totalled 320 in the
    ** period", "numbered 78 as of June 30"; not "reached 320 million",
    ** "hit 32 per cent" */
    size_t after = e;
    while (after < s->ve && x->t[after] == ' ') after++;
    if (after < s->ve && ivl_isalpha((unsigned char)x->t[after]) && !fx_starts_with(x, after, "in") &&
        !fx_starts_with(x, after, "with") && !fx_starts_with(x, after, "and") && !fx_starts_with(x, after, "as of") &&
        !fx_starts_with(x, after, "by"))
      continue;
    double v = ivl_number_value(&n);
    /* not a year ("reached 2025 ..."), though "1,988" is no year */
    if (!ivl_is_whole(v) || v < 1 || v >= 100000 || (v >= 1900 && v <= 2100 && !memchr(x->t + p, ',', len)))
      continue;
    *end = e;
    return v;
  }
  return 0;
}

/* The money the numbered projects go with: the first amount after the
** number with no figure between ("new projects totalled 320, worth $1.5
** billion"). */
void inv_read_numbered(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  int uncounted = 0;
  for (size_t i = 0; i < fs->n; i++) uncounted |= fs->f[i].money && !fs->f[i].count;
  if (!uncounted) return;
  size_t e = 0;
  double v = inv_projects_numbered(x, s, &e);
  if (v == 0) return;
  figure *g = NULL;
  for (size_t i = 0; i < fs->n; i++)
    if (fs->f[i].money && fs->f[i].money->vs >= e && (!g || fs->f[i].money->vs < g->money->vs)) g = &fs->f[i];
  if (g && !g->count && !g->bare_count && g->money->vs - e <= 140 && !figure_between(x, s, e, g->money->vs) &&
      !inv_breaks_figure(x, e, g->money->vs))
    g->bare_count = v;
}

/* "Among the 12 lagging projects is a $150 million dyeing complex of X",
** "One of the five projects was a $40 million plant", "Among the 12
** projects licensed, X will invest $40 million": the count after "among"
** or "one of" is the group, and the amount after it, brought in by "a" or
** "an" or past the comma that closes the group's phrase, one member's;
** the count is no figure's (qweek60). Not
** "Among 62 countries ..., Singapore led with $4.9 billion" (no count of
** projects), nor "licensed 12 projects with a combined $300 million". */
static int member_of_counted(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  static const char *const group[] = {"among the", "among", "one of the", NULL};
  static const char *const one[] = {"a", "an", NULL};
  const ivl_fm *c = &s->m[i];
  if (!fx_ends_with_any(x, c->vs, group)) return 0;
  for (size_t k = i + 1; k < s->n; k++)
    if (s->m[k].kind == FM_MONEY)
      return (s->m[k].vs - c->ve <= 60 && fx_ends_with_any(x, s->m[k].vs, one)) ||
             memchr(x->t + c->ve, ',', s->m[k].vs - c->ve) != NULL;
  return 0;
}

void inv_read_counts(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *c = &s->m[i];
    if (c->kind != FM_COUNT || !(c->flags & FM_PROJECTS) || whole_of_percent(x, s, i) || member_of_counted(x, s, i))
      continue;
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

/* The number word or digits that end right at 'end' (after no more than
** 24 bytes), read whole: its value, else 0. "eight", "twenty-five", "12". */
static double number_ending_at(const ivl_fctx *x, size_t from, size_t end) {
  size_t w = end;
  while (w > from && end - w < 24 && (ivl_isalnum((unsigned char)x->t[w - 1]) || x->t[w - 1] == '-' || x->t[w - 1] == ',')) w--;
  while (w < end && !ivl_isalnum((unsigned char)x->t[w])) w++;
  if (w == end || (w > from && (unsigned char)x->t[w - 1] >= 0x80)) return 0;
  ivl_number n;
  if (ivl_number_read(x->t + w, end - w, &n) != end - w) return 0;
  double v = ivl_number_value(&n);
  /* not a year: "Korea with 2024 ($120 million)" */
  return ivl_is_whole(v) && v >= 1 && v < 100000 && !(v >= 1900 && v <= 2100) ? v : 0;
}

/* The investor a bare number at t[w] (after its "with", 'with') is said
** of: a name ending right there, or after "with" one a few lower-case
** words before ("South Korea came second with 8 ($120 million)"). */
static int number_of_investor(const ivl_fctx *x, const ivl_fsent *s, size_t w, int with) {
  for (size_t k = 0; k < s->n && s->m[k].ve <= w; k++) {
    const ivl_fm *m = &s->m[k];
    if (m->kind != FM_COUNTRY && m->kind != FM_ORG) continue;
    if (m->ve == w || (with && w - m->ve <= 30 && fx_lower_words(x, m->ve, w))) return 1;
  }
  return 0;
}

/* "Of these, 12 were domestic projects worth VNĐ14.2 trillion and 33 were
** FDI projects worth $912 million": the number of projects before "were",
** a few words of their kind between. */
static void were_counts(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  static const char *const worth[] = {"projects worth", "projects valued at", "projects capitalised at",
                                      "projects capitalized at", "projects totalling", "projects totaling", NULL};
  static const char *const were[] = {"were", "are", NULL};
  for (size_t i = 0; i < fs->n; i++) {
    figure *f = &fs->f[i];
    if (f->count || !f->money || f->bare_count || !fx_ends_with_any(x, f->money->vs, worth)) continue;
    size_t from = f->money->vs > s->vs + 60 ? f->money->vs - 60 : s->vs;
    size_t pr = fx_find(x, from, f->money->vs, "projects");
    for (size_t n = pr; n != FX_NONE; n = fx_find(x, n + 1, f->money->vs, "projects")) pr = n; /* the last */
    size_t w = pr == FX_NONE ? FX_NONE : fx_first(x, pr > from + 30 ? pr - 30 : from, pr, were);
    if (w == FX_NONE) continue;
    for (size_t n = fx_first(x, w + 1, pr, were); n != FX_NONE; n = fx_first(x, n + 1, pr, were)) w = n;
    /* (only words of their kind between: "domestic", "FDI", "new") */
    int plain = 1;
    for (size_t k = w; k < pr && plain; k++) plain = x->t[k] != ',' && !ivl_isdigit((unsigned char)x->t[k]);
    size_t e = w;
    while (e > s->vs && x->t[e - 1] == ' ') e--;
    double v = plain ? number_ending_at(x, s->vs, e) : 0;
    if (v > 0) f->bare_count = v;
  }
}

/* "licensed three new projects with $286 million and approved capital
** increases for five others totalling $531 million": the number of
** "others" joined to the amount by a word of worth, in a sentence that
** counts projects, counts projects too (not "five others among its
** investors added $531 million"); so does the "by" of an increase ("raised
** the capital of 41 others by $870 million"). */
static double others_before(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *money) {
  static const char *const worth[] = {"totalling", "totaling", "worth", "with", "valued at", "capitalised at",
                                      "capitalized at", "by", NULL};
  for (int k = 0; worth[k]; k++) {
    if (!fx_ends_with(x, money->vs, worth[k])) continue;
    size_t at = money->vs;
    while (at > s->vs && x->t[at - 1] == ' ') at--;
    at -= strlen(worth[k]);
    while (at > s->vs && x->t[at - 1] == ' ') at--;
    if (!fx_ends_with(x, at, "others")) return 0;
    at -= 6;
    while (at > s->vs && x->t[at - 1] == ' ') at--;
    return number_ending_at(x, s->vs, at);
  }
  return 0;
}

/* "and approved capital increases of $213 million for 11 others": the
** number of "others" right after the amount, those it was for (its "for"
** or "to" right after it), counts the amount's projects as others_before
** does when said first. */
static double others_after(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *money) {
  static const char *const for_them[] = {"for", "to", NULL};
  size_t end = money->ve + 24 < s->ve ? money->ve + 24 : s->ve;
  size_t at = fx_find(x, money->ve, end, "others");
  if (at == FX_NONE) return 0;
  size_t e = at;
  while (e > money->ve && x->t[e - 1] == ' ') e--;
  size_t b = e; /* the number's first byte */
  while (b > money->ve && x->t[b - 1] != ' ') b--;
  size_t w = b; /* the word before it */
  while (w > money->ve && x->t[w - 1] == ' ') w--;
  while (w > money->ve && ivl_isalpha((unsigned char)x->t[w - 1])) w--;
  if (!fx_only(x, money->ve, w, "") || !fx_starts_with_any(x, w, for_them)) return 0;
  return number_ending_at(x, b, e);
}

/* The cells of the line t[vs, ve), split at bars or at runs of spaces
** that align columns: their starts in 'at' (at most 'max'); how many. */
static size_t line_cells(const char *t, size_t vs, size_t ve, size_t *at, size_t max) {
  size_t n = 0, p = vs;
  while (p < ve && n < max) {
    while (p < ve && (t[p] == ' ' || t[p] == '|')) p++;
    if (p >= ve) break;
    at[n++] = p;
    while (p < ve && t[p] != '|' && !(t[p] == ' ' && p + 1 < ve && (t[p + 1] == ' ' || t[p + 1] == '|'))) p++;
  }
  return n;
}

/* The whole number that fills the cell at 'p' alone ("412", "1,120"), or 0. */
static double cell_number(const char *t, size_t p, size_t ve) {
  double v = 0;
  size_t q = p;
  for (; q < ve && (ivl_isdigit((unsigned char)t[q]) || (t[q] == ',' && q > p)); q++)
    if (t[q] != ',') v = v * 10 + (t[q] - '0');
  return q > p && (q == ve || t[q] == ' ' || t[q] == '|') && v < 100000 ? v : 0;
}

/* "Rank | Investor | Registered capital | Projects" over "1 | Singapore |
** US$6.2 billion | 412", or the same aligned by spaces: a bare number in a
** table's row, in the column after the amount's that the head row names
** projects, counts the amount's projects. */
static void table_column_counts(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  enum { MAX_CELLS = 8 };
  static const char *const projects[] = {"projects", "new projects", "number of projects", NULL};
  const char *t = x->t;
  /* a row is a line of its own inside the sentence: with no line break in
  ** it, every figure's line starts where the sentence does (read below as
  ** no row), so its figures are not walked to their lines' ends */
  if (!fs->n || !memchr(t + s->vs, '\n', s->ve - s->vs)) return;
  for (size_t i = 0; i < fs->n; i++) {
    figure *f = &fs->f[i];
    if (f->count || f->bare_count || !f->money) continue;
    size_t rs = f->money->vs, re = f->money->ve, hs, he;
    while (rs > s->vs && t[rs - 1] != '\n') rs--;
    while (re < s->ve && t[re] != '\n') re++;
    if (rs == s->vs || !ivl_layout_table_row(t, rs, re)) continue;
    /* the head row: the nearest line above with no digit */
    for (he = rs - 1;; he = hs - 1) {
      for (hs = he; hs > s->vs && t[hs - 1] != '\n';) hs--;
      size_t d = hs;
      while (d < he && !ivl_isdigit((unsigned char)t[d])) d++;
      if (d == he || hs == s->vs) break;
    }
    size_t rc[MAX_CELLS], hc[MAX_CELLS];
    size_t nr = line_cells(t, rs, re, rc, MAX_CELLS), nh = line_cells(t, hs, he, hc, MAX_CELLS), c = 0;
    while (c + 1 < nr && rc[c + 1] <= f->money->vs) c++;
    if (nr != nh || c + 1 >= nr || !fx_starts_with_any(x, hc[c + 1], projects)) continue;
    double v = cell_number(t, rc[c + 1], re);
    if (v > 0) f->bare_count = v;
  }
}

/* "2,060 valid projects worth $35.4 billion, including 620 from Korea
** worth $7.9 billion", "of which 300 from Japan are worth $2 billion": a
** part's bare number, right before "from" and its source, opened by its
** part word (or by "and" or a comma after one: "including 120 from Japan
** with $2.1 billion and 90 from Korea with $1.5 billion"), no other number
** up to the money; 0 if none, else its start in *at. */
static double part_number_from(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *money, size_t *at) {
  static const char *const parts[] = {"including", "of which", NULL};
  size_t from = money->vs > s->vs + 120 ? money->vs - 120 : s->vs;
  size_t fr = fx_find_last(x, from, money->vs, "from");
  if (fr == FX_NONE) return 0;
  for (size_t q = fr; q < money->vs; q++)
    if (ivl_isdigit((unsigned char)x->t[q])) return 0;
  size_t e = fr;
  while (e > from && x->t[e - 1] == ' ') e--;
  double v = number_ending_at(x, from, e);
  if (v == 0) return 0;
  size_t b = e;
  while (b > from && x->t[b - 1] != ' ') b--;
  size_t p = b;
  while (p > from && x->t[p - 1] == ' ') p--;
  int opened = fx_ends_with_any(x, b, parts) ||
               ((fx_ends_with(x, b, "and") || (p > from && x->t[p - 1] == ',')) && fx_any(x, from, b, parts));
  if (!opened) return 0;
  *at = b;
  return v;
}

/* "licensed 38 new FDI projects and approved capital increases for 21
** others": "others" after a count of projects, with no amount of their
** own, are a figure of their own, projects as the count's are (with an
** amount, "for five others totalling $531 million", others_before counts
** the amount's, and a clause's "five others added $531 million" is of
** investors). */
static void others_alone(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  /* (most sentences count no projects: that is looked at first) */
  int counted = 0;
  for (size_t i = 0; i < fs->n && !counted; i++) counted = fs->f[i].count && (fs->f[i].count->flags & FM_PROJECTS);
  size_t at = counted && fs->n < MAX_FIGURES ? fx_find(x, s->vs, s->ve, "others") : FX_NONE;
  if (at == FX_NONE) return;
  counted = 0;
  for (size_t i = 0; i < fs->n; i++) {
    const figure *f = &fs->f[i];
    counted |= f->count && (f->count->flags & FM_PROJECTS) && f->count->ve <= at;
    /* its amount, in its clause ("five others among its investors added
    ** $531 million"; not "for 21 others, with combined capital of ...") */
    if (f->money && f->money->vs >= at && !memchr(x->t + at, ',', f->money->vs - at)) return;
  }
  /* "... of $213 million for 11 others": the amount's own (others_after) */
  for (size_t i = 0; i < fs->n; i++)
    if (fs->f[i].money && fs->f[i].money->ve <= at && others_after(x, s, fs->f[i].money) > 0) return;
  size_t e = at;
  while (e > s->vs && x->t[e - 1] == ' ') e--;
  double v = counted ? number_ending_at(x, s->vs, e) : 0;
  if (v == 0) return;
  size_t b = e;
  while (b > s->vs && x->t[b - 1] != ' ') b--;
  /* what was done for them ("for 21 others", "to nine others"), not what
  ** they do ("and 15 others are awaiting licences") */
  static const char *const for_them[] = {"for", "to", NULL};
  if (!fx_ends_with_any(x, b, for_them)) return;
  /* the figure ends after "others" */
  fs->f[fs->n++] = (figure){.vs = (uint32_t)b, .ve = (uint32_t)(at + 6), .cs = s->vs, .ce = s->ve, .bare_count = v};
}

#define MAX_TO_PART 40 /* bytes from a count to the comma before its part */

/* The part told after a count of projects, read up to 'to': past the
** comma at most 'reach' bytes on (no digit before it), the number opening
** the words after it ("17 projects in May, five of them"), below the
** count. Its value (0 when none), the comma at *comma, its word [*ps, *pe). */
static double part_after_count(const ivl_fctx *x, const ivl_fm *count, size_t reach, size_t to, size_t *comma,
                               size_t *ps, size_t *pe) {
  size_t p = count->ve, lim = p + reach < to ? p + reach : to;
  while (p < lim && x->t[p] != ',' && !ivl_isdigit((unsigned char)x->t[p])) p++;
  if (p == lim || x->t[p] != ',') return 0;
  size_t n = p + 1;
  while (n < to && x->t[n] == ' ') n++;
  size_t e = n;
  while (e < to && ivl_isalnum((unsigned char)x->t[e])) e++;
  double v = number_ending_at(x, n, e);
  if (v >= count->value) return 0;
  *comma = p, *ps = n, *pe = e;
  return v;
}

/* The words after a part's number, its word ending at 'e': "12 of them"
** (a part of the count before), */
static const char *const part_of_them[] = {"of them", "of which", "of these", NULL};
/* or, the whole named first ("Of the 27 projects, 16 were from ..."), a
** verb: is the part at 'e' so told? */
static int whole_named_first(const ivl_fctx *x, const ivl_fm *count, size_t e) {
  static const char *const were[] = {"were", "are", "came", "come", NULL};
  return fx_ends_with(x, count->vs, "of the") && fx_starts_with_any(x, e + 1, were);
}

/* "handed certificates to 23 projects, 12 of them foreign-invested with
** total capital of $640 million": the part named after the count (a
** comma and a few words on: "17 projects in May, five of them"), with the
** money after it, is what the money counts. Money said before the part
** ("23 projects worth $640 million, 12 of them ...") is the whole's. */
/* (also the whole named first: "Of the 27 projects, 16 were from domestic
** investors with total capital of VNĐ37 trillion") */
static void part_of_count(const ivl_fctx *x, figures *fs) {
  for (size_t i = 0; i < fs->n; i++) {
    figure *f = &fs->f[i];
    if (!f->count || !f->money || !(f->count->flags & FM_PROJECTS) || f->money->vs < f->count->ve) continue;
    size_t p, n, e;
    double v = part_after_count(x, f->count, MAX_TO_PART, f->money->vs, &p, &n, &e);
    if (v == 0 || (!fx_starts_with_any(x, e + 1, part_of_them) && !whole_named_first(x, f->count, e))) continue;
    f->count = NULL, f->bare_count = v;
  }
}

/* "Korean investors accounted for eight of the 12 projects", "hold 48 of
** those 120 projects": a number right before "of the" and the whole's
** count is the part the clause tells of, not the whole. */
static void part_before_count(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  static const char *const of_the[] = {"of the", "of those", "of these", NULL};
  for (size_t i = 0; i < fs->n; i++) {
    figure *f = &fs->f[i];
    if (!f->count || !(f->count->flags & FM_PROJECTS) || f->count->vs < s->vs + 8 ||
        !fx_ends_with_any(x, f->count->vs, of_the))
      continue;
    /* (back no further than the sentence: a count 8 or 9 bytes into it) */
    size_t back = f->count->vs >= s->vs + 10 ? f->count->vs - 10 : s->vs;
    size_t o = fx_last(x, back, f->count->vs, of_the);
    if (o == FX_NONE) continue;
    while (o > s->vs && x->t[o - 1] == ' ') o--;
    double v = number_ending_at(x, s->vs, o);
    if (v > 0 && v < f->count->value) f->count = NULL, f->bare_count = v;
  }
}

/* Is a source (a country, its people or a firm) named in the part's
** clause, from 'at' to its next comma, and the only one after 'at'? */
static int part_names_source(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  size_t to = at + 60 < s->ve ? at + 60 : s->ve;
  const char *comma = memchr(x->t + at, ',', to - at);
  if (comma) to = (size_t)(comma - x->t);
  int named = 0, after = 0;
  for (size_t i = 0; i < s->n; i++) {
    if (s->m[i].vs < at || (s->m[i].kind != FM_COUNTRY && s->m[i].kind != FM_ORG)) continue;
    named |= s->m[i].ve <= to;
    after++;
  }
  /* (one source in all: "eight of them from Korea and three from Japan"
  ** is a list, its parts not told apart here) */
  return named && after == 1;
}

/* "licensed 12 projects in May, eight of them from Korean investors": with
** no money, the part after the whole is a figure of its own (the whole
** stays the locality's); "Of the 12 projects, eight came from Korea": the
** whole named first only to tell its part, is the part. */
static void part_of_count_alone(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  if (fs->n != 1 || fs->f[0].money || !fs->f[0].count || !(fs->f[0].count->flags & FM_PROJECTS)) return;
  figure *f = &fs->f[0];
  size_t p, n, e;
  double v = part_after_count(x, f->count, MAX_TO_PART * 2, s->ve, &p, &n, &e);
  if (v == 0 || !part_names_source(x, s, e)) return;
  if (whole_named_first(x, f->count, e)) {
    f->count = NULL, f->bare_count = v;
    return;
  }
  if (!fx_starts_with_any(x, e + 1, part_of_them)) return;
  /* (the part's own figure, its source after it) */
  f->ce = (uint32_t)p;
  fs->f[fs->n++] = (figure){.vs = (uint32_t)n, .ve = (uint32_t)e, .cs = (uint32_t)p + 1, .ce = s->ve, .bare_count = v};
}

/* "Japanese investors account for 248 of those projects, worth $6.1
** billion": a number right before "of those projects" (the projects told
** before, so no count of its own) counts the projects of the money after
** it in its clause. */
enum { NEAR_PROJECTS = 100 }; /* bytes back from the money to "of those projects" */

static void part_of_projects_told(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  static const char *const of_projects[] = {"of the projects", "of those projects", "of these projects", NULL};
  static const char *const picked_out[] = {"including", "among them", "notably", "such as", NULL};
  for (size_t i = 0; i < fs->n; i++) {
    figure *f = &fs->f[i];
    if (f->count || f->bare_count > 0 || !f->money || f->money->vs < f->cs + 20) continue;
    /* (the phrase is a few words before the money: the look goes back no
    ** further, or a long clause would be read again for each figure) */
    size_t from = f->money->vs > s->vs + NEAR_PROJECTS ? f->money->vs - NEAR_PROJECTS : s->vs;
    if (from < f->cs) from = f->cs;
    size_t o = fx_last(x, from, f->money->vs, of_projects);
    /* (not a project picked out of them: "received ten of the projects,
    ** including a $540 million plant of X") */
    if (o == FX_NONE || fx_any(x, o, f->money->vs, picked_out)) continue;
    while (o > s->vs && x->t[o - 1] == ' ') o--;
    double v = number_ending_at(x, s->vs, o);
    if (v > 0) f->bare_count = v;
  }
}

void inv_read_bare_counts(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  part_before_count(x, s, fs);
  part_of_projects_told(x, s, fs);
  part_of_count(x, fs);
  part_of_count_alone(x, s, fs);
  were_counts(x, s, fs);
  table_column_counts(x, s, fs);
  others_alone(x, s, fs);
  if (fs->n < 2) return; /* a list: most sentences have one figure */
  /* most lists count no projects, or count those of every figure */
  int counted = 0, uncounted = 0;
  for (size_t i = 0; i < fs->n; i++) {
    if (!fs->f[i].money) continue;
    counted |= fs->f[i].count != NULL;
    uncounted |= fs->f[i].count == NULL;
  }
  if (!counted || !uncounted) return;
  for (size_t i = 0; i < fs->n; i++) {
    figure *f = &fs->f[i];
    if (f->count || !f->money || f->money->vs < s->vs + 4) continue;
    double others = others_before(x, s, f->money);
    if (others == 0) others = others_after(x, s, f->money);
    if (others > 0) {
      f->bare_count = others;
      continue;
    }
    /* (the part's number is its figure's own: the source after it, inside) */
    size_t part_at;
    double part = part_number_from(x, s, f->money, &part_at);
    if (part > 0) {
      f->bare_count = part, f->vs = (uint32_t)part_at;
      continue;
    }
    /* "Korea eight ($120 million)", "China with 25 ($280 million)",
    ** "Singapore (five, $62 million)", "Korea with eight and $120 million" */
    size_t p = f->money->vs;
    while (p > s->vs && x->t[p - 1] == ' ') p--;
    int sep = p > s->vs ? x->t[p - 1] : 0;
    if (sep == '(' || sep == ',') p--;
    else if (fx_ends_with(x, p, "and")) p -= 3, sep = 'a';
    else continue;
    while (p > s->vs && x->t[p - 1] == ' ') p--;
    double v = number_ending_at(x, s->vs, p);
    if (v == 0) continue;
    size_t w = p;
    while (w > s->vs && x->t[w - 1] != ' ' && x->t[w - 1] != '(') w--;
    while (w > s->vs && x->t[w - 1] == ' ') w--;
    if (sep == ',') { /* the number opens the bracket */
      if (w == s->vs || x->t[w - 1] != '(') continue;
      w--;
      while (w > s->vs && x->t[w - 1] == ' ') w--;
    }
    int with = fx_ends_with(x, w, "with");
    if (sep == 'a' && !with) continue;
    if (with) {
      w -= 4;
      while (w > s->vs && x->t[w - 1] == ' ') w--;
    }
    if (number_of_investor(x, s, w, with)) f->bare_count = v;
  }
}

double inv_bare_count_after(const ivl_fctx *x, const ivl_fsent *s, size_t at, size_t *end) {
  size_t p = at;
  while (p < s->ve && x->t[p] == ' ') p++;
  if (fx_starts_with(x, p, "with")) p += 4;
  else if (p < s->ve && x->t[p] == '(') p++;
  else return 0;
  while (p < s->ve && x->t[p] == ' ') p++;
  ivl_number n;
  size_t len = ivl_number_read(x->t + p, s->ve - p, &n), e = p + len;
  if (!len || (e < s->ve && ivl_isalnum((unsigned char)x->t[e]))) return 0;
  /* the number ends its member: "with 9 and", "with nine,", "(9)"; not
  ** "with 9 per cent", "with 12 new ones" */
  size_t after = e;
  while (after < s->ve && x->t[after] == ' ') after++;
  if (after < s->ve && !strchr(",;.)", x->t[after]) && !fx_starts_with(x, after, "and")) return 0;
  double v = ivl_number_value(&n);
  if (!ivl_is_whole(v) || v < 1 || v >= 100000 || (v >= 1900 && v <= 2100)) return 0;
  *end = e < s->ve && x->t[e] == ')' ? e + 1 : e;
  return v;
}

_Static_assert(sizeof(figure) <= IVL_SORT_TMP, "sorted stably by ivl_sort_nearly, not handed to qsort");
static int by_start(const void *pa, const void *pb) {
  const figure *a = pa, *b = pb;
  return a->vs < b->vs ? -1 : a->vs > b->vs;
}

/* "... $50 million in Laos and Cambodia $30 million", "..., the US $220
** million": where the gapped member of figure 'f' begins, the "and" or
** comma before the place or country written right before its amount;
** FX_NONE when it has none. */
static size_t gapped_start(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t from, size_t *member) {
  if (!f->money) return FX_NONE;
  const ivl_fm *p = NULL;
  for (size_t i = 0; i < s->n && s->m[i].ve <= f->money->vs; i++)
    if (s->m[i].vs >= from) p = &s->m[i];
  if (!p || (p->kind != FM_PLACE && p->kind != FM_COUNTRY)) return FX_NONE;
  *member = p->vs;
  for (size_t q = p->ve; q < f->money->vs; q++)
    if (x->t[q] != ' ') return FX_NONE;
  size_t b = p->vs;
  while (b > from && x->t[b - 1] == ' ') b--;
  if (fx_ends_with(x, b, "the")) b -= 3;
  while (b > from && x->t[b - 1] == ' ') b--;
  if (b > from && x->t[b - 1] == ',') return b - 1;
  return b >= from + 3 && fx_ends_with(x, b, "and") ? b - 3 : FX_NONE;
}

/* "VNĐ3 trillion went into a plant in A and VNĐ2 trillion into a port in
** B": a member whose verb is left out, "and" right before its amount and
** "into" (or "in", "to") right after it, begins at the "and"; what comes
** before is the figure before's (set qweek121). Where that "and" is, or
** FX_NONE. Not "between $2 million and $3 million in" (a range). */
static size_t and_verbless_member(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t from) {
  static const char *const into[] = {"into", "in", "to", NULL};
  if (!f->money || f->money->vs < from + 5 || !fx_ends_with(x, f->money->vs, "and")) return FX_NONE;
  size_t after = f->money->ve;
  while (after < s->ve && x->t[after] == ' ') after++;
  if (!fx_starts_with_any(x, after, into) || fx_find(x, from, f->money->vs, "between") != FX_NONE) return FX_NONE;
  size_t and = f->money->vs;
  while (and > from && x->t[and - 1] == ' ') and--;
  return and - 3;
}

/* Where ", and in 2022" (", and on May 3", ", and by 2030") opens a clause
** in [from, to): the "and", else FX_NONE. */
static size_t and_dated_clause(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  static const char *const preps[] = {"in", "on", "by", NULL};
  for (size_t i = 0; i < s->n && s->m[i].vs < to; i++) {
    if (s->m[i].kind != FM_DATE || s->m[i].vs <= from || !fx_ends_with_any(x, s->m[i].vs, preps)) continue;
    size_t w = s->m[i].vs;
    while (w > from && x->t[w - 1] == ' ') w--;
    while (w > from && ivl_isalpha((unsigned char)x->t[w - 1])) w--; /* the preposition */
    while (w > from && x->t[w - 1] == ' ') w--;
    if (w >= from + 5 && fx_ends_with(x, w, "and") && x->t[w - 4] == ' ' && x->t[w - 5] == ',') return w - 3;
    /* (or a verb of its own before the date: "licensed in 2005 with
    ** capital of $45 million, and expanded it in 2014 with a further $60
    ** million"; a few lower-case words, no figure between) */
    size_t a = w;
    while (a > from && w - a < 30 && memcmp(x->t + a, ", and ", 6) != 0) a--;
    if (a >= from && w - a < 30 && a + 6 < w && memcmp(x->t + a, ", and ", 6) == 0 && fx_lower_words(x, a + 6, w) &&
        fx_find(x, a + 6, w, "and") == FX_NONE)
      return a + 2;
  }
  return FX_NONE;
}

/* "In September, the city signed a memorandum with Japan's X to develop a
** hub, and Korean shipping line Y took a 30 per cent stake in ... for
** $72mn": after a signing told without a figure, ", and" and a company
** (a demonym and a description before it allowed) that goes on with its
** own verb open the figure's clause; the signing's partner is no buyer
** (set qweek57). Where that clause begins, or FX_NONE. */
static size_t and_subject_after_signing(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  static const char *const signs[] = {"signed", "signs", "inked", NULL};
  size_t sg = fx_first(x, from, to, signs);
  if (sg == FX_NONE) return FX_NONE;
  size_t and = sg;
  while ((and = fx_find(x, and + 1, to, "and")) != FX_NONE && !(and >= 2 && x->t[and - 2] == ','))
    ;
  if (and == FX_NONE) return FX_NONE;
  size_t p = and + 4;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < p || m->kind != FM_ORG) continue; /* (a demonym or a trade's word before it) */
    if (m->ve >= to || !(m->flags & FM_COMPANY) || m->vs - p > 48 ||
        memchr(x->t + p, ',', m->vs - p) || memchr(x->t + m->ve, ',', to - m->ve) || x->t[m->ve] != ' ' ||
        !ivl_islower((unsigned char)x->t[m->ve + 1]))
      return FX_NONE;
    return p;
  }
  return FX_NONE;
}

void inv_set_clauses(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  static const char *const contrast[] = {"but", "whereas", "while", NULL};
  /* most sentences have one figure or none, the rest are found nearly in
  ** order: qsort was 2,060 calls and 0.22M instructions on b1 (stable,
  ** as qsort, a merge sort, was) */
  ivl_sort_nearly(fs->f, fs->n, sizeof *fs->f, by_start, 8);
  /* a heading and its list, one item a line ("The pipeline includes:" /
  ** "- a VNĐ18 trillion township in Long An" / "- two apartment projects
  ** worth ..."): each line is its figure's clause */
  int lines = fs->n > 1 && memchr(x->t + s->vs, '\n', s->ve - s->vs) != NULL;
  for (size_t i = 0; i < fs->n; i++) {
    fs->f[i].cs = i ? fs->f[i - 1].ve : s->vs;
    fs->f[i].ce = i + 1 < fs->n ? fs->f[i + 1].vs : s->ve;
    size_t member;
    if (i && gapped_start(x, s, &fs->f[i], fs->f[i - 1].ve, &member) != FX_NONE) fs->f[i].cs = (uint32_t)member;
    else if (i && (member = and_verbless_member(x, s, &fs->f[i], fs->f[i - 1].ve)) != FX_NONE)
      fs->f[i].cs = (uint32_t)member;
    /* "cut its capital by $20 million to $110 million": the total an
    ** increase or a cut brings it to is said in the clause of the amount
    ** before it (whose subject is its investor, though that amount is no
    ** fact) */
    if (i && fs->f[i].raised_to && fs->f[i - 1].money && fs->f[i].vs - fs->f[i - 1].ve < 8 &&
        fx_ends_with(x, fs->f[i - 1].money->vs, "by"))
      fs->f[i].cs = fs->f[i - 1].cs;
    /* "Korea has the most projects, 105, but Hong Kong is the largest
    ** investor with $4.3 billion": the clause begins at the contrast */
    for (size_t at = fs->f[i].cs; (at = fx_first(x, at, fs->f[i].vs, contrast)) != FX_NONE; at++)
      fs->f[i].cs = (uint32_t)at;
    size_t and_subject = and_subject_after_signing(x, s, fs->f[i].cs, fs->f[i].vs);
    if (and_subject != FX_NONE) fs->f[i].cs = (uint32_t)and_subject;
    /* "... since 2019, when Korea's Hanbit Bank paid VNĐ20 trillion for
    ** ...": a past deal told in a "when" clause of its own subject (a
    ** name right after "when") begins the figure's clause */
    /* (or the sentence's subject taken up by a pronoun after a start
    ** year: "X has been in Huế since 2012, when it invested $120 million
    ** in a resort"; not a baseline's "than in 2022, when it drew ...") */
    static const char *const pronouns[] = {"it", "they", NULL};
    size_t when = fx_find(x, fs->f[i].cs, fs->f[i].vs, "when");
    if (when != FX_NONE && when >= s->vs + 2 && x->t[when - 2] == ',' && x->t[when + 4] == ' ' &&
        (ivl_isupper((unsigned char)x->t[when + 5]) ||
         (fx_starts_with_any(x, when + 5, pronouns) && when >= s->vs + 13 &&
          ivl_isdigit((unsigned char)x->t[when - 3]) && ivl_isdigit((unsigned char)x->t[when - 6]) &&
          fx_ends_with(x, when - 6, "since"))))
      fs->f[i].cs = (uint32_t)(when + 5);
    /* "In 2019 it put $210 million into X, and in 2022 it bought ... for
    ** $130 million": ", and" with a date of its own opens the figure's
    ** clause, whose date that is */
    if (i) {
      size_t at = and_dated_clause(x, s, fs->f[i].cs, fs->f[i].vs);
      if (at != FX_NONE) fs->f[i].cs = (uint32_t)at;
    }
    /* and ends at one: "Long An came fourth, attracting $800 million,
    ** while Thái Nguyên placed fifth": what follows has its own subject */
    size_t end = fx_first(x, fs->f[i].ve, fs->f[i].ce, contrast);
    if (end != FX_NONE) fs->f[i].ce = (uint32_t)end;
    /* and at a gapped member's "and": its place is the next figure's */
    size_t gap = i + 1 < fs->n ? gapped_start(x, s, &fs->f[i + 1], fs->f[i].ve, &member) : FX_NONE;
    if (gap == FX_NONE && i + 1 < fs->n) gap = and_verbless_member(x, s, &fs->f[i + 1], fs->f[i].ve);
    if (gap != FX_NONE && gap < fs->f[i].ce) fs->f[i].ce = (uint32_t)gap;
    if (lines) {
      size_t b = fs->f[i].vs;
      while (b > fs->f[i].cs && x->t[b - 1] != '\n') b--;
      fs->f[i].cs = (uint32_t)b;
      const char *e = memchr(x->t + fs->f[i].ve, '\n', fs->f[i].ce - fs->f[i].ve);
      if (e) fs->f[i].ce = (uint32_t)(e - x->t);
    }
  }
}

/* "..., and a third in Hưng Yên in 2016 worth $180 million", "..., and
** Taiwan ranks first among its investors with $7.4 billion": is a word at
** 'pos' past figure f's end in a clause of the figure 'next' (", and" and
** a noun phrase, "a", "an", "another", "the" or a name, not a verb whose
** subject is f's) that runs on to it with no comma? Not "..., and
** remained the largest investor ahead of Japanese investors with $3
** billion", "..., and opened it in 2012, before adding $200 million". */
static int in_clause_of_next(const ivl_fctx *x, const figure *f, const figure *next, size_t pos) {
  static const char *const openers[] = {"a", "an", "another", "the", NULL};
  size_t and = FX_NONE;
  for (const char *c = x->t + f->ve; (c = memchr(c, ',', (size_t)(x->t + pos - c))) != NULL; c++)
    if ((size_t)(c - x->t) + 6 <= pos && !memcmp(c + 1, " and ", 5)) and = (size_t)(c - x->t) + 6;
  return and != FX_NONE && (ivl_isupper((unsigned char)x->t[and]) || fx_starts_with_any(x, and, openers)) &&
         !memchr(x->t + pos, ',', next->vs - pos) && !memchr(x->t + pos, ';', next->vs - pos);
}

/* The figure a word at 'pos' is said of: the last one begun before it, else
** the first. */
static figure *figure_of(const ivl_fctx *x, figures *fs, size_t pos) {
  figure *f = fs->n ? &fs->f[0] : NULL;
  for (size_t i = 0; i < fs->n; i++)
    if (fs->f[i].vs <= pos) f = &fs->f[i];
  /* "In January, X attracted $612 million, while in 2023 it drew $1.8
  ** billion": a date after a contrast that opens the next figure's clause
  ** is that figure's (only a contrast starts a clause past the figure
  ** before's end) */
  size_t k = f ? (size_t)(f - fs->f) + 1 : 0;
  if (f && k < fs->n && fs->f[k].cs > f->ve && fs->f[k].cs <= pos) return &fs->f[k];
  /* "a second factory in Hà Nội in 2008 with $120 million, and a third in
  ** Hưng Yên in 2016 worth $180 million": so too a date after ", and"
  ** and a noun phrase past the figure, before the next one */
  if (f && k < fs->n && pos > f->ve && pos < fs->f[k].vs && in_clause_of_next(x, f, &fs->f[k], pos))
    return &fs->f[k];
  return f;
}

/* }====================================================================== */

/* {======================================================================
** Polarity and modality: what is not a fact (GUIDELINES rule 13)
** ======================================================================= */

/* The words of the tests below that look in a range of the sentence,
** lists of their own and the built-in lexicons 'goal', 'terminated' and
** 'comparison'. */
static const char *const mixed_totals[] = {
  "domestic and foreign", "foreign and domestic", "domestic and fdi", "fdi and domestic",
  /* "to 14 investors, both foreign and Vietnamese" (set qpromo) */
  "foreign and vietnamese", "vietnamese and foreign", "foreign and local", "local and foreign", NULL};
/* "Our running tally: seven certificates and decisions worth a combined
** VND51.6 trillion", "By our count, the deals signed so far add up to
** $2 billion": a live page's own sum of the deals its entries told, each
** a fact of its own, no statement of an investment (set qweek139). */
static const char *const newsroom_tally[] = {"our tally", "our running tally", "our running count", "by our count",
                                             "our count", "our tally so far", NULL};
/* "$2 billion in the same period last year" is a baseline; a bare "in the
** same period" is the period just told ("Three projects added $215 million
** in the same period"), no comparison */
static const char *const compared_after[] = {
  "a year earlier", "a year ago", "in the same period last", "in the same period of", "in the same period in",
  "in the same month of", "in the same month last", "in the same quarter of", "in the same quarter last",
  "the same time last", "the previous year", NULL};
static const char *const foreign_parts[] = {"including", "of which", "of them", NULL};
static const char *const negated[] = {"no", NULL};
static const char *const conditions[] = {"if", "unless", NULL};

/* "urged agencies to remove obstacles so that the city can attract at
** least $4 billion": what a place could draw is a goal, no capital drawn
** (goal). A list of its own: LEX_GOAL past 64 words leaves fx_first's
** filtered path (+3M Ir on /tmp/b1). */
static const char *const could_draw[] = {"can attract", "could attract", "can draw", "could draw", "can lure",
                                         "could lure", NULL};

/* "He asked departments to support the province in drawing at least $2.5
** billion in FDI next year", "urged the zone authority to help Hà Nội
** attract $1 billion": a leader's request that others help the place draw
** money is the place's goal too (rule 13; qprov). The request word, then
** "to", then a drawing verb still to be done (not "drew", "has drawn"). */
/* (or wished of it: "The city wants the park to house 300 projects worth
** $20 billion by 2030", qsci) */
static const char *const requests[] = {"asked", "asks", "asking", "urged", "urges", "urging", "requested", "requests",
                                       "called on", "calls on", "instructed", "directed", "wants", "wanted", NULL};
static const char *const draw_to_come[] = {"attract", "draw", "lure", "attracting", "drawing", "luring",
                                           "house", "host", "reach", NULL};

/* "its proposal to expand the refinery at a cost of $1.3 billion is still
** awaiting approval", "was studying a plan to expand the port at an
** estimated cost of VNĐ3.5 trillion", "proposals worth $6 billion, none of
** which has yet been licensed", "signed an agreement to study a wind farm
** worth $340 million", "Under the MoU, X will study a wind cluster with
** estimated investment of $700 million": a project not decided yet, under study or awaiting a
** licence in the figure's clause, is no investment (rule 13, as a goal is;
** not "yet to be built": a licensed works not finished). */
static const char *const undecided_words[] = {
  "awaiting", "awaits", "pending approval", "pending approvals", "pending licen*", "under study",
  "under review", "under consideration", "studying", "to study", "will study", "would study", "to explore",
  "will explore", "reviewing", "yet to be approved",
  /* "investors had proposed a further 40 projects ... that were still
  ** being reviewed": proposals the authorities have yet to decide on, the
  ** passive of "reviewing" said of the projects by a relative (set
  ** qweek5; not "whose grid link is being reviewed", a licensed plant's) */
  "that are being reviewed", "that were being reviewed", "which are being reviewed", "which were being reviewed",
  "that are still being reviewed", "that were still being reviewed", "which are still being reviewed",
  "which were still being reviewed",
  /* "30 firms were surveying sites in Bắc Ninh, with a combined planned
  ** investment of $1.2 billion": a site still sought, nothing decided */
  "surveying sites", "surveying locations", "surveying land", "scouting for", "scouting sites",
  "looking for sites", "looking for locations", "searching for sites", "searching for locations",
  /* "has asked the ministry to speed up appraisal of three large projects
  ** worth $1.2 billion": projects still being appraised (qprov) */
  "under appraisal", "being appraised", "to appraise", "speed up appraisal", "speed up the appraisal",
  "speed up approval", "speed up the approval", "speed up licen*", "speed up the licen*",
  "yet to be licen*", "yet been approved", "yet been licen*", "not been approved", "not been licen*",
  /* "the province has not approved a proposal by X to build a $1.6
  ** billion plant", "rejected a plan by Y for a $500 million park": an
  ** approval refused, so nothing licensed (set qpolicy) */
  "not approved", "not approve", "not yet approved", "yet to approve", "refused to approve", "refused to licen*",
  "declined to approve", "rejected a proposal", "rejected the proposal", "rejected its proposal",
  "rejected a plan", "rejected the plan", "rejected an application", "rejected the application",
  "rejection of", "turned down",
  /* "The $450 million park of X was submitted for approval last month":
  ** put to the authorities, the passive after the figure (see
  ** submitted_for_decision) */
  "submitted for approval", "submitted for appraisal", "submitted for consideration",
  /* "the port, whose first phase has been estimated at $2.3 billion,
  ** remains at the feasibility study stage and no investor has yet been
  ** selected": works only studied, no one's capital (set qweek9) */
  "feasibility study stage", "feasibility stage", "pre-feasibility stage", "no investor has yet been",
  "no investor has been selected", "no investor has been chosen", "yet to select an investor",
  "yet to find an investor",
  /* "counts $2.4 billion of further projects in the proposal stage for
  ** 2027", "the pipeline for next year included 35 projects worth $4.6
  ** billion": projects only proposed, an outlook's pipeline, none licensed
  ** yet (set qweek99) */
  "proposal stage", "proposal phase", "in the pipeline", "the pipeline for", "pipeline of projects",
  "project pipeline", "investment pipeline",
  /* "has agreed to a $40 million expansion of the plant, contingent on a
  ** favorable final determination", "would invest up to $90 million only
  ** if Washington confirms ...": money bound to an outcome not yet known,
  ** hypothetical (rule 13; set qweek142) */
  "contingent on", "contingent upon", "conditional on", "conditional upon", "only if", NULL};

/* (submitted_for_decision's verbs: among non_fact_words, so a sentence
** with none of them is passed over in one look) */
static const char *const submitted[] = {"submitted", "submits", "submitting", NULL};

/* "said it would decide next month whether to build a $200 million plant
** in Việt Nam or India", "would decide on a further $250 million
** expansion", "was weighing a $1 billion project", "is in talks to buy a
** stake for $80 million", "is considering a $200 million plant": a choice
** still to be made (qvoice), said before the figure in its clause
** (choice_pending). So is a deal a buyer is near or said to weigh ("is
** close to agreeing to buy a stake for $90 million", "is said to be
** considering a $700 million complex", a headline's "eyes $2b wind farm",
** "in advanced talks", set qrumor). */
static const char *const choice_words[] = {"whether to", "yet to decide", "decide on", "decide whether", "weighing",
                                           "in talks", "is considering", "are considering", "was considering",
                                           "be considering", "reportedly considering", "in advanced talks",
                                           /* the same with an adverb between (set qweek141): "a
                                           ** Malaysian investor is also considering a VNĐ500
                                           ** billion halal food park" */
                                           "is also considering", "are also considering", "was also considering",
                                           "is still considering", "are still considering", "is now considering",
                                           "in early talks", "in preliminary talks", "in negotiations",
                                           "close to agreeing", "close to a deal", "close to buying",
                                           "close to acquiring", "nears a deal", "nearing a deal", "eyes", "eyeing",
                                           NULL};

/* (a purchase told with no price asks it too: "is in talks to buy a stake
** in X, though the price was not disclosed" is no purchase yet) */
int inv_choice_said(const ivl_fctx *x, size_t from, size_t to) {
  return fx_any(x, from, to, choice_words);
}

/* "has denied reports that X would pay $250 million for a stake",
** "declined to confirm media reports that Y was weighing ...", "the
** rumours last year that a Korean giant would put $5 billion into ...":
** money told as hearsay someone repeats or denies is no investment until
** the investor says it (qvoice; not "VnExpress reported that X will
** invest", an outlet telling a deal). */
/* (and a reader's hearsay in a letter or a question: "I keep reading on a
** Facebook group that X invested $1 billion", "people say the company has
** put in another $500 million": what the reader read or heard, which the
** answer then checks, set qweek106) */
/* (and a deputy's or a delegate's question on it: "asked whether it was
** true that a foreign consortium had offered $2 billion for the port", "Is
** it true that X has pulled out its $400 million project?", "asked about
** the businessman who had reportedly promised to invest $50 million": what
** the question repeats, which the answer then confirms or not, set
** qweek116) */
static const char *const hearsay[] = {"reports that", "report that", "rumour*", "rumor*", "speculation", "denied",
                                      "denies", "deny", "denying", "i read", "i also read", "i keep reading",
                                      "i heard", "i have heard", "i've heard", "people say", "whether it was true",
                                      "whether it is true", "is it true", "was it true", "reportedly promised",
                                      "reportedly offered", "reportedly pledged", NULL};

/* "Its partner could take a 30 per cent stake worth up to $390 million",
** "might invest as much as $1 billion": what an investor could or might
** put in is a possibility, not a plan ("will", "would", "plans to"). */
static const char *const possible[] = {"could", "might", NULL};

/* "VinaCapital estimates that foreign capital will rise to $18 billion",
** "analysts expect inflows could top $30 billion": what someone reckons a
** measure will come to, an estimating verb and a modal before the amount,
** is a forecast (rule 13), unless a putting verb says what is to be put in
** ("Samsung expects it will invest $1 billion": a plan). */
/* (estimate, expect and believe with "that", not bare: "expects to
** invest", "an estimated $10 billion" are no forecasts, and the bare
** words, in most sentences, would make every sentence's non-fact look the
** slow one; predict, anticipate and reckon seldom say anything else) */
/* (and with the object right after: "The Chinese group estimates the
** project would need about $700 million", set qheavy) */
static const char *const estimating[] = {"estimate that", "estimates that", "estimated that", "expect that",
                                         "expects that", "predict*", "believe that", "believes that",
                                         "anticipate*", "reckon*", "estimates the", "estimated the", NULL};

/* All of them in one list: most sentences with figures hold none of them
** anywhere (on /tmp/b1 the range looks found 2 of some 16,000), which one
** look over the whole sentence says, where each test looked in turn in
** its own range, for each figure (inv_mark_non_facts 3.69M Ir). Each word
** ends in a letter, a digit or '*' (else the list is not used, 'usable'):
** then a word found in a range that cuts no word at its end is found in
** the sentence too. */
/* Room for every list's words: past it the look is not used at all, and
** each test looks in turn (the lexicons grew past an earlier 128 and the
** look went unused unseen: inv_non_fact_look_usable, asked by test_fx) */
/* (320: the lists held some 255 words when the 256 of before ran out; 352
** when set qrumor's choice words passed 320; 384 when set qpolicy's
** refused approvals and submissions passed 352; 416 when set qweek69's
** bidding to compare and economists' baselines passed 384; 448 when set
** qweek106's readers' hearsay passed 416; 480 when sets qweek139 to
** qweek143's running tallies, outcomes not yet known and worked examples
** passed 448) */
#define NON_FACT_WORDS 480
static const char *non_fact_words[NON_FACT_WORDS + 1];
static int non_fact_words_usable;
static pthread_once_t non_fact_once = PTHREAD_ONCE_INIT;

static int gather_words(size_t *n, const char *const *list) {
  for (; *list; list++) {
    size_t len = strlen(*list);
    if (*n == NON_FACT_WORDS || !len || !(ivl_isalnum((unsigned char)(*list)[len - 1]) || (*list)[len - 1] == '*'))
      return 0;
    non_fact_words[(*n)++] = *list;
  }
  return 1;
}

static void gather_non_fact_words(void) {
  size_t n = 0;
  non_fact_words_usable = gather_words(&n, ivl_lexicon_builtin(LEX_GOAL)) &&
                          gather_words(&n, ivl_lexicon_builtin(LEX_TERMINATED)) &&
                          gather_words(&n, ivl_lexicon_builtin(LEX_COMPARISON)) && gather_words(&n, mixed_totals) &&
                          gather_words(&n, compared_after) && gather_words(&n, foreign_parts) &&
                          gather_words(&n, negated) && gather_words(&n, conditions) &&
                          gather_words(&n, could_draw) && gather_words(&n, requests) &&
                          gather_words(&n, undecided_words) && gather_words(&n, submitted) &&
                          gather_words(&n, choice_words) &&
                          gather_words(&n, estimating) && gather_words(&n, hearsay) && gather_words(&n, possible) &&
                          gather_words(&n, newsroom_tally);
  non_fact_words[n] = NULL;
}

int inv_non_fact_look_usable(void) {
  pthread_once(&non_fact_once, gather_non_fact_words);
  return non_fact_words_usable;
}

/* Does sentence 's' hold none of non_fact_words? 0 when it may, or when a
** user added words to the lexicons (the list has the built-in ones). */
static int non_fact_words_absent(const ivl_fctx *x, const ivl_fsent *s) {
  pthread_once(&non_fact_once, gather_non_fact_words);
  if (!non_fact_words_usable || ivl_lexicon_extended(LEX_GOAL) || ivl_lexicon_extended(LEX_TERMINATED) ||
      ivl_lexicon_extended(LEX_COMPARISON))
    return 0;
  /* (one look over its ~230 words, 1,245 Ir a sentence; the same words
  ** in four lists of 64, fx_any's by-bytes path, cost more: +0.9M Ir on
  ** /tmp/b1) */
  return !fx_any(x, s->vs, s->ve, non_fact_words);
}

/* fx_any of 'list' (its words among non_fact_words) in t[from, to) of
** the sentence; 'absent': non_fact_words_absent said so. Then only a word
** cut short at 'to' can be there ("than the" in "than these" cut after
** "the"), and only where one of the list ends right before it. */
static int any_of(const ivl_fctx *x, int absent, size_t from, size_t to, const char *const *list) {
  if (absent && !(fx_cuts_word(x, to) && fx_ends_with_any(x, to, list))) return 0;
  return fx_any(x, from, to, list);
}

/* ... and fx_first. */
static size_t first_of(const ivl_fctx *x, int absent, size_t from, size_t to, const char *const *list) {
  if (absent && !(fx_cuts_word(x, to) && fx_ends_with_any(x, to, list))) return FX_NONE;
  return fx_first(x, from, to, list);
}

/* Not a figure said after the goal of what came before it
** (drawn_after_goal). */
static size_t requested_draw(const ivl_fctx *x, int absent, size_t from, size_t to) {
  size_t r = first_of(x, absent, from, to, requests);
  size_t t = r == FX_NONE ? FX_NONE : fx_find(x, r, to, "to");
  return t == FX_NONE || fx_first(x, t, to, draw_to_come) == FX_NONE ? FX_NONE : r;
}

/* A locality's goal or forecast: "aims to attract", "is expected to draw". */
static int goal(const ivl_fctx *x, int absent, size_t from, size_t to) {
  size_t g = first_of(x, absent, from, to, ivl_lexicon(LEX_GOAL));
  size_t c = first_of(x, absent, from, to, could_draw);
  if (c < g) g = c;
  c = requested_draw(x, absent, from, to);
  if (c < g) g = c;
  return g != FX_NONE && !drawn_after_goal(x, g, to, ivl_lexicon(LEX_GOAL));
}

/* Is a figure told after 'f' in a clause joined by "and", "while" or "but"
** before 'at' ("has 60 valid projects, and 15 others are awaiting
** licences": the awaiting is the 15's)? */
static const char *const clause_joiners[] = {"and", "while", "but", "whereas", NULL};

static int joined_figure_before(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t at) {
  size_t j = fx_first(x, f->ve, at, clause_joiners);
  return j != FX_NONE && figure_between(x, s, j, at);
}

/* ... or a company named in a clause so joined before 'at' ("X
** invested $35 million in a plant, and a second firm, Y, is studying a
** depot"): the word is that firm's, said of its own project. Not an
** authority's ("..., and the Ministry of Planning and Investment is
** reviewing the application"): its review is of the figure's project. */
static int joined_firm_before(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t at) {
  size_t j = fx_first(x, f->ve, at, clause_joiners);
  if (j == FX_NONE) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_ORG && (s->m[i].flags & FM_COMPANY) && s->m[i].vs > j && s->m[i].ve <= at) return 1;
  return 0;
}

/* "for students studying chip design", "a lab for engineers reviewing
** designs": a bare participle at 't' that describes a noun of its own,
** not the project's state ("is still awaiting approval", ", awaiting
** approval"). */
static int describes_noun(const ivl_fctx *x, size_t t) {
  static const char *const participles[] = {"studying", "reviewing", "awaiting", NULL};
  static const char *const states[] = {"is", "are", "was", "were", "been", "being", "still", "now", "currently",
                                       "remains", "remain", NULL};
  if (!fx_starts_with_any(x, t, participles)) return 0;
  size_t p = t;
  while (p > 0 && x->t[p - 1] == ' ') p--;
  return !(p > 0 && x->t[p - 1] == ',') && !fx_ends_with_any(x, t, states);
}

/* "agreed to sell a 25 per cent stake in X to Japan's Y for $21 million,
** pending approval from the ministry", "has signed a deal to acquire 65
** per cent of X for $210 million, pending approval from competition
** authorities": a purchase agreed, its closing awaiting a regulator, said
** after the price and a comma, is a deal made, not a project undecided
** (set qseller; qmna). Not "a $1.3 billion refinery expansion, pending
** approval" (no holding bought or sold before the figure). */
static int deal_pending_approval(const ivl_fctx *x, const figure *f, size_t from, size_t t) {
  static const char *const dealt[] = {"stake", "stakes", "per cent of", "% of", "holding", "shares", NULL};
  size_t c = t;
  while (c > f->ve && x->t[c - 1] == ' ') c--;
  return c > f->ve && x->t[c - 1] == ',' && fx_starts_with(x, t, "pending approval") &&
         fx_any(x, from, f->vs, dealt);
}

/* "The ministry has submitted to the Government a dossier on the
** investment policy for X, proposed by Y with estimated capital of $1.4
** billion": a project put to the authorities for their decision, said
** before the figure in its sentence, is undecided as one awaiting
** approval is (set qpolicy; the passive after the figure, "was submitted
** for approval", is among undecided_words). Not once an approval follows
** the submission ("After the dossier was submitted in May, the PM
** approved the $2 billion plant", "..., X received a certificate for"),
** nor past a clause joined after it; nor a firm's own proposal, a plan
** ("X has submitted a proposal to invest $500 million" says no dossier). */
static int submitted_for_decision(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const for_decision[] = {"dossier", "dossiers", "for approval", "for appraisal",
                                             "for consideration", "for review", NULL};
  /* (or the firm given what it asked for: "Having submitted the dossier
  ** in March, X received an investment certificate for a $500 million
  ** plant") */
  static const char *const approving[] = {"approved", "approves", "granted", "grants", "licensed", "issued",
                                          "received", "receives", "won", "wins", "obtained", "obtains",
                                          "secured", "secures", "handed", NULL};
  size_t at = f->vs;
  size_t sub = fx_last(x, s->vs, at, submitted);
  if (sub == FX_NONE) return 0;
  size_t near = sub + 80 < at ? sub + 80 : at;
  if (!fx_any(x, sub, near, for_decision) || fx_any(x, sub, at, approving)) return 0;
  for (size_t p = sub; p < at; p++)
    if (x->t[p] == ';' || (x->t[p] == ',' && fx_starts_with_any(x, p + 1, clause_joiners))) return 0;
  return 1;
}

/* "approved 12 projects worth VNĐ41 trillion, though five of them are
** still awaiting land clearance": a word of waiting after the figure, in
** words on a part of the projects ("five of them", "two of which"), tells
** that part's state, not the figure's, whose projects were approved. */
static int part_of_them_waits(const ivl_fctx *x, const figure *f, size_t t) {
  static const char *const partitive[] = {"of them", "of which", "of these", "of those", NULL};
  size_t back = t > f->ve + 60 ? t - 60 : f->ve;
  return fx_any(x, back, t, partitive);
}

/* "The plant is estimated to cost $2.1 billion, and the partners have
** yet to decide how to split its financing", "put the plant's cost at
** $400 million but said it had not decided whether to invest", "whose
** investor has not yet been chosen; the city put its cost at VND9
** trillion": a cost told of works (a word of costing right before the
** money), no one's money put in while the sentence says the investing is
** undecided, in a clause of its own too: undecided's words are looked for
** in the whole sentence. Not "will invest $50 million, costing ...": a
** figure with no word of costing before it keeps its clause's look. */
static int cost_of_undecided_works(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int absent) {
  static const char *const costing[] = {"cost", "costs", "costing", NULL};
  /* (the investing itself undecided, words said of a cost only: "will
  ** build a $300 million mill, and has yet to decide whether to add a
  ** port" decides the mill) */
  static const char *const investing_undecided[] = {"investor has not yet been", "not decided whether",
                                                    "not yet decided whether", "yet to decide how",
                                                    "yet to decide whether", "not yet applied for", NULL};
  if (!f->money) return 0;
  size_t back = f->money->vs > f->cs + 32 ? f->money->vs - 32 : f->cs;
  return fx_any(x, back, f->money->vs, costing) &&
         (fx_any(x, s->vs, s->ve, investing_undecided) || first_of(x, absent, s->vs, s->ve, undecided_words) != FX_NONE);
}

/* Does a firm's name end right before 'at' (", " or a dash between): the
** antecedent of an aside opening at 'at'? */
static int firm_right_before(const ivl_fsent *s, size_t at) {
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_ORG && (s->m[i].flags & FM_COMPANY) && s->m[i].ve <= at && s->m[i].ve + 4 >= at) return 1;
  return 0;
}

/* Is the figure's project undecided (undecided_words from 'from' to its
** clause's end)? Not a word in an aside that closes before the figure ("X,
** which is studying a second plant, will invest $50 million"), nor one
** that a figure joined after this one owns, nor a participle after the
** figure that describes a noun of its own (describes_noun). */
static int undecided(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t from, int absent) {
  if (!absent && submitted_for_decision(x, s, f)) return 1;
  if (cost_of_undecided_works(x, s, f, absent)) return 1;
  /* "X will study a 400 MW wind cluster in the west of the province, with
  ** estimated investment of $700 million": a "with" phrase after a comma
  ** describes the works named before it, whose study is the figure's; the
  ** look reaches as far before the phrase (into the clause before when
  ** the phrase opens the figure's), but not past a comma before the
  ** works' clause ("After studying the site for two years, X will build a
  ** plant ..., with total investment of $700 million": the study is done) */
  size_t t = first_of(x, absent, from, f->ce, undecided_words);
  size_t w = t == FX_NONE && !absent ? fx_find_last(x, from, f->vs, "with") : FX_NONE;
  if (w != FX_NONE && w >= s->vs + 2 && x->t[w - 1] == ' ' && x->t[w - 2] == ',') {
    size_t back = w > s->vs + 90 ? w - 90 : s->vs;
    for (size_t c = w - 2; c > back; c--)
      if (x->t[c - 1] == ',') {
        back = c;
        break;
      }
    if (back < from) t = first_of(x, absent, from = back, f->ce, undecided_words);
  }
  /* "After surveying sites in three provinces, X will invest ...", "Having
  ** studied ..., X chose ...": a word of the participle's clause the
  ** sentence opens on, closed by its first comma before the figure, tells
  ** a search done */
  static const char *const done[] = {"after", "having", NULL};
  if (t != FX_NONE && t < f->vs && fx_starts_with_any(x, s->vs, done)) {
    const char *comma = memchr(x->t + s->vs, ',', f->vs - s->vs);
    size_t pc = comma ? (size_t)(comma - x->t) : FX_NONE;
    if (pc != FX_NONE && t < pc && pc + 1 > from) t = first_of(x, absent, from = pc + 1, f->ce, undecided_words);
  }
  /* (after the figure: a participle of another noun's says nothing of it,
  ** nor a deal's closing awaiting approval) */
  while (t != FX_NONE && t >= f->ve &&
         (describes_noun(x, t) || deal_pending_approval(x, f, from, t) || part_of_them_waits(x, f, t))) {
    size_t e = t;
    while (e < f->ce && ivl_isalpha((unsigned char)x->t[e])) e++;
    t = fx_first(x, e, f->ce, undecided_words);
  }
  if (t == FX_NONE) return 0;
  size_t open, close;
  if (t < f->vs && inv_aside_at(x, s, t, t + 1, &open, &close) && close <= f->vs)
    return any_of(x, absent, close, f->ce, undecided_words);
  /* (and the mirror: "X, which has invested $1.1 billion in Hải Phòng
  ** since 2020, said it was studying the new rules": the figure in an
  ** aside on a firm, the word past its close is the firm's main clause's,
  ** not the figure's; not an aside on works, "the port, whose first phase
  ** has been estimated at $2.3 billion, remains at the feasibility study
  ** stage", whose study is the figure's) */
  if (t >= f->ve && inv_aside_at(x, s, f->vs, f->ve, &open, &close) && close <= t && firm_right_before(s, open))
    return 0;
  /* "has invested $300 million since 2015, adding it would decide on a
  ** further $120 million plant": a word said right before a later figure
  ** is that figure's */
  if (t >= f->ve && figure_between(x, s, t, t + 40 < s->ve ? t + 40 : s->ve)) return 0;
  return t < f->ve || !(joined_figure_before(x, s, f, t) || joined_firm_before(x, s, f, t));
}

/* Does a firm named in (from, to) open a predicate of its own ("After two
** years in negotiations Samsung will invest ...": the choice word is in
** a phrase before the subject)? */
static int subject_after(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  static const char *const committing[] = {"will", "has", "have", "had", "plans", "is to", NULL};
  for (size_t i = fx_mentions_from(s->m, s->n, from); i < s->n && s->m[i].ve < to; i++)
    if (s->m[i].kind == FM_ORG && fx_starts_with_any(x, s->m[i].ve + 1, committing)) return 1;
  return 0;
}

/* Is the figure a choice still to be made: a word of choice_words before
** it in its clause? Not one of an opening clause or an aside ("While the
** ministry is considering incentives, X will invest ..."), nor one said
** after the figure ("X has poured $18 billion into Y, adding that
** officials were in talks with other firms"). From the clause's start: the
** deal talked of may be told at length before its price ("is reportedly in
** talks to acquire a 35% stake in <a developer described> for $70 million"). */
static int choice_pending(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int absent) {
  /* (a predicate of its own joined after the choice ends it: "X eyes
  ** export growth and will invest $500 million", "was in talks for months
  ** and has now invested $500 million") */
  static const char *const own_predicate[] = {"and will", "and has", "and have", "and had", "and is now",
                                              "but will", "but has", NULL};
  size_t c = first_of(x, absent, f->cs, f->vs, choice_words);
  return c != FX_NONE && same_clause(x, c, f->vs) && !fx_any(x, c, f->vs, own_predicate) &&
         !subject_after(x, s, c, f->vs);
}

/* Is the figure's money told inside hearsay (a word of it from 'from' to
** the money, in the money's clause)? Not once the speaker goes on in words
** of their own ("denied the rumours, saying it would invest $50 million",
** "but said"). From the clause's start, as choice_pending: a report's
** that-clause may tell the deal at length before its price ("has rejected a
** media report that X agreed to acquire 30 per cent of its shares for
** $410 million"). */
static int hearsay_said(const ivl_fctx *x, const figure *f, int absent) {
  static const char *const own_words[] = {"saying", "said", "says", "adding", "added", "but", "instead", NULL};
  if (!f->money) return 0;
  size_t h = first_of(x, absent, f->cs, f->money->vs, hearsay);
  return h != FX_NONE && same_clause(x, h, f->money->vs) && !fx_any(x, h, f->money->vs, own_words);
}

/* Is the money what the investor could or might put in: a modal of
** possibility before it in its clause, then a putting or buying verb? Not
** a modal of an aside or an opening clause ("X, which could take over a
** rival, will invest $300 million", "Although approval could take months,
** ..."). */
static int possibility_said(const ivl_fctx *x, const figure *f, int absent) {
  /* (and what works could cost: "said the whole complex could cost more
  ** than VNĐ30 trillion") */
  /* (and what a deal could lead to: "in talks to lease 30 hectares, a
  ** deal that could eventually lead to a $200 million investment", set
  ** qweek61) */
  static const char *const putting[] = {"invest*", "spend*", "pour*", "inject*", "put", "take", "buy*", "acquir*",
                                        "contribut*", "cost", "lead to", "result in", NULL};
  if (!f->money) return 0;
  size_t m = first_of(x, absent, f->cs, f->money->vs, possible);
  return m != FX_NONE && same_clause(x, m, f->money->vs) && fx_any(x, m, f->money->vs, putting);
}

static int forecast_said(const ivl_fctx *x, const figure *f, size_t from, int absent) {
  static const char *const modals[] = {"will", "would", "could", "may", "might", NULL};
  static const char *const putting[] = {"invest*", "spend*", "pour*", "inject*", "put", "puts", "contribut*",
                                        "cost", "costs", NULL};
  if (!f->money) return 0;
  size_t e = first_of(x, absent, from, f->money->vs, estimating);
  if (e == FX_NONE) return 0;
  size_t m = fx_first(x, e, f->money->vs, modals);
  if (m == FX_NONE) return 0;
  /* "Some analysts reckon Korean firms may invest another $3 billion": what
  ** may be put in, as reckoned, is a forecast though a putting verb says it
  ** (a lower-case "may", no month; "could", "might" as possibility_said) */
  if (x->t[m] == 'm' || x->t[m] == 'c') return 1;
  return !fx_any(x, m, f->money->vs, putting);
}

/* "is worth USD 720 million, not USD 270 million as it said earlier",
** "(Corrects figure to $1.2 billion, not $1.02 billion; ...)": the
** amount a correction withdraws, right after ", not" (a hedge between),
** is no fact; only the figure it is corrected to is (set qweek94). Not
** "not only $5 million" (no comma and no amount right after). */
static int withdrawn_after_not(const ivl_fctx *x, const figure *f) {
  if (!f->money) return 0;
  size_t p = inv_before_hedge(x, f->money->vs);
  while (p > 0 && x->t[p - 1] == ' ') p--;
  return p >= 5 && memcmp(x->t + p - 5, ", not", 5) == 0;
}

/* "He said the $85 million would be paid in two tranches", "The $4.7
** billion resort is one of the largest ...": an amount said with "the"
** that an earlier sentence of the body gave already is that figure told
** again, no fact of its own (rule 10). The headline's does not count: the
** body's "for the $2 billion resort" is where it is told in full. */
static int retold_amount(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  if (!f->money || !fx_ends_with(x, f->money->vs, "the") || !f->money->value_s) return 0;
  /* (but the venture a deal was told to found, named in the sentence right
  ** after, is whose the figure is: "The joint venture, X, will invest the
  ** $350 million"; facts_invest.c venture_figured) */
  if (x->c.venture_deal_sent == s->index)
    for (size_t i = 0; i < s->n && s->m[i].vs < f->money->vs; i++)
      if (fx_venture_named(x, &s->m[i])) return 0;
  const char *nl = memchr(x->t, '\n', s->vs);
  size_t body = nl ? (size_t)(nl - x->t) : 0; /* (no headline line: all is body) */
  for (size_t i = fx_mention_from(x, body); i < x->nm && x->m[i].vs < s->vs; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind == FM_MONEY && m->value == f->money->value && m->value_s && strcmp(m->value_s, f->money->value_s) == 0)
      return 1;
  }
  return 0;
}

static int terminated(const ivl_fctx *x, int absent, size_t from, size_t to) {
  return any_of(x, absent, from, to, ivl_lexicon(LEX_TERMINATED));
}

/* "up $150 million compared with the end of 2023", "an increase of $240
** million against a year before": the change between two figures, no
** investment of its own (the money said right after a word of change,
** a word of comparison right after it). */
/* 'absent': the sentence has none of non_fact_words, which hold 'against' */
static int change_compared(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int absent) {
  static const char *const change[] = {"up", "down", "increase of", "rise of", "decrease of", "drop of", "fall of", NULL};
  static const char *const against[] = {"compared with", "compared to", "against", NULL};
  if (absent || !f->money || f->count) return 0;
  size_t back = f->money->vs > s->vs + 20 ? f->money->vs - 20 : s->vs;
  size_t w = fx_first(x, back, f->money->vs, change);
  return w != FX_NONE && fx_lower_words(x, w, f->money->vs) && fx_starts_with_any(x, f->money->ve, against);
}

/* The words of a change before the amount it started "from" ("up 12 per
** cent from $1 billion", "rising 9 per cent from", "climbed from"): that
** amount, and its date, are the baseline's. */
static const char *const change_words[] = {"up", "down", "higher", "lower", "increase*", "decrease*", "rise",
                                           "rose", "rising", "fell", "fall", "falling", "grew", "growing",
                                           "climb*", "jump*", NULL};

/* Does the comparative before "than" at 'w' ("more than", "higher than")
** open a clause of its own, right after a comma ("$1.2 billion, more than
** $1 billion in 2022")? */
static int than_opens_clause(const ivl_fctx *x, size_t w) {
  size_t h = w;
  while (h > 0 && x->t[h - 1] == ' ') h--;
  while (h > 0 && ivl_isalpha((unsigned char)x->t[h - 1])) h--;
  while (h > 0 && x->t[h - 1] == ' ') h--;
  return h > 0 && x->t[h - 1] == ',';
}

/* "expects FDI to exceed $2.5 billion this year, after $3.1 billion in
** 2025": an amount right after a clause's opening ", after" is the period
** before's, set against the one said earlier (set qpromo). */
static int after_opens_clause(const ivl_fctx *x, size_t money_vs) {
  size_t w = money_vs;
  while (w > 0 && x->t[w - 1] == ' ') w--;
  /* (bytes compared: a literal word would take a slot of the word cache) */
  if (w < 8 || memcmp(x->t + w - 5, "after", 5) != 0 || ivl_isalpha((unsigned char)x->t[w - 6])) return 0;
  w -= 5;
  while (w > 0 && x->t[w - 1] == ' ') w--;
  return x->t[w - 1] == ',';
}

/* Is another amount said before 'money' in the sentence? */
static int earlier_amount(const ivl_fsent *s, const ivl_fm *money) {
  for (size_t i = 0; i < s->n && s->m[i].vs < money->vs; i++)
    if (s->m[i].kind == FM_MONEY) return 1;
  return 0;
}

/* 'open' is where the sentence's first 40 bytes compare (FX_NONE: they do
** not), asked once a sentence when first needed (OPEN_UNKNOWN). */
#define OPEN_UNKNOWN ((size_t)-2)
/* Where the last ", with" or ", including" in [from, to) opens a clause,
** else FX_NONE. */
static size_t part_clause(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const opens[] = {"with", "including", NULL};
  size_t last = FX_NONE;
  for (size_t at = from; (at = fx_first(x, at, to, opens)) != FX_NONE; at++)
    if (at >= from + 2 && x->t[at - 1] == ' ' && x->t[at - 2] == ',') last = at;
  return last;
}

/* The words that set one figure against another, before a "when" clause
** that then tells the baseline: "higher than in 2023, when it drew ...". */
static const char *const when_compares[] = {
  "than", "compared", "from", "higher", "lower", "more", "less", "fewer", "times", "doubl*", "tripl*",
  "against", "per cent", "percent", "record", "rise*", "rose", "fell", "drop*", "grew", "increas*",
  "declin*", "same period", NULL};

/* "The Korean firm first came to Việt Nam in 2014, when it invested $120
** million ...": a year's own deal told in a "when" clause right after the
** year, no baseline ("when it" compares only after what compares:
** "higher than in 2023, when it drew $4.1 billion"). Where the look for a
** comparison may start, past the "when", else 'from'. */
static size_t past_deal_when(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  static const char *const *const compares = when_compares;
  /* (or a year said by its relation to now: "Its largest exit came last
  ** year, when it sold its 30 per cent stake in X to Y for $90 million") */
  static const char *const years_told[] = {"last year", "this year", "earlier this year", "late last year", NULL};
  size_t w = fx_find(x, from, to, "when");
  if (w == FX_NONE || w < s->vs + 8) return from;
  const char *t = x->t + w;
  /* (the comma may be left out after a year: "It entered Việt Nam in 2021
  ** when it paid $18 million for a 35 per cent stake in X") */
  size_t comma = t[-2] == ',';
  const char *y = t - 1 - comma; /* past the year's last digit */
  int year = ivl_isdigit((unsigned char)y[-1]) && ivl_isdigit((unsigned char)y[-4]) && y[-5] == ' ';
  /* (nor after a year told so: "The company entered the area last year
  ** when it paid $38 million for a 40 per cent stake in X", set qnorth) */
  if (t[-1] != ' ' || !(year || fx_ends_with_any(x, comma ? w - 2 : w, years_told)) ||
      fx_any(x, s->vs, w, compares))
    return from;
  /* the "it" is the main clause's subject: with another firm named in
  ** that clause ("Daewon became SDP's largest shareholder in 2021, when it
  ** bought ..."), whose the deal is is not read here */
  /* (not a firm the main clause's subject bought into: "X first bought
  ** into Y in 2022, when it paid ...", the "it" still X) */
  static const char *const bought_into[] = {"bought into", "invested in", "a stake in", "acquired", "bought",
                                            NULL};
  /* (nor the subject itself after the words that describe it: "Thailand's
  ** X", "Danish toy maker X", "In 2022 X": the first firm, close to the
  ** start with no comma before it) */
  int first = 1;
  for (size_t i = 0; i < s->n && s->m[i].vs < w; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_ORG) continue;
    int subject = first && m->vs <= s->vs + 40 && !memchr(x->t + s->vs, ',', m->vs - s->vs);
    first = 0;
    if (m->vs > s->vs && !subject && !fx_ends_with_any(x, m->vs, bought_into)) return from;
  }
  return w + 4;
}

/* The first comparison word in [from, to), else FX_NONE; not "against" in
** an idiom of contrast ("Against the trend, Thailand's X agreed to buy a
** stake ...", "against this backdrop"), which sets no figure against. */
static size_t first_comparison(const ivl_fctx *x, int absent, size_t from, size_t to) {
  static const char *const idioms[] = {"against the trend", "against this trend", "against the backdrop",
                                       "against this backdrop", "against that backdrop", "against a backdrop",
                                       "against the background", "against this background", "against the odds",
                                       "against all odds",
                                       /* a list's head, no figure to beat ("Topping the list is
                                       ** X, which has poured $23 billion into ...") */
                                       "topping the list", "topping the table", "topping the ranking",
                                       "top the list", NULL};
  if (!any_of(x, absent, from, to, ivl_lexicon(LEX_COMPARISON))) return FX_NONE; /* (most ranges: the cheaper look) */
  size_t at = fx_first(x, from, to, ivl_lexicon(LEX_COMPARISON));
  while (at != FX_NONE && fx_starts_with_any(x, at, idioms))
    at = first_of(x, absent, at + 3, to, ivl_lexicon(LEX_COMPARISON)); /* past "against", "topping" */
  return at;
}

/* "double last year's $300 million", "twice 2023's $1.1 billion", "well
** above the previous quarter's $90 million": the amount another period
** owns, right after its possessive, set against by a multiple or a
** comparative a few words before. */
static int multiple_of_period(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *money) {
  static const char *const periods[] = {"year's", "quarter's", "month's", "period's", "half's", NULL};
  static const char *const multiples[] = {"double", "doubling", "doubled", "triple", "tripling", "tripled", "twice",
                                          "times", "half", "above", "below", "exceeding", "surpassing", "beating",
                                          "outpacing", "than", NULL};
  size_t p = money->vs;
  while (p > s->vs && x->t[p - 1] == ' ') p--;
  /* (a possessive right before: most amounts have none, one byte tells) */
  if (p < s->vs + 6 || x->t[p - 1] != 's' || x->t[p - 2] != '\'') return 0;
  int year = ivl_isdigit((unsigned char)x->t[p - 3]) && ivl_isdigit((unsigned char)x->t[p - 6]);
  if (!year && !fx_ends_with_any(x, money->vs, periods)) return 0;
  size_t back = money->vs > s->vs + 32 ? money->vs - 32 : s->vs;
  return fx_any(x, back, money->vs, multiples);
}

/* "pledges rose 11.6% from a year earlier to $24.8 billion": the level a
** change reaches, the amount right after "to", is the period's own; the
** comparison at 'at', after "from", names only the baseline's period. The
** change word may stand before the period the level is told of ("rose 7.9%
** in the first 11 months of 2026 from a year earlier to $34.1 billion"),
** so the look back spans such a period phrase too. */
static int level_reached(const ivl_fctx *x, const figure *f, size_t at) {
  if (!f->money || !fx_ends_with(x, f->money->vs, "to") || !fx_ends_with(x, at, "from")) return 0;
  size_t back = at > f->cs + 80 ? at - 80 : f->cs;
  return fx_any(x, back, at, change_words);
}

/* "The figure is up 18 per cent from the same period last year, when city
** firms put $264 million into projects abroad": the baseline's own amount,
** told in a ", when" clause after the comparison however far back the
** comparison starts. */
static int baseline_when(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  static const char *const periods[] = {"same period last year", "same period a year earlier", "a year earlier",
                                        "a year ago", "the previous year", NULL};
  static const char *const against[] = {"from", "than", "compared", "over", "against", NULL};
  size_t at = from > s->vs ? from : s->vs;
  size_t w = fx_find(x, at, to, "when");
  if (w == FX_NONE || w < s->vs + 2 || x->t[w - 1] != ' ' || x->t[w - 2] != ',') return 0;
  return fx_ends_with_any(x, w - 2, periods) && fx_any(x, at, w, against);
}

/* "double the $1.05 billion it drew in 2023", "1.5 times the $800
** million of 2024", "exceeding the $2 billion of last year": the words
** before a figure set against the one told (comparison), which is no
** fact; nor is its date the told figure's (compared_figure_date). */
static const char *const set_against_the[] = {
  "double the", "doubling the", "triple the", "tripling the", "twice the", "times the", "half the",
  "exceeding the", "surpassing the", "beating the", "outpacing the", "well above the", "far above the",
  "well below the", "far below the",
  /* "That is small change next to the $20 billion or so of foreign
  ** capital that flows in", "dwarfed by the $16 billion" */
  "next to the", "dwarfed by the",
  /* "..., a fraction of the $12 billion the Government says is needed by
  ** 2030", "well short of the $3 billion it pledged" (set qweek48) */
  "fraction of the", "short of the", NULL};

/* The figure of a comparison: "higher than in 2023, when it drew $4.1
** billion", "compared with $2 billion", "up 12 per cent from $1 billion". */

/* "had invested $35 million in the hospital when it opened in 2014, and
** later put $18 million into a cancer wing" (set qseller): a "when" clause
** right after a figure of the sentence, no word of comparison before it,
** tells the time of that figure's deal; it sets no baseline against the
** money added after it. Is the comparison word at 'at' such a "when"? */
static int when_of_deal_before(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  if (!fx_starts_with(x, at, "when")) return 0;
  int money_before = 0;
  for (size_t i = 0; i < s->n && s->m[i].ve <= at; i++) money_before |= s->m[i].kind == FM_MONEY;
  return money_before && !fx_any(x, s->vs, at, when_compares);
}

static int comparison(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t from, int absent,
                      size_t *open_at) {
  /* "When the figures of the former Bình Dương are added, the enlarged city
  ** drew $6.7 billion": a clause of time or condition opening the sentence
  ** ("when the", "when it") sets nothing against the main clause after its
  ** comma (not "..., when the province drew $4.1 billion", a baseline) */
  size_t main = 0;
  if (fx_starts_with(x, s->vs, "when")) {
    const char *c = memchr(x->t + s->vs, ',', f->vs - s->vs);
    if (c) main = (size_t)(c - x->t) + 1;
    if (from < main) from = main;
  }
  /* (and after the start it tells of: "Since 1997, when it received its
  ** first FDI project, Hưng Yên has attracted ...") */
  else if (fx_starts_with(x, s->vs, "since") && s->n && s->m[0].kind == FM_DATE && s->m[0].vs < s->vs + 8 &&
           s->m[0].ve + 7 < f->vs && memcmp(x->t + s->m[0].ve, ", when ", 7) == 0) {
    const char *c = memchr(x->t + s->m[0].ve + 7, ',', f->vs - s->m[0].ve - 7);
    if (c) main = (size_t)(c - x->t) + 1;
    if (from < main) from = main;
  }
  size_t deal = past_deal_when(x, s, from, f->vs);
  /* (the year's own deal: its "when it" opens no comparison either) */
  if (deal != from && main < deal) main = deal;
  if (deal == from && baseline_when(x, s, main, f->vs)) return 1;
  from = deal;
  size_t compared = first_comparison(x, absent, from, f->vs);
  if (compared != FX_NONE && when_of_deal_before(x, s, compared))
    compared = first_comparison(x, absent, compared + 4, f->vs);
  if (compared != FX_NONE && !level_reached(x, f, compared)) {
    /* "..., 3.2 times the figure a year earlier, with 92 new projects worth
    ** $612 million": a part said in a clause of its own after the
    ** comparison (not "..., with $320 million a year earlier") */
    size_t part = part_clause(x, from, f->vs);
    if (part == FX_NONE || any_of(x, absent, part, f->vs, ivl_lexicon(LEX_COMPARISON))) return 1;
  }
  /* "In the same period of 2024, FDI had totalled $20.5 billion and ...",
  ** "That compares with $84 million ...": the sentence is the baseline */
  if (*open_at == OPEN_UNKNOWN)
    *open_at = first_comparison(x, absent, s->vs, s->vs + 40 < s->ve ? s->vs + 40 : s->ve);
  size_t open = *open_at;
  /* (not the "when" of the year's own deal told far before the figure:
  ** "Its largest exit came last year, when it sold its 30 per cent stake
  ** in X to Y for $90 million") */
  if (open != FX_NONE && open < f->vs && open >= main && past_deal_when(x, s, s->vs, f->vs) != open + 4) return 1;
  if (f->money && (fx_ends_with(x, f->money->vs, "from") || fx_ends_with(x, f->money->vs, "from the"))) {
    size_t back = f->money->vs > s->vs + 40 ? f->money->vs - 40 : s->vs;
    if (fx_any(x, back, f->money->vs, change_words)) return 1;
    for (size_t i = 0; i < s->n; i++)
      if (s->m[i].kind == FM_PERCENT && s->m[i].ve >= back && s->m[i].ve <= f->money->vs) return 1;
  }
  /* "double the $1.05 billion it drew in 2023", "1.5 times the $800
  ** million of 2024", "exceeding the $2 billion of last year": the figure
  ** set against */
  if (f->money && fx_ends_with(x, f->money->vs, "the") && fx_ends_with_any(x, f->money->vs, set_against_the))
    return 1;
  if (f->money && multiple_of_period(x, s, f->money)) return 1;
  /* "drew $1.2 billion in 2023, more than $1 billion in 2022": a clause
  ** of its own after a comma sets this amount against one said before */
  if (f->money && fx_ends_with(x, f->money->vs, "than") && s->m[0].vs < f->money->vs) {
    size_t w = f->money->vs;
    while (w > s->vs && x->t[w - 1] == ' ') w--;
    if (w >= s->vs + 4 && than_opens_clause(x, w - 4) && earlier_amount(s, f->money)) return 1;
  }
  if (f->money && after_opens_clause(x, f->money->vs) && earlier_amount(s, f->money)) return 1;
  size_t end = f->ve + 30 < f->ce ? f->ve + 30 : f->ce;
  return any_of(x, absent, f->ve, end, compared_after) || change_compared(x, s, f, absent);
}

/* "five foreign-invested projects worth $640 million and three domestic
** projects capitalised at VNĐ9 trillion, bringing the combined value to
** some $980 million": a sum the sentence makes of a foreign and a domestic
** part before it mixes both, neither's (rule 12; set qpromo). */
static int mixed_parts_summed(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  /* (a foreign word in the sentence and an amount before this one, else
  ** nothing to ask: most figures stop here) */
  if (!f->money || !(s->cues & CUE_FOREIGN) || !earlier_amount(s, f->money)) return 0;
  /* (bytes compared, not a cached word list: the linker's list cache is
  ** near full, and a new list there costs every article a refill) */
  size_t at = FX_NONE;
  for (size_t p = f->vs > s->vs + 80 ? f->vs - 80 : s->vs; p + 13 <= f->vs && at == FX_NONE; p++)
    if (memcmp(x->t + p, "bringing the ", 13) == 0 || memcmp(x->t + p, "taking the ", 11) == 0) at = p;
  return at != FX_NONE && fx_any(x, s->vs, at, ivl_lexicon(LEX_FOREIGN)) &&
         fx_any(x, s->vs, at, ivl_lexicon(LEX_DOMESTIC));
}

/* "19 projects with total capital of VNĐ54.6 trillion, including six
** foreign-invested ones": a whole whose foreign part is said after it is
** neither foreign investors' nor Việt Nam's. */
static int foreign_part_follows(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int absent) {
  size_t at = first_of(x, absent, f->ve, s->ve, foreign_parts);
  if (at == FX_NONE || at > f->ve + 12) return 0;
  size_t to = at + 50 < s->ve ? at + 50 : s->ve;
  static const char *const foreign[] = {"foreign-invested", "foreign-funded", "fdi", "foreign", NULL};
  return fx_any(x, at, to, foreign) &&
         fx_find(x, f->cs, f->vs, "foreign*") == FX_NONE && fx_find(x, f->cs, f->vs, "fdi") == FX_NONE;
}

/* "has terminated a wind power project of X in Hướng Hóa, which had
** registered capital of VNĐ3.4 trillion": the figure told in a "which"
** aside on the thing the clause before ended (rule 13); the ending word
** is looked for in the clause before the aside's comma, not only near the
** figure (not "revoked one licence and granted another to X for a plant,
** which has ...": a thing licensed after the ending word). */
static int ended_then_described(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int absent) {
  static const char *const opens[] = {"which", NULL};
  static const char *const licensed[] = {"licensed", "granted", "approved", "awarded", "issued", "invest*", NULL};
  size_t open, close;
  if (!inv_aside_at(x, s, f->vs, f->ve, &open, &close) || !fx_starts_with_any(x, open, opens)) return 0;
  size_t back = open > f->cs + 160 ? open - 160 : f->cs;
  size_t t = first_of(x, absent, back, open, ivl_lexicon(LEX_TERMINATED));
  return t != FX_NONE && !fx_any(x, t, open, licensed);
}

/* "handing the $2.1 billion project to X after its original developer
** withdrew", "after the previous investor pulled out": the ending word at
** 't' is a predecessor's, who left the project that now goes on. Not one
** with an object ("Its former owner scrapped the $500 million project"):
** the predecessor ended the project itself. */
static int predecessor_ended(const ivl_fctx *x, size_t t) {
  static const char *const before[] = {"original", "previous", "former", "earlier", "first", NULL};
  static const char *const leavers[] = {"developer", "developers", "investor", "investors", "owner", "owners",
                                      "partner", "partners", "backer", "backers", "sponsor", NULL};
  static const char *const object[] = {"the", "its", "their", "a", "an", "this", "that", "plans", "plan", NULL};
  size_t end = t;
  while (ivl_isalpha((unsigned char)x->t[end])) end++;
  if (fx_starts_with_any(x, end, object)) return 0;
  size_t w = t;
  while (w > 0 && x->t[w - 1] == ' ') w--;
  size_t e = w;
  while (w > 0 && ivl_isalpha((unsigned char)x->t[w - 1])) w--;
  if (w == e || !fx_starts_with_any(x, w, leavers)) return 0;
  while (w > 0 && x->t[w - 1] == ' ') w--;
  return fx_ends_with_any(x, w, before);
}

/* "had registered $85 million for the project in 2017 but stopped work in
** 2019 and had its licence suspended": a "but" clause with no subject of
** its own (a lower-case word after "but") that ends the figure's project
** (set qcourt). Not an ending with an object of its own ("but terminated
** five others", "but revoked the licence of X"), which ends something else. */
static int ended_after_but(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int absent) {
  static const char *const objects[] = {"the", "its", "their", "a", "an", "this", "that", "these", "those",
                                        "other", "others", "two", "three", "four", "five", "six", "seven",
                                        "eight", "nine", "ten", NULL};
  static const char *const stops[] = {"while", "whereas", "but", NULL};
  if (f->ce >= s->ve || !fx_starts_with(x, f->ce, "but ") || !ivl_islower((unsigned char)x->t[f->ce + 4])) return 0;
  size_t end = fx_first(x, f->ce + 4, s->ve, stops);
  size_t t = first_of(x, absent, f->ce + 4, end == FX_NONE ? s->ve : end, ivl_lexicon(LEX_TERMINATED));
  if (t == FX_NONE) return 0;
  /* past the ending word ("stopped work": past its noun too) */
  size_t p = t;
  while (ivl_isalpha((unsigned char)x->t[p])) p++;
  if (fx_starts_with(x, p, " work")) p += 5;
  else if (fx_starts_with(x, p, " construction")) p += 13;
  while (x->t[p] == ' ') p++;
  return !ivl_isdigit((unsigned char)x->t[p]) && !fx_starts_with_any(x, p, objects);
}

/* "X bought a stake in Y for 420 billion won in 2024, while Seorin Bank
** last year agreed to take a stake in Z but abandoned the deal": a clause
** of contrast opened in t[from, to) on a subject of its own (a capital
** after ", while" or ", whereas") tells of another deal; its ending is
** that deal's, not the figure's before it (set qweek12). */
static int other_subject_between(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const contrast[] = {"while", "whereas", NULL};
  for (int k = 0; contrast[k]; k++) {
    size_t at = fx_find(x, from, to, contrast[k]);
    if (at == FX_NONE || at < from + 2 || x->t[at - 2] != ',') continue;
    size_t p = at + strlen(contrast[k]);
    while (p < to && x->t[p] == ' ') p++;
    if (p < to && ivl_isupper((unsigned char)x->t[p])) return 1;
  }
  return 0;
}

/* "X has put a total of $1.1 billion into 45 Vietnamese companies since
** 2002, and has fully exited 31 of them": an ending verb after the figure
** in a clause of its own (", and", then only a few lower-case words, an
** auxiliary and an adverb, before it) whose object is a part of what the
** figure bought ("of them", "of those") ends that part, not the total
** (set qswf). Not "and has since exited the project": the whole ended. */
static int and_clause_of_part(const ivl_fctx *x, size_t from, size_t t) {
  static const char *const of_part[] = {"of them", "of those", "of these", "of which", NULL};
  size_t and = fx_find_last(x, from, t, "and");
  if (and == FX_NONE || and < from + 2 || x->t[and - 2] != ',' || t > and + 24 || !fx_lower_words(x, and + 3, t))
    return 0;
  size_t end = t;
  while (ivl_isalpha((unsigned char)x->t[end])) end++;
  while (x->t[end] == ' ') end++;
  while (ivl_isdigit((unsigned char)x->t[end])) end++; /* "31" */
  if (end == t) return 0;
  static const char *const counted[] = {"many", "most", "some", "several", "all", NULL};
  if (!ivl_isdigit((unsigned char)x->t[end - 1]) && !fx_starts_with_any(x, end, counted)) return 0;
  if (!ivl_isdigit((unsigned char)x->t[end - 1])) while (ivl_isalpha((unsigned char)x->t[end])) end++;
  return fx_starts_with_any(x, end, of_part);
}

/* "the province terminated the Y amusement park project of X (Hong Kong,
** China) with registered capital of $95 million": an ending word with its
** object ("the", "its") further back than the figure's near words, whose
** object runs on to the figure (rule 13): no licensing, clause of its own
** or contrast between them. Not "revoked the licence of X's idle resort
** and licensed Z's $50 million plant". */
static int ended_far_before(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t from, int absent) {
  static const char *const object[] = {"the", "its", "their", NULL};
  static const char *const breaks[] = {"licensed", "granted", "approved", "awarded", "issued", "invests", "invested",
                                       "investing", "will invest", "to invest", "and", "while", "whereas", "but",
                                       "after", "before", "replac*", "instead", ";", NULL};
  size_t back = f->vs > s->vs + 220 ? f->vs - 220 : s->vs;
  if (back < f->cs) back = f->cs;
  if (back >= from) return 0;
  /* (one begun before 'from', though it may end past it: the near look
  ** saw no whole word there) */
  size_t t = absent ? FX_NONE : fx_last(x, back, f->vs, ivl_lexicon(LEX_TERMINATED));
  if (t == FX_NONE || t >= from) return 0;
  size_t p = t;
  while (ivl_isalpha((unsigned char)x->t[p])) p++;
  return fx_starts_with_any(x, p, object) && !fx_any(x, p, f->vs, breaks);
}

/* "terminated 17 projects, including four foreign-invested ones worth
** $38 million": a part of what the clause before says. Terminated from
** 'from' to the clause's end, or from the sentence's start for a part;
** the part looked for only when the sentence says so at all (from its
** start: the same end, so every word found from 'from' is found too). */
static int terminated_part(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t from, int absent) {
  static const char *const parts[] = {"including", "of which", "among them", "among which", NULL};
  if (!terminated(x, absent, s->vs, f->ce)) return 0;
  if (fx_any(x, f->cs, f->vs, parts)) return 1;
  /* "revoked the licences of two projects: X (China), $45 million; Y
  ** (Taiwan), $18 million": the items of the list its colon opens (not
  ** "Two projects licensed after it revoked another: ...") */
  static const char *const licensed[] = {"licensed", "granted", "approved", "awarded", NULL};
  const char *colon = memchr(x->t + s->vs, ':', f->vs - s->vs);
  if (colon && terminated(x, absent, s->vs, (size_t)(colon - x->t)) &&
      !fx_any(x, s->vs, (size_t)(colon - x->t), licensed))
    return 1;
  size_t t = first_of(x, absent, from, f->ce, ivl_lexicon(LEX_TERMINATED));
  /* a passive ending ends what its subject names, said before it ("A plan
  ** ..., put at $900 million, was dropped"): one before the figure ends
  ** another thing ("After a lawsuit was dropped, X will invest ...") */
  static const char *const dropped[] = {"was dropped", "were dropped", "been dropped", NULL};
  while (t != FX_NONE && ((t < f->vs && fx_starts_with_any(x, t, dropped)) || predecessor_ended(x, t)))
    t = fx_first(x, t + 1, f->ce, ivl_lexicon(LEX_TERMINATED));
  if (t == FX_NONE)
    return ended_then_described(x, s, f, absent) || ended_after_but(x, s, f, absent) || ended_far_before(x, s, f, from, absent);
  /* "has approved 74 projects with capital of VNĐ63.5 trillion, ..., and
  ** terminated eight worth VNĐ5.2 trillion": an ending verb after the
  ** figure that opens a clause of its own ("and") ends what that clause
  ** names, not the figure (its figure is ruled out by its own look) */
  if (t >= f->ve && fx_ends_with(x, t, "and")) return 0;
  if (t >= f->ve && other_subject_between(x, f->ve, t)) return 0;
  if (t >= f->ve && and_clause_of_part(x, f->ve, t)) return 0;
  /* "X, which shelved a project in Lâm Đồng last year, will invest $30
  ** million in Sơn La": an aside about the investor's past */
  size_t open, close;
  if (t < f->vs && inv_aside_at(x, s, t, t + 1, &open, &close) && close <= f->vs)
    return terminated(x, absent, close, f->ce);
  return 1;
}

/* "well short of the $1 billion the province had hoped to reach", "the $2
** billion that the city aimed for": a locality's goal said in the clause
** right after its figure (set qgarment); the setter is named first, so a
** firm's "$500 million aimed at raising output" stays its investment. */
static int goal_said_after(const ivl_fctx *x, const figure *f) {
  static const char *const setters[] = {"the province", "the city", "the locality", "the authorities", "officials",
                                        "it", NULL};
  static const char *const hoped[] = {"had hoped", "has hoped", "hoped", "had aimed", "aimed", "had targeted",
                                      "targeted", "targets", NULL};
  size_t len = x->a->view.len, p = f->ve;
  while (p < len && x->t[p] == ' ') p++;
  if (fx_starts_with(x, p, "that")) p += 4;
  while (p < len && x->t[p] == ' ') p++;
  for (const char *const *w = setters; *w; w++)
    if (fx_starts_with(x, p, *w)) return fx_starts_with_any(x, p + strlen(*w), hoped);
  return 0;
}

/* "a shortlist of 12 projects that it wants to call for investment",
** "eight projects seeking investors": projects counted as a place offers
** them, no capital put in yet (a goal; qcore). */
static int projects_called_for(const ivl_fctx *x, const figure *f) {
  static const char *const offered[] = {"call for invest*", "calling for invest*", "called for invest*",
                                        "seeking invest*", "seeking investors", "to seek investors", NULL};
  if (!f->count) return 0;
  /* (a member named after it shares the count's goal: "20 projects calling
  ** for investment, including a $300 million resort") */
  if (f->money && f->money->vs < f->count->ve) return 0;
  size_t from = f->count->ve;
  /* (the count's own value between: "20 projects worth $2 billion calling
  ** for investment") */
  if (f->money && f->money->vs >= from && f->money->vs <= from + 24 && fx_lower_words(x, from, f->money->vs))
    from = f->money->ve;
  size_t to = from + 60 < f->ce ? from + 60 : f->ce;
  size_t at = fx_first(x, from, to, offered);
  /* (the count's own words: not "licensed 15 projects, and is calling for
  ** investment in ports", another clause) */
  return at != FX_NONE && fx_lower_words(x, from, at) && fx_find(x, from, at, "and") == FX_NONE;
}

/* "licensed no projects worth more than $100 million", "no new project
** of over $50 million": the amount is a threshold no project reached. */
static int none_reached(const ivl_fctx *x, const figure *f, size_t from, int absent) {
  size_t w = first_of(x, absent, from, f->vs, negated);
  return w != FX_NONE && fx_find(x, w, f->vs, "project*") != FX_NONE && fx_lower_words(x, w, f->vs);
}

/* "agreed to buy 20 A330neo aircraft from Airbus in a deal valued at $7.4
** billion", "to buy 300 electric buses": goods bought, an order, not
** investment; unless the sentence also speaks of a stake, a works or
** investment. Asked only of a sentence cued for a company putting money in. */
static int goods_bought(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t from) {
  static const char *const goods[] = {"aircraft", "airplanes", "aeroplanes", "planes", "jets", "airliners",
                                      "helicopters", "locomotives", "vessels", "ships",
                                      /* a shipowner's order at a yard (set qweek81) */
                                      "tankers", "carriers", "bulkers", "ferries", "tugs", "barges", NULL};
  static const char *const orders[] = {"buy", "buys", "buying", "bought", "order", "orders", "ordered",
                                       "purchase", "purchased", "purchases", "purchasing", NULL};
  static const char *const invests[] = {"invest*", "stake*", "shares", "project*", "plant", "factory", "facility",
                                        "capital", "acquisition", "takeover", NULL};
  if (!(s->cues & (CUE_INVEST | CUE_WORKS))) return 0;
  size_t g = fx_first(x, from, f->ce, goods);
  size_t o = g != FX_NONE ? fx_first(x, g > from + 40 ? g - 40 : from, g, orders) : FX_NONE;
  /* (or the order named after its goods and price: "a contract for four
  ** tankers worth SEK 2,4 billion, the largest order ever placed at a
  ** Vietnamese yard", whose yard is the seller's, no works; set qweek81) */
  if (o == FX_NONE && g != FX_NONE && f->vs > g) o = fx_first(x, f->ve, s->ve, orders);
  /* (or things counted right after the order's verb: "signed a contract
  ** worth VNĐ2.1 trillion to buy 300 electric buses", set qev; not works
  ** or buildings bought, an acquisition: "to buy three hotels in Đà Nẵng",
  ** "to purchase 5 hydropower plants") */
  static const char *const assets[] = {"hotels", "malls", "resorts", "buildings", "towers", "stores",
                                       "supermarkets", "facilities", "warehouses", "hospitals", "ports",
                                       "terminals", "mills", "offices", NULL};
  for (size_t i = 0; o == FX_NONE && i < s->n; i++)
    if (s->m[i].kind == FM_COUNT && s->m[i].vs >= from && s->m[i].ve <= f->ce &&
        fx_ends_with_any(x, s->m[i].vs, orders) && !fx_any(x, s->m[i].vs, s->m[i].ve, inv_works) &&
        !fx_any(x, s->m[i].vs, s->m[i].ve, assets))
      o = s->m[i].vs;
  return o != FX_NONE && !fx_any(x, s->vs, s->ve, invests);
}

/* "The processing and manufacturing sector attracted $10.7 billion",
** "Real estate took $2 billion": a sector that opens the sentence as the
** subject of its first figure (lower-case words only between) took a part of
** the period's capital, which no investor put into any one place. */
static int sector_subject(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  if (!s->n || s->m[0].kind != FM_SECTOR) return 0;
  /* the sectors joined as one subject: "Agriculture and forestry" */
  size_t last = 0;
  while (last + 1 < s->n && s->m[last + 1].kind == FM_SECTOR && s->m[last + 1].vs < f->vs &&
         s->m[last + 1].vs - s->m[last].ve <= 6 && fx_lower_words(x, s->m[last].ve, s->m[last + 1].vs))
    last++;
  /* (64 bytes: "Retail and wholesale attracted the most capital with") */
  if (f->vs < s->m[last].ve || f->vs - s->m[last].ve > 64) return 0;
  size_t start = s->vs;
  if (fx_starts_with(x, start, "the")) start += 4;
  return s->m[0].vs == start && fx_lower_words(x, s->m[last].ve, f->vs) &&
         (last + 1 == s->n || s->m[last + 1].vs >= f->vs);
}

/* "Manufacturing attracted $24.1 billion, ..., followed by real estate with
** $5.6 billion": in a sentence a sector opens (sector_subject), a later
** figure said right after another sector (lower-case words only between)
** is that sector's part too. */
static int sector_goes_on(const ivl_fctx *x, const ivl_fsent *s, const figures *fs, const figure *f) {
  if (s->m[0].kind != FM_SECTOR || !sector_subject(x, s, &fs->f[0])) return 0;
  for (size_t k = s->n; k-- > 0;) {
    const ivl_fm *m = &s->m[k];
    if (m->vs >= f->vs || m->kind == FM_DATE) continue;
    return m->kind == FM_SECTOR && f->vs - m->ve <= 24 && fx_lower_words(x, m->ve, f->vs);
  }
  return 0;
}

/* "attracted $2.1 billion, of which finance and insurance took $210
** million", "..., with manufacturing taking $800 million": a sector named
** as the subject of a part of the total said before (after "of which",
** "with", "including"; lower-case words between it and the figure) took a
** part, which no investor put into any one place (as sector_subject). */
static int sector_part_of_total(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const parts[] = {"of which", "of this", "of that", "with", "including", NULL};
  for (size_t k = s->n; k-- > 0;) {
    const ivl_fm *m = &s->m[k];
    if (m->vs >= f->vs || m->kind == FM_DATE) continue;
    if (m->kind != FM_SECTOR || f->vs - m->ve > 32 || !fx_lower_words(x, m->ve, f->vs)) return 0;
    /* back over the sectors joined to it ("finance and insurance") */
    while (k > 0 && s->m[k - 1].kind == FM_SECTOR && m->vs - s->m[k - 1].ve <= 6) m = &s->m[--k];
    return fx_ends_with_any(x, m->vs, parts);
  }
  return 0;
}

/* "If approved, the second phase would cost a further $180 million", "X
** would spend VNĐ25 trillion if the province approves": money a condition
** hangs on, said with a modal right before it, is no investment (a plan
** said outright, "said it would invest $50 million", is one); so is money
** an investor is only ready to put in on a condition ("said it was
** prepared to spend up to $500 million on a plant if a study confirms"). */
static int conditional(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int absent) {
  static const char *const modals[] = {"would", "could", "might", "prepared to", "ready to", "willing to", NULL};
  if (!f->money || !any_of(x, absent, s->vs, s->ve, conditions)) return 0;
  size_t back = f->money->vs > f->cs + 60 ? f->money->vs - 60 : f->cs;
  /* "A second phase, worth another $45 million, would follow if ...": the
  ** money in an aside on the subject, the modal right after its comma */
  size_t ve = f->money->ve;
  if (x->t[ve] == ',' && fx_starts_with_any(x, ve + 1, modals)) return 1;
  return fx_any(x, back, f->money->vs, modals);
}

/* "Assume a foreign investor commits USD 1 billion to a chip project",
** "Suppose an enterprise invests VND12 trillion ...": a case the writer
** asks the reader to suppose, the verb opening the sentence, is no one's
** money (rule 13). */
static int supposed_case(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const suppose[] = {"Assume ", "Assuming ", "Suppose ", "Supposing ", "Imagine ", "Let us say ",
                                        "Let's say ", "Say a ", "Say an ", NULL};
  for (int i = 0; suppose[i]; i++)
    if (strncmp(x->t + s->vs, suppose[i], strlen(suppose[i])) == 0) return 1;
  return 0;
}

/* "A chipmaker investing $1 billion in a plant that earns $200 million a
** year would save about $30 million", "An enterprise that invests VND12
** trillion would receive ...": an unnamed one of a kind (the sentence
** opens on "A"/"An" and lower-case words), its investing told by a
** participle or a relative, and "would" after: a worked example, no one's
** money. Not "A Japanese firm investing ..." (a kind told by origin may be a
** report's unnamed firm), nor one with no "would". */
static int generic_would(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const investing[] = {"investing", "that invests", "which invests", "that puts", "putting",
                                          "that spends", "spending", "planning", "with a project", NULL};
  static const char *const would[] = {"would", NULL};
  const char *t = x->t + s->vs;
  if (strncmp(t, "A ", 2) != 0 && strncmp(t, "An ", 3) != 0) return 0;
  size_t lim = s->vs + 40 < s->ve ? s->vs + 40 : s->ve;
  size_t v = fx_first(x, s->vs + 2, lim, investing);
  return v != FX_NONE && fx_lower_words(x, s->vs + 2, v) && fx_any(x, v, s->ve, would);
}

/* "For example, a Singaporean firm planning a $10 million factory would
** go straight to the park's board", "A hypothetical $1 billion plant would
** be welcome": a guide's worked example, an example word before the
** amount and "would" after it, is no one's money (rule 13). Not "Samsung,
** for example, has invested $20 billion" (told, no "would"). */
static int worked_example(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const example[] = {"for example", "for instance", "an example", "hypothetical", NULL};
  static const char *const would[] = {"would", NULL};
  if (f->money && (supposed_case(x, s) || generic_would(x, s))) return 1;
  return f->money && fx_any(x, s->vs, f->money->vs, example) && fx_any(x, f->money->ve, s->ve, would);
}

/* "The founder has personally invested $5 million in X", "she will
** personally put $3 million into ...", "pledged personally to spend
** $1 million": a person's own money, "personally" next to the verb that
** gives it, in the money's clause. Not "the minister personally handed
** over the licence for the $300 million plant" (no giving verb by it). */
static int personally_given(const ivl_fctx *x, const ivl_fm *m, size_t from) {
  static const char *const personally[] = {"personally", NULL};
  static const char *const giving[] = {"invest*", "put", "puts", "putting", "plan*", "bought", "buy*",
                                       "contribut*", "commit*", "pledg*", "paid", "pay*", "spen*", "acquir*",
                                       "pour*", "inject*", "fund*", "financ*", "back*", NULL};
  /* (the verb before it: "commit personally to invest") */
  static const char *const giving_before[] = {"commit", "commits", "committed", "pledge", "pledges", "pledged",
                                              "invest", "invests", "invested", NULL};
  size_t p = fx_last(x, from, m->vs, personally);
  if (p == FX_NONE || !same_clause(x, p, m->vs)) return 0;
  return fx_starts_with_any(x, p + 10, giving) || fx_ends_with_any(x, p, giving_before);
}

/* "bought a 5% stake for $10 million in his personal capacity", "a $2
** million workshop that she will own as an individual investor": the
** person's own holding, said after the money in its clause. */
static int held_personally(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const capacity[] = {"personal capacity", "individual investor", "individual capacity", NULL};
  size_t c = fx_first(x, m->ve, m->ve + 90 < s->ve ? m->ve + 90 : s->ve, capacity);
  return c != FX_NONE && same_clause(x, m->ve, c);
}

/* "Vuong has pledged to put $1 billion of his own money into the company",
** "paid $20 million from her own pocket": a person's own money, said
** right after the amount, or told "personally" (personally_given,
** held_personally); persons are never investors. */
static int own_purse(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t from) {
  static const char *const personal[] = {"of his own", "of her own", "from his own", "from her own",
                                         "of his personal", "of her personal", "from his personal",
                                         "from her personal", NULL};
  return f->money && (fx_starts_with_any(x, f->money->ve, personal) || personally_given(x, f->money, from) ||
                      held_personally(x, s, f->money));
}

/* "projects with capital of VNĐ5 trillion or more need the Prime
** Minister's approval", "outward investments of VND20 billion and above
** require a certificate": a threshold a rule or a guide sets, said right
** after the amount (past its equivalent in brackets), no one's money put
** in (rule 13), as eligibility_floor's, said before it. The amount sizes
** a noun ("of", "worth"); not an investor's floor on its own plan ("will
** invest $300 million or more in a plant"). */
static int open_ended_threshold(const ivl_fctx *x, const figure *f) {
  const ivl_fm *m = f->money;
  if (!m) return 0;
  static const char *const open_ended[] = {"or more", "or above", "or higher", "or over", "or larger",
                                           "and above", "and over", "and more", "or greater", NULL};
  static const char *const sizing[] = {"of", "worth", "valued at", NULL};
  return fx_starts_with_any(x, fx_past_bracketed_equivalent(x, m->ve), open_ended) &&
         fx_ends_with_any(x, m->vs, sizing);
}

/* "Under the decree, projects with capital of at least VNĐ12 trillion ...
** can receive cash support": a floor a rule sets for the projects it
** rewards, uncounted projects "with" capital above it and a verb of
** getting or qualifying after, is no money anyone put in (set qweek6).
** Not "1,200 projects with capital of over $5 billion": counted, a sum. */
static int eligibility_floor(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const floors[] = {"at least", "more than", "over", "above", "exceeding", "no less than", NULL};
  static const char *const gets[] = {"can receive", "can get", "can enjoy", "can apply", "may receive", "will receive",
                                     "are eligible", "will be eligible", "would be eligible", "qualify",
                                     "are entitled", "will be entitled", NULL};
  if (!f->money || f->count || !fx_ends_with_any(x, f->money->vs, floors)) return 0;
  size_t back = f->money->vs > s->vs + 60 ? f->money->vs - 60 : s->vs;
  size_t p = fx_find(x, back, f->money->vs, "projects with");
  if (p == FX_NONE || !fx_lower_words(x, p, f->money->vs)) return 0;
  /* (no number counting them right before) */
  size_t w = p;
  while (w > s->vs && x->t[w - 1] == ' ') w--;
  if (w > s->vs && ivl_isdigit((unsigned char)x->t[w - 1])) return 0;
  return fx_any(x, f->money->ve, s->ve, gets);
}

/* "... could rebound to $5 billion if two pending chip projects are
** approved": projects counted, with no money, in the clause of a
** condition are what a forecast hangs on, none licensed. */
static int count_in_condition(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int absent) {
  if (f->money || !f->count) return 0;
  size_t back = f->vs > s->vs + 40 ? f->vs - 40 : s->vs;
  size_t at = first_of(x, absent, back, f->vs, conditions);
  return at != FX_NONE && !memchr(x->t + at, ',', f->vs - at);
}

/* "dozens of small firms, many of them registering less than $1 million
** each": a bound on each one's size, no sum anyone put in. */
static int bound_of_each(const ivl_fctx *x, const figure *f) {
  static const char *const bounds[] = {"less than", "under", "below", "no more than", "at most", NULL};
  static const char *const each[] = {"each", "apiece", NULL};
  return f->money && fx_starts_with_any(x, f->money->ve, each) && fx_ends_with_any(x, f->money->vs, bounds);
}

/* "shorter processing times for projects below $20 million", "a fast
** track for projects of over $100 million": uncounted projects bounded by
** the amount are a class of sizes a rule speaks of, no sum anyone put in
** (set qweek14). Not "18 projects of over $100 million" (counted, each
** one's figure told) nor "projects worth $20 million" (no bound). */
static int size_class_bound(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const bounded[] = {"projects below", "projects under", "projects above", "projects over",
                                        "projects of less than", "projects of more than", "projects of over",
                                        "projects of under", "projects worth less than", "projects worth more than",
                                        "projects exceeding", NULL};
  if (!f->money || f->count) return 0;
  size_t back = f->money->vs > s->vs + 32 ? f->money->vs - 32 : s->vs;
  size_t p = fx_last(x, back, f->money->vs, bounded);
  if (p == FX_NONE || !fx_lower_words(x, p, f->money->vs)) return 0;
  size_t w = p;
  while (w > s->vs && x->t[w - 1] == ' ') w--;
  return !(w > s->vs && ivl_isdigit((unsigned char)x->t[w - 1]));
}

/* "The remaining 11 projects range from $5 million to $60 million each":
** the ends of a range of sizes, the smallest and the largest of many, no
** sum anyone put in (not the total said after it: "..., with a combined
** capital of $300 million"). */
static int end_of_size_range(const ivl_fctx *x, const figure *f) {
  static const char *const from[] = {"range from", "ranges from", "ranged from", "ranging from", NULL};
  if (!f->money) return 0;
  if (fx_ends_with_any(x, f->money->vs, from)) return 1;
  if (!fx_ends_with(x, f->money->vs, "to")) return 0;
  size_t back = f->money->vs > 48 ? f->money->vs - 48 : 0;
  size_t r = fx_first(x, back, f->money->vs, from);
  return r != FX_NONE && !memchr(x->t + r, ',', f->money->vs - r);
}

/* "Kiên Giang seeks $5 billion in FDI", "Bình Phước eyes $1 billion": a
** goal said with the amount right after the verb (not "is seeking a
** licence for the $481 million project", dev-12: a firm's own project) */
static const char *const seeks[] = {"seeks", "seek", "seeking", "eyes", "eyeing", NULL};

/* "Foreign-invested enterprises contributed $265 billion, or 71.5 per cent
** of the total", "FDI firms accounted for $11 billion": foreign firms as a
** body producing a share of an output (exports, revenue, GDP) just told,
** with no word of capital put in anywhere in the sentence (not "FDI firms
** contributed $1.2 billion in capital"). */
static int output_share(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const bodies[] = {"foreign-invested enterprises", "foreign-invested firms",
                                       "foreign-invested companies", "foreign-invested sector", "fdi enterprises",
                                       "fdi firms", "fdi companies", "fdi sector", NULL};
  static const char *const share[] = {"contribut*", "accounted for", "accounting for", "account for", "made up",
                                      "making up", NULL};
  static const char *const capital[] = {"capital", "invested in", "investment*", "invest", "invests", "project*",
                                        "registered", "disburs*", "licen*", "inflow*", NULL};
  if (!f->money || !(s->cues & CUE_INVEST)) return 0;
  size_t b = fx_first(x, f->cs, f->vs, bodies);
  return b != FX_NONE && fx_any(x, b, f->vs, share) && !fx_any(x, s->vs, s->ve, capital);
}

/* "The group already operates two other projects in the province": a count
** of other projects, with no capital, only says the investor is there
** besides: a sentence with no amount at all (not "licensed 19 projects
** worth $826 million and raised capital for 36 other projects", dev-03). */
static int others_only(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  if (!f->count || f->money || f->share || fx_find(x, f->count->vs, f->count->ve, "other") == FX_NONE) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY) return 0;
  return 1;
}

/* Does the sentence open on a region described by common words, "the"
** and a few lower-case words before "region" ("The northern key economic
** region drew ...", "The southern region took about 40% ...")? No such
** region is a place of the gazetteer's (set qwhere). */
static int opens_on_described_region(const ivl_fctx *x, size_t vs) {
  static const char *const region_nouns[] = {"region", "regions", NULL};
  return fx_starts_with(x, vs, "the") && fx_noun_within(x, vs + 3, region_nouns, 3);
}

/* "That brings the Mekong Delta province's FDI stock to ...", "the
** Central Highlands city": a region's name before a province's or city's
** noun is an epithet of one province, the one spoken of, not the region
** (set qepithet). */
int inv_region_as_epithet(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const units[] = {"province", "province's", "city", "city's", NULL};
  return fx_starts_with_any(x, m->ve, units);
}

/* "The delta drew a combined $2.96 billion ...", "The northern Red River
** Delta remained ..., drawing $13.8 billion": a region of the country as
** the sentence's subject (a gazetteer place with no province of its own,
** or "the delta", "the region", "the northern key economic region"), with
** no province, firm or country named before the figure, tells the region's
** own total: a region is no target (ENTITIES), and its total is not the
** country's (set qregion). */
static int region_own_total(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const the_region[] = {"the delta", NULL};
  if (!f->money || ivl_tolower((unsigned char)x->t[s->vs]) != 't') return 0;
  int region = fx_starts_with_any(x, s->vs, the_region) || opens_on_described_region(x, s->vs);
  for (size_t i = 0; i < s->n && s->m[i].vs < f->money->vs; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_PLACE && (m->flags & FM_VN) && !m->province && m->vs <= s->vs + 16 && !inv_region_as_epithet(x, m))
      region = 1;
    else if (m->kind == FM_PLACE || m->kind == FM_COUNTRY || m->kind == FM_ORG) return 0;
  }
  return region;
}

/* "Japan's government has set aside 3.9 trillion yen to subsidise chip
** plants at home": money a foreign country spends in its own land, said by
** "at home" after the figure in its clause, is none of Việt Nam's (not
** "Viettel will pour $1 billion into data centres at home", a Vietnamese
** spender's own land, nor a sentence naming a Vietnamese place). */
static int foreign_money_at_home(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const home[] = {"at home", "back home", "in its home market", NULL};
  if (!f->money) return 0;
  size_t to = f->money->ve + 80 < s->ve ? f->money->ve + 80 : s->ve;
  size_t h = fx_first(x, f->money->ve, to, home);
  if (h == FX_NONE || !same_clause(x, f->money->ve, h)) return 0;
  int foreign = 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if ((m->kind == FM_COUNTRY && m->party && strcmp(m->party, "VN") == 0) ||
        (m->kind == FM_PLACE && m->country && strcmp(m->country, "VN") == 0))
      return 0;
    if (m->kind == FM_COUNTRY && m->party && m->vs < f->money->vs) foreign = 1;
  }
  return foreign;
}

/* "A Japanese group dropped a $150 million plan to buy X last year",
** "abandoned its $2 billion bid": the plan or bid given up said around its
** figure (the lexicon's "dropped plans" needs the words together; a bare
** "dropped" is no ending: "FDI dropped 5 per cent"). */
static int plan_given_up(const ivl_fctx *x, const figure *f) {
  static const char *const dropped[] = {"dropped a", "dropped its", "dropped the", "drops a", "drops its",
                                        "abandoned a", "abandoned its", "scrapped a", "scrapped its", NULL};
  /* (or a works project: "The developer dropped a VND5 trillion resort
  ** project in Quảng Nam", set qweek76) */
  static const char *const plans[] = {"plan", "plans", "bid", "offer", "proposal", "project", "projects", NULL};
  /* "BYD dropped a proposed $1.3 billion assembly plant": a works only
  ** proposed or planned, given up; whatever its noun (qasia) */
  static const char *const dropped_proposed[] = {
    "dropped a proposed", "dropped a planned", "dropped its proposed", "dropped its planned",
    "dropped the proposed", "dropped the planned", "drops a proposed", "drops a planned",
    "drops its proposed", "drops its planned", NULL};
  if (f->money && fx_ends_with_any(x, f->money->vs, dropped_proposed)) return 1;
  return f->money && fx_ends_with_any(x, f->money->vs, dropped) && fx_noun_within(x, f->money->ve, plans, 2);
}

/* "In September, X closed its $25 million plant in Y and let go all its
** staff", "will close its $40 million plant": a works shut said around its
** figure, an ended project (rule 13; "closed down" is the lexicon's, but
** "closed its" alone is no ending: "closed its $4 million seed round",
** "closed the $300 million purchase" stay facts, no works after the
** figure). So too the works named before an aside that holds its figure:
** "closed its Bình Dương factory, which had cost $30 million" (not "closed
** its old factory and will build a $30 million plant", nor "closed the
** acquisition of X, a factory owner, for $30 million"). */
static int works_closed(const ivl_fctx *x, const figure *f) {
  static const char *const closed[] = {"closed its", "closed the", "closed a", "closes its", "closing its",
                                       "close its", "close the", "shut its", "shuts its", "shut the",
                                       "shutting its", NULL};
  static const char *const works[] = {"plant", "plants", "factory", "factories", "mill", "facility", "store",
                                      "stores", NULL};
  if (!f->money) return 0;
  if (fx_ends_with_any(x, f->money->vs, closed)) return fx_noun_within(x, f->money->ve, works, 2);
  size_t from = f->money->vs > f->cs + 80 ? f->money->vs - 80 : f->cs;
  size_t c = fx_first(x, from, f->money->vs, closed);
  if (c == FX_NONE) return 0;
  /* the object of the closing: up to four words (a place's name too) to the
  ** works noun, then its aside, "which", that the figure is in */
  size_t p = c;
  for (int words = 0; words < 2 + 4 && p < f->money->vs; words++) {
    while (p < f->money->vs && x->t[p] == ' ') p++;
    if (words >= 2 && fx_starts_with_any(x, p, works)) {
      while (p < f->money->vs && ivl_isalpha((unsigned char)x->t[p])) p++;
      return x->t[p] == ',' && fx_starts_with(x, p + 1, "which") &&
             !memchr(x->t + p + 1, ',', f->money->vs - p - 1);
    }
    if (!ivl_isalpha((unsigned char)x->t[p]) && (unsigned char)x->t[p] < 0x80) return 0;
    while (p < f->money->vs && (ivl_isalpha((unsigned char)x->t[p]) || (unsigned char)x->t[p] >= 0x80)) p++;
  }
  return 0;
}

/* The figure's own project told again ("the project", "the plan"; as an
** object "it" too, as a subject "it" is the firm) at 'p', and no other's
** ("the project of X", "the plan for Y"). */
static int names_it_again(const ivl_fctx *x, size_t p, int object) {
  static const char *const again[] = {"the project", "the plan", "the scheme", "the deal", "the investment",
                                      "the plant", "the factory", "the venture", "that project", "this project",
                                      "that plan", "this plan", "its licence", "its license", "the licence",
                                      "the license", "its investment certificate", "the investment certificate",
                                      NULL};
  static const char *const it[] = {"it", NULL};
  static const char *const other[] = {"of", "for", NULL};
  while (x->t[p] == ' ') p++;
  if (object && fx_starts_with_any(x, p, it)) return 1;
  if (!fx_starts_with_any(x, p, again)) return 0;
  /* past the two words ("the project"), to what follows them */
  for (int words = 0; words < 2; words++) {
    while (ivl_isalpha((unsigned char)x->t[p])) p++;
    while (x->t[p] == ' ') p++;
  }
  return !fx_starts_with_any(x, p, other);
}

/* "had set aside $40 million for a plant in X, but the plan has been
** suspended since", "was licensed in 2016 to build a $300 million resort,
** but the province, now part of Y, cancelled the project in 2023": the
** "but" clause at 'b' ends the figure's project when its subject is that
** project told again, or its ending word's object is (rule 13); the
** clause runs to the next contrast or ';'. Not "but the province revoked
** the licence of X", "but its other project in Huế was withdrawn". */
static int ended_in_but_clause(const ivl_fctx *x, const ivl_fsent *s, size_t b, int absent) {
  static const char *const stops[] = {"while", "whereas", "but", ";", NULL};
  size_t end = fx_first(x, b + 4, s->ve, stops);
  if (end == FX_NONE) end = s->ve;
  size_t t = first_of(x, absent, b + 4, end, ivl_lexicon(LEX_TERMINATED));
  if (t == FX_NONE) return 0;
  if (names_it_again(x, b + 3, 0)) return 1;
  size_t p = t;
  while (ivl_isalpha((unsigned char)x->t[p])) p++;
  return names_it_again(x, p, 1);
}

/* "had agreed to buy 10% of X for $400 million but called off the deal in
** 2023": a deal given up in the clause "but" joins right after the
** figure's, the given-up words close after the "but" (rule 13; not "...
** $50 million in 2020, but its other project in Huế was withdrawn"). */
static int given_up_after(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int absent) {
  static const char *const but[] = {"but", NULL};
  size_t b = fx_first(x, f->ve, s->ve, but);
  if (b == FX_NONE) return 0;
  /* (a "but" of no subject after a clause of contrast is that clause's) */
  if (b + 4 < s->ve && ivl_islower((unsigned char)x->t[b + 4]) && other_subject_between(x, f->ve, b)) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY && s->m[i].vs >= f->ve && s->m[i].vs < b) return 0;
  return terminated(x, absent, b, b + 30 < s->ve ? b + 30 : s->ve) || ended_in_but_clause(x, s, b, absent);
}

/* "a plan it announced in 2023 for a $90 million plant in X, which it
** dropped after failing to secure a site", "..., which was later
** scrapped": a "which" clause after the figure whose verb, past its
** subject pronoun and auxiliaries, ends what the figure is of (rule 13).
** Not "..., which replaces the project it dropped" (another verb first). */
static int dropped_after_which(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const which[] = {"which", NULL};
  static const char *const fillers[] = {"it", "they", "the company", "the firm", "the group", "the investor",
                                        "later", "since", "then", "eventually", "subsequently", "has", "had",
                                        "have", "was", "were", "been", "quietly", NULL};
  static const char *const dropped[] = {"dropped", NULL};
  size_t lim = f->ve + 80 < s->ve ? f->ve + 80 : s->ve;
  size_t w = fx_first(x, f->ve, lim, which);
  if (w == FX_NONE || w < f->ve + 2 || x->t[w - 2] != ',') return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY && s->m[i].vs >= f->ve && s->m[i].vs < w) return 0;
  size_t p = w + 5;
  for (int words = 0; words < 5; words++) {
    while (x->t[p] == ' ') p++;
    if (fx_starts_with_any(x, p, dropped) || fx_starts_with_any(x, p, ivl_lexicon(LEX_TERMINATED))) return 1;
    if (!fx_starts_with_any(x, p, fillers)) return 0;
    while (ivl_isalpha((unsigned char)x->t[p])) p++;
    if (fx_starts_with(x, p, " company") || fx_starts_with(x, p, " firm") || fx_starts_with(x, p, " group") ||
        fx_starts_with(x, p, " investor"))
      p += 1;
    while (ivl_isalpha((unsigned char)x->t[p])) p++;
  }
  return 0;
}

/* "cut its registered capital by $20 million to $110 million", "a
** reduction of $5 million": the amount a capital is cut by is money taken
** out, no investment (the level it is cut to stays one). The word of
** cutting is the last word of change before the amount in its clause. */
static int capital_cut_by(const ivl_fctx *x, const figure *f) {
  static const char *const cut_of[] = {"cut of", "reduction of", "decrease of", "cutback of", NULL};
  static const char *const cutting[] = {"cut", "cuts", "cutting", "reduc*", "lower*", "slash*", "trim*",
                                        "decreas*", "scaled back", "scaled down", "scaling back", "downsiz*", NULL};
  static const char *const adding[] = {"rais*", "increas*", "add*", "boost*", "lift*", "expand*", "up", NULL};
  if (!f->money || f->count) return 0;
  if (fx_ends_with_any(x, f->money->vs, cut_of)) return 1;
  if (!fx_ends_with(x, f->money->vs, "by")) return 0;
  size_t at = fx_last(x, f->cs, f->money->vs, cutting);
  return at != FX_NONE && !fx_any(x, at, f->money->vs, adding);
}

/* "found violations at 14 foreign-invested projects", "The other 12
** projects were fined": projects counted by an inspection's findings, with
** no capital, are no investment (set qcourt). The word before the count, or
** right after it ("projects were fined"); not a later clause's ("licensed
** 20 projects, while inspectors fined three firms"). */
static int inspected_projects(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const findings[] = {"violation*", "violating", "violated", "breach*", "fined", "inspection*",
                                         "inspector*", "penalis*", "penaliz*", "sanctioned", NULL};
  if (!f->count || f->money) return 0;
  size_t after = f->ve + 30 < f->ce ? f->ve + 30 : f->ce;
  return fx_any(x, s->vs, f->vs, findings) || fx_any(x, f->ve, after, findings);
}

/* Is the figure 'f' a goal or forecast by the words before it (goal,
** forecast_said)? */
static int forecast_before(const ivl_fctx *x, const figure *f, int absent) {
  size_t from = f->vs > f->cs + 90 ? f->vs - 90 : f->cs;
  return goal(x, absent, from, f->vs) || forecast_said(x, f, from, absent);
}

/* "Marubeni holds a 40 percent stake in the 1,500-megawatt project, whose
** total cost is estimated at $1.6 billion", "is weighing a bid for a
** stake in the Ca Na power project, whose cost is put at $2.3 billion":
** the figure of a "whose" clause on a project's cost, told of the works a
** stake is held or sought in, is the whole works', not what the stake's
** holder puts in (set qweek52). Not "will build a plant, whose total
** investment is $50 million" (no stake: the builder's own money). */
static int whole_cost_of_staked_works(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const cost_words[] = {"cost", "costs", "investment", "capital", "price tag", "value", NULL};
  static const char *const stake[] = {"stake in", "stakes in", "share in", "interest in", NULL};
  if (!f->money || f->money->vs < s->vs + 8) return 0;
  size_t from = f->money->vs > s->vs + 60 ? f->money->vs - 60 : s->vs;
  size_t whose = fx_find_last(x, from, f->money->vs, "whose");
  if (whose == FX_NONE || whose < 2 || x->t[whose - 2] != ',' || !fx_lower_words(x, whose, f->money->vs) ||
      !fx_any(x, whose, f->money->vs, cost_words))
    return 0;
  size_t back = whose > s->vs + 160 ? whose - 160 : s->vs;
  return fx_any(x, back, whose, stake);
}

/* "counts $2.4 billion of further projects in the proposal stage,
** including a $200 million plant in X and a $350 million campus in Y": the
** members listed after "including" share the undecided state of the
** whole told before them (undecided), however far its word stands (set
** qweek99). Not a member of a licensed whole ("licensed $2 billion of
** projects, including a $200 million plant"). */
static int member_of_undecided(const ivl_fctx *x, const figures *fs, size_t i) {
  static const char *const examples[] = {"including", "such as", "among them", NULL};
  const figure *f = &fs->f[i];
  for (size_t k = 0; k < i; k++) {
    const figure *w = &fs->f[k];
    size_t inc = w->money ? fx_first(x, w->ve, f->vs, examples) : FX_NONE;
    /* (the word in the whole's clause, before the list opens) */
    if (inc != FX_NONE && fx_first(x, w->cs, inc, undecided_words) != FX_NONE) return 1;
  }
  return 0;
}

/* "Hung Yen, which has set a goal of $5 billion a year by 2030, attracted
** $1.2 billion": a goal told in a "which" aside with a figure of its own,
** the aside closed by a comma before figure i, is that figure's, not i's
** (set qweek103). Where f's goal words may start: past the aside's comma,
** else 'from'. */
static size_t past_goal_aside(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t from) {
  size_t which = fx_find_last(x, from, f->vs, "which");
  if (which == FX_NONE || which < from + 2 || x->t[which - 2] != ',') return from;
  const ivl_fm *own = NULL; /* the aside's own money */
  for (size_t k = 0; k < s->n && !own; k++)
    if (s->m[k].kind == FM_MONEY && s->m[k].vs > which && s->m[k].ve < f->vs) own = &s->m[k];
  if (!own || fx_first(x, which, own->vs, ivl_lexicon(LEX_GOAL)) == FX_NONE) return from;
  const char *close = memchr(x->t + own->ve, ',', f->vs - own->ve);
  return close ? (size_t)(close - x->t) + 1 : from;
}

void inv_mark_non_facts_as(const ivl_fctx *x, const ivl_fsent *s, figures *fs, int every_look) {
  size_t open = OPEN_UNKNOWN; /* the same for every figure of the sentence */
  int absent = !every_look && fs->n && non_fact_words_absent(x, s);
  for (size_t i = 0; i < fs->n; i++) {
    figure *f = &fs->f[i];
    size_t from = f->vs > f->cs + 90 ? f->vs - 90 : f->cs;
    size_t near = f->vs > f->cs + 50 ? f->vs - 50 : f->cs;
    /* "expects to license ten projects, including a $2.3 billion plant":
    ** a member named after the count shares the whole's goal */
    const figure *whole = i > 0 && fs->f[i - 1].count && !fs->f[i - 1].money ? &fs->f[i - 1] : NULL;
    size_t goal_from = whole && f->money && members_follow(x, s, whole->ve, f->money) ? (whole->vs > whole->cs + 90 ? whole->vs - 90 : whole->cs) : past_goal_aside(x, s, f, from);
    /* "total capital of domestic and foreign projects": a total mixing
    ** both is neither Việt Nam's nor foreign investors' */
    f->not_fact = goal(x, absent, goal_from, f->vs) || goal_said_after(x, f) || projects_called_for(x, f) || terminated_part(x, s, f, from, absent) ||
                  comparison(x, s, f, near, absent, &open) || any_of(x, absent, from, f->ce, mixed_totals) ||
                  any_of(x, absent, f->cs, f->vs, newsroom_tally) ||
                  foreign_part_follows(x, s, f, absent) || mixed_parts_summed(x, s, f) || goods_bought(x, s, f, from) ||
                  none_reached(x, f, near, absent) || conditional(x, s, f, absent) ||
                  count_in_condition(x, s, f, absent) || bound_of_each(x, f) || end_of_size_range(x, f) ||
                  size_class_bound(x, s, f) ||
                  eligibility_floor(x, s, f) || open_ended_threshold(x, f) || worked_example(x, s, f) || own_purse(x, s, f, from) ||
                  (i == 0 && sector_subject(x, s, f)) || (i > 0 && sector_goes_on(x, s, fs, f)) ||
                  (i > 0 && sector_part_of_total(x, s, f)) ||
                  (f->money && fx_ends_with_any(x, f->money->vs, seeks)) ||
                  others_only(x, s, f) || given_up_after(x, s, f, absent) || dropped_after_which(x, s, f) || plan_given_up(x, f) || works_closed(x, f) ||
                  foreign_money_at_home(x, s, f) || inspected_projects(x, s, f) || region_own_total(x, s, f) ||
                  undecided(x, s, f, from, absent) || (i > 0 && member_of_undecided(x, fs, i)) ||
                  forecast_said(x, f, from, absent) || output_share(x, s, f) || capital_cut_by(x, f) ||
                  hearsay_said(x, f, absent) || possibility_said(x, f, absent) ||
                  choice_pending(x, s, f, absent) || retold_amount(x, s, f) || whole_cost_of_staked_works(x, s, f) ||
                  withdrawn_after_not(x, f);
    /* "is forecast to reach $20-21 billion": a range's second end is
    ** what its first is */
    if (i && !f->not_fact && fs->f[i - 1].not_fact && fs->f[i - 1].money && f->money &&
        (range_end(x, fs->f[i - 1].money, f->money) || gapped_member(x, fs->f[i - 1].money, f->money) ||
         placed_member(x, fs->f[i - 1].ve, f->money) || with_part_member(x, fs->f[i - 1].money->ve, f->money)))
      f->not_fact = 1;
    if (i && !f->not_fact && fs->f[i - 1].money && f->money && gapped_forecast_member(x, fs->f[i - 1].money, f->money) &&
        forecast_before(x, &fs->f[i - 1], absent))
      f->not_fact = 1;
  }
}

void inv_mark_non_facts(const ivl_fctx *x, const ivl_fsent *s, figures *fs) { inv_mark_non_facts_as(x, s, fs, 0); }

/* "The projects, approved between 2019 and 2021, included a $310 million
** wind farm of X": the heading of the members ("The projects ...
** included") with an aside between its subject and its verb. */
static int members_past_aside(const ivl_fctx *x, const ivl_fsent *s, size_t to) {
  static const char *const heads[] = {"the projects", "these projects", "the ventures", "they", "these", NULL};
  static const char *const include[] = {"include", "includes", "included", NULL};
  if (!fx_starts_with_any(x, s->vs, heads)) return 0;
  const char *c = memchr(x->t + s->vs, ',', to - s->vs);
  if (!c || (size_t)(c - x->t) > s->vs + 16) return 0;
  size_t open = (size_t)(c - x->t) + 1;
  const char *d = memchr(x->t + open, ',', to - open);
  return d && (size_t)(d - x->t) < open + 80 && fx_starts_with_any(x, (size_t)(d - x->t) + 1, include);
}

void inv_mark_ended_set(ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  static const char *const of_them[] = {"of them", "among them", "of these", "among these", "of those", NULL};
  if (!fs->n) return;
  if (x->c.terminated_sent && x->c.terminated_sent == s->index) {
    /* the set named at the sentence's start, before its first figure */
    size_t to = s->vs + 40 < fs->f[0].vs ? s->vs + 40 : fs->f[0].vs;
    /* (or by its largest member opening the sentence: "... has terminated
    ** 12 foreign-invested projects. The largest is a $210 million plant
    ** of a Chinese investor, licensed in 2018") */
    static const char *const largest[] = {"the largest", "the biggest", "the largest one", "the biggest one", NULL};
    /* (or "They include a VNĐ3 trillion resort by X and ...") */
    /* (or the ended project itself, told in the past perfect: "... has
    ** revoked the licence of a $2.1 billion resort. The project, licensed
    ** in 2019, had disbursed only $14 million": set qcourt) */
    static const char *const the_works[] = {"the project", "the plant", "the factory", "the resort", "the complex",
                                            "the venture", "the scheme", NULL};
    static const char *const had[] = {"had", NULL};
    if (fx_any(x, s->vs, to, of_them) || fx_starts_with_any(x, s->vs, largest) ||
        fx_starts_with_any(x, s->vs, inv_members) || members_past_aside(x, s, fs->f[0].vs) ||
        (fx_starts_with_any(x, s->vs, the_works) && fx_any(x, s->vs, fs->f[0].vs, had)))
      for (size_t i = 0; i < fs->n; i++) fs->f[i].not_fact = 1;
  }
  /* only a sentence with a figure ruled out is asked */
  int ruled_out = 0;
  for (size_t i = 0; i < fs->n && !ruled_out; i++) ruled_out = fs->f[i].not_fact;
  if (ruled_out && fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_TERMINATED))) x->c.terminated_sent = s->index + 1;
}

/* }====================================================================== */

/* {======================================================================
** Dates, shares and ranks
** ======================================================================= */

/* "Since the merger of Bình Dương, Bà Rịa-Vũng Tàu and HCM City on July 1,
** ...", "Following the merger with Hà Nam on July 1, ...": a sentence that
** opens with the merger (its places listed with commas) dates the merger,
** from which the figure runs, not the figure; the opening clause runs to the
** first comma after the date. */
static int merger_clause(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  static const char *const openers[] = {"since", "after", "following", "with", "upon", NULL};
  static const char *const mergers[] = {"merger", "merging", "merged", "consolidation", "amalgamation", NULL};
  /* most sentences open with none of their first letters: nothing asked */
  int c = ivl_tolower((unsigned char)x->t[s->vs]);
  if (c != 's' && c != 'a' && c != 'f' && c != 'w' && c != 'u') return 0;
  if (!fx_starts_with_any(x, s->vs, openers) || !fx_any(x, s->vs, d->vs, mergers)) return 0;
  for (size_t i = 0; i < s->n && s->m[i].vs < d->vs; i++)
    if (s->m[i].kind == FM_MONEY || s->m[i].kind == FM_COUNT || s->m[i].kind == FM_PERCENT) return 0;
  return 1;
}

/* "more than $1 billion in 2023": "than" that is the amount's own hedge,
** not a comparison: "more/less/fewer than" right before the amount, not
** opening a clause after a comma (that sets one figure against another),
** and not "more than the $900 million of 2022" (another figure). */
static int hedge_than(const ivl_fctx *x, size_t w, const ivl_fm *m) {
  static const char *const hedges[] = {"more", "less", "fewer", NULL};
  return fx_starts_with(x, w, "than") && fx_ends_with_any(x, w, hedges) && fx_only(x, w + 4, m->vs, "") &&
         !than_opens_clause(x, w);
}

/* "down 3 per cent compared with $39.4 billion in 2023", "up from $1.1
** billion in 2022", "higher than the $480 million recorded in 2023": the
** date of the amount set against, said after it in its own words (lower
** case, no comma between), is the baseline's period, not the figure's
** (GUIDELINES rule 14). */
static int compared_figure_date(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  static const char *const joins[] = {"in", "of", "for", "during", NULL};
  static const char *const against[] = {
    "compared with", "compared to", "up from", "down from", "than", "versus", "against", "from", NULL};
  const ivl_fm *m = NULL; /* the last amount before the date, if any (most dates have none) */
  for (size_t i = 0; i < s->n && s->m[i].ve <= d->vs; i++)
    if (s->m[i].kind == FM_MONEY && d->vs - s->m[i].ve <= 40) m = &s->m[i];
  if (!m) return 0;
  /* "put $1.4 billion in since 2015, a fraction of the $12 billion the
  ** Government says is needed by 2030": a date in the clause of a figure
  ** set against is that figure's (set qweek48) */
  if (fx_ends_with(x, m->vs, "the") && fx_ends_with_any(x, m->vs, set_against_the) &&
      !memchr(x->t + m->ve, ',', d->vs - m->ve) && !memchr(x->t + m->ve, ';', d->vs - m->ve))
    return 1;
  if (!fx_lower_words(x, m->ve, d->vs) || !fx_ends_with_any(x, d->vs, joins)) return 0;
  /* the word of comparison before it, over a hedge ("compared with nearly") */
  size_t back = m->vs > s->vs + 24 ? m->vs - 24 : s->vs;
  size_t w = fx_first(x, back, m->vs, against);
  if (w == FX_NONE || !fx_lower_words(x, w, m->vs) || hedge_than(x, w, m)) return 0;
  /* a bare "from": a change's baseline ("rose 12% from $1 billion in 2023"),
  ** not where money came from ("$1 billion from Japan in 2023" names no amount) */
  if (fx_starts_with(x, w, "from") && !fx_any(x, w > s->vs + 40 ? w - 40 : s->vs, w, change_words)) return 0;
  return 1;
}

static int aside_dash_ends(const ivl_fctx *x, size_t from, size_t p);

/* "in Hội An Tây ward, in what was Quảng Nam province until last July",
** "which was part of Thái Bình until July 1", "Long Hậu, part of Long An
** until last July": the end of a place's former state (the 2025 mergers),
** said in its own clause, is no figure's date. Not "From January 1 until
** September 15, X licensed ...", a period's end. */
static int former_state_date(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  static const char *const until[] = {"until", "until last", "till", NULL};
  static const char *const was[] = {"was", "were", "belong*", "formerly", "part of", NULL};
  if (!fx_ends_with_any(x, d->vs, until)) return 0;
  size_t c = d->vs;
  while (c > s->vs && x->t[c - 1] != ',' && x->t[c - 1] != ';') c--;
  return fx_any(x, c, d->vs, was);
}

/* "a plant in the former Hải Dương province that merged into Hải Phòng
** this July", "..., which became part of Hưng Yên on July 1, 2025.": a
** date in a relative clause of a place's merger (no comma
** between) dates the merger, not a figure; not "the firm that merged
** with X for $2 billion in 2019" (a figure in the clause). */
static const char *const merger_relative_words[] = {
  "that merged", "which merged", "that was merged", "which was merged", "that were merged", "which were merged",
  "that became part of", "which became part of", "that was absorbed", "which was absorbed", NULL};

static int merger_relative_date(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  const char *const *merged = merger_relative_words;
  size_t c = d->vs;
  while (c > s->vs && d->vs - c < 80 && x->t[c - 1] != ',' && x->t[c - 1] != ';') c--;
  size_t at = fx_first(x, c, d->vs, merged);
  if (at == FX_NONE) return 0;
  /* (the clause's mentions only, from the merger's words to the date) */
  for (size_t i = fx_mentions_from(s->m, s->n, at + 1); i < s->n && s->m[i].vs < d->vs; i++)
    if (s->m[i].kind == FM_MONEY) return 0;
  return 1;
}

/* "what was Thái Bình province before the July 2025 merger", "since the
** merger on July 1": a date that names a merger of the places the
** sentence speaks of (the 2025 mergers) dates that event, no figure. */
static int merger_named_date(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  static const char *const after[] = {"merger", "mergers", NULL};
  static const char *const before[] = {"merger on", "merger in", "mergers on", "mergers in", NULL};
  if (!fx_starts_with_any(x, d->ve, after) && !fx_ends_with_any(x, d->vs, before)) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_PLACE && (s->m[i].flags & FM_VN)) return 1;
  return 0;
}

/* "Bình Dương merged into HCMC on July 1, 2025, ...", "Hà Giang and
** Tuyên Quang were merged on July 1": a date in a clause whose subject is a
** Vietnamese place (named before the merger word, no comma between) and
** whose verb is a merger dates the merger; not "Hòa Phát merged its two
** units on July 1" (no place before it), nor a clause with a figure. */
static int place_merged_date(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  static const char *const merged[] = {"merged", "absorbed", NULL};
  size_t c = d->vs;
  while (c > s->vs && x->t[c - 1] != ',' && x->t[c - 1] != ';') c--;
  size_t at = fx_first(x, c, d->vs, merged);
  if (at == FX_NONE) return 0;
  int place_before = 0;
  for (size_t i = fx_mentions_from(s->m, s->n, c); i < s->n && s->m[i].vs < d->vs; i++) {
    if (s->m[i].kind == FM_MONEY) return 0;
    if (s->m[i].kind == FM_PLACE && (s->m[i].flags & FM_VN) && s->m[i].ve <= at) place_before = 1;
  }
  return place_before;
}

/* "after the merger with Bac Giang province on July 1, 2025, the new Bac
** Ninh has ...", "since its merger with Bình Phước in July 2025": a date
** right after a merger named with the place merged and its generic word
** dates that merger, as "the merger on July 1" does (set qweek29); not
** "the merger with X announced on Monday" (a verb between). */
static int merger_with_place_date(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  static const char *const merger_with[] = {"merger with", "mergers with", "merging with", NULL};
  static const char *const generic[] = {"province", "provinces", "city", "and", NULL};
  size_t on = d->vs;
  if (fx_ends_with(x, on, "on")) on -= 3;
  else if (fx_ends_with(x, on, "in")) on -= 3;
  else return 0;
  size_t back = on > s->vs + 60 ? on - 60 : s->vs;
  size_t at = fx_last(x, back, on, merger_with);
  if (at == FX_NONE) return 0;
  size_t p = at;
  while (p < on && x->t[p] != ' ') p++; /* past "merger" */
  while (p < on && x->t[p] == ' ') p++;
  while (p < on && x->t[p] != ' ') p++; /* past "with" */
  int place = 0;
  for (size_t i = fx_mentions_from(s->m, s->n, p); i < s->n && s->m[i].vs < on; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_PLACE || !(m->flags & FM_VN)) return 0;
    /* only the place's name and its generic words between */
    size_t q = p;
    while (q < m->vs && x->t[q] == ' ') q++;
    if (q != m->vs && !fx_starts_with_any(x, q, generic)) return 0;
    p = m->ve, place = 1;
    while (p < on && x->t[p] == ' ') p++;
    while (p < on && fx_starts_with_any(x, p, generic)) {
      while (p < on && x->t[p] != ' ') p++;
      while (p < on && x->t[p] == ' ') p++;
    }
  }
  while (p < on && x->t[p] == ' ') p++;
  return place && p >= on;
}

/* Does date d tell of a place's 2025 merger (its former state's end, a
** relative clause of the merger, or the merger named), not of an event the
** sentence reports? ("Attapeu's ties with Kon Tum, which merged into
** Quảng Ngãi on July 1, 2025, date back to 1997": no start, no day of the
** signing told next; set qtwin) */
int fx_merger_date(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  return former_state_date(x, s, d) || merger_relative_date(x, s, d) || merger_named_date(x, s, d) ||
         place_merged_date(x, s, d) || merger_with_place_date(x, s, d);
}

/* "The LNG plant, suspended since 2022, has been revived", "its VNĐ12
** trillion township, idle since 2021": the year a stall began; a state of
** the works, as "in operation since" is (invest_basis.c), so neither a
** start of ties nor of a running total (set qstall). */
int fx_stall_since(const ivl_fctx *x, const ivl_fm *d) {
  static const char *const stalled[] = {
    "suspended since", "stalled since", "idle since", "halted since", "frozen since", "delayed since",
    "dormant since", "on hold since", "shelved since", "stuck since", "mothballed since", "paused since",
    "postponed since", "abandoned since", "in limbo since", "inactive since", "unfinished since",
    "stopped since", "deadlocked since", "behind schedule since", NULL};
  return fx_ends_with_any(x, d->vs, stalled);
}

/* Is s's t[from, to) only lower-case words and the names of places and
** firms ("it set up its first design office in HCM City in")? */
static int lower_words_or_names(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  size_t i = 0;
  while (i < s->n && s->m[i].vs < from) i++;
  for (size_t p = from; p < to;) {
    for (; i < s->n && s->m[i].vs < p; i++) {}
    if (i < s->n && s->m[i].vs == p && s->m[i].ve <= to &&
        (s->m[i].kind == FM_PLACE || s->m[i].kind == FM_ORG || s->m[i].kind == FM_COUNTRY)) {
      p = s->m[i].ve;
      continue;
    }
    size_t q = p;
    while (q < to && x->t[q] != ' ') q++;
    if (!fx_lower_words(x, p, q)) return 0;
    for (p = q; p < to && x->t[p] == ' '; p++) {}
  }
  return 1;
}

int inv_start_clause_date(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  static const char *const opens[] = {"where", "which", "when", NULL};
  if (!fx_ends_with(x, d->vs, "in")) return 0;
  size_t back = d->vs > s->vs + 80 ? d->vs - 80 : s->vs;
  size_t o = fx_last(x, back, d->vs, opens);
  if (o == FX_NONE || o < s->vs + 2 || x->t[o - 2] != ',' || !lower_words_or_names(x, s, o, d->vs)) return 0;
  if (fx_find(x, o, d->vs, "first") == FX_NONE) return 0;
  /* "X, which first bought into the chain in 2019 for $60 million, ...":
  ** the start's own price, said in its clause, is dated by it (set qfund) */
  size_t end = d->ve;
  while (end < s->ve && x->t[end] != ',') end++;
  for (size_t i = fx_mentions_from(s->m, s->n, d->ve); i < s->n && s->m[i].vs < end; i++)
    if (s->m[i].kind == FM_MONEY) return 0;
  return 1;
}

/* "up 34 per cent on 2023", "a rise of 12% on 2022": a change measured on
** another period, the percent right before the "on" (not "on May 5" after
** an amount: the figure's own date). */
static int change_on_date(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  if (!fx_ends_with(x, d->vs, "on")) return 0;
  size_t on = d->vs;
  while (on > s->vs && x->t[on - 1] == ' ') on--;
  on -= on >= s->vs + 2 ? 2 : 0;
  for (size_t i = 0; i < s->n && s->m[i].vs < on; i++)
    if (s->m[i].kind == FM_PERCENT && s->m[i].ve + 1 >= on && s->m[i].ve <= on) return 1;
  return 0;
}

/* "opened the mill in 2019 and has since lifted its investment there to
** $310 million": the year of the deed the figure's clause counts from
** ("has since"), a start (GUIDELINES rule 14), not the figure's date; no
** amount between them (set qpower). */
static int start_of_since_clause(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  static const char *const since[] = {"has since", "have since", "had since", NULL};
  size_t at = fx_first(x, d->ve, d->ve + 40 < s->ve ? d->ve + 40 : s->ve, since);
  if (at == FX_NONE) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY && s->m[i].vs > d->ve && s->m[i].vs < at) return 0;
  return 1;
}

/* "more than double its 2025 total", "twice the 2024 figure", "well above
** their 2023 level": the year of a total set against by a multiple or a
** comparative a few words before, no amount of its own written, is the
** baseline's (GUIDELINES rule 14), not the figure's. */
static int year_of_compared_total(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  static const char *const owners[] = {"its", "the", "their", NULL};
  static const char *const totals[] = {"total", "figure", "level", "tally", "amount", NULL};
  static const char *const multiples[] = {"double", "twice", "triple", "times", "above", "below", "than", NULL};
  if (!fx_ends_with_any(x, d->vs, owners) || !fx_starts_with_any(x, d->ve, totals)) return 0;
  size_t back = d->vs > s->vs + 32 ? d->vs - 32 : s->vs;
  return fx_any(x, back, d->vs, multiples);
}

/* "since 1988", "the same period in 2019", "compared with 2023": another
** period than the figure's (GUIDELINES rule 14). */
static int baseline_date(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  static const char *const before[] = {
    "since", "from", "same period in", "same period of", "compared with", "compared to",
    "than in", "than", "versus", "over", "against",
    /* "an increase of $240 million compared with the end of 2023" */
    "compared with the end of", "compared to the end of", "from the end of", "than at the end of", NULL};
  /* "since 2019, when X paid ...": the year the "when" clause's deal was
  ** made, its figure's date, when the figures are all the clause's (not
  ** "has attracted $20 billion since 2008, when ...": a running total) */
  if (d->ve + 7 < s->ve && memcmp(x->t + d->ve, ", when ", 7) == 0 && fx_ends_with(x, d->vs, "since")) {
    /* (the figures in the clause: not "Since 1997, when it received its
    ** first project, X has attracted $8.7 billion", past its end) */
    const char *c = memchr(x->t + d->ve + 7, ',', s->ve - d->ve - 7);
    size_t clause_end = c ? (size_t)(c - x->t) : s->ve;
    int before_it = 0, after_it = 0;
    for (size_t i = 0; i < s->n; i++)
      if (s->m[i].kind == FM_MONEY && (s->m[i].vs < d->vs || s->m[i].vs < clause_end))
        *(s->m[i].vs < d->vs ? &before_it : &after_it) = 1;
    if (after_it && !before_it) return 0;
  }
  if (fx_ends_with_any(x, d->vs, before) || change_on_date(x, s, d)) return 1;
  /* "nearly twice 2023's $260 million": the year owning the amount set
  ** against (multiple_of_period) */
  if (d->ve + 2 < s->ve && x->t[d->ve] == '\'' && x->t[d->ve + 1] == 's')
    for (size_t i = 0; i < s->n; i++)
      if (s->m[i].kind == FM_MONEY && s->m[i].vs > d->ve && s->m[i].vs <= d->ve + 4)
        return multiple_of_period(x, s, &s->m[i]);
  if (compared_figure_date(x, s, d) || year_of_compared_total(x, s, d) || inv_start_clause_date(x, s, d) ||
      former_state_date(x, s, d) ||
      merger_relative_date(x, s, d) || merger_named_date(x, s, d) || start_of_since_clause(x, s, d))
    return 1;
  /* "between January and April", "scheduled for 2026-2027": the range's end
  ** is the figure's date */
  if (fx_ends_with(x, d->vs, "between")) return 1;
  size_t e = d->ve;
  if (e < x->a->view.len && (x->t[e] == '-' || (unsigned char)x->t[e] == 0xE2)) {
    for (size_t i = fx_mention_from(x, e + 1); i < x->nm && x->m[i].vs <= e + 4; i++)
      if (x->m[i].kind == FM_DATE) return 1;
  }
  /* "in July and August": two months said as one period, its end the
  ** figure's date (as "January-June"); months only, not "in 2023 and
  ** 2024" (a figure of each, often "respectively") */
  if (strlen(d->value_s) == 7 && fx_starts_with(x, e, "and")) {
    for (size_t i = fx_mention_from(x, e + 1); i < x->nm && x->m[i].vs <= e + 6; i++)
      if (x->m[i].kind == FM_DATE && x->m[i].value_s && strlen(x->m[i].value_s) == 7) return 1;
  }
  /* "Since it licensed its first project in 1993, ...": inside a clause
  ** that opens with "since", in this sentence ("... has since been
  ** dissolved. Bắc Giang drew $1 billion in 2024" is no such clause) */
  size_t back = d->vs > s->vs + 80 ? d->vs - 80 : s->vs;
  size_t since = fx_find(x, back, d->vs, "since");
  if (since != FX_NONE) { /* (a dash closes an aside: "– which has put $18 billion in since 1995 –") */
    size_t i = since;
    while (i < d->vs && x->t[i] != ',' && x->t[i] != ';' && !aside_dash_ends(x, s->vs, i)) i++;
    if (i == d->vs) return 1;
  }
  /* "up from 350 projects in 2023", "compared with $900 million in 2022":
  ** the date of the figure compared with, in the comparison's clause (not
  ** "up from $4 billion in 2023 to $5 billion in 2024": its end is the
  ** figure's) */
  static const char *const compare_opens[] = {"up from", "down from", "compared with", "compared to", "versus", NULL};
  size_t cmp = fx_first(x, back, d->vs, compare_opens);
  if (cmp != FX_NONE) {
    size_t i = cmp;
    while (i < d->vs && x->t[i] != ',' && x->t[i] != ';') i++;
    if (i == d->vs && fx_find(x, cmp, d->vs, "to") == FX_NONE) return 1;
  }
  return merger_clause(x, s, d);
}

/* ", formed on July 1 by merging ...,", ", established in 2008,": an aside
** that opens with the participle of a place's or firm's founding. */
static int participle_opens(const ivl_fctx *x, size_t open, size_t to) {
  static const char *const founded[] = {
    "formed", "merged", "established", "founded", "created", "set up", "incorporated", "renamed",
    "upgraded", "elevated", "split", "enlarged", NULL};
  size_t p = open;
  while (p < to && x->t[p] == ' ') p++;
  if (fx_starts_with_any(x, p, founded)) return 1;
  /* ", a joint venture set up in 2024 between A and B,", ", an IT firm
  ** founded in 1998,": an appositive whose few words before the date
  ** tell the firm's founding */
  static const char *const articles[] = {"a", "an", NULL};
  if (!fx_starts_with_any(x, p, articles)) return 0;
  for (int words = 0; p < to && words < 6; words++) {
    while (p < to && x->t[p] != ' ') p++;
    while (p < to && x->t[p] == ' ') p++;
    if (p < to && fx_starts_with_any(x, p, founded)) return 1;
  }
  return 0;
}

/* A dash that sets off an aside: " – " or " — " (the bytes of U+2013 and
** U+2014 end at 'p'). */
static int aside_dash_ends(const ivl_fctx *x, size_t from, size_t p) {
  return p >= from + 3 && (unsigned char)x->t[p - 3] == 0xE2 && (unsigned char)x->t[p - 2] == 0x80 &&
         ((unsigned char)x->t[p - 1] == 0x93 || (unsigned char)x->t[p - 1] == 0x94);
}

/* Is the comma at 'at' a number's ("400,000"), between two digits? */
static int thousands_comma(const ivl_fctx *x, size_t at) {
  return at > 0 && ivl_isdigit((unsigned char)x->t[at - 1]) && ivl_isdigit((unsigned char)x->t[at + 1]);
}

/* Is the comma at 'at' a place's, between a place and the larger unit it
** lies in ("in Cong Hoa Commune, Quang Yen Town", "in Duc Hoa, Long An",
** set qweek92): a capitalised word before it, a place named right after
** it. Such a comma closes no aside. */
static int place_unit_comma(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  size_t w = at;
  while (w > s->vs && ivl_isalpha((unsigned char)x->t[w - 1])) w--;
  if (w == at || !ivl_isupper((unsigned char)x->t[w])) return 0;
  size_t p = at + 1;
  while (p < s->ve && x->t[p] == ' ') p++;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_PLACE && s->m[i].vs == p) return 1;
  return 0;
}

/* The aside t[from, to) is said in: "Đà Nẵng, which merged with Quảng Nam
** on July 1, has ...", "Amkor – which invested $1.6 billion in 2023 – will
** add ...". Set off by commas or dashes, it opens with "which", "where",
** "who", "whose" ("In Haiphong, whose free trade zone was set up in June,
** X said ...": the zone's date, not X's figure's), "having" (", having
** opened six malls since 2014,") or a founding participle. Its bounds in
** [*open, *close). */
int inv_aside_at(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to, size_t *open, size_t *close) {
  static const char *const opens[] = {"which", "where", "who", "whose", "having", NULL};
  size_t o = from;
  int dash = 0;
  /* (a comma between digits is a number's: "which holds 400,000 hectares
  ** of land in Laos," opens at "which") */
  for (; o > s->vs; o--) {
    unsigned char c = (unsigned char)x->t[o - 1];
    if (c == ',' && !thousands_comma(x, o - 1) && !place_unit_comma(x, s, o - 1)) break;
    if ((c == 0x93 || c == 0x94) && (dash = aside_dash_ends(x, s->vs, o))) break;
  }
  if (o == s->vs || (fx_first(x, o, from, opens) == FX_NONE && !participle_opens(x, o, from))) return 0;
  size_t c = to;
  while (c < s->ve && (x->t[c] != ',' || thousands_comma(x, c) || place_unit_comma(x, s, c)) &&
         !((unsigned char)x->t[c] == 0xE2 && aside_dash_ends(x, s->vs, c + 3)))
    c++;
  /* a dash's aside closes with a dash, a comma's with a comma (not the
  ** sentence's end: "..., which is to start production in 2027." dates
  ** the project) */
  if (c == s->ve || (x->t[c] == ',') == dash) return 0;
  *open = o, *close = c;
  return 1;
}

/* "The project, licensed in 2019, has total capital of $500 million",
** "Established in 2010, X has invested $500 million": a participle of the
** project's licensing or the firm's founding, set off by commas (or
** opening the sentence), before a main clause that tells what is held
** now or a later deed. The aside's words and date are its event's, not
** the figure's (the capital told of the thing licensed, "..., licensed in
** March, is worth $200 million", keeps them). Its close (the comma) in *close. */
int inv_start_aside_held(const ivl_fctx *x, const ivl_fsent *s, size_t at, size_t figure_vs, size_t *close) {
  static const char *const started[] = {
    "licensed", "granted", "approved", "opened", "launched", "inaugurated", "established", "founded",
    "set up", NULL};
  /* or a later deed: "..., licensed in 2012, will add $150 million" */
  static const char *const held[] = {
    "has", "have", "had", "now", "holds", "hold", "will", "plans", "add", "adds", "added", "additional",
    "further", "raise*", "expand*", "increase*", NULL};
  /* ", first licensed in 2019 as a warehouse scheme, has so far
  ** disbursed ...": the participle after an adverb of its time (set qdate) */
  static const char *const when[] = {"first", "originally", "initially", NULL};
  size_t o = at;
  while (o > s->vs && x->t[o - 1] != ',') o--;
  while (o < at && x->t[o] == ' ') o++;
  if (fx_starts_with_any(x, o, when))
    for (o += 5; o < at && x->t[o] != ' '; o++) {}
  if (!fx_starts_with_any(x, o, started)) return 0;
  size_t c = at;
  while (c < figure_vs && x->t[c] != ',') c++;
  if (c >= figure_vs) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY && s->m[i].vs >= o && s->m[i].vs < c) return 0;
  *close = c;
  return fx_any(x, c, figure_vs, held);
}

/* "a resort on land that belonged to Ninh Thuận before the two provinces
** merged in July 2025": the day the provinces merged (a merger word with a
** province word before it, in one clause) is a fact of the map, no date
** of the figure (set qhotel). Not a firm's merger, which may be the deal
** itself ("merged with X in 2019 in a $500 million deal"). */
static int provinces_merger_date(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  static const char *const merged[] = {"merged", "merger", "mergers", "merging", NULL};
  static const char *const provinces[] = {"province", "provinces", "provincial", NULL};
  size_t back = d->vs > s->vs + 50 ? d->vs - 50 : s->vs;
  size_t at = fx_first(x, back, d->vs, merged);
  if (at == FX_NONE || !fx_any(x, back, at, provinces)) return 0;
  for (size_t p = at; p < d->vs; p++)
    if (x->t[p] == ',' || x->t[p] == ';') return 0;
  return 1;
}

/* "... has received $320 million so far": a word of a running total right
** after figure f, in its own clause (before any comma). */
static int total_right_after(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  size_t end = f->ve + 16 < s->ve ? f->ve + 16 : s->ve;
  const char *comma = memchr(x->t + f->ve, ',', end - f->ve);
  if (comma) end = (size_t)(comma - x->t);
  return fx_any(x, f->ve, end, ivl_lexicon(LEX_CUMULATIVE));
}

/* "The Thai group entered Vietnam in 2016 and has so far invested $340
** million": the year of an entry (or of a set-up), joined by "and" to a holding said of the
** figure after it, is where the running total started (rule 14), not its
** date. Not "entered Vietnam in 2016 with a $50 million plant" (the
** entry's own figure). */
static int entry_date(const ivl_fctx *x, const ivl_fsent *s, const figures *fs, const ivl_fm *d) {
  static const char *const entered[] = {"entered", "arrived in", "came to", "set foot in",
                                        /* its own start: "was set up in 2016 and has invested ... to date" */
                                        "set up", "established", "founded",
                                        /* "began investing in X in 2012 and has since poured ..." */
                                        "began investing", "started investing",
                                        /* "first invested in Việt Nam in 2016 and has put $230 million
                                        ** into the country so far", "first bought into X in 2019 and
                                        ** has since paid ..." */
                                        "first invested", "first came to", "first bought into",
                                        /* a works' own start: "The first plant opened in 2019 and has
                                        ** received $320 million so far" (set qquote) */
                                        "opened", "began operating", "started operating", NULL};
  if (!fx_ends_with(x, d->vs, "in")) return 0;
  size_t back = d->vs > s->vs + 60 ? d->vs - 60 : s->vs;
  size_t e = fx_first(x, back, d->vs, entered);
  if (e == FX_NONE) return 0;
  for (size_t p = e; p < d->vs; p++)
    if (x->t[p] == ',' || x->t[p] == ';') return 0;
  for (size_t i = 0; i < fs->n; i++)
    if (fs->f[i].vs >= d->ve)
      return fx_find(x, d->ve, fs->f[i].vs, "and") != FX_NONE &&
             (fx_any(x, d->ve, fs->f[i].vs, ivl_lexicon(LEX_HOLDING)) ||
              fx_any(x, d->ve, fs->f[i].vs, ivl_lexicon(LEX_CUMULATIVE)) || total_right_after(x, s, &fs->f[i]));
  return 0;
}

/* "X's $1 billion expansion, approved in March, raised its total to $2
** billion": an aside telling when the project of the figure just before
** it was approved or licensed (a noun or two between them, no comma) is
** that figure's day, though a later deed follows it ('open': the byte
** after the aside's comma). */
static int figure_licensed_in_aside(const ivl_fctx *x, const figures *fs, size_t open) {
  static const char *const licensed[] = {"approved", "licensed", "granted", NULL};
  size_t p = open;
  while (x->t[p] == ' ') p++;
  if (!fx_starts_with_any(x, p, licensed)) return 0;
  for (size_t i = 0; i < fs->n; i++) {
    const figure *f = &fs->f[i];
    if (f->money && f->ve < open && open - f->ve <= 32 && !memchr(x->t + f->ve, ',', open - 1 - f->ve)) return 1;
  }
  return 0;
}

/* A date in such an aside, with a figure after it (not one of the figure
** before it: figure_licensed_in_aside). */
static int start_aside_date(const ivl_fctx *x, const ivl_fsent *s, const figures *fs, const ivl_fm *d) {
  size_t close;
  for (size_t i = 0; i < fs->n; i++)
    if (fs->f[i].vs >= d->ve) {
      if (!inv_start_aside_held(x, s, d->vs, fs->f[i].vs, &close)) return 0;
      size_t open = d->vs;
      while (open > s->vs && x->t[open - 1] != ',') open--;
      return open == s->vs || !figure_licensed_in_aside(x, fs, open);
    }
  return 0;
}

static int aside_of_date(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d, size_t *open, size_t *close) {
  return inv_aside_at(x, s, d->vs, d->ve, open, close);
}

/* A date in an aside about a place or a firm with no figure in it is
** another event's. */
static int date_in_aside(const ivl_fctx *x, const ivl_fsent *s, const figures *fs, const ivl_fm *d) {
  size_t open, close;
  if (!aside_of_date(x, s, d, &open, &close)) return 0;
  for (size_t i = 0; i < fs->n; i++)
    if (fs->f[i].vs >= open && fs->f[i].vs < close) return 0;
  return 1;
}

/* "The project that received its licence in 2019 now has $300 million",
** "the plant which opened in 2018 has added $50 million": a date in a
** restrictive clause about one thing (no comma before it; "that" or
** "which" after a word that is no verb of saying nor a plural) dates the
** clause's event, not a figure said after the clause. Not a figure inside
** the clause ("the firm that invested $300 million in 2019"), nor a set
** the clause defines ("projects that were licensed in 2024 had ..."). */
static int restrictive_clause_date(const ivl_fctx *x, const ivl_fsent *s, const figures *fs, const ivl_fm *d) {
  static const char *const opens[] = {"that", "which", NULL};
  static const char *const saying[] = {
    "said", "says", "say", "reported", "announced", "noted", "stated", "added", "showed", "shows",
    "revealed", "confirmed", "expects", "believes", "hopes", "estimated", "so", "such", "now", "than",
    "means", "told", "stressed", "affirmed", "ensure", "is", "was", "are", "were", "of", "in", "and", NULL};
  if (fs->n == 0 || fs->f[fs->n - 1].vs < d->ve) return 0; /* no figure after it */
  size_t back = d->vs > s->vs + 80 ? d->vs - 80 : s->vs;
  size_t o = fx_first(x, back, d->vs, opens);
  if (o == FX_NONE) return 0;
  for (size_t q; (q = fx_first(x, o + 1, d->vs, opens)) != FX_NONE;) o = q; /* the nearest */
  for (size_t p = o; p < d->vs; p++)
    if (x->t[p] == ',' || x->t[p] == ';' || x->t[p] == ':' || (unsigned char)x->t[p] == 0xE2) return 0;
  for (size_t i = 0; i < fs->n; i++)
    if (fs->f[i].vs < d->vs && fs->f[i].ve > o) return 0; /* a figure in the clause */
  /* (or right after the date, in the clause still: "a private equity firm
  ** that acquired them in 2019 for $90 million", the clause's own deal) */
  static const char *const priced[] = {"for", "worth", "at", NULL};
  for (size_t i = 0; i < fs->n; i++)
    if (fs->f[i].vs >= d->ve && fs->f[i].vs <= d->ve + 12 && fx_lower_words(x, d->ve, fs->f[i].vs) &&
        fx_ends_with_any(x, fs->f[i].vs, priced))
      return 0;
  /* the word before the opener: a lower-case word that is no verb */
  size_t we = o;
  while (we > s->vs && x->t[we - 1] == ' ') we--;
  size_t ws = we;
  while (ws > s->vs && ivl_isalpha((unsigned char)x->t[ws - 1])) ws--;
  if (ws == we || we - ws < 3 || !ivl_islower((unsigned char)x->t[ws]) || x->t[we - 1] == 's' ||
      (x->t[we - 2] == 'e' && x->t[we - 1] == 'd') || fx_ends_with_any(x, o, saying))
    return 0;
  return 1;
}

/* "..., where it added $40 million in June, lifting the plant's capital to
** $250 million": a raising participle right after the aside closes tells
** what the aside's addition brought the total to, so the total is of the
** aside's date (set qweek107); no comma between it and the figure. */
static int raise_closing_aside(const ivl_fctx *x, size_t close, const figure *f) {
  static const char *const raising[] = {"lifting", "raising", "bringing", "taking", NULL};
  size_t p = close;
  while (p < f->vs && (x->t[p] == ',' || x->t[p] == ' ')) p++;
  return p < f->vs && f->vs - p < 80 && fx_starts_with_any(x, p, raising) && !memchr(x->t + p, ',', f->vs - p);
}

/* A date in an aside with a figure in it ("Japanese investors, which
** poured $700 million into the city in 2023, accounted for $600 million")
** dates that figure only: not a figure outside the aside. */
static int date_outside_aside(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d, const figure *f) {
  static const char *const opens[] = {"which", "where", "who", NULL};
  size_t open, close;
  /* opened by its word: not "of which" (a total's parts) */
  return aside_of_date(x, s, d, &open, &close) && (f->vs < open || f->vs >= close) &&
         fx_starts_with_any(x, open, opens) && !(f->vs >= close && raise_closing_aside(x, close, f));
}

/* "The largest deal, signed on Tuesday with X, covers 15 hectares, where it
** plans to invest $75 million in a plant ...": the site a lease signed that
** day gives, where the tenant's plan is told, is the plan of that day, as
** a licence's works are (set qweek27; the same whether or not a list after
** the figure closes the aside with its comma). Not "X, which signed a
** lease in 2019, where ..." (the date in an aside of its own: no "deal"
** or "lease" of the main clause before the opener). */
static int leased_site_aside(const ivl_fctx *x, const ivl_fm *d, size_t open) {
  static const char *const lease[] = {"lease", "leased", "deal", "sublease", NULL};
  static const char *const plans[] = {"where it plans to invest", "where it will invest", "where it is to invest",
                                      "where it plans to build", "where it will build", NULL};
  size_t back = d->vs > 40 ? d->vs - 40 : 0;
  return d->ve <= open && open - d->ve <= 160 && fx_ends_with(x, d->vs, "on") && fx_any(x, back, open, lease) &&
         fx_starts_with_any(x, open, plans);
}

/* "on November 26 approved X, Y and Z as the investor of the expressway,
** which has total investment of VND17.9 trillion, under a BOT contract":
** the aside after the works an investor is chosen for tells their capital,
** so the day of the choice dates it, as a licence's day dates the works it
** is for (set qweek111). Not "X, which has total investment of ..." with
** no choice of an investor before it. */
static int chosen_works_aside(const ivl_fctx *x, const ivl_fm *d, size_t open) {
  static const char *const chosen[] = {"as the investor of", "as investor of", "as the investor for",
                                       "as the winning bidder for", NULL};
  static const char *const capital[] = {"which has total investment", "which has a total investment",
                                        "which has total capital", "which has a total capital", NULL};
  return d->ve <= open && fx_any(x, d->ve, open, chosen) && fx_starts_with_any(x, open, capital);
}

/* "On Thursday, the chairman handed a licence to X, which is developing a
** $48 million resort": the aside after the firm licensed tells the works
** the licence is for, in the present, so the day of the handing dates its
** figure (not "X, which has put $18 billion into Việt Nam", a total of
** before). */
static int licensed_works_aside(const ivl_fctx *x, const ivl_fm *d, size_t open) {
  static const char *const licence[] = {"certificate", "licence", "license", "permit", NULL};
  static const char *const works[] = {"which is developing", "which is building", "which is constructing",
                                      "which will develop", "which will build", NULL};
  return (d->ve <= open && fx_any(x, d->ve, open, licence) && fx_starts_with_any(x, open, works)) ||
         leased_site_aside(x, d, open) || chosen_works_aside(x, d, open);
}

/* The mirror: a figure in an aside ("Samsung, which has put $18 billion
** into Việt Nam, added $900 million in 2023") is not dated by a date
** outside it. */
static int figure_in_aside(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d, const figure *f) {
  static const char *const opens[] = {"which", "where", "who", NULL};
  size_t open, close;
  return inv_aside_at(x, s, f->vs, f->ve, &open, &close) && (d->vs < open || d->vs >= close) &&
         fx_starts_with_any(x, open, opens) && !licensed_works_aside(x, d, open);
}

/* Does the clause of the word at 'at' (back to its comma, not before
** 'lo') tell when works are due ("..., with work due to start in the first
** half of next year")? A schedule, not when a figure was told. */
static int scheduled_since_comma(const ivl_fctx *x, size_t lo, size_t at) {
  static const char *const due[] = {"due to", "due for", "scheduled to", "scheduled for", "slated to", "slated for",
                                    "set to", "expected to",
                                    /* "and extending the implementation schedule to
                                    ** 2029": a schedule moved (set qweek45) */
                                    "schedule to", "deadline to", "timeline to",
                                    /* "began building a VND1.8 trillion centre on November
                                    ** 5, with completion set for 2028", "with completion
                                    ** due in 2028": the works' end told after the deed's
                                    ** day (set qweek99) */
                                    "completion set for", "completion due in", "completion expected in",
                                    "completion slated for", "completion scheduled for", "completion due by",
                                    NULL};
  size_t c = at;
  while (c > lo && x->t[c - 1] != ',') c--;
  return c > lo && fx_any(x, c, at, due);
}

/* Is the period word at 'p', after figure f, in a clause of its own that
** follows the figure: a relative clause after a comma ("..., where growers
** save water during the dry season", "..., which has run since ...") or a
** schedule ("..., with work due to start in the first half of next year")?
** Its period is not the figure's (set qagri, qweek43). */
static int period_after_figure_clause(const ivl_fctx *x, const figure *f, size_t p) {
  static const char *const relative[] = {"where", "which", "who", "whose", NULL};
  size_t c = p;
  while (c > f->ve && x->t[c - 1] != ',') c--;
  if (c == f->ve) return 0;
  while (c < p && x->t[c] == ' ') c++;
  return fx_starts_with_any(x, c, relative) || scheduled_since_comma(x, f->ve, p);
}

/* "..., the companies said on Tuesday, in one of the largest foreign
** investments in the sector this year": the period of a ranking the deal
** is placed in, after "one of the largest" (set qweek66), not the
** figure's own time. */
static int ranking_period(const ivl_fctx *x, size_t from, size_t at) {
  static const char *const ranked[] = {"one of the largest", "one of the biggest", "the largest", "the biggest", NULL};
  size_t r = fx_first(x, from + 90 < at ? at - 90 : from, at, ranked);
  return r != FX_NONE && !memchr(x->t + r, ',', at - r) && !memchr(x->t + r, ';', at - r);
}

/* Does figure f's clause speak of a period ("this year", "in the first
** half")? Not by words in a relative clause of a place's merger after the
** figure ("a plant in Yên Bình, part of the former Yên Bái province that
** merged into Lào Cai last year": the merger's year, not the figure's). */
static int period_of_clause(const ivl_fctx *x, const figure *f) {
  size_t to = f->ce;
  size_t merger = f->ve < to ? fx_first(x, f->ve, to, merger_relative_words) : FX_NONE;
  if (merger != FX_NONE) to = merger;
  if (f->cs >= to) return 0;
  /* (not a ranking's: "in one of the largest deals this year"; nor one
  ** in a clause of its own after the figure) */
  for (size_t p = f->cs; (p = fx_first(x, p, to, ivl_lexicon(LEX_PERIOD))) != FX_NONE; p++)
    if (p < f->ve || !(ranking_period(x, f->ve, p) || period_after_figure_clause(x, f, p))) return 1;
  return 0;
}

/* "..., the department reported on September 5", "the ministry said on
** Monday", "HƯNG YÊN, Sept 25 (VNA) –": the day a report came out, not the
** period of its figures. */
static int report_day(const ivl_fctx *x, const ivl_fm *d) {
  static const char *const reported[] = {
    "said", "says", "reported", "announced", "showed", "released", "revealed", "told", NULL};
  if (ivl_layout_wire_dateline(x->t, x->a->view.len, d->vs) > d->ve) return 1;
  if (!fx_ends_with(x, d->vs, "on")) return 0;
  size_t from = d->vs > 40 ? d->vs - 40 : 0;
  return fx_any(x, from, d->vs, reported);
}

/* "..., according to a report released by consultancy X on Monday": the
** source's day, its publisher's name between (set qfund), a report's day
** for the figures before it (as report_day); not a deal told after it
** ("According to the filing, X paid $10 million on Monday"). */
static int source_day(const ivl_fctx *x, const ivl_fm *d) {
  if (!fx_ends_with(x, d->vs, "on")) return 0;
  size_t acc = fx_find(x, d->vs > 90 ? d->vs - 90 : 0, d->vs, "according to");
  if (acc == FX_NONE) return 0;
  for (size_t i = fx_mention_from(x, acc); i < x->nm && x->m[i].vs < d->vs; i++)
    if (x->m[i].kind == FM_MONEY) return 0;
  return 1;
}

int inv_event_speech_day(const ivl_fctx *x, const ivl_fm *d) {
  static const char *const events[] = {
    "forum", "conference", "meeting", "ceremony", "event", "seminar", "workshop", "reception", "summit",
    "dialogue", "talks", "session", "visit", "reporters", "journalists", "the press", NULL}; /* "told reporters on Tuesday" */
  static const char *const said[] = {"said", "says", "told", "noted", NULL};
  if (!fx_ends_with(x, d->vs, "on")) return 0;
  size_t from = d->vs > 60 ? d->vs - 60 : 0;
  size_t ev = fx_first(x, from, d->vs, events);
  if (ev == FX_NONE) return 0;
  /* "said at a meeting with a Japanese delegation on Tuesday": the saying
  ** before the event's noun, however long the event's name */
  return report_day(x, d) || fx_any(x, ev > 30 ? ev - 30 : 0, ev, said);
}

/* "$3 million in 2019 and $2 million on a mall two years later": a time
** counted from the date before, which is not this figure's (no date
** mention, so none: GUIDELINES' relative phrases). One word looked for,
** "later", then the unit before it or the words after it. */
static int counted_later(const ivl_fctx *x, size_t from, size_t to) {
  size_t l = fx_find(x, from, to, "later");
  if (l == FX_NONE) return 0;
  size_t b = l;
  while (b > from && x->t[b - 1] == ' ') b--;
  static const char *const units[] = {"years", "year", "months", "month", NULL};
  for (int k = 0; units[k]; k++) {
    size_t n = strlen(units[k]);
    if (b >= from + n && memcmp(x->t + b - n, units[k], n) == 0) return 1;
  }
  /* "invested $35 million in the hospital in 2014 and later put $18
  ** million into a cancer wing" (set qseller): money added to the works
  ** at a bare "later", after the date before, not on it (not "later that
  ** year", "later the same month", "later in 2016": a date of its own) */
  static const char *const same[] = {"that", "the same", "in", "on", NULL};
  return !fx_starts_with_any(x, l + 5, same);
}

/* "\$1 billion in 2023, and \$400 million so far this year": a figure whose
** own words, after 'from', tell a period relative to the article's date has
** no date (rule 5), not the one stated before it. */
/* (the words must be the figure's own clause's: "As of May 20, X had
** licensed $1 billion this year, while 118 projects added $1.2 billion" is
** the day's twice, "this year" being the first figure's) */
static int relative_period(const ivl_fctx *x, const figure *f, size_t from) {
  /* (not "last year": "the same period last year" compares; "next year"
  ** is a plan's own time: "opened a $30 million plant on Tuesday and plans
  ** a $20 million one next year", set qasean) */
  static const char *const relative[] = {"this year", "this month", "year to date", "next year", "next month", NULL};
  /* (but "last year" right after the figure is its own time: "added $220
  ** million in 2022 and another $100 million last year", set qphase) */
  static const char *const own_past[] = {"last year", "last month", "earlier this year", NULL};
  if (from < f->cs) from = f->cs;
  if (from >= f->ce) return 0;
  size_t rel = fx_first(x, from, f->ce, relative);
  if (rel != FX_NONE && ranking_period(x, from, rel) && fx_first(x, rel + 1, f->ce, relative) == FX_NONE) rel = FX_NONE;
  return rel != FX_NONE || counted_later(x, from, f->ce) || fx_starts_with_any(x, f->ve, own_past);
}

/* "Samsung has invested $18 billion, including $1 billion in 2023": a
** date said after a later figure that a part word opens is that part's
** period, not the total's before it. */
static int date_of_a_part(const ivl_fctx *x, const figures *fs, size_t i, const ivl_fm *d) {
  static const char *const parts[] = {"including", "of which", "among them", "among which", NULL};
  const figure *f = &fs->f[i];
  if (d->vs < f->ve) return 0;
  /* (or before the part's figure: "including the 2019 purchase of X for
  ** $620 million") */
  for (size_t j = i + 1; j < fs->n; j++) {
    if (fx_any(x, f->ve, fs->f[j].ve <= d->vs ? fs->f[j].vs : d->vs, parts)) return 1;
    if (fs->f[j].ve > d->vs) break;
  }
  return 0;
}

/* "its initial capital of $210 million in 2015", "licensed in 2015 with
** an original investment of $210 million": a figure told as the first of
** a capital since changed; its date is not the later figure's. */
static int old_figure(const ivl_fctx *x, const figure *f) {
  static const char *const old[] = {"initial", "original", "initially", "originally", NULL};
  size_t from = f->vs > f->cs + 30 ? f->vs - 30 : f->cs;
  return fx_any(x, from, f->vs, old);
}

/* "on Saturday ... at its 2025 investment promotion conference": a year
** that names an event, not the day or period a figure is of, when the
** sentence states that day (alone, the event's year is the figure's).
** A company's meeting is one too: "At its 2026 annual general meeting in
** Hà Nội on May 8, X won approval to invest ..." (set qweek18). */
static int event_year(const ivl_fctx *x, const ivl_fm *d) {
  static const char *const events[] = {"conference", "conferences", "forum", "summit", "festival", "fair",
                                       "expo", "exhibition", "event", "roadshow", "edition", "meeting",
                                       "meetings", "agm", "egm", NULL};
  if (strlen(d->value_s) != 4 || d->ve - d->vs != 4 || x->t[d->ve] != ' ') return 0;
  static const char *const before[] = {"its", "the", "their", "this", "a", NULL};
  return fx_ends_with_any(x, d->vs, before) && fx_noun_within(x, d->ve, events, 3);
}

/* "On the afternoon of December 2, at the Investment Promotion Conference
** of Bắc Ninh province in 2026, the committee awarded ...": a year said
** with "in" after an event's name, in the same clause (no comma between)
** and before any figure of it, is the event's edition, not a figure's
** time (as "the 2026 conference" is, event_year). */
static int year_after_event(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  static const char *const events[] = {"conference", "forum", "summit", "festival", "fair", "expo",
                                       "exhibition", "roadshow", NULL};
  if (strlen(d->value_s) != 4 || d->ve - d->vs != 4 || !fx_ends_with(x, d->vs, "in")) return 0;
  size_t from = d->vs;
  while (from > s->vs && x->t[from - 1] != ',') from--;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY && s->m[i].vs >= from && s->m[i].ve <= d->vs) return 0;
  return fx_any(x, from, d->vs, events);
}

/* "invested $1.1 billion in a plant in Laos and plans to add another $300
** million by 2027": a plan joined after a deed done, the date said after
** the plan's figure, is the plan's; the deed before it has no date of it
** (not "will invest $A in phase one and plans to add $B by 2027": both
** plans, one period). */
static int plan_joined_after(const ivl_fctx *x, const figures *fs, size_t i, const ivl_fm *d) {
  static const char *const joined[] = {"and plans", "and plan", "and will", "and intends", "and aims", "and expects",
                                       NULL};
  static const char *const plans[] = {"plan*", "will", "intend*", "aim*", "expect*", "to invest", NULL};
  const figure *f = &fs->f[i], *next = &fs->f[i + 1];
  return d->vs >= next->ve && fx_any(x, f->ve, next->vs, joined) && !fx_any(x, f->cs, f->vs, plans);
}

/* "With the latest purchase and its part in a 2022 rights issue, X has
** invested a total of ...": an opening "With" phrase counts in the parts
** of the total after it; a year said there as what one part is ("a 2022
** rights issue", after "a" and before a lower-case noun) names that part,
** not the figure's time. (Not "In a 2022 deal, X paid ...": the figure's
** own deal.) */
static int year_of_a_part_taken_in(const ivl_fctx *x, const ivl_fsent *s, const figures *fs, const ivl_fm *d) {
  static const char *const a[] = {"a", "an", NULL};
  if (!fx_starts_with(x, s->vs, "with") || strlen(d->value_s) != 4 || !fx_ends_with_any(x, d->vs, a) ||
      x->t[d->ve] != ' ' || !ivl_islower((unsigned char)x->t[d->ve + 1]))
    return 0;
  const char *comma = memchr(x->t + s->vs, ',', s->ve - s->vs);
  if (!comma || (size_t)(comma - x->t) < d->ve) return 0;
  for (size_t i = 0; i < fs->n; i++)
    if (fs->f[i].vs >= d->ve) return fs->f[i].vs > (size_t)(comma - x->t);
  return 0;
}

/* "Kotobuki has put VND1.1 trillion into the venture so far, and the
** partners plan to double its stores by 2028": a date in a clause of plan
** of its own (", and" then a word of plan) after the last figure before
** it is the plan's, not the figure's. */
static int plan_clause_date(const ivl_fctx *x, const figures *fs, const ivl_fm *d) {
  static const char *const plans[] = {"plan", "plans", "planned", "aim", "aims", "intend*", "will", NULL};
  const figure *f = NULL;
  for (size_t i = 0; i < fs->n; i++)
    if (fs->f[i].ve <= d->vs) f = &fs->f[i];
  if (!f) return 0;
  size_t and = fx_find_last(x, f->ve, d->vs, "and");
  if (and == FX_NONE) return 0;
  if (and >= 2 && x->t[and - 2] == ',') return fx_any(x, and, d->vs, plans);
  /* (no comma when the same subject goes on to its plan, the verb right
  ** after "and": "has invested $1.6 billion in seven malls and plans to
  ** open its eighth in 2027", set qweek52; not "and opened it in 2019") */
  size_t p = and + 3;
  while (p < d->vs && x->t[p] == ' ') p++;
  if (fx_starts_with(x, p, "also")) p += 4;
  return fx_starts_with_any(x, p, plans);
}

/* "broke ground on a $110 million mill in X on Monday, its second in the
** country after a plant it opened in Y in 2017": a date after the figure,
** in a phrase of another works put up earlier ("after" or "following",
** then a past verb of opening: "raises its total to $420 million,
** following a kit factory it opened in 2022"), is that works' date, not
** the figure's; so too in a works named as a part after a total
** ("including a noodle factory that opened in 2020"). */
static int earlier_works_date(const ivl_fctx *x, const figures *fs, const ivl_fm *d) {
  /* (or one bought: "..., where it runs a wind farm that it bought in
  ** 2022", set qweek62) */
  static const char *const opened[] = {"opened", "built", "set up", "launched", "commissioned", "acquired", "bought",
                                       "purchased", NULL};
  /* (or a part named after a total: "has invested $85 million to date,
  ** including a mill in Bắc Ninh that opened in 2020", set qbrand; or a
  ** works the firm runs in the place, told in a "where" clause after it:
  ** "has so far invested $85 million in Vietnam, where it runs a wind farm
  ** it bought in 2022", set qweek62) */
  static const char *const after_words[] = {"after", "following", "including", "where", NULL};
  /* (or a unit a firm opens abroad, by the noun of its opening: "raise
  ** X's total investment in Japan to $110 million, following the opening
  ** of its Tokyo subsidiary in 2019", set qweek14) */
  static const char *const units[] = {"subsidiary", "subsidiaries", "office", "offices", "branch", "branches",
                                      NULL};
  static const char *const opening[] = {"the opening of", NULL};
  const figure *f = NULL;
  for (size_t i = 0; i < fs->n; i++)
    if (fs->f[i].ve <= d->vs) f = &fs->f[i];
  if (!f) return 0;
  size_t after = fx_last(x, f->ve, d->vs, after_words);
  if (after == FX_NONE) return 0;
  if (fx_any(x, after, d->vs, inv_works) && fx_any(x, after, d->vs, opened)) return 1;
  return (fx_any(x, after, d->vs, inv_works) || fx_any(x, after, d->vs, units)) &&
         fx_starts_with_any(x, after + (x->t[after] == 'a' ? 5 : 9) + 1, opening);
}

/* Does the sentence state a date other than 'd'? */
static int other_date(const ivl_fsent *s, const ivl_fm *d) {
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_DATE && s->m[i].value_s && &s->m[i] != d) return 1;
  return 0;
}

/* The words of a total grown since a start told before them. */
static const char *const since_then[] = {"has since", "have since", "had since", NULL};

/* (and a portal's "On the same occasion", fx_occasion_told) */
static const char *const same_day_openers[] = {"on the same day", "the same day", NULL};

/* "Separately, X received an investment registration certificate on the
** same day for a $32 million plant", "..., was licensed by the city the
** same day": the day told before said inside the sentence, as its opening
** would say it (not "on the same day last year", another period's). */
static int same_day_inside(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const other_period[] = {"last", "a year", "of", "in", NULL};
  /* (or a part of it: "At the forum held the same afternoon, X announced
  ** plans to invest $150 million", set qweek19) */
  size_t at = fx_first(x, s->vs, s->ve, fx_same_day_told);
  if (at == FX_NONE) return 0;
  size_t end = at + 9; /* past "the same " */
  while (end < s->ve && x->t[end] >= 'a' && x->t[end] <= 'z') end++;
  return !fx_starts_with_any(x, end + 1, other_period);
}

/* "..., with the first berths due to open in 2030": a date whose clause
** (back to its comma) tells when works are due, a schedule, not a day the
** figure was told or licensed on. */
static int schedule_date(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  return scheduled_since_comma(x, s->vs, d->vs);
}

/* "Also on Wednesday, X broke ground on the second phase of its plant, a
** $110 million project due to be completed in 2028": a year of the
** works' schedule beside a day the sentence tells the deed on is when the
** works end, not the figure's date; the day dates it (set qexpand). */
static int schedule_beside_day(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  if (!schedule_date(x, s, d)) return 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m != d && m->kind == FM_DATE && m->value_s && !schedule_date(x, s, m)) return 1;
  }
  return 0;
}

/* "the committee approved Japan's X as the new investor of the complex,
** with a revised investment of $450 million": a firm approved as a
** project's investor (or developer) is licensed there, as a certificate
** handed to it is (set qstall); not one only proposed ("could become the
** new investor"). */
static int investor_approved(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const approved[] = {"approved", "endorsed", NULL};
  static const char *const as_investor[] = {"as the new investor", "as the investor", "as investor",
                                            "as the new developer", "as the developer", "as developer", NULL};
  size_t verb = fx_first(x, s->vs, s->ve, approved);
  return verb != FX_NONE && fx_any(x, verb, s->ve, as_investor);
}

/* "At the same ceremony, provincial leaders handed a certificate to X for
** a $59 million complex" (set qtelco): a licence handed at a ceremony told
** before, with no date of its own, is of the last full day said, as a
** signing so opened is (agree.signed); not a plan told there ("At the
** same event, X said it will invest ...": qport). */
static int licence_at_ceremony_told(const ivl_fctx *x, const ivl_fsent *s) {
  /* events held on one day, as agree.signed reads them ("At the same
  ** forum, the province handed certificates to 14 projects": set qdate);
  ** not a fair's or a summit's, which may last days */
  static const char *const openers[] = {"at the same ceremony", "at the ceremony",    "at the same event",
                                        "at the event",         "at the same forum",  "at the forum",
                                        "at the same conference", "at the conference", "at the same meeting",
                                        "at the meeting",       "at the same seminar", "at the seminar", NULL};
  /* a licence handed to a firm (not "presented certificates of merit to 35
  ** firms", nor "had its investment certificate adjusted, lifting ...") */
  static const char *const licences[] = {"certificate to", "certificates to", "licence to", "licences to",
                                         "license to", "licenses to",
                                         /* a rise in capital approved there, as a licence
                                         ** is ("X was approved to add $75 million": qneg) */
                                         "approved to add", "approved to increase", "approved to raise",
                                         /* land allocated to a firm's project there, a
                                         ** decision handed as a licence is ("decided to
                                         ** allocate 20ha of land ... to X for its ...
                                         ** project": set qweek45) */
                                         "to allocate", "allocated",
                                         /* the projects licensed there, or an investment
                                         ** decision handed to a firm ("At the same ceremony,
                                         ** the province licensed two resort projects: ...",
                                         ** "handed over an investment decision to X for a
                                         ** ... resort": set qweek66) */
                                         "licensed", "investment decision to", "investment decisions to", NULL};
  /* (or one the firm received there: "At the same event, X, another
  ** member of the delegation, was handed an investment registration
  ** certificate for a ... plant": set qweek71) */
  static const char *const received[] = {"was handed", "were handed", "received", "was granted", "were granted",
                                         NULL};
  static const char *const licence_words[] = {"certificate", "certificates", "licence", "licences", "license",
                                              "licenses", NULL};
  if ((x->t[s->vs] != 'A' && x->t[s->vs] != 'a') || !fx_starts_with_any(x, s->vs, openers)) return 0;
  static const char *const other_time[] = {"last", "earlier", "previously", NULL};
  size_t got = fx_first(x, s->vs, s->ve, received);
  /* (not one a firm only spoke of there: "X said it received a licence
  ** last year") */
  int handed_there = got != FX_NONE && fx_any(x, got, s->ve, licence_words) &&
                     fx_first(x, s->vs, got, fx_speech_words) == FX_NONE && !fx_any(x, s->vs, s->ve, other_time);
  return fx_any(x, s->vs, s->ve, licences) || investor_approved(x, s) || handed_there;
}

/* "The largest, a $380 million glass plant by X, received its certificate
** at the conference", "X also received an in-principle approval at the
** ceremony for a ...": a licence received at the event told before, said
** inside the sentence rather than opening it, is of that event's day, as
** licence_at_ceremony_told's is (set qweek3). Not a firm that only spoke
** there ("told the conference it plans ..."), nor an event of its own time
** ("at the forum last year", "at the conference in 2019"), nor one not yet
** told ("at a conference"). */
static int licence_received_at_event(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const received[] = {"received", "receives", "was granted", "were granted", "was handed",
                                         "were handed", "obtained", NULL};
  static const char *const licences[] = {"certificate", "certificates", "licence", "licences", "license",
                                         "licenses", "approval", "approvals", NULL};
  static const char *const events[] = {"at the conference", "at the ceremony", "at the event", "at the forum",
                                       "at the same conference", "at the same ceremony", "at the same event",
                                       "at the same forum", NULL};
  static const char *const another[] = {"last", "earlier", "held", "in", "of", "on", NULL};
  size_t v = fx_first(x, s->vs, s->ve, received);
  if (v == FX_NONE) return 0;
  size_t at = fx_first(x, v, s->ve, events);
  if (at == FX_NONE || !fx_any(x, v, at, licences)) return 0;
  size_t p = at; /* past "at the [same] <event>" */
  for (int w = fx_starts_with(x, at, "at the same") ? 4 : 3; w > 0 && p < s->ve; w--) {
    while (p < s->ve && x->t[p] != ' ' && x->t[p] != ',' && x->t[p] != '.') p++;
    while (p < s->ve && x->t[p] == ' ') p++;
  }
  return !(p < s->ve && x->t[p - 1] == ' ' && fx_starts_with_any(x, p, another));
}

/* "On June 17, the authority granted certificates to 7 projects. ... The
** largest new project belongs to X, with USD 180 million", "Of these, X was
** granted the certificate for a $155 million plant", "Also at the
** ceremony, X received the decision approving ...": one of the projects
** licensed at an event told up to three sentences before, with no other
** day said since, is licensed that day (set qweek29); not a sentence of
** no licence's part ("The province aims to ..."). */
static int licence_part_told(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const parts[] = {
    "typical among them", "typically", "among them", "among these", "of these", "of them", "among the projects",
    "among the new projects", "among the licensed projects", "the largest project", "the largest new project",
    "the largest one", "the largest is", "the biggest project", "the biggest new project", "the biggest one",
    "the biggest is", "notably", "in particular", "of which",
    /* (the project just licensed: "The project has a total investment of",
    ** "The project of X in Y Industrial Park has investment capital of") */
    "the project has", "the project of", NULL};
  /* (the event named again: told any number of sentences after it) */
  static const char *const at_event[] = {"at the ceremony", "at the same ceremony", "also at the ceremony",
                                         "at the conference", "at the same conference", "also at the conference",
                                         "at the event", "at the same event", "also at the event", NULL};
  static const char *const received[] = {"received", "receives", "was granted", "were granted", "was awarded",
                                         "was handed", NULL};
  static const char *const handed[] = {"presented", "handed", "granted", "awarded", NULL};
  static const char *const licences[] = {"certificate", "certificates", "licence", "license", "decision", NULL};
  if (!x->c.licence_day || x->c.last_day != x->c.licence_day || s->index <= x->c.licence_sent) return 0;
  int event = fx_starts_with_any(x, s->vs, at_event);
  if (!event && s->index - x->c.licence_sent > 3) return 0;
  if (fx_starts_with_any(x, s->vs, parts)) return 1;
  if (!event) return 0;
  /* "At the same ceremony, X received an adjusted certificate", "At the
  ** ceremony, Comrade X also presented the decision approving investment
  ** policy for ... to Y" */
  size_t v = fx_first(x, s->vs, s->ve, received);
  if (v == FX_NONE) v = fx_first(x, s->vs, s->ve, handed);
  return v != FX_NONE && fx_any(x, v, s->ve, licences);
}

/* "to buy a 20% stake ... for VND380 billion and to repay VND500 billion
** of bonds maturing in March": a date after another amount, in a purpose
** of its own joined by "and to", is that purpose's, not figure f's
** (whether or not that amount is a figure: bonds are not). */
static int purpose_of_its_own(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *d) {
  if (d->vs < f->ve) return 0;
  for (size_t i = fx_mentions_from(s->m, s->n, f->ve); i < s->n && s->m[i].ve <= d->vs; i++)
    if (s->m[i].kind == FM_MONEY && s->m[i].vs >= f->ve && !inv_joins_equivalent(x, f->ve, s->m[i].vs))
      return fx_find(x, f->ve, s->m[i].vs, "and to") != FX_NONE;
  return 0;
}

/* Is date d, after figure f, in a contrast clause of its own ("while",
** "whereas", "but") that speaks of a goal before it ("..., while its goal
** for 2027 is VNĐ60 trillion")? */
static int goal_in_later_contrast(const ivl_fctx *x, const figure *f, const ivl_fm *d) {
  static const char *const contrast[] = {"while", "whereas", "but", NULL};
  if (d->vs < f->ve) return 0;
  size_t c = fx_first(x, f->ve, d->vs, contrast);
  return c != FX_NONE && fx_first(x, c, d->vs, ivl_lexicon(LEX_GOAL)) != FX_NONE;
}

/* "has 148 valid FDI projects worth $2.3 billion and aims to attract $3
** billion more by 2030": a date after the figure in a clause joined by
** "and" whose verb (right after it, "also" allowed) is a goal's is the
** goal's year, not the stock's (rule 13; set qweek11). Not a flow dated
** after a plain verb ("and added $50 million in 2025"). */
static int goal_in_joined_clause(const ivl_fctx *x, const figure *f, const ivl_fm *d) {
  static const char *const goal_verbs[] = {"aims", "aim", "targets", "hopes", "seeks", "wants", "strives", NULL};
  if (d->vs < f->ve) return 0;
  for (size_t a = fx_find(x, f->ve, d->vs, "and"); a != FX_NONE; a = fx_find(x, a + 3, d->vs, "and")) {
    size_t p = a + 3;
    while (p < d->vs && x->t[p] == ' ') p++;
    if (fx_starts_with(x, p, "also")) p += 4;
    if (fx_starts_with_any(x, p, goal_verbs)) return 1;
  }
  return 0;
}

/* "Korean firms put $4 billion into the country in 2025, while their total
** investment has reached $90 billion": a total in a contrast clause of its
** own after the date, which the figure before it took, is of no period
** (a parallel flow there, "while Japanese firms put in $3 billion", is of
** the same year). */
static int total_in_later_contrast(const ivl_fctx *x, const figures *fs, size_t i, const ivl_fm *date) {
  if (i == 0 || fs->f[i].cs <= date->ve || date->vs < fs->f[i - 1].ve) return 0;
  const figure *f = &fs->f[i];
  return fx_any(x, f->cs, f->ce, ivl_lexicon(LEX_CUMULATIVE)) || fx_find(x, f->cs, f->vs, "total") != FX_NONE;
}

/* "X ranks third with $60 billion, though it led this year, putting in $7
** billion in the first ten months", "Thai firms have put $15 billion in
** to date, and registered another $1 billion in the first half": a total
** told as standing (a place, "to date") before a comma, then the same
** subject's later deed with its own figure and the date after it: the date
** is that deed's, not the total's (set qweek140). Not a list going on,
** "..., followed by Korea with $3 billion in H1": another investor named
** between, the list's date is each member's. */
static int standing_before_dated_deed(const ivl_fctx *x, const ivl_fsent *s, const figures *fs, size_t i,
                                      const ivl_fm *date) {
  if (i + 1 >= fs->n || date->vs < fs->f[i + 1].ve) return 0;
  const figure *f = &fs->f[i], *next = &fs->f[i + 1];
  const char *c = memchr(x->t + f->ve, ',', next->vs - f->ve);
  if (!c) return 0;
  size_t comma = (size_t)(c - x->t);
  if (!fx_any(x, f->ve, comma, ivl_lexicon(LEX_CUMULATIVE)) && !inv_placing_ordinal(x, f->cs, f->vs, NULL)) return 0;
  for (size_t k = fx_mentions_from(s->m, s->n, f->ve); k < s->n && s->m[k].vs < next->vs; k++)
    if ((s->m[k].kind == FM_COUNTRY && !(s->m[k].flags & FM_VN)) || s->m[k].kind == FM_ORG) return 0;
  return 1;
}

/* "sold its factory in Tây Ninh to X for $18 million, and in August it
** shut a travel agency": a date opening a clause of its own after the
** sentence's last figure (", and in", then the clause's own subject)
** dates that clause's deed, not the figure (set qexit). The subject may be
** the pair the sentence told of ("and in October the two companies signed
** a contract with ...") or a firm by name (set qweek102). */
static int date_of_later_clause(const ivl_fctx *x, const ivl_fsent *s, const figures *fs, const ivl_fm *d) {
  static const char *const and_in[] = {"and in", "and on", NULL};
  static const char *const subjects[] = {"it", "the company", "the group", "the firm", "they", "the two companies",
                                         "the two firms", "the two groups", "the two sides", "the partners",
                                         "both companies", "both firms", NULL};
  if (!fs->n || d->vs < fs->f[fs->n - 1].ve || !fx_ends_with_any(x, d->vs, and_in)) return 0;
  size_t and = fx_find_last(x, fs->f[fs->n - 1].ve, d->vs, "and");
  size_t c = and;
  while (c != FX_NONE && c > s->vs && x->t[c - 1] == ' ') c--;
  if (c == FX_NONE || c == s->vs || x->t[c - 1] != ',') return 0;
  size_t p = d->ve;
  while (p < s->ve && (x->t[p] == ' ' || x->t[p] == ',')) p++;
  if (fx_starts_with_any(x, p, subjects)) return 1;
  size_t i = fx_mentions_from(s->m, s->n, p);
  return i < s->n && s->m[i].vs == p && s->m[i].kind == FM_ORG;
}

/* The present perfect of money put in, which tells a total to now. */
static const char *const present_perfect_putting[] = {
  "has invested", "have invested", "has put", "have put", "has poured", "have poured", "has spent", "have spent",
  "has injected", "have injected", NULL};

/* "has invested $700 million since 2021, including a stake that it bought
** in 2023": a date after a part word ("including") that follows the
** sentence's last figure, a total said in the present perfect ("has
** invested", "has already poured"), is the part's, which has no figure of
** its own: the total is one to now (rule 5). Not "..., including $300
** million in 2023" (the part's figure), nor "invested $700 million last
** year, including ..." (a past deed). */
static int part_date_after_perfect_total(const ivl_fctx *x, const figures *fs, const ivl_fm *d) {
  static const char *const part_words[] = {"including", "among them", NULL};
  if (fs->n == 0) return 0;
  const figure *f = &fs->f[fs->n - 1];
  return f->ve <= d->vs && fx_any(x, f->ve, d->vs, part_words) &&
         (fx_any(x, f->cs, f->vs, present_perfect_putting) || inv_perfect_adverb_putting(x, f->cs, f->vs, 0));
}

/* "In August, X signed a power deal for its farm in Quảng Trị, and the
** company said it has invested $380 million in the project since 2021": a
** date opening the sentence, no figure before the ", and", is the first
** clause's deed's; the perfect of the later clause ("has invested") tells
** a total to now, not of that date (set qweek107). Not "In August it
** signed a deal and invested $50 million", a plain verb of the date. */
static int date_before_perfect_clause(const ivl_fctx *x, const figures *fs, const ivl_fm *d) {
  size_t i = 0;
  while (i < fs->n && fs->f[i].vs < d->ve) i++;
  if (i == fs->n) return 0;
  size_t and = fx_find_last(x, d->ve, fs->f[i].vs, "and");
  if (and == FX_NONE || and < 2 || x->t[and - 2] != ',') return 0;
  return fx_any(x, and, fs->f[i].vs, present_perfect_putting);
}

/* "That would lift the firm's total investment to $180 million, said its
** director, adding that the plant should start operating in 2028": a
** date after the sentence's last figure, in what the speaker adds
** (", adding that", "and added that"), dates the added statement, not the
** figure (set qweek83). Not a date before the addition ("invested $50
** million in 2025, adding that ..."). */
static int date_of_added_clause(const ivl_fctx *x, const figures *fs, const ivl_fm *d) {
  return fs->n && d->vs >= fs->f[fs->n - 1].ve && inv_added_statement(x, fs->f[fs->n - 1].ve, d->vs) < d->vs;
}

/* The firm that opens a clause of its own after ", and" between figures
** 'before' and 'f' ("Japan's" or "Japanese firm" before it allowed), named
** within 'reach' bytes of the "and": where the words after its name start,
** else FX_NONE. */
static size_t firm_opening_and_clause(const ivl_fctx *x, const ivl_fsent *s, const figure *before, const figure *f,
                                      size_t reach) {
  size_t and = fx_find_last(x, before->ve, f->vs, "and");
  if (and == FX_NONE || and < 2 || x->t[and - 2] != ',') return FX_NONE;
  for (size_t i = fx_mentions_from(s->m, s->n, and); i < s->n && s->m[i].ve <= f->vs; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_COUNTRY && (fx_possessive(x, m) || (m->flags & FM_DEMONYM))) continue;
    if (m->kind != FM_ORG || m->vs > and + reach) return FX_NONE;
    size_t p = m->ve;
    while (p < f->vs && x->t[p] == ' ') p++;
    return p;
  }
  return FX_NONE;
}

/* "In March, Naver opened a lab with capital of $35 million, and Japan's
** Fujitsu is building a test bed worth $12 million": a clause of its own
** after ", and", its subject another investor and its verb of now or to
** come, is not of the day or period the clause before was (qsci). The
** verb right after the firm ("Fujitsu is building", "Fujitsu also plans"),
** not one in an aside on it ("Fujitsu, which is based in Tokyo, opened"). */
static int other_subject_now(const ivl_fctx *x, const ivl_fsent *s, const figure *before, const figure *f) {
  static const char *const now[] = {"is", "are", "will", "plans", "plan", "intends", "aims", NULL};
  static const char *const adverbs[] = {"also", "now", "still", "currently", NULL};
  size_t p = firm_opening_and_clause(x, s, before, f, 40);
  if (p == FX_NONE) return 0;
  if (fx_starts_with_any(x, p, adverbs))
    while (p < f->vs && ivl_isalpha((unsigned char)x->t[p])) p++;
  return fx_starts_with_any(x, p, now);
}

/* "X received its licence last week for a $75 million plant, and Taiwan's
** Y added $42 million to its factory on November 9": a date after the
** figure of a clause of its own after ", and", opened by another firm with
** a verb of its own, is that clause's, not the figure's before it. (Not a
** gapped member, "..., and Y a $42 million one, on November 9", with no verb.) */
static int date_of_later_firm_clause(const ivl_fctx *x, const ivl_fsent *s, const figure *before, const figure *f,
                                     const ivl_fm *d) {
  static const char *const no_verb[] = {"a", "an", "the", "one", "and", "with", NULL};
  if (d->vs < f->ve) return 0;
  size_t p = firm_opening_and_clause(x, s, before, f, 48);
  return p != FX_NONE && p < f->vs && ivl_islower((unsigned char)x->t[p]) && !fx_starts_with_any(x, p, no_verb);
}

/* "X will expand its plant with an added $30 million next year, and it
** opened a $25 million plant in Mexico in 2023": a date after ", and" and
** the same firm as the subject again ("it", "the company"), in the clause
** of the figure after, is that clause's, not the figure's before it. */
static int date_of_later_own_clause(const ivl_fctx *x, const figure *before, const figure *f, const ivl_fm *d) {
  static const char *const again[] = {", and it ", ", and the company ", ", and the group ", ", and the firm ",
                                      ", and they ", NULL};
  for (size_t k = before->ve; k < f->vs && k < d->vs; k++) {
    if (x->t[k] != ',') continue;
    for (int w = 0; again[w]; w++) {
      size_t n = strlen(again[w]);
      if (k + n <= f->vs && memcmp(x->t + k, again[w], n) == 0 && ivl_islower((unsigned char)x->t[k + n])) return 1;
    }
  }
  return 0;
}

/* "..., worth a total of $1.3 billion, though not every project has gone
** well: a $120 million plant was withdrawn in 2023": a date in the clause
** that tells of a project ended (back to its comma, colon or semicolon)
** is the ending's, no standing figure's (set qtwin). */
static int date_of_ended_clause(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  size_t c = d->vs;
  while (c > s->vs && x->t[c - 1] != ',' && x->t[c - 1] != ':' && x->t[c - 1] != ';') c--;
  return c > s->vs && fx_any(x, c, d->vs, ivl_lexicon(LEX_TERMINATED));
}

/* "Thailand is the ninth largest investor in Việt Nam, and the two
** countries upgraded their ties to a strategic partnership in 2025": a
** date in a clause of its own after the figure (", and"), one that tells
** of a relation before it, is when the relation began (rule 14), not the
** figure's date (set qground). */
static int relation_clause_date(const ivl_fctx *x, const figures *fs, const ivl_fm *d) {
  const figure *f = NULL;
  for (size_t i = 0; i < fs->n; i++)
    if (fs->f[i].ve <= d->vs) f = &fs->f[i];
  if (!f) return 0;
  size_t and = fx_find_last(x, f->ve, d->vs, "and");
  return and != FX_NONE && and >= 2 && x->t[and - 2] == ',' && fx_any(x, and, d->vs, ivl_lexicon(LEX_RELATION));
}

/* "after a $22 million warehouse in Bắc Ninh licensed in 2023, bringing
** the group's total investment in the country to $70 million": the date is
** said in a participle of the earlier project ("licensed in", "opened in"),
** and the total a later ", bringing/lifting/raising/taking ... total ...
** to" clause brings the investor to is its whole now, not of that year
** (set qweek24). Not a date of the main verb ("added $40 million in 2021,
** bringing ..."), which dates what the raise brought the total to. */
static int total_after_dated_participle(const ivl_fctx *x, const figure *f, const ivl_fm *d) {
  static const char *const raising[] = {"bringing", "lifting", "raising", "taking", NULL};
  static const char *const total[] = {"total", NULL};
  if (!d || d->ve > f->vs) return 0;
  size_t w = fx_last(x, d->ve, f->vs, raising);
  if (w == FX_NONE || w < 2 || x->t[w - 2] != ',' || !fx_any(x, w, f->vs, total)) return 0;
  /* the word before the date's "in"/"on": a participle in -ed */
  size_t p = d->vs;
  while (p > 0 && x->t[p - 1] == ' ') p--;
  if (!fx_ends_with(x, p, "in") && !fx_ends_with(x, p, "on")) return 0;
  p -= 2;
  while (p > 0 && x->t[p - 1] == ' ') p--;
  /* (not a document's: "Under Decision No. 2741/QĐ-UBND signed on
  ** Tuesday, the committee approved an additional VNĐ850 billion ...,
  ** bringing the project's total capital to ...": the decision that makes
  ** the raise is of that day, and so is the total it brings; set qweek45) */
  static const char *const document_made[] = {"signed", "issued", NULL};
  if (fx_ends_with_any(x, p, document_made)) return 0;
  return p >= 3 && x->t[p - 2] == 'e' && x->t[p - 1] == 'd' && ivl_isalpha((unsigned char)x->t[p - 3]);
}

/* Is mention i of s a date written right after a place, a country or a
** firm ("Hai Duong in 2014")? */
static int date_of_named(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  const ivl_fm *d = &s->m[i], *p = i ? &s->m[i - 1] : NULL;
  if (d->kind != FM_DATE || !d->value_s || !p) return 0;
  if (p->kind != FM_PLACE && p->kind != FM_COUNTRY && p->kind != FM_ORG) return 0;
  return d->vs == p->ve + 4 && memcmp(x->t + p->ve, " in ", 4) == 0;
}

/* "It followed with parks in Hai Duong in 2014, Dong Nai in 2016 and Long
** An in 2019, investing $55 million, $72 million and $90 million
** respectively": the dates of the list before the figures, each written
** after its place, go with them in order as the places do (set qweek104).
** Only with "respectively" (or "in that order") said, and as many dates,
** all so written, as figures: "From 2020 to 2024, X and Y invested $3
** million and $2 million respectively" keeps its range. */
static void dates_respectively(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  if (fs->n < 2 || (fx_find(x, s->vs, s->ve, "respectively") == FX_NONE &&
                    fx_find(x, s->vs, s->ve, "in that order") == FX_NONE))
    return;
  size_t lo, n = inv_respective_group(x, s, fs, &lo);
  if (n < 2) return;
  size_t from = lo ? fs->f[lo - 1].ve : s->vs, k = 0;
  const ivl_fm *d[MAX_FIGURES];
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_DATE || m->vs < from || m->ve > fs->f[lo].vs) continue;
    if (k == n || !date_of_named(x, s, i)) return;
    d[k++] = m;
  }
  for (size_t i = 0; k == n && i < n; i++) fs->f[lo + i].date = d[i];
}

void inv_bind_dates(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  const ivl_fm *only = NULL;   /* the figures' dates, when one only */
  const ivl_fm *report = NULL; /* the day the figures were reported */
  int dates = 0, scheduled = 0; /* (of which dates of a schedule) */
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *d = &s->m[i];
    if (d->kind != FM_DATE || !d->value_s || ((event_year(x, d) || year_after_event(x, s, d)) && other_date(s, d)) || baseline_date(x, s, d) ||
        date_in_aside(x, s, fs, d) ||
        restrictive_clause_date(x, s, fs, d) || start_aside_date(x, s, fs, d) || entry_date(x, s, fs, d) ||
        year_of_a_part_taken_in(x, s, fs, d) || plan_clause_date(x, fs, d) || earlier_works_date(x, fs, d) ||
        provinces_merger_date(x, s, d) || date_of_later_clause(x, s, fs, d) || date_of_ended_clause(x, s, d) ||
        schedule_beside_day(x, s, d) || relation_clause_date(x, fs, d) || date_of_added_clause(x, fs, d) ||
        date_before_perfect_clause(x, fs, d) || part_date_after_perfect_total(x, fs, d))
      continue;
    /* "HÀ NỘI, March 5 (VNA) –": the wire's day is the article's, outside
    ** the fact's sentence: it dates no figure (a stock with no date of its
    ** own takes the article's, a flow none: rule 5) */
    if (ivl_layout_wire_dateline(x->t, x->a->view.len, d->vs) > d->ve) continue;
    only = d, dates++;
    scheduled += schedule_date(x, s, d);
    /* a report's day dates a figure only when nothing before it in the
    ** sentence does: "..., including $150 million in additional capital,
    ** the department reported on September 5" is of the period said first */
    if (report_day(x, d) || source_day(x, d)) {
      if (!report) report = d;
      continue;
    }
    figure *f = figure_of(x, fs, d->vs);
    if (!f || purpose_of_its_own(x, s, f, d)) continue;
    /* "signed an agreement with X in 2019 and has since received two
    ** projects": the year the total started from, not its date (rule 14;
    ** set qbrief) */
    if (d->ve <= f->vs && fx_any(x, d->ve, f->vs, since_then)) continue;
    /* "$1.3 billion since 2016, including the 2019 purchase of X for $620
    ** million": a date after a part word, before the part's figure, is the
    ** part's */
    static const char *const part_words[] = {"including", "of which", "among them", "among which", NULL};
    size_t k = (size_t)(f - fs->f) + 1;
    if (k < fs->n && d->vs > f->ve && fx_any(x, f->ve, d->vs, part_words)) f = &fs->f[k];
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
  /* (not a total "has since" grown to: "began investing in 2017 with a
  ** VNĐ2 trillion project and has since poured a total of VNĐ18 trillion",
  ** whose date the start is not, rule 14) */
  for (size_t i = 1; i < fs->n; i++)
    if (!fs->f[i].date && !relative_period(x, &fs->f[i], fs->f[i - 1].ve) &&
        !(fs->f[i - 1].date && old_figure(x, &fs->f[i - 1])) &&
        !(fs->f[i - 1].date && fx_any(x, fs->f[i - 1].ve, fs->f[i].vs, since_then)) &&
        !(fs->f[i - 1].date && total_in_later_contrast(x, fs, i, fs->f[i - 1].date)) &&
        !other_subject_now(x, s, &fs->f[i - 1], &fs->f[i]) &&
        !total_after_dated_participle(x, &fs->f[i], fs->f[i - 1].date))
      fs->f[i].date = fs->f[i - 1].date;
  const figure *only_of = dates == 1 ? figure_of(x, fs, only->vs) : NULL;
  if (only_of && old_figure(x, only_of)) dates = 0;
  /* (not a figure before the clause of its own the date opens: "it added
  ** $200 million ..., and in 2023 it poured a further $150 million") */
  for (size_t i = 0; i < fs->n && dates == 1; i++)
    if (!fs->f[i].date && !(only->ve <= fs->f[i].vs && relative_period(x, &fs->f[i], only->ve)) &&
        !date_of_a_part(x, fs, i, only) && !(i + 1 < fs->n && plan_joined_after(x, fs, i, only)) &&
        !(only->ve <= fs->f[i].vs && fx_any(x, only->ve, fs->f[i].vs, since_then)) &&
        !(i + 1 < fs->n && fs->f[i + 1].cs > fs->f[i].ve && fs->f[i + 1].cs <= only->vs &&
          only->ve <= fs->f[i + 1].vs) &&
        !(i + 1 < fs->n && date_of_later_own_clause(x, &fs->f[i], &fs->f[i + 1], only)) &&
        !purpose_of_its_own(x, s, &fs->f[i], only) && !total_in_later_contrast(x, fs, i, only) &&
        !(i > 0 && only->ve <= fs->f[i - 1].ve && other_subject_now(x, s, &fs->f[i - 1], &fs->f[i])) &&
        !(i + 1 < fs->n && date_of_later_firm_clause(x, s, &fs->f[i], &fs->f[i + 1], only)) &&
        !standing_before_dated_deed(x, s, fs, i, only) &&
        !total_after_dated_participle(x, &fs->f[i], only))
      fs->f[i].date = only;
  /* a figure outside the aside of its date has none of its own: the
  ** report's day, if any, dates it */
  int aside_only = 0;
  static const char *const opens[] = {"which", "where", "who", NULL};
  int asides = dates && fx_first(x, s->vs, s->ve, opens) != FX_NONE; /* most sentences have none */
  for (size_t i = 0; i < fs->n && asides; i++)
    if (fs->f[i].date && (date_outside_aside(x, s, fs->f[i].date, &fs->f[i]) ||
                          figure_in_aside(x, s, fs->f[i].date, &fs->f[i])))
      fs->f[i].date = report, aside_only = 1;
  if (report) {
    figure *f = figure_of(x, fs, report->vs);
    if (f && !f->date) f->date = report;
    for (size_t i = 1; i < fs->n; i++)
      if (!fs->f[i].date && !(aside_only && fs->f[i - 1].date &&
                              date_outside_aside(x, s, fs->f[i - 1].date, &fs->f[i])))
        fs->f[i].date = fs->f[i - 1].date;
    /* "officials said on Monday that Korean firms have pumped $3 billion
    ** into northern Vietnam this year": a figure whose clause speaks of a
    ** period of its own is of that period, not of the report's day */
    int span = inv_recent_span(x, s); /* "over the past three years" */
    for (size_t i = 0; i < fs->n; i++)
      if (fs->f[i].date == report && (span || period_of_clause(x, &fs->f[i]))) fs->f[i].date = NULL;
  }
  /* "targets $1 billion in 2024 after drawing $1.6 billion last year",
  ** "After drawing $1.6 billion last year, it aims to attract $2 billion in
  ** 2024": the date is the goal's, not the figure said beside it */
  static const char *const after[] = {"after", "following", "having", NULL};
  for (size_t i = 0; i < fs->n; i++) {
    figure *f = &fs->f[i];
    const ivl_fm *d = f->date;
    if (!d || !fx_any(x, d->ve <= f->vs ? d->ve : s->vs, d->ve <= f->vs ? f->vs : d->vs, after))
      continue;
    if (d->ve <= f->vs ? fx_any(x, s->vs, d->vs, ivl_lexicon(LEX_GOAL)) : fx_any(x, f->ve, d->vs, ivl_lexicon(LEX_GOAL)))
      f->date = NULL;
  }
  /* "has attracted VNĐ45 trillion this year, ..., while its goal for 2027
  ** is VNĐ60 trillion": a date in a contrast clause after the figure that
  ** speaks of a goal is the goal's */
  for (size_t i = 0; i < fs->n; i++)
    if (fs->f[i].date && (goal_in_later_contrast(x, &fs->f[i], fs->f[i].date) ||
                          goal_in_joined_clause(x, &fs->f[i], fs->f[i].date)))
      fs->f[i].date = NULL;
  /* "On the same day, X received a licence for a $38 million port": a
  ** sentence that opens on the day told before, with no date of its own,
  ** is of that day (as a signing so opened is, agree.signed) */
  /* (nor does a year of the works' schedule keep it from being so: "The
  ** same day, the PM approved a $1.8 billion port, due to open in 2030") */
  int opens_same_day = fs->n && (fx_starts_with_any(x, s->vs, same_day_openers) ||
                                 fx_starts_with_any(x, s->vs, fx_occasion_told));
  if (!report && fs->n && (opens_same_day || same_day_inside(x, s)) &&
      (!dates || (opens_same_day && dates == scheduled))) {
    const ivl_fm *d = fx_same_day(x, s);
    for (size_t i = 0; d && i < fs->n; i++)
      if (!fs->f[i].date || schedule_date(x, s, fs->f[i].date)) fs->f[i].date = d;
  }
  /* (a flow, or the total its rise brings the plant to: a stock told
  ** there, "which has invested $3.6 billion since 2007", is of the
  ** article's day) */
  if (!dates && !report && fs->n &&
      (licence_at_ceremony_told(x, s) || licence_received_at_event(x, s) || licence_part_told(x, s))) {
    const ivl_fm *d = x->c.last_day;
    for (size_t i = 0; d && i < fs->n; i++)
      if (!fs->f[i].date && (!fs->f[i].stock || fs->f[i].raised_to)) fs->f[i].date = d;
  }
  dates_respectively(x, s, fs);
}

/* "17.21 per cent of the total investment capital registered in the
** locality": a share of the target's total, not of a park's, the nation's
** or a plan. */
static int is_share(const ivl_fctx *x, const ivl_fm *p, size_t limit) {
  static const char *const whole[] = {"capital", "invest*", "fdi", "total", NULL};
  static const char *const other[] = {
    "national", "nationwide", "country's", "park's", "zone's", "plan", "number", "target",
    "projects", "gdp", "export*",
    /* "contribute VNĐ450 billion, or 45 per cent of the charter capital":
    ** a partner's part of a company's own capital, not of the place's */
    "charter",
    /* "contribute $36 million, or 60% of the capital, to a joint venture
    ** with Y": so too the capital of the venture it goes to */
    "to a joint venture", "to the joint venture", "into a joint venture", "venture's", "of the venture", NULL};
  /* "paid $70 million for its first 15 per cent of the lender": a stake,
  ** a part of a company, not of the place's total */
  static const char *const company_whole[] = {"of the lender", "of the bank", "of the company", "of the firm",
                                              "of the group", "of the insurer", "of the venture", "of the business",
                                              "of its shares", "of the shares", NULL};
  if (!fx_starts_with(x, p->ve, "of") || fx_starts_with_any(x, p->ve, company_whole)) return 0;
  size_t end = p->ve + 60 < limit ? p->ve + 60 : limit;
  return fx_any(x, p->ve, end, whole) && !fx_any(x, p->ve, end, other);
}

/* "South Korea remains the largest investor in Vietnam, accounting for
** about 18 per cent of the country's total FDI stock": the country's (the
** nation's) total is the target's own when the sentence's place is the
** country itself, named, and no province of it is named (is_share leaves
** "country's" to a province's share of the nation's). */
static int share_of_country_total(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *p, size_t limit) {
  static const char *const national[] = {"of the country's", "of the nation's", "of the national", "of vietnam's",
                                         "of viet nam's", "of việt nam's", NULL};
  static const char *const whole[] = {"capital", "invest*", "fdi", NULL};
  if (!fx_starts_with_any(x, p->ve, national)) return 0;
  size_t end = p->ve + 60 < limit ? p->ve + 60 : limit;
  if (!fx_any(x, p->ve, end, whole)) return 0;
  int country = 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_PLACE && (m->flags & FM_VN) && !(m->flags & FM_DATELINE)) return 0;
    country |= m->kind == FM_COUNTRY && (m->flags & FM_VN) && !(m->flags & FM_DEMONYM) && m->ve <= p->vs;
  }
  return country;
}

/* "with processing and manufacturing taking 60 per cent of the total": the
** mention said just before the percent is a sector, so the percent is that
** sector's share of the total, not an investor's. */
static int said_of_sector(const ivl_fsent *s, size_t i) {
  for (size_t k = i; k-- > 0;) {
    const ivl_fm *m = &s->m[k];
    if (m->kind == FM_DATE) continue;
    return m->kind == FM_SECTOR && s->m[i].vs - m->ve <= 24;
  }
  return 0;
}

/* "China accounted for $600 million, or 40 per cent, followed by ...",
** "with $1.9 billion, accounting for 36.5 per cent": a percent right after
** its figure, said with "or" or a participle of sharing and no "of", is
** the figure's share of the total; not "or 40 per cent more". */
static int bare_share_after(const ivl_fctx *x, const ivl_fm *p, const figure *f) {
  static const char *const compared[] = {
    "of", "more", "less", "higher", "lower", "up", "down", "year-on-year", "increase*", "rise", NULL};
  static const char *const sharing[] = {"accounting for", "making up", "representing", NULL};
  if (p->vs <= f->ve || p->vs - f->ve > 24 || fx_starts_with_any(x, p->ve, compared)) return 0;
  if (fx_ends_with(x, p->vs, "or")) return p->vs - f->ve <= 6 && fx_only(x, f->ve, p->vs, ",or");
  size_t at = fx_first(x, f->ve, p->vs, sharing);
  return at != FX_NONE && fx_only(x, f->ve, at, ",") && fx_ends_with_any(x, p->vs, sharing);
}

/* "Korean investors account for 85 per cent of the $12 billion in FDI
** Thái Nguyên has attracted": the figure right after the share is the
** whole, everyone's; the investor named before the share has a fact of
** its own with the share and no figure. */
static int share_of_whole(const ivl_fctx *x, const ivl_fsent *s, figures *fs, size_t i) {
  const ivl_fm *p = &s->m[i];
  static const char *const of[] = {"of the", "of", NULL};
  if (i + 1 >= s->n || s->m[i + 1].kind != FM_MONEY || s->m[i + 1].vs > p->ve + 8 ||
      !fx_ends_with_any(x, s->m[i + 1].vs, of) || !fx_only(x, p->ve, s->m[i + 1].vs, "of the"))
    return 0;
  figure *g = NULL;
  for (size_t k = 0; k < fs->n && !g; k++)
    if (fs->f[k].money == &s->m[i + 1]) g = &fs->f[k];
  if (!g || g->share || fs->n >= MAX_FIGURES) return 0;
  const ivl_fm *who = NULL;
  for (size_t k = 0; k < i; k++)
    if (s->m[k].vs >= g->cs && fx_can_invest(x, &s->m[k], 1)) who = &s->m[k];
  if (!who) return 0;
  g->whole = 1;
  fs->f[fs->n++] = (figure){.vs = p->vs, .ve = p->vs, .cs = who->vs, .ce = p->ve, .date = g->date,
                            .share = p, .investor_as = who, .stock = g->stock};
  return 1;
}

/* "Japan contributed 30 per cent of the capital" right after a total: an
** investor's share of the target's capital with no figure of its own. */
int inv_share_only(const ivl_fctx *x, const ivl_fsent *s, figure *out) {
  static const char *const sharing[] = {
    "accounted for", "accounts for", "account for", "contributed", "contributes", "made up", "makes up",
    "make up", "represented", "represents", NULL};
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *p = &s->m[i];
    if (p->kind != FM_PERCENT) continue;
    size_t end = s->ve;
    for (size_t k = i + 1; k < s->n && end == s->ve; k++)
      if (s->m[k].kind == FM_PERCENT) end = s->m[k].vs;
    if (!is_share(x, p, end)) return 0;
    size_t at = fx_first(x, s->vs, p->vs, sharing);
    if (at == FX_NONE) return 0;
    const ivl_fm *who = NULL, *before = NULL;
    for (size_t k = 0; k < i && s->m[k].ve <= at; k++)
      if (fx_can_invest(x, &s->m[k], 1)) before = who, who = &s->m[k];
    if (!who || at - who->ve > 24) return 0;
    /* "Japanese and Korean investors accounted for 60 per cent": a share of
    ** two together is neither's */
    if (before && fx_only(x, before->ve, who->vs, "and")) return 0;
    *out = (figure){.vs = p->vs, .ve = p->vs, .cs = s->vs, .ce = s->ve, .share = p, .investor_as = who};
    return 1;
  }
  return 0;
}

/* "Thái Nguyên has attracted 220 projects worth $10.3 billion, of which
** Korean investors account for 85 per cent": a share of the whole said in
** its ", of which" clause is the investor's own fact, with no figure, of
** the whole's basis and date (qvisit; as in a sentence of its own). */
static int share_of_which(const ivl_fctx *x, const ivl_fsent *s, figures *fs, size_t i) {
  static const char *const sharing[] = {"account for", "accounts for", "accounted for", "make up", "makes up",
                                        "made up", "contribute", "contributes", "contributed", NULL};
  const ivl_fm *p = &s->m[i], *who = NULL;
  if (fs->n >= MAX_FIGURES || fx_starts_with(x, p->ve, "of") || !fx_ends_with_any(x, p->vs, sharing)) return 0;
  for (size_t k = 0; k < i; k++)
    if (fx_can_invest(x, &s->m[k], 1)) who = &s->m[k];
  if (!who || p->vs - who->ve > 36 || !fx_lower_words(x, who->ve, p->vs) || !fx_ends_with(x, who->vs, "of which"))
    return 0;
  const figure *g = NULL; /* the whole the clause follows */
  for (size_t k = 0; k < fs->n; k++)
    if (fs->f[k].money && fs->f[k].ve <= who->vs && !fs->f[k].share && !fs->f[k].investor_as) g = &fs->f[k];
  if (!g || memchr(x->t + g->ve, '.', who->vs - g->ve)) return 0;
  fs->f[fs->n++] = (figure){.vs = p->vs, .ve = p->vs, .cs = who->vs, .ce = p->ve, .date = g->date,
                            .share = p, .investor_as = who, .stock = g->stock};
  return 1;
}

/* "Investors poured $2.4 billion into Hà Nội in four months, with Japan
** accounting for 38 per cent of the total": a country's share told in a
** ", with" clause after everyone's figure is a fact of its own, with the
** share and no figure, of the figure's period (as "Japan accounted for 38
** per cent of the total." is in a sentence of its own); the figure stays
** everyone's (with_next_figure ends its reach at the clause). */
static int share_in_with_clause(const ivl_fctx *x, const ivl_fsent *s, figures *fs, size_t i) {
  const ivl_fm *p = &s->m[i], *who = i > 0 ? &s->m[i - 1] : NULL;
  if (!who || who->kind != FM_COUNTRY || fs->n >= MAX_FIGURES || !fx_ends_with_any(x, p->vs, inv_sharing_participles) ||
      !fx_lower_words(x, who->ve, p->vs) || !fx_ends_with(x, who->vs, "with"))
    return 0;
  /* of the total, or bare; not "of the cost" */
  size_t end = i + 1 < s->n ? s->m[i + 1].vs : s->ve;
  if (fx_starts_with(x, p->ve, "of") && !is_share(x, p, end)) return 0;
  /* the clause's ", with", right before the country */
  size_t w = part_clause(x, s->vs, who->vs);
  if (w == FX_NONE || !fx_starts_with(x, w, "with") || !fx_lower_words(x, w, who->vs)) return 0;
  const figure *g = NULL; /* everyone's figure the clause follows */
  for (size_t k = 0; k < fs->n; k++)
    if (fs->f[k].money && fs->f[k].ve <= w && !fs->f[k].share && !fs->f[k].investor_as) g = &fs->f[k];
  if (!g || memchr(x->t + g->ve, '.', w - g->ve)) return 0;
  fs->f[fs->n++] = (figure){.vs = p->vs, .ve = p->vs, .cs = who->vs, .ce = p->ve, .date = g->date,
                            .share = p, .investor_as = who, .stock = g->stock};
  return 1;
}

void inv_bind_shares(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *p = &s->m[i];
    if (p->kind != FM_PERCENT || said_of_sector(s, i)) continue;
    if (share_of_whole(x, s, fs, i) || share_in_with_clause(x, s, fs, i) || share_of_which(x, s, fs, i)) continue;
    figure *f = figure_of(x, fs, p->vs);
    /* "30 per cent of the capital and 25 per cent of the projects": what
    ** a share is of ends where the next percent begins */
    size_t end = s->ve;
    for (size_t k = i + 1; k < s->n && end == s->ve; k++)
      if (s->m[k].kind == FM_PERCENT) end = s->m[k].vs;
    /* (or between the amount and its projects said after it: "$7.3
    ** billion, or 41 per cent of total registered capital, spread across
    ** 460 projects") */
    int before_count = f && f->money && f->count && p->vs >= f->money->ve && p->ve <= f->count->vs;
    if (f && !f->share && (p->vs >= f->ve || before_count) &&
        (is_share(x, p, before_count ? f->count->vs : end) || bare_share_after(x, p, f) ||
         share_of_country_total(x, s, p, end))) {
      f->share = p;
      continue;
    }
    /* "Korean investors accounted for 46.5 per cent of the total, with $512
    ** million": a share said just before the figure in its clause */
    /* "Japanese investors accounted for 18 per cent of FDI into the capital
    ** in the seven months, with $620 million": further, when the figure is
    ** joined to it by "with", no figure or full stop comes between, and
    ** the percent is no figure's own ("with 89.6% of the total") */
    for (size_t k = 0; k < fs->n; k++) {
      figure *g = &fs->f[k];
      if (g->share || p->ve > g->vs || p->vs < g->cs) continue;
      int near = g->vs - p->ve <= 40 ||
                 (g->vs - p->ve <= 120 && fx_ends_with(x, g->vs, "with") && !fx_ends_with(x, p->vs, "with") &&
                  !memchr(x->t + p->ve, '.', g->vs - p->ve) && !figure_between(x, s, p->ve, g->vs));
      if (near && is_share(x, p, g->vs)) g->share = p;
    }
  }
}

/* "Bắc Giang drew $1.27 billion in FDI in 2024, with Japan the third
** largest source": a superlative after the figure, said of an investor
** named between them, is that investor's place over the same period, a
** fact of its own with no figure. */
static int rank_of_another(const ivl_fctx *x, const ivl_fsent *s, figures *fs, figure *f, size_t at, int r) {
  if (!f->money || fs->n >= MAX_FIGURES) return 0;
  /* "Taiwan was the largest source, with Japan a distant second at $160
  ** million": the figure is placed by its own ordinal; the superlative
  ** before it is the place of the one named before the superlative */
  if (at < f->vs && f->placed_at > at) {
    const ivl_fm *who = NULL;
    for (size_t i = 0; i < s->n && s->m[i].ve <= at; i++)
      if (fx_can_invest(x, &s->m[i], 1) && !(s->m[i].flags & FM_DEMONYM)) who = &s->m[i];
    if (!who) return 1;
    fs->f[fs->n++] = (figure){.vs = (uint32_t)at, .ve = (uint32_t)at, .cs = (uint32_t)who->vs, .ce = (uint32_t)at,
                              .date = f->date, .rank = r, .listed = 1, .investor_as = who};
    return 1;
  }
  if (at < f->ve) return 0;
  const ivl_fm *who = NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    /* ("with Korean investors ranking second": a demonym naming a group of
    ** investors, as the country would) */
    if (m->vs >= f->ve && m->ve <= at && fx_can_invest(x, m, 1) &&
        (!(m->flags & FM_DEMONYM) || (fx_ends_with(x, m->vs, "with") && fx_demonym_investors(s, x, m))))
      who = m;
    if (m->kind == FM_MONEY && m->vs >= f->ve && m->vs < at) return 0; /* the figure of another */
  }
  /* "The $1.2 billion plant makes South Korea the province's largest
  ** investor": the country made so is ranked, not the project's maker */
  static const char *const making[] = {"makes", "making", "made", "makes the", "making the", "made the", NULL};
  /* (not "making Japan the largest destination": a place abroad ranked) */
  static const char *const investors[] = {"investor*", "source*", NULL};
  if (!who) return 0;
  /* "with Japan the third largest", "with the RoK the largest" */
  if (!fx_ends_with(x, who->vs, "with") && !fx_ends_with(x, who->vs, "with the")) {
    if (who->kind != FM_COUNTRY || !who->party || !fx_ends_with_any(x, who->vs, making) ||
        !fx_any(x, at, at + 40 < s->ve ? at + 40 : s->ve, investors))
      return 0;
    /* (not "Japanese investors have poured $5.3 billion ..., making Japan
    ** the largest investor": the country's own figure) */
    for (size_t i = 0; i < s->n && s->m[i].vs < who->vs; i++) {
      const ivl_fm *m = &s->m[i];
      if (!m->party || strcmp(m->party, who->party) != 0) continue;
      /* (but "Dutch brewer Lindeberg": a firm's own country) */
      if ((m->flags & FM_DEMONYM) && i + 1 < s->n && s->m[i + 1].kind == FM_ORG && s->m[i + 1].vs - m->ve <= 30)
        continue;
      return 0;
    }
    /* "..., making Taiwan the second largest investor, with total capital
    ** of $5.4 billion": the country's own figure said after, else its
    ** standing rank alone */
    for (size_t i = 0; i < fs->n; i++)
      if (fs->f[i].investor_as == who) return 1; /* placed at another of the superlative's words */
    for (size_t i = 0; i < fs->n; i++)
      if (fs->f[i].money && fs->f[i].vs > at && !fs->f[i].rank && !fs->f[i].investor_as) {
        fs->f[i].rank = r, fs->f[i].position = 2, fs->f[i].investor_as = who;
        return 1;
      }
    fs->f[fs->n++] = (figure){.vs = (uint32_t)at, .ve = (uint32_t)at, .cs = (uint32_t)who->vs, .ce = (uint32_t)at,
                              .rank = r, .position = 2, .investor_as = who};
    return 1;
  }
  f->other_named = who; /* "$96 million abroad, with Australia the second-biggest destination": not Australia's */
  fs->f[fs->n++] = (figure){.vs = (uint32_t)at, .ve = (uint32_t)at, .cs = (uint32_t)who->vs, .ce = f->ce,
                            .date = f->date, .rank = r, .listed = 1, .investor_as = who};
  return 1;
}

/* "Hải Dương has 500 projects worth $9.2 billion, with the RoK ranking
** second (among investors)": a participle of placing and its ordinal after
** the figure, said of an investor named after "with", places that
** investor as a superlative would (rank_of_another). */
static void ranked_by_participle(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  static const char *const placing[] = {"ranking", "coming", "placing", "standing", NULL};
  if (!(s->cues & CUE_ORDINAL)) return; /* no ordinal word: mostly */
  size_t n = fs->n;
  for (size_t i = 0; i < n; i++) {
    figure *f = &fs->f[i];
    if (!f->money) continue;
    size_t at = fx_first(x, f->ve, s->ve, placing);
    if (at == FX_NONE || (i + 1 < n && fs->f[i + 1].vs > at)) continue; /* "ranking first with $473 million" */
    size_t w = at;
    while (w < s->ve && ivl_isalpha((unsigned char)x->t[w])) w++;
    while (w < s->ve && x->t[w] == ' ') w++;
    size_t oend;
    int r = w < s->ve ? fx_ordinal_at(x, w, &oend) : 0;
    /* the place the figure took from the participle was the other's */
    if (r && rank_of_another(x, s, fs, f, at, r) && f->rank && f->placed_at >= f->ve) f->rank = 0;
  }
}

/* The group's size in "the three largest", "the top five", "two biggest":
** the number word next to the superlative at t[at, end), else 0. */
static int group_size(const ivl_fctx *x, size_t at, size_t end) {
  static const char *const numbers[] = {"two", "three", "four", "five", "six", "seven", "eight",
                                        "nine", "ten", NULL};
  /* mostly none: one look each way says so for all */
  if (!fx_ends_with_any(x, at, numbers) && !fx_starts_with_any(x, end, numbers)) return 0;
  for (int k = 0; numbers[k]; k++)
    if (fx_ends_with(x, at, numbers[k]) || fx_starts_with(x, end, numbers[k])) return k + 2;
  return 0;
}

/* "after Japan.", "behind South Korea and China.", "behind those from
** South Korea, Taiwan and Japan." (qvoice): from 'from' to the sentence's
** end only the foreign investors ranked ahead, by their countries? */
static int ahead_named_to_end(const ivl_fctx *x, size_t from, size_t sent_end) {
  static const char *const ahead[] = {"after", "behind", NULL};
  static const char *const those[] = {"those from", "those of", "investors from", NULL};
  size_t p = from;
  while (p < sent_end && x->t[p] == ' ') p++;
  if (!fx_starts_with_any(x, p, ahead) || p - from > 2) return 0;
  size_t at = p + (fx_starts_with(x, p, "after") ? 5 : 6), n = 0;
  while (at < sent_end && x->t[at] == ' ') at++;
  for (int k = 0; those[k]; k++)
    if (fx_starts_with(x, at, those[k])) {
      at += strlen(those[k]);
      break;
    }
  for (size_t i = fx_mention_from(x, at); i < x->nm && x->m[i].vs < sent_end; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind != FM_COUNTRY || (m->flags & FM_VN) || !fx_only(x, at, m->vs, ",and")) return 0;
    at = m->ve, n++;
  }
  return n && fx_only(x, at, sent_end, ".");
}

/* Does the superlative ending at 'end' stand alone, its noun left out
** ("the second largest, with", "the third biggest at")? */
static int noun_left_out(const ivl_fctx *x, size_t end, size_t sent_end) {
  static const char *const after[] = {"with", "at", "on", NULL};
  size_t w = end;
  while (w < sent_end && x->t[w] == ' ') w++;
  return w >= sent_end || x->t[w] == ',' || x->t[w] == '.' || x->t[w] == ';' || fx_starts_with_any(x, w, after);
}

/* "South Korean investors accounted for $1.1 billion, the largest share":
** the superlative at 'at' (an ordinal maybe before it) and its "share" at
** 'w' set off right after a sum say the sum's investor's place among those
** who put in parts of the whole. */
static int share_after_sum(const ivl_fctx *x, size_t at, size_t w) {
  static const char *const sums[] = {"million", "billion", "trillion", NULL};
  if (!fx_starts_with(x, w, "share")) return 0;
  /* (an ordinal between: "..., the third largest share after China and
  ** Taiwan", set qcore) */
  size_t q = at, oend;
  while (q > 0 && (x->t[q - 1] == ' ' || x->t[q - 1] == '-')) q--;
  size_t o = q;
  while (o > 0 && o + 12 > q && ivl_isalnum((unsigned char)x->t[o - 1])) o--;
  if (o < q && fx_ordinal_at(x, o, &oend) && oend == q) at = o;
  return at >= 6 && memcmp(x->t + at - 6, ", the ", 6) == 0 && fx_ends_with_any(x, at - 6, sums);
}

/* "Chinese investors took the largest slice, with $1.5 billion": the
** superlative at 'at' of a share (its noun at 'w') that a verb of taking
** has as its object says the taker's place among those who put in parts
** of the whole, as share_after_sum's does. */
static int share_taken(const ivl_fctx *x, size_t at, size_t w) {
  static const char *const shares[] = {"share", "slice", "portion", "chunk", NULL};
  static const char *const taken[] = {"took the", "take the", "takes the", "accounted for the",
                                      "accounts for the", "claimed the", "claims the", "held the",
                                      "made up the", "had the", "captured the", "contributed the", NULL};
  return fx_starts_with_any(x, w, shares) && fx_ends_with_any(x, at, taken);
}

/* Is t[w, e) a hedge of a count after it ("some 150", "about 140",
** "nearly 100", "more than 130")? */
static int count_hedge_at(const ivl_fctx *x, size_t w, size_t e) {
  static const char *const hedges[] = {"some", "about", "around", "nearly", "almost", "roughly", "approximately",
                                       "over", "more", "than", NULL};
  for (const char *const *h = hedges; *h; h++)
    if (e - w == strlen(*h) && fx_starts_with(x, w, *h)) return 1;
  return 0;
}

/* "the largest chemical investor in the province", "its biggest textile
** investor": a lower-case word of an industry between the superlative and
** the noun at 'who' ranks the investor among that industry's, no place
** among all the target's investors (qchem; as a rank in the country's
** cement industry, qheavy). The words of all its investors keep the rank. */
static int industry_qualified(const ivl_fctx *x, size_t end, size_t who) {
  static const char *const all[] = {"foreign", "overseas", "international", "direct", "single", "fdi", "outside",
                                    "external", "ever", "overall", "total", NULL};
  for (size_t w = end; w < who;) {
    while (w < who && (x->t[w] == ' ' || x->t[w] == '-')) w++;
    size_t e = w;
    while (e < who && ivl_isalpha((unsigned char)x->t[e])) e++;
    if (e == w) return 0; /* a digit or a mark: not a plain word list */
    /* "the largest of Vietnam's 150 foreign investors": a group named after */
    if (fx_starts_with(x, w, "of") && e == w + 2) return 0;
    /* "the seventh largest among 51 countries and regions investing in
    ** Myanmar": "among" opens the group, whose words are asked on (set
    ** qweek80) */
    if (fx_starts_with(x, w, "among") && e == w + 5) {
      w = e;
      continue;
    }
    /* "the largest among some 150 foreign investors": the hedge of the
    ** group's count, no industry (set qweek139) */
    if (count_hedge_at(x, w, e)) {
      w = e;
      continue;
    }
    if (ivl_islower((unsigned char)x->t[w]) && !fx_starts_with_any(x, w, all)) return 1;
    w = e;
  }
  return 0;
}

/* "third largest foreign investor", "the leading investor": a position
** among investors. Not "among the top five", not "one of the largest". */
int inv_rank_at_superlative(const ivl_fctx *x, size_t at, size_t end, size_t sent_end) {
  if (fx_ends_with(x, at, "one of the") || fx_ends_with(x, at, "among the")) return 0;
  /* "one of Thừa Thiên-Huế's leading partners", "one of its biggest
  ** investors": one of a group, by a possessive */
  size_t back = at > 40 ? at - 40 : 0;
  size_t one = fx_find(x, back, at, "one of");
  if (one != FX_NONE && !memchr(x->t + one, ',', at - one) && !memchr(x->t + one, '.', at - one)) return 0;
  /* "the top five investors", "top 10 sources": a group, not a place */
  size_t w0 = end;
  while (w0 < sent_end && x->t[w0] == ' ') w0++;
  if (w0 < sent_end && (ivl_isdigit((unsigned char)x->t[w0]) || group_size(x, end, end))) return 0;
  /* "among the five biggest sources": a group too */
  if (group_size(x, at, at)) return 0;
  /* "the largest of Vietnam's 150 foreign investors": the group after
  ** "of" may be longer, a possessive and a count before its noun (so too
  ** after "among": "the seventh largest among 51 countries and regions
  ** investing in Myanmar", set qweek80) */
  size_t reach = fx_starts_with(x, w0, "of") || fx_starts_with(x, w0, "among") ? 50 : 30;
  size_t limit = end + reach < sent_end ? end + reach : sent_end;
  /* "largest investor", "biggest source of FDI", "the largest of 102
  ** investing countries and territories" */
  size_t who = fx_find(x, end, limit, "investor*");
  if (who == FX_NONE) who = fx_find(x, end, limit, "source*");
  if (who == FX_NONE) who = fx_find(x, end, limit, "investing");
  /* abroad: "Laos was the largest destination" (one, not "the top
  ** destinations"); at home a place is a destination, no investor */
  if (who == FX_NONE && x->c.outward_age <= 2) {
    who = fx_find(x, end, end + 14 < limit ? end + 14 : limit, "destination");
    if (who == FX_NONE) who = fx_find(x, end, end + 14 < limit ? end + 14 : limit, "recipient");
  }
  /* "Japan is the largest investor. The RoK is the second largest, with
  ** ...": the noun left out, right after a ranked investor */
  if (who == FX_NONE && x->c.rank_age <= 1 && noun_left_out(x, end, sent_end)) who = end;
  /* "making them the third largest after South Korea and China.": the
  ** noun left out, the investors ranked ahead named (qweek98) */
  if (who == FX_NONE && ahead_named_to_end(x, end, sent_end)) who = end;
  if (who == FX_NONE && (share_after_sum(x, at, w0) || share_taken(x, at, w0))) who = w0;
  if (who == FX_NONE) return 0;
  /* "becoming the largest strategic investor in the equitisation": a
  ** place among a firm's owners, not among a place's investors */
  static const char *const owners[] = {"strategic", "institutional", "anchor", "cornerstone", NULL};
  if (fx_any(x, end, who, owners) || industry_qualified(x, end, who)) return 0;
  /* "The largest investors are Japan, the RoK and Singapore": a group */
  static const char *const many[] = {"investors", "sources", NULL};
  if (fx_starts_with_any(x, end, many)) return 0;
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

/* "Intel remains the largest US investor in the city": a superlative
** ending at 'end' of one country's investors (the country named between
** it and the noun), the first among those, no place among all the
** target's investors (GUIDELINES rule 16), though a standing position. */
int inv_rank_in_group(const ivl_fctx *x, size_t end, size_t sent_end) {
  size_t limit = end + 30 < sent_end ? end + 30 : sent_end;
  size_t who = fx_find(x, end, limit, "investor*");
  if (who == FX_NONE) return 0;
  for (size_t i = fx_mention_from(x, end); i < x->nm && x->m[i].vs < who; i++)
    if (x->m[i].kind == FM_COUNTRY && !(x->m[i].flags & FM_VN)) return 1;
  return 0;
}

/* Is a country other than Việt Nam named in the sentence before 'at'? */
static int foreign_country_before(const ivl_fsent *s, size_t at) {
  for (size_t i = 0; i < s->n && s->m[i].vs < at; i++)
    if (s->m[i].kind == FM_COUNTRY && !(s->m[i].flags & FM_VN)) return 1;
  return 0;
}

/* "placing India fourth among the province's investors", "making Japan
** second among 40 sources", "ranking the RoK fourth among foreign
** investors": the ordinal said of the investor named right after the verb
** at 'at' ("placing", "making", "ranking"; a "the" before it passed over),
** else 0. */
static int ordinal_after_investor(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  size_t w = at;
  while (w < s->ve && ivl_isalpha((unsigned char)x->t[w])) w++;
  while (w < s->ve && x->t[w] == ' ') w++;
  if (fx_starts_with(x, w, "the")) {
    w += 3;
    while (w < s->ve && x->t[w] == ' ') w++;
  }
  size_t named = w;
  for (size_t i = 0; i < s->n && named == w; i++)
    if (s->m[i].vs == w && (s->m[i].kind == FM_COUNTRY || s->m[i].kind == FM_ORG)) named = s->m[i].ve;
  /* "..., making it the second largest destination", "ranking them 20th
  ** among foreign investors": the country said before, by its pronoun
  ** (not a Vietnamese place's own position, rule 16) */
  /* ("which ranks us only 20th among Vietnam's foreign investors": a
  ** foreign speaker's country by "us", set qweek98) */
  static const char *const pronouns[] = {"it", "them", "us", NULL};
  int we = fx_starts_with(x, w, "us");
  if (named == w && fx_starts_with_any(x, w, pronouns) && foreign_country_before(s, at)) {
    named = w;
    while (named < s->ve && ivl_isalpha((unsigned char)x->t[named])) named++;
    size_t o = named;
    while (o < s->ve && x->t[o] == ' ') o++;
    if (fx_starts_with(x, o, "the")) named = o + 3;
  } else
    we = 0;
  if (named == w) return 0;
  while (named < s->ve && x->t[named] == ' ') named++;
  /* an adverb before the ordinal: "only 20th", "just fifth" */
  static const char *const adverbs[] = {"only", "just", NULL};
  if (fx_starts_with_any(x, named, adverbs))
    while (named < s->ve && ivl_isalpha((unsigned char)x->t[named])) named++;
  while (named < s->ve && x->t[named] == ' ') named++;
  size_t oend;
  int ord = fx_ordinal_at(x, named, &oend);
  if (!ord || oend > s->ve) return 0;
  static const char *const among[] = {"among", "investor*", "source*", "destination*", "partner*", NULL};
  /* (the speaker's "us" only among investors: "ranks us second among
  ** localities" is a locality's own place, rule 16) */
  static const char *const investors[] = {"investor*", "source*", NULL};
  size_t lim = oend + 40 < s->ve ? oend + 40 : s->ve;
  return fx_any(x, oend, lim, we ? investors : among) ? ord : 0;
}

/* Does mention 'm' open the sentence, or its main clause right after an
** opening clause of time ("In the first eight months, Korean investors
** ...")? */
static int opens_clause(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const times[] = {"in", "during", "over", "as of", "by", "since", NULL};
  if (m->vs == s->vs) return 1;
  return m->vs >= s->vs + 2 && x->t[m->vs - 2] == ',' && x->t[m->vs - 1] == ' ' &&
         fx_starts_with_any(x, s->vs, times) && !memchr(x->t + s->vs, ',', m->vs - 2 - s->vs);
}

/* "..., ranking second in newly registered capital.", "..., ranking third
** by total investment.": after the place only the measure it ranks by,
** lower-case words ending the sentence, as if the place ended it. */
static int measure_ends_sentence(const ivl_fctx *x, const ivl_fsent *s, size_t oend) {
  static const char *const measures[] = {"capital", "investment", NULL};
  size_t p = oend;
  while (p < s->ve && x->t[p] == ' ') p++;
  if (p + 3 >= s->ve || x->t[p + 2] != ' ' || !(fx_starts_with(x, p, "in") || fx_starts_with(x, p, "by"))) return 0;
  size_t e = s->ve;
  while (e > p && (x->t[e - 1] == '.' || x->t[e - 1] == ' ')) e--;
  if (e - p > 48) return 0;
  for (size_t i = p; i < e; i++)
    if (!ivl_islower((unsigned char)x->t[i]) && x->t[i] != ' ' && x->t[i] != '-') return 0;
  return fx_ends_with_any(x, e, measures);
}

/* "ranks first among ... countries", "ranking second among investors ... by
** capital": where the ranking depends on the measure, by capital. */
static int rank_after_verb(const ivl_fctx *x, size_t end, const ivl_fsent *s) {
  /* ("ranking third among 110 investing economies") */
  static const char *const among[] = {"investor*", "countries", "territories", "economies", "nations", NULL};
  /* "Japan received $19 million, ranking eighth among destinations": a
  ** place abroad among Vietnamese investment's destinations (not a
  ** Vietnamese locality's own place among localities, rule 16) */
  static const char *const destinations[] = {"destination*", NULL};
  int abroad = s->n && !(s->m[0].flags & FM_VN) && (s->m[0].kind == FM_COUNTRY || s->m[0].kind == FM_PLACE);
  size_t oend;
  if (!fx_any(x, end, s->ve, among) && !(abroad && fx_any(x, end, s->ve, destinations))) {
    /* "Thailand has 780 projects worth $14.6 billion, ranking ninth.": the
    ** bare place that ends a sentence whose subject is a foreign country is
    ** that investor's (not "Bắc Ninh drew $5 billion, ranking third") */
    int ord = fx_ordinal_at(x, end, &oend);
    if (!ord || !s->n || !opens_clause(x, s, &s->m[0]) || s->m[0].kind != FM_COUNTRY || (s->m[0].flags & FM_VN))
      return 0;
    /* "..., ranking second after Japan.", "..., ranking third behind South
    ** Korea and China.": the investors ahead named, and nothing else */
    if (ahead_named_to_end(x, oend, s->ve)) return ord;
    return fx_only(x, oend, s->ve, ".") || measure_ends_sentence(x, s, oend) ? ord : 0;
  }
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

/* "Japan, which had held second place in 2025, slipped to fourth with $4.3
** billion", "Taiwan rose from fifth to third": a verb of moving and "to"
** right before an ordinal say the place the investor has now; the place it
** held before, said anywhere else in t[from, to), is another period's. The
** ordinal after the move, or 0 (its start at *at). */
static int moved_to_ordinal(const ivl_fctx *x, size_t from, size_t to, size_t *at) {
  static const char *const moved[] = {"slipped to", "slips to", "slid to", "fell to", "falls to", "dropped to",
                                      "drops to", "rose to", "rises to", "climbed to", "climbs to", "jumped to",
                                      "jumps to", "moved up to", "moved down to", "moved to", "advanced to",
                                      "retreated to", "sank to", "slipped back to", "rose from", "climbed from",
                                      "fell from", "slipped from", "dropped from", NULL};
  size_t m = fx_first(x, from, to, moved);
  /* (not a move told of the past within: "came third, after it had
  ** slipped to sixth in 2024") */
  static const char *const earlier[] = {"had", "having", "after", "after it", "after it had", NULL};
  if (m == FX_NONE || fx_ends_with_any(x, m, earlier)) return 0;
  /* the last ordinal within the move's few words: "rose from fifth to third" */
  size_t lim = m + 40 < to ? m + 40 : to;
  int ord = 0;
  for (size_t i = m; (i = fx_ordinal_from(x, i, m, lim)) < lim; i++) {
    size_t end;
    int o = fx_ordinal_at(x, i, &end);
    if (!o || end > lim) continue;
    if (fx_ends_with(x, i, "to")) {
      ord = o;
      if (at) *at = i;
    }
    i = end;
  }
  return ord;
}

/* "will build two plants, the first costing $130 million and the second
** $90 million": "the" and an ordinal opening a clause count off things told
** before, no place in a list (not "and Japan third at $300 million", nor
** "with Japan the second-largest"). Is the ordinal at 'at' such? */
static int enumerates_things(const ivl_fctx *x, size_t at) {
  /* (the clause may open at the "the", so the look goes before it) */
  if (!fx_ends_with(x, at, "the")) return 0;
  size_t p = at;
  while (p > 0 && x->t[p - 1] == ' ') p--;
  p -= 3;
  while (p > 0 && x->t[p - 1] == ' ') p--;
  return p > 0 && (x->t[p - 1] == ',' || x->t[p - 1] == ':' || x->t[p - 1] == ';' || fx_ends_with(x, p, "and"));
}

/* "came second", "ranks fifth among", "the Chinese mainland second with":
** an ordinal that places an investor, in t[from, to). Not "the first nine
** months", "the second phase", "its third project". */
int inv_placing_ordinal(const ivl_fctx *x, size_t from, size_t to, size_t *at) {
  int moved = moved_to_ordinal(x, from, to, at);
  if (moved) return moved;
  /* "China was runner-up with $3.7 billion" */
  size_t r = fx_find(x, from, to, "runner-up");
  if (r != FX_NONE) {
    if (at) *at = r;
    return 2;
  }
  static const char *const before[] = {
    "came", "comes", "was", "is", "ranked", "ranks", "ranking", "placed", "stood", "stands",
    "finished", "distant", "close", "took", "takes", "taking", NULL};
  /* ... "and Japan third at $300 million": the verb left out */
  static const char *const after[] = {"with", "among", "place", "position", "by", "spot", "at", NULL};
  for (size_t i = from; (i = fx_ordinal_from(x, i, from, to)) < to; i++) {
    size_t end;
    int ord = fx_ordinal_at(x, i, &end);
    if (!ord || end > to) continue;
    /* "was handed over on the 28th by ...": a day of the month */
    if (fx_ends_with(x, i, "on the") || enumerates_things(x, i)) {
      i = end;
      continue;
    }
    int placed = fx_ends_with_any(x, i, before);
    /* "was first licensed", "is second to none": a verb after is no place */
    size_t w = end;
    while (w < to && x->t[w] == ' ') w++;
    if (placed && w < to && ivl_islower((unsigned char)x->t[w])) {
      static const char *const ok[] = {"with", "among", "place", "position", "by", "in", "largest",
                                       "biggest", "nationwide", "overall", "and", "on", "at", "spot", NULL};
      placed = fx_starts_with_any(x, w, ok);
    }
    if (!placed) placed = fx_starts_with_any(x, end, after);
    /* (not "plans to build a second, US$45 million complex": another of
    ** the firm's works, its article or possessive before the ordinal) */
    static const char *const another[] = {"a", "its", "their", NULL};
    if (!placed && (end >= to || fx_only(x, end, to, ",(")) && !fx_ends_with_any(x, i, another)) placed = 1;
    if (placed) {
      if (at) *at = i;
      return ord;
    }
    i = end;
  }
  return 0;
}

/* "disbursed capital topped $1 billion", "FDI tops VND2 trillion": a
** threshold passed, not the head of a list. Is the 'top' word found at
** 'at' followed, its spaces skipped, by a figure? ("topped the list with
** $1.2 billion" is still a list's head.) */
static int tops_a_figure(const ivl_fctx *x, size_t at, size_t to) {
  while (at < to && !ivl_isalpha((unsigned char)x->t[at])) at++;
  if (to - at < 3 || memcmp(x->t + at, "top", 3) != 0) return 0;
  while (at < to && ivl_isalpha((unsigned char)x->t[at])) at++;
  while (at < to && x->t[at] == ' ') at++;
  if (at >= to) return 1; /* the figure itself opens right here */
  unsigned char c = (unsigned char)x->t[at];
  static const char *const money[] = {"us$", "usd", "vnd", "vnđ", "eur", "€", "¥", NULL};
  return c == '$' || ivl_isdigit(c) || fx_starts_with_any(x, at, money);
}

/* "has topped up its holding in X", "is topping up its investment in its
** mall with another $60 million", "tops up its Vietnamese unit": money
** added to the firm's own unit or project, not the head of a list. Is
** the 'top' word found at 'at' followed by "up"? */
static int tops_up(const ivl_fctx *x, size_t at, size_t to) {
  if (to - at < 3 || memcmp(x->t + at, "top", 3) != 0) return 0;
  while (at < to && ivl_isalpha((unsigned char)x->t[at])) at++;
  return at < to && (x->t[at] == ' ' || x->t[at] == '-') && fx_starts_with(x, at + 1, "up");
}

/* "one of Huế's leading partners", "leading investors": "leading" said of
** a noun, an adjective; not "China leading the list", "leading at". */
static int leading_noun(const ivl_fctx *x, size_t at, size_t to) {
  static const char *const verb_after[] = {"with", "at", "on", "the", "all", "by", "in", "among", "for", NULL};
  if (!fx_starts_with(x, at, "leading")) return 0;
  size_t w = at + 7;
  while (w < to && x->t[w] == ' ') w++;
  return w < to && ivl_islower((unsigned char)x->t[w]) && !fx_starts_with_any(x, w, verb_after);
}

/* the words that name a group's leader */
static const char *const led_or_headed_by[] = {"led by", "headed by", NULL};

/* "a delegation of Sun Group led by its chairman Allan Zeman", "headed by
** Deputy Minister X": a group's leader, a person, not a list's head. */
static int led_by_person(const ivl_fctx *x, size_t at, size_t to) {
  if (!fx_starts_with_any(x, at, led_or_headed_by)) return 0;
  /* "a Korean consortium led by Haeseong Leisure": a body's leader too
  ** ("a Korean group led by X", "investors led by X", "a team led by") */
  static const char *const bodies[] = {"consortium", "consortia", "delegation", "alliance", "venture", "syndicate",
                                       "group", "investors", "team", NULL};
  if (fx_ends_with_any(x, at, bodies)) return 1;
  size_t i = fx_mention_from(x, at);
  return i < x->nm && x->m[i].vs < to && x->m[i].vs < at + 60 && x->m[i].kind == FM_PERSON;
}

/* "Japanese investors accounted for $730 million, led by Kobe-based X
** Cable, which ...", "four projects worth $410 million, led by Japan's Y":
** a firm heading a group's share or a ceremony's projects, a project's
** size (rule 16), no investor's place among the target's; a country led
** by ("led by Japan with $4.9 billion") still heads the list. Is the first
** mention after "led by", past a country's possessive or a place's
** "-based", a firm's? */
static int led_by_firm(const ivl_fctx *x, size_t at, size_t to) {
  if (!fx_starts_with_any(x, at, led_or_headed_by)) return 0;
  size_t i = fx_mention_from(x, at + 6);
  while (i < x->nm && (x->m[i].kind == FM_COUNTRY || x->m[i].kind == FM_PLACE) &&
         (fx_possessive(x, &x->m[i]) || fx_starts_with(x, x->m[i].ve, "-based")))
    i++;
  return i < x->nm && x->m[i].vs < to && x->m[i].vs < at + 60 && x->m[i].kind == FM_ORG;
}

/* "X has led a $35 million Series B round in Y", "leads $35 million round":
** a funding round's leader (funding_round), not a list's head. */
static int leads_round(const ivl_fctx *x, size_t at) {
  if (!fx_starts_with(x, at, "led") && !fx_starts_with(x, at, "lead")) return 0;
  /* the round is named after the figure, past the list's reach */
  size_t end = at + 48 < x->a->view.len ? at + 48 : x->a->view.len;
  size_t round = fx_find(x, at, end, "round");
  return round != FX_NONE && !memchr(x->t + at, ',', round - at);
}

/* "runs GO! hypermarkets, Tops Market supermarkets": a capitalised word
** with a capitalised word right after it opens a brand's name (after a
** comma, where fx_in_name sees no name going on), no list's head. */
static int opens_brand_name(const ivl_fctx *x, size_t at, size_t to) {
  if (!ivl_isupper((unsigned char)x->t[at]) || at == 0 || x->t[at - 1] != ' ') return 0;
  size_t w = at;
  while (w < to && ivl_isalpha((unsigned char)x->t[w])) w++;
  return w + 1 < to && x->t[w] == ' ' && ivl_isupper((unsigned char)x->t[w + 1]);
}

/* "Korean firms registered $2.1 billion ..., topping the list of foreign
** investors ahead of Singapore and China": a participle of heading the
** investors' list after the figure, a comma before it, in its clause;
** not a list of projects ("topping the list of projects licensed", a
** project's size, no investor's place). */
static int heads_investors_after(const ivl_fctx *x, const figure *f) {
  static const char *const heading[] = {"topping the", "leading the", "heading the", NULL};
  static const char *const investors[] = {"investor*", "ranking*", "table", NULL};
  static const char *const projects[] = {"project*", "deal*", NULL};
  size_t at = fx_first(x, f->ve, f->ce, heading);
  if (at == FX_NONE || at < f->ve + 2 || memcmp(x->t + at - 2, ", ", 2) != 0) return 0;
  size_t lim = at + 48 < f->ce ? at + 48 : f->ce;
  return fx_any(x, at, lim, investors) && !fx_any(x, at, lim, projects);
}

/* "China led with ...", "topped the list", "leading at": the head of a
** ranked list. */
static int leads_list(const ivl_fctx *x, size_t from, size_t to) {
  /* not a word in capitals: "a maker of LED displays" */
  for (size_t at = from; (at = fx_first(x, at, to, ivl_lexicon(LEX_LEADS))) != FX_NONE; at++)
    if (!ivl_isupper((unsigned char)x->t[at + 1]) && !fx_in_name(x, at) && !opens_brand_name(x, at, to) &&
        !tops_a_figure(x, at, to) && !tops_up(x, at, to) && !leading_noun(x, at, to) && !led_by_person(x, at, to) &&
        !led_by_firm(x, at, to) && !leads_round(x, at))
      return 1;
  return 0;
}

/* "over the next five years", "in the next phase", "by then": time, not a
** list's next place. Does a span of time follow 'at', after up to two
** words ("five", "few", "two to three")? */
static int time_follows(const ivl_fctx *x, size_t at, size_t to) {
  static const char *const spans[] = {
    "year*", "decade*", "month*", "quarter*", "week*", "day*", "phase*", "stage*", "period*", "term*",
    "five-year", "ten-year", "two-year", "three-year", "few", "several", NULL};
  for (int words = 0; words < 3 && at < to; words++) {
    while (at < to && x->t[at] == ' ') at++;
    if (fx_starts_with_any(x, at, spans)) return 1;
    while (at < to && (ivl_isalnum((unsigned char)x->t[at]) || x->t[at] == '-')) at++;
  }
  return 0;
}

/* Is the word at 'at' (past spaces) a deed after another: a verb in the
** past, lower case in -ed ("then invested", "then added"), or after "and"
** any lower-case word but "the" ("and then put"); not a name ("and then
** South Korea with $2 billion", "and then the Netherlands": the list goes
** on)? */
static int then_a_deed(const ivl_fctx *x, size_t at, size_t to, int after_and) {
  while (at < to && x->t[at] == ' ') at++;
  size_t e = at;
  while (e < to && ivl_islower((unsigned char)x->t[e])) e++;
  if (after_and && e > at) return !(e - at == 3 && memcmp(x->t + at, "the", 3) == 0);
  return e - at >= 4 && x->t[e - 2] == 'e' && x->t[e - 1] == 'd';
}

/* "followed by", "ahead of": the list goes on, one place down per figure. */
static int list_goes_on(const ivl_fctx *x, size_t from, size_t to) {
  const char *const *words = ivl_lexicon(LEX_GOES_ON);
  if (!fx_any(x, from, to, words)) return 0;
  static const char *const timed[] = {"the next", "then", NULL};
  if (!fx_any(x, from, to, timed)) return 1;
  /* "the next" or "then" found: each word's places, the timed ones asked */
  static const char *const times[] = {"by", "until", "since", "till", "from", NULL};
  for (int k = 0; words[k]; k++)
    for (size_t at = from; (at = fx_find(x, at, to, words[k])) != FX_NONE; at++) {
      int next = strcmp(words[k], "the next") == 0, then = strcmp(words[k], "then") == 0;
      if (next && time_follows(x, at + 8, to)) continue;
      if (then && fx_ends_with_any(x, at, times)) continue;
      /* "bought a stake for $30 million and then invested a further $12
      ** million": deeds one after another, no list (a list goes on
      ** ", then Japan with ..." or "then came") */
      if (then && then_a_deed(x, at + 4, to, fx_ends_with(x, at, "and"))) continue;
      return 1;
    }
  return 0;
}

size_t inv_before_hedge(const ivl_fctx *x, size_t vs) {
  /* (the longer of two that end alike first: "just over" before "over") */
  static const char *const hedges[] = {"more than", "just over", "over", "nearly", "about", "around", "almost",
                                       "approximately", "roughly", "some", "up to", "close to", "under",
                                       "less than", "an estimated", NULL};
  size_t p = vs;
  while (p > 0 && x->t[p - 1] == ' ') p--;
  /* most figures have none: one keyed look says so (a loop over the
  ** hedges with their lengths was 2.5M Ir on /tmp/b1) */
  if (!fx_ends_with_any(x, p, hedges)) return vs;
  for (const char *const *h = hedges; *h; h++) {
    size_t n = strlen(*h);
    if (p >= n && fx_ends_with(x, p, *h)) return p - n;
  }
  return vs;
}

/* Only list punctuation and "and" between two figures' investors. */
int inv_list_joiner(const ivl_fctx *x, size_t from, size_t to) {
  /* "and China with more than $1.9 billion": the hedge right before a
  ** figure is its own qualifier, no word between a list's members */
  size_t hedge = inv_before_hedge(x, to);
  if (hedge >= from) to = hedge;
  /* ... and the group nouns after a demonym: "and Taiwanese investors
  ** with $100 million", or the pronoun that stands for them: "and
  ** Singaporean ones with $215 million" */
  static const char *const words[] = {"and", "with", "of", "in", "at", "investors", "firms", "companies",
                                      "enterprises", "businesses", "corporations", "ones", NULL};
  if (to < from || to - from > 60) return 0;
  for (size_t i = from; i < to;) {
    unsigned char c = (unsigned char)x->t[i];
    if (!ivl_isalpha(c) && c < 0x80) { i++; continue; }
    size_t j = i;
    while (j < to && (ivl_isalpha((unsigned char)x->t[j]) || (unsigned char)x->t[j] >= 0x80)) j++;
    /* capitalised words are the next investor's name ("Đồng Nai": a
    ** letter beyond ASCII opens a name in English text) */
    int known = ivl_isupper(c) || c >= 0x80;
    /* a word found at i begins with the letter there */
    for (int k = 0; words[k] && !known; k++) known = words[k][0] == c && fx_find(x, i, j, words[k]) == i;
    known |= c == 't' && fx_find(x, i, j, "the") == i;
    /* "ahead of South Korea's $1.2 billion and Japan's $840 million": the
    ** next investor's possessive */
    known |= c == 's' && j == i + 1 && i > from &&
             (x->t[i - 1] == '\'' || (i >= from + 3 && (unsigned char)x->t[i - 1] == 0x99 &&
                                      (unsigned char)x->t[i - 2] == 0x80 && (unsigned char)x->t[i - 3] == 0xE2));
    /* "followed by Korea eight ($120 million) and Singapore five (...)":
    ** the bare number of projects of the investor before */
    if (!known && j - i <= 12) {
      size_t k = j;
      while (k < to && x->t[k] == ' ') k++;
      ivl_number num; /* only right before the bracket or its comma */
      known = k < to && (x->t[k] == '(' || x->t[k] == ',') && ivl_number_words(x->t + i, j - i, &num) == j - i;
    }
    if (!known) return 0;
    i = j;
  }
  return 1;
}

/* Only commas and one "and" in t[from, to): two figures of one list. */
static int figures_joined(const ivl_fctx *x, size_t from, size_t to) {
  size_t and = fx_find(x, from, to, "and");
  if (and == FX_NONE) return fx_only(x, from, to, ",");
  return fx_only(x, from, and, ",") && fx_only(x, and + 3, to, ",");
}

/* Do exactly 'n' Vietnamese places, joined by commas and one "and", end
** right before t[at] with only lower-case words (a verb) between them and
** 'at': "while Bắc Ninh and Hải Phòng followed with"? */
static int places_listed_before(const ivl_fctx *x, const ivl_fsent *s, size_t at, size_t n) {
  size_t found = 0, next = at;
  for (size_t i = s->n; i-- > 0 && found <= n;) {
    const ivl_fm *m = &s->m[i];
    if (m->ve > at) continue;
    int place = m->kind == FM_PLACE && (m->flags & FM_VN) && m->province;
    if (!place) break;
    int joined = found ? figures_joined(x, m->ve, next) : m->ve < at && at - m->ve <= 30 && fx_lower_words(x, m->ve, at);
    if (!joined) break;
    found++, next = m->vs;
  }
  return found == n && !(next > s->vs && fx_ends_with(x, next, "and"));
}

/* The figures fs->f[lo, hi) that end at 'hi' joined as one list (commas
** and one "and"), all sums of money: their number, else 0. */
static size_t money_list_ending(const ivl_fctx *x, const figures *fs, size_t hi, size_t *lo) {
  size_t l = hi - 1;
  while (l > 0 && figures_joined(x, fs->f[l - 1].ve, fs->f[l].vs)) l--;
  for (size_t i = l; i < hi; i++)
    if (!fs->f[i].money) return 0;
  *lo = l;
  return hi - l;
}

/* "Bắc Ninh and Hải Phòng followed with $4.2 billion and $3.7 billion":
** figures joined as a list right after as many places, joined the same
** way, go with them in order as if "respectively" were said. The group
** of figures that ends the sentence's figures, else 0. Not two figures
** with a comma before their "and" ("rose to $3 billion, and $1 billion of
** it came from Japan"): a clause of its own opens with the second. */
static size_t places_in_parallel(const ivl_fctx *x, const ivl_fsent *s, const figures *fs, size_t *lo) {
  size_t l, n = money_list_ending(x, fs, fs->n, &l);
  if (n < 2) return 0;
  if (n == 2 && memchr(x->t + fs->f[l].ve, ',', fs->f[l + 1].vs - fs->f[l].ve)) return 0;
  if (!places_listed_before(x, s, fs->f[l].vs, n)) return 0;
  *lo = l;
  return n;
}

/* "Japan, Singapore and Korea were the three largest investors, pouring
** $640 million, $520 million and $310 million respectively": a group of
** the largest whose figures are given in order holds the places in order. */
size_t inv_respective_group(const ivl_fctx *x, const ivl_fsent *s, const figures *fs, size_t *lo) {
  if (fs->n < 2) return 0; /* most sentences: no need to look */
  size_t resp = fx_find(x, s->vs, s->ve, "respectively");
  if (resp == FX_NONE) resp = fx_find(x, s->vs, s->ve, "in that order");
  if (resp == FX_NONE) return places_in_parallel(x, s, fs, lo);
  size_t hi = fs->n;
  while (hi > 0 && fs->f[hi - 1].vs > resp) hi--;
  if (hi == 0) hi = fs->n;
  return money_list_ending(x, fs, hi, lo);
}

size_t inv_ordinals_listed(const ivl_fctx *x, size_t from, size_t to, int *places, size_t max, int *any) {
  if (any) *any = 0;
  for (size_t i = from; (i = fx_ordinal_from(x, i, from, to)) < to; i++) {
    size_t end, n = 0;
    int ord = fx_ordinal_at(x, i, &end);
    if (ord && any) *any = 1;
    while (ord && n < max && end <= to) {
      places[n++] = ord;
      size_t next = end;
      while (next < to && (x->t[next] == ' ' || x->t[next] == ',')) next++;
      if (fx_starts_with(x, next, "and")) next += 3;
      ord = fx_ordinal_at(x, next, &end);
    }
    if (n >= 2) return n;
    if (n) i = end;
  }
  return 0;
}

/* "Japan, Singapore and Korea were the three largest investors, pouring
** $640 million, $520 million and $310 million respectively", "Singapore
** and China were third and fourth with $390 million and $310 million,
** respectively": the group's places, in order. */
static int ranks_in_order(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  size_t lo, n = inv_respective_group(x, s, fs, &lo);
  if (n < 2) return 0;
  size_t from = lo ? fs->f[lo - 1].ve : s->vs;
  int places[MAX_FIGURES];
  if (inv_ordinals_listed(x, from, fs->f[lo].vs, places, MAX_FIGURES, NULL) != n) {
    size_t at = fx_first(x, from, fs->f[lo].vs, fx_superlatives);
    if (at == FX_NONE) return 0;
    size_t end = at;
    while (end < s->ve && ivl_isalpha((unsigned char)x->t[end])) end++;
    if ((size_t)group_size(x, at, end) != n) return 0;
    for (size_t k = 0; k < n; k++) places[k] = (int)k + 1;
  }
  for (size_t k = 0; k < n; k++) {
    figure *f = &fs->f[lo + k];
    f->rank = places[k];
    f->position = 0;
    f->listed = places[k] > 1;
  }
  return 1;
}

/* "is the largest investor", "remains the top source": a standing
** position; "was the biggest source in the period", "kept its place at
** the top": the period's. */
int inv_said_now(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const now[] = {"is", "are", "remains", "remain", "stays", "has been", "have been", NULL};
  /* (and the past of taking a share: "took the largest slice, with $1.5
  ** billion", share_taken) */
  static const char *const then[] = {"was",      "were", "kept", "became", "ended", "finished", "remained",
                                     "took",     "accounted for", "claimed", "captured", "made up", NULL};
  size_t from = at > s->vs + 30 ? at - 30 : s->vs;
  size_t n = fx_first(x, from, at, now), t = fx_first(x, from, at, then);
  /* "The money was invested in 36 countries, with Laos the top destination
  ** at $192 million": with no verb of its own near, the position takes the
  ** tense of the sentence's verb before it */
  if (n == FX_NONE && t == FX_NONE && from > s->vs && fx_ends_with(x, at, "the") &&
      fx_find(x, from, at, "with") != FX_NONE) {
    static const char *const was[] = {"was", "were", NULL};
    static const char *const is[] = {"is", "are", "has", "have", "now", "currently", NULL};
    for (size_t k = s->vs; (k = fx_first(x, k, from, was)) != FX_NONE; k++) t = k;
    for (size_t k = s->vs; (k = fx_first(x, k, from, is)) != FX_NONE; k++) n = k;
  }
  if (t != FX_NONE && (n == FX_NONE || t > n)) return 0;
  return 1;
}

/* "Japan remained the largest investor in Đồng Nai with 620 projects
** worth $12.4 billion": a place kept (the past of a verb that goes on, no
** "was"), said with the projects held, is a standing position; "remained
** the top investor with $1.2 billion" alone is the period's (a period said
** in the sentence makes either a flow: inv_is_stock). So is "was the
** largest investor with 1,050 projects worth ...", the director said: the
** past of reported speech. */
static int kept_with_projects(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t at) {
  static const char *const kept[] = {"remained", "kept", NULL};
  static const char *const was[] = {"was", "were", NULL};
  static const char *const said[] = {"said", "told", NULL};
  if (!f->count || !(f->count->flags & FM_PROJECTS) || f->count->value <= 1 || f->count->vs < at) return 0;
  size_t from = at > s->vs + 30 ? at - 30 : s->vs;
  return fx_first(x, from, at, kept) != FX_NONE ||
         (fx_first(x, from, at, was) != FX_NONE && fx_any(x, s->vs, s->ve, said));
}

/* "with Singapore the largest investor, accounting for $900 million",
** "Japan led, pouring in $1 billion": the words of a participle clause
** that gives the one placed its figure. */
static const char *const giving_figure[] = {
  "accounting for", "pouring in", "pumping in", "bringing in", "putting in", "receiving", "contributing",
  "registering", "investing", "injecting", "committing", "attracting", "drawing", NULL};

/* "with the RoK the largest investor at $3.9 billion": the figure said
** right after the superlative's noun, with "at" or "with". */
static figure *figure_said_after(const ivl_fctx *x, figures *fs, size_t at) {
  for (size_t i = 0; i < fs->n; i++) {
    figure *f = &fs->f[i];
    if (f->vs <= at || f->vs > at + 40) continue;
    if (fx_ends_with(x, f->vs, "at") || fx_ends_with(x, f->vs, "with")) return fx_lower_words(x, at, f->vs) ? f : NULL;
    if (!fx_ends_with_any(x, f->vs, giving_figure)) return NULL;
    /* lower-case words and one comma, where the clause opens */
    size_t comma = at;
    while (comma < f->vs && x->t[comma] != ',') comma++;
    return comma < f->vs && fx_lower_words(x, at, comma) && fx_lower_words(x, comma + 1, f->vs) ? f : NULL;
  }
  return NULL;
}

/* "The top five were:" / "1. Japan – $1.32 billion" / "2. Singapore –
** $1.12 billion": under a line that speaks of a ranking, a numbered line's
** number is its figure's place. */
static void numbered_places(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  if (!numbered_ranking(x, s)) return;
  for (size_t i = 0; i < fs->n; i++) {
    size_t line = fs->f[i].vs;
    while (line > s->vs && x->t[line - 1] != '\n') line--;
    if (line > s->vs && !fs->f[i].rank) fs->f[i].rank = ivl_facts_numbered_line(x, line, s->ve);
  }
}

/* "Vingroup has invested $2.1 billion in North Carolina, making the US
** the largest destination of Vietnamese investment": the superlative at
** 'at' places a destination named after the figure, not the figure's
** investor. */
static int destination_ranked(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t at) {
  if (at < f->ve) return 0;
  size_t end = at;
  while (end < s->ve && ivl_isalpha((unsigned char)x->t[end])) end++;
  while (end < s->ve && x->t[end] == ' ') end++;
  static const char *const where[] = {"destination*", "recipient*", "market*", NULL};
  if (!fx_starts_with_any(x, end, where)) return 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < f->ve || m->ve > at || (m->kind != FM_COUNTRY && m->kind != FM_PLACE) || (m->flags & FM_DEMONYM) ||
        !m->party)
      continue;
    /* "into Laos, making Laos the top destination": the figure's own place */
    /* ... or its place said right after it: "$650 million in 82 projects
    ** in Australia, making it the fifth largest destination" */
    static const char *const into[] = {"in", "to", "into", NULL};
    int before = fx_ends_with_any(x, m->vs, into) && !memchr(x->t + f->ve, ',', m->vs - f->ve);
    for (size_t k = 0; k < i && !before; k++)
      before = s->m[k].vs < f->ve && s->m[k].party && strcmp(s->m[k].party, m->party) == 0;
    if (!before) return 1;
  }
  return 0;
}

/* "Singapore topped the list with $8.4 billion, while Taiwan (China) came
** second and Japan third": investors placed by their ordinals after a
** ranked list's last figure, with no figure of their own, each a fact of
** its own with its place. */
static void ranks_said_after(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  if (!(s->cues & CUE_ORDINAL) || !fs->n) return;
  const figure *last = &fs->f[fs->n - 1];
  if ((!last->money && !last->count) || !last->rank) return;
  /* a list of projects counted, no money: "while Korea came second with 11" */
  int counted = last->count && !last->money;
  size_t end = s->ve;
  while (end > last->ve && (x->t[end - 1] == '.' || x->t[end - 1] == ' ')) end--;
  size_t prev = last->ve; /* where the list's last member ended: joined to the next by ", while", "and" */
  for (size_t i = 0; i < s->n && fs->n < MAX_FIGURES; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < last->ve) continue;
    if (m->kind == FM_MONEY || m->kind == FM_COUNT) return; /* figures of their own: not this */
    if (!fx_can_invest(x, m, 1) || (m->flags & FM_DEMONYM)) continue;
    if (m->vs > prev + 10 || memchr(x->t + prev, '.', m->vs - prev)) return;
    size_t to = i + 1 < s->n && s->m[i + 1].vs < end ? s->m[i + 1].vs : end, at = 0;
    if (to > m->ve + 24) return;
    int r = inv_placing_ordinal(x, m->ve, to, &at);
    if (r < 2) return;
    prev = at;
    while (prev < to && ivl_isalpha((unsigned char)x->t[prev])) prev++;
    size_t e = prev;
    double projects = counted ? inv_bare_count_after(x, s, prev, &e) : 0;
    fs->f[fs->n++] = (figure){.vs = (uint32_t)at, .ve = (uint32_t)at, .cs = (uint32_t)m->vs, .ce = (uint32_t)to,
                              .date = last->date, .rank = r, .listed = 1, .investor_as = m, .bare_count = projects};
    prev = e;
  }
}

/* "a $560 million chip plant by Singapore's UTAC, followed by a $310
** million project of China's X": a figure of one project, its maker named
** after it with "by" or "of": a list of projects by size, whose places are
** no investor's rank (GUIDELINES rule 16). */
static int project_by_maker(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const works[] = {
    "plant", "project", "factory", "facility", "complex", "mill", "centre", "center", "expansion", NULL};
  static const char *const by[] = {"by", "of", "from", NULL};
  if (!f->money || !(s->cues & CUE_WORKS)) return 0;
  size_t lim = f->ve + 50 < s->ve ? f->ve + 50 : s->ve;
  size_t w = fx_first(x, f->ve, lim, works);
  if (w == FX_NONE || !fx_lower_words(x, f->ve, w)) return 0;
  /* "led by X's $70 million car seat plant": its maker's possessive before it */
  for (size_t i = s->n; i-- > 0;) {
    const ivl_fm *m = &s->m[i];
    if (m->ve > f->vs) continue;
    size_t pos = m->kind == FM_ORG ? fx_possessive(x, m) : 0;
    if (pos && m->ve + pos + 1 >= f->vs) return 1;
    break;
  }
  while (w < s->ve && ivl_isalpha((unsigned char)x->t[w])) w++;
  while (w < s->ve && x->t[w] == ' ') w++;
  return fx_starts_with_any(x, w, by);
}

/* ", and in Thái Nguyên, with $7.9 billion" from 'from' (the end of the
** figure before) to 'to' (this figure's start): a place's conjunct whose
** verb and rank are those of the clause before. */
static int elliptical_place(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const and_in[] = {"and in", "as well as in", NULL};
  static const char *const with[] = {"with", "at", NULL};
  if (to <= from || to - from > 60) return 0;
  size_t p = from;
  while (p < to && (x->t[p] == ',' || x->t[p] == ' ')) p++;
  return fx_starts_with_any(x, p, and_in) && fx_ends_with_any(x, to, with);
}

/* "South Korea led with $120 million, with Japan ranking second": the
** rank at 'at' is of the investor brought in by "with" after the figure,
** not the figure's. */
static int ranks_another_after(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t at) {
  for (size_t i = 0; i < s->n && s->m[i].ve <= at; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs >= f->ve && (m->kind == FM_COUNTRY || m->kind == FM_ORG) && fx_ends_with(x, m->vs, "with") &&
        fx_lower_words(x, m->ve, at))
      return 1;
  }
  return 0;
}

/* "South Korea, contributing $310 million, came second", "Japan, with
** $200 million, was third": the figure in an aside after its investor, the
** place said right after the aside closes. Not "X, with $2 million, the
** second phase ..." (inv_placing_ordinal wants a verb or a list's word),
** nor a place of another investor named after the figure. */
static int placed_after_aside(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t *at) {
  static const char *const verbs[] = {"came", "was", "ranked", "placed", "finished", "stood", NULL};
  if (!f->money || f->vs <= f->cs) return 0;
  /* the aside opens right after its investor: "Japan, with $200 million" */
  size_t open = f->vs;
  while (open > f->cs && x->t[open - 1] != ',') open--;
  if (open == f->cs || !fx_lower_words(x, open, f->vs)) return 0;
  int named = 0;
  for (size_t i = 0; i < s->n && !named; i++)
    named = s->m[i].ve + 1 == open && fx_can_invest(x, &s->m[i], 1);
  if (!named) return 0;
  size_t p = f->ve;
  while (p < s->ve && x->t[p] == ' ') p++;
  if (p >= s->ve || x->t[p] != ',') return 0;
  size_t lim = p + 1 + 24 < s->ve ? p + 1 + 24 : s->ve;
  const char *comma = memchr(x->t + p + 1, ',', lim - p - 1);
  if (comma) lim = (size_t)(comma - x->t);
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].vs > p && s->m[i].vs < lim) return 0;
  size_t o = 0;
  int r = inv_placing_ordinal(x, p + 1, lim, &o);
  /* the ordinal's verb right after the comma, a finite one: "..., came
  ** second"; not "..., ranking third nationwide" (the place's own) */
  if (!r || !fx_lower_words(x, p + 1, o) || !fx_starts_with_any(x, p + 1, verbs)) return 0;
  *at = o;
  return r;
}

/* "The top investors in the period were:" and a list, one item a line
** ("- Singapore: $5.03 billion", "- South Korea: $2.91 billion"): the
** heading ranks the items by the list's own order (rule 16). Not a list
** of projects by size ("The largest projects were:", no rank) nor one
** under no superlative ("Investors included:"). */
static void ranks_under_heading(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  /* (or Vietnamese money's places abroad: "The leading destinations
  ** were:", as dev2 ranks a list of destinations) */
  static const char *const whose[] = {"investors", "investing countries", "sources", "source economies",
                                      "countries and territories", "destinations", NULL};
  static const char *const top[] = {"top", "largest", "biggest", "leading", NULL};
  if (fs->n < 2) return;
  const char *c = memchr(x->t + s->vs, ':', fs->f[0].vs - s->vs);
  if (!c) return;
  size_t colon = (size_t)(c - x->t), at = fx_first(x, s->vs, colon, whose);
  if (at == FX_NONE || !memchr(c, '\n', fs->f[0].vs - colon)) return;
  /* "the top investors were:", or the superlative after them, right
  ** before the colon: "Of the 99 countries and territories investing in
  ** the period, the leading five were:" */
  static const char *const were[] = {"were", "are", NULL};
  if (!fx_any(x, at > s->vs + 24 ? at - 24 : s->vs, at, top) &&
      !(fx_ends_with_any(x, colon, were) && fx_any(x, colon > at + 30 ? colon - 30 : at, colon, top)))
    return;
  /* each figure on a line of its own, none ranked yet */
  for (size_t i = 0; i < fs->n; i++) {
    size_t from = i ? fs->f[i - 1].ve : colon;
    if (fs->f[i].rank || fs->f[i].vs <= from || !memchr(x->t + from, '\n', fs->f[i].vs - from)) return;
  }
  for (size_t i = 0; i < fs->n; i++) fs->f[i].rank = (int)i + 1, fs->f[i].listed = 1;
}

/* Is the figure 'f' ranked by "second only to" a foreign country's? The
** sentence opens on one ("Korean investors registered $5.3 billion ...,
** second only to Singapore"), or the figure's own clause names one before
** it ("Đồng Nai drew $2 billion, of which Thai firms put in $400 million,
** second only to Japan": the part's investor, set qweek61). Not a
** locality's figure (rule 16). */
static int country_ranked(const ivl_fsent *s, const figure *f) {
  const ivl_fm *subject = &s->m[0];
  if (subject->vs == s->vs && subject->kind == FM_COUNTRY && !(subject->flags & FM_VN)) return 1;
  for (size_t i = 0; i < s->n && s->m[i].vs < f->vs; i++)
    if (s->m[i].vs >= f->cs && s->m[i].kind == FM_COUNTRY && !(s->m[i].flags & FM_VN)) return 1;
  return 0;
}

/* "held about $79 billion in Vietnam, the third most after South Korea
** and Singapore", "the second-highest investor": an ordinal before "most"
** or "highest" ranks as it does before "largest" (set qweek144). Bare "the
** most", with no ordinal, is left to the words that read it ("the most of
** any country"): rank 1 is never taken here. */
static void ranked_by_ordinal_most(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  static const char *const most[] = {"most", "highest", "greatest", NULL};
  for (const char *const *w = most; *w; w++)
    for (size_t at = s->vs; (at = fx_find(x, at, s->ve, *w)) != FX_NONE; at++) {
      int r = inv_rank_at_superlative(x, at, at + strlen(*w), s->ve);
      figure *f = r >= 2 ? figure_of(x, fs, at) : NULL;
      if (!f || f->rank || rank_of_another(x, s, fs, f, at, r)) continue;
      f->rank = r, f->position = inv_said_now(x, s, at);
    }
}

void inv_bind_ranks(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  numbered_places(x, s, fs);
  ranks_in_order(x, s, fs);
  /* "ranks third ... by projects and second by capital" */
  for (size_t at = s->vs; (at = fx_find(x, at, s->ve, "rank*")) != FX_NONE; at++) {
    size_t end = at;
    while (end < s->ve && ivl_isalpha((unsigned char)x->t[end])) end++;
    int r = rank_after_verb(x, end, s);
    figure *f = r ? figure_of(x, fs, at) : NULL;
    if (f && !f->rank && !ranks_another_after(x, s, f, at)) f->rank = r;
  }
  /* "Korean investors registered $5.3 billion ..., second only to
  ** Singapore": the ordinal after a comma, the one investor ahead named
  ** right after "only to", places the sentence's subject, a foreign
  ** country (not "Bắc Ninh drew $4 billion, second only to HCM City", a
  ** locality's own place, rule 16) */
  for (size_t at = s->vs; s->n > 1 && (at = fx_find(x, at, s->ve, "only to")) != FX_NONE; at++) {
    const ivl_fm *ahead = NULL;
    for (size_t i = 1; i < s->n && !ahead; i++)
      if (s->m[i].vs > at) ahead = &s->m[i];
    if (!ahead || ahead->kind != FM_COUNTRY || (ahead->flags & FM_VN) || ahead->vs > at + 12) continue;
    size_t w = at;
    while (w > s->vs && x->t[w - 1] == ' ') w--;
    size_t e = w;
    while (w > s->vs && ivl_isalpha((unsigned char)x->t[w - 1])) w--;
    size_t oend;
    /* (or after "and", the comma of an aside after the figure before it:
    ** "$1.9 billion ..., down 12 per cent on a year earlier and second
    ** only to Singapore") */
    int comma = w > s->vs + 2 && x->t[w - 1] == ' ' && x->t[w - 2] == ',';
    int r = comma || fx_ends_with(x, w, "and") ? fx_ordinal_at(x, w, &oend) : 0;
    figure *f = r && oend == e ? figure_of(x, fs, w) : NULL;
    if (f && !comma && (f->ve > w || !memchr(x->t + f->ve, ',', w - f->ve))) f = NULL;
    if (f && f->ve <= w && !f->rank && country_ranked(s, f)) f->rank = r;
  }
  /* "South Korea has poured $86.3 billion into Việt Nam, the most of any
  ** country", "... more than any other country": first among the
  ** investors (not "Bắc Ninh drew $5 billion, the most among localities",
  ** a locality's own place, rule 16) */
  static const char *const most[] = {"the most of any", "the most among", "more than any other",
                                     "the highest of any", "the highest among", NULL};
  static const char *const investors[] = {"country", "countries", "economy", "economies", "investor*", "source*",
                                          "nation", "nations", "partner*", NULL};
  for (size_t at = s->vs; (s->cues & CUE_RANK) && (at = fx_first(x, at, s->ve, most)) != FX_NONE; at++) {
    size_t lim = at + 60 < s->ve ? at + 60 : s->ve;
    figure *f = fx_any(x, at, lim, investors) ? figure_of(x, fs, at) : NULL;
    if (!f || f->ve > at || f->rank) continue;
    f->rank = 1;
    /* "have registered $74.5 billion in Việt Nam, the most among ...": with
    ** no date, the perfect is the running total's */
    static const char *const perfect[] = {"has", "have", NULL};
    f->position = !f->date && fx_any(x, f->cs, f->vs, perfect);
  }
  /* "$35 million, placing India fourth among its investors", "ranking the
  ** RoK fourth among ..." */
  static const char *const placing[] = {"placing", "putting", "making", "leaving", "ranking", "ranks", NULL};
  int ranked = (s->cues & CUE_RANK) && (s->cues & CUE_ORDINAL); /* "among" and an ordinal */
  for (size_t at = s->vs; ranked && (at = fx_first(x, at, s->ve, placing)) != FX_NONE; at++) {
    int r = ordinal_after_investor(x, s, at);
    figure *f = r ? figure_of(x, fs, at) : NULL;
    if (f && f->vs < at && !f->rank) f->rank = r;
  }
  /* a place stated in the figure's own clause ("with Japan a distant second
  ** at $160 million") wins over a superlative said of another before it */
  for (size_t i = 0; i < fs->n; i++)
    if (!fs->f[i].rank) {
      size_t at = 0;
      fs->f[i].rank = inv_placing_ordinal(x, fs->f[i].cs, fs->f[i].vs, &at);
      if (!fs->f[i].rank && (s->cues & CUE_ORDINAL)) fs->f[i].rank = placed_after_aside(x, s, &fs->f[i], &at);
      /* "X has $8.6 billion, ranking first ..., followed by Japan with
      ** $3.7 billion": the place before the list goes on is the one
      ** before's */
      if (fs->f[i].rank && i && fx_any(x, at, fs->f[i].vs, ivl_lexicon(LEX_GOES_ON))) fs->f[i].rank = 0, at = 0;
      fs->f[i].placed_at = (uint32_t)at;
    }
  int superlative = (s->cues & CUE_RANK) && fx_any(x, s->vs, s->ve, fx_superlatives); /* mostly none */
  for (int k = 0; fx_superlatives[k] && superlative; k++)
    for (size_t at = s->vs; (at = fx_find(x, at, s->ve, fx_superlatives[k])) != FX_NONE; at++) {
      int r = inv_rank_at_superlative(x, at, at + strlen(fx_superlatives[k]), s->ve);
      figure *after = r ? figure_said_after(x, fs, at) : NULL;
      figure *f = after ? after : r ? figure_of(x, fs, at) : NULL;
      if (f && !after && rank_of_another(x, s, fs, f, at, r)) continue;
      if (f && !after && destination_ranked(x, s, f, at)) continue;
      /* "is the largest investor": a standing position; "was the biggest
      ** source in the period": the period's */
      if (f && !f->rank) {
        f->rank = r, f->position = inv_said_now(x, s, at) || kept_with_projects(x, s, f, at);
        f->rank_in_group = inv_rank_in_group(x, at + strlen(fx_superlatives[k]), s->ve);
      }
    }
  if (s->cues & CUE_ORDINAL) ranked_by_ordinal_most(x, s, fs);
  ranked_by_participle(x, s, fs);
  /* a ranked list: its head, the places stated, and one place down per
  ** figure once the list goes on ("followed by Y ... and Z") */
  int going_on = 0;
  for (size_t i = 0; i < fs->n; i++) {
    figure *f = &fs->f[i];
    /* (no inv_placing_ordinal again: it was asked of each figure still
    ** without a rank above, of the same clause, and said none) */
    /* not "led by X's $70 million plant": a project's figure by its maker */
    /* nor "19 projects abroad, led by a $40 million dairy farm": the
    ** largest of the projects, no investor */
    if (!f->rank && (leads_list(x, f->cs, f->vs) || heads_investors_after(x, f)) && !project_by_maker(x, s, f) &&
        !fx_ends_with_any(x, f->vs, inv_largest_part))
      f->rank = 1;
    /* "Next come Japan, with $1.71 billion, and China, ...": the list of
    ** the sentence before goes on */
    if (i == 0 && !f->rank && x->c.rank_age <= 1 && list_goes_on(x, s->vs, f->vs)) {
      f->rank = x->c.last_rank + 1, f->listed = 1, f->listed_before = 1;
      going_on = 1;
      continue;
    }
    if (i == 0 || f->rank) {
      going_on = 0;
      continue;
    }
    figure *p = &fs->f[i - 1];
    /* "It is the largest foreign investor in Bắc Ninh, with 1,050 projects
    ** worth $12.4 billion, and in Thái Nguyên, with $7.9 billion": the
    ** second place's words left out, the rank is shared */
    if (p->rank && !p->listed && elliptical_place(x, p->ve, f->vs)) {
      f->rank = p->rank, f->position = p->position;
      going_on = 0;
      continue;
    }
    /* a project's figure by its maker heads a list of projects by size,
    ** though the next is said by its maker alone ("the $48 million centre of
    ** X, followed by Korea's Y with $22 million"): no investor's places */
    if (list_goes_on(x, f->cs, f->vs) && !project_by_maker(x, s, p)) {
      going_on = 1;
      /* "Korean investors contributed $512 million, followed by China
      ** ($305 million)": what the list follows is its head */
      if (!p->rank && i == 1) p->rank = 1;
    }
    else if (going_on && !inv_list_joiner(x, f->cs, f->vs)) going_on = 0;
    if (going_on && p->rank) f->rank = p->rank + 1, f->listed = 1;
  }
  ranks_said_after(x, s, fs);
  ranks_under_heading(x, s, fs);
  /* "Korean investors contributed $612 million, while Japan came second":
  ** the one before the second place is the first (not when the first was
  ** said before it: "Japan topped the list with $420 million, thanks to a
  ** $300 million expansion by X, while Korea came second", a project) */
  for (size_t i = 0; i + 1 < fs->n && fs->f[i].rank != 1; i++)
    if (!fs->f[i].rank && fs->f[i + 1].rank == 2 && !fs->f[i + 1].listed && fs->f[i + 1].position != 2) {
      fs->f[i].rank = 1;
      fs->f[i + 1].listed = 1;
    }
}

/* }====================================================================== */
