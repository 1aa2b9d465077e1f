/*
** tense.c
** A small tense classifier for the clause around a date. It reads the
** words nearest the date for a cue: a modal ("will", "would", "could be
** completed"), an infinitive and the verb that governs it ("is scheduled
** to start", "asked the firm to start"), a past form ("was signed",
** "received", "has approved", "took") or a present auxiliary ("is").
** The nearest cue wins, so "said the firm would open in June" is future
** and "the MoU, signed in December," past.
*/
#include <pthread.h>
#include <string.h>

#include "tense.h"
#include "util.h"

/* {======================================================================
** Words
** ======================================================================= */

typedef enum { TOK_WORD, TOK_NUM, TOK_BREAK, TOK_OTHER } tok_kind;

typedef struct tok {
  size_t s, e;
  tok_kind kind;
} tok;

#define MAX_TOKS 160 /* each side of the date: enough for any clause */

typedef struct words {
  const char *text;
  tok t[2 * MAX_TOKS + 1];
  int n, date; /* t[date] stands for the date itself */
  int32_t *lists; /* per token, the lists it is in (a bit each, in_list), -1 until asked */
} words;

/* Length of the dash or curly quote at t[i] ("–", "—", "“", "”"), or 0. */
static size_t wide_punct(const char *t, size_t i, size_t e) {
  if (i + 2 >= e || (unsigned char)t[i] != 0xE2 || (unsigned char)t[i + 1] != 0x80) return 0;
  unsigned char k = (unsigned char)t[i + 2];
  return k == 0x93 || k == 0x94 || k == 0x9C || k == 0x9D ? 3 : 0;
}

static int word_byte(const char *t, size_t i, size_t e) {
  unsigned char c = (unsigned char)t[i];
  return ivl_isalpha(c) || c == '\'' || (c >= 0x80 && !wide_punct(t, i, e));
}

/* A clause ends at a comma, a semicolon, a colon, a bracket, a dash
** between spaces or a quotation mark. */
static tok_kind punct_kind(const char *t, size_t i, size_t e, size_t *len) {
  unsigned char c = (unsigned char)t[i];
  *len = wide_punct(t, i, e);
  if (*len) return TOK_BREAK;
  *len = 1;
  if (strchr(",;:()[]\"", c)) return TOK_BREAK;
  if (c == '-' && i > 0 && t[i - 1] == ' ') return TOK_BREAK; /* " - " */
  return TOK_OTHER;
}

/* Tokens of text[s..e) with the date text[at..at_end) as one token. */
static void tokenize(words *w, const char *t, size_t s, size_t e, size_t at, size_t at_end) {
  tok before[MAX_TOKS];
  int nb = 0;
  w->text = t;
  w->n = 0;
  for (int side = 0; side < 2; side++) {
    size_t i = side ? at_end : s, stop = side ? e : at;
    while (i < stop) {
      unsigned char c = (unsigned char)t[i];
      size_t j = i + 1;
      tok_kind k = TOK_OTHER;
      if (ivl_isspace(c)) {
        i++;
        continue;
      }
      if (ivl_isdigit(c)) {
        while (j < stop && (ivl_isdigit((unsigned char)t[j]) ||
                            ((t[j] == '.' || t[j] == ',') && j + 1 < stop && ivl_isdigit((unsigned char)t[j + 1]))))
          j++;
        k = TOK_NUM;
      } else if (word_byte(t, i, stop) && c != '\'') {
        while (j < stop && (word_byte(t, j, stop) ||
                            (t[j] == '-' && j + 1 < stop && ivl_isalpha((unsigned char)t[j + 1]))))
          j++;
        k = TOK_WORD;
      } else {
        size_t len;
        k = punct_kind(t, i, stop, &len);
        j = i + len;
      }
      tok tk = {i, j, k};
      if (!side) {
        if (nb == MAX_TOKS) memmove(before, before + 1, sizeof before - sizeof *before), nb--;
        before[nb++] = tk;
      } else if (w->n < (int)(sizeof w->t / sizeof *w->t)) {
        w->t[w->n++] = tk;
      } else {
        break;
      }
      i = j;
    }
    if (!side) {
      memcpy(w->t, before, (size_t)nb * sizeof *before);
      w->n = nb;
      w->date = nb;
      w->t[w->n++] = (tok){at, at_end, TOK_OTHER};
    }
  }
}

