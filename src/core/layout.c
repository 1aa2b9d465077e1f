/*
** layout.c
** Reading an article's layout from its lines.
**
** The press files we read look like: a headline line, a blank line, a date
** line, perhaps caption lines, a blank line, then body paragraphs (one per
** line) of which the first opens with a capitalised dateline place and the
** last closes with an agency credit. Any of the header may be missing; a
** file may also open with the dateline paragraph directly.
*/
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "layout.h"
#include "sentences.h"
#include "utf8.h"
#include "util.h"

#define MAX_TITLE 300
#define MAX_BYLINE 80 /* a byline or outlet line above the date line */
#define MAX_BYLINES 2
#define MAX_JUNK 40 /* a trailing line shorter than this, with no sentence end, is junk */

int ivl_spans_push(ivl_spans *s, size_t start, size_t end) {
  if (IVL_GROW(s->items, s->cap, s->n + 1)) return -1;
  s->items[s->n++] = (ivl_span){(uint32_t)start, (uint32_t)end};
  return 0;
}

void ivl_spans_free(ivl_spans *s) {
  free(s->items);
  memset(s, 0, sizeof *s);
}

void ivl_layout_free(ivl_layout *l) {
  ivl_spans_free(&l->captions);
  ivl_spans_free(&l->paragraphs);
  free(l->credits);
  l->credits = NULL;
  l->credits_cap = 0;
}

/* Length of the dash (em, en, or hyphen) at text[i], or 0. */
static size_t dash_at(const char *t, size_t end, size_t i) {
  /* (a newswire's double hyphen: "/PRNewswire/ -- ", "(GLOBE NEWSWIRE) -- ") */
  if (i + 1 < end && t[i] == '-' && t[i + 1] == '-') return 2;
  if (i < end && t[i] == '-') return 1;
  if (i + 2 < end && (unsigned char)t[i] == 0xE2 &&
      (unsigned char)t[i + 1] == 0x80 &&
      ((unsigned char)t[i + 2] == 0x93 || (unsigned char)t[i + 2] == 0x94))
    return 3;
  return 0;
}

/* The code point at t[i] (n bytes) and its category: ASCII without
** decoding, as datelines are looked for at the start of every paragraph.
** An ASCII character other than a letter is none of the categories asked
** about (Lu, Ll, Mn): PO stands for them all. */
static inline utf8proc_category_t category_at(const char *t, size_t end, size_t i, int32_t *cp,
                                              size_t *n) {
  unsigned char c = (unsigned char)t[i];
  if (c < 0x80) {
    *cp = c;
    *n = 1;
    return ivl_isupper(c) ? UTF8PROC_CATEGORY_LU : ivl_islower(c) ? UTF8PROC_CATEGORY_LL : UTF8PROC_CATEGORY_PO;
  }
  *cp = ivl_utf8_decode(t + i, end - i, n);
  return utf8proc_category(*cp);
}

/* ASCII bytes by what dateline_at() asks of them: a capital, a small
** letter, a byte that may be part of a place name (" .'-&"), one after
** which a word starts (' ', '-'). */
enum { DL_UPPER = 1, DL_LOWER = 2, DL_JOIN = 4, DL_STARTS = 8 };
#define U8(b) b, b, b, b, b, b, b, b
static const uint8_t dateline_class[128] = {
  [' '] = DL_JOIN | DL_STARTS, ['-'] = DL_JOIN | DL_STARTS, ['.'] = DL_JOIN, ['\''] = DL_JOIN,
  ['&'] = DL_JOIN, ['A'] = U8(DL_UPPER), U8(DL_UPPER), U8(DL_UPPER), DL_UPPER, DL_UPPER,
  ['a'] = U8(DL_LOWER), U8(DL_LOWER), U8(DL_LOWER), DL_LOWER, DL_LOWER,
};
#undef U8

/* "3 Dec", "30 November": the day before its month, as AIM's and the
** Commonwealth press's datelines write it ("Maputo, 3 Dec (AIM) - ...",
** set qweek75), all of t[from, to) but spaces. */
static int day_month_only(const char *t, size_t from, size_t to) {
  int day, month;
  size_t w = ivl_day_then_month(t, from, to, &day, &month);
  if (!w) return 0;
  if (w < to && t[w] == '.') w++;
  while (w < to && t[w] == ' ') w++;
  return w == to;
}

/* "Nov. 30", "November 30": a month and its day, no year, all of
** t[from, to) but spaces; or the day first (day_month_only). */
static int month_day_only(const char *t, size_t from, size_t to) {
  while (from < to && t[from] == ' ') from++;
  if (from < to && ivl_isdigit((unsigned char)t[from])) return day_month_only(t, from, to);
  size_t w = from;
  while (w < to && ivl_isalpha((unsigned char)t[w])) w++;
  if (!ivl_month_from_name(t + from, w - from)) return 0;
  if (w < to && t[w] == '.') w++;
  while (w < to && t[w] == ' ') w++;
  size_t d = w;
  while (w < to && ivl_isdigit((unsigned char)t[w])) w++;
  if (w == d || w - d > 2) return 0;
  while (w < to && t[w] == ' ') w++;
  return w == to;
}

/* "KUALA LUMPUR (April 14): ...", "PUTRAJAYA (Nov 3, 2026): ...": The
** Edge's and Bernama's dateline, the day bracketed after the place and a
** colon where the others put a dash (set qweek16). 1 (the colon's length)
** when t[j] is a colon and the bracket t[open, j) before it holds a day
** and nothing else, else 0. */
static size_t colon_after_bracketed_day(const char *t, size_t end, size_t open, size_t j) {
  if (j >= end || t[j] != ':' || j < open + 3 || t[open] != '(' || t[j - 1] != ')') return 0;
  ivl_date date;
  return month_day_only(t, open + 1, j - 1) || ivl_parse_date_line(t + open + 1, j - 1 - open - 1, &date) ? 1 : 0;
}

#define MAX_AGENCY 8 /* an agency's acronym in a dateline's brackets is no longer */

/* "Taipei, Dec. 3 (CNA) Taiwanese firms ...": Focus Taiwan's dateline, a
** day after the place's comma at 'comma', the agency's acronym in
** brackets and the text after one space, with no dash (set qweek61). The
** offset of that space, which stands where the others put the dash, else
** 0. Not "Hanoi, Dec. 3 (Reuters) - ...", nor a bracket that is no
** acronym ("(a Thursday)"), nor a day that is no day. */
static size_t agency_before_text(const char *t, size_t end, size_t comma) {
  const char *open = memchr(t + comma, '(', end - comma < 40 ? end - comma : 40);
  if (!open) return 0;
  size_t o = (size_t)(open - t), c = o + 1, day_end = o;
  while (c < end && c - o <= MAX_AGENCY && ivl_isupper((unsigned char)t[c])) c++;
  if (c - o < 3 || c + 3 >= end || t[c] != ')' || t[c + 1] != ' ' || !ivl_isupper((unsigned char)t[c + 2])) return 0;
  while (day_end > comma + 1 && t[day_end - 1] == ' ') day_end--;
  ivl_date date;
  if (!month_day_only(t, comma + 1, day_end) && !ivl_parse_date_line(t + comma + 1, day_end - comma - 1, &date))
    return 0;
  return c + 1;
}

/* Does t[from, to) end on a weekday's full name ("Last Friday", "On
** Monday")? Such words open a sentence of a day ("Last Friday, Nov. 13 -
** a day before the forum - LG said ..."); no dateline's place ends so. */
static int ends_on_weekday(const char *t, size_t from, size_t to) {
  while (to > from && t[to - 1] == ' ') to--;
  size_t w = to;
  while (w > from && ivl_isalpha((unsigned char)t[w - 1])) w--;
  return to - w >= 6 && ivl_weekday_from_name(t + w, to - w) >= 0;
}

