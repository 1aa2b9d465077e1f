/*
** facts_invest.c
** The investment frames: a sentence that speaks of investment is cut into
** figures (invest_figures.c), each figure gets its investor and target
** (invest_roles.c) and its basis (invest_basis.c), and is stored as a fact
** by the frame that read it (invest.figure, invest.ranked, ...). Also the
** frames of investors named without figures.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "invest.h"
#include "lexicon.h"
#include "names.h"
#include "symbols.h"
#include "util.h"

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

/* Is firm 'firm' described by a Vietnamese place's "-based" before it in
** sentence s, no other firm between ("Thủ Dầu Một-based developer X")? */
static int seated_at_home(const ivl_fsent *s, const ivl_fctx *x, const ivl_fm *firm) {
  const ivl_fm *seat = NULL;
  for (size_t i = 0; i < s->n && s->m[i].vs < firm->vs; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_PLACE && (m->flags & FM_VN) && m->province && fx_based_in(x, m)) seat = m;
    else if (m->kind == FM_ORG) seat = NULL;
  }
  return seat && firm->vs - seat->ve <= 50;
}

/* Does sentence s open on a phase of a project ("The first phase alone is
** expected to cost ...", "The terminal's first phase, costing ...")? */
static int opens_on_phase(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const phases[] = {"first phase", "second phase", "third phase", "phase one", "phase two",
                                       "phase three", NULL};
  size_t at = fx_first(x, s->vs, s->ve, phases);
  return at != FX_NONE && at <= s->vs + 24;
}

/* The investor as its sentence (or the one 'it' goes back to) writes it:
** "SVT" after "Sao Viet Technology Corp. (SVT)" (GUIDELINES, investment).
** A phase the sentence opens on, its firm named before, is a part of the
** project, named as its owner was in full ("Merlion Air Cargo Services
** (MACS) will pour $310 million into a terminal. MACS will hold 51 per
** cent. The first phase alone is expected to cost $190 million", set
** qaero), not by the acronym a sentence between used. */
static const char *written_investor(const ivl_fctx *x, const ivl_fsent *s, party inv) {
  if (inv.m && inv.m->ve <= s->vs && opens_on_phase(x, s)) return inv.name;
  return inv.m && inv.m->written && inv.name == inv.m->party ? inv.m->written : inv.name;
}

/* The country of "The <demonym> company" opening a sentence at t[p]
** ("The Japanese company", "The Thai group"), the firm it calls back to
** unnamed; NULL else, and for "The Korean firm Daewoo Data said", another
** firm named after its noun. */
static const char *demonym_firm_opening(const ivl_fctx *x, size_t p) {
  static const char *const firm_nouns[] = {"company", "firm", "group", "developer", "manufacturer", "maker", NULL};
  size_t len = x->a->view.len;
  if (p + 4 >= len || memcmp(x->t + p, "The ", 4) != 0) return NULL;
  size_t i = fx_mention_from(x, p + 4);
  const ivl_fm *d = i < x->nm ? &x->m[i] : NULL;
  if (!d || d->vs != p + 4 || !(d->flags & FM_DEMONYM) || !d->party || strlen(d->party) != 2) return NULL;
  if (!fx_starts_with_any(x, d->ve, firm_nouns)) return NULL;
  size_t e = d->ve;
  while (e < len && x->t[e] == ' ') e++;
  while (e < len && ivl_isalpha((unsigned char)x->t[e])) e++;
  while (e < len && x->t[e] == ' ') e++;
  return e < len && ivl_isupper((unsigned char)x->t[e]) ? NULL : d->party;
}

/* "Sakura Digital ... has doubled the capital of its data centre ... The
** Japanese company will use the extra money": the next sentence opening on
** "The <demonym> company" tells the origin of the firm the sentence
** opened on (its first organisation, m), named there and nowhere with it. */
static const char *origin_told_next(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  /* (the sentence's only company: "X will invest ... with Sakura
  ** Digital. The Japanese company will supply ..." is of the partner
  ** named last, no one's sure origin for X) */
  const ivl_fm *first = NULL;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_ORG && (!first || (s->m[i].flags & FM_COMPANY))) {
      if (first) return NULL;
      first = &s->m[i];
    }
  if (first != m) return NULL;
  size_t p = s->ve, len = x->a->view.len;
  while (p < len && (x->t[p] == ' ' || x->t[p] == '\n' || x->t[p] == '\r')) p++;
  return demonym_firm_opening(x, p);
}

/* "Siam Green has worked with URENCO since 2018. The Thai group has
** invested about $420 million in Việt Nam so far": a firm the fact's own
** sentence calls back to by "The <demonym> company", its subject, is of
** that country (set qtender), as the next sentence so opening tells it
** (origin_told_next). Only a firm named before the sentence: one it
** names itself is no callback. */
static const char *origin_of_callback(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  return m->ve <= s->vs ? demonym_firm_opening(x, s->vs) : NULL;
}

/* A firm's mention by its name, for the names sorted once an article. */
struct fx_named {
  const char *party;
  size_t i; /* the mention's index in x->m */
};

static int by_name_then_place(const void *a, const void *b) {
  const struct fx_named *p = a, *q = b;
  int c = strcmp(p->party, q->party);
  return c ? c : (p->i > q->i) - (p->i < q->i);
}

/* The firms' mentions sorted by name (x->article_memo), built when first
** asked; 0 when there is no memo or no memory for it. */
static int names_sorted(const ivl_fctx *x) {
  struct fx_article_memo *memo = x->article_memo;
  if (!memo || memo->names_sorted) return memo && memo->names_sorted > 0;
  memo->names_sorted = -1;
  memo->names = malloc((x->nm ? x->nm : 1) * sizeof *memo->names);
  if (!memo->names) return 0;
  for (size_t i = 0; i < x->nm; i++)
    if (x->m[i].kind == FM_ORG && x->m[i].party) memo->names[memo->nnames++] = (struct fx_named){x->m[i].party, i};
  qsort(memo->names, memo->nnames, sizeof *memo->names, by_name_then_place);
  memo->names_sorted = 1;
  return 1;
}

/* How a name compares with the words "key " (key of n bytes, then a
** space): 0 when it opens on them. Monotone in the names' order, so the
** names that open so are one run of the sorted ones. */
static int against_opening(const char *name, const char *key, size_t n) {
  int c = strncmp(name, key, n);
  return c ? c : (unsigned char)name[n] - ' ';
}

/* The name of a firm named before m that opens on m's whole name, a word
** boundary after it ("Vingrove Furniture JSC" for a later "Vingrove"; set
** qrumor): the full name a short form repeats where the name reader linked
** none; the first such named. NULL else. Looked up among the names sorted
** once an article, not by reading every mention before m: asked for every
** figure's investor, that read made a long article of many firms cost
** more per byte the longer it was. */
static const char *full_name_before(const ivl_fctx *x, const ivl_fm *m) {
  size_t n = m->party ? strlen(m->party) : 0;
  if (n < 4) return NULL;
  if (!names_sorted(x)) { /* (no memory for the sort: read them all) */
    for (size_t i = 0; i < x->nm && x->m[i].vs < m->vs; i++) {
      const ivl_fm *f = &x->m[i];
      if (f->kind == FM_ORG && f->party && against_opening(f->party, m->party, n) == 0) return f->party;
    }
    return NULL;
  }
  const struct fx_named *names = x->article_memo->names;
  size_t lo = 0, hi = x->article_memo->nnames;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (against_opening(names[mid].party, m->party, n) < 0) lo = mid + 1;
    else hi = mid;
  }
  size_t first = x->nm;
  for (size_t k = lo; k < x->article_memo->nnames && against_opening(names[k].party, m->party, n) == 0; k++)
    if (names[k].i < first && x->m[names[k].i].vs < m->vs) first = names[k].i;
  return first < x->nm ? x->m[first].party : NULL;
}

/* Does the firm's name end on the Vietnamese legal form "JSC"
** ("Langbiang Highland Tourism JSC", a name spelt without diacritics)? A
** joint stock company so written after its name is one of Việt Nam's
** (foreign ones put theirs first, "JSC Rusatom"); a guess from the name
** like vn_spelling's, so only the fact's investor_country takes it. The
** name is the full one the article gave, not the mention's span: before
** the short form's bracket ("X JSC (Mekolog)"), and the one a short form
** or an acronym repeats ("Coteccons", "SBS" after "Sao Biển Seafood JSC
** (SBS)"; set qweek50, qweek49, qweek35; full_name_before). */
static int vn_legal_form(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const forms[] = {" JSC", " J.S.C.", " Joint Stock Company", NULL};
  const char *names[] = {m->party, fx_org_canonical(x, m), full_name_before(x, m)};
  return fx_names_end_with_any(names, 3, forms);
}

/* The one foreign country the sentence before speaks of, told by its
** demonym right before one of 'holders' ("seven Korean projects",
** "other Taiwanese footwear makers"); NULL when it names none so or a
** second country ("Japanese and Korean firms"). */
static const char *demonym_group_before(const ivl_fctx *x, const char *const *holders) {
  const ivl_fsent *b = &x->c.before;
  const char *country = NULL, *said = NULL;
  for (size_t i = 0; i < b->n; i++) {
    const ivl_fm *d = &b->m[i];
    /* (Việt Nam, the host, is said of anything: "the Việt Nam – Korea forum") */
    if (d->kind != FM_COUNTRY || !d->party || strlen(d->party) != 2 || strcmp(d->party, "VN") == 0) continue;
    /* (any other country said there: "Japanese and Korean projects") */
    if (said && strcmp(said, d->party) != 0) return NULL;
    said = d->party;
    /* ("Korean projects", "Korean-invested projects", "Korean manufacturing projects") */
    size_t p = d->ve;
    while (p < b->ve && x->t[p] != ' ') p++;
    if ((d->flags & FM_DEMONYM) && fx_noun_within(x, p, holders, 2)) country = d->party;
  }
  return country;
}

/* "HCM City handed certificates to seven Korean projects ... The largest,
** a $180 million data centre by Daehan Telecom, ..." (set qweek12), "Đồng
** Nai licensed 11 Japanese projects worth $720 million. They included a
** $260 million expansion by X and ..." (set qweek13): a sentence that opens
** by picking among the projects the one just before counted by their
** country's demonym ("seven Korean projects", "Korean manufacturing
** firms") names firms of that country. Not when the sentence before gave
** two ("Japanese and Korean firms"), nor "projects from Japan" (no demonym
** before the noun). So too "The largest is a $420 million plant of X"
** (set qweek19) and the firm opening the sentence picked by an aside
** right after it, "X, the biggest of them, has invested" (set qstock). NULL
** else. */
static const char *origin_of_counted_before(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const picks[] = {"the largest,", "the biggest,", "the largest of them,", "the biggest of them,",
                                      "the largest is", "the biggest is", "the largest was", "the biggest was",
                                      "they included", "they include", "these included", "these include",
                                      "among them", NULL};
  static const char *const asides[] = {", the largest of them,", ", the biggest of them,", NULL};
  static const char *const holders[] = {"project", "projects", "firms", "companies", "investors", "enterprises", NULL};
  const ivl_fsent *b = &x->c.before;
  int picked = fx_starts_with_any(x, s->vs, picks) || (m->vs == s->vs && fx_starts_with_any(x, m->ve, asides));
  if (!s->index || b->index + 1 != s->index || !picked) return NULL;
  return demonym_group_before(x, holders);
}

/* "Pao Feng is following other Taiwanese footwear makers northward. Chang
** Hsin Industrial Co received ...", "Chinese companies, meanwhile, keep
** moving production south. Solar panel maker X received ..." (sets
** qweek61, qasean, qfx, qweek62): a firm opening the sentence right after
** one about a demonym's firms in the plural, only what it is before it,
** is one of them. Not projects counted ("seven Korean projects": the
** picks of origin_of_counted_before), nor after a sentence naming a second
** country, nor after one with a sum ("Japanese investors have poured $9
** billion ...": the country's own fact, its firms not told), nor across a
** paragraph's end; NULL else. */
static const char *origin_of_peers_before(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const peers[] = {"firms", "companies", "businesses", "groups", "peers", "makers",
                                      "manufacturers", "producers", "suppliers", "developers", "enterprises",
                                      "lenders", "rivals", NULL};
  const ivl_fsent *b = &x->c.before;
  if (!s->index || b->index + 1 != s->index || m->vs < s->vs || b->ve > s->vs) return NULL;
  for (size_t i = 0; i < b->n; i++)
    if (b->m[i].kind == FM_MONEY) return NULL;
  /* (in one paragraph: a headline's "as Chinese developers retreat" is
  ** no group the lede's firm belongs to) */
  if (memchr(x->t + b->ve, '\n', s->vs - b->ve)) return NULL;
  /* (the firm first in its sentence: nothing before it but what it is,
  ** "Solar panel maker", a capital only at the sentence's start; past an
  ** opening phrase of time: "In October, trading house X bought ...") */
  size_t subject = inv_past_time_opening(x, s);
  if (m->vs < subject) return NULL;
  size_t lower_from = subject > s->vs ? subject : subject + 1;
  if (m->vs > subject && !((subject > s->vs || ivl_isupper((unsigned char)x->t[subject])) &&
                           fx_lower_words(x, lower_from, m->vs)))
    return NULL;
  return demonym_group_before(x, peers);
}

/* "Korean firms have registered $870 million in the city this year,
** including a $320 million plant by X", "Denmark has 185 projects in Việt
** Nam, the largest of them toymaker X's $1.3 billion factory": a firm
** picked out of the group of firms or projects its sentence counts by a
** country before it is of that country (set qstock, qweek11), as the pick
** of a group the sentence before counts is (origin_of_counted_before).
** The group: a demonym before a holder's noun ("Korean firms"), or a
** country opening the sentence; one country only before the firm. */
static const char *origin_of_group_in_sentence(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const picks[] = {"including", "the largest of them", "the biggest of them", "among them", NULL};
  static const char *const holders[] = {"projects", "firms", "companies", "investors", "enterprises", "businesses",
                                        NULL};
  if (m->vs < s->vs || m->ve > s->ve) return NULL;
  size_t pick = fx_last(x, s->vs, m->vs, picks);
  if (pick == FX_NONE) return NULL;
  const char *country = NULL;
  for (size_t i = 0; i < s->n && s->m[i].vs < m->vs; i++) {
    const ivl_fm *d = &s->m[i];
    if (d->kind == FM_ORG && d->vs < pick) return NULL; /* (a firm before the pick: the group may be its) */
    if (d->kind != FM_COUNTRY || !d->party || strlen(d->party) != 2 || strcmp(d->party, "VN") == 0) continue;
    if (country && strcmp(country, d->party) != 0) return NULL;
    if (d->vs > pick) return NULL;
    size_t p = d->ve;
    while (p < s->ve && x->t[p] != ' ') p++;
    int group = ((d->flags & FM_DEMONYM) && fx_noun_within(x, p, holders, 2)) ||
                (d->vs == s->vs && !(d->flags & FM_DEMONYM));
    if (!group) return NULL;
    country = d->party;
  }
  return country;
}

/* "Taiwan's Ministry of Economic Affairs (MOEA) approved an application
** by X to invest $95 million in its Vietnamese subsidiary", "The MOEA's
** Department of Investment Review also cleared a $32 million capital
** increase by Y": a government body abroad that approves a firm's money
** for Việt Nam is the firm's home's (set qweek15); its country, the body's
** origin or the possessive before it, else NULL. Not a lender's approval,
** nor a Vietnamese ministry's. */
static const char *approved_at_home(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const approves[] = {"approved", "approves", "cleared", "clears", NULL};
  static const char *const bodies[] = {"ministry", "department", "commission", "bureau", NULL};
  size_t by = fx_find_last(x, m->vs > s->vs + 40 ? m->vs - 40 : s->vs, m->vs, "by");
  if (by == FX_NONE || !fx_lower_words(x, by + 2, m->vs)) return NULL;
  size_t verb = fx_first(x, s->vs, by, approves);
  if (verb == FX_NONE) return NULL;
  const char *home = NULL;
  int body = 0;
  for (size_t i = 0; i < s->n && s->m[i].ve <= verb; i++) {
    const ivl_fm *g = &s->m[i];
    const char *c = g->kind == FM_ORG ? g->country : g->kind == FM_COUNTRY && fx_possessive(x, g) ? g->party : NULL;
    if (c && strcmp(c, "VN") != 0 && strlen(c) == 2) home = c;
    if (g->kind == FM_ORG && fx_any(x, g->vs, g->ve, bodies)) body = 1;
  }
  return body ? home : NULL;
}

/* "Everlink Motor Parts from Taiwan (China) will spend 48 million USD":
** a country right after the firm's name and "from" is its home (set
** qweek36); its code, or NULL. Not "bought a stake from Japan's X" (no
** firm's name right before "from"). */
static const char *home_said_after(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  if (m->ve + 6 > s->ve || memcmp(x->t + m->ve, " from ", 6) != 0) return NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *c = &s->m[i];
    if (c->vs == m->ve + 6 && c->kind == FM_COUNTRY && !(c->flags & FM_DEMONYM) && c->party && strlen(c->party) == 2)
      return c->party;
  }
  return NULL;
}

/* "Korean investors regain momentum in Vietnam": a headline on one foreign
** country's investors ("Korean investors", "Japanese firms") makes the
** article about them, so a firm it tells of with no origin of its own
** told ("The biggest single commitment came from Daesung Electronics") is
** of that country (set qweek46). Its code, else NULL: none, two, or a
** headline with a figure. */
static const char *country_of_title_investors(const ivl_fctx *x) {
  static const char *const investors[] = {"investors", "firms", "companies", "businesses", "manufacturers",
                                          "enterprises", "groups", NULL};
  if (!x->a->layout.has_title) return NULL;
  const char *nl = memchr(x->t, '\n', x->a->view.len);
  size_t end = nl ? (size_t)(nl - x->t) : x->a->view.len;
  const char *one = NULL;
  for (size_t i = 0; i < x->nm && x->m[i].ve <= end; i++) {
    const ivl_fm *m = &x->m[i];
    /* (a headline with a figure tells a fact of its own, "Korean investors
    ** pour $200 million into Thanh Hóa", not the article's topic) */
    if (m->kind == FM_MONEY) return NULL;
    if (m->kind != FM_COUNTRY || (m->flags & FM_VN) || !m->party) continue;
    if (!(m->flags & FM_DEMONYM) || x->t[m->ve] != ' ' || !fx_starts_with_any(x, m->ve + 1, investors) ||
        (one && strcmp(one, m->party) != 0))
      return NULL;
    one = m->party;
  }
  return one && strlen(one) == 2 ? one : NULL;
}

/* Does the name of firm m open on the first word of firm f's, a word of
** four letters or more ("Kessler Vietnam", "Kessler Automotive"): one of
** its group's firms, which share the brand? */
static int shares_brand(const ivl_fm *m, const ivl_fm *f) {
  const char *sp = strchr(f->party, ' ');
  size_t n = sp ? (size_t)(sp - f->party) : strlen(f->party);
  return n >= 4 && strncmp(m->party, f->party, n) == 0 && (m->party[n] == ' ' || m->party[n] == '\0');
}

/* "German brake maker's Vietnamese arm to double Đồng Nai plant", "'We
** will pour $500 million into Bắc Ninh,' says Japanese parts maker", "Thai
** group wins Sóc Sơn tender": a headline that names no firm but describes
** one by a demonym and a firm's noun, singular, tells the origin of the
** first firm the body names, and of its group's firms that share its brand
** ("Kessler Vietnam" after "Kessler Automotive"; sets qquote, qchain,
** qtender). Not a headline naming a firm, nor one of two countries, nor of
** firms in the plural (country_of_title_investors); the outlet a dateline
** credits is no firm of the body. Its code, else NULL. */
static const char *country_of_title_firm(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const firm_nouns[] = {"company", "firm", "group", "developer", "manufacturer", "maker",
                                           "supplier", "producer", "conglomerate", "giant", "retailer", "lender",
                                           "bank", "insurer", "investor", "operator", "chain", NULL};
  if (!x->a->layout.has_title || !m->party) return NULL;
  const char *nl = memchr(x->t, '\n', x->a->view.len);
  size_t end = nl ? (size_t)(nl - x->t) : x->a->view.len, i = 0;
  const char *one = NULL;
  for (; i < x->nm && x->m[i].vs < end; i++) {
    const ivl_fm *d = &x->m[i];
    if (d->kind == FM_ORG) return NULL;
    if (d->kind != FM_COUNTRY || (d->flags & FM_VN) || !d->party || strlen(d->party) != 2) continue;
    if (!(d->flags & FM_DEMONYM) || x->t[d->ve] != ' ' || !fx_noun_within(x, d->ve, firm_nouns, 3)) continue;
    if (one && strcmp(one, d->party) != 0) return NULL;
    one = d->party;
  }
  if (!one) return NULL;
  for (; i < x->nm; i++) {
    const ivl_fm *f = &x->m[i];
    if (f->kind != FM_ORG || !(f->flags & FM_COMPANY) || !f->party || fx_dateline_source(x, f)) continue;
    return strcmp(f->party, m->party) == 0 || shares_brand(m, f) ? one : NULL;
  }
  return NULL;
}

/* "Resona Holdings will buy a 15% stake in X for 120 billion yen, the
** Japanese banking group said on Wednesday": the speaker a sentence's
** closing attribution describes by a demonym and a firm's noun is the
** firm the sentence opened on (its first organisation, m), so that is its
** origin (set qweek52). Its code, or NULL. Not ", the Japanese embassy
** said" (no firm's noun), nor a firm named after the noun ("the Korean
** firm Daewoo said": another firm), nor one apposed to another firm. */
static const char *origin_in_attribution(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const firm_nouns[] = {"company", "firm", "group", "developer", "manufacturer", "maker",
                                           "bank", "lender", "insurer", "conglomerate", "trading house", NULL};
  static const char *const says[] = {"said", "says", "announced", "told", NULL};
  for (size_t i = 0; i < s->n && s->m[i].vs < m->vs; i++)
    if (s->m[i].kind == FM_ORG) return NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *d = &s->m[i];
    if (d->vs <= m->ve || !(d->flags & FM_DEMONYM) || !d->party || strlen(d->party) != 2) continue;
    if (d->vs < 6 || memcmp(x->t + d->vs - 6, ", the ", 6) != 0) continue;
    /* (not apposed to another firm named right before it: "... with Hanil
    ** Steel, the Korean firm said" may be Hanil's word) */
    if (i > 0 && s->m[i - 1].kind == FM_ORG && &s->m[i - 1] != m && s->m[i - 1].ve == d->vs - 6) return NULL;
    /* (only lower-case words, ending on the firm's noun, then the verb
    ** of saying) */
    size_t to = d->ve + 48 < s->ve ? d->ve + 48 : s->ve;
    size_t said = fx_first(x, d->ve, to, says);
    if (said != FX_NONE && fx_lower_words(x, d->ve, said) && fx_ends_with_any(x, said, firm_nouns)) return d->party;
  }
  return NULL;
}

/* "Shenzhen Lianxun Precision Co Ltd received a licence ... Its subsidiary
** Lianxun Precision (Vietnam) Co Ltd already operates two plants ...": a
** firm named as "its subsidiary" (unit, arm) by a sentence that opens so
** is of its parent's country, the first organisation of the sentence
** before (set qweek55), as the gold gives a Vietnamese unit its parent's
** origin. The parent's known country, else NULL: not a parent of no known
** origin, nor a firm after "its partner" or "its supplier" (another firm).
** (Within one sentence, "X said its subsidiary Y had invested", the
** linker makes X the investor.) */
static const char *known_origin(const ivl_fctx *x, const ivl_fm *ms, size_t i) {
  const char *c = ms[i].country;
  /* (or the country's possessive right before it: "Japan's Kirin Shoji") */
  size_t n;
  if (!c && i > 0 && ms[i - 1].kind == FM_COUNTRY && (n = fx_possessive(x, &ms[i - 1])) &&
      ms[i - 1].ve + n + 1 == ms[i].vs)
    c = ms[i - 1].party;
  return c && strlen(c) == 2 && strcmp(c, "VN") != 0 ? c : NULL;
}

static const char *origin_of_parent(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const units[] = {"subsidiary", "unit", "arm", "affiliate", NULL};
  size_t from = m->vs > s->vs + 40 ? m->vs - 40 : s->vs;
  size_t its = fx_find_last(x, from, m->vs, "its");
  if (its == FX_NONE) return NULL;
  /* only lower-case words (or a demonym: "its Vietnamese subsidiary")
  ** from "its" to the unit's noun right before the name */
  size_t e = m->vs;
  while (e > its && (x->t[e - 1] == ' ' || x->t[e - 1] == ',')) e--;
  if (!fx_ends_with_any(x, e, units)) return NULL;
  for (size_t p = its + 3; p < e; p++)
    if (ivl_isupper((unsigned char)x->t[p]) && (p == its + 3 || x->t[p - 1] == ' ')) {
      size_t i = fx_mention_from(x, p);
      if (i >= x->nm || x->m[i].vs != p || !(x->m[i].flags & FM_DEMONYM)) return NULL;
    }
  const ivl_fsent *b = &x->c.before;
  if (its != s->vs || !s->index || b->index + 1 != s->index) return NULL; /* "Its" opening the sentence */
  for (size_t i = 0; i < b->n; i++)
    if (b->m[i].kind == FM_ORG) return known_origin(x, b->m, i);
  return NULL;
}

/* "The Toulouse-based group will invest EUR60 million ...", "The Japanese
** company plans to ...": a sentence that opens on an anaphor describing
** the firm by its seat or a country (inv_company_subject_end) tells the
** origin of the firm it stands for, named before (set qweek108). Not
** when the sentence names the firm itself, whose own mention tells. */
static const char *origin_in_subject_anaphor(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  if (m->vs >= s->vs && m->ve <= s->ve) return NULL;
  size_t end = inv_company_subject_end(x, s);
  if (end == FX_NONE) return NULL;
  for (size_t i = 0; i < s->n && s->m[i].ve <= end; i++) {
    const ivl_fm *d = &s->m[i];
    if (d->kind == FM_COUNTRY && d->party && strlen(d->party) == 2) return d->party;
    if (d->kind == FM_PLACE && fx_based_in(x, d)) return d->flags & FM_VN ? "VN" : d->country;
  }
  return NULL;
}

/* The country of the firm that invests: its origin as the text tells it
** (a firm called "local" or "domestic" before what it is gets Việt Nam
** there, names.c called_domestic); else Việt Nam for a firm seated at
** home; else "A Thai-invested $50 million plant of X", the project's
** adjective (so the headline's "Thai-invested $50 million plant" is this
** fact retold); else Việt Nam when its name is spelt in Vietnamese ("Lam Sơn
** Agriculture JSC", vn_spelling.c). Only the fact takes that last one: it
** is a guess from the name, which the linker's reading of the sentence
** (which firm is foreign, whose money goes abroad) must not lean on. */
static const char *investor_country(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *m) {
  if (!m || m->kind != FM_ORG) return NULL;
  if (m->country) return m->country;
  const char *home = home_said_after(x, s, m);
  if (home) return home;
  /* "Thủ Dầu Một-based developer X will invest ... in Tây Ninh": a firm
  ** seated in a province (set qwhere) */
  if (seated_at_home(s, x, m) || fx_seat_of(x, m) || fx_seated_in_sentence(x, s, m)) return "VN";
  const ivl_fm *d = NULL;
  for (size_t i = 0; i < s->n && s->m[i].ve <= f->vs; i++) d = &s->m[i];
  if (d && (d->flags & FM_DEMONYM) && f->vs - d->ve <= 12 && x->t[d->ve] == '-' &&
      fx_lower_words(x, d->ve + 1, f->vs) && d->party && strlen(d->party) == 2)
    return d->party;
  const char *approver = approved_at_home(x, s, m);
  if (approver) return approver;
  if (ivl_names_vietnamese_spelt(x->t, m->vs, m->ve)) return "VN";
  const char *of_counted = origin_of_counted_before(x, s, m);
  if (of_counted) return of_counted;
  const char *peer = origin_of_peers_before(x, s, m);
  if (peer) return peer;
  const char *picked = origin_of_group_in_sentence(x, s, m);
  if (picked) return picked;
  const char *told = origin_told_next(x, s, m);
  if (told) return told;
  const char *called = origin_of_callback(x, s, m);
  if (called) return called;
  const char *speaker = origin_in_attribution(x, s, m);
  if (speaker) return speaker;
  const char *parent = origin_of_parent(x, s, m);
  if (parent) return parent;
  const char *described = origin_in_subject_anaphor(x, s, m);
  if (described) return described;
  if (vn_legal_form(x, m)) return "VN";
  const char *headline = country_of_title_firm(x, m);
  if (headline) return headline;
  const char *topic = country_of_title_investors(x);
  if (topic) return topic;
  /* "a $210 million bus plant in Ohio by VinaBus, a subsidiary of ...": a
  ** firm of no known origin whose money the outward frame sent abroad is
  ** Vietnamese (rule 4: outward investment is Việt Nam's) */
  return x->frame && strcmp(x->frame, "invest.outward") == 0 ? "VN" : NULL;
}

static const char *unplaced_local_province(const ivl_fctx *x, const ivl_fsent *s, const figure *f, party inv);
static const ivl_fm *unplaced_place_abroad(const ivl_fctx *x, const ivl_fsent *s, const figure *f);

void inv_store_figure(ivl_fctx *x, const ivl_fsent *s, const figure *f, party inv, party tgt) {
  /* (not the country but the province of a place below it the gazetteer
  ** cannot place, whichever way the country was reached: "... in Lai Vung
  ** district"; or the place abroad such a place lies in: "... in Grand
  ** Blanc Township" after "Michigan's Genesee County") */
  if (strcmp(tgt.name, "VN") == 0 && !tgt.m && f->money) {
    const ivl_fm *abroad = unplaced_place_abroad(x, s, f);
    const char *local = abroad ? NULL : unplaced_local_province(x, s, f, inv);
    if (abroad) tgt = (party){abroad->party, abroad, 1, 0};
    else if (local) tgt = (party){local, NULL, 1, 0};
  }
  double total = inv_part_of_total(x, s, f, inv.name, tgt.name);
  inv_parts_brought_to(x, s, f, tgt.name);
  if (!fx_begin(x, s, IVL_SYM_INVESTMENT)) return;
  if (total > 0) {
    fx_num(x, IVL_SYM_PART_OF, total);
    x->c.parts_age = 0;
  }
  fx_str(x, IVL_SYM_INVESTOR, written_investor(x, s, inv));
  fx_str(x, IVL_SYM_TARGET, tgt.name);
  fx_ref(x, inv.m);
  fx_ref(x, tgt.m);
  store_amount(x, f);
  if (f->count) {
    fx_num(x, IVL_SYM_PROJECTS, f->count->value);
    fx_ref(x, f->count);
  } else if (f->bare_count > 0) {
    fx_num(x, IVL_SYM_PROJECTS, f->bare_count);
  }
  /* an investor's share of the target's total; foreign investors in
  ** aggregate have none, as they have no rank (a percent said with their
  ** figure is the target's place nationwide, or a sector's part) */
  if (f->share && strcmp(inv.name, "*") != 0) {
    fx_num(x, IVL_SYM_SHARE_PERCENT, f->share->value);
    fx_ref(x, f->share);
  }
  if (f->rank && !f->rank_in_group && strcmp(inv.name, "*") != 0) {
    fx_num(x, IVL_SYM_RANK, f->rank);
    x->c.last_rank = f->rank, x->c.last_rank_stock = f->stock, x->c.rank_age = 0;
  }
  int stock = f->stock;
  size_t then_len = 0;
  const ivl_fm *then = f->date ? NULL : inv_time_anaphor(x, s, &then_len);
  if (f->date) {
    fx_str(x, IVL_SYM_AS_OF, f->date->value_s);
    fx_ref(x, f->date);
  } else if (then) {
    /* "That year ..." is the year of the date said before, "In the same
    ** month" its month; "At the time" is that date */
    char part[11];
    if (then_len >= sizeof part) then_len = sizeof part - 1;
    memcpy(part, then->value_s, then_len);
    part[then_len] = '\0';
    fx_str(x, IVL_SYM_AS_OF, part);
  } else if (stock) {
    fx_str(x, IVL_SYM_AS_OF, x->article_date);
  }
  fx_str(x, IVL_SYM_BASIS, stock ? "stock" : "flow");
  const char *country = investor_country(x, s, f, inv.m);
  if (country) fx_str(x, IVL_SYM_INVESTOR_COUNTRY, country);
  fx_end(x);
}

/* Is m a place or a country its sentence tells, not the dateline's? The
** places home_place_before and home_place_own read. */
static int told_place(const ivl_fm *m) {
  return (m->kind == FM_PLACE || m->kind == FM_COUNTRY) && !(m->flags & FM_DATELINE);
}

/* "X will expand its plant in Hải Phòng with an added $30 million": a
** place of Việt Nam's that the figure's own clause puts the works in
** ("in" before it) before the figure, no place abroad between; not a
** firm's seat ("X, based in Hải Dương,"). One half of home_place_own's
** question, the clause before the figure; that one reads the words after
** it, whose place is told otherwise ("in" or "into" right after the
** figure, lower-case words to the place, no country). */
static int home_place_before(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  int home = 0;
  for (size_t k = 0; k < s->n; k++) {
    const ivl_fm *m = &s->m[k];
    if (!told_place(m)) continue;
    if (m->vs < f->cs || m->ve > f->vs) continue;
    if (inv_place_abroad(m)) return 0;
    home |= m->kind == FM_PLACE && fx_ends_with(x, m->vs, "in") && !fx_based_in(x, m);
  }
  return home;
}

/* "X will invest VNĐ2.5 trillion in a farm in Nghệ An and $45 million in
** a plant in Laos": in a sentence about money abroad, a figure whose own
** place, said right after it and before the next figure, is Vietnamese
** stays at home; only the figure with the place abroad goes out. Its
** place may be told before the figure too (home_place_before). */
static int home_place_own(const ivl_fctx *x, const ivl_fsent *s, const figures *fs, size_t i) {
  if (i + 1 >= fs->n || !fs->f[i].money) return 0;
  size_t from = fs->f[i].ve, to = fs->f[i + 1].vs;
  int home = 0, abroad_elsewhere = 0;
  for (size_t k = 0; k < s->n; k++) {
    const ivl_fm *m = &s->m[k];
    if (!told_place(m)) continue;
    if (m->vs < from || m->ve > to) {
      abroad_elsewhere |= m->vs >= to && inv_place_abroad(m);
      continue;
    }
    if (inv_place_abroad(m) || m->kind == FM_COUNTRY) return 0;
    /* (its own place: "in a dairy farm in", "into a farm in" right after
    ** the figure, not a place a later clause names) */
    home |= (fx_starts_with(x, from, "in") || fx_starts_with(x, from, "into")) &&
            fx_lower_words(x, from + 1, m->vs);
  }
  return (home || home_place_before(x, s, &fs->f[i])) && abroad_elsewhere;
}

/* Does sentence s name a place or a country at all? */
static int names_any_place(const ivl_fsent *s) {
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_PLACE || s->m[i].kind == FM_COUNTRY) return 1;
  return 0;
}

/* "Hai Dang raised its charter capital from VNĐ800 billion to VNĐ2
** trillion in October", "lifting the unit's charter capital from ... to
** ...": a firm's own charter capital raised is the whole firm's, which
** the settled rules put in Việt Nam when no place of it is told (capital
** raised "from X to Y" -> Y, a stock; a Vietnamese firm with no place ->
** VN), not in the place a sentence before spoke of (set qweek66). Only
** with no place in the sentence (a wire's dateline aside; a country's
** demonym, "to its Thai partner", is no place). Only the whole told,
** "from X to Y": a raise "by 4 billion yen to fund the first phase" is
** money for the works the article placed (set qsemi). */
static int own_charter_capital_raised(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const raising[] = {"raise", "raises", "raised", "raising", "lift", "lifts", "lifted",
                                        "lifting", "increase", "increased", "increasing", "boosted", "boosting",
                                        "doubled", "doubling", NULL};
  static const char *const owners[] = {"its", "their", NULL};
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->flags & FM_DATELINE) continue;
    if (m->kind == FM_PLACE || (m->kind == FM_COUNTRY && !(m->flags & FM_DEMONYM))) return 0;
  }
  size_t cc = fx_find(x, s->vs, s->ve, "charter capital");
  if (cc == FX_NONE || cc < s->vs + 4 || !fx_any(x, s->vs, cc, raising) ||
      !fx_starts_with(x, cc + strlen("charter capital"), "from"))
    return 0;
  /* its own: "its", "their" or a possessive ("the unit's") right before */
  const char *b = x->t + cc;
  int possessive = b[-1] == ' ' && b[-2] == 's' && (b[-3] == '\'' || (cc >= s->vs + 6 && !memcmp(b - 5, "\xe2\x80\x99", 3)));
  return possessive || fx_ends_with_any(x, cc, owners);
}