static int is(const words *w, int i, const char *lower) {
  if (i < 0 || i >= w->n || w->t[i].kind != TOK_WORD) return 0;
  return ivl_ascii_ieq(w->text + w->t[i].s, w->t[i].e - w->t[i].s, lower);
}

/* A word that can be a cue: in lower case, or opening its sentence or
** clause ("Since July 1", "Will ..."). A capital "May" before a number
** opens a date, not a modal: "on Tuesday (May 14) granted". */
static int cue_word(const words *w, int i) {
  if (i < 0 || i >= w->n || w->t[i].kind != TOK_WORD) return 0;
  if (!ivl_isupper((unsigned char)w->text[w->t[i].s])) return 1;
  if (i > 0 && w->t[i - 1].kind != TOK_BREAK) return 0;
  /* "On Monday, Can Tho and X signed": a capital word after a comma with a
  ** capital word right after it opens a name ("Can Tho", "Can Gio"), not
  ** a question's modal, which opens its sentence */
  if (i > 0 && w->text[w->t[i - 1].s] == ',' && i + 1 < w->n && w->t[i + 1].kind == TOK_WORD &&
      ivl_isupper((unsigned char)w->text[w->t[i + 1].s]))
    return 0;
  return !(i + 1 < w->n && w->t[i + 1].kind == TOK_NUM && is(w, i, "may"));
}

static int lower_word(const words *w, int i) {
  return i >= 0 && i < w->n && w->t[i].kind == TOK_WORD &&
         !ivl_isupper((unsigned char)w->text[w->t[i].s]) && (unsigned char)w->text[w->t[i].s] < 0x80;
}

static int ends_with(const words *w, int i, const char *suffix) {
  size_t n = strlen(suffix), len = w->t[i].e - w->t[i].s;
  return len > n && memcmp(w->text + w->t[i].e - n, suffix, n) == 0;
}

/* }====================================================================== */

/* {======================================================================
** Cues
** ======================================================================= */

static const char *const modals[] = {"will", "shall", "can", "may", "must", NULL};

/* Modals of reported speech: "said the plant would open in March". */
static const char *const reported_modals[] = {"would", "could", "might", "should", NULL};

static const char *const past_words[] = {
  "was", "were", "had", "did", "ago", "yesterday", "earlier", "previously", "since", NULL,
};

static const char *const present_words[] = {"is", "are", "am", "do", "does", NULL};

static const char *const be_words[] = {
  "be", "been", "being", "is", "are", "am", "was", "were", "get", "gets", "got", NULL,
};

static const char *const perfect_words[] = {"has", "have", "had", NULL};

/* Verbs and adjectives of intention before "to": "plans to", "is set to". */
static const char *const intention[] = {
  "plan", "plans", "planned", "planning", "aim", "aims", "aimed", "aiming", "intend", "intends",
  "intended", "expect", "expects", "expected", "expecting", "scheduled", "slated", "set", "due",
  "going", "hope", "hopes", "hoped", "hoping", "seek", "seeks", "seeking", "want", "wants",
  "target", "targets", "targeted", "targeting", "propose", "proposes", "proposed", "pledge",
  "pledges", "pledged", "vow", "vows", "vowed", "poised", "ready", "prepare", "prepares",
  "preparing", "likely", "about", "is", "are", "am", "was", "were", "be", "decided", "agreed",
  "promised", "committed", "continue", "continues", NULL,
};

/* Verbs of a goal in the present that set the date to come with no
** infinitive: "targets commercial operation by June", "want the plant
** online by April", "expects completion in March". Not those more often
** nouns ("an action plan ... on Thursday", "aims", "eyes"). */
static const char *const goal_verbs[] = {
  "intends", "expects", "hopes", "seeks", "wants", "targets", "intend", "expect", "hope", "seek", "want", NULL,
};
/* The same verbs as participles stand for the future on their own: "is
** expected in December", "scheduled for March". */
static const char *const intention_participles[] = {
  "expected", "scheduled", "slated", "planned", "due", "set", NULL,
};

/* Words after "to" that are no verbs: "to the", "to date", "to 12". */
static const char *const not_verbs[] = {
  "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these",
  "those", "each", "every", "some", "all", "both", "other", "another", "more", "less", "about",
  "around", "over", "under", "nearly", "almost", "just", "date", "him", "them", "us", "it", "me",
  "you", "what", "which", "where", "whom", "local", "foreign", "new", "one", "two", "three",
  "four", "five", "six", "seven", "eight", "nine", "ten", "around", "approximately", "roughly",
  "nearly", "daily", "weekly", "monthly", "annual", "overseas", "home", "market", NULL,
};

