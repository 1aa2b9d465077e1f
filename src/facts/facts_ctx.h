/*
** facts_ctx.h
** What the fact linkers share (facts.c, facts_invest.c, facts_relate.c):
** the mentions as the linkers see them, the article context, word tests
** on the sentence text and the building of a fact.
*/
#ifndef IVLUA_FACTS_CTX_H
#define IVLUA_FACTS_CTX_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "article.h"

enum fm_kind {
  FM_MONEY, FM_PERCENT, FM_COUNT, FM_DATE, FM_PLACE, FM_COUNTRY,
  FM_ORG, FM_PERSON, FM_SECTOR, FM_OTHER
};

enum fm_flag {
  FM_PROJECTS = 1,  /* a count of projects */
  FM_COMPANY = 2,   /* an organisation that can invest (not a ministry, an agency...) */
  FM_DEMONYM = 4,   /* a country named by its adjective: "Japanese" */
  FM_VN = 8,        /* a place in Việt Nam, or Việt Nam itself */
  FM_COMMITTEE = 16, /* a People's Committee: its place acts for it */
  FM_ONES = 32,      /* a count of "ones": "seven existing ones" */
  FM_DATELINE = 64,  /* a place or a country opening a wire's dateline: "MANILA/HANOI, March 4 (Reuters) -",
                        "Hanoi (VNA) –", "SINGAPORE, Oct 3 (Reuters) -" */
  FM_TOWN = 128      /* a town of the gazetteers (level "town"): its name is often another's too */
};

/* A mention as the linkers see it. Strings point into the article's store. */
typedef struct ivl_fm {
  uint32_t ent;         /* index in the article's store */
  uint32_t vs, ve;      /* span in the view */
  uint8_t kind, flags;
  const char *party;    /* how a fact names it: a place's canonical name, a
                           country's code, an organisation's name */
  const char *written;  /* an acronym after the article gave its full name
                           ("SVT" after "Sao Viet Technology Corp. (SVT)"):
                           the acronym, as an investor is named (party is
                           the full name, as parties to a deal are); else NULL */
  const char *province; /* a Vietnamese place's province (canonical), else NULL */
  const char *country;  /* a place's country code, else NULL */
  const char *value_s;  /* a date's ISO value; money: its currency */
  double value;         /* money, percent, count: the number */
  uint32_t named;       /* of a place or a country: how many mentions of its
                           kind name the same party; 0 until its kind is
                           counted (fx_count_named), and of other kinds */
} ivl_fm;

/* The cue words a sentence holds, found in one pass over its words: the
** linkers look closer only at sentences with their cues. */
enum fx_cue {
  CUE_INVEST = 1 << 0,   /* invest*, licen*, capital*, fdi, foreign-invested */
  CUE_FOREIGN = 1 << 1,  /* foreign*, fdi, overseas */
  CUE_WORKS = 1 << 2,    /* what a company builds: project*, plant(s), factory, park, mall ... */
  CUE_IT = 1 << 3,       /* it, its */
  CUE_DEAL = 1 << 4,     /* signed, agreed, inked */
  CUE_RELATION = 1 << 5, /* relations, relationship, ties, partnership, twinned,
                            twinning, sister*, venture */
  CUE_ABROAD = 1 << 6,   /* abroad, overseas, outward: lexicon 'abroad' as built in */
  CUE_RANK = 1 << 7,     /* among, largest, biggest, leading, top: "among the" and
                            the superlatives (fx_superlatives) */
  CUE_AID = 1 << 8,      /* oda, loan(s), lend(s), lent, lending, official, grant,
                            non, credit: a word of every phrase of lexicon 'aid' as built in */
  CUE_COMPANY = 1 << 9,  /* company, group, firm, investor, manufacturer, maker,
                            giant, corporation: "the company" and its kin */
  CUE_ORDINAL = 1 << 10, /* first ... tenth, and st, nd, rd, th after digits
                            ("2nd", "21st"): what fx_ordinal_at reads */
  CUE_BETWEEN = 1 << 11, /* between: the deals itemised one "between" each
                            (facts_relate.c), asked of every sentence */
  CUE_SIGN_NOW = 1 << 12 /* sign(s), exchange(s): a signing in the present,
                            a deal's only right after its party ("A and B
                            sign an MoU", not "a sign of trust"):
                            facts_relate.c signed_now */
};
/* The words a sentence has only with its cue: the looks for them are
** skipped without it, so each word of these lists must carry the cue
** (test_fx checks every one): */
extern const char *const fx_company_words[]; /* CUE_COMPANY */
/* Verbs of saying ("said", "told", "announced", "speaking"): who said it,
** where it was said. */
extern const char *const fx_speech_words[];
/* A portal's "On the same occasion", "On this occasion": the event told
** before, and so its day (fx_same_day; a figure's, invest_figures.c;
** a signing's, facts_relate.c). */
extern const char *const fx_occasion_told[];
/* "the same day" and its parts ("the same afternoon"): the day told
** before (fx_same_day; a figure's, invest_figures.c). */
extern const char *const fx_same_day_told[];
/* The words of a place at the top: "the largest investor", "the top source". */
extern const char *const fx_superlatives[];
/* ... and the ordinals fx_ordinal_at reads: its words, and the letters
** after the digits of "2nd", "21st" (CUE_ORDINAL; fx_ordinal_from skips
** a sentence without). */
extern const char *const fx_ordinal_words[];
extern const char *const fx_ordinal_suffixes[];

