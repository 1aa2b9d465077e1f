/*
** fuzz_gazetteer.c
** The gazetteer file loader (src/extract/gazetteer_file.c): any bytes as a
** gazetteer TSV, then the automaton built from what loaded, then the names
** it finds (with the shapes, src/extract/names.c) in the same bytes read as
** an article.
** Asserts beyond "no crash": a file refused for its bytes says where (an
** offset inside it); every entry loaded has a name and a type; every name
** found lies inside the article on character boundaries.
*/
#include <string.h>

#include "article.h"
#include "fuzz.h"
#include "gazetteer.h"
#include "names.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  ivl_error err;
  ivl_gazetteer *g = ivl_gazetteer_new();
  if (!g) return 0;
  ivl_status st = ivl_gazetteer_load_tsv(g, s, size, size && data[0] & 1 ? "location" : NULL, &err);
  if (st == IVL_EUTF8) FUZZ_ASSERT(err.offset < size, "bad UTF-8 at %zu of %zu", err.offset, size);
  if (st != IVL_OK || ivl_gazetteer_compile(g, &err) != IVL_OK) {
    ivl_gazetteer_free(g);
    return 0;
  }
  size_t n = ivl_gazetteer_entries(g);
  for (size_t i = 0; i < n; i++) {
    const char *name = ivl_gazetteer_name(g, (uint32_t)i);
    FUZZ_ASSERT(name != NULL, "entry %zu has no name", i);
    FUZZ_ASSERT(ivl_gazetteer_type(g, (uint32_t)i) > 0, "entry %zu has no type", i);
  }
  ivl_article *a;
  if (ivl_article_from_bytes("fuzz", s, size, &a, &err) == IVL_OK) {
    ivl_store store = {0};
    if (ivl_names_run(g, a, &store, &err) == IVL_OK)
      for (size_t i = 0; i < store.n; i++) {
        FUZZ_SPAN(a->bytes, a->len, store.ents[i].start, store.ents[i].end, "name");
        FUZZ_SPAN(a->view.text, a->view.len, store.ents[i].vstart, store.ents[i].vend, "name");
      }
    ivl_store_free(&store);
    ivl_article_free(a);
  }
  ivl_gazetteer_free(g);
  return 0;
}