/* "would invest about $90 million to rebrand and upgrade the Vietnamese
** company's resorts": the things of a firm told before, which the figure's
** clause calls by its country ("the" + demonym + a firm's possessive),
** are where that firm is, Việt Nam at large when the sentence names no
** place of the country, not the province of the sentence before (set
** qweek66; a firm of the country with no place -> VN). */
static int things_of_firm_called_vn(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const the[] = {"the", NULL};
  static const char *const firms[] = {"company's", "firm's", "group's", "developer's", "lender's", "bank's",
                                      "maker's", "operator's", NULL};
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_PLACE && (s->m[i].flags & FM_VN) && !(s->m[i].flags & FM_DATELINE)) return 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < f->ve || m->ve > f->ce || m->kind != FM_COUNTRY || !(m->flags & FM_VN) || !(m->flags & FM_DEMONYM))
      continue;
    if (fx_ends_with_any(x, m->vs, the) && fx_starts_with_any(x, m->ve, firms)) return 1;
  }
  return 0;
}

/* "Thái Nguyên-based X raised its capital by ...", "X, the Thái
** Nguyên-based unit of Y, will add ...": the investor's own Vietnamese
** seat said in the sentence (right before it, or in the aside right after
** it), when the sentence names no other Vietnamese place and no works:
** where its money goes (a unit's own capital), over a place the article
** spoke of before. The seat's province, or NULL. */
static const char *own_seat_in_sentence(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *inv) {
  const ivl_fm *seat = NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (!(m->flags & FM_VN) || (m->kind != FM_PLACE && m->kind != FM_COUNTRY)) continue;
    /* (the subject's seat: not "a plant of Hà Nội-based X", "will be
    ** developed by Hà Nội-based X": the owner's home, the works elsewhere) */
    static const char *const object_of[] = {"of", "by", "to", "from", "with", "for", NULL};
    int before = m->ve <= inv->vs && inv->vs - m->ve <= 40 && fx_lower_words(x, m->ve + 6, inv->vs) &&
                 !fx_ends_with_any(x, m->vs, object_of);
    int aside = m->vs >= inv->ve && m->vs - inv->ve <= 8 && x->t[inv->ve] == ',';
    if (seat || m->kind != FM_PLACE || !m->province || !fx_based_in(x, m) || !(before || aside)) return NULL;
    seat = m;
  }
  return seat ? seat->province : NULL;
}

/* "Malaysia's X has completed its acquisition of 60 per cent of
** Vietnamese convenience store chain MiniGo", "bought a 20 per cent stake
** in Vietnamese feed maker Y": a share bought (the words of a share or a
** purchase right before the demonym) in a firm the sentence itself calls
** Vietnamese, named after a few lower-case words of its trade, with no
** place of the country named in the sentence. The writer places the firm
** in the country, not in a province (set qweek25); a firm called "local"
** ("local feed maker Y") is not asked. */
static int share_of_firm_called_vn(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *buyer) {
  static const char *const share_of[] = {"per cent of", "percent of", "% of", "stake in", "stakes in",
                                         "shares in", "acquisition of", "acquire", "acquired", "bought",
                                         "buy", NULL};
  /* (a wire's dateline opening the sentence is where the story was
  ** filed, no place of the sentence's: "HANOI, Nov 17 (Reuters) - X said
  ** it would buy a 49% stake in Vietnamese truck assembler Y", set qweek36) */
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_PLACE && (s->m[i].flags & FM_VN) && !(s->m[i].flags & FM_DATELINE)) return 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_COUNTRY || !(m->flags & FM_VN) || !(m->flags & FM_DEMONYM) || m->vs < buyer->ve ||
        !fx_ends_with_any(x, m->vs, share_of))
      continue;
    /* up to four lower-case words of its trade, then the firm's name */
    size_t p = m->ve, len = x->a->view.len;
    int words = 0;
    while (p < len && x->t[p] == ' ' && words <= 4) {
      p++;
      if (p < len && ivl_isupper((unsigned char)x->t[p])) return words > 0;
      size_t w = p;
      while (p < len && (ivl_islower((unsigned char)x->t[p]) || x->t[p] == '-')) p++;
      if (p == w) return 0;
      words++;
    }
  }
  return 0;
}

/* Does a sentence of the body other than s name the province 'prov'
** beside the first word of the name at t[at, end) (a firm's)? Then the
** body places that firm there; not by another firm's seat ("Hoa Lam
** bought Thái Bình-based Đông Á Steel": Thái Bình is Đông Á's, and a seat
** of the firm itself is fx_seat_of's). */
static int name_placed_at(const ivl_fctx *x, const ivl_fsent *s, size_t at, size_t end, const char *prov) {
  if (!prov) return 0;
  char word[48];
  size_t n = 0;
  while (at + n < end && x->t[at + n] != ' ' && x->t[at + n] != ',' && n + 1 < sizeof word) n++;
  if (n < 3) return 0;
  memcpy(word, x->t + at, n);
  word[n] = '\0';
  size_t len = x->a->view.len;
  for (size_t i = 0; i < x->nm; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind != FM_PLACE || (m->flags & FM_DATELINE) || !m->province || strcmp(m->province, prov) != 0 ||
        (m->vs >= s->vs && m->ve <= s->ve) || (x->t[m->ve] == '-' && fx_firm_seat(x, m)))
      continue;
    size_t a = m->vs, b = m->ve;
    while (a > 0 && x->t[a - 1] != '\n' && !(x->t[a - 1] == ' ' && a > 1 && x->t[a - 2] == '.')) a--;
    while (b < len && x->t[b] != '\n' && !(x->t[b] == '.' && (b + 1 == len || x->t[b + 1] == ' '))) b++;
    /* (a byte search: fx_find caches its words by their address) */
    for (size_t q = a; q + n <= b; q++)
      if (!memcmp(x->t + q, word, n) && (q == 0 || !ivl_isalnum((unsigned char)x->t[q - 1])) &&
          (q + n == len || !ivl_isalnum((unsigned char)x->t[q + n])))
        return 1;
  }
  return 0;
}

/* name_placed_at for the firm s says a share is bought in: the first firm
** after 'buyer'. */
static int bought_firm_placed_at(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *buyer, const char *prov) {
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_ORG && s->m[i].vs > buyer->ve) return name_placed_at(x, s, s->m[i].vs, s->m[i].ve, prov);
  return 0;
}

/* Is the place 'name' (a canonical province) named before the sentence,
** in a headline, a dateline or the body? */
static int named_before(const ivl_fctx *x, const ivl_fsent *s, const char *name) {
  /* (a wire's dateline says where the story was filed, not where a firm
  ** bought into is: "HCM City, Nov 25 (VNS) – X will pay ... for a stake
  ** in Y Bank") */
  for (size_t i = 0; i < x->nm && x->m[i].vs < s->vs; i++)
    if (x->m[i].kind == FM_PLACE && !(x->m[i].flags & FM_DATELINE) && x->m[i].province &&
        strcmp(x->m[i].province, name) == 0)
      return 1;
  return 0;
}

/* Do the first two words of t[p, e) each carry a mark ("Cát Lái
** Warehousing": Vietnamese syllables with the marks Latin-1 shares)? */
static int two_marked_words(const ivl_fctx *x, size_t p, size_t e) {
  int marked = 0;
  for (int k = 0; k < 2; k++) {
    int m = 0;
    while (p < e && x->t[p] != ' ') m |= (unsigned char)x->t[p++] >= 0x80;
    while (p < e && x->t[p] == ' ') p++;
    marked += m;
  }
  return marked == 2;
}

/* Does a firm's name spelt in Vietnamese start at p, one the article has
** not named before (so no seat of it told)? Its capitalised words (the
** reader may know none of them as a firm), no country's or place's
** mention at its start. */
static int unplaced_vn_name_at(const ivl_fctx *x, const ivl_fsent *s, size_t p) {
  size_t e = p;
  while (e < s->ve && (ivl_isupper((unsigned char)x->t[e]) || (unsigned char)x->t[e] >= 0x80)) {
    while (e < s->ve && x->t[e] != ' ' && x->t[e] != ',' && x->t[e] != '.') e++;
    size_t n = e;
    while (n < s->ve && x->t[n] == ' ') n++;
    if (n >= s->ve || !(ivl_isupper((unsigned char)x->t[n]) || (unsigned char)x->t[n] >= 0x80)) break;
    e = n;
  }
  if (e == p || !(ivl_names_vn_letters(x->t, p, e) || two_marked_words(x, p, e))) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].vs == p && s->m[i].kind != FM_ORG) return 0;
  const char *hit = NULL;
  for (const char *q = x->t; q + (e - p) <= x->t + s->vs; q++)
    if (memcmp(q, x->t + p, e - p) == 0) { hit = q; break; }
  return hit == NULL;
}

/* "Lusail Gulf ... made its first Vietnamese investment in 2023, putting
** $60 million into Cát Lái Warehousing, a cold-storage developer": the
** money goes straight into a firm spelt in Vietnamese ("into" right
** after the figure), one the article has not named before, so no place
** told of it; the sentence names no place. Such a stake is Việt Nam's,
** not the place the sentences before gave another deal (set qweek21). */
static int put_into_unplaced_vn_firm(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_PLACE) return 0;
  size_t p = f->ve;
  if (x->t[p] == ')') p++;
  while (p < s->ve && x->t[p] == ' ') p++;
  if (!fx_starts_with(x, p, "into")) return 0;
  p += 4;
  while (p < s->ve && x->t[p] == ' ') p++;
  return unplaced_vn_name_at(x, s, p);
}

/* Did the last mention of the place 'name' before sentence s open its own
** sentence ("Cà Mau is home to 40 seafood processors")? Then the text spoke
** of the place itself, whose firms the ones bought after it may be; not so
** a place told only as where another firm's works are ("runs cold stores
** in Cần Thơ"). */
static int place_last_opened_sentence(const ivl_fctx *x, const ivl_fsent *s, const char *name) {
  const ivl_fm *last = NULL;
  for (size_t i = 0; i < x->nm && x->m[i].vs < s->vs; i++)
    if (x->m[i].kind == FM_PLACE && x->m[i].party && strcmp(x->m[i].party, name) == 0) last = &x->m[i];
  /* (a wire's dateline, "HANOI, Nov 26 (Reuters) -", is where the story
  ** was filed, no sentence on the place) */
  if (!last || (last->flags & FM_DATELINE)) return 0;
  size_t p = last->vs;
  while (p > 0 && x->t[p - 1] == ' ') p--;
  return p == 0 || x->t[p - 1] == '.' || x->t[p - 1] == '\n';
}

/* Does the name name[0, len) open with a place the article names, one of
** Việt Nam's if 'vn_only', a word after it ("Đắk Lắk Irrigation Services
** JSC")? */
static int opens_with_article_place(const ivl_fctx *x, const char *name, size_t len, int vn_only) {
  for (size_t i = 0; i < x->nm; i++) {
    const ivl_fm *m = &x->m[i];
    size_t n = m->ve - m->vs;
    if (m->kind == FM_PLACE && m->province && (!vn_only || (m->flags & FM_VN)) && n < len && name[n] == ' ' &&
        memcmp(x->t + m->vs, name, n) == 0)
      return 1;
  }
  return 0;
}

/* Does the name at p (before 'to') open with a province the article
** names? */
static int named_for_province(const ivl_fctx *x, size_t p, size_t to) {
  return to > p && opens_with_article_place(x, x->t + p, to - p, 0);
}

#define TRADE_WORDS_MAX 3 /* "shrimp processor", "seafood cold storage operator" */

/* "when it paid $40 million for a 10 per cent stake in Phương Nam
** Finance": the stake in a firm told right after the figure, "for" and a
** share of it ("a", "an", "its", a percent) then "stake in"; where the
** words "stake in" start, else FX_NONE (set qbank: the figure's own
** purchase, as "a stake in X for $40 million" before it). */
static size_t stake_told_after(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const stake_in[] = {"stake in", "stakes in", "holding in", NULL};
  size_t p = f->ve;
  if (p < s->ve && x->t[p] == ')') p++;
  while (p < s->ve && x->t[p] == ' ') p++;
  if (!fx_starts_with(x, p, "for")) return FX_NONE;
  size_t end = p + 48 < s->ve ? p + 48 : s->ve;
  size_t at = fx_first(x, p, end, stake_in);
  /* (only a share's words between: "for a 49 per cent", "for an 11%") */
  for (size_t q = p; at != FX_NONE && q < at; q++)
    if (x->t[q] == ',' || x->t[q] == '(') return FX_NONE;
  return at;
}

/* "In 2021 Bangkok-based X bought a 35 per cent stake in shrimp processor
** Cửu Long Seafood for $18 million": as share_of_unplaced_vn_firm's, the
** firm named after "stake in" and a few lower-case words of its trade,
** before the figure or right after it ("paid $18 million for a 35 per cent
** stake in ...", when the body has not named the place spoken of before),
** the sentence naming no place (set qweek59; the place of another firm's
** warehouses told before is not where this one is). */
static int stake_in_unplaced_vn_firm(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const char *spoken) {
  static const char *const stake_in[] = {"stake in", "stakes in", "holding in", "holdings in", NULL};
  size_t at = fx_first(x, s->vs, f->vs, stake_in), end = f->vs;
  if (at == FX_NONE && (at = stake_told_after(x, s, f)) != FX_NONE) {
    /* (only where the body has not yet named the place spoken of: "Lenders
    ** in HCM City are drawing buyers. X will pay $400 million for a stake
    ** in Y" keeps the city the text turned to) */
    if (!spoken || named_before(x, s, spoken)) return 0;
    /* (the name runs to the clause's end: "..., a lender with") */
    const char *comma = memchr(x->t + at, ',', s->ve - at);
    end = comma ? (size_t)(comma - x->t) : s->ve;
  }
  if (at == FX_NONE || place_last_opened_sentence(x, s, spoken)) return 0;
  /* (a foreign buyer's seat, "Bangkok-based", is no place here) */
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_PLACE && !(s->m[i].country && strcmp(s->m[i].country, "VN") != 0)) return 0;
  size_t p = fx_find(x, at, end, "in") + 2;
  while (p < end && x->t[p] == ' ') p++;
  for (int words = 0; p < end && ivl_islower((unsigned char)x->t[p]); words++) {
    if (words == TRADE_WORDS_MAX) return 0;
    while (p < end && ivl_isalpha((unsigned char)x->t[p])) p++;
    if (p >= end || x->t[p] != ' ') return 0; /* "in a", "in its," */
    while (p < end && x->t[p] == ' ') p++;
  }
  /* (not a firm named for a province the article names, "Đắk Lắk
  ** Irrigation Services JSC": the name tells where it is) */
  return p < end && !named_for_province(x, p, end) && unplaced_vn_name_at(x, s, p);
}

/* "In 2024 Thailand's X bought 49 percent of another consumer lender, Cửu
** Long Finance, from a Hanoi bank for $150 million": a share bought, before
** the figure, of a firm spelt in Vietnamese named right after "of" (or in
** the appositive after its trade), one the article has not named before;
** the sentence names no place but a seller's seat. Such a stake is Việt
** Nam's, as put_into_unplaced_vn_firm's (set qweek28). */
static int share_of_unplaced_vn_firm(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const share_of[] = {"per cent of", "percent of", "% of", NULL};
  size_t at = fx_first(x, s->vs, f->vs, share_of);
  if (at == FX_NONE) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_PLACE && !inv_seat_after_from(x, &s->m[i])) return 0;
  size_t p = fx_find(x, at, f->vs, "of") + 2;
  while (p < f->vs && x->t[p] == ' ') p++;
  /* (past lower-case words of its trade and a comma: "of another consumer
  ** lender, Cửu Long Finance,") */
  const char *comma = memchr(x->t + p, ',', f->vs - p);
  if (p < f->vs && ivl_islower((unsigned char)x->t[p]) && comma && fx_lower_words(x, p, (size_t)(comma - x->t))) {
    p = (size_t)(comma - x->t) + 1;
    while (p < f->vs && x->t[p] == ' ') p++;
  }
  /* (not a firm named for a province the article names, "Đắk Lắk
  ** Irrigation Services JSC": the name tells where it is) */
  return p < f->vs && !named_for_province(x, p, f->vs) && unplaced_vn_name_at(x, s, p);
}

/* "To fund the smelter, Trường Phát sold a 15% stake to Japan's X for
** VNĐ4.2 trillion", after "Hà Nội-based Trường Phát Group": a stake a
** firm sells in itself goes where the article said the seller is based,
** when the sentence names no place of its own. The seller is the firm a
** sale word follows (inv_sells), not the buyer. */
static const char *seat_of_seller(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *buyer) {
  static const char *const stake[] = {"stake", "per cent", "percent", "%", "shares", NULL};
  const ivl_fm *seller = NULL;
  for (size_t i = 0; i < s->n && s->m[i].ve < f->vs && !seller; i++)
    if (s->m[i].kind == FM_ORG && &s->m[i] != buyer && inv_sells(x, s->m[i].ve) &&
        fx_any(x, s->m[i].ve, f->vs, stake))
      seller = &s->m[i];
  /* (the buyer's country may be said: "to Japan's X") */
  for (size_t i = 0; seller && i < s->n; i++)
    if (s->m[i].kind == FM_PLACE) return NULL;
  return seller ? fx_seat_of(x, seller) : NULL;
}

/* "... for a stake in Y. The Vietnamese firm is based in Phú Mỹ, now part
** of HCM City": the seat the sentence right after s gives, opening on the
** firm described ("The ... firm") or named, then "is based in",
** "is headquartered in"; the province of the place after it, or NULL. */
static const char *seat_told_next(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const seated[] = {"is based in", "is headquartered in", "is located in", NULL};
  size_t len = x->a->view.len, p = s->ve;
  while (p < len && (x->t[p] == ' ' || x->t[p] == '.' || x->t[p] == '\n')) p++;
  if (p >= len || !ivl_isupper((unsigned char)x->t[p])) return NULL;
  size_t end = p + 80 < len ? p + 80 : len;
  for (size_t q = p; q < end; q++)
    if (x->t[q] == '.' || x->t[q] == '\n') end = q;
  size_t at = fx_first(x, p, end, seated);
  if (at == FX_NONE) return NULL;
  size_t i = fx_mention_from(x, p);
  if (!fx_starts_with(x, p, "the") && (i >= x->nm || x->m[i].vs != p || x->m[i].kind != FM_ORG)) return NULL;
  i = fx_mention_from(x, at);
  if (i >= x->nm || x->m[i].kind != FM_PLACE || !x->m[i].province || x->m[i].vs > at + 24) return NULL;
  return x->m[i].province;
}

/* "... for a 35 percent stake in developer Y, the Hà Nội-based company
** announced on Friday": the seat the sentence's closing attribution gives
** the firm that tells of the deal, which a foreign buyer's sentence leaves
** to the Vietnamese firm bought (set qweek32). ", the <place>-based", up to
** three lower-case words, then a verb of telling; the place's province, or
** NULL. */
static const char *seat_in_attribution(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const telling[] = {"said", "announced", "told", "reported", "confirmed", "disclosed", NULL};
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_PLACE || !(m->flags & FM_VN) || !m->province || m->vs < s->vs + 6 || m->ve + 6 > s->ve ||
        memcmp(x->t + m->vs - 6, ", the ", 6) != 0 || memcmp(x->t + m->ve, "-based", 6) != 0)
      continue;
    size_t p = m->ve + 6;
    for (int words = 0; words < 4 && p < s->ve; words++) {
      while (p < s->ve && x->t[p] == ' ') p++;
      if (fx_starts_with_any(x, p, telling)) return m->province;
      if (!ivl_islower((unsigned char)x->t[p])) break;
      while (p < s->ve && x->t[p] != ' ' && x->t[p] != ',') p++;
    }
  }
  return NULL;
}

/* Is there a clause of its own between 'from' and 'to': ", and" then
** words to a place ("..., and its centres in Hanoi have trained")? */
static int later_clause(const ivl_fctx *x, size_t from, size_t to) {
  for (size_t k = from; k + 6 <= to; k++)
    if (x->t[k] == ',' && memcmp(x->t + k, ", and ", 6) == 0) return 1;
  return 0;
}

/* Is there a clause of another deed between 'from' and 'to': ", after",
** ", before" or ", while" and a gerund ("..., after shutting two lines at
** its plant in Vietnam's Tay Ninh province", set qweek142)? */
static int other_deed_clause(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const links[] = {"after", "before", "while", NULL};
  for (size_t k = from; k + 2 < to; k++) {
    if (x->t[k] != ',' || x->t[k + 1] != ' ' || !fx_starts_with_any(x, k + 2, links)) continue;
    size_t w = k + 2;
    while (w < to && ivl_isalpha((unsigned char)x->t[w])) w++;
    while (w < to && x->t[w] == ' ') w++;
    size_t e = w;
    while (e < to && ivl_isalpha((unsigned char)x->t[e])) e++;
    if (e >= w + 5 && memcmp(x->t + e - 3, "ing", 3) == 0) return 1;
  }
  return 0;
}

/* Is there a clause of the buyer's own between 'from' and 'to': ", and
** it" ("..., and it has run an office in HCM City"), not one of the firm
** bought (", and the lender has 40 branches in Hanoi")? */
static int later_clause_of_buyer(const ivl_fctx *x, size_t from, size_t to) {
  for (size_t k = from; k + 9 <= to; k++)
    if (x->t[k] == ',' && memcmp(x->t + k, ", and it ", 9) == 0) return 1;
  return 0;
}

/* The end of the name of capitalised words at p ("Sao Viet Finance in
** 2019": "Sao Viet Finance"), p itself when none opens there. */
static size_t capitalised_name_end(const ivl_fctx *x, const ivl_fsent *s, size_t p) {
  size_t e = p;
  while (e < s->ve && (ivl_isupper((unsigned char)x->t[e]) || (unsigned char)x->t[e] >= 0x80)) {
    size_t w = e;
    while (w < s->ve && x->t[w] != ' ' && x->t[w] != ',' && x->t[w] != '.' && x->t[w] != ')') w++;
    e = w;
    if (w >= s->ve || x->t[w] != ' ') break;
    w++;
    if (!(ivl_isupper((unsigned char)x->t[w]) || (unsigned char)x->t[w] >= 0x80)) break;
    e = w;
  }
  return e;
}

/* Where the name of the firm a share is bought in starts, right after the
** words of a share ("a 10 per cent stake in consumer lender Mekong
** Finance", "49 per cent of a local brokerage, Nam Sơn Securities",
** "bought into Sao Viet Finance", "a stake in Hanoi-listed X"): past up
** to four lower-case words of its trade, a demonym, a listing's place and
** one comma, after the buyer; FX_NONE when none. '*firm' is the name's
** mention, if the reader knows it as a firm. */
static size_t share_bought_in_at(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *buyer, const ivl_fm **firm) {
  static const char *const share_in[] = {"stake in", "stakes in", "holding in", "per cent of", "percent of",
                                         "% of", "shares in", "shares of", "bought into", "buy into",
                                         "buys into", NULL};
  static const char *const definite[] = {"the", "its", "their", "this", "that", NULL};
  size_t at = fx_first(x, buyer->ve > s->vs ? buyer->ve : s->vs, s->ve, share_in), k = 0;
  while (at != FX_NONE && share_in[k] && !fx_starts_with(x, at, share_in[k])) k++;
  if (at == FX_NONE || !share_in[k]) return FX_NONE;
  size_t p = at + strlen(share_in[k]), i = fx_mention_from(x, p);
  int comma = 0;
  *firm = NULL;
  for (int words = 0; words <= 4 && p < s->ve; words++) {
    while (p < s->ve && x->t[p] == ' ') p++;
    while (i < x->nm && x->m[i].vs < p) i++;
    const ivl_fm *m = i < x->nm && x->m[i].vs == p ? &x->m[i] : NULL;
    if (m && m->kind == FM_ORG) return *firm = m, p;
    /* (not a firm referred back to: "49 per cent of the water supply
    ** company", where the text placed it before; nor one called "local",
    ** of the place spoken of) */
    if (fx_starts_with_any(x, p, definite) || fx_starts_with(x, p, "local")) return FX_NONE;
    if (m && m->kind == FM_COUNTRY && (m->flags & FM_DEMONYM)) p = m->ve;
    else if (m && m->kind == FM_PLACE && fx_starts_with(x, m->ve, "-listed")) p = m->ve;
    else if (m) return FX_NONE;
    else if (!ivl_islower((unsigned char)x->t[p])) return capitalised_name_end(x, s, p) > p ? p : FX_NONE;
    while (p < s->ve && x->t[p] != ' ' && x->t[p] != ',') p++;
    if (p < s->ve && x->t[p] == ',' && comma++) return FX_NONE;
    if (p < s->ve && x->t[p] == ',') p++;
  }
  return FX_NONE;
}

/* The seat said before (as fx_seat_of) of the firm named t[p, e), a
** name the reader does not know as a firm's; NULL when none. */
static const char *seat_of_name(const ivl_fctx *x, size_t p, size_t e) {
  for (int k = 0; k < x->c.nseats; k++) {
    const char *f = x->c.seats[k].firm;
    if (strncmp(f, x->t + p, e - p) == 0 && (f[e - p] == '\0' || f[e - p] == ' ')) return x->c.seats[k].province;
  }
  return NULL;
}

/* Does sentence s name a place of Việt Nam where the share bought in a
** firm might be: any but a firm's seat before the buyer ("Hanoi-based
** brokerage X, and Singapore's Y took a 9% stake in ..."), a listing
** ("Hanoi-listed"), or one in a clause of its own after the figure ("...
** for $180 million, and it has run an office in HCM City")? */
static int place_for_share(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *buyer) {
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_PLACE || !(m->flags & FM_VN) || (m->flags & FM_DATELINE)) continue;
    if ((m->ve <= buyer->vs && fx_based_in(x, m)) || fx_starts_with(x, m->ve, "-listed") ||
        (m->vs > f->ve && later_clause(x, f->ve, m->vs)))
      continue;
    return 1;
  }
  return 0;
}

/* Does the firm's name 'name' (its full name, for an acronym) open with a
** place of Việt Nam the article names, a word after it ("Cần Thơ Water
** Supply and Sewerage JSC")? */
static int party_opens_with_place(const ivl_fctx *x, const char *name) {
  return opens_with_article_place(x, name, strlen(name), 1);
}

/* "The deal is the second foreign purchase in the city's retail sector
** this year. In June, X bought 35 per cent of Y": the sentence right
** before ties the deal to the place spoken of by its word ("the city",
** "the province"), the scene the purchase is told in. */
static int scene_worded_before(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const worded[] = {"the city", "the city's", "the province", "the province's", NULL};
  const ivl_fsent *b = &x->c.before;
  return b->ve <= s->vs && b->ve > b->vs && fx_any(x, b->vs, b->ve, worded);
}

/* "The Korean Business Club in Đà Nẵng has 120 members. X bought a 30 per
** cent stake in Y": the sentence right before names the place spoken of as
** the scene (not as a firm's seat, "a HCM City-based e-wallet operator"). */
static int scene_named_before(const ivl_fctx *x, const ivl_fsent *s, const char *spoken) {
  const ivl_fsent *b = &x->c.before;
  if (!spoken || b->ve > s->vs) return 0;
  for (size_t i = 0; i < b->n; i++)
    if (b->m[i].kind == FM_PLACE && b->m[i].province && strcmp(b->m[i].province, spoken) == 0 &&
        !fx_firm_seat(x, &b->m[i]) && !(b->m[i].flags & FM_DATELINE))
      return 1;
  return 0;
}

/* "paid $120 million for new branches, a stake in X and software": the
** share one of the things the money is for, a comma between the figure
** and the firm bought's name at p. */
static int share_among_others(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t p) {
  size_t q = f->ve;
  while (q < s->ve && (x->t[q] == ')' || x->t[q] == ' ')) q++;
  return p > q && fx_starts_with(x, q, "for") && memchr(x->t + q, ',', p - q) != NULL;
}

/* "Singapore's X paid $40 million for a 10 per cent stake in consumer
** lender Mekong Finance", the article speaking of another place: a share
** bought in a firm named in the sentence, no seat of it told before
** (fx_seat_of) nor its name beside the place spoken of, the sentence naming
** no place of it. The writer places that firm in Việt Nam, not in the
** province the text turned to for another story (the Gold conventions: a
** stake in a Vietnamese firm with no place told). */
static int share_in_unseated_firm(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *buyer,
                                  const char *spoken) {
  const ivl_fm *firm = NULL;
  size_t p = share_bought_in_at(x, s, buyer, &firm);
  /* (the text spoke of the place itself, "Cà Mau is home to 40 seafood
  ** processors": the firm bought may be one of them) */
  if (p == FX_NONE || firm == buyer || place_for_share(x, s, f, buyer) || place_last_opened_sentence(x, s, spoken))
    return 0;
  size_t e = firm ? firm->ve : capitalised_name_end(x, s, p);
  /* (nor a firm named for a province, "Cawaco" of "Cần Thơ Water Supply
  ** and Sewerage JSC": the name tells where it is) */
  if (named_for_province(x, p, e) || (firm && firm->party && party_opens_with_place(x, firm->party))) return 0;
  if (firm ? fx_seat_of(x, firm) || (firm->country && strcmp(firm->country, "VN") != 0) : seat_of_name(x, p, e) != NULL)
    return 0;
  return !name_placed_at(x, s, p, e, spoken) && !scene_worded_before(x, s) && !scene_named_before(x, s, spoken) &&
         !share_among_others(x, s, f, p);
}

/* Is a share bought before figure f in a firm with no seat told before
** nor a foreign one ("snapped up 49 per cent of consumer lender X for $180
** million")? */
static int unseated_share_before(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *buyer) {
  const ivl_fm *firm = NULL;
  size_t p = buyer ? share_bought_in_at(x, s, buyer, &firm) : FX_NONE;
  if (p == FX_NONE || p >= f->vs || firm == buyer) return 0;
  if (firm) return !fx_seat_of(x, firm) && !(firm->country && strcmp(firm->country, "VN") != 0);
  return seat_of_name(x, p, capitalised_name_end(x, s, p)) == NULL;
}

/* The seat said before (fx_seat_of) of a firm the sentence puts money
** into: its possessive ("to upgrade X's plants") or after "in", "into"
** ("a stake in X"), not the investor's own. */
static const char *seat_of_firm_put_into(const ivl_fctx *x, const ivl_fsent *s, const char *investor) {
  static const char *const into[] = {"in", "into", NULL};
  if (x->c.nseats == 0) return NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_ORG || !m->party || (investor && strcmp(investor, m->party) == 0)) continue;
    if (!fx_possessive(x, m) && !fx_ends_with_any(x, m->vs, into)) continue;
    const char *seat = fx_seat_of(x, m);
    if (seat) return seat;
  }
  return NULL;
}

/* Is n the firm's full name or its first words ("Kraus" of "Kraus
** Akademie GmbH", the short name a story goes on with after naming the
** firm in full)? */
static int name_or_its_first_words(const char *full, const char *n) {
  size_t k = strlen(n);
  return k > 0 && strncmp(full, n, k) == 0 && (full[k] == 0 || full[k] == ' ');
}

/* Does sentence s name the province 'name' (a place of it)? */
static int names_place(const ivl_fsent *s, const char *name) {
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_PLACE && s->m[i].province && strcmp(s->m[i].province, name) == 0) return 1;
  return 0;
}

/* "Quảng Ninh has drawn textile makers to Hải Hà ... X has leased 25
** hectares there and plans to invest $70 million": "there" (not the
** existential "there are") points back to the one province the sentence
** before named; NULL when it named none or two, or named a company, whose
** own site fx_company_site judges ("X has customers in Tây Ninh. It will
** invest $25 million there": not the customers' place). */
static const char *there_points_back(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const being[] = {"is", "are", "was", "were", "will", "has", "have", "had", NULL};
  const ivl_fsent *b = &x->c.before;
  if (b->n == 0 || b->ve > s->vs) return NULL;
  size_t w = fx_find(x, s->vs, s->ve, "there");
  if (w == FX_NONE || w == s->vs || fx_starts_with_any(x, w + 5, being)) return NULL;
  const char *one = NULL;
  for (size_t i = 0; i < b->n; i++) {
    const ivl_fm *m = &b->m[i];
    if (m->kind == FM_ORG && (m->flags & FM_COMPANY)) return NULL;
    if (m->kind != FM_PLACE || !(m->flags & FM_VN) || !m->province) continue;
    if (one && strcmp(one, m->province) != 0) return NULL;
    one = m->province;
  }
  return one;
}

/* "... acquired the 320-room Sao Biển Resort on Phú Quốc island ... (other
** places told since) ... X built the resort for VNĐ2.1 trillion": works
** referred back to by their definite noun are where the text last placed
** them, a place right after the noun written before (in a name or not),
** over the place spoken of since. The province, or NULL. */
static const char *works_placed_before(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const the_works[] = {"the resort", "the hotel", "the mall", "the hospital", "the refinery",
                                          "the terminal",
                                          /* "a contract with X to build a footwear factory
                                          ** expansion in Đồng Nai province. X is spending $110
                                          ** million on the expansion" (set qweek49) */
                                          "the expansion", NULL};
  size_t at = fx_first(x, s->vs, s->ve, the_works);
  if (at == FX_NONE) return NULL;
  /* the noun looked for back: the list's own word past "the " (fx_find
  ** caches what it finds by the word's address, so never a copy of the
  ** text in a buffer of the stack) */
  size_t k = 0;
  while (the_works[k] && !fx_starts_with(x, at, the_works[k])) k++;
  if (!the_works[k]) return NULL;
  const char *word = the_works[k] + 4;
  size_t n = strlen(word);
  const char *found = NULL;
  size_t from = s->vs > 3000 ? s->vs - 3000 : 0;
  for (size_t w = fx_find(x, from, s->vs, word); w != FX_NONE; w = fx_find(x, w + n, s->vs, word)) {
    size_t i = fx_mention_from(x, w + n);
    if (i >= x->nm || x->m[i].vs > w + n + 24 || x->m[i].kind != FM_PLACE || !(x->m[i].flags & FM_VN) ||
        !x->m[i].province || memchr(x->t + w, '.', x->m[i].vs - w) ||
        /* (nor the dateline under a headline ending on the noun: "...
        ** expansion approved\n\nHÀ NỘI, February 20") */
        memchr(x->t + w, '\n', x->m[i].vs - w))
      continue;
    found = x->m[i].province;
  }
  return found;
}

/* "X on Friday opened an international school in HCM City's An Khánh
** ward. The group invested $45 million in the campus": a definite noun of
** the same kind of site as the one the sentence before said the company
** has or opened in a province (a school and its campus), done or to come,
** is that site; its province, or NULL. Another kind of site ("It follows
** a farm the group opened in Hà Tĩnh. The plant will cost ...") is not. */
static const char *same_site_referred_back(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const kinds[][4] = {{"school", "campus", "schools", NULL},
                                         {"hospital", "hospitals", NULL},
                                         {"clinic", "clinics", NULL},
                                         {"centre", "center", NULL},
                                         {"hotel", "hotels", NULL},
                                         {"mall", "malls", NULL}};
  static const char *const the[] = {"the", NULL};
  if (x->c.before.n == 0 || x->c.before.ve > s->vs) return NULL;
  size_t word = FX_NONE;
  const char *site = fx_company_site(x, &x->c.before, NULL, &word);
  if (!site || word == FX_NONE) return NULL;
  for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
    if (!fx_starts_with_any(x, word, kinds[k])) continue;
    for (size_t w = fx_first(x, s->vs, s->ve, kinds[k]); w != FX_NONE; w = fx_first(x, w + 1, s->ve, kinds[k]))
      if (fx_ends_with_any(x, w, the)) return site;
    return NULL;
  }
  return NULL;
}

/* Does sentence s name the firm 'full' (by its name or its first words:
** "Hanoi-based X Capital ... X bought a stake in the company", the buyer's
** own seat)? */
static int firm_named_in(const ivl_fsent *s, const char *full) {
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_ORG && s->m[i].party && name_or_its_first_words(full, s->m[i].party)) return 1;
  return 0;
}

/* "Y took a 9 per cent stake in the lender. Z picked up a further 4 per
** cent for VNĐ360 billion": a further share in a sentence naming no firm
** but its buyer, and none after the share ("for", "at", the sentence's
** end), is more of the firm just told (not "raise its holding in their
** venture, X Insurance, ... by buying a further 24 per cent"). */
static int more_of_firm_just_told(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const further[] = {"a further", NULL};
  static const char *const of[] = {"of", "in", NULL};
  int firms = 0;
  for (size_t i = 0; i < s->n; i++) firms += s->m[i].kind == FM_ORG;
  size_t at = firms <= 1 ? fx_first(x, s->vs, s->ve, further) : FX_NONE;
  if (at == FX_NONE) return 0;
  size_t k = fx_mention_from(x, at);
  if (k >= x->nm || x->m[k].vs >= s->ve || x->m[k].kind != FM_PERCENT) return 0;
  return !fx_starts_with_any(x, x->m[k].ve + 1, of);
}