/* One sentence and the mentions in it. */
typedef struct ivl_fsent {
  size_t index;     /* in the article's sentences */
  uint32_t vs, ve;  /* its span in the view */
  const ivl_fm *m;  /* its mentions, in order */
  size_t n;
  unsigned cues;    /* enum fx_cue */
} ivl_fsent;

/* What a later sentence may refer back to. */
typedef struct ivl_fcontext {
  const char *province;   /* the province the article is about ("the province") */
  int filed;              /* ... named only in the dateline: where it was filed */
  const char *filed_at;   /* the dateline's province when the body never names it */
  const char *place;      /* where its figures go when no place is named: that
                             province, or "VN" when it is about the country */
  const ivl_fm *investor; /* the last investor named ("it", "its") */
  const ivl_fm *fact_investor; /* the investor of the facts of sentence
                             fact_sent, NULL when several or "*" ("five of the
                             projects" next) */
  size_t fact_sent;
  int fact_stock;           /* ... and their basis and date */
  const ivl_fm *fact_date;
  const ivl_fm *company;  /* the last company named ("the company", "the group") */
  const ivl_fm *entry_subject; /* the company a timeline's entries that leave
                             out their subject are of ("2013: Invests ...") */
  const ivl_fm *parent;   /* the last company named as another's owner ("a
                             subsidiary of Japan's X"): "the parent company" */
  const ivl_fm *fund;     /* the last organisation named a fund ("Lotus
                             Vietnam Growth Fund II"): "the fund" */
  const ivl_fm *venture;  /* the last joint venture named in apposition ("a
                             joint venture, Siam Dong A Packaging,"): "the
                             venture" next, not its founders */
  const ivl_fm *called_group; /* the last company called a group, by its name
                             ("Siam Medica Group") or a noun before it ("Thai
                             group X"): "the group" next, over a developer or
                             unit named since */
  const ivl_fm *developer;/* the last company said to develop a park or project
                             ("X, the developer of ...", "developed by X"):
                             "the developer", though a tenant was named since */
  size_t developer_sent;  /* 1 + the index of the sentence that said so */
  int subject_is_investor;/* the last sentence was about an investor ("it") */
  int fdi_age;            /* sentences since FDI was last spoken of (large: never) */
  int items;              /* paragraphs opening a wire's item on a dateline or a
                             bullet: two or more make the article a digest */
  const char *item_place; /* the one province the digest's current item opens on
                             ("CẦN THƠ (VNA) – ..."): "the city" in that item; else NULL */
  int item_filed;         /* ... named only in its dateline, the item about Việt Nam
                             ("HANOI, Oct 30 (Reuters) - Vietnam's ministry said"):
                             where it was filed, no place of its figures */
  const char *topic;      /* the place a recent sentence named for its figures */
  int topic_age;          /* sentences since */
  int topic_title;        /* ... set by the headline's figure */
  const ivl_fm *topic_firm; /* the company whose project's place the topic is,
                             NULL when an aggregate or a country's figure set it */
  const char *topic_before_firm; /* the place spoken of before that company's
                             sentence took the topic over, else NULL */
  const char *works_in;   /* the one province the sentence before said a company
                             works in, not the article's ("X also runs a plant in
                             Hải Dương"): "there", "the province" next; else NULL */
  ivl_fsent before;       /* the sentence before ("X opened its fifth mall in Biên
                             Hòa, Đồng Nai"), asked of only by one that opens on
                             its works: "The mall, a $140 million investment" */
  const char *park;       /* the province of the park or zone named last ("Nghi Sơn
                             Economic Zone"): "in the new park" next; else NULL */
  int invest_age;         /* sentences since one stated an investment or spoke of FDI */
  int parts_age;          /* sentences since one broke down a total */
  int outward_age;        /* sentences since investment abroad was (large: never) */
  const ivl_fm *demonym_group; /* the investors of a country a sentence opened
                             on ("Korean firms remain upbeat ..."): "They" next */
  size_t demonym_group_sent; /* 1 + the index of that sentence; 0: none */
  const ivl_fm *abroad;   /* the place abroad a company's money went to last */
  size_t outward_vn_sent; /* 1 + the index of the last sentence whose money abroad
                             Việt Nam at large put ("Vietnamese firms invested
                             $290 million abroad"); 0 when a company's was last */
  int last_rank;          /* the place the last ranked fact held ... */
  int last_rank_stock;    /* ... its basis ... */
  int rank_age;           /* ... and sentences since (large: never) */
  const char *pair[2];    /* "the two sides": the parties the article is about */
  int pair_places;        /* both of them places ("the two localities" too) */
  int pair_aside;         /* both of them firms signing at a leaders' meeting
                             ("On the sidelines, A and B signed ...") */
  const char *bought_pair[2]; /* the pair a purchase linked ("X bought 40 per
                             cent of Y from Z": X and Z) ... */
  size_t bought_pair_sent; /* ... 1 + the index of its sentence ... */
  uint32_t bought_pair_ve; /* ... and where that sentence ends */
  const ivl_fm *pair_firm[2]; /* the two firms of the last deal told between
                             two ("A signed a deal with B"), the subject's
                             first ... */
  size_t pair_sent;       /* ... and 1 + the index of its sentence: "The two
                             firms will invest $300 million" right after */
  const char *pair_place; /* ... and the province its sentence puts it in
                             ("agreed to set up a venture in Hải Phòng") */
  const char *venture_seat; /* where the last sentence that told of a joint
                             venture put it ("licensed to set up a joint venture
                             in HCM City", "a deal ... to build a battery line in
                             Indonesia"): "The venture ..." or a partner's share
                             of it a few sentences on; else NULL ... */
  size_t venture_seat_sent; /* ... and 1 + the index of that sentence */
  size_t venture_deal_sent; /* 1 + the index of the last sentence that told a
                             joint venture deal ("A and B signed a joint venture
                             agreement to build a $350 million campus") ... */
  size_t venture_deal_from, venture_deal_to; /* ... and the facts it stored: the
                             venture, named next, takes its figure (rule 10) */
  struct {                /* firms' seats said before ("Hải Phòng-based X", "X,
                             based in Can Tho"): where money later put into
                             the firm goes (fx_seat_of) */
    const char *firm, *province;
  } seats[8];
  int nseats;
  const char *bought_seat; /* the seat of the last firm a sentence bought into
                             ("a stake in the HCM City-based chain"): "bought
                             into the retailer" later (set qweek54) */
  const ivl_fm *deal_firm; /* the firm of the last deal told between a firm and
                             a province ("X signed an agreement with the Quảng
                             Ngãi People's Committee to build a plant") ... */
  const char *deal_province; /* ... that province ... */
  size_t deal_sent;       /* ... and 1 + the index of its sentence: "The company
                             will invest $2 billion in the plant" right after */
  const ivl_fm *last_date; /* the last date said before ("that year", "at the time") */
  const ivl_fm *last_day;  /* the last full day said before ("on the same day") */
  int last_date_merger;     /* last_date tells of a 2025 merger, no event an occasion goes back to */
  const ivl_fm *licence_day; /* the day of the last licensing at an event told
                             ("On June 17, the authority granted certificates to 7
                             projects"), its parts told after it (set qweek29) ... */
  size_t licence_sent;    /* ... and the index of its sentence */
  const ivl_fm *event_day; /* the full day of the last forum, conference or
                             summit told with its own day ("at a business forum
                             in HCM City on Thursday (Dec 3)") ... */
  const char *event_word; /* ... and that event's word ("forum"): a later "at
                             the forum" is held that day, over a day said since
                             of something else ("said in a filing on Friday") */
  const ivl_fm *signing_day; /* the full day of the last agreement stored ("On
                             the same occasion, C and D signed ...") */
  int domestic_said;      /* the article speaks of domestic projects or investors (rule 12) */
  size_t terminated_sent; /* 1 + the index of the last sentence that told of
                             projects ended ("revoked 12 projects worth ...") */
  const ivl_fm *deal_buyer; /* the buyer of a purchase the sentence before told
                             with no price ("X agreed to acquire Y."), else NULL ... */
  const char *deal_target;  /* ... where its money goes ... */
  uint32_t deal_ve;         /* ... and where that sentence ends */
  const ivl_fm *deal_before; /* that buyer, while the sentence right after it is
                             linked, else NULL ... */
  const char *deal_before_target; /* ... and where its money goes */
  size_t members_sent;    /* 1 + the index of the last sentence that listed a
                             group's members with no figure ("licensed a
                             consortium of A, B and C"), 0 when none ... */
  const ivl_fm *members_lead; /* ... its leader, whose figure the next
                             sentence may give ("The plant will cost ...") ... */
  size_t members_fact;    /* ... 1 + the index of the leader's fact stored with
                             no figure, dropped when the figure comes ... */
  const ivl_fm *members_date; /* ... and the sentence's date, the figure's ... */
  const char *members_target; /* ... and where the group invests ... */
  int members_founding;   /* ... and whether they were told founding a joint
                             venture ("A and B agreed to set up a joint
                             venture"), whose capital the next sentence gives */
  const char *group[6];   /* the members of the group listed last with its
                             figure or none ("a consortium of A, B and C") ... */
  size_t group_n;
  size_t group_sent;      /* ... and 1 + the index of its sentence: "the three
                             partners signed" a few sentences on */
  const char *joined_target; /* where the last group or funding round told
                             invests ("A consortium of A and B ...", "X
                             raised $65 million in a round led by Y") ... */
  size_t joined_sent;     /* ... and 1 + the index of its sentence: "C also
                             took part in the round" a sentence or two on */
  size_t joiners_from, joiners_to; /* the facts with no figure stored for the
                             firms told joining it ("C and D also took part in
                             the round") ... */
  size_t joiners_sent;    /* ... and 1 + the index of their sentence */
  size_t domestic_sent;   /* 1 + the index of the last sentence whose figures
                             were domestic (rule 12) */
  size_t projects_told_sent; /* 1 + the index of the last sentence that counted
                             projects approved or licensed with no money
                             ("approved two projects in X"): "The larger,
                             worth $780 million, ..." right after is one */
  const char *turned_to;  /* the province a report turned to by name
                             ("Elsewhere, Đà Nẵng ...") ... */
  size_t turned_sent;     /* ... and 1 + the index of its sentence */
} ivl_fcontext;

