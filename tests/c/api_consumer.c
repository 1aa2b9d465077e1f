/*
** api_consumer.c
** A program of the kind a user writes against the installed library: it
** includes only <ivlua.h>, is built with `pkg-config --cflags --libs
** ivlua` and links libivlua.so (tests/lua/install.lua builds and runs it).
** It calls every function of the header:
**   api_consumer FILE...   each article's entities as JSON Lines on stdout
**   api_consumer -         a built-in article from memory, then a summary
** Exit status 0 when every call did what the header says, 1 otherwise.
*/
#include <stdio.h>
#include <string.h>

#include <ivlua.h>

static int failures = 0;

static void fail(const char *what, const ivl_error *err) {
  fprintf(stderr, "api_consumer: %s: %s (code %d, offset %zu)\n", what, err ? err->msg : "", err ? (int)err->code : 0,
          err ? err->offset : 0);
  failures++;
}

/* Extract 'a' and check what the accessors say against each other. */
static void extract(ivl_article *a, const ivl_ruleset *rs, const char *name) {
  ivl_error err;
  if (ivl_article_extract(a, rs, &err) != IVL_OK) {
    fail(name, &err);
    return;
  }
  size_t count = 0;
  const char *problems = ivl_article_problems(a, &count);
  if (problems || count) fprintf(stderr, "api_consumer: %s: %zu problems: %s\n", name, count, problems ? problems : "");
  size_t n = ivl_article_entity_count(a);
  for (size_t i = 0; i < n; i++) {
    ivl_entity_info e;
    if (!ivl_article_entity(a, i, &e) || !e.type || !e.text || e.end < e.start) fail("ivl_article_entity", NULL);
  }
  ivl_entity_info past;
  if (ivl_article_entity(a, n, &past)) fail("ivl_article_entity past the end answered", NULL);
}

static int from_memory(const ivl_ruleset *rs) {
  static const char text[] = "Samsung will invest US$2 billion in Bắc Ninh province, a 5% rise.\n";
  ivl_article *a = NULL;
  ivl_error err;
  if (ivl_article_from_bytes("memory.txt", text, sizeof text - 1, &a, &err) != IVL_OK) {
    fail("ivl_article_from_bytes", &err);
    return 1;
  }
  extract(a, rs, "memory.txt");
  size_t n = ivl_article_entity_count(a);
  for (size_t i = 0; i < n; i++) {
    ivl_entity_info e;
    ivl_article_entity(a, i, &e);
    /* the span is into the bytes given, and its text is those bytes */
    if (e.end > sizeof text - 1 || memcmp(text + e.start, e.text, e.end - e.start) != 0)
      fail("an entity's span is not its text", NULL);
    printf("%s\t%.*s\t%zu\t%zu\n", e.type, (int)(e.end - e.start), e.text, e.start, e.end);
  }
  ivl_article_free(a);
  /* errors are reported, not crashed on */
  static const char bad[] = "caf\xc3(";
  a = NULL;
  if (ivl_article_from_bytes("bad.txt", bad, sizeof bad - 1, &a, &err) != IVL_EUTF8 || a || err.offset != 3)
    fail("invalid UTF-8 is IVL_EUTF8 at byte 3", &err);
  if (ivl_article_from_file("/nonexistent/ivlua.txt", &a, &err) != IVL_EIO || a)
    fail("a missing file is IVL_EIO", &err);
  return 0;
}

int main(int argc, char **argv) {
  if (strcmp(ivl_version(), IVLUA_VERSION) != 0) {
    fprintf(stderr, "api_consumer: built with ivlua.h %s, runs with libivlua %s\n", IVLUA_VERSION, ivl_version());
    return 1;
  }
  if (argc < 2) {
    fprintf(stderr, "usage: api_consumer FILE... | -\n");
    return 2;
  }
  ivl_error err;
  ivl_ruleset *rs = ivl_ruleset_new_builtin(&err);
  if (!rs) {
    fail("ivl_ruleset_new_builtin", &err);
    return 1;
  }
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "-") == 0) {
      from_memory(rs);
      continue;
    }
    ivl_article *a = NULL;
    if (ivl_article_from_file(argv[i], &a, &err) != IVL_OK) {
      fail(argv[i], &err);
      continue;
    }
    extract(a, rs, argv[i]);
    if (ivl_article_write_jsonl(a, stdout) != IVL_OK) fail("ivl_article_write_jsonl", NULL);
    ivl_article_free(a);
  }
  ivl_ruleset_free(rs);
  ivl_article_free(NULL);
  ivl_ruleset_free(NULL);
  if (fflush(stdout) != 0) fail("standard output", NULL);
  return failures ? 1 : 0;
}
