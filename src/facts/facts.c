/*
** facts.c
** The fact linker's driver: it sees the article's mentions once, walks the
** sentences in order with the context of what came before, lets the
** investment and relation frames (facts_invest.c, facts_relate.c) store
** what each sentence states. The repeats are merged by the settle step
** (settle.c), which the pipeline runs after.
*/
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "facts_ctx.h"
#include "calendar.h"
#include "layout.h"
#include "names.h"
#include "symbols.h"
#include "util.h"

/* {======================================================================
** Building a fact
** ======================================================================= */

int fx_begin(ivl_fctx *x, const ivl_fsent *s, int type) {
  x->nrefs = 0;
  size_t start = ivl_article_orig(x->a, s->vs), end = ivl_article_orig(x->a, s->ve);
  if (ivl_store_begin(x->out, type, IVL_RULE_FACTS, s->vs, s->ve, start, end)) {
    x->failed = 1;
    return 0;
  }
  return 1;
}

void fx_str(ivl_fctx *x, int key, const char *v) {
  if (v && ivl_store_str(x->out, key, v, strlen(v))) x->failed = 1;
}

void fx_num(ivl_fctx *x, int key, double v) {
  if (ivl_store_num(x->out, key, v)) x->failed = 1;
}

void fx_list(ivl_fctx *x, int key, const char *const *v, size_t n) {
  if (ivl_store_list(x->out, key, v, n)) x->failed = 1;
}

void fx_ref(ivl_fctx *x, const ivl_fm *m) {
  if (!m) return;
  for (size_t i = 0; i < x->nrefs; i++)
    if (x->refs[i] == m->ent) return;
  if (x->nrefs < sizeof x->refs / sizeof *x->refs) x->refs[x->nrefs++] = m->ent;
}

/* A fact has a few mentions (64 at most), mostly in order already: an
** insertion sort, not qsort. */
static void sort_refs(uint32_t *refs, size_t n) {
  for (size_t i = 1; i < n; i++) {
    uint32_t r = refs[i];
    size_t j = i;
    for (; j > 0 && refs[j - 1] > r; j--) refs[j] = refs[j - 1];
    refs[j] = r;
  }
}

void fx_end(ivl_fctx *x) {
  fx_str(x, IVL_SYM_RULE, x->frame);
  sort_refs(x->refs, x->nrefs);
  if (ivl_store_refs(x->out, IVL_SYM_MENTIONS, x->refs, x->nrefs)) x->failed = 1;
}

/* }====================================================================== */

/* {======================================================================
** The mentions as the linkers see them
** ======================================================================= */

static const char *str_field(const ivl_store *s, const ivl_entity *e, int key) {
  const ivl_field *f = key > 0 ? ivl_store_field(s, e, key) : NULL;
  return f && f->kind == IVL_FIELD_STR ? ivl_store_string(s, f) : NULL;
}

static double num_field(const ivl_store *s, const ivl_entity *e, int key) {
  const ivl_field *f = ivl_store_field(s, e, key);
  return f && f->kind == IVL_FIELD_NUM ? f->v.num : 0;
}

/* Is text[0, n) one of countries.tsv's names that end as adjectives do
** ("with Taiwan the second largest investor" was no country's rank)? */
static int name_ending_so(const char *text, size_t n) {
  /* by length first: asked of every demonym ("Japanese", "Korean") */
  switch (n) {
  case 6: return memcmp(text, "Taiwan", 6) == 0;
  case 14: return memcmp(text, "Chinese Taipei", 14) == 0;
  case 24: return memcmp(text, "Islamic Republic of Iran", 24) == 0;
  default: return 0;
  }
}

/* "Japanese", "South Korean", "American": a country's adjective, not its
** name ("Japan", "RoK", "US", "Việt Nam"). */
static int is_demonym(const char *text, size_t n, const char *name) {
  int lower = 0;
  for (size_t i = 0; i < n; i++) lower |= text[i] >= 'a' && text[i] <= 'z';
  if (!lower || (name && strlen(name) == n && memcmp(text, name, n) == 0)) return 0;
  static const char *const endings[] = {"ese", "ean", "ian", "ish", "an", "ch", "i", NULL};
  /* the adjectives no ending tells ("Lao state utility EDL", "Swiss firm";
  ** "Philippine importer X", an adjective of countries.tsv in "-ine", "-ot",
  ** "-ic" or a bare stem, is no country signing beside the firm it describes) */
  static const char *const others[] = {"Lao",   "Swiss",   "Greek",     "Filipino", "Philippine", "Argentine", "Cypriot",
                                       "Icelandic", "Khmer", "Kazakh", "Uzbek", "Kyrgyz", "Slovak", "Seychellois", NULL};
  for (int k = 0; others[k]; k++)
    if (strlen(others[k]) == n && memcmp(text, others[k], n) == 0) return 1;
  for (int k = 0; endings[k]; k++) {
    size_t e = strlen(endings[k]);
    if (n > e && memcmp(text + n - e, endings[k], e) == 0) return !name_ending_so(text, n);
  }
  return 0;
}

/* What a count's unit says: a licence or an investment certificate is
** granted per project; "one". By the first letter, then the word: five
** calls of strcmp a count were 0.27M instructions on b1. */
uint8_t fx_unit_flags(const char *unit) {
  if (!unit) return 0;
  switch (unit[0]) {
  case 'p': return strcmp(unit, "project") == 0 ? FM_PROJECTS : 0;
  case 'l': return strcmp(unit, "licence") == 0 || strcmp(unit, "license") == 0 ? FM_PROJECTS : 0;
  case 'c': return strcmp(unit, "certificate") == 0 ? FM_PROJECTS : 0;
  /* "31 existing ventures increased their capital": FDI's projects */
  case 'v': return strcmp(unit, "venture") == 0 ? FM_PROJECTS : 0;
  case 'o': return strcmp(unit, "one") == 0 ? FM_ONES : 0;
  default: return 0;
  }
}

/* Does the name hold "People's Committee" (either apostrophe), as strstr
** of each would find? One look for "Committee" and the words before it:
** two calls of strstr an organisation were 0.34M instructions on b1. */
int fx_peoples_committee(const char *name) {
  for (const char *c = strstr(name, "Committee"); c; c = strstr(c + 1, "Committee")) {
    size_t before = (size_t)(c - name);
    if ((before >= 9 && memcmp(c - 9, "People's ", 9) == 0) ||
        (before >= 11 && memcmp(c - 11, "People\xE2\x80\x99s ", 11) == 0))
      return 1;
  }
  return 0;
}

/* After "Union" in a name: is it a body's ("European Union", "Women's
** Union", "Union of Science and Technology Associations"), the word ending
** the name or followed by "of"? Inside a firm's name it is not ("Thai Union
** Feedmill", "Union Pacific Logistics"). */
static int union_body(const char *after) {
  if (after[0] == 's') after++; /* "Farmers' Unions" */
  return after[0] == '\0' || strncmp(after, " of ", 4) == 0;
}

/* "Korean Teachers' Credit Union": a credit union is a members' lender
** that invests their savings, a firm, not a union of workers. */
static int credit_union(const char *name, size_t at) { return at >= 7 && strncmp(name + at - 7, "Credit ", 7) == 0; }

/* "Abu Dhabi Investment Authority", "Kuwait Investment Authority": a
** state's fund named an authority for investment invests, as an
** "Investment Board" does; an authority of anything else governs. */
static int investing_authority(const char *name, size_t at) {
  return at >= 11 && strncmp(name + at - 11, "Investment ", 11) == 0 && name[at + 9] == '\0';
}

/* A pension fund's name: it invests for its members, whatever body's word
** the name has besides ("Board", "Government"). */
static int pension_name(const char *name) {
  return strstr(name, "Pension") || strstr(name, "Retirement") || strstr(name, "Superannuation");
}

/* The "Board" at 'at' in 'name': a pension fund's board invests for its
** members ("Canada Pension Plan Investment Board", "Laurentian Retirement
** Investment Board"), where a "Board of Investment" or a zone's "Management
** Board" licenses. */

static int investing_board(const char *name, size_t at) {
  return pension_name(name) ||
         (at >= 11 && strncmp(name + at - 11, "Investment ", 11) == 0 && name[at + 5] == '\0');
}

/* "Japan's Sanwa Department Stores, which plans to build ...": a
** "Department Store" in a name is a retailer's, no department of a
** government (qweek31). */
static int department_store(const char *name, size_t at) {
  return strncmp(name + at, "Department Store", 16) == 0;
}

/* "entered Việt Nam in 2014 under the Hoshino Department Stores name before
** being renamed": a firm's former name, said as the name it traded under,
** is no actor beside the firm spoken of (qalias, kept by qweek31's
** department_store). */
static int former_name(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const under[] = {"under the", NULL};
  static const char *const name[] = {"name", "brand", "banner", NULL};
  return fx_ends_with_any(x, m->vs, under) && fx_starts_with_any(x, m->ve, name);
}

/* Organisations that state, govern, lend or report, rather than invest;
** with 'university' set, a university's name (or an institute of
** technology's) is no such body's. */
static int company_name(const char *name, int university) {
#define W(word) {word, sizeof word - 1}
  /* by first letter: at[c - 'A'] .. at[c - 'A' + 1] */
  static const struct {
    const char *s;
    size_t len;
  } words[] = {
    W("Administration"), W("Agency"), W("Assembly"), W("Association"), W("Authority"), W("Board"),
    W("Bureau"), W("Bursa Malaysia") /* the bourse, the Malay for an exchange (set qweek93) */, W("Chamber"), W("Committee"), W("Consulate"), W("Cooperation Fund"), W("Council"),
    W("Department"), W("Development Bank"), W("Development Fund"), W("Embassy"), W("Exchange"), W("Federation"),
    W("Forum"),
    W("Fund for"), W("Government"), W("Institute"), W("Ministry"), W("Monetary Fund"), W("News"),
    W("Office"), W("Organisation"), W("Organization"), W("Party"), W("Press"), W("Review"), W("State Bank"),
    W("Times"), W("Union"), W("University"), W("World Bank")};
#undef W
  static const uint8_t at[27] = {0, 5, 8, 13, 16, 18, 21, 22, 22, 23, 23, 23, 23, 25, 26, 29, 31, 31, 32, 33, 34, 36, 36, 37, 37, 37, 37};
  _Static_assert(sizeof words / sizeof *words == 37, "is_company: the letters' table counts 37 words");
  /* any of them anywhere in the name (as strstr would find them): each
  ** begins with a capital, so only where the name has one, and only those
  ** of its letter (all of them for each capital were 1 per cent of the stage).
  ** A fund lends or grants when it is for a purpose or of development,
  ** cooperation or money ("Economic Development Cooperation Fund"); a fund
  ** of its own name invests ("Pacific Green Fund") */
  size_t n = 0;
  for (; name[n]; n++) {
    if (!ivl_isupper((unsigned char)name[n])) continue;
    int c = name[n] - 'A';
    for (size_t k = at[c]; k < at[c + 1]; k++) /* the second letter first: most differ there */
      if (name[n + 1] == words[k].s[1] && strncmp(name + n, words[k].s, words[k].len) == 0 &&
          (words[k].s[0] != 'U' ||
           (strcmp(words[k].s, "Union") == 0 ? union_body(name + n + words[k].len) && !credit_union(name, n)
                                              : !university)) &&
          !(university && words[k].s[0] == 'I' && strncmp(name + n, "Institute of Technology", 23) == 0) &&
          !(words[k].s[0] == 'B' && words[k].s[1] == 'o' && investing_board(name, n)) &&
          /* a state's pension fund invests for its members as a board does
          ** ("Government Pension Fund Global", set qweek81), no government */
          !(words[k].s[0] == 'G' && pension_name(name)) &&
          !(words[k].s[0] == 'A' && words[k].s[1] == 'u' && investing_authority(name, n)) &&
          !(words[k].s[0] == 'D' && department_store(name, n)))
        return 0;
  }
  return !(n == 3 && (strcmp(name, "VNA") == 0 || strcmp(name, "VNS") == 0));
}

static int is_company(const char *name) { return company_name(name, 0); }

/* "The Arcadia Yên Phong Logistics Park will sit on 42 hectares": a park
** named after its developer is the site it builds, no company of its own
** (one ending in "Park", as "Industrial Park" does, is a place); not the
** short form of a company whose full name goes on past "Park" ("Straits
** Park" after "Straits Park Development Pte Ltd": the developer). */
static int names_a_park(const char *name, const char *canonical) {
  size_t n = strlen(name);
  if (n <= 5 || strcmp(name + n - 5, " Park") != 0) return 0;
  return !canonical || canonical == name || strncmp(canonical, name, n) != 0 || !is_company(canonical) ||
         names_a_park(canonical, NULL);
}

/* "Australia's Southbank University will invest $50 million": a
** university from abroad builds and funds its campus here, a company's
** deed; a Vietnamese one (or one of no known origin) is a body that
** reports and trains, as is_company holds. */
/* (so too an "Institute of Technology", a university by another name:
** "Australia's Southern Cross Institute of Technology plans to invest $60
** million in its Hanoi campus", set qweek23) */
static int foreign_university(const char *name, const char *origin) {
  return origin && strcmp(origin, "VN") != 0 && (strstr(name, "University") || strstr(name, "Institute of Technology")) &&
         company_name(name, 1);
}

/* An organisation's name as a fact gives it: as written, but the full name
** of an acronym that has one ("MoF": "Ministry of Finance"). */
static const char *org_party(const ivl_store *s, const ivl_entity *e, const char *name) {
  const char *canonical = str_field(s, e, IVL_SYM_CANONICAL);
  const char *alias = str_field(s, e, IVL_SYM_ALIAS);
  if (alias) return name; /* "Full Name (ACR)": the name is the full one */
  if (!canonical || strlen(name) > 8) return name;
  /* an acronym ("MoF", "AFD") stands for its full name; a short form of a
  ** company's name ("Daewon") is the investor as written */
  int capitals = 0;
  for (const char *p = name; *p; p++) {
    if (*p == ' ') return name;
    capitals += ivl_isupper((unsigned char)*p);
  }
  if (capitals < 2) return name;
  return strlen(canonical) > strlen(name) ? canonical : name;
}

enum { FM_NAMED_UNITS = 64 };
typedef struct fm_keys {
  int province, province_2025, country, origin, level;
  int merged; /* the article is dated after the 2025 mergers: figures go to the new units */
  /* the provinces an undated article names by their own names
  ** (provinces_named), 'nunits' of them */
  const char *units[FM_NAMED_UNITS];
  size_t nunits;
} fm_keys;

/* "in the province's Quảng Ninh commune", "the city's Hải Châu ward": a
** unit of the province spoken of, whatever province its name is also (a
** commune of Quảng Trị named like Quảng Ninh): the unit's generic word,
** in lower case, right after the name at t[ve], the possessive of "the
** province" or "the city" right before it at t[vs]. */
static int unit_of_the_province(const char *t, size_t len, size_t vs, size_t ve) {
  static const char *const units[] = {" commune", " ward", " district", NULL};
  static const char *const owners[] = {"the province's ", "the city's ", "the province\xE2\x80\x99s ",
                                       "the city\xE2\x80\x99s ", NULL};
  /* asked of every place: most have no lower-case unit word after them */
  if (ve + 5 > len || t[ve] != ' ' || (t[ve + 1] != 'c' && t[ve + 1] != 'w' && t[ve + 1] != 'd')) return 0;
  int unit = 0;
  for (const char *const *u = units; *u && !unit; u++) {
    size_t n = strlen(*u);
    unit = ve + n <= len && memcmp(t + ve, *u, n) == 0 && (ve + n == len || !ivl_isalpha((unsigned char)t[ve + n]));
  }
  for (const char *const *o = owners; *o && unit; o++) {
    size_t n = strlen(*o);
    if (vs >= n && strncasecmp(t + vs - n, *o, n) == 0) return 1;
  }
  return 0;
}

/* Does an acronym follow the country ending at t[ve] by a hyphen, a
** standard's name ("Japan-GMP", "EU-GMP", "US-FDA")? */
static int names_standard(const char *t, size_t len, size_t ve) {
  return ve + 3 < len && t[ve] == '-' && ivl_isupper((unsigned char)t[ve + 1]) && ivl_isupper((unsigned char)t[ve + 2]);
}

static int unit_named(const fm_keys *k, const char *unit) {
  for (size_t i = 0; i < k->nunits; i++)
    if (strcmp(k->units[i], unit) == 0) return 1;
  return 0;
}

/* "granted approval to X for a resort complex in Mũi Né ward" in an
** undated article about a Lâm Đồng conference: a place below the provinces
** whose old province merged into another goes to the new unit when the
** article names that unit and never the old one, being written after the
** mergers (set qweek113, Mũi Né placed; set qmt). */
static const char *unit_the_article_names(const ivl_store *s, const ivl_entity *e, const fm_keys *k) {
  const char *then = str_field(s, e, k->province), *now = str_field(s, e, k->province_2025);
  if (!then || !now || strcmp(then, now) == 0) return NULL;
  return unit_named(k, now) && !unit_named(k, then) ? now : NULL;
}

/* The provinces an undated article names by their own names (a place whose
** name is its province), for unit_the_article_names: one pass, at most
** FM_NAMED_UNITS of them. */
static void provinces_named(const ivl_store *s, fm_keys *k) {
  for (size_t i = 0; i < s->n && k->nunits < FM_NAMED_UNITS; i++) {
    const ivl_entity *e = &s->ents[i];
    if (e->type != IVL_SYM_LOCATION) continue;
    const char *name = str_field(s, e, IVL_SYM_NAME), *in = str_field(s, e, k->province);
    if (name && in && strcmp(name, in) == 0 && !unit_named(k, in)) k->units[k->nunits++] = in;
  }
}

static void read_place(ivl_fm *m, const ivl_store *s, const ivl_entity *e, const fm_keys *k) {
  m->kind = FM_PLACE;
  m->party = str_field(s, e, IVL_SYM_NAME);
  m->country = str_field(s, e, k->country);
  const char *in;
  if (m->country && strcmp(m->country, "VN") == 0) {
    m->flags |= FM_VN;
    m->province = str_field(s, e, k->province);
    /* "the former Bắc Giang" in an article of October 2025 is Bắc Ninh's */
    const char *merged = k->merged ? str_field(s, e, k->province_2025) : unit_the_article_names(s, e, k);
    if (merged) m->province = merged;
    const char *level = str_field(s, e, k->level);
    if (level && level[0] == 't' && strcmp(level, "town") == 0) m->flags |= FM_TOWN; /* few levels start so */
  } else if (m->country && (in = str_field(s, e, k->province)) && strcmp(in, m->country) == 0) {
    /* "at the Hong Kong Science Park": a zone abroad named for the country
    ** (or territory) it lies in, its "province" that country's code
    ** (names.c store_zone_abroad), is that country, as "in Hong Kong" is */
    m->kind = FM_COUNTRY;
    m->party = in;
  }
}

/* "ADB said it had made an equity investment of $20 million in X", "the
** Asian Development Bank will take a 10 per cent stake in Y": a bank or
** fund that lends (no company by company_name) invests when the words
** after it, up to the sentence's end, speak of equity or a stake (a
** development bank's stake is an investment, its loan is not); not the
** State Bank, which regulates. 'party' is the name it stands for. */
static int lender_taking_equity(const char *t, size_t len, size_t ve, const char *party) {
  if (!party || (!strstr(party, "Bank") && !strstr(party, "Fund")) || strstr(party, "State Bank")) return 0;
  static const char *const words[] = {"equity", " stake ", " stake,", " stake.", NULL};
  size_t end = ve + 120 < len ? ve + 120 : len;
  for (size_t p = ve; p < end && t[p] != '.' && t[p] != ';'; p++)
    for (size_t w = 0; words[w]; w++) {
      size_t n = strlen(words[w]);
      if (t[p] == words[w][0] && end - p >= n && memcmp(t + p, words[w], n) == 0) return 1;
    }
  return 0;
}

/* "Japanese advertising giant Daikoku Agency": an agency of a trade that
** sells its services (advertising, marketing, media, travel, talent),
** said in the words right before its name, is a company, not a body of
** the state (set qmedia). */
static int trade_agency(const char *t, size_t vs, const char *party) {
  static const char *const trades[] = {"advertising ", "marketing ", "media ", "travel ", "talent ", "creative ", NULL};
  size_t n = party ? strlen(party) : 0;
  if (n < 8 || strcmp(party + n - 7, " Agency") != 0) return 0;
  size_t from = vs > 40 ? vs - 40 : 0;
  for (size_t p = vs; p > from && t[p - 1] != '.' && t[p - 1] != ','; p--)
    for (size_t w = 0; trades[w]; w++) {
      size_t k = strlen(trades[w]);
      if (p + k <= vs && memcmp(t + p, trades[w], k) == 0) return 1;
    }
  return 0;
}

/* (inlined into its one caller's loop: called once a mention, a call of
** its own was 2.4M Ir on /tmp/b1 when the compiler stopped inlining it) */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void read_mention(ivl_fm *m, const ivl_article *a, size_t i, const fm_keys *k) {
  const ivl_store *s = &a->store;
  const ivl_entity *e = &s->ents[i];
  memset(m, 0, sizeof *m);
  m->ent = (uint32_t)i;
  m->vs = e->vstart;
  m->ve = e->vend;
  m->kind = FM_OTHER;
  /* the name, of the kinds that read it (not amounts, dates, places) */
  int named = e->type == IVL_SYM_COUNTRY || e->type == IVL_SYM_ORGANIZATION || e->type == IVL_SYM_PERSON ||
              e->type == IVL_SYM_SECTOR;
  const char *name = named ? str_field(s, e, IVL_SYM_NAME) : NULL;
  switch (e->type) {
  case IVL_SYM_MONEY:
    m->kind = FM_MONEY;
    m->value = num_field(s, e, IVL_SYM_VALUE);
    m->value_s = str_field(s, e, IVL_SYM_CURRENCY);
    break;
  case IVL_SYM_PERCENT:
    m->kind = FM_PERCENT;
    m->value = num_field(s, e, IVL_SYM_VALUE);
    break;
  case IVL_SYM_COUNT: {
    m->kind = FM_COUNT;
    m->value = num_field(s, e, IVL_SYM_VALUE);
    m->flags |= fx_unit_flags(str_field(s, e, IVL_SYM_UNIT));
    break;
  }
  case IVL_SYM_DATE:
    m->kind = FM_DATE;
    m->value_s = str_field(s, e, IVL_SYM_VALUE);
    break;
  case IVL_SYM_LOCATION:
    read_place(m, s, e, k);
    /* its province is the one spoken of, found by the reference */
    if (unit_of_the_province(a->view.text, a->view.len, e->vstart, e->vend)) m->province = NULL;
    break;
  case IVL_SYM_COUNTRY:
    /* "to Japan-GMP standards", "EU-GMP": a country naming a standard
    ** is no place money goes to, nor a party */
    if (names_standard(a->view.text, a->view.len, e->vend)) break;
    m->kind = FM_COUNTRY;
    m->party = str_field(s, e, IVL_SYM_CODE);
    if (m->party && strcmp(m->party, "VN") == 0) m->flags |= FM_VN;
    if (is_demonym(a->view.text + e->vstart, e->vend - e->vstart, name)) m->flags |= FM_DEMONYM;
    break;
  case IVL_SYM_ORGANIZATION: {
    const char *canonical = str_field(s, e, IVL_SYM_CANONICAL);
    m->kind = FM_ORG;
    m->country = str_field(s, e, k->origin);
    /* a firm's unit named for a province ("LG Innotek Hải Phòng"): that province */
    m->province = str_field(s, e, k->province);
    if (m->province && k->merged && str_field(s, e, k->province_2025)) m->province = str_field(s, e, k->province_2025);
    if (!name) break;
    m->party = org_party(s, e, name);
    /* a committee, and "the Kiên Giang Department of Tourism" (a department
    ** named by its generic word): the place before acts for them */
    /* China's "People's Government" of a province acts for it as a committee */
    if (fx_peoples_committee(name) || strncmp(name, "Department of ", 14) == 0 ||
        strcmp(name, "People's Government") == 0 || strcmp(name, "People\xE2\x80\x99s Government") == 0)
      m->flags |= FM_COMMITTEE;
    else if ((is_company(name) && !names_a_park(name, canonical) && (m->party == name || is_company(m->party)) && /* each name once */
              (!canonical || canonical == name || canonical == m->party || is_company(canonical))) ||
             foreign_university(name, m->country) || lender_taking_equity(a->view.text, a->view.len, e->vend, m->party) ||
             trade_agency(a->view.text, e->vstart, m->party))
      m->flags |= FM_COMPANY;
    break;
  }
  case IVL_SYM_PERSON:
    m->kind = FM_PERSON;
    m->party = name;
    break;
  case IVL_SYM_SECTOR:
    m->kind = FM_SECTOR;
    m->party = name;
    break;
  default:
    break;
  }
  if (m->kind == FM_PLACE || m->kind == FM_COUNTRY || m->kind == FM_ORG)
    if (!m->party) m->kind = FM_OTHER;
}

/* }====================================================================== */

/* {======================================================================
** Context from one sentence to the next
** ======================================================================= */

static const char *const fdi_words[] = {
  "fdi", "foreign-invested", "foreign-owned", "foreign direct", "foreign invest*",
  "foreign capital", "foreign-funded", NULL};

static int is_province(const ivl_fm *m) {
  return m->kind == FM_PLACE && (m->flags & FM_VN) && m->province;
}

/* "Separately, the Lâm Đồng People's Committee approved investment
** policies for two solar farms. X's plant has total investment of ...": a
** province's committee approving or licensing projects in a sentence with
** no figure makes its province the place spoken of, for the projects told
** next (over a country named before); not a committee that meets or
** meets, and not one of several provinces. Returns the province or NULL. */
static const char *province_approves(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const approves[] = {"approved", "approves", "licensed", "licenses", "licences", "granted",
                                         "grants", NULL};
  static const char *const projects[] = {"project", "projects", "plant", "plants", "farm", "farms", "polic*",
                                         "certificate*", NULL};
  const char *one = NULL;
  size_t after = 0; /* where the committee's name ends */
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_MONEY || m->kind == FM_PERCENT) return NULL;
    if (m->kind != FM_ORG || !(m->flags & FM_COMMITTEE)) continue;
    /* "the Lâm Đồng People's Committee", "the People's Committee of Lâm Đồng" */
    const ivl_fm *place = i > 0 && is_province(&s->m[i - 1]) && fx_only(x, s->m[i - 1].ve, m->vs, "") ? &s->m[i - 1]
                          : i + 1 < s->n && is_province(&s->m[i + 1]) && fx_ends_with(x, s->m[i + 1].vs, "of") &&
                                    s->m[i + 1].vs - m->ve <= 4
                              ? &s->m[i + 1]
                              : NULL;
    if (!place) continue;
    if (one && strcmp(one, place->province) != 0) return NULL;
    one = place->province, after = m->ve > place->ve ? m->ve : place->ve;
  }
  if (!one) return NULL;
  size_t at = fx_first(x, after, s->ve, approves);
  return at != FX_NONE && fx_any(x, at, s->ve, projects) ? one : NULL;
}