/* Which of what the article names most were found (ivl_fctx's most). */
enum { MOST_PLACES = 1, MOST_COUNTRIES = 2 };

typedef struct ivl_fctx {
  ivl_article *a;
  const char *t;        /* the view text */
  ivl_fm *m;
  size_t nm;
  size_t longest; /* the longest mention's bytes (ve - vs) + 1; 0: not yet
                     found (fx_longest_mention) */
  size_t towns; /* mentions of towns (FM_TOWN): most articles have none */
  /* What fx_can_invest, fx_acts and fx_describes_company said of each
  ** mention (MEMO_*), or NULL: they read only the text and the mentions,
  ** which do not change once read, and the frames ask them of the same
  ** mentions figure after figure (a cache, which the const asks write to). */
  uint8_t *memo;
  /* What is found once an article, when first asked (a cache the const
  ** asks write to, as memo is): the firm a post in its own voice speaks
  ** for (invest_roles.c poster), and the firms' names sorted, so that the
  ** full name a short form repeats is found without reading every mention
  ** before it (facts_invest.c full_name_before). */
  struct fx_article_memo {
    int poster_asked;
    const ivl_fm *poster;
    int names_sorted;        /* 1 built, -1 out of memory */
    struct fx_named *names;  /* the firms' mentions, by name then place */
    size_t nnames;
  } *article_memo;
  ivl_fcontext c;
  char article_date[11]; /* the article's date as_of defaults to ("XXXX" undated) */
  ivl_store *out;
  const char *frame;     /* the frame the next fact is stored by: its 'rule' field */
  uint32_t refs[64];     /* the current fact's mentions */
  size_t nrefs;
  int failed;            /* out of memory */
  /* The word starts of the current sentence by first letter (a-z), so that
  ** looking for a cue word visits the words that could be it, not every
  ** byte: words[k] for k = first_word[c], next_word[k], ... until
  ** FX_NO_WORD start with 'a' + c, in text order. The sentence pass
  ** keeps the starts, 'nwords' of them; the lists by letter are linked
  ** when a look first walks them ('linked', fx_link_words): two sentences
  ** in five have no such look. */
  uint32_t words_vs, words_ve;
  uint32_t *words;      /* the starts, then next_word */
  size_t words_cap;
  uint32_t *next_word;
  uint32_t first_word[26];
  uint32_t nwords;
  int linked;
  /* ... and the word indexes of each letter together, letter by letter
  ** (those of 'a' + c from letter_start[c] to letter_start[c + 1]), for
  ** a look that starts far into a long sentence: the first of its words
  ** found by halving, not by a walk of its letter's list (fx_letter_words,
  ** when such a look first asks: 'lettered'; -1 out of memory) */
  /* Where the first byte of a dash (or any 0xE2 byte) is in the sentence
  ** [dash_vs, dash_ve), once asked (dash_known): looked for before each
  ** place a figure may go to, from the sentence's start (invest_roles.c) */
  uint32_t dash_vs, dash_ve, first_dash;
  int dash_known;
  /* ... and of its first comma (comma_known) */
  uint32_t comma_vs, comma_ve, first_comma;
  int comma_known;
  uint32_t *letter_words;
  size_t letter_cap;
  uint32_t letter_start[27];
  int lettered;
  unsigned cues;        /* of the indexed sentence (fx_index_sentence's) */
  /* A Bloom filter of the sentence's words by their first three letters:
  ** most cue words are in no sentence, and this says so in one bit test
  ** (there are a hundred-odd looks per sentence). */
  uint64_t seen[16];
  /* ... and one of its whole ASCII words from a letter, by their hash
  ** (words.h's): "the" is not "them" in it. */
  uint64_t whole[16];
  /* Where the last sentence's words ended in the article's word table
  ** (a->words, when cut): the next sentence's are looked for from there. */
  size_t article_word;
  /* The filter bits of the cue words looked for, by the word's address (a
  ** cache, which the const looks write to): the words are literals or
  ** lexicon words, which never change, and computing the bits was most of
  ** a look. */
  struct fx_seen_keys *keys;
  /* The parties the whole article names most ("the two sides", "the three
  ** countries"): the same for every sentence, so found once, when first
  ** asked for. */
  struct {
    int ready; /* MOST_*: which of them were found */
    const char *vn_place, *foreign_place, *foreign_country;
    const char *countries[3];
    size_t ncountries;
  } most;
} ivl_fctx;

