/*
** gazetteer_file.c
** Reading gazetteer files: tab-separated UTF-8, a header row naming the
** columns, '#' comment lines. Columns 'name' (required), 'type', 'alts'
** (variants separated by ';') and 'match' (any, title, exact) mean what
** they say, and 'name_matched' (yes, no) says whether the name itself is
** matched or is only a label for the alts, 'alone' (yes, no) whether the
** name is one only with no other capitalised word next to it; every other column is a field of the entry's mentions. The
** format is documented in docs/gazetteers.md.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embedded.h"
#include "gazetteer.h"
#include "utf8.h"
#include "util.h"

#define MAX_COLUMNS 32
#define MAX_ALTS 64

typedef struct columns {
  char *names[MAX_COLUMNS];
  size_t n;
  int type, name, alts, match, name_matched, alone; /* column numbers, -1 when absent */
} columns;

/* Put "where: " before the message of an error already filled. */
static void prefix_error(ivl_error *err, const char *where) {
  char msg[sizeof err->msg];
  memcpy(msg, err->msg, sizeof msg);
  ivl_fail(err, err->code, err->offset, "%s: %s", where, msg);
}

typedef struct line {
  char *text; /* a writable copy, NUL-terminated */
  size_t number, offset;
} line;

/* Split 's' in place at 'sep'; returns the number of cells (at most max).
** The separators are found by strchr(), many bytes a step: a byte at a
** time, the built-in gazetteers' lines cost 1.3M instructions at start-up. */
static size_t split(char *s, char sep, char **cells, size_t max) {
  size_t n = 0;
  cells[n++] = s;
  for (char *p = strchr(s, sep); p; p = strchr(p + 1, sep)) {
    *p = '\0';
    if (n == max) return n + 1; /* one too many: the caller complains */
    cells[n++] = p + 1;
  }
  return n;
}

static char *trim(char *s) {
  while (*s == ' ') s++;
  size_t n = strlen(s);
  while (n && s[n - 1] == ' ') s[--n] = '\0';
  return s;
}

static int parse_case(const char *s, ivl_case_rule *out) {
  static const char *names[] = {"auto", "any", "title", "exact"};
  if (!*s) { *out = IVL_CASE_AUTO; return 1; }
  for (int i = 0; i < 4; i++)
    if (strcmp(s, names[i]) == 0) { *out = (ivl_case_rule)i; return 1; }
  return 0;
}

static ivl_status read_header(columns *c, const line *ln, ivl_error *err) {
  c->n = split(ln->text, '\t', c->names, MAX_COLUMNS);
  if (c->n > MAX_COLUMNS)
    return ivl_fail(err, IVL_EARG, ln->offset, "line %zu: more than %d columns", ln->number, MAX_COLUMNS);
  c->type = c->name = c->alts = c->match = c->name_matched = c->alone = -1;
  for (size_t i = 0; i < c->n; i++) {
    char *h = trim(c->names[i]);
    c->names[i] = h;
    if (!*h) return ivl_fail(err, IVL_EARG, ln->offset, "line %zu: column %zu has no name", ln->number, i + 1);
    int *slot = strcmp(h, "type") == 0 ? &c->type : strcmp(h, "name") == 0 ? &c->name
              : strcmp(h, "alts") == 0 ? &c->alts : strcmp(h, "match") == 0 ? &c->match
              : strcmp(h, "name_matched") == 0 ? &c->name_matched
              : strcmp(h, "alone") == 0 ? &c->alone : NULL;
    if (slot) *slot = (int)i;
  }
  if (c->name < 0) return ivl_fail(err, IVL_EARG, ln->offset, "line %zu: the header has no 'name' column", ln->number);
  return IVL_OK;
}