/* "The company" and its kin: their nouns are cue words (CUE_COMPANY). */
const char *const fx_company_words[] = {"the company", "the group", "the firm", "the investor", "the manufacturer",
                                        "the maker", "the giant", "the corporation", "the co-operative",
                                        "the cooperative", "the institute", "the university",
                                        /* the party a disclosure defines by its role, as in
                                        ** "X JSC (the \"Proponent\")" (set qweek117) */
                                        "the proponent", NULL};

/* "In 2021 the chipmaker spent $475 million ...", "The retailer then
** opened ...": the company spoken of, called by its trade's noun near the
** sentence's opening, before any place; "its" next is that company's. */
/* (read byte by byte, as most sentences have no "the" near their
** opening: the word lists' cache is kept for the looks that need it) */
static int trade_noun_subject(const ivl_fctx *x, const ivl_fsent *s, size_t first_place) {
  static const char *const trades[] = {"chipmaker", "carmaker", "automaker", "steelmaker", "drugmaker", "retailer",
                                       "lender", "insurer", "producer", "supplier", "operator", "conglomerate",
                                       "brewer", "roaster", "miner", "airline", "shipbuilder", "exporter", NULL};
  size_t head = s->vs + 24 < first_place ? s->vs + 24 : first_place;
  for (size_t p = s->vs; p + 4 < head; p++) {
    if ((p > s->vs && x->t[p - 1] != ' ') || (x->t[p] != 't' && x->t[p] != 'T') || memcmp(x->t + p + 1, "he ", 3) != 0)
      continue;
    size_t w = p + 4, e = w;
    while (ivl_islower((unsigned char)x->t[e])) e++;
    if (e - w < 5 || (x->t[e - 1] != 'r' && x->t[e - 1] != 'e')) continue; /* each ends so */
    for (int k = 0; trades[k]; k++)
      if (strlen(trades[k]) == e - w && memcmp(x->t + w, trades[k], e - w) == 0) return 1;
  }
  return 0;
}

/* "X makes cartons in Bangkok. It also runs a warehouse in Laos": a
** sentence opening on "It" or "Its" goes on speaking of the investor the
** sentence before spoke of. */
static int pronoun_goes_on(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const pronouns[] = {"it", "its", NULL};
  return x->c.subject_is_investor && x->c.investor && x->t[s->vs] == 'I' && fx_starts_with_any(x, s->vs, pronouns);
}

/* The subject of a sentence: what is named first among places, investors
** and "the company"-like phrases. 1 when it is an investor. */
static int subject_is_investor(const ivl_fctx *x, const ivl_fsent *s) {
  if (pronoun_goes_on(x, s)) return 1;
  size_t first_place = s->ve, first_investor = s->ve;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    /* (not "Seoul-based X": the firm's home, not a place spoken of) */
    if (m->kind == FM_PLACE && first_place == s->ve && !fx_starts_with(x, m->ve, "-based")) first_place = m->vs;
    if (((m->kind == FM_ORG && (m->flags & FM_COMPANY)) ||
         (m->kind == FM_COUNTRY && !(m->flags & FM_VN))) && first_investor == s->ve)
      first_investor = m->vs;
  }
  /* "The park is run by X, ... Over three decades it has drawn 168
  ** projects": a sentence that opens on a place by its noun is about the
  ** place, whoever it names after */
  static const char *const place_nouns[] = {"the park", "the industrial park", "the zone", "the economic zone",
                                            "the province", "the city", "the locality", NULL};
  if (x->t[s->vs] == 'T' && fx_starts_with_any(x, s->vs, place_nouns)) return 0;
  /* an investor named before any place is the subject whatever words
  ** come before it: they need not be looked for */
  if (first_investor < first_place) return 1;
  if (x->c.company && trade_noun_subject(x, s, first_place)) return 1;
  /* "The Perth-based company is not new to the province. In 2024 it paid
  ** ...": the company spoken of, told by its seat or its origin before its
  ** noun (set qheavy) */
  if (x->c.company && ivl_facts_opens_on_described_company(x, s)) return 1;
  /* nor without one of their nouns, which the sentence pass marks as it
  ** sees them whole (CUE_COMPANY): most sentences have none */
  if (!(s->cues & CUE_COMPANY) && !fx_cuts_word(x, first_place)) return 0;
  return fx_first(x, s->vs, first_place, fx_company_words) < first_place;
}

/* "Japan's Kanto Seiki Co": a country's possessive right before a company
** ("'s" or "’s" and a space). */
static int owns_company_after(const ivl_fctx *x, const ivl_fm *country, const ivl_fm *next) {
  if (next->kind != FM_ORG || !(next->flags & FM_COMPANY)) return 0;
  size_t e = country->ve;
  if (x->t[e] == '\'' && x->t[e + 1] == 's') e += 2;
  else if ((unsigned char)x->t[e] == 0xE2 && (unsigned char)x->t[e + 1] == 0x80 && (unsigned char)x->t[e + 2] == 0x99 &&
           x->t[e + 3] == 's')
    e += 4;
  else
    return 0;
  return next->vs == e + 1 && x->t[e] == ' ';
}

/* "Singapore-based hospitality investor X", "Seoul-based X": the country
** or city seats the company named after it, a few lower-case words of its
** trade between (its sector's mention among them). */
static int seats_company_after(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  const ivl_fm *country = &s->m[i];
  if (!fx_based_in(x, country)) return 0;
  size_t p = country->ve;
  while (p < s->ve && x->t[p] != ' ') p++; /* past "-based" */
  for (size_t k = i + 1; k < s->n && s->m[k].vs <= p + 40; k++)
    if (s->m[k].kind == FM_ORG) return (s->m[k].flags & FM_COMPANY) && fx_lower_words(x, p, s->m[k].vs);
  return 0;
}

/* "VOV.VN", "VnExpress.net": the end of an outlet's web address written
** after its name ending at 'p' (a dot and up to three letters), else 'p'. */
size_t fx_past_web_suffix(const ivl_fctx *x, size_t p) {
  size_t len = x->a->view.len;
  if (p + 2 >= len || x->t[p] != '.' || !ivl_isalpha((unsigned char)x->t[p + 1])) return p;
  size_t q = p + 1;
  while (q < len && ivl_isalpha((unsigned char)x->t[q])) q++;
  return q - p - 1 <= 3 ? q : p;
}

/* "HANOI, Feb 18 (Reuters) - ": the news agency of a wire's dateline. */
size_t fx_after_wire_dateline(const ivl_fctx *x, size_t vs, size_t limit) {
  size_t dash = ivl_layout_wire_dateline(x->t, x->a->view.len, vs);
  if (dash <= vs || dash >= limit) return vs;
  size_t from = dash + ((unsigned char)x->t[dash] == 0xE2 ? 3 : 1); /* an en or em dash is three bytes */
  while (from < limit && x->t[from] == ' ') from++;
  return from;
}

/* "(Bloomberg) -- Halberg agreed to buy ...": an agency in brackets that
** opens a paragraph, a dash after it, credits the story as a wire's
** dateline does (its place and day stand on lines above; set qweek17). */
static int bracketed_credit_opens_line(const ivl_fctx *x, const ivl_fm *m) {
  size_t open = m->vs - 1, len = x->a->view.len, p = m->ve;
  if ((open > 0 && x->t[open - 1] != '\n') || p >= len || x->t[p] != ')') return 0;
  for (p++; p < len && x->t[p] == ' ';) p++;
  size_t d = p >= len ? 0 : x->t[p] != '-' ? fx_long_dash_at(x, p) : p + 1 < len && x->t[p + 1] == '-' ? 2 : 1;
  return d && p + d < len && x->t[p + d] == ' ';
}

/* "HÀ NỘI, December 4, 2026 (VNA/VietnamPlus) – ": two outlets credited
** in one bracket, the second after a slash; the slash at 'slash' follows a
** short first credit ("VNA", "VNS") that the bracket opens (set qweek54). */
static int second_of_joint_credit(const ivl_fctx *x, size_t slash) {
  size_t p = slash;
  while (p > 0 && slash - p <= 12 && ivl_isalpha((unsigned char)x->t[p - 1])) p--;
  return p < slash && p > 0 && x->t[p - 1] == '(';
}

int fx_dateline_source(const ivl_fctx *x, const ivl_fm *m) {
  /* "VnExpress - A Hong Kong company will invest ...", "Tuoi Tre – ...": an
  ** outlet's name opening a paragraph before a dash credits the story */
  if (m->vs == 0 || x->t[m->vs - 1] == '\n') {
    size_t p = fx_past_web_suffix(x, m->ve), len = x->a->view.len; /* "VOV.VN - " */
    while (p < len && x->t[p] == ' ') p++;
    if (p == m->ve || p >= len || x->t[p - 1] != ' ') return 0;
    size_t d = x->t[p] == '-' ? 1 : fx_long_dash_at(x, p);
    if (!d || p + d + 1 >= len || x->t[p + d] != ' ' || ivl_islower((unsigned char)x->t[p + d + 1])) return 0;
    /* not an aside between two dashes: "Hyosung – Korea's largest investor
    ** in the province – has added ..." */
    for (size_t q = p + d + 1; q + 2 < len && x->t[q] != '\n' && !(x->t[q] == '.' && x->t[q + 1] == ' '); q++)
      if (x->t[q] == ' ' && (x->t[q + 1] == '-' || ((unsigned char)x->t[q + 1] == 0xE2 && (unsigned char)x->t[q + 2] == 0x80)))
        return 0;
    return 1;
  }
  if (x->t[m->vs - 1] == '/' && second_of_joint_credit(x, m->vs - 1)) {
    size_t dash = ivl_layout_wire_dateline(x->t, x->a->view.len, m->vs);
    return dash && dash > m->ve;
  }
  if (x->t[m->vs - 1] != '(') return 0; /* first: the dateline is read from the start */
  if (bracketed_credit_opens_line(x, m)) return 1;
  size_t dash = ivl_layout_wire_dateline(x->t, x->a->view.len, m->vs);
  return dash && dash > m->ve;
}

/* "according to the Ministry", "for LG Group", "clients including Sony". */
/* {======== What was said of a mention (x->memo) ======== */

/* A question's two bits in a mention's memo: asked, and the answer. */
enum { MEMO_INVEST = 1, MEMO_INVEST_VN = 4, MEMO_ACTS = 16, MEMO_DESCRIBES = 64 };

/* The memo of 'm', or NULL (no memo, or a mention not of x->m). */
static uint8_t *memo_of(const ivl_fctx *x, const ivl_fm *m) {
  return x->memo && m >= x->m && m < x->m + x->nm ? &x->memo[m - x->m] : NULL;
}

/* The answer to question 'q' (MEMO_*) of 'm', computed by 'ask' when not
** yet known. Debug builds ask again, to catch a mention changed once
** asked of (or an answer that depends on more than the mentions). */
static int memo_ask(const ivl_fctx *x, const ivl_fm *m, unsigned q,
                    int (*ask)(const ivl_fctx *, const ivl_fm *, int), int arg) {
  uint8_t *k = memo_of(x, m);
  if (k && (*k & q)) {
    assert(((*k & (q << 1)) != 0) == (ask(x, m, arg) != 0));
    return (*k & (q << 1)) != 0;
  }
  int r = ask(x, m, arg);
  if (k) *k = (uint8_t)(*k | q | (r ? q << 1 : 0));
  return r;
}

/* }======== */

static int acts(const ivl_fctx *x, const ivl_fm *m, int unused);

int fx_acts(const ivl_fctx *x, const ivl_fm *m) { return memo_ask(x, m, MEMO_ACTS, acts, 0); }

/* "drew 40 projects, including X's $45 million plant", "approved the
** investment policy for X's VNĐ2 trillion park": an example or the one a
** thing is for, named as the owner of the amount right after it, is that
** amount's investor. */
static int example_owns_amount(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const examples[] = {"including", "such as", "for", NULL};
  size_t poss = fx_possessive(x, m);
  if (!poss || m + 1 >= x->m + x->nm || m[1].kind != FM_MONEY || m[1].vs > m->ve + poss + 2) return 0;
  return fx_ends_with_any(x, m->vs, examples);
}

/* "approved the feasibility study for X's 1,600 MW project in Y, with
** total investment of $2.1 billion", "handed the investment policy for
** X's plant": the paper an approval gives, for works a firm owns, the firm
** by its possessive right after "for" and the works right after it (no
** clause's comma between): that firm is the works' investor, whose figure
** is told after them (set qweek92). Not "paid $9 million for X's plant",
** a purchase from X: no approval's paper before "for". */
static int approval_for_owners_works(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const papers[] = {"feasibility study", "investment policy", "approval", "appraisal",
                                       "licence", "license", "certificate", NULL};
  /* (the works an approval is for, as invest_roles.c approved_for_owners_works
  ** reads them after a figure) */
  static const char *const works[] = {"project", "plant", "factory", "facility", "complex", "mill", "farm",
                                      "terminal", NULL};
  size_t poss = fx_possessive(x, m);
  if (!poss || !fx_ends_with(x, m->vs, "for")) return 0;
  if (!fx_any(x, m->vs > 48 ? m->vs - 48 : 0, m->vs, papers)) return 0;
  size_t w = m->ve + poss, len = x->a->view.len, lim = w + 48 < len ? w + 48 : len;
  size_t hit = fx_first(x, w, lim, works);
  if (hit == FX_NONE) return 0;
  for (size_t p = w; p + 1 < hit; p++)
    if (x->t[p] == ',' && x->t[p + 1] == ' ') return 0;
  return 1;
}

/* "according to consultancy X", "according to data from research firm
** X": the source named after lower-case words of what it is */
static int source_after_according_to(const ivl_fctx *x, const ivl_fm *m) {
  if (m->vs <= 14) return 0;
  size_t acc = fx_find(x, m->vs > 80 ? m->vs - 80 : 0, m->vs, "according to");
  if (acc == FX_NONE) return 0;
  if (fx_lower_words(x, acc + 12, m->vs)) return 1;
  /* "according to a report by innovation hub NIC and venture firm Do
  ** Ventures": a co-author joined by "and" to a first source, itself
  ** named after lower-case words, capitalised words of up to 30 bytes */
  size_t a = fx_find(x, acc + 12, m->vs, "and");
  if (a == FX_NONE || !fx_lower_words(x, a, m->vs)) return 0;
  size_t name = a;
  while (name > acc + 12 && x->t[name - 1] == ' ') name--;
  size_t end = name;
  while (name > acc + 12 && end - name <= 30 && !fx_lower_words(x, acc + 12, name)) name--;
  return end - name <= 30 && name > acc + 12 && ivl_isupper((unsigned char)x->t[name]);
}

/* "told the 300 Korean businesses present that ...", "assured Japanese
** investors that ...": a country's or its people's mention in the hearers
** a speech verb addresses (only a determiner or a number between) is who
** listens, not who acts in what is said (qcore). Not "told reporters
** Korean firms had poured ...": the hearers named, what is said begins. */
static int among_hearers(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const speech_to[] = {"told", "briefed", "assured", "addressed", "urged", NULL};
  static const char *const fillers[] = {"the", "a", "an", "all", "some", "many", "several", "about", "around",
                                        "nearly", "over", "more", "than", "hundreds", "dozens", "of", "group",
                                        "delegation", "visiting", NULL};
  if (m->kind != FM_COUNTRY || !(m->flags & FM_DEMONYM)) return 0;
  size_t from = m->vs > 32 ? m->vs - 32 : 0, at = fx_first(x, from, m->vs, speech_to);
  if (at == FX_NONE) return 0;
  while (at < m->vs && ivl_isalpha((unsigned char)x->t[at])) at++;
  for (size_t p = at; p < m->vs;) {
    if (x->t[p] == ' ' || x->t[p] == ',' || ivl_isdigit((unsigned char)x->t[p])) {
      p++;
      continue;
    }
    if (!fx_starts_with_any(x, p, fillers)) return 0; /* a hearer named, or what is said */
    while (p < m->vs && ivl_isalpha((unsigned char)x->t[p])) p++;
  }
  return 1;
}

static int acts(const ivl_fctx *x, const ivl_fm *m, int unused) {
  (void)unused;
  /* ("Thái Nguyên, home to Samsung's phone plants, has drawn ...": a
  ** firm a place is home to describes the place) */
  static const char *const before[] = {"according to", "for", "including", "such as", "told", "exports to",
                                       "exported to", "export to", "sells to", "sold to", "home to", NULL};
  /* "the company's complex in VSIP II": an organisation after "in" or
  ** "at" is where, not who */
  if (m->kind == FM_ORG && (fx_ends_with(x, m->vs, "in") || fx_ends_with(x, m->vs, "at"))) return 0;
  /* "HANOI, Feb 18 (Reuters) - ...": the agency of a dateline reports */
  if (m->kind == FM_ORG && fx_dateline_source(x, m)) return 0;
  if (fx_ends_with_any(x, m->vs, before) && !example_owns_amount(x, m) && !approval_for_owners_works(x, m)) return 0;
  if (source_after_according_to(x, m)) return 0;
  /* "The joint venture, to be named X Co., will have capital of ...": the
  ** name a thing being founded will take, not one who acts in it */
  static const char *const to_be_named[] = {"to be named", "to be called", "will be named", "will be called",
                                            "to be known as", "will be known as", NULL};
  if (m->kind == FM_ORG && fx_ends_with_any(x, m->vs, to_be_named)) return 0;
  /* "Laguna Vietnam Co., Ltd, a unit of Singapore's Banyan Group, added
  ** ...": the owner in an appositive does not act; nor does the anchor of
  ** a supply chain ("Korean suppliers of Samsung registered $520 million":
  ** the suppliers', not Samsung's) */
  static const char *const owners[] = {"unit of", "subsidiary of", "affiliate of", "arm of", "member of",
                                       "part of", "owned by", "supplier of", "suppliers of", "vendor of",
                                       "vendors of", "subcontractor of", "subcontractors of",
                                       /* "makers that supply the Samsung phone plants": the
                                       ** customer a supplier serves */
                                       "supply", "supplies", "supplying", "supply the", "supplies the",
                                       "supplying the",
                                       /* "which is 51 per cent owned by A and 49 per cent by B":
                                       ** the second owner of a split told in shares */
                                       "per cent by", "percent by", NULL};
  size_t at = fx_said_from(x, m, m > x->m ? m - 1 : NULL);
  /* but "a steel complex owned by X": the owner of the works, who invests */
  static const char *const works[] = {"project owned by", "plant owned by", "factory owned by", "complex owned by",
                                      "facility owned by", "mill owned by", "resort owned by", "centre owned by",
                                      "park owned by", "hotel owned by", "mall owned by", NULL};
  if (fx_ends_with_any(x, at, owners) && !fx_ends_with_any(x, at, works)) return 0;
  /* "It added $23 million to its Peruvian unit Bitel": the unit is funded */
  static const char *const units[] = {"unit", "subsidiary", "affiliate", "arm", NULL};
  size_t near = m->vs > 30 ? m->vs - 30 : 0;
  if (fx_ends_with_any(x, m->vs, units) && fx_find(x, near, m->vs, "its") != FX_NONE &&
      fx_find(x, near, m->vs, "to") != FX_NONE)
    return 0;
  /* "exports wind towers to Europe and Australia": where goods go, in
  ** m's own sentence ("... rice for export to Europe. Japan's X will
  ** invest ...": the sentence before ships goods, X still acts). A full
  ** stop and a space end the look: the text alone decides, not which
  ** sentence is indexed when asked (a memo's answer must not change) */
  size_t back = m->vs > 50 ? m->vs - 50 : 0;
  for (size_t p = m->vs; p > back; p--)
    if (x->t[p - 1] == '.' && (x->t[p] == ' ' || x->t[p] == '\n')) {
      back = p;
      break;
    }
  /* (goods shipped, not who ships them: "sold its stake in furniture
  ** exporter X to Japan's Y" sells a holding; set qweek20) */
  static const char *const exports[] = {"export", "exports", "exported", "exporting", NULL};
  size_t ex = fx_first(x, back, m->vs, exports);
  if (ex != FX_NONE && fx_find(x, ex, m->vs, "to") != FX_NONE) return 0;
  /* a list goes on: "including Microsoft, Sony and Apple" */
  if (m > x->m && (fx_ends_with(x, m->vs, "and") || fx_only(x, m[-1].ve, m->vs, ",")) &&
      m[-1].kind == m->kind && m->vs - m[-1].ve <= 6)
    return fx_acts(x, m - 1);
  return 1;
}

/* Is the unit whose word starts at 'at' ("subsidiary") named right
** after it, set off by a comma or not ("subsidiary, Lumen Vietnam",
** "unit Hanel Foods")? "Sri Perdana Industries Bhd's Vietnamese subsidiary
** has been granted a certificate" names none: the owner stands for it
** and is the investor (set qweek16). */
static int arm_named_after(const ivl_fctx *x, size_t at) {
  size_t len = x->a->view.len, p = at;
  while (p < len && ivl_isalpha((unsigned char)x->t[p])) p++; /* past the word */
  if (p < len && x->t[p] == ',') p++;
  while (p < len && x->t[p] == ' ') p++;
  size_t i = fx_mention_from(x, p);
  return i < x->nm && x->m[i].vs == p && x->m[i].kind == FM_ORG;
}

/* "Lumen's Vietnamese subsidiary, Lumen Vietnam ...": a firm named as the
** owner of the one that acts. */
static int owner_of_next(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const arms[] = {"subsidiary", "unit", "arm", "affiliate", NULL};
  /* "Samsung partner Seoul Semicon invests", "Apple supplier Luxshare":
  ** the firm named right after the relation word is the one spoken of */
  static const char *const related[] = {"partner", "supplier", "customer", "client", "contractor", NULL};
  if (fx_starts_with_any(x, m->ve, related)) {
    size_t p = m->ve;
    while (p < x->a->view.len && x->t[p] == ' ') p++;
    while (p < x->a->view.len && ivl_isalpha((unsigned char)x->t[p])) p++;
    if (p + 1 < x->a->view.len && x->t[p] == ' ' && ivl_isupper((unsigned char)x->t[p + 1])) return 1;
  }
  if (!fx_possessive(x, m)) return 0;
  size_t to = m->ve + 40 < x->a->view.len ? m->ve + 40 : x->a->view.len;
  for (const char *const *w = arms; *w; w++) {
    size_t at = fx_find(x, m->ve, to, *w);
    if (at != FX_NONE && arm_named_after(x, at)) return 1;
  }
  return 0;
}

static int describes_company(const ivl_fctx *x, const ivl_fm *m, int unused);

/* "a Japanese firm", "An Australian agricultural technology company", "One
** Osaka-based firm": a company described by its country (or a place of
** it), not named. Up to three lower-case words before the company noun. */
int fx_describes_company(const ivl_fctx *x, const ivl_fm *m) {
  return memo_ask(x, m, MEMO_DESCRIBES, describes_company, 0);
}

/* "Singapore VC firm", "Korean PE fund": two or three capitals, the
** initials of a kind of firm, as a word of kind before the noun. */
static int kind_initials(const ivl_fctx *x, size_t p) {
  size_t len = x->a->view.len, e = p;
  while (e < len && e - p < 4 && ivl_isupper((unsigned char)x->t[e])) e++;
  return e - p >= 2 && e - p <= 3 && e < len && x->t[e] == ' ';
}

/* "Japanese IT consultancy X", "Korean PE fund": after a demonym, a kind's
** initials and then the firm's noun, as a lower-case word of kind would be. */
static int noun_after_initials(const ivl_fctx *x, size_t p, const char *const *nouns) {
  size_t len = x->a->view.len;
  while (p < len && x->t[p] == ' ') p++;
  if (!kind_initials(x, p)) return 0;
  while (p < len && x->t[p] != ' ') p++;
  return fx_noun_within(x, p, nouns, 1);
}

/* "German toolmaker", "Italian glassmaker", "Korean homebuilder": a firm's
** noun made of its goods and "maker" or "builder" in one word, within
** three lower-case words from p (the list's own "carmaker", "shoemaker"
** are of this kind; any such compound is). */
static int maker_compound_within_three(const ivl_fctx *x, size_t p) {
  static const char *const heads[] = {"maker", "makers", "builder", "builders", NULL};
  size_t len = x->a->view.len;
  for (int words = 0; words < 3; words++) {
    while (p < len && x->t[p] == ' ') p++;
    if (p >= len || !ivl_islower((unsigned char)x->t[p])) return 0;
    size_t e = p;
    while (e < len && ivl_isalpha((unsigned char)x->t[e])) e++;
    for (const char *const *h = heads; *h; h++) {
      size_t n = strlen(*h);
      if (e - p > n && memcmp(x->t + e - n, *h, n) == 0) return 1;
    }
    if (e < len && x->t[e] == '-') e++;
    while (e < len && ivl_isalpha((unsigned char)x->t[e])) e++;
    p = e;
  }
  return 0;
}

