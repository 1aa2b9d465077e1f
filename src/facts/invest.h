/*
** invest.h
** What the investment frame's modules share (facts_invest.c, the driver;
** invest_figures.c, cutting a sentence into figures; invest_roles.c, who
** invested and where; invest_basis.c, flow or stock and a total's parts):
** the figures of a sentence and the parties of a fact. Internal to facts/.
*/
#ifndef IVLUA_INVEST_H
#define IVLUA_INVEST_H

#include "facts_ctx.h"

#define MAX_FIGURES 16

typedef struct figure {
  const ivl_fm *money, *equiv, *count;
  double bare_count;      /* projects said by a bare number in a list ("Korea eight ($120 million)"), or 0 */
  uint32_t vs, ve;        /* the figure's own mentions */
  uint32_t cs, ce;        /* its clause */
  const ivl_fm *date, *share;
  int rank;
  uint32_t placed_at;     /* where the ordinal that places it is ("Japan a distant second"), or 0 */
  const ivl_fm *other_named; /* named after it for a fact of its own ("with Japan the third largest source") */
  const ivl_fm *investor_as, *target_as; /* "X and Y ... $1m and $2m, respectively" */
  const ivl_fm *buyer;    /* in a sale told from the seller's side, who buys ("sold a stake to X") */
  /* flags, a byte each: the figure is sorted in a fixed buffer (IVL_SORT_TMP) */
  uint8_t position;       /* the rank is a standing position ("is the largest investor"); 2: one
                          ** another's figure made ("makes Japan the largest investor"), held now */
  uint8_t rank_in_group;  /* "the largest US investor": first of one country's, no rank stated */
  uint8_t raised_to;      /* "from $100 million to $500 million": a new total */
  uint8_t not_fact;       /* a goal, a comparison, a terminated project */
  uint8_t domestic;       /* Việt Nam's own capital (rule 12) */
  uint8_t listed;         /* goes on a ranked list begun by the figure before */
  uint8_t listed_before;  /* goes on a ranked list of the sentence before ("Next come Japan, ...") */
  uint8_t stock;          /* its basis, decided once (rule 15) */
  uint8_t whole;          /* the total a share is of ("85 per cent of the $12 billion"): everyone's */
} figure;

typedef struct figures {
  figure f[MAX_FIGURES];
  size_t n;
} figures;

typedef struct party {
  const char *name;     /* a canonical place, a country code, an org's name, "*" */
  const ivl_fm *m;      /* the mention, or NULL */
  int vn;               /* in Việt Nam */
  int described;        /* a company described, not named: "a Japanese firm" */
} party;

/* {======== Cutting a sentence into figures (invest_figures.c) ======== */

/* "... is developed by X. Its total investment is $4.5 billion": the
** total of the works just said to be developed (invest_basis.c) */
int inv_its_total_developed(const ivl_fctx *x, const ivl_fsent *s);
/* The aside t[from, to) is said in ("X, which invested $1 million in
** 2023, will add ...", "X – which ... – will"): its bounds in [*open,
** *close); 0 when none. */
int inv_aside_at(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to, size_t *open, size_t *close);
int inv_start_aside_held(const ivl_fctx *x, const ivl_fsent *s, size_t at, size_t figure_vs, size_t *close);

/* Is the superlative at 'at' a standing position ("is the largest
** investor", "remains the top source"), not the period's ("was the biggest
** source")? */
int inv_said_now(const ivl_fctx *x, const ivl_fsent *s, size_t at);
/* Does a sale word follow at 'pos' ("sold", "has sold", "agreed to sell")? */
int inv_sells(const ivl_fctx *x, size_t pos);
/* Is place m the seat of a seller after "from" ("from a Hanoi bank")? */
int inv_seat_after_from(const ivl_fctx *x, const ivl_fm *m);
/* Does the sentence open on the pair of firms of the deal told right
** before ("The two firms will invest", "Under the deal, the two banks")? */
int inv_pair_referred(const ivl_fctx *x, const ivl_fsent *s);
const ivl_fm *inv_pair_owner(const ivl_fctx *x, const ivl_fsent *s);
/* The company an answer in the first person speaks for ("A: We will
** invest ...", "Lim: In October we signed ..."): the one company the
** article has named before s as an actor, by its full name; else NULL. */
const ivl_fm *inv_speakers_company(const ivl_fctx *x, const ivl_fsent *s);