/* {======== words in the view (facts_words.c) ======== */

/* Index the words of sentence t[vs, ve) for the looks below (x->words,
** x->first_word, x->next_word, x->seen); the cues (CUE_*) its words hold. */
#define FX_NO_WORD UINT32_MAX
unsigned fx_index_sentence(ivl_fctx *x, size_t vs, size_t ve);

/* Does t[.., to) end inside a word (a word byte on both sides of 'to')?
** The cues of the sentence pass see only whole words: a look up to
** such a place may find a word they do not mark. */
int fx_cuts_word(const ivl_fctx *x, size_t to);

/* Link the indexed sentence's words by letter (x->first_word,
** x->next_word), when not yet: the looks do when they first need them. */
void fx_link_words(ivl_fctx *x);

/* The calling thread's cache of the cue words' filter bits (x->keys); NULL when
** out of memory. */
struct fx_seen_keys *fx_thread_keys(void);

#define FX_NONE ((size_t)-1)

/* Where word 'w' (ASCII, any case; "invest*": any word starting so) first
** occurs in t[from, to), at word boundaries; FX_NONE when it does not.
** 'w' is a literal or a lexicon word: what is found for it is cached by
** its address, so the string there must never change. */
size_t fx_find(const ivl_fctx *x, size_t from, size_t to, const char *w);
/* Where word 'w' last occurs in t[from, to) (the one nearest 'to'), as
** fx_find finds it; FX_NONE when it does not. */
size_t fx_find_last(const ivl_fctx *x, size_t from, size_t to, const char *w);
/* ... and where any word of 'words' last begins, as fx_first finds them. */
size_t fx_last(const ivl_fctx *x, size_t from, size_t to, const char *const *words);
/* Does any word of the NULL-ended list occur in t[from, to)? A list given
** to fx_any, fx_first or fx_ends_with_any is a static array (named, or a
** lexicon's), never a compound literal in a function: what is found for
** it is cached by its address. */
int fx_any(const ivl_fctx *x, size_t from, size_t to, const char *const *words);
/* Where the first of them occurs; FX_NONE when none does. */
size_t fx_first(const ivl_fctx *x, size_t from, size_t to, const char *const *words);
/* Do the words just before 'pos' end with 'w' ("in the", "according to"),
** 'n' bytes? */
int fx_ends_with_n(const ivl_fctx *x, size_t pos, const char *w, size_t n);
/* ... of a string: inline, so that the length of a literal (nearly every
** call) is known when compiled, not looked up at each call. */
static inline int fx_ends_with(const ivl_fctx *x, size_t pos, const char *w) {
  return fx_ends_with_n(x, pos, w, strlen(w));
}
/* Does the text at 'pos' (after spaces) start with 'w'? */
int fx_starts_with(const ivl_fctx *x, size_t pos, const char *w);
/* ... with any word of the NULL-ended list; do the words before 'pos' end
** with any of them? */
int fx_starts_with_any(const ivl_fctx *x, size_t pos, const char *const *words);
int fx_ends_with_any(const ivl_fctx *x, size_t pos, const char *const *words);
/* Is m the company bought, right after the words of buying ("after it
** bought 51% of drinks maker X", "the acquisition of X")? */
int fx_bought_company(const ivl_fctx *x, const ivl_fm *m);
/* Is m a demonym naming a group of investors, its plural noun right after
** it ("Korean investors", "Vietnamese firms"), in sentence s? */
int fx_demonym_investors(const ivl_fsent *s, const ivl_fctx *x, const ivl_fm *m);
/* Is firm m called a group, by its name's last word ("Siam Medica Group")
** or by the noun right before it ("Thai group X")? */
int fx_called_group(const ivl_fctx *x, const ivl_fm *m);
/* Is firm 'm' the brand of the outlets named right after it ("15 more
** Emart supermarkets", "its Go! shopping centres"), not an actor? */
int fx_brand_of_outlets(const ivl_fctx *x, const ivl_fm *m);
/* Is firm 'm' the seller of a purchase told before it ("bought X from Y")? */
int fx_seller_of_purchase(const ivl_fctx *x, const ivl_fm *m);
/* The length of an en or em dash ("–", "—") starting at 'p', 0 if none. */
static inline size_t fx_long_dash_at(const ivl_fctx *x, size_t p) {
  const unsigned char *t = (const unsigned char *)x->t;
  return p + 2 < x->a->view.len && t[p] == 0xE2 && t[p + 1] == 0x80 && (t[p + 2] == 0x93 || t[p + 2] == 0x94) ? 3 : 0;
}

