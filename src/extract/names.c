/*
** names.c
** The named-entity pass over one article: gazetteer names, names by shape,
** one name per stretch of text, repeats, and storing them.
*/
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "calendar.h"
#include "layout.h"
#include "names.h"
#include "symbols.h"
#include "utf8.h"
#include "util.h"

static int push(ivl_names *ns, ivl_name nm) {
  if (IVL_GROW(ns->items, ns->cap, ns->n + 1)) return -1;
  ns->items[ns->n++] = nm;
  return 0;
}

static ivl_name name_at(uint32_t vs, uint32_t ve, int type, int32_t entry) {
  ivl_name nm = {0};
  nm.vstart = nm.name_s = vs;
  nm.vend = nm.name_e = ve;
  nm.type = type;
  nm.entry = entry;
  return nm;
}

/* The word that ends before 'pos' (skipping spaces): its start, or 'pos' when
** there is none on that line. Inline at each of its callers: a call was a
** fifth of its 70 Ir (goods_carried() asks it ten words back from each
** sector; whole 420.29M -> 419.74M Ir on /tmp/b1). */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline size_t word_before(const char *t, size_t pos) {
  size_t e = pos;
  while (e > 0 && t[e - 1] == ' ') e--;
  size_t s = e;
  for (;;) { /* ASCII letters and digits a byte at a time, the rest decoded */
    while (s > 0 && ivl_ascii_alnum[(unsigned char)t[s - 1]]) s--;
    if (s == 0 || (unsigned char)t[s - 1] < 0x80 || !ivl_utf8_alnum_before(t, s)) break;
    s = ivl_utf8_prev(t, s);
  }
  return s < e ? s : pos;
}

/* The words around a sector's hit that its checks read, found once for
** them all (each looked for them again, some five times): the word before
** it, word_before(t, h->vstart), and the word after it past spaces. */
typedef struct around {
  size_t wb;     /* word_before(t, h->vstart) */
  size_t as, an; /* the ASCII letters and digits after the spaces after it: where, how many;
                    an SIZE_MAX when a letter beyond ASCII goes on with them */
} around;

static around around_hit(const char *t, size_t len, const ivl_gz_hit *h) {
  around c;
  c.wb = word_before(t, h->vstart);
  size_t p = h->vend;
  while (p < len && t[p] == ' ') p++;
  size_t e = p;
  while (e < len && ivl_ascii_alnum[(unsigned char)t[e]]) e++;
  c.as = p;
  c.an = e < len && (unsigned char)t[e] >= 0x80 && ivl_utf8_alnum_at(t, len, e) ? SIZE_MAX : e - p;
  return c;
}

/* Is the hit followed by the word w (ASCII letters), past spaces: its
** letters and digits there are w's in any case, and no letter goes on? */
#define FOLLOWED_BY(c, t, w) ((c)->an == sizeof(w) - 1 && ivl_ascii_ieq((t) + (c)->as, (c)->an, (w)))

