/*
** quantity.c
** Normalisers for percentages, areas and counts (the patterns are in
** builtin.c). A count is the hardest: the pattern finds a number followed
** by a word, and the normaliser reads on to the counted noun, deciding from
** the words around it whether this is a count at all.
*/
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "calendar.h"
#include "extractors.h"
#include "number.h"
#include "rules.h"
#include "symbols.h"
#include "utf8.h"
#include "util.h"

/* {======================================================================
** Percentages and areas
** ======================================================================= */

static int store_value(ivl_extract *x, size_t vs, size_t ve, double value) {
  return ivl_x_begin(x, vs, ve) || ivl_store_num(x->store, IVL_SYM_VALUE, value) ? -1 : 1;
}

int ivl_normalize_percent(ivl_extract *x) {
  double v1, v2;
  size_t s, n;
  if (ivl_x_number(x, 4, -1, &v1)) return store_value(x, x->ov[0], x->ov[1], v1); /* "per cent of 20" */
  if (!ivl_x_number(x, 2, -1, &v1)) return 0;
  double sign = ivl_x_group(x, 1, &s, &n) ? -1 : 1;
  if (!ivl_x_group(x, 3, &s, &n)) return store_value(x, x->ov[0], x->ov[1], sign * v1);
  /* "10-15 per cent": two mentions, the unit shared */
  if (!ivl_x_number(x, 3, -1, &v2)) return 0;
  size_t s2 = s, s1 = 0, n1 = 0; /* (group 2 is set: its number was read) */
  ivl_x_group(x, 2, &s1, &n1);
  if (store_value(x, x->ov[0], s1 + n1, sign * v1) < 0 || store_value(x, s2, x->ov[1], v2) < 0)
    return -1;
  return 2;
}

/* Square metres per unit, by the pattern's unit group (3..7). */
static const double square_metres[] = {0, 0, 0, 10000, 1, 1e6, 4046.8564224, 0.09290304};

/* Things produced by the square metre are no land or floor area
** ("15 million square metres of film"). */
static const char *const produced_by_area[] = {
  "film", "fabric", "fabrics", "glass", "panels", "panel", "tiles", "carpet", "paper",
  "cloth", "leather", "flooring", "steel", "sheets", "textiles", "membrane", NULL,
};

static int followed_by_product(const char *text, size_t len, size_t pos) {
  while (pos < len && text[pos] == ' ') pos++;
  if (pos + 3 > len || !ivl_ascii_ieq(text + pos, 2, "of") || text[pos + 2] != ' ') return 0;
  pos += 3;
  size_t e = pos;
  while (e < len && ivl_isalpha((unsigned char)text[e])) e++;
  for (const char *const *w = produced_by_area; *w; w++)
    if (ivl_ascii_ieq(text + pos, e - pos, *w)) return 1;
  return 0;
}

int ivl_normalize_area(ivl_extract *x) {
  double v;
  size_t s, n;
  int unit = 3;
  while (unit <= 7 && !ivl_x_group(x, unit, &s, &n)) unit++;
  if (unit > 7 || !ivl_x_number(x, 1, 2, &v)) return 0;
  if (unit == 4 && followed_by_product(x->text, x->len, x->ov[1])) return 0;
  if (ivl_x_begin(x, x->ov[0], x->ov[1]) ||
      ivl_store_num(x->store, IVL_SYM_VALUE, v * square_metres[unit]) ||
      ivl_store_str(x->store, IVL_SYM_UNIT, "m2", 2))
    return -1;
  return 1;
}

/* }====================================================================== */

/* {======================================================================
** Counts
** ======================================================================= */

#define MAX_MODIFIERS 4 /* "17 foreign direct investment projects" */

