/*
** calendar.c
** Month and weekday names and date-line reading.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "util.h"

static const char *const months[12][3] = {
  {"january", "jan", NULL}, {"february", "feb", NULL}, {"march", "mar", NULL},
  {"april", "apr", NULL}, {"may", NULL, NULL}, {"june", "jun", NULL},
  {"july", "jul", NULL}, {"august", "aug", NULL}, {"september", "sep", "sept"},
  {"october", "oct", NULL}, {"november", "nov", NULL}, {"december", "dec", NULL},
};

static const char *const weekdays[7][3] = {
  {"monday", "mon", NULL}, {"tuesday", "tue", "tues"}, {"wednesday", "wed", NULL},
  {"thursday", "thu", "thurs"}, {"friday", "fri", NULL}, {"saturday", "sat", NULL},
  {"sunday", "sun", NULL},
};

static int name_index(const char *const table[][3], int n, const char *s, size_t len) {
  if (len && s[len - 1] == '.') len--; /* "Jan." */
  if (len < 3 || len > 9) return -1; /* every name is 3 to 9 letters long */
  int first = ivl_tolower((unsigned char)s[0]);
  for (int i = 0; i < n; i++) {
    if (table[i][0][0] != first) continue; /* the forms of a name share its first letter */
    for (int k = 0; k < 3 && table[i][k]; k++)
      if (ivl_ascii_ieq(s, len, table[i][k])) return i;
  }
  return -1;
}

int ivl_month_from_name(const char *s, size_t len) { return name_index(months, 12, s, len) + 1; }
int ivl_weekday_from_name(const char *s, size_t len) { return name_index(weekdays, 7, s, len); }

size_t ivl_day_then_month(const char *t, size_t from, size_t to, int *day, int *month) {
  size_t w = from;
  while (w < to && ivl_isdigit((unsigned char)t[w])) w++;
  if (w == from || w - from > 2 || w >= to || t[w] != ' ') return 0;
  while (w < to && t[w] == ' ') w++;
  size_t m = w;
  while (w < to && ivl_isalpha((unsigned char)t[w])) w++;
  if (!(*month = ivl_month_from_name(t + m, w - m))) return 0;
  *day = atoi(t + from);
  return w;
}

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int ivl_days_in_month(int year, int month) {
  static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return days[month - 1] + (month == 2 && is_leap(year));
}

int ivl_date_valid(int year, int month, int day) {
  return year >= 1 && year <= 9999 && day >= 1 && day <= ivl_days_in_month(year, month);
}

ivl_date ivl_date_add_days(ivl_date d, int days) {
  d.day += days;
  while (d.day < 1) {
    if (--d.month < 1) d.month = 12, d.year--;
    d.day += ivl_days_in_month(d.year, d.month);
  }
  while (d.day > ivl_days_in_month(d.year, d.month)) {
    d.day -= ivl_days_in_month(d.year, d.month);
    if (++d.month > 12) d.month = 1, d.year++;
  }
  return d;
}

