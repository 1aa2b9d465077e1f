/*
** test_fx.c
** The built-in exchange rates: the table parses, and lookups find the rows
** of data/fx/usd_rates.tsv and nothing else. And the facts' sentence pass
** (facts_words.c): read from the article's word table, it indexes what
** reading the bytes does, and the looks find the same. And the count of
** the mentions naming each party (fx_count_named).
*/
#include <math.h>
#include <stdlib.h>

#include "article.h"
#include "util.h"
#include "check.h"
#include "facts_ctx.h"
#include "fx.h"
#include "invest.h"
#include "lexicon.h"

static void rate_is(const char *cur, int year, double want) {
  double got = -1;
  int found = ivl_fx_rate(cur, strlen(cur), year, &got) == 0;
  CHECK(found && fabs(got - want) < 1e-9, "%s %d: got %g (%s), want %g", cur, year, got,
        found ? "found" : "missing", want);
}

static void no_rate(const char *cur, int year) {
  double got = -1;
  CHECK(ivl_fx_rate(cur, strlen(cur), year, &got) == -1, "%s %d: want no rate, got %g", cur, year, got);
}

/* {======================================================================
** The sentence pass: the word table against the bytes
** ======================================================================= */

/* Index t[vs, ve) into 'x', from the article's word table or not. */
static unsigned index_with(ivl_fctx *x, int cut, size_t vs, size_t ve) {
  int was = x->a->cut;
  x->a->cut = cut && was;
  unsigned cues = fx_index_sentence(x, vs, ve);
  x->a->cut = was;
  return cues;
}

/* The looks of the sentence pass's tests: cue words, prefixes, phrases. */
static const char *const looked_for[] = {
  "invest*", "investors", "it", "its", "the company", "fdi", "foreign-invested", "project*", "plant",
  "according to", "in", "of", "2023", "per cent", "sister cit*", "korea", "licen*", "followed by", NULL};
static const char *const list_a[] = {"signed", "agreed", "inked", "the group", "capital*", NULL};
static const char *const list_b[] = {"in", "into", "to", "from", "phase", "it", NULL};

/* Long lists, whose words fall in many groups of the filters (a look in
** a range that cuts no word asks only the groups the sentence's filters
** meet, any_filtered; fx_first asks each word in turn): words of letters, prefixes, phrases, digits, a
** capital (no bits: asked always), words beyond ASCII, and the frames'
** lexicons. */
static const char *const list_long[] = {
  "Korea", "per cent", "2023", "twinned", "cities", "sister cit*", "agone", "year", "these", "than", "upgrade",
  "e-commerce", "licensed", "followed by", "according to", "plant", "projects", "its", "company",
  "the company", "fdi", "foreign-invested", "invest*", "signed", "group", "third", "abroad", "largest", "loans",
  "café", "đồng", "nội", NULL};
static const int lexicons_looked_at[] = {LEX_INVEST, LEX_PUTTING, LEX_DRAWING, LEX_GOAL, LEX_COMPARISON,
                                         LEX_RANKING, LEX_GOES_ON, LEX_AID, LEX_ABROAD};

static void same_long_looks(ivl_fctx *x, ivl_fctx *y, size_t from, size_t to, const char *what) {
  CHECK(fx_any(x, from, to, list_long) == fx_any(y, from, to, list_long), "%s: fx_any long [%zu, %zu)", what, from,
        to);
  CHECK(fx_first(x, from, to, list_long) == fx_first(y, from, to, list_long), "%s: fx_first long [%zu, %zu)", what,
        from, to);
  for (size_t k = 0; k < sizeof lexicons_looked_at / sizeof *lexicons_looked_at; k++) {
    const char *const *lex = ivl_lexicon(lexicons_looked_at[k]);
    CHECK(fx_any(x, from, to, lex) == fx_any(y, from, to, lex), "%s: fx_any lexicon %zu [%zu, %zu)", what, k, from,
          to);
    CHECK(fx_first(x, from, to, lex) == fx_first(y, from, to, lex), "%s: fx_first lexicon %zu [%zu, %zu)", what, k,
          from, to);
  }
}

/* Every look over some ranges of t[vs, ve) the same both ways, and the
** same as byte by byte ('y' unindexed: its looks read the bytes). */
static void same_looks(ivl_fctx *x, ivl_fctx *y, size_t vs, size_t ve, const char *what) {
  for (size_t from = vs; from < ve; from += 1 + (ve - vs) / 7) {
    for (size_t to = ve, step = 1 + (ve - from) / 5; to > from; to = to > from + step ? to - step : from) {
      same_long_looks(x, y, from, to, what);
      for (size_t k = 0; looked_for[k]; k++)
        CHECK(fx_find(x, from, to, looked_for[k]) == fx_find(y, from, to, looked_for[k]),
              "%s: fx_find \"%s\" in [%zu, %zu)", what, looked_for[k], from, to);
      CHECK(fx_any(x, from, to, list_a) == fx_any(y, from, to, list_a), "%s: fx_any [%zu, %zu)", what, from, to);
      CHECK(fx_first(x, from, to, list_b) == fx_first(y, from, to, list_b), "%s: fx_first [%zu, %zu)", what,
            from, to);
    }
  }
}

/* Looks in ranges that end at every byte of t[vs, ve), most of them
** inside a word ("up" in "upgrade" cut after "up"): the filter of the
** sentence's words cannot rule those words out (find_at_cut), and the
** looks find what reading the bytes finds ('y' unindexed). */
static const char *const cut_short[] = {"up", "than the", "it", "its", "in", "the", "a year ago", "invest*",
                                        "sister cit*", "fdi", "to", NULL};