/* "TEMPO.CO, Jakarta - ": an outlet's web name, capitals with a dot
** inside, before its city and the dash (Tempo English, set qweek73). The
** web name is t[start, name_end), one word; where the city ends (0 if
** none), the text after the dash in '*after'. Not "U.S., Japan - ...": a
** dotted initial ends on its dot, and the city's words open on capitals
** and run on in small letters. */
static size_t web_outlet_place(const char *t, size_t start, size_t name_end, size_t end,
                               size_t *after) {
  const char *dot = memchr(t + start, '.', name_end - start);
  if (!dot || (size_t)(dot - t) + 1 >= name_end || !ivl_isupper((unsigned char)dot[1]) ||
      memchr(t + start, ' ', name_end - start) || name_end + 2 >= end || t[name_end] != ',' ||
      t[name_end + 1] != ' ')
    return 0;
  size_t p = name_end + 2, place_end = 0;
  for (int words = 0; words < 3 && p < end && ivl_isupper((unsigned char)t[p]); words++) {
    size_t w = p + 1;
    while (w < end && (ivl_isalpha((unsigned char)t[w]) || (unsigned char)t[w] >= 0x80)) w++;
    place_end = w;
    if (w >= end || t[w] != ' ') return 0;
    size_t d = dash_at(t, end, w + 1);
    if (d && w + 1 + d < end && t[w + 1 + d] == ' ') {
      *after = w + 2 + d;
      return place_end;
    }
    p = w + 1;
  }
  return 0;
}

/* An upper-case place name then " — ": "QUẢNG NINH —", "HCM CITY —",
** "HÀ NỘI (VNA) —". Returns the end of the place name (0 if none) and the
** offset where the text after the dash starts in '*after'. */
static size_t dateline_at(const char *t, size_t start, size_t end, size_t *after) {
  size_t i = start, last_upper = start;
  int uppers = 0, lowers = 0, word_start = 1;
  while (i < end) {
    unsigned char c = (unsigned char)t[i];
    if (c < 0x80) { /* as below, by the byte's class: one look-up (27 Ir a byte the other way) */
      unsigned k = dateline_class[c];
      if (k & DL_UPPER) {
        uppers++;
        last_upper = i + 1;
      } else if ((k & DL_LOWER) && !word_start) {
        lowers++;
        last_upper = i + 1;
      } else if (!(k & DL_JOIN)) {
        break;
      }
      word_start = (k & DL_STARTS) != 0;
      i++;
      continue;
    }
    size_t n;
    int32_t cp;
    utf8proc_category_t cat = category_at(t, end, i, &cp, &n);
    if (cat == UTF8PROC_CATEGORY_LU) {
      uppers++;
      last_upper = i + n;
    } else if ((cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_MN) && !word_start) {
      lowers++; /* "Hà Nội (VNA) –": title case, told apart by the agency tag */
      last_upper = i + n;
    } else if (!(cp == ' ' || cp == '.' || cp == '\'' || cp == '-' || cp == '&')) {
      break;
    }
    word_start = cp == ' ' || cp == '-';
    i += n;
  }
  if (uppers < 2 && !(uppers == 1 && lowers)) return 0;
  size_t web = lowers ? 0 : web_outlet_place(t, start, last_upper, end, after);
  if (web) return web;
  size_t j = last_upper;
  while (j < end && t[j] == ' ') j++;
  size_t day_open = end; /* the bracket of a day before a colon */
  if (j < end && t[j] == '(') { /* "(VNA)" */
    const char *close = memchr(t + j, ')', end - j);
    if (!close || close - (t + j) > 24) return 0;
    day_open = j;
    j = (size_t)(close - t) + 1;
    while (j < end && t[j] == ' ') j++;
  } else if (lowers) {
    /* "Quảng Ninh, Nov. 30 – ...": title case, told apart by its date
    ** (not "Last Friday, Nov. 13 – ...": a day, no place); the outlet may
    ** follow in brackets, as long as its name ("Hà Nội, Nov. 3, 2026
    ** (Vietnam Investment Review) – ") */
    if (j >= end || t[j] != ',' || ends_on_weekday(t, start, last_upper)) return 0;
    size_t space = agency_before_text(t, end, j);
    if (space) {
      *after = space + 1;
      return last_upper;
    }
    size_t k = j + 1, date_end;
    while (k < end && k - j <= 64 && !(t[k] == ' ' && dash_at(t, end, k + 1))) k++;
    if (k >= end || k - j > 64) return 0;
    const char *open = memchr(t + j + 1, '(', k - j - 1);
    if (open) {
      date_end = (size_t)(open - t);
      if (t[k - 1] != ')' || k - date_end > 32) return 0;
      while (date_end > j + 1 && t[date_end - 1] == ' ') date_end--;
    } else {
      date_end = k;
    }
    ivl_date date;
    if (date_end - j > 32 || (!month_day_only(t, j + 1, date_end) &&
                              !ivl_parse_date_line(t + j + 1, date_end - j - 1, &date)))
      return 0;
    j = k + 1;
  }
  size_t d = dash_at(t, end, j);
  if (!d && day_open < end) d = colon_after_bracketed_day(t, end, day_open, j);
  if (!d || j == last_upper || j + d >= end || t[j + d] != ' ') return 0;
  *after = j + d + 1;
  return last_upper;
}

size_t ivl_layout_after_dateline(const char *text, size_t start, size_t end) {
  size_t after;
  return dateline_at(text, start, end, &after) ? after : start;
}

/* Where the line holding t[hi - 1] starts, looking back to lo at most:
** after the last '\n' of t[lo, hi), else lo. Sixteen bytes at a time from
** the end, then eight: a byte at a time, going back up to 96 bytes for
** every date and place the facts asked about was most of
** ivl_layout_wire_dateline. */
static size_t line_start_after(const char *t, size_t lo, size_t hi) {
#if defined(__SSE2__) && defined(__GNUC__)
  const __m128i nl = _mm_set1_epi8('\n');
  for (; hi >= lo + 16; hi -= 16) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + hi - 16));
    unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, nl));
    if (m) return hi - 16 + (size_t)(31 - __builtin_clz(m)) + 1;
  }
#endif
  for (; hi >= lo + 8; hi -= 8)
    if (ivl_word_has(ivl_load8(t + hi - 8), '\n')) break;
  while (hi > lo && t[hi - 1] != '\n') hi--;
  return hi;
}

/* "OSLO, Norway--(BUSINESS WIRE)--November 30, 2026--The company ...": a
** newswire's day told between double hyphens after its tag, from 'at'.
** Where the day's closing "--" is, else 0. */
static size_t business_wire_day_end(const char *t, size_t len, size_t at) {
  size_t e = at;
  while (e + 1 < len && e - at <= 30 && t[e] != '\n' && !(t[e] == '-' && t[e + 1] == '-')) e++;
  ivl_date date;
  if (e + 1 >= len || t[e] != '-' || !ivl_parse_date_line(t + at, e - at, &date)) return 0;
  return e;
}

#define OUTLET_DAY_MAX 32 /* "September 30, 2026" and a little more */

/* "HANOI, VIETNAM / ACCESSWIRE / November 20, 2026 / The company ...": a
** newswire's day after its slashed tag, closed by a slash of its own, from
** 'at'. Where that slash is (as a dash is, for the others), else 0. */
static size_t slashed_day_end(const char *t, size_t len, size_t at) {
  size_t e = at;
  while (e < len && e - at <= OUTLET_DAY_MAX && t[e] != '\n' && t[e] != '/') e++;
  size_t to = e;
  while (to > at && t[to - 1] == ' ') to--;
  ivl_date day;
  if (e + 1 >= len || t[e] != '/' || t[e + 1] != ' ' || !ivl_parse_date_line(t + at, to - at, &day) || !day.year)
    return 0;
  return e;
}

/* A day with its year from 'from' up to the space before a spaced dash, on
** one line ("December 3, 2026 – "): that space's offset, the day in
** '*day'; else 0. */
static size_t day_before_dash(const char *t, size_t len, size_t from, ivl_date *day) {
  size_t to = from;
  while (to < len && to - from <= OUTLET_DAY_MAX && t[to] != '\n' && !(t[to] == ' ' && dash_at(t, len, to + 1))) to++;
  if (to >= len || t[to] != ' ' || to - from > OUTLET_DAY_MAX || !ivl_parse_date_line(t + from, to - from, day) ||
      !day->year)
    return 0;
  return to;
}