static const char *const irregular_past[] = {
  "took", "began", "came", "went", "made", "gave", "met", "paid", "said", "told", "drew", "rose",
  "fell", "grew", "saw", "won", "held", "sent", "spent", "brought", "bought", "sold", "built",
  "led", "broke", "chose", "flew", "ran", "became", "wrote", "spoke", "got", "kept", "stood",
  "withdrew", "thought", "sought", "taught", "found", "lost", "felt", "knew", "oversaw",
  "underwent", "struck", "laid", "hit", "shut", "undertook", "overtook", "forgot", "fled",
  /* "a company the group set up in August": past where no auxiliary
  ** before it decides ("is set to", "was set up") */
  "set", NULL,
};

/* Words in "-ed" that are no past forms. */
static const char *const ed_not_verbs[] = {
  "need", "speed", "seed", "feed", "hundred", "indeed", "exceed", "proceed", "succeed", "breed",
  "embed", "shed", "bed", "red", "bred", "wed", "based", "related", "advanced", "skilled",
  "dedicated", "sophisticated", "limited", "united", "detailed", "integrated", "concentrated",
  "specialised", "specialized", "so-called", NULL,
};

/* Words after which a participle is an adjective: "the licensed projects",
** "with registered capital", "11 newly licensed projects". */
static const char *const before_adjective[] = {
  "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "with",
  "of", "for", "and", "or", "other", "total", "any", "all", "more", "most", NULL,
};

/* Verbs that set someone a task, a few words before its infinitive:
** "asked the company to start", "urged investors to complete". */
static const char *const directives[] = {
  "ask", "asks", "asked", "asking", "urge", "urges", "urged", "request", "requests", "requested",
  "require", "requires", "required", "instruct", "instructs", "instructed", "tell", "tells",
  "told", "direct", "directs", "directed", "encourage", "encourages", "encouraged", "invite",
  "invites", "invited", "push", "pushes", "pushed", "allow", "allows", "allowed", "permit",
  "permitted", "task", "tasked", "assign", "assigned", "call", "calls", "called", "need", "needs",
  "needed", "working", "work", "works", "strive", "strives", "striving", "race", "racing", NULL,
};

/* Words before a date that make it the infinitive's, not the main verb's:
** a deadline or a start ("to finish the plant before June 30", "to run
** flights from December"). */
static const char *const deadlines[] = {"before", "by", "until", "till", "from", "than", NULL};

static const char *const past_aux[] = {"was", "were", "had", NULL};
static const char *const be_present[] = {"is", "are", "am", NULL};
/* "-ing" words that are no verbs after "is" */
static const char *const not_progressive[] = {"during", "including", "according", "regarding", NULL};
/* words cue() asks of every word it reads, in the table with the lists:
** one look-up there, not a compare of each (cue 2.38M -> 1.89M Ir on
** /tmp/b1) */
static const char *const wont[] = {"won't", "won\xE2\x80\x99t", NULL};
static const char *const until_words[] = {"until", "till", NULL};

/* {======== the lists, looked up at once ========
** cue() asks a dozen lists about most words near a date: a table, made
** once, holds every word of them with the lists it is in (a bit each),
** and each token's lists are looked up once. */

enum {
  L_MODALS, L_REPORTED_MODALS, L_PAST_WORDS, L_PRESENT_WORDS, L_BE_WORDS, L_PERFECT_WORDS, L_INTENTION,
  L_INTENTION_PARTICIPLES, L_NOT_VERBS, L_IRREGULAR_PAST, L_ED_NOT_VERBS, L_BEFORE_ADJECTIVE, L_DIRECTIVES,
  L_DEADLINES, L_PAST_AUX, L_BE_PRESENT, L_NOT_PROGRESSIVE, L_WONT, L_UNTIL, L_GOAL_VERBS, NLISTS
};
_Static_assert(NLISTS < 31, "a token's lists are an int32_t, -1 until looked up");

static const char *const *const all_lists[NLISTS] = {
  modals, reported_modals, past_words, present_words, be_words, perfect_words, intention,
  intention_participles, not_verbs, irregular_past, ed_not_verbs, before_adjective, directives,
  deadlines, past_aux, be_present, not_progressive, wont, until_words, goal_verbs,
};

