/*
** jsonl.h
** JSON encoding pieces and the per-article JSON Lines formatter.
*/
#ifndef IVLUA_JSONL_H
#define IVLUA_JSONL_H

#include "util.h"

typedef struct ivl_article ivl_article;

int ivl_json_string(ivl_buf *b, const char *s, size_t n);
int ivl_json_number(ivl_buf *b, double v);
/* Append the article's entities as JSON Lines to 'b'. */
int ivl_jsonl_format(ivl_buf *b, const ivl_article *a);

#endif
