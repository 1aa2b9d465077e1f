/*
** symbols.h
** Interned names for entity types and field keys. Built-in names have fixed
** ids; user rules may add more (new types such as "tonnage", new fields).
** Names are registered from one thread only (the Lua thread); extraction
** threads may read the table meanwhile (symbols.c publishes each name
** before its count).
*/
#ifndef IVLUA_SYMBOLS_H
#define IVLUA_SYMBOLS_H

enum {
  IVL_SYM_NONE = 0,
  /* entity types (spec/ENTITIES.md) */
  IVL_SYM_MONEY, IVL_SYM_PERCENT, IVL_SYM_COUNT, IVL_SYM_AREA, IVL_SYM_DATE,
  IVL_SYM_LOCATION, IVL_SYM_COUNTRY, IVL_SYM_PERSON, IVL_SYM_ORGANIZATION, IVL_SYM_SECTOR,
  IVL_SYM_INVESTMENT, IVL_SYM_AGREEMENT, IVL_SYM_PARTNERSHIP,
  /* field keys */
  IVL_SYM_VALUE, IVL_SYM_CURRENCY, IVL_SYM_QUALIFIER, IVL_SYM_UNIT, IVL_SYM_NAME,
  IVL_SYM_CODE, IVL_SYM_TITLE, IVL_SYM_ALIAS, IVL_SYM_CANONICAL,
  /* fact fields (the date of an agreement is IVL_SYM_DATE) */
  IVL_SYM_INVESTOR, IVL_SYM_TARGET, IVL_SYM_AMOUNT, IVL_SYM_AMOUNT_USD, IVL_SYM_PROJECTS,
  IVL_SYM_SHARE_PERCENT, IVL_SYM_RANK, IVL_SYM_AS_OF, IVL_SYM_PARTIES, IVL_SYM_SECTORS,
  IVL_SYM_SINCE, IVL_SYM_MENTIONS, IVL_SYM_BASIS, IVL_SYM_INVESTOR_COUNTRY, IVL_SYM_RULE,
  IVL_SYM_PART_OF,
  /* an investment's value in US$ (fx.c), added after the settle step */
  IVL_SYM_USD, IVL_SYM_USD_RATE, IVL_SYM_USD_RATE_YEAR,
  IVL_SYM_BUILTIN_COUNT
};

/* Name of symbol 'id', or NULL when there is none. */
const char *ivl_sym_name(int id);

/* Id of 'name' (len bytes), or IVL_SYM_NONE when not interned. */
int ivl_sym_find(const char *name, unsigned long len);

/* Id of 'name', interning it if new; -1 when out of memory or full. */
int ivl_sym_intern(const char *name, unsigned long len);

/* Is 'id' one of the spec's entity or fact types? */
int ivl_sym_is_builtin_type(int id);

#endif
