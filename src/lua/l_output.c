/*
** l_output.c
** Files written by path ('-o FILE', ivlua.format.write(name, rows, "path")).
**
** A device, FIFO or any other file that is not a regular file is written in
** place and stays what it was (/dev/null, /dev/full, a pipe to a reader).
** A regular file, or a path where there is none yet, is written through a
** temporary file in the same directory, made by mkstemp (O_EXCL, an
** unpredictable name: ".NAME.ivlua-XXXXXX"), and renamed over the path only
** once everything was written, flushed and synced; it takes the permission
** bits (and, when allowed, the owner) of the file it replaces. A symbolic
** link is followed to its last target, which is replaced: the link stays.
**
** Live temporaries are listed in a registry that exit() and the handlers of
** SIGINT, SIGTERM and SIGHUP empty (unlink(2) only: async-signal-safe), so
** none survives an error, a Ctrl-C or a kill; SIGKILL cannot be caught, and
** the name says what such a leftover is. The registry changes on the Lua
** thread only, with those signals blocked (the pool's workers block them
** for good), so a handler never sees it half changed.
**
** core.output_open(path[, regular]) -> file (a Lua file handle: f:write
**   works), or nil, "path: message", errno; with 'regular' true, a path
**   that is a device, FIFO or other file that is not regular is refused
**   ("path: not a regular file", errno 0) rather than written in place
** core.output_path(file) -> the temporary's path (what a writer that needs
**   a path, such as sqlite's, opens), or nil when written in place
** core.output_commit(file) -> true, or nil, "path: message", errno: the
**   temporary renamed over the path (in place: closed)
** file:close(), its __gc and __close abort: the temporary is removed.
*/
#define _GNU_SOURCE /* mkostemp */
#include <errno.h>
#include <fcntl.h>
#include <lauxlib.h>
#include <limits.h>
#include <lua.h>
#include <lualib.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "l_aux.h"

#define MAX_LINKS 40  /* as the kernel's ELOOP */
#define MAX_BASE 200  /* bytes of the file's name kept in the temporary's */

/* {======================================================================
** The registry of live temporaries
** ======================================================================= */

static char **live;   /* malloc'd paths */
static size_t nlive, livecap;

void ivl_output_cleanup(void) {
  for (size_t i = 0; i < nlive; i++) unlink(live[i]);
}

void ivl_output_die(int sig) {
  ivl_output_cleanup();
  signal(sig, SIG_DFL);
  raise(sig); /* blocked in its handler: delivered, by default, on return */
}

static void block(sigset_t *old) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &set, old);
}

static void unblock(const sigset_t *old) { pthread_sigmask(SIG_SETMASK, old, NULL); }

/* SIGTERM and SIGHUP remove the temporaries, unless someone chose what they
** do (nohup ignores SIGHUP); SIGINT is main.c's (the REPL's Ctrl-C).
** Loaded as the module ivlua/core.so, the code of the handlers must outlive
** the Lua state, whose lua_close unloads its C modules: the module is
** resident (ivl_stay_loaded), or a signal after lua_close would jump into
** unmapped code. */
static void install_handlers(void) {
  static int done;
  if (done) return;
  done = 1;
  ivl_stay_loaded();
  atexit(ivl_output_cleanup);
  static const int sigs[] = {SIGTERM, SIGHUP};
  for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) {
    struct sigaction old;
    if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_DFL) signal(sigs[i], ivl_output_die);
  }
}

/* Create a temporary from 'tmpl' (its name filled in) and list it, with
** the signals blocked between: the descriptor, or -1 with errno. */
static int create_listed(char *tmpl) {
  sigset_t old;
  install_handlers();
  block(&old);
  int fd = -1;
  if (nlive == livecap) {
    size_t cap = livecap ? 2 * livecap : 4;
    char **p = realloc(live, cap * sizeof *p);
    if (!p) {
      unblock(&old);
      errno = ENOMEM;
      return -1;
    }
    live = p, livecap = cap;
  }
  fd = mkostemp(tmpl, O_CLOEXEC);
  if (fd >= 0) live[nlive++] = tmpl;
  unblock(&old);
  return fd;
}

/* Take 'tmp' off the list (it was removed or renamed) and free it. */
static void unlist(char *tmp) {
  sigset_t old;
  block(&old);
  for (size_t i = 0; i < nlive; i++)
    if (live[i] == tmp) {
      live[i] = live[--nlive];
      break;
    }
  unblock(&old);
  free(tmp);
}

