/*
** sentences.h
** Splitting a span of text into sentences: at '.', '!' or '?' (and a
** closing quote or bracket) followed by white space and a capital, a digit
** or an opening quote; never after an abbreviation ("Mr.", "Co.", "No.") or
** an initial, never inside a number ("2.39").
*/
#ifndef IVLUA_SENTENCES_H
#define IVLUA_SENTENCES_H

#include "layout.h"

int ivl_sentences_split(const char *text, size_t start, size_t end, ivl_spans *out);
int ivl_sentences_name_ending_before(const char *t, size_t start, size_t dot);

#endif
