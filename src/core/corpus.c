/*
** corpus.c
** Expanding paths into article files.
*/
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "corpus.h"
#include "util.h"

#define MAX_DEPTH 64 /* guards against link loops */

static int push_path(ivl_pathlist *l, const char *dir, const char *name) {
  size_t n = strlen(dir) + strlen(name) + 2;
  char *p = malloc(n);
  if (!p || IVL_GROW(l->paths, l->cap, l->n + 1)) {
    free(p);
    return -1;
  }
  if (*dir) snprintf(p, n, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", name);
  else snprintf(p, n, "%s", name);
  l->paths[l->n++] = p;
  return 0;
}

static void report(ivl_path_error_fn on_error, void *ud, const char *path, int errnum) {
  ivl_error e;
  ivl_fail(&e, IVL_EIO, 0, "%s", strerror(errnum));
  if (on_error) on_error(ud, path, &e);
}

static int has_txt_suffix(const char *name) {
  size_t n = strlen(name);
  return n > 4 && strcmp(name + n - 4, ".txt") == 0;
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static ivl_status walk(const char *dir, ivl_pathlist *out, ivl_path_error_fn on_error, void *ud,
                       int depth) {
  DIR *d = opendir(dir);
  if (!d) {
    report(on_error, ud, dir, errno);
    return IVL_OK;
  }
  ivl_pathlist names = {0};
  struct dirent *ent;
  ivl_status st = IVL_OK;
  while ((ent = readdir(d)) != NULL) {
    if (ent->d_name[0] == '.') continue; /* '.', '..' and hidden files */
    if (push_path(&names, "", ent->d_name)) {
      st = IVL_ENOMEM;
      break;
    }
  }
  closedir(d);
  if (names.n) qsort(names.paths, names.n, sizeof *names.paths, by_name);
  for (size_t i = 0; i < names.n && st == IVL_OK; i++) {
    ivl_pathlist one = {0};
    struct stat sb;
    if (push_path(&one, dir, names.paths[i])) {
      st = IVL_ENOMEM;
      break;
    }
    if (stat(one.paths[0], &sb) != 0) {
      report(on_error, ud, one.paths[0], errno);
    } else if (S_ISDIR(sb.st_mode)) {
      if (depth < MAX_DEPTH) st = walk(one.paths[0], out, on_error, ud, depth + 1);
    } else if (S_ISREG(sb.st_mode) && has_txt_suffix(names.paths[i])) {
      st = push_path(out, "", one.paths[0]) ? IVL_ENOMEM : IVL_OK;
    }
    ivl_pathlist_free(&one);
  }
  ivl_pathlist_free(&names);
  return st;
}

ivl_status ivl_paths_expand(const char *path, ivl_pathlist *out, ivl_path_error_fn on_error,
                            void *ud) {
  struct stat sb;
  if (stat(path, &sb) != 0) {
    report(on_error, ud, path, errno);
    return IVL_OK;
  }
  if (S_ISDIR(sb.st_mode)) return walk(path, out, on_error, ud, 0);
  return push_path(out, "", path) ? IVL_ENOMEM : IVL_OK; /* a named file is read whatever its name */
}

void ivl_pathlist_free(ivl_pathlist *l) {
  for (size_t i = 0; i < l->n; i++) free(l->paths[i]);
  free(l->paths);
  memset(l, 0, sizeof *l);
}