static const char *const cut_long[] = {"up", "down", "higher", "than the", "versus", "it", "in the same period",
                                       "to", "sister cit*", "invest*", "fdi", "a year", NULL};
/* words that end in a byte no word byte, which a narrowed range of
** fx_first ends right after (first_at_cut) */
static const char *const cut_odd[] = {"the", "co.", "u.s.", "it", "invest*", "(", NULL};
static const char *const starts_odd[] = {"*ing", "Korea", "café", "per cent", "2023", "the", NULL};
static const char *const starts_wide[] = {"đồng", "nội", "up", NULL};
static const char *const starts_empty[] = {"", "up", NULL};
/* more words than the lists' groups by first and last byte take (64):
** looked at word by word, as before them */
static const char *const starts_many[] = {
    "a", "an", "and", "at", "by", "co", "de", "do", "ed", "eu", "go", "he", "if", "in", "is", "it", "ja", "la", "me", "my", "no", "of", "oh", "on", "or", "ox", "pa", "qu", "re", "so", "to", "up", "us", "we", "ye", "ze", "the", "than", "them", "these", "year", "ago", "invest*", "fdi", "sister", "city", "ties", "down", "higher", "versus", "same", "period", "per", "cent", "đồng", "nội", "Korea", "café", "*ing", "u.s.", "co.", "(", "2023", "million", "billion", NULL};
static void same_looks_at_cuts(ivl_fctx *x, ivl_fctx *y, size_t vs, size_t ve, const char *what) {
  for (size_t from = vs; from < ve; from += 1 + (ve - vs) / 3)
    for (size_t to = from + 1; to <= ve; to++) {
      for (size_t k = 0; cut_short[k]; k++)
        CHECK(fx_find(x, from, to, cut_short[k]) == fx_find(y, from, to, cut_short[k]),
              "%s: fx_find \"%s\" in [%zu, %zu)", what, cut_short[k], from, to);
      CHECK(fx_any(x, from, to, cut_short) == fx_any(y, from, to, cut_short), "%s: fx_any [%zu, %zu)", what,
            from, to);
      CHECK(fx_any(x, from, to, cut_long) == fx_any(y, from, to, cut_long), "%s: fx_any long [%zu, %zu)",
            what, from, to);
      CHECK(fx_first(x, from, to, cut_long) == fx_first(y, from, to, cut_long), "%s: fx_first [%zu, %zu)",
            what, from, to);
      CHECK(fx_first(x, from, to, cut_short) == fx_first(y, from, to, cut_short), "%s: fx_first short [%zu, %zu)",
            what, from, to);
      CHECK(fx_first(x, from, to, cut_odd) == fx_first(y, from, to, cut_odd), "%s: fx_first odd [%zu, %zu)",
            what, from, to);
      CHECK(fx_any(x, from, to, cut_odd) == fx_any(y, from, to, cut_odd), "%s: fx_any odd [%zu, %zu)", what,
            from, to);
      /* a list of more than 64 words, "million" past the 64th
      ** (first_filtered_long's wider mask) */
      CHECK(fx_first(x, from, to, starts_many) == fx_first(y, from, to, starts_many),
            "%s: fx_first many [%zu, %zu)", what, from, to);
    }
  /* the words before each byte end with one of a list when with one of
  ** its words: the list's filter of last bytes rules out no such word */
  for (size_t pos = vs; pos <= ve; pos++) {
    int any = 0;
    for (size_t k = 0; cut_long[k]; k++) any |= fx_ends_with(x, pos, cut_long[k]);
    CHECK(fx_ends_with_any(x, pos, cut_long) == any, "%s: fx_ends_with_any at %zu", what, pos);
  }
  /* ... so too of lists whose words share their last bytes' group (mod
  ** 16: "the" and "u.s.", "up" and "(" ...), and of more than 64 words */
  static const char *const *const ends[] = {cut_odd, starts_odd, starts_many};
  for (size_t l = 0; l < sizeof ends / sizeof *ends; l++)
    for (size_t pos = vs; pos <= ve; pos++) {
      int any = 0;
      for (size_t k = 0; ends[l][k]; k++) any |= fx_ends_with(x, pos, ends[l][k]);
      CHECK(fx_ends_with_any(x, pos, ends[l]) == any, "%s: fx_ends_with_any list %zu at %zu", what, l, pos);
    }
  /* ... and the text at each byte starts with one when with one of its
  ** words: the list's filter of first bytes rules out no such word (a
  ** word from a capital, from '*'; an empty word, which every place
  ** starts with, in a list of its own; words from a byte beyond ASCII,
  ** "đồng", in a list with no '*' word, which every place starts with) */
  static const char *const *const starts[] = {cut_long, starts_odd, starts_empty, starts_wide, starts_many};
  for (size_t l = 0; l < sizeof starts / sizeof *starts; l++)
    for (size_t pos = vs; pos <= ve; pos++) {
      int any = 0;
      for (size_t k = 0; starts[l][k]; k++) any |= fx_starts_with(x, pos, starts[l][k]);
      CHECK(fx_starts_with_any(x, pos, starts[l]) == any, "%s: fx_starts_with_any list %zu at %zu", what, l, pos);
    }
}

/* Looks in ranges that start before the indexed sentence t[vs, ve), at
** every byte of the 40 before it, and end in it, at every byte: the bytes
** read where a word starts before it, its index from vs (fx_find's
** find_into_sentence), find what reading all of them finds ('y'). */
static void same_looks_into_sentence(ivl_fctx *x, ivl_fctx *y, size_t vs, size_t ve, const char *what) {
  static const char *const *const lists[] = {cut_short, cut_long, cut_odd, starts_odd, starts_wide};
  for (size_t from = vs > 40 ? vs - 40 : 0; from < vs; from++)
    for (size_t to = vs + 1; to <= ve; to++)
      for (size_t l = 0; l < sizeof lists / sizeof *lists; l++)
        for (size_t k = 0; lists[l][k]; k++)
          CHECK(fx_find(x, from, to, lists[l][k]) == fx_find(y, from, to, lists[l][k]),
                "%s: fx_find \"%s\" in [%zu, %zu), sentence from %zu", what, lists[l][k], from, to, vs);
}