size_t ivl_layout_outlet_day(const char *t, size_t len, size_t at, ivl_date *day) {
  size_t d = dash_at(t, len, at);
  if (!d || d == 2 || at + d >= len || t[at + d] != ' ') return 0;
  size_t to = day_before_dash(t, len, at + d + 1, day);
  if (!to) return 0;
  size_t e = to + 1, n = dash_at(t, len, e);
  return n == 2 || e + n >= len || t[e + n] != ' ' ? 0 : e;
}

#define BRACKETED_OUTLET_MAX 32 /* "(Vietnam Investment Review)" and a little more */

size_t ivl_layout_day_outlet(const char *t, size_t len, size_t at, ivl_date *day) {
  size_t lim = len - at < OUTLET_DAY_MAX + 2 ? len - at : OUTLET_DAY_MAX + 2;
  const char *open = memchr(t + at, '(', lim);
  if (!open || memchr(t + at, '\n', (size_t)(open - (t + at)))) return 0;
  size_t o = (size_t)(open - t), e = o;
  while (e > at && t[e - 1] == ' ') e--;
  if (e == o || !ivl_isupper((unsigned char)t[at]) || !ivl_parse_date_line(t + at, e - at, day) || !day->year)
    return 0;
  lim = len - o < BRACKETED_OUTLET_MAX ? len - o : BRACKETED_OUTLET_MAX;
  const char *close = memchr(open, ')', lim);
  if (!close || memchr(open, '\n', (size_t)(close - open))) return 0;
  size_t j = (size_t)(close - t) + 1;
  if (j >= len || t[j] != ' ') return 0;
  size_t d = dash_at(t, len, j + 1);
  return d && d != 2 && j + 1 + d < len && t[j + 1 + d] == ' ' ? j + 1 : 0;
}

size_t ivl_layout_bracket_outlet_day(const char *t, size_t len, size_t at, ivl_date *day) {
  if (at >= len || t[at] != '(') return 0;
  size_t lim = len - at < BRACKETED_OUTLET_MAX ? len - at : BRACKETED_OUTLET_MAX;
  const char *close = memchr(t + at, ')', lim);
  if (!close || close == t + at + 1 || memchr(t + at, '\n', (size_t)(close - (t + at)))) return 0;
  size_t from = (size_t)(close - t) + 1;
  if (from >= len || t[from] != ' ' || from + 1 >= len || !ivl_isupper((unsigned char)t[from + 1])) return 0;
  size_t to = day_before_dash(t, len, from + 1, day);
  if (!to) return 0;
  size_t d = dash_at(t, len, to + 1);
  return d && d != 2 && to + 1 + d < len && t[to + 1 + d] == ' ' ? to + 1 : 0;
}

/* "TOKYO and HÀ NỘI, December 1, 2026 (BUSINESS WIRE) -- ", "SAN JOSE,
** Calif. and HO CHI MINH CITY, Dec. 4, 2026 (GLOBE NEWSWIRE) -- ": a joint
** release's dateline names two places joined by "and", the first perhaps
** with its US state's abbreviation after a comma (set qweek38). At t[i],
** where the first place's letters stop, where the second's start (a
** capital after "and "), else 0. */
static size_t joined_place_at(const char *t, size_t len, size_t i) {
  size_t k = i;
  if (k + 2 < len && t[k] == ',' && t[k + 1] == ' ' && ivl_isupper((unsigned char)t[k + 2])) {
    size_t w = k + 2; /* the state: "Calif.", "N.Y.", "Texas" */
    while (w < len && w - k <= 10 && (ivl_isalpha((unsigned char)t[w]) || t[w] == '.')) w++;
    if (w >= len || t[w] != ' ') return 0;
    k = w + 1;
  }
  if (k + 4 < len && memcmp(t + k, "and ", 4) == 0 && (ivl_isupper((unsigned char)t[k + 4]) || (unsigned char)t[k + 4] >= 0xC3))
    return k + 4;
  return 0;
}

/* Is t[from, to) a day closed by a full stop, "December 3." as TASS
** writes it before its slashed tag (set qweek74)? */
static int stopped_day(const char *t, size_t from, size_t to) {
  while (to > from && t[to - 1] == ' ') to--;
  if (to == from || t[to - 1] != '.') return 0;
  ivl_date date;
  return month_day_only(t, from, to - 1) || ivl_parse_date_line(t + from, to - 1 - from, &date);
}

/* "(ANSA) - ROME, DEC 3 - Italian ...": ANSA's English wire puts its
** bracketed tag and a dash before the place and the day (set qweek87). The
** offset after that dash and its space, where the place starts, else 0;
** the tag is an agency's acronym in capitals. */
static size_t agency_tag_first(const char *t, size_t len, size_t line) {
  size_t c = line + 1;
  while (c < len && c - line <= MAX_AGENCY && ivl_isupper((unsigned char)t[c])) c++;
  if (c - line < 3 || c + 2 >= len || t[c] != ')' || t[c + 1] != ' ') return 0;
  size_t d = dash_at(t, len, c + 2);
  if (!d || d == 2 || c + 2 + d + 1 >= len || t[c + 2 + d] != ' ') return 0;
  return ivl_isupper((unsigned char)t[c + 3 + d]) ? c + 3 + d : 0;
}

