/*
** words.c
** The article's words: cut and hashed as the view is folded (fold.c), then
** flagged with what their readers would otherwise work out from the view
** again and again.
*/
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "utf8.h"
#include "util.h"
#include "words.h"

/* The high bits of the first n bytes of eight, as bytes: loaded, a mask
** whatever the machine's byte order. */
static const unsigned char high_first[8][8] = {
  {0}, {0x80}, {0x80, 0x80}, {0x80, 0x80, 0x80}, {0x80, 0x80, 0x80, 0x80},
  {0x80, 0x80, 0x80, 0x80, 0x80}, {0x80, 0x80, 0x80, 0x80, 0x80, 0x80},
  {0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80}};

/* Is view[s, s + n) all ASCII? Eight bytes at a time where the view has
** them: words are short, and this is asked of each. */
static int ascii_span(const char *view, size_t vlen, size_t s, size_t n) {
  for (; n >= 8; s += 8, n -= 8)
    if (ivl_load8(view + s) & IVL_HIGHS8) return 0;
  if (n && s + 8 <= vlen) return (ivl_load8(view + s) & ivl_load8((const char *)high_first[n])) == 0;
  for (; n; s++, n--)
    if ((unsigned char)view[s] >= 0x80) return 0;
  return 1;
}

/* Does a capital letter start at view[s]? */
static int capital_at(const char *view, size_t vlen, size_t s) {
  unsigned char c = (unsigned char)view[s];
  if (c < 0x80) return ivl_isupper(c);
  size_t n;
  utf8proc_category_t cat = utf8proc_category(ivl_utf8_decode(view + s, vlen - s, &n));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

/* The flags of the word f->text[fs, fe). It is written as ASCII when its
** view span is ASCII and as long as it: then each of its view bytes made
** one folded byte, a word byte, so each is a letter or digit ("café"
** folds to as many bytes as "cafe" but is longer in the view, "ß" is two
** bytes in both but not ASCII). */
static uint32_t word_flags(const ivl_fold *f, const char *view, size_t vlen, size_t fs, size_t fe) {
  size_t vs = f->pos[fs], n = fe - fs;
  uint32_t flags = capital_at(view, vlen, vs) ? IVL_WORD_CAPITAL : 0;
  if (f->pos[fe] == vs + n && ascii_span(view, vlen, vs, n)) flags |= IVL_WORD_ASCII;
  return flags;
}

int ivl_words_build(ivl_words *ws, ivl_fold *f, const char *view, size_t vlen) {
  if (ivl_fold_build_words(f, ws, view, vlen)) return -1;
  for (size_t k = 0; k < ws->n; k++) {
    ivl_word *w = &ws->w[k];
    w->vs = f->pos[w->fs];
    w->flags = word_flags(f, view, vlen, w->fs, w->fe);
  }
  return 0;
}

void ivl_words_free(ivl_words *ws) {
  free(ws->w);
  memset(ws, 0, sizeof *ws);
}
