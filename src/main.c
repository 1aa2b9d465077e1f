/*
** main.c
** The ivlua command: a Lua 5.4 host that behaves like the standalone 'lua'
** interpreter (-e, -l, -i, -v, -E, -W, --, -, the 'arg' table, LUA_INIT,
** LUA_PATH, error messages under the name it was run by, exit statuses,
** Ctrl-C), with the ivlua module loaded as the global 'ivlua', and commands
** ("ivlua extract ...") that are bundled Lua scripts. Lua's own test of its
** interpreter (testes/main.lua) passes with it: the ctest compat.lua_main.
**
** As in lua.c, main() only creates the state and runs 'pmain' protected, so
** that every error, even in option handling, is reported the same way.
*/
#include <limits.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "host.h"
#include "l_aux.h"
#include "walk.h"

#ifndef IVLUA_LUADIR
#define IVLUA_LUADIR "/usr/local/share/ivlua/lua"
#endif

/* Bits of collectargs' answer */
#define HAS_ERROR 1
#define HAS_I 2
#define HAS_V 4
#define HAS_E 8
#define HAS_BIG_E 16
#define HAS_VERSION 32 /* --version */

static lua_State *global_L;

/* The name ivlua was run by (argv[0]), as lua.c's 'progname': the prefix of
** its error messages. */
const char *ivl_progname = IVL_PROGNAME;

/* {======================================================================
** Errors and calls
** ======================================================================= */

static void message(const char *msg) {
  fprintf(stderr, "%s: %s\n", ivl_progname, msg);
  fflush(stderr);
}

int ivl_report(lua_State *L, int status) {
  if (status == LUA_ERRMEM && ivl_heap_limit(L)) { /* say it was the cap, not the machine */
    char msg[160];
    snprintf(msg, sizeof msg, "not enough memory: the Lua heap is capped at %.0f MB (--max-memory, ivlua.limits)",
             (double)ivl_heap_limit(L) / (1 << 20));
    message(msg);
    lua_pop(L, 1);
  } else if (status != LUA_OK) {
    message(lua_tostring(L, -1));
    lua_pop(L, 1);
  }
  return status;
}

/* Message handler: a string with a traceback, whatever the error object. */
static int msghandler(lua_State *L) {
  const char *msg = lua_tostring(L, 1);
  if (msg == NULL) {
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) return 1;
    msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  }
  luaL_traceback(L, L, msg, 1);
  return 1;
}

/* Ctrl-C, as in lua.c: a signal handler may not touch the state, so the
** first only sets a hook that raises "interrupted!" at the next instruction
** (a script may catch it with pcall; the REPL goes on), and the next one,
** before that was delivered (inside a long C call), kills ivlua, its
** temporary output files removed first (l_output.c). A bundled command
** ("ivlua extract") is not a script: it dies of the first at once, even
** inside a long extraction. */
static volatile sig_atomic_t in_command;

static void stop_hook(lua_State *L, lua_Debug *ar) {
  (void)ar;
  lua_sethook(L, NULL, 0, 0);
  ivl_mark_interrupted(L, 1); /* so that a rule's normaliser does not take it for its own */
  luaL_error(L, "interrupted!");
}

static void on_sigint(int sig) {
  if (in_command) {
    ivl_output_die(sig);
    return;
  }
  signal(sig, ivl_output_die); /* a second Ctrl-C kills */
  lua_sethook(global_L, stop_hook, LUA_MASKCALL | LUA_MASKRET | LUA_MASKCOUNT, 1);
}

int ivl_docall(lua_State *L, int narg, int nres) {
  int base = lua_gettop(L) - narg;
  lua_pushcfunction(L, msghandler);
  lua_insert(L, base);
  global_L = L;
  signal(SIGINT, on_sigint);
  int status = lua_pcall(L, narg, nres, base);
  signal(SIGINT, SIG_DFL);
  ivl_mark_interrupted(L, 0); /* delivered, if there was one */
  lua_remove(L, base);
  return status;
}

