/*
** invest_roles.c
** Who invested and where: the investor and the target of a figure, from
** the mentions around it and the article's context; domestic capital
** (Việt Nam's) and investment abroad.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "invest.h"
#include "layout.h"
#include "lexicon.h"
#include "names.h"
#include "symbols.h"
#include "util.h"

/* {======================================================================
** Who invested, and where
** ======================================================================= */


/* "the Japanese partner will invest": one side of a deal told before, a
** firm of that country (not "Japanese partners": firms in general). */
static int partner_demonym(const ivl_fctx *x, const ivl_fm *m) {
  return (m->flags & FM_DEMONYM) && fx_starts_with(x, m->ve, "partner");
}

/* "the South Korean company": the company the article is about, not Korea. */
static int anaphoric_demonym(const ivl_fctx *x, const ivl_fm *m) {
  return fx_ends_with(x, m->vs, "the") && (fx_describes_company(x, m) || partner_demonym(x, m));
}

/* "Apple supplier Foxconn", "Apple iPhone assembler Foxconn", "Toyota
** affiliate Denso", "Samsung-linked Seoul Semicon": a company s->m[i] that
** a few lower-case words ending in a trading role (or a tie joined by a
** hyphen) tie to the company named next describes that one, and is no
** investor of its own. */
static const char *const trading_roles[] = {
  "supplier", "assembler", "partner", "affiliate", "customer", "client", "vendor", "subcontractor",
  "distributor", "rival", NULL};

/* "An Apple supplier, Taiwan's Kinsun Precision, will invest", "Another
** Samsung vendor, Daeyang Circuit, will put": the role set off by a comma,
** the firm it describes (its country's possessive may stand first) named
** right after and closed by a comma of its own. The index of that firm,
** or 0. */
static size_t role_in_apposition(const ivl_fctx *x, const ivl_fsent *s, size_t i, size_t to) {
  const ivl_fm *m = &s->m[i];
  size_t comma = m->ve;
  while (comma < to && comma < m->ve + 32 && x->t[comma] != ',') comma++;
  if (comma >= to || x->t[comma] != ',' || !fx_lower_words(x, m->ve, comma) ||
      !fx_ends_with_any(x, comma, trading_roles))
    return 0;
  size_t k = i + 1;
  if (k < s->n && s->m[k].kind == FM_COUNTRY && fx_possessive(x, &s->m[k]) && s->m[k].vs <= comma + 2) k++;
  if (k >= s->n || s->m[k].kind != FM_ORG || s->m[k].ve > to || s->m[k].vs > comma + 24) return 0;
  if (k > i + 1 && s->m[k].vs > s->m[k - 1].ve + 4) return 0;
  return s->m[k].ve < x->a->view.len && x->t[s->m[k].ve] == ',' ? k : 0;
}

static size_t describes_next(const ivl_fctx *x, const ivl_fsent *s, size_t i, size_t to) {
  /* (a tie only when joined to the name: "SK Group backed Masan with
  ** $340 million" is a verb, SK the investor) */
  static const char *const ties[] = {"linked", "backed", "affiliated", NULL};
  const ivl_fm *m = &s->m[i];
  if (m->kind != FM_ORG || i + 1 >= s->n) return 0;
  const ivl_fm *n = &s->m[i + 1];
  int joined = x->t[m->ve] == '-';
  if (n->vs - m->ve > 48 || (x->t[m->ve] != ' ' && !joined) || !ivl_islower((unsigned char)x->t[m->ve + 1]))
    return 0;
  /* (not "Gamuda Land and its local partner X": two firms, the first named first) */
  if (fx_starts_with(x, m->ve, "and")) return 0;
  if (n->kind != FM_ORG) return role_in_apposition(x, s, i, to);
  if (n->ve > to || n->vs - m->ve > 32) return 0;
  for (size_t p = m->ve; p < n->vs; p++)
    if (!ivl_isalpha((unsigned char)x->t[p]) && x->t[p] != ' ' && x->t[p] != '-')
      return x->t[p] == ',' ? role_in_apposition(x, s, i, to) : 0;
  return (fx_ends_with_any(x, n->vs, trading_roles) || (joined && fx_ends_with_any(x, n->vs, ties))) ? i + 1 : 0;
}

/* "Kessel's neighbour in the park, Taiwan's Chang Fu Fibre Corporation,
** has poured ...", "Daesan's Vietnamese partner in the plant, Đông Nam Bộ
** Plastics JSC, will contribute ...": a firm's possessive before a word of
** its tie to another, the other named after the comma (a country's
** possessive may stand before it), describes that other, which acts. */
static const char *const copulas[] = {"is", "was", NULL};

/* "Sorano's domestic rival Hoshizora Systems bought 15% of X": with no
** comma, the other's name right after the tie word (lower-case words
** before it, "domestic", "main") is the one the tie describes (set
** qweek144). Is the mention after m, no comma between, so named? */
static int tie_word_before_next(const ivl_fctx *x, const ivl_fsent *s, size_t i, size_t from,
                                const char *const *ties) {
  if (i + 1 >= s->n || s->m[i + 1].kind != FM_ORG || s->m[i + 1].vs > from + 40) return 0;
  for (size_t p = from; p < s->m[i + 1].vs; p++)
    if (x->t[p] == ',' || ivl_isupper((unsigned char)x->t[p])) return 0;
  return fx_ends_with_any(x, s->m[i + 1].vs, ties);
}

static int possessive_of_next(const ivl_fctx *x, const ivl_fsent *s, size_t i, size_t to) {
  static const char *const ties[] = {"neighbour", "neighbor", "partner", "rival", "competitor", "peer", "compatriot",
                                     "supplier", "customer", "shareholder", NULL};
  const ivl_fm *m = &s->m[i];
  size_t pos = fx_possessive(x, m);
  if (m->kind != FM_ORG || !pos) return 0;
  size_t from = m->ve + pos, comma = from;
  if (tie_word_before_next(x, s, i, from, ties)) return s->m[i + 1].ve <= to;
  while (comma < to && comma < from + 48 && x->t[comma] != ',') comma++;
  /* (or the other named after "is": "Phú Gia Bank's largest shareholder
  ** is Japan's Hoshizora Bank, which bought ...") */
  size_t is = fx_first(x, from, comma, copulas);
  if (is != FX_NONE && fx_any(x, from, is, ties)) comma = is + 2;
  else if (comma >= to || x->t[comma] != ',' || !fx_any(x, from, comma, ties)) return 0;
  for (size_t k = i + 1; k < s->n && s->m[k].vs < comma + 40; k++) {
    const ivl_fm *n = &s->m[k];
    if (n->vs < comma) { /* only a demonym between: "Vietnamese partner" */
      if (n->kind != FM_COUNTRY) return 0;
      continue;
    }
    if (n->kind == FM_ORG) return n->ve <= to;
    /* (a country's possessive or a demonym and its words before the name:
    ** "Japan's X", "Vietnamese conglomerate X") */
    if (n->kind != FM_COUNTRY || !(fx_possessive(x, n) || (n->flags & FM_DEMONYM))) return 0;
  }
  return 0;
}

int inv_possessor_of_next(const ivl_fctx *x, const ivl_fsent *s, size_t i, size_t to) {
  return possessive_of_next(x, s, i, to);
}

/* "X, the components unit of Korea's Y, said ...": past a description of
** the name in commas (it opens on an article), to the space after its
** closing comma; else 'p' itself. */
static size_t past_description(const ivl_fctx *x, size_t p, size_t to) {
  static const char *const articles[] = {"the", "a", "an", NULL};
  if (p + 2 >= to || x->t[p] != ',' || !fx_starts_with_any(x, p + 1, articles)) return p;
  const char *comma = memchr(x->t + p + 1, ',', (to < p + 100 ? to : p + 100) - (p + 1));
  return comma ? (size_t)(comma - x->t) + 1 : p;
}

/* Are the words from the speech verb at 'w' to 'its' only that verb,
** "that" and a date ("said on Monday that its ...")? Not "said it would
** raise the capital of its unit, X": there the unit is the object. */
static int only_speech_between(const ivl_fctx *x, const ivl_fsent *s, size_t w, size_t its) {
  static const char *const fillers[] = {"that", "on", "in", "a", "statement", NULL};
  size_t p = w;
  while (p < its && ivl_isalpha((unsigned char)x->t[p])) p++; /* the verb */
  while (p < its) {
    if (x->t[p] == ' ' || x->t[p] == ',') {
      p++;
      continue;
    }
    size_t k = fx_mentions_from(s->m, s->n, p);
    if (k < s->n && s->m[k].kind == FM_DATE && s->m[k].vs == p) {
      p = s->m[k].ve;
      continue;
    }
    if (!fx_starts_with_any(x, p, fillers)) return 0;
    while (p < its && ivl_isalpha((unsigned char)x->t[p])) p++;
  }
  return 1;
}

/* "X said its Vietnamese arm, X Vina, would add ...", "said on Monday that
** its local subsidiary, Y, will pour ...": the reported clause's subject is
** the speaker's own unit, named in apposition after its kin word; the
** index of that unit's mention when the words from the verb 'w' to mention
** k open so (k may be the demonym before the kin word), else 0. */
static size_t own_unit_named(const ivl_fctx *x, const ivl_fsent *s, size_t w, size_t k, size_t to) {
  static const char *const kin[] = {"subsidiary,", "unit,", "arm,", "affiliate,", NULL};
  size_t its = fx_find(x, w, s->m[k].vs, "its");
  if (its == FX_NONE || !only_speech_between(x, s, w, its)) return 0;
  /* the words after "its": a demonym or a few lower-case ones, then the
  ** kin word and its comma; the unit's name right after */
  for (size_t j = k; j < s->n && s->m[j].ve <= to && s->m[j].vs <= its + 48; j++) {
    if (s->m[j].kind == FM_COUNTRY && (s->m[j].flags & FM_DEMONYM)) continue;
    if (s->m[j].kind != FM_ORG) return 0;
    size_t comma = s->m[j].vs;
    while (comma > its && x->t[comma - 1] == ' ') comma--;
    return fx_ends_with_any(x, comma, kin) ? j : 0;
  }
  return 0;
}

/* "Vingroup said Samsung would invest ...", "FPT announced on Monday that
** Alibaba will ...": the mention i reports what another, named after its
** verb and before 'to', does; not "Samsung said it would invest". */
static int reports_another(const ivl_fctx *x, const ivl_fsent *s, size_t i, size_t to, int vn_target) {
  static const char *const itself[] = {"it", "its", "they", "their", NULL};
  size_t w = past_description(x, fx_past_web_suffix(x, s->m[i].ve), to); /* "VOV.VN reported that ..." */
  while (w < to && x->t[w] == ' ') w++;
  /* ("X also confirmed that Y had bought ...": the adverb before the verb) */
  if (fx_starts_with(x, w, "also")) w += 4;
  while (w < to && x->t[w] == ' ') w++;
  /* most names are followed by no such verb: its first letter says so */
  if (w >= to || !memchr("sactrd", x->t[w], 6) || !fx_starts_with_any(x, w, fx_speech_words)) return 0;
  /* the reported clause's subject: the first name after the verb that is
  ** no date ("said on Monday that Samsung"), no "it" before it */
  for (size_t k = i + 1; k < s->n && s->m[k].ve <= to; k++) {
    if (s->m[k].kind == FM_DATE || s->m[k].vs < w) continue;
    /* "said Thai media group Chao Media had bought ...": the demonym only
    ** describes the firm named after its lower-case words (set qweek68) */
    if ((s->m[k].flags & FM_DEMONYM) && k + 1 < s->n && s->m[k + 1].kind == FM_ORG &&
        s->m[k + 1].ve <= to && s->m[k + 1].vs > s->m[k].ve + 1 && fx_lower_words(x, s->m[k].ve, s->m[k + 1].vs))
      continue;
    size_t unit = own_unit_named(x, s, w, k, to);
    if (unit) return fx_can_invest(x, &s->m[unit], vn_target);
    return !fx_any(x, w, s->m[k].vs, itself) && fx_can_invest(x, &s->m[k], vn_target) &&
           !(s->m[k].flags & FM_DEMONYM);
  }
  return 0;
}

static int list_joint(const ivl_fctx *x, size_t from, size_t to);

/* "runs 18 hotels in Thailand": a country after "in", not after investors'
** nouns ("investors in Japan", "firms in Korea": those are who). */
static int works_in_country(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const investors[] = {"investors", "investor", "firms", "companies", "businesses", "enterprises",
                                          "corporations", "groups", NULL};
  if (!fx_ends_with(x, m->vs, "in")) return 0;
  size_t p = m->vs;
  while (p > 0 && x->t[p - 1] == ' ') p--;
  return p >= 2 && !fx_ends_with_any(x, p - 2, investors);
}

/* The first investor named in t[from, to): companies before countries
** ("US-based Amkor Technology", "Taiwan's Foxconn"). */
static int parent_of_next(const ivl_fctx *x, const ivl_fsent *s, size_t i);

/* Does the organisation named next after s->m[i] end before 'to'? */
static int unit_before(const ivl_fsent *s, size_t i, size_t to) {
  for (size_t k = i + 1; k < s->n; k++)
    if (s->m[k].kind == FM_ORG) return s->m[k].ve <= to;
  return 0;
}

/* "The company said it had signed an agreement with the Lao Government to
** develop a plant in Phongsaly, to which it will commit $210 million": the
** country a deal is signed with is the partner, not who puts the money in
** (set qpower). */
static int deal_partner_country(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const with[] = {"with", "with the", NULL};
  if (m->kind != FM_COUNTRY || !(s->cues & CUE_DEAL) || !fx_ends_with_any(x, m->vs, with)) return 0;
  /* (not the subject of its own clause: "with Japan, which will invest") */
  if (x->t[m->ve] == ',' && fx_starts_with(x, m->ve + 1, "which")) return 0;
  size_t back = m->vs > s->vs + 60 ? m->vs - 60 : s->vs;
  return fx_any(x, back, m->vs, ivl_lexicon(LEX_AGREEING));
}

/* "X was among the bidders", "X is bidding for it", "X was shortlisted":
** a firm in a tender, which has won nothing yet, puts in no money; not
** one the same clause says won ("X bid for and won the $700 million
** project", "X has bid and won"). */
static int bidder(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const and_won[] = {"and won", "and has won", "and later won", "and then won",
                                        "and eventually won", NULL};
  static const char *const bidding[] = {
    "was among the bidders", "is among the bidders", "were among the bidders", "are among the bidders",
    "was one of the bidders", "is one of the bidders", "is bidding", "was bidding", "are bidding",
    "were bidding", "bid for", "bids for", "has bid", "was shortlisted", "is shortlisted", "were shortlisted",
    "lost the bid", "lost out", NULL};
  if (m->kind != FM_ORG || !fx_starts_with_any(x, m->ve, bidding)) return 0;
  size_t to = m->ve + 60 < s->ve ? m->ve + 60 : s->ve;
  const char *comma = memchr(x->t + m->ve, ',', to - m->ve);
  if (comma) to = (size_t)(comma - x->t);
  return !fx_any(x, m->ve, to, and_won);
}

/* "a plant that stalled when its partner X pulled out last year will go
** ahead after Y agreed to take over the stake for $138 million": a firm
** whose own verb says it left the deal puts in none of the sentence's
** money; the one that stays or steps in does (set qstall). */
static int quitter(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const quit[] = {"pulled out", "pulls out", "withdrew", "withdraws", "exited", "quit",
                                     "walked away", "backed out", "dropped out", NULL};
  return m->kind == FM_ORG && fx_starts_with_any(x, m->ve, quit);
}

/* "The Dutch group came to Vietnam in 2008 through a joint venture with X,
** which imports corn, and opened its own plant ... with $40 million": the
** partner a venture is formed with is the object of "with", not the one
** who builds in the clause after it; the subject referred back to is. */
static int venture_partner(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const formed_with[] = {"joint venture with", "a venture with", "partnership with", NULL};
  return m->kind == FM_ORG && fx_ends_with_any(x, m->vs, formed_with);
}

/* "Through its wholly owned unit Aranda Investments, Temasek bought ...",
** "Via its Singapore arm, Lotus Holdings, Mitsui will invest ...": the
** unit an opening phrase names is the channel; the parent after the phrase
** acts and is the investor. The phrase ends at its comma, or at the next
** one when the phrase names no firm and an apposition names it ("its arm,
** X, Mitsui will"; not "Through its new fund, X, which ..., will invest",
** "..., X, a Tokyo firm, will": the main clause's subject is capitalised;
** nor "Through its arm, Mitsui invested $20 million, Reuters said": the
** apposition is the unit's name alone, not a clause up to the next comma). */
static int channel_in_opening(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const through_its[] = {"through its", "via its", "through a", "via a", NULL};
  if (m->kind != FM_ORG || !fx_starts_with_any(x, s->vs, through_its)) return 0;
  const char *c = memchr(x->t + s->vs, ',', s->ve - s->vs);
  if (!c) return 0;
  size_t end = (size_t)(c - x->t);
  if (m->ve <= end) return 1;
  int named = 0;
  for (size_t i = 0; i < s->n && s->m[i].ve <= end; i++) named |= s->m[i].kind == FM_ORG;
  c = memchr(x->t + end + 1, ',', s->ve - end - 1);
  if (named || !c || (size_t)(c - x->t) - end >= 48 || m->ve > (size_t)(c - x->t)) return 0;
  if (!fx_only(x, end + 1, m->vs, "") || !fx_only(x, m->ve, (size_t)(c - x->t), "")) return 0;
  size_t p = (size_t)(c - x->t) + 1;
  while (p < s->ve && x->t[p] == ' ') p++;
  return p < s->ve && !(x->t[p] >= 'a' && x->t[p] <= 'z');
}

/* "According to data of Vietnam's Ministry of Finance, Poland ranks 37th
** among foreign investors in Vietnam", "Vietnam's Foreign Investment Agency
** says ...": Việt Nam's possessive right before a body that is no company
** (a ministry, an agency) names the source of the figures, no investor
** (sets qweek74, qweek75; not "Vietnam's FPT", a firm). */
static int names_source_body(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  const ivl_fm *m = &s->m[i];
  size_t pos = m->kind == FM_COUNTRY && (m->flags & FM_VN) && !(m->flags & FM_DEMONYM) ? fx_possessive(x, m) : 0;
  if (!pos || i + 1 >= s->n) return 0;
  const ivl_fm *n = &s->m[i + 1];
  return n->kind == FM_ORG && !(n->flags & FM_COMPANY) && fx_only(x, m->ve + pos, n->vs, " ");
}

/* "approving the investment policy for the Hựu Thạnh Logistics Centre
** project of Tân Phú Thịnh Logistics JSC", "the Phù Mỹ 3 Wind Power
** Project of An Phú Wind Power Co., Ltd": a name right before "project
** of" and a firm is the works' own, the firm after "of" the one whose
** project it is. Not "X's project of Y" (no firm after it). */
static int names_project_of_firm(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  const ivl_fm *m = &s->m[i];
  static const char *const project_of[] = {"project of", NULL};
  size_t p = m->ve;
  if (m->kind != FM_ORG || p >= s->ve || x->t[p] != ' ') return 0;
  if (!fx_starts_with_any(x, p + 1, project_of)) return 0;
  size_t after = p + 1 + 10;
  while (after < s->ve && x->t[after] == ' ') after++;
  return i + 1 < s->n && s->m[i + 1].vs == after && s->m[i + 1].kind == FM_ORG && (s->m[i + 1].flags & FM_COMPANY);
}

const ivl_fm *inv_first_investor(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to,
                                 int vn_target) {
  const ivl_fm *country = NULL;
  size_t worked_in = 0; /* the end of a country the company works in */
  size_t examples = fx_find(x, from, to, "including");
  /* not the sentence's opening ("Including the new capital, X's ...") */
  if (examples != FX_NONE && examples != s->vs) to = examples;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < from || m->ve > to || !fx_can_invest(x, m, vn_target)) continue;
    if (names_source_body(x, s, i) || reports_another(x, s, i, to, vn_target) || deal_partner_country(x, s, m) ||
        bidder(x, s, m) || channel_in_opening(x, s, m) || quitter(x, m) || venture_partner(x, m) ||
        names_project_of_firm(x, s, i))
      continue;
    /* "The group runs 18 hotels in Thailand and Laos, and invested $75
    ** million in ...": a country the company spoken of works in is where,
    ** not who */
    if (m->kind == FM_COUNTRY && !country && (s->cues & CUE_COMPANY) &&
        ((worked_in && list_joint(x, worked_in, m->vs)) || works_in_country(x, m)) &&
        fx_starts_with_any(x, s->vs, fx_company_words)) {
      worked_in = m->ve; /* and the countries listed with it */
      continue;
    }
    /* ("Vingroup's Vinhomes", "Masan subsidiary WinCommerce": the parent
    ** describes the unit named next, which acts) */
    if (m->kind == FM_ORG && !describes_next(x, s, i, to) && !possessive_of_next(x, s, i, to) &&
        !(parent_of_next(x, s, i) && unit_before(s, i, to))) {
      /* (with no other named: "after it bought 65 per cent of X", its
      ** buyer is the one referred back to) */
      if (!fx_bought_company(x, m) && !fx_brand_of_outlets(x, m) && !fx_seller_of_purchase(x, m)) return m;
      continue;
    }
    /* (nor the seller's country: "from France's Casino Group"; nor a
    ** bidder's: "Japan's X was among the bidders") */
    if (m->kind == FM_COUNTRY && i + 1 < s->n && s->m[i + 1].kind == FM_ORG && fx_possessive(x, m) &&
        (fx_seller_of_purchase(x, &s->m[i + 1]) || bidder(x, s, &s->m[i + 1])))
      continue;
    if (!country) country = m;
  }
  return country;
}

/* "set up a subsidiary, Nordvik Vietnam Co., Ltd, with a charter capital
** of $8 million, to build ...", "its local unit X, capitalised at €20
** million": a firm's own capital said right after it. */
static const char *const own_capital[] = {
  ", with a charter capital of", ", with charter capital of", ", with a registered capital of",
  ", with registered capital of", ", with a capital of", ", with capital of", ", capitalised at",
  ", capitalized at", " with a charter capital of", " with charter capital of", NULL};

/* Do the words after 'p' open with own_capital's: a comma or " with"
** first, asked before the list (most firms are followed by neither). */
static int own_capital_after(const ivl_fctx *x, size_t p) {
  const char *t = x->t + p;
  if (p + 6 > x->a->view.len || (t[0] != ',' && !(t[0] == ' ' && t[1] == 'w'))) return 0;
  return fx_starts_with_any(x, p, own_capital);
}

/* The firm whose own capital figure 'f' is, named right before the words. */
static const ivl_fm *capital_holder(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  /* the words end in "of" or "at": two bytes asked before the list */
  size_t e = f->vs;
  while (e > s->vs && x->t[e - 1] == ' ') e--;
  if (!f->money || e < s->vs + 3 || !((x->t[e - 2] == 'o' && x->t[e - 1] == 'f') || (x->t[e - 2] == 'a' && x->t[e - 1] == 't')) ||
      !fx_ends_with_any(x, f->vs, own_capital))
    return NULL;
  for (size_t i = 0; i < s->n && s->m[i].ve <= f->vs; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_ORG && f->vs - m->ve <= 32 && own_capital_after(x, m->ve)) return m;
  }
  return NULL;
}

static const ivl_fm *last_investor(const ivl_fctx *x, const ivl_fsent *s, size_t to, int vn_target) {
  const ivl_fm *found = NULL, *company = NULL;
  for (size_t i = 0; i < s->n && s->m[i].ve <= to; i++)
    if (fx_can_invest(x, &s->m[i], vn_target)) {
      found = &s->m[i];
      /* a subsidiary with its own capital said after it holds that
      ** figure; the one that set it up invests the next */
      if (found->kind == FM_ORG && !(company && own_capital_after(x, found->ve))) company = found;
    }
  return company ? company : found;
}

static int one_firm_described(const ivl_fctx *x, const ivl_fm *m);

/* "Seoul-based Hanseong Display ... The project, to be implemented by
** Hanseong Display Vietnam Co., Ltd, ... The Korean firm invested ...":
** the company last named before 'd' that is of the demonym's country,
** when the last company named is of another; else the last one. */
static int vn_spelt(const ivl_fctx *x, const ivl_fm *m);

/* Is m named as a local unit ("... Vietnam Co., Ltd", "... Vina")?
** (names.h ivl_names_local_unit; the host word whole: "Vinatech" is a
** brand, not a unit) */
static int local_unit_name(const ivl_fm *m) {
  return m->party && ivl_names_local_unit(m->party, strlen(m->party));
}

static const ivl_fm *company_of_demonym(const ivl_fctx *x, const ivl_fm *d) {
  const ivl_fm *last = x->c.company;
  /* a local unit is of Việt Nam, even one its foreign owner gives a
  ** country ("Hanseong Steel Vietnam, the local arm of South Korea's
  ** Hanseong Steel Corporation, ... The Korean steelmaker came to Vietnam
  ** in 2006": the owner, set qweek104); so is a firm spelt in Vietnamese
  ** ("Sơn Trà Land has completed the transfer of its stake to Thailand's X
  ** ... The Thai insurer plans", set qinsure) */
  const char *of = local_unit_name(last) ? "VN" : last->country;
  if (!of && vn_spelt(x, last)) of = "VN";
  if (!d->party || (of && strcmp(of, d->party) == 0)) return last;
  /* (a last company of no known country yields only to one of the
  ** demonym's named in this sentence or the one before: "State-owned
  ** PetroNam Gas and South Korea's Hanseong Energy signed ... The Korean
  ** firm will put up $660 million"); a partner of that country named
  ** anywhere before wins ("Hanoi-based Phúc An and Japan's Kizuna formed an
  ** alliance ... The Japanese partner will take a stake": not Phúc An) */
  size_t from = of || partner_demonym(x, d) ? 0 : x->c.before.vs;
  for (const ivl_fm *p = d; p-- > x->m && p->vs >= from;)
    if (p->kind == FM_ORG && (p->flags & FM_COMPANY) && p->country && strcmp(p->country, d->party) == 0 &&
        !local_unit_name(p))
      return p;
  return last;
}

/* "Foxconn unit raises Bắc Ninh investment to $1.2 billion", "$150 million
** investment from Canon supplier" (headlines): the firm's name describes a
** unit of it or a firm that trades with it, not named there (no name right
** after the word, as in "Vingroup unit VinFast"): the firm described. */
static int unnamed_unit_of(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const units[] = {"unit", "subsidiary", "arm", "affiliate", "supplier", "partner",
                                      "contractor", "vendor", NULL};
  if (m->kind != FM_ORG || x->t[m->ve] != ' ' || !fx_starts_with_any(x, m->ve, units)) return 0;
  size_t i = fx_mention_from(x, m->ve);
  return i >= x->nm || x->m[i].kind != FM_ORG || x->m[i].vs > m->ve + 16;
}

const ivl_fm *ivl_facts_demonym_company(const ivl_fctx *x, const ivl_fm *m) {
  /* (or a construction firm, which no investor's description calls so:
  ** "The Korean builder is no newcomer to the province", set qtender) */
  int builder = fx_ends_with(x, m->vs, "the") && fx_starts_with(x, m->ve, "builder");
  return x->c.company && (anaphoric_demonym(x, m) || builder) ? company_of_demonym(x, m) : NULL;
}

static party investor_party(const ivl_fctx *x, const ivl_fm *m) {
  if (anaphoric_demonym(x, m) && x->c.company) m = company_of_demonym(x, m);
  if (unnamed_unit_of(x, m)) return (party){m->party, m, (m->flags & FM_VN) != 0, 1};
  /* "an Osaka-based firm": a company of the place's country; "South
  ** Korean firms had invested": the country's firms in aggregate, no one
  ** company the body may name */
  const char *name = m->kind == FM_PLACE ? m->country : m->party;
  return (party){name, m, (m->flags & FM_VN) != 0, one_firm_described(x, m)};
}

static party topic(const ivl_fm *m) { return (party){m->party, m, (m->flags & FM_VN) != 0, 0}; }

/* "The additional $35 million", "The extra capital", "The fresh capital of
** $35 million": a sentence opening on an addition told just before; so is
** the noun alone ("The addition lifts total investment in the complex to
** ..."). */
const char *const inv_additions[] = {"the additional", "the extra", "the added", "the new capital",
                                     "the fresh capital", "the addition", NULL};

/* The company that opens the sentence before 's' (after its description:
** "Taiwanese shoemaker X", "German firm X") when that sentence tells of
** its expanding, else NULL. */
const ivl_fm *inv_expanding_before(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const expands[] = {"expanding", "expands", "expanded", "expansion", "to expand", NULL};
  const ivl_span *prev = &x->a->sentences.items[s->index - 1];
  if (!fx_any(x, prev->start, prev->end, expands)) return NULL;
  int described = 0;
  for (size_t i = fx_mention_from(x, prev->start); i < x->nm && x->m[i].vs < prev->end; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind == FM_COUNTRY && (m->flags & FM_DEMONYM)) {
      described = 1;
      continue;
    }
    /* (a firm known as one, or one described: "Taiwanese shoemaker X") */
    return m->kind == FM_ORG && ((m->flags & FM_COMPANY) || (described && !(m->flags & FM_COMMITTEE))) &&
                   m->vs < prev->start + 60
               ? m
               : NULL;
  }
  return NULL;
}

/* "X will spend ¥4.5 billion of the proceeds acquiring ... The remaining
** VNĐ600 billion will go into a centre in B": a sentence opening on the
** rest of a sum, its figure right after "the remaining" ("the rest,"),
** speaks of the part of the total told before that is left. */
static int rest_of_told_total(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const rest[] = {"the remaining", "the rest,", "the remainder,", NULL};
  /* the works it goes to told: not a loan's "The remaining $300 million
  ** will be released in two tranches" */
  static const char *const goes_to[] = {"go into", "go to", "be spent on", "be used", "be invested", "will fund",
                                        "will finance", "will build", NULL};
  /* (the figure the sentence's first mention, within the phrase's reach:
  ** not "The remaining two projects, worth ...", a count first) */
  return fx_starts_with_any(x, s->vs, rest) && s->n && s->m[0].kind == FM_MONEY && s->m[0].vs <= s->vs + 16 &&
         fx_any(x, s->m[0].ve, s->ve, goes_to);
}

/* "Of the total, $110 million will fund a dry port in A", "A is to get
** VNĐ2.4 trillion of the capital": a part of the total told in the
** sentence right before, by where it goes */
/* (not "Of the total, newly registered capital accounted for ..., while
** ten existing projects raised ...": a place's FDI broken down by kind,
** whatever firm the sentence before named) */
static int part_of_told_total(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const of_told[] = {"of the capital", "of the investment", "of the sum", NULL};
  static const char *const by_kind[] = {"registered", "existing", "accounted for", "accounting for", NULL};
  int part = inv_opens_breakdown(x, s) || rest_of_told_total(x, s);
  for (size_t i = 0; i < s->n && !part; i++)
    part = s->m[i].kind == FM_MONEY && fx_starts_with_any(x, s->m[i].ve, of_told);
  return part && !fx_any(x, s->vs, s->ve, by_kind);
}

/* "The addition lifts the province's total FDI to $9 billion": the total
** an addition brings is the place's, of foreign investors at large, not
** the company's that added it. */
static int addition_to_place_total(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const place_totals[] = {"fdi", "foreign direct investment", "foreign investment",
                                             "the province's", "the city's", "the country's", NULL};
  return fx_any(x, s->vs, s->ve, place_totals);
}

const ivl_fm *inv_addition_owner(const ivl_fctx *x, const ivl_fsent *s) {
  if (s->index == 0) return NULL;
  if (!fx_starts_with_any(x, s->vs, inv_additions)) {
    /* a company's total split by place in the next sentence is the
    ** company's, as an addition is (set qregion); a total of foreign
    ** investors at large has no one investor here; the sentence's later
    ** parts follow its first ("..., and $70 million a warehouse in B") */
    const ivl_fm *owner = x->c.fact_investor;
    int told = x->c.fact_sent == s->index || x->c.fact_sent == s->index + 1;
    /* (the rest of a sum may come after a sentence of no figure, as an
    ** addition may: "The two signed the deal on Friday.") */
    told = told || (x->c.fact_sent && x->c.fact_sent + 1 == s->index && rest_of_told_total(x, s));
    return owner && owner->kind == FM_ORG && told && part_of_told_total(x, s) ? owner : NULL;
  }
  if (addition_to_place_total(x, s)) return NULL;
  /* "X has raised investment ... to $1.4 billion. The factory opened in
  ** April. The additional $400 million will ...": one sentence of no
  ** figure may stand between */
  if (x->c.fact_investor && x->c.fact_investor->kind == FM_ORG &&
      (x->c.fact_sent == s->index || x->c.fact_sent + 1 == s->index))
    return x->c.fact_investor;
  return inv_expanding_before(x, s);
}

/* the words that open a clause before a sentence's subject ("Since 2020,",
** "After the merger,", "When the city merged with X,") */
static const char *const clause_openers[] = {"since", "after", "following", "before", "upon", "while", "when", NULL};

/* the words that open a clause in contrast to the one before ("..., while
** Masan Group registered $30 million"): its subject and figure its own */
static const char *const contrast_words[] = {"while", "whereas", NULL};

/* "Since receiving its first FDI project in 1995, Nghệ An has ...": an
** opening clause's "its" is the main clause's subject, named right after
** the comma, not the investor of the sentence before. Where the main
** clause starts when it is so, else the sentence's start. */
static size_t after_opening_clause(const ivl_fctx *x, const ivl_fsent *s, size_t to) {
  if (!fx_starts_with_any(x, s->vs, clause_openers)) return s->vs;
  const char *c = memchr(x->t + s->vs, ',', to - s->vs);
  if (!c) return s->vs;
  size_t p = (size_t)(c - x->t) + 1;
  while (p < to && x->t[p] == ' ') p++;
  /* "Since 1997, when it received its first FDI project, Hưng Yên has
  ** ...": the "when" clause told of the start is opening too */
  if (fx_starts_with(x, p, "when") && (c = memchr(x->t + p, ',', to - p)) != NULL) {
    p = (size_t)(c - x->t) + 1;
    while (p < to && x->t[p] == ' ') p++;
  }
  size_t i = fx_mention_from(x, p);
  return i < x->nm && x->m[i].vs == p && x->m[i].kind == FM_PLACE ? p : s->vs;
}

/* "In 2025, Khánh Hòa has licensed 26 projects ..., while the total
** capital of its 210 valid projects stands at $9.1 billion": a place that
** is the subject of the sentence (its first name, at the start or after an
** opening phrase's comma) is what a later "its" speaks of, not the firm of
** the sentence before. Not a place after other words ("The company will
** expand in Bắc Ninh, raising its total ..."). */
static int place_subject_before(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t its) {
  for (size_t i = 0; i < s->n && s->m[i].vs < its; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_DATE || m->vs < from) continue;
    if (m->kind != FM_PLACE || fx_possessive(x, m)) return 0;
    size_t p = m->vs;
    while (p > from && x->t[p - 1] == ' ') p--;
    return (p == from || x->t[p - 1] == ',') && m->ve < its && x->t[m->ve] == ' ' &&
           ivl_islower((unsigned char)x->t[m->ve + 1]);
  }
  return 0;
}

/* "officials said the plant was one of 23 foreign-invested projects
** licensed this year, which together brought in $1.46 billion": the works
** spoken of is one member of the projects counted before the figure, whose
** total it is (qchem); a count of one or a rank ("one of the five largest
** projects") has no such members. */
static int one_of_counted_projects(const ivl_fctx *x, const ivl_fsent *s, size_t to) {
  /* (the count may open the figure: up to 'to' itself) */
  for (size_t i = 0; i < s->n && s->m[i].vs <= to; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_COUNT && (m->flags & FM_PROJECTS) && m->value > 1 && fx_ends_with(x, m->vs, "one of")) return 1;
  }
  return 0;
}

/* "With the project, FDI in the new Ninh Bình reached $812 million": a
** sentence whose subject, at its start or after an opening phrase's comma,
** is the place's foreign investment at large tells everyone's figure; the
** project or firm of the opening phrase is no investor of it; nor is the
** works said to be one of the projects counted (one_of_counted_projects). */
static int fdi_subject(const ivl_fctx *x, const ivl_fsent *s, size_t to) {
  static const char *const fdi[] = {"fdi", "foreign direct investment", "foreign investment", "total fdi",
                                    "total foreign", "the province's fdi", "the city's fdi", "the province's foreign",
                                    "the city's foreign", "the province's total", "the city's total", NULL};
  if (fx_starts_with_any(x, s->vs, fdi) || one_of_counted_projects(x, s, to)) return 1;
  const char *c = memchr(x->t + s->vs, ',', to - s->vs);
  if (!c) return 0;
  size_t p = (size_t)(c - x->t) + 1;
  while (p < to && x->t[p] == ' ') p++;
  return fx_starts_with_any(x, p, fdi);
}

/* "Chairman of the provincial People's Committee X has asked the board to
** review 11 slow-moving projects": "the board" after an authority named in
** its sentence is that authority's own (a zone's management board), not the
** board of the company spoken of (dev2 d2a-08); inv_company_anaphors takes
** it for the company's elsewhere ("Last year the board approved"). */
int inv_authority_board(const ivl_fctx *x, const ivl_fsent *s, size_t to) {
  static const char *const board[] = {"the board", NULL};
  static const char *const authorities[] = {"committee", "ministry", "department", "authority", "management", NULL};
  size_t b = fx_first(x, s->vs, to, board);
  return b != FX_NONE && fx_first(x, s->vs, to, inv_company_anaphors) == b && fx_any(x, s->vs, b, authorities);
}

/* "Daesan plans to raise its investment in the province to $800 million":
** a sentence that opens, with no name found there, with the first word of
** the company spoken of (its short name, four letters or more) and a
** lower-case word after it speaks of that company. */
static int opens_with_short_name(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *c) {
  if ((s->n && s->m[0].vs == s->vs) || c->vs >= s->vs) return 0;
  size_t w = 0;
  while (c->vs + w < c->ve && x->t[c->vs + w] != ' ') w++;
  return w >= 4 && c->vs + w < c->ve && s->vs + w + 1 < s->ve && memcmp(x->t + s->vs, x->t + c->vs, w) == 0 &&
         x->t[s->vs + w] == ' ' && ivl_islower((unsigned char)x->t[s->vs + w + 1]);
}

/* "Hanoi game studio Sparrow Pixel has raised $18 million from publisher
** Nexora Games ... Nexora brought its game to Korea. The studio will
** spend $7 million ...": the subject's noun (ending at 'noun_end') refers
** to the firm the article introduced with it ("studio X"), though another
** was spoken of since; the last such firm before s, or NULL. */
static const ivl_fm *firm_introduced_as(const ivl_fctx *x, const ivl_fsent *s, size_t noun_end) {
  size_t w = noun_end;
  while (w > s->vs && ivl_isalpha((unsigned char)x->t[w - 1])) w--;
  const ivl_fm *found = NULL;
  for (size_t i = 0; i < x->nm && x->m[i].ve <= s->vs; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind == FM_ORG && (m->flags & FM_COMPANY) && m->party && fx_ends_with_n(x, m->vs, x->t + w, noun_end - w))
      found = m;
  }
  return found;
}

const ivl_fm *ivl_facts_firm_introduced_by_opening(const ivl_fctx *x, const ivl_fsent *s) {
  size_t noun_end = inv_company_subject_end(x, s);
  return noun_end == FX_NONE ? NULL : firm_introduced_as(x, s, noun_end);
}

/* Does the rest of a firm's name past its short form make it a local arm
** ("Hanseong Chemical Vina", "Momiji Life Vietnam")? The arm is a party of
** its own, and the short form then names the parent, not the arm. */
static int rest_names_local_arm(const char *rest) {
  return strstr(rest, "Vina") || strstr(rest, "Vietnam") || strstr(rest, "Việt Nam") || strstr(rest, "Viet Nam");
}

/* The firm c as the sentence writes it in its mentions ending by lim: a
** short form of c's name ("Tamarind" for "Tamarind Cold Storage Pte Ltd"),
** the investor as written there (GUIDELINES); else c. */
static const ivl_fm *short_name_written(const ivl_fsent *s, size_t lim, const ivl_fm *c) {
  size_t full = c->party ? strlen(c->party) : 0;
  for (size_t i = 0; i < s->n && s->m[i].ve <= lim; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_ORG || !(m->flags & FM_COMPANY) || !m->party) continue;
    size_t n = strlen(m->party);
    if (n < full && c->party[n] == ' ' && memcmp(c->party, m->party, n) == 0 && !rest_names_local_arm(c->party + n))
      return m;
  }
  return c;
}

/* "Surya chairman Rakesh Mehta said the company planned to raise its
** investment ...": the company spoken of, named in the sentence by its
** short name before "the company", is the investor as written there. */
static const ivl_fm *short_name_before_anaphor(const ivl_fctx *x, const ivl_fsent *s, size_t to, const ivl_fm *c) {
  return short_name_written(s, fx_first(x, s->vs, to, inv_company_anaphors), c);
}

/* The end of a quotation mark opening at p (a straight or a curly one), or p. */
static size_t after_quote_mark(const ivl_fctx *x, size_t p, size_t end) {
  if (p < end && x->t[p] == '"') return p + 1;
  if (p + 2 < end && (unsigned char)x->t[p] == 0xE2 && (unsigned char)x->t[p + 1] == 0x80 &&
      (unsigned char)x->t[p + 2] == 0x9C)
    return p + 3;
  return p;
}

/* How far back inside_open_quotation looks for its paragraph's start: a
** paragraph running on longer than this before a sentence counts as no
** quotation, since counting its marks from its start for each sentence
** would make a long article of one paragraph cost its square. */
enum { QUOTED_PARAGRAPH = 4096 };

/* "\"Vietnam remained our largest market. In FY2026, we invested ...,\"
** said X, chief executive of Y": does sentence s stand inside a quotation
** its paragraph opened in a sentence before (an odd number of straight
** quotation marks, or more curly opening than closing ones, from the
** paragraph's start to s)? Its "we" is then the quoted speaker's, when he
** is named after it by his post at a firm (firm_of_speaker_after), not a
** bare one (set qweek84). */
static int inside_open_quotation(const ivl_fctx *x, const ivl_fsent *s) {
  size_t p = s->vs, straight = 0, opened = 0, closed = 0;
  size_t lo = s->vs > QUOTED_PARAGRAPH ? s->vs - QUOTED_PARAGRAPH : 0;
  while (p > lo && x->t[p - 1] != '\n') p--;
  if (p > 0 && x->t[p - 1] != '\n') return 0; /* (the paragraph runs on past lo) */
  for (; p < s->vs; p++) {
    unsigned char c = (unsigned char)x->t[p];
    if (c == '"') straight++;
    else if (c == 0xE2 && p + 2 < s->vs && (unsigned char)x->t[p + 1] == 0x80) {
      opened += (unsigned char)x->t[p + 2] == 0x9C;
      closed += (unsigned char)x->t[p + 2] == 0x9D;
    }
  }
  return straight % 2 == 1 || opened > closed;
}

/* The end of the first question asked before sentence s (a sentence
** ending in "?": an interview's), else FX_NONE. */
static size_t first_question_end(const ivl_fctx *x, const ivl_fsent *s) {
  const ivl_spans *ss = &x->a->sentences;
  for (size_t k = 0; k < s->index && k < ss->n; k++) {
    size_t e = ss->items[k].end;
    while (e > ss->items[k].start && x->t[e - 1] == ' ') e--;
    if (e > ss->items[k].start && x->t[e - 1] == '?') return e;
  }
  return FX_NONE;
}

/* Was a question asked before sentence s, so that a sentence opening in
** the first person with no quotation mark is an answer? */
static int asked_before(const ivl_fctx *x, const ivl_fsent *s) { return first_question_end(x, s) != FX_NONE; }

/* The first-person subjects of a company's speech: also its own bodies
** ("Our board in Tokyo approved $95 million", "our parent company"). */
static const char *const first_person_subjects[] = {
  "we", "our company", "our group", "our firm", "our corporation", "our board", "our parent", "our shareholders",
  "our headquarters", "our head office",
  /* "Our investment in this phase will be $150 million": its own money */
  "our investment", "our total investment",
  /* "Our first factory, in X, cost $90 million in 2021", "our total
  ** commitment in the province will reach $350 million": its own works
  ** and commitment (set qweek30) */
  "our first factory", "our first plant", "our factory", "our plant", "our total commitment", "our commitment",
  /* a report's own total: "our cumulative investment in energy efficiency
  ** stood at VND3.8 trillion" (set qweek84) */
  "our cumulative investment", NULL};

/* The first-person subject within the first four words after p ("Next
** year we plan ...", "In October we signed ...", "At X we are putting
** ..."), where it starts, else FX_NONE. */
static size_t subject_in_short_opening(const ivl_fctx *x, size_t p, size_t end) {
  for (int words = 0; words < 4 && p < end; words++) {
    while (p < end && x->t[p] != ' ' && x->t[p] != ',') p++;
    if (p < end && x->t[p] == ',') return FX_NONE; /* the comma's case: subject_after_time_clause */
    while (p < end && x->t[p] == ' ') p++;
    if (p < end && ivl_islower((unsigned char)x->t[p]) && fx_starts_with_any(x, p, first_person_subjects)) return p;
  }
  return FX_NONE;
}

/* "As of December 31, 2025, our ...": the year after a day's comma is the
** date's own; where the words after it start (else q). */
static size_t past_year_of_date(const ivl_fctx *x, size_t q, size_t end) {
  size_t d = q;
  while (d < end && d < q + 4 && ivl_isdigit((unsigned char)x->t[d])) d++;
  if (d != q + 4 || d + 1 >= end || x->t[d] != ',') return q;
  for (d++; d < end && x->t[d] == ' ';) d++;
  return d;
}

/* "Since we came to Hải Dương in 2013, our group has invested ...", "Last
** year, we added ...", "Across our two sites in X, we have committed
** ...": a clause of time or place that opens the speech before its
** first-person subject, with or without a comma after it (a short one:
** "Next year we plan ..."); where that subject starts, else FX_NONE. */
static size_t subject_after_time_clause(const ivl_fctx *x, size_t p, size_t end) {
  static const char *const openers[] = {"since", "after", "when", "last", "this", "next", "in", "over", "so far",
                                        "following", "today", "now", "at", "across", "during", "earlier",
                                        /* "On 25/11, we signed ...", "That is why we also signed ..." (set
                                        ** qweek77) */
                                        "on", "that is why", "this is why",
                                        /* "With the new plant our total commitment will reach ..." */
                                        "with",
                                        /* "As of December 31, 2025, our cumulative
                                        ** investment ...", "By the end of 2025, we had
                                        ** ..." (set qweek84) */
                                        "as of", "by",
                                        /* "Counting this complex, our group has invested
                                        ** ..." (set qweek98) */
                                        "counting", "including", NULL};
  if (!fx_starts_with_any(x, p, openers)) return FX_NONE;
  size_t q = subject_in_short_opening(x, p, end);
  if (q != FX_NONE) return q;
  size_t lim = p + 80 < end ? p + 80 : end;
  const char *c = memchr(x->t + p, ',', lim - p);
  if (!c) return FX_NONE;
  q = (size_t)(c - x->t) + 1;
  while (q < end && x->t[q] == ' ') q++;
  q = past_year_of_date(x, q, end);
  return fx_starts_with_any(x, q, first_person_subjects) ? q : FX_NONE;
}

/* The end of a transcript label's role after its speaker's name at p:
** ", chief executive" or ", CFO" (a comma, then up to five words of
** letters), or "(Thắng)", "(Dragon Capital)" (a bracket closed on the
** line); where the colon may stand, else p. */
static size_t speaker_role_end(const ivl_fctx *x, size_t p, size_t lim) {
  size_t q = p;
  if (q + 1 < lim && x->t[q] == ',' && x->t[q + 1] == ' ') {
    for (int words = 0; words < 5 && q + 1 < lim && x->t[q + 1] != ':'; words++) {
      for (q++; q < lim && (ivl_isalpha((unsigned char)x->t[q]) || (unsigned char)x->t[q] >= 0x80);) q++;
      if (q < lim && x->t[q] == ':') return q;
      if (q >= lim || x->t[q] != ' ') return p;
    }
    return p;
  }
  if (q + 1 < lim && x->t[q] == ' ' && x->t[q + 1] == '(') {
    const char *close = memchr(x->t + q, ')', lim - q);
    return close && close + 1 < x->t + lim && close[1] == ':' ? (size_t)(close - x->t) + 1 : p;
  }
  return p;
}

/* The capitalised words a speaker's label may hold before its colon: a
** title and a full Vietnamese name ("CHAIRMAN DO VAN HAI:", "General
** Director Pham Duc Long:", "Chairwoman Nguyen Thi Bich Ngoc:": AGM
** minutes and transcripts, set qweek95). */
#define SPEAKER_LABEL_WORDS 6

/* "Lim: We have committed ...", "Mr. Tuấn: We have put ...": the label of
** an interview's answer, one to SPEAKER_LABEL_WORDS capitalised words (a
** title's period allowed) and a colon at the sentence's start; a
** transcript's label may give the speaker's role after the name ("Vo
** Thanh Nam, chief executive: We will put ...", "A (Thắng): ...": set
** qweek78); where the answer opens after it, else FX_NONE. The speaker
** need not be a known person. */
static size_t after_speaker_label(const ivl_fctx *x, const ivl_fsent *s) {
  size_t p = s->vs, lim = s->vs + 80 < s->ve ? s->vs + 80 : s->ve;
  for (int words = 0; words < SPEAKER_LABEL_WORDS && p < lim; words++) {
    unsigned char c = (unsigned char)x->t[p];
    if (!ivl_isupper(c) && c < 0x80) return FX_NONE;
    while (p < lim && (ivl_isalpha((unsigned char)x->t[p]) || (unsigned char)x->t[p] >= 0x80 || x->t[p] == '.'))
      p++;
    p = speaker_role_end(x, p, lim);
    if (p + 1 < lim && x->t[p] == ':' && x->t[p + 1] == ' ') return p + 1;
    if (p >= lim || x->t[p] != ' ') return FX_NONE;
    p++;
  }
  return FX_NONE;
}

#define OWN_VOICE_OPENING 8 /* the sentences that tell a post in its poster's voice */

/* Does a heading line before sentence s open a firm's own page: "About
** Us | X", "OUR HISTORY", "Who we are", "Our story" (a line in capitals
** that no full stop closes, set qweek104)? A company's "About us" or
** history page tells its years in its own first person ("In 2012 we
** invested ..."), with no opening sentence of "we" before its first deed. */
static int own_page_heading(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const headings[] = {"about us", "our history", "our story", "who we are", NULL};
  for (size_t p = 0; p < s->vs;) {
    const char *nl = memchr(x->t + p, '\n', s->vs - p);
    size_t e = nl ? (size_t)(nl - x->t) : s->vs;
    while (e > p && (x->t[e - 1] == ' ' || x->t[e - 1] == '\r')) e--;
    if (e > p && ivl_isupper((unsigned char)x->t[p]) && x->t[e - 1] != '.' && fx_starts_with_any(x, p, headings))
      return 1;
    p = nl ? (size_t)(nl - x->t) + 1 : s->vs;
  }
  return 0;
}

static const ivl_fm *speech_firm(const ivl_fctx *x, const ivl_fsent *s);

/* Is the article a firm's own post, release or blog, told in the first
** person outside any quotation ("We are proud to share that on Friday,
** X received ...", "Today we officially opened our plant ...", set
** qweek77)? One of its first sentences before s opens on a first-person
** subject, past a bullet or an emoji, or after a clause of time, before
** any question is asked (a post's "Why Bac Ninh?" is its own heading). A
** news story's "we" stands in a quotation or an interview's answer, which
** comes after its first question. */
static int own_voice(const ivl_fctx *x, const ivl_fsent *s) {
  /* "VIR presents excerpts.": what follows is the firm's report or letter
  ** in its own words (set qweek84) */
  static const char *const excerpts[] = {"excerpt", "excerpts", NULL};
  /* ... or the speech its officer gave (speech_firm; set qweek98) */
  if (speech_firm(x, s)) return 1;
  /* ... or its own page under an "About us" or history heading */
  if (own_page_heading(x, s)) return 1;
  const ivl_spans *ss = &x->a->sentences;
  for (size_t k = 0; k < s->index && k < ss->n && k < OWN_VOICE_OPENING; k++) {
    size_t p = ss->items[k].start, end = ss->items[k].end;
    if (first_question_end(x, s) < end) return 0;
    if (fx_any(x, p, end, excerpts)) return 1;
    while (p < end && p < ss->items[k].start + 12 && !ivl_isalpha((unsigned char)x->t[p]) && x->t[p] != '"' &&
           memcmp(x->t + p, "\xE2\x80\x9C", 3) != 0)
      p++; /* "🎉 ", "• " */
    if (p + 3 < end && ivl_isupper((unsigned char)x->t[p]) &&
        (fx_starts_with_any(x, p, first_person_subjects) || subject_after_time_clause(x, p, end) != FX_NONE))
      return 1;
  }
  return 0;
}

static const ivl_fm *firm_of_speaker_after(const ivl_fctx *x, const ivl_fsent *s);

/* Where the speech of sentence s opens in the first person ("We will
** ...", "Our group plans to ..."): right at its start (or after a clause
** of time), after a quotation mark or "A:", after "said: \u201c" within
** it, or bare in an interview's answer; FX_NONE when it does not. */
static size_t first_person_speech(const ivl_fctx *x, const ivl_fsent *s, int *bare_out) {
  const char *const *we = first_person_subjects;
  if (!fx_any(x, s->vs, s->ve, we)) return FX_NONE; /* (most sentences: their words are indexed) */
  size_t p = s->vs, q;
  int bare = 0;
  if (p + 3 < s->ve && x->t[p] == 'A' && x->t[p + 1] == ':') p += 2;
  else if ((q = after_quote_mark(x, p, s->ve)) > p) p = q;
  else if ((q = after_speaker_label(x, s)) != FX_NONE) p = q, bare = 1; /* an answer: a question before it */
  else {
    /* "Sato said: \u201cOur company will invest ...\u201d": the quotation
    ** after a colon (the first quotation mark of the sentence) */
    for (q = p; q < s->ve && after_quote_mark(x, q, s->ve) == q; q++)
      ;
    size_t c = q;
    while (c > p && x->t[c - 1] == ' ') c--;
    if (q < s->ve && c > p && x->t[c - 1] == ':') p = after_quote_mark(x, q, s->ve);
    else bare = !(inside_open_quotation(x, s) && firm_of_speaker_after(x, s));
  }
  while (p < s->ve && x->t[p] == ' ') p++;
  size_t subject = subject_after_time_clause(x, p, s->ve);
  if (subject != FX_NONE) p = subject;
  else if (!(p + 3 < s->ve && ivl_isupper((unsigned char)x->t[p]) && fx_starts_with_any(x, p, we))) return FX_NONE;
  *bare_out = bare && own_voice(x, s); /* a post's; else an interview's answer, or none */
  return bare && !*bare_out && !asked_before(x, s) ? FX_NONE : p;
}

/* Do names a and b name one firm, the same or one the short name of the
** other ("Kyoto Precision" of "Kyoto Precision Co., Ltd")? */
static int one_firm(const char *a, const char *b) {
  size_t na = strlen(a), nb = strlen(b), n = na < nb ? na : nb;
  return memcmp(a, b, n) == 0 && (na == nb || (na < nb ? b : a)[n] == ' ');
}

/* "VnExpress International spoke with its chief executive, ...", "Tuoi
** Tre News asked X about ...": the outlet that holds the interview (its
** name and one capitalised word of it after the mention). */
static int outlet_interviews(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const asks[] = {"spoke with", "spoke to", "talked with", "talked to", "sat down with",
                                     "interviewed", "asked",
                                     /* "Vnexpress publishes below parts of the
                                     ** question-and-answer session": the outlet
                                     ** that prints the transcript (set qweek95) */
                                     "publishes below", "presents below", "publishes parts", "publishes excerpts",
                                     "publishes a transcript", "publishes the transcript", NULL};
  size_t p = m->ve;
  while (p < x->a->view.len && x->t[p] == ' ') p++;
  if (fx_starts_with_any(x, p, asks)) return 1;
  if (!ivl_isupper((unsigned char)x->t[p])) return 0;
  while (p < x->a->view.len && ivl_isalpha((unsigned char)x->t[p])) p++;
  return fx_starts_with_any(x, p, asks);
}

/* Is organisation m named as the outlet a story is told to or by ("told
** VnExpress", "VIR's Minh Anh talked with ...", "VnExpress - ..."),
** not a company of the story? */
static int outlet_of_story(const ivl_fctx *x, const ivl_fm *m) {
  /* (and the broadcaster of a televised interview: "spoke on the Business
  ** Talk programme of Vietnam Television (VTV)": set qweek78) */
  static const char *const to[] = {"told", "interview with", "talking to", "speaking to", "programme of",
                                   "program of", "show of", NULL};
  if (fx_dateline_source(x, m) || fx_ends_with_any(x, m->vs, to) || outlet_interviews(x, m)) return 1;
  size_t pos = fx_possessive(x, m);
  return pos && m + 1 < x->m + x->nm && m[1].kind == FM_PERSON && m[1].vs <= m->ve + pos + 1;
}

/* "\u201cWe have put $760 million into our plants ...,\u201d said Park
** Jin-woo, general director of Hanseong Cable Vietnam": a quotation in the
** first person whose speaker is named after it by his post at a firm
** ("of X", "at X"), past the closing quotation mark, speaks for that firm,
** whatever firms the article named before; NULL when none is so named. */
static const ivl_fm *firm_of_speaker_after(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const says[] = {"said", "says", "added", "explained", NULL};
  if (after_quote_mark(x, s->vs, s->ve) == s->vs && !inside_open_quotation(x, s)) return NULL;
  size_t said = fx_first(x, s->vs, s->ve, says);
  if (said == FX_NONE) return NULL;
  size_t close = said;
  while (close > s->vs && (x->t[close - 1] == ' ' || x->t[close - 1] == ',')) close--;
  if (close == s->vs || (x->t[close - 1] != '"' && (unsigned char)x->t[close - 1] != 0x9D)) return NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < said || m->kind != FM_ORG || !(m->flags & FM_COMPANY) || !m->party) continue;
    return fx_ends_with(x, m->vs, "of") || fx_ends_with(x, m->vs, "at") ? m : NULL;
  }
  return NULL;
}

/* "Q (Dragon Capital): Which tenants ...": the firm of a transcript's
** question label is the analyst's who asks, not the company that answers
** (set qweek78). */
static int in_question_label(const ivl_fctx *x, const ivl_fm *m) {
  size_t n = x->a->view.len;
  return m->ve + 1 < n && x->t[m->ve] == ')' && x->t[m->ve + 1] == ':';
}

#define POSTER_CANDIDATES 32 /* the firms a post names first, one of which posts it */

/* How often the article names firm m, its short and full names counted
** together (one_firm); its fullest name's mention in *full. */
static size_t times_named(const ivl_fctx *x, const ivl_fm *m, const ivl_fm **full) {
  size_t n = 0;
  *full = m;
  for (size_t j = 0; j < x->nm; j++) {
    const ivl_fm *o = &x->m[j];
    if (o->kind != FM_ORG || !o->party || !one_firm(m->party, o->party)) continue;
    n++;
    if (strlen(o->party) > strlen((*full)->party)) *full = o;
  }
  return n;
}

/* The firm a post in its own voice speaks for: the company it names most
** often, by its fullest name ("SolarViet" and "SolarViet Energy JSC");
** not the platform its header names once ("Daesung Electro-Mechanics |
** LinkedIn"), nor an outlet. Found once an article (x->article_memo), among
** the first POSTER_CANDIDATES firms it names, so that a long article of
** many firms and many sentences in the first person costs the same per
** byte as a post. */
static const ivl_fm *poster(const ivl_fctx *x) {
  struct fx_article_memo *memo = x->article_memo;
  if (memo && memo->poster_asked) return memo->poster;
  const char *seen[POSTER_CANDIDATES];
  size_t nseen = 0, most = 0;
  const ivl_fm *best = NULL;
  for (size_t i = 0; i < x->nm && nseen < POSTER_CANDIDATES; i++) {
    const ivl_fm *m = &x->m[i], *full;
    if (m->kind != FM_ORG || !(m->flags & FM_COMPANY) || !m->party || outlet_of_story(x, m)) continue;
    size_t k = 0;
    while (k < nseen && strcmp(seen[k], m->party) != 0) k++;
    if (k < nseen) continue; /* (the same name counts the same) */
    seen[nseen++] = m->party;
    size_t n = times_named(x, m, &full);
    if (n > most) most = n, best = full;
  }
  if (memo) memo->poster_asked = 1, memo->poster = best;
  return best;
}

/* Is firm m named as its speaker's firm by his post, "SeoHan CEO Park
** Min-jun", "Mr X, Chairman of Y Group"? */
static int named_by_post(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const post_after[] = {"ceo", "chief executive", "chairman", "chairwoman", "president",
                                           "general director", "managing director", "director", "founder", NULL};
  static const char *const post_of[] = {"ceo of", "chief executive of", "chairman of", "chairwoman of",
                                        "president of", "general director of", "managing director of",
                                        "director of", "founder of", NULL};
  return fx_starts_with_any(x, m->ve, post_after) || fx_ends_with_any(x, m->vs, post_of);
}

/* "VIR presents the remarks of SeoHan CEO Park Min-jun at the ceremony.",
** "Below is the speech of Mr X, Chairman of Y Group, at ...": an article
** that prints the speech a firm's officer gave, announced in one of its
** opening sentences before s, speaks in that firm's voice after it (a
** bare "we", "our group"), the firm by its fullest name told up to the
** announcement's end (set qweek98). NULL when no speech is announced so,
** or its speaker holds no post at a firm ("the full text of the keynote
** speech delivered by Prime Minister X": a government's "we"). */
static const ivl_fm *speech_firm(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const speech[] = {"speech of", "speech by", "speech delivered by", "remarks of", "remarks by",
                                       "address of", "address by", NULL};
  const ivl_spans *ss = &x->a->sentences;
  for (size_t k = 0; k < s->index && k < ss->n && k < OWN_VOICE_OPENING; k++) {
    size_t end = ss->items[k].end, at = fx_first(x, ss->items[k].start, end, speech);
    if (at == FX_NONE) continue;
    for (size_t i = fx_mention_from(x, at); i < x->nm && x->m[i].vs < end && x->m[i].vs < at + 80; i++) {
      const ivl_fm *m = &x->m[i], *full = m;
      if (m->kind != FM_ORG || !(m->flags & FM_COMPANY) || !m->party || !named_by_post(x, m)) continue;
      for (size_t j = 0; j < x->nm && x->m[j].vs < end; j++) {
        const ivl_fm *o = &x->m[j];
        if (o->kind == FM_ORG && o->party && one_firm(m->party, o->party) && strlen(o->party) > strlen(full->party))
          full = o;
      }
      return full;
    }
  }
  return NULL;
}

/* "Lee said the group's Vietnamese unit, Hanseong Chemical Vina, would
** receive ...": a firm named in apposition as another's unit is the
** speaker's firm's own, not the one that says "we" (set qquote). */
static int named_as_unit(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const kin[] = {"subsidiary,", "unit,", "arm,", "affiliate,", NULL};
  return fx_ends_with_any(x, m->vs, kin);
}

/* "Hai Au Resorts AGM: shareholders approve Cam Lam resort" over "Hai Au
** Resorts JSC held its annual general meeting ...": the firm a headline
** names first, when it is also the first firm the body names (past the
** outlet), is the one the report is about, and so the one its speakers'
** "we" stands for, though the introduction names other firms in action
** since (the unit sold and the buyer of a sale its meeting ratified; set
** qweek95). Its fullest name among the introduction's firms, before byte
** 'intro'; NULL when the headline names no firm or the body opens on
** another. */
static const ivl_fm *headline_firm_of_intro(const ivl_fctx *x, size_t intro) {
  if (!x->a->layout.has_title) return NULL;
  size_t end = x->a->layout.title.end;
  const ivl_fm *head = NULL, *full = NULL;
  int in_body = 0;
  for (size_t i = 0; i < x->nm && x->m[i].vs < intro; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind != FM_ORG || !(m->flags & FM_COMPANY) || !m->party || outlet_of_story(x, m)) continue;
    if (!head) {
      if (m->ve > end) return NULL; /* no firm in the headline */
      head = full = m;
      continue;
    }
    int same = one_firm(head->party, m->party);
    if (m->vs >= end && !in_body && !same) return NULL; /* the body's first firm is another */
    in_body |= m->vs >= end && same;
    if (same && strlen(m->party) > strlen(full->party)) full = m;
  }
  return in_body ? full : NULL;
}

/* "\u201cWe will invest another $200 million in the plant,\u201d said ...", "A:
** We plan to invest $50 million ...": the company a sentence in the first
** person speaks for. The firm of a speaker named after the quotation
** first; in a post's own voice, the poster; else the company the article
** has named, when it has named one only (as an actor: not the parent in an
** appositive, "the property arm of Y", nor the outlet told, nor the firm of
** a question's label or one named as another's unit). */
const ivl_fm *inv_speakers_company(const ivl_fctx *x, const ivl_fsent *s) {
  int bare = 0;
  if (first_person_speech(x, s, &bare) == FX_NONE) return NULL;
  const ivl_fm *named_after = firm_of_speaker_after(x, s);
  if (named_after) return named_after;
  /* own_voice: no quotation, no interview; a printed speech's, its firm */
  if (bare) return speech_firm(x, s) ? speech_firm(x, s) : poster(x);
  /* under an interview's questions, the firms its introduction names (to
  ** the first question): not a partner or utility an answer names since
  ** ("We are still talking with EVN") */
  size_t intro = first_question_end(x, s);
  if (intro == FX_NONE || intro > s->vs) intro = s->vs;
  const ivl_fm *one = NULL;
  for (size_t i = 0; i < x->nm && x->m[i].vs < intro; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind != FM_ORG || !(m->flags & FM_COMPANY) || !m->party || !fx_acts(x, m) || outlet_of_story(x, m) ||
        in_question_label(x, m) || named_as_unit(x, m))
      continue;
    if (one && !one_firm(one->party, m->party)) return headline_firm_of_intro(x, intro);
    if (!one || strlen(m->party) > strlen(one->party)) one = m; /* the full name */
  }
  return one;
}

/* "A signed a deal with B to build a complex. The two firms will invest
** $300 million in it", "The partners will invest ...", "Under the deal,
** the two banks will jointly invest": the sentence's subject, first or
** after an opening phrase of its own, is the pair of firms of the deal
** told right before, called by what they are. */
int inv_pair_referred(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const pair[] = {
    "the two firms", "the two companies", "the two groups", "the two partners", "the two sides", "the two banks",
    "the two lenders", "the two insurers", "the two developers", "the two conglomerates", "the two corporations",
    "the two carriers", "the two airlines", "the two carmakers", "the two automakers", "the two retailers",
    "the two operators", "the two investors", "the two funds", "the partners", "both firms", "both companies",
    "both groups", "both sides", "both banks", "both partners", NULL};
  if (!x->c.pair_firm[0] || x->c.pair_sent != s->index) return 0;
  if (fx_starts_with_any(x, s->vs, pair)) return 1;
  /* (any comma of the opening phrase: "Under a deal signed on June 3, 2025,
  ** the two banks") */
  const char *end = x->t + s->vs + (s->ve - s->vs < 40 ? s->ve - s->vs : 40);
  for (const char *c = x->t + s->vs; (c = memchr(c, ',', (size_t)(end - c))) != NULL; c++)
    if (fx_starts_with_any(x, (size_t)(c - x->t) + 1, pair)) return 1;
  return 0;
}

/* "Japan's X signed a franchise agreement with local investor Y to open a
** hotel in Cần Thơ. The owner will invest VNĐ620 billion in it", "...
** after a renovation paid for by the owner": the owner of the property a
** brand or operator deal was just told for is the firm it was signed with
** (set qweek66), or the subject when that firm is told running it ("X
** signed a management agreement with Y, which will operate the resort").
** NULL when the sentence names no owner or no such deal came right before. */
const ivl_fm *inv_pair_owner(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const owner[] = {"the owner", "the hotel owner", "the property owner", "the resort owner",
                                      "the owners", NULL};
  static const char *const runs[] = {", which will operate", ", which will manage", ", which will run", NULL};
  if (!x->c.pair_firm[0] || x->c.pair_sent != s->index || !fx_any(x, s->vs, s->ve, owner)) return NULL;
  return fx_starts_with_any(x, x->c.pair_firm[1]->ve, runs) ? x->c.pair_firm[0] : x->c.pair_firm[1];
}

/* "approved a VNĐ6.5 trillion road, with the investor to be selected
** through a tender", "whose investors will be chosen later": the works'
** investor is yet to be chosen, so no firm told before is it. */
static int investor_yet_to_choose(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const pending[] = {"to be selected", "to be chosen", "to be picked", "will be selected",
                                        "will be chosen", "will be picked", "would be selected", "would be chosen",
                                        "is to be selected", "is to be chosen", "is yet to be", "has yet to be",
                                        "are yet to be", "have yet to be", "yet to be", NULL};
  for (size_t at = s->vs; (at = fx_find(x, at, s->ve, "investor*")) != FX_NONE; at++) {
    size_t end = at;
    while (end < s->ve && ivl_isalpha((unsigned char)x->t[end])) end++;
    if (fx_starts_with_any(x, end, pending)) return 1;
  }
  return 0;
}

/* "Thai operator Siam Medica Group bought 65% of X. The hospital was built
** by local developer Y ... The group plans to spend a further $30
** million", "X Co., Ltd, a unit of UK-based Y Group, ... the group's total
** investment": "the group" is the firm last called a group, when the
** company named since is not one (a developer, a unit). */
static const ivl_fm *group_referred(const ivl_fctx *x, const ivl_fsent *s, size_t to) {
  static const char *const the_group[] = {"the group", NULL};
  const ivl_fm *g = x->c.called_group, *c = x->c.company;
  if (!g || !c || !g->party || !c->party || strcmp(g->party, c->party) == 0) return NULL;
  if (fx_called_group(x, c) || !fx_any(x, s->vs, to, the_group) || fdi_subject(x, s, to)) return NULL;
  /* (the company named since by the group's own short name is the group,
  ** as written there: "Meridian Health Group ... Meridian is no newcomer
  ** to the city. The group opened a clinic ...", set qweek23) */
  size_t n = strlen(c->party);
  if (strncmp(g->party, c->party, n) == 0 && g->party[n] == ' ') return c;
  /* (not when the company named since was brought in as the group's
  ** rival, "rival VNPT", whatever it is called later, "VNPT's ninth": a
  ** firm of the same kind, so "the group" is that one) */
  for (size_t i = 0; i < x->nm && x->m[i].vs <= c->vs; i++)
    if (x->m[i].kind == FM_ORG && x->m[i].party && strcmp(x->m[i].party, c->party) == 0 &&
        fx_ends_with(x, x->m[i].vs, "rival"))
      return NULL;
  return g;
}

/* "X sold its stake in a resort to Y for $40 million. The buyer, which
** runs 23 hotels in Singapore, plans to invest a further $12 million": the
** buyer is the investor of the purchase the sentence before stated, not
** a country its aside names nor the seller the article is about. */
/* So too "the new owner" of a club or firm bought, also past a sentence
** on the deal's signing between ("X has bought 70 per cent of Y. The deal
** was signed on Monday with the seller. The new owner has earmarked ...",
** set qtelco). */
static const ivl_fm *buyer_referred(const ivl_fctx *x, const ivl_fsent *s, size_t to) {
  /* (fact_sent is the index of the facts' sentence + 1: the sentence
  ** before, or the one before that) */
  if (!x->c.fact_investor || x->c.fact_sent + 1 < s->index || x->c.fact_sent > s->index ||
      x->c.fact_investor->kind != FM_ORG)
    return NULL;
  return inv_opens_on_buyer(x, s) < to ? x->c.fact_investor : NULL;
}

/* So too the owner named by what it bought, "The club's new owner will
** spend ...", "The chain's new owners plan to ..." (set qmedia). */
size_t inv_opens_on_buyer(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const the_buyer[] = {"the buyer", "the acquirer", "the purchaser", "the new owner",
                                          "the new owners", NULL};
  static const char *const owner[] = {"'s new owner", "\xE2\x80\x99s new owner", "'s new owners",
                                      "\xE2\x80\x99s new owners", NULL};
  if (fx_starts_with_any(x, s->vs, the_buyer)) return s->vs;
  if (!fx_starts_with(x, s->vs, "the")) return FX_NONE;
  size_t p = s->vs + 3;
  while (p < s->ve && x->t[p] == ' ') p++;
  while (p < s->ve && ivl_isalpha((unsigned char)x->t[p])) p++;
  return fx_starts_with_any(x, p, owner) ? s->vs : FX_NONE;
}

/* "The Hà Nội-based group has poured ...", "The Osaka-based maker will
** add ...": a sentence opening on the company just spoken of, its seat
** said between "The" and its noun (as "the group" says it bare). */
static int seated_anaphor(const ivl_fctx *x, const ivl_fsent *s, size_t to) {
  static const char *const nouns[] = {"group", "company", "firm", "conglomerate", "maker", "manufacturer",
                                      "steelmaker", "carmaker", "retailer", "developer", "lender", "insurer",
                                      "brewer", NULL};
  size_t head = s->vs + 48 < to ? s->vs + 48 : to;
  if (!fx_starts_with(x, s->vs, "the")) return 0;
  size_t at = fx_find(x, s->vs, head, "based");
  return at != FX_NONE && x->t[at - 1] == '-' && fx_starts_with_any(x, at + 5, nouns);
}

/* Is the "it" at 'at' the object of an opening phrase ("With it, Quảng
** Ninh now has 198 valid FDI projects": the licence just told), not the
** investor said before? */
static int opening_it(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const preps[] = {"with", "under", "through", "after", NULL};
  return at <= s->vs + 8 && x->t[at + 2] == ',' && fx_starts_with_any(x, s->vs, preps);
}

/* "Since the city merged with Bình Dương in 2025, it has counted 4,870
** valid projects": the "it" or "its" right after an opening clause whose
** subject is a place (its name, or "the city") is that place, not the firm
** the sentence before named. (Not the place's possessive: "After the
** country's central bank cut rates, it invested ...", the bank the
** subject, "it" still the firm.) */
static int place_opens_clause_before(const ivl_fctx *x, const ivl_fsent *s, size_t its) {
  static const char *const place_words[] = {"the city", "the province", "the capital", "the country",
                                            "the locality", NULL};
  if (!fx_starts_with_any(x, s->vs, clause_openers)) return 0;
  size_t p = s->vs;
  while (p < its && x->t[p] != ' ') p++; /* past the opener */
  while (p < its && x->t[p] == ' ') p++;
  size_t i = fx_mention_from(x, p);
  size_t noun_end = p + 3; /* past "the" and its noun */
  while (noun_end < its && x->t[noun_end] == ' ') noun_end++;
  while (noun_end < its && ivl_isalpha((unsigned char)x->t[noun_end])) noun_end++;
  int place = (fx_starts_with_any(x, p, place_words) && !fx_possessive_at(x, noun_end)) ||
              (i < x->nm && x->m[i].vs == p && x->m[i].kind == FM_PLACE && !fx_possessive(x, &x->m[i]));
  size_t q = its;
  while (q > p && x->t[q - 1] == ' ') q--;
  return place && q > p && x->t[q - 1] == ',';
}

/* "X set up the wholly owned Woorim Bank Vietnam in 2016. The unit
** raised its charter capital from ... to ...": a sentence opening on
** "The unit" ("The subsidiary") speaks of the firm the sentence before
** named as such a unit (a word of a unit or "wholly owned" right before
** its name), not of its owner, the company spoken of (set qweek12). */
static const ivl_fm *unit_named_before(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const opens[] = {"the unit", "the subsidiary", "the local unit", "the vietnamese unit",
                                      "the local subsidiary", "the vietnamese subsidiary", NULL};
  static const char *const said[] = {"unit", "subsidiary", "wholly owned", "wholly-owned", "local unit",
                                     "vietnamese unit", "vietnam unit", NULL};
  if (!fx_starts_with_any(x, s->vs, opens)) return NULL;
  size_t i = fx_mention_from(x, s->vs);
  while (i-- > 0 && x->m[i].ve + 300 >= s->vs) {
    const ivl_fm *m = &x->m[i];
    if (m->kind != FM_ORG) continue;
    if (fx_ends_with_any(x, m->vs, said)) return m;
  }
  return NULL;
}

/* "Investor: X Co., Ltd (Republic of Korea). ... Total investment capital:
** 350 million USD.", "The total investment capital is VND5.6 trillion",
** "Contents of adjustment: increasing the total investment capital from
** ...": a decision's or a certificate's field of capital, opening its own
** sentence with a colon or "is" after it, is the project's whose investor
** the fields before named (set qweek82). Not "Total investment in the
** province reached ...": a place's total, no field. */
static int capital_field_opens(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const fields[] = {"total investment capital", "the total investment capital",
                                       "total investment", "the total investment", "total registered capital",
                                       "total capital", NULL};
  static const char *const adjusting[] = {"contents of adjustment:", "content of adjustment:",
                                          "adjusted contents:", NULL};
  if (fx_starts_with_any(x, s->vs, adjusting)) return 1;
  static const char *const said[] = {"is", "will be", "of the project is", "of the project will be",
                                     "of the project:", NULL};
  for (int k = 0; fields[k]; k++) {
    if (!fx_starts_with(x, s->vs, fields[k])) continue;
    size_t e = s->vs + strlen(fields[k]);
    while (e < s->ve && x->t[e] == ' ') e++;
    if (e < s->ve && (x->t[e] == ':' || fx_starts_with_any(x, e, said))) return 1;
  }
  return 0;
}

/* "Investor: X Co., Ltd (Republic of Korea). Project: X Vina camera
** factory. ... Total investment capital: ...": the firm the field of the
** investor names, not the project's name told after it (set qweek82);
** looked for back to the paragraph's start, NULL when none. */
static const ivl_fm *investor_field_before(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const field[] = {"investor:", "the investor:", "investor is", NULL};
  size_t i = fx_mention_from(x, s->vs);
  while (i-- > 0 && x->m[i].ve + 600 >= s->vs) {
    const ivl_fm *m = &x->m[i];
    if (memchr(x->t + m->ve, '\n', s->vs - m->ve)) return NULL;
    if (m->kind == FM_ORG && fx_ends_with_any(x, m->vs, field)) return m;
  }
  return NULL;
}

/* The lead of a group just listed, as the sentence that gives the group's
** figure writes it: "A PCL, B Co. and C JSC signed an agreement to set up a
** joint venture. The venture will have a charter capital of ..., in which
** A will hold 45 per cent" names A by its short form, as an investor is
** named in the fact's sentence (set qjv); else the lead as listed. */
static const ivl_fm *lead_as_written(const ivl_fctx *x, const ivl_fsent *s) {
  for (size_t i = 0; i < s->n; i++) {
    const char *full = s->m[i].kind == FM_ORG ? fx_org_canonical(x, &s->m[i]) : NULL;
    if (full && strcmp(full, x->c.members_lead->party) == 0) return &s->m[i];
  }
  return x->c.members_lead;
}

static const ivl_fm *referent_before(const ivl_fctx *x, const ivl_fsent *s, size_t to);

/* The firm referent_before finds, as the fact's own sentence names it
** anywhere by a short form: "The first phase, costing $40 million, will
** be Tamarind's first", "..., Tamarind's chief executive said", after
** "Tamarind Cold Storage Pte Ltd" (GUIDELINES: as written in the
** sentence). */
static const ivl_fm *anaphor_before(const ivl_fctx *x, const ivl_fsent *s, size_t to) {
  const ivl_fm *c = referent_before(x, s, to);
  /* (a quotation's "we" is its speaker's firm, named in full: the name in
  ** the speaker's title is no naming of the investor, set qinterv) */
  if (!c || c->kind != FM_ORG || c == inv_speakers_company(x, s)) return c;
  return short_name_written(s, s->ve, c);
}

/* "The company is seeking ...", "its investment", "The third, capitalised
** at ...": the investor the article was just speaking of (none when the
** sentence says its investor is yet to be chosen). */
static const ivl_fm *referent_before(const ivl_fctx *x, const ivl_fsent *s, size_t to) {
  if (investor_yet_to_choose(x, s)) return NULL;
  /* "Korean firms remain upbeat about Bắc Ninh. They poured $410 million
  ** into the province in 2024": the country's investors the sentence
  ** before opened on */
  if (x->c.demonym_group && x->c.demonym_group_sent == s->index && fx_starts_with(x, s->vs, "they"))
    return x->c.demonym_group;
  static const char *const openers[] = {
    "the first", "the second", "the third", "project", "plant", "factory", "facility",
    /* "The 200MW farm, first licensed in 2020 with capital of ..." */
    "farm", "mill", "complex", "resort", "mall", "refinery", "terminal",
    /* "awarding the project to X. The hospital will have total investment of" */
    "hospital", "hotel", "school", "bridge", "township",
    /* "X will expand its plant ... The expansion has a total investment of" */
    "expansion", "upgrade", NULL};
  /* "X said it would spend $20 million ... at the Long An factory": the
  ** company that opens the sentence and says what "it" will do */
  static const char *const says_it[] = {"said it", "says it", "said that it", "announced it", "stated it", NULL};
  if (s->n && s->m[0].vs == s->vs && s->m[0].kind == FM_ORG && (s->m[0].flags & FM_COMPANY) && s->m[0].ve < to &&
      fx_starts_with_any(x, s->m[0].ve, says_it))
    return &s->m[0];
  const ivl_fm *speaker = inv_speakers_company(x, s);
  if (speaker) return speaker;
  /* "Separately, the parent company said it would set up a $35 million
  ** centre": the owner named before (note_parent), not its unit */
  static const char *const parent[] = {"the parent company", "the parent group", "its parent company", "its parent",
                                       /* a trust's (note_parent), set qweek56 */
                                       "the sponsor", NULL};
  if (x->c.parent && fx_any(x, s->vs, to, parent)) return x->c.parent;
  /* ("Counting the new money, the parent has put a total of ...": the
  ** bare noun, not its possessive, "the parent's unit", set qfin) */
  size_t bare = x->c.parent ? fx_find(x, s->vs, to, "the parent") : FX_NONE;
  if (bare != FX_NONE && !fx_possessive_at(x, bare + strlen("the parent"))) return x->c.parent;
  /* "The fund has already made its first two investments: ...": the fund
  ** named before (note_fund), not its manager nor a backer named since */
  static const char *const fund[] = {"the fund", NULL};
  if (x->c.fund && fx_any(x, s->vs, to, fund)) return x->c.fund;
  /* "... form a joint venture, Siam Dong A Packaging, .... The venture will
  ** have a charter capital of $200 million": the venture named, not the
  ** founders whose leader a venture left unnamed stands for */
  static const char *const venture[] = {"the venture", "the joint venture", NULL};
  if (x->c.venture && fx_any(x, s->vs, to, venture)) return x->c.venture;
  const ivl_fm *unit = unit_named_before(x, s);
  if (unit) return unit;
  if (inv_pair_referred(x, s)) return x->c.pair_firm[0];
  const ivl_fm *deal_owner = inv_pair_owner(x, s);
  if (deal_owner) return deal_owner;
  /* "Long An licensed a consortium of A, B and C. The complex has total
  ** investment of $3.1 billion": the group's project, its leader's figure */
  if (x->c.members_lead && x->c.members_sent == s->index && fx_find(x, s->vs, s->vs + 3, "the") == s->vs &&
      !fdi_subject(x, s, to))
    return lead_as_written(x, s);
  /* "X received approvals for three parks worth VNĐ12.3 trillion. They
  ** include the VNĐ5.2 trillion ... park in ...": the members of the facts
  ** just stated are their investor's */
  /* (the sentence's own members after the first: the facts just stored are its) */
  if (x->c.fact_investor && x->c.invest_age == 0 && (x->c.fact_sent == s->index || x->c.fact_sent == s->index + 1) &&
      fx_starts_with_any(x, s->vs, inv_members))
    return x->c.fact_investor;
  /* "X has registered three projects worth $150 million in Y. The largest
  ** is a $70 million ...", "The other two are ...": the parts picked out of
  ** one investor's total just told are that investor's (none when the
  ** total was of investors at large: fact_investor is NULL then) */
  if (x->c.fact_investor && x->c.invest_age == 0 && x->c.fact_sent == s->index &&
      fx_starts_with_any(x, s->vs, inv_part_picks))
    return x->c.fact_investor;
  /* An addition told just before is its company's: "X raised its capital
  ** from $60 million to $95 million. The additional capital of $35 million
  ** will go into a second line" (the company whose facts the sentence
  ** before stated), "Taiwanese shoemaker X is expanding its operations.
  ** The additional $35 million will fund a second line" (the company the
  ** sentence before, of no figure, opens with and tells expanding) */
  const ivl_fm *owner = inv_addition_owner(x, s);
  if (owner) return owner;
  /* "The developer plans to invest ...": the firm said to develop the park,
  ** not a tenant named since */
  static const char *const developer[] = {"the developer", NULL};
  if (x->c.developer && fx_any(x, s->vs, to, developer) && !fdi_subject(x, s, to)) return x->c.developer;
  /* "The La Gàn project in Bình Thuận is developed by X. Its total
  ** investment is $4.5 billion": the total of the works X develops */
  if (inv_its_total_developed(x, s)) return x->c.developer;
  const ivl_fm *group = group_referred(x, s, to);
  if (group) return group;
  if (x->c.company && (fx_any(x, s->vs, to, inv_company_anaphors) || seated_anaphor(x, s, to)) &&
      !fdi_subject(x, s, to) && !inv_authority_board(x, s, to))
    return short_name_before_anaphor(x, s, to, x->c.company);
  /* "The Californian company plans to spend ...": its noun after a proper
  ** adjective no mention knows (inv_company_subject_end) */
  size_t noun_end = x->c.company ? inv_company_subject_end(x, s) : FX_NONE;
  if (noun_end <= to && !fdi_subject(x, s, to)) {
    const ivl_fm *described = firm_introduced_as(x, s, noun_end);
    return described ? described : x->c.company;
  }
  if (x->c.company && opens_with_short_name(x, s, x->c.company)) return x->c.company;
  /* "The third, capitalised at ...", "The Hải Phòng project was first ..."
  ** (not "The city's FDI in the first 11 months reached ...": the place's
  ** foreign capital at large, whose period holds "the first") */
  if (x->c.company && capital_field_opens(x, s) && !fdi_subject(x, s, to)) {
    const ivl_fm *field = investor_field_before(x, s);
    return field ? field : x->c.company;
  }
  size_t head = s->vs + 40 < to ? s->vs + 40 : to;
  if (x->c.company && fx_find(x, s->vs, head, "the") == s->vs && fx_any(x, s->vs, head, openers) &&
      !fdi_subject(x, s, to))
    return x->c.company;
  /* "Japanese investors registered $320 million ... The park attracted
  ** five of the projects, with $180 million": a part of the projects just
  ** stated is theirs, when they were one investor's */
  if (x->c.fact_investor && x->c.invest_age == 0 && x->c.fact_sent == s->index && fx_any(x, s->vs, to, inv_parts_of_projects))
    return x->c.fact_investor;
  if (x->c.investor && x->c.subject_is_investor) {
    size_t from = after_opening_clause(x, s, to);
    size_t its = fx_find(x, from, to, "its"), it = fx_find(x, from, to, "it");
    if (it != FX_NONE && opening_it(x, s, it)) it = FX_NONE;
    if (it < its) its = it;
    if (its != FX_NONE && !place_subject_before(x, s, from, its) && !place_opens_clause_before(x, s, its))
      return x->c.investor;
  }
  return NULL;
}

/* Lower-case words in t[from, to) but for the places named among them ("depot
** is to be built in Hà Nội by"): where the works stand says nothing of who
** makes them, and a passive often tells it before its agent. */
static int lower_words_but_places(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  size_t p = from;
  for (size_t i = fx_mentions_from(s->m, s->n, from); i < s->n && s->m[i].ve <= to; i++) {
    if (s->m[i].kind != FM_PLACE || !fx_lower_words(x, p, s->m[i].vs)) return 0;
    p = s->m[i].ve;
  }
  return fx_lower_words(x, p, to);
}

/* "a $150 million tyre cord plant by a Taiwanese firm" (set qweek7): the
** maker named by a bare "by" right after the works' noun, lower-case words
** between the figure and it, as a participle's "by" names it. Where the
** name may start (past "by"), else FX_NONE. Not "by 2030" after a
** figure, nor "by value": no works' noun before them. */
static size_t works_by(const ivl_fctx *x, size_t from, size_t lim) {
  static const char *const works[] = {"plant by", "factory by", "project by", "complex by", "facility by",
                                      "mill by", "centre by", "center by", "warehouse by", "resort by", NULL};
  size_t w = fx_first(x, from, lim, works);
  if (w == FX_NONE || !fx_lower_words(x, from, w)) return FX_NONE;
  size_t by = fx_find(x, w, lim, "by");
  return by == FX_NONE ? FX_NONE : by + 2;
}

/* "a $2 million garment factory set up by a Hong Kong firm", "a $40
** million plant built by Japan's X": the maker a participle's "by" names
** right after the figure's works (lower-case words between). */
static const ivl_fm *maker_of_works_after(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target) {
  static const char *const made_by[] = {"set up by", "built by", "established by", "founded by", "opened by",
                                        "developed by", "constructed by", NULL};
  /* (or the place first: "a $60 million depot is to be built in Long An by X") */
  static const char *const made_in[] = {"set up in", "built in", "established in", "developed in", "constructed in", NULL};
  /* (past the amount's equivalent: "A €120 million (about $139 million)
  ** depot", whether the figure ends before its bracket or on it) */
  size_t from = fx_past_bracketed_equivalent(x, f->ve);
  if (from < f->ce && x->t[from] == ')') from = fx_past_bracketed_equivalent(x, from + 1);
  /* (far enough for a long works' name: "rolling stock maintenance depot") */
  size_t lim = from + 80 < f->ce ? from + 80 : f->ce;
  size_t by = fx_first(x, from, lim, made_by);
  if (by != FX_NONE && fx_lower_words(x, from, by)) {
    while (by < lim && x->t[by] != ' ') by++; /* past the participle ("set up": past "by" below) */
    by = fx_find(x, by, lim, "by") + 2;
  } else {
    size_t in = fx_first(x, from, lim, made_in);
    size_t agent = in == FX_NONE ? FX_NONE : fx_find(x, in, lim, "by");
    if (agent != FX_NONE && lower_words_but_places(x, s, from, agent)) by = agent + 2;
    else if ((by = works_by(x, from, lim)) == FX_NONE) return NULL;
  }
  /* (a long description before the name: "by French engineering group X") */
  return inv_first_investor(x, s, by, by + 64 < f->ce ? by + 64 : f->ce, vn_target);
}

/* "the capital attracted $2.7 billion ..., with Korean investors among
** the most active" (set qground): a place said by its common noun right
** before a verb of drawing money is the subject, as its name would be. */
static int place_word_draws(const ivl_fctx *x, const ivl_fsent *s, size_t to) {
  static const char *const place_words[] = {"the city", "the capital", "the province", "the locality",
                                            "the municipality", NULL};
  for (size_t at = s->vs; (at = fx_first(x, at, to, place_words)) != FX_NONE; at++) {
    size_t p = at;
    while (p < to && x->t[p] != ' ') p++; /* past "the" */
    while (p < to && x->t[p] == ' ') p++;
    while (p < to && ivl_isalpha((unsigned char)x->t[p])) p++; /* past the noun */
    if (fx_starts_with_any(x, p, ivl_lexicon(LEX_DRAWING))) return 1;
  }
  return 0;
}

/* Is the sentence about a place ("Bắc Ninh ranked ...", "In 2015 it
** topped ...")? Then what comes after the figure is not its investor. The
** place of a wire's dateline the sentence opens on ("HÀ NỘI, May 14, 2025
** — With a total investment of $X, Korean firm Y will ...") is where the
** report was filed, not its subject. */
static int place_is_subject(const ivl_fctx *x, const ivl_fsent *s, size_t to) {
  for (size_t i = 0; i < s->n && s->m[i].vs < to; i++) {
    if (s->m[i].flags & FM_DATELINE) continue;
    if (s->m[i].kind == FM_PLACE) return 1;
    if (fx_can_invest(x, &s->m[i], 1)) return 0;
  }
  return (!x->c.subject_is_investor && fx_find(x, s->vs, to, "it") != FX_NONE) || place_word_draws(x, s, to);
}

/* "New projects took $15.2 billion, while foreign investors spent $6.89
** billion on share purchases", right after the FDI total: "foreign" names
** who acts in one clause, it does not single out a foreign part of a
** whole ("170 projects, of which 46 foreign-invested"). */
static int foreign_as_actors(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const actors[] = {"investor*", "firms", "companies", "enterprises", NULL};
  int found = 0;
  for (size_t at = s->vs; (at = fx_find(x, at, s->ve, "foreign*")) != FX_NONE; at++) {
    size_t end = at;
    while (end < s->ve && ivl_isalpha((unsigned char)x->t[end])) end++;
    if (end - at != 7 || !fx_starts_with_any(x, end, actors)) return 0;
    found = 1;
  }
  return found && fx_find(x, s->vs, s->ve, "fdi") == FX_NONE;
}

/* "Nghệ An licensed 95 projects with capital of VNĐ58.7 trillion. Of
** these, 83 were domestic projects ...", "... to 19 projects capitalised
** at VNĐ41 trillion. The projects range from ... Two foreign projects made
** up $410 million of the total": does one of the two sentences after s
** break s's total down (opening on "Of these", or naming its part: "among
** them", "of the total", "the remaining") by the kind of its investors?
** Then the total mixes domestic and foreign capital, and is neither's
** (rule 12). */
static int split_after(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const opens[] = {"of these", "of them", "of this", "of the total", "of which", NULL};
  /* ("of the total" closing its clause: not a share's "accounting for 54
  ** per cent of the total investment capital") */
  static const char *const parts[] = {"among them", "of the total.", "of the total,", "the remaining", "the rest",
                                      NULL};
  /* (the kinds of projects and firms, not a rank's "largest foreign investor") */
  static const char *const kinds[] = {"domestic", "local", "foreign-invested", "foreign projects", "foreign firms",
                                      "fdi projects", NULL};
  const ivl_spans *ss = &x->a->sentences;
  int counted = f->count && (f->count->flags & FM_PROJECTS) && f->count->value > 1;
  size_t k = s->index + 1;
  while (k < ss->n && ss->items[k].start < s->ve) k++;
  for (size_t n = 0; n < 2 && k + n < ss->n; n++) {
    size_t p = ss->items[k + n].start, end = ss->items[k + n].end;
    int opened = fx_starts_with_any(x, p, opens);
    if (n == 0 && opened && fx_find(x, p, p + 120 < end ? p + 120 : end, "domestic") != FX_NONE) return 1;
    /* (a part named inside the sentence only of a count of projects, its
    ** kind said near its start: the look through other sentences' bytes
    ** is dear) */
    if (!opened && !counted) continue;
    if (!fx_any(x, p, opened || p + 60 > end ? end : p + 60, kinds)) continue;
    if (opened || fx_any(x, p, end, parts)) return 1;
  }
  return 0;
}

/* "... to 27 projects with combined capital of VNĐ96 trillion, with
** foreign firms accounting for $2.35 billion of the total": the foreign
** word said only of a part after the figure, the total itself mixes
** domestic and foreign capital (rule 12). */
static int foreign_only_as_part(const ivl_fctx *x, const ivl_fsent *s, const figure *f,
                                const char *const *foreign) {
  static const char *const parts[] = {"of the total", "of which", "accounting for", "accounted for", NULL};
  size_t w = fx_first(x, s->vs, s->ve, foreign);
  /* (not the figure's own "$300 million in FDI, with Thailand accounting
  ** for 40 per cent": the word said before a comma closes its clause) */
  if (w == FX_NONE || w < f->ve || !memchr(x->t + f->ve, ',', w - f->ve)) return 0;
  return fx_any(x, w, s->ve, parts);
}

/* "Cà Mau drew only $96 million, ..., but the province now has 141 valid
** FDI projects": a figure whose foreign word comes only in the clause its
** "but" opens, said of the same place ("the province"), is FDI still (set
** qregion); not where the sentence names domestic money, nor "but
** neighbouring Lai Châu has ..." (another place's FDI). */
static int fdi_goes_on_past_but(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const same_place[] = {"the province", "the city", "the locality", NULL};
  if (f->ce >= s->ve) return 0;
  size_t c = f->ce;
  while (c > f->ve && x->t[c - 1] != ',') c--;
  if (c == f->ve || !fx_starts_with(x, c, "but")) return 0;
  size_t near = c + 48 < s->ve ? c + 48 : s->ve;
  return fx_any(x, c, near, same_place) && !fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_DOMESTIC));
}

/* No investor named: foreign investors in aggregate when FDI is spoken of. */
static party unnamed_investor(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const foreign[] = {"foreign*", "fdi", "overseas", NULL};
  party none = {NULL, NULL, 0, 0};
  int said = fx_any(x, s->vs, s->ve, foreign);
  /* (so too "168 projects from 21 countries and territories", all the
  ** sentence's projects told foreign) */
  int sources = !said && inv_projects_from_countries(x, s);
  said |= sources;
  /* "HCM City licenses $1.1 billion in chip projects": projects licensed
  ** with no investor named are foreign capital in aggregate; domestic ones
  ** say so and go to Việt Nam (rule 12) */
  /* so too projects still valid: licensed ones, counted to date */
  int licensed = (fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_LICENSING)) && fx_find(x, s->vs, s->ve, "project*") != FX_NONE) ||
                 fx_any(x, s->vs, s->ve, inv_valid_projects);
  if (!said && !licensed && x->c.fdi_age > 4) return none;
  /* "Đà Nẵng licenses 25 projects in four months" (headline), the body
  ** then telling its FDI and domestic parts: with no foreign word and no
  ** FDI spoken of yet, projects licensed in an article that speaks of
  ** domestic projects are no foreign total (rule 12) */
  if (!said && x->c.fdi_age > 4 && x->c.domestic_said) return none;
  if (!said && split_after(x, s, f)) return none;
  if (said && foreign_only_as_part(x, s, f, foreign)) return none;
  /* "170 projects ... of which 46 foreign-invested": the whole is not FDI */
  /* but "$1 billion in A, $690 million in B" goes on with the first, and
  ** "Of the total, ..." breaks down the FDI just stated */
  int part = (x->c.invest_age == 0 && inv_opens_breakdown(x, s)) || (x->c.fdi_age <= 1 && foreign_as_actors(x, s));
  /* the foreign cue is said of this figure or of one before it in the
  ** sentence ("licensed 28 FDI projects with $397 million and allowed 23
  ** projects to add $235.8 million") */
  /* figures paired "respectively" share the sentence's words */
  size_t to = f->target_as || f->investor_as ? s->ve : f->ce;
  if (said && !sources && !part && !fx_any(x, s->vs, to, foreign) &&
      !(f->cs > s->vs && inv_list_joiner(x, f->cs, f->vs)) && !fdi_goes_on_past_but(x, s, f))
    return none;
  return (party){"*", NULL, 0, 0};
}

/* "$2.2 billion in FDI ..., with Singapore, Japan and China as the top
** sources": the sources of a total named after it are not its investor. */
/* "..., with Laos and Singapore the top destinations" */
static int listed_with_role(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const char *const *roles) {
  return fx_find(x, f->ve, f->ce, "with") != FX_NONE && fx_any(x, f->ve, s->ve, roles);
}

/* (and a place among them: "with the US the second largest destination
** after Laos") */
static const char *const top_roles[] = {
  "the top", "the main", "the largest", "the leading", "the biggest", "its top", "its main", "its largest",
  "its leading", "its biggest", "the second largest", "the second-largest", "the second biggest",
  "the third largest", "the third-largest", "the third biggest", NULL};

/* "$1.5 billion abroad, with Japan and the US among the fastest-growing
** destinations": places after "with" said to be among others of a kind,
** no place the total went to (set qweek54); "among" closes the places'
** list, no comma before it (not "in Laos, with mining among the main
** sectors": the place before "with" is where the money went). */
static int with_place_among(const ivl_fctx *x, const figure *f, const ivl_fm *m) {
  static const char *const among[] = {"among the", "among its", NULL};
  size_t with = fx_find(x, f->ve, m->vs, "with");
  if (with == FX_NONE || memchr(x->t + with, ',', m->vs - with)) return 0;
  size_t end = m->ve + 40 < f->ce ? m->ve + 40 : f->ce;
  size_t at = fx_first(x, m->ve, end, among);
  return at != FX_NONE && !memchr(x->t + m->ve, ',', at - m->ve);
}

/* "$1.15 billion abroad, with Laos, the US and Indonesia leading": the
** places that lead, "leading" ending the clause (not "with a leading bank
** as its lender") */
static int listed_leading(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  if (fx_find(x, f->ve, f->ce, "with") == FX_NONE) return 0;
  for (size_t at = f->ve; (at = fx_find(x, at, s->ve, "leading")) != FX_NONE; at++) {
    char c = at + 7 < s->ve ? x->t[at + 7] : '.';
    if (c == '.' || c == ',' || c == ';') return 1;
  }
  return 0;
}

/* Is m a reference point of a rank, its place told against it ("the
** third-largest investor after China and Thailand", "second only to
** Japan"), looking back no further than 'from'? */
static int rank_reference(const ivl_fctx *x, size_t from, const ivl_fm *m) {
  static const char *const reference[] = {"after", "behind", "than", "only to", NULL};
  size_t back = m->vs > from + 30 ? m->vs - 30 : from;
  return fx_any(x, back, m->vs, reference);
}

/* The words before a country that make it where money goes, not who
** puts it in. */
static const char *const vn_goes_to[] = {"in", "into", "to", "across", "throughout", NULL};

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
    if (rank_reference(x, f->ve, m)) continue;
    /* nor Việt Nam where the money goes: "With $300 million, Thailand's X
    ** will add 40 stores across Vietnam" names one source */
    if ((m->flags & FM_VN) && fx_ends_with_any(x, m->vs, vn_goes_to)) continue;
    named++;
  }
  return named > 1;
}

/* Where up to three lower-case words before 'at' that end in a company
** noun ("domestic firm ", "property developer ") begin; 'at' when none. */
static size_t describer_start(const ivl_fctx *x, size_t from, size_t at) {
  static const char *const nouns[] = {
    "firm", "company", "developer", "group", "corporation", "investor", "conglomerate", "enterprise",
    "manufacturer", "maker", "contractor", "operator", "steelmaker", "carmaker", "chipmaker", "producer",
    "supplier", "retailer", "startup", "fund", NULL};
  size_t w = at;
  while (w > from && x->t[w - 1] == ' ') w--;
  if (!fx_ends_with_any(x, w, nouns)) return at;
  for (int words = 0; words < 3 && w > from; words++) {
    size_t b = w;
    while (b > from && (ivl_islower((unsigned char)x->t[b - 1]) || x->t[b - 1] == '-')) b--;
    if (b == w || (b > from && x->t[b - 1] != ' ')) break;
    w = b;
    static const char *const owned[] = {"of", "by", "from", NULL};
    if (fx_ends_with_any(x, w, owned)) return w;
    while (w > from && x->t[w - 1] == ' ') w--;
  }
  return at;
}

/* (and a project given: "The 22 MW plant, capitalised at VNĐ780 billion,
** goes to X") */
static const char *const licensed_to[] = {"licensed to", "licenced to", "granted to", "awarded to", "issued to",
                                          "goes to", "went to", "will go to",
                                          NULL};

/* "a $260 million shopping centre licensed to X", "a resort granted to X":
** the licensee named right after the words of the licence holds the
** project, whatever name (the project's own) stands before the figure. */
static int licensee(const ivl_fctx *x, const ivl_fm *m) { return fx_ends_with_any(x, m->vs, licensed_to); }

/* "a $480 million terminal in Trần Đề, licensed in August to Japan's X":
** the licence's words with its day between them and "to", t[at] the
** licensee's description (set qregion) */
static int licensed_on_day_to(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const licensed_on[] = {"licensed in", "licensed on", "licenced in", "licenced on",
                                            "granted in", "granted on", "awarded in", "awarded on", NULL};
  if (!fx_ends_with(x, at, "to")) return 0;
  for (size_t i = 0; i < s->n && s->m[i].ve < at; i++) {
    const ivl_fm *d = &s->m[i];
    if (d->kind == FM_DATE && at - d->ve <= 4 && fx_ends_with_any(x, d->vs, licensed_on)) return 1;
  }
  return 0;
}

/* Where the words that describe company s->m[i] begin ("China's ",
** "Hong Kong-based ", "Danish firm "), looking no further back than
** 'from'. */
static size_t described_from(const ivl_fctx *x, const ivl_fsent *s, size_t i, size_t from) {
  size_t at = s->m[i].vs;
  for (size_t j = i; j-- > 0;) {
    const ivl_fm *d = &s->m[j];
    if (d->vs < from || d->ve > at) break;
    size_t gap = at - d->ve;
    int possessive = d->kind == FM_COUNTRY && fx_possessive(x, d) && d->ve + fx_possessive(x, d) + 1 >= at;
    int based = fx_based_in(x, d) && gap <= 16; /* "-based ", "-headquartered " */
    int described = (d->flags & FM_DEMONYM) && gap <= 30 && fx_lower_words(x, d->ve, at);
    if (!possessive && !based && !described) break;
    at = d->vs;
  }
  return at;
}

/* "to be developed by a joint venture of Japan's A and local firm B", "by
** a consortium between A and B": the group's first member, named after
** the words that bring in the group that owns the project (its other
** members are told by inv_members_alongside). */
static const char *const by_group[] = {
  "by a joint venture of", "by a joint venture between", "by a consortium of", "by a consortium between",
  "by a consortium comprising", "by a joint venture comprising", "by a venture of", "by a venture between", NULL};

/* "a consortium led by X", "a joint venture headed by Y": the group
** named by its leader, who stands for it as a group's first member does. */
static const char *const group_led[] = {"consortium led by", "consortium headed by", "joint venture led by",
                                        "joint venture headed by", "venture led by", NULL};

/* "approved ... a VNĐ28 trillion project whose investor is X", "..., a
** VNĐ9 trillion project, naming X as the investor": a licensing that
** names the project's investor in its role, after the figure. t[at, ve)
** is the firm over its description. */
static int named_in_investor_role(const ivl_fctx *x, size_t at, size_t ve) {
  static const char *const whose[] = {"whose investor is", "whose developer is", "with investor", NULL};
  /* (and the decision that approves the investor in its role: "..., with a
  ** total investment of VND 4,215 billion, and at the same time approving X
  ** as the investor", set qweek65) */
  static const char *const naming[] = {"naming", "names", "named", "approving", "approved", "approves", NULL};
  static const char *const role[] = {"as the investor", "as investor", "as its investor", "as the developer", NULL};
  if (fx_ends_with_any(x, at, whose)) return 1;
  if (!fx_ends_with_any(x, at, naming)) return 0;
  size_t p = ve;
  while (x->t[p] == ' ') p++;
  return fx_starts_with_any(x, p, role);
}

/* "granted a certificate for the first phase of the terminal, worth VND35.5
** trillion (US$1.35 billion), to X": the comma right after the figure (and
** its bracketed equivalent) closes the aside ", worth" opened, and no other
** comma comes before 'at': the licence's words go on past it (set qweek4).
** 'word' is the one right before 'at': "to" of a licence, or "of" of the
** owner a list member names after its figure's aside ("a hotel in Bai Chay
** ward, worth VND 2,100 billion, of X Group;", set qweek65). So too an
** aside opened by ", with" ("handed over the certificate for the expansion
** of the complex, with an additional capital of VND 9,850 billion, to X"). */
static int figure_aside_closed(const ivl_fctx *x, size_t from, size_t at, const char *word) {
  static const char *const asides[] = {"worth", "valued at", "capitalised at", "capitalized at", "totalling",
                                       "totaling", "with", NULL};
  size_t p = from;
  while (p < at && x->t[p] == ' ') p++;
  if (p < at && x->t[p] == '(') {
    const char *close = memchr(x->t + p, ')', at - p);
    if (!close) return 0;
    p = (size_t)(close - x->t) + 1;
  }
  if (p < at && x->t[p] == ')') p++; /* (a figure read with its bracketed equivalent ends inside it) */
  if (p >= at || x->t[p] != ',') return 0;
  /* (the licence's "to" right after it: not "..., and sold power to X") */
  size_t q = p + 1;
  while (q < at && x->t[q] == ' ') q++;
  if (!fx_starts_with(x, q, word)) return 0;
  for (q += strlen(word); q < at && x->t[q] == ' '; q++) {}
  if (q != at) return 0;
  /* (far enough back for ", with an additional capital of VND 9,850
  ** billion"; the last such word, the one that opens the figure's aside) */
  size_t back = from > 64 ? from - 64 : 0;
  size_t w = fx_last(x, back, from, asides);
  if (w == FX_NONE) return 0;
  while (w > back && x->t[w - 1] == ' ') w--;
  return w > back && x->t[w - 1] == ',';
}

/* "The largest project, a VNĐ6.8 trillion berth in X Park, belongs to Y
** JSC": the firm the works are said to belong to owns them (qprov) */
static const char *const belongs[] = {"belongs to", "belong to", "belonged to", "belonging to", NULL};

/* "the Department of Finance approved an additional $125 million for X's
** motorcycle plant": the firm whose works, in its possessive right after
** "for", an approval of capital said before is for (set qweek36); not
** "paid $9 million for X's plant", a purchase from X, nor "approved $5
** million for X's workers", no works of its. */
static int approved_for_owners_works(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m, size_t at) {
  static const char *const approvals[] = {"approved", "approves", "granted", "grants", NULL};
  static const char *const works[] = {"plant", "factory", "project", "facility", "complex", "mill", NULL};
  size_t pos = fx_possessive(x, m);
  if (!pos || !fx_ends_with(x, at, "for") || !fx_any(x, s->vs, at, approvals)) return 0;
  size_t w = m->ve + pos, lim = w + 32 < s->ve ? w + 32 : s->ve;
  size_t hit = fx_first(x, w, lim, works);
  return hit != FX_NONE && !memchr(x->t + w, ',', hit - w);
}

/* Is company s->m[i] named as a project's owner: after "of", "by" or
** "from", over "China's ", "Hong Kong-based ", "Danish firm "? Looks no
** further back than 'from'. */
static int named_as_owner(const ivl_fctx *x, const ivl_fsent *s, size_t i, size_t from) {
  const ivl_fm *m = &s->m[i];
  size_t at = described_from(x, s, i, from);
  /* "added to two projects, including a plant of X": one of them, X's */
  if (fx_find(x, from, at, "including") != FX_NONE) return 0;
  /* "registered VNĐ5.2 trillion for seven projects, led by X JSC": the
  ** head of those who put it in, not the owner of all of it */
  /* (but "a $2 billion complex of a consortium led by X": the group's
  ** leader, its first member) */
  if (fx_ends_with_any(x, at, group_led)) return 1;
  static const char *const heads[] = {"led by", "headed by", "topped by", "followed by", NULL};
  if (fx_ends_with_any(x, at, heads)) return 0;
  /* "paid VNĐ1.1 trillion for 25 per cent of X's shares" (set qinsure):
  ** the firm whose shares are bought is no owner of the money */
  static const char *const held[] = {"shares", "share capital", "stock", "equity", "stake", NULL};
  size_t pos = fx_possessive(x, m);
  if (pos && fx_starts_with_any(x, m->ve + pos, held)) return 0;
  static const char *const owned[] = {"of", "by", "from", NULL};
  if (fx_ends_with_any(x, at, owned) || fx_ends_with_any(x, at, licensed_to) || licensed_on_day_to(x, s, at)) return 1;
  if (fx_ends_with_any(x, at, belongs)) return 1;
  if (fx_ends_with_any(x, at, by_group)) return 1;
  if (named_in_investor_role(x, at, m->ve)) return 1;
  /* "a $40 million factory of the RoK's X": the article before the country */
  static const char *const owned_the[] = {"of the", "by the", "from the", NULL};
  if (at < m->vs && fx_ends_with_any(x, at, owned_the)) return 1;
  /* "approved a $70 million capital increase for X", "granted a $20
  ** million licence to X": the firm a grant of capital or a licence is
  ** for; not "added $23 million to its unit X", "paid $9 million for X" */
  static const char *const granted[] = {"for", "to", NULL};
  static const char *const grants[] = {
    "increase", "licence", "license", "certificate", "approval", "adjustment", NULL};
  /* so too "granted an investment certificate for a $50 million plant to
  ** X": the licence said before the figure */
  static const char *const licences[] = {"licence", "license", "certificate", "approval", NULL};
  /* (not past a comma: "..., which will sell power to EVN"; but past the
  ** one closing the figure's own aside: "for the first phase, worth $1.35
  ** billion, to X") */
  if (fx_ends_with_any(x, at, granted) &&
      (fx_any(x, from, at, grants) ||
       (fx_any(x, s->vs, from, licences) && (!memchr(x->t + from, ',', at - from) || figure_aside_closed(x, from, at, "to")))))
    return 1;
  if (approved_for_owners_works(x, s, m, at)) return 1;
  /* "to be developed by domestic firm X", "by property developer X": the
  ** words that describe the company, with no country among them */
  size_t w = describer_start(x, from, at);
  return w < at && fx_ends_with_any(x, w, owned);
}

static int owns_next_figure(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m);

/* "approved the A Industrial Park of X JSC with VND5.9 trillion, the B
** Industrial Park of Y JSC with VND4.8 trillion, and ...": a firm after the
** figure, past a comma that opens the list's next member, with a figure
** of its own right after it ("with", "worth"), owns that figure, not the
** one before (as a place does, owns_next_figure). */
static int owner_of_next_member(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *m) {
  if (!memchr(x->t + f->ve, ',', m->vs - f->ve)) return 0;
  if (owns_next_figure(x, s, m)) return 1;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *n = &s->m[i];
    if (n->vs < m->ve) continue;
    return n->kind == FM_MONEY && n->vs - m->ve <= 8 && fx_ends_with(x, n->vs, "worth") &&
           fx_lower_words(x, m->ve, n->vs);
  }
  return 0;
}

/* Is s->m[i] named, its seat or country before it, right after a share
** and "of" ("45 per cent of Hải Phòng-based X"), after 'from'? */
static int share_of_firm(const ivl_fctx *x, const ivl_fsent *s, size_t i, size_t from) {
  size_t d = described_from(x, s, i, from);
  if (!fx_ends_with(x, d, "of")) return 0;
  for (size_t j = i; j-- > 0;)
    if (s->m[j].ve <= d) return s->m[j].kind == FM_PERCENT && s->m[j].vs >= from && d - s->m[j].ve <= 4;
  return 0;
}

/* "a $210 million tyre plant of China's Jiangnan Tyre Co., Ltd", "a data
** centre by Marina Bay Data Holdings": the company whose project it is,
** named after the figure with "of" or "by" (a country's possessive between). */
const ivl_fm *inv_owner_after(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  size_t to = f->ve + 90 < f->ce ? f->ve + 90 : f->ce;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    /* (a name right after "by" need only start within reach: "a VND6.2
    ** trillion terminal at Phan Thiet Airport, to be built by Rang Dong
    ** Aviation Infrastructure JSC", a long name no further off) */
    /* (the cheap tests before fx_ends_with) */
    if (m->vs < f->ve || m->kind != FM_ORG || !(m->flags & FM_COMPANY)) continue;
    /* (so too one after the words that bring in its group, within reach:
    ** "..., to be developed by a joint venture of Japan's X") */
    /* (and right after "belongs to": "..., belongs to Saigon Digital
    ** Infrastructure JSC") */
    int reach = m->ve <= to || (m->vs <= to && m->ve <= f->ce &&
                                (fx_ends_with(x, m->vs, "by") || fx_ends_with_any(x, m->vs, belongs)));
    if (!reach && m->ve <= f->ce) {
      size_t d = described_from(x, s, i, f->ve);
      /* (or after a dated licence, whose words say it is the licensee) */
      reach = (d <= to && fx_ends_with_any(x, d, by_group)) || licensed_on_day_to(x, s, d);
      /* (and the licensee, its description within reach: "the licence for
      ** the $2.1 billion Hòa Tâm LNG-to-power plant in Phú Yên (now part of
      ** Đắk Lắk) went to Japan's X") */
      reach = reach || (d <= to && fx_ends_with_any(x, d, licensed_to));
      /* (and a firm described by its seat or country right after "of",
      ** its description within reach: "a VNĐ4.5 trillion clinker grinding
      ** and dry-mortar complex of Hà Nội-based X JSC") */
      reach = reach || (d < m->vs && d <= to && fx_ends_with(x, d, "of"));
      /* (so too right after "by": "a VNĐ3.6 trillion IT park in the
      ** former Quảng Nam province, to be developed by Hà Nội-based X JSC",
      ** set qweek47; a name right after "by" is asked above) */
      reach = reach || (d < m->vs && d <= to && fx_ends_with(x, d, "by"));
    }
    /* (and one after "of" past the comma closing the figure's aside, in
    ** a list's member: "..., worth VND 2,100 billion, of X Group;") */
    if (!reach) reach = figure_aside_closed(x, f->ve, described_from(x, s, i, f->ve), "of");
    /* (and one named in the investor's role within reach, past the
    ** figure's clause: "..., with a total investment of VND 4,215 billion,
    ** and at the same time approving X as the investor") */
    if (!reach) {
      size_t d = described_from(x, s, i, f->ve);
      reach = d <= f->ve + 90 && named_in_investor_role(x, d, m->ve);
    }
    if (!reach) continue;
    /* (not the firm a share of which is paid for: "In 2022 it paid $18
    ** million for 45 per cent of Hải Phòng-based X", set qwood) */
    if (share_of_firm(x, s, i, f->ve)) continue;
    if (!named_as_owner(x, s, i, f->ve) || owner_of_next_member(x, s, f, m)) return NULL;
    /* "a $90 million plant by Canon supplier Nidec Copal": the owner is
    ** the firm its first name describes */
    size_t described = describes_next(x, s, i, f->ce);
    return described ? &s->m[described] : m;
  }
  return NULL;
}

/* "approved the investment policy for a $2.1 billion complex, handing the
** project to a consortium led by Australia's X", "..., awarding it to
** Japan's Y": the firm a project is handed to after its figure, past the
** comma that ends the figure's clause, holds it (a group by its leader or
** first member). */
static const ivl_fm *handed_to(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const handing[] = {
    "handing the project to", "handing it to", "handed the project to", "awarding the project to", "awarding it to",
    "assigning the project to", "assigning it to", "giving the project to", "transferring the project to",
    "transferring it to", NULL};
  static const char *const group[] = {"a consortium of", "a consortium between", "a joint venture of",
                                      "a joint venture between", "a venture of", NULL};
  /* (a company named after the figure asked first: most have none) */
  int firm_after = 0;
  for (size_t i = 0; i < s->n && !firm_after; i++)
    firm_after = s->m[i].vs > f->ve && s->m[i].kind == FM_ORG && (s->m[i].flags & FM_COMPANY);
  if (!firm_after) return NULL;
  size_t h = fx_first(x, f->ve, s->ve, handing);
  if (h == FX_NONE) return NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs <= h) continue;
    if (m->kind == FM_MONEY) return NULL; /* the handing is a later figure's */
    if (m->kind != FM_ORG || !(m->flags & FM_COMPANY)) continue;
    size_t at = described_from(x, s, i, h);
    int led = fx_ends_with_any(x, at, group_led) || fx_ends_with_any(x, at, group);
    return fx_ends_with_any(x, at, handing) || led ? m : NULL;
  }
  return NULL;
}

/* "handed investment certificates for five projects worth $1.27 billion
** to Korean investors": the licence's holders, a demonym of investors
** named with "to" right after the figure (no comma between), are its
** investor. */
static int licensed_to_investors(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *m) {
  static const char *const licences[] = {"certificate*", "licence*", "license*", NULL};
  if (!(m->flags & FM_DEMONYM) || !fx_ends_with(x, m->vs, "to") || m->vs > f->ve + 8 ||
      memchr(x->t + f->ve, ',', m->vs - f->ve))
    return 0;
  return fx_demonym_investors(s, x, m) && fx_any(x, s->vs, f->vs, licences);
}

/* "Bắc Ninh drew $1.2 billion in FDI from Chinese firms", "$300 million in
** capital from the RoK": the source said with "from" right after the
** figure is its investor, though a place is the sentence's subject. Not
** "mostly from Chinese investors" (the total, of which they are the main
** part), nor one of several sources ("from Japan, Korea and China"). */
static const ivl_fm *source_after_from(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target) {
  static const char *const from[] = {"from", "from the", NULL};
  static const char *const mostly[] = {
    "mostly", "mainly", "largely", "primarily", "chiefly", "much of it", "most of it", "mostly coming",
    "mainly coming", "partly", NULL};
  size_t to = inv_break_at(x, f->ve, f->ce);
  if (to > f->ve + 60) to = f->ve + 60;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < f->ve) continue;
    if (m->ve > to || m->kind == FM_MONEY || m->kind == FM_COUNT) return NULL;
    if (!fx_can_invest(x, m, vn_target)) continue;
    if (licensed_to_investors(x, s, f, m)) return m;
    if (!fx_ends_with_any(x, m->vs, from) || memchr(x->t + f->ve, ',', m->vs - f->ve)) return NULL;
    size_t word = fx_find(x, f->ve, m->vs, "from");
    if (word == FX_NONE || fx_ends_with_any(x, word, mostly) || sources_listed(x, s, f)) return NULL;
    return m;
  }
  return NULL;
}

/* "the province drew a total of $4.3 billion in FDI, with projects from
** China accounting for $1.8 billion": what ", with" brings in before the
** next figure is that figure's, not this one's. Where the figure's reach
** ends: at such a ", with", else 'to'. */
static size_t with_next_figure(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t to) {
  size_t at = fx_find(x, f->ve, to, "with");
  if (at == FX_NONE) return to;
  size_t c = at;
  while (c > f->ve && x->t[c - 1] == ' ') c--;
  if (c == f->ve || x->t[c - 1] != ',') return to;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY && s->m[i].vs > at) return at;
  /* "poured $2.4 billion into Hà Nội in four months, with Japan accounting
  ** for 38 per cent of the total": a part's share, its own clause */
  size_t share = fx_first(x, at, to, inv_sharing_participles);
  for (size_t i = 0; share != FX_NONE && i < s->n; i++)
    if (s->m[i].kind == FM_PERCENT && s->m[i].vs > share && s->m[i].vs < share + 24) return at;
  return to;
}

const char *const inv_heads_of_total[] = {"led by", "headed by", NULL};

/* (also the sale told by its noun: "completed the transfer of its 65 per
** cent stake in X to Y for ...", "the sale of its holding to Y") */
static const char *const sale_words[] = {"sold", "sells", "sell", "selling", "divested", "divests", "offloaded",
                                         "transferred", "transfer of", "sale of", "divestment of", "auctioned", NULL};

/* what is sold is a holding, not goods ("sold 120,000 cars to"), and a
** holding by that word ("sold its entire holding to"); an issuer's own
** part sold ("has sold 15 per cent of its charter capital to Japan's X",
** "sold 10 per cent of its equity to") */
static const char *const sold_holdings[] = {
  "stake", "stakes", "holding", "holdings", "shares", "share", "business", "businesses", "unit", "units", "arm", "subsidiary",
  "operation*", "assets", "plant", "plants", "factory", "factories", "chain", "company", "charter capital", "equity",
  /* shares sold in one lot: "selling a 5 per cent block to X" (set qswf) */
  "block", "blocks",
  /* a holding by its other word: "selling its 70 per cent interest for"
  ** (set qseller) */
  "interest", "interests",
  /* a property sold whole: "has sold its 212-room beachfront hotel in Nha
  ** Trang to a South Korean investor" (set qexit) */
  "hotel", "hotels", "resort", "resorts", "mall", "malls", NULL};

/* "to Hanoi-based Hai Ha Group", "with HCM City-based X paying": a firm
** right after a place's seat word and lower-case words (a Vietnamese
** place too: it is where the buyer sits, not what is bought). */
static int seat_before_firm(const ivl_fctx *x, const ivl_fm *m, const ivl_fm *next) {
  return next && next->vs <= m->ve + 40 && fx_based_or_listed_in(x, m) && fx_lower_words(x, m->ve, next->vs);
}

/* "to Japan's Meiji", "with Thai group Central Retail": the firm right
** after the country's possessive, or after its demonym and lower-case
** words, stands for the country mention x->m[i]; else that mention. */
/* (so too the seat before a firm: "to Hong Kong-based Pacific Crest
** Capital", "to Seoul-listed lender X"; and a city abroad's possessive,
** "to Abu Dhabi's Al Noor Capital": set qweek64) */
static const ivl_fm *firm_after_country(const ivl_fctx *x, size_t i) {
  const ivl_fm *m = &x->m[i];
  size_t pos = fx_possessive(x, m);
  const ivl_fm *next = i + 1 < x->nm && x->m[i + 1].kind == FM_ORG ? &x->m[i + 1] : NULL;
  if (m->kind == FM_PLACE && !(m->flags & FM_VN) && next && pos && next->vs <= m->ve + pos + 1) return next;
  if ((m->kind == FM_PLACE || m->kind == FM_COUNTRY) && seat_before_firm(x, m, next)) return next;
  if (m->kind == FM_COUNTRY && next &&
      ((pos && next->vs <= m->ve + pos + 1) ||
       ((m->flags & FM_DEMONYM) && next->vs <= m->ve + 30 && fx_lower_words(x, m->ve, next->vs))))
    return next;
  return m;
}

/* "sold 49% of HT Finance to Japan's X", "sold 28 per cent of Y to": a
** part of a firm, its percent "of" a name, between the sale word and its
** "to", is a holding as a stake is (not "sold 40 per cent of its output
** to", goods; nor "sold 40 per cent more cars to"). */
static int percent_of_sold(const ivl_fctx *x, size_t sale, size_t to) {
  for (size_t i = fx_mention_from(x, sale); i < x->nm && x->m[i].ve <= to; i++) {
    size_t of = fx_find(x, x->m[i].ve, to, "of");
    if (x->m[i].kind != FM_PERCENT || of == FX_NONE || !fx_only(x, x->m[i].ve, of, "")) continue;
    size_t p = of + 2;
    while (p < to && x->t[p] == ' ') p++;
    unsigned char c = (unsigned char)x->t[p];
    if (ivl_isupper(c) || c >= 0x80) return 1;
  }
  return 0;
}

static const char *const to_a_buyer[] = {"to a", "to an", NULL};

/* "Masan Group sold a 25 per cent stake in its retail arm to Alibaba for
** $400 million": in a sale told from the seller's side, who pays is the
** one the stake goes 'to', in the figure's clause. */
static const ivl_fm *buyer_of_sale(const ivl_fctx *x, const figure *f) {
  static const char *const *const holdings = sold_holdings;
  size_t sale = fx_first(x, f->cs, f->ce, sale_words);
  if (sale == FX_NONE || sale > f->vs) return NULL;
  size_t to = fx_find(x, sale, f->ce, "to");
  if (to == FX_NONE || !(fx_any(x, sale, to, holdings) || percent_of_sold(x, sale, to))) return NULL;
  for (size_t i = fx_mention_from(x, sale); i < x->nm && x->m[i].vs < f->ce; i++) {
    const ivl_fm *m = &x->m[i];
    /* (a place abroad only as the seat of the firm its possessive opens:
    ** "to Abu Dhabi's Al Noor Capital") */
    if (m->kind == FM_PLACE && fx_ends_with(x, m->vs, "to") && firm_after_country(x, i) != m) {
      m = firm_after_country(x, i);
      if (fx_can_invest(x, m, 1)) return m;
      continue;
    }
    if (m->kind != FM_ORG && m->kind != FM_COUNTRY) continue;
    /* "to a South Korean investor": a buyer told by its country's demonym
    ** and a firm's noun, which the body may name (the settle step) */
    if (m->kind == FM_COUNTRY && (m->flags & FM_DEMONYM) && fx_ends_with_any(x, m->vs, to_a_buyer) &&
        fx_describes_company(x, m))
      return m;
    /* "to local conglomerate Vạn Thịnh Group": a firm after lower-case
    ** words that say what it is */
    size_t d = fx_find(x, m->vs > to + 40 ? m->vs - 40 : to, m->vs, "to");
    if (!fx_ends_with(x, m->vs, "to") &&
        (m->kind != FM_ORG || d == FX_NONE || !fx_lower_words(x, d + 2, m->vs)))
      continue;
    m = firm_after_country(x, i);
    if (fx_can_invest(x, m, 1)) return m;
  }
  return NULL;
}

/* Is the organisation m the outlet reporting what its sentence says:
** "VnExpress reported", "Tuoi Tre newspaper said", "reported by X"? (A
** firm that "said" so, or "according to" it, may be the investor.) */
static int reported_by(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const outlet_nouns[] = {"newspaper", "daily", "news site", "online newspaper", "magazine", NULL};
  static const char *const reports[] = {"reported", "reports", "wrote", "quoted", NULL};
  static const char *const sourced[] = {"reported by", "cited by", "quoted by", NULL};
  if (fx_ends_with_any(x, m->vs, sourced)) return 1;
  /* "..., consultancy Grant Vista estimated": a firm of research, said so
  ** before its name, that tells the figure */
  static const char *const researchers[] = {"consultancy", "consulting firm", "research firm", "data provider",
                                            "market researcher", "research house", NULL};
  size_t w = fx_past_web_suffix(x, m->ve), len = x->a->view.len; /* "VOV.VN reported" */
  if (fx_ends_with_any(x, m->vs, researchers)) {
    while (w < len && x->t[w] == ' ') w++;
    return fx_starts_with_any(x, w, fx_speech_words) || fx_starts_with(x, w, "estimated");
  }
  while (w < len && x->t[w] == ' ') w++;
  if (!fx_starts_with_any(x, w, outlet_nouns)) return fx_starts_with_any(x, w, reports);
  while (w < len && x->t[w] != ' ' && x->t[w] != ',' && x->t[w] != '.') w++;
  while (w < len && x->t[w] == ' ') w++;
  return fx_starts_with_any(x, w, fx_speech_words);
}

/* "Since Samsung arrived in Bắc Ninh in 2008, Korean suppliers have
** invested $3 billion", "After VSIP opened, Singaporean investors
** registered ...": a clause of time opening the sentence tells of another
** party; the investor is the main clause's, named after its comma before
** the figure. Where to look for the investor from: the figure's clause
** start when the main clause names none. */
/* (or "as" of time or cause, as in "In 2019, as tariffs on Chinese goods
** began to bite, the company poured $560 million ...", not "as of", nor a
** role: "as a", "as the", "as part of"; set qweek102) */
static size_t time_clause_opens(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const openers[] = {"since", "after", "following", "before", "when", "once", "until", "as", NULL};
  static const char *const not_clauses[] = {"as of", "as a", "as an", "as the", "as part", "as well", "as such",
                                            "as expected", "as planned", "as usual", "as noted", "as for", NULL};
  size_t at = s->vs;
  /* (after a date that opens the sentence with its comma: "In 2019, as ...") */
  if (s->n && s->m[0].kind == FM_DATE && s->m[0].vs <= s->vs + 4 && s->m[0].ve < s->ve && x->t[s->m[0].ve] == ',') {
    size_t p = s->m[0].ve + 1;
    while (p < s->ve && x->t[p] == ' ') p++;
    if (fx_starts_with(x, p, "as") && !fx_starts_with_any(x, p, not_clauses)) return p;
  }
  return fx_starts_with_any(x, at, openers) && !fx_starts_with_any(x, at, not_clauses) ? at : FX_NONE;
}

static size_t main_clause_from(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target) {
  size_t at = f->cs == s->vs ? time_clause_opens(x, s) : FX_NONE;
  if (at == FX_NONE) return f->cs;
  const char *c = memchr(x->t + at, ',', f->vs - at);
  if (!c) return f->cs;
  size_t p = (size_t)(c - x->t) + 1;
  if (inv_first_investor(x, s, p, f->ve, vn_target)) return p;
  /* "..., as tariffs on Chinese goods began to bite, the company poured":
  ** the main clause's subject is the company spoken of (anaphor_before) */
  size_t q = p;
  while (q < f->vs && x->t[q] == ' ') q++;
  if (fx_starts_with_any(x, q, inv_company_anaphors)) return p;
  /* "After Samsung opened its plant, the province attracted $3 billion in
  ** FDI": the main clause's subject is the place that drew it */
  static const char *const place_subjects[] = {"the province", "the city", "the capital", "the locality", NULL};
  while (p < f->vs && x->t[p] == ' ') p++;
  if (fx_starts_with_any(x, p, place_subjects)) return p;
  size_t i = fx_mention_from(x, p);
  return i < x->nm && x->m[i].vs == p && x->m[i].kind == FM_PLACE ? p : f->cs;
}

/* "..., with total capital of VNĐ113.5 trillion ($4.5 billion) and X as
** the investor": the figure and its investor in one "with" phrase, joined
** by the "and" right after the figure (and its equivalent in brackets).
** Where that "and" is, or FX_NONE: no "with" opens the figure's phrase
** (no comma between), or no "and" follows the figure at once. */
static size_t and_within_with(const ivl_fctx *x, const figure *f) {
  size_t w = fx_find_last(x, f->cs, f->vs, "with");
  if (w == FX_NONE || memchr(x->t + w, ',', f->vs - w)) return FX_NONE;
  size_t p = f->ve; /* (past the bracket that closes on an equivalent) */
  while (x->t[p] == ' ' || x->t[p] == ')') p++;
  if (x->t[p] == '(') {
    const char *close = memchr(x->t + p, ')', f->ce > p ? f->ce - p : 0);
    if (!close || close - (x->t + p) > 40) return FX_NONE;
    p = (size_t)(close - x->t) + 1;
    while (x->t[p] == ' ') p++;
  }
  return fx_starts_with(x, p, "and") ? p : FX_NONE;
}

/* "The province approved a $120 million resort, with X as its developer",
** "..., with Thai firm X as the investor", "with X serving as the
** investor": the firm so named after the figure is its
** investor, not the place or body that licensed it. */
static const ivl_fm *named_as_investor(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target) {
  static const char *const roles[] = {"as the investor", "as investor", "as its investor", "as the developer",
                                      "as developer", "as its developer", "as the project developer",
                                      "as the project's investor", "serving as the investor",
                                      "serving as investor", "serving as its developer", "serving as the developer",
                                      "acting as the investor", "acting as investor", NULL};
  size_t joined = and_within_with(x, f);
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < f->ve || m->kind != FM_ORG || !fx_starts_with_any(x, m->ve, roles)) continue;
    /* "with X", also described: "with Thai firm X", "with Singapore's X" */
    size_t w = fx_find_last(x, f->ve, m->vs, "with");
    if (w == FX_NONE && joined != FX_NONE && joined < m->vs) w = joined;
    if (w == FX_NONE || m->vs - w > 36 || memchr(x->t + w, ',', m->vs - w)) continue;
    if (fx_can_invest(x, m, vn_target)) return m;
  }
  return NULL;
}

/* "The largest is the Thái Thụy Industrial Park of Vinh Quang
** Infrastructure JSC, worth VNĐ8.9 trillion": the owner of the works the
** figure is the worth of, named right before it after "of". */
static const ivl_fm *owner_worth_before(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const worth[] = {", worth", ", valued at", ", capitalised at", ", capitalized at", NULL};
  for (size_t i = 0; i < s->n && s->m[i].ve <= f->vs; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_ORG && (m->flags & FM_COMPANY) && f->vs - m->ve <= 16 && x->t[m->ve] == ',' &&
        fx_ends_with(x, m->vs, "of") && fx_starts_with_any(x, m->ve, worth) && fx_lower_words(x, m->ve + 2, f->vs))
      return m;
  }
  return NULL;
}

/* "ACV on October 3 signed a contract with Singapore-based Aerolink
** Logistics Pte Ltd to build and operate cargo terminal No. 2 ..., with
** investment of VNĐ5.6 trillion": the firm a contract gives the works to
** build and run (a concession) is their investor, not the one that awards
** it. Not one only to build (a contractor: the owner invests), nor the
** partner in a deal or agreement "to build" (the signer invests, s14-06). */
static const ivl_fm *contracted_builder(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target) {
  static const char *const deals[] = {"a contract", "a bot contract", "a ppp contract", "a concession contract",
                                      "a concession agreement", NULL};
  static const char *const build[] = {"to build and operate", "to develop and operate", "to construct and operate",
                                      "to invest in and operate", NULL};
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->ve > f->vs) break;
    if (m->kind != FM_ORG || !(m->flags & FM_COMPANY) || !fx_starts_with_any(x, m->ve, build)) continue;
    size_t w = fx_find_last(x, s->vs, m->vs, "with");
    if (w == FX_NONE || m->vs - w > 36 || memchr(x->t + w, ',', m->vs - w) || !fx_ends_with_any(x, w, deals)) continue;
    if (fx_can_invest(x, m, vn_target)) return m;
  }
  return NULL;
}

static const char *const owner_words[] = {"unit of", "subsidiary of", "affiliate of", "arm of", "member of",
                                          "part of", "owned by", NULL};

/* "X is a subsidiary of Bảo Long Group, which has invested VNĐ14 trillion
** in four projects", "MoUs with six investors, including Korea's X, which
** will build a $250 million plant": the figure in a relative clause
** ("which", "who", no comma before the figure) is the firm's the clause
** hangs on, the mention right before it, not the sentence's subject nor
** the set it was one of. */
/* (or the firm's works: "led by X JSC, whose VNĐ1.9 trillion mill is being
** built in ...", X's, qprov; inv_domestic_firm_before reads them too) */
static const char *const firm_relatives[] = {"which", "who", "whose", NULL};

static const ivl_fm *firm_before_relative(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target) {
  const char *const *rel = firm_relatives;
  for (size_t i = s->n; i-- > 0;) {
    const ivl_fm *m = &s->m[i];
    /* (past the clause's own date: "which bought them in 2019 for $90 million") */
    if (m->ve > f->vs || (m->kind == FM_DATE && m->vs + 60 > f->vs)) continue;
    if (m->kind != FM_ORG || !(m->flags & FM_COMPANY) || f->vs - m->ve > 60 || x->t[m->ve] != ',' ||
        !fx_starts_with_any(x, m->ve + 1, rel) || memchr(x->t + m->ve + 1, ',', f->vs - m->ve - 1))
      return NULL;
    /* "owns 30% of X, which it bought for 12 billion yen in 2018": a clause
    ** with a subject of its own has the firm as its object, bought; the
    ** subject, "it", is the sentence's */
    static const char *const own_subject[] = {"which it", "which they", "which the company", "which the group",
                                              "which the firm", NULL};
    if (fx_starts_with_any(x, m->ve + 1, own_subject)) return NULL;
    /* an owner ("a unit of X, which ...") acts in its own clause, though
    ** fx_acts leaves it out as an appositive; not a place ("in X") */
    size_t at = fx_said_from(x, m, i > 0 ? &s->m[i - 1] : NULL);
    if (fx_can_invest(x, m, vn_target)) return m;
    /* the owner said as the predicate ("is a subsidiary of X, which"), not
    ** in an appositive ("Laguna Vietnam, a unit of Banyan Group, which
    ** added ...": the clause is the unit's) */
    if (!fx_ends_with_any(x, at, owner_words)) return NULL;
    for (size_t p = at > s->vs + 24 ? at - 24 : s->vs; p < at; p++)
      if (x->t[p] == ',') return NULL;
    return m;
  }
  return NULL;
}

/* "buy the shares from X, a Hanoi-based private equity firm that acquired
** them in 2019 for $90 million": the figure in a relative clause after an
** appositive that describes the firm ("a" or "an" and its words, no comma)
** is the firm's, not the sentence's subject's. */
static const ivl_fm *described_firm_of_relative(const ivl_fctx *x, const ivl_fsent *s, const figure *f,
                                                int vn_target) {
  static const char *const relatives[] = {"that", "which", "who", NULL};
  static const char *const articles[] = {"a", "an", NULL};
  static const char *const own_subject[] = {"that it", "which it", "that they", "which they", NULL};
  size_t back = f->vs > s->vs + 60 ? f->vs - 60 : s->vs;
  size_t r = fx_last(x, back, f->vs, relatives);
  if (r == FX_NONE || memchr(x->t + r, ',', f->vs - r) || fx_starts_with_any(x, r, own_subject)) return NULL;
  size_t lo = r > s->vs + 64 ? r - 64 : s->vs;
  const char *c = NULL;
  for (size_t p = r; p-- > lo && !c;)
    if (x->t[p] == ',') c = x->t + p;
  if (!c || !fx_starts_with_any(x, (size_t)(c - x->t) + 1, articles)) return NULL;
  for (size_t i = 0; i < s->n && s->m[i].ve <= (size_t)(c - x->t); i++) {
    const ivl_fm *m = &s->m[i];
    if (m->ve == (size_t)(c - x->t) && m->kind == FM_ORG && (m->flags & FM_COMPANY) && fx_can_invest(x, m, vn_target))
      return m;
  }
  return NULL;
}

/* "The Thai group already owns 70 per cent of Hà Nam-based X, which it
** bought in 2017 for $87 million" (set qweek34): the firm that a clause
** with a subject of its own ("which it", firm_before_relative) hangs on is
** the one bought, the figure's object; NULL when the figure is in no such
** clause. */
static const ivl_fm *bought_in_own_clause(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const own_subject[] = {"which it", "which they", NULL};
  for (size_t i = s->n; i-- > 0;) {
    const ivl_fm *m = &s->m[i];
    if (m->ve > f->vs || m->kind != FM_ORG) continue;
    if (f->vs - m->ve > 60 || x->t[m->ve] != ',' || !fx_starts_with_any(x, m->ve + 1, own_subject) ||
        memchr(x->t + m->ve + 1, ',', f->vs - m->ve - 1))
      return NULL;
    return m;
  }
  return NULL;
}

/* "In October it invested VNĐ600 billion in furniture exporter X for a
** stake, and last month it paid $18 million for ...": the firm m is named
** after a pronoun that opens its clause, so it is that clause's object,
** and the figure's clause, joined by "and", names no subject of its own
** (a pronoun, or none: "..., and pumped $25 million into"); neither clause
** is m's. */
static int pronoun_clauses_around(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m, const figure *f) {
  static const char *const pronouns[] = {"it", "they", NULL};
  if (m->ve >= f->vs) return 0;
  size_t a = fx_find_last(x, m->ve, f->vs, "and");
  return a != FX_NONE && fx_lower_words(x, a, f->vs) && fx_first(x, s->vs, m->vs, pronouns) != FX_NONE;
}

const ivl_fm *inv_relative_investor(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target) {
  const ivl_fm *m = firm_before_relative(x, s, f, vn_target);
  return m ? m : described_firm_of_relative(x, s, f, vn_target);
}

/* "the Formosa Hà Tĩnh steel complex, in which Taiwan's Formosa Plastics
** Group has invested $12.5 billion", "a port into which Y poured $120
** million": the subject of a clause that opens with "in which" right before
** the figure puts it in, not the works (or the firm in their name) the
** clause hangs on. */
static const ivl_fm *invests_in_which(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target) {
  static const char *const opens[] = {"in which", "into which", NULL};
  /* (the firm right before the figure asked first: no look over the text) */
  size_t back = f->vs > s->vs + 90 ? f->vs - 90 : s->vs;
  for (size_t i = s->n; i-- > 0;) {
    const ivl_fm *m = &s->m[i];
    if (m->vs >= f->vs) continue;
    if (m->vs < back || m->kind != FM_ORG || !fx_lower_words(x, m->ve, f->vs)) return NULL;
    size_t at = described_from(x, s, i, back);
    return fx_ends_with_any(x, at, opens) && fx_can_invest(x, m, vn_target) ? m : NULL;
  }
  return NULL;
}

/* the verbs of a relative clause whose subject owns the works it is about */
static const char *const works_owned_verbs[] = {"registered", "built", "developed", "develops", "is building",
                                                "has built", "is developing", "will build", "owns", "licensed",
                                                "set up", NULL};

/* "a $660 million complex that Hanmart's parent, Hanseong Group,
** registered in 2023", "a $40 million plant which Daeho Tech built last
** year": works right after the figure, then a clause of "that" or "which"
** whose subject is a firm and whose verb registers, builds or develops
** them: that firm owns the figure (set qground), not the sentence's
** subject nor the firm spoken of before. */
static const ivl_fm *owner_in_object_clause(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target) {
  static const char *const rel[] = {"that", "which", NULL};
  size_t lim = f->ve + 60 < f->ce ? f->ve + 60 : f->ce;
  size_t that = fx_first(x, f->ve, lim, rel);
  if (that == FX_NONE || !fx_lower_words(x, f->ve, that)) return NULL;
  size_t verb = fx_first(x, that, that + 70 < f->ce ? that + 70 : f->ce, works_owned_verbs);
  if (verb == FX_NONE) return NULL;
  const ivl_fm *firm = NULL;
  for (size_t i = fx_mentions_from(s->m, s->n, that); i < s->n && s->m[i].ve <= verb; i++)
    if (s->m[i].kind == FM_ORG && (s->m[i].flags & FM_COMPANY)) firm = &s->m[i];
  /* (the firm right before its verb, an appositive's comma at most) */
  if (!firm || !fx_only(x, firm->ve, verb, ",") || !fx_can_invest(x, firm, vn_target)) return NULL;
  return firm;
}

/* Where the words that tie a figure to the works before it begin: "for"
** or "at a cost of" ("built in Ninh Thuận for $110 million"), or the comma
** before an aside of "which cost", "at a cost of", "costing"; FX_NONE when
** none. */
static size_t cost_words_at(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const cost_words[] = {"for", "at a cost of", "which cost", "costing", NULL};
  size_t to = f->vs;
  while (to > s->vs && x->t[to - 1] == ' ') to--;
  for (int k = 0; cost_words[k]; k++) {
    size_t n = strlen(cost_words[k]);
    if (to < s->vs + n + 1 || memcmp(x->t + to - n, cost_words[k], n) != 0 || x->t[to - n - 1] != ' ') continue;
    size_t at = to - n;
    if (k == 0) return at;
    while (at > s->vs && x->t[at - 1] == ' ') at--;
    if (at > s->vs && x->t[at - 1] == ',') return at - 1;
    return k == 1 ? to - n : FX_NONE;
  }
  return FX_NONE;
}

static const char *const buying_words[] = {"buy", "buys", "buying", "bought", "acquir*", "acquisition*", "purchas*",
                                           "take over", "takes over", "took over", NULL};

/* Are the works a clause before 'at' describes bought in it ("A bought the
** plant that ...": a buying verb, then no comma nor "from" before 'at'; not
** "will buy power from the plant that ...")? */
static int works_bought_before(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  size_t last = FX_NONE;
  for (size_t b = fx_first(x, s->vs, at, buying_words); b != FX_NONE; b = fx_first(x, b + 1, at, buying_words))
    last = b;
  return last != FX_NONE && !memchr(x->t + last, ',', at - last) && fx_find(x, last, at, "from") == FX_NONE;
}

/* "EVN will buy power from the solar plant that French developer X built
** in Ninh Thuận for $110 million", "... developed by French firm X in Y,
** which cost $180 million": the works' builder, named in a relative
** clause or after a participle's "by" right before the words of cost
** (cost_words_at), owns the figure; not when the sentence's subject
** bought those works ("A bought the plant that B built for $N": the price
** A paid). The firm, else NULL. */
static const ivl_fm *builder_before_cost(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target) {
  static const char *const rel[] = {"that", "which", NULL};
  static const char *const made_by[] = {"built by", "developed by", "constructed by", "set up by", "opened by", NULL};
  size_t cost = cost_words_at(x, s, f);
  if (cost == FX_NONE) return NULL;
  const ivl_fm *firm = NULL;
  size_t i = fx_mentions_from(s->m, s->n, cost);
  while (i-- > 0 && !firm) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_PLACE) continue;
    if (m->kind != FM_ORG || !(m->flags & FM_COMPANY) || cost - m->ve > 60) return NULL;
    firm = m;
  }
  if (!firm || !lower_words_but_places(x, s, firm->ve, cost) || !fx_can_invest(x, firm, vn_target)) return NULL;
  size_t from = described_from(x, s, (size_t)(firm - s->m), firm->vs > s->vs + 40 ? firm->vs - 40 : s->vs);
  int relative = fx_ends_with_any(x, from, rel) && fx_starts_with_any(x, firm->ve, works_owned_verbs);
  if (!relative && !fx_ends_with_any(x, from, made_by)) return NULL;
  if (x->t[cost] != ',' && works_bought_before(x, s, from)) return NULL;
  return firm;
}

/* "X had planned to sell the stake for $200 million": a holding sold, in
** the figure's clause before it, with no buyer named; the seller's price
** is no one's investment. The holding is the sale's object, before a comma
** ends it: goods sold in an aside leave the works after it alone ("X,
** which makes chips sold across Asia, plans to build a second factory ...
** to the tune of $40 million"). */
static int sold_to_no_one(const ivl_fctx *x, const figure *f) {
  size_t sale = fx_first(x, f->cs, f->vs, sale_words);
  if (sale == FX_NONE) return 0;
  const char *comma = memchr(x->t + sale, ',', f->vs - sale);
  return fx_any(x, sale, comma ? (size_t)(comma - x->t) : f->vs, sold_holdings);
}

/* "The investor, a joint venture between local firm X and Singapore's Y,
** will finish the first phase, worth ...": the company referred back to
** opens the sentence; the firms its aside names are its parts, not the
** figure's investor. */
static const ivl_fm *referred_with_aside(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const openers[] = {"the investor,", "the company,", "the developer,", "the group,", "the firm,",
                                        NULL};
  if (!x->c.company || f->vs <= s->vs) return NULL;
  /* the two commas before the opener: most figures have fewer, and the
  ** opener's look is the dearer (0.29M Ir on /tmp/b1) */
  const char *c1 = memchr(x->t + s->vs, ',', f->vs - s->vs);
  const char *c2 = c1 ? memchr(c1 + 1, ',', (size_t)(x->t + f->vs - (c1 + 1))) : NULL;
  if (!c2) return NULL;
  /* "The parent company, which supplies harnesses to Toyota Motor, ...,
  ** has invested": the owner named before (note_parent), not a customer */
  static const char *const parents[] = {"the parent company,", "the parent group,", "its parent company,",
                                        "its parent,", NULL};
  if (x->c.parent && fx_starts_with_any(x, s->vs, parents)) return x->c.parent;
  if (!fx_starts_with_any(x, s->vs, openers)) return NULL;
  return fx_starts_with(x, s->vs, "the developer") && x->c.developer ? x->c.developer : x->c.company;
}

/* "..., Taiwanese-invested X Co., Ltd's $180 million mould factory": the
** firm whose possessive the figure follows owns it, though another firm
** was named before it in the clause (a list's earlier member). */
static const ivl_fm *possessing_firm(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  for (size_t i = s->n; i-- > 0;) {
    const ivl_fm *m = &s->m[i];
    if (m->ve > f->vs) continue;
    size_t pos = m->kind == FM_ORG && (m->flags & FM_COMPANY) ? fx_possessive(x, m) : 0;
    return pos && m->ve + pos + 1 >= f->vs ? m : NULL;
  }
  return NULL;
}

/* Does the figure open a noun phrase of its own, so that the owner named
** after it ("a $95 million centre of X") is its investor and not whoever
** the clause named before: a list's next member ("...; and a $95 million
** centre of X", "... and a $190 million plant of Y"), or a project whose
** investor's country is its adjective ("A Thai-invested $50 million plant
** of X": the demonym 'd' right before it describes X's plant)? */
static int opens_own_phrase(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *d) {
  if ((d->flags & FM_DEMONYM) && d->ve < f->vs && f->vs - d->ve <= 12 && x->t[d->ve] == '-' &&
      fx_lower_words(x, d->ve + 1, f->vs))
    return 1;
  static const char *const articles[] = {"a", "an", "the", NULL};
  size_t e = f->vs;
  while (e > s->vs && x->t[e - 1] == ' ') e--;
  if (!fx_ends_with_any(x, e, articles)) return 0;
  while (e > s->vs && ivl_isalpha((unsigned char)x->t[e - 1])) e--;
  while (e > s->vs && x->t[e - 1] == ' ') e--;
  static const char *const joins[] = {"; and", ", and", "and", ";", NULL};
  return fx_ends_with_any(x, e, joins);
}

/* "A unit of South Korea's Hanseong Financial Group has completed its
** purchase of ...": the unit opening the sentence is not named, so the
** owner right after the words (past its country's possessive) is the
** buyer the sentence names; NULL when a name of the unit follows it. */
static const ivl_fm *owner_of_unnamed_unit(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  size_t i = 0;
  if (i < s->n && s->m[i].kind == FM_COUNTRY && fx_possessive(x, &s->m[i])) i++;
  if (i >= s->n || s->m[i].kind != FM_ORG || s->m[i].ve >= f->vs || s->m[i].vs > s->vs + 40 ||
      x->t[s->m[i].ve] == ',')
    return NULL;
  return &s->m[i];
}

/* "A subsidiary of Sao Mai Group, Sao Mai Steel Pipe JSC, was licensed to
** build a VNĐ3.6 trillion plant", "A unit of Taiwan's Foxconn, Fukang
** Technology, will invest ...": the sentence opens with the owner, the firm
** named between the commas after it is the subject that invests. */
static const ivl_fm *unit_after_owner(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target) {
  static const char *const opens[] = {"a unit of", "a subsidiary of", "an affiliate of", "an arm of", "a member of",
                                      "the unit of", "the subsidiary of", "the affiliate of", "the arm of", NULL};
  if (!fx_starts_with_any(x, s->vs, opens)) return NULL;
  const char *c = memchr(x->t + s->vs, ',', f->vs > s->vs ? f->vs - s->vs : 0);
  if (!c) return owner_of_unnamed_unit(x, s, f);
  size_t comma = (size_t)(c - x->t);
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs <= comma) continue;
    if (m->vs != comma + 2 || m->kind != FM_ORG || m->ve >= f->vs || x->t[m->ve] != ',') return NULL;
    /* (fx_acts reads the unit as a list going on from its owner) */
    return (m->flags & FM_COMPANY) || fx_can_invest(x, m, vn_target) ? m : NULL;
  }
  return NULL;
}

/* "raised the capital of its joint venture X in Cần Thơ by $15 million to
** $55 million", "of its wholly owned Vietnam unit, X, by ... to": the level
** the owner brings its unit's capital to is all the unit holds, the unit's
** own (the money added stays the owner's: the figure must follow "to"). */
static const ivl_fm *unit_capital_level(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target) {
  static const char *const unit_words[] = {"venture", "unit", "subsidiary", "affiliate", NULL};
  if (!fx_ends_with(x, f->vs, "to")) return NULL;
  size_t from = f->vs > s->vs + 160 ? f->vs - 160 : s->vs;
  size_t of = fx_find_last(x, from, f->vs, "capital of its");
  if (of == FX_NONE) return NULL;
  of += strlen("capital of its");
  size_t i = fx_mentions_from(s->m, s->n, of);
  while (i < s->n && s->m[i].kind == FM_COUNTRY && s->m[i].ve < of + 40) i++; /* "its Vietnam unit" */
  if (i >= s->n || s->m[i].kind != FM_ORG || s->m[i].vs > of + 48 || s->m[i].ve >= f->vs) return NULL;
  if (!fx_any(x, of, s->m[i].vs, unit_words) || fx_find(x, s->m[i].ve, f->vs, "by") == FX_NONE) return NULL;
  return fx_can_invest(x, &s->m[i], vn_target) ? &s->m[i] : NULL;
}

/* The firm named right after a unit's word ("its Vietnamese subsidiary,
** X", "its EV arm X"), the last such before 'to' and no further back than
** 300 bytes; NULL when none. */
static const ivl_fm *unit_named_by_word(const ivl_fctx *x, size_t to) {
  static const char *const unit_words[] = {"unit", "subsidiary", "arm", "affiliate", NULL};
  size_t i = fx_mention_from(x, to);
  while (i-- > 0 && x->m[i].ve + 300 >= to) {
    const ivl_fm *m = &x->m[i];
    if (m->kind != FM_ORG || m->ve > to) continue;
    size_t e = m->vs;
    while (e > 0 && x->t[e - 1] == ' ') e--;
    if (e > 0 && x->t[e - 1] == ',') e--;
    if (fx_ends_with_any(x, e, unit_words)) return m;
  }
  return NULL;
}

/* "X injected VNĐ2.5 trillion into its Vietnamese subsidiary, Y. The
** injection lifts the unit's charter capital to VNĐ9.8 trillion": the level
** a unit's capital is brought to ("the unit's", "the subsidiary's" right
** before the capital's words, the figure after "to") is all the unit holds,
** the unit's own, named by its word in the sentence or just before (set
** qweek28), not the parent's who paid the addition. */
static const ivl_fm *unit_possessive_level(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target) {
  static const char *const units_own[] = {"the unit's", "the subsidiary's", "the unit\xe2\x80\x99s",
                                          "the subsidiary\xe2\x80\x99s", NULL};
  static const char *const capital[] = {"charter capital to", "capital to", "registered capital to",
                                        "total capital to", "total investment to", "investment capital to", NULL};
  if (!fx_ends_with_any(x, f->vs, capital)) return NULL;
  size_t from = f->vs > s->vs + 48 ? f->vs - 48 : s->vs;
  size_t own = fx_first(x, from, f->vs, units_own);
  if (own == FX_NONE) return NULL;
  const ivl_fm *unit = unit_named_by_word(x, own);
  return unit && fx_can_invest(x, unit, vn_target) ? unit : NULL;
}

/* "A will put in $630 million, B $490 million and C the remaining $280
** million": a list of members' parts with the verb said once; the firm
** right before a figure (after "," or "and"), once a figure came before
** it, is that figure's investor. NULL when the figure is no such part. */
static const ivl_fm *elliptical_member(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target) {
  static const char *const rest[] = {"the remaining", "the rest of", NULL};
  size_t i = fx_mentions_from(s->m, s->n, f->vs);
  if (i == 0 || i > s->n) return NULL;
  const ivl_fm *m = &s->m[i - 1];
  if (m->kind != FM_ORG || m->ve > f->vs) return NULL;
  /* the words between first, then whether it can invest: a look at the
  ** few bytes between rules most out, and the other (memo_ask) is worked
  ** out in full at a mention's first question */
  if (!fx_only(x, m->ve, f->vs, "") && !(fx_lower_words(x, m->ve, f->vs) && fx_ends_with_any(x, f->vs, rest)))
    return NULL;
  if (!fx_can_invest(x, m, vn_target)) return NULL;
  /* "Vietnam's B $490 million": the list's joint is before the country */
  size_t head = m->vs;
  if (i >= 2 && s->m[i - 2].kind == FM_COUNTRY && fx_possessive(x, &s->m[i - 2]) &&
      s->m[i - 2].ve + fx_possessive(x, &s->m[i - 2]) + 1 >= m->vs)
    head = s->m[i - 2].vs;
  size_t b = head;
  while (b > s->vs && x->t[b - 1] == ' ') b--;
  if (!fx_ends_with(x, head, "and") && !(b > s->vs && x->t[b - 1] == ',')) return NULL;
  for (size_t j = 0; j < s->n && s->m[j].ve <= head; j++)
    if (s->m[j].kind == FM_MONEY) return m;
  return NULL;
}

/* "four projects from China, South Korea and Singapore with combined
** capital of $168 million": the i-th mention, a country, is listed with
** another right after it (at most six bytes between, only commas, spaces
** and the letters of "and"), the figure theirs together, foreign
** investors' at large. */
static int another_country_listed(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  if (i + 1 >= s->n || s->m[i + 1].kind != FM_COUNTRY) return 0;
  size_t gap = s->m[i + 1].vs - s->m[i].ve;
  return gap <= 6 && gap > 0 && fx_only(x, s->m[i].ve, s->m[i + 1].vs, ", and");
}

/* "1,930 projects worth $18.6 billion, including 212 Korean projects
** worth $2.4 billion": the demonym inside the figure's own count names
** whose projects they are, though said after "including" (which
** inv_first_investor reads as examples of someone named before). */
/* (so too a source said after "from" between the count and the money:
** "including 212 projects from Korea worth $2.4 billion", or a part's bare
** number, "including 212 from Korea worth $2.4 billion") */
static const ivl_fm *count_demonym(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target) {
  if (f->count)
    for (size_t i = fx_mentions_from(s->m, s->n, f->count->vs); i < s->n && s->m[i].vs < f->count->ve; i++)
      if (s->m[i].kind == FM_COUNTRY && (s->m[i].flags & FM_DEMONYM) && s->m[i].ve <= f->count->ve &&
          fx_can_invest(x, &s->m[i], vn_target))
        return &s->m[i];
  size_t from = f->count ? f->count->ve : f->vs;
  if (!f->money || from >= f->money->vs) return NULL;
  for (size_t i = fx_mentions_from(s->m, s->n, from); i < s->n && s->m[i].ve <= f->money->vs; i++)
    if (s->m[i].kind == FM_COUNTRY && fx_ends_with(x, s->m[i].vs, "from") && fx_can_invest(x, &s->m[i], vn_target))
      return &s->m[i];
  return NULL;
}

/* "the city licensed foreign projects with a combined capital of $1.4
** billion, and Korean firms accounted for $310 million of that": a figure
** its clause says is foreign capital at large, before it, is foreign
** investors' (*), not that of a part named after it. */
static int foreign_said_before(const ivl_fctx *x, const figure *f) {
  static const char *const foreign[] = {"foreign", "foreign-invested", "foreign-funded", NULL};
  return fx_any(x, f->cs, f->vs, foreign);
}

/* "The largest Thai project in the province is the $700 million resort
** of X": a demonym describing a project or works (a word of them right
** after it, or one word after) says whose country the works are of; the
** firm the works are told to be of is their investor. */
static int demonym_of_works(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const works[] = {"project", "projects", "investment", "investments", "plant", "factory",
                                      "facility", "venture", NULL};
  return (m->flags & FM_DEMONYM) && fx_noun_within(x, m->ve, works, 1);
}

/* Is the figure at 'fig' the verb's second object right after "and" at
** 'a', the verb said once ("will invest $25 million in a farm in Nghệ An
** and $45 million in a plant in Laos", "and another $60 million")? Not
** when a firm or person is named between the money before and "and"
** ("A will invest $20 million, while B will contribute land and $10
** million": B's), nor in a sentence of figures said "respectively", nor
** when the money before is put in no place of its own. */
static int object_after_and(const ivl_fctx *x, const ivl_fsent *s, size_t a, size_t fig) {
  static const char *const more[] = {"another", "a further", "an additional", NULL};
  const ivl_fm *money = NULL;
  for (size_t i = 0; i < s->n && s->m[i].ve <= a; i++)
    if (s->m[i].kind == FM_MONEY) money = &s->m[i];
    else if (money && (s->m[i].kind == FM_ORG || s->m[i].kind == FM_PERSON)) return 0;
  /* (the money before "and" put in a place of its own: not "took the
  ** next two spots at $200 million and $100 million") */
  static const char *const in[] = {"in", "into", NULL};
  if (!money || !fx_any(x, money->ve, a, in) || fx_find(x, s->vs, s->ve, "respectively") != FX_NONE) return 0;
  size_t p = a + 3;
  while (p < fig && x->t[p] == ' ') p++;
  for (int k = 0; p < fig && more[k]; k++)
    if (fx_starts_with(x, p, more[k]) && fx_only(x, p + strlen(more[k]), fig, "")) return 1;
  return p == fig;
}

/* "X has bought a stake in Y for $42 million and pumped $25 million into
** Z": a second verb of putting joined by "and" with no subject of its own
** shares the sentence's subject, not the firm bought into before it nor
** the one it goes into; so does a second object of the verb said once
** (object_after_and), not the place named after it. NULL when no money is
** said before "and", a name comes between (then the clause has a subject:
** "and Z paid ..."), or the main clause names no investor. */
static const ivl_fm *gapped_subject(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target) {
  static const char *const investing[] = {"invest", "invests", "invested", "investing", NULL};
  if (!f->money || f->vs < s->vs + 8) return NULL;
  size_t a = fx_find_last(x, f->vs > s->vs + 40 ? f->vs - 40 : s->vs, f->vs, "and");
  if (a == FX_NONE || !fx_lower_words(x, a, f->vs)) return NULL;
  if (!fx_any(x, a, f->vs, ivl_lexicon(LEX_PUTTING)) && !fx_any(x, a, f->vs, investing) &&
      !object_after_and(x, s, a, f->vs))
    return NULL;
  size_t i = 0;
  while (i < s->n && s->m[i].ve <= a && s->m[i].kind != FM_MONEY) i++;
  if (i == s->n || s->m[i].ve > a) return NULL;
  figure before = *f;
  before.cs = s->vs, before.vs = before.ve = (uint32_t)a;
  return inv_first_investor(x, s, main_clause_from(x, s, &before, vn_target), a, vn_target);
}

/* What a figure is, said between it and the agent's "by": "the $1.2
** billion pledge by South Korea's X", "a $50 million investment by Y" (set
** qsyntax). */
static const char *const figure_nouns_by[] = {"pledge by", "pledges by", "commitment by", "investment by",
                                              "injection by", NULL};

/* "- Hana Micron Vina 2 expansion: US$ 250 million, by Korea's Hana
** Micron", "a $90 million plant, by Thai group X": the owner a list line
** brings in with "by" right after its figure (a passive's agent, maybe
** after its country, possessive or demonym, and lower-case words that
** describe it), over the works or unit named before the figure. Not
** "by 2030", "by far": the first mention after "by" must be the firm. */
static const ivl_fm *agent_after_figure(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target) {
  size_t p = f->ve;
  if (p < s->ve && x->t[p] == ',') p++;
  while (p < s->ve && x->t[p] == ' ') p++;
  if (fx_starts_with_any(x, p, figure_nouns_by)) p = fx_find(x, p, s->ve, "by");
  if (p + 3 > s->ve || memcmp(x->t + p, "by ", 3) != 0) return NULL;
  p += 3;
  int described = 0; /* after "Korea's" or "Thai group": lower-case words may come first */
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->ve <= p) continue;
    if (m->vs != p && !(described && m->vs > p && m->vs - p <= 24 && fx_lower_words(x, p, m->vs))) return NULL;
    if (m->kind == FM_COUNTRY && !described) {
      described = 1;
      p = m->ve + fx_possessive(x, m);
      while (p < s->ve && x->t[p] == ' ') p++;
      continue;
    }
    return m->kind == FM_ORG && fx_can_invest(x, m, vn_target) ? m : NULL;
  }
  return NULL;
}

/* "SCIC signed a share purchase agreement with South Korea's X, under
** which the Korean firm will buy SCIC's stake ... for VNĐ4.2 trillion":
** the subject of the "under which" clause before the figure buys, not the
** signing's subject, the seller; named, or described by the demonym of a
** firm the sentence named before. */
static const ivl_fm *buyer_under_which(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const buys[] = {"buy", "acquire", "pay", "take", "invest", "subscribe", NULL};
  size_t at = fx_find(x, s->vs, f->vs, "under which");
  if (at == FX_NONE) return NULL;
  size_t subj = at + 11;
  size_t i = fx_mentions_from(s->m, s->n, subj);
  if (i >= s->n || s->m[i].vs >= f->vs || !fx_lower_words(x, subj, s->m[i].vs) ||
      !fx_any(x, s->m[i].ve, f->vs, buys))
    return NULL;
  const ivl_fm *m = &s->m[i];
  if (m->kind == FM_ORG) return m;
  if (m->kind != FM_COUNTRY || !(m->flags & FM_DEMONYM) || !m->party) return NULL;
  for (size_t k = i; k-- > 0;)
    if (s->m[k].kind == FM_ORG && s->m[k].country && strcmp(s->m[k].country, m->party) == 0) return &s->m[k];
  return NULL;
}

/* The firm a provincial portal's "invested by" names, past a country
** and lower-case words that describe it ("invested by Singapore's X",
** "invested by Japanese firm X"); NULL when a firm does not come first. */
static const ivl_fm *agent_invested_by(const ivl_fctx *x, const ivl_fsent *s, size_t p, int vn_target) {
  int described = 0;
  for (size_t i = fx_mentions_from(s->m, s->n, p); i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs > p + 24 || !fx_lower_words(x, p, m->vs)) return NULL;
    if (m->kind == FM_COUNTRY && !described) {
      described = 1;
      p = m->ve + fx_possessive(x, m);
      continue;
    }
    return m->kind == FM_ORG && fx_can_invest(x, m, vn_target) ? m : NULL;
  }
  return NULL;
}

/* Is there an amount in t[from, to) other than f's own? */
static int other_money_in(const ivl_fsent *s, const figure *f, size_t from, size_t to) {
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY && s->m[i].vs >= from && s->m[i].ve <= to && &s->m[i] != f->money &&
        &s->m[i] != f->equiv)
      return 1;
  return 0;
}

/* Is the money at 'money' the founding's own, told "with" it in the
** founder's clause ("set up by Y in 2025 with charter capital of"), no
** comma before it (not "X, founded by Y in 2010, has total investment
** of ...": the unit's own money, told of the unit)? */
static int founding_capital(const ivl_fctx *x, size_t agent_end, size_t money) {
  return !memchr(x->t + agent_end, ',', money - agent_end) && fx_find(x, agent_end, money, "with") != FX_NONE;
}

/* The words that name the firm a project is invested by or a unit founded by. */
static const char *const invested_or_founded_by[] = {"invested by", "set up by", "founded by", "established by",
                                                     NULL};
static const char *const founded_by[] = {"set up by", "founded by", "established by", NULL};

/* The firm f's capital is "invested by" or founded by (one of 'agents'). */
static const ivl_fm *agent_of_capital(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target,
                                      const char *const *agents) {
  static const char *const capital_of[] = {"capital of", "investment of", "worth", "cost of", "capitalised at",
                                           "valued at", NULL};
  if (!f->money) return NULL;
  for (size_t at = s->vs, p; (p = fx_first(x, at, s->ve, agents)) != FX_NONE; at = p + 1) {
    size_t by = fx_find(x, p, s->ve, "by");
    int founded = !fx_starts_with(x, p, "invested");
    const ivl_fm *agent = agent_invested_by(x, s, by + 3, vn_target);
    if (!agent) continue;
    if (agent->ve <= f->vs) {
      /* (not past the semicolon that closes its list member: "..., invested
      ** by X JSC; a hotel in Bai Chay ward, worth VND 2,100 billion, of Y",
      ** the next member's, set qweek65) */
      if (f->vs - agent->ve > 120 || other_money_in(s, f, p, f->vs) ||
          !(fx_any(x, agent->ve, f->vs, capital_of) || (founded && fx_ends_with(x, f->vs, "with"))) ||
          (founded && !founding_capital(x, agent->ve, f->vs)) ||
          memchr(x->t + agent->ve, ';', f->vs - agent->ve) ||
          fx_any(x, agent->ve, f->vs, ivl_lexicon(LEX_DRAWING)))
        continue;
      for (size_t i = 0; i < s->n; i++)
        if (s->m[i].kind == FM_COUNT && s->m[i].vs > agent->ve && s->m[i].ve <= f->vs) return NULL;
      return agent;
    }
    if (!founded && p >= f->ve && p - f->ve <= 100 && !other_money_in(s, f, f->ve, s->ve)) return agent;
  }
  return NULL;
}

/* "the X factory, invested by Hanwha Co., Ltd of the RoK, has total
** investment capital of 95 million USD", "a solar project with investment
** capital of VND 1,150 billion, invested by Singapore's Y": the firm a
** project is "invested by" owns the project's capital, said next to it
** (no other amount between): the capital said after the firm in words of
** a project's capital (not a park's draw: "the park, invested by X, has
** attracted $2 billion", "has drawn 40 projects worth ..."), or the last
** amount of the sentence said before it. The licensee or the works named
** first is not the investor then. */
/* (so too the firm a unit is founded by, told with the unit's capital: "X,
** a Hà Nội-based platform set up by Japan's Y in 2025 with charter capital
** of $12 million", "the subsidiary, founded by Y with $5 million": the
** founder puts the capital in, not the unit, set qfintech; the founding's
** "with" before the money is its capital's word) */
const ivl_fm *inv_invested_by(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target) {
  return agent_of_capital(x, s, f, vn_target, invested_or_founded_by);
}

/* "three domestic projects with total capital of VND 5,300 billion, in
** which the largest is the X project, invested by Y JSC, with total capital
** of VND 2,100 billion": is m the firm a later amount's project is
** "invested by" (that amount's, not the total's before it)? */
int inv_invests_later_amount(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *m) {
  if (!m || !f->money) return 0;
  for (size_t at = f->ve, p; (p = fx_find(x, at, s->ve, "invested by")) != FX_NONE; at = p + 1)
    if (agent_invested_by(x, s, p + 12, 1) == m && other_money_in(s, f, m->ve, s->ve)) return 1;
  return 0;
}

/* "Hyundai E&C will build the $2.1 billion plant in Khánh Hòa for
** Singapore-based Aurora Pacific", "X will put up a $300 million data
** centre ... for Japan's Y": a builder's verb right before the figure's
** works, and a firm the works are "for" after them in the same clause: the
** money is that client's, who owns the works; the builder only builds
** them. Not "will spend $50 million to build a plant for Toyota" (the
** verb before the figure spends), nor "build a $40 million plant for
** making chips" (no firm right after "for"). */
const ivl_fm *inv_client_built_for(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target) {
  static const char *const builds[] = {"build", "put up", "construct", "erect", NULL};
  static const char *const articles[] = {"the", "a", "an", NULL};
  size_t from = f->vs > s->vs + 24 ? f->vs - 24 : s->vs;
  size_t verb = fx_last(x, from, f->vs, builds);
  if (verb == FX_NONE) return NULL;
  size_t p = verb;
  while (p < f->vs && x->t[p] != ' ') p++;
  if (fx_starts_with(x, p + 1, "up")) p += 3; /* "put up" */
  while (p < f->vs && x->t[p] == ' ') p++;
  if (p != f->vs && !(fx_starts_with_any(x, p, articles) && fx_lower_words(x, p, f->vs))) return NULL;
  /* "for" after the works, in their clause (no comma between) */
  size_t lim = f->ve + 120 < s->ve ? f->ve + 120 : s->ve;
  size_t client = fx_find(x, f->ve, lim, "for");
  if (client == FX_NONE || memchr(x->t + f->ve, ',', client - f->ve)) return NULL;
  client += 3;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < client) continue;
    /* the first mention after "for" opens the firm's words ("for Japan's",
    ** "for Singapore-based", "for local developer") */
    if (m->vs > client + 32 || !fx_lower_words(x, client, m->vs)) return NULL;
    const ivl_fm *firm = inv_first_investor(x, s, client, client + 80 < s->ve ? client + 80 : s->ve, vn_target);
    return firm && firm->kind == FM_ORG && (firm->flags & FM_COMPANY) ? firm : NULL;
  }
  return NULL;
}

/* Not a venture a stake is held in ("X will raise its holding in their
** non-life joint venture, Y, to 75 per cent by buying a further 24 per cent
** for $40 million"): the one who raises it pays, not the venture. Its
** words back to "in" (or "into") are lower-case ones. */
static int venture_held_in(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *venture) {
  size_t c = venture->vs;
  while (c > s->vs && (x->t[c - 1] == ' ' || x->t[c - 1] == ',')) c--;
  size_t back = c > s->vs + 48 ? c - 48 : s->vs;
  size_t in = fx_find_last(x, back, c, "in");
  if (in == FX_NONE) in = fx_find_last(x, back, c, "into");
  /* (not "invested in a joint venture, Y, which will spend ...": a venture
  ** newly told of, which spends) */
  if (in == FX_NONE || !fx_lower_words(x, in, c)) return 0;
  size_t after = in;
  while (after < c && x->t[after] != ' ') after++;
  return !fx_starts_with(x, after, "a") && !fx_starts_with(x, after, "an");
}

/* "A and B will form a joint venture, X, to build a $350 million plant",
** "The joint venture, X, will have total investment capital of $1.6
** billion and a charter capital of $480 million": a figure after a venture
** named in apposition, with no other company between, is the venture's. */
static const ivl_fm *venture_before(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  const ivl_fm *venture = NULL;
  for (size_t i = 0; i < s->n && s->m[i].ve <= f->vs; i++)
    if (s->m[i].kind == FM_ORG)
      venture = fx_venture_named(x, &s->m[i]) && !venture_held_in(x, s, &s->m[i]) ? &s->m[i] : NULL;
  return venture;
}

static int describes_firm_bought(const ivl_fctx *x, const ivl_fsent *s, size_t i);

/* Is country m, describing a company, in an aside that opens sentence s
** and ends on a comma right before "it" ("A Singapore-listed fund, it")? */
static int describes_pronoun_after(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  if (m->vs > s->vs + 4 || !fx_describes_company(x, m)) return 0;
  const char *comma = memchr(x->t + m->ve, ',', s->ve - m->ve);
  size_t c = comma ? (size_t)(comma - x->t) : FX_NONE;
  return c != FX_NONE && c - m->ve <= 48 && fx_lower_words(x, m->ve, c) && fx_starts_with(x, c + 1, "it");
}

/* The company named last before sentence s, back to 2,000 bytes; NULL
** when none. */
static const ivl_fm *company_named_before(const ivl_fctx *x, const ivl_fsent *s) {
  size_t i = fx_mention_from(x, s->vs);
  while (i-- > 0 && x->m[i].ve + 2000 >= s->vs)
    if (x->m[i].kind == FM_ORG && (x->m[i].flags & FM_COMPANY)) return &x->m[i];
  return NULL;
}

/* Is figure f in the first clause of a timeline's entry that leaves out
** its subject (ivl_facts_entry_verb), one that does not sell ("Sells a 10
** per cent stake to X for $28 million": X pays)? */
int inv_entry_figure(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  size_t v = ivl_facts_entry_verb(x, s->vs, s->ve);
  if (v == FX_NONE || v > f->vs || memchr(x->t + v, ';', f->vs - v)) return 0;
  return !fx_starts_with(x, v, "sells") && !fx_starts_with(x, v, "sold");
}

/* "- 2013: Invests 420 billion VND in a latex plant in ...": a figure in
** the first clause of a timeline's entry that leaves out its subject
** (ivl_facts_entry_verb) is the company the timeline's entries are of: the
** one such an entry before was given, else the company spoken of, else
** the company named last (a history page's "MPP is founded"), not a
** word the entry opens on ("Licensed to invest") nor a country it enters
** ("Enters Cambodia with a $18 million plant"). NULL when not so. */
static const ivl_fm *entry_subject(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  if (!inv_entry_figure(x, s, f)) return NULL;
  if (x->c.entry_subject) return x->c.entry_subject;
  return x->c.company ? x->c.company : company_named_before(x, s);
}

/* "in 2019 it put USD 24 million into TPC Lao Co., Ltd., a pipe plant in
** Vientiane": a firm named right after the figure's "into" is where the
** money goes (the investor's unit), not who puts it in. */
static int firm_put_into(const ivl_fctx *x, const figure *f, const ivl_fm *m) {
  static const char *const into[] = {"into", NULL};
  return m->kind == FM_ORG && m->vs >= f->ve && m->vs - f->ve <= 6 && fx_ends_with_any(x, m->vs, into);
}

/* "Its US unit ... has so far received $470 million from the parent
** company", "the group's unit, X Vina, would receive a further $120 million
** from its parent": money a unit receives from its parent, "from" right
** after the figure, is the parent's: the firm the unit's possessive refers
** back to, else the parent named before (note_parent); NULL when not so. */
static const ivl_fm *parent_giving_to_unit(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const from_parent[] = {"from its parent", "from the parent", "from their parent", NULL};
  if (!fx_starts_with_any(x, f->ve, from_parent)) return NULL;
  const ivl_fm *owner = anaphor_before(x, s, f->vs);
  return owner ? owner : x->c.parent;
}

/* The investor of figure f: named before it in its clause (or inside it:
** "45 Korean projects"), else the one referred to ("the company"), else
** named after it, else before its clause, else foreign investors at large. */
party inv_find_investor(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target) {
  if (f->investor_as) return investor_party(x, f->investor_as);
  const ivl_fm *entry_of = entry_subject(x, s, f);
  if (entry_of) return topic(entry_of);
  const ivl_fm *venture = venture_before(x, s, f);
  if (venture) return investor_party(x, venture);
  const ivl_fm *member = elliptical_member(x, s, f, vn_target);
  if (member) return investor_party(x, member);
  if (f->whole) return (party){"*", NULL, 0, 0};
  if (f->buyer) return investor_party(x, f->buyer);
  const ivl_fm *client = inv_client_built_for(x, s, f, vn_target);
  if (client) return investor_party(x, client);
  const ivl_fm *under = buyer_under_which(x, s, f);
  if (under) return investor_party(x, under);
  const ivl_fm *buyer = buyer_referred(x, s, f->vs);
  if (buyer) return topic(buyer);
  if (sold_to_no_one(x, f)) return (party){0};
  const ivl_fm *giver = parent_giving_to_unit(x, s, f);
  if (giver) return topic(giver);
  const ivl_fm *in_which = invests_in_which(x, s, f, vn_target);
  if (!in_which) in_which = owner_in_object_clause(x, s, f, vn_target);
  if (!in_which) in_which = builder_before_cost(x, s, f, vn_target);
  if (in_which) return investor_party(x, in_which);
  const ivl_fm *agent = agent_after_figure(x, s, f, vn_target);
  if (!agent) agent = inv_invested_by(x, s, f, vn_target);
  if (agent) return investor_party(x, agent);
  const ivl_fm *subject = gapped_subject(x, s, f, vn_target);
  /* (not the firm a pronoun's clause bought into: the pronoun's firm) */
  const ivl_fm *its = subject && pronoun_clauses_around(x, s, subject, f) ? anaphor_before(x, s, subject->vs) : NULL;
  if (its) return topic(its);
  if (subject) return investor_party(x, subject);
  const ivl_fm *unit = unit_after_owner(x, s, f, vn_target);
  if (!unit) unit = unit_capital_level(x, s, f, vn_target);
  if (!unit) unit = unit_possessive_level(x, s, f, vn_target);
  if (unit) return investor_party(x, unit);
  const ivl_fm *referred = referred_with_aside(x, s, f);
  if (referred) return topic(referred);
  const ivl_fm *holder = capital_holder(x, s, f);
  if (holder && fx_can_invest(x, holder, vn_target)) return investor_party(x, holder);
  const ivl_fm *named = named_as_investor(x, s, f, vn_target);
  if (!named) named = contracted_builder(x, s, f, vn_target);
  if (!named) {
    const ivl_fm *w = owner_worth_before(x, s, f);
    if (w && fx_can_invest(x, w, vn_target)) named = w;
  }
  if (named) return investor_party(x, named);
  /* "with Japan a distant second at $160 million": who the ordinal places */
  if (f->placed_at) {
    const ivl_fm *placed = NULL;
    for (size_t i = 0; i < s->n && s->m[i].ve <= f->placed_at; i++)
      if (f->placed_at - s->m[i].ve <= 20 && fx_can_invest(x, &s->m[i], vn_target) &&
          !(s->m[i].flags & FM_DEMONYM))
        placed = &s->m[i];
    if (placed) return investor_party(x, placed);
  }
  /* "a $60 million mill of X and a $40 million plant from Y": the one
  ** before names the figure before's owner */
  const ivl_fm *owner = inv_owner_after(x, s, f);
  if (!owner) owner = handed_to(x, s, f);
  /* but "a plant of X ($10 million), a factory of Y ...": the bracket is X's */
  int bracketed = f->vs > 0 && x->t[f->vs - 1] == '(';
  const ivl_fm *first = owner ? inv_first_investor(x, s, f->cs, f->vs, vn_target) : NULL;
  /* "Chinese investors accounted for half of it, led by a $520 million
  ** plant of X": the largest part's works, its owner's */
  static const char *const including_a[] = {"including a", "including an", NULL};
  if (owner && (!first || licensee(x, owner) || demonym_of_works(x, first) ||
                fx_ends_with_any(x, f->vs, inv_largest_part) || fx_ends_with_any(x, f->vs, including_a) ||
                (!bracketed && (named_as_owner(x, s, (size_t)(first - s->m), s->vs) ||
                                          opens_own_phrase(x, s, f, first)))))
    return investor_party(x, owner);
  const ivl_fm *possessor = possessing_firm(x, s, f);
  if (possessor && fx_can_invest(x, possessor, vn_target)) return investor_party(x, possessor);
  /* "a $68 million plant of X and Japan's Y with $24 million": the firm
  ** joined to the figure by "with" or "at" right before it */
  static const char *const joins[] = {"with", "at", NULL};
  for (size_t i = s->n; i-- > 0;) {
    const ivl_fm *j = &s->m[i];
    if (j->ve > f->vs) continue;
    if (j->kind == FM_ORG && (j->flags & FM_COMPANY) && f->vs - j->ve <= 7 && fx_can_invest(x, j, vn_target) &&
        fx_ends_with_any(x, f->vs, joins) && fx_lower_words(x, j->ve, f->vs))
      return investor_party(x, j);
    break;
  }
  /* "the $48 million centre of X, followed by Korea's Y with $22 million":
  ** a list's next member is named after "followed by", not the one before */
  static const char *const follows[] = {"followed by", NULL};
  const ivl_fm *m = NULL;
  for (size_t at = f->cs, by; (by = fx_first(x, at, f->vs, follows)) != FX_NONE; at = by + 1)
    m = inv_first_investor(x, s, by, f->ve, vn_target);
  if (!m) m = inv_relative_investor(x, s, f, vn_target);
  if (!m) m = inv_first_investor(x, s, main_clause_from(x, s, f, vn_target), f->ve, vn_target);
  /* the firm bought is no buyer: the sentence's subject told by a noun
  ** ("The Thai group already owns ... of X, which it bought ...") is */
  /* (so too the firm the clause before bought into, where the figure's
  ** own clause opens on a pronoun: pronoun_clauses_around) */
  if (m && (m == bought_in_own_clause(x, s, f) || pronoun_clauses_around(x, s, m, f) ||
            describes_firm_bought(x, s, (size_t)(m - s->m)))) {
    const ivl_fm *told = anaphor_before(x, s, m->vs);
    if (told) return topic(told);
  }
  /* "A Singapore-listed property fund, it paid $90 million ...": a country
  ** describing the firm in an aside that opens the sentence before "it"
  ** tells that firm's seat; "it" is the firm spoken of (set qbrief) */
  if (m && m->kind == FM_COUNTRY && describes_pronoun_after(x, s, m)) {
    const ivl_fm *told = anaphor_before(x, s, f->vs);
    if (told) return topic(told);
  }
  if (!m) m = count_demonym(x, s, f, vn_target);
  /* "four projects from China, South Korea and Singapore with combined
  ** capital of $168 million": one figure of sources listed together */
  if (m && f->count && f->money && m->vs > f->count->ve && m->ve <= f->money->vs && m->kind == FM_COUNTRY &&
      fx_ends_with(x, m->vs, "from") && another_country_listed(x, s, (size_t)(m - s->m)))
    return (party){"*", NULL, 0, 0};
  /* "four projects from Taiwan and six projects from Japan": a source
  ** brought in by "from" before this figure is the figure before's; one
  ** said with "from" right after this figure is its own */
  if (m && m->vs < f->vs && fx_ends_with(x, m->vs, "from")) {
    const ivl_fm *own = source_after_from(x, s, f, vn_target);
    if (own) m = own;
  }
  if (m) return investor_party(x, m);
  /* "it slipped to seventh place nationwide with $1.76 billion": a ranking of
  ** localities, whose figures are everyone's FDI */
  if (fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_LOCALITIES))) return (party){"*", NULL, 0, 0};
  m = anaphor_before(x, s, f->vs);
  if (m) return topic(m);
  m = source_after_from(x, s, f, vn_target);
  if (m) return investor_party(x, m);
  /* named after the figure, before what breaks it off ("$1.33 billion, of
  ** which Japanese investors contributed 21 per cent": not Japan's) */
  /* (not the members a colon lists after a count: "handed certificates to
  ** three projects: Denmark's X with $45 million, ...", each its own
  ** figure's, the count the whole's) */
  int members_listed = f->count && !f->money && f->ve < s->ve && x->t[f->ve] == ':';
  /* "Đồng Nai licensed its first project, a $2 million garment factory set
  ** up by a Hong Kong firm": the works' maker named by its participle's
  ** "by", though a place is the subject */
  if (!m) m = maker_of_works_after(x, s, f, vn_target);
  if (!m && !place_is_subject(x, s, f->vs) && !sources_listed(x, s, f) && !members_listed && !foreign_said_before(x, f))
    m = inv_first_investor(x, s, f->ve, with_next_figure(x, s, f, inv_break_at(x, f->ve, f->ce)), vn_target);
  if (m && firm_put_into(x, f, m)) m = NULL;
  /* "... has drawn $300 million in FDI, VnExpress reported", "..., Tuoi
  ** Tre newspaper said", "according to Bizhub": the outlet that reports
  ** the figure after it, not its investor */
  if (m && m->kind == FM_ORG && reported_by(x, m)) m = NULL;
  /* "FDI pledges hit $11 billion in Q1, Singapore leads": the subject of a
  ** clause of its own */
  if (m && memchr(x->t + f->ve, ',', m->vs - f->ve) && fx_starts_with(x, m->ve, "lead*")) m = NULL;
  /* "$2 billion in the first half, led by Luxshare-ICT": the head of those
  ** who put it in, not its investor (it gets a fact of its own) */
  /* (so too "led by Taiwan's X": the head's country's possessive first) */
  if (m) {
    size_t head = m->vs;
    for (size_t i = 0; i < s->n && s->m[i].vs < m->vs; i++)
      if (s->m[i].kind == FM_COUNTRY && fx_possessive(x, &s->m[i]) &&
          s->m[i].ve + fx_possessive(x, &s->m[i]) + 1 >= m->vs)
        head = s->m[i].vs;
    if (fx_ends_with_any(x, head, inv_heads_of_total)) m = NULL;
  }
  /* "five projects raised capital by $126 million, among them Japan's X,
  ** which added $55 million": one of them, not the total's investor */
  static const char *const one_of_them[] = {"among them", "among which", "including", "of which", NULL};
  if (m && fx_any(x, f->ve, m->vs, one_of_them)) m = NULL;
  if (!m) m = last_investor(x, s, f->cs, vn_target);
  if (m) return investor_party(x, m);
  party p = unnamed_investor(x, s, f);
  if (p.name) return p;
  m = anaphor_before(x, s, s->ve);
  return m ? topic(m) : p;
}

/* Where the figure is said of each of several investors: "each" between
** the investor and the figure ("X and Y each invested $N", "have each
** pledged") or right after it ("$N each", "$N apiece"); FX_NONE if not. */
static size_t distributive_at(const ivl_fctx *x, const figure *f, size_t from) {
  static const char *const each_after[] = {"each", "apiece", NULL};
  if (fx_starts_with_any(x, f->ve, each_after)) return f->vs;
  size_t e = fx_find(x, from, f->vs, "each");
  /* "each" as a word of the verb's group, not "each year", "each of" */
  if (e == FX_NONE || fx_starts_with(x, e + 4, "of") || fx_starts_with(x, e + 4, "year")) return FX_NONE;
  return e;
}

size_t inv_each_other(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *first, party *out,
                      size_t max) {
  /* the investor named in this sentence (not one referred back to) */
  if (!first || first < s->m || first >= s->m + s->n || first->ve >= f->vs) return 0;
  size_t at = distributive_at(x, f, first->ve);
  if (at == FX_NONE || fx_find(x, first->ve, at, "and") == FX_NONE) return 0;
  size_t n = 0;
  for (size_t i = (size_t)(first - s->m) + 1; i < s->n && s->m[i].vs < at && n < max; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_ORG && m->kind != FM_COUNTRY) break; /* a figure or a place ends the list */
    /* "and Chinese firm BOE": a demonym that describes the next firm */
    if ((m->flags & FM_DEMONYM) && i + 1 < s->n && s->m[i + 1].vs < at && s->m[i + 1].kind == FM_ORG &&
        fx_lower_words(x, m->ve, s->m[i + 1].vs))
      continue;
    /* "and Korea's Dongwoo Chemical": the country's possessive, the firm's */
    if (m->kind == FM_COUNTRY && fx_possessive(x, m) && i + 1 < s->n && s->m[i + 1].kind == FM_ORG &&
        m->ve + fx_possessive(x, m) + 1 >= s->m[i + 1].vs)
      continue;
    if (fx_can_invest(x, m, 1) && strcmp(m->party, first->party) != 0) out[n++] = investor_party(x, m);
  }
  return n;
}

/* Does mention i describe the firm right after it: a country's possessive
** ("Korea's"), a demonym ("Vietnamese companies including"), a home ("Hà
** Nội-based")? */
static int describes_member(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  const ivl_fm *m = &s->m[i];
  if (i + 1 >= s->n || s->m[i + 1].kind != FM_ORG) return 0;
  size_t pos = fx_possessive(x, m), next = s->m[i + 1].vs;
  /* "Hanwha Energy's affiliate Hanwha Ocean": a firm's possessive and the
  ** kin it names */
  if (m->kind == FM_ORG)
    return pos && next - m->ve <= 24 && fx_lower_words(x, m->ve + pos, next);
  if (m->kind != FM_COUNTRY && m->kind != FM_PLACE) return 0;
  if (pos) return m->ve + pos + 1 >= next;
  if (fx_based_in(x, m)) return next - m->ve <= 16;
  return (m->flags & FM_DEMONYM) && next - m->ve <= 24 && fx_lower_words(x, m->ve, next);
}

/* The number of words in t[from, to), after a list's "and", that describe
** the next firm named ("and local seafood exporter B": 3): words from a
** lower-case letter after a space, commas and spaces between; -1 when
** anything else is there. */
static int next_firm_described(const ivl_fctx *x, size_t from, size_t to) {
  int words = 0;
  for (size_t i = from; i < to;) {
    if (x->t[i] == ' ' || x->t[i] == ',') {
      i++;
      continue;
    }
    if (!ivl_islower((unsigned char)x->t[i]) || x->t[i - 1] != ' ') return -1;
    while (i < to && (ivl_isalpha((unsigned char)x->t[i]) || x->t[i] == '-')) i++;
    words++;
  }
  return words;
}

/* "and local partner B", "and its partner B", "and local firm B": after
** a list's "and" (t[from, next)), a few words that say what the next firm
** is to the others, a role noun last. */
static int role_of_next_member(const ivl_fctx *x, size_t from, size_t next) {
  static const char *const roles[] = {"partner", "firm", "developer", "operator", NULL};
  return next > from && next - from <= 24 && next_firm_described(x, from, next) >= 0 &&
         fx_ends_with_any(x, next, roles);
}

/* Is t[from, to) only what joins two members of a list: commas, spaces,
** "and", "including" ("led by A and including B"), the next one's role
** after "and" ("and local firm B")? */
static int members_joined(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const joins[] = {"and", "including", NULL};
  if (to < from || to - from > 36) return 0;
  for (size_t i = from; i < to;) {
    if (x->t[i] == ' ' || x->t[i] == ',') {
      i++;
      continue;
    }
    size_t j = i;
    while (j < to && ivl_isalpha((unsigned char)x->t[j])) j++;
    if (j == i || fx_first(x, i, j, joins) != i) return 0;
    if (fx_starts_with(x, i, "and") && role_of_next_member(x, j, to)) return 1;
    if (to - from > 20) return 0; /* (the longer only with such a role) */
    i = j;
  }
  return 1;
}

/* Is the verb of being ending at 'p' said of the role a tender fills
** ("The investor selected is the joint venture of A and B", "the winning
** bidder is"): the group is then the investor itself, not another's
** aside (sets qweek138, qweek111)? */
static int role_is_group(const ivl_fctx *x, size_t p) {
  static const char *const being[] = {"is", "was", NULL};
  static const char *const roles[] = {"investor selected", "selected investor", "winning bidder", "winning investor",
                                      "investor chosen", "chosen investor", NULL};
  if (!fx_ends_with_any(x, p, being)) return 0;
  while (p > 0 && ivl_isalpha((unsigned char)x->t[p - 1])) p--;
  while (p > 0 && x->t[p - 1] == ' ') p--;
  return fx_ends_with_any(x, p, roles);
}

/* Is the group's head at 'h' an aside of another's ("X, a joint venture
** between A and B", "set up as a joint venture", "through its joint
** venture"): its article, then a comma or a verb of being before it? */
static int group_aside(const ivl_fctx *x, size_t h) {
  static const char *const articles[] = {"a", "an", "the", "its", "their", NULL};
  static const char *const being[] = {"as", "is", "was", "through", "via", NULL};
  size_t p = h;
  while (p > 0 && x->t[p - 1] == ' ') p--;
  if (!fx_ends_with_any(x, p, articles)) return 0;
  while (p > 0 && ivl_isalpha((unsigned char)x->t[p - 1])) p--;
  while (p > 0 && x->t[p - 1] == ' ') p--;
  return (p > 0 && x->t[p - 1] == ',') || (fx_ends_with_any(x, p, being) && !role_is_group(x, p));
}

size_t inv_group_members(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm **out, size_t max, int *described) {
  static const char *const heads[] = {"consortium", "joint venture", NULL};
  /* (an aside of another's: "X, a joint venture between A and B", "set
  ** up as a joint venture between A and B", "through a joint venture") */
  size_t h = fx_first(x, s->vs, s->ve, heads);
  if (h == FX_NONE) return 0;
  *described = group_aside(x, h);
  size_t n = 0, p = h;
  int described_next = 0; /* the mention before describes this one */
  for (size_t i = fx_mentions_from(s->m, s->n, h); i < s->n && n < max; i++) {
    const ivl_fm *m = &s->m[i];
    if (n && m->vs < out[n - 1]->ve) continue; /* inside the member before */
    /* "Hyosung Corp (Korea) and ...": the country of the member before */
    if (n && p == out[n - 1]->ve && m->vs == p + 2 && x->t[p + 1] == '(' && x->t[m->ve] == ')') {
      p = m->ve + 1;
      continue;
    }
    /* the first after the head and its words ("a consortium of", "The
    ** consortium comprises", "a joint venture between"), the rest joined */
    int gap = described_next || (n ? members_joined(x, p, m->vs) : m->vs - p <= 48 && fx_lower_words(x, p, m->vs));
    if (!gap) break;
    described_next = describes_member(x, s, i);
    if (described_next) {
      p = m->ve;
      continue;
    }
    /* (a company: fx_can_invest would read "companies including A" as a
    ** list of clients) */
    if (m->kind != FM_ORG || !(m->flags & FM_COMPANY)) break;
    out[n++] = m;
    p = m->ve;
  }
  return n >= 2 ? n : 0;
}

/* Figure 'f' with no figures of its own: its date and basis only, for an
** investor named with it who puts none of it in by name. */
figure inv_unfigured(const figure *f) {
  figure g = *f;
  g.money = g.equiv = g.count = g.share = NULL;
  g.bare_count = 0;
  g.rank = 0;
  g.position = g.raised_to = 0;
  return g;
}

/* The members of the group listed before figure 'f' (not an aside of
** another's) into member[0, 8); their number, 0 when there is none. */
static size_t group_before(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *member[8]) {
  int described;
  size_t n = inv_group_members(x, s, member, 8, &described);
  return n && !described && member[n - 1]->ve <= f->vs ? n : 0;
}

/* "A consortium of Vietnamese companies including A, B and C will invest
** $1 billion": the group's figure is its leader's, the first member (not
** the demonym that describes them all); the other members invest there
** too, each with no figure of its own (the group's project is theirs, and
** no one's part of it is said). */
const ivl_fm *inv_group_leader(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  const ivl_fm *member[8];
  return group_before(x, s, f, member) ? member[0] : NULL;
}

/* The investor found is a demonym describing them all, right before the
** leader, or a later member ("A consortium of Japan's A, Taiwan's B and
** local firm C received ... VNĐ28.9 trillion": the figure is A's, whichever
** member the search met first). */
party inv_group_leader_for(const ivl_fctx *x, const ivl_fsent *s, const figure *f, party inv) {
  if (!inv.m || inv.m < s->m || inv.m >= s->m + s->n) return inv;
  int demonym = (inv.m->flags & FM_DEMONYM) != 0;
  if (!demonym && (inv.m->kind != FM_ORG || inv.m->ve > f->vs)) return inv;
  const ivl_fm *member[8];
  size_t n = group_before(x, s, f, member);
  if (!n) return inv;
  const ivl_fm *lead = member[0];
  party led = {lead->party, lead, (lead->flags & FM_VN) != 0, 0};
  if (demonym) return inv.m->ve <= lead->vs && lead->vs - inv.m->ve <= 24 ? led : inv;
  for (size_t i = 1; i < n; i++)
    if (member[i] == inv.m) return led;
  return inv;
}

void inv_note_group(ivl_fctx *x, const ivl_fsent *s, const ivl_fm *const *member, size_t n) {
  size_t k = 0;
  for (; k < n && k < sizeof x->c.group / sizeof *x->c.group; k++) x->c.group[k] = member[k]->party;
  x->c.group_n = k, x->c.group_sent = s->index + 1;
}

/* Is t[from, to) only what joins the firms of a subject: commas, spaces,
** "and", a country's possessive before the next ("Korea's"), and after
** the "and" a short description of the next in lower case ("A and local
** seafood exporter B", "A and local partner B": up to three words)? 'and'
** is set when an "and" is among them. */
static int subject_joined(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to, int *and) {
  if (to < from || to - from > 40) return 0;
  for (size_t i = fx_mentions_from(s->m, s->n, from); i < s->n && s->m[i].ve <= to; i++)
    if (s->m[i].kind == FM_COUNTRY && fx_possessive(x, &s->m[i])) to = s->m[i].vs; /* the rest is its name */
  for (size_t i = from; i < to; i++) {
    if (x->t[i] == ' ' || x->t[i] == ',') continue;
    if (!fx_starts_with(x, i, "and") || i + 3 > to) return 0;
    *and = 1;
    /* "A and Vietnamese contractor B": a demonym opens the description,
    ** a word of which must follow it */
    size_t d = i + 3;
    while (d < to && x->t[d] == ' ') d++;
    size_t k = fx_mentions_from(s->m, s->n, d);
    int demonym = k < s->n && s->m[k].vs == d && s->m[k].kind == FM_COUNTRY && (s->m[k].flags & FM_DEMONYM);
    /* (or the place it is based in: "A and Hà Nội-based distributor B",
    ** a trade word after it; set qjv) */
    int based = k < s->n && s->m[k].vs == d && s->m[k].kind == FM_PLACE && fx_based_in(x, &s->m[k]);
    size_t w = demonym || based ? s->m[k].ve : d;
    while (based && w < to && x->t[w] != ' ') w++;
    int described = next_firm_described(x, w, to);
    return described >= (demonym || based) && described <= 3;
  }
  return 1;
}

static int clause_comma(const ivl_fctx *x, size_t from, size_t to);

/* "A and B will build the plant, which has a total investment of $X": the
** works' own capital told in a relative clause right before the figure at
** 'upto'; where its comma is, else 'upto'. */
static size_t works_capital_clause(const ivl_fctx *x, size_t from, size_t upto) {
  static const char *const capital[] = {
    "which has a total investment of", "which has total investment of", "which has a total capital of",
    "which has total capital of", "which will have a total investment of", "which will have total investment of",
    "which will cost", NULL};
  size_t c = upto;
  while (c > from && upto - c < 48 && x->t[c - 1] != ',') c--;
  if (c == from || upto - c >= 48 || !fx_starts_with_any(x, c, capital)) return upto;
  return fx_ends_with_any(x, upto, capital) ? c - 1 : upto;
}

/* Does the subject at 'opens' open the sentence: only lower-case words
** before it, past a wire's dateline ("VOV.VN - A and B will ..."), or an
** opening phrase up to its comma that names no firm nor country ("In
** March, A and local partner B jointly invested")? */
static int subject_opens(const ivl_fctx *x, const ivl_fsent *s, size_t opens) {
  size_t from = fx_after_wire_dateline(x, s->vs, opens);
  /* ("The Saigon Textile Corporation and X will ...": the article a full
  ** name is written with opens it too) */
  if (opens == from + 4 && fx_starts_with(x, from, "the")) from = opens;
  if (fx_lower_words(x, from, opens)) return 1;
  size_t p = opens;
  while (p > from && x->t[p - 1] == ' ') p--;
  if (p == from || x->t[p - 1] != ',' || p - from > 64) return 0;
  for (size_t i = 0; i < s->n && s->m[i].vs < p; i++)
    if (s->m[i].vs >= from && (s->m[i].kind == FM_ORG || s->m[i].kind == FM_COUNTRY)) return 0;
  return 1;
}

size_t inv_joined_subject(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *first, size_t upto,
                          const ivl_fm **out, size_t max) {
  if ((x->a->layout.has_title && s->index == 0) || first < s->m || first >= s->m + s->n || first->kind != FM_ORG ||
      !(first->flags & FM_COMPANY) || first->ve > upto || max < 2)
    return 0;
  /* the subject opens the sentence ("Korea's Hyosung and ...") */
  size_t opens = first->vs;
  if (first > s->m && first[-1].kind == FM_COUNTRY && first[-1].ve + fx_possessive(x, &first[-1]) + 1 >= first->vs)
    opens = first[-1].vs;
  /* "South Korean builder A and Vietnamese developer B ...": a demonym and
  ** the trade words describing the first firm open the subject too, as
  ** they do for the members after it */
  if (first > s->m && first[-1].kind == FM_COUNTRY && (first[-1].flags & FM_DEMONYM) &&
      first->vs - first[-1].ve <= 32 && fx_lower_words(x, first[-1].ve, first->vs))
    opens = first[-1].vs;
  if (!subject_opens(x, s, opens)) return 0;
  size_t n = 0;
  int and = 0;
  out[n++] = first;
  for (size_t i = (size_t)(first - s->m) + 1; i < s->n && n < max && s->m[i].ve <= upto; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < out[n - 1]->ve || (m->kind == FM_COUNTRY && (fx_possessive(x, m) || (m->flags & FM_DEMONYM))))
      continue;
    /* (a trade in the next firm's description: "and local seafood exporter B";
    ** so too its seat: "and Hà Nội-based distributor B", subject_joined) */
    if (m->kind == FM_SECTOR && ivl_islower((unsigned char)x->t[m->vs])) continue;
    if (m->kind == FM_PLACE && fx_based_in(x, m)) continue;
    if (m->kind != FM_ORG || !(m->flags & FM_COMPANY) || !subject_joined(x, s, out[n - 1]->ve, m->vs, &and)) break;
    out[n++] = m;
  }
  /* the list ends at its verb: a lower-case word after the last firm */
  size_t p = out[n - 1]->ve;
  while (p < upto && x->t[p] == ' ') p++;
  if (n < 2 || !and || p >= upto || !ivl_islower((unsigned char)x->t[p])) return 0;
  static const char *const being[] = {"is", "are", "was", "were", "have been", "has been", NULL};
  /* and what follows is of its verb, not of a clause of another subject
  ** ("A and B signed a deal under which the Korean group will buy") */
  static const char *const clause[] = {"which", "whereby", "that", "who", NULL};
  upto = works_capital_clause(x, p, upto);
  if (fx_starts_with_any(x, p, being) || clause_comma(x, p, upto) || fx_any(x, p, upto, clause)) return 0;
  return n;
}

/* (f's subject so joined: the figure in the subject's clause, not one
** "respectively" shares out) */
static size_t coordinated_subject(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *first,
                                  const ivl_fm **out, size_t max) {
  if (f->investor_as || first < s->m || first >= s->m + s->n || first->vs < f->cs) return 0;
  return inv_joined_subject(x, s, first, f->vs, out, max);
}

/* "These projects included A and B, with combined capital of VNĐ40
** trillion": two firms listed after "included", their figure said to be
** combined, are its investors together (the first its figure, as a
** coordinated subject's). */
static size_t included_pair(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *first,
                            const ivl_fm **out, size_t max) {
  static const char *const included[] = {"included", "include", "includes", "including", NULL};
  static const char *const combined[] = {", with combined", ", with a combined", ", with total combined", NULL};
  if (max < 2 || first < s->m || first + 1 >= s->m + s->n || first->kind != FM_ORG ||
      !fx_ends_with_any(x, first->vs, included))
    return 0;
  const ivl_fm *second = first + 1;
  if (second->kind != FM_ORG || !(second->flags & FM_COMPANY) || second->ve > f->vs ||
      !fx_starts_with(x, first->ve, "and") || second->vs != first->ve + 5 || /* " and " between */
      !fx_starts_with_any(x, second->ve, combined))
    return 0;
  out[0] = first, out[1] = second;
  return 2;
}

/* "A consortium of A, B and C received ...": the group opens the sentence,
** its subject, so what it receives is its own. */
static int group_opens(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const heads[] = {"consortium", "joint venture", NULL};
  size_t article = s->ve - s->vs < 8                      ? 0
                   : memcmp(x->t + s->vs, "A ", 2) == 0   ? 2
                   : memcmp(x->t + s->vs, "The ", 4) == 0 ? 4
                                                          : 0;
  return article && fx_starts_with_any(x, s->vs + article, heads);
}

/* Is m the leader a group is named by, "a consortium led by X"? */
static int led_group_before(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const led[] = {"consortium led by", "joint venture led by", "group led by", NULL};
  return fx_ends_with_any(x, m->vs, led);
}

void inv_members_alongside(ivl_fctx *x, const ivl_fsent *s, const figure *f, party inv, party tgt) {
  const ivl_fm *member[8];
  int described = 0;
  /* (not what a park the group develops draws: "VSIP III, developed by a
  ** joint venture between A and B, has drawn 60 projects", its tenants') */
  int tenants = !group_opens(x, s) && fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_DRAWING));
  size_t n = inv.m && !tenants ? inv_group_members(x, s, member, 8, &described) : 0;
  if (n == 0 && inv.m) n = coordinated_subject(x, s, f, inv.m, member, 8);
  if (n == 0 && inv.m) n = included_pair(x, s, f, inv.m, member, 8);
  /* "The two firms will invest ...": the pair of the deal just told */
  if (n == 0 && inv.m == x->c.pair_firm[0] && inv_pair_referred(x, s))
    member[0] = x->c.pair_firm[0], member[1] = x->c.pair_firm[1], n = 2;
  /* "a consortium led by X ..., with total investment of ...": the group
  ** is X's, its other members told next ("The consortium also includes A
  ** and B") invest where it does (set qweek11) */
  if (n == 0 && inv.m && led_group_before(x, inv.m)) x->c.joined_target = tgt.name, x->c.joined_sent = s->index + 1;
  if (n == 0 || described || member[0] != inv.m) return;
  inv_note_group(x, s, member, n);
  x->c.joined_target = tgt.name, x->c.joined_sent = s->index + 1;
  figure g = inv_unfigured(f);
  const char *frame = x->frame;
  x->frame = "invest.named";
  for (size_t i = 1; i < n; i++)
    if (strcmp(member[i]->party, tgt.name) != 0 && strcmp(member[i]->party, inv.name) != 0)
      inv_store_figure(x, s, &g, (party){member[i]->party, member[i], (member[i]->flags & FM_VN) != 0, 0}, tgt);
  x->frame = frame;
}

/* "Japan is Thanh Hóa's largest investor ... the province's total": the
** province named last before 'at' in the sentence, else the article's. */
static const char *province_before(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  const char *found = x->c.filed && x->c.topic && x->c.topic_age <= 3 && strcmp(x->c.topic, "VN") != 0
                        ? x->c.topic /* spoken of, not where it was filed */
                        : x->c.province;
  /* "Elsewhere, Đà Nẵng reported ... The city said X had raised": the
  ** province the report turned to, in the next two sentences */
  if (x->c.turned_sent && s->index <= x->c.turned_sent + 1) found = x->c.turned_to;
  if (x->c.item_place) found = x->c.item_place; /* a digest's item: "CẦN THƠ (VNA) – ... The city licensed" */
  /* "X signed an MoU with the Đồng Nai People's Committee to build a
  ** centre. X plans to invest €20 million in it, ... manufacturers in the
  ** province": the province the sentence right before signed with */
  if (x->c.deal_province && x->c.deal_sent == s->index) found = x->c.deal_province;
  if (x->c.works_in) found = x->c.works_in; /* "X runs a plant in Hải Dương. It will ... in the province" */
  for (size_t i = 0; i < s->n && s->m[i].ve <= at; i++)
    /* (not "Hà Nội-based X": a firm's home is no province spoken of) */
    if (s->m[i].kind == FM_PLACE && (s->m[i].flags & FM_VN) && s->m[i].province &&
        !fx_starts_with(x, s->m[i].ve, "-based"))
      found = s->m[i].province;
  return found;
}

/* "second only to HCM City", "behind only Quảng Ninh", "after Hà Nội": the
** reference point of a rank, not where the money went. */
/* (and a firm's own works a new one is counted after: "a branch in Bắc
** Ninh ..., the lender's second in Việt Nam after its HCM City branch") */
static int reference_point(const ivl_fctx *x, const ivl_fm *m) {
  /* (and the whole a locality is set against: "..., more than any other
  ** locality in Vietnam", "the most of any province in the country": where
  ** the others are, not where the figure's money is; set qweek69) */
  static const char *const before[] = {"only to", "behind", "after", "behind only", "than", "trailing",
                                       "after its", "after their", "other locality in", "other localities in",
                                       "other province in", "other provinces in", "other city in",
                                       "other cities in", NULL};
  return fx_ends_with_any(x, m->vs, before);
}

static int list_joint(const ivl_fctx *x, size_t from, size_t to);

/* "putting it third among localities after Ho Chi Minh City and Bắc
** Ninh": a place listed after the rank's reference point (reference_point)
** is one too, the list walked back by its joints (set qweek99). Not a
** place joined to one the money went to ("in Bắc Ninh and Hải Dương"). */
static int reference_listed(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  if (m <= s->m || m >= s->m + s->n) return 0;
  for (const ivl_fm *p = m - 1; p >= s->m && list_joint(x, p->ve, p[1].vs); p--) {
    if (p->kind != FM_PLACE && p->kind != FM_COUNTRY) return 0;
    if (reference_point(x, p)) return 1;
  }
  return 0;
}

/* "opened a $45 million factory on August 20, its third in Vietnam after
** plants in Bắc Ninh and Hải Dương": a place told after "after" (or
** "following") and the firm's earlier works ("plants", "a mill": lower-case
** words ending in a works noun) and "in", and the places listed with it,
** are where those works are, which the new one is counted after; not where
** this money goes. Only after the figure 'f': "after a garment factory in
** Đồng Nai, into which the company has poured $140 million" is that
** works' own money. */
static int earlier_works_place(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *m) {
  static const char *const after[] = {"after", "following", NULL};
  if (m > s->m && m < s->m + s->n && (m[-1].kind == FM_PLACE || m[-1].kind == FM_COUNTRY)) {
    /* (listed: "in A and B", "in A, B and C") */
    const ivl_fm *p = m - 1;
    size_t a = fx_find(x, p->ve, m->vs, "and");
    int joined = a == FX_NONE ? fx_only(x, p->ve, m->vs, ", ")
                              : fx_only(x, p->ve, a, ", ") && fx_only(x, a + 3, m->vs, " ");
    if (joined) return earlier_works_place(x, s, f, p);
  }
  if (!fx_ends_with(x, m->vs, "in")) return 0;
  size_t in = m->vs;
  while (in > s->vs && x->t[in - 1] == ' ') in--;
  in -= 2; /* at "in" */
  size_t a = fx_last(x, in > s->vs + 40 ? in - 40 : s->vs, in, after);
  if (a == FX_NONE || a < f->ve) return 0;
  size_t w = a + (x->t[a] == 'a' ? 5 : 9);
  return w < in && fx_lower_words(x, w, in) && fx_ends_with_any(x, in, inv_works);
}

/* "Since the merger with Bình Dương on July 1, the city's parks have
** attracted ...": a place in an opening clause of time is not the target.
** '*opens' is whether the sentence opens so: -1 until asked, once for
** all its places. */
static int in_opening_clause(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m, int *opens) {
  static const char *const openers[] = {"since", "after", "following", "before", "until", NULL};
  if (*opens < 0) *opens = fx_first(x, s->vs, s->vs + 12 < s->ve ? s->vs + 12 : s->ve, openers) == s->vs;
  if (!*opens) return 0;
  if (s->n > 32) { /* a long sentence: its first comma found once */
    ivl_fctx *w = (ivl_fctx *)x; /* a cache, which the const asks write to */
    if (!w->comma_known || w->comma_vs != s->vs || w->comma_ve != s->ve) {
      const char *p = memchr(x->t + s->vs, ',', s->ve - s->vs);
      w->first_comma = p ? (uint32_t)(p - x->t) : s->ve;
      w->comma_vs = s->vs, w->comma_ve = s->ve, w->comma_known = 1;
    }
    return w->first_comma >= m->vs;
  }
  for (size_t i = s->vs; i < m->vs; i++)
    if (x->t[i] == ',') return 0;
  return 1;
}

/* "Vietnam attracted US$15.19 billion ...": the country opens the sentence
** as its subject (not "Việt Nam's Bình Dương"). */
static int subject_country(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  if (fx_possessive(x, m)) return 0;
  if (m->vs == s->vs) return 1;
  /* "As of March 20, Vietnam had 39,900 valid projects": the subject after
  ** an opening clause of a date alone (its own commas, "As of December 31,
  ** 2025, Việt Nam had", inside the date) */
  if (m->vs < s->vs + 2 || x->t[m->vs - 2] != ',' || x->t[m->vs - 1] != ' ') return 0;
  size_t i = 0;
  for (const char *c = memchr(x->t + s->vs, ',', m->vs - 2 - s->vs); c;
       c = memchr(c + 1, ',', (size_t)(x->t + m->vs - 2 - (c + 1)))) {
    size_t at = (size_t)(c - x->t);
    while (i < s->n && s->m[i].ve <= at) i++;
    if (i >= s->n || s->m[i].kind != FM_DATE || s->m[i].vs > at) return 0;
  }
  for (i = 0; i < s->n && s->m[i].vs < m->vs; i++)
    if (s->m[i].kind != FM_DATE) return 0;
  return 1;
}

/* "in northern Vietnam": the country, by a part of it. */
static int in_part_of_country(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const parts[] = {
    "in northern", "in southern", "in central", "in north", "in south", "in the north of",
    "in the south of", "to northern", "to southern", "to central", "into northern", "into southern",
    "into central", NULL};
  return fx_ends_with_any(x, m->vs, parts);
}

/* "Nghệ An province in central Vietnam attracted ...": the country by a
** part of it right after a Vietnamese place (a generic word between) says
** where that place lies; the place is the target. Asked only of the
** country after "in central" and its kin (in_part_of_country). */
static int locates_place_before(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  const ivl_fm *prev = NULL;
  for (size_t i = 0; i < s->n && s->m[i].ve <= m->vs; i++) prev = &s->m[i];
  if (!prev || prev->kind != FM_PLACE || !(prev->flags & FM_VN) || !prev->province || m->vs - prev->ve > 30)
    return 0;
  for (size_t i = prev->ve; i < m->vs; i++)
    if (!ivl_isalpha((unsigned char)x->t[i]) && x->t[i] != ' ' && x->t[i] != '-') return 0;
  return 1;
}

/* Is there a 0xE2 byte (a dash's first) in the sentence before 'at'? In a
** long sentence its first is found once, not at each place asked of. */
static int dash_before(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  if (s->n <= 32) return memchr(x->t + s->vs, 0xE2, at - s->vs) != NULL;
  ivl_fctx *w = (ivl_fctx *)x; /* a cache, which the const asks write to */
  if (!w->dash_known || w->dash_vs != s->vs || w->dash_ve != s->ve) {
    const char *p = memchr(x->t + s->vs, 0xE2, s->ve - s->vs);
    w->first_dash = p ? (uint32_t)(p - x->t) : s->ve;
    w->dash_vs = s->vs, w->dash_ve = s->ve, w->dash_known = 1;
  }
  return w->first_dash < at;
}

/* Is 'm' in a relative clause (", which ... ,") that figure 'f' is not in:
** said aside, of something else. */
static int aside(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m, const figure *f) {
  size_t open = m->vs, close;
  /* "Hyosung – which has poured $3.5 billion into Việt Nam since 2007 –
  ** will invest ...": set off by dashes too (a dash's first byte before
  ** the place: most sentences have none) */
  if (dash_before(x, s, m->vs) && inv_aside_at(x, s, m->vs, m->ve, &open, &close))
    return f->vs >= close || f->ve <= open;
  open = m->vs;
  while (open > s->vs && x->t[open - 1] != ',') open--;
  if (open == s->vs) return 0;
  static const char *const rel[] = {"which", "who", "whose", NULL};
  if (fx_first(x, open, m->vs, rel) == FX_NONE) return 0;
  close = m->ve;
  while (close < s->ve && x->t[close] != ',') close++;
  return f->vs >= close || f->ve <= open;
}

/* "Hưng Phát, which has built toll roads in Bình Dương and Đồng Nai, said
** it would put VNĐ1.3 trillion into rest stops": a place in an aside
** before the figure telling of works the firm built elsewhere is
** its record, no place of this money (set qtender). */
static int past_works_aside(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m, const figure *f) {
  /* (not "which runs a plant in Thái Nguyên": where a firm bought into
  ** works, its money's place) */
  static const char *const works[] = {"which has built", "which built", "which has developed", "which developed",
                                      "which has constructed", "which constructed", "which has completed",
                                      "which completed", NULL};
  if (m->ve >= f->vs || !aside(x, s, m, f)) return 0;
  size_t open = m->vs;
  while (open > s->vs && x->t[open - 1] != ',') open--;
  return fx_first(x, open, m->vs, works) != FX_NONE;
}

/* "Hà Nội received $2.1 billion, Bắc Ninh $1.9 billion and ...", "mostly
** in Bắc Ninh ($900 million)": a place after a figure with a figure of its
** own right after it (the verb left out) is that figure's, not the one
** before. */
static int owns_next_figure(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *n = &s->m[i];
    if (n->vs < m->ve) continue;
    if (n->kind != FM_MONEY) return 0;
    if (n->vs - m->ve <= 3 && fx_only(x, m->ve, n->vs, " (:,")) return 1;
    /* "followed by Bắc Ninh with $1.21 billion" */
    static const char *const joined[] = {"with", "at", NULL};
    return n->vs - m->ve <= 7 && fx_ends_with_any(x, n->vs, joined) && fx_lower_words(x, m->ve, n->vs);
  }
  return 0;
}

/* "added a plant in Hà Nội with investment of $120 million, and a third in
** Hưng Yên in 2016 worth $180 million": a place that opens a clause whose
** verb is left out (", and" and lower-case words before its "in"), the
** clause's own figure after it (a date between), is that figure's. */
static int opens_elliptic_clause(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  if (!fx_ends_with(x, m->vs, "in")) return 0;
  size_t in = m->vs;
  while (in > s->vs && x->t[in - 1] == ' ') in--;
  in -= 2;
  size_t from = in > s->vs + 40 ? in - 40 : s->vs;
  size_t and = fx_find_last(x, from, in, "and");
  if (and == FX_NONE || and < 2 || x->t[and - 2] != ',' || !fx_lower_words(x, and + 3, in)) return 0;
  size_t end = m->ve;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *n = &s->m[i];
    if (n->vs < m->ve) continue;
    if (n->vs > end + 40) return 0;
    if (!fx_lower_words(x, end, n->vs)) return 0;
    if (n->kind == FM_DATE) {
      end = n->ve;
      continue;
    }
    return n->kind == FM_MONEY;
  }
  return 0;
}

/* "added $132 million to its Trị An factory, raising its total investment
** in Việt Nam to $1 billion": the country a total after the figure is
** raised in is that total's, not the added money's (whose plant is in a
** province). */
static int country_of_total_after(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m, const figure *f) {
  if (m->vs < f->ve || !fx_starts_with(x, m->ve, "to")) return 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *n = &s->m[i];
    if (n->vs < m->ve) continue;
    return n->kind == FM_MONEY && n->vs - m->ve <= 8;
  }
  return 0;
}

/* Is a Vietnamese province named right after the figure ("a $190 million
** complex in Huế": lower-case words then "in")? */
static int province_right_after(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  for (size_t i = fx_mention_from(x, f->ve); i < x->nm && x->m[i].vs <= f->ve + 40; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->vs >= s->ve) break;
    if (m->kind == FM_PLACE && (m->flags & FM_VN) && m->province && fx_ends_with(x, m->vs, "in") &&
        fx_lower_words(x, f->ve, m->vs))
      return 1;
    break;
  }
  return 0;
}

/* "the largest OSAT facility in northern Việt Nam": a superlative of a
** works (its noun right before "in" at 'in', "the largest" after the
** clause's last comma) ranks it in the country, not where money goes. */
static int superlative_ranks_works(const ivl_fctx *x, const ivl_fsent *s, size_t in) {
  /* (also with a count between: "one of the five largest private
  ** industrial projects in the country", set qheavy) */
  static const char *const most[] = {"largest", "biggest", NULL};
  size_t from = in > s->vs + 100 ? in - 100 : s->vs;
  for (size_t k = in; k > from; k--)
    if (x->t[k - 1] == ',') {
      from = k;
      break;
    }
  return fx_any(x, from, in, most);
}

/* "in the zone, which will be its fourth in Vietnam": an aside opened by
** ", which" and its verb of being, ending right before 'at' (set
** qweek56). */
static int which_is_before(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const be[] = {", which will be", ", which would be", ", which is", ", which was", ", which becomes",
                                   ", which became", NULL};
  size_t e = at;
  while (e > s->vs && x->t[e - 1] == ' ') e--;
  for (int k = 0; be[k]; k++) {
    size_t n = strlen(be[k]);
    if (e >= s->vs + n && memcmp(x->t + e - n, be[k], n) == 0) return 1;
  }
  return 0;
}

/* Is the word before 'at' an ordinal after one of the 'owners' ("its
** first", "the group's second"), with 'aside' the owner opening an aside
** after a comma? */
static int owner_ordinal_before(const ivl_fctx *x, const ivl_fsent *s, size_t at, const char *const *owners,
                                int aside) {
  size_t w = at, oend;
  while (w > s->vs && x->t[w - 1] == ' ') w--;
  while (w > s->vs && ivl_isalpha((unsigned char)x->t[w - 1])) w--;
  if (!fx_ordinal_at(x, w, &oend) || oend > at) return 0;
  for (int k = 0; owners[k]; k++) {
    size_t o = w, n = strlen(owners[k]);
    while (o > s->vs && x->t[o - 1] == ' ') o--;
    if (fx_ends_with(x, w, owners[k]) &&
        (!aside || (o >= s->vs + n + 2 && memcmp(x->t + o - n - 2, ", ", 2) == 0) || which_is_before(x, s, o - n)))
      return 1;
  }
  return 0;
}

/* "its 12th plant in Việt Nam", "its third factory in Vietnam", "the
** plant, its third in the country": the country an ordinal counts a
** firm's works in (an ordinal, then up to two lower-case words ending in a
** works noun, or the owner's ordinal alone in an aside, then "in" at
** 'in'), or a superlative ranks them in, not where this figure's money
** goes. */
static int works_counted_at(const ivl_fctx *x, const ivl_fsent *s, size_t in) {
  /* (and a buyer's purchases counted: "its first property acquisition in
  ** Vietnam", a building in Hanoi bought) */
  static const char *const works[] = {"plant", "factory", "project", "facility", "mall", "store", "hotel",
                                      "centre", "center", "complex", "site", "venture", "acquisition",
                                      "projects", "plants", "factories", NULL};
  /* an owner's investment counted: "a yard next to Đồng Đăng station, its
  ** first investment in Việt Nam" (qrail); not "the largest source of
  ** investment in Việt Nam", a rank among investors */
  static const char *const pronouns[] = {"its", "their", NULL};
  if (fx_ends_with(x, in, "investment")) {
    size_t iw = in;
    while (iw > s->vs && x->t[iw - 1] == ' ') iw--;
    return owner_ordinal_before(x, s, iw >= s->vs + 10 ? iw - 10 : s->vs, pronouns, 0); /* "investment" */
  }
  /* "a $35 million plant, its second in Việt Nam": the works noun left
  ** out after the owner's ordinal, in an aside on the works (not "The deal
  ** is the group's third in Vietnam": a deal, not a works, is counted) */
  /* (a lender's too: "a branch in Bắc Ninh ..., the lender's second in
  ** Việt Nam", set qweek28) */
  static const char *const owners[] = {"its", "their", "the group's", "the company's", "the firm's",
                                       "the lender's", "the bank's", "the insurer's", NULL};
  if (owner_ordinal_before(x, s, in, owners, 1)) return 1;
  if (!fx_ends_with_any(x, in, works)) return 0;
  if (superlative_ranks_works(x, s, in)) return 1;
  size_t oend;
  for (size_t w = in > s->vs + 40 ? in - 40 : s->vs; w < in; w++)
    if ((w == s->vs || x->t[w - 1] == ' ') && fx_ordinal_at(x, w, &oend) && oend < in && fx_lower_words(x, oend, in))
      return 1;
  return 0;
}

/* The "in" before the country 'm' ("in Việt Nam", "in northern Việt Nam":
** a part of it said between), where it starts; FX_NONE if none. */
static size_t in_before_country(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const parts[] = {"northern", "southern", "central", "eastern", "western", NULL};
  size_t at = m->vs;
  if (fx_ends_with_any(x, at, parts)) {
    while (at > s->vs && x->t[at - 1] == ' ') at--;
    while (at > s->vs && ivl_isalpha((unsigned char)x->t[at - 1])) at--;
  }
  if (!fx_ends_with(x, at, "in")) return FX_NONE;
  while (at > s->vs && x->t[at - 1] == ' ') at--;
  return at - 2;
}

static int ordinal_counts_works(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  size_t in = in_before_country(x, s, m);
  return in != FX_NONE && works_counted_at(x, s, in);
}

/* Does the sentence name a province of Việt Nam? */
static int names_province(const ivl_fsent *s) {
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_PLACE && (s->m[i].flags & FM_VN) && s->m[i].province) return 1;
  return 0;
}

static int counted_in_country(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  return ordinal_counts_works(x, s, m) && names_province(s);
}

/* "$300 million in a park in Quảng Ninh and $150 million in one in Hải
** Phòng": a place right after the figure before's "in", only "and" or a
** comma between it and figure 'f', is that figure's, not f's. */
static int place_of_figure_before(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m, const figure *f) {
  if (m->ve > f->vs || f->vs - m->ve > 12 || !fx_ends_with(x, m->vs, "in")) return 0;
  size_t g = m->ve;
  while (g < f->vs && (x->t[g] == ' ' || x->t[g] == ',')) g++;
  if (fx_starts_with(x, g, "and")) g += 3;
  while (g < f->vs && x->t[g] == ' ') g++;
  /* "the $400 million Phú Bình 2 park in Thái Nguyên, the $300 million
  ** Hưng Nhân park in Thái Bình": an article before the next member's
  ** figure, and a name in the member before */
  static const char *const articles[] = {"the", "a", "an", NULL};
  int named = 0;
  if (g < f->vs && fx_starts_with_any(x, g, articles)) {
    while (g < f->vs && ivl_isalpha((unsigned char)x->t[g])) g++;
    while (g < f->vs && x->t[g] == ' ') g++;
    named = 1;
  }
  if (g != f->vs) return 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *n = &s->m[i];
    if (n->vs >= m->vs) break;
    if (n->kind == FM_MONEY && m->vs - n->ve <= 48 &&
        (fx_lower_words(x, n->ve, m->vs) || (named && !memchr(x->t + n->ve, ',', m->vs - n->ve))))
      return 1;
  }
  return 0;
}

/* The first of the sentence's mentions that starts at or after 'pos' (they
** are in text order), by halving: asked in sentences of more than
** HALVE_AFTER mentions, where walking them from the first made a sentence
** of thousands quadratic; most have few, and walk. */
#define HALVE_AFTER 32
static size_t sent_mention_from(const ivl_fsent *s, size_t pos) { return fx_mentions_from(s->m, s->n, pos); }

/* "Nationwide, foreign investors registered ...": the country (not "the
** top ten localities nationwide", a ranking of localities) opens the
** sentence. */
int inv_opens_nationwide(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const country_words[] = {"nationwide", "across the country", "the whole country", NULL};
  return fx_first(x, s->vs, s->ve, country_words) == s->vs;
}

/* Does an ordinal in digits ("10th", "23rd") end right before 'at' (spaces
** between), after 'from'? */
static int digit_ordinal_ends_at(const ivl_fctx *x, size_t from, size_t at) {
  size_t w = at;
  while (w > from && x->t[w - 1] == ' ') w--;
  size_t end = w;
  while (w > from && ivl_isalnum((unsigned char)x->t[w - 1])) w--;
  size_t oend;
  return w < end && ivl_isdigit((unsigned char)x->t[w]) && fx_ordinal_at(x, w, &oend) && oend == end;
}

/* "Foreign investors made share purchases worth $1.4 billion nationwide
** in the period": the figure's clause says it is the country's, when no
** place is named (not "ranking third nationwide", "ranking 10th
** nationwide", "the top ten localities nationwide": a ranking of
** localities). */
static int nationwide_in(const ivl_fctx *x, size_t from, size_t to) {
  /* (nor "the highest nationwide", "the third largest inflow nationwide":
  ** a place among localities, said in the words just before) */
  static const char *const ranked[] = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "place",
    "position", "spot", "localities", "provinces", "cities", "rank", "ranks", "ranked", "ranking", NULL};
  static const char *const superlatives[] = {"highest", "largest", "biggest", "most", "top", "leading", "lowest",
                                             "best", "led", "leads", "tops", "topped", NULL};
  size_t at = fx_find(x, from, to, "nationwide");
  if (at == FX_NONE || fx_ends_with_any(x, at, ranked) || digit_ordinal_ends_at(x, from, at)) return 0;
  size_t back = at > from + 40 ? at - 40 : from;
  return fx_first(x, back, at, superlatives) == FX_NONE;
}

static int based_bought_into(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m);
static int seat_of_unit_set_up(const ivl_fctx *x, const ivl_fm *m);
static int seat_bought_into(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m);
static int runs_in_bought_aside(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m);

/* Where the mention after s->m[i] starts, or 'limit' if it starts later
** (or there is none). */
static size_t next_mention_or(const ivl_fsent *s, size_t i, size_t limit) {
  return i + 1 < s->n && s->m[i + 1].vs < limit ? s->m[i + 1].vs : limit;
}

/* Does a ranked list go on ("ahead of", "followed by") within a few words
** after figure 'f', before mention 'm' (said after the figure)? */
static int list_goes_on_before(const ivl_fctx *x, const figure *f, const ivl_fm *m) {
  size_t near = f->ve + 24 < m->vs ? f->ve + 24 : m->vs;
  if (fx_first(x, f->ve, near, ivl_lexicon(LEX_GOES_ON)) != FX_NONE) return 1;
  /* "took the lead with $3.6 billion in the ten months, ahead of Bắc
  ** Ninh's": the figure's own period (lower-case words, a comma) may come
  ** before the list goes on (set qregion) */
  size_t far = f->ve + 48 < m->vs ? f->ve + 48 : m->vs;
  size_t at = far > near ? fx_first(x, f->ve, far, ivl_lexicon(LEX_GOES_ON)) : FX_NONE;
  if (at == FX_NONE) return 0;
  for (size_t p = f->ve; p < at; p++)
    if (!ivl_islower((unsigned char)x->t[p]) && x->t[p] != ' ' && x->t[p] != ',') return 0;
  return 1;
}

/* "along the Hà Nội–Lạng Sơn expressway", "the Đà Nẵng-Quảng Ngãi
** highway": a place naming a road (alone or as one end of it) tells where
** the road runs, not the province the money goes to. */
static int names_road(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const roads[] = {"expressway", "highway", "road", "railway", "ring road", "bypass", NULL};
  size_t p = m->ve;
  size_t dash = x->t[p] == '-' ? 1 : p + 3 <= s->ve ? fx_long_dash_at(x, p) : 0;
  if (dash) { /* "Hà Nội–Lạng Sơn": on to the road's other end */
    const ivl_fm *next = m + 1 < s->m + s->n ? m + 1 : NULL;
    if (!next || next->vs != p + dash || next->kind != FM_PLACE) return 0;
    p = next->ve;
  }
  return p < s->ve && x->t[p] == ' ' && fx_starts_with_any(x, p, roads);
}

/* "..., which would use turbines made at its factory in Quảng Ngãi",
** "panels produced in Bắc Giang": where the goods it uses are made, after
** the figure, not where the money goes (goods_to is the mirror). */
static int goods_made_in(const ivl_fctx *x, const figure *f, const ivl_fm *m) {
  static const char *const made[] = {"made", "produced", "manufactured", "sourced", "imported", NULL};
  size_t back = m->vs > f->ve + 40 ? m->vs - 40 : f->ve;
  static const char *const aux[] = {"has", "have", "had", "is", "are", "was", "were", "be", "been", NULL};
  size_t w = fx_first(x, back, m->vs, made);
  /* a participle after the goods, not a verb ("where it has made") */
  if (w == FX_NONE || fx_ends_with_any(x, w, aux)) return 0;
  while (w < m->vs && ivl_isalpha((unsigned char)x->t[w])) w++;
  return fx_lower_words(x, w, m->vs);
}

/* "will invest $28 million in a plant making trays for electronics makers
** in Đồng Nai and HCM City": where the customers the goods are made for
** work (after "for" and lower-case words ending in a trade of buyers, and
** the places listed with it), after the figure, is no place of the money
** (set qweek27); not "one of the largest makers in Bắc Ninh" (no "for":
** the firm itself), nor "for two factories in X" (works, no buyers). */
static int customers_placed(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const buyers_in[] = {"makers in", "manufacturers in", "assemblers in", "producers in",
                                          "carmakers in", "automakers in", "clients in", "brands in", NULL};
  if (fx_ends_with(x, m->vs, "in") && fx_ends_with_any(x, m->vs, buyers_in)) {
    size_t back = m->vs > 48 ? m->vs - 48 : 0;
    size_t f = fx_find_last(x, back, m->vs, "for");
    return f != FX_NONE && fx_lower_words(x, f + 3, m->vs);
  }
  if (m == s->m) return 0;
  const ivl_fm *b = m - 1; /* the list's member before: "in Đồng Nai and HCM City" */
  return b->kind == FM_PLACE && b->ve < m->vs && m->vs - b->ve <= 10 && fx_only(x, b->ve, m->vs, ",andthe") &&
         customers_placed(x, s, b);
}

/* "to relocate its production from HCM City to Tây Ninh", "moving its
** factory from Đồng Nai to Bình Phước": the place a move leaves, named
** with "from" before the place it goes "to", is not where the money goes. */
static int moved_away_from(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const moving[] = {"relocat*", "move", "moves", "moved", "moving", "shift*", "transfer*", NULL};
  size_t back = m->vs > s->vs + 60 ? m->vs - 60 : s->vs;
  /* (the place named right after "from", the last one before it) */
  size_t word = fx_find_last(x, back, m->vs, "from");
  if (word == FX_NONE || !fx_lower_words(x, word + 4, m->vs) || !fx_any(x, back, word, moving)) return 0;
  for (const ivl_fm *n = m + 1; n < s->m + s->n && n->vs <= m->ve + 48; n++)
    if (n->kind == FM_PLACE && (n->flags & FM_VN) && fx_ends_with(x, n->vs, "to")) return 1;
  return 0;
}

/* "Since we came to Hải Dương in 2013, our group has invested $210 million
** in two factories there": "there" after the figure points back to the
** place its sentence's opening clause of time named, which is then the
** target after all (in_opening_clause). */
static int there_after(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const there[] = {"there", NULL};
  return fx_any(x, f->ve, s->ve, there);
}

/* "Chao Phraya, which already runs two resorts in Phú Quốc, plans to spend
** $15 million refurbishing the hotel": a place in an aside before the
** figure that tells what the firm runs or owns is where its other works
** are, not where this money goes (the place spoken of is). */
static int place_of_works_held(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m, const figure *f) {
  static const char *const holds[] = {"runs", "operates", "owns", NULL};
  if (m->ve >= f->vs || !aside(x, s, m, f)) return 0;
  size_t open = m->vs;
  while (open > s->vs && x->t[open - 1] != ',') open--;
  return fx_starts_with(x, open, "which") && fx_first(x, open, m->vs, holds) != FX_NONE;
}

/* Is the country's possessive 'm' followed right away by a firm ("in
** Vietnam's Quynh Lap Cement JSC")? */
static int firm_of_country_next(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  size_t i = (size_t)(m - s->m);
  return i + 1 < s->n && s->m[i + 1].kind == FM_ORG && s->m[i + 1].vs <= m->ve + fx_possessive(x, m) + 1;
}

/* Is the country's possessive 'm' followed right away by a sector named
** ("in Vietnam's agriculture, forestry and fisheries", set qweek96): the
** country's own trade, as its "sector" or "industry" is? */
static int sector_of_country_next(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  size_t i = (size_t)(m - s->m);
  return i + 1 < s->n && s->m[i + 1].kind == FM_SECTOR && s->m[i + 1].vs <= m->ve + fx_possessive(x, m) + 1;
}

/* Is the country's possessive 'm' followed by lower-case words of its own
** industry, a sector or none named, up to the word "sector" or
** "industry" ("in Việt Nam's oil and gas sector")? */
static int industry_of_country_next(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const industries[] = {"sector", "industry", "industries", NULL};
  size_t from = m->ve + fx_possessive(x, m), to = from + 48 < s->ve ? from + 48 : s->ve;
  size_t at = fx_first(x, from, to, industries);
  if (at == FX_NONE) return 0;
  for (size_t i = (size_t)(m - s->m) + 1; i < s->n && s->m[i].vs < at; i++)
    if (s->m[i].kind != FM_SECTOR) return 0;
  return 1;
}

/* "..., said Kanemoto's general director in Việt Nam, Kenji Morita": the
** place of a speaker's post, part of the title, not where the money goes
** (set qsea). */
static int in_speakers_title(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const posts[] = {"director in", "manager in", "chief in", "head in", "representative in",
                                      "officer in", NULL};
  return fx_ends_with_any(x, m->vs, posts);
}

/* "X paid $210 million for 25% of Y, while Osaka's Z picked up a 15%
** stake in HCM City-based W": a clause of its own after ", while" tells of
** another deal; a place in it is not the figure's before it (both in one
** sentence: a figure of a sentence before is asked of its places too). */
static int clause_of_its_own_between(const ivl_fctx *x, size_t from, size_t to) {
  size_t at = fx_first(x, from, to, contrast_words);
  if (at == FX_NONE) return 0;
  while (at > from && x->t[at - 1] == ' ') at--;
  return at > from && x->t[at - 1] == ',';
}

/* Is place 'm' a river's name, a lower-case "river" right after it ("on the
** Saigon river")? (bytes compared: a literal word would take a slot of the
** linker's word cache, refilled in every article) */
static int river_named(const ivl_fctx *x, const ivl_fm *m) {
  size_t p = m->ve, len = x->a->view.len;
  if (p + 6 > len || x->t[p] != ' ' || memcmp(x->t + p + 1, "river", 5) != 0) return 0;
  return p + 6 == len || !ivl_isalpha((unsigned char)x->t[p + 6]) || x->t[p + 6] == 's';
}

/* "Vietnam's commercial hub drew $2.1 billion", "Vietnam's largest city
** attracted": the wires' names for Hồ Chí Minh City, Việt Nam's possessive
** before them, are the city, not the country (set qdate). */
static const char *city_of_epithet(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const hcmc[] = {"commercial hub", "business hub", "financial hub", "economic hub",
                                     "largest city", "biggest city", "commercial capital", "economic capital",
                                     "southern commercial hub", "southern business hub", "southern economic hub",
                                     NULL};
  size_t pos = fx_possessive(x, m);
  return pos && fx_starts_with_any(x, m->ve + pos, hcmc) ? "Hồ Chí Minh City" : NULL;
}

#define FIRM_AFTER_TRADE 24 /* "Vietnamese energy firm PV Power": the firm's name within a word or two */

/* "to invest ¥30 billion in Vietnamese renewable energy": a sector right
** after the demonym is the country's own trade the money goes into, as its
** property is; not "in Vietnamese energy firm X", a firm whose place is
** (qprwire). */
static int vn_trade_named_after(const ivl_fsent *s, const ivl_fm *m) {
  size_t i = (size_t)(m - s->m) + 1;
  if (i >= s->n || s->m[i].kind != FM_SECTOR || s->m[i].vs > m->ve + 1) return 0;
  return !(i + 1 < s->n && s->m[i + 1].kind == FM_ORG && s->m[i + 1].vs <= s->m[i].ve + FIRM_AFTER_TRADE);
}

/* "bought 49 percent of another consumer lender, X, from a Hanoi bank for
** $150 million", "from a Hà Nội-based developer": a place describing the
** one after "from", a firm by its trade, is the seller's (or the source's)
** seat, not where the money goes (set qweek28). */
int inv_seat_after_from(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const froms[] = {"from a", "from an", "from the", "from", NULL};
  static const char *const sellers[] = {"bank", "lender", "group", "company", "firm", "developer", "insurer",
                                        "fund", "conglomerate", "investor", "shareholder", NULL};
  if (!fx_ends_with_any(x, m->vs, froms)) return 0;
  size_t p = m->ve;
  if (fx_starts_with(x, p, "-based")) p += 6;
  return fx_noun_within(x, p, sellers, 2);
}

/* "$310 million in the project, which will sell electricity to Việt Nam",
** "a plant exporting its power to Vietnam": the country the works' goods
** are sold to, their object between the verb and "to" (goods_to in
** place_for reads them with no object between), not where the money goes.
** Only the country: a province named so is rare and may be the works' own
** place too. Not "to sell cars in Việt Nam" (no "to" before the country),
** nor a comma between ("sells abroad, and will invest ... to Việt Nam"). */
static int goods_sold_to_country(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const sale[] = {"sell", "sells", "selling", "export", "exports", "exporting", "supply",
                                     "supplies", "supplying", "deliver", "delivers", "delivering", "ship",
                                     "ships", "shipping", "transmit", "transmits", "transmitting", NULL};
  if (!fx_ends_with(x, m->vs, "to")) return 0;
  size_t from = m->vs > 48 ? m->vs - 48 : 0;
  size_t v = fx_last(x, from, m->vs, sale);
  if (v == FX_NONE || memchr(x->t + v, ',', m->vs - v)) return 0;
  size_t e = v;
  while (e < m->vs && x->t[e] != ' ') e++;
  /* the object: lower-case words ending in "to" ("electricity to",
  ** "its power to", "all of its output to") */
  return e < m->vs && fx_lower_words(x, e, m->vs);
}

/* "outside Hà Nội and HCM City", "beyond Vietnam": is m said after
** "outside" or "beyond", or listed by commas or "and" right after a
** place said so? Where the works are not. */
static int beyond_place(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const beyond[] = {"outside", "beyond", NULL};
  if (fx_ends_with_any(x, m->vs, beyond)) return 1;
  if (m <= s->m || m >= s->m + s->n) return 0;
  const ivl_fm *p = m - 1;
  if (p->kind != FM_PLACE && p->kind != FM_COUNTRY) return 0;
  size_t a = fx_find(x, p->ve, m->vs, "and");
  int joined = a == FX_NONE ? fx_only(x, p->ve, m->vs, ", ")
                            : fx_only(x, p->ve, a, ", ") && fx_only(x, a + 3, m->vs, " ");
  return joined && beyond_place(x, s, p);
}

/* Does sentence s name a Vietnamese province the works may be in, one not
** said after "outside" (names_province but those)? */
static int names_province_within(const ivl_fctx *x, const ivl_fsent *s) {
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_PLACE && (s->m[i].flags & FM_VN) && s->m[i].province && !beyond_place(x, s, &s->m[i]))
      return 1;
  return 0;
}

/* Is place 'm' said as where an investor comes from or where its goods
** go, no place of its money? "Becamex IDC, a provincial developer from
** Bình Dương, will invest ... in Bình Phước" (and after the figure, where
** people come from: "many of them referred from Hà Nội"; "a company from
** the former Kon Tum province": set qtwin); "a wind farm in Laos, with
** power to be exported to Việt Nam"; the end of the line that carries
** it, "sells its output to EVN through a 500kV line to Quảng Trị" (set
** qweek80). */
static int origin_or_outlet(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const came_from[] = {"from the former", "from former", NULL};
  static const char *const goods_to[] = {"exported to", "export to", "exports to", "exporting to", "sold to",
                                         "sell to", "supplied to", "supply to", "shipped to", "carried to",
                                         "transmitted to", "delivered to", NULL};
  static const char *const line_to[] = {"line to", "lines to", "link to", NULL};
  static const char *const through[] = {"through", "via", NULL};
  if (fx_ends_with(x, m->vs, "from") || (fx_ends_with(x, m->vs, "former") && fx_ends_with_any(x, m->vs, came_from)))
    return 1;
  if (!fx_ends_with(x, m->vs, "to")) return 0;
  if (fx_ends_with_any(x, m->vs, goods_to)) return 1;
  /* (a line the goods take, "through" or "via" it: not "invest in a
  ** power line to Lào Cai", works of its own) */
  size_t from = m->vs > 40 ? m->vs - 40 : 0;
  return fx_ends_with_any(x, m->vs, line_to) && fx_last(x, from, m->vs, through) != FX_NONE;
}

/* "Binh Long Agro, a company from the former Bình Phước province, now part
** of Đồng Nai, has invested $38 million in ... Kratie": a merger's gloss
** names again the place just told, in that place's role (set qweek80). */
static int glossed_origin_or_outlet(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const gloss[] = {"now part of", "now in", "which merged into", "which is now part of",
                                      "merged into", NULL};
  if (m <= s->m || m >= s->m + s->n || !fx_ends_with_any(x, m->vs, gloss)) return 0;
  const ivl_fm *p = m - 1;
  if (p->kind != FM_PLACE || !(p->flags & FM_VN)) return 0;
  size_t g = fx_last(x, p->ve, m->vs, gloss);
  size_t k = p->ve;
  while (k < g && x->t[k] == ' ') k++;
  /* (only the place's unit and a comma between: "Bình Phước province, now
  ** part of") */
  return g != FX_NONE && fx_only(x, fx_admin_word_at(x, k, g), g, ",") &&
         (origin_or_outlet(x, p) || fx_firm_seat(x, p));
}

/* "In Vietnam, our group invested 1.05 billion baht in a boiler at our
** plant in Duc Hoa, Long An": the country an opening phrase sets the
** sentence in (after any quotation mark), with a province of it named
** after the figure, where that money goes (set qweek84). */
static int country_opens_before_province(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m, const figure *f) {
  size_t p = after_quote_mark(x, s->vs, s->ve);
  if (!fx_starts_with(x, p, "in") || m->vs != p + 3 || x->t[m->ve] != ',') return 0;
  for (size_t i = fx_mentions_from(s->m, s->n, f->ve); i < s->n; i++)
    if (s->m[i].kind == FM_PLACE && (s->m[i].flags & FM_VN) && s->m[i].province && !beyond_place(x, s, &s->m[i]))
      return 1;
  return 0;
}

/* Can mention 'm' be the place figure 'f' goes to (vn_place_near)? 1 with
** its name and distance in '*name_' and '*dist', else 0. */
static int place_for(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to, const figure *f,
                     const ivl_fm *skip, const ivl_fm *m, int *opens_, const char **name_, size_t *dist) {
  /* only a Vietnamese place or Việt Nam can be the target */
  int place = m->kind == FM_PLACE && (m->flags & FM_VN) && m->province;
  int country = m->kind == FM_COUNTRY && (m->flags & FM_VN) && !(m->flags & FM_DEMONYM);
  /* "has invested $1.1 billion in Vietnamese property", "into Vietnamese
  ** startups", "spent ... on Vietnamese logistics projects": the country's own things the money goes into (not
  ** "Vietnamese-invested projects") */
  /* (not "shares in Vietnamese developer X": a company, whose place is) */
  static const char *const holdings[] = {"property", "properties", "real estate", "housing", "startups", "start-ups",
                                         "companies", "firms", "businesses", "enterprises", "assets", "projects",
                                         "market", "markets", "stocks", "equities", "bonds", "economy",
                                         /* "into Vietnamese listed shares and government bonds" (set qswf) */
                                         "shares",
                                         /* "buying into Vietnamese private hospitals" (qpharma); many
                                         ** firms of a trade: "in Vietnamese carriers" (set qaero) */
                                         "hospitals", "clinics", "banks", "insurers", "carriers", "airlines", "lenders",
                                         NULL};
  /* (their number between: "has invested $4.8 million in 37 Vietnamese
  ** startups", set qweek20) */
  size_t pre = m->vs;
  while (pre > f->ve && x->t[pre - 1] == ' ') pre--;
  if (pre > f->ve && ivl_isdigit((unsigned char)x->t[pre - 1])) {
    while (pre > f->ve && (ivl_isdigit((unsigned char)x->t[pre - 1]) || x->t[pre - 1] == ',')) pre--;
    /* (not another figure's firms: "$820 million in 31 companies in six
    ** countries, including $290 million in 11 Vietnamese businesses") */
    for (size_t k = 0; k < s->n && s->m[k].vs < pre; k++)
      if (s->m[k].kind == FM_MONEY && s->m[k].vs >= f->ve && !(f->equiv && &s->m[k] == f->equiv)) pre = m->vs;
  } else
    pre = m->vs;
  /* (before the figure too when an investment's noun governs it: "its
  ** cumulative investment in Vietnamese housing will rise to ¥180
  ** billion", set qweek52) */
  static const char *const investment_in[] = {"investment in", "investments in", NULL};
  int before_governed = m->vs < f->vs && fx_ends_with_any(x, m->vs, investment_in);
  int things = m->kind == FM_COUNTRY && (m->flags & FM_VN) && (m->flags & FM_DEMONYM) &&
               (m->vs >= f->ve || before_governed) &&
               x->t[m->ve] == ' ' && (fx_noun_within(x, m->ve, holdings, 2) || vn_trade_named_after(s, m)) &&
               (fx_ends_with(x, pre, "in") || fx_ends_with(x, pre, "into") || fx_ends_with(x, pre, "on"));
  if (!place && !country && !things) return 0;
  if (in_speakers_title(x, m) || (place && inv_seat_after_from(x, m))) return 0;
  /* (but "a stake in Vietnam's X, which runs a clinker plant in the
  ** central province of Nghe An": the aside is on the firm bought into,
  ** whose works are where the money goes) */
  if (place && place_of_works_held(x, s, m, f) && !runs_in_bought_aside(x, s, m)) return 0;
  if (m == skip || m->vs < from || m->ve > to || reference_point(x, m) || reference_listed(x, s, m) ||
      earlier_works_place(x, s, f, m) ||
      (in_opening_clause(x, s, m, opens_) && !there_after(x, s, f)))
    return 0;
  /* "its first factory outside Vietnam", "beyond Việt Nam": the country
  ** the works are not in; so too places ("its first project in Việt Nam
  ** outside Hà Nội and HCM City": set qweek64) */
  if ((country || place) && beyond_place(x, s, m)) return 0;
  /* "In the same park, X broke ground on a $35 million plant, its second
  ** in Việt Nam": the country the firm's works are counted in, no place
  ** of the money when the sentence names none; the place spoken of is */
  if (country && !names_province_within(x, s) && ordinal_counts_works(x, s, m)) return 0;
  /* "a Bình Phước-based firm": where the company is from, not where the
  ** money goes */
  /* (not "a stake in Hanoi-based X", nor "a stake in X, a Hanoi-based
  ** drugstore chain": the home of the company bought into) */
  /* (nor "a subsidiary of Hà Nội-based X": the parent's home; nor "a $320
  ** million plant of Hanoi-based X": the owner's, the works is elsewhere) */
  static const char *const works_of[] = {"plant of", "plants of", "factory of", "factories of", "project of",
                                         "projects of", "facility of", "complex of", "mill of", NULL};
  /* (nor "set up a wholly owned Đà Nẵng-based subsidiary": the new unit's
  ** seat, where its capital goes) */
  if (fx_starts_with(x, m->ve, "-based") &&
      (!fx_ends_with(x, m->vs, "of") || fx_ends_with_any(x, m->vs, owner_words) ||
       fx_ends_with_any(x, m->vs, works_of)) &&
      !based_bought_into(x, s, m) && !seat_of_unit_set_up(x, m))
    return 0;
  /* "HÀ NỘI, February 20, 2025 — The Prime Minister has approved the
  ** expansion of X, a $1.2 billion investment by Y": where the report was
  ** filed, a place the body never names, is no place of the money */
  if (place && (m->flags & FM_DATELINE) && x->c.filed_at && strcmp(m->province, x->c.filed_at) == 0) return 0;
  /* (nor a digest's item's, filed there about the country: open_item) */
  if (place && (m->flags & FM_DATELINE) && x->c.item_filed) return 0;
  /* "..., the Hà Nội-listed company announced": where its shares trade */
  if (place && x->t[m->ve] == '-' && fx_starts_with(x, m->ve, "-listed")) return 0;
  /* "..., according to a filing with the Hà Nội Stock Exchange": the
  ** exchange's name, not where the shares bought are (set qbrief) */
  if (place && fx_starts_with(x, m->ve, "stock exchange")) return 0;
  if (place && (names_road(x, s, m) || moved_away_from(x, s, m))) return 0;
  /* "a logistics hub on the Saigon river": a river named after a city runs
  ** through several provinces; the works by it are not the city's */
  if (place && river_named(x, m)) return 0;
  if (f->ve >= s->vs && m->vs > f->ve && m->ve <= s->ve && clause_of_its_own_between(x, f->ve, m->vs)) return 0;
  /* "X, headquartered in Hà Nội, will invest ...": where the firm sits */
  if (place && x->t[m->ve] != '-' && fx_firm_seat(x, m) && !seat_bought_into(x, s, m)) return 0;
  if (origin_or_outlet(x, m) || glossed_origin_or_outlet(x, s, m)) return 0;
  if (country && goods_sold_to_country(x, m)) return 0;
  if (place && m->vs >= f->ve && goods_made_in(x, f, m)) return 0;
  if (place && m->vs >= f->ve && customers_placed(x, s, m)) return 0;
  if (place && past_works_aside(x, s, m, f)) return 0;
  const char *name = things ? "VN" : NULL;
  if (place) name = m->province;
  if (country && in_part_of_country(x, m) && locates_place_before(x, s, m)) return 0;
  /* not "northern Vietnam's Bắc Ninh province": the province is */
  /* ("in steel projects across Việt Nam", "throughout Việt Nam": all over
  ** the country) */
  if (country && !fx_possessive(x, m) &&
      (fx_ends_with(x, m->vs, "in") || fx_ends_with(x, m->vs, "into") || fx_ends_with(x, m->vs, "to") ||
       fx_ends_with(x, m->vs, "across") || fx_ends_with(x, m->vs, "throughout") || subject_country(x, s, m) ||
       in_part_of_country(x, m)) &&
      !country_of_total_after(x, s, m, f))
    name = "VN";
  if (country && fx_ranks_investors_in(x, m)) name = "VN"; /* "Việt Nam's largest investor" */
  /* "Foreign investment in Vietnam's electronics and chip industries
  ** totalled $9.6 billion": the country's own industries, no place of it
  ** named next */
  /* (not "a stake in Vietnam's Quynh Lap Cement JSC, which runs a plant
  ** in Nghe An": the country of the firm bought into, named right after
  ** it, whose works' place is said) */
  if (country && !name && fx_possessive(x, m) && (fx_ends_with(x, m->vs, "in") || fx_ends_with(x, m->vs, "into")) &&
      m->vs < f->vs && !firm_of_country_next(x, s, m) &&
      (fx_lower_words(x, m->ve + 3 < f->vs ? m->ve + 3 : f->vs, next_mention_or(s, (size_t)(m - s->m), f->vs)) ||
       sector_of_country_next(x, s, m)))
    name = "VN";
  /* (so too after the figure: "has invested some $2.1 billion in Việt
  ** Nam's oil and gas sector since 1996", over a wire's dateline, and
  ** "poured $420 million into Việt Nam's wood processing industry"
  ** (qwood); not "in Vietnam's Bắc Ninh province", whose province is
  ** named next) */
  /* (and between a figure's count and its money: "held 512 valid projects
  ** in Vietnam's agriculture, forestry and fisheries with total registered
  ** capital of $3.6 billion", set qweek96) */
  int within_figure = f->money && m->vs > f->vs && m->ve <= f->money->vs;
  if (country && !name && (m->vs >= f->ve || within_figure) && fx_possessive(x, m) &&
      (fx_ends_with(x, m->vs, "in") || fx_ends_with(x, m->vs, "into")) &&
      (industry_of_country_next(x, s, m) || sector_of_country_next(x, s, m)))
    name = "VN";
  const char *city = country ? city_of_epithet(x, m) : NULL;
  if (city) name = city;
  if (!name || (m->vs >= f->ve && (owns_next_figure(x, s, m) || opens_elliptic_clause(x, s, m)))) return 0;
  size_t d = m->vs >= f->ve ? m->vs - f->ve : f->vs - m->ve;
  if (aside(x, s, m, f)) d += 1000; /* "Sweden, which opened an embassy in Hà Nội, ..." */
  /* "a plant in Yên Mỹ, 30km from Hà Nội", "near Hội An": the point a
  ** site is placed from, the place only when no other is named */
  if (place && fx_reference_place(x, m)) d += 500;
  if (place && place_of_figure_before(x, s, m, f)) d += 500;
  /* "Bắc Ninh led localities in FDI attraction with $5.1 billion, ahead of
  ** HCM City and Hà Nội": the places the ranked list goes on to right
  ** after the figure, with none of their own, are below the one it is for */
  if (place && m->vs >= f->ve && list_goes_on_before(x, f, m)) d += 500;
  /* "HCM CITY, May 14 (VNA) — Grab has poured $200 million into ... in
  ** Việt Nam": where the wire was filed, after any place the sentence
  ** itself names */
  if (m->flags & FM_DATELINE) d += 2000;
  /* "opened its seventh mall in Việt Nam, a $190 million complex in Huế":
  ** the country said before the figure, a province of it right after */
  if (country && m->ve <= f->vs && (province_right_after(x, s, f) || country_opens_before_province(x, s, m, f)))
    d += 1000;
  if (country && counted_in_country(x, s, m)) d += 1000;
  *name_ = name, *dist = d;
  return 1;
}

/* "for new data centres in the northern and central regions": the
** country's regions named by their compass words are no place of the
** gazetteer's (GUIDELINES: "the central region" is none), so the money
** goes to the country at large. */
static int country_regions(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const regions[] = {"northern region", "central region", "southern region",
                                        "northern and central regions", "central and southern regions",
                                        "northern and southern regions", "northern, central and southern regions",
                                        "three regions", NULL};
  size_t at = fx_first(x, from, to, regions);
  return at != FX_NONE && fx_ends_with(x, at, "the");
}

/* "across the Central Highlands", "throughout the Mekong Delta": a named
** region of the country (a place of the gazetteer with no province of its
** own) as where the money goes, with no province named, is the country's
** (as the compass regions above; set qregion). Not "the Mekong Delta city
** of Cần Thơ", whose province is named. */
static int named_region_over(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  static const char *const over[] = {"across the", "throughout the", "all over the", NULL};
  static const char *const place_units[] = {"province", "provinces", "city", "cities", "town", "district", NULL};
  for (size_t i = sent_mention_from(s, from); i < s->n && s->m[i].vs < to; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_PLACE && (m->flags & FM_VN) && !m->province && fx_ends_with_any(x, m->vs, over) &&
        !fx_starts_with_any(x, m->ve, place_units))
      return 1;
  }
  return 0;
}

/* "in five projects across four provinces", "in 12 cities and provinces":
** money spread over several of the country's places, Việt Nam's; not "in
** the two provinces" (places just named). */
static int across_provinces(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const over[] = {"across", "in", NULL};
  static const char *const places[] = {"provinces", "localities", "cities and provinces", "provinces and cities", NULL};
  if (fx_find(x, from, to, "provinces") == FX_NONE && fx_find(x, from, to, "localities") == FX_NONE) return 0;
  for (size_t at = fx_first(x, from, to, over); at != FX_NONE; at = fx_first(x, at + 2, to, over)) {
    size_t w = at;
    while (w < to && ivl_isalpha((unsigned char)x->t[w])) w++;
    while (w < to && x->t[w] == ' ') w++;
    size_t n = w;
    while (n < to && (ivl_isalnum((unsigned char)x->t[n]) || x->t[n] == '-')) n++;
    if (n == w || n >= to || x->t[n] != ' ' || fx_starts_with(x, w, "the") || fx_starts_with(x, w, "its") ||
        fx_starts_with(x, w, "their"))
      continue;
    if (fx_starts_with_any(x, n + 1, places)) return 1;
  }
  return 0;
}

/* A country abroad named before the figure as where something is ("in
** Laos", "to Cambodia"): what "the country" after it speaks of. */
static int country_abroad_before(const ivl_fctx *x, const ivl_fsent *s, size_t pos) {
  static const char *const in[] = {"in", "to", "into", NULL};
  static const char *const which[] = {"which", "who", NULL};
  for (size_t i = 0; i < s->n && s->m[i].ve <= pos; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_COUNTRY || (m->flags & (FM_VN | FM_DEMONYM)) || !fx_ends_with_any(x, m->vs, in)) continue;
    /* (not a country in an aside on the investor, closed before: "VRG,
    ** which holds land at home and in Laos, has invested ... across the
    ** country": Việt Nam, the main clause's) */
    size_t open, close;
    if (inv_aside_at(x, s, m->vs, m->ve, &open, &close) && close <= pos && fx_starts_with_any(x, open, which))
      continue;
    return 1;
  }
  return 0;
}

/* "X runs a plant in Đồng Nai. It built that factory for $55 million in
** 2017": works pointed at by "that" or "this" in t[from, to), before the
** figure, are the works the sentence before placed, whatever noun each
** sentence gives them (set qweek61). */
static int works_pointed_at(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const pointed[] = {"that plant", "that factory", "that facility", "that mill", "this plant",
                                        "this factory", "this facility", "this mill", NULL};
  return fx_any(x, from, to, pointed);
}

/* Is the works named at 'ref' ("the mall") the one told at 'told' ("its
** fifth shopping mall", "two malls"), not another ("a farm the group
** opened in Hà Tĩnh" before "The plant will cost ...")? */
static int same_works(const ivl_fctx *x, size_t ref, size_t told) {
  size_t n = 0;
  while (ivl_isalpha((unsigned char)x->t[ref + n])) n++;
  return n > 0 && memcmp(x->t + ref, x->t + told, n) == 0;
}

/* A carrier's own network and a satellite serve the whole country, not
** the dateline's city, when no place is named (set qtelco): "has earmarked
** VNĐ12 trillion for its 5G network next year", "will spend $90 million on
** a communications satellite". Looked for by the works' noun, then the
** kind before it (the nouns are rarer than the kinds). */
static int nationwide_works(const ivl_fctx *x, size_t from, size_t to) {
  /* (and its cells: "will install 12,000 5G base stations", set qweek47) */
  static const char *const works[] = {"network", "networks", "satellite", "satellites", "base station",
                                      "base stations", NULL};
  static const char *const kinds[] = {"5g", "4g", "mobile", "telecom", "telecoms", "broadband", "observation",
                                      "telecommunications", "communications", "low-orbit", NULL};
  for (size_t at = fx_first(x, from, to, works); at != FX_NONE; at = fx_first(x, at + 7, to, works))
    if (fx_ends_with_any(x, at, kinds)) return 1;
  return 0;
}

/* "poured VNĐ5.3 trillion into 5G infrastructure": the network's
** generation right after the figure and its preposition (asked there
** only: a look for "5G" over the clause is a scan of its bytes). */
static int generation_after(const ivl_fctx *x, const figure *f) {
  static const char *const preps[] = {"into", "in", "for", "on", NULL};
  /* (so too its cells: "VNĐ6.5 trillion in 5G base stations", set qweek47) */
  static const char *const works[] = {"5g infrastructure", "4g infrastructure", "5g network*", "4g network*",
                                      "5g base station*", "4g base station*", NULL};
  size_t p = f->ve;
  while (p < x->a->view.len && x->t[p] == ' ') p++;
  for (const char *const *w = preps; *w; w++)
    if (fx_starts_with(x, p, *w)) {
      p += strlen(*w);
      return fx_starts_with_any(x, p, works);
    }
  return 0;
}

/* "in a second industrial estate in Vietnam, a 500-hectare site in Thanh
** Hoa province": the country named, then an apposition placing the works
** in a province (only lower-case words, digits and hyphens between the
** comma and its "in"), is that province's (set qlease). The province's
** mention, or NULL. */
static const ivl_fm *province_in_apposition(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *country) {
  static const char *const opens[] = {"a", "an", "in", NULL};
  if (!(country->flags & FM_VN) || country->ve >= s->ve || x->t[country->ve] != ',' ||
      !fx_starts_with_any(x, country->ve + 1, opens))
    return NULL;
  /* (past the site's own size: "a 500-hectare site") */
  size_t i = sent_mention_from(s, country->ve);
  while (i < s->n && (s->m[i].kind == FM_OTHER || s->m[i].kind == FM_COUNT)) i++;
  if (i >= s->n) return NULL;
  const ivl_fm *m = &s->m[i];
  if (m->kind != FM_PLACE || !(m->flags & FM_VN) || !m->province || m->vs > country->ve + 64 ||
      !fx_ends_with(x, m->vs, "in"))
    return NULL;
  for (size_t p = country->ve + 1; p < m->vs; p++) {
    unsigned char c = (unsigned char)x->t[p];
    if (!(ivl_islower(c) || ivl_isdigit(c) || c == ' ' || c == '-' || c == ',')) return NULL;
  }
  return m;
}

/* "a plant in a northern province", "apartments in a coastal city in the
** central region": a locality not named, "in a" and up to three
** lower-case words before its noun, is somewhere in the country, no
** province the text spoke of before (set qepithet). */
static int unnamed_locality_in(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const in_a[] = {"in a", "in an", "into a", NULL};
  static const char *const units[] = {"province", "city", "locality", "town", NULL};
  for (size_t at = fx_first(x, from, to, in_a); at != FX_NONE; at = fx_first(x, at + 2, to, in_a)) {
    size_t w = at;
    while (w < to && ivl_isalpha((unsigned char)x->t[w])) w++; /* past "in" or "into" */
    while (w < to && x->t[w] == ' ') w++;
    while (w < to && ivl_isalpha((unsigned char)x->t[w])) w++; /* past "a" */
    if (fx_noun_within_three(x, w, units)) return 1;
  }
  return 0;
}

/* Where the first of 'words' ("in the country") names the country itself:
** not its possessive before an epithet of one of its places, a place's
** noun within three lower-case words ("the largest investor in the
** country's largest city", "in the country's manufacturing heartland"):
** that place is the one spoken of, not Việt Nam. (Its own things stay
** the country's: "its only stake in the country's financial sector".) */
static size_t country_itself_first(const ivl_fctx *x, size_t from, size_t to, const char *const *words) {
  static const char *const place_nouns[] = {"city", "hub", "capital", "heartland", "metropolis", "province",
                                            "port", "bowl", NULL};
  for (size_t at = fx_first(x, from, to, words); at != FX_NONE; at = fx_first(x, at + 1, to, words)) {
    size_t c = fx_find(x, at, at + 24 < to ? at + 24 : to, "country");
    size_t n = c == FX_NONE ? 0 : fx_possessive_at(x, c + 7);
    if (!n || !fx_noun_within_three(x, c + 7 + n, place_nouns)) return at;
  }
  return FX_NONE;
}

/* "The capital has attracted US$3.4 billion in FDI so far this year":
** the sentence's subject, the city, drawing money (a drawing word right
** after it, or after "has"/"had"); where it stands, else FX_NONE (set
** qweek99). Not money's capital ("The capital needed is $50 million"). */
static size_t capital_subject_draws(const ivl_fctx *x, const ivl_fsent *s, size_t from) {
  static const char *const aux[] = {"has", "had", "have", NULL};
  if (from > s->vs || !fx_starts_with(x, s->vs, "the capital")) return FX_NONE;
  size_t e = s->vs + 11;
  while (e < s->ve && x->t[e] == ' ') e++;
  if (fx_starts_with_any(x, e, aux)) {
    while (e < s->ve && ivl_isalpha((unsigned char)x->t[e])) e++;
    while (e < s->ve && x->t[e] == ' ') e++;
  }
  return fx_starts_with_any(x, e, ivl_lexicon(LEX_DRAWING)) ? s->vs : FX_NONE;
}

/* "In the capital, X plans to spend ...", "a plant in the capital city":
** the Vietnamese press's and wires' word for Hà Nội, where the sentence
** names no place abroad (not "in the capital, Vientiane", nor "the capital
** of Laos", nor a firm's money: "raise the capital" has no "in", and
** "poured $500 million into the capital market" is the bourse's). Where
** it stands, else FX_NONE. */
static size_t national_capital_at(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  static const char *const capital[] = {"in the capital", "into the capital", "in the Vietnamese capital", NULL};
  static const char *const finance[] = {"market", "markets", "goods", "expenditure", "gains", "flows", "account",
                                        NULL};
  size_t at = fx_first(x, from, to, capital);
  if (at == FX_NONE) at = capital_subject_draws(x, s, from);
  if (at == FX_NONE) return FX_NONE;
  size_t e = fx_find(x, at, to, "capital") + 7;
  /* (nor a name set right after it, "in the capital Vientiane") */
  if (fx_starts_with(x, e, "of") || (e + 1 < to && x->t[e] == ' ' && ivl_isupper((unsigned char)x->t[e + 1])))
    return FX_NONE;
  /* (nor money's capital: "into the capital market", "capital-intensive") */
  if ((e < to && x->t[e] == '-') || fx_starts_with_any(x, e, finance)) return FX_NONE;
  for (size_t i = 0; i < s->n; i++)
    if (inv_place_abroad(&s->m[i])) return FX_NONE;
  return at;
}

/* "has invested $600 million in Vietnamese ports to date, mostly in the Cái
** Mép–Thị Vải cluster": the country's things the money went into, said
** right after the figure, are the whole; the place after "mostly in" (or
** "mainly in", "including") names only where most of it went (set
** qweek4). Not where no such word parts them: "in Vietnamese ports at Cái
** Mép" places the money, read as before. */
static int country_whole_before_part(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *place) {
  static const char *const part_words[] = {"mostly in", "mainly in", "largely in", "chiefly in", "primarily in",
                                           "most of it in", "including", NULL};
  static const char *const in[] = {"in", "into", NULL};
  if (place->vs < f->ve) return 0;
  size_t part = fx_first(x, f->ve, place->vs, part_words);
  if (part == FX_NONE) return 0;
  for (size_t i = sent_mention_from(s, f->ve); i < s->n && s->m[i].vs < part; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_COUNTRY && (m->flags & FM_VN) && (m->flags & FM_DEMONYM) && m->vs <= f->ve + 8 &&
        fx_ends_with_any(x, m->vs, in))
      return 1;
  }
  return 0;
}

/* "has invested $410 million in Vietnam through seven projects, from Hai
** Phong in the north to Ba Ria-Vung Tau in the south": places named as the
** two ends of a range ("from A ... to B") after the country the figure
** went into span the country, so the whole is Việt Nam's (set qweek98).
** Not a range with no country before it ("moved its plant from A to B"). */
static int country_before_range(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *place) {
  static const char *const in[] = {"in", "into", NULL};
  /* (the figure may run on to its count: "$410 million in Vietnam through
  ** seven projects") */
  size_t money_end = f->money ? f->money->ve : f->ve;
  if (place->vs < f->ve) return 0;
  const ivl_fm *country = NULL, *start = NULL;
  for (size_t i = sent_mention_from(s, money_end); i < s->n && s->m[i].vs <= place->vs; i++) {
    const ivl_fm *m = &s->m[i];
    if (!country) {
      if (m->kind != FM_COUNTRY && m->kind != FM_PLACE) continue; /* (a count: "through seven projects") */
      if (m->kind != FM_COUNTRY || !(m->flags & FM_VN) || (m->flags & FM_DEMONYM) || m->vs > money_end + 8 ||
          !fx_ends_with_any(x, m->vs, in))
        return 0;
      country = m;
    } else if (m->kind == FM_PLACE && (m->flags & FM_VN) && !start && fx_ends_with(x, m->vs, "from")) {
      start = m;
    } else if (m->kind == FM_PLACE && (m->flags & FM_VN) && start && fx_ends_with(x, m->vs, "to")) {
      return place == start || place == m;
    }
  }
  return 0;
}

/* A place in Việt Nam a figure is about, nearest to it: a province, a
** zone's province, Việt Nam after "in", "the province". */
static party vn_place_near(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to, const figure *f,
                           const ivl_fm *skip) {
  static const char *const province_words[] = {
    "the province", "the city", "the locality", "the province's", "the city's", "the merged province",
    "the new province", "the enlarged province", "the merged city", "the enlarged city", NULL};
  party best = {NULL, NULL, 1, 0};
  size_t best_dist = (size_t)-1;
  int opens = -1; /* in_opening_clause */
  /* "..., after projects in Hải Dương and Bình Định, bringing its total
  ** investment in the country to $950 million": the country the total is
  ** raised in, not the places listed before it */
  /* (and the wires' epithet of it, set qweek70: "would lift its total
  ** investment in the Southeast Asian country to $260 million") */
  static const char *const country_total[] = {"in the country to", "in the country to over",
                                              "in the country to more than", "in the southeast asian country to",
                                              "in the southeast asian nation to", NULL};
  /* (not after a country abroad the money went "in": "the company's third
  ** project in Laos, bringing its total investment in the country to":
  ** Laos, read by the outward frame) */
  if (fx_ends_with_any(x, f->vs, country_total) && !country_abroad_before(x, s, f->vs))
    return (party){"VN", NULL, 1, 0};
  const char *name;
  size_t d;
  if (s->n <= HALVE_AFTER) {
    for (size_t i = 0; i < s->n && s->m[i].vs <= to; i++)
      if (place_for(x, s, from, to, f, skip, &s->m[i], &opens, &name, &d) && d < best_dist)
        best = (party){name, &s->m[i], 1, 0}, best_dist = d;
  } else {
    /* a long sentence: outwards from the figure, the mentions after it by
    ** their distance, those before by the least theirs can be (a mention
    ** is the article's longest at most), while one could be as near as
    ** the best; the first in text order of the nearest, as a walk finds.
    ** A figure's clause walked whole made a sentence of thousands of
    ** figures quadratic (one of 20,000 amounts, "... drew $N million
    ** from X Co., Ltd. Y Industrial Park in Long An drew ...") */
    size_t lo = sent_mention_from(s, from), after = sent_mention_from(s, f->ve), longest = fx_longest_mention(x);
    if (after < lo) after = lo;
    size_t before = after;
    int more_after = 1, more_before = 1;
    while (more_after || more_before) {
      size_t da = (size_t)-1, db = (size_t)-1;
      more_after = more_after && after < s->n && s->m[after].vs <= to;
      more_before = more_before && before > lo;
      if (more_after) da = s->m[after].vs - f->ve;
      if (more_before) db = s->m[before - 1].vs + longest >= f->vs ? 0 : f->vs - (s->m[before - 1].vs + longest);
      if (more_after && da > best_dist) more_after = 0;
      if (more_before && db > best_dist) more_before = 0;
      if (!more_after && !more_before) break;
      size_t i = more_after && (!more_before || da <= db) ? after++ : --before;
      const ivl_fm *m = &s->m[i];
      if (!place_for(x, s, from, to, f, skip, m, &opens, &name, &d)) continue;
      if (d < best_dist || (d == best_dist && best.m && m < best.m)) best = (party){name, m, 1, 0}, best_dist = d;
    }
  }
  /* most clauses name none of them: one look says so for all */
  int province_named = fx_any(x, from, to, province_words);
  for (int k = 0; province_words[k] && province_named; k++) {
    size_t at = fx_find(x, from, to, province_words[k]);
    const char *province = at == FX_NONE ? NULL : province_before(x, s, at);
    if (!province) continue;
    d = at >= f->ve ? at - f->ve : f->vs - at;
    if (d < best_dist) best = (party){province, NULL, 1, 0}, best_dist = d;
  }
  /* "That brings the Mekong Delta province's FDI stock to": the province
  ** spoken of, as "the province's" is (its possessive only: "in the Mekong
  ** Delta city of Cần Thơ" names one, and "in the Mekong Delta city" is
  ** read as before, qfood, qgreen) */
  static const char *const possessive_units[] = {"province's", "city's", NULL};
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < from || m->ve > to || m->kind != FM_PLACE || !(m->flags & FM_VN) || m->province ||
        !fx_starts_with_any(x, m->ve, possessive_units))
      continue;
    const char *province = province_before(x, s, m->vs);
    d = m->vs >= f->ve ? m->vs - f->ve : f->vs - m->vs;
    if (province && d < best_dist) best = (party){province, NULL, 1, 0}, best_dist = d;
  }
  /* (the capital over "the city's" said after it, which is the capital's) */
  size_t capital_at = best.m ? FX_NONE : national_capital_at(x, s, from, to);
  if (capital_at != FX_NONE)
    best = (party){"Hà Nội", NULL, 1, 0}, best_dist = capital_at >= f->ve ? capital_at - f->ve : f->vs - capital_at;
  /* "Its first tenant will build a $300 million plant in the new park": the
  ** park named last, its province, over a place said aside ("X, which also
  ** runs two parks in Nghệ An, ...") but not over one the clause names */
  static const char *const park_words[] = {"the park", "the new park", "the industrial park", "the zone",
                                           "the economic zone", NULL};
  size_t park_at = x->c.park ? fx_first(x, from, to, park_words) : FX_NONE;
  if (park_at != FX_NONE) {
    d = (park_at >= f->ve ? park_at - f->ve : f->vs - park_at) + 500;
    if (d < best_dist) best = (party){x->c.park, NULL, 1, 0}, best_dist = d;
  }
  /* "X opened its fifth mall in Biên Hòa, Đồng Nai. The mall, a $140
  ** million investment, ...": the works the sentence before placed, named
  ** again as the sentence opens, its province, as for a park, over the
  ** place the article is about */
  static const char *const site_words[] = {"the mall", "the plant", "the factory", "the hotel", "the resort",
                                           "the hospital", "the clinic", "the school", "the campus",
                                           "the warehouse", "the store", NULL};
  /* (the works the sentence opens on: one look where it starts) */
  size_t told;
  int follows = s->index > 0 && x->c.before.index + 1 == s->index;
  const char *site = from == s->vs && x->t[s->vs] == 'T' && follows && fx_starts_with_any(x, s->vs, site_words)
                       ? fx_company_site(x, &x->c.before, NULL, &told)
                       : NULL;
  int pointed = !site && follows && works_pointed_at(x, from, f->vs);
  if (pointed) site = fx_company_site(x, &x->c.before, NULL, &told);
  if (site && (pointed || same_works(x, s->vs + 4, told))) { /* past "The " */
    d = f->vs - s->vs + 500;
    if (d < best_dist) best = (party){site, NULL, 1, 0}, best_dist = d;
  }
  /* "Lotte has invested $2.5 billion in the country": Việt Nam, where the
  ** money comes in (abroad is read by the outward frame) */
  /* ("... to open 280 new stores nationwide": all over the country) */
  /* (and the country's own networks: "plans to invest VND95 trillion in
  ** transmission and distribution networks in 2027", set qpower) */
  /* ("our total commitment to the country will reach $410 million": a
  ** speaker's firm's money told as pledged to the country, set qpress) */
  static const char *const into_country[] = {"across the country", "in the country", "into the country",
                                             "commitment to the country", "stores nationwide", "outlets nationwide", "branches nationwide",
                                             "in the national grid", "into the national grid",
                                             "in the national power grid", "in the power grid", "into the power grid",
                                             "in transmission and distribution networks", "in transmission networks",
                                             NULL};
  /* (not "the company's third project in Laos, bringing its total
  ** investment in the country to ...": the country abroad named before) */
  /* (but over a place a part names after the figure: "now runs 42 stores
  ** in the country, with total investment of $1.3 billion, including two
  ** malls in the capital": the whole is the country's, said before it) */
  int part_after = best.m && best.m->vs >= f->ve && fx_find(x, f->ve, best.m->vs, "including") != FX_NONE;
  size_t country_at = !best.name ? country_itself_first(x, from, to, into_country)
                      : part_after ? country_itself_first(x, from, f->vs, into_country)
                                   : FX_NONE;
  /* (nor "the plant, its third in the country": where its works are counted) */
  int told_in_country = country_at != FX_NONE && !country_abroad_before(x, s, country_at) &&
                        !(fx_starts_with(x, country_at, "in") && works_counted_at(x, s, country_at));
  if (part_after && told_in_country) return (party){"VN", NULL, 1, 0};
  if (best.m && (country_whole_before_part(x, s, f, best.m) || country_before_range(x, s, f, best.m)))
    return (party){"VN", NULL, 1, 0};
  if (!best.name &&
      (inv_opens_nationwide(x, s) || told_in_country || nationwide_in(x, from, to) || across_provinces(x, from, to) ||
       country_regions(x, from, to) || nationwide_works(x, from, to) || generation_after(x, f) ||
       named_region_over(x, s, from, to) || unnamed_locality_in(x, from, to)))
    best = (party){"VN", NULL, 1, 0};
  const ivl_fm *placed = best.m && best.m->kind == FM_COUNTRY ? province_in_apposition(x, s, best.m) : NULL;
  if (placed) best = (party){placed->province, placed, 1, 0};
  return best;
}

/* "a $650 million expansion, split between its plant in A ($420 million)
** and a new factory in B ($230 million)": one figure shared by two
** provinces, each part told after it, is the country's (set qregion). So
** is a whole its parts follow ("invested VNĐ5 trillion, of which VNĐ3
** trillion went into a plant in A and VNĐ2 trillion into a port in B",
** set qweek121); parts in one province leave it theirs. */
static int split_between_provinces(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const split[] = {"split between", "divided between", "shared between", "split across",
                                      "spread across", "spread between", "of which", NULL};
  if (!f->money || f->ve < s->vs) return 0; /* (a sentence's place asked with no figure) */
  size_t near = f->ve + 40 < s->ve ? f->ve + 40 : s->ve; /* (" expansion, split between") */
  size_t at = fx_first(x, f->ve, near, split);
  if (at == FX_NONE) return 0;
  const char *first = NULL;
  for (size_t i = sent_mention_from(s, at); i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_PLACE || !(m->flags & FM_VN) || !m->province) continue;
    if (!first) first = m->province;
    else if (strcmp(first, m->province) != 0) return 1;
  }
  return 0;
}

/* "..., according to the Australian embassy in Hanoi": the city a foreign
** mission sits in (set qweek67), where the figure's source is, not where
** the money goes. */
static int mission_seat(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const missions[] = {"embassy in", "consulate in", "consulate general in",
                                         "consulate-general in", NULL};
  return fx_ends_with_any(x, m->vs, missions);
}

/* The place nearest the figure, not where something was said ("..., its
** chief said at a ceremony in Hanoi"): asked of the one found only, as few
** places are such. */
static party vn_target_near(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to,
                            const figure *f) {
  party p = vn_place_near(x, s, from, to, f, NULL);
  return p.m && (fx_speech_venue(x, s, p.m) || mission_seat(x, p.m)) ? vn_place_near(x, s, from, to, f, p.m) : p;
}

/* "into its Vietnamese subsidiary", "in the Vietnamese market", "in
** Vietnamese lenders": the demonym of Việt Nam before a firm's own arm,
** the market here or its firms at large names where the money goes (not
** "its Vietnamese partner"). */
static int own_unit_here(const ivl_fctx *x, const ivl_fm *m, int own_only) {
  static const char *const owners[] = {"its", "their", "the", "its wholly owned", "its wholly-owned",
                                       "their wholly owned", "their wholly-owned", "the wholly owned",
                                       "the wholly-owned", NULL};
  static const char *const units[] = {
    "business", "businesses", "subsidiary", "subsidiaries", "unit", "units", "arm", "operation", "operations",
    "market", "affiliate", "affiliates", "branch", "plant", "plants", "factory", "factories", "chain", "chains",
    "network", NULL};
  static const char *const into[] = {"in", "into", NULL};
  static const char *const firms[] = {
    "firms", "companies", "enterprises", "businesses", "banks", "lenders", "startups", "start-ups", NULL};
  /* (own_only: "its", "their", not "the", which may point back to a unit
  ** whose province was told: "set up the Vietnamese unit in 2017") */
  static const char *const own[] = {"its", "their", "its wholly owned", "its wholly-owned", "their wholly owned",
                                    "their wholly-owned", NULL};
  if (own_only) return fx_ends_with_any(x, m->vs, own) && fx_noun_within_three(x, m->ve, units);
  return (fx_ends_with_any(x, m->vs, owners) && fx_noun_within_three(x, m->ve, units)) ||
         (fx_ends_with_any(x, m->vs, into) && fx_noun_within_three(x, m->ve, firms));
}

int inv_vn_field_into(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const into[] = {"into", NULL};
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i], *n = i + 1 < s->n ? &s->m[i + 1] : NULL;
    if (m->vs >= f->ve && m->ve <= f->ce && m->kind == FM_COUNTRY && (m->flags & FM_VN) && (m->flags & FM_DEMONYM) &&
        fx_ends_with_any(x, m->vs, into) && n && n->kind == FM_SECTOR && n->vs <= m->ve + 1)
      return 1;
  }
  return 0;
}

/* "Foreign investors have poured $1.1 billion into Vietnamese hotel
** acquisitions since 2023": the country's things at large, a lower-case
** noun after its demonym right after "into" in the figure's clause, name
** where the money goes, over a place told in a sentence before (set
** qweek66); not "into Vietnamese firm X" (a name after it), nor a place
** the sentence itself names (the caller's). So too "in": "has invested
** about $400 million in Vietnamese sugar since 2008" after a paragraph on
** a province's mill is the country's trade, not the province's (set
** qweek62). Not one firm the demonym and its trade describe, "bought
** shares worth $70 million in Vietnamese developer" (a headline's), whose
** place the body tells. */
int inv_vn_things_into(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const into[] = {"into", "in", NULL};
  static const char *const one_firm[] = {"company", "firm", "group", "developer", "maker", "manufacturer",
                                         "producer", "lender", "bank", "insurer", "retailer", "operator",
                                         "startup", "start-up", "fund", "brokerage", "conglomerate", NULL};
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < f->ve || m->ve > f->ce) continue;
    if (m->kind != FM_COUNTRY || !(m->flags & FM_VN) || !(m->flags & FM_DEMONYM) || !fx_ends_with_any(x, m->vs, into))
      continue;
    if (m->ve + 1 < s->ve && x->t[m->ve] == ' ' && x->t[m->ve + 1] >= 'a' && x->t[m->ve + 1] <= 'z' &&
        !(i + 1 < s->n && s->m[i + 1].kind == FM_ORG && s->m[i + 1].vs < m->ve + 40) &&
        !fx_noun_within_three(x, m->ve, one_firm))
      return 1;
  }
  return 0;
}

/* "has since put about $290 million into its local subsidiary": the unit
** local to the story of a firm's money in Việt Nam is its Vietnamese one
** (as "its Vietnamese unit"), after the figure; its trade may come
** between ("into its local life insurance unit", set qfin). */
static int local_unit_after(const ivl_fctx *x, const figure *f) {
  static const char *const its_local[] = {"into its local", "in its local", NULL};
  static const char *const units[] = {"subsidiary", "unit", "arm", "business", "operation", "operations",
                                      "affiliate", "branch", "venture", NULL};
  size_t at = fx_first(x, f->ve, f->ce, its_local);
  if (at == FX_NONE) return 0;
  size_t local = fx_find(x, at, f->ce, "local");
  return local != FX_NONE && fx_noun_within_three(x, local + 5, units);
}

/* "would raise the charter capital of its wholly owned Vietnamese unit, X,
** by VNĐ1.5 trillion" (set qinsure): the arm before the figure is what
** the money goes into, after "capital of", not who puts it in. */
static int unit_capital_raised(const ivl_fctx *x, const ivl_fm *m) {
  size_t from = m->vs > 40 ? m->vs - 40 : 0;
  return fx_find(x, from, m->vs, "capital of") != FX_NONE;
}

int inv_vn_firms_after(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const into[] = {"in", "into", NULL};
  static const char *const firms[] = {"firms", "companies", "enterprises", "businesses", "startups", "start-ups",
                                      NULL};
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    /* (a count of them may come between: "in nine Vietnamese companies",
    ** the count's mention holding the demonym) */
    const ivl_fm *c = i > 0 && s->m[i - 1].kind == FM_COUNT && s->m[i - 1].ve >= m->ve ? &s->m[i - 1] : NULL;
    if (m->vs >= f->ve && m->ve <= f->ce && m->kind == FM_COUNTRY && (m->flags & FM_VN) &&
        (m->flags & FM_DEMONYM) && fx_ends_with_any(x, c ? c->vs : m->vs, into) && fx_noun_within(x, m->ve, firms, 4))
      return 1;
  }
  return 0;
}

int inv_vn_unit_after(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int own_only) {
  if (local_unit_after(x, f)) return 1;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    /* (own_only: the arm the money goes into, after the figure; "its
    ** Vietnamese subsidiary, X, would raise its charter capital by ..."
    ** is the investor) */
    if ((m->vs >= (own_only ? f->ve : f->cs) || (own_only && m->vs >= f->cs && unit_capital_raised(x, m))) &&
        m->ve <= f->ce && m->kind == FM_COUNTRY && (m->flags & FM_VN) &&
        (m->flags & FM_DEMONYM) && own_unit_here(x, m, own_only))
      return 1;
  }
  return 0;
}

/* "X buying 20 per cent of Y Bank for $480 million and Singapore's Z
** paying $210 million for a stake in Hà Nội-based W": where the next deal
** of the sentence begins, a firm or a country named after the figure
** with money of its own after it; its place is that deal's, not this
** figure's. The sentence's end when there is none. */
static size_t next_deal_from(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  const ivl_fm *other = NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < f->ve) continue;
    if (m->kind == FM_MONEY) return other ? other->vs : s->ve;
    if (!other && (m->kind == FM_ORG || m->kind == FM_COUNTRY) && fx_can_invest(x, m, 1) &&
        fx_ends_with(x, m->vs, "and"))
      other = m;
  }
  return s->ve;
}

/* Is the place between two mentions of a list, t[from, to) only ",",
** "and" or ", and"? */
static int list_joint(const ivl_fctx *x, size_t from, size_t to) {
  if (fx_only(x, from, to, ",")) return to > from;
  size_t p = from;
  while (p < to && (x->t[p] == ',' || x->t[p] == ' ')) p++;
  return to - p >= 4 && fx_starts_with(x, p, "and") && fx_only(x, p + 3, to, "");
}

/* A list's joint between two places, the preposition said again ("in
** Hanoi and in the former Binh Duong province", "in A, in B") or not. */
static int places_joint(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const again[] = {"and in", ", in", ", and in", "and in the former", ", in the former",
                                      "and the former", NULL};
  if (list_joint(x, from, to)) return 1;
  if (to < from + 4 || to > from + 24) return 0;
  size_t p = from;
  while (p < to && x->t[p] == ' ') p++;
  for (const char *const *w = again; *w; w++)
    if (fx_starts_with(x, p, *w) && fx_only(x, p + strlen(*w), to, "")) return 1;
  return 0;
}

/* "has invested a combined $1.3 billion in five industrial parks in Bắc
** Ninh, Hải Dương and Long An", "across parks in Quảng Ninh and Đồng Nai":
** "operates four parks in Bình Dương and Đồng Nai with total investment of
** VNĐ14 trillion": a figure spread over a list of provinces opened by "in"
** is the country's (one province of the list is not its place). Place 'm'
** is a member of the list; a member of another province is next to it. */
static int provinces_listed(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  if (m->kind != FM_PLACE || !m->province) return 0;
  size_t i = (size_t)(m - s->m), first = i;
  while (first > 0 && s->m[first - 1].kind == FM_PLACE && (s->m[first - 1].flags & FM_VN) && s->m[first - 1].province &&
         places_joint(x, s->m[first - 1].ve, s->m[first].vs))
    first--;
  if (!fx_ends_with(x, s->m[first].vs, "in")) return 0;
  int other = 0;
  for (size_t k = first; k + 1 < s->n && !other; k++) {
    const ivl_fm *a = &s->m[k], *b = &s->m[k + 1];
    if (b->kind != FM_PLACE || !(b->flags & FM_VN) || !b->province || !places_joint(x, a->ve, b->vs)) break;
    other = strcmp(b->province, m->province) != 0 || strcmp(a->province, m->province) != 0;
  }
  return other;
}

/* "On the broader picture, in the first ten months of 2026 the country
** attracted $31.5 billion": "the country" as the subject of the figure's
** clause after an opening phrase (only a verb's lower-case words between
** it and the figure; not after a preposition: "investors in the country
** put $2 billion") is Việt Nam, when the sentence names no place of the
** country and no country money goes into, not the province of the
** sentence before (set qweek116). An investor's country may be named:
** "..., and Japan was the largest investor with $2 billion". */
static int country_subject_of_figure(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const preps[] = {"in", "into", "across", "of", "to", "from", "throughout", "around", "for",
                                      "than", "with", "at", "over", "about", "outside", "within", "by", NULL};
  static const char *const into[] = {"in", "into", NULL};
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->flags & FM_DATELINE) continue;
    if (m->kind == FM_PLACE || (m->kind == FM_COUNTRY && fx_ends_with_any(x, m->vs, into))) return 0;
  }
  size_t at = fx_find_last(x, s->vs, f->vs, "the country");
  if (at == FX_NONE || fx_ends_with_any(x, at, preps)) return 0;
  size_t verb = at + strlen("the country");
  return f->vs - verb <= 32 && x->t[verb] == ' ' && fx_lower_words(x, verb, f->vs);
}

/* "The country as a whole attracted $36.6 billion of registered FDI in
** 2023": "the country" as the subject that opens a sentence naming no
** place or country is Việt Nam, not the place last spoken of. */
static int country_opens_sentence(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const country[] = {"the country", NULL};
  if (!fx_starts_with_any(x, s->vs, country) || fx_starts_with(x, s->vs + 11, "'s")) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_PLACE || s->m[i].kind == FM_COUNTRY) return 0;
  return 1;
}

/* Lower-case words, and a capacity written in digits and its unit's
** capitals ("to a 150MW solar farm in", qagm-05): the words of the works
** a figure pays for (set qregion). */
static int works_words(const ivl_fctx *x, size_t from, size_t to) {
  for (size_t i = from; i < to; i++) {
    unsigned char c = (unsigned char)x->t[i];
    if (ivl_islower(c) || c == ' ' || c == '-' || ivl_isdigit(c)) continue;
    if (ivl_isupper(c) && i > from && (ivl_isdigit((unsigned char)x->t[i - 1]) || ivl_isupper((unsigned char)x->t[i - 1])))
      continue;
    return 0;
  }
  return 1;
}

/* Does t (n bytes) open on "in its plants" or the like? (Bytes compared:
** the word lists' cache is kept for the looks that need it.) */
static int in_own_works(const char *t, size_t n) {
  static const char *const works[] = {"in its plants", "in its factories", "in its mills", "in its facilities",
                                      "into its plants", "into its factories", NULL};
  if (n < 12 || t[0] != 'i' || t[1] != 'n') return 0; /* most figures are followed by none */
  for (int k = 0; works[k]; k++) {
    size_t w = strlen(works[k]);
    if (n >= w && memcmp(t, works[k], w) == 0 && (n == w || !ivl_isalpha((unsigned char)t[w]))) return 1;
  }
  return 0;
}

/* How far the seat s->m[i] stands from the figure at 'fig', not counting
** the aside set off by commas right after the firm the seat describes: in
** "45 per cent of Hà Nội-based X JSC, its master franchisee in Vietnam,
** for $38 million" the seat is as near as in "of Hà Nội-based X JSC for
** $38 million" (set qweek132). */
static size_t seat_reach(const ivl_fctx *x, const ivl_fsent *s, size_t i, size_t fig) {
  const ivl_fm *m = &s->m[i], *firm = i + 1 < s->n ? &s->m[i + 1] : NULL;
  size_t far = fig - m->ve;
  if (!firm || firm->kind != FM_ORG || firm->vs > m->ve + 8 || firm->ve >= fig || x->t[firm->ve] != ',' ||
      !fx_based_in(x, m))
    return far;
  const char *close = memchr(x->t + firm->ve + 1, ',', fig - firm->ve - 1);
  if (!close) return far;
  return far - (size_t)(close - (x->t + firm->ve));
}

/* Does the sentence name a Vietnamese place below the country? */
static int vn_place_in(const ivl_fctx *x, const ivl_fsent *s) {
  (void)x;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_PLACE && (s->m[i].flags & FM_VN) && s->m[i].province) return 1;
  return 0;
}

/* Where the figure's own words start: past the bracket that closes its
** equivalent ("18 billion yen ($120 million) in a new plant in Hải
** Dương": the figure ends with the dollars), else right after it. */
static size_t past_equivalent(const ivl_fctx *x, const figure *f) {
  return x->t[f->ve] == ')' && f->ve > f->vs && memchr(x->t + f->vs, '(', f->ve - f->vs) ? f->ve + 1 : f->ve;
}

/* "buy a 20% stake in Song Hong Re, Vietnam's second-biggest reinsurer,
** for $95 million": the country's possessive opening an aside right after
** the firm the figure buys into, only lower-case words from the aside's
** end to the figure, says the firm is the country's, no province's; not the
** place the article names most (set qweek137). */
static int firm_bought_of_country(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const bought[] = {"stake in", "stakes in", "interest in", "of", "buy", "bought", "acquire",
                                       "acquired", NULL};
  static const char *const possessive[] = {"'s", "\u2019s", NULL};
  for (size_t i = 1; i < s->n && s->m[i].vs < f->vs; i++) {
    const ivl_fm *c = &s->m[i], *firm = &s->m[i - 1];
    if (c->kind != FM_COUNTRY || !(c->flags & FM_VN) || (c->flags & FM_DEMONYM) || firm->kind != FM_ORG ||
        firm->ve + 2 != c->vs || x->t[firm->ve] != ',' || !fx_starts_with_any(x, c->ve, possessive) ||
        !fx_ends_with_any(x, firm->vs, bought))
      continue;
    const char *close = memchr(x->t + c->ve, ',', f->vs - c->ve);
    if (close && fx_lower_words(x, (size_t)(close - x->t) + 1, f->vs)) return 1;
  }
  return 0;
}

static party target_of(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  if (f->target_as && f->target_as->province) return (party){f->target_as->province, f->target_as, 1, 0};
  if (country_opens_sentence(x, s) || country_subject_of_figure(x, s, f) || split_between_provinces(x, s, f))
    return (party){"VN", NULL, 1, 0};
  size_t own = past_equivalent(x, f);
  /* "$690 million in Dong Nai": the place right after the figure */
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < own || m->vs > own + 8) continue;
    if (m->kind == FM_PLACE && (m->flags & FM_VN) && m->province &&
        (fx_ends_with(x, m->vs, "in") || fx_ends_with(x, m->vs, "into")))
      return (party){m->province, m, 1, 0};
    break;
  }
  /* "has invested $260 million in the country, including a plant in Bắc
  ** Ninh": the country said right after the figure, over the place of a
  ** part named after it */
  /* (and "has invested a total of VNĐ95 trillion in its plants since
  ** 1998": all of a firm's works, wherever each is, when the sentence
  ** names no place of them) */
  static const char *const country_after[] = {"in the country", "into the country", NULL};
  size_t after = own;
  while (after < s->ve && x->t[after] == ' ') after++;
  if (fx_starts_with_any(x, after, country_after)) return (party){"VN", NULL, 1, 0};
  if (in_own_works(x->t + after, s->ve - after) && !vn_place_in(x, s)) return (party){"VN", NULL, 1, 0};
  /* "Aeon's $190 million shopping mall in Hà Nam": the place of the
  ** figure's own works, only lower-case words between, over a place named
  ** before the figure (the list's item before's) */
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < own) continue;
    if (m->vs > own + 50 || m->kind != FM_PLACE || !(m->flags & FM_VN) || !m->province) break;
    if (fx_ends_with(x, m->vs, "in") && works_words(x, own, m->vs)) return (party){m->province, m, 1, 0};
    break;
  }
  /* "followed by Bac Ninh with $1.5 billion and Hai Phong with $1.1
  ** billion": a ranking of places, each with its figure right after it */
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->ve > f->vs || m->ve + 40 < f->vs || m->kind != FM_PLACE || !(m->flags & FM_VN) || !m->province) continue;
    /* "HCM City was the top destination with $1.82 billion" */
    int joined = (fx_ends_with(x, f->vs, "with") || fx_ends_with(x, f->vs, "at")) && fx_lower_words(x, m->ve, f->vs);
    /* "the biggest recipients were HCM City, $3.2 billion; Hanoi, $2.9 billion" */
    if (joined || fx_only(x, m->ve, f->vs, "(:,")) return (party){m->province, m, 1, 0};
  }
  /* "opened an office in Hà Nội in 2014 and bought 5 per cent of a Hải
  ** Phòng-based lender for $35 million": the home of the company the
  ** figure buys into, said just before it, over a place another verb of
  ** the sentence names */
  for (size_t i = s->n; i-- > 0;) {
    const ivl_fm *m = &s->m[i];
    if (m->ve > f->vs) continue;
    if (m->ve + 200 < f->vs) break;
    if (seat_reach(x, s, i, f->vs) > 60) continue;
    if (m->kind == FM_PLACE && (m->flags & FM_VN) && m->province && fx_starts_with(x, m->ve, "-based") &&
        based_bought_into(x, s, m))
      return (party){m->province, m, 1, 0};
  }
  if (firm_bought_of_country(x, s, f)) return (party){"VN", NULL, 1, 0};
  size_t next = next_deal_from(x, s, f);
  party p = vn_target_near(x, s, f->cs, f->ce < next ? f->ce : next, f);
  if (!p.name) p = vn_target_near(x, s, s->vs, next, f);
  return p;
}

/* "a combined $2.4 billion in new plants in Vietnam, India and Poland",
** "on warehouses in the Philippines and Vietnam": Việt Nam named where the
** money goes in one list with a country abroad, the figure spread over
** them all, is no one place's (docs/facts.md: several places named
** together; the parts told country by country are theirs). Not a list
** that is no destination ("Japan, Việt Nam's leading source"). */
static int vn_listed_with_abroad(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  static const char *const into[] = {"in", "into", "across", "in the", "into the", "across the", NULL};
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < from || m->ve > to || m->kind != FM_COUNTRY || !(m->flags & FM_VN) || (m->flags & FM_DEMONYM))
      continue;
    size_t first = i, last = i;
    while (first > 0 && s->m[first - 1].kind == FM_COUNTRY && !(s->m[first - 1].flags & FM_DEMONYM) &&
           list_joint(x, s->m[first - 1].ve, s->m[first].vs))
      first--;
    while (last + 1 < s->n && s->m[last + 1].kind == FM_COUNTRY && !(s->m[last + 1].flags & FM_DEMONYM) &&
           list_joint(x, s->m[last].ve, s->m[last + 1].vs))
      last++;
    if (first == last || !fx_ends_with_any(x, s->m[first].vs, into)) continue;
    for (size_t k = first; k <= last; k++)
      if (!(s->m[k].flags & FM_VN)) return 1;
  }
  return 0;
}

/* "has invested $820 million in 31 companies in six Southeast Asian
** countries", "across 12 markets": money spread over countries counted
** after the figure is no one place's, not the place spoken of before. */
static int countries_counted_after(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const where[] = {"in", "across", NULL};
  static const char *const lands[] = {"countries", "markets", "economies", NULL};
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < f->ve) continue;
    if (m->ve > f->ce) break;
    if (m->kind == FM_COUNT && fx_ends_with_any(x, m->vs, where) && fx_any(x, m->vs, m->ve, lands)) return 1;
  }
  return 0;
}

/* "has invested about €300 million in Southeast Asian food companies
** since 2012, including €60 million in Việt Nam": a region abroad said
** right after the figure spreads it over Việt Nam and other countries,
** no one place's (the part told for Việt Nam after it is its own). */
static int region_said_after(const ivl_fctx *x, const figure *f) {
  static const char *const regions[] = {"in southeast asian", "in southeast asia", "in south-east asian",
                                        "in south-east asia", "across southeast asia", "across south-east asia",
                                        "in asian", "in asia", "across asia", NULL};
  size_t after = f->ve;
  while (after < f->ce && x->t[after] == ' ') after++;
  return fx_starts_with_any(x, after, regions);
}

party inv_find_target(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  party p = target_of(x, s, f);
  if (!p.m && !p.name && !f->target_as && countries_counted_after(x, s, f)) return (party){"*", NULL, 0, 0};
  if (p.m && !f->target_as && provinces_listed(x, s, p.m)) p = (party){"VN", NULL, 1, 0};
  /* (Việt Nam found, or no place, as a foreign firm's money comes here) */
  int vn_or_none = !p.name || (strcmp(p.name, "VN") == 0 && (!p.m || p.m->kind == FM_COUNTRY));
  if (vn_or_none && !f->target_as && (vn_listed_with_abroad(x, s, f->cs, f->ce) || region_said_after(x, f)))
    p = (party){"*", NULL, 0, 0};
  return p;
}

/* }====================================================================== */

static int vn_company(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m);
static int one_firm_described(const ivl_fctx *x, const ivl_fm *m);

/* "In 2025 it set up Farmbridge Cambodia Co., Ltd. in Phnom Penh with USD 3
** million" (set qweek135): the firm named right after a founding verb
** whose subject is a pronoun is the unit founded, the verb's object; its
** founder, the firm spoken of, puts the money in (not "X set up Y Laos
** with $5 million": the founder named is asked first). */
static int founded_by_pronoun(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const founded[] = {"set up", "sets up", "established", "establishes", "founded",
                                        "incorporated", "registered", NULL};
  static const char *const pronouns[] = {"it", "they", NULL};
  if (m->kind != FM_ORG || !fx_ends_with_any(x, m->vs, founded)) return 0;
  size_t from = m->vs > s->vs + 40 ? m->vs - 40 : s->vs;
  return fx_first(x, from, m->vs, pronouns) != FX_NONE;
}

/* "a mill in Indonesia's Central Java", "a stake in Thailand's X": what
** the money goes into, after "in" or "into" and a country's possessive. */
static int put_into(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  static const char *const into[] = {"in", "into", NULL};
  const ivl_fm *m = &s->m[i];
  if (fx_ends_with_any(x, m->vs, into)) return 1;
  if (i == 0) return 0;
  const ivl_fm *c = &s->m[i - 1];
  return c->kind == FM_COUNTRY && fx_possessive(x, c) && c->ve + fx_possessive(x, c) + 1 >= m->vs &&
         fx_ends_with_any(x, c->vs, into);
}

/* "Vingroup's EV maker VinFast", "Vingroup's VinFast": a parent in the
** possessive describes the firm named right after it (a few words, no
** comma between), which is the one that invests. */
static int parent_of_next(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  const ivl_fm *m = &s->m[i];
  size_t pos = i + 1 < s->n ? fx_possessive(x, m) : 0;
  /* "Vingroup subsidiary VinFast", "Masan unit WinCommerce": the parent
  ** as a noun adjunct, its kin word right after it and then the firm */
  static const char *const kin_adjunct[] = {"subsidiary", "unit", "affiliate", NULL};
  if (!pos) {
    if (!(i + 1 < s->n && s->m[i + 1].kind == FM_ORG && x->t[m->ve] == ' ' &&
          fx_starts_with_any(x, m->ve + 1, kin_adjunct) && s->m[i + 1].vs - m->ve <= 14))
      return 0;
    /* (or the unit named in an appositive after the kin word: "Another
    ** VRG unit, Phước An Rubber, is pouring ...") */
    size_t w = m->ve + 1;
    while (w < s->m[i + 1].vs && ivl_isalpha((unsigned char)x->t[w])) w++;
    return fx_lower_words(x, m->ve, s->m[i + 1].vs) || (x->t[w] == ',' && fx_only(x, w, s->m[i + 1].vs, ","));
  }
  size_t from = m->ve + pos;
  /* over what describes it ("EV maker": a sector's mention) */
  /* (or its kin in an appositive: "Lạc Hồng's parent, Tiên Phong Group,
  ** said its overseas investments total $2.3 billion") */
  static const char *const kin[] = {"parent", "parent company", "parent group", "subsidiary", "unit", "affiliate",
                                    NULL};
  /* (the appositive may say the firm's seat first: "Lotus Tea's parent,
  ** Busan-based Hanul Beverages, will take ...", so it is looked for further) */
  for (size_t k = i + 1; k < s->n && s->m[k].vs >= from && s->m[k].vs - from <= 48; k++)
    if (s->m[k].kind == FM_ORG) {
      const char *comma = memchr(x->t + from, ',', s->m[k].vs - from);
      if (!comma) return s->m[k].vs - from <= 24;
      return fx_starts_with_any(x, from, kin) && fx_appositive_names(x, s, (size_t)(comma - x->t), &s->m[k]);
    }
  return 0;
}

/* Where the lower-case words right before 'at' start ("dairy firm" in ",
** and dairy firm X"), up to 'most' of them, not past "and" nor a word of
** contrast ("while"): at when none. */
static size_t clause_described_from(const ivl_fctx *x, size_t at, int most) {
  size_t p = at;
  for (int k = 0; k < most; k++) {
    size_t e = p;
    while (e > 0 && x->t[e - 1] == ' ') e--;
    size_t w = e;
    while (w > 0 && (ivl_isalpha((unsigned char)x->t[w - 1]) || (unsigned char)x->t[w - 1] >= 0x80)) w--;
    if (w == e || !ivl_islower((unsigned char)x->t[w]) || (e - w == 3 && memcmp(x->t + w, "and", 3) == 0) ||
        fx_starts_with_any(x, w, contrast_words))
      break;
    p = w;
  }
  return p;
}

/* Where the firm's seat said right before 'p' begins ("Hà Nội-based " of
** "Hà Nội-based pharmaceutical firm X"), else p. */
static size_t seat_said_from(const ivl_fctx *x, size_t p) {
  size_t i = fx_mention_from(x, p);
  if (i == 0) return p;
  const ivl_fm *seat = &x->m[i - 1];
  if (!fx_based_in(x, seat) || seat->ve >= p) return p;
  size_t e = seat->ve;
  while (e < p && x->t[e] != ' ') e++;
  /* (p may be inside "-based", where the lower-case words stopped) */
  return e >= p || fx_only(x, e, p, " ") ? seat->vs : p;
}

/* "..., while Masan Group registered $30 million": a company opening a
** clause of its own; so too after ", and" ("X opened a $25 million centre
** in Tokyo, and Y put $60 million into its farm in Cambodia"), which the
** caller asks only past an earlier firm's amount, so no list of firms
** ("A, B, and C invested") is split. */
static int opens_own_clause(const ivl_fctx *x, const ivl_fm *m) {
  if (fx_ends_with_any(x, m->vs, contrast_words)) return 1;
  /* (also with what the firm is before its name: ", and dairy firm X
  ** received a certificate for a $38 million farm in Queensland"; so too
  ** after "while", past the firm's seat: "..., while Hà Nội-based
  ** pharmaceutical firm X will spend $8.5 million", set qweek35) */
  size_t p = m->vs;
  if (!fx_ends_with(x, p, "and")) p = seat_said_from(x, clause_described_from(x, p, 3));
  if (fx_ends_with_any(x, p, contrast_words)) return 1;
  if (!fx_ends_with(x, p, "and")) return 0;
  while (p > 0 && ivl_isspace((unsigned char)x->t[p - 1])) p--;
  p -= 3; /* before "and" */
  while (p > 0 && ivl_isspace((unsigned char)x->t[p - 1])) p--;
  return p > 0 && x->t[p - 1] == ',';
}

/* "As of November 20, the country had 1,800 valid overseas projects":
** "the country" as the subject before the figure, no place abroad named
** before it, is Việt Nam, not a company named in an earlier sentence. */
static int the_country_subject(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const where[] = {"in", "to", "into", "of", "across", "around", "from", NULL};
  size_t at = fx_find(x, s->vs, f->vs, "the country");
  if (at == FX_NONE || fx_ends_with_any(x, at, where)) return 0;
  for (size_t i = 0; i < s->n && s->m[i].vs < at; i++)
    if (inv_place_abroad(&s->m[i]) || s->m[i].kind == FM_ORG) return 0;
  return 1;
}

/* "would bring the Hà Nội-listed company's total investment in Laos to
** $230 million": "the company's" with words describing it between ("the
** listed", "the Hà Nội-based", "the state-owned"), a place among them, is
** still the company spoken of (set qweek11). Not another firm by its kind
** or origin ("the parent company's", "the Thai group's"): a country among
** the words, or a word of another party. */
static int owned_by_described_company(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const owner[] = {"company's", "group's", "firm's", NULL};
  static const char *const the[] = {"the", NULL};
  static const char *const others[] = {"parent", "rival", "other", "partner", "mother", "holding", "target",
                                       "seller", "buyer", "local", "foreign", NULL};
  size_t at = fx_first(x, s->vs, f->vs, owner);
  if (at == FX_NONE) return 0;
  size_t from = at > s->vs + 40 ? at - 40 : s->vs, t = fx_last(x, from, at, the);
  if (t == FX_NONE || fx_any(x, t + 3, at, others)) return 0;
  int words = 0;
  for (size_t p = t + 3; p < at; p++) {
    unsigned char c = (unsigned char)x->t[p];
    if (c == ' ' && x->t[p + 1] != ' ') words++;
    if (c == ',' || c == '.' || c == '(' || ivl_isdigit(c) || words > 4) return 0;
  }
  for (size_t i = fx_mentions_from(s->m, s->n, t); i < s->n && s->m[i].vs < at; i++)
    if (s->m[i].kind != FM_PLACE) return 0;
  return words >= 2; /* one word at least between */
}

/* "The mill is the company's third project in Laos, bringing its total
** investment in the country to ...": the company said by its possessive
** before the figure. */
static int owned_by_company(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const owner[] = {"the company's", "the group's", "the firm's", NULL};
  return fx_any(x, s->vs, f->vs, owner) || owned_by_described_company(x, s, f);
}

/* "This year alone it has injected ...", "In 2023 it bought ...", "This
** year the company channelled ..." (qmine): a short opener of time with no
** comma, then "it" or the company referred to; only dates named before it. */
static size_t it_after_short_opener(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const subjects[] = {"it", "the company", "the group", "the firm", NULL};
  size_t to = s->ve - s->vs < 32 ? s->ve : s->vs + 32;
  size_t at = fx_first(x, s->vs, to, subjects);
  if (at == FX_NONE) return s->vs;
  for (size_t i = 0; i < s->n && s->m[i].vs < at; i++)
    if (s->m[i].kind != FM_DATE) return s->vs;
  return at;
}

/* "In Laos, it plans to invest ...", "Separately, the company will add
** ...": where the subject starts, after a short opening phrase up to its
** comma that holds no figure; else the sentence's start. */
static size_t subject_after_opener(const ivl_fctx *x, const ivl_fsent *s) {
  /* a phrase of place, time or linking, not a subject of its own ("The
  ** first phase, costing $200 million, ...") */
  static const char *const openers[] = {"in", "at", "on", "last", "earlier", "later", "meanwhile", "separately",
                                        "also", "elsewhere", "besides", "next", "this", NULL};
  if (!fx_starts_with_any(x, s->vs, openers)) return s->vs;
  size_t len = s->ve - s->vs < 40 ? s->ve - s->vs : 40;
  const char *c = memchr(x->t + s->vs, ',', len);
  if (!c) return it_after_short_opener(x, s);
  size_t p = (size_t)(c - x->t) + 1;
  for (size_t i = 0; i < s->n && s->m[i].vs < p; i++)
    if (s->m[i].kind == FM_MONEY) return s->vs;
  while (p < s->ve && x->t[p] == ' ') p++;
  return p;
}

/* "Outward investment in real estate reached $310 million in the first
** ten months": a sentence opening on the country's outward total names no
** firm, whatever company the article spoke of before. So does one whose
** opening phrases, set off by commas, name nothing but a date before it
** ("Last year, by contrast, outward investment reached only $870 million"). */
static int opens_on_outward_total(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const totals[] = {"outward investment", "outward fdi", "outward direct", "outbound investment",
                                       "outbound fdi", "outbound direct", NULL};
  if (fx_starts_with_any(x, s->vs, totals)) return 1;
  size_t at = fx_first(x, s->vs, s->ve, totals);
  if (at == FX_NONE || at < s->vs + 2 || memcmp(x->t + at - 2, ", ", 2) != 0) return 0;
  for (size_t i = 0; i < s->n && s->m[i].vs < at; i++)
    if (s->m[i].kind != FM_DATE) return 0;
  return 1;
}

/* "... a wind farm in Sekong, which Vietnamese firms are building at a cost
** of $950 million": the subject of the relative clause the figure is in,
** Việt Nam's firms at large, not a company the sentence named before
** (qvisit); the country's mention, else NULL. */
static const ivl_fm *vn_firms_of_relative(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const rel[] = {"which", "that", NULL};
  size_t from = f->vs > s->vs + 80 ? f->vs - 80 : s->vs, w = fx_last(x, from, f->vs, rel);
  if (w == FX_NONE) return NULL;
  for (size_t i = fx_mentions_from(s->m, s->n, w); i < s->n && s->m[i].vs < f->vs; i++) {
    const ivl_fm *m = &s->m[i];
    return m->vs <= w + 12 && (m->flags & FM_VN) && fx_demonym_investors(s, x, m) ? m : NULL;
  }
  return NULL;
}

static int local_firms_subject(const ivl_fctx *x, const ivl_fsent *s, size_t first_figure);

/* Who in Việt Nam invests abroad: a Vietnamese company, or Việt Nam
** ("Vietnamese firms"). */
static party vn_investor(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  const ivl_fm *at_large = vn_firms_of_relative(x, s, f);
  if (at_large) return (party){"VN", at_large, 1, 0};
  const ivl_fm *country = NULL, *firm = NULL, *founded = NULL;
  int figure_before = 0; /* an amount of the firm's before the figure's */
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    /* "Vietnamese firms have invested $37 million in Brazil, including a
    ** $25 million plant of Intimex Group": a company named after a later
    ** amount is that amount's, not the figure's */
    if (m->kind == FM_MONEY && m->vs >= f->ve) break;
    /* (the earlier amount's firm named before or after it: "a $480
    ** million mine, licensed to X, while Y received approval to expand
    ** ... by $65 million") */
    if (m->kind == FM_MONEY && m->ve <= f->vs) figure_before = 1;
    /* (not the country that only places a province: "The company, which
    ** is based in Vietnam's Dak Lak province, has also set up a unit in
    ** Dubai": the company spoken of goes on; set qweek70) */
    /* (nor Việt Nam told after the figure as where a later clause's goods
    ** or sales went: "It has invested $1.4 billion in its home plant and
    ** sold 41,000 cars in Vietnam", "... most of it from exports to
    ** Vietnam": a place, not who invests; the company "it" speaks of goes
    ** on; sets qweek75, qweek80) */
    static const char *const where[] = {"in", "to", "into", NULL};
    if (m->kind == FM_COUNTRY && (m->flags & FM_VN) && !country && !fx_country_places_next(x, m) &&
        !(m->vs >= f->ve && fx_ends_with_any(x, m->vs, where)))
      country = m;
    /* ("In 2021 it set up X Laos Co., Ltd. in Vientiane with $5 million":
    ** the unit founded; its founder is the firm "it" speaks of) */
    if (m->kind == FM_ORG && !firm && !founded && founded_by_pronoun(x, s, m)) founded = m;
    /* a Vietnamese company, or one not known to be of another country */
    /* (not a brokerage or adviser reporting another's deal: "X Securities
    ** also noted that Y completed its acquisition of ..."; set qweek76) */
    if (m->kind == FM_ORG && (m->flags & FM_COMPANY) && fx_acts(x, m) && (vn_company(x, s, m) || !m->country) &&
        !put_into(x, s, i) && m != founded && !parent_of_next(x, s, i) && !fx_adviser(x, m)) {
      /* "X set up a $35 million unit in Australia, and Y bought a stake
      ** ... for $12 million": the firm of the figure's own clause, past
      ** the first firm's figure */
      if (figure_before && m->vs < f->vs && opens_own_clause(x, m)) return (party){m->party, m, 1, 0};
      if (!firm) firm = m;
    }
  }
  if (firm) return (party){firm->party, firm, 1, 0};
  /* (the firm spoken of, when no investor was told before "it") */
  const ivl_fm *founder = founded ? anaphor_before(x, s, founded->vs) : NULL;
  if (founded && !founder && x->c.company && x->c.company->kind == FM_ORG) founder = x->c.company;
  if (founder) return (party){founder->party, founder, 1, 0};
  /* "Quảng Trị enterprises now have 21 projects in Laos ...": a
  ** locality's firms at large, not the company spoken of before (set
  ** qweek50) */
  if (local_firms_subject(x, s, f->vs)) return (party){"VN", NULL, 1, 0};
  /* "We have put $260 million into farms in Laos": the firm the answer speaks for */
  const ivl_fm *speaker = country ? NULL : inv_speakers_company(x, s);
  if (speaker && (!speaker->country || strcmp(speaker->country, "VN") == 0))
    return (party){speaker->party, speaker, 1, 0};
  /* "Vietnamese firms invested $290 million abroad. Laos got $96
  ** million, ...": the country at large goes on, not a company named
  ** before it */
  if (!country && x->c.outward_vn_sent && x->c.outward_vn_sent + 1 >= s->index + 1)
    return (party){"VN", NULL, 1, 0};
  if (!country && (the_country_subject(x, s, f) || opens_on_outward_total(x, s))) return (party){"VN", NULL, 1, 0};
  if (!country && x->c.company && x->c.company->country && strcmp(x->c.company->country, "VN") == 0)
    return (party){x->c.company->party, x->c.company, 1, 0};
  /* "VinFast broke ground on its $4 billion plant in North Carolina. The
  ** Vietnamese carmaker plans to invest $2 billion ...": the company just
  ** said to invest abroad, described */
  if (country && x->c.company && x->c.outward_age <= 2 && fx_ends_with(x, country->vs, "the") &&
      one_firm_described(x, country) &&
      (!x->c.company->country || strcmp(x->c.company->country, "VN") == 0))
    return (party){x->c.company->party, x->c.company, 1, 0};
  /* "The company said it would also add $12 million ..." right after the
  ** company was said to invest abroad; so too after an opening phrase ("In
  ** Laos, it plans to invest ...") */
  size_t subject = subject_after_opener(x, s);
  if (!country && x->c.company && !x->c.company->country && x->c.outward_age <= 2 &&
      (fx_first(x, subject, s->ve, inv_company_anaphors) == subject || fx_starts_with(x, subject, "it") ||
       /* "Its total overseas investment now stands at ...": the company
       ** whose the last fact was */
       (fx_starts_with(x, s->vs, "its") && x->c.outward_age <= 1) ||
       inv_company_subject_end(x, s) != FX_NONE || owned_by_company(x, s, f)))
    return (party){x->c.company->party, x->c.company, 1, 0};
  return country ? (party){"VN", country, 1, 0} : (party){NULL, NULL, 0, 0};
}


/* {======================================================================
** Domestic and outward investment (GUIDELINES rules 4, 12, 17)
** ======================================================================= */

/* "Osaka Filtration Vietnam", "Lotte Vietnam": the country's name as the
** last word of a company's, right after a capitalised word. */
static int ends_a_name(const ivl_fctx *x, const ivl_fm *m) {
  size_t p = m->vs;
  if (p < 2 || x->t[p - 1] != ' ' || !ivl_isalpha((unsigned char)x->t[p - 2])) return 0;
  p--;
  while (p > 0 && ivl_isalpha((unsigned char)x->t[p - 1])) p--;
  return ivl_isupper((unsigned char)x->t[p]) && p > 0 && x->t[p - 1] != '\n';
}

/* Where a part of the country said before m begins ("southern" in "a bet
** on southern Việt Nam"), else m's start: the word before it tells
** whether money goes to the country. */
size_t inv_before_area_word(const ivl_fctx *x, size_t vs) {
  static const char *const areas[] = {"southern", "northern", "central", "eastern", "western", "coastal", NULL};
  if (!fx_ends_with_any(x, vs, areas)) return vs;
  size_t p = vs;
  while (p > 0 && x->t[p - 1] == ' ') p--;
  while (p > 0 && ivl_isalpha((unsigned char)x->t[p - 1])) p--;
  return p;
}

/* "Vietnamese firms", "Việt Nam has": Việt Nam as the one that invests. */
static int vn_acts(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const people[] = {
    "firm*", "compan*", "business*", "investor*", "enterprise*", "corporation*", "group*",
    "investment*", "capital", NULL};
  if (m->kind != FM_COUNTRY || !(m->flags & FM_VN)) return 0;
  /* not where money goes: "in Việt Nam", "to Vietnam", "poured $2.4 billion
  ** into Việt Nam" */
  /* ... "entered Việt Nam"; nor one of two a relation is between ("trade
  ** between Việt Nam and Japan", "ties with Vietnam") */
  /* ... nor what a firm bets on ("a bet on southern Việt Nam"), nor the
  ** country all over which the money goes ("will add 40 stores across
  ** Vietnam", "throughout Việt Nam") */
  static const char *const goes_to[] = {"in", "to", "into", "on", "entered", "entering", "between", "with",
                                        "across", "throughout", NULL};
  if (!(m->flags & FM_DEMONYM))
    return !fx_ends_with_any(x, inv_before_area_word(x, m->vs), goes_to) && !ends_a_name(x, m) &&
           !fx_ranks_investors_in(x, m); /* "Vietnam's top investor" */
  /* "Vietnamese firms", or with one word between: "Vietnamese outward
  ** investment", "Vietnamese private enterprises" */
  size_t w = m->ve;
  while (w < x->a->view.len && x->t[w] == ' ') w++;
  size_t we = w;
  while (we < x->a->view.len && (ivl_islower((unsigned char)x->t[we]) || x->t[we] == '-')) we++;
  /* ... and "Vietnamese developer", "Vietnamese property developer": one
  ** company described by the words fx_describes_company knows */
  /* "215 Vietnamese-invested projects in Laos": Việt Nam's capital */
  static const char *const funded[] = {"-invested", "-owned", "-funded", "-backed", NULL};
  return fx_starts_with_any(x, m->ve, people) || (we > w && fx_starts_with_any(x, we, people)) ||
         fx_describes_company(x, m) || (x->t[m->ve] == '-' && fx_starts_with_any(x, m->ve, funded));
}

/* A company of Việt Nam: its origin, or "X, a Quảng Trị-based firm". */
static int vn_company(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  if (m->country) return strcmp(m->country, "VN") == 0;
  /* what describes it ends at most 40 bytes before it or starts at most 9
  ** after it: only those mentions are read (asked of each firm, every
  ** mention of the sentence made a sentence of thousands of firms
  ** quadratic: 20,000 in a list took 0.60 s, half of them 0.15 s) */
  size_t i = 0;
  if (s->n > HALVE_AFTER) {
    size_t reach = (size_t)40 + fx_longest_mention(x);
    i = sent_mention_from(s, m->vs > reach ? m->vs - reach : 0);
  }
  for (; i < s->n && s->m[i].vs <= m->ve + 9; i++) {
    const ivl_fm *p = &s->m[i];
    /* "Vietnamese conglomerate Hoang Long Holdings", "Vietnamese state
    ** utility PetroViet Power": described by its country just before */
    if (p->kind == FM_COUNTRY && (p->flags & FM_VN) && (p->flags & FM_DEMONYM) && p->ve < m->vs &&
        m->vs - p->ve <= 30 && fx_lower_words(x, p->ve, m->vs))
      return 1;
    /* "VPBank, the Vietnamese lender": described by its country in an
    ** aside right after it */
    if (p->kind == FM_COUNTRY && (p->flags & FM_VN) && (p->flags & FM_DEMONYM) && p->vs > m->ve &&
        p->vs - m->ve <= 6 && x->t[m->ve] == ',' && (fx_ends_with(x, p->vs, "the") || fx_ends_with(x, p->vs, "a")))
      return 1;
    /* "Hoa Sen Snack JSC, Vietnam's third largest snack maker", "X JSC, one
    ** of Việt Nam's largest ...": Việt Nam's own, said in the aside */
    if (p->kind == FM_COUNTRY && (p->flags & FM_VN) && !(p->flags & FM_DEMONYM) && p->vs > m->ve &&
        x->t[m->ve] == ',' && (p->vs - m->ve <= 2 || (p->vs - m->ve <= 9 && fx_ends_with(x, p->vs, "one of"))) &&
        fx_possessive(x, p))
      return 1;
    if (p->vs >= m->ve && p->vs - m->ve <= 6 && (p->flags & FM_VN) && p->kind == FM_PLACE &&
        fx_starts_with(x, p->ve, "-based"))
      return 1;
    /* "Hà Nội-based Phương Bắc Agritech JSC", "a Đà Nẵng-based logistics firm X" */
    if (p->ve < m->vs && m->vs - p->ve <= 40 && (p->flags & FM_VN) && p->kind == FM_PLACE &&
        fx_based_in(x, p) && fx_lower_words(x, p->ve + 6, m->vs))
      return 1;
  }
  return 0;
}

/* "Among the domestic investors, X was approved to build ...": a firm
** that opens the main clause after an opening phrase of lower-case words
** naming domestic investors (no comma before its own) is one of them. */
static int opened_as_domestic(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  if (m->vs < s->vs + 12 || x->t[m->vs - 2] != ',' || x->t[m->vs - 1] != ' ') return 0;
  size_t comma = m->vs - 2;
  if (memchr(x->t + s->vs, ',', comma - s->vs) || !fx_lower_words(x, s->vs + 1, comma)) return 0;
  return fx_find(x, s->vs, comma, "domestic") != FX_NONE;
}

/* "Trường Hải Agri, a unit of Thaco, is expanding. The Vietnamese farm
** group said it would invest VNĐ2.5 trillion": Việt Nam's demonym after
** "the", before a firm's noun, refers to the company just spoken of (as
** "the Japanese firm" does for a foreign one), when that company is
** Vietnamese by its country or by a name written in Vietnamese letters
** (not a firm of no known country: "Sunwise Energy"); its clause holds
** the figure. */
static int vietnamese_company(const ivl_fm *c) {
  if (c->country) return strcmp(c->country, "VN") == 0;
  for (const unsigned char *p = (const unsigned char *)c->party; p && *p; p++)
    if (*p >= 0x80) return 1;
  return 0;
}

/* "Japan's X has bought 40 per cent of Hồ Tây Hospitality ... The
** Vietnamese firm will use the money to build ...": with a foreign company
** spoken of, "the Vietnamese firm" is the last Vietnamese company named in
** the few sentences before (set qhotel); NULL when none is. */
static const ivl_fm *vietnamese_firm_before(const ivl_fctx *x, const ivl_fm *d) {
  for (const ivl_fm *p = d; p-- > x->m && p->ve + 600 > d->vs;)
    if (p->kind == FM_ORG && (p->flags & FM_COMPANY) && vietnamese_company(p)) return p;
  return NULL;
}

const ivl_fm *inv_domestic_firm_referred(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  const ivl_fm *c = x->c.company;
  if (!c || c->kind != FM_ORG) return NULL;
  for (size_t i = 0; i < s->n && s->m[i].ve <= f->vs; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs >= f->cs && m->kind == FM_COUNTRY && (m->flags & FM_VN) && (m->flags & FM_DEMONYM) &&
        anaphoric_demonym(x, m))
      return vietnamese_company(c) ? company_of_demonym(x, m) : vietnamese_firm_before(x, m);
  }
  return NULL;
}

/* "Domestic developer Cam Ranh Bay Resorts JSC was approved to build a
** VNĐ4.2 trillion resort": a domestic firm named as the subject before the
** figure, in its clause. */
const ivl_fm *inv_domestic_firm_before(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  /* "Sun Group has raised the capital ... by VNĐ6 trillion, to VNĐ25
  ** trillion": the total an increase brings it to is the same firm's, though
  ** said in a clause of its own */
  /* (also "..., raising the plant's total investment to VNĐ39 trillion":
  ** a total brought to, in a clause with no subject of its own) */
  static const char *const raising[] = {"raising", "bringing", "lifting", "taking", NULL};
  size_t from = f->raised_to ? s->vs : f->cs;
  if (!f->raised_to && f->stock && fx_ends_with(x, f->vs, "to") &&
      fx_first(x, f->vs > s->vs + 60 ? f->vs - 60 : s->vs, f->vs, raising) != FX_NONE)
    from = s->vs;
  const ivl_fm *owner = owner_worth_before(x, s, f);
  if (owner) return owner;
  for (size_t i = 0; i < s->n && s->m[i].ve <= f->vs; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < from || m->kind != FM_ORG || !(m->flags & FM_COMPANY) || !fx_acts(x, m)) continue;
    /* (not a firm whose tie to the next is told: "X's other large
    ** shareholder is Vietnamese conglomerate Y, which bought ...": Y) */
    if (possessive_of_next(x, s, i, f->vs)) continue;
    /* (a trade of three words between: "domestic medical supplies maker
    ** X JSC", qpharma; only lower-case words may stand between) */
    size_t back = m->vs > s->vs + 48 ? m->vs - 48 : s->vs;
    size_t d = fx_find(x, back, m->vs, "domestic");
    if ((d != FX_NONE && fx_lower_words(x, d + 8, m->vs)) || vn_company(x, s, m) || opened_as_domestic(x, s, m))
      return m;
    /* "Minh Phát Construction JSC, a domestic firm, registered ...": said
    ** in the firm's appositive */
    if (m->vs <= from + 1 && m->ve + 16 < f->vs && x->t[m->ve] == ',') {
      d = fx_find(x, m->ve + 1, m->ve + 16, "domestic");
      if (d != FX_NONE && fx_lower_words(x, m->ve + 1, d)) return m;
    }
  }
  /* "..., led by Hưng Phát Group's VNĐ7.2 trillion industrial park
  ** project": the firm whose possessive the figure follows owns it, as
  ** "a VNĐ9.4 trillion project of X" is X's (one not known to be foreign) */
  for (size_t i = s->n; i-- > 0;) {
    const ivl_fm *m = &s->m[i];
    if (m->ve > f->vs) continue;
    size_t pos = m->kind == FM_ORG && (m->flags & FM_COMPANY) ? fx_possessive(x, m) : 0;
    if (pos && m->ve + pos + 1 >= f->vs && (!m->country || strcmp(m->country, "VN") == 0)) return m;
    break;
  }
  /* "..., led by Đông Hải Logistics JSC, which plans a VNĐ1 trillion
  ** logistics centre": the firm the relative clause holding the figure is
  ** about (one not known to be foreign) */
  const char *const *rel = firm_relatives;
  for (size_t i = s->n; i-- > 0;) {
    const ivl_fm *m = &s->m[i];
    if (m->ve > f->vs) continue;
    if (m->kind != FM_ORG || !(m->flags & FM_COMPANY) || f->vs - m->ve > 60) return NULL;
    if (m->country && strcmp(m->country, "VN") != 0) return NULL;
    /* ... or the one joined to it by "with": "led by X with a VNĐ8.5
    ** trillion expansion project" */
    if (fx_starts_with(x, m->ve, "with") && fx_lower_words(x, m->ve, f->vs)) return m;
    if (x->t[m->ve] != ',' || !fx_starts_with_any(x, m->ve + 1, rel) || memchr(x->t + m->ve + 1, ',', f->vs - m->ve - 1))
      return NULL;
    return m;
  }
  return NULL;
}

/* "Prudential Vietnam Finance", "Lotte Việt Nam": a name holding the
** country's. */
static int named_for_vn(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const vn[] = {"vietnam", "việt nam", "viet nam", NULL};
  return fx_any(x, m->vs, m->ve, vn);
}

int inv_sells(const ivl_fctx *x, size_t pos) {
  static const char *const before[] = {"has", "have", "had", "agreed to", "will", "is to", NULL};
  if (fx_starts_with_any(x, pos, sale_words)) return 1;
  size_t e = fx_first(x, pos, pos + 14 < x->a->view.len ? pos + 14 : x->a->view.len, sale_words);
  return e != FX_NONE && fx_starts_with_any(x, pos, before) && fx_lower_words(x, pos, e);
}

/* "Lộc Phát Bank", "Đông Á Steel": a name with letters only Vietnamese
** writes (vn_spelling.c). */
static int vn_spelt(const ivl_fctx *x, const ivl_fm *m) { return ivl_names_vn_letters(x->t, m->vs, m->ve); }

/* Fold w[0, n) into out (room 8): the vowels Vietnamese shares with
** Latin-1 ("à", "ô", "ý") to their letters, combining marks (NFD) left
** out, so "Thành" is read as "Thanh"; 0 when it does not fit or holds
** another letter outside ASCII. */
static size_t fold_latin_vowels(const char *w, size_t n, char out[8]) {
  /* C3 80-BF: À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß, then the lower */
  static const char latin[] = "AAAA....EEE.II....OOOO...UU..Y..";
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)w[i];
    if (k == 8) return 0;
    if (c < 0x80) {
      out[k++] = (char)c;
    } else if (c == 0xC3 && i + 1 < n && (unsigned char)w[i + 1] >= 0x80 && (unsigned char)w[i + 1] <= 0xBF) {
      unsigned char d = (unsigned char)w[++i];
      char l = latin[(d - 0x80) & 0x1F];
      if (l == '.') return 0;
      out[k++] = d >= 0xA0 ? (char)(l | 0x20) : l;
    } else if ((c == 0xCC && i + 1 < n) || (c == 0xCD && i + 1 < n && (unsigned char)w[i + 1] <= 0xAF)) {
      i++; /* a combining mark */
    } else {
      return 0;
    }
  }
  return k;
}

/* "a stake in Tan Hung Consumer", "51 per cent of Phu An Retail": a firm's
** name of two or more Vietnamese syllables written without marks, then a
** word of its own (its trade's), at most five words in all. */
static int vn_spelt_plain(const ivl_fctx *x, const ivl_fm *m) {
  size_t words = 0, syllables = 0, s = m->vs;
  char w[8];
  for (size_t p = m->vs; p <= m->ve; p++) {
    if (p < m->ve && x->t[p] != ' ') continue;
    if (p == s) return 0;
    words++;
    /* the syllables of its own name, then a word of its trade and maybe
    ** its legal form ("Tân Á Cables JSC", "Phú Gia Finance Co., Ltd") */
    size_t n = syllables + 1 == words ? fold_latin_vowels(x->t + s, p - s, w) : 0;
    if (n && ivl_isupper((unsigned char)w[0]) && ivl_names_vn_syllable(w, n))
      syllables++;
    else if (!ivl_isupper((unsigned char)x->t[s]) || words - syllables > 3)
      return 0;
    s = p + 1;
  }
  /* (a legal form of two words: "Phú Gia Finance Co., Ltd") */
  return syllables >= 2 && words > syllables && words <= 6;
}

/* "a 25 per cent stake in the Vietnamese snack maker": a company of Việt
** Nam told by its description, not named, after the buyer; where it is
** the sentence does not say, so the money goes to Việt Nam. So too with
** no article, the firm's name after its description ("a 35% stake in
** Vietnamese apparel exporter X", set qweek15), over the place the
** article spoke of before. */
int inv_stake_in_described_vn(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *buyer) {
  static const char *const stake_in[] = {"stake in the", "stakes in the", "stake in a", "shares in the",
                                         "stake in", "stakes in", NULL};
  if (!buyer) return 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_COUNTRY && (m->flags & FM_VN) && (m->flags & FM_DEMONYM) && m->vs > buyer->ve &&
        fx_ends_with_any(x, m->vs, stake_in) && fx_describes_company(x, m))
      return 1;
  }
  return 0;
}

/* Does the article state any amount in đồng (a business story of Việt
** Nam's, whose firms of no stated country are Vietnamese)? Asked only of a
** stake bought where the article names no place. */
static int article_in_dong(const ivl_fctx *x) {
  for (size_t i = 0; i < x->nm; i++)
    if (x->m[i].kind == FM_MONEY && x->m[i].value_s && strcmp(x->m[i].value_s, "VND") == 0) return 1;
  return 0;
}

/* "Kaiyo first bought into the company in 2022, paying $48 million for a
** 25 per cent stake": the company named before (not the buyer), bought
** into again under its anaphor; one of Việt Nam's (its origin, its name
** spelt in Vietnamese or for Việt Nam) is bought into as its name would
** be, whatever place the article names later. */
static int anaphor_bought_vn(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *buyer) {
  static const char *const into[] = {"into the company", "into the firm", "into the group", "in the company",
                                     "in the firm", NULL};
  size_t at = fx_first(x, buyer->ve, s->ve, into);
  if (at == FX_NONE || !fx_lower_words(x, buyer->ve, at)) return 0;
  /* the last firm named before the sentence, not the buyer under a name
  ** of its own ("Kaiyo" of "Kaiyo Foods Corp"), at most a sentence back */
  size_t bn = buyer->ve - buyer->vs;
  for (size_t i = fx_mention_from(x, s->vs); i-- > 0;) {
    const ivl_fm *c = &x->m[i];
    if (c->ve + 400 < s->vs) break;
    if (c->kind != FM_ORG) continue;
    if (c->ve - c->vs >= bn && memcmp(x->t + c->vs, x->t + buyer->vs, bn) == 0) return 0;
    /* (or written with the Vietnamese legal form after it, "Tân Phú Dairy
    ** JSC": a joint stock company of Việt Nam's) */
    return (c->country && strcmp(c->country, "VN") == 0) || vn_spelt(x, c) || named_for_vn(x, c) ||
           (c->ve - c->vs > 4 && memcmp(x->t + c->ve - 4, " JSC", 4) == 0);
  }
  return 0;
}

/* "Japan's Mitsubishi has bought a 20 per cent stake in Vietnamese food
** maker Masan MEATLife for $400 million": the money buys into a company of
** Việt Nam, named after the buyer; with no place named, Việt Nam is where
** it goes. */
int inv_buys_into_vn_company(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *buyer) {
  /* ("raised its holding in steel pipe maker X JSC": a stake too) */
  static const char *const buys[] = {"stake", "stakes", "shares", "acquire*", "acquisition", "bought", "buy*",
                                     "purchas*", "invest", "invests", "investing", "invested", "holding in",
                                     NULL};
  static const char *const share_of[] = {"per cent of", "percent of", NULL};
  if (!buyer || (!fx_any(x, s->vs, s->ve, buys) && !fx_any(x, s->vs, s->ve, share_of))) return 0;
  /* "Vinamilk said ThaiBev would pay $150 million for a stake in its
  ** beverage unit": the reporting Vietnamese company's own unit */
  /* (a reporter not known to be foreign, of a buyer that is: "Thailand's
  ** Siam Gems", "Alibaba") */
  static const char *const its[] = {"stake in its", "stakes in its", "shares in its", "shares of its", NULL};
  int foreign = buyer->country && strcmp(buyer->country, "VN") != 0;
  for (size_t i = 0; i < s->n && s->m[i].ve <= buyer->vs && !foreign; i++)
    foreign = &s->m[i + 1] == buyer && s->m[i].kind == FM_COUNTRY && !(s->m[i].flags & FM_VN) &&
              fx_possessive(x, &s->m[i]) && s->m[i].ve + fx_possessive(x, &s->m[i]) + 1 >= buyer->vs;
  for (size_t i = 0; i < s->n && s->m[i].ve <= buyer->vs; i++)
    if (s->m[i].kind == FM_ORG && &s->m[i] != buyer && (vn_company(x, s, &s->m[i]) || (foreign && !s->m[i].country)) &&
        reports_another(x, s, i, s->ve, 1) && fx_any(x, buyer->ve, s->ve, its))
      return 1;
  /* "Masan Group sold a 25 per cent stake in its retail arm to Alibaba":
  ** a Vietnamese company selling what is its own */
  for (size_t i = 0; i < s->n && s->m[i].ve <= buyer->vs; i++)
    if (s->m[i].kind == FM_ORG && &s->m[i] != buyer && vn_company(x, s, &s->m[i]) &&
        inv_sells(x, s->m[i].ve))
      return 1;
  if (inv_stake_in_described_vn(x, s, buyer)) return 1;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    /* ... or a firm's unit named for Việt Nam ("Prudential Vietnam Finance"),
    ** or one spelt in Vietnamese ("a stake in Lộc Phát Bank") */
    /* (or, bought by a buyer known to be foreign, a firm of no country the
    ** sentence says, in an article of amounts in đồng: "Japan's X completed
    ** the purchase of a 15 per cent stake in LHBank", the bank's loans told
    ** in VNĐ; asked only where the article names no place at all; not "a
    ** stake in Crème Pharma for $60 million" alone) */
    int no_home = foreign && m->kind == FM_ORG && !m->country && article_in_dong(x) &&
                  !(i > 0 && s->m[i - 1].kind == FM_COUNTRY && s->m[i - 1].ve + 3 >= m->vs) &&
                  !(i + 1 < s->n && s->m[i + 1].kind == FM_COUNTRY && s->m[i + 1].vs <= m->ve + 4) &&
                  fx_find(x, m->vs, m->ve, "of") == FX_NONE; /* "Siam Lotus Bank of Thailand" */
    /* (or, bought by a buyer known to be foreign, a firm spelt in
    ** Vietnamese without its marks, no country said beside it: "Japan's
    ** X acquired 51 per cent of Phu An Retail") */
    int plain = foreign && m->kind == FM_ORG && !m->country &&
                !(i > 0 && s->m[i - 1].kind == FM_COUNTRY && s->m[i - 1].ve + 3 >= m->vs) &&
                !(i + 1 < s->n && s->m[i + 1].kind == FM_COUNTRY && s->m[i + 1].vs <= m->ve + 4) &&
                vn_spelt_plain(x, m);
    if (m->kind != FM_ORG || m->vs < buyer->ve || m == buyer ||
        !(vn_company(x, s, m) || named_for_vn(x, m) || vn_spelt(x, m) || no_home || plain))
      continue;
    /* "a stake in X", "acquired X": the company bought right after the words */
    size_t back = m->vs > buyer->ve + 60 ? m->vs - 60 : buyer->ve;
    if (fx_any(x, back, m->vs, buys)) return 1;
    /* "paid VNĐ20.3 trillion for 15 per cent of X": a share of it bought */
    if (fx_ends_with_any(x, m->vs, share_of) && fx_any(x, back, m->vs, ivl_lexicon(LEX_PUTTING))) return 1;
  }
  return anaphor_bought_vn(x, s, buyer);
}

/* Does a role of receiving ("recipient", "destination") come at 'from'
** after lower-case words only? */
static int receiving_role_at(const ivl_fctx *x, size_t from) {
  static const char *const roles[] = {"recipient*", "destination*", NULL};
  size_t to = from + 50 < x->a->view.len ? from + 50 : x->a->view.len;
  size_t at = fx_first(x, from, to, roles);
  return at != FX_NONE && fx_lower_words(x, from, at);
}

/* "India was Vietnam's fourth largest outward investment destination":
** Việt Nam's own destinations, ranked (the possessive of Việt Nam, then
** the role). */
static int vn_destination_of(const ivl_fctx *x, const ivl_fm *m) {
  if (m->kind != FM_COUNTRY || !(m->flags & FM_VN) || (m->flags & FM_DEMONYM)) return 0;
  size_t after = m->ve + fx_possessive(x, m);
  return after > m->ve && receiving_role_at(x, after);
}

/* "Singapore was the largest recipient of Vietnamese investment", "Laos
** remained the top destination for Vietnamese capital": a country said to
** receive, not to invest. */
static int receives(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  const ivl_fm *m = &s->m[i];
  if (receiving_role_at(x, m->ve)) return 1;
  /* "India was Vietnam's fourth largest ... destination" */
  static const char *const be[] = {"was", "is", "became", "remained", "remains", NULL};
  return i + 1 < s->n && vn_destination_of(x, &s->m[i + 1]) && fx_starts_with_any(x, m->ve, be) &&
         s->m[i + 1].vs - m->ve <= 10;
}

/* "Laos has 215 Vietnamese-invested projects", "Cambodia hosts 200
** projects of Vietnamese investors": a country holding Việt Nam's. */
static int hosts_vietnamese(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  static const char *const holds[] = {"has", "hosts", "is home to", "currently has", "now has", NULL};
  if (!fx_starts_with_any(x, s->m[i].ve, holds)) return 0;
  for (size_t j = i + 1; j < s->n; j++)
    if (vn_acts(x, &s->m[j])) return 1;
  return 0;
}

/* "Pakistan received $2.1m in foreign direct investment from Vietnam",
** "Laos drew $9 million from Vietnamese investors": between a country's
** money drawn and whose it is, only "from" and the words naming the money
** as investment (set qweek79). */
static int investment_from(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const words[] = {"in", "of", "new", "foreign", "direct", "investment", "investments", "fdi",
                                      "capital", "from", NULL};
  if (to < from || to - from > 48 || !fx_ends_with(x, to, "from")) return 0;
  for (size_t i = from; i < to;) {
    if (x->t[i] == ' ') {
      i++;
      continue;
    }
    size_t j = i;
    while (j < to && ivl_isalpha((unsigned char)x->t[j])) j++;
    if (j == i || !fx_starts_with_any(x, i, words)) return 0;
    i = j;
  }
  return 1;
}

/* "Australia attracted $158 million of Vietnamese capital": a country
** drawing Việt Nam's money, the demonym of Việt Nam after "of" right
** after the figure that follows the verb. */
static int draws_vietnamese(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  static const char *const draws[] = {"attracted", "drew", "received", "absorbed", "took in", "lured", NULL};
  const ivl_fm *m = &s->m[i];
  if (!fx_starts_with_any(x, m->ve, draws)) return 0;
  for (size_t j = i + 1; j + 1 < s->n && j < i + 4; j++)
    if (s->m[j].kind == FM_MONEY)
      return ((s->m[j + 1].vs - s->m[j].ve <= 5 && fx_ends_with(x, s->m[j + 1].vs, "of")) ||
              investment_from(x, s->m[j].ve, s->m[j + 1].vs)) &&
             vn_acts(x, &s->m[j + 1]);
  return 0;
}

/* A country before the first figure drawing Việt Nam's money
** ("Australia attracted $158 million of Vietnamese capital"). */
static int country_draws_vietnamese(const ivl_fctx *x, const ivl_fsent *s, size_t first_figure) {
  for (size_t i = 0; i < s->n && s->m[i].ve <= first_figure; i++)
    if (s->m[i].kind == FM_COUNTRY && !(s->m[i].flags & FM_VN) && draws_vietnamese(x, s, i)) return 1;
  return 0;
}

/* "Businesses headquartered in HCM City invested ...": the home of the
** firms that invest, a Vietnamese place after "headquartered in" or
** "based in" right after the firms' noun. */
static int firms_at_home_in(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const seat[] = {"headquartered in", "based in", NULL};
  static const char *const firms[] = {"enterprises", "firms", "companies", "businesses", "investors", NULL};
  if (m->kind != FM_PLACE || !(m->flags & FM_VN) || !fx_ends_with_any(x, m->vs, seat)) return 0;
  size_t back = m->vs > 36 ? m->vs - 36 : 0;
  return fx_any(x, back, m->vs, firms);
}

/* Words that tell whose counted projects are: "200 projects of
** Vietnamese investors", "projects from Việt Nam". */
static const char *const whose[] = {"of", "by", "from", NULL};

/* "Vietnam's Tay Ninh approves $1.4 bln", "Việt Nam's southern province
** of Tây Ninh handed ...": the country's possessive before one of its own
** places (lower-case words between) tells where the place is; the place,
** not the country, is who the sentence is about. */
static int owns_next_place(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  const ivl_fm *m = &s->m[i];
  size_t pos = m->kind == FM_COUNTRY && (m->flags & FM_VN) && !(m->flags & FM_DEMONYM) ? fx_possessive(x, m) : 0;
  if (!pos || i + 1 >= s->n) return 0;
  const ivl_fm *n = &s->m[i + 1];
  return n->kind == FM_PLACE && (n->flags & FM_VN) && n->vs - m->ve <= 40 && fx_lower_words(x, m->ve + pos, n->vs);
}

/* "In 2023 it bought a 30% stake in Vietnamese vocational college operator
** X for $12 million": the demonym describes the firm bought (named next,
** right after the words of buying), no Vietnamese buyer; the buyer is "it"
** (and the firm bought, vn_subject skips too). */
/* (or in the aside right after its name: "In 2022 it bought a 30 per cent
** stake in Andes Beans, a Colombian exporter of green coffee, for $12
** million": that firm's country, not who buys; set qoutw) */
static int describes_firm_bought(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  const ivl_fm *m = &s->m[i];
  if (m->kind != FM_COUNTRY) return 0;
  /* (there a country's name too: "Kiwi Milk, a New Zealand maker of ...") */
  const ivl_fm *before = i > 0 ? &s->m[i - 1] : NULL;
  if (before && before->kind == FM_ORG && x->t[before->ve] == ',' && m->vs <= before->ve + 6 &&
      fx_describes_company(x, m) && fx_bought_company(x, before))
    return 1;
  if (!(m->flags & FM_DEMONYM)) return 0;
  size_t j = i + 1;
  while (j < s->n && s->m[j].kind == FM_SECTOR) j++; /* its trade a sector: "retail chain" */
  return j < s->n && s->m[j].kind == FM_ORG && s->m[j].vs - m->ve <= 60 && fx_bought_company(x, &s->m[j]);
}

/* Does the sentence call a firm bought before 'to' Vietnamese ("bought a
** 30% stake in Vietnamese vocational college operator X")? */
int inv_vn_firm_bought_before(const ivl_fctx *x, const ivl_fsent *s, size_t to) {
  for (size_t i = 0; i < s->n && s->m[i].ve <= to; i++)
    if ((s->m[i].flags & FM_VN) && describes_firm_bought(x, s, i)) return 1;
  return 0;
}

/* "In 2023 the company also bought ...", "In September, it won ...", "Last
** year it opened ...": where the sentence's subject starts, past an opening
** phrase of time (a date after "In", or a relative one); else s->vs. */
size_t inv_past_time_opening(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const relative[] = {"last year", "last month", "this year", "earlier this year", NULL};
  size_t p = FX_NONE;
  if (s->n && s->m[0].kind == FM_DATE && s->m[0].vs == s->vs + 3 && fx_starts_with(x, s->vs, "in")) p = s->m[0].ve;
  for (int k = 0; p == FX_NONE && relative[k]; k++)
    if (fx_starts_with(x, s->vs, relative[k])) p = s->vs + strlen(relative[k]);
  if (p == FX_NONE) return s->vs;
  if (p < s->ve && x->t[p] == ',') p++;
  while (p < s->ve && x->t[p] == ' ') p++;
  return p;
}

/* "Chief executive Đỗ Minh Khoa said the company plans to put $5 million
** into a subsidiary in the Philippines": where the reported clause starts,
** past a person's "said" opening the sentence; else s->vs. */
static size_t past_speaker_opening(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const says[] = {"said that", "said", "says that", "says", NULL};
  for (size_t i = 0; i < s->n && s->m[i].vs < s->vs + 48; i++) {
    if (s->m[i].kind != FM_PERSON) continue;
    size_t p = s->m[i].ve;
    while (p < s->ve && x->t[p] == ' ') p++;
    for (int k = 0; says[k]; k++)
      if (fx_starts_with(x, p, says[k])) {
        p += strlen(says[k]);
        while (p < s->ve && x->t[p] == ' ') p++;
        return p;
      }
    return s->vs;
  }
  return s->vs;
}

/* The first one the sentence says invests, before its first figure: a
** Vietnamese company or Việt Nam. */
static int vn_subject(const ivl_fctx *x, const ivl_fsent *s, size_t to) {
  /* "It added $23 million to its Peruvian unit": the company spoken of (so
  ** too after a time: "In 2023 the company also bought a stake in a mine
  ** in Australia", set qprofile) */
  static const char *const it[] = {"it", "the company", "the group", "the firm", NULL};
  if (x->c.company && x->c.company->country && strcmp(x->c.company->country, "VN") == 0) {
    size_t subject = inv_past_time_opening(x, s);
    if (subject < to && fx_first(x, subject, to, it) == subject) return 1;
    /* (or after its speaker: "Chief executive X said the company plans to
    ** put $5 million into a subsidiary in the Philippines", set qfintech) */
    subject = past_speaker_opening(x, s);
    if (subject > s->vs && subject < to && fx_first(x, subject, to, it) == subject) return 1;
  }
  static const char *const based[] = {"enterprises", "firms", "companies", "businesses", "investors", NULL};
  for (size_t i = 0; i < s->n && s->m[i].ve <= to; i++) {
    const ivl_fm *m = &s->m[i];
    /* (not where the wire was filed: "SINGAPORE, Oct 3 (Reuters) -
    ** Vietnam's FPT ...", no subject of the sentence) */
    if (m->flags & FM_DATELINE) continue;
    if (owns_next_place(x, s, i) || names_source_body(x, s, i)) continue;
    if (describes_firm_bought(x, s, i) || (m->kind == FM_ORG && fx_bought_company(x, m))) continue;
    if (vn_acts(x, m) || vn_destination_of(x, m)) return 1;
    /* "Hà Nội-based enterprises invested $312 million in 41 projects abroad" */
    if (m->kind == FM_PLACE && (m->flags & FM_VN) && fx_based_in(x, m) &&
        fx_any(x, m->ve + 6, m->ve + 24, based))
      return 1;
    if (firms_at_home_in(x, m)) return 1;
    /* "Vinamilk said Thailand's ThaiBev would pay ...": the company
    ** that reports another's purchase is not the one that invests */
    if (m->kind == FM_ORG && (m->flags & FM_COMPANY) && fx_acts(x, m) && !reports_another(x, s, i, to, 1))
      return vn_company(x, s, m);
    if (m->kind == FM_COUNTRY && !(m->flags & FM_VN) && draws_vietnamese(x, s, i)) return 1;
    if (m->kind == FM_COUNTRY && !(m->flags & FM_VN) && !fx_ends_with(x, m->vs, "in") && !receives(x, s, i) &&
        !hosts_vietnamese(x, s, i))
      return 0;
  }
  /* "There are 215 Vietnamese-invested projects in Laos": said inside the
  ** count that is the first figure */
  for (size_t i = 0; i < s->n && s->m[i].vs <= to; i++) {
    const ivl_fm *c = &s->m[i];
    if (c->kind != FM_COUNT || c->vs != to) continue;
    size_t j = i + 1;
    for (; j < s->n && s->m[j].ve <= c->ve; j++)
      if (vn_acts(x, &s->m[j])) return 1;
    /* ... or right after it: "200 projects of Vietnamese investors",
    ** "projects from Việt Nam" */
    if (j < s->n && s->m[j].vs >= c->ve && s->m[j].vs - c->ve <= 6 && fx_ends_with_any(x, s->m[j].vs, whose) &&
        vn_acts(x, &s->m[j]))
      return 1;
  }
  /* "Outward FDI tops $600m", "Outbound investment slows": the country's
  ** own, no one else named before it */
  static const char *const outward[] = {"outward fdi", "outward investment*", "outward direct", "outbound fdi",
                                        "outbound investment*", "outbound direct", NULL};
  return fx_any(x, s->vs, to, outward);
}

/* "a stake in a British regional carrier", "$500 million in an Indonesian
** assembly plant": works the money goes into, named by a noun up to three
** lower-case words after the country's demonym. */
static int works_abroad(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const nouns[] = {
    "plant", "plants", "factory", "factories", "project", "mine", "farm", "plantation", "resort", "hotel",
    "complex", "facility", "carrier", "port", "mall", "refinery", "store", "stores", NULL};
  return fx_noun_within_three(x, m->ve, nouns);
}

/* "a stake in a Malaysian gas distributor", "the acquisition of an
** Australian miner": a company abroad, described by its country, that the
** money buys into (or works of it); the country is where it goes. */
static int company_bought_into(const ivl_fctx *x, const ivl_fm *m) {
  /* ... and with no article after the words of a purchase: "a 33 per
  ** cent stake in Australian airline Bonza", "acquired Thai retailer X" */
  /* (so a whole firm bought: "agreed to buy Australian scrap recycler X",
  ** "is acquiring Korean IT consultancy X") */
  /* (and the firm told again: "first invested in the Lao carrier in 2012") */
  /* (and a share of it bought: "70 per cent of Cambodian microlender X") */
  static const char *const into[] = {"in a", "in an", "in the", "into a", "into an", "into the", "of a", "of an", "stake in",
                                     "stakes in", "shares in", "acquired", "bought", "acquire", "acquires",
                                     "acquiring", "buy", "buys", "buying", "acquisition of", "takeover of",
                                     "per cent of", "percent of",
                                     /* "completed the purchase of Polish software house X", "bought a
                                     ** German software maker" */
                                     "purchase of", "bought a", "bought an", "acquired a", "acquired an",
                                     "buy a", "buy an", NULL};
  return (m->flags & FM_DEMONYM) && fx_ends_with_any(x, m->vs, into) &&
         (fx_describes_company(x, m) || works_abroad(x, m));
}

/* "has bought 25 per cent of Cambodia's Angkor Milk", "acquired Thailand's
** X": a firm abroad bought into, said by its country's possessive right
** before its name after the words of a purchase (a stake "in Cambodia's
** X" is already where money goes: goes_towards). */
static int possessive_firm_bought_into(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const bought[] = {"per cent of", "percent of", "% of", "acquired", "bought", "acquire",
                                       "acquires", "acquiring", "buy", "buys", "buying", "acquisition of",
                                       "takeover of", NULL};
  if (m->kind != FM_COUNTRY || (m->flags & FM_DEMONYM) || m < x->m || m + 1 >= x->m + x->nm) return 0;
  size_t pos = fx_possessive(x, m);
  const ivl_fm *firm = m + 1;
  return pos && firm->kind == FM_ORG && firm->vs <= m->ve + pos + 1 && fx_ends_with_any(x, m->vs, bought);
}

/* "a stake in Singapore-based retailer X", "in Thai Vietjet, its
** Thailand-based affiliate": the home of a company the money goes into,
** not of the one that invests ("Singapore-based X invested ..."). */
/* ... "acquired Singapore-based X", "a stake in a US-based firm"; and in
** the aside on the company bought into: "a stake in Intertec, a US-based
** IT services firm" (not "X, a Singapore-based fund, bought ...": its
** subject) */
static const char *const based_into[] = {"in", "into", "its", "their", "in a", "in an", "into a", "into an",
                                         /* "raised its holding in the Đà Nẵng-based port operator X" */
                                         "in the", "into the",
                                         "acquired", "acquire", "acquires", "acquiring", "bought", "buy",
                                         "buys", "buying", "acquisition of", "takeover of", "per cent of",
                                         "percent of", "per cent of a", "per cent of an", "percent of a",
                                         "percent of an",
                                         /* "acquiring 49 per cent of the Vientiane-based carrier":
                                         ** the firm bought, told again by its seat and trade */
                                         "per cent of the", "percent of the", "acquired the", "acquiring the",
                                         "bought the", "buying the", "acquisition of the", "takeover of the", NULL};
/* Does the text before p end with a share written with its sign, "49%
** of", "49% of the"? (The lists' "per cent of" are words; "%" follows a
** digit with no break, so it is asked here.) */
static int sign_share_of_before(const ivl_fctx *x, size_t p) {
  static const char *const articles[] = {"the", "a", "an", NULL};
  while (p > 0 && x->t[p - 1] == ' ') p--;
  if (fx_ends_with_any(x, p, articles)) {
    while (p > 0 && ivl_isalpha((unsigned char)x->t[p - 1])) p--;
    while (p > 0 && x->t[p - 1] == ' ') p--;
  }
  if (!fx_ends_with(x, p, "of")) return 0;
  p -= 2;
  while (p > 0 && x->t[p - 1] == ' ') p--;
  return p > 1 && x->t[p - 1] == '%' && ivl_isdigit((unsigned char)x->t[p - 2]);
}

/* Where the firm's trade before its name at p starts, with the demonym
** before it ("a stake in Vietnamese shrimp processor X, based in Cần
** Thơ": the start of "Vietnamese"); p when no lower-case word is there.
** One to three lower-case words, then one capitalised word at most. */
static size_t trade_before_name(const ivl_fctx *x, const ivl_fsent *s, size_t p) {
  /* (no trade past a preposition: "buy the shares from X, a Hanoi-based
  ** fund", X the seller, not the firm bought) */
  static const char *const preps[] = {"from", "by", "with", "to", NULL};
  if (fx_ends_with_any(x, p, preps)) return p;
  size_t start = p;
  int lower = 0, upper = 0;
  while (lower + upper < 4) {
    size_t e = start;
    while (e > s->vs && x->t[e - 1] == ' ') e--;
    size_t b = e;
    while (b > s->vs && ivl_isalpha((unsigned char)x->t[b - 1])) b--;
    if (b == e || (b > s->vs && x->t[b - 1] != ' ')) break;
    if (ivl_isupper((unsigned char)x->t[b])) {
      if (!lower || upper) break;
      upper = 1;
    } else if (upper || fx_ends_with_any(x, e, based_into) || sign_share_of_before(x, e)) {
      break; /* "in", "buy": the word the caller looks for */
    } else {
      lower++;
    }
    start = b;
  }
  return lower ? start : p;
}

/* Is the aside that starts after the comma at p - 1 ("X, a ...") said of
** a company bought into ("a stake in X, a ...")? */
static int aside_bought_into(const ivl_fctx *x, const ivl_fsent *s, size_t p) {
  /* back over the capitalised words of the name before the comma */
  p--;
  /* (and over its acronym in brackets: "a stake in Phương Nam Commercial
  ** Joint Stock Bank (PNBank), an HCM City-based lender", set qweek23) */
  if (p > s->vs && x->t[p - 1] == ')') {
    size_t o = p - 1;
    while (o > s->vs && x->t[o] != '(' && p - o < 24) o--;
    if (x->t[o] == '(') p = o;
  }
  for (;;) {
    size_t e = p;
    while (e > s->vs && x->t[e - 1] == ' ') e--;
    size_t b = e;
    while (b > s->vs && x->t[b - 1] != ' ' && x->t[b - 1] != ',') b--;
    if (b == e || !(ivl_isupper((unsigned char)x->t[b]) || (unsigned char)x->t[b] >= 0x80 || x->t[b] == '&')) break;
    p = b;
    if (b <= s->vs) return 0;
  }
  size_t trade = trade_before_name(x, s, p);
  return fx_ends_with_any(x, p, based_into) || fx_ends_with_any(x, trade, based_into) || sign_share_of_before(x, p) ||
         sign_share_of_before(x, trade);
}

/* The "to" of a holding sold by placement, the way told between the
** holding and its buyer ("a 10 per cent stake via a private placement to
** Y", "shares in a private placement to Y"), no comma between; else
** FX_NONE. */
static size_t placed_to(const ivl_fctx *x, size_t sale, size_t end) {
  static const char *const placed[] = {"via a private placement to", "in a private placement to",
                                       "through a private placement to", "via a placement to", NULL};
  size_t limit = sale + 80 < end ? sale + 80 : end;
  size_t p = fx_first(x, sale, limit, placed);
  if (p == FX_NONE || memchr(x->t + sale, ',', p - sale)) return FX_NONE;
  return fx_find(x, p, limit, "to");
}

/* "Cần Thơ-based X JSC has sold a 65 per cent stake to Y for ...": the
** seat of the seller, whose holding is bought, right before its name;
** the words of a sale of a holding "to" someone right after it (past the
** way it is sold, told between: "will sell a 10 per cent stake via a
** private placement to Y", the issuer placing its own new shares). */
static int seat_of_seller(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  size_t i = (size_t)(m - s->m);
  if (m < s->m || i + 1 >= s->n) return 0;
  const ivl_fm *firm = &s->m[i + 1];
  if (firm->kind != FM_ORG || firm->vs > m->ve + 24 || !fx_lower_words(x, m->ve + 1, firm->vs)) return 0;
  /* (room for "has sold 15 per cent of its charter capital to") */
  size_t end = firm->ve + 64 < s->ve ? firm->ve + 64 : s->ve;
  size_t sale = fx_first(x, firm->ve, end, sale_words);
  if (sale == FX_NONE || sale > firm->ve + 14 || !fx_lower_words(x, firm->ve, sale)) return 0;
  size_t to = fx_find(x, sale, end, "to");
  if (to == FX_NONE) to = placed_to(x, sale, s->ve);
  return to != FX_NONE && fx_any(x, sale, to, sold_holdings);
}

/* "X JSC will sell a 15% stake to Y for $180 million, the Nha
** Trang-based company said": the seller's seat told in the reporting
** clause after the sale, "the" before the place and a company noun after
** "-based"; the sentence's first company sells a holding "to" the buyer. */
static int seat_of_reporting_seller(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const nouns[] = {"-based company", "-based firm", "-based group", "-based lender",
                                      "-based bank", "-based developer", "-based operator", "-based issuer", NULL};
  if (!fx_ends_with(x, m->vs, "the") || !fx_starts_with_any(x, m->ve, nouns)) return 0;
  /* (the first company a sale word follows: not a wire's agency before it) */
  for (size_t i = 0; i < s->n && s->m[i].ve <= m->vs; i++) {
    const ivl_fm *seller = &s->m[i];
    if (seller->kind != FM_ORG || !(seller->flags & FM_COMPANY)) continue;
    size_t sale = fx_first(x, seller->ve, seller->ve + 16 < m->vs ? seller->ve + 16 : m->vs, sale_words);
    if (sale == FX_NONE || !fx_lower_words(x, seller->ve, sale)) continue;
    size_t to = fx_find(x, sale, m->vs, "to");
    if (to == FX_NONE || to > sale + 40) to = placed_to(x, sale, m->vs);
    return to != FX_NONE && fx_any(x, sale, to, sold_holdings);
  }
  return 0;
}

/* Where the words before a seat at p start once a modifier of the unit
** between ("a wholly owned Đà Nẵng-based", "the new Cần Thơ-based") is
** passed over; p, its spaces passed, when there is none. */
static size_t before_unit_modifier(const ivl_fctx *x, size_t p) {
  static const char *const modifiers[] = {"wholly owned", "wholly-owned", "new", NULL};
  while (p > 0 && x->t[p - 1] == ' ') p--;
  for (int k = 0; modifiers[k]; k++)
    if (fx_ends_with(x, p, modifiers[k])) return p - strlen(modifiers[k]);
  return p;
}

/* "set up a wholly owned Đà Nẵng-based subsidiary", "established a new
** Hà Nội-based unit": is m the seat of a unit set up, told right after
** the verb (a modifier of the unit between)? */
static int seat_of_unit_set_up(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const set_up[] = {"set up a", "set up an", "sets up a", "setting up a", "established a",
                                       "establish a", "establishes a", "establishing a", "founded a", "form a",
                                       "forms a", "formed a", "forming a", NULL};
  size_t p = before_unit_modifier(x, m->vs);
  if (fx_ends_with_any(x, p, set_up)) return 1;
  /* (or told in the passive after it, the founder its agent: "X, a Hà
  ** Nội-based peer-to-peer platform set up by Japan's Y in 2025 with charter
  ** capital of ...", set qfintech) */
  static const char *const articles[] = {"a", "an", NULL};
  size_t e = m->ve, end = x->a->view.len;
  while (e < end && x->t[e] != ' ') e++;
  size_t by = fx_first(x, e, e + 48 < end ? e + 48 : end, founded_by);
  return fx_ends_with_any(x, p, articles) && by != FX_NONE && fx_lower_words(x, e, by);
}

static int based_bought_into(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  if (fx_ends_with_any(x, m->vs, based_into) || sign_share_of_before(x, m->vs)) return 1;
  /* (past a modifier of the unit: "a 51 per cent stake in the new Cần
  ** Thơ-based company", set qweek43) */
  if (fx_ends_with_any(x, before_unit_modifier(x, m->vs), based_into)) return 1;
  if (seat_of_seller(x, s, m) || seat_of_reporting_seller(x, s, m)) return 1;
  /* (the seat opening the appositive on a firm bought into: "a 45% holding
  ** in their Vietnamese joint venture, Hà Nam-based X, for ...", set
  ** qseller) */
  /* (a holding's words before the comma, no comma nor party between: not
  ** "its chairman, Đồng Nai-based investor X", nor the seller's "in the
  ** venture from its partner, Đồng Nai-based X") */
  static const char *const holding_in[] = {"stake in", "stakes in", "holding in", "holdings in", "interest in", NULL};
  static const char *const parties[] = {"from", "to", "by", "with", NULL};
  size_t c = m->vs;
  while (c > s->vs && x->t[c - 1] == ' ') c--;
  size_t from = c > s->vs + 60 ? c - 60 : s->vs, h = c > s->vs ? fx_last(x, from, c - 1, holding_in) : FX_NONE;
  if (h != FX_NONE && x->t[c - 1] == ',' && !memchr(x->t + h, ',', c - 1 - h) && !fx_any(x, h, c, parties) &&
      aside_bought_into(x, s, c))
    return 1;
  if (!fx_ends_with(x, m->vs, "a") && !fx_ends_with(x, m->vs, "an")) return 0;
  size_t p = m->vs;
  while (p > s->vs && x->t[p - 1] != ',' && m->vs - p < 5) p--;
  if (p <= s->vs || x->t[p - 1] != ',' || !fx_only(x, p, m->vs, "an")) return 0;
  return aside_bought_into(x, s, p);
}

/* "a stake in X, a maker of rice crackers based in Cần Thơ": the seat
** named in the aside on the company bought into (not "X, based in Hà
** Nội, will invest": the investor's) */
static int seat_bought_into(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  size_t p = m->vs;
  while (p > s->vs && x->t[p - 1] != ',' && m->vs - p < 80) p--;
  if (p <= s->vs || x->t[p - 1] != ',') return 0;
  static const char *const asides[] = {"a", "an", "based", "headquartered", NULL};
  if (!fx_starts_with_any(x, p, asides)) return 0;
  return aside_bought_into(x, s, p);
}

/* "a stake in Fukuyama Care, which runs 11 nursing homes in Hiroshima
** prefecture, for 3.1 billion yen": where the company bought into runs
** its business, told in a "which runs" aside on it (not one on the buyer). */
static int runs_in_bought_aside(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const runs[] = {"which runs", "which operates", "which owns", "that runs", "that operates", NULL};
  size_t p = m->vs;
  while (p > s->vs && x->t[p - 1] != ',' && m->vs - p < 80) p--;
  if (p <= s->vs || x->t[p - 1] != ',') return 0;
  size_t q = p;
  while (q < m->vs && x->t[q] == ' ') q++;
  return fx_starts_with_any(x, q, runs) && aside_bought_into(x, s, p);
}

/* Is m in a clause that names the source of the sentence's figures
** ("according to the Embassy in Vientiane"): "according to" before it,
** no comma between? */
static int in_source_clause(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  size_t at = fx_find(x, s->vs, m->vs, "according to");
  return at != FX_NONE && !memchr(x->t + at, ',', m->vs - at);
}

/* "X signed an MoU with the Philippine government in Manila on Wednesday
** to build a $2 billion steel complex": the place a deal was signed in,
** right after the signing and its parties (no "to" of its purpose
** between), with a figure after it, is where the deal was made, not where
** the money goes. */
static int signing_venue(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  if (!fx_ends_with(x, m->vs, "in") || !(s->cues & CUE_DEAL)) return 0;
  size_t sign = fx_first(x, s->vs, m->vs, ivl_lexicon(LEX_AGREEING));
  if (sign == FX_NONE || fx_find(x, sign, m->vs, "to") != FX_NONE) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY && s->m[i].vs > sign && s->m[i].vs < m->vs) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY && s->m[i].vs >= m->ve) return 1;
  return 0;
}

/* "at the Vietnam-Laos Investment Forum held in Vientiane", "on the
** sidelines of a business forum in Prague": where an event met, not where
** the money goes (that place, when no other is named). */
static int event_venue(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const events[] = {"held in", "forum in", "conference in", "summit in", "fair in",
                                       "expo in", "exhibition in", "roadshow in", "seminar in", "workshop in",
                                       "meeting in", "ceremony in", NULL};
  /* most places follow no "in": the byte before asked first */
  return m->vs >= 4 && x->t[m->vs - 2] == 'n' && fx_ends_with_any(x, m->vs, events);
}

static const char *const examples_of_country[] = {"starting with", "beginning with", "such as", "including",
                                                  "notably", NULL};

/* "registered a Japanese subsidiary", "set up a new Cambodian unit": a
** unit founded abroad, named by its country's demonym after "a" (or "a
** new") and a verb of founding. */
static int founds_unit_abroad(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const units[] = {"subsidiary", "unit", "arm", "affiliate", "branch", NULL};
  static const char *const founding[] = {"set up a", "set up a new", "established a", "established a new",
                                         "registered a", "registered a new", "opened a", "opened a new",
                                         "launched a", "launched a new", "formed a", "formed a new",
                                         "founded a", "founded a new", "created a", "created a new", NULL};
  return (m->flags & FM_DEMONYM) && !(m->flags & FM_VN) && fx_starts_with_any(x, m->ve, units) &&
         fx_ends_with_any(x, m->vs, founding);
}

/* "a hotel in Mũi Né, to be run by UK group X": a country named after
** "by", with no possessive, as the description of the firm right after it (a few
** lower-case words between) is the firm's origin, not where the money
** goes; not the firm bought or put into ("a stake in US startup X"). */
static int describes_next_firm(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  const ivl_fm *m = &s->m[i], *n = i + 1 < s->n ? &s->m[i + 1] : NULL;
  return n && n->kind == FM_ORG && (n->flags & FM_COMPANY) && n->vs > m->ve && n->vs - m->ve <= 30 &&
         !(m->flags & FM_DEMONYM) && !fx_based_in(x, m) && fx_ends_with(x, m->vs, "by") &&
         !fx_possessive(x, m) && fx_lower_words(x, m->ve, n->vs) && !company_bought_into(x, m);
}

/* "a plant for ready-to-cook products aimed at the US and Japan", "beans
** for export to Europe and Japan", "duty-free access to the EU": a country
** named as where the goods are sold is a market, not where the money goes; so is the next of a list
** that opens so (set qground, which calls such a firm local). */
static int market_named(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  static const char *const markets[] = {"aimed at", "aimed at the", "for export to", "for export to the",
                                        "exports to", "exports to the", "exported to", "exported to the",
                                        "shipped to", "shipped to the", "destined for", "destined for the",
                                        "buyers in", "buyers in the", "customers in", "customers in the",
                                        /* "bought a stake in a Mexican sewing factory for $22
                                        ** million to gain tariff-free access to the US" (set
                                        ** qweek142): the market the plant opens, not where the
                                        ** money goes */
                                        "access to", "access to the", NULL};
  /* (and the market a plant is bought or built to supply, named by its
  ** country: "bought a shrimp plant in Ecuador for $18 million, to supply
  ** the U.S. market", set qweek96; not "to enter the US market", where the
  ** money may go) */
  static const char *const supplying[] = {"supply the", "supplies the", "supplying the", "serve the", "serves the",
                                          "serving the", NULL};
  static const char *const market[] = {"market", "markets", NULL};
  const ivl_fm *m = &s->m[i];
  if (m->kind != FM_COUNTRY && m->kind != FM_PLACE) return 0;
  if (fx_ends_with_any(x, m->vs, markets)) return 1;
  if (fx_ends_with_any(x, m->vs, supplying) && fx_starts_with_any(x, m->ve, market)) return 1;
  if (i == 0) return 0;
  /* (only ", ", " and ", ", and the" between the two) */
  const ivl_fm *b = &s->m[i - 1];
  int listed = b->ve < m->vs && m->vs - b->ve <= 10 && fx_only(x, b->ve, m->vs, ",andthe");
  return listed && market_named(x, s, i - 1);
}

/* Does the country's possessive s->m[i] open a member of a list of firms
** (after ";" or ","), right before the firm it describes, which is not
** bought into? */
static int possessive_opens_member(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  const ivl_fm *m = &s->m[i];
  size_t pos = fx_possessive(x, m);
  if (!pos || (m->flags & FM_DEMONYM) || i + 1 >= s->n || s->m[i + 1].kind != FM_ORG ||
      m->ve + pos + 1 < s->m[i + 1].vs || possessive_firm_bought_into(x, m))
    return 0;
  /* (or a clause of its own opening on them: "since 2019, when Korea's X
  ** bought 20 per cent of Y for $760 million") */
  static const char *const subordinators[] = {"when", "while", "whereas", "after", "as", NULL};
  if (fx_ends_with_any(x, m->vs, subordinators)) return 1;
  size_t b = m->vs;
  while (b > s->vs && x->t[b - 1] == ' ') b--;
  return b > s->vs && (x->t[b - 1] == ';' || x->t[b - 1] == ',');
}

/* A place or country abroad the money goes to, in t[from, to). */
static const ivl_fm *abroad_in(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  const ivl_fm *country = NULL, *place = NULL, *venue = NULL;
  /* "invested $62 million abroad, mainly in Singapore and the US": the
  ** places the total mostly went to are its parts, not where it went */
  /* (so too "$138 million abroad, including a farm in Cambodia and a
  ** factory in Laos": the works named as examples) */
  static const char *const mainly[] = {"mainly in", "mostly in", "largely in", "chiefly in", "primarily in",
                                       "mainly to", "mostly to", "including", NULL};
  /* (and "$85 million in the US, mainly in a research centre in
  ** California": the country said before the parts) */
  size_t main_part = fx_first(x, from, to, mainly);
  if (main_part != FX_NONE) {
    int whole = (s->cues & CUE_ABROAD) && fx_any(x, s->vs, main_part, ivl_lexicon(LEX_ABROAD));
    for (size_t i = 0; i < s->n && !whole && s->m[i].vs < main_part; i++)
      whole = s->m[i].kind == FM_COUNTRY && s->m[i].vs >= from && !(s->m[i].flags & (FM_VN | FM_DEMONYM)) &&
              (fx_ends_with(x, s->m[i].vs, "in") || fx_ends_with(x, s->m[i].vs, "in the"));
    if (whole) to = main_part;
  }
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < from || m->ve > to || (m->flags & (FM_VN | FM_DATELINE))) continue;
    /* a place abroad is one known to be in another country (a park the
    ** gazetteer does not place is no sign of abroad) */
    if (m->kind == FM_PLACE && !m->country) continue;
    /* "its Peruvian unit Bitel": the unit's country; not "Thai investors" */
    /* (but "T&T Group and its Lao partner": a partner's country) */
    static const char *const partners[] = {"partner*", "counterpart*", "co-investor*", NULL};
    /* (but "signed an MoU with the Philippine government": the country) */
    if ((m->flags & FM_DEMONYM) && (!fx_ends_with(x, m->vs, "its") || fx_starts_with_any(x, m->ve, partners)) &&
        !company_bought_into(x, m) && !fx_starts_with(x, m->ve, "government") && !founds_unit_abroad(x, m))
      continue;
    if (m->kind == FM_PLACE && !venue && (signing_venue(x, s, m) || event_venue(x, m))) {
      venue = m;
      continue;
    }
    /* "PV Power and Japan's JERA will build a plant in Long An", "a
    ** consortium of T&T Group and Korea's Hanwha": a partner's country */
    static const char *const partner[] = {"and", "with", NULL};
    if (m->kind == FM_COUNTRY && fx_possessive(x, m) && fx_ends_with_any(x, m->vs, partner)) continue;
    /* a headline's "Tân Cảng Bắc Hà, Denmark's Nordhavn sign deal": the
    ** second partner's country after a firm and a comma */
    if (m->kind == FM_COUNTRY && fx_possessive(x, m) && i > 0 && s->m[i - 1].kind == FM_ORG && m->vs >= 2 &&
        s->m[i - 1].ve == m->vs - 2 && x->t[m->vs - 2] == ',')
      continue;
    /* "The largest went to local firm X for ...; Thailand's Y received a
    ** certificate for ...": a country's possessive opening a list's next
    ** member, right before its firm, is that firm's origin (set qground) */
    if (m->kind == FM_COUNTRY && possessive_opens_member(x, s, i)) continue;
    /* "X, a unit of Germany's Rheinchem AG, will invest ... in Đồng Nai":
    ** the parent's country, not where the money goes */
    /* (so too "the stake held by Japan's X": the seller's) */
    static const char *const parent[] = {"unit of", "subsidiary of", "affiliate of", "arm of", "member of",
                                         "owned by", "backed by", "part of", "held by", NULL};
    if (m->kind == FM_COUNTRY && fx_possessive(x, m) && fx_ends_with_any(x, m->vs, parent)) continue;
    if (m->kind == FM_COUNTRY && describes_next_firm(x, s, i)) continue;
    if (market_named(x, s, i)) continue;
    /* (a country whose investors are ranked can be where the money goes:
    ** "Việt Nam is Laos' third largest foreign investor"; not a firm's seat,
    ** "Seoul-based", "Osaka-headquartered", nor where its shares trade,
    ** "the subsidiary of Singapore-listed X", unless it is the firm bought
    ** into) */
    if (!(m->kind == FM_COUNTRY || m->kind == FM_PLACE) ||
        (m->kind == FM_COUNTRY && !fx_can_invest(x, m, 0) && !fx_ranks_investors_in(x, m)) ||
        fx_ends_with(x, m->vs, "after") || fx_ends_with(x, m->vs, "than") ||
        ((fx_based_in(x, m) || fx_starts_with(x, m->ve, "-listed")) && !based_bought_into(x, s, m)))
      continue;
    /* "..., according to the Vietnamese Embassy in Vientiane": where the
    ** source of the figure sits, not where the money goes */
    if (m->kind == FM_PLACE && in_source_clause(x, s, m)) continue;
    /* "in Thoothukudi, in India's southern state of Tamil Nadu": the place,
    ** the province or state before a town in it */
    if (m->kind == FM_PLACE) {
      /* "100 stores in China, starting with Shanghai and Shenzhen": the
      ** first cities of the country the money goes to are its parts */
      if (country && fx_first(x, country->ve, m->vs, examples_of_country) != FX_NONE) continue;
      static const char *const units[] = {"state of", "province of", "prefecture of", "region of", NULL};
      static const char *const after[] = {"province", "state", "prefecture", NULL};
      if (fx_ends_with_any(x, m->vs, units) || fx_starts_with_any(x, m->ve, after)) return m;
      if (!place) place = m;
      continue;
    }
    if (!country) country = m;
  }
  /* the place of the signing, when no other is named, is the deal's */
  return place ? place : country ? country : venue;
}

static void works_abroad_told(ivl_fctx *x, const ivl_fsent *s);

/* Is the sentence's subject Việt Nam at large ("Vietnamese firms have
** been ...", "Việt Nam's investors are ..."): its first mention, past a
** wire's dateline ("HÀ NỘI, March 6 (VNA) – ") and an opening phrase set
** off by a comma ("In the first quarter, "), the country acting? */
static int vn_at_large_subject(const ivl_fctx *x, const ivl_fsent *s) {
  size_t start = fx_after_wire_dateline(x, s->vs, s->ve);
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < start || m->kind == FM_DATE || (m->flags & FM_DATELINE)) continue;
    if (m->vs != start) {
      if (m->vs < start + 2 || x->t[m->vs - 2] != ',' || x->t[m->vs - 1] != ' ') return 0;
      for (size_t k = start; k < m->vs - 2; k++)
        if (x->t[k] == ',' || x->t[k] == ';') return 0;
    }
    return vn_acts(x, m);
  }
  return 0;
}

/* "Overseas Vietnamese business people signed ...": the diaspora, who
** bring money home; the word there says nothing of money going abroad. */
static int diaspora_at(const ivl_fctx *x, size_t at) {
  static const char *const diaspora[] = {"overseas vietnamese", NULL};
  return fx_starts_with_any(x, at, diaspora);
}

/* Does sentence s say abroad other than in the diaspora's name? */
static int abroad_said(const ivl_fctx *x, const ivl_fsent *s) {
  const char *const *abroad = ivl_lexicon(LEX_ABROAD);
  for (size_t at = fx_first(x, s->vs, s->ve, abroad); at != FX_NONE; at = fx_first(x, at + 1, s->ve, abroad))
    if (!diaspora_at(x, at)) return 1;
  return 0;
}

/* "X has invested more than VNĐ8.2 trillion abroad since 2008", "$40
** million in 12 projects abroad": "abroad" just after the figure sends it
** to no one place, not to the place abroad told a sentence before (rule
** 17; qprwire). */
static int abroad_after_figure(const ivl_fctx *x, const figure *f) {
  size_t to = f->ve + 30 < f->ce ? f->ve + 30 : f->ce;
  return fx_find(x, f->ve, to, "abroad") != FX_NONE;
}

/* "the $1.2 billion that X has invested abroad since 2018": "abroad" or
** "overseas" after the figure, in its clause (no comma between). */
static int abroad_in_own_clause(const ivl_fctx *x, const figure *f) {
  static const char *const gone[] = {"abroad", "overseas", NULL};
  size_t to = f->ve + 64 < f->ce ? f->ve + 64 : f->ce;
  size_t at = fx_first(x, f->ve, to, gone);
  return at != FX_NONE && !memchr(x->t + f->ve, ',', at - f->ve);
}

/* "Vietnamese firms invested $536 million abroad", "Việt Nam has 212
** projects in Cambodia", and what follows in an article about them. */
/* "Vietnamese firms have been stepping up investment overseas": what the
** next sentences say, with "they" or no subject at all, is outward too. */
int inv_note_outward(ivl_fctx *x, const ivl_fsent *s) {
  /* every sentence is asked, and few have a word of it: the sentence pass
  ** says which have a built-in one (CUE_ABROAD) */
  int said = ((s->cues & CUE_ABROAD) || ivl_lexicon_extended(LEX_ABROAD)) && abroad_said(x, s);
  if (said && vn_subject(x, s, s->ve)) {
    x->c.outward_age = 0;
    /* "Vietnamese firms have been expanding abroad. They invested $535
    ** million ...": the country at large, with no figure yet, is who "they"
    ** are next, not a company named before it */
    if (vn_at_large_subject(x, s)) x->c.outward_vn_sent = s->index + 1;
  } else
    works_abroad_told(x, s);
  return said;
}

/* The words before a place money goes to: "in Attapeu", "to Laos". */
static const char *const towards[] = {"to", "in", "into", NULL};

/* Is 'there' said as where the money goes, "in", "to" or "into" just
** before it, or before the possessive of its country ("in Cambodia's
** Kampong Chhnang province", "in Laos' Savannakhet")? */
static int goes_towards(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *there) {
  size_t i = there > s->m && there < s->m + s->n ? (size_t)(there - s->m) : 0;
  size_t at = fx_said_from(x, there, i > 0 ? &s->m[i - 1] : NULL);
  /* ("in the U.S. state of South Carolina": before the unit's words) */
  size_t unit = at == there->vs ? fx_unit_phrase(x, there) : FX_NONE;
  if (unit != FX_NONE && unit >= s->vs) at = unit;
  return fx_any(x, at > s->vs + 12 ? at - 12 : s->vs, at, towards);
}

/* The words of a company coming into a market: "entered Cambodia",
** "expanded into Laos". */
static const char *const market_entry[] = {"entered", "entering", "enters", "entry into", "expanded into",
                                           "expanding into", "moved into", NULL};

/* A place in Việt Nam the sentence names, past a wire's dateline
** ("HÀ NỘI, June 12 (VNS) — T&T Group will invest $2 billion in Laos"). */
static int vn_place_named_from(const ivl_fctx *x, const ivl_fsent *s, size_t from) {
  party p = vn_target_near(x, s, from, s->ve, &(figure){0});
  if (p.m && (p.m->flags & FM_DATELINE)) p = vn_target_near(x, s, p.m->ve, s->ve, &(figure){0});
  /* nor where the figures were told: "presented at an investor meeting in Hà Nội" */
  if (p.m && event_venue(x, p.m)) p = vn_target_near(x, s, p.m->ve, s->ve, &(figure){0});
  /* nor a route the works' goods take: "a rice mill in Takeo, which will
  ** ship rice to Vietnamese ports through Tịnh Biên" (set qweek50) */
  static const char *const route[] = {"through", "via", NULL};
  while (p.m && p.m->kind == FM_PLACE && fx_ends_with_any(x, p.m->vs, route))
    p = vn_target_near(x, s, p.m->ve, s->ve, &(figure){0});
  /* "..., making it one of Vietnam's largest outward investors": a rank
  ** among the country's own, no place the money goes to */
  static const char *const among[] = {"one of", "among", NULL};
  if (p.m && p.m->kind == FM_COUNTRY && fx_possessive(x, p.m) && fx_ends_with_any(x, p.m->vs, among))
    p = vn_target_near(x, s, p.m->ve, s->ve, &(figure){0});
  return p.m != NULL;
}

static int vn_place_named(const ivl_fctx *x, const ivl_fsent *s) { return vn_place_named_from(x, s, s->vs); }


/* "Ca Mau shrimp processor Nam Can Seafood JSC acquired a feed mill in
** Cambodia": a Vietnamese place opening the lower-case words that describe
** the company right before its name is the firm's home (as "Cà Mau-based"),
** no place the money goes to; where Vietnamese places are looked for
** starts past the firm then (set qweek88). Not "in Bắc Ninh, X", a comma
** between. */
static size_t past_firm_home(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *firm) {
  if (!firm) return s->vs;
  for (size_t i = 0; i < s->n && s->m[i].ve < firm->vs; i++) {
    const ivl_fm *p = &s->m[i];
    if (p->kind == FM_PLACE && (p->flags & FM_VN) && x->t[p->ve] == ' ' && ivl_islower((unsigned char)x->t[p->ve + 1]) &&
        fx_lower_words(x, p->ve, firm->vs))
      return firm->ve;
  }
  return s->vs;
}

/* "A Vietnamese rubber company on Monday opened a latex plant in
** Champasak province": a lede's Vietnamese firm, not yet named, opening
** the sentence as its subject (the demonym after "A" or "An" and one
** firm's noun); the firm the body names next owns the works (set
** qweek80). */
static const ivl_fm *vn_firm_unnamed_opens(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const a[] = {"a", "an", NULL};
  if (!s->n) return NULL;
  const ivl_fm *d = &s->m[0];
  if (d->kind != FM_COUNTRY || !(d->flags & FM_VN) || !(d->flags & FM_DEMONYM) || d->vs > s->vs + 3 ||
      !fx_starts_with_any(x, s->vs, a) || !one_firm_described(x, d))
    return NULL;
  return d;
}

/* "Vingroup will build a car plant in India." with no figure: a
** Vietnamese company's works in a place abroad, which the next figures
** ("The group will invest $200 million in the project") go to. Asked of
** the sentences that do not say abroad: most have an amount or name no
** Vietnamese firm, which two loops over their mentions tell. */
static void works_abroad_told(ivl_fctx *x, const ivl_fsent *s) {
  /* (and the works of mining and power: "a copper smelter in Laos's
  ** Xaysomboun province", "a dam in Attapeu") */
  /* (and a port's: "to expand the Thanaleng Dry Port on the outskirts of
  ** Vientiane", set qweek50) */
  static const char *const works[] = {"plant", "factory", "farm", "project", "complex", "mill", "centre", "center",
                                      "park", "resort", "mine", "smelter", "refinery", "dam", "port", "terminal",
                                      NULL};
  static const char *const around[] = {"outskirts of", "near", "outside", NULL};
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY || s->m[i].kind == FM_COUNT) return;
  const ivl_fm *firm = NULL;
  /* (whether it is Vietnamese first: a few mentions near it, where
  ** whether it acts is worked out in full at its first question) */
  /* (or by a name written in Vietnamese letters, no country said: "Sê San
  ** Power, the generation arm of state-owned X, signed an agreement with
  ** the Lao government to build ... in Sekong province") */
  for (size_t i = 0; i < s->n && !firm; i++)
    if (s->m[i].kind == FM_ORG && (s->m[i].flags & FM_COMPANY) &&
        (vn_company(x, s, &s->m[i]) || (!s->m[i].country && vietnamese_company(&s->m[i]))) &&
        fx_acts(x, &s->m[i]))
      firm = &s->m[i];
  const ivl_fm *teller = firm ? firm : vn_firm_unnamed_opens(x, s);
  if (!teller) return;
  size_t w = fx_first(x, teller->ve, s->ve, works);
  const ivl_fm *there = w == FX_NONE ? NULL : abroad_in(x, s, w, s->ve);
  if (!there ||
      !(fx_any(x, there->vs > w + 40 ? there->vs - 40 : w, there->vs, towards) || fx_ends_with_any(x, there->vs, around)) ||
      vn_place_named(x, s))
    return;
  x->c.abroad = there, x->c.outward_age = 0;
  if (firm) x->c.company = firm;
}

/* Where a sentence's subject starts, past a source's opener before
** 'limit' ("According to the Foreign Investment Agency, Japan is ..."):
** the byte after the opener's comma and its spaces, else the sentence's
** start. */
static size_t subject_past_source(const ivl_fctx *x, const ivl_fsent *s, size_t limit) {
  static const char *const source[] = {"according to", NULL};
  if (!fx_starts_with_any(x, s->vs, source)) return s->vs;
  const char *comma = memchr(x->t + s->vs, ',', limit - s->vs);
  if (!comma) return s->vs;
  size_t from = (size_t)(comma - x->t) + 1;
  while (from < limit && x->t[from] == ' ') from++;
  return from;
}

/* "The city's firms also invested $62 million abroad", "Local
** enterprises ...", "Businesses in the province ...", "HCM City
** enterprises ...": a Vietnamese locality's firms at large, the subject
** before the figure (asked only where abroad is said or a place abroad
** named). */
static int local_firms_subject(const ivl_fctx *x, const ivl_fsent *s, size_t first_figure) {
  static const char *const firms[] = {"firms", "enterprises", "businesses", "companies", "investors", NULL};
  static const char *const locals[] = {
    "local firms", "local enterprises", "local businesses", "local companies", "local investors",
    "the city's", "the province's", "the locality's", NULL};
  static const char *const here[] = {"in the city", "in the province", "in the locality", NULL};
  static const char *const foreign[] = {"foreign*", "fdi", NULL};
  if (fx_any(x, s->vs, first_figure, foreign)) return 0;
  /* past a source's opener: "According to the provincial Department of
  ** Finance, Quảng Trị enterprises now have 21 projects in Laos" (set
  ** qweek50) */
  size_t from = subject_past_source(x, s, first_figure);
  size_t w = fx_first(x, from, first_figure, firms);
  if (w == FX_NONE || w > from + 40 || fx_find(x, w, first_figure, "from") != FX_NONE) return 0;
  /* the subject: no country or firm named before it ("Japan ranks second
  ** among investors in the province") */
  for (size_t i = 0; i < s->n && s->m[i].vs < w; i++)
    if (s->m[i].vs >= from && (s->m[i].kind == FM_COUNTRY || s->m[i].kind == FM_ORG)) return 0;
  size_t e = w;
  while (e < first_figure && ivl_isalpha((unsigned char)x->t[e])) e++;
  if (fx_any(x, s->vs, e, locals) || fx_starts_with_any(x, e, here)) return 1;
  /* "City firms also invested $96.5 million abroad": the locality's own */
  static const char *const local_adj[] = {"city", "provincial", "municipal", NULL};
  if (fx_ends_with_any(x, w, local_adj)) return 1;
  /* "HCM City enterprises": a Vietnamese place right before the word */
  for (size_t i = 0; i < s->n && s->m[i].ve <= w; i++)
    if (s->m[i].kind == FM_PLACE && (s->m[i].flags & FM_VN) && fx_only(x, s->m[i].ve, w, "")) return 1;
  return 0;
}

/* Is there a comma in [from, to) that parts clauses, not one inside a
** number ("a 12,000-hectare farm")? */
static int clause_comma(const ivl_fctx *x, size_t from, size_t to) {
  for (const char *p = memchr(x->t + from, ',', to - from); p; p = memchr(p + 1, ',', (size_t)(x->t + to - p - 1)))
    if (!(p > x->t + from && ivl_isdigit((unsigned char)p[-1]) && p + 1 < x->t + to &&
          ivl_isdigit((unsigned char)p[1])))
      return 1;
  return 0;
}

/* Past a sentence adverb set off by commas right after a firm's name at
** 'from' ("Kim Ngọc Jewelry, meanwhile, has bought"): where the words
** after it start, else 'from'. That comma opens no aside on the firm. */
static size_t past_comma_adverb(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const adverbs[] = {"meanwhile,", "however,", "separately,", "likewise,", "too,", "also,",
                                        "instead,", NULL};
  if (from + 2 >= to || x->t[from] != ',' || x->t[from + 1] != ' ' || !fx_starts_with_any(x, from + 2, adverbs))
    return from;
  const char *c = memchr(x->t + from + 2, ',', to - from - 2);
  return c ? (size_t)(c - x->t) + 1 : from;
}

/* "Another portfolio company, Ca Mau shrimp processor X, acquired a mill in
** Cambodia": the comma right after the firm's name closes the apposition
** the firm is named in (a comma before it, then only lower-case words and
** places describing it), no aside opening on the firm; past it, else
** 'from' (set qweek88). Not "X, headquartered in Osaka, set up": no
** comma before the firm's name; nor "Another holding, X, which has farms
** in Cambodia, will invest": an aside after the closing comma. */
static size_t past_firm_apposition(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *firm) {
  static const char *const asides[] = {"which", "who", "whose", "based", "headquartered", "a", "an", "the", "one",
                                       "part", "itself", NULL};
  size_t from = firm->ve;
  if (x->t[from] != ',' || fx_starts_with_any(x, from + 1, asides)) return from;
  size_t k = firm->vs;
  while (k > s->vs && x->t[k - 1] != ',') k--;
  if (k == s->vs) return from;
  for (size_t p = k; p < firm->vs; p++) {
    size_t i = fx_mention_from(x, p);
    if (i < x->nm && x->m[i].vs == p && x->m[i].kind == FM_PLACE && x->m[i].ve <= firm->vs) {
      p = x->m[i].ve - 1;
      continue;
    }
    if (!ivl_islower((unsigned char)x->t[p]) && x->t[p] != ' ' && x->t[p] != '-') return from;
  }
  return from + 1;
}

/* "has bought 70 per cent of Phnom Penh jewellery chain X": a place
** abroad that names where the firm whose share is bought is, right after
** the share (lower-case words and the firm's name next). */
static int share_of_firm_there(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *there) {
  static const char *const share_of[] = {"per cent of", "percent of", "% of", NULL};
  if (there->kind != FM_PLACE || !fx_ends_with_any(x, there->vs, share_of)) return 0;
  const ivl_fm *n = there + 1;
  return n < s->m + s->n && n->kind == FM_ORG && n->vs - there->ve <= 40 && fx_lower_words(x, there->ve, n->vs);
}

/* "We have put $260 million into farms in Laos": an answer in the first
** person of a Vietnamese company (or one not known to be foreign), the
** money going to a place abroad named after the figure, no Vietnamese
** place named. */
static int speaker_invests_abroad(const ivl_fctx *x, const ivl_fsent *s, size_t first_figure) {
  const ivl_fm *firm = inv_speakers_company(x, s);
  if (!firm || (firm->country && strcmp(firm->country, "VN") != 0)) return 0;
  const ivl_fm *there = abroad_in(x, s, first_figure, s->ve);
  return there && (there->kind == FM_PLACE || (there->kind == FM_COUNTRY && !(there->flags & FM_DEMONYM))) &&
         goes_towards(x, s, there) && !vn_place_named(x, s);
}

/* Do one to four lower-case words from 'at' end on a capitalised name
** before 'to' ("lender Phuong Dong Finance": a firm's noun, then its name)? */
static int named_after_noun(const ivl_fctx *x, size_t at, size_t to) {
  size_t p = at;
  for (int words = 0; words < 4; words++) {
    if (p >= to || x->t[p] != ' ') return 0;
    p++;
    if (p < to && ivl_isupper((unsigned char)x->t[p])) return words > 0;
    size_t w = p;
    while (p < to && ivl_islower((unsigned char)x->t[p])) p++;
    if (p == w) return 0;
  }
  return 0;
}

/* "X will acquire a 15 percent stake in Vietnam's Tan Viet Bank for 1.1
** trillion won, ..., its largest overseas deal": a share bought in a firm
** of Việt Nam's (its possessive right before the name, or the Vietnamese
** demonym before its noun), said in [from, to) after the words of a
** purchase, brings the money into the country; "overseas" is the buyer's
** view of it (set qweek12). */
static int stake_in_vn_firm(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  static const char *const into[] = {"stake in", "stakes in", "shares in", "share in", "interest in", "per cent of",
                                     "percent of", "% of", "acquire", "acquired", "buy", "bought", NULL};
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < from || m->ve > to || m->kind != FM_COUNTRY || !m->party || strcmp(m->party, "VN") != 0 ||
        !fx_ends_with_any(x, m->vs, into))
      continue;
    size_t pos = fx_possessive(x, m);
    if (pos && m->ve + pos + 1 < to && ivl_isupper((unsigned char)x->t[m->ve + pos + 1])) return 1;
    if ((m->flags & FM_DEMONYM) && named_after_noun(x, m->ve, to)) return 1;
  }
  return 0;
}

/* "The CDC on Monday approved a $68 million investment project by
** Vietnam's X to build a tyre factory in Svay Rieng province": a
** Vietnamese company named after the figure by "by" (its country's
** possessive between), whose works go to a place abroad named after it,
** no Vietnamese place before that (set qweek50); not "a project by
** Japan's X in Svay Rieng", nor "by X in Bắc Ninh". */
static int vn_firm_by_goes_abroad(const ivl_fctx *x, const ivl_fsent *s, size_t first_figure) {
  const ivl_fm *firm = NULL, *works_there = NULL;
  size_t k = 0;
  for (; k < s->n && !firm; k++) {
    const ivl_fm *m = &s->m[k];
    if (m->vs < first_figure || m->kind == FM_MONEY) continue;
    if (m->vs > first_figure + (works_there ? 140 : 70)) return 0;
    if (m->kind == FM_COUNTRY && fx_possessive(x, m) && fx_ends_with(x, m->vs, "by")) continue;
    /* (the works' place abroad told before the builder, its trade and its
    ** country's possessive passed over: "a 150MW solar power plant in
    ** Kampong Chhnang province to be built by Viet Nam's X", "a tyre
    ** factory in Cambodia's Svay Rieng province to be built by ...", set
    ** qweek80) */
    if (!works_there && (m->kind == FM_SECTOR || (m->kind == FM_COUNTRY && !(m->flags & FM_VN) &&
                                                  fx_possessive(x, m) && k + 1 < s->n &&
                                                  s->m[k + 1].kind == FM_PLACE)))
      continue;
    if (!works_there && m->kind == FM_PLACE && m->country && !(m->flags & (FM_VN | FM_DATELINE)) &&
        goes_towards(x, s, m)) {
      works_there = m;
      continue;
    }
    if (m->kind != FM_ORG || !(m->flags & FM_COMPANY)) return 0;
    size_t at = k > 0 && s->m[k - 1].kind == FM_COUNTRY && s->m[k - 1].ve < m->vs ? s->m[k - 1].vs : m->vs;
    if (!fx_ends_with(x, at, "by") || !(vn_company(x, s, m) || (!m->country && vietnamese_company(m)))) return 0;
    firm = m;
  }
  if (!firm) return 0;
  if (works_there) return !vn_place_named_from(x, s, firm->ve);
  for (; k < s->n; k++) {
    const ivl_fm *m = &s->m[k];
    if ((m->kind == FM_PLACE || m->kind == FM_COUNTRY) && (m->flags & FM_VN)) return 0;
    if (m->kind == FM_PLACE && m->country && !(m->flags & FM_DATELINE)) return goes_towards(x, s, m);
  }
  return 0;
}

/* Does the sentence say Việt Nam or a Vietnamese company invests (before
** its first figure)? Asked only of a sentence that speaks of abroad. */
static int vn_invests(const ivl_fctx *x, const ivl_fsent *s, size_t first_figure, int said) {
  int vn = vn_subject(x, s, first_figure) || speaker_invests_abroad(x, s, first_figure) ||
           vn_firm_by_goes_abroad(x, s, first_figure);
  /* "Hoàng Anh Gia Lai JSC said it would spend VNĐ1.2 trillion in Attapeu":
  ** a company not known to be foreign, putting money in a place abroad, in
  ** an article of the Vietnamese press, and no Vietnamese place named */
  if (!vn) {
    const ivl_fm *c = NULL;
    for (size_t i = 0; i < s->n && s->m[i].ve <= first_figure && !c; i++)
      if (s->m[i].kind == FM_ORG && (s->m[i].flags & FM_COMPANY) && fx_acts(x, &s->m[i])) c = &s->m[i];
    /* after the company: "acquired the Roper River mine in Australia for
    ** A$22 million" names the place before the figure */
    const ivl_fm *there = c ? abroad_in(x, s, c->ve < first_figure ? c->ve : first_figure, s->ve) : NULL;
    /* not an aside on the company ("Sanwa Denshi, headquartered in Osaka,
    ** set up ... with $40 million") */
    /* (but the home of the company bought into is: "a stake in X, a
    ** Germany-based maker of pumps, for $19 million") */
    /* (but an aside telling of its coming into the country with the
    ** figure itself: "X, which entered Cambodia in 2010 with a $90 million
    ** network, ...") */
    int entered = there && there->vs < first_figure && fx_ends_with_any(x, there->vs, market_entry) &&
                  !clause_comma(x, there->ve, first_figure);
    if (there && there->vs < first_figure &&
        clause_comma(x, past_comma_adverb(x, past_firm_apposition(x, s, c), there->vs), there->vs) &&
        !entered &&
        !(fx_based_in(x, there) && based_bought_into(x, s, there)) && !runs_in_bought_aside(x, s, there) &&
        !possessive_firm_bought_into(x, there) && !(there->kind == FM_COUNTRY && seat_bought_into(x, s, there)))
      there = abroad_in(x, s, first_figure, s->ve);
    /* the place said to be where it goes ("in Attapeu", "into Vientiane",
    ** "in the Bir Seba oilfield in Algeria", "its Thailand-based
    ** affiliate"), not a place in a name ("Osaka Filtration Vietnam") */
    vn = c && !c->country && there &&
         (there->kind == FM_PLACE || company_bought_into(x, there) ||
          (there->kind == FM_COUNTRY && !(there->flags & FM_DEMONYM)) ||
          /* "in its Cambodian unit" (abroad_in took no partner's) */
          ((there->flags & FM_DEMONYM) && (fx_ends_with(x, there->vs, "its") || founds_unit_abroad(x, there)))) &&
         (goes_towards(x, s, there) || entered || founds_unit_abroad(x, there) || share_of_firm_there(x, s, there) ||
          possessive_firm_bought_into(x, there) || company_bought_into(x, there) ||
          /* (the country in the aside on the firm bought: "a stake in X,
          ** a New Zealand maker of infant formula, for ...") */
          (there->kind == FM_COUNTRY && seat_bought_into(x, s, there)) ||
          (fx_starts_with(x, there->ve, "-based") && based_bought_into(x, s, there))) &&
         !vn_place_named_from(x, s, past_firm_home(x, s, c));
    /* "Sông Đà Telecom JSC has investments in six foreign markets": abroad
    ** said after the company (not of foreigners: "overseas investors") */
    static const char *const foreigners[] = {"overseas investor*", "overseas vietnamese", "overseas compan*",
                                             "overseas firm*", "overseas partner*", NULL};
    if (!vn && said && c && !c->country && fx_any(x, c->ve, s->ve, ivl_lexicon(LEX_ABROAD)) &&
        !fx_any(x, s->vs, s->ve, foreigners) && !vn_place_named(x, s) && !stake_in_vn_firm(x, s, c->ve, first_figure))
      vn = 1;
  }
  /* "The group also plans to invest $200 million in an iron ore mine in
  ** Laos": the company spoken of, not known to be foreign, referred back
  ** to as the subject, and a place abroad the money goes to */
  /* ("The automaker plans to invest $200 million in a plant in
  ** Indonesia", "The Hanoi-based company injected $20 million into its
  ** Cambodian subsidiary": the company noun, its seat, and "its" unit) */
  /* (a company known to be Vietnamese too: "Vietnamese conglomerate X
  ** ... The Hà Nội-based group bought a 36 per cent stake in a Cambodian
  ** dairy company", the firm bought described by its country) */
  const char *home = x->c.company ? x->c.company->country : NULL;
  size_t subject_end = vn || !x->c.company || (home && strcmp(home, "VN") != 0) ? FX_NONE
                                                                                 : inv_company_subject_end(x, s);
  /* (or "It" opening the sentence for the company spoken of: "It also
  ** opened a subsidiary in Germany last year with a charter capital of
  ** €25 million", a place abroad told in its own predicate; so too past a
  ** time opening it, only for a firm abroad bought: "In 2023 it bought a
  ** 40 per cent stake in X, a New Zealand maker of infant formula, for
  ** ..."; not "Last year it invested $60 million in a factory in eastern
  ** Thailand", where "it" may be a foreign firm the text turned to, set
  ** qmulti) */
  size_t it = inv_past_time_opening(x, s);
  int bought_only = 0;
  if (subject_end == FX_NONE && !vn && x->c.company && x->c.company->kind == FM_ORG &&
      (!home || strcmp(home, "VN") == 0) && it + 3 < s->ve &&
      fx_starts_with(x, it, "it") && (x->t[it] == 'I' || it > s->vs) && x->t[it + 2] == ' ') {
    subject_end = it + 2;
    bought_only = it > s->vs;
  }
  if (subject_end != FX_NONE && subject_end <= first_figure && !vn_place_named_from(x, s, subject_end)) {
    /* a firm abroad bought into, named before the figure ("bought a 36
    ** per cent stake in a Cambodian dairy company for ..."); else a place
    ** abroad after it (not one of an aside before it: "The Sơn La-based
    ** company, which already sells in Laos, will invest $100 million in a
    ** dairy farm in Cambodia") */
    const ivl_fm *there = abroad_in(x, s, subject_end, s->ve);
    vn = there && there->vs < first_figure &&
         (company_bought_into(x, there) || (fx_starts_with(x, there->ve, "-based") && based_bought_into(x, s, there)));
    /* (or its country in the aside on the firm bought, before the figure
    ** whatever place comes after it: "a 40 per cent stake in X, a New
    ** Zealand maker of infant formula, for NZ$45 million, and it owns a
    ** farm in Laos's Xiangkhouang province") */
    const ivl_fm *aside = vn ? NULL : abroad_in(x, s, subject_end, first_figure);
    if (aside && aside->kind == FM_COUNTRY && seat_bought_into(x, s, aside)) vn = 1;
    /* (a place before the figure in the predicate itself stays: "The
    ** carmaker opened a subsidiary in Germany with a charter capital of
    ** €25 million", no comma parting it from the subject) */
    if (!vn && there && there->vs < first_figure && clause_comma(x, subject_end, there->vs))
      there = abroad_in(x, s, first_figure, s->ve);
    if (!vn && !bought_only)
      vn = there &&
           (there->kind == FM_PLACE || (there->kind == FM_COUNTRY && !(there->flags & FM_DEMONYM)) ||
            ((there->flags & FM_DEMONYM) && fx_ends_with(x, there->vs, "its"))) &&
           goes_towards(x, s, there);
  }
  if (!vn) vn = local_firms_subject(x, s, first_figure);
  /* "Vietnam FDI pledges hit $11 billion, Singapore leads": money coming in
  ** (but not where a country abroad draws it from Việt Nam: "Pakistan
  ** received $2.1m in foreign direct investment from Vietnam") */
  static const char *const fdi[] = {"fdi", "foreign direct", "in foreign investment", "of foreign investment",
                                    "in foreign capital", "of foreign capital", NULL};
  return vn && (said || country_draws_vietnamese(x, s, first_figure) || !fx_any(x, s->vs, s->ve, fdi));
}

/* ... unless another country or a foreign company is its subject
** ("Denmark ... is the largest EU investor in the southern region", "Thai
** and Malaysian businesses each commit more than $10 billion a year to
** overseas projects": their own money abroad, not Việt Nam's; so too their
** conglomerates and groups: "Thai conglomerates alone have $50 billion
** invested in neighbouring countries"; and past a source's opener:
** "According to the agency, Taiwan (China) is the fourth largest investor
** in Vietnam", after a Vietnamese firm's plant abroad, set qweek142) */
static int foreign_subject(const ivl_fctx *x, const ivl_fsent *s, size_t first_figure) {
  static const char *const firms[] = {"businesses", "firms", "companies", "enterprises", "conglomerates",
                                      "corporations", "groups", NULL};
  size_t from = subject_past_source(x, s, first_figure);
  const ivl_fm *other = inv_first_investor(x, s, from, first_figure, 1);
  return other && other->vs == from &&
         (fx_find(x, s->vs, s->ve, "investor*") != FX_NONE || fx_any(x, s->vs, first_figure, firms)) &&
         (other->kind == FM_COUNTRY || (other->country && strcmp(other->country, "VN") != 0));
}

/* "In March, Singapore's Orchid Crest Capital bought a 6 per cent stake in
** Lac Hong Motors for $300 million": a firm from abroad (its country
** known) buying a stake, first named in the sentence, brings money in,
** though the sentences before told of a Vietnamese firm's plant abroad
** (set qweek136). Not "X, a Vietnamese firm, bought a stake in a Lao
** miner", nor a buyer whose country is not known. */
static int stake_bought_from_abroad(const ivl_fctx *x, const ivl_fsent *s, size_t first_figure) {
  static const char *const bought[] = {"bought", "buys", "acquired", "acquires", "took", "takes", "purchased",
                                       NULL};
  static const char *const stake[] = {"stake", "stakes", "per cent of", "percent of", "% of", "shares in", NULL};
  const ivl_fm *buyer = inv_first_investor(x, s, s->vs, first_figure, 1);
  if (!buyer || buyer->kind != FM_ORG || !buyer->country || strcmp(buyer->country, "VN") == 0) return 0;
  size_t verb = fx_first(x, buyer->ve, first_figure, bought);
  return verb != FX_NONE && fx_lower_words(x, buyer->ve, verb) && fx_any(x, verb, first_figure, stake);
}

/* "SCIC auctioned off its 36 per cent holding in X, with Singapore's Y
** paying VNĐ980 billion for the shares", "has sold down its stake in X to
** 5 per cent, with Japan's Y buying the shares for $96 million": a holding
** sold, whose buyer a ", with" clause names before the figure and a
** participle of paying follows; that firm pays, not the seller. */
static const ivl_fm *buyer_paying_with(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const paying[] = {"paying", "buying", "acquiring", "taking", "picking up", "winning", NULL};
  size_t sale = fx_first(x, s->vs, f->vs, sale_words);
  if (sale == FX_NONE) return NULL;
  for (size_t at = fx_find(x, sale, f->vs, "with"); at != FX_NONE; at = fx_find(x, at + 4, f->vs, "with")) {
    size_t c = at;
    while (c > sale && x->t[c - 1] == ' ') c--;
    if (x->t[c - 1] != ',' || !fx_any(x, sale, c, sold_holdings)) continue;
    size_t i = fx_mention_from(x, at + 4);
    if (i >= x->nm || x->m[i].vs >= f->vs || !fx_lower_words(x, at + 4, x->m[i].vs)) return NULL;
    const ivl_fm *m = firm_after_country(x, i);
    size_t verb = fx_first(x, m->ve, f->vs, paying);
    /* the participle right after the firm's name, its clause's verb */
    if (verb == FX_NONE || verb > m->ve + 2 || !fx_can_invest(x, m, 1)) return NULL;
    return m;
  }
  return NULL;
}

/* Is the buyer 'm' of a sale not of Việt Nam? */
static int buyer_from_abroad(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  return m && !(m->flags & FM_VN) && !(m->kind == FM_ORG && vn_company(x, s, m));
}

int inv_sold_abroad(const ivl_fctx *x, const ivl_fsent *s, size_t first_figure) {
  return fx_first(x, s->vs, first_figure, sale_words) != FX_NONE &&
         buyer_from_abroad(x, s, buyer_of_sale(x, &(figure){.cs = s->vs, .ce = s->ve, .vs = first_figure}));
}

/* "A 60 per cent stake in X has been acquired from fund S by Japan's Y for
** $128 million", "chain X was bought from group S by Korea's Y in a VNĐ1.9
** trillion deal": the passive with its seller after "from" before the
** agent; where "by" follows the seller's name before the figure. */
static size_t by_after_seller(const ivl_fctx *x, const figure *f) {
  static const char *const bought_from[] = {"been acquired from", "was acquired from", "were acquired from",
                                            "been bought from", "was bought from", "were bought from",
                                            "been purchased from", "was purchased from", "been taken over from",
                                            "was taken over from", NULL};
  size_t from = fx_first(x, f->cs, f->vs, bought_from);
  if (from == FX_NONE) return FX_NONE;
  size_t by = fx_find(x, from, f->vs, "by");
  if (by == FX_NONE) return FX_NONE;
  /* (the seller's name, maybe after its country and kind, ends right
  ** before "by") */
  size_t seller_end = FX_NONE;
  for (size_t i = fx_mention_from(x, from); i < x->nm && x->m[i].vs < by; i++) seller_end = x->m[i].ve;
  return seller_end != FX_NONE && fx_only(x, seller_end, by, " ") ? by : FX_NONE;
}

/* "X has been acquired by US-based Coral Systems for $18 million", "was
** bought by Japan's Y for": a purchase told from the side of the firm
** bought; the buyer after the passive's "by" (past its country or home)
** pays, after its seller too (by_after_seller). Not a purchase told in
** an aside on another firm ("X, which was acquired by Y in 2019, will
** invest ..."). */
static const ivl_fm *buyer_by_passive(const ivl_fctx *x, const figure *f) {
  static const char *const bought_by[] = {"acquired by", "bought by", "purchased by", "taken over by", NULL};
  static const char *const relatives[] = {"which", "who", "that", NULL};
  size_t by = fx_first(x, f->cs, f->vs, bought_by);
  if (by == FX_NONE) by = by_after_seller(x, f);
  if (by == FX_NONE || fx_any(x, f->cs, by, relatives)) return NULL;
  by = fx_find(x, by, f->vs, "by") + 2;
  for (size_t i = fx_mention_from(x, by); i < x->nm && x->m[i].vs < f->vs; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind == FM_ORG) return fx_can_invest(x, m, 1) ? m : NULL;
    if (m->kind != FM_COUNTRY && m->kind != FM_PLACE) return NULL;
  }
  return NULL;
}

void inv_bind_buyers(const ivl_fctx *x, const ivl_fsent *s, figures *fs) {
  int sale = fx_first(x, s->vs, s->ve, sale_words) != FX_NONE;
  for (size_t i = 0; i < fs->n; i++) {
    if (sale) fs->f[i].buyer = buyer_of_sale(x, &fs->f[i]);
    if (sale && !fs->f[i].buyer) fs->f[i].buyer = buyer_paying_with(x, s, &fs->f[i]);
    if (!fs->f[i].buyer) fs->f[i].buyer = buyer_by_passive(x, &fs->f[i]);
  }
}

/* "Hà Nội-based X will invest VNĐ5.8 trillion in a resort on Phú Quốc
** Island in An Giang, and has hired US hotel group Marriott to run it",
** "... on a rolling mill in the Vũng Áng Economic Zone, which Italy's
** Danieli will equip": the first place the first figure's clause names
** after it is in Việt Nam, so the money stays home, whatever country
** describes a contractor, operator or supplier later on. Not a firm's seat
** ("in its Hà Nội-based unit") nor a point of reference ("near Hà Nội"). */
static int home_place_after_figure(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  for (size_t i = fx_mentions_from(s->m, s->n, f->ve); i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_PLACE && m->kind != FM_COUNTRY) continue;
    if (memchr(x->t + f->ve, ',', m->vs - f->ve) || memchr(x->t + f->ve, ';', m->vs - f->ve)) return 0;
    /* (a place the gazetteer does not place, "Phú Quốc Island", says nothing) */
    if ((m->flags & FM_DEMONYM) || (m->kind == FM_PLACE && !m->country)) continue;
    /* (nor where its goods go: "..., a $340 million project that sells its
    ** output through a line to Quảng Trị", set qweek80) */
    if ((m->flags & FM_VN) && origin_or_outlet(x, m)) continue;
    /* (nor what the works are bought to supply: "acquired a feed mill in
    ** Cambodia for $6 million to supply its farms in the Mekong Delta", set
    ** qweek88) */
    static const char *const supplying[] = {"to supply", "to serve", NULL};
    if ((m->flags & FM_VN) && fx_first(x, f->ve, m->vs, supplying) != FX_NONE) continue;
    if (!(m->flags & FM_VN) || fx_based_in(x, m) || fx_reference_place(x, m)) return 0;
    return m->kind == FM_PLACE || fx_ends_with(x, m->vs, "in");
  }
  return 0;
}

/* Is a Vietnamese place named between figure f's works and the client
** they are built for ("... data centre in Hà Nội's Hòa Lạc Hi-tech Park
** for Japan's Y")? */
static int works_placed_home(const ivl_fsent *s, const figure *f, const ivl_fm *client) {
  for (size_t i = 0; i < s->n && s->m[i].vs < client->vs; i++)
    if (s->m[i].vs >= f->ve && s->m[i].kind == FM_PLACE && (s->m[i].flags & FM_VN)) return 1;
  return 0;
}

/* "Việt Nam and Australia upgraded their ties in 2024, and Australian
** investment in Việt Nam has since risen to $2.1 billion": the figure's
** own words say a demonym's money is in Việt Nam, which is inward, whatever
** the clause before made the subject. */
static int demonym_money_in_vn(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const money_in[] = {"investment in", "investments in", "capital in", "fdi in", NULL};
  for (size_t i = 0; i + 1 < s->n && s->m[i + 1].ve <= f->vs; i++) {
    const ivl_fm *d = &s->m[i], *vn = &s->m[i + 1];
    if (d->kind != FM_COUNTRY || (d->flags & (FM_DEMONYM | FM_VN)) != FM_DEMONYM) continue;
    if (vn->kind == FM_COUNTRY && (vn->flags & FM_VN) && !(vn->flags & FM_DEMONYM) &&
        vn->vs - d->ve <= 20 && fx_ends_with_any(x, vn->vs, money_in) && fx_lower_words(x, d->ve, vn->vs))
      return 1;
  }
  return 0;
}

/* "The Kratie plantation brings the company's investment abroad to VND5.1
** trillion" (set qweek7): a company's own money abroad, named so before
** the figure ("its investment abroad", "the group's overseas
** investment"), tells of money gone out whatever the subject, as a
** company spoken of is the one whose it is. */
static const char *const own_money_abroad[] = {
  "its investment abroad", "its investments abroad", "its overseas investment", "its total investment abroad",
  "its total overseas investment", "the company's investment abroad", "the company's overseas investment",
  "the group's investment abroad", "the group's overseas investment", "the firm's investment abroad",
  "the firm's overseas investment", NULL};

/* "... brings the company's investment abroad to VND5.1 trillion, including
** two plantations in Laos": the total abroad the figure is, raised to it,
** is of no one place (rule 17), not the place of a part nor the one told
** before. */
static int own_total_abroad_to(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const to[] = {"to", "to about", "to around", "to nearly", "to more than", "to over",
                                   "to some", "to almost", NULL};
  size_t from = f->vs > s->vs + 60 ? f->vs - 60 : s->vs;
  size_t at = fx_first(x, from, f->vs, own_money_abroad);
  if (at == FX_NONE || !fx_ends_with_any(x, f->vs, to)) return 0;
  for (size_t k = at; k < f->vs; k++)
    if (x->t[k] == ',' || x->t[k] == ';') return 0;
  return 1;
}

/* "... among our overseas operations. ... set up the wholly owned Woorim
** Bank Vietnam. The unit raised its charter capital ...": a sentence on a
** unit the text named as its Việt Nam unit ("X Vietnam", "X Vina") speaks
** of money in the country, not of the outward total before (set qweek12). */
static int local_unit_subject(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const local[] = {"vietnam", "việt nam", "vina", NULL};
  const ivl_fm *unit = unit_named_before(x, s);
  if (!unit) return 0;
  for (int k = 0; local[k]; k++)
    if (fx_ends_with(x, unit->ve, local[k])) return 1;
  return 0;
}

/* "X will build a plant in Indonesia's West Java. Last year X injected
** VNĐ6 trillion into its EV arm, X Auto, lifting the unit's charter
** capital ...": money put into the company's own unit, named right after
** the words of its unit and no place abroad named in the sentence, stays
** in the country; the outward figure told before is not carried on to it
** (set qweek18). Not "into its Indonesian unit", the unit's country
** named (abroad_in). */
static int into_own_unit_home(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const into_unit[] = {"into its", "in its", NULL};
  static const char *const units[] = {"unit", "units", "arm", "arms", "subsidiary", "subsidiaries", "affiliate", NULL};
  size_t at = fx_first(x, s->vs, s->ve, into_unit);
  if (at == FX_NONE) return 0;
  size_t to = at + 48 < s->ve ? at + 48 : s->ve;
  size_t u = fx_first(x, at, to, units);
  if (u == FX_NONE || memchr(x->t + at, ',', u - at)) return 0;
  return !abroad_in(x, s, s->vs, s->ve);
}

/* "..., according to the Foreign Investment Agency": a foreign word said
** outside an organisation's name, as of who invests; the agency that counts
** Việt Nam's money abroad says nothing of money coming in (set qweek35). */
static int foreign_said_outside_names(const ivl_fctx *x, const ivl_fsent *s, const char *const *words) {
  for (size_t at = fx_first(x, s->vs, s->ve, words); at != FX_NONE; at = fx_first(x, at + 1, s->ve, words))
    if (!fx_in_org_name(s, at)) return 1;
  return 0;
}

/* "Taiwan's investment board approved 142 outbound investment projects in
** Vietnam": outward projects placed in Việt Nam right after their words
** (at 'at', then "in" or "into" the country) are another country's, its
** outward into Việt Nam, not Việt Nam's abroad (set qweek61). */
static int projects_in_vn(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const into[] = {"in", "into", NULL};
  for (size_t i = 0; at != FX_NONE && i < s->n; i++) {
    const ivl_fm *c = &s->m[i];
    if (c->vs < at || c->vs > at + 48) continue;
    if (c->kind == FM_COUNTRY && (c->flags & FM_VN) && fx_ends_with_any(x, c->vs, into)) return 1;
  }
  return 0;
}

/* "Vietnamese firms hold 62 valid projects in 19 African countries",
** "... in 34 countries and territories": money said to be in countries
** counted, no one named, is abroad as surely as "abroad" says it (set
** qweek35); not "from 21 countries", where money comes from. */
static int in_countries_counted(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const in[] = {"in", "in some", "in more than", "in over", "in nearly", "across", NULL};
  static const char *const countries[] = {"countries", "countries and territories", "nations", NULL};
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_COUNT || m->value < 2 || !fx_ends_with_any(x, m->vs, in)) continue;
    for (int k = 0; countries[k]; k++)
      if (fx_ends_with(x, m->ve, countries[k])) return 1;
  }
  return 0;
}

/* "It has invested VNĐ9 trillion in its home plant in Bắc Giang, and
** sold a fifth of its output abroad": abroad said only past a comma after
** the first figure tells of a later clause's goods or sales, not of where
** that figure went (set qweek75). */
static int abroad_only_past_clause(const ivl_fctx *x, const ivl_fsent *s, const figure *first) {
  const char *const *abroad = ivl_lexicon(LEX_ABROAD);
  size_t at = fx_first(x, s->vs, s->ve, abroad);
  return at != FX_NONE && at > first->ve && memchr(x->t + first->ve, ',', at - first->ve);
}

/* "..., though that remains small next to Thailand, whose companies
** invested $14 billion abroad last year": a country abroad whose firms a
** relative clause makes the figure's investors, right before it, sends
** its own money abroad (rule 13), no Vietnamese money. */
static int country_whose_firms(const ivl_fctx *x, const ivl_fsent *s, const figure *first) {
  static const char *const whose_firms[] = {", whose companies", ", whose firms", ", whose businesses",
                                      ", whose enterprises", ", whose investors", ", whose conglomerates", NULL};
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->ve > first->vs) break;
    if (m->kind == FM_COUNTRY && !(m->flags & (FM_VN | FM_DEMONYM)) && first->vs - m->ve <= 40 &&
        fx_starts_with_any(x, m->ve, whose_firms) && !memchr(x->t + m->ve + 1, ',', first->vs - m->ve - 1))
      return 1;
  }
  return 0;
}

int inv_speaks_of_outward(ivl_fctx *x, const ivl_fsent *s, const figure *first, int said) {
  size_t first_figure = first->vs;
  if (demonym_money_in_vn(x, s, first) || country_whose_firms(x, s, first)) return 0;
  /* "Vinamilk sold its stake in a farm to Japan's Meiji": a sale to a
  ** buyer from abroad brings money in */
  if (buyer_from_abroad(x, s, first->buyer)) return 0;
  /* (so too a unit founded by a firm from abroad with its capital: "X, a
  ** Hà Nội-based platform set up by Japan's Y in 2025 with charter capital
  ** of $12 million", money that comes in) */
  if (buyer_from_abroad(x, s, agent_of_capital(x, s, first, 1, founded_by))) return 0;
  /* "Vietnamese builder X will put up a $300 million data centre in Hà
  ** Nội for Japan's Y": works built for a client are the client's money,
  ** whatever the builder's country */
  /* (in Việt Nam: works abroad for a client abroad are no one's here) */
  const ivl_fm *client = inv_client_built_for(x, s, first, 1);
  if (client && works_placed_home(s, first, client)) return 0;
  if ((!said || abroad_only_past_clause(x, s, first)) && home_place_after_figure(x, s, first)) return 0;
  /* who invests matters only where abroad is said or a place abroad
  ** named: most sentences name neither, and need not be asked */
  if ((said || abroad_in(x, s, s->vs, s->ve) || country_draws_vietnamese(x, s, first_figure) ||
       in_countries_counted(x, s)) &&
      vn_invests(x, s, first_figure, said)) {
    x->c.outward_age = 0;
    return 1;
  }
  if (said && x->c.company && x->c.company->kind == FM_ORG && own_total_abroad_to(x, s, first)) {
    x->c.outward_age = 0;
    return 1;
  }
  /* "The city also approved 16 outward investment projects worth $93
  ** million": projects named outward are the locality's firms' abroad,
  ** whoever approved them */
  static const char *const outward_projects[] = {"outward investment project*", "outbound investment project*",
                                                 "overseas investment project*", NULL};
  static const char *const inward[] = {"foreign*", "fdi", NULL};
  size_t projects = fx_first(x, first->vs > s->vs + 40 ? first->vs - 40 : s->vs, first->ve, outward_projects);
  if (said && projects != FX_NONE && !fx_any(x, s->vs, first->ve, inward) && !projects_in_vn(x, s, projects)) {
    x->c.outward_age = 0;
    return 1;
  }
  /* "Of the total, 149 new projects ...": still the outward total (not
  ** after "At home, ..." opening the sentence or the one before: the text
  ** has turned to the company's works in Việt Nam) */
  static const char *const foreign[] = {"foreign*", "fdi", NULL};
  static const char *const home[] = {"at home", "back home", "domestically", "in its home market",
                                     "in the home market", NULL};
  int turned_home = fx_starts_with_any(x, s->vs, home) ||
                    (x->c.before.index + 1 == s->index && fx_starts_with_any(x, x->c.before.vs, home));
  if (x->c.outward_age <= 2 && !turned_home && !foreign_subject(x, s, first_figure) && !local_unit_subject(x, s) &&
      !stake_bought_from_abroad(x, s, first_figure) &&
      !into_own_unit_home(x, s) &&
      !foreign_said_outside_names(x, s, foreign) &&
      !vn_target_near(x, s, s->vs, s->ve, &(figure){0}).name) {
    x->c.outward_age = 0;
    return 1;
  }
  return 0;
}

/* "$412 million in 28 countries, with Laos receiving $92 million", "...,
** led by Cambodia with $120 million": a place these bring in after a total
** opens a list of its parts; with a figure after it, it is that figure's
** (even when the total went "to" or "in" somewhere before). */
static const char *const list_heads[] = {"with", "led by", "headed by", "topped by", NULL};

/* Does a money figure follow 'm' in the sentence? */
static int next_figure_after(const ivl_fsent *s, const ivl_fm *m) {
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY && s->m[i].vs >= m->ve) return 1;
  return 0;
}

/* "Vietnamese firm invests $40 million in Philippines": one company
** described, not Vietnamese firms at large ("Vietnamese firms invested"). */
static int one_firm_described(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const many[] = {"firms", "companies", "enterprises", "businesses", "investors", "groups", NULL};
  size_t to = m->ve + 30 < x->a->view.len ? m->ve + 30 : x->a->view.len;
  return fx_describes_company(x, m) && !fx_any(x, m->ve, to, many);
}

/* "Viettel led with $120 million, followed by FPT Corporation with $60
** million": a Vietnamese company (or one not known to be foreign) joined
** to the figure right after it by "with" or "at" is that figure's
** investor, not the list's head. */
static const ivl_fm *firm_of_figure(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const joins[] = {"with", "at", NULL};
  /* "X's $60 million expansion in Laos and a $35 million project by Y in
  ** Cambodia": the firm whose project the figure is, named after it */
  const ivl_fm *owner = inv_owner_after(x, s, f);
  if (owner && (!owner->country || vn_company(x, s, owner))) return owner;
  for (size_t i = s->n; i-- > 0;) {
    const ivl_fm *m = &s->m[i];
    if (m->ve > f->vs) continue;
    if (m->kind != FM_ORG || !(m->flags & FM_COMPANY) || f->vs - m->ve > 8 || (m->country && !vn_company(x, s, m)))
      return NULL;
    /* "X's $120 million mill in Indonesia and Y's $45 million purchase of
    ** a snack maker in the Philippines": the firm whose the figure is */
    size_t pos = fx_possessive(x, m);
    if (pos && fx_only(x, m->ve + pos, f->vs, " ")) return m;
    return fx_ends_with_any(x, f->vs, joins) && fx_lower_words(x, m->ve, f->vs) ? m : NULL;
  }
  return NULL;
}

/* "in Laos and Cambodia", "in the US, Cambodia and New Zealand": the
** place abroad 'm' is one of several named together, the figure no one
** of theirs. Returns the next one, or NULL; not a place's own country
** ("in Vientiane, Laos"). Việt Nam itself after the place abroad ("on data
** centres in Singapore and Vietnam combined") is one of them too: money
** for both countries goes to no one place, not a Vietnamese place's
** ("in Laos and Vietnam's Nghệ An"). */
static const ivl_fm *listed_with_another(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *n = &s->m[i];
    if (n->vs < m->ve || n == m) continue;
    int vietnam = n->kind == FM_COUNTRY && (n->flags & FM_VN) && !(n->flags & FM_DEMONYM) &&
                  !fx_starts_with(x, n->ve, "'s") && !fx_starts_with(x, n->ve, "\xE2\x80\x99s");
    if (!(n->kind == FM_COUNTRY || n->kind == FM_PLACE) || ((n->flags & (FM_VN | FM_DEMONYM)) && !vietnam) ||
        n->vs - m->ve > 6)
      return NULL;
    size_t a = fx_find(x, m->ve, n->vs, "and");
    int joined = a == FX_NONE ? fx_only(x, m->ve, n->vs, ", ")
                              : fx_only(x, m->ve, a, ", ") && fx_only(x, a + 3, n->vs, " ");
    if (!joined || (m->kind == FM_PLACE && n->kind == FM_COUNTRY && m->country && strcmp(m->country, n->party) == 0))
      return NULL;
    /* (Việt Nam only after "and": "In Cambodia, Việt Nam has 212 projects"
    ** opens a clause on Việt Nam, no list) */
    if (vietnam && a == FX_NONE) return NULL;
    /* "$50 million in Laos and Cambodia $30 million": the next place opens
    ** a gapped member, its own amount right after it */
    if (i + 1 < s->n && s->m[i + 1].kind == FM_MONEY && fx_only(x, n->ve, s->m[i + 1].vs, " ")) return NULL;
    return n;
  }
  return NULL;
}

/* "another $150 million on acquisitions in Europe and North America": the
** figure's clause names macro-regions as where it goes, no one place
** (rule 17, GUIDELINES: continents and macro-regions are no places), not
** the company's place abroad spoken of before. */
static int regions_named(const ivl_fctx *x, const figure *f) {
  static const char *const regions[] = {"in europe", "in asia", "in africa", "in north america", "in south america",
                                        "in latin america", "in southeast asia", "in the middle east", NULL};
  return fx_any(x, f->cs, f->ce, regions);
}

/* Is m named in a phrase of cause opened after 'from' ("because of fewer
** deals in Laos", "due to a slump in Chinese demand"), in one clause? */
static int in_cause_phrase(const ivl_fctx *x, size_t from, const ivl_fm *m) {
  static const char *const causes[] = {"because of", "due to", "owing to", "thanks to", "on the back of",
                                       "as a result of", NULL};
  size_t at = fx_last(x, from, m->vs, causes);
  if (at == FX_NONE) return 0;
  for (size_t k = at; k < m->vs; k++)
    if (x->t[k] == ',' || x->t[k] == ';') return 0;
  return 1;
}

/* Is the last fact stored company m's (its investor m's name)? */
static int last_fact_by(const ivl_fctx *x, const ivl_fm *m) {
  return x->out->n && m->party && inv_stored_is(x, x->out->n - 1, IVL_SYM_INVESTOR, m->party);
}

/* "its stake in Laos' second largest carrier", "shares in Thailand's
** biggest airline": the country's possessive describes the firm the stake
** is held in. */
/* (so too the seat of the firm bought, told again after a participle:
** "..., taking 40 per cent of the Yangon-based airline") */
static int stake_in_country_firm(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const stake_in[] = {"stake in", "stakes in", "shares in", "holding in", NULL};
  if (fx_based_in(x, m) && based_bought_into(x, s, m)) return 1;
  return m->kind == FM_COUNTRY && !(m->flags & FM_DEMONYM) && fx_possessive(x, m) && fx_ends_with_any(x, m->vs, stake_in);
}

/* "set up a trading unit in Dubai with a capital of Dh5 million and plans
** to open 20 cafés in the UAE": a place abroad after the figure, past a
** predicate joined by "and", is that predicate's, where the figure's own
** clause named its place abroad before it (set qweek70). */
static int place_of_next_predicate(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *m) {
  static const char *const joined[] = {"and plans", "and plan", "and will", "and aims", "and intends", "and expects",
                                       "and hopes", "and wants", "and it", NULL};
  return m->vs >= f->ve && fx_any(x, f->ve, m->vs, joined) && abroad_in(x, s, f->cs, f->vs) != NULL;
}

/* "a plant in Rockingham County, North Carolina", "an office in Bellevue,
** Wash.": a place abroad and, right after it (and its "County") and a
** comma, another place abroad that ends the phrase is the state or
** province holding it, where the money goes, as a Vietnamese district's
** province is (set qweek86); not a list of places ("in Osaka, Nagoya and
** Kobe"), nor a country ("in Vientiane, Laos": the town) */
static const ivl_fm *holder_after(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  if (m->kind != FM_PLACE) return m;
  size_t i = fx_mentions_from(s->m, s->n, m->ve);
  if (i >= s->n) return m;
  const ivl_fm *r = &s->m[i];
  if (r->kind != FM_PLACE || !inv_place_abroad(r) || fx_based_in(x, r)) return m;
  size_t k = m->ve;
  while (k < r->vs && x->t[k] == ' ') k++;
  k = fx_admin_word_at(x, k, r->vs);
  if (k >= r->vs || x->t[k] != ',' || !fx_only(x, k + 1, r->vs, "")) return m;
  static const char *const joins[] = {"and", "or", NULL};
  size_t e = r->ve;
  while (e < s->ve && x->t[e] == ' ') e++;
  e = fx_admin_word_at(x, e, s->ve);
  if (fx_starts_with_any(x, e, joins)) return m;
  if (i + 1 < s->n && s->m[i + 1].kind == FM_PLACE && fx_only(x, e, s->m[i + 1].vs, ",")) return m;
  return r;
}

/* Is 'm' the place of a firm bought into: its country's demonym or
** possessive after the words of a purchase, its seat ("Hong Kong-based
** X"), or a place in the aside on it? */
static int bought_firm_place(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  return company_bought_into(x, m) || possessive_firm_bought_into(x, m) ||
         (fx_based_in(x, m) && based_bought_into(x, s, m)) || seat_bought_into(x, s, m) ||
         runs_in_bought_aside(x, s, m);
}

/* "By comparison, Australian investment in Indonesia is estimated at A$9
** billion", "Indonesia, which had drawn US$15 billion of Chinese steel
** capital": a country abroad's demonym or possessive right before the
** words of money in the figure's clause names whose money it is, a third
** country's in a place abroad, no Vietnamese money sent out (rules 4, 17;
** sets qweek105, qweek108). Not "Vietnamese investment in Laos". */
static int third_country_money(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const money[] = {"investment", "investments", "capital", "fdi", "money", NULL};
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < f->cs || m->ve > f->ce || m->kind != FM_COUNTRY || (m->flags & (FM_VN | FM_DATELINE))) continue;
    size_t poss = fx_possessive(x, m);
    if (((m->flags & FM_DEMONYM) || poss) && fx_noun_within(x, m->ve + poss, money, 2)) return 1;
  }
  return 0;
}

void inv_link_outward(ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  x->frame = "invest.outward";
  int m_stays = 0;
  /* (a firm the figure is paired with by "respectively") */
  const ivl_fm *own = f->investor_as && f->investor_as->kind == FM_ORG ? f->investor_as : NULL;
  /* ("- 2007: Licensed to invest 60 million USD in a plantation in Laos") */
  if (!own && (own = entry_subject(x, s, f)) != NULL) x->c.entry_subject = own;
  if (!own) own = elliptical_member(x, s, f, 0);
  if (!own) own = firm_of_figure(x, s, f);
  /* (not the firm bought: "bought a 65 per cent stake in maker X for ...") */
  if (own && fx_bought_company(x, own)) own = NULL;
  /* (or a group's leader: "A consortium of Vietnamese companies including
  ** A, B and C will invest $1 billion in ...", not Việt Nam at large) */
  if (!own) own = inv_group_leader(x, s, f);
  /* "X will spend $1.6 billion on a plant in Indonesia. Of that, $400
  ** million will go into a first phase": a part of the company's own
  ** figure abroad, just told, is the company's, not Việt Nam's at large */
  if (!own && x->c.outward_age <= 1 && x->c.company && x->c.company->kind == FM_ORG && inv_opens_breakdown(x, s) &&
      last_fact_by(x, x->c.company))
    own = x->c.company;
  /* "... granted an outward investment certificate to X for a plant in
  ** Attapeu province, Laos. Total investment capital of the project: USD 68
  ** million": the certificate's holder and its works abroad (set qweek82) */
  const ivl_fm *certified = !own && x->c.company && x->c.company->kind == FM_ORG && capital_field_opens(x, s)
                              ? inv_certified_abroad_before(x, s)
                              : NULL;
  if (certified) own = x->c.company;
  party inv = own ? (party){own->party, own, 1, 0} : vn_investor(x, s, f);
  if (inv.m && inv.m->kind == FM_ORG && fx_bought_company(x, inv.m)) inv = (party){"VN", NULL, 1, 0};
  if (!inv.name) inv = (party){"VN", NULL, 1, 0};
  if (!own && strcmp(inv.name, "VN") == 0 && third_country_money(x, s, f)) return;
  /* the settle step gives the fact to the company the body names */
  if (inv.m && inv.m->kind == FM_COUNTRY && one_firm_described(x, inv.m)) x->frame = "invest.described";
  /* "$20 million to its Peruvian unit and $10 million to a unit in
  ** Cambodia": where the money goes is said after it, else before */
  const ivl_fm *m = abroad_in(x, s, f->ve, f->ce < f->ve + 90 ? f->ce : f->ve + 90);
  if (m && !fx_any(x, f->ve, m->vs, towards)) m = NULL;
  if (m && place_of_next_predicate(x, s, f, m)) m = NULL;
  /* "... for a wind farm in Sekong province, with total capital of $1.05
  ** billion, at a ceremony in Vientiane": where the licence was handed,
  ** after the figure, gives way to the works' place before it (set qweek35) */
  if (m && m->kind == FM_PLACE && event_venue(x, m)) {
    const ivl_fm *works = abroad_in(x, s, s->vs, f->vs);
    if (works && works->kind == FM_PLACE && !event_venue(x, works)) m = works;
  }
  /* "bought a 70 per cent stake in Hong Kong-based X for HK$156 million,
  ** giving it a base for its shrimp in southern China": a place past a
  ** comma after the figure tells what the purchase serves; the firm bought,
  ** placed before the figure by its seat or country, is where the money
  ** goes */
  if (m && m->vs > f->ve && clause_comma(x, f->ve, m->vs)) {
    const ivl_fm *bought = abroad_in(x, s, f->cs, f->vs);
    if (bought && bought_firm_place(x, s, bought)) m = bought;
  }
  /* (not the reference points of a rank: "$5.6 billion in Laos, making it
  ** the third-largest investor there after China and Thailand") */
  if (m && rank_reference(x, f->ve, m)) m = NULL;
  /* "Laos alone has received $5.7 billion to date, ... followed by
  ** Cambodia": the place abroad the clause is about comes first */
  const ivl_fm *subject = abroad_in(x, s, f->cs, f->vs);
  if (subject && (subject->vs == s->vs || subject->vs == f->cs)) m = subject;
  /* (not "The Texas plant adds to the $1.2 billion that X has invested
  ** abroad since 2018": the figure's own clause sends it abroad at large) */
  int abroad_at_large = !m && abroad_in_own_clause(x, f);
  int total_abroad = own_total_abroad_to(x, s, f);
  if (!m) m = abroad_in(x, s, f->cs, f->vs);
  if (!m) m = abroad_in(x, s, s->vs, s->ve);
  if (m && abroad_at_large && m->vs < f->vs && !fx_ends_with_any(x, m->vs, towards)) m = NULL;
  /* "$186 million abroad, with the United States topping the list at $64
  ** million": a place after the figure, not where it goes to, but before
  ** the next figure, is that figure's */
  if (m && m == f->other_named) m = NULL;
  /* "$535 million overseas, down 12 per cent because of fewer mining deals
  ** in Laos": a place in a phrase of cause after the figure says why, not
  ** where the money went */
  if (m && m->vs >= f->ve && in_cause_phrase(x, f->ve, m)) m = NULL;
  if (m && m->vs >= f->ve && next_figure_after(s, m) &&
      (!fx_any(x, f->ve, m->vs, towards) || fx_ends_with_any(x, m->vs, list_heads)))
    m = NULL;
  /* (not "put $20 million into X, lifting its stake in Laos' second largest
  ** carrier to 49 per cent": the country of the firm the stake is in, past
  ** the clause's break, is still where the money goes; set qaero) */
  if (m && m->vs > f->ve && stake_in_country_firm(x, s, m)) m_stays = 1;
  /* "$118 million to overseas projects, of which $41 million went to Laos";
  ** "$520 million abroad, with Laos and Singapore the top destinations" */
  if (m && !m_stays && (inv_breaks_figure(x, f->ve, m->vs) ||
            (m->vs > f->ve && (listed_with_role(x, s, f, top_roles) || listed_leading(x, s, f) ||
                               with_place_among(x, f, m)))))
    m = NULL;
  /* "$387 million abroad, including $96 million in Laos": the place of a
  ** part named after the whole, the part's own */
  /* (or of the largest part, "... abroad, led by a $40 million farm in Laos") */
  if (m && m->vs > f->ve) {
    size_t inc = fx_find(x, f->ve, m->vs, "including"), led = fx_first(x, f->ve, m->vs, inv_largest_part);
    if (led < inc) inc = led;
    for (size_t i = 0; inc != FX_NONE && i < s->n && m; i++)
      if (s->m[i].kind == FM_MONEY && s->m[i].vs > inc && s->m[i].ve <= m->vs) m = NULL;
  }
  /* "$120 million in a network in Tanzania, raising its total overseas
  ** investment to $610 million": a total abroad the increase brings it
  ** to is of no one place (rule 17), not the added money's */
  if (m && m->ve <= f->vs) {
    static const char *const raising[] = {"raising", "bringing", "lifting", "taking", "pushing", NULL};
    size_t at = fx_first(x, m->ve, f->vs, raising);
    if (at != FX_NONE && fx_find(x, at, f->vs, "total") != FX_NONE && fx_any(x, at, f->vs, ivl_lexicon(LEX_ABROAD)))
      m = NULL;
  }
  /* "The first phase, costing A$350 million, ...": the company's project
  ** abroad spoken of just before */
  /* but "Its total investment abroad reached $500 million": all its
  ** projects abroad, no one place (rule 17) */
  /* (nor "VRG has so far invested $1.9 billion in 33 projects abroad": a
  ** running total abroad) */
  if (total_abroad) m = NULL, abroad_at_large = 1;
  if (m) m = holder_after(x, s, m);
  if (!m && !abroad_at_large && inv.m && inv.m->kind == FM_ORG && x->c.abroad && x->c.outward_age <= 2 &&
      !((fx_find(x, f->cs, f->ce, "total") != FX_NONE || fx_any(x, f->cs, f->ce, ivl_lexicon(LEX_CUMULATIVE))) &&
        fx_any(x, f->cs, f->ce, ivl_lexicon(LEX_ABROAD))) &&
      !abroad_after_figure(x, f) && !regions_named(x, f))
    m = x->c.abroad;
  /* several places abroad together: their country when they share one
  ** ("in Phnom Penh and Siem Reap"), else no one place (rule 17) */
  /* "followed by Cambodia, the United States and Singapore with $94
  ** million, $71 million and $58 million, respectively": the place abroad
  ** the figure is paired with, as investors are for money coming in */
  if (!m && certified) m = certified;
  int paired = f->investor_as && inv_place_abroad(f->investor_as);
  if (paired) m = f->investor_as;
  /* ("A and B will invest $40 million and $25 million respectively in
  ** Cambodia and Laos": the firms' places abroad, in order) */
  if (f->target_as && inv_place_abroad(f->target_as)) m = f->target_as, paired = 1;
  const ivl_fm *other = m && !paired ? listed_with_another(x, s, m) : NULL;
  const char *shared = NULL;
  if (other) {
    shared = m->kind == FM_PLACE && other->kind == FM_PLACE && m->country && other->country &&
                     strcmp(m->country, other->country) == 0
                 ? m->country
                 : "*";
    m = NULL;
  }
  /* "... in Kratie Province, Cambodia, raising its total investment in the
  ** country to $210 million": the country of the place abroad */
  static const char *const in_country[] = {"in the country to", "in the country to over",
                                           "in the country to more than", "in the country to nearly", NULL};
  if (m && m->kind == FM_PLACE && m->country && !shared && fx_ends_with_any(x, f->vs, in_country))
    shared = m->country, m = NULL;
  /* and of a company described ("A Vietnamese steelmaker will spend $300
  ** million on a mill in Indonesia"), for the body's next figures */
  if (m && inv.m && (inv.m->kind == FM_ORG || strcmp(x->frame, "invest.described") == 0)) x->c.abroad = m;
  /* "Mining led outward investment with $52 million, followed by retail":
  ** a ranked list of no places and no firms ranks sectors, no investor's
  ** place among a target's (rule 16) */
  if (!m && !shared && f->rank && (!inv.m || inv.m->kind == FM_COUNTRY)) return;
  party tgt = m ? (party){m->party, m, 0, 0} : (party){shared ? shared : "*", NULL, 0, 0};
  /* a share of Việt Nam's outward total is no share of the target's FDI */
  figure g = *f;
  g.share = NULL;
  x->c.outward_vn_sent = strcmp(inv.name, "VN") == 0 && (!inv.m || inv.m->kind == FM_COUNTRY) ? s->index + 1 : 0;
  inv_store_figure(x, s, &g, inv, tgt);
  inv_members_alongside(x, s, &g, inv, tgt);
}

int inv_place_abroad(const ivl_fm *m) {
  if (m->flags & (FM_VN | FM_DATELINE | FM_DEMONYM)) return 0;
  return m->kind == FM_COUNTRY || (m->kind == FM_PLACE && m->country);
}

/* Is m a member of a list of figureless places or investors: a place
** abroad for money going out, a country or company investing for money
** coming in (not a demonym, nor Việt Nam)? */
static int unfigured_member(const ivl_fctx *x, const ivl_fm *m, int outward) {
  if (outward) return inv_place_abroad(m);
  return fx_can_invest(x, m, 1) && !(m->flags & (FM_DEMONYM | FM_VN | FM_DATELINE));
}

/* Store, as 'like' (its date and basis), each member of the list that
** opens in t[from, to): a destination of 'fixed' (outward) or a source
** investing in 'fixed' (inward), no figure and no rank, unless a fact
** stored from 'first' on has it already. */
static void listed_members_unfigured(ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to, const figure *like,
                                     party fixed, size_t first, int outward) {
  figure g = *like;
  g.money = g.equiv = g.count = g.share = NULL;
  g.bare_count = 0;
  g.rank = 0;
  g.investor_as = g.target_as = g.other_named = NULL;
  x->frame = outward ? "invest.destinations" : "invest.sources";
  size_t end = FX_NONE;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < from || m->ve > to || !unfigured_member(x, m, outward)) continue;
    if (end != FX_NONE && !inv_list_joiner(x, end, m->vs)) break; /* one list */
    end = m->ve;
    party named = {m->party, m, 0, 0};
    if (inv_named_here(x, first, outward ? IVL_SYM_TARGET : IVL_SYM_INVESTOR, m->party)) continue;
    inv_store_figure(x, s, &g, outward ? fixed : named, outward ? named : fixed);
  }
}

/* Destinations named without figures are facts (the lead's decision, as
** the inward "X and Y were also among the top five sources" are): Việt Nam
** (or the firm) invests in each, no amount, and no rank where the list's
** order gives none (rule 16). */
void inv_destinations_unfigured(ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to, const figure *like,
                                party inv, size_t first) {
  listed_members_unfigured(x, s, from, to, like, inv, first, 1);
}

/* Does the role of a list begin at 'at': "the top", "leading", or "the
** three largest" (a number before the superlative)? */
static int top_role_at(const ivl_fctx *x, size_t at) {
  static const char *const numbers[] = {"two", "three", "four", "five", "2", "3", "4", "5", NULL};
  static const char *const superlatives[] = {"largest", "biggest", "leading", "main", "top", NULL};
  if (fx_starts_with_any(x, at, top_roles) || fx_starts_with(x, at, "leading")) return 1;
  if (!fx_starts_with(x, at, "the")) return 0;
  for (int k = 0; numbers[k]; k++)
    if (fx_starts_with(x, at + 3, numbers[k])) return fx_starts_with_any(x, at + 4 + strlen(numbers[k]), superlatives);
  return 0;
}

/* "the neighbouring country has attracted $18.5 billion from abroad, with
** China and Thailand its largest sources": a list whose role names it the
** money's sources or investors tells who put money into the place abroad
** (rule 13), no destinations of Việt Nam's. */
static int sources_role(const ivl_fctx *x, size_t at) {
  static const char *const sources[] = {"source", "sources", "investor", "investors", NULL};
  size_t to = at + 40 < x->a->view.len ? at + 40 : x->a->view.len;
  size_t end = at;
  while (end < to && x->t[end] != ',' && x->t[end] != '.' && x->t[end] != ';') end++;
  return fx_any(x, at, end, sources);
}

void inv_listed_unfigured(ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t first, int outward) {
  size_t with = fx_find(x, f->ve, s->ve, "with");
  if (with == FX_NONE || x->out->n == first) return;
  /* the list right after "with", two members or more, its role right after
  ** it ("the top destinations", "leading", "the three largest sources"),
  ** not "with Laos the top destination, receiving $95 million" (one place,
  ** its own figure) */
  size_t n = 0, end = with + 4;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < end) continue;
    if (!unfigured_member(x, m, outward) || !inv_list_joiner(x, end, m->vs)) break;
    n++, end = m->ve;
  }
  while (end < s->ve && x->t[end] == ' ') end++;
  /* (or placed in a group with no order among its members, one member
  ** enough: "with Laos and Cambodia among the main destinations", each a
  ** fact with no rank, as "among the top five investors" is; rule 16) */
  int among = fx_starts_with(x, end, "among");
  if (among) end += strlen("among ");
  if (n < (among ? 1u : 2u) || !top_role_at(x, end)) return;
  if (outward && sources_role(x, end)) return;
  /* the total's own fact holds the other side: its investor abroad, its
  ** place at home, where foreign investors at large ('*') put it */
  char held[128];
  if (!inv_stored_name(x, first, outward ? IVL_SYM_INVESTOR : IVL_SYM_TARGET, held, sizeof held)) return;
  if (!outward) {
    char inv[8];
    if (!inv_stored_name(x, first, IVL_SYM_INVESTOR, inv, sizeof inv) || strcmp(inv, "*") != 0) return;
  }
  party fixed = {held, NULL, !outward || strcmp(held, "VN") == 0, 0};
  listed_members_unfigured(x, s, with, end, f, fixed, first, outward);
}

/* "12 were domestic projects worth VNĐ14 trillion (US$546 million) and
** 33 were FDI projects worth $912 million": a word after the figure, past
** an "and" that opens the next member (a figure after the word), is that
** member's, not the figure's. */
static int next_members(const ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t at) {
  static const char *const joins[] = {"and", "while", "whereas", NULL};
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_MONEY || m->vs < f->ve) continue;
    if (fx_only(x, f->ve, m->vs, " (")) continue; /* its equivalent in brackets */
    return m->vs > at && fx_first(x, f->ve, at, joins) != FX_NONE;
  }
  return 0;
}

/* "The first phase, which cost the domestic group VNĐ25 trillion": "the
** domestic" and one noun of a firm's kind speak of the firm named before,
** as "the group" does, not of Vietnamese investors in aggregate. */
static int domestic_firm_told_before(const ivl_fctx *x, size_t at) {
  static const char *const firms[] = {"group", "company", "firm", "developer", "producer", "maker",
                                      "steelmaker", "builder", "contractor", "conglomerate", NULL};
  return fx_starts_with(x, at, "domestic") && fx_ends_with(x, at, "the") && fx_starts_with_any(x, at + 8, firms);
}

/* "has acquired the resort from domestic developer X for $118 million":
** the cue at 'at', right after "from" in a clause that buys before the
** figure, tells of the seller, not who pays. */
static int seller_before_figure(const ivl_fctx *x, const figure *f, size_t at) {
  if (at >= f->vs) return 0; /* (a cue inside the figure: no clause before it) */
  size_t from = fx_find_last(x, at > f->cs + 24 ? at - 24 : f->cs, at, "from");
  return from != FX_NONE && fx_lower_words(x, from, at) && fx_any(x, f->cs, from, buying_words) &&
         !memchr(x->t + at, ',', f->vs - at);
}

/* "11 domestic projects worth ...", "Domestic investors registered ...",
** "Vietnamese investors ...", "VNĐ68 trillion from domestic investors":
** Việt Nam's own capital, never foreign '*'. The cue nearest the figure
** decides ("37 projects were foreign-invested, while 161 domestic projects
** accounted for ..."). */
static size_t nearest_cue(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const char *const *words) {
  size_t from = f->cs + 120 < f->vs ? f->vs - 120 : f->cs;
  size_t to = f->ce < f->ve + 40 ? f->ce : f->ve + 40;

  size_t best = FX_NONE;
  for (size_t at = from; (at = fx_first(x, at, to, words)) != FX_NONE; at++) {
    /* "buying shares in local companies": whose shares, not who buys */
    if (fx_starts_with(x, at, "local") &&
        (fx_ends_with(x, at, "in") || fx_ends_with(x, at, "into") || fx_ends_with(x, at, "of")))
      continue;
    if (at >= f->ve && next_members(x, s, f, at)) break;
    if (domestic_firm_told_before(x, at)) continue;
    /* "acquired a 21 per cent stake for $120 million from a group of
    ** domestic funds": the sellers a holding is bought from, not who buys
    ** (not money's source: "VNĐ12 trillion from domestic investors") */
    if (at >= f->ve) {
      static const char *const holdings[] = {"stake", "stakes", "shares", "per cent", "percent", NULL};
      size_t seller = fx_find_last(x, f->ve, at, "from");
      if (seller != FX_NONE && at - seller <= 24 && fx_lower_words(x, seller, at) && fx_any(x, f->cs, seller, holdings))
        continue;
    } else if (seller_before_figure(x, f, at)) {
      continue;
    }
    size_t d = at >= f->vs && at < f->ve ? 0 : at < f->vs ? f->vs - at : at - f->ve;
    if (best == FX_NONE || d < best) best = d;
    if (at >= f->vs) break; /* in the figure or after it: the next is farther */
  }
  return best;
}

/* The words before a country abroad a contrast clause's money goes to,
** its article among them: "in Laos", "in the Philippines", "to the UK"
** (set qweek73; towards itself, looked for in a window before places of
** every kind, keeps its three words). */
static const char *const towards_country[] = {"to", "in", "into", "to the", "in the", "into the", NULL};

/* "..., while Hà Nội enterprises invested $86 million abroad": money said
** to go abroad right after it (no comma between) is outward, though a
** clause before it spoke of domestic capital. */
/* (or "..., while Vietnam has invested $120 million in eight projects in
** Kazakhstan": Việt Nam the clause's subject, a country abroad where the
** money goes) */
static int vn_clause_abroad(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  size_t near = f->ve + 48 < s->ve ? f->ve + 48 : s->ve;
  const ivl_fm *there = NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < f->ve) continue;
    /* its parts after it ("..., including a $25 million plant of X in
    ** Y") are their own figures (vn_investor stops at them) */
    if (m->kind == FM_MONEY) break;
    if (!there && m->ve <= near && m->kind == FM_COUNTRY && !(m->flags & (FM_VN | FM_DEMONYM)) &&
        fx_ends_with_any(x, m->vs, towards_country))
      there = m;
  }
  if (!there || memchr(x->t + f->ve, ',', there->vs - f->ve)) return 0;
  size_t cs = f->vs;
  while (cs > s->vs && x->t[cs - 1] != ',') cs--;
  for (size_t i = 0; i < s->n && s->m[i].ve <= f->vs; i++)
    if (s->m[i].vs >= cs && vn_acts(x, &s->m[i])) return 1;
  return 0;
}

/* "Australia is its 20th largest investor with $2.1 billion, while
** Vietnamese investment in Australia stands at $740 million": a later
** clause opening on "while" whose Vietnamese investor's money is said to
** be in a country abroad before the figure is outward, as the place
** after the figure is in vn_clause_abroad. */
static int vn_clause_abroad_before(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  /* most figures have no country abroad before them: the mentions say so
  ** before the bytes back to the clause's comma are read (1.2M Ir on
  ** /tmp/b1 read for every figure) */
  int abroad = 0;
  for (size_t i = 0; i < s->n && s->m[i].ve <= f->vs && !abroad; i++)
    abroad = s->m[i].kind == FM_COUNTRY && !(s->m[i].flags & (FM_VN | FM_DEMONYM));
  if (!abroad) return 0;
  size_t cs = f->vs;
  while (cs > s->vs && x->t[cs - 1] != ',') cs--;
  while (cs < f->vs && x->t[cs] == ' ') cs++;
  if (cs == s->vs || !fx_starts_with_any(x, cs, contrast_words)) return 0;
  int actor = 0;
  for (size_t i = 0; i < s->n && s->m[i].ve <= f->vs; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < cs) continue;
    if (!actor) actor = vn_acts(x, m);
    else if (m->kind == FM_COUNTRY && !(m->flags & (FM_VN | FM_DEMONYM)) && fx_ends_with_any(x, m->vs, towards_country))
      return 1;
  }
  return 0;
}

int inv_gone_abroad(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  static const char *const gone[] = {"abroad", "overseas", NULL};
  if (vn_clause_abroad_before(x, s, f)) return 1;
  if (!(s->cues & CUE_ABROAD)) return vn_clause_abroad(x, s, f);
  size_t near = f->ve + 32 < f->ce ? f->ve + 32 : f->ce;
  size_t ab = fx_first(x, f->ve, near, gone);
  return (ab != FX_NONE && !memchr(x->t + f->ve, ',', ab - f->ve)) || vn_clause_abroad(x, s, f);
}

/* "Vietnamese investment in Hungary stands at $65 million, while
** Hungarian firms have invested $160 million in Việt Nam": a later
** clause whose own investor is from abroad and whose money comes into
** Việt Nam is inward, in a sentence about investment abroad. */
int inv_comes_in(const ivl_fctx *x, const ivl_fsent *s, const figure *prev, const figure *f) {
  static const char *const turns[] = {"while", "whereas", "meanwhile", NULL};
  size_t turn = fx_first(x, prev->ve, f->vs, turns);
  if (turn == FX_NONE) return 0;
  int from_abroad = 0, into_vn = 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_COUNTRY) continue;
    if (m->vs > turn && m->ve <= f->vs && !(m->flags & FM_VN)) from_abroad = 1;
    if ((m->flags & FM_VN) && m->vs >= f->ve && m->vs <= f->ve + 16 &&
        (fx_ends_with(x, m->vs, "in") || fx_ends_with(x, m->vs, "into")))
      into_vn = 1;
  }
  return from_abroad && into_vn;
}

/* "Chinese solar group's Vietnam unit", "a Japanese retailer's Việt Nam
** arm": the country, after an owner's possessive, names where the owner's
** arm is, not Vietnamese money; so it does after "its" (lower-case words
** between: "raised the capital of its wholly owned Vietnam unit"), the
** arm being the one money goes to. */
static int owners_arm_here(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const arms[] = {"unit", "units", "arm", "arms", "subsidiary", "subsidiaries", "affiliate",
                                     "branch", "operation", "operations", NULL};
  static const char *const owners[] = {"its", "their", NULL};
  size_t p = m->vs;
  while (p > 0 && x->t[p - 1] == ' ') p--;
  int possessive = (p >= 2 && memcmp(x->t + p - 2, "'s", 2) == 0) ||
                   (p >= 4 && memcmp(x->t + p - 4, "\xE2\x80\x99s", 4) == 0);
  if (!possessive && !(m->flags & FM_DEMONYM)) {
    size_t o = fx_first(x, m->vs > 24 ? m->vs - 24 : 0, m->vs, owners);
    if (o != FX_NONE)
      while (o < m->vs && ivl_isalpha((unsigned char)x->t[o])) o++; /* past "its" or "their" */
    possessive = o != FX_NONE && fx_lower_words(x, o, m->vs);
  }
  return possessive && fx_noun_within_three(x, m->ve, arms);
}

/* "Hoshimi's Vietnam chief executive Takeshi Morimoto said the group had
** invested ...", "its Vietnam country manager": the country right before
** a post names where the post is held, not Vietnamese money (set qweek31). */
static int ground_of_post(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const posts[] = {"chief executive", "ceo", "general director", "managing director", "director",
                                      "country manager", "manager", "head", "chairman", "chairwoman", "president",
                                      "representative", "chief representative", NULL};
  return !(m->flags & FM_DEMONYM) && m->ve < x->a->view.len && x->t[m->ve] == ' ' &&
         fx_starts_with_any(x, m->ve, posts);
}

/* "seven projects by Vietnamese investors with total capital of VNĐ21
** trillion", "12 projects of Vietnamese firms worth ...": whose the
** figure's counted projects are, told right after its count (inside the
** figure's own span, so the subjects before it are not asked). */
static int count_owned_by_vn(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  if (!f->count) return 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < f->count->ve) continue;
    return m->vs - f->count->ve <= 6 && (m->flags & FM_DEMONYM) && fx_ends_with_any(x, m->vs, whose) &&
           vn_acts(x, m);
  }
  return 0;
}

/* "Hai Lang LNG Power, a joint venture of a Vietnamese state-owned power
** company and Japan's Y, is investing $2.3 billion": a country in the
** aside on the named subject (its org, a comma, "a"/"an"/"the", the aside
** closed by a comma before the figure) tells who owns the subject, which
** invests by its name (rule 12), not Vietnamese money (set qbond). */
static int in_aside_on_subject(const ivl_fctx *x, const ivl_fsent *s, size_t i, const figure *f) {
  static const char *const opens[] = {"a", "an", "the", NULL};
  const ivl_fm *m = &s->m[i];
  size_t j = i;
  while (j > 0 && s->m[j - 1].kind != FM_ORG) j--;
  if (j == 0) return 0;
  const ivl_fm *org = &s->m[j - 1];
  if (org->ve >= m->vs || x->t[org->ve] != ',' || !fx_only(x, s->vs, org->vs, "")) return 0;
  if (!fx_starts_with_any(x, org->ve + 1, opens) || memchr(x->t + org->ve + 1, ',', m->vs - org->ve - 1)) return 0;
  return m->ve < f->vs && memchr(x->t + m->ve, ',', f->vs - m->ve) != NULL;
}

static const char *const buy_the[] = {"buy the", "buys the", "bought the", "buying the", "acquire the",
                                      "acquires the", "acquired the", "acquiring the", "purchase the", NULL};

/* Is demonym m followed by a lower-case noun and its possessive ("the
** Vietnamese fund's"), the one whose holding is named next? */
static int holder_possessive_after(const ivl_fctx *x, const ivl_fm *m) {
  size_t p = m->ve;
  if (p >= x->a->view.len || x->t[p] != ' ') return 0;
  p++;
  size_t w = p;
  while (p < x->a->view.len && ivl_islower((unsigned char)x->t[p])) p++;
  return p > w && p + 1 < x->a->view.len && x->t[p] == '\'' && x->t[p + 1] == 's';
}

/* "a 60% stake in X JSC, a latex processor in Binh Phuoc province,
** Vietnam, for RM185 million": a country written after a place of its own
** and a comma (the place's generic word between) is where that place
** lies, no subject that puts money in (set qweek93). */
static int country_of_place_before(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  const ivl_fm *m = &s->m[i], *p = i ? &s->m[i - 1] : NULL;
  if (!p || p->kind != FM_PLACE || !p->country || m->kind != FM_COUNTRY || !m->party || (m->flags & FM_DEMONYM) ||
      strcmp(p->country, m->party) != 0)
    return 0;
  size_t k = p->ve < m->vs && x->t[p->ve] == ' ' ? p->ve + 1 : p->ve;
  k = fx_admin_word_at(x, k, m->vs);
  return memchr(x->t + k, ',', m->vs - k) != NULL && fx_only(x, k, m->vs, ",");
}

int inv_domestic(const ivl_fctx *x, const ivl_fsent *s, const figure *f) {
  /* "Vietnamese conglomerate X sold a stake to Alibaba for $400 million":
  ** the money of a buyer from abroad */
  if (buyer_from_abroad(x, s, f->buyer)) return 0;
  if (inv_gone_abroad(x, s, f)) return 0;
  size_t d = nearest_cue(x, s, f, ivl_lexicon(LEX_DOMESTIC)), fo = nearest_cue(x, s, f, ivl_lexicon(LEX_FOREIGN));
  if (d != FX_NONE) return fo == FX_NONE || d < fo;
  if (fo != FX_NONE) return 0;
  if (count_owned_by_vn(x, s, f)) return 1;
  size_t from = f->cs + 120 < f->vs ? f->vs - 120 : f->cs;
  /* "Vietnamese investors registered ...", "Việt Nam has ..." as the
  ** subject; not "relations with Vietnam" */
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    /* (not the country of a wire's dateline: "VINH, Vietnam, Nov 9 (Reuters) -") */
    if (m->vs < from || m->ve > f->vs || (m->flags & FM_DATELINE) || !vn_acts(x, m) || owns_next_place(x, s, i) ||
        names_source_body(x, s, i))
      continue;
    if (fx_ends_with(x, m->vs, "with") || fx_ends_with(x, m->vs, "between") || fx_ends_with(x, m->vs, "and"))
      continue;
    /* (the figure's own clause: not "Vietnamese investment in Hungary
    ** stands at $65 million, while Hungarian firms have invested $210
    ** million") */
    if (fx_first(x, m->ve, f->vs, contrast_words) != FX_NONE) continue;
    /* "buy a stake in the wind farm from Vietnam's X JSC", "a consortium
    ** led by Thailand's Y and including Vietnam's Z": the seller, and a
    ** member listed after the leader, are not who puts the figure in */
    static const char *const aside[] = {"from", "including", NULL};
    if (fx_ends_with_any(x, m->vs, aside) || owners_arm_here(x, m) || ground_of_post(x, m) ||
        in_aside_on_subject(x, s, i, f) ||
        country_of_place_before(x, s, i))
      continue;
    /* "a stake in Vietnamese food maker Masan", "acquired Vietnamese
    ** retailer X": the company bought into, not the one that invests */
    static const char *const bought[] = {"in", "into", "of", "acquired", "acquire", "acquires", "bought", "buy", "buys", NULL};
    /* (also the country's name as the adjective: a headline's "buy 20% of
    ** Vietnam snack maker", "invests in Vietnam fintech firm X") */
    int adjective = (m->flags & FM_DEMONYM) || (x->t[m->ve] == ' ' && ivl_islower((unsigned char)x->t[m->ve + 1]));
    if (adjective && fx_ends_with_any(x, m->vs, bought)) continue;
    /* (and its possessive before a firm: "bought 25 per cent of Vietnam's
    ** X", "a stake in Việt Nam's Y") */
    if (i + 1 < s->n && s->m[i + 1].kind == FM_ORG && fx_possessive(x, m) &&
        s->m[i + 1].vs <= m->ve + fx_possessive(x, m) + 1 && fx_ends_with_any(x, m->vs, bought))
      continue;
    /* (and "a stake in the Vietnamese snack maker": the company told of) */
    static const char *const bought_the[] = {"stake in the", "stakes in the", "shares in the", "shares of the", NULL};
    if ((m->flags & FM_DEMONYM) && fx_ends_with_any(x, m->vs, bought_the)) continue;
    /* (so too the seller whose holding is bought: "signed an agreement with
    ** X to buy the Vietnamese fund's 35 per cent stake in Y", set qweek34) */
    if ((m->flags & FM_DEMONYM) && fx_ends_with_any(x, m->vs, buy_the) && holder_possessive_after(x, m)) continue;
    /* "a stake in Hoa Sen Snack JSC, a Vietnamese snack maker," / ",
    ** Vietnam's largest ...": the aside on the company bought into */
    if (i > 0 && s->m[i - 1].kind == FM_ORG && fx_ends_with_any(x, s->m[i - 1].vs, bought) &&
        x->t[s->m[i - 1].ve] == ',' && m->vs - s->m[i - 1].ve <= 10 && fx_lower_words(x, s->m[i - 1].ve + 1, m->vs))
      continue;
    /* "a 51% stake in HT Finance, the consumer finance arm of Vietnam's
    ** X, for $472 million": the owner of the company bought into, told in
    ** an aside on it, sells; it puts no money in */
    static const char *const owned_by[] = {"arm of", "unit of", "subsidiary of", "affiliate of", NULL};
    if (fx_ends_with_any(x, m->vs, owned_by) && fx_find(x, m->vs > from + 80 ? m->vs - 80 : from, m->vs, "stake") != FX_NONE)
      continue;
    /* "A Japanese wood processor that entered Việt Nam in 2015 will
    ** invest ...": in a relative clause about the investor, not its
    ** subject */
    static const char *const rel[] = {"that", "which", "who", NULL};
    if (fx_first(x, m->vs > from + 25 ? m->vs - 25 : from, m->vs, rel) != FX_NONE) continue;
    /* "Its first Vietnamese investment, an $8 million design centre": the
    ** owner's works in Việt Nam, not Vietnamese money */
    static const char *const owners[] = {"its", "their", NULL};
    if (m->flags & FM_DEMONYM) {
      size_t o = fx_first(x, m->vs > from + 24 ? m->vs - 24 : from, m->vs, owners);
      if (o != FX_NONE && fx_lower_words(x, o + 3, m->vs)) continue;
    }
    /* "Foreign direct investment in Việt Nam hit $15.2 billion ... Việt Nam
    ** now has 40,544 valid projects worth $490 billion": the country
    ** (not its people) holding projects right after FDI was spoken of,
    ** with no word of investment abroad, holds foreign capital */
    if (!(m->flags & FM_DEMONYM) && x->c.fdi_age <= 2 && x->c.outward_age > 2 &&
        !fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_ABROAD)))
      continue;
    return 1;
  }
  /* (a clause of its own whose investor is from abroad: not as the
  ** figure before it) */
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_COUNTRY && s->m[i].vs >= from && s->m[i].ve <= f->vs && !(s->m[i].flags & FM_VN) &&
        fx_first(x, from, s->m[i].vs, contrast_words) != FX_NONE && fx_first(x, s->m[i].ve, f->vs, contrast_words) == FX_NONE)
      return 0;
  return -1; /* no cue: as the figure before it in the sentence */
}

/* }====================================================================== */
