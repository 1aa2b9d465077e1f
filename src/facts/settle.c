/*
** settle.c
** The settle step, once per article after the frames (and again after user
** fact rules): one fact per statement (GUIDELINES settled rule 10). Repeats
** are merged: the same amount, or a headline's rounding of the body's; a
** company described in the headline and named in the body; the body's
** fields win and what only the other states is kept.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "fold.h"
#include "symbols.h"
#include "util.h"

/* {======================================================================
** One fact per statement (GUIDELINES.md, settled rule 10)
** ======================================================================= */

static const ivl_field *field(const ivl_store *s, size_t i, int key) {
  return ivl_store_field(s, &s->ents[i], key);
}

/* Do facts i and j both hold the number 'key', the same one? */
static int same_number(const ivl_store *s, size_t i, size_t j, int key) {
  const ivl_field *a = field(s, i, key), *b = field(s, j, key);
  return a && b && a->kind == IVL_FIELD_NUM && b->kind == IVL_FIELD_NUM && a->v.num == b->v.num;
}

static int same_str(const ivl_store *s, size_t i, size_t j, int key) {
  const ivl_field *a = field(s, i, key), *b = field(s, j, key);
  if (!a || !b) return !a && !b;
  if (a->kind != b->kind || a->len != b->len) return 0;
  if (a->kind == IVL_FIELD_NUM) return a->v.num == b->v.num;
  if (a->kind == IVL_FIELD_STR) return memcmp(ivl_store_string(s, a), ivl_store_string(s, b), a->len) == 0;
  if (a->kind != IVL_FIELD_LIST) return 0;
  const char *p = ivl_store_string(s, a), *q = ivl_store_string(s, b);
  for (uint32_t k = 0; k < a->len; k++, p += strlen(p) + 1, q += strlen(q) + 1)
    if (strcmp(p, q) != 0) return 0;
  return 1;
}

/* The headline's "Nam Long Group" for the body's "Nam Long Investment
** Corporation": a name whose last word is only a company's generic word,
** the words before it (two or more) opening the other's name. */
static int generic_clipped(const char *p, size_t n, const char *q) {
  static const char *const generic[] = {" Group", " Corp", " Corporation", " JSC", " Company", NULL};
  for (int k = 0; generic[k]; k++) {
    size_t g = strlen(generic[k]);
    if (n <= g || memcmp(p + n - g, generic[k], g) != 0) continue;
    size_t stem = n - g;
    return memchr(p, ' ', stem) && strncmp(p, q, stem) == 0 && q[stem] == ' ';
  }
  return 0;
}

/* The headline written without diacritics ("Minh Phu to invest ..."), the
** body with them ("Minh Phú Seafood Corporation will invest ..."): the
** shorter name, folded, opens the other's, up to a space or a hyphen
** (asked only of a name in ASCII and one not). */
static int folded_opens(const char *p, size_t np, const char *q, size_t nq) {
  char fp[IVL_FOLD_ROOM(96)], fq[IVL_FOLD_ROOM(96)];
  if (np > 96 || nq > 96) return 0;
  size_t lp = ivl_fold_name(p, np, fp), lq = ivl_fold_name(q, nq, fq);
  const char *shorter = lp <= lq ? fp : fq, *longer = lp <= lq ? fq : fp;
  size_t ls = lp <= lq ? lp : lq, ll = lp <= lq ? lq : lp;
  return ls >= 3 && memcmp(shorter, longer, ls) == 0 && (ls == ll || longer[ls] == ' ' || longer[ls] == '-');
}

static int has_utf8(const char *p, size_t n) {
  for (size_t k = 0; k < n; k++)
    if ((unsigned char)p[k] >= 0x80) return 1;
  return 0;
}

/* The headline's "Luxshare" is the body's "Luxshare-ICT"; the headline's
** "Aeon Mall" the body's "AEON Mall Co., Ltd." (a name in other capitals,
** as writers spell a firm's brand). */
static int same_investor(const ivl_store *s, size_t i, size_t j) {
  const ivl_field *a = field(s, i, IVL_SYM_INVESTOR), *b = field(s, j, IVL_SYM_INVESTOR);
  if (!a || !b || a->kind != IVL_FIELD_STR || b->kind != IVL_FIELD_STR) return 0;
  if (a->len > b->len) {
    const ivl_field *t = a;
    a = b, b = t;
  }
  const char *p = ivl_store_string(s, a), *q = ivl_store_string(s, b);
  if (memcmp(p, q, a->len) != 0)
    return generic_clipped(p, a->len, q) ||
           ((has_utf8(p, a->len) != has_utf8(q, b->len) || strncasecmp(p, q, a->len) == 0) &&
            folded_opens(p, a->len, q, b->len));
  if (a->len == b->len || q[a->len] == ' ' || q[a->len] == '-') return 1;
  /* the headline's "Sao Việt Tech" for the body's "Sao Việt Technology
  ** JSC": a name of two words or more whose last word is clipped, by four
  ** letters or more, from the other's word */
  size_t w = a->len;
  while (w > 0 && p[w - 1] != ' ') w--;
  return w > 0 && a->len - w >= 4 && ivl_isalpha((unsigned char)q[a->len]);
}

/* The money mention fact i's amount was read from, or NULL. */
static const ivl_entity *amount_mention(const ivl_article *a, size_t i, double amount) {
  const ivl_field *r = field(&a->facts, i, IVL_SYM_MENTIONS);
  const uint32_t *ids = r ? ivl_store_refs_of(&a->facts, r) : NULL;
  for (uint32_t k = 0; r && k < r->len; k++) {
    const ivl_entity *e = &a->store.ents[ids[k]];
    const ivl_field *v = ivl_store_field(&a->store, e, IVL_SYM_VALUE);
    if (e->type == IVL_SYM_MONEY && v && v->kind == IVL_FIELD_NUM && v->v.num == amount) return e;
  }
  return NULL;
}

/* How precisely a fact's amount was written: half a unit of its last digit
** ("$5.1bn": 0.05 billion), from the money mention it was read from. */
static double rounding(const ivl_article *a, size_t i, double amount) {
  const ivl_entity *e = amount_mention(a, i, amount);
  if (!e) return 0;
  const char *t = a->view.text + e->vstart, *end = a->view.text + e->vend;
  while (t < end && !ivl_isdigit((unsigned char)*t)) t++;
  double written = 0, scale = 1;
  int decimals = -1;
  for (; t < end && (ivl_isdigit((unsigned char)*t) || *t == '.' || *t == ','); t++) {
    if (*t == '.') decimals = 0;
    else if (*t != ',') {
      written = written * 10 + (*t - '0');
      if (decimals >= 0) decimals++, scale *= 10;
    }
  }
  written /= scale;
  if (written <= 0) return 0;
  /* "$200m" over the body's "US$198.5 million": the zeros ending a whole
  ** number abbreviated as headlines write it ("m", "bn", "tr" right after
  ** the digits) hold no digit written, the headline rounds to its "2" (the
  ** callers cap the tolerance at 5 per cent); "VNĐ70 billion" in a body
  ** is written to its units */
  double unit = amount / written / scale;
  int abbreviated = t < end && ivl_isalpha((unsigned char)*t) && !memchr(t, ' ', (size_t)(end - t));
  while (abbreviated && decimals < 0 && written >= 10 && fmod(written, 10) == 0) written /= 10, unit *= 10;
  return unit / 2;
}

/* The hedge written before the money mention fact i's amount was read
** from ("over", "nearly"), or "". */
static const char *hedge_of(const ivl_article *a, size_t i, double amount) {
  const ivl_entity *e = amount_mention(a, i, amount);
  const ivl_field *q = e ? ivl_store_field(&a->store, e, IVL_SYM_QUALIFIER) : NULL;
  return q && q->kind == IVL_FIELD_STR ? ivl_store_string(&a->store, q) : "";
}

/* "FDI inflows top $1.2 billion" (a headline's verb of passing a mark, no
** hedge word): the amount after it is a floor, as after "over". */
static int passes_mark(const ivl_article *a, size_t i, double amount) {
  static const char *const verbs[] = {"top", "tops", "topped", "exceed", "exceeds", "exceeded", "surpass",
                                      "surpasses", "surpassed", "pass", "passes", "passed", NULL};
  const ivl_entity *e = amount_mention(a, i, amount);
  if (!e) return 0;
  const char *t = a->view.text, *p = t + e->vstart;
  while (p > t && p[-1] == ' ') p--;
  const char *w = p;
  while (w > t && ivl_isalpha((unsigned char)w[-1])) w--;
  for (int k = 0; verbs[k]; k++)
    if (ivl_ascii_ieq(w, (size_t)(p - w), verbs[k])) return 1;
  return 0;
}

/* "Hanoi lures over $2 billion of FDI" for the body's "$2.11 billion",
** "nearly $500 million" for "$468 million": a hedged amount 'x' (of fact
** i) bounds the other 'y' (of fact j) from the side its hedge says, within
** a tenth. */
static int hedge_bounds(const ivl_article *a, size_t i, size_t j, double x, double y) {
  static const char *const above[] = {"over", "more than", "above", "just over", "upwards of", NULL};
  static const char *const below[] = {"nearly", "almost", "close to", "under", "just under", "less than", NULL};
  const char *h = hedge_of(a, i, x);
  /* the hedged amount is the rounder ("over $2 billion" for "$2.11
  ** billion": a unit of its last digit ten times the other's), not
  ** "nearly €525 million" for "€487 million", nor "nearly $10.29 billion"
  ** for "$9.49 billion" (the same rounding, which the division leaves a
  ** hair apart); an amount whose writing is not known (rounding 0) is no
  ** evidence either way */
  double hedged = rounding(a, i, x), other = rounding(a, j, y);
  if (!*h && passes_mark(a, i, x)) h = "over";
  if (!*h || !(x > 0) || !(other > 0) || !(hedged > other * 2)) return 0;
  for (int k = 0; above[k]; k++)
    if (strcmp(h, above[k]) == 0) return y > x && y <= x * 1.1;
  for (int k = 0; below[k]; k++)
    if (strcmp(h, below[k]) == 0) return y < x && y >= x * 0.9;
  return 0;
}

static int in_title(const ivl_article *a, size_t i);

/* "US$9.2b" in a headline for the body's "US$9.27 billion": the coarser
** amount 'x' (of fact i, in the headline) is the other's digits cut
** short, not rounded:
** 'y' lies within one unit of x's last digit above it (and within 5 per
** cent). */
static int cut_short(const ivl_article *a, size_t i, size_t j, double x, double y) {
  if (!in_title(a, i)) return 0;
  double coarse = rounding(a, i, x), fine = rounding(a, j, y);
  if (!(fine > 0) || !(coarse > fine * 2) || y < x) return 0;
  return y - x < 2 * coarse * 0.9999 && y - x <= 0.05 * y;
}