/* "X first bought into the retailer in 2021, when it paid $45 million for
** 8 per cent": a firm bought into, referred back to by a definite noun of a
** company, is the firm whose seat an earlier sentence told as bought into
** ("a 20 per cent stake in the HCM City-based consumer electronics
** chain"; set qweek54); its seat, else NULL. */
static const char *firm_bought_referred_back(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const referred[] = {"bought into the", "buy into the", "bought shares in the",
                                         "bought a stake in the", "stake in the", NULL};
  static const char *const nouns[] = {"retailer", "company", "firm", "chain", "lender", "bank", "developer",
                                      "maker", "exporter", "operator", "insurer", "brokerage", "broker", NULL};
  /* (so the stake itself, told as going to its buyer: "The stake went to
  ** X, which paid VNĐ612 billion" after "sold its stake in Nghệ An-based
  ** Y at an auction") */
  static const char *const stake_went[] = {"the stake went to", "the shares went to", "the stake was sold to",
                                            "the shares were sold to", NULL};
  if (x->c.bought_seat && fx_starts_with_any(x, s->vs, stake_went)) return x->c.bought_seat;
  /* (no firm told as bought yet: the noun refers back to the firm whose
  ** seat was told last, "Đà Nẵng-based X will issue new shares to Y. Y
  ** first bought into the broker in 2022") */
  const char *seat = x->c.bought_seat;
  if (!seat && x->c.nseats && !firm_named_in(s, x->c.seats[x->c.nseats - 1].firm))
    seat = x->c.seats[x->c.nseats - 1].province;
  size_t at = seat ? fx_first(x, s->vs, s->ve, referred) : FX_NONE;
  if (seat && at == FX_NONE && more_of_firm_just_told(x, s)) return seat;
  if (at == FX_NONE) return NULL;
  size_t the = fx_find(x, at, s->ve, "the");
  return the != FX_NONE && fx_starts_with_any(x, the + 4, nouns) ? seat : NULL;
}

/* "signed a joint venture agreement with Japan's X to build a township in
** Bình Dương. X will contribute VNĐ1.3 trillion for a 49% stake in the
** venture": a venture referred back to is where the sentence before, which
** told of it, placed the works it is for (the article's own province too,
** unlike "there"); that province, or NULL. */
static const char *venture_placed_before(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const the_venture[] = {"the venture", "the joint venture", NULL};
  static const char *const venture[] = {"joint venture", NULL};
  size_t word;
  if (x->c.before.n == 0 || x->c.before.ve > s->vs || !fx_any(x, s->vs, s->ve, the_venture) ||
      !fx_any(x, x->c.before.vs, x->c.before.ve, venture))
    return NULL;
  return fx_company_site(x, &x->c.before, NULL, &word);
}

/* The one place the words after t[from] put something "in" ("a joint
** venture in HCM City", "a battery-pack assembly line in Indonesia"): a
** Vietnamese province or a place abroad, not a firm's seat ("Hà Nội-based")
** nor a country's firm ("Japan's X") nor where a speech was given; NULL
** when none, or when another place or country follows ("renting computing
** power to companies in Japan and Việt Nam": its customers', not its own). */
static const char *one_place_in_after(const ivl_fctx *x, const ivl_fsent *s, size_t from) {
  static const char *const in[] = {"in", "in the", "province of", "city of", NULL};
  const char *one = NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < from || (m->kind != FM_PLACE && m->kind != FM_COUNTRY) ||
        (m->flags & (FM_DEMONYM | FM_DATELINE)) || x->t[m->ve] == '\'' || fx_based_in(x, m) ||
        fx_speech_venue(x, s, m))
      continue;
    const char *place = m->kind == FM_PLACE && (m->flags & FM_VN) && m->province ? m->province
                        : inv_place_abroad(m)                                     ? m->party
                                                                                  : "VN";
    if (one && strcmp(one, place) != 0) return NULL;
    if (fx_ends_with_any(x, m->vs, in)) one = place;
  }
  return one && strcmp(one, "VN") != 0 ? one : NULL;
}

/* "French insurer X and Y have been licensed to set up a life insurance
** joint venture in HCM City", "X signed a deal with Y to build a battery
** line in Indonesia": a sentence that tells of a joint venture (or of a
** deal for works to come) and puts it in one place; that place is where
** "the venture" of the next sentences is (noted in x->c.venture_seat). */
static void note_venture_seat(ivl_fctx *x, const ivl_fsent *s) {
  static const char *const venture[] = {"joint venture", "joint-venture", "venture", "jv", NULL};
  static const char *const not_venture[] = {"capital", "fund", "funds", "firm", "arm", "investor", "investors", NULL};
  static const char *const works[] = {"to build", "to set up", "to establish", "to develop", NULL};
  /* (not a venture of years past: "The 50:50 venture was formed in 2015 and
  ** runs a plant in HCM City" tells where it worked, not where the money
  ** the next sentences put into it goes) */
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_DATE && s->m[i].value_s && strncmp(s->m[i].value_s, x->article_date, 4) < 0) return;
  size_t at = fx_first(x, s->vs, s->ve, venture);
  if (at != FX_NONE && fx_starts_with_any(x, at + 7, not_venture)) at = FX_NONE; /* "venture capital firm" */
  if (at == FX_NONE && (s->cues & CUE_DEAL)) at = fx_first(x, s->vs, s->ve, works);
  const char *seat = at == FX_NONE ? NULL : one_place_in_after(x, s, at);
  if (seat) x->c.venture_seat = seat, x->c.venture_seat_sent = s->index + 1;
}

/* "The venture, X Co., Ltd, has a charter capital of VNĐ2 trillion", "X
** will contribute VNĐ1.3 trillion for a 65 per cent holding": a sentence
** that speaks of the venture (or of a partner's share of it) within three
** sentences of the one that placed it (this one too: "... 49 per cent of
** the venture, which will build a yard in Bà Rịa-Vũng Tàu"); its seat, or
** NULL. */
static const char *venture_seat_referred(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const the_venture[] = {"the venture", "the joint venture", "the jv", "the new company",
                                            "the new venture", "the venture's", "the joint venture's", "the jv's",
                                            NULL};
  static const char *const contribute[] = {"contribute", "contributes", "contributing", NULL};
  if (!x->c.venture_seat || s->index + 1 > x->c.venture_seat_sent + 3) return NULL;
  if (fx_any(x, s->vs, s->ve, the_venture)) return x->c.venture_seat;
  if (!fx_any(x, s->vs, s->ve, contribute)) return NULL;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_PERCENT) return x->c.venture_seat;
  return NULL;
}

/* "Under Decision No. 2460/QD-TTg, the Lien Ha Thai industrial park will
** be built on 280 ha in Thai Thuy commune, Hung Yen province. The project,
** to be developed by X, has a total investment of ...": works to come told
** in the passive in the sentence before, with one province named there,
** are the works "the project" speaks of (set qweek82), though the article
** names another province more. NULL when not so. */
static const char *built_in_before(const ivl_fctx *x) {
  static const char *const to_be_built[] = {"will be built", "is to be built", "are to be built",
                                            "will be developed", "will be constructed", "will be located", NULL};
  const ivl_fsent *b = &x->c.before;
  if (!b->n || !fx_any(x, b->vs, b->ve, to_be_built)) return NULL;
  const char *one = NULL;
  for (size_t i = 0; i < b->n; i++) {
    const ivl_fm *m = &b->m[i];
    if (m->kind == FM_MONEY) return NULL; /* (its own figure's place) */
    if (m->kind != FM_PLACE || !(m->flags & FM_VN) || !m->province) continue;
    if (one && strcmp(one, m->province) != 0) return NULL;
    one = m->province;
  }
  return one;
}

/* "... granted Outward Investment Registration Certificate No. 202600118 to
** X for a rubber processing plant in Attapeu province, Laos. Total
** investment capital of the project: USD 68 million": the certificate's
** works abroad, told in the sentence before (no figure there), are where
** the capital of the next sentence's project goes (set qweek82). The place
** abroad named first (the province before its country); NULL if none. */
const ivl_fm *inv_certified_abroad_before(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const opens[] = {"total investment capital", "the total investment capital", "total investment",
                                      "the total investment", "the project", "the plant", "the factory", NULL};
  static const char *const certificate[] = {"certificate", "certificates", "licence", "license", NULL};
  static const char *const in[] = {"in", NULL};
  const ivl_fsent *b = &x->c.before;
  /* (a place of the sentence's own works, "The plant, to be built in the
  ** Đông Hồi Economic Zone, carries ...", is theirs) */
  if (!b->n || b->ve > s->vs || names_any_place(s) || !fx_starts_with_any(x, s->vs, opens) ||
      !fx_any(x, b->vs, b->ve, certificate))
    return NULL;
  const ivl_fm *abroad = NULL;
  for (size_t i = 0; i < b->n; i++) {
    const ivl_fm *m = &b->m[i];
    if (m->kind == FM_MONEY) return NULL;
    /* (where the works stand, "in Attapeu province", not a firm's home:
    ** "Japan's Chubu Global Power") */
    if (!abroad && (m->kind == FM_PLACE || m->kind == FM_COUNTRY) && inv_place_abroad(m) &&
        fx_ends_with_any(x, m->vs, in))
      abroad = m;
  }
  return abroad;
}

/* Where figures with no place named go: the place the last sentences
** gave their figures to ("Vietnam attracted $15 billion ... Disbursed
** capital reached $10.8 billion"), else the one the article is about. */
static const char *place_spoken_of(const ivl_fctx *x, const ivl_fsent *s) {
  /* "X also runs a plant in Hải Dương. It will invest $30 million there":
  ** where the sentence before said the company works */
  static const char *const there[] = {"there", "the province", "the locality", "the city", NULL};
  if (x->c.works_in && fx_any(x, s->vs, s->ve, there)) return x->c.works_in;
  /* "X said it would build a plant in Hưng Yên. The drugmaker will invest
  ** $51 million in the facility": the site the sentence before placed as
  ** works to come, referred to by a definite noun of a site or a project
  ** (not "It follows a farm the group opened in Hà Tĩnh in 2022. The plant
  ** will cost ...": works done, another site) */
  static const char *const that_site[] = {"the plant", "the factory", "the facility", "the project", "the mill",
                                          "the complex", "the site", "the warehouse", "the new plant",
                                          "the new factory", "the new facility", NULL};
  static const char *const to_come[] = {"to build", "would build", "will build", "to open", "would open", "will open",
                                        "to set up", "would set up", "will set up", "to construct",
                                        "would construct", "will construct", "to establish", "would establish",
                                        "will establish",
                                        /* "won the auction to develop a solar project in Gia
                                        ** Lai ... The project is capitalised at" (set qweek21) */
                                        "to develop", "would develop", "will develop",
                                        /* works begun: "broke ground on a cold storage hub in
                                        ** the Nam Đình Vũ Industrial Park. The company has
                                        ** earmarked $48 million for the facility" (set qcoref) */
                                        "broke ground on", "breaks ground on", "broken ground on", NULL};
  const char *built = x->c.before.ve <= s->vs && fx_starts_with_any(x, s->vs, that_site) ? built_in_before(x) : NULL;
  if (built) return built;
  if (fx_any(x, s->vs, s->ve, that_site) && x->c.before.n && x->c.before.ve <= s->vs &&
      fx_any(x, x->c.before.vs, x->c.before.ve, to_come)) {
    /* (the article's own province too, as for a venture: a topic said
    ** since, "Việt Nam, where its total investment has reached ...", is no
    ** place of these works) */
    size_t word;
    const char *site = x->c.works_in ? x->c.works_in : fx_company_site(x, &x->c.before, NULL, &word);
    if (site) return site;
  }
  const char *pointed = there_points_back(x, s);
  if (pointed) return pointed;
  const char *site = same_site_referred_back(x, s);
  if (site) return site;
  const char *venture = venture_placed_before(x, s);
  if (venture) return venture;
  const char *placed = works_placed_before(x, s);
  if (placed) return placed;
  const char *bought = firm_bought_referred_back(x, s);
  if (bought) return bought;
  if (x->c.topic && x->c.topic_age <= 3) return x->c.topic;
  return x->c.item_place ? x->c.item_place : x->c.place; /* a digest's item's own */
}

/* "Lotus Power opened a cement plant in Thanh Hóa in 2023 ... It plans to
** spend ...": did a sentence before s open on the firm 'inv' (the first
** company it names) and name a place of the province 'place', not as the
** firm's seat ("Hà Nội-based X")? Its works there were told. */
static int firm_placed_before(const ivl_fctx *x, const ivl_fsent *s, party inv, const char *place) {
  const ivl_spans *ss = &x->a->sentences;
  for (size_t k = 0; k < ss->n && ss->items[k].end <= s->vs; k++) {
    size_t i = fx_mention_from(x, ss->items[k].start), end = ss->items[k].end;
    while (i < x->nm && x->m[i].vs < end && !(x->m[i].kind == FM_ORG && (x->m[i].flags & FM_COMPANY))) i++;
    if (i >= x->nm || x->m[i].vs >= end || !x->m[i].party) continue;
    const ivl_fm *firm = &x->m[i];
    if (!name_or_its_first_words(firm->written ? firm->written : firm->party, inv.name) &&
        !name_or_its_first_words(firm->party, inv.name))
      continue;
    for (size_t j = fx_mention_from(x, ss->items[k].start); j < x->nm && x->m[j].vs < end; j++)
      if (x->m[j].kind == FM_PLACE && x->m[j].province && strcmp(x->m[j].province, place) == 0 &&
          !fx_firm_seat(x, &x->m[j]))
        return 1;
  }
  return 0;
}

/* Does figure f's clause give it a year or years of a budget ("next year",
** "over the next five years", "in 2027": a year alone after "in")? Not a
** rate ("a year": a capacity's), nor a time the sentence tells elsewhere. */
static int budget_span(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const spans[] = {"next year", "this year", "over the next", "over the coming", "in the next",
                                      "in the coming", "over two years", "over three years", "over four years",
                                      "over five years", "over ten years", NULL};
  /* (the year the money's own words reach, no other deed's between: not
  ** "a complex that X registered in 2023", "..., which opened in 2018") */
  static const char *const other_deed[] = {"which", "when", "that", "where", "while", "after", "before", "until",
                                           "since", "open*", "start*", "began", "begin*", "registered", "reach*",
                                           "complet*", "due", "built", "launch*", NULL};
  if (fx_any(x, f->cs, f->ce, spans)) return 1;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *d = &s->m[i];
    if (d->kind == FM_DATE && d->vs >= f->ve && d->ve <= f->ce && d->value_s && strlen(d->value_s) == 4 &&
        fx_ends_with(x, d->vs, "in") && !memchr(x->t + f->ve, ',', d->vs - f->ve) &&
        !fx_any(x, f->ve, d->vs, other_deed))
      return 1;
  }
  return 0;
}

/* "adding two berths at its container terminal": does sentence s speak of
** one site of the firm's own, "its" and a works noun in the singular within
** two words? That site is where the text placed the firm. */
static int its_own_site(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const works[] = {"terminal", "port", "plant", "factory", "mill", "mine", "complex", "project",
                                      "resort", "hotel", "mall", "campus", "farm", "site", "facility", "refinery",
                                      "park", "zone", "warehouse", "hub", NULL};
  for (size_t w = fx_find(x, s->vs, s->ve, "its"); w != FX_NONE; w = fx_find(x, w + 3, s->ve, "its")) {
    size_t at = w + 3;
    for (int words = 0; words < 3 && at < s->ve; words++) {
      while (at < s->ve && x->t[at] == ' ') at++;
      if (fx_starts_with_any(x, at, works)) return 1;
      while (at < s->ve && (ivl_isalnum((unsigned char)x->t[at]) || x->t[at] == '-')) at++;
    }
  }
  return 0;
}

/* "has invested VND6 trillion in its fintech business since 2019", "will
** put $80 million into the rollout by 2036": does figure f go, by "in",
** "into" or "on" right after it (past a bracketed equivalent), into what is
** no site: the firm's own line of business ("its" and at most two
** lower-case words before "business", "operations"), or a rollout, a
** programme, a network, a chain ("its" or "the")? Not "in the plant", nor
** "into the business" (one firm told before, placed where it is). */
static int object_no_site(const ivl_fctx *x, const figure *f) {
  static const char *const into[] = {"in", "into", "on", NULL};
  static const char *const its[] = {"its", "their", NULL};
  static const char *const the[] = {"the", NULL};
  static const char *const own_line[] = {"business", "businesses", "operations", NULL};
  static const char *const spread[] = {"rollout", "roll-out", "programme", "program", "network", "chain", NULL};
  size_t p = fx_past_bracketed_equivalent(x, f->ve);
  if (p >= f->ce || !fx_starts_with_any(x, p, into)) return 0;
  while (p < f->ce && ivl_isalpha((unsigned char)x->t[p])) p++;
  while (p < f->ce && x->t[p] == ' ') p++;
  int own = fx_starts_with_any(x, p, its);
  if (!own && !fx_starts_with_any(x, p, the)) return 0;
  while (p < f->ce && ivl_isalpha((unsigned char)x->t[p])) p++;
  return fx_noun_within(x, p, spread, 2) || (own && fx_noun_within(x, p, own_line, 2));
}

/* "The group plans to spend VND80 trillion on grids and plants next year",
** "the chain will put VNĐ400 billion into its outlets over the next three
** years": a firm's budget for a year or years, its sentence naming no place
** and pointing back at no site ("there", "the plant", "the second phase"),
** is the firm's money at large, the country's: not the province 'place'
** (spoken of) an earlier sentence told of another firm's project, nor the
** dateline's. Is figure f one? (Not where the text told this firm's own
** works in that province before: "X opened a plant in Bình Dương. It plans
** to spend $40 million next year" stays; nor a stake bought.) */
static int firm_budget_at_large(const ivl_fctx *x, const ivl_fsent *s, const figure *f, party inv,
                                const char *place) {
  static const char *const site_back[] = {"there", "the project", "the plant", "the factory", "the facility",
                                          "the site", "the mill", "the complex", "the park", "the zone",
                                          "the province", "the city", "the locality", "the area", "phase", NULL};
  static const char *const buying[] = {"stake", "stakes", "shares", "bought", "buy*", "acquir*",
                                       "purchas*", "holding", NULL};
  if (!f->money || !inv.m || inv.m->kind != FM_ORG || !place || strcmp(place, "VN") == 0 || names_any_place(s))
    return 0;
  int no_site = object_no_site(x, f);
  if (!(no_site || budget_span(x, s, f)) || fx_any(x, s->vs, s->ve, site_back) || fx_any(x, s->vs, s->ve, buying) ||
      its_own_site(x, s))
    return 0;
  /* (the place carried is this firm's own works told before, unless the
  ** money's object says it is none of them: "in its fintech business") */
  if (no_site) return 1;
  if (x->c.works_in || firm_placed_before(x, s, inv, place)) return 0;
  const ivl_fm *own = x->c.topic && x->c.topic_age <= 3 ? x->c.topic_firm : NULL;
  return !(own && own->party && name_or_its_first_words(own->party, inv.name));
}

/* "Tan Hong will spend 450 billion dong on a milling complex in Lai Vung
** district", "a plant in Phú Bài Industrial Park": a place below the
** province that the gazetteer cannot place (a district, commune, ward or
** town by its lower-case word after it, a park or a zone by its name),
** told after the figure as where it goes, with nothing abroad named after
** the figure. Is there one? The money then goes to one province, not to the
** whole country. */
static int unplaced_local_place(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const units[] = {"district", "commune", "ward", "town", NULL};
  static const char *const zones[] = {"industrial park", "industrial zone", "economic zone", "processing zone",
                                      "hi-tech park", "high-tech park", NULL};
  static const char *const in[] = {"in", "at", NULL};
  int found = 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs >= f->ve && inv_place_abroad(m)) return 0; /* (not "Kanazawa-based X will invest") */
    if (m->kind != FM_PLACE || m->province || m->country || m->vs < f->ve || !fx_ends_with_any(x, m->vs, in))
      continue;
    /* (the unit's word in capitals too, "in Hoàng Mai Town": a name the
    ** gazetteer does not hold, so no mention takes the word in) */
    int unit = x->t[m->ve] == ' ' && fx_starts_with_any(x, m->ve, units);
    /* (the zone's words its name's own, capitalised: "Phú Bài Industrial
    ** Park", not a lower-case noun after a place) */
    if (unit || (fx_ends_with_any(x, m->ve, zones) && ivl_isupper((unsigned char)x->t[m->ve - 4]))) found = 1;
  }
  return found;
}

/* The province of such a place: the seat told of the firm whose money it
** is (a Vietnamese firm's works near home), else the province spoken of,
** else the one the article is about; NULL when there is no such place. */
static const char *unplaced_local_province(const ivl_fctx *x, const ivl_fsent *s, const figure *f, party inv) {
  if (!unplaced_local_place(x, s, f)) return NULL;
  const char *seat = inv.m ? fx_seat_of(x, inv.m) : NULL;
  if (seat) return seat;
  const char *spoken = place_spoken_of(x, s);
  return spoken && strcmp(spoken, "VN") != 0 ? spoken : x->c.province;
}

/* The last place abroad where works stand, in sentence b before t[to]: a
** place or country abroad, not a firm's seat ("Dearborn-based") nor a
** dateline's; NULL when none. */
static const ivl_fm *last_place_abroad(const ivl_fctx *x, const ivl_fsent *b, size_t to) {
  const ivl_fm *last = NULL;
  for (size_t i = 0; i < b->n && b->m[i].vs < to; i++)
    if (inv_place_abroad(&b->m[i]) && !(b->m[i].flags & FM_DEMONYM) && !fx_based_in(x, &b->m[i])) last = &b->m[i];
  return last;
}

/* "X plans to invest $96 million in a plant in Grand Blanc Township" after
** "... its first U.S. factory in Michigan's Genesee County": a place the
** gazetteer cannot place, told after the figure as where it goes ("in",
** "at"), its name no Vietnamese syllable ("Tân Hiệp", "Tan Hiep" are of
** home), nothing Vietnamese named after the figure, lies in the place
** abroad named last before it, in its sentence or the one before; NULL
** when not so. A place abroad must not become Việt Nam. */
static const ivl_fm *unplaced_place_abroad(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const in[] = {"in", "at", NULL};
  const ivl_fm *unplaced = NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < f->ve) continue;
    if ((m->kind == FM_PLACE || m->kind == FM_COUNTRY) && (m->flags & FM_VN)) return NULL;
    if (!unplaced && m->kind == FM_PLACE && !m->country && !m->province && fx_ends_with_any(x, m->vs, in)) unplaced = m;
  }
  if (!unplaced) return NULL;
  size_t w = unplaced->vs;
  while (w < unplaced->ve && x->t[w] != ' ') w++;
  if (ivl_names_vn_word(x->t, unplaced->vs, w)) return NULL;
  const ivl_fm *abroad = last_place_abroad(x, s, unplaced->vs);
  if (!abroad && x->c.before.n && x->c.before.ve <= s->vs) abroad = last_place_abroad(x, &x->c.before, x->c.before.ve);
  return abroad;
}

/* Does the gazetteer call m's organisation a lender (kind "lender": a
** development or export-credit lender, whose money is a loan or aid)? */
static int gazetteer_lender(const ivl_fctx *x, const ivl_fm *m) {
  const ivl_field *k = ivl_store_field(&x->a->store, &x->a->store.ents[m->ent], ivl_sym_find("kind", 4));
  return k && k->kind == IVL_FIELD_STR && strcmp(ivl_store_string(&x->a->store, k), "lender") == 0;
}

/* "IFC has committed $150 million to X's wind farm", "Korea Eximbank will
** provide $90 million for ...": a lender by its name (a "Bank" word of its
** own, "Eximbank", "Finance Corporation") puts no capital in unless the
** sentence speaks of it (a stake, shares, equity, capital, investing): its
** money is a loan, no one's investment ("DBS Bank will invest $100 million
** to buy a stake" is one). */
int ivl_facts_lender_without_stake(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const stakes[] = {"invest*", "stake", "stakes", "share", "shares", "equity", "capital", "inject*",
                                       "pour*", "pump*", "acquir*", "acquisition*", "buy", "buys", "buying", "bought",
                                       "purchas*", "takeover*", NULL};
  if (!m || m->kind != FM_ORG || !m->party) return 0;
  const char *p = m->party, *b = strstr(p, "Bank");
  while (b && b > p && b[-1] != ' ') b = strstr(b + 1, "Bank"); /* not "SoftBank" */
  if (!b && !strstr(p, "Eximbank") && !strstr(p, "Finance Corporation")) {
    /* known only by its acronym ("IFC", "ADB", "JBIC"): the gazetteer's
    ** kind of it (looked up for a short name in capitals only) */
    /* (and "KfW": a short name of one word with two capitals or more) */
    size_t n = 0, caps = 0;
    while (p[n] && n < 7 && ivl_isalpha((unsigned char)p[n])) caps += ivl_isupper((unsigned char)p[n++]) != 0;
    if (p[n] || caps < 2 || !ivl_isupper((unsigned char)p[0]) || !gazetteer_lender(x, m)) return 0;
  }
  /* "paid VNĐ20.3 trillion for 15 per cent of Tây Đô Bank": a share of
  ** a firm bought, a stake though the word is not said */
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_PERCENT && s->m[i].vs > m->ve && fx_ends_with(x, s->m[i].vs, "for") &&
        fx_starts_with(x, s->m[i].ve, "of"))
      return 0;
  /* (the words outside its name: "Asian Infrastructure Investment Bank") */
  return !fx_any(x, s->vs, m->vs, stakes) && !fx_any(x, m->ve, s->ve, stakes);
}

/* "The Asian Development Bank has committed $60 million to X's terminal":
** a lender opening the sentence before the figure, the investor found
** after the figure (the borrower), is the figure's giver: a loan, no one's
** investment (not "X's $240 million terminal", the borrower's own). */
static int lends_to_investor(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *inv) {
  if (!inv || inv->vs < f->ve) return 0;
  for (size_t i = 0; i < s->n && s->m[i].ve <= f->vs; i++)
    if (s->m[i].kind == FM_ORG) return ivl_facts_lender_without_stake(x, s, &s->m[i]);
  return 0;
}

/* "Việt Nam and Germany set up a strategic partnership in 2011, and KfW
** has committed more than €2 billion to the country since 1993": a lender
** its figure's clause names last before the figure gives it, as aid, no
** one's investment, whoever the sentence named before the lender. */
static int lender_gives_figure(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  const ivl_fm *giver = NULL;
  for (size_t i = 0; i < s->n && s->m[i].ve <= f->vs; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs >= f->cs && (m->kind == FM_ORG || m->kind == FM_COUNTRY || m->kind == FM_PLACE)) giver = m;
  }
  /* (a development or export-credit lender: not a commercial bank,
  ** "Mekong Trust Bank opened a $7 million branch in South Korea") */
  return giver && giver->kind == FM_ORG && gazetteer_lender(x, giver) && ivl_facts_lender_without_stake(x, s, giver);
}

/* "..., statistics office data showed": the statistics office with no
** word of its rank is the country's; not a city's or a province's ("the
** municipal statistics office said", set qweek69). */
static int national_statistics_office(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const local[] = {"municipal", "provincial", "city", "city's", "province's", "district", NULL};
  size_t w = fx_find(x, s->vs, s->ve, "statistics office");
  return w != FX_NONE && !fx_ends_with_any(x, w, local);
}

/* "Foreign-invested projects disbursed $18.8 billion in the nine months, the
** National Statistics Office said", under a HÀ NỘI dateline: a figure with
** no place named, reported by a national body, is the country's, not the
** dateline's city (the place last spoken of still wins). */
/* (not where one firm's project set that place: "Japan's X got a licence
** for a plant in Da Nang. Foreign investors pledged $31.5 billion in the
** first 11 months, Finance Ministry data show" is the country's total, as
** is a country's share of it; the firm's own money next still goes there) */
static int reported_nationally(const ivl_fctx *x, const ivl_fsent *s, party inv) {
  static const char *const bodies[] = {
    "ministry of finance", "ministry of planning and investment", "national statistics office",
    "general statistics office", "foreign investment agency", "national statistics", "finance ministry",
    "planning ministry", "nso", "gso", NULL};
  int aggregate = strcmp(inv.name, "*") == 0 || (inv.m && inv.m->kind == FM_COUNTRY);
  /* (a firm's stake told last, its place the bought firm's seat, is no
  ** place's own total either: "Đông Á Group paid VND1.1 trillion for a 9%
  ** stake in the broker. ... Share purchases by foreign investors totalled
  ** $1.9 billion, according to the Ministry of Finance") */
  int firm_last = x->c.fact_investor && x->c.fact_investor->kind == FM_ORG;
  int recent = x->c.topic && x->c.topic_age <= 3 && !(aggregate && (x->c.topic_firm || firm_last));
  return !recent && (fx_any(x, s->vs, s->ve, bodies) || national_statistics_office(x, s));
}

/* "A Hong Kong company will invest $1.2 billion in ... Kingboard Holdings
** on Friday received an investment certificate for the project": the
** company described is the one that opens the next sentence, when it is
** not known to be of another country than 'country' (the describer's
** code). NULL when none opens it. */
static int in_caption(const ivl_article *a, size_t pos) {
  const ivl_spans *c = &a->layout.captions;
  for (size_t i = 0; i < c->n; i++)
    if (pos >= c->items[i].start && pos < c->items[i].end) return 1;
  return 0;
}

/* The index of the sentence of the body after 's' (a photo's caption may
** come between), or the number of sentences when none follows. */
static size_t next_body_sentence(const ivl_fctx *x, const ivl_fsent *s) {
  const ivl_spans *ss = &x->a->sentences;
  size_t k = s->index + 1;
  while (k < ss->n && (ss->items[k].start < s->ve || in_caption(x->a, ss->items[k].start))) k++;
  return k;
}

static const ivl_fm *named_next_sentence(const ivl_fctx *x, const ivl_fsent *s, const char *country, size_t *end) {
  const ivl_spans *ss = &x->a->sentences;
  size_t k = next_body_sentence(x, s);
  if (k >= ss->n) return NULL;
  *end = ss->items[k].end;
  size_t i = fx_mention_from(x, ss->items[k].start);
  if (i >= x->nm) return NULL;
  const ivl_fm *m = &x->m[i];
  /* "... A Singapore-managed climate fund will invest $40 million ... The
  ** Mekong Climate Resilience Fund, which ...": the name may take "The" */
  size_t opens = ss->items[k].start + (fx_starts_with(x, ss->items[k].start, "the") ? 4 : 0);
  if (m->vs != opens || m->kind != FM_ORG || !(m->flags & FM_COMPANY)) return NULL;
  /* "Singaporean firm to build ...". "ACV signed a contract with
  ** Singapore-based Aerolink ...": the opening firm of no known country is
  ** not the one described when a firm of that country follows */
  if (!m->country)
    for (size_t j = i + 1; j < x->nm && x->m[j].vs < ss->items[k].end; j++)
      if (x->m[j].kind == FM_ORG && x->m[j].country && strcmp(x->m[j].country, country) == 0) return NULL;
  return !m->country || strcmp(m->country, country) == 0 ? m : NULL;
}

/* "The company also signed an agreement with VNPT to host the servers at
** VNPT's data centre in Hoa Lac Hi-Tech Park": the place of another firm's
** works, right after its possessive and a few lower-case words, is where
** that firm's works are, not the company's (set qweek47). Is x->m[i] such
** a place? */
static int others_works_at(const ivl_fctx *x, size_t i) {
  const ivl_fm *m = &x->m[i];
  /* (past a sector's word among them: "data centre") */
  size_t j = i;
  while (j > 0 && (x->m[j - 1].kind == FM_SECTOR || x->m[j - 1].kind == FM_OTHER) && x->m[j - 1].vs + 40 >= m->vs)
    j--;
  if (j == 0) return 0;
  const ivl_fm *org = &x->m[j - 1];
  size_t pos = org->kind == FM_ORG ? fx_possessive(x, org) : 0;
  return pos && org->ve + pos < m->vs && m->vs - (org->ve + pos) <= 40 && fx_ends_with(x, m->vs, "in") &&
         fx_lower_words(x, org->ve + pos, m->vs);
}

/* "X will invest $150 million to move its production to Vietnam. The
** company will build two factories in Gia Lai province", "... on a mill in
** northern Vietnam. The mill, in Hải Hà Industrial Park in Quảng Ninh,
** ...": the sentence right after, opening on the company or its works and
** telling no figure of its own, puts them "in" one province, where the
** money said to go to the country goes; else NULL. */
static const char *works_province_next(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const opener[] = {"the company", "the group", "the firm", "it", "the mill", "the plant",
                                       "the factory", "the project", "the complex", NULL};
  const ivl_spans *ss = &x->a->sentences;
  size_t k = next_body_sentence(x, s);
  if (k >= ss->n || !fx_starts_with_any(x, ss->items[k].start, opener)) return NULL;
  const char *one = NULL;
  int in = 0;
  for (size_t i = fx_mention_from(x, ss->items[k].start); i < x->nm && x->m[i].vs < ss->items[k].end; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind == FM_MONEY) return NULL;
    if (m->kind != FM_PLACE || !(m->flags & FM_VN) || !m->province) continue;
    if (others_works_at(x, i)) continue;
    if (one && strcmp(one, m->province) != 0) return NULL;
    one = m->province, in |= fx_ends_with(x, m->vs, "in");
  }
  return in ? one : NULL;
}

/* "Nghệ An licenses three Chinese electronics plants; Hà Tĩnh steelmaker
** plans $2.2 billion expansion": a headline joins two stories with a
** semicolon; an investor named before it is not the figure's after it
** (the body names the steelmaker's own). Is 'm' named in this headline
** with a semicolon between it and figure f? */
static int other_headline_story(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *m) {
  if (!x->a->layout.has_title || s->index != 0 || !m || m < s->m || m >= s->m + s->n || m->ve >= f->vs) return 0;
  return memchr(x->t + m->ve, ';', f->vs - m->ve) != NULL;
}

/* "A Đắk Lắk-based agricultural company has been licensed to invest $68
** million in ... The company, Trường Sơn Agriculture JSC, plans to ...":
** a sentence that opens on the firm just described with its name set off
** by commas right after ("The company, X,"), the firm named; else NULL.
** Not "The company, which is based in ..., " (no name right after), nor a
** name said later in the sentence. */
static const ivl_fm *firm_named_in_apposition(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const openers[] = {"the company,", "the firm,", "the group,", NULL};
  if (!fx_starts_with_any(x, from, openers)) return NULL;
  size_t p = from;
  while (p < to && x->t[p] != ',') p++;
  while (p < to && (x->t[p] == ',' || x->t[p] == ' ')) p++;
  size_t i = fx_mention_from(x, p);
  if (i >= x->nm || x->m[i].vs != p || x->m[i].kind != FM_ORG || !(x->m[i].flags & FM_COMPANY)) return NULL;
  return x->m[i].ve < to && x->t[x->m[i].ve] == ',' ? &x->m[i] : NULL;
}

/* "A Đắk Lắk-based agricultural company has been licensed to invest $68
** million in a plantation in the southern Lao province of Attapeu. The
** company, X, ...": a Vietnamese firm (or one of no known country) named
** only in the next sentence, its money said to go to a place abroad after
** the figure ("in", "into" or "of" before it), invests there, not in Việt
** Nam. The place abroad, a province or city before a country, else NULL. */
static const ivl_fm *abroad_after_figure(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *firm) {
  static const char *const into[] = {"in", "into", "of", NULL};
  if (!firm || (firm->country && strcmp(firm->country, "VN") != 0)) return NULL;
  const ivl_fm *country = NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < f->ve || !inv_place_abroad(m) || !fx_ends_with_any(x, m->vs, into)) continue;
    if (m->kind == FM_PLACE) return m;
    if (!country) country = m;
  }
  return country;
}

/* "A waste-to-energy plant will be built ... at a cost of $185 million.
** The investor, Kansoku Environmental Engineering, is ...", "... has been
** approved for Hạ Long. Its investor is French water group Aquitaine
** Eaux": a figure with no investor of its own takes the firm the next
** sentence of the body opens by naming as the investor, else NULL. So too
** a holding sold with no buyer in its sentence, the buyer named in the
** next: "X has exited Y, selling its 70 per cent interest for $102
** million ... The buyer is Thai hospital operator Z" (set qseller). And
** a firm first described, then named in the next sentence's apposition
** ("A Đắk Lắk-based company has been licensed ... The company, X, plans
** ...": firm_named_in_apposition). */
static const ivl_fm *investor_introduced_next(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const openers[] = {"the investor,", "the investor is", "its investor is", "its investor,",
                                        "the developer,", "the developer is", "its developer is",
                                        "the buyer is", "the buyer was", "the purchaser is", "the purchaser was",
                                        NULL};
  const ivl_spans *ss = &x->a->sentences;
  size_t k = next_body_sentence(x, s);
  if (k >= ss->n) return NULL;
  const ivl_fm *named = firm_named_in_apposition(x, ss->items[k].start, ss->items[k].end);
  if (named) return named;
  if (!fx_starts_with_any(x, ss->items[k].start, openers)) return NULL;
  /* the firm within a short description after the opener ("French water
  ** group Aquitaine Eaux"), the first mention of the sentence after it */
  size_t near = ss->items[k].start + 60 < ss->items[k].end ? ss->items[k].start + 60 : ss->items[k].end;
  for (size_t i = fx_mention_from(x, ss->items[k].start + 13); i < x->nm && x->m[i].vs < near; i++)
    if (x->m[i].kind == FM_ORG) return (x->m[i].flags & FM_COMPANY) ? &x->m[i] : NULL;
  return NULL;
}

