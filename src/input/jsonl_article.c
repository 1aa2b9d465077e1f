/*
** jsonl_article.c
** A JSON Lines record (jansson) made an article.
*/
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "calendar.h"
#include "jsonl_article.h"
#include "utf8.h"
#include "util.h"

static int two_digits(const char *s, int *out) {
  if (!ivl_isdigit((unsigned char)s[0]) || !ivl_isdigit((unsigned char)s[1])) return 0;
  *out = (s[0] - '0') * 10 + (s[1] - '0');
  return 1;
}

int ivl_article_set_crawl_date(ivl_article *a, const char *s) {
  ivl_date d;
  char day[11];
  size_t n = strlen(s);
  if (n >= 10 && (n == 10 || s[10] == 'T' || s[10] == ' ')) {
    memcpy(day, s, 10);
    day[10] = '\0';
    if (ivl_parse_iso_date(day, &d)) {
      int h, m;
      if (n >= 16 && two_digits(s + 11, &h) && s[13] == ':' && two_digits(s + 14, &m) && h < 24 &&
          m < 60) {
        d.hour = h;
        d.minute = m;
      }
      a->date = d;
      return 1;
    }
  }
  if (!ivl_parse_date_line(s, n, &d)) return 0;
  a->date = d;
  return 1;
}

/* The doc name: the id field (a string or an integer), else the url, else
** "NAME:LINE". */
static char *doc_name(json_t *obj, const ivl_jsonl_fields *f, const char *name, size_t lineno) {
  const char *keys[2] = {f->id, "url"};
  for (int k = 0; k < 2; k++) {
    json_t *v = json_object_get(obj, keys[k]);
    if (json_is_string(v) && json_string_length(v) > 0) return ivl_strdup(json_string_value(v));
    if (json_is_integer(v)) {
      char num[32];
      snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
      return ivl_strdup(num);
    }
  }
  size_t n = strlen(name) + 24;
  char *doc = malloc(n);
  if (doc) snprintf(doc, n, "%s:%zu", name, lineno);
  return doc;
}

/* The name of the first field of the doc name's (the id, the url) that is
** a string holding a NUL character, which no file name or C string can
** carry whole; NULL when none does. */
static const char *name_field_with_nul(json_t *obj, const ivl_jsonl_fields *f) {
  const char *keys[2] = {f->id, "url"};
  for (int k = 0; k < 2; k++) {
    json_t *v = json_object_get(obj, keys[k]);
    if (json_is_string(v) && memchr(json_string_value(v), '\0', json_string_length(v))) return keys[k];
  }
  return NULL;
}

/* Date and title, when the record has them as strings. */
static ivl_status add_meta(ivl_article *a, json_t *obj, const ivl_jsonl_fields *f, ivl_error *err) {
  json_t *date = json_object_get(obj, f->date);
  if (json_is_string(date)) ivl_article_set_crawl_date(a, json_string_value(date));
  json_t *title = json_object_get(obj, f->title);
  if (json_is_string(title) && json_string_length(title) > 0) {
    if (memchr(json_string_value(title), '\0', json_string_length(title)))
      return ivl_fail(err, IVL_EBINARY, 0, "the \"%s\" field holds a NUL character", f->title);
    if (!(a->title = ivl_strdup(json_string_value(title))))
      return ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  }
  return IVL_OK;
}

ivl_status ivl_jsonl_article(const char *line, size_t len, const ivl_jsonl_fields *f,
                             const char *path, const char *name, size_t lineno,
                             ivl_article **out, ivl_error *err) {
  json_error_t jerr;
  *out = NULL;
  /* \u0000 is let through so that the article's own check names its offset */
  json_t *obj = json_loadb(line, len, JSON_ALLOW_NUL, &jerr);
  if (!obj) {
    size_t bad = ivl_utf8_invalid_at(line, len);
    if (bad < len)
      return ivl_fail(err, IVL_EUTF8, bad, "invalid UTF-8 at byte %zu of the line", bad);
    return ivl_fail(err, IVL_EARG, (size_t)jerr.position, "not JSON: %s (column %d)", jerr.text,
                    jerr.column);
  }
  ivl_status st = IVL_OK;
  json_t *text = json_object_get(obj, f->text);
  char *doc = NULL;
  if (!json_is_object(obj)) st = ivl_fail(err, IVL_EARG, 0, "not a JSON object");
  else if (!text) st = ivl_fail(err, IVL_EARG, 0, "no \"%s\" field", f->text);
  else if (!json_is_string(text))
    st = ivl_fail(err, IVL_EARG, 0, "the \"%s\" field is not a string", f->text);
  else if (name_field_with_nul(obj, f))
    st = ivl_fail(err, IVL_EBINARY, 0, "the \"%s\" field holds a NUL character", name_field_with_nul(obj, f));
  else if (!(doc = doc_name(obj, f, name, lineno)))
    st = ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  if (st == IVL_OK) {
    st = ivl_article_read(doc, json_string_value(text), json_string_length(text), out, err);
    if (st == IVL_EBINARY)
      ivl_fail(err, st, err->offset, "the \"%s\" field holds a NUL character (at byte %zu)", f->text,
               err->offset);
  }
  if (st == IVL_OK) st = add_meta(*out, obj, f, err);
  if (st == IVL_OK && path) ivl_article_set_path(*out, path);
  if (st != IVL_OK && *out) {
    ivl_article_free(*out);
    *out = NULL;
  }
  free(doc);
  json_decref(obj);
  return st;
}
