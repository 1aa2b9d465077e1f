/*
** dates.c
** Normalisers for dates (the patterns are in builtin.c). A date is written
** as precisely as the text gives it ("2023-11-17", "2023-11", "2024").
** What the text leaves out comes from the article's date by settled rule
** 7: the year of "April 2" follows the tense of its clause (tense.c), the
** day of "on Friday" is the last Friday on or before the article's date
** unless the clause speaks of the future. Days in a list or range share
** what the list states once ("May 12 and 13", "January 15 and 16, 2026").
** Without an article date the year is written "XXXX".
*/
#include <stdio.h>
#include <string.h>

#include "article.h"
#include "calendar.h"
#include "layout.h"
#include "extractors.h"
#include "rules.h"
#include "symbols.h"
#include "tense.h"
#include "util.h"

/* {======================================================================
** Context: the sentence around a mention and its tense
** ======================================================================= */

/* The sentence holding view offset 'pos'; the line when it is in none
** (the headline of an article without layout, say). */
/* {======================================================================
** Before the match: what follows a month's name
** ======================================================================= */

/* At a month's name at text[pos] (ASCII letters, none of the names
** followed by a letter where these patterns match), where its digits
** start after "\.?,?\s+" (the abbreviations' dot, month_year's comma, at
** least one white space, PCRE2's \s without UCP: ivl_isspace); 0 when
** no digit is there. The name ends where the ASCII letters do: each
** pattern needs '.', ',' or white space right after it. */
static size_t after_name(const char *t, size_t len, size_t pos) {
  size_t q = pos;
  while (q < len && ivl_isalpha((unsigned char)t[q])) q++;
  if (q < len && t[q] == '.') q++;
  if (q < len && t[q] == ',') q++;
  size_t s = q;
  while (q < len && ivl_isspace((unsigned char)t[q])) q++;
  return q == s || q >= len ? 0 : q;
}

static size_t digits_after_name(const char *t, size_t len, size_t pos, size_t *ndigits) {
  size_t q = after_name(t, len, pos);
  if (!q || !ivl_isdigit((unsigned char)t[q])) return 0;
  size_t n = 0;
  while (q + n < len && ivl_isdigit((unsigned char)t[q + n])) n++;
  *ndigits = n;
  return q;
}

/* "({month}),?\s+({year}){end}": a year of four digits, 18xx to 20xx
** ("1[89]\d\d(?!\d)|20\d\d(?!\d)"). Only a month's name starts it. */
int ivl_date_month_year_may(const char *text, size_t len, size_t pos) {
  if (!ivl_isalpha((unsigned char)text[pos])) return 1;
  size_t n = 0, y = digits_after_name(text, len, pos, &n);
  return y && n == 4 && ((text[y] == '1' && (text[y + 1] == '8' || text[y + 1] == '9')) ||
                         (text[y] == '2' && text[y + 1] == '0'));
}

/* At a month's name, "({month})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}]|[.:]\d|,?\s*\d{3})":
** a day of one or two digits, no more (the gate says the rest at a day),
** and its end, after the suffix if there is one (else a letter follows
** the digits), not followed by a letter or digit, "[.:]\d", nor a number
** of three digits past a comma and white space: "September 14, 2018",
** which date.full takes (on /tmp/b1, 385 of the 614 tries failed so). */
int ivl_date_day_month_may(const char *text, size_t len, size_t pos) {
  if (!ivl_isalpha((unsigned char)text[pos])) return 1;
  size_t n = 0, q = digits_after_name(text, len, pos, &n), e = q + n;
  if (!q || n > 2) return 0;
  static const char suffixes[] = "stndrdth";
  for (int i = 0; i < 8; i += 2)
    if (len - e >= 2 && text[e] == suffixes[i] && text[e + 1] == suffixes[i + 1]) {
      e += 2; /* (without it, a letter would follow the digits) */
      break;
    }
  if (e >= len) return 1;
  if (ivl_isalnum((unsigned char)text[e])) return 0;
  if ((text[e] == '.' || text[e] == ':') && e + 1 < len && ivl_isdigit((unsigned char)text[e + 1])) return 0;
  size_t p = e + (text[e] == ',');
  while (p < len && ivl_isspace((unsigned char)text[p])) p++;
  return !(len - p >= 3 && ivl_isdigit((unsigned char)text[p]) && ivl_isdigit((unsigned char)text[p + 1]) &&
           ivl_isdigit((unsigned char)text[p + 2]));
}

