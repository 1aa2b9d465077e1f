/*
** gate.h
** A cheap look at a place that starts with a digit, before the built-in
** rules are tried there: the number written there is read once, and what
** follows it says which rules cannot match ("5 people" is no percentage,
** "2024 was" no money). Most numbers start no mention of most rules, and
** each try that fails costs a full anchored match.
**
** The gate only ever says "cannot match" when that is certain: every test
** is a weaker form of what the rule's pattern asks (a word compared as a
** prefix and in any case, any separator run skipped), and where it is
** unsure (a range closed by a number in words, a character beyond ASCII)
** it lets the rule be tried. The words it knows come from the sources the
** patterns are made from (fragments.c, money.c's table, builtin.c), handed
** over by builtin.c when it builds the rule set.
*/
#ifndef IVLUA_GATE_H
#define IVLUA_GATE_H

#include <stddef.h>
#include <stdint.h>

/* What a built-in rule needs at a digit, one kind per shape of rule. */
typedef enum ivl_gate_kind {
  IVL_GATE_NONE = 0,    /* not gated: always tried */
  IVL_GATE_MONEY,       /* a currency word after the number ("5 million dollars") */
  IVL_GATE_PERCENT,     /* "%" or a per-cent word after it */
  IVL_GATE_AREA,        /* an area unit after it */
  IVL_GATE_COUNT,       /* white space, then a letter or digit */
  IVL_GATE_DAY_MONTH,   /* a day of one or two digits, then a month ("12 May") */
  IVL_GATE_DATE_NUMERIC, /* "12/5/2024", "12.5.2024", "2024-05-12" */
  IVL_GATE_YEAR,        /* a year of four digits, 18xx to 20xx */
  IVL_GATE_NKINDS
} ivl_gate_kind;

/* The word lists the gate compares with, each "a|b|c": a word is compared
** in any case; one written with a final '*' may be followed by anything,
** any other by no ASCII letter or digit; a form with a space ("US dollars")
** is compared up to the space. */
typedef struct ivl_gate_lists {
  const char *currency_before; /* currency forms written before an amount */
  const char *currency_after; /* currency forms written after an amount */
  const char *magnitude;      /* "million", "bn", "k" */
  const char *month;          /* month names and abbreviations */
  const char *percent;        /* "%", per-cent words */
  const char *area;           /* area units */
  /* at a word: */
  const char *percent_lead;   /* what a percentage starts with other than a number ("minus", "per cent of") */
  const char *number_head;    /* the words a number in words starts with ("two", "half") */
  const char *number_after_a; /* the words "a" and "an" are a number before ("a million") */
  const char *number_any;     /* the words a number in words goes on with ("hundred", "a") */
} ivl_gate_lists;

typedef struct ivl_gate ivl_gate;

/* A gate knowing the words of 'lists'; NULL when out of memory, or when a
** list cannot be taken (more than 256 words, a word after a number that
** starts with white space or '-', which the gate skips). */
ivl_gate *ivl_gate_new(const ivl_gate_lists *lists);
void ivl_gate_free(ivl_gate *g);

/* The kinds of rule that may match at text[pos] (a digit at a word's
** start), one bit (1 << kind) each; IVL_GATE_NONE's bit is always set. */
uint32_t ivl_gate_at_digit(const ivl_gate *g, const char *text, size_t len, size_t pos);

/* The kinds that depend only on where the number ends (what follows it:
** money, percent, area, count), kept from the last digit asked: the
** digits after a '.' or ',' inside a number ("1,500,000", "12.5") end
** where the number's first digit ended. Zeroed before the first; one per
** reader (a run over an article), not shared between threads. */
typedef struct ivl_gate_memo {
  const char *text;
  size_t len, end; /* text NULL: none kept */
  uint32_t after;
} ivl_gate_memo;

/* ivl_gate_at_digit, the kinds after the number read from 'memo' when it
** holds them for the same text and end, else kept there. */
uint32_t ivl_gate_at_digit_memo(const ivl_gate *g, ivl_gate_memo *memo, const char *text, size_t len, size_t pos);

/* The same at an ASCII letter, for the kinds whose number may be written
** in words (money, percent, area, count: "two million dollars", "a
** dozen firms"); the bits of the others are set. */
uint32_t ivl_gate_at_word(const ivl_gate *g, const char *text, size_t len, size_t pos);

#endif
