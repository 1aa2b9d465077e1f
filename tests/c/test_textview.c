/*
** test_textview.c
** The NFC view and its map back to the original bytes.
*/
#include "check.h"
#include "textview.h"

static void check_view(const char *orig, const char *want_view) {
  ivl_view v;
  ivl_error err;
  CHECK(ivl_view_build(&v, orig, strlen(orig), &err) == IVL_OK, "build '%s'", orig);
  CHECK(v.len == strlen(want_view) && memcmp(v.text, want_view, v.len) == 0,
        "view of '%s' is '%s', want '%s'", orig, v.text, want_view);
  CHECK(ivl_view_orig(&v, 0) <= 3 && ivl_view_orig(&v, v.len) == strlen(orig), "ends map to ends");
  ivl_view_free(&v);
}

int main(void) {
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
