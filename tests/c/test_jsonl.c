/*
** test_jsonl.c
** JSON encoding: numbers are written as "%.15g" would (or "%.17g" when that
** does not read back), without printf for whole numbers and short decimals;
** strings escaped. Whole articles: each line's head, type and keys as
** written piece by piece (built-in symbols, others, names too long for
** the built-in parts, a name needing escapes). Many articles gathered and
** written in pieces (ivl_jsonl_gather): the bytes of one write each.
*/
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "article.h"
#include "check.h"
#include "jsonl.h"
#include "symbols.h"

/* What ivl_json_number must write: printf's. */
static void printf_number(double v, char *out, size_t n) {
  if (!isfinite(v)) snprintf(out, n, "null");
  else if (v == floor(v) && fabs(v) < 9007199254740992.0) snprintf(out, n, "%.0f", v);
  else if (snprintf(out, n, "%.15g", v), strtod(out, NULL) != v) snprintf(out, n, "%.17g", v);
}

static void check_number(double v) {
  char want[40];
  printf_number(v, want, sizeof want);
  ivl_buf b = {0};
  CHECK(ivl_json_number(&b, v) == 0 && strcmp(b.data, want) == 0, "%.17g: '%s', want '%s'", v,
        b.data, want);
  ivl_buf_free(&b);
}

static void check_string(const char *s, size_t n, const char *want) {
  ivl_buf b = {0};
  CHECK(ivl_json_string(&b, s, n) == 0 && strcmp(b.data, want) == 0, "'%s', want '%s'", b.data, want);
  ivl_buf_free(&b);
}

/* The escape a byte at a time, for reference. */
static void ref_string(const char *s, size_t n, char *out) {
  char *q = out;
  *q++ = '"';
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') *q++ = '\\', *q++ = (char)c;
    else if (c == '\n') *q++ = '\\', *q++ = 'n';
    else if (c == '\r') *q++ = '\\', *q++ = 'r';
    else if (c == '\t') *q++ = '\\', *q++ = 't';
    else if (c < 0x20) q += sprintf(q, "\\u%04x", c);
    else *q++ = (char)c;
  }
  *q++ = '"';
  *q = '\0';
}

/* Every length to 40, an escape (or none) at every place, appended after
** text already in the buffer: the writer goes eight bytes at a time, four
** under eight, and stores past the end of what it writes. */
static void check_strings(void) {
  static const char specials[] = {'"', '\\', '\n', '\r', '\t', 1, 0x1f, 0};
  char s[48], want[48 * 6 + 3];
  for (size_t n = 0; n <= 40; n++)
    for (size_t at = 0; at <= n; at++)
      for (size_t k = 0; k < sizeof specials; k++) {
        for (size_t i = 0; i < n; i++) s[i] = "abc \x7f\xc3\xa9\xffz~"[i % 10]; /* none escaped */
        if (at < n) s[at] = specials[k];
        else if (k) continue; /* no escape: once */
        ref_string(s, n, want);
        ivl_buf b = {0};
        ivl_buf_append(&b, "x", 1);
        CHECK(ivl_json_string(&b, s, n) == 0 && b.len == strlen(want) + 1 && strcmp(b.data + 1, want) == 0 &&
                  b.data[0] == 'x',
              "length %zu, escape %zu at %zu: '%s', want '%s'", n, k, at, b.data, want);
        ivl_buf_free(&b);
      }
}

/* One line of an entity with one string field, as the writer must give it. */
static void ref_line(ivl_buf *out, const char *doc, const char *type, const char *text, size_t start,
                     size_t end, const char *key, const char *value) {
  char tmp[1024];
  ref_string(doc, strlen(doc), tmp);
  ivl_buf_append(out, "{\"doc\":", 7);
  ivl_buf_append(out, tmp, strlen(tmp));
  ref_string(type, strlen(type), tmp);
  ivl_buf_append(out, ",\"type\":", 8);
  ivl_buf_append(out, tmp, strlen(tmp));
  ref_string(text + start, end - start, tmp);
  ivl_buf_append(out, ",\"text\":", 8);
  ivl_buf_append(out, tmp, strlen(tmp));
  int n = snprintf(tmp, sizeof tmp, ",\"start\":%zu,\"end\":%zu,", start, end);
  ivl_buf_append(out, tmp, (size_t)n);
  ref_string(key, strlen(key), tmp);
  ivl_buf_append(out, tmp, strlen(tmp));
  ref_string(value, strlen(value), tmp);
  ivl_buf_append(out, ":", 1);
  ivl_buf_append(out, tmp, strlen(tmp));
  ivl_buf_append(out, "}\n", 2);
}

