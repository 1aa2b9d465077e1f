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
static const char *country_near(const ivl_gazetteer *g, const char *t, const ivl_names *ns, size_t i) {
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
  }
  const char *code = best ? ivl_gazetteer_field(g, (uint32_t)best->entry, IVL_SYM_CODE) : NULL;
  return code && strcmp(code, "VN") != 0 ? code : NULL;
}

/* A known foreign place whose entry is of another country than the one
** named near it: the entry of that country its name also names, if any. */
static void place_of_country_named(const ivl_gazetteer *g, const char *t, ivl_names *ns, size_t i, int key) {
  ivl_name *p = &ns->items[i];
  const char *own = ivl_gazetteer_field(g, (uint32_t)p->entry, key);
  if (!own || strcmp(own, "VN") == 0) return;
  const char *code = country_near(g, t, ns, i);
  if (!code || strcmp(code, own) == 0) return;
  size_t entries = ivl_gazetteer_entries(g);
  for (size_t k = 0; k < entries; k++) {
    if (ivl_gazetteer_type(g, (uint32_t)k) != IVL_SYM_LOCATION) continue;
    const char *cc = ivl_gazetteer_field(g, (uint32_t)k, key);
    if (cc && strcmp(cc, code) == 0 && ivl_gazetteer_names_entry(g, (uint32_t)k, t + p->name_s, p->name_e - p->name_s)) {
      p->entry = (int32_t)k;
      return;
    }
  }
}

/* The one location of country 'code' whose skeleton is want[0, wn), or
** -1 (none, or more than one). */
static long skeleton_entry(const ivl_gazetteer *g, const char *code, const char *want, size_t wn, int key) {
  long found = -1;
  char have[SKELETON_MAX];
  size_t entries = ivl_gazetteer_entries(g);
  for (size_t k = 0; k < entries; k++) {
    if (ivl_gazetteer_type(g, (uint32_t)k) != IVL_SYM_LOCATION) continue;
    const char *cc = ivl_gazetteer_field(g, (uint32_t)k, key);
    if (!cc || strcmp(cc, code) != 0) continue;
    const char *name = ivl_gazetteer_name(g, (uint32_t)k);
    size_t len = strlen(name);
    if (len > 3 * SKELETON_MAX) continue;
    char fn[IVL_FOLD_ROOM(3 * SKELETON_MAX)];
    size_t hn = skeleton(fn, ivl_fold_name(name, len, fn), have);
    if (hn == wn && memcmp(have, want, wn) == 0) {
      if (found >= 0) return -1;
      found = (long)k;
    }
  }
  return found;
}

/* Does view[s, e) overlap a name? (names sorted by start) */
static int taken(const ivl_names *ns, size_t s, size_t e) {
  for (size_t k = 0; k < ns->n; k++)
    if (ns->items[k].vstart < e && ns->items[k].vend > s) return 1;
  return 0;
}

/* A capitalised word or two no name holds, right before ", <Country>"
** ("in Siemreap, Cambodia"), that is a place of that country spelt
** otherwise: a name of its own, the gazetteer's place. */
static void unread_places(const ivl_gazetteer *g, const char *t, ivl_names *ns, int key) {
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
      if (e - s > 3 * SKELETON_MAX || taken(ns, s, e)) break;
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
      long k = wn >= 3 ? skeleton_entry(g, code, want, wn, key) : -1;
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

void ivl_names_respelt(const ivl_gazetteer *g, const char *t, ivl_names *ns) {
  int country_key = -1;
  for (size_t i = 0; i < ns->n; i++) {
    ivl_name *p = &ns->items[i];
    if (p->type == IVL_SYM_LOCATION && p->entry >= 0 && !p->kin) {
      if (country_key < 0) country_key = ivl_sym_find("country", 7);
      if (country_key > 0) place_of_country_named(g, t, ns, i, country_key);
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
    if (country_key < 0) country_key = ivl_sym_find("country", 7);
    if (country_key <= 0) return;
    long found = skeleton_entry(g, code, want, wn, country_key);
    if (found >= 0) p->entry = (int32_t)found;
  }
  if (country_key < 0) country_key = ivl_sym_find("country", 7);
  if (country_key > 0) unread_places(g, t, ns, country_key);
}
