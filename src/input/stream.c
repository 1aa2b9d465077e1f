/*
** stream.c
** Plain and gzip bytes. zlib's gz* functions read both (their
** "transparent" mode passes plain bytes through, and gzip is known by its
** magic bytes, not its name), but a plain file that can be rewound is read
** with read(): zlib set up an inflate state and 384 KB of buffers for every
** file and copied every byte once more (1.5% of an extraction of the 10 MB
** corpus, 2,365 files, most of them a few KB). A file that starts with the
** gzip magic is rewound and handed to zlib, as is anything that cannot be
** rewound (a pipe): the bytes read are the same either way.
*/
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "stream.h"

#define CHUNK (128 * 1024)
#define MAX_READ (1u << 30) /* gzread takes an unsigned, returns an int */

typedef enum { SOURCE_UNKNOWN, SOURCE_PLAIN, SOURCE_GZ } source_kind;

struct ivl_stream {
  int fd;
  source_kind kind; /* known at the first read */
  gzFile gz;        /* SOURCE_GZ: zlib reads fd */
  off_t origin;     /* where fd was when opened (-1: not a file, not rewound) */
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

/* Where 'fd' is now if it is a regular file, else -1: some devices take
** lseek and do not move. */
static off_t file_origin(int fd) {
  struct stat sb;
  return fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) ? lseek(fd, 0, SEEK_CUR) : -1;
}

/* A stream over 'fd', which it then owns ('origin': file_origin's). */
static ivl_stream *stream_of(int fd, off_t origin, ivl_error *err) {
  ivl_stream *s = calloc(1, sizeof *s);
  if (!s) {
    close(fd);
    ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
    return NULL;
  }
  s->fd = fd;
  s->origin = origin;
  return s;
}

/* Hand the stream to zlib (gzip bytes, or bytes that cannot be looked at
** twice), fd back where it was opened. */
static ivl_status start_gz(ivl_stream *s, ivl_error *err) {
  if (s->origin >= 0 && lseek(s->fd, s->origin, SEEK_SET) < 0)
    return ivl_fail(err, IVL_EIO, 0, "read error: %s", strerror(errno));
  if (!(s->gz = gzdopen(s->fd, "rb"))) return ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  s->kind = SOURCE_GZ;
  gzbuffer(s->gz, CHUNK);
  return IVL_OK;
}

/* read() into dst[0, n) until 'least' bytes or the end, as zlib's own
** loop does; '*got' bytes read. */
static ivl_status read_plain(ivl_stream *s, char *dst, size_t n, size_t least, size_t *got,
                             ivl_error *err) {
  *got = 0;
  do {
    ssize_t k = read(s->fd, dst + *got, n - *got);
    if (k < 0) return ivl_fail(err, IVL_EIO, 0, "read error: %s", strerror(errno));
    if (k == 0) break;
    *got += (size_t)k;
  } while (*got < least);
  return IVL_OK;
}

/* The first read: the first bytes tell plain from gzip (zlib's rule: 1f 8b
** and it is gzip; fewer than two bytes are plain). Nothing is kept in
** '*got' when zlib takes over. */
static ivl_status read_first(ivl_stream *s, char *dst, size_t n, size_t *got, ivl_error *err) {
  *got = 0;
  if (s->origin < 0) return start_gz(s, err);
  ivl_status st = read_plain(s, dst, n, 2, got, err);
  if (st != IVL_OK) return st;
  if (*got >= 2 && (unsigned char)dst[0] == 0x1f && (unsigned char)dst[1] == 0x8b) {
    *got = 0;
    return start_gz(s, err);
  }
  s->kind = SOURCE_PLAIN;
  return IVL_OK;
}

/* Up to n bytes (n <= MAX_READ) into dst; '*got' bytes read, 0 at the end. */
static ivl_status source_read(ivl_stream *s, char *dst, size_t n, size_t *got, ivl_error *err) {
  if (s->kind == SOURCE_UNKNOWN) {
    ivl_status st = read_first(s, dst, n, got, err);
    if (st != IVL_OK || s->kind == SOURCE_PLAIN) return st;
  }
  if (s->kind == SOURCE_PLAIN) return read_plain(s, dst, n, 1, got, err);
  int k = gzread(s->gz, dst, (unsigned)n);
  if (k < 0 || (k == 0 && gz_failed(s->gz))) return gz_fail(s->gz, err);
  *got = (size_t)k;
  return IVL_OK;
}

ivl_stream *ivl_stream_open(const char *path, ivl_error *err) {
  int fd = strcmp(path, "-") == 0 ? dup(STDIN_FILENO) : open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    ivl_fail(err, IVL_EIO, 0, "cannot open: %s", strerror(errno));
    return NULL;
  }
  return stream_of(fd, file_origin(fd), err);
}

ivl_stream *ivl_stream_take_file(int fd, ivl_error *err) { return stream_of(fd, 0, err); }

ivl_stream *ivl_stream_open_fd(int fd, ivl_error *err) {
  int copy = fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (copy < 0) {
    ivl_fail(err, IVL_EIO, 0, "cannot read: %s", strerror(errno));
    return NULL;
  }
  return stream_of(copy, file_origin(copy), err);
}

ivl_status ivl_stream_read_all(ivl_stream *s, ivl_buf *out, ivl_error *err) {
  if (s->end > s->start && ivl_buf_append(out, s->buf + s->start, s->end - s->start))
    return ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  s->start = s->end = 0;
  for (;;) {
    if (IVL_GROW(out->data, out->cap, out->len + CHUNK + 1))
      return ivl_fail(err, IVL_ENOMEM, 0, "out of memory reading the file");
    size_t n;
    ivl_status st = source_read(s, out->data + out->len, CHUNK, &n, err);
    if (st != IVL_OK) return st;
    out->len += n;
    out->data[out->len] = '\0';
    if (n == 0) break;
    if (s->max && out->len > s->max) return too_long(s, "a file", err);
  }
  s->eof = 1;
  return IVL_OK;
}

/* Read more after buf[end]: moves what is left to the front, grows the
** buffer when a line fills it. Returns bytes read, 0 at the end, -1. */
static long fill(ivl_stream *s, ivl_error *err) {
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
  size_t n;
  if (source_read(s, s->buf + s->end, room < MAX_READ ? room : MAX_READ, &n, err) != IVL_OK)
    return -1;
  s->end += n;
  return (long)n;
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
    long n = fill(s, err);
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
    long n = fill(s, err);
    if (n < 0) return -1;
    if (n == 0) s->eof = 1;
    scanned = s->start + seen;
  }
}

void ivl_stream_close(ivl_stream *s) {
  if (!s) return;
  if (s->gz) gzclose(s->gz); /* closes fd */
  else close(s->fd);
  free(s->buf);
  free(s);
}