/* "..., the consul said at a business forum on February 23": the day a
** figure was said at an event ("on" it, a verb of saying and the event's
** noun before), which no standing position dates (the article's date does). */
int inv_event_speech_day(const ivl_fctx *x, const ivl_fm *d);

/* "..., where it received its first investment certificate in 2019": a
** date in a trailing clause of its start, said with "first" (a start, not
** the figure's date: GUIDELINES rule 14). */
int inv_start_clause_date(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *d);

/* "over the past three years": a span of a few years back from now said
** in the sentence (a period's flow), not one of ten years or more. */
int inv_recent_span(const ivl_fctx *x, const ivl_fsent *s);

/* Each figure's date: its own period, not a baseline or another event's day. */
void inv_bind_dates(const ivl_fctx *x, const ivl_fsent *s, figures *fs);

/* "third and fourth", "first, second and third": the places listed in
** t[from, to), at most 'max'; how many (two or more), else 0. '*any'
** (when not NULL): whether t[from, to) has an ordinal at all. */
size_t inv_ordinals_listed(const ivl_fctx *x, size_t from, size_t to, int *places, size_t max, int *any);

/* The figures paired "respectively" with what is named before them: the
** run of figures joined by commas and "and" that ends right before the
** word (all of them when it comes first). How many, from *lo on; 0 when
** none. */
size_t inv_respective_group(const ivl_fctx *x, const ivl_fsent *s, const figures *fs, size_t *lo);

/* Each figure's rank: a superlative, a placing ordinal, a ranked list. */
void inv_bind_ranks(const ivl_fctx *x, const ivl_fsent *s, figures *fs);

/* Each figure's share of the target's total FDI. */
void inv_bind_shares(const ivl_fctx *x, const ivl_fsent *s, figures *fs);

/* "Japan contributed 30 per cent of the capital": an investor's share
** with no figure of its own, as '*out'; 0 when the sentence says none. */
int inv_share_only(const ivl_fctx *x, const ivl_fsent *s, figure *out);

/* Words that end a figure's reach: what follows is another figure. Where
** the first is in t[from, to), else 'to'; and whether there is one. */
size_t inv_break_at(const ivl_fctx *x, size_t from, size_t to);
int inv_breaks_figure(const ivl_fctx *x, size_t from, size_t to);

/* "the company", "the group": the company the article is about. */
extern const char *const inv_company_anaphors[];
/* Is the anaphor that opens the sentence's company talk in [s->vs, to)
** "the board" of an authority named before it ("The chairman of the
** provincial People's Committee has asked the board to ...")? */
int inv_authority_board(const ivl_fctx *x, const ivl_fsent *s, size_t to);
/* Where "The company", "The automaker", "The Hanoi-based company" opening
** the sentence ends; FX_NONE when it opens otherwise. */
size_t inv_company_subject_end(const ivl_fctx *x, const ivl_fsent *s);
/* Where "The buyer", "The new owner", "The club's new owner" opening the
** sentence starts (the buyer of a purchase just told); FX_NONE when it
** opens otherwise. */
size_t inv_opens_on_buyer(const ivl_fctx *x, const ivl_fsent *s);
/* "the largest investor", "the top source": a place at the top. */

/* Where the words before a figure at 'vs' end, past its hedge: "with total
** investment of more than $1.3 billion" reads as "... of $1.3 billion"
** (the money's span leaves the hedge out, GUIDELINES); vs when none. */
size_t inv_before_hedge(const ivl_fctx *x, size_t vs);

