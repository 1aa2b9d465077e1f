/*
** test_reader.c
** The reader over files written here, in a temporary directory: text,
** gzip (found by its magic bytes), JSON Lines (plain and gzip, bad lines
** named by their line number), directories in name order, empty inputs,
** standard input; how many bytes a walk will give (ivl_walk_bytes).
*/
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "article.h"
#include "check.h"
#include "reader.h"
#include "walk.h"

static char dir[64];

static const char *at(const char *name) {
  static char paths[8][512];
  static int k;
  char *p = paths[k++ % 8];
  snprintf(p, 512, "%s/%s", dir, name);
  return p;
}

static void write_file(const char *name, const char *bytes, size_t len) {
  FILE *f = fopen(at(name), "wb");
  fwrite(bytes, 1, len, f);
  fclose(f);
}

static void write_gz(const char *name, const char *bytes, size_t len) {
  gzFile g = gzopen(at(name), "wb");
  gzwrite(g, bytes, (unsigned)len);
  gzclose(g);
}

/* One item read: 'got' and, for an article, its doc, else the place and
** the message, "where: message". */
typedef struct item {
  int got;
  char what[512];
  ivl_article *a;
} item;

static item next(ivl_reader *r) {
  item it = {0};
  const char *where;
  ivl_error err;
  it.got = ivl_reader_next(r, &it.a, &where, &err);
  if (it.got == 1 && ivl_article_prepare(it.a, &err) != IVL_OK) it.got = -1; /* as extracting does */
  if (it.got > 0) snprintf(it.what, sizeof it.what, "%s", it.a->doc);
  else if (it.got < 0) snprintf(it.what, sizeof it.what, "%s: %s", where, err.msg);
  return it;
}

static ivl_reader *open1(const char *path, const ivl_reader_opts *o) {
  ivl_error err;
  return ivl_reader_open(&path, 1, o, &err);
}

/* The docs and errors of reading 'path', one a line ("!" before an error). */
static void read_all(const char *path, const ivl_reader_opts *o, char *out, size_t cap) {
  ivl_reader *r = open1(path, o);
  item it;
  out[0] = '\0';
  while ((it = next(r)).got != 0) {
    size_t n = strlen(out);
    const char *shown = it.what;
    if (it.got < 0 && strncmp(shown, dir, strlen(dir)) == 0) shown += strlen(dir) + 1;
    snprintf(out + n, cap - n, "%s%s\n", it.got < 0 ? "!" : "", shown);
    ivl_article_free(it.a);
  }
  ivl_reader_close(r);
}

static const char *LOAN = "Loan signed\n\nA loan of US$80 million was signed.\n";

static void test_text_and_gzip(void) {
  write_file("a.txt", LOAN, strlen(LOAN));
  write_gz("b.txt.gz", LOAN, strlen(LOAN));
  write_gz("c.txt", LOAN, strlen(LOAN)); /* gzip under a plain name */
  write_file("d.md", "not an article", 14);
  write_file(".hidden.txt", "hidden", 6);
  ivl_reader *r = open1(dir, NULL);
  const char *want[] = {"a.txt", "b.txt", "c.txt"};
  for (int i = 0; i < 3; i++) {
    item it = next(r);
    CHECK(it.got == 1 && strcmp(it.what, want[i]) == 0, "article %d: %d %s", i, it.got, it.what);
    if (it.got == 1) {
      CHECK(it.a->len == strlen(LOAN) && memcmp(it.a->bytes, LOAN, it.a->len) == 0, "%s: the bytes, unzipped", it.what);
      CHECK(it.a->path && strstr(it.a->path, want[i]), "%s: its path", it.what);
      CHECK(it.a->layout.has_title, "%s: the headline is read", it.what);
    }
    ivl_article_free(it.a);
  }
  item it = next(r);
  CHECK(it.got == 0, "then the end: %d %s", it.got, it.what);
  CHECK(ivl_reader_count(r) == 3, "3 articles counted: %zu", ivl_reader_count(r));
  ivl_reader_close(r);
  /* a named file is read whatever its name */
  char out[2048];
  read_all(at("d.md"), NULL, out, sizeof out);
  CHECK(strcmp(out, "d.md\n") == 0, "a named .md is an article: %s", out);
}

