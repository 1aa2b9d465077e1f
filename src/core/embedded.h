/*
** embedded.h
** Data files compiled into the binary (cmake/embed.cmake), so that ivlua
** finds its gazetteers wherever it is installed or run from.
*/
#ifndef IVLUA_EMBEDDED_H
#define IVLUA_EMBEDDED_H

#include <stddef.h>

typedef struct ivl_embedded_file {
  const char *name; /* base name, NULL at the end of a list */
  const char *bytes;
  size_t len;
} ivl_embedded_file;

/* the files of data/gazetteer, in name order */
extern const ivl_embedded_file ivl_builtin_gazetteers[];
/* data/fx/usd_rates.tsv: yearly exchange rates (fx.c) */
extern const ivl_embedded_file ivl_builtin_rates[];

#endif
