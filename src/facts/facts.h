/*
** facts.h
** Linking an article's mentions into the facts of spec/ENTITIES.md:
** investment (who invested how much where), agreement (who signed or agreed
** with whom) and partnership (an established relation and its start year).
**
** Facts are read one sentence at a time, with what the article has said so
** far as context: the province it is about ("the province"), the investor
** the paragraph is about ("the company", "its"), the pair of parties it is
** about ("the two sides"). They go to their own store, spanning the
** sentence that states them, each with references to the mentions it was
** made from.
*/
#ifndef IVLUA_FACTS_H
#define IVLUA_FACTS_H

#include "article.h"

/* The 'rule' field of the facts the built-in linker stores. */
#define IVL_RULE_FACTS (UINT16_MAX - 2)

/* Replace the article's facts with the ones its mentions state. */
ivl_status ivl_facts_run(ivl_article *a, ivl_error *err);

/* Put a fact store in document order and merge the facts that state the
** same thing twice (the headline and the body). Called after user rules
** have added theirs. */
void ivl_facts_settle(ivl_article *a);

#endif
