/*
** words.c
** The article's words. They are cut, hashed and flagged as the view is
** folded (fold.c), where it is known which folded bytes came from which
** characters: no pass over the text is made for them.
*/
#include <stdlib.h>
#include <string.h>

#include "words.h"

int ivl_words_build(ivl_words *ws, ivl_fold *f, const char *view, size_t vlen) {
  return ivl_fold_build_words(f, ws, view, vlen);
}

void ivl_words_free(ivl_words *ws) {
  free(ws->w);
  memset(ws, 0, sizeof *ws);
}