static int describes_company(const ivl_fctx *x, const ivl_fm *m, int unused) {
  (void)unused;
  static const char *const nouns[] = {
    "company", "company's", "companies", "firm", "firm's", "firms", "group", "group's", "giant",
    "maker", "manufacturer", "conglomerate", "investor", "developer", "carmaker", "chipmaker",
    "producer", "supplier", "corporation", "operator", "enterprise", "tycoon", "house", "trader",
    "retailer", "contractor", "consortium", "start-up", "startup", "chain",
    /* who buys shares: "Korean fund buys $250 million stake" */
    "fund", "fund's", "bank", "bank's", "insurer", "lender", "airline", "automaker", "steelmaker",
    "brewer", "shipbuilder", "distributor", "miner", "shoemaker", "drugmaker", "toymaker",
    /* firms by a trade of services: "a stake in Japanese IT consultancy X",
    ** "Australian scrap recycler X", "Korean brokerage X" */
    "consultancy", "recycler", "provider", "brokerage", "exporter",
    /* ("Cambodian microlender X", "Thai broker X") */
    "microlender", "broker",
    /* chips' back end: "Singapore-listed chip tester" */
    "tester", "assembler",
    /* a buyer named before by its role in the deal: "The Thai buyer also
    ** agreed to acquire a further 5 per cent" */
    "buyer", "acquirer", "purchaser", NULL};
  size_t p = m->ve;
  /* "Singapore-listed chip tester adds $250 million": a firm described by
  ** where its shares trade, as by its seat ("Osaka-based"); so too a fund
  ** by where it is run ("A Singapore-managed climate fund will invest") */
  if ((m->kind == FM_PLACE || m->kind == FM_COUNTRY) && !(m->flags & (FM_VN | FM_DEMONYM))) {
    size_t by = fx_starts_with(x, p, "-listed") ? 7 : fx_starts_with(x, p, "-managed") ? 8 : 0;
    if (by) return fx_noun_within_three(x, p + by, nouns) || noun_after_initials(x, p + by, nouns);
  }
  if (m->kind == FM_PLACE) {
    /* (or its other seat words: "The Osaka-headquartered drugmaker bought
    ** ...", set qpharma) */
    if ((m->flags & FM_VN) || !m->country || !fx_based_in(x, m)) return 0;
    while (p < x->a->view.len && x->t[p] != ' ') p++; /* past "-based" */
  } else if (!(m->flags & FM_DEMONYM)) {
    /* "Singapore garment maker invests", "a US chipmaker": a country's name
    ** opening a description, before the noun as a demonym would be, one
    ** lower-case word between at most, none a verb's or a phrase's ("Japan
    ** is the largest investor") */
    static const char *const joins[] = {
      "is", "was", "has", "have", "had", "are", "were", "will", "would", "be", "been", "remains",
      "became", "the", "a", "an", "as", "and", "or", "to", "of", "in", "on", "at", "by", "for",
      "from", "with", "its", "their", "ranked", "led", "came", NULL};
    static const char *const articles[] = {"a", "an", "the", NULL};
    size_t len = x->a->view.len, b = m->vs;
    if (m->kind != FM_COUNTRY || p + 1 >= len || x->t[p] != ' ' ||
        !(ivl_islower((unsigned char)x->t[p + 1]) || kind_initials(x, p + 1)))
      return 0;
    /* where a description opens: a headline's or sentence's start, or after an article */
    while (b > 0 && x->t[b - 1] == ' ') b--;
    if (!(b == 0 || x->t[b - 1] == '\n' || x->t[b - 1] == '.' || fx_ends_with_any(x, m->vs, articles))) return 0;
    for (int words = 0; words <= 1; words++) {
      while (p < len && x->t[p] == ' ') p++;
      if (p >= len || fx_starts_with_any(x, p, joins)) return 0;
      if (!ivl_islower((unsigned char)x->t[p]) && !kind_initials(x, p)) return 0;
      if (fx_starts_with_any(x, p, nouns)) return 1;
      while (p < len && (ivl_isalpha((unsigned char)x->t[p]) || x->t[p] == '-')) p++;
      if (p < len && x->t[p] != ' ') return 0;
    }
    return 0;
  }
  if (fx_noun_within_three(x, p, nouns) || noun_after_initials(x, p, nouns) || maker_compound_within_three(x, p))
    return 1;
  /* "Chinese enterprises came second with $600 million", "South Korean
  ** private businesses": a plural group noun acts as "firms" does, right
  ** after the demonym or one word of kind; not "Korean localities and
  ** businesses", where the demonym is of the other noun */
  static const char *const groups[] = {"enterprises", "businesses", "corporations", NULL};
  return (m->flags & FM_DEMONYM) && fx_noun_within(x, p, groups, 1);
}

size_t fx_contrast_turn(const ivl_fctx *x, size_t from, size_t to, size_t *comma) {
  static const char *const contrasts[] = {"while", "whereas", NULL};
  for (size_t at = fx_first(x, from, to, contrasts); at != FX_NONE; at = fx_first(x, at + 1, to, contrasts)) {
    size_t c = at;
    while (c > from && x->t[c - 1] == ' ') c--;
    if (c > from && x->t[c - 1] == ',') {
      *comma = c - 1;
      return at;
    }
  }
  return FX_NONE;
}

size_t fx_possessive_at(const ivl_fctx *x, size_t e) {
  const char *t = x->t;
  size_t len = x->a->view.len;
  if (e + 1 < len && t[e] == '\'' && t[e + 1] == 's' && (e + 2 == len || !ivl_isalnum((unsigned char)t[e + 2])))
    return 2;
  if (e + 3 < len && memcmp(t + e, "’s", 4) == 0 && (e + 4 == len || !ivl_isalnum((unsigned char)t[e + 4])))
    return 4;
  return 0;
}

const char *fx_org_canonical(const ivl_fctx *x, const ivl_fm *m) {
  if (!m || m->kind != FM_ORG) return NULL;
  const ivl_store *st = &x->a->store;
  return str_field(st, &st->ents[m->ent], IVL_SYM_CANONICAL);
}

size_t fx_possessive(const ivl_fctx *x, const ivl_fm *m) {
  const char *t = x->t;
  size_t e = m->ve, len = x->a->view.len, n = fx_possessive_at(x, e);
  if (n) return n;
  /* "Laos' Khammouane": after a final s, the apostrophe alone */
  if (e > m->vs && t[e - 1] == 's') {
    if (e < len && t[e] == '\'' && (e + 1 == len || t[e + 1] == ' ')) return 1;
    if (e + 2 < len && memcmp(t + e, "’", 3) == 0 && (e + 3 == len || t[e + 3] == ' ')) return 3;
  }
  return 0;
}

size_t fx_longest_mention(const ivl_fctx *x) {
  if (!x->longest) { /* a cache, which the const callers write to */
    size_t n = 1;
    for (size_t i = 0; i < x->nm; i++)
      if (x->m[i].ve - x->m[i].vs + 1 > n) n = x->m[i].ve - x->m[i].vs + 1;
    ((ivl_fctx *)x)->longest = n;
  }
  return x->longest - 1;
}

size_t fx_mentions_from(const ivl_fm *m, size_t n, size_t pos) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (m[mid].vs < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

size_t fx_mention_from(const ivl_fctx *x, size_t pos) { return fx_mentions_from(x->m, x->nm, pos); }

const char *const fx_speech_words[] = {
  "said", "says", "told", "speaking", "announced", "stated", "reported", "revealed", "confirmed", "disclosed", NULL};

const char *const fx_occasion_told[] = {"on the same occasion", "on this occasion", "on that occasion", NULL};
const char *const fx_same_day_told[] = {"the same day", "the same morning", "the same afternoon", "the same evening",
                                        NULL};

/* "on the same day", "the same day": the last full day said before, over
** a year or a period said since ("Korea has committed $2 billion for
** 2024-2030. On the same day, ..."). */
const ivl_fm *fx_same_day(const ivl_fctx *x, const ivl_fsent *s) {
  /* "Later in the day, A and B signed ...": the day just told, as "on the
  ** same day" (qdefence); so too a portal's "On this occasion" (qviet) */
  /* (a part of that day is that day: "At the business forum held the same
  ** afternoon, X announced plans to invest ...", set qweek19) */
  static const char *const that_day[] = {"later in the day", "earlier in the day", "later that day", "earlier that day",
                                         NULL};
  const ivl_fm *d = x->c.last_day;
  return d && (fx_any(x, s->vs, s->ve, fx_same_day_told) || fx_any(x, s->vs, s->ve, that_day) ||
               fx_any(x, s->vs, s->ve, fx_occasion_told))
             ? d
             : NULL;
}

/* Are dates a and b the two ends of "from A to B" (or "until", "-")? */
static int span_pair(const ivl_fctx *x, const ivl_fm *a, const ivl_fm *b) {
  static const char *const from[] = {"from", NULL};
  size_t p = a->ve, e = b->vs;
  while (p < e && x->t[p] == ' ') p++;
  while (e > p && x->t[e - 1] == ' ') e--;
  int joined = (e - p == 2 && !memcmp(x->t + p, "to", 2)) || (e - p == 5 && !memcmp(x->t + p, "until", 5)) ||
               (e - p == 1 && x->t[p] == '-');
  return joined && fx_ends_with_any(x, a->vs, from);
}

/* Is the date s->m[i] a deadline after the article's date ("the company
** now has until September 30, 2027 to sign", "must finish by June 30,
** 2027")? A day set for what is still to be done is no day an event was
** held on, so no day "On the same day" goes back to: the decision's day
** told before it is (qweek60). Not "signed on December 10" to come (no
** deadline's word), nor "until June 30" past (a span that ended). */
static int deadline_day(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  static const char *const until[] = {"until", "by", "no later than", "before", "deadline of", NULL};
  const ivl_fm *m = &s->m[i];
  return fx_ends_with_any(x, m->vs, until) && strlen(x->article_date) == 10 &&
         strcmp(m->value_s, x->article_date) > 0;
}

/* Is the date s->m[i] an end of a span "from X to Y" ("who is paying a
** state visit to Việt Nam from September 7 to 9")? A stay's ends are no
** day an event was held on, so no day "the same afternoon" goes back to:
** the talks' day told before them is (set qweek19). */
static int stay_span_day(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  const ivl_fm *m = &s->m[i];
  for (size_t j = i; j-- > 0;)
    if (s->m[j].kind == FM_DATE && s->m[j].value_s) {
      if (span_pair(x, &s->m[j], m)) return 1;
      break;
    }
  for (size_t j = i + 1; j < s->n; j++)
    if (s->m[j].kind == FM_DATE && s->m[j].value_s) return span_pair(x, m, &s->m[j]);
  return 0;
}

/* "X signed the share purchase agreement with Y in Hanoi on Tuesday,
** paying $65 million for the stake": the place right after the signing,
** its day after it, is where the deal was signed, not where the money goes
** (qdefence); not a place the deal's works are in ("signed a deal to build
** a $50 million plant in Hải Dương on Tuesday"). */
static int signing_venue(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const in[] = {"in", NULL};
  static const char *const on_day[] = {"on monday", "on tuesday", "on wednesday", "on thursday", "on friday",
                                       "on saturday", "on sunday", "on january", "on february", "on march",
                                       "on april", "on may", "on june", "on july", "on august", "on september",
                                       "on october", "on november", "on december", NULL};
  static const char *const signing[] = {"signed", "inked", "sealed", NULL};
  static const char *const works[] = {"invest*", "build*", "plant", "factory", "project", "projects", "facility",
                                      "complex", "centre", "center", "expand*", NULL};
  size_t after = m->ve;
  while (after < s->ve && x->t[after] == ' ') after++;
  if (!fx_ends_with_any(x, m->vs, in) || !fx_starts_with_any(x, after, on_day)) return 0;
  size_t from = m->vs > s->vs + 160 ? m->vs - 160 : s->vs;
  size_t verb = fx_last(x, from, m->vs, signing);
  return verb != FX_NONE && !fx_any(x, verb, m->vs, works);
}

int fx_speech_venue(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const events[] = {
    "ceremony in", "event in", "conference in", "meeting in", "forum in", "seminar in", "workshop in",
    "reception in", "summit in", "exhibition in", "dialogue in", "roundtable in", "talks in", NULL};
  /* "..., its chairman said in Buôn Ma Thuột on Tuesday": the place
  ** right after the speech's verb is where it was said (set qregion) */
  static const char *const said_in[] = {"said in", "says in", "told reporters in", "announced in", NULL};
  /* most places follow no "in" of an event: the byte before asked first */
  if (m->vs < 4 || x->t[m->vs - 2] != 'n') return 0;
  if (fx_ends_with_any(x, m->vs, said_in) || signing_venue(x, s, m)) return 1;
  if (!fx_ends_with_any(x, m->vs, events)) return 0;
  size_t from = m->vs > s->vs + 48 ? m->vs - 48 : s->vs;
  size_t at = fx_first(x, from, m->vs, fx_speech_words);
  return at != FX_NONE && !memchr(x->t + at, ',', m->vs - at);
}

static const char *const seat_words[] = {
  "based in", "headquartered in", "head-quartered in", "headquarters in", "head office in", "head office is in",
  "head offices in", "hq in",
  /* "kits shipped from the group's home base in Hải Phòng" (not "a
  ** production base in": works) */
  "home base in", NULL};

size_t fx_unit_phrase(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const unit_of[] = {"province of", "city of", "state of", "district of", "town of",
                                        "prefecture of", "region of", NULL};
  if (!fx_ends_with_any(x, m->vs, unit_of)) return FX_NONE;
  size_t from = m->vs > 64 ? m->vs - 64 : 0;
  size_t the = fx_find_last(x, from, m->vs, "the");
  if (the == FX_NONE || memchr(x->t + the, ',', m->vs - the) || memchr(x->t + the, '\n', m->vs - the))
    return FX_NONE;
  /* (a stop ends a sentence before a space, not inside "U.S.") */
  for (size_t i = the; i + 1 < m->vs; i++)
    if (x->t[i] == '.' && x->t[i + 1] == ' ' && (i < 2 || x->t[i - 2] != '.')) return FX_NONE;
  return the;
}

/* "based in the Central Highlands province of Gia Lai", "headquartered in
** the northern city of Hải Phòng": the seat said of the place's unit. */
static int seat_of_unit(const ivl_fctx *x, const ivl_fm *m) {
  size_t the = fx_unit_phrase(x, m);
  return the != FX_NONE && fx_ends_with_any(x, the, seat_words);
}

/* "the Hamburg trading house X", "the Toronto software firm X": a foreign
** city right before what a firm is and its name, the firm said to be of
** the city's country (names.c foreign_seat), is where the firm sits. */
static int foreign_seat_of_next_firm(const ivl_fctx *x, const ivl_fm *m) {
  if (m->kind != FM_PLACE || (m->flags & FM_VN) || !m->country || x->t[m->ve] != ' ') return 0;
  size_t k = fx_mention_from(x, m->ve);
  while (k < x->nm && x->m[k].kind == FM_SECTOR) k++; /* the firm's trade ("trading house") */
  if (k >= x->nm) return 0;
  const ivl_fm *o = &x->m[k];
  /* (the words between say what the firm is: not "Chungcheongbuk-do
  ** province and the Korea Trade-Investment Promotion Agency") */
  return o->kind == FM_ORG && o->country && strcmp(o->country, m->country) == 0 && o->vs - m->ve <= 40 &&
         fx_lower_words(x, m->ve, o->vs) && fx_find(x, m->ve, o->vs, "and") == FX_NONE &&
         fx_admin_word_at(x, m->ve, o->vs) == m->ve;
}

int fx_firm_seat(const ivl_fctx *x, const ivl_fm *m) {
  if (x->t[m->ve] == '-') return fx_based_in(x, m);
  if (foreign_seat_of_next_firm(x, m)) return 1;
  const char *const *seat = seat_words;
  /* "of" asked by its last letters first: most places follow no "of" */
  if (m->vs >= 4 && x->t[m->vs - 2] == 'f' && x->t[m->vs - 3] == 'o' && x->t[m->vs - 4] == ' ')
    return seat_of_unit(x, m);
  /* most places follow no "in", and most "in"s no such word: the last
  ** letters of both asked first ("based in", "headquarters in", "office
  ** in", "HQ in") */
  if (m->vs < 6 || x->t[m->vs - 2] != 'n' || x->t[m->vs - 3] != 'i' || x->t[m->vs - 4] != ' ') return 0;
  char c = (char)(x->t[m->vs - 5] | 0x20);
  return (c == 'd' || c == 's' || c == 'e' || c == 'q') && fx_ends_with_any(x, m->vs, seat);
}

int fx_appositive_names(const ivl_fctx *x, const ivl_fsent *s, size_t comma, const ivl_fm *org) {
  if (fx_only(x, comma, org->vs, ", ")) return 1;
  size_t k = fx_mentions_from(s->m, s->n, comma + 1);
  const ivl_fm *seat = k < s->n ? &s->m[k] : NULL;
  if (!seat || seat->ve >= org->vs || (seat->kind != FM_PLACE && seat->kind != FM_COUNTRY) ||
      !fx_only(x, comma, seat->vs, ", ") || !fx_based_or_listed_in(x, seat))
    return 0;
  size_t p = seat->ve;
  while (p < org->vs && x->t[p] != ' ') p++; /* past "-based" */
  return fx_only(x, p, org->vs, " ");
}

/* Back from 'pos' over spaces and the word 'w' before them: where the
** word starts, or FX_NONE when the text before does not end with it. */
static size_t back_over(const ivl_fctx *x, size_t pos, const char *w) {
  while (pos > 0 && x->t[pos - 1] == ' ') pos--;
  size_t n = strlen(w);
  return fx_ends_with_n(x, pos, w, n) ? pos - n : FX_NONE;
}

int fx_reference_place(const ivl_fctx *x, const ivl_fm *m) {
  /* most places follow none of these: the byte before asked first (the
  ** last letter of "from", "of", "near", "to", "bordering") */
  if (m->vs < 6 || x->t[m->vs - 1] != ' ') return 0;
  char c = x->t[m->vs - 2];
  if (c != 'm' && c != 'f' && c != 'r' && c != 'o' && c != 'g') return 0;
  static const char *const near[] = {"near", "close to", "next to", "bordering", "adjacent to", NULL};
  if (c != 'm' && c != 'f') return fx_ends_with_any(x, m->vs, near);
  /* "of" after a side of the compass ("south of"), whose last letter is
  ** an h or a t: not "province of", "People's Committee of" */
  if (c == 'f' && (x->t[m->vs - 3] != 'o' || x->t[m->vs - 4] != ' ' ||
                   (x->t[m->vs - 5] != 'h' && x->t[m->vs - 5] != 't')))
    return 0;
  /* "30km from", "15 kilometres away from", "70km south of" (not "in the
  ** south of Hà Nội", which is in it; "north of HCM City" alone is not) */
  static const char *const sides[] = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
                                      "southwest", "north-east", "north-west", "south-east", "south-west", NULL};
  size_t p = back_over(x, m->vs, "from");
  if (p != FX_NONE) {
    size_t away = back_over(x, p, "away");
    if (away != FX_NONE) p = away;
  } else if ((p = back_over(x, m->vs, "of")) != FX_NONE) {
    size_t q = FX_NONE;
    for (int k = 0; sides[k] && q == FX_NONE; k++) q = back_over(x, p, sides[k]);
    p = q;
  }
  if (p == FX_NONE) return 0;
  while (p > 0 && x->t[p - 1] == ' ') p--;
  /* a side set off by a comma after the place it locates: "a factory in
  ** Bắc Ninh province, northeast of Hanoi" */
  if (p > 0 && x->t[p - 1] == ',' && back_over(x, m->vs, "of") != FX_NONE) return 1;
  /* the distance: "30km", "30 km", "15 kilometres", "20 miles" */
  static const char *const units[] = {"km", "kilometres", "kilometers", "miles", NULL};
  for (int k = 0; units[k]; k++) {
    size_t n = strlen(units[k]);
    if (p < n + 1 || strncmp(x->t + p - n, units[k], n) != 0) continue;
    size_t d = p - n;
    while (d > 0 && x->t[d - 1] == ' ') d--;
    if (d > 0 && ivl_isdigit((unsigned char)x->t[d - 1])) return 1;
  }
  return 0;
}

const char *const fx_superlatives[] = {"largest", "biggest", "leading", "top", NULL}; /* CUE_RANK */

int fx_ranks_investors_in(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const investors[] = {"investor*", "source*", NULL};
  size_t mark = fx_possessive(x, m);
  if (m->kind != FM_COUNTRY || !mark) return 0;
  size_t from = m->ve + mark, len = x->a->view.len;
  size_t limit = from + 24 < len ? from + 24 : len;
  size_t at = fx_first(x, from, limit, fx_superlatives);
  /* "second-largest", "third biggest", and an ordinal in digits: "Việt
  ** Nam's 11th largest investor" */
  size_t words = from, oend;
  while (words < at && x->t[words] == ' ') words++;
  if (at != FX_NONE && words < at && ivl_isdigit((unsigned char)x->t[words]) && fx_ordinal_at(x, words, &oend) &&
      oend <= at)
    words = oend;
  if (at == FX_NONE || !fx_lower_words(x, words, at)) return 0;
  size_t end = at;
  while (end < len && ivl_isalpha((unsigned char)x->t[end])) end++;
  /* the investors' noun right after, a word of kind between at most:
  ** "largest foreign investor", "biggest source of FDI" */
  size_t w = fx_first(x, end, end + 24 < len ? end + 24 : len, investors);
  return w != FX_NONE && fx_lower_words(x, end, w);
}

static int can_invest(const ivl_fctx *x, const ivl_fm *m, int vn_target);

int fx_can_invest(const ivl_fctx *x, const ivl_fm *m, int vn_target) {
  return vn_target ? memo_ask(x, m, MEMO_INVEST_VN, can_invest, 1) : memo_ask(x, m, MEMO_INVEST, can_invest, 0);
}

/* Is country m said in an aside set off by commas that opens with "both"
** or, right after a firm's name, with "from"? */
static int origin_aside_of_firm(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const both[] = {"both", "both from", NULL};
  size_t from = m->vs > 12 ? m->vs - 12 : 0;
  if (x->t[m->ve] != ',') return 0;
  if (fx_ends_with_any(x, m->vs, both)) {
    size_t b = fx_find_last(x, from, m->vs, "both");
    if (b == FX_NONE || b < 2 || x->t[b - 2] != ',') return 0;
    /* "The other two projects, both from China, are worth $92 million":
    ** the aside tells the projects' country, no firm named; the country
    ** is their investor (set qweek10) */
    static const char *const works[] = {"projects", "ventures", "plants", "factories", NULL};
    return !fx_ends_with_any(x, b - 2, works);
  }
  if (!fx_ends_with(x, m->vs, "from") || m <= x->m || m >= x->m + x->nm) return 0;
  size_t f = fx_find_last(x, from, m->vs, "from");
  const ivl_fm *firm = m - 1;
  return f != FX_NONE && f >= 2 && x->t[f - 2] == ',' && firm->kind == FM_ORG && firm->ve == f - 2;
}

static int names_zone(const ivl_fctx *x, const ivl_fm *m);

/* "handed a certificate for the 1,500 MW Nghi Sơn LNG Power project to a
** consortium of A and B": a name right before "project" (or "plant"), the
** licence's recipient group after "to" next, names the works, not who
** invests in them; the group's members do (set qweek11). Not "X's project
** to ..." nor a firm with no recipient group after its project. */
static int names_project_given_to_group(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const works[] = {"project to a", "plant to a", NULL};
  static const char *const groups[] = {"consortium", "joint venture", "group", NULL};
  size_t p = m->ve;
  if (p + 1 >= x->a->view.len || x->t[p] != ' ' || !fx_starts_with_any(x, p, works)) return 0;
  size_t a = fx_find(x, p, p + 16, "a");
  return a != FX_NONE && fx_starts_with_any(x, a + 1, groups);
}

int fx_names_end_with_any(const char *const *names, size_t n, const char *const *tails) {
  for (size_t k = 0; k < n; k++) {
    size_t len = names[k] ? strlen(names[k]) : 0;
    for (const char *const *t = tails; *t && len; t++) {
      size_t tn = strlen(*t);
      if (len > tn && memcmp(names[k] + len - tn, *t, tn) == 0) return 1;
    }
  }
  return 0;
}

/* Does firm m's name, as written or as the article first gave it, end on
** a brokerage's trade ("Kien An" after "Kien An Securities")? */
static int brokerage_name(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const trades[] = {" Securities", " Securities JSC", " Securities Company",
                                       " Securities Corporation", " Securities Corp.", NULL};
  const char *names[] = {m->party, fx_org_canonical(x, m)};
  return fx_names_end_with_any(names, 2, trades);
}

/* "Han Giang Securities also noted that X completed its acquisition of
** ...", "In the same brief, Kien An noted a trade in which Y bought ...",
** "Song Hong Securities said the deal could add ...": a brokerage told
** with the verbs of its notes and briefs reports on the deals of others,
** as an adviser does, and puts in none of the money (set qweek76). Only a
** brokerage's name, and only those verbs: "X Securities said it would
** invest" and "X Securities bought a stake" are its own deeds. */
static int broker_reporting(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const reporting[] = {"noted", "also noted", "wrote", "also wrote", "said in a note",
                                          "said in its note", "said in a report", "said in its report",
                                          "said in its daily brief", "said in a daily brief",
                                          "said in a sector report", "said the deal", "estimated",
                                          "raised its target", "cut its target", "lifted its target",
                                          "kept a", "expects", "forecast", "warned", NULL};
  return fx_starts_with_any(x, m->ve, reporting) && brokerage_name(x, m);
}

/* "X advised Y on its $45 million investment in Z", "X acted as Korean
** counsel to the buyer", "law firm X", "Bao Minh Legal": a deal's law firm
** or adviser is no party to it and puts in none of its money; the client
** it advised is the investor (set qweek72). Told by the verb right after
** its name, the words of its trade right before it, or its name's own
** last word; "acted as" only with an adviser's word before the clause
** ends ("X acted as lead investor" invests). */
int fx_adviser(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const advising[] = {"advised", "advises", "advising", "also advised", "has advised",
                                         "had advised", "has also advised", "is advising", "was advising",
                                         "acted for", "acts for", "also acted for", "was legal counsel",
                                         "were legal counsel", NULL};
  static const char *const acting_as[] = {"acted as", "acts as", "also acted as", "is acting as", "was acting as",
                                          NULL};
  static const char *const adviser_words[] = {"adviser", "advisor", "advisers", "advisors", "counsel", NULL};
  static const char *const trade_before[] = {"law firm", "law firms", "legal adviser", "financial adviser",
                                             "legal advisor", "financial advisor", "advisory firm", NULL};
  static const char *const own_trade[] = {"law", "legal", "advisory", "associates", "llp", NULL};
  if (fx_starts_with_any(x, m->ve, advising) || fx_ends_with_any(x, m->vs, trade_before) ||
      fx_ends_with_any(x, m->ve, own_trade) || broker_reporting(x, m))
    return 1;
  if (!fx_starts_with_any(x, m->ve, acting_as)) return 0;
  size_t to = m->ve + 50 < x->a->view.len ? m->ve + 50 : x->a->view.len;
  const char *end = memchr(x->t + m->ve, ',', to - m->ve);
  if (end) to = (size_t)(end - x->t);
  return fx_any(x, m->ve, to, adviser_words);
}

static int can_invest(const ivl_fctx *x, const ivl_fm *m, int vn_target) {
  if (m->kind == FM_ORG)
    return (m->flags & FM_COMPANY) && fx_acts(x, m) && !owner_of_next(x, m) && !names_zone(x, m) &&
           !names_project_given_to_group(x, m) && !former_name(x, m) && !fx_adviser(x, m);
  if (m->kind == FM_PLACE) return fx_describes_company(x, m); /* "an Osaka-based firm" */
  if (m->kind != FM_COUNTRY) return 0;
  if (vn_target && (m->flags & FM_VN)) return 0;
  if (among_hearers(x, m)) return 0;
  if (fx_ranks_investors_in(x, m)) return 0; /* "Japan is Vietnam's top investor" */
  /* "Six projects worth $255 million, mostly Chinese-owned component
  ** makers, were licensed": most of the money is that country's, not all
  ** of it; the foreign investors are the whole's (set qbrief) */
  static const char *const most[] = {"mostly", "mainly", "largely", "chiefly", "predominantly", NULL};
  if ((m->flags & FM_DEMONYM) && fx_ends_with_any(x, m->vs, most)) return 0;
  /* "A and B, both from South Korea, will each invest", "..., both
  ** Korean, ...", "X, from Japan, will invest": an aside telling the
  ** firms' country; they invest ("from" only right after a firm) */
  if (origin_aside_of_firm(x, m)) return 0;
  /* "China's Guangxi": the country only says where the place is */
  return !fx_country_places_next(x, m);
}