size_t ivl_layout_wire_dateline(const char *t, size_t len, size_t pos) {
  /* a dateline is short: look no further back than that (called for every
  ** date and place, a long line must not make it quadratic) */
  size_t line = line_start_after(t, pos > 96 ? pos - 96 : 0, pos);
  if (line > 0 && t[line - 1] != '\n') return 0;
  if (t[line] == '(') { /* "(Seafood.vasep.com.vn) December 3, 2026 – " (set qweek59) */
    ivl_date date;
    size_t e = ivl_layout_bracket_outlet_day(t, len, line, &date);
    if (!e && (e = agency_tag_first(t, len, line)) != 0)
      line = e; /* the place and day after it, as any wire's, the tag before them in the dateline */
    else
      return e && pos < e ? e : 0;
  }
  /* the places: capitals (title case only before an agency tag), '/'
  ** between two ("MANILA/HANOI"), a hyphen inside a name */
  size_t i = line;
  int uppers = 0, lowers = 0, word_start = 1, joined = 0;
  while (i < len) {
    size_t n;
    int32_t cp;
    utf8proc_category_t cat = category_at(t, len, i, &cp, &n);
    if (cat == UTF8PROC_CATEGORY_LU) uppers++;
    else if ((cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_MN) && !word_start) lowers++;
    else if (!(cp == ' ' || cp == '/' || cp == '.' || cp == '\'' || cp == '&' ||
               (cp == '-' && i + 1 < len && t[i + 1] != ' '))) {
      size_t next = uppers >= 2 && !lowers && !joined ? joined_place_at(t, len, i) : 0;
      if (!next) break;
      joined = 1;
      i = next;
      word_start = 1;
      continue;
    }
    word_start = cp == ' ' || cp == '-' || cp == '/';
    i += n;
  }
  /* one capital only in title case ("Hanoi, May 4 (VNA) - "): the agency
  ** tag or a full date, asked for below, tells it from a sentence */
  if (uppers < 2 && !(uppers == 1 && lowers)) return 0;
  size_t j = i;
  /* the day: ", Feb 18", ", March 4, 2025" */
  size_t day = j, day_end = j;
  if (j < len && t[j] == ',') {
    day = ++j;
    while (j < len && j - day <= 30 && t[j] != '\n' && t[j] != '(' &&
           !(t[j] == ' ' && (dash_at(t, len, j + 1) || (j + 1 < len && t[j + 1] == '/'))))
      j++;
    day_end = j;
    while (j < len && t[j] == ' ') j++;
  }
  /* the agency: "(Reuters)", "(VNA)", a newswire's "/PRNewswire/"; title
  ** case needs one */
  size_t open = len;
  int slashed = 0;
  if (j < len && (t[j] == '(' || t[j] == '/')) {
    slashed = t[j] == '/';
    if (!slashed) open = j;
    const char *close = memchr(t + j + 1, slashed ? '/' : ')', len - j - 1);
    if (!close || close - (t + j) > 24) return 0;
    j = (size_t)(close - t) + 1;
    /* Andina's full stop after its tag: "Lima, Dec. 2 (ANDINA). – ..." (set
    ** qweek75); the dash must still follow */
    if (!slashed && j + 1 < len && t[j] == '.' && t[j + 1] == ' ') j++;
    while (j < len && t[j] == ' ') j++;
    size_t e = slashed && !dash_at(t, len, j) ? slashed_day_end(t, len, j) : 0;
    if (e) return pos < e ? e : 0;
  } else if (lowers) {
    /* (an outlet's name, then its day between dashes: "Hanoi Times –
    ** August 26, 2026 – "; set qwhere) */
    if (day_end == day) {
      ivl_date date;
      size_t e = ivl_layout_outlet_day(t, len, j, &date);
      /* (or the day itself, its outlet in brackets: "July 16, 2026 (The
      ** Investor) – "; set qweek7) */
      if (!e && j < len && ivl_isdigit((unsigned char)t[j])) e = ivl_layout_day_outlet(t, len, line, &date);
      return e && pos < e ? e : 0;
    }
    /* title case with no agency: a dateline only with its date ("Hà Nội,
    ** June 3, 2025 - ", "Quảng Ninh, Nov. 30 - "), not "Bắc Ninh, Bắc
    ** Giang - " nor a day's "Last Friday, Nov. 13 - " */
    ivl_date date;
    if (day_end == day || ends_on_weekday(t, line, day - 1) ||
        (!ivl_parse_date_line(t + day, day_end - day, &date) && !month_day_only(t, day, day_end)))
      return 0;
  }
  size_t space = day_end > day ? agency_before_text(t, len, day - 1) : 0;
  if (space) return pos < space ? space : 0; /* "Taipei, Dec. 3 (CNA) Taiwanese ..." */
  size_t d = dash_at(t, len, j);
  /* (TASS's "HANOI, December 3. /TASS/. Russia ...": a full stop after
  ** its slashed tag stands where the others put the dash; set qweek74) */
  if (!d && slashed && t[j] == '.' && stopped_day(t, day, day_end)) d = 1;
  if (d == 2 && j + d < len && t[j + d] != ' ') {
    size_t e = business_wire_day_end(t, len, j + d);
    return e && pos < e ? e + 2 : 0; /* past the closing "--" */
  }
  if (!d && open < len) d = colon_after_bracketed_day(t, len, open, j);
  if (!d || j + d >= len || t[j + d] != ' ') return 0;
  return pos < j ? j : 0;
}

/* "— VNS", "— VNA/VNS", "— VNA/VNS Photo", "— Photo courtesy of the city":
** the start of the credit at the end of text[start..end), or 'end'. */
#define NO_DASH SIZE_MAX

/* The last byte of t[lo, hi) that may start a dash ('-', or 0xE2 of an en
** or em dash), or NO_DASH. Eight bytes at a time: a byte at a time, the
** backward scan of every paragraph was a seventh of preparing an article. */
static size_t dash_lead_before(const char *t, size_t lo, size_t hi) {
#if defined(__SSE2__) && defined(__GNUC__)
  /* sixteen at a time, the last hit's place from the mask's top bit */
  const __m128i hyphen = _mm_set1_epi8('-'), lead = _mm_set1_epi8((char)0xE2);
  for (; hi >= lo + 16; hi -= 16) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + hi - 16));
    unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, hyphen), _mm_cmpeq_epi8(x, lead)));
    if (m) return hi - 16 + (size_t)(31 - __builtin_clz(m));
  }
#endif
  for (; hi >= lo + 8; hi -= 8) {
    uint64_t w = ivl_load8(t + hi - 8);
    if (ivl_word_has(w, '-') | ivl_word_has(w, 0xE2)) break;
  }
  while (hi > lo) {
    unsigned char c = (unsigned char)t[--hi];
    if (c == '-' || c == 0xE2) return hi;
  }
  return NO_DASH;
}

size_t ivl_layout_before_credit(const char *t, size_t start, size_t end) {
  for (size_t p = end; (p = dash_lead_before(t, start + 1, p)) != NO_DASH;) {
    size_t i = p + 1; /* the dash is at i - 1 */
    size_t d = dash_at(t, end, i - 1);
    if (!d || t[i - 2] != ' ' || i - 1 + d >= end || t[i - 1 + d] != ' ') continue;
    const char *credit = t + i - 1 + d + 1;
    size_t clen = (size_t)(t + end - credit);
    int acronym = clen >= 2 && clen <= 24, photo = 0;
    for (size_t k = 0; k < clen && acronym; k++)
      acronym = ivl_isupper((unsigned char)credit[k]) || credit[k] == '/' || credit[k] == '&';
    /* a photo credit is short: a longer tail (a dash inside the sentence)
    ** is not searched for the word (330K Ir of 1.0M on /tmp/b1) */
    for (size_t k = 0; !acronym && clen < 80 && k + 5 <= clen && !photo; k++)
      photo = memcmp(credit + k, "Photo", 5) == 0;
    if (acronym || (photo && clen < 80)) {
      size_t s = i - 2;
      while (s > start && t[s - 1] == ' ') s--;
      return s;
    }
    return end; /* the last dash decides */
  }
  return end;
}

typedef struct line {
  size_t start, end; /* trimmed */
} line;

static int blank(const line *l) { return l->start == l->end; }

/* The lines kept on the caller's stack: a news text has some tens; grown
** from nothing for each, the array was reallocated some nine times an
** article (0.7M Ir of extraction's 330M on /tmp/b1). More are allocated. */
#define LOCAL_LINES 256

/* Room for twice '*cap' lines, moved off the stack ('local') the first time. */
static int more_lines(const line *local, line **out, size_t *cap) {
  if (*cap > SIZE_MAX / 2 / sizeof **out) return -1;
  line *p = *out == local ? malloc(2 * *cap * sizeof *p) : realloc(*out, 2 * *cap * sizeof *p);
  if (!p) return -1;
  if (*out == local) memcpy(p, local, *cap * sizeof *p);
  *out = p;
  *cap *= 2;
  return 0;
}

/* The text's lines, trimmed, in '*out': 'local' (LOCAL_LINES of them) or,
** for more, allocated; -1 when out of memory (nothing left allocated). */
static int split_lines(const char *t, size_t len, line *local, line **out, size_t *n) {
  size_t cap = LOCAL_LINES, i = 0;
  *out = local;
  *n = 0;
  while (i <= len) {
    const char *nl = memchr(t + i, '\n', len - i);
    size_t e = nl ? (size_t)(nl - t) : len, s = i;
    while (s < e && (t[s] == ' ' || t[s] == '\t')) s++;
    size_t te = e;
    while (te > s && (t[te - 1] == ' ' || t[te - 1] == '\t')) te--;
    if (*n == cap && more_lines(local, out, &cap)) {
      if (*out != local) free(*out);
      return -1;
    }
    (*out)[(*n)++] = (line){s, te};
    if (!nl) break;
    i = e + 1;
  }
  return 0;
}

static int ends_sentence(const char *t, const line *l) {
  char c = t[l->end - 1];
  return c == '.' || c == '!' || c == '?' || c == '"' || c == ')';
}

/* The first cell of a row that numbers it ("1    | Singapore | ..."): where
** the label after it starts, or 'vs' when the row has no such cell. */
static size_t after_rank_cell(const char *t, size_t vs, size_t ve) {
  size_t p = vs;
  while (p < ve && p < vs + 2 && ivl_isdigit((unsigned char)t[p])) p++;
  if (p == vs || p >= ve || t[p] != ' ') return vs;
  while (p < ve && t[p] == ' ') p++;
  if (p + 1 >= ve || t[p] != '|' || t[p + 1] != ' ') return vs;
  return p + 2;
}