/* Is date 'd' the day the news was told ("X said on Monday", "announced
** on May 3"), not the day of what it tells? */
static int day_told(const ivl_fctx *x, const ivl_fm *d) {
  static const char *const told[] = {"said on", "says on", "announced on", "reported on", "told", "stated on", NULL};
  return fx_ends_with_any(x, d->vs, told);
}

/* The date of the licensing a sentence tells from its firm 'named' on to
** 'end' ("X received the investment certificate on the 28th"), not the
** day it was said ("X said on Monday"), else NULL. */
static const ivl_fm *licensing_day(const ivl_fctx *x, const ivl_fm *named, size_t end) {
  if (!fx_any(x, named->ve, end, ivl_lexicon(LEX_LICENSING))) return NULL;
  for (const ivl_fm *m = named + 1; m < x->m + x->nm && m->vs < end; m++)
    if (m->kind == FM_DATE) return day_told(x, m) ? NULL : m;
  return NULL;
}

/* "X will invest $60 million in a fish farm ... The chairman handed the
** investment certificate to the company on November 5", "... The investment
** certificate was handed over on July 22": the next sentence of the body
** tells the same licensing with no figure and no other firm (rule 10: a
** repeat adds its fields); the day it was handed over on, not a day
** something was said on nor a year, is the figure's date. NULL when the
** next sentence is no such hand-over. 'firm' is the figure's investor. */
static const ivl_fm *handover_day(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *firm) {
  static const char *const opening[] = {"the investment certificate", "the investment registration certificate",
                                        "the certificate", "the investment licence", "the licence", NULL};
  static const char *const papers[] = {"certificate", "certificates", "licence", "license", NULL};
  static const char *const handed[] = {"handed", "hands", "presented", NULL};
  const ivl_spans *ss = &x->a->sentences;
  size_t k = next_body_sentence(x, s);
  if (k >= ss->n) return NULL;
  size_t from = ss->items[k].start, to = ss->items[k].end;
  int firm_named = firm && firm->kind == FM_ORG && (firm->flags & FM_COMPANY);
  const ivl_fm *day = NULL;
  for (size_t i = fx_mention_from(x, from); i < x->nm && x->m[i].vs < to; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind == FM_MONEY) return NULL; /* a figure of its own: its own fact */
    if (m->kind == FM_ORG && (m->flags & FM_COMPANY) && !(firm_named && strcmp(m->party, firm->party) == 0))
      return NULL; /* handed to another firm */
    if (m->kind == FM_DATE && !day && fx_ends_with(x, m->vs, "on") && !day_told(x, m)) day = m;
  }
  /* the words last: the next sentence is read byte by byte (it is not
  ** the indexed one), and most have no day handed over on */
  if (!day || fx_starts_with_any(x, from, opening)) return day;
  return fx_any(x, from, to, papers) && fx_any(x, from, to, handed) ? day : NULL;
}

/* "PVX will invest $410m for a 35% stake in the Hassi Rmel 5 block. The
** block lies in Algeria's Sahara desert": a Vietnamese firm's money for an
** oil block or a mine, no place in its sentence, goes to the one foreign
** country the article names,
** when it names no place in Việt Nam (a country named by its adjective is
** a firm's, not a destination). */
static party sole_country_abroad(const ivl_fctx *x) {
  const ivl_layout *l = &x->a->layout;
  const ivl_fm *one = NULL;
  for (size_t i = 0; i < x->nm; i++) {
    const ivl_fm *m = &x->m[i];
    if ((m->kind != FM_PLACE && m->kind != FM_COUNTRY) || (m->flags & FM_DEMONYM)) continue;
    if (m->flags & FM_VN) {
      /* (not the dateline's "HÀ NỘI —" nor "a Hanoi-based firm") */
      int dateline = l->has_dateline && m->vs >= l->dateline.start && m->ve <= l->dateline.end;
      if (m->kind == FM_PLACE && !dateline && !fx_firm_seat(x, m)) return (party){NULL, NULL, 0, 0};
      continue;
    }
    if (m->kind != FM_COUNTRY || !m->party) continue;
    if (one && strcmp(one->party, m->party) != 0) return (party){NULL, NULL, 0, 0};
    one = m;
  }
  return one ? (party){one->party, NULL, 0, 0} : (party){NULL, NULL, 0, 0};
}

/* "Domestic investors registered VNĐ5.2 trillion for seven projects, led
** by Đông Hải Logistics JSC", "FDI reached $2 billion, led by X": the
** company at the head of those who put the figure in invests there too,
** with no figure of its own (invest.named). */
static void head_of_figure(ivl_fctx *x, const ivl_fsent *s, const figure *f, party tgt) {
  size_t to = f->ve + 120 < f->ce ? f->ve + 120 : f->ce;
  size_t at = fx_first(x, f->ve, to, inv_heads_of_total);
  if (at == FX_NONE) return;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < at) continue;
    if (m->vs > at + 40 || m->kind != FM_ORG || !(m->flags & FM_COMPANY)) return;
    /* "..., led by X with a VNĐ8.5 trillion expansion project": the head's
    ** own figure follows, a fact of its own */
    /* (or "led by X, which plans a VNĐ1 trillion logistics centre", "led
    ** by X, whose VNĐ1.9 trillion mill ...") */
    static const char *const rel[] = {"with", "which", "who", "whose", NULL};
    size_t p = m->ve + (x->t[m->ve] == ',');
    /* (or "led by X's VNĐ7.2 trillion industrial park project": the
    ** figure after its possessive) */
    size_t pos = fx_possessive(x, m);
    if (pos)
      for (size_t k = i + 1; k < s->n && s->m[k].vs <= m->ve + pos + 1; k++)
        if (s->m[k].kind == FM_MONEY) return;
    if (fx_starts_with_any(x, p, rel))
      for (size_t k = i + 1; k < s->n && s->m[k].vs <= m->ve + 40; k++)
        if (s->m[k].kind == FM_MONEY && fx_lower_words(x, p, s->m[k].vs)) return;
    figure g = {.vs = m->vs, .ve = m->vs, .cs = f->cs, .ce = f->ce, .stock = f->stock};
    const char *frame = x->frame;
    x->frame = "invest.named";
    inv_store_figure(x, s, &g, (party){m->party, m, 0, 0}, tgt);
    x->frame = frame;
    return;
  }
}

/* "FDI reached $8.2 billion, with investors from China, Korea and Hong
** Kong accounting for most of the capital", "..., mostly from China and
** Japan", "with Samsung accounting for the bulk of the total": the sources
** said to hold most of everyone's figure invest there too, with no figure
** of their own, on the figure's basis and date (as "among the top five
** sources" do). Not a share said in figures ("accounting for 38 per
** cent": a fact of its own). */
static void main_sources_of_figure(ivl_fctx *x, const ivl_fsent *s, const figure *f, party tgt) {
  static const char *const mostly[] = {"mostly from", "mainly from", "largely from", "chiefly from",
                                       "primarily from", NULL};
  static const char *const most_of[] = {"most of", "the bulk of", "the majority of", "the lion's share of",
                                        "the lion’s share of", NULL};
  size_t to = f->ve + 160 < f->ce ? f->ve + 160 : f->ce;
  size_t from = fx_first(x, f->ve, to, mostly), end = to;
  if (from == FX_NONE) {
    size_t with = fx_find(x, f->ve, to, "with");
    size_t share = with == FX_NONE ? FX_NONE : fx_first(x, with, to, inv_sharing_participles);
    if (share == FX_NONE || !fx_any(x, share, share + 40 < to ? share + 40 : to, most_of)) return;
    from = with, end = share;
  }
  figure g = {.cs = f->cs, .ce = f->ce, .stock = f->stock, .date = f->date};
  const char *frame = x->frame;
  x->frame = "invest.named";
  for (size_t i = fx_mentions_from(s->m, s->n, from); i < s->n && s->m[i].ve <= end; i++) {
    const ivl_fm *m = &s->m[i];
    /* (the list ends where a ranking goes on: "mostly from Japan, followed by China") */
    if (m->kind == FM_MONEY || m->kind == FM_PERCENT || m->kind == FM_COUNT ||
        fx_find(x, s->m[i > 0 ? i - 1 : i].ve, m->vs, "followed") != FX_NONE)
      break;
    if (!fx_can_invest(x, m, 1) || (m->kind == FM_PLACE) || strcmp(m->party, tgt.name) == 0) continue;
    g.vs = g.ve = m->vs;
    inv_store_figure(x, s, &g, (party){m->party, m, (m->flags & FM_VN) != 0, 0}, tgt);
  }
  x->frame = frame;
}

/* "... and witnessed the signing of 12 memoranda of understanding with
** investors worth some $2.8 billion", "signed MoUs with firms from Japan
** and Korea on projects worth ...": the deals made "with" investors not
** counted nor named (a plural noun, and countries at most, between "with"
** and the figure). */
static int deals_with_unnamed(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const char *const *deals,
                              const char *const *investors) {
  size_t d = fx_last(x, s->vs, f->vs, deals);
  size_t with = d != FX_NONE ? fx_find(x, d, f->vs, "with") : FX_NONE;
  if (with == FX_NONE || !fx_starts_with_any(x, with + 5, investors)) return 0;
  /* (one phrase: not "with investors from Japan, who will invest ...") */
  if (memchr(x->t + with, ',', f->vs - with)) return 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs > with && m->ve <= f->vs && m->kind != FM_COUNTRY) return 0; /* "with X worth": a named side */
  }
  return 1;
}

/* "the city signed memoranda of understanding with eight foreign investors
** on projects worth $6.5 billion": capital pledged in deals with investors
** counted, not named, no investment yet (a named firm's plan in its MoU
** is one: "signed an MoU with X, which will invest ...", and so is a
** member's works with their owner named: "including a $1.2 billion LNG
** terminal of JERA"). */
static int pledged_in_deals(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const deals[] = {"memoranda", "memorandum", "mou", "mous", "agreements", "deals", NULL};
  static const char *const investors[] = {"investor*", "firm*", "business*", "enterprise*", "compan*", NULL};
  /* (with no verb of signing, the deals right before the count: "...,
  ** alongside MoUs with 30 investors worth VNĐ210 trillion") */
  static const char *const deals_with[] = {"memoranda of understanding with", "memorandum of understanding with",
                                           "mous with", "mou with", "agreements with", NULL};
  int signed_ = (s->cues & CUE_DEAL) != 0;
  if (!fx_any(x, s->vs, f->vs, deals) || inv_relative_investor(x, s, f, 0) || inv_owner_after(x, s, f)) return 0;
  if (signed_ && deals_with_unnamed(x, s, f, deals, investors)) return 1;
  for (size_t i = 0; i < s->n && s->m[i].ve <= f->vs; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_COUNT && m->value > 1 && fx_ends_with(x, m->vs, "with") && fx_any(x, m->vs, m->ve, investors) &&
        (signed_ || fx_ends_with_any(x, m->vs, deals_with)))
      return 1;
  }
  return 0;
}

/* Is m a named park or zone of Việt Nam ("Tràng Duệ 3 Industrial Park",
** "VSIP Quảng Ngãi")? */
static int park_place(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const zones[] = {"park", "parks", "zone", "zones", "estate", "cluster", NULL};
  return m->kind == FM_PLACE && (!m->country || (m->flags & FM_VN)) &&
         (fx_ends_with_any(x, m->ve, zones) || fx_starts_with(x, m->vs, "vsip"));
}

/* "The Tràng Duệ 3 Industrial Park, developed by X with ..., has drawn",
** "VSIP Quảng Ngãi, a joint venture of X and Y, has attracted", "The park,
** developed by X, now hosts": the park opens the sentence and the
** developer stands in its apposition, closed by a comma before the verb
** 'd'; the park is what draws. */
static int park_apposed(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *investor, size_t d) {
  static const char *const the_park[] = {"the park,", "the zone,", "the industrial park,", "the estate,", NULL};
  if (investor < s->m || investor >= s->m + s->n || investor->ve > d) return 0;
  const ivl_fm *first = &s->m[0];
  const char *open; /* the comma that opens the apposition */
  if (fx_starts_with_any(x, s->vs, the_park))
    open = memchr(x->t + s->vs, ',', d - s->vs);
  else if (park_place(x, first) && first != investor && (first->vs == s->vs || fx_ends_with(x, first->vs, "the")) &&
           first->vs - s->vs <= 4 && x->t[first->ve] == ',')
    open = x->t + first->ve;
  else
    return 0;
  if (!open || open >= x->t + investor->vs) return 0;
  return memchr(x->t + investor->ve, ',', d - investor->ve) != NULL;
}

/* "X said its foreign tenants had registered $320 million", "X said the
** park's 42 tenants had invested $1.5 billion": the tenants, named after
** the developer in the figure's own clause, are the ones whose money it is. */
static int tenants_clause(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *investor) {
  size_t from = investor >= s->m && investor < s->m + s->n ? investor->ve : s->vs;
  if (from >= f->vs) return 0;
  size_t t = fx_find(x, from, f->vs, "tenant*");
  if (t == FX_NONE) return 0;
  for (size_t p = t; p < f->vs; p++)
    if (x->t[p] == ',' || x->t[p] == ';') return 0;
  return 1;
}

/* "X, the developer of An Hưng Industrial Park, said the park had
** attracted 37 foreign-invested projects with $2.4 billion", "The first
** phase has attracted 16 secondary investors with projects totalling $1.8
** billion": a park or its phase draws its tenants' money; the developer
** before the verb (named, or "the first phase" referred back to it) is
** not their investor. So too a park with its developer in apposition
** (park_apposed) and the tenants said to invest (tenants_clause). 1 when
** the figure is such a draw: foreign tenants' money is then foreign
** investors' in aggregate ('*'), others' no one's to name (their origin
** unsaid). */
static int park_draws(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *investor) {
  static const char *const parks[] = {
    "the park has", "the park had", "the park", "the zone has", "the zone had", "the zone", "the parks have",
    "the parks had", "phase has", "phase had", "phase", "industrial park has", "industrial park had",
    "industrial zone has", "industrial zone had", "its parks have", "its parks had", "its parks", NULL};
  /* "now hosts 19 projects", "is home to 30 tenants" */
  static const char *const hosting[] = {"hosts", "hosted", "home to", NULL};
  if (!investor || investor->kind != FM_ORG) return 0;
  size_t from = f->cs < f->vs ? f->cs : s->vs;
  size_t d = fx_first(x, from, f->vs, ivl_lexicon(LEX_DRAWING));
  size_t h = fx_first(x, from, f->vs, hosting);
  if (h < d) d = h;
  if (d != FX_NONE && !(investor >= s->m && investor < s->m + s->n && investor->vs > d) &&
      (fx_ends_with_any(x, d, parks) || park_apposed(x, s, investor, d)))
    return 1;
  return tenants_clause(x, s, f, investor);
}

/* Are the tenants of a park's draw foreign: said so ("foreign-invested",
** "FDI"), or of a country named after the developer ("105 mainly Japanese
** tenants", "19 projects from China and the RoK")? */
static int tenants_foreign(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *investor) {
  static const char *const foreign[] = {"foreign*", "fdi", NULL};
  if (fx_any(x, s->vs, s->ve, foreign)) return 1;
  size_t from = investor >= s->m && investor < s->m + s->n ? investor->ve : s->vs;
  for (size_t i = fx_mentions_from(s->m, s->n, from); i < s->n; i++)
    if (s->m[i].kind == FM_COUNTRY && !(s->m[i].flags & FM_VN)) return 1;
  return 0;
}

/* "Nhơn Trạch 3 Industrial Park led with $280 million, followed by Amata
** Industrial Park with $150 million", "Bàu Bàng Industrial Park attracted
** the most capital, at $180 million": in a ranking of a province's parks
** or zones, the figure a park holds is its tenants' part of the total, told
** of the park, no one's investment to name (blind set 15). The park is the
** last place named before the figure in its clause, only lower-case words
** between (its projects counted may come between), and the sentence ranks. */
static int parks_ranked(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const ranks[] = {"led", "leads", "topped", "tops", "followed by", "ahead of", "ranked", "ranking",
                                      "came first", "came second", "came third", "the most", "the largest",
                                      "the biggest", "the highest", NULL};
  const ivl_fm *park = NULL;
  for (size_t i = 0; i < s->n && s->m[i].ve <= f->vs; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_COUNT || m->kind == FM_MONEY || m->kind == FM_PERCENT) continue;
    park = m->vs >= f->cs ? m : NULL;
  }
  if (!park || !park_place(x, park)) return 0;
  /* (a comma only after the superlative: "attracted the most capital, at $180 million") */
  for (size_t p = park->ve; p < f->vs; p++)
    if (ivl_isupper((unsigned char)x->t[p]) || x->t[p] == ';' ||
        (x->t[p] == ',' && fx_first(x, park->ve, p, ranks) == FX_NONE))
      return 0;
  return fx_any(x, s->vs, s->ve, ranks);
}

/* "HCM City drew VNĐ165 trillion in domestic investment. Newly
** established businesses accounted for VNĐ98 trillion, while existing
** firms added VNĐ67 trillion": a sentence right after domestic figures,
** whose first figure has no cue of its own and no one named before it,
** tells their parts (rule 12). */
static int domestic_parts_go_on(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const parts[] = {"accounted for", "accounting for", "account for", "accounts for",
                                      "made up", "making up", "contributed", "came from", "added", NULL};
  if (!x->c.domestic_sent || x->c.domestic_sent != s->index || !f->money) return 0;
  for (size_t i = 0; i < s->n && s->m[i].vs < f->vs; i++)
    if (s->m[i].kind == FM_ORG || s->m[i].kind == FM_COUNTRY || s->m[i].kind == FM_PLACE) return 0;
  return fx_any(x, s->vs, f->vs, parts);
}

/* Is stored fact i's string field 'sym' the string 'name'? (Read in the
** store, not copied out: nothing is stored while it is asked.) */
int inv_stored_is(const ivl_fctx *x, size_t i, int sym, const char *name) {
  const ivl_field *f = ivl_store_field(x->out, &x->out->ents[i], sym);
  return f && f->kind == IVL_FIELD_STR && strcmp(ivl_store_string(x->out, f), name) == 0;
}

/* "A and B signed a joint venture agreement to build a $150 million plant
** in Hưng Yên", "A and B signed an agreement to set up a joint venture
** with charter capital of $60 million": the figure after the signing is
** the works' (or the venture's) the agreement is for, no member's money;
** the signing is an agreement only (facts_relate.c), each member's own
** share an investment where it is told. Is f such a figure of inv's
** joined subject? */
static int venture_agreement_works(const ivl_fctx *x, const ivl_fsent *s, const figure *f, party inv) {
  static const char *const signed_venture[] = {
    "signed a joint venture agreement", "signed a joint-venture agreement", "signed a jv agreement",
    "signed an agreement to set up a joint venture", "signed an agreement to form a joint venture",
    "signed an agreement to establish a joint venture", NULL};
  const ivl_fm *member[6];
  if (!f->money || !inv.m || inv.m->kind != FM_ORG || inv.m->vs > f->vs) return 0;
  size_t n = inv_joined_subject(x, s, inv.m, f->vs, member, 6);
  return n >= 2 && fx_first(x, member[n - 1]->ve, f->vs, signed_venture) != FX_NONE;
}

/* "A and B signed a joint venture agreement to build a $350 million data
** centre campus in Bắc Ninh. The joint venture, X, will invest the $350
** million in three phases": the figure the deal told is the venture's, its
** own sentence telling it more fully (rule 10); the deal sentence's
** investments of the same amount, and its partners' with none, are dropped. */
static void venture_figured(ivl_fctx *x, const ivl_fsent *s, const figure *f, party inv) {
  if (!f->money || !inv.m || !fx_venture_named(x, inv.m) || x->c.venture_deal_sent != s->index) return;
  int same = 0;
  for (size_t i = x->c.venture_deal_from; i < x->c.venture_deal_to && i < x->out->n; i++) {
    const ivl_field *a = ivl_store_field(x->out, &x->out->ents[i], IVL_SYM_AMOUNT);
    same |= a && a->kind == IVL_FIELD_NUM && a->v.num == f->money->value;
  }
  if (!same) return;
  for (size_t i = x->c.venture_deal_from; i < x->c.venture_deal_to && i < x->out->n; i++) {
    const ivl_field *a = ivl_store_field(x->out, &x->out->ents[i], IVL_SYM_AMOUNT);
    if (ivl_store_field(x->out, &x->out->ents[i], IVL_SYM_TARGET) && (!a || a->v.num == f->money->value))
      x->out->ents[i].rule = IVL_STORE_DROPPED;
  }
}

/* The figure of a group's leader, told in the sentence or two after the
** one that listed the group with no figure ("... licensed a consortium of
** A, B and C on April 14. The complex has total investment of $3.1
** billion"): the leader's fact of that sentence is this one told again
** with its figure (rule 10), so it is dropped; its date is the figure's
** when the figure has none, and the figure, the group's project's capital
** at its licensing, a flow (rule 15). */
static int leader_figured(ivl_fctx *x, const ivl_fsent *s, const figure *f, party inv, party tgt) {
  if (!f->money || !inv.m || !x->c.members_lead || s->index > x->c.members_sent + 1) return 0;
  /* (the leader as the figure's sentence writes it, by a short form:
  ** invest_roles.c lead_as_written) */
  const char *full = inv.m->kind == FM_ORG ? fx_org_canonical(x, inv.m) : NULL;
  if (strcmp(inv.name, x->c.members_lead->party) != 0 && !(full && strcmp(full, x->c.members_lead->party) == 0))
    return 0;
  /* (a joint venture's founders told with no fact: its capital at its
  ** founding, a flow) */
  if (x->c.members_founding && s->index == x->c.members_sent) return 1;
  if (!x->c.members_fact) return 0;
  size_t i = x->c.members_fact - 1;
  if (!inv_stored_is(x, i, IVL_SYM_TARGET, tgt.name)) return 0;
  x->out->ents[i].rule = IVL_STORE_DROPPED;
  x->c.members_fact = 0;
  return 1;
}

/* "Another $800 million will go to a site in western India", "In
** Thailand, where Japanese firms have invested $100 billion": a country
** abroad named as where the money or things are, found as the only
** investor, is a host, not a source of Việt Nam's money (a foreign firm's
** money in a third country has no target the rules allow: GUIDELINES,
** investment target). Not "investors in Singapore", "firms in Japan". */
static int country_named_as_host(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const in_place[] = {"in", "in western", "in eastern", "in northern", "in southern",
                                         "in central", NULL};
  static const char *const holders[] = {"investors in", "firms in", "companies in", "businesses in",
                                        "enterprises in", "investor in", "firm in", "company in", NULL};
  if (!m || m->kind != FM_COUNTRY || (m->flags & (FM_VN | FM_DEMONYM))) return 0;
  return fx_ends_with_any(x, m->vs, in_place) && !fx_ends_with_any(x, m->vs, holders);
}

/* "Việt Nam ranked fourth in the region, behind Indonesia and Malaysia",
** "The figure puts the country ahead of Thailand's $14 billion": the words
** that place Việt Nam itself among other hosts (rule 16: a destination's
** own place among destinations is no investor's rank, as a locality's is
** none among localities); the countries after them are its peers, their
** figures their own inflows (rule 13), no money sent here. Is 'm' named
** after such a word whose first name is Việt Nam as a subject (not its
** possessive: "Việt Nam's top investor, Korea, ahead of Japan") or that
** speaks of "the country" before naming anyone? */
static int peer_of_host_ranked(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const peers[] = {"ahead of", "behind", "trailing", NULL};
  static const char *const country[] = {"the country", "the nation", NULL};
  /* (Việt Nam the subject, not where the others' money is: "Out of 88
  ** countries with investments in Việt Nam, Singapore topped the list ...,
  ** ahead of Japan", set qweek6) */
  static const char *const governed[] = {"in", "into", "to", "for", "from", "with", "of", NULL};
  if (!m || m->kind != FM_COUNTRY || (m->flags & (FM_VN | FM_DEMONYM))) return 0;
  size_t at = fx_first(x, s->vs, m->vs, peers);
  if (at == FX_NONE) return 0;
  for (size_t i = 0; i < s->n && s->m[i].vs < at; i++) {
    const ivl_fm *h = &s->m[i];
    if (h->kind != FM_COUNTRY && h->kind != FM_PLACE && h->kind != FM_ORG) continue;
    return h->kind == FM_COUNTRY && (h->flags & FM_VN) && !(h->flags & FM_DEMONYM) && !fx_possessive(x, h) &&
           !fx_ends_with_any(x, h->vs, governed);
  }
  return fx_any(x, s->vs, at, country);
}

/* "Japan's Kansai Special Zone drew $3 billion": a zone or corridor named
** as an organisation right after a country abroad's possessive is that
** country's own ground (rule 13: its intake, no money sent here), so the
** country's clause runs to the zone's end; else the country's own end. */
static size_t own_zone_end(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const zones[] = {" Corridor", " Zone", " Zones", " Region", NULL};
  size_t poss = m->kind == FM_COUNTRY ? fx_possessive(x, m) : 0;
  size_t k = poss ? fx_mention_from(x, m->ve + poss) : x->nm;
  if (k >= x->nm || x->m[k].kind != FM_ORG || !fx_only(x, m->ve + poss, x->m[k].vs, "")) return m->ve;
  const char *name = x->m[k].party;
  return fx_names_end_with_any(&name, 1, zones) ? x->m[k].ve : m->ve;
}

/* "Mexico, for its part, drew a record $36.9 billion in foreign direct
** investment": a country abroad as the subject of drawing money, the
** figure right after its verb, is where it went, not Việt Nam's source.
** With places, a region or city abroad ("Central Java drew") as well. */
static int country_draws_capital(const ivl_fctx *x, const ivl_fm *m, const figure *f, int places) {
  static const char *const draws[] = {"drew", "draws", "drawn", "attracted", "attracts", "lured", "lures",
                                      "received", "receives", "pulled in", "pulls in", NULL};
  /* ("Indonesia, which reported $38.2 billion in foreign investment": a
  ** country abroad reporting a figure its words call foreign capital tells
  ** its own inflows, a comparison (rule 13), not money it sent Việt Nam;
  ** "Korea registered $2 billion in new projects" still a source) */
  static const char *const reports[] = {"reported", "reports", "recorded", "records", "registered", NULL};
  static const char *const foreign_money[] = {"foreign", "fdi", NULL};
  /* ("Thailand approved investment applications worth $31 billion": a
  ** country's own board approving what is to be invested there, its own
  ** intake, as drawn money is; set qweek99) */
  static const char *const own_intake[] = {"investment applications", "applications for investment",
                                           "investment pledges", "investment promotion applications", NULL};
  if (!m || !inv_place_abroad(m) || m->ve > f->vs || f->vs - m->ve > 60) return 0;
  static const char *const approved[] = {"approved", "approves", "has approved", NULL};
  size_t after = f->ve + 30 < f->ce ? f->ve + 30 : f->ce;
  /* (or its foreign projects: "Thailand, its rival for the same
  ** factories, approved $19 billion of foreign projects", set qweek103) */
  /* (and its zone approving projects: "Thailand's Eastern Economic
  ** Corridor approved projects worth $12 billion", set qweek69) */
  size_t end = own_zone_end(x, m);
  if (m->kind == FM_COUNTRY && fx_any(x, m->ve, f->vs, approved) &&
      (end != m->ve || fx_any(x, m->ve, f->vs, own_intake) || fx_any(x, f->ve, after, foreign_money)))
    return 1;
  if (m->kind != FM_COUNTRY && !places) return 0;
  /* (the verb its own: not "with Japan's Saitama in 2018 and has since
  ** received", another subject's verb after a conjunction) */
  static const char *const joins[] = {"and", "but", NULL};
  /* (nor a place after a preposition, no subject: "whose shares trade in
  ** Hong Kong, last month received a licence"; so too with "the": "X of
  ** the United States received an investment certificate", X's money) */
  static const char *const governed[] = {"in",     "at",     "from",     "to",       "of",       "with",
                                         "for",    "into",   "in the",   "at the",   "from the", "to the",
                                         "of the", "with the", "for the", "into the", NULL};
  /* (the subject of a relative clause right after it, whatever governs
  ** it: "next to Thailand's Eastern Economic Corridor, which drew $9
  ** billion", "should not copy Indonesia, which had drawn US$15 billion") */
  int relative = end < f->vs && x->t[end] == ',' && fx_starts_with(x, end + 1, "which");
  if (places && !relative && fx_ends_with_any(x, m->vs, governed)) return 0;
  size_t verb = fx_first(x, m->ve, f->vs, draws);
  if (verb == FX_NONE) verb = fx_first(x, m->ve, f->vs, reports);
  if (places && verb != FX_NONE && fx_any(x, m->ve, verb, joins)) return 0;
  return fx_any(x, m->ve, f->vs, draws) ||
         (fx_any(x, m->ve, f->vs, reports) && fx_any(x, f->ve, after, foreign_money));
}

/* "Central Java drew Rp68.9 trillion last year", "Indonesia drew $24
** billion in FDI and Malaysia $12 billion": a place or country abroad
** drawing the money before the figure, its subject or the gapped clause's
** first subject, tells that place's own inflows, whoever the investor
** found; not once Việt Nam or a firm is named between ("Việt Nam drew $20
** billion, Japan $5 billion": Japan's money came here; "Osaka-based X
** received a licence for a $200 million plant": X's money). */
static int abroad_draws_figure(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->ve > f->vs) break;
    if (!country_draws_capital(x, m, f, 1)) continue;
    int between = 0;
    /* (its own zone no firm: "while Thailand's Eastern Economic Corridor
    ** drew $4.8 billion", set qweek103) */
    size_t zone = own_zone_end(x, m);
    for (size_t j = i + 1; j < s->n && s->m[j].vs < f->ve; j++)
      between |= (s->m[j].flags & FM_VN) || (s->m[j].kind == FM_ORG && s->m[j].ve != zone);
    if (!between) return 1;
  }
  return 0;
}

/* "Thai conglomerates have $50 billion invested in neighbouring
** countries": countries named only as the investor's neighbours or third
** ones, after the figure, are abroad as "overseas" says it; not past Việt
** Nam ("$5 billion in Việt Nam, more than in neighbouring countries"). */
static int neighbours_after(const ivl_fctx *x, const figure *f, size_t to) {
  static const char *const neighbours[] = {"in neighbouring countries", "in neighboring countries",
                                           "into neighbouring countries", "into neighboring countries",
                                           "in third countries", "into third countries", NULL};
  size_t at = fx_first(x, f->ve, to, neighbours);
  if (at == FX_NONE) return 0;
  for (size_t i = fx_mention_from(x, f->ve); i < x->nm && x->m[i].vs < at; i++)
    if (x->m[i].flags & FM_VN) return 0;
  return 1;
}

/* "Thai and Malaysian businesses each commit more than $10 billion a year
** to overseas projects": a country abroad whose money the clause sends
** abroad right after the figure (or calls abroad before it) puts it into
** third countries, no target the rules allow (as country_named_as_host). */
static int foreign_money_abroad(const ivl_fctx *x, const figure *f, const ivl_fm *m) {
  static const char *const abroad[] = {"overseas", "abroad", NULL};
  if (!m || m->kind != FM_COUNTRY || (m->flags & FM_VN)) return 0;
  size_t to = f->ve + 40 < f->ce ? f->ve + 40 : f->ce;
  /* (or before it, the country's own money abroad as the subject:
  ** "Philippine investment abroad reached $4 billion") */
  int before = m->ve <= f->vs && f->vs - m->ve <= 40 && fx_any(x, m->ve, f->vs, abroad);
  return before || fx_any(x, f->ve, to, abroad) || neighbours_after(x, f, to);
}

/* "Its parent has invested more than $1.2 billion in Southeast Asia since
** 1995": a macro-region right after the figure is where all of it went,
** the region's total (rules 6, 17), no money of Việt Nam's; not a place
** told later ("$25 million in a centre in Hà Nội, its first in Southeast
** Asia"). */
static int region_right_after(const ivl_fctx *x, const figure *f) {
  static const char *const regions[] = {"in southeast asia", "in south-east asia", "in asean", "in asia",
                                        "into southeast asia", "into south-east asia", "into asean", NULL};
  return fx_starts_with_any(x, f->ve, regions);
}

/* "Japanese FDI into ASEAN as a whole reached $28 billion", "Korean
** investment in Southeast Asia hit $20 billion": money said to go into a
** bloc or a macro-region before the figure, in its clause, is a third
** party's total there (rules 6, 13), no money of Việt Nam's nor from a
** bloc; not once the clause names Việt Nam or a place of it ("Japanese
** FDI into ASEAN rose, with Việt Nam taking $5 billion"; set qweek77). */
static int into_region_abroad(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const regions[] = {"into asean", "in asean", "into southeast asia", "in southeast asia",
                                        "into south-east asia", "in south-east asia", "into asia", "into europe",
                                        "into africa", "into latin america", NULL};
  if (fx_first(x, f->cs, f->vs, regions) == FX_NONE && !region_right_after(x, f)) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].vs >= f->cs && s->m[i].ve <= f->ce && (s->m[i].flags & FM_VN) && !(s->m[i].flags & FM_DATELINE))
      return 0;
  return 1;
}

/* Does the word ending at 'end' (an -ing word) name the kind of the works
** noun right after it ("a processing plant", "a packaging facility"),
** rather than open a participle's clause ("a plant supplying automakers")? */
static int names_works_kind(const ivl_fctx *x, size_t end) {
  static const char *const works[] = {"plant", "plants", "factory", "factories", "facility", "facilities",
                                      "complex", "mill", "mills", "centre", "center", "hub", "line", "lines",
                                      "yard", "site", "base", "project", NULL};
  return fx_starts_with_any(x, end, works);
}

/* Do the words t[from, to) between a figure and a place only say what the
** money builds there ("in a cement plant in", "into", "in a processing
** plant in")? Not once a comma, "for" or a participle comes between: "a
** plant supplying automakers in", "a plant in the park, mostly for
** supermarkets in" name where buyers are. */
static int works_words_only(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const turns[] = {"for", "to", "which", "that", "with", NULL};
  if (to - from > 60 || memchr(x->t + from, ',', to - from) || fx_any(x, from, to, turns)) return 0;
  for (size_t p = from; p + 3 <= to; p++)
    if (memcmp(x->t + p, "ing", 3) == 0 && (p + 3 == to || x->t[p + 3] == ' ') && !names_works_kind(x, p + 3))
      return 0;
  return 1;
}

/* "Meridian, which operates industrial parks in Indonesia and Malaysia
** worth more than $4 billion, ...": the worth of a foreign firm's works in
** places abroad, "worth" right between the last place and the figure, is
** what it holds there (set qweek82), no money put into Việt Nam. */
static int worth_of_works_abroad(const ivl_fctx *x, const figure *f, const ivl_fm *m) {
  static const char *const in[] = {"in", "and", NULL};
  if (m->ve > f->vs || !inv_place_abroad(m) || !fx_ends_with_any(x, m->vs, in)) return 0;
  size_t at = inv_before_hedge(x, f->vs);
  while (at > m->ve && x->t[at - 1] == ' ') at--;
  return at == m->ve + 6 && fx_ends_with(x, at, "worth");
}

/* Is 'firm' a company from abroad, or a country abroad investing ("Korean
** firms", "Singapore"): whose money put into a third country is none of
** Việt Nam's (rule 13)? (A foreign country's firms in aggregate too: "For
** comparison, Italian companies have invested more than EUR 9 billion in
** China", set qweek87: a total of another country's, not Italy's in Việt
** Nam.) */
static int foreign_investor(const ivl_fm *firm) {
  if (!firm) return 0;
  if (firm->kind == FM_COUNTRY) return !(firm->flags & (FM_VN | FM_DATELINE));
  return firm->kind == FM_ORG && firm->country && strcmp(firm->country, "VN") != 0;
}

/* "Chinese investment in Indonesia reached $8.1 billion": the place abroad
** the country's money is said to be in, right after the country and its
** money word, before the figure. */
/* (so too its possessive, "Singapore's investment in Indonesia ... was
** US$11.5 billion", and demonyms joined to it, "Australian and
** Singaporean investment in Indonesia"; set qweek108) */
static int country_money_in(const ivl_fctx *x, const figure *f, const ivl_fm *firm, const ivl_fm *m) {
  static const char *const money_in[] = {"investment in", "investments in", "investment into", "fdi in",
                                         "capital in", NULL};
  if (firm->kind != FM_COUNTRY || m->vs <= firm->ve || m->ve > f->vs) return 0;
  size_t from = firm->ve + fx_possessive(x, firm);
  for (size_t k = fx_mention_from(x, from); k < x->nm && x->m[k].vs < m->vs; k++) {
    const ivl_fm *o = &x->m[k];
    size_t a = fx_find(x, from, o->vs, "and");
    int joined = a == FX_NONE ? fx_only(x, from, o->vs, ",") : fx_only(x, from, a, ",") && fx_only(x, a + 3, o->vs, "");
    if (o->kind != FM_COUNTRY || !(o->flags & FM_DEMONYM) || !joined) break;
    from = o->ve;
  }
  return m->vs - from <= 20 && inv_place_abroad(m) && fx_ends_with_any(x, m->vs, money_in) &&
         fx_lower_words(x, from, m->vs);
}

