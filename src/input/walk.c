/*
** walk.c
** A depth-first walk over the paths, one directory listing held per level.
** Symbolic links are followed, and every directory and file is given once:
** the walk keeps the identity (device, inode) of each it met, and a link
** back to a directory on the walk's path is a loop, reported as a warning
** (IVL_EWARNING) and not followed.
*/
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"
#include "walk.h"

/* Directories deeper than this are not read (an error naming the first
** of them): with loops caught by identity, only a real tree this deep gets
** here, and it would hold this many listings at once. Paths reach PATH_MAX
** not much further down. */
#define MAX_DEPTH 1024

typedef struct entry {
  char *name;
  unsigned char type; /* the listing's d_type (DT_UNKNOWN: not told) */
} entry;

typedef struct frame {
  char *dir;
  entry *entries; /* sorted by name */
  size_t n, i;
  dev_t dev; /* the directory's identity */
  ino_t ino;
  int fd;    /* the directory, open: its files are opened by name (-1: by path) */
} frame;

/* Directories this deep or deeper keep no descriptor (their files are
** opened by path): a deep tree would otherwise hold one per level, up to
** MAX_DEPTH, and leave none for its files under the usual limit of 1024. */
#define MAX_DIR_FDS 64

struct ivl_walk {
  char **paths;
  size_t n, i;
  ivl_input_kind kind; /* of the files taken from directories */
  frame *stack;
  size_t depth, cap;
  char *cur; /* the path last returned */
  unsigned char cur_type; /* its d_type (DT_UNKNOWN: not from a listing) */
  const char *cur_name; /* from a listing: its name there, in the frame */
  int cur_dir_fd;       /* from a listing: the directory's fd (-1: none) */
  int fd;    /* cur opened by the walk (-1: not), for ivl_walk_take_fd */
  uint64_t *seen; /* the directories and files met, by identity; 0 = free */
  size_t nseen, seencap; /* a power of two, at most half full */
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
  w->fd = -1;
  w->cur_dir_fd = -1;
  for (; w->n < n; w->n++)
    if (!(w->paths[w->n] = ivl_strdup(paths[w->n]))) {
      ivl_walk_close(w);
      return NULL;
    }
  return w;
}

static void free_frame(frame *f) {
  if (f->fd >= 0) close(f->fd);
  for (size_t i = 0; i < f->n; i++) free(f->entries[i].name);
  free(f->entries);
  free(f->dir);
}

static int by_name(const void *a, const void *b) {
  return strcmp(((const entry *)a)->name, ((const entry *)b)->name);
}

static int fail_errno(ivl_error *err, int errnum) {
  ivl_fail(err, IVL_EIO, 0, "%s", strerror(errnum));
  return -1;
}

static int fail_nomem(ivl_error *err) {
  ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  return -1;
}

/* {======================================================================
** What was met, by identity (device and inode, hashed to 64 bits: 8 bytes
** a file or directory, so that no link or hard link gives one twice)
** ======================================================================= */

static uint64_t identity(const struct stat *sb) {
  uint64_t h = 14695981039346656037u; /* FNV-1a over the two numbers */
  uint64_t parts[2] = {(uint64_t)sb->st_dev, (uint64_t)sb->st_ino};
  const unsigned char *p = (const unsigned char *)parts;
  for (size_t i = 0; i < sizeof parts; i++) h = (h ^ p[i]) * 1099511628211u;
  return h ? h : 1;
}

/* Insert 'id' into a table of 'cap' slots (a power of two): 1 when new. */
static int insert(uint64_t *slots, size_t cap, uint64_t id) {
  size_t i = (size_t)(id ^ (id >> 29)) & (cap - 1);
  while (slots[i]) {
    if (slots[i] == id) return 0;
    i = (i + 1) & (cap - 1);
  }
  slots[i] = id;
  return 1;
}

/* Note that 'sb' was met: 1 the first time, 0 after, -1 out of memory. */
static int first_time(ivl_walk *w, const struct stat *sb) {
  if (2 * (w->nseen + 1) > w->seencap) {
    size_t cap = w->seencap ? 2 * w->seencap : 256;
    uint64_t *slots = calloc(cap, sizeof *slots);
    if (!slots) return -1;
    for (size_t i = 0; i < w->seencap; i++)
      if (w->seen[i]) insert(slots, cap, w->seen[i]);
    free(w->seen);
    w->seen = slots, w->seencap = cap;
  }
  if (!insert(w->seen, w->seencap, identity(sb))) return 0;
  w->nseen++;
  return 1;
}