static int dochunk(lua_State *L, int status) {
  if (status == LUA_OK) status = ivl_docall(L, 0, 0);
  return ivl_report(L, status);
}

static int dostring(lua_State *L, const char *s, const char *name) {
  return dochunk(L, luaL_loadbuffer(L, s, strlen(s), name));
}

/* }====================================================================== */

static void print_usage(const char *badoption) {
  if (badoption[1] == 'e' || badoption[1] == 'l')
    fprintf(stderr, "%s: '%s' needs argument\n", ivl_progname, badoption);
  else
    fprintf(stderr, "%s: unrecognized option '%s'\n", ivl_progname, badoption);
  fprintf(stderr,
          "usage: %s [options] [script [args]]\n"
          "Available options are:\n"
          "  -e stat   execute string 'stat'\n"
          "  -i        enter interactive mode after executing 'script'\n"
          "  -l mod    require library 'mod' into global 'mod'\n"
          "  -l g=mod  require library 'mod' into global 'g'\n"
          "  -v        show version information\n"
          "  --version show ivlua's version and where it finds its modules\n"
          "  -E        ignore environment variables\n"
          "  -W        turn warnings on\n"
          "  --max-memory SIZE  cap the Lua heap (\"512M\", \"2G\"): ivlua.limits\n"
          "  --        stop handling options\n"
          "  -         stop handling options and execute stdin\n"
          "Commands (see '%s COMMAND --help'):\n"
          "  extract [-f FORMAT] [-o FILE] PATH...   entities and facts\n"
          "  query EXPR PATH...                      a one-line query (--partial: a shard's)\n"
          "  merge PARTIAL...                        the query's result from its shards' partials\n"
          "  report PATH... -o report.html           an HTML report\n"
          "  explain PATH[:N]                        why each fact was linked\n"
          "  -i corpus/                              explore a corpus in the REPL\n",
          ivl_progname, ivl_progname);
}

/* -v: one line, as lua's (which ends "PUC-Rio"), with ivlua's version in
** front. */
static void print_version(void) {
  printf("ivlua %s, %s\n", IVLUA_VERSION, LUA_COPYRIGHT);
  fflush(stdout);
}

/* --version: -v's line, then the paths modules are looked for on. */
static void print_long_version(lua_State *L) {
  print_version();
  lua_getglobal(L, "package");
  lua_getfield(L, -1, "ivluapath");
  lua_getfield(L, -2, "path");
  lua_getfield(L, -3, "cpath");
  printf("package.ivluapath (ivlua's modules, IVLUA_PATH): %s\n"
         "package.path (LUA_PATH): %s\npackage.cpath (LUA_CPATH): %s\n",
         lua_tostring(L, -3), lua_tostring(L, -2), lua_tostring(L, -1));
  lua_pop(L, 4);
  fflush(stdout);
}

/* {======================================================================
** Arguments
** ======================================================================= */

/* One pass over the options; returns the HAS_ bits and sets '*first' to the
** script's index (argc if none), or to the bad option's index. */
static int collectargs(char **argv, int *first) {
  int args = 0, i = 1;
  if (argv[0] && argv[0][0]) {
    for (i = 1; argv[i] != NULL; i++) {
      *first = i;
      if (argv[i][0] != '-') return args; /* the script */
      switch (argv[i][1]) {
      case '-':
        if (strcmp(argv[i], "--max-memory") == 0) { /* ivlua's own: SIZE follows */
          if (argv[++i] == NULL) return HAS_ERROR;
          break;
        }
        if (strncmp(argv[i], "--max-memory=", 13) == 0) break;
        if (strcmp(argv[i], "--version") == 0) {
          args |= HAS_VERSION;
          break;
        }
        if (argv[i][2] != '\0') return HAS_ERROR;
        *first = i + 1;
        return args;
      case '\0': return args; /* '-' is stdin, as a script */
      case 'E':
        if (argv[i][2] != '\0') return HAS_ERROR;
        args |= HAS_BIG_E;
        break;
      case 'W':
        if (argv[i][2] != '\0') return HAS_ERROR;
        break;
      case 'i':
        args |= HAS_I; /* -i implies -v */
        /* FALLTHROUGH */
      case 'v':
        if (argv[i][2] != '\0') return HAS_ERROR;
        args |= HAS_V;
        break;
      case 'e':
        args |= HAS_E;
        /* FALLTHROUGH */
      case 'l':
        if (argv[i][2] == '\0') {
          i++;
          if (argv[i] == NULL || argv[i][0] == '-') return HAS_ERROR;
        }
        break;
      default: return HAS_ERROR;
      }
    }
  }
  *first = i;
  return args;
}