static void check_article(const char *doc) {
  static const char text[] = "Samsung invested US$ 2.5 billion in Bac Ninh in 2024.";
  const char *types[] = {"organization", "money", "a_type_of_the_users_own", "a type named at more length than a part holds",
                         "money", "organization", "date"};
  const char *keys[] = {"name", "currency", "a_key_of_the_users", "a key named at more length than a part holds",
                        "with \"quotes\"", "name", "value"};
  ivl_article *a = NULL;
  ivl_error err;
  if (ivl_article_read(doc, text, sizeof text - 1, &a, &err) != IVL_OK) {
    CHECK(0, "article '%s' read", doc);
    return;
  }
  ivl_buf want = {0}, got = {0};
  size_t n = sizeof types / sizeof *types;
  for (size_t i = 0; i < n; i++) {
    size_t start = i * 5, end = start + 3 + i;
    int type = ivl_sym_intern(types[i], strlen(types[i])), key = ivl_sym_intern(keys[i], strlen(keys[i]));
    ivl_store_begin(&a->store, type, 0, start, end, start, end);
    ivl_store_str(&a->store, key, keys[i], strlen(keys[i]));
    ref_line(&want, doc, types[i], text, start, end, keys[i], keys[i]);
  }
  CHECK(ivl_jsonl_format(&got, a) == 0 && got.len == want.len && memcmp(got.data, want.data, want.len) == 0,
        "article '%s':\n%s\nwant\n%s", doc, got.data, want.data);
  ivl_buf_free(&want);
  ivl_buf_free(&got);
  ivl_article_free(a);
}

/* Lines of many fields of every kind, in the order a rule stores them:
** strings (long, escaped, empty), whole numbers and decimals (printf's
** way), lists and references (left out), several to a line, so that the
** room grows in the middle of a line and after the pieces written through
** ivl_buf_* (decimals, lists); the buffer starts empty, or with its room
** nearly used up. Compared with each piece written alone by
** ivl_json_string and ivl_json_number. */
static void check_many_fields(size_t prefill) {
  static const char text[] = "Samsung invested US$ 2.5 billion in Bac Ninh in 2024.";
  static const double nums[] = {0, -0.0, 42, -7, 1.3438, 1e300, 0.1 + 0.2, 9007199254740993.0, NAN, 123456789012};
  const char *strs[] = {"", "VN", "Bac Ninh", "a \"quoted\" \\ value\n", "Vi\xe1\xbb\x87t Nam, long enough to be copied in several pieces of sixteen"};
  /* a list of empty strings ends with least room: each reserves SLACK after two bytes */
  const char *lists[2][12] = {{"one", "t\"wo", "", "an item long enough to outgrow the room of a field", "\x01\x1f"},
                              {"", "", "", "", "", "", "", "", "", "", "", ""}};
  uint32_t refs[] = {0, 1};
  ivl_article *a = NULL;
  ivl_error err;
  if (ivl_article_read("many fields.txt", text, sizeof text - 1, &a, &err) != IVL_OK) {
    CHECK(0, "article read");
    return;
  }
  int types[] = {ivl_sym_intern("money", 5), ivl_sym_intern("a type of many fields", 21)};
  int keys[] = {ivl_sym_intern("value", 5), ivl_sym_intern("name", 4), ivl_sym_intern("key_of_ours", 11),
                ivl_sym_intern("a key named at more length than a part holds", 44)};
  ivl_buf want = {0};
  for (size_t i = 0; i < 40; i++) {
    size_t start = i % 30, end = start + 1 + i % 20;
    ivl_store_begin(&a->store, types[i % 2], 0, start, end, start, end);
    char tmp[256];
    ivl_buf_append(&want, "{\"doc\":\"many fields.txt\",\"type\":", 32);
    ivl_json_string(&want, ivl_sym_name(types[i % 2]), strlen(ivl_sym_name(types[i % 2])));
    ivl_buf_append(&want, ",\"text\":", 8);
    ivl_json_string(&want, text + start, end - start);
    ivl_buf_append(&want, tmp, (size_t)snprintf(tmp, sizeof tmp, ",\"start\":%zu,\"end\":%zu", start, end));
    for (size_t k = 0; k < 3 + i % 9; k++) {
      int key = keys[(i + k) % 4];
      const char *name = ivl_sym_name(key);
      size_t kind = (i * 7 + k) % 4;
      if (kind == 3) { /* references: not written */
        ivl_store_refs(&a->store, key, refs, 2);
        continue;
      }
      ivl_buf_append(&want, ",", 1);
      ivl_json_string(&want, name, strlen(name));
      ivl_buf_append(&want, ":", 1);
      if (kind == 0) {
        const char *v = strs[(i + k) % 5];
        ivl_store_str(&a->store, key, v, strlen(v));
        ivl_json_string(&want, v, strlen(v));
      } else if (kind == 1) {
        double v = nums[(i + k) % 10];
        ivl_store_num(&a->store, key, v);
        ivl_json_number(&want, v);
      } else {
        const char *const *list = lists[(i + k) / 4 % 2];
        size_t n = (i + k) / 4 % 2 ? 12 : 1 + (i + k) % 5;
        ivl_store_list(&a->store, key, list, n);
        ivl_buf_append(&want, "[", 1);
        for (size_t j = 0; j < n; j++) {
          if (j) ivl_buf_append(&want, ",", 1);
          ivl_json_string(&want, list[j], strlen(list[j]));
        }
        ivl_buf_append(&want, "]", 1);
      }
    }
    ivl_buf_append(&want, "}\n", 2);
  }
  ivl_buf got = {0};
  for (size_t i = 0; i < prefill; i++) ivl_buf_append(&got, "x", 1); /* its room: a power of two, nearly used */
  CHECK(ivl_jsonl_format(&got, a) == 0 && got.len == prefill + want.len &&
            memcmp(got.data + prefill, want.data, want.len) == 0 && got.data[got.len] == '\0',
        "many fields after %zu bytes:\n%s\nwant\n%s", prefill, got.data + prefill, want.data);
  ivl_buf_free(&want);
  ivl_buf_free(&got);
  ivl_article_free(a);
}

