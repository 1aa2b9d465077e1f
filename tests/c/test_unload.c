/*
** test_unload.c
** A host loads libivlua.so with dlopen, extracts an article on a thread of
** its own, unloads the library and lets the thread exit: what the library
** keeps per thread (the C API's matcher, src/pipeline/extract.c) must not
** be freed by code no longer there. Before its key went with the library,
** the thread's exit crashed.
*/
#include <dlfcn.h>
#include <pthread.h>

#include "check.h"
#include "ivlua.h"

typedef ivl_ruleset *(*rules_new_fn)(ivl_error *);
typedef void (*rules_free_fn)(ivl_ruleset *);
typedef ivl_status (*from_bytes_fn)(const char *, const char *, size_t, ivl_article **, ivl_error *);
typedef ivl_status (*extract_fn)(ivl_article *, const ivl_ruleset *, ivl_error *);
typedef size_t (*count_fn)(const ivl_article *);
typedef void (*article_free_fn)(ivl_article *);

static void *library;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t changed = PTHREAD_COND_INITIALIZER;
static int extracted, unloaded;
static size_t entities;

static void set_and_signal(int *flag) {
  pthread_mutex_lock(&lock);
  *flag = 1;
  pthread_cond_broadcast(&changed);
  pthread_mutex_unlock(&lock);
}

static void wait_for(const int *flag) {
  pthread_mutex_lock(&lock);
  while (!*flag) pthread_cond_wait(&changed, &lock);
  pthread_mutex_unlock(&lock);
}

/* The library's function 'name' into the function pointer at 'fn' (ISO C
** has no cast from dlsym's object pointer: its bytes are copied). */
static void bind(void *fn, size_t size, const char *name) {
  void *p = dlsym(library, name);
  memcpy(fn, &p, size);
}
#define BIND(fn, name) bind(&(fn), sizeof(fn), name)

/* Extract one article, then wait for the library to be gone and exit. */
static void *extract_then_outlive(void *unused) {
  (void)unused;
  rules_new_fn rules_new;
  rules_free_fn rules_free;
  from_bytes_fn from_bytes;
  extract_fn extract;
  count_fn count;
  article_free_fn article_free;
  BIND(rules_new, "ivl_ruleset_new_builtin");
  BIND(rules_free, "ivl_ruleset_free");
  BIND(from_bytes, "ivl_article_from_bytes");
  BIND(extract, "ivl_article_extract");
  BIND(count, "ivl_article_entity_count");
  BIND(article_free, "ivl_article_free");
  ivl_error err;
  ivl_ruleset *rs = rules_new(&err);
  ivl_article *a = NULL;
  const char *text = "Samsung invested US$2 billion in Bắc Ninh in 2023.";
  if (rs && from_bytes("t.txt", text, strlen(text), &a, &err) == IVL_OK && extract(a, rs, &err) == IVL_OK)
    entities = count(a);
  article_free(a);
  rules_free(rs);
  set_and_signal(&extracted);
  wait_for(&unloaded);
  return NULL; /* the thread's keys are destroyed now */
}

int main(int argc, char **argv) {
  CHECK(argc == 2, "usage: test_unload LIBIVLUA");
  if (argc != 2) return check_done();
  library = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  CHECK(library != NULL, "dlopen: %s", dlerror());
  if (!library) return check_done();
  pthread_t t;
  CHECK(pthread_create(&t, NULL, extract_then_outlive, NULL) == 0, "a thread");
  wait_for(&extracted);
  CHECK(entities >= 3, "the thread extracted: %zu entities", entities);
  CHECK(dlclose(library) == 0, "dlclose: %s", dlerror());
  set_and_signal(&unloaded);
  pthread_join(t, NULL);
  CHECK(1, "the thread exited after the library was unloaded");
  return check_done();
}