/* Does a capital letter start at 'pos'? */
static int capital_at(const char *t, size_t pos) {
  unsigned char c = (unsigned char)t[pos];
  if (c < 0x80) return ivl_isupper(c);
  size_t n;
  utf8proc_category_t cat = utf8proc_category(ivl_utf8_decode(t + pos, 4, &n));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

/* "Minister for Trade and Tourism", "Department of Construction",
** "Department of Culture, Sports and Tourism": a sector word written with a
** capital inside a longer capitalised name. */
static int inside_capitalised_name(const char *t, size_t pos, size_t wb) {
  if (!ivl_isupper((unsigned char)t[pos])) return 0;
  if (pos >= 3 && t[pos - 1] == ' ' && t[pos - 2] == ',') { /* a list inside the name */
    size_t w = word_before(t, pos - 2);
    if (w < pos - 2 && capital_at(t, w)) {
      size_t w2 = word_before(t, w);
      return w2 < w && ivl_ascii_ieq(t + w2, w - 1 - w2, "of");
    }
  }
  size_t w = wb; /* word_before(t, pos) */
  if (w == pos) return 0;
  static const char *const joiners[] = {"of", "for", "and", NULL};
  for (const char *const *j = joiners; *j; j++)
    if (pos - w >= strlen(*j) && ivl_ascii_ieq(t + w, strlen(*j), *j) && !ivl_isupper((unsigned char)t[w])) {
      size_t w2 = word_before(t, w);
      return w2 < w && capital_at(t, w2);
    }
  return capital_at(t, w) && t[pos - 1] == ' ';
}

/* "to finance the projects", "will trade": the word as a verb. */
static int used_as_verb(const char *t, size_t pos, size_t wb) {
  static const char *const before[] = {"to", "will", "would", "can", "could", "may", "help", NULL};
  size_t w = wb; /* word_before(t, pos) */
  for (const char *const *b = before; *b; b++)
    if (pos - w >= strlen(*b) && ivl_ascii_ieq(t + w, strlen(*b), *b) &&
        !ivl_utf8_alnum_at(t, pos, w + strlen(*b)))
      return 1;
  return 0;
}

/* The capitalised word next to view[s, e) with one space between, before
** (dir < 0) or after it: does it make the two one longer name? */
static int joined_to_capital(const char *t, size_t len, size_t s, size_t e, int dir) {
  size_t ws, we;
  if (dir < 0) {
    if (s < 2 || t[s - 1] != ' ' || !ivl_utf8_alnum_before(t, s - 1)) return 0;
    we = s - 1;
    ws = word_before(t, we);
  } else {
    if (e + 1 >= len || t[e] != ' ' || !ivl_utf8_alnum_at(t, len, e + 1)) return 0;
    ws = we = e + 1;
    while (we < len && ivl_utf8_alnum_at(t, len, we)) {
      size_t n;
      ivl_utf8_decode(t + we, len - we, &n);
      we += n;
    }
  }
  if (ws >= we) return 0;
  /* "Mr Hamilton", "By Thanh Hà": a title or a byline before makes a person */
  if (dir < 0 && ivl_ascii_ieq(t + ws, we - ws, "by")) return 1;
  return capital_at(t, ws) && !ivl_names_free_word(t + ws, we - ws, dir < 0);
}

/* The lower-case word that starts at 'pos' after spaces: its span, or 0. */
static size_t word_after(const char *t, size_t len, size_t pos, size_t *ws) {
  while (pos < len && t[pos] == ' ') pos++;
  size_t e = pos;
  while (e < len && ivl_isalpha((unsigned char)t[e])) e++;
  *ws = pos;
  return e > pos && !ivl_isupper((unsigned char)t[pos]) ? e - pos : 0;
}

/* An entry marked 'alone' (the generated town and city lists: their names
** are often also given names) is a place only when no other capitalised word
** joins it: "Nguyễn Văn Tùng" is a person, not the town Văn Tùng. */
static int joined_to_other_name(const ivl_gazetteer *g, const ivl_gz_hit *h, const char *t,
                                 size_t len) {
  if (!ivl_gazetteer_alone(g, h->entry)) return 0;
  size_t ws, n = word_after(t, len, h->vend, &ws), wb = word_before(t, h->vstart);
  /* "Jackson said", "said Jackson" */
  return joined_to_capital(t, len, h->vstart, h->vend, -1) ||
         joined_to_capital(t, len, h->vstart, h->vend, 1) || (n && ivl_names_speech_verb(t + ws, n)) ||
         (wb < h->vstart && ivl_names_speech_verb(t + wb, h->vstart - 1 - wb));
}

/* {======== sectors in context ======== */

/* A list of lower-case words chained by their first letter and length,
** so that a word is compared only with the listed words it could be: it
** was compared with every word of its first letter (some ten of the 75
** head nouns), and followed_by_head() took 1,000 Ir a call on /tmp/b1.
** Indexed once (index_word_lists), read-only after. */
#define WORD_LIST_MAX 128
#define WORD_KEYS 64
typedef struct word_list {
  const char *const *words; /* NULL-ended */
  uint8_t first[WORD_KEYS]; /* the first word of a key, index + 1; 0: none */
  uint8_t next[WORD_LIST_MAX]; /* the next word of the same key, index + 1 */
} word_list;

static size_t word_key(unsigned char first, size_t n) { return (first * 7u + n) & (WORD_KEYS - 1); }

/* Is s[0, n) one of the words of 'list', in any case? */
static int word_in(const char *s, size_t n, const word_list *list) {
  if (n == 0) return 0;
  for (unsigned k = list->first[word_key((unsigned char)ivl_tolower((unsigned char)s[0]), n)]; k;
       k = list->next[k - 1])
    if (ivl_ascii_ieq(s, n, list->words[k - 1])) return 1;
  return 0;
}

static int span_is(const char *t, const ivl_gz_hit *h, const word_list *words) {
  return word_in(t + h->vstart, h->vend - h->vstart, words);
}

/* Nouns a sector word names the field of: "construction firms",
** "infrastructure projects", "the semiconductor industry". */
const char *const ivl_sector_head_words[] = {
  "sector", "sectors", "industry", "industries", "firms", "firm", "companies", "company",
  "businesses", "projects", "project", "works", "hub", "hubs", "field", "fields", "investment",
  "investments", "investors", "contractors", "materials", "giant", "giants", "enterprises",
  "factory", "factories", "plant", "plants", "facility", "facilities", "base", "centre", "center",
  "capacity", "line", "lines", "chain", "chains", "cooperation", "development", "operations",
  "operation", "footprint", "activities", "jobs", "output", "exports", "workers", "products",
  "equipment", "skills", "expertise", "know-how", "standards", "costs", "market", "markets",
  "value", "growth", "programme", "programmes", "program", "programs", "courses", "course", "school", "schools", NULL};
static word_list sector_heads = {.words = ivl_sector_head_words};

/* Words that are sectors only among other sectors, before a noun they
** qualify or where a field is asked for: "construction" of a road,
** "services" meaning flights, a firm's "technology", "trained labour". */
static const char *const only_as_field_words[] = {
  "construction", "services", "technology", "infrastructure", "labour", "labor", "finance",
  "components", "port", NULL};
static word_list only_as_field = {.words = only_as_field_words};

/* Words that may follow a field without being its object. */
const char *const ivl_sector_function_words[] = {
  "and", "or", "in", "of", "for", "to", "with", "at", "on", "by", "from", "as", "is", "are", "was",
  "were", "will", "would", "has", "have", "had", "that", "which", "who", "but", "than", "into",
  "across", "between", "among", "through", "under", "over", "since", "until", "while", "also",
  "can", "could", "should", "may", "might", "must", "remains", "remained", "accounted", NULL};
static word_list function_words = {.words = ivl_sector_function_words};

/* The words that ask for a field (field_asked), the determiners of a
** compound (in_compound), the nouns of goods held (goods_carried). */
static const char *const askers_words[] = {
  "opportunities", "investment", "investments", "invest", "invested", "investing", "cooperation",
  "cooperate", "collaboration", "interested", "interest", "focus", "focusing", "focused",
  "specialising", "specializing", "specialised", "specialized", "expertise", "experience",
  "mainly", "mostly", "chiefly", "partly", "projects", "firms", "companies", "ties", "work",
  "working", "strength", "strengths", "potential", NULL};
static word_list askers = {.words = askers_words};
static const char *const determiners_words[] = {
  "the", "a", "an", "its", "their", "our", "this", "these", "new", "more", "other", "several",
  "many", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", NULL};
static word_list determiners = {.words = determiners_words};
const char *const ivl_goods_holder_words[] = {
  "warehouse", "warehouses", "storage", "shipments", "cargo", "containers", "screens",
  "displays", "space", NULL};
static word_list holders = {.words = ivl_goods_holder_words};
/* People a field serves or trains, after a demonym ("the training of Lao
** students"): the "of" names them, no place (people_after_demonym). */
static const char *const people_words[] = {
  "students", "workers", "engineers", "employees", "staff", "officials", "labourers", "laborers",
  "teachers", "doctors", "nurses", "managers", "technicians", "trainees", "apprentices", NULL};
static word_list people = {.words = people_words};

#define WORDS_FIT(list) (sizeof list / sizeof *list <= WORD_LIST_MAX + 1)
_Static_assert(WORDS_FIT(ivl_sector_head_words) && WORDS_FIT(only_as_field_words) &&
                   WORDS_FIT(ivl_sector_function_words) && WORDS_FIT(askers_words) &&
                   WORDS_FIT(determiners_words) && WORDS_FIT(ivl_goods_holder_words) && WORDS_FIT(people_words),
               "a list of words has more than WORD_LIST_MAX");

/* Chain each list's words by their key, from the last so that the chains
** run in the list's order. */
static pthread_once_t word_lists_once = PTHREAD_ONCE_INIT;
static void index_word_lists(void) {
  word_list *const lists[] = {&sector_heads, &function_words, &askers, &only_as_field, &determiners, &holders, &people};
  for (size_t l = 0; l < sizeof lists / sizeof *lists; l++) {
    size_t n = 0;
    while (lists[l]->words[n]) n++;
    for (size_t i = n; i-- > 0;) {
      size_t key = word_key((unsigned char)lists[l]->words[i][0], strlen(lists[l]->words[i]));
      lists[l]->next[i] = lists[l]->first[key];
      lists[l]->first[key] = (uint8_t)(i + 1);
    }
  }
}

/* A noun a field qualifies; "services" too, but not after "and" ("the
** infrastructure and support services" are no field's). */
static int head_noun(const char *s, size_t n) {
  return word_in(s, n, &sector_heads) || ivl_ascii_ieq(s, n, "services");
}

/* Is the field before a noun it qualifies, maybe with another field between
** ("infrastructure and social welfare projects")? */
static int followed_by_head(const char *t, size_t len, const ivl_gz_hit *h) {
  size_t ws, n = word_after(t, len, h->vend, &ws);
  if (n && head_noun(t + ws, n)) return 1;
  if (!n || !(ivl_ascii_ieq(t + ws, n, "and") || ivl_ascii_ieq(t + ws, n, "or"))) return 0;
  for (int k = 0; k < 3; k++) {
    n = word_after(t, len, ws + n, &ws);
    if (!n || word_in(t + ws, n, &function_words)) return 0;
    if (word_in(t + ws, n, &sector_heads)) return 1;
  }
  return 0;
}

/* Another sector of the same list just before or after hit i: "in
** manufacturing, services and trade". */
static int in_sector_list(const ivl_gz_hits *hs, size_t i, const char *t) {
  static const char *const seps[] = {", ", " and ", ", and ", " or ", " & ", "/", ",", NULL};
  const ivl_gz_hit *h = &hs->items[i];
  for (int d = -1; d <= 1; d += 2) {
    if ((d < 0 && i == 0) || (d > 0 && i + 1 >= hs->n)) continue;
    const ivl_gz_hit *o = &hs->items[i + d];
    size_t s = d < 0 ? o->vend : h->vend, e = d < 0 ? h->vstart : o->vstart;
    if (e < s || e - s > 6) continue;
    for (const char *const *p = seps; *p; p++)
      if (strlen(*p) == e - s && memcmp(t + s, *p, e - s) == 0) return 1;
  }
  return 0;
}

/* "opportunities in technology", "cooperation in finance": a word that
** asks for a field, then "in" or "on", just before the hit. */
static int field_asked(const char *t, const ivl_gz_hit *h, const around *c) {

  size_t w = c->wb;
  if (w == h->vstart || !(ivl_ascii_ieq(t + w, h->vstart - 1 - w, "in") ||
                          ivl_ascii_ieq(t + w, h->vstart - 1 - w, "on")))
    return 0;
  size_t w2 = word_before(t, w);
  return w2 < w && word_in(t + w2, w - 1 - w2, &askers);
}


/* An object that opens with a number or a capitalised word (no acronym:
** "manufacturing FDI" is the field's) before a lower case one: "400
** engineers", "Vietnamese satellite engineers". */
static int counted_or_named_object(const char *t, size_t len, size_t p) {
  if (p < len && ivl_isdigit((unsigned char)t[p])) return 1;
  if (p + 1 >= len || !ivl_isupper((unsigned char)t[p]) || !ivl_islower((unsigned char)t[p + 1])) return 0;
  while (p < len && (ivl_isalpha((unsigned char)t[p]) || t[p] == '-')) p++; /* "Korean-speaking" */
  size_t ws;
  return p < len && t[p] == ' ' && word_after(t, len, p, &ws) && ws == p + 1;
}

/* "training hotel staff", "shipping goods", "training 400 engineers": a
** verb's -ing form with its object, not a field (dev2's "training hotel
** staff" is no sector). */
static int gerund_with_object(const char *t, size_t len, const ivl_gz_hit *h) {
  size_t n = h->vend - h->vstart;
  if (n < 4 || memcmp(t + h->vend - 3, "ing", 3) != 0) return 0;
  for (size_t p = h->vstart; p < h->vend; p++)
    if (t[p] == ' ' || t[p] == '-') return 0;
  if (h->vend + 1 < len && t[h->vend] == ' ' && counted_or_named_object(t, len, h->vend + 1)) return 1;
  size_t ws, w = word_after(t, len, h->vend, &ws);
  return w && ws == h->vend + 1 && !word_in(t + ws, w, &function_words) && !head_noun(t + ws, w);
}

/* "the training of Lao students", "education of Vietnamese engineers":
** the one capitalised word at p (a demonym) qualifies people the field
** serves, not a place's thing ("construction of Long Thành airport" has
** no such noun after it). */
static int people_after_demonym(const char *t, size_t len, size_t p) {
  while (p < len && (ivl_isalpha((unsigned char)t[p]) || (unsigned char)t[p] >= 0x80)) p++;
  size_t ws, n = word_after(t, len, p, &ws);
  return n && ws == p + 1 && word_in(t + ws, n, &people);
}

/* "the seaports of Hải Phòng", "construction of Long Thành airport": a
** thing of a named place, not a field. */
static int of_a_place(const char *t, size_t len, const around *c) {
  if (!FOLLOWED_BY(c, t, "of")) return 0;
  size_t p = c->as + 2;
  while (p < len && t[p] == ' ') p++;
  return p < len && capital_at(t, p) && !people_after_demonym(t, len, p);
}

/* "50,000 cars a year": counted products, not a field ("30 electronics
** firms" keeps its field). */
static int counted(const char *t, size_t len, const ivl_gz_hit *h) {
  size_t p = h->vstart;
  if (p < 2 || t[p - 1] != ' ' || !ivl_isdigit((unsigned char)t[p - 2])) return 0;
  return !followed_by_head(t, len, h);
}

/* "yarn-dyeing", "free-trade zone", "export processing zones", "the Hải Hà
** seaport zone": the word is part of a compound naming something else
** ("high-tech zones" keep theirs). */
static int in_compound(const char *t, size_t len, const ivl_gz_hit *h, const around *c) {

  if (h->vend + 1 < len && t[h->vend] == '-' && ivl_isalpha((unsigned char)t[h->vend + 1])) return 1;
  /* (a phrase of two words or more still names its field after a word
  ** joined to its first: "climate-smart agriculture"; set qweek17) */
  if (h->vstart > 1 && t[h->vstart - 1] == '-' && ivl_isalpha((unsigned char)t[h->vstart - 2]) &&
      !memchr(t + h->vstart, ' ', h->vend - h->vstart))
    return 1;
  if (!FOLLOWED_BY(c, t, "zone") && !FOLLOWED_BY(c, t, "zones")) return 0;
  size_t w = c->wb;
  if (w < h->vstart && capital_at(t, w)) return 1;
  return w < h->vstart && ivl_isalpha((unsigned char)t[w]) &&
         !word_in(t + w, h->vstart - 1 - w, &function_words) &&
         !word_in(t + w, h->vstart - 1 - w, &determiners);
}

/* Might the word at w (before p) be "for" or "in", by its first letter? */
static int for_or_in(const char *t, size_t w, size_t p) {
  unsigned char c = (unsigned char)(t[w] | 0x20);
  return p - w >= 2 && (c == 'f' || c == 'i');
}

/* "bonded warehouses for frozen seafood, fruit and pharmaceuticals",
** "screens for smartphones", "chips used in mobile phones": goods stored,
** carried or supplied for, not the field invested in. Looks back along
** the clause for such a noun and its "for" (or "used in"). */
/* Its walk is a function of where it is (p, and w its word before) and
** of the steps left: a walk that reaches the start of an earlier one that
** found nothing in its ten steps, with ten or fewer left, can find
** nothing either. The hits of a list ("manufacturing, services and
** trade") walk back over each other's starts: '*clear' is the start of
** the last walk that found nothing, where the next stops (goods_carried
** 2.36M -> 1.79M Ir on /tmp/b1). SIZE_MAX: none yet. */
static int goods_carried(const char *t, const ivl_gz_hit *h, size_t wb, size_t *clear) {

  /* each step's word before the word is the next step's word: found once */
  size_t p = h->vstart, w = wb; /* word_before(t, p) */
  for (int k = 0; k < 10; k++) {
    if (p == *clear) return 0; /* the rest is a walk already made */
    if (w == p) {
      while (p > 0 && t[p - 1] == ' ') p--;
      if (p == 0 || t[p - 1] != ',') break; /* a list goes on past commas only */
      p--;
      w = word_before(t, p);
      continue;
    }
    size_t w2 = word_before(t, w);
    if (w2 < w && for_or_in(t, w, p)) { /* the word's lengths only then: most start otherwise */
      size_t n = p - w, n2 = w - w2;
      while (n > 0 && t[w + n - 1] == ' ') n--;
      while (n2 > 0 && t[w2 + n2 - 1] == ' ') n2--;
      if ((ivl_ascii_ieq(t + w, n, "for") && word_in(t + w2, n2, &holders)) ||
          (ivl_ascii_ieq(t + w, n, "in") && ivl_ascii_ieq(t + w2, n2, "used")))
        return 1;
    }
    p = w;
    w = w2;
  }
  *clear = h->vstart;
  return 0;
}

/* For the tests: goods_carried() of a hit at each of starts[0, n), in
** turn, each walk on its own or ('shared') stopping where an earlier one
** that found nothing started, as the hits of an article do. */
void ivl_names_goods_carried(const char *t, const size_t *starts, size_t n, int shared, int *out) {
  pthread_once(&word_lists_once, index_word_lists);
  size_t clear = SIZE_MAX;
  for (size_t i = 0; i < n; i++) {
    ivl_gz_hit h = {0, (uint32_t)starts[i], (uint32_t)starts[i]};
    if (!shared) clear = SIZE_MAX;
    out[i] = goods_carried(t, &h, word_before(t, starts[i]), &clear);
  }
}

/* A sector phrase that the words around it show is no field. */
static int sector_misread(const ivl_gz_hits *hs, size_t i, const char *t, size_t len,
                          size_t *clear) {
  const ivl_gz_hit *h = &hs->items[i];
  const around c = around_hit(t, len, h);
  /* "trade partner" is a relation, "free trade agreements" an instrument;
  ** but a deal of another field names what it is about ("a vocational
  ** training agreement", set qgarment) */
  size_t n = h->vend - h->vstart;
  int trade_deal = (FOLLOWED_BY(&c, t, "agreement") || FOLLOWED_BY(&c, t, "agreements")) && n >= 5 &&
                   ivl_ascii_ieq(t + h->vend - 5, 5, "trade");
  /* "energy drink maker X" sells a beverage, no energy (set qmedia) */
  int drink = n == 6 && ivl_ascii_ieq(t + h->vstart, 6, "energy") &&
              (FOLLOWED_BY(&c, t, "drink") || FOLLOWED_BY(&c, t, "drinks"));
  if (FOLLOWED_BY(&c, t, "partner") || FOLLOWED_BY(&c, t, "partners") || FOLLOWED_BY(&c, t, "partnership") ||
      trade_deal || drink || inside_capitalised_name(t, h->vstart, c.wb))
    return 1;
  /* "Lạch Huyện port": the generic word of a named place */
  size_t w = c.wb;
  if (w < h->vstart && capital_at(t, w) && !capital_at(t, h->vstart) && span_is(t, h, &only_as_field))
    return 1;
  if ((ivl_ascii_ieq(t + h->vstart, 7, "finance") || ivl_ascii_ieq(t + h->vstart, 5, "trade")) &&
      used_as_verb(t, h->vstart, c.wb))
    return 1;
  if (in_compound(t, len, h, &c) || of_a_place(t, len, &c) || counted(t, len, h) ||
      gerund_with_object(t, len, h))
    return 1;
  /* asked before goods_carried(), the dearest (ten words back): every
  ** test is a reason to read the hit as no field, in any order */
  if (span_is(t, h, &only_as_field) && !in_sector_list(hs, i, t) && !followed_by_head(t, len, h) &&
      !field_asked(t, h, &c))
    return 1;
  return goods_carried(t, h, c.wb, clear);
}

/* "processing-manufacturing", "textile-garment": sector words joined by
** dashes are one field, the first one's. The index of the last hit joined;
** 'type' hit i's entry's. */
static size_t sector_compound(const ivl_gazetteer *g, const ivl_gz_hits *hs, size_t i,
                              const char *t, int type) {
  if (type != IVL_SYM_SECTOR) return i;
  size_t j = i;
  while (j + 1 < hs->n && ivl_gazetteer_type(g, hs->items[j + 1].entry) == IVL_SYM_SECTOR &&
         hs->items[j + 1].vstart == hs->items[j].vend + 1 && t[hs->items[j].vend] == '-')
    j++;
  return j;
}

/* "North America", "Latin America": a region of continents, no country
** (GUIDELINES: continents and macro-regions are no places). */
static int a_region_of_america(const char *t, size_t vs, size_t ve) {
  static const char *const regions[] = {"North ", "South ", "Latin ", "Central ", NULL};
  if (ve - vs != 7 || memcmp(t + vs, "America", 7) != 0) return 0;
  for (const char *const *r = regions; *r; r++) {
    size_t n = strlen(*r);
    if (vs >= n && memcmp(t + vs - n, *r, n) == 0) return 1;
  }
  return 0;
}

/* A gazetteer name that the words around it show is something else;
** 'type' its entry's. */
static int misread(const ivl_gazetteer *g, const ivl_gz_hits *hs, size_t i, const char *t,
                   size_t len, int type, size_t *clear) {
  const ivl_gz_hit *h = &hs->items[i];
  if (type == IVL_SYM_LOCATION) return joined_to_other_name(g, h, t, len);
  if (type == IVL_SYM_COUNTRY && h->vend < len && t[h->vend] == '$') return 1; /* US$ */
  if (type == IVL_SYM_COUNTRY && a_region_of_america(t, h->vstart, h->vend)) return 1;
  /* "VOV.VN", "vietnamplus.vn": a web address's ending */
  if (type == IVL_SYM_COUNTRY && h->vstart >= 2 && t[h->vstart - 1] == '.' && ivl_isalpha((unsigned char)t[h->vstart - 2]) &&
      (h->vend >= len || !ivl_isalpha((unsigned char)t[h->vend])))
    return 1;
  if (type == IVL_SYM_SECTOR) return sector_misread(hs, i, t, len, clear);
  return 0;
}

/* "Japan External Trade Organisation (JETRO)", "Republic of Korea (RoK)":
** the bracket belongs to the name when it holds another of its names or an
** acronym that names nothing else ("Hà Nội (VNA)" is a dateline and the
** agency). Sets the alias and returns the new end. */
static size_t bracket_alias(const ivl_gazetteer *g, ivl_name *nm, const char *t, size_t len) {
  size_t p = nm->vend;
  if (p < len && t[p] == ' ') p++;
  if (p >= len || t[p] != '(') return nm->vend;
  size_t s = p + 1, e = s;
  while (e < len && e - s < 40 && t[e] != ')' && t[e] != '(' && t[e] != '\n') e++;
  if (e >= len || t[e] != ')' || e == s) return nm->vend;
  int same = nm->entry >= 0 && ivl_gazetteer_names_entry(g, (uint32_t)nm->entry, t + s, e - s);
  int acronym = 1, upper = 0;
  for (size_t i = s; i < e; i++) {
    unsigned char c = (unsigned char)t[i];
    if (ivl_isupper(c)) upper++;
    else if (!(ivl_isalnum(c) || c == '-' || c == '&' || c == ' ')) acronym = 0;
  }
  if (!same && !(acronym && upper >= 2 && ivl_isupper((unsigned char)t[s]))) return nm->vend;
  /* "Airports Corporation of Vietnam (ACV)": a place's or country's own
  ** acronym opens with its first letter; another is the name's it ends */
  unsigned char first = (unsigned char)t[nm->vstart];
  if (!same && (nm->type == IVL_SYM_COUNTRY || nm->type == IVL_SYM_LOCATION) && first < 0x80 &&
      (first | 0x20) != ((unsigned char)t[s] | 0x20))
    return nm->vend;
  /* "Thai Nguyen (VNA) –": the bracket names something else, the source */
  if (!same && ivl_gazetteer_lookup(g, t + s, e - s) >= 0) return nm->vend;
  nm->alias_s = (uint32_t)s;
  nm->alias_e = (uint32_t)e;
  return e + 1;
}

/* Room for the names (or the gazetteer's hits) of a text of n words,
** reserved at once: about one in eight words is in a name, a few in four
** at the most in news text; grown from nothing, the arrays were
** reallocated some five times a text each. A long text's are grown past
** NAMES_ROOM_MAX as they fill, not reserved for the worst. */
#define NAMES_ROOM_MAX 1024
#define NAMES_ROOM(n) ((n) / 4 + 16 < NAMES_ROOM_MAX ? (n) / 4 + 16 : NAMES_ROOM_MAX)

static int from_gazetteer(const ivl_gazetteer *g, const ivl_article *a, const ivl_fold *fold,
                          const ivl_words *ws, ivl_names *out) {
  ivl_gz_hits hits = {0};
  pthread_once(&word_lists_once, index_word_lists); /* the hits' checks read the lists */
  const char *t = a->view.text;
  size_t len = a->view.len;
  int rc = IVL_GROW(hits.items, hits.cap, NAMES_ROOM(ws->n)) ? -1 : ivl_gazetteer_find(g, fold, ws, t, &hits);
  size_t clear = SIZE_MAX; /* goods_carried()'s last walk that found nothing */
  for (size_t i = 0; i < hits.n && rc == 0; i++) {
    const ivl_gz_hit *h = &hits.items[i];
    int type = ivl_gazetteer_type(g, h->entry); /* asked once, not by each step */
    size_t last = sector_compound(g, &hits, i, t, type);
    if (last == i && misread(g, &hits, i, t, len, type, &clear)) continue;
    ivl_name nm = name_at(h->vstart, hits.items[last].vend, type, (int32_t)h->entry);
    i = last;
    if (nm.type != IVL_SYM_SECTOR) nm.vend = (uint32_t)bracket_alias(g, &nm, t, len);
    /* the bracket's own name is part of this one */
    while (i + 1 < hits.n && hits.items[i + 1].vstart < nm.vend) i++;
    rc = push(out, nm);
  }
  ivl_gz_hits_free(&hits);
  return rc;
}

/* {======== one name per stretch of text ======== */

static int by_start_longest(const void *pa, const void *pb) {
  const ivl_name *a = pa, *b = pb;
  if (a->vstart != b->vstart) return a->vstart < b->vstart ? -1 : 1;
  if (a->vend != b->vend) return a->vend > b->vend ? -1 : 1;
  return 0;
}

/* Sort a[0, n), nearly in order: an insertion sort is linear in it, and
** stable as qsort (a merge sort) was, so that of two names of one span the
** first found stays. Should it move names too often, qsort sorts the rest. */
_Static_assert(sizeof(ivl_name) <= IVL_SORT_TMP, "sorted stably by ivl_sort_nearly, not handed to qsort");
static void sort_nearly_sorted(ivl_name *a, size_t n) {
  ivl_sort_nearly(a, n, sizeof *a, by_start_longest, 8);
}

/* The names come in two runs: the gazetteer's in order, then the shapes'
** nearly so; or the settled names, then the repeats. The second is
** sorted on its own and merged into the first, the first's name first of
** two equal ones: the order a stable sort of the whole gives. */
static void sort_names(ivl_names *ns) {
  ivl_name *a = ns->items;
  size_t n = ns->n, m = 1;
  while (m < n && by_start_longest(&a[m - 1], &a[m]) <= 0) m++;
  if (m >= n) return;
  sort_nearly_sorted(a + m, n - m);
  ivl_name *rest = malloc((n - m) * sizeof *rest);
  if (!rest) { /* the same order, sorted whole */
    sort_nearly_sorted(a, n);
    return;
  }
  memcpy(rest, a + m, (n - m) * sizeof *rest);
  /* from the back, each of the rest after the first run's names that do
  ** not sort after it, those that do moved up past it in one block (a
  ** name at a time, they cost 0.17M Ir more on /tmp/b1) */
  for (size_t i = m, j = n - m; j > 0; j--) {
    const ivl_name *r = &rest[j - 1];
    size_t lo = i;
    while (lo > 0 && by_start_longest(&a[lo - 1], r) > 0) lo--;
    if (lo < i) memmove(a + lo + j, a + lo, (i - lo) * sizeof *a);
    a[lo + j - 1] = *r;
    i = lo;
  }
  free(rest);
}

/* Move the kept names a[from, to) down to a[*w, ...), in one block. */
static void keep_run(ivl_name *a, size_t *w, size_t from, size_t to) {
  if (*w != from && to > from) memmove(a + *w, a + from, (to - from) * sizeof *a);
  *w += to - from;
}

/* Names do not overlap: of two that do, the longer stays (a place inside
** an organisation's name is part of it). Sorted by start first. The
** names kept between two dropped are moved down in one block (a name at
** a time, past the first dropped, cost 0.13M Ir more on /tmp/b1). */
static void settle(ivl_names *ns) {
  sort_names(ns);
  ivl_name *a = ns->items;
  size_t w = 0, run = 0; /* kept: a[0, w), and a[run, i) still to move down to a[w, ...) */
  uint32_t prev_s = 0, prev_e = 0; /* the last kept name's span */
  int any = 0;
  for (size_t i = 0; i < ns->n; i++) {
    const ivl_name *nm = &a[i];
    if (any && nm->vstart < prev_e) {
      if (nm->vend - nm->vstart <= prev_e - prev_s) { /* dropped */
        keep_run(a, &w, run, i);
        run = i + 1;
        continue;
      }
      /* the later, longer one replaces the last kept */
      if (run < i) keep_run(a, &w, run, i - 1);
      else w--;
      run = i;
    }
    prev_s = nm->vstart, prev_e = nm->vend, any = 1;
  }
  keep_run(a, &w, run, ns->n);
  ns->n = w;
}

void ivl_names_settle(ivl_names *ns) { settle(ns); }

/* {======== repeats ======== */

/* Where a name found once is written again, in part: "Chinh" after "Lê
** Trung Chinh", "KOSME" after "Korea SMEs and Startups Agency (KOSME)",
** "Hana Micron Vina" after "Hana Micron Vina Co., Ltd", "Sông Khoai" after
** "Sông Khoai Industrial Park". Matched in the folded text, so "Song Khoai"
** is found too. */
typedef struct short_form {
  uint32_t s, e; /* view span of the form inside the full name */
  int type;
  size_t full; /* index of the full name */
  int alone;   /* the full name's first word alone: first_word_form(); 2: its
               ** last word after a Chinese place, after_chinese_place_form() */
} short_form;

/* The words a name may end with, and their lengths: every name found is
** tried against them all. */
typedef struct name_tail {
  const char *s;
  size_t n;
} name_tail;
#define TAIL(s) {s, sizeof s - 1}

static const name_tail legal_tails[] = {TAIL(" Co., Ltd."), TAIL(" Co., Ltd"), TAIL(" Co.,Ltd"),
  TAIL(" Co. Ltd"), TAIL(" Pte. Ltd."), TAIL(" Pte Ltd"), TAIL(" Pvt. Ltd."), TAIL(" Pvt Ltd"),
  TAIL(", Ltd"), TAIL(" Ltd."), TAIL(" Ltd"), TAIL(" JSC"), TAIL(" Co."), TAIL(" Co"),
  TAIL(" Public Company Limited"), TAIL(" Company Limited"),
  /* "Hưng Yên Pharmaceutical" after "Hưng Yên Pharmaceutical Joint Stock
  ** Company": the Vietnamese joint-stock form in English words, left out
  ** whole (before " Company", which would leave "Joint Stock") */
  TAIL(" Joint Stock Company"), TAIL(" Joint Stock Corporation"),
  /* "Trường Sơn Forestry Company": the English word for the legal form
  ** as Vietnamese firms' names write it, left out as " Corporation" is */
  TAIL(" Company"), TAIL(" Corporation"), TAIL(" Inc."), TAIL(" Inc"), TAIL(" LLC"),
  TAIL(" PLC"), TAIL(" B.V."), TAIL(" BV"), TAIL(" A/S"), TAIL(" AG"), TAIL(" GmbH"), TAIL(" S.A."),
  /* "Valmonde" after "Valmonde SA", "Perdana Glove" after "Perdana Glove Berhad",
  ** "Havfarm Nordic" after "Havfarm Nordic AS" */
  TAIL(" AS"), TAIL(" KK"), TAIL(" SA"), TAIL(" SE"), TAIL(" N.V."), TAIL(" NV"), TAIL(" Corp."), TAIL(" Corp"),
  TAIL(" Berhad"),
  TAIL(" Bhd"), TAIL(" Pte."), TAIL(" PCL"),
  /* as wires write them: "Mae Klong Cement Pcl", "Bjørnefjord Petroleum
  ** ASA", "Siam Solar" after "Siam Solar Energy Pcl" */
  TAIL(" Pcl"), TAIL(" ASA"), {NULL, 0}};
/* Words of a firm's trade after its own name: "Phúc An Retail", "Lumen Capital". */
static const name_tail trade_tails[] = {TAIL(" Retail"), TAIL(" Capital"), TAIL(" Semiconductor"),
  TAIL(" Semiconductors"), TAIL(" Microelectronics"), TAIL(" Electronics"), TAIL(" Technology"),
  TAIL(" Technologies"), TAIL(" Energy"), TAIL(" Power"), TAIL(" Group"), TAIL(" Holdings"),
  TAIL(" Industries"), TAIL(" Investment"), TAIL(" Trading"), TAIL(" Logistics"),
  TAIL(" Precision"), TAIL(" Steel"), TAIL(" Textiles"), TAIL(" Textile"), TAIL(" Motor"),
  TAIL(" Motors"), TAIL(" Solar"), TAIL(" Chemicals"), TAIL(" Pharma"), TAIL(" Partners"),
  TAIL(" Ventures"), TAIL(" Foods"), TAIL(" Telecom"), TAIL(" Industry"),
  /* an industrial park developer's, a builder's or a property firm's
  ** trade: "Hải Long" after "Hải Long Industrial Zones JSC", "Siam Gulf"
  ** after "Siam Gulf Industrial Estate PCL", "Phong Quang" after "Phong
  ** Quang Construction Group", "Siam Lotus" after "Siam Lotus Estates Co.,
  ** Ltd"; "Sao Viet" after "Sao Viet Renewable Energy Corp" */
  TAIL(" Industrial Zones"), TAIL(" Industrial Estate"), TAIL(" Infrastructure"), TAIL(" Construction"),
  TAIL(" Aviation"), TAIL(" Renewables"), TAIL(" Renewable"), TAIL(" Estates"), TAIL(" Properties"),
  TAIL(" Engineering"),
  /* a port operator's or a shipping line's: "Pasig Bay" after "Pasig Bay
  ** Terminals Inc." (set qweek24) */
  TAIL(" Terminals"), TAIL(" Ports"), TAIL(" Shipping"),
  /* a ship repairer's or a shipbuilder's: "Hwaseong" after "Hwaseong Marine
  ** Engineering" (set qweek71; its two trade words left out) */
  TAIL(" Marine"),
  /* a maker's or a host's trade in one word: "Sunjin" after "Sunjin Chemical
  ** Co., Ltd", "Hsin Tai" after "Hsin Tai Circuit Co., Ltd", "Pelican"
  ** after "Pelican Resorts Holdings Ltd" */
  TAIL(" Chemical"), TAIL(" Optics"), TAIL(" Circuit"), TAIL(" Circuits"), TAIL(" Components"),
  TAIL(" Footwear"), TAIL(" Hospitality"), TAIL(" Hotels & Resorts"), TAIL(" Resorts"),
  /* "Hinode's total investment" after "Japan's Hinode Electric" */
  TAIL(" Electric"), TAIL(" Plastics"), TAIL(" Cables"), TAIL(" Paper"),
  /* a heavy-industry maker's trade: "Sukhothai" after "Sukhothai Refining
  ** Pcl", "Ahrweiler" after "Ahrweiler Cement AG" (set qweek44) */
  TAIL(" Refining"), TAIL(" Petrochemical"), TAIL(" Petrochemicals"), TAIL(" Glass"),
  /* a drugmaker's, a hospital group's or a school group's trade: "Sakura"
  ** after "Sakura Pharmaceutical Co., Ltd", "Tâm Trí" after "Tâm Trí
  ** Medical Group", "Lumina" after "Lumina Education Group" */
  TAIL(" Pharmaceutical"), TAIL(" Pharmaceuticals"), TAIL(" Healthcare"), TAIL(" Medical"),
  TAIL(" Lifesciences"), TAIL(" Education"),
  /* a vaccine or biotech maker's (set qweek23): "Việt Sinh" after "Việt
  ** Sinh Biologicals JSC", "Daehan" after "Daehan Vaccines" */
  TAIL(" Biologicals"), TAIL(" Biological"), TAIL(" Vaccines"), TAIL(" Vaccine"), TAIL(" Biotech"),
  /* a food, drink, garment or packaging maker's trade in the singular, as
  ** Vietnamese firms' English names write it: "Sài Gòn Xanh" after "Sài
  ** Gòn Xanh Food JSC" (its place no target then: the firm written again) */
  TAIL(" Food"), TAIL(" Seafood"), TAIL(" Beverages"), TAIL(" Garment"), TAIL(" Packaging"),
  /* a brewer's and a grocer's: "Ratchada" after "Ratchada Beverage",
  ** "Kotobuki" after "Japan's Kotobuki Mart" */
  TAIL(" Beverage"), TAIL(" Mart"),
  /* an insurer's or a broker's trade: "Hoshino" after "Hoshino Life
  ** Insurance Co." (both words of trade left out), "Kōyō" after "Kōyō
  ** Securities" */
  TAIL(" Non-life Insurance"), TAIL(" Insurance"), TAIL(" Life"), TAIL(" Securities"),
  /* a property firm's or a hotelier's trade: "Bảo Châu" after "Bảo Châu
  ** Real Estate", "Daesung" after "Daesung Asset Management", "Chao
  ** Phraya" after "Chao Phraya Hotels & Resorts" (" Hotels & Resorts"
  ** stands before " Resorts", which alone would leave "Hotels &") */
  TAIL(" Real Estate"), TAIL(" Asset Management"), TAIL(" Hotels"),
  /* the same trades as other firms name them, where the firm's own name
  ** is a place's: "Tân Phước will put in" after "Tân Phước Realty JSC",
  ** "Sài Gòn Heart said" after "Sài Gòn Heart Hospital Group" (set
  ** qphase, qrumor; the repeat is no place then: find_repeats()) */
  TAIL(" Realty"), TAIL(" Hospital"), TAIL(" Hospitals"),
  /* a resort developer's or a tour operator's: "Hai Dang" after "Hai Dang
  ** Tourism JSC", "Daewon" after "Daewon Leisure" (set qweek66) */
  TAIL(" Tourism"), TAIL(" Travel"), TAIL(" Leisure"),
  /* a studio's, a broadcaster's or a media group's trade (set qtelco):
  ** "Haneul signed an MoU" after "Haneul Pictures", "Fujikawa" after
  ** "Fujikawa Broadcasting Holdings" */
  TAIL(" Pictures"), TAIL(" Studios"), TAIL(" Entertainment"), TAIL(" Media"), TAIL(" Broadcasting"),
  TAIL(" Animation"), TAIL(" Films"),
  TAIL(" Homes"),
  /* a yarn, cloth or clothing maker's or seller's: "Huafeng" after
  ** "Zhejiang Huafeng Spinning", "Ridgeline" after "Ridgeline Outfitters" */
  TAIL(" Spinning"), TAIL(" Knitting"), TAIL(" Apparel"), TAIL(" Outfitters"),
  /* heavy industry's trades: "Mae Klong" after "Mae Klong Cement Pcl",
  ** "Boundary" after "Boundary Rare Earths Ltd", "Shirane" after "Shirane
  ** Carbon Co.", "Kessel" after "Kessel Chemie AG", "Setouchi" after
  ** "Setouchi Oil Corp." */
  TAIL(" Cement"), TAIL(" Petroleum"), TAIL(" Mining"), TAIL(" Minerals"), TAIL(" Rare Earths"),
  TAIL(" Carbon"), TAIL(" Chemie"), TAIL(" Fertiliser"), TAIL(" Fertilizer"), TAIL(" Oil"),
  /* a Japanese firm's trade in Japanese (org_heads): "Aoba" after "Aoba
  ** Seiyaku" */
  TAIL(" Seiyaku"), TAIL(" Yakuhin"), TAIL(" Kogyo"),
  /* a drug maker's trade: "Rheinwald" after "Rheinwald Biologics GmbH" */
  TAIL(" Biologics"),
  /* the data, cloud and chip-design trades: "Arcadia" after "Arcadia Data
  ** Centres", "Orbis" after "Orbis Cloud", "Kaizen" after "Kaizen
  ** Semiconductor Design" (both words of trade left out) */
  TAIL(" Data Centres"), TAIL(" Data Centers"), TAIL(" Cloud"), TAIL(" Semiconductor Design"),
  /* a smelter's and a metal trader's: "Huaxin" after "Huaxin Aluminium",
  ** "Mitsuda" after "Mitsuda Metals" (qmine) */
  TAIL(" Aluminium"), TAIL(" Aluminum"), TAIL(" Metals"),

  /* a rice trader's, a feed maker's or a fish farmer's: "Sato" after "Sato
  ** Rice Co.", "Cuu Long" after "Cuu Long Grain Corporation" (set
  ** qweek141), "Kanemoto" after "Kanemoto Feed Co., Ltd", "Nordfjord"
  ** after "Nordfjord Aqua AS" */
  TAIL(" Rice"), TAIL(" Grain"), TAIL(" Feed"), TAIL(" Aquafeed"), TAIL(" Aquafeeds"), TAIL(" Aqua"), TAIL(" Aquaculture"),
  TAIL(" Fisheries"),
  /* a farm group's or an agri-food firm's (qcap): "Phú Hưng" after "Phú
  ** Hưng Agri JSC", "Mekong Xanh" after "Mekong Xanh Agro" */
  TAIL(" Agri"), TAIL(" Agro"), TAIL(" Agriculture"), TAIL(" Agrifood"),
  /* the trades of a deal's targets and buyers as advisers' notices write
  ** them (set qweek72): "Minh Long" after "Minh Long Warehousing JSC",
  ** "Sakai" after "Sakai Realty" (its tail above), "Ba Vi" after "Ba Vi Dairy", "Moc Chau"
  ** after "Moc Chau Milk", "Hoa Sen" after "Hoa Sen Digital" */
  TAIL(" Warehousing"), TAIL(" Dairy"), TAIL(" Milk"), TAIL(" Digital"),
  /* a lender's: "Phuong Dong" after "Phuong Dong Commercial Bank" */
  TAIL(" Commercial Bank"),
  /* the catch-all trades of firms' English names: "Hanseong" after
  ** "Hanseong Energy Solutions" (both words of trade left out), "Korvan"
  ** after "Korvan Systems" */
  TAIL(" Solutions"), TAIL(" Systems"),
  /* a deep-tech start-up's or a university spin-off's: "Viet Sensing"
  ** after "Viet Sensing AI", "Lotus Drone" after "Lotus Drone Labs",
  ** "Nanocell" after "Nanocell Materials" (set qweek133) */
  TAIL(" AI"), TAIL(" Labs"), TAIL(" Robotics"), TAIL(" Materials"),
  /* a utility's: "Siam Aqua" after "Thailand's Siam Aqua Utilities" (qwater) */
  TAIL(" Utilities"),
  /* a train maker's: "Daejin" after "Daejin Rail" (qrail) */
  TAIL(" Rail"),
  /* a furniture, wood or paper maker's: "Hsin Yuan" after "Hsin Yuan
  ** Furniture Co.", "Jia Hong" after "Jia Hong Enterprise", "Minghe" after
  ** "Zhejiang Minghe Home Furnishings", "Phú An" after "Phú An Carton JSC"
  ** (" Home Furnishings" stands before
  ** " Furnishings", which alone would leave "Home") */
  TAIL(" Furniture"), TAIL(" Home Furnishings"), TAIL(" Furnishings"), TAIL(" Wood"), TAIL(" Woodworking"),
  TAIL(" Timber"), TAIL(" Enterprise"), TAIL(" Enterprises"), TAIL(" Carton"), TAIL(" Cartons"),
  /* a clothing maker's trade in the plural as Hong Kong and Chinese firms
  ** write it, a tyre maker's, an audio or optics maker's: "Kam Wah" after
  ** "Kam Wah Garments", "Zhongli" after "Zhongli Tyre Co.", "Hoshan"
  ** after "Hoshan Acoustics", "Tianguang" after "Tianguang Optoelectronics" */
  /* a forest grower's: "Trường Sơn" after "Trường Sơn Forestry Company"
  ** (set qgreen) */
  TAIL(" Forestry"),
  TAIL(" Garments"), TAIL(" Tyre"), TAIL(" Tyres"), TAIL(" Tire"), TAIL(" Tires"), TAIL(" Acoustics"),
  TAIL(" Optoelectronics"),
  /* a startup programme's: "Mekong Rise" after "Mekong Rise Accelerator",
  ** its cohort's backer in a round (set qweek127) */
  TAIL(" Accelerator"), {NULL, 0}};
static const name_tail local_tails[] = {TAIL(" Vina"), TAIL(" Vietnam"), TAIL(" Việt Nam"), {NULL, 0}};
/* A school's generic word after its own name: "Westbury" after "Westbury
** University", "Keiwa" after "Keiwa Gakuen", "Lotus Bridge" after "Lotus
** Bridge International School" (set qweek58: else a place, "Bridge", and
** "Albion and Lotus Bridge" one place) (forms_of(): not when the rest is
** a name the gazetteer knows, "Huế" of "Huế University"). */
static const name_tail school_tails[] = {TAIL(" University"), TAIL(" Gakuen"), TAIL(" International School"),
                                         TAIL(" School"), TAIL(" Academy"), TAIL(" College"), {NULL, 0}};
/* A carrier's generic word after its own name: "Lotus Sky" after "Lotus Sky
** Airways" (set qaero), and a bank's: "Mitsukoshi Shinpan" after
** "Japan's Mitsukoshi Shinpan Bank" (set qexit), and a fund's: "Straits
** Evergreen and Green Horizon formed a joint venture" after "Singapore's
** Straits Evergreen Fund" (set qweek32); forms_of(): only a rest
** of two words or more that the gazetteer does not know ("Thai" of "Thai
** Airways" is a demonym, "World" of "World Bank" one word, "Mekong" of
** "Mekong Fund" one word). */
static const name_tail carrier_tails[] = {TAIL(" Airways"), TAIL(" Airlines"), TAIL(" Bank"), TAIL(" Fund"),
                                          {NULL, 0}};
/* A developer's generic word before its legal form: "Straits Park" after
** "Straits Park Development Pte Ltd" (set qjobs); forms_of(): as a
** carrier's, only a rest of two words or more the gazetteer does not
** know ("Halong" of "Halong Development JSC" stays the place). And a
** property firm's " Land": "Straits Harbour's total investment" after
** "Straits Harbour Land" (set qweek34), a short form that a possessive or
** a verb otherwise left to the person's shape. */
static const name_tail developer_tails[] = {TAIL(" Development"), TAIL(" Developments"), TAIL(" Land"),
                                            {NULL, 0}};
static const name_tail zone_tails[] = {TAIL(" Industrial Park"), TAIL(" Industrial Zone"),
  TAIL(" Economic Zone"), TAIL(" Open Economic Zone"), {NULL, 0}};

/* A list of tails chained by their last byte: a name is tried only
** against the tails that end as it does (every name found was tried
** against every tail, some sixty an organisation). */
#define TAILS_MAX 192 /* (index + 1 in a byte: up to 254) */
typedef struct tail_index {
  const name_tail *tails;
  uint8_t first[256];      /* the first tail ending with the byte, index + 1; 0: none */
  uint8_t next[TAILS_MAX]; /* the next tail ending with the same byte, index + 1 */
} tail_index;

#define TAILS_FIT(list) (sizeof list / sizeof *list <= TAILS_MAX + 1)
_Static_assert(TAILS_FIT(legal_tails) && TAILS_FIT(trade_tails) && TAILS_FIT(local_tails) &&
                   TAILS_FIT(zone_tails) && TAILS_FIT(school_tails) && TAILS_FIT(carrier_tails) &&
                   TAILS_FIT(developer_tails),
               "a list of tails has more than TAILS_MAX");
static tail_index legal_index = {.tails = legal_tails}, trade_index = {.tails = trade_tails},
                  local_index = {.tails = local_tails}, zone_index = {.tails = zone_tails},
                  school_index = {.tails = school_tails}, carrier_index = {.tails = carrier_tails},
                  developer_index = {.tails = developer_tails};
static pthread_once_t tail_once = PTHREAD_ONCE_INIT;

/* Chain each list's tails, from the last so that the chains run in the
** list's order. */
static int level_key; /* the symbol of the gazetteer's "level" field: known_park() */

static void index_tails(void) {
  level_key = ivl_sym_find("level", 5);
  tail_index *const lists[] = {&legal_index,  &trade_index,   &local_index,    &zone_index,
                               &school_index, &carrier_index, &developer_index};
  for (size_t l = 0; l < sizeof lists / sizeof *lists; l++) {
    size_t n = 0;
    while (lists[l]->tails[n].s) n++;
    for (size_t i = n; i-- > 0;) {
      unsigned char last = (unsigned char)lists[l]->tails[i].s[lists[l]->tails[i].n - 1];
      lists[l]->next[i] = lists[l]->first[last];
      lists[l]->first[last] = (uint8_t)(i + 1);
    }
  }
}

/* If view[s, e) ends with one of the tails of 'x', the end without the
** first of them in the list; else e. */
static uint32_t strip_tail(const char *t, uint32_t s, uint32_t e, const tail_index *x) {
  if (e == s) return e;
  for (unsigned k = x->first[(unsigned char)t[e - 1]]; k; k = x->next[k - 1]) {
    size_t n = x->tails[k - 1].n;
    if (e - s > n && memcmp(t + e - n, x->tails[k - 1].s, n) == 0) return (uint32_t)(e - n);
  }
  return e;
}

/* Is view[s, e) a foreign place the gazetteer knows ("Shandong", "Osaka")? */
static int foreign_place(const ivl_gazetteer *g, const char *t, uint32_t s, uint32_t e) {
  long k = g ? ivl_gazetteer_lookup(g, t + s, e - s) : -1;
  if (k < 0 || ivl_gazetteer_type(g, (uint32_t)k) != IVL_SYM_LOCATION) return 0;
  int key = ivl_sym_find("country", 7);
  const char *c = key > 0 ? ivl_gazetteer_field(g, (uint32_t)k, key) : NULL;
  return c && strcmp(c, "VN") != 0;
}

/* Is entry k a park of the gazetteer ("Sông Khoai Industrial Park")? Its
** name without the generic words is a repeat of it ("Song Khoai"), as a
** park only the text's shape finds; other places' short forms ("Vân Đồn"
** of its airport) are places of their own, which the gazetteer holds. */
static int known_park(const ivl_gazetteer *g, long k) {
  const char *level = g && level_key > 0 ? ivl_gazetteer_field(g, (uint32_t)k, level_key) : NULL;
  return level && strcmp(level, "park") == 0;
}

/* Is the place ending at t[e] followed by the lower-case word of an
** administrative unit ("Honghe prefecture", "Yeongam and Haenam
** counties")? Not a facility's ("Lotus Bridge", "Sông Hậu port"): a
** unit's name stands for the place alone. */
static int unit_word_after(const char *t, size_t len, uint32_t e) {
  static const char *const units[] = {" prefecture", " prefectures", " county", " counties", " province",
                                      " provinces", " state", NULL};
  for (const char *const *u = units; *u; u++) {
    size_t n = strlen(*u);
    if (e + n <= len && memcmp(t + e, *u, n) == 0 && (e + n == len || !ivl_isalpha((unsigned char)t[e + n])))
      return 1;
  }
  return 0;
}

/* "Mubadala paid $120 million" after "Mubadala Investment Company",
** "Daikoku first bought into" after "Daikoku Agency": a firm of the
** gazetteer's none is written again by its first word alone, whatever
** trade words follow it (the tails above know only some). A word of
** letters only, four or more, in ASCII (a Vietnamese firm's first
** syllable is no name alone), with a small letter (no acronym), that the
** gazetteer does not hold (a place, a country, its people: "Thai Wind
** Energy"); find_repeats() also leaves it when the text writes it in
** lower case anywhere ("Green" of "Green Power JSC"). The end of the
** word, or 0 when the name has no such form. */
static uint32_t first_word_form(const ivl_gazetteer *g, const char *t, const ivl_name *nm) {
  uint32_t s = nm->name_s, e = s;
  int small = 0;
  while (e < nm->name_e && ivl_isalpha((unsigned char)t[e])) small |= ivl_islower((unsigned char)t[e]), e++;
  if (e == nm->name_e || t[e] != ' ' || e - s < 4 || !small || !ivl_isupper((unsigned char)t[s])) return 0;
  return g && ivl_gazetteer_lookup(g, t + s, e - s) >= 0 ? 0 : e;
}

/* Can the lower-cased letters w[0, n) be read as Chinese syllables in
** pinyin ("huafeng": hua-feng, "xinyi": xin-yi)? English trade words
** mostly cannot ("electric", "power", "land", "gas"). */
static int pinyin_word(const char *w, size_t n) {
  static const char *const initials[] = {"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k",
                                         "h",  "j",  "q",  "x", "r", "z", "c", "s", "y", "w", "", NULL};
  static const char *const finals[] = {"iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "iao", "ian",
                                       "uai", "uan", "ai", "ei", "ao", "ou", "an", "en", "er", "ia", "ie", "iu",
                                       "in", "ua", "uo", "ui", "un", "ue", "a", "o", "e", "i", "u", NULL};
  if (n == 0) return 1;
  for (const char *const *i = initials; *i; i++) {
    size_t ni = strlen(*i);
    if (ni > n || memcmp(w, *i, ni) != 0) continue;
    for (const char *const *f = finals; *f; f++) {
      size_t nf = strlen(*f);
      if (ni + nf <= n && memcmp(w + ni, *f, nf) == 0 && pinyin_word(w + ni + nf, n - ni - nf)) return 1;
    }
  }
  return 0;
}

/* "Jiangsu Huafeng", "Hsinchu Kaiyuan Electronics": a name in t[s, e)
** opening on a place of the gazetteer, then a word of four to 23 ASCII
** letters, capitalised, that reads as pinyin (not "Electric" of "Shanghai
** Electric"), as Chinese and Taiwanese firms are named. The place's
** country code, its brand word at *brand (*len letters); else NULL. */
static const char *home_then_brand(const ivl_gazetteer *g, const char *t, uint32_t s, uint32_t e, uint32_t *brand,
                                   size_t *len) {
  uint32_t sp = s;
  while (sp < e && t[sp] != ' ') sp++;
  uint32_t we = sp + 1;
  while (we < e && t[we] != ' ') we++;
  size_t n = we - sp - 1;
  if (sp >= e || n < 4 || n >= 24 || !ivl_isupper((unsigned char)t[sp + 1])) return NULL;
  char w[24];
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)t[sp + 1 + i];
    if (!ivl_isalpha(c) || c >= 0x80) return NULL;
    w[i] = (char)(c | 0x20);
  }
  long k = g ? ivl_gazetteer_lookup(g, t + s, sp - s) : -1;
  int key = ivl_sym_find("country", 7);
  const char *c = k >= 0 && key > 0 && ivl_gazetteer_type(g, (uint32_t)k) == IVL_SYM_LOCATION
                    ? ivl_gazetteer_field(g, (uint32_t)k, key)
                    : NULL;
  if (!c || !pinyin_word(w, n)) return NULL;
  *brand = sp + 1, *len = n;
  return c;
}

