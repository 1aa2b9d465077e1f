/*
** test_words.c
** The word table of a folded text (words.h): where words start and end in
** the folded text and the view, their hashes and flags, over ASCII,
** diacritics, digits, apostrophes, dashes, empty and one-byte texts; and
** random texts against a naive reading of the folded text. And the sort
** of nearly sorted arrays the passes reading them share (util.h:
** ivl_sort_nearly) against a stable reference.
*/
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "check.h"
#include "fold.h"
#include "utf8.h"
#include "util.h"
#include "words.h"

/* The words of 'text' as "folded@vs:flags;" (flags: A ASCII, C capital,
** D a digit first, J joined). */
static void words_of(const char *text, char *out, size_t cap) {
  ivl_fold f = {0};
  ivl_words ws = {0};
  size_t len = strlen(text);
  CHECK(ivl_words_build(&ws, &f, text, len) == 0, "build");
  out[0] = '\0';
  for (size_t i = 0; i < ws.n; i++) {
    const ivl_word *w = &ws.w[i];
    size_t n = strlen(out);
    snprintf(out + n, cap - n, "%.*s@%u:%s%s%s%s;", (int)(w->fe - w->fs), f.text + w->fs, w->vs,
             w->flags & IVL_WORD_ASCII ? "A" : "", w->flags & IVL_WORD_CAPITAL ? "C" : "",
             w->flags & IVL_WORD_DIGIT ? "D" : "", w->flags & IVL_WORD_JOINED ? "J" : "");
    CHECK(w->hash == ivl_hash(IVL_HASH_START, f.text + w->fs, w->fe - w->fs), "hash of word %zu of '%s'", i, text);
  }
  ivl_fold_free(&f);
  ivl_words_free(&ws);
}

static void test_boundaries(void) {
  static const char *const cases[][2] = {
    {"", ""},
    {"a", "a@0:A;"},
    {"A", "a@0:AC;"},
    {".", ""},
    {"Đ", "d@0:C;"},
    {"Hello, world 42", "hello@0:AC;world@7:A;42@13:AD;"},
    {"  two  spaces  ", "two@2:A;spaces@7:A;"},
    {"Đà Nẵng", "da@0:C;nang@5:C;"},                 /* diacritics: not written in ASCII */
    {"café au lait", "cafe@0:;au@6:A;lait@9:A;"},    /* as many folded bytes, more in the view */
    {"Straße", "strasse@0:C;"},                      /* ß is two bytes folded and written */
    {"Korea’s and People's", "korea@0:ACJ;s@8:A;and@10:A;people@14:ACJ;s@21:A;"},
    {"Bà Rịa-Vũng Tàu", "ba@0:C;ria@4:CJ;vung@10:C;tau@16:C;"},
    {"e-commerce – B2B", "e@0:AJ;commerce@2:A;b2b@15:AC;"},
    {"US$5, 3.5%", "us@0:AC;5@3:AD;3@6:AD;5@8:AD;"},
    {"Cafe\xCC\x81 x", "cafe@0:C;x@7:A;"},            /* a mark stripped after the word */
    {"e\xCC\x81x", "ex@0:;"},                          /* and inside it: one folded word */
    {"\xC7\x85ungla", "dzungla@0:C;"},                 /* ǅ, a title-case capital */
    {"abcdefgh abcdefghi abcdefghijklmnop", "abcdefgh@0:A;abcdefghi@9:A;abcdefghijklmnop@19:A;"},
    {"abcdefgé abcdefghé x", "abcdefge@0:;abcdefghe@10:;x@21:A;"},
    {"東京 und Ürümqi", "東京@0:;und@7:A;urumqi@11:C;"},
    /* a word going on past a letter beyond ASCII, ended by ASCII or the end */
    {"Việt, Nam", "viet@0:C;nam@8:AC;"},
    {"x Việt", "x@0:A;viet@2:C;"},
    {"ab\xCC\x81-cd", "ab@0:J;cd@5:A;"},               /* a mark, then a dash */
    {"ab–cd.", "ab@0:AJ;cd@5:A;"},                     /* a dash beyond ASCII ends a word */
    {"x\xCC\x81", "x@0:;"},                            /* a mark ends the text */
    {"9\n\nZ", "9@0:AD;z@3:AC;"},
    /* joined: by '-', '&', an apostrophe, a byte beyond ASCII; not at the end */
    {"C&N x'y 7-Eleven z\xC2\xA0w Q", "c@0:ACJ;n@2:AC;x@4:AJ;y@6:A;7@8:ADJ;eleven@10:AC;z@17:AJ;w@20:A;q@22:AC;"},
    {"½ ⑴b", "1⁄2@0:;1@3:J;b@6:A;"},                 /* no ASCII digit first; ")" came from ⑴ */
  };
  char got[512];
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    words_of(cases[i][0], got, sizeof got);
    CHECK(strcmp(got, cases[i][1]) == 0, "'%s': got '%s', want '%s'", cases[i][0], got, cases[i][1]);
  }
}