#define LISTED_MAX 16     /* longer than every word of the lists */
#define LISTED_SLOTS 1024 /* a power of two, well above the number of words */

typedef struct listed {
  char word[LISTED_MAX];
  uint8_t len; /* 0: an empty slot */
  uint32_t lists;
} listed;

static listed listed_words[LISTED_SLOTS];
static int listed_complete; /* else in_list reads the lists themselves */
static pthread_once_t listed_once = PTHREAD_ONCE_INIT;

static listed *listed_slot(const char *lower, size_t n) {
  size_t i = ivl_hash(IVL_HASH_START, lower, n) & (LISTED_SLOTS - 1);
  while (listed_words[i].len && !(listed_words[i].len == n && memcmp(listed_words[i].word, lower, n) == 0))
    i = (i + 1) & (LISTED_SLOTS - 1);
  return &listed_words[i];
}

static void enter_lists(void) {
  size_t nlisted = 0;
  for (int l = 0; l < NLISTS; l++)
    for (const char *const *word = all_lists[l]; *word; word++) {
      size_t n = strlen(*word);
      if (n == 0 || n >= LISTED_MAX || nlisted >= LISTED_SLOTS / 2) return;
      listed *e = listed_slot(*word, n);
      nlisted += e->len == 0;
      memcpy(e->word, *word, n);
      e->len = (uint8_t)n;
      e->lists |= 1u << l;
    }
  listed_complete = 1;
}

/* The lists (a bit each) the word s[0, n) is in, in any case, as
** ivl_ascii_ieq compares: its ASCII letters in lower case, the bytes. */
static uint32_t lists_of(const char *s, size_t n) {
  char lower[LISTED_MAX];
  if (n == 0 || n >= LISTED_MAX) return 0; /* no word of the lists is so long */
  for (size_t i = 0; i < n; i++) lower[i] = (char)ivl_tolower((unsigned char)s[i]);
  return listed_slot(lower, n)->lists;
}

/* The lists (a bit each) the word s[0, n) is in, read from the lists
** themselves: when the table could not take them all. */
static uint32_t lists_read(const char *s, size_t n) {
  uint32_t in = 0;
  for (int l = 0; l < NLISTS; l++)
    for (const char *const *list = all_lists[l]; *list; list++)
      if (ivl_ascii_ieq(s, n, *list)) {
        in |= 1u << l;
        break;
      }
  return in;
}

/* The lists token i is in (none for a token that is no word), the first
** time looked up: out of line, as the tokens that are no words were given
** none by mark_lists. */
static uint32_t token_lists(const words *w, int i) {
  const char *s = w->text + w->t[i].s;
  size_t n = w->t[i].e - w->t[i].s;
  w->lists[i] = (int32_t)(listed_complete ? lists_of(s, n) : lists_read(s, n));
  return (uint32_t)w->lists[i];
}

/* Before any look-up: -1 (not looked up yet) for the words, none for the
** other tokens, so that in_list asks only the memo. */
static void mark_lists(words *w) {
  for (int i = 0; i < w->n; i++) w->lists[i] = w->t[i].kind == TOK_WORD && w->t[i].e > w->t[i].s ? -1 : 0;
}

/* is() for any word of list 'l' (L_*). Inline at its callers: cue() asks
** up to eight lists of most tokens, each the memo's load once the first
** has filled it; as a call, checking the token anew, it was a third of
** ivl_tense_at's instructions (1.15M of 3.57M on /tmp/b1). */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int in_list(const words *w, int i, int l) {
  if (i < 0 || i >= w->n) return 0;
  int32_t in = w->lists[i];
  return (int)((in < 0 ? token_lists(w, i) : (uint32_t)in) >> l & 1);
}

/* }======== */

static int past_form(const words *w, int i) {
  if (!lower_word(w, i) || in_list(w, i, L_ED_NOT_VERBS)) return 0;
  if (w->t[i].s > 0 && w->text[w->t[i].s - 1] == '-') return 0; /* "foreign-invested" */
  if (memchr(w->text + w->t[i].s, '-', w->t[i].e - w->t[i].s)) return 0;
  return (ends_with(w, i, "ed") && w->t[i].e - w->t[i].s >= 4) || in_list(w, i, L_IRREGULAR_PAST);
}