/* The same amount, or the headline's rounding of the body's ("$5.1bn" and
** "$5.09 billion"): 'rounded' allows the latter. */
static int close_amounts(const ivl_article *a, size_t i, size_t j, int rounded) {
  const ivl_store *s = &a->facts;
  const ivl_field *fa = field(s, i, IVL_SYM_AMOUNT), *fb = field(s, j, IVL_SYM_AMOUNT);
  /* neither with an amount: the same projects, or none in a headline or
  ** lede retold with the same rank and share ("X leads $35 million round
  ** in Y" and the body's "... a round led by X": the leader's, no figure
  ** of its own) */
  if (!fa || !fb)
    return !fa && !fb &&
           (field(s, i, IVL_SYM_PROJECTS)
                ? same_str(s, i, j, IVL_SYM_PROJECTS)
                : rounded && !field(s, j, IVL_SYM_PROJECTS) && same_str(s, i, j, IVL_SYM_RANK) &&
                      same_str(s, i, j, IVL_SYM_SHARE_PERCENT));
  if (fa->kind != IVL_FIELD_NUM || fb->kind != IVL_FIELD_NUM) return 0;
  double x = fa->v.num, y = fb->v.num;
  if (!same_str(s, i, j, IVL_SYM_CURRENCY)) {
    /* "$310m" in the headline, "45 billion yen ($310 million)" in the body:
    ** the same in US$, as the body states it */
    const ivl_field *ua = field(s, i, IVL_SYM_AMOUNT_USD), *ub = field(s, j, IVL_SYM_AMOUNT_USD);
    /* only a headline or lede retold: two figures of the body with the same
    ** US$ value are two statements ("added $410 million ... spent VNĐ10.2
    ** trillion (about $410 million)") */
    if (!rounded) return 0;
    if (!ua || !ub || ua->kind != IVL_FIELD_NUM || ub->kind != IVL_FIELD_NUM) return 0;
    x = ua->v.num, y = ub->v.num;
    if (!(x > 0 && y > 0)) return 0;
    if (fabs(x - y) <= 0.005 * fabs(y)) return 1;
    /* "$75 million" in the headline, "S$99 million (US$74.6 million)" in
    ** the body: the headline's rounding of the body's US$ */
    double tol = fmin(fmax(rounding(a, i, x), rounding(a, j, y)), 0.05 * fmax(x, y));
    return fabs(x - y) <= tol * 1.0001;
  }
  if (x == y || (x > 0 && y > 0 && fabs(x - y) <= 0.005 * fabs(y))) return 1;
  if (!rounded) return 0;
  /* "$1bn" is no rounding of "$500 million": a repeat rounds, it does not
  ** halve (at most 5 per cent) */
  double tol = fmin(fmax(rounding(a, i, x), rounding(a, j, y)), 0.05 * fmax(x, y));
  return fabs(x - y) <= tol * 1.0001 || hedge_bounds(a, i, j, x, y) || hedge_bounds(a, j, i, y, x) ||
         cut_short(a, i, j, x, y) || cut_short(a, j, i, y, x);
}

/* How precisely its amount is written: the smaller, the more precise. */
static double precision_of(const ivl_article *a, size_t i) {
  const ivl_field *f = field(&a->facts, i, IVL_SYM_AMOUNT);
  return f && f->kind == IVL_FIELD_NUM ? rounding(a, i, f->v.num) : 0;
}

/* "A Japanese firm adds $120M" and the body's company that does: one of
** them names the investor the other only describes. */
static int described(const ivl_store *s, size_t i) {
  const ivl_field *r = field(s, i, IVL_SYM_RULE);
  return r && r->kind == IVL_FIELD_STR && strcmp(ivl_store_string(s, r), "invest.described") == 0;
}

static int described_and_named(const ivl_store *s, size_t i, size_t j) {
  const ivl_field *a = field(s, i, IVL_SYM_INVESTOR), *b = field(s, j, IVL_SYM_INVESTOR);
  if (!a || !b) return 0;
  /* the named one is an organisation: longer than a country code */
  return (described(s, i) && !described(s, j) && b->len > 2) ||
         (described(s, j) && !described(s, i) && a->len > 2);
}

/* Is fact i stated in the headline? */
static int in_title(const ivl_article *a, size_t i) {
  return a->layout.has_title && a->sentences.n && a->facts.ents[i].vstart < a->sentences.items[0].end;
}

/* "Hong Kong investors discuss $2.1 billion resort" in the headline, and
** the body's "Hong Kong-based Lotus Harbour Holdings ... a $2.1 billion
** resort": the headline's country is the firm the body names, when the
** firm is known to be of that country (not of none known: a Vietnamese
** firm's own figure may equal the headline's). */
static int headline_country_of_firm(const ivl_article *a, size_t i, size_t j) {
  const ivl_store *s = &a->facts;
  if (in_title(a, j)) {
    size_t t = i;
    i = j, j = t;
  }
  if (!in_title(a, i) || in_title(a, j)) return 0;
  const ivl_field *c = field(s, i, IVL_SYM_INVESTOR), *firm = field(s, j, IVL_SYM_INVESTOR);
  if (!c || !firm || c->kind != IVL_FIELD_STR || firm->kind != IVL_FIELD_STR || c->len != 2 || firm->len <= 2)
    return 0;
  const ivl_field *of = field(s, j, IVL_SYM_INVESTOR_COUNTRY);
  return of && of->kind == IVL_FIELD_STR && of->len == 2 &&
         memcmp(ivl_store_string(s, of), ivl_store_string(s, c), 2) == 0;
}

/* The other party of a pair than 'one', in list field f of two names. */
static const char *other_party(const ivl_store *s, const ivl_field *f, const char *one) {
  const char *p = ivl_store_string(s, f), *q = p + strlen(p) + 1;
  return strcmp(p, one) == 0 ? q : strcmp(q, one) == 0 ? p : NULL;
}

/* Is 'name' a firm fact j links whose origin is country 'code'? */
static int firm_of_country(const ivl_article *a, size_t j, const char *name, const char *code) {
  const ivl_store *s = &a->facts;
  const ivl_field *r = field(s, j, IVL_SYM_MENTIONS);
  int origin = ivl_sym_find("origin", 6), canonical = ivl_sym_find("canonical", 9);
  if (!r || origin <= 0) return 0;
  const uint32_t *ids = ivl_store_refs_of(s, r);
  for (uint32_t k = 0; k < r->len; k++) {
    const ivl_entity *e = &a->store.ents[ids[k]];
    const ivl_field *o = e->type == IVL_SYM_ORGANIZATION ? ivl_store_field(&a->store, e, origin) : NULL;
    if (!o || o->kind != IVL_FIELD_STR || strcmp(ivl_store_string(&a->store, o), code) != 0) continue;
    const ivl_field *n = ivl_store_field(&a->store, e, IVL_SYM_NAME);
    const ivl_field *c = canonical > 0 ? ivl_store_field(&a->store, e, canonical) : NULL;
    if ((n && n->kind == IVL_FIELD_STR && strcmp(ivl_store_string(&a->store, n), name) == 0) ||
        (c && c->kind == IVL_FIELD_STR && strcmp(ivl_store_string(&a->store, c), name) == 0))
      return 1;
  }
  return 0;
}

/* Is fact i the headline's and fact j the body's, each of two parties?
** Then names[] holds the headline's two and *pj the body's list (the
** check headline_short_party and headline_country_party share). */
static int headline_and_body_pairs(const ivl_article *a, size_t i, size_t j, const char *names[2],
                                   const ivl_field **pj) {
  const ivl_store *s = &a->facts;
  if (!in_title(a, i) || in_title(a, j)) return 0;
  const ivl_field *pi = field(s, i, IVL_SYM_PARTIES);
  *pj = field(s, j, IVL_SYM_PARTIES);
  if (!pi || !*pj || pi->kind != IVL_FIELD_LIST || (*pj)->kind != IVL_FIELD_LIST || pi->len != 2 || (*pj)->len != 2)
    return 0;
  names[0] = ivl_store_string(s, pi);
  names[1] = names[0] + strlen(names[0]) + 1;
  return 1;
}

/* "US chipmaker Corvex teams up with HUST" in the headline, and the body's
** "HUST and US chipmaker Corvex Semiconductor have teamed up": the
** headline's short name opens the body's party, up to a space, and the
** other party is the same, one deal told twice (rule 10; set qally). i is
** the headline's. */
static int headline_short_party(const ivl_article *a, size_t i, size_t j) {
  const ivl_store *s = &a->facts;
  const ivl_field *pj;
  const char *names[2];
  if (!headline_and_body_pairs(a, i, j, names, &pj)) return 0;
  for (int k = 0; k < 2; k++) {
    const char *full = other_party(s, pj, names[1 - k]);
    size_t n = strlen(names[k]);
    if (full && n >= 4 && strlen(full) > n && strncmp(full, names[k], n) == 0 && full[n] == ' ') return 1;
  }
  return 0;
}

/* "Petrolimex teams up with Singapore firm" in the headline, and the
** body's "Petrolimex and Singapore's ChargeHub Asia signed an agreement":
** the headline's country stands for the firm of that country the body
** names as the other side, one deal told twice (rule 10; qev). i is the
** headline's. */
static int headline_country_party(const ivl_article *a, size_t i, size_t j) {
  const ivl_store *s = &a->facts;
  const ivl_field *pj;
  const char *names[2];
  if (!headline_and_body_pairs(a, i, j, names, &pj)) return 0;
  for (int k = 0; k < 2; k++) {
    if (strlen(names[k]) != 2) continue; /* a country's code */
    const char *firm = other_party(s, pj, names[1 - k]);
    if (firm && strlen(firm) > 2 && firm_of_country(a, j, firm, names[k])) return 1;
  }
  return 0;
}

/* Does one of the fields 'keys' (NULL-ended) of mention e read 'target'? */
static int mention_reads(const ivl_article *a, const ivl_entity *e, const char *target, const char *const *keys) {
  for (int q = 0; keys[q]; q++) {
    const ivl_field *f = ivl_store_field(&a->store, e, ivl_sym_find(keys[q], strlen(keys[q])));
    if (f && f->kind == IVL_FIELD_STR && strcmp(ivl_store_string(&a->store, f), target) == 0) return 1;
  }
  return 0;
}

/* Does fact i name its target in its sentence (a mention it links)? */
static int target_named(const ivl_article *a, size_t i) {
  const ivl_store *s = &a->facts;
  const ivl_field *t = field(s, i, IVL_SYM_TARGET), *r = field(s, i, IVL_SYM_MENTIONS);
  if (!t || t->kind != IVL_FIELD_STR || !r) return 0;
  const char *target = ivl_store_string(s, t);
  const uint32_t *ids = ivl_store_refs_of(s, r);
  static const char *const keys[] = {"name", "province", "province_2025", "code", NULL};
  for (uint32_t k = 0; k < r->len; k++) {
    const ivl_entity *e = &a->store.ents[ids[k]];
    if (e->type != IVL_SYM_LOCATION && e->type != IVL_SYM_COUNTRY) continue;
    if (e->vstart < s->ents[i].vstart || e->vend > s->ents[i].vend) continue;
    if (mention_reads(a, e, target, keys)) return 1;
  }
  return 0;
}

/* "Indonesia's Lampung province", a place the gazetteers do not know: its
** country is the one named in the possessive right before it. */
static int country_before(const ivl_article *a, const ivl_entity *place, const char *code) {
  static const char *const poss[] = {"'s ", "\xE2\x80\x99s ", NULL};
  for (size_t k = 0; k < a->store.n; k++) {
    const ivl_entity *c = &a->store.ents[k];
    if (c->vend > place->vstart) continue;
    if (c->type != IVL_SYM_COUNTRY) continue;
    for (int q = 0; poss[q]; q++) {
      size_t n = strlen(poss[q]);
      if (c->vend + n != place->vstart || memcmp(a->view.text + c->vend, poss[q], n) != 0) continue;
      const ivl_field *f = ivl_store_field(&a->store, c, IVL_SYM_CODE);
      return f && f->kind == IVL_FIELD_STR && strcmp(ivl_store_string(&a->store, f), code) == 0;
    }
  }
  return 0;
}