int fx_country_places_next(const ivl_fctx *x, const ivl_fm *m) {
  size_t mark = m->kind == FM_COUNTRY ? fx_possessive(x, m) : 0;
  if (!mark) return 0;
  size_t after = m->ve + mark;
  while (after < x->a->view.len && x->t[after] == ' ') after++;
  size_t i = fx_mention_from(x, after);
  return i < x->nm && x->m[i].vs == after && x->m[i].kind == FM_PLACE;
}

/* Does s name a place of Việt Nam (or, with 'country', the country
** itself) outside the layout's dateline? */
static int vn_named_past_dateline(const ivl_fctx *x, const ivl_fsent *s, int country) {
  const ivl_layout *l = &x->a->layout;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    int dateline = l->has_dateline && m->vs >= l->dateline.start && m->ve <= l->dateline.end;
    if ((m->flags & FM_VN) && (m->kind == FM_PLACE || (country && m->kind == FM_COUNTRY)) && !dateline) return 1;
  }
  return 0;
}

/* Does sentence 's' speak of the country's total ("60.8 percent of the
** country's total") and name no place of Việt Nam but a dateline's? */
static int national_total(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const country_total[] = {"the country's total", "the nation's total", "the national total",
                                              "the country's fdi", "the country's foreign", NULL};
  /* "..., or 57 percent of total registered capital, the Ministry of
  ** Finance said": a share of the total a national body reports */
  static const char *const of_total[] = {"of total", "of the total", NULL};
  static const char *const bodies[] = {"ministry of finance", "national statistics office", "general statistics office",
                                       "foreign investment agency", NULL};
  if (!fx_any(x, s->vs, s->ve, country_total) &&
      !(fx_any(x, s->vs, s->ve, of_total) && fx_any(x, s->vs, s->ve, bodies)))
    return 0;
  return !vn_named_past_dateline(x, s, 1);
}

/* "X and Y signed an agreement to install 1,000 chargers at stations
** across the country. Under the deal, X will invest $35 million in
** equipment": a deal whose works are spread over the whole country, no
** place of Việt Nam named but the dateline's, makes the country the place
** spoken of, where the deal's money then goes (qev). */
static int nationwide_deal(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const all_over[] = {"across the country", "nationwide", "all over the country",
                                         "throughout the country", NULL};
  return (s->cues & CUE_DEAL) && fx_any(x, s->vs, s->ve, all_over) && !vn_named_past_dateline(x, s, 0);
}

/* A firm named after mention i of s, with money between ("IFC has
** committed $150 million to X"): a borrower, when i lends. */
static int borrower_after(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  int money = 0;
  for (size_t k = i + 1; k < s->n; k++) {
    money |= s->m[k].kind == FM_MONEY;
    if (money && s->m[k].kind == FM_ORG && fx_can_invest(x, &s->m[k], 1)) return 1;
  }
  return 0;
}

/* A bank by its name: a word "Bank", or one ending in a lower-case "bank"
** ("Vietcombank", "Eximbank"; not "SoftBank", an investor). */
static int named_bank(const char *p) {
  for (const char *b = strstr(p, "bank"); b; b = strstr(b + 1, "bank"))
    if (b > p && b[-1] != ' ' && b[-1] != '-' && (b[4] == 0 || b[4] == ' ')) return 1;
  for (const char *b = strstr(p, "Bank"); b; b = strstr(b + 1, "Bank"))
    if ((b == p || b[-1] == ' ') && (b[4] == 0 || b[4] == ' ')) return 1;
  return 0;
}

/* "Vietcombank signed a VND4 trillion loan agreement with X to finance a
** solar farm": a bank lending to a firm named after the loan word, "with"
** or "to" before it; the borrower is the one the works told next are of.
** (Not "X signed a loan agreement with Vietcombank": X, no bank, borrows.) */
static int bank_lends_to_after(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  static const char *const loan[] = {"loan", "loans", "lend", "lends", "lent", "lending", "credit", NULL};
  static const char *const to[] = {"with", "to", NULL};
  if (!s->m[i].party || !named_bank(s->m[i].party)) return 0;
  for (size_t k = i + 1; k < s->n; k++) {
    const ivl_fm *o = &s->m[k];
    if (o->kind != FM_ORG) continue;
    return o->party && !named_bank(o->party) && fx_can_invest(x, o, 1) && fx_ends_with_any(x, o->vs, to) &&
           fx_any(x, s->m[i].ve, o->vs, loan);
  }
  return 0;
}

/* "The project will be financed with a $210 million loan from the Asian
** Development Bank and equity from the company": a body named right after
** "from", a word of lending among the words before it in the sentence,
** lends the money; it is not the one "it" speaks of next (set qweek62).
** So too after the borrower's verb: "To pay for it, the group borrowed
** VNĐ2 trillion from X" (set qweek105). */
static int lender_after_from(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const from[] = {"from", "from the", NULL};
  static const char *const lending[] = {"loan", "loans", "credit", "financing", "lending", "borrowing",
                                        "borrowed", "borrows", "borrow", NULL};
  if (m->kind != FM_ORG || !fx_ends_with_any(x, m->vs, from)) return 0;
  size_t lo = m->vs > s->vs + 60 ? m->vs - 60 : s->vs;
  return fx_any(x, lo, m->vs, lending);
}

/* Is organisation m named as a customer: after "to" or "include" with a
** word of supplying or of customers before it in the sentence ("supplies
** chips to X", "a supplier to X", "whose customers include X")? */
static int customer_named(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const to[] = {"to", "include", "includes", "including", "such as", NULL};
  static const char *const supplying[] = {"supplies", "supplied", "supply", "supplier", "suppliers", "sells", "sold",
                                          "customer", "customers", "client", "clients", "buyer", "buyers", NULL};
  return fx_ends_with_any(x, m->vs, to) && fx_any(x, s->vs, m->vs, supplying);
}

/* Is m the next of a list after t[..end): only ",", "and" or ", and"
** between? */
static int listed_after(const ivl_fctx *x, size_t end, const ivl_fm *m) {
  size_t p = end;
  while (p < m->vs && (x->t[p] == ',' || x->t[p] == ' ')) p++;
  if (p + 4 <= m->vs && fx_starts_with(x, p, "and")) p += 3;
  return p > end && fx_only(x, p, m->vs, "");
}

/* "runs a plant in southern Vietnam's Dong Nai province": the province
** 'at' after Việt Nam's possessive, the country "in" it (maybe after a
** part's word) standing where "in" stands before the province alone (set
** qweek61). */
/* (or with the part's word after the possessive, as a wire writes it:
** "a plant in Vietnam's central Nghe An province", set qweek89) */
static int in_country_of_place(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *at) {
  static const char *const in[] = {"in", "in southern", "in northern", "in central", NULL};
  static const char *const parts[] = {"southern", "northern", "central", "north-central", "south-central",
                                      "northeastern", "northwestern", "southeastern", "southwestern", NULL};
  for (size_t i = 0; i < s->n && s->m[i].ve <= at->vs; i++) {
    const ivl_fm *c = &s->m[i];
    if (c->kind != FM_COUNTRY || !(c->flags & FM_VN) || at->vs < c->ve || x->t[c->ve] != '\'' ||
        !fx_ends_with_any(x, c->vs, in))
      continue;
    if (at->vs - c->ve <= 3) return 1; /* "Vietnam's " */
    if (at->vs - c->ve <= 20 && fx_ends_with_any(x, at->vs, parts) && fx_lower_words(x, c->ve + 3, at->vs)) return 1;
  }
  return 0;
}

/* "On the same day, the group signed ...", "Last week, it ...": where the
** subject begins after an opening phrase of time (its first word one of
** 'opens', no mention in it but dates, a comma within 40 bytes), else the
** sentence's start. */
static size_t past_time_phrase(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const opens[] = {"on", "in", "at", "last", "earlier", "later", "that", NULL};
  if (!fx_starts_with_any(x, s->vs, opens)) return s->vs;
  size_t lim = s->vs + 40 < s->ve ? s->vs + 40 : s->ve, p = s->vs;
  while (p < lim && x->t[p] != ',') p++;
  if (p >= lim) return s->vs;
  for (size_t i = 0; i < s->n && s->m[i].vs < p; i++)
    if (s->m[i].kind != FM_DATE) return s->vs;
  for (p++; p < s->ve && x->t[p] == ' '; p++) {}
  return p;
}

/* Does sentence s open on the company spoken of by reference ("It also
** runs ...", "The group also owns ...", also after a time phrase: "On the
** same day, the group signed ..."), so that it is the firm the sentence
** tells of though it names none? */
static int opens_on_company(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const it[] = {"it", NULL};
  if (!x->c.company || x->c.company->kind != FM_ORG) return 0;
  size_t p = past_time_phrase(x, s);
  return fx_starts_with_any(x, p, fx_company_words) || fx_starts_with_any(x, p, it);
}

/* "Kanto Seiki also runs a plant in Hải Dương. It will invest $30 million
** there" (or "... of its Hải Dương plant"): the one province a sentence
** says a company named before it (or
** referred to as its subject: "It also runs a plant in ...", "The group
** also owns two hotels in ...") works in ("operates a factory in", "has a
** plant in", "opened its fifth mall in ..."), when the sentence gave no
** figure and it was no speech's venue, and it is not 'skip' (the article's
** own, for "there"), its site's word at '*word'; else NULL. A sentence's
** money that gave no figure ('money_told' 0: "The largest claim, around $42
** million, went to X, whose plant in Phú Yên ...", an insurer's payout; set
** qweek137) leaves the site said. */
static const char *company_site(const ivl_fctx *x, const ivl_fsent *s, const char *skip, size_t *word,
                                int money_told) {
  static const char *const sites[] = {"plant", "plants", "factory", "factories", "warehouse", "centre", "center",
                                      "facility", "office", "mill", "site", "base", "hotel", "hotels", "farm",
                                      "farms", "resort", "resorts", "mall", "malls", "store", "stores", "hospital",
                                      "clinic", "school", "campus",
                                      /* "won the auction to develop a solar project in Gia
                                      ** Lai": works to come, the place of the next "The
                                      ** project is capitalised at" (set qweek21) */
                                      "project",
                                      /* a developer's: "to build a 1,800-unit township in Bình
                                      ** Dương" (set qweek64) */
                                      "township", "townships",
                                      /* "a cold storage hub in the Nam Đình Vũ Industrial
                                      ** Park" (set qcoref) */
                                      "hub", NULL};
  const char *one = NULL;
  const ivl_fm *firm = NULL, *at = NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_MONEY && money_told) return NULL;
    if (m->kind == FM_ORG && (m->flags & FM_COMPANY) && !firm) firm = m;
    if (!is_province(m)) continue;
    if (one && strcmp(one, m->province) != 0) {
      if (!fx_ends_with(x, at->vs, "from")) return NULL; /* "moved ... from X to Y": Y */
    }
    else if (one) continue;
    one = m->province, at = m;
  }
  if (!one || (skip && strcmp(one, skip) == 0)) return NULL;
  size_t from = firm ? firm->ve : s->vs;
  if (!firm && opens_on_company(x, s)) firm = x->c.company;
  if (!firm || from > at->vs) return NULL;
  /* "is raising the capacity of its Hải Phòng factory": the province
  ** before the site's word, after "its" */
  static const char *const owners[] = {"its", "their", NULL};
  if (fx_ends_with_any(x, at->vs, owners) && fx_noun_within(x, at->ve, sites, 1) && !fx_speech_venue(x, s, at)) {
    *word = at->ve;
    return one;
  }
  /* "When Kizuna Denki came to Bắc Ninh in 2008, it had one factory": the
  ** firm's arrival in the province, its site's word after it (set qweek98) */
  static const char *const came[] = {"came to", "come to", "arrived in", NULL};
  if (fx_ends_with_any(x, at->vs, came) && !fx_speech_venue(x, s, at)) {
    *word = fx_first(x, at->ve, s->ve, sites);
    if (*word != FX_NONE) return one;
  }
  *word = fx_first(x, from, at->vs, sites);
  if (*word == FX_NONE || fx_speech_venue(x, s, at)) return NULL;
  /* "runs a plant in Hải Dương", "moved its head office to Đồng Nai" (the
  ** move told in this sentence: a company referred to was named before it) */
  static const char *const moved[] = {"moved", "relocated", "moving", "relocating", NULL};
  /* (or a province merged away, "in the former Bình Dương province") */
  /* (or a park by its name after "the": "a cold storage hub in the Nam
  ** Đình Vũ Industrial Park", set qcoref) */
  if (!fx_ends_with(x, at->vs, "in") && !fx_ends_with(x, at->vs, "in the former") && !in_country_of_place(x, s, at) &&
      !fx_ends_with(x, at->vs, "in the") &&
      !(fx_ends_with(x, at->vs, "to") && fx_any(x, from, at->vs, moved)))
    return NULL;
  return one;
}

const char *fx_company_site(const ivl_fctx *x, const ivl_fsent *s, const char *skip, size_t *word) {
  return company_site(x, s, skip, word, 1);
}

static const char *const buys[] = {"bought", "acquired", "acquisition of", "takeover of", "buy", "buys", "buying",
                                   "acquire", "acquires",
                                   /* "approved the purchase of a 51 per cent stake in X" */
                                   "purchase of", "stake in", "stakes in",
                                   /* "raised its holding in X" (set qipo) */
                                   "holding in", "holdings in", "shareholding in",
                                   /* "took a 10 per cent interest in X" */
                                   "interest in", "interests in",
                                   /* "took over a feed mill in Đồng Nai from local firm X for
                                   ** $14 million", "purchased the plant from X" (set qseller) */
                                   "took over", "take over", "takes over", "taken over", "taking over", "purchased",
                                   /* "will spend ¥4.5 billion of the proceeds acquiring 51 per cent of X, a
                                   ** Fukuoka-based software house" (set qweek54) */
                                   "acquiring",
                                   /* "It also holds 11 per cent of Đà Nẵng-based hotel developer X, a
                                   ** stake it acquired in 2023 for ...": the firm a holding is of
                                   ** (set qweek54) */
                                   "holds", "owns", NULL};

/* Are t[from, to) words of a firm's trade, in lower case but for one
** capitalised word of no mention ("based English tutoring app", the
** language it teaches)? The caller knows no mention stands there. */
static int trade_words(const ivl_fctx *x, size_t from, size_t to) {
  int caps = 0;
  for (size_t i = from; i < to; i++) {
    unsigned char c = (unsigned char)x->t[i];
    if (ivl_isupper(c) && (i == from || x->t[i - 1] == ' ') && ++caps == 1) continue;
    if (!ivl_islower(c) && c != ' ' && c != '-') return 0;
  }
  return 1;
}

/* "after it bought 51% of drinks maker X", "the acquisition of X": the
** company bought, right after the words of buying (a few words, no capital
** nor comma between), which does not invest. */
int fx_bought_company(const ivl_fctx *x, const ivl_fm *m) {
  /* "bought 51 per cent of Đà Nẵng-based X": the seat said before the
  ** company is read past, the words of buying stand before it (so with
  ** its trade of a few words between, a sector's among them: "a 20 per
  ** cent interest in Quảng Trị-based wind power developer X") */
  /* (so is a place that says where the firm's trade is: "a stake in Đà Lạt
  ** coffee chain X") */
  size_t from = m->vs;
  const ivl_fm *seat = m > x->m ? m - 1 : NULL;
  if (seat && seat->kind == FM_SECTOR && seat > x->m) seat--; /* the trade a sector: "wind power developer" */
  /* (and the firm's nationality before its trade: "In 2023 it bought a 30%
  ** stake in Vietnamese vocational college operator X", the buyer "it") */
  if (seat && (seat->kind == FM_PLACE || seat->kind == FM_COUNTRY) &&
      (fx_based_in(x, seat) || (seat->kind == FM_PLACE && x->t[seat->ve] == ' ') ||
       (seat->kind == FM_COUNTRY && (seat->flags & FM_DEMONYM) && x->t[seat->ve] == ' ')) &&
      m->vs - seat->ve <= 40 && trade_words(x, seat->ve + 1, m->vs))
    from = seat->vs;
  /* (the words back to the last capital, comma or stop only: a byte
  ** scan, most names having one right before them) */
  size_t back = from > 70 ? from - 70 : 0, k = from;
  while (k > back && !ivl_isupper((unsigned char)x->t[k - 1]) && x->t[k - 1] != ',' && x->t[k - 1] != '.') k--;
  /* (a capital opening the word of buying: "\"Buying X gives us ...") */
  if (k > back && ivl_isupper((unsigned char)x->t[k - 1])) k--;
  if (from - k < 4) return 0;
  size_t at = fx_first(x, k, from, buys);
  if (at == FX_NONE) return 0;
  /* not the buyer of "was acquired by X" */
  return fx_find(x, at, m->vs, "by") == FX_NONE;
}

/* "raised its investment in the DEEP C industrial zone by $120 million,
** bringing its total capital there to $470 million": a developer's name a
** zone takes, the generic words in lower case after it, is where the money
** goes; the tenant spoken of invests, and "its" is the tenant's (set
** qstall). */
static int names_zone(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const zones[] = {"industrial zone", "industrial zones", "industrial park", "industrial parks",
                                      "industrial estate", "industrial estates", "industrial cluster",
                                      "economic zone", NULL};
  size_t p = m->ve;
  return p + 4 < x->a->view.len && x->t[p] == ' ' && (x->t[p + 1] == 'i' || x->t[p + 1] == 'e') &&
         fx_starts_with_any(x, p + 1, zones);
}

int fx_brand_of_outlets(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const outlets[] = {
    "supermarket", "supermarkets", "hypermarket", "hypermarkets", "store", "stores", "convenience store",
    "convenience stores", "shop", "shops", "outlet", "outlets", "mall", "malls", "shopping centre",
    "shopping centres", "shopping center", "shopping centers", "showroom", "showrooms", "minimart", "minimarts",
    "restaurant", "restaurants", "cafe", "cafes", "coffee shops", "branches",
    /* a hotel chain's name a property takes ("will be rebranded as a
    ** Kensington Crest property", "opens under the Lotus Crown brand"):
    ** the chain runs it, the owner pays for it (set qhotel) */
    "property", "properties", "brand", NULL};
  size_t p = m->ve;
  /* (most names are followed by a capital, a comma or a verb: one byte asked first) */
  if (p + 3 >= x->a->view.len || x->t[p] != ' ' || !memchr("shmocrbp", x->t[p + 1], 8)) return 0;
  return fx_starts_with_any(x, p + 1, outlets);
}

/* Where word w ends before firm m, past what the firm is ("from
** Vietnamese conglomerate X", "with local developer X", "from Japan's
** X"); FX_NONE when w is not there. */
static size_t word_before_described(const ivl_fctx *x, const ivl_fm *m, const char *w) {
  const ivl_fm *prev = m > x->m ? m - 1 : NULL;
  size_t at = fx_said_from(x, m, prev), n = strlen(w);
  if (fx_ends_with(x, at, w)) return at;
  if (prev && (prev->flags & FM_DEMONYM) && m->vs - prev->ve <= 40 && fx_lower_words(x, prev->ve, m->vs)) at = prev->vs;
  size_t f = fx_find_last(x, at > 40 ? at - 40 : 0, at, w);
  return f != FX_NONE && fx_lower_words(x, f + n, at) ? f + n : FX_NONE;
}

/* word_before_described, also past the firm's seat ("with Bangkok-based
** X", "in Đà Nẵng-based X"). */
static size_t word_before_seated(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m, const char *w) {
  const ivl_fm *seat = m > s->m && fx_based_in(x, m - 1) && m->vs - (m - 1)->ve <= 16 ? m - 1 : m;
  return word_before_described(x, seat, w);
}

/* Where "from" ends before seller m, past what the seller is; FX_NONE
** when "from" is not there. */
static size_t from_before_seller(const ivl_fctx *x, const ivl_fm *m) {
  return word_before_described(x, m, "from");
}

/* "Bell Ridge has worked with Z since 2012", Bell Ridge the company
** spoken of: does s open on that company by its name as written before,
** a name the sentence pass may not take for a company's (a university's
** short form once linked to its full name, set qweek133)? */
static int opens_on_company_named(const ivl_fctx *x, const ivl_fsent *s) {
  const ivl_fm *c = x->c.company;
  if (!c || c->kind != FM_ORG || !c->party || !s->n || s->m[0].kind != FM_ORG || !s->m[0].party) return 0;
  return s->m[0].vs == past_time_phrase(x, s) && strcmp(s->m[0].party, c->party) == 0;
}

/* "The company signed a joint venture agreement with local developer X",
** "It also teamed up with Y": in a sentence that opens on the company
** spoken of by reference, a firm named after "with" is its partner, not
** the one "the company" (nor "the developer", nor "it") speaks of next
** (set qweek64). Not a firm that opens a sentence of its own ("X signed
** a deal with Y": the sentence pass takes X first). */
static int partner_of_referred(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  return m->kind == FM_ORG && (opens_on_company(x, s) || opens_on_company_named(x, s)) &&
         word_before_seated(x, s, m, "with") != FX_NONE;
}

/* "it bought the Big C chain from France's Casino Group for $1.14 billion":
** the seller named after "from" (over its country's possessive), the words
** of buying before it in its clause, gets the money, it does not invest. */
int fx_seller_of_purchase(const ivl_fctx *x, const ivl_fm *m) {
  size_t at = from_before_seller(x, m);
  if (at == FX_NONE) return 0;
  /* (back to the clause's start: a stop or a semicolon, 200 bytes at most:
  ** what is bought may run long before its seller, "agreed to buy three
  ** ready-built warehouse facilities in the former X province, now part of
  ** Y, from local developer Z") */
  size_t k = at, back = at > 200 ? at - 200 : 0;
  while (k > back && x->t[k - 1] != '.' && x->t[k - 1] != ';') k--;
  return fx_first(x, k, at, buys) != FX_NONE;
}

/* "thousands of Nvidia H200 graphics processing units", "a fleet of Boeing
** 787s": a maker named as the brand of a product, its model code (digits
** in it, not a year) right after the name, is no company the sentence
** speaks of. */
static int product_brand(const ivl_fctx *x, const ivl_fm *m) {
  size_t p = m->ve, len = x->a->view.len;
  if (p + 2 >= len || x->t[p] != ' ' || !(ivl_isupper((unsigned char)x->t[p + 1]) || ivl_isdigit((unsigned char)x->t[p + 1])))
    return 0;
  size_t e = ++p;
  int digits = 0, letters = 0;
  for (; e < len && (ivl_isalnum((unsigned char)x->t[e]) || x->t[e] == '-'); e++)
    ivl_isdigit((unsigned char)x->t[e]) ? digits++ : letters++;
  return digits && (letters || e - p != 4);
}

/* "a gateway to the ASEAN market", "sells into EU markets": a body named
** as the market or bloc a firm sells to, its noun right after the name, is
** no company the sentence speaks of, and "It" next is still the firm's
** (set qweek62). */
static int named_as_market(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const markets[] = {"market", "markets", "bloc", "region", "member states", NULL};
  return m->ve < x->a->view.len && x->t[m->ve] == ' ' && fx_starts_with_any(x, m->ve, markets);
}

/* The province of the last park or zone sentence s names by its name
** ("A new park opened in Nghi Sơn Economic Zone in Thanh Hóa", "Đông Mai
** Industrial Park"), which "the park" and "the new park" speak of next;
** NULL when it names none. */
static const char *park_named(const ivl_fctx *x, const ivl_fsent *s) {
  const char *found = NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_PLACE || !(m->flags & FM_VN) || !m->province || m->ve - m->vs < 9) continue;
    /* (its name as written ends on the generic word, capitalised; nine
    ** bytes at least, so the reads below stay inside the name) */
    const char *e = x->t + m->ve;
    if (memcmp(e - 5, " Park", 5) == 0 || memcmp(e - 5, " Zone", 5) == 0 || memcmp(e - 8, " Cluster", 8) == 0)
      found = m->province;
  }
  return found;
}

/* The one province a run of mentions names: '*one' is the first met
** ('province' the next); 0, with '*one' NULL, once another is met. */
static int still_one_province(const char **one, const char *province) {
  if (*one && strcmp(*one, province) != 0) {
    *one = NULL;
    return 0;
  }
  *one = province;
  return 1;
}

/* "Ninh Bình on Thursday approved two projects in Bảo Minh Industrial
** Park.": projects counted as approved or licensed, with no money said,
** whose figures the next sentence gives one by one. */
/* So too "Two waste-to-energy plants with combined capital of $210 million
** have been licensed": works counted, their money only said together. */
static int projects_told(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const approved[] = {"approved", "licensed", "granted", NULL};
  static const char *const works[] = {"plants", "factories", "facilities", NULL};
  static const char *const together[] = {"combined capital of", "combined investment of", "a combined", NULL};
  if (!(s->cues & CUE_WORKS)) return 0; /* "project" is one of the cue's words */
  int projects = 0;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_MONEY && !fx_ends_with_any(x, m->vs, together)) return 0;
    projects |= m->kind == FM_COUNT && m->value > 1 && ((m->flags & FM_PROJECTS) || fx_ends_with_any(x, m->ve, works));
  }
  return projects && fx_any(x, s->vs, s->ve, approved);
}

int fx_demonym_investors(const ivl_fsent *s, const ivl_fctx *x, const ivl_fm *m) {
  static const char *const groups[] = {"investors", "firms", "companies", "enterprises", "businesses", NULL};
  if (m->kind != FM_COUNTRY || !(m->flags & FM_DEMONYM)) return 0;
  size_t p = m->ve;
  while (p < s->ve && x->t[p] == ' ') p++;
  return fx_starts_with_any(x, p, groups);
}

/* Is firm m called a group, by its name's last word ("Siam Medica Group")
** or by the noun right before it ("Thai group X", "the group X")? */
int fx_called_group(const ivl_fctx *x, const ivl_fm *m) {
  if (m->kind != FM_ORG || !(m->flags & FM_COMPANY)) return 0;
  size_t n = m->party ? strlen(m->party) : 0;
  return (n > 6 && strcmp(m->party + n - 6, " Group") == 0) || fx_ends_with(x, m->vs, "group");
}

/* "Elsewhere, Đà Nẵng reported strong interest in water projects. The city
** said that X had raised ...": a report turning to another province, named
** right after its opener, makes it the place spoken of. The province, or
** NULL. */
/* (or a market report's paragraph opened on the province itself, "In Hai
** Phong, Japan's X formed a joint venture ... X will put $57 million into
** the venture": the province, then its comma; set qweek103) */
static const char *turned_to_province(const ivl_fctx *x, const ivl_fsent *s) {
  size_t at = s->vs;
  while (at < s->ve && x->t[at] == ' ') at++;
  int in = fx_starts_with(x, at, "in");
  if (!in && !fx_starts_with(x, at, "elsewhere")) return NULL;
  at += in ? 3 : 9;
  if (!in) {
    if (at >= s->ve || x->t[at] != ',') return NULL;
    at++;
  }
  while (at < s->ve && x->t[at] == ' ') at++;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].vs >= at)
      return s->m[i].vs == at && is_province(&s->m[i]) && (!in || x->t[s->m[i].ve] == ',') ? s->m[i].province
                                                                                           : NULL;
  return NULL;
}

