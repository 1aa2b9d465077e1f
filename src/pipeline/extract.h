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

/* Lend the thread's spare room (matcher: the arrays of the two stores, the
** fold and the words) to 'a' before its stages, and take it back after
** them, keeping what is not too large for the next article. Freed and
** grown again for each article, the larger buffers sat at the top of the
** heap, which free() gave back to the system and the next article faulted
** in again (bench_stages, which did so: a fifth of its CPU time in brk and
** page faults). */
void ivl_article_lend_room(ivl_article *a, ivl_matcher *m);
void ivl_article_take_back_room(ivl_article *a, ivl_matcher *m);

#endif
