/*
** textview.h
** The view that extraction reads: the article's text in Unicode NFC, with
** CRLF and CR as LF, non-breaking spaces as spaces, curly quotes straight and
** byte-order marks dropped. A sparse map takes every view offset back to the
** original bytes, so reported spans always slice the file as read.
*/
#ifndef IVLUA_TEXTVIEW_H
#define IVLUA_TEXTVIEW_H

#include <stddef.h>
#include <stdint.h>
#include "ivlua.h"

/* From 'view' on, view offsets map to original ones: one to one when
** 'exact', else every offset of the segment maps to 'orig' (a character
** that normalisation rewrote). */
typedef struct ivl_seg {
  uint32_t view, orig;
  uint32_t exact;
} ivl_seg;

typedef struct ivl_view {
  const char *text; /* NUL-terminated */
  size_t len;
  size_t orig_len;
  char *owned; /* NULL when 'text' is the original bytes themselves */
  ivl_seg *segs;
  size_t nsegs, cap;
} ivl_view;

/* Build the view of 'orig' (valid UTF-8, NUL-terminated at 'len'). Text
** that needs no change (plain ASCII with LF line ends) is not copied. */
ivl_status ivl_view_build(ivl_view *v, const char *orig, size_t len, ivl_error *err);
void ivl_view_free(ivl_view *v);

/* Does code point 'cp' start a cluster of the view (its combining class
** is 0), or does it combine with the one before? */
int ivl_view_starts_cluster(int32_t cp);

/* Original byte offset of view offset 'pos' (0 <= pos <= len), by a
** binary search of the segments. */
size_t ivl_view_orig_search(const ivl_view *v, size_t pos);

/* Segments few enough to be walked, from the last one down: the search's
** three steps and its call were 47 Ir a mapping (2.05M on /tmp/b1, where
** the views of 139 of 240 articles have five segments and the rest one). */
#define IVL_VIEW_FEW_SEGS 8

/* The same. A view that is the original itself (most) maps one to one:
** inline, without the search through the segments (69,000 calls on the
** 1.5 MB bench); one of a few segments is walked (segs[0] starts at 0: the
** walk ends), most offsets lying past the last rewritten character. */
static inline size_t ivl_view_orig(const ivl_view *v, size_t pos) {
  if (pos >= v->len) return v->orig_len;
  if (!v->owned) return pos;
  if (v->nsegs > IVL_VIEW_FEW_SEGS) return ivl_view_orig_search(v, pos);
  const ivl_seg *s = v->segs + v->nsegs - 1;
  while (s->view > pos) s--;
  return s->exact ? s->orig + (pos - s->view) : s->orig;
}

#endif