static const char JSONL[] =
  "{\"id\": \"one\", \"title\": \"Loan\", \"date\": \"2024-03-05T08:30:00+07:00\", \"text\": \"A loan of US$80 million.\"}\n"
  "\n"
  "   \r\n"
  "{\"url\": \"https://example.com/2\", \"text\": \"Second.\", \"date\": \"March 4, 2023\"}\r\n"
  "not json\n"
  "{\"id\": \"x\"}\n"
  "{\"id\": \"x\", \"text\": 5}\n"
  "[\"text\"]\n"
  "{\"id\": \"x\", \"text\": \"caf\xe9\"}\n"
  "{\"id\": \"x\", \"text\": \"a\\u0000b\"}\n"
  "{\"id\": \"\\u0000 x\", \"text\": \"An id no name can carry.\"}\n"
  "{\"id\": 42, \"text\": \"Third.\", \"date\": \"yesterday\"}\n"
  "{\"text\": \"Fourth, no id and no newline at the end.\"}";

static const char *JSONL_READ =
  "one\n"
  "https://example.com/2\n"
  "!%s:5: not JSON: '[' or '{' expected near 'not' (column 3)\n"
  "!%s:6: no \"text\" field\n"
  "!%s:7: the \"text\" field is not a string\n"
  "!%s:8: not a JSON object\n"
  "!%s:9: invalid UTF-8 at byte 24 of the line\n"
  "!%s:10: the \"text\" field holds a NUL character (at byte 1)\n"
  "!%s:11: the \"id\" field holds a NUL character\n"
  "42\n"
  "%s:13\n";

static void test_jsonl(const char *file, const char *name, int gz) {
  if (gz) write_gz(file, JSONL, sizeof JSONL - 1);
  else write_file(file, JSONL, sizeof JSONL - 1);
  char out[4096], want[4096];
  read_all(at(file), NULL, out, sizeof out);
  snprintf(want, sizeof want, JSONL_READ, file, file, file, file, file, file, file, name);
  CHECK(strcmp(out, want) == 0, "%s read as:\n%s\nwant:\n%s", file, out, want);

  ivl_reader *r = open1(at(file), NULL);
  item it = next(r);
  CHECK(it.got == 1 && strcmp(it.a->doc, "one") == 0, "first: %s", it.what);
  if (it.got == 1) {
    CHECK(it.a->len == 24 && memcmp(it.a->bytes, "A loan of US$80 million.", 24) == 0, "offsets are into the text field");
    CHECK(it.a->title && strcmp(it.a->title, "Loan") == 0, "the title field");
    CHECK(it.a->date.year == 2024 && it.a->date.month == 3 && it.a->date.day == 5 && it.a->date.hour == 8 &&
              it.a->date.minute == 30, "an ISO date and time: %d-%d-%d %d:%d", it.a->date.year,
          it.a->date.month, it.a->date.day, it.a->date.hour, it.a->date.minute);
    CHECK(it.a->path && strcmp(it.a->path, at(file)) == 0, "the file's path");
  }
  ivl_article_free(it.a);
  it = next(r);
  CHECK(it.got == 1 && it.a->date.year == 2023 && it.a->date.month == 3 && it.a->date.day == 4 && !it.a->title,
        "a date line as the date, no title: %s", it.what);
  ivl_article_free(it.a);
  for (int i = 0; i < 7; i++) next(r);
  it = next(r);
  CHECK(it.got == 1 && it.a->date.year == 0, "an unreadable date is no date: %s", it.what);
  ivl_article_free(it.a);
  ivl_reader_close(r);
}