/* }====================================================================== */

/* {======================================================================
** Opening
** ======================================================================= */

typedef struct l_output {
  luaL_Stream s; /* first: the io library's methods see a file */
  char *tmp;     /* the temporary (listed), or NULL: written in place */
  char *target;  /* what the temporary becomes */
  int commit;    /* closing renames (output_commit) rather than removes */
} l_output;

static int out_close(lua_State *L);

/* 'path' with its symbolic links followed to the last (which may not exist
** yet), malloc'd; NULL with errno. */
static char *resolve(const char *path) {
  char *cur = strdup(path);
  for (int hops = 0; cur; hops++) {
    struct stat st;
    if (lstat(cur, &st) != 0 || !S_ISLNK(st.st_mode)) return cur; /* stat tells the rest */
    if (hops == MAX_LINKS) {
      free(cur);
      errno = ELOOP;
      return NULL;
    }
    char link[PATH_MAX];
    ssize_t n = readlink(cur, link, sizeof link - 1);
    if (n < 0) {
      free(cur);
      return NULL;
    }
    link[n] = '\0';
    const char *slash = strrchr(cur, '/');
    size_t dir = link[0] == '/' || !slash ? 0 : (size_t)(slash - cur) + 1;
    char *next = malloc(dir + (size_t)n + 1);
    if (next) {
      memcpy(next, cur, dir);
      memcpy(next + dir, link, (size_t)n + 1);
    } else {
      errno = ENOMEM;
    }
    free(cur);
    cur = next;
  }
  return NULL;
}

/* The temporary's name for 'target': "DIR/.NAME.ivlua-XXXXXX", malloc'd. */
static char *temp_name(const char *target) {
  const char *slash = strrchr(target, '/');
  size_t dir = slash ? (size_t)(slash - target) + 1 : 0;
  const char *base = target + dir;
  size_t nb = strlen(base);
  if (nb > MAX_BASE) nb = MAX_BASE;
  char *t = malloc(dir + nb + 32);
  if (!t) {
    errno = ENOMEM;
    return NULL;
  }
  memcpy(t, target, dir);
  snprintf(t + dir, nb + 32, ".%.*s.ivlua-XXXXXX", (int)nb, base);
  return t;
}

/* Open 'o' on the regular file (or none) 'target': a listed temporary
** beside it, with the mode and owner of 'st' (NULL: a new file). 0 or -1
** with errno. */
static int open_temp(l_output *o, char *target, const struct stat *st) {
  char *tmp = temp_name(target);
  if (!tmp) return -1;
  int fd = create_listed(tmp);
  if (fd < 0) {
    int e = errno;
    free(tmp);
    errno = e;
    return -1;
  }
  mode_t mode;
  if (st) {
    if ((st->st_uid != geteuid() || st->st_gid != getegid()) && fchown(fd, st->st_uid, st->st_gid) != 0) {
      /* not allowed: the new file is ours, with the same permission bits */
    }
    mode = st->st_mode & 07777;
  } else {
    mode_t mask = umask(0);
    umask(mask);
    mode = 0666 & ~mask;
  }
  FILE *f = fchmod(fd, mode) == 0 ? fdopen(fd, "wb") : NULL;
  if (!f) {
    int e = errno;
    close(fd);
    unlink(tmp);
    unlist(tmp);
    errno = e;
    return -1;
  }
  o->s.f = f;
  o->tmp = tmp;
  o->target = target;
  return 0;
}

/* Open 'o' for 'path': 0, or -1 with errno, or -2 when 'regular' and
** 'path' is not a regular file (nor none yet). */
static int open_output(l_output *o, const char *path, int regular) {
  char *target = resolve(path);
  if (!target) return -1;
  struct stat st;
  if (stat(target, &st) != 0) {
    int e = errno;
    if (e == ENOENT && open_temp(o, target, NULL) == 0) return 0;
    if (e != ENOENT) errno = e;
    free(target);
    return -1;
  }
  if (S_ISDIR(st.st_mode)) {
    free(target);
    errno = EISDIR;
    return -1;
  }
  if (!S_ISREG(st.st_mode) && regular) {
    free(target);
    return -2;
  }
  if (!S_ISREG(st.st_mode)) { /* a device, a FIFO: in place, as it is */
    int fd = open(target, O_WRONLY | O_NOCTTY | O_CLOEXEC);
    struct stat now;
    FILE *f = NULL;
    if (fd >= 0 && fstat(fd, &now) == 0) {
      if (S_ISREG(now.st_mode)) { /* replaced by a regular file meanwhile */
        close(fd);
        fd = -1;
        st = now;
      } else if ((f = fdopen(fd, "wb")) != NULL) {
        free(target);
        o->s.f = f;
        return 0;
      }
    }
    if (!S_ISREG(st.st_mode)) {
      int e = errno;
      if (fd >= 0) close(fd);
      free(target);
      errno = e;
      return -1;
    }
  }
  if (open_temp(o, target, &st) == 0) return 0;
  int e = errno;
  free(target);
  errno = e;
  return -1;
}

