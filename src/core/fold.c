/*
** fold.c
** Folding text for name matching. ASCII is folded byte by byte with no
** table; a non-ASCII character is looked up in a table of the Latin,
** Greek and Cyrillic blocks, filled once from utf8proc (case fold,
** compatibility decomposition, marks stripped), and anything above that
** asks utf8proc directly.
*/
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "fold.h"
#include "utf8.h"

#define TABLE_END 0x2100 /* up to the letter-like symbols: covers Vietnamese */
#define MAX_FOLDED 7
/* the shortest character that folds to MAX_FOLDED bytes has two */
_Static_assert(IVL_FOLD_ROOM(2) >= MAX_FOLDED + 1, "IVL_FOLD_ROOM holds the longest folding");

typedef struct folded_char {
  uint8_t len;
  char bytes[MAX_FOLDED];
} folded_char;

static folded_char table[TABLE_END];
static pthread_once_t table_once = PTHREAD_ONCE_INIT;

static int is_dash(int32_t cp) {
  return (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 || cp == 0xFE63 ||
         cp == 0xFF0D;
}

static int is_apostrophe(int32_t cp) {
  return cp == 0x2018 || cp == 0x2019 || cp == 0x02BC || cp == 0x2032;
}

/* What one non-ASCII character folds to. */
static void fold_cp(int32_t cp, folded_char *out) {
  out->len = 1;
  /* đ has no decomposition; Ð and ð are its common look-alikes */
  if (cp == 0x110 || cp == 0x111 || cp == 0xD0 || cp == 0xF0) { out->bytes[0] = 'd'; return; }
  if (is_dash(cp)) { out->bytes[0] = '-'; return; }
  if (is_apostrophe(cp)) { out->bytes[0] = '\''; return; }
  utf8proc_category_t cat = utf8proc_category(cp);
  if (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) { out->len = 0; return; }
  int letter = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
               (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
  if (!letter) { out->bytes[0] = ' '; return; } /* punctuation, symbols, spaces */
  utf8proc_int32_t parts[8];
  int last_class = 0;
  utf8proc_ssize_t k = utf8proc_decompose_char(
      cp, parts, 8,
      UTF8PROC_CASEFOLD | UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK, &last_class);
  if (k <= 0 || k > 8) k = 0, parts[0] = cp;
  size_t w = 0;
  char enc[4];
  for (utf8proc_ssize_t j = 0; j < (k ? k : 1); j++) {
    int32_t p = (parts[j] == 0x110 || parts[j] == 0x111) ? 'd' : parts[j];
    size_t n = ivl_utf8_encode(p, enc);
    if (w + n > MAX_FOLDED) break;
    memcpy(out->bytes + w, enc, n);
    w += n;
  }
  out->len = (uint8_t)w;
}

static void fill_table(void) {
  for (int32_t cp = 0x80; cp < TABLE_END; cp++) fold_cp(cp, &table[cp]);
}

/* Lower-case letters, digits and every byte from 0x80 (fold.h). */
#define W16 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1
const uint8_t ivl_fold_word_byte[256] = {
  ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
  ['8'] = 1, ['9'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
  ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1,
  ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1,
  ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1,
  [0x80] = W16, W16, W16, W16, W16, W16, W16, W16,
};
#undef W16

/* {======== writing folded bytes ======== */

typedef struct writer {
  char *text;
  uint32_t *pos; /* NULL when positions are not wanted */
  size_t len;
} writer;

/* Spaces collapse, and there is no space on either side of a dash. */
static void put(writer *w, char c, uint32_t at) {
  char prev = w->len ? w->text[w->len - 1] : '\n';
  if (c == ' ' && (prev == ' ' || prev == '-' || prev == '\n')) return;
  if (c == '-' && prev == ' ') { w->text[w->len - 1] = '-'; return; } /* keeps the space's position */
  w->text[w->len] = c;
  if (w->pos) w->pos[w->len] = at;
  w->len++;
}

static char fold_ascii(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return (char)(c + 32);
  if (c == '\t' || c == '\r' || c == '\f' || c == '\v') return ' ';
  return (char)c;
}

/* Write the run of ASCII letters and digits at s[i] as it folds; the end
** of the run. Locals rather than the writer's fields in the loop: a store
** through a char pointer may alias them, and the compiler would reload
** them at every byte. */
static size_t fold_alnum_run(writer *w, const char *s, size_t len, size_t i) {
  char *text = w->text;
  uint32_t *pos = w->pos;
  size_t n = w->len;
  for (; i < len && ivl_isalnum((unsigned char)s[i]); i++, n++) {
    unsigned char c = (unsigned char)s[i];
    text[n] = (char)(c | (ivl_isalpha(c) ? 32 : 0));
    if (pos) pos[n] = (uint32_t)i;
  }
  w->len = n;
  return i;
}

/* Fold s[0..len) into 'w' (room for MAX_FOLDED bytes per input byte). */
static void fold_into(writer *w, const char *s, size_t len) {
  pthread_once(&table_once, fill_table);
  for (size_t i = 0; i < len;) {
    unsigned char c = (unsigned char)s[i];
    if (ivl_isalnum(c)) { /* most bytes: a run of letters and digits is written as it folds */
      i = fold_alnum_run(w, s, len, i);
      continue;
    }
    if (c < 0x80) {
      put(w, fold_ascii(c), (uint32_t)i);
      i++;
      continue;
    }
    size_t n;
    int32_t cp = ivl_utf8_decode(s + i, len - i, &n);
    folded_char big;
    const folded_char *f = &table[0];
    if (cp < TABLE_END) f = &table[cp];
    else fold_cp(cp, &big), f = &big;
    if (f->len == 1 && (f->bytes[0] == ' ' || f->bytes[0] == '-')) put(w, f->bytes[0], (uint32_t)i);
    else
      for (int k = 0; k < f->len; k++) {
        w->text[w->len] = f->bytes[k];
        if (w->pos) w->pos[w->len] = (uint32_t)i;
        w->len++;
      }
    i += n;
  }
}

int ivl_fold_build(ivl_fold *f, const char *view, size_t len) {
  /* a UTF-8 character of n bytes folds to at most MAX_FOLDED bytes, n >= 2 */
  size_t need = IVL_FOLD_ROOM(len);
  if (need > f->cap) {
    char *t = realloc(f->text, need);
    if (!t) return -1;
    f->text = t;
    uint32_t *p = realloc(f->pos, need * sizeof *p);
    if (!p) return -1;
    f->pos = p;
    f->cap = need;
  }
  writer w = {f->text, f->pos, 0};
  fold_into(&w, view, len);
  f->text[w.len] = '\0';
  f->pos[w.len] = (uint32_t)len;
  f->len = w.len;
  return 0;
}

void ivl_fold_free(ivl_fold *f) {
  free(f->text);
  free(f->pos);
  memset(f, 0, sizeof *f);
}

size_t ivl_fold_name(const char *s, size_t len, char *out) {
  writer w = {out, NULL, 0};
  fold_into(&w, s, len);
  size_t a = 0, b = w.len;
  while (a < b && (w.text[a] == ' ' || w.text[a] == '\n')) a++;
  while (b > a && (w.text[b - 1] == ' ' || w.text[b - 1] == '\n')) b--;
  memmove(out, out + a, b - a);
  out[b - a] = '\0';
  return b - a;
}

int ivl_fold_string(const char *s, size_t len, ivl_buf *out) {
  out->len = 0;
  size_t need = IVL_FOLD_ROOM(len);
  if (out->cap < need) {
    char *t = realloc(out->data, need);
    if (!t) return -1;
    out->data = t;
    out->cap = need;
  }
  out->len = ivl_fold_name(s, len, out->data);
  return 0;
}
