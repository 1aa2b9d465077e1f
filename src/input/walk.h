/*
** walk.h
** The files named by the paths a user gives, one at a time: a file is
** itself, whatever its name; a directory is its files of one kind (*.txt,
** or *.jsonl and *.ndjson; each maybe .gz), recursively, sorted by name,
** each directory listed only when the walk reaches it. One kind, because a
** corpus directory holds JSON Lines that are not articles: annotations
** (gold.jsonl) and ivlua's own output.
*/
#ifndef IVLUA_WALK_H
#define IVLUA_WALK_H

#include <stddef.h>
#include <stdint.h>
#include "ivlua.h"

/* How a file's name says to read it. */
typedef enum ivl_input_kind {
  IVL_INPUT_UNKNOWN, /* no suffix ivlua knows */
  IVL_INPUT_TEXT,    /* *.txt[.gz]: one article */
  IVL_INPUT_JSONL    /* *.jsonl[.gz], *.ndjson[.gz]: one article a line */
} ivl_input_kind;

ivl_input_kind ivl_input_kind_of(const char *name);

typedef struct ivl_walk ivl_walk;

/* Directories give their files of kind 'kind'. The paths are copied. NULL
** when out of memory. */
ivl_walk *ivl_walk_open(const char *const *paths, size_t n, ivl_input_kind kind);

/* The next file: 1 and '*path' ("-" for standard input), '*named' set when
** the user named it rather than a directory holding it; 0 at the end; -1
** for a path that cannot be listed or read, or a directory more than 1024
** levels down ('*path' names it, 'err' says why), or with err->code
** IVL_EWARNING for a link back to a directory being walked (a loop, not
** followed: nothing is lost). Links are followed, and a directory met
** again (through a link, or named twice) or a file of a directory met
** again (through a link or a hard link) is skipped without a word: each is
** walked or given once. A file the user names is always given. '*path' is valid until the
** next call. */
int ivl_walk_next(ivl_walk *w, const char **path, int *named, ivl_error *err);

/* The file ivl_walk_next just gave, already open when the walk opened it to
** know it (a regular file listed in a directory, at its start): its
** descriptor, which the caller then owns, or -1 (open the path). */
int ivl_walk_take_fd(ivl_walk *w);

/* About how many bytes a walk of 'paths' gives, counted only until
** 'enough' is reached: how large a run will be, known before it starts
** (standard input, what cannot be read, links and what lies more than 16
** directories down count as none; a .gz file as its compressed size). */
uint64_t ivl_walk_bytes(const char *const *paths, size_t n, ivl_input_kind kind, uint64_t enough);

void ivl_walk_close(ivl_walk *w);

#endif