/* Is 'code' the country of fact i's target, a place it names? */
static int country_of_target(const ivl_article *a, size_t i, const char *code) {
  const ivl_store *s = &a->facts;
  const ivl_field *t = field(s, i, IVL_SYM_TARGET), *r = field(s, i, IVL_SYM_MENTIONS);
  if (strlen(code) != 2 || !t || t->kind != IVL_FIELD_STR || !r) return 0;
  const char *target = ivl_store_string(s, t);
  const uint32_t *ids = ivl_store_refs_of(s, r);
  for (uint32_t k = 0; k < r->len; k++) {
    const ivl_entity *e = &a->store.ents[ids[k]];
    if (e->type != IVL_SYM_LOCATION) continue;
    const ivl_field *n = ivl_store_field(&a->store, e, IVL_SYM_NAME);
    const ivl_field *c = ivl_store_field(&a->store, e, ivl_sym_find("country", 7));
    if (!n || n->kind != IVL_FIELD_STR || strcmp(ivl_store_string(&a->store, n), target) != 0) continue;
    if (c ? c->kind == IVL_FIELD_STR && strcmp(ivl_store_string(&a->store, c), code) == 0 : country_before(a, e, code))
      return 1;
  }
  return 0;
}

/* "Japanese developer gets nod for $1.1 billion township near Hanoi": a
** headline's place after "near", "outside" or "close to" is what the works
** is near, not where it is; the body's place is its (set qweek26). Fact
** i's target mention in the headline, with one of those words before it. */
static int title_target_near(const ivl_article *a, size_t i) {
  static const char *const near[] = {"near ", "outside ", "close to ", NULL};
  static const char *const keys[] = {"name", "province", NULL};
  const ivl_store *s = &a->facts;
  const ivl_field *t = field(s, i, IVL_SYM_TARGET), *r = field(s, i, IVL_SYM_MENTIONS);
  if (!in_title(a, i) || !t || t->kind != IVL_FIELD_STR || !r) return 0;
  const char *target = ivl_store_string(s, t);
  const uint32_t *ids = ivl_store_refs_of(s, r);
  for (uint32_t k = 0; k < r->len; k++) {
    const ivl_entity *e = &a->store.ents[ids[k]];
    if (e->type != IVL_SYM_LOCATION || e->vstart < s->ents[i].vstart || e->vend > s->ents[i].vend) continue;
    if (!mention_reads(a, e, target, keys)) continue;
    for (int q = 0; near[q]; q++) {
      size_t len = strlen(near[q]);
      if (e->vstart >= s->ents[i].vstart + len && memcmp(a->view.text + e->vstart - len, near[q], len) == 0) return 1;
    }
  }
  return 0;
}

/* The same target; or the headline's "northern Vietnam" for the body's
** province (the body's is kept, being more precise). */
static int same_target(const ivl_article *a, size_t i, size_t j) {
  const ivl_store *s = &a->facts;
  if (same_str(s, i, j, IVL_SYM_TARGET)) return 1;
  const ivl_field *ti = field(s, i, IVL_SYM_TARGET), *tj = field(s, j, IVL_SYM_TARGET);
  if (!ti || !tj || ti->kind != IVL_FIELD_STR || tj->kind != IVL_FIELD_STR) return 0;
  int vn_i = strcmp(ivl_store_string(s, ti), "VN") == 0, vn_j = strcmp(ivl_store_string(s, tj), "VN") == 0;
  if ((vn_i && in_title(a, i) && !vn_j) || (vn_j && in_title(a, j) && !vn_i)) return 1;
  /* abroad too: the headline's "in Laos" for the body's "Luang Prabang" */
  if ((in_title(a, i) && country_of_target(a, j, ivl_store_string(s, ti))) ||
      (in_title(a, j) && country_of_target(a, i, ivl_store_string(s, tj))))
    return 1;
  /* a headline that names no place ("Korea's Daewon to buy 40% of a
  ** pharmacy chain") took the article's: the body's place is its */
  if ((in_title(a, i) && !target_named(a, i)) || (in_title(a, j) && !target_named(a, j))) return 1;
  if ((!in_title(a, j) && title_target_near(a, i)) || (!in_title(a, i) && title_target_near(a, j))) return 1;
  /* "X eyes 250 new Hanoi stores, VND950 billion warehouse" over the
  ** body's "a VND950 billion distribution centre in Bắc Ninh": the
  ** headline's place is another item's of its list; the body's very
  ** amount in its currency (not a rounding of it) by the investor named
  ** alike tells the same works, which the body places (not a headline's
  ** country of a firm described, "Vietnamese tea firm to build $30
  ** million plant in Indonesia", that the body contradicts) */
  return in_title(a, i) != in_title(a, j) && same_investor(s, i, j) && field(s, i, IVL_SYM_AMOUNT) &&
         close_amounts(a, i, j, 0);
}

/* Is fact i stated in the headline or the lede? */
static int in_opening(const ivl_article *a, size_t i) {
  size_t n = a->layout.has_title ? 2 : 1;
  if (n > a->sentences.n) n = a->sentences.n;
  return n && a->facts.ents[i].vstart < a->sentences.items[n - 1].end;
}

/* The opening of an agreement: the headline and lede, and the lede after
** a photo caption ("BÌNH THUẬN — A and B agreed ..."), which opens on the
** article's dateline. */
static int deal_opening(const ivl_article *a, size_t i) {
  uint32_t v = a->facts.ents[i].vstart;
  const ivl_span *d = &a->layout.dateline;
  return in_opening(a, i) || (a->layout.has_dateline && v >= d->start && v <= d->end + 4);
}

static int bare(const ivl_store *s, size_t i) {
  return !field(s, i, IVL_SYM_DATE) && !field(s, i, IVL_SYM_SECTORS);
}

/* Is every label of list field 'key' of fact i also in fact j's? */
static int labels_within(const ivl_store *s, size_t i, size_t j, int key) {
  const ivl_field *a = field(s, i, key), *b = field(s, j, key);
  const char *p = ivl_store_string(s, a);
  for (uint32_t k = 0; k < a->len; k++, p += strlen(p) + 1) {
    const char *q = ivl_store_string(s, b);
    uint32_t l = 0;
    while (l < b->len && strcmp(p, q) != 0) q += strlen(q) + 1, l++;
    if (l == b->len) return 0;
  }
  return 1;
}

/* "Vingroup teams up with Nvidia" (AI) over the lede's "has teamed up with
** Nvidia to set up an AI centre" and the body's "The two companies signed
** the deal on April 22": the same deal, each telling part of it; fields
** that both state agree (one's sectors among the other's). */
static int fields_agree(const ivl_store *s, size_t i, size_t j) {
  if (field(s, i, IVL_SYM_DATE) && field(s, j, IVL_SYM_DATE) && !same_str(s, i, j, IVL_SYM_DATE)) return 0;
  const ivl_field *a = field(s, i, IVL_SYM_SECTORS), *b = field(s, j, IVL_SYM_SECTORS);
  if (!a || !b || a->kind != IVL_FIELD_LIST || b->kind != IVL_FIELD_LIST) return 1;
  return labels_within(s, i, j, IVL_SYM_SECTORS) || labels_within(s, j, i, IVL_SYM_SECTORS);
}

/* Does t[0, n) hold a relative clause's opening (", where ", ", which ")?
** What it tells after is no part of the signing the sentence tells. */
static int relative_clause_in(const char *t, size_t n) {
  static const char *const opens[] = {", where ", ", which ", ", when ", NULL};
  for (const char *p = t; (p = memchr(p, ',', n - (size_t)(p - t))) != NULL; p++)
    for (int k = 0; opens[k]; k++)
      if ((size_t)(t + n - p) >= strlen(opens[k]) && memcmp(p, opens[k], strlen(opens[k])) == 0) return 1;
  return 0;
}

/* "Earlier this month, the two countries signed a memorandum on ...", "The
** two sides also signed ...": a sentence that tells of another deal of the
** same pair, not the first one's details. */
static int another_deal(const ivl_article *a, size_t i) {
  static const char *const opens[] = {"Earlier", "Previously", "Last ", "In addition", "Before that", NULL};
  const ivl_entity *e = &a->facts.ents[i];
  const char *t = a->view.text + e->vstart;
  size_t n = e->vend - e->vstart;
  for (int k = 0; opens[k]; k++)
    if (n >= strlen(opens[k]) && memcmp(t, opens[k], strlen(opens[k])) == 0) return 1;
  /* (not an "also" in a clause after the signing's: "The document was
  ** signed by A and B at a ceremony in Vinh, where the two sides also
  ** marked seven years of friendship" retells the lede's deal; set qweek71) */
  for (const char *p = t + 1, *end = t + n; p + 5 <= end && (p = memchr(p, 'a', (size_t)(end - p))) != NULL; p++)
    if (p[-1] == ' ' && p + 5 <= end && memcmp(p, "also ", 5) == 0 && !relative_clause_in(t, (size_t)(p - t)))
      return 1;
  return 0;
}

/* Is fact 'later' told in the sentence right after fact 'first''s ("...,
** with the RoK remaining its biggest source of capital." then "Korean
** investors contributed $612 million, ..."), with nothing but spaces and
** line breaks between? */
static int told_next(const ivl_article *a, size_t first, size_t later) {
  const ivl_entity *f = &a->facts.ents[first], *l = &a->facts.ents[later];
  if (l->vstart < f->vend || l->vstart - f->vend > 4) return 0;
  for (uint32_t p = f->vend; p < l->vstart; p++)
    if (a->view.text[p] != ' ' && a->view.text[p] != '\n') return 0;
  return 1;
}

/* An investment fact that places its investor with no figure: a rank, no
** amount, no count of projects. */
static int bare_place(const ivl_store *s, size_t i) {
  return s->ents[i].type == IVL_SYM_INVESTMENT && field(s, i, IVL_SYM_RANK) && !field(s, i, IVL_SYM_AMOUNT) &&
         !field(s, i, IVL_SYM_PROJECTS);
}

/* Does fact i's sentence open with a pronoun ("It has poured more than
** US$1 billion into 222 projects")? */
static int opens_with_pronoun(const ivl_article *a, size_t i) {
  static const char *const pronouns[] = {"It ", "Its ", "They ", "Their ", NULL};
  const ivl_entity *e = &a->facts.ents[i];
  const char *t = a->view.text + e->vstart;
  size_t n = e->vend - e->vstart;
  for (int k = 0; pronouns[k]; k++)
    if (n >= strlen(pronouns[k]) && memcmp(t, pronouns[k], strlen(pronouns[k])) == 0) return 1;
  return 0;
}

/* "Korea has been Vietnam's largest foreign investor for a decade." and
** then "As of October, Korean firms had 10,300 projects worth $94.6
** billion": the place with no figure, its stock told in the very next
** sentence with no rank of its own (a flow told next is another figure).
** Told with a pronoun ("Japan is the leading investor ... It has poured
** more than US$1 billion into 222 projects"), the two stay apart (dev-08). */
static int rank_then_stock(const ivl_article *a, size_t i, size_t j) {
  const ivl_store *s = &a->facts;
  if (!bare_place(s, i) || field(s, j, IVL_SYM_RANK) || !told_next(a, i, j) || opens_with_pronoun(a, j)) return 0;
  const ivl_field *basis = field(s, j, IVL_SYM_BASIS);
  return basis && basis->kind == IVL_FIELD_STR && strcmp(ivl_store_string(s, basis), "stock") == 0 &&
         same_str(s, i, j, IVL_SYM_BASIS) && same_investor(s, i, j) && same_target(a, i, j);
}