/* The word before i, skipping adverbs in "-ly" ("was newly licensed"). */
static int before_adverbs(const words *w, int i) {
  i--;
  while (i >= 0 && lower_word(w, i) && ends_with(w, i, "ly") && !is(w, i, "only")) i--;
  return i;
}

static int infinitive(const words *w, int to) {
  int v = to + 1;
  if (!is(w, to, "to") || v == w->date || !lower_word(w, v) || in_list(w, v, L_NOT_VERBS)) return 0;
  if (ends_with(w, v, "ly")) return 0;
  if (ends_with(w, v, "s") && !ends_with(w, v, "ss") && !ends_with(w, v, "us")) return 0; /* "to investors" */
  return 1;
}

/* Is there a directive verb among the few words before word p (p and
** back, within the clause)? */
static int directed(const words *w, int p) {
  for (int k = p; k >= 0 && k > p - 5 && w->t[k].kind != TOK_BREAK; k--)
    if (lower_word(w, k) && in_list(w, k, L_DIRECTIVES)) return 1;
  return 0;
}

/* A plan told in the past perfect or the past ("had planned to open in
** March", "was to open in March", "was expected in March") may be past
** by now. */
static int past_plan(const words *w, int p) {
  return in_list(w, p, L_PAST_AUX) || in_list(w, before_adverbs(w, p), L_PAST_AUX);
}

/* "is holding talks on Friday", "are being held on Friday": the present
** continuous with a date is an arrangement to come. */
static int progressive(const words *w, int i) {
  if (!in_list(w, i, L_BE_PRESENT)) return 0;
  int v = i + 1;
  while (v < w->n && lower_word(w, v) && ends_with(w, v, "ly")) v++;
  return v < w->n && v != w->date && lower_word(w, v) && ends_with(w, v, "ing") &&
         !in_list(w, v, L_NOT_PROGRESSIVE);
}

/* "X and Y agreed to lift trade to $15 billion by 2030 at talks between
** ... on Thursday": a weekday with no "next", far after an intention said
** in the past (agreed, decided, pledged), is the day it was said; what was
** agreed is to come, the day it was agreed is not. Near the infinitive
** ("agreed to meet again on Thursday") or after "by" or "until", the date
** is still the intention's. */
static int said_on_weekday(const words *w, int p) {
  if (w->date - p <= 8) return 0;
  static const char *const said[] = {"agreed", "decided", "pledged", "vowed", "promised", "committed", NULL};
  static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                     "sunday", NULL};
  int k = 0;
  while (said[k] && !is(w, p, said[k])) k++;
  if (!said[k] || in_list(w, before_adverbs(w, p), L_BE_WORDS)) return 0; /* "is committed to" */
  if (in_list(w, w->date - 1, L_DEADLINES)) return 0;
  const char *d = w->text + w->t[w->date].s;
  size_t n = w->t[w->date].e - w->t[w->date].s;
  for (k = 0; days[k]; k++)
    if (n == strlen(days[k]) && ivl_ascii_ieq(d, n, days[k])) return 1;
  return 0;
}

/* "Quảng Ninh and Guangxi agreed to boost trade cooperation on May 8": an
** aim that goes on, not an event one day ("boost", "strengthen"), agreed
** in the past: its date is the day of the agreeing ("agreed to meet on
** May 8", an event, is still the meeting's; "by", "until" a deadline). */
static int ongoing_aim_agreed(const words *w, int p, int to) {
  static const char *const said[] = {"agreed", "decided", "pledged", "vowed", "committed", NULL};
  static const char *const ongoing[] = {"boost", "promote", "strengthen", "enhance", "expand", "deepen", "foster",
                                        "increase", "intensify", "bolster", "step", "further", "broaden", NULL};
  int k = 0, j = 0;
  while (said[k] && !is(w, p, said[k])) k++;
  while (ongoing[j] && !is(w, to + 1, ongoing[j])) j++;
  if (!said[k] || !ongoing[j] || in_list(w, before_adverbs(w, p), L_BE_WORDS)) return 0;
  return !in_list(w, w->date - 1, L_DEADLINES);
}