/* The 'arg' table: the script at 0, options before it negative, the
** script's arguments from 1. */
static void createargtable(lua_State *L, char **argv, int argc, int script) {
  if (script == argc) script = 0; /* no script: everything is an option */
  lua_createtable(L, argc - script - 1 > 0 ? argc - script - 1 : 0, script + 1);
  for (int i = 0; i < argc; i++) {
    lua_pushstring(L, argv[i]);
    lua_rawseti(L, -2, i - script);
  }
  lua_setglobal(L, "arg");
}

/* require 'mod' into global 'g' ("-l g=mod", or "-l mod") */
static int dolibrary(lua_State *L, char *globname) {
  char *modname = strchr(globname, '=');
  if (modname == NULL) {
    modname = globname;
  } else {
    *modname = '\0';
    modname++;
  }
  lua_getglobal(L, "require");
  lua_pushstring(L, modname);
  int status = ivl_docall(L, 1, 1);
  if (status == LUA_OK) lua_setglobal(L, globname);
  return ivl_report(L, status);
}

/* --max-memory SIZE: ivlua.limits{memory = SIZE}, before anything runs. */
static int cap_memory(lua_State *L, const char *size) {
  lua_getglobal(L, "ivlua");
  lua_getfield(L, -1, "limits");
  lua_remove(L, -2);
  lua_createtable(L, 0, 1);
  lua_pushstring(L, size);
  lua_setfield(L, -2, "memory");
  return ivl_report(L, lua_pcall(L, 1, 0, 0)) == LUA_OK; /* a bad SIZE: its message, no traceback */
}

/* -e, -l and -W, in order; stops at the first failure. */
static int runargs(lua_State *L, char **argv, int n) {
  for (int i = 1; i < n; i++) {
    int option = argv[i][1];
    switch (option) {
    case '-': /* --max-memory SIZE or --max-memory=SIZE, in its place among the options */
      if (strncmp(argv[i], "--max-memory", 12) != 0) break;
      if (!cap_memory(L, argv[i][12] == '=' ? argv[i] + 13 : argv[++i])) return 0;
      break;
    case 'e':
    case 'l': {
      char *extra = argv[i] + 2;
      if (*extra == '\0') extra = argv[++i];
      int status = option == 'e' ? dostring(L, extra, "=(command line)") : dolibrary(L, extra);
      if (status != LUA_OK) return 0;
      break;
    }
    case 'W': lua_warning(L, "@on", 0); break;
    }
  }
  return 1;
}

static int handle_luainit(lua_State *L) {
  const char *name = "=LUA_INIT_5_4";
  const char *init = getenv(name + 1);
  if (init == NULL) {
    name = "=LUA_INIT";
    init = getenv(name + 1);
  }
  if (init == NULL) return LUA_OK;
  if (init[0] == '@') return dochunk(L, luaL_loadfile(L, init + 1));
  return dostring(L, init, name);
}

/* }====================================================================== */

/* {======================================================================
** Scripts and commands
** ======================================================================= */