static void test_fields_and_mode(void) {
  static const char crawl[] = "{\"guid\": \"g1\", \"body\": \"Body one.\", \"headline\": \"H\", \"published\": \"2022-01-02\"}\n";
  write_file("sub/crawl.ndjson", crawl, sizeof crawl - 1);
  write_gz("sub/more.jsonl.gz", crawl, sizeof crawl - 1);
  write_file("sub/article.txt", LOAN, strlen(LOAN));
  write_file("sub/noext", crawl, sizeof crawl - 1);
  ivl_reader_opts o = {.id_field = "guid", .text_field = "body", .title_field = "headline",
                       .date_field = "published", .jsonl = 1};
  char out[2048];
  read_all(at("sub"), &o, out, sizeof out);
  CHECK(strcmp(out, "g1\ng1\n") == 0, "a directory in JSON Lines mode: its .ndjson and .jsonl.gz: %s", out);
  read_all(at("sub"), NULL, out, sizeof out);
  CHECK(strcmp(out, "article.txt\n") == 0, "a directory otherwise: its .txt: %s", out);
  read_all(at("sub/noext"), &o, out, sizeof out);
  CHECK(strcmp(out, "g1\n") == 0, "a named file of no known suffix, in JSON Lines mode: %s", out);
  read_all(at("sub/crawl.ndjson"), NULL, out, sizeof out);
  CHECK(strcmp(out, "!sub/crawl.ndjson:1: no \"text\" field\n") == 0, "the default fields: %s", out);
  ivl_reader *r = open1(at("sub/crawl.ndjson"), &o);
  item it = next(r);
  CHECK(it.got == 1 && it.a->title && strcmp(it.a->title, "H") == 0 && it.a->date.year == 2022,
        "title and date fields renamed");
  ivl_article_free(it.a);
  ivl_reader_close(r);
}

static void test_errors_and_empty(void) {
  char out[2048];
  write_file("empty/.keep", "", 0);
  ivl_reader *r = open1(at("empty"), NULL);
  item it = next(r);
  CHECK(it.got == 0 && ivl_reader_count(r) == 0, "an empty directory: no article");
  ivl_reader_close(r);
  write_file("blank.jsonl", "\n\n", 2);
  r = open1(at("blank.jsonl"), NULL);
  it = next(r);
  CHECK(it.got == 0 && ivl_reader_count(r) == 0, "blank lines: no article");
  ivl_reader_close(r);
  /* a missing path, then a good one: the error, then the article */
  const char *paths[] = {at("nope.txt"), at("a.txt")};
  ivl_error err;
  r = ivl_reader_open(paths, 2, NULL, &err);
  it = next(r);
  CHECK(it.got == -1 && strstr(it.what, "nope.txt: No such file or directory"), "missing: %s", it.what);
  it = next(r);
  CHECK(it.got == 1 && strcmp(it.what, "a.txt") == 0, "then the next path: %s", it.what);
  ivl_article_free(it.a);
  CHECK(next(r).got == 0 && ivl_reader_count(r) == 1, "one article");
  ivl_reader_close(r);
  /* a truncated gzip file */
  write_gz("whole.txt.gz", LOAN, strlen(LOAN));
  FILE *f = fopen(at("whole.txt.gz"), "rb");
  char gz[256];
  size_t n = fread(gz, 1, sizeof gz, f);
  fclose(f);
  write_file("cut.txt.gz", gz, n - 10);
  read_all(at("cut.txt.gz"), NULL, out, sizeof out);
  CHECK(strcmp(out, "!cut.txt.gz: bad gzip data: unexpected end of file\n") == 0, "truncated gzip: %s", out);
  write_file("cut.jsonl.gz", gz, n - 10);
  read_all(at("cut.jsonl.gz"), NULL, out, sizeof out);
  CHECK(strstr(out, "!cut.jsonl.gz") == out && strstr(out, "unexpected end of file"), "truncated gzip lines: %s", out);
  write_file("bad.txt", "caf\xe9", 4);
  read_all(at("bad.txt"), NULL, out, sizeof out);
  CHECK(strcmp(out, "!bad.txt: invalid UTF-8 at byte 3\n") == 0, "invalid UTF-8 text: %s", out);
}

