/*
** pool.c
** Articles extracted by worker threads, handed back in input order.
**
** The results wait in a ring of 'ahead' slots indexed by their place in
** the input: a worker takes the next place (and reads its article) under
** the lock, extracts outside it, and fills the slot; the caller takes slot
** after slot in order, waiting for the one it needs. A worker waits while
** the ring is full, or while the results waiting hold more than
** 'held_most' bytes, so a slow caller holds a bounded number of articles
** and bounded memory.
*/
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extract.h"
#include "pool.h"
#include "util.h"

/* The results waiting per thread, by default. The ring absorbs the times
** the caller is slower than the workers (a long article of its own to
** extract, its output, a moment off the core): with four a thread, the
** worker of 'extract --jobs 2' over the 50 MB bench corpus spent 0.2 s of
** a 2.5 s run waiting for room, more on a busy machine; with 64 in all,
** next to none. */
#define AHEAD_PER_THREAD 32

/* The most bytes (ivl_article_footprint) the waiting results may hold
** before the workers wait, by default: the ring's length bounds their
** number, this their size, whatever the articles' lengths. */
#define HELD_MOST ((size_t)64 << 20)

typedef struct slot {
  int ready;
  ivl_pool_item item;
} slot;

typedef struct worker {
  ivl_pool *pool;
  pthread_t thread;
  ivl_matcher matcher;
} worker;

struct ivl_pool {
  const ivl_ruleset *rules;
  ivl_pool_read_fn read;
  void *ud;
  pthread_mutex_t lock;
  pthread_cond_t filled; /* a slot became ready, or the input ended */
  pthread_cond_t freed;  /* the caller took a slot, or stop was asked */
  slot *slots;
  size_t ahead;
  size_t taken;   /* places [0, taken) are being or have been read */
  size_t handed;  /* places [0, handed) went back to the caller */
  size_t held;    /* the footprint of the ready results not handed back */
  size_t held_most;
  int ended;      /* the reader said there is no more */
  int stopping;
  worker *workers;
  int nworkers;   /* threads started */
  ivl_matcher *here; /* the caller's, with no workers */
};

int ivl_pool_cores(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (int)n : 1;
}

/* Read the next item into 'it' (the lock held when there are workers);
** 0 when the input has ended. */
static int read_next(ivl_pool *p, ivl_pool_item *it) {
  const char *where = NULL;
  memset(it, 0, sizeof *it);
  int r = p->read(p->ud, &it->article, &where, &it->err);
  if (r == 0) return 0;
  if (r < 0) it->article = NULL;
  if (where || r < 0) it->where = ivl_strdup(where ? where : "?");
  return 1;
}

/* Extract a read article; on failure the item says why and holds none. */
static void extract(const ivl_ruleset *rs, ivl_matcher *m, ivl_pool_item *it) {
  if (!it->article) return;
  if (ivl_article_extract_with(it->article, rs, m, &it->err) == IVL_OK) return;
  if (!it->where) it->where = ivl_strdup(it->article->path ? it->article->path : it->article->doc);
  ivl_article_free(it->article);
  it->article = NULL;
}

static size_t footprint(const ivl_pool_item *it) {
  return it->article ? ivl_article_footprint(it->article) : 0;
}

/* Must a worker wait before it takes the next place? */
static int room_short(const ivl_pool *p) {
  return p->taken - p->handed >= p->ahead || p->held > p->held_most;
}

/* Take the next place, read its item, extract it with 'm' outside the
** lock and put it in its slot. Called and returning with the lock held;
** 0 when the input has ended. */
static int take_one(ivl_pool *p, ivl_matcher *m) {
  ivl_pool_item it;
  size_t place = p->taken;
  if (!read_next(p, &it)) {
    p->ended = 1;
    pthread_cond_broadcast(&p->filled);
    return 0;
  }
  p->taken++;
  pthread_mutex_unlock(&p->lock);
  extract(p->rules, m, &it);
  pthread_mutex_lock(&p->lock);
  slot *s = &p->slots[place % p->ahead];
  s->item = it;
  s->ready = 1;
  p->held += footprint(&it);
  pthread_cond_broadcast(&p->filled);
  return 1;
}

static void *work(void *arg) {
  worker *w = arg;
  ivl_pool *p = w->pool;
  pthread_mutex_lock(&p->lock);
  for (;;) {
    while (!p->stopping && !p->ended && room_short(p))
      pthread_cond_wait(&p->freed, &p->lock);
    if (p->stopping || p->ended || !take_one(p, &w->matcher)) break;
  }
  pthread_mutex_unlock(&p->lock);
  return NULL;
}