/* The directory on the walk's path that 'sb' is, or NULL. */
static const frame *on_path(const ivl_walk *w, const struct stat *sb) {
  for (size_t i = 0; i < w->depth; i++)
    if (w->stack[i].dev == sb->st_dev && w->stack[i].ino == sb->st_ino) return &w->stack[i];
  return NULL;
}

/* }====================================================================== */

/* List the directory w->cur ('sb' its stat) and push it (its names sorted,
** hidden ones left out): 0, or -1 with 'err'. */
static int push_dir(ivl_walk *w, const struct stat *sb, ivl_error *err) {
  if (w->depth >= MAX_DEPTH) {
    ivl_fail(err, IVL_EIO, 0, "more than %d directories deep: not read", MAX_DEPTH);
    return -1;
  }
  DIR *d = opendir(w->cur);
  if (!d) return fail_errno(err, errno);
  frame f = {.fd = -1};
  size_t cap = 0;
  struct dirent *ent;
  int st = 0;
  while (st == 0 && (ent = readdir(d)) != NULL) {
    if (ent->d_name[0] == '.') continue; /* '.', '..' and hidden files */
    char *name = ivl_strdup(ent->d_name);
    if (!name || IVL_GROW(f.entries, cap, f.n + 1)) {
      free(name);
      st = fail_nomem(err);
    } else {
      f.entries[f.n++] = (entry){name, ent->d_type};
    }
  }
  /* kept to open its files by name: opening by path looked each
  ** directory of the path up again, for every file */
  if (st == 0 && w->depth < MAX_DIR_FDS) f.fd = fcntl(dirfd(d), F_DUPFD_CLOEXEC, 0);
  closedir(d);
  if (st == 0 && !(f.dir = ivl_strdup(w->cur))) st = fail_nomem(err);
  if (st == 0 && IVL_GROW(w->stack, w->cap, w->depth + 1)) st = fail_nomem(err);
  if (st != 0) {
    free_frame(&f);
    return st;
  }
  if (f.n) qsort(f.entries, f.n, sizeof *f.entries, by_name);
  f.dev = sb->st_dev;
  f.ino = sb->st_ino;
  w->stack[w->depth++] = f;
  return 0;
}

/* "dir/name", one '/' between them (snprintf was 1,000 instructions a
** file). */
static char *join(const char *dir, const char *name) {
  size_t dl = strlen(dir), nl = strlen(name);
  size_t slash = dl && dir[dl - 1] == '/' ? 0 : 1;
  char *p = malloc(dl + slash + nl + 1);
  if (!p) return NULL;
  memcpy(p, dir, dl);
  p[dl] = '/';
  memcpy(p + dl + slash, name, nl + 1);
  return p;
}

/* The next path to look at, in w->cur: 1, or 0 at the end, or -1. */
static int next_path(ivl_walk *w, int *named, ivl_error *err) {
  while (w->depth > 0) {
    frame *f = &w->stack[w->depth - 1];
    if (f->i < f->n) {
      const entry *e = &f->entries[f->i++];
      *named = 0;
      w->cur = join(f->dir, e->name);
      w->cur_type = e->type;
      w->cur_name = e->name;
      w->cur_dir_fd = f->fd;
      return w->cur ? 1 : fail_nomem(err);
    }
    free_frame(f);
    w->depth--;
  }
  if (w->i == w->n) return 0;
  *named = 1;
  w->cur_type = DT_UNKNOWN;
  w->cur_dir_fd = -1;
  w->cur = ivl_strdup(w->paths[w->i++]);
  return w->cur ? 1 : fail_nomem(err);
}

/* A file the listing says is a regular file (not a link), of the walk's
** kind: opened, and its identity taken from the open file (1: w->fd set;
** 0: met already, closed). One path lookup instead of two (stat, then open
** in the reader): the lookup of a file's name was most of the walk's cost.
** -2: not so (not opened, not such a file, gone): the caller stats it.
** Opened by name in its directory's descriptor when there is one: a
** path's lookup is one per directory on it, and with caches cold between
** articles they were the kernel's largest part of the run on /tmp/bench10
** (__d_lookup_rcu 5.5% of the time, under open()). */
static int open_listed(ivl_walk *w, ivl_error *err) {
  int fd = w->cur_dir_fd >= 0 ? openat(w->cur_dir_fd, w->cur_name, O_RDONLY | O_CLOEXEC)
                              : open(w->cur, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -2; /* the reader's open says why */
  struct stat sb;
  int first = fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) ? -2 : first_time(w, &sb);
  if (first == 1) w->fd = fd;
  else close(fd);
  return first == -1 ? fail_nomem(err) : first;
}

