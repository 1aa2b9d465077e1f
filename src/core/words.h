/*
** words.h
** The words of an article's folded text (fold.h), cut as the view is
** folded and read by every pass that goes word by word: the gazetteer's
** start filters, names by shape, the repeats of names. Each of them cut
** and hashed the text on its own before (issue 14: one scan of the text
** shared by the passes).
**
** A word is a run of folded word bytes (ivl_fold_is_word): "Korea’s" is
** "korea" and "s", "Bà Rịa-Vũng Tàu" is "ba", "ria", "vung", "tau".
*/
#ifndef IVLUA_WORDS_H
#define IVLUA_WORDS_H

#include <stddef.h>
#include <stdint.h>

#include "fold.h"

enum {
  /* Written in the view as view[vs, vs + (fe - fs)), ASCII letters and
  ** digits only, a byte for each folded byte: the folded bytes are the
  ** view's in lower case, and 'hash' is theirs too. A word without it
  ** that starts at an ASCII letter or digit goes on past a character
  ** beyond ASCII: its run of ASCII letters and digits ends at a byte from
  ** 0x80 (names by shape read such a word from the text at once). */
  IVL_WORD_ASCII = 1,
  /* Its first character is a capital letter (Unicode Lu or Lt). */
  IVL_WORD_CAPITAL = 2,
  /* Its first byte is an ASCII digit. */
  IVL_WORD_DIGIT = 4,
  /* The view byte its end came from (view[f->pos[fe]], for a word written
  ** in ASCII view[vs + (fe - fs)]) is '-', '&', an apostrophe (') or from
  ** 0x80: a word a reader may go on with past its letters ("Osaka-based",
  ** "People's"). Not set at the view's end. Names by shape took such a word
  ** from the text and looked the byte up again for each word (issue 14). */
  IVL_WORD_JOINED = 8,
  /* The view byte before its first (view[vs - 1]) is ASCII and no letter
  ** or digit, or it starts the view: it starts no word inside another,
  ** as a letter, digit or mark before it would make it (utf8.h:
  ** ivl_utf8_alnum_before). The rules' pass read the byte before every
  ** word to tell (issue 14); most words follow a space. */
  IVL_WORD_SPACED = 16
};

typedef struct ivl_word {
  uint64_t hash;   /* ivl_hash(IVL_HASH_START, ...) of its folded bytes */
  uint32_t fs, fe; /* its folded bytes: f->text[fs, fe) */
  uint32_t vs;     /* the view offset of its first character: f->pos[fs] */
  uint32_t flags;  /* IVL_WORD_* */
} ivl_word;

typedef struct ivl_words {
  ivl_word *w; /* in text order */
  size_t n, cap;
  /* the view offsets of the folding they were cut from (fold.h: f->pos),
  ** while it is: pos[w->fe] is where a word's folding ended in the view
  ** (names by shape read a word beyond ASCII up to there) */
  const uint32_t *pos;
} ivl_words;

/* Fold view[0, vlen) into 'f' (ivl_fold_build) and its words into 'ws',
** in one pass over the view, reusing both's buffers. 0, or -1 when out of
** memory. */
int ivl_words_build(ivl_words *ws, ivl_fold *f, const char *view, size_t vlen);
void ivl_words_free(ivl_words *ws);

#endif