/* "RoK becomes Quảng Ninh's second-largest FDI source" in the headline,
** "Korea is now the second largest investor, with 58 projects worth $2.15
** billion" in the body: the opening's place with no figure, retold. */
static int rank_retold(const ivl_article *a, size_t i, size_t j) {
  const ivl_store *s = &a->facts;
  if (s->ents[i].type != IVL_SYM_INVESTMENT || s->ents[j].type != IVL_SYM_INVESTMENT) return 0;
  if (rank_then_stock(a, i, j) || rank_then_stock(a, j, i)) return 1;
  size_t bare_one = bare_place(s, i) ? i : j;
  if (!bare_place(s, bare_one)) return 0;
  /* in the body, the very next sentence, and a share no other than its figure's */
  if (!in_opening(a, bare_one) &&
      !(told_next(a, bare_one, bare_one == i ? j : i) && !field(s, bare_one, IVL_SYM_SHARE_PERCENT)))
    return 0;
  /* "Korean group is X's largest investor" and the body's Hyosan Group
  ** that is: the firm the opening describes */
  return field(s, i, IVL_SYM_RANK) && same_str(s, i, j, IVL_SYM_RANK) &&
         (same_investor(s, i, j) || (described_and_named(s, i, j) && same_str(s, i, j, IVL_SYM_BASIS))) &&
         same_target(a, i, j);
}

/* Of facts i and j, the headline's one and the body's: 1 when exactly one
** is in the headline, 'head' and 'body' then set. */
static int title_and_body(const ivl_article *a, size_t i, size_t j, size_t *head, size_t *body) {
  if (in_title(a, i) == in_title(a, j)) return 0;
  *head = in_title(a, i) ? i : j;
  *body = *head == i ? j : i;
  return 1;
}

/* "..., including six foreign-invested ones. The six FDI projects have
** $740 million": a count of projects retold with their capital. */
/* (of either basis when a headline tells it on the body's day: "X
** licenses 96 FDI projects as of November 20" over "As of November 20, X
** had licensed 96 new projects with $1 billion this year", the headline
** too short to tell a period's count from a total's) */
static int count_retold(const ivl_article *a, size_t i, size_t j) {
  const ivl_store *s = &a->facts;
  if (s->ents[i].type != IVL_SYM_INVESTMENT || s->ents[j].type != IVL_SYM_INVESTMENT) return 0;
  if (!field(s, i, IVL_SYM_AMOUNT) == !field(s, j, IVL_SYM_AMOUNT)) return 0; /* exactly one has none */
  if (!(field(s, i, IVL_SYM_PROJECTS) && same_str(s, i, j, IVL_SYM_PROJECTS) && same_investor(s, i, j) &&
        same_str(s, i, j, IVL_SYM_TARGET)))
    return 0;
  size_t head, body;
  return same_str(s, i, j, IVL_SYM_BASIS) ||
         (title_and_body(a, i, j, &head, &body) && field(s, head, IVL_SYM_AS_OF) && same_str(s, i, j, IVL_SYM_AS_OF));
}

/* "Quảng Nam's FDI capital hits $6.5 billion" over a body's "has attracted
** 230 projects with $6.5 billion to date": a headline too short to say
** whether its figure is a period's or a total to date, with no date, is
** the body's stock retold. */
static int headline_basis_open(const ivl_article *a, size_t i, size_t j) {
  const ivl_store *s = &a->facts;
  size_t head, body;
  if (!title_and_body(a, i, j, &head, &body) || field(s, head, IVL_SYM_AS_OF)) return 0;
  const ivl_field *b = field(s, body, IVL_SYM_BASIS);
  return b && b->kind == IVL_FIELD_STR && strcmp(ivl_store_string(s, b), "stock") == 0;
}

/* "$500 million project licensed in Hà Nam" in the headline, naming no
** investor, and the body's "The $500 million project, developed by X,
** was licensed ...": the headline's foreign investors at large are the
** firm the body names (same_fact asks the figures too). */
static int headline_unnamed(const ivl_article *a, size_t i, size_t j) {
  const ivl_store *s = &a->facts;
  size_t head, body;
  if (!title_and_body(a, i, j, &head, &body)) return 0;
  const ivl_field *h = field(s, head, IVL_SYM_INVESTOR), *b = field(s, body, IVL_SYM_INVESTOR);
  return h && b && h->kind == IVL_FIELD_STR && b->kind == IVL_FIELD_STR && h->len == 1 &&
         ivl_store_string(s, h)[0] == '*' && b->len > 2;
}

/* "Singapore Fund Puts S$120 Million Into Bac Ninh Logistics Park" in a
** title-cased headline, and the body's "Straits Harbour Capital Pte Ltd will
** invest S$120 million (about US$93 million) in ... Bac Ninh": a kind of
** investor the title case made a name of, which the body never names, is
** the firm the body names, when the figure is the very same (amount,
** currency and basis; not a rounding), rule 10. */
static int headline_firm_body_firm(const ivl_article *a, size_t i, size_t j) {
  const ivl_store *s = &a->facts;
  size_t head, body;
  if (!title_and_body(a, i, j, &head, &body)) return 0;
  const ivl_field *h = field(s, head, IVL_SYM_INVESTOR), *b = field(s, body, IVL_SYM_INVESTOR);
  if (!(h && b && h->kind == IVL_FIELD_STR && b->kind == IVL_FIELD_STR && h->len > 2 && b->len > 2))
    return 0;
  if (!(same_number(s, head, body, IVL_SYM_AMOUNT) && same_str(s, head, body, IVL_SYM_CURRENCY) &&
        same_str(s, head, body, IVL_SYM_BASIS)))
    return 0;
  /* a description: its last word a kind of investor, no name's head
  ** ("Hoa Sen Steel", "Tân Phú Group" are firms of their own) */
  static const char *const kinds[] = {"Fund", "Firm", "Investor", "Insurer", "Lender", "Developer",
                                      "Conglomerate", "Retailer", "Chipmaker", "Carmaker", "Giant", NULL};
  const char *name = ivl_store_string(s, h), *t = a->view.text;
  size_t n = h->len, w = n;
  while (w > 0 && name[w - 1] != ' ') w--;
  int kind = 0;
  for (int k = 0; w > 0 && kinds[k] && !kind; k++) kind = strlen(kinds[k]) == n - w && memcmp(name + w, kinds[k], n - w) == 0;
  if (!kind) return 0;
  /* a firm the body names too is that firm, not a description */
  size_t from = a->sentences.items[0].end, len = a->view.len;
  for (size_t p = from; p + n <= len; p++) {
    const char *q = memchr(t + p, name[0], len - n + 1 - p);
    if (!q) break;
    p = (size_t)(q - t);
    if (memcmp(q, name, n) == 0) return 0;
  }
  return 1;
}

/* "Cần Thơ signs MoUs with Korean firms, grants $230 million in licences"
** in the headline, and the body's "granted investment certificates to four
** projects with total capital of US$230 million": a country the headline
** gives the figure to, where the body tells it as foreign investors' at
** large, is the same figure (the body's fields win, rule 10). */
static int headline_country_body_all(const ivl_article *a, size_t i, size_t j) {
  const ivl_store *s = &a->facts;
  size_t head, body;
  if (!title_and_body(a, i, j, &head, &body)) return 0;
  const ivl_field *h = field(s, head, IVL_SYM_INVESTOR), *b = field(s, body, IVL_SYM_INVESTOR);
  if (!(h && b && h->kind == IVL_FIELD_STR && b->kind == IVL_FIELD_STR && h->len == 2 &&
        strcmp(ivl_store_string(s, h), "VN") != 0 && b->len == 1 && ivl_store_string(s, b)[0] == '*'))
    return 0;
  /* the very figure, of the same basis: not a headline's round figure
  ** for another one of the body's */
  return same_number(s, head, body, IVL_SYM_AMOUNT_USD) && same_str(s, head, body, IVL_SYM_BASIS);
}

/* "Taiwanese spinner lifts yarn plant's capital to $300 million" in the
** headline, the body's "Hsin Yuan Spinning Vietnam Co., Ltd. has raised
** its registered capital ... to $300 million": a demonym before one firm's
** noun describes that firm, whose country the body need not tell (set
** qgarment; not "Korean investors", many, nor a country acting). */
static int headline_demonym_firm(const ivl_article *a, size_t i, size_t j) {
  static const char *const firm_nouns[] = {"firm", "company", "group", "maker", "manufacturer", "producer",
                                           "spinner", "shoemaker", "supplier", "conglomerate", "giant", NULL};
  const ivl_store *s = &a->facts;
  size_t head, body;
  if (!title_and_body(a, i, j, &head, &body)) return 0;
  const ivl_field *h = field(s, head, IVL_SYM_INVESTOR), *b = field(s, body, IVL_SYM_INVESTOR);
  if (!(h && b && h->kind == IVL_FIELD_STR && b->kind == IVL_FIELD_STR && h->len == 2 && b->len > 2) ||
      strcmp(ivl_store_string(s, h), "VN") == 0 || field(s, body, IVL_SYM_INVESTOR_COUNTRY))
    return 0;
  const char *code = ivl_store_string(s, h), *t = a->view.text;
  size_t title_end = a->sentences.items[0].end;
  for (size_t k = 0; k < a->store.n && a->store.ents[k].vstart < title_end; k++) {
    const ivl_entity *e = &a->store.ents[k];
    const ivl_field *c = e->type == IVL_SYM_COUNTRY ? ivl_store_field(&a->store, e, IVL_SYM_CODE) : NULL;
    if (!c || c->kind != IVL_FIELD_STR || strcmp(ivl_store_string(&a->store, c), code) != 0) continue;
    if (e->vend + 1 >= title_end || t[e->vend] != ' ') continue;
    for (int n = 0; firm_nouns[n]; n++) {
      size_t len = strlen(firm_nouns[n]), at = e->vend + 1;
      if (at + len <= title_end && ivl_ascii_ieq(t + at, len, firm_nouns[n]) &&
          (at + len == title_end || !ivl_isalpha((unsigned char)t[at + len])))
        return same_str(s, head, body, IVL_SYM_BASIS);
    }
  }
  return 0;
}

/* Does the text of fact i's span hold 'w' (lower case, as written)? */
static int span_says(const ivl_article *a, size_t i, const char *w) {
  const char *t = a->view.text;
  size_t n = strlen(w), vs = a->facts.ents[i].vstart, ve = a->facts.ents[i].vend;
  for (size_t p = vs; p + n <= ve; p++)
    if (t[p] == w[0] && memcmp(t + p, w, n) == 0) return 1;
  return 0;
}

/* "Japan-Vietnamese venture breaks ground on $180m Thái Bình industrial
** park" and the body's "X JSC, a joint venture between Japan's Y and
** Vietnam's Z, ... broke ground on the $180 million park": the headline's
** country (one of the venture's, or Việt Nam read as domestic) is the
** venture the body names, with the very figure. */
static int headline_venture(const ivl_article *a, size_t i, size_t j) {
  const ivl_store *s = &a->facts;
  size_t head, body;
  if (!title_and_body(a, i, j, &head, &body)) return 0;
  const ivl_field *h = field(s, head, IVL_SYM_INVESTOR), *b = field(s, body, IVL_SYM_INVESTOR);
  if (!(h && b && h->kind == IVL_FIELD_STR && b->kind == IVL_FIELD_STR && h->len == 2 && b->len > 2)) return 0;
  if (!(same_number(s, head, body, IVL_SYM_AMOUNT) && same_str(s, head, body, IVL_SYM_CURRENCY) &&
        same_str(s, head, body, IVL_SYM_TARGET)))
    return 0;
  return span_says(a, head, "venture") && span_says(a, body, "venture");
}

