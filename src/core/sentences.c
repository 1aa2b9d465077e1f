/*
** sentences.c
** Sentence boundaries inside a paragraph.
*/
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "sentences.h"
#include "utf8.h"
#include "util.h"

/* Sorted bytewise, for a binary search: the loop over all of them, for
** every word before a full stop, was half of splitting sentences. "Rs"
** and "Tk" are the South Asian press's rupees and taka before their
** figure ("will invest Rs. 2.4 billion", "Tk. 96 crore"; set qweek79). */
static const char *const abbreviations[] = {
  "a.m", "approx", "apr", "aug", "ave", "bhd", "co", "col", "corp", "dec", "dept", "dr", "e.g", "est",
  "feb", "fig", "ft", "gen", "gov", "i.e", "inc", "jan", "jr", "jul", "jun", "kr", "lt", "ltd", "mar",
  "mia", "mio", "mr", "mrd", "mrs", "ms", "mt", "no", "nos", "nov", "oct", "p.m", "pp", "prof", "pte", "pty", "pvt", "rep",
  "rs", "sdn", "sen", "sep", "sept", "sq", "sr", "st", "tel", "tk", "u.k", "u.s", "vol", "vs",
};

/* Abbreviations that end a name, and so often a sentence ("signed with
** Hyosung Vina Co., Ltd. The project ...", "exports to the U.S. It ..."):
** a full stop after one ends the sentence when a word that opens
** sentences, and never goes on a name, follows. */
/* (The Nordic press's money ends a sentence so: "... for 2,1 mia. kr. The
** fund ...", set qweek81; "kr. (about US$2.3 billion)" goes on.) */
static const char *const name_endings[] = {
  "bhd", "co", "corp", "inc", "jr", "kr", "ltd", "mia", "mio", "mrd", "pte", "pty", "pvt", "sr", "u.k", "u.s", NULL};
static const char *const openers[] = {
  "The", "It", "Its", "He", "She", "They", "Their", "This", "That", "These", "Those", "In", "On",
  "At", "As", "According", "We", "But", "However", "Meanwhile", "Under", "Earlier", "Last", "Since",
  "Following", "Both", "Also", NULL};
#define LONGEST_ABBREVIATION 6 /* "approx" */

/* t[0, n) lower-cased against the word 'a', as strcmp would order them. */
static int word_order(const char *t, size_t n, const char *a) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)ivl_tolower((unsigned char)t[i]), d = (unsigned char)a[i];
    if (c != d) return c < d ? -1 : 1; /* a's end (d 0) sorts first */
  }
  return a[n] ? -1 : 0;
}

/* Is t[0, n) initials joined by full stops, its last stop not in it: "O.S.K"
** of "Mitsui O.S.K. Lines", "A.P" of "A.P. Moller-Maersk"? */
static int dotted_initials(const char *t, size_t n) {
  if (n < 3 || n % 2 == 0) return 0;
  for (size_t i = 0; i < n; i++)
    if (i % 2 ? t[i] != '.' : !ivl_isupper((unsigned char)t[i])) return 0;
  return 1;
}

/* Is w[0, n) one of the abbreviations, in any case? */
static int listed_abbreviation(const char *w, size_t n) {
  if (n > LONGEST_ABBREVIATION) return 0;
  size_t lo = 0, hi = sizeof abbreviations / sizeof *abbreviations;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int o = word_order(w, n, abbreviations[mid]);
    if (o == 0) return 1;
    if (o < 0) hi = mid;
    else lo = mid + 1;
  }
  return 0;
}

/* Is the word that ends at 'dot' (exclusive) an abbreviation or an initial? */
static int abbreviation_before(const char *t, size_t start, size_t dot) {
  size_t w = dot;
  while (w > start && (ivl_isalpha((unsigned char)t[w - 1]) || t[w - 1] == '.')) w--;
  size_t n = dot - w;
  if (n == 0) return 0;
  if (n == 1 && ivl_isupper((unsigned char)t[w])) return 1; /* an initial: "A." */
  if (dotted_initials(t + w, n)) return 1;
  return listed_abbreviation(t + w, n);
}

