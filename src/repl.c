/*
** repl.c
** The interactive loop, as lua.c runs it: a line is first tried as an
** expression ("return " .. line) so that its values print; a chunk whose
** syntax error ends at "<eof>" is incomplete and more lines are read with
** the second prompt. On a terminal, libedit gives line editing and a
** history kept in ~/.ivlua_history; otherwise lines come from stdin plainly.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <editline/readline.h>
#include <lauxlib.h>
#include <lua.h>

#include "host.h"

#define MAX_PLAIN_LINE 4096
#define EOF_MARK "<eof>"

typedef struct repl {
  int tty;
  char history[4096]; /* empty: no history file */
} repl;

/* The state Tab completion runs in: libedit's callbacks take no user data. */
static lua_State *completion_L;

/* Push ivlua.repl's function 'name'; 0 (nothing pushed) without it. */
static int push_repl_function(lua_State *L, const char *name) {
  lua_getglobal(L, "package");
  if (lua_type(L, -1) != LUA_TTABLE) {
    lua_pop(L, 1);
    return 0;
  }
  lua_getfield(L, -1, "loaded");
  lua_remove(L, -2);
  if (lua_type(L, -1) != LUA_TTABLE || lua_getfield(L, -1, "ivlua.repl") != LUA_TTABLE) {
    lua_pop(L, lua_type(L, -1) == LUA_TTABLE ? 1 : 2);
    return 0;
  }
  lua_remove(L, -2);
  lua_getfield(L, -1, name);
  lua_remove(L, -2);
  if (lua_isfunction(L, -1)) return 1;
  lua_pop(L, 1);
  return 0;
}

/* {======================================================================
** Completion
** ======================================================================= */

/* Characters that end a word: not '.' or ':', so that 'corpus:fa' is one. */
static const char word_breaks[] = " \t\n\"'`@$><=;|&{(,+-*/%^~#[]";

/* libedit asks for the matches of 'text' one at a time (state 0 first);
** the list comes from ivlua.repl.complete, kept in the registry meanwhile. */
static char *next_completion(const char *text, int state) {
  lua_State *L = completion_L;
  static lua_Integer next;
  int top = lua_gettop(L);
  char *match = NULL;
  if (state == 0) {
    next = 1;
    lua_pushnil(L);
    lua_setfield(L, LUA_REGISTRYINDEX, "ivlua.completions");
    if (!push_repl_function(L, "complete")) return NULL;
    lua_pushstring(L, text);
    if (lua_pcall(L, 1, 1, 0) == LUA_OK && lua_istable(L, -1)) {
      lua_setfield(L, LUA_REGISTRYINDEX, "ivlua.completions");
    }
    lua_settop(L, top);
  }
  if (lua_getfield(L, LUA_REGISTRYINDEX, "ivlua.completions") == LUA_TTABLE &&
      lua_rawgeti(L, -1, next++) == LUA_TSTRING) {
    match = strdup(lua_tostring(L, -1));
  }
  lua_settop(L, top);
  return match;
}

static char **attempt_completion(const char *text, int start, int end) {
  (void)start;
  (void)end;
  rl_attempted_completion_over = 1; /* no file names when Lua has nothing */
  rl_completion_append_character = '\0';
  return rl_completion_matches(text, next_completion);
}

/* }====================================================================== */

/* Push the prompt and return it: tostring of _PROMPT (or _PROMPT2), which
** may be any value with a __tostring, as in lua.c; "> " (">> ") when nil. */
static const char *push_prompt(lua_State *L, int first) {
  if (lua_getglobal(L, first ? "_PROMPT" : "_PROMPT2") == LUA_TNIL) {
    lua_pop(L, 1);
    return lua_pushstring(L, first ? "> " : ">> ");
  }
  const char *p = luaL_tolstring(L, -1, NULL);
  lua_remove(L, -2);
  return p;
}

/* Read one line without its newline into a malloc'ed string; NULL at end.
** Without a terminal the line is echoed after the prompt, as readline
** does for lua5.4, so that a transcript reads like a session. */
static char *read_line(const repl *r, const char *p) {
  if (r->tty) return readline(p);
  fputs(p, stdout);
  fflush(stdout);
  char buf[MAX_PLAIN_LINE];
  if (fgets(buf, sizeof buf, stdin) == NULL) return NULL;
  buf[strcspn(buf, "\n")] = '\0';
  fputs(buf, stdout);
  fputc('\n', stdout);
  fflush(stdout);
  return strdup(buf);
}

/* Push the prompt, read a line with it, pop the prompt. */
static char *prompt_line(lua_State *L, const repl *r, int first) {
  char *line = read_line(r, push_prompt(L, first));
  lua_pop(L, 1);
  return line;
}

static void remember(const repl *r, const char *chunk) {
  if (!r->tty || chunk[0] == '\0') return;
  add_history(chunk);
  if (r->history[0]) write_history(r->history);
}

