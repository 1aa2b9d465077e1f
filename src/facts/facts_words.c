/*
** facts_words.c
** Words in the view, as the frames look for them: the sentence pass that
** indexes a sentence's words and their cues, the filter that says most cue
** words are absent at once, and fx_find and its kin (facts_ctx.h).
*/
#include <assert.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "facts_ctx.h"
#include "lexicon.h"
#include "util.h"

/* {======================================================================
** Words in the view
** ======================================================================= */

/* Letters, digits and every byte of a non-ASCII character are word bytes. */
static int is_word_byte(unsigned char c) { return ivl_isalnum(c) || c >= 0x80; }

/* ... as the table says (byte_kind, below, built before any look). */
static uint8_t byte_kind[256], byte_lower[256];
enum { BYTE_WORD = 1, BYTE_LETTER = 2 };
static inline int word_byte(unsigned char c) { return byte_kind[c] & BYTE_WORD; }

static int word_at(const char *t, size_t i, size_t to, const char *w, size_t *end) {
  size_t k = 0;
  for (; w[k] && w[k] != '*'; k++)
    if (i + k >= to || byte_lower[(unsigned char)t[i + k]] != (unsigned char)w[k]) return 0; /* a byte from 0x80 too */
  if (w[k] == '*') {
    while (i + k < to && word_byte((unsigned char)t[i + k])) k++;
  } else if (i + k < to && word_byte((unsigned char)t[i + k])) {
    return 0;
  }
  if (end) *end = i + k;
  return 1;
}

/* The cue words, and which are prefixes ("invest" for "investors"). */
#define CUE(word, cue, prefix) {word, sizeof word - 1, cue, prefix}
static const struct cue_word {
  const char *word;
  size_t len;
  unsigned cue;
  int prefix;
} cue_words[] = {
    CUE("investor", CUE_INVEST | CUE_COMPANY, 0), /* before "invest*", which would take it */
    CUE("invest", CUE_INVEST, 1), CUE("licen", CUE_INVEST, 1), CUE("capital", CUE_INVEST, 1),
    CUE("fdi", CUE_INVEST | CUE_FOREIGN, 0), CUE("foreign", CUE_FOREIGN, 1),
    CUE("overseas", CUE_FOREIGN | CUE_ABROAD, 0), CUE("abroad", CUE_ABROAD, 0),
    CUE("outward", CUE_ABROAD, 0), CUE("outbound", CUE_ABROAD, 0), CUE("market", CUE_ABROAD, 1),
    CUE("project", CUE_WORKS, 1), CUE("plant", CUE_WORKS, 0),
    CUE("plants", CUE_WORKS, 0), CUE("factory", CUE_WORKS, 0), CUE("factories", CUE_WORKS, 0),
    CUE("facility", CUE_WORKS | CUE_AID, 0), /* and a lender's "bank facility" (lexicon aid) */
    CUE("facilities", CUE_AID, 0), CUE("phase", CUE_WORKS, 0), CUE("it", CUE_IT, 0), CUE("its", CUE_IT, 0),
    /* the rest of what a company builds (inv_speaks_of_investment's works) */
    CUE("complex", CUE_WORKS, 0), CUE("centre", CUE_WORKS, 0), CUE("center", CUE_WORKS, 0),
    CUE("resort", CUE_WORKS, 0), CUE("mall", CUE_WORKS, 0), CUE("terminal", CUE_WORKS, 0),
    CUE("campus", CUE_WORKS, 0), CUE("hub", CUE_WORKS, 0), CUE("park", CUE_WORKS, 0),
    CUE("zone", CUE_WORKS, 0), CUE("port", CUE_WORKS, 0), CUE("warehouse", CUE_WORKS, 0),
    CUE("mill", CUE_WORKS, 0), CUE("hotel", CUE_WORKS, 0),
    /* a retailer's: "a $250 million department store" */
    CUE("store", CUE_WORKS, 0), CUE("supermarket", CUE_WORKS, 0), CUE("hypermarket", CUE_WORKS, 0),
    /* "a $75 million inland container depot" */
    CUE("depot", CUE_WORKS, 0), CUE("depots", CUE_WORKS, 0),
    /* what a farming firm builds: "a VNĐ2.5 trillion dairy farm" */
    CUE("farm", CUE_WORKS, 0), CUE("farms", CUE_WORKS, 0), CUE("ranch", CUE_WORKS, 0),
    CUE("hatchery", CUE_WORKS, 0), CUE("plantation", CUE_WORKS, 1), CUE("greenhouse", CUE_WORKS, 1),
    CUE("slaughterhouse", CUE_WORKS, 0),
    /* a shipbuilder's: "a US$450 million ship repair yard" */
    CUE("yard", CUE_WORKS, 0), CUE("shipyard", CUE_WORKS, 0),
    /* an airline's, a refiner's, a grid's (inv_works) */
    CUE("hangar", CUE_WORKS, 0), CUE("hangars", CUE_WORKS, 0), CUE("refinery", CUE_WORKS, 0),
    CUE("refineries", CUE_WORKS, 0), CUE("substation", CUE_WORKS, 0), CUE("substations", CUE_WORKS, 0),
    CUE("workshop", CUE_WORKS, 0), CUE("workshops", CUE_WORKS, 0),
    /* a brewer's: "has earmarked VNĐ1.5 trillion for a new brewery" */
    CUE("brewery", CUE_WORKS, 0), CUE("breweries", CUE_WORKS, 0),
    /* a maker's lines, a drink maker's works, a showroom, an office
    ** (inv_works: "production line", "assembly line" by their first word) */
    CUE("production", CUE_WORKS, 0), CUE("assembly", CUE_WORKS, 0), CUE("distillery", CUE_WORKS, 0),
    CUE("winery", CUE_WORKS, 0),
    CUE("showroom", CUE_WORKS, 0),
    CUE("showrooms", CUE_WORKS, 0), CUE("tower", CUE_WORKS, 0), CUE("towers", CUE_WORKS, 0),
    CUE("headquarters", CUE_WORKS, 0),
    /* a venue: "broke ground on a VND9 trillion stadium" (inv_works) */
    CUE("stadium", CUE_WORKS, 0), CUE("stadiums", CUE_WORKS, 0), CUE("arena", CUE_WORKS, 0),
    CUE("arenas", CUE_WORKS, 0),
    /* "broke ground on a VNĐ2.6 trillion hospital", "a $120 million school" */
    CUE("hospital", CUE_WORKS, 0), CUE("clinic", CUE_WORKS, 0), CUE("school", CUE_WORKS, 0),
    /* "broke ground on a VND55 trillion township", "a VNĐ12 trillion urban
    ** area", "a VNĐ1.4 trillion industrial cluster" */
    CUE("township", CUE_WORKS, 0), CUE("urban", CUE_WORKS, 0), CUE("cluster", CUE_WORKS, 0),
    /* a new unit a company sets up ("set up a $6 million subsidiary in
    ** Germany", "opened a $3 million branch"; "venture" below): inv_speaks_of_investment's units */
    CUE("subsidiary", CUE_WORKS, 0), CUE("branch", CUE_WORKS, 0),
    CUE("signed", CUE_DEAL, 0), CUE("agreed", CUE_DEAL, 0), CUE("inked", CUE_DEAL, 0),
    /* ", agreeing to deepen ...": the act told before it agreed on (agreement_verb) */
    CUE("agreeing", CUE_DEAL, 0),
    /* "witnessed the signing of", "sealed a deal", "exchanged notes",
    ** "reached an agreement" (lexicon 'agreeing') */
    CUE("signing", CUE_DEAL, 0), CUE("sealed", CUE_DEAL, 0), CUE("struck", CUE_DEAL, 0), CUE("clinched", CUE_DEAL, 0),
    /* also a standing exchange: "have exchanged news footage since 2015" (lexicon 'relation') */
    CUE("exchanged", CUE_DEAL | CUE_RELATION, 0),
    /* a live blog's present: "A and B sign an MoU" (present_not_after_party) */
    CUE("sign", CUE_SIGN_NOW, 0), CUE("signs", CUE_SIGN_NOW, 0), CUE("exchange", CUE_SIGN_NOW, 0),
    /* (also exchanges begun: "which began exchanges in 2014", lexicon 'relation') */
    CUE("exchanges", CUE_SIGN_NOW | CUE_RELATION, 0),
    CUE("reached", CUE_DEAL, 0), CUE("penned", CUE_DEAL, 0), CUE("witnessed", CUE_DEAL, 0),
    CUE("witness", CUE_DEAL, 0), CUE("witnessing", CUE_DEAL, 0),
    /* "put pen to paper on the agreement" */
    CUE("pen", CUE_DEAL, 0),
    /* "renewed their MoU", "extended the agreement" */
    CUE("renewed", CUE_DEAL, 0), CUE("extended", CUE_DEAL, 0),
    /* "X leased 18 hectares ... from developer Y" (lease_taken_from) */
    CUE("leased", CUE_DEAL, 0),
    /* "teamed up with", "joined hands with", "entered into a partnership" */
    /* (also a relation begun: "X, which teamed up with Y in 2016, ...") */
    CUE("teamed", CUE_DEAL | CUE_RELATION, 0), CUE("joined", CUE_DEAL | CUE_RELATION, 0), CUE("teaming", CUE_DEAL, 0),
    CUE("teams", CUE_DEAL, 0), CUE("partnering", CUE_DEAL, 0),
    /* "has partnered with X since 2011": an alliance formed, or a relation */
    CUE("partnered", CUE_DEAL | CUE_RELATION, 0), CUE("entered", CUE_DEAL, 0),
    /* "have been strategic partners since 2018", "a partner of X since 1993" */
    CUE("partner", CUE_RELATION, 0), CUE("partners", CUE_RELATION, 0),
    CUE("relations", CUE_RELATION, 0), CUE("relationship", CUE_RELATION, 0),
    CUE("ties", CUE_RELATION, 0), CUE("partnership", CUE_RELATION, 0),
    CUE("twinned", CUE_RELATION, 0), CUE("twinning", CUE_RELATION, 0),
    CUE("sister", CUE_RELATION, 1), CUE("venture", CUE_RELATION | CUE_WORKS, 0),
    CUE("friendship", CUE_RELATION, 0), CUE("codeshare", CUE_RELATION, 0), CUE("code", CUE_RELATION, 0),
    CUE("slot", CUE_RELATION, 0), CUE("vessel", CUE_RELATION, 0),
    /* "have shared slots on the route since 2019" (set qweek43) */
    CUE("slots", CUE_RELATION, 0),
    /* "The two localities have been cooperating since 1989" */
    CUE("cooperating", CUE_RELATION, 0), CUE("cooperated", CUE_RELATION, 0),
    /* "have co-financed clinics since 2017" (lexicon 'relation') */
    CUE("co", CUE_RELATION, 0),
    /* "The cooperation between the two organisations dates back to 2019" */
    CUE("cooperation", CUE_RELATION, 0),
    /* "have worked together since 2012", "has been working with X since 2014" */
    CUE("worked", CUE_RELATION, 0), CUE("working", CUE_RELATION, 0),
    /* "have run a programme together since 2020" (lexicon 'relation') */
    CUE("together", CUE_RELATION, 0),
    CUE("collaborated", CUE_RELATION, 0), CUE("collaborating", CUE_RELATION, 0),
    /* "have jointly operated the plant since 2015" (lexicon 'relation') */
    CUE("jointly", CUE_RELATION, 0),
    /* "has run a joint degree with X since 2014", "has operated two hotels
    ** with X since 2015" (facts_relate.c ran_with_firm) */
    CUE("run", CUE_RELATION, 0), CUE("operated", CUE_RELATION, 0),
    /* "has developed its projects jointly with X since 2019" */
    CUE("developed", CUE_RELATION, 0),
    /* a company putting money in (lexicon 'putting') */
    CUE("stake", CUE_INVEST, 1), CUE("acquir", CUE_INVEST, 1), CUE("acquisition", CUE_INVEST, 1), CUE("takeover", CUE_INVEST, 1), CUE("purchas", CUE_INVEST, 1),
    CUE("snap", CUE_INVEST, 1), /* "snapped up the hotel for $96 million" */
    /* a holding of listed shares told by its worth (lexicon 'invest'):
    ** "held Vietnamese equities worth EUR 96 million" */
    CUE("shares", CUE_INVEST, 0), CUE("stocks", CUE_INVEST, 0), CUE("equities", CUE_INVEST, 0),
    CUE("subscribed", CUE_INVEST, 0), CUE("subscribe", CUE_INVEST, 0), /* "has subscribed to new shares" */
    CUE("subscribes", CUE_INVEST, 0), CUE("subscribing", CUE_INVEST, 0),
    CUE("bought", CUE_INVEST, 0), CUE("buy", CUE_INVEST, 1), CUE("pay", CUE_INVEST, 0),
    CUE("pays", CUE_INVEST, 0), CUE("paid", CUE_INVEST, 0), CUE("spent", CUE_INVEST, 0),
    CUE("spend", CUE_INVEST, 1), CUE("pour", CUE_INVEST, 1), CUE("pump", CUE_INVEST, 1),
    CUE("inject", CUE_INVEST, 1), CUE("add", CUE_INVEST, 0), CUE("adds", CUE_INVEST, 0),
    /* "announced an infusion of $30 million into its Vietnamese unit" */
    CUE("infusion", CUE_INVEST, 0),
    CUE("put", CUE_INVEST, 0), CUE("puts", CUE_INVEST, 0), CUE("putting", CUE_INVEST, 0),
    /* a fund's words (lexicon 'putting'): "has deployed $410 million",
    ** "took a minority position in X, paying $38 million", "wrote a cheque" */
    CUE("paying", CUE_INVEST, 0), CUE("deploy", CUE_INVEST, 1), CUE("minority", CUE_INVEST, 0),
    CUE("majority", CUE_INVEST, 0), CUE("cheque", CUE_INVEST, 0), CUE("interest", CUE_INVEST, 0),
    /* "signed a PPP contract with a consortium of A and B": a group chosen
    ** to invest (members_without_figures) */
    CUE("ppp", CUE_INVEST, 0), CUE("consortium", CUE_INVEST, 0),
    /* land-use rights bought at auction (lexicon 'putting'): "won the
    ** auction of land-use rights ..." */
    CUE("auction", CUE_INVEST, 0),
    CUE("added", CUE_INVEST, 0), CUE("contribute", CUE_INVEST, 0), CUE("commit", CUE_INVEST, 1), CUE("disburs", CUE_INVEST, 1), CUE("friendly", CUE_RELATION, 0),
    /* words a sentence-wide look needs, which few sentences have */
    CUE("among", CUE_RANK, 0), CUE("largest", CUE_RANK, 0), CUE("biggest", CUE_RANK, 0),
    CUE("leading", CUE_RANK, 0), CUE("top", CUE_RANK, 0), CUE("any", CUE_RANK, 0), /* "the most of any country" */
    CUE("oda", CUE_AID, 0), CUE("loan", CUE_AID, 0), CUE("loans", CUE_AID, 0), CUE("lend", CUE_AID, 0),
    CUE("lends", CUE_AID, 0), CUE("lent", CUE_AID, 0), CUE("lending", CUE_AID, 0), CUE("official", CUE_AID, 0),
    CUE("grant", CUE_AID, 0), CUE("non", CUE_AID, 0), CUE("credit", CUE_AID, 0),
    CUE("record", CUE_AID, 0), CUE("records", CUE_AID, 0), CUE("technical", CUE_AID, 0),
    CUE("company", CUE_COMPANY, 0), CUE("group", CUE_COMPANY, 0), CUE("firm", CUE_COMPANY, 0),
    CUE("manufacturer", CUE_COMPANY, 0), CUE("maker", CUE_COMPANY, 0), CUE("giant", CUE_COMPANY, 0),
    CUE("corporation", CUE_COMPANY, 0),
    /* bodies called by their kind as firms are (set qweek67): "the
    ** co-operative" (its run after the hyphen), "the institute" */
    CUE("operative", CUE_COMPANY, 0), CUE("cooperative", CUE_COMPANY, 0), CUE("institute", CUE_COMPANY, 0),
    CUE("university", CUE_COMPANY, 0), CUE("proponent", CUE_COMPANY, 0),
    /* the ordinals of fx_ordinal_at, and the letters after the digits of
    ** "2nd" (the pass reads a run's letters after its digits) */
    CUE("first", CUE_ORDINAL, 0), CUE("second", CUE_ORDINAL, 0), CUE("third", CUE_ORDINAL, 0),
    CUE("fourth", CUE_ORDINAL, 0), CUE("fifth", CUE_ORDINAL, 0), CUE("sixth", CUE_ORDINAL, 0),
    CUE("seventh", CUE_ORDINAL, 0), CUE("eighth", CUE_ORDINAL, 0), CUE("ninth", CUE_ORDINAL, 0),
    CUE("tenth", CUE_ORDINAL, 0), CUE("st", CUE_ORDINAL, 0), CUE("nd", CUE_ORDINAL, 0),
    CUE("rd", CUE_ORDINAL, 0), CUE("th", CUE_ORDINAL, 0),
    CUE("between", CUE_BETWEEN, 0),
};
#undef CUE