static int start_workers(ivl_pool *p, int threads, ivl_error *err) {
  p->workers = calloc((size_t)threads, sizeof *p->workers);
  if (!p->workers) return ivl_fail(err, IVL_ENOMEM, 0, "out of memory starting %d threads", threads);
  for (int i = 0; i < threads; i++) {
    worker *w = &p->workers[i];
    w->pool = p;
    if (ivl_matcher_init(&w->matcher, p->rules->max_captures, p->rules->match_limit, err) != IVL_OK)
      return err->code;
    /* the workers block the signals a user sends, so that their handlers
    ** (main.c, l_output.c) run on the Lua thread */
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &block, &old);
    int failed = pthread_create(&w->thread, NULL, work, w) != 0;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (failed) {
      ivl_matcher_free(&w->matcher);
      return ivl_fail(err, IVL_ENOMEM, 0, "cannot start thread %d of %d", i + 1, threads);
    }
    p->nworkers++;
  }
  return IVL_OK;
}

ivl_pool *ivl_pool_start(const ivl_ruleset *rs, int threads, size_t ahead, ivl_matcher *here,
                         ivl_pool_read_fn read, void *ud, ivl_error *err) {
  ivl_pool *p = calloc(1, sizeof *p);
  if (!p) {
    ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
    return NULL;
  }
  p->rules = rs, p->read = read, p->ud = ud;
  p->held_most = HELD_MOST;
  p->ahead = ahead ? ahead : AHEAD_PER_THREAD * (size_t)(threads + 1);
  pthread_mutex_init(&p->lock, NULL);
  pthread_cond_init(&p->filled, NULL);
  pthread_cond_init(&p->freed, NULL);
  p->here = here;
  ivl_status st = IVL_OK;
  if (threads < 0 || (threads == 0 && !here)) st = ivl_fail(err, IVL_EARG, 0, "no threads and no matcher");
  if (st == IVL_OK && !(p->slots = calloc(p->ahead, sizeof *p->slots)))
    st = ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  if (st == IVL_OK && threads > 0) st = start_workers(p, threads, err);
  if (st != IVL_OK) {
    ivl_pool_stop(p);
    return NULL;
  }
  return p;
}

/* With no workers: read and extract here. */
static int next_here(ivl_pool *p, ivl_pool_item *out) {
  if (p->ended || !read_next(p, out)) {
    p->ended = 1;
    return 0;
  }
  extract(p->rules, p->here, out);
  p->handed++;
  return 1;
}

void ivl_pool_limit_held(ivl_pool *p, size_t bytes) {
  pthread_mutex_lock(&p->lock);
  p->held_most = bytes;
  pthread_cond_broadcast(&p->freed); /* a larger bound may let them go on */
  pthread_mutex_unlock(&p->lock);
}

int ivl_pool_next(ivl_pool *p, ivl_pool_item *out) {
  if (p->nworkers == 0) return next_here(p, out);
  pthread_mutex_lock(&p->lock);
  int got;
  for (;;) {
    slot *s = &p->slots[p->handed % p->ahead];
    if ((got = s->ready) != 0) {
      *out = s->item;
      p->held -= footprint(out);
      memset(s, 0, sizeof *s);
      p->handed++;
      pthread_cond_broadcast(&p->freed);
      break;
    }
    if (p->ended && p->handed == p->taken) break;
    /* rather than wait, extract the next one here (it lands in its own
    ** slot): the caller's thread is one of the extracting threads */
    if (p->here && !p->ended && p->taken - p->handed < p->ahead) {
      take_one(p, p->here);
      continue;
    }
    pthread_cond_wait(&p->filled, &p->lock);
  }
  pthread_mutex_unlock(&p->lock);
  return got;
}

void ivl_pool_stop(ivl_pool *p) {
  if (!p) return;
  pthread_mutex_lock(&p->lock);
  p->stopping = 1;
  pthread_cond_broadcast(&p->freed);
  pthread_mutex_unlock(&p->lock);
  for (int i = 0; i < p->nworkers; i++) {
    pthread_join(p->workers[i].thread, NULL);
    ivl_matcher_free(&p->workers[i].matcher);
  }
  for (size_t i = 0; p->slots && i < p->ahead; i++)
    if (p->slots[i].ready) {
      ivl_article_free(p->slots[i].item.article);
      free(p->slots[i].item.where);
    }
  free(p->slots);
  free(p->workers);
  pthread_cond_destroy(&p->filled);
  pthread_cond_destroy(&p->freed);
  pthread_mutex_destroy(&p->lock);
  free(p);
}