/* An article of 'n' entities (read, not extracted), named 'doc'. */
static ivl_article *article_of(const char *doc, size_t n) {
  static const char text[] = "Samsung invested US$ 2.5 billion in Bac Ninh in 2024.";
  ivl_article *a = NULL;
  ivl_error err;
  if (ivl_article_read(doc, text, sizeof text - 1, &a, &err) != IVL_OK) return NULL;
  int type = ivl_sym_intern("organization", 12), key = ivl_sym_intern("name", 4);
  for (size_t i = 0; i < n; i++) {
    ivl_store_begin(&a->store, type, 0, i % 40, i % 40 + 7, i % 40, i % 40 + 7);
    ivl_store_str(&a->store, key, "Samsung Electronics Vietnam", 27 - i % 9);
  }
  return a;
}

/* What 'write' puts in a file for 'a': ivl_article_write_jsonl (room NULL)
** or ivl_jsonl_write_with 'room'. */
static char *written(const ivl_article *a, ivl_buf *room, ivl_status *st) {
  char *bytes = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&bytes, &len);
  *st = room ? ivl_jsonl_write_with(a, f, room) : ivl_article_write_jsonl(a, f);
  fclose(f);
  return bytes;
}

/* One room through articles small and large (its room past
** IVL_JSONL_KEPT_ROOM, freed after), empty, and a write that failed:
** each article's bytes are those of a room of its own. */
static void check_room_kept(void) {
  static const size_t sizes[] = {3, 20000, 3, 0, 1, 20000, 20000, 5};
  ivl_buf room = {0};
  for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
    ivl_article *a = article_of(k % 2 ? "doc" : "a longer doc name.txt", sizes[k]);
    ivl_status st, st_own;
    char *got = written(a, &room, &st), *own = written(a, NULL, &st_own);
    CHECK(st == IVL_OK && st_own == IVL_OK && strcmp(got, own) == 0, "%zu entities after %zu: the bytes of its own room",
          sizes[k], k ? sizes[k - 1] : 0);
    CHECK(room.len == 0 && room.cap <= IVL_JSONL_KEPT_ROOM, "%zu entities: room kept only up to its bound", sizes[k]);
    if (sizes[k] == 3) CHECK(room.cap > 0, "a small article's room is kept");
    free(got);
    free(own);
    ivl_article_free(a);
  }
  /* a write that fails (a full device) leaves the room fit for the next */
  FILE *full = fopen("/dev/full", "w");
  if (full) {
    setvbuf(full, NULL, _IONBF, 0);
    ivl_article *a = article_of("doc", 50);
    CHECK(ivl_jsonl_write_with(a, full, &room) == IVL_EIO, "a full device: EIO");
    fclose(full);
    ivl_status st, st_own;
    char *got = written(a, &room, &st), *own = written(a, NULL, &st_own);
    CHECK(st == IVL_OK && strcmp(got, own) == 0, "after a failed write: the bytes of its own room");
    free(got);
    free(own);
    ivl_article_free(a);
  }
  ivl_buf_free(&room);
}

