/*
** jsonl.c
** The JSON Lines export of spec/ENTITIES.md: one object per entity, common
** fields first (doc, type, text, start, end), then the type's own fields in
** the order the rule stored them. Each article is formatted into one buffer
** and written with one call.
**
** Written by hand although jansson (linked: it reads JSON Lines input) can
** write JSON: building a json_t per entity and dumping it made the export
** the slowest stage. bench_libs on the 10 MB generated corpus: 880 MB/s of
** JSON here, 58 MB/s through jansson (json_dumps, JSON_PRESERVE_ORDER).
*/
#include <assert.h>
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "article.h"
#include "jsonl.h"
#include "symbols.h"
#include "util.h"

/* Room for 'n' more bytes and SLACK after them (a writer may store eight
** bytes where fewer are due; the NUL at the end), or -1. The line writer
** below reserves a piece's most bytes once and then writes through a
** pointer: an append a few bytes, each testing room and ending the text
** with a NUL, was most of the JSON Lines stage. */
#define SLACK 32
static inline int reserve(ivl_buf *b, size_t n) {
  if (b->cap - b->len > n + SLACK) return 0;
  return ivl_grow((void **)&b->data, &b->cap, b->len + n + SLACK + 1, 1);
}

/* Nonzero when a byte of w is one JSON escapes (a control character, '"',
** '\\'). */
static inline uint64_t word_escapes(uint64_t w) {
  return ivl_word_has_below(w, 0x20) | ivl_word_has(w, '"') | ivl_word_has(w, '\\');
}

/* The first byte of s[0, n) JSON escapes, or n. */
static size_t next_plain_end(const char *s, size_t n) {
  size_t i = 0;
  while (i < n && (unsigned char)s[i] >= 0x20 && s[i] != '"' && s[i] != '\\') i++;
  return i;
}

/* s[i, n) escaped at p (the bytes before i, clean, are at p[0, i)), a
** byte at a time; returns the end. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static char *put_escaped_from(char *p, const char *s, size_t i, size_t n) {
  static const char hex[] = "0123456789abcdef";
  char *q = p + i;
  for (; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c != '"' && c != '\\') {
      *q++ = (char)c;
      continue;
    }
    *q++ = '\\';
    switch (c) {
    case '"': *q++ = '"'; break;
    case '\\': *q++ = '\\'; break;
    case '\n': *q++ = 'n'; break;
    case '\r': *q++ = 'r'; break;
    case '\t': *q++ = 't'; break;
    default:
      memcpy(q, "u00", 3);
      q[3] = hex[c >> 4];
      q[4] = hex[c & 15];
      q += 5;
    }
  }
  return q;
}

#if defined(__SSE2__)
/* Nonzero when a byte of x is one JSON escapes: a control character is
** one min(c, 0x1f) leaves. */
static inline int sse_escapes(__m128i x) {
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), ctl = _mm_set1_epi8(0x1f);
  __m128i bad = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)),
                             _mm_cmpeq_epi8(_mm_min_epu8(x, ctl), x));
  return _mm_movemask_epi8(bad);
}
#endif

/* s[0, n) escaped at p (room for 6n bytes and SLACK); returns the end.
** Sixteen bytes at a time (eight without SSE2), tested and stored whole,
** the last sixteen overlapping those before; from 8 to 15 bytes, two
** overlapping halves of one test (two word tests were a fifth of the
** escaping); under eight, two overlapping halves of a word. */
static inline char *put_escaped(char *p, const char *s, size_t n) {
  size_t i = 0;
  if (n >= 8) {
#if defined(__SSE2__)
    if (n >= 16) {
      for (; i + 16 <= n; i += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        if (sse_escapes(x)) return put_escaped_from(p, s, i, n);
        _mm_storeu_si128((__m128i *)(void *)(p + i), x);
      }
      if (i < n) { /* the bytes before i are written as they are: rewritten the same */
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + n - 16));
        if (sse_escapes(x)) return put_escaped_from(p, s, i, n);
        _mm_storeu_si128((__m128i *)(void *)(p + n - 16), x);
      }
      return p + n;
    }
    __m128i lo = _mm_loadl_epi64((const __m128i *)(const void *)s);
    __m128i hi = _mm_loadl_epi64((const __m128i *)(const void *)(s + n - 8));
    if (sse_escapes(_mm_unpacklo_epi64(lo, hi))) return put_escaped_from(p, s, 0, n);
    _mm_storel_epi64((__m128i *)(void *)p, lo);
    _mm_storel_epi64((__m128i *)(void *)(p + n - 8), hi);
    return p + n;
