/*
** sentences.c
** Sentence boundaries inside a paragraph.
*/
#include <string.h>
#include <utf8proc.h>

#include "sentences.h"
#include "utf8.h"
#include "util.h"

static const char *const abbreviations[] = {
  "mr", "mrs", "ms", "dr", "prof", "st", "co", "ltd", "inc", "corp", "no", "nos", "jan",
  "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen",
  "lt", "col", "sen", "rep", "gov", "jr", "sr", "vs", "approx", "dept", "mt", "ft", "est",
  "u.s", "u.k", "e.g", "i.e", "a.m", "p.m", "sq", "fig", "vol", "pp", "tel", "ave",
};

/* Is the word that ends at 'dot' (exclusive) an abbreviation or an initial? */
static int abbreviation_before(const char *t, size_t start, size_t dot) {
  size_t w = dot;
  while (w > start && (ivl_isalpha((unsigned char)t[w - 1]) || t[w - 1] == '.')) w--;
  size_t n = dot - w;
  if (n == 0) return 0;
  if (n == 1 && ivl_isupper((unsigned char)t[w])) return 1; /* an initial: "A." */
  for (size_t k = 0; k < sizeof abbreviations / sizeof *abbreviations; k++)
    if (ivl_ascii_ieq(t + w, n, abbreviations[k])) return 1;
  return 0;
}

/* Can a sentence start at t[i]? */
static int sentence_opener(const char *t, size_t end, size_t i) {
  unsigned char c = (unsigned char)t[i];
  if (ivl_isupper(c) || ivl_isdigit(c) || c == '"' || c == '\'' || c == '(') return 1;
  if (c < 0x80) return 0;
  size_t n;
  return utf8proc_category(ivl_utf8_decode(t + i, end - i, &n)) == UTF8PROC_CATEGORY_LU;
}

static int is_stop(char c) { return c == '.' || c == '!' || c == '?'; }

/* The first '.', '!' or '?' in t[i, end), or 'end'. Eight bytes at a time:
** the byte-at-a-time loop was a quarter of preparing an article. */
static size_t next_stop(const char *t, size_t i, size_t end) {
  for (; i + 8 <= end; i += 8) {
    uint64_t w = ivl_load8(t + i);
    if (ivl_word_has(w, '.') | ivl_word_has(w, '!') | ivl_word_has(w, '?')) break;
  }
  while (i < end && !is_stop(t[i])) i++;
  return i;
}

int ivl_sentences_split(const char *t, size_t start, size_t end, ivl_spans *out) {
  size_t s = start;
  for (size_t i = start; (i = next_stop(t, i, end)) < end; i++) {
    char c = t[i];
    size_t j = i + 1;
    while (j < end && (t[j] == '"' || t[j] == '\'' || t[j] == ')')) j++;
    if (j >= end || t[j] != ' ') continue;
    size_t k = j;
    while (k < end && t[k] == ' ') k++;
    if (k >= end || !sentence_opener(t, end, k)) continue;
    if (c == '.' && abbreviation_before(t, start, i)) continue;
    if (ivl_spans_push(out, s, j)) return -1;
    s = k;
    i = k - 1;
  }
  while (end > s && t[end - 1] == ' ') end--;
  if (end > s && ivl_spans_push(out, s, end)) return -1;
  return 0;
}