#define NCUES (sizeof cue_words / sizeof *cue_words)

/* The cue words by their filter bit (cue_bit), in the order of the list:
** a word can be only those of its own bit, one or two (a list by first
** letter had ten for 'p'). cue_at[b] .. cue_at[b + 1] in cue_order. */
static uint8_t cue_order[NCUES];
static uint8_t cue_at[1024 + 1];
/* A filter of the cue words by their first three letters (cue_bit) and
** length: bit n of cue_lens[b] is set when a cue word of filter bit b
** may be n letters long (a prefix: its length or more, up to 16); a word
** not in it is no cue. The first two letters let "for", "in", "re*" and
** "pr*" through to the cue list, 20 per cent of the words of a text; the
** first three let 14 per cent through; their length turns back "amount"
** for "among", "tops" for "top", "officials" for "official". */
static uint32_t cue_lens[1024];
/* Each cue word's letters as two words, and the bits a letter of the text
** may differ in (0x20: its case); all ones past its letters: a word of
** ASCII letters and digits is it when (text | fold) == pat, two compares
** rather than a loop over its letters. */
static uint64_t cue_pat[NCUES][2], cue_fold[NCUES][2];
static pthread_once_t cues_once = PTHREAD_ONCE_INIT;

/* What each byte is to the sentence pass (byte_kind) and the scan for
** ordinals (ordinal_kind), looked up rather than worked out: they see
** every byte of the text. */
enum { BYTE_ALNUM = 1, BYTE_SPACE = 2, BYTE_ORDINAL = 4 };
static uint8_t ordinal_kind[256];
/* The lengths of the shortest of fx_ordinal_words and of
** fx_ordinal_suffixes. */
static size_t ordinal_shortest[2];

/* The Bloom filter bit of a word: its first three bytes (lower case),
** packed in 'key', and its length up to three, so "it" and "its" differ
** but "invest" and "investors" agree, as the prefix "invest*" needs. */
static uint64_t key_hash(uint32_t key, size_t n) {
  return (key | (uint64_t)(n < 3 ? n : 3) << 24) * 0x9E3779B97F4A7C15u;
}

static unsigned seen_bit(uint32_t key, size_t n) { return (unsigned)(key_hash(key, n) >> 54); /* 0..1023 */ }

/* The bit of a word in the filter of cue words: other bits of the same
** hash than seen_bit's, where "the" is apart from them. */
static unsigned cue_bit(uint64_t hash) { return (unsigned)(hash >> 34) & 1023; }

/* The hash of the word t[0, n), n > 0, for seen_bit and cue_bit. */
static uint64_t text_hash(const unsigned char *t, size_t n) {
  uint32_t key = byte_lower[t[0]];
  if (n > 1) key |= (uint32_t)byte_lower[t[1]] << 8;
  if (n > 2) key |= (uint32_t)byte_lower[t[2]] << 16;
  return key_hash(key, n);
}

/* text_hash of a word of ASCII letters and digits with 4 bytes from 't':
** their lower case is each byte | 0x20 (a digit has that bit), so its
** first three are one load (the compiler merges the four bytes, put
** together in text_hash's order whatever the machine's), not three
** lookups. */
static inline uint64_t plain_hash(const unsigned char *t, size_t n) {
  static const uint32_t keep[4] = {0, 0xFF, 0xFFFF, 0xFFFFFF};
  uint32_t key = (uint32_t)t[0] | (uint32_t)t[1] << 8 | (uint32_t)t[2] << 16 | (uint32_t)t[3] << 24;
  return key_hash((key | 0x20202020u) & keep[n < 3 ? n : 3], n);
}

/* plain_hash of a word of 1 to 16 bytes, its mask and its length's bits
** looked up by its length: the loop over the table's words asks whether
** a word is longer than 16 (the cue words' filter) anyway, and then need
** not work out how many of its first bytes the key holds. */
static const uint32_t short_keep[17] = {0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF,
                                        0xFFFFFF, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF};
static const uint32_t short_len[17] = {0, 1u << 24, 2u << 24, 3u << 24, 3u << 24, 3u << 24, 3u << 24, 3u << 24, 3u << 24,
                                       3u << 24, 3u << 24, 3u << 24, 3u << 24, 3u << 24, 3u << 24, 3u << 24, 3u << 24};
static inline uint64_t short_hash(const unsigned char *t, size_t n) {
  uint32_t key = (uint32_t)t[0] | (uint32_t)t[1] << 8 | (uint32_t)t[2] << 16 | (uint32_t)t[3] << 24;
  return (uint64_t)(((key | 0x20202020u) & short_keep[n]) | short_len[n]) * 0x9E3779B97F4A7C15u; /* key_hash */
}

/* The bit of a whole word of hash 'h' (ivl_hash of its bytes in lower
** case, as words.h hashes them) in the filter of whole words. */
static unsigned whole_bit(uint64_t h) { return (unsigned)((h * 0x9E3779B97F4A7C15u) >> 54); }

static void index_cues(void) {
  for (int c = 0; c < 256; c++) {
    /* an ordinal begins with a digit or the first letter of "first" ...
    ** "tenth": f, s, t, e, n */
    int ordinal = ivl_isdigit(c) || (ivl_isalpha(c) && strchr("fsten", ivl_tolower(c)));
    byte_kind[c] = (uint8_t)((is_word_byte((unsigned char)c) ? BYTE_WORD : 0) | (ivl_isalpha(c) ? BYTE_LETTER : 0));
    ordinal_kind[c] = (uint8_t)((ivl_isalnum(c) ? BYTE_ALNUM : 0) | (ivl_isspace(c) ? BYTE_SPACE : 0) |
                                (ordinal ? BYTE_ORDINAL : 0));
    byte_lower[c] = (uint8_t)ivl_tolower(c);
  }
  unsigned bits[NCUES];
  for (size_t k = 0; k < NCUES; k++) {
    /* a prefix is three letters at least: its bit is every word's it begins */
    unsigned bit = cue_bit(text_hash((const unsigned char *)cue_words[k].word, cue_words[k].len));
    size_t n = cue_words[k].len; /* 2 .. 16 */
    cue_lens[bit] |= cue_words[k].prefix ? (uint32_t)0x1FFFF & ~(((uint32_t)1 << n) - 1) : (uint32_t)1 << n;
    bits[k] = bit;
    cue_at[bit + 1]++;
    unsigned char pat[16], fold[16];
    memset(pat, 0xFF, sizeof pat);
    memset(fold, 0xFF, sizeof fold);
    assert(cue_words[k].len >= 2 && cue_words[k].len <= sizeof pat); /* cue_lens; the wide compare holds 16 bytes */
    memcpy(pat, cue_words[k].word, cue_words[k].len);
    memset(fold, 0x20, cue_words[k].len);
    memcpy(cue_pat[k], pat, sizeof pat);
    memcpy(cue_fold[k], fold, sizeof fold);
  }
  const char *const *ordinals[2] = {fx_ordinal_words, fx_ordinal_suffixes};
  for (int l = 0; l < 2; l++) {
    ordinal_shortest[l] = SIZE_MAX;
    for (int k = 0; ordinals[l][k]; k++)
      if (strlen(ordinals[l][k]) < ordinal_shortest[l]) ordinal_shortest[l] = strlen(ordinals[l][k]);
  }
  for (unsigned b = 0; b < 1024; b++) cue_at[b + 1] = (uint8_t)(cue_at[b + 1] + cue_at[b]);
  uint8_t fill[1024];
  memcpy(fill, cue_at, sizeof fill);
  for (size_t k = 0; k < NCUES; k++) cue_order[fill[bits[k]]++] = (uint8_t)k;
}

/* Is the word t[from, from + n), ASCII letters, cue word 'cw' (whose
** first letter it has)? Compared in place, through byte_lower, not copied
** to lower case first. */
static int is_cue(const unsigned char *t, size_t from, size_t n, const struct cue_word *cw) {
  if (cw->prefix ? n < cw->len : n != cw->len) return 0;
  for (size_t k = 1; k < cw->len; k++)
    if (byte_lower[t[from + k]] != (unsigned char)cw->word[k]) return 0;
  return 1;
}

/* ... by cue_pat, when the view (of 'len' bytes) has 16 bytes from 'from'. */
static int is_cue_wide(const unsigned char *t, size_t from, size_t n, size_t k) {
  const struct cue_word *cw = &cue_words[k];
  if (cw->prefix ? n < cw->len : n != cw->len) return 0;
  uint64_t lo, hi;
  memcpy(&lo, t + from, 8);
  memcpy(&hi, t + from + 8, 8);
  return (lo | cue_fold[k][0]) == cue_pat[k][0] && (hi | cue_fold[k][1]) == cue_pat[k][1];
}

