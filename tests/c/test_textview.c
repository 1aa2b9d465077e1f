/*
** test_textview.c
** The NFC view and its map back to the original bytes.
*/
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "check.h"
#include "textview.h"
#include "utf8.h"

/* What ivl_utf8_decode answers by its definition: utf8proc_iterate over at
** most four bytes, U+FFFD and one byte where that fails. */
static int32_t reference_decode(const unsigned char *s, size_t len, size_t *n) {
  utf8proc_int32_t cp = 0;
  utf8proc_ssize_t k = utf8proc_iterate(s, (utf8proc_ssize_t)(len < 4 ? len : 4), &cp);
  *n = k <= 0 ? 1 : (size_t)k;
  return k <= 0 ? 0xFFFD : cp;
}

/* Compare ivl_utf8_decode (ASCII, two and three bytes inline) with the
** reference on s[0, len) and on every shorter prefix of it that is not empty. */
static void check_decode(const unsigned char *s, size_t len) {
  for (size_t l = 1; l <= len; l++) {
    size_t n = 0, want_n = 0;
    int32_t cp = ivl_utf8_decode((const char *)s, l, &n);
    int32_t want = reference_decode(s, l, &want_n);
    CHECK(cp == want && n == want_n, "decode %02X %02X %02X %02X (%zu bytes): U+%04X/%zu, want U+%04X/%zu",
          s[0], len > 1 ? s[1] : 0, len > 2 ? s[2] : 0, len > 3 ? s[3] : 0, l, (unsigned)cp, n,
          (unsigned)want, want_n);
  }
}

/* {======== ivl_utf8_invalid_at against a byte at a time ======== */

/* The validation as it was written before ASCII runs were skipped sixteen
** bytes at a time: the reference. */
static size_t reference_sequence(const unsigned char *s, size_t left) {
  unsigned char c = s[0];
  if (c < 0x80) return 1;
  if (c < 0xC2) return 0;
  if (c < 0xE0) return (left >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
  if (c < 0xF0) {
    if (left < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
    if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0)) return 0;
    return 3;
  }
  if (c < 0xF5) {
    if (left < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
      return 0;
    if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90)) return 0;
    return 4;
  }
  return 0;
}

static size_t reference_invalid_at(const unsigned char *s, size_t len) {
  for (size_t i = 0; i < len;) {
    size_t n = reference_sequence(s + i, len - i);
    if (n == 0) return i;
    i += n;
  }
  return len;
}

/* Check buf[0, len) as a heap copy of exactly len bytes (a read past the
** end would be out of bounds under a sanitizer), and against the reference. */
static void check_invalid_at(const unsigned char *buf, size_t len, const char *what, size_t where) {
  char *copy = malloc(len ? len : 1);
  memcpy(copy, buf, len);
  size_t got = ivl_utf8_invalid_at(copy, len), want = reference_invalid_at(buf, len);
  CHECK(got == want, "%s at %zu, %zu bytes: invalid at %zu, want %zu", what, where, len, got, want);
  free(copy);
}

/* A character beyond ASCII, a bad byte, a sequence cut short, at every
** place of buffers of every length up to three blocks of sixteen, in ASCII
** or among other letters beyond it; sequences across a block's edge. */
static void test_invalid_at(void) {
  static const char *const pieces[] = {
    "\xC3\xA0", "\xE1\xBA\xA3", "\xF0\x9F\x98\x80", /* à, ả, an emoji */
    "\x80", "\xC0\x80", "\xC3", "\xE1\xBA", "\xF0\x9F\x98", /* bad, overlong, cut short */
    "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF", "\xE0\x9F\xBF", /* surrogate, too high, overlong */
  };
  unsigned char buf[64];
  for (size_t len = 0; len <= 48; len++)
    for (size_t p = 0; p <= len; p++)
      for (size_t k = 0; k < sizeof pieces / sizeof *pieces; k++)
        for (int fill = 0; fill < 2; fill++) {
          /* ASCII around it, or 'à' (two bytes) repeated and cut where it falls */
          for (size_t j = 0; j < len; j++) buf[j] = fill ? (j % 2 ? 0xA0 : 0xC3) : (unsigned char)('a' + j % 26);
          size_t n = strlen(pieces[k]);
          if (p + n > len) n = len - p;
          memcpy(buf + p, pieces[k], n);
          check_invalid_at(buf, len, pieces[k][0] == '\xC3' ? "a letter" : "a piece", p);
        }
  check_invalid_at((const unsigned char *)"", 0, "empty", 0);
  /* random bytes, mostly ASCII */
  uint32_t r = 12345;
  for (int round = 0; round < 20000; round++) {
    size_t len = (r = r * 1103515245u + 12345u) >> 16 & 63;
    for (size_t j = 0; j < len; j++) {
      r = r * 1103515245u + 12345u;
      unsigned b = r >> 16 & 0xFF;
      buf[j] = (unsigned char)((r >> 8 & 7) ? (b & 0x7F) : b);
    }
    check_invalid_at(buf, len, "random", (size_t)round);
  }
}