/* The ordinals of t[vs, ve) found as the callers walk them (fx_ordinal_from,
** then fx_ordinal_at) are those at every word start. */
static void same_ordinals(const ivl_fctx *x, size_t vs, size_t ve, const char *what) {
  size_t end, walked = 0, all = 0;
  for (size_t i = vs; (i = fx_ordinal_from(x, i, vs, ve)) < ve; i++)
    if (fx_ordinal_at(x, i, &end)) walked += i + 1;
  for (size_t i = vs; i < ve; i++)
    if ((i == vs || !ivl_isalnum((unsigned char)x->t[i - 1])) && fx_ordinal_at(x, i, &end)) all += i + 1;
  CHECK(walked == all, "%s: ordinals in [%zu, %zu)", what, vs, ve);
}

/* The ordinals a walk of t[from, to) finds as the callers walk
** (fx_ordinal_from, then fx_ordinal_at, on from each place it gives),
** summed with where they are and end: the places where none is found
** ("12" in "12 per cent") the callers pass over. */
static size_t ordinal_walk(const ivl_fctx *x, size_t from, size_t to) {
  size_t sum = 0, end;
  for (size_t i = from; (i = fx_ordinal_from(x, i, from, to)) < to; i++) {
    int ord = fx_ordinal_at(x, i, &end);
    if (ord) sum = sum * 31 + i * 7 + (size_t)ord + end * 131;
  }
  return sum;
}

/* Walks of ranges of t[vs, ve), from and to at every byte (inside words,
** on spaces before the next sentence): the same in the indexed sentence,
** which skips a sentence without an ordinal cue, as byte by byte ('y'). */
static void same_ordinal_walks(const ivl_fctx *x, const ivl_fctx *y, size_t vs, size_t ve, const char *what) {
  for (size_t from = vs; from < ve; from++)
    for (size_t to = from; to <= ve; to++)
      CHECK(ordinal_walk(x, from, to) == ordinal_walk(y, from, to), "%s: ordinals walked in [%zu, %zu) of [%zu, %zu) \"%.*s\" cues %x", what,
            from, to, vs, ve, (int)(to - from), x->t + from, x->cues);
}

/* Spans of 'text' indexed as sentences, from and to every few bytes (not
** only where sentences are cut: starting and ending inside words, ending
** in spaces before an ordinal), and the walks of their ranges the same
** as byte by byte. */
static void ordinal_walks_of_spans(const char *text) {
  ivl_article *a = NULL;
  ivl_error err;
  CHECK(ivl_article_from_bytes("t.txt", text, strlen(text), &a, &err) == IVL_OK, "ordinal spans: article");
  if (!a) return;
  CHECK(ivl_article_cut_words(a) == 0, "ordinal spans: cut");
  ivl_fctx x = {0}, bytes = {0};
  x.keys = bytes.keys = fx_thread_keys();
  x.a = bytes.a = a;
  x.t = bytes.t = a->view.text;
  size_t len = a->view.len;
  for (size_t vs = 0; vs < len; vs++)
    for (size_t ve = vs + 1; ve <= len; ve += 1 + (ve - vs) / 4) {
      fx_index_sentence(&x, vs, ve);
      char what[64];
      snprintf(what, sizeof what, "ordinal span [%zu, %zu)", vs, ve);
      same_ordinal_walks(&x, &bytes, vs, ve, what);
    }
  free(x.words);
  ivl_article_free(a);
}

/* The sentences of 'text' indexed both ways: the same cues, filters and
** index of words by letter, and the same looks. */
static void same_index(const char *text, const char *what) {
  ivl_article *a = NULL;
  ivl_error err;
  CHECK(ivl_article_from_bytes("t.txt", text, strlen(text), &a, &err) == IVL_OK, "%s: article", what);
  if (!a) return;
  CHECK(ivl_article_cut_words(a) == 0, "%s: cut", what);
  ivl_fctx x = {0}, y = {0};
  x.keys = y.keys = fx_thread_keys();
  x.a = y.a = a;
  x.t = y.t = a->view.text;
  for (size_t i = 0; i < a->sentences.n; i++) {
    size_t vs = a->sentences.items[i].start, ve = a->sentences.items[i].end;
    unsigned cues = index_with(&x, 1, vs, ve);
    CHECK(cues == index_with(&y, 0, vs, ve), "%s: cues of sentence %zu", what, i);
    /* a sentence without the cue has no word of the lexicon (the frames
    ** look for them only with it) */
    CHECK((cues & CUE_ABROAD) || !fx_any(&y, vs, ve, ivl_lexicon(LEX_ABROAD)), "%s: abroad in sentence %zu", what,
          i);
    CHECK((cues & CUE_RANK) || (!fx_any(&y, vs, ve, fx_superlatives) && fx_find(&y, vs, ve, "among the") == FX_NONE),
          "%s: superlative or \"among the\" in sentence %zu", what, i);
    CHECK((cues & CUE_AID) || !fx_any(&y, vs, ve, ivl_lexicon(LEX_AID)), "%s: aid in sentence %zu", what, i);
    /* deals_itemised skips a sentence without it, unless it ends a word short */
    CHECK((cues & CUE_BETWEEN) || fx_cuts_word(&y, ve) || fx_find(&y, vs, ve, "between") == FX_NONE,
          "%s: \"between\" in sentence %zu", what, i);
    CHECK(memcmp(x.seen, y.seen, sizeof x.seen) == 0 && memcmp(x.whole, y.whole, sizeof x.whole) == 0,
          "%s: filters of sentence %zu", what, i);
    fx_link_words(&x);
    fx_link_words(&y);
    for (int c = 0; c < 26; c++) {
      uint32_t j = x.first_word[c], k = y.first_word[c];
      for (; j != FX_NO_WORD && k != FX_NO_WORD; j = x.next_word[j], k = y.next_word[k])
        if (x.words[j] != y.words[k]) break;
      CHECK(j == FX_NO_WORD && k == FX_NO_WORD, "%s: words of '%c' in sentence %zu", what, 'a' + c, i);
    }
    same_looks(&x, &y, vs, ve, what);
    ivl_fctx bytes = y;
    bytes.words_vs = bytes.words_ve = 0;
    same_looks(&x, &bytes, vs, ve, what);
    same_looks_at_cuts(&x, &bytes, vs, ve, what);
    same_looks_into_sentence(&x, &bytes, vs, ve, what);
    /* "the company" and its kin, up to any place that cuts no word, only
    ** in a sentence with the cue (subject_is_investor) */
    for (size_t to = vs; to <= ve && !(cues & CUE_COMPANY); to++)
      CHECK(fx_cuts_word(&bytes, to) || fx_first(&bytes, vs, to, fx_company_words) == FX_NONE,
            "%s: company words in [%zu, %zu)", what, vs, to);
    same_ordinals(&x, vs, ve, what);
    same_ordinal_walks(&x, &bytes, vs, ve, what);
  }
  free(x.words);
  free(y.words);
  free(x.letter_words);
  free(y.letter_words);
  ivl_article_free(a);
}