/* "Huafeng plans to invest ..." after "Jiangsu Huafeng": a Chinese firm
** of the gazetteer's none named by its province or city and one word more
** (home_then_brand) is written again by that word alone (set qweek3). The
** start of the word, or 0. So too where only trade words and a legal
** form, which forms_of() has stripped to 'bare', follow the brand word
** ("Tianhong signed ..." after "Zhejiang Tianhong Textile Group"; set
** qweek37). */
static uint32_t after_chinese_place_form(const ivl_gazetteer *g, const char *t, const ivl_name *nm, uint32_t bare) {
  uint32_t brand;
  size_t n;
  const char *c = home_then_brand(g, t, nm->name_s, nm->name_e, &brand, &n);
  if (!c || strcmp(c, "CN") != 0 || (brand + n != nm->name_e && brand + n != bare)) return 0;
  return ivl_gazetteer_lookup(g, t + brand, n) >= 0 ? 0 : brand;
}

/* The end of the brand word at t[brand] (before the trade words that may
** follow it in the full name ending at e). */
static uint32_t brand_end(const char *t, uint32_t brand, uint32_t e) {
  while (brand < e && t[brand] != ' ') brand++;
  return brand;
}

/* "Hoàng Kim said ..." after "Điện Máy Hoàng Kim JSC": a Vietnamese firm
** named as its trade in Vietnamese ("Điện Máy", electrical goods; "Dệt
** May", textiles and garments) then its own name of two syllables or more
** is written again by that name alone (set qweek54). Where the own name
** starts in t[s, e), or 0. */
static uint32_t past_vn_trade_prefix(const char *t, uint32_t s, uint32_t e) {
  static const char *const trades[] = {"Điện Máy ", "Dệt May ", "Thủy Sản ", "Xây Dựng ", "Bất Động Sản ",
                                       "Địa Ốc ",   "Xi Măng ", "Vận Tải ",  "Dược Phẩm ", "Cao Su ",
                                       "Nhựa ",     "Thép ",    "Sữa ",      NULL};
  for (int k = 0; trades[k]; k++) {
    size_t n = strlen(trades[k]);
    if (e - s <= n || memcmp(t + s, trades[k], n) != 0) continue;
    uint32_t b = s + (uint32_t)n;
    return ivl_isupper((unsigned char)t[b]) || (unsigned char)t[b] >= 0xC3 ? (memchr(t + b, ' ', e - b) ? b : 0) : 0;
  }
  return 0;
}

static int forms_of(const ivl_gazetteer *g, const ivl_article *a, const ivl_name *nm, size_t idx,
                    short_form *out) {
  const char *t = a->view.text; /* the tails are indexed: collect_forms() */
  int n = 0;
  if (nm->type == IVL_SYM_PERSON) {
    uint32_t s = nm->name_s, e = nm->name_e, sp1 = s, sp2 = e;
    while (sp1 < e && t[sp1] != ' ') sp1++;
    while (sp2 > s && t[sp2 - 1] != ' ') sp2--;
    if (sp1 >= e) return 0; /* one word already */
    out[n++] = (short_form){s, e, IVL_SYM_PERSON, idx, 0};
    out[n++] = (short_form){sp2, e, IVL_SYM_PERSON, idx, 0};
    if (!ivl_names_vn_family(t + s, sp1 - s)) out[n++] = (short_form){s, sp1, IVL_SYM_PERSON, idx, 0};
    return n;
  }
  if (nm->type == IVL_SYM_ORGANIZATION) {
    if (nm->alias_e) out[n++] = (short_form){nm->alias_s, nm->alias_e, nm->type, idx, 0};
    if (nm->entry < 0) out[n++] = (short_form){nm->name_s, nm->name_e, nm->type, idx, 0}; /* written again */
    uint32_t e = strip_tail(t, nm->name_s, nm->name_e, &legal_index);
    if (e < nm->name_e) out[n++] = (short_form){nm->name_s, e, nm->type, idx, 0};
    /* "Haoyu Tyre" after "Shandong Haoyu Tyre Co., Ltd": a firm of the
    ** gazetteer's none, its legal form and the foreign place opening it
    ** left out, two words or more */
    uint32_t vn_brand = nm->entry < 0 ? past_vn_trade_prefix(t, nm->name_s, e) : 0;
    if (e < nm->name_e && nm->entry < 0) {
      uint32_t sp = nm->name_s;
      while (sp < e && t[sp] != ' ') sp++;
      const char *second = sp + 1 < e ? memchr(t + sp + 1, ' ', e - sp - 1) : NULL;
      if (second && foreign_place(g, t, nm->name_s, sp)) out[n++] = (short_form){sp + 1, e, nm->type, idx, 0};
      else if (vn_brand) out[n++] = (short_form){vn_brand, e, nm->type, idx, 0}; /* (one or the other: 12 at most) */
    }
    uint32_t e2 = strip_tail(t, nm->name_s, e, &local_index);
    if (e2 < e) out[n++] = (short_form){nm->name_s, e2, nm->type, idx, 0};
    uint32_t e3 = strip_tail(t, nm->name_s, e2, &trade_index);
    if (e3 < e2 && nm->entry < 0) out[n++] = (short_form){nm->name_s, e3, nm->type, idx, 0};
    /* two words of trade: "Jinhui" after "Jinhui Solar Technology Co.",
    ** "Lianfa Precision" and "Lianfa" after "Lianfa Precision Industry Co." */
    uint32_t e4 = e3 < e2 && nm->entry < 0 ? strip_tail(t, nm->name_s, e3, &trade_index) : e3;
    if (e4 < e3) out[n++] = (short_form){nm->name_s, e4, nm->type, idx, 0};
    /* "Westbury has worked with ..." after "Westbury University of the
    ** United Kingdom": a school of the gazetteer's none, by its own name */
    uint32_t e5 = nm->entry < 0 ? strip_tail(t, nm->name_s, e4, &school_index) : e4;
    if (e5 < e4 && !(g && ivl_gazetteer_lookup(g, t + nm->name_s, e5 - nm->name_s) >= 0))
      out[n++] = (short_form){nm->name_s, e5, nm->type, idx, 0};
    uint32_t e6 = nm->entry < 0 ? strip_tail(t, nm->name_s, nm->name_e, &carrier_index) : nm->name_e;
    if (e6 < nm->name_e && memchr(t + nm->name_s, ' ', e6 - nm->name_s) &&
        !(g && ivl_gazetteer_lookup(g, t + nm->name_s, e6 - nm->name_s) >= 0))
      out[n++] = (short_form){nm->name_s, e6, nm->type, idx, 0};
    uint32_t e7 = nm->entry < 0 ? strip_tail(t, nm->name_s, e2, &developer_index) : e2;
    if (e7 < e2 && memchr(t + nm->name_s, ' ', e7 - nm->name_s) &&
        !(g && ivl_gazetteer_lookup(g, t + nm->name_s, e7 - nm->name_s) >= 0))
      out[n++] = (short_form){nm->name_s, e7, nm->type, idx, 0};
    else
      e7 = e2; /* a rest of one word ("Perdana" of "Perdana Land Berhad") is left to first_word_form() */
    uint32_t first = nm->entry < 0 ? first_word_form(g, t, nm) : 0;
    if (first && first < e7) out[n++] = (short_form){nm->name_s, first, nm->type, idx, 1};
    uint32_t brand = nm->entry < 0 ? after_chinese_place_form(g, t, nm, e4) : 0;
    if (brand) out[n++] = (short_form){brand, brand_end(t, brand, nm->name_e), nm->type, idx, 2};
    return n;
  }
  if (nm->type == IVL_SYM_LOCATION) { /* one of no entry, or a park: collect_forms() */
    /* "Lào Cai and Honghe have been friendship localities" after "Honghe
    ** prefecture": a place only its generic word showed, written again
    ** without it (set qtwin) */
    if (nm->entry < 0 && unit_word_after(t, a->view.len, nm->name_e))
      out[n++] = (short_form){nm->name_s, nm->name_e, nm->type, idx, 0};
    uint32_t e = strip_tail(t, nm->name_s, nm->name_e, &zone_index);
    if (e < nm->name_e) out[n++] = (short_form){nm->name_s, e, nm->type, idx, 0};
  }
  return n;
}


/* Does view[s, e) overlap a name already found? (names sorted by start) */
static int overlaps(const ivl_names *ns, uint32_t s, uint32_t e) {
  size_t lo = 0, hi = ns->n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (ns->items[mid].vend <= s) lo = mid + 1;
    else hi = mid;
  }
  /* names do not overlap each other, so ends grow with starts */
  return lo < ns->n && ns->items[lo].vstart < e;
}