/* Words that end the noun phrase after a number without naming a counted
** noun ("Two of them", "five of which", "eight or above out of ten"). */
static const char *const phrase_enders[] = {
  "of", "in", "on", "at", "to", "from", "for", "with", "by", "and", "or", "but", "than", "as",
  "per", "which", "that", "who", "whom", "whose", "are", "were", "is", "was", "be", "been",
  "have", "has", "had", "will", "would", "can", "could", "may", "should", "the", "a", "an",
  "this", "these", "those", "its", "their", "his", "her", "each", "about",
  "over", "under", "into", "out", "up", "down", "after", "before", "since", "until", "so",
  "if", "when", "while", "where", "also", "already", "percent", "against", "between", "across",
  "among", "through", "throughout", "via", "within", "without", "toward", "towards", "besides", NULL,
};

/* Nouns after a number that make it something other than a count:
** durations, multiplicatives, measures and scores. */
static const char *const not_counted[] = {
  "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries",
  "nights", "quarters", "times", "fold", "points", "degrees", "km", "kms", "kilometres", "kilometers",
  "metres", "meters", "miles", "feet", "inches", "tonnes", "tons", "kilograms", "kg",
  "grams", "litres", "liters", "megawatts", "gigawatts", "kilowatts", "mw", "gw", "kw", "kwh",
  "mwp", "hectares", "acres", "dwt", "teu", "teus", "cents", "dollars", "euros", "pounds",
  "percentage", "storeys", "floors", "lanes", "per", NULL,
};

/* Superlatives after a number make a rank: "five largest ports". */
static const char *const superlatives[] = {
  "largest", "biggest", "greatest", "highest", "top", "leading-most", "most", "best", NULL,
};

/* Words before a number that make it a name, a rank or a reference:
** "No 1", "top five", "Decree 31", "Ring Road 3", "subdivision 7". */
static const char *const name_before[] = {
  "no", "no.", "number", "top", "decree", "resolution", "circular", "directive", "law",
  "article", "clause", "road", "route", "highway", "line", "phase", "terminal", "section",
  "subdivision", "zone", "block", "lot", "plot", "group", "unit", "tower", "gate", "km",
  "hotline", "tel", "fax", "version", "model", "room", "page", "chapter", "level", NULL,
};

/* Plurals that do not end in -s, and their singular. */
static const char *const irregular_plurals[][2] = {
  {"people", "person"}, {"children", "child"}, {"men", "man"}, {"women", "woman"},
  {"memoranda", "memorandum"}, {"criteria", "criterion"}, {"staff", "staff"},
  {"personnel", "personnel"}, {"cattle", "cattle"}, {"livestock", "livestock"},
};
#define NIRREGULAR (sizeof irregular_plurals / sizeof *irregular_plurals)

/* Is w[0, n) one of the lower-case words of 'list', in any case? Words
** are compared only when their first letters are the same: the lists are
** long and are asked about each word after a number. */
static int in_list(const char *const *list, const char *w, size_t n) {
  if (n == 0) return 0;
  unsigned char first = (unsigned char)ivl_tolower((unsigned char)w[0]);
  for (; *list; list++)
    if ((unsigned char)**list == first && ivl_ascii_ieq(w, n, *list)) return 1;
  return 0;
}

/* {======== the long lists, looked up at once ========
** Each word after a number is looked for in several long lists: a hash
** table, made once, holds every word of them with the lists it is in. A
** word too long for the table sends every look-up back to in_list. */

enum { IN_ENDERS = 1, IN_SUPERLATIVES = 2, IN_NOT_COUNTED = 4, IN_NAME_BEFORE = 8, IN_IRREGULAR = 16 };

#define LISTED_MAX 32     /* longest word + 1 */
#define LISTED_SLOTS 1024 /* a power of two, well above the number of words */

typedef struct listed {
  char word[LISTED_MAX];
  uint8_t len, lists; /* len 0: an empty slot */
} listed;

static listed listed_words[LISTED_SLOTS];
static uint8_t lower_byte[256]; /* ivl_tolower of each byte, a look-up in the loop */
/* by a listed word's first byte, its length's bit: most words after a
** number ("projects", "people", "million") have no listed word of their
** first letter and length, and are not hashed (ivl_count_may_store and
** ivl_normalize_count 11.60M -> 11.01M Ir on /tmp/b1) */
static uint32_t listed_lengths[256];
static int listed_complete;
static uint32_t irregular_firsts;               /* the first letters of irregular_plurals, a bit each */
static size_t irregular_shortest, irregular_longest;
static pthread_once_t listed_once = PTHREAD_ONCE_INIT;