/* Sentences of words drawn from 'vocab', with the seed's run of choices:
** 12 of 3 to 19 words, or ('longer') 4 of 150 to 166, where a look that
** starts far into the sentence finds its letter's first word from there
** by halving (facts_words.c, letter_word_from), not by a walk. */
static void generated(unsigned seed, int longer) {
  static const char *const vocab[] = {
    "Investors", "invested", "FDI", "foreign-invested", "in", "into", "the", "company", "it", "its", "It's",
    "2023", "300", "US$300", "10th", "3.5", "per", "cent", "Korea's", "Korea’s", "Việt", "Nam", "Hà", "Nội",
    "Bắc", "Ninh’s", "phase", "x2nd", "unfirst", "St", "fifths", "4th-largest", "’first", "–2nd", "firsthand", "  ", "projects", "signed", "agreed", "(Reuters)", "-", ",", "sister", "cities",
    "plant", "according", "to", "followed", "by", "licensed", "capital", "group", "x2", "A1", "đồng", "café",
    "HANOI", "twinned", "e-commerce", "co-", "upgrade", "up", "than", "these", "year", "agone", "2nd", "3plants", "third", "First", "second,", "10th", "Sixth", "tenth", "ninety", "21st", "\"quoted\"", "(FDI)", "$", "%", "ĐÀ", "NẴNG", "inv",
    "abroad", "Overseas", "OUTWARD", "outwards", "abroad2", "“abroad”", "abroad-bound", "Đabroad",
    "among", "Among", "amongst", "amount", "largest", "BIGGEST", "leading", "top", "Top-10", "tops", "top2",
    "ODA", "loan", "loans", "lent", "lending", "lends", "official", "development", "assistance", "grant",
    "agreements", "non-refundable", "nonstop", "offices", "company", "Group", "firm's", "investor", "makers",
    "GIANT", "corporations", "manufacturer", "aims", "targeted", "poured", "compared", "drew", "followed",
    "ahead", "of", "ranked", "capitalised", "disbursed", "Pumped",
    /* prefix cue words with a digit in their tail, and whole ones with a
    ** digit after them: no cue (cue_of_letters reads only a prefix's tail) */
    "investment2", "Investors3", "licensee4u", "capital5", "stakes6", "plant7", "its8", "Disbursing9x"};
  size_t nv = sizeof vocab / sizeof *vocab;
  char text[8192];
  size_t n = 0;
  for (int s = 0; s < (longer ? 4 : 12); s++) {
    int words = (longer ? 150 : 3) + (int)(seed % 17);
    for (int w = 0; w < words; w++) {
      seed = seed * 1103515245u + 12345u;
      const char *v = vocab[(seed >> 16) % nv];
      size_t len = strlen(v);
      if (n + len + 4 >= sizeof text) break;
      memcpy(text + n, v, len);
      n += len;
      text[n++] = (seed >> 8) % 11 == 0 ? '\n' : ' ';
    }
    memcpy(text + n, ". ", 2);
    n += 2;
  }
  text[n] = '\0';
  char what[32];
  snprintf(what, sizeof what, "generated%s %u", longer ? " long" : "", seed);
  same_index(text, what);
}

/* The cache of word keys fills and is emptied (it holds some thousand)
** while lists are cached, and while a list asks for its words' keys: each
** new list, of new words, finds what its words do (a list whose keys
** emptied the cache had kept its slot's counts with no list, and the next
** list there added to them, past its arrays' ends). */
#define LISTS 3000
static char listed[LISTS][6][12];
static const char *lists[LISTS][8];
static void keys_emptied_while_listing(void) {
  const char *text = "Investors wq and wl words came in. More words followed.";
  ivl_article *a = NULL;
  ivl_error err;
  CHECK(ivl_article_from_bytes("t.txt", text, strlen(text), &a, &err) == IVL_OK, "article");
  if (!a) return;
  ivl_article_cut_words(a);
  ivl_fctx x = {0};
  x.keys = fx_thread_keys();
  x.a = a;
  x.t = a->view.text;
  size_t vs = a->sentences.items[0].start, ve = a->sentences.items[0].end;
  fx_index_sentence(&x, vs, ve);
  int same = 1;
  for (int r = 0; r < LISTS; r++) {
    for (int k = 0; k < 6; k++) {
      snprintf(listed[r][k], sizeof listed[r][k], "l%dx%d", r, k);
      lists[r][k] = listed[r][k];
    }
    lists[r][6] = r % 2 ? "words" : "nowhere", lists[r][7] = NULL;
    same &= fx_any(&x, vs, ve, lists[r]) == (r % 2 == 1);
  }
  CHECK(same, "a new list's look while the keys are emptied");
  free(x.words);
  ivl_article_free(a);
}