/* "X also runs a plant in Thailand's Rayong province, where it will spend
** $150 million on a second line": a place abroad, then a ", where" clause
** that holds the figure, its words all lower case up to it, is where that
** money goes (set qasean, qweek94); not "a plant in Bắc Giang, where it will
** spend ..." (the place is Việt Nam's). */
static int where_clause_abroad(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  for (size_t i = 0; i < s->n && s->m[i].ve <= f->vs; i++) {
    const ivl_fm *m = &s->m[i];
    if (!inv_place_abroad(m)) continue;
    size_t k = m->ve;
    while (k < f->vs && x->t[k] == ' ') k++;
    k = fx_admin_word_at(x, k, f->vs);
    if (f->vs - k > 8 && memcmp(x->t + k, ", where ", 8) == 0 && fx_lower_words(x, k + 8, f->vs)) return 1;
  }
  return 0;
}

/* "put $24 million into X Lao Co., Ltd., a pipe plant in Vientiane": a
** firm named right after the figure's "into", its appositive saying the
** works it is; where that appositive's words start (past ", "), else the
** figure's end, so the place after the works is still the money's. */
static size_t past_firm_put_into(const ivl_fctx *x, const figure *f) {
  static const char *const into[] = {"into", NULL};
  static const char *const works[] = {"a", "an", NULL};
  size_t i = fx_mention_from(x, f->ve);
  if (i >= x->nm) return f->ve;
  const ivl_fm *firm = &x->m[i];
  if (firm->kind != FM_ORG || !fx_ends_with_any(x, firm->vs, into) || firm->vs - f->ve > 6 ||
      x->t[firm->ve] != ',' || !fx_starts_with_any(x, firm->ve + 2, works))
    return f->ve;
  return firm->ve + 2;
}

/* Is m a place abroad the figure's money is put into, right after it ("$45
** million in a processing plant in Laos", "a $25 million plant in
** Mexico", "into northern Laos", "a cell factory on Indonesia's Batam
** island"): "in", "into" or "on" before it (or before the part of its
** country), only the works named between? */
static int put_into_place_abroad(const ivl_fctx *x, const figure *f, const ivl_fm *m) {
  static const char *const into[] = {"in", "into", "on", NULL};
  return m->vs >= f->ve && inv_place_abroad(m) && fx_ends_with_any(x, inv_before_area_word(x, m->vs), into) &&
         works_words_only(x, past_firm_put_into(x, f), m->vs);
}

/* The place abroad a figure's own clause puts its money into, with no
** place of Việt Nam's in that clause after the figure (put_into_place_abroad;
** not "on a farm in Cambodia's Kampot and a plant in Hà Tiên"); none when none. */
static const ivl_fm *figure_put_abroad(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  const ivl_fm *there = NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < f->ve || m->ve > f->ce) continue;
    if (m->flags & FM_VN) return NULL;
    if (!there && put_into_place_abroad(x, f, m)) there = m;
  }
  return there;
}

/* "Thai group Siam Kiln will invest $500 million in a cement plant in
** Cambodia": a foreign firm's money the figure's clause puts into a place
** abroad ("in" or "into" before it, only the works named between), with
** nothing of Việt Nam in that clause, is a third country's investment, no
** fact of Việt Nam's; not a Vietnamese firm's (outward, rule 17), nor "in
** a plant in Bình Dương to supply Thailand" (the place is Việt Nam's). */
static int foreign_firm_invests_abroad(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *firm) {
  /* (a country too: "Korean firms have poured $12 billion into
  ** Indonesia", "Singapore invested $9 billion in Malaysia") */
  if (!foreign_investor(firm)) return 0;
  int abroad = 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < f->cs || m->ve > f->ce) continue;
    /* (not Việt Nam where the money before "and" goes: "$500 million in
    ** warehouses in Vietnam and another $390 million in Thailand") */
    if ((m->flags & FM_VN) && m->ve <= f->vs && fx_find(x, m->ve, f->vs, "and") != FX_NONE) continue;
    /* (Việt Nam in a clause of its own after the place abroad: "put RM1
    ** billion into Thailand since 2019, and as X weighs a bid in Cái Mép",
    ** "..., after shutting two lines at its plant in Tay Ninh") */
    if (m->flags & FM_VN)
      return abroad && (later_clause(x, f->ve, m->vs) || other_deed_clause(x, f->ve, m->vs));
    abroad |= put_into_place_abroad(x, f, m);
    abroad |= worth_of_works_abroad(x, f, m);
    abroad |= country_money_in(x, f, firm, m);
  }
  return abroad || where_clause_abroad(x, s, f);
}

/* The target 'name' (a province or a place abroad) by an article's
** mention of it, whose strings live as long as the article (a stored
** fact's string may move as the store grows); no name when none. */
static party place_named_as(const ivl_fctx *x, const char *name) {
  for (size_t i = 0; i < x->nm; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind != FM_PLACE && m->kind != FM_COUNTRY) continue;
    if (m->province && strcmp(m->province, name) == 0) return (party){m->province, NULL, 1, 0};
    if (m->party && strcmp(m->party, name) == 0) return (party){m->party, NULL, (m->flags & FM_VN) != 0, 0};
  }
  return (party){NULL, NULL, 0, 0};
}

/* "X has invested $45 million in a plant in Champasak. ... It plans to
** invest a further $30 million to build a second line at the site": more
** money ("a further", "another", "an additional") of a firm, its sentence
** naming no place, goes where that firm's last money told in an earlier
** sentence went (its project's place), not to the firm's home province
** nor a place spoken of since. The firm may be named by its name's first
** words ("Kuraya" of "Kuraya Corporation"). Not when that money went to
** Việt Nam at large or to no one place: nothing more is known then; nor
** when the sentence names the country's things the money goes into ("a
** further VNĐ1.5 trillion into its Vietnamese subsidiary": Việt Nam). */
static party further_of_firm_before(const ivl_fctx *x, const ivl_fsent *s, const figure *f, party inv) {
  party none = {NULL, NULL, 0, 0};
  if (!f->money || !inv.m || inv.m->kind != FM_ORG || !fx_ends_with_any(x, f->money->vs, inv_further) ||
      inv_vn_unit_after(x, s, f, 1) || inv_vn_field_into(x, s, f) || inv_vn_things_into(x, s, f))
    return none;
  const ivl_store *st = x->out;
  for (size_t i = st->n; i-- > 0;) {
    const ivl_entity *e = &st->ents[i];
    if (e->vstart >= s->vs || e->rule == IVL_STORE_DROPPED || e->type != IVL_SYM_INVESTMENT) continue;
    const ivl_field *who = ivl_store_field(st, e, IVL_SYM_INVESTOR), *to = ivl_store_field(st, e, IVL_SYM_TARGET);
    const ivl_field *a = ivl_store_field(st, e, IVL_SYM_AMOUNT);
    if (!who || who->kind != IVL_FIELD_STR || !to || to->kind != IVL_FIELD_STR || !a) continue;
    const char *name = ivl_store_string(st, who), *place = ivl_store_string(st, to);
    if (!name_or_its_first_words(name, inv.name) && !name_or_its_first_words(inv.name, name)) continue;
    if (strcmp(place, "VN") == 0 || strcmp(place, "*") == 0 || !inv_stored_is(x, i, IVL_SYM_BASIS, "flow"))
      return none;
    return place_named_as(x, place);
  }
  return none;
}

static void joiner_figured(ivl_fctx *x, const ivl_fsent *s, const figure *f, party inv, party tgt);
static void round_coinvestors(ivl_fctx *x, const ivl_fsent *s, const figure *f, party inv, party tgt);

static void link_figure(ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  figure dated; /* f with the date the next sentence gives it */
  if (pledged_in_deals(x, s, f)) return;
  x->frame = f->money || f->count || f->bare_count > 0 || (f->share && !f->rank) ? (f->rank && !f->position ? "invest.ranked" : "invest.figure")
             : f->position           ? "invest.position"
                                     : "invest.ranked";
  if (f->domestic) {
    x->frame = "invest.domestic";
    party tgt = inv_find_target(x, s, f);
    int placed = tgt.name != NULL; /* by the sentence itself */
    if (!tgt.name) tgt = (party){place_spoken_of(x, s), NULL, 1, 0};
    /* "including a VNĐ9.4 trillion project of Bạch Đằng Infrastructure
    ** JSC": a Vietnamese firm named is the investor by name (rule 12); a
    ** sale's buyer first ("X sold its stake in Y JSC to domestic rival Z
    ** JSC": Z pays, not Y, though Y is named first) */
    const ivl_fm *owner = f->buyer && f->buyer->kind == FM_ORG ? f->buyer : inv_invested_by(x, s, f, 1);
    if (!owner) owner = inv_owner_after(x, s, f);
    if (!owner) owner = inv_domestic_firm_before(x, s, f);
    if (!owner) owner = inv_group_leader(x, s, f);
    if (!owner) owner = inv_domestic_firm_referred(x, s, f);
    if (inv_invests_later_amount(x, s, f, owner)) owner = NULL;
    party inv = owner ? (party){owner->party, owner, 1, 0} : (party){"VN", NULL, 1, 0};
    /* (Việt Nam as a whole the target only of its firms in aggregate, said
    ** so as the subject, Việt Nam the sentence's place or the one before's
    ** (not "its domestic network", "backed eleven local companies"): "Foreign investors poured $420 million into
    ** Việt Nam's wood industry ... Domestic firms registered VNĐ6.3 trillion
    ** for 52 new projects" (rule 12; qwood)) */
    size_t subject_end = s->vs + 40 < f->vs ? s->vs + 40 : f->vs;
    int nationwide = tgt.name && strcmp(tgt.name, "VN") == 0 && !owner &&
                     fx_any(x, s->vs, subject_end, ivl_lexicon(LEX_DOMESTIC));
    /* (and a named firm's stake bought in a company here, no place said
    ** in its sentence: "Vietnamese conglomerate X paid VNĐ1.5 trillion for
    ** 25 per cent of Y", as a foreign buyer's is Việt Nam's, not the place
    ** spoken of before) */
    static const char *const stake[] = {"stake", "stakes", "per cent of", "percent of", "shares in", "shares of",
                                        NULL};
    int bought_in_vn = (!placed || strcmp(tgt.name, "VN") == 0) && owner && owner->kind == FM_ORG &&
                       fx_any(x, owner->ve, s->ve, stake);
    if (bought_in_vn) tgt = (party){"VN", NULL, 1, 0};
    if (tgt.name && (strcmp(tgt.name, "VN") != 0 || nationwide || bought_in_vn)) {
      inv_store_figure(x, s, f, inv, tgt);
      if (!owner) head_of_figure(x, s, f, tgt);
      else inv_members_alongside(x, s, f, inv, tgt);
    }
    return;
  }
  /* the investor first: with none, the target need not be looked for */
  party inv = inv_group_leader_for(x, s, f, inv_find_investor(x, s, f, 1));
  int introduced_next = 0; /* the investor named in the next sentence */
  if (!inv.name && f->money) {
    const ivl_fm *named = investor_introduced_next(x, s);
    if (named) inv = (party){named->party, named, 1, 0}, introduced_next = 1;
  }
  /* "Khánh Hòa granted a certificate to a $2.1 billion hydrogen project
  ** ... The investor is Norway's X": one project's figure, foreign
  ** investors' in aggregate only for want of a firm in its sentence, is the
  ** firm the next sentence names as its investor (set qweek84); one
  ** project's, the amount said as its adjective ("a $2.1 billion"), not a
  ** locality's intake ("drew $1.3 billion") */
  if (inv.name && !inv.m && strcmp(inv.name, "*") == 0 && f->money && !f->count && !f->stock &&
      (fx_ends_with(x, f->money->vs, "a") || fx_ends_with(x, f->money->vs, "an"))) {
    const ivl_fm *named = investor_introduced_next(x, s);
    if (named) inv = (party){named->party, named, 1, 0}, introduced_next = 1;
  }
  if (!inv.name || ivl_facts_lender_without_stake(x, s, inv.m) || lends_to_investor(x, s, f, inv.m) ||
      other_headline_story(x, s, f, inv.m))
    return;
  if (!inv.m && strcmp(inv.name, "*") == 0 && parks_ranked(x, s, f)) return;
  if (country_named_as_host(x, inv.m) || country_draws_capital(x, inv.m, f, 0) || abroad_draws_figure(x, s, f) ||
      foreign_money_abroad(x, f, inv.m) || peer_of_host_ranked(x, s, inv.m) || into_region_abroad(x, s, f) ||
      foreign_firm_invests_abroad(x, s, f, inv.m))
    return;
  /* "The first phase of Long Thành airport has a total estimated cost of
  ** 109 trillion VND": what public works are estimated to cost, their
  ** investor not named in the sentence, is no firm's investment (dev-10's
  ** "Built at a cost of ...") */
  static const char *const est_cost[] = {"estimated cost of", "total estimated cost of", "estimated total cost of",
                                         "an estimated cost of", "a total estimated cost of",
                                         "an estimated total cost of", NULL};
  /* (but a company referred to as the sentence's subject plans the works:
  ** "The company plans to build a warehouse, with an estimated cost of") */
  static const char *const it[] = {"it", NULL};
  if (inv.m && inv.m->kind == FM_ORG && (inv.m < s->m || inv.m >= s->m + s->n) && fx_ends_with_any(x, f->vs, est_cost) &&
      !fx_starts_with_any(x, s->vs, fx_company_words) && !fx_starts_with_any(x, s->vs, it))
    return;
  if (park_draws(x, s, f, inv.m)) {
    if (!tenants_foreign(x, s, inv.m)) return;
    inv = (party){"*", NULL, 0, 0};
  }
  party tgt = inv_find_target(x, s, f);
  /* "Ba Vi Milk will invest VND2 trillion in a farm in Nghệ An and $45
  ** million in a plant in Laos", "X, which put $120 million into a resort
  ** in Laos, sponsors a club in Tây Ninh": a firm not from abroad whose
  ** figure's own clause puts the money into a place abroad invests there
  ** (rule 4), whatever place of Việt Nam's the sentence names elsewhere */
  const ivl_fm *put_abroad = tgt.vn && strcmp(inv.name, "*") != 0 && !foreign_investor(inv.m)
                                 ? figure_put_abroad(x, s, f)
                                 : NULL;
  if (put_abroad) {
    tgt = (party){put_abroad->party, put_abroad, 0, 0};
    x->frame = "invest.outward";
  }
  /* (a place abroad: the firm's money goes out, as its money before did;
  ** the place is the firm's project's, no place the text turns to) */
  int further = 0;
  if (!tgt.name && (tgt = further_of_firm_before(x, s, f, inv)).name) {
    further = 1;
    if (!tgt.vn) x->frame = "invest.outward";
  }
  if (!tgt.name) {
    const char *seat = venture_seat_referred(x, s);
    if (seat) tgt = (party){seat, NULL, 1, 0};
  }
  /* "HANOI, Nov 17 (Reuters) - X said it would buy a 49% stake in
  ** Vietnamese truck assembler Y": the wire's city, though the body names
  ** it again (a quote's "delivery companies in Hanoi"), is where the story
  ** was filed; a share of a firm the sentence calls Vietnamese is the
  ** country's (set qweek36) */
  /* (not where the body places the firm bought there: "Son Viet runs two
  ** plants in Hanoi") */
  if (tgt.m && (tgt.m->flags & FM_DATELINE) && inv.m && inv.m->kind == FM_ORG &&
      share_of_firm_called_vn(x, s, inv.m) && !bought_firm_placed_at(x, s, inv.m, tgt.m->province))
    tgt = (party){"VN", NULL, 1, 0};
  /* "In 2023 it bought a 30% stake in Vietnamese college operator X for $12
  ** million, and its centres in Hanoi have trained ...": a place of the
  ** clause after the figure's (", and" then its own subject) is not where
  ** the stake in a firm the sentence calls Vietnamese goes; Việt Nam is */
  /* (so too a firm named after a share bought, no seat of it told: "In
  ** 2022 the Osaka-based group snapped up 49 per cent of consumer lender X
  ** for $180 million, and it has run an office in HCM City": the buyer's
  ** office, not where X is) */
  if (tgt.m && tgt.m->kind == FM_PLACE && tgt.m->vs > f->ve && later_clause(x, f->ve, tgt.m->vs) &&
      (inv_vn_firm_bought_before(x, s, f->vs) ||
       (later_clause_of_buyer(x, f->ve, tgt.m->vs) && unseated_share_before(x, s, f, inv.m))))
    tgt = (party){"VN", NULL, 1, 0};
  if (tgt.m && tgt.m->kind == FM_COUNTRY && (tgt.m->flags & FM_VN) && !f->stock && inv.m && inv.m->kind == FM_ORG) {
    const char *works = works_province_next(x, s);
    if (works) tgt.name = works;
  }
  /* "X toured Bắc Ninh ... It has since spent $1.1 billion on a plant in
  ** the province. ... it would invest a further $500 million there": a
  ** place said by its word, not the article's, is spoken of next */
  /* (from before: a place the sentence names is no topic by its word,
  ** "According to the Quảng Ngãi Department ..., the province licensed") */
  int worded_elsewhere = !further && tgt.name && !tgt.m && x->c.place && strcmp(tgt.name, x->c.place) != 0 &&
                         !names_place(s, tgt.name);
  int carried = 0; /* the place spoken of is carried on: the topic itself */
  /* "Japanese investors poured $2.4 billion into Vietnamese real estate":
  ** the country's own field, said in the sentence, before the place
  ** spoken of before it */
  int vn_said = 0; /* Việt Nam said by its things: "into Vietnamese banks" */
  /* (so too "Hotels in HCMC reported ... Foreign investors have poured $1.1
  ** billion into Vietnamese hotel acquisitions": foreign investors at large
  ** into the country's things, over the place spoken of before; set qweek66.
  ** A named firm's too: "Siam Cane has invested $400 million in Vietnamese
  ** sugar" after a paragraph on a province, set qweek62) */
  if (!tgt.name && (inv_vn_field_into(x, s, f) || inv_vn_things_into(x, s, f)))
    tgt = (party){"VN", NULL, 1, 0}, vn_said = 1;
  /* "Hanul Securities added VNĐ800 billion to its Vietnamese unit", "has
  ** put $870 million into its Vietnamese business": the firm's own arm
  ** named for the country, before a province spoken of (of another firm's
  ** deal, or a wire's dateline) */
  if (!tgt.name && inv_vn_unit_after(x, s, f, 1)) tgt = (party){"VN", NULL, 1, 0}, vn_said = 1;
  /* "LG Innotek Hải Phòng will add $1 billion": a unit named for a province
  ** invests there, when the sentence names no place */
  if (!tgt.name && inv.m && inv.m->kind == FM_ORG && inv.m->province) tgt = (party){inv.m->province, NULL, 1, 0};
  /* "The Thừa Thiên-Huế Economic Zone Authority said X will invest $30
  ** million": the province of the authority that tells it, when the
  ** sentence names no place */
  for (size_t i = 0; !tgt.name && i < s->n; i++)
    if (s->m[i].kind == FM_ORG && s->m[i].province && !(s->m[i].flags & FM_COMPANY) && &s->m[i] != inv.m)
      tgt = (party){s->m[i].province, NULL, 1, 0};
  /* "will buy a stake in the Vietnamese snack maker": no place of the
  ** article's, but Việt Nam */
  if (!tgt.name && inv.m && inv.m->kind == FM_ORG && inv_stake_in_described_vn(x, s, inv.m))
    tgt = (party){"VN", NULL, 1, 0};
  /* "A and B agreed to set up a venture in Hải Phòng. The two firms will
  ** put $12 million into it": where the pair's deal was put */
  if (!tgt.name && x->c.pair_place && inv.m == x->c.pair_firm[0] && inv_pair_referred(x, s))
    tgt = (party){x->c.pair_place, NULL, 1, 0};
  /* "The owner will invest ...": where the brand deal put the owner's hotel */
  if (!tgt.name && x->c.pair_place && inv.m && inv.m == inv_pair_owner(x, s))
    tgt = (party){x->c.pair_place, NULL, 1, 0};
  /* "X signed an agreement with the Quảng Ngãi People's Committee to build
  ** a plant. The company will invest $2.2 billion in it": the province it
  ** signed with, in the sentence right after */
  if (!tgt.name && x->c.deal_firm && x->c.deal_sent == s->index && inv.name &&
      name_or_its_first_words(x->c.deal_firm->party, inv.name))
    tgt = (party){x->c.deal_province, NULL, 1, 0};
  /* "... will buy a stake in X JSC, based in Can Tho ... He said the group
  ** would spend $20 million to upgrade X's plants": the seat said before of
  ** the firm the money goes into */
  if (!tgt.name) {
    const char *seat = seat_of_firm_put_into(x, s, inv.name);
    if (seat) tgt = (party){seat, NULL, 1, 0};
  }
  if (!tgt.name && inv.m && inv.m->kind == FM_ORG) {
    /* (not a buyer's: "Hà Nội-based fund X bought a stake in Y" puts the
    ** money where Y is) */
    static const char *const buying[] = {"stake", "stakes", "shares", "bought", "buy*", "acquir*",
                                         "purchas*", "holding", NULL};
    /* (nor where the sentence names works, "Hà Nội-based X is developing
    ** the park", "will invest ... in a new industrial park": they are where
    ** the article's place is, the seat only the firm's home) */
    const char *own = (s->cues & CUE_WORKS) || fx_any(x, s->vs, s->ve, buying) ? NULL
                                                                              : own_seat_in_sentence(x, s, inv.m);
    if (own) tgt = (party){own, NULL, 1, 0};
  }
  /* a stake a firm sells in itself: where the seller was said to be based */
  if (!tgt.name && inv.m && inv.m->kind == FM_ORG) {
    const char *seat = seat_of_seller(x, s, f, inv.m);
    if (seat) tgt = (party){seat, NULL, 1, 0};
  }
  /* "Thanh Hóa-based Lam Sơn Cement ... Lam Sơn will keep its team. It
  ** will also invest VNĐ1.8 trillion in a power unit": a Vietnamese firm's
  ** own money, no place said, goes where the firm was said to be based,
  ** before the country at large (not before a province spoken of, nor
  ** where the sentence names a place of its own: "at Santa Rosa"); the
  ** seat itself spoken of is no other province ("Hải Phòng-based X ...
  ** X raised its charter capital from ... to ...": Hải Phòng, not the
  ** country a firm's own capital goes to with no place told; set qweek91;
  ** but not a budget for years, "HCM City-based X ... X plans to invest
  ** VNĐ500 billion in the brand over the next five years", the firm's
  ** money at large: firm_budget_at_large) */
  if (!tgt.name && inv.m && inv.m->kind == FM_ORG && !names_any_place(s)) {
    const char *seat = fx_seat_of(x, inv.m), *spoken = place_spoken_of(x, s);
    if (seat && !object_no_site(x, f) &&
        (!spoken || strcmp(spoken, "VN") == 0 || (strcmp(spoken, seat) == 0 && !budget_span(x, s, f))))
      tgt = (party){seat, NULL, 1, 0};
  }
  if (!tgt.name && inv_vn_firms_after(x, s, f)) tgt = (party){"VN", NULL, 1, 0}, vn_said = 1;
  if (!tgt.name && inv.m && inv.m->kind == FM_ORG && own_charter_capital_raised(x, s)) tgt = (party){"VN", NULL, 1, 0};
  if (!tgt.name && inv.m && inv.m->kind == FM_ORG && things_of_firm_called_vn(x, s, f)) tgt = (party){"VN", NULL, 1, 0};
  if (!tgt.name) {
    const ivl_fm *abroad = inv_certified_abroad_before(x, s);
    if (abroad) tgt = (party){abroad->party, abroad, 0, 0};
  }
  if (!tgt.name && reported_nationally(x, s, inv)) {
    tgt = (party){"VN", NULL, 1, 0};
    carried = 1;
  } else if (!tgt.name && firm_budget_at_large(x, s, f, inv, place_spoken_of(x, s))) {
    tgt = (party){"VN", NULL, 1, 0};
  } else if (!tgt.name) {
    tgt = (party){place_spoken_of(x, s), NULL, 1, 0};
    carried = x->c.topic && tgt.name == x->c.topic;
    /* "... has invested $120 million in Việt Nam to date. X received a
    ** licence for a $24 million plant in Hoàng Mai Town": a place below the
    ** province that the gazetteer cannot place is in one province (the
    ** firm's seat, else the article's), not the country spoken of before */
    const char *local = tgt.name && strcmp(tgt.name, "VN") == 0 && f->money && x->c.province
                          ? unplaced_local_province(x, s, f, inv) : NULL;
    if (local && strcmp(local, "VN") != 0) tgt = (party){local, NULL, 1, 0}, carried = 0;

    /* "Malaysia's X has bought a 30 per cent stake in Hồng Ngọc Seafood
    ** for ...", the article's province named only after it (of another
    ** deal): a stake in a Vietnamese company is Việt Nam's, not a
    ** province's the text has not yet spoken of */
    if (!carried && tgt.name && tgt.name == x->c.province && inv.m && inv.m->kind == FM_ORG &&
        !named_before(x, s, tgt.name) && inv_buys_into_vn_company(x, s, inv.m)) {
      const char *seat = seat_told_next(x, s);
      tgt = (party){seat ? seat : "VN", NULL, 1, 0};
    } else if (tgt.name && !inv.vn && inv.m && f->money &&
               (put_into_unplaced_vn_firm(x, s, f) || share_of_unplaced_vn_firm(x, s, f) ||
                stake_in_unplaced_vn_firm(x, s, f, tgt.name) ||
                (share_in_unseated_firm(x, s, f, inv.m, tgt.name) && !firm_placed_before(x, s, inv, tgt.name)))) {
      const char *seat = seat_told_next(x, s);
      tgt = (party){seat ? seat : "VN", NULL, 1, 0};
      carried = 0;
    }
    /* (so too a share of a firm the sentence calls Vietnamese, though the
    ** province was named before: a digest's other item, or the last
    ** figures' place, is not where that firm is) */
    if (tgt.name && strcmp(tgt.name, "VN") != 0 && inv.m && inv.m->kind == FM_ORG &&
        share_of_firm_called_vn(x, s, inv.m))
      tgt = (party){"VN", NULL, 1, 0}, carried = 0;
    /* a national roundup: the province of one firm's project ("Ardent Glass
    ** registered $1.5 billion for a complex in Nam Định") is no place for the
    ** country's figures after it ("Hong Kong (China) was the largest investor
    ** with $1.63 billion", "Disbursed capital was $1.48 billion"), nor for
    ** another firm's stake in a Vietnamese company */
    /* (so too where the place the firm's sentence took over was Việt Nam:
    ** "Foreign investors poured $1.4 billion into Vietnam ..." in an
    ** article filed from Hà Nội) */
    const char *over = x->c.place && strcmp(x->c.place, "VN") == 0 ? x->c.place : x->c.topic_before_firm;
    if (carried && x->c.topic_firm && over && strcmp(over, "VN") == 0 &&
        (strcmp(inv.name, "*") == 0 || (inv.m && inv.m->kind == FM_COUNTRY) ||
         (inv.m && inv.m != x->c.topic_firm && inv_buys_into_vn_company(x, s, inv.m))))
      tgt = (party){"VN", NULL, 1, 0};
  }
  if (!tgt.name && inv_vn_unit_after(x, s, f, 0)) tgt = (party){"VN", NULL, 1, 0}, vn_said = 1;
  /* no place at all: a stake bought in a Vietnamese company is Việt Nam's */
  /* (which, in an article naming no place, is the place spoken of after
  ** it: "Daehan Card will also inject VNĐ1 trillion into the lender") */
  int bought_into = 0;
  if (!tgt.name && !inv.vn && inv_buys_into_vn_company(x, s, inv.m)) tgt = (party){"VN", NULL, 1, 0}, bought_into = 1;
  /* "X has agreed to acquire Y JSC. Under the deal, X will pay $65
  ** million.": the buyer of the purchase just told, by its name or the
  ** name's first words, pays into where that purchase goes */
  if (!tgt.name && x->c.deal_before && inv.m && inv.m->kind == FM_ORG) {
    const char *b = x->c.deal_before->party, *n = inv.m->party;
    size_t k = strlen(n);
    if (strncmp(b, n, k) == 0 && (b[k] == 0 || b[k] == ' ')) tgt = (party){x->c.deal_before_target, NULL, 1, 0};
  }
  static const char *const fields[] = {"block", "mine", "oilfield", "oil field", "gas field", "concession", NULL};
  if (!tgt.name && f->money && inv.m && inv.m->kind == FM_ORG && (!inv.m->country || strcmp(inv.m->country, "VN") == 0) &&
      fx_any(x, f->ve, f->ce, fields))
    tgt = sole_country_abroad(x);
  /* "Greenline contributed $30 million of the total": a part of the round
  ** or group just told, where it invests */
  if (!tgt.name && x->c.joined_sent && s->index <= x->c.joined_sent + 1 && inv.m && inv.m->kind == FM_ORG)
    tgt = (party){x->c.joined_target, NULL, 1, 0};
  if (introduced_next && (!tgt.name || strcmp(tgt.name, "VN") == 0)) {
    const ivl_fm *there = abroad_after_figure(x, s, f, inv.m);
    if (there) tgt = (party){there->party, there, 0, 0};
  }
  /* (a foreign buyer's stake in a Vietnamese firm, the country's for want
  ** of a place, is where the sentence's closing attribution seats the firm
  ** bought: "..., the Hà Nội-based company announced") */
  if (tgt.name && strcmp(tgt.name, "VN") == 0 && !inv.vn && inv.m && inv.m->kind == FM_ORG &&
      inv_buys_into_vn_company(x, s, inv.m)) {
    const char *seat = seat_in_attribution(x, s);
    if (seat) tgt = (party){seat, NULL, 1, 0};
  }
  /* (so too where no place was found at all, as in an article with no
  ** dateline: inv_store_figure reads it where the country was found) */
  if (!tgt.name && f->money) tgt = (party){unplaced_local_province(x, s, f, inv), NULL, 1, 0};
  if (!tgt.name) return;
  if (strcmp(inv.name, tgt.name) == 0) return;
  if (inv.described) {
    /* named right after, the investor is no longer only described: the
    ** settle step lets the fact take a headline's description in */
    size_t end = 0;
    const ivl_fm *named = named_next_sentence(x, s, inv.name, &end);
    if (named) inv = (party){named->party, named, 1, 0};
    else x->frame = "invest.described";
    /* "Thai retailer gets licence for $200m mall" (headline), then "X was
    ** granted the licence on May 6": the body tells the same deal with
    ** no figure; its day of licensing is the figure's date */
    const ivl_fm *d = named && !f->date && !f->stock ? licensing_day(x, named, end) : NULL;
    if (d) dated = *f, dated.date = d, f = &dated;
  }
  if (!f->date && !f->stock && f->money) {
    const ivl_fm *d = handover_day(x, s, inv.m);
    if (d) dated = *f, dated.date = d, f = &dated;
  }
  /* "The other two projects belong to X Co., Ltd and Y JSC": projects
  ** counted of two firms together, no one's count; each invests there */
  const ivl_fm *also = NULL;
  if (!f->money && f->count && inv.m && inv.m->kind == FM_ORG && inv.m->vs > f->ve) {
    size_t k = (size_t)(inv.m - s->m) + 1;
    if (k < s->n && s->m[k].kind == FM_ORG && (s->m[k].flags & FM_COMPANY) && fx_ends_with(x, s->m[k].vs, "and") &&
        fx_only(x, inv.m->ve, s->m[k].vs, "and"))
      also = &s->m[k];
  }
  if (venture_agreement_works(x, s, f, inv)) return;
  joiner_figured(x, s, f, inv, tgt);
  venture_figured(x, s, f, inv);
  /* (a single project's capital at its licensing: a flow, rule 15) */
  if (leader_figured(x, s, f, inv, tgt)) {
    dated = *f, dated.stock = 0;
    if (!dated.date) dated.date = x->c.members_date;
    f = &dated;
  }
  if (also) {
    figure g = *f;
    g.count = NULL, g.bare_count = 0;
    inv_store_figure(x, s, &g, inv, tgt);
    inv_store_figure(x, s, &g, (party){also->party, also, inv.vn, 0}, tgt);
  } else {
    inv_store_figure(x, s, f, inv, tgt);
  }
  if (strcmp(inv.name, "*") == 0) {
    head_of_figure(x, s, f, tgt);
    main_sources_of_figure(x, s, f, tgt);
  }
  party each[4];
  size_t n_each = inv_each_other(x, s, f, inv.m, each, 4);
  for (size_t i = 0; i < n_each; i++)
    if (strcmp(each[i].name, tgt.name) != 0) inv_store_figure(x, s, f, each[i], tgt);
  if (!n_each) inv_members_alongside(x, s, f, inv, tgt);
  round_coinvestors(x, s, f, inv, tgt);
  /* a place named, or the one spoken of carried on */
  /* (not "a name equal to the topic's": mentions of one gazetteer entry
  ** share their field strings, names.c, and a target read from another
  ** mention's fields is no place named here) */
  /* (or the country, by "Nationwide," opening the sentence: the figures
  ** after it are the country's, not a province's named before) */
  /* (or the country said by its things, "buying shares in Vietnamese
  ** banks": the ranked list after it is of that country's investors) */
  if (tgt.m || carried || bought_into || vn_said || worded_elsewhere ||
      (!f->domestic && strcmp(tgt.name, "VN") == 0 && inv_opens_nationwide(x, s))) {
    const char *before = x->c.topic && x->c.topic_age <= 3 ? x->c.topic : x->c.place;
    if (x->c.topic_firm && tgt.name == x->c.topic) before = x->c.topic_before_firm;
    x->c.topic_firm = !tgt.m ? (tgt.name == x->c.topic ? x->c.topic_firm : NULL)
                      : inv.m && inv.m->kind == FM_ORG ? inv.m : NULL;
    x->c.topic_before_firm = x->c.topic_firm ? before : NULL;
    x->c.topic = tgt.name, x->c.topic_age = 0;
  }
  /* "Vietnamese firms had invested $28 million in India. Earlier this
  ** year, Pune-based X invested ₹410 crore in a plant in Bắc Giang. The
  ** company said it would invest a further ₹180 crore ...": a foreign
  ** firm's money into a Vietnamese place the sentence names turns the text
  ** home; the firms' money abroad is no longer spoken of (set qweek62) */
  if (tgt.m && (tgt.m->flags & FM_VN) && tgt.m->kind == FM_PLACE && inv.m && inv.m->kind == FM_ORG &&
      inv.m->country && strcmp(inv.m->country, "VN") != 0)
    x->c.outward_age = 1000;
  if (inv.m) x->c.investor = inv.m;
  int again = x->c.fact_sent == s->index + 1;
  x->c.fact_investor = again && x->c.fact_investor != inv.m ? NULL : inv.m;
  x->c.fact_sent = s->index + 1; /* 0: none yet */
  x->c.fact_stock = f->stock, x->c.fact_date = f->date;
  /* the company the timeline's entries that leave out their subject are of */
  if (inv.m && inv.m->kind == FM_ORG && inv_entry_figure(x, s, f)) x->c.entry_subject = inv.m;
  if (inv.m && inv.m->kind == FM_ORG && !(x->c.company && fx_partner_part(x, s))) x->c.company = inv.m;
  /* "A Korean textile maker will build a $40 million mill ... The firm
  ** will also invest $10 million": the company described, not named, is
  ** the one "the firm", "the company" speak of next */
  else if (inv.m && inv.described && inv.m->kind == FM_COUNTRY) x->c.company = inv.m;
}

/* "Newly registered projects numbered 850" right after an investment: a
** number of projects with no amount, a figure of its own. */
static void numbered_only_figure(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  size_t e = 0;
  double v = x->c.invest_age <= 1 ? inv_projects_numbered(x, s, &e) : 0;
  if (v == 0) return;
  size_t b = e;
  while (b > s->vs && (ivl_isdigit((unsigned char)x->t[b - 1]) || x->t[b - 1] == ',')) b--;
  fs->f[0] = (figure){.vs = (uint32_t)b, .ve = (uint32_t)e, .cs = s->vs, .ce = s->ve, .bare_count = v};
  fs->n = 1;
}

/* "Japan, long the top investor in Đà Nẵng, has slipped to second place":
** the place an investor moved to is its place now, not the one it held
** (said in an aside); that ordinal, else 0. */
static int moved_to_place(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const moved[] = {"slipped to", "fell to", "dropped to", "slid to", "rose to", "climbed to",
                                      "moved up to", "moved to", NULL};
  static const char *const places[] = {"place", "spot", "position", NULL};
  size_t at = fx_first(x, s->vs, s->ve, moved);
  if (at == FX_NONE) return 0;
  size_t p = at;
  while (p < s->ve && x->t[p] != ' ') p++; /* past the verb */
  while (p < s->ve && x->t[p] == ' ') p++;
  if (fx_starts_with(x, p, "up")) p += 2;
  while (p < s->ve && x->t[p] == ' ') p++;
  p += 2; /* past "to" */
  while (p < s->ve && x->t[p] == ' ') p++;
  size_t oend;
  int r = fx_ordinal_at(x, p, &oend);
  return r && fx_starts_with_any(x, oend, places) ? r : 0;
}