/* Only list punctuation and "and" between two figures' investors. */
int inv_list_joiner(const ivl_fctx *x, size_t from, size_t to);

/* Mark goals, terminated projects, comparisons and mixed totals (rule 13). */
void inv_mark_non_facts(const ivl_fctx *x, const ivl_fsent *s, figures *fs);
/* ... with every look of each test asked ('every_look'), not ruled out
** first by one look over the whole sentence: the reference for tests. */
void inv_mark_non_facts_as(const ivl_fctx *x, const ivl_fsent *s, figures *fs, int every_look);
/* Can the one look over the sentence be used (its word lists fit)? */
int inv_non_fact_look_usable(void);
/* "revoked 12 projects worth $210 million. The largest of them was a $50
** million plant": the projects ended, one of them told in the next sentence,
** are no facts either; notes a sentence of ended projects for the next. */
void inv_mark_ended_set(ivl_fctx *x, const ivl_fsent *s, figures *fs);

/* "Of the total, ...", "The figure comprised ...": a sentence that breaks
** down the total stated just before it. */
int inv_opens_breakdown(const ivl_fctx *x, const ivl_fsent *s);
/* "Laos took $230 million of that": a figure "of that" total, after it. */
int inv_figure_of_told(const ivl_fctx *x, const ivl_fsent *s);

/* "came second", "ranks fifth among", "the Chinese mainland second with":
** an ordinal that places an investor, in t[from, to). Not "the first nine
** months", "the second phase", "its third project". */
int inv_placing_ordinal(const ivl_fctx *x, size_t from, size_t to, size_t *at);

/* "third largest foreign investor", "the leading investor": a position
** among investors. Not "among the top five", not "one of the largest". */
int inv_rank_at_superlative(const ivl_fctx *x, size_t at, size_t end, size_t sent_end);
int inv_rank_in_group(const ivl_fctx *x, size_t end, size_t sent_end);

/* Do the bytes [from, to) join an amount to its equivalent ("(", ", or
** about")? */
int inv_joins_equivalent(const ivl_fctx *x, size_t from, size_t to);
/* The amounts of a sentence as figures, each with its equivalent. */
void inv_read_amounts(const ivl_fctx *x, const ivl_fsent *s, figures *fs);

/* Numbers of projects, joined to the amount they go with or alone. */
void inv_read_counts(const ivl_fctx *x, const ivl_fsent *s, figures *fs);

/* "Japan with 12 projects worth $300 million, followed by Korea eight ($120
** million)": in a list whose figures count projects, a bare number between
** an investor and the bracketed amount is that investor's projects. */
void inv_read_bare_counts(const ivl_fctx *x, const ivl_fsent *s, figures *fs);

/* "followed by Korea with nine and China with 7", "Korea (9)": the bare
** number right after a member of a list that counts projects and names no
** money, read as that member's projects; 0 when none, else '*end' is
** where the number ends. */
double inv_bare_count_after(const ivl_fctx *x, const ivl_fsent *s, size_t at, size_t *end);

/* "new projects totalled 320": the bare number of projects a verb
** says, its value (else 0) and where it ends; the amount after it is
** theirs (inv_read_numbered). */
extern const char *const inv_parts_of_projects[];
extern const char *const inv_members[];
/* "The largest is a $70 million ...", "One of them, a $20 million ...":
** an opening that picks parts out of a total the sentence before told
** (invest_figures.c). */
extern const char *const inv_part_picks[];
double inv_projects_numbered(const ivl_fctx *x, const ivl_fsent *s, size_t *end);
void inv_read_numbered(const ivl_fctx *x, const ivl_fsent *s, figures *fs);

/* Sort the figures and give each its clause: from the figure before (or a
** contrast) to the one after. */
void inv_set_clauses(const ivl_fctx *x, const ivl_fsent *s, figures *fs);