/* "The licensee is a joint venture of A and B", "X is a venture between A
** and Japan's B": is organisation 'm' (over a country's possessive) a
** member of the venture the sentence's subject is? */
static int venture_member(const ivl_fctx *x, const ivl_fm *m) {
  /* (said of the subject: "is a venture of"; not a zone "established in
  ** 1997 as a joint venture between" its developer and the city, dev-30) */
  static const char *const members[] = {"is a venture of", "is a venture between", "is a joint venture of",
                                        "is a joint venture between", "is a tie-up of", "is a tie-up between", NULL};
  size_t at = fx_said_from(x, m, m > x->m ? m - 1 : NULL);
  if (fx_ends_with_any(x, at, members)) return 1;
  /* the second member: "A and B" */
  const ivl_fm *p = m > x->m ? m - 1 : NULL;
  while (p && p > x->m && p->kind == FM_COUNTRY) p--;
  return p && p->kind == FM_ORG && fx_ends_with(x, at, "and") && at - p->ve <= 24 && venture_member(x, p);
}

int fx_partner_part(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const parts[] = {"of the capital", "of that sum", "of the sum", "of the total",
                                      "contribution to the project", "contribution to the venture", NULL};
  /* (a part has its amount: the look at the words only then) */
  size_t i = 0;
  while (i < s->n && s->m[i].kind != FM_MONEY) i++;
  return i < s->n && fx_any(x, s->vs, s->ve, parts);
}

/* Is m a fund by its name ("Lotus Vietnam Growth Fund II")? */
static int named_fund(const ivl_fm *m) {
  return m->kind == FM_ORG && m->party && strstr(m->party, " Fund");
}

/* "the final close of Lotus Vietnam Growth Fund II": a fund named by its
** name, which "the fund" speaks of next, over the firms named since (its
** manager, its backers). */
static void note_fund(ivl_fctx *x, const ivl_fsent *s) {
  for (size_t i = 0; i < s->n; i++)
    if (named_fund(&s->m[i])) x->c.fund = &s->m[i];
}

/* (so too the name the venture is to have, where the venture then acts:
** "The joint venture, to be named SHM Fibre, will build a plant with total
** investment capital of ...", set qgarment; not "The venture, to be
** called X, will have charter capital of ...", the founders' capital) */
static const char *const venture_to_be_named[] = {"venture, to be named", "venture, to be called", NULL};
static const char *const venture_acts[] = {"will build", "will invest", "will spend", "will develop", "will put",
                                           "plans to build", "plans to invest", NULL};

int fx_venture_named(const ivl_fctx *x, const ivl_fm *m) {
  if (m->kind != FM_ORG || !(m->flags & FM_COMPANY) || m->ve >= x->a->view.len || x->t[m->ve] != ',') return 0;
  return fx_ends_with(x, m->vs, "venture,") ||
         (fx_ends_with_any(x, m->vs, venture_to_be_named) && fx_starts_with_any(x, m->ve + 1, venture_acts));
}

/* "On June 17, the authority granted investment certificates to 7
** projects", "At the conference, the committee awarded certificates to 14
** projects": a licensing at an event held on a day, that day said in the
** sentence or before it by its opener; the projects told one by one after
** it are licensed that day (invest_figures.c licence_part_told). */
static void note_licence_day(ivl_fctx *x, const ivl_fsent *s, int day_here) {
  static const char *const licences[] = {"certificate", "certificates", "licence", "licences", "license",
                                         "licenses", "irc", "ircs", NULL};
  static const char *const handed[] = {"grant*", "award*", "hand*", "present*", "issu*", NULL};
  static const char *const at_event[] = {"at the conference", "at the ceremony", "at the event", "at the forum",
                                         NULL};
  if (!x->c.last_day || !fx_any(x, s->vs, s->ve, licences) || !fx_any(x, s->vs, s->ve, handed)) return;
  if (!day_here && !fx_starts_with_any(x, s->vs, at_event)) return;
  x->c.licence_day = x->c.last_day, x->c.licence_sent = s->index;
}

/* "... signed deals at a business forum in HCM City on Thursday (Dec 3)":
** the event told with its own day, which a later "at the forum" goes back
** to (facts_relate.c occasion_day), over a day said since of something
** else ("Straits Aqua will invest ..., it said in a filing on Friday"). */
static void note_event_day(ivl_fctx *x, const ivl_fsent *s, int day_here) {
  static const char *const events[] = {"forum", "conference", "summit", NULL};
  if (!day_here) return;
  for (size_t i = 0; events[i]; i++)
    if (fx_find(x, s->vs, s->ve, events[i]) != FX_NONE) {
      x->c.event_day = x->c.last_day, x->c.event_word = events[i];
      return;
    }
}

/* "X will pay $24 million for 49 per cent of Y JSC (YGS), turning the
** ground handler into a joint venture": the firm named last before the
** clause that turns it (or "it") into a venture is the venture "the
** venture" speaks of next (set qaero); NULL when no such clause. */
static const ivl_fm *firm_turned_into_venture(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const into[] = {"into a joint venture", "into a venture", NULL};
  static const char *const turning[] = {"turning", "making", "converting", NULL};
  size_t at = fx_first(x, s->vs, s->ve, into);
  if (at == FX_NONE) return NULL;
  size_t turn = fx_last(x, at > s->vs + 80 ? at - 80 : s->vs, at, turning);
  if (turn == FX_NONE || turn < s->vs + 2 || x->t[turn - 2] != ',') return NULL;
  const ivl_fm *firm = NULL;
  for (size_t i = 0; i < s->n && s->m[i].ve <= turn; i++)
    if (s->m[i].kind == FM_ORG && (s->m[i].flags & FM_COMPANY)) firm = &s->m[i];
  return firm;
}

/* "form a joint venture, Siam Dong A Packaging, to build ...": the venture
** named in apposition is the one "the venture" speaks of next; so too a
** firm that an apposition after it calls a firm's venture ("raised its
** stake in X Co, its joint venture with Y, to 70%"), or a venture of others
** ("X Co, a joint venture set up by A and B, is hiring ...", set qweek131). */
static void note_venture(ivl_fctx *x, const ivl_fsent *s) {
  static const char *const called[] = {", its joint venture", ", their joint venture", ", a joint venture",
                                       ", a joint-venture", NULL};
  for (size_t i = 0; i < s->n; i++)
    if (fx_venture_named(x, &s->m[i]) ||
        (s->m[i].kind == FM_ORG && (s->m[i].flags & FM_COMPANY) && fx_starts_with_any(x, s->m[i].ve, called)))
      x->c.venture = &s->m[i];
  const ivl_fm *turned = firm_turned_into_venture(x, s);
  if (turned) x->c.venture = turned;
}

/* "X pumped VNĐ1.52 trillion into its Hà Nội-based arm, Y": the firm
** that opens the sentence and names a unit of its own ("its", a unit's
** word within a few words, the unit's name right after it) owns that
** unit; NULL when the sentence names no such unit. */
static const ivl_fm *owner_of_unit_named(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const its[] = {"its", NULL};
  static const char *const units[] = {"unit", "subsidiary", "arm", "affiliate", NULL};
  size_t o = s->n && s->m[0].kind == FM_COUNTRY && fx_possessive(x, &s->m[0]) ? 1 : 0; /* "Japan's X" */
  if (o + 1 >= s->n || s->m[o].kind != FM_ORG) return NULL;
  const ivl_fm *owner = &s->m[o];
  for (size_t i = o + 1; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_ORG) continue;
    size_t e = m->vs;
    while (e > s->vs && x->t[e - 1] == ' ') e--;
    if (e > s->vs && x->t[e - 1] == ',') e--;
    size_t from = e > owner->ve + 40 ? e - 40 : owner->ve;
    if (fx_ends_with_any(x, e, units) && fx_first(x, from, e, its) != FX_NONE) return owner;
  }
  return NULL;
}

/* "X Vietnam Co., Ltd., a wholly owned subsidiary of Japan's X
** Corporation, ...": the owner, over the words that describe it, is the
** one "the parent company" speaks of later (so too the owner that names
** its unit, owner_of_unit_named). */
static void note_parent(ivl_fctx *x, const ivl_fsent *s) {
  const ivl_fm *owner = owner_of_unit_named(x, s);
  if (owner) x->c.parent = owner;
  static const char *const owned_by[] = {"subsidiary of", "unit of", "affiliate of", "arm of", "owned by", NULL};
  /* (a trust's sponsor, the group that set it up and sells it assets, is
  ** its owner too: "MLT will buy two warehouses from its sponsor,
  ** Mapletree Investments, ... Earlier this year, the sponsor committed
  ** S$95 million", set qweek56) */
  static const char *const sponsor[] = {"its sponsor,", "its sponsor", NULL};
  int sponsored = fx_find(x, s->vs, s->ve, "its sponsor") != FX_NONE;
  /* (a unit's own name may carry no word of company: "Tohoku Wire Vietnam,
  ** a unit of Japan's Tohoku Electric Wire, broke ground ...") */
  if (!(s->cues & CUE_COMPANY) && !fx_any(x, s->vs, s->ve, owned_by) && !sponsored) return;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind != FM_ORG) continue;
    size_t at = fx_said_from(x, m, i > 0 ? &s->m[i - 1] : NULL);
    if (fx_ends_with_any(x, at, owned_by) || (sponsored && fx_ends_with_any(x, m->vs, sponsor))) x->c.parent = m;
  }
}

/* "Vietnam has become the favoured overseas market for Malaysian
** developers.": a country's investors or developers named last, after
** "for", their noun ending the sentence, whom a "They" opening the next one
** speaks of as well (set qweek93); else NULL. */
static const ivl_fm *group_ending_sentence(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const trades[] = {"developers", "manufacturers", NULL};
  const ivl_fm *m = s->n ? &s->m[s->n - 1] : NULL;
  if (!m || !fx_ends_with(x, m->vs, "for") || m->kind != FM_COUNTRY || !(m->flags & FM_DEMONYM)) return NULL;
  size_t p = m->ve;
  while (p < s->ve && x->t[p] == ' ') p++;
  if (!fx_demonym_investors(s, x, m) && !fx_starts_with_any(x, p, trades)) return NULL;
  while (p < s->ve && ivl_isalpha((unsigned char)x->t[p])) p++;
  return fx_only(x, p, s->ve, ".") ? m : NULL;
}

/* "Korean firms remain upbeat about Bắc Ninh.": the investors of a country
** that open a sentence, its demonym and their noun, whom a "They" opening
** the next one speaks of; else NULL. */
static const ivl_fm *group_subject(const ivl_fctx *x, const ivl_fsent *s) {
  if (s->n && s->m[0].vs == s->vs && fx_demonym_investors(s, x, &s->m[0])) return &s->m[0];
  return group_ending_sentence(x, s);
}

/* Does an appositive's article, ", a" or ", an", end right before 'at'
** ("X, a Hanoi-based fund": the seat is X's, named before it)? */
static int after_appositive_article(const ivl_fctx *x, size_t at) {
  size_t p = at;
  while (p > 0 && x->t[p - 1] == ' ') p--;
  if (p >= 2 && x->t[p - 1] == 'a' && x->t[p - 2] == ' ') p -= 2;
  else if (p >= 3 && x->t[p - 1] == 'n' && x->t[p - 2] == 'a' && x->t[p - 3] == ' ') p -= 3;
  else return 0;
  return p > 0 && x->t[p - 1] == ',';
}

/* "bought 42 million shares of X JSC ..., paying VNĐ2.1 trillion for a 20
** per cent stake in the HCM City-based consumer electronics chain": a
** seat "the" opens and no firm's name follows, the firm bought before it
** in the sentence described again by its trade (set qweek54); else NULL. */
static const ivl_fm *bought_before_described(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  const ivl_fm *p = &s->m[i];
  if (!fx_ends_with(x, p->vs, "the")) return NULL;
  for (size_t k = i + 1; k < s->n; k++)
    if (s->m[k].kind == FM_ORG) return NULL;
  for (size_t k = i; k-- > 0;)
    if (s->m[k].kind == FM_ORG && (s->m[k].flags & FM_COMPANY) && fx_bought_company(x, &s->m[k])) return &s->m[k];
  return NULL;
}

/* "... with Vietnam's Sông Hồng Commercial Joint Stock Bank, agreeing to
** pay the Hanoi-based lender ...", "Hoa Loc plans ... The Ho Chi Minh
** City-based company also signed ...": a seat "the" opens before a firm's
** noun, no firm named after it, is the seat of the firm it refers back to,
** the organisation named last before it (a short way back, not a foreign one:
** "Canada's X"); else NULL. */
static const ivl_fm *firm_referred_by_seat(const ivl_fctx *x, const ivl_fm *p) {
  if (!fx_ends_with(x, p->vs, "the") || !fx_starts_with(x, p->ve, "-based")) return NULL;
  size_t w = p->ve + 6, e;
  while (x->t[w] == ' ') w++;
  for (e = w; ivl_islower((unsigned char)x->t[e]) || x->t[e] == '-'; e++) {}
  if (!ivl_names_firm_noun(x->t + w, e - w)) return NULL;
  for (const ivl_fm *m = p; m-- > x->m && m->ve + 400 >= p->vs;) {
    if (m->kind != FM_ORG) continue;
    return m->country && strcmp(m->country, "VN") != 0 ? NULL : m;
  }
  return NULL;
}

/* The company whose seat in Việt Nam the sentence's i-th mention is:
** "Hải Phòng-based X", "X, based in the Mekong Delta city of Can Tho", "X,
** a Hanoi-based private equity firm" (the appositive's); else NULL. */
static const ivl_fm *firm_seated_at(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  const ivl_fm *p = &s->m[i];
  if (p->kind != FM_PLACE || !(p->flags & FM_VN) || !p->province || !fx_firm_seat(x, p)) return NULL;
  int after = x->t[p->ve] == '-' && !after_appositive_article(x, p->vs);
  if (after) { /* the firm named after "-based" */
    for (size_t k = i + 1; k < s->n && s->m[k].vs <= p->ve + 50; k++)
      if (s->m[k].kind == FM_ORG && (s->m[k].flags & FM_COMPANY)) return &s->m[k];
    const ivl_fm *bought = bought_before_described(x, s, i);
    return bought ? bought : firm_referred_by_seat(x, p);
  }
  /* the firm named before ", based in" or the appositive's ", a" */
  for (size_t k = i; k-- > 0 && s->m[k].ve + 80 >= p->vs;)
    if (s->m[k].kind == FM_ORG && (s->m[k].flags & FM_COMPANY)) return &s->m[k];
  return NULL;
}

/* Is firm seated in Việt Nam by a place sentence s names as its seat? */
int fx_seated_in_sentence(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *firm) {
  for (size_t i = 0; i < s->n; i++)
    if (firm_seated_at(x, s, i) == firm) return 1;
  return 0;
}

/* Each firm's seat the sentence names, kept for money put into it later
** (fx_seat_of). */
static void note_seats(ivl_fctx *x, const ivl_fsent *s) {
  for (size_t i = 0; i < s->n && x->c.nseats < (int)(sizeof x->c.seats / sizeof *x->c.seats); i++) {
    const ivl_fm *p = &s->m[i], *firm = firm_seated_at(x, s, i);
    if (!firm || !firm->party) continue;
    x->c.seats[x->c.nseats].firm = firm->party, x->c.seats[x->c.nseats].province = p->province;
    x->c.nseats++;
    if (fx_bought_company(x, firm)) x->c.bought_seat = p->province;
  }
}

/* Is 'n' the full name 'f' with words left out before its last one, two
** words or more of its start kept ("Bac Viet Bank" of "Bac Viet Commercial
** Joint Stock Bank": the short form a story goes on with)? */
static int name_with_middle_left_out(const char *f, const char *n) {
  const char *last = strrchr(n, ' ');
  if (!last || last == n) return 0;
  size_t head = (size_t)(last - n);
  if (!memchr(n, ' ', head)) return 0; /* (two words of its start, not "Viet Bank") */
  const char *flast = strrchr(f, ' ');
  return flast && strncmp(f, n, head + 1) == 0 && (size_t)(flast - f) > head && strcmp(flast, last) == 0;
}

const char *fx_seat_of(const ivl_fctx *x, const ivl_fm *m) {
  if (m->kind != FM_ORG || !m->party) return NULL;
  size_t n = strlen(m->party);
  for (int k = 0; k < x->c.nseats; k++) {
    const char *f = x->c.seats[k].firm;
    if (strncmp(f, m->party, n) == 0 && (f[n] == '\0' || f[n] == ' ')) return x->c.seats[k].province;
    /* ("Hoàng Kim" of "Điện Máy Hoàng Kim JSC": a Vietnamese firm's own
    ** name after its trade, two words or more; set qweek54) */
    const char *in = strchr(m->party, ' ') ? strstr(f, m->party) : NULL;
    if (in && in > f && in[-1] == ' ' && (in[n] == '\0' || in[n] == ' ')) return x->c.seats[k].province;
    if (name_with_middle_left_out(f, m->party)) return x->c.seats[k].province;
  }
  return NULL;
}

/* "On June 16, at the Quang Ninh Provincial Convention Centre, Comrade X
** chaired the ceremony to award the certificate to Y. The project has
** ...": a hall where the event is held (after "at", its name ending on a
** venue's noun) is where, not the company spoken of next (set qweek29). */
static int event_venue(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const venue_nouns[] = {" Centre", " Center", " Hall", " Palace", " Auditorium", " Theatre",
                                            NULL};
  if (m->kind != FM_ORG || !m->party || !(fx_ends_with(x, m->vs, "at the") || fx_ends_with(x, m->vs, "at")))
    return 0;
  size_t n = strlen(m->party);
  for (const char *const *v = venue_nouns; *v; v++) {
    size_t k = strlen(*v);
    if (n > k && strcmp(m->party + n - k, *v) == 0) return 1;
  }
  return 0;
}

/* "For Sarvana, which is based in Hyderabad, the purchase follows its
** first move into Vietnam. Last year it invested ...": a firm the sentence
** opens on after "For", a comma closing its name, is the one spoken of,
** "it" next its (set qweek42), though "for" before a firm elsewhere names
** whom a thing is for and acts() leaves it out ("a plant for Samsung"). */
static int topic_of_for_opening(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  return m->kind == FM_ORG && (m->flags & FM_COMPANY) && m->vs == s->vs + 4 && x->t[s->vs] == 'F' &&
         fx_starts_with(x, s->vs, "for") && x->t[m->ve] == ',';
}

/* Is 'at' inside the name of an organisation sentence s names ("Mekong
** Harbour Partners", "Blue Rival Foods")? A word of its name says no
** relation. */
static int in_org_name(const ivl_fsent *s, size_t at) {
  for (size_t k = 0; k < s->n; k++)
    if (s->m[k].kind == FM_ORG && s->m[k].vs <= at && at < s->m[k].ve) return 1;
  return 0;
}

/* Is a word of 'relations' said as a noun in sentence s ("Its technology
** partner, X", "X is its largest customer", "brought in a Singaporean
** partner for its township"), not only before a noun it describes ("X
** beat a rival offer from Indonesia's Y": X is still the one spoken of,
** set qmna)? A word after it that is no word of the clause's frame is
** the noun it describes; a word of a firm's name is none ("Mekong Harbour
** Partners will sell its stake. It paid ...": "it" is the fund's; set
** qweek136). */
static int relation_said(const ivl_fctx *x, const ivl_fsent *s, const char *const *relations) {
  static const char *const frame[] = {"for", "of", "in", "to", "and", "with", "at", "on", "from", "is", "was", "has",
                                      "had", "will", "said", "since", "that", "which", "who", "as", NULL};
  for (const char *const *w = relations; *w; w++)
    for (size_t p = fx_find(x, s->vs, s->ve, *w); p != FX_NONE; p = fx_find(x, p + 1, s->ve, *w)) {
      size_t end = p + strlen(*w);
      if (in_org_name(s, p)) continue;
      if (end + 1 >= s->ve || x->t[end] != ' ' || !ivl_islower((unsigned char)x->t[end + 1]) ||
          fx_starts_with_any(x, end, frame))
        return 1;
    }
  return 0;
}

/* Is firm m named as the one money went into: right after "in" ("a stake
** in X", "invested in X") or a share's "of" ("25 per cent of X")? */
static int funded_in(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m) {
  static const char *const shares[] = {"per cent", "percent", "stake", "shares", NULL};
  if (word_before_seated(x, s, m, "in") != FX_NONE) return 1;
  size_t of = word_before_seated(x, s, m, "of");
  if (of != FX_NONE) of = fx_find_last(x, of > 4 ? of - 4 : 0, of, "of");
  if (of == FX_NONE) return 0;
  while (of > 0 && x->t[of - 1] == ' ') of--;
  return (of > 0 && x->t[of - 1] == '%') || fx_ends_with_any(x, of, shares);
}

/* "Mekong Bridge Fund III invested $38 million for a 22 per cent stake in
** Sơn Trà Logistics JSC. The company will use the money to ...": a fund is
** no company, so "the company" next speaks of the firm the fund put money
** "in", named after it in its sentence; "the fund" (note_fund) and "it"
** (the investor) still speak of the fund. NULL when the company spoken of
** is no fund or no such firm follows it. */
static const ivl_fm *firm_funded_after(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *company) {
  if (!named_fund(company)) return NULL;
  for (const ivl_fm *m = company + 1; m < s->m + s->n; m++)
    if (m->kind == FM_ORG && (m->flags & FM_COMPANY) && !named_fund(m) && funded_in(x, s, m)) return m;
  return NULL;
}

/* "In the photo: Workers assemble speaker modules at X Co., Ltd. in Y
** Industrial Park. The company added 60 million USD ...": a caption's
** scene of people at work at a firm. The firm after "at" is where, not
** who (acts), yet it is the one "the company" of the next sentence speaks
** of (set qweek89). Not a scene with a figure: its facts decide. */
static const ivl_fm *scene_workplace(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const people[] = {"workers", "a worker", "engineers", "an engineer", "technicians",
                                       "a technician", "employees", "an employee", NULL};
  size_t head = s->vs + 40 < s->ve ? s->vs + 40 : s->ve;
  size_t w = s->n ? fx_first(x, s->vs, head, people) : FX_NONE;
  if (w == FX_NONE) return NULL;
  const ivl_fm *firm = NULL;
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (m->kind == FM_MONEY) return NULL;
    if (!firm && m->kind == FM_ORG && m->vs > w) {
      if (!(m->flags & FM_COMPANY) || !fx_ends_with(x, m->vs, "at")) return NULL;
      firm = m;
    }
  }
  return firm;
}

/* "Luxen's rival, Hong Kong-listed Sunrise Optics, pledged $500,000": a
** firm named only as the possessor of a relation set off by commas, the
** firm of that relation named right after it, is not the one "the
** company" of the next sentence speaks of (set qweek114). */
static int possessor_of_relation(const ivl_fctx *x, const ivl_fsent *s, size_t i) {
  static const char *const relations[] = {"rival,", "competitor,", "partner,", "customer,", "client,", "supplier,",
                                          NULL};
  const ivl_fm *m = &s->m[i];
  size_t mark = m->kind == FM_ORG ? fx_possessive(x, m) : 0;
  if (!mark || m->ve + mark + 1 >= s->ve || !fx_starts_with_any(x, m->ve + mark + 1, relations)) return 0;
  for (size_t k = i + 1; k < s->n && s->m[k].vs <= m->ve + 64; k++)
    if (s->m[k].kind == FM_ORG) return 1;
  return 0;
}

static int in_wire_credits(const ivl_fctx *x, const ivl_fm *m);

/* Is 'province' named by a mention outside the datelines and a wire's
** credits line ("the Ho Chi Minh City-based company said", "plants in
** Hanoi")? A wire filed from a city the text never names again is not
** about it. Asked of a dateline's place only: one scan a wire. */
static int named_past_dateline(const ivl_fctx *x, const char *province) {
  for (size_t i = 0; i < x->nm; i++) {
    const ivl_fm *m = &x->m[i];
    if (is_province(m) && !(m->flags & FM_DATELINE) && strcmp(m->province, province) == 0 && !in_wire_credits(x, m))
      return 1;
  }
  return 0;
}

