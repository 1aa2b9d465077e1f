/*
** jsonl_article.h
** One line of a JSON Lines corpus made an article: its text is the text
** field (offsets are into it), doc the id field (or the url, or
** "NAME:LINE"), the date and title fields its date and title.
*/
#ifndef IVLUA_JSONL_ARTICLE_H
#define IVLUA_JSONL_ARTICLE_H

#include <stddef.h>
#include "ivlua.h"

/* The field names; none is NULL. */
typedef struct ivl_jsonl_fields {
  const char *id, *text, *title, *date;
} ivl_jsonl_fields;

/* Load (not extract) the article of line[0, len), line 'lineno' of the file
** 'path' (NULL for standard input) whose base name is 'name'. On failure
** 'err' says what is wrong with the line. */
ivl_status ivl_jsonl_article(const char *line, size_t len, const ivl_jsonl_fields *f,
                             const char *path, const char *name, size_t lineno,
                             ivl_article **out, ivl_error *err);

/* Set 'a's date from a crawler's date: "YYYY-MM-DD", an ISO date and time
** ("2024-03-05T08:30:00+07:00": the date and time as written) or a date
** line ("March 5, 2024 - 08:30"). 0, leaving it as it was, otherwise. */
int ivl_article_set_crawl_date(ivl_article *a, const char *s);

#endif