/* Does a figure start at 'at' ("$1.2 billion", "US$", "VNĐ", "980")? */
static int figure_at(const char *t, size_t at, size_t ve) {
  return at + 1 < ve && (t[at] == '$' || ivl_isdigit((unsigned char)t[at]) || (t[at] == 'U' && t[at + 1] == 'S') ||
                         (t[at] == 'V' && t[at + 1] == 'N'));
}

/* "Sumikura Realty | Japan | US$680 million | Đông Anh", "Goertek Vina
** (China)<TAB>$320 million<TAB>$1.3 billion": a row of several cells
** between bars or tabs, a figure opening one cell after the first (the
** firm's name and its origin may come before its capital). */
static int cells_row(const char *t, size_t vs, size_t ve) {
  /* most lines have neither separator: two memchr()s before the walk */
  if (!memchr(t + vs, '|', ve - vs) && !memchr(t + vs, '\t', ve - vs)) return 0;
  int cells = 1, figure = 0;
  for (size_t p = vs + 1; p + 1 < ve; p++) {
    size_t after = 0;
    if (t[p] == '\t') after = p + 1;
    else if (t[p] == '|' && t[p - 1] == ' ' && t[p + 1] == ' ') after = p + 2;
    if (!after) continue;
    cells++;
    while (after < ve && t[after] == ' ') after++;
    figure |= figure_at(t, after, ve);
  }
  return cells >= 3 && figure;
}

/* "Singapore: $6.58 billion (182 projects)", "Đồng Nai | $980 million |
** 41", "Laos      US$420 million    12": a short line with no stop, a label
** (after a cell that numbers the row, if any) then a separator (": ",
** " | ", " – ", or the run of spaces that aligns columns) then a figure, is
** a row of a table flattened into text. */
int ivl_layout_table_row(const char *t, size_t vs, size_t ve) {
  if (ve - vs < 6 || ve - vs > 100) return 0;
  if (cells_row(t, vs, ve)) return 1;
  char last = t[ve - 1];
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == '"' || last == ',') return 0;
  vs = after_rank_cell(t, vs, ve);
  for (size_t p = vs + 1; p + 2 < ve && p < vs + 50; p++) {
    size_t after = 0;
    if (t[p] == ':' && t[p + 1] == ' ') after = p + 2;
    else if (t[p] == ' ' && t[p + 1] == '|' && t[p + 2] == ' ') after = p + 3;
    else if (t[p] == ' ' && t[p + 1] == ' ') {
      /* a label padded to its column: spaces, then maybe the bar */
      for (after = p; after < ve && t[after] == ' ';) after++;
      if (after + 1 < ve && t[after] == '|' && t[after + 1] == ' ') after += 2;
    }
    else if (t[p] == ' ' && p + 4 < ve && (unsigned char)t[p + 1] == 0xE2 && (unsigned char)t[p + 2] == 0x80 &&
             (unsigned char)t[p + 3] == 0x93 && t[p + 4] == ' ')
      after = p + 5;
    if (!after) continue;
    /* a figure right after the separator: "$1.2 billion", "US$", "VNĐ", "980" */
    return figure_at(t, after, ve);
  }
  return 0;
}

/* How many bytes the bullet that opens line 'l' takes ("- ", "* ", "+ ",
** "1. ", "2) ", "• ", "▪ ", "– "), or 0 when it opens on none. A slide's or
** a brochure's bullets end with no full stop: each is an item of its own. */
static size_t bullet_width(const char *t, const line *l) {
  const char *p = t + l->start, *e = t + l->end;
  if (e - p < 3) return 0;
  if ((p[0] == '-' || p[0] == '*' || p[0] == '+') && p[1] == ' ') return 2;
  if (ivl_isdigit((unsigned char)p[0]) && (p[1] == '.' || p[1] == ')') && p[2] == ' ') return 3;
  if ((unsigned char)p[0] == 0xE2 && e - p >= 4 && p[3] == ' ' &&
      (((unsigned char)p[1] == 0x80 && ((unsigned char)p[2] == 0xA2 || (unsigned char)p[2] == 0x93)) ||
       ((unsigned char)p[1] == 0x96 && (unsigned char)p[2] == 0xAA)))
    return 4;
  return 0;
}

/* "- Japan: $1.3 billion", "2. Singapore – $900 million", a table's row
** ("Japan: $1.3 billion"): an item of a list with a figure in it, which ends an article as a sentence would. */
static int list_item(const char *t, const line *l) {
  const char *p = t + l->start, *e = t + l->end;
  size_t w = bullet_width(t, l);
  if (!w) return ivl_layout_table_row(t, l->start, l->end);
  p += w;
  for (; p < e; p++)
    if (ivl_isdigit((unsigned char)*p)) return 1;
  return 0;
}

/* Lines after the last real paragraph that are short and not sentences
** ("E-paper", "Share"): how many lines, from the end, to ignore. */
static size_t junk_tail(const char *t, const line *lines, size_t n) {
  size_t last = n, junk_from = n;
  while (last > 0 && blank(&lines[last - 1])) last--;
  size_t k = last;
  while (k > 1) {
    const line *l = &lines[k - 1];
    if (blank(l)) {
      k--;
      continue;
    }
    if (l->end - l->start >= MAX_JUNK || ends_sentence(t, l) || list_item(t, l) ||
        ivl_layout_before_credit(t, l->start, l->end) != l->end)
      break;
    junk_from = k - 1;
    k--;
  }
  return junk_from;
}

/* Is line 'l' the heading of a list of other articles ("Related news",
** "Read more:", "See also")? Case is not compared; a colon may end it. */
static int related_heading(const char *t, const line *l) {
  static const char *const headings[] = {
    "related", "related news", "related articles", "related stories", "related content", "related posts",
    "read more", "read also", "see also", "more news", "other news", "more stories", "you may also like",
    "you might also like", "recommended", "tin liên quan", NULL};
  size_t n = l->end - l->start;
  if (n > 20) return 0; /* the longest, "you might also like:"; most lines are longer */
  if (n && t[l->end - 1] == ':') n--;
  for (int i = 0; headings[i]; i++)
    if (ivl_ascii_ieq(t + l->start, n, headings[i])) return 1;
  return 0;
}

#define MAX_RELATED_LINE 200 /* a headline of a list of other articles is shorter */

/* "Read more: Japan's Aeon opens $200 million mall in Hà Nội", "Related
** news: ..." inside the body: a link to another article, one line, no
** paragraph of this one. */
static int related_link(const char *t, const line *l) {
  static const char *const leads[] = {"read more:",     "related:",       "related news:", "related articles:",
                                      "related stories:", "see also:", "read also:",    NULL};
  char c = (char)ivl_tolower((unsigned char)t[l->start]);
  if ((c != 'r' && c != 's') || l->end - l->start > MAX_RELATED_LINE) return 0;
  for (int i = 0; leads[i]; i++) {
    size_t n = strlen(leads[i]);
    if (l->end - l->start > n && ivl_ascii_ieq(t + l->start, n, leads[i])) return 1;
  }
  return 0;
}

/* "Related news:" and the headlines of other articles under it, to the
** end: their figures are not this article's. Where such a list begins
** (the heading's line), or 'end' when there is none: a heading followed
** by a paragraph longer than any headline heads no such list. */
static size_t related_list(const char *t, const line *lines, size_t end) {
  for (size_t h = end; h-- > 1;) {
    if (blank(&lines[h]) || !related_heading(t, &lines[h])) continue;
    for (size_t k = h + 1; k < end; k++)
      if (lines[k].end - lines[k].start > MAX_RELATED_LINE) return end;
    return h;
  }
  return end;
}