/* "Japan ranks second among foreign investors in Đà Nẵng", "has slipped
** to second place among investors": an ordinal place, right before
** "among" (or before its "place"), among investors said within a few
** words after; no superlative. The rank, its start in '*at'; else 0. (Not
** a locality's place among localities, "ranking third nationwide": rule
** 16; nor who came first, "the first among investors to build".) */
static int place_among_investors(const ivl_fctx *x, const ivl_fsent *s, size_t *at) {
  static const char *const places[] = {"place", "spot", "position", NULL};
  size_t a = fx_find(x, s->vs, s->ve, "among");
  size_t i = a == FX_NONE ? FX_NONE : fx_find(x, a, a + 40 < s->ve ? a + 40 : s->ve, "invest*");
  if (i == FX_NONE) return 0;
  /* not an order in time: "was the first among foreign investors to build
  ** a plant" ("to" and a verb after the investors) */
  size_t w = i;
  while (w < s->ve && ivl_isalpha((unsigned char)x->t[w])) w++;
  if (fx_starts_with(x, w, "to") && w + 4 < s->ve && x->t[w] == ' ' && x->t[w + 3] == ' ' &&
      ivl_islower((unsigned char)x->t[w + 4]))
    return 0;
  size_t e = a, b;
  for (int word = 0; word < 2; word++) {
    while (e > s->vs && x->t[e - 1] == ' ') e--;
    b = e;
    while (b > s->vs && ivl_isalnum((unsigned char)x->t[b - 1])) b--;
    if (word == 0 && fx_starts_with_any(x, b, places)) e = b;
    else break;
  }
  size_t oend;
  int r = b < e ? fx_ordinal_at(x, b, &oend) : 0;
  if (!r || oend != e) return 0;
  *at = b;
  return r;
}

/* Does s say its list is ranked ("in that order")? */
static int said_in_order(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const in_order[] = {"in that order", "in descending order", NULL};
  return fx_any(x, s->vs, s->ve, in_order);
}

/* "Japan, Singapore and South Korea were the largest sources of that
** capital, in that order": the investors named before the superlative,
** each its place by the list's order (rule 16), right after investment
** was spoken of. */
static int ranked_in_that_order(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  if (!said_in_order(x, s)) return 0;
  size_t top = fx_first(x, s->vs, s->ve, fx_superlatives);
  const ivl_fm *who[MAX_FIGURES];
  size_t nw = 0;
  for (size_t i = 0; i < s->n && s->m[i].ve <= top && nw < MAX_FIGURES; i++)
    if (fx_can_invest(x, &s->m[i], 1) && !(s->m[i].flags & FM_DEMONYM)) who[nw++] = &s->m[i];
  if (nw < 2) return 0;
  for (size_t k = 0; k < nw; k++)
    fs->f[k] = (figure){.vs = who[k]->ve, .ve = who[k]->ve, .cs = s->vs, .ce = s->ve, .rank = (int)k + 1,
                        .listed = k > 0, .investor_as = who[k]};
  fs->n = nw;
  return 1;
}

/* "Japan is the leading investor among the 40 countries ...": a rank with
** no figure. */
static void rank_only_figure(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  /* most sentences have none of them: one look says so for all */
  int superlative = (s->cues & CUE_RANK) && fx_any(x, s->vs, s->ve, fx_superlatives);
  if (superlative && x->c.invest_age <= 1 && ranked_in_that_order(x, s, fs)) return;
  for (int k = 0; fx_superlatives[k] && superlative; k++) {
    size_t at = fx_find(x, s->vs, s->ve, fx_superlatives[k]);
    if (at == FX_NONE) continue;
    int r = inv_rank_at_superlative(x, at, at + strlen(fx_superlatives[k]), s->ve);
    if (!r) continue;
    int now = moved_to_place(x, s);
    if (now) r = now;
    /* "Singapore was the largest investor, followed by ...": the period's */
    fs->f[0] = (figure){.vs = (uint32_t)at, .ve = (uint32_t)at, .cs = s->vs, .ce = s->ve, .rank = r,
                        .position = inv_said_now(x, s, at)};
    fs->n = 1;
    return;
  }
  /* "Singapore, Taiwan (China) and Germany ranked first, second and third":
  ** each named, in order, holds its place */
  int places[MAX_FIGURES], ordinals = 0;
  size_t n = x->c.invest_age <= 1 ? inv_ordinals_listed(x, s->vs, s->ve, places, MAX_FIGURES, &ordinals) : 0;
  if (n) {
    const ivl_fm *who[MAX_FIGURES];
    size_t nw = 0;
    for (size_t i = 0; i < s->n && nw < MAX_FIGURES; i++)
      if (fx_can_invest(x, &s->m[i], 1) && !(s->m[i].flags & FM_DEMONYM)) who[nw++] = &s->m[i];
    if (nw == n) {
      for (size_t k = 0; k < n; k++)
        fs->f[k] = (figure){.vs = who[k]->ve, .ve = who[k]->ve, .cs = s->vs, .ce = s->ve, .rank = places[k],
                            .listed = k > 0, .investor_as = who[k]};
      fs->n = n;
      return;
    }
  }
  /* (one named in its one place: "Japan ranks second among foreign
  ** investors", not the list above's "ranked first, second and third") */
  size_t placed_at;
  int placed = place_among_investors(x, s, &placed_at);
  if (placed) {
    fs->f[0] = (figure){.vs = (uint32_t)placed_at, .ve = (uint32_t)placed_at, .cs = s->vs, .ce = s->ve,
                        .rank = placed, .position = inv_said_now(x, s, placed_at)};
    fs->n = 1;
    return;
  }
  /* "China led the investors, ahead of Singapore and Japan": a ranked list
  ** with no figures, right after investment was spoken of */
  size_t lead = x->c.invest_age <= 1 ? fx_first(x, s->vs, s->ve, ivl_lexicon(LEX_LEADS)) : FX_NONE;
  if (lead != FX_NONE && ivl_isupper((unsigned char)x->t[lead + 1])) lead = FX_NONE; /* "LED" */
  if (lead != FX_NONE && fx_first(x, lead, s->ve, ivl_lexicon(LEX_GOES_ON)) != FX_NONE) {
    fs->f[0] = (figure){.vs = (uint32_t)lead, .ve = (uint32_t)lead, .cs = s->vs, .ce = s->ve, .rank = 1};
    fs->n = 1;
    return;
  }
  /* "India came fourth, thanks to a single project": the list goes on; a
  ** sentence with no ordinal (asked above) places none, but a runner-up
  ** (inv_placing_ordinal's second place) */
  int r = x->c.invest_age > 1 ? 0
          : ordinals          ? inv_placing_ordinal(x, s->vs, s->ve, NULL)
          : fx_find(x, s->vs, s->ve, "runner-up") != FX_NONE ? 2
                                                              : 0;
  if (r > 1) {
    fs->f[0] = (figure){.vs = s->ve, .ve = s->ve, .cs = s->vs, .ce = s->ve, .rank = r, .listed = 1};
    fs->n = 1;
  }
}

/* "among the top five sources", "among the five biggest sources": where a
** group of leading investors is named, else FX_NONE. */
static size_t among_leaders(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const leaders[] = {"top", "largest", "biggest", "leading", NULL};
  /* (not a group denied: "Indonesia is not among the top destinations"
  ** names no member of it) */
  static const char *const denied[] = {"not", "never", "no longer", NULL};
  for (size_t at = s->vs; (s->cues & CUE_RANK) && (at = fx_find(x, at, s->ve, "among the")) != FX_NONE; at++) {
    if (fx_ends_with_any(x, at, denied)) continue;
    size_t end = at + 9 + 24 < s->ve ? at + 9 + 24 : s->ve;
    if (fx_any(x, at + 9, end, leaders)) return at;
  }
  /* "Japan, South Korea and Taiwan (China) were the leading investors",
  ** "China, the RoK and Japan were the main sources": the group itself,
  ** named before a plural of investors or sources */
  /* (not "are the largest investors": a stock, said of now) */
  static const char *const main[] = {"top", "largest", "biggest", "leading", "main", "major", "key", "principal", NULL};
  /* (and "Korea, Japan and Germany were the next largest destinations":
  ** the places Vietnamese money went to, named_without_figures) */
  static const char *const group[] = {"investors", "foreign investors", "sources of fdi", "sources of investment",
                                      "sources of foreign", "sources of capital", "sources of new", "destinations",
                                      "recipients", NULL};
  /* (or "sources" alone: not "the leading sources of visitors") */
  static const char *const sources[] = {"sources", NULL};
  size_t at = fx_find(x, s->vs, s->ve, "were the");
  if (at != FX_NONE) {
    size_t from = at + 4, end = from + 32 < s->ve ? from + 32 : s->ve;
    size_t lead = fx_first(x, from, end, main);
    if (lead != FX_NONE && fx_noun_within(x, lead, group, 2)) return at;
    size_t noun = lead == FX_NONE ? FX_NONE : fx_first(x, lead, end, sources);
    if (noun != FX_NONE && fx_noun_within(x, lead, sources, 2) && !fx_starts_with(x, noun + 7, "of")) return at;
  }
  /* "Singapore, Cambodia and Germany completed the list of main
  ** destinations": the group that closes a list, no order among them */
  static const char *const closing[] = {"completed the list of", "complete the list of", "rounded out the list of",
                                        "round out the list of", NULL};
  at = fx_first(x, s->vs, s->ve, closing);
  if (at != FX_NONE) {
    size_t from = fx_find(x, at, s->ve, "of") + 2, end = from + 24 < s->ve ? from + 24 : s->ve;
    size_t lead = fx_first(x, from, end, main);
    if (lead != FX_NONE && fx_noun_within(x, lead, group, 2)) return at;
  }
  return FX_NONE;
}

/* The one date with a value sentence s states, else NULL (none or more). */
static const ivl_fm *sole_date(const ivl_fsent *s) {
  const ivl_fm *date = NULL;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_DATE && s->m[i].value_s) {
      if (date) return NULL;
      date = &s->m[i];
    }
  return date;
}

/* "Long An handed over the investment certificate to a consortium of A, B
** and C on April 14", "Hà Nội has chosen a consortium comprising A, B and
** C to invest in the metro line": the members of a group said to invest,
** in a sentence with no figure, each invest in the place, with no figure
** of their own; the leader's fact waits for the figure the next sentence
** may give it (leader_figured). Not a group that is an aside of another
** firm, nor one said to have begun in a year ("since 2008"): a
** partnership's. */
static int members_without_figures(ivl_fctx *x, const ivl_fsent *s) {
  static const char *const investing[] = {"invest*", "licen*", "certificate*", "tender*", "bid", "bidding",
                                          "selected", "chosen", "picked", "approv*", "bot", "ppp",
                                          "public-private partnership", NULL};
  static const char *const begun[] = {"since", NULL};
  const ivl_fm *member[8];
  int described;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY) return 0;
  size_t n = inv_group_members(x, s, member, 8, &described);
  if (!n || described || !fx_any(x, s->vs, s->ve, investing) || fx_any(x, s->vs, s->ve, begun)) return 0;
  figure f = {0};
  f.cs = s->vs, f.ce = s->ve, f.vs = f.ve = member[0]->vs;
  f.date = sole_date(s);
  party tgt = inv_find_target(x, s, &f);
  /* (not a member's seat: "Hà Nội-based C") */
  if (!tgt.name || (tgt.m && fx_based_in(x, tgt.m))) tgt = (party){place_spoken_of(x, s), NULL, 1, 0};
  if (!tgt.name) return 0;
  x->frame = "invest.named";
  size_t lead = x->out->n;
  for (size_t i = 0; i < n; i++)
    if (strcmp(member[i]->party, tgt.name) != 0)
      inv_store_figure(x, s, &f, (party){member[i]->party, member[i], (member[i]->flags & FM_VN) != 0, 0}, tgt);
  inv_note_group(x, s, member, n);
  x->c.members_sent = s->index + 1, x->c.members_lead = member[0], x->c.members_date = f.date;
  x->c.members_target = tgt.name;
  x->c.members_fact = x->out->n > lead ? lead + 1 : 0, x->c.members_founding = 0;
  x->c.joined_target = tgt.name, x->c.joined_sent = s->index + 1;
  return 1;
}

/* "Sumitomo and Becamex IDC signed an agreement on Monday to set up a
** joint venture in Bình Dương. The venture will have charter capital of
** $120 million": firms joined as the subject of founding a joint venture,
** in a sentence with no figure, are its members; the figure the next
** sentence gives "the venture" is the first-named's, as a consortium
** leader's is (anaphor_before, leader_figured). Nothing is stored here:
** the founding alone is the agreement's (facts_relate.c). */
/* (the agreement to found it signed is its founding too: "A and B signed a
** joint venture agreement to open 50 stores"; and the venture may come
** after a word or two that say what kind it is: "set up a three-way joint
** venture", set qjv) */
static void venture_founders(ivl_fctx *x, const ivl_fsent *s) {
  static const char *const founding[] = {"set up", "setting up", "establish", "establishing", "form", "forming",
                                         "create", "creating", "launch", "launching", "signed a joint venture agreement",
                                         "signed a joint-venture agreement", NULL};
  static const char *const venture[] = {"joint venture", "joint-venture", "jv", NULL};
  const ivl_fm *first = NULL;
  for (size_t i = 0; i < s->n; i++) {
    if (s->m[i].kind == FM_MONEY) return;
    if (!first && s->m[i].kind == FM_ORG) first = &s->m[i];
  }
  size_t at = first ? fx_first(x, first->ve, s->ve, founding) : FX_NONE;
  if (at == FX_NONE || fx_first(x, at, at + 40 < s->ve ? at + 40 : s->ve, venture) == FX_NONE) return;
  const ivl_fm *member[6];
  size_t n = inv_joined_subject(x, s, first, at, member, 6);
  if (!n) return;
  figure f = {0};
  f.cs = s->vs, f.ce = s->ve, f.vs = f.ve = member[0]->vs;
  party tgt = inv_find_target(x, s, &f);
  inv_note_group(x, s, member, n);
  x->c.members_sent = s->index + 1, x->c.members_lead = member[0], x->c.members_date = NULL;
  x->c.members_target = tgt.name && !(tgt.m && fx_based_in(x, tgt.m)) ? tgt.name : place_spoken_of(x, s);
  x->c.members_fact = 0, x->c.members_founding = 1;
}

/* "A came in as a new backer, while returning investors B and C also
** followed on": words of joining a round that name no round, right after
** a round was told (joined_later asks that); where the last of them
** starts, so that every firm before it is a joiner; FX_NONE when the
** sentence has none. "came in as" only as a backer or investor ("came in
** as chief executive" is a job). */
static size_t joined_without_object(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const cues[] = {"came in as a new", "came in as new", "came in as an", "followed on",
                                     "also participated", "also took part", NULL};
  static const char *const backers[] = {"backer", "investor", "shareholder", NULL};
  size_t last = FX_NONE;
  for (size_t at = fx_first(x, s->vs, s->ve, cues); at != FX_NONE; at = fx_first(x, at + 1, s->ve, cues)) {
    if (fx_starts_with(x, at, "came")) {
      size_t as = fx_find(x, at, s->ve, "as") + 2;
      while (as < s->ve && x->t[as] == ' ') as++;
      size_t w = as;
      while (w < s->ve && ivl_isalpha((unsigned char)x->t[w])) w++; /* the article */
      if (!fx_noun_within(x, w + 1, backers, 2)) continue;
    } else {
      /* intransitive: the clause ends right after ("also took part in the
      ** talks" is not joining a round) */
      size_t e = at;
      for (const char *const *c = cues; *c; c++)
        if (fx_starts_with(x, at, *c)) e = at + strlen(*c);
      if (e < s->ve && x->t[e] != ',' && x->t[e] != '.' && x->t[e] != ';') continue;
    }
    last = at;
  }
  return last;
}

/* "Angel investor X, founder of cosmetics chain Y, ... also joined the
** round": is the i-th mention a firm told in the aside of the person named
** right before it (that person's firm, not a joiner: persons are no
** investors)? */
static int in_persons_aside(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  if (i == 0 || s->m[i - 1].kind != FM_PERSON) return 0;
  size_t p = s->m[i - 1].ve;
  return x->t[p] == ',' && fx_lower_words(x, p + 1, s->m[i].vs);
}

/* "Japan's Kaizen Capital and local fund Do Ventures also took part in the
** round", "A and B joined the consortium as well", "A joined the round, as
** did existing backer B": firms told joining the
** funding round or the group just told, in a sentence of their own with
** no figure, invest where it does, with no figure of their own. Not a
** round of talks: a round or group told within the two sentences before. */
static int joined_later(ivl_fctx *x, const ivl_fsent *s) {
  static const char *const joining[] = {"took part in the", "take part in the", "participated in the",
                                        "joined the", "were also part of the", "put money into the",
                                        "invested in the", NULL};
  static const char *const groups[] = {"round", "consortium", "funding round", "investment round", "deal",
                                       "venture", "joint venture", NULL};
  if (!x->c.joined_sent || s->index > x->c.joined_sent + 1 || !x->c.joined_target) return 0;
  size_t at = fx_first(x, s->vs, s->ve, joining);
  size_t the = at == FX_NONE ? FX_NONE : fx_find(x, at, s->ve, "the");
  if (the == FX_NONE || !fx_starts_with_any(x, the + 4, groups)) {
    /* (or joining told with no object: "A came in as a new backer, while
    ** returning investors B and C also followed on") */
    the = at = joined_without_object(x, s);
    if (at == FX_NONE) return 0;
  }
  figure f = {0};
  f.cs = s->vs, f.ce = s->ve;
  party tgt = {x->c.joined_target, NULL, 1, 0};
  x->frame = "invest.named";
  size_t before = x->out->n;
  /* ("A joined the round, as did existing backer B": B after "as did" too) */
  size_t as_did = fx_find(x, the, s->ve, "as did");
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_MONEY) return 0;
    if (m->vs >= at && (as_did == FX_NONE || m->vs < as_did)) continue;
    if (m->kind != FM_ORG || !(m->flags & FM_COMPANY) || in_persons_aside(x, s, i)) continue;
    f.vs = f.ve = m->vs;
    inv_store_figure(x, s, &f, (party){m->party, m, (m->flags & FM_VN) != 0, 0}, tgt);
  }
  x->c.joiners_from = before, x->c.joiners_to = x->out->n, x->c.joiners_sent = s->index + 1;
  return x->out->n > before;
}

/* "Kolon Global and Kubota also took part in the consortium. Kolon Global
** contributed $20 million of the total": a joiner's own part told in the
** sentence right after is its fact told again with its figure (rule
** 10); the fact with none is dropped. */
static void joiner_figured(ivl_fctx *x, const ivl_fsent *s, const figure *f, party inv, party tgt) {
  if (!f->money || !inv.m || !x->c.joiners_sent || s->index != x->c.joiners_sent) return;
  for (size_t i = x->c.joiners_from; i < x->c.joiners_to && i < x->out->n; i++)
    if (x->out->ents[i].rule != IVL_STORE_DROPPED && inv_stored_is(x, i, IVL_SYM_INVESTOR, inv.name) &&
        inv_stored_is(x, i, IVL_SYM_TARGET, tgt.name))
      x->out->ents[i].rule = IVL_STORE_DROPPED;
}

/* "The consortium, which also includes Hanoi-based Cienco 4, beat two
** other bidders": a member named apart, a sentence or two after the group
** was listed with no figure, invests where the group does, with no figure
** of its own. Not a sentence with figures: those are the group's. */
/* (or after a group told with its figure and named by its leader, "a
** consortium led by X, with total investment of ...": "The consortium
** also includes A and B"; set qweek11) */
static int member_named_apart(ivl_fctx *x, const ivl_fsent *s) {
  static const char *const includes[] = {"includ*", "compris*", NULL};
  int listed = x->c.members_sent && x->c.members_target && s->index <= x->c.members_sent + 1;
  int led = !listed && x->c.joined_sent && x->c.joined_target && s->index <= x->c.joined_sent + 1;
  if ((!listed && !led) || fx_find(x, s->vs, s->vs + 16, "consortium") == FX_NONE ||
      fx_find(x, s->vs, s->vs + 4, "the") != s->vs)
    return 0;
  size_t also = fx_find(x, s->vs, s->ve, "also");
  size_t inc = also == FX_NONE ? FX_NONE : fx_first(x, also, also + 16 < s->ve ? also + 16 : s->ve, includes);
  if (inc == FX_NONE) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY) return 0;
  figure f = {0};
  f.cs = s->vs, f.ce = s->ve;
  party tgt = {listed ? x->c.members_target : x->c.joined_target, NULL, 1, 0};
  x->frame = "invest.named";
  size_t before = x->out->n;
  for (size_t i = fx_mentions_from(s->m, s->n, inc); i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_ORG || !(m->flags & FM_COMPANY)) continue;
    f.vs = f.ve = m->vs;
    inv_store_figure(x, s, &f, (party){m->party, m, (m->flags & FM_VN) != 0, 0}, tgt);
  }
  return x->out->n > before;
}

static int named_without_figures(ivl_fctx *x, const ivl_fsent *s) {
  size_t among = among_leaders(x, s);
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY || s->m[i].kind == FM_COUNT) return 0; /* figures: not this frame */
  /* "Indonesia, Australia and Germany were also among the top
  ** destinations": places Vietnamese money went to, no investors, and no
  ** figure for them either */
  static const char *const destinations[] = {"destination*", "recipient*", NULL};
  /* "Indonesia is not among the top destinations", "Japan was no longer
  ** among the five largest sources": a place or investor denied the group
  ** is no member of it, and no fact (set qagm) */
  static const char *const denied[] = {"not", "no longer", "never", NULL};
  if (fx_ends_with_any(x, among, denied)) return 1;
  figure f = {0};
  f.cs = s->vs, f.ce = s->ve, f.vs = f.ve = (uint32_t)among;
  if (fx_any(x, among, among + 48 < s->ve ? among + 48 : s->ve, destinations)) {
    /* facts of Việt Nam's money abroad (a place at home among destinations
    ** is a ranking of localities, no one's fact) */
    if (x->c.outward_age <= 2) {
      f.stock = inv_is_stock(x, s, &f);
      inv_destinations_unfigured(x, s, s->vs, among, &f, (party){"VN", NULL, 1, 0}, x->out->n);
    }
    return 1;
  }
  x->frame = "invest.named";
  party tgt = inv_find_target(x, s, &f);
  if (!tgt.name) tgt = (party){place_spoken_of(x, s), NULL, 1, 0};
  if (!tgt.name) return 1;
  for (size_t i = 0; i < s->n && s->m[i].ve <= among; i++) {
    const ivl_fm *m = &s->m[i];
    if (!fx_can_invest(x, m, 1) || (m->flags & FM_DEMONYM) || strcmp(m->party, tgt.name) == 0) continue;
    f.stock = inv_is_stock(x, s, &f);
    inv_store_figure(x, s, &f, (party){m->party, m, 0, 0}, tgt);
  }
  return 1;
}

/* Does country s->m[i] only describe the firm named right after it
** ("Singapore's Lumen Cold Chain", "Vietnamese rubber producers Hoàng
** Long Rubber"), no investor of its own? */
static int describes_next_firm(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  const ivl_fm *m = &s->m[i];
  if (m->kind != FM_COUNTRY || i + 1 >= s->n || s->m[i + 1].kind != FM_ORG) return 0;
  const ivl_fm *firm = &s->m[i + 1];
  if (fx_said_from(x, firm, m) == m->vs) return 1;
  return (m->flags & FM_DEMONYM) && firm->vs <= m->ve + 40 && fx_lower_words(x, m->ve, firm->vs);
}

/* Is m a place a figure can go to: a province at home or a place abroad? */
static int respective_place(const ivl_fm *m) {
  return (m->kind == FM_PLACE && (m->flags & FM_VN) && m->province) || inv_place_abroad(m);
}

/* "... will invest $40 million and $25 million respectively in Cambodia
** and Laos": places listed right after the figures (only lower-case words
** before the first, list joiners between), as many as they, go with them
** in order; 0 when there are not n such places. */
static size_t places_listed_after(const ivl_fctx *x, const ivl_fsent *s, size_t from, const ivl_fm **out,
                                  size_t n) {
  size_t k = 0, p = from;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < from) continue;
    if (!respective_place(m) || m->vs > p + 24) break;
    if (k == 0 ? !fx_lower_words(x, p, m->vs) : !inv_list_joiner(x, p, m->vs)) break;
    if (k == n) return 0; /* more places than figures: no pairing */
    out[k++] = m, p = m->ve;
  }
  return k == n ? k : 0;
}

/* "Japan and Korea invested $300 million and $200 million, respectively",
** "Bắc Ninh and Hải Phòng drew $5 billion and $3 billion respectively",
** "Singapore led with $9 billion, followed by Korea and China, which poured
** in $5 billion and $4 billion respectively": the figures listed just
** before "respectively" go, in order, with the investors or places named
** last before them. */
static void pair_respectively(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  size_t lo, n = inv_respective_group(x, s, fs, &lo);
  if (n < 2) return;
  size_t from = lo ? fs->f[lo - 1].ve : s->vs;
  const ivl_fm *inv[MAX_FIGURES], *tgt[MAX_FIGURES];
  size_t ni = 0, nt = 0;
  for (size_t i = 0; i < s->n && s->m[i].ve <= fs->f[lo].vs; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < from) continue;
    if (m->kind == FM_PLACE && (m->flags & FM_VN) && m->province) {
      if (nt < MAX_FIGURES) tgt[nt++] = m;
    } else if (fx_can_invest(x, m, 1) && !describes_next_firm(x, s, i) && ni < MAX_FIGURES) {
      inv[ni++] = m;
    }
  }
  /* (firms named before the figures, the places they go to after them) */
  if (nt != n && ni >= n) {
    size_t after = fs->f[lo + n - 1].ve;
    size_t resp = fx_find(x, after, after + 16 < s->ve ? after + 16 : s->ve, "respectively");
    if (resp != FX_NONE) after = resp + 12;
    nt = places_listed_after(x, s, after, tgt, n);
  }
  /* more named than figures: the last ones named go with them */
  for (size_t k = 0; k < n; k++) {
    figure *f = &fs->f[lo + k];
    if (!f->money) return;
    if (ni >= n) f->investor_as = inv[ni - n + k];
    if (nt == n) f->target_as = tgt[k];
  }
}

static int invested_here(const ivl_fctx *x, size_t first, const char *name);

/* "Singapore led with $540 million, followed by the Netherlands and
** Japan": investors that go on a ranked list without figures of their own
** are facts too, each one place down (rule 16). */
/* (and "Laos was the largest destination with $240 million, ahead of
** Singapore": places abroad going on a ranked list of destinations, the
** list's investor holding each, when 'outward') */
static void list_goes_on_unfigured(ivl_fctx *x, const ivl_fsent *s, const figures *fs, size_t first, int outward) {
  const figure *last = fs->n ? &fs->f[fs->n - 1] : NULL;
  if (!last || !last->rank || x->out->n == first) return;
  size_t on = fx_first(x, last->ve, s->ve, ivl_lexicon(LEX_GOES_ON));
  if (on == FX_NONE) return;
  /* the list's own place (or investor abroad) and date: those of its last
  ** figure's fact */
  char held[128];
  if (!inv_stored_name(x, x->out->n - 1, outward ? IVL_SYM_INVESTOR : IVL_SYM_TARGET, held, sizeof held)) return;
  party fixed = {held, NULL, !outward || strcmp(held, "VN") == 0, 0};
  /* a member: an investor named, or a place abroad */
  int member_sym = outward ? IVL_SYM_TARGET : IVL_SYM_INVESTOR;
  figure g = *last;
  /* a list of projects counted, no money: "Japan led with 12 projects,
  ** followed by Korea with nine" */
  int counted = last->count && !last->money;
  g.money = g.equiv = g.count = NULL;
  g.bare_count = 0;
  g.share = NULL;
  g.investor_as = g.target_as = NULL;
  x->frame = "invest.ranked";
  size_t p = on;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < on || (outward ? !inv_place_abroad(m) : !fx_can_invest(x, m, 1) || (m->flags & FM_DEMONYM)))
      continue;
    if (!inv_list_joiner(x, p, m->vs) && p != on) break;
    if (inv_named_here(x, first, member_sym, m->party)) break; /* it has a figure: the frame had it */
    g.rank++;
    size_t end = m->ve;
    g.bare_count = counted ? inv_bare_count_after(x, s, m->ve, &end) : 0;
    party named = {m->party, m, 0, 0};
    inv_store_figure(x, s, &g, outward ? fixed : named, outward ? named : fixed);
    p = end; /* "Japan with six and Korea": the list goes on past its number */
  }
}

/* Has a fact of this sentence (stored from 'first' on) 'name' as investor? */
static int invested_here(const ivl_fctx *x, size_t first, const char *name) {
  return inv_named_here(x, first, IVL_SYM_INVESTOR, name);
}

int inv_stored_name(const ivl_fctx *x, size_t i, int sym, char *out, size_t cap) {
  const ivl_store *st = x->out;
  const ivl_field *f = ivl_store_field(st, &st->ents[i], sym);
  if (!f || f->kind != IVL_FIELD_STR || f->len >= cap) return 0;
  memcpy(out, ivl_store_string(st, f), f->len + 1);
  return 1;
}

int inv_named_here(const ivl_fctx *x, size_t first, int sym, const char *name) {
  const ivl_store *st = x->out;
  for (size_t i = first; i < st->n; i++)
    if (st->ents[i].rule != IVL_STORE_DROPPED && inv_stored_is(x, i, sym, name)) return 1;
  return 0;
}

/* Does a name follow the verb at 'at' right away ("are Japan, ...", "include
** the RoK"), not "Korean investors are eyeing Thailand"? */
static int list_follows(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  size_t end = at;
  while (end < s->ve && ivl_isalpha((unsigned char)x->t[end])) end++;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].vs >= end) return s->m[i].vs - end <= 5 && fx_only(x, end, s->m[i].vs, "the");
  return 0;
}

/* "Major investors include THACO, with 31 projects, and the Korean firms
** Hyosung, Panko and Ducksan": the companies listed as investors without a
** figure of their own are facts too (investor and target). */
static void investors_listed(ivl_fctx *x, const ivl_fsent *s, size_t first, int figured) {
  static const char *const lists[] = {
    "include", "includes", "included", "including", "are", "were", "such as", NULL};
  /* with no figure, only a statement of who they are: not "delegations of
  ** foreign investors, including Mitsubishi" */
  static const char *const stated[] = {"include", "includes", "are", "were", NULL};
  size_t inv = fx_find(x, s->vs, s->ve, "investors");
  if (inv == FX_NONE) return;
  size_t at = fx_first(x, inv, inv + 50 < s->ve ? inv + 50 : s->ve, figured ? lists : stated);
  if (at == FX_NONE || (!figured && !list_follows(x, s, at))) return;
  figure f = {0};
  f.cs = s->vs, f.ce = s->ve, f.vs = f.ve = (uint32_t)at;
  party tgt = inv_find_target(x, s, &f);
  if (!tgt.name) tgt = (party){place_spoken_of(x, s), NULL, 1, 0};
  if (!tgt.name) return;
  static const char *const standing[] = {"include", "are", NULL};
  f.stock = fx_any(x, s->vs, s->ve, standing);
  /* "X was granted a certificate for a $2.8 billion refinery expansion.
  ** Investors include X, Y and Z": the investors of the one project whose
  ** flow a named firm's fact just told, so a flow; the firm told is not
  ** told again */
  const ivl_fm *told = !figured && x->c.fact_sent == s->index && !x->c.fact_stock && x->c.fact_investor &&
                               x->c.fact_investor->kind == FM_ORG
                           ? x->c.fact_investor
                           : NULL;
  if (told) f.stock = 0;
  x->frame = "invest.named";
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    /* companies; countries too where the sentence has no figure ("Major
    ** investors include Japan, the RoK and Singapore") */
    int named = (m->kind == FM_ORG && (m->flags & FM_COMPANY)) ||
                (!figured && m->kind == FM_COUNTRY && !(m->flags & (FM_DEMONYM | FM_VN)) &&
                 !fx_ends_with(x, m->vs, "of"));
    if (m->vs < at || !named || invested_here(x, first, m->party)) continue;
    if (told && strcmp(m->party, told->party) == 0) continue;
    inv_store_figure(x, s, &f, (party){m->party, m, 0, 0}, tgt);
  }
}

/* Can the sentence give a figure at all? Only an amount or a number of
** projects does (inv_read_amounts, inv_read_counts), or a rank said with
** neither (rank_only_figure), which needs a superlative or investment
** spoken of just before. Asked before whether it speaks of investment,
** which one sentence in six was asked for nothing; none of what is
** skipped changes the context. */
static int may_give_figures(const ivl_fctx *x, const ivl_fsent *s) {
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY || (s->m[i].kind == FM_COUNT && (s->m[i].flags & FM_PROJECTS))) return 1;
  if (x->c.invest_age <= 1 || ((s->cues & CUE_RANK) && fx_any(x, s->vs, s->ve, fx_superlatives))) return 1;
  /* "Japan ranks second among foreign investors in Đà Nẵng" (the cue bits
  ** first: "among" and an ordinal) */
  size_t at;
  return (s->cues & CUE_RANK) && (s->cues & CUE_ORDINAL) && place_among_investors(x, s, &at);
}

/* "... a $18 million round in Đà Nẵng-based startup Giao Nhanh", "Hà
** Nội-based Giao Nhanh has raised ...": the Vietnamese place the company
** raising the round is based in; not one describing the leader ("led by
** Hà Nội-based fund X"); NULL when the sentence names none. (The article's
** place leaves such '-based' places out: they say where a firm is, not
** what the article is about; here the firm is the one the money goes to.) */
static const char *round_company_base(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *leader) {
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *p = &s->m[i];
    int describes_leader = p->ve <= leader->vs && leader->vs - p->ve <= 24;
    if (!describes_leader && p->kind == FM_PLACE && (p->flags & FM_VN) && p->province && fx_based_in(x, p))
      return p->province;
  }
  /* (or its seat said after its name, before the leader: "X,
  ** headquartered in Sóc Trăng, closed a ... round co-led by", "X of Hồ
  ** Chí Minh City has landed $6 million in a Series A led by") */
  for (size_t i = 1; i < s->n && s->m[i].ve <= leader->vs; i++) {
    const ivl_fm *p = &s->m[i], *firm = &s->m[i - 1];
    if (p->kind != FM_PLACE || !(p->flags & FM_VN) || !p->province || firm->kind != FM_ORG) continue;
    if ((p->vs == firm->ve + 4 && fx_starts_with(x, firm->ve, "of")) || (fx_firm_seat(x, p) && p->vs - firm->ve <= 24))
      return p->province;
  }
  /* (or the place the sentence opens on, set off by a comma: "In Hà Nội,
  ** cybersecurity startup X has raised $4.5 million from Y", the scene of
  ** a roundup's item, set qweek47) */
  if (s->n > 0 && fx_starts_with(x, s->vs, "in")) {
    const ivl_fm *p = &s->m[0];
    if (p->kind == FM_PLACE && (p->flags & FM_VN) && p->province && p->vs == s->vs + 3 && x->t[p->ve] == ',')
      return p->province;
  }
  return NULL;
}

/* The seat said before (fx_seat_of: "Hà Nội-based edtech startup X" in
** the lede) of the company raising the round, named before its money
** ("X closed a US$9 million Series A round backed by ..."): not the
** round's investor, nor a firm leading it ("Y led a $6 million round");
** NULL when none has one. */
static const char *round_company_seat(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *investor,
                                      const ivl_fm *money) {
  static const char *const leads[] = {"led", "leads", "co-led", "co-leads", NULL};
  if (x->c.nseats == 0) return NULL;
  for (size_t i = 0; i < s->n && s->m[i].ve <= money->vs; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_ORG || m == investor || fx_any(x, m->ve, money->vs, leads)) continue;
    const char *seat = fx_seat_of(x, m);
    if (seat) return seat;
  }
  return NULL;
}

/* "The startup's $9 million Series A ... was led by X": the company
** spoken of (x->c.company), referred back to by its noun's possessive
** or "its" right before the round's money, raises it; its seat said
** before (fx_seat_of: "X, a Hanoi-based freight platform" in the lede);
** NULL when it has none, or when the sentence refers to no company so. */
static const char *round_company_referred(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *investor,
                                          const ivl_fm *money) {
  static const char *const refs[] = {"the startup's", "the start-up's", "the company's", "the firm's", "its", NULL};
  const ivl_fm *c = x->c.company;
  if (!c || c == investor || c->vs >= s->vs || (investor->party && c->party && strcmp(c->party, investor->party) == 0))
    return NULL;
  size_t r = fx_first(x, s->vs, money->vs, refs);
  if (r == FX_NONE || !fx_lower_words(x, s->vs, r) || money->vs - r > 20) return NULL;
  return fx_seat_of(x, c);
}

/* Does sentence s name the company 'firm' (by the same name)? */
static int names_firm(const ivl_fsent *s, const ivl_fm *firm) {
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_ORG && s->m[i].party && firm->party && strcmp(s->m[i].party, firm->party) == 0) return 1;
  return 0;
}

