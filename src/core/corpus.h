/*
** corpus.h
** Turning the paths a user names into the article files to read: a file is
** itself; a directory is its *.txt files, recursively, sorted by name.
*/
#ifndef IVLUA_CORPUS_H
#define IVLUA_CORPUS_H

#include "ivlua.h"

typedef struct ivl_pathlist {
  char **paths;
  size_t n, cap;
} ivl_pathlist;

/* Called for each path that cannot be listed; the walk goes on. */
typedef void (*ivl_path_error_fn)(void *ud, const char *path, const ivl_error *err);

/* Append the files of 'path' to 'out'. Returns IVL_ENOMEM only when out of
** memory; unreadable paths go to 'on_error' and are skipped. */
ivl_status ivl_paths_expand(const char *path, ivl_pathlist *out, ivl_path_error_fn on_error,
                            void *ud);
void ivl_pathlist_free(ivl_pathlist *l);

#endif