/* nil, "'path': strerror(e)", e */
static int fail(lua_State *L, const char *path, int e) {
  luaL_pushfail(L);
  lua_pushfstring(L, "%s: %s", path, strerror(e));
  lua_pushinteger(L, e);
  return 3;
}

/* core.output_open(path[, regular]) -> file | nil, message, errno */
static int output_open(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  int regular = lua_toboolean(L, 2);
  lua_settop(L, 1);
  l_output *o = lua_newuserdatauv(L, sizeof *o, 1);
  memset(o, 0, sizeof *o); /* closed (closef NULL) until opened */
  luaL_setmetatable(L, LUA_FILEHANDLE);
  lua_pushvalue(L, 1);
  lua_setiuservalue(L, -2, 1); /* the user's path, for messages */
  if (path[0] == '\0') return fail(L, path, ENOENT);
  int rc = open_output(o, path, regular);
  if (rc == -2) {
    luaL_pushfail(L);
    lua_pushfstring(L, "%s: not a regular file", path);
    lua_pushinteger(L, 0);
    return 3;
  }
  if (rc != 0) return fail(L, path, errno);
  o->s.closef = out_close; /* from here __gc removes the temporary */
  return 1;
}

/* }====================================================================== */

/* {======================================================================
** Closing
** ======================================================================= */

/* The closef of an output (file at index 1): commit or remove. */
static int out_close(lua_State *L) {
  l_output *o = lua_touserdata(L, 1);
  lua_getiuservalue(L, 1, 1);
  const char *path = lua_tostring(L, -1);
  FILE *f = o->s.f;
  int e = 0;
  if (!o->tmp) { /* in place */
    if (fclose(f) != 0) e = errno;
  } else if (o->commit) {
    if (fflush(f) != 0 || fsync(fileno(f)) != 0) e = errno;
    else if (ferror(f)) e = EIO;
    if (fclose(f) != 0 && !e) e = errno;
    if (!e && rename(o->tmp, o->target) != 0) e = errno;
    if (e) unlink(o->tmp);
    unlist(o->tmp);
  } else {
    fclose(f);
    unlink(o->tmp);
    unlist(o->tmp);
  }
  free(o->target);
  o->tmp = o->target = NULL;
  if (e) return fail(L, path ? path : "?", e);
  lua_pushboolean(L, 1);
  return 1;
}

/* The output at index 1, open. */
static l_output *check_output(lua_State *L) {
  l_output *o = luaL_checkudata(L, 1, LUA_FILEHANDLE);
  luaL_argcheck(L, o->s.closef == out_close, 1, "an open output (core.output_open) expected");
  return o;
}

/* core.output_commit(file) -> true | nil, message, errno */
static int output_commit(lua_State *L) {
  l_output *o = check_output(L);
  lua_settop(L, 1);
  o->commit = 1;
  o->s.closef = NULL; /* closed, as the io library marks it */
  return out_close(L);
}

/* core.output_path(file) -> the temporary's path, or nil (in place) */
static int output_path(lua_State *L) {
  l_output *o = check_output(L);
  if (o->tmp) lua_pushstring(L, o->tmp);
  else lua_pushnil(L);
  return 1;
}

/* }====================================================================== */

static const luaL_Reg output_funcs[] = {
  {"output_open", output_open},
  {"output_commit", output_commit},
  {"output_path", output_path},
  {NULL, NULL},
};

void ivl_open_output(lua_State *L) {
  luaL_requiref(L, LUA_IOLIBNAME, luaopen_io, 0); /* LUA_FILEHANDLE exists */
  lua_pop(L, 1);
  luaL_setfuncs(L, output_funcs, 0);
}