/* The cues of the first sentence of 'text'. */
static unsigned first_cues(const char *text) {
  ivl_article *a = NULL;
  ivl_error err;
  if (ivl_article_from_bytes("t.txt", text, strlen(text), &a, &err) != IVL_OK || !a->sentences.n) return ~0u;
  ivl_article_cut_words(a);
  ivl_fctx x = {0};
  x.keys = fx_thread_keys();
  x.a = a;
  x.t = a->view.text;
  unsigned cues = fx_index_sentence(&x, a->sentences.items[0].start, a->sentences.items[0].end);
  free(x.words);
  ivl_article_free(a);
  return cues;
}

/* A word's cue, read near the view's end (byte by byte) and far from it
** (a word at a time). */
static void cue_is(const char *word, unsigned want) {
  char near[64], far[128];
  snprintf(near, sizeof near, "%s.", word);
  snprintf(far, sizeof far, "%s. And then some more words that are no cues at all.", word);
  CHECK(first_cues(near) == want, "cue of \"%s\" at the end: %u, want %u", word, first_cues(near), want);
  CHECK(first_cues(far) == want, "cue of \"%s\": %u, want %u", word, first_cues(far), want);
}

/* Every word of a list whose look is skipped without a cue carries that
** cue, the list read as built: a word added to one of them and not to the
** sentence pass's cue words would be skipped silently. */
static void list_carries_cue(const char *const *list, unsigned cue, const char *what) {
  for (size_t k = 0; list[k]; k++) {
    char phrase[64], text[128];
    size_t n = strlen(list[k]);
    if (n && list[k][n - 1] == '*') n--; /* a prefix: the prefix itself as a word */
    snprintf(phrase, sizeof phrase, "%.*s", (int)n, list[k]);
    snprintf(text, sizeof text, "Then %s came.", phrase);
    CHECK(first_cues(text) & cue, "%s: \"%s\" has no cue %u", what, phrase, cue);
  }
}

static void gated_lists(void) {
  static const char *const among[] = {"among the", NULL};
  list_carries_cue(ivl_lexicon(LEX_ABROAD), CUE_ABROAD, "lexicon 'abroad'");
  list_carries_cue(ivl_lexicon(LEX_AID), CUE_AID, "lexicon 'aid'");
  list_carries_cue(fx_superlatives, CUE_RANK, "superlatives");
  list_carries_cue(among, CUE_RANK, "among");
  list_carries_cue(fx_company_words, CUE_COMPANY, "company words");
  list_carries_cue(fx_ordinal_words, CUE_ORDINAL, "ordinal words");
  /* the letters after a number: "21st" */
  for (size_t k = 0; fx_ordinal_suffixes[k]; k++) {
    char text[64];
    snprintf(text, sizeof text, "Then the 21%s came.", fx_ordinal_suffixes[k]);
    CHECK(first_cues(text) & CUE_ORDINAL, "ordinal suffixes: \"21%s\" has no cue", fx_ordinal_suffixes[k]);
  }
}

static void cues(void) {
  cue_is("Investors", CUE_INVEST);
  cue_is("INVEST", CUE_INVEST);
  cue_is("inves", 0);
  cue_is("its", CUE_IT);
  cue_is("ITS", CUE_IT);
  cue_is("its2", 0);
  cue_is("itself", 0);
  cue_is("plant", CUE_WORKS);
  cue_is("plants", CUE_WORKS);
  cue_is("plantain", 0);   /* "plant" whole, "plantation*" its own cue */
  cue_is("plantations", CUE_WORKS);
  cue_is("Sisterhood", CUE_RELATION);
  cue_is("relationship", CUE_RELATION);
  cue_is("relationships", 0);
  cue_is("FDI", CUE_INVEST | CUE_FOREIGN);
  cue_is("fdi2", 0);
  cue_is("disbursement", CUE_INVEST);
  cue_is("friendly", CUE_RELATION);
  cue_is("friendlier", 0);
  cue_is("pays", CUE_INVEST);
  cue_is("paying", CUE_INVEST); /* "took a minority position in X, paying $38 million" */
  cue_is("payroll", 0);
  cue_is("invoke", 0);    /* the first three letters of "invest*" */
  cue_is("plans", 0);     /* ... and the length of "plant" */
  cue_is("Pumped", CUE_INVEST);
  cue_is("ticket", 0);
  cue_is("ties", CUE_RELATION);
  cue_is("abroad", CUE_ABROAD);
  cue_is("Overseas", CUE_FOREIGN | CUE_ABROAD);
  cue_is("OUTWARD", CUE_ABROAD);
  cue_is("outbound", CUE_ABROAD);
  cue_is("markets", CUE_ABROAD);
  cue_is("outwards", 0);
  cue_is("abroad2", 0);
  cue_is("Between", CUE_BETWEEN);
  cue_is("BETWEEN", CUE_BETWEEN);
  cue_is("betweenness", 0);
  cue_is("between2", 0);
  cue_is("Among", CUE_RANK);
  cue_is("amount", 0);
  cue_is("TOP", CUE_RANK);
  cue_is("tops", 0);
  cue_is("leading", CUE_RANK);
  cue_is("Loans", CUE_AID);
  cue_is("official", CUE_AID);
  cue_is("officials", 0);
  cue_is("non", CUE_AID);
  cue_is("none", 0);
  cue_is("investor", CUE_INVEST | CUE_COMPANY);
  cue_is("Investors", CUE_INVEST);
  cue_is("Company", CUE_COMPANY);
  cue_is("companys", 0);
  /* by length: a prefix's words up to 16 letters, none longer, none of one letter */
  cue_is("Investmentsabcde", CUE_INVEST);
  cue_is("investmentsabcdef", 0);
  cue_is("invest", CUE_INVEST);
  cue_is("i", 0);
  cue_is("officials", 0);
  cue_is("amongst", 0);
  cue_is("First", CUE_ORDINAL);
  cue_is("TENTH", CUE_ORDINAL);
  cue_is("2nd", CUE_ORDINAL);
  cue_is("21st", CUE_ORDINAL);
  cue_is("firsts", 0);
  cue_is("2nds", 0);
}

