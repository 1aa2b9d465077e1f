/*
** names.c
** The named-entity pass over one article: gazetteer names, names by shape,
** one name per stretch of text, repeats, and storing them.
*/
#include <stdlib.h>
#include <string.h>

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
  nm.canon = -1;
  return nm;
}

static int followed_by_word(const char *t, size_t len, size_t pos, const char *word) {
  while (pos < len && t[pos] == ' ') pos++;
  size_t n = strlen(word);
  return pos + n <= len && ivl_ascii_ieq(t + pos, n, word) && !ivl_utf8_alnum_at(t, len, pos + n);
}

/* A gazetteer name that the words around it show is something else. */
static int misread(const ivl_gazetteer *g, const ivl_gz_hit *h, const char *t, size_t len) {
  int type = ivl_gazetteer_type(g, h->entry);
  if (type == IVL_SYM_COUNTRY && h->vend < len && t[h->vend] == '$') return 1; /* US$ */
  if (type == IVL_SYM_SECTOR)  /* "trade partner" is a relation, "finance the project" a verb */
    return followed_by_word(t, len, h->vend, "partner") ||
           followed_by_word(t, len, h->vend, "partners") ||
           followed_by_word(t, len, h->vend, "partnership");
  return 0;
}

/* "Japan External Trade Organisation (JETRO)", "Republic of Korea (RoK)":
** the bracket belongs to the name when it holds another of its names or an
** acronym. Sets the alias and returns the new end. */
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
  nm->alias_s = (uint32_t)s;
  nm->alias_e = (uint32_t)e;
  return e + 1;
}

static int from_gazetteer(const ivl_gazetteer *g, const ivl_article *a, ivl_names *out) {
  ivl_fold fold = {0};
  ivl_gz_hits hits = {0};
  const char *t = a->view.text;
  size_t len = a->view.len;
  int rc = ivl_fold_build(&fold, t, len) ? -1 : ivl_gazetteer_find(g, &fold, t, &hits);
  for (size_t i = 0; i < hits.n && rc == 0; i++) {
    const ivl_gz_hit *h = &hits.items[i];
    if (misread(g, h, t, len)) continue;
    ivl_name nm = name_at(h->vstart, h->vend, ivl_gazetteer_type(g, h->entry), (int32_t)h->entry);
    if (nm.type != IVL_SYM_SECTOR) nm.vend = (uint32_t)bracket_alias(g, &nm, t, len);
    /* the bracket's own name is part of this one */
    while (i + 1 < hits.n && hits.items[i + 1].vstart < nm.vend) i++;
    rc = push(out, nm);
  }
  ivl_fold_free(&fold);
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

/* Names do not overlap: of two that do, the longer stays (a place inside
** an organisation's name is part of it). Sorted by start first. */
static void settle(ivl_names *ns) {
  qsort(ns->items, ns->n, sizeof *ns->items, by_start_longest);
  size_t w = 0;
  for (size_t i = 0; i < ns->n; i++) {
    ivl_name *nm = &ns->items[i];
    if (w > 0) {
      ivl_name *prev = &ns->items[w - 1];
      if (nm->vstart < prev->vend) {
        if (nm->vend - nm->vstart <= prev->vend - prev->vstart) continue;
        w--; /* the later, longer one replaces it */
      }
    }
    ns->items[w++] = *nm;
  }
  ns->n = w;
}

/* {======== storing ======== */

static int store_name(const ivl_gazetteer *g, const ivl_article *a, const ivl_name *nm,
                      ivl_store *s) {
  const char *t = a->view.text;
  if (ivl_store_begin(s, nm->type, IVL_RULE_NAMES, nm->vstart, nm->vend,
                      ivl_article_orig(a, nm->vstart), ivl_article_orig(a, nm->vend)))
    return -1;
  int as_written = nm->type == IVL_SYM_ORGANIZATION || nm->type == IVL_SYM_PERSON || nm->entry < 0;
  if (as_written) {
    if (ivl_store_str(s, IVL_SYM_NAME, t + nm->name_s, nm->name_e - nm->name_s)) return -1;
    if (nm->entry >= 0) {
      const char *canon = ivl_gazetteer_name(g, (uint32_t)nm->entry);
      size_t n = strlen(canon);
      if ((n != nm->name_e - nm->name_s || memcmp(canon, t + nm->name_s, n) != 0) &&
          ivl_store_str(s, IVL_SYM_CANONICAL, canon, n))
        return -1;
    }
  }
  if (nm->entry >= 0 && ivl_gazetteer_store_fields(g, (uint32_t)nm->entry, s, !as_written))
    return -1;
  if (nm->alias_e && ivl_store_str(s, IVL_SYM_ALIAS, t + nm->alias_s, nm->alias_e - nm->alias_s))
    return -1;
  if (nm->title_e && ivl_store_str(s, IVL_SYM_TITLE, t + nm->title_s, nm->title_e - nm->title_s))
    return -1;
  return 0;
}

ivl_status ivl_names_run(const ivl_gazetteer *g, const ivl_article *a, ivl_store *store,
                         ivl_error *err) {
  ivl_names ns = {0};
  int rc = from_gazetteer(g, a, &ns);
  if (rc == -2) {
    free(ns.items);
    return ivl_fail(err, IVL_EARG, 0, "the gazetteer changed and was not compiled again");
  }
  if (rc == 0) rc = ivl_names_by_shape(g, a->view.text, a->view.len, &ns);
  if (rc == 0) settle(&ns);
  for (size_t i = 0; i < ns.n && rc == 0; i++) rc = store_name(g, a, &ns.items[i], store);
  free(ns.items);
  return rc ? ivl_fail(err, IVL_ENOMEM, 0, "out of memory finding names") : IVL_OK;
}