/* The slot of the word w[0, n) (in lower case) of hash 'h' (ivl_hash). */
static listed *listed_slot(const char *w, size_t n, uint64_t h) {
  size_t i = h & (LISTED_SLOTS - 1);
  while (listed_words[i].len && !(listed_words[i].len == n && memcmp(listed_words[i].word, w, n) == 0))
    i = (i + 1) & (LISTED_SLOTS - 1);
  return &listed_words[i];
}

static int enter_list(const char *const *list, int bit) {
  static size_t nlisted;
  for (size_t k = 0; list[k]; k++) {
    size_t n = strlen(list[k]);
    if (n == 0 || n >= LISTED_MAX || nlisted >= LISTED_SLOTS / 2) return 0;
    listed *l = listed_slot(list[k], n, ivl_hash(IVL_HASH_START, list[k], n));
    nlisted += l->len == 0;
    memcpy(l->word, list[k], n);
    l->len = (uint8_t)n;
    listed_lengths[(unsigned char)list[k][0]] |= 1u << n;
    l->lists |= (uint8_t)bit;
  }
  return 1;
}

static void enter_lists(void) {
  static const char *plurals[NIRREGULAR + 1];
  for (int c = 0; c < 256; c++) lower_byte[c] = (uint8_t)ivl_tolower(c);
  irregular_shortest = SIZE_MAX;
  for (size_t k = 0; k < NIRREGULAR; k++) {
    const char *w = plurals[k] = irregular_plurals[k][0];
    size_t n = strlen(w);
    irregular_firsts |= 1u << (w[0] - 'a'); /* (lower case: is_plural asks w[0] >= 'a') */
    irregular_shortest = n < irregular_shortest ? n : irregular_shortest;
    irregular_longest = n > irregular_longest ? n : irregular_longest;
  }
  listed_complete = enter_list(phrase_enders, IN_ENDERS) && enter_list(superlatives, IN_SUPERLATIVES) &&
                    enter_list(not_counted, IN_NOT_COUNTED) && enter_list(name_before, IN_NAME_BEFORE) &&
                    enter_list(plurals, IN_IRREGULAR);
}

/* The lists (IN_*) w[0, n) is in, in any case, as in_list finds it. */
static int lists_of(const char *w, size_t n) {
  pthread_once(&listed_once, enter_lists);
  if (!listed_complete)
    return in_list(phrase_enders, w, n) * IN_ENDERS | in_list(superlatives, w, n) * IN_SUPERLATIVES |
           in_list(not_counted, w, n) * IN_NOT_COUNTED | in_list(name_before, w, n) * IN_NAME_BEFORE |
           IN_IRREGULAR; /* is_plural compares them all */
  char lower[LISTED_MAX];
  if (n == 0 || n >= LISTED_MAX) return 0;
  if (!(listed_lengths[lower_byte[(unsigned char)w[0]]] >> n & 1)) return 0; /* no listed word is so */
  uint64_t h = IVL_HASH_START; /* ivl_hash of the lower case, as it is written */
  for (size_t i = 0; i < n; i++) {
    lower[i] = (char)lower_byte[(unsigned char)w[i]];
    h = (h ^ (unsigned char)lower[i]) * IVL_HASH_PRIME;
  }
  return listed_slot(lower, n, h)->lists;
}

/* }======== */

/* ASCII letters and digits (1) and the dot (2), by byte: the words after a
** number are read a byte at a time. */
#define R10(v) v, v, v, v, v, v, v, v, v, v
static const uint8_t ascii_word[256] = {
  ['.'] = 2, ['0'] = R10(1), ['A'] = R10(1), R10(1), 1, 1, 1, 1, 1, 1, ['a'] = R10(1), R10(1), 1, 1, 1, 1, 1, 1};