/* }======== */

/* Every code point encoded, and every lead byte with every second byte
** and a third from each class (ASCII, continuation low and high, lead):
** overlongs, surrogates, truncations, stray continuation bytes. */
static void test_decode(void) {
  unsigned char b[4];
  for (int32_t cp = 0; cp <= 0x10FFFF; cp++) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    size_t k = (size_t)utf8proc_encode_char(cp, b);
    check_decode(b, k);
  }
  static const unsigned char thirds[] = {0x00, 0x41, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xE1, 0xFF};
  for (int lead = 0x80; lead <= 0xFF; lead++)
    for (int second = 0; second <= 0xFF; second++)
      for (size_t t = 0; t < sizeof thirds; t++) {
        b[0] = (unsigned char)lead, b[1] = (unsigned char)second, b[2] = thirds[t], b[3] = 0x80;
        check_decode(b, 4);
      }
}

static void check_view(const char *orig, const char *want_view) {
  ivl_view v;
  ivl_error err;
  CHECK(ivl_view_build(&v, orig, strlen(orig), &err) == IVL_OK, "build '%s'", orig);
  CHECK(v.len == strlen(want_view) && memcmp(v.text, want_view, v.len) == 0,
        "view of '%s' is '%s', want '%s'", orig, v.text, want_view);
  CHECK(ivl_view_orig(&v, 0) <= 3 && ivl_view_orig(&v, v.len) == strlen(orig), "ends map to ends");
  ivl_view_free(&v);
}

/* The original offset of view offset 'pos' read off the segments one by
** one from the first: the reference of ivl_view_orig()'s walk down a few
** segments and of its binary search through more. */
static size_t reference_orig(const ivl_view *v, size_t pos) {
  if (pos >= v->len) return v->orig_len;
  if (!v->owned) return pos;
  size_t k = 0;
  while (k + 1 < v->nsegs && v->segs[k + 1].view <= pos) k++;
  const ivl_seg *s = &v->segs[k];
  return s->exact ? s->orig + (pos - s->view) : s->orig;
}

/* Texts with 0 to 14 rewritten characters (two segments each: fewer and
** more than IVL_VIEW_FEW_SEGS) at random places, at the start (a BOM
** dropped) and at the end: every view offset maps as the reference says. */
static void test_orig_map(void) {
  static const char *const rewritten[] = {"\xe2\x80\x99", "\xe2\x80\x9c", "\xc2\xa0", "\r\n",
                                          "e\xcc\x81", "\xef\xbb\xbf", "\xe2\x84\xab"};
  static const char *const kept[] = {"a", " ", "\xc3\xa9", "Đà", "\n", "xyz"};
  uint32_t seed = 2024;
  for (int round = 0; round < 600; round++) {
    char text[512] = "";
    int changes = round % 15;
    for (int k = 0; k < changes; k++) {
      for (uint32_t p = (seed = seed * 1103515245u + 12345u) >> 16 & 3; p > 0; p--)
        strcat(text, kept[(seed = seed * 1103515245u + 12345u) >> 16 & 3]);
      strcat(text, rewritten[((seed = seed * 1103515245u + 12345u) >> 16) % 7]);
    }
    if (round & 1) strcat(text, "tail");
    ivl_view v;
    ivl_error err;
    CHECK(ivl_view_build(&v, text, strlen(text), &err) == IVL_OK, "round %d: build", round);
    int same = 1;
    for (size_t pos = 0; pos <= v.len + 1; pos++)
      same &= ivl_view_orig(&v, pos) == reference_orig(&v, pos) &&
              ivl_view_orig_search(&v, pos) == reference_orig(&v, pos);
    CHECK(same, "round %d: '%s' (%zu segments) maps otherwise", round, text, v.nsegs);
    ivl_view_free(&v);
  }
}

/* Whether a code point starts a cluster, asked without utf8proc for some
** blocks, is utf8proc's answer for every code point. */
static void test_starts_cluster(void) {
  int same = 1;
  int32_t bad = -1;
  for (int32_t cp = 0; cp <= 0x10FFFF && same; cp++) {
    same = ivl_view_starts_cluster(cp) == (utf8proc_get_property(cp)->combining_class == 0);
    if (!same) bad = cp;
  }
  CHECK(same, "U+%04X: starts a cluster otherwise than utf8proc says", (unsigned)bad);
}