/* Are t[from, to) ASCII letters only? */
static int letters_only(const unsigned char *t, size_t from, size_t to) {
  for (; from < to; from++)
    if (!(byte_kind[t[from]] & BYTE_LETTER)) return 0;
  return 1;
}

/* The cue of the word t[from, from + n), ASCII letters and digits of
** text_hash 'hash' in a view of 'len' bytes (every cue word has two
** letters at least, and a word of more than 16 has none); 0 for most
** words. A cue word is letters only ("invest2" is none): a word matched
** whole is its letters, so only a prefix's tail is read for a digit
** (reading all of each cue word found again was 0.8M Ir on /tmp/b1). */
static unsigned cue_of_letters(const unsigned char *t, size_t from, size_t n, unsigned bit, size_t len) {
  int wide = from + 16 <= len;
  for (unsigned i = cue_at[bit]; i < cue_at[bit + 1]; i++) {
    const struct cue_word *cw = &cue_words[cue_order[i]];
    if (wide ? is_cue_wide(t, from, n, cue_order[i])
             : cw->word[0] == byte_lower[t[from]] && is_cue(t, from, n, cw))
      return !cw->prefix || letters_only(t, from + cw->len, from + n) ? cw->cue : 0;
  }
  return 0;
}

/* Inline: every word of the text is asked, and most are no cue by the
** filter. */
static inline unsigned letters_cue(const unsigned char *t, size_t from, size_t n, uint64_t hash, size_t len) {
  if (n > 16 || !((cue_lens[cue_bit(hash)] >> n) & 1)) return 0; /* (no cue word has fewer than 2) */
  return cue_of_letters(t, from, n, cue_bit(hash), len);
}

/* The filter bit of the word 'w' begins with, or -1 for a prefix shorter
** than three letters ("ai*"), which has no key. */
static int word_bit(const char *w) {
  const unsigned char *u = (const unsigned char *)w;
  uint32_t key = 0;
  size_t k = 0;
  for (; k < 3 && word_byte(u[k]); k++) key |= (uint32_t)u[k] << 8 * k;
  if (k < 3 && u[k] == '*') return -1;
  return (int)seen_bit(key, k);
}

/* The filter bits of a cue word. */
typedef struct fx_seen_key {
  const char *w;
  size_t len;      /* strlen(w) */
  uint16_t bit[3]; /* of its first words */
  uint8_t nbits;
  /* The bits of its first whole words (not a prefix, lower-case letters
  ** and digits) in the filter of the sentence's whole words (whole_bit):
  ** 'bit' tells "the" from "company" but not from "them" or "these". */
  uint8_t nwhole;
  uint16_t whole[3];
  /* The one bit that rules most sentences out: of its longest whole word
  ** (in 'whole'), else of its longest word (in 'seen'); none when it has
  ** no bits. */
  uint8_t sel; /* SEL_* */
  uint16_t sel_bit;
  /* Its bytes before any '*' as two words, and the bits a byte of the
  ** text may differ in (0x20 in letters: its case): the text matches them
  ** when (text | fold) == pat, so a candidate word is tested in two
  ** compares, not a loop over its bytes (that loop was 6 per cent of the
  ** stage). 'plen' is their count; 0 (compared byte by byte) when there
  ** are none, more than 16 or a capital among them. Past them, 'pat' and
  ** 'fold' are all ones. */
  uint64_t pat[2], fold[2];
  uint8_t plen, star;
} fx_seen_key;

/* A list of cue words: a copy of their keys, in 'words' of the cache. */
typedef struct fx_list_key {
  const char *const *list;
  uint32_t at, n;
  /* the last bytes of its words (mod 128; all for an empty word): a text
  ** that ends in no such byte ends with none of them (fx_ends_with_any) */
  uint64_t lasts[2];
  /* ... and of their last two bytes (pair_bit; all for a word of one) */
  uint64_t pairs;
  /* the first bytes of its words (mod 128; all for an empty word or one
  ** from '*'): a text whose next byte is none of them starts with none
  ** of them (fx_starts_with_any) */
  uint64_t firsts[2];
  /* a word ends in a byte that is no word byte ('*', '.'): it may end
  ** at a word start, found there by find_at_cut (first_at_cut) */
  uint8_t odd_end;
  /* Its words (of a list of 64 or fewer; else 0) by their first byte and
  ** by their last (both mod 16: the text's lower case and a word's byte
  ** fall in the same), as bits by their index in the list, an empty
  ** word or one from '*' in every one: fx_starts_with_any and
  ** fx_ends_with_any ask only the words of the text's byte, not each */
  uint64_t by_first[16], by_last[16];
  /* The bits that rule its words out (their 'sel_bit'), in the filter of
  ** words and of whole words: a sentence whose filters have none of them
  ** holds none of its words, said in a few tests rather than one a word
  ** (8 per cent of the stage). Only the filters' words that have some, as
  ** (index, bits); 'open': a word has none (it may always be there). */
  uint8_t nseen, nwhole, open;
  uint8_t seen_at[16], whole_at[16];
  uint64_t seen_bits[16], whole_bits[16];
  /* Its words grouped by the filter word their 'sel_bit' is in, for
  ** any_filtered: in the cache's 'order' from 'at', the words with no
  ** bits first ('nopen' of them), then those of seen_at[0], ... (up to
  ** seen_end[g]), then those of whole_at[0], ... (up to whole_end[g]). */
  uint16_t nopen;
  uint16_t seen_end[16], whole_end[16];
} fx_list_key;

/* The keys by the word's address, and the lists' by the list's: open
** addressing, filled up to half and then emptied (an extraction looks for
** some 1,900 words in some 330 lists: /tmp/b1 on one thread made 1,880
** keys, which half of 2,048 slots emptied twice, each word keyed again,
** 1.05M Ir; half of 4,096 holds them, for 160 KB more a thread). The
** startup set's words (qstart) took it past half again, and the lists
** too: each emptied and filled again per article, +4.5M Ir on /tmp/b1;
** 8,192 keys and 2,048 lists hold them, for some 400 KB more a thread.
** The lists passed half of 2,048 in one process's run of the unit tests
** (set qweek28; the sources have some 1,300 lists), each emptied and
** filled again: 4,096 lists and 16,384 of their words hold them. (An
** emptying then changed two tests' facts: two lists were compound
** literals, which a list's address cannot key; lint.word_lists.) The
** lists' words then took the keys past half of 8,192 in any run of a few
** hundred KB (dev2 keyed 5,481 words: 4,096, emptied, then 1,385 again,
** ~1.8M Ir with the emptying); 16,384 keys hold them, for 655 KB more a
** thread (its pages touched only where keys fall). */
#define FX_KEYS 16384
#define FX_KEY_SHIFT 50 /* 64 - log2(FX_KEYS): the hash's top bits index the slots */
#define FX_LISTS 4096
#define FX_LIST_SHIFT 52 /* 64 - log2(FX_LISTS) */
#define FX_LIST_WORDS 16384
struct fx_seen_keys {
  unsigned long generation; /* of the lexicons when the lists were cached */
  size_t n;
  fx_seen_key slot[FX_KEYS];
  size_t nlists, nwords;
  fx_list_key lists[FX_LISTS];
  fx_seen_key words[FX_LIST_WORDS];
  uint16_t order[FX_LIST_WORDS]; /* each list's words by group (fx_list_key) */
  /* the bit in its filter word ('sel_bit' mod 64) of each word of 'order':
  ** any_filtered's walk of a group the sentence meets reads these bytes
  ** and a word's key only for a bit met (may_hold_words, inlined in
  ** first_filtered's loop, cost more so: +0.33M Ir on /tmp/b1) */
  uint8_t sel[FX_LIST_WORDS];
};

/* The pattern of 'w' for key_at. */
static void pattern_of(fx_seen_key *key, const char *w) {
  unsigned char pat[16], fold[16];
  size_t n = 0;
  memset(pat, 0xFF, sizeof pat);
  memset(fold, 0xFF, sizeof fold);
  for (; w[n] && w[n] != '*'; n++) {
    if (n == sizeof pat || ivl_isupper((unsigned char)w[n])) return; /* plen 0: byte by byte */
    pat[n] = (unsigned char)w[n];
    fold[n] = ivl_islower((unsigned char)w[n]) ? 0x20 : 0;
  }
  memcpy(key->pat, pat, sizeof pat);
  memcpy(key->fold, fold, sizeof fold);
  key->plen = (uint8_t)n;
  key->star = w[n] == '*';
}

enum { SEL_NONE, SEL_SEEN, SEL_WHOLE };

/* The filter bits of word or phrase 'w': of its first three words, each of
** which is a word start in the text as each of the sentence's words is in
** the filter. Words from a digit on, or from a '*', are left out; so is
** all of a word not starting with a lower-case letter, which the filter
** cannot tell of (no bits: it may always be there). */
static void key_of(fx_seen_key *key, const char *w) {
  memset(key, 0, sizeof *key);
  pattern_of(key, w);
  key->w = w;
  key->len = strlen(w);
  size_t longest = 0;
  while (ivl_islower((unsigned char)*key->w) && key->nbits < 3) {
    int bit = word_bit(w);
    const char *start = w;
    while (word_byte((unsigned char)*w)) w++;
    if (bit >= 0) {
      if ((size_t)(w - start) > longest) longest = (size_t)(w - start), key->sel = SEL_SEEN, key->sel_bit = (uint16_t)bit;
      key->bit[key->nbits++] = (uint16_t)bit;
    }
    while (*w && *w != '*' && !word_byte((unsigned char)*w)) w++;
    if (!ivl_isalpha((unsigned char)*w)) break;
  }
  for (const char *p = key->w; ivl_islower((unsigned char)*key->w) && *p && key->nwhole < 3;) {
    const char *start = p;
    int plain = ivl_islower((unsigned char)*p);
    for (; word_byte((unsigned char)*p); p++)
      if (!ivl_islower((unsigned char)*p) && !ivl_isdigit((unsigned char)*p)) plain = 0;
    if (*p == '*') break; /* a prefix: no whole word */
    if (plain && p > start) {
      uint16_t bit = (uint16_t)whole_bit(ivl_hash(IVL_HASH_START, start, (size_t)(p - start)));
      if (key->sel != SEL_WHOLE || (size_t)(p - start) > longest) longest = (size_t)(p - start), key->sel = SEL_WHOLE, key->sel_bit = bit;
      key->whole[key->nwhole++] = bit;
    }
    while (*p && *p != '*' && !word_byte((unsigned char)*p)) p++;
  }
}

/* The key of a word not in the cache, in the empty slot 'i' its probe
** from 'home' ended at. */
#if defined(__GNUC__)
__attribute__((noinline)) /* once a word: out of the looks, which then need no frame (fx_find) */
#endif
static const fx_seen_key *new_key(struct fx_seen_keys *keys, size_t home, size_t i, const char *w) {
  /* full to half: the keys are emptied, not the lists, which hold copies
  ** of their words' keys. new_list asks for keys while it fills a list's
  ** slot: emptying the lists then (as this once did) left that slot with
  ** no list but with its counts, which the next list there added to
  ** (past the ends of its arrays, in a build without asserts) */
  if (keys->n == FX_KEYS / 2) {
    memset(keys->slot, 0, sizeof keys->slot);
    keys->n = 0;
    i = home;
  }
  keys->n++;
  key_of(&keys->slot[i], w);
  return &keys->slot[i];
}

/* The cached key of 'w', or NULL. */
static inline const fx_seen_key *cached_key(const struct fx_seen_keys *keys, const char *w) {
  size_t i = (size_t)((uint64_t)(uintptr_t)w * 0x9E3779B97F4A7C15u >> FX_KEY_SHIFT); /* FX_KEYS; key_for's probe */
  for (; keys->slot[i].w; i = (i + 1) % FX_KEYS)
    if (keys->slot[i].w == w) return &keys->slot[i];
  return NULL;
}

/* Inline: a look asks for a key or two, nearly always there (the calls
** were 4 per cent of the stage). */
static inline const fx_seen_key *key_for(struct fx_seen_keys *keys, const char *w) {
  size_t home = (size_t)((uint64_t)(uintptr_t)w * 0x9E3779B97F4A7C15u >> FX_KEY_SHIFT), i = home; /* FX_KEYS */
  for (; keys->slot[i].w; i = (i + 1) % FX_KEYS)
    if (keys->slot[i].w == w) return &keys->slot[i];
  return new_key(keys, home, i, w);
}

