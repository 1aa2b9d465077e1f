/*
** lexicon.c
** The fact frames' cue words: the built-in lists, and the words a user adds.
*/
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "util.h"

#define WORDS(...) (const char *const[]){__VA_ARGS__, NULL}

typedef struct ivl_lexicon_entry lexicon;

/* A fund's holding of listed shares told by its worth: "held shares worth
** NOK 4.3 billion in 23 Vietnamese companies at the end of June", "holds
** Vietnamese equities worth EUR 96 million". The shares held are capital
** put in (lexicon 'invest') and stand at a date (lexicon 'holding', a
** stock); the words of holding right before the shares, so no trading
** ("net bought shares worth") nor a fund's own size is read. */
#define SHARES_HELD                                                                                        \
  "holds shares", "held shares", "hold shares", "owns shares", "owned shares", "own shares",             \
    "holds stocks", "held stocks", "hold stocks", "owns stocks", "owned stocks", "own stocks",            \
    "holds equities", "held equities", "hold equities", "owns equities", "owned equities", "own equities", \
    "holds vietnamese shares", "held vietnamese shares", "hold vietnamese shares", "owns vietnamese shares", \
    "owned vietnamese shares", "holds vietnamese stocks", "held vietnamese stocks", "hold vietnamese stocks", \
    "owns vietnamese stocks", "owned vietnamese stocks", "holds vietnamese equities", "held vietnamese equities", \
    "hold vietnamese equities", "owns vietnamese equities", "owned vietnamese equities", "holds listed shares", \
    "held listed shares", "owns listed shares"

/* "South Korea and Japan followed, with $5.1 billion and $4.4 billion
** respectively", "Cambodia follows with 210 projects and $3.1 billion",
** "Next came Japan with $4.4 billion": a list of the sentence before goes
** on in a sentence of its own, its verb cut from "with" by a comma, in
** the present, or put before the names. A ranking (lexicon 'ranking', so
** the sentence is read at all) and the list going on (lexicon 'goes_on',
** one place down). */
#define FOLLOWS_ON                                                                                         \
  "followed, with", "followed, at", "follows with", "follows, with", "follows at", "follow with",        \
    "follow, with", "next came", "next were", "next was", "then came"

