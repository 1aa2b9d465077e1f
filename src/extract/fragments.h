/*
** fragments.h
** Named pieces of patterns. A rule's pattern may write "{number}",
** "{magnitude}", "{month}", "{year}" ... and gets the shared definition, so
** that every rule, built-in or written by a user, reads numbers and dates
** the same way. Fragments never capture: they leave a pattern's group
** numbers as its author wrote them.
*/
#ifndef IVLUA_FRAGMENTS_H
#define IVLUA_FRAGMENTS_H

#include <stddef.h>
#include "ivlua.h"
#include "util.h"

/* Expand the fragments in pattern[0..len) into 'out' (NUL-terminated).
** "{name}" with an unknown name, a "{" escaped by "\" or inside a
** character class, and quantifiers such as "{2,3}" are copied unchanged. */
ivl_status ivl_pattern_expand(const char *pattern, size_t len, ivl_buf *out, ivl_error *err);

/* The same, each fragment built from a table ("{number}", "{magnitude}")
** that is named more than once written once, as a group defined at the
** pattern's end ("(?(DEFINE)(?<ivl_fragment_number>...))") and called
** where it is named ("(?&ivl_fragment_number)"). It matches as the
** expansion does (a fragment captures nothing, and a called group may be
** backtracked into as a written one), in a pattern a fraction of the size,
** whose JIT compile is that much cheaper. The group it adds comes after
** the pattern's own, whose numbers stay; PCRE2 finds no first bytes of a
** pattern with calls: they come from the expansion (regex.h: jit_pattern). */
ivl_status ivl_pattern_expand_shared(const char *pattern, size_t len, ivl_buf *out, ivl_error *err);

/* The names of the fragments, NULL-terminated (for docs and completion). */
const char *const *ivl_fragment_names(void);

/* The words of the fragments {magnitude} ("million|bn|k") and {month}
** ("January|Jan"), as an alternation of plain words (for the gate,
** src/scan/gate.h). */
const char *ivl_fragment_magnitude_words(void);
const char *ivl_fragment_month_words(void);
/* The words of {number} in words: 0 those it starts with ("two", "half"),
** 1 those "a" or "an" is a number before ("million"), 2 those it goes on
** with ("hundred", "a"). */
const char *ivl_fragment_number_words(int which);

/* Currency forms as an alternation, longest first (money.c). 'after': the
** forms written after an amount, else those written before. */
int ivl_money_currency_alternation(ivl_buf *b, int after);
/* The same forms as words, "US$|USD|dollars" (for the gate, src/scan/gate.h). */
int ivl_money_currency_words(ivl_buf *b, int after);
/* Words for hundredths of a currency ("cents", "pence"), as an alternation. */
int ivl_money_subunit_alternation(ivl_buf *b);

#endif