int ivl_walk_next(ivl_walk *w, const char **path, int *named, ivl_error *err) {
  for (;;) {
    free(w->cur);
    w->cur = NULL;
    if (w->fd >= 0) close(w->fd); /* not taken */
    w->fd = -1;
    int got = next_path(w, named, err);
    *path = w->cur ? w->cur : "";
    if (got <= 0) return got;
    if (*named && strcmp(w->cur, "-") == 0) return 1;
    if (w->cur_type == DT_REG) {
      const char *slash = strrchr(w->cur, '/');
      if (ivl_input_kind_of(slash ? slash + 1 : w->cur) != w->kind) continue;
      int opened = open_listed(w, err);
      if (opened == 1 || opened == -1) return opened;
      if (opened == 0) continue;
    }
    struct stat sb;
    if (stat(w->cur, &sb) != 0) return fail_errno(err, errno);
    if (S_ISDIR(sb.st_mode)) {
      /* links are followed, but a directory is walked once: a link back
      ** to a directory being walked is a loop (a warning, nothing is
      ** lost), a directory met again by another way is already done */
      const frame *up = on_path(w, &sb);
      if (up) {
        ivl_fail(err, IVL_EWARNING, 0, "a link back to %s (a loop): not followed", up->dir);
        return -1;
      }
      int first = first_time(w, &sb);
      if (first < 0) return fail_nomem(err);
      if (first && push_dir(w, &sb, err)) return -1;
    } else if (*named) {
      return 1; /* a named file is read whatever its name */
    } else if (S_ISREG(sb.st_mode)) {
      const char *slash = strrchr(w->cur, '/');
      if (ivl_input_kind_of(slash ? slash + 1 : w->cur) != w->kind) continue;
      int first = first_time(w, &sb); /* not twice through links */
      if (first < 0) return fail_nomem(err);
      if (first) return 1;
    }
  }
}

int ivl_walk_take_fd(ivl_walk *w) {
  int fd = w->fd;
  w->fd = -1;
  return fd;
}

void ivl_walk_close(ivl_walk *w) {
  if (!w) return;
  for (size_t i = 0; i < w->n; i++) free(w->paths[i]);
  free(w->paths);
  while (w->depth > 0) free_frame(&w->stack[--w->depth]);
  free(w->stack);
  free(w->seen);
  free(w->cur);
  if (w->fd >= 0) close(w->fd);
  free(w);
}

/* Add to '*total' the sizes of the files of 'kind' in the directory open
** at 'fd' (which it closes), and in its directories 'depth' levels down,
** until 'enough'. In the order listed, unsorted: the sum of all is what
** the run reads, so any part of it that is enough says enough. Links and
** entries of unknown type are not followed: a hint may fall short. */
static void dir_bytes(int fd, ivl_input_kind kind, int depth, uint64_t enough, uint64_t *total) {
  DIR *d = fdopendir(fd);
  if (!d) {
    close(fd);
    return;
  }
  struct dirent *ent;
  struct stat sb;
  while (*total < enough && (ent = readdir(d)) != NULL) {
    if (ent->d_name[0] == '.') continue; /* as the walk: '.', '..' and hidden files */
    if (ent->d_type == DT_DIR && depth > 0) {
      int sub = openat(dirfd(d), ent->d_name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
      if (sub >= 0) dir_bytes(sub, kind, depth - 1, enough, total);
    } else if (ent->d_type == DT_REG && ivl_input_kind_of(ent->d_name) == kind &&
               fstatat(dirfd(d), ent->d_name, &sb, AT_SYMLINK_NOFOLLOW) == 0) {
      *total += (uint64_t)sb.st_size;
    }
  }
  closedir(d);
}

uint64_t ivl_walk_bytes(const char *const *paths, size_t n, ivl_input_kind kind, uint64_t enough) {
  uint64_t total = 0;
  struct stat sb;
  for (size_t i = 0; i < n && total < enough; i++) {
    if (strcmp(paths[i], "-") == 0 || stat(paths[i], &sb) != 0) continue;
    if (S_ISREG(sb.st_mode)) total += (uint64_t)sb.st_size; /* a named file is read whatever its name */
    else if (S_ISDIR(sb.st_mode)) {
      int fd = open(paths[i], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
      if (fd >= 0) dir_bytes(fd, kind, 16, enough, &total);
    }
  }
  return total;
}