/* Is mention m where a firm is based, "-based" right after it ("a Hà
** Nội-based developer"; so too "-headquartered", "-registered",
** "-incorporated")? */
static inline int fx_based_in(const ivl_fctx *x, const ivl_fm *m) {
  return x->t[m->ve] == '-' && (fx_starts_with(x, m->ve, "-based") || fx_starts_with(x, m->ve, "-headquartered") ||
                                fx_starts_with(x, m->ve, "-registered") || fx_starts_with(x, m->ve, "-incorporated"));
}
/* The same, or the market the firm lists on, which describes it as its seat
** does: "Hong Kong-listed Sunrise Optics" (set qweek114). */
static inline int fx_based_or_listed_in(const ivl_fctx *x, const ivl_fm *m) {
  return fx_based_in(x, m) || (x->t[m->ve] == '-' && fx_starts_with(x, m->ve, "-listed"));
}
/* Is t[at] inside the name of an organisation of the sentence ("Ministry
** of Planning and Investment", the "AS" of "Havfarm Nordic AS of Norway")?
** Such words say nothing about the sentence. */
static inline int fx_in_org_name(const ivl_fsent *s, size_t at) {
  for (size_t i = 0; i < s->n; i++)
    if (s->m[i].kind == FM_ORG && s->m[i].vs <= at && at < s->m[i].ve) return 1;
  return 0;
}
/* Does a word of the list come at 'pos', or after up to 'most' lower-case
** words ("an Australian [agricultural technology] company": three)? */
int fx_noun_within(const ivl_fctx *x, size_t pos, const char *const *nouns, int most);
static inline int fx_noun_within_three(const ivl_fctx *x, size_t pos, const char *const *nouns) {
  return fx_noun_within(x, pos, nouns, 3);
}
/* The first of 'n' mentions in text order that starts at or after 'pos',
** found by halving. */
size_t fx_mentions_from(const ivl_fm *m, size_t n, size_t pos);
/* The index of the first mention starting at or after view offset 'pos'
** (x->nm when none): the mentions are in text order. */
size_t fx_mention_from(const ivl_fctx *x, size_t pos);
/* The bytes of the article's longest mention (ve - vs). */
size_t fx_longest_mention(const ivl_fctx *x);
/* Is t[from, to) only white space and the given characters? */
int fx_only(const ivl_fctx *x, size_t from, size_t to, const char *chars);
/* The end of the administrative word ("District", "Province") written at
** k after a place, or k. */
size_t fx_admin_word_at(const ivl_fctx *x, size_t k, size_t to);
/* Is t[from, to) only spaces and lower-case words ("conglomerate ",
** "was the top destination with ")? */
int fx_lower_words(const ivl_fctx *x, size_t from, size_t to);
/* The first byte after the spaces at p and an equivalent in brackets there
** ("VNĐ800 billion ($31.5 million) of ..."), or after the spaces alone when
** no bracket closes within a few words. */
size_t fx_past_bracketed_equivalent(const ivl_fctx *x, size_t p);
/* The one province sentence 's' says a company works in ("runs a plant in
** Hải Dương", "opened its fifth mall in Biên Hòa, Đồng Nai"), unless it is
** 'skip'; where it names the works at '*word'; else NULL. */
const char *fx_company_site(const ivl_fctx *x, const ivl_fsent *s, const char *skip, size_t *word);
/* Is the word at 'at' written with a capital right after a lower-case
** word, so part of a name, not a cue ("the Go! and Tops Market chains",
** "a Leading Edge clinic"; "Topping the list was ..." opens its sentence)? */
int fx_in_name(const ivl_fctx *x, size_t at);
/* The ordinal or cardinal word at 'pos' ("third", "3rd", "second"): 1..20, else 0. */
int fx_ordinal_at(const ivl_fctx *x, size_t pos, size_t *end);
/* The first 'i' on, before 'to', where fx_ordinal_at may find one: at
** 'from' or after a byte that is no letter or digit; 'to' when none. */
size_t fx_ordinal_from(const ivl_fctx *x, size_t i, size_t from, size_t to);

