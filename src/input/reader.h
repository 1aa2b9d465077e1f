/*
** reader.h
** Articles as crawlers write them, one at a time, in input order: from
** files (a *.txt is one article; a *.jsonl or *.ndjson one a line; either
** maybe gzip, known by its magic bytes), directories (walked recursively,
** by name: their *.txt files, or with 'jsonl' their JSON Lines files) and
** standard input ("-"). Only one article, one line and one directory
** listing a level are in memory at a time.
*/
#ifndef IVLUA_READER_H
#define IVLUA_READER_H

#include <stddef.h>
#include "ivlua.h"

typedef struct ivl_reader ivl_reader;

typedef struct ivl_reader_opts {      /* JSON Lines field names; NULL = default */
  const char *id_field;   /* default: "id", falling back to "url" */
  const char *text_field; /* default: "text" */
  const char *title_field;/* default: "title" */
  const char *date_field; /* default: "date" */
  int jsonl;              /* the articles are JSON Lines: standard input and a
                          ** named file whose suffix says nothing are read as
                          ** such, and directories give their *.jsonl and
                          ** *.ndjson files instead of their *.txt files */
  size_t max_article;     /* a file or line longer than this is an error for
                          ** that item, never held whole (0: the default,
                          ** IVL_MAX_ARTICLE; SIZE_MAX: no limit) */
} ivl_reader_opts;

#define IVL_MAX_ARTICLE ((size_t)64 << 20)

/* Open over the given paths ('-' = standard input); nothing is read yet.
** The paths and options are copied. NULL only when out of memory. */
ivl_reader *ivl_reader_open(const char *const *paths, size_t n, const ivl_reader_opts *opts,
                            ivl_error *err);

/* Open over what file descriptor 'fd' gives (a pipe, a socket, a file
** opened by the caller; plain or gzip): JSON Lines with opts->jsonl, else
** one article. 'name' stands for it in docs and messages ("NAME:LINE").
** The descriptor is copied: the caller still closes its own. */
ivl_reader *ivl_reader_open_fd(int fd, const char *name, const ivl_reader_opts *opts,
                               ivl_error *err);

/* The next article, read (checked, not prepared: ivl_article_prepare, which
** extracting does): returns 1 and sets *out; 0 at the end; -1 for one bad item:
** 'err' filled, '*where' set to a string naming it ("path" or "path:LINE") valid until the next call;
** reading goes on with the next item at the next call. Errors and articles come in input order.
** '*where' names an article returned too (the lines of a JSON Lines file: "path:LINE"). An error
** with code IVL_ENOMEM is the reader's own: the caller had better stop. */
int ivl_reader_next(ivl_reader *r, ivl_article **out, const char **where, ivl_error *err);

/* How many articles have been returned so far (for the "empty input" check). */
size_t ivl_reader_count(const ivl_reader *r);

void ivl_reader_close(ivl_reader *r);

#endif