/* Is the list at 'list' the one cached in 'lk'? Lists are static arrays
** (facts_ctx.h), so one address is one list: comparing its words again
** was 4 per cent of the stage. Debug builds still compare them, to catch
** a list on the stack (a compound literal), whose address another's may
** take. */
static int same_list(const struct fx_seen_keys *keys, const fx_list_key *lk, const char *const *list) {
  if (lk->list != list) return 0;
#ifndef NDEBUG
  for (uint32_t k = 0; k < lk->n; k++) assert(list[k] == keys->words[lk->at + k].w);
  assert(list[lk->n] == NULL);
#else
  (void)keys;
#endif
  return 1;
}

/* The bit of the two bytes 'a' 'b' (in lower case) a word ends with. */
static unsigned pair_bit(unsigned a, unsigned b) { return (a * 31u + b) & 63; }

/* The first byte of 'key' in the list's 'firsts'. */
static void add_first(fx_list_key *lk, const fx_seen_key *key) {
  unsigned c = (unsigned char)key->w[0];
  if (!c || c == '*') {
    lk->firsts[0] = lk->firsts[1] = ~(uint64_t)0;
    return;
  }
  c &= 127;
  lk->firsts[c >> 6] |= (uint64_t)1 << (c & 63);
}

/* Can a word of 'lk' start with byte 'c' (in lower case)? */
static int may_start_with(const fx_list_key *lk, unsigned c) {
  c &= 127;
  return (lk->firsts[c >> 6] >> (c & 63)) & 1;
}

static void add_last(fx_list_key *lk, const fx_seen_key *key) {
  if (!key->len) {
    lk->lasts[0] = lk->lasts[1] = ~(uint64_t)0;
    lk->pairs = ~(uint64_t)0;
    return;
  }
  if (!word_byte((unsigned char)key->w[key->len - 1])) lk->odd_end = 1;
  unsigned c = (unsigned char)key->w[key->len - 1] & 127;
  lk->lasts[c >> 6] |= (uint64_t)1 << (c & 63);
  lk->pairs |= key->len < 2 ? ~(uint64_t)0
                            : (uint64_t)1 << pair_bit((unsigned char)key->w[key->len - 2], (unsigned char)key->w[key->len - 1]);
}

/* Can a word of 'lk' end with the text's bytes right before 'pos'? */
static int may_end_at(const ivl_fctx *x, size_t pos, const fx_list_key *lk) {
  unsigned c = (unsigned)byte_lower[(unsigned char)x->t[pos - 1]] & 127;
  if (!((lk->lasts[c >> 6] >> (c & 63)) & 1)) return 0;
  return pos < 2 || ((lk->pairs >> pair_bit(byte_lower[(unsigned char)x->t[pos - 2]], byte_lower[(unsigned char)x->t[pos - 1]])) & 1);
}

/* The group of word 'w' of a list: 0 for one with no bits, then 1 + g
** for seen_at[g], then 1 + nseen + g for whole_at[g] (fx_list_key). */
static unsigned group_of(const fx_list_key *lk, const fx_seen_key *w) {
  if (w->sel == SEL_NONE) return 0;
  const uint8_t *at = w->sel == SEL_SEEN ? lk->seen_at : lk->whole_at;
  unsigned n = w->sel == SEL_SEEN ? lk->nseen : lk->nwhole, g = 0;
  while (g < n && at[g] != (unsigned)(w->sel_bit >> 6)) g++;
  assert(g < n); /* (new_list took each word's filter word in) */
  return 1 + (w->sel == SEL_WHOLE ? lk->nseen : 0) + g;
}

/* The order of the words of 'lk' by group (fx_list_key's 'order'), each
** group's in the list's order: the words counted by group, then placed,
** one pass each (a pass over the list for each group was a fifth of
** new_list, which every thread pays for each list it first looks in). */
static void group_words(struct fx_seen_keys *keys, fx_list_key *lk) {
  const fx_seen_key *w = &keys->words[lk->at];
  uint16_t *order = &keys->order[lk->at];
  uint8_t group[FX_LIST_WORDS / 2]; /* new_list caches no longer list */
  uint16_t start[1 + 16 + 16 + 1] = {0};
  unsigned groups = 1 + lk->nseen + lk->nwhole;
  for (uint32_t k = 0; k < lk->n; k++) start[(group[k] = (uint8_t)group_of(lk, &w[k])) + 1]++;
  for (unsigned g = 0; g < groups; g++) start[g + 1] = (uint16_t)(start[g + 1] + start[g]);
  lk->nopen = start[1];
  for (unsigned g = 0; g < lk->nseen; g++) lk->seen_end[g] = start[2 + g];
  for (unsigned g = 0; g < lk->nwhole; g++) lk->whole_end[g] = start[2 + lk->nseen + g];
  for (uint32_t k = 0; k < lk->n; k++) {
    keys->sel[lk->at + start[group[k]]] = (uint8_t)(w[k].sel_bit & 63);
    order[start[group[k]]++] = (uint16_t)k;
  }
}

/* The words of 'lk' by their first and last bytes ('by_first', 'by_last'):
** a word's bit in the one of each byte's low four bits, or in all sixteen
** for an empty word or one from '*' (and by_last for an empty one). */
static void by_bytes(fx_list_key *lk, const fx_seen_key *w) {
  for (uint32_t k = 0; k < lk->n; k++) {
    uint64_t bit = (uint64_t)1 << k;
    unsigned first = (unsigned char)w[k].w[0];
    if (!first || first == '*')
      for (unsigned b = 0; b < 16; b++) lk->by_first[b] |= bit;
    else
      lk->by_first[first & 15] |= bit;
    if (!w[k].len)
      for (unsigned b = 0; b < 16; b++) lk->by_last[b] |= bit;
    else
      lk->by_last[(unsigned char)w[k].w[w[k].len - 1] & 15] |= bit;
  }
}

/* A list not in the cache, put in the empty slot 'i' its probe from
** 'home' ended at; NULL when too long to cache. */
static const fx_list_key *new_list(struct fx_seen_keys *keys, size_t home, size_t i, const char *const *list) {
  size_t len = 0;
  while (list[len]) len++;
  if (len > FX_LIST_WORDS / 2) return NULL; /* too long to cache */
  if (keys->nlists == FX_LISTS / 2 || keys->nwords + len > FX_LIST_WORDS) {
    memset(keys->lists, 0, sizeof keys->lists);
    keys->nlists = keys->nwords = 0;
    i = home;
  }
  fx_list_key *lk = &keys->lists[i];
  lk->list = list, lk->at = (uint32_t)keys->nwords, lk->n = (uint32_t)len;
  uint64_t seen[16] = {0}, whole[16] = {0};
  for (size_t k = 0; k < len; k++) {
    const fx_seen_key *key = &keys->words[keys->nwords];
    keys->words[keys->nwords++] = *key_for(keys, list[k]);
    add_last(lk, key);
    add_first(lk, key);
    if (key->sel == SEL_NONE) lk->open = 1;
    uint64_t *bits = key->sel == SEL_WHOLE ? whole : seen;
    bits[key->sel_bit >> 6] |= (uint64_t)1 << (key->sel_bit & 63);
  }
  for (unsigned j = 0; j < 16; j++) {
    if (seen[j]) lk->seen_at[lk->nseen] = (uint8_t)j, lk->seen_bits[lk->nseen++] = seen[j];
    if (whole[j]) lk->whole_at[lk->nwhole] = (uint8_t)j, lk->whole_bits[lk->nwhole++] = whole[j];
  }
  group_words(keys, lk);
  if (len <= 64) by_bytes(lk, &keys->words[lk->at]);
  keys->nlists++;
  return lk;
}

/* The list of 'list' when cached, else NULL. */
static inline const fx_list_key *cached_list(const struct fx_seen_keys *keys, const char *const *list) {
  size_t i = (size_t)((uint64_t)(uintptr_t)list * 0x9E3779B97F4A7C15u >> FX_LIST_SHIFT); /* list_of's probe */
  for (; keys->lists[i].list; i = (i + 1) % FX_LISTS)
    if (same_list(keys, &keys->lists[i], list)) return &keys->lists[i];
  return NULL;
}

/* The cached list of NULL-ended 'list'; NULL for a list too long to
** cache. Inline as key_for: nearly always there. */
static inline const fx_list_key *list_of(struct fx_seen_keys *keys, const char *const *list) {
  size_t home = (size_t)((uint64_t)(uintptr_t)list * 0x9E3779B97F4A7C15u >> FX_LIST_SHIFT), i = home;
  for (; keys->lists[i].list; i = (i + 1) % FX_LISTS)
    if (same_list(keys, &keys->lists[i], list)) return &keys->lists[i];
  return new_list(keys, home, i, list);
}

/* May the indexed sentence hold a word of the list of 'lk'? 0 only when
** none may (may_hold says no to each). */
static int list_may_hold(const ivl_fctx *x, const fx_list_key *lk) {
  if (lk->open) return 1;
  /* a long list mostly may (one of its words' bits is set): said at the
  ** first bit found, not after all of them */
  for (unsigned i = 0; i < lk->nwhole; i++)
    if (lk->whole_bits[i] & x->whole[lk->whole_at[i]]) return 1;
  for (unsigned i = 0; i < lk->nseen; i++)
    if (lk->seen_bits[i] & x->seen[lk->seen_at[i]]) return 1;
  return 0;
}

/* The keys of the words of NULL-ended 'list', '*n' of them; NULL for a
** list too long to cache. With 'filtered' (LOOK_FILTERED), none when the
** sentence's filters say none is there; with 'cut' (LOOK_INDEX: where a
** word is cut), none when they say so and no word of it ends in the bytes
** before the cut, as one there would (find_at_cut). */
static const fx_seen_key *list_keys(const ivl_fctx *x, const char *const *list, size_t *n, int filtered, size_t cut) {
  const fx_list_key *lk = list_of(x->keys, list);
  if (!lk) return NULL;
  *n = lk->n;
  if (lk->n > 2 && (filtered || cut) && !list_may_hold(x, lk) && (filtered || !may_end_at(x, cut, lk)))
    *n = 0;
  return &x->keys->words[lk->at];
}

/* Can the word of 'key' be in the indexed sentence? 0 only when it
** cannot: when one of its words is in no bit of the filter ("the company"
** in a sentence with "the" but no "company"). */
static int may_hold(const ivl_fctx *x, const fx_seen_key *key) {
  for (int i = 0; i < key->nbits; i++)
    if (!((x->seen[key->bit[i] >> 6] >> (key->bit[i] & 63)) & 1)) return 0;
  for (int i = 0; i < key->nwhole; i++)
    if (!((x->whole[key->whole[i] >> 6] >> (key->whole[i] & 63)) & 1)) return 0;
  return 1;
}


/* Does t[.., to) end inside a word? Then a word of the text may match a
** shorter cue word there ("its" cut to "it"), which the filter cannot see. */
static int cuts_word(const ivl_fctx *x, size_t to) {
  /* the view is NUL-terminated: t[len] is no word byte */
  return to > 0 && (byte_kind[(unsigned char)x->t[to]] & byte_kind[(unsigned char)x->t[to - 1]] & BYTE_WORD);
}

int fx_cuts_word(const ivl_fctx *x, size_t to) { return cuts_word(x, to); }

/* The sentence pass's state: the index being built (facts_ctx.h) and the
** cues found. */
typedef struct index_pass {
  ivl_fctx *x;
  const unsigned char *t;
  uint32_t *next;   /* NULL: the words are not indexed (out of memory) */
  uint32_t n;       /* words indexed */
  unsigned cues;
} index_pass;

/* Index the word starting with a letter at t[from] whose first letters
** hash to 'hash' (seen_bit). */
static inline void add_whole(ivl_fctx *x, uint64_t h) {
  unsigned bit = whole_bit(h);
  x->whole[bit >> 6] |= (uint64_t)1 << (bit & 63);
}

static inline void index_word(index_pass *ip, size_t from, uint64_t hash) {
  ivl_fctx *x = ip->x;
  x->words[ip->n++] = (uint32_t)from; /* linked by letter later (fx_link_words) */
  unsigned bit = (unsigned)(hash >> 54); /* seen_bit */
  x->seen[bit >> 6] |= (uint64_t)1 << (bit & 63);
}

void fx_link_words(ivl_fctx *x) {
  if (x->linked) return;
  memset(x->first_word, 0xFF, sizeof x->first_word); /* FX_NO_WORD */
  /* from the last word back, each put first in its list: the lists come
  ** out in text order, with no test of whether one is empty */
  const unsigned char *t = (const unsigned char *)x->t;
  for (uint32_t k = x->nwords; k-- > 0;) {
    int c = byte_lower[t[x->words[k]]] - 'a';
    x->next_word[k] = x->first_word[c];
    x->first_word[c] = k;
  }
  x->linked = 1;
}