/* The bundled script for command 'name' ("extract"), pushed as a path; nil
** when 'name' is not a command. A name with a '/' is always a file. */
static int find_command(lua_State *L, const char *name) {
  if (strchr(name, '/') || strchr(name, '.') || strcmp(name, "-") == 0) return 0;
  lua_getglobal(L, "package");
  lua_getfield(L, -1, "searchpath");
  lua_pushfstring(L, "ivlua.commands.%s", name);
  lua_getfield(L, -3, "ivluapath");
  lua_call(L, 2, 1);
  lua_remove(L, -2);
  if (lua_isstring(L, -1)) return 1;
  lua_pop(L, 1);
  return 0;
}

static int pushargs(lua_State *L) {
  if (lua_getglobal(L, "arg") != LUA_TTABLE) luaL_error(L, "'arg' is not a table");
  int n = (int)luaL_len(L, -1);
  luaL_checkstack(L, n + 3, "too many arguments to script");
  for (int i = 1; i <= n; i++) lua_rawgeti(L, -i, i);
  lua_remove(L, -n - 1);
  return n;
}

static int handle_script(lua_State *L, char **argv) {
  const char *fname = argv[0];
  int status;
  if (strcmp(fname, "-") == 0 && strcmp(argv[-1], "--") != 0) fname = NULL; /* stdin */
  if (fname && find_command(L, fname)) {
    in_command = 1; /* Ctrl-C kills at once */
    status = luaL_loadfile(L, lua_tostring(L, -1));
    lua_remove(L, -2); /* the path under the chunk (or the error) */
  } else {
    status = luaL_loadfile(L, fname);
  }
  if (status == LUA_OK) {
    int n = pushargs(L);
    status = ivl_docall(L, n, LUA_MULTRET);
  }
  return ivl_report(L, status);
}

static int stdin_is_tty(void) { return isatty(0); }

/* Is the script argument a corpus to explore rather than a script: a
** directory, or articles (*.txt, *.jsonl, *.ndjson, maybe .gz)? */
static int is_corpus_path(const char *name) {
  struct stat st;
  if (stat(name, &st) == 0 && S_ISDIR(st.st_mode)) return 1;
  return ivl_input_kind_of(name) != IVL_INPUT_UNKNOWN;
}

/* 'ivlua -i corpus/ [more paths]': load them as the global 'corpus', with
** 'facts', 'entities' and 'articles' queries over it (ivlua.repl). */
static int open_corpus(lua_State *L, char **paths) {
  lua_getglobal(L, "require");
  lua_pushliteral(L, "ivlua.repl");
  int status = ivl_docall(L, 1, 1);
  if (status != LUA_OK) return ivl_report(L, status);
  lua_getfield(L, -1, "open_corpus");
  lua_remove(L, -2);
  lua_newtable(L);
  for (int i = 0; paths[i]; i++) {
    lua_pushstring(L, paths[i]);
    lua_rawseti(L, -2, i + 1);
  }
  status = ivl_docall(L, 1, 1);
  if (status == LUA_OK) lua_setglobal(L, "corpus");
  return ivl_report(L, status);
}

/* }====================================================================== */

/* {======================================================================
** Finding bundled Lua modules
** ======================================================================= */

/* "<dir>/?.lua;<dir>/?/init.lua;" appended to 'b' */
static void add_dir(luaL_Buffer *b, const char *dir) {
  luaL_addstring(b, dir);
  luaL_addstring(b, "/?.lua;");
  luaL_addstring(b, dir);
  luaL_addstring(b, "/?/init.lua;");
}

/* Our default directories: next to the binary (<bindir>/../share/ivlua/lua,
** which also serves the build tree) and the configured install dir. */
static void push_default_path(lua_State *L) {
  luaL_Buffer b;
  char exe[PATH_MAX];
  luaL_buffinit(L, &b);
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = '\0';
      lua_pushfstring(L, "%s/../share/ivlua/lua", exe);
      add_dir(&b, lua_tostring(L, -1));
      lua_pop(L, 1);
    }
  }
  add_dir(&b, IVLUA_LUADIR);
  luaL_buffsub(&b, 1); /* the last ';' */
  luaL_pushresult(&b);
}

