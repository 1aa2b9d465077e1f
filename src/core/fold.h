/*
** fold.h
** The folded view that names are matched in: lower case, diacritics
** removed ("Đà Nẵng" and "DA NANG" both become "da nang"), dashes as '-',
** runs of spaces as one and no space around a dash ("Bà Rịa – Vũng Tàu" is
** "ba ria-vung tau"), punctuation beyond ASCII as a space (ASCII's is
** kept). Names and text are folded by the same function, so a name
** matches however the text wrote it.
** Every folded byte knows the view offset of the character it came from.
*/
#ifndef IVLUA_FOLD_H
#define IVLUA_FOLD_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

typedef struct ivl_fold {
  char *text;    /* NUL-terminated */
  uint32_t *pos; /* pos[i]: view offset of the character byte i came from; pos[len] = view length */
  size_t len, cap;
} ivl_fold;

/* Fold view[0..len) into 'f', reusing its buffers. 0, or -1 when out of memory. */
int ivl_fold_build(ivl_fold *f, const char *view, size_t len);
/* The same, cutting the folded text into words as it is written, into
** 'ws' (words.h: ivl_words_build). */
struct ivl_words;
int ivl_fold_build_words(ivl_fold *f, struct ivl_words *ws, const char *view, size_t len);
void ivl_fold_free(ivl_fold *f);

/* The room that folding len bytes may take, with the NUL: a UTF-8
** character of n >= 2 bytes folds to at most 7 bytes. */
#define IVL_FOLD_ROOM(len) ((len) * 4 + 1)

/* Fold a name (valid UTF-8) into 'out' (replacing its contents), trimmed of
** spaces at both ends. 0, or -1 when out of memory. */
int ivl_fold_string(const char *s, size_t len, ivl_buf *out);

/* The same into out[0, IVL_FOLD_ROOM(len)), NUL-terminated (a buffer on
** the stack for the short names looked up often). The folded length. */
size_t ivl_fold_name(const char *s, size_t len, char *out);

/* Does ivl_fold_name() write name[i] as it is (a letter in small),
** whatever follows? A printable ASCII byte (fold.c's ascii_folded keeps
** them), or a space between two such bytes that are no dash: put() drops
** a space after a space or a dash and at the ends, and a dash after it
** (of ASCII, or beyond: "–") takes its place. 0 when folding may do more
** with it (a control byte, UTF-8): a caller stepping through a name as
** it reads it then folds the name whole. */
static inline int ivl_fold_keeps(const char *name, size_t len, size_t i) {
  unsigned char c = (unsigned char)name[i];
  if (c != ' ') return c > ' ' && c < 0x7F;
  if (i == 0 || name[i - 1] == ' ' || name[i - 1] == '-' || i + 1 >= len) return 0;
  unsigned char next = (unsigned char)name[i + 1];
  return next > ' ' && next < 0x7F && next != '-';
}

/* Is folded byte 'c' part of a word? Letters, digits, and every byte of a
** non-ASCII letter (punctuation was folded to ASCII).
** A table look-up: the scans of the folded text ask it of every byte. */
extern const uint8_t ivl_fold_word_byte[256];
static inline int ivl_fold_is_word(unsigned char c) { return ivl_fold_word_byte[c]; }

/* The length of the word (a run of word bytes) at the start of s[0, n). */
static inline size_t ivl_fold_word_len(const char *s, size_t n) {
  size_t i = 0;
  while (i < n && ivl_fold_is_word((unsigned char)s[i])) i++;
  return i;
}

#endif
