/*
** test_regex.c
** What can start at a word (ivl_regex_may_start): never 'no' where the
** rule matches, over sentences with numbers and currencies in words; 'no'
** for the words no number begins; always 'yes' for a rule that looks back;
** and the same answers when asked again from the matcher's memory. Then
** faults through the public API: a rule that fails on one match loses that
** match only (ivl_article_problems), and the article time limit stops an
** article with IVL_ELIMIT. And a pattern's JIT-compiled copy, made once it
** has been matched often enough (regex.h: IVL_JIT_AFTER_*), or at once
** in a run said to be large (ivl_ruleset_expect), matches as the
** interpreter does, whole and hard partial. And patterns compiled at
** build time are decoded for their own text and options only.
*/
#include "article.h"
#include "check.h"
#include "fragments.h"
#include "rules.h"
#include "util.h"

static const char *const TEXTS[] = {
  "Twenty-five projects worth a million dollars each were licensed, half of them Korean.",
  "The firm spent VNĐ1.5 trillion (about US$60 million), up nine per cent, on five hundred hectares.",
  "Exports fell minus three percent; one-third went to Japan and a quarter to the EU, some USD 3 bn.",
  "Fifteen thousand workers and an additional two billion yen arrived on Tuesday, March 5, 2024.",
  "Several dozen firms, one of the largest, invested eighty million euros in Hà Nội, percent of 20.",
  /* (a range's second number and hundredths: fragments called, fragments.h) */
  "Between $10-15 million, 3 dollars 50 cents, 10 to fifteen per cent, 5.2 billion USD and 4 million.",
};

/* Every rule at every letter that starts a word: where it matches, it may
** start; ask twice, the second answer from memory. */
static void never_no_where_it_matches(const ivl_ruleset *rs, ivl_matcher *m, const char *t) {
  size_t len = strlen(t);
  for (size_t pos = 0; pos < len; pos++) {
    if (!ivl_isalpha((unsigned char)t[pos]) || (pos > 0 && ivl_isalpha((unsigned char)t[pos - 1]))) continue;
    size_t end = pos;
    while (end < len && (ivl_isalpha((unsigned char)t[end]) || (unsigned char)t[end] >= 0x80)) end++;
    for (size_t i = 0; i < rs->n; i++) {
      const ivl_regex *re = &rs->rules[i].re;
      int may = ivl_regex_may_start(re, m, rs->id, (unsigned)i, t, pos, end);
      int again = ivl_regex_may_start(re, m, rs->id, (unsigned)i, t, pos, end);
      int matches = ivl_regex_match_at(re, m, t, len, pos) > 0;
      CHECK(may || !matches, "rule %s matches at '%.12s' but was said not to", rs->rules[i].name, t + pos);
      CHECK(may == again, "rule %s at '%.12s': the remembered answer differs", rs->rules[i].name, t + pos);
    }
  }
}

/* Patterns that look back in any other way, or whose lookbehind a part
** that commits to its first way through holds, are always tried. */
static void looking_back_unsure(const ivl_ruleset *builtin, ivl_matcher *m) {
  static const char *const unsure[] = {
    "(?<=x)abc", "\\babc", "^abc", "(?<!(?<!x)y)abc", "(?!(?<!x)a)abc", "(?>(?<!x)a|ab)c", "(?<!x)a++b",
    "(?<!x)a(*COMMIT)b", "(?(?<!x)a|b)c", "(?x)(?<!x)a # [\n^", "(?<!x)\\Qa^\\Eb"};
  static const char *const sure[] = {"(?<!x)abc", "(?<![\\d/.-])(?:abc|d)", "(?:(?<!\\p{L})ab)?c", "[^a](?<!b)c"};
  ivl_error err;
  for (size_t i = 0; i < sizeof unsure / sizeof *unsure + sizeof sure / sizeof *sure; i++) {
    int is_sure = i >= sizeof unsure / sizeof *unsure;
    const char *p = is_sure ? sure[i - sizeof unsure / sizeof *unsure] : unsure[i];
    ivl_regex re;
    CHECK(ivl_regex_compile(&re, "t", p, strlen(p), 0, &err) == IVL_OK, "compile %s: %s", p, err.msg);
    CHECK(re.looks_back && re.behind_negative_only == is_sure, "%s %s tried at every word", p,
          is_sure ? "is not" : "is");
    CHECK(is_sure || ivl_regex_may_start(&re, m, builtin->id, 63, "zzz", 0, 3), "%s: may start at any word", p);
    ivl_regex_free(&re);
  }
}

