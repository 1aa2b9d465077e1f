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
    char folded[IVL_FOLD_ROOM(3 * SKELETON_MAX)], want[SKELETON_MAX], have[SKELETON_MAX];
    size_t wn = skeleton(folded, ivl_fold_name(t + s, e - s, folded), want);
    if (wn < 3) continue;
    if (country_key < 0) country_key = ivl_sym_find("country", 7);
    if (country_key <= 0) return;
    long found = -1;
    size_t entries = ivl_gazetteer_entries(g);
    for (size_t k = 0; k < entries && found != -2; k++) {
      if (ivl_gazetteer_type(g, (uint32_t)k) != IVL_SYM_LOCATION) continue;
      const char *cc = ivl_gazetteer_field(g, (uint32_t)k, country_key);
      if (!cc || strcmp(cc, code) != 0) continue;
      const char *name = ivl_gazetteer_name(g, (uint32_t)k);
      size_t len = strlen(name);
      if (len > 3 * SKELETON_MAX) continue;
      char fn[IVL_FOLD_ROOM(3 * SKELETON_MAX)];
      size_t hn = skeleton(fn, ivl_fold_name(name, len, fn), have);
      if (hn == wn && memcmp(have, want, wn) == 0) found = found == -1 ? (long)k : -2;
    }
    if (found >= 0) p->entry = (int32_t)found;
  }
}
