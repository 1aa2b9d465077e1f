/*
** stream.c
** Plain and gzip bytes through zlib's gz* functions: their "transparent"
** mode reads a plain file as it is, so one path serves both, and gzip is
** known by its content, not its name.
*/
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "stream.h"

#define CHUNK (128 * 1024)
#define MAX_READ (1u << 30) /* gzread takes an unsigned, returns an int */

struct ivl_stream {
  gzFile gz;
  char *buf;        /* buf[start, end) not yet returned */
  size_t start, end, cap;
  size_t max; /* the longest article or line taken (0: no limit) */
  int eof;
};

void ivl_stream_limit(ivl_stream *s, size_t max) { s->max = max; }

static ivl_status too_long(const ivl_stream *s, const char *what, ivl_error *err) {
  return ivl_fail(err, IVL_ELIMIT, 0, "%s of more than %zu bytes is skipped (the article size limit)", what,
                  s->max);
}

/* zlib's message without the "<fd:N>: " it puts in front. */
static ivl_status gz_fail(gzFile gz, ivl_error *err) {
  int code;
  const char *msg = gzerror(gz, &code);
  if (code == Z_ERRNO) return ivl_fail(err, IVL_EIO, 0, "read error: %s", strerror(errno));
  if (code == Z_MEM_ERROR) return ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  const char *p = strstr(msg, ">: ");
  return ivl_fail(err, IVL_EIO, 0, "bad gzip data: %s", p ? p + 3 : msg);
}

/* An error zlib records without gzread failing: a truncated gzip file. */
static int gz_failed(gzFile gz) {
  int code;
  gzerror(gz, &code);
  return code != Z_OK && code != Z_STREAM_END;
}

/* A stream over 'fd', which it then owns. */
static ivl_stream *stream_of(int fd, ivl_error *err) {
  ivl_stream *s = calloc(1, sizeof *s);
  if (s) s->gz = gzdopen(fd, "rb");
  if (!s || !s->gz) {
    free(s);
    close(fd);
    ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
    return NULL;
  }
  gzbuffer(s->gz, CHUNK);
  return s;
}

ivl_stream *ivl_stream_open(const char *path, ivl_error *err) {
  int fd = strcmp(path, "-") == 0 ? dup(STDIN_FILENO) : open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    ivl_fail(err, IVL_EIO, 0, "cannot open: %s", strerror(errno));
    return NULL;
  }
  return stream_of(fd, err);
}

ivl_stream *ivl_stream_open_fd(int fd, ivl_error *err) {
  int copy = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (copy < 0) {
    ivl_fail(err, IVL_EIO, 0, "cannot read: %s", strerror(errno));
    return NULL;
  }
  return stream_of(copy, err);
}

ivl_status ivl_stream_read_all(ivl_stream *s, ivl_buf *out, ivl_error *err) {
  if (s->end > s->start && ivl_buf_append(out, s->buf + s->start, s->end - s->start))
    return ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  s->start = s->end = 0;
  for (;;) {
    if (IVL_GROW(out->data, out->cap, out->len + CHUNK + 1))
      return ivl_fail(err, IVL_ENOMEM, 0, "out of memory reading the file");
    int n = gzread(s->gz, out->data + out->len, CHUNK);
    if (n < 0) return gz_fail(s->gz, err);
    out->len += (size_t)n;
    out->data[out->len] = '\0';
    if (n == 0) break;
    if (s->max && out->len > s->max) return too_long(s, "a file", err);
  }
  s->eof = 1;
  return gz_failed(s->gz) ? gz_fail(s->gz, err) : IVL_OK;
}

/* Read more after buf[end]: moves what is left to the front, grows the
** buffer when a line fills it. Returns bytes read, 0 at the end, -1. */
static int fill(ivl_stream *s, ivl_error *err) {
  if (s->start > 0) {
    memmove(s->buf, s->buf + s->start, s->end - s->start);
    s->end -= s->start;
    s->start = 0;
  }
  if (s->cap - s->end < CHUNK / 2 && IVL_GROW(s->buf, s->cap, s->end + CHUNK + 1)) {
    ivl_fail(err, IVL_ENOMEM, 0, "out of memory (a line of %zu bytes)", s->end);
    return -1;
  }
  size_t room = s->cap - s->end - 1;
  int n = gzread(s->gz, s->buf + s->end, (unsigned)(room < MAX_READ ? room : MAX_READ));
  if (n < 0 || (n == 0 && gz_failed(s->gz))) {
    gz_fail(s->gz, err);
    return -1;
  }
  s->end += (size_t)n;
  return n;
}

/* The line being read is over the limit: drop it through its '\n', so
** that the next call reads the line after it. -2, or -1 on a read error. */
static int skip_line(ivl_stream *s, ivl_error *err) {
  for (;;) {
    char *nl = memchr(s->buf + s->start, '\n', s->end - s->start);
    if (nl) {
      s->start = (size_t)(nl - s->buf) + 1;
      break;
    }
    s->start = s->end = 0;
    int n = fill(s, err);
    if (n < 0) return -1;
    if (n == 0) {
      s->eof = 1;
      break;
    }
  }
  too_long(s, "a line", err);
  return -2;
}

int ivl_stream_line(ivl_stream *s, const char **line, size_t *len, ivl_error *err) {
  size_t scanned = s->start;
  for (;;) {
    char *nl = s->end > scanned ? memchr(s->buf + scanned, '\n', s->end - scanned) : NULL;
    if (nl || (s->eof && s->end > s->start)) {
      size_t stop = nl ? (size_t)(nl - s->buf) : s->end;
      s->buf[stop] = '\0'; /* over the '\n', or in the spare byte at the end */
      *line = s->buf + s->start;
      *len = stop - s->start;
      s->start = nl ? stop + 1 : s->end;
      if (s->max && *len > s->max) { /* read whole, being short of a buffer */
        too_long(s, "a line", err);
        return -2;
      }
      return 1;
    }
    if (s->eof) return 0;
    if (s->max && s->end - s->start > s->max) return skip_line(s, err);
    size_t seen = s->end - s->start;
    int n = fill(s, err);
    if (n < 0) return -1;
    if (n == 0) s->eof = 1;
    scanned = s->start + seen;
  }
}

void ivl_stream_close(ivl_stream *s) {
  if (!s) return;
  gzclose(s->gz);
  free(s->buf);
  free(s);
}
