/*
** utf8.h
** UTF-8 validation and decoding. The core validates every article once, at
** load, so everything after can decode without checks.
*/
#ifndef IVLUA_UTF8_H
#define IVLUA_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

/* Offset of the first byte that is not part of valid UTF-8 (overlongs,
** surrogates and code points above U+10FFFF are invalid), or 'len' when the
** whole buffer is valid. */
size_t ivl_utf8_invalid_at(const char *s, size_t len);

/* Decode the code point at 's' (valid UTF-8, at least one byte); store its
** byte length in '*n'. */
static inline int32_t ivl_utf8_decode(const char *s, size_t len, size_t *n);
/* The same by utf8proc: what ivl_utf8_decode does but for the sequences
** that it decodes inline. */
int32_t ivl_utf8_decode_any(const char *s, size_t len, size_t *n);

/* ASCII and the well-formed two- and three-byte sequences (Vietnamese
** letters, dashes, quotes) inline, the rest (E0 and ED leads, which have
** their own limits, four bytes, bad bytes) by ivl_utf8_decode_any: the
** call through utf8proc_iterate was 43 instructions a character on the
** per-article path, here about a dozen. */
static inline int32_t ivl_utf8_decode(const char *str, size_t len, size_t *n) {
  const unsigned char *s = (const unsigned char *)str;
  if (len >= 1 && s[0] < 0x80) {
    *n = 1;
    return s[0];
  }
  if (len >= 2 && s[0] >= 0xC2 && s[0] < 0xE0 && (s[1] & 0xC0) == 0x80) {
    *n = 2;
    return (int32_t)((s[0] & 0x1Fu) << 6 | (s[1] & 0x3Fu));
  }
  if (len >= 3 && s[0] > 0xE0 && s[0] < 0xF0 && s[0] != 0xED && (s[1] & 0xC0) == 0x80 &&
      (s[2] & 0xC0) == 0x80) {
    *n = 3;
    return (int32_t)((s[0] & 0x0Fu) << 12 | (s[1] & 0x3Fu) << 6 | (s[2] & 0x3Fu));
  }
  return ivl_utf8_decode_any(str, len, n);
}

/* Start of the code point that ends just before 'pos' (pos > 0). */
static inline size_t ivl_utf8_prev(const char *s, size_t pos) {
  size_t i = pos - 1;
  while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) i--;
  return i;
}

/* Encode 'cp' into 'out' (room for 4 bytes); returns the byte count. */
size_t ivl_utf8_encode(int32_t cp, char *out);

/* Is the code point a letter or a digit (Unicode categories L* and N*)? */
int ivl_utf8_is_alnum_cp(int32_t cp);
/* Is a code point of the utf8proc category 'cat' so (a mark too, as
** ivl_utf8_is_alnum_cp() has it)? For a caller that asks the category
** for more than this. */
int ivl_utf8_alnum_category(int cat);

int ivl_utf8_alnum_before_wide(const char *s, size_t pos);
int ivl_utf8_alnum_at_wide(const char *s, size_t len, size_t pos);

/* Is the character that ends just before 'pos' a letter or digit? Used for
** word boundaries, at every byte of some scans: ASCII is answered inline,
** without decoding. */
static inline int ivl_utf8_alnum_before(const char *s, size_t pos) {
  if (pos == 0) return 0;
  unsigned char c = (unsigned char)s[pos - 1];
  if (c < 0x80) return ivl_isalnum(c);
  return ivl_utf8_alnum_before_wide(s, pos);
}

/* Is the character starting at 'pos' a letter or digit? */
static inline int ivl_utf8_alnum_at(const char *s, size_t len, size_t pos) {
  if (pos >= len) return 0;
  unsigned char c = (unsigned char)s[pos];
  if (c < 0x80) return ivl_isalnum(c);
  return ivl_utf8_alnum_at_wide(s, len, pos);
}

#endif