/* "will set up sister ties next year, after signing a letter of intent on
** Monday", "After signing an MoU on Thursday, the province will ...": a
** gerund after "after" or "following" tells of what was done, its weekday
** the last one (a month may be of a signing still to come). */
static int done_before_weekday(const words *w, int i) {
  static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                     "sunday", NULL};
  if (i < 1 || !lower_word(w, i) || !ends_with(w, i, "ing") || !(is(w, i - 1, "after") || is(w, i - 1, "following")))
    return 0;
  const char *d = w->text + w->t[w->date].s;
  size_t n = w->t[w->date].e - w->t[w->date].s;
  for (int k = 0; days[k]; k++)
    if (n == strlen(days[k]) && ivl_ascii_ieq(d, n, days[k])) return 1;
  /* "will build a plant ... after receiving an investment certificate on
  ** November 18": a paper received on a day is a thing done (a day of a
  ** receipt is not foretold as one of a signing may be) */
  static const char *const received[] = {"receiving", "obtaining", "securing", NULL};
  int k = 0;
  while (received[k] && !is(w, i, received[k])) k++;
  if (!received[k] || !is(w, w->date - 1, "on")) return 0;
  for (size_t b = 0; b < n; b++)
    if (ivl_isdigit((unsigned char)d[b])) return 1;
  return 0;
}

typedef enum { CUE_NONE = -1, CUE_SOFT = -2, CUE_SKIP = -3 } cue_extra;

/* Does a determiner follow the "-ed" word at i? Then it is a verb with
** its object, not an adjective: "a project that received its licence in
** May" ("that" a relative pronoun), where "that licensed project" is. */
static int takes_object(const words *w, int i) {
  static const char *const determiners[] = {"its", "the", "a", "an", "their", "his", "her", NULL};
  int v = i + 1;
  if (v >= w->n || v == w->date || !lower_word(w, v)) return 0;
  for (int k = 0; determiners[k]; k++)
    if (is(w, v, determiners[k])) return 1;
  return 0;
}

/* The tense word i gives: a tense, CUE_NONE when it gives none, CUE_SOFT
** for "until" (the future, unless a verb says otherwise), CUE_SKIP for a
** participle whose auxiliary, further on, decides ("was signed"). */
static int cue(const words *w, int i) {
  if (!cue_word(w, i)) return CUE_NONE;
  if (in_list(w, i, L_MODALS) || ends_with(w, i, "'ll") || ends_with(w, i, "\xE2\x80\x99ll") ||
      in_list(w, i, L_WONT))
    return IVL_TENSE_FUTURE;
  if (in_list(w, i, L_REPORTED_MODALS)) return IVL_TENSE_REPORTED;
  if (in_list(w, i, L_UNTIL)) return CUE_SOFT;
  /* "X will pay $138 million ..., according to a filing on Monday": the
  ** source of a report, said before the report as "said" is; a date in
  ** its clause is past whatever the reported clause's tense */
  if (in_list(w, i, L_NOT_PROGRESSIVE) && is(w, i, "according") && is(w, i + 1, "to")) return IVL_TENSE_PAST;
  /* (the place first: most words are not right before the date) */
  if (i + 1 == w->date && (is(w, i, "next") || is(w, i, "upcoming") || is(w, i, "coming")))
    return IVL_TENSE_FUTURE;
  if (i + 1 == w->date && is(w, i, "last")) return IVL_TENSE_PAST;
  if (infinitive(w, i)) {
    int p = before_adverbs(w, i);
    if (in_list(w, p, L_INTENTION))
      return past_plan(w, p)                                     ? IVL_TENSE_NONE
             : said_on_weekday(w, p) || ongoing_aim_agreed(w, p, i) ? IVL_TENSE_PAST
                                                                    : IVL_TENSE_FUTURE;
    return directed(w, p) || in_list(w, w->date - 1, L_DEADLINES) ? IVL_TENSE_INTENT : CUE_NONE;
  }
  if (in_list(w, i, L_INTENTION_PARTICIPLES) && (i + 1 == w->date || is(w, i + 1, "for") ||
                                               is(w, i + 1, "in") || is(w, i + 1, "on")))
    return past_plan(w, i) || is(w, before_adverbs(w, i), "been") ? CUE_SKIP : IVL_TENSE_FUTURE;
  if (in_list(w, i, L_PERFECT_WORDS)) {
    int v = i + 1;
    while (v < w->n && lower_word(w, v) && ends_with(w, v, "ly")) v++;
    if (v < w->n && (is(w, v, "been") || past_form(w, v))) return IVL_TENSE_PAST;
    return is(w, i, "had") ? IVL_TENSE_PAST : IVL_TENSE_NONE;
  }
  if (in_list(w, i, L_PAST_WORDS) || done_before_weekday(w, i)) return IVL_TENSE_PAST;
  if (in_list(w, i, L_GOAL_VERBS) && lower_word(w, i)) { /* a verb, not a noun after "the", "its" */
    int p = before_adverbs(w, i);
    if (!(p >= 0 && (in_list(w, p, L_BEFORE_ADJECTIVE) || w->t[p].kind == TOK_NUM))) return IVL_TENSE_FUTURE;
  }
  if (in_list(w, i, L_PRESENT_WORDS))
    return progressive(w, i) ? IVL_TENSE_FUTURE : IVL_TENSE_NONE;
  if (past_form(w, i)) {
    int p = before_adverbs(w, i);
    if (in_list(w, p, L_BE_WORDS) || in_list(w, p, L_PERFECT_WORDS)) return CUE_SKIP; /* its auxiliary decides */
    if (p >= 0 && (w->t[p].kind == TOK_NUM || in_list(w, p, L_BEFORE_ADJECTIVE)) && !takes_object(w, i))
      return CUE_NONE;
    /* a past that is also the base form ("set", "hit") after a modal or
    ** "to": the modal decides ("will set up sister ties in May") */
    if (p >= 0 && (in_list(w, p, L_MODALS) || in_list(w, p, L_REPORTED_MODALS) || is(w, p, "to"))) return CUE_NONE;
    return IVL_TENSE_PAST;
  }
  return CUE_NONE;
}