#else
    for (; i + 8 <= n; i += 8) {
      uint64_t w = ivl_load8(s + i);
      if (word_escapes(w)) return put_escaped_from(p, s, i, n);
      memcpy(p + i, &w, 8);
    }
    if (i < n) {
      uint64_t w = ivl_load8(s + n - 8);
      if (word_escapes(w)) return put_escaped_from(p, s, i, n);
      memcpy(p + n - 8, &w, 8);
    }
    return p + n;
#endif
  }
  if (n >= 4) {
    uint32_t lo, hi;
    memcpy(&lo, s, 4);
    memcpy(&hi, s + n - 4, 4);
    if (word_escapes(lo | (uint64_t)hi << 32)) return put_escaped_from(p, s, 0, n);
    memcpy(p, &lo, 4);
    memcpy(p + n - 4, &hi, 4);
    return p + n;
  }
  for (; i < n; i++) { /* a country's code, a level */
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20 || c == '"' || c == '\\') return put_escaped_from(p, s, i, n);
    p[i] = (char)c;
  }
  return p + n;
}

/* The most bytes s[0, n) takes escaped: 6 a byte ("\u001f"). */
#define ESCAPED_MAX(n) ((size_t)(n) * 6)

int ivl_json_string(ivl_buf *b, const char *s, size_t n) {
  if (n > SIZE_MAX / 8 || reserve(b, ESCAPED_MAX(n) + 2)) return -1;
  char *p = b->data + b->len;
  *p++ = '"';
  p = put_escaped(p, s, n);
  *p++ = '"';
  *p = '\0';
  b->len = (size_t)(p - b->data);
  return 0;
}