/* An entity's line as the spec has it, written plainly: its fields
** strings, whole numbers or references (not written). */
static void reference_line(ivl_buf *out, const ivl_article *a, const ivl_store *s, const ivl_entity *e) {
  char tmp[64];
  const char *type = ivl_sym_name(e->type);
  ivl_buf_append(out, "{\"doc\":", 7);
  ivl_json_string(out, a->doc, strlen(a->doc));
  ivl_buf_append(out, ",\"type\":", 8);
  ivl_json_string(out, type, strlen(type));
  ivl_buf_append(out, ",\"text\":", 8);
  ivl_json_string(out, a->bytes + e->start, e->end - e->start);
  ivl_buf_append(out, tmp, (size_t)snprintf(tmp, sizeof tmp, ",\"start\":%u,\"end\":%u", e->start, e->end));
  for (const ivl_field *f = s->fields + e->field0; f < s->fields + e->field0 + e->nfields; f++) {
    if (f->kind == IVL_FIELD_REFS) continue;
    const char *key = ivl_sym_name(f->key);
    ivl_buf_append(out, ",", 1);
    ivl_json_string(out, key, strlen(key));
    ivl_buf_append(out, ":", 1);
    if (f->kind == IVL_FIELD_STR) ivl_json_string(out, ivl_store_string(s, f), f->len);
    else ivl_buf_append(out, tmp, (size_t)snprintf(tmp, sizeof tmp, "%.0f", f->v.num));
  }
  ivl_buf_append(out, "}\n", 2);
}

/* Places and countries whose fields are a copy of an earlier one's
** (ivl_store_copy_fields, as names.c stores a name met before) are written
** from the earlier line (the fields memo): against lines written plainly.
** Copies and fields made anew with the same values, between other types,
** more places than the memo has slots, places without fields, and in the
** facts a place whose fields are, record for record, those of a mention
** (the same offsets into another store's strings, which differ). */
static void check_fields_memo(void) {
  static const char text[] = "Đà Nẵng and \"Hà Nội\", Bình Dương, Việt Nam, Japan, Korea, Singapore.";
  static const char *const names[] = {"Đà Nẵng", "a \"quoted\" name\\", "", "Bình Dương province of the south-east",
                                      "Japan", "KR", "Singapore"};
  ivl_article *a = NULL;
  ivl_error err;
  if (ivl_article_read("memo.txt", text, sizeof text - 1, &a, &err) != IVL_OK) {
    CHECK(0, "article read");
    return;
  }
  int level = ivl_sym_intern("level", 5);
  int types[] = {IVL_SYM_LOCATION, IVL_SYM_COUNTRY, IVL_SYM_ORGANIZATION, IVL_SYM_LOCATION};
  uint32_t first[7][4]; /* field0 + 1 of the first entity of a name and type */
  memset(first, 0, sizeof first);
  srand(11);
  for (uint32_t i = 0; i < 700; i++) {
    int t = rand() % 4, v = rand() % 7;
    uint32_t start = i % 40, end = start + 1 + i % 17;
    ivl_store_begin(&a->store, types[t], 0, start, end, start, end);
    if (t == 3 && v == 0) continue; /* a place without fields */
    if (first[v][t] && rand() % 4) { /* a copy, as names.c makes one */
      ivl_store_copy_fields(&a->store, first[v][t] - 1, 2 + (size_t)(t != 2));
      continue;
    }
    if (!first[v][t]) first[v][t] = (uint32_t)a->store.nfields + 1;
    ivl_store_str(&a->store, IVL_SYM_NAME, names[v], strlen(names[v]));
    ivl_store_num(&a->store, IVL_SYM_CODE, v * 1000 + t);
    if (t != 2) ivl_store_str(&a->store, level, names[(v + 1) % 7], strlen(names[(v + 1) % 7]));
  }
  /* facts: places whose field records are a mention place's, offsets
  ** into the facts' strings, all 'z' there */
  size_t pool = a->store.strings.len + 64;
  char *zs = malloc(pool);
  memset(zs, 'z', pool);
  ivl_store_begin(&a->facts, IVL_SYM_ORGANIZATION, 0, 0, 2, 0, 2);
  ivl_store_str(&a->facts, IVL_SYM_NAME, zs, pool);
  free(zs);
  for (uint32_t i = 0; i < 12; i++) {
    uint32_t v = i % 7;
    ivl_store_begin(&a->facts, IVL_SYM_LOCATION, 0, i, i + 3, i, i + 3);
    for (uint32_t q = 0; first[v][0] && q < 3; q++) ivl_store_copy_field(&a->facts, &a->store.fields[first[v][0] - 1 + q]);
  }
  ivl_buf want = {0}, got = {0};
  size_t i = 0, j = 0;
  const ivl_store *s;
  for (long k; (k = ivl_article_next_record(a, &i, &j, &s)) >= 0;) reference_line(&want, a, s, &s->ents[k]);
  CHECK(ivl_jsonl_format(&got, a) == 0 && got.len == want.len && memcmp(got.data, want.data, want.len) == 0,
        "fields written again from the memo: %zu bytes, want %zu", got.len, want.len);
  /* after other bytes in the buffer: the memo's offsets are the article's */
  got.len = 0;
  ivl_buf_append(&got, "earlier articles' lines\n", 24);
  CHECK(ivl_jsonl_format(&got, a) == 0 && got.len == want.len + 24 && memcmp(got.data + 24, want.data, want.len) == 0,
        "fields from the memo after other lines");
  ivl_buf_free(&want);
  ivl_buf_free(&got);
  ivl_article_free(a);
}

