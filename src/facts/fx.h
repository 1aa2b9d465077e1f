/*
** fx.h
** US dollars for every amount: the yearly average exchange rates of
** data/fx/usd_rates.tsv (compiled into the binary) and the 'usd' field of
** investment facts.
*/
#ifndef IVLUA_FX_H
#define IVLUA_FX_H

#include <stddef.h>
#include "ivlua.h"

/* The rate of currency 'cur' (an ISO code, 'len' bytes) in 'year', in units
** per US dollar: 0 and *rate set, or -1 when the table has no such row. */
int ivl_fx_rate(const char *cur, size_t len, int year, double *rate);

/* The number of rows of the built-in table, or -1 when it does not parse;
** then 'err' (when not NULL) holds "usd_rates.tsv: line N: message". */
long ivl_fx_rows(const char **err);

/* Give each investment fact of 'a' with an amount its value in US dollars:
**   usd            amount_usd when the text states one (or the amount is in
**                  US$), else amount / the rate of the fact's year (its
**                  as_of year, else the article's), rounded to the dollar;
**   usd_rate       the rate used (units per US$), only on converted facts,
**   usd_rate_year  and the year of that rate.
** A fact with no amount, or whose currency or year has no rate, gets none.
** Call once the facts are settled. Returns 0, or -1 when out of memory (the
** facts are then left as they were). */
int ivl_fx_annotate(ivl_article *a);

#endif