/* The searcher of ivlua's modules, put in package.searchers after the
** preload one: the module 'name' as a file on package.ivluapath (as Lua's
** own searcher does on package.path). */
static int ivlua_searcher(lua_State *L) {
  const char *name = luaL_checkstring(L, 1);
  lua_getfield(L, lua_upvalueindex(1), "ivluapath");
  if (!lua_isstring(L, -1)) {
    lua_pushliteral(L, "no field package.ivluapath");
    return 1;
  }
  lua_getfield(L, lua_upvalueindex(1), "searchpath");
  lua_pushvalue(L, 1);
  lua_pushvalue(L, -3);
  lua_call(L, 2, 2);
  if (lua_isnil(L, -2)) return 1; /* the message: the files it tried */
  lua_pop(L, 1);
  const char *filename = lua_tostring(L, -1);
  if (luaL_loadfile(L, filename) != LUA_OK)
    return luaL_error(L, "error loading module '%s' from file '%s':\n\t%s", name, filename, lua_tostring(L, -1));
  lua_insert(L, -2); /* the loader, then its file name */
  return 2;
}

/* Where ivlua finds its own modules, apart from Lua's module path:
** package.path and package.cpath stay exactly what lua sets (LUA_PATH_5_4,
** LUA_PATH, ";;" for Lua's default), so that ivlua is a drop-in lua. The
** bundled modules and IVLUA_PATH (";;" standing for the bundled dirs,
** which come after it without one; -E ignores it) make package.ivluapath, searched by a searcher of its own
** just after package.preload: before package.path, so that a binary always
** gets the scripts that go with its C code, not an older copy installed
** where lua5.4 looks (/usr/local/share/lua/5.4/ivlua). */
static void setup_path(lua_State *L, int ignore_env) {
  const char *user = ignore_env ? NULL : getenv("IVLUA_PATH");
  lua_getglobal(L, "package");
  push_default_path(L);
  const char *dd = user ? strstr(user, ";;") : NULL;
  if (dd) { /* as Lua's setpath: the first ";;" is the default, no ';' left over */
    luaL_Buffer b;
    const char *def = lua_tostring(L, -1);
    luaL_buffinit(L, &b);
    if (dd > user) {
      luaL_addlstring(&b, user, (size_t)(dd - user));
      luaL_addchar(&b, ';');
    }
    luaL_addstring(&b, def);
    if (dd[2] != '\0') {
      luaL_addchar(&b, ';');
      luaL_addstring(&b, dd + 2);
    }
    luaL_pushresult(&b);
    lua_remove(L, -2);
  } else if (user) { /* without ";;" it goes in front of the default */
    lua_pushfstring(L, "%s;%s", user, lua_tostring(L, -1));
    lua_remove(L, -2);
  }
  lua_setfield(L, -2, "ivluapath");
  lua_getfield(L, -1, "searchers");
  lua_pushvalue(L, -2);
  lua_pushcclosure(L, ivlua_searcher, 1);
  for (lua_Integer i = luaL_len(L, -2); i >= 2; i--) { /* move them up one */
    lua_rawgeti(L, -2, i);
    lua_rawseti(L, -3, i + 1);
  }
  lua_rawseti(L, -2, 2);
  lua_pop(L, 2);
}

/* package.preload["ivlua.core"], then the global 'ivlua' = require "ivlua" */
static int open_ivlua(lua_State *L) {
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
  lua_pushcfunction(L, luaopen_ivlua_core);
  lua_setfield(L, -2, "ivlua.core");
  lua_pop(L, 1);
  lua_getglobal(L, "require");
  lua_pushliteral(L, "ivlua");
  int status = ivl_docall(L, 1, 1);
  if (status != LUA_OK) return ivl_report(L, status);
  lua_setglobal(L, "ivlua");
  return LUA_OK;
}

