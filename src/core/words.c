/*
** words.c
** Cutting the folded text into words, hashing each word, and flagging what
** its readers would otherwise work out from the view again and again.
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

/* A word and the gap after it take two bytes at least: the most words a
** text of len folded bytes has. Reserved at once, not grown word by word. */
#define WORDS_FOR(len) ((len) / 2 + 1)

int ivl_words_build(ivl_words *ws, const ivl_fold *f, const char *view, size_t vlen) {
  ws->n = 0;
  if (IVL_GROW(ws->w, ws->cap, WORDS_FOR(f->len))) return -1;
  const uint8_t *t = (const uint8_t *)f->text;
  size_t len = f->len;
  for (size_t i = 0; i < len;) {
    if (!ivl_fold_is_word(t[i])) {
      i++;
      continue;
    }
    size_t s = i;
    uint64_t h = IVL_HASH_START;
    /* the text ends with a NUL, which is no word byte */
    for (; ivl_fold_is_word(t[i]); i++) h = (h ^ t[i]) * IVL_HASH_PRIME;
    ivl_word *w = &ws->w[ws->n++];
    w->hash = h;
    w->fs = (uint32_t)s;
    w->fe = (uint32_t)i;
    w->vs = f->pos[s];
    w->flags = word_flags(f, view, vlen, s, i);
  }
  return 0;
}

void ivl_words_free(ivl_words *ws) {
  free(ws->w);
  memset(ws, 0, sizeof *ws);
}