/* A line longer than the reader's buffer, gzip'd. */
static void test_long_line(void) {
  size_t n = 3 * 1024 * 1024;
  char *line = malloc(n + 64);
  size_t k = (size_t)snprintf(line, 64, "{\"id\": \"long\", \"text\": \"");
  for (; k < n; k++) line[k] = (k % 80) ? 'a' : ' ';
  memcpy(line + k, "\"}\n{\"text\": \"after\"}\n", 22);
  write_gz("long.jsonl.gz", line, k + 21);
  free(line);
  ivl_reader *r = open1(at("long.jsonl.gz"), NULL);
  item it = next(r);
  CHECK(it.got == 1 && it.a->len == n - 24, "a 3 MB line: %d %s %zu", it.got, it.what, it.got == 1 ? it.a->len : 0);
  ivl_article_free(it.a);
  it = next(r);
  CHECK(it.got == 1 && strcmp(it.what, "long.jsonl:2") == 0, "the line after it: %s", it.what);
  ivl_article_free(it.a);
  ivl_reader_close(r);
}

/* The article size limit: a file over it is an error for that file; a
** JSON Lines line over it is an error for that line, dropped through its
** end (gzip'd or not), and the next line is read. */
static void test_size_limit(void) {
  char out[1024];
  ivl_reader_opts o = {.max_article = 100};
  char big[300];
  memset(big, 'x', sizeof big);
  write_file("big.txt", big, sizeof big);
  write_file("small.txt", big, 100);
  read_all(at("big.txt"), &o, out, sizeof out);
  CHECK(strcmp(out, "!big.txt: a file of more than 100 bytes is skipped (the article size limit)\n") == 0,
        "a file over the limit: %s", out);
  read_all(at("small.txt"), &o, out, sizeof out);
  CHECK(strcmp(out, "small.txt\n") == 0, "a file at the limit: %s", out);
  /* a line of 300 000 bytes: beyond the stream's buffer, so it is dropped in pieces */
  size_t n = 300000;
  char *lines = malloc(n + 64);
  size_t k = (size_t)snprintf(lines, 64, "{\"text\": \"first\"}\n{\"text\": \"");
  for (; k < n; k++) lines[k] = 'y';
  k += (size_t)snprintf(lines + k, 64, "\"}\n{\"text\": \"third\"}\n");
  write_gz("lim.jsonl.gz", lines, k);
  write_file("lim.jsonl", lines, k);
  free(lines);
  o.max_article = 1000;
  for (int gz = 0; gz <= 1; gz++) {
    const char *file = gz ? "lim.jsonl.gz" : "lim.jsonl";
    char want[256];
    snprintf(want, sizeof want, "lim.jsonl:1\n!%s:2: a line of more than 1000 bytes is skipped (the article "
             "size limit)\nlim.jsonl:3\n", file); /* docs drop .gz; errors name the file */
    read_all(at(file), &o, out, sizeof out);
    CHECK(strcmp(out, want) == 0, "a line over the limit (gzip %d): %s", gz, out);
  }
  o.max_article = SIZE_MAX; /* no limit */
  read_all(at("lim.jsonl"), &o, out, sizeof out);
  CHECK(strcmp(out, "lim.jsonl:1\nlim.jsonl:2\nlim.jsonl:3\n") == 0, "no limit: %s", out);
}