/* Does the word that ends at 'dot' (exclusive) end a name with its
** abbreviation ("Co., Ltd.", "Corp.", "the U.S.")? */
int ivl_sentences_name_ending_before(const char *t, size_t start, size_t dot) {
  size_t w = dot;
  while (w > start && (ivl_isalpha((unsigned char)t[w - 1]) || t[w - 1] == '.')) w--;
  /* initials may end a name too ("... in the U.A.E. The ...") */
  int ending = dotted_initials(t + w, dot - w);
  for (int i = 0; name_endings[i] && !ending; i++)
    ending = strlen(name_endings[i]) == dot - w && word_order(t + w, dot - w, name_endings[i]) == 0;
  return ending;
}

#define NAME_LOOKBACK 400 /* the bytes before a legal suffix searched for its subject's name */

/* Is t[w, w + n) a whole word of t, not a piece of one? */
static int whole_word_at(const char *t, size_t lo, size_t w, size_t n, size_t end) {
  if (w > lo && (ivl_isalnum((unsigned char)t[w - 1]) || (unsigned char)t[w - 1] >= 0x80)) return 0;
  return w + n >= end || !(ivl_isalnum((unsigned char)t[w + n]) || (unsigned char)t[w + n] >= 0x80);
}

/* A directory's or encyclopedia's prose opens each sentence with its
** firm's name, the last one closed by a legal suffix ("... run by its
** subsidiary Kramer Drive Systems Vietnam Co., Ltd. Krämer expanded the
** plant ...", set qweek135): is the word at t[k, end) a capitalised name
** already said in the sentence so far (t[s, dot), its last NAME_LOOKBACK
** bytes), with a word in lower case after it? A suffix's stop before a new
** name ("Ltd. Next one") or before a suffix said before ("... Co., Ltd
** (Korea) ..., while Grandtek Precision Pte. Ltd of Singapore", set qmt)
** goes on. */
static int named_again_after(const char *t, size_t s, size_t dot, size_t k, size_t end) {
  if (!ivl_isupper((unsigned char)t[k])) return 0;
  size_t e = k + 1;
  while (e < end && (ivl_isalpha((unsigned char)t[e]) || (unsigned char)t[e] >= 0x80)) e++;
  size_t n = e - k;
  if (n < 3 || e + 1 >= end || t[e] != ' ' || !ivl_islower((unsigned char)t[e + 1])) return 0;
  if (listed_abbreviation(t + k, n)) return 0;
  size_t lo = dot - s > NAME_LOOKBACK ? dot - NAME_LOOKBACK : s;
  for (size_t w = lo; w + n <= dot; w++)
    if (t[w] == t[k] && memcmp(t + w, t + k, n) == 0 && whole_word_at(t, lo, w, n, dot)) return 1;
  return 0;
}

/* Does the abbreviation that ends at 'dot' end a name, and the word at
** t[k, end) open a sentence (name_endings), or name again the subject of
** the sentence that began at s? */
static int name_ends_sentence(const char *t, size_t start, size_t s, size_t dot, size_t k, size_t end) {
  if (!ivl_sentences_name_ending_before(t, start, dot)) return 0;
  size_t e = k;
  while (e < end && ivl_isalpha((unsigned char)t[e])) e++;
  for (int i = 0; openers[i]; i++)
    if (strlen(openers[i]) == e - k && memcmp(t + k, openers[i], e - k) == 0) return 1;
  return named_again_after(t, s, dot, k, end);
}

#define MAX_EMOJI_RUN 32 /* the bytes of the emojis a post sets between sentences */

/* Can a sentence start at t[i] (a capital, a digit, a quote or bracket)? */
static int plain_opener(const char *t, size_t end, size_t i) {
  unsigned char c = (unsigned char)t[i];
  if (ivl_isupper(c) || ivl_isdigit(c) || c == '"' || c == '\'' || c == '(') return 1;
  if (c < 0x80) return 0;
  size_t n;
  return utf8proc_category(ivl_utf8_decode(t + i, end - i, &n)) == UTF8PROC_CATEGORY_LU;
}