/* White space other than a space or a line end folds to a space (fold.c's
** table of ASCII bytes), and spaces collapse after a space or a dash. */
static void test_white_space(void) {
  static const char text[] = "a\t\v\f\rb-\tc\n\td\x01!";
  ivl_fold f = {0};
  ivl_words ws = {0};
  CHECK(ivl_words_build(&ws, &f, text, sizeof text - 1) == 0, "build");
  CHECK(f.len == 9 && memcmp(f.text, "a b-c\nd\x01!", 9) == 0, "white space folds to '%s'", f.text);
  ivl_fold_free(&f);
  ivl_words_free(&ws);
}

/* IVL_WORD_SPACED, word by word: "1" for each word spaced, "0" not. A
** word after a mark, a letter or a digit beyond ASCII, or punctuation
** beyond ASCII, is not; one at the start or after ASCII that is no letter
** or digit is, whichever loop of fold.c cut it. */
static void test_spaced(void) {
  static const char *const cases[][2] = {
    {"a b, c", "111"},
    {"\xCC\x81x y", "01"},         /* a mark before: it belongs to the word before */
    {"\xE2\x91\xB4" "b", "10"},   /* ⑴b: "1" of "(1)", then b after a digit beyond ASCII */
    {"x\xE2\x80\x93y z", "101"},   /* a dash beyond ASCII before y */
    {"\xC3\xA9 x", "11"},
    {"Vi\xE1\xBB\x87t Nam z", "111"},
    {"\xC2\xBD x\xC3\xA9y", "11"},  /* ½ is one word ("1⁄2") */
    {"a\n\nb-c'd", "1111"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    ivl_fold f = {0};
    ivl_words ws = {0};
    const char *text = cases[i][0];
    CHECK(ivl_words_build(&ws, &f, text, strlen(text)) == 0, "build");
    char got[32] = "";
    for (size_t k = 0; k < ws.n && k + 1 < sizeof got; k++) got[k] = ws.w[k].flags & IVL_WORD_SPACED ? '1' : '0';
    got[ws.n < sizeof got ? ws.n : sizeof got - 1] = '\0';
    CHECK(strcmp(got, cases[i][1]) == 0, "'%s': spaced %s, want %s", text, got, cases[i][1]);
    ivl_fold_free(&f);
    ivl_words_free(&ws);
  }
}

/* {======== random texts against a naive reading ======== */

static uint32_t rnd_state = 777;
static uint32_t rnd(uint32_t n) {
  rnd_state = rnd_state * 1103515245u + 12345u;
  return (rnd_state >> 16) % n;
}

static int naive_capital(const char *view, size_t len, size_t s) {
  size_t n;
  utf8proc_category_t c = utf8proc_category(ivl_utf8_decode(view + s, len - s, &n));
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

/* The view byte the word folded[fs, fe) ends at joins it to more: '-',
** '&', an apostrophe, a byte beyond ASCII; not at the view's end. */
static int naive_joined(const ivl_fold *f, const char *view, size_t len, size_t fe) {
  size_t at = f->pos[fe];
  return at < len && ((view[at] && strchr("-&'", view[at])) || (unsigned char)view[at] >= 0x80);
}

/* Spaced: the view byte before the word's first is ASCII and no letter or
** digit, or there is none. */
static int naive_spaced(const char *view, size_t vs) {
  return vs == 0 || ((unsigned char)view[vs - 1] < 0x80 && !ivl_isalnum((unsigned char)view[vs - 1]));
}

/* Written in ASCII: the view from the word's start holds its folded bytes,
** in any case, as letters and digits, and the folded byte after it came
** from the view byte after them. */
static int naive_ascii(const ivl_fold *f, const char *view, size_t fs, size_t fe) {
  size_t vs = f->pos[fs];
  for (size_t i = fs; i < fe; i++) {
    unsigned char c = (unsigned char)view[vs + i - fs];
    if (c >= 0x80 || !ivl_isalnum(c) || ivl_tolower(c) != (unsigned char)f->text[i] || f->pos[i] != vs + i - fs)
      return 0;
  }
  return f->pos[fe] == vs + fe - fs;
}

/* The words of text[0, len) as cut with the folding against the plain
** folding (ivl_fold_build: the same bytes and positions) and a naive
** reading of the folded text (the same words, hashes and flags), and the
** same when built again over the same buffers. */
static void check_words_of(const char *text, size_t len, const char *what, int round) {
  ivl_fold f = {0}, plain = {0};
  ivl_words ws = {0};
  CHECK(ivl_words_build(&ws, &f, text, len) == 0 && ivl_fold_build(&plain, text, len) == 0, "build");
  /* cutting the words as the text is folded leaves the folding as it was */
  CHECK(f.len == plain.len && memcmp(f.text, plain.text, f.len + 1) == 0 &&
            memcmp(f.pos, plain.pos, (f.len + 1) * sizeof *f.pos) == 0,
        "%s %d: folded with its words, '%.*s' folds otherwise", what, round, (int)len, text);
  ivl_fold_free(&plain);
  size_t k = 0;
  int same = 1;
  for (size_t i = 0; i < f.len && same;) {
    if (!ivl_fold_is_word((unsigned char)f.text[i])) { i++; continue; }
    size_t e = i + ivl_fold_word_len(f.text + i, f.len - i);
    const ivl_word *w = k < ws.n ? &ws.w[k++] : NULL;
    uint32_t flags = (naive_ascii(&f, text, i, e) ? IVL_WORD_ASCII : 0) |
                     (naive_capital(text, len, f.pos[i]) ? IVL_WORD_CAPITAL : 0) |
                     (ivl_isdigit((unsigned char)text[f.pos[i]]) ? IVL_WORD_DIGIT : 0) |
                     (naive_joined(&f, text, len, e) ? IVL_WORD_JOINED : 0) |
                     (naive_spaced(text, f.pos[i]) ? IVL_WORD_SPACED : 0);
    same = w && w->fs == i && w->fe == e && w->vs == f.pos[i] && w->flags == flags &&
           w->hash == ivl_hash(IVL_HASH_START, f.text + i, e - i);
    i = e;
  }
  CHECK(same && k == ws.n, "%s %d: the word table of '%.*s' differs from a naive reading (word %zu)", what,
        round, (int)len, text, k);
  /* built again over the same buffers, the same words */
  size_t n = ws.n;
  CHECK(ivl_words_build(&ws, &f, text, len) == 0 && ws.n == n, "%s %d: built again", what, round);
  ivl_fold_free(&f);
  ivl_words_free(&ws);
}

static void test_random_texts(void) {
  static const char *const pieces[] = {
    "Ha", "nội", "Đà", "x", "'", "’", "-", " ", "  ", "ß", "é", "e\xCC\x81", "42", "A", ", ",
    "\xC7\x85", "US", "$", "–", "\n", "ABCDEFGHIJ", "q", "Ü", "東", ".", "People's", "\t",
    "⑴", "½", "ﬁ", "ﷺ", /* these fold to several bytes, some no word bytes */
    "Việt", "\xCC\x81", "abcdefghijk", "z9"};
  size_t npieces = sizeof pieces / sizeof *pieces;
  for (int round = 0; round < 2000; round++) {
    char text[512] = "";
    for (size_t k = rnd(40); k > 0; k--) strncat(text, pieces[rnd((uint32_t)npieces)], sizeof text - strlen(text) - 1);
    check_words_of(text, strlen(text), "round", round);
  }
}

/* The words of ASCII are cut in a loop of their own (fold.c:
** fold_ascii_words, which also writes the ASCII bytes between them, spaces
** collapsing, a dash taking a space's place) when the view ends in a byte
** that is no letter or digit, by fold_words_into()'s steps when it ends in
** one: texts of every
** ASCII byte, words of every length to 300 bytes, letters and marks beyond
** ASCII right after a word, at the start and at the end, each ended both
** ways, against the plain folding and the naive reading. */
static void test_ascii_words(void) {
  static const char *const after[] = {"", "\xC3\xA9", "\xCC\x81", "\xE2\x80\x93", "\xE6\x9D\xB1", "\xC2\xA0"};
  char text[1024];
  check_words_of("", 0, "empty", 0);
  for (int c = 1; c < 0x80; c++) { /* every ASCII byte, alone, between words, ending a text */
    size_t n = (size_t)snprintf(text, sizeof text, "%c", c);
    check_words_of(text, n, "byte", c);
    n = (size_t)snprintf(text, sizeof text, "Ab%cCd%c%cef9 x%c", c, c, c, c);
    check_words_of(text, n, "byte", c);
    check_words_of(text, n - 1, "byte", c);
  }
  for (int round = 0; round < 3000; round++) { /* random ASCII, some letters beyond it */
    size_t n = rnd(120);
    for (size_t i = 0; i < n; i++) text[i] = (char)(1 + rnd(127));
    for (size_t k = rnd(3); k > 0 && n + 3 < sizeof text; k--) {
      const char *u = after[1 + rnd(5)];
      size_t at = rnd((uint32_t)n + 1), ul = strlen(u);
      memmove(text + at + ul, text + at, n - at);
      memcpy(text + at, u, ul);
      n += ul;
    }
    text[n] = '\0';
    check_words_of(text, n, "ascii", round);
    text[n] = 'z'; /* ended by a letter: the other loop */
    check_words_of(text, n + 1, "ascii ended by a letter", round);
  }
  for (size_t k = 0; k < 6; k++) { /* more words than the table's first room (a quarter of the bytes) */
    size_t n = 0;
    for (size_t w = 0; n + 8 < sizeof text; w++) {
      text[n++] = (char)('a' + w % 26);
      if (w % 97 == 0) n += (size_t)snprintf(text + n, sizeof text - n, "%s", after[k]);
      text[n++] = w % 5 ? ' ' : ',';
    }
    check_words_of(text, n, "one-letter words", (int)k);
    check_words_of(text, n - 1, "one-letter words, no space after", (int)k);
  }
  for (size_t wl = 1; wl <= 300; wl += wl < 40 ? 1 : 37) /* long words, then each follower */
    for (size_t k = 0; k < sizeof after / sizeof *after; k++) {
      size_t n = 0;
      for (int rep = 0; rep < 3; rep++) {
        for (size_t i = 0; i < wl; i++) text[n++] = (char)((i % 3 == 0 ? 'A' : i % 3 == 1 ? 'b' : '7') + (char)(i % 7));
        n += (size_t)snprintf(text + n, sizeof text - n, "%s%s", after[k], rep == 1 ? ", " : " ");
      }
      check_words_of(text, n, "long word", (int)wl);
      check_words_of(text, n - 1, "long word, no space after", (int)wl);
    }
}

/* }======== */

/* {======== ivl_sort_nearly ======== */

typedef struct item {
  int key, seq; /* seq: the place in the input, for stability */
} item;

typedef struct big_item {
  int key, seq;
  char pad[IVL_SORT_TMP]; /* too large for the helper's temporary: qsort */
} big_item;

static int by_key(const void *pa, const void *pb) {
  const item *a = pa, *b = pb;
  return a->key < b->key ? -1 : a->key > b->key;
}

static int big_by_key(const void *pa, const void *pb) {
  const big_item *a = pa, *b = pb;
  return a->key < b->key ? -1 : a->key > b->key;
}

/* The stable reference: keys, then input order. */
static int by_key_then_seq(const void *pa, const void *pb) {
  const item *a = pa, *b = pb;
  if (a->key != b->key) return a->key < b->key ? -1 : 1;
  return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static unsigned sort_rand(unsigned *s) { return *s = *s * 1103515245u + 12345u, (*s >> 16) & 0x7fff; }

/* Sort 'a' with the helper and compare with the stable reference. */
static void check_sorted(item *a, size_t n, size_t moves_each, const char *what, int round) {
  item *ref = malloc((n ? n : 1) * sizeof *ref);
  for (size_t i = 0; i < n; i++) a[i].seq = (int)i;
  memcpy(ref, a, n * sizeof *a);
  qsort(ref, n, sizeof *ref, by_key_then_seq);
  ivl_sort_nearly(a, n, sizeof *a, by_key, moves_each);
  int same = memcmp(a, ref, n * sizeof *a) == 0;
  CHECK(same, "%s, round %d (n %zu): not the stable order", what, round, n);
  free(ref);
}

static void test_sort_nearly(void) {
  unsigned seed = 7;
  enum { MAXN = 300 };
  item a[MAXN];
  for (int round = 0; round < 400; round++) {
    size_t n = sort_rand(&seed) % MAXN;
    int range = 1 + (int)(sort_rand(&seed) % 50); /* few keys: many equal ones */
    /* nearly sorted: ascending keys, a few moved a few places */
    for (size_t i = 0; i < n; i++) a[i].key = (int)(i * (size_t)range / (n ? n : 1));
    for (int k = 0; n > 1 && k < 5; k++) {
      size_t i = sort_rand(&seed) % n, j = i + 1 + sort_rand(&seed) % 4;
      if (j >= n) j = n - 1;
      item t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    check_sorted(a, n, 8, "nearly sorted", round);
    /* random keys: the helper may fall back to qsort, which must still sort */
    for (size_t i = 0; i < n; i++) a[i].key = (int)(sort_rand(&seed) % (unsigned)range);
    for (size_t i = 0; i < n; i++) a[i].seq = (int)i;
    ivl_sort_nearly(a, n, sizeof *a, by_key, 8);
    int ok = 1;
    for (size_t i = 1; i < n; i++) ok &= a[i - 1].key <= a[i].key;
    CHECK(ok, "random keys, round %d: not sorted", round);
    /* reversed, equal keys among them: stable when the moves are allowed */
    for (size_t i = 0; i < n; i++) a[i].key = (int)((n - i) / 3);
    check_sorted(a, n, n, "reversed", round);
    /* reversed with distinct keys: one order whichever sort does it */
    for (size_t i = 0; i < n; i++) a[i].key = (int)(n - i);
    check_sorted(a, n, 8, "reversed, distinct", round);
  }
  /* elements larger than the temporary go to qsort */
  big_item *b = calloc(64, sizeof *b);
  for (int i = 0; i < 64; i++) b[i].key = 64 - i, b[i].seq = i;
  ivl_sort_nearly(b, 64, sizeof *b, big_by_key, 8);
  int ok = 1;
  for (int i = 0; i < 64; i++) ok &= b[i].key == i + 1 && b[i].seq == 63 - i;
  CHECK(ok, "large elements: not sorted");
  free(b);
  /* nothing and one */
  ivl_sort_nearly(a, 0, sizeof *a, by_key, 8);
  a[0] = (item){5, 0};
  ivl_sort_nearly(a, 1, sizeof *a, by_key, 8);
  CHECK(a[0].key == 5, "one element");
}

/* }======== */

/* One folding's room through texts that grow (the room made anew, what
** it held not kept), shrink and grow again: each the folding and words of
** room of its own. */
static void test_room_reused(void) {
  static const char piece[] = "Đà Nẵng ﬁrm's US$ 2.5 ";
  char text[4096];
  for (size_t i = 0; i < sizeof text; i++) text[i] = piece[i % (sizeof piece - 1)];
  ivl_fold f = {0};
  ivl_words ws = {0};
  static const size_t sizes[] = {0, 10, 600, 30, 2000, 4000, 5, 3000};
  for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
    size_t n = sizes[k];
    while (n > 0 && (text[n] & 0xC0) == 0x80) n--; /* whole characters */
    ivl_fold own = {0};
    ivl_words own_ws = {0};
    CHECK(ivl_words_build(&ws, &f, text, n) == 0 && ivl_words_build(&own_ws, &own, text, n) == 0, "build %zu", n);
    CHECK(f.len == own.len && memcmp(f.text, own.text, f.len + 1) == 0 &&
              memcmp(f.pos, own.pos, (f.len + 1) * sizeof *f.pos) == 0 && ws.n == own_ws.n &&
              memcmp(ws.w, own_ws.w, ws.n * sizeof *ws.w) == 0,
          "%zu bytes after %zu: the folding and words of a room of its own", n, k ? sizes[k - 1] : 0);
    ivl_fold_free(&own);
    ivl_words_free(&own_ws);
  }
  ivl_fold_free(&f);
  ivl_words_free(&ws);
}

int main(void) {
  test_boundaries();
  test_room_reused();
  test_white_space();
  test_spaced();
  test_random_texts();
  test_ascii_words();
  test_sort_nearly();
  return check_done();
}