#undef R10

/* The word at text[pos..): letters, digits, inner hyphens and dots, and
** an inner ampersand ("37 foreign-invested R&D projects"; set qweek133).
** The view is UTF-8: no byte after an ASCII one continues a character. */
static size_t word_end(const char *text, size_t len, size_t pos) {
  size_t i = pos;
  while (i < len && ascii_word[(unsigned char)text[i]] == 1) i++; /* most words: all of it */
  while (i < len) {
    unsigned char c = (unsigned char)text[i];
    if (ascii_word[c] == 1) { /* most bytes */
      i++;
      continue;
    }
    if (c < 0x80) {
      if ((c == '-' || c == '.' || c == '&') && i > pos && i + 1 < len && ivl_utf8_alnum_at(text, len, i + 1)) {
        i++;
        continue;
      }
      break;
    }
    if (!ivl_utf8_alnum_at(text, len, i)) break;
    i++;
    while (i < len && ((unsigned char)text[i] & 0xC0) == 0x80) i++;
  }
  return i;
}

static int is_lower_ascii_word(const char *w, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!((w[i] >= 'a' && w[i] <= 'z') || w[i] == '-')) return 0;
  return n > 0;
}

/* Is w a plural noun? Lower case, ending in -s but not in -ss, -us, -is
** ("business", "status", "basis"), or an irregular plural (only looked
** for when 'lists', lists_of(w), has IN_IRREGULAR). Sets 'irregular' to
** its row in irregular_plurals, or -1. */
static int is_plural(const char *w, size_t n, int lists, int *irregular) {
  *irregular = -1;
  for (size_t k = 0; k < NIRREGULAR && (lists & IN_IRREGULAR); k++)
    if (ivl_ascii_ieq(w, n, irregular_plurals[k][0]) && w[0] >= 'a') {
      *irregular = (int)k;
      return 1;
    }
  if (n < 3 || w[n - 1] != 's' || !is_lower_ascii_word(w, n)) return 0;
  /* adjectives and adverbs that end in -s: "38 overseas projects" */
  static const char *const not_plural[] = {"overseas", "whereas", "perhaps", "besides", NULL};
  for (int k = 0; not_plural[k]; k++)
    if (ivl_ascii_ieq(w, n, not_plural[k])) return 0;
  char before = w[n - 2];
  return before != 's' && before != 'u' && before != 'i' && before != '\'';
}

/* The singular of a regular plural, lower case, into out. */
static size_t singular(const char *w, size_t n, char *out, size_t cap) {
  size_t m = n - 1; /* drop the -s */
  if (n > 3 && memcmp(w + n - 3, "ies", 3) == 0) {
    if (n - 2 > cap) return 0;
    memcpy(out, w, n - 3);
    out[n - 3] = 'y';
    return n - 2;
  }
  if (n > 4 && (memcmp(w + n - 4, "sses", 4) == 0 || memcmp(w + n - 4, "ches", 4) == 0 ||
                memcmp(w + n - 4, "shes", 4) == 0))
    m = n - 2;
  else if (n > 3 && (memcmp(w + n - 3, "xes", 3) == 0 || memcmp(w + n - 3, "zes", 3) == 0))
    m = n - 2;
  if (m > cap) return 0;
  memcpy(out, w, m);
  return m;
}

/* The word that ends just before view offset 'pos' (white space skipped). */
static size_t word_before(const char *text, size_t pos, size_t *wstart) {
  size_t e = pos;
  while (e > 0 && text[e - 1] == ' ') e--;
  size_t s = e;
  while (s > 0 && ascii_word[(unsigned char)text[s - 1]]) s--; /* letters, digits, dots */
  *wstart = s;
  return e - s;
}

/* Is 'c', right before a number, one that says it counts nothing ("17:27",
** "31/2021", "-5")? NUL too, as strchr found it. */
static int not_counting_before(unsigned char c) {
  return c == ':' || c == '/' || c == '.' || c == ',' || c == '#' || c == '-' || c == '\0';
}

