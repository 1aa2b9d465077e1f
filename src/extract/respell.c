/*
** respell.c
** Foreign places spelt otherwise than the gazetteer spells them, said with
** their country: "Savanakhet province of Laos" (Savannakhet), "Siemreap,
** Cambodia" (Siem Reap), "Kompong Thom province, Cambodia" (Kampong Thom),
** "Champassak province of Laos" (Champasak). Romanisations of Lao, Khmer,
** Thai and Chinese names differ in their vowels, in doubled letters, in
** an h after a consonant and in where words break; their consonants in
** order agree. A place read by its shape that the gazetteer does not know
** takes the gazetteer's place of the country said next to it whose
** consonants agree, when exactly one does.
** A name of places in several countries ("Victoria" in Australia and in
** Canada, "Córdoba" in Argentina and in Spain) is the one of the country
** named near it ("Victoria, Canada", "based in Córdoba, Spain"), and the
** gazetteer's usual one (the entry added last) when no other is named.
*/
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "names.h"
#include "symbols.h"
#include "util.h"

/* The consonant skeleton of a folded name: its first letter, then its
** consonants, an h after a consonant and a doubled consonant dropped
** ("savannakhet" and "savanakhet" are both "svnkt", "kompong thom" and
** "kampong thom" "kmpngtm"). Its length; 0 when it is too long or has a
** byte that is no ASCII letter, space or dash. */
#define SKELETON_MAX 40
static size_t skeleton(const char *f, size_t n, char *out) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    char c = f[i];
    if (c == ' ' || c == '-' || c == '\'') continue;
    if (c < 'a' || c > 'z') return 0;
    int vowel = strchr("aeiouy", c) != NULL;
    if (k == 0) {
      out[k++] = c;
      continue;
    }
    if (vowel) continue;
    char last = out[k - 1];
    if (c == last || (c == 'h' && !strchr("aeiouy", last))) continue;
    if (k == SKELETON_MAX) return 0;
    out[k++] = c;
  }
  return k;
}

/* The gazetteer's foreign places, by country, each with its skeleton:
** made when an article first asks (few do), so that each place asked
** about is looked for among its country's places (at most some 450), not
** among every entry. Asking the whole gazetteer for each place cost
** 40 times main's time on a 1.5 MB article of 40,000 places said with a
** country (2.0 s against 0.05 s); the table is made once per article. */
typedef struct foreign_place {
  const char *code; /* its country's, in the gazetteer's strings */
  uint32_t entry;
  uint8_t n; /* skeleton length; 0: none (a name of other bytes) */
  char sk[SKELETON_MAX];
} foreign_place;

typedef struct foreign_places {
  foreign_place *items;
  size_t n, cap;
  int made, failed;
} foreign_places;

/* By country, then in the gazetteer's order (the order the entries were
** asked in before, so that the first of a country found is the same). */
static int by_code_then_entry(const void *a, const void *b) {
  const foreign_place *x = a, *y = b;
  int c = strcmp(x->code, y->code);
  return c ? c : (x->entry > y->entry) - (x->entry < y->entry);
}

static int make_foreign_places(const ivl_gazetteer *g, int key, foreign_places *fp) {
  fp->made = 1;
  size_t entries = ivl_gazetteer_entries(g);
  for (size_t k = 0; k < entries; k++) {
    if (ivl_gazetteer_type(g, (uint32_t)k) != IVL_SYM_LOCATION) continue;
    const char *cc = ivl_gazetteer_field(g, (uint32_t)k, key);
    if (!cc || strcmp(cc, "VN") == 0) continue;
    if (IVL_GROW(fp->items, fp->cap, fp->n + 1)) return fp->failed = 1, -1;
    foreign_place *f = &fp->items[fp->n++];
    f->code = cc, f->entry = (uint32_t)k, f->n = 0;
    const char *name = ivl_gazetteer_name(g, (uint32_t)k);
    size_t len = strlen(name);
    char fn[IVL_FOLD_ROOM(3 * SKELETON_MAX)];
    if (len <= 3 * SKELETON_MAX) f->n = (uint8_t)skeleton(fn, ivl_fold_name(name, len, fn), f->sk);
  }
  if (fp->n) qsort(fp->items, fp->n, sizeof *fp->items, by_code_then_entry);
  return 0;
}