/* "New projects accounted for $500 million": the share of a total. */
extern const char *const inv_shares_of_total[];
/* "led by", "headed by": the company at the head of those who put a total
** in (invest_roles.c) */
extern const char *const inv_heads_of_total[];
/* "led by a", "headed by an": the largest part of a total told next, a
** works ("19 projects abroad, led by a $40 million dairy farm"), no
** investor at the head of the list (invest_figures.c) */
extern const char *const inv_largest_part[];
/* "a further", "another": projects counted on top of those just stated
** ("Domestic firms account for a further 74 projects") */
extern const char *const inv_further[];
/* "valid projects": licensed investment counted to date, the press's
** term for the running FDI tally (invest_figures.c) */
extern const char *const inv_valid_projects[];
/* "plant", "resort", "township": the works a company builds, whose
** capital a figure before them is (invest_figures.c) */
extern const char *const inv_works[];
/* "with Japan accounting for 38 per cent": the participles that tell a
** part's share of a total in a clause of its own. */
extern const char *const inv_sharing_participles[];

/* Loans, grants and aid are agreements, not investments. */
int inv_speaks_of_aid(const ivl_fctx *x, const ivl_fsent *s);

/* "168 projects from 21 countries and territories": projects counted by
** the countries they come from (foreign capital). */
int inv_projects_from_countries(const ivl_fctx *x, const ivl_fsent *s);

/* A unit a firm founds told with its money and no investment word ("set
** up a $25 million dyeing unit", "established a company ... with $18
** million"): investment spoken of, with no cue word. */
int inv_founds_unit_with_money(const ivl_fctx *x, const ivl_fsent *s);
/* Does the sentence speak of investment (a trigger of the frames)? */
int inv_speaks_of_investment(const ivl_fctx *x, const ivl_fsent *s);
int inv_picks_told_project(const ivl_fctx *x, const ivl_fsent *s);

/* }======== */

/* {======== Who invested, and where (invest_roles.c) ======== */

/* 1: Việt Nam's own capital; 0: foreign; -1: no cue (as the figure before). */
int inv_gone_abroad(const ivl_fctx *x, const ivl_fsent *s, const figure *f);
int inv_comes_in(const ivl_fctx *x, const ivl_fsent *s, const figure *prev, const figure *f);
int inv_domestic(const ivl_fctx *x, const ivl_fsent *s, const figure *f);

/* The client a builder's works are "for", when the figure is the works'
** a builder's verb names ("X will build the $2 billion plant ... for
** Singapore's Y"): the client owns them and invests. */
const ivl_fm *inv_client_built_for(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target);

/* The investor of figure 'f'; name NULL when none. */
party inv_find_investor(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target);

/* "Masan sold a stake in its retail arm to Alibaba for $400 million": is
** the sentence a sale of a holding, before its first figure, to a buyer
** not of Việt Nam? */
int inv_sold_abroad(const ivl_fctx *x, const ivl_fsent *s, size_t first_figure);
/* Each figure's buyer, where its clause tells a sale from the seller's
** side (one look at the sentence for most, which tell none). */
void inv_bind_buyers(const ivl_fctx *x, const ivl_fsent *s, figures *fs);

/* "has invested a total of $42 million in Vietnamese agriculture and
** clean-energy companies": Việt Nam's firms at large, after figure f, are
** where its money goes, over a place spoken of before. */
int inv_vn_firms_after(const ivl_fctx *x, const ivl_fsent *s, const figure *f);
/* "poured $2.4 billion into Vietnamese real estate": Việt Nam's own field,
** named right after the figure with "into". */
int inv_vn_field_into(const ivl_fctx *x, const ivl_fsent *s, const figure *f);
/* Does a lower-case noun after Việt Nam's demonym right after "into" in the
** figure's clause say the country's things ("into Vietnamese hotel
** acquisitions")? */
int inv_vn_things_into(const ivl_fctx *x, const ivl_fsent *s, const figure *f);
/* Is the figure said to go "into its Vietnamese subsidiary", "in the
** Vietnamese market" (in its clause)? Việt Nam, when the
** sentence and the article name no place. */
/* "into its Vietnamese subsidiary", "in the Vietnamese market": Việt Nam
** named by its demonym before a firm's own arm in the figure's clause;
** own_only: the arm said with "its" or "their" only. */
int inv_vn_unit_after(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int own_only);
int inv_opens_nationwide(const ivl_fctx *x, const ivl_fsent *s);