/* "... on March 12 received a certificate adding $150 million" and "in
** 2023 it poured a further $150 million": figures dated in different
** years are two deals, however alike (a repeat tells the same date or
** none). Flows only: a stock with no date of its own has the article's
** ("tops $5.5bn" in the headline, "as of the end of 2023" in the body). */
static int other_years(const ivl_store *s, size_t i, size_t j) {
  const ivl_field *fi = field(s, i, IVL_SYM_BASIS), *fj = field(s, j, IVL_SYM_BASIS);
  if (!fi || !fj || fi->kind != IVL_FIELD_STR || fj->kind != IVL_FIELD_STR ||
      strncmp(ivl_store_string(s, fi), "flow", 4) != 0 || strncmp(ivl_store_string(s, fj), "flow", 4) != 0)
    return 0;
  const ivl_field *a = field(s, i, IVL_SYM_AS_OF), *b = field(s, j, IVL_SYM_AS_OF);
  if (!a || !b || a->kind != IVL_FIELD_STR || b->kind != IVL_FIELD_STR || a->len < 4 || b->len < 4) return 0;
  const char *p = ivl_store_string(s, a), *q = ivl_store_string(s, b);
  return ivl_isdigit((unsigned char)p[0]) && ivl_isdigit((unsigned char)q[0]) && memcmp(p, q, 4) != 0;
}

/* "A and B signed an agreement to develop a logistics centre. The signing
** took place on Wednesday ...": the deal's day told in the very next
** sentence, opening on the deal ("The"), with nothing else of its own;
** the first telling's day, if it has one, stands. */
static int day_told_next(const ivl_article *a, size_t first, size_t later) {
  static const char *const opens[] = {
    "The signing ", "The agreement ", "The deal ", "The MoU ", "The memorandum ", "The contract ", NULL};
  const ivl_store *s = &a->facts;
  if (!told_next(a, first, later) || !field(s, later, IVL_SYM_DATE) || field(s, later, IVL_SYM_SECTORS))
    return 0;
  const char *t = a->view.text + s->ents[later].vstart;
  size_t n = s->ents[later].vend - s->ents[later].vstart;
  for (int k = 0; opens[k]; k++)
    if (n >= strlen(opens[k]) && memcmp(t, opens[k], strlen(opens[k])) == 0) return 1;
  return 0;
}

/* Do the investors of facts i and j open with the same word ("Sanwa Denshi
** Co., Ltd" and its unit "Sanwa Denshi Vietnam Co., Ltd"), up to a space
** or hyphen, as the settle index's firm key reads them? */
static int same_first_word(const ivl_store *s, size_t i, size_t j) {
  const ivl_field *a = field(s, i, IVL_SYM_INVESTOR), *b = field(s, j, IVL_SYM_INVESTOR);
  if (!a || !b || a->kind != IVL_FIELD_STR || b->kind != IVL_FIELD_STR) return 0;
  const char *p = ivl_store_string(s, a), *q = ivl_store_string(s, b);
  size_t k = 0;
  while (k < a->len && p[k] != ' ' && p[k] != '-') k++;
  return k >= 3 && k < a->len && k < b->len && memcmp(p, q, k) == 0 && (q[k] == ' ' || q[k] == '-');
}

/* "Sanwa Denshi Co., Ltd will add 5 billion yen to its subsidiary ...",
** then "The additional 5 billion yen will pay for ...", read as the unit's
** whose total was told between: the addition told again, by the parent or
** its unit, is one fact (rule 10), its first telling's. 'later' is the
** fact that opens on the addition. */
static int addition_retold(const ivl_article *a, size_t first, size_t later) {
  static const char *const opens[] = {"The additional ", "The extra ", "The added ", NULL};
  const ivl_store *s = &a->facts;
  if (s->ents[first].type != IVL_SYM_INVESTMENT || s->ents[later].type != IVL_SYM_INVESTMENT ||
      s->ents[later].vstart <= s->ents[first].vstart)
    return 0;
  const char *t = a->view.text + s->ents[later].vstart;
  size_t n = s->ents[later].vend - s->ents[later].vstart;
  int opening = 0;
  for (int k = 0; opens[k] && !opening; k++) opening = n > strlen(opens[k]) && memcmp(t, opens[k], strlen(opens[k])) == 0;
  return opening && same_number(s, first, later, IVL_SYM_AMOUNT) && same_str(s, first, later, IVL_SYM_CURRENCY) &&
         same_str(s, first, later, IVL_SYM_TARGET) && same_str(s, first, later, IVL_SYM_BASIS) &&
         same_first_word(s, first, later);
}

