/*
** fold.c
** Folding text for name matching. ASCII is folded byte by byte with no
** table; a non-ASCII character is looked up in a table of the Latin,
** Greek and Cyrillic blocks, filled once from utf8proc (case fold,
** compatibility decomposition, marks stripped), and anything above that
** asks utf8proc directly.
*/
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "fold.h"
#include "utf8.h"
#include "words.h"

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

/* Set once the table is filled: folding a short name asks, and asking
** pthread_once each time cost more than folding most names. */
static atomic_int table_filled;

static void fill_table(void) {
  for (int32_t cp = 0x80; cp < TABLE_END; cp++) fold_cp(cp, &table[cp]);
  atomic_store_explicit(&table_filled, 1, memory_order_release);
}

static void need_table(void) {
  if (!atomic_load_explicit(&table_filled, memory_order_acquire)) pthread_once(&table_once, fill_table);
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

/* ASCII letters and digits as they fold, 0 for every other byte: the runs
** of them, most of a text, fold by one look-up a byte. */
static const char alnum_folded[256] = {
  ['0'] = '0', ['1'] = '1', ['2'] = '2', ['3'] = '3', ['4'] = '4', ['5'] = '5', ['6'] = '6',
  ['7'] = '7', ['8'] = '8', ['9'] = '9', ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd',
  ['E'] = 'e', ['F'] = 'f', ['G'] = 'g', ['H'] = 'h', ['I'] = 'i', ['J'] = 'j', ['K'] = 'k',
  ['L'] = 'l', ['M'] = 'm', ['N'] = 'n', ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r',
  ['S'] = 's', ['T'] = 't', ['U'] = 'u', ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y',
  ['Z'] = 'z', ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f',
  ['g'] = 'g', ['h'] = 'h', ['i'] = 'i', ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm',
  ['n'] = 'n', ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r', ['s'] = 's', ['t'] = 't',
  ['u'] = 'u', ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
};

/* The flags (words.h) of a word written in ASCII by its first byte: a
** look-up in place of the tests for a capital and a digit. */
#define ASCII_WORD IVL_WORD_ASCII
#define CAP_WORD (IVL_WORD_ASCII | IVL_WORD_CAPITAL)
#define DIGIT_WORD (IVL_WORD_ASCII | IVL_WORD_DIGIT)
#define C8(f) f, f, f, f, f, f, f, f
static const uint8_t ascii_word_flags[256] = {
  ['0'] = C8(DIGIT_WORD), DIGIT_WORD, DIGIT_WORD,
  ['A'] = C8(CAP_WORD), C8(CAP_WORD), C8(CAP_WORD), CAP_WORD, CAP_WORD,
  ['a'] = C8(ASCII_WORD), C8(ASCII_WORD), C8(ASCII_WORD), ASCII_WORD, ASCII_WORD,
};
/* The same for a word that follows an ASCII byte that is no letter or
** digit (IVL_WORD_SPACED), as most do. */
#define S(f) ((f) | IVL_WORD_SPACED)
static const uint8_t spaced_word_flags[256] = {
  ['0'] = C8(S(DIGIT_WORD)), S(DIGIT_WORD), S(DIGIT_WORD),
  ['A'] = C8(S(CAP_WORD)), C8(S(CAP_WORD)), C8(S(CAP_WORD)), S(CAP_WORD), S(CAP_WORD),
  ['a'] = C8(S(ASCII_WORD)), C8(S(ASCII_WORD)), C8(S(ASCII_WORD)), S(ASCII_WORD), S(ASCII_WORD),
};
#undef S
#undef ASCII_WORD
#undef CAP_WORD
#undef DIGIT_WORD

/* IVL_WORD_JOINED for the view byte a word ends at (words.h). */
#define J16 C8(IVL_WORD_JOINED), C8(IVL_WORD_JOINED)
static const uint8_t joined_by[256] = {
  ['-'] = IVL_WORD_JOINED, ['&'] = IVL_WORD_JOINED, ['\''] = IVL_WORD_JOINED,
  [0x80] = J16, J16, J16, J16, J16, J16, J16, J16,
};
#undef J16
#undef C8

/* IVL_WORD_SPACED for a word whose first character is at view offset i
** (words.h): no byte before it, or one of ASCII that is no letter or
** digit. */
static inline uint32_t spaced_at(const unsigned char *view, size_t i) {
  return i == 0 || (view[i - 1] < 0x80 && !alnum_folded[view[i - 1]]) ? IVL_WORD_SPACED : 0;
}

/* {======== writing folded bytes ======== */

#define NO_WORD SIZE_MAX

/* The folded text as it is written, and its words (words.h) when they are
** wanted: cut and hashed here, as their bytes are written, rather than by
** another pass over the folded text. */
typedef struct writer {
  char *text;
  uint32_t *pos; /* NULL when positions are not wanted */
  size_t len;
  ivl_words *ws; /* NULL when words are not wanted */
  size_t open;   /* where the word being written starts; NO_WORD: none */
  uint64_t hash; /* of its bytes so far */
  uint32_t flags; /* its IVL_WORD_* so far: ASCII while it is one run of ASCII
                     letters and digits */
  size_t run_end; /* where the last such run ended in the view */
  int oom;        /* the words could not be kept */
  const unsigned char *view; /* the text folded, for IVL_WORD_JOINED */
  size_t vlen;
} writer;

/* The words a text of len bytes has, about (a word and the space after it
** take five bytes and more in news text): reserved at once, so that the
** table seldom grows. */
#define WORDS_FOR(len) ((len) / 4 + 16)

/* The word being written ends at w->len; the byte after it comes from
** view offset 'at' (the view's end when none). It is written in ASCII when
** it is one run of ASCII letters and digits, and that byte is the run's
** next: no mark was dropped after it (words.h). */
static inline void end_word(writer *w, size_t at) {
  if (w->open == NO_WORD) return;
  ivl_words *ws = w->ws;
  if (ws->n == ws->cap && IVL_GROW(ws->w, ws->cap, ws->n + 1)) {
    w->oom = 1;
  } else {
    ivl_word *wd = &ws->w[ws->n++];
    wd->hash = w->hash;
    wd->fs = (uint32_t)w->open;
    wd->fe = (uint32_t)w->len;
    wd->vs = w->pos[w->open];
    wd->flags = (at == w->run_end ? w->flags : w->flags & ~(uint32_t)IVL_WORD_ASCII) |
                (at < w->vlen ? joined_by[w->view[at]] : 0);
  }
  w->open = NO_WORD;
}

/* A word byte of the character cp (beyond ASCII) is written at w->len: it
** opens a word or goes on with one, which is then no ASCII word. */
static void word_byte(writer *w, unsigned char c, int32_t cp, uint32_t at) {
  if (w->open == NO_WORD) {
    utf8proc_category_t cat = utf8proc_category(cp);
    w->open = w->len, w->hash = IVL_HASH_START;
    w->flags = (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT ? IVL_WORD_CAPITAL : 0) |
               spaced_at(w->view, at);
  }
  w->flags &= ~(uint32_t)IVL_WORD_ASCII;
  w->hash = (w->hash ^ c) * IVL_HASH_PRIME;
}

/* Spaces collapse, and there is no space on either side of a dash. */
static inline void put(writer *w, char c, uint32_t at) {
  end_word(w, at); /* c is no word byte */
  char prev = w->len ? w->text[w->len - 1] : '\n';
  if (c == ' ' && (prev == ' ' || prev == '-' || prev == '\n')) return;
  if (c == '-' && prev == ' ') { w->text[w->len - 1] = '-'; return; } /* keeps the space's position */
  w->text[w->len] = c;
  if (w->pos) w->pos[w->len] = at;
  w->len++;
}

/* ASCII bytes as they fold when no letter or digit: \t \v \f \r are spaces
** (by a table: a byte that ends a word is folded for every word). */
#define B8(b) b, b + 1, b + 2, b + 3, b + 4, b + 5, b + 6, b + 7
static const char ascii_folded[128] = {
  B8(0), 8, ' ', '\n', ' ', ' ', ' ', 14, 15, B8(16), B8(24), B8(32), B8(40), B8(48), B8(56),
  B8(64), B8(72), B8(80), B8(88), B8(96), B8(104), B8(112), B8(120),
};
#undef B8

/* An ASCII byte that is no letter or digit, as it folds. */
static char fold_ascii(unsigned char c) { return ascii_folded[c & 0x7F]; }

/* Write the run of ASCII letters and digits at s[i] as it folds, hashed
** into the word it is part of when words are cut; the end of the run.
** Locals rather than the writer's fields in the loop: a store through a
** char pointer may alias them, and the compiler would reload them at
** every byte. */
static size_t fold_alnum_run(writer *w, const char *s, size_t len, size_t i) {
  char *text = w->text, c;
  uint32_t *pos = w->pos;
  size_t n = w->len;
  if (w->ws) { /* then positions are wanted too */
    if (w->open == NO_WORD) {
      w->open = n, w->hash = IVL_HASH_START;
      w->flags = ascii_word_flags[(unsigned char)s[i]] | spaced_at(w->view, i);
    } else {
      w->flags &= ~(uint32_t)IVL_WORD_ASCII; /* a second run: a mark was dropped between */
    }
    uint64_t h = w->hash;
    for (; i < len && (c = alnum_folded[(unsigned char)s[i]]) != 0; i++, n++) {
      text[n] = c;
      pos[n] = (uint32_t)i;
      h = (h ^ (unsigned char)c) * IVL_HASH_PRIME;
    }
    w->hash = h;
    w->run_end = i;
  } else {
    for (; i < len && (c = alnum_folded[(unsigned char)s[i]]) != 0; i++, n++) {
      text[n] = c;
      if (pos) pos[n] = (uint32_t)i;
    }
  }
  w->len = n;
  return i;
}

/* Write the folding of the character cp beyond ASCII, at view offset 'at'. */
static void put_folded(writer *w, const folded_char *f, int32_t cp, uint32_t at) {
  if (f->len == 1 && (f->bytes[0] == ' ' || f->bytes[0] == '-')) {
    put(w, f->bytes[0], at);
    return;
  }
  for (int k = 0; k < f->len; k++) {
    unsigned char c = (unsigned char)f->bytes[k];
    if (w->ws) {
      if (ivl_fold_is_word(c)) word_byte(w, c, cp, at);
      else end_word(w, at);
    }
    w->text[w->len] = (char)c;
    if (w->pos) w->pos[w->len] = at;
    w->len++;
  }
}

/* Fold the character beyond ASCII at s[i] and write it; its length. */
static size_t put_char(writer *w, const char *s, size_t len, size_t i) {
  size_t n;
  int32_t cp = ivl_utf8_decode(s + i, len - i, &n);
  folded_char big;
  const folded_char *f = &table[0];
  if (cp < TABLE_END) f = &table[cp];
  else fold_cp(cp, &big), f = &big;
  put_folded(w, f, cp, (uint32_t)i);
  return n;
}

/* Fold s[0..len) into 'w' (room for MAX_FOLDED bytes per input byte). */
static void fold_into(writer *w, const char *s, size_t len) {
  need_table();
  for (size_t i = 0; i < len;) {
    unsigned char c = (unsigned char)s[i];
    if (alnum_folded[c]) { /* most bytes: a run of letters and digits is written as it folds */
      i = fold_alnum_run(w, s, len, i);
      continue;
    }
    if (c < 0x80) {
      put(w, fold_ascii(c), (uint32_t)i);
      i++;
      continue;
    }
    i += put_char(w, s, len, i);
  }
  end_word(w, len);
}

/* One alnum run of fold_words_into(): written, hashed; the end of the run.
** 'bounded': the run may reach the view's end (else a byte that is no
** letter or digit ends it first, and the bound is not asked at every byte). */
#define FOLD_RUN(bounded)                                          \
  do {                                                             \
    text[n] = fc;                                                  \
    pos[n] = (uint32_t)i;                                          \
    h = (h ^ (unsigned char)fc) * IVL_HASH_PRIME;                  \
    n++, i++;                                                      \
  } while ((!(bounded) || i < len) && (fc = alnum_folded[(unsigned char)s[i]]) != 0)

/* Keep the compiler from carrying copies of 'i' and 'n' through a loop
** to work out their later values from (GCC did: 14 instructions a byte in
** place of 11). */
#if defined(__GNUC__)
#define SETTLED(i, n) __asm__("" : "+r"(i), "+r"(n))
/* Keep the compiler from taking 'k' for the constant it is: held in a
** register, not put again before every multiplication (a 64-bit constant
** is no operand of one). */
#define KEPT(k) __asm__("" : "+r"(k))
#else
#define SETTLED(i, n) ((void)0)
#define KEPT(k) ((void)0)
#endif

/* The words of ASCII letters and digits from s[i] on, each with the byte
** of ASCII after it, which ends it and is written at once (put() writes a
** byte after a letter or digit as it folds): folded, cut, hashed and
** flagged as FOLD_RUN and end_word() would, in a loop of its own whose
** locals stay in registers. In fold_words_into() the compiler kept the
** writer's state on the stack and reloaded it at every word: 56 Ir a word
** besides its bytes' 11, 38 here (ivl_fold_build_words 19.5M -> 18.4M Ir on
** /tmp/b1). It stops at a byte that is no letter or digit where a word
** would begin (put() may drop it: a second space), after a word that runs
** into a byte beyond ASCII (it may go on past it: left open in 'w' for
** put_char(), as FOLD_RUN leaves it), at the end, and when the table of
** words is full (fold_words_into() grows it). s[len - 1] must be no letter
** or digit: it ends every run without a test of the bound. The view offset
** it stopped at; '*np' (folded bytes) and '*nwp' (words) advanced. */
static size_t fold_ascii_words(writer *w, const char *s, size_t len, size_t i, char *text,
                               uint32_t *pos, size_t *np, ivl_word *words, size_t *nwp, size_t cap) {
  size_t n = *np, i0 = i;
  /* the next word's room, by a pointer: a count of words was kept on the
  ** stack and stepped there at every word */
  ivl_word *wd = words + *nwp, *const first = wd, *const room_end = words + cap;
  char fc = alnum_folded[(unsigned char)s[i]];
  while (wd < room_end && fc != 0) {
    /* the word's start and flags written before its bytes (*wd is
    ** room, kept only when the word ends here), so that they are not held
    ** through the loop: the registers they took left none for the
    ** multiplier, which was put again at every byte. Spaced: every word
    ** but the first follows the ASCII bytes that ended the one before it;
    ** the first is told after the loop */
    wd->fs = (uint32_t)n;
    wd->vs = (uint32_t)i;
    wd->flags = spaced_word_flags[(unsigned char)s[i]];
    uint64_t h = IVL_HASH_START, prime = IVL_HASH_PRIME;
    KEPT(prime);
    do {
      text[n] = fc;
      pos[n] = (uint32_t)i;
      h = (h ^ (unsigned char)fc) * prime;
      n++, i++;
    } while ((fc = alnum_folded[(unsigned char)s[i]]) != 0);
    SETTLED(i, n);
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) { /* the word may go on past the character: left open, as FOLD_RUN leaves it */
      w->open = wd->fs, w->hash = h, w->flags = wd->flags, w->run_end = i;
      break;
    }
    wd->hash = h;
    wd->fe = (uint32_t)n;
    wd->flags |= joined_by[c];
    wd++;
    text[n] = fold_ascii(c); /* after a letter or digit, put() writes it */
    pos[n] = (uint32_t)i;
    n++, i++;
    if (i == len) break;
    /* the ASCII bytes up to the next letter or digit (the space of ", "),
    ** written as put() writes them, no word being open: leaving the loop
    ** for them and coming back cost 50 Ir at each (35K times on /tmp/b1) */
    for (unsigned char b; !(fc = alnum_folded[b = (unsigned char)s[i]]);) {
      if (b >= 0x80) goto out;
      char f = fold_ascii(b), prev = text[n - 1]; /* n > 0: a byte was written */
      if (f == '-' && prev == ' ') {
        text[n - 1] = '-'; /* keeps the space's position */
      } else if (!(f == ' ' && (prev == ' ' || prev == '-' || prev == '\n'))) {
        text[n] = f;
        pos[n] = (uint32_t)i;
        n++;
      }
      if (++i == len) goto out;
    }
  }
out:
  if (!spaced_at((const unsigned char *)s, i0)) { /* the first word, kept or left open */
    if (wd > first) first->flags &= ~(uint32_t)IVL_WORD_SPACED;
    else if (w->open != NO_WORD) w->flags &= ~(uint32_t)IVL_WORD_SPACED;
  }
  *np = n, *nwp = (size_t)(wd - words);
  return i;
}
#undef SETTLED
#undef KEPT

