/*
** lexicon.h
** The cue words of the fact frames, as data: each named lexicon is a list
** of words or phrases (lower-case ASCII; "invest*" is any word beginning
** so) that marks a frame's trigger, a role or its polarity and modality.
** The built-in words are compiled in; a user may add words from Lua
** (ivlua.lexicon) before extracting, and the linker reads both alike.
** Words are added from the Lua thread only, between extractions, so
** extraction threads may read the lists freely.
*/
#ifndef IVLUA_LEXICON_H
#define IVLUA_LEXICON_H

#include <stddef.h>

typedef enum {
  LEX_INVEST,       /* a sentence speaks of investment */
  LEX_PUTTING,      /* a company puts money in: add, inject, pour */
  LEX_DRAWING,      /* a place draws money: drew, attracted, lured */
  LEX_LICENSING,    /* projects licensed */
  LEX_AID,          /* loans and aid: agreements, not investment */
  LEX_GOAL,         /* a locality's goal or forecast: no fact (rule 13) */
  LEX_TERMINATED,   /* terminated, withdrawn: no fact (rule 13) */
  LEX_COMPARISON,   /* the figure of a comparison: no fact (rule 13) */
  LEX_CUMULATIVE,   /* a total to date: basis stock (rule 15) */
  LEX_PERIOD,       /* capital of a period: basis flow (rule 15) */
  LEX_HOLDING,      /* a standing holding or position: basis stock */
  LEX_NEW_CAPITAL,  /* new or added capital: basis flow */
  LEX_RANKING,      /* a ranked list of investors */
  LEX_LEADS,        /* the head of a ranked list */
  LEX_GOES_ON,      /* the list goes on: followed by, ahead of */
  LEX_LOCALITIES,   /* a ranking of localities: their figure is everyone's */
  LEX_DOMESTIC,     /* Việt Nam's own capital (rule 12) */
  LEX_FOREIGN,      /* foreign capital */
  LEX_ABROAD,       /* investment abroad (rules 4, 17) */
  LEX_AGREEING,     /* an agreement is signed or agreed */
  LEX_RELATION,     /* a relation: sister cities, joint venture */
  LEX_BEGAN,        /* a relation began: established, since */
  LEX_COUNT
} ivl_lexicon_id;

/* The lexicons, read inline by ivl_lexicon and ivl_lexicon_extended (the
** frames ask for a lexicon 80,000 times on /tmp/b1: the calls were 1.3M
** Ir). Only lexicon.c writes them. */
struct ivl_lexicon_entry {
  const char *name, *about;
  const char *const *builtin;
  const char **all; /* builtin then added, NULL-ended; NULL until a word is added */
  size_t n, cap;
};
extern struct ivl_lexicon_entry ivl_lexicons_[LEX_COUNT];
extern const char *const ivl_lexicon_none_[1];
/* A fund's holding of listed shares ("held shares", "holds Vietnamese
** equities"): in lexicons 'invest' and 'holding' both, and asked alone
** where a holding outweighs a comparison (a stock "up from" last year's). */
extern const char *const ivl_shares_held[];

/* The words of lexicon 'id', NULL-ended: built-in, then added. */
static inline const char *const *ivl_lexicon(int id) {
  if ((unsigned)id >= LEX_COUNT) return ivl_lexicon_none_;
  const struct ivl_lexicon_entry *l = &ivl_lexicons_[id];
  return l->all ? (const char *const *)l->all : l->builtin;
}
/* ... its built-in words only, NULL-ended. */
const char *const *ivl_lexicon_builtin(int id);
/* Its name ("goal"), and what it marks. */
const char *ivl_lexicon_name(int id);
const char *ivl_lexicon_about(int id);
/* The id of lexicon 'name', or -1. */
int ivl_lexicon_find(const char *name);
/* Has a user added words to lexicon 'id'? Then the linker cannot rely on
** the quick cue pass over each sentence (built-in words only). */
static inline int ivl_lexicon_extended(int id) { return (unsigned)id < LEX_COUNT && ivl_lexicons_[id].all != NULL; }
/* Add 'word' to lexicon 'id'. 0 on success; -1 when out of memory, -2
** when the word is not lower-case ASCII letters, spaces, hyphens and
** apostrophes with at most a trailing '*'. */
int ivl_lexicon_add(int id, const char *word);
/* How many words have been added to the lexicons so far: a lexicon's list
** may change in place or move when one is, and what is cached of the lists
** (facts_words.c) must then be forgotten. */
unsigned long ivl_lexicon_generation(void);

#endif