/* "X and Y each invested $N": the investors after 'first' (the one
** found) that the figure is said of too, into out[0, max); their number. */
size_t inv_each_other(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *first, party *out,
                      size_t max);

/* "a consortium of A, B and C", "a joint venture between Japan's A and
** Vietnam's B", "The consortium comprises A, B and Hà Nội-based C": the
** firms a group's head lists as its members, the first (its leader) first,
** into out[0, max); their number, 0 when fewer than two. 'described' is
** set when the group is an aside of another's ("X, a joint venture
** between A and B", "set up as a joint venture between"). */
size_t inv_group_members(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm **out, size_t max, int *described);
/* "Hyosung, Posco and Doosan have won the tender to build the $900 million
** plant", "A and B will jointly invest": firms joined as the subject of the
** verb before 'upto', no group word, who act together as a consortium's
** members do. Their mentions, 'first' first, into out[0, max); their
** number, 0 unless two or more opening the sentence, joined by commas
** and "and", then a lower-case verb (not one of being: "A and B are the
** largest"), with no comma or relative clause ("under which the Korean
** group will buy") before 'upto'. Not in a headline, which the body tells
** again with each member's part. */
size_t inv_joined_subject(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *first, size_t upto,
                          const ivl_fm **out, size_t max);
/* The leader of such a group listed before figure 'f' (not an aside of
** another's), else NULL. */
const ivl_fm *inv_group_leader(const ivl_fctx *x, const ivl_fsent *s, const figure *f);
/* 'inv' itself, or the group's leader when 'inv' is the demonym right
** before the group's members ("of Vietnamese companies including A, B")
** or one of its later members. */
party inv_group_leader_for(const ivl_fctx *x, const ivl_fsent *s, const figure *f, party inv);
/* Figure 'f' with no figure of its own left: its clause and date alone,
** for a fact told beside it. */
figure inv_unfigured(const figure *f);
/* After the leader 'inv' took figure 'f': the group's other members invest
** in 'tgt' too, each a fact with no figure of its own. */
void inv_members_alongside(ivl_fctx *x, const ivl_fsent *s, const figure *f, party inv, party tgt);
/* Remember the group's members for "the three partners" a few sentences on. */
void inv_note_group(ivl_fctx *x, const ivl_fsent *s, const ivl_fm *const *member, size_t n);

/* The Vietnamese place figure 'f' goes to; name NULL when none. */
party inv_find_target(const ivl_fctx *x, const ivl_fsent *s, const figure *f);

/* Does firm s->m[i], in its possessive, only say whose rival, partner or
** neighbour the firm named next is ("Sorano's domestic rival Hoshizora
** Systems bought", "X's partner in the plant, Y, will"), the other acting? */
int inv_possessor_of_next(const ivl_fctx *x, const ivl_fsent *s, size_t i, size_t to);
/* Does the money of 'buyer' buy into a company of Việt Nam named after it
** ("acquired a 9.5% stake in Vietnamese conglomerate Masan Group")? */
int inv_buys_into_vn_company(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *buyer);

/* Is a deal still to be chosen or agreed said in t[from, to) ("is in
** talks to buy", "is considering", "eyes"; invest_figures.c choice_words)? */
int inv_choice_said(const ivl_fctx *x, size_t from, size_t to);
/* ... or told by its description after it ("a stake in the Vietnamese
** snack maker")? */
int inv_stake_in_described_vn(const ivl_fctx *x, const ivl_fsent *s, const ivl_fm *buyer);
/* Does the sentence call a firm bought before 'to' Vietnamese ("a 30%
** stake in Vietnamese vocational college operator X")? */
int inv_vn_firm_bought_before(const ivl_fctx *x, const ivl_fsent *s, size_t to);
/* "In 2023 the company ...", "In September, it ...", "Last year it ...":
** where the sentence's subject starts, past an opening phrase of time; else
** s->vs. */
size_t inv_past_time_opening(const ivl_fctx *x, const ivl_fsent *s);