long ivl_days_from_civil(int y, int m, int d) {
  /* Howard Hinnant's days_from_civil */
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int ivl_month_day_cmp(int m1, int d1, int m2, int d2) {
  if (m1 != m2) return m1 < m2 ? -1 : 1;
  if (!d1 || !d2 || d1 == d2) return 0;
  return d1 < d2 ? -1 : 1;
}

int ivl_day_of_week(int y, int m, int d) {
  /* Sakamoto's method gives 0 = Sunday; shift to 0 = Monday */
  static const int t[12] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y -= 1;
  int sunday0 = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
  return (sunday0 + 6) % 7;
}

/* "%04u-%02u-%02u" of the three, written digit by digit: snprintf was
** 1,650 instructions a call, once an article (facts.c) and for every date
** a script asks for. */
void ivl_date_iso(const ivl_date *d, char out[11]) {
  unsigned y = (unsigned)d->year % 10000u, m = (unsigned)d->month % 100u, day = (unsigned)d->day % 100u;
  out[0] = (char)('0' + y / 1000);
  out[1] = (char)('0' + y / 100 % 10);
  out[2] = (char)('0' + y / 10 % 10);
  out[3] = (char)('0' + y % 10);
  out[4] = '-';
  out[5] = (char)('0' + m / 10);
  out[6] = (char)('0' + m % 10);
  out[7] = '-';
  out[8] = (char)('0' + day / 10);
  out[9] = (char)('0' + day % 10);
  out[10] = '\0';
}

int ivl_parse_iso_date(const char *s, ivl_date *out) {
  int y, m, d, n = 0;
  if (strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10) return 0;
  if (!ivl_date_valid(y, m, d)) return 0;
  *out = (ivl_date){y, m, d, -1, -1};
  return 1;
}

/* {======================================================================
** Date lines
** ======================================================================= */

typedef struct cursor {
  const char *s;
  size_t len, i;
} cursor;

static void skip_separators(cursor *c) { /* spaces, commas, dashes, bars */
  while (c->i < c->len) {
    unsigned char ch = (unsigned char)c->s[c->i];
    if (ch == ' ' || ch == ',' || ch == '|' || ch == '-' || ch == '/' || ch == '\t') c->i++;
    else if (ch == 0xE2 && c->i + 2 < c->len && (unsigned char)c->s[c->i + 1] == 0x80 &&
             ((unsigned char)c->s[c->i + 2] == 0x93 || (unsigned char)c->s[c->i + 2] == 0x94))
      c->i += 3; /* en or em dash */
    else break;
  }
}

static size_t word_len(const cursor *c) {
  size_t j = c->i;
  while (j < c->len && (ivl_isalpha((unsigned char)c->s[j]) || c->s[j] == '.')) j++;
  return j - c->i;
}

static int read_int(cursor *c, int maxdigits, int *v) {
  size_t j = c->i;
  *v = 0;
  while (j < c->len && ivl_isdigit((unsigned char)c->s[j]) && (int)(j - c->i) < maxdigits)
    *v = *v * 10 + (c->s[j++] - '0');
  if (j == c->i || (j < c->len && ivl_isdigit((unsigned char)c->s[j]))) return 0;
  c->i = j;
  return 1;
}

/* "November 17, 2023" at the cursor. */
static int month_day_year(cursor *c, ivl_date *d) {
  cursor k = *c;
  size_t w = word_len(&k);
  int m = ivl_month_from_name(k.s + k.i, w), day, year;
  if (!m) return 0;
  k.i += w;
  skip_separators(&k);
  if (!read_int(&k, 2, &day)) return 0;
  if (k.i + 1 < k.len && ivl_isalpha((unsigned char)k.s[k.i])) k.i += 2; /* "17th" */
  skip_separators(&k);
  if (!read_int(&k, 4, &year) || !ivl_date_valid(year, m, day) || year < 1900) return 0;
  *d = (ivl_date){year, m, day, -1, -1};
  *c = k;
  return 1;
}

/* Is a 12-hour clock time ("04:15 PM", "9:05 am") at the cursor, past
** separators? An American stamp: the press that writes it (Focus Taiwan's
** "12/03/2026 04:15 PM") writes its numeric day month first, where the
** Vietnamese press writes a 24-hour time after a day-first one
** ("03/12/2026 14:20 GMT+7"). */
static int twelve_hour_clock_at(cursor c) {
  skip_separators(&c);
  int h, m;
  if (!read_int(&c, 2, &h) || c.i >= c.len || c.s[c.i++] != ':' || !read_int(&c, 2, &m) || h < 1 || h > 12)
    return 0;
  while (c.i < c.len && c.s[c.i] == ' ') c.i++;
  if (c.i + 1 >= c.len || !strchr("AaPp", c.s[c.i]) || (c.s[c.i + 1] != 'M' && c.s[c.i + 1] != 'm')) return 0;
  return c.i + 2 == c.len || !ivl_isalpha((unsigned char)c.s[c.i + 2]);
}

/* "17 November 2023", "28-Nov-2026" or "17/11/2023" (day first, Vietnamese
** style; month first only where the month would be over 12, or where a
** 12-hour clock follows: twelve_hour_clock_at). */
static int day_month_year(cursor *c, ivl_date *d) {
  cursor k = *c;
  int day, m, year;
  if (!read_int(&k, 2, &day)) return 0;
  /* (a hyphen before a month's name is the name's separator, as CGTN stamps
  ** its pages: "Updated 17:26, 28-Nov-2026") */
  int named = k.i + 1 < k.len && k.s[k.i] == '-' && ivl_isalpha((unsigned char)k.s[k.i + 1]);
  int numeric = !named && k.i < k.len && (k.s[k.i] == '/' || k.s[k.i] == '-' || k.s[k.i] == '.');
  if (numeric) {
    char sep = k.s[k.i++];
    if (!read_int(&k, 2, &m) || k.i >= k.len || k.s[k.i++] != sep) return 0;
    if (m > 12 && day <= 12) { /* written month first: "03/18/2024" */
      int swap = m;
      m = day;
      day = swap;
    }
  } else {
    skip_separators(&k);
    size_t w = word_len(&k);
    if (!(m = ivl_month_from_name(k.s + k.i, w))) return 0;
    k.i += w;
    skip_separators(&k);
  }
  if (!read_int(&k, 4, &year) || year < 1900 || !ivl_date_valid(year, m, day)) return 0;
  if (numeric && m <= 12 && day <= 12 && m != day && twelve_hour_clock_at(k)) { /* "12/03/2026 04:15 PM" */
    int swap = m;
    m = day;
    day = swap;
  }
  *d = (ivl_date){year, m, day, -1, -1};
  *c = k;
  return 1;
}

/* "3rd Dec 26, 10:02am": interest.co.nz's stamp, an ordinal day, a month's
** name and the year's last two digits (set qweek67). Two digits stand for a
** year only in this shape: the ordinal's suffix before the month and a
** clock time right after the comma, so a sentence's "3rd Dec 26" or "Dec
** 26, 2025" keeps its reading. */
static int ordinal_day_month_short_year(cursor *c, ivl_date *d) {
  cursor k = *c;
  int day, m, yy;
  if (!read_int(&k, 2, &day) || k.i + 2 >= k.len) return 0;
  const char *sfx = k.s + k.i;
  if (memcmp(sfx, "st", 2) && memcmp(sfx, "nd", 2) && memcmp(sfx, "rd", 2) && memcmp(sfx, "th", 2)) return 0;
  k.i += 2;
  if (k.s[k.i] != ' ') return 0;
  skip_separators(&k);
  size_t w = word_len(&k);
  if (!(m = ivl_month_from_name(k.s + k.i, w))) return 0;
  k.i += w;
  while (k.i < k.len && k.s[k.i] == ' ') k.i++;
  size_t y0 = k.i;
  if (!read_int(&k, 2, &yy) || k.i - y0 != 2 || k.i >= k.len || k.s[k.i] != ',') return 0;
  cursor clock = k;
  clock.i++;
  int h, mi;
  while (clock.i < clock.len && clock.s[clock.i] == ' ') clock.i++;
  if (!read_int(&clock, 2, &h) || clock.i >= clock.len || clock.s[clock.i++] != ':' || !read_int(&clock, 2, &mi))
    return 0;
  if (!ivl_date_valid(2000 + yy, m, day)) return 0;
  *d = (ivl_date){2000 + yy, m, day, -1, -1};
  *c = k;
  return 1;
}

/* "2023-11-17", or with dots as the Korean press stamps it ("Published
** 2026.11.23 09:12") or slashes as Taiwan News does ("2026/11/30 14:22"):
** the same separator twice */
static int iso_date(cursor *c, ivl_date *d) {
  cursor k = *c;
  int y, m, day;
  char sep = 0;
  if (!read_int(&k, 4, &y) || k.i >= k.len || ((sep = k.s[k.i++]) != '-' && sep != '.' && sep != '/') || !read_int(&k, 2, &m) ||
      k.i >= k.len || k.s[k.i++] != sep || !read_int(&k, 2, &day) || !ivl_date_valid(y, m, day))
    return 0;
  *d = (ivl_date){y, m, day, -1, -1};
  *c = k;
  return 1;
}

static void read_time(cursor *c, ivl_date *d) {
  skip_separators(c);
  cursor k = *c;
  int h, m;
  if (read_int(&k, 2, &h) && k.i < k.len && k.s[k.i] == ':' && (k.i++, read_int(&k, 2, &m)) &&
      h < 24 && m < 60) {
    d->hour = h;
    d->minute = m;
    *c = k;
  }
}

/* Length of the line without a closing "a.m."/"p.m." written after a clock
** time ("Mar 11, 2026 06:41 p.m.", a business outlet's stamp), or an "AM."
** or "PM." closing it ("Updated - December 02, 2026 at 08:14 PM.", The
** Hindu BusinessLine's stamp, set qweek62): its final '.' is the hour's,
** not a sentence's. A sentence's "at 3 p.m." or "at 3 PM." has no "HH:MM"
** before it and keeps its length. */
static size_t before_clock_suffix(const char *s, size_t len) {
  int dotted = len >= 10 && (s[len - 4] == 'a' || s[len - 4] == 'p') && memcmp(s + len - 3, ".m.", 3) == 0;
  int capital = len >= 10 && (s[len - 3] == 'A' || s[len - 3] == 'P') && memcmp(s + len - 2, "M.", 2) == 0;
  if (!dotted && !capital) return len;
  size_t e = len - (dotted ? 4 : 3);
  while (e && s[e - 1] == ' ') e--;
  if (e < 5 || !ivl_isdigit((unsigned char)s[e - 1]) || !ivl_isdigit((unsigned char)s[e - 2]) || s[e - 3] != ':' ||
      !ivl_isdigit((unsigned char)s[e - 4]))
    return len;
  return e;
}

#define MIDDLE_DOT "\xC2\xB7" /* U+00B7, the separator of a social post's stamp */

/* Where a social post's stamp opens, a 12-hour clock and a middle dot
** ("Thread title – 4:40 PM · Nov 27, 2026", X's stamp under a post; set
** qweek77): the clock's first digit, or len. The words before it are the
** post's or the thread's title, of any length; a sentence's "at 4:40 PM"
** has no middle dot after it. */
static size_t post_stamp_clock(const char *s, size_t len) {
  for (size_t i = 5; i + 6 <= len; i++) {
    if ((s[i] != 'A' && s[i] != 'P') || s[i + 1] != 'M' || memcmp(s + i + 2, " " MIDDLE_DOT " ", 4) != 0 ||
        s[i - 1] != ' ' || !ivl_isdigit((unsigned char)s[i - 2]) || !ivl_isdigit((unsigned char)s[i - 3]) ||
        s[i - 4] != ':' || !ivl_isdigit((unsigned char)s[i - 5]))
      continue;
    size_t k = i - 5; /* the hour's digits */
    if (k > 0 && ivl_isdigit((unsigned char)s[k - 1])) k--;
    if (k == 0 || s[k - 1] == ' ') return k;
  }
  return len;
}

/* "9:05 AM · Dec 3 · 48.2K Views": a social post's stamp with no year (X
** writes none in the current year; set qweek77): the clock, a middle dot,
** a month's name and a day, then the line's end or another dot. The day
** is read with year 0, as a wire's yearless dateline is (article.c). */
int ivl_parse_yearless_post_stamp(const char *s, size_t len, ivl_date *out) {
  size_t at = post_stamp_clock(s, len);
  if (at == len) return 0;
  cursor c = {s, len, at};
  ivl_date d = {0, 0, 0, -1, -1};
  read_time(&c, &d);
  if (d.hour < 0 || c.i + 7 > len) return 0;
  c.i += 7; /* " AM · " */
  int m, day;
  size_t w = word_len(&c);
  if (!(m = ivl_month_from_name(s + c.i, w))) return 0;
  c.i += w;
  while (c.i < len && s[c.i] == ' ') c.i++;
  if (!read_int(&c, 2, &day) || !ivl_date_valid(2000, m, day)) return 0;
  while (c.i < len && s[c.i] == ' ') c.i++;
  if (c.i < len && (c.i + 2 > len || memcmp(s + c.i, MIDDLE_DOT, 2) != 0)) return 0; /* "Dec 3, 2026" is dated */
  *out = (ivl_date){0, m, day, d.hour, d.minute};
  return 1;
}

/* Length of the line without the full stop a Hungarian date closes with
** ("2026.12.03.", Hungary Today's stamp, set qweek74): year, month and
** day, dotted, the last dot the day's, after one label word at most
** ("Published"). A sentence's full stop after anything else, or after
** such a day at the end of many words, keeps its length. */
static size_t before_dotted_day_stop(const char *s, size_t len) {
  static const char shape[] = "dddd.dd.dd.";
  if (len < sizeof shape - 1) return len;
  const char *p = s + len - (sizeof shape - 1);
  for (size_t i = 0; i < sizeof shape - 1; i++)
    if (shape[i] == 'd' ? !ivl_isdigit((unsigned char)p[i]) : p[i] != '.') return len;
  int spaces = 0;
  for (const char *q = s; q < p; q++) spaces += *q == ' ';
  return spaces <= 1 ? len - 1 : len;
}

int ivl_parse_date_line(const char *s, size_t len, ivl_date *out) {
  while (len && (s[len - 1] == ' ' || s[len - 1] == '\t')) len--;
  len = before_dotted_day_stop(s, before_clock_suffix(s, len));
  if (len == 0 || len > 160 || s[len - 1] == '.') return 0; /* sentences end with '.' */
  size_t stamp = post_stamp_clock(s, len);
  cursor c = {s, len, stamp == len ? 0 : stamp};
  int words_before = 0;
  while (c.i < len) {
    ivl_date d;
    if (month_day_year(&c, &d) || iso_date(&c, &d) || day_month_year(&c, &d) ||
        ordinal_day_month_short_year(&c, &d)) {
      read_time(&c, &d);
      *out = d;
      return 1;
    }
    /* a byline or a weekday may come first; a long lead-in is a sentence.
    ** A bar opens a field of its own: China Daily's stamp "By MO JINGXI in
    ** Nanning | China Daily | Updated: 2026-11-27 08:52" is a byline, the
    ** outlet and the date, each field short, where the words of them all
    ** would be a sentence's */
    if (s[c.i] == '|' || (c.i + 2 <= len && memcmp(s + c.i, MIDDLE_DOT, 2) == 0)) words_before = 0; /* "Facebook · 1 December 2026" */
    else if (++words_before > 8) return 0;
    while (c.i < len && s[c.i] != ' ') c.i++;
    while (c.i < len && s[c.i] == ' ') c.i++;
  }
  return 0;
}

/* }====================================================================== */