/* }====================================================================== */

static int pmain(lua_State *L) {
  int argc = (int)lua_tointeger(L, 1);
  char **argv = (char **)lua_touserdata(L, 2);
  int script = argc;
  int args = collectargs(argv, &script);
  luaL_checkversion(L);
  if (argv[0] && argv[0][0]) ivl_progname = argv[0];
  if (args == HAS_ERROR) {
    print_usage(argv[script]);
    return 0;
  }
  if (args & HAS_BIG_E) {
    lua_pushboolean(L, 1); /* the package library ignores LUA_PATH then */
    lua_setfield(L, LUA_REGISTRYINDEX, "LUA_NOENV");
  }
  luaL_openlibs(L);
  lua_getglobal(L, "print"); /* the REPL shows values its own way while 'print' is this */
  lua_setfield(L, LUA_REGISTRYINDEX, "ivlua.print");
  setup_path(L, args & HAS_BIG_E);
  createargtable(L, argv, argc, script);
  lua_gc(L, LUA_GCRESTART);
  lua_gc(L, LUA_GCGEN, 0, 0);
  if (open_ivlua(L) != LUA_OK) return 0;
  if (args & HAS_VERSION) print_long_version(L);
  else if (args & HAS_V) print_version();
  if (!(args & HAS_BIG_E) && handle_luainit(L) != LUA_OK) return 0;
  if (!runargs(L, argv, script)) return 0;
  if (script < argc && is_corpus_path(argv[script])) {
    if (open_corpus(L, argv + script) != LUA_OK) return 0;
    args |= HAS_I; /* a corpus is for exploring */
  } else if (script < argc && handle_script(L, argv + script) != LUA_OK) {
    return 0;
  }
  if (args & HAS_I) {
    ivl_repl(L);
  } else if (script == argc && !(args & (HAS_E | HAS_V | HAS_VERSION))) {
    if (stdin_is_tty()) {
      print_version();
      ivl_repl(L);
    } else if (dochunk(L, luaL_loadfile(L, NULL)) != LUA_OK) {
      return 0;
    }
  }
  lua_pushboolean(L, 1);
  return 1;
}

/* Articles come and go by the thousand, each a few similar allocations
** made on a worker thread and freed on the Lua thread. glibc's defaults
** give memory back to the kernel as soon as an arena's top is free and map
** buffers over 128 KB on their own, so each article faulted its pages in
** again; keeping up to 64 MB for the next ones cut the system time of
** 'extract --jobs 2' by about a third (bench/run). The host only: an
** application embedding the library keeps its own settings. */
static void tune_malloc(void) {
#ifdef __GLIBC__
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
#endif
}

/* Standard output, when it is a file or a pipe, is written in 64 KB
** blocks rather than stdio's default (the device's block, 4 KB): 'extract'
** over 50 MB (270 MB of JSON Lines) wrote 23,600 times, now 4,100. A terminal keeps its line
** buffering, so the REPL and a script's prints show at once. */
static void buffer_stdout(void) {
  static char block[64 << 10];
  if (!isatty(STDOUT_FILENO)) setvbuf(stdout, block, _IOFBF, sizeof block);
}

int main(int argc, char **argv) {
  tune_malloc();
  buffer_stdout();
  lua_State *L = luaL_newstate();
  if (L == NULL) {
    message("cannot create state: not enough memory");
    return EXIT_FAILURE;
  }
  lua_gc(L, LUA_GCSTOP);
  lua_pushcfunction(L, pmain);
  lua_pushinteger(L, argc);
  lua_pushlightuserdata(L, argv);
  int status = lua_pcall(L, 2, 1, 0);
  int result = lua_toboolean(L, -1);
  ivl_report(L, status);
  lua_close(L);
  return (result && status == LUA_OK) ? EXIT_SUCCESS : EXIT_FAILURE;
}