/* A line whose credit starts at 'c' (ivl_layout_before_credit), or that
** ends with a credit of its own sentence ("Workers at a plant in Bac Ninh.
** Photo by VnExpress/Giang Huy", "... (Photo: VIR)"). */
static int is_caption_line(const char *t, const line *l, size_t c) {
  if (c != l->end) {
    for (size_t k = c; k + 5 <= l->end; k++)
      if (memcmp(t + k, "Photo", 5) == 0) return 1;
    return 0;
  }
  /* "Photo" in a credit's reach from the end, found by memchr (every
  ** paragraph is asked: a byte-at-a-time loop was 4M Ir on /tmp/b1) */
  static const char *const tails[] = {" by ", ": ", "s: ", " courtesy", NULL};
  size_t from = l->end > l->start + 80 ? l->end - 80 : l->start; /* a credit is short */
  for (const char *p = t + from; (p = memchr(p, 'P', (size_t)(t + l->end - p))) != NULL; p++) {
    size_t k = (size_t)(p - t);
    if (l->end - k < 8 || memcmp(p, "Photo", 5) != 0) continue;
    /* it opens a sentence of its own ("... Bac Ninh. Photo by"), or a bracket */
    int bracket = k > l->start && t[k - 1] == '(';
    if (bracket) return 1; /* "(Photo: VIR)", "(Photo VNA)" */
    int opens = k == l->start || (k >= l->start + 2 && t[k - 1] == ' ' && (t[k - 2] == '.' || t[k - 2] == '"'));
    for (int i = 0; opens && tails[i]; i++)
      if (l->end - k - 5 > strlen(tails[i]) && memcmp(p + 5, tails[i], strlen(tails[i])) == 0) return 1;
  }
  return 0;
}

static size_t next_nonblank(const line *lines, size_t i, size_t n) {
  while (i < n && blank(&lines[i])) i++;
  return i;
}

/* A date line: a day with its year, or a social post's stamp with none
** ("9:05 AM · Dec 3", its year 0 as a wire's yearless dateline's). */
static int date_line(const char *t, const line *l, ivl_date *d) {
  return ivl_parse_date_line(t + l->start, l->end - l->start, d) ||
         ivl_parse_yearless_post_stamp(t + l->start, l->end - l->start, d);
}

/* Is there a full stop in the line that may end a sentence: any but an
** abbreviation's before a number ("No. 47", "Vol. 3")? */
static int sentence_stop_in(const char *t, const line *l) {
  for (const char *p = t + l->start; (p = memchr(p, '.', (size_t)(t + l->end - p))) != NULL; p++) {
    size_t k = (size_t)(p - t);
    if (!(k + 2 < l->end && t[k + 1] == ' ' && ivl_isdigit((unsigned char)t[k + 2]))) return 1;
  }
  return 0;
}

/* Does a short line close on its outlet in brackets, with no full stop in
** it ("Dimas Prasetyo (The Jakarta Post)", the Jakarta Post's byline, set
** qweek73)? Its bracket is the byline's, no sentence's close: a sentence
** that closes on a bracket ("... in 2023 (VNA).") has its full stop. */
/* (A newsletter's issue line, its Vietnamese in brackets, "Issue No. 47
** (Số 47)", set qweek90, is one too: the full stop of an abbreviation
** before a number, "No. 47", ends no sentence.) */
static int outlet_bracketed(const char *t, const line *l) {
  size_t n = l->end - l->start;
  return t[l->end - 1] == ')' && memchr(t + l->start, '(', n) && !sentence_stop_in(t, l);
}

/* A line that may stand between the headline and the date line: a byline
** or the outlet's name ("By Minh Anh", "Tuoi Tre News"). */
static int byline_like(const char *t, const line *l) {
  return l->end - l->start <= MAX_BYLINE && (!ends_sentence(t, l) || outlet_bracketed(t, l));
}

/* Is the line a standfirst, a deck written as a sentence with its full
** stop ("The Israeli company will also build its first plant outside
** Israel, in Vietnam's Central Highlands."), right over the date line ("2
** Dec, 2026 16:45", Globes' stamp, set qweek70)? It runs longer than a
** byline, as a deck does: a short sentence over a date line ("The city
** licensed two projects.") is the body's, the date line in its middle. */
static int standfirst_over_date_line(const char *t, const line *lines, size_t i, size_t n) {
  size_t under = next_nonblank(lines, i + 1, n);
  ivl_date d;
  return lines[i].end - lines[i].start > MAX_BYLINE && under < n && date_line(t, &lines[under], &d);
}

#define MAX_DECK 160 /* a deck (a second headline under the first) is no longer */
#define MAX_HEAD_LINES 5 /* heading lines over a date line: section, headline, deck, byline */
#define MAX_FIELD_LABEL 3 /* words of a header field's label ("Apply before") */

/* Does a labelled field open the line ("Location: Yen Phong II-C
** Industrial Park, Bac Ninh", "Salary: US$1,400 - US$2,000/month
** (negotiable)"): a word or a few, the first a capital's, then a colon
** and a space? */
static int opens_on_field_label(const char *t, const line *l) {
  if (!ivl_isupper((unsigned char)t[l->start])) return 0;
  int words = 1;
  for (size_t p = l->start; p + 1 < l->end; p++) {
    if (t[p] == ':') return t[p + 1] == ' ';
    if (t[p] == ' ' && ++words > MAX_FIELD_LABEL) return 0;
    if (!ivl_isalpha((unsigned char)t[p]) && t[p] != ' ') return 0;
  }
  return 0;
}

/* A line of a job advertisement's header, over its date line ("Posted:
** 15/11/2026 | Apply before: ..."): the employer's name, closing on its
** legal suffix's stop ("Kaneda Seimitsu Vietnam Co., Ltd."), or a
** labelled field (opens_on_field_label), whatever closes it (set
** qweek120). Neither is a sentence, though a stop or a bracket ends it. */
static int header_field_line(const char *t, const line *l) {
  if (l->end - l->start > MAX_BYLINE) return 0;
  return opens_on_field_label(t, l) ||
         (t[l->end - 1] == '.' && ivl_sentences_name_ending_before(t, l->start, l->end - 1));
}

/* The date line among the lines from i on, after at most MAX_BYLINES
** byline lines: its index, or n. The first of them may also be a deck,
** a headline of its own longer than a byline ("State-owned X sells 35% to
** strategic investors ahead of IPO" between a wire's headline and
** "December 2, 2026 18:30 JST"). A trade paper stacks more heading lines
** over its date line, none closed as a sentence: the outlet, its section,
** the headline, a standfirst, the byline ("Lloyd's List", "Ports and
** Logistics", "Straits Harbour and Mekong Port Group team up for ...",
** "Tuan Nguyen, Asia Correspondent", "04 Dec 2026"; set qweek91). */
static size_t find_date_line(const char *t, const line *lines, size_t i, size_t n, ivl_date *d) {
  for (int k = 0; i < n && k < MAX_HEAD_LINES; k++, i = next_nonblank(lines, i + 1, n)) {
    if (date_line(t, &lines[i], d)) return i;
    int heading = lines[i].end - lines[i].start <= MAX_DECK &&
                  (!ends_sentence(t, &lines[i]) || header_field_line(t, &lines[i]));
    int deck = k == 0 && lines[i].end - lines[i].start <= MAX_DECK && standfirst_over_date_line(t, lines, i, n);
    if (!heading && !deck && !(k <= MAX_BYLINES && byline_like(t, &lines[i]))) break;
  }
  return n;
}

#define MAX_KICKER_WORDS 3 /* a section label above a headline is no longer */

/* Is the line a kicker, a section or outlet label set above the headline
** ("ECONOMY", "Business | Investment", "Tuoi Tre News", "Đồng Nai"): at
** most MAX_KICKER_WORDS words, each opening on a capital, with no digit
** (a short headline holds a figure or a small word: "Lender buys into
** state builder")? Separators ('|', '/', '&', dashes) are no words. */
static int kicker_line(const char *t, const line *l) {
  int words = 0;
  for (size_t p = l->start, n; p < l->end; p += n) {
    int32_t cp;
    utf8proc_category_t c = category_at(t, l->end, p, &cp, &n);
    if (ivl_isdigit((unsigned char)t[p])) return 0;
    if (p > l->start && t[p - 1] != ' ') continue; /* inside a word */
    if (c == UTF8PROC_CATEGORY_LL) return 0;
    if (c == UTF8PROC_CATEGORY_LU && ++words > MAX_KICKER_WORDS) return 0;
  }
  return words > 0;
}

