/*
** host.h
** What the command line (main.c) and the REPL (repl.c) share.
*/
#ifndef IVLUA_HOST_H
#define IVLUA_HOST_H

#include <lua.h>

#define IVL_PROGNAME "ivlua"

/* The name ivlua was run by (argv[0]), which prefixes its messages as
** lua.c's 'progname' does; IVL_PROGNAME until main() knows it. */
extern const char *ivl_progname;

/* Call the function under 'narg' arguments with a traceback handler;
** returns the Lua status. */
int ivl_docall(lua_State *L, int narg, int nres);
/* Print the error at the top (if any) to stderr, pop it; returns 'status'. */
int ivl_report(lua_State *L, int status);
/* The interactive loop; returns when input ends. */
void ivl_repl(lua_State *L);

#endif