/* Does a month's name start at t[q], as the patterns write them (in their
** case): the first three letters of each ("Jan", "Sept", "May")? */
static int month_starts(const char *t, size_t len, size_t q) {
  static const char firsts[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
  if (len - q < 3) return 0;
  for (size_t i = 0; i < 36; i += 3)
    if (memcmp(t + q, firsts + i, 3) == 0) return 1;
  return 0;
}

/* date.full at a letter: a weekday (builtin.c's WEEKDAY_BEFORE, "\.?,?\s+"
** after it) or a month ("\.?\s+" after it), then a day or a month: at
** most weekdays a verb or a name follows ("Friday granted", "Tuesday,
** Deputy Minister": on /tmp/b1, 470 of the 952 tries failed so). */
int ivl_date_full_may(const char *text, size_t len, size_t pos) {
  if (!ivl_isalpha((unsigned char)text[pos])) return 1;
  size_t q = after_name(text, len, pos);
  return q && (ivl_isdigit((unsigned char)text[q]) || month_starts(text, len, q));
}

/* date.numeric at a letter: a weekday, then a date of digits. */
int ivl_date_numeric_may(const char *text, size_t len, size_t pos) {
  if (!ivl_isalpha((unsigned char)text[pos])) return 1;
  size_t n = 0;
  return digits_after_name(text, len, pos, &n) != 0;
}

/* "(January|...|December)(?![\p{L}\p{N}]|\.?\s*\d)": no digit after the
** name, past a dot and white space. */
int ivl_date_month_may(const char *text, size_t len, size_t pos) {
  size_t q = pos;
  while (q < len && ivl_isalpha((unsigned char)text[q])) q++;
  if (q < len && text[q] == '.') q++;
  while (q < len && ivl_isspace((unsigned char)text[q])) q++;
  return !(q < len && ivl_isdigit((unsigned char)text[q]));
}

/* }====================================================================== */

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

/* The tense of the clause that view[s..e) is said in; none for a
** dateline's day, the nearest to the article's date. */
static ivl_tense tense_of(const ivl_extract *x, size_t s, size_t e) {
  size_t ss, se;
  size_t dash = ivl_layout_wire_dateline(x->text, x->len, s);
  if (dash && dash >= e) return IVL_TENSE_NONE; /* the day a wire was filed */
  sentence_around(x, s, &ss, &se);
  return ivl_tense_at(x->text, ss, se, s, e);
}

/* }====================================================================== */

/* {======================================================================
** Resolving and storing
** ======================================================================= */

/* Reported speech ("said the firm would open by the end of March") is
** future from when it was said, some days before the article's date. */
#define REPORTING_LAG 7

/* Days between the article's date and the month (day 0) or day given;
** 0 when the article's date is in that month. */
static long days_away(const ivl_date *ad, int year, int month, int day) {
  long at = ivl_days_from_civil(ad->year, ad->month, ad->day);
  long first = ivl_days_from_civil(year, month, day ? day : 1);
  long last = day ? first : first + ivl_days_in_month(year, month) - 1;
  return at < first ? first - at : at > last ? at - last : 0;
}

/* With no tense to go by, the article's year; but a date most of a year
** away, which news seldom speaks of, yields to the same date some weeks
** across the new year: "fireworks on January 1" written on December 28,
** "FDI in December" written on January 10. */
#define HALF_YEAR 183
#define FEW_WEEKS 75
static int nearest_year(const ivl_date *ad, int month, int day, int may_go_back) {
  if (days_away(ad, ad->year, month, day) <= HALF_YEAR) return ad->year;
  for (int y = ad->year + 1; y >= ad->year - may_go_back; y -= 2)
    if (days_away(ad, y, month, day) <= FEW_WEEKS) return y;
  return ad->year;
}

/* February 29 comes only in leap years: the leap year nearest 'y' in
** direction 'dir' (1 on, -1 back, 0 either, back first). */
static int leap_year_near(int y, int dir) {
  for (int k = 0; k < 8; k++) {
    if (dir <= 0 && ivl_days_in_month(y - k, 2) == 29) return y - k;
    if (dir >= 0 && ivl_days_in_month(y + k, 2) == 29) return y + k;
  }
  return y;
}

/* The year of a month (and day, 0 for the whole month) written without
** one, by settled rule 7: in a clause about the future the first such
** date on or after the article's, in one about the past the last on or
** before it, else the article's year. 0 when the article has no date. */
static int year_for(const ivl_extract *x, int month, int day, ivl_tense tense) {
  const ivl_date *ad = &x->article->date;
  int year, dir = 0;
  if (ad->year == 0) return 0;
  if (tense == IVL_TENSE_FUTURE || tense == IVL_TENSE_REPORTED) {
    ivl_date from = ivl_date_add_days(*ad, tense == IVL_TENSE_REPORTED ? -REPORTING_LAG : 0);
    year = from.year + (ivl_month_day_cmp(month, day, from.month, from.day) < 0);
    dir = 1;
  } else if (tense == IVL_TENSE_PAST) {
    year = ad->year - (ivl_month_day_cmp(month, day, ad->month, ad->day) > 0);
    dir = -1;
  } else {
    year = nearest_year(ad, month, day, tense != IVL_TENSE_INTENT); /* an aim is never past */
  }
  return month == 2 && day == 29 ? leap_year_near(year, dir) : year;
}

/* v (0 <= v < 100000) as "%0<width>d" writes it, at out; past it. */
static char *put_int(char *out, int v, int width) {
  char digits[8];
  int n = 0;
  do digits[n++] = (char)('0' + v % 10), v /= 10; while (v);
  while (n < width) digits[n++] = '0';
  while (n) *out++ = digits[--n];
  return out;
}

/* Store a date over view[vs..ve): year 0 is written XXXX; month 0 means
** the year alone, day 0 the month. A day that year does not have (a list's
** "February 28 and 29, 2023") is no mention: 0. */
static int store_date(ivl_extract *x, size_t vs, size_t ve, int year, int month, int day) {
  char iso[16], y[8];
  if (year && day && !ivl_date_valid(year, month, day)) return 0; /* February 29, 2023 */
  size_t n;
  if (year >= 0 && year < 100000 && month >= 0 && month < 100 && day >= 0 && day < 100) {
    /* what the snprintf below writes, without its cost (a date per match) */
    char *p = year ? put_int(iso, year, 4) : (memcpy(iso, "XXXX", 4), iso + 4);
    if (month) *p++ = '-', p = put_int(p, month, 2);
    if (month && day) *p++ = '-', p = put_int(p, day, 2);
    n = (size_t)(p - iso);
  } else {
    if (year) snprintf(y, sizeof y, "%04d", year);
    else memcpy(y, "XXXX", 5);
    if (!month) snprintf(iso, sizeof iso, "%s", y);
    else if (!day) snprintf(iso, sizeof iso, "%s-%02d", y, month);
    else snprintf(iso, sizeof iso, "%s-%02d-%02d", y, month, day);
    n = strlen(iso);
  }
  if (ivl_x_begin(x, vs, ve) || ivl_store_str(x->store, IVL_SYM_VALUE, iso, n)) return -1;
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
** Lists of days: "May 12 and 13", "November 28, 29 and December 1",
** "January 15 and 16, 2026", "from December 4 until January 2"
** ======================================================================= */

#define MAX_ITEMS 8

typedef struct day_item {
  size_t s, e; /* the mention's span */
  int month, day, year;
} day_item;

/* Skip what joins two items: spaces, commas, "and", "&", dashes, "to",
** "until", "till", "through". */
static size_t skip_joiners(const char *t, size_t i, size_t end) {
  static const char *const words[] = {"and", "to", "until", "till", "through", NULL};
  for (;;) {
    while (i < end && (ivl_isspace((unsigned char)t[i]) || t[i] == ',' || t[i] == '&' || t[i] == '-'))
      i++;
    if (i + 2 < end && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
        (unsigned char)t[i + 2] == 0x93) {
      i += 3; /* en dash */
      continue;
    }
    size_t w = i;
    while (w < end && ivl_isalpha((unsigned char)t[w])) w++;
    const char *const *k = words;
    while (*k && !ivl_ascii_ieq(t + i, w - i, *k)) k++;
    if (!*k) return i;
    i = w;
  }
}

/* The end of the day number at text[i] with its ordinal suffix ("29th"). */
static size_t day_end(const char *t, size_t i, size_t end) {
  while (i < end && ivl_isdigit((unsigned char)t[i])) i++;
  size_t j = i;
  while (j < end && ivl_isalpha((unsigned char)t[j])) j++;
  return j - i == 2 ? j : i;
}

/* The items after the first, read from text[i..end) (the pattern has
** checked their shape). Returns how many were read into 'items'. */
static int read_items(const char *t, size_t i, size_t end, day_item *items, int max) {
  int n = 0;
  while (n < max && (i = skip_joiners(t, i, end)) < end) {
    day_item it = {i, 0, 0, 0, 0};
    size_t w = i;
    while (w < end && (ivl_isalpha((unsigned char)t[w]) || t[w] == '.')) w++;
    if (w > i) { /* a month of its own: "and December 1" */
      if (!(it.month = ivl_month_from_name(t + i, w - i))) break;
      i = w;
      while (i < end && ivl_isspace((unsigned char)t[i])) i++;
    }
    size_t d = i;
    for (; i < end && ivl_isdigit((unsigned char)t[i]) && it.day < 100; i++)
      it.day = it.day * 10 + (t[i] - '0');
    if (!it.day) break;
    it.e = i = day_end(t, d, end);
    items[n++] = it;
  }
  return n;
}

/* Back over one joiner before view offset i (see skip_joiners); i when
** there is none. */
static size_t joiner_before(const char *t, size_t i) {
  static const char *const words[] = {"and", "to", "until", "till", "through", NULL};
  size_t j = i;
  while (j > 0 && t[j - 1] == ' ') j--;
  if (j > 0 && (t[j - 1] == ',' || t[j - 1] == '-' || t[j - 1] == '&')) j--;
  else if (j >= 3 && (unsigned char)t[j - 3] == 0xE2 && (unsigned char)t[j - 2] == 0x80 &&
           (unsigned char)t[j - 1] == 0x93)
    j -= 3;
  else {
    size_t w = j;
    while (w > 0 && ivl_isalpha((unsigned char)t[w - 1])) w--;
    const char *const *k = words;
    while (*k && !ivl_ascii_ieq(t + w, j - w, *k)) k++;
    if (!*k || w == j || w == 0 || t[w - 1] != ' ') return i;
    j = w;
  }
  while (j > 0 && (t[j - 1] == ' ' || t[j - 1] == ',')) j--;
  return j;
}

/* The days before a day-first date that share its month: the "5 and " of
** "5 and 6 August", read back from view offset 'at' into 'items' (in text
** order, month not yet set). Returns how many. */
static int read_items_before(const char *t, size_t at, day_item *items, int max) {
  day_item rev[MAX_ITEMS];
  int n = 0;
  size_t i = at;
  while (n < max && n < MAX_ITEMS) {
    size_t e = joiner_before(t, i), k = e;
    if (e == i) break;
    if (k >= 3 && ivl_isalpha((unsigned char)t[k - 1]) && ivl_isalpha((unsigned char)t[k - 2]) &&
        ivl_isdigit((unsigned char)t[k - 3]))
      k -= 2; /* "5th" */
    size_t ds = k;
    while (ds > 0 && ivl_isdigit((unsigned char)t[ds - 1]) && k - ds < 3) ds--;
    if (ds == k || k - ds > 2 || (ds > 0 && !ivl_isspace((unsigned char)t[ds - 1]) && t[ds - 1] != '('))
      break;
    int day = 0;
    for (size_t d = ds; d < k; d++) day = day * 10 + (t[d] - '0');
    rev[n++] = (day_item){ds, e, 0, day, 0};
    i = ds;
  }
  for (int a = 0; a < n; a++) items[a] = rev[n - 1 - a];
  return n;
}

/* Put the days before a day-first date (items[0], n items so far) first, if
** they are in order. Returns the new count. */
static int prepend_items_before(const ivl_extract *x, day_item *items, int n) {
  day_item before[MAX_ITEMS];
  int nb = read_items_before(x->text, items[0].s, before, MAX_ITEMS - n);
  for (int k = 0; k < nb; k++) {
    before[k].month = items[0].month;
    if (before[k].day >= (k + 1 < nb ? before[k + 1].day : items[0].day)) return n;
  }
  memmove(items + nb, items, (size_t)n * sizeof *items);
  memcpy(items, before, (size_t)nb * sizeof *before);
  return n + nb;
}

/* Months carried forward and checked: each item comes after the one
** before it. Returns how many items are good. */
static int check_items(day_item *items, int n) {
  for (int k = 1; k < n; k++) {
    day_item *p = &items[k - 1], *it = &items[k];
    if (!it->month) {
      it->month = p->month;
      if (it->day <= p->day) return k; /* "May 13 and 12" */
    }
    if (!day_possible(it->month, it->day) ||
        (it->month == p->month && it->day <= p->day))
      return k;
  }
  return n;
}

/* "April 3 last year", "in March next year", "May 5 this year": the year
** said after a date in words, relative to the article's; 0 when none. */
static int year_said_after(const ivl_extract *x, size_t at) {
  static const char *const which[] = {"last", "this", "next", NULL};
  const char *t = x->text;
  int year = x->article->date.year;
  size_t i = at;
  while (i < x->len && t[i] == ' ') i++;
  size_t w = i;
  while (w < x->len && ivl_isalpha((unsigned char)t[w])) w++;
  int k = 0;
  while (which[k] && !ivl_ascii_ieq(t + i, w - i, which[k])) k++;
  if (!which[k] || !year) return 0;
  i = w;
  while (i < x->len && t[i] == ' ') i++;
  if (i + 4 > x->len || !ivl_ascii_ieq(t + i, 4, "year") || (i + 4 < x->len && ivl_isalnum((unsigned char)t[i + 4])))
    return 0;
  return year + k - 1;
}

/* Years: a year written at the end holds for the items before it (back
** across a new year); else the first item's comes from the tense, and
** each later item is on or after the one before. */
static void give_years(const ivl_extract *x, day_item *items, int n, int written_year) {
  /* a year written at the end ("March 5 and 12, 2024") or said right after
  ** it ("March 5 last year") */
  int last_year = written_year ? written_year : year_said_after(x, items[n - 1].e);
  if (last_year) {
    items[n - 1].year = last_year;
    for (int k = n - 2; k >= 0; k--)
      items[k].year = items[k + 1].year -
                      (ivl_month_day_cmp(items[k].month, items[k].day, items[k + 1].month, items[k + 1].day) > 0);
    return;
  }
  ivl_tense tense = tense_of(x, items[0].s, items[0].e);
  items[0].year = year_for(x, items[0].month, items[0].day, tense);
  for (int k = 1; k < n; k++)
    items[k].year = items[k - 1].year == 0 ? 0 :
                    items[k - 1].year + (ivl_month_day_cmp(items[k].month, items[k].day,
                                                           items[k - 1].month, items[k - 1].day) < 0);
}

/* }====================================================================== */

/* {======================================================================
** The normalisers, one per rule of builtin.c
** ======================================================================= */

/* Store the items of a list of days; returns how many. */
static int store_items(ivl_extract *x, const day_item *items, int n) {
  for (int k = 0; k < n; k++)
    if (store_date(x, items[k].s, items[k].e, items[k].year, items[k].month, items[k].day) < 0) return -1;
  return n;
}

/* Is the first of the groups g, g+1 a day ("6 August")? */
static int day_first(const ivl_extract *x, int g) {
  size_t s, n;
  return ivl_x_group(x, g, &s, &n) && ivl_isdigit((unsigned char)x->text[s]);
}

int ivl_normalize_date_full(ivl_extract *x) {
  day_item items[MAX_ITEMS];
  int year = group_int(x, 3);
  month_and_day(x, 1, &items[0].month, &items[0].day);
  if (!ivl_date_valid(year, items[0].month, items[0].day)) return 0;
  items[0].s = x->ov[0];
  items[0].e = x->ov[1];
  int n = day_first(x, 1) ? prepend_items_before(x, items, 1) : 1;
  give_years(x, items, n, year);
  return store_items(x, items, n);
}

/* Is the match a part of a whole or a mark, not a day and month, though
** it follows "to" or "of" as a portal's date does: "rose to 9/10 of
** capacity" (a fraction of something), "a score of 8/10"? */
static int fraction_or_mark(const ivl_extract *x) {
  static const char *const marks[] = {"score of ", "rating of ", "mark of ", "grade of ", NULL};
  size_t s = x->ov[0], e = x->ov[1];
  if (e + 4 <= x->len && memcmp(x->text + e, " of ", 4) == 0) return 1;
  for (int i = 0; marks[i]; i++) {
    size_t n = strlen(marks[i]);
    if (s >= n && memcmp(x->text + s - n, marks[i], n) == 0) return 1;
  }
  return 0;
}

/* "On 27/11", "Lâm Đồng, 26/11 (VNA)": a day and month with no year (the
** groups from g: day, month), its year by settled rule 7. */
static int day_slash_month(ivl_extract *x, int g) {
  int day = group_int(x, g), month = group_int(x, g + 1);
  if (month < 1 || month > 12 || !day_possible(month, day) || fraction_or_mark(x)) return 0;
  int year = year_for(x, month, day, tense_of(x, x->ov[0], x->ov[1]));
  return store_date(x, x->ov[0], x->ov[1], year, month, day);
}

int ivl_normalize_date_day_month_numeric(ivl_extract *x) {
  size_t s, n;
  return day_slash_month(x, ivl_x_group(x, 1, &s, &n) ? 1 : 3);
}

/* Day first, as Vietnamese style writes dates; a month above 12 shows a
** date written month first ("2/22/2017"). */
int ivl_normalize_date_numeric(ivl_extract *x) {
  size_t s, n;
  int dmy = ivl_x_group(x, 1, &s, &n);
  int day = group_int(x, dmy ? 1 : 7), month = group_int(x, dmy ? 3 : 6),
      year = group_int(x, dmy ? 4 : 5);
  if (dmy && month > 12 && day <= 12) {
    int swap = day;
    day = month;
    month = swap;
  }
  if (!ivl_date_valid(year, month, day)) return 0;
  return store_date(x, x->ov[0], x->ov[1], year, month, day);
}

int ivl_normalize_date_month_year(ivl_extract *x) {
  int month = group_month(x, 1), year = group_int(x, 2);
  if (!month) return 0;
  return store_date(x, x->ov[0], x->ov[1], year, month, 0);
}

/* A day and month, maybe the head of a list of days (group 3) that a
** year may close (group 4). */
int ivl_normalize_date_day_month(ivl_extract *x) {
  day_item items[MAX_ITEMS];
  size_t s2, n2; /* the second of month and day, where the first mention ends */
  month_and_day(x, 1, &items[0].month, &items[0].day);
  if (!day_possible(items[0].month, items[0].day) || !ivl_x_group(x, 2, &s2, &n2)) return 0;
  items[0].s = x->ov[0];
  items[0].e = ivl_isdigit((unsigned char)x->text[s2]) ? day_end(x->text, s2, x->ov[1]) : s2 + n2;
  int n = day_first(x, 1) ? prepend_items_before(x, items, 1) : 1;
  size_t ts, tn;
  if (ivl_x_group(x, 3, &ts, &tn)) n += read_items(x->text, ts, ts + tn, items + n, MAX_ITEMS - n);
  int good = check_items(items, n), year = 0;
  size_t ys, yn;
  if (good == n && ivl_x_group(x, 4, &ys, &yn)) { /* "16, 2026": the year is in the last span */
    year = group_int(x, 4);
    items[n - 1].e = ys + yn;
  }
  give_years(x, items, good, year);
  return store_items(x, items, good);
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

/* The month that opens a range ending at view offset 'at' ("November"
** of "from November to February", "January-September"), or 0; its span
** in *ps, *pe. A list joined by "and" or commas is no range. */
static int range_start_month(const ivl_extract *x, size_t at, size_t *ps, size_t *pe) {
  const char *t = x->text;
  size_t j = joiner_before(t, at);
  if (j == at) return 0;
  for (size_t k = j; k < at; k++)
    if (t[k] == ',' || (t[k] == 'a' && k + 3 <= at && memcmp(t + k, "and", 3) == 0)) return 0;
  size_t w = j;
  while (w > 0 && ivl_isalpha((unsigned char)t[w - 1])) w--;
  *ps = w;
  *pe = j;
  return w < j ? ivl_month_from_name(t + w, j - w) : 0;
}

/* The month that closes a range opened at view offset 'at' ("to
** February" after "November"), or 0: a month alone, not a day. */
static int range_end_month(const ivl_extract *x, size_t at, size_t *end) {
  const char *t = x->text;
  size_t i = at;
  while (i < x->len && t[i] == ' ') i++;
  if (i < x->len && t[i] == '-') i++;
  else if (i + 2 < x->len && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
           (unsigned char)t[i + 2] == 0x93)
    i += 3;
  else {
    static const char *const words[] = {"to", "until", "till", "through", NULL};
    size_t w = i;
    while (w < x->len && ivl_isalpha((unsigned char)t[w])) w++;
    const char *const *k = words;
    while (*k && !ivl_ascii_ieq(t + i, w - i, *k)) k++;
    if (!*k || i == at) return 0;
    i = w;
  }
  while (i < x->len && t[i] == ' ') i++;
  size_t w = i;
  while (w < x->len && ivl_isalpha((unsigned char)t[w])) w++;
  size_t after = w;
  while (after < x->len && t[after] == ' ') after++;
  if (after < x->len && ivl_isdigit((unsigned char)t[after])) return 0; /* "to February 28" */
  *end = w;
  return w > i ? ivl_month_from_name(t + i, w - i) : 0;
}

/* The year written after a range of months that ends at view offset 'at':
** "January-October period of 2025", "January-October of 2025", "January to
** October, 2025"; 0 when none. A range's own year is its year whatever the
** article's date is, and an undated article has no other. */
static int year_after_range(const ivl_extract *x, size_t at) {
  static const char *const fillers[] = {"period", "periods", "of", "in", NULL};
  const char *t = x->text;
  size_t i = at;
  for (int words = 0; words < 3; words++) {
    while (i < x->len && (t[i] == ' ' || t[i] == ',')) i++;
    size_t w = i;
    while (w < x->len && ivl_isalpha((unsigned char)t[w])) w++;
    const char *const *f = fillers;
    while (*f && !ivl_ascii_ieq(t + i, w - i, *f)) f++;
    if (w == i || !*f) break;
    i = w;
  }
  if (i + 4 > x->len || (i + 4 < x->len && ivl_isalnum((unsigned char)t[i + 4]))) return 0;
  int y = 0;
  for (size_t k = i; k < i + 4; k++) {
    if (!ivl_isdigit((unsigned char)t[k])) return 0;
    y = y * 10 + (t[k] - '0');
  }
  return y >= 1945 && y <= 2100 ? y : 0;
}

/* The year nearest the article's date for a month (and day). */
static int closest_year(const ivl_date *ad, int month, int day) {
  int best = ad->year;
  for (int y = ad->year - 1; y <= ad->year + 1; y++)
    if (days_away(ad, y, month, day) < days_away(ad, best, month, day)) best = y;
  return best;
}

/* The years of a range of months 'first' to 'last' (January-September,
** November to February), whose ends are resolved together: in a future
** clause it starts on or after the article's date, in a past one it ends
** on or before it; otherwise it ends at the 'last' month nearest the
** article's date when that has begun (a period reported on), else starts
** by the first month's own rule. */
static void range_years(const ivl_extract *x, int first, int last, ivl_tense tense, int *y1, int *y2) {
  const ivl_date *ad = &x->article->date;
  int wraps = last < first;
  *y1 = *y2 = 0;
  if (ad->year == 0) return;
  int end = closest_year(ad, last, 0);
  if (tense == IVL_TENSE_PAST ||
      (tense != IVL_TENSE_FUTURE && tense != IVL_TENSE_REPORTED &&
       ivl_days_from_civil(end, last, 1) <= ivl_days_from_civil(ad->year, ad->month, ad->day))) {
    *y2 = tense == IVL_TENSE_PAST ? year_for(x, last, 0, tense) : end;
    *y1 = *y2 - wraps;
  } else {
    *y1 = year_for(x, first, 0, tense);
    *y2 = *y1 + wraps;
  }
}

int ivl_normalize_date_month(ivl_extract *x) {
  int month = group_month(x, 1), other, y1, y2, year;
  if (!month || modal_may(x)) return 0;
  size_t ps, pe;
  size_t re = 0;
  if ((other = range_start_month(x, x->ov[0], &ps, &pe)) != 0) { /* it closes a range */
    int written = year_after_range(x, x->ov[1]);
    range_years(x, other, month, tense_of(x, ps, pe), &y1, &y2);
    year = written ? written : y2;
  } else if ((other = range_end_month(x, x->ov[1], &re)) != 0) { /* it opens one */
    int written = year_after_range(x, re);
    range_years(x, month, other, tense_of(x, x->ov[0], x->ov[1]), &y1, &y2);
    year = written ? written - (other < month) : y1;
  } else if ((year = year_said_after(x, x->ov[1])) == 0) {
    year = year_for(x, month, 0, tense_of(x, x->ov[0], x->ov[1]));
  }
  return store_date(x, x->ov[0], x->ov[1], year, month, 0);
}

/* Words that may come right before a year that is a date, even with a
** capital: "In 2024", "Q1 2025", "Fiscal 2014", and the measures a year
** is a period of ("FDI 2024 hit a record"). */
static const char *const before_year[] = {
  "in", "by", "since", "from", "until", "till", "through", "for", "before", "after", "during",
  "to", "of", "and", "or", "at", "on", "between", "end", "early", "late", "mid", "fiscal", "fy",
  "year", "q1", "q2", "q3", "q4", "h1", "h2", "as", "than", "around", "about", "over", "circa",
  "spring", "summer", "autumn", "fall", "winter", "the", "beyond", "towards", "toward", "within",
  "throughout", "against", "versus", "vs", "including", "like", "unlike", "ahead", "also", "only",
  "even", "then", "approximately", "nearly", "almost", "roughly", "fdi", "gdp", "grdp", "cpi",
  "pmi", "oda", "gni", "exports", "imports", NULL,
};

/* Is the word that ends at view offset 'e' (spaces skipped) part of a
** name the year belongs to: "Festival 2023", "Miss Universe Vietnam 2017",
** "APEC 2017"? A capitalised word that no date would follow. */
static int year_in_name(const ivl_extract *x, size_t e) {
  if (e == 0 || x->text[e - 1] != ' ') return 0;
  e--;
  size_t ws = e;
  while (ws > 0 && (ivl_isalnum((unsigned char)x->text[ws - 1]) || (unsigned char)x->text[ws - 1] >= 0x80))
    ws--;
  if (ws == e || !ivl_isupper((unsigned char)x->text[ws])) return 0;
  for (const char *const *w = before_year; *w; w++)
    if (ivl_ascii_ieq(x->text + ws, e - ws, *w)) return 0;
  if (ivl_month_from_name(x->text + ws, e - ws) || ivl_weekday_from_name(x->text + ws, e - ws) >= 0)
    return 0;
  return 1;
}

/* "Q1/2025", "H1/2024": the year of a quarter or a half; "9M/2026",
** "10M/2026": of the first months, as slides and reports write them. */
static int period_slash(const ivl_extract *x, size_t s) {
  const char *t = x->text;
  if (s >= 3 && t[s - 1] == '/' && strchr("Mm", t[s - 2]) && ivl_isdigit((unsigned char)t[s - 3])) {
    size_t d = s - 3;
    while (d > 0 && s - d < 5 && ivl_isdigit((unsigned char)t[d - 1])) d--;
    return d == 0 || !ivl_isalnum((unsigned char)t[d - 1]);
  }
  return s >= 3 && t[s - 1] == '/' && ivl_isdigit((unsigned char)t[s - 2]) &&
         strchr("QqHh", t[s - 3]) && (s == 3 || !ivl_isalnum((unsigned char)t[s - 4]));
}

/* "Decision No. 1854/QĐ-UBND", "Resolution 2031/NQ-HĐND": the number of
** a legal document, a slash and its issuer's capitals after it, no year
** (a year's slash has a number after it: "2024/25", "2021/2030"). */
static int document_number(const ivl_extract *x, size_t e) {
  const unsigned char *t = (const unsigned char *)x->text;
  return e + 1 < x->len && t[e] == '/' && (ivl_isupper(t[e + 1]) || t[e + 1] >= 0xC0);
}

int ivl_normalize_date_year(ivl_extract *x) {
  size_t s = x->ov[0];
  if (x->ov[2] == s && document_number(x, x->ov[1])) return 0;
  if (x->ov[2] != s) /* "FY2025": the span is the year */
    return store_date(x, x->ov[2], x->ov[1], group_int(x, 1), 0, 0);
  if (s > 0 && strchr("/#", x->text[s - 1]) && !period_slash(x, s)) return 0; /* Decree 31/2021, #2023 */
  if (year_in_name(x, s)) return 0;
  return store_date(x, s, x->ov[1], group_int(x, 1), 0, 0);
}

/* "last Friday", "next Monday": the word right before a weekday at 'at'
** that moves it a week (-1 last, +1 next), or 0. */
static int week_said_before(const ivl_extract *x, size_t at) {
  static const char *const which[] = {"last", "next", NULL};
  const char *t = x->text;
  size_t e = at;
  while (e > 0 && t[e - 1] == ' ') e--;
  size_t w = e;
  while (w > 0 && ivl_isalpha((unsigned char)t[w - 1])) w--;
  if (e == at || w == e || (w > 0 && ivl_isalnum((unsigned char)t[w - 1]))) return 0;
  for (int k = 0; which[k]; k++)
    if (ivl_ascii_ieq(t + w, e - w, which[k])) return k ? 1 : -1;
  return 0;
}

int ivl_normalize_date_weekday(ivl_extract *x) {
  size_t s, n;
  if (!ivl_x_group(x, 1, &s, &n)) return 0;
  int wd = ivl_weekday_from_name(x->text + s, n);
  const ivl_date *ad = &x->article->date;
  if (wd < 0) return 0;
  /* a wire's dateline with no year ("HANOI, Nov 27 (Reuters)"): the
  ** weekday cannot be counted from it, and is taken as the dateline's day
  ** (XXXX-11-27), as the held-out gold writes it (qheavy, qrealm);
  ** with no date at all to count from, no value and no mention */
  if (ad->year == 0) return ad->month && ad->day ? store_date(x, x->ov[0], x->ov[1], 0, ad->month, ad->day) : 0;
  int delta = wd - ivl_day_of_week(ad->year, ad->month, ad->day); /* days from the article's */
  /* "last Friday" said on a Friday is the one a week before, "next
  ** Friday" the one a week after; else the clause's tense says which */
  int week = week_said_before(x, x->ov[0]);
  /* the tense, the dearest part (on /tmp/b1 2.6M of this normaliser's
  ** 2.9M Ir), is read only where it moves the day: no week said, and not
  ** the article's own weekday */
  ivl_tense tense = week || !delta ? IVL_TENSE_NONE : tense_of(x, x->ov[0], x->ov[1]);
  if (week > 0 || (!week && (tense == IVL_TENSE_FUTURE || tense == IVL_TENSE_REPORTED))) {
    if (delta < 0 || (week > 0 && delta == 0)) delta += 7;
  } else if (delta > 0 || (week < 0 && delta == 0)) {
    delta -= 7;
  }
  ivl_date d = ivl_date_add_days(*ad, delta);
  return store_date(x, x->ov[0], x->ov[1], d.year, d.month, d.day);
}

/* }====================================================================== */
