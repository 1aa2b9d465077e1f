/*
** pool.h
** Articles extracted by a pool of threads, handed back in input order.
** Worker threads read (one at a time, under the pool's lock: readers are
** not thread-safe) and run the C pipeline of one article each; the caller's
** thread takes the results in the order they were read, so what it writes
** is the same whatever the number of threads. With 0 threads nothing
** runs beside the caller: ivl_pool_next reads and extracts on its thread
** (rules written in Lua must run there).
*/
#ifndef IVLUA_POOL_H
#define IVLUA_POOL_H

#include "article.h"
#include "rules.h"

/* Where the pool reads articles, called in input order, never twice at
** once. 1: *out is an article (read, maybe not prepared: the workers
** prepare it); 0: there are no more; -1: an item that could not be read,
** 'err' saying why. *where (valid until the next call) may name the item
** either way ("path", "path:LINE"). */
typedef int (*ivl_pool_read_fn)(void *ud, ivl_article **out, const char **where, ivl_error *err);

/* One result, in input order. 'article' is extracted and the caller's;
** NULL when the item could not be read or extracted ('err' says why).
** 'where' names the item (always when it failed) and is the caller's to
** free. */
typedef struct ivl_pool_item {
  ivl_article *article;
  char *where;
  ivl_error err;
} ivl_pool_item;

typedef struct ivl_pool ivl_pool;

/* Start 'threads' workers extracting with 'rs', which must not change until
** ivl_pool_stop. At most 'ahead' results wait for the caller (0: 32 per
** thread), and the workers wait while those waiting hold more than 64 MB:
** the memory held is bounded. With 'here', the caller's matcher
** (whose host rules written in Lua are called with), the caller's thread
** extracts too: every article with 0 threads, and with workers the next one
** in line whenever the one it waits for is not ready (so N threads busy
** need N - 1 workers). NULL with 'err' filled when the threads or their
** matchers cannot be made. */
ivl_pool *ivl_pool_start(const ivl_ruleset *rs, int threads, size_t ahead, ivl_matcher *here,
                         ivl_pool_read_fn read, void *ud, ivl_error *err);
/* Let the workers go on only while the results waiting hold at most
** 'bytes' (64 MB from the start); one is always let through. */
void ivl_pool_limit_held(ivl_pool *p, size_t bytes);
/* The next result: 1, or 0 when every item has been handed back. */
int ivl_pool_next(ivl_pool *p, ivl_pool_item *out);
/* Stop the workers (an item being extracted is finished first) and free
** what was not handed back. */
void ivl_pool_stop(ivl_pool *p);
/* The number of threads the machine has (at least 1). */
int ivl_pool_cores(void);

#endif