lexicon ivl_lexicons_[LEX_COUNT] = {
  [LEX_INVEST] = {"invest", "a sentence speaks of investment",
    WORDS("invest*", /* "reinvested $40 million of its profits into" (set qexpand) */ "reinvest*", "fdi",
          "licen*", "foreign-invested", "foreign-funded", "capitalised",
          "capitalized", "capital", "disburs*",
          /* a licence by another word: "it won approval for a VNĐ9.2 trillion
          ** expansion there" */
          "approval for a", "approval for an", "approval for its", "approval for the",
          /* "the province approved in principle a VNĐ4.2 trillion residential
          ** area to be developed by X" (qday) */
          "approved in principle", "approval in principle", "in-principle approval", SHARES_HELD)},
  [LEX_PUTTING] = {"putting", "a company puts money in",
    WORDS("add", "adds", "added", "adding", "inject*", "pour*", "pump*", "put", "puts", "putting", "commit", "commits", "committed", "committing", "commitment*", "plough*",
          "plow*",
          /* the verb, not "channels" ("sub-license them to local television
          ** channels", set qmedia) */
          "channel", "channelled", "channeled", "channelling", "channeling", "acquir*", "bought", "buy", "buys", "buying", "purchas*", "spent",
          "spend", "spends", "pay", "pays", "paid",
          /* "X will contribute $714 million, or 51 per cent of the capital":
          ** a partner's part of a venture ("contributed" is left to the
          ** shares of a total: "new projects contributed $500 million") */
          "contribute",
          /* share purchases: "completed the acquisition of a 49 per cent
          ** stake", "took a 20 per cent stake", "the takeover of" */
          "acquisition*", "stake", "stakes", "takeover*", "took over", "take over", "takes over",
          /* new shares bought from their issuer: "has subscribed to 30
          ** million new shares of X for VNĐ750 billion" */
          "subscribed to", "subscribes to", "subscribe to", "subscribing to",
          /* "X will take a further 10% for 920 billion dong" */
          "take a further", "takes a further", "took a further", "taking a further",
          /* the same by another verb: "X picked up a further 6 per cent of Y
          ** for VNĐ500 billion" (set qweek126) */
          "pick up a further", "picks up a further", "picked up a further", "picking up a further",
          /* a purchase told as a bargain: "has snapped up the hotel for $96 million" */
          "snapped up", "snaps up", "snap up", "snapping up",
          /* a holding raised by a tender offer: "lifted its holding in X
          ** from 24.9 per cent to 51 per cent through a tender offer worth" */
          "tender offer", "tender offers", "its holding", "their holding",
          /* "Chinese firms registered $600 million" */
          "registered", "registering", "registers",
          /* "expanded its network in Vientiane with an additional $25 million" */
          "an additional", "an extra",
          /* capital put into a firm's own unit by another noun: "an infusion
          ** of $30 million into its Vietnamese subsidiary" (not "infusion
          ** pumps", goods) */
          "infusion of", "infusions of",
          /* money set aside for works: "has earmarked VNĐ1.5 trillion for a
          ** new brewery" */
          "earmark*",
          /* the same by another phrase: "has set aside VNĐ15 trillion to
          ** extend its 5G network next year" (set qweek47) */
          "set aside", "sets aside", "setting aside",
          /* a fund's words for it: "has deployed $410 million in Việt Nam",
          ** "has taken a minority position in X, paying ...", "wrote a
          ** cheque of $12 million" */
          "deploy", "deploys", "deployed", "deploying", "minority position", "majority position", "paying",
          "wrote a cheque", "writes a cheque", "write a cheque", "writing a cheque",
          /* "acquired a 15 per cent interest in X", "took a 10% interest" */
          "per cent interest", "percent interest", "% interest",
          /* a stake by another word: "sold its entire 36 per cent holding
          ** in X, with Y winning the shares for ..." */
          "per cent holding", "percent holding", "% holding",
          /* land-use rights bought at auction: "has won the auction of
          ** land-use rights for a 12-hectare plot, with a winning bid of"
          ** (not "winning bid" alone: "came second, behind the winning
          ** bid" is a loser's) */
          "won the auction", "won an auction", "wins the auction", "wins an auction", "winning the auction",
          /* (the land named before "auction": "won a land auction in X with a
          ** bid of ...", "won the land-use rights auction for a plot") */
          "won the land auction", "won a land auction", "wins the land auction", "wins a land auction",
          "winning the land auction", "won the land-use rights auction", "won a land-use rights auction",
          "won the land use rights auction", "won a land use rights auction")},
  [LEX_DRAWING] = {"drawing", "a place draws money in",
    WORDS("drew", "draws", "drawn", "attracted", "attracts", "lured", "lures", "received", "secured",
          "pulled in", "raked in", "absorbed", "absorbing", "absorbs", "receiving", "receives",
          "drawing", "attracting", "taking", "recipient*",
          /* "Bắc Ninh was the top destination with $1.27 billion" */
          "destination*")},
  [LEX_LICENSING] = {"licensing", "projects licensed: foreign capital unless said domestic",
    WORDS("licen*", "investment certificate*",
          /* "handed investment registration certificates to three projects" */
          "registration certificate*")},
  [LEX_AID] = {"aid", "loans and aid: agreements, not investment",
    WORDS("oda", "loan", "loans", "lend", "lends", "lent", "lending",
          "official development assistance", "grant agreement*", "non-refundable",
          /* "Vietcombank and BIDV will provide credit of VND310 trillion to
          ** the city's contractors": a bank's lending by another name, the
          ** credit given (not one a firm "has secured" beside its own
          ** investment, nor "credit institutions", "FE Credit", firms
          ** invested in) */
          "provide credit", "provides credit", "provided credit", "providing credit", "extend credit",
          "extends credit", "extended credit", "extending credit",
          /* "KOICA and X signed a record of discussions on a $12 million
          ** project": the paper of a grant aid project (JICA's and KOICA's
          ** word), its figure aid; so "grant aid", "technical assistance" */
          "record of discussion*", "records of discussion*", "grant aid", "technical assistance",
          /* "will fund the purchase with cash and a new NZ$80 million bank
          ** facility arranged by ANZ": a loan by its banking name (set
          ** qweek67); not "a new facility in Bắc Ninh", works */
          "bank facility", "bank facilities", "debt facility", "debt facilities", "loan facility",
          "credit facility", "financing facility")},
  [LEX_GOAL] = {"goal", "a locality's goal or forecast: no fact",
    WORDS("aim*", "target*", "goal*", "hope*", "strive*", "forecast*", "projected", "envisage*",
          "expected to attract", "expected to draw", "expected to lure", "expected to reach",
          "expected to receive", "expects to attract", "expects to draw", "expects to lure",
          "plans to attract", "plan to attract", "seeks to attract", "seek to attract",
          /* "The province expects to license at least ten energy projects
          ** this year, including a $2.3 billion LNG plant" */
          "expects to licen*", "expected to licen*",
          /* "is seeking to attract $5 billion", "is looking to draw" (not
          ** a bare "seeking": "the company is seeking a licence for the
          ** $481 million project", dev-12) */
          "seeking to attract", "seeking to draw", "seeking to lure", "looking to attract", "looking to draw",
          "looking to lure", "wanting to attract",
          /* a place's plan is its goal: "Nghệ An plans to draw $2 billion"
          ** (a company's, "plans to invest", is a fact) */
          "plans to draw", "plan to draw", "plans to lure", "plan to lure", "seeks to draw", "seek to draw",
          "wants to draw", "want to draw", "wants to lure", "want to lure", "on track to",
          /* the same goal told in reported speech: "X also said Quảng Ninh
          ** wanted to draw $3 billion of FDI in 2027" */
          "wanted to draw", "wanted to lure", "wanted to attract", "sought to draw", "sought to attract",
          /* a forecast said with a modal: "FDI could reach $1.5 billion" */
          "could reach", "may reach", "might reach", "could top", "may top", "could hit", "may hit",
          "could exceed", "may exceed", "could surpass", "may surpass",
          /* or said likely: "the full-year figure was likely to reach $38 billion" */
          "likely to reach", "likely to top", "likely to hit", "likely to exceed", "likely to surpass",
          /* an economist's scenario: "My baseline is for registered FDI to
          ** reach about $38 billion in 2027" (set qweek69) */
          "baseline is for", "base case is for", "baseline scenario", "base-case scenario",
          /* a sale's proceeds foreseen: "plans to sell a further 5 per cent
          ** next year, which could bring in about VNĐ4 trillion" */
          "could bring in", "may bring in", "might bring in", "could fetch", "may fetch", "might fetch",
          "wants to attract", "wanted to attract", "wanted to draw", "wanted to lure", "to attract at least", "persuade*", "woo", "woos", "wooed", "wooing", "courting",
          "convince*", "call for", "calls for", "calling for", "to lure",
          /* pledges at a conference, not licensed yet: "registered
          ** investment intentions worth $640 million", "announced
          ** commitments from 16 investors worth VNĐ62 trillion" (set qpromo) */
          "investment intentions", "registered intentions", "intentions to invest", "commitments from")},
  [LEX_TERMINATED] = {"terminated", "projects ended: no fact",
    WORDS("terminat*", "withdr*", "revoke*", "revocation", "dissolv*", "cancel*", "scrapped",
          /* "has proposed revoking the investment policy for the $1.3
          ** billion wind farm of X" (set qweek6) */
          "revoking",
          "pulled out", "shut down", "suspended",
          /* "Decision No. 3591 temporarily suspending the X solar farm
          ** expansion project (USD 36 million)" (set qweek45) */
          "suspending",
          /* its investor gone bankrupt: "X filed for bankruptcy in
          ** October, leaving its $35 million weaving mill idle" (set
          ** qweek107; not a bare "bankrupt": "bought the bankrupt firm's
          ** plant for $20 million" is an investment) */
          "filed for bankruptcy", "files for bankruptcy", "filing for bankruptcy", "went bankrupt",
          "declared bankrupt", "declared bankruptcy", "was wound up", "been wound up",
          /* "had registered $700 million in 2019 before pulling out last
          ** year" (set qstall) */
          "pulling out", "pulls out",
          /* "stripped of its licence", "abandoned its $200 million plan",
          ** "pulled its $30 million project out of", "halted", "shelved" */
          "stripped", "abandon*", "pulled its", "pulled the", "halted", "shelved", "liquidat*",
          "closed down",
          /* "ended the licences of four projects worth $62 million" */
          "ended the licen*", "ended licen*", "ended their licen*", "ended its licen*",
          /* a deal given up: "had agreed to buy 10% ... but called off the
          ** deal", "Korean group scraps $300 million pharma deal" */
          "called off", "calls off", "calling off", "scraps", "scrapping", "fell through",
          /* "walked away last year from a planned $300 million purchase" */
          "walked away", "walks away", "walking away", "walk away",
          /* a sale that failed: "A planned sale of a 30 per cent stake ...
          ** to a Malaysian fund for $70 million collapsed in June" (not a
          ** bare "collapsed": "exports collapsed to $2 billion"; few
          ** phrases: each word is a scan of every sentence looked at) */
          "collapsed in", "collapsed after", "fell apart",
          /* a project the regulator turned down: "the ministry rejected the
          ** EIA of a $600 million coal-to-chemicals project" (set qweek117;
          ** not a bare "rejected": "rejected claims that the $2 billion
          ** plant would close") */
          "rejected the eia", "rejected its eia", "rejected the environmental", "rejected its environmental",
          "refused to approve", "refused approval",
          /* a plan given up: "said it had dropped plans for a $1.2 billion
          ** urban area" (not a bare "dropped": "FDI dropped 5 per cent") */
          "dropped plans", "dropped its plan*", "dropped the plan*", "dropped a plan", "drops plans",
          "drops its plan*", "dropping plans", "dropping its plan*",
          /* the passive: "A plan by a Chinese consortium to build two
          ** terminals, put at $900 million, was dropped last year" */
          "was dropped", "were dropped", "been dropped",
          /* the plan named just before: "had planned a $95 million mall in
          ** X as well, but dropped that project in March" */
          "dropped that project", "dropped the project", "dropped its project", "dropped this project",
          "dropped that plan", "dropped this plan",
          /* a block or licence handed back, the money lost on it: "It
          ** relinquished Block 05-1c in 2016 after a dry well, writing off
          ** about $90 million" */
          "relinquish*", "writing off", "wrote off", "written off", "write off", "writes off", "write-off*",
          /* (and the Malaysian press's write-down of a plan scrapped: "scrapped
          ** a RM180mil township in Long An, and wrote down RM12mil in related
          ** costs"; set qweek93) */
          "wrote down", "written down", "write down", "writes down", "writing down", "write-down*",
          /* a plan stopped: "has put its $13 billion offshore wind plan on
          ** hold", "paused its $300 million project", "exited its stake" */
          "on hold", "paused", "pauses", "exited",
          /* a fund's exit told in speech (set qweek78): "We are also exiting
          ** two companies, which should return about $300 million" */
          "exiting",
          /* a works left idle (set qcourt): "a $60 million resort,
          ** mothballed by its investor in 2022", "but stopped work in 2019" */
          "mothball*", "stopped work", "stopped construction", "halted work",
          /* put off to a later year (set qweek25): "has postponed
          ** construction of its $55 million vaccine plant until 2027" */
          "postponed construction", "postponed work", "postponed building", "postponed the project")},
  [LEX_COMPARISON] = {"comparison", "the figure compared with: no fact",
    WORDS("compared with", "compared to", "than in", "than the", "versus", "when it", "when the",
          "up from", "down from", "against", "a year earlier", "a year ago", "compares with",
          "compares to", "compare with", "compare to", "in the same period of", "in the same period last", "in the corresponding period",
          /* a columnist's bidding to compare: "Compare this with Indonesia,
          ** which reported $41 billion ..." (set qweek69) */
          "compare this with", "compare that with", "compare these with", "compare this to", "compare that to",
          "contrast this with", "contrast that with",
          /* the period's match of another year: "In the same month of 2023,
          ** it drew $800 million", "in the same quarter last year" */
          "in the same month of", "in the same month last", "in the same quarter of", "in the same quarter last",
          "in the same months of", "in the same months last", "in the same year of", "the same time last",
          /* "double last year's figure of $250 million" */
          "last year's figure", "last year's level", "last year's total", "the previous year's figure",
          "the year-earlier figure",
          /* "which would beat the record $39 billion set in 2019": the
          ** figure to be beaten (not "a record $4.6 billion", the figure's
          ** own record) */
          "beat the", "beating the", "surpass the", "surpassing the", "exceed the", "exceeding the",
          "eclipse the", "eclipsing the", "top the", "topping the",
          /* "Last year's conference brought certificates worth VNĐ31
          ** trillion": the event before's figure (set qpromo) */
          "last year's conference", "last year's forum", "last year's event", "last year's edition",
          "the previous conference", "the previous forum",
          /* the figure a revision replaces (set qweek94): "612 million USD,
          ** revised from 526 million USD in the earlier report", "revising
          ** upwards the $2.14 billion it reported last week" */
          "revised from", "revised upwards from", "revised downwards from", "corrected from",
          "revising upwards the", "revising downwards the", "revising up the", "revising down the",
          /* another's figures set beside the article's: "By comparison, its
          ** Thai plants have received about $500 million since 1988",
          ** "Taiwan, by comparison, already has ... US$25 billion" (sets
          ** qweek102, qweek104) */
          "by comparison", "in comparison",
          /* the same said by a travel guide: "For comparison, Thailand's
          ** Koh Samui drew roughly $1.2 billion in hotel investment" (set
          ** qweek113) */
          "for comparison")},
  [LEX_CUMULATIVE] = {"cumulative", "a total to date: stock",
    WORDS("to date", "so far", "up to now", "accumulated", "cumulative", "valid", "as of", "as at",
          "currently", "home to", "in operation", "still operating", "has since", "have since",
          /* "the province's FDI stock stood at $34 billion" */
          "fdi stock", "investment stock", "over the years")},
  [LEX_PERIOD] = {"period", "what came in over a period: flow",
    /* a half of the year, not "more than half" of a total; "in Q3", "in
    ** H1/2025" (not "H2", hydrogen's formula) */
    WORDS("months", "quarter", "first half", "second half", "first-half", "second-half", "half-year",
          "half year", "this year", "last year", "the year", "since the start*", "since the beginning", "since the merger", "following the merger", "after the merger", "during", "annual*", "per year", "a year",
          "period", "q1", "q2", "q3", "q4", "h1")},
  [LEX_HOLDING] = {"holding", "a standing holding or position: stock",
    WORDS("now", "total registered", "total capital", "total investment", "total fdi",
          /* "Linh puts Long An's total foreign investment at about $11
          ** billion": the running total of foreign money, as "total fdi"
          ** (set qweek109) */
          "total foreign investment", "total foreign direct investment",
          /* "our total commitment to the country will reach $410 million":
          ** a firm's running total pledged to a place (set qpress); not "a
          ** total commitment of", one project's */
          "total commitment to", "total commitment in", "total commitments to", "total commitments in",
          "has attracted", "have attracted", "had attracted", "has invested", "have invested",
          "had invested", "has poured", "have poured", "has put", "have put", "had put", "has pumped",
          "have pumped", "has injected", "have injected",
          /* the past perfect of reported speech as "had put" (set qtelco):
          ** "said it had poured a total of VNĐ5.3 trillion into 5G" */
          "had poured", "had pumped", "had injected", "has drawn", "have drawn", "had drawn",
          /* "X, which has spent a total of 2.1 trillion won on its complex in
          ** Bắc Ninh": a total spent told in the perfect, as "has put" (set
          ** qweek109); not "has spent VND1.9 trillion to raise its holding",
          ** "has spent $8 million acquiring Y": one purchase's price, a flow */
          "has spent a total", "have spent a total", "had spent a total",
          "has lured", "have lured", "had lured", "totalling", "totaling", "has reached", "have reached",
          "has been invested", "have been invested", "has been poured", "have been poured",
          "investors include", "investors are", "has deployed", "have deployed", "had deployed",
          /* "Foreign investors have registered $6.3 billion in X's wood
          ** sector": what many have registered, no period said (a period
          ** said makes it a flow; one firm's "has registered" is its
          ** project's; set qweek37) */
          "have registered", SHARES_HELD)},
  [LEX_NEW_CAPITAL] = {"new_capital", "new or added capital: flow",
    WORDS("new", "newly", "added", "adding", "additional", "further", "fresh", "increase*",
          "licensed", "granted", "disbursed")},
  [LEX_RANKING] = {"ranking", "a ranked list of investors",
    WORDS("led", "leads", "leading", "topped", "tops", "ranked", "ranks", "rank", "followed by",
          "followed with", "ahead of", "source*", "runner-up", "spot", "next come", "came next", "came second",
          "came third", "came fourth", "came fifth", "came in second", "came in third", FOLLOWS_ON,
          /* "Spain holds $470 million. Portugal is smaller, with about $85
          ** million", "Japan trails, with $4.4 billion": one placed below
          ** the investor before, with a figure of its own (set qweek30) */
          "is smaller", "was smaller", "trails", "trailed")},
  [LEX_LEADS] = {"leads", "the head of a ranked list",
    WORDS("led", "leads", "lead", "leading", "topped", "tops", "topping", "headed", "heads", "heading",
          "the top spot", "the top position")},
  [LEX_GOES_ON] = {"goes_on", "a ranked list goes on, one place down",
    WORDS("followed by", "followed at", "followed with", "ahead of", "trailed by", "then", "the next",
          "came next", "next come", FOLLOWS_ON)},
  [LEX_LOCALITIES] = {"localities", "a ranking of localities: everyone's FDI",
    WORDS("nationwide", "national ranking*", "place", "among localities", "among provinces",
          "among cities")},
  [LEX_DOMESTIC] = {"domestic", "Việt Nam's own capital: investor VN",
    /* "Domestically, the province attracted VND48.6 trillion" */
    WORDS("domestic", "domestically", "local investor*", "local business*", "local enterprise*", "local firms",
          "local compan*")},
  [LEX_FOREIGN] = {"foreign", "foreign capital: investor *",
    WORDS("foreign*", "fdi")},
  [LEX_ABROAD] = {"abroad", "investment abroad: investor VN",
    WORDS("abroad", "overseas", "outward", "outbound", "foreign market*")},
  [LEX_AGREEING] = {"agreeing", "an agreement signed or agreed",
    WORDS("signed", "agreed", "inked", "signing of", "after signing", "following signing", "sealed a", "sealed an", "sealed the",
          /* "struck a deal with X to lease six jets", "clinched an agreement
          ** with Y" (set qaero): a deal made, in the press's other verbs */
          "struck a deal", "struck an agreement", "clinched a deal", "clinched an agreement",
          /* "has struck an exclusive distribution pact with Y" (set
          ** qinsure): a deal's kind before its noun */
          "struck an exclusive", "struck a pact", "struck a partnership", "struck a distribution",
          "struck a bancassurance", "struck a strategic",
          /* "The signing ceremony of an agreement between A and B took place on ..." */
          "signing ceremony of", "signing ceremony for",
          /* "... signed an agreement. The signing took place on Wednesday":
          ** the deal just told, its day told now */
          "signing took place", "signing was held", "signing ceremony took place", "signing ceremony was held",
          /* "The two leaders witnessed the exchange of an MoU between A and B" */
          "witnessed the exchange of", "witness the exchange of", "witnessing the exchange of",
          "exchanged notes", "exchanged diplomatic notes", "exchanged cooperation", "reached an agreement",
          /* one deal's signed copies exchanged at its signing, or a
          ** conference's deals handed over: "A and B exchanged a memorandum of
          ** understanding on ...", "exchanged memoranda of understanding with
          ** X and Y" (not "exchanged views", nor "exchanged agreements" signed
          ** months before, dev-13) */
          "exchanged memorand*", "exchanged mou*", "exchanged an mou", "exchanged a memorandum", "exchanged an agreement",
          "reached agreement", "reached a consensus", "reached consensus",
          /* a live blog's or a headline's present, right after the
          ** subject that signs (present_not_after_party): "A and B sign a
          ** joint development agreement", "A and C exchange a memorandum" */
          "sign a", "sign an", "sign the", "signs a", "signs an", "signs the", "exchange a memorandum",
          "exchange an mou", "exchange an agreement", "exchange memorand*", "exchanges a memorandum",
          "exchanges an mou", "exchanges an agreement",
          /* ... and its deals in the plural, no article: "The Hanoi People's
          ** Committee signs memoranda of understanding with A and B" (set
          ** qweek89) */
          "sign memorand*", "signs memorand*", "sign mous", "signs mous", "sign agreements", "signs agreements",
          "sign contracts", "signs contracts", "sign deals", "signs deals",
          /* ... and with no noun, the other side right after: "The
          ** Provincial People's Committee signs with X on a study of ...,
          ** and with Y on ..." (set qweek139) */
          "sign with", "signs with",
          /* "penned an MoU" (not "penned a letter to the ministry") */
          "penned an mou", "penned a memorandum", "penned an agreement", "penned a deal", "penned a cooperation",
          "penned a contract", "penned a strategic",
          /* "X leased 18 hectares ... from developer Y": a lease made with a
          ** park's developer (a firm's own verb: lease_taken_from()) */
          "leased",
          /* "A and B put pen to paper on the power purchase agreement" */
          "put pen to paper", "putting pen to paper",
          /* a deal renewed ("renewed their MoU", "extended the agreement"): signed anew */
          "renewed", "extended",
          /* an alliance formed: "teamed up with", "joined hands with",
          ** "entered into a strategic partnership with" */
          "teamed up with", "joined hands with", "partnered with", "entered into",
          /* one forming now: "is teaming up with", "partnering with X to build" */
          "teaming up with", "teams up with", "partnering with",
          /* "The agreement was reached at a meeting on July 7" */
          "was reached",
          /* the participle closing the act the parties did together: "A and B
          ** issued a joint statement on Thursday ..., agreeing to deepen ..."
          ** (set qweek55; only after a comma: agreement_verb) */
          "agreeing to", "agreeing on")},
  [LEX_RELATION] = {"relation", "a relation with a start year",
    WORDS("relations", "relationship", "ties", "partnership", "twinned", "twinning",
          "sister-city", "sister cit*", "sister localit*", "sister province*", "joint venture",
          /* a US state's twin: "North Carolina and Đồng Nai have been sister
          ** states since 2015", "a sister-state relationship" (set qweek86) */
          "sister state*", "sister-state",
          "friendly provinces", "friendly cities", "friendly localities", "friendly relations",
          "friendship cit*", "friendship provinc*", "friendship localit*",
          /* "have maintained friendly exchanges since 2017" */
          "friendly exchanges", "friendly cooperation",
          /* two broadcasters' or agencies' standing exchange: "VOV and
          ** Arirang have exchanged news footage since 2015" (set qtelco) */
          "have exchanged", "has exchanged", "had exchanged",
          /* "The two localities have been cooperating since 1989" */
          "been cooperating", "have cooperated", "has cooperated",
          /* reported speech: "said the two sides had cooperated since 2016" */
          "had cooperated",
          /* work shared by the pair, said by a "co-" verb: "A and B have
          ** co-financed rural clinics since 2017", "have co-owned the
          ** fleet since 2020" (sets qinsure, qweek127) */
          "have co-*", "has co-*",
          /* a venture said by what the pair runs: "have jointly operated the
          ** Bãi Cháy plant since 2015" */
          "jointly operat*", "jointly run", "jointly running",
          /* "The two hospitals have worked together since 2012", "KOICA has
          ** been working with Hà Tĩnh since 2014", "have collaborated since 2009":
          ** cooperation said by working together */
          "worked together", "working together", "been working with", "have worked with", "has worked with",
          "worked closely", "working closely", "have collaborated", "has collaborated", "been collaborating",
          /* "The university has also worked with X since 2014", "A and B have
          ** run a nursing programme together since 2020": an adverb in the
          ** verb, or "together" after its object */
          "has also worked with", "have also worked with", "has long worked with", "have long worked with",
          "together since",
          /* "It has worked alongside the Vietnam Maritime Corporation since
          ** 2019" (set qweek21) */
          "worked alongside", "working alongside",
          /* airlines' tie: "have had a codeshare arrangement since 2021",
          ** "have flown codeshare services since 2019" (set qaero) */
          "codeshare*", "code-shar*", "code shar*",
          /* shipping lines' tie: "have run a slot-sharing service on the
          ** route since 2020", "a vessel-sharing agreement since 2018" (set
          ** qweek24) */
          "slot-shar*", "slot shar*", "vessel-shar*", "vessel shar*",
          /* ... said by the verb: "have shared slots on a Busan - HCM City
          ** service since 2019" (set qweek43) */
          "shared slots", "sharing slots", "share slots",
          /* "The cooperation between the two organisations dates back to
          ** 2019" (qwood): cooperation said of a pair, not "to boost
          ** cooperation" */
          "cooperation between",
          /* "A and B, which began exchanges in 2014 and upgraded them to a
          ** sister-city partnership in 2021" (qteam): exchanges begun */
          "began exchanges", "started exchanges", "began cooperation", "started cooperation",
          /* a venture named before, its founding said of the pair: "A and B
          ** set up the venture in 2019" (qweek15; not "the venture capital
          ** fund": venture_capital_after) */
          "set up the venture", "set up their venture", "formed the venture", "formed their venture",
          "established the venture", "established their venture", "launched the venture",
          "launched their venture")},
  [LEX_BEGAN] = {"began", "a relation began",
    WORDS("establish*", "set up", "forged", "upgrad*", "elevat*", "since", "joint venture",
          /* "A and B formed their venture in 2019" (qweek15) */
          "formed the venture", "formed their venture", "launched the venture", "launched their venture",
          /* "which lifted their relations to a comprehensive strategic
          ** partnership in 2024" (qteam): an upgrade in other words */
          "lifted their", "lifted ties", "lifted relations", "lifted bilateral", "raised their ties",
          "raised their relations",
          /* "After setting up friendship ties in 2011, A and B ..." */
          "setting up", "forging",
          /* "ties dating back to 1973" */
          "dating back", "date back", "dates back",
          /* "Ties between A and B date from 2016" (set qtwin) */
          "dating from", "date from", "dates from",
          /* "The two former foes normalised diplomatic relations in 1995":
          ** ties resumed after a break start again then */
          "normalis*", "normaliz*",
          /* "renewing a relationship that began in 2004" */
          "began in", "begun in", "started in",
          "twinn*", "anniversary", "sister*", "friendship cit*", "friendship provinc*",
          "friendship localit*")},
};