/* }====================================================================== */

/* {======================================================================
** The nearest cue
** ======================================================================= */

static int clause_start(const words *w) {
  int i = w->date;
  while (i > 0 && w->t[i - 1].kind != TOK_BREAK) i--;
  return i;
}

static int clause_end(const words *w) {
  int i = w->date + 1;
  while (i < w->n && w->t[i].kind != TOK_BREAK) i++;
  return i;
}

/* What a scan has seen besides a decisive cue. */
typedef struct seen {
  int until;  /* "until": the future, unless a verb says otherwise */
  int intent; /* an infinitive: the date is not what the past verb did */
} seen;

/* The first decisive cue among tokens from, from+step, ... (not reaching
** 'to'). A past or present verb beyond an infinitive governs the
** infinitive, not the date: "asked the firm to start building before June
** 30", "are working to clear the site before October". */
static int scan(const words *w, int from, int to, int step, seen *sn) {
  static const char *const relatives[] = {"which", "who", "whom", "whose", "where", NULL};
  for (int i = from; i != to; i += step) {
    /* "signed an MoU on Monday to lease land for a plant in which it plans
    ** to invest ...": past the date, a relative clause tells of the noun
    ** before it, not of the day; its verb does not decide the date */
    if (step > 0 && w->t[i].kind == TOK_WORD && w->text[w->t[i].s] == 'w')
      for (int k = 0; relatives[k]; k++)
        if (is(w, i, relatives[k])) return CUE_NONE;
    int c = cue(w, i);
    if (c == CUE_SOFT) sn->until = 1;
    else if (c == IVL_TENSE_INTENT) sn->intent = 1;
    else if (c >= 0) return sn->intent && (c == IVL_TENSE_PAST || c == IVL_TENSE_NONE) ? IVL_TENSE_INTENT : c;
  }
  return CUE_NONE;
}

ivl_tense ivl_tense_at(const char *text, size_t s, size_t e, size_t at, size_t at_end) {
  words w;
  int32_t lists[sizeof w.t / sizeof *w.t];
  pthread_once(&listed_once, enter_lists);
  tokenize(&w, text, s, e, at, at_end);
  w.lists = lists;
  mark_lists(&w);
  int cs = clause_start(&w), ce = clause_end(&w), c;
  seen left = {0, 0}, right = {0, 0};
  if ((c = scan(&w, w.date - 1, cs - 1, -1, &left)) >= 0) return (ivl_tense)c;
  if ((c = scan(&w, w.date + 1, ce, 1, &right)) >= 0) return (ivl_tense)c;
  if (left.until) return IVL_TENSE_FUTURE;
  if ((c = scan(&w, cs - 1, -1, -1, &left)) >= 0) return (ivl_tense)c;
  if ((c = scan(&w, ce, w.n, 1, &right)) >= 0) return (ivl_tense)c;
  return left.intent ? IVL_TENSE_INTENT : IVL_TENSE_NONE;
}

/* }====================================================================== */