/* The first investor named in t[from, to): companies before countries
** ("US-based Amkor Technology", "Taiwan's Foxconn"). */
const ivl_fm *inv_first_investor(const ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to,
                                 int vn_target);

/* Note that the sentence speaks of Việt Nam investing abroad, figures or
** not; whether it says abroad (lexicon 'abroad'), for inv_speaks_of_outward. */
int inv_note_outward(ivl_fctx *x, const ivl_fsent *s);
/* Store figure 'f' of a sentence about investment abroad. */
void inv_link_outward(ivl_fctx *x, const ivl_fsent *s, const figure *f);
/* Is region 'm' an epithet of one province, a province's or city's noun
** right after it ("the Mekong Delta province's FDI stock")? */
int inv_region_as_epithet(const ivl_fctx *x, const ivl_fm *m);
/* Is 'm' a place money goes abroad to: a country other than Việt Nam
** (not a demonym), or a place known to be in one? */
int inv_place_abroad(const ivl_fm *m);

/* Where a part of a country said before a place at vs begins ("northern"
** in "in northern Laos"), else vs: the word before it tells whether money
** goes there. */
size_t inv_before_area_word(const ivl_fctx *x, size_t vs);
/* The place abroad of a certificate's works told in the sentence before,
** whose capital the sentence opening on the project's capital gives
** (facts_invest.c; set qweek82); NULL if none. */
const ivl_fm *inv_certified_abroad_before(const ivl_fctx *x, const ivl_fsent *s);
/* Store, as 'like' (its date and basis) with investor 'inv', each place
** abroad of the list that opens in t[from, to), with no figure and no rank,
** unless a fact stored from 'first' on has it as target already. */
void inv_destinations_unfigured(ivl_fctx *x, const ivl_fsent *s, size_t from, size_t to, const figure *like,
                                party inv, size_t first);
/* "..., with Singapore, the Netherlands and Laos the top destinations",
** "..., with Singapore, Japan and Korea the three largest sources": the
** places a total abroad (figure 'f', stored from 'first' on) went to, or the
** investors of a total of foreign investors at large, named after it
** without figures of their own. */
void inv_listed_unfigured(ivl_fctx *x, const ivl_fsent *s, const figure *f, size_t first, int outward);
/* A copy into out[cap] of stored fact i's string field 'sym' (a copy:
** storing more facts may move the store's strings); 0 when it has none or
** it does not fit. */
int inv_stored_name(const ivl_fctx *x, size_t i, int sym, char *out, size_t cap);
/* Has a fact stored from 'first' on the string 'name' in field 'sym'? */
int inv_named_here(const ivl_fctx *x, size_t first, int sym, const char *name);

/* "a $210 million tyre plant of China's Jiangnan Tyre Co., Ltd", "a data
** centre by Marina Bay Data Holdings": the company whose project it is,
** named after the figure with "of" or "by" (a country's possessive between). */
const ivl_fm *inv_owner_after(const ivl_fctx *x, const ivl_fsent *s, const figure *f);
/* The firm a project is "invested by", owning the capital said next to it
** ("the X factory, invested by Y, has total investment capital of $95
** million"; "... with investment capital of VND 1,150 billion, invested by
** Z"); else NULL. */
const ivl_fm *inv_invested_by(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target);
/* Is m the firm a later amount's project is "invested by" (not the owner
** of the total f before it)? */
int inv_invests_later_amount(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const ivl_fm *m);
/* "..., including X, which plans to invest $250 million", "is a subsidiary
** of X, which has invested ...": the company a relative clause right
** before the figure hangs on, or NULL. */
const ivl_fm *inv_relative_investor(const ivl_fctx *x, const ivl_fsent *s, const figure *f, int vn_target);
/* A domestic firm named as the subject before the figure, or NULL. */
const ivl_fm *inv_domestic_firm_before(const ivl_fctx *x, const ivl_fsent *s, const figure *f);
const ivl_fm *inv_domestic_firm_referred(const ivl_fctx *x, const ivl_fsent *s, const figure *f);
/* Is field 'sym' of the fact stored at index i the string 'name'? */
int inv_stored_is(const ivl_fctx *x, size_t i, int sym, const char *name);