const char *const ivl_lexicon_none_[1] = {NULL};
const char *const ivl_shares_held[] = {SHARES_HELD, NULL};

const char *const *ivl_lexicon_builtin(int id) {
  return id >= 0 && id < LEX_COUNT ? ivl_lexicons_[id].builtin : ivl_lexicon_none_;
}

const char *ivl_lexicon_name(int id) { return id >= 0 && id < LEX_COUNT ? ivl_lexicons_[id].name : NULL; }
const char *ivl_lexicon_about(int id) { return id >= 0 && id < LEX_COUNT ? ivl_lexicons_[id].about : NULL; }

int ivl_lexicon_find(const char *name) {
  for (int i = 0; i < LEX_COUNT; i++)
    if (strcmp(ivl_lexicons_[i].name, name) == 0) return i;
  return -1;
}

/* Lower-case ASCII words, one space or hyphen or apostrophe between, and
** at most a '*' at the end: what the linker's word matching reads. */
static int well_formed(const char *w) {
  size_t n = strlen(w);
  if (n == 0 || n > 64 || !ivl_isalpha((unsigned char)w[0])) return 0;
  for (size_t i = 0; i < n; i++) {
    char c = w[i];
    if (c == '*') return i == n - 1;
    if (!(ivl_islower((unsigned char)c) || ivl_isdigit((unsigned char)c) || c == ' ' || c == '-' ||
          c == '\''))
      return 0;
    if ((c == ' ' || c == '-') && (i + 1 == n || w[i + 1] == ' ')) return 0;
  }
  return 1;
}

/* Words are added from the Lua thread while no extraction runs; worker
** threads read the count when they start an article. */
static _Atomic unsigned long generation;

int ivl_lexicon_add(int id, const char *word) {
  if (id < 0 || id >= LEX_COUNT) return -2;
  if (!well_formed(word)) return -2;
  lexicon *l = &ivl_lexicons_[id];
  if (!l->all) { /* first addition: copy the built-in list */
    size_t n = 0;
    while (l->builtin[n]) n++;
    if (IVL_GROW(l->all, l->cap, n + 2)) return -1;
    memcpy(l->all, l->builtin, n * sizeof *l->all);
    l->n = n;
  }
  for (size_t i = 0; i < l->n; i++)
    if (strcmp(l->all[i], word) == 0) return 0;
  char *copy = ivl_strdup(word);
  if (!copy || IVL_GROW(l->all, l->cap, l->n + 2)) {
    free(copy);
    return -1;
  }
  l->all[l->n++] = copy;
  l->all[l->n] = NULL;
  atomic_fetch_add_explicit(&generation, 1, memory_order_release);
  return 0;
}

unsigned long ivl_lexicon_generation(void) {
  return atomic_load_explicit(&generation, memory_order_acquire);
}