/* fold_into() for the article's text, cutting its words: the same bytes,
** positions and words. A word written in ASCII, a run of letters and
** digits then a byte of ASCII (most words of a text), is cut, hashed and
** flagged in locals, and the byte after it written at once (a letter or
** digit before it, it is never a space dropped); the writer keeps a word
** only across a character beyond ASCII, which goes through put_folded(). */
static void fold_words_into(writer *w, const char *s, size_t len) {
  need_table();
  char *const text = w->text;
  uint32_t *const pos = w->pos;
  ivl_words *const ws = w->ws;
  size_t n = w->len, nw = ws->n;
  const int bounded = len && alnum_folded[(unsigned char)s[len - 1]];
  for (size_t i = 0; i < len;) {
    unsigned char c = (unsigned char)s[i];
    char fc = alnum_folded[c];
    if (fc && !bounded && w->open == NO_WORD) { /* most words */
      size_t at = fold_ascii_words(w, s, len, i, text, pos, &n, ws->w, &nw, ws->cap);
      if (at != i) {
        i = at;
        continue;
      }
    }
    if (fc) {
      size_t open;
      uint64_t h;
      uint32_t flags;
      if (w->open == NO_WORD) {
        open = n, h = IVL_HASH_START;
        flags = ascii_word_flags[c] | spaced_at((const unsigned char *)s, i);
      } else { /* a word goes on past a character beyond ASCII: a second run */
        open = w->open, h = w->hash, flags = w->flags & ~(uint32_t)IVL_WORD_ASCII;
        w->open = NO_WORD;
      }
      if (bounded) FOLD_RUN(1);
      else FOLD_RUN(0);
      if (i < len && (unsigned char)s[i] >= 0x80) { /* the word may go on */
        w->open = open, w->hash = h, w->flags = flags, w->run_end = i;
        continue;
      }
      /* end_word(w, i), i the run's end: the flags as they are */
      if (nw == ws->cap) {
        ws->n = nw;
        if (IVL_GROW(ws->w, ws->cap, nw + 1)) w->oom = 1;
      }
      if (nw < ws->cap) {
        ivl_word *wd = &ws->w[nw++];
        wd->hash = h;
        wd->fs = (uint32_t)open;
        wd->fe = (uint32_t)n;
        wd->vs = pos[open];
        wd->flags = flags | (i < len ? joined_by[(unsigned char)s[i]] : 0);
      }
      if (i == len) break;
      /* put(fold_ascii(s[i]), i) after a letter or digit: written */
      text[n] = fold_ascii((unsigned char)s[i]);
      pos[n] = (uint32_t)i;
      n++, i++;
      continue;
    }
    if (c < 0x80) {
      w->len = n, ws->n = nw;
      put(w, fold_ascii(c), (uint32_t)i); /* ends a word left open by the last character */
      n = w->len, nw = ws->n;
      i++;
      continue;
    }
    /* a mark, or a letter beyond ASCII folding to one inside a word (the
    ** "ễ" of "Nguyễn"): what put_char() writes, without going through the
    ** writer (100 Ir a character that way; 11K of them on /tmp/b1) */
    size_t cl;
    int32_t cp = ivl_utf8_decode(s + i, len - i, &cl);
    if (cp < TABLE_END) {
      const folded_char *fch = &table[cp];
      unsigned char b = (unsigned char)fch->bytes[0];
      if (fch->len == 0) { /* a mark, dropped */
        i += cl;
        continue;
      }
      if (fch->len == 1 && ivl_fold_is_word(b) && w->open != NO_WORD) { /* word_byte() */
        w->flags &= ~(uint32_t)IVL_WORD_ASCII;
        w->hash = (w->hash ^ b) * IVL_HASH_PRIME;
        text[n] = (char)b;
        pos[n] = (uint32_t)i;
        n++, i += cl;
        continue;
      }
    }
    w->len = n, ws->n = nw;
    i += put_char(w, s, len, i);
    n = w->len, nw = ws->n;
  }
  w->len = n, ws->n = nw;
  end_word(w, len);
}
#undef FOLD_RUN