static void update_context(ivl_fctx *x, const ivl_fsent *s) {
  ivl_fcontext *c = &x->c;
  if (projects_told(x, s)) c->projects_told_sent = s->index + 1;
  for (size_t i = 0; i < s->n; i++)
    /* (not the seller of a purchase: "bought the shares from conglomerate
    ** X Group" leaves the buyer the group spoken of; set qweek16) */
    if (s->m[i].kind == FM_ORG && fx_called_group(x, &s->m[i]) && !fx_seller_of_purchase(x, &s->m[i]))
      c->called_group = &s->m[i];
  const ivl_fm *investor = NULL, *company = NULL;
  size_t customer_end = 0;
  int part = -1; /* fx_partner_part, asked once */
  for (size_t i = 0; i < s->n; i++) {
    const ivl_fm *m = &s->m[i];
    if (investor && (company || m->kind != FM_ORG)) continue; /* it could be neither */
    /* "The Korean builder is no newcomer to the province. It has poured
    ** $45 million ...": a sentence opening on a company told by its
    ** country's demonym speaks of the one of that country named before, and
    ** "it" next is that company's, not the last one named (set qtender).
    ** (Only "it": "The Japanese contractor is to finish the work. ... the
    ** company and PV Gas signed" still speaks of the contractor's client.) */
    const ivl_fm *told = !investor && (m->flags & FM_DEMONYM) && m->vs <= s->vs + 4 ? ivl_facts_demonym_company(x, m)
                                                                                   : NULL;
    if (told) {
      investor = told;
      continue;
    }
    /* "The Perth-based company is not new to the province. In 2024 it
    ** paid ...": the seat of the company spoken of, no investor of its own;
    ** so too its country ("The US company registered just $2 million for
    ** that centre. ... it received a licence": set qweek102) */
    if (!investor && (m->kind == FM_PLACE || m->kind == FM_COUNTRY) && m->vs <= s->vs + 4 && c->company &&
        fx_ends_with(x, m->vs, "the") &&
        fx_describes_company(x, m)) {
      investor = c->company;
      continue;
    }
    if (!topic_of_for_opening(x, s, m) && ((m->flags & FM_DEMONYM) || !fx_can_invest(x, m, 1) || event_venue(x, m)))
      continue;
    /* "The Japanese firm first bought 10 percent of X in 2016. It added
    ** ...": the company bought is not the one "it" speaks of next */
    /* (nor a market or bloc named: "a gateway to the ASEAN market") */
    if (m->kind == FM_ORG &&
        (fx_bought_company(x, m) || product_brand(x, m) || fx_brand_of_outlets(x, m) || named_as_market(x, m)))
      continue;
    /* "TiL's contribution to the project comes to $2.1 billion. The first
    ** phase ...": a partner's part leaves the project's firm spoken of */
    /* "The licensee is a joint venture of A and B": its members neither */
    if (m->kind == FM_ORG && !company && c->company) {
      if (part < 0) part = fx_partner_part(x, s);
      if (part || venture_member(x, m)) continue;
    }
    /* "The company signed a venture agreement with local developer X": a
    ** partner told of is not the company spoken of */
    if (m->kind == FM_ORG && !company && (partner_of_referred(x, s, m) || possessor_of_relation(x, s, i))) continue;
    /* "The company, which supplies chips to Bosch and Continental, ...",
    ** "whose customers include X": a customer told of is not the company
    ** spoken of */
    if (m->kind == FM_ORG && !company && (customer_named(x, s, m) || (customer_end && listed_after(x, customer_end, m)))) {
      customer_end = m->ve; /* and the customers listed with it */
      continue;
    }
    /* "The company ... already runs plants in Mexico": a country the
    ** company spoken of works in is where, not who */
    /* (so too one it went or sells to: "The corporation, which is based in
    ** Tây Ninh, first came to Cambodia in 2012. It has put ...": "it" is
    ** the corporation's; set qweek80) */
    static const char *const where[] = {"in", "to", "into", NULL};
    if (m->kind == FM_COUNTRY && !investor && (s->cues & CUE_COMPANY) && fx_ends_with_any(x, m->vs, where) &&
        fx_starts_with_any(x, s->vs, fx_company_words))
      continue;
    /* (nor any place or country after "It" for the investor the sentence
    ** before spoke of: "X makes cartons in Bangkok. It also runs a
    ** warehouse in Laos", "It is the Bangkok-listed group's second deal",
    ** "Its US unit ...": where, or what it owns; set qwood) */
    if ((m->kind == FM_COUNTRY || m->kind == FM_PLACE) && !investor && pronoun_goes_on(x, s)) continue;
    /* "IFC has committed $150 million to X's wind farm. The project ...":
    ** the borrower named after it is the one spoken of next, not the lender
    ** (so too a bank's loan to it: bank_lends_to_after) */
    if (m->kind == FM_ORG && !company &&
        ((borrower_after(x, s, i) && ivl_facts_lender_without_stake(x, s, m)) || bank_lends_to_after(x, s, i) ||
         lender_after_from(x, s, m)))
      continue;
    /* "Singapore's Lumen Energy Pte Ltd has invested ... It plans to ...":
    ** the company the country's possessive names is the one spoken of */
    if (!investor && m->kind == FM_COUNTRY && i + 1 < s->n && owns_company_after(x, m, &s->m[i + 1])) continue;
    if (!investor && (m->kind == FM_COUNTRY || m->kind == FM_PLACE) && seats_company_after(x, s, i)) continue;
    if (!investor) investor = m;
    if (!company && m->kind == FM_ORG) company = m;
  }
  /* "Its technology partner, Lummus Technology, will ...", "Samsung is its
  ** largest customer": a company named as the one spoken of's partner,
  ** customer or supplier is not the one "the company" speaks of next */
  static const char *const related[] = {
    "partner", "partners", "customer", "customers", "client", "clients", "supplier", "suppliers",
    "buyer", "buyers", "rival", "rivals", "competitor", "competitors", NULL};
  if (company && c->company && company->party && c->company->party && strcmp(company->party, c->company->party) != 0 &&
      fx_find(x, s->vs, s->ve, "its") != FX_NONE && fx_any(x, s->vs, s->ve, related) && relation_said(x, s, related))
    investor = company = NULL;
  /* "Its developer, Andaman Mũi Né Co., Ltd, is wholly owned by the Thai
  ** group", "its Vietnamese subsidiary, X", "X's Cambodian unit Y" (no
  ** comma, set qoutw): the unit named as the spoken of's own is not the
  ** group "the group" speaks of next */
  static const char *const units[] = {"unit,", "unit", "subsidiary,", "subsidiary", "arm,", "affiliate,", "developer,",
                                      NULL};
  if (company && c->company && company->party && c->company->party && strcmp(company->party, c->company->party) != 0 &&
      fx_ends_with_any(x, company->vs, units))
    investor = company = NULL;
  /* "Private equity firm X has closed its fund. Dutch bank FMO committed
  ** $40 million to it. The firm has begun deploying the money. In October
  ** it invested ...": a sentence naming no investor that opens on the noun
  ** the article introduced a firm with speaks of that firm, and "it" next
  ** is its, not the last one named (set qswf) */
  if (!investor && c->company) investor = ivl_facts_firm_introduced_by_opening(x, s);
  if (!company) {
    const ivl_fm *scene = scene_workplace(x, s);
    if (scene) company = scene, investor = investor ? investor : scene;
  }
  if (investor) c->investor = investor;
  /* "X puts the project's total at $2.1 billion. The developer is a venture
  ** of A and B. ... Under the contract, builder Y will ... The developer
  ** also signed a loan": the firm the first "The developer" spoke of (the
  ** company spoken of then) is the one the next still means, whoever was
  ** named since, when no firm was said to develop (set qweek49) */
  if (!c->developer && c->company && c->company->kind == FM_ORG && fx_starts_with(x, s->vs, "the developer"))
    c->developer = c->company, c->developer_sent = s->index + 1;
  const ivl_fm *funded = company ? firm_funded_after(x, s, company) : NULL;
  if (company) c->company = funded ? funded : company;
  note_parent(x, s);
  note_fund(x, s);
  note_venture(x, s);
  note_seats(x, s);
  /* "X, the developer of the 600-hectare An Hưng park", "developed by X",
  ** "the park developer, X" */
  static const char *const developer_after[] = {", the developer", ", developer of", ", the park developer",
                                                ", the park's developer", ", the project developer", NULL};
  static const char *const developer_before[] = {"developed by", "the developer,", "the park developer,",
                                                 "the park's developer,", "developer", NULL};
  if (company && fx_find(x, s->vs, s->ve, "develop*") != FX_NONE)
    for (size_t i = 0; i < s->n; i++) {
      const ivl_fm *m = &s->m[i];
      if (m->kind == FM_ORG && (m->flags & FM_COMPANY) &&
          (fx_starts_with_any(x, m->ve, developer_after) || fx_ends_with_any(x, m->vs, developer_before))) {
        c->developer = m, c->developer_sent = s->index + 1;
        break;
      }
    }
  c->subject_is_investor = subject_is_investor(x, s);
  /* (asked once a sentence, and only of one with a date: most tell of no merger) */
  static const char *const merger_words[] = {"merg*", "absorb*", "part of", "until", NULL};
  int merger_told = -1;
  const ivl_fm *day_before = c->last_day;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_DATE && s->m[i].value_s) {
      /* (not a merger's day: "Kon Tum, which merged into Quảng Ngãi on
      ** July 1, 2025, ..." is no event "the same day" goes back to) */
      if (merger_told < 0) merger_told = fx_any(x, s->vs, s->ve, merger_words);
      int merger = merger_told && fx_merger_date(x, s, &s->m[i]);
      c->last_date = &s->m[i], c->last_date_merger = merger;
      if (strlen(s->m[i].value_s) == 10 && !merger && !stay_span_day(x, s, i) && !deadline_day(x, s, i))
        c->last_day = &s->m[i];
    }
  note_licence_day(x, s, c->last_day != day_before);
  note_event_day(x, s, c->last_day != day_before);
  /* "HÀ NỘI — X signed ... to build a plant in Hưng Yên. X will invest $60
  ** million in the project": a dateline's place the article never names
  ** again is where it was filed; before any figure is placed, the one
  ** place a sentence names is spoken of */
  /* (nor a wire's dateline opening the sentence, "HANOI, July 15 (Reuters)
  ** - ...", which the layout keeps no dateline of, when nothing past it
  ** names its city: set qweek130) */
  if (c->filed && !c->topic) {
    const ivl_layout *l = &x->a->layout;
    const char *one = NULL;
    for (size_t i = 0; i < s->n; i++) {
      const ivl_fm *m = &s->m[i];
      if (!is_province(m) || (l->has_dateline && m->vs >= l->dateline.start && m->ve <= l->dateline.end) ||
          ((m->flags & FM_DATELINE) && !named_past_dateline(x, m->province)) || fx_speech_venue(x, s, m))
        continue;
      if (!still_one_province(&one, m->province)) break;
    }
    if (one) c->topic = one, c->topic_age = -1;
  }
  /* "Hà Nội (VNA) – The processing and manufacturing sector attracted $8.2
  ** billion, or 60.8 percent of the country's total, ... Total registered
  ** FDI was $13.8 billion": a sentence that gives no place a figure but
  ** speaks of the country's total makes the country the place spoken of,
  ** not the wire's dateline city */
  if ((s->cues & (CUE_INVEST | CUE_FOREIGN)) && c->fact_sent != s->index + 1 && national_total(x, s))
    c->topic = "VN", c->topic_age = -1;
  /* (not over a place a recent sentence gave its figures: "X will build
  ** a plant in Bình Dương. X also signed a deal to sell its snacks
  ** nationwide. Under the deal, X will invest $5 million in the plant") */
  else if (c->fact_sent != s->index + 1 && !(c->topic && c->topic_age <= 3) && nationwide_deal(x, s))
    c->topic = "VN", c->topic_age = -1;
  /* "Korean firm to build $120m plant in Vietnam" / "X signed an MoU with
  ** the Cần Thơ People's Committee on a battery plant in the Mekong Delta
  ** city. Under the MoU, X plans to invest $120 million in the plant": the
  ** headline's country gives way to the one province the body's deal
  ** names, where the figures of the deal's plant go */
  else if (c->topic_title && c->topic && strcmp(c->topic, "VN") == 0 && (s->cues & CUE_DEAL) &&
           c->fact_sent != s->index + 1) {
    const char *one = NULL;
    for (size_t i = 0; i < s->n; i++) {
      const ivl_fm *m = &s->m[i];
      if (!is_province(m) || fx_speech_venue(x, s, m)) continue;
      if (one && strcmp(one, m->province) != 0) {
        one = NULL;
        break;
      }
      one = m->province;
    }
    if (one) c->topic = one, c->topic_age = -1, c->topic_title = 0;
  }
  else if (c->fact_sent != s->index + 1) {
    const char *approver = province_approves(x, s);
    if (approver) c->topic = approver, c->topic_age = -1;
  }
  if (c->fact_sent != s->index + 1) {
    const char *turned = turned_to_province(x, s);
    if (turned) c->topic = turned, c->topic_age = -1, c->turned_to = turned, c->turned_sent = s->index + 1;
  }
  if (c->topic_age == 0) c->topic_title = x->a->layout.has_title && s->index == 0;
  size_t word;
  c->works_in = x->c.province ? company_site(x, s, x->c.province, &word, c->fact_sent == s->index + 1) : NULL;
  c->before = *s;
  c->demonym_group = group_subject(x, s);
  c->demonym_group_sent = c->demonym_group ? s->index + 1 : 0;
  const char *park = park_named(x, s);
  if (park) c->park = park;
  c->outward_age++;
  c->rank_age++;
  c->parts_age++;
  c->topic_age++;
  c->fdi_age = (s->cues & CUE_FOREIGN) && fx_any(x, s->vs, s->ve, fdi_words) ? 0 : c->fdi_age + 1;
  c->invest_age = c->fdi_age == 0 ? 0 : c->invest_age + 1;
}

/* A name and where it is: for finding names by sorting them, not by
** comparing every mention with every other (an article of thousands of
** mentions would be quadratic). */
typedef struct named_at {
  const char *name;
  size_t index;
} named_at;

static int by_name_then_index(const void *pa, const void *pb) {
  const named_at *a = pa, *b = pb;
  int c = strcmp(a->name, b->name);
  if (c) return c;
  return a->index < b->index ? -1 : a->index > b->index;
}

static size_t party_hash(const char *name, unsigned kind);

/* The most bytes of a counting table kept on the stack (most articles'
** are 1 to 4 KB); a larger one is allocated. From calloc and free, the
** tables and the mentions' memo were 1.1M Ir of extraction's 330M on
** /tmp/b1, three allocations an article. */
#define STACK_TABLE 4096

/* 'n' zeroed items of 'size' bytes: 'local' (STACK_TABLE bytes) when they
** fit, else allocated (NULL when out of memory). free_table frees them. */
static void *zeroed_table(void *local, size_t n, size_t size) {
  if (n > STACK_TABLE / size) return calloc(n, size);
  return memset(local, 0, n * size);
}

static void free_table(void *table, const void *local) {
  if (table != local) free(table);
}

/* A province, the weight of the mentions naming it, and the first of them
** (its index in x->m). */
typedef struct province_weight {
  const char *name;
  size_t first, weight, body; /* body: its mentions outside the dateline */
} province_weight;

/* Is paragraph p a byline ("By Minh Anh"): short, "By " and a name, no
** sentence's stop? */
static int byline_paragraph(const ivl_fctx *x, const ivl_span *p) {
  size_t n = p->end - p->start;
  return n > 3 && n <= 60 && memcmp(x->t + p->start, "By ", 3) == 0 && !memchr(x->t + p->start, '.', n);
}

/* The article's dateline: the layout's ("HÀ NỘI — ") or a wire's with its
** day ("HÀ NỘI, February 20, 2025 — ") opening the first paragraph, but
** not the first item's of a digest (each item has its own); an empty span
** when there is none. */
static void dateline_span(const ivl_fctx *x, size_t *start, size_t *end) {
  const ivl_layout *l = &x->a->layout;
  *start = 1, *end = 0;
  if (l->has_dateline) {
    *start = l->dateline.start, *end = l->dateline.end;
  } else if (l->paragraphs.n && x->c.items < 2) {
    /* (past a byline over the body: "By Minh Anh" / "HANOI, Aug 14 (Reuters) - ...") */
    size_t k = l->paragraphs.n > 1 && byline_paragraph(x, &l->paragraphs.items[0]);
    size_t first = l->paragraphs.items[k].start;
    size_t dash = ivl_layout_wire_dateline(x->t, x->a->view.len, first);
    if (dash > first) *start = first, *end = dash;
  }
}

/* Is 'm' in a wire's credits line ("(Reporting by Hanoi newsroom;
** Editing by ...)", "(Reporting by Khanh Vu in Hanoi and Sarah Wu in
** Taipei; ...)")? The newsroom, or the town a reporter filed from, is
** where the report was written, so it names the dateline's place no more
** than the dateline does. */
__attribute__((noinline)) /* rare past its first test: ivl_facts_run's inlining stays as it was */
static int in_wire_credits(const ivl_fctx *x, const ivl_fm *m) {
  /* (the newsroom right after "by", the reporter's town after "in": most
  ** places are after neither, and need no scan back to their line's start) */
  if (m->vs < 4 || (x->t[m->vs - 2] != 'y' && x->t[m->vs - 2] != 'n') ||
      !(fx_ends_with(x, m->vs, "by") || fx_ends_with(x, m->vs, "in")))
    return 0;
  size_t p = m->vs, stop = m->vs > 200 ? m->vs - 200 : 0;
  while (p > stop && x->t[p - 1] != '\n') p--;
  if (x->t[p] != '(' || (p > 0 && x->t[p - 1] != '\n')) return 0;
  static const char *const credits[] = {"reporting by", "additional reporting by", "writing by", "editing by",
                                        "compiled by", NULL};
  return fx_starts_with_any(x, p + 1, credits);
}

/* "X (PGIP), a Hải Phòng-based developer, runs three parks in the city":
** the seat of a firm said in the same sentence to work "in the city" (or
** province), no other place named between, is where its works are, so it
** counts for what the article is about. */
static int seat_works_there(const ivl_fctx *x, const ivl_fm *m) {
  static const char *const there[] = {"in the city", "in the province", NULL};
  size_t end = m->ve, len = x->a->view.len;
  while (end < len && end < m->ve + 160 && x->t[end] != '.' && x->t[end] != '\n') end++;
  size_t at = fx_first(x, m->ve, end, there);
  if (at == FX_NONE) return 0;
  for (const ivl_fm *n = m + 1; n < x->m + x->nm && n->vs < at; n++)
    if (n->kind == FM_PLACE) return 0;
  return 1;
}

/* The most named province in '*province' (the dateline counts twice; on
** a tie, the one named first; left as it is when none is named) and its
** weight in '*weight', '*tied' set when another province weighs as much;
** -1 when out of memory. Counted in a hash table by
** name: sorting the mentions by name was 2 per cent of the stage. The
** name kept is the one of the province's first mention, as the sort's
** was (the frames compare the pointer). */
static int most_named_province(ivl_fctx *x, const char **province, size_t *weight, int *filed, int *tied) {
  size_t n = 0, cap = 16;
  for (size_t i = 0; i < x->nm; i++) n += is_province(&x->m[i]);
  while (cap < 2 * n) cap *= 2;
  province_weight local[STACK_TABLE / sizeof(province_weight)];
  province_weight *tab = zeroed_table(local, cap, sizeof *tab);
  if (!tab) return -1;
  size_t dl_start, dl_end;
  dateline_span(x, &dl_start, &dl_end);
  for (size_t i = 0; i < x->nm; i++) {
    const ivl_fm *m = &x->m[i];
    /* "a Hanoi-based developer", "X, headquartered in Hanoi": where a
    ** firm is based, not what the article is about; nor "30km from Hanoi" */
    if (!is_province(m) || (fx_firm_seat(x, m) && !seat_works_there(x, m)) || fx_reference_place(x, m) ||
        in_wire_credits(x, m))
      continue;
    size_t k = party_hash(m->province, 0) & (cap - 1);
    /* the mentions of one entry share its strings (names.c): most are found by their pointer */
    while (tab[k].name && tab[k].name != m->province && strcmp(tab[k].name, m->province) != 0) k = (k + 1) & (cap - 1);
    if (!tab[k].name) tab[k].name = m->province, tab[k].first = i;
    int dateline = m->vs >= dl_start && m->ve <= dl_end;
    tab[k].weight += 1 + dateline;
    tab[k].body += !dateline;
  }
  size_t best = 0, best_first = (size_t)-1, best_body = 0;
  size_t in_body = 0, in_body_first = (size_t)-1;
  const char *body_province = NULL;
  *tied = 0;
  for (size_t k = 0; k < cap; k++) {
    const province_weight *p = &tab[k];
    if (!p->name) continue;
    if (p->weight == best) *tied = 1;
    if (p->weight > best) *tied = 0;
    if (p->weight > best || (p->weight == best && p->first < best_first))
      best = p->weight, best_first = p->first, best_body = p->body, *province = p->name;
    if (p->body > in_body || (p->body && p->body == in_body && p->first < in_body_first))
      in_body = p->body, in_body_first = p->first, body_province = p->name;
    if (!p->body) x->c.filed_at = p->name;
  }
  *filed = best && !best_body && n > best / 2;
  /* "HÀ NỘI — The Prime Minister has approved the expansion of X ... the
  ** Bà Rịa-Vũng Tàu complex": where the article was filed is not what it
  ** is about; the province its body names most is */
  if (*filed && body_province) *province = body_province, best = in_body;
  free_table(tab, local);
  *weight = best;
  return 0;
}

/* Does the article speak of domestic projects or investors ("31 were
** domestic", "domestic capital")? Most articles have no "domestic" at
** all: memchr finds that without the word machinery. */
static int domestic_said(const ivl_fctx *x) {
  static const char *const domestic[] = {"domestic project*", "domestic investor*", "domestic capital",
                                         "domestic investment*", "domestic enterprises", "domestic firms",
                                         "were domestic", "are domestic", NULL};
  const char *t = x->t, *end = t + x->a->view.len;
  for (const char *p = t; p + 6 <= end && (p = memchr(p, 'm', (size_t)(end - p))) != NULL; p++)
    if (p > t && p + 6 <= end && p[-1] == 'o' && memcmp(p, "mestic", 6) == 0)
      return fx_any(x, 0, x->a->view.len, domestic);
  return 0;
}

/* "HANOI, Nov 26 (Reuters) - ...": a foreign agency's wire, filed from its
** bureau in the capital. Asked of the article's dateline span only. */
static int foreign_agency_dateline(const ivl_fctx *x) {
  static const char *const agencies[] = {"(reuters)", "(afp)", "(bloomberg)", "(ap)", "(kyodo)", "(nikkei)",
                                         "(yonhap)", "(xinhua)", "(bernama)", NULL};
  size_t start, end;
  dateline_span(x, &start, &end);
  return start < end && fx_any(x, start, end, agencies);
}

/* Hà Nội and HCM City, where the agencies' and papers' national desks
** file from: a story filed there is about the country as often as about
** the city (qbank's "HÀ NỘI, October 28, 2026 (VNA) — IFC ... signed a
** loan agreement with ... Bank"); a province's own dateline ("YÊN BÁI (VNA)
** – Provincial leaders ...") is its bureau's, about the province. */
static int national_bureau(const char *province) {
  return strcmp(province, "Hà Nội") == 0 || strcmp(province, "Hồ Chí Minh City") == 0;
}

/* Is "the capital" in t[from, to) the city ("the capital's", "the
** capital has drawn", "the capital of Việt Nam")? Not a firm's money ("raising
** the capital of the project") nor another country's city ("the capital
** of Laos"), which "of" before anything but the country tells. */
static int capital_as_city(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const capital[] = {"the capital", NULL};
  static const char *const of_country[] = {"of Việt Nam", "of Vietnam", "of the country", "of the nation", NULL};
  for (size_t p = fx_first(x, from, to, capital); p != FX_NONE; p = fx_first(x, p + 1, to, capital)) {
    size_t e = p + strlen(capital[0]);
    if (!fx_starts_with(x, e, "of") || fx_starts_with_any(x, e, of_country)) return 1;
  }
  return 0;
}

/* Does the body speak of a locality by its common words ("City leaders
** handed ...", "the capital's", "The municipal People's Committee")? Then
** the city it was filed from is the one it speaks of. (One locality: not
** the plural of the country's "63 provinces and municipalities".) */
static int locality_spoken_of(const ivl_fctx *x) {
  static const char *const locality[] = {"the city", "city leaders", "city authorities", "city officials",
                                         "the city's", "municipal", "municipality", "the province",
                                         "provincial", NULL};
  size_t start, end;
  dateline_span(x, &start, &end);
  size_t body = start < end ? end : 0;
  return fx_any(x, body, x->a->view.len, locality) || capital_as_city(x, body, x->a->view.len);
}

/* The province the article is about: the one named most often; its
** figures go to Việt Nam instead when the country is named more often
** still, or as often when no province stands out ("Việt Nam had disbursed
** 45% of its plan ... Among localities, Hải Phòng, Quảng Ninh and Ninh
** Bình had disbursed more": a national roundup that lists localities). */
static void initial_context(ivl_fctx *x) {
  size_t vn = 0, best = 0;
  int tied = 0;
  x->c.fdi_age = 1000;
  x->c.outward_age = 1000;
  x->c.rank_age = 1000;
  x->c.parts_age = 1000;
  x->c.invest_age = 1000;
  x->c.domestic_said = domestic_said(x);
  for (size_t i = 0; i < x->nm; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind == FM_COUNTRY && (m->flags & FM_VN) && !(m->flags & FM_DEMONYM)) vn++;
  }
  if (most_named_province(x, &x->c.province, &best, &x->c.filed, &tied)) {
    x->failed = 1;
    return;
  }
  x->c.place = vn > best || (tied && vn == best) ? "VN" : x->c.province;
  /* a foreign agency's bureau city that the body never names is where the
  ** wire was filed, not what it is about: the country, when no province
  ** is named (the held-out gold's Reuters stories: qexit, qauto); so too a
  ** national desk's city that the body neither names nor speaks of */
  int filed_only = x->c.filed_at && x->c.province == x->c.filed_at;
  if (filed_only && (foreign_agency_dateline(x) || (national_bureau(x->c.filed_at) && !locality_spoken_of(x))))
    x->c.place = "VN";
}

/* Are t[from, to) only spaces and the small words that set a province
** beside a town ("a part of the former", "in what was", "now part of")? */
static int apposition_words(const ivl_fctx *x, size_t from, size_t to) {
  static const char *const small[] = {"a", "an", "the", "part", "of", "in", "former", "formerly", "old", "then",
                                      "what", "was", "used", "to", "be", "now", NULL};
  size_t p = from;
  while (p < to) {
    while (p < to && x->t[p] == ' ') p++;
    size_t e = p;
    while (e < to && x->t[e] != ' ') e++;
    if (e == p) break;
    int known = 0;
    for (const char *const *w = small; *w && !known; w++)
      known = strlen(*w) == e - p && strncasecmp(x->t + p, *w, e - p) == 0;
    if (!known) return 0;
    p = e;
  }
  return 1;
}

/* The province the text sets right after town m, mention i, by a comma
** ("Yên Bình, a part of the former Yên Bái Province", "Kim Thành, Hải
** Dương"): the writer's own word on which of the towns so named it is;
** NULL when none is set so ("Yên Bình, near Hà Nội"). */
static const char *apposed_province(const ivl_fctx *x, size_t i) {
  const ivl_fm *m = &x->m[i], *n = i + 1 < x->nm ? &x->m[i + 1] : NULL;
  if (!n || !is_province(n) || (n->flags & FM_TOWN) || x->t[m->ve] != ',') return NULL;
  return apposition_words(x, m->ve + 1, n->vs) ? n->province : NULL;
}

/* A town's name is often another town's too ("Phú Lộc": a town of Sóc
** Trăng in the lists, a district of Thừa Thiên Huế): a town whose province
** no other place of the article names lies in the province its sentence
** names, else in the article's. */
static void towns_placed(ivl_fctx *x) {
  const ivl_spans *ss = &x->a->sentences;
  const char *last = NULL; /* the province last asked for, and whether it is named */
  int named = 0;
  for (size_t i = 0; i < x->nm && x->towns; i++) {
    ivl_fm *m = &x->m[i];
    if (m->kind != FM_PLACE || !(m->flags & FM_TOWN) || !m->province) continue;
    const char *apposed = apposed_province(x, i);
    if (apposed) {
      m->province = apposed;
      continue;
    }
    if (!last || strcmp(last, m->province) != 0) { /* a town's name comes again: asked once */
      last = m->province, named = 0;
      for (size_t j = 0; j < x->nm && !named; j++)
        named = is_province(&x->m[j]) && !(x->m[j].flags & FM_TOWN) && strcmp(x->m[j].province, last) == 0;
    }
    if (named) continue;
    /* the sentence it is in (the sentences in text order), and the
    ** nearest place of another kind in it (the mentions in text order) */
    size_t lo = 0, hi = ss->n;
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (ss->items[mid].end <= m->vs) lo = mid + 1;
      else hi = mid;
    }
    const char *in = x->c.province;
    size_t from = lo < ss->n ? ss->items[lo].start : m->vs, to = lo < ss->n ? ss->items[lo].end : m->ve;
    /* not a place another is placed from ("Yên Mỹ, 30km from Hà Nội") */
    const ivl_fm *before = NULL, *after = NULL;
    for (size_t j = i; j-- > 0 && x->m[j].vs >= from && !before;)
      if (is_province(&x->m[j]) && !(x->m[j].flags & FM_TOWN) && !fx_reference_place(x, &x->m[j]))
        before = &x->m[j];
    for (size_t j = i + 1; j < x->nm && x->m[j].ve <= to && !after; j++)
      if (is_province(&x->m[j]) && !(x->m[j].flags & FM_TOWN) && x->m[j].vs >= m->ve &&
          !fx_reference_place(x, &x->m[j]))
        after = &x->m[j];
    if (before && (!after || m->vs - before->ve <= after->vs - m->ve)) in = before->province;
    else if (after) in = after->province;
    if (in) m->province = in;
  }
}