static void sentence_pass(void) {
  cues();
  gated_lists();
  same_index("HANOI, March 4 (Reuters) - South Korea's Samsung invested $2.5 billion in its third plant in "
             "Bắc Ninh province in 2023, the company said. FDI rose 12 per cent; Japan followed by Singapore. "
             "The two sister cities signed a memorandum on friendship ties since 1996.",
             "real sentences");
  same_index("Việt Nam’s foreign-invested firms poured US$300 million into 2nd-phase projects, according to "
             "the Ministry. Investors from Hà Nội and Đà Nẵng licensed 45 projects worth 1,200 billion đồng.",
             "real sentences 2");
  same_index("Upgrades of the plant took its capital higher than these upfront sums, invested a year agone "
             "versus itself; sister cities. Than the fdis in the same periods, to tomorrow's Tokyo upward.",
             "words cut short");
  /* words that end in punctuation or a '*' of the text, before a word */
  same_index("The Co. invested* in U.S. firms (its units) and co.it invest*ors (the u.s.a) in it.",
             "words ending in punctuation");
  /* the words of the looks each sentence is spared without its cue, one
  ** in each sentence */
  same_index("Deals went BETWEEN X and Y; between—Z; Between. A–between, betweenness, between2, nội between "
             "them. Talks between", "between");
  same_index("Japan was among the investors. Korea is the TOP source. Thailand came Largest. Firms went "
             "abroad. Firms went overseas. The outward flow grew. Official development assistance came. A grant "
             "agreement came. It was non-refundable. ODA came. A loan came. Two loans came. Banks lend. A bank "
             "lends. A bank lent. Lending grew. The biggest came. The leading one came. The company came. The "
             "group came. The firm came. The investor came. The manufacturer came. The maker came. The giant "
             "came. The corporation came. The companyX came.",
             "cue words of sentence-wide looks");
  /* words of ASCII letters cut off by a character beyond ASCII that is
  ** no word byte to the table but one to the pass (a dash, a dot, a
  ** quote): one run with it here, so no word of its own */
  same_index("Japan came in—second—and Korea·Samsung rose…then “invested” more. Its—plant; capital—“fdi”.",
             "words beside characters beyond ASCII");
  /* ordinals: none in a sentence, one cut short, one just after it */
  same_index("Japan came in   \nFirst, Korea was 2nd. The firsthand 3rds rose;  third came. St Kitts "
             "was 21st   . The 4th-largest and ’first’ were –2nd . Nothing here.  Tenth.",
             "ordinals");
  ordinal_walks_of_spans("A x2nd unfirst came   Tenth’s –3rd went; 21st St,  fifths.  Then  first");
  /* ordinals glued on by a character beyond ASCII: in a word of the pass */
  /* ... each as short as the shortest of its list, at a run's end */
  ordinal_walks_of_spans("It came—tenth. Nội·fifth rose; then Xé3rd. A–1st went, é2nd, ả11th, Sixth—ninth");
  same_index("It came—tenth. Nội·fifth rose; then Xé3rd. A–1st went, é2nd, ả11th, Sixth—ninth. Tiến—fift.",
             "ordinals as short as their lists' shortest");
  ordinal_walks_of_spans("Japan came in—second. It was No—1st; in…fourth. A·Second rose. The 20th—21st went. "
                         "Then ranked–Tenth. Nguyễn came. Xé3rd and é2nd too.");
  /* words within the last three bytes of the article (the table's loop
  ** leaves them to the bytes: a load of four would read past the end),
  ** alone and after a sentence of words the loop reads, each cut by the
  ** end too (no NUL or period after them) */
  static const char *const endings[] = {"it", "its", "it.", "In it", "fdi", "FDI.", "a b", "x", "2nd", "3rd.",
                                        "VN", "to VN.", "oda", "is it", "Nội", "top", "a  it", "it—", NULL};
  for (int k = 0; endings[k]; k++) {
    char text[160];
    for (size_t cut = 0; cut <= strlen(endings[k]); cut++) {
      if (((unsigned char)endings[k][strlen(endings[k]) - cut] & 0xC0) == 0x80) continue; /* inside a character */
      snprintf(text, sizeof text, "%.*s", (int)(strlen(endings[k]) - cut), endings[k]);
      same_index(text, endings[k]);
      snprintf(text, sizeof text, "Korea invested in Hà Nội and Japan went abroad, %.*s",
               (int)(strlen(endings[k]) - cut), endings[k]);
      same_index(text, endings[k]);
    }
  }
  for (unsigned seed = 1; seed <= 60; seed++) generated(seed, 0);
  for (unsigned seed = 1; seed <= 6; seed++) generated(seed, 1);
}