/* Room in f for folding len bytes. 0, or -1. */
static int fold_room(ivl_fold *f, size_t len) {
  /* a UTF-8 character of n bytes folds to at most MAX_FOLDED bytes, n >= 2 */
  size_t need = IVL_FOLD_ROOM(len);
  if (need <= f->cap) return 0;
  /* new buffers rather than realloc(): what they held is folded over, and
  ** realloc() copied it (0.4M Ir on /tmp/b1, where the thread's lent
  ** buffers grew 8 times) */
  free(f->text);
  free(f->pos);
  f->text = malloc(need);
  f->pos = malloc(need * sizeof *f->pos);
  f->cap = f->text && f->pos ? need : 0; /* either freed again by the next call */
  if (f->cap) ivl_advise_huge(f->text, need), ivl_advise_huge(f->pos, need * sizeof *f->pos);
  return f->cap ? 0 : -1;
}

/* Fold view[0, len) into f, cutting its words into ws (NULL: none). */
static int fold_build(ivl_fold *f, ivl_words *ws, const char *view, size_t len) {
  if (fold_room(f, len)) return -1;
  writer w = {f->text, f->pos, 0, ws, NO_WORD, 0, 0, 0, 0, (const unsigned char *)view, len};
  size_t had = ws ? ws->cap : 0;
  if (ws && (ws->n = 0, ws->pos = f->pos, IVL_GROW(ws->w, ws->cap, WORDS_FOR(len)))) return -1;
  if (ws && ws->cap != had) ivl_advise_huge(ws->w, ws->cap * sizeof *ws->w);
  if (ws) fold_words_into(&w, view, len);
  else fold_into(&w, view, len);
  f->text[w.len] = '\0';
  f->pos[w.len] = (uint32_t)len;
  f->len = w.len;
  return w.oom ? -1 : 0;
}

int ivl_fold_build_words(ivl_fold *f, struct ivl_words *ws, const char *view, size_t len) {
  return fold_build(f, ws, view, len);
}

int ivl_fold_build(ivl_fold *f, const char *view, size_t len) {
  return fold_build(f, NULL, view, len);
}

void ivl_fold_free(ivl_fold *f) {
  free(f->text);
  free(f->pos);
  memset(f, 0, sizeof *f);
}

size_t ivl_fold_name(const char *s, size_t len, char *out) {
  writer w = {out, NULL, 0, NULL, NO_WORD, 0, 0, 0, 0, (const unsigned char *)s, len};
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