/* The first name ending after s (names sorted by start, not overlapping):
** a binary search, so that a long article's repeats are not quadratic. */
static size_t first_ending_after(const ivl_names *ns, uint32_t s) {
  size_t lo = 0, hi = ns->n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (ns->items[mid].vend <= s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* The index of a name of the text's shape alone (no gazetteer entry) of
** 'type' written at exactly view[s, e), or -1: a person of no title, or a
** firm that is no repeat of another ("Huafeng plans to ..."). */
static long shaped_name_at(const ivl_names *ns, uint32_t s, uint32_t e, int type) {
  size_t i = first_ending_after(ns, s);
  if (i >= ns->n) return -1;
  const ivl_name *nm = &ns->items[i];
  int own = type == IVL_SYM_PERSON ? !nm->title_e : !nm->full_e;
  return nm->vstart == s && nm->vend == e && nm->type == type && nm->entry < 0 && own ? (long)i : -1;
}

/* Does view[s, e) overlap a name that is not a place of the gazetteer
** inside it? A repeated organisation's name keeps its places: "Daeyang Hà
** Nam" after "Daeyang Hà Nam Co., Ltd" (GUIDELINES rule 8). */
static int overlaps_but_places(const ivl_names *ns, uint32_t s, uint32_t e) {
  for (size_t i = first_ending_after(ns, s); i < ns->n && ns->items[i].vstart < e; i++) {
    const ivl_name *nm = &ns->items[i];
    if (nm->vend <= s) continue;
    if (nm->vstart < s || nm->vend > e || (nm->vstart == s && nm->vend == e) || nm->entry < 0 ||
        (nm->type != IVL_SYM_LOCATION && nm->type != IVL_SYM_COUNTRY))
      return 1;
  }
  return 0;
}

/* Do the words t[s, e) open the name of a firm found before s, a whole
** word of it ("Kansai Systems" of "Kansai Systems Co")? Then they are
** that firm's short form. Its index + 1, or 0. */
static size_t opens_firm_named_before(const ivl_names *ns, const char *t, uint32_t s, uint32_t e) {
  for (size_t i = 0; i < ns->n && ns->items[i].vstart < s; i++) {
    const ivl_name *nm = &ns->items[i];
    uint32_t ns_ = nm->name_e ? nm->name_s : nm->vstart, ne = nm->name_e ? nm->name_e : nm->vend;
    if (nm->type != IVL_SYM_ORGANIZATION || ne - ns_ < e - s || ns_ + (e - s) >= ne + 1) continue;
    if (memcmp(t + ns_, t + s, e - s) == 0 && (ns_ + (e - s) == ne || t[ns_ + (e - s)] == ' ')) return i + 1;
  }
  return 0;
}

/* "Kansai Gas and PetroVietnam Power Corporation" after "Kansai Gas
** Holdings": a firm's short form at view[s, e) opens a name its shape
** alone found, "and" right after it, so the two are a pair of firms. The
** shaped name is cut to what follows "and"; its index, or -1. The firm
** after "and" has three words at least: "Kirin Foods and Beverage
** Corporation" after "Kirin Foods Holdings" is one firm's name; or it
** is the short form of another firm named before: "NovaTech and Kansai
** Systems have worked together" after "NovaTech Solutions JSC" and
** "Kansai Systems Co" (set qweek14). So too a place the shape alone
** found, when what follows "and" opens a firm named before: "Albion and
** Lotus Bridge have run ..." after "Albion Schools Group" and "Lotus
** Bridge International School" (set qweek58: one place, "Bridge"). */
static long pair_after_repeat(ivl_names *ns, const char *t, uint32_t s, uint32_t e) {
  size_t i = first_ending_after(ns, s);
  if (i >= ns->n) return -1;
  ivl_name *nm = &ns->items[i];
  int org = nm->type == IVL_SYM_ORGANIZATION;
  if (nm->vstart != s || (!org && nm->type != IVL_SYM_LOCATION) || nm->entry >= 0 || nm->vend <= e + 6 ||
      memcmp(t + e, " and ", 5) != 0 || !ivl_isupper((unsigned char)t[e + 5]))
    return -1;
  int spaces = 0;
  uint32_t end = nm->name_e ? nm->name_e : nm->vend;
  for (uint32_t p = e + 5; p < end; p++) spaces += t[p] == ' ';
  size_t firm = opens_firm_named_before(ns, t, e + 5, end);
  if ((spaces < 2 || !org) && !firm) return -1;
  nm->vstart = e + 5;
  if (nm->name_e) nm->name_s = nm->vstart;
  if (!org) { /* the place's rest is the firm's short form, whichever form is looked up first */
    const ivl_name *full = &ns->items[firm - 1];
    nm->type = IVL_SYM_ORGANIZATION;
    nm->full_s = full->name_e ? full->name_s : full->vstart;
    nm->full_e = full->name_e ? full->name_e : full->vend;
  }
  return (long)i;
}

/* Does the word at view[p, e) open its sentence as a conjunction or a
** preposition ("When Kitahara Seiko arrived in ...", "After Halvard
** Marine opened ...")? Its capital is the sentence's, not a name's. */
static int sentence_opening_word(const char *t, size_t p, size_t e) {
  static const char *const openers[] = {"when", "after", "before", "since", "while", "as", "if", "once",
                                        "until", "although", "though", "because", "unlike", "like",
                                        /* a preposition opening the sentence before a firm said again
                                        ** ("For Sarvana, the purchase follows ...", "At Kyungdo,
                                        ** sales rose"): no part of its name (not "To", which opens
                                        ** "To Lam", a person's name written without its marks) */
                                        "for", "at", "with",
                                        /* an auxiliary opening an FAQ's question before a firm
                                        ** said again ("Q: Is Sumida new to Viet Nam?", set
                                        ** qweek136), as names_shape.c's stop words have it */
                                        "is", "are", "was", "were", "does", "did", "has", "have", NULL};
  /* (after a sentence's end, a line's or a dateline's dash, or a
  ** question's "Q:") */
  int opens = p == 0 || t[p - 1] == '\n' ||
              (p >= 2 && t[p - 1] == ' ' && (t[p - 2] == '.' || t[p - 2] == '?' || t[p - 2] == '!')) ||
              (p >= 3 && t[p - 1] == ' ' && t[p - 2] == ':' && t[p - 3] == 'Q') ||
              (p >= 4 && t[p - 1] == ' ' && (unsigned char)t[p - 4] == 0xE2 && (unsigned char)t[p - 3] == 0x80 &&
               ((unsigned char)t[p - 2] == 0x93 || (unsigned char)t[p - 2] == 0x94));
  if (!opens || e - p > 9) return 0;
  char w[10];
  for (size_t i = p; i < e; i++) w[i - p] = (char)ivl_tolower((unsigned char)t[i]);
  w[e - p] = 0;
  for (const char *const *o = openers; *o; o++)
    if (strcmp(w, *o) == 0) return 1;
  return 0;
}

/* Does an amount's currency code open at p: two to four capitals ("Đ"
** among them) then a digit, glued or after one space ("VND1.3 trillion",
** "VNĐ 800 billion", "USD50 million")? Such a code is no word of a name. */
static int currency_code_at(const char *t, size_t len, size_t p) {
  size_t q = p, letters = 0;
  while (q < len && letters < 5) {
    if (t[q] >= 'A' && t[q] <= 'Z') q++;
    else if (q + 1 < len && (unsigned char)t[q] == 0xC4 && (unsigned char)t[q + 1] == 0x90) q += 2; /* Đ */
    else break;
    letters++;
  }
  if (letters < 2 || letters > 4) return 0;
  if (q < len && t[q] == ' ') q++;
  return q < len && ivl_isdigit((unsigned char)t[q]);
}

/* Is view[p, e) a month's or a weekday's name ("In April Kingwell bought
** ...", "On Monday Kingwell signed ...")? Its capital is the date's: the
** firm's short form after it is no part of a longer name (set qweek106). */
static int date_word(const char *t, size_t p, size_t e) {
  return ivl_month_from_name(t + p, e - p) || ivl_weekday_from_name(t + p, e - p) >= 0;
}

/* Is the word before s, or the one after e, capitalised? Then view[s, e)
** is part of some longer name (not after a sentence's opening
** conjunction: sentence_opening_word; nor an amount's currency code after
** it, a gapped clause's "and Lac Hong VND1.3 trillion for the rest": set
** qweek68). */
static int next_to_capital(const char *t, size_t len, uint32_t s, uint32_t e) {
  if (s >= 2 && t[s - 1] == ' ' && ivl_utf8_alnum_before(t, s - 1)) {
    size_t p = s - 1;
    while (p > 0 && ivl_utf8_alnum_before(t, p)) p = ivl_utf8_prev(t, p);
    if (capital_at(t, p) && !sentence_opening_word(t, p, s - 1) && !date_word(t, p, s - 1)) return 1;
  }
  return e + 1 < len && t[e] == ' ' && capital_at(t, e + 1) && ivl_utf8_alnum_at(t, len, e + 1) &&
         !currency_code_at(t, len, e + 1);
}

/* Is the first word alone at view[s, e) no firm's name: after "the" ("the
** Mekong"), or part of a longer word or name, joined by a hyphen
** ("Asia-America Gateway" is no "Asia Link Cable") or after a capitalised
** word and "of" ("Minister of Employment and Labor" is no "Employment
** Permit System"; "a unit of Mubadala" is its repeat)? */
static int alone_no_name(const char *t, size_t len, uint32_t s, uint32_t e) {
  if ((e < len && t[e] == '-') || (s > 0 && t[s - 1] == '-')) return 1;
  /* "the Mekong", "the Pacific": a river's or a region's, no firm's */
  if (s >= 4 && (memcmp(t + s - 4, "the ", 4) == 0 || memcmp(t + s - 4, "The ", 4) == 0)) return 1;
  if (s < 5 || memcmp(t + s - 4, " of ", 4) != 0) return 0;
  size_t p = s - 4;
  while (p > 0 && ivl_utf8_alnum_before(t, p)) p = ivl_utf8_prev(t, p);
  return p < s - 4 && capital_at(t, p);
}

/* Is view[s, e) written in capitals only ("HEZA")? */
static int acronym(const char *t, uint32_t s, uint32_t e) {
  int upper = 0;
  for (uint32_t p = s; p < e; p++) {
    if (ivl_isupper((unsigned char)t[p])) upper++;
    else if (!ivl_isdigit((unsigned char)t[p]) && t[p] != '-') return 0;
  }
  return upper >= 2;
}

/* The index of the name found at exactly view[s, e) if it is a place of an
** 'alone' list ("Hamilton", "Takeo"), or -1: a person's repeated name there
** is the person's. */
static long alone_place_at(const ivl_gazetteer *g, const ivl_names *ns, uint32_t s, uint32_t e) {
  for (size_t i = first_ending_after(ns, s); i < ns->n && ns->items[i].vstart <= s; i++) {
    const ivl_name *nm = &ns->items[i];
    if (nm->vstart == s && nm->vend == e && nm->type == IVL_SYM_LOCATION && nm->entry >= 0 &&
        ivl_gazetteer_alone(g, (uint32_t)nm->entry))
      return (long)i;
  }
  return -1;
}

static int word_of(const char *s, size_t n, const char *const *list) {
  for (; *list; list++)
    if (ivl_ascii_ieq(s, n, *list)) return 1;
  return 0;
}

/* Is a stake or shares named within a few words after view offset e ("a
** 30 per cent stake", "shares in")? */
static int stake_after(const char *t, size_t len, size_t e) {
  static const char *const held[] = {"stake", "stakes", "shares", NULL};
  size_t ws, n, lim = e + 40 < len ? e + 40 : len;
  for (; e < lim; e = ws + (n ? n : 1)) {
    n = word_after(t, lim, e, &ws);
    if (n && word_of(t + ws, n, held)) return 1;
  }
  return 0;
}

/* Does a verb of a firm's acting ("will invest", "has poured", "broke")
** follow view offset e, after up to three auxiliaries? Not "signed": a
** province signs as often as a firm. */
static int firm_verb_after(const char *t, size_t len, size_t e) {
  static const char *const aux[] = {"will", "would", "has", "have", "had", "also", "plans", "planned", "is", "was",
                                    "to", "further", "recently",
                                    /* "Binh Minh will now invest" (set qbond) */
                                    "now",
                                    /* "Phước Long has already invested" (set qweek14) */
                                    "already", NULL};
  static const char *const verbs[] = {"invest", "invests", "invested", "pour", "pours", "poured", "spend", "spends",
                                      "spent", "inject", "injects", "injected", "build", "builds", "built", "broke",
                                      "acquire", "acquires", "acquired", "bought", "put", "puts",
                                      /* profits put back in (set qexpand) */
                                      "reinvest", "reinvests", "reinvested",
                                      /* the same told as under way: "Tân Vũ Industrial Zone, a
                                      ** subsidiary of X, is also investing" after "Tân Vũ
                                      ** Industrial Zone JSC" (set qweek10) */
                                      "investing", "pouring", "spending", "injecting", "building", "acquiring",
                                      "putting", "reinvesting", NULL};
  /* a stake kept: "Phước Long also holds a 30 per cent stake" (set
  ** qweek14); a place holds no shares (but "holds talks", "holds a fair") */
  static const char *const holding[] = {"holds", "owns", NULL};
  size_t ws, n;
  for (int k = 0; k < 4 && (n = word_after(t, len, e, &ws)) != 0; k++, e = ws + n) {
    if (word_of(t + ws, n, verbs)) return 1;
    if (word_of(t + ws, n, holding)) return stake_after(t, len, ws + n);
    if (!word_of(t + ws, n, aux)) return 0;
  }
  return 0;
}

/* The view offset past a possessive "'s" (or "’s") right at view offset
** e, or 0. */
static size_t past_possessive(const char *t, size_t len, size_t e) {
  if (e + 3 <= len && memcmp(t + e, "'s", 2) == 0) return e + 2;
  if (e + 5 <= len && memcmp(t + e, "\xE2\x80\x99s", 4) == 0) return e + 4; /* a curly apostrophe */
  return 0;
}

/* Does a firm's own organ follow view offset e as the place's possessive
** ("Phước Long's shareholders approved ...", "Hòa Bình's board")? A
** province has a chairman and a people's council, but no shareholders, no
** board, no subsidiary and no shares (set qweek14). */
static int firm_organ_after(const char *t, size_t len, size_t e) {
  static const char *const organs[] = {"shareholders", "shares", "board", "subsidiary", "subsidiaries", NULL};
  size_t ws, n, p = past_possessive(t, len, e);
  if (!p) return 0;
  n = word_after(t, len, p, &ws);
  return n && ws == p + 1 && word_of(t + ws, n, organs);
}

/* The view offset past an aside set off by commas right after view
** offset e that says the name before it is a firm: ", a Thủ Dầu Một-based
** developer that won the tender earlier this year," (an indefinite
** article, then a firm's noun within the aside); 0 when there is none.
** A place's aside is no firm's ("Phước An, a town in Đắk Lắk,"). */
static size_t past_firm_aside(const char *t, size_t len, size_t e) {
  static const char *const articles[] = {"a", "an", NULL};
  static const char *const firm_nouns[] = {"developer", "company", "firm", "group", "operator", "builder",
                                           "contractor", "investor", "maker", "manufacturer", "producer",
                                           "utility", "conglomerate", "corporation", "subsidiary", "unit", NULL};
  size_t ws, n;
  if (e >= len || t[e] != ',' || !(n = word_after(t, len, e + 1, &ws)) || !word_of(t + ws, n, articles)) return 0;
  int firm = 0;
  for (size_t p = ws + n, lim = e + 200 < len ? e + 200 : len; p < lim; p++) {
    if (t[p] == ';' || t[p] == '\n' || (t[p] == '.' && (p + 1 >= len || t[p + 1] == ' '))) return 0;
    if (t[p] == ',') return firm ? p + 1 : 0;
    if (ivl_isalpha((unsigned char)t[p]) && !ivl_isalpha((unsigned char)t[p - 1]) &&
        (n = word_after(t, len, p, &ws)) != 0) {
      firm |= word_of(t + ws, n, firm_nouns);
      p = ws + n - 1;
    }
  }
  return 0;
}

/* A partner's equity told of a foreign place's name: "Sukhothai will
** contribute 448 million USD" after "Sukhothai Refining Pcl" is the firm (a
** Thai province puts no equity into a venture here); a Vietnamese
** province's "will contribute VNĐ500 billion to the road" stays the place
** (set qweek44). */
static int contributes_after(const char *t, size_t len, size_t e) {
  static const char *const aux[] = {"will", "would", "has", "have", "had", "also", "is", "to", NULL};
  static const char *const contribute[] = {"contribute", "contributes", "contributed", NULL};
  size_t ws, n;
  for (int k = 0; k < 3 && (n = word_after(t, len, e, &ws)) != 0; k++, e = ws + n) {
    if (word_of(t + ws, n, contribute)) return 1;
    if (!word_of(t + ws, n, aux)) return 0;
  }
  return 0;
}

/* Does a firm's verb follow view offset e, at once or past an aside
** saying the name before it is a firm: "Phước An, a Thủ Dầu Một-based
** developer that won the open tender, will invest" after "Phước An
** Infrastructure Investment JSC" (set qweek40)? */
static int firm_verb_past_aside(const char *t, size_t len, size_t e) {
  size_t aside = past_firm_aside(t, len, e);
  return firm_verb_after(t, len, e) || (aside && firm_verb_after(t, len, aside));
}

/* The index of the name found at exactly view[s, e) if it is a place of
** the gazetteer that acts as a firm, or -1: "Hòa Bình will invest" after
** "Hòa Bình Corporation" is the firm's short name, not the province
** (a place invests through a firm; its own public works are "the
** province will invest", rarely named so). */
static long acting_place_at(const ivl_gazetteer *g, const ivl_names *ns, const char *t, size_t len, uint32_t s,
                            uint32_t e) {
  size_t i = first_ending_after(ns, s);
  if (i >= ns->n) return -1;
  const ivl_name *nm = &ns->items[i];
  return nm->vstart == s && nm->vend == e && nm->type == IVL_SYM_LOCATION && nm->entry >= 0 &&
                 (firm_verb_past_aside(t, len, e) || firm_organ_after(t, len, e) ||
                  (contributes_after(t, len, e) && foreign_place(g, t, s, e)))
             ? (long)i
             : -1;
}

/* The index of the name found at exactly view[s, e) if it is a place only
** its shape found (no gazetteer entry, no zone word ending it), or -1:
** "Lion Bay, which manages ..." after "Lion Bay Capital" is the firm's
** short name, not a bay of that name (qvoice); "Phú An Industrial Park"
** after "Phú An Industrial Park JSC" stays the park, unless a firm's verb
** follows it: "Straits Park has put $210 million into the park" after
** "Straits Park Development Pte Ltd" (a park puts no money in), or past
** an aside that says it is a firm: "Tân Vũ Industrial Zone, a subsidiary
** of port operator X, is also investing" after "Tân Vũ Industrial Zone
** JSC" (set qweek10). */
static long shaped_place_at(const ivl_names *ns, const char *t, size_t len, uint32_t s, uint32_t e) {
  size_t i = first_ending_after(ns, s);
  if (i >= ns->n) return -1;
  const ivl_name *nm = &ns->items[i];
  return nm->vstart == s && nm->vend == e && nm->type == IVL_SYM_LOCATION && nm->entry < 0 &&
                 (strip_tail(t, s, e, &zone_index) == e || firm_verb_past_aside(t, len, e))
             ? (long)i
             : -1;
}

/* {======== where each folded word starts ========
** Repeats of every short form are looked up here instead of by a scan of
** the whole text per form, which made a long article cost the square of
** its length (one scan per distinct name). */

/* The bits of a word's hash that index_words() and the forms' first words
** are filed by (opening_bit(), below). */
#define OPENING_BITS 4096
/* 16,384 bits and two a word: the few hundred words in lower case of an
** article leave a name's word in the filter by chance about once in 1,000
** (one bit of the hash, 4,096 of them, had left out one name in 14) */
#define LOWER_BITS 16384

/* The filter of words in lower case: a word's hash sets two bits of it,
** and a word is (likely) in it when both are set. */
static void lower_add(uint8_t *filter, uint64_t hash) {
  size_t b0 = (size_t)(hash >> 16) & (LOWER_BITS - 1), b1 = (size_t)(hash >> 32) & (LOWER_BITS - 1);
  filter[b0 / 8] |= (uint8_t)(1u << (b0 % 8));
  filter[b1 / 8] |= (uint8_t)(1u << (b1 % 8));
}

static int lower_has(const uint8_t *filter, uint64_t hash) {
  size_t b0 = (size_t)(hash >> 16) & (LOWER_BITS - 1), b1 = (size_t)(hash >> 32) & (LOWER_BITS - 1);
  return (filter[b0 / 8] >> (b0 % 8) & 1) && (filter[b1 / 8] >> (b1 % 8) & 1);
}

typedef struct word_index {
  uint32_t *pos;   /* the capitalised words' folded offsets, in order */
  uint64_t *whash; /* and their hashes (the word table's) */
  uint32_t *next;  /* per word: the next word of its hash, index + 1 */
  uint64_t *hash;  /* per slot (open addressing, a power of two) */
  uint32_t *head;  /* per slot: its first word, index + 1; 0: empty */
  size_t n, mask;
  void *chains;    /* hash, head and next in one piece: 'local' or allocated */
  void *local;     /* the caller's WI_LOCAL bytes (8-byte aligned) */
  /* a Bloom filter of the words written in lower case (lower_add()), the
  ** caller's LOWER_BITS / 8 bytes; NULL when no form is a first word
  ** alone, the one kind that asks it ("Green" of "green" is no name) */
  uint8_t *lower;
} word_index;

/* The bytes of chains kept on the caller's stack: an article's few
** capitalised words take some hundreds. Four callocs an article (and
** their frees) were 0.6M Ir of extraction's 330M on /tmp/b1. */
#define WI_LOCAL 4096

static void word_index_free(word_index *wi) {
  free(wi->pos);
  free(wi->whash);
  if (wi->chains != wi->local) free(wi->chains);
}

/* The slot of hash h: its own, or the empty one where it would go. */
static size_t slot_of(const word_index *wi, uint64_t h) {
  size_t i = h & wi->mask;
  while (wi->head[i] && wi->hash[i] != h) i = (i + 1) & wi->mask;
  return i;
}

/* Chain the words by their hash, each chain in text order. */
static int chain_words(word_index *wi) {
  size_t slots = 16;
  while (slots < 2 * wi->n) slots *= 2;
  wi->mask = slots - 1;
  /* laid out hash, tail, head, next: a hash or tail is read only where
  ** head is set, so only head and next need zeroing */
  size_t zeroed = (slots + wi->n + 1) * sizeof(uint32_t);
  size_t bytes = slots * (sizeof(uint64_t) + sizeof(uint32_t)) + zeroed;
  wi->chains = bytes <= WI_LOCAL ? wi->local : malloc(bytes);
  if (!wi->chains) return -1;
  wi->hash = wi->chains;
  uint32_t *tail = (uint32_t *)(wi->hash + slots);
  wi->head = tail + slots;
  wi->next = wi->head + slots;
  memset(wi->head, 0, zeroed);
  for (size_t k = 0; k < wi->n; k++) {
    uint64_t h = wi->whash[k];
    size_t i = slot_of(wi, h);
    if (!wi->head[i]) wi->hash[i] = h, wi->head[i] = (uint32_t)k + 1;
    else wi->next[tail[i] - 1] = (uint32_t)k + 1;
    tail[i] = (uint32_t)k + 1;
  }
  return 0;
}

/* The hashes of the keys' first words (find_repeats() looks up no other
** word), by their top bits, in a bit set: the words of a text that hash
** otherwise are no repeat, and are not indexed. Taken from the word
** table's hash, it reads no text (the first two bytes of the keys, read
** from the text at each capitalised word, were 0.7M Ir on /tmp/b1). */
static size_t opening_bit(uint64_t first_word_hash) { return (size_t)(first_word_hash >> 52); }

/* Only the words written with a capital that open like some key: a
** repeat of a name is one. A hash table rather than a sorted array:
** sorting every capitalised word of every article was 5 per cent of an
** extraction. The words, their hashes and capitals are the word table's. */
static int index_words(const ivl_words *ws, const uint8_t *openings /* NULL: every word */,
                       word_index *wi) {
  void *local = wi->local;
  uint8_t *lower = wi->lower;
  memset(wi, 0, sizeof *wi);
  wi->local = local, wi->lower = lower;
  if (lower) memset(lower, 0, LOWER_BITS / 8);
  /* room for every word, reserved at once, so that the scan grows nothing:
  ** a call that might (a growth) made it reload the table at every word */
  size_t cap = 0, hcap = 0;
  if (IVL_GROW(wi->pos, cap, ws->n + 1) || IVL_GROW(wi->whash, hcap, ws->n + 1)) return -1;
  const ivl_word *w = ws->w, *end = w + ws->n;
  uint32_t *pos = wi->pos;
  uint64_t *whash = wi->whash;
  size_t n = 0;
  for (; w < end; w++) {
    if (!(w->flags & IVL_WORD_CAPITAL)) {
      if (lower) lower_add(lower, w->hash);
      continue;
    }
    size_t b = opening_bit(w->hash);
    if (openings && !(openings[b / 8] >> (b % 8) & 1)) continue;
    pos[n] = w->fs;
    whash[n++] = w->hash;
  }
  wi->n = n;
  return chain_words(wi);
}

/* The first word hashing to 'h', index + 1 (0: none); wi->next[k] the next. */
static uint32_t first_with_hash(const word_index *wi, uint64_t h) {
  size_t i = slot_of(wi, h);
  return wi->head[i];
}

/* }======== */

/* The hash of the first word of the folded key[0, klen) into *h, as the
** word table hashes words; 0 when the key is not looked for (shorter than
** two bytes, or not starting with a word: names are folded so). */
static int first_word_hash(const char *key, size_t klen, uint64_t *h) {
  size_t first = ivl_fold_word_len(key, klen);
  if (klen < 2 || first == 0) return 0;
  *h = ivl_hash(IVL_HASH_START, key, first);
  return 1;
}

/* "Department of Agriculture and Environment" before "Department of
** Finance": the full name goes on with " of " where its form was cut, and
** the text at view[vs, ve) goes on with " of " and another capitalised
** word; a name of its own, no repeat of the full one (set qweek17). */
static int other_of_tail(const char *t, size_t len, const ivl_name *full, uint32_t vs, uint32_t ve) {
  uint32_t cut = full->name_s + (ve - vs);
  if (cut + 5 >= full->name_e || memcmp(t + cut, " of ", 4) != 0) return 0;
  if (ve + 5 >= len || memcmp(t + ve, " of ", 4) != 0 || !capital_at(t, ve + 4)) return 0;
  size_t n = full->name_e - cut;
  return ve + n > len || memcmp(t + ve, t + cut, n) != 0;
}

/* Is the bare place name at view[vs, ve) written as a place there: a
** place's word after it ("Hòa Bình province"), a preposition of place
** before it ("in Hòa Bình", "to Hòa Bình"), a place's verb of drawing
** money after it, past an auxiliary ("Đồng Nai has drawn"), or "holds"
** with no stake ("Hòa Bình also holds talks": a province holds talks and
** fairs)? */
static int written_as_place(const char *t, size_t len, uint32_t vs, uint32_t ve) {
  static const char *const place_words[] = {"province", "city", "district", "town", "commune", "area",
                                            "region", "attracted", "attracts", "drew", "draws", "drawn",
                                            "licensed", "granted", "lured", "approved", "approves", NULL};
  static const char *const aux[] = {"has", "had", "have", "also", "now", "so", "far", NULL};
  static const char *const holding[] = {"holds", "held", "hold", NULL};
  static const char *const preps[] = {"in", "of", "into", "to", "from", "at", "across", "near", "around", NULL};
  size_t ws, n, e = ve;
  for (int k = 0; k < 3 && (n = word_after(t, len, e, &ws)) != 0; k++, e = ws + n) {
    if (k == 0 && ws != ve + 1) break;
    if (word_of(t + ws, n, place_words)) return 1;
    if (word_of(t + ws, n, holding)) return !stake_after(t, len, ws + n);
    if (!word_of(t + ws, n, aux)) break;
  }
  size_t wb = word_before(t, vs);
  return wb < vs && vs - wb <= 7 && word_of(t + wb, vs - 1 - wb, preps);
}

/* Does the article speak of a place as "the province" or "the city"? Then
** a bare place name may be that place, and is left as it was found. */
static int speaks_of_a_place(const char *t, size_t len) {
  static const char *const spoken[] = {"the province", "the city", "The province", "The city", NULL};
  for (const char *const *w = spoken; *w; w++) {
    size_t n = strlen(*w);
    for (const char *p = t; p && (size_t)(p - t) + n <= len; p++) {
      p = memchr(p, (*w)[0], len - (size_t)(p - t));
      if (!p || (size_t)(p - t) + n > len) break;
      if (memcmp(p, *w, n) == 0 && ((size_t)(p - t) + n == len || !ivl_isalpha((unsigned char)p[n]))) return 1;
    }
  }
  return 0;
}

/* Is the folded 'key' (klen bytes) written whole at fold offset fs, a
** hit of the word index on its first word (not the start of a longer
** word)? */
static int key_written_at(const ivl_fold *f, size_t fs, const char *key, size_t klen) {
  size_t fe = fs + klen;
  return fe <= f->len && memcmp(f->text + fs, key, klen) == 0 &&
         (fe == f->len || !ivl_fold_is_word((unsigned char)f->text[fe]));
}

/* Does the article write the firm's short form, a place of the gazetteer
** ("Hòa Bình" after "Hòa Bình Construction Group"), as a place anywhere?
** When it never does, every bare repeat is the firm's: "Under the deal,
** Hòa Bình will take a stake", "the largest Hòa Bình has signed", "Hòa
** Bình's second-largest shareholder" (set qweek49; the province merged
** into Phú Thọ in 2025 is no party to a builder's contracts). */
static int short_form_placed(const ivl_names *ns, const ivl_article *a, const ivl_fold *f,
                             const word_index *wi, const char *key, size_t klen, uint64_t h,
                             const ivl_name *full) {
  const char *t = a->view.text;
  if (speaks_of_a_place(t, a->view.len)) return 1;
  for (uint32_t k = first_with_hash(wi, h); k; k = wi->next[k - 1]) {
    size_t fs = wi->pos[k - 1];
    if (!key_written_at(f, fs, key, klen)) continue;
    uint32_t vs = f->pos[fs], ve = f->pos[fs + klen];
    if (vs == full->name_s || next_to_capital(t, a->view.len, vs, ve)) continue;
    /* a possessive after a preposition tells no place: "importing shrimp
    ** from Phu Quy's hatcheries" after "Phu Quy Aquaculture JSC" is the
    ** firm's (set qweek141) */
    if (past_possessive(t, a->view.len, ve)) continue;
    if (written_as_place(t, a->view.len, vs, ve)) return 1;
    /* a place of another name's ("Hòa Bình Industrial Park" stays a park) */
    size_t i = first_ending_after(ns, vs);
    if (i < ns->n && ns->items[i].vstart < vs && ns->items[i].vend >= ve &&
        ns->items[i].type == IVL_SYM_LOCATION)
      return 1;
  }
  return 0;
}

/* The index of the gazetteer's place found at exactly view[s, e), or -1. */
static long gazetteer_place_at(const ivl_names *ns, uint32_t s, uint32_t e) {
  size_t i = first_ending_after(ns, s);
  if (i >= ns->n) return -1;
  const ivl_name *nm = &ns->items[i];
  return nm->vstart == s && nm->vend == e && nm->type == IVL_SYM_LOCATION && nm->entry >= 0 ? (long)i : -1;
}

/* The start of the word after the one at p in t[p, e), or e. */
static size_t next_word_start(const char *t, size_t p, size_t e) {
  while (p < e && t[p] != ' ') p++;
  while (p < e && t[p] == ' ') p++;
  return p;
}

/* The length of the word at t[p, e). */
static size_t word_len_at(const char *t, size_t p, size_t e) {
  size_t q = p;
  while (q < e && t[q] != ' ') q++;
  return q - p;
}

/* Does the text at t[vs, ve) write in lower case a word that the form
** t[fs, fe) writes the same but for its capital ("Hungarian water
** technology company" after a title-case headline's "Hungarian Water
** Technology", set qweek74)? Such words are a description's, no repeat
** of the name; a name's own small words ("of", "and") stay small in both,
** and a word spelt otherwise ("Bao bì" for "Bao Bi") is the name's. */
static int lowers_named_word(const char *t, size_t vs, size_t ve, size_t fs, size_t fe) {
  for (size_t r = next_word_start(t, vs, ve), f = next_word_start(t, fs, fe); r < ve && f < fe;
       r = next_word_start(t, r, ve), f = next_word_start(t, f, fe)) {
    size_t n = word_len_at(t, r, ve);
    if (ivl_islower((unsigned char)t[r]) && ivl_isupper((unsigned char)t[f]) && n == word_len_at(t, f, fe) &&
        strncasecmp(t + r, t + f, n) == 0)
      return 1;
  }
  return 0;
}

/* Every place the folded 'key' (klen bytes, its first word hashing to h)
** of form 'sf' is written again, in order:
** where a word starts that is the key's first word. */
static int find_repeats(const ivl_gazetteer *g, const ivl_article *a, const ivl_fold *f,
                        const word_index *wi, const short_form *sf, const char *key, size_t klen,
                        uint64_t h, ivl_names *ns, ivl_names *found) {
  const char *t = a->view.text;
  int rc = 0;
  const ivl_name *full = &ns->items[sf->full];
  if (sf->alone && lower_has(wi->lower, h)) return 0;
  /* -1 until asked: is the firm's short form written as a place anywhere? */
  int placed = -1;
  for (uint32_t k = first_with_hash(wi, h); k; k = wi->next[k - 1]) {
    size_t fs = wi->pos[k - 1];
    if (!key_written_at(f, fs, key, klen)) continue;
    uint32_t vs = f->pos[fs], ve = f->pos[fs + klen];
    if (!capital_at(t, vs) || (next_to_capital(t, a->view.len, vs, ve) && !acronym(t, vs, ve)))
      continue; /* "Head of HEZA Lê Trung Kiên": an acronym stands alone */
    if (lowers_named_word(t, vs, ve, sf->s, sf->e)) continue;
    if (sf->type == IVL_SYM_ORGANIZATION && other_of_tail(t, a->view.len, full, vs, ve)) continue;
    /* (not at the full name itself: "Bergmann and Sons Ltd" is no pair) */
    if (sf->alone && (vs == full->name_s || alone_no_name(t, a->view.len, vs, ve))) continue;
    /* "Siam Packwell said ..." after "Siam Packwell Public Company Limited":
    ** the firm's short form, though its shape and the verb after it made
    ** it a person */
    long place = sf->type == IVL_SYM_ORGANIZATION ? shaped_name_at(ns, vs, ve, IVL_SYM_PERSON) : -1;
    if (place < 0 && sf->type == IVL_SYM_ORGANIZATION) place = acting_place_at(g, ns, t, a->view.len, vs, ve);
    if (place < 0 && sf->type == IVL_SYM_ORGANIZATION) place = shaped_place_at(ns, t, a->view.len, vs, ve);
    if (place < 0 && sf->type == IVL_SYM_ORGANIZATION && vs > full->name_s &&
        gazetteer_place_at(ns, vs, ve) >= 0 && !written_as_place(t, a->view.len, vs, ve)) {
      if (placed < 0) placed = short_form_placed(ns, a, f, wi, key, klen, h, full);
      if (!placed) place = gazetteer_place_at(ns, vs, ve);
    }
    /* "Huafeng plans to ..." after "Jiangsu Huafeng": the shape found the
    ** brand as a firm of its own; it is the full name's repeat */
    if (place < 0 && sf->alone == 2) place = shaped_name_at(ns, vs, ve, IVL_SYM_ORGANIZATION);
    /* "As the company's chairman from 2010 to 2022, Kim expanded it" after
    ** "Kim Sung-ho": the shape and the verb after it made the surname a
    ** firm; it is the person named in full before (set qweek105). Only a
    ** short form of one word: a "person" of the whole name, the shape's
    ** misreading of a firm, takes no firm's place */
    if (place < 0 && sf->type == IVL_SYM_PERSON && ve - vs < full->name_e - full->name_s &&
        !memchr(t + vs, ' ', ve - vs))
      place = shaped_name_at(ns, vs, ve, IVL_SYM_ORGANIZATION);
    int paired = place < 0 && sf->type == IVL_SYM_ORGANIZATION && pair_after_repeat(ns, t, vs, ve) >= 0;
    /* a person's name, or a park's short one ("Yen Binh" after "Yen Binh
    ** Industrial Park"), over a town the gazetteer holds only alone */
    int over_town = sf->type == IVL_SYM_PERSON || (sf->type == IVL_SYM_LOCATION && full->entry >= 0);
    if (place < 0 && !paired && (sf->type == IVL_SYM_ORGANIZATION ? overlaps_but_places(ns, vs, ve)
                                                       : overlaps(ns, vs, ve) &&
                                                             (!over_town || (place = alone_place_at(g, ns, vs, ve)) < 0)))
      continue;
    ivl_name nm = name_at(vs, ve, sf->type, full->entry);
    nm.full_s = full->name_s;
    nm.full_e = full->name_e;
    /* "Meranti" after 'Meranti Land Holdings Pte. Ltd. ("Meranti")': the
    ** short name of words a text defines for a firm stays as written
    ** (names_shape.c defined_short_name); its acronym is the full name's */
    if (full->alias_as_written && sf->s == full->alias_s && sf->e == full->alias_e) nm.full_s = sf->s, nm.full_e = sf->e;
    if (sf->type == IVL_SYM_LOCATION) nm.name_s = full->name_s, nm.name_e = full->name_e;
    if (place >= 0) ns->items[place] = nm;
    else if ((rc = push(found, nm)) != 0) break;
  }
  return rc;
}

/* A short form with its folded text: the forms are sorted by it, so that a
** name written a thousand times is looked for once, not a thousand times
** over the whole article. */
typedef struct keyed_form {
  short_form form;
  union {
    size_t off;      /* while the keys are written: in the pool */
    const char *key; /* then */
  } k;
  uint64_t head; /* the key's first eight bytes (zeros past its end), the
                    first in the highest: ordered as strcmp() orders keys */
  /* set for the first form of each key, once they are sorted (repeats()): */
  uint64_t first_hash; /* first_word_hash() of the key */
  size_t klen;         /* the key's length; 0 when it is not looked for */
} keyed_form;

/* The head of the NUL-ended key: sorting the forms compared their keys
** with strcmp() some ten times a form, and most differ in their heads. */
static uint64_t key_head(const char *key) {
  uint64_t h = 0;
  for (int i = 0; i < 8; i++) {
    h = h << 8 | (unsigned char)*key;
    if (*key) key++;
  }
  return h;
}

/* Do two keys differ? Their heads first. */
static int keys_differ(const keyed_form *a, const keyed_form *b) {
  return a->head != b->head || strcmp(a->k.key, b->k.key) != 0;
}

static int by_key_then_full(const void *pa, const void *pb) {
  const keyed_form *a = pa, *b = pb;
  if (a->head != b->head) return a->head < b->head ? -1 : 1;
  int c = strcmp(a->k.key, b->k.key);
  if (c) return c;
  return a->form.full < b->form.full ? -1 : a->form.full > b->form.full;
}

/* Sorted by key: an insertion sort, the forms of an article being a few
** dozen (qsort's calls of the comparison cost more); stable as qsort (a
** merge sort) was. Should it move forms too often, qsort sorts the rest. */
_Static_assert(sizeof(keyed_form) <= IVL_SORT_TMP, "sorted stably by ivl_sort_nearly, not handed to qsort");
static void sort_forms(keyed_form *forms, size_t n) {
  ivl_sort_nearly(forms, n, sizeof *forms, by_key_then_full, 16);
}

/* The forms already folded, by their bytes as written: a name written
** again and again ("Samsung", "Nguyễn Văn Tùng") has the same forms, six
** in ten, which were folded again. The same bytes fold the same, so such
** a form's key is an earlier form's, whose full name comes first and
** stands for it (repeats()): it is left out. Open addressing over
** MEMO_SLOTS, half of them filled at the most (the forms past that are
** folded and sorted each, as before). */
#define MEMO_SLOTS 256
typedef struct form_memo {
  uint32_t form[MEMO_SLOTS]; /* an earlier form, index + 1; 0: empty */
  size_t used;
} form_memo;

static size_t memo_slot(const char *p, size_t len) {
  size_t h = len * 0x9E37u + (unsigned char)p[0] * 31u + (unsigned char)p[len - 1] * 7u +
             (unsigned char)p[len / 2];
  return h & (MEMO_SLOTS - 1);
}

/* The index of an earlier form written as view[s, e), or -1; when there
** is none, *slot is where it goes. */
static long memo_find(const form_memo *m, const char *t, const keyed_form *forms, uint32_t s,
                      uint32_t e, size_t *slot) {
  size_t len = e - s, i = memo_slot(t + s, len);
  for (; m->form[i]; i = (i + 1) & (MEMO_SLOTS - 1)) {
    const short_form *o = &forms[m->form[i] - 1].form;
    if (o->e - o->s == len && memcmp(t + o->s, t + s, len) == 0) return m->form[i] - 1;
  }
  *slot = i;
  return -1;
}

/* The names whose forms were taken, by their bytes as written: a name
** written again ("Samsung" a dozen times an article) with its type, its
** bracket and whether the gazetteer knows it alike has the earlier's
** forms, byte for byte (forms_of() reads nothing else), each left out
** by form_memo or standing after the earlier's (by_key_then_full): it is
** not asked for them again (half the names asked on /tmp/b1, whole
** 0.32M Ir less). Open addressing over MEMO_SLOTS, half of them
** filled at the most (the names past that are asked, as before). */
typedef struct name_memo {
  uint32_t name[MEMO_SLOTS]; /* an earlier name, index + 1; 0: empty */
  size_t used;
} name_memo;

/* Do x and y give the same forms? */
static int forms_alike(const char *t, const ivl_name *x, const ivl_name *y) {
  uint32_t n = x->name_e - x->name_s, an = x->alias_e - x->alias_s;
  return x->type == y->type && (x->entry < 0) == (y->entry < 0) && n == y->name_e - y->name_s &&
         (x->alias_e != 0) == (y->alias_e != 0) && an == y->alias_e - y->alias_s &&
         memcmp(t + x->name_s, t + y->name_s, n) == 0 &&
         (!x->alias_e || memcmp(t + x->alias_s, t + y->alias_s, an) == 0);
}

/* Has a name before ns->items[i] the same forms? When there is none, it
** is remembered. */
static int forms_taken(name_memo *m, const char *t, const ivl_names *ns, size_t i) {
  const ivl_name *nm = &ns->items[i];
  size_t len = nm->name_e - nm->name_s;
  if (len == 0) return 0;
  size_t k = (memo_slot(t + nm->name_s, len) + (size_t)nm->type) & (MEMO_SLOTS - 1);
  for (; m->name[k]; k = (k + 1) & (MEMO_SLOTS - 1))
    if (forms_alike(t, &ns->items[m->name[k] - 1], nm)) return 1;
  if (m->used < MEMO_SLOTS / 2) m->name[k] = (uint32_t)(i + 1), m->used++;
  return 0;
}

/* ivl_fold_name(s, len, out), a name of printable ASCII (most forms:
** "Samsung", "KOSME", "Hana Micron Vina") lowered byte by byte, as
** ivl_fold_keeps() says folding writes each of its bytes: folding them
** was 340 Ir a form on /tmp/b1. */
static size_t fold_key(const char *s, size_t len, char *out) {
  for (size_t i = 0; i < len; i++) {
    if (!ivl_fold_keeps(s, len, i)) return ivl_fold_name(s, len, out);
    out[i] = (char)ivl_tolower((unsigned char)s[i]);
  }
  out[len] = '\0';
  return len;
}

/* Form sf added to the forms, its key folded into the pool, unless an
** earlier form has its key (form_memo). 0, or -1 when out of memory. */
static int add_form(const ivl_article *a, const short_form *sf, form_memo *memo, keyed_form **forms,
                    size_t *cap, size_t *n, ivl_buf *pool) {
  size_t len = sf->e - sf->s, room = IVL_FOLD_ROOM(len), slot = 0;
  if (IVL_GROW(*forms, *cap, *n + 1)) return -1;
  long same = len ? memo_find(memo, a->view.text, *forms, sf->s, sf->e, &slot) : -1;
  if (same >= 0) return 0; /* its key is the earlier's, whose full name stands for it */
  if (IVL_GROW(pool->data, pool->cap, pool->len + room)) return -1;
  if (len && memo->used < MEMO_SLOTS / 2) memo->form[slot] = (uint32_t)(*n + 1), memo->used++;
  (*forms)[(*n)++] = (keyed_form){*sf, {.off = pool->len}, 0, 0, 0};
  pool->len += fold_key(a->view.text + sf->s, len, pool->data + pool->len) + 1;
  return 0;
}

/* Every short form of the names, its folded key written into one pool
** (a buffer of its own for each was some 30 mallocs an article); of forms
** written alike the first (form_memo). A first word alone comes after
** every other form, so that it takes no key another name has ("Circulo"
** of "Circulo and Saigon Industrial Parks Corporation" is the firm
** "Circulo" found alone before, and the pair is split). 0, or -1 when
** out of memory. */
static int collect_forms(const ivl_gazetteer *g, const ivl_article *a, const ivl_names *ns,
                         keyed_form **forms, size_t *n, ivl_buf *pool, int every_name) {
  size_t cap = 0, nalone = 0, alone_cap = 0;
  short_form *alone = NULL;
  pthread_once(&tail_once, index_tails); /* once here, not by each name's forms_of() */
  form_memo memo;
  memset(memo.form, 0, sizeof memo.form);
  memo.used = 0;
  name_memo names;
  memset(names.name, 0, sizeof names.name);
  names.used = 0;
  /* reserved at once, about: names have a form or two, of a few dozen bytes folded */
  if (IVL_GROW(*forms, cap, 2 * ns->n + 8) || IVL_GROW(pool->data, pool->cap, 4096)) return -1;
  int rc = 0;
  for (size_t i = 0; i < ns->n && rc == 0; i++) {
    const ivl_name *nm = &ns->items[i];
    if (nm->full_e || (nm->type != IVL_SYM_PERSON && nm->type != IVL_SYM_ORGANIZATION &&
                       (nm->type != IVL_SYM_LOCATION || (nm->entry >= 0 && !known_park(g, nm->entry)))))
      continue; /* a repeat, or a name of no forms */
    if (!every_name && forms_taken(&names, a->view.text, ns, i)) continue;
    short_form sf[12]; /* forms_of() gives twelve at most */
    int k = forms_of(g, a, nm, i, sf);
    for (int j = 0; j < k && rc == 0; j++) {
      /* (a brand after a Chinese place before the names written again,
      ** so that its key is the full name's, not a shaped name's alike) */
      if (sf[j].alone != 1) rc = add_form(a, &sf[j], &memo, forms, &cap, n, pool);
      else if (IVL_GROW(alone, alone_cap, nalone + 1)) rc = -1;
      else alone[nalone++] = sf[j];
    }
  }
  for (size_t i = 0; i < nalone && rc == 0; i++) rc = add_form(a, &alone[i], &memo, forms, &cap, n, pool);
  free(alone);
  if (rc) return rc;
  for (size_t i = 0; i < *n; i++) {
    (*forms)[i].k.key = pool->data + (*forms)[i].k.off;
    (*forms)[i].head = key_head((*forms)[i].k.key);
  }
  return 0;
}

/* The repeats of the names 'ns' found so far, added to them; with
** 'reference', every name asked for its forms (none left out as a name
** written alike before) and every capitalised word indexed (none left
** out by the hashes of the keys' first words), for the tests. */
static int repeats(const ivl_gazetteer *g, const ivl_article *a, const ivl_fold *f,
                   const ivl_words *ws, ivl_names *ns, int reference) {
  ivl_names found = {0};
  keyed_form *forms = NULL;
  ivl_buf pool = {0};
  size_t n = 0;
  int rc = collect_forms(g, a, ns, &forms, &n, &pool, reference);
  if (rc == 0 && n > 1) sort_forms(forms, n);
  uint64_t wi_local[WI_LOCAL / sizeof(uint64_t)]; /* not zeroed: chain_words zeroes what it reads */
  word_index wi = {0};
  wi.local = wi_local;
  uint8_t openings[OPENING_BITS / 8] = {0}, lower[LOWER_BITS / 8]; /* (lower: zeroed when used) */
  /* the first full name of each key stands for the others */
  for (size_t i = 0; i < n && rc == 0; i++) {
    keyed_form *kf = &forms[i];
    kf->klen = 0;
    if (i > 0 && !keys_differ(kf, kf - 1)) continue;
    if (kf->form.alone) wi.lower = lower;
    size_t klen = strlen(kf->k.key);
    if (first_word_hash(kf->k.key, klen, &kf->first_hash)) {
      kf->klen = klen;
      size_t b = opening_bit(kf->first_hash);
      openings[b / 8] |= (uint8_t)(1u << (b % 8));
    }
  }
  if (rc == 0 && n && index_words(ws, reference ? NULL : openings, &wi)) rc = -1;
  for (size_t i = 0; i < n && rc == 0; i++)
    if (forms[i].klen)
      rc = find_repeats(g, a, f, &wi, &forms[i].form, forms[i].k.key, forms[i].klen,
                        forms[i].first_hash, ns, &found);
  word_index_free(&wi);
  ivl_buf_free(&pool);
  free(forms);
  for (size_t i = 0; i < found.n && rc == 0; i++) rc = push(ns, found.items[i]);
  free(found.items);
  return rc;
}

/* {======== storing ======== */

/* The fields the gazetteer gave an entry's names already stored in this
** article, by entry and whether its name was among them: a place or a
** firm named again ("Việt Nam", "Samsung" a dozen times an article) gets
** copies of those fields, its strings shared, instead of the entry's
** strings copied into the pool again and each field stored anew. Open
** addressing over FIELDS_MEMO_SLOTS, half of them filled at the most
** (the entries past that are stored from the gazetteer, as before). */
#define FIELDS_MEMO_SLOTS 256
typedef struct fields_memo {
  uint64_t key[FIELDS_MEMO_SLOTS]; /* fields_key(); 0: empty */
  uint32_t field0[FIELDS_MEMO_SLOTS], n[FIELDS_MEMO_SLOTS];
  size_t used;
} fields_memo;

static uint64_t fields_key(uint32_t entry, int with_name) {
  return ((uint64_t)entry << 1 | (with_name != 0)) + 1;
}

/* The slot of 'key': its own, or the empty one where it would go. */
static size_t fields_slot(const fields_memo *m, uint64_t key) {
  size_t i = (size_t)(key * 0x9E3779B97F4A7C15u >> 56) & (FIELDS_MEMO_SLOTS - 1);
  while (m->key[i] && m->key[i] != key) i = (i + 1) & (FIELDS_MEMO_SLOTS - 1);
  return i;
}

/* ivl_gazetteer_store_fields(), or a copy of the fields it stored for
** the same entry and 'with_name' earlier in this store. */
static int store_entry_fields(const ivl_gazetteer *g, uint32_t entry, int with_name, ivl_store *s,
                              fields_memo *m) {
  uint64_t key = fields_key(entry, with_name);
  size_t slot = fields_slot(m, key);
  if (m->key[slot]) return ivl_store_copy_fields(s, m->field0[slot], m->n[slot]);
  size_t from = s->nfields;
  if (ivl_gazetteer_store_fields(g, entry, s, with_name)) return -1;
  if (m->used < FIELDS_MEMO_SLOTS / 2 && s->nfields <= UINT32_MAX) {
    m->key[slot] = key;
    m->field0[slot] = (uint32_t)from;
    m->n[slot] = (uint32_t)(s->nfields - from);
    m->used++;
  }
  return 0;
}

/* {======== the origin a firm's description gives ======== */

static inline int text_is(const char *t, size_t s, size_t e, const char *lit) {
  size_t n = strlen(lit);
  return e - s == n && memcmp(t + s, lit, n) == 0;
}

static inline int text_starts(const char *t, size_t s, size_t e, const char *lit) {
  size_t n = strlen(lit);
  return e - s >= n && memcmp(t + s, lit, n) == 0;
}

/* Is t[s, e) one of 'list' (NULL-ended)? */
static int text_in(const char *t, size_t s, size_t e, const char *const *list) {
  for (size_t i = 0; list[i]; i++)
    if (text_is(t, s, e, list[i])) return 1;
  return 0;
}

/* A one-word compound of goods and "maker" or "builder" ("toymaker",
** "homebuilder"), as the list's "chipmaker" and "carmaker" are. */
static int maker_compound(const char *t, size_t s, size_t e) {
  static const char *const heads[] = {"maker", "builder", NULL};
  for (size_t i = 0; heads[i]; i++) {
    size_t n = strlen(heads[i]);
    if (e - s > n && memcmp(t + e - n, heads[i], n) == 0) return 1;
  }
  return 0;
}

/* Does the word at t[w] follow one of 'trades' (each a word and its
** space)? The trade's word may be a sector's the caller's words open
** after ("shipping" in "Korean shipping line X"), so it is read in the
** text before them. */
static int after_trade(const char *t, size_t w, const char *const *trades) {
  for (size_t i = 0; trades[i]; i++) {
    size_t n = strlen(trades[i]);
    if (w >= n && memcmp(t + w - n, trades[i], n) == 0) return 1;
  }
  return 0;
}

/* Is the word t[w, e) a firm's seat only of its trade: "house" after a
** word in "-ing" ("Japanese trading house X", "publishing house"; set
** qagri) or of a trade whose firms are houses ("the Lyon fashion house X";
** set qperson; "Vietnamese production house X", "Polish software house
** X"; set qweek68), not a house alone or a guest house; "office" of a
** family ("Singapore-based family office X"; set qperson), not a
** statistics office; a "line" of ships ("Korean shipping line X"; set
** qweek57), not a product line; a "service" that streams ("US streaming
** service X"; set qweek68), not a public service? s opens the words. */
static int trade_seat(const char *t, size_t s, size_t w, size_t e) {
  static const char *const houses[] = {"fashion ", "design ", "auction ", "brokerage ", "production ", "software ",
                                       NULL};
  static const char *const lines[] = {"shipping ", "container ", "cruise ", NULL};
  static const char *const services[] = {"streaming ", NULL};
  if (text_is(t, w, e, "office")) return w >= s + 7 && memcmp(t + w - 7, "family ", 7) == 0;
  if (text_is(t, w, e, "line")) return after_trade(t, w, lines);
  if (text_is(t, w, e, "service")) return after_trade(t, w, services);
  if (!text_is(t, w, e, "house")) return 0;
  if (w >= s + 5 && memcmp(t + w - 4, "ing ", 4) == 0) return 1;
  return after_trade(t, w, houses);
}

/* Is t[w, e) an agent noun of a trade, a word of six letters or more in
** "-er" or "-or" ("chip tester", "fruit grower", "accelerator"; set
** qresp, qspell, qweek20), as the firm nouns' "maker", "supplier" and
** "distributor" are, where it says what the firm before a name is? Not the
** words in "-er" or "-or" of things and ranks ("border", "sector",
** "container", "senior"), nor of a firm's tie to another ("its Japanese
** customer X", "a domestic market leader in Japan": test_names). */
static int agent_noun(const char *t, size_t w, size_t e) {
  static const char *const things[] = {"border", "member", "number", "sector", "factor", "quarter", "corridor",
                                       "cluster", "container", "chapter", "letter", "matter", "corner", "rubber",
                                       "timber", "copper", "senior", "junior", "interior", "exterior", "mirror",
                                       "error", "partner", "customer", "leader", NULL};
  if (e < w + 6 || t[e - 1] != 'r' || (t[e - 2] != 'e' && t[e - 2] != 'o')) return 0;
  for (size_t p = w; p < e; p++)
    if (t[p] < 'a' || t[p] > 'z') return 0;
  return !text_in(t, w, e, things);
}

/* Are t[s, e) one to four lower-case words separated by single spaces, the
** last a firm noun ("firm", "tyre maker", "energy group") or a trade's
** agent noun ("chip tester")? An "and" joining two trades is not counted
** ("toll road and port operator"; set qweek85). */
static int firm_words(const char *t, size_t s, size_t e) {
  if (s >= e) return 0;
  size_t words = 0, w = s, caps = 0;
  for (size_t i = s; i <= e; i++) {
    if (i < e && t[i] != ' ') {
      unsigned char c = (unsigned char)t[i];
      caps += c >= 'A' && c <= 'Z';
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-')) return 0;
      continue;
    }
    if (i > w && w > s && i < e && text_is(t, w, i, "and")) {
      w = i + 1; /* (between two words: the last is still to come) */
      continue;
    }
    if (i == w || ++words > 4) return 0;
    /* (an acronym of the trade may stand before the firm noun: "Indian IT
    ** services firm X", "a Chinese EV maker X"; no other capital) */
    if (caps && (caps != i - w || caps > 4 || caps < 2 || i == e)) return 0;
    caps = 0;
    /* ("house" only of a trade: the shape reader's list has it bare) */
    if (i == e)
      return (ivl_names_firm_noun(t + w, e - w) && !text_is(t, w, e, "house")) || maker_compound(t, w, e) ||
             trade_seat(t, s, w, e) || agent_noun(t, w, e);
    w = i + 1;
  }
  return 0;
}

/* Is t[s, e) ", a <firm words> based in " ("X, a ship repair company based
** in Ulsan"), what the firm is then where it sits, as "X, a Ulsan-based
** ship repairer" tells it? */
static int described_then_based_in(const char *t, size_t s, size_t e) {
  static const char based[] = " based in ";
  size_t n = sizeof based - 1, w;
  if (text_starts(t, s, e, ", a ")) w = s + 4;
  else if (text_starts(t, s, e, ", an ")) w = s + 5;
  else return 0;
  return e >= w + n && memcmp(t + e - n, based, n) == 0 && firm_words(t, w, e - n);
}

/* The words that open a clause on who set up or holds the firm, after
** what it is ("a California-based company founded by X", "a Thai group
** owned by the Y family"). */
static const char *const owner_clause_words[] = {"founded", "co-founded", "owned", "set", "run", "backed",
                                                 "controlled", "started", NULL};

/* Do t[s, e) open with firm words ending in a firm noun, the rest a clause
** on who founded or holds it ("company founded by a doctor")? */
static int firm_words_then_owner(const char *t, size_t s, size_t e) {
  for (size_t p = s; p < e; p++) {
    if (t[p] != ' ' || !firm_words(t, s, p)) continue;
    size_t w = p + 1, n = w;
    while (n < e && t[n] >= 'a' && t[n] <= 'z') n++;
    if (n < e && t[n] == '-') /* "co-founded" */
      while (++n < e && t[n] >= 'a' && t[n] <= 'z') ;
    return text_in(t, w, n, owner_clause_words);
  }
  return 0;
}

/* The country code a country's or a foreign place's name gives, or NULL. */
static const char *code_of(const ivl_gazetteer *g, const ivl_name *c, int place_ok) {
  if (c->entry < 0) return NULL;
  if (c->type == IVL_SYM_COUNTRY) return ivl_gazetteer_field(g, (uint32_t)c->entry, IVL_SYM_CODE);
  if (c->type != IVL_SYM_LOCATION || !place_ok) return NULL;
  int key = ivl_sym_find("country", 7);
  return key > 0 ? ivl_gazetteer_field(g, (uint32_t)c->entry, key) : NULL;
}

/* A foreign city's code, as the seat said before what a firm is ("the
** Toronto software firm X", "Hamburg trading house X"); a Vietnamese
** place gives none, as a local plant or unit of a foreign firm is often
** called by its province. */
static const char *foreign_seat(const ivl_gazetteer *g, const ivl_name *c) {
  const char *code = code_of(g, c, 1);
  return code && strcmp(code, "VN") != 0 ? code : NULL;
}

/* Where " of " first starts in t[from, to), else 'to': "an American maker
** of catheters" describes the firm by the words before it. */
static size_t of_or(const char *t, size_t from, size_t to) {
  for (size_t p = from; p + 4 <= to; p++)
    if (memcmp(t + p, " of ", 4) == 0) return p;
  return to;
}

/* Where " by " first starts in t[from, to), else 'to': "the biggest
** shipbuilder by orders" is a shipbuilder. */
static size_t by_or(const char *t, size_t from, size_t to) {
  for (size_t p = from; p + 4 <= to; p++)
    if (memcmp(t + p, " by ", 4) == 0) return p;
  return to;
}

/* Does a relative clause open at t[q] (" that ", " which ")? What a firm
** is ends there: "X, the Singaporean industrial developer that manages
** the trust, signed ..." is Singapore's as "X, a Thai conglomerate," is
** Thailand's. So does a clause of its owner: "X, the Vietnamese brewer
** controlled by Thai Beverage Plc (ThaiBev)," is Việt Nam's, whoever
** owns it. So does a clause on its people: "X, a Danish developer whose
** engineers put up a mast," (set qweek102). (strncmp: it stops at the
** text's NUL, so no byte past the end is read.) */
static int relative_at(const char *t, size_t q) {
  static const char *const clauses[] = {" that ", " which ", " whose ", " controlled by ", " owned by ", " backed by ",
                                        " majority-owned by ", NULL};
  if (t[q] != ' ') return 0;
  for (int k = 0; clauses[k]; k++)
    if (strncmp(t + q, clauses[k], strlen(clauses[k])) == 0) return 1;
  return 0;
}

/* Does what a firm is end at t[q], before a relative clause (relative_at)
** or the words that go on to say where it is listed or sits, what it does
** or whom it serves: "X, a Thai steelmaker listed on the SET,", "Y is a
** Japanese lender with 90 branches", "Z, a Korean investor in logistics,"
** (set qweek122)? */
static int description_ends_at(const char *t, size_t q) {
  static const char *const modifiers[] = {" listed on ", " listed in ", " based in ", " headquartered in ",
                                          " focused on ", " focusing on ", " specialising in ", " specializing in ",
                                          " active in ", " operating in ", " with ", " in ", " on ", " for ", NULL};
  if (relative_at(t, q)) return 1;
  for (int k = 0; t[q] == ' ' && modifiers[k]; k++)
    if (strncmp(t + q, modifiers[k], strlen(modifiers[k])) == 0) return 1;
  return 0;
}

/* Does country c (may be NULL) own the description at w, only
** a possessive and lower-case words between ("Thai domestic", "Japan's
** largest domestic", "Japan’s domestic")? */
static int owned_description(const char *t, const ivl_name *c, size_t w) {
  if (!c || c->type != IVL_SYM_COUNTRY || c->vend > w || w - c->vend > 40) return 0;
  for (size_t i = c->vend; i < w; i++) {
    unsigned char b = (unsigned char)t[i];
    if (!((b >= 'a' && b <= 'z') || b == ' ' || b == '-' || b == '\'' || b >= 0x80)) return 0;
  }
  return 1;
}

/* "domestic developer X", "a domestic steelmaker X", "Domestic steelmaker
** X" opening a sentence, "state miner X", "state-owned lender X": a firm
** the text calls domestic or the State's, its description right before its
** name, is Vietnamese (GUIDELINES rule 12: domestic investment is Việt
** Nam's); not when a country owns the description ("Thai domestic retailer
** X", "Japan's largest domestic steelmaker X", "China's state miner X": c
** the name before, may be NULL). */
static const char *const domestic_leads[] = {"domestic ", "state ", "state-owned ", "state-run ", "local ", NULL};

/* The length of the word of domestic_leads opening t at w, before 'end'
** (its first letter either case), else 0. */
static size_t domestic_lead_at(const char *t, size_t w, size_t end) {
  for (int k = 0; domestic_leads[k]; k++) {
    size_t n = strlen(domestic_leads[k]);
    if (w + n < end && ivl_tolower((unsigned char)t[w]) == domestic_leads[k][0] &&
        strncmp(t + w + 1, domestic_leads[k] + 1, n - 1) == 0)
      return n;
  }
  return 0;
}

/* Does the description ending at e end in a word for a foreign firm's
** arm ("its local unit X", "the local subsidiary X")? A "local" one is
** the parent's, not Việt Nam's (the parent gives its origin). */
static int ends_in_unit_word(const char *t, size_t e) {
  static const char *const arms[] = {"unit", "subsidiary", "arm", "affiliate", "branch", "division", "office",
                                     "representative", "joint venture", "venture", NULL};
  for (size_t k = 0; arms[k]; k++) {
    size_t n = strlen(arms[k]);
    if (e > n && memcmp(t + e - n, arms[k], n) == 0 && t[e - n - 1] == ' ') return 1;
  }
  return 0;
}

static int called_domestic(const char *t, size_t vstart, const ivl_name *c) {
  if (vstart < 8 || t[vstart - 1] != ' ') return 0;
  size_t p = vstart - 1; /* back over the lower-case words before the name */
  while (p > 0 && vstart - p < 60 &&
         ((t[p - 1] >= 'a' && t[p - 1] <= 'z') || t[p - 1] == ' ' || t[p - 1] == '-'))
    p--;
  /* (and a capital that opens the description: "Domestic steelmaker X") */
  int capital = p > 0 && (t[p - 1] == 'D' || t[p - 1] == 'S' || t[p - 1] == 'L') &&
                (p == 1 || t[p - 2] == ' ' || t[p - 2] == '\n');
  if (capital) p--;
  for (size_t w = p; w + 8 < vstart; w++) {
    if (w != p && t[w - 1] != ' ') continue;
    size_t n = domestic_lead_at(t, w, vstart);
    if (!n) continue;
    /* (nor when a seat is said first, "Osaka-based state-run lender X":
    ** the seat tells where the firm is from, described_origin) */
    if (owned_description(t, c, w) || (w >= 7 && memcmp(t + w - 7, "-based ", 7) == 0)) return 0;
    /* (a later lead may open the description: "the biggest domestic
    ** commitment came from state miner X") */
    /* (but "local" before an arm's word is its foreign parent's, "its
    ** local unit X"; "state unit X", a lead as long, stays the State's) */
    int local = ivl_tolower((unsigned char)t[w]) == 'l' && memcmp(t + w + 1, "ocal ", 5) == 0;
    if (firm_words(t, w + n, vstart - 1) && !(local && ends_in_unit_word(t, vstart - 1))) return 1;
  }
  return 0;
}

/* Is the sector's word c, right before the firm's name o, itself what the
** firm is ("Australian agribusiness X": the sector "agriculture" read in
** it; set qagri)? */
static int sector_is_firm(const char *t, const ivl_name *c, const ivl_name *o) {
  return c->vend + 1 == o->vstart && firm_words(t, c->vstart, c->vend);
}

/* Do names a and b (a before b) stand in one list, only ", ", " and " or
** ", and " between them? */
static int listed_together(const char *t, const ivl_name *a, const ivl_name *b) {
  return a->type == IVL_SYM_ORGANIZATION && b->type == IVL_SYM_ORGANIZATION && a->vend <= b->vstart &&
         (text_is(t, a->vend, b->vstart, ", ") || text_is(t, a->vend, b->vstart, " and ") ||
          text_is(t, a->vend, b->vstart, ", and "));
}

/* The country a firm's legal form tells, written as part of its name:
** Malaysia's "Bhd" and "Berhad" ("Harimau Bank Bhd", "X Sdn Bhd"),
** Singapore's "Pte Ltd", Thailand's "Pcl" ("Siam Harvest Pcl"),
** Indonesia's "Tbk" and its "PT" before the name (set qweek16). Only one
** country's law gives each, so it tells the firm's home as a seat does;
** "Plc" and "Ltd", which many give, tell nothing. NULL else. */
static const char *legal_form_origin(const char *t, const ivl_name *o) {
  static const struct {
    const char *form, *code;
  } tails[] = {{" Bhd", "MY"}, {" Bhd.", "MY"}, {" Berhad", "MY"}, {" Pte Ltd", "SG"}, {" Pte. Ltd.", "SG"},
               {" Pte. Ltd", "SG"}, {" Pcl", "TH"}, {" PCL", "TH"}, {" Tbk", "ID"}, {NULL, NULL}};
  size_t s = o->name_s, e = o->name_e;
  for (int k = 0; tails[k].form; k++) {
    size_t n = strlen(tails[k].form);
    if (e - s > n && memcmp(t + e - n, tails[k].form, n) == 0) return tails[k].code;
  }
  return e - s > 4 && memcmp(t + s, "PT ", 3) == 0 && ivl_isupper((unsigned char)t[s + 3]) ? "ID" : NULL;
}

/* The country of the bourse a firm is listed on, its short name before
** "-listed" right before the firm or before what it is: "SET-listed
** retail conglomerate X" (Thailand), "MAINBOARD-listed X", "SGX-listed
** X", "Catalist-listed X" (Singapore), "Bursa-listed X" (Malaysia),
** "HoSE-listed X" (Việt Nam); a city's bourse, "Bangkok-listed X", is the
** seat's (described_origin). NULL else. */
static const char *bourse_origin(const char *t, const ivl_name *o) {
  static const struct {
    const char *bourse, *code;
  } bourses[] = {{"SET", "TH"},  {"SGX", "SG"},  {"Mainboard", "SG"}, {"MAINBOARD", "SG"}, {"Catalist", "SG"},
                 {"Bursa", "MY"}, {"IDX", "ID"}, {"HoSE", "VN"},      {"HOSE", "VN"},      {"HNX", "VN"},
                 {"UPCoM", "VN"}, {NULL, NULL}};
  enum { REACH = 48 }; /* "-listed " and what the firm is, before its name */
  static const char listed[] = "-listed ";
  size_t n = sizeof listed - 1, v = o->vstart;
  for (size_t k = v >= n ? v - n : 0; k + REACH + n >= v && k > 0; k--) {
    if (memcmp(t + k, listed, n) != 0) continue;
    if (k + n != v && !firm_words(t, k + n, v - 1)) return NULL;
    size_t w = k;
    while (w > 0 && ivl_isalpha((unsigned char)t[w - 1])) w--;
    if (w > 0 && t[w - 1] != ' ' && t[w - 1] != '\n' && t[w - 1] != '(') return NULL;
    for (int b = 0; bourses[b].bourse; b++)
      if (text_is(t, w, k, bourses[b].bourse)) return bourses[b].code;
    return NULL;
  }
  return NULL;
}

/* Does "from" (or "from the") end right before a country at t[v], where
** things come from ("both from Japan"), not "apart from Japan"? */
static int from_country(const char *t, size_t v) {
  static const char *const besides[] = {"apart", "Apart", "aside", "Aside", "away", "far", "Far", NULL};
  size_t f = v >= 10 && memcmp(t + v - 10, " from the ", 10) == 0 ? v - 10
             : v >= 6 && memcmp(t + v - 6, " from ", 6) == 0  ? v - 6
                                                               : 0;
  if (!f) return 0;
  size_t w = f;
  while (w > 0 && ivl_isalpha((unsigned char)t[w - 1])) w--;
  return !text_in(t, w, f, besides);
}

/* The origin of a list of firms after a group its country describes,
** set off or not: "Three South Korean electronics suppliers, A, B and C,
** on Thursday received ...", "Two Japanese retailers, A and B, received",
** "Vietnamese rubber producers A and B will invest" (set qresp): every
** member is of that country; so too after "from" its country, "both
** from Japan, A and B,". The description ends in a plural firm noun
** (a sector's word may stand inside it), and a comma closes a list set off
** by one; NULL when it is no such list. */
static const char *listed_origin(const ivl_gazetteer *g, const char *t, const ivl_names *ns, size_t i) {
  size_t first = i, last = i;
  while (first > 0 && listed_together(t, &ns->items[first - 1], &ns->items[first])) first--;
  while (last + 1 < ns->n && listed_together(t, &ns->items[last], &ns->items[last + 1])) last++;
  if (first == last || first == 0) return NULL;
  const ivl_name *c = &ns->items[first - 1];
  if (c->type == IVL_SYM_SECTOR && first > 1 && ns->items[first - 2].vend + 1 == c->vstart) c = &ns->items[first - 2];
  if (c->type != IVL_SYM_COUNTRY) return NULL;
  size_t s = c->vend, e = ns->items[first].vstart;
  /* (or where they are from, set off before them: "The remaining two,
  ** both from South Korea, A and B, will each invest"; set qresp) */
  if (text_is(t, s, e, ", ") && t[ns->items[last].vend] == ',' && from_country(t, c->vstart)) return code_of(g, c, 0);
  if (e <= s + 4 || e - s > 40 || t[s] != ' ' || t[e - 1] != ' ') return NULL;
  int set_off = t[e - 2] == ',';
  if (set_off && t[ns->items[last].vend] != ',') return NULL;
  size_t end = set_off ? e - 2 : e - 1;
  return t[end - 1] == 's' && firm_words(t, s + 1, end) ? code_of(g, c, 0) : NULL;
}

/* Is t[s, e) " with " and a sum, or the sum in brackets, then what joins
** a list (", ", " and ", ", and "): the gap after a firm of a list given
** each its own sum, "A with $38 million and B with $22 million", "A ($38
** million) and B ($22 million)"? */
static int with_sum_gap(const char *t, size_t s, size_t e) {
  static const char *const joins[] = {", and ", " and ", ", ", NULL};
  enum { MOST = 32 }; /* " with US$1.25 billion" and the join */
  int bracket = text_starts(t, s, e, " (");
  if (e - s > MOST || !(bracket || text_starts(t, s, e, " with "))) return 0;
  size_t end = 0;
  for (int k = 0; joins[k] && !end; k++) {
    size_t n = strlen(joins[k]);
    if (e - s > n && text_is(t, e - n, e, joins[k])) end = e - n;
  }
  if (bracket && !(end > s + 2 && t[--end] == ')')) return 0;
  int digit = 0;
  for (size_t p = s + (bracket ? 2 : 6); p < end; p++) {
    if (t[p] == ',' || t[p] == ';' || (t[p] == '.' && !ivl_isdigit((unsigned char)t[p + 1]))) return 0;
    digit |= ivl_isdigit((unsigned char)t[p]);
  }
  return end && digit;
}

/* The origin of a list of firms each given its own sum after a group
** its country describes earlier in the sentence: "Two Korean suppliers
** followed it into the park, A with $38 million and B with $22 million",
** "..., A ($38 million) and B ($22 million)" (fix76e): every member is of that country, told by the last country
** before the list that a plural firm noun follows ("Korean suppliers");
** NULL when it is no such list or no such group (a country's own
** figure, "Japan with $1.5 billion", is a country, no firm). */
static const char *summed_list_origin(const ivl_gazetteer *g, const char *t, const ivl_names *ns, size_t i) {
  enum { REACH = 160 }; /* the group's words, then what it did, before the list */
  size_t first = i, last = i;
  while (first > 0 && ns->items[first - 1].type == IVL_SYM_ORGANIZATION &&
         with_sum_gap(t, ns->items[first - 1].vend, ns->items[first].vstart))
    first--;
  while (last + 1 < ns->n && ns->items[last + 1].type == IVL_SYM_ORGANIZATION &&
         with_sum_gap(t, ns->items[last].vend, ns->items[last + 1].vstart))
    last++;
  if (first == last) return NULL;
  size_t v = ns->items[first].vstart;
  for (size_t k = first; k > 0; k--) {
    const ivl_name *c = &ns->items[k - 1];
    if (c->vend > v || v - c->vend > REACH) return NULL;
    for (size_t p = c->vend; p < v; p++) /* the same sentence */
      if (t[p] == '\n' || t[p] == ';' || (t[p] == '.' && t[p + 1] == ' ')) return NULL;
    if (c->type != IVL_SYM_COUNTRY || t[c->vend] != ' ') continue;
    /* the plural firm noun after the demonym, within four words */
    size_t e = c->vend + 1;
    for (int w = 0; w < 4 && e < v; w++) {
      while (e < v && ivl_isalpha((unsigned char)t[e])) e++;
      if (t[e - 1] == 's' && firm_words(t, c->vend + 1, e)) return code_of(g, c, 0);
      if (t[e] != ' ') break;
      e++;
    }
    return NULL;
  }
  return NULL;
}

/* Is t[s, e) a table's cell separator (" | ", a tab, or the spaced
** slash of a directory's one-line entry: "Daeil Pharm Vina / Korea /
** Pharmaceutical packaging / Investment: ..."), and does the same one
** follow at 'after' too: the name between fills a cell alone? */
static int table_cell_after(const char *t, size_t s, size_t e, size_t after) {
  int bar = text_is(t, s, e, " | "), tab = text_is(t, s, e, "\t"), slash = text_is(t, s, e, " / ");
  return (bar && text_starts(t, after, after + 3, " | ")) || (tab && t[after] == '\t') ||
         (slash && text_starts(t, after, after + 3, " / "));
}

/* Are a and b two firms joined by " and "? */
static int pair_joined(const char *t, const ivl_name *a, const ivl_name *b) {
  return listed_together(t, a, b) && text_is(t, a->vend, b->vstart, " and ");
}

/* Is t[s, e) what the firm is, then "from" its country: ", a chip
** packaging firm from " (the Republic of Korea), ", an electronics maker
** from the "? The trade's words end on a firm noun (firm_words), so ", a
** supplier to customers from " is no firm's home (set qweek33). */
static int firm_from_gap(const char *t, size_t s, size_t e) {
  static const char *const opens[] = {", a ", ", an ", NULL};
  static const char *const froms[] = {" from the ", " from ", NULL};
  size_t p = s;
  for (int k = 0; opens[k] && p == s; k++)
    if (text_starts(t, s, e, opens[k])) p = s + strlen(opens[k]);
  if (p == s) return 0;
  for (int k = 0; froms[k]; k++) {
    size_t n = strlen(froms[k]);
    if (e >= p + n && memcmp(t + e - n, froms[k], n) == 0) return firm_words(t, p, e - n);
  }
  return 0;
}

/* The origin an aside right after a firm, or after the pair it is one
** of, gives: "X, from South Korea, will invest", "A and B, both
** from Japan, signed", "A and B, both Korean, will each invest"; the
** aside closed by a comma right after the country. NULL when none. */
static const char *aside_origin(const ivl_gazetteer *g, const char *t, const ivl_names *ns, size_t i) {
  size_t last = i;
  if (i + 1 < ns->n && pair_joined(t, &ns->items[i], &ns->items[i + 1])) last = i + 1;
  int pair = last > i || (i > 0 && pair_joined(t, &ns->items[i - 1], &ns->items[i]));
  /* (a trade's sector words may stand inside ", a chip packaging firm
  ** from Korea": passed for a lone firm, whose gap firm_from_gap reads) */
  size_t next = last + 1;
  while (!pair && next < ns->n && ns->items[next].type == IVL_SYM_SECTOR) next++;
  if (next >= ns->n || ns->items[next].type != IVL_SYM_COUNTRY) return NULL;
  const ivl_name *o = &ns->items[last], *c = &ns->items[next];
  if (o->vend > c->vstart || t[c->vend] != ',') return NULL;
  size_t s = o->vend, e = c->vstart;
  /* (a pair's aside opens with "both": "both from Japan", "both Korean") */
  int said = pair ? text_is(t, s, e, ", both from ") || text_is(t, s, e, ", both ") :
                   (next == last + 1 && text_is(t, s, e, ", from ")) || firm_from_gap(t, s, e);
  return said ? code_of(g, c, 0) : NULL;
}

/* Is t[s, e) the aside that makes a firm its parent's child: ", a
** subsidiary of ", ", a unit of ", or with a few words that say where or
** what the child is (", the local arm of ", ", the Vietnam manufacturing
** unit of "; set qexpand)? */
static int child_of_gap(const char *t, size_t s, size_t e) {
  static const char *const opens[] = {", a ", ", an ", ", the ", NULL};
  static const char *const kin[] = {"subsidiary of ", "unit of ", "arm of ", "affiliate of ", "member of ", NULL};
  enum { MOST_WORDS = 2, MOST_BYTES = 48 };
  if (e <= s || e - s > MOST_BYTES) return 0;
  /* "X, owned by Japan's Y,", "X, wholly owned by US-based Y," */
  static const char *const owned[] = {", owned by ", ", wholly owned by ", ", wholly-owned by ",
                                      ", majority-owned by ", ", fully owned by ", NULL};
  for (int k = 0; owned[k]; k++)
    if (text_is(t, s, e, owned[k])) return 1;
  size_t p = s;
  for (int k = 0; opens[k]; k++)
    if (text_starts(t, s, e, opens[k])) p = s + strlen(opens[k]);
  if (p == s) return 0;
  for (int words = 0; words <= MOST_WORDS; words++) {
    for (int k = 0; kin[k]; k++)
      if (text_is(t, p, e, kin[k])) return 1;
    /* (a describing word: letters, maybe a hyphen, then a space) */
    size_t q = p;
    while (q < e && (ivl_isalpha((unsigned char)t[q]) || t[q] == '-')) q++;
    if (q == p || q >= e || t[q] != ' ') return 0;
    p = q + 1;
  }
  return 0;
}

/* Is the word before t[at] a possessive, a name's "'s ", or "its " with
** up to two lower-case words after it ("its wholly owned Vietnam unit")? */
static int owned_before(const char *t, size_t at) {
  if ((at >= 3 && memcmp(t + at - 3, "'s ", 3) == 0) || (at >= 5 && memcmp(t + at - 5, "\xE2\x80\x99s ", 5) == 0))
    return 1;
  for (int words = 0; words <= 2 && at >= 4; words++) {
    if (memcmp(t + at - 4, "its ", 4) == 0 || memcmp(t + at - 4, "Its ", 4) == 0) return 1;
    size_t p = at - 1; /* back over one lower-case word and its space */
    while (p > 0 && ((t[p - 1] >= 'a' && t[p - 1] <= 'z') || t[p - 1] == '-')) p--;
    if (p == at - 1 || p == 0 || t[p - 1] != ' ') return 0;
    at = p;
  }
  return 0;
}

/* Does the description t[s, e) after Việt Nam's name c end on a word of a
** local unit, owned as a possessive says ("its Vietnamese subsidiary, X",
** "its wholly owned Vietnam unit, X", "Y's Vietnamese arm X")? Việt Nam is
** then where the unit works, not whose it is: its parent's country is
** (parent_of_local_unit). */
static int local_unit_description(const ivl_gazetteer *g, const char *t, const ivl_name *c, size_t s, size_t e) {
  static const char *const units[] = {" subsidiary", " unit", " arm", " affiliate", " branch", NULL};
  const char *code = code_of(g, c, 0);
  if (!code || strcmp(code, "VN") != 0 || !owned_before(t, c->vstart)) return 0;
  size_t end = e > s && t[e - 1] == ' ' ? e - 1 : e;
  if (end > s && t[end - 1] == ',') end--;
  for (int k = 0; units[k]; k++) {
    size_t n = strlen(units[k]);
    if (end >= s + n && memcmp(t + end - n, units[k], n) == 0) return 1;
  }
  return 0;
}

/* The words that tell a firm's seat after a place's or country's name,
** as a bourse's city tells its home: "-based ", "-listed " ... (and the
** city a firm was founded in: "Seattle-founded cloud firm X"; set qwest;
** a fund's domicile: "Luxembourg-domiciled X SICAV", set qweek81) */
static const char *const seat_words[] = {"-based ", "-headquartered ", "-registered ", "-incorporated ",
                                         "-listed ", "-founded ", "-domiciled ", NULL};

/* The length of the seat word t[s, e) opens with, else 0. */
static size_t seat_word_len(const char *t, size_t s, size_t e) {
  for (int k = 0; seat_words[k]; k++)
    if (text_starts(t, s, e, seat_words[k])) return strlen(seat_words[k]);
  return 0;
}

/* Is t[s, e) a seat word alone ("-based ")? */
static int seat_word_is(const char *t, size_t s, size_t e) {
  size_t n = seat_word_len(t, s, e);
  return n && s + n == e;
}

/* Is the name before firm ns->items[i] a customer the firm serves,
** inside the description a country opens ("Taiwanese Apple supplier X"):
** an organisation right after the country, or after its seat word
** ("Taiwan-based Apple supplier X"; set qwhere), and right before firm
** words? */
static int customer_in_description(const char *t, const ivl_names *ns, size_t i) {
  if (i < 2) return 0;
  const ivl_name *k = &ns->items[i - 2], *c = &ns->items[i - 1], *o = &ns->items[i];
  int next = (k->vend + 1 == c->vstart && t[k->vend] == ' ') ||
             (k->vend < c->vstart && seat_word_is(t, k->vend, c->vstart));
  return k->type == IVL_SYM_COUNTRY && c->type == IVL_SYM_ORGANIZATION && next && c->vend + 1 < o->vstart &&
         t[c->vend] == ' ' && firm_words(t, c->vend + 1, o->vstart - 1);
}

/* Is t[s, e) a word of who owns the firm, alone or before firm words:
** "-owned ", "-invested company "? The owner's country is the firm's
** origin, wherever the firm is registered. */
static int owner_word_then_firm(const char *t, size_t s, size_t e) {
  static const char *const owners[] = {"-owned ", "-invested ", NULL};
  for (int k = 0; owners[k]; k++) {
    size_t n = strlen(owners[k]);
    if (text_starts(t, s, e, owners[k]) && (s + n == e || firm_words(t, s + n, e - 1))) return 1;
  }
  return 0;
}

/* Does t[s, e) open with an owner's word and firm words, whatever
** follows them ("-invested company that has operated here", "-owned
** firm with two plants")? */
static int owner_aside(const char *t, size_t s, size_t e) {
  for (size_t p = s + 1; p < e; p++)
    if (t[p] == ' ' && p + 1 < e && owner_word_then_firm(t, s, p + 1)) return 1;
  return 0;
}

/* "Sakata Denki: The Japanese motor maker opened ...", "X: The U.S.-owned
** maker of wing parts has ...": a directory's entry opens its line on the
** firm's name, a colon and "The", then what the firm is, its country
** first (set qweek125); c is that country, o the name. Not a label
** inside a line ("... said Chairman X: The Korean side will ..."). (The
** shape reader's labels_described_firm, names_shape.c, made the label a
** firm from the same entry's tokens; this one, on the names found, gives
** it the country, when a country opens the description.) */
static int labelled_description(const char *t, const ivl_name *o, const ivl_name *c) {
  if (!text_is(t, o->vend, c->vstart, ": The ") || (o->vstart > 0 && t[o->vstart - 1] != '\n')) return 0;
  size_t s = c->vend, e = s;
  while (t[e] && t[e] != '\n' && e - s < 48) e++;
  if (t[s] == '-') return owner_aside(t, s, e);
  if (t[s] != ' ') return 0;
  for (size_t p = s + 1; p < e; p++)
    if (t[p] == ' ' && firm_words(t, s + 1, p)) return 1;
  return 0;
}

/* "X, a local private equity fund that bought ...", "X, a domestic
** steelmaker,": what the firm is, set off right after its name, called
** local or domestic (the leads of called_domestic), makes it Vietnamese
** (set qweek4); not a foreign firm's arm, "X, a local unit of Y". The
** text is NUL-terminated and a name may end it: its words are compared
** with strncmp, which stops there (memcmp read past it). */
static int domestic_aside(const char *t, size_t e) {
  static const char *const opens[] = {", a ", ", an ", NULL};
  size_t w = 0;
  for (int k = 0; opens[k] && !w; k++)
    if (strncmp(t + e, opens[k], strlen(opens[k])) == 0) w = e + strlen(opens[k]);
  if (!w) return 0;
  size_t n = domestic_lead_at(t, w, w + 48);
  if (!n) return 0;
  w += n;
  /* the firm noun may end the description or open a clause on it ("fund
  ** that bought") */
  for (size_t p = w; p < w + 48 && t[p]; p++) {
    if (t[p] != ' ' && t[p] != ',' && t[p] != '.' && t[p] != ';') continue;
    if (firm_words(t, w, p)) return !ends_in_unit_word(t, p) && strncmp(t + p, " of ", 4) != 0;
    if (t[p] != ' ') return 0;
  }
  return 0;
}

/* "Airports Corporation of Vietnam (ACV)", "Power Development Bank of
** Japan": a country closing the firm's own name after "of" (or "of the")
** is its origin, as "X of Japan" after the name is; its code, else NULL. */
static const char *country_closing_name(const ivl_gazetteer *g, const char *t, const ivl_name *o) {
  uint32_t s = o->name_e ? o->name_s : o->vstart, e = o->name_e ? o->name_e : o->vend;
  if (o->alias_e && o->alias_s > s + 2 && o->alias_s <= e) e = o->alias_s - 1; /* before " (ACV)" */
  while (e > s && (t[e - 1] == ' ' || t[e - 1] == '(')) e--;
  uint32_t of = e;
  while (of > s + 4 && memcmp(t + of - 4, " of ", 4) != 0) of--;
  if (of <= s + 4) return NULL;
  if (e - of > 4 && memcmp(t + of, "the ", 4) == 0) of += 4;
  long entry = ivl_gazetteer_lookup(g, t + of, e - of);
  if (entry < 0 || ivl_gazetteer_type(g, (uint32_t)entry) != IVL_SYM_COUNTRY) return NULL;
  return ivl_gazetteer_field(g, (uint32_t)entry, IVL_SYM_CODE);
}

/* "Zhejiang Hualin Textile Co.", "Hsinchu Kaiyuan Electronics": a
** Chinese or Taiwanese firm named, as its home's custom is, by its
** province or city and a brand that reads as pinyin, is from there when
** no words around it say (set qweek15). Not "Shanghai Electric" (no
** pinyin brand), nor a Vietnamese place ("Đồng Nai Hualin"). */
static const char *home_place_in_name(const ivl_gazetteer *g, const char *t, const ivl_name *o) {
  uint32_t s = o->name_e > o->name_s ? o->name_s : o->vstart, e = o->name_e > o->name_s ? o->name_e : o->vend;
  uint32_t brand;
  size_t n;
  const char *c = home_then_brand(g, t, s, e, &brand, &n);
  return c && (strcmp(c, "CN") == 0 || strcmp(c, "TW") == 0) ? c : NULL;
}

/* "British University Vietnam", "American International School Hanoi":
** a school whose own name opens with a foreign country's word is from
** that country, as "X University of the United Kingdom" is (set qweek58:
** else of no origin, no investor in its campus). Only a school's head
** word in the name, and no Vietnamese country word ("Vietnam National
** University" is left as before). */
static const char *school_country_opening(const ivl_gazetteer *g, const char *t, const ivl_name *o) {
  static const char *const heads[] = {" University", " School", " College", " Academy", NULL};
  uint32_t s = o->name_e > o->name_s ? o->name_s : o->vstart, e = o->name_e > o->name_s ? o->name_e : o->vend;
  uint32_t sp = s;
  while (sp < e && t[sp] != ' ') sp++;
  if (sp >= e || !g) return NULL;
  int school = 0;
  for (int k = 0; heads[k] && !school; k++) {
    size_t n = strlen(heads[k]);
    for (uint32_t p = sp; p + n <= e && !school; p++)
      school = memcmp(t + p, heads[k], n) == 0 && (p + n == e || t[p + n] == ' ');
  }
  long entry = school ? ivl_gazetteer_lookup(g, t + s, sp - s) : -1;
  if (entry < 0 || ivl_gazetteer_type(g, (uint32_t)entry) != IVL_SYM_COUNTRY) return NULL;
  const char *code = ivl_gazetteer_field(g, (uint32_t)entry, IVL_SYM_CODE);
  return code && strcmp(code, "VN") != 0 ? code : NULL;
}

/* Is t[s, e) one or two lower-case words set off by single spaces, what
** a description says of the firm before its trade ("U.S. fabless chip
** firm X", "a Japanese listed auto parts maker")? */
static int adjectives_between(const char *t, size_t s, size_t e) {
  /* (words that join or lead, not describe: "Thailand and the electronics
  ** firm X" is no Thai firm) */
  static const char *const joins[] = {"and", "or", "the", "a", "an", "of", "in", "to", "for", "with", "by", "its",
                                      "their", "as", "from", "at", "on", "but", NULL};
  if (e < s + 3 || t[s] != ' ' || t[e - 1] != ' ' || t[e - 2] == ' ') return 0;
  int words = 0;
  for (size_t w = s + 1, p = s + 1; p < e; p++) {
    if (t[p] != ' ') {
      if (!((t[p] >= 'a' && t[p] <= 'z') || t[p] == '-')) return 0;
      continue;
    }
    if (p == w || ++words > 2 || text_in(t, w, p, joins)) return 0;
    w = p + 1;
  }
  return 1;
}

/* Is t[s, e) a ticker with its exchange's suffix, as the Hong Kong press
** writes it after a firm: "01178.HK", "0700.HK", "600519.SS" (digits, a
** point, two or three capitals; set qweek85)? */
static int ticker_with_exchange(const char *t, size_t s, size_t e) {
  size_t d = s;
  while (d < e && t[d] >= '0' && t[d] <= '9') d++;
  if (d - s < 3 || d >= e || t[d] != '.' || e - d - 1 < 2 || e - d - 1 > 3) return 0;
  for (size_t c = d + 1; c < e; c++)
    if (t[c] < 'A' || t[c] > 'Z') return 0;
  return 1;
}

/* "X Co., Ltd. (TSE: 6578), a Japanese maker", "Y JSC ("SGDI"), a
** Vietnamese data centre operator": a release puts the firm's ticker and
** the short name it defines in brackets between the name and what the
** firm is (set qweek38). Past up to two such brackets from s (a bracket
** holding a colon or opening on a quote, each short), where they end; else
** s. */
static size_t past_release_brackets_n(const char *t, size_t s, int most) {
  enum { MOST_BYTES = 32 };
  for (int k = 0; k < most && t[s] == ' ' && t[s + 1] == '('; k++) {
    size_t c = s + 2;
    int colon = 0, quoted = t[c] == '"' || (unsigned char)t[c] == 0xE2; /* '"', a curly quote */
    while (t[c] && t[c] != ')' && t[c] != '\n' && c - s <= MOST_BYTES) colon |= t[c++] == ':';
    if (t[c] != ')' || !(colon || quoted || ticker_with_exchange(t, s + 2, c))) break;
    s = c + 1;
  }
  return s;
}

/* "X Co., Ltd. (TSE: 6578), a Japanese maker of ...": the origin what the
** firm is gives after its release brackets (past_release_brackets_n), as
** described_origin reads "X, a Thai conglomerate," with none. NULL else. */
static const char *origin_past_release_brackets(const ivl_gazetteer *g, const char *t, const ivl_names *ns, size_t i) {
  const ivl_name *o = &ns->items[i];
  size_t from = o->name_e ? o->name_e : o->vend; /* (the brackets may be the name's: its defined short name) */
  size_t sb = past_release_brackets_n(t, from, 2), j = i + 1;
  if (sb == from) return NULL;
  while (j < ns->n && ns->items[j].vstart < sb) j++;
  /* (a place only as a seat, below: "the Shanghai-listed ...") */
  if (j >= ns->n || (ns->items[j].type != IVL_SYM_COUNTRY && ns->items[j].type != IVL_SYM_LOCATION)) return NULL;
  const ivl_name *c = &ns->items[j];
  if (!text_is(t, sb, c->vstart, ", a ") && !text_is(t, sb, c->vstart, ", an ") &&
      !text_is(t, sb, c->vstart, ", the "))
    return NULL;
  size_t q = c->vend;
  while (t[q] && t[q] != ',' && t[q] != '.' && t[q] != ';' && q - c->vend < 40) q++;
  if (q > c->vend + 1 && t[c->vend] == ' ' && firm_words(t, c->vend + 1, of_or(t, c->vend, q))) return code_of(g, c, 0);
  /* (a seat word, as the aside with no brackets reads it: "X (01178.HK),
  ** the Hong Kong-listed port operator,"; set qweek85) */
  size_t seat = seat_word_len(t, c->vend, q), w = c->vend + seat;
  return seat && firm_words(t, w, of_or(t, w, q)) ? code_of(g, c, 1) : NULL;
}

/* "Thai Beverage Plc (ThaiBev)", "Korean Air Lines Co Ltd": a firm whose
** own name opens with a country's demonym is of that country, when the
** name is surely the firm's whole one: a legal form closes it, or its
** short form in brackets is spelt from the demonym on (the shape reader
** keeps the demonym in the name only then, skip_descriptors). Not a
** country's own name ("Vietnam Beverage", a Thai firm's local vehicle).
** Its code, else NULL. */
static const char *demonym_opening_name(const ivl_gazetteer *g, const char *t, const ivl_name *o) {
  static const char *const endings[] = {"ese", "ean", "ian", "ish", "ch", "i", "ss", NULL};
  uint32_t s = o->name_s, e = o->name_e, w = s;
  if (e <= s) return NULL;
  while (w < e && ivl_isalpha((unsigned char)t[w])) w++;
  if (w >= e || t[w] != ' ') return NULL;
  int ending = 0;
  for (int k = 0; endings[k] && !ending; k++) {
    size_t n = strlen(endings[k]);
    ending = w - s > n && memcmp(t + w - n, endings[k], n) == 0;
  }
  int whole = strip_tail(t, s, e, &legal_index) < e ||
              (o->alias_e && ivl_names_short_form(t, s, e, t + o->alias_s, o->alias_e - o->alias_s));
  if (!ending || !whole) return NULL;
  long entry = ivl_gazetteer_lookup(g, t + s, w - s);
  if (entry < 0 || ivl_gazetteer_type(g, (uint32_t)entry) != IVL_SYM_COUNTRY) return NULL;
  return ivl_gazetteer_field(g, (uint32_t)entry, IVL_SYM_CODE);
}

/* The length of a country's possessive opening t[s, e), its space or line
** break included ("'s ", "’s ", "' ", "’ "; "Norway's\nNordhavn Gas AS" in a
** paper's narrow column, set qweek97), else 0. */
static size_t possessive_gap(const char *t, size_t s, size_t e) {
  static const char *const marks[] = {"'s", "\xe2\x80\x99s", "'", "\xe2\x80\x99", NULL};
  for (int k = 0; marks[k]; k++) {
    size_t n = strlen(marks[k]);
    if (text_starts(t, s, e, marks[k]) && s + n < e && (t[s + n] == ' ' || t[s + n] == '\n')) return n + 1;
  }
  return 0;
}

/* Is t[s, e) a country's possessive, alone or with one or two words
** describing the firm before its trade ("Japan's largest logistics firm
** X", the sector's word "logistics" read inside it)? */
static int possessive_then_adjectives(const char *t, size_t s, size_t e) {
  size_t n = possessive_gap(t, s, e);
  return n && (s + n == e || adjectives_between(t, s + n - 1, e));
}

/* The words between a firm and the country that opens what it is: the
** aside (", a Thai conglomerate,") or the sentence saying so ("X is a
** Japanese maker of pumps", a profile's opening line; set qweek104). */
static const char *const description_openings[] = {", a ", ", an ", ", the ", " is a ", " is an ", NULL};

/* Is t[s, e) one of the description_openings, maybe with the owners'
** whole share before the country: "X is a 100% Japanese-invested
** company", "X, a wholly Korean-owned firm," (the share tells only that
** no one else owns it; the country is still the owners')? */
static int description_opening_at(const char *t, size_t s, size_t e) {
  static const char *const whole_shares[] = {"100% ", "100 per cent ", "100 percent ", "wholly ", NULL};
  if (text_in(t, s, e, description_openings)) return 1;
  for (size_t i = 0; description_openings[i]; i++) {
    size_t n = strlen(description_openings[i]);
    if (text_starts(t, s, e, description_openings[i]) && text_in(t, s + n, e, whole_shares)) return 1;
  }
  return 0;
}

/* The words of an aside that tells only where a firm sits: "X, based in
** Nagoya,", "X, which is headquartered in Osaka,": all the text between a
** firm and the place of its seat, which gives the firm that origin.
** (names_shape.c based_after asks another question of the shape reader's
** tokens: does such an aside open after a run of words, which makes the
** run a firm; its words are not all these.) */
static const char *const seat_asides[] = {", based in ", ", headquartered in ", ", which is based in ",
                                          ", which is headquartered in ", ", incorporated in ",
                                          ", which is incorporated in ", ", registered in ", NULL};

/* Does a possessive at t[p] open firm words that end the aside ("'s
** largest parts maker," of "X, Japan's largest parts maker,"), maybe
** with a measure after them ("'s biggest shipbuilder by orders,")? */
static int possessive_description_at(const char *t, size_t p) {
  enum { MOST_BYTES = 60 };
  size_t q = p;
  while (t[q] && t[q] != ',' && t[q] != '.' && t[q] != ';' && q - p < MOST_BYTES && !description_ends_at(t, q)) q++;
  size_t n = possessive_gap(t, p, q);
  if (!n || !(t[q] == ',' || t[q] == '.' || description_ends_at(t, q))) return 0;
  return firm_words(t, p + n, q) || firm_words(t, p + n, by_or(t, p + n, q));
}

/* Does name n stand alone on its line, as a directory entry's heading? */
static int name_alone_on_line(const char *t, const ivl_name *n) {
  char after = t[n->vend];
  return (n->vstart == 0 || t[n->vstart - 1] == '\n') && (after == '\n' || after == '\r' || after == '\0');
}

#define ENTRY_FIELDS_REACH 480 /* the bytes of a directory entry's field lines after its heading */

/* "Krämer Antriebstechnik GmbH\n\nMembership: ...\nCountry of origin:
** Germany\n": a directory entry's heading names the firm alone on its
** line, and a field line below it, labelled as the firm's origin, names
** its country alone (set qweek135). The entry's fields end at the next
** heading, another firm alone on its line. The country's code, else NULL. */
static const char *field_line_origin(const ivl_gazetteer *g, const char *t, const ivl_names *ns, size_t i) {
  static const char *const labels[] = {"Country of origin: ", "Country: ", "Nationality: ", "Origin: ",
                                       "Home country: ", NULL};
  const ivl_name *o = &ns->items[i];
  if (!name_alone_on_line(t, o)) return NULL;
  for (size_t j = i + 1; j < ns->n && ns->items[j].vstart - o->vend <= ENTRY_FIELDS_REACH; j++) {
    const ivl_name *c = &ns->items[j];
    if (c->type == IVL_SYM_ORGANIZATION && name_alone_on_line(t, c)) return NULL;
    char after = t[c->vend];
    if (c->type != IVL_SYM_COUNTRY || (after != '\n' && after != '\r' && after != '\0')) continue;
    size_t line = c->vstart;
    while (line > 0 && t[line - 1] != '\n') line--;
    if (text_in(t, line, c->vstart, labels)) return code_of(g, c, 0);
  }
  return NULL;
}

/* "Headquartered in Phoenix, Arizona, Arcadia Avionics designs ...",
** "Founded in 1987 and based in Osaka, X makes ...": a sentence opening on
** the firm's seat, the firm named right after the comma that closes it,
** as a company's "About" box writes it (set qweek144). Does
** ns->items[i - 1] (with a place before it and ", ": "Phoenix, Arizona")
** so open the sentence of the firm ns->items[i]? */
static int opening_seat_before(const char *t, const ivl_names *ns, size_t i) {
  static const char *const openings[] = {"Headquartered in ", "Based in ", "and headquartered in ",
                                         "and based in ", NULL};
  const ivl_name *c = &ns->items[i - 1], *o = &ns->items[i];
  if (c->vend > o->vstart || !text_is(t, c->vend, o->vstart, ", ")) return 0;
  size_t p = c->vstart;
  if (i >= 2 && ns->items[i - 2].type == IVL_SYM_LOCATION && ns->items[i - 2].vend <= p &&
      text_is(t, ns->items[i - 2].vend, p, ", "))
    p = ns->items[i - 2].vstart;
  for (const char *const *w = openings; *w; w++) {
    size_t n = strlen(*w);
    if (p < n || memcmp(t + p - n, *w, n) != 0) continue;
    size_t at = p - n;
    if (**w == 'a') { /* "Founded in 1987 and headquartered in": its line opens on "Founded" */
      size_t line = at;
      while (line > 0 && t[line - 1] != '\n' && at - line < 40) line--;
      return (line == 0 || t[line - 1] == '\n') && strncmp(t + line, "Founded ", 8) == 0;
    }
    return at == 0 || t[at - 1] == '\n' || (at >= 2 && t[at - 2] == '.' && t[at - 1] == ' ');
  }
  return 0;
}

/* The origin of the organisation ns->items[i] that the gazetteer does not
** know, from the words around it: "Japan's JERA", "the Netherlands' Rijk
** Zwaan", "Hong Kong-based X", "Japanese firm X", "Chinese tyre maker X",
** "X of Japan", "X, a Thai conglomerate,"; NULL when none says. */
static const char *described_origin(const ivl_gazetteer *g, const char *t, const ivl_names *ns,
                                    size_t i) {
  const ivl_name *o = &ns->items[i];
  /* the name before the description, over sector words read inside it:
  ** "Malaysian state energy firm X" is Malaysia's ("energy" a sector
  ** mention between the country and the firm; set qweek53) */
  size_t before = i;
  while (before > 0 && ns->items[before - 1].type == IVL_SYM_SECTOR && ns->items[before - 1].vstart < o->vstart)
    before--;
  if (called_domestic(t, o->vstart, before > 0 ? &ns->items[before - 1] : NULL)) return "VN";
  const char *own = country_closing_name(g, t, o);
  if (own) return own;
  /* (first: "Bursa-listed X" is Bursa Malaysia's, not the Turkish city's) */
  const char *bourse = bourse_origin(t, o);
  if (bourse) return bourse;
  if (i > 0) {
    const ivl_name *c = &ns->items[i - 1];
    /* "Indian pharmaceutical company X": a sector's word inside the
    ** description; the country is the name before it */
    /* (or after its seat: "Macau (China)-based hospitality company X";
    ** set qchina) */
    /* (two sectors' words in a row too: "Chinese e-commerce logistics
    ** firm X", the country before the first; set qweek10) */
    /* (and words of what it is before the sector: "U.S. fabless chip
    ** firm X"; set qweek20) */
    size_t j = i - 1;
    while (c->type == IVL_SYM_SECTOR && j > 1 && ns->items[j - 1].type == IVL_SYM_SECTOR &&
           text_is(t, ns->items[j - 1].vend, ns->items[j].vstart, " "))
      j--;
    const ivl_name *lead = &ns->items[j];
    if (c->type == IVL_SYM_SECTOR && j > 0 && ns->items[j - 1].vend < lead->vstart &&
        (text_is(t, ns->items[j - 1].vend, lead->vstart, " ") || seat_word_is(t, ns->items[j - 1].vend, lead->vstart) ||
         possessive_then_adjectives(t, ns->items[j - 1].vend, lead->vstart) ||
         adjectives_between(t, ns->items[j - 1].vend, lead->vstart)) &&
        t[c->vend] == ' ' && (firm_words(t, c->vend + 1, o->vstart - 1) || sector_is_firm(t, c, o)))
      c = &ns->items[j - 1];
    /* "Taiwanese Apple supplier X", "a Korean Samsung vendor X": the
    ** customer named inside the description; the country is the name
    ** before it (set qground) */
    if ((c->type == IVL_SYM_COUNTRY || c->type == IVL_SYM_LOCATION) && opening_seat_before(t, ns, i))
      return code_of(g, c, 1);
    size_t s = c->vend, e = o->vstart;
    if (customer_in_description(t, ns, i)) c = &ns->items[i - 2]; /* (s..e: the words after the customer) */
    if (c->vend <= o->vstart && e - s <= 40 && e > s + 1 && (c->type == IVL_SYM_COUNTRY || c->type == IVL_SYM_LOCATION)) {
      char first = t[s];
      if (first == ' ' && local_unit_description(g, t, c, s, e)) return NULL;
      /* (or what the firm is, set off before its name: "Another Korean
      ** company, Hanjin Circuit, received ..."; set qcoref) */
      if (first == ' ' && e > s + 3 && t[e - 2] == ',' && t[o->vend] == ',' && firm_words(t, s + 1, e - 2))
        return code_of(g, c, 0);
      /* (the possessive alone, or what the firm is after it: "Kazakhstan's
      ** logistics operator X", "Japan's largest lender X"; set qweek74) */
      /* (or "own" stressing it: "with Vietnam's own X following on") */
      /* (a Vietnamese city's possessive is the firm's home as a foreign
      ** one's is: "Hanoi's X bought a stake in Seoul-based Y"; not the
      ** city before a trade with no possessive, a local unit's name) */
      size_t poss = possessive_gap(t, s, e);
      if (first == ' ' ? firm_words(t, s + 1, e - 1)
                       : poss && (poss == e - s || firm_words(t, s + poss, e - 1) || text_is(t, s + poss, e - 1, "own"))) {
        const char *code = code_of(g, c, 0);
        return code ? code : first == ' ' ? foreign_seat(g, c) : code_of(g, c, 1);
      }
      /* (a bourse's city tells a firm's home as its seat does: "Bangkok-listed X") */
      if (first == '-' && seat_word_is(t, s, e)) return code_of(g, c, 1);
      /* (an owner's country before the firm: "Japanese-owned X",
      ** "Chinese-invested firm X"; set qchina) */
      if (first == '-' && owner_word_then_firm(t, s, e)) return code_of(g, c, 0);
      /* (the seat, then what the firm is: "Nagoya-based tool maker X",
      ** "Osaka-based state-run lender X", the lead called_domestic leaves
      ** to the seat; "Singapore-based family office X"; set qagri. A
      ** Vietnamese seat so described is left as before, to the words after
      ** the name: "Hà Nội-based startup X" buying a local firm stays a deal
      ** the linker keeps for a firm of no stated origin, "Cần Thơ-based
      ** exporter X of Japan" is Japan's) */
      /* (any seat word so: "Shenzhen-headquartered battery maker X"; set
      ** qchina) */
      size_t words = seat_word_len(t, s, e);
      if (words && firm_words(t, s + words, e - 1)) {
        const char *seat = code_of(g, c, 1);
        if (seat && (strcmp(seat, "VN") != 0 || domestic_lead_at(t, s + words, e))) return seat;
      }
    }
  }
  const char *aside = aside_origin(g, t, ns, i);
  if (aside) return aside;
  const char *bracketed = origin_past_release_brackets(g, t, ns, i);
  if (bracketed) return bracketed;
  if (domestic_aside(t, o->vend)) return "VN";
  if (i + 1 < ns->n && (ns->items[i + 1].type == IVL_SYM_COUNTRY || ns->items[i + 1].type == IVL_SYM_LOCATION)) {
    const ivl_name *c = &ns->items[i + 1];
    size_t s = o->vend, e = c->vstart;
    /* (and "X University of the United Kingdom", the name ended before "of the") */
    /* (a foreign city so too, the firm's seat: "X GmbH of Stuttgart", "X
    ** Co., Ltd. of Nagano, Japan"; a Vietnamese city gives none, as
    ** "X of Hanoi" may be a foreign firm's local unit) */
    if (o->vend <= c->vstart && e - s <= 8 && (text_is(t, s, e, " of ") || text_is(t, s, e, " of the "))) {
      /* the country closes the phrase: "X of Japan will", not "X of Japan Tobacco" */
      unsigned char n = (unsigned char)t[c->vend];
      if (n != '\'' && !(n == ' ' && t[c->vend + 1] >= 'A' && t[c->vend + 1] <= 'Z'))
        return c->type == IVL_SYM_COUNTRY ? code_of(g, c, 0) : foreign_seat(g, c);
    }
    if (o->vend <= c->vstart && labelled_description(t, o, c)) return code_of(g, c, 0);
    if (o->vend <= c->vstart && e - s <= 24 && description_opening_at(t, s, e)) {
      /* "X, a Thai conglomerate,", "X, an Indonesian energy group," */
      size_t q = c->vend;
      while (t[q] && t[q] != ',' && t[q] != '.' && t[q] != ';' && q - c->vend < 40 && !description_ends_at(t, q)) q++;
      if (q > c->vend + 1 && t[c->vend] == ' ' && firm_words(t, c->vend + 1, of_or(t, c->vend, q)))
        return code_of(g, c, 0);
      /* (what it is, then who set it up or runs it: "X, an Australian
      ** property developer founded in Melbourne by a Vietnamese-Australian
      ** businesswoman,", "X, a Japanese seafood company run by ...": the
      ** firm is the description's country, not its founder's; set
      ** qweek100) */
      if (c->type == IVL_SYM_COUNTRY && t[c->vend] == ' ' && firm_words_then_owner(t, c->vend + 1, q))
        return code_of(g, c, 0);
      /* (and what it makes or whom it serves after "of": "X, a Hà
      ** Nội-based supplier of metal parts to Canon,") */
      /* (any seat word: "X, a Singapore-listed real estate investment
      ** trust,", set qweek41) */
      size_t seat = seat_word_len(t, c->vend, q), w = c->vend + seat;
      if (seat && (firm_words(t, w, of_or(t, w, q)) || firm_words_then_owner(t, w, q))) return code_of(g, c, 1);
      /* (or who owns it: "X, a Chinese-invested company that has run a
      ** plant here since 2018,"; set qchina) */
      if (c->type == IVL_SYM_COUNTRY && owner_aside(t, c->vend, q)) return code_of(g, c, 0);
    }
    /* "X, a ship repair company based in Ulsan's Dong District,": what the
    ** firm is, then its seat after "based in" (set qweek71) */
    if (o->vend <= c->vstart && described_then_based_in(t, s, e)) return code_of(g, c, 1);
    /* "X, based in Nagoya,", "X, which is headquartered in Osaka, Japan,":
    ** the seat in an aside of its own, with no words of what the firm is */
    if (o->vend <= c->vstart && o->type == IVL_SYM_ORGANIZATION && text_in(t, s, e, seat_asides))
      return code_of(g, c, 1);
    /* "X, Japan's largest parts maker,", "X, one of Korea's biggest
    ** shipbuilders,": the country's possessive opens what the firm is, as
    ** "Japan's largest lender X" does before the name */
    if (o->vend <= c->vstart && o->type == IVL_SYM_ORGANIZATION && c->type == IVL_SYM_COUNTRY &&
        (text_is(t, s, e, ", ") || text_is(t, s, e, ", one of ")) && possessive_description_at(t, c->vend))
      return code_of(g, c, 0);
    /* "X Co., Ltd (China)", "Y JSC (Hong Kong, China)": the country
    ** bracketed right after the firm, as portals list investors (its
    ** article too: "X LLC (the United States)", set qweek29) */
    if (o->vend <= c->vstart && c->type == IVL_SYM_COUNTRY && (text_is(t, s, e, " (") || text_is(t, s, e, " (the ")) &&
        (t[c->vend] == ')' || t[c->vend] == ','))
      return code_of(g, c, 0);
    /* "Sumikura Realty | Japan | US$680 million", "X<TAB>Japan<TAB>...":
    ** a table's row, the firm's origin the cell of its own right after
    ** the firm's (a country alone between the separators) */
    if (o->vend <= c->vstart && c->type == IVL_SYM_COUNTRY && table_cell_after(t, s, e, c->vend))
      return code_of(g, c, 0);
    /* "X, a subsidiary of US-based Y", "X, a unit of Japan's Y": the
    ** parent's country, said right before the parent's name */
    if (o->vend <= c->vstart && child_of_gap(t, s, e)) {
      if (text_starts(t, c->vend, c->vend + 7, "-based ")) return code_of(g, c, 1);
      if (text_starts(t, c->vend, c->vend + 3, "'s ") || text_starts(t, c->vend, c->vend + 5, "’s "))
        return code_of(g, c, 0);
    }
  }
  const char *formal = legal_form_origin(t, o);
  if (formal) return formal;
  const char *field = field_line_origin(g, t, ns, i);
  if (field) return field;
  const char *demonym = demonym_opening_name(g, t, o);
  if (demonym) return demonym;
  const char *listed = listed_origin(g, t, ns, i);
  if (listed) return listed;
  const char *summed = summed_list_origin(g, t, ns, i);
  if (summed) return summed;
  const char *home = home_place_in_name(g, t, o);
  return home ? home : school_country_opening(g, t, o);
}

/* Is t[s, e) the first whole words of p's name ("Hanwol" of "Hanwol
** Chemical Co")? A firm described once is named later by its first words
** alone, which the shape reader reads as a name of its own, no repeat. */
static int first_words_of(const char *t, const ivl_name *p, uint32_t s, uint32_t e) {
  uint32_t n = e - s;
  return n >= 3 && p->name_e - p->name_s > n + 1 && memcmp(t + p->name_s, t + s, n) == 0 &&
         t[p->name_s + n] == ' ';
}

/* Is p's name o's without its legal form ("Arcadia Avionics" of "Arcadia
** Avionics Inc.")? The same firm: a company's "About" box, told after the
** release, gives its seat to the full name the release opened on (set
** qweek144), where a longer name of other words may be another firm
** ("Arcadia Avionics Vietnam Co., Ltd"). */
static int named_without_legal_form(const char *t, const ivl_name *o, const ivl_name *p) {
  static const char *const forms[] = {" Inc.", " Inc", " Corp.", " Corp", " Corporation", " Co., Ltd",
                                      " Co., Ltd.", " Ltd", " Ltd.", " LLC", " JSC", " Plc", " PLC", " Limited",
                                      " GmbH", " AG", " SA", " S.A.", NULL};
  uint32_t n = p->name_e - p->name_s, m = o->name_e - o->name_s;
  if (n < 3 || m <= n || memcmp(t + o->name_s, t + p->name_s, n) != 0) return 0;
  for (const char *const *f = forms; *f; f++)
    if (strlen(*f) == m - n && memcmp(t + o->name_s + n, *f, m - n) == 0) return 1;
  return 0;
}

/* A firm of no origin yet, which the gazetteer does not know? */
static int origin_open(const ivl_names *ns, const char **out, size_t i) {
  const ivl_name *o = &ns->items[i];
  return !out[i] && o->type == IVL_SYM_ORGANIZATION && o->entry < 0 && !o->kin;
}

/* Is the acronym o brackets after its full name the name p was written
** by before ("Siam Pacific Conglomerate (SPC)" after the headline's
** "Thai conglomerate SPC")? */
static int alias_is(const char *t, const ivl_name *o, const ivl_name *p) {
  uint32_t n = o->alias_e - o->alias_s;
  return o->alias_e && p->name_e - p->name_s == n && memcmp(t + o->alias_s, t + p->name_s, n) == 0;
}

/* Is t[s, e) the brand right after the first word of p's name, a word of
** four letters or more ("Hualin" of "Zhejiang Hualin Textile Co.")? A
** Chinese firm named by its home and brand is written again by the brand
** alone (set qweek15). */
static int brand_after_home(const char *t, const ivl_name *p, uint32_t s, uint32_t e) {
  uint32_t sp = p->name_s;
  while (sp < p->name_e && t[sp] != ' ') sp++;
  uint32_t n = e - s;
  return n >= 4 && sp + 1 + n <= p->name_e && memcmp(t + sp + 1, t + s, n) == 0 &&
         (sp + 1 + n == p->name_e || t[sp + 1 + n] == ' ');
}

/* 'Stellarion Networks, Inc. (NASDAQ: STLN) ("Stellarion"), a ...', 'Y
** JSC ("SGDI")': the short name a release defines in quotes in brackets
** right after the firm (past its ticker's bracket) is that firm, of its
** origin (set qweek38); its repeats then take it. Not a quoted name after
** anything else. Whether any was given one. */
static int defined_names_take_origins(const char *t, const ivl_names *ns, const char **out, size_t *found,
                                      size_t *nfound) {
  enum { REACH = 40 };
  int any = 0;
  for (size_t i = 1; i < ns->n; i++) {
    const ivl_name *o = &ns->items[i];
    size_t q = o->vstart, ql = 0;
    if (o->type != IVL_SYM_ORGANIZATION || !origin_open(ns, out, i) || q < 5) continue;
    if (t[q - 1] == '"') ql = 1;
    else if ((unsigned char)t[q - 3] == 0xE2 && (unsigned char)t[q - 2] == 0x80 && (unsigned char)t[q - 1] == 0x9C) ql = 3;
    if (!ql || t[q - ql - 1] != '(' || t[q - ql - 2] != ' ') continue;
    size_t open = q - ql - 2;
    for (size_t j = i; j-- > 0 && ns->items[j].vend + REACH >= open;) {
      const ivl_name *p = &ns->items[j];
      if (p->type != IVL_SYM_ORGANIZATION || p->vend > open) continue;
      if (p->vend == open || past_release_brackets_n(t, p->vend, 1) == open) {
        if (out[j]) out[i] = out[j], found[(*nfound)++] = i, any = 1;
        break;
      }
    }
  }
  return any;
}

/* Repeats take the origin of the firm they repeat, as the found ones
** (found[0, nfound)) have it: named as before, by its first words, by a
** longer name that opens on the one before ("Hoshino Holdings" after
** "Japanese retailer Hoshino"; set qalias), or by the full name of the
** acronym it was written by before. */
static void repeats_take_origins(const char *t, const ivl_names *ns, const char **out, const size_t *found,
                                 size_t nfound) {
  for (size_t i = 0; i < ns->n; i++) {
    if (!origin_open(ns, out, i)) continue;
    const ivl_name *o = &ns->items[i];
    /* a shortened repeat by its full name: "Sailun" after "China's Sailun Group" */
    uint32_t s = o->full_e ? o->full_s : o->name_s, e = o->full_e ? o->full_e : o->name_e;
    for (size_t f = 0; f < nfound; f++) {
      const ivl_name *p = &ns->items[found[f]];
      /* (or by the short form its full name gave in brackets: "ThaiBev"
      ** after "Thai Beverage Plc (ThaiBev)", in the headline too) */
      if ((p->name_e - p->name_s == e - s && memcmp(t + p->name_s, t + s, e - s) == 0) || alias_is(t, p, o) ||
          first_words_of(t, p, s, e) ||
          (found[f] < i && (first_words_of(t, o, p->name_s, p->name_e) ||
                            alias_is(t, o, p) || brand_after_home(t, p, s, e))) ||
          (found[f] > i && named_without_legal_form(t, o, p))) {
        out[i] = out[found[f]];
        break;
      }
    }
  }
}

/* "Daeyang's parent, Daeyang Group, has invested ...", "Its parent,
** Tamura Holdings, ...": a parent named in an aside by its child (the
** firm in the possessive, or with "Its" the last firm of known origin
** named before it) is of the child's country, as a child is of its
** parent's (child_of_gap; set qexpand). Each one given is found too.
** Whether any was. */
static int parents_take_origins(const char *t, const ivl_names *ns, const char **out, size_t *found,
                                size_t *nfound) {
  static const char *const kin[] = {"parent, ", "parent company, ", "parent group, ", "parent firm, ", NULL};
  enum { ITS_REACH = 400 }; /* bytes back to the child "Its" stands for */
  int any = 0;
  for (size_t i = 1; i < ns->n; i++) {
    const ivl_name *o = &ns->items[i];
    if (!origin_open(ns, out, i) || t[o->vend] != ',') continue;
    size_t k = 0;
    while (kin[k] && !(o->vstart >= strlen(kin[k]) &&
                       memcmp(t + o->vstart - strlen(kin[k]), kin[k], strlen(kin[k])) == 0))
      k++;
    if (!kin[k]) continue;
    size_t at = o->vstart - strlen(kin[k]); /* where "parent" starts */
    const char *origin = NULL;
    const ivl_name *c = &ns->items[i - 1];
    if (c->type == IVL_SYM_ORGANIZATION && (text_is(t, c->vend, at, "'s ") || text_is(t, c->vend, at, "’s "))) {
      origin = out[i - 1];
      /* (a child by its first words, which may have been read as the
      ** parent's short form: "Daesung's parent, Daesung Holdings" after
      ** "Korea's Daesung Cable") */
      for (size_t j = 0; j + 1 < i && !origin; j++)
        if (out[j] && first_words_of(t, &ns->items[j], c->name_s, c->name_e)) origin = out[j];
    }
    else if (at >= 4 && memcmp(t + at - 4, "Its ", 4) == 0)
      for (size_t j = i; j-- > 0 && ns->items[j].vend + ITS_REACH >= at && !origin;)
        if (ns->items[j].type == IVL_SYM_ORGANIZATION) origin = out[j];
    if (!origin) continue;
    out[i] = origin, found[(*nfound)++] = i, any = 1;
  }
  return any;
}

/* "WPG's food retail arm, Pingnakorn Retail, completed ...", "Daehan's
** Vietnamese unit, Daehan Vina,": a firm set off after its parent's
** possessive and the word of a unit (a few lower-case words before it) is
** of the parent's country (set qweek16). Whether any was given one. */
static int arms_take_parent_origins(const char *t, const ivl_names *ns, const char **out, size_t *found,
                                    size_t *nfound) {
  static const char *const arms[] = {"arm", "unit", "subsidiary", "division", "affiliate", NULL};
  enum { WORDS = 5 }; /* lower-case words between the possessive and the comma */
  int any = 0;
  for (size_t i = 1; i < ns->n; i++) {
    const ivl_name *o = &ns->items[i];
    if (!origin_open(ns, out, i) || o->vstart < 4 || t[o->vstart - 1] != ' ' || t[o->vstart - 2] != ',') continue;
    size_t e = o->vstart - 2, w = e; /* the unit's word ends at the comma */
    while (w > 0 && ivl_isalpha((unsigned char)t[w - 1])) w--;
    if (!text_in(t, w, e, arms)) continue;
    size_t p = w;
    for (int n = 0; n < WORDS && p > 1 && t[p - 1] == ' ' && ivl_islower((unsigned char)t[p - 2]); n++) {
      size_t q = p - 1;
      while (q > 0 && ivl_isalpha((unsigned char)t[q - 1])) q--;
      if (q > 0 && t[q - 1] == '\'') break; /* the possessive's "s" */
      p = q;
    }
    /* the possessive right before: "WPG's " */
    if (p < 3 || t[p - 1] != ' ' || t[p - 2] != 's' || t[p - 3] != '\'') continue;
    /* (past a sector's word in the unit's words: "food retail arm") */
    size_t j = i;
    while (j > 0 && ns->items[j - 1].vend > p - 3) j--;
    if (j == 0) continue;
    const ivl_name *parent = &ns->items[j - 1];
    if (parent->type != IVL_SYM_ORGANIZATION || parent->vend != p - 3 || !out[j - 1]) continue;
    out[i] = out[j - 1], found[(*nfound)++] = i, any = 1;
  }
  return any;
}

/* "Korea's X has injected ... into its Vietnamese subsidiary, X Vietnam,",
** "Y's Vietnam unit Y Vietnam": a local unit described so
** (local_unit_description) is of its parent's country: with "its", the
** firm named last before it that has one; with "Y's", Y. Whether any was
** given one. */
static int units_take_parent_origins(const ivl_gazetteer *g, const char *t, const ivl_names *ns, const char **out,
                                     size_t *found, size_t *nfound) {
  enum { ITS_REACH = 300 }; /* bytes back to the parent "its" stands for */
  int any = 0;
  for (size_t i = 1; i < ns->n; i++) {
    const ivl_name *o = &ns->items[i], *c = &ns->items[i - 1];
    if (o->type != IVL_SYM_ORGANIZATION || !origin_open(ns, out, i) || c->vend > o->vstart ||
        o->vstart - c->vend > 40 || !local_unit_description(g, t, c, c->vend, o->vstart))
      continue;
    const char *origin = NULL;
    if (t[c->vstart - 2] == 's' && i >= 2 && ns->items[i - 2].type == IVL_SYM_ORGANIZATION &&
        ns->items[i - 2].vend + 3 >= c->vstart)
      origin = out[i - 2];
    else
      for (size_t j = i - 1; j-- > 0 && ns->items[j].vend + ITS_REACH >= c->vstart && !origin;)
        if (ns->items[j].type == IVL_SYM_ORGANIZATION) origin = out[j];
    if (!origin || strcmp(origin, "VN") == 0) continue;
    out[i] = origin, found[(*nfound)++] = i, any = 1;
  }
  return any;
}

/* Where the kin words of an aside after a firm end, t[s] the comma that
** opens it: ", a Singapore-registered subsidiary of ", ", a unit of ",
** ", wholly owned by " (up to three words describe the child first);
** else 0. */
static size_t child_aside_end(const char *t, size_t s, size_t e) {
  /* (or said of it in a clause of its own: "X is a subsidiary of South
  ** Korea's Y", set qweek37) */
  static const char *const opens[] = {", a ", ", an ", ", the ", ", ", " is a ", " is an ", " is the ",
                                      " is wholly ", " is ", NULL};
  static const char *const kin[] = {"subsidiary of ", "unit of ", "arm of ", "affiliate of ", "owned by ", NULL};
  enum { MOST_WORDS = 3 };
  for (int o = 0; opens[o]; o++) {
    if (!text_starts(t, s, e, opens[o])) continue;
    size_t p = s + strlen(opens[o]);
    for (int words = 0; words <= MOST_WORDS && p < e; words++) {
      for (int k = 0; kin[k]; k++)
        if (text_starts(t, p, e, kin[k])) return p + strlen(kin[k]);
      /* (a describing word: letters, maybe a hyphen or a bracket, as in
      ** "Taiwan (China)-registered") */
      size_t q = p;
      while (q < e && (ivl_isalpha((unsigned char)t[q]) || t[q] == '-' || t[q] == '(' || t[q] == ')' ||
                       (unsigned char)t[q] >= 0x80))
        q++;
      if (q == p || q >= e || t[q] != ' ') break;
      p = q + 1;
    }
  }
  return 0;
}

/* "X, a Singapore-registered subsidiary of Taiwan (China)'s Y", "Korea-based
** X, a unit of US chemicals group Y", "Singapore-registered X, wholly owned
** by Chinese solar panel maker Y": a firm its aside calls its parent's
** child is of the parent's country, which its seat or registration before
** its name does not change (set qchina); the parent the next firm named,
** only its description between. Whether any was given one. */
static int children_take_parent_origins(const char *t, const ivl_names *ns, const char **out, size_t *found,
                                        size_t *nfound) {
  enum { REACH = 100, DESCRIPTION = 60 };
  int any = 0;
  for (size_t i = 0; i + 1 < ns->n; i++) {
    const ivl_name *o = &ns->items[i];
    if (o->type != IVL_SYM_ORGANIZATION || o->entry >= 0 || o->kin ||
        (t[o->vend] != ',' && strncmp(t + o->vend, " is ", 4) != 0))
      continue;
    size_t j = i + 1;
    while (j < ns->n && ns->items[j].type != IVL_SYM_ORGANIZATION) j++;
    if (j >= ns->n || !out[j] || ns->items[j].vstart > o->vend + REACH) continue;
    size_t end = child_aside_end(t, o->vend, ns->items[j].vstart);
    if (!end || ns->items[j].vstart - end > DESCRIPTION || memchr(t + end, ',', ns->items[j].vstart - end)) continue;
    if (!out[i]) found[(*nfound)++] = i;
    out[i] = out[j], any = 1;
    /* "Sejin Apparel Vina Co., Ltd ... Sejin Apparel Vina is a subsidiary
    ** of South Korea's Y": the child written again without its legal form
    ** gives the full name named before it the parent's country too (set
    ** qweek37) */
    size_t n = o->name_e - o->name_s;
    for (size_t k = 0; k < i; k++) {
      const ivl_name *full = &ns->items[k];
      if (full->type != IVL_SYM_ORGANIZATION || out[k] || full->name_e - full->name_s <= n ||
          memcmp(t + full->name_s, t + o->name_s, n) != 0 ||
          strip_tail(t, full->name_s, full->name_e, &legal_index) != full->name_s + n)
        continue;
      out[k] = out[j], found[(*nfound)++] = k;
    }
  }
  return any;
}

/* "Hòa An Dairy JSC said on Friday it would ... The Nghệ An-based company
** has invested $310 million abroad": a sentence that opens on a firm
** described by its seat, with no name, speaks of the firm named last
** before it, whose home the seat is (set qexpand). Not when that firm
** has an origin already, nor past another organisation. Whether any was
** given one. */
static int seats_said_after(const ivl_gazetteer *g, const char *t, const ivl_names *ns, const char **out,
                            size_t *found, size_t *nfound) {
  static const char *const firms[] = {"-based company ", "-based firm ", "-based group ", "-based enterprise ",
                                      NULL};
  enum { REACH = 400 }; /* bytes back to the firm named last */
  int any = 0;
  for (size_t i = 1; i < ns->n; i++) {
    const ivl_name *c = &ns->items[i];
    if (c->type != IVL_SYM_LOCATION || c->vstart < 4 || memcmp(t + c->vstart - 4, "The ", 4) != 0) continue;
    int k = 0;
    while (firms[k] && strncmp(t + c->vend, firms[k], strlen(firms[k])) != 0) k++;
    if (!firms[k]) continue;
    const char *code = code_of(g, c, 1);
    size_t j = i;
    while (j-- > 0 && ns->items[j].type != IVL_SYM_ORGANIZATION) {}
    if (!code || j >= i || ns->items[j].vend + REACH < c->vstart || !origin_open(ns, out, j)) continue;
    out[j] = code, found[(*nfound)++] = j, any = 1;
  }
  return any;
}

/* Does the organisation's name say a public body, not a firm ("People's
** Committee", "Department of Finance", "Ministry of Finance")? */
static int public_body(const char *t, const ivl_name *o) {
  static const char *const bodies[] = {"Committee", "Department", "Ministry", "Authority", "Government", NULL};
  for (int k = 0; bodies[k]; k++)
    for (size_t p = o->vstart; p + strlen(bodies[k]) <= o->vend; p++)
      if (memcmp(t + p, bodies[k], strlen(bodies[k])) == 0) return 1;
  return 0;
}

/* The one reader of whether a firm's name says a local unit (names.h).
** (facts_relate.c local_unit_of asks another question: whether one name is
** another's with the host country and a legal form after it.) */
int ivl_names_local_unit(const char *s, size_t n) {
  static const char *const local[] = {" Vietnam", " Vina", " Việt Nam", NULL};
  for (int k = 0; local[k]; k++) {
    size_t w = strlen(local[k]);
    for (size_t p = 0; p + w <= n; p++)
      if (memcmp(s + p, local[k], w) == 0 && (p + w == n || !ivl_isalpha((unsigned char)s[p + w])))
        return 1;
  }
  return 0;
}

/* Does the name say a local unit ("Midori Kasei Vietnam Co., Ltd", "X
** Vina")? The foreign firm its description names is its parent, not it. */
static int local_unit_named(const char *t, const ivl_name *o) {
  return ivl_names_local_unit(t + o->vstart, o->vend - o->vstart);
}

/* Where the firm words after a demonym end ("tech giant" of "The South
** Korean tech giant received"), no name after them; 0 when they are of a
** unit or of several firms ("The Vietnamese unit", "The Korean firms"),
** whose country is where they are registered or is no one firm's. */
static size_t description_end(const char *t, size_t len, size_t s) {
  static const char *const kin[] = {"unit", "subsidiary", "arm", "affiliate", "division", "branch", NULL};
  enum { MOST_WORDS = 4 };
  size_t q = s;
  for (int words = 0; words < MOST_WORDS && q < len; words++) {
    size_t w = q;
    while (q < len && (ivl_isalpha((unsigned char)t[q]) || t[q] == '-')) q++;
    if (q == w || q + 1 >= len || (t[q] != ' ' && t[q] != ',')) return 0;
    if (firm_words(t, s, q)) {
      int plural = t[q - 1] == 's' && t[q - 2] != 's';
      return plural || text_in(t, w, q, kin) || ivl_isupper((unsigned char)t[q + 1]) ? 0 : q;
    }
    q++;
  }
  return 0;
}

/* Where the sentence holding offset k starts: after ". " or a line break
** (the plain reading the origin passes need, no abbreviations). */
static size_t sentence_start(const char *t, size_t k) {
  while (k > 0 && t[k - 1] != '\n' && !(k >= 2 && t[k - 1] == ' ' && t[k - 2] == '.')) k--;
  return k;
}

/* "Hanseo Electronics will invest ... . The South Korean tech giant
** received ...": a sentence that opens on "The" and a firm described by
** its country ("The Thai conglomerate", "The Japanese retailer"), no name
** after it, speaks of the one firm the sentence before names (its public
** bodies and the outlets of its dateline aside), when that firm has no
** origin yet (set qalias). Whether any was given one. */
static int descriptions_said_after(const ivl_gazetteer *g, const char *t, size_t len, const ivl_names *ns,
                                   const char **out, size_t *found, size_t *nfound) {
  int any = 0;
  for (size_t i = 1; i < ns->n; i++) {
    const ivl_name *c = &ns->items[i];
    size_t at = c->vstart; /* "The " opens a sentence: after ". " or a line's start */
    if (c->type != IVL_SYM_COUNTRY || at < 6 || memcmp(t + at - 4, "The ", 4) != 0 ||
        !(t[at - 5] == '\n' || (t[at - 5] == ' ' && t[at - 6] == '.')))
      continue;
    const char *code = code_of(g, c, 0);
    if (!code || c->vend + 1 >= len || t[c->vend] != ' ' || !description_end(t, len, c->vend + 1)) continue;
    size_t b = at - 4; /* the sentence before: [k, b), its paragraph's break passed */
    while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\n' || t[b - 1] == '\r')) b--;
    size_t k = sentence_start(t, b);
    size_t firm = ns->n, firms = 0;
    for (size_t j = 0; j < i; j++) {
      const ivl_name *o = &ns->items[j];
      if (o->type != IVL_SYM_ORGANIZATION || o->vstart < k || o->vend > b || public_body(t, o) ||
          (o->vstart > 0 && t[o->vstart - 1] == '('))
        continue;
      firms++, firm = j;
    }
    if (firms != 1 || !origin_open(ns, out, firm) || local_unit_named(t, &ns->items[firm])) continue;
    out[firm] = code, found[(*nfound)++] = firm, any = 1;
  }
  return any;
}

/* "When Kitahara Seiko arrived in Vietnam in the 1990s, its Japanese
** managers had to ...", "Brunvik Marine, whose Norwegian owners ...": a
** demonym right after "its" or "whose", then the people who run or own a
** firm, tells the origin of the one firm the sentence names before it
** (not its workers or staff: a foreign firm's are often local). Whether
** any was given one. */
static int owners_said_after(const ivl_gazetteer *g, const char *t, size_t len, const ivl_names *ns,
                             const char **out, size_t *found, size_t *nfound) {
  static const char *const runners[] = {"managers", "management", "executives", "founder", "founders", "owner",
                                        "owners", "bosses", NULL};
  int any = 0;
  for (size_t i = 1; i < ns->n; i++) {
    const ivl_name *c = &ns->items[i];
    size_t at = c->vstart, q = c->vend + 1;
    if (c->type != IVL_SYM_COUNTRY || at < 6 || q >= len || t[c->vend] != ' ' ||
        !(memcmp(t + at - 4, "its ", 4) == 0 || (at >= 7 && memcmp(t + at - 6, "whose ", 6) == 0)))
      continue;
    const char *code = code_of(g, c, 0);
    size_t w = q;
    while (q < len && ivl_islower((unsigned char)t[q])) q++;
    if (!code || !text_in(t, w, q, runners)) continue;
    size_t k = sentence_start(t, at);
    size_t firm = ns->n, firms = 0;
    for (size_t j = 0; j < i; j++) {
      const ivl_name *o = &ns->items[j];
      if (o->type != IVL_SYM_ORGANIZATION || o->vstart < k || public_body(t, o)) continue;
      firms++, firm = j;
    }
    if (firms != 1 || !origin_open(ns, out, firm) || local_unit_named(t, &ns->items[firm])) continue;
    out[firm] = code, found[(*nfound)++] = firm, any = 1;
  }
  return any;
}

/* "the German company's manufacturing footprint": a country's demonym
** then firm words in the possessive, what the firm is said of. */
static int demonym_firm_possessive(const char *t, size_t len, const ivl_name *c) {
  size_t q = c->vend + 1;
  if (c->type != IVL_SYM_COUNTRY || q >= len || t[c->vend] != ' ') return 0;
  while (q < len && ivl_islower((unsigned char)t[q])) q++;
  return q + 2 < len && t[q] == '\'' && t[q + 1] == 's' && t[q + 2] == ' ' && firm_words(t, c->vend + 1, q);
}

/* "(Bloomberg) -- X agreed ...", "HÀ NỘI, May 4 (VNA) – X will ...": an
** agency in brackets or a wire's dateline opening the line credits the
** story; the sentence opens after it. Where it opens. */
static size_t past_bracketed_credit(const char *t, size_t len, size_t k) {
  size_t dash = ivl_layout_wire_dateline(t, len, k);
  if (dash > k && dash < len) {
    size_t p = dash + ((unsigned char)t[dash] == 0xE2 ? 3 : 1);
    while (p < len && (t[p] == ' ' || t[p] == '-')) p++;
    return p;
  }
  if (k >= len || t[k] != '(' || (k > 0 && t[k - 1] != '\n')) return k;
  const char *close = memchr(t + k, ')', len - k);
  if (!close || close - (t + k) > 24) return k;
  size_t p = (size_t)(close - t) + 1;
  while (p < len && (t[p] == ' ' || t[p] == '-')) p++;
  return p > (size_t)(close - t) + 2 ? p : k;
}

/* Past a listing or seat word opening the sentence before its subject
** ("ASX-listed X", "NZX-listed X", "Brisbane-listed X": one word, then a
** seat word), the subject's start; else p. The bourse's word says where
** the firm's shares trade, not who the sentence is about. */
static size_t past_seat_prefix(const char *t, size_t p, size_t e) {
  size_t q = p;
  if (q >= e || !ivl_isupper((unsigned char)t[q])) return p;
  while (q < e && ivl_isalnum((unsigned char)t[q])) q++;
  size_t n = seat_word_len(t, q, e);
  return n ? q + n : p;
}

/* "Kuroda Electric will build a plant in Nghệ An, Nikkei has learned, as
** the Kyoto-based component maker moves production out of China": "the"
** and a foreign seat's "-based" firm words inside a sentence that opens
** on a firm (only capitals before it: a dateline) speak of that firm, the
** sentence's subject, when it has no origin yet (set qweek12). Not "a
** Kyoto-based maker" (another firm, brought in), not a seat at home (a
** local plant is called by its province), not one opening the sentence
** (seats_said_after's). Whether any was given one. */
static int seats_said_within(const ivl_gazetteer *g, const char *t, size_t len, const ivl_names *ns,
                             const char **out, size_t *found, size_t *nfound) {
  int any = 0;
  for (size_t i = 1; i < ns->n; i++) {
    const ivl_name *c = &ns->items[i];
    /* (or the firm's country and what it is, possessive: "expanding the
    ** German company's footprint"; set qweek17) */
    int demonym = c->vstart >= 5 && memcmp(t + c->vstart - 5, " the ", 5) == 0 && demonym_firm_possessive(t, len, c);
    if (!demonym &&
        (c->type != IVL_SYM_LOCATION || c->vstart < 5 || memcmp(t + c->vstart - 5, " the ", 5) != 0 ||
         c->vend + 7 >= len || memcmp(t + c->vend, "-based ", 7) != 0 || !description_end(t, len, c->vend + 7)))
      continue;
    const char *code = demonym ? code_of(g, c, 0) : foreign_seat(g, c);
    if (!code || strcmp(code, "VN") == 0) continue;
    size_t k = past_bracketed_credit(t, len, sentence_start(t, c->vstart));
    size_t firm = ns->n;
    for (size_t j = 0; j < i && firm == ns->n; j++) {
      const ivl_name *o = &ns->items[j];
      if (o->type == IVL_SYM_ORGANIZATION && o->vstart >= k && o->vend <= c->vstart) firm = j;
    }
    if (firm == ns->n || public_body(t, &ns->items[firm]) || !origin_open(ns, out, firm)) continue;
    /* (a listing word may stand before it: "ASX-listed X ..., the
    ** Perth-based grain handler told the ASX"; set qweek67) */
    size_t p = past_seat_prefix(t, k, ns->items[firm].vstart);
    while (p < ns->items[firm].vstart && !ivl_islower((unsigned char)t[p])) p++;
    if (p < ns->items[firm].vstart) continue; /* the firm is no subject opening the sentence */
    out[firm] = code, found[(*nfound)++] = firm, any = 1;
  }
  return any;
}

/* "Japanese retailers have been expanding in the region. Rival Aozora
** Holdings said ...", "... as Korean lenders race to expand in Vietnam.
** Hanbit Financial Group bought ...": a sentence that opens on a firm of
** no origin (or "Rival", "Peer" and it) right after one naming firms of a
** trade by a country's demonym ("Korean lenders": a plural firm noun
** right after it), the only such group there, gives an instance of them
** (set qweek12). Not a firm after another kind of sentence, nor a
** group of the country's own (Vietnamese firms speak of the home market).
** Whether any was given one. */
static int members_of_group_before(const ivl_gazetteer *g, const char *t, size_t len, const ivl_names *ns,
                                   const char **out, size_t *found, size_t *nfound) {
  static const char *const groups[] = {"retailers", "lenders", "banks", "insurers", "carmakers", "chipmakers",
                                       "manufacturers", "makers", "developers", "conglomerates", "chaebol", NULL};
  static const char *const openers[] = {"Rival ", "Peer ", "Competitor ", "Compatriot ", NULL};
  int any = 0;
  for (size_t i = 1; i < ns->n; i++) {
    const ivl_name *o = &ns->items[i];
    if (!origin_open(ns, out, i) || public_body(t, o)) continue;
    size_t at = o->vstart;
    for (int k = 0; openers[k]; k++) {
      size_t n = strlen(openers[k]);
      if (at >= n && memcmp(t + at - n, openers[k], n) == 0) { at -= n; break; }
    }
    /* the sentence opens on it: after ". " or a line's start */
    if (at < 2 || !(t[at - 1] == '\n' || (t[at - 1] == ' ' && t[at - 2] == '.'))) continue;
    size_t b = at;
    while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\n' || t[b - 1] == '\r')) b--;
    size_t k = sentence_start(t, b); /* the sentence before: [k, b) */
    const char *code = NULL;
    int demonyms = 0;
    for (size_t j = 0; j < i; j++) {
      const ivl_name *c = &ns->items[j];
      if (c->vstart < k || c->vend > b || c->type != IVL_SYM_COUNTRY) continue;
      size_t w = c->vend + 1, e = w;
      while (e < len && ivl_isalpha((unsigned char)t[e])) e++;
      /* (a list of countries' firms is no one country's: "Japanese and Korean retailers") */
      int listed = (c->vstart >= 4 && memcmp(t + c->vstart - 4, "and ", 4) == 0) ||
                   (c->vstart >= 3 && memcmp(t + c->vstart - 3, "or ", 3) == 0) ||
                   (c->vstart >= 2 && memcmp(t + c->vstart - 2, ", ", 2) == 0);
      if (c->vend < len && t[c->vend] == ' ' && text_in(t, w, e, groups)) code = listed ? NULL : code_of(g, c, 0), demonyms++;
    }
    if (demonyms != 1 || !code || strcmp(code, "VN") == 0) continue;
    out[i] = code, found[(*nfound)++] = i, any = 1;
  }
  return any;
}

/* The origins the descriptions give the article's organisations (NULL
** each the gazetteer knows or none describes), the same for a firm named
** again as written ("JERA ... JERA"); NULL when none has one. */
static const char **described_origins(const ivl_gazetteer *g, const char *t, size_t len, const ivl_names *ns) {
  const char **out = NULL;
  size_t *found = NULL, nfound = 0;
  for (size_t i = 0; i < ns->n; i++) {
    const ivl_name *o = &ns->items[i];
    if (o->type != IVL_SYM_ORGANIZATION || o->entry >= 0 || o->kin) continue;
    const char *c = described_origin(g, t, ns, i);
    if (!c) continue;
    if (!out && (!(out = calloc(ns->n, sizeof *out)) || !(found = malloc(ns->n * sizeof *found)))) {
      free(out);
      return NULL;
    }
    out[i] = c;
    found[nfound++] = i;
  }
  /* (a parent or a seat told later may give one where no description did) */
  if (!out && (!(out = calloc(ns->n ? ns->n : 1, sizeof *out)) || !(found = malloc(ns->n * sizeof *found)))) {
    free(out);
    return NULL;
  }
  children_take_parent_origins(t, ns, out, found, &nfound);
  defined_names_take_origins(t, ns, out, found, &nfound);
  repeats_take_origins(t, ns, out, found, nfound);
  /* (then a parent named by its child, and the repeats of that parent) */
  int more = parents_take_origins(t, ns, out, found, &nfound);
  more |= units_take_parent_origins(g, t, ns, out, found, &nfound);
  more |= arms_take_parent_origins(t, ns, out, found, &nfound);
  more |= descriptions_said_after(g, t, len, ns, out, found, &nfound);
  more |= owners_said_after(g, t, len, ns, out, found, &nfound);
  more |= seats_said_within(g, t, len, ns, out, found, &nfound);
  more |= members_of_group_before(g, t, len, ns, out, found, &nfound);
  if (seats_said_after(g, t, ns, out, found, &nfound) || more) repeats_take_origins(t, ns, out, found, nfound);
  free(found);
  if (!nfound) free(out), out = NULL;
  return out;
}

/* }======== */

/* {======== glosses ======== */

/* Does the name t[s, e) open on a Vietnamese word for a company, a
** corporation, a group or a bank, marked or plain ("Công ty TNHH ...",
** "Cong ty Co phan ...", "Tổng công ty ...", "Tập đoàn ...")? */
static int vietnamese_firm_name(const char *t, size_t s, size_t e) {
  static const char *const openers[] = {
      "C\xc3\xb4ng ty ", "Cong ty ", "T\xe1\xbb\x95ng C\xc3\xb4ng ty ", "T\xe1\xbb\x95ng c\xc3\xb4ng ty ",
      "Tong Cong ty ", "Tong cong ty ", "T\xe1\xba\xadp \xc4\x91o\xc3\xa0n ", "Tap doan ",
      "Ng\xc3\xa2n h\xc3\xa0ng ", "Ngan hang ", NULL};
  for (const char *const *o = openers; *o; o++) {
    size_t n = strlen(*o);
    if (e - s > n && memcmp(t + s, *o, n) == 0) return 1;
  }
  return 0;
}

/* After a name ending at 'p': ")" , or ", ACR)" (an acronym of capitals
** and digits, "TIDC"). The offset past the ")", or 0; the acronym's span
** in *as, *ae (*ae 0: none). */
static size_t gloss_close(const char *t, size_t len, size_t p, uint32_t *as, uint32_t *ae) {
  *as = *ae = 0;
  if (p < len && t[p] == ')') return p + 1;
  if (p + 2 >= len || t[p] != ',' || t[p + 1] != ' ') return 0;
  size_t q = p + 2;
  while (q < len && (ivl_isupper((unsigned char)t[q]) || ivl_isdigit((unsigned char)t[q]))) q++;
  if (q - (p + 2) < 2 || q >= len || t[q] != ')') return 0;
  *as = (uint32_t)(p + 2), *ae = (uint32_t)q;
  return q + 1;
}

/* "Công ty TNHH Công nghệ Hanlim Việt Nam (Hanlim Technology Vietnam Co.,
** Ltd)", "Sao Bac Group (Tập đoàn Sao Bắc)", "Thuan An Industrial
** Development Corporation (Cong ty Co phan Phat trien Cong nghiep Thuan
** An, TIDC)": a firm's name in Vietnamese and its English one in brackets,
** either way round, name one firm, as bilingual portals and law firms
** write them: one mention over both, named in English (the name the
** English text goes on to use), an acronym after the Vietnamese its
** alias. Only when exactly one of the two is Vietnamese: two English
** names so ("Mapletree Investments Pte Ltd (Mapletree)") are read by
** the shapes. Whether any was joined (then the names are settled again). */
static int glosses_join(const char *t, size_t len, ivl_names *ns) {
  int joined = 0;
  for (size_t i = 0; i + 1 < ns->n; i++) {
    ivl_name *a = &ns->items[i], *b = &ns->items[i + 1];
    if (a->type != IVL_SYM_ORGANIZATION || b->type != IVL_SYM_ORGANIZATION || a->alias_e || b->alias_e ||
        b->vstart != a->vend + 2 || t[a->vend] != ' ' || t[a->vend + 1] != '(')
      continue;
    int va = vietnamese_firm_name(t, a->name_s, a->name_e), vb = vietnamese_firm_name(t, b->name_s, b->name_e);
    uint32_t as, ae;
    size_t close = va != vb ? gloss_close(t, len, b->vend, &as, &ae) : 0;
    if (!close) continue;
    ivl_name *en = va ? b : a;
    en->vstart = a->vstart;
    en->vend = (uint32_t)close;
    en->alias_s = as, en->alias_e = ae;
    joined = 1;
  }
  return joined;
}

/* {======== defined terms ======== */

/* The roles an award, a judgment or a contract defines for its parties:
** a firm's aside may come between the firm and the bracket that defines
** one ("Kanto Foods Corporation, a company incorporated in Japan, ... (the
** "Claimant")"), or the role labels the line the firm is named on
** ("Plaintiff: Sheng Feng Textile Co., Ltd.; address: ..."). */
static const char *const party_roles[] = {"Claimant",  "Respondent", "Plaintiff", "Defendant", "Applicant",
                                          "Investor",  "Company",    "Buyer",     "Seller",    "Purchaser",
                                          "Borrower",  "Lender",     "Project Company", NULL};

static int party_role(const char *t, size_t s, size_t e) {
  for (const char *const *r = party_roles; *r; r++)
    if (strlen(*r) == e - s && memcmp(t + s, *r, e - s) == 0) return 1;
  return 0;
}

typedef struct defined_term {
  uint32_t s, e; /* the term as the definition quotes it */
  size_t firm;   /* the index of the firm it names */
} defined_term;

enum { DEFINED_MOST = 16 };

/* The length of the opening quote at t[q] ('"' or '“'), or 0. */
static size_t opening_quote_len(const char *t, size_t len, size_t q) {
  return q < len && t[q] == '"' ? 1 : q + 3 <= len && memcmp(t + q, "\xE2\x80\x9C", 3) == 0 ? 3 : 0;
}

/* Past "(hereinafter referred to as ", "(hereinafter called ",
** "(hereinafter " at p (as names_shape.c past_hereinafter reads them, from
** the shape reader's tokens, which are gone when this reads the text);
** p + 1 past a bare "(". */
static size_t past_hereinafter_text(const char *t, size_t len, size_t p) {
  static const char *const openers[] = {"(hereinafter referred to as ", "(hereinafter called ", "(hereinafter ", NULL};
  for (const char *const *o = openers; *o; o++)
    if (p + strlen(*o) < len && memcmp(t + p, *o, strlen(*o)) == 0) return p + strlen(*o);
  return p + 1;
}

/* "(hereinafter the Buyer)": a term with no quotes, to the bracket's end,
** only after "hereinafter". Its span in *s, *e. */
static int unquoted_term(const char *t, size_t len, size_t q, uint32_t *s, uint32_t *e) {
  if (!ivl_isupper((unsigned char)t[q])) return 0;
  size_t c = q;
  while (c < len && c - q < 40 && t[c] != ')' && t[c] != '\n' && t[c] != '"') c++;
  if (c >= len || t[c] != ')') return 0;
  *s = (uint32_t)q, *e = (uint32_t)c;
  return c - q >= 2;
}

/* Is t[p, ...) '(the "Term"', '(the “Term”', '("the Term"' (as annual
** reports write it: 'X JSC ("the Company")'), or either after
** "hereinafter [referred to as]" ('(hereinafter referred to as "the
** Buyer")', '(hereinafter the Investor)')? The term's span (without
** "the") in *s, *e. (The short name a bracket defines without "the",
** which stays as written, names_shape.c defined_short_name reads from
** tokens as it makes the names.) */
static int the_quoted_term(const char *t, size_t len, size_t p, uint32_t *s, uint32_t *e) {
  if (p + 8 >= len || t[p] != '(') return 0;
  size_t q = past_hereinafter_text(t, len, p), c;
  int hereinafter = q > p + 1;
  size_t ql = opening_quote_len(t, len, q);
  if (ql && q + ql + 5 < len && memcmp(t + q + ql, "the ", 4) == 0) {
    c = q + ql + 4; /* '("the Company")': the article inside the quotes */
  } else if (q + 5 < len && memcmp(t + q, "the ", 4) == 0) {
    q += 4;
    ql = opening_quote_len(t, len, q);
    if (!ql) return hereinafter && unquoted_term(t, len, q, s, e);
    c = q + ql;
  } else {
    return 0;
  }
  if (!ivl_isupper((unsigned char)t[c])) return 0;
  size_t b = c;
  while (c < len && c - b < 40 && t[c] != '"' && t[c] != '\n' && (unsigned char)t[c] != 0xE2) c++;
  if (c >= len || (t[c] != '"' && !(c + 2 < len && memcmp(t + c, "\xE2\x80\x9D", 3) == 0))) return 0;
  *s = (uint32_t)b, *e = (uint32_t)c;
  return c - b >= 2;
}

/* The firm the bracket at p defines its term for: the firm right before
** it (past a ticker's bracket), or, for a party's role, the last firm
** named before it on its line with its aside between ("X, a company
** ..., (the "Claimant")"). Its index, or ns->n. 'next' is the first name
** starting at p or after. */
static size_t firm_defined_at(const char *t, const ivl_names *ns, size_t next, size_t p, int role) {
  enum { ASIDE_MOST = 300 };
  for (size_t j = next; j-- > 0;) {
    const ivl_name *f = &ns->items[j];
    if (f->vend > p || f->type != IVL_SYM_ORGANIZATION) continue;
    size_t after = past_release_brackets_n(t, f->vend, 1);
    /* (the defining bracket may be the one passed: '("the Company")') */
    if (t[after] == ' ' && after + 1 == p) return j;
    if (t[f->vend] == ' ' && f->vend + 1 == p) return j;
    if (!role || t[f->vend] != ',' || p - f->vend > ASIDE_MOST || memchr(t + f->vend, '\n', p - f->vend)) return ns->n;
    return j;
  }
  return ns->n;
}

/* 'Hanseong Solar Power Co., Ltd. (the "Claimant")', 'X JSC (the "Project
** Company")': the terms the text defines for firms in brackets, up to
** 'most' in out. How many. */
static size_t bracket_terms(const char *t, size_t len, const ivl_names *ns, defined_term *out, size_t most) {
  size_t n = 0, next = 0;
  for (const char *q = t; n < most && (q = memchr(q, '(', len - (size_t)(q - t))) != NULL; q++) {
    size_t p = (size_t)(q - t);
    uint32_t s, e;
    if (!the_quoted_term(t, len, p, &s, &e)) continue;
    while (next < ns->n && ns->items[next].vstart < p) next++;
    size_t f = firm_defined_at(t, ns, next, p, party_role(t, s, e));
    if (f < ns->n) out[n++] = (defined_term){s, e, f};
  }
  return n;
}

/* "Claimant: Kanto Foods Corporation, a company ...", "2. Defendant: Kim
** Son Infrastructure JSC; address: ...": a party's role labelling the line
** that opens on the firm (past its number), added to out[0, n) up to
** 'most'. How many then. */
static size_t labelled_terms(const char *t, const ivl_names *ns, defined_term *out, size_t n, size_t most) {
  for (size_t i = 0; i < ns->n && n < most; i++) {
    const ivl_name *f = &ns->items[i];
    size_t c = f->vstart, s;
    if (f->type != IVL_SYM_ORGANIZATION || c < 4 || t[c - 1] != ' ' || t[c - 2] != ':') continue;
    for (s = c - 2; s > 0 && ivl_isalpha((unsigned char)t[s - 1]); s--) {}
    size_t b = s;
    while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '.' || ivl_isdigit((unsigned char)t[b - 1]))) b--;
    if ((b == 0 || t[b - 1] == '\n') && party_role(t, s, c - 2)) out[n++] = (defined_term){(uint32_t)s, (uint32_t)(c - 2), i};
  }
  return n;
}

