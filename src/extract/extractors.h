/*
** extractors.h
** What the scan (src/scan) finds, and how: the built-in normalisers that
** turn a rule's match into typed mentions (money.c, quantity.c, dates.c;
** builtin.c lists the rules that use them), the names found by the
** gazetteer and by shape (names.h), and the step that drops the mentions
** another one rules out.
*/
#ifndef IVLUA_EXTRACTORS_H
#define IVLUA_EXTRACTORS_H

#include "rules.h"
#include "store.h"

/* The built-in normalisers (builtin.c lists the rules that use them). */
int ivl_normalize_money(ivl_extract *x);
/* The hedge ("about", "more than", in any case) written right before view
** offset 'pos' (spaces between), not glued to a letter or digit before
** it, as the money normaliser stores it; NULL when none. The first of
** those that end there in the order of ivl_money_qualifier (longer phrases
** first: "just over", not "over"). */
const char *ivl_money_qualifier_before(const char *text, size_t pos, size_t *qlen);
/* The hedges it knows, in its order (lower case); NULL past the last. */
const char *ivl_money_qualifier(size_t i);
int ivl_normalize_percent(ivl_extract *x);
int ivl_normalize_area(ivl_extract *x);
int ivl_normalize_count(ivl_extract *x);
/* The count rule's may_store (rules.h): 0 only where ivl_normalize_count
** would store nothing for any match "count" could make at text[pos]. */
int ivl_count_may_store(const char *text, size_t len, size_t pos);
int ivl_normalize_date_full(ivl_extract *x);
int ivl_normalize_date_numeric(ivl_extract *x);
int ivl_normalize_date_day_month_numeric(ivl_extract *x);
int ivl_normalize_date_month_year(ivl_extract *x);
int ivl_normalize_date_day_month(ivl_extract *x);
int ivl_normalize_date_month(ivl_extract *x);
int ivl_normalize_date_year(ivl_extract *x);
int ivl_normalize_date_weekday(ivl_extract *x);
/* may_store (rules.h) of date.month_year, date.day_month and date.month
** at a month's name: 0 only where the pattern cannot match, as what
** follows the name says (a year, a day, or no number). */
int ivl_date_month_year_may(const char *text, size_t len, size_t pos);
int ivl_date_day_month_may(const char *text, size_t len, size_t pos);
int ivl_date_month_may(const char *text, size_t len, size_t pos);
/* ...and of date.full and date.numeric at a weekday (or a month): what
** follows it, a day or a month, a date of digits. */
int ivl_date_full_may(const char *text, size_t len, size_t pos);
int ivl_date_numeric_may(const char *text, size_t len, size_t pos);

/* Drop the mentions that another one rules out (overlap.c). */
void ivl_settle_overlaps(ivl_store *s);

#endif
