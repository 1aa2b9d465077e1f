/*
** layout.h
** The parts of a news article around its text: headline, date line, photo
** captions, the dateline place ("QUẢNG NINH —"), the agency sign-off
** ("— VNS"), the paragraphs, and trailing junk lines ("E-paper").
** All spans are offsets into the NFC view.
*/
#ifndef IVLUA_LAYOUT_H
#define IVLUA_LAYOUT_H

#include <stddef.h>
#include <stdint.h>
#include "calendar.h"
#include "ivlua.h"

typedef struct ivl_span {
  uint32_t start, end;
} ivl_span;

typedef struct ivl_spans {
  ivl_span *items;
  size_t n, cap;
} ivl_spans;

typedef struct ivl_layout {
  ivl_span title, date_line, dateline, source;
  int has_title, has_date, has_dateline, has_source;
  ivl_date date;
  ivl_spans captions;   /* whole caption lines, credit included */
  ivl_spans paragraphs; /* body paragraphs, dateline and sign-off included */
  /* per paragraph, ivl_layout_before_credit of it whole: the layout asks it
  ** of every line and the sentences are cut without it, asked once */
  uint32_t *credits;
  size_t credits_cap;
} ivl_layout;

ivl_status ivl_layout_parse(ivl_layout *l, const char *text, size_t len, ivl_error *err);
void ivl_layout_free(ivl_layout *l);

int ivl_spans_push(ivl_spans *s, size_t start, size_t end);
void ivl_spans_free(ivl_spans *s);

/* Where the text of a paragraph or caption starts and ends once its
** dateline ("HÀ NỘI — ") and its credit ("— VNS", "— VNA/VNS Photo") are
** set aside. */
size_t ivl_layout_after_dateline(const char *text, size_t start, size_t end);
size_t ivl_layout_before_credit(const char *text, size_t start, size_t end);
/* Is t[vs, ve) a row of a table flattened into text ("Singapore: $6.58
** billion (182 projects)", "Đồng Nai | $980 million | 41")? */
int ivl_layout_table_row(const char *t, size_t vs, size_t ve);

/* A wire's dateline: "MANILA/HANOI, March 4 (Reuters) - ", "HANOI, May 9 -
** ", "HCM CITY — ", "Hà Nội (VNA) – ": places at the start of a line, maybe
** a day after a comma, maybe an agency in brackets, then a dash. The offset
** of the dash when the line holding 'pos' opens with one before it, else 0
** (the layout takes only "PLACE —" for the article's dateline). Looks at
** most 96 bytes back. */
size_t ivl_layout_wire_dateline(const char *text, size_t len, size_t pos);

/* "Hanoi Times – August 26, 2026 – The ...": at 'at' a spaced dash, a day
** with its year (into '*day') and a spaced dash again. Where that second
** dash starts, else 0. */
size_t ivl_layout_outlet_day(const char *text, size_t len, size_t at, ivl_date *day);

/* "July 16, 2026 (The Investor) – Osaka-based ...": at 'at' a day with its
** year (into '*day'), the outlet in brackets and a spaced dash: an
** outlet's dateline with no place. Where the dash starts, else 0. */
size_t ivl_layout_day_outlet(const char *text, size_t len, size_t at, ivl_date *day);

/* "(Seafood.vasep.com.vn) December 3, 2026 – Việt Nam's ...": at 'at' the
** outlet in brackets, then a day with its year (into '*day') and a spaced
** dash: a trade association's news page, the outlet before the day. Where
** the dash starts, else 0. */
size_t ivl_layout_bracket_outlet_day(const char *text, size_t len, size_t at, ivl_date *day);

#endif