static int rule_index(const ivl_ruleset *rs, const char *name) {
  for (size_t i = 0; i < rs->n; i++)
    if (strcmp(rs->rules[i].name, name) == 0) return (int)i;
  return -1;
}

/* A mention over the whole match. */
static int whole_match(ivl_extract *x) { return ivl_x_begin(x, x->ov[0], x->ov[1]) ? -1 : 1; }

static void failed_match_is_noted(void) {
  ivl_error err;
  ivl_ruleset *rs = ivl_ruleset_new_builtin(&err);
  const char *cata = "(x+)+$"; /* backtracks without end on a run of x not at the end */
  CHECK(rs && ivl_ruleset_add(rs, "cata", "cata", cata, strlen(cata), 0, whole_match, NULL, &err) == IVL_OK,
        "a catastrophic rule is added: %s", err.msg);
  char text[30100] = "Korea invested $5 million. ";
  size_t n = strlen(text);
  memset(text + n, 'x', 30000);
  strcpy(text + n + 30000, "! Japan too.");
  ivl_article *a;
  CHECK(ivl_article_from_bytes("cata.txt", text, strlen(text), &a, &err) == IVL_OK, "article: %s", err.msg);
  CHECK(ivl_article_extract(a, rs, &err) == IVL_OK, "a failed match does not fail the article: %s", err.msg);
  size_t count;
  const char *why = ivl_article_problems(a, &count);
  CHECK(why && count >= 1 && strstr(why, "rule 'cata' failed at byte 27 (that match is skipped): match limit"),
        "the failure is noted with the rule and the byte: %s", why ? why : "(none)");
  int money = 0, countries = 0;
  ivl_entity_info e;
  for (size_t i = 0; ivl_article_entity(a, i, &e); i++) {
    money += strcmp(e.type, "money") == 0;
    countries += strcmp(e.type, "country") == 0;
  }
  CHECK(money == 1 && countries == 2, "the other mentions are kept: %d money, %d countries", money, countries);
  /* the time limit: an article is stopped, named by its caller, IVL_ELIMIT */
  rs->max_seconds = 1e-9;
  CHECK(ivl_article_extract(a, rs, &err) == IVL_ELIMIT && strstr(err.msg, "the article time limit"),
        "the time limit stops the article: %s", err.msg);
  rs->max_seconds = 0;
  CHECK(ivl_article_extract(a, rs, &err) == IVL_OK && ivl_article_problems(a, NULL),
        "no limit: extracted again, its failure noted again");
  ivl_article_free(a);
  CHECK(ivl_article_from_bytes("fine.txt", "Korea invested $5 million.", 26, &a, &err) == IVL_OK &&
        ivl_article_extract(a, rs, &err) == IVL_OK && ivl_article_problems(a, NULL) == NULL,
        "an article with no failure has no problems");
  ivl_article_free(a);
  ivl_ruleset_free(rs);
}

/* The interpreter's match of 're' at 'pos' (the simple way). */
static int interpreted(const ivl_regex *re, pcre2_match_data *md, const char *t, size_t len, size_t pos,
                       uint32_t options) {
  int rc = pcre2_match(re->code, (PCRE2_SPTR)t, len, pos, options | PCRE2_ANCHORED, md, NULL);
  return rc == PCRE2_ERROR_NOMATCH ? 0 : rc < 0 ? rc : 1;
}