/* A run of emojis at t[i] and a space, then a plain opener: a post's
** "... Department of Finance. 🚀 In 2025 alone, ..." opens a sentence at
** its emoji (set qweek77). A symbol with its variation selector, skin
** tone or joiner ("👩‍🔧", "🏙️") is one with them. */
static int emojis_then_opener(const char *t, size_t end, size_t i) {
  size_t p = i, n;
  while (p < end && p - i <= MAX_EMOJI_RUN && (unsigned char)t[p] >= 0x80) {
    int32_t cp = ivl_utf8_decode(t + p, end - p, &n);
    utf8proc_category_t cat = utf8proc_category(cp);
    if (cat != UTF8PROC_CATEGORY_SO && cat != UTF8PROC_CATEGORY_SK && cat != UTF8PROC_CATEGORY_MN && cp != 0x200D)
      return 0;
    p += n;
  }
  if (p == i || p >= end || t[p] != ' ') return 0;
  while (p < end && t[p] == ' ') p++;
  return p < end && plain_opener(t, end, p);
}

/* Can a sentence start at t[i]? */
static int sentence_opener(const char *t, size_t end, size_t i) {
  return plain_opener(t, end, i) || ((unsigned char)t[i] >= 0xE2 && emojis_then_opener(t, end, i));
}

static int is_stop(char c) { return c == '.' || c == '!' || c == '?'; }

#define MAX_REFERENCE_MARK 16 /* the bytes inside one: "[12]", "[note 4]" */

/* Past the reference marks at t[j]: an encyclopedia's sentence ends
** "... in Hanoi.[4] It added ..." or ".[4][5]", its marks after the stop
** and before the space (set qweek104); "[a]" and "[note 2]" are marks too.
** A bracket that does not close soon, or is empty, is no mark. */
static size_t after_reference_marks(const char *t, size_t j, size_t end) {
  while (j < end && t[j] == '[') {
    size_t k = j + 1;
    while (k < end && k - j <= MAX_REFERENCE_MARK && (ivl_isalnum((unsigned char)t[k]) || t[k] == ' ')) k++;
    if (k >= end || t[k] != ']' || k == j + 1) break;
    j = k + 1;
  }
  return j;
}

/* The first '.', '!' or '?' in t[i, end), or 'end'. Eight bytes at a time:
** the byte-at-a-time loop was a quarter of preparing an article. */
static size_t next_stop(const char *t, size_t i, size_t end) {
#if defined(__SSE2__) && defined(__GNUC__)
  /* sixteen at a time, the first hit's place from the mask's low bit */
  const __m128i dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'), question = _mm_set1_epi8('?');
  for (; i + 16 <= end; i += 16) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
    unsigned m = (unsigned)_mm_movemask_epi8(
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, dot), _mm_cmpeq_epi8(x, bang)), _mm_cmpeq_epi8(x, question)));
    if (m) return i + (size_t)__builtin_ctz(m);
  }
#endif
  for (; i + 8 <= end; i += 8) {
    uint64_t w = ivl_load8(t + i);
    if (ivl_word_has(w, '.') | ivl_word_has(w, '!') | ivl_word_has(w, '?')) break;
  }
  while (i < end && !is_stop(t[i])) i++;
  return i;
}

int ivl_sentences_split(const char *t, size_t start, size_t end, ivl_spans *out) {
  size_t s = start;
  for (size_t i = start; (i = next_stop(t, i, end)) < end; i++) {
    char c = t[i];
    size_t j = i + 1;
    while (j < end && (t[j] == '"' || t[j] == '\'' || t[j] == ')')) j++;
    j = after_reference_marks(t, j, end);
    if (j >= end || t[j] != ' ') continue;
    size_t k = j;
    while (k < end && t[k] == ' ') k++;
    if (k >= end || !sentence_opener(t, end, k)) continue;
    if (c == '.' && abbreviation_before(t, start, i) && !name_ends_sentence(t, start, s, i, k, end)) continue;
    /* "2. Singapore – $1.1 billion": the number of a numbered line */
    if (c == '.' && i > s && i - s <= 2 && ivl_isdigit((unsigned char)t[s]) && ivl_isdigit((unsigned char)t[i - 1]))
      continue;
    if (ivl_spans_push(out, s, j)) return -1;
    s = k;
    i = k - 1;
  }
  while (end > s && t[end - 1] == ' ') end--;
  if (end > s && ivl_spans_push(out, s, end)) return -1;
  return 0;
}