/* Two digits a pair, "00" to "99". */
static const char digit_pairs[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/* The digits of u, below 10000, at p; returns the end. Offsets are most
** of the numbers written and most have three or four digits (the 1.5 MB
** bench: 32,000 of 34,000 starts): two pairs from one division by 100,
** not the counting and the loop of any number (a third of the cost). */
static inline char *put_small(char *p, uint32_t u) {
  uint32_t hi = u / 100, lo = u - hi * 100;
  if (hi >= 10) {
    memcpy(p, digit_pairs + 2 * hi, 2);
    memcpy(p + 2, digit_pairs + 2 * lo, 2);
    return p + 4;
  }
  if (hi) {
    *p = (char)('0' + hi);
    memcpy(p + 1, digit_pairs + 2 * lo, 2);
    return p + 3;
  }
  if (lo >= 10) {
    memcpy(p, digit_pairs + 2 * lo, 2);
    return p + 2;
  }
  *p = (char)('0' + lo);
  return p + 1;
}

/* The four digits of u (below 10000), zeros in front, at p. */
static inline void put_four(char *p, uint32_t u) {
  uint32_t hi = u / 100, lo = u - hi * 100;
  memcpy(p, digit_pairs + 2 * hi, 2);
  memcpy(p + 2, digit_pairs + 2 * lo, 2);
}

/* The digits of u, below 10^8, at p; returns the end. */
static inline char *put_below_1e8(char *p, uint32_t u) {
  if (u < 10000) return put_small(p, u);
  uint32_t hi = u / 10000;
  p = put_small(p, hi);
  put_four(p, u - hi * 10000);
  return p + 4;
}

/* The digits of u, below 10^16, at p; returns the end. In groups of
** eight and four with 32-bit divisions (amounts have nine to twelve
** digits: counting them and a 64-bit division a pair were most of
** writing one). What is written is below 2^53 (whole numbers as JSON
** has them) or an offset of 32 bits. */
static inline char *put_digits(char *p, uint64_t u) {
  assert(u < 10000000000000000u);
  if (u < 100000000u) return put_below_1e8(p, (uint32_t)u);
  uint64_t hi = u / 100000000u;
  uint32_t lo = (uint32_t)(u - hi * 100000000u), mid = lo / 10000;
  p = put_below_1e8(p, (uint32_t)hi);
  put_four(p, mid);
  put_four(p + 4, lo - mid * 10000);
  return p + 8;
}

/* u (below 10^16), with a '-' in front when 'negative', without printf:
** offsets and amounts are most of the numbers written. */
static int put_integer(ivl_buf *b, int negative, uint64_t u) {
  if (reserve(b, 21)) return -1;
  char *p = b->data + b->len;
  if (negative) *p++ = '-';
  p = put_digits(p, u);
  *p = '\0';
  b->len = (size_t)(p - b->data);
  return 0;
}

/* A whole number below 2^53, as "%.0f" writes it ("-0" included). */
static int json_integer(ivl_buf *b, double v) { return put_integer(b, signbit(v), (uint64_t)fabs(v)); }

/* The digits of 'm' (below 10^15) with a decimal point 'k' digits from
** the right ("0.00" in front as needed), trailing zeros dropped. */
static int put_decimal(ivl_buf *b, int negative, uint64_t m, int k) {
  char tmp[40], *p = tmp + sizeof tmp;
  for (int i = 0; i <= k || m; i++, m /= 10) {
    if (i == k) *--p = '.';
    *--p = (char)('0' + m % 10);
  }
  if (negative) *--p = '-';
  size_t n = (size_t)(tmp + sizeof tmp - p);
  while (p[n - 1] == '0') n--;
  if (p[n - 1] == '.') n--;
  return ivl_buf_append(b, p, n);
}

/* A number with a few decimals (a rate, a share: "1.3438") as "%.15g"
** writes it, without printf: when v is the double nearest to m / 10^k,
** m below 10^15, "%.15g" gives back that decimal (DBL_DIG is 15) and strtod
** reads it as v, so the digits of m are the answer. At or above 1e-4 "%g"
** writes no exponent. snprintf and strtod were a quarter of the JSON Lines
** stage (18,000 such numbers in the 10 MB corpus's 54 MB of output).
** 1 when written, 0 when v is not such a
** number, -1 out of memory. */
static int json_decimal(ivl_buf *b, double v) {
  static const double pow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
  double a = fabs(v);
  if (!(a >= 1e-4 && a < 1e14)) return 0;
  for (int k = 1; k < (int)(sizeof pow10 / sizeof *pow10); k++) {
    double m = nearbyint(a * pow10[k]);
    if (m >= 1e15) break;
    if (m / pow10[k] == a) /* both exact, the division rounded as strtod would */
      return put_decimal(b, signbit(v), (uint64_t)m, k) ? -1 : 1;
  }
  return 0;
}

int ivl_json_number(ivl_buf *b, double v) {
  char tmp[40];
  int n, got;
  if (!isfinite(v)) n = snprintf(tmp, sizeof tmp, "null");
  else if (v == floor(v) && fabs(v) < 9007199254740992.0) return json_integer(b, v);
  else if ((got = json_decimal(b, v)) != 0) return got < 0 ? -1 : 0;
  else {
    n = snprintf(tmp, sizeof tmp, "%.15g", v); /* shortest that reads back the same */
    if (strtod(tmp, NULL) != v) n = snprintf(tmp, sizeof tmp, "%.17g", v);
  }
  return ivl_buf_append(b, tmp, (size_t)n);
}

/* What every line of an article repeats, written once: the head of its
** lines ('{"doc":"..."'), and per symbol the part after it as a type
** (',"type":"name","text":"') or a key (',"name":'). Escaping them anew
** for each line was a tenth of the writing. The built-in symbols' parts
** are the same for every article (below); the others are written in the
** article's parts the first time they are asked for. */
typedef struct part_at {
  uint32_t off1, len; /* in the parts' text, offset+1 (0: not written yet) */
} part_at;

typedef struct line_parts {
  ivl_buf text;    /* the head of the lines, then the parts, one after another */
  size_t head_len; /* the head, at the start of 'text' */
  part_at *at;     /* per symbol id * 2 (+1 as a key) */
  size_t nat, cap;
} line_parts;

/* The fields of a line written before, by what they are made of: a
** mention whose entry was named before takes a copy of the fields of the
** earlier mention (names.c, store_name), field for field, the strings
** where they were. Those are the same bytes again: copied from the
** earlier line, not written anew. On b1, 10,003 lines of 33,691 (32,765
** fields of 95,434) have fields the same as a line before them, 9,050 of
** them places and countries, which alone are looked up (ivl_jsonl_format
** 16.43M -> 15.40M instructions). A slot keeps the last line of its hash;
** one overwritten is only written anew; its entity's fields are compared
** whole, in the entity's own store, before its bytes are taken. */
#define FIELDS_MEMO_SLOTS 128 /* 2 KB, zeroed for each article */
#define MEMO_FACTS 0x80000000u  /* in 'ent': an entity of the facts */
typedef struct fields_memo {
  uint32_t sig;      /* fields_sig()'s high half, 0: empty */
  uint32_t ent;      /* the entity that wrote them, index + 1 (| MEMO_FACTS) */
  uint32_t off, len; /* after '"end":N', from the article's first line */
} fields_memo;

typedef struct line_memo {
  fields_memo slot[FIELDS_MEMO_SLOTS];
  size_t base; /* the output buffer's length before the article's lines */
} line_memo;

/* A part's n bytes at p, sixteen at a time: a part is followed by 16
** bytes written (zeros) in the parts' text, and p by SLACK bytes. The
** copies were a call of memcpy each, two a line. */
static inline void copy_part(char *p, const char *part, size_t n) {
  memcpy(p, part, 16); /* no part is empty: the first sixteen untested */
  for (size_t i = 16; i < n; i += 16) memcpy(p + i, part + i, 16);
}

/* A line's head or type part (30 to 40 bytes: a doc's name, a type's),
** thirty-two bytes at a time: such a part is followed by 32 bytes that can
** be read (zeros in the parts' text; a built-in type's row, the key's
** after it), and p by SLACK bytes. Sixteen at a time, as copy_part, they
** were two or three steps each, a tenth of the writing. */
static inline void copy_part32(char *p, const char *part, size_t n) {
  memcpy(p, part, 32);
  for (size_t i = 32; i < n; i += 32) memcpy(p + i, part + i, 32);
}

/* The end of the parts' text as one part from 'off': 16 zero bytes after
** it (read by copy_part); its length, 0 when out of memory or too long. */
static size_t end_part(ivl_buf *t, size_t off) {
  if (t->len - off > UINT32_MAX - 1 || reserve(t, 32)) return 0;
  memset(t->data + t->len, 0, 32);
  return t->len - off;
}

/* Symbol 'id' as written (a key: ',"name":'; a type: ',"type":"name","text":"'),
** or NULL when out of memory: written the first time it is asked for. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static const part_at *new_part(line_parts *lp, int id, int as_key) {
  size_t slot = (size_t)id * 2 + (size_t)as_key;
  if (slot >= lp->nat) {
    if (IVL_GROW(lp->at, lp->cap, slot + 1)) return NULL;
    memset(lp->at + lp->nat, 0, (slot + 1 - lp->nat) * sizeof *lp->at);
    lp->nat = slot + 1;
  }
  part_at *at = &lp->at[slot];
  const char *name = ivl_sym_name(id);
  ivl_buf *t = &lp->text;
  size_t off = t->len, len;
  int bad = as_key ? ivl_buf_putc(t, ',') || ivl_json_string(t, name, strlen(name)) || ivl_buf_putc(t, ':')
                   : ivl_buf_append(t, ",\"type\":", 8) || ivl_json_string(t, name, strlen(name)) ||
                         ivl_buf_append(t, ",\"text\":\"", 9);
  if (bad || !(len = end_part(t, off))) return NULL;
  at->off1 = (uint32_t)off + 1;
  at->len = (uint32_t)len;
  return at;
}

/* The head of an article's lines, '{"doc":"name"', at the start of the
** parts' text; -1 when out of memory. */
static int write_head(line_parts *lp, const char *doc, size_t doc_len) {
  ivl_buf *t = &lp->text;
  if (ivl_buf_append(t, "{\"doc\":", 7) || ivl_json_string(t, doc, doc_len)) return -1;
  lp->head_len = end_part(t, 0);
  return lp->head_len ? 0 : -1;
}

/* The built-in symbols' parts, the same for every article: written once
** for the process (an article wrote its forty-odd keys anew, 3M
** instructions of the JSON Lines stage's 25M on b1; then, with its doc in
** front, its dozen types, 1.7M). 0 length: none (a name too long or
** needing an escape: the article's parts have it). Rows of PART_ROOM
** bytes, zeros after the part, for copy_part. */
#define PART_ROOM 48
#define KEY_EXTRA 4   /* ,"": */
#define TYPE_EXTRA 19 /* ,"type":"","text":" */
static char builtin_parts[IVL_SYM_BUILTIN_COUNT][2][PART_ROOM];
static uint8_t builtin_part_len[IVL_SYM_BUILTIN_COUNT][2];
static pthread_once_t builtin_parts_once = PTHREAD_ONCE_INIT;

static void write_builtin_parts(void) {
  for (int id = 1; id < IVL_SYM_BUILTIN_COUNT; id++) {
    const char *name = ivl_sym_name(id);
    size_t n = name ? strlen(name) : PART_ROOM;
    if (n + TYPE_EXTRA > PART_ROOM || next_plain_end(name, n) != n) continue;
    char *k = builtin_parts[id][1], *t = builtin_parts[id][0];
    memcpy(k, ",\"", 2);
    memcpy(k + 2, name, n);
    memcpy(k + 2 + n, "\":", 2);
    builtin_part_len[id][1] = (uint8_t)(n + KEY_EXTRA);
    memcpy(t, ",\"type\":\"", 9);
    memcpy(t + 9, name, n);
    memcpy(t + 9 + n, "\",\"text\":\"", 10);
    builtin_part_len[id][0] = (uint8_t)(n + TYPE_EXTRA);
  }
}

/* A part as written: its bytes (followed by at least 15 more readable). */
typedef struct part {
  const char *p;
  size_t len;
} part;

/* Symbol 'id' as written (see new_part); p NULL when out of memory. */
static inline part symbol_part(line_parts *lp, int id, int as_key) {
  if (id < IVL_SYM_BUILTIN_COUNT && builtin_part_len[id][as_key])
    return (part){builtin_parts[id][as_key], builtin_part_len[id][as_key]};
  size_t slot = (size_t)id * 2 + (size_t)as_key;
  const part_at *at = slot < lp->nat && lp->at[slot].off1 ? &lp->at[slot] : new_part(lp, id, as_key);
  return at ? (part){lp->text.data + at->off1 - 1, at->len} : (part){NULL, 0};
}

static int list_value(ivl_buf *b, const ivl_store *s, const ivl_field *f) {
  if (ivl_buf_putc(b, '[')) return -1;
  const char *p = ivl_store_string(s, f);
  for (uint32_t i = 0; i < f->len; i++, p += strlen(p) + 1)
    if ((i && ivl_buf_putc(b, ',')) || ivl_json_string(b, p, strlen(p))) return -1;
  return ivl_buf_putc(b, ']');
}

/* The most bytes of the line after its text: '","start":', '","end":',
** two offsets, '}\n'. */
#define OFFSETS_MAX (10 + 7 + 2 * 10 + 2)

/* Room for n more bytes at *p, with *lim the end of the room (SLACK short
** of the buffer's end), growing the buffer as reserve() does: -1 when out
** of memory. The cursor and the end are kept in locals: stores through the
** cursor may be to the buffer's own length (a char store aliases
** anything), so reserve() read its length and size anew for every field
** (formatting b1: 16.76M -> 16.43M instructions). */
static inline int room_for(ivl_buf *b, char **p, char **lim, size_t n) {
  if (*lim - *p >= (ptrdiff_t)n) return 0; /* *lim may be short of *p after ivl_buf_* appends */
  b->len = (size_t)(*p - b->data);
  if (reserve(b, n)) return -1;
  *p = b->data + b->len;
  *lim = b->data + b->cap - SLACK - 1;
  return 0;
}

/* What e's fields are made of: its type, how many, and the first field
** as stored (the strings' offsets tell copies from fields made anew; the
** store sets every byte of a field, store.c's set_off). */
static inline uint64_t fields_sig(const ivl_store *s, const ivl_entity *e) {
  uint64_t w[2];
  _Static_assert(sizeof(ivl_field) == sizeof w, "a field is two words");
  memcpy(w, s->fields + e->field0, sizeof w);
  return (w[0] ^ (w[1] * 0x9E3779B97F4A7C15u) ^ ((uint64_t)e->type << 32 | e->nfields)) * 0xFF51AFD7ED558CCDu;
}

/* The slot of e's fields (a slot's 'sig' is the high half of the
** signature, never 0, its index some of the low bits). */
static inline fields_memo *memo_slot(line_memo *lm, const ivl_store *s, const ivl_entity *e, uint32_t *sig) {
  uint64_t h = fields_sig(s, e);
  *sig = (uint32_t)(h >> 32) | 1;
  return &lm->slot[(h >> 20) % FIELDS_MEMO_SLOTS];
}

/* Are the fields of the slot's entity those of e (in store s), byte for
** byte? */
static inline int same_fields(const fields_memo *m, const ivl_article *a, const ivl_store *s,
                              const ivl_entity *e) {
  if ((m->ent & MEMO_FACTS ? &a->facts : &a->store) != s) return 0;
  const ivl_entity *o = &s->ents[(m->ent & ~MEMO_FACTS) - 1];
  return o->type == e->type && o->nfields == e->nfields &&
         memcmp(s->fields + o->field0, s->fields + e->field0, e->nfields * sizeof *s->fields) == 0;
}

/* One line, written through a pointer into room reserved a piece at a
** time (the head and text, then each field, or the fields of an earlier
** line from the memo). */
static int entity_line(ivl_buf *b, line_parts *lp, line_memo *lm, const ivl_article *a,
                       const ivl_store *s, const ivl_entity *e) {
  part type = symbol_part(lp, e->type, 0); /* before the head: it may move the parts */
  size_t tlen = e->end - e->start;
  if (!type.p || reserve(b, lp->head_len + type.len + ESCAPED_MAX(tlen) + OFFSETS_MAX)) return -1;
  char *p = b->data + b->len, *lim = b->data + b->cap - SLACK - 1;
  copy_part32(p, lp->text.data, lp->head_len);
  p += lp->head_len;
  copy_part32(p, type.p, type.len);
  p = put_escaped(p + type.len, a->bytes + e->start, tlen);
  /* offsets are whole numbers: no double to convert and test */
  memcpy(p, "\",\"start\":", 10);
  p = put_digits(p + 10, e->start);
  memcpy(p, ",\"end\":", 7);
  p = put_digits(p + 7, e->end);
  fields_memo *m = NULL;
  size_t at = (size_t)(p - b->data) - lm->base;
  /* places and countries only: the mentions named before are theirs (on
  ** b1, 9,050 lines of 11,285 written before; of the other types 953 of
  ** 22,406, sectors of one field, which costs as little as looking it up) */
  if ((e->type == IVL_SYM_LOCATION || e->type == IVL_SYM_COUNTRY) && e->nfields && at < UINT32_MAX / 2) {
    uint32_t sig;
    m = memo_slot(lm, s, e, &sig);
    if (m->sig == sig && same_fields(m, a, s, e)) {
      if (room_for(b, &p, &lim, m->len + 2)) return -1;
      memcpy(p, b->data + lm->base + m->off, m->len); /* before this line: no overlap */
      p += m->len;
      m = NULL;
      goto close;
    }
    m->sig = sig;
    m->ent = (uint32_t)(e - s->ents + 1) | (s == &a->facts ? MEMO_FACTS : 0);
    m->off = (uint32_t)at;
  }
  /* through a pointer: stores through 'b' made the index be read anew */
  for (const ivl_field *f = s->fields + e->field0, *end = f + e->nfields; f < end; f++) {
    /* references to mentions mean nothing outside the article */
    if (f->kind == IVL_FIELD_REFS) continue;
    part key = symbol_part(lp, f->key, 1);
    if (!key.p) return -1;
    size_t most = f->kind == IVL_FIELD_STR ? ESCAPED_MAX(f->len) + 2 : 24;
    if (room_for(b, &p, &lim, key.len + most)) return -1;
    copy_part(p, key.p, key.len);
    p += key.len;
    if (f->kind == IVL_FIELD_STR) {
      *p++ = '"';
      p = put_escaped(p, ivl_store_string(s, f), f->len);
      *p++ = '"';
    } else if (f->kind == IVL_FIELD_NUM && fabs(f->v.num) < 9007199254740992.0 &&
               (double)(int64_t)f->v.num == f->v.num) {
      /* a whole number, as ivl_json_number writes it ("-0" included) */
      if (signbit(f->v.num)) *p++ = '-';
      p = put_digits(p, (uint64_t)fabs(f->v.num));
    } else {
      b->len = (size_t)(p - b->data);
      if (f->kind == IVL_FIELD_NUM ? ivl_json_number(b, f->v.num) : list_value(b, s, f)) return -1;
      p = b->data + b->len;
      lim = b->data + b->cap - SLACK - 1;
    }
  }
  if (m) {
    size_t len = (size_t)(p - b->data) - lm->base - m->off;
    if (len < UINT32_MAX / 2) m->len = (uint32_t)len;
    else m->sig = 0;
  }
close:
  if (room_for(b, &p, &lim, 2)) return -1;
  memcpy(p, "}\n", 2);
  p[2] = '\0';
  b->len = (size_t)(p + 2 - b->data);
  return 0;
}

/* A line's bytes besides its doc, for room reserved at once: 166 bytes a
** line, doc included, on the 10 MB corpus. The buffer grew from nothing by
** doubling, a dozen reallocs an article, each copying the lines so far. */
#define LINE_GUESS 128

/* Mentions and facts, merged in document order. */
int ivl_jsonl_format(ivl_buf *b, const ivl_article *a) {
  const ivl_store *s;
  line_parts lp = {0};
  line_memo lm;
  memset(lm.slot, 0, sizeof lm.slot);
  lm.base = b->len;
  size_t doc_len = strlen(a->doc), lines = a->store.n + a->facts.n;
  if (lines && ivl_grow((void **)&b->data, &b->cap, b->len + lines * (doc_len + LINE_GUESS) + 1, 1))
    return -1;
  pthread_once(&builtin_parts_once, write_builtin_parts);
  int bad = lines && write_head(&lp, a->doc, doc_len);
  size_t i = 0, j = 0;
  for (long k; !bad && (k = ivl_article_next_record(a, &i, &j, &s)) >= 0;)
    bad = entity_line(b, &lp, &lm, a, s, &s->ents[k]);
  ivl_buf_free(&lp.text);
  free(lp.at);
  return bad ? -1 : 0;
}

ivl_status ivl_jsonl_write_with(const ivl_article *a, FILE *out, ivl_buf *room) {
  ivl_status st = IVL_OK;
  room->len = 0;
  if (ivl_jsonl_format(room, a)) st = IVL_ENOMEM;
  else if (room->len && fwrite(room->data, 1, room->len, out) != room->len) st = IVL_EIO;
  room->len = 0;
  if (room->cap > IVL_JSONL_KEPT_ROOM) ivl_buf_free(room);
  return st;
}

/* Bytes [p, p + n) to descriptor fd, all of them: 0, or -1 (errno set). */
static int write_all(int fd, const char *p, size_t n) {
  while (n) {
    ssize_t k = write(fd, p, n);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) {
      if (k == 0) errno = EIO;
      return -1;
    }
    p += k;
    n -= (size_t)k;
  }
  return 0;
}