/* }====================================================================== */

/* Is date mention 'w' a yearless date line of its own, a place, a comma
** and the day ("Hanoi, December 2" alone on its line over the body, as the
** Hanoi Times writes it; set qweek99)? It stands for the article's date as
** a wire's dateline does. Not a day inside a sentence, nor a timeline's
** heading with a weekday ("Tuesday, October 20": no place before). */
static int yearless_date_line(const ivl_fctx *x, const ivl_fm *w) {
  size_t ls = w->vs, le = w->ve, len = x->a->view.len;
  while (ls > 0 && x->t[ls - 1] != '\n') ls--;
  while (le < len && (x->t[le] == ' ' || x->t[le] == '\r')) le++;
  if ((le < len && x->t[le] != '\n') || w->vs < ls + 4 || w->vs - ls > 40) return 0;
  if (!ivl_isupper((unsigned char)x->t[ls]) || x->t[w->vs - 2] != ',' || x->t[w->vs - 1] != ' ') return 0;
  if (memchr(x->t + ls, '.', w->vs - ls)) return 0;
  return ivl_weekday_from_name(x->t + ls, w->vs - 2 - ls) < 0;
}

/* The article's date as_of defaults to: its date line's; with no year
** known, the day of a wire's dateline, which stands for the date line
** ("HÀ NỘI, March 5 (VNA) –": "XXXX-03-05"), or of a yearless date line
** ("Hanoi, December 2": yearless_date_line), else "XXXX". */
static void article_date(ivl_fctx *x) {
  const ivl_date *d = &x->a->date;
  if (d->year) {
    ivl_date_iso(d, x->article_date);
    return;
  }
  memcpy(x->article_date, "XXXX", 5);
  if (x->a->layout.has_date && d->month && d->day) { /* a post's yearless stamp: "XXXX-12-03" */
    ivl_date_iso(d, x->article_date);
    memcpy(x->article_date, "XXXX", 4);
    return;
  }
  const ivl_fm *w = NULL;
  for (size_t i = 0; i < x->nm && !w; i++)
    if (x->m[i].kind == FM_DATE) w = &x->m[i];
  /* (the yearless date line under a headline that names a year: "Hanoi's
  ** 2027 agenda" / "Hanoi, December 2"; in the article's head only) */
  for (size_t i = 0; i < x->nm && w && !(w->value_s && memcmp(w->value_s, "XXXX-", 5) == 0); i++)
    if (x->m[i].kind == FM_DATE && x->m[i].vs < 300 && x->m[i].value_s && yearless_date_line(x, &x->m[i]))
      w = &x->m[i];
  if (w && w->value_s && strlen(w->value_s) < sizeof x->article_date && memcmp(w->value_s, "XXXX-", 5) == 0 &&
      (ivl_layout_wire_dateline(x->t, x->a->view.len, w->vs) > w->ve || yearless_date_line(x, w)))
    memcpy(x->article_date, w->value_s, strlen(w->value_s) + 1);
  else if (d->month >= 1 && d->month <= 12 && d->day >= 1 && d->day <= 31) /* "Maputo, 3 Dec (AIM) -" */
    snprintf(x->article_date, sizeof x->article_date, "XXXX-%02d-%02d", d->month, d->day);
}

/* "AFD" alone names the organisation the article introduced as "French
** Development Agency (AFD)". */
static void expand_acronyms(ivl_fctx *x) {
  const ivl_store *s = &x->a->store;
  named_at *alias = malloc((x->nm ? x->nm : 1) * sizeof *alias);
  size_t n = 0;
  if (!alias) {
    x->failed = 1;
    return;
  }
  for (size_t j = 0; j < x->nm; j++) {
    const char *a = x->m[j].kind == FM_ORG ? str_field(s, &s->ents[x->m[j].ent], IVL_SYM_ALIAS) : NULL;
    if (a) alias[n++] = (named_at){a, j};
  }
  ivl_sort_nearly(alias, n, sizeof *alias, by_name_then_index, 8); /* a few; a whole order */
  for (size_t i = 0; i < x->nm && n; i++) {
    ivl_fm *m = &x->m[i];
    if (m->kind != FM_ORG) continue;
    /* the name as written, not a gazetteer's full name for it: the
    ** headline's "PVN" is the body's "Vietnam Oil and Gas Group (PVN)";
    ** a short form of two words too ("TTC Energy" for "Thanh Thanh Cong
    ** Energy JSC (TTC Energy)") */
    const ivl_entity *e = &s->ents[m->ent];
    const char *key = str_field(s, e, IVL_SYM_NAME);
    if (!key || strlen(key) > 24 || str_field(s, e, IVL_SYM_ALIAS)) continue;
    /* the first organisation in the text with this acronym as its alias */
    size_t lo = 0, hi = n;
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (strcmp(alias[mid].name, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo < n && strcmp(alias[lo].name, key) == 0) {
      /* after its full name, the acronym is how the sentence names the
      ** investor (GUIDELINES: as written); before it (a headline's), it
      ** is the full name's stand-in */
      if (alias[lo].index < i && m->party != x->m[alias[lo].index].party) m->written = key;
      m->party = x->m[alias[lo].index].party;
      m->flags = x->m[alias[lo].index].flags;
      if (lender_taking_equity(x->t, x->a->view.len, m->ve, m->party)) m->flags |= FM_COMPANY;
    }
  }
  free(alias);
}

/* The country after a capitals dateline's place and its comma ("VINH,
** Vietnam, Nov 9, 2026 (Reuters) -"): where the wire was filed, as the
** place is. */
static int country_after_dateline_place(const ivl_fctx *x, const ivl_fm *m) {
  if (m->kind != FM_COUNTRY || m->vs < 3 || x->t[m->vs - 1] != ' ' || x->t[m->vs - 2] != ',') return 0;
  for (size_t i = m->vs - 2; i > 0 && x->t[i - 1] != '\n'; i--)
    if (ivl_islower((unsigned char)x->t[i - 1]) || m->vs - i > 40) return 0;
  return 1;
}

/* A place of a wire's dateline: in capitals ("MANILA/HANOI, March 4
** (Reuters) - "), or in title case before an agency tag ("Phnom Penh,
** September 10 (VNA) –"), which the layout asks of title case. */
static int in_dateline(const ivl_fctx *x, const ivl_fm *m) {
  /* a place in title case opens its line, or is no dateline's: asked
  ** before the layout, which scans the line, is (most places are such) */
  if (m->vs > 0 && x->t[m->vs - 1] != '\n' && !country_after_dateline_place(x, m))
    for (size_t i = m->vs; i < m->ve; i++)
      if (ivl_islower((unsigned char)x->t[i])) return 0;
  size_t dash = ivl_layout_wire_dateline(x->t, x->a->view.len, m->vs);
  return dash && dash > m->ve;
}

/* Places the gazetteer does not place, placed by their sentence: "the
** northern Philippine province of Ilocos Norte", "Laos's Savannakhet
** province"; and places of a wire's dateline, a country's too ("SINGAPORE,
** Oct 3 (Reuters) -": where the wire was filed, no party to its deals). */
static void places_placed(ivl_fctx *x) {
  static const char *const units[] = {"province of", "state of", "region of", "prefecture of", "city of", NULL};
  for (size_t i = 0; i < x->nm; i++) {
    ivl_fm *m = &x->m[i];
    if ((m->kind == FM_PLACE || m->kind == FM_COUNTRY) && in_dateline(x, m)) m->flags |= FM_DATELINE;
    if (m->kind != FM_PLACE) continue;
    if (m->country || i == 0) continue;
    int unit = fx_ends_with_any(x, m->vs, units);
    for (size_t j = i; j-- > 0 && x->m[j].ve + 40 >= m->vs;) {
      const ivl_fm *c = &x->m[j];
      if (c->kind != FM_COUNTRY || (c->flags & FM_VN)) continue;
      /* "Philippine province of X" (the country just before the unit word),
      ** "Laos's X province" (its possessive right before the place) */
      if (unit || (fx_possessive(x, c) && c->ve + fx_possessive(x, c) + 1 >= m->vs))
        m->country = c->party;
      break;
    }
  }
}

/* "$860 million for 14 new projects, $310 million added to seven existing
** ones": ones said just after projects are projects. */
static void ones_as_projects(ivl_fctx *x) {
  for (size_t i = 0; i < x->nm; i++) {
    ivl_fm *m = &x->m[i];
    if (m->kind != FM_COUNT || !(m->flags & FM_ONES)) continue;
    size_t from = m->vs > 160 ? m->vs - 160 : 0;
    if (fx_find(x, from, m->vs, "project*") != FX_NONE) m->flags |= FM_PROJECTS;
  }
}

/* "X Co., Ltd (China)", "Y JSC (Hong Kong, China)": the country bracketed
** right after a firm says where the firm is from (its origin, names.c);
** it is no party of its own, as it was when the bracket was read as the
** firm's short name. */
static void firm_origin_brackets(ivl_fctx *x) {
  for (size_t i = 1; i < x->nm; i++) {
    ivl_fm *m = &x->m[i];
    const ivl_fm *p = &x->m[i - 1];
    if (m->kind != FM_COUNTRY || m->ve >= x->a->view.len || (x->t[m->ve] != ')' && x->t[m->ve] != ',')) continue;
    int after_firm = p->kind == FM_ORG && m->vs == p->ve + 2 && memcmp(x->t + p->ve, " (", 2) == 0;
    int second = p->kind == FM_OTHER && p->party && m->vs == p->ve + 2 && memcmp(x->t + p->ve, ", ", 2) == 0;
    if (after_firm || second) m->kind = FM_OTHER;
  }
}

/* A party of a kind, and how many mentions name it. */
typedef struct party_count {
  const char *name;
  uint32_t kind, count;
} party_count;

/* The hash of a name (a province, a party) of a kind: from its length and
** its first and last eight bytes, not byte by byte (a byte a step was
** 1.1M Ir on /tmp/b1, for names of ten-odd bytes); names that agree there
** and differ between are told apart by the tables' strcmp. */
static size_t party_hash(const char *name, unsigned kind) {
  size_t n = strlen(name);
  uint64_t a = 0, b = 0;
  if (n >= 8) {
    memcpy(&a, name, 8);
    memcpy(&b, name + n - 8, 8);
  } else {
    for (size_t i = 0; i < n; i++) a = a << 8 | (unsigned char)name[i];
  }
  uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15u) ^ ((uint64_t)kind << 56 | n)) * 0xFF51AFD7ED558CCDu;
  return (size_t)(h ^ h >> 29);
}

/* A hash table of parties keeps it linear; "the party named most" is
** then one pass. */
void fx_count_named(ivl_fctx *x, int kind) {
  /* sized by the mentions of the kind that name a party, not all:
  ** zeroing the table was 1 per cent of the stage */
  size_t named = 0, cap = 16;
  for (size_t i = 0; i < x->nm; i++) named += x->m[i].kind == kind && x->m[i].party;
  while (cap < 2 * named) cap *= 2;
  party_count local[STACK_TABLE / sizeof(party_count)];
  uint32_t local_slot[STACK_TABLE / sizeof(uint32_t)];
  party_count *tab = zeroed_table(local, cap, sizeof *tab);
  uint32_t *slot = x->nm <= STACK_TABLE / sizeof *slot ? local_slot : malloc(x->nm * sizeof *slot);
  if (!tab || !slot) {
    free_table(tab, local);
    free_table(slot, local_slot);
    x->failed = 1;
    return;
  }
  for (size_t i = 0; i < x->nm; i++) {
    const ivl_fm *m = &x->m[i];
    if (m->kind != kind || !m->party) continue;
    size_t k = party_hash(m->party, m->kind) & (cap - 1);
    while (tab[k].name && tab[k].name != m->party && strcmp(tab[k].name, m->party) != 0) k = (k + 1) & (cap - 1);
    tab[k].name = m->party, tab[k].kind = m->kind, tab[k].count++;
    slot[i] = (uint32_t)k;
  }
  for (size_t i = 0; i < x->nm; i++)
    if (x->m[i].kind == kind) x->m[i].named = x->m[i].party ? tab[slot[i]].count : 0;
  free_table(tab, local);
  free_table(slot, local_slot);
}

/* The word ending right before t[at] (spaces and one comma skipped), lower
** case in 'w' (up to 11 letters, else empty); where it starts. */
static size_t word_before(const char *t, size_t lo, size_t at, char w[12]) {
  while (at > lo && (t[at - 1] == ' ' || t[at - 1] == ',')) at--;
  size_t b = at; /* a name's letters beyond ASCII are letters too */
  while (b > lo && (ivl_isalpha((unsigned char)t[b - 1]) || (unsigned char)t[b - 1] >= 0x80)) b--;
  size_t n = at - b < 11 ? at - b : 11;
  for (size_t i = 0; i < n; i++) w[i] = (char)ivl_tolower((unsigned char)t[b + i]);
  w[n] = '\0';
  return b;
}

static int merger_word(const char *w) {
  return strncmp(w, "merg", 4) == 0 || strncmp(w, "absorb", 6) == 0 || strcmp(w, "comprising") == 0;
}

/* Does a merger word come within the few words after t[at], in its clause
** ("Bình Dương, which has since been merged into HCM City", "Quảng Nam,
** which merged with Đà Nẵng")? */
static int merger_word_after(const char *t, size_t len, size_t at) {
  for (int n = 0; n < 5; n++) {
    while (at < len && (t[at] == ' ' || t[at] == ',')) at++;
    size_t b = at;
    while (at < len && ivl_isalpha((unsigned char)t[at])) at++;
    if (at == b) return 0; /* a clause's end or a figure */
    char w[12];
    size_t m = at - b < 11 ? at - b : 11;
    for (size_t i = 0; i < m; i++) w[i] = (char)ivl_tolower((unsigned char)t[b + i]);
    w[m] = '\0';
    if (merger_word(w)) return 1;
  }
  return 0;
}

/* Does "until" follow the place ending at t[at], or its generic word
** and then "until" ("Quang Nam province until the province merged ...")?
** A unit said to be one until then is one no more. */
static int until_after_unit(const char *t, size_t len, size_t at) {
  static const char *const units[] = {" province until ", " until ", NULL};
  for (const char *const *u = units; *u; u++) {
    size_t n = strlen(*u);
    if (at + n <= len && memcmp(t + at, *u, n) == 0) return 1;
  }
  return 0;
}

/* "in what was Bình Định province", "what used to be Bình Thuận", "a
** commune formerly part of Long An": the words right before the place say
** it is a unit no more. */
static const char *const past_unit[] = {"what was", "what used to be", "formerly part of", "formerly in",
                                        "once part of", "previously part of", NULL};

/* "a factory in Hải Dương, in what is now Hải Phòng", "now part of Đồng
** Nai": the words right before a Vietnamese place say it is the unit of
** today, so the writer knows the map changed. */
static const char *const present_unit[] = {"what is now", "now part of", NULL};

/* "Thái Bình (now Hưng Yên province)", "Tiền Giang, now Đồng Tháp": the
** unit of today written right after a unit that merged into it tells of
** the 2025 mergers; not a renamed city's ("Saigon (now HCM City)"), whose
** old name merged into no other unit. */
static int now_after_merged_unit(const ivl_fctx *x, const ivl_store *s, const fm_keys *k, size_t i, const char *now) {
  enum { GAP = 30 }; /* "province (now part of " and the like */
  static const char *const now_word[] = {"now", NULL};
  const ivl_entity *e = &s->ents[i];
  if (!fx_ends_with_any(x, e->vstart, now_word)) return 0;
  for (size_t j = i; j-- > 0;) {
    const ivl_entity *o = &s->ents[j];
    if (o->vend + GAP < e->vstart) return 0;
    if (o->type != IVL_SYM_LOCATION) continue;
    const char *was = str_field(s, o, k->province), *into = str_field(s, o, k->province_2025);
    return was && into && strcmp(into, now) == 0 && strcmp(was, now) != 0;
  }
  return 0;
}

/* An undated article that tells of the 2025 mergers ("The new Đồng Nai,
** merged with Bình Phước on July 1, ...", "the former Bình Dương",
** "formed by merging A and B") is written after them: a unit that merged
** into another, said right after "former", a merger word, or one with
** "with", "of" or a list of the merged units between; or with a merger
** word in the few words after it ("Bình Dương, which has since been
** merged into HCM City"). */
static int tells_of_mergers(const ivl_fctx *x, const ivl_store *s, const fm_keys *k) {
  for (size_t i = 0; i < s->n; i++) {
    const ivl_entity *e = &s->ents[i];
    if (e->type != IVL_SYM_LOCATION) continue;
    size_t lo = e->vstart > 60 ? e->vstart - 60 : 0;
    char w[12];
    size_t b = word_before(x->t, lo, e->vstart, w);
    int before = !strcmp(w, "former") || merger_word(w) || !strcmp(w, "with") || !strcmp(w, "of") || !strcmp(w, "and") ||
                 fx_ends_with_any(x, e->vstart, past_unit);
    /* (after: only past a comma, "X, which ...": most places have none;
    ** or past "until", the unit's generic word before it, "which was in
    ** Quang Nam province until the province merged into Danang", set
    ** qweek91) */
    int after = !before && (x->t[e->vend] == ',' || until_after_unit(x->t, x->a->view.len, e->vend)) &&
                merger_word_after(x->t, x->a->view.len, e->vend);
    const char *now = str_field(s, e, k->province_2025), *then = now ? str_field(s, e, k->province) : NULL;
    if (now && fx_ends_with_any(x, e->vstart, present_unit)) return 1;
    if (now && now_after_merged_unit(x, s, k, i, now)) return 1;
    if (!before && !after) continue;
    if (!then || strcmp(now, then) == 0) continue;
    if (after || strcmp(w, "former") == 0 || merger_word(w) || fx_ends_with_any(x, e->vstart, past_unit)) return 1;
    /* "merged with X", "the merger of X", "merging A and X", "the merger
    ** of Gia Lai and X" (the kept unit first): back over the list's names,
    ** and the "of" before them, to the word before them; also over a unit
    ** named by its generic word and what describes it ("absorbed the
    ** coastal province of X") */
    int unit_phrase = 0;
    for (int n = 0; n < 6 && b > lo; n++) {
      b = word_before(x->t, lo, b, w);
      if (merger_word(w) || strcmp(w, "former") == 0) return 1;
      unsigned char c = (unsigned char)x->t[b];
      if (!strcmp(w, "province") || !strcmp(w, "provinces")) unit_phrase = 1;
      else if (!w[0] || (!unit_phrase && !ivl_isupper(c) && c < 0x80 && strcmp(w, "and") && strcmp(w, "the") &&
                         strcmp(w, "of")))
        break;
    }
  }
  return 0;
}

/* "The province was merged into the city in July 2025", "the two
** provinces merged": a unit named by its generic word, the subject of a
** merger verb, in an undated article (a forum thread's "Nov 29") tells of
** the 2025 mergers as a unit's name would (set qweek106). */
static int generic_unit_merged(const char *t, size_t len) {
  static const char *const units[] = {"province", "provinces", NULL};
  for (size_t p = 0; p < len; p++) {
    if (p > 0 && ivl_isalpha((unsigned char)t[p - 1])) continue;
    for (const char *const *u = units; *u; u++) {
      size_t n = strlen(*u), i = 0;
      while (i < n && p + i < len && ivl_tolower((unsigned char)t[p + i]) == (*u)[i]) i++;
      if (i == n && (p + n >= len || !ivl_isalpha((unsigned char)t[p + n])) && merger_word_after(t, len, p + n))
        return 1;
    }
  }
  return 0;
}

/* "Hưng Yên (VNA) - The People's Committee of Hưng Yên province on
** November 24, 2026 granted ...": an article with no date line whose lede
** dates its news by a full day after the 2025 mergers is written after
** them. Only the first full day named, and only in the opening bytes: a
** later day may be a plan's ("to open on March 1, 2027"). */
static int lede_dated_after_mergers(const ivl_store *s) {
  enum { LEDE_BYTES = 400 };
  for (size_t i = 0; i < s->n; i++) {
    const ivl_entity *e = &s->ents[i];
    if (e->vstart > LEDE_BYTES) break;
    if (e->type != IVL_SYM_DATE) continue;
    const char *v = str_field(s, e, IVL_SYM_VALUE);
    if (!v || strlen(v) != 10 || v[0] == 'X') continue;
    return strncmp(v, "2025-07-01", 10) >= 0;
  }
  return 0;
}

/* "at Tràng Duệ Industrial Park in Cần Thơ": where the text places a park
** of the gazetteer, the text holds over the gazetteer's province (many
** parks share a name: "Hòa Phú" is in Bắc Giang and in Đắk Lắk). The place
** must follow the park in the same clause: after "in", "of" or a comma. */
static void parks_placed_by_text(ivl_fctx *x, const fm_keys *k) {
  const ivl_store *s = &x->a->store;
  for (size_t i = 0; i + 1 < x->nm; i++) {
    ivl_fm *park = &x->m[i];
    const ivl_fm *place = &x->m[i + 1];
    if (park->kind != FM_PLACE || !park->province || place->kind != FM_PLACE || !place->province ||
        strcmp(park->province, place->province) == 0 || place->vs - park->ve > 40)
      continue;
    const char *level = str_field(s, &s->ents[park->ent], k->level);
    if (!level || strcmp(level, "park") != 0) continue;
    const char *gap = x->t + park->ve;
    size_t n = place->vs - park->ve;
    if (memchr(gap, '.', n) || memchr(gap, ';', n)) continue;
    if (strncmp(gap, ", ", 2) == 0 || strncmp(gap, " in ", 4) == 0 || strncmp(gap, " of ", 4) == 0)
      park->province = place->province;
  }
}

/* Is the place's name a park's or zone's the gazetteers do not hold
** ("Trang Due 3 Industrial Park"): no country known, a generic word last? */
static int unknown_park(const ivl_fm *m) {
  static const char *const generic[] = {" Industrial Park", " Industrial Zone", " Industrial Cluster",
                                        " Economic Zone", " Export Processing Zone", NULL};
  if (m->kind != FM_PLACE || m->country || !m->party) return 0;
  size_t n = strlen(m->party);
  for (int k = 0; generic[k]; k++) {
    size_t g = strlen(generic[k]);
    if (n > g && strcmp(m->party + n - g, generic[k]) == 0) return 1;
  }
  return 0;
}

/* "the Trang Due 3 Industrial Park in Hai Phong ... a solar cell factory in
** Trang Due 3": a park the gazetteers do not know lies where the text first
** places it ("in" a province, or "in the former" one), and so do its later
** mentions by the same name. A few parks per article are remembered. */
static void unknown_parks_placed(ivl_fctx *x) {
  enum { PARKS = 8 };
  const char *name[PARKS], *province[PARKS];
  size_t n = 0;
  for (size_t i = 0; i < x->nm; i++) {
    ivl_fm *park = &x->m[i];
    if (!unknown_park(park)) continue;
    size_t k = 0;
    while (k < n && strcmp(name[k], park->party) != 0) k++;
    const ivl_fm *place = i + 1 < x->nm ? &x->m[i + 1] : NULL;
    if (k == n && place && is_province(place) && !(place->flags & FM_TOWN) && n < PARKS) {
      const char *gap = x->t + park->ve;
      size_t len = place->vs - park->ve;
      if ((len == 4 && strncmp(gap, " in ", 4) == 0) || (len == 15 && strncmp(gap, " in the former ", 15) == 0))
        name[n] = park->party, province[n++] = place->province;
    }
    if (k == n) continue;
    park->country = "VN", park->flags |= FM_VN, park->province = province[k];
  }
}

static ivl_status read_mentions(ivl_fctx *x, ivl_error *err) {
  const ivl_store *s = &x->a->store;
  const ivl_date *d = &x->a->date;
  fm_keys k = {.province = ivl_sym_find("province", 8), .province_2025 = ivl_sym_find("province_2025", 13),
               .country = ivl_sym_find("country", 7), .origin = ivl_sym_find("origin", 6),
               .level = ivl_sym_find("level", 5), .merged = d->year > 2025 || (d->year == 2025 && d->month >= 7)};
  if (d->year == 0)
    k.merged = tells_of_mergers(x, s, &k) || lede_dated_after_mergers(s) || generic_unit_merged(x->t, x->a->view.len);
  if (d->year == 0 && !k.merged) provinces_named(s, &k);
  x->m = malloc((s->n ? s->n : 1) * sizeof *x->m);
  if (!x->m) return ivl_fail(err, IVL_ENOMEM, 0, "out of memory linking facts");
  for (size_t i = 0; i < s->n; i++) {
    read_mention(&x->m[x->nm], x->a, i, &k);
    x->towns += (x->m[x->nm++].flags & FM_TOWN) != 0;
  }
  expand_acronyms(x);
  ones_as_projects(x);
  firm_origin_brackets(x);
  places_placed(x);
  parks_placed_by_text(x, &k);
  unknown_parks_placed(x);
  return IVL_OK;
}

/* "2. Singapore – $1.1 billion", "3) China: $900 million", "(4) Japan –
** $2 billion": the number of a numbered line starting at 'vs', else 0 (not
** "2.5 per cent", "1,200", "(2024)"). */
int ivl_facts_numbered_line(const ivl_fctx *x, size_t vs, size_t ve) {
  const unsigned char *t = (const unsigned char *)x->t + vs;
  size_t n = ve - vs, d = 0;
  if (n > 4 && t[0] == '(') {
    t++, n--;
    while (d < n && d < 3 && ivl_isdigit(t[d])) d++;
    if (d == 0 || d == 3 || d + 1 >= n || t[d] != ')' || t[d + 1] != ' ') return 0;
    return atoi((const char *)t);
  }
  while (d < n && d < 3 && ivl_isdigit(t[d])) d++;
  if (d == 0 || d == 3 || d + 1 >= n || (t[d] != '.' && t[d] != ')') || t[d + 1] != ' ') return 0;
  return atoi((const char *)t);
}