/* The headline under a kicker ('first') and over the date line at 'at':
** the line right under the kicker, when it is no byline ("By Minh Anh")
** and holds more words than a kicker may; else 'first' itself. */
static const line *under_kicker(const char *t, const line *lines, const line *first, size_t next,
                                size_t at) {
  if (next >= at || !kicker_line(t, first)) return first;
  const line *h = &lines[next];
  if (h->end - h->start > 3 && memcmp(t + h->start, "By ", 3) == 0) return first;
  return kicker_line(t, h) ? first : h;
}

/* Is a first line that closes as a sentence does the headline all the
** same? "Week in review (Nov 24-30)" is, when a date line comes under it
** ('dated'); a question or an exclamation ("Why are Taiwanese firms
** flocking to Nghệ An?") is, when a date line comes under it or the
** paragraph under it opens with a dateline ("NGHỆ AN, July 30, 2025 —
** ..."): a body does not open on a one-line question. A line closed by a
** full stop or a quote is the first paragraph, but for a headline closing
** on a quoted phrase, its mark right after a word ("Thai packaging group
** Rattana calls Vietnam its "second home market""), when a date line comes
** under it: a quoted sentence closes on its own stop, '."' (set qweek95). */
static int closed_headline(const char *t, const line *first, const line *next, int dated) {
  char last = t[first->end - 1];
  if (last == ')') return dated;
  if (last == '"' && first->end - first->start > 1 && ivl_isalnum((unsigned char)t[first->end - 2])) return dated;
  if (last != '?' && last != '!') return 0;
  return dated || (next && ivl_layout_wire_dateline(t, next->end, next->start) > next->start);
}

/* Does the line open with an outlet's name and a dash ("VIR - ", "The
** Investor – ")? Up to four capitalised words, then the dash. */
static int outlet_opens(const char *t, const line *ln) {
  size_t p = ln->start;
  for (int words = 0; words < 4 && p < ln->end; words++) {
    if (!ivl_isupper((unsigned char)t[p])) return 0;
    while (p < ln->end && t[p] != ' ') p++;
    if (p + 2 < ln->end && t[p] == ' ' && (t[p + 1] == '-' || memcmp(t + p + 1, "\xE2\x80\x93", 3) == 0 ||
                                            memcmp(t + p + 1, "\xE2\x80\x94", 3) == 0))
      return 1;
    p++;
  }
  return 0;
}

/* Does the line open on a byline ("By Minh Tâm   November 25, 2026 |
** 04:12 pm GMT+7")? */
static int opens_on_byline(const char *t, const line *ln) {
  return ln->end - ln->start > 3 && memcmp(t + ln->start, "By ", 3) == 0;
}

/* A date line right under a lede credited to its outlet ("VIR - X's units
** posted a profit ...", then "Published: November 20, 2026"), or a byline
** with its date under any lede (VnExpress's lede above "By X   November 25,
** 2026 | 04:12 pm GMT+7", set qdefence): the article's date, and no
** paragraph of the body (the lede stays one). A bare date under a first
** paragraph of no outlet's is the body's. */
static void date_under_lede(ivl_layout *l, const char *t, const line *lines, size_t lede, size_t n) {
  size_t under = lede < n ? next_nonblank(lines, lede + 1, n) : n;
  if (under == n || !ends_sentence(t, &lines[lede]) ||
      !(outlet_opens(t, &lines[lede]) || opens_on_byline(t, &lines[under])) ||
      !date_line(t, &lines[under], &l->date))
    return;
  l->has_date = 1;
  l->date_line = (ivl_span){(uint32_t)lines[under].start, (uint32_t)lines[under].end};
}

/* A byline between the headline and a dateline paragraph ("By Minh Anh,
** Vietnam Investment Review", then "ĐỒNG NAI, November 25, 2026 — ..."):
** no paragraph of the body, so that the dateline opens the body and dates
** the article. Returns the first body line. */
static size_t past_byline(const char *t, const line *lines, size_t i, size_t n) {
  /* (only a line opening on "By ": a caption credited to the outlet, "An
  ** overview of the park. — VNS Photo", stays the caption it is) */
  if (i >= n || !byline_like(t, &lines[i]) || lines[i].end - lines[i].start < 4 ||
      memcmp(t + lines[i].start, "By ", 3) != 0)
    return i;
  size_t under = next_nonblank(lines, i + 1, n);
  return under < n && ivl_layout_wire_dateline(t, lines[under].end, lines[under].start) > lines[under].start
             ? under
             : i;
}

/* Is every letter of the line a capital ("VIETNAM ELECTRICITY (EVN) -
** PRESS RELEASE"), as an issuer's line over a release's headline is? */
static int capitals_line(const char *t, const line *l) {
  int letters = 0;
  for (size_t p = l->start, n; p < l->end; p += n) {
    int32_t cp;
    utf8proc_category_t c = category_at(t, l->end, p, &cp, &n);
    if (c == UTF8PROC_CATEGORY_LL) return 0;
    letters += c == UTF8PROC_CATEGORY_LU;
  }
  return letters > 0;
}

/* A kicker or an issuer's line over the headline ("ECONOMY", "VIETNAM
** ELECTRICITY (EVN) - PRESS RELEASE"), with no date line under them: the
** body opens on a dateline with its day ("Hanoi, December 3, 2026 - On
** December 2, ...", set qweek92; "PRESS RELEASE", the headline, then
** "Quy Nhon, Gia Lai, 30 November 2026 – ...", set qweek91). The headline
** is the line under the kicker, no paragraph of the body, so that the
** dateline opens the body and dates the article. The dateline
** paragraph's index, or n. */
static size_t dateline_under_headline(const char *t, const line *lines, const line *first, size_t next,
                                      size_t n) {
  if (next >= n || !(kicker_line(t, first) || capitals_line(t, first))) return n;
  const line *h = &lines[next];
  if (ends_sentence(t, h) || h->end - h->start > MAX_DECK || opens_on_byline(t, h)) return n;
  size_t under = next_nonblank(lines, next + 1, n), after;
  if (under == n) return n;
  const line *u = &lines[under];
  return dateline_at(t, u->start, u->end, &after) || ivl_layout_wire_dateline(t, u->end, u->start) > u->start ? under
                                                                                                             : n;
}

/* Is the line a breadcrumb trail ("Home > Newsroom > Press releases"): a
** byline's length, no sentence, its steps joined by " > "? */
static int breadcrumb_line(const char *t, const line *l) {
  if (l->end - l->start > MAX_BYLINE || ends_sentence(t, l)) return 0;
  for (size_t p = l->start; p + 3 <= l->end; p++)
    if (t[p] == ' ' && t[p + 1] == '>' && t[p + 2] == ' ') return 1;
  return 0;
}

/* The headline under a breadcrumb trail ("Home > Newsroom > Press
** releases", then "X commits USD 6 million to ...", then the body; set
** qweek137): the trail is the page's, no headline, and the line under it
** that closes as no sentence does is the headline, no paragraph of the
** body. The first body line, or n. */
static size_t body_under_breadcrumbs(const char *t, const line *lines, const line *first, size_t next,
                                     size_t n) {
  if (next >= n || !breadcrumb_line(t, first)) return n;
  const line *h = &lines[next];
  if (ends_sentence(t, h) || h->end - h->start > MAX_DECK || opens_on_byline(t, h)) return n;
  size_t under = next_nonblank(lines, next + 1, n);
  return under < n && ends_sentence(t, &lines[under]) ? under : n;
}

/* A short first line with no sentence's stop is a headline, though it
** reads as a title-case dateline: a job advertisement's title brackets
** its level or language and names its place after a dash ("Senior
** Production Engineer (Japanese N2) - Bac Ninh", set qweek120), where a
** dateline's paragraph runs on into its lede, a sentence. */
static int unstopped_title(const char *t, const line *first) {
  return first->end - first->start <= MAX_DECK && !ends_sentence(t, first);
}