/* }======== building a fact ======== */

/* A count's unit as FM_ flags (FM_PROJECTS, FM_ONES), and whether an
** organisation's name holds "People's Committee" (facts.c). */
uint8_t fx_unit_flags(const char *unit);
int fx_peoples_committee(const char *name);

int fx_begin(ivl_fctx *x, const ivl_fsent *s, int type);
void fx_str(ivl_fctx *x, int key, const char *v);
void fx_num(ivl_fctx *x, int key, double v);
void fx_list(ivl_fctx *x, int key, const char *const *v, size_t n);
void fx_ref(ivl_fctx *x, const ivl_fm *m);
void fx_end(ivl_fctx *x);

/* Is 'm' named as an actor, not as a source or a client ("according to
** the Ministry", "for LG Group", "clients including Sony")? */
int fx_acts(const ivl_fctx *x, const ivl_fm *m);
/* Is organisation 'm' the outlet or agency a paragraph opens with, before a
** dash ("Nhân Dân – X signed ...", "HANOI, Feb 18 (Reuters) - ")? */
int fx_dateline_source(const ivl_fctx *x, const ivl_fm *m);
/* Where a sentence opening on a wire's dateline ("HÀ NỘI, March 6 (VNA) –
** ") starts past it: the first byte after the dash and its spaces, when
** the dash comes before 'limit'; else vs. */
size_t fx_after_wire_dateline(const ivl_fctx *x, size_t vs, size_t limit);
size_t fx_past_web_suffix(const ivl_fctx *x, size_t p);
/* The length of a possessive mark right after 'm' ("'s", "’s", or the
** apostrophe alone after an s: "Laos' Khammouane"), 0 when none. */
size_t fx_possessive(const ivl_fctx *x, const ivl_fm *m);
/* Is country 'm' a possessive right before a place ("China's Guangxi",
** "in Vietnam's Dak Lak province"), saying only where the place is? */
int fx_country_places_next(const ivl_fctx *x, const ivl_fm *m);
/* The full name organisation 'm' repeats as a short form or an acronym
** ("Coteccons", "SBS" after "Sao Biển Seafood JSC (SBS)"), or the
** gazetteer's short name of a known body ("EU"); NULL else. */
const char *fx_org_canonical(const ivl_fctx *x, const ivl_fm *m);
/* Does any of the n names (a NULL one is none) end on one of the tails, a
** space before each (" JSC", " Securities"), and more of the name before it? */
int fx_names_end_with_any(const char *const *names, size_t n, const char *const *tails);
/* The bytes of "'s" or "’s" at t[at] ending a word, or 0. */
size_t fx_possessive_at(const ivl_fctx *x, size_t at);

