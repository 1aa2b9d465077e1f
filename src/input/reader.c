/*
** reader.c
** The reader: the walk gives files, a file gives one article (text) or a
** stream of lines (JSON Lines), each line one article.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "jsonl_article.h"
#include "reader.h"
#include "stream.h"
#include "util.h"
#include "walk.h"

struct ivl_reader {
  ivl_walk *walk;
  ivl_jsonl_fields fields;
  char *owned[4]; /* the field names copied */
  int jsonl;
  size_t max_article; /* bytes; 0: no limit */
  ivl_stream *lines; /* the JSON Lines file being read, or NULL */
  char *path;        /* its path ("-": standard input) */
  char *name;        /* its name in "NAME:LINE" docs */
  size_t lineno;
  ivl_buf where;
  size_t count;
  ivl_stream *given;  /* ivl_reader_open_fd's stream, not read yet */
  char *given_name;   /* what it is called: not a path */
  ivl_buf text;       /* a text file's bytes, the room kept from file to file */
};

/* The most room kept for the next text file: a larger one's is freed. Room
** grown (and freed) anew for each file was the 10 MB corpus's most frequent
** large allocation, 256 KB for files of a few KB. */
#define KEPT_TEXT_ROOM ((size_t)1 << 20)

static const char *field(const char *given, const char *dflt, char **owned) {
  if (!given) return dflt;
  *owned = ivl_strdup(given);
  return *owned;
}

ivl_reader *ivl_reader_open(const char *const *paths, size_t n, const ivl_reader_opts *opts,
                            ivl_error *err) {
  static const ivl_reader_opts none = {0};
  if (!opts) opts = &none;
  ivl_reader *r = calloc(1, sizeof *r);
  if (!r) goto nomem;
  r->walk = ivl_walk_open(paths, n, opts->jsonl ? IVL_INPUT_JSONL : IVL_INPUT_TEXT);
  r->fields.id = field(opts->id_field, "id", &r->owned[0]);
  r->fields.text = field(opts->text_field, "text", &r->owned[1]);
  r->fields.title = field(opts->title_field, "title", &r->owned[2]);
  r->fields.date = field(opts->date_field, "date", &r->owned[3]);
  r->jsonl = opts->jsonl;
  r->max_article = opts->max_article == 0 ? IVL_MAX_ARTICLE
                   : opts->max_article == SIZE_MAX ? 0 : opts->max_article;
  if (!r->walk || !r->fields.id || !r->fields.text || !r->fields.title || !r->fields.date)
    goto nomem;
  return r;
nomem:
  ivl_reader_close(r);
  ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  return NULL;
}

ivl_reader *ivl_reader_open_fd(int fd, const char *name, const ivl_reader_opts *opts,
                               ivl_error *err) {
  ivl_reader *r = ivl_reader_open(NULL, 0, opts, err);
  if (!r) return NULL;
  if (!(r->given_name = ivl_strdup(name))) {
    ivl_reader_close(r);
    ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
    return NULL;
  }
  if (!(r->given = ivl_stream_open_fd(fd, err))) {
    ivl_reader_close(r);
    return NULL;
  }
  return r;
}

size_t ivl_reader_count(const ivl_reader *r) { return r->count; }

/* Is 'path' a file's path (not standard input or a given stream's name)? */
static int is_path(const ivl_reader *r, const char *path) {
  return strcmp(path, "-") != 0 && !(r->given_name && strcmp(path, r->given_name) == 0);
}

/* '*where' = "path" or "path:LINE" (0: no line); standard input is "stdin". */
static const char *set_where(ivl_reader *r, const char *path, size_t lineno) {
  char num[24] = "";
  if (lineno) snprintf(num, sizeof num, ":%zu", lineno);
  if (strcmp(path, "-") == 0) path = "stdin";
  r->where.len = 0;
  if (ivl_buf_append(&r->where, path, strlen(path)) || ivl_buf_append(&r->where, num, strlen(num)))
    return "(out of memory)";
  return r->where.data;
}

static void end_lines(ivl_reader *r) {
  ivl_stream_close(r->lines);
  free(r->path);
  free(r->name);
  r->lines = NULL;
  r->path = r->name = NULL;
}

/* A file's name in its articles' docs: its base name without ".gz";
** "stdin" for standard input. */
static char *doc_name(const ivl_reader *r, const char *path) {
  if (strcmp(path, "-") == 0) return ivl_strdup("stdin");
  if (!is_path(r, path)) return ivl_strdup(path);
  const char *slash = strrchr(path, '/');
  const char *base = slash && slash[1] ? slash + 1 : path;
  size_t n = strlen(base);
  if (n > 3 && strcmp(base + n - 3, ".gz") == 0) n -= 3;
  return ivl_strndup(base, n);
}