/* The places of country 'code': their first, and their number in *n. */
static const foreign_place *places_of(const ivl_gazetteer *g, int key, foreign_places *fp, const char *code,
                                      size_t *n) {
  *n = 0;
  if (!fp->made) make_foreign_places(g, key, fp);
  if (fp->failed) return NULL;
  size_t lo = 0, hi = fp->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(fp->items[mid].code, code) < 0) lo = mid + 1;
    else hi = mid;
  }
  size_t end = lo;
  while (end < fp->n && strcmp(fp->items[end].code, code) == 0) end++;
  *n = end - lo;
  return fp->items + lo;
}

/* The country code that the country name right beside a place gives:
** after it ("Siemreap, Cambodia", "Savanakhet province of Laos",
** "Kompong Thom province, Cambodia") or before it as a possessive
** ("Laos' Savanakhet"); NULL when none. */
static const char *country_beside(const ivl_gazetteer *g, const char *t, const ivl_names *ns, size_t i) {
  static const char *const gaps_after[] = {", ", " province, ", " province of ", " City, ", " City of ",
                                           " city, ", " city of ", " Province, ", " Province of ",
                                           " in ", " province in ", NULL};
  static const char *const gaps_before[] = {"'s ", "' ", "’s ", "’ ", "'s northern ", "'s southern ",
                                            "'s central ", NULL};
  const ivl_name *p = &ns->items[i];
  const ivl_name *c = NULL;
  if (i + 1 < ns->n && ns->items[i + 1].type == IVL_SYM_COUNTRY && ns->items[i + 1].vstart >= p->vend)
    for (const char *const *w = gaps_after; *w && !c; w++) {
      size_t n = strlen(*w);
      if (ns->items[i + 1].vstart - p->vend == n && memcmp(t + p->vend, *w, n) == 0) c = &ns->items[i + 1];
    }
  if (!c && i > 0 && ns->items[i - 1].type == IVL_SYM_COUNTRY && ns->items[i - 1].vend <= p->vstart)
    for (const char *const *w = gaps_before; *w && !c; w++) {
      size_t n = strlen(*w);
      if (p->vstart - ns->items[i - 1].vend == n && memcmp(t + ns->items[i - 1].vend, *w, n) == 0)
        c = &ns->items[i - 1];
    }
  if (!c || c->entry < 0) return NULL;
  return ivl_gazetteer_field(g, (uint32_t)c->entry, IVL_SYM_CODE);
}

/* The code of the country named nearest a place, in its sentence, within
** 80 bytes either side, Việt Nam left out; NULL when none is. */
static const char *country_near(const ivl_gazetteer *g, const char *t, const ivl_names *ns, size_t i, int key) {
  const ivl_name *p = &ns->items[i], *best = NULL;
  size_t dist = 81;
  for (size_t k = i; k-- > 0 && p->vstart - ns->items[k].vend <= 80;) {
    const ivl_name *c = &ns->items[k];
    if (memchr(t + c->vend, '.', p->vstart - c->vend)) break;
    if (c->type == IVL_SYM_COUNTRY && c->entry >= 0 && p->vstart - c->vend < dist) {
      best = c, dist = p->vstart - c->vend;
      break;
    }
  }
  for (size_t k = i + 1; k < ns->n && ns->items[k].vstart >= p->vend && ns->items[k].vstart - p->vend <= 80; k++) {
    const ivl_name *c = &ns->items[k];
    if (memchr(t + p->vend, '.', c->vstart - p->vend)) break;
    if (c->type == IVL_SYM_COUNTRY && c->entry >= 0) {
      if (c->vstart - p->vend < dist) best = c;
      break;
    }
    /* "Perth, Scotland": a place of a country right after the comma says
    ** the country as its name would */
    if (c->type == IVL_SYM_LOCATION && c->entry >= 0 && k == i + 1 && c->vstart == p->vend + 2 && t[p->vend] == ',' &&
        t[p->vend + 1] == ' ') {
      const char *code = ivl_gazetteer_field(g, (uint32_t)c->entry, key);
      if (code && strcmp(code, "VN") != 0) return code;
    }
  }
  const char *code = best ? ivl_gazetteer_field(g, (uint32_t)best->entry, IVL_SYM_CODE) : NULL;
  return code && strcmp(code, "VN") != 0 ? code : NULL;
}

/* A known foreign place whose entry is of another country than the one
** named near it: the entry of that country its name also names, if any. */
static void place_of_country_named(const ivl_gazetteer *g, const char *t, ivl_names *ns, size_t i, int key,
                                   foreign_places *fp) {
  ivl_name *p = &ns->items[i];
  const char *own = ivl_gazetteer_field(g, (uint32_t)p->entry, key);
  if (!own || strcmp(own, "VN") == 0) return;
  const char *code = country_near(g, t, ns, i, key);
  if (!code || strcmp(code, own) == 0) return;
  size_t n;
  const foreign_place *f = places_of(g, key, fp, code, &n);
  for (size_t k = 0; k < n; k++)
    if (ivl_gazetteer_names_entry(g, f[k].entry, t + p->name_s, p->name_e - p->name_s)) {
      p->entry = (int32_t)f[k].entry;
      return;
    }
}

