/*
** schema.h
** The fields each entity and fact type may have, in the order the table
** formats show them: the spec's types and fields (a table in schema.c), then
** what gazetteers and user rules declare when they are added. A table format
** writes its header from here before the first article is read, so it never
** has to hold rows to learn its columns.
** Declared from the Lua thread only, like the symbols.
*/
#ifndef IVLUA_SCHEMA_H
#define IVLUA_SCHEMA_H

#include <stddef.h>
#include <stdint.h>

/* Declare field 'key' (a symbol id) for type 'type', after those it has;
** a type not seen before goes after the others. Returns 1 when new, 0 when
** already declared, -1 when out of memory. */
int ivl_schema_declare(int type, int key);

/* Declare the type and fields of entity 'e' of store 's' (what a user rule
** returned that it had not declared); 0, or -1 when out of memory. */
struct ivl_store;
struct ivl_entity;
int ivl_schema_declare_entity(const struct ivl_store *s, const struct ivl_entity *e);

/* Declare 'type' with no field (yet); same returns. */
int ivl_schema_declare_type(int type);

/* The declared types, in order: their count, and the ids in '*types'. */
size_t ivl_schema_types(const uint16_t **types);

/* The fields of 'type' in order: their count (0 for a type never declared),
** and the symbol ids in '*keys'. */
size_t ivl_schema_fields(int type, const uint16_t **keys);

/* How many declarations have been made: changes whenever a field or type
** is added, so a caller can tell whether the schema grew. */
size_t ivl_schema_version(void);

#endif