/* How many answers of 're' differ from the interpreter's: matched at every
** place of the texts, 'rounds' times, and asked about every prefix of one
** to three letters, 'partial_rounds' times (the same answers, and offsets). */
static int differences(const ivl_regex *re, ivl_matcher *m, pcre2_match_data *md, int rounds, int partial_rounds) {
  int differs = 0;
  for (int round = 0; round < rounds; round++)
    for (size_t k = 0; k < sizeof TEXTS / sizeof *TEXTS; k++) {
      const char *t = TEXTS[k];
      size_t len = strlen(t);
      for (size_t pos = 0; pos < len; pos++) {
        if (((unsigned char)t[pos] & 0xC0) == 0x80) continue; /* (no place starts inside a character) */
        int fast = ivl_regex_match_at(re, m, t, len, pos), simple = interpreted(re, md, t, len, pos, 0);
        const size_t *ov = ivl_matcher_ovector(m), *sov = pcre2_get_ovector_pointer(md);
        differs += fast != simple || (fast > 0 && memcmp(ov, sov, 2 * (re->ncaptures + 1) * sizeof *ov));
      }
    }
  char p[3];
  for (int n = 0; n < partial_rounds; n++)
    for (int a = 'a'; a <= 'z'; a++)
      for (int b = 'a' - 1; b <= 'z'; b++) {
        p[0] = (char)a, p[1] = (char)b, p[2] = (char)('a' + n % 26);
        size_t len = b < 'a' ? 1 : n ? 3 : 2;
        int fast = ivl_regex_may_start_with(re, m, p, len);
        int simple = interpreted(re, md, p, len, 0, PCRE2_PARTIAL_HARD) != 0;
        differs += re->looks_back && !re->behind_negative_only ? !fast : fast != simple;
      }
  return differs;
}

static int has_jit(void) {
  uint32_t jit = 0;
  pcre2_config(PCRE2_CONFIG_JIT, &jit);
  return jit != 0;
}

/* The built-in rules, a matcher and match data for them: a fresh ruleset
** for each test, whose copies are made anew. 0 when it could not be. */
typedef struct builtin {
  ivl_ruleset *rs;
  ivl_matcher m;
  pcre2_match_data *md;
} builtin;

static int builtin_open(builtin *b) {
  ivl_error err;
  b->rs = ivl_ruleset_new_builtin(&err);
  CHECK(b->rs && ivl_matcher_init(&b->m, b->rs->max_captures, b->rs->match_limit, &err) == IVL_OK, "set-up: %s",
        err.msg);
  if (!b->rs) return 0;
  b->md = pcre2_match_data_create(b->rs->max_captures + 1, NULL);
  return 1;
}

static void builtin_close(builtin *b) {
  pcre2_match_data_free(b->md);
  ivl_matcher_free(&b->m);
  ivl_ruleset_free(b->rs);
}

/* Every built-in rule matched and asked over and over until its copies
** are made (where PCRE2 has a JIT): the same answers as the interpreter's
** before and after. */
static void jit_copy_matches_as_interpreter(void) {
  builtin b;
  if (!builtin_open(&b)) return;
  ivl_ruleset *rs = b.rs;
  ivl_matcher *m = &b.m;
  pcre2_match_data *md = b.md;
  for (size_t i = 0; i < rs->n; i++) {
    const ivl_regex *re = &rs->rules[i].re;
    int differs = differences(re, m, md, IVL_JIT_AFTER_COMPLETE / 8 + 2, IVL_JIT_AFTER_PARTIAL / (26 * 27) + 2);
    CHECK(!differs, "rule %s: %d answers differ from the interpreter's", rs->rules[i].name, differs);
    /* (a pattern looking back otherwise is asked nothing partial: always tried) */
    int partial = !re->looks_back || re->behind_negative_only;
    for (int mode = 0; mode < (partial ? IVL_MATCH_MODES : 1); mode++)
      CHECK(!has_jit() || atomic_load(&((ivl_regex *)re)->jit[mode]), "rule %s: JIT-compiled for mode %d",
            rs->rules[i].name, mode);
  }
  builtin_close(&b);
}

