/*
** dates.c
** Normalisers for dates (the patterns are in builtin.c). A date is written
** as precisely as the text gives it ("2023-11-17", "2023-11", "2024").
** What the text leaves out comes from the article's date: the year of
** "April 2", the day of "on Friday". A date after the article's own is
** taken from the year before, and a weekday is the last one on or before
** the article's date, unless the sentence speaks of the future. Without an
** article date the year is written "XXXX".
*/
#include <stdio.h>
#include <string.h>

#include "article.h"
#include "calendar.h"
#include "rules.h"
#include "symbols.h"
#include "util.h"

/* {======================================================================
** Context: the sentence around a mention and its tense
** ======================================================================= */

/* The sentence holding view offset 'pos'; the line when it is in none
** (the headline of an article without layout, say). */
static void sentence_around(const ivl_extract *x, size_t pos, size_t *s, size_t *e) {
  const ivl_spans *ss = &x->article->sentences;
  size_t lo = 0, hi = ss->n;
  while (lo < hi) { /* first sentence ending after pos */
    size_t mid = (lo + hi) / 2;
    if (ss->items[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  if (lo < ss->n && ss->items[lo].start <= pos) {
    *s = ss->items[lo].start;
    *e = ss->items[lo].end;
    return;
  }
  *s = pos;
  while (*s > 0 && x->text[*s - 1] != '\n') (*s)--;
  *e = pos;
  while (*e < x->len && x->text[*e] != '\n') (*e)++;
}

/* Words and phrases that put a sentence in the future. */
static const char *const future_markers[] = {
  "will", "shall", "is to", "are to", "is set to", "are set to", "expected to",
  "scheduled to", "is scheduled", "are scheduled", "plans to", "plan to", "is due to",
  "are due to", "next", "upcoming", "going to", NULL,
};

static int word_at(const char *text, size_t s, size_t e, size_t i, const char *phrase) {
  size_t n = strlen(phrase);
  if (i + n > e || !ivl_ascii_ieq(text + i, n, phrase)) return 0;
  if (i > s && ivl_isalnum((unsigned char)text[i - 1])) return 0;
  return i + n == e || !ivl_isalnum((unsigned char)text[i + n]);
}

/* The clause around 'pos' within sentence [s, e): between commas or
** semicolons. A clause that only opens the sentence ("On Friday, the
** ministry will ...") takes the one after it, which has the verb. */
static void clause_around(const ivl_extract *x, size_t pos, size_t *s, size_t *e) {
  size_t cs = pos, ce = pos;
  while (cs > *s && x->text[cs - 1] != ',' && x->text[cs - 1] != ';') cs--;
  while (ce < *e && x->text[ce] != ',' && x->text[ce] != ';') ce++;
  if (cs == *s && ce < *e) {
    size_t words = 0;
    for (size_t i = cs; i < ce; i++) words += x->text[i] == ' ';
    if (words <= 2) /* an opener: "On Friday," */
      for (ce++; ce < *e && x->text[ce] != ',' && x->text[ce] != ';'; ce++) {}
  }
  *s = cs;
  *e = ce;
}

static int future_tense(const ivl_extract *x, size_t pos) {
  size_t s, e;
  sentence_around(x, pos, &s, &e);
  clause_around(x, pos, &s, &e);
  for (size_t i = s; i < e; i++) {
    if (i > s && ivl_isalnum((unsigned char)x->text[i - 1])) continue;
    for (const char *const *m = future_markers; *m; m++)
      if (word_at(x->text, s, e, i, *m)) return 1;
  }
  return 0;
}

/* }====================================================================== */

/* {======================================================================
** Resolving and storing
** ======================================================================= */

/* The year of a month (and day, 0 when not given) written without one. */
static int year_for(const ivl_extract *x, int month, int day, size_t pos) {
  const ivl_date *ad = &x->article->date;
  if (ad->year == 0) return 0;
  int later = month > ad->month || (month == ad->month && day > ad->day);
  return later && !future_tense(x, pos) ? ad->year - 1 : ad->year;
}

/* Store a date over view[vs..ve): year 0 is written XXXX; month 0 means
** the year alone, day 0 the month. */
static int store_date(ivl_extract *x, size_t vs, size_t ve, int year, int month, int day) {
  char iso[16], y[8];
  if (year) snprintf(y, sizeof y, "%04d", year);
  else memcpy(y, "XXXX", 5);
  if (!month) snprintf(iso, sizeof iso, "%s", y);
  else if (!day) snprintf(iso, sizeof iso, "%s-%02d", y, month);
  else snprintf(iso, sizeof iso, "%s-%02d-%02d", y, month, day);
  if (ivl_x_begin(x, vs, ve) || ivl_store_str(x->store, IVL_SYM_VALUE, iso, strlen(iso))) return -1;
  return 1;
}

static int group_int(const ivl_extract *x, int g) {
  size_t s, n;
  if (!ivl_x_group(x, g, &s, &n)) return 0;
  int v = 0;
  for (size_t i = 0; i < n && ivl_isdigit((unsigned char)x->text[s + i]) && v < 100000; i++)
    v = v * 10 + (x->text[s + i] - '0');
  return v;
}

static int group_month(const ivl_extract *x, int g) {
  size_t s, n;
  return ivl_x_group(x, g, &s, &n) ? ivl_month_from_name(x->text + s, n) : 0;
}

/* Month and day from groups g and g+1, written in either order. */
static void month_and_day(const ivl_extract *x, int g, int *month, int *day) {
  size_t s, n;
  int month_first = ivl_x_group(x, g, &s, &n) && !ivl_isdigit((unsigned char)x->text[s]);
  *month = group_month(x, month_first ? g : g + 1);
  *day = group_int(x, month_first ? g + 1 : g);
}

/* A date with no year can still be checked: February 29 is possible. */
static int day_possible(int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= ivl_days_in_month(2000, month);
}

/* }====================================================================== */

/* {======================================================================
** The normalisers, one per rule of builtin.c
** ======================================================================= */

int ivl_normalize_date_full(ivl_extract *x) {
  int month, day, year = group_int(x, 3);
  month_and_day(x, 1, &month, &day);
  if (!ivl_date_valid(year, month, day)) return 0;
  return store_date(x, x->ov[0], x->ov[1], year, month, day);
}

int ivl_normalize_date_numeric(ivl_extract *x) {
  size_t s, n;
  int dmy = ivl_x_group(x, 1, &s, &n);
  int day = group_int(x, dmy ? 1 : 6), month = group_int(x, dmy ? 2 : 5),
      year = group_int(x, dmy ? 3 : 4);
  if (!ivl_date_valid(year, month, day)) return 0;
  return store_date(x, x->ov[0], x->ov[1], year, month, day);
}

int ivl_normalize_date_month_year(ivl_extract *x) {
  int month = group_month(x, 1), year = group_int(x, 2);
  if (!month) return 0;
  return store_date(x, x->ov[0], x->ov[1], year, month, 0);
}

int ivl_normalize_date_day_month(ivl_extract *x) {
  int month, day;
  month_and_day(x, 1, &month, &day);
  if (!day_possible(month, day)) return 0;
  size_t s3, n3;
  if (!ivl_x_group(x, 3, &s3, &n3))
    return store_date(x, x->ov[0], x->ov[1], year_for(x, month, day, x->ov[0]), month, day);
  /* "November 10 to 12": the bare 12 is a date of its own */
  int last = group_int(x, 3);
  if (!day_possible(month, last) || last <= day) return 0;
  size_t s2, n2;
  ivl_x_group(x, 2, &s2, &n2);
  size_t first_end = s2 + n2;
  while (first_end < x->ov[1] && ivl_isalpha((unsigned char)x->text[first_end])) first_end++;
  int year = year_for(x, month, day, x->ov[0]);
  if (store_date(x, x->ov[0], first_end, year, month, day) < 0 ||
      store_date(x, s3, s3 + n3, year, month, last) < 0)
    return -1;
  return 2;
}

/* "May" also begins sentences as a verb ("May be ..."). */
static int modal_may(const ivl_extract *x) {
  static const char *const after_modal[] = {"be", "have", "not", "also", "well", "need", NULL};
  size_t s = x->ov[0], e = x->ov[1];
  if (e - s != 3 || memcmp(x->text + s, "May", 3) != 0 || e + 1 >= x->len) return 0;
  size_t w = e + 1, we = w;
  while (we < x->len && ivl_isalpha((unsigned char)x->text[we])) we++;
  for (const char *const *a = after_modal; *a; a++)
    if (ivl_ascii_ieq(x->text + w, we - w, *a)) return 1;
  return 0;
}

int ivl_normalize_date_month(ivl_extract *x) {
  int month = group_month(x, 1);
  if (!month || modal_may(x)) return 0;
  return store_date(x, x->ov[0], x->ov[1], year_for(x, month, 0, x->ov[0]), month, 0);
}

/* Names of events and plans that end in a year: "Festival 2023",
** "Expo 2025". The year is part of the name, not a date. */
static const char *const named_with_year[] = {
  "festival", "expo", "games", "summit", "fair", "cup", "olympics", "awards", "award",
  "show", "week", "championship", "championships", "marathon", "exhibition", "contest",
  NULL,
};

int ivl_normalize_date_year(ivl_extract *x) {
  size_t s = x->ov[0];
  if (s > 0 && strchr("/#", x->text[s - 1])) return 0; /* Decree 31/2021, #2023 */
  size_t e = s;
  while (e > 0 && x->text[e - 1] == ' ') e--;
  size_t ws = e;
  while (ws > 0 && ivl_isalpha((unsigned char)x->text[ws - 1])) ws--;
  if (e > ws && ivl_isupper((unsigned char)x->text[ws]))
    for (const char *const *w = named_with_year; *w; w++)
      if (ivl_ascii_ieq(x->text + ws, e - ws, *w)) return 0;
  return store_date(x, s, x->ov[1], group_int(x, 1), 0, 0);
}

int ivl_normalize_date_weekday(ivl_extract *x) {
  size_t s, n;
  if (!ivl_x_group(x, 1, &s, &n)) return 0;
  int wd = ivl_weekday_from_name(x->text + s, n);
  const ivl_date *ad = &x->article->date;
  if (wd < 0) return 0;
  if (ad->year == 0) { /* no date to count from: the mention, without a value */
    return ivl_x_begin(x, x->ov[0], x->ov[1]) ? -1 : 1;
  }
  int delta = wd - ivl_day_of_week(ad->year, ad->month, ad->day); /* days from the article's */
  if (future_tense(x, x->ov[0])) {
    if (delta < 0) delta += 7;
  } else if (delta > 0) {
    delta -= 7;
  }
  int y = ad->year, m = ad->month, d = ad->day + delta;
  while (d < 1) {
    if (--m < 1) m = 12, y--;
    d += ivl_days_in_month(y, m);
  }
  while (d > ivl_days_in_month(y, m)) {
    d -= ivl_days_in_month(y, m);
    if (++m > 12) m = 1, y++;
  }
  return store_date(x, x->ov[0], x->ov[1], y, m, d);
}

/* }====================================================================== */
