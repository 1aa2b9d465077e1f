/*
** stream.h
** The bytes of one input file or of standard input, plain or gzip (gzip
** known by its magic bytes 1f 8b, whatever the name, and read through zlib;
** plain bytes as they are): read whole (an article) or a line at a time
** (JSON Lines), never more than a line and a buffer held.
*/
#ifndef IVLUA_STREAM_H
#define IVLUA_STREAM_H

#include <stddef.h>
#include "ivlua.h"
#include "util.h"

typedef struct ivl_stream ivl_stream;

/* Open 'path' ("-" = standard input, left open when the stream closes).
** NULL on failure, with 'err' saying why (not naming the path). */
ivl_stream *ivl_stream_open(const char *path, ivl_error *err);

/* A stream over 'fd', a regular file just opened for reading (at its
** start), which the stream then owns (closes, even on failure). */
ivl_stream *ivl_stream_take_file(int fd, ivl_error *err);

/* Open a stream over a copy of file descriptor 'fd' (left open). */
ivl_stream *ivl_stream_open_fd(int fd, ivl_error *err);

/* Append everything left to 'out'. */
ivl_status ivl_stream_read_all(ivl_stream *s, ivl_buf *out, ivl_error *err);

/* Refuse an article (ivl_stream_read_all) or a line longer than 'max'
** bytes (0: any length) with IVL_ELIMIT, holding no more than that. */
void ivl_stream_limit(ivl_stream *s, size_t max);

/* The next line, without its '\n', in '*line' (NUL-terminated, valid until
** the next call) and '*len': 1; 0 at the end; -1 on a read error; -2 for
** a line over the limit, skipped ('err' says so; the next call reads on). */
int ivl_stream_line(ivl_stream *s, const char **line, size_t *len, ivl_error *err);

void ivl_stream_close(ivl_stream *s);

#endif