/* A run said to be large (ivl_ruleset_expect) has every copy made before
** its first match, one for both modes, and they answer as the interpreter
** does from the first match on; a run said to be small has none made. */
static void eager_copies_match_as_interpreter(void) {
  builtin b;
  if (!builtin_open(&b)) return;
  ivl_ruleset *rs = b.rs;
  ivl_matcher *m = &b.m;
  pcre2_match_data *md = b.md;
  ivl_ruleset_expect(rs, IVL_JIT_EAGER_BYTES - 1);
  for (size_t i = 0; i < rs->n; i++) {
    ivl_regex *re = &rs->rules[i].re;
    CHECK(!atomic_load(&re->jit[0]) && !atomic_load(&re->jit[1]), "rule %s: a small run compiles late",
          rs->rules[i].name);
  }
  ivl_ruleset_expect(rs, IVL_JIT_EAGER_BYTES);
  for (size_t i = 0; i < rs->n; i++) {
    ivl_regex *re = &rs->rules[i].re;
    pcre2_code *complete = atomic_load(&re->jit[IVL_MATCH_COMPLETE]);
    CHECK(!has_jit() || (complete && atomic_load(&re->jit[IVL_MATCH_PARTIAL]) == complete),
          "rule %s: a large run compiles at once, one copy for both modes", rs->rules[i].name);
    int differs = differences(re, m, md, 1, 1);
    CHECK(!differs, "rule %s: %d answers differ from the interpreter's", rs->rules[i].name, differs);
  }
  ivl_ruleset_expect(rs, IVL_JIT_EAGER_BYTES); /* again: nothing more is made */
  builtin_close(&b); /* (a copy for both modes is freed once: ASan, valgrind) */
}

/* A fragment named again in a branch is called, its first naming there
** written out (ivl_pattern_expand_shared); the two forms match alike. */
static void shared_fragments_match_alike(void) {
  static const char pattern[] = "({number})(?:-({number}))?(?:/({number}))?x|({number})y";
  static const char *const subjects[] = {"5x", "5-7x", "five-seven x", "5-x", "12,500-13,000/2.5x", "7y", "5-7y",
                                         "5/7x", "5/x"};
  ivl_buf whole = {0}, shared = {0};
  ivl_error err;
  CHECK(ivl_pattern_expand(pattern, strlen(pattern), &whole, &err) == IVL_OK &&
        ivl_pattern_expand_shared(pattern, strlen(pattern), &shared, &err) == IVL_OK, "expand: %s", err.msg);
  size_t calls = 0;
  for (const char *p = shared.data; (p = strstr(p, "(?&ivl_fragment_number)")) != NULL; p++) calls++;
  CHECK(calls == 2 && shared.len < whole.len, "two calls (the first branch's later numbers), got %zu", calls);
  ivl_regex a, b;
  CHECK(ivl_regex_compile(&a, "whole", whole.data, whole.len, 0, &err) == IVL_OK &&
        ivl_regex_compile(&b, "shared", shared.data, shared.len, 0, &err) == IVL_OK, "compile: %s", err.msg);
  ivl_matcher m;
  CHECK(ivl_matcher_init(&m, b.ncaptures, 100000, &err) == IVL_OK, "matcher: %s", err.msg);
  for (size_t i = 0; i < sizeof subjects / sizeof *subjects; i++) {
    const char *t = subjects[i];
    size_t ov[10];
    int ra = ivl_regex_match_at(&a, &m, t, strlen(t), 0);
    memcpy(ov, ivl_matcher_ovector(&m), sizeof ov);
    int rb = ivl_regex_match_at(&b, &m, t, strlen(t), 0);
    CHECK(ra == rb && (ra <= 0 || memcmp(ov, ivl_matcher_ovector(&m), sizeof ov) == 0), "'%s' matched otherwise", t);
  }
  ivl_matcher_free(&m);
  ivl_regex_free(&a);
  ivl_regex_free(&b);
  ivl_buf_free(&whole);
  ivl_buf_free(&shared);
}

/* Does 're' match all of t? */
static int matches_whole(const ivl_regex *re, ivl_matcher *m, const char *t) {
  return ivl_regex_match_at(re, m, t, strlen(t), 0) == 1 && ivl_matcher_ovector(m)[1] == strlen(t);
}

