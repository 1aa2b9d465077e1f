/*
** version.c
** The library's own version (ivl_version), for a program to check that the
** libivlua.so it runs with is the one whose ivlua.h it was built with.
** The API itself is implemented in core/, scan/, extract/, facts/ and
** pipeline/, linked whole into libivlua.so.
*/
#include "ivlua.h"

#ifdef IVLUA_VERSION_STRING
_Static_assert(sizeof IVLUA_VERSION == sizeof IVLUA_VERSION_STRING,
               "include/ivlua.h's IVLUA_VERSION is the project's version (CMakeLists.txt)");
#endif

const char *ivl_version(void) { return IVLUA_VERSION; }