/* Is the number at the match's start a name, a reference, a rank, a day or
** part of a larger expression? */
static int number_is_not_counting(const ivl_extract *x) {
  size_t s = x->ov[0], ws;
  if (s > 0 && not_counting_before((unsigned char)x->text[s - 1])) return 1;
  size_t wn = word_before(x->text, s, &ws);
  if (wn == 0) return 0;
  if (lists_of(x->text + ws, wn) & IN_NAME_BEFORE) return 1;
  return ivl_month_from_name(x->text + ws, wn) != 0; /* "April 17 signed ..." */
}

/* Words after which a plural-looking word is a verb ("50 indicates the
** ..."): plural nouns are not followed by an article. */
static const char *const object_starts[] = {"the", "its", "their", NULL}; /* not "a": "ten flights a day" */
static const char *const comparisons[] = {"above", "below", "than", "under", NULL};

static int head_is_verb(const ivl_extract *x, size_t head_end, int nmodifiers) {
  size_t w = head_end + 1, we = w;
  if (head_end >= x->len || x->text[head_end] != ' ') return 0;
  while (we < x->len && ivl_isalpha((unsigned char)x->text[we])) we++;
  if (in_list(object_starts, x->text + w, we - w)) return 1;
  size_t ws, wn = word_before(x->text, x->ov[0], &ws);
  return nmodifiers == 0 && ivl_ascii_ieq(x->text + w, we - w, "that") &&
         in_list(comparisons, x->text + ws, wn);
}

/* A year written alone ("2023 investors") is no count. */
static int looks_like_year(const ivl_extract *x) {
  size_t s, n;
  if (!ivl_x_group(x, 1, &s, &n) || n != 4) return 0;
  for (size_t i = 0; i < 4; i++)
    if (!ivl_isdigit((unsigned char)x->text[s + i])) return 0;
  return (x->text[s] == '1' && x->text[s + 1] >= '8') || (x->text[s] == '2' && x->text[s + 1] == '0');
}

/* "86 new and expanded projects": an "and" at w[0, n) between two modifiers
** (a lower-case word before it, text[pw, pe), and one after it) joins them;
** not "2 and 5 projects", "5 trucks and 3 cars". */
static int and_of_modifiers(const char *text, size_t len, size_t pw, size_t pe, const char *w, size_t n) {
  if (n != 3 || memcmp(w, "and", 3) != 0 || pe <= pw || !is_lower_ascii_word(text + pw, pe - pw)) return 0;
  size_t next = (size_t)(w - text) + 4;
  return next < len && w[3] == ' ' && text[next] >= 'a' && text[next] <= 'z';
}

/* "14 new foreign chemical, rubber and plastics projects": a comma at
** text[pos] inside a list of modifiers, after a lower-case word
** text[pw, pe) and before another, whose "and" comes within the next three
** words; the walk passes it, and allows the list's two extra words
** beyond MAX_MODIFIERS (qchem). */
static int comma_of_modifiers(const char *text, size_t len, size_t pos, size_t pw, size_t pe) {
  if (pos + 2 >= len || text[pos] != ',' || text[pos + 1] != ' ' || pe <= pw ||
      !is_lower_ascii_word(text + pw, pe - pw) || text[pos + 2] < 'a' || text[pos + 2] > 'z')
    return 0;
  size_t w = pos + 2;
  for (int k = 0; k < 3; k++) {
    size_t e = word_end(text, len, w);
    if (e == w || !is_lower_ascii_word(text + w, e - w)) return 0;
    if (e - w == 3 && memcmp(text + w, "and", 3) == 0) return 1;
    if (e >= len || text[e] != ' ') return 0;
    w = e + 1;
  }
  return 0;
}

/* Is the word at pos a plural head of firms or works that a plural noun
** before it only modifies ("auto parts projects")? */
static int plural_modifier_of_head(const ivl_extract *x, size_t pos) {
  static const char *const heads[] = {"projects", "plants", "factories", "firms", "companies", "enterprises",
                                      "makers", "manufacturers", "suppliers", "producers", NULL};
  size_t e = word_end(x->text, x->len, pos);
  return e > pos && (e == x->len || x->text[e] != '\'') && in_list(heads, x->text + pos, e - pos);
}

