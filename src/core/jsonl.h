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
/* ivl_article_write_jsonl, formatting in 'room' (its contents replaced),
** which the caller keeps for the next article: a buffer of its own an
** article was one of the larger allocations of each. Room grown past
** IVL_JSONL_KEPT_ROOM by a huge article is freed. */
#define IVL_JSONL_KEPT_ROOM ((size_t)1 << 20)
ivl_status ivl_jsonl_write_with(const ivl_article *a, FILE *out, ivl_buf *room);

#endif