/* Is the name at i written "the Term" of the term d, after d is defined
** (or the term itself, in its definition's quotes)? */
static int written_as_term(const char *t, const ivl_name *nm, const defined_term *d) {
  uint32_t s = nm->name_e ? nm->name_s : nm->vstart, e = nm->name_e ? nm->name_e : nm->vend;
  /* (a name read with its article: "the Company" after '("the Company")') */
  if (e - s == d->e - d->s + 4 && s > d->e && (t[s] | 0x20) == 't' && memcmp(t + s + 1, "he ", 3) == 0) s += 4;
  if (e - s != d->e - d->s || memcmp(t + s, t + d->s, e - s) != 0) return 0;
  return s == d->s || (s > d->e && s >= 4 && (t[s - 4] | 0x20) == 't' && memcmp(t + s - 3, "he ", 3) == 0);
}

/* 'Kanto Foods Corporation ... (the "Claimant")', then "the Claimant
** completed its purchase": a term the text defines for a party with
** "the" is that party as an anaphor is (the firm's name as the definition
** writes it), not a name of its own. A short name it defines without
** "the" ('X JSC ("Phu Tan")') stays as written, and so does a term of a
** place or a contract ('(the "Project")' after a district). */
static void defined_terms_stand_for(const char *t, size_t len, ivl_names *ns) {
  defined_term d[DEFINED_MOST];
  size_t n = bracket_terms(t, len, ns, d, DEFINED_MOST);
  n = labelled_terms(t, ns, d, n, DEFINED_MOST);
  for (size_t k = 0; k < n; k++) {
    const ivl_name *f = &ns->items[d[k].firm];
    for (size_t i = 0; i < ns->n; i++) {
      ivl_name *nm = &ns->items[i];
      if (i == d[k].firm || nm->type != IVL_SYM_ORGANIZATION || nm->stands_for || !written_as_term(t, nm, &d[k])) continue;
      nm->full_s = f->name_e ? f->name_s : f->vstart;
      nm->full_e = f->name_e ? f->name_e : f->vend;
      nm->stands_for = 1;
    }
  }
}