/* The sentence of the article's that holds view offset 'at' (the
** sentences are in document order and do not overlap); NULL when none
** does (a headline or a caption is cut into sentences too). */
static const ivl_span *sentence_holding(const ivl_spans *sentences, size_t at) {
  size_t lo = 0, hi = sentences->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (sentences->items[mid].end <= at)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < sentences->n && sentences->items[lo].start <= at ? &sentences->items[lo] : NULL;
}

/* The code a known name gives: a country's, or a place's country. */
static const char *code_named(const ivl_gazetteer *g, const ivl_name *c, int key) {
  if (c->entry < 0) return NULL;
  if (c->type == IVL_SYM_COUNTRY) return ivl_gazetteer_field(g, (uint32_t)c->entry, IVL_SYM_CODE);
  return c->type == IVL_SYM_LOCATION ? ivl_gazetteer_field(g, (uint32_t)c->entry, key) : NULL;
}

/* "Vietnamese companies announced $1.3 billion in new U.S. investment
** ..., led by X's $600 million cell plant in Georgia": the other country
** of a country's name that is also a place of it, when the sentence
** names that country or a place of it, and neither the country itself nor
** a place of it ("a plant in Georgia, near Tbilisi"); NULL else. */
static const char *other_country_in_sentence(const ivl_gazetteer *g, const char *t, const ivl_spans *sentences,
                                             const ivl_names *ns, size_t i, int key, const char *own) {
  const ivl_name *p = &ns->items[i];
  const ivl_span *in = sentence_holding(sentences, p->vstart);
  if (!in) return NULL;
  size_t a = i, b = i + 1;
  while (a > 0 && ns->items[a - 1].vstart >= in->start) a--;
  while (b < ns->n && ns->items[b].vend <= in->end) b++;
  const char *found = NULL;
  for (size_t k = a; k < b; k++) {
    const char *code = k == i ? NULL : code_named(g, &ns->items[k], key);
    if (!code || strcmp(code, "VN") == 0) continue;
    if (strcmp(code, own) == 0) return NULL;
    if (!found && ivl_gazetteer_lookup_field(g, t + p->name_s, p->name_e - p->name_s, IVL_SYM_LOCATION, key, code) >= 0)
      found = code;
  }
  return found;
}

/* "Savannah, Georgia, in the United States", "Atlanta, Georgia", "the US
** state of Georgia": a country's name that is also a place of another
** country (the US state) is that place when that country is named near it
** or a place of it right before the comma, or the sentence names that
** country and not the other; else the country, the usual one. */
static void country_as_place(const ivl_gazetteer *g, const char *t, const ivl_spans *sentences, ivl_names *ns,
                             size_t i, int key, const ivl_name **was) {
  ivl_name *p = &ns->items[i];
  const char *own = ivl_gazetteer_field(g, (uint32_t)p->entry, IVL_SYM_CODE);
  if (!own || strcmp(own, "VN") == 0) return;
  /* "... in Savannah, Georgia, in the United States. Georgia is home to
  ** ...": once the article has said which, a repeat with nothing near it
  ** is the same */
  const ivl_name *w = *was;
  if (w && w->name_e - w->name_s == p->name_e - p->name_s &&
      memcmp(t + w->name_s, t + p->name_s, p->name_e - p->name_s) == 0) {
    const char *near = country_near(g, t, ns, i, key);
    if (!near || strcmp(near, own) != 0) {
      p->type = IVL_SYM_LOCATION;
      p->entry = w->entry;
      return;
    }
  }
  /* where the text says so: a place of the other country right before
  ** the comma, "state of" right before it, or the other country said right
  ** after it with ", in (the)" or ", the" */
  const char *code = NULL;
  const ivl_name *b = i > 0 ? &ns->items[i - 1] : NULL;
  if (b && b->type == IVL_SYM_LOCATION && b->entry >= 0 && b->vend + 2 == p->vstart && t[b->vend] == ',')
    code = ivl_gazetteer_field(g, (uint32_t)b->entry, key);
  if (!code && p->vstart >= 9 && memcmp(t + p->vstart - 9, "state of ", 9) == 0) code = country_near(g, t, ns, i, key);
  const ivl_name *c = i + 1 < ns->n ? &ns->items[i + 1] : NULL;
  if (!code && c && c->type == IVL_SYM_COUNTRY && c->entry >= 0 && c->vstart > p->vend) {
    static const char *const gaps[] = {", in the ", ", in ", ", the ", NULL};
    for (const char *const *gp = gaps; *gp && !code; gp++)
      if (c->vstart - p->vend == strlen(*gp) && memcmp(t + p->vend, *gp, strlen(*gp)) == 0)
        code = ivl_gazetteer_field(g, (uint32_t)c->entry, IVL_SYM_CODE);
  }
  if (!code) code = other_country_in_sentence(g, t, sentences, ns, i, key, own);
  if (!code || strcmp(code, own) == 0 || strcmp(code, "VN") == 0) return;
  long e = ivl_gazetteer_lookup_field(g, t + p->name_s, p->name_e - p->name_s, IVL_SYM_LOCATION, key, code);
  if (e < 0) return;
  p->type = IVL_SYM_LOCATION;
  p->entry = (int32_t)e;
  *was = p;
}

