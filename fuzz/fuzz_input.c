/*
** fuzz_input.c
** The readers of src/input: the gzip stream (stream.c, through zlib) and the
** JSON Lines articles (jsonl_article.c, through jansson), reached as
** ivlua reaches them, by ivl_reader_open_fd over a memory file. The first
** byte chooses: bit 0 JSON Lines (else one text article), bit 1 the rest
** gzip-compressed first (so that the line reader sees what a .jsonl.gz
** gives), else the rest as it is (bytes that may themselves claim to be
** gzip).
** Asserts beyond "no crash": every article given is text (no NUL, valid
** UTF-8), has a doc, and a date, when it has one, that is valid; an error
** is one bad item with a message and a place, and reading goes on.
*/
#define _GNU_SOURCE /* memfd_create */
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <zlib.h>

#include "article.h"
#include "fuzz.h"
#include "reader.h"
#include "utf8.h"

static void write_all(int fd, const void *p, size_t n) {
  const char *c = p;
  while (n) {
    ssize_t w = write(fd, c, n);
    if (w <= 0) abort();
    c += w, n -= (size_t)w;
  }
}

/* The bytes gzip-compressed, into 'fd'. */
static void write_gzip(int fd, const uint8_t *p, size_t n) {
  z_stream z;
  memset(&z, 0, sizeof z);
  if (deflateInit2(&z, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) abort();
  unsigned char out[16384];
  z.next_in = (unsigned char *)p;
  z.avail_in = (uInt)n;
  int rc;
  do {
    z.next_out = out;
    z.avail_out = sizeof out;
    rc = deflate(&z, Z_FINISH);
    write_all(fd, out, sizeof out - z.avail_out);
  } while (rc == Z_OK);
  deflateEnd(&z);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  int fd = memfd_create("fuzz", 0);
  if (fd < 0) abort();
  if (data[0] & 2) write_gzip(fd, data + 1, size - 1);
  else write_all(fd, data + 1, size - 1);
  lseek(fd, 0, SEEK_SET);
  ivl_reader_opts opts = {0};
  opts.jsonl = data[0] & 1;
  ivl_error err;
  ivl_reader *r = ivl_reader_open_fd(fd, "fuzz", &opts, &err);
  FUZZ_ASSERT(r != NULL, "open: %s", err.msg);
  ivl_article *a;
  const char *where;
  int rc;
  size_t articles = 0;
  while ((rc = ivl_reader_next(r, &a, &where, &err)) != 0) {
    if (rc < 0) {
      FUZZ_ASSERT(err.code != IVL_ENOMEM && where && *where && err.msg[0], "error %d at %s: %s",
                  err.code, where ? where : "?", err.msg);
      continue;
    }
    articles++;
    FUZZ_ASSERT(a->doc && a->doc[0], "an article with no doc");
    FUZZ_ASSERT(!memchr(a->bytes, '\0', a->len) && ivl_utf8_invalid_at(a->bytes, a->len) == a->len,
                "an article that is not text");
    if (a->date.year)
      FUZZ_ASSERT(ivl_date_valid(a->date.year, a->date.month, a->date.day), "date %d-%d-%d",
                  a->date.year, a->date.month, a->date.day);
    ivl_article_free(a);
  }
  FUZZ_ASSERT(ivl_reader_count(r) == articles, "counted %zu, given %zu", ivl_reader_count(r),
              articles);
  ivl_reader_close(r);
  close(fd);
  return 0;
}