/* }======== */

/* The code of the country abroad of a zone's kin (names_shape.c
** zone_abroad: "the Hong Kong Science Park", "the Rayong Technology
** Park"), a country's or a place's; NULL for a kin at home. */
static const char *kin_abroad(const ivl_gazetteer *g, uint32_t kin) {
  int is_country = ivl_gazetteer_type(g, kin) == IVL_SYM_COUNTRY;
  int key = is_country ? IVL_SYM_CODE : ivl_sym_find("country", 7);
  const char *code = key > 0 ? ivl_gazetteer_field(g, kin, key) : NULL;
  return code && strcmp(code, "VN") != 0 ? code : NULL;
}

/* A zone by shape named for the place or country abroad it lies in takes
** that one's country, and as its "province" the place the money put there
** goes to, as a zone at home takes its province: the place's name, or the
** country's code (the fact linker's target for a country). -1 when out of
** memory. */
static int store_zone_abroad(const ivl_gazetteer *g, uint32_t kin, const char *code, ivl_store *s) {
  int country = ivl_sym_find("country", 7), province = ivl_sym_find("province", 8);
  const char *in = ivl_gazetteer_type(g, kin) == IVL_SYM_COUNTRY ? code : ivl_gazetteer_name(g, kin);
  if (country <= 0 || province <= 0) return 0;
  return ivl_store_str(s, country, code, strlen(code)) || ivl_store_str(s, province, in, strlen(in)) ? -1 : 0;
}

