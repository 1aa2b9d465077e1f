/*
** fuzz_extract.c
** The whole extraction of one buffer: the built-in rule set (rules, names,
** overlaps, facts, settle) through ivl_article_extract, and the JSON Lines
** writer into a memory stream.
** Asserts beyond "no crash": a refused buffer is refused for its bytes
** (IVL_EUTF8, IVL_EBINARY) and extraction fails only at a rule's match
** limit; every mention and fact lies inside the article on character
** boundaries; numbers are never NaN and strings are valid UTF-8; every line
** written is one JSON object (jansson reads it back).
*/
#include <jansson.h>
#include <math.h>
#include <string.h>

#include "article.h"
#include "fuzz.h"
#include "utf8.h"

static ivl_ruleset *rules;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  ivl_error err;
  rules = ivl_ruleset_new_builtin(&err);
  if (!rules) {
    fprintf(stderr, "fuzz_extract: %s\n", err.msg);
    abort();
  }
  return 0;
}

static void check_store(const ivl_article *a, const ivl_store *s, const char *what) {
  for (size_t i = 0; i < s->n; i++) {
    const ivl_entity *e = &s->ents[i];
    FUZZ_SPAN(a->bytes, a->len, e->start, e->end, what);
    FUZZ_SPAN(a->view.text, a->view.len, e->vstart, e->vend, what);
    for (uint32_t k = 0; k < e->nfields; k++) {
      const ivl_field *f = &s->fields[e->field0 + k];
      if (f->kind == IVL_FIELD_NUM) FUZZ_ASSERT(!isnan(f->v.num), "%s: a NaN field", what);
      if (f->kind == IVL_FIELD_STR) {
        const char *str = ivl_store_string(s, f);
        FUZZ_ASSERT(ivl_utf8_invalid_at(str, f->len) == f->len, "%s: a field of bad UTF-8", what);
      }
    }
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  ivl_article *a;
  ivl_error err;
  if (ivl_article_from_bytes("fuzz", (const char *)data, size, &a, &err) != IVL_OK) {
    FUZZ_ASSERT(err.code == IVL_EUTF8 || err.code == IVL_EBINARY, "refused: %s", err.msg);
    return 0;
  }
  if (ivl_article_extract(a, rules, &err) != IVL_OK) {
    FUZZ_ASSERT(err.code == IVL_ELIMIT, "extraction failed: %s", err.msg);
    ivl_article_free(a);
    return 0;
  }
  check_store(a, &a->store, "mention");
  check_store(a, &a->facts, "fact");
  ivl_entity_info info;
  for (size_t i = 0; ivl_article_entity(a, i, &info); i++)
    FUZZ_ASSERT(info.text == a->bytes + info.start && info.end <= a->len, "entity %zu", i);

  char *out = NULL;
  size_t outlen = 0;
  FILE *f = open_memstream(&out, &outlen);
  FUZZ_ASSERT(f != NULL, "open_memstream");
  FUZZ_ASSERT(ivl_article_write_jsonl(a, f) == IVL_OK, "written");
  fclose(f);
  for (char *line = out, *nl; line < out + outlen; line = nl + 1) {
    nl = memchr(line, '\n', (size_t)(out + outlen - line));
    FUZZ_ASSERT(nl != NULL, "the last line ends with a newline");
    json_error_t jerr;
    json_t *j = json_loadb(line, (size_t)(nl - line), 0, &jerr);
    FUZZ_ASSERT(j && json_is_object(j), "line is no JSON object: %s: %.*s", jerr.text,
                (int)(nl - line), line);
    json_decref(j);
  }
  free(out);
  ivl_article_free(a);
  return 0;
}