/* "Vietnamese firms invested $536 million abroad", "Việt Nam has 212
** projects in Cambodia", and what follows in an article about them. */
int inv_speaks_of_outward(ivl_fctx *x, const ivl_fsent *s, const figure *first, int abroad_said);

/* }======== */

/* {======== Flow or stock, and the parts of a total (invest_basis.c) ======== */

/* "has already invested", "have also put": the perfect of putting with an
** adverb between its auxiliary and participle in t[from, to); "had" too
** when 'past' (invest_basis.c). */
int inv_perfect_adverb_putting(const ivl_fctx *x, size_t from, size_t to, int past);

/* "by $1 billion, to a total of $2.6 billion": the level an increase
** brings it to, a stock though it follows the increase as a list would. */
int inv_raised_to_total_of(const ivl_fctx *x, const ivl_fsent *whole, const figure *f);
/* Where what a speaker adds after the figure opens (", adding that", "and
** added that" in t[from, to)), else 'to': its dates and periods are the
** added statement's, not the figure's (invest_basis.c). */
size_t inv_added_statement(const ivl_fctx *x, size_t from, size_t to);
/* Is figure 'f' a stock (a total to date) rather than a flow? */
int inv_is_stock(const ivl_fctx *x, const ivl_fsent *s, const figure *f);
/* ... of a figure inv_raised_to_total_of has just said no of */
int inv_is_stock_unraised(const ivl_fctx *x, const ivl_fsent *s, const figure *f);

/* The amount of the total (a flow, same investor, target and currency,
** larger, stated in this sentence or the two before) that figure 'f' is a
** part of; 0 when it is none. Sums count the total, not its parts again. */
double inv_part_of_total(const ivl_fctx *x, const ivl_fsent *s, const figure *f, const char *inv,
                         const char *tgt);

/* "Bắc Giang licensed a $120 million plant. The project brought the
** province's FDI for the two months to $450 million": the figures said just
** before, of the same place, are parts of the period's total they bring it
** to. They are stored again with part_of (facts are append-only), the old
** copies dropped by the settle step. */
void inv_parts_brought_to(ivl_fctx *x, const ivl_fsent *s, const figure *f, const char *tgt);

/* "That year", "At the time", "by then", "In the same month": the date
** said before; *len, how much of its value is meant. */
const ivl_fm *inv_time_anaphor(const ivl_fctx *x, const ivl_fsent *s, size_t *len);

/* }======== */

/* {======== Storing (facts_invest.c) ======== */

/* Store figure 'f' as an investment fact by the current frame. */
void inv_store_figure(ivl_fctx *x, const ivl_fsent *s, const figure *f, party inv, party tgt);

/* }======== */

/* The openings of a sentence on an addition told just before ("The
** additional $35 million", "The fresh capital"), and the company that
** opens the sentence before 's' and tells of its expanding ("Taiwanese
** shoemaker X is expanding its operations"), else NULL: the addition
** after it is that company's. */
extern const char *const inv_additions[];
const ivl_fm *inv_expanding_before(const ivl_fctx *x, const ivl_fsent *s);
int inv_entry_figure(const ivl_fctx *x, const ivl_fsent *s, const figure *f);
/* The company an addition opening 's' ("The additional $400 million will
** ...") is of: the firm whose facts one of the two sentences before
** stated, else the one the sentence before tells expanding; NULL. */
const ivl_fm *inv_addition_owner(const ivl_fctx *x, const ivl_fsent *s);

#endif
