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

/* The lines of many articles, gathered in 'room' (which the caller keeps
** from article to article) and written in pieces of IVL_JSONL_PIECE bytes
** or more straight to out's descriptor (what out's stdio buffer holds is
** flushed first), not copied through that buffer: fwrite's copy of every
** article's lines was 5.4M instructions of the 22.1M of writing them on
** the 1.5 MB bench. ivl_jsonl_flush writes what is gathered; it must be
** called before anything else writes to 'out' or moves it (stdio's idea
** of its position is not kept), and at the end. A file without a
** descriptor (a memory stream) is written with fwrite. IVL_EIO (errno
** set) when a write failed: what was gathered is dropped; IVL_ENOMEM
** when the article's lines could not be formatted (those before are
** kept). */
#define IVL_JSONL_PIECE ((size_t)1 << 16)
ivl_status ivl_jsonl_gather(const ivl_article *a, FILE *out, ivl_buf *room);
ivl_status ivl_jsonl_flush(FILE *out, ivl_buf *room);

#endif
