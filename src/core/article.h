/*
** article.h
** An article: its original bytes, the NFC view, the layout, the sentences
** and the entity store. Articles are independent of each other, so that
** several can be extracted at once on different threads.
*/
#ifndef IVLUA_ARTICLE_H
#define IVLUA_ARTICLE_H

#include "ivlua.h"
#include "layout.h"
#include "store.h"
#include "textview.h"
#include "words.h"

struct ivl_article {
  char *doc;   /* base name */
  char *path;  /* as given; NULL for text from memory */
  char *title; /* given apart from the text (a JSON Lines record's); NULL: the layout's headline */
  char *bytes; /* the original bytes, NUL-terminated */
  size_t len;
  ivl_view view;
  ivl_layout layout;
  ivl_spans sentences; /* view offsets, document order */
  ivl_store store;
  ivl_store facts;     /* facts.h: linked from the mentions in 'store' */
  ivl_buf problems;   /* what failed in part of the last extraction, one line each */
  unsigned nproblems; /* how many (lines are kept for the first IVL_MAX_PROBLEMS) */
  ivl_date date; /* the publication date; year 0 when unknown */
  int prepared;  /* view, layout and sentences built (ivl_article_prepare) */
  /* the view folded and cut into words (ivl_article_cut_words): scratch
  ** of one extraction, shared by the passes that go word by word */
  ivl_fold fold;
  ivl_words words;
  int cut;
};

/* The article of 'bytes' (copied), checked (no NUL byte, valid UTF-8) but
** not read yet: ivl_article_prepare builds its view, layout and sentences.
** Readers make articles so, in input order and cheaply, and the threads
** that extract them prepare them (ivl_article_from_bytes does both). */
ivl_status ivl_article_read(const char *doc, const char *bytes, size_t len, ivl_article **out,
                            ivl_error *err);
/* Build what ivl_article_read left (nothing when it is built). A date set
** in between (a crawler's) wins over the text's date line. On failure the
** article stays unprepared. */
ivl_status ivl_article_prepare(ivl_article *a, ivl_error *err);
/* Free the view, layout and sentences (ivl_article_prepare builds them
** again when asked): an extracted article kept in a corpus needs only its
** bytes and entities until someone reads its text's structure. */
void ivl_article_release(ivl_article *a);

/* Fold the prepared view and cut it into words (words.h), once: the first
** pass that reads them builds them, the others find them built. 0, or -1
** when out of memory. ivl_article_drop_words frees them: they are five to
** ten times the text, needed only while the article is extracted. */
int ivl_article_cut_words(ivl_article *a);
void ivl_article_drop_words(ivl_article *a);

/* A rule that fails on one match (its match limit, a normaliser that
** raised) loses that match, not the article: the extraction goes on and
** the failure is noted here, for the caller to report with the article's
** name. Lines after the first IVL_MAX_PROBLEMS are only counted. */
#define IVL_MAX_PROBLEMS 5
void ivl_article_problem(ivl_article *a, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void ivl_article_clear_problems(ivl_article *a);

/* Set the article's date ("YYYY-MM-DD"); 0 if it is not such a date. */
int ivl_article_set_date(ivl_article *a, const char *iso);
void ivl_article_set_path(ivl_article *a, const char *path);

/* The bytes the article holds on the C heap: what Lua's collector is told
** an article costs, since it sees only the small handle. */
size_t ivl_article_footprint(const ivl_article *a);

/* A view span as original byte offsets. */
static inline size_t ivl_article_orig(const ivl_article *a, size_t view_pos) {
  return ivl_view_orig(&a->view, view_pos);
}

/* The next of the article's mentions and facts in document order (a fact
** after the mentions that start where it does): sets '*s' to its store and
** returns its index there, advancing '*i' (mentions) or '*j' (facts);
** -1 when both are done. Start with *i = *j = 0. */
static inline long ivl_article_next_record(const ivl_article *a, size_t *i, size_t *j,
                                           const ivl_store **s) {
  const ivl_store *m = &a->store, *f = &a->facts;
  if (*i >= m->n && *j >= f->n) return -1;
  int mention = *j >= f->n || (*i < m->n && m->ents[*i].start <= f->ents[*j].start);
  *s = mention ? m : f;
  return mention ? (long)(*i)++ : (long)(*j)++;
}

#endif