ivl_status ivl_jsonl_flush(FILE *out, ivl_buf *room) {
  ivl_status st = IVL_OK;
  if (room->len) {
    int fd = fflush(out) == 0 ? fileno(out) : -2; /* what stdio holds goes first */
    if (fd == -2) st = IVL_EIO;
    else if (fd >= 0 ? write_all(fd, room->data, room->len) != 0
                     : fwrite(room->data, 1, room->len, out) != room->len) /* no descriptor (a memory stream) */
      st = IVL_EIO;
  }
  room->len = 0;
  if (room->cap > IVL_JSONL_KEPT_ROOM) ivl_buf_free(room);
  return st;
}

ivl_status ivl_jsonl_gather(const ivl_article *a, FILE *out, ivl_buf *room) {
  size_t before = room->len;
  if (ivl_jsonl_format(room, a)) {
    room->len = before; /* the article's lines, not those before it, are lost */
    return IVL_ENOMEM;
  }
  return room->len >= IVL_JSONL_PIECE ? ivl_jsonl_flush(out, room) : IVL_OK;
}

ivl_status ivl_article_write_jsonl(const ivl_article *a, FILE *out) {
  ivl_buf b = {0};
  ivl_status st = ivl_jsonl_write_with(a, out, &b);
  ivl_buf_free(&b);
  return st;
}