/* Could an ordinal start in the run of word bytes t[from, to) that goes on
** past its letters (a character beyond ASCII, digits: "in—second",
** "20th—21st")? Its letters are cued only when they end the run, and
** fx_ordinal_at reads one wherever a byte that is no ASCII letter or digit
** goes before it; so every such place is asked, by prefix (more than the
** reading takes: the sentence is then looked at in full). */
#if defined(__GNUC__)
__attribute__((noinline)) /* rare: index_runs' loop stays tight without it */
#endif
static int ordinal_may_start_in(const unsigned char *t, size_t from, size_t to) {
  for (size_t p = from; p < to; p++) {
    if (p > from && t[p - 1] < 0x80) continue; /* in a run: after a letter or digit */
    if (!(ordinal_kind[t[p]] & BYTE_ORDINAL)) continue; /* begins none: most places */
    size_t q = p;
    while (q < to && ivl_isdigit(t[q])) q++;
    const char *const *list = q > p ? fx_ordinal_suffixes : fx_ordinal_words;
    /* none fits in fewer bytes than its shortest word: most places are
    ** in a syllable's last letters ("ng" of "Quảng"), each asked of every
    ** word of the list before (1.4M Ir on /tmp/b1) */
    if (to - q < (q > p ? ordinal_shortest[1] : ordinal_shortest[0])) continue;
    for (int k = 0; list[k]; k++) {
      const char *w = list[k];
      if (q == to || byte_lower[t[q]] != (unsigned char)w[0]) continue;
      size_t i = 1;
      while (w[i] && q + i < to && byte_lower[t[q + i]] == (unsigned char)w[i]) i++;
      if (!w[i]) return 1;
    }
  }
  return 0;
}

/* The runs of word bytes of t[i, ve), byte by byte, up to the end of the
** first that ends after 'until' (all of them for until >= ve): where it
** stopped, at the end of a run or at ve. */
static size_t index_runs(index_pass *ip, size_t i, size_t until, size_t ve) {
  const unsigned char *t = ip->t;
  while (i < ve) {
    while (i < ve && !(byte_kind[t[i]] & BYTE_WORD)) i++;
    if (i == ve) break;
    /* a run of word bytes: digits and other bytes, then letters, then
    ** any; its cue word is from its first letter, when letters only */
    size_t from = i;
    while (i < ve && byte_kind[t[i]] == BYTE_WORD) i++;
    size_t letters = i;
    while (i < ve && (byte_kind[t[i]] & BYTE_LETTER)) i++;
    size_t letters_end = i;
    while (i < ve && (byte_kind[t[i]] & BYTE_WORD)) i++;
    if (letters != i) {
      /* most words are letters only: one hash for the cue and the filter */
      uint64_t hash = text_hash(t + letters, i - letters);
      if (letters_end == i) ip->cues |= letters_cue(t, letters, i - letters, hash, ip->x->a->view.len);
      else if (!(ip->cues & CUE_ORDINAL) && ordinal_may_start_in(t, from, i)) ip->cues |= CUE_ORDINAL;
      if (ip->next && letters == from && !(from > 0 && (byte_kind[t[from - 1]] & BYTE_WORD)))
        index_word(ip, from, hash);
      if (letters == from) { /* a whole word when ASCII */
        uint64_t h = IVL_HASH_START;
        size_t k = from;
        for (; k < i && t[k] < 0x80; k++) h = (h ^ byte_lower[t[k]]) * IVL_HASH_PRIME;
        if (k == i) add_whole(ip->x, h);
      }
    }
    if (i > until) break;
  }
  return i;
}

/* Has t[from, end) an ASCII letter? A run without is no word of the
** index (index_runs passes it): a number, most of the runs it was asked
** to read. */
static int has_letter(const unsigned char *t, size_t from, size_t end) {
  for (size_t i = from; i < end; i++)
    if (byte_kind[t[i]] & BYTE_LETTER) return 1;
  return 0;
}

/* The first of the article's words (words.h) that starts at or after view
** offset 'vs': from where the last sentence's ended, as sentences come in
** order. */
static size_t first_word_from(ivl_fctx *x, const ivl_words *ws, size_t vs) {
  size_t lo = x->article_word;
  if (lo > ws->n || (lo > 0 && ws->w[lo - 1].vs >= vs)) lo = 0;
  size_t hi = ws->n;
  /* most sentences start where the last one's words ended: a step or
  ** two, else halving */
  while (lo < hi && lo < x->article_word + 4 && ws->w[lo].vs < vs) lo++;
  if (lo < hi && ws->w[lo].vs >= vs) return x->article_word = lo;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (ws->w[mid].vs < vs) lo = mid + 1;
    else hi = mid;
  }
  return x->article_word = lo;
}

/* One pass over the words of sentence t[vs, ve): its cues (ASCII words
** only), the Bloom filter of its words, and the index of their starts by
** first letter (a list per letter, in text order), so that each look for
** a cue word visits the few words that begin with its letter (a byte scan
** per cue word was 16 per cent of an extraction; lists built in the pass
** cost half what a counting sort after it did). Returns the cues.
**
** The words are those of the article's word table (words.h) where it has
** them as this pass would cut them: a word of ASCII letters and digits,
** starting with a letter, between bytes that are no word bytes here (a
** space, a comma: not "Korea's", whose apostrophe is a word byte here but
** not in the table). The bytes are read only for the others (a Vietnamese
** name), from where the last word read ended. That skips no word this
** pass would see: every ASCII letter is in a word of the table, and the
** table's words never cross a byte that is no word byte here (an ASCII
** byte that is no letter or digit folds to no word byte); what lies
** between them is runs without ASCII letters, which this pass passes. */
unsigned fx_index_sentence(ivl_fctx *x, size_t vs, size_t ve) {
  const unsigned char *t = (const unsigned char *)x->t;
  index_pass ip = {x, t, NULL, 0, 0};
  memset(x->seen, 0, sizeof x->seen);
  memset(x->whole, 0, sizeof x->whole);
  x->words_vs = x->words_ve = (uint32_t)vs; /* unindexed until it fits */
  /* a word starts at most every other byte: room for all the starts,
  ** then for the links of the lists */
  size_t room = (ve - vs) / 2 + 1;
  int indexed = !IVL_GROW(x->words, x->words_cap, 2 * room);
  ip.next = indexed ? x->words + room : NULL;
  x->next_word = ip.next;
  /* (out of memory for the index: the bytes are read, which index no
  ** word, and the table's loop need not ask) */
  const ivl_words *ws = x->a->cut && indexed ? &x->a->words : NULL;
  if (!ws) {
    index_runs(&ip, vs, ve, ve);
  } else {
    size_t len = x->a->view.len, p = vs;
    /* a sentence that starts inside a run: that run byte by byte */
    if (vs > 0 && vs < ve && (byte_kind[t[vs - 1]] & BYTE_WORD) && (byte_kind[t[vs]] & BYTE_WORD))
      p = index_runs(&ip, vs, vs, ve);
    const ivl_word *w = ws->w + first_word_from(x, ws, vs), *last = ws->w + ws->n;
    /* the article's first word (from 0), which has no byte before it to
    ** compare, goes byte by byte, before the loop: the loop then need not
    ** ask each word whether it is the first */
    if (w < last && w->vs == 0 && ve > 0) p = index_runs(&ip, p, 0, ve);
    /* the pass's state in locals while words of their own are read: a
    ** start stored through x->words may alias ip.n, which the compiler
    ** then kept in memory, loaded and stored at every word (back in ip
    ** for index_runs, which reads the bytes): fx_index_sentence 17.46M ->
    ** 16.59M Ir on /tmp/b1 */
    uint32_t *const starts = x->words;
    uint32_t *out = starts + ip.n;
    unsigned cues = 0;
    /* the words a run read byte by byte took in are passed where it is
    ** read (below, and here for the run a sentence starts inside), not
    ** asked of each word in the loop */
    while (w < last && w->vs < p) w++;
    /* the words from fewer than four bytes before the view's end (its
    ** last: the first three of a word are read as one load, which would
    ** go past it) are read byte by byte after the loop, so the loop need
    ** not ask each word */
    size_t wide_end = len > 3 ? len - 3 : 0, stop = ve < wide_end ? ve : wide_end;
    for (; w < last; w++) {
      size_t from = w->vs;
      if (from >= stop) break;
      size_t end = from + (w->fe - w->fs);
      /* Its own run when the bytes on either side are no word bytes:
      ** a word written in ASCII is cut at bytes that are no ASCII letter
      ** or digit (words.h), so those bytes are word bytes here only from
      ** 0x80 on, which a compare says without byte_kind. The view is
      ** NUL-terminated: t[end] is there when end <= ve; from > 0 (the
      ** first word went before the loop), so t[from - 1] is there. */
      int own_run = (w->flags & IVL_WORD_ASCII) && end <= ve && (t[end] | t[from - 1]) < 0x80;
      if (own_run && t[from] >= 'A') {
        /* a run of its own, ASCII letters and digits from a letter (the
        ** letters are from 'A' on, the digits before) */
        size_t n = end - from;
        /* from + 4 <= len: from < stop; letters_cue's filter inline, by
        ** the length's table (no cue word has more than 16 letters) */
        uint64_t hash;
        if (n <= 16) {
          hash = short_hash(t + from, n);
          if ((cue_lens[cue_bit(hash)] >> n) & 1) cues |= cue_of_letters(t, from, n, cue_bit(hash), len);
        } else {
          hash = plain_hash(t + from, n);
        }
        *out++ = (uint32_t)from; /* index_word */
        unsigned bit = (unsigned)(hash >> 54); /* seen_bit */
        x->seen[bit >> 6] |= (uint64_t)1 << (bit & 63);
        add_whole(x, w->hash); /* the hash of its bytes in lower case */
        p = end;
      } else if (own_run && !has_letter(t, from, end)) {
        p = end; /* a number of its own ("2023"): no cue, nothing indexed */
      } else {
        ip.n = (uint32_t)(out - starts);
        p = index_runs(&ip, p, from, ve);
        out = starts + ip.n;
        while (w + 1 < last && w[1].vs < p) w++;
      }
    }
    ip.n = (uint32_t)(out - starts);
    ip.cues |= cues;
    if (w < last && w->vs < ve) index_runs(&ip, p, ve, ve); /* past 'stop' */
    /* the next sentence's words begin about here: a step from it, not a
    ** halving from this one's first */
    x->article_word = (size_t)(w - ws->w);
  }
  x->nwords = ip.n;
  x->linked = 0;
  x->lettered = 0;
  x->cues = ip.cues;
  if (indexed) x->words_ve = (uint32_t)ve;
  return ip.cues;
}

/* How words are looked for in t[from, to): by the index of the sentence's
** words, after the filter says they may be there; where the range cuts a
** word short, the filter cannot see that word (find_at_cut); outside the
** indexed sentence, byte by byte. Worked out once for a list of words. */
enum { LOOK_BYTES, LOOK_INDEX, LOOK_FILTERED };

static int look_mode(const ivl_fctx *x, size_t from, size_t to) {
  if (from < x->words_vs || to > x->words_ve) return LOOK_BYTES;
  return cuts_word(x, to) ? LOOK_INDEX : LOOK_FILTERED;
}

/* word_at(x->t, i, to, key->w, NULL), in two compares when the text has
** 16 bytes from 'i'. Inline: fx_starts_with_any asks it of each word of
** the text's byte's group, 121,000 calls on /tmp/b1, whose frames cost
** more than the compares (581.37M -> 580.73M Ir in all). */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline int key_at(const ivl_fctx *x, size_t i, size_t to, const fx_seen_key *key) {
  if (!key->plen || i + 16 > x->a->view.len) return word_at(x->t, i, to, key->w, NULL);
  if (i + key->plen > to) return 0;
  uint64_t lo, hi;
  memcpy(&lo, x->t + i, 8);
  memcpy(&hi, x->t + i + 8, 8);
  if ((lo | key->fold[0]) != key->pat[0] || (hi | key->fold[1]) != key->pat[1]) return 0;
  size_t end = i + key->plen;
  return key->star || end >= to || !word_byte((unsigned char)x->t[end]);
}

/* The words of each letter together (x->letter_words), in text order:
** a counting sort of the sentence's word indexes by letter. */
static void letter_words(ivl_fctx *x) {
  x->lettered = -1;
  if (IVL_GROW(x->letter_words, x->letter_cap, x->nwords + 1)) return;
  const unsigned char *t = (const unsigned char *)x->t;
  uint32_t *start = x->letter_start;
  memset(start, 0, sizeof x->letter_start);
  for (uint32_t k = 0; k < x->nwords; k++) start[byte_lower[t[x->words[k]]] - 'a' + 1]++;
  for (int c = 0; c < 26; c++) start[c + 1] += start[c];
  for (uint32_t k = 0; k < x->nwords; k++) x->letter_words[start[byte_lower[t[x->words[k]]] - 'a']++] = k;
  for (int c = 26; c > 0; c--) start[c] = start[c - 1]; /* each moved to its letter's end: back one */
  start[0] = 0;
  x->lettered = 1;
}