/* The first contrast that opens a clause in [from, to): ", while" or ",
** whereas" (its word's offset, the comma's in *comma), else FX_NONE. */
size_t fx_contrast_turn(const ivl_fctx *x, size_t from, size_t to, size_t *comma);
/* Where mention m is said, over a country's possessive right before it
** ("Japan's X"), or before its capital's noun ("Cambodia's capital Phnom
** Penh": set qweek64): the possessive's start, else m's; 'prev' is the
** mention before m, or NULL. */
static inline size_t fx_said_from(const ivl_fctx *x, const ivl_fm *m, const ivl_fm *prev) {
  size_t n;
  if (!prev || prev->kind != FM_COUNTRY || !(n = fx_possessive(x, prev))) return m->vs;
  size_t after = prev->ve + n;
  if (after + 1 >= m->vs) return prev->vs;
  return (m->vs - after == 9 && memcmp(x->t + after, " capital ", 9) == 0) ||
                 (m->vs - after == 14 && memcmp(x->t + after, " capital city ", 14) == 0)
             ? prev->vs
             : m->vs;
}
/* Is place 'm' where something was said ("..., the chairman said at a
** ceremony in Hanoi on Saturday", "told a forum in Đà Nẵng"), not where
** money goes? */
int fx_speech_venue(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m);
const ivl_fm *fx_same_day(const ivl_fctx *x, const ivl_fsent *s);
/* Does date d tell of a place's 2025 merger? (invest_figures.c) */
int fx_merger_date(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d);
/* Does date d say since when works have stood still ("suspended since
** 2022", "idle since 2021"), the start of a stall, not of a relation or a
** running total of money? */
int fx_stall_since(const ivl_fctx *x, const ivl_fm *d);
/* Is place 'm' where a firm is based ("a Hà Nội-based developer", "X,
** headquartered in Hải Phòng,", "with headquarters in HCM City"), not
** where its money goes? */
int fx_firm_seat(const ivl_fctx *x, const ivl_fm *m);
/* Is firm 'org' the first the appositive opening at 'comma' names, right
** after it or past the seat said before it ("Lotus Tea's parent, Busan-based
** Hanul Beverages": set qbrand)? */
int fx_appositive_names(const ivl_fctx *x, const ivl_fsent *s, size_t comma, const ivl_fm *org);

