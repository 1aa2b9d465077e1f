/*
** names.h
** The named types of spec/ENTITIES.md: location, country, person,
** organization and sector. Names come from the gazetteer (one pass over
** the folded text) and from the shapes of names written in
** capitals (names_shape.c): "... Industrial Park", "Chairman Lê Trung
** Chinh", "Hana Micron Vina Co., Ltd". Then, per article, a name found once
** is found again where it is repeated in part ("Chinh", "Sông Khoai").
*/
#ifndef IVLUA_NAMES_H
#define IVLUA_NAMES_H

#include "article.h"
#include "gazetteer.h"
#include "words.h"

/* The rule index that named entities carry in the store. */
#define IVL_RULE_NAMES (UINT16_MAX - 1)

/* A name found in the article, before it is stored. Spans are view offsets. */
typedef struct ivl_name {
  uint32_t vstart, vend;
  uint32_t name_s, name_e;   /* the name as written, when not the whole span */
  uint32_t alias_s, alias_e; /* "(JETRO)" after a full name; alias_e 0: none */
  int alias_as_written;      /* the alias a short name of words the text defines ('("Meranti")'):
                                its repeats stay as written, no stand-in for the full name */
  uint32_t title_s, title_e; /* a person's title; title_e 0: none */
  int type;
  int32_t entry; /* gazetteer entry, or -1 */
  uint32_t kin;  /* a longer name of a known firm ("Samsung Electro-Mechanics"): the firm's
                    entry + 1, whose fields but the name it keeps; 0: none */
  uint32_t full_s, full_e; /* a shortened repeat: where its full name is written; full_e 0: none */
  int stands_for; /* a term the text defined for the firm at full_s ("the Claimant"): named by
                     that firm's name, not as written */
  uint32_t seat; /* a firm's unit named for a province ("LG Innotek Hải Phòng"): the
                    province's entry + 1, whose province fields the name takes; 0: none */
  uint32_t land; /* a place by shape told with its country ("X, a Japanese fishing city"): the
                   country's entry + 1, whose code is the place's country; 0: none */
  const char *generic; /* the generic words the name takes though the text writes them apart,
                          in lower case: " Industrial Park" ("the Yên Phong II-C and Thuận Thành
                          I industrial parks"); NULL: none */
} ivl_name;

typedef struct ivl_names {
  ivl_name *items;
  size_t n, cap;
} ivl_names;

/* Find the article's names and append them to 'store' (cutting its words
** first, when no pass before did: ivl_article_cut_words). */
ivl_status ivl_names_run(const ivl_gazetteer *g, ivl_article *a, ivl_store *store,
                         ivl_error *err);

/* The same, the repeats of names looked for the slow way (for the
** tests): the forms of every name taken, none left out as those of a name
** written alike before, and looked for among every capitalised word of
** the article, none left out beforehand by the hash of its first word. */
ivl_status ivl_names_run_reference(const ivl_gazetteer *g, ivl_article *a, ivl_store *store,
                                   ivl_error *err);

/* Names of two runs, each nearly in order (the gazetteer's then the
** shapes', or the settled then the repeats), sorted by start, the longest
** first, and of two that overlap the longer kept, the first of equal ones
** (for the tests; names.c's settle()). */
void ivl_names_settle(ivl_names *ns);

/* respell.c: a foreign place read by its shape, spelt otherwise than the
** gazetteer spells it and said with its country ("Savanakhet province of
** Laos"), takes the gazetteer's entry of that country whose consonants
** agree, when exactly one does; a country's name that is also a place of
** another country is that place where its sentence (one of 'sentences',
** the article's) says so. */
void ivl_names_respelt(const ivl_gazetteer *g, const char *t, const ivl_spans *sentences, ivl_names *ns);

/* names_shape.c: add the names that their shape gives away (organisations,
** people, zones, places with a generic word) to 'out', which holds the
** gazetteer's names; 'ws' the words of text[0, len) (words.h). 0, or -1
** when out of memory. */
int ivl_names_by_shape(const ivl_gazetteer *g, const char *text, size_t len, const ivl_words *ws,
                       ivl_names *out);