/* The whole of stream 'f' (rewound), NUL-ended. */
static char *contents(FILE *f, size_t *len) {
  fflush(f);
  long n = ftell(f);
  char *bytes = malloc((size_t)n + 1);
  rewind(f);
  *len = fread(bytes, 1, (size_t)n, f);
  bytes[*len] = '\0';
  return bytes;
}

/* Articles of these many entities gathered into a file behind bytes stdio
** still holds ('before', in its buffer, not flushed), through one room:
** the file is 'before', then what ivl_article_write_jsonl writes for each,
** in order. Through a descriptor (a temporary file) and without one (a
** memory stream: fwrite). The room never holds a piece once an article is
** gathered, nor more than IVL_JSONL_KEPT_ROOM once flushed. */
static void check_gathered(int with_fd) {
  static const size_t sizes[] = {3, 0, 400, 1, 20000, 0, 5, 300, 300, 300, 300, 2};
  const char *before = "lines written before\n";
  char *mem = NULL;
  size_t memlen = 0;
  FILE *f = with_fd ? tmpfile() : open_memstream(&mem, &memlen), *want = tmpfile();
  if (!f || !want) return;
  fputs(before, f);
  fputs(before, want);
  ivl_buf room = {0};
  for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
    ivl_article *a = article_of(k % 2 ? "doc" : "a longer doc name.txt", sizes[k]);
    CHECK(ivl_jsonl_gather(a, f, &room) == IVL_OK && room.len < IVL_JSONL_PIECE,
          "gathered %zu entities: less than a piece left", sizes[k]);
    ivl_article_write_jsonl(a, want);
    ivl_article_free(a);
  }
  CHECK(ivl_jsonl_flush(f, &room) == IVL_OK && room.len == 0 && room.cap <= IVL_JSONL_KEPT_ROOM, "flushed");
  CHECK(ivl_jsonl_flush(f, &room) == IVL_OK, "flushed again: nothing to write");
  size_t got_len, want_len;
  char *got = with_fd ? contents(f, &got_len) : NULL, *wanted = contents(want, &want_len);
  if (!with_fd) {
    fflush(f);
    got = mem;
    got_len = memlen;
  }
  CHECK(got_len == want_len && memcmp(got, wanted, want_len) == 0,
        "gathered %s a descriptor: %zu bytes, want %zu, the bytes written one article at a time",
        with_fd ? "with" : "without", got_len, want_len);
  if (with_fd) free(got);
  free(wanted);
  fclose(f);
  fclose(want);
  if (!with_fd) free(mem);
  ivl_buf_free(&room);
}