/* The singular nouns that machine translation leaves after a number in
** digits ("46 project FDI"): translated_singular_head, noun_may_follow. */
static const char *const translated_singular_heads[] = {"project", NULL};

/* Is w[0, n) a singular noun that machine translation leaves after a
** number in digits ("46 project FDI", "licensed 58 project"), right after
** it, and the word before the number no name's ("the Vung Ang 2
** project")? "one project" and "1 project" are English, and were no count. */
static int translated_singular_head(const char *text, size_t num_start, size_t num_end, const char *w, size_t n) {
  if (!ivl_isdigit((unsigned char)text[num_start]) || (num_end == num_start + 1 && text[num_start] == '1')) return 0;
  size_t ws, wn = word_before(text, num_start, &ws);
  if (wn && !(text[ws] >= 'a' && text[ws] <= 'z')) return 0;
  return in_list(translated_singular_heads, w, n);
}

/* The counted noun after the match: the first plural of the words that
** follow it (after at most MAX_MODIFIERS others), its singular in
** unit[0, *un) and its end in *end. 0 when the phrase ends first or the
** noun makes no count. */
static int counted_noun(const ivl_extract *x, char unit[64], size_t *un, size_t *end) {
  size_t pos = x->ov[1], pw = pos, pe = pos;
  int extra = 0; /* 2 once a comma of modifiers is passed */
  for (int k = 0; k <= MAX_MODIFIERS + extra; k++) {
    if (k > 0 && !extra && comma_of_modifiers(x->text, x->len, pos, pw, pe)) extra = 2, pos++;
    if (pos >= x->len || x->text[pos] != ' ') return 0; /* punctuation ends the phrase */
    pos++;
    size_t e = word_end(x->text, x->len, pos);
    if (e == pos) return 0;
    const char *w = x->text + pos;
    size_t n = e - pos;
    if (e < x->len && x->text[e] == '\'') return 0; /* possessive; the view has straight quotes */
    int lists = lists_of(w, n), irregular;
    if ((lists & (IN_ENDERS | IN_SUPERLATIVES | IN_NOT_COUNTED)) &&
        !(k > 0 && and_of_modifiers(x->text, x->len, pw, pe, w, n)))
      return 0;
    pw = pos, pe = e;
    if (k == 0 && translated_singular_head(x->text, x->ov[0], x->ov[1], w, n)) {
      memcpy(unit, w, n);
      *un = n, *end = e;
      return 1;
    }
    if (is_plural(w, n, lists, &irregular)) {
      /* "three Chinese-invested electronics projects", "two logistics
      ** firms": a field in -ics before the noun counted, which is plural too */
      if (k < MAX_MODIFIERS + extra && n > 4 && memcmp(w + n - 3, "ics", 3) == 0 && e + 1 < x->len && x->text[e] == ' ') {
        size_t ne = word_end(x->text, x->len, e + 1);
        int nl = ne > e + 1 ? lists_of(x->text + e + 1, ne - e - 1) : 0, nirr;
        if (ne > e + 1 && !(nl & (IN_ENDERS | IN_SUPERLATIVES | IN_NOT_COUNTED)) &&
            is_plural(x->text + e + 1, ne - e - 1, nl, &nirr)) {
          pos = e;
          continue;
        }
      }
      /* "30 new automotive and auto parts projects", "12 spare parts
      ** makers": a plural noun used as a modifier ("parts") before a head
      ** noun of firms or works, which is the noun counted (one word past
      ** the modifiers' limit: the head is named) */
      if (e + 1 < x->len && x->text[e] == ' ' && plural_modifier_of_head(x, e + 1)) {
        if (k == MAX_MODIFIERS + extra) extra++;
        pos = e;
        continue;
      }
      if (head_is_verb(x, e, k)) return 0;
      if (irregular >= 0) {
        *un = strlen(irregular_plurals[irregular][1]);
        memcpy(unit, irregular_plurals[irregular][1], *un);
      } else if (!(*un = singular(w, n, unit, 64))) {
        return 0;
      }
      *end = e;
      return 1;
    }
    pos = e;
  }
  return 0;
}