/* The view of texts of ASCII, marks and letters beyond ASCII (none of the
** characters the view replaces) is their NFC, as utf8proc writes it. An
** ASCII byte before a character that starts a cluster (textview.c:
** starts_cluster_at, by its lead bytes) is kept at once; before a mark
** (U+0300 up, lead byte 0xCC; U+1DC4, 0xE1 0xB7, just below Latin
** Extended Additional) or a letter outside the blocks it knows
** (Greek extended, U+1F00: 0xE1 0xBC) it is read with its cluster: a fast
** path too wide fails here ('a' and U+0301 compose to 'á'). (No Hangul
** jamo: the view composes within a cluster, and a vowel after a
** consonant starts one, where NFC joins them.) */
static void test_nfc_random(void) {
  static const char *const pieces[] = {
    "a", "Q", " ", ".", "\n", "xyz", "\xcc\x81", "\xcc\xa3", "\xcd\x82", "\xe1\xbb\x87", "\xe1\xb8\x80",
    "\xe1\xbb\xbf", "\xe1\xbc\x80", "\xcb\x86", "\xcb\xbf", "\xc2\xa9", "\xc3\xa9", "\xc4\x90",
    "\xe2\x84\xab", "\xe6\x9d\xb1", "\xf0\x9f\x98\x80", "\xe1\xb7\x84"};
  uint32_t seed = 99;
  for (int round = 0; round < 4000; round++) {
    char text[256] = "";
    for (int k = (int)((seed = seed * 1103515245u + 12345u) >> 16) % 24; k > 0; k--)
      strcat(text, pieces[((seed = seed * 1103515245u + 12345u) >> 16) % (sizeof pieces / sizeof *pieces)]);
    ivl_view v;
    ivl_error err;
    CHECK(ivl_view_build(&v, text, strlen(text), &err) == IVL_OK, "round %d: build", round);
    utf8proc_uint8_t *nfc = utf8proc_NFC((const utf8proc_uint8_t *)text);
    CHECK(nfc && v.len == strlen((const char *)nfc) && memcmp(v.text, nfc, v.len) == 0,
          "round %d: the view of '%s' is '%.*s', its NFC '%s'", round, text, (int)v.len, v.text, (const char *)nfc);
    free(nfc);
    ivl_view_free(&v);
  }
}

int main(void) {
  test_starts_cluster();
  test_nfc_random();
  test_decode();
  test_invalid_at();
  test_orig_map();
  /* plain ASCII: no copy at all */
  const char *ascii = "US$80 million in 2023.\n";
  ivl_view v;
  ivl_error err;
  ivl_view_build(&v, ascii, strlen(ascii), &err);
  CHECK(v.text == ascii && v.owned == NULL, "ASCII is used in place");
  CHECK(ivl_view_orig(&v, 5) == 5, "identity map");
  ivl_view_free(&v);

  check_view("Qua\xcc\x89ng Ninh", "Qu\xe1\xba\xa3ng Ninh");       /* NFD -> NFC */
  check_view("\xef\xbb\xbfHello", "Hello");                        /* BOM dropped */
  check_view("a\r\nb\rc", "a\nb\nc");                              /* line ends */
  check_view("$2\xc2\xa0million", "$2 million");                   /* NBSP */
  check_view("People\xe2\x80\x99s \xe2\x80\x9cquote\xe2\x80\x9d", "People's \"quote\"");
  check_view("\xe2\x84\xab", "\xc3\x85");                          /* singleton: Angstrom */
  check_view("Đà Nẵng", "Đà Nẵng");                                /* NFC stays */

  /* offsets: each view character maps to where it came from */
  const char *nfd = "Da\xcc\x80 Na\xcc\x86\xcc\x83ng $5"; /* "Dà Nẵng $5" decomposed */
  ivl_view_build(&v, nfd, strlen(nfd), &err);
  const char *dollar = strchr(v.text, '$');
  size_t vpos = (size_t)(dollar - v.text);
  CHECK(nfd[ivl_view_orig(&v, vpos)] == '$', "'$' maps back to '$'");
  CHECK(ivl_view_orig(&v, 1) == 1, "the composed 'à' starts where 'a' was");
  CHECK(ivl_view_orig(&v, 3) == 4, "the space after it maps past the mark");
  ivl_view_free(&v);

  /* the ASCII runs are read sixteen bytes at a time, then eight, then one:
  ** a combining mark, a CR, a letter beyond ASCII at every place */
  for (size_t n = 0; n < 50; n++)
    for (size_t after = 0; after < 20; after += 7) {
      char in[128], want[128];
      static const char *const pieces[][2] = {
        {"e\xcc\x81", "\xc3\xa9"}, {"\r\n", "\n"}, {"\r", "\n"}, {"\xc3\xa9", "\xc3\xa9"}, {"x", "x"}};
      for (size_t k = 0; k < sizeof pieces / sizeof *pieces; k++) {
        memset(in, 'a', n);
        memset(want, 'a', n);
        snprintf(in + n, sizeof in - n, "%s%.*s", pieces[k][0], (int)after, "bbbbbbbbbbbbbbbbbbbbbbbbb");
        snprintf(want + n, sizeof want - n, "%s%.*s", pieces[k][1], (int)after, "bbbbbbbbbbbbbbbbbbbbbbbbb");
        check_view(in, want);
      }
    }
  return check_done();
}