/* Patterns compiled at build time (ivl_regex_use_compiled) are decoded
** for the same text and options only, and only from the PCRE2 that
** compiled them. The table here holds the code of "b+" for the text "a+",
** so that a match tells which was used. */
static void compiled_patterns_decoded(void) {
  ivl_error err;
  ivl_regex a, b;
  ivl_matcher m;
  CHECK(ivl_regex_compile(&b, "b", "b+", 2, 0, &err) == IVL_OK && ivl_matcher_init(&m, 1, 100000, &err) == IVL_OK,
        "set-up: %s", err.msg);
  uint8_t *bytes;
  PCRE2_SIZE size;
  const pcre2_code *code = b.code;
  CHECK(pcre2_serialize_encode(&code, 1, &bytes, &size, NULL) == 1, "encode");
  char version[64];
  uint32_t newline = 0, bsr = 0;
  pcre2_config(PCRE2_CONFIG_VERSION, version);
  pcre2_config(PCRE2_CONFIG_NEWLINE, &newline);
  pcre2_config(PCRE2_CONFIG_BSR, &bsr);
  ivl_compiled_pattern p = {"a+", 2, b.options, bytes};
  ivl_compiled_patterns t = {version, newline, bsr, 1, &p}, other = {"9.99 2000-01-01", newline, bsr, 1, &p};
  CHECK(ivl_regex_use_compiled(&t), "the running PCRE2's patterns are taken");
  CHECK(ivl_regex_compile(&a, "a", "a+", 2, 0, &err) == IVL_OK && matches_whole(&a, &m, "bb") &&
        !matches_whole(&a, &m, "aa"), "the same text and options: decoded");
  ivl_regex_free(&a);
  CHECK(ivl_regex_compile(&a, "a", "a+", 2, PCRE2_CASELESS, &err) == IVL_OK && matches_whole(&a, &m, "aA"),
        "other options: compiled");
  ivl_regex_free(&a);
  CHECK(ivl_regex_compile(&a, "a", "a++", 3, 0, &err) == IVL_OK && matches_whole(&a, &m, "aa"),
        "another text: compiled");
  ivl_regex_free(&a);
  CHECK(!ivl_regex_use_compiled(&other), "another PCRE2's patterns are not taken");
  CHECK(ivl_regex_compile(&a, "a", "a+", 2, 0, &err) == IVL_OK && matches_whole(&a, &m, "aa"), "...but compiled");
  ivl_regex_free(&a);
  ivl_regex_use_compiled(NULL);
  pcre2_serialize_free(bytes);
  ivl_matcher_free(&m);
  ivl_regex_free(&b);
}

int main(void) {
  ivl_error err;
  ivl_ruleset *rs = ivl_ruleset_new_builtin(&err);
  ivl_matcher m;
  CHECK(rs && ivl_matcher_init(&m, rs->max_captures, rs->match_limit, &err) == IVL_OK, "set-up: %s", err.msg);
  if (!rs) return check_done();
  for (size_t i = 0; i < sizeof TEXTS / sizeof *TEXTS; i++) never_no_where_it_matches(rs, &m, TEXTS[i]);
  int money = rule_index(rs, "money"), full = rule_index(rs, "date.full");
  const char *t = "the companies said";
  CHECK(money >= 0 && !ivl_regex_may_start(&rs->rules[money].re, &m, rs->id, (unsigned)money, t, 0, 3),
        "no amount of money starts with 'the'");
  t = "twenty";
  CHECK(ivl_regex_may_start(&rs->rules[money].re, &m, rs->id, (unsigned)money, t, 0, 6),
        "'twenty' may start one (twenty dollars)");
  CHECK(full >= 0 && rs->rules[full].re.looks_back, "date.full looks back (a weekday's boundary)");
  CHECK(rs->rules[full].re.behind_negative_only, "...through a negative lookbehind only");
  t = "xyzzy";
  CHECK(!ivl_regex_may_start(&rs->rules[full].re, &m, rs->id, (unsigned)full, t, 0, 5),
        "so a word is asked alone: no date starts with 'xyzzy'");
  t = "Tuesday";
  CHECK(ivl_regex_may_start(&rs->rules[full].re, &m, rs->id, (unsigned)full, t, 0, 7), "one may start with 'Tuesday'");
  looking_back_unsure(rs, &m);
  const ivl_regex *mre = &rs->rules[money].re;
  CHECK(mre->jit_pattern && mre->jit_pattern_len < mre->pattern_len, "money's copies compile from a shorter form");
  ivl_matcher_free(&m);
  ivl_ruleset_free(rs);
  failed_match_is_noted();
  jit_copy_matches_as_interpreter();
  eager_copies_match_as_interpreter();
  shared_fragments_match_alike();
  compiled_patterns_decoded();
  return check_done();
}