/* The province said before to be company m's seat ("Hải Phòng-based X",
** "X, based in Can Tho"; m by that name or its first words), else NULL. */
const char *fx_seat_of(const ivl_fctx *x, const ivl_fm *m);
/* Does sentence s name a place in Việt Nam as firm's seat ("X, based in
** Hà Nội", "X, a Hanoi-based fund")? */
int fx_seated_in_sentence(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *firm);
/* Where "the" opens the words that describe m's unit before it ("the
** Central Highlands province of", "the U.S. state of"; no comma, stop or
** line between), or FX_NONE when m follows no "province of", "state of"
** and the like. */
size_t fx_unit_phrase(const ivl_fctx *x, const ivl_fm *m);
/* Is place 'm' a point of reference for where something is ("30km from
** Hà Nội", "70km south of Đà Nẵng", "near HCM City", "bordering Bình
** Dương"), so not the place itself (not "in the south of Hà Nội")? */
int fx_reference_place(const ivl_fctx *x, const ivl_fm *m);
/* Does the possessive after country 'm' rank investors in it ("Việt Nam's
** largest foreign investor", "Vietnam's third-biggest source of FDI")? The
** country is then where the money goes, not who invests. */
int fx_ranks_investors_in(const ivl_fctx *x, const ivl_fm *m);
/* Is 'm' a company described by its country ("a Japanese firm", "an
** Osaka-based firm"), not the country? */
int fx_describes_company(const ivl_fctx *x, const ivl_fm *m);
/* Can 'm' hold an investment: a company, or a country that is not only
** where a place is ("China's Guangxi"). */
int fx_can_invest(const ivl_fctx *x, const ivl_fm *m, int vn_target);
/* Is organisation m a deal's law firm or adviser ("X advised Y on ...",
** "law firm X", "X Legal"), no investor? */
int fx_adviser(const ivl_fctx *x, const ivl_fm *m);
/* Does sentence 's' tell a partner's part of a whole project ("X will
** contribute $686 million of the capital", "X's contribution to the
** project comes to $2.1 billion")? */
int fx_partner_part(const ivl_fctx *x, const ivl_fsent *s);
/* Is 'm' a company named in apposition to a joint venture ("a joint
** venture, Siam Dong A Packaging, to build ...", "The venture, X, will
** have")? The venture so named invests its own capital. */
int fx_venture_named(const ivl_fctx *x, const ivl_fm *m);

/* Count the 'named' of each mention of 'kind' (FM_PLACE, FM_COUNTRY). Only
** "the two sides" and its kin read them, and each kind is counted when
** they first ask for it (the mentions no longer change by then): every
** kind counted in every article before its sentences was 2.7M Ir of the
** stage's 77M on /tmp/b1. Sets x->failed when out of memory. */
void fx_count_named(ivl_fctx *x, int kind);

/* The linkers, one sentence at a time. */
void ivl_facts_invest(ivl_fctx *x, const ivl_fsent *s);
/* Is m a lender (a "Bank" word of its name, "Eximbank", "Finance
** Corporation", or the gazetteer's kind "lender": "IFC", "ADB") whose money
** in s is a loan, the sentence speaking of no stake, shares or investing? */
int ivl_facts_lender_without_stake(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *m);
/* The company a demonym after "the" stands for ("The Korean company": the
** company of that country named before, else the one spoken of), or NULL
** when m is no such demonym or no company was spoken of yet. */
const ivl_fm *ivl_facts_demonym_company(const ivl_fctx *x, const ivl_fm *m);
/* Does s open on the company spoken of, told by its noun after "the" and
** what describes it ("The Perth-based company", "The Californian group")? */
int ivl_facts_opens_on_described_company(const ivl_fctx *x, const ivl_fsent *s);
/* The firm the article introduced with the noun s opens on ("The firm has
** begun deploying the money" after "private equity firm X"), or NULL. */
const ivl_fm *ivl_facts_firm_introduced_by_opening(const ivl_fctx *x, const ivl_fsent *s);
/* The number of a numbered line ("2. Singapore ...") starting at 'vs', else 0. */
int ivl_facts_numbered_line(const ivl_fctx *x, size_t vs, size_t ve);

/* Where the text after the bullet of the line at 'vs' starts ("- ", "• ",
** "▪ ", "* ", "+ ", "– ", "· "), or 'vs' when the line opens on none. */
size_t ivl_facts_past_bullet(const ivl_fctx *x, size_t vs, size_t ve);
/* A timeline's entry that leaves out its subject ("2013: Invests ...",
** "2017 – Capital lifted by ..."): where its verb (or "Capital") starts,
** else FX_NONE. */
size_t ivl_facts_entry_verb(const ivl_fctx *x, size_t vs, size_t ve);
/* Is date mention d the own date that opens a timeline's entry ("March
** 2021 - A and B sign ...", "Q3/2025 — ...")? */
int ivl_facts_entry_date(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d);
void ivl_facts_relate(ivl_fctx *x, const ivl_fsent *s);

#endif