/* The sentence's first word of letter 'a' + c from 'from' on (index in
** x->words, else FX_NO_WORD), found by halving that letter's words; when
** they cannot be grouped (out of memory), by walking its list on from its
** word k (before 'from'). For
** the looks in a long sentence, which walked their letter's list from the
** sentence's start to 'from': an article of 20,000 amounts in one sentence
** ("... from Xxx Co., Ltd. Yyy Industrial Park ...", where "Ltd." ends
** none) took 7.5 s for its first half, 32 s in full. Sentences of fewer
** words walk: most looks are near the start of a short list. */
#define JUMP_AFTER 64
#if defined(__GNUC__)
__attribute__((noinline)) /* rare: find_indexed's loop stays tight without it */
#endif
static uint32_t letter_word_from(ivl_fctx *x, int c, size_t from, uint32_t k) {
  if (!x->lettered) letter_words(x);
  if (x->lettered < 0) { /* out of memory: on along the letter's list from word k */
    while (k != FX_NO_WORD && x->words[k] < from) k = x->next_word[k];
    return k;
  }
  uint32_t lo = x->letter_start[c], hi = x->letter_start[c + 1];
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (x->words[x->letter_words[mid]] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < x->letter_start[c + 1] ? x->letter_words[lo] : FX_NO_WORD;
}

/* Where the word of 'key' (lower-case first) first occurs in t[from, to),
** by the index of the sentence's words. */
static size_t find_indexed(const ivl_fctx *x, size_t from, size_t to, const fx_seen_key *key) {
  /* the lists are linked by the first look that walks them: a cache of
  ** the sentence pass, which the const looks write to (x is no const) */
  if (!x->linked) fx_link_words((ivl_fctx *)x);
  const char *t = x->t, *w = key->w;
  int c = w[0] - 'a';
  /* most words fail on it; unsigned, as byte_lower's answers are ("nội") */
  unsigned char second = w[1] == '*' ? 0 : (unsigned char)w[1];
  /* the words of a letter are in text order; in a long sentence, from
  ** the first from 'from' on */
  uint32_t k = x->first_word[c];
  if (k != FX_NO_WORD && x->words[k] < from && x->nwords > JUMP_AFTER) k = letter_word_from((ivl_fctx *)x, c, from, k);
  for (; k != FX_NO_WORD; k = x->next_word[k]) {
    size_t i = x->words[k];
    if (i < from) continue;
    if (i >= to) break;
    if (second && byte_lower[(unsigned char)t[i + 1]] != second) continue;
    if (key_at(x, i, to, key)) return i;
  }
  return FX_NONE;
}

/* A word the filter says is not in the sentence, looked for in a range
** that cuts a word short ("up" in "upgrade" cut after "up", "than the"
** in "than these"): it can be there only where it ends at the cut, 'to'
** (the filter holds every match that ends at the end of a word, and a
** prefix "word*" matches the same cut or not). A compare at that one
** place, and the index when it matches; the walk of every word of its
** letter for every word of a list was a tenth of the investment frames. */
static size_t find_at_cut(const ivl_fctx *x, size_t from, size_t to, const fx_seen_key *key) {
  if (!key->len || to < from + key->len ||
      byte_lower[(unsigned char)x->t[to - 1]] != (unsigned char)key->w[key->len - 1])
    return FX_NONE; /* (a prefix "word*" ends in '*': none; an empty range: none, t[to - 1] not read) */
  size_t i = to - key->len;
  return key_at(x, i, to, key) ? find_indexed(x, i, to, key) : FX_NONE;
}

/* The first 'i' on from 'i' where t[i, i + 8) may hold a byte that is
** 'first' (a lower-case ASCII letter, 'pat' eight of it) in lower case,
** or the last block's start, fewer than 8 bytes before 'to': a byte's
** lower case is 'first' only when the byte or'd with 0x20 is, and a block
** with no zero byte in the exclusive or of the two has none such. */
static size_t block_of(const char *t, size_t i, size_t to, uint64_t pat) {
  for (; i + 8 <= to; i += 8) {
    uint64_t v;
    memcpy(&v, t + i, 8);
    uint64_t z = (v | 0x2020202020202020u) ^ pat;
    if ((z - 0x0101010101010101u) & ~z & 0x8080808080808080u) break;
  }
  return i;
}

/* ... byte by byte; for a word from a lower-case letter, the blocks of 8
** bytes with no byte that may be its first passed whole (the looks out of
** the indexed sentence, "according", "acquired" ... back into the one
** before: find_bytes and word_at 4.67M -> 3.92M Ir self on /tmp/b1;
** test_fx compares them with the index's looks at every range). */
/* ... of a word starting in t[from, starts_to), looked for in t[from, to)
** (starts_to <= to). */
static size_t find_bytes_starting(const ivl_fctx *x, size_t from, size_t starts_to, size_t to, const char *w) {
  const char *t = x->t;
  char first = w[0];
  int blocks = first >= 'a' && first <= 'z';
  uint64_t pat = 0x0101010101010101u * (unsigned char)first;
  for (size_t i = from; i < starts_to;) {
    if (blocks) i = block_of(t, i, starts_to, pat);
    for (size_t stop = i + 8 < starts_to ? i + 8 : starts_to; i < stop; i++) {
      if (byte_lower[(unsigned char)t[i]] != first) continue;
      if (i > 0 && word_byte((unsigned char)t[i - 1]) && i > from) continue;
      if (i > 0 && i == from && word_byte((unsigned char)t[i - 1])) continue;
      if (word_at(t, i, to, w, NULL)) return i;
    }
  }
  return FX_NONE;
}

static size_t find_bytes(const ivl_fctx *x, size_t from, size_t to, const char *w) {
  return find_bytes_starting(x, from, to, to, w);
}

/* Where 'w' first occurs in t[from, to), looked for by 'mode'; 'key' is
** its key, or NULL when not at hand. Most looks end at the filter: the
** scans are functions of their own, so that those looks are cheap (the
** scans' frames were 3 per cent of the stage). */
static size_t find_in(const ivl_fctx *x, size_t from, size_t to, const char *w, const fx_seen_key *key, int mode) {
  if (mode == LOOK_BYTES || !ivl_islower((unsigned char)w[0])) return find_bytes(x, from, to, w);
  if (!key) key = key_for(x->keys, w);
  if (!may_hold(x, key)) return mode == LOOK_INDEX ? find_at_cut(x, from, to, key) : FX_NONE;
  return find_indexed(x, from, to, key);
}

/* find_in of a word whose key is not yet cached: out of fx_find. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t find_new(const ivl_fctx *x, size_t from, size_t to, const char *w, int mode) {
  return find_in(x, from, to, w, NULL, mode);
}

/* fx_find in a range that starts before the indexed sentence and ends in
** it ("according to" up to 80 bytes before a name): the bytes read only
** where a word starts before the sentence, the rest looked up in its
** index, as a range of its own (its first word starts a word in both). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t find_into_sentence(const ivl_fctx *x, size_t from, size_t to, const char *w) {
  size_t at = find_bytes_starting(x, from, x->words_vs, to, w);
  return at != FX_NONE ? at : fx_find(x, x->words_vs, to, w);
}

/* find_in, with each path that goes on a tail call: most looks end at
** the filter, and then need no frame (saving and restoring its registers
** at every look: fx_find 4.13M -> 3.88M Ir inclusive on /tmp/b1). */
size_t fx_find(const ivl_fctx *x, size_t from, size_t to, const char *w) {
  int mode = look_mode(x, from, to);
  if (mode == LOOK_BYTES && from < x->words_vs && to > x->words_vs && to <= x->words_ve)
    return find_into_sentence(x, from, to, w);
  if (mode == LOOK_BYTES || !ivl_islower((unsigned char)w[0])) return find_bytes(x, from, to, w);
  const fx_seen_key *key = cached_key(x->keys, w);
  if (!key) return find_new(x, from, to, w, mode);
  if (!may_hold(x, key)) return mode == LOOK_INDEX ? find_at_cut(x, from, to, key) : FX_NONE;
  return find_indexed(x, from, to, key);
}

size_t fx_find_last(const ivl_fctx *x, size_t from, size_t to, const char *w) {
  size_t last = FX_NONE;
  for (size_t at = from; (at = fx_find(x, at, to, w)) != FX_NONE; at++) last = at;
  return last;
}

size_t fx_last(const ivl_fctx *x, size_t from, size_t to, const char *const *words) {
  size_t last = FX_NONE;
  for (size_t at = from; (at = fx_first(x, at, to, words)) != FX_NONE; at++) last = at;
  return last;
}

/* The keys of the words of 'list' when they are looked for in the index,
** else NULL (then each word is looked for as fx_find does). */
static const fx_seen_key *index_keys(const ivl_fctx *x, int mode, const char *const *list, size_t to, size_t *n) {
  if (mode == LOOK_BYTES) return NULL;
  return list_keys(x, list, n, mode == LOOK_FILTERED, mode == LOOK_INDEX ? to : 0); /* (a cut: to > 0) */
}

/* find_in of a word of a list, by its key: the filter's test inline, as
** most words of a list end there. */
static inline size_t find_key(const ivl_fctx *x, size_t from, size_t to, const fx_seen_key *key, int mode) {
  if (!may_hold(x, key)) return mode == LOOK_INDEX ? find_at_cut(x, from, to, key) : FX_NONE;
  if (!ivl_islower((unsigned char)key->w[0])) return find_bytes(x, from, to, key->w);
  return find_indexed(x, from, to, key);
}

/* Does t[from, to) of the indexed sentence, where the range cuts no word
** (LOOK_FILTERED), hold a word of the list of 'lk'? A word whose
** 'sel_bit' is not in the sentence's filters is not there (may_hold says
** no), so only the words of the groups whose bits meet the filters are
** asked, not each word in turn: on /tmp/b1, 19,880 of 49,910 such looks
** passed the list's filter, then asked 210,176 words, of which 18,998 may
** be there. (Not fx_first's way: it narrows its range word by word, and a
** phrase running past the first found so far is not found, so the order
** it asks its words in matters; fx_any's answer is the same in any.) */
#if defined(__GNUC__)
__attribute__((noinline)) /* fx_any's tail call */
#endif
static int any_filtered(const ivl_fctx *x, size_t from, size_t to, const fx_list_key *lk) {
  const fx_seen_key *keys = &x->keys->words[lk->at];
  const uint16_t *order = &x->keys->order[lk->at];
  const uint8_t *sel = &x->keys->sel[lk->at];
  for (unsigned j = 0; j < lk->nopen; j++)
    if (find_key(x, from, to, &keys[order[j]], LOOK_FILTERED) != FX_NONE) return 1;
  unsigned j = lk->nopen;
  for (unsigned g = 0; g < lk->nseen; j = lk->seen_end[g++]) {
    uint64_t hit = lk->seen_bits[g] & x->seen[lk->seen_at[g]];
    for (; hit && j < lk->seen_end[g]; j++) {
      if (!((hit >> sel[j]) & 1)) continue;
      const fx_seen_key *key = &keys[order[j]];
      if (may_hold(x, key) && find_indexed(x, from, to, key) != FX_NONE) return 1;
    }
  }
  for (unsigned g = 0; g < lk->nwhole; j = lk->whole_end[g++]) {
    uint64_t hit = lk->whole_bits[g] & x->whole[lk->whole_at[g]];
    for (; hit && j < lk->whole_end[g]; j++) {
      if (!((hit >> sel[j]) & 1)) continue;
      const fx_seen_key *key = &keys[order[j]];
      if (may_hold(x, key) && find_indexed(x, from, to, key) != FX_NONE) return 1;
    }
  }
  return 0;
}

/* The words of a list that the indexed sentence may hold, found as
** any_filtered finds them, each given by its index in the list to 'mark'
** (inlined: a mask in a register for a list of 64 or fewer, an array of
** them for a longer one); fx_first asks them in the list's order, as it
** asks all. */
#if defined(__GNUC__)
__attribute__((always_inline)) /* in first_filtered's loop, as when it had no other caller */
#endif
static inline void may_hold_words(const ivl_fctx *x, const fx_list_key *lk, void (*mark)(uint64_t *, unsigned),
                                  uint64_t *may) {
  const fx_seen_key *keys = &x->keys->words[lk->at];
  const uint16_t *order = &x->keys->order[lk->at];
  for (unsigned j = 0; j < lk->nopen; j++) mark(may, order[j]);
  unsigned j = lk->nopen;
  for (unsigned g = 0; g < lk->nseen; j = lk->seen_end[g++]) {
    uint64_t hit = lk->seen_bits[g] & x->seen[lk->seen_at[g]];
    for (; hit && j < lk->seen_end[g]; j++)
      if (((hit >> (keys[order[j]].sel_bit & 63)) & 1) && may_hold(x, &keys[order[j]])) mark(may, order[j]);
  }
  for (unsigned g = 0; g < lk->nwhole; j = lk->whole_end[g++]) {
    uint64_t hit = lk->whole_bits[g] & x->whole[lk->whole_at[g]];
    for (; hit && j < lk->whole_end[g]; j++)
      if (((hit >> (keys[order[j]].sel_bit & 63)) & 1) && may_hold(x, &keys[order[j]])) mark(may, order[j]);
  }
}

static inline void mark_in_mask(uint64_t *mask, unsigned k) { *mask |= (uint64_t)1 << k; }
static inline void mark_in_masks(uint64_t *may, unsigned k) { may[k >> 6] |= (uint64_t)1 << (k & 63); }

/* ... of a list of 64 or fewer (lk->n), as one mask. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline uint64_t may_hold_mask(const ivl_fctx *x, const fx_list_key *lk) {
  uint64_t mask = 0;
  may_hold_words(x, lk, mark_in_mask, &mask);
  return mask;
}

/* fx_first in a range that cuts no word, of a list of 64 or fewer: the
** words may_hold_mask rules out would each be found nowhere (find_key
** stops at may_hold), so only the others are asked, in the same order
** with the same narrowing range (17,800 such looks on /tmp/b1). */
#if defined(__GNUC__)
__attribute__((noinline)) /* fx_first's tail call */
#endif
static size_t first_filtered(const ivl_fctx *x, size_t from, size_t to, const fx_list_key *lk) {
  const fx_seen_key *keys = &x->keys->words[lk->at];
  size_t first = FX_NONE;
  for (uint64_t mask = may_hold_mask(x, lk); mask; mask &= mask - 1) {
    size_t at = find_key(x, from, first < to ? first : to, &keys[__builtin_ctzll(mask)], LOOK_FILTERED);
    if (at < first) first = at;
  }
  return first;
}

/* first_filtered of a list of more than 64 words: the words the filters
** let through (may_hold_words' walk of the groups met) as bits of a wider
** mask, asked in the list's order; fx_first asked may_hold of each word
** of the list ("the list's filter" met: most looks of a long lexicon). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t first_filtered_long(const ivl_fctx *x, size_t from, size_t to, const fx_list_key *lk) {
  const fx_seen_key *keys = &x->keys->words[lk->at];
  uint64_t may[FX_LIST_WORDS / 2 / 64]; /* a cached list's words (new_list) */
  size_t nmay = (lk->n + 63) / 64;
  memset(may, 0, nmay * sizeof *may);
  may_hold_words(x, lk, mark_in_masks, may);
  size_t first = FX_NONE;
  for (size_t w = 0; w < nmay; w++)
    for (uint64_t mask = may[w]; mask; mask &= mask - 1) {
      size_t at = find_key(x, from, first < to ? first : to, &keys[w * 64 + (size_t)__builtin_ctzll(mask)], LOOK_FILTERED);
      if (at < first) first = at;
    }
  return first;
}