/* The index of the sentence holding offset v (the sentences are in text
** order), or the number of sentences. */
static size_t sentence_holding(const ivl_article *a, uint32_t v) {
  size_t lo = 0, hi = a->sentences.n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (a->sentences.items[mid].end <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* "Đồng Nai FDI stock tops $33 billion": is fact i stated in a digest's
** item headline, a line of its own with no stop over a sentence of the
** body? Returns 1 + the index of its sentence, or 0. */
static size_t in_item_headline(const ivl_article *a, size_t i) {
  /* (its own span first, the fact's sentence: most facts end on a stop) */
  const char *t = a->view.text;
  uint32_t vs = a->facts.ents[i].vstart, ve = a->facts.ents[i].vend;
  if (ve <= vs || ve >= a->view.len || (t[ve] != '\n' && t[ve] != '\r') || (vs > 0 && t[vs - 1] != '\n')) return 0;
  char last = t[ve - 1];
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == '"') return 0;
  size_t k = sentence_holding(a, vs);
  return k + 1 < a->sentences.n ? k + 1 : 0;
}

/* Fact i, in an item headline, retells fact j of the sentence right under
** it ("Đồng Nai had ... $33.5 billion as of ..."), rounded as an
** article's headline does (rule 10). */
static int item_headline_over(const ivl_article *a, size_t i, size_t j) {
  size_t k = in_item_headline(a, i);
  if (!k) return 0;
  uint32_t v = a->facts.ents[j].vstart;
  return v >= a->sentences.items[k].start && v < a->sentences.items[k].end;
}

/* "China's Tianmao to build $350 mln complex" in the headline, the body's
** "Jiangsu Tianmao Textile Group": the headline's one-word short name is a
** whole word of the body's name past its first, a home province or city
** the headline leaves out (set qgarment). */
static int headline_short_within(const ivl_article *a, size_t i, size_t j) {
  size_t head, body;
  if (!title_and_body(a, i, j, &head, &body)) return 0;
  const ivl_store *s = &a->facts;
  const ivl_field *h = field(s, head, IVL_SYM_INVESTOR), *b = field(s, body, IVL_SYM_INVESTOR);
  if (!h || !b || h->kind != IVL_FIELD_STR || b->kind != IVL_FIELD_STR || h->len < 4 || b->len <= h->len + 1) return 0;
  const char *p = ivl_store_string(s, h), *q = ivl_store_string(s, b);
  if (memchr(p, ' ', h->len) || !ivl_isupper((unsigned char)p[0])) return 0;
  for (const char *w = strchr(q, ' '); w; w = strchr(w + 1, ' '))
    if (strncmp(w + 1, p, h->len) == 0 && (w[1 + h->len] == ' ' || w[1 + h->len] == '\0')) return 1;
  return 0;
}

static int same_fact(const ivl_article *a, size_t i, size_t j) {
  const ivl_store *s = &a->facts;
  int type = s->ents[i].type;
  if (rank_retold(a, i, j) || count_retold(a, i, j)) return 1;
  if (addition_retold(a, i, j) || addition_retold(a, j, i)) return 1;
  /* (a headline's venture read as domestic is the body's firm's too) */
  if (type == IVL_SYM_INVESTMENT && type == s->ents[j].type && headline_venture(a, i, j)) return 1;
  if (type != s->ents[j].type || s->ents[i].rule != s->ents[j].rule) return 0;
  switch (type) {
  case IVL_SYM_INVESTMENT:
    return (same_investor(s, i, j) || described_and_named(s, i, j) || headline_country_of_firm(a, i, j) ||
            headline_short_within(a, i, j) || headline_demonym_firm(a, i, j) ||
            headline_unnamed(a, i, j) || headline_country_body_all(a, i, j) ||
            headline_firm_body_firm(a, i, j)) &&
           same_target(a, i, j) && !other_years(s, i, j) &&
           (same_str(s, i, j, IVL_SYM_BASIS) || headline_basis_open(a, i, j)) &&
           close_amounts(a, i, j, in_opening(a, i) || in_opening(a, j) || item_headline_over(a, i, j) ||
                                      item_headline_over(a, j, i));
  case IVL_SYM_PARTNERSHIP:
    return same_str(s, i, j, IVL_SYM_PARTIES) && same_str(s, i, j, IVL_SYM_SINCE);
  case IVL_SYM_AGREEMENT:
    /* the lede's agreement retold in the body ("an agreement was signed") */
    /* (a bare one too: "The two governments also agreed to speed up ..."
    ** after the lede's signing is another deal, not the lede's told again) */
    /* (a dated first telling keeps its own day: "from October 13 to 16",
    ** the visit's, told after "The signing took place during a visit") */
    if (same_str(s, i, j, IVL_SYM_PARTIES) && (day_told_next(a, i, j) || day_told_next(a, j, i))) return 1;
    if (headline_country_party(a, i, j) || headline_country_party(a, j, i)) return 1;
    if (headline_short_party(a, i, j) || headline_short_party(a, j, i)) return 1;
    return same_str(s, i, j, IVL_SYM_PARTIES) && (deal_opening(a, i) || deal_opening(a, j)) &&
           !another_deal(a, i) && !another_deal(a, j) && (bare(s, i) || bare(s, j) || fields_agree(s, i, j));
  default:
    return 0;
  }
}

/* Does fact i name its investor more fully than j, j's name followed by
** more words ("LOTTE Shopping Co., Ltd" for "LOTTE")? */
static int fuller_investor(const ivl_store *s, size_t i, size_t j) {
  const ivl_field *fi = field(s, i, IVL_SYM_INVESTOR), *fj = field(s, j, IVL_SYM_INVESTOR);
  if (!fi || !fj || fi->kind != IVL_FIELD_STR || fj->kind != IVL_FIELD_STR || fj->len < 3 || fi->len <= fj->len)
    return 0;
  const char *ni = ivl_store_string(s, fi);
  return memcmp(ni, ivl_store_string(s, fj), fj->len) == 0 && ni[fj->len] == ' ';
}

/* Which of two repeats is kept: the more precise amount, else the one
** that states it most fully, else the earlier. */
static size_t kept_of(const ivl_article *a, size_t i, size_t j) {
  /* a deal's day told next: the first telling, with the day added if it had none */
  if (a->facts.ents[i].type == IVL_SYM_AGREEMENT) {
    if (day_told_next(a, i, j)) return i;
    if (day_told_next(a, j, i)) return j;
    /* the body's, which names the firm the headline's country stands for */
    if (headline_country_party(a, i, j)) return j;
    if (headline_country_party(a, j, i)) return i;
    if (headline_short_party(a, i, j)) return j;
    if (headline_short_party(a, j, i)) return i;
  }
  /* an addition told again: its first telling names the investor */
  if (addition_retold(a, i, j)) return i;
  if (addition_retold(a, j, i)) return j;
  /* a place with no figure told again with its figure in the next
  ** sentence: the sentence with the figure states it most fully (rule 10) */
  if (bare_place(&a->facts, i) != bare_place(&a->facts, j) && (told_next(a, i, j) || told_next(a, j, i)))
    return bare_place(&a->facts, i) ? j : i;
  /* a standfirst told again as the lede, word for word: the opening's
  ** stays, so a later bare retelling ("the signed agreement would ...")
  ** still finds it there */
  if (a->facts.ents[i].type == IVL_SYM_AGREEMENT && in_opening(a, i) != in_opening(a, j) &&
      same_str(&a->facts, i, j, IVL_SYM_DATE) && same_str(&a->facts, i, j, IVL_SYM_SECTORS))
    return in_opening(a, i) ? i : j;
  const ivl_field *ti = field(&a->facts, i, IVL_SYM_TARGET), *tj = field(&a->facts, j, IVL_SYM_TARGET);
  if (ti && tj && ti->kind == IVL_FIELD_STR && tj->kind == IVL_FIELD_STR &&
      !same_str(&a->facts, i, j, IVL_SYM_TARGET)) {
    /* the headline's "in Vietnam" for a province of the body's carried
    ** from the sentence before ("... a plant in the Mekong Delta city.
    ** Under the MoU, X plans to invest $120 million in the plant"): the
    ** province, though the body's sentence does not name it */
    if (in_title(a, i) != in_title(a, j)) {
      size_t t = in_title(a, i) ? i : j;
      if (strcmp(ivl_store_string(&a->facts, t == i ? ti : tj), "VN") == 0) return t == i ? j : i;
    }
    if (!target_named(a, i) != !target_named(a, j)) return target_named(a, i) ? i : j;
    /* the body's place, more precise than the headline's country */
    if (in_title(a, i) != in_title(a, j)) return in_title(a, i) ? j : i;
    return strcmp(ivl_store_string(&a->facts, ti), "VN") == 0 ? j : i; /* the province, not "VN" */
  }
  /* in two currencies: the body's, which states both */
  if (!same_str(&a->facts, i, j, IVL_SYM_CURRENCY)) return in_opening(a, i) ? j : i;
  if (described(&a->facts, i) != described(&a->facts, j)) return described(&a->facts, i) ? j : i;
  double pi = precision_of(a, i), pj = precision_of(a, j);
  if (pi > 0 && pj > 0 && pi != pj) return pi < pj ? i : j;
  /* a headline shortens names ("Samsung" for the body's "Samsung
  ** Electronics"): as precise, the body's fields win */
  if (in_title(a, i) != in_title(a, j)) return in_title(a, i) ? j : i;
  /* two body sentences, the lede's full name and a later short one
  ** ("LOTTE Shopping Co., Ltd will pour ...", then "LOTTE will build"):
  ** the sentence that names the firm states it most fully */
  if (fuller_investor(&a->facts, i, j)) return i;
  if (fuller_investor(&a->facts, j, i)) return j;
  if (a->facts.ents[j].nfields != a->facts.ents[i].nfields)
    return a->facts.ents[j].nfields > a->facts.ents[i].nfields ? j : i;
  /* as full either way: the body's sentence, not the headline's */
  return in_opening(a, i) && !in_opening(a, j) ? j : i;
}

/* Store the union of 'keep' and 'other' as a new fact: keep's fields, then
** what only the other states (the headline's date for the body's figure).
** 0 when out of memory. */
static int store_union(ivl_store *s, size_t keep, size_t other) {
  ivl_entity k = s->ents[keep];
  if (ivl_store_begin(s, k.type, k.rule, k.vstart, k.vend, k.start, k.end)) return 0;
  for (uint32_t f = 0; f < k.nfields; f++)
    if (ivl_store_copy_field(s, &s->fields[k.field0 + f])) return 0;
  ivl_entity o = s->ents[other];
  for (uint32_t f = 0; f < o.nfields; f++) {
    const ivl_field *of = &s->fields[o.field0 + f];
    if (of->key != IVL_SYM_MENTIONS && !ivl_store_field(s, &k, of->key) &&
        ivl_store_copy_field(s, of))
      return 0;
  }
  return 1;
}

/* {======================================================================
** Which pairs can be repeats at all
** ======================================================================= */

/* What same_fact needs of a fact, read once: an article of thousands of
** facts compares millions of pairs, and most fail on these. */
typedef struct fact_sum {
  uint16_t type, rule;
  uint8_t opening;          /* in the headline or lede, or a bare place: anything may match */
  uint8_t has_amount;
  uint8_t investor;         /* INV_* bits */
  double amount;
  uint64_t currency, projects, parties; /* hashes of the fields; 0: absent */
  uint64_t place;           /* target and basis, which two body facts share to repeat */
  uint64_t firm;            /* the investor's first word, when a string (INV_STR) */
  uint8_t retold;           /* merged with another statement of it */
} fact_sum;

enum {
  INV_STR = 1,       /* a string: same_investor may hold */
  INV_DESCRIBED = 2, /* present, and the fact describes its investor */
  INV_NAMED = 4      /* present, longer than a country code, not described */
};

/* Hashes for the keys below, a word at a time, not byte by byte (FNV-1a
** over the bytes cost 0.3 per cent of b1's instructions more). */
static uint64_t mix(uint64_t h, uint64_t v) {
  h = (h ^ v) * 0x9E3779B97F4A7C15u;
  return h ^ (h >> 29);
}

static uint64_t bytes_hash(uint64_t h, const char *p, size_t n) {
  uint64_t w;
  for (; n >= 8; p += 8, n -= 8) memcpy(&w, p, 8), h = mix(h, w);
  w = 0;
  memcpy(&w, p, n);
  return mix(h, w ^ ((uint64_t)n << 56));
}

/* A hash of a field's value, equal for fields same_str finds equal. */
static uint64_t field_hash(const ivl_store *s, size_t i, int key) {
  const ivl_field *f = field(s, i, key);
  if (!f) return 0;
  uint64_t h = mix(IVL_HASH_START, (uint64_t)f->kind);
  if (f->kind == IVL_FIELD_NUM) {
    double v = f->v.num == 0 ? 0 : f->v.num; /* -0 == 0 */
    uint64_t w;
    memcpy(&w, &v, sizeof w);
    return mix(h, w) | 1;
  }
  const char *p = ivl_store_string(s, f);
  if (f->kind == IVL_FIELD_STR) return bytes_hash(h, p, f->len) | 1;
  if (f->kind != IVL_FIELD_LIST) return h | 1;
  for (uint32_t k = 0; k < f->len; k++) {
    size_t n = strlen(p);
    h = bytes_hash(h, p, n);
    p += n + 1;
  }
  return h | 1;
}

/* The words of an investor's name up to its first space or hyphen: equal
** for any two same_investor finds the same ("Luxshare" and "Luxshare-ICT",
** "Nam Long Group" and "Nam Long Investment Corporation", "Sao Việt
** Tech" and "Sao Việt Technology JSC"): each such pair shares a prefix
** that reaches the shorter name's end or a space within it. */
static uint64_t firm_hash(const char *p, size_t n) {
  size_t k = 0;
  while (k < n && p[k] != ' ' && p[k] != '-') k++;
  return bytes_hash(IVL_HASH_START, p, k) | 1;
}

static fact_sum summary_of(const ivl_article *a, size_t i) {
  const ivl_store *s = &a->facts;
  const ivl_field *amount = field(s, i, IVL_SYM_AMOUNT);
  /* a place with no figure is looked at closely as the opening's are: the
  ** next sentence may tell it with its figure (rank_retold) */
  /* (an item headline's rounding too, as the article's headline's) */
  fact_sum f = {s->ents[i].type, s->ents[i].rule,
                (uint8_t)(in_opening(a, i) || bare_place(s, i) || in_item_headline(a, i)), 0, 0, 0,
                field_hash(s, i, IVL_SYM_CURRENCY), field_hash(s, i, IVL_SYM_PROJECTS),
                field_hash(s, i, IVL_SYM_PARTIES), 0, 0, 0};
  if (amount && amount->kind == IVL_FIELD_NUM) f.has_amount = 1, f.amount = amount->v.num;
  return f;
}

/* What only the lists of body investments ask of fact i: its place and
** investor. */
static void investment_keys(const ivl_article *a, size_t i, fact_sum *f) {
  const ivl_store *s = &a->facts;
  const ivl_field *inv = field(s, i, IVL_SYM_INVESTOR);
  f->place = mix(field_hash(s, i, IVL_SYM_TARGET), field_hash(s, i, IVL_SYM_BASIS));
  if (!inv) return;
  if (inv->kind == IVL_FIELD_STR) f->investor |= INV_STR, f->firm = firm_hash(ivl_store_string(s, inv), inv->len);
  if (described(s, i)) f->investor |= INV_DESCRIBED;
  else if (inv->len > 2) f->investor |= INV_NAMED;
}

/* Could same_fact hold? Never 0 where it would: a headline's or lede's
** fact is always looked at closely; two in the body repeat only with the
** same amount (or none and the same projects) or the same parties. */
static int may_repeat(const fact_sum *i, const fact_sum *j) {
  if (i->opening || j->opening) return 1;
  if (i->type != j->type) return 0;
  switch (i->type) {
  case IVL_SYM_INVESTMENT:
    if (i->projects && i->projects == j->projects) return 1; /* count_retold, or no amounts */
    if (i->rule != j->rule || !i->has_amount || !j->has_amount || i->currency != j->currency)
      return 0;
    return i->amount == j->amount ||
           (i->amount > 0 && j->amount > 0 && fabs(i->amount - j->amount) <= 0.005 * fabs(j->amount));
  case IVL_SYM_PARTNERSHIP:
  case IVL_SYM_AGREEMENT:
    return i->rule == j->rule && i->parties == j->parties;
  default:
    return 0;
  }
}

typedef struct fact_sums {
  fact_sum *v;
  size_t n, cap;
} fact_sums;

/* Summaries for every fact up to the store's end (merges add facts). */
static int sums_cover(fact_sums *fs, const ivl_article *a) {
  if (IVL_GROW(fs->v, fs->cap, a->facts.n)) return 0;
  for (; fs->n < a->facts.n; fs->n++) fs->v[fs->n] = summary_of(a, fs->n);
  return 1;
}

/* }====================================================================== */

/* Merge facts i and j (same_fact holds): keep the fuller, or store their
** union when each adds to the other. */
static void merge_pair(ivl_article *a, size_t i, size_t j) {
  ivl_store *s = &a->facts;
  size_t keep = kept_of(a, i, j), other = keep == i ? j : i;
  /* a fact the other adds nothing to is only dropped */
  int adds = 0;
  for (uint32_t f = 0; f < s->ents[other].nfields && !adds; f++) {
    int key = s->fields[s->ents[other].field0 + f].key;
    adds = key != IVL_SYM_MENTIONS && !ivl_store_field(s, &s->ents[keep], key);
  }
  if (adds && store_union(s, keep, other)) s->ents[keep].rule = IVL_STORE_DROPPED;
  s->ents[other].rule = IVL_STORE_DROPPED;
}

/* {======================================================================
** The pairs worth looking at
** ======================================================================= */

/* Facts of the body can repeat each other only with the same projects, the
** same amount (give or take 0.5 per cent, same rule and currency) or the
** same parties (may_repeat): each is found in a list sorted by what it must
** share, so an article of thousands of facts is not a square of pairs. A
** fact of the opening may repeat any other and is paired with all.
** Two investments of the body repeat only with the same target and basis
** (same_target and the basis allow others only to a headline's fact) and
** the same investor (same_investor: then the same first word) or one
** described, the other named (described_and_named): the lists of
** investments are three, by first word, the described and the named, each
** keyed by the target and basis too; a fact looks in the first for its
** own first word, in the named if described, in the described if named. */
typedef struct keyed {
  uint64_t key;  /* parties; projects, place (and firm); currency, place (and firm) */
  double amount; /* by amount only */
  uint32_t rule; /* by amount and parties */
  uint32_t index;
} keyed;

enum { BY_PARTIES, PROJ_FIRM, PROJ_DESCRIBED, PROJ_NAMED, AMT_FIRM, AMT_DESCRIBED, AMT_NAMED, NLISTS };

typedef struct pair_index {
  size_t n0; /* the facts indexed (those before any merge) */
  uint32_t *opening; /* the facts of the headline and lede */
  size_t nopening;
  uint32_t *bare; /* the bare places of the body, in order */
  size_t nbare;
  keyed *list[NLISTS];
  size_t n[NLISTS];
} pair_index;

static int keyed_cmp(const keyed *x, const keyed *y) {
  if (x->rule != y->rule) return x->rule < y->rule ? -1 : 1;
  if (x->key != y->key) return x->key < y->key ? -1 : 1;
  if (x->amount != y->amount) return x->amount < y->amount ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

static int by_key(const void *pa, const void *pb) { return keyed_cmp(pa, pb); }

static void index_free(pair_index *px) {
  free(px->opening);
  free(px->bare);
  for (int l = 0; l < NLISTS; l++) free(px->list[l]);
}

/* The keys of body investment f in the lists of 'first' (PROJ_FIRM or
** AMT_FIRM) and the two after it, from what it must share ('what': its
** projects or its currency). */
static uint64_t class_key(const fact_sum *f, uint64_t what) { return mix(mix(IVL_HASH_START, what), f->place); }
static uint64_t firm_key(const fact_sum *f, uint64_t what) { return mix(class_key(f, what), f->firm); }

static void push(pair_index *px, int l, keyed k) { px->list[l][px->n[l]++] = k; }

/* Enter body investment f (index i) in the lists from 'first' on. */
static void push_investment(pair_index *px, int first, const fact_sum *f, uint64_t what, double amount,
                            uint32_t rule, uint32_t i) {
  if (f->investor & INV_STR) push(px, first, (keyed){firm_key(f, what), amount, rule, i});
  if (f->investor & INV_DESCRIBED) push(px, first + 1, (keyed){class_key(f, what), amount, rule, i});
  if (f->investor & INV_NAMED) push(px, first + 2, (keyed){class_key(f, what), amount, rule, i});
}

/* 0, or -1 when out of memory. */
static int index_build(pair_index *px, const ivl_article *a, fact_sum *sums, size_t n) {
  memset(px, 0, sizeof *px);
  px->n0 = n;
  size_t m = n ? n : 1;
  if (!(px->opening = malloc(m * sizeof *px->opening)) || !(px->bare = malloc(m * sizeof *px->bare))) return -1;
  for (int l = 0; l < NLISTS; l++)
    if (!(px->list[l] = malloc(m * sizeof(keyed)))) return -1;
  for (uint32_t i = 0; i < n; i++) {
    const fact_sum *f = &sums[i];
    if (f->opening) {
      if (in_opening(a, i)) px->opening[px->nopening++] = i;
      else px->bare[px->nbare++] = i;
    } else if (f->type == IVL_SYM_INVESTMENT && (f->projects || f->has_amount)) {
      investment_keys(a, i, &sums[i]);
      /* count_retold asks no rule */
      if (f->projects) push_investment(px, PROJ_FIRM, f, f->projects, 0, 0, i);
      if (f->has_amount) push_investment(px, AMT_FIRM, f, f->currency, f->amount, f->rule, i);
    } else if (f->type == IVL_SYM_PARTNERSHIP || f->type == IVL_SYM_AGREEMENT) {
      /* (a body agreement: its day told in the next sentence, day_told_next) */
      push(px, BY_PARTIES, (keyed){f->parties, 0, f->rule, i});
    }
  }
  /* sums come in document order, a few a list: insertion, not qsort's
  ** calls (720 on b1, 0.49M instructions); keyed_cmp orders them wholly,
  ** so the lists are the same whichever sort */
  for (int l = 0; l < NLISTS; l++) ivl_sort_nearly(px->list[l], px->n[l], sizeof(keyed), by_key, 8);
  return 0;
}

/* The first entry of list[0, n) not below 'at'. */
static size_t lower_bound(const keyed *list, size_t n, const keyed *at) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (keyed_cmp(&list[mid], at) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

typedef struct cands {
  uint32_t *v;
  size_t n, cap;
} cands;

/* Add the entries j > i of list l while they share 'at's rule and key and
** their amount is at most 'high'. */
static int add_run(cands *c, const pair_index *px, int l, const keyed *at, double high, size_t i) {
  const keyed *list = px->list[l];
  size_t n = px->n[l];
  for (size_t k = lower_bound(list, n, at); k < n; k++) {
    if (list[k].rule != at->rule || list[k].key != at->key || list[k].amount > high) break;
    if (list[k].index <= i) continue;
    if (IVL_GROW(c->v, c->cap, c->n + 1)) return -1;
    c->v[c->n++] = list[k].index;
  }
  return 0;
}

/* The runs body investment f (index i) may repeat in the lists from
** 'first' on: its own first word's; the named, if it is described; the
** described, if it is named. */
static int investment_runs(cands *c, const pair_index *px, int first, const fact_sum *f, uint64_t what,
                           double low, double high, uint32_t rule, size_t i) {
  if (f->investor & INV_STR) {
    keyed at = {firm_key(f, what), low, rule, 0};
    if (add_run(c, px, first, &at, high, i)) return -1;
  }
  if (f->investor & (INV_DESCRIBED | INV_NAMED)) {
    keyed at = {class_key(f, what), low, rule, 0};
    if (add_run(c, px, f->investor & INV_DESCRIBED ? first + 2 : first + 1, &at, high, i)) return -1;
  }
  return 0;
}

/* A bare place of the body (in neither the headline nor the lede) is
** the same fact as another of the body only as rank_retold finds it, told
** in the very next sentence: same_fact's other ways need a figure, a count
** of projects or the opening (close_amounts is 0 for a fact with neither
** against any fact of the body, count_retold needs projects). So of the
** body's facts it pairs only with those starting from its start to 4
** bytes past its end (told_next either way: the facts are sorted by
** start, and view offsets follow the text's), not with thousands: an
** article of 471 joined had 164 bare places and 6,000 facts, a million
** pairs. The window holds every such pair, and more: same_fact decides. */
static int near_start(const ivl_article *a, size_t i, size_t j) {
  const ivl_entity *f = &a->facts.ents[i], *l = &a->facts.ents[j];
  return l->vstart >= f->vstart && l->vstart <= (size_t)f->vend + 4;
}

/* The body's facts j in (i, n0) bare place i may be told again by. */
static int told_near(cands *c, const pair_index *px, const ivl_article *a, size_t i) {
  for (size_t j = i + 1; j < px->n0 && a->facts.ents[j].vstart <= (size_t)a->facts.ents[i].vend + 4; j++) {
    if (!near_start(a, i, j)) continue;
    if (IVL_GROW(c->v, c->cap, c->n + 1)) return -1;
    c->v[c->n++] = (uint32_t)j;
  }
  return 0;
}

/* The bare places j > i of the body that body fact i may be told by. */
static int bare_near(cands *c, const pair_index *px, const ivl_article *a, size_t i) {
  size_t lo = 0, hi = px->nbare;
  while (lo < hi) { /* the first starting at or after i */
    size_t mid = lo + (hi - lo) / 2;
    if (a->facts.ents[px->bare[mid]].vstart < a->facts.ents[i].vstart) lo = mid + 1;
    else hi = mid;
  }
  for (size_t k = lo; k < px->nbare && a->facts.ents[px->bare[k]].vstart <= (size_t)a->facts.ents[i].vend + 4; k++) {
    if (px->bare[k] <= i || !near_start(a, i, px->bare[k])) continue;
    if (IVL_GROW(c->v, c->cap, c->n + 1)) return -1;
    c->v[c->n++] = px->bare[k];
  }
  return 0;
}

/* The indexed facts j > i that body fact i may repeat (unsorted). Amounts
** within 0.5 per cent of i's lie in [x / 1.0051, x / 0.9949], a little
** wider than may_repeat, which has the last word; an amount not above 0
** only equals. */
static int body_candidates(const pair_index *px, const ivl_article *a, const fact_sum *f, size_t i, cands *c) {
  c->n = 0;
  for (size_t k = 0; k < px->nopening; k++) {
    if (px->opening[k] <= i) continue;
    if (IVL_GROW(c->v, c->cap, c->n + 1)) return -1;
    c->v[c->n++] = px->opening[k];
  }
  if (f->opening) return told_near(c, px, a, i); /* a bare place (of the body: the caller's) */
  if (bare_near(c, px, a, i)) return -1;
  if (f->type == IVL_SYM_INVESTMENT && f->projects &&
      investment_runs(c, px, PROJ_FIRM, f, f->projects, 0, 0, 0, i))
    return -1;
  if (f->type == IVL_SYM_INVESTMENT && f->has_amount) {
    double x = f->amount;
    if (investment_runs(c, px, AMT_FIRM, f, f->currency, x > 0 ? x / 1.0051 : x, x > 0 ? x / 0.9949 : x, f->rule,
                        i))
      return -1;
  }
  if (f->type == IVL_SYM_PARTNERSHIP || f->type == IVL_SYM_AGREEMENT) {
    keyed at = {f->parties, 0, f->rule, 0};
    if (add_run(c, px, BY_PARTIES, &at, 0, i)) return -1;
  }
  return 0;
}

static int ascending(const void *pa, const void *pb) {
  uint32_t x = *(const uint32_t *)pa, y = *(const uint32_t *)pb;
  return x < y ? -1 : x > y;
}

/* }====================================================================== */

/* Look at pair (i, j) as the settle step does; 0, or -1 when the
** summaries could not follow a merge (then every pair is looked at). */
static int settle_pair(ivl_article *a, fact_sums *fs, int *pruned, size_t i, size_t j) {
  ivl_store *s = &a->facts;
  if (s->ents[j].rule == IVL_STORE_DROPPED) return 0;
  if (*pruned && !may_repeat(&fs->v[i], &fs->v[j])) return 0;
  if (!same_fact(a, i, j)) return 0;
  size_t n = s->n;
  merge_pair(a, i, j);
  *pruned = *pruned && sums_cover(fs, a);
  if (!*pruned) return 0;
  fs->v[i].retold = fs->v[j].retold = 1;
  for (size_t k = n; k < s->n; k++) fs->v[k].retold = 1; /* (the union a merge may add) */
  return 0;
}

/* Do facts i and j name the same firm as their investor: a name, not a
** country's code (a headline's "Taiwanese investors pour $1.4bn" and the
** body's Taiwan with its stock are two figures of one country's)? */
static int same_firm(const ivl_store *s, size_t i, size_t j) {
  const ivl_field *inv = field(s, i, IVL_SYM_INVESTOR);
  return inv && inv->len > 2 && same_investor(s, i, j);
}

/* "Vietjet, Singapore firm to build $140 million MRO complex" over a body
** that tells the venture's money with its partners named: a headline's
** investment that merged with no statement of the body, though the body
** tells an investment of the same amount (or its rounding, or its US$), is
** the headline's shorthand of it, told once (rule 10), no fact of its own.
** So too a headline's fact of a firm whose deals the body tells itself
** ("Nanocell lands US$6 million from Korean, Singaporean investors", the
** round the body tells with its investors; set qweek133): the body's are
** that firm's facts, told once. Not when the body tells neither such
** amount nor that firm: the headline may be all that states it. */
static void drop_headline_shorthand(ivl_article *a, const fact_sums *fs) {
  ivl_store *s = &a->facts;
  for (size_t i = 0; i < s->n && i < fs->n; i++) {
    if (s->ents[i].rule == IVL_STORE_DROPPED || s->ents[i].type != IVL_SYM_INVESTMENT || fs->v[i].retold ||
        !in_title(a, i))
      continue;
    for (size_t j = 0; j < s->n; j++)
      if (j != i && s->ents[j].rule != IVL_STORE_DROPPED && s->ents[j].type == IVL_SYM_INVESTMENT &&
          !in_title(a, j) && (close_amounts(a, i, j, 1) || same_firm(s, i, j))) {
        s->ents[i].rule = IVL_STORE_DROPPED;
        break;
      }
  }
}

/* Every j > i in order, as a plain loop: for a fact of the opening, one
** made by a merge, or when the index could not be built. */
static void settle_all_after(ivl_article *a, fact_sums *fs, int *pruned, size_t i) {
  ivl_store *s = &a->facts;
  for (size_t j = i + 1; j < s->n && s->ents[i].rule != IVL_STORE_DROPPED; j++)
    settle_pair(a, fs, pruned, i, j);
}

/* Is money mention e an amount a correction withdraws, ", not" right
** before it ("is worth USD 720 million, not USD 270 million as it said
** earlier")? (invest_figures.c withdrawn_after_not: no fact of its own) */
static int withdrawn_money(const ivl_article *a, const ivl_entity *e) {
  const char *t = a->view.text;
  size_t p = e->vstart;
  while (p > 0 && t[p - 1] == ' ') p--;
  return p >= 5 && memcmp(t + p - 5, ", not", 5) == 0;
}

/* A live page's later entry corrects an earlier one ("The organisers have
** revised the total ... to VND 48.6 trillion, not VND 46.8 trillion as
** ... reported in our 10:30 entry"): the amount withdrawn is withdrawn
** wherever the page told it, so an investment of that amount and
** currency stated in another sentence is dropped (set qweek94). */
static void drop_withdrawn(ivl_article *a) {
  const ivl_store *m = &a->store;
  ivl_store *s = &a->facts;
  for (size_t k = 0; k < m->n; k++) {
    const ivl_entity *e = &m->ents[k];
    if (e->type != IVL_SYM_MONEY || !withdrawn_money(a, e)) continue;
    const ivl_field *v = ivl_store_field(m, e, IVL_SYM_VALUE), *c = ivl_store_field(m, e, IVL_SYM_CURRENCY);
    if (!v || !c || v->kind != IVL_FIELD_NUM || c->kind != IVL_FIELD_STR) continue;
    for (size_t i = 0; i < s->n; i++) {
      const ivl_entity *f = &s->ents[i];
      if (f->type != IVL_SYM_INVESTMENT || (e->vstart >= f->vstart && e->vstart < f->vend)) continue;
      const ivl_field *fa = field(s, i, IVL_SYM_AMOUNT), *fc = field(s, i, IVL_SYM_CURRENCY);
      if (fa && fc && fa->kind == IVL_FIELD_NUM && fa->v.num == v->v.num && fc->kind == IVL_FIELD_STR &&
          fc->len == c->len && memcmp(ivl_store_string(s, fc), ivl_store_string(m, c), c->len) == 0)
        s->ents[i].rule = IVL_STORE_DROPPED;
    }
  }
}

/* Does t[from, to) hold one of 'words' (lower case, each opening on two
** ASCII letters), in any case? One walk of the bytes, a word tried only
** where its first two letters stand (c | 0x20 is a letter's lower case
** and no other byte's): a strncasecmp at every byte for every word cost
** 4.9M Ir of dev2's 86M, a walk for each word 0.75M. */
static int span_holds(const char *t, size_t from, size_t to, const char *const *words) {
  unsigned char opens[256] = {0};
  for (const char *const *w = words; *w; w++) opens[(unsigned char)(*w)[0]] = 1;
  for (size_t p = from; p + 1 < to; p++) {
    if (!opens[(unsigned char)(t[p] | 0x20)]) continue;
    for (const char *const *w = words; *w; w++) {
      size_t n = strlen(*w);
      if (p + n <= to && (t[p + 1] | 0x20) == (*w)[1] && strncasecmp(t + p, *w, n) == 0) return 1;
    }
  }
  return 0;
}

/* Is money mention e, in sentence k, a figure the page says it reported
** before and then corrects ("Earlier we reported that X was adding $130
** million ... The company has since clarified that ...", "the capital ...
** was given as US$26 million. ... the correct figure is US$62 million"):
** a words of the earlier report before it in its sentence, a word of
** correcting in that sentence or the next? Not a report the page retells
** with no correction ("Earlier we reported that X signed; the signing is
** now done"). */
static int reported_then_corrected(const ivl_article *a, const ivl_entity *e, size_t k) {
  static const char *const reported[] = {"we reported", "was given as", "were given as", "post said",
                                         "earlier version", NULL};
  static const char *const correcting[] = {"correct", "clarif", "in fact", NULL};
  const ivl_span *sn = &a->sentences.items[k];
  if (!span_holds(a->view.text, sn->start, e->vstart, reported)) return 0;
  size_t to = k + 1 < a->sentences.n ? a->sentences.items[k + 1].end : sn->end;
  return span_holds(a->view.text, sn->start, to, correcting);
}

/* The money mention of currency 'c' the sentence after sentence k gives
** as the correct figure ("The correct price is S$46 million"), a value
** other than 'old'; or NULL. */
static const ivl_entity *corrected_to(const ivl_article *a, size_t k, const ivl_field *c, double old) {
  static const char *const correct[] = {"the correct ", NULL};
  if (k + 1 >= a->sentences.n) return NULL;
  const ivl_span *next = &a->sentences.items[k + 1];
  if (!span_holds(a->view.text, next->start, next->end, correct)) return NULL;
  const ivl_store *m = &a->store;
  for (size_t i = 0; i < m->n; i++) {
    const ivl_entity *e = &m->ents[i];
    if (e->type != IVL_SYM_MONEY || e->vstart < next->start || e->vstart >= next->end) continue;
    const ivl_field *v = ivl_store_field(m, e, IVL_SYM_VALUE), *ec = ivl_store_field(m, e, IVL_SYM_CURRENCY);
    if (v && ec && v->kind == IVL_FIELD_NUM && v->v.num != old && ec->kind == IVL_FIELD_STR && ec->len == c->len &&
        memcmp(ivl_store_string(m, ec), ivl_store_string(m, c), c->len) == 0)
      return e;
  }
  return NULL;
}

/* Scale fact i's number field 'key' by 'ratio', when it has one. */
static void scale_number(ivl_store *s, size_t i, int key, double ratio) {
  const ivl_field *f = field(s, i, key);
  if (f && f->kind == IVL_FIELD_NUM) s->fields[f - s->fields].v.num *= ratio;
}

/* Does investment fact i hold amount 'v' in currency 'c'? */
static int holds_amount(const ivl_store *s, size_t i, const ivl_store *m, double v, const ivl_field *c) {
  const ivl_field *fa = field(s, i, IVL_SYM_AMOUNT), *fc = field(s, i, IVL_SYM_CURRENCY);
  return s->ents[i].type == IVL_SYM_INVESTMENT && fa && fc && fa->kind == IVL_FIELD_NUM && fa->v.num == v &&
         fc->kind == IVL_FIELD_STR && fc->len == c->len &&
         memcmp(ivl_store_string(s, fc), ivl_store_string(m, c), c->len) == 0;
}

/* Does any investment fact hold amount 'v' in currency 'c'? */
static int some_investment_holds(const ivl_store *s, const ivl_store *m, double v, const ivl_field *c) {
  for (size_t i = 0; i < s->n; i++)
    if (holds_amount(s, i, m, v, c)) return 1;
  return 0;
}

/* A live page's entry that retells an earlier entry's figure to correct
** it (reported_then_corrected): an investment of that amount, in that
** sentence or any other, takes the figure the next sentence gives as the
** correct one, or, with none ("has since clarified that the increase is
** $103 million", "the USD 30 million is a loan"), is dropped (set
** qweek139). */
static void correct_reported(ivl_article *a) {
  const ivl_store *m = &a->store;
  ivl_store *s = &a->facts;
  for (size_t j = 0; j < m->n; j++) {
    const ivl_entity *e = &m->ents[j];
    if (e->type != IVL_SYM_MONEY) continue;
    const ivl_field *v = ivl_store_field(m, e, IVL_SYM_VALUE), *c = ivl_store_field(m, e, IVL_SYM_CURRENCY);
    if (!v || !c || v->kind != IVL_FIELD_NUM || c->kind != IVL_FIELD_STR || v->v.num <= 0) continue;
    /* (the text read only for an amount some investment holds) */
    if (!some_investment_holds(s, m, v->v.num, c)) continue;
    size_t k = sentence_holding(a, e->vstart);
    if (k >= a->sentences.n || !reported_then_corrected(a, e, k)) continue;
    const ivl_entity *to = corrected_to(a, k, c, v->v.num);
    double ratio = to ? ivl_store_field(m, to, IVL_SYM_VALUE)->v.num / v->v.num : 0;
    for (size_t i = 0; i < s->n; i++) {
      if (!holds_amount(s, i, m, v->v.num, c)) continue;
      if (!to) {
        s->ents[i].rule = IVL_STORE_DROPPED;
        continue;
      }
      scale_number(s, i, IVL_SYM_AMOUNT, ratio);
      scale_number(s, i, IVL_SYM_AMOUNT_USD, ratio);
      scale_number(s, i, IVL_SYM_USD, ratio);
    }
  }
}

#define INDEX_AFTER 32

void ivl_facts_settle(ivl_article *a) {
  ivl_store *s = &a->facts;
  ivl_store_sort(s);
  drop_withdrawn(a);
  correct_reported(a);
  fact_sums fs = {0};
  /* without memory for the summaries every pair is looked at closely */
  int pruned = sums_cover(&fs, a);
  pair_index px = {0};
  /* a few facts are all paired: cheaper than the lists */
  int indexed = pruned && s->n > INDEX_AFTER && index_build(&px, a, fs.v, s->n) == 0;
  cands c = {0};
  for (size_t i = 0; i < s->n; i++) {
    /* merged into an earlier fact: nothing is left to look at (its
    ** candidates were thousands in an article of one fact told over) */
    if (s->ents[i].rule == IVL_STORE_DROPPED) continue;
    if (!indexed || !pruned || i >= px.n0 || (fs.v[i].opening && in_opening(a, i)) ||
        body_candidates(&px, a, &fs.v[i], i, &c)) {
      settle_all_after(a, &fs, &pruned, i);
      continue;
    }
    /* the j a plain loop would look at closely, in its order: those of
    ** the index, then the facts merges made (all after them) */
    if (c.n > 1) qsort(c.v, c.n, sizeof *c.v, ascending);
    for (size_t k = 0; k < c.n && s->ents[i].rule != IVL_STORE_DROPPED; k++)
      if (k == 0 || c.v[k] != c.v[k - 1]) settle_pair(a, &fs, &pruned, i, c.v[k]);
    for (size_t j = px.n0; j < s->n && s->ents[i].rule != IVL_STORE_DROPPED; j++)
      settle_pair(a, &fs, &pruned, i, j);
  }
  if (pruned) drop_headline_shorthand(a, &fs);
  free(c.v);
  index_free(&px);
  free(fs.v);
  ivl_store_drop_marked(s);
  ivl_store_sort(s);
}