/* }====================================================================== */

/* {======================================================================
** What is no fact (inv_mark_non_facts): one look over the sentence first
** ======================================================================= */

/* Two figures in each sentence of 'text', the first from each byte, the
** second from bytes after it (the first's clause ends there), in the
** looks' two ways (the index, and the bytes): marked as every look of
** each test marks them. Ranges that end inside a word ("than these" cut
** after "than the") are where a sentence without the words can still
** give one. */
static void same_non_facts(const char *text, const char *what) {
  ivl_article *a = NULL;
  ivl_error err;
  CHECK(ivl_article_from_bytes("t.txt", text, strlen(text), &a, &err) == IVL_OK, "%s: article", what);
  if (!a) return;
  CHECK(ivl_article_cut_words(a) == 0, "%s: cut", what);
  ivl_fctx x = {0};
  x.keys = fx_thread_keys();
  x.a = a;
  x.t = a->view.text;
  for (size_t i = 0; i < a->sentences.n; i++) {
    uint32_t vs = (uint32_t)a->sentences.items[i].start, ve = (uint32_t)a->sentences.items[i].end;
    for (int bytes = 0; bytes < 2; bytes++) {
      ivl_fsent s = {i, vs, ve, NULL, 0, fx_index_sentence(&x, vs, ve)};
      if (bytes) x.words_vs = x.words_ve = 0; /* unindexed: the looks read the bytes */
      size_t differ = 0, facts = 0, runs = 0;
      /* every byte for the first figure; its clause's end (the second
      ** figure) every byte for one start in five, else within 40 bytes */
      for (uint32_t p = vs; p < ve; p++)
        for (uint32_t q = p + 1; q <= ve && ((p - vs) % 5 == 0 || q <= p + 40); q++) {
          /* the amounts, and a percent before the first ("up 5 per cent from") */
          ivl_fm m[3] = {{.vs = vs, .ve = p, .kind = FM_PERCENT},
                         {.vs = p, .ve = q, .kind = FM_MONEY},
                         {.vs = q, .ve = q + 2 < ve ? q + 2 : ve, .kind = FM_MONEY}};
          s.m = m, s.n = 3;
          figures fast, slow;
          fast.n = 2;
          fast.f[0] = (figure){.money = &m[1], .vs = p, .ve = p + 1, .cs = vs, .ce = q};
          fast.f[1] = (figure){.money = &m[2], .vs = q, .ve = m[2].ve, .cs = p + 1, .ce = ve};
          slow = fast;
          inv_mark_non_facts_as(&x, &s, &fast, 0);
          inv_mark_non_facts_as(&x, &s, &slow, 1);
          for (int k = 0; k < 2; k++) {
            differ += fast.f[k].not_fact != slow.f[k].not_fact;
            facts += !slow.f[k].not_fact;
          }
          runs++;
        }
      CHECK(differ == 0, "%s: sentence %zu (%s): %zu of %zu figures marked otherwise", what, i,
            bytes ? "bytes" : "index", differ, 2 * runs);
      CHECK(runs == 0 || facts > 0 || bytes, "%s: sentence %zu: every figure marked", what, i);
    }
  }
  free(x.words);
  ivl_article_free(a);
}

static void non_facts(void) {
  /* else the fast way is never taken, and every test below holds trivially */
  CHECK(inv_non_fact_look_usable(), "the one look over the sentence is usable");
  /* none of the words: ranges cut inside longer words */
  same_non_facts("Upgrades of the plant took thanksgiving capital versusX againstall, a yearly sum. "
                 "It woke including2 mixedly; withdrawals aimless. Nothing here at all. "
                 "Than these sums, when thesis came, up fromage and down fromthe in the same periods.",
                 "words cut short");
  /* each list's words, whole, at the ends and inside */
  same_non_facts("The province aims to attract $2 billion, up from $1 billion a year earlier. "
                 "Japan invested $3 billion, compared with $2 billion in the same period last year. "
                 "Korea terminated 17 projects, including four foreign-invested ones worth $38 million. "
                 "Total capital of domestic and foreign projects reached $9 billion versus $8 billion. "
                 "It is expected to draw $5 billion; 19 projects of which six are FDI. Withdrawn. "
                 "When the plan was scrapped, $4 billion was against $1 billion a year ago. Goal",
                 "every list");
  /* one list's words alone in each sentence: the look over the sentence
  ** must know every list */
  same_non_facts("Sales were $5 billion a year earlier. Sales were $5 billion in the same period. "
                 "Sales were $3 billion the previous year. It sold 19 units, of which six went. "
                 "Output, including six plants, rose. It was $3 billion, domestic and foreign. "
                 "It aims at $3 billion. It was scrapped at $3 billion. It is $3 billion versus $1 billion. "
                 "It is $3 billion against $1 billion. Of them, $3 billion went. It fell from $5 billion. "
                 "It drew $9 billion, including six foreign-invested ones. It was $5 billion, of them three FDI.",
                 "one list a sentence");
  /* beside characters beyond ASCII, and a sentence of one word */
  same_non_facts("Hà Nội—than the—Đà Nẵng đồng including café. Nộiaims ảgoal “versus” –against. A.",
                 "characters beyond ASCII");
  /* sentences of words drawn from both kinds, with the seed's choices */
  static const char *const vocab[] = {
    "than", "these", "the", "thesis", "when", "it", "its", "up", "upgrade", "from", "fromage", "down", "a",
    "year", "yearly", "ago", "agone", "earlier", "versus", "against", "againstall", "including", "includings",
    "of", "which", "them", "themes", "domestic", "and", "foreign", "fdi", "fdis", "aims", "aim", "goal",
    "woo", "wooden", "terminated", "withdrew", "scrapped", "pulled", "out", "outing", "shut", "shutdown",
    "compared", "with", "to", "toward", "in", "same", "period", "periods", "previous", "Việt", "Nam", "$5",
    "billion", "30", "per", "cent", "Hà", "Nội", "café", "—", ",", "expected", "attract", "attraction"};
  size_t nv = sizeof vocab / sizeof *vocab;
  for (unsigned seed = 1; seed <= 16; seed++) {
    char text[2048];
    size_t n = 0;
    unsigned r = seed;
    for (int s = 0; s < 4; s++) {
      for (int w = 0; w < 4 + (int)(seed % 9); w++) {
        r = r * 1103515245u + 12345u;
        const char *v = vocab[(r >> 16) % nv];
        size_t len = strlen(v);
        if (n + len + 4 >= sizeof text) break;
        memcpy(text + n, v, len);
        n += len;
        text[n++] = (r >> 8) % 7 == 0 ? '-' : ' ';
      }
      memcpy(text + n, ". ", 2);
      n += 2;
    }
    text[n] = '\0';
    char what[32];
    snprintf(what, sizeof what, "non-facts generated %u", seed);
    same_non_facts(text, what);
  }
}

