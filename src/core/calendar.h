/*
** calendar.h
** Month and weekday names, day arithmetic, and the reading of an article's
** date line ("November 17, 2023 - 17:27", "Friday, 17/11/2023 | 17:27 GMT+7").
*/
#ifndef IVLUA_CALENDAR_H
#define IVLUA_CALENDAR_H

#include <stddef.h>

typedef struct ivl_date {
  int year, month, day; /* 0 when unknown */
  int hour, minute;     /* -1 when no time was written */
} ivl_date;

/* 1..12 for "January", "Jan", "Jan.", "Sept" (any case), else 0. */
int ivl_month_from_name(const char *s, size_t len);
/* "3 Dec", "30 November": a day of one or two digits, spaces, then a
** month's name, opening t[from, to) (the day first, as AIM and the
** Commonwealth press write it). The end of the month's name, its day and
** month in *day and *month; 0 when t[from, to) opens otherwise. */
size_t ivl_day_then_month(const char *t, size_t from, size_t to, int *day, int *month);
/* 0 (Monday) .. 6 (Sunday) for "Friday", "Fri", else -1. */
int ivl_weekday_from_name(const char *s, size_t len);
int ivl_days_in_month(int year, int month);
/* 0 (Monday) .. 6 (Sunday). */
int ivl_day_of_week(int year, int month, int day);
int ivl_date_valid(int year, int month, int day);
/* 'd' moved by 'days' (negative: back), across months and years. */
ivl_date ivl_date_add_days(ivl_date d, int days);
/* Days since 1970-01-01 (negative before). */
long ivl_days_from_civil(int year, int month, int day);
/* Order of (month, day) pairs, day 0 meaning the whole month: <0, 0, >0.
** A month and a day in it compare equal. */
int ivl_month_day_cmp(int m1, int d1, int m2, int d2);

/* Is s[0..len) a date line? If so fill 'out'. A date line is short, holds
** one full date (month name and day and year, or day/month/year), maybe a
** weekday, a time and a byline, and no sentence. */
int ivl_parse_date_line(const char *s, size_t len, ivl_date *out);

/* Is s[0..len) a social post's stamp with no year ("9:05 AM · Dec 3 ·
** 48.2K Views")? If so fill 'out', its year 0. */
int ivl_parse_yearless_post_stamp(const char *s, size_t len, ivl_date *out);

/* Parse "YYYY-MM-DD" (a whole string); 1 on success. */
int ivl_parse_iso_date(const char *s, ivl_date *out);

/* "YYYY-MM-DD" into out (11 bytes). */
void ivl_date_iso(const ivl_date *d, char out[11]);

#endif
