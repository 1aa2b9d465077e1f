/*
** fuzz_rule.c
** User rule patterns (src/scan/regex.c, rules.c, and the fragments of
** src/extract/fragments.c): the input after its first byte compiled as a
** rule's pattern, as ivlua.rule{} does (fragments expanded when the first
** byte is odd, as written otherwise), then the rule run with the matcher's
** limits over a fixed article, with a normaliser that reads the value as
** ivlua.rule{}'s does (ivl_normalize_value).
** Asserts beyond "no crash": a pattern is refused only as IVL_EPATTERN with
** an offset inside it; a run fails only at the match limit; every match lies
** inside the article on character boundaries; values are never NaN.
*/
#include <math.h>
#include <string.h>

#include "article.h"
#include "fuzz.h"
#include "rules.h"
#include "symbols.h"

static const char text[] =
  "Hà Nội, November 17, 2023 - 17:27\n\n"
  "HÀ NỘI — Samsung Electronics will invest US$2.5 billion (VNĐ60 trillion) in a "
  "factory in Bắc Ninh, covering 120 hectares, the ministry said on Friday.\n\n"
  "About 12,000 workers, or 35 per cent of them women, will be hired by 2026.\n"
  "Mr. Nguyễn Văn A. said: “The 3rd phase costs ¥1,5 m.” — VNS\n";

static ivl_article *article;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  ivl_error err;
  if (ivl_article_from_bytes("fuzz", text, sizeof text - 1, &article, &err) != IVL_OK) abort();
  return 0;
}

static int normalize(ivl_extract *x) {
  double v;
  if (ivl_x_begin(x, x->ov[0], x->ov[1])) return IVL_NORMALIZE_NOMEM;
  if (ivl_normalize_value(x, &v)) {
    FUZZ_ASSERT(!isnan(v), "a NaN value");
    if (ivl_store_num(x->store, IVL_SYM_VALUE, v)) return IVL_NORMALIZE_NOMEM;
  }
  return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  const char *pattern = (const char *)data + 1;
  size_t len = size - 1;
  ivl_error err;
  ivl_ruleset *rs = ivl_ruleset_new_empty();
  if (!rs) return 0;
  ivl_status st = data[0] & 1
    ? ivl_ruleset_add_expanded(rs, "fuzz", "fuzzed", pattern, len, normalize, NULL, &err)
    : ivl_ruleset_add(rs, "fuzz", "fuzzed", pattern, len, 0, normalize, NULL, &err);
  if (st != IVL_OK) {
    FUZZ_ASSERT(st == IVL_EPATTERN && err.code == IVL_EPATTERN, "refused as %d: %s", st, err.msg);
  } else if ((st = ivl_article_extract(article, rs, &err)) != IVL_OK) {
    FUZZ_ASSERT(st == IVL_ELIMIT, "run failed as %d: %s", st, err.msg);
  } else {
    for (size_t i = 0; i < article->store.n; i++) {
      const ivl_entity *e = &article->store.ents[i];
      FUZZ_SPAN(article->bytes, article->len, e->start, e->end, "match");
      FUZZ_SPAN(article->view.text, article->view.len, e->vstart, e->vend, "match");
    }
  }
  ivl_ruleset_free(rs);
  return 0;
}