/* first_filtered at a cut (LOOK_INDEX): the words of 'mask', in the
** list's order. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t first_of_mask(const ivl_fctx *x, size_t from, size_t to, const fx_list_key *lk, uint64_t mask) {
  const fx_seen_key *keys = &x->keys->words[lk->at];
  size_t first = FX_NONE;
  for (; mask; mask &= mask - 1) {
    size_t at = find_key(x, from, first < to ? first : to, &keys[__builtin_ctzll(mask)], LOOK_INDEX);
    if (at < first) first = at;
  }
  return first;
}

/* The words of a list of 64 or fewer that the filters rule out (may_hold)
** and that end in the byte before the cut at 'to': the only ones of them
** find_at_cut can find there. */
static uint64_t cut_mask(const ivl_fctx *x, size_t to, const fx_list_key *lk) {
  const fx_seen_key *keys = &x->keys->words[lk->at];
  unsigned char last = byte_lower[(unsigned char)x->t[to - 1]];
  uint64_t mask = 0;
  /* those of the byte's group only (by_last), not each word */
  for (uint64_t group = lk->by_last[last & 15]; group; group &= group - 1) {
    unsigned k = (unsigned)__builtin_ctzll(group);
    if (keys[k].len && (unsigned char)keys[k].w[keys[k].len - 1] == last && !may_hold(x, &keys[k]))
      mask |= (uint64_t)1 << k;
  }
  return mask;
}

/* Does a word the filters rule out end at the cut 'to' in t[from, to)?
** Those that end in its byte before it asked only (any_at_cut). */
static int cut_word_at(const ivl_fctx *x, size_t from, size_t to, const fx_seen_key *key, unsigned char last) {
  return key->len && (unsigned char)key->w[key->len - 1] == last && !may_hold(x, key) &&
         find_at_cut(x, from, to, key) != FX_NONE;
}

static int any_cut_word(const ivl_fctx *x, size_t from, size_t to, const fx_list_key *lk) {
  const fx_seen_key *keys = &x->keys->words[lk->at];
  unsigned char last = byte_lower[(unsigned char)x->t[to - 1]];
  /* a list of 64 or fewer: the words of the byte's group only (by_last),
  ** as cut_mask; "in credit", "loan*" ... after an amount, 45 words, were
  ** each asked */
  if (lk->n <= 64) {
    for (uint64_t group = lk->by_last[last & 15]; group; group &= group - 1)
      if (cut_word_at(x, from, to, &keys[__builtin_ctzll(group)], last)) return 1;
    return 0;
  }
  for (uint32_t k = 0; k < lk->n; k++)
    if (cut_word_at(x, from, to, &keys[k], last)) return 1;
  return 0;
}

/* fx_any in full, which fx_any's own path leaves to it: a list not
** cached, a range that cuts a word or is not in the indexed sentence. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int any_looked(const ivl_fctx *x, size_t from, size_t to, const char *const *words, int mode) {
  const fx_list_key *lk = mode == LOOK_FILTERED ? list_of(x->keys, words) : NULL;
  if (lk) return any_filtered(x, from, to, lk);
  size_t n;
  const fx_seen_key *keys = index_keys(x, mode, words, to, &n);
  if (keys) {
    for (size_t k = 0; k < n; k++)
      if (find_key(x, from, to, &keys[k], mode) != FX_NONE) return 1;
    return 0;
  }
  for (; *words; words++)
    if (find_in(x, from, to, *words, NULL, mode) != FX_NONE) return 1;
  return 0;
}

/* Does a group of 'lk' meet the sentence's filters? */
static inline int some_group_met(const ivl_fctx *x, const fx_list_key *lk) {
  for (unsigned g = 0; g < lk->nseen; g++)
    if (lk->seen_bits[g] & x->seen[lk->seen_at[g]]) return 1;
  for (unsigned g = 0; g < lk->nwhole; g++)
    if (lk->whole_bits[g] & x->whole[lk->whole_at[g]]) return 1;
  return 0;
}

/* fx_any in a range of the indexed sentence that cuts a word at 'to'
** (LOOK_INDEX): a word the filters rule out can be there only ending at
** the cut (find_at_cut), so when no word of the list ends in the bytes
** before it (may_end_at), the look is any_filtered's, the groups met
** asked and not each word (fx_any 17.86M -> 16.64M Ir inclusive on /tmp/b1,
** most of it the 40 words after an amount, "in credit", "loan*" ...). */
#if defined(__GNUC__)
__attribute__((noinline)) /* fx_any's tail call: its own path keeps no frame */
#endif
static int any_at_cut(const ivl_fctx *x, size_t from, size_t to, const char *const *words) {
  const fx_list_key *lk = cached_list(x->keys, words);
  if (!lk) return any_looked(x, from, to, words, LOOK_INDEX);
  /* the words the filters let through, as any_filtered asks them; then
  ** those they rule out that may end at the cut (any_at_cut 1.36M ->
  ** 1.13M Ir inclusive on /tmp/b1) */
  if ((lk->nopen || some_group_met(x, lk)) && any_filtered(x, from, to, lk)) return 1;
  return may_end_at(x, to, lk) && any_cut_word(x, from, to, lk);
}

/* Most looks of a cached list in a range that cuts no word end with no
** group of its words met by the sentence's filters: said here with no
** frame, each other path a tail call (the registers any_filtered's walk
** needs, saved and restored at every look: fx_any 11.35M -> 9.54M Ir
** inclusive on /tmp/b1). */
int fx_any(const ivl_fctx *x, size_t from, size_t to, const char *const *words) {
  int mode = look_mode(x, from, to);
  if (mode == LOOK_INDEX) return any_at_cut(x, from, to, words);
  const fx_list_key *lk = mode == LOOK_FILTERED ? cached_list(x->keys, words) : NULL;
  if (!lk) return any_looked(x, from, to, words, mode);
  if (lk->nopen || some_group_met(x, lk)) return any_filtered(x, from, to, lk);
  return 0;
}

/* fx_first in full, which fx_first's own path leaves to it: a list not
** cached or of more than 64 words, a range that cuts a word or is not in
** the indexed sentence. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t first_looked(const ivl_fctx *x, size_t from, size_t to, const char *const *words, int mode) {
  size_t first = FX_NONE;
  const fx_list_key *lk = mode == LOOK_FILTERED ? list_of(x->keys, words) : NULL;
  if (lk && lk->n <= 64) return first_filtered(x, from, to, lk);
  size_t n;
  const fx_seen_key *keys = index_keys(x, mode, words, to, &n);
  /* a word found ends the range at a word start: still not cut short */
  if (keys) {
    for (size_t k = 0; k < n; k++) {
      size_t at = find_key(x, from, first < to ? first : to, &keys[k], mode);
      if (at < first) first = at;
    }
    return first;
  }
  for (; *words; words++) {
    size_t at = find_in(x, from, first < to ? first : to, *words, NULL, mode);
    if (at < first) first = at;
  }
  return first;
}

/* fx_first in a range that cuts a word at 'to' (LOOK_INDEX), as
** any_at_cut: first_filtered's when no word of the list ends in the bytes
** before the cut. Its narrowed ranges end at a word found, a word start,
** where find_at_cut finds only a word ending in a byte that is no word
** byte: a list with one ('odd_end') is looked at in full (fx_first
** 18.68M -> 18.00M Ir inclusive on /tmp/b1). */
#if defined(__GNUC__)
__attribute__((noinline)) /* fx_first's tail call */
#endif
static size_t first_at_cut(const ivl_fctx *x, size_t from, size_t to, const char *const *words) {
  const fx_list_key *lk = cached_list(x->keys, words);
  if (!lk || lk->n > 64 || lk->odd_end) return first_looked(x, from, to, words, LOOK_INDEX);
  if (!may_end_at(x, to, lk)) return lk->nopen || some_group_met(x, lk) ? first_filtered(x, from, to, lk) : FX_NONE;
  /* some word may end at the cut: the words the filters let through and
  ** those they rule out that end in its byte, in the list's order, not
  ** every word (first_at_cut 1.89M -> 1.52M Ir inclusive on /tmp/b1) */
  return first_of_mask(x, from, to, lk, may_hold_mask(x, lk) | cut_mask(x, to, lk));
}

/* As fx_any: the look that finds no group met says so with no frame. */
size_t fx_first(const ivl_fctx *x, size_t from, size_t to, const char *const *words) {
  int mode = look_mode(x, from, to);
  if (mode == LOOK_INDEX) return first_at_cut(x, from, to, words);
  const fx_list_key *lk = mode == LOOK_FILTERED ? cached_list(x->keys, words) : NULL;
  if (!lk) return first_looked(x, from, to, words, mode);
  if (lk->nopen || some_group_met(x, lk)) return lk->n > 64 ? first_filtered_long(x, from, to, lk) : first_filtered(x, from, to, lk);
  return FX_NONE;
}

/* Do the words before 'pos', its spaces skipped, end with 'w' ('n' bytes)? */
static int ends_with(const ivl_fctx *x, size_t pos, const char *w, size_t n) {
  if (pos < n) return 0;
  size_t s = pos - n;
  if (s > 0 && word_byte((unsigned char)x->t[s - 1])) return 0;
  for (size_t k = n; k-- > 0;) /* from the end: most fail on the last letter */
    if (byte_lower[(unsigned char)x->t[s + k]] != w[k]) return 0;
  return 1;
}

static size_t before_spaces(const ivl_fctx *x, size_t pos) {
  while (pos > 0 && (ordinal_kind[(unsigned char)x->t[pos - 1]] & BYTE_SPACE)) pos--;
  return pos;
}

int fx_ends_with_n(const ivl_fctx *x, size_t pos, const char *w, size_t n) {
  return ends_with(x, before_spaces(x, pos), w, n);
}

int fx_starts_with(const ivl_fctx *x, size_t pos, const char *w) {
  size_t len = x->a->view.len;
  while (pos < len && (ordinal_kind[(unsigned char)x->t[pos]] & BYTE_SPACE)) pos++;
  return word_at(x->t, pos, len, w, NULL);
}