/* The one location of country 'code' whose skeleton is want[0, wn), or
** -1 (none, or more than one). */
static long skeleton_entry(const ivl_gazetteer *g, int key, foreign_places *fp, const char *code, const char *want,
                           size_t wn) {
  long found = -1;
  size_t n;
  const foreign_place *f = places_of(g, key, fp, code, &n);
  for (size_t k = 0; k < n; k++)
    if (f[k].n == wn && memcmp(f[k].sk, want, wn) == 0) {
      if (found >= 0) return -1;
      found = (long)f[k].entry;
    }
  return found;
}

/* Does view[s, e) overlap one of the names ns[0, n)? They are settled:
** sorted by start and none overlapping, so the last that starts before e
** is the only one that can (a walk over them all, for each place asked,
** grew with the square of an article's names). */
static int taken(const ivl_names *ns, size_t n, size_t s, size_t e) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (ns->items[mid].vstart < e) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && ns->items[lo - 1].vend > s;
}

/* A capitalised word or two no name holds, right before ", <Country>"
** ("in Siemreap, Cambodia"), that is a place of that country spelt
** otherwise: a name of its own, the gazetteer's place. */
static void unread_places(const ivl_gazetteer *g, const char *t, ivl_names *ns, int key, foreign_places *fp) {
  size_t n0 = ns->n, added = 0;
  for (size_t i = 0; i < n0; i++) {
    const ivl_name *c = &ns->items[i];
    if (c->type != IVL_SYM_COUNTRY || c->entry < 0 || c->vstart < 4 || t[c->vstart - 1] != ' ' ||
        t[c->vstart - 2] != ',')
      continue;
    const char *code = ivl_gazetteer_field(g, (uint32_t)c->entry, IVL_SYM_CODE);
    if (!code || strcmp(code, "VN") == 0) continue;
    size_t e = c->vstart - 2, s = e;
    for (int words = 0; words < 2; words++) {
      size_t w = s;
      while (w > 0 && (ivl_isalpha((unsigned char)t[w - 1]) || (unsigned char)t[w - 1] >= 0x80)) w--;
      if (w == s || !ivl_isupper((unsigned char)t[w])) break;
      s = w;
      if (s == 0 || t[s - 1] != ' ') break;
      char folded[IVL_FOLD_ROOM(3 * SKELETON_MAX)], want[SKELETON_MAX];
      if (e - s > 3 * SKELETON_MAX || taken(ns, n0, s, e)) break;
      /* said as a place: "in", "at", "from", "near" before it (not
      ** "Meanwhile, Japan") */
      static const char *const preps[] = {" in ", " at ", " from ", " near ", NULL};
      int prep = 0;
      for (const char *const *pp = preps; *pp && !prep; pp++) {
        size_t pn = strlen(*pp);
        prep = s >= pn && memcmp(t + s - pn, *pp, pn) == 0;
      }
      if (!prep) {
        s--; /* over the space, to the word before */
        continue;
      }
      size_t wn = skeleton(folded, ivl_fold_name(t + s, e - s, folded), want);
      long k = wn >= 3 ? skeleton_entry(g, key, fp, code, want, wn) : -1;
      if (k >= 0) {
        if (IVL_GROW(ns->items, ns->cap, ns->n + 1)) return;
        ivl_name nm = {0};
        nm.vstart = nm.name_s = (uint32_t)s;
        nm.vend = nm.name_e = (uint32_t)e;
        nm.type = IVL_SYM_LOCATION;
        nm.entry = (int32_t)k;
        ns->items[ns->n++] = nm;
        added++;
        break;
      }
      s--; /* over the space, to the word before */
    }
  }
  if (added) ivl_names_settle(ns);
}