/* Headline, date line and captions; returns the index of the first body line. */
static size_t parse_header(ivl_layout *l, const char *t, const line *lines, size_t n,
                           int *oom) {
  size_t i = next_nonblank(lines, 0, n), after;
  if (i == n) return n;
  const line *first = &lines[i];
  /* no header; but a line all in capitals is no dateline's paragraph: an
  ** issuer's line ("VIETNAM ELECTRICITY (EVN) - PRESS RELEASE") has no
  ** sentence after its dash */
  if (dateline_at(t, first->start, first->end, &after) && !capitals_line(t, first) &&
      !unstopped_title(t, first))
    return i;
  ivl_date d;
  if (!date_line(t, first, &d)) {
    if (first->end - first->start > MAX_TITLE) return i;
    size_t next = next_nonblank(lines, i + 1, n);
    size_t at = find_date_line(t, lines, next, n, &d);
    if (ends_sentence(t, first) && !closed_headline(t, first, next < n ? &lines[next] : NULL, at < n))
      return i;
    if (at < n) first = under_kicker(t, lines, first, next, at);
    l->has_title = 1;
    l->title = (ivl_span){(uint32_t)first->start, (uint32_t)first->end};
    if (at == n) {
      size_t body = dateline_under_headline(t, lines, first, next, n);
      if (body == n) body = body_under_breadcrumbs(t, lines, first, next, n);
      if (body < n) {
        l->title = (ivl_span){(uint32_t)lines[next].start, (uint32_t)lines[next].end};
        return body;
      }
      date_under_lede(l, t, lines, next, n);
      return l->has_date ? next : past_byline(t, lines, next, n);
    }
    i = at;
  }
  l->has_date = 1;
  l->date = d;
  l->date_line = (ivl_span){(uint32_t)lines[i].start, (uint32_t)lines[i].end};
  /* lines right under the date line, before a blank one, are captions */
  for (i++; i < n && !blank(&lines[i]); i++)
    if (ivl_spans_push(&l->captions, lines[i].start, lines[i].end)) *oom = 1;
  return next_nonblank(lines, i, n);
}

/* Without one in the header, a date line may close the article ("Posted
** on 22/02/2017"), under the last paragraph or among the junk lines. */
static void closing_date_line(ivl_layout *l, const char *t, const line *lines, size_t n) {
  for (size_t k = n, seen = 0; k > 0 && seen < MAX_BYLINES + 1; k--) {
    const line *ln = &lines[k - 1];
    if (blank(ln)) continue;
    seen++;
    if (!date_line(t, ln, &l->date)) continue;
    l->has_date = 1;
    l->date_line = (ivl_span){(uint32_t)ln->start, (uint32_t)ln->end};
    if (l->paragraphs.n && l->paragraphs.items[l->paragraphs.n - 1].start == ln->start)
      l->paragraphs.n--; /* no paragraph of the body */
    return;
  }
}

/* Does the line open on a timestamp in brackets ("[04:12] ", "(1:02:45) "),
** as a podcast's chapters and a transcript's turns do? Each such line is an
** item of its own, as a bullet's is, however long the line before it. */
static int opens_on_timestamp(const char *t, const line *l) {
  const char *p = t + l->start, *e = t + l->end;
  char close = *p == '[' ? ']' : *p == '(' ? ')' : 0;
  if (!close || e - p < 7) return 0;
  int groups = 0;
  for (p++;;) { /* "4:12", "04:12", "1:02:45": one or two digits, then pairs */
    const char *d = p;
    while (p < e && p - d < 2 && ivl_isdigit((unsigned char)*p)) p++;
    if (p == d || (groups && p - d != 2)) return 0;
    if (++groups < 3 && p < e && *p == ':') p++;
    else break;
  }
  return groups >= 2 && p + 1 < e && *p == close && p[1] == ' ';
}

/* Does the line 'ln' of a paragraph wrapped by hand go on in the next:
** 50 bytes or more, ending in a letter, a digit, a comma or a hyphen (a
** letter with marks included), not a sentence's end nor a closing quote? */
static int wrapped_on(const char *t, const line *ln) {
  if (ln->end - ln->start < 50) return 0;
  const unsigned char *e = (const unsigned char *)t + ln->end;
  if (e[-1] == 0x9d || e[-1] == 0xa6) return !(e[-2] == 0x80 && e[-3] == 0xe2); /* "”", "…" */
  return ivl_isalnum(e[-1]) || e[-1] == ',' || e[-1] == '-' || e[-1] >= 0x80;
}

ivl_status ivl_layout_parse(ivl_layout *l, const char *t, size_t len, ivl_error *err) {
  line local[LOCAL_LINES], *lines;
  size_t n;
  int oom = 0;
  memset(l, 0, sizeof *l);
  if (split_lines(t, len, local, &lines, &n)) return ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  size_t end = related_list(t, lines, junk_tail(t, lines, n));
  size_t i = parse_header(l, t, lines, end, &oom);
  /* the paragraphs and their credits reserved at once, for every line left
  ** that is not blank (most are paragraphs): grown from 8 by doubling,
  ** they were reallocated some five times an article */
  size_t left = 0;
  for (size_t k = i; k < end; k++) left += !blank(&lines[k]);
  if (left && (IVL_GROW(l->paragraphs.items, l->paragraphs.cap, left) ||
               IVL_GROW(l->credits, l->credits_cap, left)))
    oom = 1;
  for (int first = 1; i < end; i++) {
    const line *ln = &lines[i];
    if (blank(ln) || related_link(t, ln)) continue;
    if (l->has_date && ln->start == l->date_line.start) continue; /* under the lede */
    size_t credit = ivl_layout_before_credit(t, ln->start, ln->end);
    if (is_caption_line(t, ln, credit)) {
      oom |= ivl_spans_push(&l->captions, ln->start, ln->end);
      continue;
    }
    size_t after;
    if (first && (l->dateline.end = (uint32_t)dateline_at(t, ln->start, ln->end, &after))) {
      l->has_dateline = 1;
      l->dateline.start = (uint32_t)ln->start;
    }
    first = 0;
    /* a paragraph wrapped by hand: its line goes on, the one before it
    ** long and ended by no sentence's punctuation; not a slide's or a
    ** panel's next line that opens on its own bullet (sets qweek97 and
    ** qweek101: "- 2019: the year X first bought into Y, taking 15 per
    ** cent for $28 million" over "- $45 million: what X plans to invest
    ** in ..."); a numbered line ("2. Toyo Kasei (Japan): US$150 million,
    ** ...") goes on as it did */
    if (l->paragraphs.n && !oom && wrapped_on(t, &lines[i - 1]) &&
        !(bullet_width(t, ln) && !ivl_isdigit((unsigned char)t[ln->start])) && !opens_on_timestamp(t, ln)) {
      ivl_span *last = &l->paragraphs.items[l->paragraphs.n - 1];
      if (last->end == lines[i - 1].end && l->credits[l->paragraphs.n - 1] == last->end) { /* not after "— VNS" */
        last->end = (uint32_t)ln->end;
        l->credits[l->paragraphs.n - 1] = (uint32_t)ivl_layout_before_credit(t, last->start, ln->end);
        continue;
      }
    }
    if (IVL_GROW(l->credits, l->credits_cap, l->paragraphs.n + 1)) oom = 1;
    else l->credits[l->paragraphs.n] = (uint32_t)credit;
    oom |= ivl_spans_push(&l->paragraphs, ln->start, ln->end);
  }
  if (!l->has_date) closing_date_line(l, t, lines, n);
  if (l->paragraphs.n && !oom) { /* out of memory, the credits may be short */
    ivl_span *last = &l->paragraphs.items[l->paragraphs.n - 1];
    size_t c = l->credits[l->paragraphs.n - 1];
    if (c != last->end) {
      size_t s = c;
      while (s < last->end && !ivl_isupper((unsigned char)t[s])) s++;
      l->has_source = 1;
      l->source = (ivl_span){(uint32_t)s, last->end};
    }
  }
  if (lines != local) free(lines);
  if (oom) {
    ivl_layout_free(l);
    return ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  }
  return IVL_OK;
}