/* {======================================================================
** Before the match: may a count start at a digit?
** ======================================================================= */

/* May w[0, n) pass is_plural? Every word it takes ends in a lower-case
** 's' or is one of irregular_plurals (compared in any case there). */
static int may_be_plural(const char *w, size_t n) {
  if (w[n - 1] == 's') return 1;
  /* their first letters and lengths, compared before the words (most
  ** words after a number: "of", "in", "the", "to", "and") */
  pthread_once(&listed_once, enter_lists);
  unsigned c = (unsigned)ivl_tolower((unsigned char)w[0]) - 'a';
  if (n < irregular_shortest || n > irregular_longest || c >= 26 || !(irregular_firsts >> c & 1)) return 0;
  for (size_t k = 0; k < NIRREGULAR; k++)
    if (ivl_ascii_ieq(w, n, irregular_plurals[k][0])) return 1;
  return 0;
}

/* Does w[0, n) start with a magnitude word the count pattern may end
** after ("thousand", "million", "billion", in any case)? Its length, else 0. */
static size_t magnitude_first(const char *w, size_t n) {
  static const char *const words[] = {"thousand", "million", "billion"};
  for (size_t i = 0; i < 3; i++) {
    size_t m = strlen(words[i]);
    if (n >= m && ivl_ascii_ieq(w, m, words[i])) return m;
  }
  return 0;
}

/* May counted_noun find a noun from some p among the word ends of the walk
** from 'pos' on? Its walk from any of them is a part of this one, which
** stops where it stops (no single space, no word, a possessive, a word of
** the lists that end it before a plural is met) and goes one word
** further: a magnitude word may come first, and the walk from after it
** does not meet it (so a first word that may be one does not stop this
** one). The lists stop most numbers the pattern finds with no count:
** "5 of", "2 in the", "9.9 million square metres", "8 months" (on /tmp/b1,
** 732 numbers that count found but stored nothing). */
static int noun_may_follow(const char *text, size_t len, size_t pos) {
  size_t pw = pos, pe = pos;
  int extra = 0; /* as counted_noun's */
  int first_after_match = 0; /* the last k whose word may be the match's first after it (1 after a magnitude) */
  for (int k = 0; k <= MAX_MODIFIERS + 1 + extra; k++) {
    if (k > 0 && !extra && comma_of_modifiers(text, len, pos, pw, pe)) extra = 2, pos++;
    if (pos >= len || text[pos] != ' ') return 0;
    pos++;
    size_t e = word_end(text, len, pos);
    if (e == pos || (e < len && text[e] == '\'')) return 0;
    const char *w = text + pos;
    size_t n = e - pos;
    if ((lists_of(w, n) & (IN_ENDERS | IN_SUPERLATIVES | IN_NOT_COUNTED)) && (k > 0 || !magnitude_first(w, n)) &&
        !(k > 0 && and_of_modifiers(text, len, pw, pe, w, n)))
      return 0;
    /* a magnitude first is the number's, no modifier ("5 billion and firms"),
    ** if it is the whole word: the pattern's lookahead wants white space
    ** after it ("5 million-dollar and other projects": a modifier) */
    int magnitude = k == 0 && magnitude_first(w, n) == n;
    pw = pos, pe = magnitude ? pos : e;
    /* translated_singular_head: the first word after the match, which may
    ** end after a magnitude ("5 million project"), in any case */
    if (may_be_plural(w, n) || (k <= first_after_match && in_list(translated_singular_heads, w, n))) return 1;
    if (magnitude) first_after_match = 1;
    pos = e;
  }
  return 0;
}

/* Are the four bytes y[0, 4) a year as looks_like_year takes one? */
static int digits_of_year(const char *y) {
  for (size_t i = 0; i < 4; i++)
    if (!ivl_isdigit((unsigned char)y[i])) return 0;
  return (y[0] == '1' && y[1] >= '8') || (y[0] == '2' && y[1] == '0');
}

