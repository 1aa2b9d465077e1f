/*
** vn_spelling.c
** Is a name spelt in Vietnamese? Vietnamese writes one syllable a word,
** each of a fixed shape (an initial consonant of a closed set or none,
** vowels it puts together, a final of c, ch, m, n, ng, nh, p or t), and
** marks its tones and some vowels, with letters of its own (đ, ư, ơ, ă,
** the tone-marked vowels of U+1EA0-U+1EF9) and ones it shares with
** Latin-1 ("à", "ô", "ý").
*/
#include <string.h>

#include "fold.h"
#include "names.h"
#include "util.h"

int ivl_names_vn_letters(const char *t, size_t s, size_t e) {
  for (size_t p = s; p + 1 < e; p++) {
    unsigned char c = (unsigned char)t[p], d = (unsigned char)t[p + 1];
    if ((c == 0xC4 && (d == 0x90 || d == 0x91 || d == 0x82 || d == 0x83)) ||
        (c == 0xC6 && (d == 0xA0 || d == 0xA1 || d == 0xAF || d == 0xB0)) || (c == 0xE1 && (d == 0xBA || d == 0xBB)))
      return 1;
  }
  return 0;
}

int ivl_names_vn_syllable(const char *w, size_t n) {
  static const char *const initials[] = {"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c",
                                         "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", NULL};
  static const char *const nuclei[] = {"a", "e", "i", "o", "u", "y", "ai", "ao", "au", "ay", "eo", "eu", "ia",
                                       "ie", "iu", "oa", "oe", "oi", "oo", "ua", "ue", "ui", "uo", "uu", "uy",
                                       "ye", "ieu", "yeu", "oai", "oay", "oeo", "uay", "uoi", "uou", "uya", "uye",
                                       "uyu", NULL};
  static const char *const finals[] = {"", "ng", "nh", "ch", "c", "m", "n", "p", "t", NULL};
  char low[8];
  if (n == 0 || n > 7) return 0;
  for (size_t i = 0; i < n; i++) {
    if (!ivl_isalpha((unsigned char)w[i])) return 0;
    low[i] = (char)(w[i] | 0x20);
  }
  size_t p = 0;
  for (const char *const *c = initials; *c; c++) {
    size_t k = strlen(*c);
    if (k < n && memcmp(low, *c, k) == 0) {
      p = k;
      break;
    }
  }
  size_t v = p;
  while (v < n && strchr("aeiouy", low[v])) v++;
  if (v == p || v - p > 3) return 0;
  int nucleus = 0, final = 0;
  for (const char *const *c = nuclei; *c && !nucleus; c++) nucleus = strlen(*c) == v - p && memcmp(low + p, *c, v - p) == 0;
  for (const char *const *c = finals; *c && !final; c++) final = strlen(*c) == n - v && memcmp(low + v, *c, n - v) == 0;
  return nucleus && final;
}

/* Is t[s, e) one word that, its marks folded away, is a syllable of
** Vietnamese shape? '*marked' says whether it carries a mark (a byte
** beyond ASCII). */
static int marked_syllable(const char *t, size_t s, size_t e, int *marked) {
  /* a syllable of seven letters at most, of one byte each but its marked
  ** vowels (two or three bytes, one or two a syllable): "Nguyễn", "Trường"
  ** are eight and nine */
  enum { LONGEST = 7 * 2 };
  if (e <= s || e - s > LONGEST) return 0;
  *marked = 0;
  for (size_t i = s; i < e; i++) {
    unsigned char c = (unsigned char)t[i];
    if (c >= 0x80) *marked = 1;
    else if (!ivl_isalpha(c)) return 0;
  }
  char folded[IVL_FOLD_ROOM(LONGEST)];
  size_t n = ivl_fold_name(t + s, e - s, folded);
  return ivl_names_vn_syllable(folded, n);
}

int ivl_names_vn_word(const char *t, size_t s, size_t e) {
  int marked;
  return marked_syllable(t, s, e, &marked);
}

/* A name opening on a marked syllable ("Thăng Long", "Hòa An"), or on two
** syllables the second marked ("Lam Sơn"), is Vietnamese: the foreign
** firms the press names are not spelt so, nor their local units, which
** open on the parent's name ("Hyosung Đồng Nai", "Canon Việt Nam"). */
int ivl_names_vietnamese_spelt(const char *t, size_t s, size_t e) {
  int marked = 0;
  size_t w = s;
  while (w < e && t[w] != ' ') w++;
  if (!marked_syllable(t, s, w, &marked)) return 0;
  if (marked) return 1;
  if (w >= e) return 0;
  size_t w2 = w + 1;
  while (w2 < e && t[w2] != ' ') w2++;
  return marked_syllable(t, w + 1, w2, &marked) && marked;
}
