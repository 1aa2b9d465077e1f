/*
** utf8.h
** UTF-8 validation and decoding. The core validates every article once, at
** load, so everything after can decode without checks.
*/
#ifndef IVLUA_UTF8_H
#define IVLUA_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Offset of the first byte that is not part of valid UTF-8 (overlongs,
** surrogates and code points above U+10FFFF are invalid), or 'len' when the
** whole buffer is valid. */
size_t ivl_utf8_invalid_at(const char *s, size_t len);

/* Decode the code point at 's' (valid UTF-8, at least one byte); store its
** byte length in '*n'. */
int32_t ivl_utf8_decode(const char *s, size_t len, size_t *n);

/* Start of the code point that ends just before 'pos' (pos > 0). */
size_t ivl_utf8_prev(const char *s, size_t pos);

/* Encode 'cp' into 'out' (room for 4 bytes); returns the byte count. */
size_t ivl_utf8_encode(int32_t cp, char *out);

/* Is the code point a letter or a digit (Unicode categories L* and N*)? */
int ivl_utf8_is_alnum_cp(int32_t cp);

/* Is the character that ends just before 'pos' a letter or digit? Used for
** word boundaries: ASCII is answered without decoding. */
int ivl_utf8_alnum_before(const char *s, size_t pos);

/* Is the character starting at 'pos' a letter or digit? */
int ivl_utf8_alnum_at(const char *s, size_t len, size_t pos);

#endif