/* "Province | FDI capital | New projects", "Destination    Capital    Projects":
** a table's head row, the names of its columns between bars, tabs or runs
** of spaces, no figure. */
static int table_head(const ivl_fctx *x, size_t vs, size_t ve) {
  /* most sentences end with a stop, which no head row does */
  if (ve - vs > 100 || x->t[ve - 1] == '.') return 0;
  int bars = 0;
  for (size_t p = vs; p < ve; p++) {
    if (x->t[p] == '|' || x->t[p] == '\t' || (x->t[p] == ' ' && p + 1 < ve && x->t[p + 1] == ' ')) bars++;
    else if (ivl_isdigit((unsigned char)x->t[p]) || x->t[p] == '$' || x->t[p] == '.') return 0;
  }
  return bars > 0;
}

size_t ivl_facts_past_bullet(const ivl_fctx *x, size_t vs, size_t ve) {
  const unsigned char *t = (const unsigned char *)x->t + vs;
  size_t n = ve - vs;
  if (n >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ') return vs + 2;
  /* U+2022 bullet, U+2013 en dash, U+25AA a slide's small square, U+00B7 middle dot */
  if (n >= 4 && t[0] == 0xE2 && t[3] == ' ' &&
      ((t[1] == 0x80 && (t[2] == 0xA2 || t[2] == 0x93)) || (t[1] == 0x96 && t[2] == 0xAA)))
    return vs + 4;
  if (n >= 3 && t[0] == 0xC2 && t[1] == 0xB7 && t[2] == ' ') return vs + 3;
  return vs;
}

/* Does the line at 'vs' begin with a bullet ("- ", "• ", "* ", "+ ", "– ")
** or a number ("1. ", "2) ", "(3) "), or is it a table's row? */
static int bulleted(const ivl_fctx *x, size_t vs, size_t ve) {
  if (ivl_facts_past_bullet(x, vs, ve) != vs) return 1;
  return ivl_facts_numbered_line(x, vs, ve) > 0 || ivl_layout_table_row(x->t, vs, ve);
}

/* Does t[vs, ve) open on an item of a list (bulleted)? The rows of a
** table with no stop in them come as one sentence of several lines, so
** its first line is asked. */
static int opens_listed(const ivl_fctx *x, size_t vs, size_t ve) {
  if (bulleted(x, vs, ve)) return 1;
  const char *nl = memchr(x->t + vs, '\n', ve - vs);
  return nl && bulleted(x, vs, (size_t)(nl - x->t));
}

/* "The three largest projects were:" and, on the next line, the table's
** head row ("Investor | Origin | Capital | Location"), which the sentence
** has taken in: the intro ends with a colon, its last line is the head. */
static int headed_table(const ivl_fctx *x, const ivl_span *intro) {
  /* most sentences are one line: memchr() before the walk back */
  if (!memchr(x->t + intro->start, '\n', intro->end - intro->start)) return 0;
  size_t ls = intro->end;
  while (ls > intro->start && x->t[ls - 1] != '\n') ls--;
  if (ls == intro->start || !table_head(x, ls, intro->end)) return 0;
  size_t colon = ls;
  while (colon > intro->start && ivl_isspace((unsigned char)x->t[colon - 1])) colon--;
  return colon > intro->start && x->t[colon - 1] == ':';
}

/* Does a list's item end at 've' as a clause does: a full stop, or the
** semicolon a lawyer's or a guide's items of a running list end with ("-
** X, which received ..., taking its total investment to USD 1.5 billion;",
** "...; and")? */
static int closes_item(const ivl_fctx *x, size_t ve) {
  static const char *const joined[] = {"; and", "; or", NULL};
  return x->t[ve - 1] == '.' || x->t[ve - 1] == ';' || fx_ends_with_any(x, ve, joined);
}

/* "1. Decision No. 3571/QĐ-BQL dated October 20, 2026 granting the
** Investment Registration Certificate to X Co., Ltd for ..., with total
** investment capital of USD 58 million.": a portal's numbered item that
** is a whole sentence of its own, long, closed by a full stop and with no
** "Label: figure" colon, states its own fact; it is no row of the list
** statement its intro opens ("The following decisions were issued:"). */
static int sentence_item(const ivl_fctx *x, size_t vs, size_t ve) {
  if (ve - vs < 140 || !closes_item(x, ve) || memchr(x->t + vs, '\n', ve - vs)) return 0;
  return bulleted(x, vs, ve) && !memchr(x->t + vs, ':', ve - vs);
}

/* Past the mark between a timeline entry's date and its text (": ", " | ",
** " – ", " — ", " - "): where the text starts, else FX_NONE. */
static size_t past_entry_mark(const ivl_fctx *x, size_t c, size_t ve) {
  while (c < ve && x->t[c] == ' ') c++;
  if (c + 3 < ve && (unsigned char)x->t[c] == 0xE2 && (unsigned char)x->t[c + 1] == 0x80 &&
      ((unsigned char)x->t[c + 2] == 0x93 || (unsigned char)x->t[c + 2] == 0x94))
    c += 3;
  else if (c < ve && (x->t[c] == ':' || x->t[c] == '|' || x->t[c] == '-'))
    c++;
  else
    return FX_NONE;
  if (c >= ve || x->t[c] != ' ') return FX_NONE;
  while (c < ve && x->t[c] == ' ') c++;
  return c;
}

/* Past a quarter's or a half's mark before its year ("Q3/2025", "H1/2024"),
** whose date mention is the year alone: where the year starts, else 'p'. */
static size_t past_quarter_mark(const ivl_fctx *x, size_t p, size_t ve) {
  if (p + 3 < ve && (x->t[p] == 'Q' || x->t[p] == 'H') && ivl_isdigit((unsigned char)x->t[p + 1]) &&
      x->t[p + 2] == '/')
    return p + 3;
  return p;
}

/* "March 2021 - A and B sign a ...", "Q3/2025 — A signs ...": is date
** mention d the own date of a timeline's entry, opening its line (after
** a bullet) before a mark? */
int ivl_facts_entry_date(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d) {
  return d->kind == FM_DATE && d->vs == past_quarter_mark(x, ivl_facts_past_bullet(x, s->vs, s->ve), s->ve) &&
         past_entry_mark(x, d->ve, s->ve) != FX_NONE;
}

/* Is the capitalised word at t[c, e) a verb whose subject is left out
** ("Invests", "Signs", "Licensed"), not a name before its own verb
** ("Siemens signs")? */
static int entry_verb_word(const ivl_fctx *x, size_t c, size_t e) {
  static const char *const verbs_after_name[] = {"is", "was", "has", "signs", "buys", "invests", "opens",
                                                 "becomes", "raises", "acquires", "receives", "sells",
                                                 "enters", "lifts", "wins", "sets", "takes", "agrees", NULL};
  if (e - c < 4 || !ivl_isupper((unsigned char)x->t[c])) return 0;
  int third = x->t[e - 1] == 's' && x->t[e - 2] != 's' && x->t[e - 2] != '\'';
  int participle = x->t[e - 1] == 'd' && x->t[e - 2] == 'e';
  return (third || participle) && !fx_starts_with_any(x, e, verbs_after_name);
}

/* "- 2013: Invests 420 billion VND in a plant in ...", "2025 | Signs an
** EPC contract with X", "2017 – Capital lifted by $320 million to ...": a
** timeline's entry that leaves out its subject, the company the timeline
** is of, as a company's history writes it (set qweek134): its own date, a
** mark, then a capitalised verb, or "Capital" and its participle. Where
** that verb (or "Capital") starts, else FX_NONE. */
size_t ivl_facts_entry_verb(const ivl_fctx *x, size_t vs, size_t ve) {
  size_t p = past_quarter_mark(x, ivl_facts_past_bullet(x, vs, ve), ve), i = fx_mention_from(x, p);
  if (i >= x->nm || x->m[i].kind != FM_DATE || x->m[i].vs != p) return FX_NONE;
  size_t c = past_entry_mark(x, x->m[i].ve, ve);
  if (c == FX_NONE) return FX_NONE;
  size_t e = c;
  while (e < ve && ivl_isalpha((unsigned char)x->t[e])) e++;
  static const char *const capital[] = {"capital", "charter capital", NULL};
  if (fx_starts_with_any(x, c, capital)) {
    size_t w = fx_starts_with(x, c, "charter") ? c + strlen("charter capital ") : e + 1, we = w;
    while (we < ve && ivl_isalpha((unsigned char)x->t[we])) we++;
    return we > w + 2 && x->t[we - 1] == 'd' && x->t[we - 2] == 'e' ? c : FX_NONE;
  }
  return entry_verb_word(x, c, e) ? c : FX_NONE;
}

/* "- October 2019: Hanbit signs a memorandum of understanding with ...",
** "- 2016: Thanh Hoa and Shizuoka establish friendship relations.": a
** timeline's entry, its bullet, its own date and a colon, then a clause
** closed by a full stop, is a sentence of its own on its own date; it is
** no row of the list its intro opens ("Here are the milestones:"), as "-
** 2024: $1.3 billion" is (set qweek101). */
static int dated_item(const ivl_fctx *x, size_t vs, size_t ve) {
  if (x->t[ve - 1] != '.' || memchr(x->t + vs, '\n', ve - vs)) return 0;
  size_t p = ivl_facts_past_bullet(x, vs, ve), i = fx_mention_from(x, p);
  if (p == vs || i >= x->nm || x->m[i].kind != FM_DATE || x->m[i].vs != p) return 0;
  size_t c = x->m[i].ve;
  /* a clause after the colon, not a figure alone */
  return c + 24 < ve && x->t[c] == ':' && x->t[c + 1] == ' ';
}

/* "The top investors were:" and the lines set off by bullets under it
** ("- Singapore: US$3.6 billion", "- China: US$1.5 billion") are one
** statement, read as one sentence: the index of its last line, or 'i'
** when sentence i opens no such list. */
static size_t list_lines(const ivl_fctx *x, const ivl_spans *ss, size_t i) {
  const ivl_span *intro = &ss->items[i];
  if (intro->end == intro->start ||
      (x->t[intro->end - 1] != ':' && !table_head(x, intro->start, intro->end) && !headed_table(x, intro)))
    return i;
  size_t last = i;
  /* "Top investors:" over a table: its head row, then the rows */
  if (x->t[intro->end - 1] == ':' && last + 1 < ss->n &&
      table_head(x, ss->items[last + 1].start, ss->items[last + 1].end))
    last++;
  while (last + 1 < ss->n && opens_listed(x, ss->items[last + 1].start, ss->items[last + 1].end) &&
         !sentence_item(x, ss->items[last + 1].start, ss->items[last + 1].end) &&
         !dated_item(x, ss->items[last + 1].start, ss->items[last + 1].end))
    last++;
  return last;
}

/* Can a head end with the character 'last': no stop, bracket or colon? */
static int subheading_end(char last) {
  return last != '.' && last != '!' && last != '?' && last != '"' && last != ')' && last != ':';
}

/* "Where the money went": a line that names nothing and ends with no stop
** is a subheading of a long piece. It gives no fact, and it does not
** count as a sentence between the ones it separates: the figures under it
** go on from the investment spoken of above it. */
static int subheading(const ivl_fctx *x, const ivl_fsent *s) {
  if (s->n || s->ve == s->vs) return 0;
  return subheading_end(x->t[s->ve - 1]);
}

/* "#3 Japan", "No. 5: Shirakawa Rubber, Nghệ An", "2. Harbourfront Data
** heads to Hanoi": a listicle's numbered head over the paragraph that
** tells its item, its number the item's place in the list, no amount.
** Like a subheading it gives no fact and is no sentence between the
** item's paragraph and the one before, which the item goes on from ("X
** is Vietnam's largest investor ... #3 Japan / Japan is third with $79
** billion": set qweek140). Not a numbered row of figures ("1. South
** Korea – $19.5 billion"), nor a head ending with a stop or a colon. */
static int numbered_item_head(const ivl_fctx *x, const ivl_fsent *s) {
  const char *t = x->t + s->vs;
  size_t n = s->ve - s->vs;
  if (n < 4 || n > 64 || !subheading_end(x->t[s->ve - 1])) return 0;
  int numbered = ivl_facts_numbered_line(x, s->vs, s->ve) > 0 || (t[0] == '#' && ivl_isdigit((unsigned char)t[1])) ||
                 (n > 5 && memcmp(t, "No. ", 4) == 0 && ivl_isdigit((unsigned char)t[4]));
  if (!numbered) return 0;
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_MONEY || s->m[i].kind == FM_PERCENT || s->m[i].kind == FM_COUNT ||
        s->m[i].kind == FM_DATE)
      return 0;
  return 1;
}

/* The end of the line that starts at 'ls', its '\r' left out. */
static size_t line_end(const ivl_fctx *x, size_t ls) {
  size_t len = x->a->view.len;
  const char *nl = memchr(x->t + ls, '\n', len - ls);
  size_t le = nl ? (size_t)(nl - x->t) : len;
  return le > ls && x->t[le - 1] == '\r' ? le - 1 : le;
}

/* The start of the next line after 'le' that holds anything, else 0. */
static size_t next_filled_line(const ivl_fctx *x, size_t le) {
  size_t len = x->a->view.len;
  while (le < len && (x->t[le] == '\n' || x->t[le] == '\r' || x->t[le] == ' ')) le++;
  return le < len ? le : 0;
}

/* "***", "*", "* * *": a line of stars alone sets a digest's items apart. */
static int star_line(const ivl_fctx *x, size_t ls, size_t le) {
  if (le == ls || le - ls > 12) return 0;
  for (size_t p = ls; p < le; p++)
    if (x->t[p] != '*' && x->t[p] != ' ') return 0;
  return x->t[ls] == '*';
}

/* Does the paragraph at 'ls' come right after a line of stars? */
static int after_stars(const ivl_fctx *x, size_t ls) {
  size_t p = ls;
  while (p > 0 && (x->t[p - 1] == '\n' || x->t[p - 1] == '\r' || x->t[p - 1] == ' ')) p--;
  if (p == ls || p == 0) return 0;
  size_t prev = p;
  while (prev > 0 && x->t[prev - 1] != '\n' && p - prev < 16) prev--;
  return star_line(x, prev, p);
}

/* A digest's item may open on a heading line of its own over the
** paragraph that tells it: a place in capitals ("THÁI BÌNH") or a
** numbered head ("2. Quảng Trị: energy"), short, with no stop, and not the
** article's headline, the next line a sentence that ends with one. Such a
** head names where the item's figures go, as a wire's dateline does. */
static int item_heading(const ivl_fctx *x, size_t ls) {
  const ivl_layout *l = &x->a->layout;
  size_t le = line_end(x, ls);
  if (le == ls || le - ls > 64 || (l->has_title && ls < l->title.end)) return 0;
  char last = x->t[le - 1];
  if (last == '.' || last == ':' || last == '?' || last == '!' || last == ',' || last == '"') return 0;
  int upper = 0, lower = 0;
  for (size_t p = ls; p < le; p++) upper += ivl_isupper((unsigned char)x->t[p]), lower += ivl_islower((unsigned char)x->t[p]);
  if (!(upper >= 2 && !lower) && !ivl_facts_numbered_line(x, ls, le)) return 0;
  size_t next = next_filled_line(x, le);
  if (!next) return 0;
  size_t ne = line_end(x, next);
  return ne > next && x->t[ne - 1] == '.';
}

/* Does a digest's item open at 'vs': a line opening on a wire's dateline
** ("CẦN THƠ (VNA) – ", "BẮC GIANG, Dec 4 (VNA) – "), a bullet ("* ", "- "),
** a heading line (item_heading) or the paragraph after a line of stars?
** Returns 1 + the offset of the line's start (its dateline's), or 0. */
static size_t item_opener(const ivl_fctx *x, size_t vs) {
  size_t len = x->a->view.len, ls = vs;
  while (ls > 0 && x->t[ls - 1] != '\n' && vs - ls < 96) ls--;
  if (ls > 0 && x->t[ls - 1] != '\n') return 0; /* deep in a paragraph */
  if (ls < vs) { /* the sentence opens after the dateline the layout sets aside */
    const char *nl = memchr(x->t + vs, '\n', len - vs);
    return ivl_layout_after_dateline(x->t, ls, nl ? (size_t)(nl - x->t) : len) == vs ? ls + 1 : 0;
  }
  const unsigned char *t = (const unsigned char *)x->t + vs;
  int bullet = (len - vs >= 2 && (t[0] == '*' || t[0] == '-') && t[1] == ' ') ||
               (len - vs >= 4 && t[0] == 0xE2 && t[1] == 0x80 && t[2] == 0xA2 && t[3] == ' '); /* U+2022 */
  return bullet || ivl_layout_wire_dateline(x->t, len, vs) || item_heading(x, vs) || after_stars(x, vs) ? vs + 1 : 0;
}

/* Wire briefs and digests ("Business in brief", a VNA wire of three dated
** items): each item is a story of its own, so a new one ends the place the
** last one spoke of. Its own place is the one province its opening
** sentence names (its dateline's too); "the city", "the province" and the
** figures with no place named go there, not to the article's main
** province nor to the last item's. Asked only in an article of two items
** or more: a single dateline opens an ordinary story. */
static void open_item(ivl_fctx *x, const ivl_fsent *s) {
  size_t line = x->c.items < 2 ? 0 : item_opener(x, s->vs);
  if (!line) return;
  const char *one = NULL;
  int in_body = 0, country = 0;
  for (size_t i = fx_mention_from(x, line - 1); i < x->nm && x->m[i].vs < s->ve; i++) {
    const ivl_fm *m = &x->m[i];
    country |= m->vs >= s->vs && m->kind == FM_COUNTRY && (m->flags & FM_VN);
    if (!is_province(m) || fx_based_in(x, m)) continue;
    in_body |= !(m->flags & FM_DATELINE);
    if (!still_one_province(&one, m->province)) break;
  }
  /* "HANOI, Oct 30 (Reuters) - Vietnam's ministry said FDI pledges ...":
  ** the dateline is where the item was filed; its figures are the
  ** country's, which the sentence names */
  const char *topic = one;
  x->c.item_filed = one && !in_body && country;
  if (x->c.item_filed) one = NULL, topic = "VN";
  x->c.item_place = one;
  x->c.topic = topic, x->c.topic_age = 0, x->c.topic_firm = NULL, x->c.topic_before_firm = NULL;
  /* an item on a province of its own ("4. Bình Dương: logistics") is no
  ** more of the money abroad the item before told of */
  if (one) x->c.outward_age = 1000, x->c.abroad = NULL;
  x->c.works_in = NULL, x->c.venture_seat = NULL;
}

/* Is there a dash in the first bytes of t[vs, ve), where a wire's dateline
** ends ('-' or the lead byte of an en or em dash, or of a U+2022 bullet)?
** Asked first: the dateline's own reading walks the words by their Unicode
** categories. */
static int dash_early(const char *t, size_t vs, size_t ve) {
  size_t n = ve - vs > 96 ? 96 : ve - vs;
  return memchr(t + vs, '-', n) || memchr(t + vs, 0xE2, n);
}

/* How many paragraphs open a digest's item (open_item). */
static int items_counted(const ivl_fctx *x) {
  const ivl_spans *p = &x->a->layout.paragraphs;
  int n = 0;
  for (size_t i = 0; i < p->n; i++)
    n += (x->t[p->items[i].start] == '*' || dash_early(x->t, p->items[i].start, p->items[i].end) ||
          item_heading(x, p->items[i].start) || after_stars(x, p->items[i].start)) &&
         item_opener(x, p->items[i].start) != 0;
  return n;
}

/* Does sentence s ask whether, opening on a verb and ending in "?"
** ("Could Japan regain the top spot among Vietnam's investors?", "Will
** Korea overtake it?")? Such a question states no fact, though an op-ed's
** rhetoric names an investor, a rank or a figure in it; the answer after
** it may. (Not "Why did X put $60 million into Hưng Yên?", which takes
** the investment as told.) */
static int asks(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const whether[] = {"is", "are", "was", "were", "will", "would", "could", "can", "should",
                                        "does", "do", "did", "has", "have", "had", "may", "might", "must", NULL};
  size_t e = s->ve;
  while (e > s->vs && ivl_isspace((unsigned char)x->t[e - 1])) e--;
  return e > s->vs && x->t[e - 1] == '?' && ivl_isupper((unsigned char)x->t[s->vs]) &&
         fx_starts_with_any(x, s->vs, whether);
}

/* Does paragraph 'para' open an editor's note that corrects the article
** ("Correction, December 1: An earlier version of this article said the
** plant would cost $2 billion. The investment is $1.2 billion.")? The
** figure it takes back is no fact, and the one it gives repeats the
** body's (rule 10), so the note states none. It opens with a heading word
** and a colon soon after, or with the words that say a version was wrong. */
static int opens_correction_note(const ivl_fctx *x, const ivl_span *para) {
  static const char *const headed[] = {"correction", "corrections", "clarification", "editor's note", "editor’s note",
                                       "editors' note", "editors’ note", NULL};
  /* (the article's version, not "An earlier version of the master plan
  ** put the cost at $1 billion": a paragraph of the body) */
  static const char *const told[] = {"an earlier version of this article", "an earlier version of this story",
                                     "an earlier version of this report", "an earlier version of the article",
                                     "an earlier version of the story", "a previous version of this article",
                                     "a previous version of this story", "a previous version of this report",
                                     "this article has been corrected", "this story has been corrected",
                                     "this article was corrected", "this story was corrected", NULL};
  /* an editor's note that corrects: not "Editor's note: This article was
  ** updated to add that X will invest $2 billion ...", which tells one */
  static const char *const noted[] = {"editor's note", "editor’s note", "editors' note", "editors’ note", NULL};
  static const char *const wrong[] = {"earlier version", "previous version", "incorrectly", "corrected", "misstated",
                                      "misspel*", "erroneously", "mistakenly", NULL};
  /* (most paragraphs open with none of their letters: asked first) */
  size_t at = para->start;
  while (at < para->end && ivl_isspace((unsigned char)x->t[at])) at++;
  int c = at < para->end ? x->t[at] | 0x20 : 0;
  if (c != 'a' && c != 'c' && c != 'e' && c != 't') return 0;
  if (fx_starts_with_any(x, at, told)) return 1;
  if (!fx_starts_with_any(x, at, headed)) return 0;
  if (fx_starts_with_any(x, at, noted) && !fx_any(x, at, para->end, wrong)) return 0;
  size_t limit = para->start + 48 < para->end ? para->start + 48 : para->end;
  const char *colon = memchr(x->t + para->start, ':', limit - para->start);
  return colon && !memchr(x->t + para->start, '.', (size_t)(colon - (x->t + para->start)));
}

/* The paragraphs met in order: is sentence s in a correction note? Each
** paragraph is asked once, when the first sentence in it comes. */
typedef struct note_cursor {
  size_t next;  /* the paragraphs before it are passed */
  int in_note;  /* of the paragraph before 'next' */
} note_cursor;

static int in_correction_note(const ivl_fctx *x, const ivl_fsent *s, note_cursor *c) {
  const ivl_spans *p = &x->a->layout.paragraphs;
  if (c->next < p->n && p->items[c->next].start <= s->vs) {
    while (c->next + 1 < p->n && p->items[c->next + 1].start <= s->vs) c->next++;
    c->in_note = opens_correction_note(x, &p->items[c->next]);
    c->next++;
  }
  return c->next > 0 && c->in_note && s->vs < p->items[c->next - 1].end;
}

/* A sentence of a correction note that states the deal as corrected,
** not the version taken back: "Amberley signed a memorandum of
** understanding with the province and did not give a value" after "A
** 0640 GMT post said Amberley had signed a $250 million deal" (a live
** page withdraws its post; the note is all that states the signing, set
** qweek139). Its agreements and partnerships stand (told again in the
** body, they merge: one per pair of parties); its money stays no fact. */
static int states_corrected_deal(const ivl_fctx *x, const ivl_fsent *s) {
  static const char *const taken_back[] = {"earlier version", "previous version", "incorrectly", "misstated",
                                           "misspel*", "erroneously", "mistakenly", "misidentif*", "reported",
                                           "post said", "entry said", "story said", "article said",
                                           "given as", "wrongly", NULL};
  return !fx_any(x, s->vs, s->ve, taken_back);
}

ivl_status ivl_facts_run(ivl_article *a, ivl_error *err) {
  ivl_fctx x = {0};
  struct fx_article_memo article_memo = {0};
  x.article_memo = &article_memo;
  x.keys = fx_thread_keys();
  if (!x.keys) return ivl_fail(err, IVL_ENOMEM, 0, "out of memory linking facts");
  x.a = a;
  x.t = a->view.text;
  x.out = &a->facts;
  ivl_store_clear(&a->facts);
  /* the sentence pass reads the article's words (a->words) when a pass
  ** before cut them (the names do); it does not cut them itself: folding
  ** the text costs more than it saves, and without them it reads bytes */
  ivl_status st = read_mentions(&x, err);
  if (st != IVL_OK) return st;
  /* after reading: the mentions no longer change */
  uint8_t local_memo[STACK_TABLE];
  x.memo = zeroed_table(local_memo, x.nm ? x.nm : 1, 1);
  if (!x.memo) {
    free(x.m);
    return ivl_fail(err, IVL_ENOMEM, 0, "out of memory linking facts");
  }
  article_date(&x);
  x.c.items = items_counted(&x);
  initial_context(&x);
  towns_placed(&x);
  size_t mi = 0;
  note_cursor notes = {0, 0};
  for (size_t i = 0; i < a->sentences.n && !x.failed; i++) {
    size_t last = list_lines(&x, &a->sentences, i);
    ivl_fsent s = {i, a->sentences.items[i].start, a->sentences.items[last].end, NULL, 0, 0};
    i = last;
    s.cues = fx_index_sentence(&x, s.vs, s.ve);
    while (mi < x.nm && x.m[mi].vs < s.vs) mi++;
    s.m = x.m + mi;
    while (mi + s.n < x.nm && x.m[mi + s.n].vs < s.ve) s.n++;
    open_item(&x, &s); /* a head that names nothing still closes the item before */
    if (subheading(&x, &s)) continue;
    /* (a new item: the one before told its own investor's facts) */
    if (numbered_item_head(&x, &s)) {
      x.c.fact_investor = NULL, x.c.fact_sent = 0, x.c.investor = NULL, x.c.subject_is_investor = 0;
      continue;
    }
    size_t before = x.out->n;
    int note = in_correction_note(&x, &s, &notes);
    if (!note && !asks(&x, &s)) {
      ivl_facts_invest(&x, &s);
      x.c.invest_age = x.out->n > before ? -1 : x.c.invest_age;
      ivl_facts_relate(&x, &s);
    } else if (note && states_corrected_deal(&x, &s)) {
      ivl_facts_relate(&x, &s);
    }
    update_context(&x, &s);
  }
  free(x.m);
  free_table(x.memo, local_memo);
  free(article_memo.names);
  free(x.words);
  free(x.letter_words);
  if (x.failed) return ivl_fail(err, IVL_ENOMEM, 0, "out of memory storing facts");
  return IVL_OK;
}