/* The pattern at a digit: "({number})((?:\s+(?i:thousand|million|billion)){end})?(?=\s+...)".
** Its number, made of digits and [.,] before digits, must be followed
** by white space: it ends where number_end says (the gate's, gate.c), and
** the match there or after the magnitude. counted_noun needs a single
** space after the match: after the number, or else (the magnitude after
** other white space) after a magnitude word, which starts where that
** white space ends ('\s' is ivl_isspace's six bytes in PCRE2 without UCP). */
int ivl_count_may_store(const char *text, size_t len, size_t pos) {
  if (!ivl_isdigit((unsigned char)text[pos])) return 1; /* a number in words: its end is not known here */
  if (pos > 0 && not_counting_before((unsigned char)text[pos - 1])) return 0;
  size_t e = pos;
  while (e < len && ivl_isdigit((unsigned char)text[e])) e++;
  e = ivl_space_groups_end(text, len, pos, e); /* thousands grouped by spaces: "1 260 projects" */
  while (e < len && (ivl_isdigit((unsigned char)text[e]) ||
                     ((text[e] == '.' || text[e] == ',') && e + 1 < len && ivl_isdigit((unsigned char)text[e + 1]))))
    e++;
  if (e - pos == 4 && digits_of_year(text + pos)) return 0; /* looks_like_year */
  size_t p = e;
  while (p < len && ivl_isspace((unsigned char)text[p])) p++;
  if (p == e + 1 && text[e] == ' ') return noun_may_follow(text, len, e);
  if (p == e || p >= len) return 0;
  int c = ivl_tolower((unsigned char)text[p]); /* thousand, million, billion */
  return c == 't' || c == 'm' || c == 'b' || (unsigned char)text[p] >= 0x80;
}

/* }====================================================================== */

/* A count is whole: its number written with dots before groups of three
** digits, as Vietnamese writes thousands ("1.250 project FDI", "16.820
** projects"), is thousands, not a decimal; with no magnitude after it
** ("1.5 million workers" stays). 'value' as read, else. */
static double dotted_thousands(const ivl_extract *x, double value) {
  size_t s, n, i, mn;
  if (!ivl_x_group(x, 1, &s, &n) || (ivl_x_group(x, 2, &i, &mn) && mn)) return value;
  const char *t = x->text + s;
  size_t lead = 0;
  while (lead < n && ivl_isdigit((unsigned char)t[lead])) lead++;
  if (lead < 1 || lead > 3 || t[0] == '0' || lead == n) return value;
  double v = 0;
  for (i = 0; i < lead; i++) v = v * 10 + (t[i] - '0');
  for (i = lead; i < n; i += 4) {
    if (i + 4 > n || t[i] != '.') return value;
    for (size_t k = 1; k <= 3; k++) {
      if (!ivl_isdigit((unsigned char)t[i + k])) return value;
      v = v * 10 + (t[i + k] - '0');
    }
  }
  return v;
}

/* The noun is looked for first: most numbers the pattern finds count
** nothing ("5 of", "2 in"), and the words after them say so sooner than
** their number is read. Every test says no alone, so their order does not
** change what is stored. */
int ivl_normalize_count(ivl_extract *x) {
  char unit[64];
  size_t un, e;
  double value;
  if (!counted_noun(x, unit, &un, &e)) return 0;
  if (!ivl_x_number(x, 1, 2, &value)) return 0;
  value = dotted_thousands(x, value);
  if (value < 1 || !ivl_is_whole(value)) return 0;
  if (number_is_not_counting(x) || looks_like_year(x)) return 0;
  if (ivl_x_begin(x, x->ov[0], e) || ivl_store_num(x->store, IVL_SYM_VALUE, value) ||
      ivl_store_str(x->store, IVL_SYM_UNIT, unit, un))
    return -1;
  x->covered = e;
  return 1;
}

/* }====================================================================== */
