/*
** tense.h
** The tense of the clause a date is said in, for dates written without a
** year (GUIDELINES settled rule 7): "will open in March" is the next
** March, "was signed in December" the last December, "opens in March"
** the article's year.
*/
#ifndef IVLUA_TENSE_H
#define IVLUA_TENSE_H

#include <stddef.h>

typedef enum ivl_tense {
  IVL_TENSE_NONE,   /* no verb decides: the article's year */
  IVL_TENSE_PAST,   /* "was signed", "received", "has approved", "since" */
  IVL_TENSE_INTENT, /* a bare infinitive ("asked the firm to start"): not past */
  IVL_TENSE_FUTURE, /* "will", "is scheduled to", "plans to" */
  IVL_TENSE_REPORTED, /* the future of reported speech: "said it would open" */
} ivl_tense;

/* The tense that governs the date at text[at..at_end) in the sentence
** text[s..e): the nearest verb cue before it in its clause, else after
** it in its clause, else before it, else after it in the sentence. */
ivl_tense ivl_tense_at(const char *text, size_t s, size_t e, size_t at, size_t at_end);

#endif
