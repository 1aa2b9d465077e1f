/*
** walk.c
** A depth-first walk over the paths, one directory listing held per level.
*/
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "util.h"
#include "walk.h"

#define MAX_DEPTH 64 /* guards against link loops */

typedef struct frame {
  char *dir;
  char **names; /* sorted */
  size_t n, i;
} frame;

struct ivl_walk {
  char **paths;
  size_t n, i;
  ivl_input_kind kind; /* of the files taken from directories */
  frame *stack;
  size_t depth, cap;
  char *cur; /* the path last returned */
};

static int ends_with(const char *s, size_t n, const char *suffix) {
  size_t k = strlen(suffix);
  return n > k && memcmp(s + n - k, suffix, k) == 0;
}

ivl_input_kind ivl_input_kind_of(const char *name) {
  size_t n = strlen(name);
  if (ends_with(name, n, ".gz")) n -= 3;
  if (ends_with(name, n, ".txt")) return IVL_INPUT_TEXT;
  if (ends_with(name, n, ".jsonl") || ends_with(name, n, ".ndjson")) return IVL_INPUT_JSONL;
  return IVL_INPUT_UNKNOWN;
}

ivl_walk *ivl_walk_open(const char *const *paths, size_t n, ivl_input_kind kind) {
  ivl_walk *w = calloc(1, sizeof *w);
  if (!w || !(w->paths = calloc(n ? n : 1, sizeof *w->paths))) {
    free(w);
    return NULL;
  }
  w->kind = kind;
  for (; w->n < n; w->n++)
    if (!(w->paths[w->n] = ivl_strdup(paths[w->n]))) {
      ivl_walk_close(w);
      return NULL;
    }
  return w;
}

static void free_frame(frame *f) {
  for (size_t i = 0; i < f->n; i++) free(f->names[i]);
  free(f->names);
  free(f->dir);
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static int fail_errno(ivl_error *err, int errnum) {
  ivl_fail(err, IVL_EIO, 0, "%s", strerror(errnum));
  return -1;
}

static int fail_nomem(ivl_error *err) {
  ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  return -1;
}

/* List the directory w->cur and push it (its names sorted, hidden ones
** left out): 0, or -1 with 'err'. */
static int push_dir(ivl_walk *w, ivl_error *err) {
  if (w->depth >= MAX_DEPTH) return 0;
  DIR *d = opendir(w->cur);
  if (!d) return fail_errno(err, errno);
  frame f = {0};
  size_t cap = 0;
  struct dirent *ent;
  int st = 0;
  while (st == 0 && (ent = readdir(d)) != NULL) {
    if (ent->d_name[0] == '.') continue; /* '.', '..' and hidden files */
    char *name = ivl_strdup(ent->d_name);
    if (!name || IVL_GROW(f.names, cap, f.n + 1)) {
      free(name);
      st = fail_nomem(err);
    } else {
      f.names[f.n++] = name;
    }
  }
  closedir(d);
  if (st == 0 && !(f.dir = ivl_strdup(w->cur))) st = fail_nomem(err);
  if (st == 0 && IVL_GROW(w->stack, w->cap, w->depth + 1)) st = fail_nomem(err);
  if (st != 0) {
    free_frame(&f);
    return st;
  }
  if (f.n) qsort(f.names, f.n, sizeof *f.names, by_name);
  w->stack[w->depth++] = f;
  return 0;
}

static char *join(const char *dir, const char *name) {
  size_t n = strlen(dir) + strlen(name) + 2;
  char *p = malloc(n);
  if (p) snprintf(p, n, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", name);
  return p;
}

/* The next path to look at, in w->cur: 1, or 0 at the end, or -1. */
static int next_path(ivl_walk *w, int *named, ivl_error *err) {
  while (w->depth > 0) {
    frame *f = &w->stack[w->depth - 1];
    if (f->i < f->n) {
      *named = 0;
      w->cur = join(f->dir, f->names[f->i++]);
      return w->cur ? 1 : fail_nomem(err);
    }
    free_frame(f);
    w->depth--;
  }
  if (w->i == w->n) return 0;
  *named = 1;
  w->cur = ivl_strdup(w->paths[w->i++]);
  return w->cur ? 1 : fail_nomem(err);
}

int ivl_walk_next(ivl_walk *w, const char **path, int *named, ivl_error *err) {
  for (;;) {
    free(w->cur);
    w->cur = NULL;
    int got = next_path(w, named, err);
    *path = w->cur ? w->cur : "";
    if (got <= 0) return got;
    if (*named && strcmp(w->cur, "-") == 0) return 1;
    struct stat sb;
    if (stat(w->cur, &sb) != 0) return fail_errno(err, errno);
    if (S_ISDIR(sb.st_mode)) {
      if (push_dir(w, err)) return -1;
    } else if (*named) {
      return 1; /* a named file is read whatever its name */
    } else if (S_ISREG(sb.st_mode)) {
      const char *slash = strrchr(w->cur, '/');
      if (ivl_input_kind_of(slash ? slash + 1 : w->cur) == w->kind) return 1;
    }
  }
}

void ivl_walk_close(ivl_walk *w) {
  if (!w) return;
  for (size_t i = 0; i < w->n; i++) free(w->paths[i]);
  free(w->paths);
  while (w->depth > 0) free_frame(&w->stack[--w->depth]);
  free(w->stack);
  free(w->cur);
  free(w);
}