/* The whole of a text file as one article. */
static int read_text(ivl_reader *r, ivl_stream *s, const char *path, ivl_article **out,
                     ivl_error *err) {
  ivl_buf *b = &r->text;
  char *doc = doc_name(r, path);
  b->len = 0;
  ivl_status st =
      doc ? ivl_stream_read_all(s, b, err) : ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  ivl_stream_close(s);
  if (st == IVL_OK) st = ivl_article_read(doc, b->data ? b->data : "", b->len, out, err);
  if (st == IVL_OK && is_path(r, path)) ivl_article_set_path(*out, path);
  if (b->cap > KEPT_TEXT_ROOM) ivl_buf_free(b);
  free(doc);
  if (st != IVL_OK) return -1;
  r->count++;
  return 1;
}

/* The next article of the JSON Lines file being read: 1, -1, or 0 when the
** file is done (and closed). Blank lines are skipped. */
static int next_line(ivl_reader *r, ivl_article **out, const char **where, ivl_error *err) {
  const char *line;
  size_t len;
  for (;;) {
    int got = ivl_stream_line(r->lines, &line, &len, err);
    r->lineno++;
    *where = set_where(r, r->path, got == -1 ? 0 : r->lineno);
    if (got == -2) return -1; /* that line only */
    if (got <= 0) {
      end_lines(r);
      return got;
    }
    if (r->lineno == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) { /* a BOM */
      line += 3;
      len -= 3;
    }
    size_t i = 0;
    while (i < len && ivl_isspace((unsigned char)line[i])) i++;
    if (i == len) continue;
    const char *path = is_path(r, r->path) ? r->path : NULL;
    if (ivl_jsonl_article(line, len, &r->fields, path, r->name, r->lineno, out, err) != IVL_OK)
      return -1;
    r->count++;
    return 1;
  }
}

/* Read stream 's' of 'path' as 'kind': a text file is read at once, a JSON
** Lines file becomes the one being read (0). */
static int start_stream(ivl_reader *r, ivl_stream *s, const char *path, ivl_input_kind kind,
                        ivl_article **out, ivl_error *err) {
  ivl_stream_limit(s, r->max_article);
  if (kind == IVL_INPUT_TEXT) return read_text(r, s, path, out, err);
  r->lines = s;
  r->path = ivl_strdup(path);
  r->name = doc_name(r, path);
  r->lineno = 0;
  if (!r->path || !r->name) {
    end_lines(r);
    ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
    return -1;
  }
  return 0;
}

/* Open the file the walk gave. */
static int open_file(ivl_reader *r, const char *path, int named, ivl_article **out,
                     ivl_error *err) {
  ivl_input_kind kind = strcmp(path, "-") == 0 ? IVL_INPUT_UNKNOWN : ivl_input_kind_of(path);
  if (kind == IVL_INPUT_UNKNOWN) kind = named && r->jsonl ? IVL_INPUT_JSONL : IVL_INPUT_TEXT;
  int fd = ivl_walk_take_fd(r->walk);
  ivl_stream *s = fd >= 0 ? ivl_stream_take_file(fd, err) : ivl_stream_open(path, err);
  if (!s) return -1;
  return start_stream(r, s, path, kind, out, err);
}

int ivl_reader_next(ivl_reader *r, ivl_article **out, const char **where, ivl_error *err) {
  *out = NULL;
  for (;;) {
    if (r->lines) {
      int got = next_line(r, out, where, err);
      if (got != 0) return got;
      continue;
    }
    if (r->given) { /* ivl_reader_open_fd's, before any path */
      ivl_stream *s = r->given;
      r->given = NULL;
      *where = set_where(r, r->given_name, 0);
      int got = start_stream(r, s, r->given_name, r->jsonl ? IVL_INPUT_JSONL : IVL_INPUT_TEXT, out, err);
      if (got != 0) return got;
      continue;
    }
    const char *path;
    int named;
    int got = ivl_walk_next(r->walk, &path, &named, err);
    *where = set_where(r, path, 0);
    if (got <= 0) return got;
    got = open_file(r, path, named, out, err);
    if (got != 0) return got;
  }
}

void ivl_reader_close(ivl_reader *r) {
  if (!r) return;
  end_lines(r);
  ivl_stream_close(r->given);
  free(r->given_name);
  ivl_walk_close(r->walk);
  for (int i = 0; i < 4; i++) free(r->owned[i]);
  ivl_buf_free(&r->where);
  ivl_buf_free(&r->text);
  free(r);
}
