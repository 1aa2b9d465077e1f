/*
** fuzz_article.c
** The article reader and the text model: ivl_article_from_bytes (checks,
** NFC view, layout, sentences) over any bytes.
** Asserts beyond "no crash": bad bytes are refused as IVL_EUTF8 (at an
** offset inside the input) or IVL_EBINARY; the view is valid UTF-8; the map
** takes view offsets to original ones in order, inside the bytes and on
** character boundaries; every layout span and sentence lies inside the view
** on boundaries, sentences in document order; building the view, layout and
** sentences again (release, prepare) gives the same.
*/
#include <string.h>

#include "article.h"
#include "fuzz.h"
#include "sentences.h"
#include "utf8.h"

static void check_span(const ivl_view *v, ivl_span s, const char *what) {
  FUZZ_SPAN(v->text, v->len, s.start, s.end, what);
}

static void check_layout(const ivl_article *a) {
  const ivl_view *v = &a->view;
  const ivl_layout *l = &a->layout;
  if (l->has_title) check_span(v, l->title, "title");
  if (l->has_date) check_span(v, l->date_line, "date line");
  if (l->has_dateline) check_span(v, l->dateline, "dateline");
  if (l->has_source) check_span(v, l->source, "source");
  for (size_t i = 0; i < l->captions.n; i++) check_span(v, l->captions.items[i], "caption");
  for (size_t i = 0; i < l->paragraphs.n; i++) {
    ivl_span p = l->paragraphs.items[i];
    check_span(v, p, "paragraph");
    size_t s = ivl_layout_after_dateline(v->text, p.start, p.end);
    size_t e = ivl_layout_before_credit(v->text, p.start, p.end);
    FUZZ_ASSERT(s >= p.start && s <= p.end && e >= p.start && e <= p.end,
                "paragraph [%u, %u): after dateline %zu, before credit %zu", p.start, p.end, s, e);
  }
  size_t prev = 0;
  for (size_t i = 0; i < a->sentences.n; i++) {
    check_span(v, a->sentences.items[i], "sentence");
    FUZZ_ASSERT(a->sentences.items[i].start >= prev, "sentence %zu out of order", i);
    prev = a->sentences.items[i].start;
  }
  if (l->has_date)
    FUZZ_ASSERT(ivl_date_valid(l->date.year, l->date.month, l->date.day), "date line date %d-%d-%d",
                l->date.year, l->date.month, l->date.day);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  ivl_article *a;
  ivl_error err;
  if (ivl_article_from_bytes("fuzz", (const char *)data, size, &a, &err) != IVL_OK) {
    FUZZ_ASSERT(err.code == IVL_EBINARY || (err.code == IVL_EUTF8 && err.offset < size),
                "refused with %d at %zu: %s", err.code, err.offset, err.msg);
    return 0;
  }
  const ivl_view *v = &a->view;
  FUZZ_ASSERT(a->len == size && memcmp(a->bytes, data, size) == 0, "bytes kept as given");
  FUZZ_ASSERT(v->text[v->len] == '\0' && ivl_utf8_invalid_at(v->text, v->len) == v->len,
              "view is valid UTF-8");
  size_t last = 0;
  for (size_t pos = 0; pos <= v->len; pos++) {
    size_t o = ivl_view_orig(v, pos);
    FUZZ_ASSERT(o <= a->len && o >= last, "view %zu -> %zu (after %zu)", pos, o, last);
    if (fuzz_boundary(v->text, v->len, pos))
      FUZZ_ASSERT(fuzz_boundary(a->bytes, a->len, o), "view %zu -> %zu, inside a character", pos, o);
    last = o;
  }
  check_layout(a);
  size_t nsent = a->sentences.n, npara = a->layout.paragraphs.n;
  ivl_article_release(a);
  FUZZ_ASSERT(ivl_article_prepare(a, &err) == IVL_OK, "prepared again: %s", err.msg);
  FUZZ_ASSERT(a->sentences.n == nsent && a->layout.paragraphs.n == npara, "the same again");
  check_layout(a);
  ivl_article_free(a);
  return 0;
}
