/*
** article.c
** Loading an article: checking its bytes, building the view, reading the
** layout and the sentences.
*/
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "sentences.h"
#include "symbols.h"
#include "utf8.h"
#include "util.h"

static const char *base_name(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

/* A block of text cut into sentences: the headline, a caption or a
** paragraph, with where its credit starts when the layout knows it. */
typedef struct block {
  uint32_t start, end;
  size_t credit; /* ivl_layout_before_credit of the whole block, or NO_CREDIT */
} block;
#define NO_CREDIT SIZE_MAX

static int by_start(const void *pa, const void *pb) {
  const block *a = pa, *b = pb;
  return a->start < b->start ? -1 : a->start > b->start;
}

/* Sentences of the headline, the captions and the paragraphs, in document
** order, each without its dateline and its credit. The layout has them in
** document order each, merged here (qsort should they not be); the
** paragraphs' credits it found already. */
static int split_sentences(ivl_article *a) {
  const char *t = a->view.text;
  const ivl_layout *l = &a->layout;
  const ivl_spans *caps = &l->captions, *paras = &l->paragraphs;
  size_t n = (size_t)l->has_title + caps->n + paras->n, k = 0;
  if (n == 0) return 0;
  block *blocks = malloc(n * sizeof *blocks);
  if (!blocks) return -1;
  if (l->has_title) blocks[k++] = (block){l->title.start, l->title.end, NO_CREDIT};
  for (size_t i = 0, j = 0; i < caps->n || j < paras->n;) {
    if (j >= paras->n || (i < caps->n && caps->items[i].start < paras->items[j].start)) {
      blocks[k++] = (block){caps->items[i].start, caps->items[i].end, NO_CREDIT};
      i++;
    } else {
      blocks[k++] = (block){paras->items[j].start, paras->items[j].end, l->credits[j]};
      j++;
    }
  }
  for (size_t i = 1; i < n; i++)
    if (blocks[i - 1].start > blocks[i].start) {
      qsort(blocks, n, sizeof *blocks, by_start);
      break;
    }
  int bad = 0;
  for (size_t i = 0; i < n && !bad; i++) {
    size_t s = ivl_layout_after_dateline(t, blocks[i].start, blocks[i].end);
    size_t e = s == blocks[i].start && blocks[i].credit != NO_CREDIT
                   ? blocks[i].credit
                   : ivl_layout_before_credit(t, s, blocks[i].end);
    bad |= ivl_sentences_split(t, s, e, &a->sentences);
  }
  free(blocks);
  return bad;
}

ivl_status ivl_article_read(const char *doc, const char *bytes, size_t len, ivl_article **out,
                            ivl_error *err) {
  *out = NULL;
  const char *nul = memchr(bytes, '\0', len);
  if (nul) return ivl_fail(err, IVL_EBINARY, (size_t)(nul - bytes),
                           "binary file (NUL byte at byte %zu)", (size_t)(nul - bytes));
  size_t bad = ivl_utf8_invalid_at(bytes, len);
  if (bad < len) return ivl_fail(err, IVL_EUTF8, bad, "invalid UTF-8 at byte %zu", bad);
  ivl_article *a = calloc(1, sizeof *a);
  if (!a) return ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  a->doc = ivl_strdup(doc ? doc : "");
  a->bytes = ivl_strndup(bytes, len);
  a->len = len;
  if (!a->doc || !a->bytes) {
    ivl_article_free(a);
    return ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  }
  *out = a;
  return IVL_OK;
}

/* The year of a period of the year to date the text reports ("in the
** first ten months of 2024"), ended before 'month', else 0. */
static int year_of_period_reported(const char *t, size_t len, int month) {
  static const char *const counts[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                       "eleven", NULL};
  static const char first[] = "first ", months_of[] = " months of ";
  for (const char *p = t, *end = t + len; (p = memchr(p, 'f', (size_t)(end - p))) != NULL; p++) {
    if ((size_t)(end - p) < 32 || memcmp(p, first, 6) != 0) continue;
    const char *w = p + 6, *we = w;
    while (we < end && ivl_isalnum((unsigned char)*we)) we++;
    int n = 0;
    if (ivl_isdigit((unsigned char)*w)) n = atoi(w);
    for (int k = 0; counts[k] && !n; k++)
      if ((size_t)(we - w) == strlen(counts[k]) && memcmp(w, counts[k], (size_t)(we - w)) == 0) n = k + 2;
    if (n < 2 || n >= month || (size_t)(end - we) < 15 || memcmp(we, months_of, 11) != 0) continue;
    const char *y = we + 11;
    if (ivl_isdigit((unsigned char)y[0]) && ivl_isdigit((unsigned char)y[1]) && ivl_isdigit((unsigned char)y[2]) &&
        ivl_isdigit((unsigned char)y[3]) && (y + 4 == end || !ivl_isalnum((unsigned char)y[4])))
      return atoi(y);
  }
  return 0;
}

/* "Lâm Đồng, 26/11 (VNA) – ...": a portal's day and month with no year,
** the article's date without one (XXXX-11-26). */
static void day_slash_month_line(ivl_article *a, const char *s, size_t n) {
  char *end;
  long day = strtol(s, &end, 10);
  if (end >= s + n || *end != '/') return;
  long month = strtol(end + 1, &end, 10);
  if (end < s + n && (*end == '/' || ivl_isdigit((unsigned char)*end))) return;
  if (day >= 1 && day <= 31 && month >= 1 && month <= 12) a->date = (ivl_date){0, (int)month, (int)day, -1, -1};
}

/* "HÀ NỘI, November 28 (VNA) – ...", a wire's day with no year: the year of
** the year-to-date period the article reports ("in the first ten months of
** 2024"), a report written after that period's end (set qbrief). */
static void year_of_yearless_dateline(ivl_article *a, size_t from, size_t dash) {
  const char *t = a->view.text;
  while (from < dash && t[from] == ' ') from++;
  size_t we = from;
  while (we < dash && ivl_isalpha((unsigned char)t[we])) we++;
  int month = ivl_month_from_name(t + from, we - from), day = 0;
  if (we == from && we < dash && ivl_isdigit((unsigned char)t[we])) {
    if (!ivl_day_then_month(t, we, dash, &day, &month)) { /* "Lâm Đồng, 26/11 (VNA)"; else "Maputo, 3 Dec (AIM)" */
      day_slash_month_line(a, t + we, dash - we);
      return;
    }
  } else {
    if (we < dash && t[we] == '.') we++; /* "Nov. 30" */
    while (we < dash && t[we] == ' ') we++;
    if (!month || we >= dash || !ivl_isdigit((unsigned char)t[we])) return;
    day = atoi(t + we);
  }
  int year = year_of_period_reported(t, a->view.len, month);
  if (year && ivl_date_valid(year, month, day)) a->date = (ivl_date){year, month, day, -1, -1};
  /* (else the day with no year: a weekday said is that day, XXXX-11-27;
  ** dates.c, ivl_normalize_date_weekday) */
  else if (!year && day >= 1 && day <= 31) a->date = (ivl_date){0, month, day, -1, -1};
}

/* "DA NANG (Dec 2, 2026) – ...": the day in the bracket where a wire puts
** its agency, read whole (its comma is the date's, not the dateline's). */
static int bracketed_date(const char *t, size_t start, size_t dash, ivl_date *d) {
  const char *open = memchr(t + start, '(', dash - start);
  if (!open) return 0;
  const char *close = memchr(open, ')', (size_t)(t + dash - open));
  return close && ivl_parse_date_line(open + 1, (size_t)(close - open - 1), d);
}

/* A paragraph that is all one bracket: a wire's note before its dateline,
** "(Corrects investment figure in paragraph 2)". */
static int bracket_note(const char *t, const ivl_span *p) {
  size_t e = p->end;
  while (e > p->start && ivl_isspace((unsigned char)t[e - 1])) e--;
  return e > p->start + 1 && t[p->start] == '(' && t[e - 1] == ')';
}

/* The paragraph holding the wire dateline: the first, or the one after a
** bracketed note a corrected wire opens with. */
static size_t dateline_paragraph(const ivl_article *a) {
  const ivl_spans *ps = &a->layout.paragraphs;
  return ps->n > 1 && bracket_note(a->view.text, &ps->items[0]) ? ps->items[1].start : ps->items[0].start;
}

/* "VINH, Vietnam, Nov 9, 2026 (Reuters)": past the country named after the
** place, a word or two of letters then a comma, where the day starts. */
static size_t past_country_of_place(const char *t, size_t from, size_t dash) {
  size_t i = from;
  while (i < dash && (ivl_isalpha((unsigned char)t[i]) || t[i] == ' ')) i++;
  return i < dash && t[i] == ',' && i > from + 2 ? i + 1 : from;
}

/* "HANOI, VIETNAM / ACCESSWIRE / November 20, 2026 / ...": a newswire's day
** between the slash closing its tag and the slash at 'dash' after the day;
** moves *from to it. */
static void slashed_tag_day(const char *t, size_t *from, size_t dash) {
  if (t[dash] != '/') return;
  size_t k = dash;
  while (k > *from && t[k - 1] != '/') k--;
  if (k > *from) *from = k;
}

/* "SAN JOSE, Calif. and HO CHI MINH CITY, Dec. 4, 2026 (GLOBE NEWSWIRE)":
** a joint release's two places, the first with its state after a comma;
** the day starts after the comma that closes the second place (set
** qweek38). Else 'comma', the first. */
static const char *comma_of_second_place(const char *t, const char *comma, size_t dash) {
  const char *p = comma + 1, *end = t + dash;
  while (p < end && *p == ' ') p++;
  while (p < end && p - comma <= 12 && (ivl_isalpha((unsigned char)*p) || *p == '.')) p++; /* "Calif." */
  if (end - p < 6 || memcmp(p, " and ", 5) != 0) return comma;
  const char *next = memchr(p, ',', (size_t)(end - p));
  return next ? next : comma;
}

/* "BÌNH DƯƠNG, January 10, 2026 — ...", "HÀ NỘI, 3/3/2025 (VNA) – ...": with
** no date line in the header, the day with its year in the first
** paragraph's wire dateline is the article's date. */
static void date_of_wire_dateline(ivl_article *a) {
  if (a->date.year || !a->layout.paragraphs.n) return;
  const char *t = a->view.text;
  size_t start = dateline_paragraph(a);
  size_t dash = ivl_layout_wire_dateline(t, a->view.len, start);
  ivl_date d;
  if (dash > start && bracketed_date(t, start, dash, &d)) {
    a->date = d;
    return;
  }
  const char *comma = dash > start ? memchr(t + start, ',', dash - start) : NULL;
  if (!comma) return;
  comma = comma_of_second_place(t, comma, dash);
  size_t from = (size_t)(comma - t) + 1;
  /* (a newswire's "Norway--(BUSINESS WIRE)--November 30, 2026--": the
  ** day after its tag) */
  if (dash >= from + 2 && t[dash - 1] == '-' && t[dash - 2] == '-') dash -= 2;
  for (size_t k = dash; k >= from + 3; k--)
    if (t[k - 3] == ')' && t[k - 2] == '-' && t[k - 1] == '-') {
      from = k;
      break;
    }
  slashed_tag_day(t, &from, dash);
  size_t day = past_country_of_place(t, from, dash);
  if (ivl_parse_date_line(t + from, dash - from, &d)) a->date = d;
  else if (day > from && ivl_parse_date_line(t + day, dash - day, &d)) a->date = d;
  else year_of_yearless_dateline(a, day, dash);
}

#define OUTLET_WORDS 4 /* an outlet's name before its dash is no longer */

/* "Hanoi Times – August 26, 2026 – Hanoi's outer districts ...": with no
** date line nor wire dateline, a first paragraph opening on an outlet's
** name (capitalised words), a dash, the day with its year and a dash
** again is dated by that day (set qwhere; the layout reads the dashes). */
static void date_between_outlet_dashes(ivl_article *a) {
  if (a->date.year || !a->layout.paragraphs.n) return;
  const char *t = a->view.text;
  size_t p = dateline_paragraph(a), end = a->view.len;
  for (int words = 0; words < OUTLET_WORDS && p < end && (ivl_isupper((unsigned char)t[p]) || (unsigned char)t[p] >= 0x80);
       words++) {
    while (p < end && t[p] != ' ' && t[p] != '\n') p++;
    ivl_date d;
    if (p + 1 < end && t[p] == ' ' && ivl_layout_outlet_day(t, end, p + 1, &d)) {
      a->date = d;
      return;
    }
    p++;
  }
}

/* "July 16, 2026 (The Investor) – Osaka-based ...": with no date line nor
** wire dateline of a place, a first paragraph opening on the day with its
** year, the outlet in brackets and a dash, is dated by that day (set
** qweek7; the layout reads it). */
static void date_before_bracketed_outlet(ivl_article *a) {
  if (a->date.year || !a->layout.paragraphs.n) return;
  ivl_date d;
  if (ivl_layout_day_outlet(a->view.text, a->view.len, dateline_paragraph(a), &d)) a->date = d;
}

/* "(Seafood.vasep.com.vn) December 3, 2026 – Việt Nam's ...": with no date
** line, a first paragraph opening on the outlet in brackets, then the day
** with its year and a dash, is dated by that day (set qweek59). */
static void date_after_bracketed_outlet(ivl_article *a) {
  if (a->date.year || !a->layout.paragraphs.n) return;
  ivl_date d;
  if (ivl_layout_bracket_outlet_day(a->view.text, a->view.len, dateline_paragraph(a), &d)) a->date = d;
}

ivl_status ivl_article_prepare(ivl_article *a, ivl_error *err) {
  if (a->prepared) return IVL_OK;
  ivl_status st = ivl_view_build(&a->view, a->bytes, a->len, err);
  if (st == IVL_OK) st = ivl_layout_parse(&a->layout, a->view.text, a->view.len, err);
  if (st == IVL_OK && split_sentences(a)) st = ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  if (st != IVL_OK) {
    ivl_view_free(&a->view);
    ivl_layout_free(&a->layout);
    ivl_spans_free(&a->sentences);
    return st;
  }
  if (a->layout.has_date && !a->date.year) a->date = a->layout.date;
  date_before_bracketed_outlet(a);
  date_after_bracketed_outlet(a);
  date_of_wire_dateline(a);
  date_between_outlet_dashes(a);
  a->prepared = 1;
  return IVL_OK;
}

int ivl_article_cut_words(ivl_article *a) {
  if (a->cut) return 0;
  if (ivl_words_build(&a->words, &a->fold, a->view.text, a->view.len)) return -1;
  a->cut = 1;
  return 0;
}

void ivl_article_drop_words(ivl_article *a) {
  ivl_fold_free(&a->fold);
  ivl_words_free(&a->words);
  a->cut = 0;
}

void ivl_article_release(ivl_article *a) {
  ivl_article_drop_words(a);
  if (!a->prepared) return;
  ivl_view_free(&a->view);
  ivl_layout_free(&a->layout);
  ivl_spans_free(&a->sentences);
  a->prepared = 0;
}

ivl_status ivl_article_from_bytes(const char *doc, const char *bytes, size_t len,
                                  ivl_article **out, ivl_error *err) {
  ivl_status st = ivl_article_read(doc, bytes, len, out, err);
  if (st == IVL_OK && (st = ivl_article_prepare(*out, err)) != IVL_OK) {
    ivl_article_free(*out);
    *out = NULL;
  }
  return st;
}

/* Read a whole file; errors name no path (the caller adds it). */
static ivl_status read_file(const char *path, char **data, size_t *len, ivl_error *err) {
  FILE *f = fopen(path, "rb");
  if (!f) return ivl_fail(err, IVL_EIO, 0, "cannot open: %s", strerror(errno));
  ivl_buf b = {0};
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    if (ivl_buf_append(&b, chunk, n)) {
      fclose(f);
      ivl_buf_free(&b);
      return ivl_fail(err, IVL_ENOMEM, 0, "out of memory reading the file");
    }
  int failed = ferror(f);
  int saved = errno;
  fclose(f);
  if (failed) {
    size_t at = b.len;
    ivl_buf_free(&b);
    return ivl_fail(err, IVL_EIO, at, "read error at byte %zu: %s", at, strerror(saved));
  }
  *data = b.data;
  *len = b.len;
  return IVL_OK;
}

ivl_status ivl_article_from_file(const char *path, ivl_article **out, ivl_error *err) {
  char *data = NULL;
  size_t len = 0;
  *out = NULL;
  ivl_status st = read_file(path, &data, &len, err);
  if (st != IVL_OK) return st;
  st = ivl_article_from_bytes(base_name(path), data ? data : "", len, out, err);
  free(data);
  if (st == IVL_OK) ivl_article_set_path(*out, path);
  return st;
}

void ivl_article_set_path(ivl_article *a, const char *path) {
  free(a->path);
  a->path = path ? ivl_strdup(path) : NULL;
}

int ivl_article_set_date(ivl_article *a, const char *iso) {
  ivl_date d;
  if (!ivl_parse_iso_date(iso, &d)) return 0;
  a->date = d;
  return 1;
}

static size_t store_footprint(const ivl_store *s) {
  return s->cap * sizeof *s->ents + s->capfields * sizeof *s->fields + s->strings.cap +
         s->caprefs * sizeof *s->refs;
}

size_t ivl_article_footprint(const ivl_article *a) {
  size_t n = sizeof *a + a->len + 1 + (a->view.owned ? a->view.len + 1 : 0) +
             a->view.cap * sizeof *a->view.segs;
  n += (a->layout.captions.cap + a->layout.paragraphs.cap + a->sentences.cap) * sizeof(ivl_span) +
       a->layout.credits_cap * sizeof *a->layout.credits;
  return n + store_footprint(&a->store) + store_footprint(&a->facts);
}

void ivl_article_free(ivl_article *a) {
  if (!a) return;
  free(a->doc);
  free(a->path);
  free(a->title);
  free(a->bytes);
  ivl_view_free(&a->view);
  ivl_layout_free(&a->layout);
  ivl_spans_free(&a->sentences);
  ivl_article_drop_words(a);
  ivl_store_free(&a->store);
  ivl_store_free(&a->facts);
  ivl_buf_free(&a->problems);
  free(a);
}

void ivl_article_problem(ivl_article *a, const char *fmt, ...) {
  if (a->nproblems++ >= IVL_MAX_PROBLEMS) return;
  char line[300];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(line, sizeof line, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  if ((size_t)n >= sizeof line) n = sizeof line - 1;
  /* out of memory: the line is lost, the count is not */
  if (a->problems.len) ivl_buf_putc(&a->problems, '\n');
  ivl_buf_append(&a->problems, line, (size_t)n);
}

void ivl_article_clear_problems(ivl_article *a) {
  a->problems.len = 0;
  if (a->problems.data) a->problems.data[0] = '\0';
  a->nproblems = 0;
}

const char *ivl_article_problems(const ivl_article *a, size_t *count) {
  if (count) *count = a->nproblems;
  return a->nproblems ? a->problems.data : NULL;
}

size_t ivl_article_entity_count(const ivl_article *a) { return a->store.n; }

int ivl_article_entity(const ivl_article *a, size_t i, ivl_entity_info *out) {
  if (i >= a->store.n) return 0;
  const ivl_entity *e = &a->store.ents[i];
  out->type = ivl_sym_name(e->type);
  out->text = a->bytes + e->start;
  out->start = e->start;
  out->end = e->end;
  return 1;
}