/* A write that fails (a full device): IVL_EIO and errno, what was
** gathered dropped, the room fit for the next file. */
static void check_gathered_full(void) {
  FILE *full = fopen("/dev/full", "w");
  if (!full) return;
  ivl_buf room = {0};
  ivl_article *a = article_of("doc", 2000);
  ivl_status st = IVL_OK;
  for (int k = 0; k < 100 && st == IVL_OK; k++) st = ivl_jsonl_gather(a, full, &room);
  CHECK(st == IVL_EIO && errno == ENOSPC && room.len == 0, "a full device: EIO, ENOSPC, nothing kept");
  fclose(full);
  FILE *f = tmpfile(), *want = tmpfile();
  if (f && want) {
    CHECK(ivl_jsonl_gather(a, f, &room) == IVL_OK && ivl_jsonl_flush(f, &room) == IVL_OK, "the next file");
    ivl_article_write_jsonl(a, want);
    size_t got_len, want_len;
    char *got = contents(f, &got_len), *wanted = contents(want, &want_len);
    CHECK(got_len == want_len && memcmp(got, wanted, want_len) == 0, "after a failed write: the article's bytes");
    free(got);
    free(wanted);
  }
  if (f) fclose(f);
  if (want) fclose(want);
  ivl_article_free(a);
  ivl_buf_free(&room);
}

int main(void) {
  check_strings();
  static const double fixed[] = {
      0, -0.0, 1, -1, 42, 1e15, 9007199254740993.0, 1.3438, -1.3438, 0.1, 0.2, 0.1 + 0.2, 0.5,
      1e-4, 1.2e-4, 9.9999e-5, 1e-5, 0.00012345678, 23050.24, 99999999999999.9, 1e14 + 0.5,
      123456789012345.6, 1.0 / 3, 2.0 / 3, 5e-324, 1e300, 1e-300, INFINITY, -INFINITY, NAN};
  for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++) check_number(fixed[i]);

  /* decimals m / 10^k and their neighbours, which must not pass for them */
  static const double pow10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
  srand(7);
  for (int i = 0; i < 200000; i++) {
    long long m = ((long long)rand() << 20 ^ rand()) % (i % 2 ? 100000 : 1000000000000000LL);
    double v = (double)m / pow10[rand() % 10] * (rand() % 2 ? 1 : -1);
    check_number(v);
    check_number(nextafter(v, 0));
    check_number(nextafter(v, INFINITY));
  }

  /* every whole number to five digits: those under 10000 take a path of
  ** their own (put_small) */
  for (int v = 0; v <= 20000; v++) {
    check_number(v);
    check_number(-v);
  }
  /* whole numbers by their groups of eight and four digits: every power of
  ** ten and its neighbours, and random ones of every length, to 2^53 */
  for (double t = 1; t <= 9007199254740992.0; t *= 10)
    for (double d = -2; d <= 2; d++) {
      check_number(t + d);
      check_number(-(t + d));
    }
  for (int i = 0; i < 100000; i++) {
    unsigned long long m = ((unsigned long long)rand() << 31 ^ (unsigned long long)rand()) % 9007199254740992ULL;
    check_number((double)(m >> (rand() % 53)));
  }
  check_number(9007199254740991.0);
  check_article("000000_a6bb32e0abda0171.txt");
  check_article("a \"quoted\" name\\ that is long enough to be copied in several pieces.txt");
  check_article("");
  for (size_t prefill = 0; prefill < 600; prefill++) check_many_fields(prefill);
  check_room_kept();
  check_fields_memo();
  check_gathered(1);
  check_gathered(0);
  check_gathered_full();
  check_string("plain", 5, "\"plain\"");
  check_string("a \"quoted\" \\ line\n\tend\r", 23, "\"a \\\"quoted\\\" \\\\ line\\n\\tend\\r\"");
  check_string("\x01\x1f\x7f\xc3\xa9 long enough to fill a word", 32,
               "\"\\u0001\\u001f\x7f\xc3\xa9 long enough to fill a word\"");
  check_string("0123456789abcdef\"", 17, "\"0123456789abcdef\\\"\"");
  check_string("a\0b", 3, "\"a\\u0000b\"");
  return check_done();
}