/* The place spoken of, for a round: not the place of another firm's
** project told just before ("Lazada has put $25 million into a hub in Bắc
** Ninh. Local platform Tiki, meanwhile, has raised $40 million ..."), which
** says nothing of where the company raising the round is; the place
** spoken of before that firm's sentence instead. */
static const char *round_place_spoken_of(const ivl_fctx *x, const ivl_fsent *s) {
  const char *place = place_spoken_of(x, s);
  if (place && place == x->c.topic && x->c.topic_firm && !names_firm(s, x->c.topic_firm))
    return x->c.topic_before_firm ? x->c.topic_before_firm : x->c.place;
  return place;
}

/* "MoMo has raised $100 million in a Series E round led by Japan's Mizuho
** Bank": the round's leader invests in the company raising it (Việt Nam,
** or the place spoken of), with no figure of its own (invest.named), as
** the head of a total; the round's investors at large are no one named.
** So too the leader as the subject ("Japan's Mizuho Bank led a $100
** million round in MoMo") and a round said to be led with no verb of
** raising ("MoMo's $100 million round, led by Mizuho Bank"). 'sole': the
** one investor the money was raised from, whose figure it is. */
static void store_round_investor(ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m, const ivl_fm *money, int sole) {
  const char *place = round_company_base(x, s, m);
  if (!place) place = round_company_seat(x, s, m, money);
  if (!place) place = round_company_referred(x, s, m, money);
  if (!place) place = round_place_spoken_of(x, s);
  party tgt = {place ? place : "VN", NULL, 1, 0};
  /* the round's date is the leader's ("the company announced on Monday",
  ** "said on Wednesday it had raised"), bound as the round's money's */
  figures fs = {.n = 1};
  fs.f[0] = (figure){.money = money, .vs = money->vs, .ve = money->ve, .cs = s->vs, .ce = s->ve};
  inv_bind_dates(x, s, &fs);
  const ivl_fm *d = fs.f[0].date;
  /* not a date of a clause of its own after the leader ("led by X, and Y
  ** invested in its seed round in 2021") */
  static const char *const joins[] = {"and", "while", "but", "whereas", NULL};
  for (size_t c = m->ve; d && c < d->vs; c++)
    if (x->t[c] == ';' || (x->t[c] == ',' && x->t[c + 1] == ' ' && fx_starts_with_any(x, c + 2, joins))) d = NULL;
  figure g = {.vs = m->vs, .ve = m->vs, .cs = s->vs, .ce = s->ve, .date = d};
  /* the sole investor of what was raised puts in all of it */
  if (sole) g.money = money, g.vs = money->vs, g.ve = money->ve;
  /* (with its equivalent: "VNĐ936 billion (US$35.5 million)") */
  size_t k = sole ? fx_mentions_from(s->m, s->n, money->ve) : s->n;
  if (k < s->n && s->m[k].kind == FM_MONEY && inv_joins_equivalent(x, money->ve, s->m[k].vs)) g.equiv = &s->m[k];
  const char *frame = x->frame;
  x->frame = sole ? "invest.figure" : "invest.named";
  inv_store_figure(x, s, &g, (party){m->party, m, 0, 0}, tgt);
  x->frame = frame;
  x->c.joined_target = tgt.name, x->c.joined_sent = s->index + 1;
}

static const ivl_fm *raised_from_org(const ivl_fctx *x, const ivl_fsent *s, size_t from);
static void investors_from(ivl_fctx *x, const ivl_fsent *s, const ivl_fm *cash, size_t from);

/* The words of taking part in a round, said after the investor: "with X
** also taking part", "with existing backer Y following on". */
static const char *const taking_part_words[] = {"also taking part", "taking part", "also participating",
                                                "participating",    "also joining", "following on",
                                                NULL};

/* "..., with existing shareholder X also taking part", "with Japan's Y
** participating", "with existing backer Z following on": an investor
** joining the round said after "with" and before the words of taking
** part; where that "with" ends, FX_NONE when the sentence says no such
** thing. */
static size_t taking_part_at(const ivl_fctx *x, const ivl_fsent *s, size_t from) {
  size_t t = fx_first(x, from, s->ve, taking_part_words);
  if (t == FX_NONE) return FX_NONE;
  size_t with = fx_find_last(x, from, t, "with");
  return with == FX_NONE ? FX_NONE : with + 4;
}

/* "with Singapore's A leading the deal and existing investor B following
** on": the firm told right before the words of taking part (only a word
** such as "itself" between), the joiner named after another firm's part;
** NULL when there is none. */
static const ivl_fm *joiner_taking_part(const ivl_fctx *x, const ivl_fsent *s, size_t from) {
  size_t t = fx_first(x, from, s->ve, taking_part_words);
  if (t == FX_NONE) return NULL;
  const ivl_fm *last = NULL;
  for (size_t i = fx_mentions_from(s->m, s->n, from); i < s->n && s->m[i].ve <= t; i++) last = &s->m[i];
  if (!last || last->kind != FM_ORG || !(last->flags & FM_COMPANY) || t - last->ve > 10 ||
      !fx_lower_words(x, last->ve, t))
    return NULL;
  return last;
}

/* Where the round's other investors are listed after 'from': past "with
** participation from", "with the participation of", "joined by",
** "alongside", "together with"; FX_NONE when the sentence lists none. */
static size_t participants_at(const ivl_fctx *x, const ivl_fsent *s, size_t from) {
  static const char *const cues[] = {"participation from", "participation of", "joined by", "alongside",
                                     "together with", NULL};
  size_t p = fx_first(x, from, s->ve, cues);
  if (p == FX_NONE) return taking_part_at(x, s, from);
  /* past the cue's words */
  for (const char *const *c = cues; *c; c++)
    if (fx_starts_with(x, p, *c)) return p + strlen(*c);
  for (int word = 0; word < 2; word++) {
    while (p < s->ve && ivl_isalpha((unsigned char)x->t[p])) p++;
    while (word == 0 && p < s->ve && x->t[p] == ' ') p++;
  }
  return p;
}

/* The round's investor listed after 'm' ("A, B and C": by ", " and
** "and"), NULL when the list ends at 'm'. */
static const ivl_fm *next_participant(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  size_t next = m->ve;
  if (x->t[next] == ',') next++;
  if (x->t[next] != ' ') return NULL;
  next++;
  if (fx_starts_with(x, next, "and")) next += 3;
  else if (x->t[m->ve] != ',') return NULL;
  return raised_from_org(x, s, next);
}

/* "... led by A, with participation from Japan's B and existing backer C",
** "closed a $4 million round with the participation of D": each of the
** round's other investors named is one, with no figure of its own, as
** co-leaders are; the list goes on by ", " and "and". */
static void round_participants(ivl_fctx *x, const ivl_fsent *s, const ivl_fm *cash, size_t from) {
  size_t at = participants_at(x, s, from);
  const ivl_fm *joiner = joiner_taking_part(x, s, from);
  for (const ivl_fm *m = at == FX_NONE ? NULL : raised_from_org(x, s, at); m; m = next_participant(x, s, m)) {
    store_round_investor(x, s, m, cash, 0);
    if (m == joiner) joiner = NULL;
  }
  if (joiner) store_round_investor(x, s, joiner, cash, 0);
}

/* "raised US$7 million in a seed extension led by X": a seed round's
** extension, named by its stage right after the money, is a round; where
** the word "extension" starts, FX_NONE when it is not such. */
static size_t seed_extension(const ivl_fctx *x, const ivl_fsent *s, size_t money) {
  static const char *const stages[] = {"seed", "pre-seed", NULL};
  size_t e = fx_find(x, money, money + 32 < s->ve ? money + 32 : s->ve, "extension");
  return e != FX_NONE && fx_ends_with_any(x, e, stages) && fx_lower_words(x, money, e) ? e : FX_NONE;
}

/* Is the word from 'p' to 'e' one a round's stage is named by: lower case
** ("seed", "pre-seed", "new"), or "Series", "pre-Series" and its letter? */
static int round_stage_word(const ivl_fctx *x, size_t p, size_t e) {
  if (e == p + 1 && ivl_isupper((unsigned char)x->t[p])) return 1;
  if (e - p == 6 && memcmp(x->t + p, "Series", 6) == 0) return 1;
  if (e - p == 10 && memcmp(x->t + p, "pre-Series", 10) == 0) return 1;
  return fx_lower_words(x, p, e);
}

/* Are the words from 'p' to 'to' (split by spaces) each a round's stage
** word or lower case (round_stage_word): "a pre-Series A round of"? */
static int round_stage_words(const ivl_fctx *x, size_t p, size_t to) {
  for (size_t e; p < to; p = e + 1) {
    for (e = p; e < to && x->t[e] != ' '; e++) {}
    if (!round_stage_word(x, p, e)) return 0;
  }
  return 1;
}

/* "raised $5 million in seed funding led by X", "in pre-Series A
** financing from Y": the round named by its noun of funding, only a few
** words of its stage between the money and it; where that noun ends, its
** start in *start; FX_NONE when there is none. Borrowed money is no round
** ("in debt financing led by a bank"). */
static size_t funding_word_end(const ivl_fctx *x, const ivl_fsent *s, size_t money, size_t *start) {
  static const char *const nouns[] = {"funding", "financing", NULL};
  static const char *const borrowed[] = {"debt", "bank", "loan*", "bond*", "credit", "mezzanine", NULL};
  size_t to = money + 32 < s->ve ? money + 32 : s->ve;
  size_t n = fx_first(x, money, to, nouns);
  if (n == FX_NONE || x->t[money] != ' ' || !fx_starts_with(x, money + 1, "in") || fx_any(x, money, n, borrowed))
    return FX_NONE;
  if (!round_stage_words(x, money + 4, n)) return FX_NONE;
  *start = n;
  return n + (fx_starts_with(x, n, "funding") ? 7 : 9);
}

/* Where the word of the round after the money ends: "round", a seed
** extension, or a series named alone right after the money ("closed a
** US$25 million Series C led by X", "a US$4 million pre-Series A from
** X"), or a noun of funding (funding_word_end); its start in *start;
** FX_NONE when there is none. */
static size_t round_word_end(const ivl_fctx *x, const ivl_fsent *s, size_t money, size_t *start) {
  size_t r = fx_find(x, money, s->ve, "round");
  if (r != FX_NONE) return *start = r, r + 5;
  size_t ext = seed_extension(x, s, money);
  if (ext != FX_NONE) return *start = ext, ext + 9;
  size_t f = funding_word_end(x, s, money, start);
  if (f != FX_NONE) return f;
  size_t se = fx_find(x, money, money + 12 < s->ve ? money + 12 : s->ve, "series");
  /* ("pre-Series" is one word to fx_find) */
  if (se == FX_NONE) {
    size_t pre = fx_find(x, money, money + 16 < s->ve ? money + 16 : s->ve, "pre-series");
    if (pre != FX_NONE) se = pre + 4;
  }
  if (se == FX_NONE || !fx_lower_words(x, money, se)) return FX_NONE;
  /* "Series" and one capital letter: not "a series of" */
  size_t p = se + 6;
  if (p + 2 > s->ve || x->t[se] != 'S' || x->t[p] != ' ' || !ivl_isupper((unsigned char)x->t[p + 1]) ||
      (p + 2 < s->ve && ivl_isalpha((unsigned char)x->t[p + 2])))
    return FX_NONE;
  return *start = se, p + 2;
}

/* "It also led the $9 million Series A round of X, alongside Singapore's
** Y", "putting $3.5 million into the startup's seed extension alongside
** Z": a firm's own money into a round (figure 'f', stored for 'inv' in
** 'tgt'), the round's other investors listed after it; each invests where
** the firm does, with the figure's date and no figure of its own. */
static void round_coinvestors(ivl_fctx *x, const ivl_fsent *s, const figure *f, party inv, party tgt) {
  static const char *const rounds[] = {"round", "extension", "series", NULL};
  size_t at = f->money && inv.m ? participants_at(x, s, f->money->ve) : FX_NONE;
  if (at == FX_NONE || fx_first(x, f->money->ve, at, rounds) == FX_NONE) return;
  figure g = inv_unfigured(f);
  const char *frame = x->frame;
  x->frame = "invest.named";
  for (const ivl_fm *m = raised_from_org(x, s, at); m; m = next_participant(x, s, m)) {
    if (m->party && strcmp(m->party, inv.name) == 0) continue;
    g.vs = g.ve = m->vs;
    inv_store_figure(x, s, &g, (party){m->party, m, (m->flags & FM_VN) != 0, 0}, tgt);
  }
  x->frame = frame;
}

/* "co-led by Japan's A and US-based B": the second leader, joined to the
** first ('m', the i-th mention) by "and", only its country or home
** between; NULL when there is none. */
static const ivl_fm *co_leader(const ivl_fctx *x, const ivl_fsent *s, size_t i, const ivl_fm *m) {
  if (x->t[m->ve] != ' ' || !fx_starts_with(x, m->ve + 1, "and")) return NULL;
  for (size_t j = i + 1; j < s->n && s->m[j].vs < m->ve + 40; j++) {
    const ivl_fm *o = &s->m[j];
    if (o->kind == FM_ORG) return memchr(x->t + m->ve, ',', o->vs - m->ve) ? NULL : o;
    if (o->kind != FM_COUNTRY && o->kind != FM_PLACE) return NULL;
  }
  return NULL;
}

/* "X, the venture capital arm of South Korea's Y, has led ...": where the
** words after firm 'm' and its appositive (", the ...," or ", a ...,")
** start, before 'to'; m->ve when it has none. (A clause of "which" about
** it too: "X, which manages a family's wealth, has led ...") */
static size_t past_appositive(const ivl_fctx *x, const ivl_fm *m, size_t to) {
  static const char *const opens[] = {"the", "a", "an", "which", NULL};
  if (x->t[m->ve] != ',' || !fx_starts_with_any(x, m->ve + 1, opens)) return m->ve;
  size_t c = m->ve + 1;
  while (c < to && x->t[c] != ',') c++;
  return c < to ? c + 1 : m->ve;
}

/* "In the same month, the firm co-led a $7 million Series A round in X":
** the company named last before (x->c.company), referred back to by its
** noun right before a verb of leading and the money ('money_at'); NULL
** when the sentence says no such thing. */
static const ivl_fm *leader_referred_back(const ivl_fctx *x, const ivl_fsent *s, size_t money_at) {
  static const char *const nouns[] = {"the firm", "the company", "the fund", "the group", NULL};
  static const char *const leads[] = {"led", "co-led", "leads", "co-leads", NULL};
  const ivl_fm *c = x->c.company;
  if (!c || c->kind != FM_ORG || !(c->flags & FM_COMPANY) || c->vs >= s->vs) return NULL;
  size_t n = fx_first(x, s->vs, money_at, nouns);
  if (n == FX_NONE || !fx_lower_words(x, n, money_at)) return NULL;
  return fx_first(x, n, money_at, leads) != FX_NONE ? c : NULL;
}

/* "X has already made its first deal, joining a $3 million seed round of
** Y": firm 'm' joins the round whose money starts at 'money_at', the
** words between lower-case (a comma too) and ending on a verb of joining. */
static int joins_round(const ivl_fctx *x, const ivl_fm *m, size_t money_at) {
  static const char *const joining[] = {"joining a", "joined a", "joins a", "taking part in a", "took part in a",
                                        "participating in a", "participated in a", NULL};
  size_t j = fx_first(x, m->ve, money_at, joining);
  if (j == FX_NONE || !fx_only(x, j, money_at, " abcdefghijklmnopqrstuvwxyz-")) return 0;
  for (size_t p = m->ve; p < j; p++)
    if (!ivl_islower((unsigned char)x->t[p]) && x->t[p] != ' ' && x->t[p] != ',' && x->t[p] != '-') return 0;
  return 1;
}

/* "The round was led by local fund Y": the leader of the round told in
** the sentence or two before (by its money), in a sentence of its own with
** no figure, invests where the round does, with no figure of its own. */
static int round_led_later(ivl_fctx *x, const ivl_fsent *s) {
  static const char *const rounds[] = {"the round", "the funding round", "the seed round", "the investment round",
                                       NULL};
  static const char *const led[] = {"was led by", "was co-led by", "was backed by", NULL};
  if (!x->c.joined_sent || s->index > x->c.joined_sent + 1 || !x->c.joined_target ||
      !fx_starts_with_any(x, s->vs, rounds))
    return 0;
  size_t by = fx_first(x, s->vs, s->vs + 40 < s->ve ? s->vs + 40 : s->ve, led);
  if (by == FX_NONE) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY) return 0;
  by = fx_find(x, by, s->ve, "by") + 2;
  const ivl_fm *m = raised_from_org(x, s, by);
  if (!m) return 0;
  figure f = {.vs = m->vs, .ve = m->vs, .cs = s->vs, .ce = s->ve};
  party tgt = {x->c.joined_target, NULL, 1, 0};
  x->frame = "invest.named";
  inv_store_figure(x, s, &f, (party){m->party, m, (m->flags & FM_VN) != 0, 0}, tgt);
  return 1;
}

/* "raised $6 million in a Series A in 2024 from A and B": where the
** round's words go on past the date told right after its word ("in
** 2024", "in March"), so that its investors after "from" are still
** found; 'end' when no date follows. */
static size_t past_round_date(const ivl_fctx *x, const ivl_fsent *s, size_t end) {
  if (!fx_starts_with(x, end, "in")) return end;
  size_t k = fx_mentions_from(s->m, s->n, end);
  if (k >= s->n || s->m[k].kind != FM_DATE || !fx_lower_words(x, end, s->m[k].vs)) return end;
  return s->m[k].ve;
}

/* "The startup's $9 million Series A, closed in 2024, was led by X": the
** leader told past an aside between commas right after the round's word
** (one with no name in it, as long as a date and its verb); where the
** words of leading start, FX_NONE when there are none. */
static size_t led_past_aside(const ivl_fctx *x, const ivl_fsent *s, size_t round_end, const char *const *heads) {
  if (round_end >= s->ve || x->t[round_end] != ',') return FX_NONE;
  size_t close = round_end + 1;
  while (close < s->ve && close < round_end + 40 && x->t[close] != ',') close++;
  if (close >= s->ve || x->t[close] != ',') return FX_NONE;
  for (size_t i = fx_mentions_from(s->m, s->n, round_end); i < s->n && s->m[i].vs < close; i++)
    if (s->m[i].kind != FM_DATE) return FX_NONE;
  size_t at = fx_first(x, close, close + 12 < s->ve ? close + 12 : s->ve, heads);
  return at != FX_NONE && fx_lower_words(x, close + 1, at) ? at : FX_NONE;
}

static void funding_round(ivl_fctx *x, const ivl_fsent *s) {
  static const char *const raised[] = {"raised", "raises", "raising", "closed", "secured", "took in", "takes in",
                                       NULL};
  static const char *const leads[] = {"led", "leads", "co-led", "co-leads", NULL};
  /* "backed by": a round's investors named as its leaders are */
  static const char *const heads[] = {"led by", "headed by", "backed by", NULL};
  size_t money = FX_NONE, money_at = FX_NONE;
  const ivl_fm *cash = NULL;
  for (size_t i = 0; i < s->n && money == FX_NONE; i++)
    if (s->m[i].kind == FM_MONEY) money = s->m[i].ve, money_at = s->m[i].vs, cash = &s->m[i];
  if (money == FX_NONE || money >= s->ve) return;
  size_t round, round_end = round_word_end(x, s, money, &round);
  if (round_end == FX_NONE) return;
  int raising = fx_any(x, s->vs, money, raised);
  if (!raising) {
    /* the leader before the money, what is between it and the money only
    ** its leading: "X has led a $25 million Series B round in Y" */
    if (round > money + 30) return;
    for (size_t i = 0; i < s->n && s->m[i].ve <= money_at; i++) {
      const ivl_fm *m = &s->m[i];
      if (m->kind != FM_ORG) continue;
      size_t from = past_appositive(x, m, money_at);
      size_t led = fx_first(x, from, money_at, leads);
      if ((led != FX_NONE && fx_lower_words(x, from, money_at)) || joins_round(x, m, money_at)) {
        store_round_investor(x, s, m, cash, 0);
        round_participants(x, s, cash, round);
        return;
      }
    }
    /* "the firm co-led a $7 million Series A round in X": the company
    ** spoken of last, referred back to by its noun right before the verb */
    const ivl_fm *referred = leader_referred_back(x, s, money_at);
    if (referred) {
      store_round_investor(x, s, referred, cash, 0);
      round_participants(x, s, cash, round);
      return;
    }
    /* else only "round led by", "round, led by", "round was led by" */
    if (!fx_only(x, round_end, round_end < s->ve ? round_end + 1 : s->ve, ", ") &&
        !fx_starts_with(x, round_end, "was led") && !fx_starts_with(x, round_end, "led"))
      return;
  }
  size_t at = fx_first(x, round, round_end + 20 < s->ve ? round_end + 20 : s->ve, heads);
  if (at == FX_NONE) at = led_past_aside(x, s, round_end, heads);
  if (at == FX_NONE) {
    /* a round raised "from" its investors, no leader named ("raised $3
    ** million in a pre-seed round from A and B"), else the round's other
    ** investors alone */
    size_t told = past_round_date(x, s, round_end);
    size_t from = fx_find(x, told, told + 8 < s->ve ? told + 8 : s->ve, "from");
    if (from != FX_NONE && fx_lower_words(x, told, from)) investors_from(x, s, cash, from);
    /* (not a firm's own money put into the round: "X put $4 million into
    ** the Series A round of Y, alongside Z" is X's, its co-investors told
    ** beside it, round_coinvestors) */
    else if (raising) round_participants(x, s, cash, round);
    return;
  }
  size_t reach = at + 40;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < at) continue;
    if (m->vs > reach) return;
    /* "led by Japan's Mizuho Bank": the leader's country before it */
    if (m->kind == FM_COUNTRY && fx_possessive(x, m)) continue;
    /* (or its home, "led by US-based X", "led by Seoul-based X", or its
    ** country with words of what it is, "led by US fund X"; the leader
    ** sought as far past the home as past "led by": "led by
    ** Singapore-headquartered growth investor X") */
    size_t n = i + 1; /* (past the trade said of it: "consumer technology investor") */
    while (n < s->n && s->m[n].kind == FM_SECTOR) n++;
    if ((m->kind == FM_COUNTRY || m->kind == FM_PLACE) &&
        (fx_starts_with(x, m->ve, "-based") ||
         (n < s->n && s->m[n].kind == FM_ORG && fx_lower_words(x, m->ve, s->m[n].vs)))) {
      reach = m->ve + 60;
      continue;
    }
    if (m->kind == FM_SECTOR && reach != at + 40) continue; /* (what it is, past its home) */
    if (m->kind != FM_ORG) return;
    /* each of two leaders; a round backed by one investor alone is its
    ** money ("raised $13 million in a Series A round, backed by X", as
    ** money raised from one: raised_from) */
    const ivl_fm *co = co_leader(x, s, i, m);
    int sole = !co && fx_starts_with(x, at, "backed") && participants_at(x, s, m->ve) == FX_NONE;
    store_round_investor(x, s, m, cash, sole);
    if (co) store_round_investor(x, s, co, cash, 0);
    round_participants(x, s, cash, m->ve);
    return;
  }
}

/* The org a round's money came from, after "from": past its country or
** home ("from Japan's X", "from US-based X", "from US fund X"); NULL when
** what follows is no org ("from investors", "from the sale of ..."). */
static const ivl_fm *raised_from_org(const ivl_fctx *x, const ivl_fsent *s, size_t from) {
  int after_home = 0; /* what is between a home and the org was asked with the home */
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < from) continue;
    if (m->vs > from + 40 || (!after_home && !fx_lower_words(x, from, m->vs))) return NULL;
    /* "local tech group FPT's venture unit FPT Ventures": the unit named
    ** after its parent's possessive and what it is */
    if (m->kind == FM_ORG && fx_possessive(x, m) && i + 1 < s->n && s->m[i + 1].kind == FM_ORG &&
        s->m[i + 1].vs <= m->ve + 40 && fx_lower_words(x, m->ve + fx_possessive(x, m), s->m[i + 1].vs) &&
        fx_find(x, m->ve, s->m[i + 1].vs, "and") == FX_NONE)
      return &s->m[i + 1];
    if (m->kind == FM_ORG) return m;
    /* (past the trade said of it after its home: "to US healthcare fund X";
    ** set qweek54) */
    if (m->kind == FM_SECTOR && after_home) continue;
    size_t n = i + 1;
    while (n < s->n && s->m[n].kind == FM_SECTOR) n++;
    /* (a city's possessive too: "from Tokyo's X"; set qweek100) */
    int home = fx_possessive(x, m) || fx_starts_with(x, m->ve, "-based") ||
               (n < s->n && s->m[n].kind == FM_ORG && fx_lower_words(x, m->ve, s->m[n].vs));
    if ((m->kind != FM_COUNTRY && m->kind != FM_PLACE) || !home) return NULL;
    after_home = 1;
  }
  return NULL;
}

/* Where the amount 'money' ends as told, past its equivalent in brackets
** ("VNĐ2 trillion (US$76 million) from Y": the words after are still the
** amount's). */
static size_t past_equivalent(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *money) {
  size_t k = fx_mentions_from(s->m, s->n, money->ve);
  if (k < s->n && s->m[k].kind == FM_MONEY && inv_joins_equivalent(x, money->ve, s->m[k].vs)) {
    size_t end = s->m[k].ve;
    return end < s->ve && x->t[end] == ')' ? end + 1 : end;
  }
  return money->ve;
}

/* "from its existing investor, Korea's X": where the investor's name
** starts past what it is to the raiser, told lower case before a comma;
** 'at' when no such words come first. */
static size_t past_backer_words(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const backers[] = {"investor", "backer", "shareholder", NULL};
  size_t c = at;
  while (c < s->ve && c < at + 40 && x->t[c] != ',') c++;
  if (c >= s->ve || x->t[c] != ',' || !fx_lower_words(x, at, c)) return at;
  size_t b = fx_first(x, at, c, backers);
  return b != FX_NONE && fx_only(x, b, c, "abcdefghijklmnopqrstuvwxyz") ? c + 1 : at;
}

/* The investors the money 'cash' was raised from, named after "from" at
** 'from': one puts in all of it; of "from A and B" each is named with no
** figure of its own, as co-leaders are. */
static void investors_from(ivl_fctx *x, const ivl_fsent *s, const ivl_fm *cash, size_t from) {
  /* ("from investors including X": one of several, its part not told) */
  static const char *const among[] = {"including", "includes", "such as", "among them", NULL};
  const ivl_fm *m = raised_from_org(x, s, past_backer_words(x, s, from + 4));
  if (!m || ivl_facts_lender_without_stake(x, s, m)) return;
  const ivl_fm *other = NULL;
  if (x->t[m->ve] == ' ' && fx_starts_with(x, m->ve + 1, "and")) other = raised_from_org(x, s, m->ve + 4);
  store_round_investor(x, s, m, cash, other == NULL && !fx_any(x, from, m->vs, among));
  if (other) store_round_investor(x, s, other, cash, 0);
}

/* "raised $3 million in pre-Series A funding, all of it from X", "bagged
** $5 million in a seed round from X": the round named after the money (no
** comma inside, no "from"), and the words that all of it came from one
** investor; where they end, or 'said' when no round is named there. */
static size_t past_round_named(const ivl_fctx *x, const ivl_fsent *s, size_t said) {
  static const char *const nouns[] = {"funding", "financing", "round", NULL};
  static const char sole[] = ", all of it";
  if (said + 4 >= s->ve || x->t[said] != ' ' || !fx_starts_with(x, said + 1, "in")) return said;
  size_t to = said + 40 < s->ve ? said + 40 : s->ve;
  size_t noun = fx_first(x, said + 4, to, nouns);
  if (noun == FX_NONE || memchr(x->t + said, ',', noun - said) || fx_find(x, said, noun, "from") != FX_NONE)
    return said;
  size_t e = noun;
  while (e < s->ve && ivl_isalpha((unsigned char)x->t[e])) e++;
  if (e + sizeof sole - 1 <= s->ve && memcmp(x->t + e, sole, sizeof sole - 1) == 0) e += sizeof sole - 1;
  return e;
}

/* "raised $15 million through its Singapore holding company from X": the
** words from 'at' to 'from' a route through the raiser's own company, its
** capitals only a country or place it is in. */
static int through_own_unit(const ivl_fctx *x, const ivl_fsent *s, size_t at, size_t from) {
  static const char *const routes[] = {"through its", "via its", NULL};
  if (!fx_starts_with_any(x, at, routes) || memchr(x->t + at, ',', from - at)) return 0;
  size_t k = fx_mentions_from(s->m, s->n, at);
  for (size_t p = at; p < from; p++) {
    while (k < s->n && s->m[k].ve <= p) k++;
    int inside = k < s->n && s->m[k].vs <= p && (s->m[k].kind == FM_COUNTRY || s->m[k].kind == FM_PLACE);
    if (ivl_isupper((unsigned char)x->t[p]) && !inside) return 0;
  }
  return 1;
}

/* "Startup X has raised $8 million from Japan's Y", "X secured $20 million
** in new funding from Y": a company raising money from a named investor,
** with no round led (funding_round). One investor puts in all of it; of
** "from A and B" each is named with no figure of its own, as co-leaders
** are. Borrowed money is no one's investment ("secured a $50 million loan
** from X", "raised $10 million in bonds from"). */
static void raised_from(ivl_fctx *x, const ivl_fsent *s) {
  static const char *const raised[] = {"raised", "raises", "secured", "secures", "received", "receives",
                                       "bagged", "bags", "landed", "lands", "netted", "nets", "got", "gets",
                                       "took in", "takes in", "closed", NULL};
  static const char *const borrowed[] = {"loan*", "credit*", "debt", "bond*", "borrow*", "grant*", NULL};
  const ivl_fm *cash = NULL, *raiser = NULL;
  for (size_t i = 0; i < s->n && !cash; i++) {
    if (s->m[i].kind == FM_ORG && !raiser) raiser = &s->m[i];
    if (s->m[i].kind == FM_MONEY) cash = &s->m[i];
  }
  if (!cash || !raiser) return;
  /* the company, its verb of raising, its money: "X (has) raised $8 million"
  ** (past what it is, told between commas: "X, a start-up set up in Trà
  ** Vinh by returnees, received $3 million from Y"; set qweek100) */
  size_t past = past_appositive(x, raiser, cash->vs);
  size_t verb = fx_first(x, past, cash->vs, raised);
  if (verb == FX_NONE || !round_stage_words(x, past + (x->t[past] == ' '), cash->vs)) return;
  size_t said = past_equivalent(x, s, cash), round = past_round_named(x, s, said);
  size_t to = said + 48 < s->ve ? said + 48 : s->ve;
  size_t from = fx_find(x, round, to, "from");
  if (from == FX_NONE || !(fx_lower_words(x, round, from) || through_own_unit(x, s, round, from)) ||
      fx_any(x, said, from, borrowed))
    return;
  investors_from(x, s, cash, from);
}

/* "X plans to raise VNĐ936 billion (US$35.5 million) by issuing 31.2
** million new shares to Japan's Y": a private placement told from the
** issuer's side; the buyer of the shares puts in the money raised, as the
** one investor it was raised from (raised_from). The issuer's raising is
** no investment of its own. */
static void raised_by_placing(ivl_fctx *x, const ivl_fsent *s) {
  static const char *const raise[] = {"raise", "raises", "raised", "raising", NULL};
  static const char *const placing[] = {"by issuing", "by selling", "by offering", "through issuing",
                                        "through selling", NULL};
  const ivl_fm *cash = NULL, *raiser = NULL;
  for (size_t i = 0; i < s->n && !cash; i++) {
    if (s->m[i].kind == FM_ORG && !raiser) raiser = &s->m[i];
    if (s->m[i].kind == FM_MONEY) cash = &s->m[i];
  }
  /* the verb right before the amount ("plans to raise"), the issuer
  ** before it past its ticker ("X JSC (HoSE: MCS)") */
  if (!cash || !raiser || raiser->ve > cash->vs ||
      fx_first(x, cash->vs > raiser->ve + 24 ? cash->vs - 24 : raiser->ve, cash->vs, raise) == FX_NONE)
    return;
  /* (past the amount's equivalent in brackets) */
  size_t to = cash->ve + 120 < s->ve ? cash->ve + 120 : s->ve;
  size_t by = fx_first(x, cash->ve, cash->ve + 32 < to ? cash->ve + 32 : to, placing);
  size_t shares = by == FX_NONE ? FX_NONE : fx_find(x, by, to, "shares to");
  if (shares == FX_NONE || memchr(x->t + by, ',', shares - by)) return;
  const ivl_fm *m = raised_from_org(x, s, shares + 9);
  if (m && m != raiser && !ivl_facts_lender_without_stake(x, s, m)) store_round_investor(x, s, m, cash, 1);
}

/* "X issued 120 million new shares to Korea's Y on Monday, raising VNĐ2.4
** trillion": the same placement told the other way round, the shares
** placed first and the money they raised after, in a participle; the
** buyer puts the money in, as in raised_by_placing. Not shares issued to
** shareholders at large, nor money the issue raises with no buyer named. */
static const char *const per_share[] = {"apiece", "each", "a share", "per share", NULL};

static void placed_then_raising(ivl_fctx *x, const ivl_fsent *s) {
  /* ("has completed a private placement of 14 million shares to Y, raising":
  ** the placement itself the verb; set qweek54) */
  static const char *const issued[] = {"issued", "issues", "issue", "sold", "sells", "sell", "placement of", NULL};
  static const char *const raising[] = {"raising", "worth", NULL};
  const ivl_fm *issuer = NULL;
  for (size_t i = 0; i < s->n && !issuer; i++)
    if (s->m[i].kind == FM_ORG) issuer = &s->m[i];
  if (!issuer) return;
  size_t to = issuer->ve + 120 < s->ve ? issuer->ve + 120 : s->ve;
  size_t verb = fx_first(x, issuer->ve, to, issued);
  size_t shares = verb == FX_NONE ? FX_NONE : fx_find(x, verb, to, "shares to");
  if (shares == FX_NONE || shares > verb + 48 || memchr(x->t + issuer->ve, ',', shares - issuer->ve)) return;
  const ivl_fm *buyer = raised_from_org(x, s, shares + 9);
  if (!buyer || buyer == issuer || ivl_facts_lender_without_stake(x, s, buyer)) return;
  /* the money right after the participle, in the buyer's clause or the
  ** one a comma opens after it */
  for (size_t i = fx_mentions_from(s->m, s->n, buyer->ve); i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_MONEY) continue;
    /* (past the price of one share: "at VNĐ65,000 apiece, a deal worth
    ** VNĐ3.9 trillion"; set qweek54) */
    if (fx_starts_with_any(x, m->ve, per_share)) continue;
    size_t near = m->vs > buyer->ve + 16 ? m->vs - 16 : buyer->ve;
    if (m->vs <= buyer->ve + 64 && fx_first(x, near, m->vs, raising) != FX_NONE) store_round_investor(x, s, buyer, m, 1);
    return;
  }
}

/* After the place 'placed' took its figure, does a ranked list go on to
** other places of Việt Nam ("..., followed by Hà Nội and HCM City")? */
static int ranks_places_after(const ivl_fctx *x, const ivl_fsent *s, const char *placed) {
  if (!placed) return 0;
  size_t on = fx_first(x, s->vs, s->ve, ivl_lexicon(LEX_GOES_ON));
  if (on == FX_NONE) return 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs > on && m->kind == FM_PLACE && (m->flags & FM_VN) && m->province && strcmp(m->province, placed) != 0)
      return 1;
  }
  return 0;
}

/* A price kept back (store_undisclosed_deal), also in a clause of its own:
** "..., though the price was not disclosed", "..., without disclosing the
** price". */
static const char *const undisclosed_price[] = {"undisclosed sum", "undisclosed amount", "undisclosed price",
                                                "undisclosed fee", "undisclosed consideration",
                                                "price was not disclosed", "price was undisclosed",
                                                "price has not been disclosed", "without disclosing the price",
                                                "did not disclose the price", NULL};

/* "It is X's second Vietnamese investment. Earlier in 2025, the company
** bought a 20% stake in Hanoi-based Y for an undisclosed sum": the buyer
** told as "the company" (or "the group", "the firm") right before the
** buying verb, no firm named before it, is the company spoken of (set
** qweek72); NULL when it is not so told or no such company can invest. */
static const ivl_fm *company_buyer_referred(const ivl_fctx *x, const ivl_fsent *s, const char *const *buys) {
  static const char *const referring[] = {"the company", "the group", "the firm", "the company also",
                                          "the group also", "the firm also", NULL};
  size_t verb = fx_first(x, s->vs, s->ve, buys);
  const ivl_fm *c = x->c.company;
  if (verb == FX_NONE || !fx_ends_with_any(x, verb, referring) || !c || c->kind != FM_ORG) return NULL;
  for (size_t i = 0; i < s->n && s->m[i].vs < verb; i++)
    if (s->m[i].kind == FM_ORG) return NULL;
  return (c->flags & FM_COMPANY) && fx_can_invest(x, c, 1) ? c : NULL;
}

/* "In Hai Duong, now part of Hai Phong, Taiwan's X acquired local maker Y
** for an undisclosed sum": the province of a Vietnamese place the sentence
** opens on ("In P,"), where the purchase is told to happen, NULL when it
** opens on none (set qweek103; not a buyer's base, "Hai Phong-based X"). */
static const char *opening_place(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const in[] = {"in", NULL};
  const ivl_fm *m = s->n ? &s->m[0] : NULL;
  if (!m || m->kind != FM_PLACE || !(m->flags & FM_VN) || !m->province || m->vs != s->vs + 3 ||
      !fx_ends_with_any(x, m->vs, in) || x->t[m->ve] != ',')
    return NULL;
  return m->province;
}