/* Store the name written at p, n bytes: a name broken over two lines of a
** paragraph wrapped by hand ("Minh Tri\nMechanical JSC", as a PDF's text
** gives it) is stored with a space for the break and the spaces around
** it. -1 when out of memory. */
static int store_written(ivl_store *s, int key, const char *p, size_t n) {
  char buf[256];
  if (!memchr(p, '\n', n) || n > sizeof buf) return ivl_store_str(s, key, p, n);
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (p[i] != '\n' && p[i] != '\r') {
      buf[k++] = p[i];
      continue;
    }
    while (k > 0 && buf[k - 1] == ' ') k--;
    while (i + 1 < n && p[i + 1] == ' ') i++;
    buf[k++] = ' ';
  }
  return ivl_store_str(s, key, buf, k);
}

static int store_name(const ivl_gazetteer *g, const ivl_article *a, const ivl_name *nm,
                      ivl_store *s, fields_memo *memo, const char *origin) {
  const char *t = a->view.text;
  if (ivl_store_begin(s, nm->type, IVL_RULE_NAMES, nm->vstart, nm->vend,
                      ivl_article_orig(a, nm->vstart), ivl_article_orig(a, nm->vend)))
    return -1;
  int as_written = nm->type == IVL_SYM_ORGANIZATION || nm->type == IVL_SYM_PERSON || nm->entry < 0;
  if (nm->stands_for) { /* a defined term: the firm's name */
    int key = origin ? ivl_sym_find("origin", 6) : 0;
    return store_written(s, IVL_SYM_NAME, t + nm->full_s, nm->full_e - nm->full_s) ||
                   (key > 0 && ivl_store_str(s, key, origin, strlen(origin)))
               ? -1
               : 0;
  }
  if (nm->full_e && nm->entry < 0 && nm->type != IVL_SYM_LOCATION) { /* a shortened repeat */
    size_t n = nm->vend - nm->vstart, fn = nm->full_e - nm->full_s;
    int same = n == fn && memcmp(t + nm->vstart, t + nm->full_s, n) == 0; /* written whole before it */
    int key = origin ? ivl_sym_find("origin", 6) : 0;
    return store_written(s, IVL_SYM_NAME, t + nm->vstart, n) ||
                   (!same && store_written(s, IVL_SYM_CANONICAL, t + nm->full_s, fn)) ||
                   (key > 0 && ivl_store_str(s, key, origin, strlen(origin)))
               ? -1
               : 0;
  }
  if (as_written && nm->generic) {
    char buf[256];
    size_t n = nm->name_e - nm->name_s, k = strlen(nm->generic);
    if (n + k > sizeof buf) k = 0;
    memcpy(buf, t + nm->name_s, n);
    memcpy(buf + n, nm->generic, k);
    if (ivl_store_str(s, IVL_SYM_NAME, buf, n + k)) return -1;
  } else if (as_written) {
    if (store_written(s, IVL_SYM_NAME, t + nm->name_s, nm->name_e - nm->name_s)) return -1;
    if (nm->entry >= 0) {
      const char *canon = ivl_gazetteer_name(g, (uint32_t)nm->entry);
      size_t n = strlen(canon);
      if ((n != nm->name_e - nm->name_s || memcmp(canon, t + nm->name_s, n) != 0) &&
          ivl_store_str(s, IVL_SYM_CANONICAL, canon, n))
        return -1;
    }
  }
  if (nm->entry >= 0 && store_entry_fields(g, (uint32_t)nm->entry, !as_written, s, memo))
    return -1;
  const char *abroad = nm->entry < 0 && nm->kin && nm->type == IVL_SYM_LOCATION ? kin_abroad(g, nm->kin - 1) : NULL;
  if (abroad) {
    if (store_zone_abroad(g, nm->kin - 1, abroad, s)) return -1;
  } else if (nm->entry < 0 && nm->kin && nm->type == IVL_SYM_LOCATION) {
    /* a zone by shape in a known province: the province's country and units, not its level */
    static const char *const keys[] = {"country", "province", "province_2025"};
    for (int k = 0; k < 3; k++) {
      int key = ivl_sym_find(keys[k], strlen(keys[k]));
      const char *v = key > 0 ? ivl_gazetteer_field(g, nm->kin - 1, key) : NULL;
      if (v && ivl_store_str(s, key, v, strlen(v))) return -1;
    }
  } else if (nm->entry < 0 && nm->kin && store_entry_fields(g, nm->kin - 1, 0, s, memo))
    return -1;
  if (nm->entry < 0 && !nm->kin && nm->land && nm->type == IVL_SYM_LOCATION) { /* told with its country */
    int key = ivl_sym_find("country", 7);
    const char *v = ivl_gazetteer_field(g, nm->land - 1, IVL_SYM_CODE);
    if (key > 0 && v && ivl_store_str(s, key, v, strlen(v))) return -1;
  }
  for (int k = 0; nm->seat && k < 2; k++) { /* a firm's unit: its province's */
    static const char *const keys[] = {"province", "province_2025"};
    int key = ivl_sym_find(keys[k], strlen(keys[k]));
    const char *v = key > 0 ? ivl_gazetteer_field(g, nm->seat - 1, key) : NULL;
    if (v && ivl_store_str(s, key, v, strlen(v))) return -1;
  }
  if (origin) {
    int key = ivl_sym_find("origin", 6);
    if (key > 0 && ivl_store_str(s, key, origin, strlen(origin))) return -1;
  }
  if (nm->alias_e && !nm->alias_as_written && ivl_store_str(s, IVL_SYM_ALIAS, t + nm->alias_s, nm->alias_e - nm->alias_s))
    return -1;
  if (nm->title_e && ivl_store_str(s, IVL_SYM_TITLE, t + nm->title_s, nm->title_e - nm->title_s))
    return -1;
  return 0;
}

