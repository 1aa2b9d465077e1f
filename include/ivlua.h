/*
** ivlua.h
** The public C API of ivlua: load an article, extract its entities with a
** rule set, export them as JSON Lines. Everything else is internal.
** See docs/ and README.md.
*/
#ifndef IVLUA_H
#define IVLUA_H

#include <stddef.h>
#include <stdio.h>

#define IVLUA_VERSION "0.1.0"

/* What libivlua.so exports: these functions only (it is built with
** -fvisibility=hidden). */
#if defined(__GNUC__)
#define IVL_API __attribute__((visibility("default")))
#else
#define IVL_API
#endif

typedef enum ivl_status {
  IVL_OK = 0,
  IVL_ENOMEM,   /* out of memory */
  IVL_EIO,      /* a path could not be read */
  IVL_EUTF8,    /* the bytes are not valid UTF-8 (offset says where) */
  IVL_EBINARY,  /* the file holds a NUL byte: not text */
  IVL_EPATTERN, /* a rule's pattern did not compile */
  IVL_ELIMIT,   /* a rule hit its match limit */
  IVL_ERULE,    /* a rule's normaliser failed (a user rule raised an error) */
  IVL_EARG,     /* the caller passed something unusable */
  IVL_EWARNING  /* not an error: something skipped that loses nothing (a link loop) */
} ivl_status;

/* Filled by every call that can fail; 'offset' is a byte offset into the
** input where that means something (invalid UTF-8, a bad pattern). */
typedef struct ivl_error {
  ivl_status code;
  size_t offset;
  char msg[256];
} ivl_error;

typedef struct ivl_article ivl_article;
typedef struct ivl_ruleset ivl_ruleset;

/* One entity as the caller sees it; pointers stay valid while the article
** lives. 'start'/'end' are byte offsets into the article's original bytes,
** and 'text' points at them: its 'end - start' bytes are the entity's text,
** NOT NUL-terminated (print it with "%.*s", (int)(e.end - e.start), e.text).
** 'type' is a C string ("money", "location", ...). */
typedef struct ivl_entity_info {
  const char *type;
  const char *text;
  size_t start, end;
} ivl_entity_info;

/* The version of the library running, IVLUA_VERSION when the program runs
** with the libivlua.so it was built against. */
IVL_API const char *ivl_version(void);

/* The built-in rules, compiled once (PCRE2 JIT). */
IVL_API ivl_ruleset *ivl_ruleset_new_builtin(ivl_error *err);
IVL_API void ivl_ruleset_free(ivl_ruleset *rs);

/* Load from memory (bytes are copied) or from a file. 'doc' names it. */
IVL_API ivl_status ivl_article_from_bytes(const char *doc, const char *bytes, size_t len,
                                          ivl_article **out, ivl_error *err);
IVL_API ivl_status ivl_article_from_file(const char *path, ivl_article **out, ivl_error *err);
IVL_API void ivl_article_free(ivl_article *a);

/* Run every rule of 'rs' over the article; entities replace earlier ones.
** A rule that fails on one match (its match limit, a normaliser's error)
** loses that match only: the call still returns IVL_OK, with the failures
** in ivl_article_problems. Other errors (out of memory) fail the call.
** Threads may call it at once; each keeps its own scratch for the next
** call (a few MB, freed when the thread exits). */
IVL_API ivl_status ivl_article_extract(ivl_article *a, const ivl_ruleset *rs, ivl_error *err);
/* What failed in part of the last extraction, one line per failure ("rule
** 'x' failed at byte N: ..."), NULL when nothing did; '*count' (if given)
** counts them all, though only the first few have a line. */
IVL_API const char *ivl_article_problems(const ivl_article *a, size_t *count);
IVL_API size_t ivl_article_entity_count(const ivl_article *a);
IVL_API int ivl_article_entity(const ivl_article *a, size_t i, ivl_entity_info *out);

/* One JSON object a line per entity, in document order (spec/ENTITIES.md),
** then one per fact (investment, agreement, ...; docs/facts.md): the lines
** 'ivlua extract' writes for the article. */
IVL_API ivl_status ivl_article_write_jsonl(const ivl_article *a, FILE *out);

#endif
