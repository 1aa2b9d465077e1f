/*
** facts_relate.c
** Agreement and partnership facts: who signed or agreed with whom, and
** which relations were established when.
**
** The parties of a sentence are the places, countries and organisations
** that act in it: its subject (after an opening phrase such as "In 2018,"),
** the ones after "with" or "between", and "the two sides" (the pair the
** article is about). A place that only says where something is ("in the
** northern province of Quảng Ninh", "China's Guangxi") is not a party, nor is
** a country whose own place is one.
*/
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "facts_ctx.h"
#include "fold.h"
#include "invest.h"
#include "layout.h"
#include "lexicon.h"
#include "symbols.h"
#include "tense.h"
#include "util.h"

#define MAX_PARTIES 8

typedef struct parties {
  const char *name[MAX_PARTIES];
  const ivl_fm *m[MAX_PARTIES];
  size_t n;
} parties;

static void add_party(parties *ps, const char *name, const ivl_fm *m) {
  if (!name) return;
  for (size_t i = 0; i < ps->n; i++)
    if (strcmp(ps->name[i], name) == 0) return;
  if (ps->n < MAX_PARTIES) {
    ps->name[ps->n] = name;
    ps->m[ps->n++] = m;
  }
}

/* {======================================================================
** Which mentions are parties
** ======================================================================= */

/* The bytes from m's end past "prefecture's", "province's" (a place's
** administrative word and its possessive: "Osaka prefecture's Sakai
** city"), or 0. */
static size_t admin_possessive(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const admin[] = {"prefecture", "province", "region", "state", "county", NULL};
  size_t p = m->ve, len = x->a->view.len;
  if (m->kind != FM_PLACE || p + 1 >= len || x->t[p] != ' ') return 0;
  for (const char *const *w = admin; *w; w++) {
    size_t n = strlen(*w), q = p + 1 + n;
    if (q + 2 > len || strncasecmp(x->t + p + 1, *w, n) != 0) continue;
    size_t mark = fx_possessive_at(x, q);
    if (mark) return q + mark - p;
  }
  return 0;
}

/* The bytes of m's possessive after it ("China's", "Laos'", "Osaka
** prefecture's"), or 0. */
static size_t possessive_len(const ivl_fctx *x, const ivl_fm *m) {
  size_t n = fx_possessive(x, m);
  return n ? n : admin_possessive(x, m);
}

static int possessive_after(const ivl_fctx *x, const ivl_fm *m) {
  return possessive_len(x, m) != 0;
}

/* Who comes from a place to act for it: "delegates from X signed", "his
** counterpart from X". */
static const char *const sent_from[] = {
  "delegates", "representatives", "officials", "leaders",
  "authorities", "firms", "companies", "businesses", "enterprises", "counterpart", "counterparts", NULL};

/* Do the words before 'pos' name a place by its unit ("Sakai city",
** "Hải Phòng City")? Then an "of" at pos, before a country's possessive,
** locates that place: "Sakai city of Japan's Osaka prefecture" (not "the
** city of Osaka" or "the Korean city of Gimhae", which name it). */
static int place_unit_before(const ivl_fctx *x, const ivl_fsent *s, size_t pos) {
  /* (a list's plural too: "with Yeongam, Haenam and Goheung counties of
  ** South Korea's South Jeolla Province", set qtwin) */
  static const char *const units[] = {"city", "province", "prefecture", "district", "town", "state", "county",
                                      "cities", "provinces", "prefectures", "districts", "towns", "states",
                                      "counties", NULL};
  if (!fx_ends_with_any(x, pos, units)) return 0;
  size_t p = pos;
  while (p > s->vs && x->t[p - 1] == ' ') p--;
  while (p > s->vs && ivl_isalpha((unsigned char)x->t[p - 1])) p--; /* the unit word */
  while (p > s->vs && x->t[p - 1] == ' ') p--;
  size_t w = p;
  while (w > s->vs && !ivl_isspace((unsigned char)x->t[w - 1])) w--;
  return w < p && ivl_isupper((unsigned char)x->t[w]);
}

/* "Yeongam and Haenam counties of South Korea's South Jeolla Province",
** "Sakai city of Japan's Osaka prefecture": m, after the units' "of" and a
** country's possessive, says where the places named before are; it is no
** party of its own, though a list runs on to it (set qtwin). */
static int unit_located_in(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  const ivl_fm *owner = NULL;
  for (size_t i = 0; i < s->n && s->m[i].ve <= m->vs; i++)
    if (s->m[i].kind == FM_COUNTRY && possessive_len(x, &s->m[i]) && s->m[i].ve + possessive_len(x, &s->m[i]) + 1 >= m->vs)
      owner = &s->m[i];
  return owner && fx_ends_with(x, owner->vs, "of") && place_unit_before(x, s, fx_find(x, owner->vs - 4, owner->vs, "of"));
}

/* "Authorities in X and Y signed ...", "Officials in X ...": the people
** who open the sentence, a word before them at most ("Local authorities
** in"), act for the place their "in" names, as "delegates from X" do (set
** qweek50); 'w' is where the "in" starts. */
static int local_people_in(const ivl_fctx *x, const ivl_fsent *s, size_t w) {
  static const char *const people[] = {"authorities", "officials", "leaders", NULL};
  /* (not "Officials in Hà Nội said Tokyo and Osaka signed": they report) */
  static const char *const report[] = {"said", "say", "says", "told", "announced", NULL};
  if (!fx_ends_with_any(x, w, people) || fx_first(x, w, s->ve, report) != FX_NONE) return 0;
  size_t p = w;
  while (p > s->vs && x->t[p - 1] == ' ') p--;
  while (p > s->vs && ivl_isalpha((unsigned char)x->t[p - 1])) p--; /* the people's word */
  if (p == s->vs) return 1;
  size_t q = p;
  while (q > s->vs && x->t[q - 1] == ' ') q--;
  size_t b = q;
  while (b > s->vs && ivl_isalpha((unsigned char)x->t[b - 1])) b--;
  return b == s->vs && b < q && ivl_isupper((unsigned char)x->t[b]);
}

/* "An Giang leaders and a delegation from Takeo signed ...": the
** delegation, after an "and" that follows a place (and its people's word)
** of the subject, is the second signer, as at the sentence's start (set
** qweek50); 'w' is where the "from" starts. */
static int delegation_joins_place(const ivl_fctx *x, const ivl_fsent *s, size_t w) {
  static const char *const delegation[] = {"a delegation", "the delegation", NULL};
  static const char *const people[] = {"leaders", "officials", "authorities", NULL};
  if (!fx_ends_with_any(x, w, delegation)) return 0;
  size_t p = w;
  while (p > s->vs && x->t[p - 1] == ' ') p--;
  for (int k = 0; k < 2; k++) { /* back over "a delegation" */
    while (p > s->vs && ivl_isalpha((unsigned char)x->t[p - 1])) p--;
    while (p > s->vs && x->t[p - 1] == ' ') p--;
  }
  if (!fx_ends_with(x, p, "and")) return 0;
  p -= 3;
  while (p > s->vs && x->t[p - 1] == ' ') p--;
  if (fx_ends_with_any(x, p, people)) {
    while (p > s->vs && ivl_isalpha((unsigned char)x->t[p - 1])) p--;
    while (p > s->vs && x->t[p - 1] == ' ') p--;
  }
  for (size_t i = 0; i < s->n; i++)
    if ((s->m[i].kind == FM_PLACE || s->m[i].kind == FM_COUNTRY) && s->m[i].ve == p) return 1;
  return 0;
}

/* "in the northern province of X", "at X", "China's X": X says where. Walks
** back over lower-case words to the preposition that governs the mention. */
static int only_locates(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  size_t p = m->vs;
  int owner_seen = 0; /* walked over "Japan's": "Sakai city of Japan's Osaka" */
  int opener_ends = 0; /* walked back over the comma that ends the sentence's opening phrase */
  for (int words = 0; words < 6 && p > s->vs; words++) {
    while (p > s->vs && (x->t[p - 1] == ' ' || x->t[p - 1] == ',')) {
      /* "Also at the ceremony, Cần Thơ and X signed": the preposition of
      ** an opening phrase governs its own noun, not the subject after it */
      if (x->t[p - 1] == ',' && !opener_ends) opener_ends = memchr(x->t + s->vs, ',', p - 1 - s->vs) == NULL;
      p--;
    }
    size_t w = p;
    while (w > s->vs && !ivl_isspace((unsigned char)x->t[w - 1])) w--;
    if (w == p) return 0;
    const char *word = x->t + w;
    size_t n = p - w;
    if (n == 2 && memcmp(word, "in", 2) == 0 && !opener_ends && local_people_in(x, s, w)) return 0;
    if ((n == 2 && memcmp(word, "in", 2) == 0) || (n == 2 && memcmp(word, "at", 2) == 0) ||
        (n == 4 && memcmp(word, "near", 4) == 0) || (n == 2 && memcmp(word, "of", 2) == 0 && owner_seen && place_unit_before(x, s, w)))
      return !opener_ends;
    /* "delegates from Đồng Nai and Kagoshima signed ...": people who come
    ** from a place act for it; "firms from Japan" too, as "Japanese firms" */
    /* "A delegation from Quảng Ngãi ... signed": the sentence's subject
    ** (not "the largest delegation from the US to visit the country") */
    static const char *const delegation[] = {"a delegation", "the delegation", "delegations", NULL};
    if (n == 4 && memcmp(word, "from", 4) == 0)
      return !fx_ends_with_any(x, w, sent_from) && !(fx_ends_with_any(x, w, delegation) && w <= s->vs + 20) &&
             !delegation_joins_place(x, s, w);
    /* walk over a possessive ("in China's Guangxi") and lower-case words */
    int possessive = n > 2 && (memcmp(word + n - 2, "'s", 2) == 0 ||
                               (n > 4 && memcmp(word + n - 4, "’s", 4) == 0));
    if (!possessive && (!ivl_isalpha((unsigned char)word[0]) || ivl_isupper((unsigned char)word[0])))
      return 0;
    owner_seen |= possessive;
    /* (a country of two words before its possessive: "South Korea's") */
    for (size_t i = 0; possessive && i < s->n && s->m[i].vs < w; i++)
      if (s->m[i].kind == FM_COUNTRY && s->m[i].ve > w && s->m[i].ve < p) w = s->m[i].vs;
    p = w;
  }
  return 0;
}

/* "government officials", "government delegation": people of a
** government, not the government acting. */
static const char *const its_people[] = {
  "government official*", "government delegation*", "government leader*", "government representative*",
  "government agenc*", NULL};

static int named_next(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m);

/* "Vietnamese officials signed", "Lao leaders inked": people who sign for
** the country of the demonym right before them, the signing's subject
** (not "Vietnamese officials watched as X signed ..."). */
static int officials_of(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const people[] = {"officials", "leaders", "delegates", "representatives", NULL};
  static const char *const signing[] = {"signed", "inked", "agreed", "exchanged", "have signed", "also signed", NULL};
  if (!(m->flags & FM_DEMONYM) || !fx_starts_with_any(x, m->ve, people)) return 0;
  size_t p = m->ve;
  while (p < x->a->view.len && x->t[p] == ' ') p++;
  while (p < x->a->view.len && ivl_isalpha((unsigned char)x->t[p])) p++; /* the people's word */
  return fx_starts_with_any(x, p, signing);
}

/* "the Vietnamese Government", "Japanese Ambassador": the adjective stands
** for the country. "the Japanese prefecture", "Japanese firms" do not. */
static int demonym_acts(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  size_t p = m->ve;
  while (p < x->a->view.len && x->t[p] == ' ') p++;
  /* (not "French IT group Capgemini": a trade's acronym, then the firm) */
  if (p < x->a->view.len && ivl_isupper((unsigned char)x->t[p])) return !named_next(x, s, m);
  /* "Lao and Vietnamese officials signed ...": each country by its
  ** demonym before its officials, the first of a pair joined by "and" */
  if (officials_of(x, m)) return 1;
  if (fx_starts_with(x, p, "and"))
    for (size_t i = 0; i < s->n; i++)
      if (&s->m[i] > m && (s->m[i].flags & FM_DEMONYM) && s->m[i].vs <= p + 4) return officials_of(x, &s->m[i]);
  /* ... or its government: "signed an MoU with the Indonesian government"
  ** (not "Indonesian government officials visited ...") */
  return p < x->a->view.len && fx_ends_with(x, m->vs, "the") && fx_starts_with(x, p, "government") &&
         !fx_starts_with_any(x, p, its_people);
}

static int appositive_words(const ivl_fctx *x, size_t from, size_t to);

/* The nouns of a kind of firm that end a description before its name
** ("chipmaker Nvidia", "electronic design automation firm Synopsys"). */
static const char *const firm_nouns[] = {
  "giant", "firm", "group", "company", "corporation", "conglomerate", "chipmaker", "carmaker",
  "automaker", "maker", "manufacturer", "developer", "producer", "supplier", "operator", "provider",
  "investor", "bank", "lender", "insurer", "fund", "airline", "carrier", "retailer", "contractor",
  "consultancy", "start-up", "startup", "major", "partner",
  /* "US chip designer X": design's */
  "designer",
  /* "US chicken chain X", "Japanese fashion brand X": retail's and food's */
  "chain", "brand",
  /* "local cobia and lobster farmer X", "shrimp processor Y": seafood's (set qweek59) */
  "farmer", "processor", "exporter", "shipbuilder",
  /* "US animation studio X", "English club Y", "Korean concert promoter
  ** Z": the kinds of firm of film, sport, music and media (set qweek68) */
  "studio", "club", "promoter", "publisher", "broadcaster", "distributor", "platform", NULL};

/* "Thai operator X signed a franchise agreement with local retailer Y,
** giving the Vietnamese company the right to run X stores": "the
** <demonym> company" after a firm of that country named before it in the
** sentence is that firm again, already a party, neither the company the
** article is about (X, Thai) nor the country itself (qweek31). */
static int firm_of_demonym_before(const ivl_fsent *s, const ivl_fm *m) {
  for (size_t i = 0; i < s->n && s->m[i].vs < m->vs; i++) {
    const ivl_fm *o = &s->m[i];
    if (o->kind == FM_ORG && (o->flags & FM_COMPANY) && o->country && m->party && strcmp(o->country, m->party) == 0)
      return 1;
  }
  return 0;
}

/* "French developer Azur Energie": the company the description is of is
** named right after it. */
static int named_next(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].vs >= m->ve && s->m[i].vs <= m->ve + 40 && s->m[i].kind != FM_SECTOR) /* "energy group X" */
      return s->m[i].kind == FM_ORG && appositive_words(x, m->ve, s->m[i].vs);
  return 0;
}

/* The start of the word that ends at 'p' (past spaces before it). */
static size_t word_start_before(const ivl_fctx *x, size_t from, size_t p) {
  while (p > from && x->t[p - 1] == ' ') p--;
  while (p > from && x->t[p - 1] != ' ') p--;
  return p;
}

/* The country whose possessive stands right before 'm' ("the Republic of
** Korea's Lotte Group": one word of the aside, whatever its length), else
** NULL; past_owning_country() gives where it begins. Only when a
** possessive's last byte and a space stand before 'm'; and such a country
** starts no further back than the longest mention, the longest possessive
** ("’s", 4 bytes) and the space: only the mentions from there are read
** (asked of each firm, a walk from the sentence's start was quadratic in a
** long list of firms). */
static const ivl_fm *owning_country(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  if (m->vs < 3 || x->t[m->vs - 1] != ' ' || !memchr("s'\x99", x->t[m->vs - 2], 3)) return NULL;
  size_t reach = fx_longest_mention(x) + 5;
  size_t i = fx_mentions_from(s->m, s->n, m->vs > reach ? m->vs - reach : 0);
  for (; i < s->n && s->m[i].ve < m->vs; i++) {
    const ivl_fm *c = &s->m[i];
    size_t mark = c->kind == FM_COUNTRY ? fx_possessive(x, c) : 0;
    if (mark && c->ve + mark + 1 == m->vs) return c;
  }
  return NULL;
}

static size_t past_owning_country(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  const ivl_fm *c = owning_country(x, s, m);
  return c ? c->vs : m->vs;
}

/* "the Foreign Investment Agency under the Ministry of Finance", "the
** Institute of Energy, attached to the Ministry of Industry and Trade":
** the body a public agency sits under only says whose it is; the agency
** named right before signs. */
static int body_over_agency(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const under[] = {"under the", "under", "attached to the", "affiliated to the",
                                      "affiliated with the", "belonging to the", NULL};
  if (m == s->m || m[-1].kind != FM_ORG || !fx_ends_with_any(x, m->vs, under)) return 0;
  size_t p = m->vs;
  while (p > m[-1].ve && (ivl_isalpha((unsigned char)x->t[p - 1]) || x->t[p - 1] == ' ')) p--;
  if (p > m[-1].ve && x->t[p - 1] == ',') p--;
  return p == m[-1].ve;
}

/* "the Economic Development Cooperation Fund (EDCF) of the Export-Import
** Bank of Korea signed": a body named right after another's name and "of
** (the)" is the one it belongs to, as a body an agency sits under; the
** one named first signs (set qweek24). */
static int body_owning_body(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  if (m == s->m || m[-1].kind != FM_ORG || m[-1].ve >= m->vs) return 0;
  size_t gap = m->vs - m[-1].ve;
  return (gap == 4 && memcmp(x->t + m[-1].ve, " of ", 4) == 0) ||
         (gap == 8 && memcmp(x->t + m[-1].ve, " of the ", 8) == 0);
}

/* Is the word at q (ending before 'end') a place's or country's seat
** compound, "Singapore-registered", "Seoul-based": a description of the
** firm, though it opens on a capital? */
static int seat_compound_at(const ivl_fctx *x, size_t q, size_t end) {
  static const char *const seats[] = {"-based", "-registered", "-incorporated", "-headquartered", "-listed", NULL};
  size_t e = q;
  while (e < end && x->t[e] != ' ') e++;
  for (int k = 0; seats[k]; k++) {
    size_t n = strlen(seats[k]);
    if (e >= q + n + 1 && memcmp(x->t + e - n, seats[k], n) == 0) return 1;
  }
  return 0;
}

/* "Aeon Vietnam, a subsidiary of Japan's Aeon Group, signed", "DHL Supply
** Chain, a unit of Germany's Deutsche Post DHL Group, and ...": the firm an
** aside between commas names as the parent of the one before it is no
** party. Between "of" and the firm, up to three words (a country's
** possessive, a demonym, lower-case words: "of Swiss food group"). So
** too an owner told after "owned by" ("Hubwise, an operator owned by
** Australia's Tasman Ventures, signed a lease with ...", set qweek103). */
static int parent_in_aside(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const parent[] = {"subsidiary of", "subsidiaries of", "unit of", "arm of", "affiliate of",
                                       "division of", "member of", "branch of", "owned by", NULL};
  size_t p = past_owning_country(x, s, m);
  for (int words = 0; words <= 3 && p > s->vs; words++) {
    if ((fx_ends_with(x, p, "of") || fx_ends_with(x, p, "by")) && fx_ends_with_any(x, p, parent)) {
      /* back to the comma that opens the aside: "a", "the local", "a wholly owned" */
      size_t q = word_start_before(x, s->vs, word_start_before(x, s->vs, p));
      for (int k = 0; k <= 3 && q > s->vs; k++) {
        size_t b = q;
        while (b > s->vs && x->t[b - 1] == ' ') b--;
        if (b > s->vs && x->t[b - 1] == ',') return 1;
        q = word_start_before(x, s->vs, q);
        if (!ivl_islower((unsigned char)x->t[q]) && !seat_compound_at(x, q, b)) return 0;
      }
      return 0;
    }
    size_t w = word_start_before(x, s->vs, p);
    for (size_t i = w; i < p; i++)
      if (x->t[i] == ',' || x->t[i] == '(' || x->t[i] == ')') return 0;
    p = w;
  }
  return 0;
}

/* "Apex Data Centers, another AmCham member, signed ...", "X, a EuroCham
** member, will ...": a chamber or an association that an aside between
** commas names as the firm's body ("member" right after it, up to two
** lower-case words between the comma and it) is no party (set qweek17). */
static int body_of_member_aside(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const member[] = {"member", "members", NULL};
  size_t len = x->a->view.len, e = m->ve;
  if (!fx_starts_with_any(x, e, member)) return 0;
  while (e < len && x->t[e] == ' ') e++;
  while (e < len && ivl_isalpha((unsigned char)x->t[e])) e++;
  if (e >= len || x->t[e] != ',') return 0;
  size_t q = m->vs;
  for (int words = 0; words <= 2 && q > s->vs; words++) {
    size_t b = q;
    while (b > s->vs && x->t[b - 1] == ' ') b--;
    if (b > s->vs && x->t[b - 1] == ',') return words > 0;
    q = word_start_before(x, s->vs, q);
    if (!ivl_islower((unsigned char)x->t[q])) return 0;
  }
  return 0;
}

/* "... with PV Gas, Petrovietnam's gas arm, which will deliver ...": the
** parent named by its possessive in an aside after the firm, before a
** word of its unit, is no party either (set qheavy). */
static int parent_possessive_aside(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const units[] = {"arm", "unit", "subsidiary", "affiliate", "division", "branch", NULL};
  size_t pos = fx_possessive(x, m), b = m->vs;
  if (!pos || m->kind != FM_ORG) return 0;
  while (b > s->vs && x->t[b - 1] == ' ') b--;
  if (b <= s->vs || x->t[b - 1] != ',') return 0;
  size_t from = m->ve + pos, e = from;
  while (e < s->ve && e < from + 40 && x->t[e] != ',') e++;
  if (e >= s->ve || x->t[e] != ',' || !fx_lower_words(x, from, e)) return 0;
  return fx_ends_with_any(x, e, units);
}

/* "Sembcorp Development of Singapore", "the Semiconductor Industry
** Association (SIA) of the US": the country says where the named company
** or body is from; it is the party. */
static int origin_of_org(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  size_t at = m->vs;
  if (fx_ends_with(x, at, "the")) {
    while (at > s->vs && x->t[at - 1] == ' ') at--;
    at -= 3; /* "the" */
  }
  if (!fx_ends_with(x, at, "of")) return 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *o = &s->m[i];
    if (o->kind == FM_ORG && !(o->flags & FM_COMMITTEE) && o->ve < at && at - o->ve <= 5 &&
        fx_find(x, o->ve, at, "of") != FX_NONE && fx_only(x, o->ve, fx_find(x, o->ve, at, "of"), ""))
      return 1;
  }
  return 0;
}

/* "Blue Harbor Foods (United States) signed ...": a country in brackets
** right after a firm's name is the firm's home, as translating desks write
** it, no party of its own. */
static int home_in_brackets(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  if (m->vs < 2 || x->t[m->vs - 1] != '(' || x->t[m->ve] != ')') return 0;
  for (size_t i = 0; i < s->n && s->m[i].ve < m->vs; i++)
    if (s->m[i].kind == FM_ORG && s->m[i].ve + 2 == m->vs && x->t[s->m[i].ve] == ' ') return 1;
  return 0;
}

/* "Another Macau company, Ka Fai Engineering, signed ...": the firm 'o'
** set off by commas right after the description the country 'm' opens
** (set qweek85). */
static int set_off_firm(const ivl_fctx *x, const ivl_fm *m, const ivl_fm *o) {
  return o->vs >= m->ve + 4 && x->t[o->vs - 1] == ' ' && x->t[o->vs - 2] == ',' && x->t[o->ve] == ',' &&
         appositive_words(x, m->ve, o->vs - 2);
}

/* "US energy giant ExxonMobil", "US chipmaker Nvidia": a country's name
** written before what the named company is describes the company, as a
** demonym does ("Japanese carmaker Toyota"); the company is the party. */
static int country_describes_next(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  /* "Saskatchewan fertiliser maker Prairie Potash and X signed": a place
  ** abroad opening the description of a firm whose name is no mention
  ** (the noun of a firm, then a capital) is no party either (lead's set
  ** qvisit, once qtwin's places written again made "Saskatchewan" one) */
  if (m->kind == FM_PLACE && !(m->flags & FM_VN) && m->ve < s->ve && x->t[m->ve] == ' ') {
    size_t q = m->ve + 1, lim = m->ve + 40 < s->ve ? m->ve + 40 : s->ve;
    while (q < lim && !ivl_isupper((unsigned char)x->t[q])) q++;
    if (q < lim && q > m->ve + 1 && fx_ends_with_any(x, q, firm_nouns) && appositive_words(x, m->ve, q))
      return 1;
  }
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].vs >= m->ve && s->m[i].vs <= m->ve + 40 && s->m[i].kind != FM_SECTOR) /* "energy giant" */
      return s->m[i].kind == FM_ORG && (appositive_words(x, m->ve, s->m[i].vs) || set_off_firm(x, m, &s->m[i])) &&
             fx_ends_with_any(x, set_off_firm(x, m, &s->m[i]) ? s->m[i].vs - 2 : s->m[i].vs, firm_nouns);
  return 0;
}

/* "US-based Kimberly-Clark", "Osaka-headquartered Konoike Transport": the
** place or country says where the firm named right after it is based; the
** firm is the party, as for "Sembcorp Development of Singapore". So too
** the bourse a firm is listed on ("Bangkok-listed X PCL"). */
static int base_of_next_org(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const based[] = {"-based", "-headquartered", "-owned", "-listed", NULL};
  if (!fx_starts_with_any(x, m->ve, based)) return 0;
  size_t at = m->ve + 1;
  while (at < x->a->view.len && x->t[at] != ' ') at++; /* past "-based" */
  size_t next = at;
  while (next < x->a->view.len && x->t[next] == ' ') next++;
  /* (past a sector word of the description: "Singapore-based sports
  ** broadcaster Apex Sports Media", set qmedia) */
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].vs >= next && s->m[i].vs <= at + 40 && s->m[i].kind != FM_SECTOR) /* the firm, or "chipmaker Nvidia" */
      return s->m[i].kind == FM_ORG && (s->m[i].vs == next || appositive_words(x, at, s->m[i].vs));
  return 0;
}

/* "Zenith Feed Sdn Bhd, a Penang-based animal feed producer, will ...":
** the place says where the firm before the aside is based; no party. */
static int base_in_aside(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const article[] = {"a", "an", NULL};
  if (!fx_based_in(x, m) || !fx_ends_with_any(x, m->vs, article)) return 0;
  size_t w = word_start_before(x, s->vs, m->vs);
  while (w > s->vs && x->t[w - 1] == ' ') w--;
  return w > s->vs && x->t[w - 1] == ',';
}

/* "The Mekong Delta province of An Giang", "the Central Highlands city of
** Đà Lạt": a region (no province of its own) that says which kind of
** province the place after it is, not a party beside it. So too a place
** abroad that says where its city is: "the Queensland city of
** Townsville", "the Gyeonggi city of Suwon" ("the" before it: "Osaka city
** of Japan" names Osaka). */
static int describes_place(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const kinds[] = {"province of", "provinces of", "city of", "cities of", "town of", NULL};
  if (!(m->flags & FM_VN))
    return m->kind == FM_PLACE && fx_ends_with(x, m->vs, "the") && fx_starts_with_any(x, m->ve, kinds);
  return !m->province && fx_starts_with_any(x, m->ve, kinds);
}

/* Is this body a local authority by its name's head ("Authority",
** "Management Board"), no company? */
static int authority_named(const ivl_fm *m) {
  static const char *const heads[] = {"Authority", "Management Board", NULL};
  const char *name = m->party;
  if (m->kind != FM_ORG || !name || (m->flags & FM_COMPANY)) return 0;
  for (int k = 0; heads[k]; k++)
    if (strstr(name, heads[k]) != NULL && strlen(name) > strlen(heads[k])) return 1;
  return 0;
}

/* "Australia's Department of Foreign Affairs and Trade": a government's
** department acts for its country, as a province's does for the province. */
static int department_of(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  /* (past the body's level: "Gia Lai's provincial People's Committee") */
  static const char *const levels[] = {"provincial", "municipal", NULL};
  size_t p = m->ve + possessive_len(x, m);
  while (p < s->ve && x->t[p] == ' ') p++;
  if (fx_starts_with_any(x, p, levels)) {
    while (p < s->ve && ivl_isalpha((unsigned char)x->t[p])) p++;
    while (p < s->ve && x->t[p] == ' ') p++;
  }
  /* "HCM City's Management Authority for Urban Railways": a province's
  ** own authority acts for it, as its departments do */
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].vs == p)
      return s->m[i].kind == FM_ORG &&
             ((s->m[i].flags & FM_COMMITTEE) || ((m->flags & FM_VN) && m->province && authority_named(&s->m[i])));
  return 0;
}

/* Is the body at m named right after a province's possessive that acts for
** it ("HCM City's Management Authority for Urban Railways")? */
static int authority_of_possessive(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  if (!authority_named(m)) return 0;
  for (size_t i = 0; i < s->n && s->m[i].ve <= m->vs; i++) {
    const ivl_fm *p = &s->m[i];
    if (p->kind == FM_PLACE && (p->flags & FM_VN) && p->province && possessive_after(x, p) &&
        fx_only(x, p->ve + possessive_len(x, p), m->vs, ""))
      return 1;
  }
  return 0;
}

/* The titles of a government's officials who sign for it. */
static const char *const official_titles[] = {"minister", "ministers", "ambassador", "president", NULL};

/* "Japan's Vice Minister of Economy, Trade and Industry X signed", "Laos'
** Minister of Energy": the country's official acts for it (a title within
** three words after the possessive). */
static int official_of(const ivl_fctx *x, const ivl_fm *m) {
  size_t p = m->ve + possessive_len(x, m), len = x->a->view.len;
  for (int words = 0; words < 3; words++) { /* "Deputy Prime Minister" */
    while (p < len && x->t[p] == ' ') p++;
    if (fx_starts_with_any(x, p, official_titles)) return 1;
    if (p >= len || !ivl_isalpha((unsigned char)x->t[p])) return 0;
    while (p < len && (ivl_isalpha((unsigned char)x->t[p]) || x->t[p] == '-')) p++;
  }
  return 0;
}

/* "The World Bank and Vietnam's government on Tuesday signed ...": the
** country's government, its possessive right before the word, acts for
** it (not "Japan's government-backed lender X", the lender's). So too a
** ministry told in lower case by its field, "Vietnam's finance ministry
** signed a loan agreement with X" (set qweek144): the country signs. */
static int government_of(const ivl_fctx *x, const ivl_fm *m) {
  size_t p = m->ve + possessive_len(x, m);
  while (p < x->a->view.len && x->t[p] == ' ') p++;
  if (fx_starts_with(x, p, "government")) return x->t[p + 10] != '-';
  size_t w = p;
  while (w < x->a->view.len && ivl_islower((unsigned char)x->t[w])) w++;
  return w > p && x->t[w] == ' ' && fx_starts_with(x, w + 1, "ministry") && !ivl_isalpha((unsigned char)x->t[w + 9]);
}

/* Is the mention right after demonym m (one space between) a firm's? */
static int demonym_before_org(const ivl_fsent *s, const ivl_fm *m) {
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].vs > m->ve) return s->m[i].vs == m->ve + 1 && s->m[i].kind == FM_ORG;
  return 0;
}

/* "Businesses of the two countries", "firms from both countries",
** "enterprises of Việt Nam and Singapore": the firms of countries, no one
** named, are no party, and their countries do not sign for them: a
** country's code is its government's (blind set 13). */
static const char *const firms_of[] = {
  "businesses of", "businesses from", "firms of", "firms from", "companies of", "companies from",
  "enterprises of", "enterprises from", "business communities of", "business community of",
  "investors of", "investors from", NULL};

/* Is the country 'm' one whose firms are spoken of: right after firms_of's
** words, or listed after them with only names, commas and "and" between? */
static int firms_of_country(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  size_t from = m->vs > s->vs + 60 ? m->vs - 60 : s->vs;
  size_t at = fx_first(x, from, m->vs, firms_of);
  if (at == FX_NONE) return 0;
  while (at < m->vs && x->t[at] != ' ') at++; /* past "businesses" */
  while (at < m->vs && x->t[at] == ' ') at++;
  while (at < m->vs && x->t[at] != ' ') at++; /* past "of" */
  for (size_t p = at; p < m->vs; p++) {
    if (x->t[p] != ' ' || p + 1 >= m->vs || !ivl_islower((unsigned char)x->t[p + 1])) continue;
    if (!fx_starts_with(x, p + 1, "and") && !fx_starts_with(x, p + 1, "the")) return 0;
  }
  return 1;
}

/* The same firms told the other way round: "signed seven memoranda with
** Taiwanese firms", "Singaporean businesses": the demonym of many firms
** not named (up to two lower-case words before the plural noun). */
static int unnamed_firms(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const many[] = {"firms", "companies", "businesses", "enterprises", "investors", NULL};
  return fx_noun_within(x, m->ve, many, 2);
}

/* The separators of a name's parts: spaces, hyphens and the en or em dash
** ("HCM City–Korea"); the position after them. */
static size_t past_joiners(const ivl_fctx *x, size_t p) {
  size_t len = x->a->view.len;
  for (;;) {
    if (p < len && (x->t[p] == ' ' || x->t[p] == '-')) p++;
    else if (fx_long_dash_at(x, p)) p += 3;
    else return p;
  }
}

/* "signed at the HCM City–Korea Investment and Trade Forum", "the Việt
** Nam–India Business Forum", "HCM City-Korea business forum sees eight
** deals signed": the place names the event (settled rule 8), it signs
** nothing. A look at the few words after the mention: names, dashes and
** the event's own words, up to the event's noun. */
static int names_event(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const events[] = {
    "forum", "conference", "summit", "expo", "fair", "festival", "exhibition", "roadshow", NULL};
  static const char *const event_words[] = {
    "business", "investment", "trade", "and", "promotion", "cooperation", "economic", NULL};
  size_t len = x->a->view.len, p = m->ve;
  for (int words = 0; words < 7; words++) {
    size_t q = past_joiners(x, p);
    if (q == p || q >= len) return 0;
    if (fx_starts_with_any(x, q, events)) return 1;
    unsigned char c = (unsigned char)x->t[q];
    if (c < 0x80 && !ivl_isupper(c) && !fx_starts_with_any(x, q, event_words)) return 0;
    p = q;
    while (p < len && ivl_isalpha((unsigned char)x->t[p])) p++;
    while (p < len && (unsigned char)x->t[p] >= 0x80 && (unsigned char)x->t[p] != 0xE2) /* "Nẵng" */
      for (p++; p < len && ivl_isalpha((unsigned char)x->t[p]); p++) {}
  }
  return 0;
}

/* "Nvidia, the US chip giant, signed ...": a country that describes the
** company named right before it, in an aside opened by an article, is its
** origin, no party. */
static int describes_org_before(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const articles[] = {"the", "a", "an", NULL};
  if (m == s->m || m[-1].kind != FM_ORG || !fx_ends_with_any(x, m->vs, articles)) return 0;
  size_t p = m->vs; /* back over the article to the comma */
  while (p > m[-1].ve && x->t[p - 1] == ' ') p--;
  while (p > m[-1].ve && ivl_isalpha((unsigned char)x->t[p - 1])) p--;
  while (p > m[-1].ve && x->t[p - 1] == ' ') p--;
  return p > m[-1].ve && x->t[p - 1] == ',' && fx_only(x, m[-1].ve, p - 1, "") && fx_describes_company(x, m);
}

/* The unit words that name a firm as another's: "Foxconn's subsidiary FIH
** Mobile", "Samsung's Vietnamese unit SEV". */
static const char *const unit_words[] = {"subsidiary", "unit", "arm", "affiliate", NULL};

/* Is parent 'm', its possessive 'pos' bytes long, followed by lower-case
** words (or a demonym) ending in a unit word and the unit's name? */
static int parent_of_named_unit(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m, size_t pos) {
  size_t p = m->ve + pos;
  for (const ivl_fm *n = m + 1; n < s->m + s->n && n->vs <= m->ve + pos + 40; n++) {
    if (n->kind == FM_COUNTRY && (n->flags & FM_DEMONYM) && fx_lower_words(x, p, n->vs)) {
      p = n->ve;
      continue;
    }
    return n->kind == FM_ORG && fx_lower_words(x, p, n->vs) && fx_ends_with_any(x, n->vs, unit_words);
  }
  return 0;
}

/* "Paris Morning's parent, SPL Group, has run a joint venture with X":
** the firm in the possessive only says whose parent the firm named in the
** appositive after it is; the parent acts. So too a rival, a partner, a
** customer or a supplier named so (set qweek114): "Luxen's rival, Hong
** Kong-listed Sunrise Optics, signed a memorandum with Lang Son". Is 'm',
** its possessive 'pos' bytes long, followed by a kin word, a comma and a
** firm's name? */
static int kin_in_appositive(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m, size_t pos) {
  static const char *const kin[] = {"parent,", "parent company,", "parent group,", "owner,", "holding company,",
                                    "rival,", "main rival,", "competitor,", "partner,", "customer,", "supplier,",
                                    NULL};
  size_t p = m->ve + pos;
  while (p < s->ve && x->t[p] == ' ') p++;
  if (!fx_starts_with_any(x, p, kin)) return 0;
  const char *comma = memchr(x->t + p, ',', s->ve - p);
  const ivl_fm *n = m + 1;
  /* (past the seat said first: "Bread Story's owner, London-based Crumb
  ** Holdings", or the market it lists on: "Hong Kong-listed Sunrise Optics") */
  if (n + 1 < s->m + s->n && n->kind != FM_ORG && fx_based_or_listed_in(x, n)) n++;
  return comma && n < s->m + s->n && n->kind == FM_ORG && fx_appositive_names(x, s, (size_t)(comma - x->t), n);
}

/* The province "the province", "the city", "the locality" mean: a digest's
** item's own ("THÁI BÌNH" over it, "QUẢNG NGÃI (VNA) – "), else the one
** the article is about. */
static const char *province_spoken_of(const ivl_fctx *x) {
  return x->c.item_place ? x->c.item_place : x->c.province;
}

/* "During a visit to Long An on Monday, the company signed an MoU with the
** province's People's Committee": the one province the sentence names
** before 'at', else the one spoken of (set qbrief). */
static const char *province_named_before(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  const char *one = NULL;
  for (size_t i = 0; i < s->n && s->m[i].ve <= at; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_PLACE || !(m->flags & FM_VN) || !m->province || (m->flags & FM_DATELINE)) continue;
    if (one && strcmp(one, m->province) != 0) return province_spoken_of(x);
    one = m->province;
  }
  return one ? one : province_spoken_of(x);
}

/* "the municipal Economic Zone Authority", "the provincial Industrial
** Zones Authority": a zone authority named by its kind alone, no place
** nor zone's name before it, is the one of the locality the article is
** about (set qepithet). */
static int unplaced_zone_authority(const char *name) {
  static const char *const kinds[] = {"Economic Zone", "Economic Zones", "Industrial Zone", "Industrial Zones",
                                      "Industrial Park", "Industrial Parks", "Export Processing", NULL};
  for (int k = 0; kinds[k]; k++)
    if (strncmp(name, kinds[k], strlen(kinds[k])) == 0 && name[strlen(kinds[k])] == ' ') return 1;
  return 0;
}

/* "The Department of Finance and X signed the project contract", in a
** province's notice: a department named with no place, no country and no
** owner before it is the province's the article speaks of, as "the
** provincial Department of Finance" is (set qweek138). */
static int unplaced_department(const ivl_fctx *x, const ivl_fm *m) {
  return m->kind == FM_ORG && m->party && strncmp(m->party, "Department of ", 14) == 0 &&
         (size_t)(m->ve - m->vs) == strlen(m->party) && fx_ends_with(x, m->vs, "the");
}

/* Does the name open with the place's name as written without its
** diacritics or spaces, then a space: "Hanoi Metropolitan Railway
** Management Board" in an article writing "Hà Nội" (the board's name is
** often given in its English form, the city's in Vietnamese; set
** qweek40)? Folded, so "Danang" is "Đà Nẵng" too. */
static int opens_with_unspaced(const char *name, const char *place) {
  char fn[512], fp[128];
  size_t nn = strlen(name), np = strlen(place);
  if (IVL_FOLD_ROOM(nn) > sizeof fn || IVL_FOLD_ROOM(np) > sizeof fp) return 0;
  nn = ivl_fold_name(name, nn, fn);
  np = ivl_fold_name(place, np, fp);
  size_t i = 0, j = 0;
  for (; i < np; i++) { /* (spaces aside on both sides: "Hochiminh City") */
    if (fp[i] == ' ') continue;
    while (j < nn && fn[j] == ' ') j++;
    if (j >= nn || fn[j] != fp[i]) return 0;
    j++;
  }
  return np > 0 && j < nn && fn[j] == ' ';
}

/* "the Đà Nẵng Hi-Tech Park and Industrial Zones Authority", "the Bắc Ninh
** Management Board of Industrial Parks": a province's own authority,
** named with the province first, acts for it, as its departments do
** (qrail's ruling; set qtwin); not one named for its zone alone ("Saigon
** Hi-Tech Park Management Board", qsemi). The province, else NULL. */
static const char *province_authority(const ivl_fctx *x, const ivl_fm *m) {
  const char *name = m->party;
  if (!authority_named(m)) return NULL;
  if (unplaced_zone_authority(name)) return province_spoken_of(x);
  size_t n = strlen(name);
  for (size_t i = 0; i < x->nm; i++) {
    const ivl_fm *p = &x->m[i];
    if (p->kind != FM_PLACE || !(p->flags & FM_VN) || !p->province || !p->party || strcmp(p->party, p->province))
      continue;
    size_t pn = strlen(p->party);
    if (pn < n && strncmp(name, p->party, pn) == 0 && name[pn] == ' ') return p->province;
    /* (or as the article writes it: "the Hanoi Metropolitan Railway
    ** Management Board" in an article writing "Hanoi") */
    size_t wn = p->ve - p->vs;
    if (wn < n && strncmp(name, x->t + p->vs, wn) == 0 && name[wn] == ' ') return p->province;
    if (opens_with_unspaced(name, p->party)) return p->province;
  }
  return NULL;
}

/* "the Washington State Department of Commerce": a state's own department
** abroad, named with the state first (and "State"), acts for the state, as
** "the Oregon Department of Commerce" does once the names split it, and as
** a province's departments do (set qweek86). The state, a place abroad the
** article names, else NULL. */
static const char *state_department(const ivl_fctx *x, const ivl_fm *m) {
  const char *name = m->party;
  if (m->kind != FM_ORG || !name || (m->flags & FM_COMPANY)) return NULL;
  size_t n = strlen(name);
  for (size_t i = 0; i < x->nm; i++) {
    const ivl_fm *p = &x->m[i];
    if (p->kind != FM_PLACE || (p->flags & FM_VN) || !p->country || !p->party) continue;
    size_t pn = strlen(p->party);
    if (pn >= n || strncmp(name, p->party, pn) != 0) continue;
    const char *rest = name + pn;
    if (strncmp(rest, " State", 6) == 0) rest += 6;
    if (strncmp(rest, " Department of ", 15) == 0) return p->party;
  }
  return NULL;
}

static const char *party_name(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  if ((m->kind == FM_PLACE || m->kind == FM_COUNTRY) && names_event(x, m)) return NULL;
  switch (m->kind) {
  case FM_PLACE:
    /* "Tây Ninh's Department of Planning and Investment": the province acts */
    if (possessive_after(x, m) && department_of(x, s, m)) return m->party;
    /* "a partner of the Mekong Delta province since 2020", "with the
    ** central province", "The Mekong Delta city and ...": the province
    ** spoken of, not the region */
    if ((m->flags & FM_VN) && !m->province && province_spoken_of(x) && fx_ends_with(x, m->vs, "the") &&
        (fx_starts_with(x, m->ve, "province") || fx_starts_with(x, m->ve, "city")) && !describes_place(x, m))
      return province_spoken_of(x);
    /* "Phước Đông Industrial Park developer Sonadezi Corp.": the place
    ** says what the firm named next develops or runs */
    /* (nor a foreign city where the firm named next sits: "the owner of the
    ** Hamburg trading house X signed", fx_firm_seat) */
    /* (nor a briefs page's item opened by its place and a dash, no date:
    ** "Đồng Nai – Japan's X and Y signed ..." tells where the item is, as
    ** an outlet's name there credits it; set qweek32) */
    return only_locates(x, s, m) || possessive_after(x, m) || describes_place(x, m) ||
                   base_of_next_org(x, s, m) || country_describes_next(x, s, m) || base_in_aside(x, s, m) ||
                   fx_dateline_source(x, m) ||
                   (!(m->flags & FM_VN) && x->t[m->ve] == ' ' && fx_firm_seat(x, m))
               ? NULL
               : m->party;
  case FM_COUNTRY:
    if (possessive_after(x, m) && (department_of(x, s, m) || official_of(x, m) || government_of(x, m)))
      return m->party;
    if (describes_org_before(x, s, m)) return NULL;
    if (firms_of_country(x, s, m)) return NULL;
    /* (so too "X, a Singapore-based cargo handler, inked ...": set qaero) */
    if (possessive_after(x, m) || only_locates(x, s, m) || origin_of_org(x, s, m) || base_of_next_org(x, s, m) ||
        home_in_brackets(x, s, m) || base_in_aside(x, s, m))
      return NULL;
    if (!(m->flags & FM_DEMONYM) && country_describes_next(x, s, m)) return NULL;
    /* "A Thai energy group signed ...": a company described by its country;
    ** the country stands for it, as for investment */
    /* "The Korean group entered Vietnam through a joint venture": the
    ** company the article is about */
    if ((m->flags & FM_DEMONYM) && fx_describes_company(x, m) && fx_ends_with(x, m->vs, "the") &&
        firm_of_demonym_before(s, m))
      return NULL;
    if ((m->flags & FM_DEMONYM) && fx_describes_company(x, m) && fx_ends_with(x, m->vs, "the") && x->c.company)
      return x->c.company->party;
    /* "Minister A and his Lao counterpart B agreed": B acts for Laos */
    static const char *const counterpart[] = {"counterpart", "counterparts", NULL};
    if ((m->flags & FM_DEMONYM) && fx_starts_with_any(x, m->ve, counterpart)) return m->party;
    if ((m->flags & FM_DEMONYM) && !demonym_acts(x, s, m) &&
        (unnamed_firms(x, m) || !(fx_describes_company(x, m) && !named_next(x, s, m))))
      return NULL;
    /* "with Japanese Aeon Mall", "Thai Central Pattana Group": the
    ** adjective right before the firm's name is its origin, no party */
    if ((m->flags & FM_DEMONYM) && demonym_before_org(s, m)) return NULL;
    return m->party;
  case FM_ORG: {
    /* "Foxconn's Fukang Technology signed": the parent describes the firm
    ** named right after it, which signs */
    size_t pos = fx_possessive(x, m);
    if (pos)
      for (size_t i = 0; i < s->n; i++)
        if (s->m[i].vs > m->ve && s->m[i].vs <= m->ve + pos + 1) {
          if (s->m[i].kind == FM_ORG) return NULL;
          break;
        }
    /* "Foxconn's subsidiary FIH Mobile signed": so too the parent of a
    ** unit said with its unit word */
    if (pos && (parent_of_named_unit(x, s, m, pos) || kin_in_appositive(x, s, m, pos))) return NULL;
  }
    if (province_authority(x, m)) return province_authority(x, m);
    if (unplaced_department(x, m) && province_spoken_of(x)) return province_spoken_of(x);
    if (state_department(x, m)) return state_department(x, m);
    /* "Nhân Dân – X and Y signed ...": the outlet credits the story */
    if ((m->flags & FM_COMMITTEE) || authority_of_possessive(x, s, m) || fx_ends_with(x, m->vs, "according to") ||
        parent_in_aside(x, s, m) || body_of_member_aside(x, s, m) ||
        body_over_agency(x, s, m) || body_owning_body(x, s, m) ||
        parent_possessive_aside(x, s, m) ||
        fx_dateline_source(x, m))
      return NULL;
    return m->party;
  default:
    return NULL;
  }
}

/* "Fresno, California, on Tuesday", "Perth, Western Australia, signed":
** a foreign place set off by commas right after a party place of its
** country only says where that one is. A list goes on past it ("Busan,
** Ulsan and Daegu", "Osaka, Kobe, Kyoto"): the comma after must lead on to
** lower-case words, not "and" or "or". */
static int locates_party_before(const ivl_fctx *x, const parties *ps, const ivl_fm *m) {
  static const char *const joins[] = {"and", "or", NULL};
  if (!m || m->kind != FM_PLACE || (m->flags & FM_VN) || !m->country) return 0;
  if (m->ve + 2 >= x->a->view.len || x->t[m->ve] != ',' || !ivl_islower((unsigned char)x->t[m->ve + 2]) ||
      fx_starts_with_any(x, m->ve + 1, joins))
    return 0;
  for (size_t j = 0; j < ps->n; j++) {
    const ivl_fm *p = ps->m[j];
    if (p && p != m && p->kind == FM_PLACE && p->ve < m->vs && m->vs - p->ve <= 2 && x->t[p->ve] == ',' &&
        p->country && strcmp(p->country, m->country) == 0)
      return 1;
  }
  return 0;
}

/* The gazetteer's short name of an organisation party ("EU" for "the
** European Union"), or NULL. */
static const char *short_name_of(const ivl_fctx *x, const ivl_fm *m) { return fx_org_canonical(x, m); }

/* "The European Union and X signed ..., with a €10 million EU grant": the
** body named again by its short name is the party named in full. */
static int named_in_full_before(const ivl_fctx *x, const parties *ps, size_t i) {
  for (size_t j = 0; j < ps->n; j++) {
    const char *short_name = j != i ? short_name_of(x, ps->m[j]) : NULL;
    if (short_name && strcmp(short_name, ps->name[i]) == 0 && strcmp(ps->name[j], ps->name[i]) != 0) return 1;
  }
  return 0;
}

/* A country whose own place is a party adds nothing ("Pyeongtaek city of
** Republic of Korea"), nor does a region that locates a party place, nor
** a body's short name beside its full one. */
static void drop_covered_countries(const ivl_fctx *x, parties *ps) {
  size_t kept = 0;
  for (size_t i = 0; i < ps->n; i++) {
    int covered = locates_party_before(x, ps, ps->m[i]) || named_in_full_before(x, ps, i);
    if (ps->m[i] && ps->m[i]->kind == FM_COUNTRY)
      for (size_t j = 0; j < ps->n && !covered; j++)
        covered = ps->m[j] && ps->m[j]->kind == FM_PLACE && ps->m[j]->country &&
                  strcmp(ps->m[j]->country, ps->name[i]) == 0;
    if (!covered) {
      ps->name[kept] = ps->name[i];
      ps->m[kept++] = ps->m[i];
    }
  }
  ps->n = kept;
}

/* "Sumitomo has operated the Long Đức Industrial Park with two Vietnamese
** partners since 2015" (qday): a park or zone (a place by its name) that
** a side runs is where the relation works, not one of its sides; one
** joined to another side by "and", "with" or "between" is one ("Đà Nẵng
** and the Hsinchu Science Park have had ties since 2012"). */
static void drop_parks(const ivl_fctx *x, parties *ps) {
  static const char *const parks[] = {" Park", " Zone", " Parks", " Zones", NULL};
  static const char *const joined[] = {"and", "and the", "with", "with the", "between", "between the", NULL};
  size_t kept = 0;
  for (size_t i = 0; i < ps->n; i++) {
    int park = 0;
    size_t n = strlen(ps->name[i]);
    const ivl_fm *m = ps->m[i];
    for (int k = 0; parks[k] && !park; k++) {
      size_t w = strlen(parks[k]);
      park = m && m->kind == FM_PLACE && n > w && memcmp(ps->name[i] + n - w, parks[k], w) == 0;
    }
    if (park && (fx_ends_with_any(x, m->vs, joined) || fx_starts_with(x, m->ve, "and"))) park = 0;
    if (!park) {
      ps->name[kept] = ps->name[i];
      ps->m[kept++] = ps->m[i];
    }
  }
  ps->n = kept;
}

/* }====================================================================== */

/* {======================================================================
** Where the parties are named
** ======================================================================= */

/* Does a firm's name end right before the comma at 'comma' ("A, founded
** in 2010,": the comma opens an aside on A)? */
static int firm_ends_at_comma(const ivl_fsent *s, size_t comma) {
  for (size_t j = 0; j < s->n && s->m[j].ve <= comma; j++)
    if (s->m[j].ve == comma && s->m[j].kind == FM_ORG) return 1;
  return 0;
}

/* "Leaders handed a licence to A for a $59 million complex, and Japan's B
** signed an MoU with the province" (set qtelco): a signing clause of its
** own after ", and", the clause before it with a verb of its own (a
** lower-case word in -ed: "handed", "granted"), so its subject is B alone;
** not a list's last member ("A, B, and C signed"). Where that clause
** starts, or 'start'. */
static size_t clause_after_and(const ivl_fctx *x, const ivl_fsent *s, size_t start, size_t verb) {
  if (start + 6 >= verb) return start;
  /* the last comma before the verb: ", and" right after it, or none */
  size_t last = verb;
  while (last > start && x->t[last - 1] != ',') last--;
  last = last > start ? last - 1 : FX_NONE;
  if (last == FX_NONE || last + 6 >= verb || !fx_starts_with(x, last + 1, "and")) return start;
  /* (not a verb of an aside on the first party: "A, which opened an office
  ** in Hà Nội, and B signed") */
  static const char *const asides[] = {"which", "who", "whose", "that", NULL};
  for (size_t w = start; w + 3 < last; w++) {
    if (!ivl_islower((unsigned char)x->t[w]) || (w > start && ivl_isalpha((unsigned char)x->t[w - 1])) ||
        (w > start && x->t[w - 1] == '-'))
      continue;
    size_t e = w;
    while (e < last && ivl_isalpha((unsigned char)x->t[e])) e++;
    /* (nor a participle opening an aside on the first party: "A, founded
    ** by a returnee, and B signed", "A, based in Perth, and B signed"; set
    ** qweek100) */
    if (w >= start + 2 && x->t[w - 1] == ' ' && x->t[w - 2] == ',' && firm_ends_at_comma(s, w - 2)) {
      w = e;
      continue;
    }
    /* (or an irregular past: "A bought a factory from B for $38 million,
    ** and C signed a contract with D", set qweek103) */
    static const char *const pasts[] = {"bought", "sold", "took", "won", "drew", "began", "gave", NULL};
    if ((e - w > 4 && x->t[e - 2] == 'e' && x->t[e - 1] == 'd' && x->t[e] == ' ') || fx_starts_with_any(x, w, pasts))
      return fx_any(x, start, last, asides) ? start : last + 5;
  }
  return start;
}

/* "Viettel's Lao arm, Unitel, signed ...": the subject a parent's unit
** named in apposition, the unit itself (qvisit); where it begins, else
** 'start'. */
static size_t unit_in_apposition(const ivl_fctx *x, const ivl_fsent *s, size_t start, size_t verb) {
  static const char *const units[] = {"arm", "unit", "subsidiary", "affiliate", "division", NULL};
  size_t i = fx_mentions_from(s->m, s->n, start), k = i + 1;
  /* (past what describes the unit: "Lao arm", "retail division") */
  while (k < s->n && ((s->m[k].kind == FM_COUNTRY && (s->m[k].flags & FM_DEMONYM)) || s->m[k].kind == FM_SECTOR)) k++;
  if (k >= s->n || s->m[i].kind != FM_ORG || s->m[k].kind != FM_ORG || s->m[k].ve > verb) return start;
  const ivl_fm *parent = &s->m[i], *unit = &s->m[k];
  size_t pos = fx_possessive(x, parent);
  if (!pos || unit->vs < 2 || x->t[unit->vs - 2] != ',' || unit->ve >= verb || x->t[unit->ve] != ',') return start;
  size_t comma = unit->vs - 2;
  return fx_lower_words(x, parent->ve + pos, comma) || fx_ends_with_any(x, comma, units) ? unit->vs : start;
}

/* The ')' closing the bracket opened at 'open', before 'to', else 'open':
** a bracket's words are no clause's. */
static size_t bracket_close_before(const ivl_fctx *x, size_t open, size_t to) {
  const char *close = memchr(x->t + open, ')', to - open);
  return close ? (size_t)(close - x->t) : open;
}

/* "X Bhd said its wholly owned unit Y signed ...", "The developer told
** Bursa Malaysia that its subsidiary, Y, signed ...": a report's clause
** before the signing's own, which names its signer; who reports and who
** is told sign nothing (set qweek93). Returns where the reported clause
** starts, or 'start' when there is none or it opens on no one named (only
** lower-case words and commas before its first name: not "announced
** plans to invest $80 million in Bắc Ninh and signed"). */
static size_t past_report(const ivl_fctx *x, const ivl_fsent *s, size_t start, size_t verb) {
  static const char *const report[] = {"said", "says", "told", NULL};
  size_t r = fx_first(x, start, verb, report);
  if (r == FX_NONE) return start;
  size_t at = r;
  while (at < verb && ivl_isalpha((unsigned char)x->t[at])) at++;
  size_t that = fx_find(x, at, verb, "that");
  /* ("told" has the one told before its "that") */
  if (x->t[r] == 't' && that == FX_NONE) return start;
  if (that != FX_NONE && (x->t[r] == 't' || fx_only(x, at, that, ""))) at = that + 4;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < at) continue;
    for (size_t k = at; k < m->vs; k++)
      if (x->t[k] != ',' && !ivl_islower((unsigned char)x->t[k]) && x->t[k] != ' ' && x->t[k] != '-') return start;
    return m->ve <= verb && (m->kind == FM_ORG || m->kind == FM_PLACE || m->kind == FM_COUNTRY) ? at : start;
  }
  return start;
}

/* "4.1 On 20 November, A and B signed ...": a report's paragraph number,
** digits, a stop and digits, then a space and a capital; where the words
** after it begin, else vs. (Not a rank: "2.5 per cent" has no capital.) */
static size_t past_section_number(const ivl_fctx *x, size_t vs, size_t limit) {
  size_t p = vs;
  while (p < limit && p < vs + 2 && ivl_isdigit((unsigned char)x->t[p])) p++;
  if (p == vs || p + 1 >= limit || x->t[p] != '.' || !ivl_isdigit((unsigned char)x->t[p + 1])) return vs;
  size_t q = p + 1;
  while (q < limit && q < p + 3 && ivl_isdigit((unsigned char)x->t[q])) q++;
  if (q + 1 >= limit || x->t[q] != ' ' || !ivl_isupper((unsigned char)x->t[q + 1])) return vs;
  return q + 1;
}

/* "4. On 1 December 2026, A signed ...", "- On Monday, A and B signed":
** a filing's numbered item or a bullet opens the sentence before its
** opening phrase; where the sentence's own words begin. */
static size_t past_item_label(const ivl_fctx *x, size_t vs, size_t limit) {
  size_t p = ivl_facts_past_bullet(x, vs, limit);
  if (p == vs && ivl_facts_numbered_line(x, vs, limit) > 0) {
    p = vs + (x->t[vs] == '(');
    while (p < limit && ivl_isdigit((unsigned char)x->t[p])) p++;
    p += 2; /* the stop or bracket and the space after it */
  }
  if (p == vs) p = past_section_number(x, vs, limit);
  return p < limit ? p : vs;
}

/* Where the subject begins: after an opening phrase ("In 2018,", "During
** the trip,", "Last month, at a conference in Hà Nội ...,"). */
static size_t subject_start(const ivl_fctx *x, const ivl_fsent *s, size_t verb) {
  static const char *const openers[] = {
    "in", "on", "at", "during", "last", "earlier", "later", "under", "by", "before", "after",
    "since", "also", "meanwhile", "as", "from", "with", "following", "previously",
    /* "Separately on Tuesday, A and B signed ...": a report's link to the
    ** item before, its day the signing's */
    "separately", "elsewhere", NULL};
  /* "HÀ NỘI, March 6 (VNA) – X and Y signed ...": the wire's place and
  ** agency report the signing, they are no parties to it */
  size_t start = past_item_label(x, fx_after_wire_dateline(x, s->vs, verb), verb);
  /* "Earlier, on November 12, the committee signed": an opener may follow
  ** another, each up to its comma */
  for (int phrase = 0; phrase < 2; phrase++) {
    size_t at = start;
    while (at < verb && x->t[at] == ' ') at++;
    int opens = 0;
    /* only an opener of the sentence's first letter can be at its start */
    int first = ivl_tolower((unsigned char)x->t[at]);
    for (int k = 0; openers[k] && !opens; k++)
      opens = openers[k][0] == first && fx_find(x, at, at + 12 < s->ve ? at + 12 : s->ve, openers[k]) == at;
    size_t comma = at;
    while (opens && comma < verb && x->t[comma] != ',') comma++;
    if (!opens || comma == verb) break;
    start = comma + 1;
  }
  /* "The VSIP parks ... now number more than a dozen, and in November A and
  ** B signed ...": a clause of its own after ", and", opened by its time
  ** (the date the opener's, the signing's day); with no one named between
  ** the time and the verb ("X has run a programme with Y since 2016, and
  ** in September signed ...", set qweek120) the subject is the first
  ** clause's, shared (shared_subject_end) */
  static const char *const times[] = {"in", "on", "last", "earlier", "later", NULL};
  for (size_t i = start; i + 6 < verb; i++)
    if (x->t[i] == ',' && fx_starts_with(x, i + 1, "and")) {
      size_t at = i + 1;
      while (at < verb && x->t[at] == ' ') at++;
      at += 3;
      while (at < verb && x->t[at] == ' ') at++;
      if (!fx_starts_with_any(x, at, times)) continue;
      for (size_t k = 0; k < s->n && s->m[k].vs < verb; k++)
        if (s->m[k].kind == FM_DATE && s->m[k].vs > at && s->m[k].vs <= at + 9 && k + 1 < s->n &&
            s->m[k + 1].vs < verb)
          start = s->m[k].ve;
    }
  /* "Japan will provide a loan ... under an agreement JICA and the
  ** Ministry of Finance signed on Monday": the deal's own clause, its
  ** subject after the deal's noun; who gives the money before it is no
  ** party (not "under an MoU signed with X", whose subject is the main
  ** clause's: no party between the noun and the verb) */
  static const char *const deals[] = {"agreement", "deal", "accord", "memorandum", "arrangement", NULL};
  size_t under = fx_find(x, start, verb, "under");
  if (under != FX_NONE && under > start + 2) {
    size_t noun = fx_first(x, under, under + 40 < verb ? under + 40 : verb, deals);
    if (noun != FX_NONE && fx_lower_words(x, under, noun)) {
      size_t end = noun;
      while (end < verb && ivl_isalpha((unsigned char)x->t[end])) end++;
      for (size_t i = 0; i < s->n && end < verb && x->t[end] == ' '; i++)
        if (s->m[i].vs > end && s->m[i].vs < verb && s->m[i].kind != FM_DATE) {
          start = end;
          break;
        }
    }
  }
  /* "X has 60 million users, while Boeing signed ...": the last clause
  ** (only a 'w' can begin "while": most bytes are not looked at) */
  /* (and "... co-chaired the meeting of the X Committee, where the two
  ** sides signed 15 documents": the place's relative clause, its own
  ** subject) */
  /* (not a ticker's colon in brackets: "X (TSE: 8041) and Y (HNX: SHE)
  ** signed ...", set qprwire) */
  start = past_report(x, s, start, verb);
  for (size_t i = start; i < verb; i++)
    if (x->t[i] == '(') i = bracket_close_before(x, i, verb);
    else if (x->t[i] == ';' || x->t[i] == ':' ||
        (ivl_tolower((unsigned char)x->t[i]) == 'w' && fx_find(x, i, i + 5 < verb ? i + 5 : verb, "while") == i) ||
        (x->t[i] == 'w' && i >= start + 2 && x->t[i - 2] == ',' && fx_find(x, i, i + 5 < verb ? i + 5 : verb, "where") == i))
      start = i + 1;
  return unit_in_apposition(x, s, clause_after_and(x, s, start, verb), verb);
}

/* The last organisation before sentence 's' whose name has the word
** 'head' ("board": "Nghi Son Economic Zone ... Management Board"). */
static const ivl_fm *body_named_before(const ivl_fctx *x, const ivl_fsent *s, const char *head) {
  const ivl_fm *found = NULL;
  size_t n = strlen(head);
  for (size_t i = 0; i < x->nm && x->m[i].ve <= s->vs; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind != FM_ORG || !m->party) continue;
    for (const char *p = m->party; *p; p++)
      if (ivl_tolower((unsigned char)*p) == head[0] && strncasecmp(p, head, n) == 0 &&
          (p == m->party || p[-1] == ' ') && !ivl_isalpha((unsigned char)p[n])) {
        found = m;
        break;
      }
  }
  if (found) return found;
  /* "JICA has supported Cần Thơ ... The agency and ... signed": the last
  ** organisation named before, by its acronym or a name that ends on the
  ** word ("Korea Eximbank": "the bank") */
  for (size_t i = 0; i < x->nm && x->m[i].ve <= s->vs; i++)
    if (x->m[i].kind == FM_ORG && x->m[i].party) found = &x->m[i];
  if (!found) return NULL;
  const char *name = found->party;
  size_t len = strlen(name), caps = 0;
  for (const char *p = name; *p; p++) caps += ivl_isupper((unsigned char)*p) != 0;
  if (len >= 2 && len <= 6 && caps == len) return found;
  if (len > n && strcasecmp(name + len - n, head) == 0 && ivl_isalpha((unsigned char)name[len - n - 1]))
    return found;
  return NULL;
}

/* "the province", "the provincial People's Committee", "Provincial
** leaders", "city authorities": the province the article is about; not
** "the province of X", which names one. A centrally run city's bodies are
** "municipal" ("the municipal Department of Construction"). */
static const char *const the_locality[] = {
  "the province", "the city", "the provincial", "the city's", "the municipal", "provincial leaders",
  /* "the capital's Department of Science and Technology and X signed"
  ** (set qepithet) */
  "the capital's",
  /* "The committee also signed a memorandum with X": a local-government
  ** piece's "the committee", its People's Committee (set qweek45) */
  "the committee",
  "provincial authorities", "provincial officials", "city leaders", "city authorities", "city officials",
  "municipal authorities", "municipal leaders", "leaders of the province", "leaders of the city", NULL};
static const char *const the_locality_of[] = {"the province of", "the city of", NULL};

/* "City Chairman Nguyễn Văn A and X signed ...": the locality's leader by
** a title that names no place is the locality the article is about, as
** "the city" is; not "Hải Phòng City Chairman A" nor "Lâm Đồng provincial
** chairman A": any word before the title but one in lower case ("the",
** "former") names the place, its capital perhaps outside ASCII ("Đ"). */
static int leader_of_locality(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const titles[] = {"city chairman", "city chairwoman", "provincial chairman",
                                       "provincial chairwoman", NULL};
  size_t at = fx_first(x, from, to, titles);
  if (at == FX_NONE) return 0;
  size_t w = at;
  while (w > from && x->t[w - 1] == ' ') w--;
  while (w > from && x->t[w - 1] != ' ') w--;
  return w == at || ivl_islower((unsigned char)x->t[w]);
}

/* "the Government signed a loan agreement with the World Bank": in the
** country's own press the Government with no country named is Việt Nam's
** ("the Japanese Government" is Japan's by the demonym, "the Government
** of Laos" by the country after it); not "the governments", "the
** Government Office" (a body's name), "the government officials". */
static int own_government(const ivl_fctx *x, size_t from, size_t to) {
  size_t at = fx_find(x, from, to, "the government");
  if (at == FX_NONE || fx_starts_with_any(x, at + 4, its_people)) return 0;
  /* (the word after may be the verb that ends the range) */
  size_t p = at + 14, len = x->a->view.len;
  if (p < len && ivl_isalpha((unsigned char)x->t[p])) return 0;
  while (p < len && x->t[p] == ' ') p++;
  return p < len && !ivl_isupper((unsigned char)x->t[p]) && !fx_starts_with(x, p, "of");
}

/* "Rent-A-Port and the city's Dinh Vu Industrial Zone JSC agreed", "the
** city's bus company X signed": the locality's possessive before a firm
** (no committee nor department of it) says whose the firm is; the firm
** acts, not the locality. */
static int locality_owns_firm(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  static const char *const owner[] = {"the city", "the province", NULL};
  size_t at = fx_first(x, from, to, owner);
  if (at == FX_NONE) return 0;
  size_t p = at + 4;
  while (p < to && ivl_isalpha((unsigned char)x->t[p])) p++; /* past "city" */
  size_t n = fx_possessive_at(x, p);
  if (!n || p + n > to) return 0;
  p += n;
  while (p < to && x->t[p] == ' ') p++;
  size_t i = fx_mentions_from(s->m, s->n, p);
  /* (or after the firm's kind in lower case, a sector's words maybe:
  ** "the city's public transport company Transerco signed", set qev; one
  ** noun's words, not "the city's leaders and bus company X", who sign
  ** beside the firm) */
  static const char *const kinds[] = {"company", "firm", "operator", "utility", "corporation", "group",
                                      "developer", "carrier", "distributor", "unit", "subsidiary", NULL};
  static const char *const joins[] = {"and", "or", "with", "together", NULL};
  while (i < s->n && s->m[i].kind == FM_SECTOR && s->m[i].vs < p + 48) i++;
  int kind_between = i < s->n && s->m[i].vs > p && s->m[i].vs - p <= 48 && fx_lower_words(x, p, s->m[i].vs) &&
                     fx_ends_with_any(x, s->m[i].vs, kinds) && !fx_any(x, p, s->m[i].vs, joins);
  return i < s->n && (s->m[i].vs == p || kind_between) && s->m[i].kind == FM_ORG &&
         !(s->m[i].flags & FM_COMMITTEE) && fx_first(x, p, to, owner) == FX_NONE;
}

/* "the ministry's Foreign Investment Agency and X signed ...": the body
** by its noun, a possessive at 'at' right after it, then a body named
** there, says whose that body is; the owner signs nothing. */
static int owns_named_body(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  size_t n = fx_possessive_at(x, at);
  if (!n) return 0;
  size_t p = at + n;
  while (p < s->ve && x->t[p] == ' ') p++;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_ORG && s->m[i].vs == p) return 1;
  return 0;
}

/* "Becamex IDC Corp, the province's largest park developer, signed ...":
** each "the province"/"the city" of t[from, to) opens a possessive in an
** apposition after a firm, set off by commas; it says whose the firm is,
** the locality signs nothing. So too a body by its noun ("Hoa Sen Agro,
** the fund's third-largest position, signed ...": set qweek88). The "the"
** at 'at'. */
static int possessive_describes_firm(const ivl_fctx *x, const ivl_fsent *s, size_t at, size_t to) {
  size_t p = at + 4;
  while (p < to && ivl_isalpha((unsigned char)x->t[p])) p++; /* past "province" */
  size_t i = at >= 2 && x->t[at - 1] == ' ' && x->t[at - 2] == ',' ? fx_mentions_from(s->m, s->n, at - 2) : s->n;
  int org_before = i > 0 && i <= s->n && s->m[i - 1].ve == at - 2 && s->m[i - 1].kind == FM_ORG;
  return org_before && fx_possessive_at(x, p) && memchr(x->t + p, ',', to - p);
}

static int locality_only_describes(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  for (size_t at = fx_first(x, from, to, the_locality); at != FX_NONE; at = fx_first(x, at + 1, to, the_locality))
    if (!possessive_describes_firm(x, s, at, to)) return 0;
  return 1;
}

/* "Kon Tum, now part of Quảng Ngãi province, has signed ...", "In the
** former Bà Rịa-Vũng Tàu, now the city's port area, X and Y signed", "Kon
** Tum (now part of Quảng Ngãi) signed ...": t[at] is said in a comma's or
** a bracket's aside that opens with "now" and closes before 'to' (after
** 'after'): it tells what a place is since the 2025 mergers, and the unit
** it names signs nothing. */
static int in_now_aside(const ivl_fctx *x, const ivl_fsent *s, size_t at, size_t after, size_t to) {
  size_t open = at;
  while (open > s->vs && x->t[open - 1] != ',' && x->t[open - 1] != '(') open--;
  /* (the span may start right after the aside's comma: "In the former
  ** X province, now ...") */
  if (open == s->vs || open < after || !fx_starts_with(x, open, "now")) return 0;
  return memchr(x->t + at, x->t[open - 1] == '(' ? ')' : ',', to - at) != NULL;
}

/* Is "the province"/"the city" said in t[from, to) but in a "now" aside
** ("now the city's port area" tells where a former province lies)? */
static int locality_said_outside_now(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  for (size_t at = fx_first(x, from, to, the_locality); at != FX_NONE; at = fx_first(x, at + 1, to, the_locality))
    if (!in_now_aside(x, s, at, from, to)) return 1;
  return 0;
}

/* "Osaka has been twinned with Hậu Giang, now part of Cần Thơ, since
** 2016": the unit a "now" aside names tells where the partner lies since
** the 2025 mergers, and is no partner itself (set qweek19; as a signing's
** parties, in_now_aside). */
static void drop_now_asides(const ivl_fctx *x, const ivl_fsent *s, parties *ps) {
  size_t kept = 0;
  for (size_t i = 0; i < ps->n; i++) {
    const ivl_fm *m = ps->m[i];
    if (m && m->kind == FM_PLACE && in_now_aside(x, s, m->vs, s->vs, s->ve)) continue;
    ps->name[kept] = ps->name[i];
    ps->m[kept++] = ps->m[i];
  }
  ps->n = kept;
}

/* "Phú Thọ, which absorbed Vĩnh Phúc and Hòa Bình, signed ...", "with
** Gia Lai, which merged with Bình Định, on ...": t[at] is said in an aside
** about a party that closes before 'to' and opens after 'after' (the
** signing is not told in it); the places it names sign nothing. So too
** an aside right after the sentence's opener, the subject starting where
** it opens ("In Lào Cai, which absorbed Yên Bái province last year, the
** provincial People's Committee signed ...": set qweek24). */
static int in_party_aside(const ivl_fctx *x, const ivl_fsent *s, size_t at, size_t after, size_t to) {
  size_t open, close;
  return (inv_aside_at(x, s, at, at + 1, &open, &close) && open >= after && close <= to) ||
         in_now_aside(x, s, at, after, to);
}

/* The nouns of bodies that "the <noun>" refers back to by the noun. */
static const char *const named_bodies[] = {"board", "authority", "agency", "association", "chamber",
                                           "hospital", "university", "bank", "institute", "college", "fund",
                                           "foundation", "cooperative",
                                           /* "Also on Wednesday, the ministry signed ... with X": the
                                           ** Ministry of Health named before (qpharma) */
                                           "ministry",
                                           /* "The accelerator has worked with X since 2025": a
                                           ** startup programme named so before (qstart) */
                                           "accelerator", "incubator",
                                           /* "On Wednesday, the club signed a memorandum with
                                           ** X": the business or football club named so
                                           ** before, not the company spoken of (qweek68) */
                                           "club", NULL};

static int short_of(const char *name, const char *full);

/* Is 'full' the local unit of 'name', the name and the host country
** alone, maybe a legal form after them ("Kurogane Hatsujo Vietnam Co.,
** Ltd" of "Kurogane Hatsujo")? Not the same question as names.h
** ivl_names_local_unit (does a name say a local unit at all), so not its
** list: this one also takes " Viet Nam" and " VN" after the name. */
static int local_unit_of(const char *name, const char *full) {
  static const char *const hosts[] = {" Vietnam", " Viet Nam", " Việt Nam", " VN", " Vina", NULL};
  /* (its legal form may follow: "Kurogane Hatsujo Vietnam Co., Ltd") */
  static const char *const forms[] = {"", " Co", " Company", " Ltd", " LLC", " JSC", ", Ltd", NULL};
  const char *rest = full + strlen(name);
  for (int k = 0; hosts[k]; k++) {
    size_t n = strlen(hosts[k]);
    if (strncmp(rest, hosts[k], n) != 0) continue;
    for (int f = 0; forms[f]; f++)
      if (strncmp(rest + n, forms[f], strlen(forms[f])) == 0 &&
          (!*forms[f] ? rest[n] == '\0' : !ivl_isalpha((unsigned char)rest[n + strlen(forms[f])])))
        return 1;
  }
  return 0;
}

/* "Daemyung Electronics will invest ... Daemyung, which has ... On the same
** occasion, the company signed": the firm "the company" refers to is
** named by its full name (the mention of it before whose name its short
** form opens), not by the short form it was last written as. */
/* (not its local unit, the name and the host country alone: "Kurogane
** Hatsujo Vietnam" got the capital increase, "it", the Japanese maker
** named so since, signed the MoU; set qweek27) */
static const ivl_fm *full_name_before(const ivl_fctx *x, const ivl_fm *firm) {
  size_t n = strlen(firm->party);
  for (size_t i = 0; i < x->nm && x->m[i].ve <= firm->vs; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind == FM_ORG && m->party && strlen(m->party) > n && short_of(firm->party, m->party) &&
        !local_unit_of(firm->party, m->party))
      return m;
  }
  return firm;
}

/* "In neighbouring Quảng Ngãi, the provincial People's Committee and X
** signed ...": the province a sentence opens on ("In" and lower-case words
** before it, a comma after it) is the one its "provincial" bodies are of,
** not the article's; NULL when it opens on none. */
static const char *province_opening(const ivl_fctx *x, const ivl_fsent *s) {
  if (!fx_starts_with(x, s->vs, "in")) return NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_DATE) continue;
    if (m->kind != FM_PLACE || !(m->flags & FM_VN) || !m->province || !fx_lower_words(x, s->vs + 2, m->vs))
      return NULL;
    return m->ve < s->ve && x->t[m->ve] == ',' ? m->province : NULL;
  }
  return NULL;
}

/* The sentence right before 's' in its paragraph: t[*q, *p), *p on its
** full stop; 0 when 's' opens its paragraph. */
static int sentence_before(const ivl_fctx *x, const ivl_fsent *s, size_t *q, size_t *p) {
  *p = s->vs;
  while (*p > 0 && x->t[*p - 1] == ' ') (*p)--;
  if (*p < 2 || x->t[*p - 1] != '.') return 0;
  *q = *p - 1;
  while (*q > 0 && x->t[*q - 1] != '\n' && !(x->t[*q - 1] == ' ' && *q >= 2 && x->t[*q - 2] == '.')) (*q)--;
  return 1;
}

/* "The city has helped. In 2022 it signed a memorandum with X": "it" is
** the subject of the sentence right before, the locality the article is
** about when that sentence opens on "The city" or "The province" and a
** verb in lower case (set qweek30), not the company spoken of. */
static int locality_opens_before(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const opens[] = {"The city", "The province", NULL};
  size_t q, p;
  if (!sentence_before(x, s, &q, &p)) return 0;
  for (int k = 0; opens[k]; k++) {
    size_t n = strlen(opens[k]);
    if (q + n + 2 < p && memcmp(x->t + q, opens[k], n) == 0 && x->t[q + n] == ' ' &&
        ivl_islower((unsigned char)x->t[q + n + 1]))
      return 1;
  }
  return 0;
}

/* "SEOUL (Yonhap) -- South Chungcheong Province said Thursday ... The
** province also signed a labor agreement with Thanh Hoa province": the
** article told from a province abroad, the first place it names (past its
** dateline) being that province written "X Province" as the subject, is
** the one "the province" speaks of, not the Vietnamese one most named
** (set qweek71). Its mention, else NULL. */
static const ivl_fm *province_abroad_told_from(const ivl_fctx *x) {
  const char *nl = strchr(x->t, '\n'); /* (the headline's places are no subject) */
  for (size_t i = 0; i < x->nm; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind != FM_PLACE || (m->flags & FM_DATELINE) || !nl || x->t + m->vs < nl) continue;
    if ((m->flags & FM_VN) || !m->party || !fx_starts_with(x, m->ve, "province") ||
        x->t[m->ve + 1] != 'P')
      return NULL;
    size_t v = m->ve + 1;
    while (x->t[v] && x->t[v] != ' ') v++;
    return x->t[v] == ' ' && ivl_islower((unsigned char)x->t[v + 1]) ? m : NULL;
  }
  return NULL;
}

/* "Quảng Ninh, meanwhile, began the year with diplomacy. At a working
** session on February 8, the provincial People's Committee and X signed
** ...": a province the sentence right before opens on, as its subject (its
** first words, in the same paragraph), is the one a "provincial" body of
** the next sentence is of, not the article's; NULL when it opens on none. */
static const char *province_opening_before(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  static const char *const provincial[] = {"the provincial", "provincial leaders", "provincial authorities",
                                           "provincial officials", NULL};
  if (!fx_any(x, from, to, provincial)) return NULL;
  size_t p, q;
  if (!sentence_before(x, s, &q, &p)) return NULL;
  size_t i = fx_mention_from(x, q);
  if (i >= x->nm) return NULL;
  const ivl_fm *m = &x->m[i];
  if (m->vs != q || m->ve >= p || m->kind != FM_PLACE || !(m->flags & FM_VN) || !m->province ||
      (m->flags & FM_DATELINE))
    return NULL;
  /* the subject: a comma or a verb in lower case right after it */
  return x->t[m->ve] == ',' || (x->t[m->ve] == ' ' && ivl_islower((unsigned char)x->t[m->ve + 1])) ? m->province
                                                                                                     : NULL;
}

/* Does a firm's name end in its trade of developing ("Phước Long
** Industrial Development JSC", its legal form after it)? Not a name that
** holds the word inside ("Bank for Investment and Development of Vietnam"). */
static int developer_by_name(const char *name) {
  static const char *const legal[] = {"", " JSC", " Corp", " Corp.", " Corporation", " Co., Ltd", " Ltd", " Pte Ltd",
                                      " Company", NULL};
  const char *at = strstr(name, " Development");
  if (!at) return 0;
  at += strlen(" Development");
  if (*at == 's') at++;
  for (const char *const *l = legal; *l; l++)
    if (strcmp(at, *l) == 0) return 1;
  return 0;
}

/* "PLID and Meridian formed a venture ... while PLID will put in land. At
** the ceremony, BIDV and the developer signed a credit agreement": "the
** developer" is the firm its name calls one, named before the sentence,
** when the company spoken of is not (set qally). NULL when none is. */
static const ivl_fm *developer_named_before(const ivl_fctx *x, const ivl_fsent *s) {
  const ivl_fm *found = NULL;
  for (size_t i = 0; i < x->nm && x->m[i].ve <= s->vs; i++)
    if (x->m[i].kind == FM_ORG && x->m[i].party && developer_by_name(x->m[i].party)) found = &x->m[i];
  return found;
}

/* Is org mention m followed by the bracket that defines it as "the
** Proponent" (`X JSC (the "Proponent")`, `X JSC ("the Proponent")`)?
** (names.c the_quoted_term reads such brackets for the terms that are
** names; names_shape.c defined_role_term makes no name of this one, so it
** is read here, more loosely: any bracket with the word, quotes or not.) */
static int defined_as_proponent(const ivl_fctx *x, const ivl_fm *m) {
  enum { BRACKET_REACH = 64 }; /* (room for "(hereinafter referred to as the \"Proponent\")") */
  size_t len = x->a->view.len, p = m->ve;
  while (p < len && x->t[p] == ' ') p++;
  if (p >= len || x->t[p] != '(') return 0;
  for (size_t e = p + 1; e < len && e < p + BRACKET_REACH && x->t[e] != ')'; e++)
    if (e + 9 <= len && memcmp(x->t + e, "Proponent", 9) == 0) return 1;
  return 0;
}

/* "X JSC (the \"Proponent\") ... Y has invested .... In May the Proponent
** signed an MoU with Z": the firm the disclosure defined as the Proponent,
** whoever was spoken of last (set qweek117). NULL when none is. */
static const ivl_fm *proponent_defined_before(const ivl_fctx *x, const ivl_fsent *s) {
  const ivl_fm *found = NULL;
  for (size_t i = 0; i < x->nm && x->m[i].ve <= s->vs; i++)
    if (x->m[i].kind == FM_ORG && x->m[i].party && defined_as_proponent(x, &x->m[i])) found = &x->m[i];
  return found;
}

/* "The Ho Chi Minh City-based company also signed a loan agreement with
** X": a place after "the" and before "-based" and a company's noun is the
** seat of the company spoken of, which is the party, not the place (set
** qbond). */
static int seat_of_the_company(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const nouns[] = {"company", "firm", "group", "developer", "lender", "bank", "carmaker",
                                      "manufacturer", "maker", "operator", "retailer", "producer", "steelmaker",
                                      "conglomerate", "startup", "insurer", "investor", NULL};
  if (m->kind != FM_PLACE || !fx_based_in(x, m) || !fx_ends_with(x, m->vs, "the")) return 0;
  size_t p = m->ve;
  while (p < s->ve && x->t[p] != ' ') p++;
  return fx_starts_with_any(x, p, nouns);
}

/* "It has also signed an EPC contract for the wind farm with X" (set
** qweek7): a subject that is "It" alone, with only auxiliaries and adverbs
** between it and the verb, is the company spoken of, as "the company" is.
** Not "It is expected that A will sign" nor "It was signed by", whose
** words are no such. */
static int adverbs_only(const ivl_fctx *x, size_t p, size_t to);

static int it_alone_signs(const ivl_fctx *x, size_t from, size_t to) {
  while (from < to && x->t[from] == ' ') from++;
  /* ("it" in lower case after an opener's comma: "On Monday, it signed") */
  if (from + 3 > to || (x->t[from] != 'I' && !(x->t[from] == 'i' && from > 0 && x->t[from - 1] == ' ')) ||
      x->t[from + 1] != 't' || x->t[from + 2] != ' ')
    return 0;
  return adverbs_only(x, from + 3, to);
}

/* Are the words of t[p, to) only auxiliaries and adverbs ("has also"),
** what may stand between a pronoun subject and its verb? */
static int adverbs_only(const ivl_fctx *x, size_t p, size_t to) {
  static const char *const between[] = {"has", "had", "also", "later", "then", "recently", "subsequently",
                                        "separately", "already", NULL};
  while (p < to) {
    while (p < to && x->t[p] == ' ') p++;
    if (p >= to) break;
    if (!fx_starts_with_any(x, p, between)) return 0;
    while (p < to && ivl_isalpha((unsigned char)x->t[p])) p++;
  }
  return 1;
}

/* "At Bien Hoa Steel, Lan ran the rolling mills. As deputy director she
** signed ...": the firm an "At X," opening the sentence right before (in
** its paragraph) names is where the person of the next worked, and the
** one he or she signed for (set qweek105); NULL when none is. */
static const ivl_fm *workplace_opening_before(const ivl_fctx *x, const ivl_fsent *s) {
  size_t q, p;
  if (!sentence_before(x, s, &q, &p) || !fx_starts_with(x, q, "at")) return NULL;
  size_t i = fx_mention_from(x, q);
  if (i >= x->nm) return NULL;
  const ivl_fm *m = &x->m[i];
  return m->vs == q + 3 && m->ve < p && m->kind == FM_ORG && m->party && x->t[m->ve] == ',' ? m : NULL;
}

/* "As chairman he signed a memorandum with X", "In 2008 he signed ...",
** "He also signed ...": a person of a career story, told by "he" or "she"
** alone, signs for the company spoken of, a person being no party (set
** qweek105). The pronoun opens t[from, to), or follows an opener of
** lower-case words and dates ("As deputy general director", "In 2008")
** that names nothing else; only auxiliaries and adverbs follow it. */
static int person_pronoun_signs(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  static const char *const pronouns[] = {"he", "she", NULL};
  static const char *const openers[] = {"as", "in", "on", "at", "later", "that", NULL};
  while (from < to && x->t[from] == ' ') from++;
  size_t p = from;
  if (fx_starts_with_any(x, from, openers)) {
    size_t lim = from + 48 < to ? from + 48 : to;
    for (p = from; p < lim && !(x->t[p] == ' ' && fx_starts_with_any(x, p + 1, pronouns) &&
                                ivl_islower((unsigned char)x->t[p + 1]));
         p++)
      if (x->t[p] == ',') return 0;
    if (p >= lim) return 0;
    for (size_t i = fx_mentions_from(s->m, s->n, from); i < s->n && s->m[i].vs < p; i++)
      if (s->m[i].kind != FM_DATE) return 0;
    p++;
  } else if (!fx_starts_with_any(x, from, pronouns)) {
    return 0;
  }
  size_t n = x->t[p] == 's' || x->t[p] == 'S' ? 3 : 2;
  return p + n < to && x->t[p + n] == ' ' && adverbs_only(x, p + n, to);
}

/* "On the same day it signed an MoU with X", "Last week it signed ...": a
** time opener with no comma before "it" (set qweek27), which
** subject_start skips only up to a comma. Where "it" begins when t[from,
** to) is such an opener (its first word one of when_opens, no mention but
** dates in it, its last word a date's or a time noun's) and then "it",
** else 'from'. Not "In Hà Nội it signed" (a place) nor "On its side it". */
static size_t past_time_opener(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  static const char *const when_opens[] = {"on", "in", "at", "last", "earlier", "later", "that", NULL};
  static const char *const time_nouns[] = {"day", "week", "month", "year", "morning", "afternoon", "evening",
                                           "occasion", "weekend", NULL};
  size_t p = from;
  while (p < to && x->t[p] == ' ') p++;
  if (!fx_starts_with_any(x, p, when_opens)) return from;
  size_t it = fx_find(x, p, to, "it");
  if (it == FX_NONE || it > p + 40 || x->t[it] != 'i') return from;
  size_t end = it;
  while (end > p && x->t[end - 1] == ' ') end--;
  int dated = 0;
  for (size_t i = fx_mentions_from(s->m, s->n, p); i < s->n && s->m[i].vs < it; i++) {
    if (s->m[i].kind != FM_DATE) return from;
    dated |= s->m[i].ve == end;
  }
  return dated || fx_ends_with_any(x, end, time_nouns) ? it : from;
}

/* "The company is a subsidiary of Korea's X, which on Monday signed an
** agreement with Y": the company word is the subject of a copula whose
** predicate names another firm, and the signing is that firm's, told in
** a "which" clause after it (set qweek26); not "The company, a unit of X,
** signed" (an aside: the company signs) nor "The company is expected to
** sign" (no "which"). */
static int copula_then_which(const ivl_fctx *x, size_t e, size_t to) {
  static const char *const copula[] = {"is a", "is an", "is the", "was a", "was an", "was the", NULL};
  while (e < to && x->t[e] == ' ') e++;
  if (!fx_starts_with_any(x, e, copula)) return 0;
  static const char *const deeds[] = {"signed", "signs", "inked", "agreed", "sealed", "struck", NULL};
  size_t w = fx_find(x, e, to, "which");
  /* (the company's own signing before the "which" is its own: "is a
  ** newcomer and signed with Y, which flies to ...") */
  if (w == FX_NONE || fx_any(x, e, w, deeds)) return 0;
  size_t b = w;
  while (b > e && x->t[b - 1] == ' ') b--;
  return b > e && x->t[b - 1] == ',';
}

/* The company spoken of, told by its noun: "the company", "the group",
** "the carrier" (parties_in as a side before the verb, body_object after
** "with"). */
static const char *const company_referents[] = {
  "the company", "the group", "the firm", "the carmaker", "the developer", "the investor",
  "the manufacturer", "the maker", "the corporation",
  /* a store chain by its trade: "Last week the chain signed a franchise
  ** agreement with X" */
  "the chain", "the retailer",
  /* a firm by what it runs: "The port operator signed a memorandum with
  ** X on the same day", after "Quy Nhơn Port JSC will invest ..." */
  "the operator", "the port operator", "the terminal operator", "the airport operator",
  /* ... or by its trade, as inv_company_anaphors names it: "The airline
  ** signed an agreement with lessor X for eight jets" (set qweek18) */
  "the airline", "the carrier", "the conglomerate", "the steelmaker", "the automaker", "the chipmaker",
  "the drugmaker", "the shipbuilder",
  /* ... or by its trade of media or sport: "In October the platform
  ** signed a streaming agreement with X", "the promoter signed a
  ** sponsorship deal" (set qweek68; not "the studio", as often the
  ** building a firm runs as the firm) */
  "the platform", "the promoter", "the broadcaster", "the streamer", "the publisher", "the distributor",
  /* ... or by the role a disclosure defines it by: "X JSC (the
  ** \"Proponent\") ... In May the Proponent signed an MoU with Y" (set qweek117) */
  "the proponent",
  /* ... or by its kind of business: "The utility also signed an MoU with
  ** the X People's Committee", "The startup signed a launch contract with
  ** Y" (sets qweek140, qweek144) */
  "the utility", "the startup", NULL};

/* "Cascade Beverages" on a line of its own over "Signed a supply
** agreement with X on Tuesday": a member bulletin's item names its firm in
** a heading and tells its deed with no subject, the verb capitalised at
** the start of the very next line and its object right after it ("a",
** "an", "its", "the"); the firm heading the item signs, as "It signed"
** would have it (set qweek108). Only where t[from, to) holds no subject and
** the line above holds the company spoken of and nothing but it. Not a
** participle opening a sentence with a subject of its own ("Signed in Hà
** Nội on Monday, the deal between A and B ..."), nor a line under a blank
** one. */
static int verb_under_firm_heading(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const objects[] = {"a", "an", "its", "the", NULL};
  const ivl_fm *firm = x->c.company;
  while (from < to && x->t[from] == ' ') from++;
  if (!firm || from != to || from < 2 || x->t[from - 1] != '\n' || !ivl_isupper((unsigned char)x->t[from]))
    return 0;
  size_t v = from;
  while (v < x->a->view.len && ivl_isalpha((unsigned char)x->t[v])) v++;
  if (v >= x->a->view.len || x->t[v] != ' ' || !fx_starts_with_any(x, v + 1, objects)) return 0;
  size_t le = from - 1;
  if (le > 0 && x->t[le - 1] == '\r') le--;
  size_t ls = le;
  while (ls > 0 && x->t[ls - 1] != '\n') ls--;
  return firm->vs == ls && firm->ve == le;
}

/* Does a word of the company spoken of ('company': "the group", "the
** firm") stand in t[from, to) as a party, not only as the parent of one
** in an aside ("Woorim Bank, the group's banking arm, and Tan Viet Bank
** signed ...": the arm signs, its group is no party; set qweek12)? */
static int company_signs(const ivl_fctx *x, size_t from, size_t to, const char *const *company) {
  static const char *const units[] = {"arm", "unit", "subsidiary", "affiliate", "division", "branch", NULL};
  for (int k = 0; company[k]; k++)
    for (size_t at = from; (at = fx_find(x, at, to, company[k])) != FX_NONE; at++) {
      size_t e = at + strlen(company[k]), pos = fx_possessive_at(x, e);
      if (!pos && copula_then_which(x, e, to)) continue;
      if (!pos) return 1;
      size_t c = e + pos;
      while (c < to && c < e + 40 && x->t[c] != ',') c++;
      if (c >= to || x->t[c] != ',' || !fx_lower_words(x, e + pos, c) || !fx_ends_with_any(x, c, units)) return 1;
    }
  return 0;
}

/* Is m inside a count, after its number ("10 Airbus A321neo jets")? */
static int inside_count(const ivl_fsent *s, const ivl_fm *m) {
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_COUNT && s->m[i].vs < m->vs && m->ve <= s->m[i].ve) return 1;
  return 0;
}

/* "On Nov. 27, the prefecture and the Dong Nai People's Committee signed
** ...": "the prefecture" is the place abroad last named before the
** sentence, where that place was written as a prefecture ("Toyama
** Prefecture") before it (set qweek71): Vietnamese provinces are never
** called so. Its mention, else NULL. */
static const ivl_fm *prefecture_named_before(const ivl_fctx *x, const ivl_fsent *s) {
  const ivl_fm *last = NULL;
  for (size_t i = 0; i < x->nm && x->m[i].ve <= s->vs; i++)
    if (x->m[i].kind == FM_PLACE && !(x->m[i].flags & FM_VN) && x->m[i].party) last = &x->m[i];
  for (size_t i = 0; last && i < x->nm && x->m[i].ve <= s->vs; i++)
    if (x->m[i].kind == FM_PLACE && x->m[i].party && strcmp(x->m[i].party, last->party) == 0 &&
        fx_starts_with(x, x->m[i].ve, "prefecture"))
      return last;
  return NULL;
}

/* Does t[from, to) say "the prefecture" as a party, not "the prefecture
** of X" (which names one) nor "the prefecture's" firm or people? */
static int the_prefecture_signs(const ivl_fctx *x, size_t from, size_t to) {
  size_t at = fx_find(x, from, to, "the prefecture");
  return at != FX_NONE && !fx_possessive_at(x, at + 14) && !fx_starts_with(x, at + 14, "of");
}

/* "On December 2, the joint venture signed an agreement with X": the
** venture named before (note_venture) signs when its noun is the subject
** right before the verb at 'to' (set qweek131); not a noun of the deal ("The
** joint venture agreement between A and B was signed") nor a holding in it
** ("A will hold 60 percent of the venture and B the rest, according to the
** agreement signed ..."). The venture's mention, or NULL. */
static const ivl_fm *venture_signs(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const referents[] = {"the joint venture", "the venture", NULL};
  if (!x->c.venture || !x->c.venture->party) return NULL;
  size_t at = fx_last(x, from, to, referents);
  if (at == FX_NONE) return NULL;
  size_t e = at + (fx_starts_with(x, at, referents[0]) ? strlen(referents[0]) : strlen(referents[1]));
  while (e < to && x->t[e] == ' ') e++;
  return e == to ? x->c.venture : NULL;
}

static void parties_in(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to, parties *ps) {
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < from || m->ve > to || fx_ends_with(x, m->vs, "with") || in_party_aside(x, s, m->vs, from, to))
      continue;
    /* "Orchid will lease 10 Airbus A321neo jets to the airline under an
    ** agreement signed ...": the maker named on goods counted signs
    ** nothing there (set qweek43) */
    if (m->kind == FM_ORG && inside_count(s, m)) continue;
    /* "X Securities raised its target price for HAL after the developer
    ** signed a deal with Y": a brokerage or adviser reporting the deal
    ** signs none of it (set qweek76) */
    if (m->kind == FM_ORG && fx_adviser(x, m)) continue;
    if (!seat_of_the_company(x, s, m)) {
      add_party(ps, party_name(x, s, m), m);
    } else if (x->c.company) {
      const ivl_fm *firm = full_name_before(x, x->c.company);
      add_party(ps, firm->party, firm);
    }
  }
  /* "The province of Long An and Busan City signed ...": the province is
  ** named, not the one the article is about */
  int locality_said = locality_said_outside_now(x, s, from, to) && !fx_any(x, from, to, the_locality_of);
  if ((locality_said && !locality_owns_firm(x, s, from, to) && !locality_only_describes(x, s, from, to)) ||
      (!locality_said && leader_of_locality(x, from, to))) {
    const char *opened_on = province_opening(x, s);
    if (!opened_on) opened_on = province_opening_before(x, s, from, to);
    static const char *const the_province[] = {"the province", NULL};
    const ivl_fm *abroad = opened_on || !fx_any(x, from, to, the_province) ? NULL : province_abroad_told_from(x);
    if (abroad) add_party(ps, abroad->party, abroad);
    else add_party(ps, opened_on ? opened_on : province_spoken_of(x), NULL);
  }
  int it_signs = it_alone_signs(x, from, to) || it_alone_signs(x, past_time_opener(x, s, from, to), to) ||
                 verb_under_firm_heading(x, from, to);
  if (it_signs && !company_signs(x, from, to, company_referents) && province_spoken_of(x) && locality_opens_before(x, s)) {
    add_party(ps, province_spoken_of(x), NULL);
    it_signs = 0;
  }
  int person_signs = !it_signs && person_pronoun_signs(x, s, from, to);
  const ivl_fm *workplace = person_signs ? workplace_opening_before(x, s) : NULL;
  if (workplace) workplace = full_name_before(x, workplace);
  if (workplace) add_party(ps, workplace->party, workplace);
  else if (x->c.company && (company_signs(x, from, to, company_referents) || it_signs || person_signs)) {
    const ivl_fm *firm = full_name_before(x, x->c.company), *developer = NULL;
    if (!developer_by_name(firm->party) && fx_find(x, from, to, "the developer") != FX_NONE)
      developer = developer_named_before(x, s);
    /* (else the one "The developer" spoke of before, update_context) */
    if (!developer && x->c.developer && fx_starts_with(x, from, "the developer")) developer = x->c.developer;
    if (developer) firm = developer;
    const ivl_fm *proponent = fx_find(x, from, to, "the proponent") != FX_NONE ? proponent_defined_before(x, s) : NULL;
    if (proponent) firm = proponent;
    add_party(ps, firm->party, firm);
  }
  const ivl_fm *venture = venture_signs(x, from, to);
  if (venture) add_party(ps, venture->party, venture);
  if (own_government(x, from, to)) add_party(ps, "VN", NULL);
  const ivl_fm *prefecture = the_prefecture_signs(x, from, to) ? prefecture_named_before(x, s) : NULL;
  if (prefecture) add_party(ps, prefecture->party, prefecture);
  /* "the board", "the authority", "the hospital": the body named so before */
  const char *const *bodies = named_bodies;
  int body_named = fx_any(x, from, to, bodies); /* one look for all, mostly none */
  for (int k = 0; bodies[k] && body_named; k++) {
    size_t at = fx_find(x, from, to, bodies[k]);
    if (at == FX_NONE || !fx_ends_with(x, at, "the")) continue;
    /* "the University of Đà Nẵng" names one: no body named before */
    int named = 0;
    for (size_t i = 0; i < s->n && !named; i++) named = s->m[i].vs <= at && at < s->m[i].ve;
    if (named) continue;
    size_t the = at;
    while (the > from && x->t[the - 1] == ' ') the--;
    if (the >= from + 3 && possessive_describes_firm(x, s, the - 3, to)) continue;
    if (owns_named_body(x, s, at + strlen(bodies[k]))) continue;
    const ivl_fm *body = body_named_before(x, s, bodies[k]);
    /* (a zone authority of no place of its own is the locality's, as when
    ** named so: set qepithet; not one named with its province, "the
    ** authority" after "Hải Phòng Economic Zone Authority", which qchem's
    ** gold keeps) */
    const char *province = body && body->party && unplaced_zone_authority(body->party) ? province_spoken_of(x) : NULL;
    if (body) add_party(ps, province ? province : body->party, body);
  }
}

/* An acronym of a trade written in capitals among the describing words
** ("French IT group", "a US LNG developer"): two to four capitals at
** t[i, j). */
static int trade_acronym(const ivl_fctx *x, size_t i, size_t j) {
  if (j - i < 2 || j - i > 4) return 0;
  for (size_t k = i; k < j; k++)
    if (!ivl_isupper((unsigned char)x->t[k])) return 0;
  return 1;
}

/* Is t[i, j) "State-owned" or the like, the state capitalised as VNS and
** VIR write it ("with Vietnamese State-owned Bạch Đằng Development
** Corporation"; set qweek16)? A word of the description as its lower-case
** spelling is, no name. */
static int state_held_word(const ivl_fctx *x, size_t i, size_t j) {
  static const char *const held[] = {"State-owned", "State-run", "State-controlled", "State-backed", NULL};
  for (const char *const *w = held; *w; w++)
    if (j - i == strlen(*w) && memcmp(x->t + i, *w, j - i) == 0) return 1;
  return 0;
}

/* "European turboprop maker ATR", "Nordic port operator X": a
** macro-region's adjective, capitalised but no country and no name, opens
** a description as a demonym would (set qweek43). */
static int region_adjective_word(const ivl_fctx *x, size_t i, size_t j) {
  static const char *const regions[] = {"European", "Asian", "African", "Nordic", "Scandinavian", "Arab", NULL};
  for (const char *const *w = regions; *w; w++)
    if (j - i == strlen(*w) && memcmp(x->t + i, *w, j - i) == 0) return 1;
  return 0;
}

/* "developer ", "trading house ": up to three lower-case words that
** describe the next party, and nothing else, in t[from, to). */
static int appositive_words(const ivl_fctx *x, size_t from, size_t to) {
  /* "..., under which Toyota Tsusho will invest": a clause opens, no
  ** description of the name after it; nor "since 2019, when the two firms
  ** built the Cửa Lò bridge": the pair's own deed, no third party */
  static const char *const clause_openers[] = {"which", "who", "whom", "whose", "where", "whereby", "under",
                                               "while", "that", "when", NULL};
  int words = 0, acronyms = 0, joined = 0;
  for (size_t i = from; i < to;) {
    if (x->t[i] == ' ') { i++; continue; }
    size_t j = i;
    while (j < to && (ivl_isalpha((unsigned char)x->t[j]) || x->t[j] == '-')) j++;
    if (j < to && x->t[j] != ' ') return 0;
    /* "local cobia and lobster farmer X": "and" between two words of one
    ** trade, once, when a firm's noun ends them (below; set qweek59) */
    if (words && !joined && j - i == 3 && fx_find(x, i, j, "and") == i && j + 1 < to &&
        ivl_islower((unsigned char)x->t[j + 1])) {
      joined = 1;
      i = j;
      continue;
    }
    if (!ivl_islower((unsigned char)x->t[i]) && !state_held_word(x, i, j) &&
        !(i == from && region_adjective_word(x, i, j))) {
      /* (the acronym needs a noun after it: "group", not a name) */
      if (!trade_acronym(x, i, j) || words || ++acronyms > 1) return 0;
      i = j;
      continue;
    }
    /* "between A and B in Hà Nội": where, not a description of a party */
    if (fx_find(x, i, j, "and") == i || fx_find(x, i, j, "to") == i || fx_find(x, i, j, "on") == i ||
        fx_find(x, i, j, "for") == i || fx_find(x, i, j, "in") == i || fx_find(x, i, j, "at") == i ||
        fx_starts_with_any(x, i, clause_openers) || ++words + acronyms > 4)
      return 0;
    i = j;
  }
  /* a fourth word only before a firm's kind ("US electronic design
  ** automation firm Synopsys"), not "chief representative of WB" */
  return words > 0 && (words + acronyms < 4 || fx_ends_with_any(x, to, firm_nouns)) &&
         (!joined || fx_ends_with_any(x, to, firm_nouns));
}

/* "with the park's developer, Viglacera Corporation": an owner's
** possessive in lower case, then a firm noun and a comma, describe the
** party named right after them (t[k, to) is that description). */
static int possessive_role_before(const ivl_fctx *x, size_t k, size_t to) {
  size_t j = k;
  while (j < to && ivl_islower((unsigned char)x->t[j])) j++;
  if (j == k || j + 2 >= to) return 0;
  if (x->t[j] == '\'' && x->t[j + 1] == 's') j += 2;
  else if (j + 4 < to && strncmp(x->t + j, "\xE2\x80\x99s", 4) == 0) j += 4;
  else return 0;
  size_t e = to;
  while (e > j && x->t[e - 1] == ' ') e--;
  if (e <= j || x->t[e - 1] != ',') return 0;
  e--;
  return x->t[j] == ' ' && appositive_words(x, j, e) && fx_ends_with_any(x, e, firm_nouns);
}

/* "with Bread Story's owner, Crumb Holdings": past the kin word after a
** firm's possessive and its comma, where the parent is named next (set
** qbrand); 'k' is at the word, the possessive right before it. Else k. */
static size_t past_kin_comma(const ivl_fctx *x, size_t k, size_t to) {
  static const char *const kin[] = {"owner,", "parent,", "parent company,", "parent group,", "holding company,",
                                    NULL};
  size_t b = k;
  while (b > 0 && x->t[b - 1] == ' ') b--;
  int possessive = (b >= 2 && fx_possessive_at(x, b - 2) == 2) || (b >= 4 && fx_possessive_at(x, b - 4) == 4);
  if (!possessive) return k;
  for (int i = 0; kin[i]; i++)
    if (fx_starts_with(x, k, kin[i]) && k + strlen(kin[i]) <= to) return k + strlen(kin[i]);
  return k;
}

/* "with Hoa Sen's parent, Song Doc Corp": past a firm's short name, not
** told as a name of its own in the sentence, in capitalised words before
** its possessive and the kin word (set qweek141), as past_kin_comma goes
** past a named one's. Else k. */
static size_t past_short_name_kin(const ivl_fctx *x, size_t k, size_t to) {
  size_t e = k;
  while (e < to && ivl_isupper((unsigned char)x->t[e])) {
    while (e < to && ivl_isalpha((unsigned char)x->t[e])) e++;
    if (e + 3 < to && x->t[e] == '\'' && x->t[e + 1] == 's' && x->t[e + 2] == ' ') {
      size_t after = past_kin_comma(x, e + 3, to);
      return after > e + 3 ? after : k;
    }
    if (e >= to || x->t[e] != ' ') return k;
    e++;
  }
  return k;
}

/* "signed a contract with a joint venture of A and B", "with a consortium
** of A and B": a group formed for the deal, whose members are its parties.
** So too a group named by its leader ("a PPP contract with a consortium
** led by X": X) or made up of its members ("with a group made up of A and
** B"; set qweek11). Where the words naming the group end at k, else k. */
static size_t group_of_members(const ivl_fctx *x, size_t k, size_t to) {
  static const char *const groups[] = {"a joint venture of", "a consortium of", "a joint venture between",
                                       "a consortium formed by", "a consortium led by", "a joint venture led by",
                                       "a group led by", "a group made up of", "a consortium made up of",
                                       "a group comprising", "a consortium comprising", NULL};
  for (int g = 0; groups[g]; g++) {
    size_t n = strlen(groups[g]);
    if (k + n <= to && strncmp(x->t + k, groups[g], n) == 0 && x->t[k + n] == ' ') return k + n;
  }
  return k;
}

/* "with Hoa Lư Infrastructure JSC, the developer of Gia Viễn Industrial
** Park, on ...": after a party and its comma, "the" and a firm's role with
** "of" tell what that party develops or runs; the place or firm named
** there is no party of its own (qteam). */
static int role_of_party_before(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const roles[] = {"owner", "developer", "operator", "investor", "manager", NULL};
  size_t k = from;
  while (k < to && x->t[k] == ' ') k++;
  if (k >= to || x->t[k] != ',') return 0;
  size_t of = fx_find_last(x, k, to, "of");
  return of != FX_NONE && fx_only(x, of + 2, to, " ") &&
         fx_find(x, k, to, "the") != FX_NONE && fx_ends_with_any(x, of, roles) && fx_lower_words(x, k + 1, of);
}

/* "with Marubeni (Japan) and Doosan (Korea)", "with X Ltd (Hong Kong,
** China)": the country bracketed right after a firm (its end at p) says
** where that firm is from (firm_origin_brackets made it FM_OTHER); it is no
** party and does not end the list. Where the bracket closes, else 0. */
static size_t origin_bracket_after(const ivl_fctx *x, size_t p, const ivl_fm *m) {
  if (m->kind != FM_OTHER || m->vs <= p || x->t[m->vs - 1] != '(' || !fx_only(x, p, m->vs - 1, " ")) return 0;
  const char *close = memchr(x->t + m->ve, ')', x->a->view.len - m->ve < 40 ? x->a->view.len - m->ve : 40);
  return close ? (size_t)(close - x->t) + 1 : 0;
}

/* Where the colon right after place m is, past its administrative word
** ("in Quảng Trị province:"), before 'to'; 0 when none is. */
static size_t colon_after_place(const ivl_fctx *x, const ivl_fm *m, size_t to) {
  size_t k = m->ve;
  while (k < to && x->t[k] == ' ') k++;
  k = fx_admin_word_at(x, k, to);
  return k < to && x->t[k] == ':' ? k : 0;
}

/* The mentions listed right after 'at' ("with Sumitomo and Thăng Long
** Industrial Park Co., Ltd", "between X and the Y"). */
static void list_after(const ivl_fctx *x, const ivl_fsent *s, size_t at, size_t to, parties *ps) {
  size_t p = at;
  int last_committee = 0, last_place = 0; /* "the People's Committee of Mê Linh District" */
  int last_org = 0;       /* "Asian Honda Motor Co., Ltd of Thailand" */
  int last_base = 0;      /* "US-based chipmaker Marvell": where the next one is based */
  /* "with three Japanese firms: A in electronics; B in logistics; and C":
  ** the count announcing the list, its colon, the items' semicolons */
  int last_count = 0, listed = 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < p) continue;
    /* "with Seoul, while HCM City inked ...": the list ends with its clause */
    if (m->ve > to) return;
    size_t closed = last_org ? origin_bracket_after(x, p, m) : 0;
    if (closed) {
      p = closed;
      continue;
    }
    /* "with A in electronics, B ...": the field of the deal just named */
    if (m->kind == FM_SECTOR && p > at && (fx_only(x, p, m->vs, "") || fx_lower_words(x, p, m->vs)) &&
        m->vs - p <= 8 && (fx_ends_with(x, m->vs, "in") || fx_ends_with(x, m->vs, "on"))) {
      p = m->ve;
      continue;
    }
    /* "with the investors of two projects in Quảng Trị: A and B": where the
    ** counted ones are, right before the colon opening their list, is no party */
    size_t colon;
    if (last_count && !listed && m->kind == FM_PLACE && m->vs - p <= 4 && fx_ends_with(x, m->vs, "in") &&
        (colon = colon_after_place(x, m, to))) {
      p = colon;
      continue;
    }
    /* between the last one and this: only "and", "the", commas, a possessive country */
    int joined = 1;
    for (size_t k = p; k < m->vs && joined;) {
      if (x->t[k] == ' ' || x->t[k] == ',') { k++; continue; }
      if (x->t[k] == ':' && last_count && !listed) { listed = 1, k++; continue; }
      if (x->t[k] == ';' && listed) { k++; continue; }
      size_t e;
      if (fx_find(x, k, k + 4 < m->vs ? k + 4 : m->vs, "and") == k) e = k + 3;
      else if (fx_find(x, k, k + 4 < m->vs ? k + 4 : m->vs, "the") == k) e = k + 3;
      else if (p == at && (e = group_of_members(x, k, m->vs)) > k) {} /* "with a joint venture of A and B" */
      else if ((last_committee || last_org) && fx_find(x, k, k + 3 < m->vs ? k + 3 : m->vs, "of") == k) e = k + 2;
      else if (last_place && (e = fx_admin_word_at(x, k, m->vs)) > k) {} /* "Mê Linh District and ..." */
      else if (last_base && x->t[k] == '-') /* past "-based" */
        for (e = k; e < m->vs && x->t[e] != ' ';) e++;
      else if (x->t[k] == '\'' && x->t[k + 1] == 's') e = k + 2; /* "the RoK's C&N Vina" */
      else if (strncmp(x->t + k, "’s", 4) == 0) e = k + 4;
      /* "and Laos' Savannakhet": after a final s, the apostrophe alone */
      else if (k > 0 && x->t[k - 1] == 's' && x->t[k] == '\'') e = k + 1;
      else if (k > 0 && x->t[k - 1] == 's' && strncmp(x->t + k, "’", 3) == 0) e = k + 3;
      else if (ivl_isalpha((unsigned char)x->t[k]) && appositive_words(x, k, m->vs)) e = m->vs; /* "IT group" too */
      else if (possessive_role_before(x, k, m->vs)) e = m->vs;
      else if ((e = past_kin_comma(x, k, m->vs)) > k) {}
      else if ((e = past_short_name_kin(x, k, m->vs)) > k) {}
      else {
        const ivl_fm *skip = NULL;
        for (size_t j = 0; j < s->n; j++)
          if (s->m[j].vs == k && (possessive_after(x, &s->m[j]) ||
                                  ((s->m[j].flags & FM_DEMONYM) && appositive_words(x, s->m[j].ve, m->vs))))
            skip = &s->m[j];
        if (!skip) { joined = 0; break; }
        /* "with Australia's Department of ...": the country acts */
        if (skip->kind == FM_COUNTRY && possessive_after(x, skip) && department_of(x, s, skip))
          add_party(ps, skip->party, skip);
        e = skip->ve;
        while (e < m->vs && x->t[e] != ' ') e++;
      }
      k = e;
    }
    if (!joined) return;
    const char *name = party_name(x, s, m);
    /* "between X and Y" names parties (not "with Hà Nội-based Sao Mai
    ** Agri JSC": where the firm after it is based) */
    /* (nor "with Đà Nẵng developer Hàn Giang Land": the place describes
    ** the firm named next, set qmedia) */
    /* (nor "with X JSC, a Bắc Ninh-based forwarder,": where the firm
    ** before the aside is based, as for a subject; set qweek85) */
    if (!name && m->kind == FM_PLACE && !possessive_after(x, m) && !describes_place(x, m) &&
        !(x->t[m->ve] == '-' && base_of_next_org(x, s, m)) && !country_describes_next(x, s, m) &&
        !unit_located_in(x, s, m) && !base_in_aside(x, s, m))
      name = m->party;
    /* "Asian Honda Motor Co., Ltd of Thailand": where the last one is from */
    if (m->kind == FM_COUNTRY && fx_ends_with(x, m->vs, "of") && ps->n && ps->m[ps->n - 1] &&
        ps->m[ps->n - 1]->kind == FM_ORG && ps->m[ps->n - 1]->ve + 5 >= m->vs) /* not "the governments of" */
      name = NULL;
    if (name && last_org && role_of_party_before(x, p, m->vs)) name = NULL;
    if (name) add_party(ps, name, m);
    last_committee = (m->flags & FM_COMMITTEE) != 0;
    last_org = m->kind == FM_ORG;
    last_place = m->kind == FM_PLACE;
    last_count = m->kind == FM_COUNT && !name;
    last_base = !name && m->ve < x->a->view.len && x->t[m->ve] == '-' && base_of_next_org(x, s, m);
    p = m->ve;
    /* nested mentions ("Korean" inside a count) are skipped by the position */
  }
}

/* "The MoU was inked by Governor A of Toyama prefecture and Chairman B of
** the Phú Yên People's Committee": signatories named with their titles;
** the places and bodies of the titles are the parties (not "in Hà Nội").
** Replaces what came after the 'had' parties already in *ps when two or
** more are found. */
static void signatories(const ivl_fctx *x, const ivl_fsent *s, size_t at, size_t to, parties *ps, size_t had) {
  parties found = {0};
  int person = 0;
  size_t end = at; /* past the last mention taken: nested ones are skipped */
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < at || m->ve > to || m->vs < end) continue;
    end = m->ve;
    if (m->kind == FM_PERSON) person = 1;
    else add_party(&found, party_name(x, s, m), m);
  }
  /* "Vice Chairman of the provincial People's Committee A": the article's province */
  if (province_spoken_of(x) && fx_any(x, at, to, the_locality) && !fx_any(x, at, to, the_locality_of))
    add_party(&found, province_spoken_of(x), NULL);
  drop_covered_countries(x, &found);
  if (!person || found.n < 2) return;
  /* "The document was signed by Chairman A of X and Mayor B of Y": the
  ** pair's deal told before, retold by its signatories */
  if (found.n == 2 && x->c.pair[0]) {
    int retold = 1;
    for (size_t i = 0; i < 2 && retold; i++)
      retold = short_of(found.name[i], x->c.pair[0]) || short_of(found.name[i], x->c.pair[1]);
    if (retold) return;
  }
  ps->n = had;
  for (size_t i = 0; i < found.n; i++) add_party(ps, found.name[i], found.m[i]);
}

/* What a deal gives its other party, named after a later "to": a loan
** ("agreed to lend $200 million to EVN") or goods ("signed a contract to
** supply 4 million jackets to US brand X", a supplier's buyer). */
static const char *const given_to[] = {"to lend", "to on-lend", "to loan", "to provide a loan", "to extend a loan",
                                       "to supply", "to deliver", NULL};

/* What a deal buys from its other party, named after a later "from": an
** offtake ("agreed to buy 2 million carbon credits from Y", "to purchase
** power from Y"); not a stake, whose seller is no party to an agreement
** (stake_bought_before). */
static const char *const bought_from[] = {"to buy", "to purchase", NULL};

/* A holding bought in [from, to): "agreed to buy a 20 per cent stake in X
** from Y" is an acquisition, told as an investment. */
static int stake_bought_before(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const holdings[] = {"stake*", "share*", "per cent", "percent", "%", "equity", "holding*",
                                         "interest", "company", "firm", "unit", "business", "assets", NULL};
  return fx_any(x, from, to, holdings) || memchr(x->t + from, '%', to - from) != NULL;
}

/* "X was licensed for a complex. Y, which signed a management agreement
** with the developer last month": "the developer" is the firm named last
** in the sentence or so before 's' (320 bytes), of any country (set
** qweek66); NULL when none. */
static const ivl_fm *developer_before(const ivl_fctx *x, const ivl_fsent *s) {
  const ivl_fm *firm = NULL;
  for (size_t i = 0; i < x->nm && x->m[i].ve <= s->vs; i++)
    if (x->m[i].kind == FM_ORG && (x->m[i].flags & FM_COMPANY) && x->m[i].party && s->vs - x->m[i].vs <= 320)
      firm = &x->m[i];
  return firm;
}

/* Is the company 'c' (or a short form of its name) a side already? */
static int company_a_side(const parties *ps, const ivl_fm *c) {
  for (size_t i = 0; i < ps->n; i++)
    if (ps->m[i] == c || short_of(ps->name[i], c->party) || short_of(c->party, ps->name[i])) return 1;
  return 0;
}

/* "BIDV signed a $108 million loan agreement with the group", "Vietcombank
** signed a loan with the carrier": the company spoken of, told by its noun
** at 'at' after "with", is the other side, named as the article first gave
** it, as when it signs before the verb; not the company's own part ("with
** the company's Vietnamese unit"), nor a company signing already. The
** other side is a firm the sentence names: where it too is told by its
** noun ("The Beijing-based lender also signed a loan with the company"),
** the company spoken of may be that one. */
static void company_object(const ivl_fctx *x, const ivl_fsent *s, size_t at, parties *ps) {
  if (!x->c.company || !x->c.company->party) return;
  size_t named = 0;
  for (size_t i = 0; i < ps->n; i++) named += ps->m[i] && ps->m[i]->kind == FM_ORG && ps->m[i]->vs >= s->vs;
  if (!named) return;
  for (int k = 0; company_referents[k]; k++) {
    if (!fx_starts_with(x, at, company_referents[k])) continue;
    if (fx_possessive_at(x, at + strlen(company_referents[k]))) return;
    const ivl_fm *firm = full_name_before(x, x->c.company);
    if (!company_a_side(ps, x->c.company) && !company_a_side(ps, firm)) add_party(ps, firm->party, firm);
    return;
  }
}

/* "KMAF has partnered with the hospital since 2011": "the hospital" right
** after the preposition at 'at' is the body named so before. */
static void body_object(const ivl_fctx *x, const ivl_fsent *s, size_t at, parties *ps) {
  while (at < s->ve && x->t[at] == ' ') at++;
  if (!fx_starts_with(x, at, "the")) return;
  size_t w = at + 3;
  while (w < s->ve && x->t[w] == ' ') w++;
  size_t e = w;
  while (e < s->ve && ivl_isalpha((unsigned char)x->t[e])) e++;
  for (int k = 0; named_bodies[k]; k++)
    if (e - w == strlen(named_bodies[k]) && memcmp(x->t + w, named_bodies[k], e - w) == 0) {
      const ivl_fm *body = body_named_before(x, s, named_bodies[k]);
      /* ("with the board": a city's board named before signs for the
      ** city, as when named) */
      const char *city = body ? province_authority(x, body) : NULL;
      if (body) add_party(ps, city ? city : body->party, body);
      return;
    }
  if (e - w == 9 && memcmp(x->t + w, "developer", 9) == 0) {
    const ivl_fm *firm = developer_before(x, s);
    if (firm) add_party(ps, firm->party, firm);
    return;
  }
  company_object(x, s, at, ps);
}

/* Where "to" opens what a deal is for in [from, to), FX_NONE when
** nowhere: not the hedge of an amount ("signed a loan of up to $96
** million with X to finance ...": X is still a party). */
static size_t purpose_to(const ivl_fctx *x, size_t from, size_t to) {
  size_t at = from;
  while ((at = fx_find(x, at, to, "to")) != FX_NONE && fx_ends_with(x, at, "up")) at++;
  return at;
}

/* Is the "between" at 'at' one of routes flown or goods carried ("a
** codeshare agreement covering flights between Hà Nội and Bangkok",
** "partners since 2014 and fly between A and B", "has worked with X since
** 2019 as its subcontractor for road haulage between Hải Phòng and the
** parks of Bắc Ninh")? Their ends are no parties. A line's sailings
** too ("partners since 2016, when the Japanese line opened the first
** direct weekly service between Quy Nhon and Osaka", set qweek91). */
static int between_routes_flown(const ivl_fctx *x, size_t at) {
  static const char *const flown[] = {"flights", "flight", "routes", "route", "flies", "fly", "flying",
                                      "haulage", "trucking", "freight", "cargo", "shipments",
                                      "service", "sailings", "voyages", NULL};
  return fx_ends_with_any(x, at, flown);
}

/* Where "on" and a gerund open what a deal is about in [from, to) ("signed
** an MoU on setting up a research centre with X"), FX_NONE when nowhere:
** a "with" inside it names a partner in the work, not one who signs. */
static size_t topic_gerund(const ivl_fctx *x, size_t from, size_t to) {
  for (size_t at = from; (at = fx_find(x, at, to, "on")) != FX_NONE; at++) {
    size_t w = at + 2;
    while (w < to && x->t[w] == ' ') w++;
    size_t e = w;
    while (e < to && ivl_isalpha((unsigned char)x->t[e])) e++;
    if (e - w > 4 && x->t[w] >= 'a' && x->t[w] <= 'z' && memcmp(x->t + e - 3, "ing", 3) == 0) return at;
  }
  return FX_NONE;
}

/* "The MoU was signed by Chairman A and Mayor B of Y, in the presence of
** the Dutch Ambassador to Việt Nam": the signers of a passive signing end
** where its witnesses begin; a witness, and the country an envoy serves
** in, is no party (set qweek19). */
static size_t signers_end(const ivl_fctx *x, size_t by, size_t to) {
  static const char *const witnessed[] = {"in the presence of", "witnessed by", NULL};
  size_t at = fx_first(x, by, to, witnessed);
  return at == FX_NONE ? to : at;
}

/* Does the "with" at 'after' open an absolute clause of a holder, its
** firm followed by a participle of holding before any comma ("sealed the
** venture agreement, with parent company X keeping the remaining 51 per
** cent", set qaero)? Its firm holds, it signs nothing. Not a firm's name
** ("with Sao Mai Holding Co."): the participle is lower-case and a share
** or "the", "its" follows it. */
static int with_holder_clause(const ivl_fctx *x, size_t after, size_t to) {
  static const char *const holding[] = {"keeping", "holding", "retaining", "owning", NULL};
  static const char *const held[] = {"the", "its", "a", NULL};
  const char *comma = memchr(x->t + after, ',', to - after);
  size_t end = comma ? (size_t)(comma - x->t) : to;
  size_t at = fx_first(x, after, end, holding);
  if (at == FX_NONE || !ivl_islower((unsigned char)x->t[at])) return 0;
  size_t next = at;
  while (next < end && x->t[next] != ' ') next++;
  while (next < end && x->t[next] == ' ') next++;
  return next < end && (ivl_isdigit((unsigned char)x->t[next]) || fx_starts_with_any(x, next, held));
}

/* The parties after "with" or "between" in [verb, to). */
static void objects_until(const ivl_fctx *x, const ivl_fsent *s, size_t verb, size_t to, parties *ps) {
  static const char *const deal_preps[] = {"with", "between", NULL};
  /* (a lease's other party after "from": lease_taken_from) */
  static const char *const lease_preps[] = {"with", "between", "from", NULL};
  const char *const *preps = x->t[verb] == 'l' ? lease_preps : deal_preps;
  /* "It has worked alongside the Vietnam Maritime Corporation since 2019":
  ** the partner after "alongside" of the relation word (set qweek21) */
  static const char *const alongside_preps[] = {"alongside", "with", NULL};
  static const char *const alongside[] = {"worked alongside", "working alongside", NULL};
  if (fx_starts_with_any(x, verb, alongside)) preps = alongside_preps;
  /* "... to promote links between Huế, Singapore and Japan": what the deal is
  ** for names no party */
  size_t end = purpose_to(x, verb, to);
  if (end == FX_NONE) end = to;
  /* "A and B signed an MoU on setting up a centre with C": both sides
  ** named before the verb, the topic's "with" adds none (but "A signed an
  ** MoU on cooperating with B": B is the other side) */
  if (ps->n >= 2) {
    size_t topic = topic_gerund(x, verb, end);
    if (topic != FX_NONE) end = topic;
  }
  /* "signed an MoU with the province", "with the provincial People's
  ** Committee": the province the article is about (not "the province of X",
  ** which names it) */
  /* "a loan for an expressway linking Hưng Yên with Hải Phòng": the ends
  ** of a route the deal pays for, no party */
  static const char *const route[] = {"linking", "connecting", NULL};
  for (int k = 0; preps[k]; k++)
    for (size_t at = verb; (at = fx_find(x, at, end, preps[k])) != FX_NONE; at++) {
      size_t after = at + strlen(preps[k]);
      if (in_party_aside(x, s, at, verb, to)) continue;
      if (k == 0 && with_holder_clause(x, after, to)) continue;
      if (fx_any(x, at > verb + 40 ? at - 40 : verb, at, route)) continue;
      if (k == 1 && between_routes_flown(x, at)) continue;
      if (province_spoken_of(x) && fx_starts_with_any(x, after, the_locality) &&
          !fx_starts_with_any(x, after, the_locality_of))
        add_party(ps, province_named_before(x, s, at), NULL);
      list_after(x, s, after, to, ps);
      body_object(x, s, after, ps);
    }
  /* "agreed to lend $200 million to EVN", "signed an agreement to lend
  ** $90 million to Vinamilk": the borrower after the loan's "to" (a loan
  ** agreed is an agreement between lender and borrower); so the buyer of
  ** goods a supplier agreed to deliver */
  if (end != to && fx_starts_with_any(x, end, given_to)) {
    size_t at = fx_find(x, end + 3, to, "to");
    if (at != FX_NONE) list_after(x, s, at + 2, to, ps);
  }
  /* "has agreed to buy up to 2 million carbon credits from Y": an offtake
  ** agreed is a deal between buyer and seller, the seller after "from" */
  if (end != to && fx_starts_with_any(x, end, bought_from)) {
    for (size_t at = end; (at = fx_find(x, at + 1, to, "from")) != FX_NONE && !stake_bought_before(x, end, at);)
      list_after(x, s, at + 4, to, ps);
  }
  /* "An MoU was signed by the Nghệ An People's Committee and Japan's
  ** Mitsubishi": the parties of a passive signing follow "by" */
  size_t by = verb + (x->t[verb] == 's' ? 7 : 6); /* past "signed ", "inked " */
  int passive = memcmp(x->t + verb, "signed", 6) == 0 || memcmp(x->t + verb, "inked", 5) == 0;
  if (passive) to = signers_end(x, by, to);
  if (passive && by + 2 <= to && memcmp(x->t + by, "by ", 3) == 0) {
    size_t had = ps->n;
    list_after(x, s, by + 2, to, ps);
    if (ps->n < had + 2) signatories(x, s, by + 2, to, ps, had);
  }
  /* "The MoU, inked on Dec. 30 by Long An and Busan, ...": the day or the
  ** place said first */
  else if (passive && by + 3 <= to && (memcmp(x->t + by, "on ", 3) == 0 || memcmp(x->t + by, "in ", 3) == 0)) {
    size_t at = fx_find(x, by, by + 40 < to ? by + 40 : to, "by");
    if (at != FX_NONE) { /* "on January 15, 2016, by" too */
      size_t had = ps->n;
      list_after(x, s, at + 2, to, ps);
      if (ps->n < had + 2) signatories(x, s, at + 2, to, ps, had);
    }
  }
}

/* }====================================================================== */

/* {======================================================================
** "The two sides": the pair the article is about
** ======================================================================= */

/* The party named most often among mentions for which 'want' holds; on a
** tie, the one named first. */
static const char *most_named(const ivl_fctx *x, int (*want)(const ivl_fm *)) {
  const char *best = NULL;
  size_t best_n = 0;
  for (size_t i = 0; i < x->nm; i++)
    if (want(&x->m[i]) && x->m[i].named > best_n) best = x->m[i].party, best_n = x->m[i].named;
  return best;
}

static int foreign_country(const ivl_fm *m) { return m->kind == FM_COUNTRY && !(m->flags & FM_VN); }
static int vn_place(const ivl_fm *m) { return m->kind == FM_PLACE && (m->flags & FM_VN); }
static int foreign_place(const ivl_fm *m) { return m->kind == FM_PLACE && !(m->flags & FM_VN); }
/* (a place of a known foreign country: "Thailand's Mukdahan province",
** before a district of no known country, "in Hướng Hóa district") */
static int foreign_place_known(const ivl_fm *m) {
  return foreign_place(m) && m->country && strcmp(m->country, "VN") != 0;
}

/* The 3 countries the article names most often ("the three countries":
** Việt Nam, Laos and Cambodia in an article about the three). */
static void top_countries(ivl_fctx *x) {
  size_t k = 0;
  while (k < 3) {
    const char *best = NULL;
    size_t best_n = 0;
    for (size_t i = 0; i < x->nm; i++) {
      const ivl_fm *m = &x->m[i];
      if (m->kind != FM_COUNTRY || !m->party || m->named <= best_n) continue;
      int seen = 0;
      for (size_t j = 0; j < k && !seen; j++) seen = strcmp(x->most.countries[j], m->party) == 0;
      if (!seen) best = m->party, best_n = m->named;
    }
    if (!best) break;
    x->most.countries[k++] = best;
  }
  x->most.ncountries = k;
}

/* The places and the countries the whole article names most, each found
** on the first sentence that asks for them (the places only for "the two
** cities", the countries for "the two countries"): an article's mentions
** are counted only by the kinds asked for, none for "the two sides" of a
** pair already linked (125 counts of one kind in the 240 articles of
** /tmp/b1; every article had its places and countries counted). */
static void most_places(ivl_fctx *x) {
  if (x->most.ready & MOST_PLACES) return;
  x->most.ready |= MOST_PLACES;
  fx_count_named(x, FM_PLACE);
  x->most.vn_place = most_named(x, vn_place);
  /* "The two provinces have kept friendly ties since 2017": the foreign
  ** place a gazetteer knows, before a local district it does not */
  x->most.foreign_place = most_named(x, foreign_place_known);
  if (!x->most.foreign_place) x->most.foreign_place = most_named(x, foreign_place);
}

static void most_countries(ivl_fctx *x) {
  if (x->most.ready & MOST_COUNTRIES) return;
  x->most.ready |= MOST_COUNTRIES;
  fx_count_named(x, FM_COUNTRY);
  x->most.foreign_country = most_named(x, foreign_country);
  top_countries(x);
}

/* sides: 0 governments, 1 cities or localities, 2 "the two sides" */
static int pair_of_article(ivl_fctx *x, int sides, int sides_signed, parties *ps) {
  const char *a = NULL, *b = NULL;
  /* "the two sides": the pair already linked, else the article's two
  ** places or countries ("Leaders of Bình Định met a delegation from
  ** Okayama ... The two sides signed the agreement on December 28") */
  if (sides == 2) {
    if (x->c.pair[0] && !x->c.pair_aside) a = x->c.pair[0], b = x->c.pair[1];
    else if (sides_signed < 0 && !x->c.pair_aside) return 0; /* "The two sides agreed after the match to play" */
  }
  /* "The two localities became friendship provinces in 2011": the two
  ** places linked before, as named there ("Thừa Thiên-Huế", not the
  ** headline's "Huế") */
  if (sides == 1 && x->c.pair[0] && x->c.pair_places) a = x->c.pair[0], b = x->c.pair[1];
  if (!a && sides) {
    most_places(x);
    a = x->most.vn_place, b = x->most.foreign_place;
  }
  if (!a || !b) {
    most_countries(x);
    a = "VN", b = x->most.foreign_country;
  }
  if (!b) return 0;
  add_party(ps, a, NULL);
  add_party(ps, b, NULL);
  return 1;
}

static int countries_of_article(ivl_fctx *x, parties *ps) {
  most_countries(x);
  if (!x->most.ncountries) return 0;
  for (size_t j = 0; j < x->most.ncountries; j++) add_party(ps, x->most.countries[j], NULL);
  return 1;
}

/* The foreign company named last in the two sentences or so before 's'. */
static const ivl_fm *company_before(const ivl_fctx *x, const ivl_fsent *s) {
  const ivl_fm *firm = NULL;
  for (size_t i = 0; i < x->nm && x->m[i].vs < s->vs; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind == FM_ORG && (m->flags & FM_COMPANY) && m->party && s->vs - m->vs <= 320 &&
        !(m->country && strcmp(m->country, "VN") == 0))
      firm = m;
  }
  return firm;
}

/* No sentence ends between 'from' and 'to'? */
static int one_sentence(const ivl_fctx *x, size_t from, size_t to) {
  for (size_t k = from; k + 1 < to; k++)
    if (x->t[k] == '.' && (x->t[k + 1] == ' ' || x->t[k + 1] == '\n')) return 0;
  return 1;
}

/* One firm by its full name or its first words ("Daishin Paper" of
** "Daishin Paper Corp.")? */
static int same_firm(const char *a, const char *b) {
  size_t na = strlen(a), nb = strlen(b);
  if (na > nb) {
    const char *t = a;
    a = b, b = t, na = nb;
  }
  return strncmp(a, b, na) == 0 && (b[na] == '\0' || b[na] == ' ');
}

/* Is firm m the venture of firms a and b, named after both ("Deccan-Thanh
** Cong Sugar JSC" of "Deccan Sugars" and "Thanh Cong Sugar"): its name
** holds the first word of each (set qweek62)? */
static int venture_of_pair(const char *m, const char *a, const char *b) {
  const char *firsts[2] = {a, b};
  for (int i = 0; i < 2; i++) {
    size_t n = strcspn(firsts[i], " -");
    int found = 0;
    for (const char *p = m; !found && *p; p++)
      found = (p == m || p[-1] == ' ' || p[-1] == '-') && strncmp(p, firsts[i], n) == 0 &&
              (p[n] == ' ' || p[n] == '-' || p[n] == '\0');
    if (!found) return 0;
  }
  return 1;
}

/* "X agreed to buy 35 per cent of Y ... Y, which makes paper cups, ...
** The two companies have had a joint venture since 2021": the two firms a
** sentence told of together further back (800 bytes at most), when every
** firm named since is one of them (qwood). */
static int pair_told_further_back(const ivl_fctx *x, const ivl_fsent *s, parties *ps) {
  const ivl_fm *firm[2] = {NULL, NULL};
  size_t i = 0;
  for (; i < x->nm && x->m[i].vs < s->vs; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind != FM_ORG || !(m->flags & FM_COMPANY) || !m->party || s->vs - m->vs > 800) continue;
    /* (a regulator the deal needs is no third firm: "the approval of the
    ** State Securities Commission") */
    size_t n = strlen(m->party);
    if (n > 11 && strcmp(m->party + n - 11, " Commission") == 0) continue;
    if (!firm[0]) firm[0] = m;
    else if (!firm[1] && !same_firm(firm[0]->party, m->party)) firm[1] = m;
    else if (firm[1] && !same_firm(firm[0]->party, m->party) && !same_firm(firm[1]->party, m->party) &&
             !venture_of_pair(m->party, firm[0]->party, firm[1]->party))
      return 0; /* a third firm since, not their venture: no pair the words can mean */
  }
  if (!firm[1] || !one_sentence(x, firm[0]->ve, firm[1]->vs)) return 0;
  /* the last sentence that names both, by their names there (the lede's
  ** "Daishin Paper Corp." and "VinaPack Group", not a headline's short ones) */
  for (size_t j = 0; j < i; j++)
    for (size_t k = j + 1; k < i; k++) {
      const ivl_fm *a = &x->m[j], *b = &x->m[k];
      if (a->kind != FM_ORG || b->kind != FM_ORG || !a->party || !b->party || !one_sentence(x, a->ve, b->vs)) continue;
      if ((same_firm(a->party, firm[0]->party) && same_firm(b->party, firm[1]->party)) ||
          (same_firm(a->party, firm[1]->party) && same_firm(b->party, firm[0]->party)))
        firm[0] = a, firm[1] = b;
    }
  add_party(ps, firm[0]->party, firm[0]);
  add_party(ps, firm[1]->party, firm[1]);
  return 1;
}

/* "Seorim bought 20 per cent of Thang Long Pharmaceutical ... (three
** paragraphs on) ... The two companies also signed a technology transfer
** agreement": with no pair linked and none told of together in reach, the
** two companies the article named most before s, each twice at least (a
** firm and its short form counted as one), each by its longest name; not
** the places the article names most, as "the two sides" may be. */
static int two_firms_most_named(const ivl_fctx *x, const ivl_fsent *s, parties *ps) {
  enum { MAX_FIRMS = 16 };
  const ivl_fm *longest[MAX_FIRMS];
  unsigned named[MAX_FIRMS];
  size_t n = 0;
  for (size_t i = 0; i < x->nm && x->m[i].vs < s->vs; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind != FM_ORG || !(m->flags & FM_COMPANY) || !m->party) continue;
    size_t k = 0;
    while (k < n && !same_firm(longest[k]->party, m->party)) k++;
    if (k == MAX_FIRMS) continue;
    if (k == n) longest[n] = m, named[n++] = 0;
    if (strlen(m->party) > strlen(longest[k]->party)) longest[k] = m;
    named[k]++;
  }
  size_t first = MAX_FIRMS, second = MAX_FIRMS; /* the most named, then the next (the first named on a tie) */
  for (size_t k = 0; k < n; k++) {
    if (named[k] < 2) continue;
    if (first == MAX_FIRMS || named[k] > named[first]) second = first, first = k;
    else if (second == MAX_FIRMS || named[k] > named[second]) second = k;
  }
  if (second == MAX_FIRMS) return 0;
  add_party(ps, longest[first]->party, longest[first]);
  add_party(ps, longest[second]->party, longest[second]);
  return 1;
}

/* Is firm m an airline, by its name's last word ("Kumo Airlines", "Sao
** Bắc Airways", "Lotus Air") or by the noun right before it ("Thai carrier
** X")? "The two airlines" are two of them, not the exchange that listed
** one ("said in a filing to the Tokyo Stock Exchange"). */
static int airline_named(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const ends[] = {" Airlines", " Airways", " Air", " Airline", NULL};
  static const char *const nouns[] = {"carrier", "airline", NULL};
  size_t n = strlen(m->party);
  for (int k = 0; ends[k]; k++) {
    size_t e = strlen(ends[k]);
    if (n > e && memcmp(m->party + n - e, ends[k], e) == 0) return 1;
  }
  return fx_ends_with_any(x, m->vs, nouns);
}

/* Is the pair linked before two airlines by their names ("... Airlines",
** "... Airways", "... Air")? */
static int pair_of_airlines(const ivl_fctx *x) {
  static const char *const ends[] = {" Airlines", " Airways", " Air", " Airline", NULL};
  int airlines = 0;
  for (int i = 0; i < 2; i++) {
    const char *p = x->c.pair[i];
    size_t n = p ? strlen(p) : 0;
    for (int k = 0; ends[k] && n; k++) {
      size_t e = strlen(ends[k]);
      if (n > e && memcmp(p + n - e, ends[k], e) == 0) {
        airlines++;
        break;
      }
    }
  }
  return airlines == 2;
}

/* Does the pair linked before hold a government or a place (a country's
** code, or two places)? "The two companies" cannot mean such a pair: "A
** and B's ministry signed a memorandum ... X will put $18 million into a
** venture with Y. The two companies signed the agreement" (set qweek67).
** A ministry by its name is a government too (set qweek141): "The MPRT
** also signed an MoU with Vietnam's Ministry of ... Under the agreement,
** X will invest ..., with Y contributing the rest. The two companies have
** been partners since 2020". */
static int pair_of_no_firms(const ivl_fctx *x) {
  for (int i = 0; i < 2; i++) {
    const char *p = x->c.pair[i];
    if (p && strlen(p) == 2 && ivl_isupper((unsigned char)p[0]) && ivl_isupper((unsigned char)p[1])) return 1;
    if (p && strncmp(p, "Ministry of ", 12) == 0) return 1;
  }
  return x->c.pair_places;
}

/* Is one side of the pair linked before a place or a country ("Okabe
** Electric and the Bac Ninh People's Committee signed a memorandum")?
** "The two firms" cannot mean that pair either: "... Hanil Tech and
** Dong Tien Mechanics settled a dispute. The two firms, which set up a
** joint venture in 2018, ..." are the two firms told just before (set
** qweek107). A side is a place when the article names it as one. */
static int pair_side_place(const ivl_fctx *x) {
  for (int i = 0; i < 2; i++) {
    const char *p = x->c.pair[i];
    for (size_t k = 0; p && k < x->nm; k++)
      if ((x->m[k].kind == FM_PLACE || x->m[k].kind == FM_COUNTRY) && x->m[k].party && strcmp(x->m[k].party, p) == 0)
        return 1;
  }
  return 0;
}

/* Is firm m no side "the two companies" can mean, by the words before it
** in its sentence: a round's other investor ("raised $18 million in a
** round led by A, with participation from B": the firm raising and its
** lead are the pair), or the venture the pair own, named after its noun
** ("A will hold 65 per cent of the venture, A-B Tyres Co., and C the
** rest": A and C are)? */
static int no_side_of_pair(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const venture[] = {"the venture,", "the joint venture,", "the new venture,", "the JV,", NULL};
  static const char *const joined[] = {"participation from", "participation of", NULL};
  if (fx_ends_with_any(x, m->vs, venture)) return 1;
  size_t back = m->vs > 80 ? m->vs - 80 : 0;
  size_t cue = fx_last(x, back, m->vs, joined);
  return cue != FX_NONE && one_sentence(x, cue, m->vs);
}

/* "Thai Binh Duong will put $720 million into the plant, while Daesung
** Motors will provide the rest. ... The two firms have worked together
** since 2019": with no pair linked, "the two firms" are the last two
** companies named in the few sentences before 's', named in one sentence;
** 1 when found. */
static int two_firms_before(const ivl_fctx *x, const ivl_fsent *s, parties *ps, int airlines) {
  const ivl_fm *last = NULL, *before = NULL;
  /* airlines, fewer than firms, are looked for a sentence further back */
  size_t reach = airlines ? 600 : 400;
  for (size_t i = 0; i < x->nm && x->m[i].vs < s->vs; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind != FM_ORG || !(m->flags & FM_COMPANY) || !m->party || s->vs - m->vs > reach) continue;
    if (airlines && !airline_named(x, m)) continue;
    /* (not the brokerage whose note told of the deal: "X agreed to buy a
    ** stake in Y, Z Securities said in a note. The two companies signed
    ** ..."; set qweek76) */
    if (fx_adviser(x, m) || no_side_of_pair(x, m)) continue;
    /* a firm other than the last; the last one's first mention since that
    ** firm's, where the two were told of together ("a venture of A and B.
    ** B, which holds 49 per cent, ...") */
    if (!last || strcmp(last->party, m->party) != 0) before = last, last = m;
  }
  if (!before || !last || strcmp(before->party, last->party) == 0)
    return !airlines && pair_told_further_back(x, s, ps);
  /* both in one sentence, the pair the sentence before told of together
  ** (not a venture named a paragraph before and one of its owners) */
  for (size_t k = before->ve; k + 1 < last->vs; k++)
    if (x->t[k] == '.' && (x->t[k + 1] == ' ' || x->t[k + 1] == '\n'))
      return !airlines && pair_told_further_back(x, s, ps);
  add_party(ps, before->party, before);
  add_party(ps, last->party, last);
  return 1;
}

/* Do firms a and b stand alone in the sentence that names them, no
** third firm beside them (but one no_side_of_pair passes) and no one
** hosting them ("Bắc Ninh leaders received executives of A and B": the
** sides may be the province's)? "The two sides" mean them only then. */
static int pair_alone_in_sentence(const ivl_fctx *x, const ivl_fm *a, const ivl_fm *b) {
  static const char *const hosts[] = {"leaders", "leader", "officials", "committee", "chairman", "chairwoman",
                                      "minister", "governor", "mayor", "received", "hosted", "met", NULL};
  size_t from = a->vs, to = b->ve;
  while (from > 0 && x->t[from - 1] != '\n' && !(from > 1 && x->t[from - 2] == '.' && x->t[from - 1] == ' ')) from--;
  while (to < x->a->view.len && x->t[to] != '\n' && !(x->t[to] == '.' && x->t[to + 1] == ' ')) to++;
  if (fx_any(x, from, to, hosts)) return 0;
  for (size_t i = 0; i < x->nm && x->m[i].vs < to; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->vs < from || m->kind != FM_ORG || !(m->flags & FM_COMPANY) || !m->party) continue;
    if (!same_firm(m->party, a->party) && !same_firm(m->party, b->party) && !no_side_of_pair(x, m)) return 0;
  }
  return 1;
}

/* The longest name of a firm the article tells that opens with 'name'
** and a space ("Siam Kraft Holdings" for a headline's "Siam Kraft"
** written before it), else 'name'. */
static const char *fuller_name_told(const ivl_fctx *x, const char *name) {
  const char *best = name;
  size_t n = name ? strlen(name) : 0;
  for (size_t i = 0; n && i < x->nm; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind == FM_ORG && m->party && strlen(m->party) > strlen(best) && strncmp(m->party, name, n) == 0 &&
        m->party[n] == ' ')
      best = m->party;
  }
  return best;
}

/* "X will build the terminal. It will be run by a joint venture in which
** the company holds 51 percent and Y the rest. The two signed ...": the
** company spoken of, called "the company" in the sentence right before
** s, and the one firm that sentence names after it; 1 when found. */
static int company_and_firm_before(const ivl_fctx *x, const ivl_fsent *s, parties *ps) {
  const ivl_fm *last = NULL, *co = x->c.company;
  for (size_t i = 0; i < x->nm && x->m[i].vs < s->vs; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind == FM_ORG && (m->flags & FM_COMPANY) && m->party && s->vs - m->vs <= 300) last = m;
  }
  if (!last || !co || co->kind != FM_ORG || !co->party || strcmp(co->party, last->party) == 0) return 0;
  /* the sentence before s: back from its full stop to the one before */
  size_t end = s->vs;
  while (end > last->ve && x->t[end - 1] != '.') end--;
  size_t b = last->vs;
  while (b > 1 && !(x->t[b - 2] == '.' && x->t[b - 1] == ' ')) b--;
  for (size_t k = last->ve; k + 1 < end; k++)
    if (x->t[k] == '.' && x->t[k + 1] == ' ') return 0; /* the firm not in that sentence */
  if (fx_first(x, b, last->vs, fx_company_words) == FX_NONE) return 0;
  add_party(ps, co->party, co);
  add_party(ps, last->party, last);
  return 1;
}

/* one deal signed (not "signed 52 contracts at the forum": the two
** countries' firms) */
static const char *const deal_words[] = {
  "an mou", "a memorandum", "an agreement", "a cooperation agreement", "a strategic", "a deal",
  "a contract", "a letter of intent", NULL};

/* "The three partners signed the consortium agreement", "The companies
** signed a concession agreement with X", "The consortium and the city
** signed the project contract": the members of the group listed a few
** sentences before (inv_note_group), and the place the article is about. */
static void group_signs(const ivl_fctx *x, const ivl_fsent *s, size_t from, parties *ps) {
  static const char *const groups[] = {
    "the three partners", "the three firms", "the three companies", "the four partners", "the four firms",
    "the four companies", "the partners", "the companies", "the consortium", "the joint venture partners", NULL};
  static const char *const and_place[] = {"and the city", "and the province", NULL};
  if (x->c.group_n < 2 || s->index > x->c.group_sent + 4 || !fx_starts_with_any(x, from, groups)) return;
  for (size_t i = 0; i < x->c.group_n && ps->n < MAX_PARTIES; i++) add_party(ps, x->c.group[i], NULL);
  size_t near = from + 40 < s->ve ? from + 40 : s->ve;
  if (province_spoken_of(x) && ps->n < MAX_PARTIES && fx_any(x, from, near, and_place)) add_party(ps, province_spoken_of(x), NULL);
}

/* "The two companies signed an agreement with the Đồng Nai People's
** Committee": a party found after "with" past the pair's words at 'g' is
** a third signatory, kept beside the pair (qweek15); one of the pair
** written again ("the two firms, with X as lead partner") is not. */
static void keep_party_with(const ivl_fctx *x, size_t g, const parties *found, parties *ps) {
  for (size_t i = 0; i < found->n; i++) {
    const ivl_fm *m = found->m[i];
    if (!m || m->vs <= g || fx_find(x, g, m->vs, "with") == FX_NONE) continue;
    int pair_member = 0;
    for (size_t j = 0; j < ps->n && !pair_member; j++) pair_member = same_firm(ps->name[j], found->name[i]);
    if (!pair_member) add_party(ps, found->name[i], m);
  }
}

/* "Cường held talks with Indian President Murmu. The two sides agreed to
** ...", "Chính met Chilean President Kast ... The two leaders agreed to":
** the sentence before tells talks with a foreign head of state or
** government, named by the country's word and the title; the sides or
** leaders who agree next are the two countries, not a pair of firms that
** signed before (set qweek53). Not "met executives of X" (no title). */
static int talks_with_head_before(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const talks[] = {"talks with", "met", "meeting with", "received", NULL};
  static const char *const titles[] = {" President ", " Prime Minister ", " Chancellor ", NULL};
  size_t back = s->vs > 260 ? s->vs - 260 : 0;
  /* only the sentence right before: back to its start */
  for (size_t k = s->vs; k > back + 2; k--)
    if (k + 2 < s->vs && x->t[k] == '.' && x->t[k + 1] == ' ') { back = k + 1; break; }
  for (size_t i = 0; i < x->nm; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->vs < back || m->ve > s->vs || m->kind != FM_COUNTRY || (m->flags & FM_VN)) continue;
    size_t t = m->ve;
    int titled = 0;
    for (int k = 0; titles[k] && !titled; k++) titled = strncmp(x->t + t, titles[k], strlen(titles[k])) == 0;
    if (titled && fx_any(x, back, m->vs, talks)) return 1;
  }
  return 0;
}

/* "Trade ties have grown since Malaysia and Vietnam upgraded their
** relations to a comprehensive strategic partnership in 2024": "their" is
** the pair of countries or places the sentence joins by "and" right before
** it (a few lower-case words between), not the places the article was
** filed from and speaks of (a KUALA LUMPUR dateline, HCM City); set
** qweek56. Sets *ps to that pair and returns 1; else 0. */
static int their_owners_named(const ivl_fctx *x, const ivl_fsent *s, parties *ps) {
  size_t their = fx_find(x, s->vs, s->ve, "their");
  if (their == FX_NONE) return 0;
  for (size_t i = 0; i + 1 < s->n; i++) {
    const ivl_fm *a = &s->m[i], *b = &s->m[i + 1];
    if (b->ve > their || their - b->ve > 30 || a->kind != b->kind || !a->party || !b->party) continue;
    if (a->kind != FM_COUNTRY && a->kind != FM_PLACE) continue;
    if (b->vs != a->ve + 5 || memcmp(x->t + a->ve, " and ", 5) != 0 || !fx_lower_words(x, b->ve, their)) continue;
    ps->n = 0;
    add_party(ps, a->party, a);
    add_party(ps, b->party, b);
    return 1;
  }
  return 0;
}

static int purchase_pair_stale(const ivl_fctx *x, const ivl_fsent *s, int firms);

/* Are the two firms of ps the pair linked before, by a name of each? */
static int named_as_pair(const ivl_fctx *x, const parties *ps) {
  const char *a = x->c.pair[0], *b = x->c.pair[1];
  return (same_firm(ps->name[0], a) && same_firm(ps->name[1], b)) ||
         (same_firm(ps->name[0], b) && same_firm(ps->name[1], a));
}

static void two_sides(ivl_fctx *x, const ivl_fsent *s, parties *ps) {
  static const char *const three[] = {
    "the three countries", "the three nations", "the three governments", "the three sides", NULL};
  if (ps->n < 3 && fx_any(x, s->vs, s->ve, three)) {
    parties all = {0};
    if (countries_of_article(x, &all)) *ps = all;
    return;
  }
  /* (also the pair as diplomatic prose names it: "The two neighbours
  ** established diplomatic relations in 1950", "the two former enemies") */
  static const char *const governments[] = {
    "the two countries", "the two governments", "the two nations", "both countries",
    "both governments", "the two neighbours", "the two neighbors", "the two neighbouring countries",
    "the two former enemies", "the two former foes",
    /* a speaker's: "Our two countries have been Green Strategic Partners
    ** since 2011" (set qweek98) */
    "our two countries", "our two nations", "our two governments",
    /* "an agreement ... between the two defence ministries": each
    ** country's ministry acts for its government (qdefence) */
    "the two defence ministries", "the two defense ministries", "the two foreign ministries", NULL};
  static const char *const places[] = {
    "the two cities", "the two localities", "the two provinces", "the two capitals", "their", NULL};
  /* "the two companies signed the deal on April 22": the pair linked before */
  static const char *const sides[] = {
    "the two sides", "both sides", "the two companies", "the two firms", "the two groups",
    "the two partners", "the two banks", "the two lenders", "the two corporations", "both companies", "both firms",
    "both parties", "the two universities", "the two hospitals", "the two institutions",
    "the two ministries", "the two agencies", "the two carriers", "the two airlines",
    /* shipping lines by their trade (set qweek43) */
    "the two shipping lines", "the two lines",
    /* "The cooperation between the two organisations dates back to 2019" */
    "the two organisations", "the two organizations", "both organisations", "both organizations",
    /* the screen, music and sport trades' (set qmedia) */
    "the two studios", "the two broadcasters", "the two publishers", "the two labels", "the two clubs",
    /* trade bodies: "The two associations have cooperated since 2012"
    ** after their memorandum (set qweek37) */
    "the two associations", "both associations", "the two federations", "the two chambers",
    /* a speaker's: "Our two companies have worked together since 2016"
    ** (set qweek98) */
    "our two companies", "our two firms", "our two groups", NULL};
  if (ps->n >= 2) return;
  parties pair = {0};
  static const char *const heads[] = {"the two sides", "both sides", "the two leaders", NULL};
  if (fx_starts_with_any(x, s->vs, heads) && talks_with_head_before(x, s)) {
    pair_of_article(x, 0, 0, &pair);
    if (pair.n == 2) {
      ps->n = 0;
      for (size_t i = 0; i < pair.n; i++) add_party(ps, pair.name[i], NULL);
    }
    return;
  }
  /* "The two firms are not new partners. They have worked together since
  ** 2020": "They" opening the sentence right after one that spoke of the
  ** pair by its words is that pair, the one linked before (set qbuild) */
  /* (or by "the two" or "the pair" alone: "The two are not strangers. They
  ** have worked together since 2019", set qally) */
  static const char *const the_two[] = {"the two", "the pair", NULL};
  size_t back = s->vs > 80 ? s->vs - 80 : 0;
  if (fx_starts_with(x, s->vs, "they") && x->c.pair[0] && !x->c.pair_aside &&
      (fx_any(x, back, s->vs, sides) || fx_any(x, back, s->vs, the_two))) {
    ps->n = 0;
    add_party(ps, x->c.pair[0], NULL);
    add_party(ps, x->c.pair[1], NULL);
    return;
  }
  /* "X will hold 51 percent and Y the rest. The two signed the joint
  ** venture agreement on November 28": "the two" alone before the
  ** sentence's signing verb are the two firms the sentence before named
  ** together, as "the two firms" would be (set qweek85) */
  static const char *const two_signed[] = {"the two signed", "the two agreed", "the two inked",
                                           "the two also signed", "the two have signed", NULL};
  if (fx_starts_with_any(x, s->vs, two_signed) &&
      (two_firms_before(x, s, &pair, 0) || company_and_firm_before(x, s, &pair))) {
    ps->n = 0;
    /* (by the full names told: the sentence writes none of its own) */
    for (size_t i = 0; i < pair.n; i++) {
      const char *full = fx_org_canonical(x, pair.m[i]);
      add_party(ps, full ? full : fuller_name_told(x, pair.name[i]), pair.m[i]);
    }
    return;
  }
  /* ("The two firms formed their joint venture in 1996": "their" is the
  ** firms', named by the words of sides) */
  /* "Businesses of the two countries signed 12 MoUs", "Firms from both
  ** countries also signed ...": the countries' firms, no one named, sign;
  ** a country's code is its government's (blind set 13) */
  size_t g = fx_first(x, s->vs, s->ve, governments);
  if (g != FX_NONE && fx_ends_with_any(x, g, firms_of)) return;
  if (g != FX_NONE) pair_of_article(x, 0, 0, &pair);
  else if (their_owners_named(x, s, ps)) return;
  else if (fx_any(x, s->vs, s->ve, places) &&
           (!fx_any(x, s->vs, s->ve, places + 4) /* "their" alone */ || !fx_any(x, s->vs, s->ve, sides)))
    pair_of_article(x, 1, 0, &pair);
  else if ((g = fx_first(x, s->vs, s->ve, sides)) != FX_NONE) {
    /* "15 deals were signed at the forum, which drew 300 businesses from
    ** both sides": the sides' firms, none named, as the countries' above */
    if (fx_ends_with_any(x, g, firms_of)) return;
    /* "Chairman A of Long An hosted executives of Kyocera ... The two sides
    ** signed an MoU": with no pair linked and no foreign place, the
    ** article's place and the foreign company named just before; so too
    ** when they agree on a step of their own ("The two sides agreed to set
    ** up a working group": no deal word said) */
    static const char *const agreed[] = {"agreed to", "agreed on", "agreed that", NULL};
    static const char *const firms[] = {"the two companies", "the two firms", "both companies", "both firms",
                                        "the two groups", "the two partners", "both groups",
                                        "the two banks", "the two lenders", "both banks",
                                        "the two carriers", "the two airlines", "the two studios",
                                        "the two broadcasters", "the two publishers", "the two labels",
                                        "the two shipping lines", "the two lines", NULL};
    static const char *const airlines[] = {"the two carriers", "the two airlines", NULL};
    if (purchase_pair_stale(x, s, fx_starts_with_any(x, g, firms))) x->c.pair[0] = x->c.pair[1] = NULL;
    /* "X will put $40 million into a project with local partner Y. The two
    ** firms signed an MoU": the two firms the sentence before told of
    ** together, as it names them, not the article's place and one of them
    ** (airlines by name first, then any two firms: "Siam Skyways"); so too
    ** two banks ("X will buy a stake in Y Bank. The two lenders signed") */
    parties found = *ps;
    /* "X signed a contract with Airbus for 20 jets. Thai carrier Y has
    ** bought a stake in X. The two airlines have been codeshare partners
    ** since 2019": the two airlines the sentence before named together, over
    ** a pair linked before that is not two airlines (set qweek24) */
    if (x->c.pair[0] && !pair_of_airlines(x) && fx_starts_with_any(x, g, airlines) &&
        two_firms_before(x, s, &pair, 1)) {
      ps->n = 0;
      for (size_t i = 0; i < pair.n; i++) add_party(ps, pair.name[i], pair.m[i]);
      return;
    }
    /* (so too two firms the sentence before named together over a pair of
    ** governments or places linked before: pair_of_no_firms) */
    /* (nor, said by firms' words alone, a pair with a place: the two firms
    ** told before, else no pair at all) */
    static const char *const companies[] = {"the two companies", "the two firms", "both companies", "both firms", NULL};
    if (x->c.pair[0] && !pair_of_no_firms(x) && fx_starts_with_any(x, g, companies) && pair_side_place(x)) {
      ps->n = 0;
      if (two_firms_before(x, s, &pair, 0))
        for (size_t i = 0; i < pair.n; i++) add_party(ps, pair.name[i], pair.m[i]);
      return;
    }
    if (x->c.pair[0] && pair_of_no_firms(x) && fx_starts_with_any(x, g, firms) && !fx_starts_with_any(x, g, airlines) &&
        two_firms_before(x, s, &pair, 0)) {
      ps->n = 0;
      for (size_t i = 0; i < pair.n; i++) add_party(ps, pair.name[i], pair.m[i]);
      return;
    }
    if (!x->c.pair[0] && fx_starts_with_any(x, g, firms) &&
        ((fx_starts_with_any(x, g, airlines) && two_firms_before(x, s, &pair, 1)) ||
         two_firms_before(x, s, &pair, 0) || two_firms_most_named(x, s, &pair))) {
      ps->n = 0;
      for (size_t i = 0; i < pair.n; i++) add_party(ps, pair.name[i], pair.m[i]);
      if (fx_starts_with_any(x, g, firms)) keep_party_with(x, g, &found, ps);
      return;
    }
    if (!x->c.pair[0] && (fx_any(x, s->vs, s->ve, deal_words) || fx_any(x, g, s->ve, agreed))) {
      most_places(x);
      const ivl_fm *firm = x->most.foreign_place ? NULL : company_before(x, s);
      if (firm && x->most.vn_place) {
        ps->n = 0;
        add_party(ps, x->most.vn_place, NULL);
        add_party(ps, firm->party, firm);
        return;
      }
    }
    /* "A and B got a licence for their venture. A will hold 65 per cent and
    ** B the rest. The two sides have cooperated since 2016": with no pair
    ** linked, no deal signed nor step agreed, "the two sides" are the two
    ** firms told of together before, as "the two companies" would be */
    static const char *const both_sides[] = {"the two sides", "both sides", NULL};
    if (!x->c.pair[0] && fx_starts_with_any(x, g, both_sides) && !fx_any(x, s->vs, s->ve, deal_words) &&
        !fx_any(x, g, s->ve, agreed) && two_firms_before(x, s, &pair, 0) && pair.m[0] &&
        pair.m[1] && pair_alone_in_sentence(x, pair.m[0], pair.m[1])) {
      ps->n = 0;
      for (size_t i = 0; i < pair.n; i++) add_party(ps, pair.name[i], pair.m[i]);
      return;
    }
    /* "X bought 40 per cent of Y ... The deal gives X two seats on Y's
    ** board. The two companies have been partners since 2021": the pair a
    ** purchase linked, as the sentence before names the two together (as
    ** with no pair linked; a pair a signing linked keeps its names) */
    if (x->c.pair[0] && x->c.bought_pair_sent && x->c.pair[0] == x->c.bought_pair[0] &&
        x->c.pair[1] == x->c.bought_pair[1] && fx_starts_with_any(x, g, firms) && two_firms_before(x, s, &pair, 0) &&
        pair.n == 2 && named_as_pair(x, &pair)) {
      ps->n = 0;
      for (size_t i = 0; i < pair.n; i++) add_party(ps, pair.name[i], pair.m[i]);
      keep_party_with(x, g, &found, ps);
      return;
    }
    pair.n = 0;
    /* with no pair linked yet, only a signing or a cooperation is the
    ** article's pair's */
    static const char *const signing[] = {
      "signed", "inked", "cooperation", "agreement", "memorandum", "mou", "consensus", NULL}; /* not "agreed to play a friendly" */
    pair_of_article(x, 2, fx_any(x, s->vs, s->ve, signing) ? 1 : -1, &pair);
    if (fx_starts_with_any(x, g, firms) && pair.n == 2) {
      ps->n = 0;
      for (size_t i = 0; i < pair.n; i++) add_party(ps, pair.name[i], NULL);
      keep_party_with(x, g, &found, ps);
      return;
    }
  }
  else return;
  ps->n = 0;
  for (size_t i = 0; i < pair.n; i++) add_party(ps, pair.name[i], NULL);
}

/* }====================================================================== */

/* {======================================================================
** Storing
** ======================================================================= */

static int by_name(const void *pa, const void *pb) {
  return strcmp(*(const char *const *)pa, *(const char *const *)pb);
}

static void store_parties(ivl_fctx *x, const parties *ps) {
  const char *sorted[MAX_PARTIES];
  memcpy(sorted, ps->name, ps->n * sizeof *sorted);
  /* a few names: insertion, not qsort's calls (with the sectors below,
  ** 620 calls and 0.18M instructions on b1); names alike are the same
  ** bytes written, whichever sort */
  ivl_sort_nearly(sorted, ps->n, sizeof *sorted, by_name, 8);
  fx_list(x, IVL_SYM_PARTIES, sorted, ps->n);
  for (size_t i = 0; i < ps->n; i++) fx_ref(x, ps->m[i]);
  if (ps->n == 2) {
    x->c.pair[0] = ps->name[0], x->c.pair[1] = ps->name[1];
    x->c.pair_places = ps->m[0] && ps->m[1] && ps->m[0]->kind == FM_PLACE && ps->m[1]->kind == FM_PLACE;
    x->c.pair_aside = 0;
  }
}

/* A deal just made between two firms: "The two firms will invest $300
** million" next is theirs (invest_roles.c, inv_pair_referred), and where
** the deal's sentence puts it ("agreed to set up a venture in Hải Phòng",
** "signed ... in HCM City") is where they invest when they say no place. */
static void note_firm_pair(ivl_fctx *x, const ivl_fsent *s, const parties *ps) {
  int firms = ps->n == 2 && ps->m[0] && ps->m[1];
  for (size_t i = 0; firms && i < 2; i++) firms = ps->m[i]->kind == FM_ORG && (ps->m[i]->flags & FM_COMPANY);
  x->c.pair_firm[0] = firms ? ps->m[0] : NULL, x->c.pair_firm[1] = firms ? ps->m[1] : NULL;
  x->c.pair_sent = firms ? s->index + 1 : 0;
  x->c.pair_place = NULL;
  for (size_t i = 0; firms && i < s->n && !x->c.pair_place; i++)
    if (s->m[i].kind == FM_PLACE && (s->m[i].flags & FM_VN) && s->m[i].province && fx_ends_with(x, s->m[i].vs, "in"))
      x->c.pair_place = s->m[i].province;
}

/* A deal between a firm and a province: "X signed an agreement with the
** Quảng Ngãi People's Committee to build a power plant. The US company will
** invest $2.2 billion in the plant": the firm's money right after, told
** with no place, goes to the province it signed with. */
static void note_firm_with_province(ivl_fctx *x, const ivl_fsent *s, const parties *ps) {
  x->c.deal_firm = NULL, x->c.deal_province = NULL, x->c.deal_sent = 0;
  if (ps->n != 2 || !ps->m[0] || !ps->m[1]) return;
  for (int k = 0; k < 2; k++) {
    const ivl_fm *firm = ps->m[k], *place = ps->m[1 - k];
    if (firm->kind != FM_ORG || !(firm->flags & FM_COMPANY) || place->kind != FM_PLACE ||
        !(place->flags & FM_VN) || !place->province)
      continue;
    x->c.deal_firm = firm, x->c.deal_province = place->province, x->c.deal_sent = s->index + 1;
    return;
  }
}

/* Is a sector named in [from, to) of the sentence? */
static int sector_between(const ivl_fsent *s, size_t from, size_t to) {
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_SECTOR && s->m[i].party && s->m[i].vs >= from && s->m[i].ve <= to) return 1;
  return 0;
}

/* "with FPT Corporation, Vietnam's largest IT services firm, on Tuesday":
** the firm noun ending at 'end' closes an aside set off by commas right
** after a firm's name, so the sector at 'from' inside it says what that
** firm does. */
static int firm_aside_ends(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t end) {
  if (end < s->ve && x->t[end] != ',' && x->t[end] != '.') return 0;
  size_t comma = from;
  while (comma > s->vs && from - comma < 60 && x->t[comma - 1] != ',' && x->t[comma - 1] != '.') comma--;
  if (comma <= s->vs || x->t[comma - 1] != ',') return 0;
  for (size_t j = 0; j < s->n && s->m[j].ve < comma; j++)
    if (s->m[j].ve + 1 == comma && s->m[j].kind == FM_ORG) return 1;
  return 0;
}

/* Does sector mention i describe the firm named right after its noun
** ("Singaporean hospitality group Orchid Crest signed ...", "textile giant
** Hyosung"), or the kind of a fair ("will promote each other's destinations
** at trade fairs")? That is what the firm does or where the deal promotes,
** not what the deal is about (the mention stays a sector: dev-17's "trade
** and tourism fair"). */
static int sector_describes_firm(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  static const char *const nouns[] = {"group", "firm", "company", "giant", "developer", "operator", "chain",
                                      "maker", "producer", "supplier", "conglomerate", "corporation", "brand",
                                      "designer", "provider", NULL};
  static const char *const fairs[] = {"fair", "fairs", NULL};
  size_t p = s->m[i].ve;
  while (p < s->ve && x->t[p] == ' ') p++;
  if (fx_starts_with_any(x, p, fairs)) return 1;
  /* "IT services firm", "cloud services provider": the services the firm sells */
  if (fx_starts_with(x, p, "services")) p += strlen("services ");
  if (!fx_starts_with_any(x, p, nouns)) return 0;
  while (p < s->ve && ivl_isalpha((unsigned char)x->t[p])) p++;
  if (firm_aside_ends(x, s, s->m[i].vs, p)) return 1;
  while (p < s->ve && x->t[p] == ' ') p++;
  for (size_t j = i + 1; j < s->n && s->m[j].vs <= p; j++)
    if (s->m[j].vs == p && s->m[j].kind == FM_ORG) return 1;
  return 0;
}

/* "signed an agreement on manufacturing and logistics on Thursday, as
** Japanese prefectures compete to secure labour": a clause of ", as"
** after the deal tells why or when, not what the deal covers (set qtwin;
** not ", as well as", which goes on with its fields). Where the deal's
** own words end in [from, to). */
static size_t deal_fields_end(const ivl_fctx *x, size_t from, size_t to) {
  for (const char *p = x->t + from, *end = x->t + to; p + 5 <= end && (p = memchr(p, ',', (size_t)(end - p))); p++)
    if (end - p >= 5 && memcmp(p, ", as ", 5) == 0 && !fx_starts_with(x, (size_t)(p - x->t) + 5, "well as"))
      return (size_t)(p - x->t);
  return to;
}

/* "agreed to ... and to raise bilateral trade to $20 billion by 2030": the
** trade between the two, told with the level it is to reach, is a volume,
** not a field they cooperate in (the qweek and qlaos golds give such a
** target no sector; set qweek53); "cooperation in trade and investment"
** keeps it. */
static int trade_volume_target(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const between[] = {"bilateral", "two-way", NULL};
  if (!fx_ends_with_any(x, m->vs, between)) return 0;
  size_t p = m->ve;
  while (p < m->ve + 3 && x->t[p] == ' ') p++;
  if (!fx_starts_with(x, p, "to")) return 0;
  p += 2;
  while (p < m->ve + 12 && x->t[p] == ' ') p++;
  return x->t[p] == '$' || fx_starts_with(x, p, "us$") || fx_starts_with(x, p, "usd") || ivl_isdigit((unsigned char)x->t[p]);
}

/* The sectors named in [from, to) of the sentence. */
static void store_sectors(ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to) {
  const char *labels[32];
  size_t n = 0;
  to = deal_fields_end(x, from, to);
  for (size_t i = 0; i < s->n && n < 32; i++) {
    if (s->m[i].kind != FM_SECTOR || !s->m[i].party || s->m[i].vs < from || s->m[i].ve > to) continue;
    if (sector_describes_firm(x, s, i) || trade_volume_target(x, &s->m[i])) continue;
    int seen = 0;
    for (size_t j = 0; j < n && !seen; j++) seen = strcmp(labels[j], s->m[i].party) == 0;
    if (!seen) labels[n++] = s->m[i].party;
    fx_ref(x, &s->m[i]);
  }
  if (n == 0) return;
  ivl_sort_nearly(labels, n, sizeof *labels, by_name, 8);
  fx_list(x, IVL_SYM_SECTORS, labels, n);
}

/* }====================================================================== */

/* {======================================================================
** Agreements
** ======================================================================= */

static const char *const renewed_deals[] = {
  "memorandum", "mou", "agreement", "deal", "pact", "accord", "partnership", NULL};

/* Lower-case words or a year between 'from' and 'to' ("their 2019")? */
static int plain_words(const ivl_fctx *x, size_t from, size_t to) {
  for (size_t i = from; i < to; i++)
    if (!ivl_islower((unsigned char)x->t[i]) && !ivl_isdigit((unsigned char)x->t[i]) && x->t[i] != ' ' &&
        x->t[i] != '-')
      return 0;
  return 1;
}

/* "renewed their MoU", "extended the agreement": a renewal is signed
** anew, when what is renewed is a deal and the word is the verb (not
** "under the renewed deal", nor "extended its plant"). */
static int renewal(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const words[] = {"renewed", "extended", NULL};
  static const char *const determiners[] = {"the", "a", "an", "its", "their", "this", "under", NULL};
  if (!fx_starts_with_any(x, at, words)) return 0;
  if (fx_ends_with_any(x, at, determiners)) return -1;
  /* "renewed their friendship and cooperation agreement", "renewed their
  ** 2019 memorandum" */
  size_t to = at + 64 < s->ve ? at + 64 : s->ve;
  size_t deal = fx_first(x, at, to, renewed_deals);
  return deal != FX_NONE && plain_words(x, at, deal) ? 1 : -1;
}

/* "entered into a strategic partnership with", "enters into an agreement":
** a deal formed, when what is entered into is one (not "entered into
** force", "entered into a new market"). 0 when the word at 'at' is not
** "entered into", 1 a deal, -1 none. */
static int entered_into(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const words[] = {"entered into", NULL};
  static const char *const deals[] = {
    "partnership", "agreement", "alliance", "memorandum", "mou", "deal", "pact", "accord",
    "contract", "cooperation", NULL};
  if (!fx_starts_with_any(x, at, words)) return 0;
  size_t to = at + 64 < s->ve ? at + 64 : s->ve;
  size_t deal = fx_first(x, at, to, deals);
  return deal != FX_NONE && fx_lower_words(x, at, deal) ? 1 : -1;
}

static int year_of(const ivl_fm *d);

/* the past tense of the alliance verbs: an alliance told as formed, whose
** relative clause may give its year (alliance_year_in_which) */
static const char *const alliance_formed[] = {"teamed up", "joined hands", "partnered", NULL};

/* "Dai Phong, which teamed up with Kanaya Pulp in 2016 to import fibre",
** "X, which partnered with Y in 2019, will ...": an alliance told in a
** relative clause with the year it was formed is a relation begun then (a
** partnership), not a deal made now. The year's mention ("in" right before
** it, in the clause: before its next comma), else NULL. */
static const ivl_fm *alliance_year_in_which(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  if (!fx_starts_with_any(x, at, alliance_formed) || !fx_ends_with(x, at, "which")) return NULL;
  const char *comma = memchr(x->t + at, ',', s->ve - at);
  size_t end = comma ? (size_t)(comma - x->t) : s->ve;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *d = &s->m[i];
    if (d->kind == FM_DATE && d->vs > at && d->ve <= end && year_of(d) && fx_ends_with(x, d->vs, "in")) return d;
  }
  return NULL;
}

/* The alliance verb of such a clause in the sentence, else FX_NONE. */
static size_t alliance_in_which(const ivl_fctx *x, const ivl_fsent *s) {
  for (size_t at = s->vs; (at = fx_first(x, at, s->ve, alliance_formed)) != FX_NONE; at++)
    if (alliance_year_in_which(x, s, at)) return at;
  return FX_NONE;
}

/* "has teamed up with Nvidia to set up an AI centre", "joined hands with X
** to develop ...", "partnered with X under an MoU": an alliance formed, said
** with its purpose or its deal; "has teamed up with Vinamilk in a cattle
** project" tells of a venture that is, not of a deal made. 0 when the word
** at 'at' is no alliance word, 1 a deal, -1 none. */
static int alliance(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const words[] = {"teamed up", "teaming up", "teams up", "joined hands", "partnered",
                                      "partnering", NULL};
  static const char *const deals[] = {"agreement", "memorandum", "mou", "deal", "pact", "contract", NULL};
  static const char *const not_verbs[] = {"the", "a", "an", "its", "their", "date", NULL};
  if (!fx_starts_with_any(x, at, words)) return 0;
  if (alliance_year_in_which(x, s, at)) return -1;
  /* "is teaming up with", "are partnering with": a deal being made; not a
  ** gerund's clause ("Before partnering with Penang, Kiên Giang had ...") */
  static const char *const going[] = {"teaming up", "partnering", NULL};
  static const char *const being[] = {"is", "are", "was", "were", "be", "been", NULL};
  if (fx_starts_with_any(x, at, going) && !fx_ends_with_any(x, at, being)) return -1;
  if (fx_any(x, s->vs, s->ve, deals)) return 1;
  for (size_t to = at; (to = fx_find(x, to, s->ve, "to")) != FX_NONE; to += 2)
    if (to + 3 < s->ve && x->t[to + 2] == ' ' && ivl_islower((unsigned char)x->t[to + 3]) &&
        !fx_starts_with_any(x, to + 3, not_verbs))
      return 1;
  return -1;
}

/* "according to the decision signed on March 5", "under Decree 15 signed
** by the Prime Minister": an act of the state signed, no deal between the
** parties of the sentence. */
static int act_signed(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const acts[] = {
    "decision", "decree", "resolution", "directive", "circular", "dispatch", "official letter", NULL};
  static const char *const deals[] = {"agreement*", "memorand*", "mou*", "deal*", "contract*", NULL};
  size_t back = at > s->vs + 32 ? at - 32 : s->vs;
  size_t act = fx_first(x, back, at, acts);
  return act != FX_NONE && !fx_any(x, act, at, deals);
}

/* "witnessed the exchange of four cooperation documents", "... of an MoU
** between A and B": what was exchanged is an agreement, within a few
** words (not "the exchange of views", "of gifts"). */
static int documents_exchanged(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const watching[] = {"witnessed", "witness", "witnessing", NULL};
  if (!fx_starts_with_any(x, at, watching)) return 1; /* "was reached" */
  static const char *const papers[] = {"agreement*", "memorand*", "mou*", "document*", "deal*", "contract*",
                                       "pact*", "accord*", "protocol*", "letter* of intent", NULL};
  size_t of = fx_find(x, at, s->ve, "of");
  if (of == FX_NONE) return 0;
  return fx_any(x, of, of + 40 < s->ve ? of + 40 : s->ve, papers);
}

/* "signed land lease contracts with Chinese tyre maker A and Hong Kong's
** B": the tenants named, one lease each, are deals of the park's
** developer with each (not "with 11 tenants", "with tenants such as A":
** a count or a class of firms comes first). The first firm named within a
** few words of the "with" after the leases word at 'from', with no digit
** or plural noun of firms before it. */
static int tenants_named_after_with(const ivl_fctx *x, const ivl_fsent *s, size_t from) {
  static const char *const classes[] = {"tenants", "firms", "companies", "investors", "manufacturers",
                                        "customers", "businesses", NULL};
  size_t with = fx_find(x, from, from + 32 < s->ve ? from + 32 : s->ve, "with");
  if (with == FX_NONE) return 0;
  for (size_t i = fx_mentions_from(s->m, s->n, with); i < s->n && s->m[i].vs < with + 56; i++) {
    if (s->m[i].kind != FM_ORG) continue;
    for (size_t p = with; p < s->m[i].vs; p++)
      if (ivl_isdigit((unsigned char)x->t[p])) return 0;
    return !fx_any(x, with, s->m[i].vs, classes);
  }
  return 0;
}

/* "has signed land leases with 11 tenants", "signed lease contracts with
** 30 firms": a park renting out its land, leases in the plural, one to
** each tenant, is trade, no cooperation between the parties of the
** sentence (not "signed a lease agreement" of two firms named). */
static int leases_signed(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const leases[] = {"land leases", "land-lease contracts", "land lease contracts", "leases",
                                       "lease contracts", NULL};
  size_t end = at;
  while (ivl_isalpha((unsigned char)x->t[end])) end++;
  return fx_starts_with_any(x, end, leases) && !tenants_named_after_with(x, s, end);
}

/* "Vietnam and France exchanged 14 cooperation documents on Monday", "the
** two sides exchanged five memoranda", "14 cooperation documents were
** exchanged between the two countries": papers exchanged, counted, at a
** visit or a conference are deals made there (a count next to the verb,
** which the lexicon's phrases cannot hold; not counted "agreements", which
** may be ones signed before, dev-13). The first such "exchanged" in
** [from, s->ve), else FX_NONE. */
static size_t papers_exchanged(const ivl_fctx *x, const ivl_fsent *s, size_t from) {
  static const char *const papers[] = {"documents", "memoranda", "mous", "deals", NULL};
  static const char *const passive[] = {"were exchanged", "were also exchanged", "have been exchanged",
                                        "had been exchanged", NULL};
  for (size_t at = from; (at = fx_find(x, at, s->ve, "exchanged")) != FX_NONE; at++) {
    size_t w = at + 9;
    while (w < s->ve && x->t[w] == ' ') w++;
    for (size_t i = 0; i < s->n; i++) {
      const ivl_fm *m = &s->m[i];
      if (m->kind != FM_COUNT || m->vs > w || !fx_ends_with_any(x, m->ve, papers)) continue;
      if (m->vs == w || (at - m->ve < 24 && fx_starts_with_any(x, m->ve, passive))) return at;
    }
  }
  return FX_NONE;
}

/* "The UAE pact follows Vietnam's trade deal with Israel, signed in July
** 2023": a deal signed before, named in an aside as the one the
** sentence's deal follows or builds on, is a later reference to it, no
** signing told here (GUIDELINES, agreements). 'at': a "signed" just
** after a comma. */
static int precedent_signed(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const precedes[] = {"follows", "followed", "comes after", "came after", "builds on",
                                         "built on", "replaces", "replaced", "succeeds", "succeeded", NULL};
  if (at < s->vs + 2 || x->t[at - 1] != ' ' || x->t[at - 2] != ',') return 0;
  return fx_any(x, at > s->vs + 90 ? at - 90 : s->vs, at, precedes);
}

/* "X has leased a ready-built factory from Y": the firm's own verb said in
** the perfect; the end of the firm's name before "has"/"have"/"had", or
** 'p' when no such word ends there. */
static size_t before_perfect_auxiliary(const ivl_fctx *x, const ivl_fsent *s, size_t p) {
  static const char *const perfect[] = {"has", "have", "had", NULL};
  if (!fx_ends_with_any(x, p, perfect)) return p;
  size_t q = p;
  while (q > s->vs && ivl_isalpha((unsigned char)x->t[q - 1])) q--;
  while (q > s->vs && x->t[q - 1] == ' ') q--;
  return q;
}

/* "Korea's X, which tests chips nearby, leased 18 hectares in Y Industrial
** Park from developer Z": a firm's own "leased" (after its name or the
** comma closing an aside about it, no participle of "land leased for 50
** years") with the firm it leased from named after "from" (a word that
** says what that firm is may come between) is a deal of the two.
** 'at': the "leased". */
static int lease_taken_from(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  size_t p = at;
  while (p > s->vs && x->t[p - 1] == ' ') p--;
  p = before_perfect_auxiliary(x, s, p);
  int own = p > s->vs && x->t[p - 1] == ',';
  for (size_t i = 0; i < s->n && !own; i++)
    own = s->m[i].kind == FM_ORG && s->m[i].ve == p;
  if (!own) return 0;
  size_t end = at + 90 < s->ve ? at + 90 : s->ve;
  size_t from = fx_find(x, at, end, "from");
  if (from == FX_NONE) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_ORG && s->m[i].vs > from && s->m[i].vs <= from + 20)
      return s->m[i].vs == from + 5 || appositive_words(x, from + 5, s->m[i].vs);
  return 0;
}

/* "has agreed to buy up to 2 million carbon credits from Y": a producer's
** output bought from it over time (credits, emission reductions, power;
** to_at is the "to" of "to buy") is an offtake, a deal between buyer and
** seller; goods ordered ("agreed to buy 12 aircraft from Airbus") and a
** holding bought (stake_bought_before) are purchases, no deal. */
static int offtake_agreed(const ivl_fctx *x, const ivl_fsent *s, size_t to_at) {
  static const char *const output[] = {"credit", "credits", "carbon credit*", "emission reduction*", "electricity",
                                       "power", "output", NULL};
  if (!fx_starts_with_any(x, to_at, bought_from)) return 0;
  size_t end = to_at + 120 < s->ve ? to_at + 120 : s->ve;
  /* (the seller after any "from": "credits from low-emission rice farming
  ** in the Mekong Delta from Y") */
  for (size_t from = to_at; (from = fx_find(x, from + 1, end, "from")) != FX_NONE;) {
    if (stake_bought_before(x, to_at, from) || !fx_any(x, to_at, from, output)) return 0;
    for (size_t i = fx_mentions_from(s->m, s->n, from); i < s->n && s->m[i].vs <= from + 12; i++)
      if (s->m[i].kind == FM_ORG) return 1;
  }
  return 0;
}

/* The last full day said before (a live blog's lead or day heading, an
** event's day), or NULL. */
static const ivl_fm *last_full_day(const ivl_fctx *x) {
  const ivl_fm *d = x->c.last_day;
  return d && d->value_s && strlen(d->value_s) == 10 ? d : NULL;
}

/* Does a word of the present ("sign", "exchanges") open at 'at'? */
static int signs_in_present(const ivl_fctx *x, size_t at) {
  static const char *const present[] = {"sign", "signs", "exchange", "exchanges", NULL};
  return fx_starts_with_any(x, at, present);
}

/* "10:40 – A and B sign a joint development agreement", "A and C
** exchange a memorandum of understanding": a live blog's or a headline's
** present tense tells a signing done now. Only right after a party named
** as its subject: not "will sign", "plans to sign", "are set to sign an
** MoU", a signing still to come. 'at': a lexicon word of the present
** ("sign ...", "signs ...", "exchange ..."); 1 when it is one not so said. */
static int present_not_after_party(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  if (!signs_in_present(x, at)) return 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->ve + 1 == at && x->t[m->ve] == ' ' && (m->kind == FM_ORG || m->kind == FM_PLACE || m->kind == FM_COUNTRY))
      return 0;
  }
  return 1;
}

/* "A and B issued a joint statement on Thursday following talks in
** Beijing, agreeing to deepen their partnership": "agreeing" is the
** parties' own agreement only as a participle set off by a comma after the
** act they did together (set qweek55), not "close to agreeing", "before
** agreeing to" or "without agreeing on", a deal not (yet) made; and the
** act is one of the two sides' meeting (a statement, talks), not a firm's
** purchase ("bought a stake on Thursday, agreeing to pay $50 million"). */
static int agreeing_clause(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const joint_acts[] = {"joint statement", "joint communique", "talks", "met", "meeting",
                                           "discussions", NULL};
  if (!fx_starts_with(x, at, "agreeing")) return 1; /* (another word of 'a') */
  return at >= 2 && x->t[at - 1] == ' ' && x->t[at - 2] == ',' && fx_any(x, s->vs, at, joint_acts);
}

/* "agreed to take a 35 percent stake in X": a holding taken at 'to' (the
** "to" before "take"), a purchase told by another verb, within the few
** words after it (set qweek64); not "agreed to take part in". */
static int stake_taken(const ivl_fctx *x, const ivl_fsent *s, size_t to) {
  if (!fx_starts_with(x, to + 2, "take") || fx_starts_with(x, to + 2, "take part")) return 0;
  size_t end = to + 50 < s->ve ? to + 50 : s->ve;
  static const char *const stakes[] = {"stake", "stakes", "holding", "per cent", "percent", NULL};
  return fx_any(x, to, end, stakes) || memchr(x->t + to, '%', end - to) != NULL;
}

/* "The two sides agreed to aim for $2 billion in two-way trade by 2030",
** "agreed to work towards trade of US$1 billion": what was agreed is a
** goal to aim at (the 'to' at 'to'), no deal (goals are no facts); not
** when another act agreed follows ("... and to cooperate in energy"). */
static int goal_agreed(const ivl_fctx *x, const ivl_fsent *s, size_t to) {
  static const char *const aims[] = {"aim for", "aim at", "aim to", "target", "work towards", "work toward",
                                     "strive for", "strive to", "strive towards", NULL};
  static const char *const and_to[] = {"and to", NULL};
  return fx_starts_with_any(x, to + 2, aims) && !fx_any(x, to + 2, s->ve, and_to);
}

/* The first agreeing word in [from, s->ve), or FX_NONE. */
static size_t agreement_verb(const ivl_fctx *x, const ivl_fsent *s, size_t from) {
  /* what was done; "proposed that the two sides sign" is not; nor is a
  ** purchase agreed ("agreed on Wednesday to buy a 35 per cent stake") */
  static const char *const trades[] = {"buy", "acquire", "purchase", "sell", "take over", NULL};
  size_t counted = papers_exchanged(x, s, from); /* a lexicon word after it is a later verb */
  size_t end = counted < s->ve ? counted : s->ve;
  for (size_t at = from; (at = fx_first(x, at, end, ivl_lexicon(LEX_AGREEING))) != FX_NONE; at++) {
    /* "An MoU between A and B will be signed in September", "is expected
    ** to be inked", "could be extended": a deal still to be made */
    if (fx_ends_with(x, at, "be")) continue;
    if (present_not_after_party(x, s, at)) continue;
    /* most hits are "signed" or "agreed": the other words' looks only for
    ** their first letters */
    int c = ivl_tolower((unsigned char)x->t[at]);
    if (c == 's' && (act_signed(x, s, at) || leases_signed(x, s, at) || precedent_signed(x, s, at))) continue;
    if ((c == 'r' || c == 'e') && (renewal(x, s, at) < 0 || entered_into(x, s, at) < 0)) continue;
    if ((c == 't' || c == 'j' || c == 'p') && alliance(x, s, at) < 0) continue;
    if (c == 'w' && !documents_exchanged(x, s, at)) continue;
    if (c == 'l' && !lease_taken_from(x, s, at)) continue;
    if (c == 'a' && !agreeing_clause(x, s, at)) continue;
    size_t to = fx_find(x, at, at + 30 < s->ve ? at + 30 : s->ve, "to");
    if (to != FX_NONE && stake_taken(x, s, to)) continue;
    if (to != FX_NONE && fx_starts_with(x, at, "agreed") && goal_agreed(x, s, to)) continue;
    if (to == FX_NONE || !fx_starts_with_any(x, to + 2, trades) || offtake_agreed(x, s, to)) return at;
  }
  return counted;
}

/* "Huế and Nara, which became sister cities in 2009, agreed on Monday
** ...": a date in an aside about the parties (a "which" clause, or one
** that names their relation) set off by commas, away from the verb, is the
** day of another event, mostly their relation's start. */
static int date_of_aside(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d, size_t verb) {
  static const char *const opens[] = {"which", "who", "whose", NULL};
  size_t open = d->vs, close = d->ve;
  while (open > s->vs && x->t[open - 1] != ',') open--;
  while (close < s->ve && x->t[close] != ',') close++;
  if (open == s->vs || (verb >= open && verb < close)) return 0;
  /* so too a "which" clause closing the sentence after the verb ("...,
  ** covering sites off the former Phú Yên, which merged into Đắk Lắk in
  ** July 2025": the merger's day; set qregion) */
  if (close == s->ve) return verb < open && fx_starts_with_any(x, open, opens);
  return fx_starts_with_any(x, open, opens) || fx_any(x, open, close, ivl_lexicon(LEX_RELATION));
}

/* "..., the company said in a filing on Monday", "announced in a
** statement on Tuesday": the day a report was filed, said with the
** document it was said in between the verb and "on", is the day it was
** told, not the day of the signing. */
static int told_in_document_on(const ivl_fctx *x, const ivl_fm *d) {
  static const char *const said_in[] = {"said in", "says in", "announced in", "stated in", NULL};
  if (!fx_ends_with(x, d->vs, "on")) return 0;
  size_t from = d->vs > 48 ? d->vs - 48 : 0;
  size_t at = fx_first(x, from, d->vs, said_in);
  if (at == FX_NONE) return 0;
  return memchr(x->t + at, ',', d->vs - at) == NULL;
}

/* "renewed their agreement, first signed in 2010": a date in a clause
** after the verb that tells of the deal's first signing is that day's; so
** is one said right after that signing's verb in a relative clause ("renewed
** an agreement that they first signed in 2019", set qteam), whose renewal
** keeps the day of the occasion told before or none. */
static int earlier_signing(const ivl_fctx *x, const ivl_fm *d, size_t verb) {
  static const char *const first[] = {"first signed", "originally signed", "first inked", "first agreed", NULL};
  static const char *const first_on[] = {"first signed in",     "first signed on", "originally signed in",
                                         "originally signed on", "first inked in",  "first inked on", NULL};
  if (d->vs <= verb) return 0;
  if (fx_ends_with_any(x, d->vs, first_on)) return 1;
  /* the clause's comma a few words before the date ("first signed in") */
  size_t open = d->vs, stop = d->vs - verb > 32 ? d->vs - 32 : verb;
  while (open > stop && x->t[open - 1] != ',') open--;
  return open > stop && x->t[open - 1] == ',' && fx_starts_with_any(x, open, first);
}

/* "The two sides agreed to boost trade, A and B said in a joint statement",
** "..., according to A and B": the two sides are the speakers named after
** the clause. */
static void speakers_as_sides(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t verb, parties *ps) {
  static const char *const sides[] = {"the two sides", "both sides", NULL};
  if (ps->n || !fx_starts_with_any(x, from, sides)) return;
  size_t said = fx_find(x, verb, s->ve, "said"), to = said;
  size_t at = said;
  if (said != FX_NONE)
    while (at > verb && x->t[at - 1] != ',') at--;
  else if ((at = fx_find(x, verb, s->ve, "according to")) != FX_NONE) at += 12, to = s->ve;
  if (at == FX_NONE || at == verb) return;
  parties two = {0};
  list_after(x, s, at, to, &two);
  drop_covered_countries(x, &two);
  if (two.n == 2) *ps = two;
}

/* "after signing", "following signing": a signing said as a gerund,
** whose day is after it, not the main clause's */
static int gerund_signing(const ivl_fctx *x, size_t verb) {
  return fx_starts_with(x, verb, "after") || fx_starts_with(x, verb, "following");
}

/* Is a year written in the date's words ("March 4, 2025"), not inferred
** ("in December", "October 15")? */
static int year_written(const ivl_fctx *x, const ivl_fm *d) {
  int digits = 0;
  for (size_t i = d->vs; i < d->ve && digits < 4; i++) digits = ivl_isdigit((unsigned char)x->t[i]) ? digits + 1 : 0;
  return digits == 4;
}

/* Is the ISO day, month or year 'v' wholly after the article's date? */
static int after_article(const ivl_fctx *x, const char *v) {
  const char *a = x->article_date;
  size_t n = strlen(v);
  if (a[0] < '0' || a[0] > '9' || v[0] < '0' || v[0] > '9') return 0; /* undated: "XXXX" */
  if (n > 10) n = 10;
  return strncmp(v, a, n) > 0;
}

/* "extended the joint venture's term by 25 years, to 2056": a year after
** "to" past the article's is where a term ends, neither the day a deal
** was signed nor the year a relation began; so is one after "until" or
** "till", whatever the article's year ("to extend the operation of their
** joint venture until 2045" under a yearless dateline, set qweek74); and
** one after "by", a deadline ("signed a joint venture agreement to open 50
** stores by 2028", set qjv). */
static int term_ends_after(const ivl_fctx *x, const ivl_fm *d) {
  static const char *const until[] = {"until", "till", "by", "by the end of", NULL};
  return fx_ends_with_any(x, d->vs, until) ||
         (fx_ends_with(x, d->vs, "to") && d->value_s && after_article(x, d->value_s));
}

/* "friendship cities since 2013, when they signed a memorandum": the
** start year is the day of the signing told in its "when" clause, a few
** words on. */
static int signed_when(const ivl_fctx *x, const ivl_fm *d, size_t verb) {
  return verb > d->ve && verb - d->ve < 48 && x->t[d->ve] == ',' && fx_starts_with(x, d->ve + 1, "when");
}

/* "On Monday the group and JBIC signed ...": a day that opens the clause
** after "On", with no comma before the subject, is the signing's, not a
** date in the subject's words (set qpower); so is a year or a month after
** "In" ("In 2018 Kanemori signed a memorandum ...", "In June Sao Viet
** signed ...": an encyclopedia's or a career's years, sets qweek104 and
** qweek105). */
static int day_opens_clause(const ivl_fctx *x, const ivl_fm *d, size_t from) {
  /* (so "Earlier, on October 21, 2026, A and B signed": the year's comma
  ** inside the day is no end of the opening phrase; set qweek45) */
  if (d->vs < from && from < d->ve) return fx_ends_with(x, d->vs, "on");
  while (from < d->vs && x->t[from] == ' ') from++;
  return d->vs == from + 3 && (fx_ends_with(x, d->vs, "on") || fx_ends_with(x, d->vs, "in"));
}

/* "the two sides said on Wednesday", "the companies announced on Monday":
** the parties themselves tell of the deal (not "the province said"). */
static int said_by_the_parties(const ivl_fctx *x, const ivl_fm *d) {
  static const char *const speakers[] = {"the two sides said on", "the two companies said on", "the two firms said on",
                                         "the companies said on", "the two sides announced on",
                                         "the two companies announced on", "the companies announced on", NULL};
  return fx_ends_with_any(x, d->vs, speakers);
}

/* A time said relatively between the verb and the day told ("agreed last
** week to ..."): the deal is of that time, not of the day told. */
static int relative_time_before(const ivl_fctx *x, size_t verb, size_t to) {
  static const char *const relative[] = {"last week", "last month", "last year", "earlier this", "yesterday",
                                         "previously", "days ago", "weeks ago", NULL};
  return fx_any(x, verb, to, relative);
}

/* "X signed an MoU with Bắc Ninh on a factory, but the company said a final
** decision would not be made before 2028": a date after the signing, in a
** contrast clause of its own (", but", ", though"), is that clause's, not
** the day of the signing (qneg). */
static int date_in_later_contrast(const ivl_fctx *x, const ivl_fm *d, size_t verb) {
  static const char *const contrast[] = {"but", "though", "although", "even though", "yet", NULL};
  if (d->vs <= verb) return 0;
  for (size_t c = verb; c + 2 < d->vs; c++)
    if (x->t[c] == ',' && fx_starts_with_any(x, c + 1, contrast)) return 1;
  return 0;
}

/* "The deal followed a breakthrough in July, when Daeyang signed a power
** purchase agreement with EVN": a day right before ", when" that opens the
** signing's clause, its subject next, is the day of the signing (set
** qweek32), not a date in the subject's words. */
static int day_before_when_clause(const ivl_fctx *x, const ivl_fm *d, size_t subject) {
  size_t p = d->ve;
  if (p >= subject || x->t[p] != ',' || !fx_starts_with(x, p + 1, "when")) return 0;
  for (p += 1; p < subject && x->t[p] == ' '; p++) {}
  p += 4; /* "when" */
  while (p < subject && x->t[p] == ' ') p++;
  return p == subject;
}

/* "a memorandum on cooperation in logistics in the 2026-2030 period", "in
** the 2026-2030 phase": a year or range that a period's noun follows is
** the deal's term, not the day it was signed (set qweek29). */
static int period_named_after(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  static const char *const period[] = {"period", "phase", "stage", "term", NULL};
  size_t p = d->ve;
  /* (the range's other end: "2026-2030", "2026 – 2030") */
  size_t i = fx_mentions_from(s->m, s->n, d->ve);
  if (i < s->n && s->m[i].kind == FM_DATE && s->m[i].vs - d->ve <= 5 &&
      (x->t[d->ve] == '-' || fx_long_dash_at(x, d->ve) || fx_long_dash_at(x, d->ve + 1)))
    p = s->m[i].ve;
  return fx_starts_with_any(x, p, period);
}

/* "established diplomatic relations in 1993, and the two countries signed
** a free trade agreement in July 2023", "opened embassies in 1993 and
** signed ...": a date before the verb that closes a predicate of its own,
** "and" (after a comma or not) right after it and no date joined to it
** ("on May 5 and 6"), is that predicate's day. It gives way to a date
** after the verb (set qweek48); with none, it stays ("met on Tuesday and
** signed an MoU": the same day). */
static int date_closes_other_predicate(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d, size_t verb) {
  if (d->ve >= verb) return 0;
  size_t p = d->ve;
  if (x->t[p] == ',') p++;
  if (x->t[p] != ' ' || !fx_starts_with(x, p, "and")) return 0;
  while (x->t[p] == ' ') p++;
  p += 3;
  while (p < verb && x->t[p] == ' ') p++;
  if (ivl_isdigit((unsigned char)x->t[p])) return 0;
  size_t i = fx_mentions_from(s->m, s->n, p);
  return !(i < s->n && s->m[i].kind == FM_DATE && s->m[i].vs == p);
}

/* "18 per cent above Tuesday's close", "at Monday's session": a day whose
** possessive names a trading session dates a share price, not the deal
** told in the sentence (set qweek76); not "at Tuesday's ceremony". */
static int trading_session_day(const ivl_fctx *x, const ivl_fm *d) {
  static const char *const session[] = {"close", "closing", "session", "trading", "open", "opening", "high", "low",
                                        NULL};
  size_t n = fx_possessive(x, d);
  return n && fx_starts_with_any(x, d->ve + n, session);
}

/* Is date d a year alone ("2027")? */
static int bare_year(const ivl_fm *d) { return d->value_s && strlen(d->value_s) == 4; }

/* The date nearest the verb, if it is in the opening phrase or after the
** subject begins (not "ODA had dipped in fiscal 2014 before ... agreed"),
** and before the clause ends at 'to' ("signed a loan last month; the first
** under the framework was signed in 2019": another deal's day). */
static const ivl_fm *agreement_date(const ivl_fctx *x, const ivl_fsent *s, size_t verb, size_t subject,
                                    size_t opener_end, size_t to) {
  size_t wire = FX_NONE; /* the wire dateline's dash, looked for at the first date near the start */
  const ivl_fm *best = NULL, *dateline = NULL, *told_day = NULL;
  const ivl_fm *other_predicate = NULL; /* the last date closing a predicate before the verb */
  size_t best_d = (size_t)-1;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *d = &s->m[i];
    if (d->kind != FM_DATE || !d->value_s || d->vs >= to || trading_session_day(x, d)) continue;
    /* "March 2021 - A and B sign a technical cooperation agreement": a
    ** timeline's entry is of its own date, not of the subject's words nor
    ** of the wire's day (set qweek134) */
    if (ivl_facts_entry_date(x, s, d)) return d;
    /* a date in the subject's words before it, not one after the verb
    ** ("the MoU signed on Wednesday between A and B") */
    if (d->vs < subject && d->ve > opener_end && d->vs < verb && !day_opens_clause(x, d, opener_end) &&
        !day_before_when_clause(x, d, subject))
      continue;
    /* "LONG AN, Nov 20 (VNA) – ... signed ... on November 19": the wire's
    ** dateline tells the day of the report, not of the signing */
    if (d->vs < verb && d->vs < s->vs + 96 && wire == FX_NONE) {
      wire = ivl_layout_wire_dateline(x->t, x->a->view.len, s->vs);
      if (wire < s->vs || wire > verb) wire = s->vs;
    }
    if (wire != FX_NONE && d->ve <= wire) {
      if (!dateline) dateline = d;
      continue;
    }
    /* "will establish ties in March next year, after signing a letter on
    ** Monday": the main clause's day, not the signing's */
    if (d->vs < verb && (x->t[verb] == 'a' || x->t[verb] == 'f') && gerund_signing(x, verb)) continue;
    /* "twinned since 2005, and the two sides signed a new agreement on July
    ** 8": a start year is the relation's, not the signing's */
    if ((fx_ends_with(x, d->vs, "since") && !signed_when(x, d, verb)) || date_of_aside(x, s, d, verb) ||
        date_in_later_contrast(x, d, verb))
      continue;
    /* "an agreement for 2026-2030", "for the 2025-2027 period": its term,
    ** not the day it was signed; "to lift trade to $15 billion by 2030",
    ** "until 2030": when what was agreed is to be done; so is its start,
    ** "will source garments from it from 2027", "starting in 2027" */
    static const char *const term[] = {"for",  "for the",  "period",      "by",          "by the end of", "until",
                                       "till", "from",     "starting",    "starting in", "starting from",
                                       "beginning in", NULL};
    if (fx_ends_with_any(x, d->vs, term) || term_ends_after(x, d) || period_named_after(x, s, d)) continue;
    /* "A agreed last week to ..., the province said on Tuesday": the day it
    ** was told, not the day it was agreed */
    static const char *const told[] = {"said on", "said", "says", "announced on", "reported on", "stated on", NULL};
    if (d->vs > verb && (fx_ends_with_any(x, d->vs, told) || told_in_document_on(x, d))) {
      if (!told_day) told_day = d;
      continue;
    }
    if (earlier_signing(x, d, verb)) continue;
    /* "renewed their 2019 memorandum": the year names the deal renewed,
    ** signed first that year, not the day of this signing */
    if (d->vs > verb && fx_starts_with_any(x, d->ve, renewed_deals)) continue;
    /* "agreed to hold a forum in December", "to open a flight from October
    ** 15": a day after the article's is that of what was agreed, not of
    ** the agreeing (a deal told as done is dated on or before its report) */
    if (d->vs > verb && !year_written(x, d) && after_article(x, d->value_s)) continue;
    /* "agreed to take four jets on lease, with the first arriving in the
    ** third quarter of 2027": a quarter or a half of a later year is when
    ** the goods come, not the day of the deal (set qweek43) */
    static const char *const delivery_periods[] = {"quarter of", "half of", NULL};
    if (d->vs > verb && fx_ends_with_any(x, d->vs, delivery_periods) && after_article(x, d->value_s)) continue;
    /* (the term's other end, or its second year: "for 2027 and 2028", two
    ** bare years joined by "and"; not "on May 5 and 6"; set qweek68) */
    int range_end = 0;
    for (size_t j = 0; j < s->n && !range_end; j++)
      range_end = s->m[j].kind == FM_DATE && s->m[j].ve < d->vs && d->vs - s->m[j].ve <= 5 &&
                  (d->vs - s->m[j].ve <= 3 || fx_ends_with(x, d->vs, "and")) &&
                  (!fx_ends_with(x, d->vs, "and") || (bare_year(d) && bare_year(&s->m[j]))) &&
                  fx_ends_with_any(x, s->m[j].vs, term);
    if (range_end) continue;
    size_t dist = d->vs >= verb ? d->vs - verb : verb - d->vs;
    if (date_closes_other_predicate(x, s, d, verb)) {
      other_predicate = d;
      continue;
    }
    if (dist < best_d) best = d, best_d = dist;
  }
  if (!best) best = other_predicate;
  /* "CẦN THƠ, April 3 (VNA) – A and B signed ...": with no day of its
  ** own, the lede's signing is of the wire's day; "A and B have agreed"
  ** tells of one done some day before it */
  static const char *const perfect[] = {"have", "has", NULL};
  if (best) return best;
  if (dateline && !fx_ends_with_any(x, verb, perfect)) return dateline;
  /* "A has inked a deal with B, the two sides said on Wednesday": with no
  ** day of its own, nor a time said relatively ("agreed last week"), the
  ** deal is dated by the day the parties told of it (set qmedia) */
  return told_day && said_by_the_parties(x, told_day) && !relative_time_before(x, verb, told_day->vs) ? told_day
                                                                                                        : NULL;
}

/* "signed an MoU on logistics with A and another on renewable energy with
** B": a second deal by pronoun, each deal's field said before its side
** (set qweek4). */
static int fields_before_sides(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const second[] = {"and another on", "and another in", "and a second on", "and a second in",
                                       NULL};
  size_t at = fx_first(x, from, to, second);
  return at != FX_NONE && fx_find(x, at, at + 56 < to ? at + 56 : to, "with") != FX_NONE;
}

/* "signs with A on a study of ..., and with B on ...": the other side
** said again with its own "with" after a comma, a deal with each (set
** qweek139). Not "an agreement with A and with B", one deal of three. */
static int with_said_again(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const again[] = {"and with", "and also with", NULL};
  for (size_t at = s->vs; (at = fx_first(x, at, s->ve, again)) != FX_NONE; at++)
    if (at >= s->vs + 2 && x->t[at - 2] == ',' && x->t[at - 1] == ' ') return 1;
  return 0;
}

static int plural_deal(const ivl_fctx *x, const ivl_fsent *s) {
  /* (or a second deal said by pronoun: "signed an MoU with A on ..., and
  ** another with B on ...", "and a second with", "and one with") */
  static const char *const words[] = {"agreements", "memoranda", "memorandums", "mous", "deals", "contracts",
                                      "letters of intent",
                                      "another with", "a second with", "a third with", "and one with", NULL};
  return fx_any(x, s->vs, s->ve, words) || fields_before_sides(x, s->vs, s->ve) || with_said_again(x, s);
}

/* "Việt Nam's Ministry of Science and Technology and Israel's Ministry of
** Innovation, Science and Technology signed": two governments' ministries
** sign for their countries, whose codes are the parties. A ministry beside
** an agency or a firm keeps its own name (qbank-06: JICA and "Việt Nam's
** Ministry of Finance"), as does one no country's possessive owns. */
static void ministries_as_countries(const ivl_fctx *x, const ivl_fsent *s, parties *ps) {
  const ivl_fm *country[2];
  if (ps->n != 2) return;
  for (size_t i = 0; i < 2; i++) {
    const ivl_fm *m = ps->m[i];
    if (!m || m->kind != FM_ORG || !m->party || strncmp(m->party, "Ministry of ", 12) != 0) return;
    country[i] = owning_country(x, s, m);
    if (!country[i] || !country[i]->party) return;
  }
  if (strcmp(country[0]->party, country[1]->party) == 0) return;
  for (size_t i = 0; i < 2; i++) ps->name[i] = country[i]->party, ps->m[i] = country[i];
}

/* Are the bytes of [from, to) only spaces, commas and "and" (what joins
** the members of a list)? */
static int list_joiners_only(const ivl_fctx *x, size_t from, size_t to) {
  for (size_t p = from; p < to; p++) {
    if (x->t[p] == ' ' || x->t[p] == ',') continue;
    if (p + 3 <= to && memcmp(x->t + p, "and", 3) == 0) {
      p += 2;
      continue;
    }
    return 0;
  }
  return 1;
}

/* "signed memoranda with A and B on Thursday and Friday respectively": the
** days listed right before "respectively", one for each deal, go with the
** deals in order. The k-th of n deals' day; else 'date', the sentence's. */
static const ivl_fm *day_respectively(const ivl_fctx *x, const ivl_fsent *s, size_t k, size_t n,
                                      const ivl_fm *date) {
  size_t resp = date ? fx_find(x, date->ve, s->ve, "respectively") : FX_NONE;
  if (resp == FX_NONE) return date;
  const ivl_fm *days[8];
  size_t nd = 0, last = FX_NONE;
  for (size_t i = 0; i < s->n && s->m[i].ve <= resp; i++) {
    const ivl_fm *d = &s->m[i];
    if (d->kind != FM_DATE || !d->value_s || d->vs < date->vs) continue;
    if (nd == 8 || (last != FX_NONE && !list_joiners_only(x, last, d->vs))) return date;
    days[nd++] = d, last = d->ve;
  }
  return nd == n && list_joiners_only(x, last, resp) ? days[k] : date;
}

static void store_agreement(ivl_fctx *x, const ivl_fsent *s, const parties *signed_by, const ivl_fm *date,
                            size_t from, size_t to) {
  if (!fx_begin(x, s, IVL_SYM_AGREEMENT)) return;
  x->frame = "agree.signed";
  parties sides = *signed_by, *ps = &sides;
  ministries_as_countries(x, s, ps);
  store_parties(x, ps);
  note_firm_pair(x, s, ps);
  note_firm_with_province(x, s, ps);
  /* "During the visit, A and B signed a code-share deal": firms signing
  ** at a meeting of leaders; "the two sides" told after it are still the
  ** meeting's */
  static const char *const asides[] = {
    "on the sidelines", "during the visit", "during the trip", "on the occasion", "on this occasion",
    "witnessed by", "in the presence of", "during the talks", "following the talks", "after the talks", NULL};
  x->c.pair_aside = ps->n == 2 && ps->m[0] && ps->m[1] && ps->m[0]->kind == FM_ORG && ps->m[1]->kind == FM_ORG &&
                    fx_any(x, s->vs, s->ve, asides);
  if (date) {
    fx_str(x, IVL_SYM_DATE, date->value_s);
    fx_ref(x, date);
    if (date->value_s && strlen(date->value_s) == 10) x->c.signing_day = date;
  }
  store_sectors(x, s, from, to);
  fx_end(x);
}

/* "X said on Tuesday it plans to invest $575 million in a factory. The
** company signed a technology transfer agreement with Y at the same
** event.": the firm just told of, by its noun, at the event of the day told
** with it in the sentence before, not at a signing told earlier (set
** qweek24; occasion_day gives that day). */
static int event_of_firm_just_told(const ivl_fctx *x, const ivl_fsent *s, size_t vs) {
  const ivl_fsent *b = &x->c.before;
  const ivl_fm *d = x->c.last_day, *sd = x->c.signing_day;
  return d && sd && d->vs > sd->ve && s->index && b->index + 1 == s->index && d->vs >= b->vs && d->ve <= b->ve &&
         fx_starts_with(x, vs, "the") && fx_starts_with_any(x, vs + 4, firm_nouns);
}

/* "On the same occasion, C and D signed ...", "C also signed a memorandum
** with D at the same event": the signing told before, whose day it takes,
** whatever was said since (qwood; said after the verb, qalias); not a
** statement's day ("said on Thursday"), no occasion of its own. */
static int signing_told_before(const ivl_fctx *x, const ivl_fsent *s, size_t verb) {
  static const char *const same_event[] = {"on the same occasion", "at the same ceremony", "at the same event", NULL};
  size_t vs = s->vs;
  while (vs < s->ve && x->t[vs] == ' ') vs++;
  if (event_of_firm_just_told(x, s, vs)) return 0;
  return x->c.signing_day && (fx_starts_with_any(x, vs, same_event) || fx_any(x, verb, s->ve, same_event));
}

/* "Within the framework of the conference, A and B signed", "In the
** framework of the forum, ...", "Immediately after that, the committee and X
** signed": a portal's opening on an event held on a day, or on the deed
** just told, as "At the conference, ..." opens (set qweek29); not the
** framework of a visit or a programme, which may last days. */
static int framework_of_event(const ivl_fctx *x, size_t vs) {
  static const char *const framework[] = {"within the framework of the", "in the framework of the",
                                          "under the framework of the", NULL};
  static const char *const events[] = {"conference,", "forum,", "ceremony,", "event,", "seminar,",
                                       "workshop,", "meeting,", "dialogue,", NULL};
  static const char *const right_after[] = {"immediately after that,", "right after that,", "shortly after that,",
                                            "immediately afterwards,", "immediately after the ceremony,", NULL};
  if (fx_starts_with_any(x, vs, right_after)) return 1;
  if (!fx_starts_with_any(x, vs, framework)) return 0;
  size_t p = vs;
  for (int w = 5; w > 0; w--) { /* past "within the framework of the" */
    while (p < x->a->view.len && x->t[p] != ' ') p++;
    while (p < x->a->view.len && x->t[p] == ' ') p++;
  }
  /* the event's noun, or an adjective
  ** and it ("the investment promotion conference,") */
  for (int w = 0; w < 4 && p < x->a->view.len; w++) {
    if (fx_starts_with_any(x, p, events)) return 1;
    if (x->t[p] < 'a' || x->t[p] > 'z') return 0;
    while (p < x->a->view.len && x->t[p] != ' ' && x->t[p] != ',') p++;
    if (x->t[p] == ',') return 0;
    while (p < x->a->view.len && x->t[p] == ' ') p++;
  }
  return 0;
}

/* "At the seminar, A and B signed ...", "At the reception, ...", "During
** the trip, ...", "On the same occasion, ...", "Also at the conference,
** ...": the sentence opens with an event named before, by a few lower-case
** words and a comma. 2 for one held at a place on a day ("At the ...",
** "Following the talks", "On the sidelines of the forum");
** 1 for one that may last days ("During the trip"); else 0. */
static int opens_with_occasion(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const openers[] = {"at the", "during the", "on the", "on this", NULL};
  static const char *const named[] = {
    "at the seminar", "at the ceremony", "at the event", "at the meeting",
    "at the forum", "at the conference", "at the talks", "during the visit", "on the occasion", NULL};
  /* "Following the talks, the two sides exchanged 11 documents": what
  ** came out of a meeting held on a day, that day */
  static const char *const after_meeting[] = {
    "following the talks,", "following their talks,", "after the talks,", "after their talks,",
    "following the meeting,", "after the meeting,", NULL};
  /* "On the sidelines of the forum, A and B signed": beside an event held
  ** on a day, that day (not a summit's or a fair's, which may last days) */
  static const char *const beside_meeting[] = {
    "on the sidelines of the forum", "on the sidelines of the seminar", "on the sidelines of the conference",
    "on the sidelines of the meeting", "on the sidelines of the workshop", "on the sidelines of the event",
    "on the sidelines of the ceremony", NULL};
  size_t vs = s->vs;
  while (vs < s->ve && x->t[vs] == ' ') vs++;
  if (fx_starts_with(x, vs, "also")) vs += 4;
  while (vs < s->ve && x->t[vs] == ' ') vs++;
  /* "Also signed at the forum was an MoU between A and B": the inverted
  ** passive opens on the event as "At the forum, ..." does */
  if (fx_starts_with(x, vs, "signed at the")) vs += 6;
  if (fx_starts_with_any(x, vs, after_meeting) || fx_starts_with_any(x, vs, beside_meeting) ||
      framework_of_event(x, vs))
    return 2;
  if (!fx_starts_with_any(x, vs, openers)) return 0;
  /* "On the opening day, A and B signed": one day of an event of several,
  ** not the day said for the event (its close, its run) */
  static const char *const day_of_event[] = {"on the opening day", "on the first day", "on the second day",
                                             "on the third day", "on the closing day", "on the final day",
                                             "on the last day", NULL};
  if (fx_starts_with_any(x, vs, day_of_event)) return 0;
  int held = fx_starts_with(x, vs, "at") ? 2 : 1;
  /* "On the same occasion, A and B signed": the occasion already told is
  ** one held on its day, as "at the same ceremony" is (qasia: not the year
  ** of a clause told since, "which opened its office in 2019"). Only this
  ** one of fx_occasion_told: "On this occasion," is read below, as one
  ** that may last days. */
  if (fx_starts_with(x, vs, "on the same occasion")) return 2;
  /* "On the occasion, the provincial People's Committee and X signed": a
  ** wire's (VNA's) bare "On the occasion," is the ceremony just told, on
  ** its day too, not a year said since of works to come ("when they
  ** begin operation in 2028"); not "On the occasion of the visit", an
  ** occasion named, which is read as the others are */
  if (fx_starts_with(x, vs, "on the occasion,")) return 2;
  if (fx_starts_with_any(x, vs, named)) return held;
  size_t to = vs + 48 < s->ve ? vs + 48 : s->ve;
  size_t comma = vs;
  while (comma < to && x->t[comma] != ',') comma++;
  if (comma == to) return 0;
  /* past the opener's first word, lower-case words only ("At the signing
  ** ceremony"), not a name ("At the Việt Nam-Japan forum in Tokyo") */
  size_t p = vs;
  while (p < comma && x->t[p] != ' ') p++;
  return fx_lower_words(x, p, comma) ? held : 0;
}

/* "A and B signed a memorandum on logistics at the forum.", "... under an
** agreement it signed with B at the forum.": the event held on a day
** closes the signing's clause (a full stop or a comma right after it), as
** "At the forum, ..." opens on it; not "at the forum in 2019", "at the
** forum's close", "at the forum held last year". */
static int occasion_closes_clause(const ivl_fctx *x, size_t verb, size_t end, const char *const *held_at) {
  size_t p = fx_last(x, verb, end, held_at);
  if (p == FX_NONE) return 0;
  for (int w = 0; w < 3; w++) { /* past "at the <event>" */
    while (p < end && x->t[p] == ' ') p++;
    /* ("at the same event": one word more, the event told before) */
    if (w == 2 && fx_starts_with(x, p, "same")) {
      p += 4;
      while (p < end && x->t[p] == ' ') p++;
    }
    while (p < end && x->t[p] != ' ' && x->t[p] != '.' && x->t[p] != ',') p++;
  }
  /* (or a purpose said after it: "signed a memorandum with JETRO at the
  ** ceremony to promote investment", set qweek12; not "at the meeting to
  ** be held next month", a meeting to come) */
  if (p + 4 < end && x->t[p] == ' ' && fx_starts_with(x, p + 1, "to") && !fx_starts_with(x, p + 1, "to be"))
    return 1;
  /* (or the deal's subject after it: "signed a memorandum with the
  ** municipal People's Committee at the ceremony on cooperation in port
  ** logistics", set qweek46; not "on the" nor a day, "on Monday") */
  if (p + 4 < end && x->t[p] == ' ' && fx_starts_with(x, p + 1, "on") && x->t[p + 3] == ' ' &&
      ivl_islower((unsigned char)x->t[p + 4]) && !fx_starts_with(x, p + 4, "the"))
    return 1;
  return p >= end || x->t[p] == '.' || x->t[p] == ',';
}

/* "Đà Nẵng and Sakai agreed at the forum to expand exchanges", "A and B
** signed at the ceremony a deal to ...": the event held on a day said
** right after the signing's verb, as "At the forum, ..." opens on it; or,
** when other words follow the verb, closing its clause
** (occasion_closes_clause). */
static int occasion_after_verb(const ivl_fctx *x, size_t verb, size_t end) {
  static const char *const held_at[] = {
    "at the forum", "at the conference", "at the ceremony", "at the event", "at the meeting",
    "at the talks", "at the seminar", "at the workshop",
    /* (a works' opening or launch told before, held on its day: "Veloxa
    ** opened a design centre on Wednesday ... signed a memorandum with X
    ** at the opening to ...", set qweek20) */
    "at the opening", "at the inauguration", "at the launch",
    /* (the same event told before with no signing, whose day it is: "X
    ** received a licence on Tuesday ... X signed a memorandum with Y at
    ** the same event to ...", set qweek42; a signing told before gives
    ** its own day first, signing_told_before) */
    "at the same event", "at the same ceremony", "at the same forum", "at the same conference", NULL};
  /* (not another meeting told by its own time: "at the meeting held last
  ** year", "at the forum in 2019", "at the talks earlier this month") */
  static const char *const another[] = {"held", "last", "earlier", "in", "of", NULL};
  size_t p = verb;
  while (p < end && ivl_isalpha((unsigned char)x->t[p])) p++;
  while (p < end && x->t[p] == ' ') p++;
  if (p < end && !fx_starts_with_any(x, p, held_at)) return occasion_closes_clause(x, verb, end, held_at);
  if (p >= end) return 0;
  while (p < end && x->t[p] != ' ') p++; /* past "at the <event>" */
  for (int w = 0; w < 2; w++) {
    p++;
    while (p < end && x->t[p] != ' ') p++;
  }
  return !fx_starts_with_any(x, p + 1 < end ? p + 1 : end, another);
}

/* "... signed 23 MoUs on Wednesday. Among them, A and B signed ...": one
** of the signings just counted, on their day (qdefence); not "Among them"
** after a sentence that counts no signing. */
static int one_of_signings_counted(const ivl_fctx *x, const ivl_fsent *s) {
  /* (or by what they are: "Among the MoUs, A signed with B") */
  static const char *const one_of_them[] = {"among them,", "among these,", "among those,", "among the mous,",
                                            "among the memoranda,", "among the agreements,", "among the deals,",
                                            "among the documents,", NULL};
  static const char *const signings[] = {"signed", "inked", "memorand*", "mous", "deals", "agreements", NULL};
  return fx_starts_with_any(x, s->vs, one_of_them) && fx_any(x, s->vs > 240 ? s->vs - 240 : 0, s->vs, signings);
}

/* Does the sentence say "at the forum" of the event told before with its
** own day (x->c.event_word)? */
static int held_at_told_event(const ivl_fctx *x, const ivl_fsent *s) {
  char at[32];
  snprintf(at, sizeof at, "at the %s", x->c.event_word);
  return fx_find(x, s->vs, s->ve, at) != FX_NONE;
}

/* "On the same day as the approval, A and B signed ...": the day of the
** event the sentence names, told before in a sentence with a word of that
** stem ("approved the investment policy on Thursday"), not the last day
** said since ("said on Friday", set qweek43); NULL when no such day. */
static const ivl_fm *day_of_event_named(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const same_day_as[] = {"on the same day as the", "the same day as the", NULL};
  size_t p = s->vs;
  while (p < s->ve && x->t[p] == ' ') p++;
  if (!fx_starts_with_any(x, p, same_day_as)) return NULL;
  p += fx_starts_with(x, p, "on") ? 22 : 19;
  while (p < s->ve && x->t[p] == ' ') p++;
  size_t w = p;
  while (w < s->ve && x->t[w] >= 'a' && x->t[w] <= 'z') w++;
  /* (the noun's stem: "appro" of "approval", "approved"; "sign" of "signing") */
  size_t stem = w - p > 6 ? w - p - 3 : w - p;
  if (stem < 4) return NULL;
  for (size_t i = fx_mention_from(x, s->vs); i-- > 0;) {
    const ivl_fm *d = &x->m[i];
    if (d->kind != FM_DATE || !d->value_s || strlen(d->value_s) != 10) continue;
    size_t from = d->vs > 300 ? d->vs - 300 : 0, to = d->ve + 300 < s->vs ? d->ve + 300 : s->vs;
    for (size_t k = from; k + stem <= to; k++)
      if (strncasecmp(x->t + k, x->t + p, stem) == 0 && (k == 0 || !ivl_isalpha((unsigned char)x->t[k - 1])) &&
          one_sentence(x, k < d->vs ? k : d->ve, k < d->vs ? d->vs : k))
        return d;
  }
  return NULL;
}

/* The day of the event a sentence opens on (opens_with_occasion), or that
** its signing's verb is followed by (occasion_after_verb), when a full day
** was said for it; else NULL. */
static const ivl_fm *occasion_day(const ivl_fctx *x, const ivl_fsent *s, size_t verb) {
  int occasion = one_of_signings_counted(x, s) ? 2 : opens_with_occasion(x, s);
  if (!occasion && occasion_after_verb(x, verb, s->ve)) occasion = 2;
  /* (a merger's day said last is no occasion: the last day said before it) */
  const ivl_fm *said = occasion == 2 || (occasion && x->c.last_date_merger) ? x->c.last_day
                       : occasion                                            ? x->c.last_date
                                                                             : NULL;
  /* (the forum told with its own day before, held that day: not the day
  ** of a filing said since, "said in a bourse filing on Friday", set
  ** qweek56) */
  if (occasion && said && x->c.event_day && said != x->c.event_day && held_at_told_event(x, s)) said = x->c.event_day;
  return said && said->value_s && strlen(said->value_s) == 10 ? said : NULL;
}

/* Is 'name' the party 'full', or its first words ("Formosa" of "Formosa
** Ha Tinh Steel Corporation")? */
static int short_of(const char *name, const char *full) {
  size_t n = strlen(name);
  return strncmp(name, full, n) == 0 && (full[n] == '\0' || full[n] == ' ');
}

/* "President of Hyundai Motor Asia" signing the MoU of "Hyundai Motor
** Company": the signatory's body is the party's arm, the same first word
** of three letters or more. */
static int same_first_word(const char *name, const char *full) {
  size_t n = strcspn(name, " ");
  return n >= 3 && name[n] == ' ' && strncmp(name, full, n + 1) == 0;
}

/* "Chairman X and Formosa General Director Y signed the MoU", "... signed
** on behalf of the two sides": the signing of the pair's agreement said
** before, told again by its signatories (the parties by their short names,
** no day of its own). */
static int signing_retold(const ivl_fctx *x, const ivl_fsent *s, const parties *ps, const ivl_fm *date,
                          size_t verb) {
  static const char *const retold[] = {
    "the mou", "the memorandum", "the agreement", "the deal", "the document", "the documents",
    "on behalf of", NULL};
  /* (or the deal named before its participle: "X will hold 60 percent and Y
  ** the rest, according to the agreement signed at a ceremony in Z", set
  ** qweek4) */
  static const char *const deal_signed[] = {"the mou", "the memorandum", "the agreement", "the deal",
                                            "the contract", "the memorandum of understanding", NULL};
  if (date || ps->n != 2 || !x->c.pair[0] ||
      !(fx_starts_with_any(x, verb + 6, retold) || fx_ends_with_any(x, verb, deal_signed)))
    return 0;
  for (size_t i = 0; i < 2; i++)
    if (!short_of(ps->name[i], x->c.pair[0]) && !short_of(ps->name[i], x->c.pair[1]) &&
        !same_first_word(ps->name[i], x->c.pair[0]) && !same_first_word(ps->name[i], x->c.pair[1]))
      return 0;
  (void)s;
  return 1;
}

/* "X has signed land lease agreements with three foreign manufacturers ...
** The largest deal, signed on Tuesday with Y, covers 15 hectares", "The
** third tenant, Z, signed a lease for a ready-built factory": one of the
** leases told in the plural before (leases_signed keeps that sentence no
** deal), its tenant alone named, is a deal with the firm that signed them
** all (set qweek27). That firm: the last company named before "signed"
** in the last sentence before s (1,500 bytes at most) where "signed" is
** followed by leases in the plural; NULL when none. */
static const ivl_fm *lessor_told_before(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const leases[] = {"land lease agreements", "lease agreements", "land leases", "leases",
                                       "land lease contracts", "lease contracts", NULL};
  size_t back = s->vs > 1500 ? s->vs - 1500 : 0;
  size_t at = fx_find_last(x, back, s->vs, "signed");
  while (at != FX_NONE) {
    size_t end = at + 6;
    while (end < s->vs && x->t[end] == ' ') end++;
    if (fx_starts_with_any(x, end, leases)) break;
    at = at > back ? fx_find_last(x, back, at, "signed") : FX_NONE;
  }
  if (at == FX_NONE) return NULL;
  const ivl_fm *firm = NULL;
  for (size_t i = fx_mention_from(x, at > 200 ? at - 200 : 0); i < x->nm && x->m[i].ve <= at; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind == FM_ORG && (m->flags & FM_COMPANY) && m->party && one_sentence(x, m->ve, at)) firm = m;
  }
  return firm;
}

/* Is sentence s one lease of those (a "lease", "deal" or "tenant" word in
** it), its tenant the one party found? Then the lessor is the other. */
static void lessor_of_lease(const ivl_fctx *x, const ivl_fsent *s, parties *ps) {
  static const char *const lease_words[] = {"lease", "deal", "tenant", NULL};
  if (ps->n != 1 || !ps->m[0] || ps->m[0]->kind != FM_ORG || !fx_any(x, s->vs, s->ve, lease_words)) return;
  const ivl_fm *lessor = lessor_told_before(x, s);
  if (lessor && !same_firm(lessor->party, ps->name[0])) add_party(ps, lessor->party, lessor);
}

/* "The agreement was signed in Tokyo on Thursday", "The MoU was reached at
** a meeting in Perth on July 7", "Under the agreement signed on November
** 25, ...": the deal just told, its day told now with no party named. It
** is the pair's deal of that day (settle keeps one of the two). 1 when
** stored. */
static int deal_retold(ivl_fctx *x, const ivl_fsent *s, size_t from, size_t verb, parties *ps) {
  static const char *const deals[] = {
    "the agreement", "the agreements", "the deal", "the deals", "the mou", "the mous", "the memorandum",
    "the letter", "the document", "the documents", "the pact", "the contract", "the accord", NULL};
  /* "The signing took place on Wednesday at the firm's headquarters" */
  int the_signing = fx_starts_with(x, verb, "signing") && fx_ends_with(x, verb, "the");
  if (ps->n || !x->c.pair[0] || !(the_signing || fx_any(x, from, verb, deals))) return 0;
  const ivl_fm *date = agreement_date(x, s, verb, from, from, s->ve);
  if (!date) return 0;
  parties pair = {{x->c.pair[0], x->c.pair[1]}, {NULL, NULL}, 2};
  store_agreement(x, s, &pair, date, from, from); /* no sectors: the deal's are the first telling's */
  return 1;
}

/* "The document was inked by Deputy Minister A and DAPA Minister B", "The
** agreement was signed in Vientiane by ...": the deal just told, opening
** the sentence by "the" and its noun, its signing told again with its
** signers after "by"; "Deputy Minister A and Ambassador B signed the
** extension in Hà Nội": the same, its signers officials standing for
** their countries alone. One signing is one fact (set qdefence, qteam):
** a deal told before in the article (its pair), else this is the first
** telling and stays. */
static int signers_retell(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t verb, const parties *ps) {
  static const char *const the_deal[] = {
    "the agreement", "the deal", "the mou", "the memorandum", "the document", "the pact", "the accord",
    "the contract", "the extension", "the letter", NULL};
  static const char *const passive[] = {"was", "were", NULL};
  if (!x->c.pair[0] || ps->n < 2) return 0;
  size_t vs = s->vs;
  while (vs < s->ve && x->t[vs] == ' ') vs++;
  if (from == vs && fx_starts_with_any(x, vs, the_deal) && fx_ends_with_any(x, verb, passive))
    return fx_find(x, verb, s->ve, "by") != FX_NONE;
  size_t obj = verb;
  while (obj < s->ve && x->t[obj] != ' ') obj++;
  if (!fx_starts_with_any(x, obj, the_deal)) return 0;
  for (size_t i = 0; i < ps->n; i++) /* ("VN": the official named by title alone) */
    if (ps->m[i] ? ps->m[i]->kind != FM_COUNTRY : strcmp(ps->name[i], "VN") != 0) return 0;
  return 1;
}

/* "Deputy Minister of Planning and Investment A and Japan's Vice Minister
** B signed", "Finance Minister A and South Korean Deputy Prime Minister B
** signed": beside the foreign country's official, an official named by
** title alone is Việt Nam's (the title before the country, or a second one
** after the country's own). */
static int vn_official_beside(const ivl_fctx *x, size_t from, size_t verb, const ivl_fm *country) {
  if (country->vs < from || country->ve > verb) return 0;
  if (fx_any(x, from, country->vs, official_titles)) return 1;
  size_t own = fx_first(x, country->ve, verb, official_titles);
  return own != FX_NONE && fx_any(x, own + 8, verb, official_titles);
}

/* "The two leaders witnessed the exchange of 12 documents between
** ministries, localities and businesses of the two countries": documents
** between sides not named, the leaders who watched no signers of them. */
static int watched_between_unnamed(const ivl_fctx *x, size_t verb, size_t to) {
  static const char *const watching[] = {"witnessed", "witness", "witnessing", NULL};
  static const char *const unnamed[] = {
    "ministries", "agencies", "localities", "businesses", "enterprises", "firms", "companies",
    "organisations", "organizations", "departments", NULL};
  if (!fx_starts_with_any(x, verb, watching)) return 0;
  size_t b = fx_find(x, verb, verb + 90 < to ? verb + 90 : to, "between");
  if (b == FX_NONE) return 0;
  size_t w = b + 7;
  while (w < to && x->t[w] == ' ') w++;
  if (fx_starts_with(x, w, "the")) w += 3;
  while (w < to && x->t[w] == ' ') w++;
  return fx_starts_with_any(x, w, unnamed);
}

/* "but no agreement was signed", "the sides have not yet signed", "has
** yet to sign": a signing denied. */
static int signing_denied(const ivl_fctx *x, size_t verb) {
  static const char *const denied[] = {
    "no agreement was", "no agreements were", "no deal was", "no deals were", "no mou was", "no mous were",
    "no memorandum was", "no document was", "no documents were", "not", "not yet", "never", "yet to", NULL};
  if (fx_ends_with_any(x, verb, denied)) return 1;
  /* "no loan agreement has been signed yet", "no contract has yet been
  ** signed": a "no" before the deal's own words and auxiliaries only */
  static const char *const between[] = {"loan", "financing", "credit", "grant", "formal", "final", "official",
    "agreement", "agreements", "contract", "contracts", "deal", "deals", "accord", "mou", "memorandum",
    "has", "have", "had", "was", "were", "is", "are", "been", "being", "yet", "so", "far", NULL};
  size_t at = verb;
  for (int k = 0; k < 7; k++) {
    while (at > 0 && x->t[at - 1] == ' ') at--;
    size_t b = at;
    while (b > 0 && ivl_isalpha((unsigned char)x->t[b - 1])) b--;
    if (b == at) return 0;
    if (at - b == 2 && fx_starts_with(x, b, "no")) return k > 0;
    if (!fx_starts_with_any(x, b, between)) return 0;
    at = b;
  }
  return 0;
}

/* "Under an agreement signed in Tokyo on Thursday, JICA will lend Việt
** Nam 30 billion yen": a deal signed in an opening "Under ..." clause that
** names no party is between the main clause's subject and the party right
** after its verb (one lower-case word or two between: "will lend",
** "will provide"); not a deal that is only the ground of the act ("Under
** the agreement, JICA will ...": no signing said). */
static void signed_for_main_clause(const ivl_fctx *x, const ivl_fsent *s, size_t verb, size_t to, parties *ps) {
  if (!fx_starts_with(x, s->vs, "under")) return;
  size_t c = verb;
  while (c < to && x->t[c] != ',') c++;
  while (c < to && (x->t[c] == ',' || x->t[c] == ' ')) c++;
  const ivl_fm *subject = NULL, *object = NULL;
  for (size_t i = 0; i < s->n && !object; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < c || m->ve > to || !party_name(x, s, m)) continue;
    if (!subject) {
      /* the subject opens the main clause ("the World Bank will provide") */
      if (m->vs > c && !(m->vs <= c + 4 && fx_starts_with(x, c, "the"))) return;
      subject = m;
    } else {
      size_t gap = m->vs - subject->ve;
      /* "Kaiyo will buy fish directly from the X Cooperative": the seller
      ** after "from", a few more words on (an offtake deal) */
      static const char *const from[] = {"from", "from the", NULL};
      size_t most = fx_ends_with_any(x, m->vs, from) ? 48 : 24;
      if (gap < 3 || gap > most || !fx_lower_words(x, subject->ve, m->vs)) return;
      object = m;
    }
  }
  if (!object) return;
  add_party(ps, party_name(x, s, subject), subject);
  add_party(ps, party_name(x, s, object), object);
}

/* "In October we signed an MoU with X", "Last month we reached an
** agreement with Y": in an interview's answer "we" signs for the company
** the speech is the voice of (inv_speakers_company), before the one other
** side named. */
static void first_person_signs(const ivl_fctx *x, const ivl_fsent *s, size_t verb, parties *ps) {
  static const char *const we[] = {"we", "we have", "we also", "we have also", "we recently", NULL};
  if (ps->n != 1 || ps->n >= MAX_PARTIES || !fx_ends_with_any(x, verb, we)) return;
  const ivl_fm *firm = inv_speakers_company(x, s);
  if (!firm || strcmp(firm->party, ps->name[0]) == 0) return;
  memmove(ps->name + 1, ps->name, sizeof *ps->name);
  memmove(ps->m + 1, ps->m, sizeof *ps->m);
  ps->name[0] = firm->party, ps->m[0] = firm, ps->n = 2;
}

/* "X and the management board of Hải Phòng's economic zones signed", "...
** with the management board of Bắc Ninh's industrial parks": a province's
** body told in lower case with the province's possessive signs as the
** province (a city's authority signing is the city, qrail; qvisit). */
static void province_bodies(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to, parties *ps) {
  static const char *const bodies[] = {"management board of", "management boards of", "authority of",
                                       "authorities of", "department of", NULL};
  for (size_t i = fx_mentions_from(s->m, s->n, from); i < s->n && s->m[i].ve <= to; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_PLACE && (m->flags & FM_VN) && m->province && possessive_after(x, m) &&
        fx_ends_with_any(x, m->vs, bodies))
      add_party(ps, m->party, m);
  }
}

#define SIGNED_AFTER_AND 24 /* "and in September signed": a time's words before the verb */

/* Does ", and" at 'p' go on to the same subject's signing ("X has run a
** joint internship programme with Y since 2016, and in September signed a
** memorandum with Z", set qweek120): a predicate of its own, its verb
** (LEX_AGREEING) close after "and" with at most a time's words between,
** no comma? Not a list's ", and C" (no verb). */
static int and_then_signed(const ivl_fctx *x, const ivl_fsent *s, size_t p) {
  while (p < s->ve && x->t[p] == ' ') p++;
  if (!fx_starts_with(x, p, "and")) return 0;
  size_t lim = p + SIGNED_AFTER_AND < s->ve ? p + SIGNED_AFTER_AND : s->ve;
  size_t verb = fx_first(x, p + 3, lim, ivl_lexicon(LEX_AGREEING));
  return verb != FX_NONE && !memchr(x->t + p, ',', verb - p);
}

/* "On Monday, Quảng Ngãi licensed Japan's X for a feed plant, and signed
** an MoU with Korea's Y": one subject with two verbs, ", and" right before
** the signing's; what the first verb acts on (X) signs nothing, so the
** subject ends at that verb (qneg). A time may stand between "and" and
** the signing, the first verb be a perfect's ("X has run a programme with
** Y since 2016, and in September signed an MoU with Z", and_then_signed;
** set qweek120). 'verb' when there is no such verb before, or it is in an
** aside on the subject ("A, which opened ..."). */
static size_t shared_subject_end(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t verb) {
  static const char *const and_also[] = {"and", "and also", NULL};
  static const char *const asides[] = {"which", "who", "whose", "that", NULL};
  static const char *const perfect[] = {"has", "have", NULL};
  size_t and_at = fx_find_last(x, from, verb, "and");
  if (and_at == FX_NONE || and_at < from + 2 || x->t[and_at - 2] != ',') return verb;
  int timed = !fx_ends_with_any(x, verb, and_also);
  if (timed && !(verb - and_at <= SIGNED_AFTER_AND && and_then_signed(x, s, and_at))) return verb;
  size_t first = fx_mentions_from(s->m, s->n, from);
  if (first >= s->n || s->m[first].ve >= and_at) return verb;
  for (size_t w = s->m[first].ve + 1; w + 4 < and_at; w++) {
    if (x->t[w - 1] != ' ' || !ivl_islower((unsigned char)x->t[w])) continue;
    size_t e = w;
    while (e < and_at && ivl_isalpha((unsigned char)x->t[e])) e++;
    if ((e - w > 4 && x->t[e - 2] == 'e' && x->t[e - 1] == 'd' && x->t[e] == ' ') ||
        (timed && fx_starts_with_any(x, w, perfect) && x->t[e] == ' '))
      return fx_any(x, s->m[first].ve, w, asides) ? verb : w;
  }
  return verb;
}

static const char *const listed_deals[] = {"memorand*", "mou", "mous", "agreement", "agreements", "deal",
                                           "deals", "contract", "contracts", "programme", "program", NULL};

/* "witnessed the signing of five agreements, including an MoU between A
** and B on tourism and an agreement between C and D on code sharing": two
** "between"s or more after the verb, each after a deal word of its own
** since the one before, list deals each of its own pair (set qweek19). */
static int each_between_own_deal(const ivl_fctx *x, size_t verb, size_t to) {
  size_t prev = verb, n = 0;
  for (size_t at = fx_find(x, verb, to, "between"); at != FX_NONE; at = fx_find(x, at + 7, to, "between")) {
    if (fx_first(x, prev, at, listed_deals) == FX_NONE) return 0;
    prev = at + 7, n++;
  }
  return n >= 2;
}

/* Where the deal that "between" at 'at' is said of begins: its last deal
** word after 'prev' (the "between" before it, or the verb), else 'at'. */
static size_t deal_of_between(const ivl_fctx *x, size_t prev, size_t at) {
  size_t deal = fx_last(x, prev, at, listed_deals);
  return deal != FX_NONE ? deal : at;
}

/* The firm named on the goods a count counts, right after its number
** ("50 Boeing 737 MAX jets", "10 Airbus A321neo jets"): their maker, NULL
** when the count names none. */
static const ivl_fm *maker_in_count(const ivl_fsent *s, const ivl_fm *c) {
  for (size_t j = 0; j < s->n; j++) {
    const ivl_fm *m = &s->m[j];
    if (m->kind == FM_ORG && m->vs > c->vs && m->ve <= c->ve && m->party) return m;
  }
  return NULL;
}

/* "Vietnam Airlines signed a deal for 50 Boeing 737 MAX jets", "an order
** for 12 Embraer E2 jets": the maker named on the goods that a deal is
** for, counted right after "for", sells them and is the deal's other side
** (set qweek43; not "a deal for 50 jets", no maker named, nor "a deal with
** Avolon for ten Airbus jets": the other side is named). */
static const ivl_fm *maker_of_goods_bought(const ivl_fctx *x, const ivl_fsent *s, size_t verb, size_t to) {
  static const char *const deals[] = {"deal", "order", "contract", "agreement", NULL};
  size_t f = fx_find(x, verb, verb + 48 < to ? verb + 48 : to, "for");
  if (f == FX_NONE || !fx_any(x, verb, f, deals) || fx_find(x, verb, f, "with") != FX_NONE) return NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *c = &s->m[i];
    if (c->kind == FM_COUNT && c->vs > f && c->vs <= f + 12 && c->ve <= to) return maker_in_count(s, c);
  }
  return NULL;
}

/* The airline named last before 'at' (a name with "Air", "Airlines" or
** "Airways" as a word) other than 'not', or NULL. */
static const ivl_fm *airline_named_before(const ivl_fctx *x, size_t at, const char *not) {
  static const char *const words[] = {"Air", "Airlines", "Airways", NULL};
  for (size_t i = fx_mention_from(x, at); i-- > 0;) {
    const ivl_fm *m = &x->m[i];
    if (m->kind != FM_ORG || !m->party || (not && same_firm(m->party, not))) continue;
    for (int k = 0; words[k]; k++) {
      const char *w = strstr(m->party, words[k]);
      size_t n = strlen(words[k]);
      if (w && (w == m->party || w[-1] == ' ') && (w[n] == '\0' || w[n] == ' ')) return m;
    }
  }
  return NULL;
}

/* "Orchid will also lease 10 A321neo jets to the airline under an
** agreement signed on Thursday", "... lease eight jets to Vega Air": the
** lessor signs with the firm it leases to, named after the "to" that
** follows "lease" in the clause, or "the airline"/"the carrier" named
** before (set qweek43). */
static void lessee_after_to(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t end, parties *ps) {
  static const char *const leases[] = {"lease", "leases", "sublease", NULL};
  static const char *const carriers[] = {"the airline", "the carrier", NULL};
  /* ("the airline" read as the company spoken of, the lessor again) */
  if (ps->n == 2 && same_firm(ps->name[0], ps->name[1])) ps->n = 1;
  if (ps->n != 1) return;
  size_t at = fx_first(x, from, end, leases);
  if (at == FX_NONE) return;
  size_t to = fx_find(x, at, at + 64 < end ? at + 64 : end, "to");
  if (to == FX_NONE) return;
  size_t p = to + 2;
  while (p < end && x->t[p] == ' ') p++;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].vs == p && s->m[i].kind == FM_ORG && s->m[i].party) {
      add_party(ps, s->m[i].party, &s->m[i]);
      return;
    }
  if (!fx_starts_with_any(x, p, carriers)) return;
  const ivl_fm *airline = airline_named_before(x, s->vs, ps->name[0]);
  if (airline) add_party(ps, airline->party, airline);
}

/* The deals whose "between"s run from b1 to 'to', each of its own pair,
** its sectors its own words', from its deal word (after 'prev') to the
** next deal's ("an MoU on rice trade between A and B, and an agreement on
** crimes at sea between C and D"); the date the signing's at 'verb'. */
static void each_between_its_pair(ivl_fctx *x, const ivl_fsent *s, size_t prev, size_t b1, size_t to, size_t verb,
                                  size_t from) {
  size_t deal = deal_of_between(x, prev, b1);
  for (size_t at = b1; at != FX_NONE;) {
    size_t nb = fx_find(x, at + 7, to, "between");
    size_t next_deal = nb != FX_NONE ? deal_of_between(x, at + 7, nb) : to;
    parties two = {0};
    list_after(x, s, at + 7, nb != FX_NONE ? nb : to, &two);
    drop_covered_countries(x, &two);
    const ivl_fm *date = agreement_date(x, s, verb, from, from, s->ve);
    if (two.n == 2) store_agreement(x, s, &two, date ? date : occasion_day(x, s, verb), deal, next_deal);
    at = nb, deal = next_deal;
  }
}

/* "Its supply agreement with Y, signed in May 2025, is ...", "X's
** power purchase agreement with Y was signed in June": a passive signing
** whose subject is a deal owned by a possessive and made "with" a party
** (a paper's retelling of a case, set qweek112). Its sides are the owner
** (for "Its", the company spoken of, as "It signed" has it) and the party
** after "with"; parties_in skips the one after "with" as an object's. */
static void owned_deal_with(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t verb, parties *ps) {
  size_t with = fx_find(x, from, verb, "with");
  if (with == FX_NONE || fx_first(x, from, with, listed_deals) == FX_NONE) return;
  if (fx_starts_with(x, from, "its")) {
    if (ps->n || !x->c.company) return;
    const ivl_fm *firm = full_name_before(x, x->c.company);
    add_party(ps, firm->party, firm);
  } else if (ps->n != 1 || !ps->m[0] || ps->m[0]->ve > with || !possessive_after(x, ps->m[0])) {
    return;
  }
  list_after(x, s, with + 4, verb, ps);
}

/* The agreement whose verb is at 'verb', its clause ending at 'to'. */
static void link_clause(ivl_fctx *x, const ivl_fsent *s, size_t verb, size_t clause, size_t to) {
  if (watched_between_unnamed(x, verb, to) || signing_denied(x, verb)) return;
  size_t from = subject_start(x, s, verb);
  if (from < clause) from = clause; /* ", and Quảng Trị signed ...": the clause's own subject */
  parties ps = {0};
  /* "The ambassador witnessed the signing of an MoU between A and B": the
  ** subject of a signing said as a noun watched it; the parties follow */
  if (!fx_starts_with(x, verb, "signing")) parties_in(x, s, from, shared_subject_end(x, s, from, verb), &ps);
  /* "Memorandums between A and B, and between C and D, were signed": a
  ** subject of deals alone, no party named before its first "between",
  ** each "between" before the verb its own pair */
  size_t b0 = x->t[verb] != 'a' ? fx_find(x, from, verb, "between") : FX_NONE;
  if (b0 != FX_NONE && fx_find(x, b0 + 7, verb, "between") != FX_NONE &&
      fx_first(x, from, b0, listed_deals) != FX_NONE) {
    int named = 0;
    for (size_t i = 0; i < s->n && !named; i++)
      named = s->m[i].vs >= from && s->m[i].ve <= b0 && party_name(x, s, &s->m[i]);
    if (!named) {
      each_between_its_pair(x, s, from, b0, verb, verb, from);
      return;
    }
  }
  /* "An agreement on trade between Hà Tĩnh and Khammouane was inked":
  ** the parties of a passive signing listed before its verb */
  if (ps.n < 2 && x->t[verb] != 'a') { /* not "agreed": its subject acts */
    size_t between = fx_find(x, from, verb, "between");
    if (between != FX_NONE) list_after(x, s, between + 7, verb, &ps);
    else owned_deal_with(x, s, from, verb, &ps);
  }
  size_t nsubject = ps.n;
  /* "Also signed were an MoU between A and B and an agreement between C
  ** and D", "Twelve deals were signed, including an MoU between A and B
  ** and one between C and D": with no subject, each "between" its own pair */
  /* ("Also signed at the conference were ...") */
  if (!nsubject && (fx_starts_with(x, verb, "signed") || each_between_own_deal(x, verb, to))) {
    size_t b1 = fx_find(x, verb, to, "between");
    size_t b2 = b1 != FX_NONE ? fx_find(x, b1 + 7, to, "between") : FX_NONE;
    if (b2 != FX_NONE) {
      each_between_its_pair(x, s, verb, b1, to, verb, from);
      return;
    }
  }
  objects_until(x, s, verb, to, &ps);
  lessee_after_to(x, s, from, to, &ps);
  if (ps.n == 1) {
    const ivl_fm *maker = maker_of_goods_bought(x, s, verb, to);
    if (maker && !same_firm(maker->party, ps.name[0])) add_party(&ps, maker->party, maker);
  }
  if (ps.n < 2) province_bodies(x, s, from, to, &ps);
  /* "President A and Czech President B witnessed the signing of five
  ** cooperation documents in Prague": with no parties named after it, the
  ** leaders who watched the signing are its sides (their countries) */
  static const char *const watched[] = {"witnessed the", "witness the", "witnessing the", NULL};
  if (ps.n < 2 && fx_starts_with(x, verb, "signing") && fx_ends_with_any(x, verb, watched)) {
    parties leaders = {0};
    parties_in(x, s, from, verb, &leaders);
    if (leaders.n) ps = leaders;
  }
  /* "After signing an MoU with X on Thursday, Đồng Nai province will ...":
  ** a signing said first as a gerund, its subject the main clause's */
  if (ps.n == 1 && gerund_signing(x, verb) && from == s->vs) {
    size_t c = verb; /* the comma that ends the gerund's clause, not one in "March 4, 2025" */
    for (size_t i = 0; c < to && x->t[c] != ','; c++)
      for (; i < s->n && s->m[i].vs <= c; i++)
        if (s->m[i].ve > c) c = s->m[i].ve - 1;
    while (c < to && (x->t[c] == ',' || x->t[c] == ' ')) c++;
    for (size_t i = 0; i < s->n; i++)
      if (s->m[i].vs >= c && s->m[i].vs <= c + 4 && party_name(x, s, &s->m[i])) {
        add_party(&ps, party_name(x, s, &s->m[i]), &s->m[i]);
        break;
      }
    if (ps.n == 1 && province_spoken_of(x) && fx_starts_with_any(x, c, the_locality) &&
        !fx_starts_with_any(x, c, the_locality_of))
      add_party(&ps, province_spoken_of(x), NULL);
  }
  if (!ps.n) signed_for_main_clause(x, s, verb, to, &ps);
  static const char *const passive[] = {"was", "were", "been", NULL};
  /* "The largest deal was signed with Kanto Logistics, which will ...",
  ** "MoUs were also signed with A and B": a passive signing with its
  ** parties after "with", no signer named; the other side is the province
  ** the article is about, first, so that each deal of a plural is its */
  size_t aux = verb; /* "were also signed" */
  if (fx_ends_with(x, aux, "also")) aux = fx_find(x, verb > 24 ? verb - 24 : 0, verb, "also");
  if (!nsubject && ps.n >= 1 && ps.n < MAX_PARTIES && ps.m[0] && province_spoken_of(x) && aux != FX_NONE &&
      fx_ends_with_any(x, aux, passive) && fx_find(x, verb, ps.m[0]->vs, "with") != FX_NONE) {
    int place = 0;
    for (size_t i = 0; i < ps.n; i++) place |= !ps.m[i] || ps.m[i]->kind == FM_PLACE;
    if (!place) {
      memmove(ps.name + 1, ps.name, ps.n * sizeof *ps.name);
      memmove(ps.m + 1, ps.m, ps.n * sizeof *ps.m);
      ps.name[0] = province_spoken_of(x), ps.m[0] = NULL, ps.n++;
    }
  }
  /* "A framework arrangement on the EDCF was signed between A and B": a
  ** passive signing's parties named after it; what is before is the deal's */
  if (nsubject && ps.n >= nsubject + 2 && fx_ends_with_any(x, verb, passive)) {
    memmove(ps.name, ps.name + nsubject, (ps.n - nsubject) * sizeof *ps.name);
    memmove(ps.m, ps.m + nsubject, (ps.n - nsubject) * sizeof *ps.m);
    ps.n -= nsubject;
    nsubject = 0;
  }
  drop_covered_countries(x, &ps);
  /* "Minister A and his Lao counterpart B agreed ...": A is the official of
  ** the country the news is told from; the pair so named, not the
  ** article's ("after their talks in Hà Nội" names no sides) */
  if (ps.n == 1 && ps.m[0] && ps.m[0]->kind == FM_COUNTRY && !(ps.m[0]->flags & FM_VN) &&
      (fx_find(x, from, verb, "counterpart") != FX_NONE || vn_official_beside(x, from, verb, ps.m[0])))
    add_party(&ps, "VN", NULL);
  speakers_as_sides(x, s, from, verb, &ps);
  first_person_signs(x, s, verb, &ps);
  group_signs(x, s, from, &ps);
  two_sides(x, s, &ps);
  /* "On Thursday, they signed an agreement to ...": the pair linked before */
  if (!ps.n && x->c.pair[0] && fx_starts_with(x, from, "they")) {
    add_party(&ps, x->c.pair[0], NULL);
    add_party(&ps, x->c.pair[1], NULL);
  }
  /* "... signed MoUs with 11 investors. Among them, Singapore's X signed
  ** an MoU on a $1.5 billion plant": one of the firms just counted in the
  ** signings said before, its other side not named again, signed with the
  ** province the article is about */
  static const char *const one_of_them[] = {"among them", "among these", "among those", "of them", "of these", NULL};
  static const char *const signings[] = {"signed", "memorand*", "mou", "mous", "deals", "agreements", NULL};
  if (ps.n == 1 && ps.m[0] && ps.m[0]->kind == FM_ORG && province_spoken_of(x) && fx_starts_with_any(x, s->vs, one_of_them) &&
      fx_find(x, verb, to, "with") == FX_NONE && strcmp(ps.name[0], province_spoken_of(x)) != 0 &&
      fx_any(x, s->vs > 240 ? s->vs - 240 : 0, s->vs, signings))
    add_party(&ps, province_spoken_of(x), NULL);
  lessor_of_lease(x, s, &ps);
  if (signers_retell(x, s, from, verb, &ps)) { /* the pair's deal, its day if told now */
    parties none = {0};
    deal_retold(x, s, from, verb, &none);
    return;
  }
  if (ps.n < 2 && deal_retold(x, s, from, verb, &ps)) return;
  if (ps.n < 2) return;
  size_t subject = ps.m[0] ? ps.m[0]->vs : from;
  /* a list of signings by commas may share its day; a ";" ends the clause's */
  size_t own = to < s->ve && x->t[to] == ';' ? to : s->ve;
  const ivl_fm *date = agreement_date(x, s, verb, subject < from ? from : subject, from, own);
  /* the day of the event said before: the last date said, a day; for an
  ** event held on a day ("At the ceremony, ..."), the last day said, over
  ** a figure's month or year said since ("As of the end of January, ...");
  ** "on the same day": the last day said, over a year said since */
  /* ("On the same occasion, C and D signed": the day of the signing told
  ** just before, over the occasion's) */
  if (!date && signing_told_before(x, s, verb)) {
    const ivl_fm *d = x->c.signing_day;
    date = d && d->value_s && strlen(d->value_s) == 10 ? d : NULL;
  } else if (!date) {
    date = day_of_event_named(x, s);
    if (!date) date = occasion_day(x, s, verb);
  }
  if (!date) date = fx_same_day(x, s);
  /* "10:40 – A and B sign ...": done now, on the day the blog or its
  ** heading last said */
  if (!date && signs_in_present(x, verb)) date = last_full_day(x);
  if (fx_starts_with(x, verb, "signed") && signing_retold(x, s, &ps, date, verb)) return;
  /* ("A and B each signed a memorandum with C": one deal a subject, told
  ** by "each" before the verb; set qweek61) */
  int distributed = plural_deal(x, s) || fx_ends_with(x, verb, "each");
  if (ps.n >= 3 && distributed && nsubject >= 2 && nsubject < ps.n && ps.n == nsubject + 1) {
    /* "Lạng Sơn and Cao Bằng provinces signed agreements with Guangxi":
    ** each of the subject's with the one after "with" */
    for (size_t i = 0; i < nsubject; i++) {
      parties two = {{ps.name[i], ps.name[nsubject]}, {ps.m[i], ps.m[nsubject]}, 2};
      store_agreement(x, s, &two, date, clause, to);
    }
    return;
  }
  if (ps.n >= 3 && plural_deal(x, s)) {
    /* "the MoF, Quảng Nam and Quảng Trị signed agreements": one each */
    /* "signed MoUs with A on housing and with B on logistics": each deal
    ** its own sectors, said between its party and the next */
    /* ("an MoU on logistics with A and another on energy with B": said
    ** before each side, from the side before it) */
    int before = fields_before_sides(x, clause, to);
    for (size_t i = 1; i < ps.n; i++) {
      parties two = {{ps.name[0], ps.name[i]}, {ps.m[0], ps.m[i]}, 2};
      size_t a = clause, b = to;
      if (before && ps.m[i] && ps.m[i]->vs > clause) {
        size_t p = i > 1 && ps.m[i - 1] && ps.m[i - 1]->ve < ps.m[i]->vs ? ps.m[i - 1]->ve : clause;
        if (sector_between(s, p, ps.m[i]->vs)) a = p, b = ps.m[i]->vs;
      } else if (ps.m[i] && ps.m[i]->ve < to) {
        size_t e = i + 1 < ps.n && ps.m[i + 1] && ps.m[i + 1]->vs > ps.m[i]->ve && ps.m[i + 1]->vs < to
                       ? ps.m[i + 1]->vs : to;
        if (sector_between(s, ps.m[i]->ve, e)) a = ps.m[i]->ve, b = e;
      }
      store_agreement(x, s, &two, day_respectively(x, s, i - 1, ps.n - 1, date), a, b);
    }
    return;
  }
  store_agreement(x, s, &ps, date, clause, to);
}

/* "A signed an agreement with B on trade, C inked an MoU with D, and E
** signed ... with F": a list of signings, each clause after a comma opening
** on its own subject (a party, then the next agreeing word). The comma
** that ends the clause of the verb at 'verb', with the next verb in
** *next, else s->ve. */
static size_t comma_clause(const ivl_fctx *x, const ivl_fsent *s, size_t verb, size_t *next) {
  /* a list of signings says one of these again (a look at four words, not
  ** the whole lexicon, for the many sentences of one signing) */
  static const char *const again[] = {"signed", "inked", "agreed", "sealed", NULL};
  if (fx_first(x, verb + 1, s->ve, again) == FX_NONE) return s->ve;
  size_t nv = agreement_verb(x, s, verb + 1);
  if (nv == FX_NONE) return s->ve;
  size_t c = nv;
  while (c > verb && x->t[c - 1] != ',') c--;
  if (c == verb || nv - c > 64 || fx_find(x, c, nv, "with") != FX_NONE || fx_find(x, c, nv, "between") != FX_NONE)
    return s->ve;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].vs >= c && s->m[i].ve <= nv && party_name(x, s, &s->m[i])) {
      *next = nv;
      return c - 1;
    }
  /* "..., and the province also signed an MoU with Amata": the clause's
  ** subject is the province the article is about */
  if (province_spoken_of(x) && fx_any(x, c, nv, the_locality) && !fx_any(x, c, nv, the_locality_of)) {
    *next = nv;
    return c - 1;
  }
  return s->ve;
}

/* Where the clause of the verb at 'verb' ends: before "while" or ";" when
** another agreement is said after it ("A signed an MoU with B, while C
** inked a deal with D"), else at the sentence's end. */
static size_t clause_end(const ivl_fctx *x, const ivl_fsent *s, size_t verb, size_t *next) {
  *next = FX_NONE;
  size_t cut = fx_find(x, verb, s->ve, "while");
  for (size_t i = verb; i < (cut == FX_NONE ? s->ve : cut); i++)
    if (x->t[i] == ';') {
      cut = i;
      break;
    }
  if (cut == FX_NONE) return comma_clause(x, s, verb, next);
  *next = agreement_verb(x, s, cut);
  return *next == FX_NONE ? s->ve : cut;
}

static void link_agreement(ivl_fctx *x, const ivl_fsent *s) {
  size_t clause = s->vs;
  for (size_t verb = agreement_verb(x, s, s->vs); verb != FX_NONE;) {
    size_t next;
    size_t to = clause_end(x, s, verb, &next);
    link_clause(x, s, verb, clause, to);
    clause = to;
    verb = next;
  }
}

/* }====================================================================== */

/* {======================================================================
** Partnerships
** ======================================================================= */


/* "has had a cooperation agreement with": an agreement held, its words
** right after the verb at 'at' (lower-case words, then "agreement"). */
static int held_agreement(const ivl_fctx *x, size_t at, size_t end) {
  size_t to = at + 48 < end ? at + 48 : end;
  size_t a = fx_find(x, at, to, "agreement");
  return a != FX_NONE && fx_lower_words(x, at, a);
}

/* "has partnered with South Korea's Hanwol Semiconductor on chip
** packaging and testing training since 2021": the field the pair works on,
** "on" and lower-case words right after the partner's name, carries the
** "since" past partner_since's reach. Where that "since" is, else FX_NONE
** (not past a comma, a capital or a figure: "on training, and since 2020
** it has ...", "on a plant in Bắc Ninh since"). */
static size_t since_past_field(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs <= at || m->vs > at + 70) continue;
    if (m->kind != FM_ORG && m->kind != FM_PLACE && m->kind != FM_COUNTRY) continue;
    size_t p = m->ve + fx_possessive(x, m);
    if (!fx_starts_with(x, p, "on")) continue;
    size_t lim = p + 90 < s->ve ? p + 90 : s->ve;
    size_t since = fx_find(x, p, lim, "since");
    return since != FX_NONE && fx_lower_words(x, p, since) ? since : FX_NONE;
  }
  return FX_NONE;
}

/* "X has operated two hotels in Nha Trang with Y since 2015", "X, which
** has run a joint nursing degree with Y since 2014": works a side runs
** with a firm since a year are a partnership of the two, as "has worked
** with Y since" is. The verb at 'at', then the works (no comma, no other
** clause) up to "with", a firm right after it and "since" right after the
** firm; not "has run a plant in Đồng Nai since 2015" (no partner), nor
** "has operated with Y's backing since" (no firm right before "since"). */
static int ran_with_firm(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  size_t lim = at + 80 < s->ve ? at + 80 : s->ve;
  size_t with = fx_find(x, at, lim, "with");
  if (with == FX_NONE || memchr(x->t + at, ',', with - at) || memchr(x->t + at, ';', with - at)) return 0;
  /* (a relation's own word in the works, "has run a joint venture with Y
  ** since", is the relation word itself) */
  if (fx_first(x, at, with, ivl_lexicon(LEX_RELATION)) != FX_NONE) return 0;
  size_t p = with + 4;
  while (p < s->ve && x->t[p] == ' ') p++;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].vs == p)
      return s->m[i].kind == FM_ORG && fx_starts_with(x, s->m[i].ve + (s->m[i].ve < s->ve && x->t[s->m[i].ve] == ' '), "since");
  return 0;
}

/* "A and B have run a joint exchange programme since 2016", "... have
** operated a dual training scheme in Đà Nẵng since 2013", "have run a rice
** export joint venture since 2021": works the subject runs jointly, a word
** of sharing in the object of the verb at 'at' (before "since", "with" or
** a comma), are the subject's partnership as "together since" is; not "has
** run a plant in Đồng Nai since 2015" (nothing shared). */
static int ran_jointly(const ivl_fctx *x, const ivl_fsent *s, size_t at) {
  static const char *const verb[] = {"has run", "have run", "has also run", "have also run", "has operated",
                                     "have operated", "has also operated", "have also operated", NULL};
  static const char *const shared[] = {"joint", "dual", "shared", "co-branded", NULL};
  static const char *const object_end[] = {"since", "with", NULL};
  for (size_t i = 0; verb[i]; i++) {
    if (!fx_starts_with(x, at, verb[i])) continue;
    size_t p = at + strlen(verb[i]), lim = p + 60 < s->ve ? p + 60 : s->ve;
    size_t end = fx_first(x, p, lim, object_end);
    if (end == FX_NONE) end = lim;
    const char *comma = memchr(x->t + p, ',', end - p);
    if (comma) end = (size_t)(comma - x->t);
    return fx_first(x, p, end, shared) != FX_NONE;
  }
  return 0;
}

/* Works run jointly are firms' and schools': a place among the parties
** found is where they run them ("have run a joint venture in Dong Thap
** since 2021") or a name misread ("VRG and French tyre maker Caoutchoucs de
** Lyon have run a joint venture": "Lyon"), no party; drop it. */
static void drop_places(parties *ps) {
  size_t kept = 0;
  for (size_t i = 0; i < ps->n; i++)
    if (!ps->m[i] || (ps->m[i]->kind != FM_PLACE && ps->m[i]->kind != FM_COUNTRY)) {
      ps->name[kept] = ps->name[i];
      ps->m[kept++] = ps->m[i];
    }
  ps->n = kept;
}

/* "X and its Vietnamese partner Y have been partners since 2012": a
** "partner" after "and its" (a few kind words between, no comma) and
** before a capitalised name only tells who Y is, the second of the pair;
** the relation is the word further on. */
static int names_pair_partner(const ivl_fctx *x, size_t at) {
  size_t back = at > 32 ? at - 32 : 0, its = fx_find_last(x, back, at, "and its");
  if (its == FX_NONE || memchr(x->t + its, ',', at - its) || !fx_starts_with(x, at, "partner")) return 0;
  return x->t[at + 7] == ' ' && ivl_isupper((unsigned char)x->t[at + 8]);
}

/* "have been strategic partners since 2018", "a long-standing partner of
** Việt Nam since 1993", "has partnered with Mizuho Bank since 2011": a
** partner word with "since" and a year close after it in its clause; a rank
** among partners ("the largest trading partner since 2004") is no relation. */
static size_t partner_since(const ivl_fctx *x, const ivl_fsent *s) {
  /* (and an agreement held since: "X, which has had a cooperation
  ** agreement with the province since 2019") */
  static const char *const partner[] = {"partner", "partners", "partnered", "has had", "have had",
                                        "has run", "have run", "has also run", "have also run",
                                        "has operated", "have operated", "has also operated",
                                        "have also operated", "has developed", "have developed",
                                        "has also developed", "have also developed", NULL};
  static const char *const held[] = {"has had", "have had", NULL};
  static const char *const ran[] = {"has run", "have run", "has also run", "have also run", "has operated",
                                    "have operated", "has also operated", "have also operated", "has developed",
                                    "have developed", "has also developed", "have also developed", NULL};
  static const char *const ranked[] = {"trade", "trading", "largest", "biggest", "top", "leading",
                                       "major", "export", "import", "investment", "oda", "aid",
                                       "commercial", "donor", "key", NULL};
  /* "Since 2019, Thái Bình has partnered with ...": the year opens the sentence */
  int opens_since = 0;
  if (fx_starts_with(x, s->vs, "since"))
    for (size_t i = 0; i < s->n && !opens_since; i++)
      opens_since = s->m[i].kind == FM_DATE && year_of(&s->m[i]) && s->m[i].vs <= s->vs + 7;
  for (size_t at = s->vs; (at = fx_first(x, at, s->ve, partner)) != FX_NONE; at++) {
    if (fx_ends_with_any(x, at, ranked) || names_pair_partner(x, at)) continue;
    if (fx_starts_with_any(x, at, held) && !held_agreement(x, at, s->ve)) continue;
    if (fx_starts_with_any(x, at, ran)) {
      if (ran_with_firm(x, s, at)) return at;
      if (!ran_jointly(x, s, at)) continue;
    }
    if (opens_since) return at;
    size_t near = at + 70 < s->ve ? at + 70 : s->ve;
    size_t since = fx_find(x, at, near, "since");
    if (since == FX_NONE) since = since_past_field(x, s, at);
    size_t back = since;
    /* "a long-standing partner of X, with cooperation dating back to 2009" */
    if (since == FX_NONE) back = fx_find(x, at, near, "dating back to");
    /* "partners for a decade, since they signed an agreement in 2014": a
    ** comma before a "since" that tells of the pair's own act, its year */
    int they = since != FX_NONE && fx_starts_with(x, since + 6, "they");
    if (since != FX_NONE && ((!they && memchr(x->t + at, ',', since - at)) || memchr(x->t + at, ';', since - at)))
      continue;
    if (back == FX_NONE) continue;
    size_t after = they ? 60 : since != FX_NONE ? 7 : 16;
    for (size_t i = 0; i < s->n; i++)
      if (s->m[i].kind == FM_DATE && year_of(&s->m[i]) && s->m[i].vs > back && s->m[i].vs <= back + after)
        return at;
  }
  return FX_NONE;
}

static size_t relation_word(const ivl_fctx *x, const ivl_fsent *s) {
  /* "a friendship agreement on April 17, 2009, and sister-city relations in
  ** 2014": the relation itself names the year; "friendship" alone is weaker */
  static const char *const weaker[] = {"friendship", NULL};
  size_t at = fx_first(x, s->vs, s->ve, ivl_lexicon(LEX_RELATION));
  size_t partner = partner_since(x, s);
  if (partner < at) at = partner;
  size_t ally = alliance_in_which(x, s);
  if (ally < at) return ally;
  return at != FX_NONE ? at : fx_first(x, s->vs, s->ve, weaker);
}

/* Is the company 'full' also among the parties under a shorter name it
** begins with ("Chonburi Renewables" of "Chonburi Renewables Pcl": "a joint
** venture Chonburi Renewables set up in 2019 with X ... the Thai company's
** largest")? The one written in the sentence stands for it. */
static int named_shorter(const parties *ps, const char *full) {
  size_t fn = strlen(full);
  for (size_t i = 0; i < ps->n; i++) {
    size_t n = strlen(ps->name[i]);
    if (n < fn && ps->m[i] && memcmp(ps->name[i], full, n) == 0 && full[n] == ' ') return 1;
  }
  return 0;
}

/* A relation that began: established, upgraded, a joint venture, "since". */
static int relation_began(const ivl_fctx *x, const ivl_fsent *s) {
  return fx_any(x, s->vs, s->ve, ivl_lexicon(LEX_BEGAN)) || alliance_in_which(x, s) != FX_NONE;
}

/* "run by a joint venture that Becamex IDC and Sembcorp set up in 1996":
** the founders named in the relative clause right after the venture, before
** its verb of founding. The position after "that"/"which", else FX_NONE. */
static size_t venture_founders_after(const ivl_fctx *x, const ivl_fsent *s, size_t word) {
  static const char *const founded[] = {"set up", "formed", "established", "founded", "created", NULL};
  if (!fx_starts_with(x, word, "joint venture")) return FX_NONE;
  size_t p = word + 13;
  while (p < s->ve && x->t[p] == ' ') p++;
  size_t n = fx_starts_with(x, p, "that") ? 4 : fx_starts_with(x, p, "which") ? 5 : 0;
  size_t lim = p + 80 < s->ve ? p + 80 : s->ve;
  /* "a joint venture set up in 2006 by A and B" (qteam): the founders
  ** after "by", the venture's participle right after it */
  if (!n && fx_starts_with_any(x, p, founded)) {
    size_t by = fx_find(x, p, p + 40 < s->ve ? p + 40 : s->ve, "by");
    return by != FX_NONE && !memchr(x->t + p, ',', by - p) ? by + 2 : FX_NONE;
  }
  /* "a joint venture Chonburi Renewables set up in 2019 with local firm
  ** Hưng Long Energy": the relative's "that" left out, a name opening it
  ** right after the venture and its founding verb after the name */
  if (!n && ivl_isupper((unsigned char)x->t[p])) {
    size_t i = fx_mention_from(x, p);
    if (i < x->nm && x->m[i].vs == p && x->m[i].kind == FM_ORG && fx_starts_with_any(x, x->m[i].ve + 1, founded))
      return p;
    return FX_NONE;
  }
  return n && fx_any(x, p + n, lim, founded) ? p + n : FX_NONE;
}

/* The last company named before sentence s (of 'country' when it is
** given): the one "it" or "the Japanese firm" opening a clause of s speaks
** of, when s itself names another before. */
static const ivl_fm *company_told_before(const ivl_fctx *x, const ivl_fsent *s, const char *country) {
  const ivl_fm *firm = NULL;
  for (size_t i = 0; i < x->nm && x->m[i].vs < s->vs; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind == FM_ORG && (m->flags & FM_COMPANY) && m->party &&
        (!country || (m->country && strcmp(m->country, country) == 0)))
      firm = m;
  }
  return firm;
}

/* The firm sentence s opens on at 'from' (past its opening phrase),
** described or not ("Japanese wire harness maker X announced ..."); NULL
** when the subject is none ("It developed ...", "The plant will be run"). */
static const ivl_fm *firm_opening(const ivl_fctx *x, const ivl_fsent *s, size_t from) {
  size_t p = from;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < from) continue;
    if (!fx_lower_words(x, p, m->vs)) return NULL;
    if (m->flags & FM_DEMONYM) {
      p = m->ve;
      continue;
    }
    return m->kind == FM_ORG && m->party ? m : NULL;
  }
  return NULL;
}

/* "a warehousing joint venture it set up in 2018 with X", "a joint venture
** the Japanese firm formed in 2024 with X": the relative's subject left a
** pronoun or a firm's noun (its "that" or "which" told or not) is the
** company the article is about, founding the venture with the partner after
** "with". The position of the founding verb, else FX_NONE; not a name
** (venture_founders_after), nor "the two firms" (a pair of their own). */
static size_t venture_founded_by_company(const ivl_fctx *x, const ivl_fsent *s, size_t word, const char **country) {
  static const char *const founded[] = {"set up", "formed", "established", "founded", "created", NULL};
  static const char *const pronouns[] = {"it", "we", NULL};
  static const char *const the[] = {"the", NULL};
  if (!fx_starts_with(x, word, "joint venture")) return FX_NONE;
  size_t p = word + 13;
  while (p < s->ve && x->t[p] == ' ') p++;
  p += fx_starts_with(x, p, "that") ? 4 : fx_starts_with(x, p, "which") ? 5 : 0;
  while (p < s->ve && x->t[p] == ' ') p++;
  size_t v = fx_first(x, p, p + 40 < s->ve ? p + 40 : s->ve, founded);
  if (v == FX_NONE || v == p) return FX_NONE;
  if (fx_starts_with_any(x, p, pronouns)) {
    size_t e = p;
    while (ivl_isalpha((unsigned char)x->t[e])) e++;
    if (!fx_lower_words(x, e, v) || e + 1 != v) return FX_NONE;
  } else {
    if (!fx_starts_with_any(x, p, the)) return FX_NONE;
    size_t q = p + 3, i;
    while (q < v && x->t[q] == ' ') q++;
    /* ("the Japanese firm": the maker's country by its adjective) */
    if (q < v && (i = fx_mention_from(x, q)) < x->nm && x->m[i].vs == q && (x->m[i].flags & FM_DEMONYM))
      q = x->m[i].ve, *country = x->m[i].party;
    if (!fx_lower_words(x, q, v) || !fx_ends_with_any(x, v, firm_nouns) || fx_find(x, p, v, "two") != FX_NONE)
      return FX_NONE;
  }
  return v;
}

/* "X, a joint venture between A and B, will invest ... The 50:50 venture
** was formed in 2015", "A and B agreed to extend their joint venture, Y.
** The joint venture, established in 2009, ...": a sentence that opens on
** the venture (its article and a few lower-case words or a share before
** it) and tells its founding speaks of the one the sentence before told, its founders named there
** after "joint venture between" or "of", or the two firms before "their
** joint venture". Sets *ps to those two companies and returns 1; else 0. */
static int venture_told_before(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t word, parties *ps) {
  static const char *const members[] = {"joint venture between", "joint venture of", NULL};
  /* (its founding told: "The joint venture posted a profit in 2025" is no start) */
  static const char *const founded[] = {"set up", "formed", "established", "founded", "created", "since", NULL};
  if (!fx_any(x, word, s->ve, founded)) return 0;
  const ivl_fsent *b = &x->c.before;
  while (from < word && x->t[from] == ' ') from++;
  if (!fx_starts_with(x, from, "the") || word - from > 16 || b->n == 0 || b->ve > s->vs) return 0;
  for (size_t k = from + 3; k < word; k++)
    if (ivl_isupper((unsigned char)x->t[k])) return 0;
  parties told = {0};
  size_t at = fx_first(x, b->vs, b->ve, members), their = fx_find(x, b->vs, b->ve, "their joint venture");
  if (at != FX_NONE)
    list_after(x, b, fx_find(x, at + 13, b->ve, fx_starts_with(x, at + 14, "between") ? "between" : "of") + 2, b->ve,
               &told);
  else if (their != FX_NONE)
    parties_in(x, b, subject_start(x, b, their), their, &told);
  parties orgs = {0};
  for (size_t i = 0; i < told.n; i++)
    if (told.m[i] && told.m[i]->kind == FM_ORG) add_party(&orgs, told.name[i], told.m[i]);
  if (orgs.n != 2) return 0;
  *ps = orgs;
  return 1;
}

/* Does the relation at 'word' begin "partner of" ("a long-standing partner
** of Việt Nam since 1993"), or a twinned unit "of" ("a sister city of the
** former Bà Rịa-Vũng Tàu Province since 2009", set qweek71: the partner
** after "the" then read as after "partner of")? The position after "of",
** else FX_NONE. */
static size_t partner_of(const ivl_fctx *x, size_t word) {
  static const char *const twinned[] = {"sister", NULL};
  int partner = fx_starts_with(x, word, "partner");
  if (!partner && !fx_starts_with_any(x, word, twinned)) return FX_NONE;
  size_t e = word;
  while (ivl_isalpha((unsigned char)x->t[e])) e++;
  /* (the unit twinned: "sister city", "sister province") */
  if (!partner && (x->t[e] == ' ' || x->t[e] == '-'))
    for (e++; ivl_isalpha((unsigned char)x->t[e]);) e++;
  return fx_starts_with(x, e, "of") ? fx_find(x, e, e + 4, "of") + 2 : FX_NONE;
}

static int year_of(const ivl_fm *d) {
  const char *v = d->value_s;
  if (!v || !ivl_isdigit((unsigned char)v[0])) return 0;
  int y = 0;
  for (int i = 0; i < 4 && ivl_isdigit((unsigned char)v[i]); i++) y = y * 10 + (v[i] - '0');
  return y >= 1900 && y <= 2100 ? y : 0;
}

/* Is date d a year after the article's in a clause about the future ("the
** plant is expected to start packing fruit in 2028")? A plan's year; no
** relation began then (set qweek67). Not asked of an article with no year,
** nor of a clause in the past ("upgraded their ties in 2025"). */
static int year_to_come(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  int now = atoi(x->article_date);
  if (now < 1900 || year_of(d) <= now) return 0;
  ivl_tense tense = ivl_tense_at(x->t, s->vs, s->ve, d->vs, d->ve);
  return tense == IVL_TENSE_FUTURE || tense == IVL_TENSE_REPORTED;
}

/* The year nearest after the relation word, else nearest before it; a
** relation needs a stated start year, so a date whose year comes from the
** article's ("signed a joint venture agreement on October 8") gives none.
** The year the relation is set up "as" comes first ("set up in 2013 as a
** joint venture between A and B, started operation in 2021"). */
static const ivl_fm *relation_year(const ivl_fctx *x, const ivl_fsent *s, size_t word) {
  static const char *const as[] = {"as a", "as an", "as", NULL};
  const ivl_fm *after = NULL, *before = NULL;
  /* (not the wire dateline's day: "TOKYO, Nov. 25, 2026 /PRNewswire/ -- A
  ** and B signed a joint venture agreement on Monday" is the report's year,
  ** no start; set qprwire) */
  size_t wire = ivl_layout_wire_dateline(x->t, x->a->view.len, s->vs);
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *d = &s->m[i];
    if (d->kind != FM_DATE || !year_of(d) || !year_written(x, d) || fx_merger_date(x, s, d) ||
        fx_stall_since(x, d) || d->ve <= wire || term_ends_after(x, d) || year_to_come(x, s, d))
      continue;
    if (d->vs >= word && !after) after = d;
    if (d->vs < word) before = d;
  }
  /* (a date that starts before the word may end past it) */
  if (before && before->ve <= word && word - before->ve <= 8 && fx_lower_words(x, before->ve, word) &&
      fx_ends_with_any(x, word, as))
    return before;
  /* "entered Vietnam in 2008 through a joint venture with X, and opened a
  ** plant in 2012": the year of the entry the relation was the way of
  ** comes first too, over a later act's */
  static const char *const by_way_of[] = {"through a", "through an", "through its", "via a", "via an", NULL};
  if (before && before->ve <= word && word - before->ve <= 14 && fx_lower_words(x, before->ve, word) &&
      fx_ends_with_any(x, word, by_way_of))
    return before;
  return after ? after : before;
}

static void store_since(ivl_fctx *x, const ivl_fsent *s, const parties *ps, int since, const ivl_fm *year) {
  if (!fx_begin(x, s, IVL_SYM_PARTNERSHIP)) return;
  x->frame = "relate.since";
  store_parties(x, ps);
  fx_num(x, IVL_SYM_SINCE, since);
  fx_ref(x, year);
  fx_end(x);
}

static void store_partnership(ivl_fctx *x, const ivl_fsent *s, const parties *ps, const ivl_fm *year) {
  store_since(x, s, ps, year_of(year), year);
}

/* "twinned 30 years ago", "became sister cities two decades ago": the
** start counted back from the article's year (no date mention says it, and
** the sentence's other date is the day of another event). 0 when the
** sentence has no such phrase or the article has no year. */
static int years_ago(const ivl_fctx *x, const ivl_fsent *s, size_t word) {
  static const char *const units[] = {"years ago", "decades ago", NULL};
  static const char *const small[] = {"", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                      "nine", "ten", NULL};
  size_t at = fx_first(x, word, s->ve, units);
  if (at == FX_NONE || at - word > 80 || !ivl_isdigit((unsigned char)x->article_date[0])) return 0;
  /* "ties set up in 2010, 15 years ago": the year said wins */
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_DATE && s->m[i].vs >= word && s->m[i].vs < at) return 0;
  int per = ivl_tolower((unsigned char)x->t[at]) == 'd' ? 10 : 1;
  size_t e = at;
  while (e > s->vs && x->t[e - 1] == ' ') e--;
  size_t b = e;
  while (b > s->vs && ivl_isalnum((unsigned char)x->t[b - 1])) b--;
  int n = 0;
  if (b < e && ivl_isdigit((unsigned char)x->t[b])) {
    for (size_t i = b; i < e && ivl_isdigit((unsigned char)x->t[i]) && n < 1000; i++) n = n * 10 + (x->t[i] - '0');
  } else {
    for (int k = 1; small[k] && !n; k++)
      if (strlen(small[k]) == e - b && strncasecmp(x->t + b, small[k], e - b) == 0) n = k;
  }
  int article_year = atoi(x->article_date);
  return n > 0 && n * per < 200 ? article_year - n * per : 0;
}

/* Is a place other than the country of s->m[i] named between it and 'd'? */
static int other_place_between(const ivl_fsent *s, size_t i, const ivl_fm *d) {
  for (size_t j = i + 1; j < s->n && s->m[j].vs < d->vs; j++)
    if (s->m[j].kind == FM_PLACE || (s->m[j].kind == FM_COUNTRY && s->m[i].country &&
                                     strcmp(s->m[j].party, s->m[i].country) != 0))
      return 1;
  return 0;
}

/* "and with Kampot, a neighbour of the former Kiên Giang province, since
** 2008": a partner after "with", described by an appositive between two
** commas (its own places no partners), then its own "since" year (set
** qweek50). */
static int since_after_appositive(const ivl_fctx *x, const ivl_fm *p, const ivl_fm *d) {
  static const char *const article[] = {"a", "an", "the", NULL};
  size_t q = p->ve;
  if (d->vs <= q || d->vs - q > 90 || x->t[q] != ',' || !fx_ends_with(x, p->vs, "with") ||
      !fx_starts_with_any(x, q + 1, article) || !fx_ends_with(x, d->vs, "since"))
    return 0;
  size_t c = d->vs;
  while (c > q && x->t[c - 1] == ' ') c--;
  c -= 5; /* "since" */
  while (c > q && x->t[c - 1] == ' ') c--;
  return c > q + 1 && x->t[c - 1] == ',' && !memchr(x->t + q + 1, ',', c - 1 - (q + 1));
}

/* "with four other RoK localities, including Changwon (1997), Daegu (2004)",
** "four Japanese cities: Kawasaki in 2012, Yokohama in 2013". */
static int listed_partners(ivl_fctx *x, const ivl_fsent *s, size_t word, const char *subject,
                           const ivl_fm *subject_m) {
  int found = 0;
  for (size_t i = 0; i + 1 < s->n; i++) {
    const ivl_fm *p = &s->m[i];
    if (p->vs < word || (p->kind != FM_PLACE && p->kind != FM_COUNTRY)) continue;
    const ivl_fm *d = NULL;
    for (size_t j = i + 1; j < s->n && !d; j++)
      if (s->m[j].kind == FM_DATE && year_of(&s->m[j])) d = &s->m[j];
    /* "agreed ... to organise a business event in Suwon in October": a
    ** month whose year is the article's is when something else happens
    ** there, no partner's start (a partner's year is written) */
    if (!d || !year_written(x, d)) continue;
    size_t gap = d->vs - p->ve;
    int bracket = gap <= 2 && fx_only(x, p->ve, d->vs, "(");
    int in_year = gap <= 14 && fx_starts_with(x, p->ve, "in");
    /* "twinned with Gyeongju in the Republic of Korea since 2007, and
    ** with Blois since 1998": each partner with its own "since" */
    int since = p->kind == FM_PLACE && gap <= 45 && (fx_starts_with(x, p->ve, "since") || fx_starts_with(x, p->ve, "in")) &&
                fx_ends_with(x, d->vs, "since") && !memchr(x->t + p->ve, ',', gap) &&
                !other_place_between(s, i, d);
    if (!since && p->kind == FM_PLACE) since = since_after_appositive(x, p, d);
    if (!bracket && !in_year && !since) continue;
    if (strcmp(p->party, subject) == 0) continue;
    parties two = {{subject, p->party}, {subject_m, p}, 2};
    store_partnership(x, s, &two, d);
    found = 1;
  }
  return found;
}

/* "A and B upgraded their ties in 2024, while C and B have been strategic
** partners since 2020": a contrast clause naming a pair of its own before
** the later step [from, w) tells that pair's tie, not the first pair's
** ('other' holds it); else the first pair, ps. */
static const parties *contrast_pair(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t w,
                                    const parties *ps, parties *other) {
  size_t comma;
  size_t turn = fx_contrast_turn(x, from, w, &comma);
  if (turn == FX_NONE) return ps;
  memset(other, 0, sizeof *other);
  parties_in(x, s, turn, w, other);
  return other->n == 2 ? other : ps;
}

/* "established diplomatic relations in 1973 and set up a strategic
** partnership in 2013", "strategic partners since 2018 and upgraded ties to
** a Comprehensive Strategic Partnership in 2024": each later step of the tie
** said with its own year ("in", "since") is a partnership of the same pair. */
static void later_ties(ivl_fctx *x, const ivl_fsent *s, const parties *ps, const ivl_fm *year) {
  /* (a step said by the partners' noun: "which established diplomatic
  ** relations in 1973, have been comprehensive strategic partners since
  ** 2024") */
  static const char *const partners_since[] = {"partners since", NULL};
  int seen = year_of(year);
  parties other;
  for (size_t from = year->ve; from < s->ve;) {
    size_t w = fx_first(x, from, s->ve, ivl_lexicon(LEX_RELATION));
    size_t p = fx_first(x, from, w != FX_NONE ? w : s->ve, partners_since);
    if (p != FX_NONE) w = p;
    if (w == FX_NONE) return;
    const ivl_fm *d = NULL;
    for (size_t i = 0; i < s->n && !d; i++)
      if (s->m[i].kind == FM_DATE && s->m[i].vs > w && year_of(&s->m[i])) d = &s->m[i];
    if (!d) return;
    /* "... upgraded their ties to a Comprehensive Strategic Partnership on
    ** March 7": the day of the step, its year; "established diplomatic
    ** relations in 1972 and their comprehensive strategic partnership in
    ** 2016": the first step's verb shared by "and" */
    size_t a = from;
    while (a < w && x->t[a] == ' ') a++;
    /* (the tie's noun right before its year: not "and their partnership
    ** was reviewed in 2023") */
    static const char *const tie_in[] = {"partnership in", "relations in", "ties in", "relationship in", NULL};
    int shared = fx_starts_with(x, a, "and") && fx_lower_words(x, a, w) && !memchr(x->t + a, ',', w - a) &&
                 fx_ends_with_any(x, d->vs, tie_in);
    if (year_of(d) != seen && (shared || fx_any(x, from, d->vs, ivl_lexicon(LEX_BEGAN))) &&
        (fx_ends_with(x, d->vs, "in") || fx_ends_with(x, d->vs, "since") || fx_ends_with(x, d->vs, "on"))) {
      store_partnership(x, s, contrast_pair(x, s, from, w, ps, &other), d);
      seen = year_of(d);
    }
    from = d->ve;
  }
}


/* The places, countries and firms whose possessive owns the relation's
** word at 'word', lower-case words only and at most 'gap' bytes between
** ("Hải Phòng's sister-city relationship", "Việt Nam's development
** partner"): each a party. */
static void possessive_owners(const ivl_fctx *x, const ivl_fsent *s, size_t word, size_t gap, parties *ps) {
  for (size_t i = 0; i < s->n && s->m[i].ve < word; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_PLACE && m->kind != FM_COUNTRY && m->kind != FM_ORG) continue;
    size_t own = possessive_len(x, m);
    if (own && m->ve + own <= word && word - (m->ve + own) <= gap && fx_lower_words(x, m->ve + own, word))
      add_party(ps, m->party, m);
  }
}
/* "Hà Nội's ties with Île-de-France date back to 1989", "Vĩnh Phúc's
** sister-city relationship with Tochigi began in 2013": the place,
** country or body whose relation it is, by its possessive right before the
** relation word (lower-case words between), is a party, though a
** possessive only describes elsewhere; the partner follows "with". */
static void relation_owner(const ivl_fctx *x, const ivl_fsent *s, size_t word, parties *ps) {
  /* "with" after the relation's own words ("sister-city relationship with") */
  size_t with = fx_find(x, word, word + 40 < s->ve ? word + 40 : s->ve, "with");
  if (with == FX_NONE || !fx_lower_words(x, word, with)) return;
  possessive_owners(x, s, word, 32, ps);
  /* "Its joint venture with the state-owned X, formed in 2010, ...": a
  ** sentence opening on "Its" before the relation speaks of the company
  ** just named (bytes compared: few sentences open so) */
  if (!ps->n && x->c.company && word >= s->vs + 4 && word - s->vs <= 36 && memcmp(x->t + s->vs, "Its ", 4) == 0 &&
      fx_lower_words(x, s->vs + 4, word))
    add_party(ps, x->c.company->party, x->c.company);
}

/* "The World Bank has been Việt Nam's development partner since 1993": a
** partner word owned by a possessive, a few lower-case words between, names
** the other side, as "a development partner of Việt Nam" does (a rank
** among partners, "Japan's largest trading partner", is left by
** partner_since before). Only with the one subject already found. */
static void partner_by_possessive(const ivl_fctx *x, const ivl_fsent *s, size_t word, parties *ps) {
  if (ps->n != 1 || !fx_starts_with(x, word, "partner")) return;
  possessive_owners(x, s, word, 24, ps);
}

/* "X has run a container terminal in Cái Mép with Y under a joint venture
** since 2016": works run "with" a firm under (in, through) a joint
** venture name that firm the venture's other partner, as "a joint venture
** with Y" would (set qweek40). Only with the one subject already found and
** an organisation right after "with", lower-case words of the works
** between it and the subject. */
static void venture_partner_before(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t word, parties *ps) {
  static const char *const under[] = {"under a", "in a", "through a", "via a", NULL};
  if (ps->n != 1 || !ps->m[0] || ps->m[0]->kind != FM_ORG || !fx_starts_with(x, word, "joint venture") ||
      !fx_ends_with_any(x, word, under))
    return;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs < from || m->ve > word || m->kind != FM_ORG || !m->party || !fx_ends_with(x, m->vs, "with")) continue;
    /* (the works' words up to the venture: "with Y under a joint venture") */
    size_t p = m->ve;
    while (p < word && x->t[p] == ' ') p++;
    if (fx_lower_words(x, p, word)) add_party(ps, m->party, m);
    return;
  }
}

/* "Since establishing diplomatic relations in 1973, Việt Nam and Japan
** have ...", "After becoming sister cities in 2015, A and B ...": a
** relation told in an opening clause with no party of its own is the main
** clause's subject's. Where that subject begins, else FX_NONE. */
static size_t subject_after_opening(const ivl_fctx *x, const ivl_fsent *s, size_t word) {
  static const char *const opens[] = {"since", "after", "following", NULL};
  if (!fx_starts_with_any(x, s->vs, opens)) return FX_NONE;
  for (size_t i = word; i < s->ve; i++)
    if (x->t[i] == ',') return i + 1;
  return FX_NONE;
}

/* Does the text at p open a clause of its own, "and" and who speaks (up
** to three words) then a verb of telling: "since 2016, and officials said
** X's arrival followed ...", ", and analysts say"? What that clause names
** is told by its speaker, no partner in the relation before it (set
** qweek33); not ", and with X since 2018", which goes on with the pair. */
static int and_someone_said(const ivl_fctx *x, const ivl_fsent *s, size_t p) {
  static const char *const told[] = {"said", "say", "says", "noted", "added", "told", "believe", "believes", NULL};
  while (p < s->ve && x->t[p] == ' ') p++;
  if (!fx_starts_with(x, p, "and")) return 0;
  p += 3;
  for (int words = 0; words < 4 && p < s->ve; words++) {
    while (p < s->ve && x->t[p] == ' ') p++;
    size_t w = p;
    while (p < s->ve && (ivl_isalpha((unsigned char)x->t[p]) || x->t[p] == '-')) p++;
    if (p == w || p >= s->ve || x->t[p] != ' ') return 0;
    if (words && fx_starts_with_any(x, w, told) && fx_lower_words(x, w, p)) return 1;
  }
  return 0;
}

/* Where the clause of the relation word at 'word' ends: at a comma that
** opens a clause of its own ("..., and the trade agreement ...", "...,
** and in May signed ...", not a list's ", and C"), else the sentence's
** end. */
static size_t relation_clause_end(const ivl_fctx *x, const ivl_fsent *s, size_t word) {
  static const char *const own[] = {"and the", "and its", "and it", NULL};
  for (size_t p = word; p < s->ve; p++)
    if (x->t[p] == ',' && (fx_starts_with_any(x, p + 1, own) || and_someone_said(x, s, p + 1) ||
                           and_then_signed(x, s, p + 1)))
      return p;
  return s->ve;
}

/* "The visit of the Normandy delegation comes as France and Việt Nam,
** which set up diplomatic ties in 1973, mark ...": a relation told in a
** relative clause is the pair "A and B" that the clause follows, not a
** place named earlier in the sentence (set qally). Where that pair opens,
** or FX_NONE when the relation word is in no such clause. */
static size_t pair_before_which(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t word) {
  size_t which = fx_find_last(x, from, word, "which");
  if (which == FX_NONE || memchr(x->t + which, ',', word - which)) return FX_NONE;
  size_t comma = which;
  while (comma > from && x->t[comma - 1] == ' ') comma--;
  if (comma <= from || x->t[--comma] != ',') return FX_NONE;
  for (size_t k = 1; k < s->n; k++) {
    const ivl_fm *a = &s->m[k - 1], *b = &s->m[k];
    if (b->ve != comma || a->vs < from) continue;
    return fx_starts_with(x, a->ve, "and") && b->vs <= a->ve + 5 ? a->vs : FX_NONE;
  }
  return FX_NONE;
}

/* The pair of an alliance told in a relative clause (alliance_year_in_which
** at 'word'): the firm the clause follows ("Shimada Cycle, which partnered
** with ...") and the first firm after "with", however described ("with
** Japanese trader Kanaya Pulp", "with Đà Nẵng's Hòa Khánh Mechanical").
** 1 when both are named. */
static int alliance_pair(const ivl_fctx *x, const ivl_fsent *s, size_t word, parties *ps) {
  size_t which = fx_find_last(x, s->vs, word, "which"), comma = which;
  while (comma > s->vs && x->t[comma - 1] == ' ') comma--;
  if (which == FX_NONE || comma <= s->vs || x->t[comma - 1] != ',') return 0;
  const ivl_fm *firm = NULL, *partner = NULL;
  size_t with = fx_find(x, word, s->ve, "with");
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_ORG) continue;
    if (m->ve == comma - 1) firm = m;
    if (with != FX_NONE && m->vs > with && !partner) partner = m;
  }
  if (!firm || !partner) return 0;
  add_party(ps, firm->party, firm);
  add_party(ps, partner->party, partner);
  return ps->n == 2;
}

/* "Hà Nội and Washington normalised diplomatic relations in 1995": only
** states have diplomatic relations, so two national capitals that have
** them stand for their countries (the capitals' country codes); a sister
** tie of two capitals ("Hà Nội and Seoul became sister cities") stays
** theirs, as does a pair not both capitals. */
static void capitals_as_states(const ivl_fctx *x, const ivl_fsent *s, parties *ps) {
  static const char *const capitals[] = {
    "Hà Nội", "Washington", "Tokyo", "Seoul", "Beijing", "Moscow", "Paris", "London", "Berlin", "Canberra",
    "New Delhi", "Bangkok", "Vientiane", "Phnom Penh", "Jakarta", "Ottawa", "Rome", "Madrid", "Wellington",
    "Manila", "Kuala Lumpur", "Havana", "Brasília", "Pretoria", "Abu Dhabi", "Riyadh", NULL};
  if (ps->n != 2 || fx_find(x, s->vs, s->ve, "diplomatic") == FX_NONE) return;
  for (size_t i = 0; i < 2; i++) {
    const ivl_fm *m = ps->m[i];
    if (!m || m->kind != FM_PLACE || !m->country) return;
    int capital = 0;
    for (const char *const *c = capitals; *c && !capital; c++) capital = strcmp(ps->name[i], *c) == 0;
    if (!capital) return;
  }
  if (strcmp(ps->m[0]->country, ps->m[1]->country) == 0) return;
  parties states = {0};
  for (size_t i = 0; i < 2; i++) add_party(&states, ps->m[i]->country, NULL);
  *ps = states;
}

/* Is t[from, to) only words that open with a capital ("Comprehensive" of
** "Comprehensive Strategic Partnership")? */
static int capitals_only(const ivl_fctx *x, size_t from, size_t to) {
  for (size_t p = from; p < to; p++) {
    if (x->t[p] == ' ') continue;
    if (!ivl_isupper((unsigned char)x->t[p])) return 0;
    while (p < to && x->t[p] != ' ') p++;
  }
  return 1;
}

/* "a symbol of the Việt Nam – Singapore Comprehensive Strategic
** Partnership, established in March 2025": two countries joined by a dash
** or hyphen right before the relation name it, its parties whatever else
** the clause names before them ("the VSIP model"). 1 when so. */
static int pair_naming_relation(const ivl_fctx *x, const ivl_fsent *s, size_t word, parties *ps) {
  const ivl_fm *b = NULL, *a = NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->ve > word) break;
    if (m->kind == FM_COUNTRY && capitals_only(x, m->ve, word)) b = m, a = i ? &s->m[i - 1] : NULL;
  }
  if (!a || !b || a->kind != FM_COUNTRY || !a->party || !b->party || strcmp(a->party, b->party) == 0) return 0;
  size_t p = a->ve;
  while (p < b->vs && x->t[p] == ' ') p++;
  size_t dash = fx_long_dash_at(x, p);
  if (!dash && p < b->vs && x->t[p] == '-') dash = 1;
  if (!dash) return 0;
  for (p += dash; p < b->vs && x->t[p] == ' '; p++);
  if (p != b->vs) return 0;
  ps->n = 0;
  add_party(ps, a->party, a);
  add_party(ps, b->party, b);
  return 1;
}

/* "... sell cells to VinFast, with which Voltmax Energy has had a battery
** joint venture since 2024": a relation told in a relative clause opened
** by ", with which" (", with whom") is between the firm the clause hangs
** on and the firm opening it, whatever else the sentence names (set
** qchain). When so, the pair replaces ps; the clause must reach the
** relation word at 'word'. */
static void pair_of_with_which(const ivl_fctx *x, const ivl_fsent *s, size_t word, parties *ps) {
  static const char *const with_which[] = {"with which", "with whom", NULL};
  size_t w = fx_last(x, s->vs, word, with_which);
  if (w == FX_NONE || w < s->vs + 2 || x->t[w - 1] != ' ' || x->t[w - 2] != ',') return;
  size_t at = w - 2; /* the comma */
  if (!firm_ends_at_comma(s, at)) return;
  size_t p = w + (fx_starts_with(x, w, "with which") ? 10 : 9);
  while (p < word && x->t[p] == ' ') p++;
  const ivl_fm *a = NULL, *b = NULL;
  for (size_t i = 0; i < s->n; i++) {
    if (s->m[i].ve == at) a = &s->m[i];
    if (s->m[i].vs == p) b = &s->m[i];
  }
  if (!a || !b || b->kind != FM_ORG || !a->party || !b->party || strcmp(a->party, b->party) == 0 ||
      memchr(x->t + b->ve, ',', word - b->ve))
    return;
  ps->n = 0;
  add_party(ps, a->party, a);
  add_party(ps, b->party, b);
}

/* "A and B set up the venture capital fund in 2020": the venture said at
** 'word' is a fund's kind, no venture of the pair's. */
static int venture_capital_after(const ivl_fctx *x, const ivl_fsent *s, size_t word) {
  size_t v = fx_find(x, word, word + 32 < s->ve ? word + 32 : s->ve, "venture");
  return v != FX_NONE && fx_starts_with(x, v + 7, "capital");
}

/* The article at 'art' ("a", "their"), then up to two lower-case
** describing words, right up to the noun at 'word' ("a cloud joint
** venture", "their fertiliser joint venture")? */
static int describing_up_to(const ivl_fctx *x, size_t art, size_t word) {
  size_t p = art;
  while (p < word && ivl_isalpha((unsigned char)x->t[p])) p++;
  int words = 0;
  for (; p < word; words++) { /* lower-case describing words, two at most */
    while (p < word && x->t[p] == ' ') p++;
    if (p >= word) break;
    if (!ivl_islower((unsigned char)x->t[p]) || words >= 2) return 0;
    while (p < word && (ivl_isalpha((unsigned char)x->t[p]) || x->t[p] == '-')) p++;
  }
  return 1;
}

/* "will dissolve their fertiliser joint venture, which the two sides
** formed in 2006", "ended its distribution joint venture with X, formed in
** 2018": a venture a verb of ending takes as its object is over, its
** founding year no start of a partnership that stands (rule 13). The verb,
** then a possessive or article and up to two describing words before the
** venture at 'word' (set qjv, qteam). */
static int venture_ended(const ivl_fctx *x, const ivl_fsent *s, size_t word) {
  static const char *const ending[] = {"dissolve", "dissolves", "dissolved", "dissolving", "end", "ends", "ended",
                                       "ending", "terminate", "terminates", "terminated", "terminating", "wind up",
                                       "winds up", "wound up", "winding up", "liquidate", "liquidated", "unwound",
                                       "scrapped", NULL};
  static const char *const owners[] = {"their", "its", "the", "a", "an", "our", NULL};
  if (!fx_starts_with(x, word, "joint venture")) return 0;
  size_t art = fx_last(x, word > s->vs + 40 ? word - 40 : s->vs, word, owners);
  return art != FX_NONE && fx_ends_with_any(x, art, ending) && describing_up_to(x, art, word);
}

/* "It has run a cloud joint venture with X since 2019", "It has had a
** joint venture with X since 2015": "It" alone, auxiliaries, a verb of
** holding or forming the venture, its article and up to two describing
** words before the relation word at 'word' is the company spoken of, as
** "It has also signed" is (it_alone_signs). Not "It is a joint venture"
** (no holding verb), nor "It said a joint venture" (no such verb). */
static int it_holds_venture(const ivl_fctx *x, size_t from, size_t word) {
  static const char *const holds[] = {"had", "run", "runs", "ran", "operated", "operates", "formed", "set up",
                                      "established", "owned", "owns", NULL};
  static const char *const articles[] = {"a", "an", NULL};
  if (!fx_starts_with(x, word, "joint venture")) return 0;
  size_t verb = fx_first(x, from, word, holds), art = verb == FX_NONE ? FX_NONE : fx_first(x, verb, word, articles);
  if (art == FX_NONE || !it_alone_signs(x, from, verb)) return 0;
  return describing_up_to(x, art, word);
}

static void link_partnership(ivl_fctx *x, const ivl_fsent *s) {
  /* a start is a year said, or "N years ago": most sentences with a
  ** relation word ("trading partner") have neither, and need no look */
  int has_year = 0;
  for (size_t i = 0; i < s->n && !has_year; i++) has_year = s->m[i].kind == FM_DATE && year_of(&s->m[i]);
  if (!has_year && fx_find(x, s->vs, s->ve, "ago") == FX_NONE) return;
  size_t word = relation_word(x, s);
  if (word == FX_NONE || venture_capital_after(x, s, word) || venture_ended(x, s, word)) return;
  const ivl_fm *allied = alliance_year_in_which(x, s, word);
  if (allied) {
    parties two = {0};
    if (alliance_pair(x, s, word, &two)) store_partnership(x, s, &two, allied);
    return;
  }
  size_t from = subject_start(x, s, word), pair_at = pair_before_which(x, s, from, word);
  if (pair_at != FX_NONE) from = pair_at;
  parties ps = {0};
  parties_in(x, s, from, word, &ps);
  if (!ps.n && x->c.company && it_holds_venture(x, from, word)) {
    const ivl_fm *firm = full_name_before(x, x->c.company);
    add_party(&ps, firm->party, firm);
  }
  if (ps.n > 2) pair_naming_relation(x, s, word, &ps);
  /* "A and B are not new to each other: they already run a joint venture
  ** set up in 2021": "they" after the colon is the pair before it (set qally) */
  if (!ps.n && from > s->vs + 1 && x->t[from - 1] == ':' && fx_starts_with(x, from, "they"))
    parties_in(x, s, s->vs, from - 1, &ps);
  relation_owner(x, s, word, &ps);
  partner_by_possessive(x, s, word, &ps);
  venture_partner_before(x, s, from, word, &ps);
  size_t subject = ps.n ? FX_NONE : subject_after_opening(x, s, word);
  if (subject != FX_NONE) list_after(x, s, subject, s->ve, &ps);
  /* a list of partner places is a place's (an organisation's is no sister city) */
  int place = ps.n >= 1 && (!ps.m[0] || ps.m[0]->kind == FM_PLACE || ps.m[0]->kind == FM_COUNTRY);
  /* a list of partners ("including Ohio (2018) and California (2017)")
  ** leaves the pair the article is about as it was */
  const char *pair[2] = {x->c.pair[0], x->c.pair[1]};
  int pair_places = x->c.pair_places;
  /* (not a joint venture's: "came to Vietnam through a joint venture with
  ** X, and opened a mill in Đồng Nai in 2015": where and when it built, a
  ** company referred back to by "the group" being no place) */
  if (place && !fx_starts_with(x, word, "joint venture") && listed_partners(x, s, word, ps.name[0], ps.m[0])) {
    x->c.pair[0] = pair[0], x->c.pair[1] = pair[1], x->c.pair_places = pair_places;
    return;
  }
  if (!relation_began(x, s)) return;

  /* "relations between A and B", "a joint venture of A, B and C": the
  ** partners are listed right after the relation (the venture named before
  ** it is their company); a "between" further on ("launched their joint
  ** venture in 2019, and it now flies between the two countries") is not
  ** about them */
  size_t near = word + 40 < s->ve ? word + 40 : s->ve;
  size_t between = fx_find(x, word, near, "between");
  if (between != FX_NONE && between_routes_flown(x, between)) between = FX_NONE;
  /* nor one in a clause of its own after ", and the" ("strategic partners
  ** since 2011, and the trade agreement between the EU and Việt Nam ..."):
  ** a pair named there is another's */
  size_t own_end = relation_clause_end(x, s, word);
  if (between >= own_end) between = FX_NONE;
  size_t of = fx_find(x, word, word + 18 < s->ve ? word + 18 : s->ve, "of");
  if (of != FX_NONE && fx_find(x, word, of, "joint venture") != word) of = FX_NONE;
  const char *described = NULL; /* the country of "the Japanese firm" founding it */
  if (between != FX_NONE || of != FX_NONE) {
    ps.n = 0;
    list_after(x, s, between != FX_NONE ? between + 7 : of + 2, s->ve, &ps);
  } else if ((of = venture_founders_after(x, s, word)) != FX_NONE) {
    ps.n = 0;
    list_after(x, s, of, s->ve, &ps);
    /* (and the partner after "with", however described: "a joint venture
    ** that X formed with local coke maker Y in 2014", set qheavy) */
    size_t with = fx_find(x, of, of + 80 < s->ve ? of + 80 : s->ve, "with");
    if (with != FX_NONE) list_after(x, s, with + 4, s->ve, &ps);
  } else if ((of = venture_founded_by_company(x, s, word, &described)) != FX_NONE) {
    /* the one firm the sentence opens on, else the company told before it
    ** (not one this sentence names in a clause of its own: "which it sold
    ** to Y, and it runs a joint venture it set up"), and the partner after
    ** "with" */
    const ivl_fm *firm = firm_opening(x, s, from);
    if (!firm) firm = company_told_before(x, s, described);
    size_t with = fx_find(x, of, of + 40 < s->ve ? of + 40 : s->ve, "with");
    ps.n = 0;
    if (with != FX_NONE && firm) list_after(x, s, with + 4, s->ve, &ps);
    if (ps.n) add_party(&ps, firm->party, firm);
  } else if ((of = partner_of(x, word)) != FX_NONE) {
    /* listed apart: "X has been a partner of Việt Nam" is no "firm of Việt Nam" */
    parties with = {0};
    list_after(x, s, of, s->ve, &with);
    for (size_t i = 0; i < with.n; i++) add_party(&ps, with.name[i], with.m[i]);
    /* "X, a partner of the city since 2017": the place the article is about */
    size_t p = of;
    while (p < s->ve && x->t[p] == ' ') p++;
    if (!with.n && province_spoken_of(x) && fx_starts_with_any(x, p, the_locality) &&
        !fx_starts_with_any(x, p, the_locality_of))
      add_party(&ps, province_spoken_of(x), NULL);
  } else {
    objects_until(x, s, word, own_end, &ps);
  }
  /* "The joint venture, established in 2009, ...": the one told before */
  if (ps.n < 2) venture_told_before(x, s, from, word, &ps);
  drop_covered_countries(x, &ps);
  drop_parks(x, &ps);
  drop_now_asides(x, s, &ps);
  two_sides(x, s, &ps);
  capitals_as_states(x, s, &ps);
  const ivl_fm *year = relation_year(x, s, word);
  /* "2024 marked the 15th anniversary of relations": the year that marks
  ** it, not the start */
  if (year && (fx_starts_with(x, year->ve, "marked") || fx_starts_with(x, year->ve, "marks") ||
               fx_starts_with(x, year->ve, "will mark")))
    return;
  /* "... on October 23, as the two countries prepared to mark the 50th
  ** anniversary of diplomatic relations": a date before the anniversary
  ** is the day of something else, not when the relation began */
  if (year && year->vs < word && fx_find(x, year->ve, word, "anniversary") != FX_NONE) return;
  /* a joint venture has all its partners, the companies when two or more
  ** are named ("entered Vietnam through a joint venture with X": not Việt
  ** Nam); a tie between places, two */
  int venture = fx_find(x, s->vs, s->ve, "joint venture") != FX_NONE;
  if (venture) {
    parties orgs = {0};
    for (size_t i = 0; i < ps.n; i++)
      if (ps.m[i] && ps.m[i]->kind == FM_ORG) add_party(&orgs, ps.name[i], ps.m[i]);
      else if (x->c.company && strcmp(ps.name[i], x->c.company->party) == 0 && !named_shorter(&ps, ps.name[i]))
        add_party(&orgs, ps.name[i], NULL);
    if (orgs.n >= 2) ps = orgs;
  }
  if (ps.n > 2) pair_of_with_which(x, s, word, &ps);
  if (ran_jointly(x, s, word)) drop_places(&ps);
  int ago = years_ago(x, s, word);
  if (ps.n < 2 || (ps.n > 2 && !venture) || (!year && !ago)) return;
  /* "are expected to sign a sister-city agreement on March 12": a
  ** relation still to begin has no start yet */
  static const char *const to_begin[] = {"will", "to sign", "to establish", "to become", "to set up", "to forge", NULL};
  if (year && !ago && fx_any(x, s->vs, s->ve, to_begin)) { /* the tense's look, only where it may be ahead */
    ivl_tense tense = ivl_tense_at(x->t, s->vs, s->ve, year->vs, year->ve);
    if (tense == IVL_TENSE_FUTURE || tense == IVL_TENSE_REPORTED) return;
  }
  if (ago) store_since(x, s, &ps, ago, NULL);
  else {
    store_partnership(x, s, &ps, year);
    if (!venture) later_ties(x, s, &ps, year);
  }
}

/* }====================================================================== */

/* "ADB will lend $200 million to X JSC for ...": a lender named before the
** loan word and a borrower after it, the sentence's only two organisations,
** are the pair "the two sides" speak of next ("The two sides signed the
** loan agreement in Manila"), when no pair is linked yet. */
static void lender_and_borrower(ivl_fctx *x, const ivl_fsent *s) {
  size_t at = fx_first(x, s->vs, s->ve, ivl_lexicon(LEX_AID));
  if (at == FX_NONE) return;
  const ivl_fm *org[2] = {NULL, NULL};
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_ORG || !m->party || (m->flags & FM_COMMITTEE)) continue;
    if (org[1] || (org[0] && strcmp(org[0]->party, m->party) == 0)) return;
    org[org[0] != NULL] = m;
  }
  if (org[1] && org[0]->ve <= at && org[1]->vs > at)
    x->c.pair[0] = org[0]->party, x->c.pair[1] = org[1]->party, x->c.pair_places = 0, x->c.pair_aside = 0;
}

/* "X will buy 49 per cent of Y from Z for $210 million. The two sides
** signed the share purchase agreement in Tokyo": the sides of a purchase
** a sentence tells are its buyer and its seller, or, with no seller named,
** the buyer and the firm bought; they are the pair "the two sides" and "the
** two companies" speak of next (not the places the article names most),
** when no pair is linked yet. A sentence with a third firm beside them
** names no such pair. */
static void buyer_and_seller(ivl_fctx *x, const ivl_fsent *s) {
  const ivl_fm *bought = NULL, *side[2] = {NULL, NULL};
  for (size_t i = 0; i < s->n && !bought; i++)
    if (s->m[i].kind == FM_ORG && (s->m[i].flags & FM_COMPANY) && s->m[i].party && fx_bought_company(x, &s->m[i]))
      bought = &s->m[i];
  if (!bought) return;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_ORG || !(m->flags & FM_COMPANY) || !m->party || same_firm(m->party, bought->party)) continue;
    /* (nor the wire that credits the story, "HANOI, Dec 1 (Reuters) -",
    ** nor an adviser or a brokerage reporting it: "..., Y Securities said in
    ** a note") */
    if ((side[0] && same_firm(m->party, side[0]->party)) || fx_dateline_source(x, m) || fx_adviser(x, m)) continue;
    if (side[1]) return; /* a third firm */
    side[side[0] != NULL] = m;
  }
  if (!side[0]) return;
  /* (two buying together, "X and Y will buy 30 per cent of Z", are no
  ** buyer and seller) */
  if (side[1] && side[1]->vs < bought->vs && fx_find(x, side[0]->ve, side[1]->vs, "and") != FX_NONE) return;
  if (!side[1]) side[1] = bought;
  x->c.pair[0] = side[0]->party, x->c.pair[1] = side[1]->party, x->c.pair_places = 0, x->c.pair_aside = 0;
  x->c.bought_pair[0] = x->c.pair[0], x->c.bought_pair[1] = x->c.pair[1], x->c.bought_pair_sent = s->index + 1;
  x->c.bought_pair_ve = s->ve;
}

/* Is the pair linked the one a purchase linked, and no longer the one
** the words at s speak of? "The two sides" told after the sentence right
** after it are another meeting's ("X bought 30 per cent of Y. Leaders of
** Bình Định met a delegation from Okayama. The two sides signed ...");
** "the two companies" ('firms') are its pair until a third firm is named
** since ("Tân Á Furniture JSC is a client"). */
static int purchase_pair_stale(const ivl_fctx *x, const ivl_fsent *s, int firms) {
  if (!x->c.bought_pair_sent || x->c.pair[0] != x->c.bought_pair[0] || x->c.pair[1] != x->c.bought_pair[1]) return 0;
  if (!firms) return s->index > x->c.bought_pair_sent;
  const ivl_fm *third = NULL, *last = NULL;
  for (size_t i = 0; i < x->nm && x->m[i].vs < s->vs; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind != FM_ORG || !(m->flags & FM_COMPANY) || !m->party) continue;
    last = m;
    if (m->vs >= x->c.bought_pair_ve && !same_firm(m->party, x->c.pair[0]) && !same_firm(m->party, x->c.pair[1]))
      third = m;
  }
  /* (not a third firm told in passing, one of the pair named again in a
  ** later sentence: "The plant sells power to state utility EVN. Chao
  ** Phraya said the deal would lift its total ... The two companies have
  ** run a joint venture since 2021", set qwaste) */
  return third && (last == third || one_sentence(x, third->ve, last->vs));
}

/* "Leaders witnessed the exchange of nine documents. They included an MoU
** between A and B on ..., and an agreement between C and D.": the deals of
** a signing just told, listed with no verb of their own, each "between"
** its pair. Not a deal named as the ground of another act ("Under the
** agreement between A and B, ..."): only a sentence that opens by listing
** what was signed, after a signing. */
static void documents_listed(ivl_fctx *x, const ivl_fsent *s) {
  static const char *const opens[] = {
    "they included", "they include", "these included", "these include", "those included",
    "among them were", "among them are", "among these were", "among those were", "the documents included",
    "the documents include", "among the documents were", "among the documents are", "among the documents signed were",
    "among the agreements were", "among the deals were",
    /* one of them, told alone: "Among them was a memorandum between A and
    ** B on plant health" (set qweek53) */
    "among them was", "among them is", "among these was", "among the documents was", NULL};
  static const char *const deals[] = {
    "memorand*", "mou", "mous", "agreement", "agreements", "deal", "deals", "contract", "contracts", NULL};
  static const char *const signing[] = {"signed", "signing", "exchange of", "exchanged", "inked", NULL};
  /* every sentence with no deal word comes here: its first word's letter
  ** and length first ("they", "these", "those", "among", "the documents"),
  ** not the list's eleven looks */
  unsigned char c = (unsigned char)(x->t[s->vs] | 0x20);
  if (c != 't' && c != 'a') return;
  size_t n = 0;
  while (s->vs + n < s->ve && ivl_isalpha((unsigned char)x->t[s->vs + n])) n++;
  /* ... and its next letters, "the d", "the", "tho", "amo": most
  ** sentences open with "The" or "This", whose looks were 0.48M Ir on
  ** /tmp/b1 */
  const unsigned char *p = (const unsigned char *)x->t + s->vs;
  if (n == 3) {
    if (s->vs + 4 >= x->a->view.len || p[3] != ' ' || (p[4] | 0x20) != 'd' || !fx_starts_with(x, s->vs, "the documents"))
      return;
  } else if (n != 4 && n != 5) {
    return;
  } else if (c == 't' ? (p[1] | 0x20) != 'h' || ((p[2] | 0x20) != 'e' && (p[2] | 0x20) != 'o')
                      : (p[1] | 0x20) != 'm' || (p[2] | 0x20) != 'o') {
    return;
  }
  if (!fx_starts_with_any(x, s->vs, opens)) return;
  size_t back = s->vs > 300 ? s->vs - 300 : 0;
  if (!fx_any(x, back, s->vs, signing) || !fx_any(x, s->vs, s->ve, deals)) return;
  for (size_t at = fx_find(x, s->vs, s->ve, "between"); at != FX_NONE;) {
    size_t nb = fx_find(x, at + 7, s->ve, "between");
    size_t to = nb != FX_NONE ? nb : s->ve;
    /* each "between" after a deal word of its own */
    size_t deal = fx_first(x, s->vs, at, deals);
    parties two = {0};
    if (deal != FX_NONE) list_after(x, s, at + 7, to, &two);
    drop_covered_countries(x, &two);
    if (two.n == 2) store_agreement(x, s, &two, NULL, at, to);
    at = nb;
  }
}

/* "The deals included a $12 million contract between A and B, an MoU
** under which C will buy tea from D, and a contract for E to source
** chairs from F": a sentence whose subject is the deals of an event
** ("the deals", "the contracts signed at the fair also") and whose verb
** is "included" lists them with no signing verb of their own; each item
** opens at its deal word and is between its pair, or names its two firms
** (the buyer and the seller). A signing said in it or just before it is
** needed (set qweek83). Not an item with one firm named, nor "the deals
** included rice and coffee". Returns whether any item was read so. */
static int deals_included(ivl_fctx *x, const ivl_fsent *s) {
  static const char *const subjects[] = {"the deals", "the contracts", "the agreements", "the documents signed",
                                         "deals signed", "contracts signed", NULL};
  static const char *const verbs[] = {"included", "include", "includes", NULL};
  static const char *const deals[] = {"memorand*", "mou", "agreement", "deal", "contract", "order", NULL};
  static const char *const signing[] = {"signed", "signing", "inked", NULL};
  if (!fx_starts_with_any(x, s->vs, subjects)) return 0;
  size_t verb = fx_first(x, s->vs, s->vs + 80 < s->ve ? s->vs + 80 : s->ve, verbs);
  if (verb == FX_NONE || memchr(x->t + s->vs, ',', verb - s->vs)) return 0;
  if (!fx_any(x, s->vs > 300 ? s->vs - 300 : 0, s->ve, signing)) return 0;
  int stored = 0;
  for (size_t at = fx_first(x, verb, s->ve, deals); at != FX_NONE;) {
    size_t next = fx_first(x, at + 3, s->ve, deals);
    size_t end = next != FX_NONE ? next : s->ve;
    parties two = {0};
    size_t between = fx_find(x, at, end, "between");
    if (between != FX_NONE) {
      list_after(x, s, between + 7, end, &two);
    } else {
      for (size_t i = 0; i < s->n; i++)
        if (s->m[i].kind == FM_ORG && s->m[i].vs > at && s->m[i].ve <= end && (s->m[i].flags & FM_COMPANY))
          add_party(&two, party_name(x, s, &s->m[i]), &s->m[i]);
    }
    drop_covered_countries(x, &two);
    if (two.n == 2) {
      store_agreement(x, s, &two, NULL, at, end);
      stored = 1;
    }
    at = next;
  }
  return stored;
}

/* Does the item t[item, at) open on its deal word, past a bullet or a
** number and an article ("1. Memorandum of Understanding on cooperation in
** renewable energy between", "- a letter of intent between")? A list of
** the documents signed at a visit names each so, its subject before
** "between" (set qweek118); a clause that names the deal later ("Tenants
** such as A signed with ...") does not open on it. */
static int item_opens_on_deal(const ivl_fctx *x, size_t item, size_t at, const char *const *deals) {
  size_t p = item;
  while (p < at && ivl_isspace((unsigned char)x->t[p])) p++;
  p = ivl_facts_past_bullet(x, p, at);
  if (ivl_facts_numbered_line(x, p, at) > 0) {
    while (p < at && x->t[p] != ' ') p++;
    while (p < at && x->t[p] == ' ') p++;
  }
  static const char *const articles[] = {"a", "an", "the", NULL};
  if (fx_starts_with_any(x, p, articles)) {
    while (p < at && ivl_isalpha((unsigned char)x->t[p])) p++;
    while (p < at && x->t[p] == ' ') p++;
  }
  return fx_first(x, p, at, deals) == p;
}

/* Does sentence s end on one bulleted item of a documents' list, on its
** own line ("- Memorandum of Understanding on agricultural cooperation
** between A and B."), "between" at 'b1'? Its intro may open the sentence. */
static int lone_document_item(const ivl_fctx *x, const ivl_fsent *s, size_t b1, const char *const *deals) {
  /* (the line of "between": its list's intro may be in the sentence) */
  size_t ls = b1;
  while (ls > s->vs && x->t[ls - 1] != '\n') ls--;
  if (ls == s->vs && ls > 0 && x->t[ls - 1] != '\n') return 0;
  int bullet = ivl_facts_past_bullet(x, ls, s->ve) != ls || ivl_facts_numbered_line(x, ls, s->ve) > 0;
  if (!bullet || memchr(x->t + b1, '\n', s->ve - b1)) return 0;
  return item_opens_on_deal(x, ls, b1, deals);
}

/* "Notable agreements include:" / "1. An MoU between A and B on hydrogen
** energy;" / "2. An MoU between C and D on seaport services.", "two
** further agreements were signed: one between A and B on transport; and
** one between C and D on tourism": items of a list, set off by lines or
** semicolons, each a deal "between" its own pair, its sectors its own.
** Only where every "between" opens an item after a deal word (or "one"),
** two of them at least; the date only where an item states one. With no
** signing verb in the sentence ('verbless'), a signing said in it or just
** before it ("signed 12 MoUs at the forum.") is needed. Returns whether
** the sentence was read so. */
static int deals_itemised(ivl_fctx *x, const ivl_fsent *s, int verbless) {
  static const char *const deals[] = {"memorand*",         "mou",  "mous",      "agreement",
                                      "agreements",        "deal", "deals",     "contract",
                                      "contracts",         "one",  "letter of intent", "letters of intent",
                                      "credit agreement",  NULL};
  /* every sentence is asked, and few have "between" at all: the sentence
  ** pass says so (CUE_BETWEEN), but for one that ends a word short, whose
  ** last word it cannot see whole (the look to its end finds "between"
  ** in "betweenness" cut there); the look each sentence made for it was
  ** 1.0M Ir on /tmp/b1 */
  if (!(s->cues & CUE_BETWEEN) && !fx_cuts_word(x, s->ve)) return 0;
  size_t b1 = fx_find(x, s->vs, s->ve, "between");
  if (b1 == FX_NONE) return 0;
  size_t b2 = fx_find(x, b1 + 7, s->ve, "between");
  int lone = b2 == FX_NONE && lone_document_item(x, s, b1, deals);
  if (b2 == FX_NONE && !lone) return 0;
  /* each "between" after a deal word, in an item of its own: a line break
  ** or a semicolon between one "between" and the next */
  for (size_t at = b1, prev = s->vs; at != FX_NONE;) {
    size_t item = at;
    while (item > prev && x->t[item - 1] != '\n' && x->t[item - 1] != ';' && x->t[item - 1] != ':') item--;
    if (item == prev && at != b1) return 0;
    /* (further when the item opens on its deal word: "Memorandum of
    ** Understanding on agricultural cooperation between") */
    size_t reach = item_opens_on_deal(x, item, at, deals) ? 120 : 48;
    if (fx_first(x, item, at, deals) == FX_NONE || at - item > reach) return 0;
    prev = at;
    at = fx_find(x, at + 7, s->ve, "between");
  }
  static const char *const signing[] = {"signed", "signing", "exchange of", "exchanged", "inked", NULL};
  /* (a lone item looks further back, past the items before it, for the
  ** signing its list's intro tells) */
  size_t look = lone ? 600 : 300;
  if (verbless && !fx_any(x, s->vs > look ? s->vs - look : 0, s->ve, signing)) return 0;
  int stored = 0;
  for (size_t at = b1; at != FX_NONE;) {
    size_t nb = fx_find(x, at + 7, s->ve, "between");
    size_t to = nb != FX_NONE ? nb : s->ve;
    /* the item ends at its line break or semicolon */
    size_t end = at;
    while (end < to && x->t[end] != '\n' && x->t[end] != ';') end++;
    parties two = {0};
    list_after(x, s, at + 7, end, &two);
    drop_covered_countries(x, &two);
    if (two.n == 2) {
      const ivl_fm *date = NULL;
      for (size_t i = 0; i < s->n; i++)
        if (s->m[i].kind == FM_DATE && s->m[i].vs > at && s->m[i].ve <= end) date = &s->m[i];
      store_agreement(x, s, &two, date, at, end);
      stored = 1;
    }
    at = nb;
  }
  return stored;
}

/* "Among the documents signed:" / "- A and B: memorandum of understanding
** on ..." / "- C and D: joint venture contract to ...": a list of deals
** whose items name their parties before a colon and the deal right after
** it (a few lower-case words, then its noun). A signing said in the
** sentence or just before it is needed; an item with no date of its own
** takes the last full day said, the event's, as "Among them, ..." does.
** Not an item with one party ("- Daewon Pharm: investment certificate").
** Returns whether any item was read so. */
static int deals_by_bullet(ivl_fctx *x, const ivl_fsent *s) {
  static const char *const deals[] = {"memorand*", "mou", "agreement", "deal", "contract", NULL};
  static const char *const signing[] = {"signed", "signing", "inked", "exchanged", NULL};
  if (!memchr(x->t + s->vs, '\n', s->ve - s->vs)) return 0;
  int stored = 0, asked = 0;
  for (size_t line = s->vs; line < s->ve; line++) {
    if (line > s->vs && x->t[line - 1] != '\n') continue;
    size_t item = ivl_facts_past_bullet(x, line, s->ve), end = line;
    while (end < s->ve && x->t[end] != '\n') end++;
    const char *colon = item == line ? NULL : memchr(x->t + item, ':', end - item);
    if (!colon) continue;
    size_t after = (size_t)(colon - x->t) + 1, noun = fx_first(x, after, end, deals);
    if (noun == FX_NONE || noun - after > 32 || !fx_lower_words(x, after, noun)) continue;
    if (!asked++ && !fx_any(x, s->vs > 300 ? s->vs - 300 : 0, s->ve, signing)) return 0;
    parties ps = {0};
    list_after(x, s, item, (size_t)(colon - x->t), &ps);
    drop_covered_countries(x, &ps);
    if (ps.n < 2) continue;
    const ivl_fm *day = last_full_day(x);
    for (size_t i = 0; i < s->n; i++)
      if (s->m[i].kind == FM_DATE && s->m[i].vs > item && s->m[i].ve <= end) day = &s->m[i];
    store_agreement(x, s, &ps, day, item, end);
    stored = 1;
  }
  return stored;
}

/* Where the item of a colon's list that begins at 'from' ends: its comma
** or semicolon outside any mention and any brackets ("Tân Hợp Wind Power
** Co., Ltd" keeps its comma), or 'to'. */
static size_t colon_item_end(const ivl_fsent *s, const char *t, size_t from, size_t to) {
  int depth = 0;
  for (size_t k = from; k < to; k++) {
    if (t[k] == '(') depth++;
    else if (t[k] == ')' && depth) depth--;
    else if ((t[k] == ',' || t[k] == ';') && !depth) {
      int inside = 0;
      for (size_t i = 0; i < s->n && !inside; i++) inside = s->m[i].vs < k && k < s->m[i].ve;
      if (!inside) return k;
    }
  }
  return to;
}

/* "A with B (ports) and C with D (rail)": where the first of two pairs
** joined by "and" alone ends, the "and" outside any mention before the
** second "with"; else 'end'. */
static size_t and_between_pairs(const ivl_fctx *x, const ivl_fsent *s, size_t item, size_t end) {
  static const char *const and_[] = {"and", NULL};
  size_t w1 = fx_find(x, item, end, "with");
  size_t w2 = w1 != FX_NONE ? fx_find(x, w1 + 4, end, "with") : FX_NONE;
  if (w2 == FX_NONE) return end;
  size_t a = fx_last(x, w1 + 4, w2, and_);
  if (a == FX_NONE) return end;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].vs < a && a < s->m[i].ve) return end;
  return a;
}

/* The pair an item of a colon's list names, "A with B (dairy)", "A and B
** on retail": with "with", one party on each side of it; else the item's
** own list. Fewer than two parties when the item names no pair. */
static void pair_of_item(const ivl_fctx *x, const ivl_fsent *s, size_t item, size_t end, parties *ps) {
  size_t w = fx_find(x, item, end, "with");
  if (w == FX_NONE) {
    list_after(x, s, item, end, ps);
    return;
  }
  parties a = {0}, b = {0};
  list_after(x, s, item, w, &a);
  list_after(x, s, w + 4, end, &b);
  if (a.n != 1 || b.n != 1) return;
  add_party(ps, a.name[0], a.m[0]);
  add_party(ps, b.name[0], b.m[0]);
}

/* "Signed on the sidelines: A with B (logistics), C with D (energy)",
** "Three deals were signed at the forum: A and B on dairy; and C and D on
** retail": deals told after a colon whose head tells a signing, each item
** (set off by commas or semicolons) a pair of its own, its field its own.
** Every item must name two parties, two items at least: not a list of
** witnesses or attendees ("witnessed by three officials: A, B and C"),
** nor one deal of three ("signed a pact: A, B and C"). The date is the
** item's, else a full day the head tells. Returns whether read so. */
static int pairs_after_colon(ivl_fctx *x, const ivl_fsent *s) {
  static const char *const signing[] = {"signed", "signing", "inked", NULL};
  const char *colon = memchr(x->t + s->vs, ':', s->ve - s->vs);
  if (!colon) return 0;
  size_t c = (size_t)(colon - x->t);
  if (c + 1 >= s->ve || x->t[c + 1] != ' ' || memchr(x->t + s->vs, '(', c - s->vs) ||
      !fx_any(x, s->vs, c, signing))
    return 0;
  parties items[MAX_PARTIES];
  size_t from[MAX_PARTIES], to[MAX_PARTIES], n = 0;
  for (size_t item = c + 1; item < s->ve;) {
    while (item < s->ve && x->t[item] == ' ') item++;
    if (fx_starts_with(x, item, "and")) item += 3;
    size_t end = and_between_pairs(x, s, item, colon_item_end(s, x->t, item, s->ve));
    if (item >= end) break;
    if (n == MAX_PARTIES) return 0;
    items[n] = (parties){0};
    pair_of_item(x, s, item, end, &items[n]);
    drop_covered_countries(x, &items[n]);
    if (items[n].n != 2) return 0;
    from[n] = item, to[n++] = end;
    item = end < s->ve && (x->t[end] == ',' || x->t[end] == ';') ? end + 1 : end;
  }
  if (n < 2) return 0;
  const ivl_fm *head_day = NULL;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_DATE && s->m[i].ve <= c && s->m[i].value_s && strlen(s->m[i].value_s) == 10)
      head_day = &s->m[i];
  for (size_t k = 0; k < n; k++) {
    const ivl_fm *day = head_day;
    for (size_t i = 0; i < s->n; i++)
      if (s->m[i].kind == FM_DATE && s->m[i].vs >= from[k] && s->m[i].ve <= to[k]) day = &s->m[i];
    store_agreement(x, s, &items[k], day, from[k], to[k]);
  }
  return 1;
}

/* Where the intro of the list whose item begins at 'item' starts: the
** line before the item's list (past the items before it and blank lines)
** when it ends on a colon ("The province also signed memoranda of
** understanding with two developers:"); FX_NONE when there is none. */
static size_t list_intro_start(const ivl_fctx *x, size_t item) {
  size_t p = item;
  for (int lines = 0; p > 0 && lines < 12; lines++) {
    size_t end = p - 1; /* the newline before the line at p */
    while (end > 0 && x->t[end - 1] == '\n') end--;
    size_t ls = end;
    while (ls > 0 && x->t[ls - 1] != '\n') ls--;
    if (ls == end) return FX_NONE;
    int bullet = ivl_facts_past_bullet(x, ls, end) != ls || ivl_facts_numbered_line(x, ls, end) > 0;
    if (!bullet) {
      size_t e = end;
      while (e > ls && x->t[e - 1] == ' ') e--;
      return e > ls && x->t[e - 1] == ':' ? ls : FX_NONE;
    }
    p = ls;
  }
  return FX_NONE;
}

/* Does the intro of a list, the line [intro, ie), tell deals signed
** ("The province signed memoranda of understanding with two developers:")?
** Not deals planned ("will sign", "plans to sign"). */
static int intro_tells_signing(const ivl_fctx *x, size_t intro, size_t ie) {
  static const char *const deals[] = {"memorand*", "mou",       "mous",     "agreements",        "agreement",
                                      "deals",     "contracts", "contract", "letters of intent", NULL};
  static const char *const signing[] = {"signed", "inked", "exchanged", NULL};
  static const char *const plans[] = {"will", "plan", "plans", "expected", "to sign", NULL};
  return fx_first(x, intro, ie, deals) != FX_NONE && fx_any(x, intro, ie, signing) && !fx_any(x, intro, ie, plans);
}

/* The end of the line holding t[p], at most 'to': its newline, or 'to'. */
static size_t line_end_within(const char *t, size_t p, size_t to) {
  const char *nl = memchr(t + p, '\n', to - p);
  return nl ? (size_t)(nl - t) : to;
}

/* "The city signed memoranda of understanding with three investors:" /
** "- the city and A, on a logistics park;" / "- the city and B, on a
** port.": items naming only their pair (up to the first comma), the deal
** and its signing told by the list's intro, which ends on a colon. The
** date is the item's, else a full day the intro tells. Not an item that
** is a sentence of its own ("- A and B opened a plant." has no comma
** right after the pair), nor an intro of plans ("will sign"). Returns
** whether any was stored. */
static int pairs_under_deal_intro(ivl_fctx *x, const ivl_fsent *s) {
  if (!memchr(x->t + s->vs, '\n', s->ve - s->vs) && (s->vs == 0 || x->t[s->vs - 1] != ' ')) return 0;
  int stored = 0;
  /* (the sentence may begin past its bullet) */
  size_t first = s->vs;
  while (first > 0 && x->t[first - 1] != '\n' && s->vs - first < 8) first--;
  /* line by line, each found by memchr from the one before: the same
  ** lines as a walk over every byte asking whether a line starts there,
  ** which a sentence opening a paragraph paid twice (8.1M of the stage's
  ** 473M Ir on a 2 MB generated corpus) */
  size_t line = first;
  if (line > 0 && x->t[line - 1] != '\n') line = line_end_within(x->t, line, s->ve) + 1;
  for (size_t end; line < s->ve; line = end + 1) {
    end = line_end_within(x->t, line, s->ve);
    size_t item = ivl_facts_past_bullet(x, line, end);
    if (item == line || item < s->vs) {
      if (item == line || item + 8 < s->vs) continue;
      item = s->vs;
    }
    size_t intro = list_intro_start(x, line);
    if (intro == FX_NONE) continue;
    size_t ie = intro;
    while (x->t[ie] != '\n') ie++;
    if (!intro_tells_signing(x, intro, ie)) continue;
    size_t pair_end = colon_item_end(s, x->t, item, end);
    if (pair_end == end || x->t[pair_end] != ',') continue;
    parties ps = {0};
    list_after(x, s, item, pair_end, &ps);
    drop_covered_countries(x, &ps);
    if (ps.n != 2) continue;
    const ivl_fm *day = last_full_day(x);
    if (day && (day->vs < intro || day->ve > ie)) day = NULL;
    for (size_t i = 0; i < s->n; i++)
      if (s->m[i].kind == FM_DATE && s->m[i].vs >= item && s->m[i].ve <= end) day = &s->m[i];
    store_agreement(x, s, &ps, day, item, end);
    stored = 1;
  }
  return stored;
}

/* Is a signing told in the present right after its party ("A and B sign
** an MoU")? Not the noun ("a sign of trust", "the exchange of nine
** documents"), which left a sentence listing deals to the signing's verb
** (documents_listed). */
static int signed_now(const ivl_fctx *x, const ivl_fsent *s) {
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if ((m->kind == FM_ORG || m->kind == FM_PLACE || m->kind == FM_COUNTRY) && x->t[m->ve] == ' ' &&
        signs_in_present(x, m->ve + 1))
      return 1;
  }
  return 0;
}

/* "A signed with B to manage a hotel in Đà Nẵng. The second deal, with C,
** covers a hotel in Hạ Long": one more of the deals a firm made, told by
** its ordinal and its other side alone, with no verb of signing; the
** signer is the subject of the deal between two firms told one or two
** sentences before (set qweek26). Not "The second phase, with 200 rooms"
** (no deal's noun) nor a deal whose other side is no firm. 1 when stored. */
static int ordinal_deal_with(ivl_fctx *x, const ivl_fsent *s) {
  static const char *const ordinal[] = {"the second", "the third", "the fourth", "the fifth", "the other",
                                        "the last", "the final", NULL};
  static const char *const nouns[] = {"deal", "agreement", "contract", "memorandum", "mou", NULL};
  if ((x->t[s->vs] | 0x20) != 't' || !x->c.pair_firm[0] || !x->c.pair_sent || s->index + 1 > x->c.pair_sent + 2 ||
      !fx_starts_with_any(x, s->vs, ordinal))
    return 0;
  size_t p = s->vs + 4;
  while (p < s->ve && ivl_isalpha((unsigned char)x->t[p])) p++;
  while (p < s->ve && x->t[p] == ' ') p++;
  if (!fx_starts_with_any(x, p, nouns)) return 0;
  while (p < s->ve && ivl_isalpha((unsigned char)x->t[p])) p++;
  if (p + 6 >= s->ve || memcmp(x->t + p, ", with ", 7) != 0) return 0;
  p += 7;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->vs != p) continue;
    if (m->kind != FM_ORG || !(m->flags & FM_COMPANY) || !m->party) return 0;
    const ivl_fm *signer = x->c.pair_firm[0];
    if (strcmp(signer->party, m->party) == 0) return 0;
    parties two = {{signer->party, m->party}, {signer, m}, 2};
    store_agreement(x, s, &two, NULL, s->vs, s->ve);
    return 1;
  }
  return 0;
}

/* "Maruwa will develop the park with local developer Phu My Land, ...":
** a company opening the sentence that builds or develops with another
** named after "with", the sentence's only two companies, are the pair
** "the two sides" speak of next ("The two sides signed a joint venture
** agreement in Tokyo on Monday"), when no pair is linked yet (set
** qweek57); not the places of the dateline and the signing. */
static void developer_and_partner(ivl_fctx *x, const ivl_fsent *s) {
  static const char *const works[] = {"develop", "develops", "build", "builds", "operate", "operates",
                                      "run", "runs", "co-develop", NULL};
  size_t w = fx_find(x, s->vs, s->ve, "with");
  if (w == FX_NONE) return;
  const ivl_fm *org[2] = {NULL, NULL};
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_ORG || !m->party || !(m->flags & FM_COMPANY) || (m->flags & FM_COMMITTEE)) continue;
    if (org[1] || (org[0] && strcmp(org[0]->party, m->party) == 0)) return;
    org[org[0] != NULL] = m;
  }
  /* (or the company spoken of, the sentence opening on it by its noun:
  ** "The group will develop the site with local partner X": set qweek64) */
  size_t opener_end = org[0] ? org[0]->ve : s->vs;
  if (org[0] && !org[1] && org[0]->vs > w && x->c.company && x->c.company->kind == FM_ORG && x->c.company->party &&
      (x->c.company->flags & FM_COMPANY) && strcmp(x->c.company->party, org[0]->party) != 0 &&
      fx_starts_with_any(x, s->vs, fx_company_words)) {
    org[1] = org[0], org[0] = x->c.company;
    opener_end = s->vs;
  } else if (!org[1] || org[0]->vs != s->vs || org[0]->ve > w || org[1]->vs < w)
    return;
  /* the verb of the work between the first and "with", and no comma
  ** between "with" and the partner ("with local developer X") */
  if (!fx_any(x, opener_end, w, works) || memchr(x->t + w, ',', org[1]->vs - w)) return;
  x->c.pair[0] = org[0]->party, x->c.pair[1] = org[1]->party, x->c.pair_places = 0, x->c.pair_aside = 0;
}

/* The agreements of sentence s: an event's deals listed with no signing
** verb of their own first, then the sentence's own signings, else the
** documents it lists. */
static void agreements_of(ivl_fctx *x, const ivl_fsent *s) {
  if (deals_included(x, s)) return;
  if ((s->cues & CUE_DEAL) || ivl_lexicon_extended(LEX_AGREEING) || ((s->cues & CUE_SIGN_NOW) && signed_now(x, s))) {
    if (!deals_itemised(x, s, 0) && !deals_by_bullet(x, s) && !pairs_after_colon(x, s) &&
        !pairs_under_deal_intro(x, s))
      link_agreement(x, s);
  } else if (!deals_itemised(x, s, 1) && !deals_by_bullet(x, s) && !ordinal_deal_with(x, s) &&
             !pairs_under_deal_intro(x, s)) {
    documents_listed(x, s);
  }
}

void ivl_facts_relate(ivl_fctx *x, const ivl_fsent *s) {
  agreements_of(x, s);
  if ((s->cues & CUE_RELATION) || ivl_lexicon_extended(LEX_RELATION)) link_partnership(x, s);
  if (!x->c.pair[0] && ((s->cues & CUE_AID) || ivl_lexicon_extended(LEX_AID))) lender_and_borrower(x, s);
  if (!x->c.pair[0]) developer_and_partner(x, s);
  if (!x->c.pair[0]) buyer_and_seller(x, s);
}