static ivl_status read_entry(ivl_gazetteer *g, const columns *c, const line *ln,
                             const char *default_type, ivl_error *err) {
  char *cells[MAX_COLUMNS + 1];
  size_t n = split(ln->text, '\t', cells, MAX_COLUMNS);
  if (n != c->n)
    return ivl_fail(err, IVL_EARG, ln->offset, "line %zu: %zu cells, the header has %zu",
                    ln->number, n, c->n);
  ivl_gz_entry e = {0};
  e.type = c->type >= 0 ? trim(cells[c->type]) : default_type;
  if (!e.type || !*e.type)
    return ivl_fail(err, IVL_EARG, ln->offset, "line %zu: no type (add a 'type' column)", ln->number);
  e.name = trim(cells[c->name]);
  if (!*e.name) return ivl_fail(err, IVL_EARG, ln->offset, "line %zu: empty name", ln->number);
  if (c->match >= 0 && !parse_case(trim(cells[c->match]), &e.case_rule))
    return ivl_fail(err, IVL_EARG, ln->offset, "line %zu: match must be any, title or exact",
                    ln->number);
  if (c->name_matched >= 0) {
    const char *v = trim(cells[c->name_matched]);
    if (strcmp(v, "no") == 0) e.label_only = 1;
    else if (*v && strcmp(v, "yes") != 0)
      return ivl_fail(err, IVL_EARG, ln->offset, "line %zu: name_matched must be yes or no", ln->number);
  }
  if (c->alone >= 0) {
    const char *v = trim(cells[c->alone]);
    if (strcmp(v, "yes") == 0) e.alone = 1;
    else if (*v && strcmp(v, "no") != 0)
      return ivl_fail(err, IVL_EARG, ln->offset, "line %zu: alone must be yes or no", ln->number);
  }
  char *alts[MAX_ALTS + 1];
  if (c->alts >= 0 && *cells[c->alts]) {
    e.nalts = split(cells[c->alts], ';', alts, MAX_ALTS);
    if (e.nalts > MAX_ALTS)
      return ivl_fail(err, IVL_EARG, ln->offset, "line %zu: more than %d alts", ln->number, MAX_ALTS);
    for (size_t i = 0; i < e.nalts; i++) alts[i] = trim(alts[i]);
    e.alts = (const char *const *)alts;
  }
  ivl_gz_field fields[MAX_COLUMNS];
  for (size_t i = 0; i < c->n; i++)
    if ((int)i != c->type && (int)i != c->name && (int)i != c->alts && (int)i != c->match &&
        (int)i != c->name_matched && (int)i != c->alone)
      fields[e.nfields++] = (ivl_gz_field){c->names[i], trim(cells[i])};
  e.fields = fields;
  ivl_status st = ivl_gazetteer_add(g, &e, err);
  if (st != IVL_OK) {
    char where[32];
    snprintf(where, sizeof where, "line %zu", ln->number);
    err->offset = ln->offset;
    prefix_error(err, where);
  }
  return st;
}

ivl_status ivl_gazetteer_load_tsv(ivl_gazetteer *g, const char *text, size_t len,
                                  const char *default_type, ivl_error *err) {
  size_t bad = ivl_utf8_invalid_at(text, len);
  if (bad != len) return ivl_fail(err, IVL_EUTF8, bad, "invalid UTF-8 at byte %zu", bad);
  if (memchr(text, '\0', len)) return ivl_fail(err, IVL_EBINARY, 0, "a NUL byte: not a text file");
  columns c = {0};
  char *header = NULL; /* the column names point into it */
  ivl_buf buf = {0};   /* the current line, split in place */
  ivl_status st = IVL_OK;
  size_t number = 0;
  for (size_t pos = 0; pos < len && st == IVL_OK;) {
    const char *nl = memchr(text + pos, '\n', len - pos);
    size_t end = nl ? (size_t)(nl - text) : len, stop = end;
    if (stop > pos && text[stop - 1] == '\r') stop--;
    line ln = {NULL, ++number, pos};
    buf.len = 0;
    if (ivl_buf_append(&buf, text + pos, stop - pos) || ivl_buf_putc(&buf, '\0')) {
      st = ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
      break;
    }
    pos = end + 1;
    ln.text = buf.data;
    if (!*trim(ln.text) || ln.text[0] == '#') continue;
    if (header) {
      st = read_entry(g, &c, &ln, default_type, err);
      continue;
    }
    ln.text = header = ivl_strdup(buf.data);
    st = header ? read_header(&c, &ln, err) : ivl_fail(err, IVL_ENOMEM, 0, "out of memory");
  }
  free(header);
  ivl_buf_free(&buf);
  return st;
}

ivl_gazetteer *ivl_gazetteer_new_builtin_from_text(ivl_error *err) {
  ivl_gazetteer *g = ivl_gazetteer_new();
  if (!g) {
    ivl_fail(err, IVL_ENOMEM, 0, "out of memory creating the gazetteer");
    return NULL;
  }
  for (const ivl_embedded_file *f = ivl_builtin_gazetteers; f->name; f++)
    if (ivl_gazetteer_load_tsv(g, f->bytes, f->len, NULL, err) != IVL_OK) {
      prefix_error(err, f->name);
      ivl_gazetteer_free(g);
      return NULL;
    }
  if (ivl_gazetteer_compile(g, err) != IVL_OK) {
    ivl_gazetteer_free(g);
    return NULL;
  }
  return g;
}

/* The built-in gazetteer from the snapshot the build made of it
** (tools/gen_gazetteer.c): its files read and its trie built once, at
** build time, not at every start (26.6M Ir -> 1.9M on /tmp/b1, the
** diacritics table with it).
** The generator itself, which has no snapshot yet, reads the text. */
#ifdef IVLUA_GAZETTEER_FROM_TEXT
ivl_gazetteer *ivl_gazetteer_new_builtin(ivl_error *err) { return ivl_gazetteer_new_builtin_from_text(err); }
#else
extern const ivl_embedded_file ivl_builtin_gazetteer_snapshot; /* made by the build */

ivl_gazetteer *ivl_gazetteer_new_builtin(ivl_error *err) {
  return ivl_gazetteer_from_snapshot(ivl_builtin_gazetteer_snapshot.bytes,
                                     ivl_builtin_gazetteer_snapshot.len, err);
}
#endif