/* "Japan's Fujiwa Holdings has agreed to acquire Tân Á Cables JSC. The
** transaction is valued at $140 million.": a purchase told with no price,
** a firm buying a company named after the verb, waits for the next
** sentence to price it. Its money goes to the Vietnamese place named after
** the verb, else to Việt Nam when the company bought is Vietnamese; a
** purchase abroad or of no place known waits for nothing. */
/* (a Vietnamese buyer's purchase is noted only when its own sentence keeps
** the price back, "Vietnamese conglomerate X ... Later, X also acquired 51%
** of Hanoi-based Y for an undisclosed amount" (set qweek34): a named
** domestic firm's stake is its investment (rule 12); a price the next
** sentence gives is still left to the sentence's own reading) */
static void note_deal(ivl_fctx *x, const ivl_fsent *s) {
  static const char *const buys[] = {"acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought",
                                     "take over", "takes over", "took over", "purchase", "purchases", "purchased",
                                     /* "has completed its acquisition of Y" */
                                     "acquisition of", "takeover of", NULL};
  x->c.deal_buyer = NULL;
  /* (the mentions asked first: two firms, or a firm and works, and no sum
  ** are few sentences) */
  size_t orgs = 0;
  for (size_t i = 0; i < s->n && orgs < 2; i++) {
    if (s->m[i].kind == FM_MONEY) return;
    orgs += s->m[i].kind == FM_ORG;
  }
  const ivl_fm *referred = orgs == 1 ? company_buyer_referred(x, s, buys) : NULL;
  if (orgs < 2 && !(orgs == 1 && ((s->cues & CUE_WORKS) || referred))) return;
  size_t verb = fx_first(x, s->vs, s->ve, buys);
  /* (not a purchase only talked of: "is in talks to buy a stake in Y") */
  if (verb == FX_NONE || inv_choice_said(x, s->vs, verb)) return;
  /* "agreed to buy 60 per cent of a paper mill in Bắc Ninh": works bought,
  ** with the place after them */
  size_t works = orgs < 2 ? fx_first(x, verb, s->ve, inv_works) : FX_NONE;
  const ivl_fm *buyer = NULL, *bought = NULL;
  const char *tgt = NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_MONEY) return;
    if (m->ve <= verb) {
      if (!buyer && m->kind == FM_ORG && (m->flags & FM_COMPANY) && fx_can_invest(x, m, 1) &&
          !inv_possessor_of_next(x, s, i, s->ve))
        buyer = m;
    } else if (!bought && m->kind == FM_ORG) {
      bought = m;
    } else if (!tgt && m->kind == FM_PLACE && (m->flags & FM_VN) && m->province) {
      tgt = m->province;
    } else if (m->kind == FM_PLACE || m->kind == FM_COUNTRY) {
      if (!(m->flags & FM_VN)) return; /* "... of X in Thailand" */
    }
  }
  if (!buyer) buyer = referred;
  if (!buyer || !(bought || works != FX_NONE)) return;
  if (buyer->country && strcmp(buyer->country, "VN") == 0 && !fx_any(x, s->vs, s->ve, undisclosed_price)) return;
  if (!tgt) tgt = opening_place(x, s);
  if (!tgt && bought && inv_buys_into_vn_company(x, s, buyer)) tgt = "VN";
  if (!tgt) return;
  x->c.deal_buyer = buyer, x->c.deal_target = tgt, x->c.deal_ve = s->ve;
}

/* Does the sentence right after a purchase told with no price give its
** price: "The deal is valued at ...", "The transaction is worth ...", "The
** acquisition was priced at ..." (not "The firm is valued at ...", what
** the company bought is worth)? */
static int deal_priced(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const deals[] = {"the deal", "the transaction", "the acquisition", "the purchase",
                                      "the takeover", "the buyout", NULL};
  static const char *const priced[] = {"valued at", "worth", "priced at", NULL};
  if (!x->c.deal_before || !fx_starts_with_any(x, s->vs, deals)) return 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_MONEY) return fx_any(x, s->vs, m->vs, priced);
    if (m->kind == FM_ORG || m->kind == FM_COUNTRY || m->kind == FM_PLACE) return 0;
  }
  return 0;
}

/* Is figure 'f' a part of a total named back, a share alone ("80 per
** cent of that capital", "of the total") or an amount alone ("$6 billion
** of that total"), no count of its own? An amount only of a total held:
** "HCM City drew $1.2 billion of it" after a national flow is the city's
** own flow, dated by nothing it says. */
static int share_of_told_total(const ivl_fctx *x, const figure *f) {
  static const char *const of_told[] = {"of that", "of this", "of the total", "of the figure", "of it", NULL};
  const ivl_fm *part = f->share && !f->money                     ? f->share
                       : f->money && !f->share && x->c.fact_stock ? f->money
                                                                  : NULL;
  return part && !f->count && fx_starts_with_any(x, part->ve, of_told);
}

/* Does sentence 's' open by breaking down ("Of this, ...", "Of the total,
** ...") a total held (a stock) stated by the sentence right before, its
** figure 'f' with no period nor date of its own? */
/* (not "Of the total, newly registered capital accounted for ...": new or
** added money, a flow; the disbursed part of what is held is held) */
static int breaks_down_held(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const new_or_added[] = {"new", "newly", "added", "adding", "additional", "further", "fresh",
                                             "raised", "increase*", "licensed", "granted", NULL};
  return x->c.fact_stock && x->c.invest_age == 0 && x->c.fact_sent == s->index && !f->date &&
         inv_opens_breakdown(x, s) && !fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_PERIOD)) &&
         !fx_any(x, s->vs, s->ve, new_or_added);
}

static void invest_sentence(ivl_fctx *x, const ivl_fsent *s);

void ivl_facts_invest(ivl_fctx *x, const ivl_fsent *s) {
  size_t stored = x->out->n;
  invest_sentence(x, s);
  /* "The larger, worth $780 million, belongs to X. The other ...": the
  ** projects picked out one by one go on */
  if (x->out->n > stored && inv_picks_told_project(x, s)) x->c.projects_told_sent = s->index + 1;
}

/* "Foreign investors have registered $2.1 billion in 38 projects at the
** park to date. Domestic firms account for a further 74 projects":
** projects counted on top of those the sentence before stated, with no
** money or date of their own, have their basis and date (qsci). */
static void further_projects_as_before(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  if (x->c.invest_age != 0 || x->c.fact_sent != s->index) return;
  for (size_t i = 0; i < fs->n; i++) {
    figure *f = &fs->f[i];
    if (f->money || !f->count || f->date || !fx_ends_with_any(x, f->count->vs, inv_further)) continue;
    f->stock = x->c.fact_stock;
    f->date = x->c.fact_date;
  }
}

/* "Thai group X has bought the Sea Pearl Hotel in Nha Trang from local
** owner Y for an undisclosed sum": a purchase whose price is kept back is
** the buyer's investment all the same, with no figure; no later sentence
** prices it. */
static void store_undisclosed_deal(ivl_fctx *x, const ivl_fsent *s) {
  const ivl_fm *buyer = x->c.deal_buyer;
  if (!buyer || x->c.deal_ve != s->ve || !fx_any(x, s->vs, s->ve, undisclosed_price)) return;
  /* (a buyer referred to by "the company" stands in an earlier sentence:
  ** the figure then stands at the sentence's start) */
  size_t at = buyer->vs >= s->vs && buyer->vs < s->ve ? buyer->vs : s->vs;
  figure g = {.vs = at, .ve = at, .cs = s->vs, .ce = s->ve};
  /* "said in October it had agreed to buy ... for an undisclosed sum": the
  ** one date the sentence states dates it (rule 5) */
  g.date = sole_date(s);
  const char *frame = x->frame;
  x->frame = "invest.named";
  inv_store_figure(x, s, &g, (party){buyer->party, buyer, 0, 0}, (party){x->c.deal_target, NULL, 1, 0});
  x->frame = frame;
  x->c.deal_buyer = NULL;
}

/* "Lotus Bridge paid $42 million for a stake in X. Last month, it also
** took a minority position in Y ...", "The company already runs a plant in
** Biên Hòa that it bought in 2020": with no firm, country or person named
** before the pronoun, "it" is the company the text spoke of last as an
** investor; NULL when there is none. */
static const ivl_fm *company_spoken_of(const ivl_fctx *x, const ivl_fsent *s, size_t it) {
  const ivl_fm *c = x->c.company;
  if (!c || c->kind != FM_ORG || !(c->flags & FM_COMPANY)) return NULL;
  for (size_t i = 0; i < s->n && s->m[i].vs < it; i++) {
    int k = s->m[i].kind;
    if (k == FM_ORG || k == FM_COUNTRY || k == FM_PERSON) return NULL;
  }
  return c;
}

/* The buyer of a purchase told with the pronoun "it" ("a plant in Long An
** that it bought in 2022", "after it bought into a lender in 2024"): the
** first investor of the clause the pronoun stands in, from the last
** contrast (", while X is expanding a plant ... that it bought") or the
** sentence's start, to the pronoun; NULL when none. */
static const ivl_fm *pronoun_buyer(const ivl_fctx *x, const ivl_fsent *s, size_t it) {
  size_t from = s->vs, comma;
  for (size_t t = fx_contrast_turn(x, s->vs, it, &comma); t != FX_NONE; t = fx_contrast_turn(x, t + 1, it, &comma))
    from = t;
  const ivl_fm *buyer = inv_first_investor(x, s, from, it, 1);
  return buyer ? buyer : company_spoken_of(x, s, it);
}

/* The firm a buying verb at 'verb' is said of as its subject: the firm
** right before it, only an aside's comma and a few adverbs of time
** between ("The seller, Thailand's X, had bought", "X also bought"), else
** NULL. */
static const ivl_fm *subject_buyer(const ivl_fctx *x, const ivl_fsent *s, size_t verb) {
  /* (and a relative clause's "which": "Korean insurer X, which acquired Y
  ** from its shareholders", set qweek72) */
  static const char *const adverbs[] = {"had", "has", "also", "first", "already", "earlier", "originally", "which",
                                        NULL};
  const ivl_fm *last = NULL;
  for (size_t i = 0; i < s->n && s->m[i].ve <= verb; i++) last = &s->m[i];
  if (!last || last->kind != FM_ORG || !(last->flags & FM_COMPANY) || !fx_can_invest(x, last, 1)) return NULL;
  /* (not the agent of a participle before it: "a fund managed by X, which
  ** bought into the firm", the fund's purchase) */
  if (fx_ends_with(x, last->vs, "by") && fx_find(x, last->ve, verb, "which") != FX_NONE) return NULL;
  size_t p = last->ve;
  while (p < verb && (x->t[p] == ',' || x->t[p] == ' ')) p++;
  while (p < verb && fx_starts_with_any(x, p, adverbs)) {
    while (p < verb && ivl_isalpha((unsigned char)x->t[p])) p++;
    while (p < verb && x->t[p] == ' ') p++;
  }
  return p == verb ? last : NULL;
}

/* The buyer of the buying verb at 'verb' (pronoun_buyer, subject_buyer),
** or NULL; *from: where the purchase's own words begin, the pronoun's
** conjunction ("after it bought"), the noun a relative clause hangs on
** (past the last comma before "that it bought"), or the verb. */
static const ivl_fm *purchase_buyer(const ivl_fctx *x, const ivl_fsent *s, size_t verb, size_t *from) {
  static const char *const pronoun[] = {"it", "it had", "it also", NULL};
  static const char *const relative[] = {"that", "which", NULL};
  *from = verb;
  if (!fx_ends_with_any(x, verb, pronoun)) return subject_buyer(x, s, verb);
  size_t it = fx_find_last(x, s->vs, verb, "it");
  const ivl_fm *buyer = pronoun_buyer(x, s, it);
  if (!buyer) return NULL;
  if (fx_ends_with_any(x, it, relative)) {
    *from = buyer->ve;
    for (size_t c = buyer->ve; c < it; c++)
      if (x->t[c] == ',') *from = c;
  } else {
    size_t p = it;
    while (p > s->vs && x->t[p - 1] == ' ') p--;
    while (p > s->vs && ivl_isalpha((unsigned char)x->t[p - 1])) p--;
    *from = p;
  }
  return buyer;
}

/* "On November 20, Korean insurer X acquired Y, a Hanoi-based insurer",
** "X acquired Y in March": a purchase's day or month, before 'end' and on
** or before the article's date, dates it as a past year does (set
** qweek72: completion notices tell the day, not the year); NULL when none. */
static const ivl_fm *purchase_day(const ivl_fctx *x, const ivl_fsent *s, size_t verb, size_t end) {
  /* (not a day the deal is still to close on: "acquired X, with the deal
  ** to close on June 30", read as last June by the verb's tense) */
  static const char *const to_come[] = {"to close", "to complete", "will", "expected", "due", "scheduled", NULL};
  /* (only a firm or a stake bought, named right after the verb: not "bought
  ** the project", "acquired the 92-hectare site at an auction", the works
  ** or land a notice of another deal tells in passing) */
  static const char *const stakes[] = {"stake", "stakes", "shares", "interest", "holding", NULL};
  size_t past = verb;
  while (past < end && ivl_isalpha((unsigned char)x->t[past])) past++;
  while (past < end && x->t[past] == ' ') past++;
  size_t k = fx_mention_from(x, past);
  /* (past the firm's seat written before its name: "acquired Hanoi-based
  ** X in June", set qweek79) */
  if (k + 1 < x->nm && x->m[k].vs == past && (x->m[k].kind == FM_PLACE || x->m[k].kind == FM_COUNTRY) &&
      fx_based_in(x, &x->m[k])) {
    size_t after = x->m[k].ve;
    while (after < end && x->t[after] != ' ') after++;
    while (after < end && x->t[after] == ' ') after++;
    if (x->m[k + 1].vs == after) past = after, k++;
  }
  int firm = k < x->nm && x->m[k].vs == past && x->m[k].kind == FM_ORG;
  if (!firm && !fx_any(x, past, past + 24 < end ? past + 24 : end, stakes)) return NULL;
  for (size_t i = 0; i < s->n && s->m[i].vs < end; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_DATE && m->value_s && strlen(m->value_s) >= 7 && ivl_isdigit((unsigned char)m->value_s[0]) &&
        strcmp(m->value_s, x->article_date) <= 0)
      return fx_any(x, s->vs, m->vs, to_come) ? NULL : m;
  }
  return NULL;
}

/* Does the verb at 'verb' take a holding ("took a minority position in",
** "picked up a 15% stake in"), a stake noun within its next words and
** "in" or "of" after it? Not "took a decision", "picked up a rumour". */
static int holding_taken(const ivl_fctx *x, const ivl_fsent *s, size_t verb) {
  static const char *const held[] = {"stake in", "stake of", "position in", "holding in", "shareholding in", NULL};
  static const char *const took[] = {"took a", "picked up a", NULL};
  size_t end = verb + 60 < s->ve ? verb + 60 : s->ve;
  return !fx_starts_with_any(x, verb, took) || fx_any(x, verb, end, held);
}

/* "X is expanding a plant in Long An that it bought in 2022", "..., its
** second deal in the country after it bought into a consumer lender in
** 2024", "The seller, Thailand's X, had bought the hotel from a local
** family in 2017": a purchase done in a past year, told in passing with no
** price in its clause, is the buyer's investment all the same, with no
** figure (an acquisition with no price is an investment with no amount),
** dated by its year, or by its day or month (purchase_day); so is one
** whose price is kept back, a pronoun or the firm before the verb its
** buyer, when store_undisclosed_deal found no firm buying. Not one
** abroad, not "was acquired by" (the seller's side). */
static void store_dated_purchase(ivl_fctx *x, const ivl_fsent *s) {
  /* (taken over and holdings taken too: "since it took it over in 2020",
  ** "Osaka's X picked up a 15% stake in Y") */
  static const char *const bought[] = {"bought", "acquired", "purchased", "took over", "took it over", "took a",
                                       "picked up a", NULL};
  static const char *const passive[] = {"was", "were", "been", "being", "be", NULL};
  /* (a price kept back dates nothing but stands for the year, and says a
  ** deal as the words of investing do: "Last month, it also took a
  ** minority position in Y for an undisclosed sum") */
  int kept_back = fx_any(x, s->vs, s->ve, undisclosed_price);
  if (!(s->cues & CUE_INVEST) && !kept_back) return;
  for (size_t verb = fx_first(x, s->vs, s->ve, bought); verb != FX_NONE;
       verb = fx_first(x, verb + 1, s->ve, bought)) {
    size_t ve = verb;
    while (ve < s->ve && ivl_isalpha((unsigned char)x->t[ve])) ve++;
    if (fx_ends_with_any(x, verb, passive) || fx_starts_with(x, ve, "back") || !holding_taken(x, s, verb)) continue;
    size_t from;
    const ivl_fm *buyer = purchase_buyer(x, s, verb, &from);
    if (!buyer) continue;
    /* the clause: to the next semicolon or the sentence's end */
    size_t end = verb;
    while (end < s->ve && x->t[end] != ';') end++;
    const ivl_fm *year = NULL, *place = NULL;
    int priced = 0, abroad = 0;
    for (size_t i = fx_mentions_from(s->m, s->n, from); i < s->n && s->m[i].vs < end; i++) {
      const ivl_fm *m = &s->m[i];
      priced |= m->kind == FM_MONEY;
      abroad |= inv_place_abroad(m);
      if (m->kind == FM_DATE && m->vs > verb && m->value_s && strlen(m->value_s) == 4 &&
          strncmp(m->value_s, x->article_date, 4) < 0)
        year = m;
      /* (the place the purchase's own words name: "a plant in Long An that
      ** it bought", "bought into a Đà Nẵng-based lender") */
      if (!place && m->kind == FM_PLACE && (m->flags & FM_VN) && m->province && !fx_speech_venue(x, s, m) &&
          !fx_reference_place(x, m))
        place = m;
    }
    if (!year) year = purchase_day(x, s, verb, end);
    /* (a year opening the sentence, its one date, dates a clause after it:
    ** "In 2024, X paid $210 million for Y, while Z picked up a stake in W") */
    /* (not a year of another clause's: "X put in VNĐ1 trillion in 2023,
    ** when it bought out its partner" is that money's purchase) */
    const ivl_fm *sole = sole_date(s);
    if (!year && sole && sole->vs == s->vs + 3 && fx_starts_with(x, s->vs, "in") && sole->vs < from &&
        strlen(sole->value_s) == 4 && strncmp(sole->value_s, x->article_date, 4) < 0)
      year = sole;
    if (priced || abroad || !(year || kept_back)) continue;
    figure g = {.vs = verb, .ve = verb, .cs = from, .ce = end, .date = year};
    party tgt = place ? (party){place->province, place, 1, 0} : inv_find_target(x, s, &g);
    if (!tgt.name && inv_buys_into_vn_company(x, s, buyer)) tgt = (party){"VN", NULL, 1, 0};
    if (!tgt.name) tgt = (party){place_spoken_of(x, s), NULL, 1, 0};
    if (!tgt.name || strcmp(tgt.name, "*") == 0 || strcmp(tgt.name, buyer->party) == 0) continue;
    const char *frame = x->frame;
    x->frame = "invest.named";
    inv_store_figure(x, s, &g, (party){buyer->party, buyer, 0, 0}, tgt);
    x->frame = frame;
    return;
  }
}

/* "Japan ranks first with 512 projects and USD 9.3 billion, the Republic
** of Korea second with 448 projects and USD 8.1 billion, and Taiwan
** (China) third with ...": the next place of a ranked list, its verb left
** out and only its ordinal said, is as the place before it (a holding when
** that one's is); the words around the ordinal are a list's joiners. Not
** "Japan ranks first with $9.3 billion, while Korea invested $8.1 billion
** in the second half": a verb of its own there. */
static int ranked_gapped(const ivl_fctx *x, const figure *prev, const figure *f) {
  static const char *const ordinals[] = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                         "ninth", "tenth", NULL};
  if (!prev->rank || f->rank != prev->rank + 1 || prev->ve > f->vs) return 0;
  size_t o = fx_first(x, prev->ve, f->vs, ordinals);
  if (o == FX_NONE) return 0;
  size_t oe = o;
  while (oe < f->vs && ivl_isalpha((unsigned char)x->t[oe])) oe++;
  return inv_list_joiner(x, prev->ve, o) && inv_list_joiner(x, oe, f->vs);
}

/* A joint venture deal's sentence and the facts it stores: the sentence
** right after may name the venture with the deal's figure
** (venture_figured). Asked as each sentence opens, so the facts of the one
** before are all stored. */
static void note_venture_deal(ivl_fctx *x, const ivl_fsent *s) {
  static const char *const venture[] = {"joint venture", "joint-venture", NULL};
  if (x->c.venture_deal_sent == s->index) x->c.venture_deal_to = x->out->n;
  if ((s->cues & CUE_DEAL) && fx_any(x, s->vs, s->ve, venture))
    x->c.venture_deal_sent = s->index + 1, x->c.venture_deal_from = x->out->n, x->c.venture_deal_to = x->out->n;
}

/* "A and B signed an agreement to set up a joint venture. A will own 70 per
** cent of the venture and B 30 per cent. The venture's charter capital is
** ...": the partners' shares told right after the founding, with no money,
** keep the founders the ones whose leader the venture's capital is of
** (leader_figured) for one sentence more (set qjv). */
static void venture_shares_told(ivl_fctx *x, const ivl_fsent *s) {
  static const char *const venture[] = {"of the venture", "of the joint venture", "in the venture",
                                        "in the joint venture", NULL};
  if (!x->c.members_founding || x->c.members_sent != s->index || !fx_any(x, s->vs, s->ve, venture)) return;
  int shares = 0;
  for (size_t i = 0; i < s->n; i++) {
    if (s->m[i].kind == FM_MONEY) return;
    shares |= s->m[i].kind == FM_PERCENT;
  }
  if (shares) x->c.members_sent = s->index + 1;
}

static void invest_sentence(ivl_fctx *x, const ivl_fsent *s) {
  venture_shares_told(x, s);
  note_venture_deal(x, s);
  note_venture_seat(x, s);
  /* the purchase told with no price in the sentence right before */
  x->c.deal_before = NULL;
  if (x->c.deal_buyer && s->vs >= x->c.deal_ve) {
    size_t p = x->c.deal_ve;
    while (p < s->vs && ivl_isspace((unsigned char)x->t[p])) p++;
    if (p == s->vs) x->c.deal_before = x->c.deal_buyer, x->c.deal_before_target = x->c.deal_target;
  }
  int priced = deal_priced(x, s);
  const ivl_fm *buyer = x->c.deal_before;
  const char *bought_in = x->c.deal_before_target;
  note_deal(x, s);
  size_t stored = x->out->n;
  store_undisclosed_deal(x, s);
  if (x->out->n == stored) store_dated_purchase(x, s);
  if (priced) {
    figures fs;
    fs.n = 0;
    inv_read_amounts(x, s, &fs);
    inv_set_clauses(x, s, &fs);
    inv_bind_dates(x, s, &fs);
    if (fs.n && fs.f[0].money) {
      party inv = {buyer->party, buyer, 0, 0};
      x->frame = "invest.figure";
      fs.f[0].stock = 0;
      inv_store_figure(x, s, &fs.f[0], inv, (party){bought_in, NULL, 1, 0});
      return;
    }
  }
  size_t before = x->out->n;
  funding_round(x, s);
  if (x->out->n == before) raised_from(x, s);
  if (x->out->n == before) raised_by_placing(x, s);
  if (x->out->n == before) placed_then_raising(x, s);
  /* the round's money is its investors' at large, not the leader's, even
  ** where the sentence speaks of capital ("venture capital firm X has led
  ** a $35 million round in Y") */
  if (x->out->n > before) return;
  int abroad = inv_note_outward(x, s);
  /* ("The additional $35 million will fund a second line" after a company
  ** told of expanding, nor one right after projects counted with no money,
  ** "The larger, worth $780 million, ...": inv_speaks_of_investment) */
  if (!(s->cues & (CUE_INVEST | CUE_WORKS | CUE_IT)) && x->c.invest_age > 2 &&
      !ivl_lexicon_extended(LEX_INVEST) && !(x->t[s->vs] == 'T' && fx_starts_with_any(x, s->vs, inv_additions)) &&
      !inv_picks_told_project(x, s) && !inv_founds_unit_with_money(x, s))
    return;
  /* (not "A, B and C were the largest investors, in that order": each
  ** its place, rank_only_figure) */
  if ((x->c.invest_age <= 2 || x->c.rank_age <= 1) && among_leaders(x, s) != FX_NONE && !said_in_order(x, s) &&
      named_without_figures(x, s))
    return;
  if (members_without_figures(x, s) || member_named_apart(x, s) || joined_later(x, s) || round_led_later(x, s)) return;
  venture_founders(x, s);
  if (!may_give_figures(x, s)) return;
  /* (a cost with no firm, the firm introduced next: investor_introduced_next) */
  if (!(inv_speaks_of_investment(x, s) || investor_introduced_next(x, s)) || inv_speaks_of_aid(x, s)) return;
  /* not zeroed: each figure is written whole as it is added (a compound
  ** literal), and none past fs.n is read; zeroing all MAX_FIGURES was
  ** 0.67M Ir on /tmp/b1, for one or two figures a sentence */
  figures fs;
  fs.n = 0;
  inv_read_amounts(x, s, &fs);
  inv_read_counts(x, s, &fs);
  inv_read_bare_counts(x, s, &fs);
  inv_read_numbered(x, s, &fs);
  if (fs.n == 0) rank_only_figure(x, s, &fs);
  if (fs.n == 0) numbered_only_figure(x, s, &fs);
  if (fs.n == 0 && x->c.invest_age <= 1 && inv_share_only(x, s, &fs.f[0])) fs.n = 1;
  if (fs.n == 0) {
    if (x->c.outward_age > 2) investors_listed(x, s, before, 0);
    return;
  }
  inv_set_clauses(x, s, &fs);
  inv_bind_buyers(x, s, &fs);
  inv_bind_dates(x, s, &fs);
  inv_mark_non_facts(x, s, &fs);
  inv_mark_ended_set(x, s, &fs);
  inv_bind_shares(x, s, &fs);
  inv_bind_ranks(x, s, &fs);
  for (size_t i = 0; i < fs.n; i++) {
    /* "the Netherlands has six projects worth $95 million, Germany five
    ** ($62 million) and France four ($40 million)": the verb left out,
    ** a member of the list is as the one before it (only names, numbers,
    ** "and" and commas between) */
    int gapped = i && fs.f[i].money && fs.f[i - 1].money &&
                 (inv_list_joiner(x, fs.f[i - 1].ve, fs.f[i].vs) || ranked_gapped(x, &fs.f[i - 1], &fs.f[i]));
    /* "Japan topped the 27 countries and territories investing in Thanh
    ** Hóa with $9.8 billion. Thailand came second with $1.6 billion": the
    ** next place of the list before, no period of its own, is as its head */
    int next_place = !i && fs.f[i].rank > 1 && !fs.f[i].position && fs.f[i].rank == x->c.last_rank + 1 && x->c.rank_age <= 1 &&
                     !fs.f[i].date && !fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_PERIOD));
    /* "now hosts 165 projects with total investment of $12.4 billion, of
    ** which foreign projects account for $11.3 billion": a part of a total
    ** held is held as it is */
    static const char *const of_which[] = {"of which", "of this", NULL};
    if (!gapped && i && fs.f[i - 1].stock && fx_any(x, fs.f[i - 1].ve, fs.f[i].vs, of_which)) gapped = 1;
    /* "... registered capital of $524.3 billion at the end of August. Of
    ** this, $350 billion had been disbursed": so is a part of the total
    ** held stated just before, said with no period of its own */
    int part_of_held = !i && breaks_down_held(x, s, &fs.f[i]);
    /* (inv_is_stock is reached only when inv_raised_to_total_of said no) */
    fs.f[i].stock = part_of_held || inv_raised_to_total_of(x, s, &fs.f[i]) ? 1
                    : (fs.f[i].listed || gapped) && i           ? fs.f[i - 1].stock
                    : fs.f[i].listed_before || next_place ? x->c.last_rank_stock
                                                          : inv_is_stock_unraised(x, s, &fs.f[i]);
    /* "..., making Taiwan the second largest investor, with total capital
    ** of $5.4 billion": the place the figure before made, held now */
    if (fs.f[i].position == 2) fs.f[i].stock = 1, fs.f[i].date = NULL;
    /* "domestic investors registered VNĐ512 trillion, while existing firms
    ** added another VNĐ221 trillion": with no cue of its own, a figure is
    ** as the one before it */
    int d = inv_domestic(x, s, &fs.f[i]);
    fs.f[i].domestic = d >= 0 ? d : i ? fs.f[i - 1].domestic : domestic_parts_go_on(x, s, &fs.f[i]);
  }
  /* (the sentence's figures, for the next one's parts) */
  if (fs.n) x->c.domestic_sent = fs.f[0].money && fs.f[0].domestic && !fs.f[0].not_fact ? s->index + 1 : 0;
  /* "Vietnamese investors poured $141 million into 28 projects abroad, with
  ** Laos the largest recipient with $62 million": a position in the flow
  ** just stated, said in a "with" clause of it, is that flow's */
  for (size_t i = 1; i < fs.n; i++) {
    if (!fs.f[i].stock || !fs.f[i].rank || fs.f[i].position == 2 || fs.f[i - 1].stock || fs.f[i - 1].ve > fs.f[i].vs)
      continue;
    size_t w = fx_find(x, fs.f[i - 1].ve, fs.f[i].vs, "with");
    if (w != FX_NONE && w >= 2 && x->t[w - 2] == ',' && !fx_any(x, w, fs.f[i].vs, ivl_lexicon(LEX_CUMULATIVE)))
      fs.f[i].stock = 0;
  }
  /* "has invested $1.3 billion since 2016, including the 2019 purchase of
  ** X for $620 million": a part of a running total told with a past year
  ** of its own is that year's flow */
  for (size_t i = 1; i < fs.n; i++) {
    const ivl_fm *d = fs.f[i].date;
    if (!fs.f[i].stock || !fs.f[i - 1].stock || !d || d == fs.f[i - 1].date || !d->value_s ||
        strlen(d->value_s) > 7 || strncmp(d->value_s, x->article_date, 4) >= 0 ||
        fx_find(x, fs.f[i - 1].ve, fs.f[i].vs, "including") == FX_NONE)
      continue;
    fs.f[i].stock = 0;
  }
  /* "India is ranked 26th among ..., with 390 projects worth $1 billion,
  ** the consul said at a business forum on February 23": a standing
  ** position as of the article, not of the speech's day */
  for (size_t i = 0; i < fs.n; i++)
    if (fs.f[i].stock && fs.f[i].date && inv_event_speech_day(x, fs.f[i].date)) fs.f[i].date = NULL;
  /* "Japanese investors registered $320 million in H1 ... The park
  ** attracted five of the projects, with total capital of $180 million":
  ** a part of the projects just stated has their basis and date */
  /* (said before the last figure: not "Kiên Giang has 62 projects worth
  ** $4.8 billion, most of them on Phú Quốc", an aside on its own projects;
  ** whoever their investor when a number of them is said: "Bắc Ninh is
  ** home to 2,400 valid FDI projects. Korean investors account for 1,100 of
  ** them, with $12 billion"; not "The largest of them was ...") */
  size_t part = x->c.invest_age == 0 && x->c.fact_sent == s->index && fs.n
                    ? fx_first(x, s->vs, fs.f[fs.n - 1].vs, inv_parts_of_projects)
                    : FX_NONE;
  /* (not one picked out by a superlative: "Haesung Display, the biggest of
  ** them, has invested $4.6 billion to date" is its own stock, of its own
  ** date) */
  static const char *const picked[] = {"biggest", "largest", "leading", "oldest", "smallest", NULL};
  if (part != FX_NONE && fx_ends_with_any(x, part, picked)) part = FX_NONE;
  size_t num = part;
  while (num != FX_NONE && num > s->vs && x->t[num - 1] == ' ') num--;
  /* (a number in words too: "Two of the projects belong to X, with ...") */
  static const char *const numbers[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", NULL};
  if (part != FX_NONE && (x->c.fact_investor || (num > s->vs && ivl_isdigit((unsigned char)x->t[num - 1])) ||
                          fx_ends_with_any(x, part, numbers)))
    for (size_t i = 0; i < fs.n; i++) {
      fs.f[i].stock = x->c.fact_stock;
      if (!fs.f[i].date) fs.f[i].date = x->c.fact_date;
    }
  further_projects_as_before(x, s, &fs);
  /* "Korean investors account for 85 per cent of the $12 billion in FDI
  ** that Thái Nguyên has attracted": the share of the whole has its basis */
  for (size_t i = 0; i < fs.n; i++)
    if (fs.f[i].whole)
      for (size_t k = 0; k < fs.n; k++)
        if (fs.f[k].share && !fs.f[k].money && !fs.f[k].count && fs.f[k].ve <= fs.f[i].vs) fs.f[k].stock = fs.f[i].stock;
  /* "... has 210 valid FDI projects with capital of $11 billion. The RoK
  ** accounts for more than 80 per cent of that capital": a share of the
  ** total the sentence before told has its basis and date */
  if (x->c.invest_age == 0 && x->c.fact_sent == s->index)
    for (size_t i = 0; i < fs.n; i++)
      if (share_of_told_total(x, &fs.f[i])) {
        fs.f[i].stock = x->c.fact_stock;
        if (!fs.f[i].date) fs.f[i].date = x->c.fact_date;
      }
  /* "THACO has poured $150 million into a farm, bringing its total to $700
  ** million": the money put in that brings a total up is a flow, though
  ** said in the perfect ("has poured") */
  static const char *const bringing[] = {"bringing", "lifting", "raising", "taking", "pushing", "boosting", NULL};
  for (size_t i = 0; i + 1 < fs.n; i++)
    if (fs.f[i].stock && !fs.f[i].raised_to && fs.f[i + 1].stock && fs.f[i].money && fs.f[i + 1].money &&
        fx_any(x, fs.f[i].ve, fs.f[i + 1].vs, bringing))
      fs.f[i].stock = 0;
  pair_respectively(x, s, &fs);
  /* (a sentence whose every figure a lender gives tells of aid: no
  ** investment, and no turn to money abroad for the sentences after it) */
  size_t lent = 0;
  while (lent < fs.n && lender_gives_figure(x, s, &fs.f[lent])) lent++;
  if (lent == fs.n) return;
  int outward = inv_speaks_of_outward(x, s, &fs.f[0], abroad);
    /* "Hà Nội led localities with $1.7 billion, followed by Bắc Ninh with
  ** $1.5 billion": a sentence giving figures to two places or more
  ** compares them, and speaks of none of them after it; the place spoken
  ** of before it still is ("Singapore was the biggest investor") */
  const char *topic = x->c.topic, *placed = NULL;
  int topic_age = x->c.topic_age, places = 0, abroad_before = 0;
  for (size_t i = 0; i < fs.n; i++) {
    if ((!fs.f[i].money && !fs.f[i].count && !fs.f[i].bare_count && !fs.f[i].rank && !fs.f[i].share) ||
        fs.f[i].not_fact || lender_gives_figure(x, s, &fs.f[i]))
      continue;
    /* (or a later clause's: "Domestic firms registered VNĐ412 trillion,
    ** while Hà Nội enterprises invested $86 million abroad"; and the part
    ** it names right after: "..., including a $25 million plant of X") */
    int part_abroad = abroad_before && fs.f[i].money && fx_find(x, fs.f[i - 1].ve, fs.f[i].vs, "including") != FX_NONE;
    int comes_in = outward && ((i > 0 && fs.f[i].money && inv_comes_in(x, s, &fs.f[i - 1], &fs.f[i])) ||
                               home_place_own(x, s, &fs, i));
    if (!comes_in && (outward || part_abroad || (i > 0 && fs.f[i].money && inv_gone_abroad(x, s, &fs.f[i])))) {
      inv_link_outward(x, s, &fs.f[i]);
      abroad_before = 1;
      continue;
    }
    abroad_before = 0;
    /* a rank with no figure needs someone named to hold it */
    if (!fs.f[i].money && !fs.f[i].count && !fs.f[i].bare_count &&
        !inv_first_investor(x, s, s->vs, s->ve, 1)) continue;
    link_figure(x, s, &fs.f[i]);
    if (x->c.topic_age == 0 && x->c.topic != placed) places++, placed = x->c.topic;
  }
  /* ("Bắc Ninh was the top destination with $2.26 billion, followed by Hà
  ** Nội and HCM City": the others ranked with no figure of their own) */
  if (places == 1 && x->c.topic_age == 0 && ranks_places_after(x, s, placed)) places++;
  if (places > 1) x->c.topic = topic, x->c.topic_age = topic_age;
  if (!outward) investors_listed(x, s, before, 1);
  list_goes_on_unfigured(x, s, &fs, before, outward);
  inv_listed_unfigured(x, s, &fs.f[0], before, outward);
}