static ivl_status names_run(const ivl_gazetteer *g, ivl_article *a, ivl_store *store,
                            ivl_error *err, int reference) {
  ivl_names ns = {0};
  /* cut once, read by the gazetteer, the shapes and the repeats */
  int rc = ivl_article_cut_words(a) || IVL_GROW(ns.items, ns.cap, NAMES_ROOM(a->words.n))
               ? -1
               : from_gazetteer(g, a, &a->fold, &a->words, &ns);
  if (rc == -2) {
    free(ns.items);
    return ivl_fail(err, IVL_EARG, 0, "the gazetteer changed and was not compiled again");
  }
  if (rc == 0) rc = ivl_names_by_shape(g, a->view.text, a->view.len, &a->words, &ns);
  if (rc == 0) settle(&ns);
  if (rc == 0 && glosses_join(a->view.text, a->view.len, &ns)) settle(&ns);
  size_t settled = ns.n;
  /* no repeat found: the names are as settled (a place a person's repeat
  ** took keeps its span), and settling them again moved none */
  if (rc == 0 && (rc = repeats(g, a, &a->fold, &a->words, &ns, reference)) == 0 && ns.n > settled)
    settle(&ns);
  if (rc == 0) ivl_names_respelt(g, a->view.text, &a->sentences, &ns);
  if (rc == 0) defined_terms_stand_for(a->view.text, a->view.len, &ns);
  fields_memo memo;
  memset(memo.key, 0, sizeof memo.key);
  memo.used = 0;
  const char **origins = rc == 0 ? described_origins(g, a->view.text, a->view.len, &ns) : NULL;
  for (size_t i = 0; i < ns.n && rc == 0; i++)
    rc = store_name(g, a, &ns.items[i], store, &memo, origins ? origins[i] : NULL);
  free(origins);
  free(ns.items);
  return rc ? ivl_fail(err, IVL_ENOMEM, 0, "out of memory finding names") : IVL_OK;
}

ivl_status ivl_names_run(const ivl_gazetteer *g, ivl_article *a, ivl_store *store,
                         ivl_error *err) {
  return names_run(g, a, store, err, 0);
}

ivl_status ivl_names_run_reference(const ivl_gazetteer *g, ivl_article *a, ivl_store *store,
                                   ivl_error *err) {
  return names_run(g, a, store, err, 1);
}