/* }====================================================================== */

/* {======================================================================
** How many mentions name each party (fx_count_named)
** ======================================================================= */

/* 'n' mentions of every kind naming parties from a small pool (the same
** names at other addresses, and none), counted by fx_count_named: each
** place's and country's count, once its kind is counted, is that of the
** mentions of its kind naming it, as a count of every pair says; every
** other mention's is 0. From few mentions (tables on the stack) to
** thousands (allocated). */
static void named_counts_are(const ivl_fm *m, size_t n, unsigned counted /* 1 << kind */) {
  for (size_t i = 0; i < n; i++) {
    uint32_t want = 0;
    if ((counted >> m[i].kind & 1) && (m[i].kind == FM_PLACE || m[i].kind == FM_COUNTRY) && m[i].party)
      for (size_t j = 0; j < n; j++)
        want += m[j].kind == m[i].kind && m[j].party && strcmp(m[j].party, m[i].party) == 0;
    CHECK(m[i].named == want, "named counts of %zu mentions: mention %zu (kind %d, \"%s\") %u, want %u", n, i,
          m[i].kind, m[i].party ? m[i].party : "(none)", m[i].named, want);
  }
}

static void named_counts(size_t n, unsigned seed) {
  static const char *const pool[] = {"Bắc Ninh", "Hà Nội", "JP", "KR", "Samsung", "Ho Chi Minh City", "",
                                     "A very long name of a place, longer than sixteen bytes"};
  static const uint8_t kinds[] = {FM_PLACE, FM_COUNTRY, FM_ORG, FM_PERSON, FM_MONEY, FM_OTHER};
  size_t np = sizeof pool / sizeof *pool;
  ivl_fm *m = calloc(n ? n : 1, sizeof *m);
  char(*copies)[64] = calloc(n ? n : 1, sizeof *copies);
  for (size_t i = 0; i < n; i++) {
    seed = seed * 1103515245u + 12345u;
    m[i].kind = kinds[(seed >> 16) % (sizeof kinds / sizeof *kinds)];
    unsigned pick = (seed >> 8) % (np + 1);
    if (pick == np) continue; /* names none */
    snprintf(copies[i], sizeof copies[i], "%s", pool[pick]); /* the same name, another address */
    m[i].party = copies[i];
  }
  ivl_fctx x = {0};
  x.m = m;
  x.nm = n;
  named_counts_are(m, n, 0);
  fx_count_named(&x, FM_PLACE);
  named_counts_are(m, n, 1u << FM_PLACE);
  fx_count_named(&x, FM_COUNTRY);
  CHECK(!x.failed, "named counts of %zu mentions: counted", n);
  named_counts_are(m, n, 1u << FM_PLACE | 1u << FM_COUNTRY);
  free(copies);
  free(m);
}

/* }====================================================================== */

int main(void) {
  keys_emptied_while_listing();
  sentence_pass();
  non_facts();
  static const size_t counts[] = {0, 1, 2, 50, 300, 1100, 3000};
  for (size_t i = 0; i < sizeof counts / sizeof *counts; i++) named_counts(counts[i], (unsigned)i + 7);
  const char *err = NULL;
  long n = ivl_fx_rows(&err);
  CHECK(n > 300, "the table parses: %ld rows (%s)", n, err ? err : "");
  /* the first and last rows, and some from each source */
  rate_is("AUD", 2010, 1.087);
  rate_is("ZAR", 2026, 17.8782);
  rate_is("JPY", 2024, 151.4551);
  rate_is("KRW", 2023, 1306.7637);
  rate_is("TWD", 2024, 32.1064);
  rate_is("EUR", 2024, 0.9242);
  rate_is("VND", 2015, 21697.57);
  rate_is("VND", 2021, 23159.78);
  rate_is("GBP", 2019, 0.7832);
  /* outside the table */
  no_rate("JPY", 2009);
  no_rate("JPY", 2027);
  no_rate("XYZ", 2020);
  no_rate("USD", 2020);
  no_rate("JP", 2020);
  no_rate("JPYY", 2020);
  /* around the ends and between codes: the lookup compares codes as numbers */
  no_rate("AAA", 2020);
  no_rate("ZZZ", 2020);
  no_rate("AUD", 2009);
  no_rate("ZAR", 2027);
  no_rate("jpy", 2024);
  no_rate("JPX", 2024);
  no_rate("JPZ", 2024);
  return check_done();
}