int fx_noun_within(const ivl_fctx *x, size_t p, const char *const *nouns, int most) {
  size_t len = x->a->view.len;
  for (int words = 0; words <= most; words++) {
    while (p < len && x->t[p] == ' ') p++;
    if (fx_starts_with_any(x, p, nouns)) return 1;
    if (p >= len || !ivl_islower((unsigned char)x->t[p])) return 0;
    while (p < len && (ivl_isalpha((unsigned char)x->t[p]) || x->t[p] == '-')) p++;
  }
  return 0;
}

int fx_starts_with_any(const ivl_fctx *x, size_t pos, const char *const *words) {
  /* fx_starts_with of each: the spaces skipped once, and a word whose
  ** first letter is not there not compared (most of a list) */
  size_t len = x->a->view.len;
  while (pos < len && (ordinal_kind[(unsigned char)x->t[pos]] & BYTE_SPACE)) pos++;
  int first = byte_lower[(unsigned char)x->t[pos]]; /* the NUL at len: no letter */
  /* most lists have no word starting with the text's next byte: said by
  ** the list's first bytes, not a test of each word (the loop over the
  ** words was 2.1M Ir on /tmp/b1); those that may, asked as before */
  const fx_list_key *lk = list_of(x->keys, words);
  if (lk && !may_start_with(lk, (unsigned)first)) return 0;
  if (lk && lk->n <= 64) {
    /* the words of the byte's group only, in any order: the answer is
    ** whether one is there (fx_starts_with_any 3.21M -> 2.37M Ir self on
    ** /tmp/b1, where the loop asked each word's first byte) */
    /* each by its key (key_at: two compares, not word_at's loop over its
    ** letters) */
    const fx_seen_key *keys = &x->keys->words[lk->at];
    for (uint64_t mask = lk->by_first[first & 15]; mask; mask &= mask - 1) {
      const fx_seen_key *key = &keys[__builtin_ctzll(mask)];
      unsigned char c = (unsigned char)key->w[0];
      if (c && c != '*' && c != first) continue;
      if (key_at(x, pos, len, key)) return 1;
    }
    return 0;
  }
  for (int k = 0; words[k]; k++) {
    unsigned char c = (unsigned char)words[k][0];
    if (c && c != '*' && c != first) continue; /* word_at fails at its first byte */
    if (word_at(x->t, pos, len, words[k], NULL)) return 1;
  }
  return 0;
}

/* Can the text before 'pos' end with a word of 'lk'? Mostly not, by
** its last byte (the words one by one were 3 per cent of the stage). */
static int may_end_with(const ivl_fctx *x, size_t pos, const fx_list_key *lk) {
  if (pos == 0) return 1; /* an empty word only: left to ends_with */
  return may_end_at(x, pos, lk);
}

int fx_ends_with_any(const ivl_fctx *x, size_t pos, const char *const *words) {
  pos = before_spaces(x, pos);
  const fx_list_key *lk = list_of(x->keys, words);
  if (lk) {
    if (!may_end_with(x, pos, lk)) return 0;
    const fx_seen_key *keys = &x->keys->words[lk->at];
    if (lk->n <= 64 && pos > 0) {
      /* the words of the last byte's group only (by_last): fx_ends_with_any
      ** 3.44M -> 3.04M Ir self on /tmp/b1 */
      for (uint64_t mask = lk->by_last[byte_lower[(unsigned char)x->t[pos - 1]] & 15]; mask; mask &= mask - 1) {
        const fx_seen_key *key = &keys[__builtin_ctzll(mask)];
        if (ends_with(x, pos, key->w, key->len)) return 1;
      }
      return 0;
    }
    for (size_t k = 0; k < lk->n; k++)
      if (ends_with(x, pos, keys[k].w, keys[k].len)) return 1;
    return 0;
  }
  for (int k = 0; words[k]; k++)
    if (ends_with(x, pos, words[k], strlen(words[k]))) return 1;
  return 0;
}

int fx_only(const ivl_fctx *x, size_t from, size_t to, const char *chars) {
  for (size_t i = from; i < to; i++)
    if (!ivl_isspace((unsigned char)x->t[i]) && !strchr(chars, x->t[i])) return 0;
  return 1;
}

/* The end of the administrative word ("District", "Province") written at
** k after a place, or k. */
size_t fx_admin_word_at(const ivl_fctx *x, size_t k, size_t to) {
  static const char *const words[] = {
    "district", "province", "city", "commune", "ward", "town", "prefecture", "state", "county", NULL};
  int c = ivl_tolower((unsigned char)x->t[k]); /* a word found at k begins with it */
  for (const char *const *w = words; *w; w++)
    if ((*w)[0] == c && fx_find(x, k, to, *w) == k) return k + strlen(*w);
  return k;
}

int fx_in_name(const ivl_fctx *x, size_t at) {
  if (!ivl_isupper((unsigned char)x->t[at])) return 0;
  size_t p = at;
  while (p > 0 && x->t[p - 1] == ' ') p--;
  return p < at && p > 0 && ivl_islower((unsigned char)x->t[p - 1]);
}

int fx_lower_words(const ivl_fctx *x, size_t from, size_t to) {
  for (size_t i = from; i < to; i++)
    if (!ivl_islower((unsigned char)x->t[i]) && x->t[i] != ' ' && x->t[i] != '-') return 0;
  return 1;
}

/* Can an ordinal begin at 'pos', its spaces skipped? Most words begin
** with none of the first letters of "first" ... "tenth", nor a digit. */
static int may_be_ordinal(const ivl_fctx *x, size_t pos) {
  const unsigned char *t = (const unsigned char *)x->t;
  size_t len = x->a->view.len;
  while (pos < len && (ordinal_kind[t[pos]] & BYTE_SPACE)) pos++;
  if (!(ordinal_kind[t[pos]] & BYTE_ORDINAL)) return 0;
  if (ivl_isdigit(t[pos])) return 1;
  /* a letter: the first three of "first" ... "tenth" (fx_ordinal_at),
  ** which "the", "to" and "share" are not (nine in ten tries were those) */
  if (!t[pos + 1]) return 0; /* the NUL at len: t[pos + 2] is past it */
#define ORD3(a, b, c) ((uint32_t)(a) | (uint32_t)(b) << 8 | (uint32_t)(c) << 16)
  static const uint32_t starts[] = {ORD3('f', 'i', 'r'), ORD3('s', 'e', 'c'), ORD3('t', 'h', 'i'), ORD3('f', 'o', 'u'),
                                    ORD3('f', 'i', 'f'), ORD3('s', 'i', 'x'), ORD3('s', 'e', 'v'), ORD3('e', 'i', 'g'),
                                    ORD3('n', 'i', 'n'), ORD3('t', 'e', 'n')};
#undef ORD3
  uint32_t k = byte_lower[t[pos]] | (uint32_t)byte_lower[t[pos + 1]] << 8 | (uint32_t)byte_lower[t[pos + 2]] << 16;
  for (size_t i = 0; i < sizeof starts / sizeof *starts; i++)
    if (k == starts[i]) return 1;
  return 0;
}

/* Can fx_ordinal_from find nothing in t[from, to)? So when the range is
** in the indexed sentence, whose pass saw no ordinal (CUE_ORDINAL), and
** every ordinal fx_ordinal_at could read from it is in that sentence: the
** range starts no word short ('from' may be read as a word start), the
** sentence ends no word short, and a run of spaces at the range's end
** (the look skips spaces from where it starts) carries no look past the
** sentence to where an ordinal may start. 2,100 of 2,900 walks on
** /tmp/b1 were of sentences without an ordinal, 1.6M Ir. */
static int no_ordinal_in(const ivl_fctx *x, size_t from, size_t to) {
  if ((x->cues & CUE_ORDINAL) || from < x->words_vs || to > x->words_ve || from >= to) return 0;
  if (cuts_word(x, from) || cuts_word(x, x->words_ve)) return 0;
  const unsigned char *t = (const unsigned char *)x->t;
  size_t reach = to, len = x->a->view.len;
  if (ordinal_kind[t[to - 1]] & BYTE_SPACE)
    while (reach < len && (ordinal_kind[t[reach]] & BYTE_SPACE)) reach++;
  return reach < x->words_ve || !(ordinal_kind[t[reach]] & BYTE_ORDINAL); /* (t[len]: the NUL) */
}

/* The callers try every word of a clause: this skips those that are no
** ordinal by a byte table, without a call each (62,000 calls and 8 per
** cent of the stage on 240 articles), and all of a clause of a sentence
** without one (no_ordinal_in). */
size_t fx_ordinal_from(const ivl_fctx *x, size_t i, size_t from, size_t to) {
  const unsigned char *t = (const unsigned char *)x->t;
  if (no_ordinal_in(x, from, to)) return to;
  if (i == from && i < to) {
    if (may_be_ordinal(x, i)) return i;
    i++;
  }
  /* may_be_ordinal says no at once to a byte that is neither a space nor
  ** can begin an ordinal: most word starts ("the" is asked) */
  for (; i < to; i++)
    if (!(ordinal_kind[t[i - 1]] & BYTE_ALNUM) && (ordinal_kind[t[i]] & (BYTE_SPACE | BYTE_ORDINAL)) &&
        may_be_ordinal(x, i))
      return i;
  return to;
}

const char *const fx_ordinal_words[] = {"first", "second", "third", "fourth", "fifth", "sixth",
                                       "seventh", "eighth", "ninth", "tenth", NULL};
const char *const fx_ordinal_suffixes[] = {"st", "nd", "rd", "th", NULL};

int fx_ordinal_at(const ivl_fctx *x, size_t pos, size_t *end) {
  const char *const *words = fx_ordinal_words;
  size_t len = x->a->view.len;
  while (pos < len && (ordinal_kind[(unsigned char)x->t[pos]] & BYTE_SPACE)) pos++;
  if (!(ordinal_kind[(unsigned char)x->t[pos]] & BYTE_ORDINAL)) return 0;
  int first = byte_lower[(unsigned char)x->t[pos]];
  int second = pos + 1 < len ? byte_lower[(unsigned char)x->t[pos + 1]] : -1;
  for (int i = 0; words[i]; i++)
    if (words[i][0] == first && words[i][1] == second && word_at(x->t, pos, len, words[i], end)) return i + 1;
  /* "2nd", "3rd", "10th" */
  size_t i = pos;
  int v = 0;
  while (i < len && ivl_isdigit((unsigned char)x->t[i]) && v < 100) v = v * 10 + (x->t[i++] - '0');
  if (i == pos || v == 0 || v > 99) return 0; /* "ranks 26th among 143 countries" */
  const char *const *suffixes = fx_ordinal_suffixes;
  for (int k = 0; suffixes[k]; k++)
    if (word_at(x->t, i, len, suffixes[k], end)) return v;
  return 0;
}

/* }====================================================================== */

/* Each thread's cache of cue word filter bits, kept from one article to
** the next: an article looks for a thousand-odd cue words, mostly the same
** ones. Made at its thread's first article (ivl_zeroed_pages: its pages
** touched only where keys fall; calloc cleared all of them, 5.5M Ir under
** callgrind) and freed at the thread's exit (the key's destructor): as a
** _Thread_local of its own 5.5 MB, every thread zeroed it when it
** started, the main thread of a process that links no fact too (0.6M Ir
** of `ivlua -e ''`'s 7.0M, and each page faulted in). */
static _Thread_local struct fx_seen_keys *seen_keys;
static pthread_key_t seen_keys_key;
static pthread_once_t seen_keys_once = PTHREAD_ONCE_INIT;
static int seen_keys_key_made;

static void free_seen_keys(void *k) { ivl_zeroed_pages_free(k, sizeof(struct fx_seen_keys)); }

static void make_seen_keys_key(void) { seen_keys_key_made = pthread_key_create(&seen_keys_key, free_seen_keys) == 0; }

/* This thread's cache, made on first use; NULL when out of memory. */
static struct fx_seen_keys *thread_keys_made(void) {
  if (seen_keys) return seen_keys;
  pthread_once(&seen_keys_once, make_seen_keys_key);
  struct fx_seen_keys *k = seen_keys_key_made ? ivl_zeroed_pages(sizeof *k) : NULL;
  if (k && pthread_setspecific(seen_keys_key, k) != 0) {
    free_seen_keys(k);
    k = NULL;
  }
  return seen_keys = k;
}

/* The cache, emptied when words were added to a lexicon since it was
** filled: a lexicon's list is known by its address, and an addition
** changes the list there (or moves it, and another may take its place).
** NULL when out of memory. */
struct fx_seen_keys *fx_thread_keys(void) {
  pthread_once(&cues_once, index_cues); /* before any look: the byte tables */
  struct fx_seen_keys *keys = thread_keys_made();
  unsigned long now = ivl_lexicon_generation();
  if (keys && keys->generation != now) {
    memset(keys, 0, sizeof *keys);
    keys->generation = now;
  }
  return keys;
}