/* Is the error at the top a syntax error that only wants more input? */
static int incomplete(lua_State *L, int status) {
  if (status != LUA_ERRSYNTAX) return 0;
  size_t n;
  const char *msg = lua_tolstring(L, -1, &n);
  size_t k = sizeof(EOF_MARK) - 1;
  if (n >= k && strcmp(msg + n - k, EOF_MARK) == 0) {
    lua_pop(L, 1);
    return 1;
  }
  return 0;
}

/* Compile "return <line>"; leaves the function on success. */
static int try_expression(lua_State *L, const char *line) {
  const char *code = lua_pushfstring(L, "return %s;", line);
  int status = luaL_loadbuffer(L, code, strlen(code), "=stdin");
  lua_remove(L, -2); /* the source string */
  if (status != LUA_OK) lua_pop(L, 1);
  return status;
}

/* A line such as ":help query": ivlua.repl.command makes the answer. */
static void run_command(lua_State *L, const char *line) {
  int top = lua_gettop(L);
  if (!push_repl_function(L, "command")) {
    fprintf(stderr, "%s: no ':' commands without the ivlua.repl module\n", ivl_progname);
    return;
  }
  lua_pushstring(L, line);
  if (ivl_docall(L, 1, 1) == LUA_OK) puts(luaL_optstring(L, -1, ""));
  else ivl_report(L, LUA_ERRRUN);
  lua_settop(L, top);
  fflush(stdout);
}

/* Read and compile one chunk. Returns -1 at end of input, -2 after a ':'
** command; otherwise the load status with the function (or the error) on
** the stack. */
static int load_chunk(lua_State *L, const repl *r) {
  char *line = prompt_line(L, r, 1);
  if (line == NULL) return -1;
  if (line[0] == ':') {
    remember(r, line);
    run_command(L, line);
    free(line);
    return -2;
  }
  if (line[0] == '=') { /* "=x" is "return x", as lua 5.4 keeps from 5.2 */
    lua_pushfstring(L, "return %s", line + 1);
  } else if (try_expression(L, line) == LUA_OK) {
    remember(r, line);
    free(line);
    return LUA_OK;
  } else {
    lua_pushstring(L, line);
  }
  free(line);
  for (;;) {
    size_t n;
    const char *chunk = lua_tolstring(L, -1, &n);
    int status = luaL_loadbuffer(L, chunk, n, "=stdin");
    if (!incomplete(L, status)) {
      remember(r, lua_tostring(L, -2));
      lua_remove(L, -2);
      return status;
    }
    char *more = prompt_line(L, r, 0);
    if (more == NULL) { /* end of input inside a chunk: report it as is */
      status = luaL_loadbuffer(L, chunk, n, "=stdin");
      lua_remove(L, -2);
      return status;
    }
    lua_pushliteral(L, "\n");
    lua_pushstring(L, more);
    free(more);
    lua_concat(L, 3);
  }
}

/* Show what the chunk returned through the global 'print', as lua.c does;
** while that is still Lua's own print (kept by main.c in the registry as
** "ivlua.print"), through ivlua.repl.print instead, which shows tables as
** Lua constructors and rows as aligned tables. */
static void print_results(lua_State *L, int base) {
  int n = lua_gettop(L) - base;
  if (n <= 0) return;
  luaL_checkstack(L, LUA_MINSTACK, "too many results to print");
  lua_getglobal(L, "print");
  lua_getfield(L, LUA_REGISTRYINDEX, "ivlua.print");
  int own = lua_rawequal(L, -1, -2);
  lua_pop(L, 1);
  if (own && push_repl_function(L, "print")) lua_remove(L, -2);
  lua_insert(L, base + 1);
  if (lua_pcall(L, n, 0, 0) != LUA_OK)
    fprintf(stderr, "%s: error calling 'print' (%s)\n", ivl_progname, lua_tostring(L, -1));
}

void ivl_repl(lua_State *L) {
  repl r = {isatty(0), ""};
  const char *home = getenv("HOME");
  /* Loaded now so that completion and showing values can use it; a
  ** failure leaves the plain loop. */
  lua_getglobal(L, "require");
  lua_pushliteral(L, "ivlua.repl");
  if (lua_pcall(L, 1, 0, 0) != LUA_OK) lua_pop(L, 1);
  if (r.tty) {
    puts(":help for help, Tab completes, Ctrl-D leaves");
    rl_readline_name = "ivlua";
    completion_L = L;
    rl_attempted_completion_function = attempt_completion;
    rl_basic_word_break_characters = word_breaks;
    using_history();
    if (home && *home) {
      snprintf(r.history, sizeof r.history, "%s/.ivlua_history", home);
      read_history(r.history);
    }
  }
  int base = lua_gettop(L);
  int status;
  while ((status = load_chunk(L, &r)) != -1) {
    if (status == -2) continue; /* a ':' command, already answered */
    if (status == LUA_OK) status = ivl_docall(L, 0, LUA_MULTRET);
    if (status == LUA_OK) print_results(L, base);
    else ivl_report(L, status);
    lua_settop(L, base);
  }
  lua_settop(L, base);
  fputc('\n', stdout);
  fflush(stdout);
}
