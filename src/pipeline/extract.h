/*
** extract.h
** The pipeline of one article: rules and names (core), then the fact
** linker (facts/), then the settle step. The article model knows nothing of
** the stages after it; this is the one place that runs them in order.
*/
#ifndef IVLUA_EXTRACT_H
#define IVLUA_EXTRACT_H

#include "article.h"
#include "rules.h"

/* Extract with a caller-owned matcher (one per thread, reused); the
** bindings then run the fact rules written in Lua and convert amounts to
** US$ (ivl_fx_annotate). ivl_article_extract (ivlua.h, the C API) makes its
** own matcher and converts the amounts itself. */
ivl_status ivl_article_extract_with(ivl_article *a, const ivl_ruleset *rs, ivl_matcher *m,
                                    ivl_error *err);

#endif