/* Standard input: gzip found by its magic, text by default, JSON Lines
** when asked. */
static void test_stdin(void) {
  char out[1024];
  int saved = dup(0);
  write_gz("in.gz", LOAN, strlen(LOAN));
  dup2(open(at("in.gz"), O_RDONLY), 0);
  ivl_reader *r = open1("-", NULL);
  item it = next(r);
  CHECK(it.got == 1 && strcmp(it.what, "stdin") == 0 && it.a->len == strlen(LOAN) && !it.a->path,
        "stdin, gzip: %s", it.what);
  ivl_article_free(it.a);
  ivl_reader_close(r);
  write_file("in.jsonl", "{\"text\": \"x\"}\nbad\n", 18);
  dup2(open(at("in.jsonl"), O_RDONLY), 0);
  ivl_reader_opts o = {.jsonl = 1};
  read_all("-", &o, out, sizeof out);
  CHECK(strcmp(out, "stdin:1\n!stdin:2: not JSON: '[' or '{' expected near 'bad' (column 3)\n") == 0,
        "stdin, JSON Lines: %s", out);
  dup2(saved, 0);
  close(saved);
}

/* Links in a directory: a loop is a warning (IVL_EWARNING) and is not
** followed; a link to a sibling directory, a link to a file and a hard link
** give nothing twice. */
static void test_links(void) {
  char out[2048], cmd[512];
  snprintf(cmd, sizeof cmd, "mkdir -p %s/links/a %s/links/b", dir, dir);
  CHECK(system(cmd) == 0, "directories made");
  write_file("links/a/1.txt", LOAN, strlen(LOAN));
  write_file("links/b/2.txt", LOAN, strlen(LOAN));
  snprintf(cmd, sizeof cmd,
           "cd %s/links && ln -s .. a/loop && ln -s ../b a/sib && ln -s ../a/1.txt b/3.txt && ln b/2.txt b/4.txt",
           dir);
  CHECK(system(cmd) == 0, "links made");
  /* links/: a/1.txt, a/loop (back to links/), a/sib (b, walked there:
  ** 2.txt; 3.txt and 4.txt are 1.txt and 2.txt again), then b (done) */
  read_all(at("links"), NULL, out, sizeof out);
  char want[512];
  snprintf(want, sizeof want, "1.txt\n!links/a/loop: a link back to %s/links (a loop): not followed\n2.txt\n", dir);
  CHECK(strcmp(out, want) == 0, "links/: got\n%swant\n%s", out, want);
  /* the loop's code: a warning */
  ivl_reader *r = open1(at("links"), NULL);
  const char *where;
  ivl_error err;
  ivl_article *a;
  int codes = 0;
  for (int got; (got = ivl_reader_next(r, &a, &where, &err)) != 0;) {
    if (got > 0) ivl_article_free(a);
    else codes += err.code == IVL_EWARNING ? 1 : 100;
  }
  ivl_reader_close(r);
  CHECK(codes == 1, "one warning, no error: %d", codes);
}

/* Open descriptors now (those of /proc/self/fd, less the listing's own). */
static int open_fds(void) {
  int n = 0;
  DIR *d = opendir("/proc/self/fd");
  if (!d) return -1;
  for (struct dirent *e; (e = readdir(d)) != NULL;) n += e->d_name[0] != '.';
  closedir(d);
  return n - 1;
}

/* A tree deeper than the walk keeps directories open for (MAX_DIR_FDS,
** 64): a file at each of 80 levels, "N.txt" then the directory "d" below,
** all read in order, the ones near the top opened by name in their
** directory, the deeper ones by path, and never more than 64 directories
** held open. */
static void test_deep_tree(void) {
  enum { LEVELS = 80 };
  char rel[LEVELS * 2 + 32] = "deep", name[LEVELS * 2 + 64], want[LEVELS * 8], out[LEVELS * 8];
  want[0] = '\0';
  for (int i = 0; i < LEVELS; i++) {
    char cmd[LEVELS * 2 + 128];
    snprintf(cmd, sizeof cmd, "mkdir -p %s/%s", dir, rel);
    CHECK(system(cmd) == 0, "level %d made", i);
    snprintf(name, sizeof name, "%s/%d.txt", rel, i);
    write_file(name, LOAN, strlen(LOAN));
    snprintf(want + strlen(want), sizeof want - strlen(want), "%d.txt\n", i);
    strcat(rel, "/d");
  }
  read_all(at("deep"), NULL, out, sizeof out);
  CHECK(strcmp(out, want) == 0, "deep/: got\n%s", out);
  int before = open_fds(), most = 0, n = 0;
  ivl_reader *r = open1(at("deep"), NULL);
  for (item it; (it = next(r)).got != 0; n++) {
    int now = open_fds() - before;
    if (now > most) most = now;
    ivl_article_free(it.a);
  }
  ivl_reader_close(r);
  CHECK(n == LEVELS && most <= 64 + 1, "%d articles, at most %d more descriptors open", n, most);
  CHECK(open_fds() == before, "all closed: %d, were %d", open_fds(), before);
}

