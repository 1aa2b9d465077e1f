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

/* Original byte offset of view offset 'pos' (0 <= pos <= len). A view
** that is the original itself (most) maps one to one: inline, without the
** search through the segments (69,000 calls on the 1.5 MB bench). */
size_t ivl_view_orig_search(const ivl_view *v, size_t pos);
static inline size_t ivl_view_orig(const ivl_view *v, size_t pos) {
  if (!v->owned) return pos >= v->len ? v->orig_len : pos;
  return ivl_view_orig_search(v, pos);
}

#endif