/* The provinces (their 2025 units) an article names by a province's own
** entry ("Ca Mau-based", "in Khanh Hoa province"), at most MAX_NAMED. */
enum { MAX_NAMED = 40 };
static size_t provinces_named(const ivl_gazetteer *g, const ivl_names *ns, int province, int unit,
                              const char **out) {
  size_t n = 0;
  for (size_t i = 0; i < ns->n && n < MAX_NAMED; i++) {
    const ivl_name *p = &ns->items[i];
    if (p->type != IVL_SYM_LOCATION || p->entry < 0) continue;
    const char *own = ivl_gazetteer_field(g, (uint32_t)p->entry, province);
    const char *u = ivl_gazetteer_field(g, (uint32_t)p->entry, unit);
    if (!own || !u || strcmp(own, ivl_gazetteer_name(g, (uint32_t)p->entry)) != 0) continue;
    size_t k = 0;
    while (k < n && strcmp(out[k], u) != 0) k++;
    if (k == n) out[n++] = u;
  }
  return n;
}

/* "Minh Hai's processing plant in Nam Can" in an article on a Ca Mau-based
** firm: a Vietnamese place's name that several entries hold, written
** without its accents (Năm Căn of Cà Mau, Nậm Cắn of Nghệ An), is the one
** in a province the article names, when the one found is in none of them
** (set qweek141). A province's own entry is left as it is. */
static void place_of_province_named(const ivl_gazetteer *g, const char *t, ivl_names *ns) {
  int province = ivl_sym_find("province", 8), unit = ivl_sym_find("province_2025", 13);
  if (province <= 0 || unit <= 0) return;
  const char *named[MAX_NAMED];
  size_t nn = provinces_named(g, ns, province, unit, named);
  if (nn == 0) return;
  for (size_t i = 0; i < ns->n; i++) {
    ivl_name *p = &ns->items[i];
    if (p->type != IVL_SYM_LOCATION || p->entry < 0 || p->kin) continue;
    const char *own = ivl_gazetteer_field(g, (uint32_t)p->entry, province);
    const char *u = ivl_gazetteer_field(g, (uint32_t)p->entry, unit);
    if (!own || !u || strcmp(own, ivl_gazetteer_name(g, (uint32_t)p->entry)) == 0) continue;
    size_t k = 0;
    while (k < nn && strcmp(named[k], u) != 0) k++;
    if (k < nn) continue; /* its own province is named */
    for (k = 0; k < nn; k++) {
      long e = ivl_gazetteer_lookup_field(g, t + p->name_s, p->name_e - p->name_s, IVL_SYM_LOCATION, unit, named[k]);
      if (e >= 0 && e != p->entry) {
        p->entry = (int32_t)e;
        break;
      }
    }
  }
}

void ivl_names_respelt(const ivl_gazetteer *g, const char *t, const ivl_spans *sentences, ivl_names *ns) {
  int key = ivl_sym_find("country", 7);
  if (key <= 0) return;
  foreign_places fp = {0};
  const ivl_name *was = NULL; /* a country's name found to be a place of another */
  for (size_t i = 0; i < ns->n; i++) {
    ivl_name *p = &ns->items[i];
    if (p->type == IVL_SYM_LOCATION && p->entry >= 0 && !p->kin) {
      place_of_country_named(g, t, ns, i, key, &fp);
      continue;
    }
    if (p->type == IVL_SYM_COUNTRY && p->entry >= 0 && !p->kin) {
      country_as_place(g, t, sentences, ns, i, key, &was);
      continue;
    }
    if (p->type != IVL_SYM_LOCATION || p->entry >= 0 || p->kin || p->generic) continue;
    size_t s = p->name_s, e = p->name_e;
    if (e - s > 3 * SKELETON_MAX) continue;
    const char *code = country_beside(g, t, ns, i);
    if (!code || strcmp(code, "VN") == 0) continue;
    char folded[IVL_FOLD_ROOM(3 * SKELETON_MAX)], want[SKELETON_MAX];
    size_t wn = skeleton(folded, ivl_fold_name(t + s, e - s, folded), want);
    if (wn < 3) continue;
    long found = skeleton_entry(g, key, &fp, code, want, wn);
    if (found >= 0) p->entry = (int32_t)found;
  }
  unread_places(g, t, ns, key, &fp);
  place_of_province_named(g, t, ns);
  free(fp.items);
}