/* The same, each chunk cut and read by every step, none skipped for want
** of the words it looks for, and every token read from the text ('ws'
** unused): what ivl_names_by_shape() finds, the slow way (for the tests). */
int ivl_names_by_shape_every_step(const ivl_gazetteer *g, const char *text, size_t len,
                                  const ivl_words *ws, ivl_names *out);

/* For the tests: the first token that names by shape reads otherwise from
** the word table 'ws' of text[0, len) than from the text alone (its start,
** end, case, lists), -1 when none does, -2 when out of memory. */
long ivl_names_tokens_check(const char *text, size_t len, const ivl_words *ws);

/* Is s[0..n) a word a name can stand next to without being part of it: a
** sentence opener, a connector, an administrative or facility word, a
** title after the name ("In", "of", "City", "Street", "Mayor")? 'before':
** the word is before the name, where a title makes it a person's. */
int ivl_names_free_word(const char *s, size_t n, int before);

/* Is s[0..n) a verb of speech that shows the name before it is a person's
** ("said", "told")? */
int ivl_names_speech_verb(const char *s, size_t n);

/* Is s[0..n) a lower-case noun that says what a firm is and names the
** firm after it ("firm", "tyre maker", "card network")? One list serves the
** shape reader (a name after it is a firm's) and the origin a description
** gives (names.c). */
int ivl_names_firm_noun(const char *s, size_t n);

/* Is a[0, n) a short form of the name t[s, e), spelt from the first
** letters of its words, its first word giving at least one and another
** word at least one more ("ThaiBev" of "Thai Beverage Plc", "KAL" of
** "Korean Air Lines")? */
int ivl_names_short_form(const char *t, size_t s, size_t e, const char *a, size_t n);

/* Does the firm's name s[0, n) say a local unit, the host country after
** the owner's name ("Midori Kasei Vietnam Co., Ltd", "Samsung Vina",
** "X Việt Nam")? Its host word ends a word: "Hanseong Vinatech" is a
** brand, no unit. */
int ivl_names_local_unit(const char *s, size_t n);
/* Is s[0..n) a Vietnamese family name ("Nguyễn", "Nguyen")? */
int ivl_names_vn_family(const char *s, size_t n);

/* Vietnamese spelling (vn_spelling.c). Does t[s, e) hold a letter only
** Vietnamese writes (đ, ư, ơ, ă, the tone-marked vowels of U+1EA0-U+1EF9),
** not merely an accent ("Nestlé")? */
int ivl_names_vn_letters(const char *t, size_t s, size_t e);
/* Is w[0, n) a Vietnamese syllable written without its marks ("Tan",
** "Hung", "Nguyen"): an initial consonant or none, vowels Vietnamese puts
** together, and a final it allows ("Retail", "Sun Art"'s "Art" are not)? */
int ivl_names_vn_syllable(const char *w, size_t n);
/* Is the word t[s, e), its marks folded away, a syllable of that shape
** ("Phúc", "Nam"; not "Nickel")? */
int ivl_names_vn_word(const char *t, size_t s, size_t e);
/* Is the firm's name t[s, e) spelt in Vietnamese: opening on a marked
** syllable of Vietnamese shape, or on two, the second marked ("Thăng Long
** Logistics", "Lam Sơn Agriculture")? */
int ivl_names_vietnamese_spelt(const char *t, size_t s, size_t e);

/* For the tests (names.c): does a sector word at view offset starts[i]
** name goods carried ("warehouses for seafood", "used in phones"),
** out[i], for each in turn: each walking the text back on its own, or
** ('shared') as the hits of an article, stopping at the start of an
** earlier walk that found nothing. */
void ivl_names_goods_carried(const char *t, const size_t *starts, size_t n, int shared, int *out);

/* The nouns a sector word names the field of ("construction firms"), and
** the words after "and" that end the look for one (NULL-ended; the tests
** try each). */
extern const char *const ivl_sector_head_words[];
extern const char *const ivl_sector_function_words[];
/* The nouns of goods held that goods carried follow ("warehouses for"). */
extern const char *const ivl_goods_holder_words[];

#endif
