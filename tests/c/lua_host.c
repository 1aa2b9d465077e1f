/*
** lua_host.c
** A program that embeds Lua and uses ivlua as a module, the way a foreign
** host does (tests/lua/install.lua builds it against lua5.4): it runs the
** chunk argv[1] in a new state, closes the state (which unloads the C
** modules it loaded) and goes on living: here, to receive SIGTERM. ivlua's
** handler for it must still be there (the module stays resident once it
** installed one): the process dies of SIGTERM, not of a jump into code
** that was unloaded.
*/
#include <signal.h>
#include <stdio.h>

#include <lauxlib.h>
#include <lualib.h>

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: lua_host CHUNK\n");
    return 2;
  }
  lua_State *L = luaL_newstate();
  luaL_openlibs(L);
  if (luaL_dostring(L, argv[1]) != LUA_OK) {
    fprintf(stderr, "lua_host: %s\n", lua_tostring(L, -1));
    return 1;
  }
  lua_close(L);
  puts("closed");
  fflush(stdout);
  raise(SIGTERM);
  return 0;
}