/* A directory's files are named "dir/name", one '/' between (written by
** hand in walk.c's join, not by snprintf): given with or without a '/'
** at its end, or two. */
static void test_dir_paths(void) {
  char cmd[600];
  snprintf(cmd, sizeof cmd, "mkdir -p %s", at("paths"));
  if (system(cmd) != 0) return;
  write_file("paths/x.txt", LOAN, strlen(LOAN));
  static const char *const ends[] = {"", "/", "//"};
  for (int k = 0; k < 3; k++) {
    char given[600], want[700];
    snprintf(given, sizeof given, "%s%s", at("paths"), ends[k]);
    snprintf(want, sizeof want, "%s%sx.txt", given, k ? "" : "/");
    ivl_reader *r = open1(given, NULL);
    item it = next(r);
    CHECK(it.got == 1 && it.a->path && strcmp(it.a->path, want) == 0, "%s: the path '%s', want '%s'", given,
          it.got == 1 && it.a->path ? it.a->path : it.what, want);
    ivl_article_free(it.a);
    ivl_reader_close(r);
  }
}

/* How large a run will be (ivl_walk_bytes): its files of the kind, in
** directories and named, counted until enough; standard input as none. */
static void test_bytes(void) {
  char cmd[600];
  snprintf(cmd, sizeof cmd, "mkdir -p %s %s", at("bytes/a/b"), at("bytes/c"));
  if (system(cmd) != 0) return;
  write_file("bytes/1.txt", "12345", 5);
  write_file("bytes/a/b/2.txt", "1234567", 7);
  write_file("bytes/a/3.jsonl", "123", 3);
  write_file("bytes/.hidden.txt", "123", 3);
  write_file("bytes/c/4.dat", "1234", 4);
  const char *paths[] = {at("bytes"), at("bytes/c/4.dat"), "-"};
  CHECK(ivl_walk_bytes(paths, 3, IVL_INPUT_TEXT, 1000) == 16, "text files: 5 + 7, and 4 named: %llu",
        (unsigned long long)ivl_walk_bytes(paths, 3, IVL_INPUT_TEXT, 1000));
  CHECK(ivl_walk_bytes(paths, 1, IVL_INPUT_JSONL, 1000) == 3, "JSON Lines: 3");
  uint64_t some = ivl_walk_bytes(paths, 1, IVL_INPUT_TEXT, 1);
  CHECK(some == 5 || some == 7, "counted until enough: one file, %llu", (unsigned long long)some);
  CHECK(ivl_walk_bytes(paths + 2, 1, IVL_INPUT_TEXT, 1000) == 0, "standard input: none");
}

int main(void) {
  snprintf(dir, sizeof dir, "/tmp/ivlua-test-reader-XXXXXX");
  if (!mkdtemp(dir)) return 1;
  char cmd[256];
  snprintf(cmd, sizeof cmd, "mkdir -p %s/sub %s/empty", dir, dir);
  if (system(cmd) != 0) return 1;
  test_text_and_gzip();
  test_jsonl("c.jsonl", "c.jsonl", 0);
  test_jsonl("e.jsonl.gz", "e.jsonl", 1);
  test_fields_and_mode();
  test_errors_and_empty();
  test_long_line();
  test_size_limit();
  test_stdin();
  test_links();
  test_deep_tree();
  test_dir_paths();
  test_bytes();
  snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
  if (system(cmd) != 0) return 1;
  return check_done();
}
