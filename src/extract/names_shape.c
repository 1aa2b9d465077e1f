/*
** names_shape.c
** Names that no list holds, found by their shape. The text is cut into
** words; runs of capitalised words (with "of", "and", "for", "in", "the",
** "&" between them, "Co., Ltd" after them) are name chunks. A chunk is read
** from its words:
** - ending in an organisation word (Corporation, JSC, Agency, Committee,
**   Vina...) it is an organisation; "People's Committee" stands apart from
**   the place before it;
** - ending in a zone or facility word (Industrial Park, International
**   Airport) it is a location; a place before a lower-case generic word
**   ("Vinh City", "Diễn Lộc commune") is a location without that word;
** - a title word (Chairman, Ambassador, Governor) makes the words after it a
**   person; so does a Vietnamese family name, or "... said";
** - a chunk followed by an acronym in brackets is an organisation.
*/
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "names.h"
#include "symbols.h"
#include "utf8.h"
#include "util.h"

#define MAX_TOKENS 48 /* a chunk longer than this is not a name */

typedef struct token {
  uint32_t s, e;
  uint8_t cap;   /* starts with an upper-case letter or a digit */
  uint8_t upper; /* all letters upper case, two or more */
  uint8_t word;  /* letters or digits (else 0: one punctuation character):
                    TOKEN_PLAIN or TOKEN_JOINED */
  uint8_t id;    /* its number in the rules' vocabulary (WORDS), 0: none */
  uint32_t known; /* inside the gazetteer's name number known-1; 0: none */
  uint32_t lists; /* the word lists it is in (word_lists) */
} token;

enum {
  TOKEN_PLAIN = 1, /* ASCII letters and digits only */
  TOKEN_JOINED = 2 /* read by read_word(): may hold '-', '&', an apostrophe,
                      letters beyond ASCII */
};

typedef struct words {
  token *t;
  size_t n, cap;
} words;

/* {======== word lists ======== */

/* The lists below, a bit each. A word's lists are looked up once, in one
** hash table of every list's words (word_lists), instead of comparing it
** with each word of each list a rule asks about: tokens are read dozens
** of times by the rules, and those comparisons were a tenth of all the
** time extraction took. */
#define WORD_LISTS(X)                                                                          \
  X(connectors) X(stop_words) X(org_heads) X(org_openers) X(zone_heads) X(admin_words)        \
  X(titles) X(not_name_words) X(named_things) X(particles) X(place_words) X(firm_titles)      \
  X(firm_nouns) X(place_heads) X(region_adjectives) X(road_words) X(speech_verbs) X(legal)    \
  X(of_heads) X(romans) X(credits) X(title_fillers) X(title_joiners) X(trade_words)      \
  X(headline_verbs) X(closing_heads)

enum {
#define LIST_INDEX(name) LIST_INDEX_##name,
  WORD_LISTS(LIST_INDEX)
#undef LIST_INDEX
  LIST_INDEX_generic_starts, /* the first words of the generic phrases after places */
  LIST_INDEX_spelt, /* a word of the lists the rules compare tokens with by spelling (spelt_lists) */
  /* no lists: what tokenize() and mark_known() note of a token, kept with
  ** its lists so that chunk_words_of() gathers them in the same load */
  LIST_INDEX_punct,  /* a token of no letters or digits */
  LIST_INDEX_known,  /* a token in a name the gazetteer knows */
  LIST_INDEX_hyphen, /* a TOKEN_JOINED token with a hyphen ("Osaka-based", "Ji-hoon") */
  LIST_COUNT
};
_Static_assert(LIST_COUNT <= 32, "a token keeps its lists in 32 bits");
enum {
#define LIST_BIT(name) LIST_##name = 1u << LIST_INDEX_##name,
  WORD_LISTS(LIST_BIT)
#undef LIST_BIT
  LIST_generic_starts = 1u << LIST_INDEX_generic_starts,
  LIST_spelt = 1u << LIST_INDEX_spelt,
  LIST_punct = 1u << LIST_INDEX_punct,
  LIST_known = 1u << LIST_INDEX_known,
  LIST_hyphen = 1u << LIST_INDEX_hyphen
};

/* The single words the rules compare tokens with ("of", "the", "general"),
** a number each. A token's number is found with its lists, once, so the
** rules compare numbers: they ask about the same few tokens dozens of times
** per name, and comparing their bytes each time was a tenth of the time
** of reading the names. */
#define WORDS(X)                                                                                   \
  X(a, "a") X(acting, "acting") X(an, "an") X(and, "and") X(at, "at") X(by, "by")                  \
  X(city, "city") X(committee, "committee") X(council, "council") X(department, "department")      \
  X(delegates, "delegates") X(deputy, "deputy") X(district, "district") X(for, "for")              \
  X(former, "former") X(executives, "executives") X(general, "general") X(global, "global")        \
  X(government, "government") X(in, "in") X(international, "international")                        \
  X(leaders, "leaders") X(metropolitan, "metropolitan") X(municipal, "municipal") X(nam, "nam")    \
  X(newly, "newly") X(of, "of") X(officials, "officials") X(one, "one") X(or, "or") X(parks, "parks") X(party, "party")      \
  X(peoples, "people's") X(photo, "photo") X(port, "port") X(premier, "premier") X(prime, "prime")   \
  X(provincial, "provincial") X(representatives, "representatives") X(resort, "resort") X(s, "s")  \
  X(shareholders, "shareholders") X(stockholders, "stockholders") X(standing, "standing") X(the, "the") X(vice, "vice") X(viet, "viet") X(viet_marked, "việt")     \
  X(vietnam, "vietnam") X(vina, "vina") X(who, "who") X(worth, "worth") X(zones, "zones")

enum {
  WORD_none,
#define WORD_ID(id, spelling) WORD_##id,
  WORDS(WORD_ID)
#undef WORD_ID
  WORD_COUNT
};
_Static_assert(WORD_COUNT <= 256, "a token keeps its word's number in a byte");

/* The lists s[0, n) is in (ASCII case ignored), a bit each. */
static uint32_t word_lists(const char *s, size_t n);
/* Is s[0, n) in the list named 'list'? */
#define in_list(s, n, list) ((word_lists((s), (n)) & LIST_##list) != 0)

/* Lower-case words allowed inside a name: "Ministry of Planning and Investment"; so
** are the particles of Spanish, Italian and French firms' names ("Trenes del
** Norte", "Cantieri della Laguna", set qweek87), as "de" and "du" were. */
static const char *const connectors[] = {"of", "and", "for", "in", "the", "&", "de", "du", "del", "della", "di", "des", NULL};

/* Capitalised words that start sentences rather than names. */
static const char *const stop_words[] = {
  "the", "a", "an", "in", "on", "at", "by", "for", "with", "from", "as", "according", "this",
  "that", "these", "those", "its", "their", "our", "his", "her", "it", "they", "we", "he", "she",
  "there", "here", "also", "besides", "meanwhile", "however", "currently", "previously", "since",
  "during", "after", "before", "under", "over", "to", "of", "and", "but", "or", "if", "while",
  "when", "where", "both", "all", "each", "every", "many", "most", "some", "other", "such", "last",
  "several", "few", "various", "numerous", "another",
  "next", "first", "new", "photo", "speaking", "addressing", "welcoming", "within", "through",
  "among", "via", "per", "not", "so", "thus", "then", "now", "today", "yesterday", "recently",
  "notably", "particularly", "especially", "additionally", "furthermore", "moreover", "overall",
  "together", "along", "earlier", "later", "once", "including", "regarding", "following",
  "despite", "based", "located", "apart", "beyond", "amid", "what", "which", "who", "how", "why",
  /* an auxiliary opening a question, as an FAQ's heads do: "Does Dong Do Land
  ** invest abroad?", "Is Sumida new to Viet Nam?" (set qweek136); not "can",
  ** "do" or "will", which open names ("Can Tho", the surname Do, Will) */
  "does", "did", "is", "are", "was", "were", "has", "have", "should", "would", "could",
  /* a place's adverbial opening a sentence: "Across Việt Nam, Korean firms
  ** have registered ...", "Nationwide, ..." */
  "across", "throughout", "nationwide", "elsewhere", "around", "outside", "alongside", "into",
  /* a participle opening a sentence: "Having spent a decade in the market, ..." */
  "having", "being", "given", "faced", "facing", "seeking", "hoping", "aiming", "looking", "taking",
  /* "Buying CodeKid gives us classrooms", and a language: "maths and English
  ** lessons" (set qstart) */
  "buying", "english",
  /* a wire's market line: "Shares of Central Retail rose 2.1 per cent" */
  "shares",
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  /* currency codes and units end the amount before them and start no name:
  ** "worth 250 million USD and Taiwan (China) ..." */
  "usd", "vnd", "eur", "jpy", "krw", "cny", "rmb", "sgd", "thb", "gbp", "aud", "hkd", "twd", "mw",
  "gw", "kwh", "teu", NULL};

/* Words that end an organisation's name. */
static const char *const org_heads[] = {
  "corporation", "corp", "company", "co", "ltd", "limited", "jsc", "plc", "inc", "llc", "gmbh",
  "ag", "sa", "bv", "nv", "group", "holdings", "holding", "industries", "bank", "fund", "agency",
  "authority", "association", "council", "chamber", "commission", "committee", "office",
  "institute", "university", "college", "academy", "hospital", "centre", "center", "assembly",
  "ministry", "department", "embassy", "consulate", "airlines", "airways", "federation",
  "organisation", "organization", "foundation", "board", "administration", "bureau", "vina",
  "network", "alliance", "desk", "partners", "ventures", "capital", "enterprises", "enterprise",
  "secretariat", "parliament", "club", "society", "union", "complex", "technology",
  "technologies", "electronics", "electronic", "electrical", "solutions", "systems", "motor", "motors",
  "steel", "chemical",
  /* a machine shop's, named like a place: "Hòa Khánh Mechanical" (qteam) */
  "mechanical",
  "chemicals", "automotive", "logistics", "semiconductor", "pharma", "pharmaceuticals", "telecom",
  "telecommunications", "petroleum", "associates", "power", "energy", "energie", "energia", "electric",
  "utilities", "textile", "textiles", "foods", "beverages", "cement", "shipping", "mining", "securities",
  "insurance", "resorts", "hotels", "properties", "property", "realty", "rubber", "software", "lines", "kaisha",
  /* "Phúc Lộc Real Estate", "Hà Nội Stock Exchange"; a developer's short
  ** English word: "Văn Phú Invest", "Hưng Thịnh Invest" (qday: else a person) */
  "estate", "exchange", "invest",
  /* the leisure trades' plural heads: "Ibera Sports Academies", "Sao Băng
  ** Studios", "Biển Xanh Events" (qcreative) */
  "academies", "studios", "pictures", "events",
  /* a house builder's and a fund manager's: "Thiên Long Homes", "Mekong
  ** Asset Management" */
  "homes", "management",
  /* a state's armed or maritime force, named with its country: "Vietnam
  ** Coast Guard", "Indonesian Navy", "Japan Maritime Self-Defense Force";
  ** a defence plant by its code: "Z176 Factory" (qdefence) */
  "guard", "navy", "force", "factory",
  /* a yarn, cloth, shoe or clothing maker's or seller's trade as its last
  ** word: "Zhejiang Huafeng Spinning", "Ridgeline Outfitters" */
  "spinning", "knitting", "weaving", "footwear", "outfitters",
  /* a school of trades and crafts: "Korea Polytechnics", "Saigon Polytechnic" */
  "polytechnic", "polytechnics",
  /* an angel investors' network and a startup programme: "Cánh Diều
  ** Angels", "Sông Hàn Startup Accelerator" */
  "angels", "accelerator",
  /* a startup programme's home, an accelerator's partner: "Saigon
  ** Innovation Hub" (set qweek127; else the city of its first word) */
  "hub",
  /* a startup by its trade as its last word: "An Phat Fintech", "Lotus
  ** Edtech" (set qweek129) */
  "fintech", "edtech", "healthtech", "proptech", "agritech", "insurtech",
  /* a Japanese firm's trade said in Japanese as its last word: "Aoba
  ** Seiyaku" (pharmaceuticals), "Daiichi Yakuhin", "Tomoe Kogyo"
  ** (industry); not "Shoji", a surname too */
  "seiyaku", "yakuhin", "kogyo",
  /* farmers' own firms, parties to sourcing deals: "Kim Sơn Rice
  ** Cooperative", "Yên Châu Mango Co-operative" */
  "cooperative", "cooperatives", "co-operative",
  /* a store chain's: "Siam Value Retail", "Central Retail" */
  "retail",
  /* the data, cloud, network and chip-design trades: "Orbis Cloud", "Kaizen
  ** Semiconductor Design", "Arcadia Data Centres", "NTT Communications" */
  "cloud", "design", "centres", "centers", "communications",
  /* a national utility's or carrier's: "Vietnam Railways", "Viet Nam
  ** Electricity", "Vietnam Television" (not "expressway":
  ** roads are named so, "Hà Nội–Hải Phòng Expressway"; nor "post": "Bảo
  ** Long Post" is the short form of an insurer named in full) */
  "railways", "electricity", "television",
  /* a moulder's, named for a foreign city the gazetteer knows: "Kure
  ** Plastics, which opened a factory in ..." (set qweek71; else no name,
  ** its money given to the country) */
  "plastics",

  /* an aircraft lessor's: "Shannon Aero Leasing" (set qaero; not
  ** "aerospace", which joined "Gelex and Hanwha Aerospace" into one) */
  "leasing",
  /* a listed property or business trust: "Harbourline Hospitality Trust",
  ** "Lotus Industrial Trust" (set qhotel: else a person, or the country of
  ** "Singapore-listed" buying the hotel); a real estate investment trust
  ** by its acronym, "Kallang Industrial REIT" (set qweek16: else only the
  ** acronym, "REIT", was the buyer) */
  "trust", "reit",
  /* the screen and music trades' (set qmedia): "Hanbit Pictures", "Moonbeam
  ** Entertainment", "Orion Studios"; not "games", the last word of "SEA
  ** Games", nor "FC", whose clubs are named for their provinces ("Thanh Hóa
  ** FC": the place a stake in it goes to) */
  "pictures", "studios", "entertainment", "films",
  /* a trade word closing a foreign firm's name (set qsouth): "Denmark's
  ** Nordhavn Terminals" (else a person), "Singapore's Harvest Link Agri"
  ** (else no name); the singular "terminal" stays a facility's word
  ** (zone_heads) */
  "terminals", "agri",
  /* the goods of makers a person's name never ends on: "Sanwa Paints",
  ** "Vantage Optics", "Hoàng Gia Tiles", "Hoshizora Instruments", "Shandong
  ** Huatai Tyre" (read as persons, places or no name before); not "works" ("Kenji Mori works for ...")
  ** nor "tech", capitalised in descriptions ("Indian Tech firm X") */
  "paint", "paints", "coatings", "optics", "photonics", "tiles", "ceramics", "instruments", "labs", "metals",
  "pumps", "valves", "mills", "tyre", "tyres", "tire", "tires",
  /* a French firm's trade said in French as its last word, as "energie"
  ** is: "Atlantique Ports Ingénierie", "Lumière Santé" (set qweek108: else
  ** no name, a member bulletin's item lost; not "Sante" unaccented, a
  ** surname too: "Ms Claire Sante"); a farm-tech firm's: "Sakura Agritech"
  ** (not "aquaculture", which would name a venture "Skarv Vân Phong
  ** Aquaculture" that its parent's figures then went to: qweek59) */
  "ingenierie", "ingénierie", "santé", "agritech", NULL};

/* Words that end an organisation's name only as a name's last word, never
** inside one, where they open a zone's generic words ("Phố Nối A
** Industrial Park"): "Taiwan's Fortune Wheel Industrial" (set qsouth). */
static const char *const closing_heads[] = {"industrial",
  /* a school group's trade (set qgive): "a joint venture with Hòa Bình
  ** Education" (else the province Hòa Bình, the firm lost); not inside a
  ** ministry's name, "Ministry of Higher Education and Research" (qedu) */
  "education",
  /* a school's (set qweek58): "Hanoi-based Lotus Bridge International
  ** School" (else no name, the stake in it lost); not inside a name,
  ** where a faculty's is no firm of its own ("School of Business") */
  "school", NULL};

/* Words of a trade that a firm's name may go on with after the name the
** gazetteer knows, though no organisation word ends a name of their own:
** "SK Materials", "Hyundai Engineering and Construction", "Keppel Land
** Development" (known_firm_end()). */
static const char *const trade_words[] = {
  "materials", "engineering", "construction", "development", "land", "display", "heavy",
  /* a forester's (set qnorth): "Sumitomo Forestry", not the known
  ** "Sumitomo" alone; not an organisation word of its own, which would
  ** make "Agriculture and Forestry" of a minister's title a name */
  "forestry",
  "infrastructure", "resources", "services", "manufacturing", "machinery", "equipment",
  "components", "investment", "trading", "precision", "e&c", "fashion", "apparel",
  "garment", "garments", "retail", "food", "auto", "pharmaceutical", "biologics", "device", "devices",
  "battery", "batteries", "cable", "cables", "glass", "paper", "plastics", "packaging", "fibre",
  "fiber", "shipbuilding", "innovation", "innotek", "sdi", "solar", "renewables", "gas", "oil",
  "agro", "agri", "aviation", "marine", "tire", "tyre", "tires", "tyres", "industry", "advisors",
  "advisory", "consulting", "hospitality", "healthcare", "health", "media", "products",
  /* trades of Vietnamese firms named like persons ("Hoàng Anh Seafood",
  ** "Lam Sơn Dairy"): the trade word ends the person's reading */
  "dairy", "seafood", "foods", "sugar", "rubber", "coffee", "cement", "steel", "textile", "textiles",
  "pharma", "feed", "fertiliser", "fertilizer", "beverage", "beverages", "logistics", "chemical",
  "chemicals", "timber", "wood", "furniture", "aquaculture", "shrimp", "bakery", "confectionery",
  /* a brewer's and a milk producer's: "Hà Thành Beer", "Hồng Lam Milk" */
  "beer", "milk",
  /* "furniture maker Linhai Home": a home-goods firm's last word, as
  ** "health" is, though "Home Affairs" keeps it out of other names */
  "home",
  /* green trades: "Hoàng Mai Environment", "Aoba Recycling", "Sông Đà Water" */
  "environment", "recycling", "water",
  /* a carrier's or a train maker's: "Verrel Transport", "Daejin Rail"
  ** (qrail), though "Ministry of Transport" keeps it out of other names */
  "transport", "rail",
  /* a forwarder's or a shipper's: "Van Lier Cargo" (a person's name never
  ** ends so, though "Van" opens Vietnamese ones) */
  "cargo", "freight", "shipping",
  /* the trades of leisure, film and sport: "Song Thu Tourism", "Ibera
  ** Sports Academies", "Sao Mai Pictures" (qcreative), though "Ministry of
  ** Culture, Sports and Tourism" keeps them out of other names */
  "tourism", "travel", "sports", "entertainment", "gaming", "games", "pictures", "films", "music",
  "events",
  /* an arms or satellite maker's: "Airbus Defence and Space" goes on
  ** after the known "Airbus" (set qdefence), though "Ministry of Defence"
  ** keeps them out of other names */
  "defence", "defense", "space", "aerospace", NULL};

/* The verbs of a headline written in title case ("Daewon Display Pours
** $1.8bn Into ...", "Kyowa Precision Boosts Hà Nội Plant Capital By ..."):
** capitalised inside a run of capitals, they end the name before them.
** Not the verbs that are nouns of firms' names too ("Torvald Pumps",
** "... Lifts", "... Builds"). */
static const char *const headline_verbs[] = {
  "pours", "puts", "boosts", "invests", "injects", "commits", "adds", "lures", "eyes", "hits",
  "tops", "buys", "acquires", "expands", "approves", "licenses", "secures", "raises", "signs",
  "breaks", "attracts", "gets", "seeks", "woos", "unveils", "launches",
  /* "Straits Harbour Agrees to Buy Stake ...", "Nishiki Land Opens US$30m
  ** ...", "Japanese Firm Doubles Capital" (sets qweek57, qweek10, qhead).
  ** Not "Plans", which opens bullets ("• Plans to invest ..."), nor
  ** "Completes", whose object ("Acquisition of ...") would open a name */
  "agrees", "opens", "doubles", "triples", "sells", "takes", "wins", "inks",
  "seals", "clinches", "announces", "receives", "starts", "enters", "mulls", "weighs", "bets", NULL};

/* Words that start an organisation's name before "of": "Ministry of Finance". */
static const char *const org_openers[] = {
  "ministry", "department", "embassy", "consulate", "bank", "university", "association", "council",
  "chamber", "institute", "academy", "federation", "union", "office", "board", "commission",
  "bureau", "agency", "authority", "college", "school", "centre", "center", "court", "port",
  /* "Vietnam Administration of Forestry (VNFOREST)", "General Directorate
  ** of Customs" (qwood) */
  "administration", "directorate",
  /* "International Fund for Agricultural Development", "Việt Nam
  ** Innovation Fund of Funds", "Organisation for Economic Co-operation and
  ** Development", "Foundation for Rural Growth" (qagri) */
  "fund", "foundation", "organisation", "organization", "alliance", NULL};

/* The generic words of zones and facilities, part of their names. */
static const char *const zone_heads[] = {
  "park", "zone", "airport", "port", "seaport", "gate", "township", "cluster", "terminal", NULL};

/* Administrative words: the place is the words before them. */
static const char *const admin_words[] = {
  "province", "city", "district", "prefecture", "commune", "ward", "town", "county", "state",
  "township", "port", NULL};

static const char *const titles[] = {
  "chairman", "chairwoman", "chairperson", "president", "minister", "ambassador", "governor",
  "mayor", "secretary", "director", "ceo", "cfo", "cto", "coo", "head", "consul", "premier",
  "chancellor", "king", "queen", "prince", "princess", "speaker", "senator", "commissioner",
  "counsellor", "founder", "co-founder", "manager", "chief", "envoy", "spokesperson", "spokesman",
  "spokeswoman", "leader", "mr", "ms", "mrs", "madam", "madame", "dr", "pm", "prof", "professor", "minister-president",
  "representative", "officer", "partner",
  "researcher", "economist", "analyst", "lecturer", "attaché", "attache", "deputy", "vice", "counterpart", NULL};

/* Words inside the title before a name, besides title words and
** connectors: "acting chairman of the", "Deputy Prime Minister",
** "Ambassador to". */
static const char *const title_fillers[] = {
  "acting", "to", "at", "standing", "general", "former", "prime", "foreign", "provincial", "municipal",
  "executive", "senior", NULL};

/* Words that join title words into one title: "Deputy Prime Minister",
** "Consul General", "Chief Operating Officer". */
static const char *const title_joiners[] = {
  "general", "prime", "standing", "acting", "executive", "managing", "country", "senior", "operating",
  "financial", "technical", "marketing", "commercial", "operations", NULL};

/* Portfolios and the like, never part of a person's name. */
static const char *const not_name_words[] = {
  "affairs", "planning", "investment", "finance", "trade", "industry", "tourism", "energy",
  "culture", "sports", "health", "education", "training", "transport", "construction", "defence",
  "security", "agriculture", "development", "environment", "resources", "justice", "labour",
  "science", "technology", "information", "communications", "commerce", "economy", "foreign",
  /* "Foreign, Commonwealth and Development Office" */
  "commonwealth",
  /* "Minister of Energy and Mines", "Agriculture and Forestry", "Posts and Telecommunications" */
  "mines", "mining", "forestry", "fisheries", "posts", "telecommunications",
  "home", "natural", "rural", "social", "general", "deputy", "vice", "standing", "acting",
  "international", "national", "state", "provincial", "municipal", "people's", "party",
  "committee", "council", "department", "ministry", "office", "said", "says", "forum", "conference",
  "summit", "expo", "fair", "festival", "programme", "program", "index", "award", "project",
  "initiative", "strategy", "plan", "change", "week", "day", "year", "east", "west", "north", "south",
  /* "Disbursement, the money foreign investors spent, reached $21.7
  ** billion": a figure's own noun opening a sentence names no firm */
  "disbursement", "disbursements", "inflows", "outflows", NULL};

/* Vietnamese family names, with and without diacritics. */
static const char *const vn_families[] = {
  "Nguyễn", "Nguyen", "Trần", "Tran", "Lê", "Le", "Phạm", "Pham", "Hoàng", "Hoang", "Huỳnh",
  "Huynh", "Phan", "Vũ", "Vu", "Võ", "Vo", "Đặng", "Dang", "Bùi", "Bui", "Đỗ", "Do", "Hồ", "Ho",
  "Ngô", "Ngo", "Dương", "Duong", "Lý", "Ly", "Đinh", "Dinh", "Cao", "Vương", "Vuong", "Trịnh",
  "Trinh", "Mai", "Đào", "Dao", "Lương", "Luong", "Tô", "To", "Tạ", "Ta", "Lâm", "Lam", "Chu",
  "Tôn", "Ton", "Quách", "Quach", "Kiều", "Kieu", "Triệu", "Trieu", "Doãn", "Doan", "Lưu",
  "Luu", "Khổng", "Khong", "Nông", "Nong", "Hứa", "Hua", "Thái", "Thai", "Văn", "Van", "Châu",
  "Chau", "Lại", "Lai", "Mạc", "Mac", "Phùng", "Phung", "Đoàn", "Doan", "Giang", NULL};

/* The family names in a hash table of their exact bytes ("Do" is one, "do"
** is not): names are tried against it for every run of capitalised words. */
#define FAMILY_SLOTS 512 /* a power of two, over twice the names */
static struct family_slot {
  const char *name; /* NULL: empty */
  size_t len;
} family_table[FAMILY_SLOTS];
static pthread_once_t family_once = PTHREAD_ONCE_INIT;

static size_t family_hash(const char *s, size_t n) {
  return ivl_hash(IVL_HASH_START, s, n) & (FAMILY_SLOTS - 1);
}

static void fill_family_table(void) {
  for (const char *const *p = vn_families; *p; p++) {
    size_t n = strlen(*p), i = family_hash(*p, n);
    while (family_table[i].name && !(family_table[i].len == n && memcmp(family_table[i].name, *p, n) == 0))
      i = (i + 1) & (FAMILY_SLOTS - 1);
    family_table[i] = (struct family_slot){*p, n};
  }
}

int ivl_names_vn_family(const char *s, size_t n) {
  pthread_once(&family_once, fill_family_table);
  for (size_t i = family_hash(s, n); family_table[i].name; i = (i + 1) & (FAMILY_SLOTS - 1))
    if (family_table[i].len == n && memcmp(family_table[i].name, s, n) == 0) return 1;
  return 0;
}

/* Things with names and acronyms that are no organisations: "Business
** Confidence Index (BCI)", "Green Growth Strategy (GGS)". */
static const char *const named_things[] = {
  "index", "programme", "program", "project", "projects", "plan", "strategy", "initiative",
  "agreement", "forum", "conference", "summit", "award", "awards", "expo", "fair", "festival", "law",
  "decree", "resolution", "partnership", "treaty", "report", "survey", "scheme", "mechanism", NULL};

/* Lower-case particles inside foreign names: "Marieke van den Berg", "Envases
** del Bajío" (set qweek87). */
static const char *const particles[] = {"van", "von", "der", "den", "de", "du", "da", "dos", "bin", "del", "della", "di", "des", NULL};

/* Generic words of places and facilities: never in a person's name, and a
** name written before one in lower case is a place ("Bến Nghé ward", "the
** Gemalink terminal"). */
static const char *const place_words[] = {
  "street", "road", "avenue", "boulevard", "bridge", "river", "lake", "market", "station",
  "tunnel", "terminal", "resort", "ward", "commune", "district", "province", "city", "town",
  "village", "industrial", "border", "airport", "square", "wharf", "pagoda", "temple", "beach",
  "island", "bay", "mountain", "house", "tower", "hotel", "hall", "stadium", "prefecture",
  "county", "state", "port", "seaport", "zone", "zones", "parks", "complex", "plant", "factory",
  NULL};

/* Titles that head a firm: the "of ..." after them names one ("CEO of
** Decision Lab"), and so does a name written before them ("Hanul Energy CEO"). */
static const char *const firm_titles[] = {
  "ceo", "cfo", "cto", "coo", "chairman", "chairwoman", "chairperson", "president", "director",
  "founder", "co-founder", "manager", "officer", "partner", NULL};

/* Lower-case nouns that put a firm's name after them: "Korean firm
** You-Tech", "consultancy KPMG", "its Peruvian unit Bitel". */
static const char *const firm_nouns[] = {
  "firm", "firms", "company", "companies", "group", "groups", "unit", "units", "subsidiary",
  "subsidiaries", "operator", "operators", "consultancy", "developer", "developers", "investor",
  "investors", "conglomerate", "manufacturer", "manufacturers", "maker", "makers", "producer",
  "producers", "supplier", "suppliers", "carrier", "carriers", "airline", "airlines", "lender",
  "retailer", "retailers", "chain", "giant", "startup", "start-up", "brand", "affiliate",
  "contractor", "contractors", "insurer", "shipper", "automaker", "carmaker", "chipmaker",
  "toymaker", "tycoon", "fund", "funds", "utility", "bank", "trader", "distributor", "brokerage", "miner",
  "refiner", "exporter", "importer", "builder", "shipbuilder", "steelmaker", "carrier", "shoemaker",
  "shoemakers", "drugmaker", "drugmakers", "automakers", "carmakers", "chipmakers", "toymakers",
  "steelmakers", "watchmaker", "brewer", "brewers", "bottler", "assembler", "lenders", "insurers",
  "operators", "conglomerates", "tyremaker", "tiremaker", "processor", "processors", "jeweller", "jeweler",
  "recycler", "packager", "institution", "foundation", "cooperative", "co-operative",
  /* "local miller Thanh Cong Sugar" (set qweek62) */
  "miller", "millers",
  /* "Macau gaming concessionaire Lotus Pearl Resorts" (set qweek85): a
  ** holder of a casino licence */
  "concessionaire", "concessionaires",
  /* "British publisher Harcourt Learning", "edtech platform X" */
  "publisher", "publishers", "platform",
  /* "Local rival Hà Thành Beer, however, has earmarked ...": a competitor named */
  "rival", "rivals", "competitor",
  /* "Japanese trading house Kanda Shoji", "returning backer Oakvale",
  ** "existing shareholder Minh Long" (qev): a house of trade, a backer */
  "house", "backer", "backers", "shareholder",
  /* "the city's transport corporation Samco" (qrail); "Viettel's Lao arm,
  ** Unitel," (qvisit) */
  "corporation", "arm", "division",
  /* the trades of film, music, games and sport: "Thai broadcaster Golden
  ** Elephant Media", "talent agency Hoshimi Pro", "festival organiser
  ** Biển Xanh Events", "Australian promoter X", "record label X" */
  "broadcaster", "broadcasters", "agency", "agencies", "organiser", "organizer", "organisers",
  "organizers", "promoter", "promoters", "studio", "studios", "label", "labels", "streamer",
  "franchise",
  /* (the nouns of names.c's origin reader, one list since: "its local
  ** partner X", "Thai multinational X", "German coffee roaster X", "Dutch
  ** dairy cooperative X"; not "major", more often "a major ODA donor" than
  ** an oil major; "office" is a firm's only of a family, names.c's
  ** trade_seat) */
  "partner", "multinational", "roaster", "grower", "spinner", "weaver",
  "agribusiness", "cooperative", "co-op", "provider", "corp", "enterprise", "holding",
  /* firms by a trade of services or goods sold on ("US card network X",
  ** "Dutch freight forwarder X", "Thai property trust X", "Korean
  ** solar panel installer X", "Japanese microlender X"; a person after
  ** some of them who speaks is the person: person_trade) */
  "network", "networks", "outfit", "vendor", "vendors", "trust", "trusts", "marketplace", "dealer",
  "dealers", "forwarder", "forwarders", "courier", "integrator", "fabricator", "installer", "caterer",
  "grocer", "hotelier", "lessor", "financier", "underwriter", "broker", "brokers", "microlender",
  "specialist", "consortium",
  /* "a Singapore-listed landlord whose chief executive ..." (set qweek102):
  ** a firm that leases out warehouses or offices */
  "landlord", "landlords",
  /* startups by their trade: "Hanoi edtech X", "travel booking app X",
  ** "Indonesian fintech X" */
  "app", "apps", "super-app", "superapp", "edtech", "fintech", "healthtech", "proptech", "agritech",
  "insurtech", "e-tailer", "unicorn",
  /* "Brazilian meatpacker X", "Danish pork packer X": a trade that packs
  ** meat, fruit or tea for sale */
  "meatpacker", "meatpackers", "packer", "packers",
  /* "form a joint venture, Siam Dong A Packaging, to build ...": the venture
  ** founded is a firm of its own, named after its noun as a firm is */
  "venture",
  /* a trust's or a deal's backer by its role (set qweek93): "Sponsor Kallang
  ** Group, which ...", "the Reit's sponsor Kallang Group" */
  "sponsor", "sponsors", NULL};

/* The generic words of places whose names keep them when capitalised: "Lê
** Lợi Street", "Vàm Cỏ River", "Cần Thơ Bridge". */
static const char *const place_heads[] = {
  "street", "avenue", "boulevard", "square", "river", "lake", "bridge", "wharf", "island", "bay",
  "beach", "pass", "resort", NULL};

/* Adjectives of directions and macro-regions, no names of places: "the
** first Asian city", "a Southern province". */
static const char *const region_adjectives[] = {
  "asian", "european", "african", "american", "arab", "arabian", "nordic", "latin", "oceanian",
  "western", "eastern", "southern", "northern", "central", "northwestern", "northeastern",
  "southwestern", "southeastern", "north-central", "south-central", "coastal", "mountainous",
  "border", "capital", "industrial", "rural", "urban", "neighbouring", "neighboring", NULL};

/* Roads are no entity type (GUIDELINES): the places in their names stand alone. */
static const char *const road_words[] = {"expressway", "highway", "road", "railway", "route", NULL};

/* Lower-case words after a place that say what it is, left out of its span:
** "Lam Hạ ward", "Cái Răng floating market", "Lao Bảo border gate". A plural
** ends a list: "Ninh Kiều and Cái Răng districts". */
static const char *const place_after[] = {
  "ward", "commune", "district", "town", "city", "province", "prefecture", "county", "state",
  "township", "port", "seaport", "border gate", "lake", "river", "bridge", "island", "resort",
  "integrated resort", "floating market", "terminal", "container terminal", "tunnel",
  "new urban area", "urban area", "power complex", "wharf", "beach", "bay", "street", "station",
  "park", NULL};
static const char *const place_after_plural[] = {
  "wards", "communes", "districts", "towns", "cities", "provinces", "prefectures", "states",
  "counties", "ports", "streets", "lakes", "rivers", "islands", "border gates", NULL};

/* Lower-case zone words after names, which their names take capitalised. A
** plural names zones only after a list of two or more ("Quảng Ninh
** industrial parks" are the province's). */
static const struct zone_word {
  const char *phrase, *generic;
  int min;
} zone_after[] = {
  {"industrial park", " Industrial Park", 1}, {"industrial parks", " Industrial Park", 2},
  {"industrial zone", " Industrial Zone", 1}, {"industrial zones", " Industrial Zone", 2},
  {"economic zone", " Economic Zone", 1},     {"economic zones", " Economic Zone", 2},
  {NULL, NULL, 0}};

int ivl_names_free_word(const char *s, size_t n, int before) {
  return in_list(s, n, stop_words) || in_list(s, n, connectors) || in_list(s, n, admin_words) ||
         in_list(s, n, zone_heads) || in_list(s, n, place_heads) || in_list(s, n, road_words) ||
         (!before && in_list(s, n, titles));
}

/* Words after a name that show it is a person's. */
static const char *const speech_verbs[] = {
  "said", "says", "told", "noted", "stressed", "added", "affirmed", "emphasised", "emphasized",
  "highlighted", "expressed", "suggested", "proposed", "welcomed", "thanked", "asked",
  "underlined", "praised", "stated", "explained", "urged", NULL};

int ivl_names_speech_verb(const char *s, size_t n) { return in_list(s, n, speech_verbs); }

/* Can the letters a[0, n) be spelt from the words of t[p, e), in order,
** each word giving none or a few of its first letters? */
static int spelt_from_words(const char *t, size_t p, size_t e, const char *a, size_t n) {
  if (n == 0) return 1;
  while (p < e && !ivl_isalpha((unsigned char)t[p])) p++;
  if (p >= e) return 0;
  size_t w = p;
  while (w < e && t[w] != ' ') w++;
  for (size_t k = 1; k <= n && p + k <= w && ivl_tolower((unsigned char)t[p + k - 1]) == ivl_tolower((unsigned char)a[k - 1]); k++)
    if (spelt_from_words(t, w, e, a + k, n - k)) return 1;
  return spelt_from_words(t, w, e, a, n); /* (the word gives none: "of", "Co") */
}

int ivl_names_short_form(const char *t, size_t s, size_t e, const char *a, size_t n) {
  if (n < 2 || s >= e || ivl_tolower((unsigned char)t[s]) != ivl_tolower((unsigned char)a[0])) return 0;
  size_t w = s;
  while (w < e && t[w] != ' ') w++;
  for (size_t k = 1; k <= n && s + k <= w && ivl_tolower((unsigned char)t[s + k - 1]) == ivl_tolower((unsigned char)a[k - 1]); k++)
    if (k < n && spelt_from_words(t, w, e, a + k, n - k)) return 1;
  return 0;
}

int ivl_names_firm_noun(const char *s, size_t n) { return in_list(s, n, firm_nouns); }

/* Suffixes of company names: "Samsung Electronics Co., Ltd". */
static const char *const legal[] = {"ltd", "jsc", "inc", "llc", "plc", "corp", "co", "gmbh", "limited",
                                    "pte", "pvt", "bhd", "berhad", "sdn", "tbk", "ab", "oy", "oyj", "asa", "spa",
                                    "srl", "sarl", "se", "pcl", "ltda",
                                    /* a Luxembourg fund's (set qweek81): "Mekong Frontier Fund SICAV" */
                                    "sicav", "sicaf", "scsp", NULL};

/* Generic words before "of" and a list of places: "the communes of ...". */
static const char *const of_heads[] = {
  "city", "cities", "province", "provinces", "state", "prefecture", "county", "town", "towns",
  "commune", "communes", "ward", "wards", "district", "districts", "island", "islands", NULL};

/* Numbers of phases and stages: "Phase II". */
static const char *const romans[] = {"i", "ii", "iii", "iv", "v", "vi", "ii-c", NULL};

/* Words of a credit line before "by": "Photo by ...". */
static const char *const credits[] = {"translated", "photo", "written", "posted", "edited", "reported",
                                      "compiled", "story", "text", "video", "photos", NULL};

/* {======== which lists a word is in ======== */

#define LIST_WORD_MAX 32 /* longer than any listed word */
/* A power of two, over five times the words listed: with spelt_lists'
** words in it at 2048 slots, more of a text's words found a tag that was
** not theirs (tokenize 23.57M -> 23.99M Ir on /tmp/b1; 23.14M at 4096,
** and 22.92M at 8192, whose 32 KB of tags took more CPU time). */
#define LIST_SLOTS 4096

typedef struct list_slot {
  const char *word; /* NULL: empty; not NUL-ended (a phrase's first word) */
  uint32_t len;
  uint32_t lists;
  uint8_t id;       /* its number in WORDS, 0: none */
  uint64_t head;    /* its first eight bytes, loaded from them zero-padded */
  uint64_t tail;    /* a word of 9 to 16 bytes: its last eight, loaded */
} list_slot;

/* The table is probed in its tags, a slot's hash in 32 bits (0: empty),
** and a slot is read only when its tag matches: most words of a text are
** in no list, and their probe ends in the tags, 8 KB that stay in cache
** where the slots would not. */
static uint32_t list_tags[LIST_SLOTS];
static list_slot list_table[LIST_SLOTS];
static pthread_once_t list_once = PTHREAD_ONCE_INIT;

static uint32_t list_tag(uint64_t h) { return (uint32_t)(h >> 32) | 1; }

/* The lengths of the listed words with a byte beyond ASCII ("việt",
** "attaché"), a bit each (words are shorter than LIST_WORD_MAX, 32): a
** token with such a byte is in no list unless it is of one of these
** lengths, and is not looked up (the words of Vietnamese names, most of
** the words that are not written in ASCII). */
static uint32_t listed_wide;
/* And their first bytes, a bit each: of the words beyond ASCII of those
** lengths ("Nguyễn" is as long as "attaché"), most start otherwise and
** are looked up no further (wide_word_from_table). */
static uint8_t listed_wide_first[256 / 8];
/* The same for the listed words with '-', '&' or an apostrophe ("ii-c",
** "people's"), for the words joined by them (joined_words_from_table). */
static uint32_t listed_joined;

/* Is s[0, n) the lower-case 'word' (as many bytes), ASCII case ignored? */
static int same_word(const char *word, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (word[i] != (char)ivl_tolower((unsigned char)s[i])) return 0;
  return 1;
}

/* The slot of s[0, n) (ASCII case ignored), h the hash of its lower-case
** bytes; or the empty slot where it would go. */
static list_slot *list_slot_of(const char *s, size_t n, uint64_t h) {
  uint32_t tag = list_tag(h);
  for (size_t i = h & (LIST_SLOTS - 1);; i = (i + 1) & (LIST_SLOTS - 1)) {
    if (!list_tags[i]) return &list_table[i];
    const list_slot *sl = &list_table[i];
    if (list_tags[i] == tag && sl->len == n && same_word(sl->word, s, n)) return &list_table[i];
  }
}

/* The slot of the words the table has not: no list, no id. */
static const list_slot no_slot;

/* The first n bytes of eight, as bytes: loaded, a mask whatever the
** machine's byte order. */
static const unsigned char first_bytes[9][8] = {
  {0}, {0xFF}, {0xFF, 0xFF}, {0xFF, 0xFF, 0xFF}, {0xFF, 0xFF, 0xFF, 0xFF},
  {0xFF, 0xFF, 0xFF, 0xFF, 0xFF}, {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF},
  {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF}, {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF}};

/* The slot of s[0, n), ASCII letters and digits only, with 'room' bytes
** readable from s; h the hash of its lower-case bytes; no_slot when the
** table has it not. A word of eight bytes at most is compared with a
** slot's at once, one of sixteen at most in two loads (its first eight
** bytes and its last, overlapping; compared byte by byte, the listed words
** of nine bytes and more took 0.9M Ir on /tmp/b1): its letters made small
** by setting 0x20, which digits have already (no listed byte that is no
** letter or digit is one of theirs). A word whose probe ends in the tags
** gets the constant no_slot, and no slot is read: the slots, 64 KB and
** more, are seldom in cache, and reading the empty slot such a word would
** go to was a quarter of tokenize()'s cache misses (175K -> 132K D1 read
** misses on /tmp/b1; 1.0M Ir fewer). */
static const list_slot *alnum_slot_of(const char *s, size_t n, size_t room, uint64_t h) {
  size_t i = h & (LIST_SLOTS - 1);
  if (!list_tags[i]) return &no_slot; /* most words of a text: in no list */
  if (n > 16 || room < 8) return list_slot_of(s, n, h);
  uint32_t tag = list_tag(h);
  if (n > 8) { /* "international": its first eight bytes and its last eight */
    uint64_t head = ivl_load8(s) | 0x2020202020202020u, tail = ivl_load8(s + n - 8) | 0x2020202020202020u;
    for (;; i = (i + 1) & (LIST_SLOTS - 1)) {
      if (!list_tags[i]) return &no_slot;
      const list_slot *sl = &list_table[i];
      if (list_tags[i] == tag && sl->len == n && sl->head == head && sl->tail == tail) return sl;
    }
  }
  uint64_t lower = (ivl_load8(s) | 0x2020202020202020u) & ivl_load8((const char *)first_bytes[n]);
  for (;; i = (i + 1) & (LIST_SLOTS - 1)) {
    if (!list_tags[i]) return &no_slot;
    const list_slot *sl = &list_table[i];
    if (list_tags[i] == tag && sl->len == n && sl->head == lower) return sl;
  }
}

/* The slot of word[0, n), made if new; NULL when it has a capital: the
** lists are lower case and a word with a capital never matched. */
static list_slot *table_word(const char *word, size_t n) {
  int lower = n > 0 && n < LIST_WORD_MAX;
  for (size_t i = 0; i < n && lower; i++) lower = !ivl_isupper((unsigned char)word[i]);
  if (!lower) return NULL;
  for (size_t i = 0; i < n; i++) {
    if ((unsigned char)word[i] >= 0x80) {
      listed_wide |= 1u << n;
      listed_wide_first[(unsigned char)word[0] / 8] |= (uint8_t)(1u << ((unsigned char)word[0] % 8));
    }
    if (word[i] == '-' || word[i] == '&' || word[i] == '\'') listed_joined |= 1u << n;
  }
  uint64_t h = ivl_hash(IVL_HASH_START, word, n);
  list_slot *sl = list_slot_of(word, n, h);
  list_tags[sl - list_table] = list_tag(h);
  sl->word = word;
  sl->len = (uint32_t)n;
  char head[8] = {0};
  memcpy(head, word, n < 8 ? n : 8);
  sl->head = ivl_load8(head);
  if (n > 8) sl->tail = ivl_load8(word + n - 8);
  return sl;
}

/* List word[0, n) in list k. */
static void list_word(const char *word, size_t n, int k) {
  list_slot *sl = table_word(word, n);
  if (sl) sl->lists |= 1u << k;
}

/* The generic words after a place ("industrial park", "city") by their
** first word: a token that starts none is looked at no further. */
static void list_generic_starts(void) {
  static const char *const *const phrase_lists[] = {place_after, place_after_plural};
  for (size_t k = 0; k < sizeof phrase_lists / sizeof *phrase_lists; k++)
    for (const char *const *p = phrase_lists[k]; *p; p++)
      list_word(*p, strcspn(*p, " "), LIST_INDEX_generic_starts);
  for (const struct zone_word *z = zone_after; z->phrase; z++)
    list_word(z->phrase, strcspn(z->phrase, " "), LIST_INDEX_generic_starts);
}

/* Bytes by what tokenize() and ascii_word() ask of each: one look-up a
** byte instead of several tests, on every byte of the text. */
enum {
  BYTE_ALNUM = 1,
  BYTE_LOWER = 2,
  BYTE_SPACE = 4,
  BYTE_CAP = 8,   /* a capital or a digit: a token starting so is capitalised */
  BYTE_JOIN = 16, /* may carry a word on past its ASCII letters and digits:
                     '-', '&', an apostrophe, any byte from 0x80 */
  BYTE_UPPER = 0x20 /* the bit that makes an ASCII capital small: c | (class & BYTE_UPPER) lowers c */
};
static uint8_t byte_class[256];

static void fill_byte_classes(void) {
  for (int c = 0; c < 0x80; c++)
    byte_class[c] = (uint8_t)((ivl_isalnum(c) ? BYTE_ALNUM : 0) | (ivl_isupper(c) ? BYTE_UPPER : 0) |
                              (ivl_islower(c) ? BYTE_LOWER : 0) | (ivl_isspace(c) ? BYTE_SPACE : 0) |
                              (ivl_isupper(c) || ivl_isdigit(c) ? BYTE_CAP : 0) |
                              (c == '-' || c == '&' || c == '\'' ? BYTE_JOIN : 0));
  for (int c = 0x80; c < 0x100; c++) byte_class[c] = BYTE_JOIN;
}

/* The slots of the tokens of one ASCII byte, punctuation most ("&" is a
** connector), found once: a text has thousands of them. */
static const list_slot *byte_slot[0x80];

static void fill_byte_slots(void) {
  for (int c = 0; c < 0x80; c++) {
    unsigned char lower = (unsigned char)ivl_tolower(c);
    char b = (char)c;
    byte_slot[c] = list_slot_of(&b, 1, ivl_hash(IVL_HASH_START, &lower, 1));
  }
}

static void list_spelt_words(void);

static void fill_list_table(void) {
  static const char *const *const lists[LIST_INDEX_generic_starts] = {
#define LIST_ARRAY(name) name,
    WORD_LISTS(LIST_ARRAY)
#undef LIST_ARRAY
  };
  for (int k = 0; k < LIST_INDEX_generic_starts; k++)
    for (const char *const *w = lists[k]; *w; w++) list_word(*w, strlen(*w), k);
  list_generic_starts();
  list_spelt_words();
  static const char *const vocabulary[WORD_COUNT] = {
    NULL,
#define WORD_SPELLING(id, spelling) spelling,
    WORDS(WORD_SPELLING)
#undef WORD_SPELLING
  };
  for (int id = 1; id < WORD_COUNT; id++)
    table_word(vocabulary[id], strlen(vocabulary[id]))->id = (uint8_t)id;
  fill_byte_classes();
  fill_byte_slots(); /* last: no word is added after it */
}

/* word_slot() once the table is filled: tokenize() saw to it, and a
** pthread_once() at each word it reads from the text was a third of the
** look-up (5.3K words on /tmp/b1, 40 Ir each). */
static const list_slot *filled_word_slot(const char *s, size_t n) {
  if (n == 0 || n >= LIST_WORD_MAX) return &no_slot;
  uint64_t h = IVL_HASH_START;
  for (size_t i = 0; i < n; i++) { /* a capital made small by its class's BYTE_UPPER */
    unsigned char c = (unsigned char)s[i];
    h = (h ^ (c | (byte_class[c] & BYTE_UPPER))) * IVL_HASH_PRIME;
  }
  return list_slot_of(s, n, h);
}

/* The slot of the word s[0, n) (ASCII case ignored), empty when the
** table has it not. */
static const list_slot *word_slot(const char *s, size_t n) {
  pthread_once(&list_once, fill_list_table);
  return filled_word_slot(s, n);
}

static uint32_t word_lists(const char *s, size_t n) { return word_slot(s, n)->lists; }

/* }======== */

/* {======== tokens ======== */

/* The word at 'p', which starts with a letter or digit: its end, whether
** it starts with a capital or a digit, whether it is all capitals. Letters
** and digits, joined by '-', '&', or an apostrophe between letters
** ("Trade-Investment", "C&N", "People's"). One pass that decodes each
** character once, for where the word ends and for its case. Whether it
** has a character beyond ASCII. */
static int read_word(const char *t, size_t len, size_t p, token *tk) {
  int wide = 0;
  size_t letters = 0, uppers = 0, start = p;
  while (p < len) {
    unsigned char c = (unsigned char)t[p];
    size_t n = 1;
    int upper, lower;
    unsigned k = byte_class[c];
    if (k & BYTE_ALNUM) { /* most characters are ASCII: their case by their class, one load */
      upper = (k & BYTE_UPPER) != 0;
      lower = (k & BYTE_LOWER) != 0;
    } else if (c >= 0x80) {
      /* the category asked once, for a letter's case too */
      utf8proc_category_t cat = utf8proc_category(ivl_utf8_decode(t + p, len - p, &n));
      if (!ivl_utf8_alnum_category(cat)) break;
      wide = 1;
      upper = cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
      lower = !upper && cat == UTF8PROC_CATEGORY_LL;
    } else if ((c == '-' || c == '&' || c == '\'') && ivl_utf8_alnum_at(t, len, p + 1)) {
      /* a possessive ends the word, except in "People's" */
      if (c == '\'' && (t[p + 1] == 's' || t[p + 1] == 'S') && !ivl_utf8_alnum_at(t, len, p + 2) &&
          !(p >= 6 && ivl_ascii_ieq(t + p - 6, 6, "people")))
        break;
      if (c == '-') tk->lists |= LIST_hyphen; /* the word's only hyphens come here */
      p++;
      continue;
    } else {
      break;
    }
    if (p == start) tk->cap = (uint8_t)(upper || ivl_isdigit(c));
    letters += upper || lower;
    uppers += upper;
    p += n;
  }
  tk->e = (uint32_t)p;
  tk->upper = (uint8_t)(uppers >= 2 && uppers == letters);
  return wide;
}

static int one_of(const char *s, size_t n, const char *const *list);

/* "planemaker", "glassmakers", "homebuilder": a compound of goods and
** "maker" or "builder" the firm nouns do not list, which says what a firm
** is as their "chipmaker" does; not a person's ("lawmaker", "filmmaker",
** "policymaker", "dealmaker", "holidaymakers", "bodybuilder"), whose
** stems each head lists apart ("homebuilder" a firm, "homemaker" a
** person). w[0, n) is one lower-case ASCII word. */
static int maker_compound_word(const char *w, size_t n) {
  static const char *const maker_persons[] = {
    "law", "policy", "film", "movie", "peace", "match", "dress", "home", "decision", "trouble", "king",
    "rain", "play", "deal", "holiday", "merry", "taste", "rule", "speech", "print", "cabinet", "mischief",
    "hay", "pace", NULL};
  static const char *const builder_persons[] = {"body", "nation", "empire", "team", "consensus", "coalition",
                                                "muscle", NULL};
  static const struct {
    const char *head;
    const char *const *persons;
  } heads[] = {{"makers", maker_persons}, {"maker", maker_persons}, {"builders", builder_persons},
               {"builder", builder_persons}, {NULL, NULL}};
  if (n < 8 || (w[n - 1] != 'r' && w[n - 1] != 's')) return 0;
  for (size_t k = 0; heads[k].head; k++) {
    size_t hn = strlen(heads[k].head);
    if (n < hn + 3 || memcmp(w + n - hn, heads[k].head, hn) != 0) continue; /* (a stem of 3 letters at least) */
    size_t stem = n - hn;
    for (size_t i = 0; i < stem; i++)
      if (w[i] < 'a' || w[i] > 'z') return 0;
    return !one_of(w, stem, heads[k].persons);
  }
  return 0;
}

/* The lists of the word w[0, n) whose slot is sl: the slot's, or the firm
** nouns' for a compound of maker_compound_word()'s that no list has (a
** test of its last byte first: most words end otherwise). */
static inline uint32_t word_lists_or_compound(const list_slot *sl, const char *w, size_t n) {
  if (sl->lists || n < 8 || (w[n - 1] != 'r' && w[n - 1] != 's')) return sl->lists;
  return maker_compound_word(w, n) ? LIST_firm_nouns : 0;
}

/* A word of ASCII letters and digits only, as read_word() and
** word_lists() would read it, in one pass over its bytes (most words of a
** text are such). 0 when the word goes on past them: the general path. */
static int ascii_word(const char *t, size_t len, size_t p, token *tk) {
  uint64_t h = IVL_HASH_START; /* of the lower-case bytes; of no use past LIST_WORD_MAX */
  size_t q = p;
  unsigned seen = 0, uppers = 0; /* the classes of its bytes, its capitals */
  for (; q < len; q++) {
    unsigned char c = (unsigned char)t[q];
    unsigned k = byte_class[c];
    if (!(k & BYTE_ALNUM)) break;
    seen |= k;
    uppers += (k & BYTE_UPPER) >> 5;
    h = (h ^ (c | (k & BYTE_UPPER))) * IVL_HASH_PRIME;
  }
  if (q < len && ((unsigned char)t[q] >= 0x80 || t[q] == '-' || t[q] == '&' || t[q] == '\''))
    return 0;
  tk->e = (uint32_t)q;
  tk->word = TOKEN_PLAIN;
  tk->cap = (uint8_t)(ivl_isupper((unsigned char)t[p]) || ivl_isdigit((unsigned char)t[p]));
  tk->upper = (uint8_t)(uppers >= 2 && !(seen & BYTE_LOWER));
  if (q - p < LIST_WORD_MAX) { /* the table is filled: tokenize() saw to it */
    const list_slot *sl = list_slot_of(t + p, q - p, h);
    tk->id = sl->id;
    tk->lists = word_lists_or_compound(sl, t + p, q - p);
  }
  return 1;
}

/* The bit 0x40 of the first n bytes of eight, as bytes: loaded, a mask
** whatever the machine's byte order. */
static const unsigned char letter_bits[9][8] = {
  {0}, {0x40}, {0x40, 0x40}, {0x40, 0x40, 0x40}, {0x40, 0x40, 0x40, 0x40},
  {0x40, 0x40, 0x40, 0x40, 0x40}, {0x40, 0x40, 0x40, 0x40, 0x40, 0x40},
  {0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40}, {0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40}};

/* The bit 0x40 of the last n bytes of eight. */
static const unsigned char last_letter_bits[9][8] = {
  {0}, {0, 0, 0, 0, 0, 0, 0, 0x40}, {0, 0, 0, 0, 0, 0, 0x40, 0x40}, {0, 0, 0, 0, 0, 0x40, 0x40, 0x40},
  {0, 0, 0, 0, 0x40, 0x40, 0x40, 0x40}, {0, 0, 0, 0x40, 0x40, 0x40, 0x40, 0x40},
  {0, 0, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40}, {0, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40},
  {0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40, 0x40}};

/* Are the ASCII letters and digits s[0, n) two or more capitals and no
** small letter? Eight at a time when the text has them: among letters
** and digits, 0x40 marks a letter and 0x20 then a small one. A word of
** nine to sixteen bytes in two loads, its first eight bytes and its last
** eight, of which those it shares with the first are dropped (a byte at a
** time, such words took 0.6M Ir of tokenize() on /tmp/b1). */
#if defined(__GNUC__)
__attribute__((always_inline)) /* in tokenize()'s loop: once it had two callers,
                                  GCC left it out of line and tokenize() took 1.0M Ir more */
#endif
static inline int all_capitals(const char *s, size_t n, size_t room) {
  if (n <= 8 && room >= 8) {
    uint64_t x = ivl_load8(s), letters = x & ivl_load8((const char *)letter_bits[n]);
    uint64_t upper = letters & ~(x << 1); /* 0x20 moved up to 0x40, byte by byte */
    return (letters & (x << 1)) == 0 && (upper & (upper - 1)) != 0;
  }
  if (n > 8 && n <= 16) { /* room >= n: both loads are inside the text */
    uint64_t x = ivl_load8(s), y = ivl_load8(s + n - 8);
    uint64_t lx = x & 0x4040404040404040u, ly = y & ivl_load8((const char *)last_letter_bits[n - 8]);
    if ((lx & (x << 1)) | (ly & (y << 1))) return 0; /* a small letter */
    uint64_t ux = lx & ~(x << 1), uy = ly & ~(y << 1);
    return (ux & (ux - 1)) != 0 || (uy & (uy - 1)) != 0 || (ux && uy);
  }
  unsigned seen = 0, uppers = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned k = byte_class[(unsigned char)s[i]];
    seen |= k;
    uppers += (k & BYTE_UPPER) >> 5;
  }
  return uppers >= 2 && !(seen & BYTE_LOWER);
}

/* The token at view offset p read from the article's word table (words.h),
** its word 'wd' starting at p written in ASCII and not IVL_WORD_JOINED
** (ascii_word() would not read a word that goes on past its ASCII letters
** and digits either): what ascii_word() would read, without going over its
** bytes again. Its folded bytes are the token's in lower case, so its hash
** is the one the word lists are keyed by; its flags tell a capital or a
** digit first, BYTE_CAP. The token written whole in one assignment: its
** fields written one by one after the token was zeroed were stored twice. */
static inline void word_from_table(const char *t, size_t len, size_t p, const ivl_word *wd, token *tk) {
  size_t q = p + (wd->fe - wd->fs);
  int cap = (wd->flags & (IVL_WORD_CAPITAL | IVL_WORD_DIGIT)) != 0;
  /* a word of LIST_WORD_MAX bytes or more is in no slot: the lengths differ */
  const list_slot *sl = alnum_slot_of(t + p, q - p, len - p, wd->hash);
  /* a small first letter is no capital */
  *tk = (token){.s = (uint32_t)p,
                .e = (uint32_t)q,
                .cap = (uint8_t)cap,
                .upper = (uint8_t)(cap && all_capitals(t + p, q - p, len - p)),
                .word = TOKEN_PLAIN,
                .id = sl->id,
                .known = 0,
                .lists = word_lists_or_compound(sl, t + p, q - p)};
}

/* Are the letters of s[0, n), a word beyond ASCII, two or more capitals
** and no small letter (read_word's 'upper')? A small ASCII letter says no
** at once: most such words are Title Case ("Nguyễn", "Việt"). */
static int wide_all_capitals(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (byte_class[(unsigned char)s[i]] & BYTE_LOWER) return 0;
  size_t uppers = 0, lowers = 0;
  for (size_t i = 0, k; i < n; i += k) {
    unsigned char c = (unsigned char)s[i];
    k = 1;
    if (c < 0x80) {
      uppers += (byte_class[c] & BYTE_UPPER) != 0;
      continue;
    }
    utf8proc_category_t cat = utf8proc_category(ivl_utf8_decode(s + i, n - i, &k));
    uppers += cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
    lowers += cat == UTF8PROC_CATEGORY_LL;
  }
  return uppers >= 2 && lowers == 0;
}

/* The token at view offset p read from the article's word table, its word
** 'wd' starting at p not written in ASCII and not IVL_WORD_JOINED ("Nguyễn",
** "Đà"), 'e' the view offset its folding ended at (ws->pos[wd->fe]): what
** token_from_text() would read, without finding its end again. Its
** characters are letters, digits and marks, each folded to word bytes (a
** character folded otherwise, to a space, a dash, an apostrophe, a
** bracket, ends the word, and one beyond ASCII makes it JOINED), and
** read_word() goes on over all of them; it stops at the ASCII byte that
** is no letter or digit, nor '-', '&' or an apostrophe (JOINED), that the
** folding stopped at, or at the end. A capital or an ASCII digit first is
** the table's flag. Read from the text, such a word took over 300 Ir
** (8.8K of them on /tmp/b1). Not inlined: tokenize()'s loop keeps its
** locals in registers. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void wide_word_from_table(const char *t, size_t p, size_t e, const ivl_word *wd, token *tk) {
  size_t n = e - p;
  /* as token_from_text() looks up a word with a character beyond ASCII; a
  ** listed word is lower case: the token's first byte made small is its */
  unsigned char first = (unsigned char)t[p] | (byte_class[(unsigned char)t[p]] & BYTE_UPPER);
  const list_slot *sl = n >= LIST_WORD_MAX || !(listed_wide >> n & 1) ||
                                !(listed_wide_first[first / 8] >> (first % 8) & 1)
                            ? &no_slot
                            : filled_word_slot(t + p, n);
  *tk = (token){.s = (uint32_t)p,
                .e = (uint32_t)e,
                .cap = (uint8_t)((wd->flags & (IVL_WORD_CAPITAL | IVL_WORD_DIGIT)) != 0),
                .upper = (uint8_t)wide_all_capitals(t + p, n),
                .word = TOKEN_JOINED,
                .id = sl->id,
                .known = 0,
                .lists = sl->lists};
}

/* The token at view offset p read from the article's word table, its word
** 'wd' written in ASCII and IVL_WORD_JOINED: words of ASCII letters and
** digits joined by '-', '&' or an apostrophe ("Osaka-based", "C&N",
** "People's"; not the possessive of "Korea's"), as read_word() reads them:
** a joiner goes on to the table's next word when a letter or digit
** follows it, which starts that word. The table's words it spans; 0 when
** a byte beyond ASCII joins or follows a joiner (token_from_text() reads
** it then). Read from the text, such a word took over 400 Ir (2.9K of
** them on /tmp/b1). */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t joined_words_from_table(const char *t, size_t len, size_t p, const ivl_word *wd,
                                      const ivl_word *end, token *tk) {
  const ivl_word *w = wd;
  uint32_t lists = 0;
  size_t q;
  for (;;) {
    q = w->vs + (w->fe - w->fs); /* the end of its letters and digits */
    if (!(w->flags & IVL_WORD_JOINED)) break;
    unsigned char c = (unsigned char)t[q], d = q + 1 < len ? (unsigned char)t[q + 1] : 0;
    if (c >= 0x80 || d >= 0x80) return 0;
    if (!(byte_class[d] & BYTE_ALNUM)) break; /* no letter or digit after the joiner */
    /* a possessive ends the word, except in "People's" */
    if (c == '\'' && (d == 's' || d == 'S') && !ivl_utf8_alnum_at(t, len, q + 2) &&
        !(q >= 6 && ivl_ascii_ieq(t + q - 6, 6, "people")))
      break;
    if (++w == end || w->vs != q + 1 || !(w->flags & IVL_WORD_ASCII)) return 0;
    if (c == '-') lists |= LIST_hyphen;
  }
  size_t n = q - p;
  /* the slot token_from_text() finds: a word alone ("Korea" of "Korea's")
  ** by its hash; words joined only when a listed word of their length
  ** has a joiner, as most have not */
  const list_slot *sl = w == wd ? list_slot_of(t + p, n, wd->hash)
                        : n >= LIST_WORD_MAX || !(listed_joined >> n & 1) ? &no_slot
                                                                         : filled_word_slot(t + p, n);
  *tk = (token){.s = (uint32_t)p,
                .e = (uint32_t)q,
                .cap = (uint8_t)((wd->flags & (IVL_WORD_CAPITAL | IVL_WORD_DIGIT)) != 0),
                .upper = (uint8_t)all_capitals(t + p, n, len - p), /* a joiner is no letter to it */
                .word = TOKEN_JOINED,
                .id = sl->id,
                .known = 0,
                .lists = lists | sl->lists};
  return (size_t)(w - wd) + 1;
}

/* The token at view offset p, a byte that is no space, read from the
** text: a word the table has not in ASCII ('read' 0: ascii_word() is
** tried first; -1: it would not read it), a word joined by '-', '&' or an
** apostrophe or beyond ASCII, a punctuation character. Its end. The
** list table is filled: its callers see to it. Out of tokenize()'s loop:
** one token in fifteen comes here (12.6K of 190K on /tmp/b1), and its
** locals kept the loop's in memory. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t token_from_text(const char *t, size_t len, size_t p, int read, token *tk) {
  unsigned char c = (unsigned char)t[p];
  *tk = (token){.s = (uint32_t)p};
  if (read == 0 && ascii_word(t, len, p, tk)) return tk->e;
  int wide = c >= 0x80;
  if (ivl_utf8_alnum_at(t, len, p)) {
    wide = read_word(t, len, p, tk);
    tk->word = TOKEN_JOINED;
  } else {
    size_t n = 1;
    if (c >= 0x80) ivl_utf8_decode(t + p, len - p, &n);
    tk->e = (uint32_t)(p + n);
  }
  size_t n = tk->e - tk->s;
  const list_slot *sl = n == 1 && c < 0x80 ? byte_slot[c]
                        : wide && (n >= LIST_WORD_MAX || !(listed_wide >> n & 1)) ? &no_slot
                                               : filled_word_slot(t + tk->s, n);
  tk->lists |= sl->lists | (tk->word ? 0 : LIST_punct); /* the table's tokens are words */
  tk->id = sl->id;
  return tk->e;
}

/* The tokens a text has at most, about: words of news text average over
** five bytes with the space after them. Reserved at once, as the array
** grown a token at a time was copied over and over. */
#define TOKENS_FOR(len) ((len) / 4 + 16)

/* The article's text cut into tokens: most of them the word table's
** ASCII words, then single ASCII punctuation bytes, both read here; the
** rest from the text (token_from_text). Pointers to the token written and
** the array's end, in locals: kept in 'w', the count was loaded and stored
** again at each token, as a token's stores may alias it. Not inlined into
** by_shape(): compiled on its own, its loop keeps more in registers. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int tokenize(const char *t, size_t len, const ivl_words *ws, words *w) {
  pthread_once(&list_once, fill_list_table);
  if (IVL_GROW(w->t, w->cap, TOKENS_FOR(len))) return -1;
  token *tk = w->t, *room = w->t + w->cap;
  const ivl_word *next = ws->w, *end = ws->w + ws->n; /* the table's first word not before p */
  for (size_t p = 0; p < len;) {
    unsigned char c = (unsigned char)t[p];
    unsigned k = byte_class[c];
    if (k & BYTE_SPACE) { p++; continue; }
    if (tk == room) {
      w->n = (size_t)(tk - w->t);
      if (IVL_GROW(w->t, w->cap, w->n + 1)) return -1;
      tk = w->t + w->n, room = w->t + w->cap;
    }
    int read = -1; /* a byte that is no letter or digit starts no ASCII word */
    if (k & BYTE_ALNUM) {
      while (next < end && next->vs < p) next++;
      /* the table's words one space apart ("the firm said it"), read one
      ** after another: the next starts where the space after one ends */
      const token *first = tk;
      /* a word gives one token at most: the words up to 'stop' fit in the
      ** room, which is not asked again at each */
      const ivl_word *stop = (size_t)(room - tk) < (size_t)(end - next) ? next + (room - tk) : end;
      while (next < stop && next->vs == p) {
        uint32_t kind = next->flags & (IVL_WORD_ASCII | IVL_WORD_JOINED);
        size_t spanned;
        if (kind == IVL_WORD_ASCII) word_from_table(t, len, p, next, tk);
        else if (kind == 0 && ws->pos) wide_word_from_table(t, p, ws->pos[next->fe], next, tk);
        else if (kind == (IVL_WORD_ASCII | IVL_WORD_JOINED) &&
                 (spanned = joined_words_from_table(t, len, p, next, end, tk)))
          next += spanned - 1;
        else break;
        next++; /* the next token starts past this word */
        p = (tk++)->e;
        if (p < len && t[p] == ' ') p++;
      }
      if (tk > first) continue; /* what is at p is read as any token */
      read = 0;
      /* a word of the table not written in ASCII starting at p ("Nguyễn")
      ** and joined to more, or read without its folding: its ASCII letters
      ** from p run into a byte beyond ASCII (fold.c cuts a word at any other
      ** byte, keeping its flag), where ascii_word() would stop and give up;
      ** or one written in ASCII that goes on past its letters and digits,
      ** joined ("Osaka-based") */
      if (next < end && next->vs == p && (next->flags & (IVL_WORD_ASCII | IVL_WORD_JOINED)) != IVL_WORD_ASCII)
        read = -1;
    } else if (c < 0x80) { /* ASCII punctuation, a token of its own: what token_from_text() reads */
      const list_slot *sl = byte_slot[c];
      *tk++ = (token){.s = (uint32_t)p, .e = (uint32_t)p + 1, .id = sl->id, .lists = sl->lists | LIST_punct};
      p++;
      if (p < len && t[p] == ' ') p++;
      continue;
    }
    p = token_from_text(t, len, p, read, tk++);
    if (p < len && t[p] == ' ') p++; /* the space after most tokens, skipped at once */
  }
  w->n = (size_t)(tk - w->t);
  return 0;
}

/* tokenize() with no fast path: every token read from the text, as
** token_from_text() reads it, the word table unused. The reference the
** tests compare tokenize() with (by_shape's every_step). */
static int tokenize_from_text(const char *t, size_t len, words *w) {
  pthread_once(&list_once, fill_list_table);
  for (size_t p = 0; p < len;) {
    unsigned k = byte_class[(unsigned char)t[p]];
    if (k & BYTE_SPACE) { p++; continue; }
    if (IVL_GROW(w->t, w->cap, w->n + 1)) return -1;
    p = token_from_text(t, len, p, (k & BYTE_ALNUM) ? 0 : -1, &w->t[w->n++]);
  }
  return 0;
}

long ivl_names_tokens_check(const char *text, size_t len, const ivl_words *ws) {
  words fast = {0}, slow = {0};
  long at = -2; /* out of memory */
  if (tokenize(text, len, ws, &fast) == 0 && tokenize_from_text(text, len, &slow) == 0) {
    size_t i = 0;
    for (; i < fast.n && i < slow.n; i++) {
      const token *a = &fast.t[i], *b = &slow.t[i];
      if (a->s != b->s || a->e != b->e || a->cap != b->cap || a->upper != b->upper || a->word != b->word ||
          a->id != b->id || a->known != b->known || a->lists != b->lists)
        break;
    }
    at = i == fast.n && i == slow.n ? -1 : (long)i;
  }
  free(fast.t);
  free(slow.t);
  return at;
}

/* {======== reading chunks ======== */

/* The names found so far by where they start: a place read by shape takes
** over a name of the same span (add_place), and looking through every name
** for it made an article of thousands of places quadratic. Items of one
** start are chained in the order added, so the first one found is the
** first in the list. */
typedef struct span_slot {
  size_t vstart;
  uint32_t head, tail; /* item index + 1; head 0: the slot is empty */
} span_slot;

typedef struct span_index {
  span_slot *slots; /* open addressing, a power of two */
  size_t cap, used;
  uint32_t *next;   /* per item: the next item of its start, index + 1 */
  size_t next_cap;
  size_t indexed;   /* the items indexed so far */
} span_index;

static span_slot *span_slot_of(span_slot *slots, size_t cap, size_t vstart) {
  size_t i = (size_t)ivl_hash(IVL_HASH_START, &vstart, sizeof vstart) & (cap - 1);
  while (slots[i].head && slots[i].vstart != vstart) i = (i + 1) & (cap - 1);
  return &slots[i];
}

static int span_grow(span_index *x) {
  size_t cap = x->cap ? x->cap * 2 : 256;
  span_slot *slots = calloc(cap, sizeof *slots);
  if (!slots) return -1;
  for (size_t i = 0; i < x->cap; i++)
    if (x->slots[i].head) *span_slot_of(slots, cap, x->slots[i].vstart) = x->slots[i];
  free(x->slots);
  x->slots = slots;
  x->cap = cap;
  return 0;
}

/* Item 'item' (the last added) starts at 'vstart'. */
static int span_add(span_index *x, size_t item, size_t vstart) {
  if ((x->used + 1) * 2 > x->cap && span_grow(x)) return -1;
  if (IVL_GROW(x->next, x->next_cap, item + 1)) return -1;
  x->next[item] = 0;
  span_slot *sl = span_slot_of(x->slots, x->cap, vstart);
  if (!sl->head) {
    sl->vstart = vstart;
    sl->head = (uint32_t)item + 1;
    x->used++;
  } else {
    x->next[sl->tail - 1] = (uint32_t)item + 1;
  }
  sl->tail = (uint32_t)item + 1;
  return 0;
}

/* Index the items of 'ns' added since the last call. The index is wanted
** only where a place is added, in few articles: it is brought up to date
** there, not at every name found. */
static int span_catch_up(span_index *x, const ivl_names *ns) {
  for (; x->indexed < ns->n; x->indexed++)
    if (span_add(x, x->indexed, ns->items[x->indexed].vstart)) return -1;
  return 0;
}

/* The first item starting at 'vstart', index + 1 (0: none). */
static uint32_t span_first(const span_index *x, size_t vstart) {
  return x->cap ? span_slot_of(x->slots, x->cap, vstart)->head : 0;
}

static void span_free(span_index *x) {
  free(x->slots);
  free(x->next);
}

/* The last run known_name() asked the gazetteer about, and its answer. */
typedef struct known_memo {
  size_t a, b; /* b 0: none yet */
  int known;
} known_memo;

/* The last run firm_context() judged, and firm_verdict()'s answer. */
typedef struct firm_memo {
  size_t a, b; /* b 0: none yet */
  int verdict;
} firm_memo;

/* The text's runs of ASCII letters and digits, each with the hash of its
** bytes in lower case, sorted by hash: made once a text has been asked
** RUN_INDEX_AFTER times where a word is written again, so that the asking
** does not walk the whole text for each word (written_lower,
** acronym_named_elsewhere: a 1.35 MB article of 30,000 acronyms that
** invest took 9.4 s so, 0.7 s with it). Most articles ask a few times,
** where walking is cheaper than making it (made at the first asking, it
** cost 1.5 % more instructions on /tmp/b1). */
#define RUN_INDEX_AFTER 8
typedef struct text_run {
  uint64_t hash;
  uint32_t s, n;
} text_run;

/* What the asks found of a group of runs of one hash (at its first run),
** for the spelling first asked of it (the word at lower_s, acr_s), so that
** a word written thousands of times is not walked over at each ask: an
** article of 15,000 / 30,000 sentences that each name "LCP" took 0.72 /
** 2.38 s of CPU. Another spelling of the group walks. */
typedef struct run_memo {
  uint8_t lower;                   /* 0 not yet asked; 1 not written in lower case; 2 written so */
  uint8_t acr;                     /* 0 not yet asked; 1 asked */
  uint32_t lower_s;
  uint32_t acr_s, acr_count, acr_first; /* where it is an acronym named elsewhere: how often, the first */
} run_memo;

/* A group's memo, in run_index's table: group is its first run's index
** plus 1, 0 in a free slot. */
typedef struct memo_slot {
  uint32_t group;
  run_memo m;
} memo_slot;

typedef struct run_index {
  text_run *runs;
  /* the memos of the groups asked, by group: a table of those asked, not
  ** one memo a run (20 bytes a run, 6.6 MB zeroed for a 2 MB article
  ** that asks some 25 times) */
  memo_slot *memo;
  size_t nmemo, memo_cap;
  size_t n, cap;
  int asked, made, failed;
} run_index;

/* The names found so far by the hash of their first word (their bytes up
** to the first space), for shortens_earlier_org(): a span_index keyed by
** that hash, not by a start. Names keep their spans once added (add_place
** replaces one by a name of the same span), so a name's key stays right;
** what else the question asks of a name (its type, where it ends) is
** asked of each one found. Made once a text has asked more than
** RUN_INDEX_AFTER times: an article of 20,000 firms "based in" a place,
** each looked for among the organisations before it, took 1.26 s of
** CPU, four times its first half. */
typedef struct head_index {
  span_index x;
  int asked;
} head_index;

typedef struct reader {
  const ivl_gazetteer *g;
  const char *text;
  size_t len;
  /* the text's tokens, words.t and words.n: kept here, not behind a
  ** pointer to the words, where a token's read began with a load more
  ** (0.35M Ir on /tmp/b1); t[n] is end_tokens()'s */
  const token *t;
  size_t n;
  ivl_names *out;
  span_index spans; /* of out's items, brought up to date by add_place */
  int kind_key, province_key; /* the symbols of the gazetteer's fields "kind" and
                                 "province", found once per text, not at each name */
  known_memo *memo;
  firm_memo *firm;
  run_index *runs;
  head_index *heads;
  int every_step; /* no step skipped (chunk_words_of, chunk_end, read_chunk), every token
                     read from the text (tokenize_from_text): the tests' reference */
} reader;

static const char *tok_text(const reader *r, size_t i) { return r->text + r->t[i].s; }
static size_t tok_len(const reader *r, size_t i) { return r->t[i].e - r->t[i].s; }
/* Is token i in the list named 'list'? */
#define tok_is(r, i, list) tok_in((r), (i), LIST_##list)
static int tok_in(const reader *r, size_t i, uint32_t list) { return i < r->n && (r->t[i].lists & list); }
/* Is token i the word 'w' of WORDS (ASCII case ignored)? */
#define tok_eq(r, i, w) tok_word((r), (i), WORD_##w)
static int tok_word(const reader *r, size_t i, unsigned id) { return i < r->n && r->t[i].id == id; }
static int tok_char(const reader *r, size_t i, char c) {
  return i < r->n && !r->t[i].word && tok_len(r, i) == 1 && r->text[r->t[i].s] == c;
}
/* Is token i an apostrophe ("firm's" is "firm", "'", "s")? */
static int apostrophe(const reader *r, size_t i) {
  if (i >= r->n || r->t[i].word) return 0;
  const char *p = tok_text(r, i);
  size_t n = tok_len(r, i);
  return (n == 1 && p[0] == '\'') || (n == 3 && memcmp(p, "\xE2\x80\x99", 3) == 0);
}

/* Is the gap before token i the line break of a paragraph wrapped by
** hand inside a name: one newline among spaces, the line it ends long (50
** bytes or more, as the layout's wrapped_on) and ended by a capitalised
** word, the next line no bullet? A PDF's text breaks its lines so, inside
** names too ("Minh Tri / Mechanical JSC"): there the break is a space. A
** line ended by a lower-case word keeps its break ("a local miller /
** Updated - December 02": a date line under a deck). */
static int soft_break(const reader *r, size_t i) {
  if (i == 0 || !r->t[i - 1].word || !r->t[i - 1].cap) return 0;
  uint32_t from = r->t[i - 1].e, to = r->t[i].s;
  uint32_t nl = to;
  for (uint32_t p = from; p < to; p++) {
    if (r->text[p] == '\n') {
      if (nl != to) return 0;
      nl = p;
    } else if (r->text[p] != ' ') {
      return 0;
    }
  }
  if (nl == to || nl == 0) return 0;
  unsigned char last = (unsigned char)r->text[nl - 1];
  if (!(ivl_isalnum(last) || last == ',' || last >= 0x80)) return 0;
  uint32_t ls = nl;
  while (ls > 0 && r->text[ls - 1] != '\n' && nl - ls < 50) ls--;
  if (nl - ls < 50 || memchr(r->text + ls, '|', nl - ls)) return 0; /* no table's row */
  const unsigned char *q = (const unsigned char *)r->text + to;
  if (to + 1 < r->len && (q[0] == '-' || q[0] == '*') && q[1] == ' ') return 0; /* a bullet */
  return !(to + 3 < r->len && q[0] == 0xE2 && ((q[1] == 0x80 && q[2] == 0xA2) || (q[1] == 0x96 && q[2] == 0xAA)));
}

/* Is token i next to token i-1, with only spaces between (or the break
** of a wrapped line)? */
static int adjacent(const reader *r, size_t i) {
  for (uint32_t p = r->t[i - 1].e; p < r->t[i].s; p++)
    if (r->text[p] != ' ') return soft_break(r, i);
  return 1;
}

/* An en or em dash token. */
static int is_dash(const reader *r, size_t i) {
  return i < r->n && !r->t[i].word && tok_len(r, i) == 3 &&
         (memcmp(tok_text(r, i), "\xe2\x80\x93", 3) == 0 || memcmp(tok_text(r, i), "\xe2\x80\x94", 3) == 0);
}

/* A legal form of two capitals, a word or no word when written otherwise
** ("as", "Sa"): "Havfarm Nordic AS" (Norway), "Velis Energie SA", "Kanto
** Denki KK", after a word of the name not in capitals (not a headline's
** "VIETNAM AS HUB"). */
static int capitals_form(const reader *r, size_t i) {
  static const char forms[][3] = {"AS", "SA", "AG", "KK", "NV", "BV"};
  if (i == 0 || i >= r->n || !r->t[i].upper || tok_len(r, i) != 2) return 0;
  const token *p = &r->t[i - 1];
  if (!p->word || !p->cap || p->upper || !adjacent(r, i)) return 0;
  for (size_t k = 0; k < sizeof forms / sizeof *forms; k++)
    if (memcmp(tok_text(r, i), forms[k], 2) == 0) return 1;
  return 0;
}

static int is_legal_suffix(const reader *r, size_t i) {
  return tok_is(r, i, legal) || capitals_form(r, i);
}

/* Does [a, b) hold a legal form capitals_form() reads? */
static int capitals_form_in(const reader *r, size_t a, size_t b) {
  for (size_t i = a + 1; i < b; i++)
    if (r->t[i].upper && capitals_form(r, i)) return 1;
  return 0;
}

static const ivl_name *known_at(const reader *r, size_t i);
static int firm_short_form_of_city(const reader *r, size_t a, size_t b);

/* "A/S", "K/S" from token i on: two capitals and a slash, no spaces
** (Danish and Norwegian companies). */
static int slashed_form(const reader *r, size_t i) {
  if (i + 2 >= r->n || tok_len(r, i) != 1 || tok_len(r, i + 2) != 1 || !tok_char(r, i + 1, '/')) return 0;
  const token *t = r->t;
  return ivl_isupper((unsigned char)tok_text(r, i)[0]) && ivl_isupper((unsigned char)tok_text(r, i + 2)[0]) &&
         t[i].e == t[i + 1].s && t[i + 1].e == t[i + 2].s;
}

/* A capital of a legal form written in letters: "B.V.", "N.V.", "A/S". */
static int letter_of_form(const reader *r, size_t i) {
  if (tok_len(r, i) != 1 || !ivl_isupper((unsigned char)tok_text(r, i)[0])) return 0;
  return tok_char(r, i + 1, '.') || tok_char(r, i + 1, '/') || (i > 0 && tok_char(r, i - 1, '/'));
}

/* Is token i a legal form written in lower case after a name ("plc")?
** Thai listed firms as Reuters and VIR write them: "Siam Eastern Estate
** pcl" (set qweek10), whose form the gold keeps as written. */
__attribute__((noinline)) static int lower_legal_form(const reader *r, size_t i) {
  static const char *const forms[] = {"plc", "ltd", "inc", "llc", "bhd", "tbk", "pcl", NULL};
  for (int k = 0; forms[k]; k++)
    if (tok_len(r, i) == strlen(forms[k]) && memcmp(tok_text(r, i), forms[k], tok_len(r, i)) == 0) return 1;
  return 0;
}

/* After the stop at j: "Pte. Ltd.", "Co. Ltd" (two legal forms), "S.p.A.",
** "S.r.l." (a legal form of letters and stops, any case). Out of line:
** chunk_end() stays small enough for its callees to be inlined. */
__attribute__((noinline)) static int form_goes_on(const reader *r, size_t j) {
  if (is_legal_suffix(r, j - 1) && is_legal_suffix(r, j + 1) && adjacent(r, j + 1)) return 1;
  return tok_len(r, j - 1) == 1 && tok_len(r, j + 1) == 1 && r->t[j + 1].word && !r->t[j + 1].cap &&
         r->t[j - 1].e == r->t[j].s && r->t[j].e == r->t[j + 1].s;
}

/* "Saigon Co.op": a word written with a stop inside it, the stop at j
** between two words with no space and the second in lower case, is one
** word of the name, not a legal form ending it ("Saigon Co." before "op"). */
__attribute__((noinline)) static int stop_inside_word(const reader *r, size_t j) {
  return j + 1 < r->n && r->t[j + 1].word && !r->t[j + 1].cap && tok_len(r, j + 1) >= 2 &&
         r->t[j - 1].e == r->t[j].s && r->t[j].e == r->t[j + 1].s;
}

/* "Lotte Properties (Vietnam) Co., Ltd": the country of a local arm in
** brackets at j, then a legal form. */
__attribute__((noinline)) static int country_then_form(const reader *r, size_t j) {
  return j + 3 < r->n && r->t[j + 1].word && r->t[j + 1].cap && tok_char(r, j + 2, ')') &&
         is_legal_suffix(r, j + 3) && r->t[j + 3].cap && known_at(r, j + 1) &&
         known_at(r, j + 1)->type == IVL_SYM_COUNTRY;
}

static int vn_spelt(const reader *r, size_t i, const char *plain, const char *marked);

/* "Everbright Glass Technology (Viet Nam) Co., Ltd": the country of the
** local arm in the two words of the official spelling ("Viet Nam", "Việt
** Nam"), then a legal form, as country_then_form reads "(Vietnam)" (set
** qweek29): whether the five tokens from j read so. */
#if defined(__GNUC__)
__attribute__((noinline)) /* out of the run's loop: few runs have a bracket */
#endif
static int viet_nam_then_form(const reader *r, size_t j) {
  return j + 4 < r->n && (vn_spelt(r, j + 1, "Viet", "Vi\xe1\xbb\x87t")) && tok_len(r, j + 2) == 3 &&
         memcmp(tok_text(r, j + 2), "Nam", 3) == 0 && tok_char(r, j + 3, ')') && is_legal_suffix(r, j + 4) &&
         r->t[j + 4].cap;
}

/* "... granted to Ogawa Denki Co., Ltd. The plant": the stop at j after
** "Ltd" ends the sentence too (a capital or the text's end follows), and
** the name is written without it, as it is mid-sentence ("Co., Ltd"). */
__attribute__((noinline)) static int ltd_ends_sentence(const reader *r, size_t j) {
  if (tok_len(r, j - 1) != 3 || memcmp(tok_text(r, j - 1), "Ltd", 3) != 0) return 0;
  if (j + 1 >= r->n) return 1;
  return r->t[j + 1].word && r->t[j + 1].cap && r->t[j].e < r->t[j + 1].s;
}

static int money_at(const reader *r, size_t i);

/* Is token i the word spelt plain (no diacritics) or marked? */
static int vn_spelt(const reader *r, size_t i, const char *plain, const char *marked) {
  size_t n = tok_len(r, i);
  const char *w = tok_text(r, i);
  return (n == strlen(plain) && memcmp(w, plain, n) == 0) || (n == strlen(marked) && memcmp(w, marked, n) == 0);
}

/* "Cong ty TNHH Giay Vinh Phat", "Công ty Cổ phần Thép Hòa Phát", "Tổng
** công ty Tân Cảng Sài Gòn", "Tập đoàn Điện lực Việt Nam", "Ngân hàng
** ...": the Vietnamese word for a company, a corporation, a group or a
** bank (its later words in lower case, so is the second of "Cổ phần",
** joint-stock) opening a firm's name written in Vietnamese order. The
** number of tokens before the capitalised word that goes on with the
** name, else 0. */
static size_t vietnamese_company_words(const reader *r, size_t i) {
  size_t k = i;
  if (vn_spelt(r, k, "Tong", "T\xe1\xbb\x95ng") && adjacent(r, k + 1) &&
      vn_spelt(r, k + 1, "cong", "c\xc3\xb4ng"))
    k++; /* "Tổng công ty": the company word follows */
  else if (!vn_spelt(r, k, "Cong", "C\xc3\xb4ng")) {
    /* "Tập đoàn", "Ngân hàng": no legal form after them */
    if (!((vn_spelt(r, k, "Tap", "T\xe1\xba\xadp") && vn_spelt(r, k + 1, "doan", "\xc4\x91o\xc3\xa0n")) ||
          (vn_spelt(r, k, "Ngan", "Ng\xc3\xa2n") && vn_spelt(r, k + 1, "hang", "h\xc3\xa0ng"))) ||
        !adjacent(r, k + 1))
      return 0;
    k += 2;
    return k < r->n && r->t[k].word && r->t[k].cap && adjacent(r, k) ? k - i : 0;
  }
  if (k + 2 >= r->n || tok_len(r, k + 1) != 2 || memcmp(tok_text(r, k + 1), "ty", 2) != 0 || !adjacent(r, k + 1))
    return 0;
  k += 2;
  /* "Cổ phần", "Co phan" */
  if (k + 2 < r->n && r->t[k].cap && adjacent(r, k + 1) && adjacent(r, k + 2) &&
      vn_spelt(r, k + 1, "phan", "ph\xe1\xba\xa7n"))
    k += 2;
  return r->t[k].word && r->t[k].cap && adjacent(r, k) ? k - i : 0;
}

/* vietnamese_company_words, asked of a capital word only when its first
** bytes could open one of those words. */
static inline size_t vietnamese_company(const reader *r, size_t i) {
  /* the first word's first two bytes first, a lower-case word after it
  ** ("Cong", "Công", "Tong", "Tổng", "Tap", "Tập", "Ngan", "Ngân"): most
  ** chunks are turned away here, not "The" */
  size_t n = tok_len(r, i);
  const unsigned char *w = (const unsigned char *)tok_text(r, i);
  if (n < 3 || n > 6 || i + 2 >= r->n || r->t[i + 1].cap) return 0;
  if (!((w[0] == 'C' && (w[1] == 'o' || w[1] == 0xC3)) || (w[0] == 'N' && w[1] == 'g') ||
        (w[0] == 'T' && (w[1] == 'o' || w[1] == 'a' || w[1] == 0xE1))))
    return 0;
  return vietnamese_company_words(r, i);
}

/* In a name opened so: a word of the name whose syllables after the first
** are in lower case, as Vietnamese writes them ("Đầu tư", "Xây dựng",
** "Viễn thông", "Cà phê"): one in lower case with a Vietnamese letter
** (no English word has one), right after a word of the name. */
static int plain_second_syllable(const reader *r, size_t j);

static int vietnamese_syllable(const reader *r, size_t j) {
  const token *tk = &r->t[j];
  if (!tk->word || tk->cap || !r->t[j - 1].word || !adjacent(r, j)) return 0;
  for (uint32_t p = tk->s; p < tk->e; p++)
    if ((unsigned char)r->text[p] >= 0x80) return 1;
  return plain_second_syllable(r, j);
}

/* "Cong ty Co phan Nang luong Mat troi Tay Ninh Xanh", "Cong ty TNHH Lop
** xe Evergrand": the name written without its marks, a lower-case word of
** a syllable's shape between a capitalised syllable of the name and the
** capitalised word that goes on with it, is a Vietnamese word's second
** syllable ("luong" of "Nang luong"), when the word after it is a
** syllable too ("Mat troi Tay Ninh"): an English word of that shape
** stands between a name and a foreign one ("Cong ty TNHH Minh Khang met
** Samsung officials"). Not a connector or a particle. */
static int plain_second_syllable(const reader *r, size_t j) {
  if (j + 1 >= r->n || !r->t[j + 1].word || !r->t[j + 1].cap || !adjacent(r, j + 1) || !r->t[j - 1].cap ||
      tok_in(r, j, LIST_particles | LIST_connectors | LIST_stop_words | LIST_legal))
    return 0;
  return ivl_names_vn_syllable(tok_text(r, j), tok_len(r, j)) &&
         ivl_names_vn_syllable(tok_text(r, j - 1), tok_len(r, j - 1)) &&
         ivl_names_vn_word(r->text, r->t[j + 1].s, r->t[j + 1].e);
}

static int opener_of(const reader *r, size_t a);

/* A body's field written with a capital ("Trade", "Investment", "Foreign",
** "Commonwealth"): a portfolio's word, a trade's or a sector the gazetteer
** knows; not a body's own opener ("Department" starts a name of its own). */
static int field_word(const reader *r, size_t k) {
  if (k >= r->n || !r->t[k].word || !r->t[k].cap || tok_is(r, k, org_openers)) return 0;
  if (tok_in(r, k, LIST_not_name_words | LIST_trade_words)) return 1;
  const ivl_name *kn = known_at(r, k);
  return kn && kn->type == IVL_SYM_SECTOR;
}

/* "The Ministry of Economy, Trade and ...", "HCM City Department of
** Planning, Investment and ...": a body's opener and its "of" in [i, j),
** though the chunk opens before it. */
static int body_of_in(const reader *r, size_t i, size_t j) {
  for (size_t k = i; k + 1 < j; k++)
    if (opener_of(r, k)) return 1;
  return 0;
}

/* "Investment, Trade and Tourism Promotion Centre", "Foreign, Commonwealth
** and Development Office": at the comma j after a field word, more field
** words (commas between), then "and" and capitalised words up to a body's
** head word: one body's name that lists its fields before its head. Not
** "Samsung, LG and Intel" nor "Hà Nội, Hải Phòng and Quảng Ninh": no fields.
** Out of line, as form_goes_on: asked at a comma only, and chunk_end()
** stays small enough for its callees to be inlined. */
__attribute__((noinline)) static int fields_before_head(const reader *r, size_t j) {
  if (!field_word(r, j - 1)) return 0;
  size_t k = j;
  while (tok_char(r, k, ',') && field_word(r, k + 1)) {
    k += 2;
    while (field_word(r, k) && adjacent(r, k)) k++;
  }
  if (k == j || !tok_eq(r, k, and) || r->t[k].cap) return 0;
  for (size_t e = k + 1; e < r->n && e < k + 6 && r->t[e].word && r->t[e].cap && adjacent(r, e); e++)
    if (tok_is(r, e, org_openers) || tok_eq(r, e, committee)) return 1;
  return 0;
}

/* After a body's name and its fields, at the comma j: the capitalised word
** after it goes on with the name ("Ministry of Trade, Industry and
** Energy"); a field word only when the chunk opened before the body ("The
** Ministry of Economy, Trade and ..."). Not a name the gazetteer knows
** ("the Ministry of Finance, Vietcombank and BIDV"). Out of line, as
** fields_before_head. */
__attribute__((noinline)) static int body_fields_go_on(const reader *r, size_t i, size_t j, int opener_of) {
  if (j + 1 >= r->n || !r->t[j + 1].word || !r->t[j + 1].cap) return 0;
  const ivl_name *k = known_at(r, j + 1);
  if (k && k->type != IVL_SYM_SECTOR) return 0;
  return opener_of || (field_word(r, j + 1) && body_of_in(r, i, j));
}

/* Is token j the apostrophe of a plural possessive ("Farmers'", right
** after its "s"), a body's head word right after it ("Farmers'
** Association", "Forest Owners' Union"; set qagri)? Not a possessive
** before anything else ("the Owners' plans", "Investors' Hà Nội"). */
static int plural_possessive_head(const reader *r, size_t j) {
  if (j == 0 || j + 1 >= r->n || !apostrophe(r, j) || r->t[j].s != r->t[j - 1].e) return 0;
  if (r->text[r->t[j - 1].e - 1] != 's' || tok_len(r, j - 1) < 3) return 0;
  return r->t[j + 1].word && r->t[j + 1].cap && adjacent(r, j + 1) && tok_is(r, j + 1, org_heads);
}

/* At j a "for" (after it, k: the first capitalised word past "the"): do
** the capitalised words from k, alone or joined by "and", only qualify a
** works' noun in lower case right after them ("with Japan's Meiden Aqua
** Services for the Kim Lũ and Phú Đô treatment plants": set qweek48)?
** Then they name the works the deal is for, not the rest of the firm's
** name, which ends before "for". Not a body named for a field ("Ministry
** for the Environment", "Centre for Water Resources Planning"): no works'
** noun follows those. Out of line, as fields_before_head. */
__attribute__((noinline)) static int for_named_works(const reader *r, size_t j, size_t k) {
  static const char *const works[] = {"plant", "plants", "project", "projects", "factory", "factories",
                                      "station", "stations", "works", "facility", "facilities", "complex",
                                      "network", "reservoir", "landfill", NULL};
  if (!tok_eq(r, j, for)) return 0;
  size_t e = k;
  while (e < r->n && e < k + 10 && adjacent(r, e) && r->t[e].word &&
         (r->t[e].cap || (tok_eq(r, e, and) && e + 1 < r->n && r->t[e + 1].cap)))
    e++;
  if (e == k) return 0;
  /* up to two lower-case words of the works' kind ("treatment", "water
  ** supply"), no preposition between: not "Ministry for Primary Industries
  ** on plant and animal health", a body and what its deal is on */
  static const char *const prepositions[] = {"on", "in", "of", "at", "to", "with", "by", "from", "about", "into",
                                             "over", "under", NULL};
  for (size_t w = e; w < r->n && w < e + 3 && r->t[w].word && !r->t[w].cap && adjacent(r, w); w++) {
    if (one_of(tok_text(r, w), tok_len(r, w), prepositions)) return 0;
    if (one_of(tok_text(r, w), tok_len(r, w), works)) return 1;
  }
  return 0;
}

/* The head words of a school's name. */
static const char *const schools[] = {"university", "school", "college", "academy", NULL};

/* "University of Medicine and Pharmacy at HCM City": a school's name
** opened by its head and "of" (the chunk from i) goes on with "at" and
** the city the gazetteer knows right after it, as the school names
** itself; the end past the place, or 0 (set qweek23: else the
** school and the city apart). Not after a firm's or a ministry's name,
** where "at" tells where it acts. */
static size_t school_at_city(const reader *r, size_t i, size_t j) {
  if (tok_eq(r, i, the) && i + 1 < j) i++; /* "The University of ..." opening a sentence */
  if (!r->t[i].cap || !one_of(tok_text(r, i), tok_len(r, i), schools) || !tok_eq(r, i + 1, of) ||
      tok_len(r, j) != 2 || !ivl_ascii_ieq(tok_text(r, j), 2, "at") || j + 1 >= r->n || !adjacent(r, j + 1))
    return 0;
  const ivl_name *k = known_at(r, j + 1);
  if (!k || k->type != IVL_SYM_LOCATION || k->vstart != r->t[j + 1].s) return 0;
  size_t e = j + 1;
  while (e < r->n && r->t[e].s < k->vend) e++;
  return e;
}

/* The end (exclusive token index) of the chunk starting at cap word i. */
static int number_alone(const reader *r, size_t a, size_t b);

static size_t chunk_end(const reader *r, size_t i) {
  size_t j = i + 1, n = r->n;
  int opener_of = tok_is(r, i, org_openers) &&
                  (tok_eq(r, i + 1, of) || (tok_eq(r, i + 1, general) && tok_eq(r, i + 2, of)));
  size_t vn_form = r->t[i].cap ? vietnamese_company(r, i) : 0;
  if (vn_form) j = i + vn_form; /* past "Cong ty", "Cổ phần": lower-case words of the name */
  while (j < n && j - i < MAX_TOKENS) {
    const token *tk = &r->t[j];
    if (tk->word && tk->cap && tk->s <= r->t[j - 1].e + 1 && adjacent(r, j)) {
      if (tk->lists & LIST_headline_verbs) break;
      j++;
      continue;
    }
    if (vn_form && vietnamese_syllable(r, j)) {
      j++;
      continue;
    }
    size_t at_city = school_at_city(r, i, j);
    if (at_city) {
      j = at_city;
      continue;
    }
    /* a word that is no particle or connector ends the chunk: each test
    ** below wants one of those at j, or punctuation */
    if (tk->word && !(tk->lists & (LIST_particles | LIST_connectors | LIST_legal)) && !r->every_step) break;
    /* "Unilever plc": a legal form in lower case ends the name */
    if ((tk->lists & LIST_legal) && tk->word && !tk->cap && lower_legal_form(r, j) && adjacent(r, j)) {
      j++;
      break;
    }
    if (tok_char(r, j, '(') && country_then_form(r, j)) {
      j += 4;
      continue;
    }
    if (tok_char(r, j, '(') && viet_nam_then_form(r, j)) {
      j += 5;
      continue;
    }
    /* "Marieke van den Berg" */
    size_t q = j;
    while (q < n && q - j < 3 && !r->t[q].cap && tok_is(r, q, particles) && adjacent(r, q)) q++;
    if (q > j && q < n && r->t[q].word && r->t[q].cap && adjacent(r, q) && !tok_is(r, j, connectors)) {
      j = q + 1;
      continue;
    }
    /* "Co., Ltd", "Co.,Ltd", "Corp.", "C. Steinweg" */
    if (tok_char(r, j, '.') && tok_len(r, j - 1) <= 4 && j + 1 < n) {
      if (tok_char(r, j + 1, ',') && is_legal_suffix(r, j + 2)) { j += 3; continue; }
      if (form_goes_on(r, j) || stop_inside_word(r, j)) {
        j += 2;
        continue;
      }
      if (ivl_isdigit((unsigned char)tok_text(r, j - 1)[0])) break; /* "District 1. Its" */
      if (is_legal_suffix(r, j - 1) || tok_len(r, j - 1) == 1) {
        if (r->t[j + 1].cap && r->t[j + 1].word && tok_len(r, j - 1) == 1) { j++; continue; }
        if (ltd_ends_sentence(r, j)) break;
        j++;
        break;
      }
    }
    if (tok_char(r, j, ',') && is_legal_suffix(r, j + 1)) { j += 2; continue; }
    /* "Lindqvist A/S": a legal form of two letters and a slash */
    if (slashed_form(r, j - 1)) { j += 2; continue; }
    /* "Điện Nam–Điện Ngọc Industrial Park": two names joined by a dash, no spaces */
    if (is_dash(r, j) && j + 1 < n && r->t[j - 1].e == tk->s && tk->e == r->t[j + 1].s &&
        r->t[j + 1].word && r->t[j + 1].cap) {
      j += 2;
      continue;
    }
    /* "Ministry of Trade, Industry and Energy" */
    /* "Hà Nội Investment, Trade and Tourism Promotion Centre" */
    if (tok_char(r, j, ',') && (body_fields_go_on(r, i, j, opener_of) || fields_before_head(r, j))) {
      j += 2;
      continue;
    }
    /* "Đồng Tháp Farmers' Association": a plural possessive goes on to the body's head */
    if (plural_possessive_head(r, j)) {
      j += 2;
      continue;
    }
    /* lower-case joiners, then a capital again: "Ministry of Planning and Investment" */
    size_t k = j;
    while (k < n && k - j < 2 && tok_is(r, k, connectors) && adjacent(r, k)) k++;
    /* (not a sum: "60 per cent of Hải Long Seafood for VNĐ600 billion";
    ** nor a number: "a deal with Embraer for 12 jets"; nor a firm named in
    ** Vietnamese order: "A and Tổng công ty B" are two) */
    /* (nor a project's name and its owner: "the Phù Mỹ 3 Wind Power
    ** Project of An Phú Wind Power Co., Ltd" names the works, then the
    ** firm whose they are: set qweek45) */
    if (k > j && k < n && adjacent(r, k) && r->t[k].word && r->t[k].cap &&
        !tok_is(r, k, stop_words) && !money_at(r, k) && !number_alone(r, k, k + 1) && !vietnamese_company(r, k) &&
        !(ivl_ascii_ieq(tok_text(r, j - 1), tok_len(r, j - 1), "project") && tok_eq(r, j, of)) &&
        !for_named_works(r, j, k)) {
      j = k + 1;
      continue;
    }
    break;
  }
  while (j > i + 1 && (tok_is(r, j - 1, connectors) || !r->t[j - 1].word) &&
         !tok_char(r, j - 1, '.'))
    j--;
  return j;
}

static ivl_name make(const reader *r, size_t a, size_t b, int type) {
  ivl_name nm = {0};
  nm.vstart = nm.name_s = r->t[a].s;
  nm.vend = nm.name_e = r->t[b - 1].e;
  nm.type = type;
  nm.entry = -1;
  return nm;
}

static int add(reader *r, ivl_name nm) {
  if (IVL_GROW(r->out->items, r->out->cap, r->out->n + 1)) return -1;
  r->out->items[r->out->n++] = nm;
  return 0;
}

/* The gazetteer's name that token i is part of, or NULL. */
static const ivl_name *known_at(const reader *r, size_t i) {
  return i < r->n && r->t[i].known ? &r->out->items[r->t[i].known - 1] : NULL;
}

static int roman_or_number(const reader *r, size_t i);

/* Is token i a word of a name: capitalised, not an acronym, not a
** portfolio, title or generic word of an organisation or a place? */
static int name_word(const reader *r, size_t i) {
  const token *tk = &r->t[i];
  if (!tk->word || !tk->cap || tk->upper) return 0;
  for (uint32_t p = tk->s; p < tk->e; p++)
    if (ivl_isdigit((unsigned char)r->text[p])) return 0;
  return !tok_is(r, i, not_name_words) && !tok_is(r, i, titles) && !tok_is(r, i, stop_words) &&
         !tok_is(r, i, org_heads) && !tok_is(r, i, admin_words) && !tok_is(r, i, place_words) &&
         !roman_or_number(r, i);
}

/* "M." of "M.K. Stalin": a capital letter and a full stop. */
static int initial(const reader *r, size_t i) {
  return i + 1 < r->n && r->t[i].word && r->t[i].cap && tok_len(r, i) == 1 &&
         tok_char(r, i + 1, '.') && adjacent(r, i + 1);
}

/* Is [a, b) a person's name: 1 to 4 name words, with initials ("M.K.
** Stalin") and lower-case particles ("Marieke van den Berg") between them?
** A place the gazetteer knows may stand inside a Vietnamese name after the
** family name ("Nguyễn Văn Phong", "Vương Đình Huệ"); no other known name may. */
static int person_words(const reader *r, size_t a, size_t b) {
  if (b <= a || b - a > 10) return 0;
  size_t nwords = 0;
  for (size_t i = a; i < b; i++) {
    const token *tk = &r->t[i];
    if (i > a && tok_char(r, i, '.') && initial(r, i - 1)) continue;
    if (i > a && i + 1 < b && !tk->cap && tok_is(r, i, particles)) continue;
    nwords++;
    if (initial(r, i) && i + 1 < b) continue;
    if (!name_word(r, i)) return 0;
    if (tk->known) { /* the family name is looked up only here, for the few runs it decides */
      const ivl_name *k = &r->out->items[tk->known - 1];
      if (i == a || k->type != IVL_SYM_LOCATION || k->vstart < r->t[a + 1].s ||
          k->vend > r->t[b - 1].e || !ivl_names_vn_family(tok_text(r, a), tok_len(r, a)))
        return 0;
    }
  }
  return nwords <= 4 && !tok_char(r, b - 1, '.');
}

/* The end of the longest person's name that starts at token i, within b; i
** when none. */
static size_t name_end(const reader *r, size_t i, size_t b) {
  for (size_t e = b < i + 10 ? b : i + 10; e > i; e--)
    if (person_words(r, i, e)) return e;
  return i;
}

/* The gazetteer knows [a, b) as one name of some type (not a person)? A
** lookup folds the run and walks the trie; a third of them asked again
** about the run just asked about (a run no rule read is tried as a firm in
** read_chunk, then by the loop over the chunks), so the last is kept. */
static int known_name(const reader *r, size_t a, size_t b) {
  known_memo *m = r->memo;
  if (m->b == b && m->a == a) return m->known;
  const token *ta = &r->t[a], *tb = &r->t[b - 1];
  *m = (known_memo){a, b, ivl_gazetteer_lookup(r->g, r->text + ta->s, tb->e - ta->s) >= 0};
  return m->known;
}

/* A title after a person's name: ", director of the Foreign Investment
** Agency". Returns the end offset of the title, or 0. */
static uint32_t title_after(const reader *r, size_t i, uint32_t *start) {
  if (!tok_char(r, i, ',')) return 0;
  size_t k = i + 1;
  while (tok_eq(r, k, the) || tok_eq(r, k, a) || tok_eq(r, k, an) || tok_eq(r, k, acting) ||
         tok_eq(r, k, former) || tok_eq(r, k, newly))
    k++;
  size_t first = k;
  /* "the firm's general director" */
  while (k < r->n && (r->t[k].word || apostrophe(r, k)) && !tok_is(r, k, titles) && k - first < 5)
    k++;
  if (!tok_is(r, k, titles)) return 0;
  size_t e = k;
  while (e + 1 < r->n && !tok_char(r, e + 1, ',') && !tok_char(r, e + 1, '.') &&
         !tok_char(r, e + 1, ';') && !tok_char(r, e + 1, '(') && !tok_is(r, e + 1, speech_verbs) &&
         r->text[r->t[e].e] != '\n' && e - k < 16)
    e++;
  *start = r->t[first].s;
  return r->t[e].e;
}

/* "chief executive of Singapore's LogosPark Asia": a name at token i right
** after "of <country>'s" (the country's from token k) that the gazetteer does not
** know is the body the title before is of, not a titled person; a place
** it knows stays titled ("Governor of Japan's Gunma Prefecture"). */
static int of_country_body(const reader *r, size_t k, size_t i) {
  return k > 0 && tok_eq(r, k - 1, of) && !known_at(r, i);
}

/* The title words just before token i, lower case included: "acting
** chairman of the", "Deputy Prime Minister". The index of the first. */
static int paragraph_start(const reader *r, size_t i);

static size_t title_before(const reader *r, size_t i) {
  size_t k = i;
  while (k > 0 && i - k < 12) {
    size_t p = k - 1;
    if (paragraph_start(r, k)) break; /* "... receives Hanwha chairman\n\nUpdate:" */
    if (p >= 2 && tok_eq(r, p, s) && apostrophe(r, p - 1) && known_at(r, p - 2) &&
        known_at(r, p - 2)->type != IVL_SYM_ORGANIZATION) {
      k = p - 2; /* "Governor of Japan's Gunma Prefecture" */
      while (k > 0 && known_at(r, k - 1) == known_at(r, p - 2)) k--;
      if (p + 1 == i && of_country_body(r, k, i)) return i;
      continue;
    }
    if (!r->t[p].word || tok_char(r, p, ',')) break;
    if (tok_in(r, p, LIST_titles | LIST_connectors | LIST_title_fillers))
      k = p;
    else
      break;
  }
  /* "According to economist X": a filler that joins titles opens none */
  while (k < i && (tok_is(r, k, connectors) || (tok_len(r, k) == 2 && (ivl_ascii_ieq(tok_text(r, k), 2, "to") ||
                                                                        ivl_ascii_ieq(tok_text(r, k), 2, "at")))))
    k++;
  for (size_t p = k; p < i; p++)
    if (tok_is(r, p, titles)) return k;
  return i; /* "Program to Respond": no title */
}

/* Is token i first on its line? Last, for i the token after? */
static int line_start(const reader *r, size_t i) {
  if (i == 0) return 1;
  for (uint32_t p = r->t[i - 1].e; p < r->t[i].s; p++)
    if (r->text[p] == '\n') return !soft_break(r, i);
  return 0;
}
static int line_end(const reader *r, size_t i) { return i >= r->n || line_start(r, i); }

/* Is token i first in its paragraph, a blank line before it? */
static int paragraph_start(const reader *r, size_t i) {
  if (i == 0) return 1;
  int lines = 0;
  for (uint32_t p = r->t[i - 1].e; p < r->t[i].s; p++)
    if (r->text[p] == '\n' && ++lines == 2) return 1;
  return 0;
}

static int add_person(reader *r, size_t a, size_t b, uint32_t title_s, uint32_t title_e) {
  ivl_name nm = make(r, a, b, IVL_SYM_PERSON);
  uint32_t ts = 0, te = title_after(r, b, &ts);
  /* "Madam X, Vice President of the National Assembly": the role after the
  ** name is the title, not an honorific alone before it */
  static const char *const honorifics[] = {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "madam", "madame", NULL};
  if (te && (!title_e || (title_e - title_s <= 6 && one_of(r->text + title_s, title_e - title_s, honorifics))))
    title_s = ts, title_e = te;
  /* "the Laguna Lăng Cô resort", "Bến Nghé ward": a place, not a person */
  if (b < r->n && !r->t[b].cap && tok_is(r, b, place_words) && !line_end(r, b)) return 0;
  if (a > 0 && (tok_eq(r, a - 1, the) || tok_eq(r, a - 1, a) || tok_eq(r, a - 1, an))) return 0;
  nm.title_s = title_s;
  nm.title_e = title_e;
  return add(r, nm);
}

/* Words that join title words: "Deputy Prime Minister", "Consul General". */
static int title_word(const reader *r, size_t i) { return tok_in(r, i, LIST_titles | LIST_title_joiners); }

/* "Premier" inside a firm's name, not its first word, the name ending on
** its head ("Vietnam Premier Football Company", "Thai Premier Foods
** Group"): a word of the name, not a head of government ("Chinese Premier
** Li Qiang" ends on a person). */
static int premier_of_firm(const reader *r, size_t i, size_t a, size_t b) {
  return i > a && tok_eq(r, i, premier) && tok_is(r, b - 1, org_heads);
}

/* The first title word of [a, b) that is not part of an organisation's name. */
static size_t find_title(const reader *r, size_t a, size_t b) {
  for (size_t i = a; i < b; i++)
    if (tok_is(r, i, titles) && !tok_eq(r, i, deputy) && !tok_eq(r, i, vice) && !premier_of_firm(r, i, a, b))
      return i;
  return b;
}

static int read_chunk(reader *r, size_t a, size_t b);
static int place_compound(const reader *r, size_t i);
static int parent_compound(const reader *r, size_t i);
static int bare_number(const reader *r, size_t i);
static int add_org(reader *r, size_t a, size_t b);
static int add_bracketed(reader *r, size_t a, size_t b, int type);
static int licence_won_after(const reader *r, size_t b);

/* Is [a, rs) the name of the firm whose title [rs, re) follows: capitalised
** words the gazetteer does not know, before "CEO", "Chairman"...? */
static int firm_qualifier(const reader *r, size_t a, size_t rs, size_t re) {
  int firm = 0;
  for (size_t i = rs; i < re; i++) firm |= tok_is(r, i, firm_titles);
  if (!firm || rs - a > 4) return 0;
  for (size_t i = a; i < rs; i++)
    if (!r->t[i].word || !r->t[i].cap || (known_at(r, i) && known_at(r, i)->type != IVL_SYM_SECTOR) ||
        tok_is(r, i, stop_words) || tok_is(r, i, connectors) || tok_is(r, i, admin_words))
      return 0;
  return !tok_is(r, a, not_name_words);
}

/* [a, b) holds a title at t: "Pyeongtaek Mayor Jung Jang Seon", "Chairman
** of the Fukuoka Prefectural Assembly Kohara Katsuji", "French Ambassador
** Olivier Brochet and AFD Country Director Hervé Conan". The words before
** the title qualify it; a name follows it, or "of ..." and then a name. */
static int read_titled(reader *r, size_t a, size_t t, size_t b, size_t title_start) {
  size_t rs = t, re = t + 1;
  while (rs > a && title_word(r, rs - 1)) rs--;
  while (re < b && title_word(r, re)) re++;
  /* the qualifier: a place, a firm ("Hanul Energy CEO") */
  if (rs > a && firm_qualifier(r, a, rs, re)) {
    if (add_org(r, a, rs)) return -1;
  } else if (rs > a && read_chunk(r, a, rs)) {
    return -1;
  }
  size_t ts = title_start < a ? title_start : a;
  if (re < b && tok_is(r, re, connectors)) { /* "Chairman of the ...", then a name */
    size_t k = re;
    while (k < b && tok_is(r, k, connectors)) k++;
    return k < b ? read_chunk(r, k, b) : 0;
  }
  size_t e = name_end(r, re, b);
  if (e > re && !known_name(r, re, e) &&
      add_person(r, re, e, r->t[ts].s, r->t[re - 1].e))
    return -1;
  while (e < b && tok_is(r, e, connectors)) e++;
  return e < b ? read_chunk(r, e, b) : 0;
}

/* [a, b) starts with a Vietnamese family name and has 3 or 4 name words,
** the last a given name of Vietnamese shape (not "Tạ Khoa Nickel", a firm
** named after a commune). */
static int vietnamese_person(const reader *r, size_t a, size_t b) {
  if (b - a < 3 || b - a > 4 || !ivl_names_vn_family(tok_text(r, a), tok_len(r, a)) ||
      !ivl_names_vn_word(r->text, r->t[b - 1].s, r->t[b - 1].e))
    return 0;
  for (size_t i = a + 1; i + 1 < b; i++) /* "Van de Velde Terminals": no Vietnamese name has a particle */
    if (!r->t[i].cap && r->t[i].word) return 0;
  return person_words(r, a, b);
}

/* "Ministry of", "Council for the", "Consulate General of": a name that
** opens with its generic word. */
static int opener_of(const reader *r, size_t a) {
  return tok_is(r, a, org_openers) &&
         (tok_eq(r, a + 1, of) || tok_eq(r, a + 1, for) || tok_eq(r, a + 1, general));
}

/* Is token v where "Vietnam", "Vina" or "Việt Nam" starts? Its length in
** tokens, or 0. */
static size_t vietnam_at(const reader *r, size_t v) {
  if (tok_eq(r, v, vietnam) || tok_eq(r, v, vina)) return 1;
  return (tok_eq(r, v, viet_marked) || tok_eq(r, v, viet)) && tok_eq(r, v + 1, nam) ? 2 : 0;
}

/* "... Vietnam", "... Việt Nam Hải Phòng Co., Ltd", "... Vietnam Thai Nguyen
** (SEVT)" after a firm's name at v: its local arm. The end of the arm's
** name (the place and legal form after it included), or v. */
static size_t local_tail(const reader *r, size_t v, size_t b) {
  size_t e = v + vietnam_at(r, v);
  if (e == v || e > b) return v;
  size_t f = e;
  while (f < b && known_at(r, f) && known_at(r, f)->type == IVL_SYM_LOCATION) f++;
  /* "Hoya Glass Disk Vietnam II": a second arm's number */
  if (f < b && r->t[f].upper && tok_len(r, f) >= 2 && tok_is(r, f, romans)) f++;
  /* "Juteng Vietnam Precision": the arm's trade after its country, ending
  ** the run (its legal form after it included) */
  size_t g = f;
  while (g < b && r->t[g].cap && tok_is(r, g, trade_words)) g++;
  if (g > f) {
    size_t h = g;
    while (h < b && (is_legal_suffix(r, h) || !r->t[h].word)) h++;
    if (h == b) return b;
  }
  while (f < b && (is_legal_suffix(r, f) || !r->t[f].word)) f++;
  if (f == b || (f < b && is_legal_suffix(r, f - 1))) return f;
  return e;
}

static int deal_verb_after(const reader *r, size_t b);
static int buy_verb_after(const reader *r, size_t b);
static int said_it_invests(const reader *r, size_t a, size_t b);
static int said_it_builds(const reader *r, size_t a, size_t b);
static int builds_with_money_after(const reader *r, size_t b);

/* "Sequoia Capital India also invested", "Arcadia Ventures Singapore has
** poured": a country's name right after a firm's head word at v that
** ends the run (its legal form after it included), the firm investing or
** buying, is the name of the firm's arm there. The end of the arm's
** name, or v. */
static size_t country_arm(const reader *r, size_t v, size_t b) {
  const ivl_name *k = v < b ? known_at(r, v) : NULL;
  if (!k || k->type != IVL_SYM_COUNTRY || k->vstart != r->t[v].s || !r->t[v].cap) return v;
  size_t f = v;
  while (f < b && r->t[f].s < k->vend) f++;
  if (r->t[f - 1].e != k->vend) return v;
  while (f < b && (is_legal_suffix(r, f) || !r->t[f].word)) f++;
  if (f != b) return v;
  /* "Sequoia Capital India and Arcadia Ventures Singapore invested": the
  ** firm first in a list of capitalised names that invest */
  size_t e = b;
  if (tok_eq(r, e, and) || tok_char(r, e, ','))
    for (e++; e < r->n && e < b + 12 && ((r->t[e].word && r->t[e].cap) || tok_eq(r, e, and) || tok_char(r, e, ','));)
      e++;
  return deal_verb_after(r, e) || buy_verb_after(r, e) ? b : v;
}

/* "Gobi Partners Southeast Asia invested", "Kestrel Capital Asia Pacific":
** the name of a world region after a firm's head word at v, ending the
** run, is the name of its arm there (it was read as a person's name). */
static int region_arm(const reader *r, size_t v, size_t b) {
  static const char *const region_words[] = {"southeast", "northeast", "south", "north", "east", "west",
                                             "asia", "pacific", "europe", "africa", "america", "americas",
                                             "asean", NULL};
  static const char *const region_ends[] = {"asia", "pacific", "europe", "africa", "america", "americas",
                                            "asean", NULL};
  if (v >= b || b - v > 3 || !one_of(tok_text(r, b - 1), tok_len(r, b - 1), region_ends)) return 0;
  for (size_t i = v; i < b; i++)
    if (!r->t[i].cap || !one_of(tok_text(r, i), tok_len(r, i), region_words)) return 0;
  return 1;
}

static int all_capitalised_words(const reader *r, size_t a, size_t b);

/* "Wageningen University & Research": an ampersand at 'end', after the
** head word, and up to three capitalised words to the run's end b, none a
** name the gazetteer knows nor a stop word: they go on with the name (an
** "and" may join two names; an ampersand joins a name's own words). */
static int ampersand_goes_on(const reader *r, size_t end, size_t b) {
  if (!tok_char(r, end, '&') || b - end < 2 || b - end > 4 || !all_capitalised_words(r, end + 1, b)) return 0;
  for (size_t i = end + 1; i < b; i++)
    if (r->t[i].known || tok_is(r, i, stop_words)) return 0;
  return 1;
}

/* Does [a, b) end with a series' number after its head word ("Mekong
** Enterprise Fund II", "Lotus Growth Fund III")? */
static int series_number_after_head(const reader *r, size_t a, size_t b) {
  return b > a + 2 && r->t[b - 1].upper && tok_len(r, b - 1) >= 2 && tok_is(r, b - 1, romans) &&
         tok_is(r, b - 2, org_heads);
}

static int sentence_start(const reader *r, size_t i);

/* Is token i a coined word of a firm's own: capitalised inside a
** sentence, where the capital is the name's, not a place or firm the
** gazetteer knows, nor a common word ("Lumen" of "developer Lumen
** Industrial"; not "Vietnam" or "The", nor "Heavy" opening "Heavy
** Industrial output rose")? */
static int coined_word(const reader *r, size_t i) {
  return r->t[i].word && r->t[i].cap && !r->t[i].known && !tok_in(r, i, LIST_stop_words | LIST_not_name_words) &&
         !sentence_start(r, i);
}

/* Is token i of [a, b) a closing head (closing_heads) that ends a name:
** the chunk's last word, or one before a word in lower case ("Taiwan's
** Fortune Wheel Industrial in Long Giang"), never one before a capital
** ("Phố Nối A Industrial Park")? The name has three words or more, or two
** when the first is a coined word ("developer Lumen Industrial signed",
** set qweek49). */
static int closes_name(const reader *r, size_t a, size_t i, size_t b) {
  return (i >= a + 2 || (i == a + 1 && coined_word(r, a))) && tok_is(r, i, closing_heads) &&
         (i + 1 == b || (r->t[i + 1].word && !r->t[i + 1].cap));
}

/* "Korea's Hanseong Investment", "Lotus Bay Investment": an investment
** house named by a word or two of its own before its trade (qfintech:
** else no name, and the round it joined lost an investor). Not a word
** the gazetteer knows ("Hà Nội Investment", a conference's), nor one of a
** portfolio or a generic phrase ("Planning and Investment", "Foreign
** Investment"): "investment" is an organisation word only here. */
static int investment_house(const reader *r, size_t a, size_t b) {
  static const char *const houses[] = {"investment", NULL};
  /* the words that say what kind of investment, not whose: "Public
  ** Investment rose", "the Law on Public Investment", "Total Investment in
  ** the zone reached $2 billion" */
  static const char *const kinds[] = {"public", "private", "total", "direct", "indirect", "domestic",
                                      "overseas", "outward", "inward", "state", "capital", "new", "registered",
                                      "additional", NULL};
  if (b - a < 2 || b - a > 3 || !one_of(tok_text(r, b - 1), tok_len(r, b - 1), houses)) return 0;
  for (size_t i = a; i + 1 < b; i++)
    if (!r->t[i].word || !r->t[i].cap || r->t[i].known || tok_in(r, i, LIST_stop_words | LIST_not_name_words) ||
        one_of(tok_text(r, i), tok_len(r, i), kinds))
      return 0;
  return 1;
}

/* "Japan Business Association in Vietnam", "Nordic Business Council in
** Việt Nam": a business body of one country named for the country it
** serves in, "in" and that country closing the run [a, b) (else the body
** was cut before "in"). Only a body's head word before "in", the name
** opened by its home country: a firm "in Vietnam" is where it works, not
** its name. */
static int body_in_country(const reader *r, size_t a, size_t b) {
  static const char *const bodies[] = {"association", "chamber", "council", "federation", "club", "society", NULL};
  size_t in_at = b;
  while (in_at > a + 2 && !tok_eq(r, in_at - 1, in)) in_at--;
  if (in_at <= a + 2 || in_at >= b || !one_of(tok_text(r, in_at - 2), tok_len(r, in_at - 2), bodies)) return 0;
  const ivl_name *home = known_at(r, a), *served = known_at(r, in_at);
  return home && home->type == IVL_SYM_COUNTRY && served && served->type == IVL_SYM_COUNTRY &&
         served->vstart == r->t[in_at].s && r->t[b - 1].e == served->vend;
}

/* "British University Vietnam", "American International School Hanoi":
** a school named by its own words, its head word, then the country or
** city it teaches in, ending the run [a, b) (set qweek58: else two
** countries, or a country and a city, and no school). Only a school's
** head ("Toyota Motor Vietnam" is a firm's arm only where local_tail()
** says), and a word of its own before the head ("University Vietnam"
** names none). */
static int school_in_place(const reader *r, size_t a, size_t b) {
  const ivl_name *k = b > a + 2 ? known_at(r, b - 1) : NULL;
  if (!k || (k->type != IVL_SYM_COUNTRY && k->type != IVL_SYM_LOCATION) || k->vend != r->t[b - 1].e) return 0;
  size_t v = b - 1;
  while (v > a && known_at(r, v - 1) == k) v--;
  return v > a + 1 && r->t[v].s == k->vstart && r->t[v - 1].cap &&
         one_of(tok_text(r, v - 1), tok_len(r, v - 1), schools);
}

/* Does [a, b) end with an organisation word, a legal form after it
** included ("Arcadia Semiconductor Inc.", "Vandermolen Energy B.V.")? */
static int ends_org(const reader *r, size_t a, size_t b) {
  while (b > a + 1 && (tok_char(r, b - 1, '.') || tok_char(r, b - 1, ','))) b--;
  if (series_number_after_head(r, a, b)) return 1; /* "Lotus Growth Fund III" */
  const ivl_name *k = known_at(r, b - 1);
  if (k && k->type == IVL_SYM_COUNTRY && k->vend == r->t[b - 1].e) { /* "Sequoia Capital India" */
    size_t v = b - 1;
    while (v > a && known_at(r, v - 1) == k) v--;
    if (v > a + 1 && tok_is(r, v - 1, org_heads) && country_arm(r, v, b) == b) return 1;
  }
  for (size_t v = b - 1; v > a + 1 && v + 3 >= b; v--) /* "Gobi Partners Southeast Asia" */
    if (tok_is(r, v - 1, org_heads) && region_arm(r, v, b)) return 1;
  if (b > a + 1 && (tok_eq(r, b - 1, international) || tok_eq(r, b - 1, global))) b--;
  /* "Gulf Energy Development": trade words after the organisation word */
  size_t t = b;
  while (t > a + 1 && r->t[t - 1].cap && tok_is(r, t - 1, trade_words)) t--;
  if (t < b && tok_is(r, t - 1, org_heads)) return 1;
  for (size_t v = b >= a + 4 ? b - 2 : a; v > a + 1 && v + 4 >= b; v--) /* "Wageningen University & Research" */
    if (tok_is(r, v - 1, org_heads) && ampersand_goes_on(r, v, b)) return 1;
  if (school_in_place(r, a, b)) return 1;
  return tok_is(r, b - 1, org_heads) || (b - a >= 2 && is_legal_suffix(r, b - 1)) || body_in_country(r, a, b) ||
         closes_name(r, a, b - 1, b) || investment_house(r, a, b) || (b - a >= 4 && slashed_form(r, b - 3)) ||
         (b - a >= 3 && tok_len(r, b - 1) == 1 && tok_char(r, b - 2, '.') && tok_len(r, b - 3) == 1);
}

/* Does [a, b) hold a name that opens with its generic word ("Thai Nguyen
** College of Industry")? */
static int opener_inside(const reader *r, size_t a, size_t b) {
  for (size_t i = a; i + 1 < b; i++)
    if (opener_of(r, i)) return 1;
  return 0;
}

/* Are the tokens [i, b) all capitalised words of a trade, so that they go
** on with the firm's name before them? */
static int trade_words_to(const reader *r, size_t i, size_t b) {
  for (; i < b; i++)
    if (!r->t[i].cap || !tok_is(r, i, trade_words)) return 0;
  return 1;
}

static int vietnamese_person(const reader *r, size_t a, size_t b);
static int own_name_word(const reader *r, size_t i);
static int title_cased_line(const reader *r, size_t a, size_t b);

/* "Airports Corporation of Vietnam (ACV)", "Power Corporation of Japan
** (PCJ)": "of" a country after the head word at end-1, ending the run,
** and an acronym in brackets after it made of the initials of every
** capitalised word, the country's too: the country is part of the name. */
static int bracket_acronym(const reader *r, size_t b, size_t *acr);

/* Are the initials of the capitalised words of [a, b), in order, the
** letters of the acronym token acr? "Đ" opens a word for "D" or "Đ". */
static int initials_are(const reader *r, size_t a, size_t b, size_t acr) {
  const char *w = tok_text(r, acr);
  size_t n = tok_len(r, acr), j = 0;
  for (size_t i = a; i < b; i++) {
    if (!r->t[i].word || !r->t[i].cap) continue;
    const unsigned char *p = (const unsigned char *)tok_text(r, i);
    if (j >= n) return 0;
    if (p[0] == 0xC4 && p[1] == 0x90) { /* "Đ" */
      if (w[j] == 'D') j++;
      else if (j + 1 < n && (unsigned char)w[j] == 0xC4 && (unsigned char)w[j + 1] == 0x90) j += 2;
      else return 0;
      continue;
    }
    if ((p[0] | 0x20) != ((unsigned char)w[j] | 0x20)) return 0;
    j++;
  }
  return j == n;
}

/* Is an acronym in capitals in brackets right after token b-1 made of the
** initials of the capitalised words of [a, b) ("Hoàng Anh Gia Lai (HAGL)")? */
static int initials_in_bracket(const reader *r, size_t a, size_t b) {
  size_t acr;
  return bracket_acronym(r, b, &acr) && r->t[acr].upper && initials_are(r, a, b, acr);
}

static int of_country_acronym(const reader *r, size_t a, size_t end, size_t b) {
  if (!tok_eq(r, end, of) || end + 1 >= b || !tok_char(r, b, '(')) return 0;
  const ivl_name *k = known_at(r, end + 1);
  return k && k->type == IVL_SYM_COUNTRY && k->vstart == r->t[end + 1].s && initials_in_bracket(r, a, b);
}

/* Does "of the" at token 'of' lead to a country that ends the run [of, b)
** ("Westbury University of the United Kingdom")? */
static int of_the_country_ends(const reader *r, size_t of, size_t b) {
  const ivl_name *k = of + 2 < b && tok_eq(r, of, of) && tok_eq(r, of + 1, the) ? known_at(r, of + 2) : NULL;
  if (!k || k->type != IVL_SYM_COUNTRY || k->vstart != r->t[of + 2].s) return 0;
  size_t f = of + 2;
  while (f < b && r->t[f].s < k->vend) f++;
  /* (the country may go on past the run: "(RoK)" after "Republic of Korea") */
  return f == b && r->t[f - 1].e <= k->vend;
}

/* "of the Federative Republic of Brazil", "of the Kingdom of Thailand": a
** state's formal style before the "of" at token 'of' and its country, its
** capitalised words back to "of the" within (a, of): the token of that
** first "of", else 'of'. */
static size_t state_style_before(const reader *r, size_t a, size_t of) {
  static const char *const states[] = {"republic", "kingdom", "federation", "commonwealth", NULL};
  int state = 0;
  for (int k = 0; states[k] && of >= a + 4; k++) state |= ivl_ascii_ieq(tok_text(r, of - 1), tok_len(r, of - 1), states[k]);
  if (!state) return of;
  size_t j = of - 1;
  while (j > a + 2 && r->t[j - 1].word && r->t[j - 1].cap && !tok_eq(r, j - 1, the)) j--;
  return j > a + 3 && tok_eq(r, j - 1, the) && tok_eq(r, j - 2, of) ? j - 2 : of;
}

/* "the Ministry of Industry and Trade of Viet Nam", "the Ministry of
** Agriculture and Livestock of the Federative Republic of Brazil": a
** ministry's run [a, b) ending on "of" (and "the") and a country that
** ends it; the country is the ministry's, as "Việt Nam's Ministry of ..."
** says it, and no word of its name (a visit's list of documents names its
** ministries so, set qweek118). The token of that "of", else 0. Not a
** ministry whose field names the country: "Ministry of Foreign Affairs".  */
static size_t ministry_country_of(const reader *r, size_t a, size_t b) {
  if (b < a + 5 || !ivl_ascii_ieq(tok_text(r, a), tok_len(r, a), "ministry") || !tok_eq(r, a + 1, of)) return 0;
  for (size_t i = b - 2; i > a + 2; i--) {
    if (!tok_eq(r, i, of)) continue;
    if (of_the_country_ends(r, i, b)) return i;
    const ivl_name *k = known_at(r, i + 1);
    if (k && k->type == IVL_SYM_COUNTRY && k->vstart == r->t[i + 1].s && r->t[b - 1].e <= k->vend)
      return state_style_before(r, a, i);
    return 0;
  }
  return 0;
}

/* Where an organisation's words end in [a, b): after its last head word
** and any legal suffix. b when none. */
static size_t org_end(const reader *r, size_t a, size_t b) {
  if (opener_of(r, a)) { /* "Ministry of Planning and Investment Đỗ Nhất Hoàng" */
    for (size_t i = a + 2; i + 2 < b; i++)
      if (vietnamese_person(r, i, b)) return i;
    /* "Singapore's Ministry of Trade and Industry and Việt Nam's Ministry
    ** of Finance": a country or place alone after the last "and" starts
    ** the next name (its possessive ended the run) */
    const ivl_name *last = known_at(r, b - 1);
    if (last && (last->type == IVL_SYM_COUNTRY || last->type == IVL_SYM_LOCATION))
      for (size_t i = b - 1; i > a + 2 && known_at(r, i) == last; i--)
        if (tok_eq(r, i - 1, and) && !r->t[i - 1].cap) return i - 1;
    size_t of_country = ministry_country_of(r, a, b);
    return of_country ? of_country : b;
  }
  size_t end = b;
  for (size_t i = a; i < b; i++)
    if (r->t[i].word && (tok_is(r, i, org_heads) || (i > a && is_legal_suffix(r, i)) || closes_name(r, a, i, b)) &&
        !(i == a && b - a == 1)) {
      /* "University of Pharmacy", "Central Institute for Economic Management" */
      if (tok_is(r, i, org_openers) && (tok_eq(r, i + 1, of) || tok_eq(r, i + 1, for))) {
        /* "Westbury University of the United Kingdom": a school named
        ** before its head word, then "of the" and a country, is from that
        ** country ("University of the Philippines" keeps its own) */
        if (i > a && of_the_country_ends(r, i + 1, b)) return i + 1;
        return b;
      }
      end = i + 1;
    }
  if (end == b) return b;
  /* "Lotus Growth Fund III", "Mekong Enterprise Fund II": a series'
  ** number after the head word is the name's */
  if (series_number_after_head(r, a, end + 1)) return end + 1;
  if (end + 1 == b && (tok_eq(r, end, international) || tok_eq(r, end, global))) return b;
  if (of_country_acronym(r, a, end, b) || ampersand_goes_on(r, end, b) || body_in_country(r, a, b)) return b;
  if (trade_words_to(r, end, b)) return b; /* "Gulf Energy Development" */
  size_t arm = local_tail(r, end, b);
  if (arm > end) return arm;
  /* "Ardent Semiconductor Products Vietnam", "Kumho Electronics Devices
  ** Vina": trade words after the head, then the local arm's tail */
  size_t trade = end;
  while (trade < b && r->t[trade].cap && tok_is(r, trade, trade_words)) trade++;
  if (trade > end && (arm = local_tail(r, trade, b)) > trade) return arm;
  arm = country_arm(r, end, b);
  if (arm > end) return arm;
  if (region_arm(r, end, b)) return b;
  while (end < b && (is_legal_suffix(r, end) || !r->t[end].word || letter_of_form(r, end)) &&
         !(tok_char(r, end, '.') && r->t[end - 1].upper)) /* "JSC." ends a sentence */
    end++;
  return end;
}

/* Is token i a word a known firm's name may go on with, though no list
** has it ("Electro-Mechanics", "Aerospace", "Enerbility", "Global"): a
** capitalised word the gazetteer does not know (a place, a country), no
** title, month, weekday, generic word or Vietnamese family name. */
static int own_name_word(const reader *r, size_t i) {
  return !r->t[i].known && name_word(r, i) && !tok_is(r, i, firm_nouns) &&
         !ivl_names_vn_family(tok_text(r, i), tok_len(r, i));
}

/* "Pacifica Logistics Parks", "Meranti Parks", "Harbour Towers": a
** facility's or zone's word in the plural, capitalised, names a firm that
** runs many of them, not one place ("Park", "Tower" name the one; a
** province's "industrial parks" are written in lower case). Not an
** administrative unit's ("States"), nor a word the gazetteer knows. */
static int plural_facility_word(const reader *r, size_t i) {
  size_t n = tok_len(r, i);
  const char *w = tok_text(r, i);
  if (i >= r->n || !r->t[i].word || !r->t[i].cap || r->t[i].known || n < 4 || w[n - 1] != 's' || w[n - 2] == 's' ||
      tok_is(r, i, admin_words))
    return 0;
  return one_of(w, n - 1, place_words) || one_of(w, n - 1, zone_heads);
}

/* Is the line of the run [a, b) written in title case, a headline's words
** each capitalised ("Samsung Deal Stalls", "Samsung Opens Plant In Hà
** Nam"): the run is the whole line, or the line has no lower-case word
** past its short joiners. */
static int title_cased_line(const reader *r, size_t a, size_t b) {
  size_t s = a, e = b;
  while (s > 0 && !line_start(r, s)) s--;
  while (e < r->n && !line_start(r, e)) e++;
  if (s == a && e == b) return 1;
  for (size_t i = s; i < e; i++)
    if (r->t[i].word && !r->t[i].cap && tok_len(r, i) > 3) return 0;
  return 1;
}

/* Is token i a noun of goods or of those who buy or make them, which a
** model's name goes before ("Galaxy phones", "Camry sedans", "Vision
** scooters", "Pajero owners")? Asked only after a known firm's own words. */
__attribute__((noinline)) static int product_noun(const reader *r, size_t i) {
  static const char *const nouns[] = {
    "phone", "phones", "smartphone", "smartphones", "handset", "handsets", "car", "cars", "sedan",
    "sedans", "SUV", "SUVs", "pickup", "pickups", "vehicle", "vehicles", "truck", "trucks", "scooter",
    "scooters", "motorbike", "motorbikes", "motorcycle", "motorcycles", "laptop", "laptops", "notebooks",
    "tablet", "tablets", "TV", "TVs", "television", "televisions", "model", "models", "series", "device",
    "devices", "watch", "watches", "camera", "cameras", "console", "consoles", "chips", "processors",
    "owners", "users", "buyers", "assembler", "assemblers", "line-up", "lineup", "range", NULL};
  if (i >= r->n || !r->t[i].word) return 0;
  for (int k = 0; nouns[k]; k++)
    if (tok_len(r, i) == strlen(nouns[k]) && memcmp(tok_text(r, i), nouns[k], tok_len(r, i)) == 0) return 1;
  return 0;
}

/* "M&A", "R&D": the letters of an activity, no firm's, joined by an
** ampersand as a firm's are ("SK E&S"). */
static int activity_letters(const reader *r, size_t j) {
  static const char *const activities[] = {"m&a", "r&d", NULL};
  return one_of(tok_text(r, j), tok_len(r, j), activities);
}

/* "Samsung C&T", "SK E&S": a firm's letters in capitals joined by an
** ampersand; not an activity's. */
static int ampersand_letters(const reader *r, size_t j) {
  return r->t[j].upper && memchr(tok_text(r, j), '&', tok_len(r, j)) && !activity_letters(r, j);
}

/* "Samsung SDS", "LG CNS", "Viettel IDC": a unit's letters in capitals
** after the group the gazetteer knows, two to four of them; not a place
** or country the gazetteer knows ("Samsung US"), a phase's numeral
** ("VSIP II"), nor the capitals of a field or a deal ("FPT AI", "Viettel
** ICT", "Samsung EV") */
static int unit_letters(const reader *r, size_t j) {
  static const char *const not_units[] = {"ai", "it", "ict", "iot", "ev", "evs", "fdi", "oda", "ipo", "ceo",
                                          "gdp", "lng", "epc", "ppp", "oem", "jv", "hq", "mou", "hcm", "hcmc", NULL};
  size_t n = tok_len(r, j);
  if (!r->t[j].word || !r->t[j].upper || r->t[j].known || n < 2 || n > 4 || roman_or_number(r, j) ||
      one_of(tok_text(r, j), n, not_units))
    return 0;
  for (size_t k = 0; k < n; k++)
    if (!ivl_isupper((unsigned char)tok_text(r, j)[k])) return 0;
  return 1;
}

/* "SK Materials", "Hyundai Engineering and Construction": a firm the
** gazetteer knows by its short name, at a, and words of a trade after it
** to the end of the chunk, which are its name's (the gazetteer's name alone
** cut it short). The end of the whole name, or a when [a, b) is no such
** name. Every word after the known one must be a trade or organisation
** word or a legal form, so a title-cased headline ("Samsung Land Deal
** Stalls") is let be. */
static size_t known_firm_end(const reader *r, size_t a, size_t b) {
  const ivl_name *k = known_at(r, a);
  if (!k || k->type != IVL_SYM_ORGANIZATION || k->vstart != r->t[a].s) return a;
  size_t i = a + 1;
  while (i < b && r->t[i].s < k->vend) i++;
  if (i >= b) return a;
  int own = 0, joined = 0;
  for (size_t j = i; j < b; j++) {
    if (r->t[j].cap && (tok_is(r, j, trade_words) || tok_is(r, j, org_heads) || is_legal_suffix(r, j)))
      continue;
    /* "Engineering and Construction", "Engineering & Construction" */
    if (j > i && j + 1 < b && (tok_eq(r, j, and) || tok_char(r, j, '&'))) {
      joined = 1;
      continue;
    }
    /* "Samsung Electro-Mechanics", "Hanwha Aerospace", "LG Energy Solution":
    ** one or two words of the firm's own name, before any "and" */
    /* "Samsung C&T", "SK E&S": letters joined by an ampersand; not the
    ** activities "M&A", "R&D" */
    /* "Amata City Development", "Becamex Bay Holdings": a place's word
    ** of the firm's own name, a word of a trade or an organisation after
    ** it; not a zone's or facility's name ("Amata City Hạ Long") */
    if (!joined && own < 2 && r->t[j].cap && j + 1 < b && tok_is(r, j, place_words) && !r->t[j].known &&
        r->t[j + 1].cap && (tok_is(r, j + 1, trade_words) || tok_is(r, j + 1, org_heads))) {
      own++;
      continue;
    }
    /* "POSCO International", "Hanwha Global": the group's trading or
    ** overseas arm, its name closed by the word no other name word may be
    ** (not_name_words) */
    if (!joined && own < 2 && j + 1 == b && (tok_eq(r, j, international) || tok_eq(r, j, global))) {
      own++;
      continue;
    }
    if (!joined && own < 2 && (own_name_word(r, j) || ampersand_letters(r, j) || unit_letters(r, j))) {
      if (own && product_noun(r, j)) return a; /* "Kia Seltos SUVs" */
      own++;
      continue;
    }
    return a;
  }
  if (!own) return b;
  /* "Chairman of the Japan External Trade Organization Ishiguro Norihiko":
  ** after a title, two words of a person's name are the head's, not the firm's */
  if (own == 2 && title_before(r, a) < a && person_words(r, b - 2, b)) return a;
  /* "Samsung Galaxy phones", "Toyota Camry cars": a model of the firm's, not a firm */
  if (product_noun(r, b)) return a;
  if (tok_eq(r, b, and)) { /* "Hyundai Creta and Hyundai Stargazer models" */
    size_t n = b + 1;
    while (n < r->n && n < b + 5 && r->t[n].word && r->t[n].cap) n++;
    if (n > b + 1 && product_noun(r, n)) return a;
  }
  /* the sentence goes on after it in lower case or ends: no credit line
  ** ("Vietnam Briefing Reading Time: 4 minutes") nor title-cased headline;
  ** a title after it is its head's ("Hanwha Aerospace Chairman X") */
  int closed = b >= r->n || (r->t[b].word && !r->t[b].cap) || tok_char(r, b, ',') || tok_char(r, b, '.') ||
               tok_char(r, b, '(') || tok_char(r, b, ';') || apostrophe(r, b) || title_word(r, b);
  return closed && !title_cased_line(r, a, b) ? b : a;
}

/* Where the committee of "Hải Phòng People's Committee" starts, or b. */
static size_t committee_start(const reader *r, size_t a, size_t b) {
  for (size_t i = a; i + 1 < b; i++)
    if ((tok_eq(r, i, peoples) || tok_eq(r, i, party)) &&
        (tok_eq(r, i + 1, committee) || tok_eq(r, i + 1, council) || tok_eq(r, i + 1, government))) {
      if (i > a && !r->t[i - 1].known &&
          (tok_eq(r, i - 1, provincial) || tok_eq(r, i - 1, municipal) ||
           tok_eq(r, i - 1, city) || tok_eq(r, i - 1, district)))
        return i - 1;
      return i;
    }
  return b;
}

/* A body's people named before the body: "Representatives of the Orion
** Steel Corporation", "Leaders of X Group". Not titles: no one person's
** name follows them. */
static int people_of_body(const reader *r, size_t i) {
  return tok_eq(r, i, representatives) || tok_eq(r, i, leaders) || tok_eq(r, i, executives) ||
         tok_eq(r, i, officials) || tok_eq(r, i, delegates);
}

/* (and a firm's owners meeting as a body: "Shareholders of X JSC approved",
** the firm X, not its shareholders) */
static int owners_of_body(const reader *r, size_t i) {
  return tok_eq(r, i, shareholders) || tok_eq(r, i, stockholders);
}

/* "General" of a title ("Director General", "General Secretary"), not the
** first word of a body's own name ("General Insurance Association of
** Japan", "General Motors"). */
static int general_of_title(const reader *r, size_t i, size_t a, size_t b) {
  return tok_eq(r, i, general) && (i > a || (i + 1 < b && tok_is(r, i + 1, titles)));
}

/* Skip "Chairman of the", "Director of", "Representatives of the" at the
** start of an organisation. */
static size_t skip_title_prefix(const reader *r, size_t a, size_t b) {
  size_t i = a;
  while (i < b && (tok_is(r, i, titles) || general_of_title(r, i, a, b) || tok_eq(r, i, prime) ||
                   tok_eq(r, i, standing) || people_of_body(r, i) || owners_of_body(r, i)))
    i++;
  if (i == a) return a;
  while (i < b && tok_is(r, i, connectors)) i++;
  return i;
}

/* Is token i a country, all of it ("Korea", "(China)")? (Bracketed after a
** firm it is where the firm is from, names.c described_origin, not its
** short name, though the bracket still shows the words before are a name.) */
static int country_token(const reader *r, size_t i) {
  const ivl_name *k = known_at(r, i);
  return k && k->type == IVL_SYM_COUNTRY && k->vstart == r->t[i].s && k->vend == r->t[i].e;
}

/* Is token i a place, all of it ("(Osaka)" after a firm: where it is
** based, not its short name, which "Osaka-based X" later would make a
** firm; set qweek135)? */
static int place_token(const reader *r, size_t i) {
  const ivl_name *k = known_at(r, i);
  return k && k->type == IVL_SYM_LOCATION && k->vstart == r->t[i].s && k->vend == r->t[i].e;
}

/* An acronym in brackets right after token b-1: its token range. */
static int bracket_acronym(const reader *r, size_t b, size_t *acr) {
  if (!tok_char(r, b, '(') || b + 2 >= r->n || !tok_char(r, b + 2, ')')) return 0;
  if (!r->t[b + 1].upper && !(r->t[b + 1].cap && tok_len(r, b + 1) <= 8)) return 0;
  *acr = b + 1;
  return 1;
}

/* An organisation [a, b); one that opens with a firm the gazetteer knows by
** a shorter name ("Samsung Electro-Mechanics", "Amata Corporation PCL")
** keeps that firm's fields (its origin). */
static int province_level(const reader *r, const ivl_name *n);
/* "the Thái Bình LNG Power Plant project", "Hải Hậu Thermal Power
** Station": a run ending in "Power" right before a capitalised "Plant" or
** "Station" is the first part of a power plant's name, a facility, not a
** firm (the firm is "Power" with "Company", "Corporation" or "JSC"). So
** too a heavy industry's plant named by its trade: "the Nghi Sơn Cement
** Plant No. 3 project of X JSC", "the Hòa Bình Steel Plant" (set qweek65;
** the firm "Cement" or "Steel" with "JSC" or "Corporation"). */
static int power_plant_name(const reader *r, size_t a, size_t b) {
  static const char *const works[] = {"plant", "plants", "station", "stations", NULL};
  static const char *const trades[] = {"power", "cement", "steel", "sugar", NULL};
  return b > a && b < r->n && r->t[b].word && r->t[b].cap && adjacent(r, b) &&
         one_of(tok_text(r, b - 1), tok_len(r, b - 1), trades) && one_of(tok_text(r, b), tok_len(r, b), works);
}

static int add_org(reader *r, size_t a, size_t b) {
  if (power_plant_name(r, a, b)) return 0;
  if (add_bracketed(r, a, b, IVL_SYM_ORGANIZATION)) return -1;
  const ivl_name *k = known_at(r, a);
  if (k && k->type == IVL_SYM_ORGANIZATION && k->entry >= 0 && k->vstart == r->t[a].s && k->vend < r->t[b - 1].e)
    r->out->items[r->out->n - 1].kin = (uint32_t)k->entry + 1;
  /* "the Quảng Ninh Economic Zone Authority": a province's authority, the
  ** province its seat (its field 'province'), as a firm's unit's */
  size_t n = b > a ? r->t[b - 1].e - r->t[b - 1].s : 0;
  if (b - a >= 3 && n == 9 && k && k->type == IVL_SYM_LOCATION && k->vstart == r->t[a].s && province_level(r, k) &&
      ivl_ascii_ieq(r->text + r->t[b - 1].s, n, "authority"))
    r->out->items[r->out->n - 1].seat = (uint32_t)k->entry + 1;
  return 0;
}

/* "Vietnam National University, Hanoi", "..., Ho Chi Minh City": a
** university named with its city after a comma, the city part of the
** name (not a list of places: "University, Hanoi and Đà Nẵng", nor the
** city's possessive). The token past the name, or b. */
static size_t university_city_end(const reader *r, size_t a, size_t b) {
  if (b - a < 2 || b + 1 >= r->n || !tok_char(r, b, ',') || tok_len(r, b - 1) != 10 ||
      !ivl_ascii_ieq(tok_text(r, b - 1), 10, "university"))
    return b;
  const ivl_name *k = known_at(r, b + 1);
  if (!k || k->type != IVL_SYM_LOCATION || k->vstart != r->t[b + 1].s) return b;
  size_t e = b + 1;
  while (e < r->n && r->t[e].s < k->vend) e++;
  if (r->t[e - 1].e != k->vend || tok_char(r, e, ',') || tok_eq(r, e, and) || apostrophe(r, e) ||
      (e < r->n && r->t[e].word && r->t[e].cap && adjacent(r, e)))
    return b;
  return e;
}

/* "(Petrovietnam)", "(PV Gas)" at token b: the whole bracket a name the
** gazetteer knows as an organisation, starting with a capital. The token
** of the closing bracket, or 0. */
static size_t bracket_known_firm(const reader *r, size_t b) {
  if (!tok_char(r, b, '(') || b + 2 >= r->n || !r->t[b + 1].word || !r->t[b + 1].cap) return 0;
  const ivl_name *k = known_at(r, b + 1);
  if (!k || k->type != IVL_SYM_ORGANIZATION || k->vstart != r->t[b + 1].s) return 0;
  size_t e = b + 1;
  while (e < r->n && r->t[e].e < k->vend) e++;
  return e + 1 < r->n && r->t[e].e == k->vend && tok_char(r, e + 1, ')') ? e + 1 : 0;
}

/* "the Danish Environmental Protection Agency (Danish EPA)": the demonym
** right before an organisation, said again before the acronym of its
** short name in the bracket after it, is the first word of its name (an
** agency's official name), not a description of it. */
static int demonym_said_again(const reader *r, size_t a, size_t b) {
  if (a == 0 || !tok_char(r, b, '(') || b + 3 >= r->n || !tok_char(r, b + 3, ')') || !r->t[b + 2].upper ||
      !r->t[a - 1].word || !r->t[a - 1].cap || !adjacent(r, a))
    return 0;
  size_t n = tok_len(r, a - 1);
  if (tok_len(r, b + 1) != n || memcmp(tok_text(r, a - 1), tok_text(r, b + 1), n) != 0) return 0;
  return country_token(r, a - 1);
}

/* "German Chamber of Industry and Commerce in Vietnam (AHK Vietnam)": is
** token w, after the acronym in the bracket at b, the last word of the name
** before the bracket (the country a chamber is of, said again), so part of
** the short name, no place of its own? */
static int last_word_again(const reader *r, size_t b, size_t w) {
  size_t n = tok_len(r, w);
  return b > 0 && r->t[b - 1].word && tok_len(r, b - 1) == n && memcmp(tok_text(r, b - 1), tok_text(r, w), n) == 0;
}

/* "Power Generation Corporation 3 (EVNGENCO3)", "Power Engineering
** Consulting JSC 1 (PECC1)": a state firm's number after its head word or
** legal form, the acronym in the bracket after it ending with the same
** digits, is its name's (set qweek92). The token after the number, else b
** (not "Corporation 3 (ABC)": no acronym ending with it). */
static size_t numbered_before_acronym(const reader *r, size_t a, size_t b) {
  if (b <= a + 1 || b + 3 >= r->n || !roman_or_number(r, b) || !adjacent(r, b) ||
      !(tok_is(r, b - 1, org_heads) || is_legal_suffix(r, b - 1)) || !tok_char(r, b + 1, '(') ||
      !r->t[b + 2].upper || !tok_char(r, b + 3, ')'))
    return b;
  size_t n = tok_len(r, b), m = tok_len(r, b + 2);
  for (size_t k = 0; k < n; k++)
    if (!ivl_isdigit((unsigned char)tok_text(r, b)[k])) return b;
  return m > n && memcmp(tok_text(r, b + 2) + m - n, tok_text(r, b), n) == 0 ? b + 1 : b;
}

/* Is token i a straight or curly double quote mark? */
static int quote_mark(const reader *r, size_t i) {
  if (i >= r->n || r->t[i].word) return 0;
  const char *p = tok_text(r, i);
  size_t n = tok_len(r, i);
  return (n == 1 && p[0] == '"') ||
         (n == 3 && (memcmp(p, "\xE2\x80\x9C", 3) == 0 || memcmp(p, "\xE2\x80\x9D", 3) == 0));
}

/* Is a word of capitals, two or more, in quotes at q ('"KGP"')? */
static int quoted_upper_word(const reader *r, size_t q) {
  return quote_mark(r, q) && quote_mark(r, q + 2) && r->t[q + 1].word && r->t[q + 1].upper && tok_len(r, q + 1) >= 2;
}

/* '(the "Company" or "SHP")', '("Issuer" or "PGI")': an offering
** circular's bracket may define the party's role first and its acronym
** after "or". The acronym's opening quote, past the role at q, else 0. */
static size_t acronym_after_role(const reader *r, size_t q) {
  if (!quote_mark(r, q) || !r->t[q + 1].word || !r->t[q + 1].cap || !quote_mark(r, q + 2) || !tok_eq(r, q + 3, or))
    return 0;
  q += 4;
  if (tok_eq(r, q, the)) q++;
  return quoted_upper_word(r, q) ? q : 0;
}

/* Past the words that open a definition in a contract's or a filing's
** bracket: "hereinafter", "hereinafter referred to as", "hereinafter
** called"; q itself if none. (names.c past_hereinafter_text reads the same
** openers from the text, for the role terms it reads after the names are
** made, when these tokens are gone; this one takes any spacing between
** the words.) */
static size_t past_hereinafter(const reader *r, size_t q) {
  static const char *const herein[] = {"hereinafter", NULL}, *const referred[] = {"referred", NULL},
                           *const to_as[] = {"to", "as", NULL}, *const called[] = {"called", NULL};
  if (q >= r->n || !one_of(tok_text(r, q), tok_len(r, q), herein)) return q;
  q++;
  if (q + 2 < r->n && one_of(tok_text(r, q), tok_len(r, q), referred) &&
      one_of(tok_text(r, q + 1), tok_len(r, q + 1), to_as) && one_of(tok_text(r, q + 2), tok_len(r, q + 2), to_as))
    return q + 3;
  return q < r->n && one_of(tok_text(r, q), tok_len(r, q), called) ? q + 1 : q;
}

/* Does the term at token k open on the first word of the name [a, b)
** ("Meranti" of "Meranti Land Holdings Pte. Ltd.", "Daeho Company" of
** "Daeho Construction Co., Ltd.")? A short form of the name, not a role
** ("the Claimant") nor a slogan. */
static int term_opens_name(const reader *r, size_t a, size_t b, size_t k) {
  if (tok_eq(r, a, the) && a + 1 < b) a++;
  return tok_len(r, a) == tok_len(r, k) && memcmp(tok_text(r, a), tok_text(r, k), tok_len(r, k)) == 0;
}

/* "X Inc. (NASDAQ: BHFD) ("BrightHarbor")": a release's ticker bracket,
** an exchange's name and a colon, may come between a firm's name and the
** bracket that defines its short name. The token after it if b opens
** one, else b. */
static size_t past_ticker_bracket(const reader *r, size_t b) {
  enum { TICKER_TOKENS = 6 };
  if (!tok_char(r, b, '(') || !tok_char(r, b + 2, ':')) return b;
  for (size_t c = b + 3; c < r->n && c <= b + TICKER_TOKENS; c++)
    if (tok_char(r, c, ')')) return tok_char(r, c + 1, '(') ? c + 1 : b;
  return b;
}

/* The one reader of the short name a contract, an award, a filing or a
** release defines for a party in the bracket at b after its name [a, b):
** "Kelvin Grove Power Sdn Bhd ("KGP")", "X JSC (the "SHP")", "Meranti Land
** Holdings Pte. Ltd. ("Meranti")", "Daeho Construction Co., Ltd.
** (hereinafter referred to as Daeho Company)", "(hereinafter "Tân
** Phú")". The term is the name's alias as a bare "(KGP)" is (settled rule
** 1): an acronym, or words opening on the name's own first word; a role
** ("the Claimant", names.c defined_terms_stand_for) or a slogan of other
** words is none. Sets [*first, *last] to the term's tokens and returns the
** bracket's closing token, else 0. A few words more may follow it before
** the bracket closes ("("TME" or the "Claimant")"). (A role the bracket
** defines with "the", which stands for the firm, names.c the_quoted_term
** reads, from the text, after the names are made.) */
static size_t defined_short_name(const reader *r, size_t a, size_t b, size_t *first, size_t *last) {
  enum { TERM_WORDS = 4 };
  b = past_ticker_bracket(r, b);
  if (!tok_char(r, b, '(')) return 0;
  size_t q = past_hereinafter(r, b + 1);
  int herein = q > b + 1;
  if (tok_eq(r, q, the)) q++;
  /* (or the acronym after the party's role: '(the "Company" or "SHP")',
  ** '("Issuer" or "PGI")'; set qweek122) */
  size_t role = acronym_after_role(r, q);
  if (role) q = role;
  int quoted = quote_mark(r, q);
  if (quoted) q++;
  else if (!herein) return 0;
  size_t e = q;
  while (e < r->n && e - q < TERM_WORDS && r->t[e].word && r->t[e].cap) e++;
  if (e == q || !(quoted ? quote_mark(r, e) : tok_char(r, e, ')'))) return 0;
  int acronym = e - q == 1 && r->t[q].upper && tok_len(r, q) >= 2;
  if (!acronym && !term_opens_name(r, a, b, q)) return 0;
  *first = q, *last = e - 1;
  for (size_t c = quoted ? e + 1 : e; c < r->n && c <= e + 8; c++) {
    if (tok_char(r, c, ')')) return c;
    if (tok_char(r, c, '(') || tok_char(r, c, '.')) return 0;
  }
  return 0;
}

/* "Truong Son Power Joint Stock Company's (TSP) rating": a rating release
** brackets the firm's acronym after its possessive. An acronym in capitals
** opening with the name's first letter is the name's alias still, as
** right after the name (qweek122). The bracket's token, else b. */
static size_t bracket_past_possessive(const reader *r, size_t a, size_t b) {
  if (b + 4 >= r->n || !apostrophe(r, b) || !tok_eq(r, b + 1, s) || !tok_char(r, b + 2, '(') || !r->t[b + 3].upper ||
      !tok_char(r, b + 4, ')'))
    return b;
  return tok_text(r, b + 3)[0] == tok_text(r, a)[0] ? b + 2 : b;
}

/* "Tan Phu Cuong Plastics JSC (HOSE: TPC)", "Carrington Medical, Inc.
** (NYSE: CRMD)": a profile's ticker bracket after the firm's name, an
** exchange in capitals, a colon and the ticker. A ticker in capitals that
** opens with the name's first letter is the firm's acronym, named alone
** later ("TPC plans to invest ..."; set qweek135), as "(TPC)" would be.
** The ticker's token, else 0; not a number ("(TSE: 6578)") nor a ticker
** of other letters ("(HOSE: VNM)" after "Vietnam Dairy Products"). */
static size_t ticker_acronym(const reader *r, size_t a, size_t b) {
  if (b + 4 >= r->n || !tok_char(r, b, '(') || !r->t[b + 1].upper || !tok_char(r, b + 2, ':') ||
      !r->t[b + 3].upper || tok_len(r, b + 3) < 2 || !tok_char(r, b + 4, ')'))
    return 0;
  return tok_text(r, b + 3)[0] == tok_text(r, a)[0] ? b + 3 : 0;
}

/* A name and the acronym in brackets after it, "(SEVT)", "(VSIP II)". */
static int add_bracketed(reader *r, size_t a, size_t b, int type) {
  if (type == IVL_SYM_ORGANIZATION) b = numbered_before_acronym(r, a, university_city_end(r, a, b));
  ivl_name nm = make(r, a, b, type);
  size_t acr, acr_last, close;
  if (type == IVL_SYM_ORGANIZATION && demonym_said_again(r, a, b)) {
    nm = make(r, a - 1, b, type);
    nm.alias_s = r->t[b + 1].s;
    nm.alias_e = r->t[b + 2].e;
    nm.vend = r->t[b + 3].e;
  } else if (type == IVL_SYM_ORGANIZATION && (close = defined_short_name(r, a, b, &acr, &acr_last))) {
    nm.alias_s = r->t[acr].s;
    nm.alias_e = r->t[acr_last].e;
    nm.alias_as_written = acr_last > acr || !r->t[acr].upper;
    nm.vend = r->t[close].e;
  } else if (type == IVL_SYM_ORGANIZATION && (acr = ticker_acronym(r, a, b))) {
    nm.alias_s = r->t[acr].s;
    nm.alias_e = r->t[acr].e;
    nm.vend = r->t[acr + 1].e;
  } else if (bracket_acronym(r, type == IVL_SYM_ORGANIZATION ? bracket_past_possessive(r, a, b) : b, &acr) &&
             !(type == IVL_SYM_ORGANIZATION && (country_token(r, acr) || place_token(r, acr)))) {
    nm.alias_s = r->t[acr].s;
    nm.alias_e = r->t[acr].e;
    nm.vend = r->t[acr + 1].e;
  } else if (tok_char(r, b, '(') && b + 3 < r->n && r->t[b + 1].upper && roman_or_number(r, b + 2) &&
             tok_char(r, b + 3, ')')) {
    nm.alias_s = r->t[b + 1].s;
    nm.alias_e = r->t[b + 2].e;
    nm.vend = r->t[b + 3].e;
  } else if (type == IVL_SYM_ORGANIZATION && tok_char(r, b, '(') && b + 3 < r->n && r->t[b + 1].upper &&
             r->t[b + 2].word && r->t[b + 2].cap && tok_char(r, b + 3, ')') && !known_at(r, b + 1) &&
             (!known_at(r, b + 2) || last_word_again(r, b, b + 2))) {
    /* "PetroVietnam Power Corporation (PV Power)": a short name of an
    ** acronym and a word, one mention with the full name */
    nm.alias_s = r->t[b + 1].s;
    nm.alias_e = r->t[b + 2].e;
    nm.vend = r->t[b + 3].e;
  } else if (type == IVL_SYM_ORGANIZATION && b - a >= 2 && (close = bracket_known_firm(r, b))) {
    /* "Vietnam National Industry-Energy Group (Petrovietnam)", "PetroVietnam
    ** Gas Corporation (PV Gas)": a firm the gazetteer knows, alone in the
    ** brackets, is the full name's short one */
    nm.alias_s = r->t[b + 1].s;
    nm.alias_e = r->t[close - 1].e;
    nm.vend = r->t[close].e;
  } else if (type == IVL_SYM_ORGANIZATION && b - a >= 2 && tok_char(r, b, '(')) {
    /* "Mapletree Investments Pte Ltd (Mapletree)", "Viettel Global
    ** Investment JSC (Viettel Global)": the name's first words as its
    ** short name, however long */
    size_t k = 0;
    while (k < 3 && a + k + 1 < b && b + 1 + k < r->n && r->t[b + 1 + k].word &&
           tok_len(r, b + 1 + k) == tok_len(r, a + k) &&
           memcmp(tok_text(r, b + 1 + k), tok_text(r, a + k), tok_len(r, a + k)) == 0)
      k++;
    if (k && tok_char(r, b + 1 + k, ')')) {
      nm.alias_s = r->t[b + 1].s;
      nm.alias_e = r->t[b + k].e;
      nm.vend = r->t[b + 1 + k].e;
    }
  }
  return add(r, nm);
}

/* The organisation ends before b: read what follows (a person, often). */
static int org_then_rest(reader *r, size_t a, size_t end, size_t b, size_t title_start) {
  if (add_org(r, a, end)) return -1;
  /* "People's Committee of Đà Nẵng Lê Trung Chinh": the place is the gazetteer's */
  size_t p = end;
  if (p < b && tok_eq(r, p, of)) {
    size_t q = p + 1;
    while (q < b && tok_is(r, q, connectors)) q++;
    const ivl_name *k = known_at(r, q);
    if (k && k->type == IVL_SYM_LOCATION) {
      while (q < b && known_at(r, q) == k) q++;
      p = q;
    }
  }
  if (p < b && person_words(r, p, b) && !known_name(r, p, b))
    return add_person(r, p, b, r->t[title_start].s, r->t[p - 1].e);
  return end < b ? read_chunk(r, end, b) : 0;
}

/* Does [a, i) end with a complete name: an organisation or zone word, an
** administrative word, or a name the gazetteer knows? */
static int ends_a_name(const reader *r, size_t a, size_t i) {
  size_t last = i - 1;
  if (tok_is(r, last, org_heads) || is_legal_suffix(r, last) || tok_is(r, last, zone_heads) ||
      tok_is(r, last, admin_words) || tok_is(r, last, place_heads))
    return 1;
  /* "... A/S", "... B.V." */
  if (last > a + 2 && (tok_char(r, last, '.') || letter_of_form(r, last)) && ends_org(r, a, i)) return 1;
  if (last > a && (tok_eq(r, last, international) || tok_eq(r, last, global)) &&
      tok_is(r, last - 1, org_heads))
    return 1;
  const ivl_name *k = known_at(r, last);
  if (k && k->type != IVL_SYM_SECTOR && k->vend == r->t[last].e && k->vstart >= r->t[a].s) return 1;
  /* "Hyundai Engineering and ...", "Hanwha Aerospace and ...": a known firm's whole name */
  return (tok_is(r, last, trade_words) || (r->t[last].word && r->t[last].cap)) && known_firm_end(r, a, i) == i;
}

static int camel_case(const reader *r, size_t i);

/* Does the "and" at i follow a body's name that lists its fields ("Ministry
** of Economy, Trade and Industry")? 2 when the list is closed, its commas
** and its "and" before i: a list has one "and", so the one at i starts
** the next name, whatever it is ("... and Nordvik Networks"); else 1, or 0. */
static int after_body_fields(const reader *r, size_t a, size_t i) {
  size_t p = i;
  int commas = 0, ands = 0;
  for (; p > a + 2; p--)
    if (tok_char(r, p - 1, ','))
      commas++;
    else if (tok_eq(r, p - 1, and) && !r->t[p - 1].cap)
      ands++;
    else if (!field_word(r, p - 1))
      break;
  if (p == i || !tok_eq(r, p - 1, of) || !opener_of(r, p - 2)) return 0;
  return commas && ands ? 2 : 1;
}

/* "Department of Finance and Morinaka Foods": after a body's field, a
** run of capitalised words ending the chunk with a firm's head word, its
** first word no field ("Science and Technology", "Labour, Invalids and
** Social Affairs" go on), is a firm's name of its own. */
static int firm_by_its_head(const reader *r, size_t f, size_t b) {
  if (b < f + 2 || b > f + 4 || field_word(r, f) || !tok_is(r, b - 1, org_heads)) return 0;
  for (size_t k = f; k < b; k++)
    if (!r->t[k].word || !r->t[k].cap) return 0;
  return 1;
}

/* "Ministry of Health and AstraZeneca", "Department of Finance and
** Unilever": after a body's "of" its field, "and" a firm's name that no
** field has (a name the gazetteer knows as an organisation, or written as
** a brand) starts a name of its own; "Ministry of Health and Welfare"
** goes on. So after its fields listed ("Ministry of Economy, Trade and
** Industry and Vietcombank"), and any name after the list's own "and". */
static int brand_after_body(const reader *r, size_t a, size_t i, size_t b) {
  if (i < a + 3 || !r->t[i + 1].word || !r->t[i + 1].cap) return 0;
  int fields = tok_eq(r, i - 2, of) && opener_of(r, i - 3) ? 1 : after_body_fields(r, a, i);
  if (!fields) return 0;
  if (fields == 2) return 1;
  const ivl_name *k = known_at(r, i + 1);
  if (k) return k->type == IVL_SYM_ORGANIZATION && k->vstart == r->t[i + 1].s;
  return (i + 2 == b && camel_case(r, i + 1)) || firm_by_its_head(r, i + 1, b);
}

/* Does token i begin a sentence or a line? */
static int sentence_start(const reader *r, size_t i) {
  if (i == 0) return 1;
  for (uint32_t p = r->t[i - 1].e; p < r->t[i].s; p++)
    if (r->text[p] == '\n') return 1;
  return tok_char(r, i - 1, '.') || tok_char(r, i - 1, '!') || tok_char(r, i - 1, '?') ||
         tok_char(r, i - 1, ':') || tok_char(r, i - 1, ',') || tok_char(r, i - 1, '"');
}

/* Does token i have a letter with diacritics (a byte past ASCII)? */
static int has_marks(const reader *r, size_t i) {
  for (uint32_t p = r->t[i].s; p < r->t[i].e; p++)
    if ((unsigned char)r->text[p] >= 0x80) return 1;
  return 0;
}

/* Is token i written as a plain capitalised word starting with a consonant
** sound the article "an" never goes before: "Khang", not "Indian",
** "Hour", "SME", "MoU" (an acronym reads as letters: "an MoU")? */
static int consonant_word(const reader *r, size_t i) {
  const char *t = tok_text(r, i);
  size_t n = r->t[i].e - r->t[i].s;
  if (n < 2 || strchr("AEIOUHX", t[0]) || !strchr("BCDFGJKLMNPQRSTVWYZ", t[0])) return 0;
  for (size_t k = 1; k < n; k++)
    if (t[k] >= 'A' && t[k] <= 'Z') return 0;
  return 1;
}

/* "An Dương", "An Thới", "An Khang Land JSC": the Vietnamese name word An,
** not the article (which goes before a vowel sound). */
static int vietnamese_an(const reader *r, size_t a, size_t b) {
  return tok_eq(r, a, an) && a + 1 < b && r->t[a + 1].cap && (has_marks(r, a + 1) || consonant_word(r, a + 1));
}

/* "Phú Quốc Marina Resort of Siam Coastal Group": in [a, b), "of" after a
** capitalised word of a facility (two words of its name at least) and
** before a firm whose last word is an organisation's or a legal form's:
** the token of "of", or a when there is none. Not "Bank of Tokyo" nor
** "University of Economics" (no facility's word before "of"). */
static size_t facility_of_firm(const reader *r, size_t a, size_t b) {
  static const char *const facilities[] = {"resort", "hotel", "plant", "factory", "complex", "mall", "tower",
                                           NULL};
  if (!tok_is(r, b - 1, org_heads) && !tok_is(r, b - 1, legal)) return a;
  for (size_t i = a + 2; i + 2 < b; i++)
    if (tok_eq(r, i, of) && r->t[i - 1].cap && r->t[i + 1].cap &&
        one_of(tok_text(r, i - 1), tok_len(r, i - 1), facilities))
      return i;
  return a;
}

/* Where the name of a facility whose generic word is token h starts in
** [a, h): after any "in the", "at" that joined it to words before ("Covering
** 12ha in the Cái Mép Industrial Park"). */
static size_t facility_start(const reader *r, size_t a, size_t h) {
  size_t s = a;
  for (size_t k = a; k < h; k++)
    if (tok_eq(r, k, in) || tok_eq(r, k, the) || tok_eq(r, k, at) || tok_eq(r, k, for))
      s = k + 1;
  while (s < h && tok_is(r, s, stop_words) && !vietnamese_an(r, s, h)) s++;
  return s;
}

/* {======== places by the generic words around them ======== */

/* The number of tokens from i that spell one of the lower-case phrases of
** 'list' (the longest), or 0. */
static size_t phrase_at(const reader *r, size_t i, const char *const *list) {
  size_t best = 0;
  for (; *list; list++) {
    const char *p = *list;
    size_t k = i;
    while (*p && k < r->n && !r->t[k].cap && (k == i || adjacent(r, k))) {
      /* a first byte that differs breaks off as the comparison below would
      ** (a token and a phrase's word have a byte each at least): measuring
      ** the word of each of the lists' phrases took 1.2M Ir of 1.4M on
      ** /tmp/b1, where most phrases start otherwise */
      if (ivl_tolower((unsigned char)tok_text(r, k)[0]) != (unsigned char)p[0]) break;
      size_t n = strcspn(p, " ");
      if (n != tok_len(r, k)) break;
      size_t c = 0;
      while (c < n && ivl_tolower((unsigned char)tok_text(r, k)[c]) == p[c]) c++;
      if (c < n) break;
      p += n;
      k++;
      if (*p == ' ') p++;
      else if (!*p) break;
    }
    if (!*p && k - i > best) best = k - i;
  }
  return best;
}

/* Can [a, b) name a place: one to four capitalised words, no title or
** sentence opener, any name the gazetteer knows inside it a place? 2 when
** it is exactly one the gazetteer found (nothing to add), 1 when new. */
static int place_run(const reader *r, size_t a, size_t b) {
  if (b <= a || b - a > 4) return 0;
  for (size_t i = a; i < b; i++) {
    const token *tk = &r->t[i];
    if (!tk->word || !tk->cap || tok_is(r, i, titles) || tok_is(r, i, org_heads) ||
        tok_is(r, i, not_name_words) || (tok_is(r, i, stop_words) && !vietnamese_an(r, i, b)) ||
        (tok_is(r, i, region_adjectives) && !known_at(r, i)))
      return 0;
    const ivl_name *k = known_at(r, i);
    if (k && k->type == IVL_SYM_COUNTRY && i == a && i + 1 < b && !has_marks(r, i) &&
        has_marks(r, i + 1) && k->vend == tk->e)
      continue; /* "Lao Bảo": a Vietnamese name that starts like a demonym */
    if (k && (k->type != IVL_SYM_LOCATION || (k->vstart < tk->s && i == a))) return 0;
    if (k && k->vend > r->t[b - 1].e) return 0;
  }
  const ivl_name *k = known_at(r, a);
  return k && k->vstart == r->t[a].s && k->vend == r->t[b - 1].e ? 2 : 1;
}

/* Is n a province or centrally-run city of the gazetteer (its own
** province)? */
static int province_level(const reader *r, const ivl_name *n) {
  int province = r->province_key;
  if (!n || n->entry < 0 || province <= 0) return 0;
  const char *v = ivl_gazetteer_field(r->g, (uint32_t)n->entry, province);
  return v && strcmp(v, ivl_gazetteer_name(r->g, (uint32_t)n->entry)) == 0;
}

static int park_developer(const reader *r, const ivl_name *n);

/* Is n a place of the gazetteer in a Vietnamese province ("Nghệ An", "Hạ
** Long")? Not a town GeoNames alone places ("Mỹ Phước" of Tiền Giang, not
** the Mỹ Phước parks of Bình Dương): many towns share a name. */
static int in_province(const reader *r, const ivl_name *n) {
  if (n->entry < 0 || r->province_key <= 0 || !ivl_gazetteer_field(r->g, (uint32_t)n->entry, r->province_key))
    return 0;
  return !ivl_gazetteer_alone(r->g, (uint32_t)n->entry);
}

/* "VSIP Nghệ An", "Nghệ An Industrial Park", "WHA Industrial Zone 1 – Nghệ
** An", "Amata City Hạ Long": a zone or facility [a, b) whose name holds a
** place of a province (the province, a city, a district) lies in it: that
** place's entry + 1 (the name's kin, whose country and provinces it
** takes), or 0. 'zone': the generic words are written apart ("the Nghệ An
** and Thanh Hóa industrial parks"). */
static uint32_t zone_province(const reader *r, size_t a, size_t b, int zone) {
  uint32_t lists = 0;
  for (size_t i = a; i < b; i++) lists |= r->t[i].lists;
  if (!(lists & LIST_known)) return 0;
  if (!zone && !(lists & LIST_zone_heads) && !park_developer(r, known_at(r, a))) return 0;
  for (size_t i = a; i < b; i++) {
    const ivl_name *k = known_at(r, i);
    if (k && k->type == IVL_SYM_LOCATION && in_province(r, k)) return (uint32_t)k->entry + 1;
  }
  return 0;
}

/* "the Hong Kong Science Park", "Incheon International Airport": a zone
** or facility [a, b) abroad whose name opens with a place or a country
** abroad lies there: that place's or country's entry + 1 (the name's kin,
** whose country it takes and whose place it stands for: names.c
** store_name), or 0; not a joined pair ("Japan-Vietnam", "Korea Vietnam
** Friendship Park"), a name with another place in it, nor a zone said to
** be in a Vietnamese province ("the Japan Industrial Park in Long An"). */
static uint32_t zone_abroad(const reader *r, size_t a, size_t b) {
  const ivl_name *k = known_at(r, a);
  if (!k || k->entry < 0 || k->vstart != r->t[a].s || k->vend >= r->t[b - 1].s || r->text[k->vend] != ' ') return 0;
  const ivl_name *after = b + 1 < r->n && tok_eq(r, b, in) ? known_at(r, b + 1) : NULL;
  if (after && after->type == IVL_SYM_LOCATION && in_province(r, after)) return 0;
  int key = k->type == IVL_SYM_COUNTRY ? IVL_SYM_CODE : k->type == IVL_SYM_LOCATION ? ivl_sym_find("country", 7) : 0;
  const char *code = key > 0 ? ivl_gazetteer_field(r->g, (uint32_t)k->entry, key) : NULL;
  if (!code || strcmp(code, "VN") == 0) return 0;
  for (size_t i = a; i < b; i++) {
    const ivl_name *o = known_at(r, i);
    if (o && o != k && (o->type == IVL_SYM_COUNTRY || o->type == IVL_SYM_LOCATION)) return 0;
  }
  return (uint32_t)k->entry + 1;
}

/* The zone 'nm' read by shape: its province (zone_province()), or the
** place abroad it lies in (zone_abroad()), from the tokens of its span. */
static void zone_in_province(const reader *r, ivl_name *nm) {
  size_t lo = 0, hi = r->n;
  while (lo < hi) { /* the first token at or past the name's start */
    size_t mid = lo + (hi - lo) / 2;
    if (r->t[mid].s < nm->vstart) lo = mid + 1;
    else hi = mid;
  }
  size_t b = lo;
  while (b < r->n && r->t[b].e <= nm->name_e) b++;
  if (b > lo) nm->kin = zone_province(r, lo, b, 0);
  if (b > lo && !nm->kin) nm->kin = zone_abroad(r, lo, b);
}

/* Add [a, b) as a place; a name by shape with the same span (a list item
** read as a person: "Tôn Đức Thắng") becomes the place, and so does any
** name there when the place takes generic words ("Đồng Văn" of the Đồng
** Văn economic zone is the zone). */
static int add_place(reader *r, size_t a, size_t b, const char *generic) {
  ivl_name nm = make(r, a, b, IVL_SYM_LOCATION);
  nm.generic = generic;
  if (generic && !nm.kin) nm.kin = zone_province(r, a, b, 1);
  if (span_catch_up(&r->spans, r->out)) return -1;
  for (uint32_t k = span_first(&r->spans, nm.vstart); k; k = r->spans.next[k - 1]) {
    ivl_name *o = &r->out->items[k - 1];
    if ((o->entry < 0 || generic) && o->vend == nm.vend) {
      *o = nm;
      r->firm->b = 0; /* a known name changed: a firm's verdict may with it */
      return 0;
    }
  }
  return add(r, nm);
}

/* "Gia Lai Province and Chungcheongbuk province signed ...": an item of a
** list that is a place the gazetteer knows and its own capitalised
** "Province" or "City" is that place, read already; the generic word is no
** part of its name (not "Gia Lai Province" as a place of its own). */
static int known_then_admin_word(const reader *r, size_t s, size_t i) {
  if (i - s < 2 || place_run(r, s, i - 1) != 2) return 0;
  const token *g = &r->t[i - 1];
  return ivl_ascii_ieq(r->text + g->s, g->e - g->s, "province") || ivl_ascii_ieq(r->text + g->s, g->e - g->s, "city");
}

/* The places of the list [a, b): "Ninh Kiều and Cái Răng", "Diễn Phú and
** Diễn Lộc", "Hoành Mô–Dongzhong". All its items must be places, at least
** 'min' of them; the number added, or -1. */
static int place_list(reader *r, size_t a, size_t b, int min, const char *generic) {
  int items = 0;
  for (int pass = 0; pass < 2; pass++) {
    size_t s = a;
    for (size_t i = a; i <= b; i++) {
      if (i < b && !tok_eq(r, i, and) && !tok_char(r, i, ',') && !is_dash(r, i)) continue;
      int kind = place_run(r, s, i);
      if (!kind) return 0;
      /* "Đồng Nai industrial park": a park in the province, not one it names */
      const char *gen = kind == 2 && province_level(r, known_at(r, s)) ? NULL : generic;
      if (pass == 0) items++;
      else if ((kind == 1 || gen) && !(kind == 1 && !gen && known_then_admin_word(r, s, i)) && add_place(r, s, i, gen))
        return -1;
      s = i + 1;
    }
    if (items < min) return 0;
  }
  return items;
}

/* "Vinh city", "Diễn Lộc commune", "Lao Bảo border gate", "Quy Nhơn Nam
** ward": a capitalised run before a lower-case generic word is a place,
** without that word. Before a plural the run is a list, which may have
** begun before commas: "Lê Lợi, Hàm Nghi and Tôn Đức Thắng streets". */
static int place_before_generic_word(reader *r, size_t a, size_t b) {
  if (b - a == 1 && !known_at(r, a) && !has_marks(r, a) && sentence_start(r, a))
    return 0; /* "Local port operators": a word capitalised as the sentence begins */
  /* "Hải Phòng-based port operator X": the generic word is the firm's
  ** trade, the run where the firm is based, no place named with it */
  if (place_compound(r, b - 1)) return 0;
  for (const struct zone_word *z = zone_after; z->phrase; z++) {
    const char *list[] = {z->phrase, NULL};
    if (phrase_at(r, b, list)) {
      int rc = place_list(r, a, b, z->min, z->generic);
      if (rc != 0) return rc < 0 ? -1 : 1;
      break;
    }
  }
  if (phrase_at(r, b, place_after)) {
    int rc = place_list(r, a, b, 1, NULL);
    return rc < 0 ? -1 : rc > 0;
  }
  if (!phrase_at(r, b, place_after_plural)) return 0;
  /* items before commas, then this chunk's: a plural needs two ("US and
  ** European ports" are not places) */
  size_t p = a;
  while (p >= 2 && tok_char(r, p - 1, ',')) {
    size_t q = p - 1;
    while (q > 0 && p - 1 - q < 4 && r->t[q - 1].word && r->t[q - 1].cap) q--;
    if (q == p - 1 || !place_run(r, q, p - 1)) break;
    p = q;
  }
  int rc = place_list(r, p, b, 2, NULL);
  return rc < 0 ? -1 : rc > 0;
}

/* The test of the word after the chunk, inline: most chunks have none of
** the generic words after them, and place_before_generic() is asked of
** every chunk. The word's lists before the bytes between. */
static inline int place_before_generic(reader *r, size_t a, size_t b) {
  if (b >= r->n || r->t[b].cap || !tok_is(r, b, generic_starts) || !adjacent(r, b)) return 0;
  return place_before_generic_word(r, a, b);
}

/* "the Korean city of Gyeongju", "the communes of Diễn Thọ, Diễn Phú and
** Diễn Lộc": capitalised runs after "<generic word> of" are places. Token i
** starts the chunk [i, e); 'more' says a list begun before goes on here. */
static int places_after_of(reader *r, size_t i, size_t e, int more) {
  if (!more && (i < 2 || !tok_eq(r, i - 1, of) || r->t[i - 2].cap || !tok_is(r, i - 2, of_heads)))
    return 0;
  /* "... and Diễn Lộc in Diễn Châu District", "Namwon and the ...": the list ends */
  size_t cut = i;
  /* "the southern province of Bình Dương and Gyeonggi Province": a singular
  ** head ("province", not "provinces") names one place; what follows its
  ** "and" is read on its own */
  int one = !more && r->text[r->t[i - 2].e - 1] != 's';
  while (cut < e && !tok_eq(r, cut, in) && !tok_eq(r, cut, of) &&
         !(tok_eq(r, cut, and) && tok_eq(r, cut + 1, the)) &&
         !(one && (tok_eq(r, cut, and) || tok_char(r, cut, ','))))
    cut++;
  int rc = place_list(r, i, cut, 1, NULL);
  if (rc > 0 && cut < e && read_chunk(r, cut + 1, e)) return -1;
  return rc < 0 ? -1 : rc > 0;
}

/* {======== parks, local arms, a whole chunk ======== */

/* "WHA Industrial Zone 1 – Nghệ An": a numbered zone's name goes on past a
** dash to the province it is in. The end of that place, or b. */
static size_t zone_place_after(const reader *r, size_t b) {
  if (!roman_or_number(r, b - 1) || !is_dash(r, b) || !adjacent(r, b) || b + 1 >= r->n)
    return b;
  const ivl_name *k = known_at(r, b + 1);
  if (!k || k->type != IVL_SYM_LOCATION || k->vstart != r->t[b + 1].s) return b;
  size_t e = b + 1;
  while (e < r->n && known_at(r, e) == k) e++;
  return e;
}

/* (a decimal's whole part is no name's number: "Becamex IDC 1.17
** trillion VND" names no park) */
static int decimal_at(const reader *r, size_t i) {
  size_t e = r->t[i].e;
  return e + 1 < r->len && (r->text[e] == '.' || r->text[e] == ',') && ivl_isdigit((unsigned char)r->text[e + 1]);
}

static int roman_or_number(const reader *r, size_t i) {
  return i < r->n && r->t[i].word &&
         (tok_is(r, i, romans) || (ivl_isdigit((unsigned char)r->text[r->t[i].s]) && !decimal_at(r, i)));
}

/* Is n a park developer of the gazetteer ("VSIP", "Becamex IDC")? */
static int park_developer(const reader *r, const ivl_name *n) {
  if (!n || n->type != IVL_SYM_ORGANIZATION || n->entry < 0) return 0;
  int kind = r->kind_key;
  const char *v = kind > 0 ? ivl_gazetteer_field(r->g, (uint32_t)n->entry, kind) : NULL;
  return v && strcmp(v, "park developer") == 0;
}

/* "VSIP Nghệ An II", "DEEP C Hải Phòng II Industrial Zone", "Becamex VSIP
** Bình Định", "VSIP III": an industrial-park developer's name and a place
** or a number name an industrial park, its generic words included. The end
** of the park's name, or a. */
static size_t park_name(const reader *r, size_t a, size_t b) {
  size_t i = a;
  while (i < b && park_developer(r, known_at(r, i))) {
    const ivl_name *dev = known_at(r, i);
    while (i < b && known_at(r, i) == dev) i++;
  }
  if (i == a || i >= b) return a;
  const ivl_name *place = known_at(r, i);
  int named = place && place->type == IVL_SYM_LOCATION;
  while (named && i < b && known_at(r, i) == place) i++;
  size_t n = i;
  while (i < b && roman_or_number(r, i)) i++;
  if (!named && i == n) return a;
  for (size_t j = i; j < b && j - i < 3 && r->t[j].word && r->t[j].cap; j++)
    if (tok_is(r, j, zone_heads)) return j + 1;
  /* "VSIP Quang Ngai Co., Ltd": the park's developing company, no park */
  if (i < b && is_legal_suffix(r, i)) return a;
  return i;
}

static int known_places(const reader *r, size_t a, size_t b);

/* "Castem Vietnam", "Samsung Việt Nam", "Goertek Vina", "LG Display Việt
** Nam Hải Phòng Co., Ltd": a firm's local arm, the place and legal form
** after it included. The end of the name, or a. */
static size_t local_arm(const reader *r, size_t a, size_t b) {
  size_t v = a + 1;
  while (v < b && !tok_eq(r, v, vietnam) && !tok_eq(r, v, vina) &&
         !((tok_eq(r, v, viet_marked) || tok_eq(r, v, viet)) && tok_eq(r, v + 1, nam)))
    v++;
  if (v >= b) return a;
  /* "Osaka Filtration Vietnam" is a firm named after a place; "Tokyo
  ** Vietnam" is two places */
  const ivl_name *k = known_at(r, a);
  if (k && k->type != IVL_SYM_ORGANIZATION && (k->type != IVL_SYM_LOCATION || known_places(r, a, v)))
    return a;
  for (size_t i = a; i < v; i++) /* "De Heus Vietnam": a particle may open it */
    if (!r->t[i].word || (tok_is(r, i, connectors) && !(i == a && v - a >= 2 && tok_is(r, i, particles))) ||
        tok_is(r, i, titles))
      return a;
  return local_tail(r, v, b);
}

/* "Nghi Son Economic Zone and Industrial Parks Management Board": zones
** joined by "and" at i, then the body that manages them, are one name. */
static int joint_body(const reader *r, size_t a, size_t i, size_t b) {
  if (!tok_is(r, i - 1, zone_heads) || !tok_is(r, b - 1, org_heads)) return 0;
  for (size_t k = i + 1; k < b; k++)
    if (tok_eq(r, k, parks) || tok_eq(r, k, zones)) return a < i;
  return 0;
}

/* "Hanoi Association of Small and Medium Enterprises", "Fund for Small and
** Medium-sized Enterprises": "and" at i joins two sizes of the firms a body
** serves, one noun's adjectives inside its name (set qweek71; else two
** names, "... of Small" and "Medium Enterprises"). */
static int sizes_joined(const reader *r, size_t a, size_t i, size_t b) {
  static const char *const small[] = {"small", "micro", NULL};
  static const char *const medium[] = {"medium", "medium-sized", NULL};
  /* (one_of: these words are in none of the lists the tokens carry) */
  return i > a && i + 2 < b && r->t[i + 1].cap && one_of(tok_text(r, i - 1), tok_len(r, i - 1), small) &&
         one_of(tok_text(r, i + 1), tok_len(r, i + 1), medium) && tok_is(r, b - 1, org_heads);
}

/* Do the gazetteer's places cover [a, b) whole? */
static int known_places(const reader *r, size_t a, size_t b) {
  for (size_t i = a; i < b; i++) {
    const ivl_name *k = known_at(r, i);
    if (!k || k->type != IVL_SYM_LOCATION) return 0;
  }
  return b > a;
}

/* A word's ending and its length, measured when compiled: tok_ends() is
** asked about every word of every run. */
typedef struct tail {
  const char *s;
  size_t n;
} tail;
#define TAIL(lit) {lit, sizeof lit - 1}

/* Does the token end with one of 'tails' ("Bengaluru-based"), a list ended
** by {NULL, 0}? */
static int tok_ends(const reader *r, size_t i, const tail *tails) {
  size_t len = tok_len(r, i);
  for (; tails->s; tails++)
    if (len > tails->n && ivl_ascii_ieq(tok_text(r, i) + len - tails->n, tails->n, tails->s)) return 1;
  return 0;
}

/* Does token i end with one of 'tails', each a hyphen and a word
** ("Bengaluru-based")? Most words have no hyphen: looked for first, as
** the tails are tried for every word of a run; read_word() noted it
** (LIST_hyphen), and a word of ASCII letters and digits only has none. */
static int hyphened(const reader *r, size_t i, const tail *tails) {
  return (r->t[i].lists & LIST_hyphen) && tok_ends(r, i, tails);
}

/* Is token i written as a demonym ("Korean", "Thai", "Dutch", "Swiss") by
** its ending, not a country's name ("Korea")? */
static int demonym_word(const reader *r, size_t i) {
  static const tail demonym_tails[] = {TAIL("ese"), TAIL("ean"), TAIL("ian"), TAIL("ish"), TAIL("ch"),
                                       TAIL("i"),   TAIL("ss"),  {NULL, 0}};
  return tok_ends(r, i, demonym_tails);
}

/* "Ministry of Finance", "Ministry of Education and Training": token i
** opens a ministry's name, "of" after it, within [i, b). */
static int ministry_of(const reader *r, size_t i, size_t b) {
  return i + 2 < b && ivl_ascii_ieq(tok_text(r, i), tok_len(r, i), "ministry") && tok_eq(r, i + 1, of);
}

/* "Danish Fashion Institute", "British Fashion Council": an institution's
** name keeps the demonym that opens it, as its English name is written (a
** firm's does not: "Thai Central Pattana Group", set qgarment). So does a
** school's: "British International School", "Canadian International
** School Hanoi" (set qweek58, school_in_place). */
static int institution_named(const reader *r, size_t a, size_t b) {
  static const char *const institutions[] = {"institute", "council", "association", "federation", "academy",
                                             "society", "foundation", "school", "college", NULL};
  while (b > a + 1 && (tok_char(r, b - 1, '.') || tok_char(r, b - 1, ','))) b--;
  if (school_in_place(r, a, b)) return 1;
  for (int k = 0; institutions[k]; k++)
    if (ivl_ascii_ieq(tok_text(r, b - 1), tok_len(r, b - 1), institutions[k])) return 1;
  return 0;
}

/* "Thai Beverage Plc (ThaiBev)", "Korean Air Lines (KAL)": a short form
** in brackets right after the run [s, b), spelt from its first word on,
** shows that word, a demonym, opens the firm's own name. */
static int short_form_after(const reader *r, size_t s, size_t b) {
  size_t acr;
  return bracket_acronym(r, b, &acr) && r->t[acr].word &&
         ivl_names_short_form(r->text, r->t[s].s, r->t[b - 1].e, tok_text(r, acr), tok_len(r, acr));
}

/* "Bengaluru-based", "State-owned", "Singapore-registered", "Vietnamese": words that describe a
** firm before its name and are no part of it. The first token after them.
** (Where it is based or owned from, place_compound(); whose member it is,
** parent_compound(); the other ties here.) */
static size_t skip_descriptors(const reader *r, size_t a, size_t b) {
  static const tail described[] = {TAIL("-listed"), TAIL("-funded"), TAIL("-registered"), TAIL("-incorporated"),
                                   TAIL("-domiciled"), {NULL, 0}};
  size_t s = a;
  for (size_t i = a; i + 1 < b; i++)
    if (r->t[i].word && (hyphened(r, i, described) || place_compound(r, i) || parent_compound(r, i))) s = i + 1;
  /* a demonym before a firm's name: "Vietnamese Becamex IDC Corporation",
  ** "Thai Central Pattana Group", "Swiss Lindtner Holding"; and before a
  ** government's ministry, whose English name never holds it: "the
  ** Vietnamese Ministry of Finance" is the "Ministry of Finance" (not "Thai
  ** Airways", "Korean Air": the demonym opens those names); "Lao", a
  ** demonym by no ending, only before a ministry ("the Lao Ministry of
  ** Finance", not "Lao Asia Telecom") */
  const ivl_name *k = s + 1 < b ? known_at(r, s) : NULL, *firm = k ? known_at(r, s + 1) : NULL;
  int country = k && k->type == IVL_SYM_COUNTRY && k->vend == r->t[s].e;
  if (country && demonym_word(r, s) && !short_form_after(r, s, b) &&
      ((!tok_is(r, s + 1, org_heads) && !tok_is(r, s + 1, org_openers) && !institution_named(r, s + 1, b) &&
        ((firm && firm->type == IVL_SYM_ORGANIZATION) || ends_org(r, s + 1, b))) ||
       ministry_of(r, s + 1, b)))
    s++;
  else if (country && ivl_ascii_ieq(tok_text(r, s), tok_len(r, s), "lao") && ministry_of(r, s + 1, b))
    s++;
  return s;
}

/* "By Thanh Vân", "By Minh Tâm – Translated by Hải Vân", "Photo by
** VnExpress/Thanh Tung", "Hà Thu · 18/03/2024 | 15:30": a byline or credit
** names a person, with no title. */
static int byline(const reader *r, size_t a, size_t b) {
  int before = 0;
  if (a > 0 && tok_eq(r, a - 1, by))
    before = line_start(r, a - 1) || (a > 1 && (tok_is(r, a - 2, credits) || !r->t[a - 2].word));
  else if (a > 1 && tok_char(r, a - 1, '/') && known_at(r, a - 2) &&
           known_at(r, a - 2)->type == IVL_SYM_ORGANIZATION)
    before = line_end(r, b);
  else if (line_start(r, a) && b < r->n && !r->t[b].word && !tok_char(r, b, ',') && !tok_char(r, b, '.'))
    return tok_char(r, b, '|') || tok_len(r, b) > 1; /* "·": what comes before it and after */
  /* what ends the byline, asked only of the few runs a byline's start
  ** comes before (every run was asked first) */
  return before &&
         (line_end(r, b) || tok_char(r, b, '|') ||
          (b < r->n && !r->t[b].word && tok_len(r, b) > 1) ||   /* "–" */
          (b < r->n && r->t[b].s >= r->t[b - 1].e + 2));    /* "By Phan Anh   January 10" */
}

static int person_or_nothing(reader *r, size_t a, size_t b) {
  if (!person_words(r, a, b) || known_name(r, a, b)) return 0;
  return add_person(r, a, b, 0, 0);
}

/* "CEO of Decision Lab", "chairman of Hsin Yuan": after a firm's title and
** "of", a run the gazetteer does not know, that is no place, names the firm. */
static int firm_after_title(const reader *r, size_t ts, size_t a, size_t b) {
  size_t k = a;
  if (k > 0 && tok_eq(r, k - 1, the)) k--;
  if (k == 0 || !tok_eq(r, k - 1, of)) return 0;
  int firm = 0;
  for (size_t i = ts; i < k; i++) firm |= tok_is(r, i, firm_titles);
  if (!firm || known_name(r, a, b) || (known_at(r, a) && known_at(r, b - 1))) return 0;
  for (size_t i = a; i < b; i++)
    if (!r->t[i].word || tok_is(r, i, admin_words) || tok_is(r, i, place_words) || tok_is(r, i, titles))
      return 0;
  return 1;
}

/* "local partner Gemadept", "its partner Sovico": one capitalised word
** right after "partner" in lower case, no Vietnamese family name nor a
** name the gazetteer knows, is the firm a firm works with, not a person
** ("Managing Partner Lim Boon Heng": a title in capitals, a name of more
** words). So too a name of two to four words ending on a word of a trade
** or an organisation ("Cambodian partner Mekong Royal Land", "its partner
** Thanh Cong Sugar", set qweek64): no person's name ends so. The name
** of more words may be set off by a comma, in apposition ("Hoshino's
** local partner, Hưng Phát Land, will contribute", set qalias); a name of
** one word so set off may be a person's ("his partner, Smith,"). */
static int partner_firm(const reader *r, size_t a, size_t b) {
  size_t p = a > 0 && tok_char(r, a - 1, ',') ? a - 1 : a;
  if (p == 0 || b <= a || b > a + 4 || r->t[p - 1].cap || tok_len(r, p - 1) != 7 ||
      memcmp(tok_text(r, p - 1), "partner", 7) != 0)
    return 0;
  if (b > a + 1) return r->t[b - 1].cap && tok_in(r, b - 1, LIST_trade_words | LIST_org_heads);
  if (p < a) return 0;
  return !r->t[a].known && r->t[a].word && !ivl_names_vn_family(tok_text(r, a), tok_len(r, a));
}

/* "Ji-hoon", "Wei-ming": short syllables joined by a hyphen, the second in
** lower case, as East Asian given names are written. */
static int given_in_parts(const reader *r, size_t i) {
  const char *t = tok_text(r, i);
  size_t n = tok_len(r, i);
  const char *h = r->t[i].lists & LIST_hyphen ? memchr(t, '-', n) : NULL;
  if (!h || h == t || (size_t)(h - t) > 5 || n - (size_t)(h - t) - 1 > 5 || n - (size_t)(h - t) < 3) return 0;
  for (const char *p = h + 1; p < t + n; p++)
    if (!(*p >= 'a' && *p <= 'z')) return 0;
  return 1;
}

/* Is token i a firm noun that names a person's trade as often ("property
** broker John Tran said", "energy specialist David Hutt said", "car dealer
** Peter Nguyen said")? A name said to speak after it is the person's, not
** the firm's, as it would be after "firm". */
static int person_trade(const reader *r, size_t i) {
  static const char *const trades[] = {"broker", "dealer", "specialist", "financier", "hotelier", "grocer",
                                       "caterer", "courier", "underwriter", "tycoon", NULL};
  return i < r->n && one_of(tok_text(r, i), tok_len(r, i), trades);
}

/* Does a lower-case noun of a person's art or sport stand right before
** token a ("painter Sasaki (Japan)", "cyclist Ivan Petrov (Russia)")? A
** name with its country in brackets after it is an entrant's or an
** artist's, not a firm's. */
static int after_person_role(const reader *r, size_t a) {
  static const char *const roles[] = {
    "painter", "artist", "designer", "architect", "sculptor", "photographer", "singer", "actor", "actress",
    "pianist", "violinist", "composer", "conductor", "writer", "author", "poet", "chef", "athlete", "cyclist",
    "runner", "swimmer", "boxer", "golfer", "skater", "striker", "midfielder", "defender", "goalkeeper", "coach",
    "referee", "professor", "scientist", "researcher", NULL};
  return a > 0 && !r->t[a - 1].cap && one_of(tok_text(r, a - 1), tok_len(r, a - 1), roles);
}

static int firm_context(const reader *r, size_t a, size_t b, int listing);
static int firm_of_country(const reader *r, size_t a, size_t b);
static int two_firms(const reader *r, size_t a, size_t i, size_t b);
static int group_members(const reader *r, size_t a, size_t i, size_t b);
static int after_country_possessive(const reader *r, size_t a);
static size_t country_possessive_at(const reader *r, size_t a);
static int pair_each(const reader *r, size_t a, size_t i, size_t b);
static int short_name_of_second(const reader *r, size_t a, size_t i, size_t b);
static int acronym_of_first_part(const reader *r, size_t a, size_t i, size_t b);
static int short_names_partner(const reader *r, size_t a, size_t i, size_t b);
static int letters_end_firm(const reader *r, size_t a, size_t i);
static size_t past_short_bracket(const reader *r, size_t b);
static int partner_words(const reader *r, size_t a, size_t i);

/* Is the run [a, b) one token of digits alone ("49" in "and 49 per
** cent"), a number, no name? */
static int number_alone(const reader *r, size_t a, size_t b) {
  if (b != a + 1) return 0;
  const char *t = tok_text(r, a);
  for (size_t n = tok_len(r, a); n-- > 0;)
    if (!ivl_isdigit((unsigned char)t[n])) return 0;
  return 1;
}
static int possessive_firms(const reader *r, size_t a, size_t i, size_t b);
static int place_opens_firm(const reader *r, size_t a, size_t i, size_t b);
static int trades_joined(const reader *r, size_t a, size_t i, size_t b);
static int paired_trades_close(const reader *r, size_t a, size_t b);
static int partner_before_known_firm(const reader *r, size_t a, size_t i, size_t b);
static int partner_before_possessive_firm(const reader *r, size_t a, size_t i, size_t b);
static int ampersand_firm(const reader *r, size_t a, size_t b);
static int brand_after_body(const reader *r, size_t a, size_t i, size_t b);
static int deal_verb_after(const reader *r, size_t b);
static int buy_verb_after(const reader *r, size_t b);

/* "Planning and Investment", "Trade and Tourism": [a, b) names a portfolio. */
static int portfolio(const reader *r, size_t a, size_t b) {
  for (size_t i = a; i < b; i++)
    if (!tok_is(r, i, not_name_words) && !tok_is(r, i, connectors) && !tok_char(r, i, ',')) return 0;
  return 1;
}

/* "JETRO Hanoi", "KOTRA Busan": an agency's acronym and a city it has an
** office in are one organisation; the place is no mention of its own
** (GUIDELINES rule 8). */
static int branch_office(const reader *r, size_t a, size_t b) {
  const ivl_name *org = known_at(r, a);
  if (!org || org->type != IVL_SYM_ORGANIZATION || org->entry < 0 || !r->t[a].upper ||
      org->vend != r->t[a].e || park_developer(r, org) || a + 1 >= b)
    return 0;
  const ivl_name *place = known_at(r, a + 1);
  return place && place->type == IVL_SYM_LOCATION && place->vstart == r->t[a + 1].s &&
         place->vend == r->t[b - 1].e;
}

/* What the tokens of a chunk are, gathered in one pass over them: the
** lists they are in, the words of WORDS they are, whether one is inside a
** known name, hyphened, or punctuation.
** read_chunk() has twenty steps that each look through the chunk for a
** word (a title, "and", "Department", an organisation's head word...);
** most chunks are a word or two with none of them, and a step whose word
** the chunk has not is skipped. Gathered over more tokens than a step
** reads (the chunk after its stop words) it only skips fewer steps. */
typedef struct chunk_words {
  uint32_t lists;   /* LIST_*, LIST_punct, LIST_known and LIST_hyphen among them */
  uint64_t words;   /* bit WORD_* */
} chunk_words;
_Static_assert(WORD_COUNT <= 64, "chunk_words keeps the words of WORDS a bit each");

static chunk_words chunk_words_of(const reader *r, size_t a, size_t b) {
  if (r->every_step) return (chunk_words){UINT32_MAX, UINT64_MAX};
  chunk_words c = {0, 0};
  for (size_t i = a; i < b; i++) {
    c.lists |= r->t[i].lists;
    c.words |= (uint64_t)1 << r->t[i].id;
  }
  return c;
}

/* Does the chunk have the word 'w' of WORDS? A word of the list 'list'? */
#define has_word(c, w) ((((c)->words >> WORD_##w) & 1) != 0)
#define has_list(c, list) (((c)->lists & LIST_##list) != 0)

/* The name the gazetteer found that [a, b) is exactly, every token of it
** and nothing more; NULL when none. */
static const ivl_name *lone_known(const reader *r, size_t a, size_t b) {
  uint32_t k = r->t[a].known;
  if (!k) return NULL;
  for (size_t i = a + 1; i < b; i++)
    if (r->t[i].known != k) return NULL;
  const ivl_name *nm = &r->out->items[k - 1];
  return nm->vstart == r->t[a].s && nm->vend == r->t[b - 1].e ? nm : NULL;
}

/* Is [a, b), the words after read_chunk()'s first steps, a name the
** gazetteer found, whole, that no later step can read anything of? Such a
** chunk ("Hà Nội", "Japan", "Hồ Chí Minh City") is let go here: 10,199 of
** the 11,309 read_chunk() calls on one known name on /tmp/b1, which read
** through every step for nothing (read_chunk 14.1M -> 10.7M Ir). Of the steps:
** - every person step asks person_words(), which no run inside a known
**   name passes (its first word or one after it is in the name);
** - firm_context() finds no firm in a known name that is no sector (its
**   words rule it out, firm_verdict());
** - branch_office(), park_name(), local_arm() (but for an organisation),
**   firm_after_title() and the "City" step read a known name as it is;
** the others want a word ("Department" is an opener), list or neighbour
** below, and are let be.
** A sector (its name may join several hits) and an acronym in brackets
** after the run are read on, as they ask the gazetteer's lookup. */
static int inert_known(const reader *r, size_t a, size_t b, const chunk_words *c) {
  enum {
    HEADS = LIST_titles | LIST_org_heads | LIST_legal | LIST_org_openers | LIST_punct | LIST_zone_heads |
            LIST_place_heads
  };
  const ivl_name *k = lone_known(r, a, b);
  if (!k || r->every_step || k->type == IVL_SYM_SECTOR || (c->lists & HEADS)) return 0;
  if (has_word(c, and) || has_word(c, peoples) || has_word(c, party)) return 0;
  if (k->type == IVL_SYM_ORGANIZATION &&
      (has_word(c, vietnam) || has_word(c, vina) || has_word(c, viet) || has_word(c, viet_marked)))
    return 0; /* a firm's local arm */
  if (b - a == 2 && tok_is(r, a, admin_words)) return 0; /* "District 1" */
  if (tok_char(r, b, '(')) return 0;                      /* "(VSIP)" */
  return !(b < r->n && !r->t[b].cap && tok_is(r, b, generic_starts)); /* "Vinh city" */
}

/* Would the loop over the chunks read nothing of the chunk [a, b), a name
** the gazetteer found, whole? No list of places goes on there or starts
** after "of" (places_after_of()), and read_chunk() would let it go as it
** is (no stop word, nor a hyphened word, that its first steps would
** pass over); firm_context() finds no firm in it (inert_known()). */
static int inert_chunk(const reader *r, size_t a, size_t b, int more) {
  if (more || (a > 0 && tok_eq(r, a - 1, of)) || !r->t[a].known || tok_is(r, a, stop_words)) return 0;
  const chunk_words c = chunk_words_of(r, a, b);
  return !(c.lists & LIST_hyphen) && inert_known(r, a, b, &c);
}

/* "Minister of Health Đào Hồng Lan and Lao Minister of Health X", "...
** Nguyễn Thực Hiện and Tainan Deputy Mayor Y": a Vietnamese name ends
** before the "and" at i, and a title comes within three words after it:
** two people, each with a title (no organisation's name has a person's
** in it). */
static int person_then_titled(const reader *r, size_t a, size_t i, size_t b) {
  int person = (i >= a + 3 && vietnamese_person(r, i - 3, i)) || (i >= a + 4 && vietnamese_person(r, i - 4, i));
  if (!person) return 0;
  for (size_t k = i + 1; k < b && k <= i + 3; k++)
    if (tok_is(r, k, titles)) return 1;
  return 0;
}

/* "Department of Health and Seoul National University Hospital": a body
** named by its head and "of" before the "and" at i, and after it a name of
** three words or more (two from a known place) ending in a head of its own: two bodies ("Ministry of
** Science and Technology", "... of Agriculture and Rural Development" are
** one). */
static int two_bodies(const reader *r, size_t a, size_t i, size_t b) {
  if (b < i + 3 || !tok_is(r, b - 1, org_heads)) return 0;
  /* two words when the first is a known place: "... and Hanoi University" */
  if (b == i + 3) {
    const ivl_name *k = known_at(r, i + 1);
    if (!k || k->type != IVL_SYM_LOCATION) return 0;
  }
  for (size_t k = i + 1; k < b; k++)
    if (!r->t[k].word || !r->t[k].cap) return 0;
  for (size_t k = a; k + 2 < i; k++)
    if (tok_is(r, k, org_heads) && tok_eq(r, k + 1, of)) return 1;
  return 0;
}

/* "Tsubaki Lens and Chinese glass maker ...": the run ends with a country
** (its demonym) alone, [i, b), that describes what follows. */
static int country_word_last(const reader *r, size_t i, size_t b) { return i + 1 == b && country_token(r, i); }

/* "Ministry of Energy and Mines", "Department of Power and ...": a body's
** one field word before the "and" at i goes on with the next field, though
** it is a word that may end a firm's name ("Energy"). */
static int field_goes_on(const reader *r, size_t a, size_t i) {
  /* also after the place it is of ("Savannakhet Department of Energy and Mines") */
  return i >= a + 3 && tok_is(r, i - 3, org_heads) && tok_eq(r, i - 2, of) && !r->t[i + 1].known;
}

/* "Hoàng Anh Gia Lai has invested": a person's name then a province's,
** [a, e), investing or signing after token v, is a firm named after both. */
static int named_after_province(const reader *r, size_t a, size_t e, size_t v) {
  const ivl_name *k = known_at(r, e - 1);
  return k && k->type == IVL_SYM_LOCATION && k->vstart > r->t[a + 1].s && k->vend == r->t[e - 1].e &&
         province_level(r, k) && (deal_verb_after(r, v) || buy_verb_after(r, v));
}

/* "Lê Xuân Sang of the Vietnam Institute of Economics", "Kim Min-jae of
** Hanwha Energy Corp": a person's name (Vietnamese, or a given name in two
** parts), then "of" a body's name with its head word or legal form. The
** "of" token, a when none. */
static size_t person_of_body(const reader *r, size_t a, size_t b) {
  for (size_t i = a + 2; i + 1 < b && i <= a + 4; i++) {
    if (!tok_eq(r, i, of)) continue;
    int person = vietnamese_person(r, a, i) ||
                 (i - a == 2 && given_in_parts(r, a + 1) && tok_len(r, a) <= 5 && person_words(r, a, i));
    if (!person || known_name(r, a, i) || named_after_province(r, a, i, b)) return a;
    for (size_t k = i + 1; k < b; k++)
      if (tok_in(r, k, LIST_org_heads | LIST_legal)) return i;
    return a;
  }
  return a;
}

/* "dairy group Frisia Holland", "chipmaker Kestrel Japan": after a firm
** noun, one or two words of a name's own the gazetteer does not know, then
** a country's name, the chunk's last word, are the firm's name (settled
** rule 8); not a demonym ("Frisia Dutch"). */
static int country_ends_firm(const reader *r, size_t a, size_t b) {
  if (b - a < 2 || b - a > 3) return 0;
  const ivl_name *c = known_at(r, b - 1);
  if (!c || c->type != IVL_SYM_COUNTRY || c->vstart != r->t[b - 1].s || c->vend != r->t[b - 1].e ||
      demonym_word(r, b - 1))
    return 0;
  for (size_t i = a; i + 1 < b; i++)
    if (r->t[i].known || !name_word(r, i) || !adjacent(r, i + 1)) return 0;
  return 1;
}

/* "Japan's Kato Denso", "parts maker Osaka Denso": after a firm noun or a
** country's possessive, one word of a name's own (a city's or a family's,
** as Japanese and Korean firms are named) then a firm the gazetteer
** knows, the chunk's last words, are one firm, not the known firm cut at
** it; a firm known for the first word ("POSCO") stays its own. */
static int own_word_opens_known_firm(const reader *r, size_t a, size_t b) {
  const ivl_name *f = known_at(r, b - 1), *k = known_at(r, a);
  return b - a >= 2 && f && f->type == IVL_SYM_ORGANIZATION && f->vend == r->t[b - 1].e &&
         f->vstart == r->t[a + 1].s && name_word(r, a) && adjacent(r, a + 1) && !demonym_word(r, a) &&
         (!k || (k->type == IVL_SYM_LOCATION && k->vend == r->t[a].e));
}

static int after_firm_noun(const reader *r, size_t a);

/* "supermarket chain Bach Hoa Sai Gon", "dairy firm Sua Ha Noi": after a
** firm noun, two words of a name's own the gazetteer does not know, then a
** province-level place's name to the chunk's end, are the firm's name, as
** a country's are (country_ends_firm; settled rule 8); not with a
** lower-case "province" or "city" after it ("developer Hoang Long Da Nang
** city"), nor one word before the place ("group Sun Da Nang" may be a
** unit there). */
static int place_ends_firm(const reader *r, size_t a, size_t b) {
  if (b - a < 3 || b - a > 5) return 0;
  const ivl_name *p = known_at(r, b - 1);
  if (!p || p->type != IVL_SYM_LOCATION || p->vend != r->t[b - 1].e || !province_level(r, p)) return 0;
  size_t m = a;
  while (m < b && r->t[m].e <= p->vstart) m++;
  if (m - a != 2 || r->t[m].s != p->vstart) return 0;
  for (size_t i = a; i < m; i++)
    if (r->t[i].known || !name_word(r, i) || !adjacent(r, i + 1)) return 0;
  return !(b < r->n && !r->t[b].cap && tok_is(r, b, generic_starts));
}

/* "LG Innotek Hải Phòng", "Canon Bắc Ninh": a firm the gazetteer knows,
** then a province's name, the chunk's last words, are the firm's unit
** there, one name (settled rule 8); not with a lower-case "province" or
** "city" after it ("Canon Bắc Ninh province"). The province's entry + 1,
** or 0. */
static uint32_t unit_in_province(const reader *r, size_t a, size_t b) {
  const ivl_name *f = known_at(r, a), *p = known_at(r, b - 1);
  if (!f || f->type != IVL_SYM_ORGANIZATION || f->vstart != r->t[a].s || !p || p->type != IVL_SYM_LOCATION ||
      p->vend != r->t[b - 1].e || p->vstart <= f->vend || !province_level(r, p))
    return 0;
  size_t m = a;
  while (m < b && r->t[m].e <= f->vend) m++;
  if (m >= b || r->t[m].s != p->vstart || !adjacent(r, m)) return 0;
  if (b < r->n && !r->t[b].cap && tok_is(r, b, generic_starts)) return 0;
  return (uint32_t)p->entry + 1;
}

/* "Chairman of the Management Board of German chemicals group X": a run
** ending on "of" and a demonym ("German", "Danish", "Japanese"), lower-case
** words after it, ends its body's name before "of"; the demonym describes
** the firm named next, its origin. Not a country's name ("Bank of Korea",
** "Airports Corporation of Vietnam": no demonym's ending; "Bank of
** Brunei": the gazetteer's own name, whatever its ending), nor a demonym
** that goes on in capitals ("Association of German Chambers"). */
static int demonym_after_of(const reader *r, size_t a, size_t b) {
  if (b - a < 3 || b >= r->n || !tok_eq(r, b - 2, of) || !country_token(r, b - 1) || !r->t[b].word ||
      r->t[b].cap || tok_is(r, b, stop_words))
    return 0;
  /* a demonym by its ending ("Korean"), or "-an" ("German"), in a word
  ** that is not the country's own name ("Japan", "Brunei": "Bank of
  ** Brunei" stays whole) */
  static const tail an[] = {TAIL("an"), {NULL, 0}};
  const ivl_name *k = known_at(r, b - 1);
  const char *name = k->entry >= 0 ? ivl_gazetteer_name(r->g, (uint32_t)k->entry) : NULL;
  if (name && strlen(name) == tok_len(r, b - 1) && memcmp(name, tok_text(r, b - 1), strlen(name)) == 0) return 0;
  return demonym_word(r, b - 1) || (tok_ends(r, b - 1, an) && name);
}

/* Is the apposition after token b-1 ", a/an <demonym> ... city" that says
** what a place is: "Kesennuma, a Japanese fishing city that ...", "X, an
** old Indian port town,"? Its last lower-case word before a pause or a clause
** must be the place's noun: ", a Japanese firm", ", a Japanese fishing
** company" describe firms, ", a Japanese port operator" one of a port.
** *land: the country's entry + 1 when the gazetteer knows its demonym,
** else 0. */
static int place_apposition_after(const reader *r, size_t b, uint32_t *land) {
  static const char *const nouns[] = {"city", "town", "province", "prefecture", "port", "county", "state", NULL};
  static const char *const ends[] = {"that", "which", "where", "in", "on", "of", "with", "near", "known",
                                     "famous", "since", "and", "whose", "about", NULL};
  if (b + 3 >= r->n || !tok_char(r, b, ',') || !(tok_eq(r, b + 1, a) || tok_eq(r, b + 1, an))) return 0;
  size_t d = b + 2;
  /* ("an old Japanese castle town": up to two words before the demonym) */
  while (d < r->n && d - b < 4 && r->t[d].word && !r->t[d].cap && !r->t[d].known) d++;
  if (d >= r->n) return 0;
  const ivl_name *k = known_at(r, d);
  *land = 0;
  if (k && k->type == IVL_SYM_COUNTRY && k->vstart == r->t[d].s) { /* "South Korean": a demonym of two words */
    if (k->entry >= 0) *land = (uint32_t)k->entry + 1;
    while (d < r->n && known_at(r, d) == k) d++;
  }
  else if (r->t[d].word && r->t[d].cap && demonym_word(r, d))
    d++;
  else
    return 0;
  size_t j = d;
  while (j < r->n && j - d < 4 && r->t[j].word && !r->t[j].cap && !one_of(tok_text(r, j), tok_len(r, j), ends))
    j++;
  if (j == d || (j < r->n && r->t[j].word && !one_of(tok_text(r, j), tok_len(r, j), ends))) return 0;
  return one_of(tok_text(r, j - 1), tok_len(r, j - 1), nouns);
}

/* "Đà Nẵng and Kesennuma, a Japanese fishing city that has been ...": a
** name no rule and no gazetteer knows, told only by the apposition after
** it (place_apposition_after), is a place of that country; the chunk's
** words before its "and" are read on their own. Up to three capitalised words, none an
** acronym or known. 1 when read so, -1 when out of memory, else 0. */
static int place_by_apposition(reader *r, size_t a, size_t b) {
  size_t s = b;
  while (s > a && b - s < 3 && r->t[s - 1].word && r->t[s - 1].cap && !r->t[s - 1].upper && !known_at(r, s - 1) &&
         !tok_is(r, s - 1, stop_words))
    s--;
  uint32_t land = 0;
  if (s == b || (s > a && !(tok_eq(r, s - 1, and) && s - 1 > a)) || !place_apposition_after(r, b, &land)) return 0;
  if (s > a && read_chunk(r, a, s - 1)) return -1;
  ivl_name nm = make(r, s, b, IVL_SYM_LOCATION);
  nm.land = land; /* its country, stored as the place's (names.c store_name) */
  return add(r, nm) ? -1 : 1;
}

/* Does an organisation read before have its name written again from token
** i on ("Giant Motion, the bicycle maker, ..." after "bicycle maker Giant
** Motion")? Then the trade's word is the name's own. */
static int org_read_at(const reader *r, size_t i) {
  const char *w = r->text + r->t[i].s;
  for (size_t k = 0; k < r->out->n; k++) {
    const ivl_name *o = &r->out->items[k];
    size_t n = o->vend - o->vstart;
    if (o->type == IVL_SYM_ORGANIZATION && o->vend <= r->t[i].s && n > tok_len(r, i) && r->t[i].s + n <= r->len &&
        memcmp(r->text + o->vstart, w, n) == 0 && (r->t[i].s + n == r->len || !ivl_isalnum((unsigned char)w[n])))
      return 1;
  }
  return 0;
}

/* Is token i a trade noun opening a sentence (or the text after a
** dateline's dash), capitalised only there: "Developer Thien Phu Land",
** "Startup Lữ Khách"? Not an organisation's own head word ("Bank for
** Investment ...", "Group"). */
static int opening_firm_noun(const reader *r, size_t i) {
  if (!r->t[i].cap || r->t[i].upper || r->t[i].known || !tok_is(r, i, firm_nouns) || tok_is(r, i, org_heads))
    return 0;
  /* (a sentence's or a line's start, not a list's next item after a
  ** comma: "bicycle makers, Giant Wheel Works, ...") */
  int opens = i == 0 || line_start(r, i) || tok_char(r, i - 1, '.') || tok_char(r, i - 1, '!') ||
              tok_char(r, i - 1, '?') || tok_char(r, i - 1, ':') || tok_char(r, i - 1, '"') || is_dash(r, i - 1);
  return opens && !org_read_at(r, i);
}

/* "New Harbour Land has agreed to buy ...", "New Hope Group": the word
** New opening a firm's own name, not the adjective opening a sentence
** ("New FDI projects", "New Japanese investment", "New investment"): a
** name's word follows it, capitalised, no acronym, no name the gazetteer
** knows (set qweek85). */
static int new_opens_name(const reader *r, size_t a, size_t b) {
  return a + 1 < b && ivl_ascii_ieq(tok_text(r, a), tok_len(r, a), "new") && adjacent(r, a + 1) &&
         name_word(r, a + 1) && !known_at(r, a + 1);
}

/* A New opening a firm's name (new_opens_name) is no stop word there,
** so every reading of the chunk keeps it. */
static void new_names_unstopped(const reader *r, token *t) {
  for (size_t i = 0; i + 1 < r->n; i++)
    if (t[i].cap && tok_is(r, i, stop_words) && new_opens_name(r, i, r->n)) t[i].lists &= ~LIST_stop_words;
}

/* "Melbourne-based Coral Bay Aquaculture has committed": after "-based",
** two to four capitalised words the gazetteer knows none of, a place's
** word inside ("Bay", "Hill") and a word of the firm's own last, are the
** firm's whole name, no place and a firm. */
static int seated_firm_with_place_word(const reader *r, size_t a, size_t b) {
  if (b - a < 2 || b - a > 4 || !own_name_word(r, b - 1)) return 0;
  int placed = 0;
  for (size_t i = a; i < b; i++) {
    if (!r->t[i].word || !r->t[i].cap || r->t[i].known) return 0;
    placed |= i + 1 < b && i > a && tok_is(r, i, place_words);
  }
  return placed;
}

static int read_chunk(reader *r, size_t a, size_t b) {
  size_t opens = a;
  while (a < b && tok_is(r, a, stop_words) && !vietnamese_an(r, a, b)) a++;
  /* "Developer Thien Phu Land JSC has issued ...", "Retailer Phuc Loc Mart":
  ** a trade noun opening the sentence, capitalised only there, says what
  ** the firm named after it is, as "developer Thien Phu Land" would (not
  ** an organisation's own head word: "Bank for Investment ...", "Group") */
  if (b - a >= 2 && opening_firm_noun(r, a) && r->t[a + 1].cap && r->t[a + 1].word && !tok_is(r, a + 1, connectors))
    a++;
  if (b - a >= 3 && vietnamese_company(r, a)) return add_org(r, a, b);
  int apo = place_by_apposition(r, a, b);
  if (apo) return apo < 0 ? -1 : 0;
  /* (a chunk opens at a number only after its stop words) */
  while (a > opens && a + 1 < b && bare_number(r, a)) a++;
  /* "developed by Brisand in 2021": a year after "in" ends no name; the
  ** name is read without it */
  if (b - a >= 3 && tok_eq(r, b - 2, in) && tok_len(r, b - 1) == 4 && bare_number(r, b - 1)) b -= 2;
  if (demonym_after_of(r, a, b)) return read_chunk(r, a, b - 2) ? -1 : read_chunk(r, b - 1, b);
  const chunk_words cw = chunk_words_of(r, a, b), *c = &cw;
  /* "Receiving Roy Shen, ...": a verb opens the sentence; not a name that
  ** is the sentence's subject, its verb right after it ("Baring Private
  ** Equity Asia will pay": a lower-case word that is no stop word) */
  if (b - a >= 3 && !r->t[a].known && tok_len(r, a) >= 6 && ivl_ascii_ieq(tok_text(r, a) + tok_len(r, a) - 3, 3, "ing") &&
      (a == 0 || line_start(r, a) || tok_char(r, a - 1, '.')) &&
      !(b < r->n && r->t[b].word && !r->t[b].cap && !tok_is(r, b, stop_words)))
    a++;
  /* a "-based" word right before the name, in the chunk or just before it */
  int seated = a > 0 && (r->t[a - 1].lists & LIST_hyphen) && place_compound(r, a - 1);
  if (c->lists & (LIST_hyphen | LIST_known)) {
    size_t d = skip_descriptors(r, a, b); /* "Osaka-based", "Vietnamese" */
    if (d > a && place_compound(r, d - 1)) seated = 1;
    /* "Daewon Land Co., Ltd and Hanoi-based Thăng Long JSC": a name that
    ** ends before the "and" opening the described one is read on its own;
    ** so is one a firm noun put before it ("fertiliser maker Prairie Potash
    ** and Cần Thơ-based X", qvisit) */
    for (size_t k = d; has_word(c, and) && k > a + 1 && k + 3 >= d; k--)
      if (tok_eq(r, k - 1, and)) {
        if ((ends_a_name(r, a, k - 1) || after_firm_noun(r, a)) && read_chunk(r, a, k - 1)) return -1;
        break;
      }
    a = d;
  }
  if (a >= b || inert_known(r, a, b, c)) return 0;
  /* "Osaka-based Daido Metal said ...": a name said where it is based,
  ** owned or invested from is a firm's; a person's would have a role noun
  ** between ("Hanoi-based artist ..."), so no person is read here, unless
  ** the words are shaped as a person's name only ("Lê Minh Châu",
  ** "Kwon Min-jae") */
  if (seated && person_words(r, a, b) && !vietnamese_person(r, a, b) &&
      !(b - a == 2 && given_in_parts(r, a + 1)) && !known_name(r, a, b))
    return add_org(r, a, b);
  if (seated && seated_firm_with_place_word(r, a, b)) return add_org(r, a, b);
  /* "Air India", "Air Astana", "Air New Zealand": "Air" and then a country
  ** or a place, the whole chunk, is a carrier named after it (rule 8) */
  if (b - a >= 2 && r->t[a].cap && tok_len(r, a) == 3 && memcmp(tok_text(r, a), "Air", 3) == 0) {
    const ivl_name *k = known_at(r, a + 1);
    if (k && (k->type == IVL_SYM_COUNTRY || k->type == IVL_SYM_LOCATION) && k->vstart == r->t[a + 1].s &&
        k->vend == r->t[b - 1].e)
      return add_org(r, a, b);
  }
  if (byline(r, a, b) && person_words(r, a, b) && !known_name(r, a, b)) return add_person(r, a, b, 0, 0);
  /* "— VNA/VNS Photo Hồng Đạt": a photographer after "Photo" */
  for (size_t p = a; has_word(c, photo) && p + 1 < b; p++)
    if (tok_eq(r, p, photo) && r->t[p].cap && line_end(r, b) && person_words(r, p + 1, b)) {
      if (p > a && read_chunk(r, a, p)) return -1;
      return person_or_nothing(r, p + 1, b);
    }
  /* "... Street in Lam Hạ ward": the end of a chunk before a generic word */
  int pg = place_before_generic(r, a, b);
  if (pg) return pg < 0 ? -1 : 0;
  /* "District 1", "Ward 7": numbered units, the word kept */
  if (b - a == 2 && tok_is(r, a, admin_words) && ivl_isdigit((unsigned char)r->text[r->t[a + 1].s]))
    return add(r, make(r, a, b, IVL_SYM_LOCATION));
  /* "Posco Engineering and Construction": one firm, its "and" no list */
  if (has_list(c, known) && known_firm_end(r, a, b) == b)
    return add_org(r, a, b);
  /* "Viettel Global of Vietnam has invested": that firm, then "of" its country */
  for (size_t i = a + 2; has_list(c, known) && has_word(c, of) && i + 1 < b && i <= a + 4; i++)
    if (tok_eq(r, i, of)) {
      size_t q = tok_eq(r, i + 1, the) ? i + 2 : i + 1;
      const ivl_name *kc = q < b ? known_at(r, q) : NULL;
      if (!kc || kc->type != IVL_SYM_COUNTRY || kc->vstart != r->t[q].s || kc->vend != r->t[b - 1].e ||
          known_firm_end(r, a, i) != i)
        break;
      if (add_org(r, a, i)) return -1;
      return read_chunk(r, q, b);
    }
  /* "Vindhya Steel and Power": one firm of two trades */
  if (has_word(c, and) && paired_trades_close(r, a, b)) return add_org(r, a, b);
  /* "Canon Việt Nam and Goertek Vina", "... Agency and the Association of ...",
  ** "Hồ Quang Huy and Mayor of ...": two names */
  for (size_t i = a + 1; has_word(c, and) && i + 1 < b; i++)
    if (tok_eq(r, i, and) &&
        (tok_eq(r, i + 1, the) || (ends_a_name(r, a, i) && !field_goes_on(r, a, i)) ||
         (title_word(r, i + 1) && !title_word(r, i - 1) && !tok_is(r, i - 1, connectors)) ||
         person_then_titled(r, a, i, b) || two_bodies(r, a, i, b) || two_firms(r, a, i, b) ||
         country_word_last(r, i + 1, b) || possessive_firms(r, a, i, b) || ampersand_firm(r, a, i) ||
         brand_after_body(r, a, i, b) || partner_before_known_firm(r, a, i, b) || pair_each(r, a, i, b) ||
         place_opens_firm(r, a, i, b) || group_members(r, a, i, b) || short_name_of_second(r, a, i, b) ||
         letters_end_firm(r, a, i)) &&
        !joint_body(r, a, i, b) && !trades_joined(r, a, i, b) && !acronym_of_first_part(r, a, i, b) &&
        !sizes_joined(r, a, i, b)) {
      size_t before = r->out->n;
      /* "KfW and Viet Nam Electricity": a firm each side, the second named from its place */
      if (place_opens_firm(r, a, i, b)) return add_org(r, a, i) ? -1 : add_org(r, i + 1, b);
      int pair = pair_each(r, a, i, b);
      int members = group_members(r, a, i, b);
      if (two_firms(r, a, i, b) || possessive_firms(r, a, i, b) || pair || members || letters_end_firm(r, a, i)
              ? add_org(r, a + (members ? country_possessive_at(r, a) : 0), i)
              : read_chunk(r, a, i))
        return -1;
      const ivl_name *left = r->out->n > before ? &r->out->items[r->out->n - 1] : NULL;
      int left_firm = left && left->type == IVL_SYM_ORGANIZATION && left->vend == r->t[i - 1].e;
      /* "Nordvik Networks and Samsung signed": the name no rule read is a firm */
      if (r->out->n == before && (partner_before_known_firm(r, a, i, b) || short_names_partner(r, a, i, b) ||
                                  partner_before_possessive_firm(r, a, i, b))) {
        if (add_org(r, a, i)) return -1;
        left_firm = 1;
      }
      size_t k = i + 1;
      while (k < b && tok_is(r, k, connectors)) k++;
      if (k >= b) return 0;
      size_t mid = r->out->n;
      if (read_chunk(r, k, b)) return -1;
      /* "Apax Partners and Hillhouse Investment": the firm after a firm's "and";
      ** not a number ("owned by X JSC and 49 per cent by ...": a share) */
      return left_firm && r->out->n == mid && k == i + 1 && !number_alone(r, k, b) && (pair || firm_context(r, k, b, 1))
                 ? add_org(r, k, b)
                 : 0;
    }
  /* both start at a name the gazetteer knows */
  if (has_list(c, known) && branch_office(r, a, b)) return add_org(r, a, b);
  size_t pe = has_list(c, known) ? park_name(r, a, b) : a;
  if (pe > a) {
    if (add(r, make(r, a, pe, IVL_SYM_LOCATION))) return -1;
    return pe < b ? read_chunk(r, pe, b) : 0;
  }
  size_t title_start = title_before(r, a);
  /* "HCM City Department of Tourism": the place, then the department */
  for (size_t d = a + 1; has_word(c, department) && d < b; d++)
    if (tok_eq(r, d, department) && opener_of(r, d) && known_places(r, a, d)) {
      if (read_chunk(r, a, d)) return -1;
      return org_then_rest(r, d, org_end(r, d, b), b, d);
    }
  /* "Hải Phòng People's Committee": the place is the gazetteer's */
  size_t cs = has_word(c, peoples) || has_word(c, party) ? committee_start(r, a, b) : b;
  if (cs < b) {
    size_t ce = cs + 1;
    while (ce < b && !tok_eq(r, ce, committee) && !tok_eq(r, ce, council) &&
           !tok_eq(r, ce, government))
      ce++;
    ce++;
    if (cs > a && read_chunk(r, a, cs)) return -1;
    return org_then_rest(r, cs, ce, b, cs > a ? a : title_start);
  }
  size_t t = has_list(c, titles) ? find_title(r, a, b) : b;
  if (t < b) return read_titled(r, a, t, b, title_start);
  /* "Lê Xuân Sang of the Vietnam Institute of Economics": a person, then
  ** "of" the body he or she speaks for */
  size_t po = has_word(c, of) ? person_of_body(r, a, b) : a;
  if (po > a) {
    if (add_person(r, a, po, 0, 0)) return -1;
    return read_chunk(r, po + 1, b);
  }
  /* "Thái Thụy Industrial Park of Vinh Quang Infrastructure JSC": a zone
  ** or facility, then "of" its developer, a firm with its legal form or
  ** its head word ("... Industrial Park of Tân Uyên Industrial Development
  ** Corporation", qweek65): two names */
  if (has_word(c, of) && (c->lists & LIST_zone_heads) && (tok_is(r, b - 1, legal) || tok_is(r, b - 1, org_heads)))
    for (size_t i = a + 2; i + 2 < b; i++)
      if (tok_eq(r, i, of) && tok_is(r, i - 1, zone_heads) && r->t[i - 1].cap && r->t[i + 1].cap) {
        if (read_chunk(r, a, i)) return -1;
        return read_chunk(r, i + 1, b);
      }
  /* (so "Phú Quốc Marina Resort of Siam Coastal Group": a resort, hotel
  ** or plant, then "of" its owner, a firm ending in its group's word) */
  size_t fo = has_word(c, of) && (c->lists & (LIST_org_heads | LIST_legal)) ? facility_of_firm(r, a, b) : a;
  if (fo > a) {
    if (read_chunk(r, a, fo)) return -1;
    return read_chunk(r, fo + 1, b);
  }
  /* a title word ("Deputy", which find_title() passes over) or "General",
  ** "Prime", "Standing" opens the prefix, if any */
  int prefix = has_list(c, titles) || has_word(c, general) || has_word(c, prime) || has_word(c, standing) ||
               has_word(c, representatives) || has_word(c, leaders) || has_word(c, executives) ||
               has_word(c, officials) || has_word(c, delegates) || has_word(c, shareholders) ||
               has_word(c, stockholders);
  size_t oa = prefix ? skip_title_prefix(r, a, b) : a;
  /* an organisation's end is after its head word or legal form, or its
  ** name opens with its generic word; ends_org() also reads legal forms
  ** in letters and punctuation ("B.V.", "A/S") */
  size_t oe = c->lists & (LIST_org_heads | LIST_legal | LIST_org_openers | LIST_closing_heads) ||
                      capitals_form_in(r, oa, b)
                  ? org_end(r, oa, b)
                  : b;
  int org_like = (c->lists & (LIST_org_heads | LIST_legal | LIST_punct | LIST_closing_heads)) != 0 ||
                 ((c->lists & LIST_not_name_words) && investment_house(r, oa, b));
  /* "Hanoi Steel Pipes signed", "Japan Steel Works will": a word of the
  ** firm's own after its trade, the sentence going on in lower case (or
  ** after a comma: "Orchard Logistics Trust, which runs ...") */
  /* (or before a bracket that tells its country or short form: "Kyoshin
  ** Steel Works (Japan)", a licence table's investor) */
  int goes_on = b < r->n && ((r->t[b].word && !r->t[b].cap && !tok_is(r, b, speech_verbs)) || tok_char(r, b, ',') ||
                             (tok_char(r, b, '(') && b + 1 < r->n && r->t[b + 1].cap));
  /* "the Đà Nẵng Software Park", "a Logistics Zone": a trade's word, then a
  ** zone's generic word ending the run, names a zone (read below), not a
  ** firm and a person ("Park", a Korean surname; qweek62) */
  int zone_named = oe + 1 == b && oe > oa && r->t[oe].cap && tok_is(r, oe, zone_heads) &&
                   tok_is(r, oe - 1, org_heads) && !is_legal_suffix(r, oe - 1) &&
                   !(b < r->n && tok_is(r, b, speech_verbs));
  if (!zone_named && oe + 1 == b && oe > oa && goes_on &&
      tok_is(r, oe - 1, org_heads) && !tok_is(r, oa, org_openers) &&
      (own_name_word(r, oe) || plural_facility_word(r, oe)) &&
      !title_cased_line(r, oa, b))
    return add_org(r, oa, b);
  /* "China Southern Power Grid and EVN signed": the same word of the
  ** firm's own before an "and" that joins the next name to it (else
  ** "Grid" a firm of its own); not one body whose acronym in brackets
  ** after the run spells both parts ("National Power System and Market
  ** Operator (NSMO)") */
  if (oe + 2 < b && oe > oa && tok_eq(r, oe + 1, and) && r->t[oe + 2].cap && tok_is(r, oe - 1, org_heads) &&
      !tok_char(r, b, '(') &&
      !tok_is(r, oe, zone_heads) && !tok_is(r, oa, org_openers) && own_name_word(r, oe) &&
      !title_cased_line(r, oa, b))
    return add_org(r, oa, oe + 1) ? -1 : read_chunk(r, oe + 2, b);
  if ((oe < b && !zone_named) || (oe == b && oa < b &&
                 ((org_like && ends_org(r, oa, b)) || (has_list(c, org_openers) && opener_inside(r, oa, b))))) {
    if (oa > a || tok_is(r, oa, org_openers) || oe - oa >= 2 || is_legal_suffix(r, oe - 1))
      return org_then_rest(r, oa, oe, b, oa > a ? a : title_start);
  }
  /* "Vinh City", "Hokkaido Prefecture", "Canh Vinh Commune": the place without the word */
  if (b - a >= 2 && b - a <= 5 && tok_is(r, b - 1, admin_words) && !tok_eq(r, b - 1, port) &&
      !firm_short_form_of_city(r, a, b)) {
    /* "Incheon Metropolitan City": the place without either word */
    size_t ne = b - a >= 3 && tok_eq(r, b - 1, city) && tok_eq(r, b - 2, metropolitan) ? b - 2 : b - 1;
    int kind = ne - a <= 3 ? place_run(r, a, ne) : 0;
    if (kind) return kind == 1 ? add_place(r, a, ne, NULL) : 0;
  }
  /* zones and facilities keep their generic word: "Vân Trung Industrial Park",
  ** "Lê Lợi Street"; "... Industrial Park in Gò Dầu": the place after it is read on */
  for (size_t i = b; (c->lists & (LIST_zone_heads | LIST_place_heads)) && i > a + 1; i--)
    if (tok_is(r, i - 1, zone_heads) || tok_is(r, i - 1, place_heads)) {
      size_t e = i;
      while (e < b && (r->t[e].upper || ivl_isdigit((unsigned char)r->text[r->t[e].s]))) e++;
      size_t s = facility_start(r, a, i - 1);
      if (s >= i - 1) break;
      size_t pa = e == b ? zone_place_after(r, b) : b;
      if (pa > b) return add(r, make(r, s, pa, IVL_SYM_LOCATION));
      /* "Hoàng Anh Resort received approval for a golf complex": a
      ** resort's name winning a licence is its firm's (set qpromo) */
      if (e == b && tok_eq(r, b - 1, resort) && licence_won_after(r, b))
        return add_bracketed(r, s, b, IVL_SYM_ORGANIZATION);
      if (e == b) return add_bracketed(r, s, b, IVL_SYM_LOCATION);
      /* "Thăng Long Industrial Park Vĩnh Phúc": the province the park is
      ** in ends its name, as after a dash */
      if (tok_is(r, i - 1, zone_heads) && known_at(r, e) && known_at(r, e) == known_at(r, b - 1) &&
          known_places(r, e, b) && province_level(r, known_at(r, e)))
        return add(r, make(r, s, b, IVL_SYM_LOCATION));
      if (tok_eq(r, e, in) || tok_eq(r, e, of)) {
        if (add(r, make(r, s, e, IVL_SYM_LOCATION))) return -1;
        return read_chunk(r, e + 1, b);
      }
    }
  /* "President of Hanwha Aerospace Son Jae-il", "Chairman of Hòa Phát Group
  ** Trần Đình Long": the firm after the title, then its head's name, East
  ** Asian (a given name in two parts) or Vietnamese */
  if (title_start < a && b - a >= 3) {
    size_t ps = b;
    if (given_in_parts(r, b - 1) && tok_len(r, b - 2) <= 5 && person_words(r, b - 2, b))
      ps = b - 2;
    else
      for (size_t n = 4; n >= 3 && ps == b; n--)
        if (b - a > n && vietnamese_person(r, b - n, b)) ps = b - n;
    if (ps < b && !known_name(r, ps, b)) {
      size_t before = r->out->n;
      if (read_chunk(r, a, ps)) return -1;
      if (r->out->n == before && !known_at(r, a) && firm_after_title(r, title_start, a, ps) && add_org(r, a, ps))
        return -1;
      return add_person(r, ps, b, r->t[title_start].s, r->t[ps - 1].e);
    }
  }
  if (title_start < a && (firm_after_title(r, title_start, a, b) || partner_firm(r, a, b))) return add_org(r, a, b);
  if (title_start < a) { /* "Ambassador to Việt Nam Yamada Takio": the name ends the run */
    size_t s = b;
    for (size_t k = b > a + 10 ? b - 10 : a; k < b; k++)
      if (person_words(r, k, b)) { s = k; break; }
    /* "Minister of Food Nguyen": what follows "of" names the portfolio; a
    ** person comes after a whole name, or is plainly Vietnamese */
    int of = tok_eq(r, a - 1, of) || tok_eq(r, a - 1, for) ||
             (a >= 2 && tok_eq(r, a - 1, the) && tok_eq(r, a - 2, of));
    if (of && s < b && !ivl_names_vn_family(tok_text(r, s), tok_len(r, s)) &&
        !(s > a && (ends_a_name(r, a, s) || portfolio(r, a, s))))
      s = b;
    if (s < b && !known_name(r, s, b)) {
      if (s > a && read_chunk(r, a, s)) return -1;
      return add_person(r, s, b, r->t[title_start].s, r->t[s - 1].e);
    }
  }
  /* "Lee Jae-yong, chairman of Samsung": the comma after the run asked
  ** first, as most runs have none and person_words() reads every word */
  uint32_t ts;
  if (b - a >= 2 && tok_char(r, b, ',') && person_words(r, a, b) && title_after(r, b, &ts) &&
      !known_name(r, a, b))
    return add_person(r, a, b, 0, 0);
  /* "Dutch company Van Leeuwen Agri": no person's name ends in a word of a trade */
  if (vietnamese_person(r, a, b) && !(r->t[b - 1].cap && tok_is(r, b - 1, trade_words)))
    /* "Hoàng Anh Gia Lai (HAGL)": no person goes by an acronym */
    return named_after_province(r, a, b, b) || (tok_char(r, b, '(') && initials_in_bracket(r, a, b))
               ? add_org(r, a, b)
               : add_person(r, a, b, 0, 0);
  /* "Hoàng Anh Gia Lai of Vietnam plans to invest": the same firm, then
  ** "of" its country */
  for (size_t i = a + 3; has_word(c, of) && i + 1 < b && i <= a + 4; i++)
    if (tok_eq(r, i, of)) {
      size_t q = tok_eq(r, i + 1, the) ? i + 2 : i + 1;
      const ivl_name *kc = known_at(r, q);
      if (!vietnamese_person(r, a, i) || !kc || kc->type != IVL_SYM_COUNTRY || kc->vstart != r->t[q].s ||
          kc->vend != r->t[b - 1].e || !named_after_province(r, a, i, b))
        break;
      if (add_org(r, a, i)) return -1;
      return read_chunk(r, q, b);
    }
  int closed = b >= r->n || tok_char(r, b, ',') || tok_char(r, b, '.');
  /* "said Kim Jung-hoon, the firm's general director" */
  int who = tok_char(r, b, ',') && tok_eq(r, b + 1, who); /* "said Tanaka, who ..." */
  if (a > 0 && tok_is(r, a - 1, speech_verbs) && (b - a >= 2 || who) && closed && person_words(r, a, b) &&
      !known_name(r, a, b))
    return add_person(r, a, b, 0, 0);
  /* (but "Hoshino's local partner, Hưng Phát Land,": a firm's name set
  ** off after "partner", no person's: partner_firm) */
  if (a >= 2 && tok_char(r, a - 1, ',') && partner_firm(r, a, b)) return add_org(r, a, b);
  /* "the company's chairman, Choi Sung-min." */
  if (a >= 2 && tok_char(r, a - 1, ',') && tok_is(r, a - 2, titles) && !r->t[a - 2].cap && b - a >= 2 &&
      closed && person_words(r, a, b) && !known_name(r, a, b)) {
    size_t ts2 = a - 2;
    while (ts2 > 0 && title_word(r, ts2 - 1)) ts2--;
    return add_person(r, a, b, r->t[ts2].s, r->t[a - 2].e);
  }
  size_t acr;
  /* not a place's country in brackets: "Taoyuan City of Taiwan (China)";
  ** nor a person's, "led by Park Jae-won (Korea)", "cyclist Ivan Petrov
  ** (Russia)" */
  if (b - a >= 2 && bracket_acronym(r, b, &acr) && !known_name(r, a, b) && !tok_is(r, b - 1, named_things) &&
      !(known_at(r, acr) && known_at(r, acr)->type == IVL_SYM_COUNTRY &&
        (tok_eq(r, b - 2, of) || (b - a == 2 && given_in_parts(r, a + 1) && person_words(r, a, b)) ||
         after_person_role(r, a))))
    return add_org(r, a, b);
  /* "pension fund Southern Cross Super said": a firm noun names a firm
  ** (and "Delmont Talsa said it would spend": see past_said_it) */
  int after_firm_noun = a > 0 && !r->t[a - 1].cap && tok_is(r, a - 1, firm_nouns) && !line_start(r, a) &&
                        !(tok_is(r, b, speech_verbs) && person_trade(r, a - 1));
  if (b - a >= 2 && b - a <= 3 && tok_is(r, b, speech_verbs) && !(r->t[b - 1].cap && tok_is(r, b - 1, trade_words)) &&
      person_words(r, a, b) && !known_name(r, a, b) && !after_firm_noun && !said_it_invests(r, a, b) &&
      /* "Brenner Antriebstechnik added $150 million to its plant": "added"
      ** with a sum after it is money put in, by a firm; a speaker's
      ** "added" goes on with a clause (set qweek140) */
      !builds_with_money_after(r, b))
    return said_it_builds(r, a, b) ? add_org(r, a, b) : add_person(r, a, b, 0, 0);
  if (after_firm_noun && (country_ends_firm(r, a, b) || place_ends_firm(r, a, b))) return add_org(r, a, b);
  if ((after_firm_noun || after_country_possessive(r, a)) && own_word_opens_known_firm(r, a, b))
    return add_org(r, a, b);
  uint32_t seat = b - a >= 2 && r->t[a].known ? unit_in_province(r, a, b) : 0;
  if (seat) {
    if (add_org(r, a, b)) return -1;
    r->out->items[r->out->n - 1].seat = seat;
    return 0;
  }
  int vietnam = has_word(c, vietnam) || has_word(c, vina) || has_word(c, viet) || has_word(c, viet_marked);
  size_t e = vietnam ? local_arm(r, a, b) : a;
  if (e > a) {
    if (add_org(r, a, e)) return -1;
    return e < b ? read_chunk(r, e, b) : 0;
  }
  /* "Lee Ji-hoon, a South Korean engineer": a given name in two parts */
  if (b - a == 2 && given_in_parts(r, a + 1) && tok_len(r, a) <= 5 && person_words(r, a, b) &&
      !known_name(r, a, b))
    return add_person(r, a, b, 0, 0);
  /* "went to Sunny Optical of China": the firm, then its country read on */
  for (size_t i = a + 1; has_word(c, of) && i + 1 < b && i <= a + 3; i++)
    if (tok_eq(r, i, of)) {
      /* "Kim Jong-ho of Korea will invest": a given name in two parts is a
      ** person's, whatever country follows */
      if (i - a == 2 && given_in_parts(r, a + 1) && tok_len(r, a) <= 5 && person_words(r, a, i) &&
          !known_name(r, a, i)) {
        if (add_person(r, a, i, 0, 0)) return -1;
        return read_chunk(r, i + 1, b);
      }
      if (!firm_of_country(r, a, i)) break;
      if (add_org(r, a, i)) return -1;
      return read_chunk(r, i + 1, b);
    }
  return firm_context(r, a, b, 0) ? add_org(r, a, b) : 0;
}

/* "Bengaluru-based", "Japan-invested", "Seattle-founded": a place joined
** to a participle qualifies the name after it and is no part of it. */
static int place_compound(const reader *r, size_t i) {
  static const tail tails[] = {TAIL("-based"), TAIL("-invested"), TAIL("-owned"), TAIL("-headquartered"),
                               TAIL("-founded"), {NULL, 0}};
  return hyphened(r, i, tails);
}

/* "Foxconn-affiliate", "Samsung-backed": a parent joined to a word of
** its tie qualifies the firm named after it. */
static int parent_compound(const reader *r, size_t i) {
  static const tail tails[] = {TAIL("-affiliate"), TAIL("-affiliated"), TAIL("-backed"), TAIL("-linked"),
                               TAIL("-controlled"), {NULL, 0}};
  return hyphened(r, i, tails);
}

/* {======== firms known by what is said around them ======== */

/* Is token i a word with a capital inside it after a small letter, the
** shape of a brand ("AirAsia", "VinFast")? */
static int camel_case(const reader *r, size_t i) {
  const char *t = tok_text(r, i);
  size_t n = tok_len(r, i);
  if (n >= 2 && (ivl_ascii_ieq(t, 2, "mc") || (n >= 3 && ivl_ascii_ieq(t, 3, "mac")))) return 0;
  for (size_t k = 2; k + 2 < n; k++) /* "AirAsia"; not "MoU" */
    if (t[k - 1] >= 'a' && t[k - 1] <= 'z' && t[k] >= 'a' && t[k] <= 'z' && ivl_isupper((unsigned char)t[k + 1]) &&
        t[k + 2] >= 'a' && t[k + 2] <= 'z')
      return 1;
  return 0;
}

/* "Korean firms Hyosung, Panko, ...": a plural firm noun before token i. */
static int plural_firm_noun(const reader *r, size_t i) {
  if (i == 0 || r->t[i - 1].cap || !tok_is(r, i - 1, firm_nouns)) return 0;
  const char *t = tok_text(r, i - 1);
  return t[tok_len(r, i - 1) - 1] == 's';
}

/* Is s[0, n) one of 'list' (NULL-ended)? */
static int one_of(const char *s, size_t n, const char *const *list) {
  while (*list && !ivl_ascii_ieq(s, n, *list)) list++;
  return *list != NULL;
}

/* "garment maker May Hòa Bình": a run a firm noun puts after it that opens
** on a month's word ("may", garments, in Vietnamese firms' names) is the
** firm's name, no date nor place (a place inside it is no mention, rule 8);
** not at a line's start ("Maker May ..." is a headline's). */
static int month_named_firm(const reader *r, size_t a, size_t b) {
  static const char *const months[] = {"may", "march", "june", NULL};
  return b - a >= 2 && a > 0 && !r->t[a - 1].cap && tok_is(r, a - 1, firm_nouns) && !line_start(r, a) &&
         r->t[a + 1].cap && one_of(tok_text(r, a), tok_len(r, a), months);
}

/* Is token i (< r->n) one of the words of 'list', one of spelt_lists?
** Only when its lists say it is in one of them; every token compared
** when reading every step (the tests' reference, which sees to it that
** the lists are all there). */
static int tok_one_of(const reader *r, size_t i, const char *const *list) {
  return (r->every_step || (r->t[i].lists & LIST_spelt)) && one_of(tok_text(r, i), tok_len(r, i), list);
}

/* "chip designer Synaptic Silicon", "chip foundry X": a noun of chip design
** or making that a trade word before it makes a firm's (not a firm noun
** alone: "designer Thomas Berger" is a person). Asked of runs the lists
** have not decided, so the words are compared here. */
static int chip_firm_noun_before(const reader *r, size_t a) {
  static const char *const nouns[] = {"designer", "designers", "foundry", "foundries", NULL};
  static const char *const trades[] = {"chip", "chips", "semiconductor", "microchip", "software", NULL};
  return a >= 2 && r->t[a - 1].word && r->t[a - 2].word && !r->t[a - 1].cap && !line_start(r, a) &&
         one_of(tok_text(r, a - 1), tok_len(r, a - 1), nouns) &&
         one_of(tok_text(r, a - 2), tok_len(r, a - 2), trades);
}

/* "Daeyang first invested", "Granvia initially invested", "Morita then
** poured": an adverb of when, between a firm's short name and its deal
** verb, read as the auxiliaries are (deal_verb_after, one_word_investor,
** buy_verb_after). */
static const char *const when_adverbs[] = {"first", "initially", "originally", "later", "then", "subsequently",
                                           "previously", "earlier", "again", NULL};

/* Does a verb of a deal follow token b-1 as its subject's: "signed",
** "invested", "will invest", "plans to invest"? Up to three auxiliary words
** between. Persons sign too, but they are read before a run gets here (a
** title, a Vietnamese name, a hyphened given name). Compared word by word,
** not looked up as lists of their own: asked of few runs, where a list bit
** each made every token's lookup dearer (tokenize 0.1M Ir more on
** /tmp/b1); only the tokens in one of spelt_lists are compared. */
static int verb_of_list_after(const reader *r, size_t b, const char *const *verbs);

static const char *const deal_verbs[] = {"signed", "signs", "sign", "inked", "invested", "invests",
                                         "invest", "pledged", "pay", "pays", "paid", "acquired", "acquire",
                                         "acquires", "bought", "buy", "buys", "poured", "pumped", "injected",
                                         /* profits put back in (set qexpand) */
                                         "reinvest", "reinvests", "reinvested", NULL};

static int stake_taken_at(const reader *r, size_t i);

/* (or "took a 30 per cent stake", its auxiliaries before: set qweek57) */
static int deal_verb_after(const reader *r, size_t b) {
  if (verb_of_list_after(r, b, deal_verbs)) return 1;
  static const char *const aux[] = {"will", "has", "have", "had", "also", "recently", NULL};
  for (size_t i = b; i < b + 3 && i < r->n && r->t[i].word && !r->t[i].cap; i++) {
    if (stake_taken_at(r, i)) return 1;
    if (!one_of(tok_text(r, i), tok_len(r, i), aux)) return 0;
  }
  return 0;
}

/* "Quảng Ngãi Sugar will spend VNĐ1 trillion", "Lam Sơn Dairy has
** committed $40 million": verbs of money put in that name no deal
** themselves, weaker cues than deal_verb_after's (firm_verdict and
** one_word_investor ask them of runs no earlier organisation's name holds). */
static const char *const spend_verbs[] = {"pour", "pours", "pump", "pumps", "inject", "injects", "spend", "spends",
                                          "spent", "commit", "commits", "committed", NULL};

static int spend_verb_after(const reader *r, size_t b) {
  return verb_of_list_after(r, b, spend_verbs);
}

static int written_longer(const reader *r, size_t a, size_t b);

/* "Lion City and Saigon Telecom formed a joint venture" after "Lion City
** Data Centres said ...": a run ending in "City" that no place of the
** gazetteer opens, written elsewhere as the start of a longer name, is
** that firm's short form, not a city of its own (set qweek57); "Vinh City"
** and "Ho Chi Minh City" are known and stay places. */
static int firm_short_form_of_city(const reader *r, size_t a, size_t b) {
  if (!tok_eq(r, b - 1, city) || known_at(r, a) || !written_longer(r, a, b)) return 0;
  /* not where the city's own bodies write it longer: "Gimhae City Council",
  ** "Changwon City Government", "X City People's Committee" */
  static const char *const city_bodies[] = {"Council", "Government", "Hall", "People's", "People’s", "Committee",
                                            "Mayor", "Assembly", "Office", "Department", "Authority",
                                            "Administration", "Police", "Party", NULL};
  const char *w = r->text + r->t[a].s;
  size_t n = r->t[b - 1].e - r->t[a].s;
  for (size_t at = 0; at + n + 1 < r->len; at++) {
    if (r->text[at] != w[0] || memcmp(r->text + at, w, n) != 0 || r->text[at + n] != ' ') continue;
    const char *q = r->text + at + n;
    for (const char *const *c = city_bodies; *c; c++) {
      size_t cl = strlen(*c);
      if ((size_t)(q + 1 - r->text) + cl <= r->len && memcmp(q + 1, *c, cl) == 0) return 0;
    }
  }
  return 1;
}
static int firm_tail_word(const reader *r, size_t i);
static size_t past_day_said(const reader *r, size_t b);
static size_t past_month_said(const reader *r, size_t b);

/* The auxiliaries before a verb of building (builds_with_money_after,
** builds_works_after). */
static const char *const build_aux[] = {"will", "would", "has", "have", "had", "plans", "planned", "is", "was", "to",
                                        "also", "recently", NULL};

/* "Harbourfront Data broke ground in September on a US$900 million data
** centre", "X began construction of a $40 million plant": works begun on a
** sum at token i, the sum within the clause's next few words after "on"
** or "of" and an article; money put into works, by a firm (set qweek140).
** Not works begun with no sum ("broke ground on the bridge"): a person
** at a ceremony does that too. */
static int ground_broken_on_sum(const reader *r, size_t i) {
  static const char *const begun[] = {"broke", "breaks", "began", "begins", "started", "starts", NULL};
  static const char *const what[] = {"ground", "construction", "work", "works", NULL};
  static const char *const on_of[] = {"on", "of", NULL};
  static const char *const articles[] = {"a", "an", "its", "the", NULL};
  if (!one_of(tok_text(r, i), tok_len(r, i), begun) || i + 1 >= r->n || !one_of(tok_text(r, i + 1), tok_len(r, i + 1), what)) return 0;
  for (size_t k = i + 2; k < i + 7 && k + 2 < r->n && r->t[k].word; k++)
    if (!r->t[k].cap && one_of(tok_text(r, k), tok_len(r, k), on_of))
      return one_of(tok_text(r, k + 1), tok_len(r, k + 1), articles) && money_at(r, k + 2);
  return 0;
}

/* "Morita Kogyo plans to build a $32 million plant", "Kestrel Components
** has added $15 million to its factory", "Kimura Seisakusho opened a $12
** million factory": a verb of building, adding or opening,
** after up to three auxiliaries, then a sum (after "a", "an", "another"):
** money put into works, by a firm. */
static int ground_broken_on_sum(const reader *r, size_t i);

static int builds_with_money_after(const reader *r, size_t b) {
  /* (and "Pan Pacific Bedding will put $45 million into a mattress
  ** factory": money put in, the sum right after the verb) */
  static const char *const verbs[] = {"build", "builds", "built", "building", "add", "adds", "added", "adding",
                                      "construct", "constructs", "develop", "develops", "open", "opens", "opened",
                                      "opening", "inaugurated", "inaugurates", "put", "puts", NULL};
  static const char *const articles[] = {"a", "an", "another", "nearly", "about", "over", NULL};
  /* (the time said before the verb: "Daewon Display last month added") */
  b = past_month_said(r, past_day_said(r, b));
  for (size_t i = b; i < b + 4 && i < r->n && r->t[i].word && !r->t[i].cap; i++) {
    if (one_of(tok_text(r, i), tok_len(r, i), verbs)) {
      size_t k = i + 1;
      if (k < r->n && r->t[k].word && one_of(tok_text(r, k), tok_len(r, k), articles)) k++;
      return money_at(r, k);
    }
    if (ground_broken_on_sum(r, i)) return 1;
    if (!one_of(tok_text(r, i), tok_len(r, i), build_aux)) return 0;
  }
  return 0;
}

/* "Sao Viet Land will develop the Tan Phu industrial park", "Hoa Binh
** Construction built a logistics centre": a verb of building or
** developing, after up to three auxiliaries, then within six words with
** no punctuation a works' noun; asked only of runs ending in a word of a
** trade (works_builder), whose subject so is a firm. */
static int builds_works_after(const reader *r, size_t b) {
  static const char *const verbs[] = {"build", "builds", "built", "develop", "develops", "developed", "construct",
                                      "constructs", "constructed", NULL};
  static const char *const works[] = {"park", "parks", "plant", "plants", "factory", "factories", "project",
                                      "projects", "complex", "resort", "township", "port", "terminal", "warehouse",
                                      "warehouses", "centre", "center", "hub", "zone", "tower", "towers", "mall",
                                      "campus", "farm", NULL};
  size_t i = b;
  while (i < b + 3 && i < r->n && r->t[i].word && !r->t[i].cap && one_of(tok_text(r, i), tok_len(r, i), build_aux))
    i++;
  if (i >= r->n || !r->t[i].word || r->t[i].cap || !one_of(tok_text(r, i), tok_len(r, i), verbs)) return 0;
  /* (not a works' possessive: "will build the park's image") */
  for (size_t k = i + 1; k < i + 8 && k < r->n && r->t[k].word; k++)
    if (!r->t[k].cap && one_of(tok_text(r, k), tok_len(r, k), works)) return !apostrophe(r, k + 1);
  return 0;
}

/* "Thien Ha Land posted a third-quarter profit of", "Sao Viet Land
** reported revenue of": a verb of reporting results, after up to three
** auxiliaries, then within eight tokens of its clause a noun of results;
** asked only of runs ending in a word of a trade, whose subject so is a
** firm that files results (a developer's or a builder's). */
static int reports_results_after(const reader *r, size_t b) {
  static const char *const verbs[] = {"posted", "posts", "reported", "reports", "recorded", "records", "booked",
                                      "books", "logged", "logs", NULL};
  static const char *const results[] = {"profit", "profits", "revenue", "revenues", "loss", "losses", "earnings",
                                        "sales", NULL};
  size_t i = b;
  while (i < b + 3 && i < r->n && r->t[i].word && !r->t[i].cap && one_of(tok_text(r, i), tok_len(r, i), build_aux))
    i++;
  if (i >= r->n || !r->t[i].word || r->t[i].cap || !one_of(tok_text(r, i), tok_len(r, i), verbs)) return 0;
  for (size_t k = i + 1; k < i + 9 && k < r->n && !tok_char(r, k, ',') && !tok_char(r, k, '.'); k++)
    if (r->t[k].word && !r->t[k].cap && one_of(tok_text(r, k), tok_len(r, k), results)) return 1;
  return 0;
}

/* A run ending in a word of its trade ("Land", "Development") that
** reports its results: a firm. */
static int results_filer(const reader *r, size_t a, size_t b) {
  return b - a >= 2 && firm_tail_word(r, b - 1) && reports_results_after(r, b);
}

/* A run ending in a word of its trade ("Land", "Construction",
** "Development") that builds works, with a sum or without: a firm. */
static int works_builder(const reader *r, size_t a, size_t b) {
  return b - a >= 2 && firm_tail_word(r, b - 1) && builds_works_after(r, b);
}

/* Past a country in brackets after a name, as translating desks write a
** firm's home ("Evergreen Agri-Tech (Australia) will invest"): the token
** after the ')', or b when there is none. */
static size_t past_bracketed_country(const reader *r, size_t b) {
  if (!tok_char(r, b, '(')) return b;
  const ivl_name *k = known_at(r, b + 1);
  if (!k || k->type != IVL_SYM_COUNTRY || k->vstart != r->t[b + 1].s) return b;
  size_t j = b + 1;
  while (j < r->n && r->t[j].s < k->vend) j++;
  return j < r->n && r->t[j - 1].e == k->vend && tok_char(r, j, ')') ? j + 1 : b;
}

/* The months, whole and cut short, by spelling (past_day_said's "on July
** 3", past_month_said's "in March"). */
static const char *const month_names[] = {"january", "february", "march", "april", "may", "june", "july",
                                          "august", "september", "october", "november", "december", "jan", "feb",
                                          "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec",
                                          NULL};

/* "Marriott International on Monday signed", "X on July 3 inked": the day
** of the deal, said between the firm and its verb, as VNS writes it. The
** token after that day, else b. (Words compared by spelling: asked only
** of runs a verb is looked for after.) */
static size_t past_day_said(const reader *r, size_t b) {
  static const char *const on[] = {"on", NULL};
  static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                     NULL};
  if (b + 2 >= r->n || !r->t[b].word || r->t[b].cap || !one_of(tok_text(r, b), tok_len(r, b), on)) return b;
  if (one_of(tok_text(r, b + 1), tok_len(r, b + 1), days)) return b + 2;
  if (!one_of(tok_text(r, b + 1), tok_len(r, b + 1), month_names)) return b;
  size_t k = b + 2;
  if (tok_char(r, k, '.')) k++; /* "on Dec. 30" */
  if (k >= r->n || !r->t[k].word) return b;
  for (uint32_t p = r->t[k].s; p < r->t[k].e; p++)
    if (!ivl_isdigit((unsigned char)r->text[p])) return b;
  return k + 1;
}

/* "said in March it would", "said last week that it": when it was said,
** a month (and its year) or this or the last week, month or year ("Daewon
** Display last month added $1.1 billion"); the token after it, else b. */
static size_t past_month_said(const reader *r, size_t b) {
  static const char *const in[] = {"in", NULL};
  static const char *const last[] = {"last", "this", NULL};
  static const char *const spans[] = {"week", "month", "year", NULL};
  if (b + 1 >= r->n || !r->t[b].word || r->t[b].cap) return b;
  if (one_of(tok_text(r, b), tok_len(r, b), last))
    return one_of(tok_text(r, b + 1), tok_len(r, b + 1), spans) ? b + 2 : b;
  if (!one_of(tok_text(r, b), tok_len(r, b), in) || !one_of(tok_text(r, b + 1), tok_len(r, b + 1), month_names))
    return b;
  size_t k = b + 2;
  return k < r->n && bare_number(r, k) && tok_len(r, k) == 4 ? k + 1 : k; /* "in March 2025" */
}

/* "Korvana said it will invest", "Delmont Talsa said on Monday that it
** would spend": a speaker the sentence goes on to call "it" is what
** invests, a firm whatever the shape of its name. The token after "it", or
** b when the words after b are not these. (Only after a speech verb's list
** bit are the words compared by spelling.) */
static size_t past_said_it(const reader *r, size_t b) {
  static const char *const said[] = {"said", "says", "stated", NULL}; /* of speech_verbs */
  static const char *const that[] = {"that", NULL};
  static const char *const it[] = {"it", NULL};
  /* "Grab has said it will invest" (words of verb_aux: tok_one_of) */
  static const char *const perfect[] = {"has", "had", NULL};
  size_t v = b;
  if (v + 1 < r->n && r->t[v].word && !r->t[v].cap && tok_one_of(r, v, perfect)) v++;
  if (v >= r->n || !r->t[v].word || r->t[v].cap || !tok_is(r, v, speech_verbs) ||
      !one_of(tok_text(r, v), tok_len(r, v), said))
    return b;
  size_t k = past_month_said(r, past_day_said(r, v + 1));
  if (k < r->n && r->t[k].word && one_of(tok_text(r, k), tok_len(r, k), that)) k++;
  return k < r->n && r->t[k].word && !r->t[k].cap && one_of(tok_text(r, k), tok_len(r, k), it) ? k + 1 : b;
}

static int spend_verb_after(const reader *r, size_t b);

/* Is [a, b) written as a person's name found earlier in the text? */
static int named_person_before(const reader *r, size_t a, size_t b) {
  const char *w = r->text + r->t[a].s;
  size_t n = r->t[b - 1].e - r->t[a].s;
  for (size_t i = r->out->n; i-- > 0;) {
    const ivl_name *o = &r->out->items[i];
    if (o->type == IVL_SYM_PERSON && o->vend - o->vstart == n && memcmp(r->text + o->vstart, w, n) == 0) return 1;
  }
  return 0;
}

/* Does the run [a, b) say, with the speech verb at b, that "it" invests
** ("Delmont Talsa said it will invest", "... said that it would spend")?
** Then it is a firm; not a person named so before ("John Hale said it
** would invest", "it" his firm). */
static int said_it_invests(const reader *r, size_t a, size_t b) {
  return past_said_it(r, b) > b && (deal_verb_after(r, b) || spend_verb_after(r, b)) && !named_person_before(r, a, b);
}

/* "Rhine Tooling said it would open a factory", "Brenner Werk said it
** will build a plant": "it" builds or opens works, as only a firm does
** (no rule of investing names it, so it is named here). */
static const char *const works_done_by_it[] = {"build", "open", "construct", "establish", "expand", "relocate", NULL};

static int said_it_builds(const reader *r, size_t a, size_t b) {
  return past_said_it(r, b) > b && verb_of_list_after(r, b, works_done_by_it) && !named_person_before(r, a, b);
}

/* "Kim Ngọc Jewelry, meanwhile, has bought", "X, however, will spend": a
** sentence adverb set off by commas between a firm and its verb; the token
** after the second comma, else b. */
static size_t past_comma_adverb(const reader *r, size_t b) {
  static const char *const adverbs[] = {"meanwhile", "however", "separately", "likewise", "too", "also",
                                        "instead", "meantime", NULL};
  if (b + 3 >= r->n || !tok_char(r, b, ',') || !tok_char(r, b + 2, ',')) return b;
  if (!r->t[b + 1].word || r->t[b + 1].cap || !one_of(tok_text(r, b + 1), tok_len(r, b + 1), adverbs)) return b;
  return b + 3;
}

/* The auxiliaries verb_of_list_after() reads past. */
static const char *const verb_aux[] = {"will", "would", "has", "have", "had", "plans", "planned", "is",
                                       "was", "to", "set", "also", "recently", "officially", NULL};

/* Is one of 'verbs' the verb after token b-1, after up to three
** auxiliaries or adverbs of when (a day, a month or "last month" too)? */
static int verb_of_list_after(const reader *r, size_t b, const char *const *verbs) {
  b = past_said_it(r, past_month_said(r, past_day_said(r, past_comma_adverb(r, past_bracketed_country(r, b)))));
  for (size_t i = b; i < b + 4 && i < r->n && r->t[i].word && !r->t[i].cap; i++) {
    if (tok_one_of(r, i, verbs)) return 1;
    if (!tok_one_of(r, i, verb_aux) && !tok_one_of(r, i, when_adverbs)) return 0;
  }
  return 0;
}

static uint64_t lower_hash(const char *p, size_t n) {
  uint64_t h = IVL_HASH_START;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)(ivl_isupper((unsigned char)p[i]) ? p[i] | 0x20 : p[i])) * IVL_HASH_PRIME;
  return h;
}

static int by_hash_then_start(const void *a, const void *b) {
  const text_run *x = a, *y = b;
  if (x->hash != y->hash) return x->hash < y->hash ? -1 : 1;
  return (x->s > y->s) - (x->s < y->s);
}

/* Is byte c an ASCII letter or digit? One bit of a table, not
** ivl_isalnum's comparisons: asked of every byte of a text whose run
** index is made (20M Ir of a 2 MB article's 0.95G). */
static int run_byte(unsigned char c) {
  static const uint64_t alnum[4] = {0x03ff000000000000u, 0x07fffffe07fffffeu, 0, 0};
  return (int)((alnum[c >> 6] >> (c & 63)) & 1);
}

/* The runs of r's text, in text order, into runs (room for len / 2 + 1,
** the most a text can hold): their number. Not counted first: the count
** was a second pass over the text (18M Ir of a 2 MB article). */
static size_t fill_runs(const reader *r, text_run *runs) {
  size_t n = 0;
  const unsigned char *t = (const unsigned char *)r->text;
  for (size_t i = 0; i < r->len;) {
    if (!run_byte(t[i])) {
      i++;
      continue;
    }
    /* lower_hash's, in the same pass: a letter or digit in lower case is
    ** itself with bit 0x20 set */
    size_t e = i;
    uint64_t h = IVL_HASH_START;
    while (e < r->len && run_byte(t[e])) h = (h ^ (t[e++] | 0x20u)) * IVL_HASH_PRIME;
    runs[n++] = (text_run){h, (uint32_t)i, (uint32_t)(e - i)};
    i = e;
  }
  return n;
}

/* Sorts a bucket b[0, m) of runs, in text order, by hash then start.
** Runs of one hash keep their text order, so sorting by hash alone
** stably is enough: most buckets already are (one word's runs, one
** hash); a bucket where a word of another hash is written among a
** common word's thousands is placed by counting its few hashes, through
** scratch (room for m). An insertion sort gave these up to qsort, 59M Ir
** of a 2 MB article's 0.95G. Past 16 hashes (no text seen has them) the
** insertion sort, falling back on qsort: (hash, start) is a total
** order, so the result is the same. */
#define RUN_BUCKET_HASHES 16
static void sort_bucket(text_run *b, size_t m, text_run *scratch) {
  uint64_t h[RUN_BUCKET_HASHES];
  size_t at[RUN_BUCKET_HASHES + 1] = {0}, nh = 0, k;
  k = 1;
  while (k < m && b[k - 1].hash <= b[k].hash) k++;
  if (k == m) return;
  for (k = 0; k < m; k++) {
    size_t j = 0;
    while (j < nh && h[j] != b[k].hash) j++;
    if (j < nh) continue;
    if (nh == RUN_BUCKET_HASHES) {
      ivl_sort_nearly(b, m, sizeof *b, by_hash_then_start, 8);
      return;
    }
    /* kept in order of hash, by insertion: a few */
    for (j = nh++; j > 0 && h[j - 1] > b[k].hash; j--) h[j] = h[j - 1];
    h[j] = b[k].hash;
  }
  for (k = 0; k < m; k++) {
    size_t j = 0;
    while (h[j] != b[k].hash) j++;
    at[j + 1]++;
  }
  for (size_t j = 0; j < nh; j++) at[j + 1] += at[j];
  for (k = 0; k < m; k++) {
    size_t j = 0;
    while (h[j] != b[k].hash) j++;
    scratch[at[j]++] = b[k];
  }
  memcpy(b, scratch, m * sizeof *b);
}

/* runs[0, n), in text order, into out sorted by hash then start: placed
** stably by their hash's top bits in about n buckets, so each bucket is
** in text order and holds a run or two (or one word's many, one hash:
** already sorted), which sort_bucket finishes; runs is its scratch
** then. The same order as qsort's by by_hash_then_start, in linear time
** and without qsort's buffer: qsort took 40 % of the instructions of a
** 2 MB article, its comparisons and its copy of the runs a quarter of
** its page faults. */
static int sort_runs(text_run *runs, size_t n, text_run *out) {
  int bits = 1;
  while (bits < 32 && ((size_t)1 << bits) < n) bits++;
  size_t nb = (size_t)1 << bits;
  uint32_t *start = calloc(nb + 1, sizeof *start);
  if (!start) return -1;
  for (size_t k = 0; k < n; k++) start[(runs[k].hash >> (64 - bits)) + 1]++;
  for (size_t b = 0; b < nb; b++) start[b + 1] += start[b];
  for (size_t k = 0; k < n; k++) out[start[runs[k].hash >> (64 - bits)]++] = runs[k];
  /* start[b] is now bucket b's end, bucket b + 1's start */
  for (size_t b = 0, from = 0; b < nb; from = start[b++])
    if (start[b] - from > 1) sort_bucket(out + from, start[b] - from, runs);
  free(start);
  return 0;
}

static void make_run_index(const reader *r, run_index *ix) {
  ix->made = 1;
  /* room for the most runs a text can hold: pages the runs do not
  ** reach are never touched */
  text_run *in_order = malloc((r->len / 2 + 1) * sizeof *in_order);
  if (!in_order) {
    ix->failed = 1;
    return;
  }
  size_t n = fill_runs(r, in_order);
  ix->runs = malloc((n ? n : 1) * sizeof *ix->runs);
  int rc = ix->runs ? sort_runs(in_order, n, ix->runs) : -1;
  free(in_order);
  if (rc) {
    ix->failed = 1;
    return;
  }
  ix->n = ix->cap = n;
}

/* The slot of 'group' (a run's index + 1) in the open-addressed memo
** table, or the empty slot where it would go. */
static memo_slot *memo_slot_of(memo_slot *table, size_t cap, uint32_t group) {
  size_t i = (group * (size_t)0x9E3779B1u) & (cap - 1);
  while (table[i].group && table[i].group != group) i = (i + 1) & (cap - 1);
  return &table[i];
}

/* Doubles the memo table (16 slots at first); -1 when it cannot. */
static int grow_memo(run_index *ix) {
  size_t cap = ix->memo_cap ? ix->memo_cap * 2 : 16;
  memo_slot *t = calloc(cap, sizeof *t);
  if (!t) return -1;
  for (size_t i = 0; i < ix->memo_cap; i++)
    if (ix->memo[i].group) *memo_slot_of(t, cap, ix->memo[i].group) = ix->memo[i];
  free(ix->memo);
  ix->memo = t;
  ix->memo_cap = cap;
  return 0;
}

/* The memo of the group of runs 'run', asked of the word w[0, n): NULL
** when none could be made, or where the text ends right after the word
** (lower_at reads the byte after it: then the word is asked as it is). */
static run_memo *memo_of(const reader *r, const text_run *run, const char *w, size_t n) {
  run_index *ix = r->runs;
  if (w + n >= r->text + r->len || w[n] == '\0') return NULL;
  if (2 * (ix->nmemo + 1) > ix->memo_cap && grow_memo(ix)) return NULL;
  memo_slot *slot = memo_slot_of(ix->memo, ix->memo_cap, (uint32_t)(run - ix->runs) + 1);
  if (!slot->group) {
    slot->group = (uint32_t)(run - ix->runs) + 1;
    ix->nmemo++;
  }
  return &slot->m;
}

/* The runs whose bytes are w[0, n) in some case: their first, their number
** in *count; NULL when the index does not answer (not yet made, the word
** not one run of ASCII letters and digits, or no index could be made), and
** the caller walks the text. */
static const text_run *runs_of(const reader *r, const char *w, size_t n, size_t *count) {
  if (r->len > UINT32_MAX) return NULL;
  for (size_t i = 0; i < n; i++)
    if (!ivl_isalnum((unsigned char)w[i])) return NULL;
  run_index *ix = r->runs;
  if (!ix->made && ++ix->asked <= RUN_INDEX_AFTER) return NULL;
  if (!ix->made) make_run_index(r, ix);
  if (ix->failed) return NULL;
  uint64_t h = lower_hash(w, n);
  size_t lo = 0, hi = ix->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (ix->runs[mid].hash < h) lo = mid + 1;
    else hi = mid;
  }
  /* where the group ends, by halving too: a word written thousands of
  ** times is a group of thousands */
  size_t end = lo, top = ix->n;
  while (end < top) {
    size_t mid = end + (top - end) / 2;
    if (ix->runs[mid].hash == h) end = mid + 1;
    else top = mid;
  }
  *count = end - lo;
  return ix->runs + lo;
}

/* Is the word of token i written in lower case at p, a whole word? */
static int lower_at(const reader *r, const char *p, const char *w, size_t n) {
  const char *end = r->text + r->len;
  if (*p != (char)(w[0] | 0x20) || (size_t)(end - p) < n) return 0;
  if ((p > r->text && ((unsigned char)p[-1] >= 0x80 || ivl_isalnum(p[-1]))) ||
      ((size_t)(end - p) > n && ((unsigned char)p[n] >= 0x80 || ivl_isalnum(p[n]))))
    return 0;
  return ivl_ascii_ieq(p, n, w) || (n > 1 && memcmp(p + 1, w + 1, n - 1) == 0);
}

/* Is the word of token i written in lower case anywhere in the text, as
** a common word is ("grab", "visa" in "visa-free")? Asked of few runs. */
static int written_lower(const reader *r, size_t i) {
  const char *w = tok_text(r, i);
  size_t n = tok_len(r, i), count;
  const text_run *run = runs_of(r, w, n, &count);
  if (run) {
    /* the answer reads the word's bytes and the byte after it only: the
    ** same for the same spelling, found once */
    run_memo *m = memo_of(r, run, w, n);
    if (m && m->lower && memcmp(r->text + m->lower_s, w, n) == 0) return m->lower == 2;
    int found = 0;
    for (size_t k = 0; k < count && !found; k++) found = run[k].n == n && lower_at(r, r->text + run[k].s, w, n);
    if (m && !m->lower) {
      m->lower = (uint8_t)(found ? 2 : 1);
      m->lower_s = (uint32_t)(w - r->text);
    }
    return found;
  }
  char low = (char)(w[0] | 0x20);
  for (const char *p = r->text, *end = r->text + r->len; (p = memchr(p, low, (size_t)(end - p))) != NULL; p++) {
    if ((size_t)(end - p) < n) return 0;
    if ((p > r->text && ((unsigned char)p[-1] >= 0x80 || ivl_isalnum(p[-1]))) ||
        ((size_t)(end - p) > n && ((unsigned char)p[n] >= 0x80 || ivl_isalnum(p[n]))))
      continue;
    if (ivl_ascii_ieq(p, n, w) || (n > 1 && memcmp(p + 1, w + 1, n - 1) == 0)) return 1;
  }
  return 0;
}

/* ... acronym_at's tests of the place p itself (w written there). */
static int acronym_at_own(const reader *r, const char *p, size_t n) {
  const char *end = r->text + r->len;
  if ((size_t)(end - p) <= n) return 0;
  if (p > r->text && p[-1] == '(' && p[n] == ')') return 1;
  return (p == r->text || !ivl_isalnum((unsigned char)p[-1])) && p[n] == ' ' && (size_t)(end - p) > n + 1 &&
         ivl_isupper((unsigned char)p[n + 1]);
}

static int acronym_at(const reader *r, const char *p, const char *w, size_t n) {
  const char *end = r->text + r->len;
  if ((size_t)(end - p) <= n || p == w || memcmp(p, w, n) != 0) return 0;
  return acronym_at_own(r, p, n);
}

/* Is the acronym at token a written elsewhere in the text in brackets
** after a full name ("Lion City Industrial Parks (LCIP)") or opening a
** longer name ("LEGO Group")? The repeats' pass then finds it with its
** full name. Asked of few tokens. */
static int acronym_named_elsewhere(const reader *r, size_t a) {
  const char *w = tok_text(r, a), *end = r->text + r->len;
  size_t n = tok_len(r, a), count;
  /* (where it is written so, it is a whole run: '(' or no letter before,
  ** ')' or ' ' after) */
  const text_run *run = runs_of(r, w, n, &count);
  if (run) {
    /* where its spelling is an acronym named so, counted once (the first
    ** asker's; another walks); any such place but the token's own answers */
    run_memo *m = memo_of(r, run, w, n);
    if (m && m->acr && memcmp(r->text + m->acr_s, w, n) == 0)
      return m->acr_count > 1 || (m->acr_count == 1 && m->acr_first != r->t[a].s);
    if (m && !m->acr) {
      /* acronym_at without its test that p is not w's own place */
      m->acr = 1;
      m->acr_s = (uint32_t)(w - r->text);
      for (size_t k = 0; k < count; k++)
        if (run[k].n == n &&
            (acronym_at(r, r->text + run[k].s, w, n) || (r->text + run[k].s == w && acronym_at_own(r, w, n)))) {
          if (!m->acr_count++) m->acr_first = run[k].s;
        }
      return m->acr_count > 1 || (m->acr_count == 1 && m->acr_first != r->t[a].s);
    }
    for (size_t k = 0; k < count; k++)
      if (run[k].n == n && acronym_at(r, r->text + run[k].s, w, n)) return 1;
    return 0;
  }
  for (const char *p = r->text; (p = memchr(p, w[0], (size_t)(end - p))) != NULL && (size_t)(end - p) > n; p++)
    if (acronym_at(r, p, w, n)) return 1;
  return 0;
}

/* The words one_word_investor() compares the tokens after a run with
** (spelt_lists: a token in none of them is turned away by its lists). */
static const char *const investor_verbs[] = {"invest", "invests", "invested", "pour", "pours", "poured", "inject",
                                    "injects", "injected", "expand", "expands", "expanded",
                                    "reinvest", "reinvests", "reinvested", NULL};
static const char *const investor_aux[] = {"will", "would", "has", "have", "had", "plans", "planned", "is",
                                  "was", "to", "also", "recently", "further", "already", "set", NULL};
static const char *const investor_plants[] = {"plant", "factory", "facility", "centre", "center", "complex", "hub",
                                     "project", "campus",
                                     /* works of other trades ("opened a $30 million feed mill") */
                                     "mill", "refinery", "warehouse", "mall", "hotel", "resort", NULL};
static const char *const works_which[] = {"new", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                    "eighth", "ninth", "tenth", "latest", "largest", "biggest", NULL};
static const char *const sign_verbs[] = {"signed", "signs", "inked", NULL};
static const char *const signed_what[] = {"mou", "memorandum", "agreement", "deal", "contract", "pact", NULL};
static const char *const licence_won[] = {"received", "receives", "won", "wins", "granted", NULL};
static const char *const licence_words[] = {"investment", "licence", "license", "certificate", "approval", NULL};
static const char *const works_begun[] = {"broke", "breaks", "started", "starts", "began", "begins",
                                          "inaugurated", "inaugurates", "opened", "opens", "building", "builds",
                                          "built", NULL};
static const char *const begun_what[] = {"ground", "construction", "work", "works", NULL};

/* The token starting at text offset 'at', or r->n when none does: found
** by halving (the tokens are in text order). */
static size_t token_starting_at(const reader *r, size_t at) {
  size_t lo = 0, hi = r->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (r->t[mid].s < at) lo = mid + 1;
    else hi = mid;
  }
  return lo < r->n && r->t[lo].s == at ? lo : r->n;
}

/* Is token a's word the end of a longer name somewhere in the text, right
** after another capitalised word ("Hùng" of "Nguyễn Văn Hùng", "Albanese"
** of "Prime Minister Anthony Albanese", told before or after it)? Then it
** is that person's short form, not a firm of one word. Asked of the few
** one-word runs that sign: a walk of the text's bytes is cheap enough. */
static int ends_longer_name(const reader *r, size_t a) {
  const char *w = tok_text(r, a), *end = r->text + r->len;
  size_t n = tok_len(r, a);
  for (const char *p = r->text; (size_t)(end - p) >= n && (p = memchr(p, w[0], (size_t)(end - p))) != NULL; p++) {
    if (p == w || (size_t)(end - p) < n || memcmp(p, w, n) != 0) continue;
    size_t k = token_starting_at(r, (size_t)(p - r->text));
    if (k < r->n && k > 0 && tok_len(r, k) == n && r->t[k - 1].word && r->t[k - 1].cap && adjacent(r, k))
      return 1;
  }
  return 0;
}

/* "Visa will invest", "Grab has poured", "Pandora injected", "Lego's new
** plant": one capitalised word that invests, or owns a new plant, names a
** firm by its role. Not a plural ("Investors invested"), a word the text
** writes in lower case elsewhere, nor a word of the rules' lists. 1 when
** so, 2 when a verb of money put in says so ("spend", "commit"), 0 when not. */
static int deal_verb_after_which(const reader *r, size_t b);

static int one_word_investor(const reader *r, size_t a) {
  size_t n = tok_len(r, a), b = a + 1;
  const char *w = tok_text(r, a);
  /* "HAGL will invest", "TNG plans to invest": an acronym of three to six
  ** letters names a firm too; not a figure's or a scheme's ("FDI", "ODA") */
  static const char *const not_firms[] = {"fdi", "oda", "gdp", "ppp", "bot", "epc", "ipo", "usd", "vnd", "sme",
                                          "grdp", "pci", "ceo", "mou", "ftz", "sez", "eez", NULL};
  /* "VINACOMIN will invest", "DAP-VINACHEM will invest": a name in
  ** capitals longer than an acronym (a state firm's, and its parent's after
  ** a hyphen) is a firm's too; a scheme's acronym is short */
  uint32_t joined = r->t[a].upper && n <= 20 ? (uint32_t)LIST_hyphen : 0u;
  if (r->t[a].upper && n > 12 && !(r->t[a].lists & joined)) return 0;
  if (!r->t[a].word || n < 3 || w[n - 1] == 's' || (r->t[a].lists & ~(LIST_spelt | joined)) || r->t[a].id) return 0;
  /* "Lego's new plant", "Kizuna's third project": a firm's works, new or
  ** counted among its own */
  int role = 0;
  if (apostrophe(r, b) && tok_eq(r, b + 1, s) && b + 3 < r->n &&
      tok_one_of(r, b + 2, works_which) && tok_one_of(r, b + 3, investor_plants))
    role = 1;
  /* the letters the words of the lists open with: most words after a run
  ** ("said", "of", "and") are ruled out by their first byte */
  enum { OPENS = 1u << ('w' - 'a') | 1u << ('h' - 'a') | 1u << ('p' - 'a') | 1u << ('i' - 'a') |
                 1u << ('t' - 'a') | 1u << ('a' - 'a') | 1u << ('r' - 'a') | 1u << ('f' - 'a') | 1u << ('e' - 'a') };
  /* "Tesco received an investment licence", "Kering was granted an
  ** investment certificate", "Zalando won approval to invest": a licence
  ** won, its words within the next six */
  /* "Lego broke ground on", "Lego started construction of", "Lego
  ** inaugurated its $1 billion factory", "Lego has opened a $1 billion
  ** plant": works begun, or opened with a
  ** plant's word within the next seven tokens */
  /* ("Zyntra is building a $20 million plant": a plant's word after a verb of building too) */
  /* "Sonadezi on Tuesday broke ground", "Sovico on May 17 signed": the day
  ** of the deed between the name and its verb */
  size_t v = b;
  if (v + 1 < r->n && ivl_ascii_ieq(tok_text(r, v), tok_len(r, v), "on") && r->t[v + 1].cap &&
      tok_is(r, v + 1, stop_words))
    v += 2 + (v + 2 < r->n && bare_number(r, v + 2));
  /* "Korvana said it will invest"; not "Hale said it would", Hale being
  ** "John Hale" (a person's short form, and "it" another's) */
  size_t said = past_said_it(r, v);
  if (said > v && ends_longer_name(r, a)) return 0;
  v = said;
  for (size_t i = v; !role && i < v + 4 && i < r->n && r->t[i].word && !r->t[i].cap; i++) {
    unsigned c = (unsigned char)r->text[r->t[i].s] - 'a';
    if (c >= 26 || !((OPENS >> c) & 1 || c == 'g' - 'a' || c == 'b' - 'a' || c == 's' - 'a' || c == 'l' - 'a' ||
                     c == 'o' - 'a' || c == 'c' - 'a'))
      break;
    if (tok_one_of(r, i, works_begun)) {
      int opened = tok_text(r, i)[0] == 'i' || tok_text(r, i)[0] == 'o' || tok_text(r, i)[1] == 'u';
      /* (over the figure's tokens: "its $1 billion factory") */
      for (size_t k = i + 1; !role && k < i + 8 && k < r->n; k++)
        role = r->t[k].word && (opened ? tok_one_of(r, k, investor_plants)
                                       : k == i + 1 && tok_one_of(r, k, begun_what));
      break;
    }
    if (tok_one_of(r, i, investor_verbs)) role = 1;
    /* "Havfisk has committed", "Pandivo will spend": weaker, the short form
    ** of a firm named before being its repeat (2) */
    else if (tok_one_of(r, i, spend_verbs)) role = 2;
    /* "Sovico signed an MoU with", "PVN has inked a deal": a signing of a
    ** deal (not a decree, an order) within the next five words, as weak;
    ** not a person's bare name after the full one ("Hùng signed") */
    else if (tok_one_of(r, i, sign_verbs)) {
      for (size_t k = i + 1; !role && k < i + 6 && k < r->n && r->t[k].word; k++)
        role = tok_one_of(r, k, signed_what) && !ends_longer_name(r, a) ? 2 : 0;
      break;
    }
    else if (tok_one_of(r, i, licence_won)) {
      for (size_t k = i + 1; !role && k < i + 7 && k < r->n && r->t[k].word; k++)
        role = tok_one_of(r, k, licence_words);
      break;
    } else if (!tok_one_of(r, i, investor_aux) && !tok_one_of(r, i, when_adverbs))
      break;
  }
  /* "Cargill, which has invested $300 million in Việt Nam since 1995,
  ** opened ...": a relative clause of "which" (no person's) that invests;
  ** weak, a firm named before in full being its repeat */
  if (!role && tok_char(r, b, ',') && deal_verb_after_which(r, b)) role = 2;
  /* "Another $40 million project went to Ikea": the project's winner */
  if (!role && a >= 3 && ivl_ascii_ieq(tok_text(r, a - 1), tok_len(r, a - 1), "to") &&
      ivl_ascii_ieq(tok_text(r, a - 2), tok_len(r, a - 2), "went"))
    for (size_t k = a - 3; !role && k + 10 > a; k--) {
      role = r->t[k].word && tok_one_of(r, k, investor_plants);
      if (k == 0) break;
    }
  /* an acronym's lists asked last, of the few that invest */
  /* (a scheme's acronym in any case: "signs MoU to invest $500mn") */
  return role && !known_name(r, a, b) && !written_lower(r, a) && !one_of(w, n, not_firms) &&
                 !(r->t[a].upper && acronym_named_elsewhere(r, a))
             ? role
             : 0;
}

/* "Hanbada Marine took a 30 per cent stake in ...": "take" with the
** stake it buys a few words on ("took a minority stake", "takes a 49%
** stake") is a purchase as "bought" is (set qweek57); not "took part",
** "took over the presidency" (no stake after). */
static int stake_taken_at(const reader *r, size_t i) {
  static const char *const takes[] = {"took", "takes", "take", "taking", NULL};
  static const char *const stakes[] = {"stake", "stakes", NULL};
  if (!one_of(tok_text(r, i), tok_len(r, i), takes)) return 0;
  for (size_t k = i + 1; k < i + 8 && k < r->n && !tok_char(r, k, ',') && !tok_char(r, k, '.'); k++)
    if (one_of(tok_text(r, k), tok_len(r, k), stakes)) return 1;
  return 0;
}

/* "SMBC has completed the purchase", "SMBC acquired": a company's deal,
** the verb right after the name or after its auxiliaries. */
static int buy_verb_after(const reader *r, size_t b) {
  static const char *const verbs[] = {"acquired", "acquires", "acquire", "bought", "buys", "buy", "completed",
                                      "invested", "invests", "invest", "injected", "poured", "opened",
                                      "inaugurated", "purchased", NULL};
  static const char *const aux[] = {"will", "has", "have", "had", "plans", "is", "was", "to", "also",
                                    "recently", "officially", NULL};
  b = past_comma_adverb(r, b);
  for (size_t i = b; i < b + 4 && i < r->n && r->t[i].word && !r->t[i].cap; i++) {
    if (one_of(tok_text(r, i), tok_len(r, i), verbs) || stake_taken_at(r, i)) return 1;
    if (!one_of(tok_text(r, i), tok_len(r, i), aux) && !one_of(tok_text(r, i), tok_len(r, i), when_adverbs)) return 0;
  }
  return 0;
}

/* "The Vietnamese Government signed", "the Japanese Side signed": a
** generic body named by its country signs for the country; no firm. */
static int generic_signer(const reader *r, size_t i) {
  static const char *const generic[] = {"government", "side", "delegation", "cabinet", "office", NULL};
  return one_of(tok_text(r, i), tok_len(r, i), generic);
}

/* Are the tokens [a, b) all words with a capital? */
static int all_capitalised_words(const reader *r, size_t a, size_t b) {
  for (size_t i = a; i < b; i++)
    if (!r->t[i].word || !r->t[i].cap) return 0;
  return 1;
}

/* Does a list go on after token e-1: ", X" or "and X"? */
static int list_goes_on(const reader *r, size_t e) {
  return tok_char(r, e, ',') || tok_eq(r, e, and);
}

/* What firm_verdict() says of a run: no firm; a firm; a firm only in a
** list of firms. */
enum { FIRM_NOT, FIRM_SO, FIRM_IF_LISTED };

/* The words that put a run out of firm_context(): a place's, a title's, a
** portfolio's, a connector. */
#define NOT_FIRM_LISTS \
  (LIST_admin_words | LIST_place_words | LIST_titles | LIST_zone_heads | LIST_not_name_words | LIST_connectors)

/* "Osaka-based Konoike Transport", "Seoul-headquartered Hanwha Aerospace",
** "Foxconn-affiliate Ennoconn": two to four capitalised words right after
** where they are based, or whose member they are, name a
** firm, which may end in a word of its trade ("Transport", "Energy") that
** would rule a run out elsewhere; not one that opens with it ("Hà
** Nội-based Department of ...") nor a place's or a title's words. */
static int based_firm(const reader *r, size_t a, size_t b) {
  if (a == 0 || b - a > 4 || !(place_compound(r, a - 1) || parent_compound(r, a - 1)) ||
      tok_is(r, a, not_name_words) ||
      /* (what is done, not who: "37 foreign-invested R&D projects"; set qweek133) */
      activity_letters(r, a) ||
      !all_capitalised_words(r, a, b))
    return 0;
  for (size_t i = a; i < b; i++) {
    const ivl_name *k = known_at(r, i);
    if (tok_in(r, i, NOT_FIRM_LISTS & ~LIST_not_name_words) || (k && k->type != IVL_SYM_SECTOR)) return 0;
  }
  return !known_name(r, a, b);
}

static int role_cue_before(const reader *r, size_t i);

/* One word [a, b) in a firm's role ("led by", "signed ... with"), never
** written in lower case: a firm's name, when a country's "of" follows. */
static int one_word_in_role(const reader *r, size_t a, size_t b) {
  return b - a == 1 && role_cue_before(r, a) && !written_lower(r, a);
}

/* Is a capitalised word of a trade in [i, b)? */
static int trade_word_in(const reader *r, size_t i, size_t b) {
  for (; i < b; i++)
    if (r->t[i].cap && tok_is(r, i, trade_words)) return 1;
  return 0;
}

/* "Sunny Optical of China", "De Heus of the Netherlands": two or three
** capitalised words the rules do not know (no place, title, body's head),
** then "of" a country, name a firm of it. One word too where a firm's
** role cues it and the text never writes it in lower case ("a round led
** by Kairos of Japan", "signed an MoU with Vexa of Korea"). */
static int firm_of_country(const reader *r, size_t a, size_t b) {
  /* two or three words, not "the Government of Japan", "the People of" */
  if (b - a > 3 || !tok_eq(r, b, of) || (b - a < 2 && !one_word_in_role(r, a, b)) || (a > 0 && (tok_eq(r, a - 1, the) || title_word(r, a - 1))) ||
      ivl_names_vn_family(tok_text(r, a), tok_len(r, a))) /* "Kim Jong of Korea" */
    return 0;
  size_t c = tok_eq(r, b + 1, the) ? b + 2 : b + 1;
  const ivl_name *kc = c < r->n ? known_at(r, c) : NULL;
  if (!kc || kc->type != IVL_SYM_COUNTRY || kc->vstart != r->t[c].s || !all_capitalised_words(r, a, b)) return 0;
  for (size_t i = a; i < b; i++) /* "De Heus": a particle may open it */
    if (known_at(r, i) ||
        tok_in(r, i, (NOT_FIRM_LISTS | LIST_org_heads | LIST_named_things | LIST_stop_words) &
                         ~(i == a && tok_is(r, i, particles) ? (uint32_t)LIST_connectors : 0u)))
      return 0;
  return !known_name(r, a, b);
}

/* "Warburg Pincus and Goodwater Capital", "Tiger Global and Monk's Hill
** Ventures": two or three capitalised words of a name's own, then "and" a
** firm of two to four words ending in an organisation word, are two
** firms; not "Procter and Gamble" (a word each side), "Hyundai
** Engineering and Construction Company" (a word of a trade), nor names
** with a place, title or body's word. The first may be one acronym of
** three to six capitals ("PVN and INPEX Corporation"): no word of a name
** ("Procter and Gamble") is written so. */
static int two_firms(const reader *r, size_t a, size_t i, size_t b) {
  int acronym_first = i - a == 1 && r->t[a].upper && r->t[a].word && tok_len(r, a) >= 3 && tok_len(r, a) <= 6;
  if ((i - a < 2 && !acronym_first) || i - a > 3 || b - i < 3 || b - i > 5 || !tok_is(r, b - 1, org_heads) ||
      !all_capitalised_words(r, a, i) || !all_capitalised_words(r, i + 1, b))
    return 0;
  /* (the first may end in a word of its trade, "Gamuda Land and Sao Mai
  ** Group", when the second opens with no such word: "Hyundai Engineering
  ** and Construction Company" is one) */
  int trade_end = tok_is(r, i - 1, trade_words) && !tok_in(r, i + 1, LIST_org_heads | LIST_trade_words);
  for (size_t k = a; k + 1 < b; k++)
    if (k != i && (known_at(r, k) || tok_in(r, k, NOT_FIRM_LISTS | LIST_org_heads | LIST_org_openers | LIST_legal |
                                                      LIST_stop_words |
                                                      (k == i - 1 && trade_end ? 0u : (uint32_t)LIST_trade_words))))
      return 0;
  return 1;
}

/* The first letter of token i, in capitals ("Đ" as "D"). */
static unsigned char initial_of(const reader *r, size_t i) {
  const unsigned char *p = (const unsigned char *)tok_text(r, i);
  return p[0] == 0xC4 && p[1] == 0x90 ? 'D' : (unsigned char)(p[0] & ~0x20);
}

/* "Gulfmark LNG and PetroVietnam Power Corporation (PV Power)": the short
** name in the brackets after the run opens as the words after "and" do and
** not as the run does, so it is the second firm's and "and" joins two
** firms ("Procter and Gamble (P&G)", "Vietnam Chamber of Commerce and
** Industry (VCCI)" open as their runs do: one name). */
static int short_name_of_second(const reader *r, size_t a, size_t i, size_t b) {
  if (!tok_char(r, b, '(') || b + 2 >= r->n || !r->t[b + 1].word || !r->t[b + 1].cap || i + 2 >= b ||
      !r->t[i + 1].word || !r->t[i + 1].cap || !r->t[a].word || !r->t[a].cap)
    return 0;
  unsigned char c = initial_of(r, b + 1);
  return c == initial_of(r, i + 1) && c != initial_of(r, a);
}

/* "Arcton Hydrogen and Thai Binh Steel Corporation (TB Steel) signed": the
** words before "and" that no rule read, the pair signing, are the other
** firm. */
static int short_names_partner(const reader *r, size_t a, size_t i, size_t b) {
  return partner_words(r, a, i) && short_name_of_second(r, a, i, b) && deal_verb_after(r, past_short_bracket(r, b));
}

/* "Hanul E&C and Song Da Construction JSC": a firm's letters joined by an
** ampersand ("E&C", "C&T", "E&S") after a word of its own end its name
** (not the activities "M&A", "R&D"). */
static int letters_end_firm(const reader *r, size_t a, size_t i) {
  return i >= a + 2 && r->t[i - 1].word && ampersand_letters(r, i - 1) && r->t[i - 2].word && r->t[i - 2].cap &&
         i + 1 < r->n && r->t[i + 1].word && r->t[i + 1].cap;
}

/* "Binh Son Refining and Petrochemical JSC (BSR)": an acronym of the words
** before "and" names the whole run, whose "and" is its own. */
static int acronym_of_first_part(const reader *r, size_t a, size_t i, size_t b) {
  size_t acr;
  return i - a >= 2 && bracket_acronym(r, b, &acr) && r->t[acr].upper && tok_len(r, acr) >= 2 &&
         initials_are(r, a, i, acr);
}

/* "a consortium of Kogas and PV Power", "a joint venture between Halvard
** and Sao Nam Group": the members of a group of firms named after it, one
** each side of "and" (not "Procter and Gamble", a firm named alone): each
** side all capitalised words, none a place or country the gazetteer knows. */
static int group_members(const reader *r, size_t a, size_t i, size_t b) {
  static const char *const groups[] = {"consortium", "venture", "partnership", "alliance", NULL};
  static const char *const links[] = {"of", "between", "comprising", NULL};
  /* "a consortium of Japan's JERA and ...": the possessive before the run
  ** or inside it (asked only after an "s" that may end one: few runs) */
  size_t g = a >= 3 && tok_eq(r, a - 1, s) && after_country_possessive(r, a) ? a - 3 : a;
  if (g < 2 || !r->t[g - 1].word || r->t[g - 1].cap || !r->t[g - 2].word || r->t[g - 2].cap ||
      !one_of(tok_text(r, g - 1), tok_len(r, g - 1), links) || !one_of(tok_text(r, g - 2), tok_len(r, g - 2), groups))
    return 0;
  a += country_possessive_at(r, a);
  if (a >= i || i - a > 4 || b - i > 5 || !all_capitalised_words(r, a, i) || !all_capitalised_words(r, i + 1, b))
    return 0;
  const ivl_name *left = known_at(r, a), *right = known_at(r, i + 1);
  return !(left && left->type != IVL_SYM_ORGANIZATION) && !(right && right->type != IVL_SYM_ORGANIZATION);
}

/* The tokens of a country's possessive at token a ("Japan's": 3), 0 when
** a opens none. */
static size_t country_possessive_at(const reader *r, size_t a) {
  const ivl_name *k = known_at(r, a);
  if (!k || k->type != IVL_SYM_COUNTRY || k->vstart != r->t[a].s) return 0;
  size_t j = a;
  while (j < r->n && r->t[j].s < k->vend) j++;
  return j + 1 < r->n && r->t[j - 1].e == k->vend && apostrophe(r, j) && tok_eq(r, j + 1, s) ? j + 2 - a : 0;
}

/* "Kovara and Trexin signed an MoU on logistics": a signing with no other
** side named ("with ...") before the sentence ends has its two sides in
** its subject (not "Procter and Gamble signed a deal with X"). */
static int signed_with_none(const reader *r, size_t b) {
  static const char *const signs[] = {"signed", "signs", "sign", "inked", NULL};
  static const char *const aux[] = {"will", "have", "has", "had", "would", "to", "on", "also", NULL};
  size_t i = b;
  for (size_t e = b + 4; i < e && i < r->n && r->t[i].word; i++)
    if (!(!r->t[i].cap && one_of(tok_text(r, i), tok_len(r, i), aux)) && !(r->t[i].cap && ivl_ascii_ieq(tok_text(r, i - 1), tok_len(r, i - 1), "on")))
      break; /* auxiliaries, and "on Monday" */
  /* (or "agreed to": "A and B agreed to jointly develop electric vehicles") */
  static const char *const agreed[] = {"agreed", "agree", "agrees", NULL};
  if (i >= r->n || !r->t[i].word) return 0;
  if (!one_of(tok_text(r, i), tok_len(r, i), signs) &&
      !(one_of(tok_text(r, i), tok_len(r, i), agreed) && i + 1 < r->n && ivl_ascii_ieq(tok_text(r, i + 1), tok_len(r, i + 1), "to")))
    return 0;
  for (; i < r->n && !tok_char(r, i, '.') && !tok_char(r, i, ';'); i++)
    if (r->t[i].word && ivl_ascii_ieq(tok_text(r, i), tok_len(r, i), "with")) return 0;
  return 1;
}

/* "an MoU between Ortelia and Brunvik", "the signing of a deal between
** ...", "a joint venture between Siam Lotus and Sonadezi": "between" right
** before token a, after a word of an agreement, a signing or a venture
** among the six words before it. */
static int agreement_between(const reader *r, size_t a) {
  static const char *const deals[] = {"mou", "mous", "memorandum", "memoranda", "agreement", "agreements", "deal",
                                      "deals", "contract", "contracts", "pact", "signed", "signing", "inked",
                                      "venture", "ventures", NULL};
  if (a < 2 || !ivl_ascii_ieq(tok_text(r, a - 1), tok_len(r, a - 1), "between")) return 0;
  for (size_t i = a - 1; i-- > 0 && i + 8 > a;)
    if (r->t[i].word && one_of(tok_text(r, i), tok_len(r, i), deals)) return 1;
  return 0;
}

/* "Gemadept and Sotrans will each invest", "A and B jointly built", "A and
** B signed an MoU": a word of a name's own on each side of "and", the pair
** doing a thing each, jointly or with each other, are two firms ("Procter
** and Gamble" does nothing each). */
static int each_after(const reader *r, size_t b);

/* A one-word side of such a pair: a word of a name's own, an acronym
** ("PNI" after "Phương Nam Insurance Corporation (PNI)"), or a firm known
** by that word. */
static int pair_side(const reader *r, size_t w) {
  const ivl_name *k = known_at(r, w);
  return own_name_word(r, w) || (r->t[w].upper && tok_len(r, w) >= 2) || (k && k->type == IVL_SYM_ORGANIZATION);
}

/* The token after an aside on where the names just read are from, set
** off by commas and opening with "both" or "from" (", both from South
** Korea, ", ", both Korean, ", ", from Japan, "), else b. */
static size_t past_origin_aside(const reader *r, size_t b) {
  static const char *const opens[] = {"both", "from", NULL};
  if (!tok_char(r, b, ',') || b + 2 >= r->n || !one_of(tok_text(r, b + 1), tok_len(r, b + 1), opens)) return b;
  for (size_t k = b + 2; k < b + 8 && k < r->n; k++) {
    if (tok_char(r, k, ',')) return k + 1;
    if (!r->t[k].word) return b;
  }
  return b;
}

/* "Haesung Display, the biggest of them, has invested", "X, the largest
** Korean investor in the city, will add": past an aside that ranks the
** firm, to the token after its closing comma; else b. */
static size_t past_rank_aside(const reader *r, size_t b) {
  static const char *const ranks[] = {"biggest", "largest", "leading", "oldest", NULL};
  if (!tok_char(r, b, ',') || !tok_eq(r, b + 1, the) || b + 3 >= r->n || !r->t[b + 2].word ||
      !one_of(tok_text(r, b + 2), tok_len(r, b + 2), ranks))
    return b;
  for (size_t k = b + 3; k < b + 10 && k < r->n; k++) {
    if (tok_char(r, k, ',')) return k + 1;
    if (!r->t[k].word || (r->t[k].cap && !(known_at(r, k) && known_at(r, k)->type == IVL_SYM_COUNTRY))) return b;
  }
  return b;
}

/* "Sakura Data Centres, initially registered at $120 million in 2024, has
** doubled", "X, licensed in 2019, will add": past an aside on the firm's
** licensing (a participle of it, an adverb of when before it), money and
** years in it, to the token after its closing comma; else b. So too an
** aside on its presence: "Kestrel Robotics, present in Việt Nam since
** 2019, will build", "X, active in the country for a decade, has added". */
static const char *const licence_participles[] = {"registered", "licensed", "established", "founded",
                                                  "present", "active", "operating", NULL};

static size_t past_licence_aside(const reader *r, size_t b) {
  if (!tok_char(r, b, ',') || b + 3 >= r->n) return b;
  size_t k = b + 1;
  if (r->t[k].word && tok_one_of(r, k, when_adverbs)) k++;
  if (!r->t[k].word || !tok_one_of(r, k, licence_participles)) return b;
  for (k++; k < b + 16 && k < r->n; k++) {
    if (tok_char(r, k, ',')) return k + 1;
    if (tok_char(r, k, '.') || tok_char(r, k, ';')) return b;
  }
  return b;
}

static int pair_each(const reader *r, size_t a, size_t i, size_t b) {
  if (i == a || b <= i + 1) return 0;
  if (i == a + 1 && b == i + 2 && own_name_word(r, a) && own_name_word(r, i + 1) && each_after(r, b)) return 1;
  /* "Daeyang and PNI also signed an agreement" (set qinsure): two firms
  ** by their short names, one of them an acronym */
  if (i == a + 1 && b == i + 2 && pair_side(r, a) && pair_side(r, i + 1) && (r->t[a].upper || r->t[i + 1].upper) &&
      (signed_with_none(r, b) || agreement_between(r, a)))
    return 1;
  /* "PetroSea and Siam Gas signed an agreement": up to three capitalised
  ** words each side, each side opening with a word of a name's own */
  if (i - a > 3 || b - i > 4 || !own_name_word(r, a) || !own_name_word(r, i + 1) || !all_capitalised_words(r, a, i) ||
      !all_capitalised_words(r, i + 1, b))
    return 0;
  for (size_t w = a; w < b; w++)
    if (w != i && r->t[w].known) return 0;
  /* "Hanseong Wafer Tech and Bora Photonics will (each) invest": two names
  ** of two words or more each that invest or put money in (not a word
  ** each side, "Marks and Spencer will invest": that may be one firm),
  ** past an aside on both ("..., both from South Korea, will each invest");
  ** not when the words after "and" are all of a trade, which go on with
  ** the name before ("Minh Phat Trading and Engineering Services") */
  size_t v = past_origin_aside(r, b);
  if (i - a >= 2 && b - i >= 3 && !trade_words_to(r, i + 1, b) &&
      (each_after(r, v) || deal_verb_after(r, v) || spend_verb_after(r, v)))
    return 1;
  return signed_with_none(r, b) || agreement_between(r, a);
}

/* The words of a sum's size after its number ("$40 million"). */
static const char *const sum_sizes[] = {"million", "billion", "trillion", "bn", "m", NULL};

/* After the names that end at token b: "will each", "each", "jointly", or
** a sum given each later in the clause ("will invest $25 million apiece",
** "put in $40 million each")? */
static int each_after(const reader *r, size_t b) {
  static const char *const each[] = {"each", "jointly", NULL};
  static const char *const aux[] = {"will", "have", "has", "had", "would", "plan", "plans", "are", NULL};
  static const char *const apiece[] = {"apiece", NULL};
  size_t k = b;
  if (k < r->n && r->t[k].word && one_of(tok_text(r, k), tok_len(r, k), aux)) k++;
  if (k < r->n && r->t[k].word && one_of(tok_text(r, k), tok_len(r, k), each)) return 1;
  /* "Avalon and Brightstar will invest $25 million apiece", "... put in $40
  ** million each": the sum each gives, later in the clause */
  for (size_t j = k; j < r->n && j < k + 10; j++) {
    if (!r->t[j].word) {
      if (tok_char(r, j, '.') || tok_char(r, j, ',') || tok_char(r, j, ';')) return 0;
      continue;
    }
    if (one_of(tok_text(r, j), tok_len(r, j), apiece)) return 1;
    if (j > k && tok_len(r, j) == 4 && one_of(tok_text(r, j), 4, each) && r->t[j - 1].word &&
        (one_of(tok_text(r, j - 1), tok_len(r, j - 1), sum_sizes) || ivl_isdigit((unsigned char)tok_text(r, j - 1)[0])))
      return 1;
  }
  return 0;
}

static int after_country_possessive(const reader *r, size_t a);

/* "Korea's Daewon Precision and Jinsung Parts will invest": after a
** country's possessive, one to four capitalised words of a name's own,
** "and", one to four more, are two firms of that country; not names with
** a place, title, body's or portfolio's word ("Korea's Trade and Industry
** Ministry"), nor names the gazetteer knows. */
static int possessive_firms(const reader *r, size_t a, size_t i, size_t b) {
  if (i - a > 4 || b - i < 2 || b - i > 5 || !after_country_possessive(r, a) || !all_capitalised_words(r, a, i) ||
      !all_capitalised_words(r, i + 1, b))
    return 0;
  for (size_t k = a; k < b; k++) {
    /* a firm's name may open with a place of one word, more words after
    ** it: "Korea's Seoul Metal and Daesung Electric" */
    const ivl_name *p = known_at(r, k);
    int opening_place = p && (k == a || k == i + 1) && (k == a ? i : b) - k >= 2 &&
                        p->type == IVL_SYM_LOCATION && p->vstart == r->t[k].s && p->vend == r->t[k].e;
    if (k != i && ((p && !opening_place) || tok_in(r, k, NOT_FIRM_LISTS | LIST_org_openers | LIST_stop_words)))
      return 0;
  }
  return 1;
}

/* "KfW and Viet Nam Electricity (EVN) signed", "Hai Phat Investment and
** Vietnam Expressway Corporation", "Tokyo Gas and Kyushu Electric Power":
** after "and" a name that opens with a country or place and goes on with
** words of its own starts a second firm; the first is a name of one to
** four capitalised words that is no place, portfolio ("Planning and
** Vietnam ...") nor a body's, title's or place's word ("Japan and Vietnam
** Friendship Association": the first is a place). */
static int place_opens_firm(const reader *r, size_t a, size_t i, size_t b) {
  const uint32_t placed = LIST_admin_words | LIST_place_words | LIST_titles | LIST_zone_heads | LIST_connectors;
  if (i - a > 4 || b - i < 3 || b - i > 6 || (a > 0 && title_word(r, a - 1)) || !all_capitalised_words(r, a, i) ||
      !all_capitalised_words(r, i + 1, b) || portfolio(r, a, i) || ivl_names_vn_family(tok_text(r, a), tok_len(r, a)))
    return 0;
  const ivl_name *place = known_at(r, i + 1);
  if (!place || (place->type != IVL_SYM_COUNTRY && place->type != IVL_SYM_LOCATION) ||
      place->vstart != r->t[i + 1].s || place->vend >= r->t[b - 1].s || demonym_word(r, i + 1))
    return 0; /* ("Korean Hanul Logistics": a demonym describes the firm after it) */
  const ivl_name *first = known_at(r, a);
  if (first && first->type != IVL_SYM_ORGANIZATION && first->vend >= r->t[i - 1].e) return 0;
  for (size_t k = a; k < i; k++)
    if (tok_in(r, k, placed)) return 0;
  size_t own = i + 1;
  while (own < b && known_at(r, own) == place) own++;
  for (size_t k = own; k < b; k++)
    if (known_at(r, k) || tok_in(r, k, placed)) return 0;
  return own < b;
}

/* "Hoiana Resorts and Golf Co., Ltd", "Sao Biển Hotels and Spa JSC": a
** trade's word after the firm's own word, "and" a leisure trade's word,
** then only the legal form: one firm, no firm "Golf Co., Ltd" named by a
** trade alone ("Samsung Electronics and Hana Co., Ltd" are two). (i - 1
** is a trade's word, the caller checks.) */
static const char *const leisure_trades[] = {
  "golf", "spa", "spas", "leisure", "entertainment", "tourism", "travel", "resort", "resorts", "hotel",
  "hotels", "villas", "residences", "casino", "marina", "hospitality", NULL};

static int trade_word_then_form(const reader *r, size_t a, size_t i, size_t b) {
  if (i < a + 2 || is_legal_suffix(r, i - 1) || !r->t[i + 1].cap || !tok_one_of(r, i + 1, leisure_trades) ||
      !is_legal_suffix(r, i + 2))
    return 0;
  for (size_t k = i + 2; k < b; k++)
    if (r->t[k].word && !is_legal_suffix(r, k)) return 0;
  return 1;
}

/* The trades a firm's name may close on after "and", past its own first
** trade ("Vindhya Steel and Power", "Deccan Sugars and Distilleries"):
** not words a name ends on by themselves. */
static const char *const paired_trades[] = {
  "power", "distilleries", "distillery", "industries", "alloys", "metals", "minerals", "mining", "mills",
  "boards", "refineries", "fertilisers", "fertilizers",
  /* a rubber firm's second trade and a port's: "... Rubber and Latex
  ** Group", "... Transport and Stevedoring JSC" (set fix74f) */
  "latex", "stevedoring",
  /* an oil refiner's: "Binh Son Refining and Petrochemical JSC" is one
  ** firm, not two (set qweek107) */
  "refining", "petrochemical", "petrochemicals", NULL};

/* Is token i a trade's word, or its plural ("Sugars", "Cements")? */
static int trade_or_plural(const reader *r, size_t i) {
  size_t n = tok_len(r, i);
  return tok_is(r, i, trade_words) ||
         (n > 3 && tok_text(r, i)[n - 1] == 's' && one_of(tok_text(r, i), n - 1, trade_words));
}

/* Is token k a trade's or a field's word, or one a second trade only is
** ("Metals", "Latex")? */
static int trade_like(const reader *r, size_t k) {
  return field_word(r, k) || trade_or_plural(r, k) || one_of(tok_text(r, k), tok_len(r, k), paired_trades);
}

/* "Bao Long Mining and Metals Corporation", "Saigon Rubber and Latex
** Group", "Macao Trade and Investment Promotion Institute": the firm's own
** words, a trade's or a field's word, "and", another such word, then
** capitalised words no gazetteer knows on to a head word or legal form are
** one name; not two firms, whose second opens on a name's own word
** ("Gamuda Land and Sao Mai Group", "Ministry of Finance and VSIP JSC") or
** is known ("Kobe Steel and Posco"). */
static int second_trade_to_head(const reader *r, size_t a, size_t i, size_t b) {
  if (i < a + 2 || b < i + 3 || !r->t[i - 1].cap || !trade_like(r, i - 1) || !r->t[i + 1].cap || !trade_like(r, i + 1))
    return 0;
  size_t h = i + 2; /* the head word or the legal form ("Co., Ltd" to the end) */
  for (; h < b && !tok_is(r, h, org_heads) && !is_legal_suffix(r, h); h++)
    if (!r->t[h].word || !r->t[h].cap || r->t[h].known || ivl_names_vn_family(tok_text(r, h), tok_len(r, h)))
      return 0;
  for (size_t k = h; k < b; k++)
    if (r->t[k].word && !tok_is(r, k, org_heads) && !is_legal_suffix(r, k)) return 0;
  return h < b;
}

/* "Vietnam National Textile and Garment Group", "Hyosung Power and Energy
** Corp": two words of a trade joined by "and" inside a firm's name that
** goes on to its head word are one name, though the first may end a name
** ("Textile" is a firm's head word too). */
/* (also "Pharmaceuticals and Medical Devices Agency": a name that opens on
** its trade's word (the chunk's first, or after a country's possessive),
** then "Medical", is a body's named by its fields, not
** "Sao Mai Pharma and Medical Park Hospital", a firm and a hospital; qpharma) */
static int trades_joined(const reader *r, size_t a, size_t i, size_t b) {
  if (i > a && i + 1 < b && second_trade_to_head(r, a, i, b)) return 1;
  if (i <= a || i + 1 >= b || !tok_in(r, i - 1, LIST_trade_words | LIST_org_heads)) return 0;
  /* "Meridian Crest Hotels and Resorts on Wednesday signed ...": two
  ** leisure trades' words joined by "and" end the run after the firm's own
  ** words, one chain's name (set qweek66), not a firm "Resorts" */
  if (i + 2 == b) return i >= a + 2 && tok_one_of(r, i - 1, leisure_trades) && r->t[i + 1].cap &&
                         tok_one_of(r, i + 1, leisure_trades);
  int opens = i == a + 1 || after_country_possessive(r, i - 1); /* "Japan's Pharmaceuticals and" */
  int joined = tok_is(r, i + 1, trade_words) || (opens && tok_len(r, i + 1) == 7 && ivl_ascii_ieq(tok_text(r, i + 1), 7, "medical"));
  return (joined && !r->t[i + 1].known && all_capitalised_words(r, i + 1, b) && tok_is(r, b - 1, org_heads)) ||
         trade_word_then_form(r, a, i, b);
}

/* "Vindhya Steel and Power", "Deccan Sugars and Distilleries", "Hanil
** Cement and Chemicals": one or two words of the firm's own, a trade's
** word, "and" and a second trade's word closing the run [a, b) are one
** firm, as Indian and Korean groups name themselves by their two trades;
** no firm "Power" (set qweek62). Not when a word is known or a stop word
** ("Ministry of Industry and Trade", "Kobe Steel and Posco"). */
static int paired_trades_close(const reader *r, size_t a, size_t b) {
  size_t i = b - 2;
  if (b < a + 4 || b > a + 5 || !tok_eq(r, i, and) || !r->t[i - 1].cap || !r->t[i + 1].cap ||
      !trade_or_plural(r, i - 1) || !(trade_or_plural(r, i + 1) || one_of(tok_text(r, i + 1), tok_len(r, i + 1), paired_trades)))
    return 0;
  for (size_t k = a; k + 1 < i; k++)
    if (!r->t[k].word || !r->t[k].cap || r->t[k].known || tok_in(r, k, LIST_stop_words | LIST_not_name_words) ||
        trade_or_plural(r, k) || ivl_names_vn_family(tok_text(r, k), tok_len(r, k)))
      return 0;
  return !r->t[i - 1].known && !r->t[i + 1].known && !known_name(r, a, b);
}

/* Does a country's name that ends in s and an apostrophe come right
** before token a: "the Netherlands' ", "the Philippines' "? */
static int country_plural_possessive(const reader *r, size_t a) {
  if (a < 2 || !apostrophe(r, a - 1) || !adjacent(r, a - 1)) return 0;
  const ivl_name *k = known_at(r, a - 2);
  return k && k->type == IVL_SYM_COUNTRY && k->vend == r->t[a - 2].e && tok_text(r, a - 2)[tok_len(r, a - 2) - 1] == 's';
}

/* "Japanese-owned Đồng Nai Precision", "Chinese-invested Bình Dương
** Tyre": an owner's compound right before token a describes a firm, as a
** firm noun does (set qchina). */
static int after_owner_compound(const reader *r, size_t a) {
  static const tail owners[] = {TAIL("-owned"), TAIL("-invested"), {NULL, 0}};
  return a > 0 && hyphened(r, a - 1, owners);
}

/* Does a country's possessive come right before token a: "Japan's ",
** "the Netherlands' "? */
static int after_country_possessive(const reader *r, size_t a) {
  if (a >= 3 && tok_eq(r, a - 1, s) && apostrophe(r, a - 2) && known_at(r, a - 3) &&
      known_at(r, a - 3)->type == IVL_SYM_COUNTRY)
    return 1;
  return country_plural_possessive(r, a);
}

/* "signed a deal with Japan's JERA", "is teaming up with Thailand's SCG":
** does "with" come right before the country whose possessive is before
** token a, a word of a deal or an alliance among the eight words before
** it? What is named there is the deal's other side, a firm ("built with
** Japan's ODA" names none). */
static int deal_partner_possessive(const reader *r, size_t a) {
  static const char *const deals[] = {"signed", "signs", "sign", "signing", "inked", "teamed", "teaming", "teams",
                                      "partnered", "partnering", "hands", "agreement", "agreements", "deal", "mou",
                                      "memorandum", "contract", "venture", "alliance", "partnership", NULL};
  const ivl_name *k = a >= 3 ? known_at(r, a - 3) : NULL;
  if (!k && a >= 2) k = known_at(r, a - 2); /* "the Philippines' " */
  if (!k || k->type != IVL_SYM_COUNTRY) return 0;
  size_t c = a - 2;
  while (c > 0 && r->t[c - 1].e > k->vstart) c--;
  if (c > 0 && tok_eq(r, c - 1, the)) c--;
  if (c < 2 || !ivl_ascii_ieq(tok_text(r, c - 1), tok_len(r, c - 1), "with")) return 0;
  for (size_t i = c - 1; i-- > 0 && i + 9 > c;)
    if (r->t[i].word && one_of(tok_text(r, i), tok_len(r, i), deals)) return 1;
  return 0;
}

/* "Kessler & Moritz", "Bernard & Fils Vietnam": capitalised words each
** side of an ampersand, none known nor a place's, title's or portfolio's
** ("Trade & Industry"), name a firm; the ampersand is no list's. */
static int ampersand_firm(const reader *r, size_t a, size_t b) {
  size_t amp = b;
  for (size_t i = a + 1; i + 1 < b && amp == b; i++)
    if (tok_char(r, i, '&')) amp = i;
  if (amp == b || !all_capitalised_words(r, a, amp) || !all_capitalised_words(r, amp + 1, b)) return 0;
  /* "Procter & Gamble Vietnam": the firm's local arm */
  if (b - amp > 2 && (tok_eq(r, b - 1, vietnam) || tok_eq(r, b - 1, vina))) b--;
  /* a portfolio's word that is a trade may follow the firm's own first word
  ** when "&" joins two trades ("GS Engineering & Construction"; not
  ** "Research & Development", "Trade & Industry") */
  int trades = amp > a + 1 && tok_is(r, amp - 1, trade_words);
  /* a trade's word read as a sector before a list's "and" ("Daejin
  ** Engineering & Construction and Vietnamese developer ...") is still
  ** the name's, as in standalone "Engineering & Construction" */
  for (size_t i = a; i < b; i++)
    if (i != amp && ((known_at(r, i) && known_at(r, i)->type != IVL_SYM_SECTOR) || tok_in(r, i, (NOT_FIRM_LISTS | LIST_stop_words) &
                                                         ~(trades && i > a && tok_is(r, i, trade_words)
                                                               ? (uint32_t)LIST_not_name_words
                                                               : 0u))))
      return 0;
  return !known_name(r, a, b);
}

/* Is the known name covering token i the agent of a works' passive, right
** after "developed by", "invested by", "built by", "owned by", "operated
** by" ("developed by Japan's JERA"; not "funded by Japan's ODA")? */
static int agent_of_passive(const reader *r, size_t i) {
  static const char *const works_verbs[] = {"developed", "invested", "built", "owned", "operated", NULL};
  const ivl_name *k = known_at(r, i);
  while (i > 0 && r->t[i].s > k->vstart) i--;
  return i > 1 && tok_eq(r, i - 1, by) && one_of(tok_text(r, i - 2), tok_len(r, i - 2), works_verbs);
}

/* "a consortium led by Kairos", "a Series A round co-led by Nami": the
** leader of a group of investors or of a funding round, "led by" right
** before token i with the group's word among the five words before "led"
** (not "a delegation led by ...", "a team led by ...": persons lead those). */
static int leader_of_investors(const reader *r, size_t i) {
  static const char *const led[] = {"led", "co-led", "headed", NULL};
  static const char *const groups[] = {"consortium", "consortia", "syndicate", "round", "alliance", "venture",
                                       "group", "investors", NULL};
  if (i < 3 || !tok_eq(r, i - 1, by) || !one_of(tok_text(r, i - 2), tok_len(r, i - 2), led)) return 0;
  for (size_t k = i - 2; k-- > 0 && k + 8 > i;)
    if (r->t[k].word && !r->t[k].cap && one_of(tok_text(r, k), tok_len(r, k), groups)) return 1;
  return 0;
}

/* Is token i-1 the cue of a firm's role in a works or a venture: the
** agent of a works' passive ("developed by", "invested by", "owned by",
** "operated by", "built by"), a partner in a venture ("a joint venture
** with", "a joint venture between")? */
static int role_cue_before(const reader *r, size_t i) {
  static const char *const works_verbs[] = {"developed", "invested", "built", "owned", "operated", NULL};
  /* (not "partnering with Tuas": localities partner too) */
  static const char *const ventures[] = {"venture", "ventures", NULL};
  static const char *const signs[] = {"signed", "signs", "sign", "signing", "inked", NULL};
  if (i < 2 || !r->t[i - 2].word) return 0;
  const char *w = tok_text(r, i - 1), *v = tok_text(r, i - 2);
  size_t n = tok_len(r, i - 1), m = tok_len(r, i - 2);
  /* "Long An signed an MoU with Kovara on logistics": the other side of a
  ** signing among the nine tokens before "with" (the word before it may be
  ** capitalised, "MoU"; a figure's tokens between: "signed a contract
  ** worth $420 million with GE Aerospace") */
  if (ivl_ascii_ieq(w, n, "with"))
    for (size_t k = i - 1; k-- > 0 && k + 11 > i;)
      if (r->t[k].word && one_of(tok_text(r, k), tok_len(r, k), signs)) return 1;
  if (r->t[i - 2].cap) return 0;
  /* (also the works' owner right after it: "a $320 million packaging
  ** plant by Daewon Pack") */
  if (tok_eq(r, i - 1, by))
    return one_of(v, m, works_verbs) || one_of(v, m, investor_plants) || leader_of_investors(r, i);
  if (ivl_ascii_ieq(w, n, "with") || ivl_ascii_ieq(w, n, "between")) return one_of(v, m, ventures);
  /* "issued an adjusted certificate to Fuyu Precision": the holder of a
  ** licence handed over */
  static const char *const licences[] = {"certificate", "certificates", "licence", "licences", "license",
                                         "licenses", NULL};
  if (ivl_ascii_ieq(w, n, "to")) return one_of(v, m, licences);
  return 0;
}

/* "the park, developed by Sonadezi", "invested by Kovara", "a joint
** venture between Siam Lotus and Sonadezi", "signed an MoU with Kovara":
** one to three capitalised words in a firm's role in a works, a venture or
** a signing name
** a firm (a pair after "between" is pair_each()'s). Not words of the
** rules' lists (a place's, a title's), nor a Vietnamese person's name, nor
** one word the text writes in lower case, nor a short form of a firm named
** before (read as that firm's repeat). */
static int shortens_earlier_org(const reader *r, size_t a, size_t b);

static int firm_in_role(const reader *r, size_t a, size_t b) {
  /* (the cue asked first: few runs have it, and the text's look for a
  ** word written in lower case is dear) */
  if (b - a > 3 || !role_cue_before(r, a) || !all_capitalised_words(r, a, b) ||
      ivl_names_vn_family(tok_text(r, a), tok_len(r, a)))
    return 0;
  for (size_t i = a; i < b; i++)
    if (tok_in(r, i, NOT_FIRM_LISTS | LIST_stop_words | LIST_firm_titles) || known_at(r, i)) return 0;
  /* "signed a deal with European turboprop maker ATR": a macro-region's
  ** adjective alone describes the firm named after it, and is none */
  if (b - a == 1 && tok_is(r, a, region_adjectives)) return 0;
  return !(b - a == 1 && written_lower(r, a)) && !known_name(r, a, b) && !shortens_earlier_org(r, a, b);
}

/* "150 million USD", "1.05 billion USD", "62.4 trillion VND", "900 EUR":
** a sum whose currency's code follows its figure and size, as the news
** agency writes it (set qweek140); not a code that goes on as a word
** ("USDT"), nor a figure with no code ("150 million workers"). */
static int sum_with_code_after(const reader *r, size_t i) {
  static const char *const codes[] = {"USD", "VND", "EUR", "JPY", "SGD", "KRW", "CNY", NULL};
  const char *t = r->text;
  size_t p = r->t[i].s, end = r->len;
  if (!ivl_isdigit((unsigned char)t[p])) return 0;
  while (p < end && (ivl_isdigit((unsigned char)t[p]) || ((t[p] == '.' || t[p] == ',') && p + 1 < end &&
                                                          ivl_isdigit((unsigned char)t[p + 1]))))
    p++;
  if (p >= end || t[p] != ' ') return 0;
  p++;
  for (const char *const *s = sum_sizes; *s; s++) {
    size_t n = strlen(*s);
    if (p + n < end && memcmp(t + p, *s, n) == 0 && t[p + n] == ' ') {
      p += n + 1;
      break;
    }
  }
  for (const char *const *c = codes; *c; c++)
    if (p + 3 <= end && memcmp(t + p, *c, 3) == 0 && (p + 3 == end || !ivl_isalnum((unsigned char)t[p + 3])))
      return 1;
  return 0;
}

/* Does a sum of money start at token i: "$45", "US$97", "S$20", "VNĐ2.4
** trillion", "€30", "150 million USD"? */
static int money_at(const reader *r, size_t i) {
  if (i >= r->n) return 0;
  const char *t = tok_text(r, i);
  size_t room = r->len - r->t[i].s;
  return t[0] == '$' || (room > 3 && memcmp(t, "US$", 3) == 0) || (room > 2 && memcmp(t, "S$", 2) == 0) ||
         (room > 4 && memcmp(t, "VN\xC4\x90", 4) == 0) || (room > 3 && memcmp(t, "VND", 3) == 0) ||
         (room > 3 && memcmp(t, "\xE2\x82\xAC", 3) == 0) || sum_with_code_after(r, i);
}

/* "Hanmi Circuits is now the largest Korean investor in Bắc Ninh", "X
** remains the biggest foreign investor": after the run, a verb of being,
** "the", then up to five words of no name but a demonym, ending on
** "investor": the run is an investor by name, a firm (a country or a place
** the gazetteer knows is no run here); not an individual, angel or retail
** investor, a person. */
static int investor_by_position_after(const reader *r, size_t b) {
  static const char *const be[] = {"is", "was", "remains", "remained", "became", NULL};
  static const char *const now[] = {"now", "still", "also", NULL};
  static const char *const investor[] = {"investor", NULL};
  /* a person's kind of investing: "Warren Buffett remains the biggest
  ** individual investor" names no firm */
  static const char *const persons[] = {"individual", "angel", "retail", NULL};
  size_t k = b;
  if (k >= r->n || !r->t[k].word || r->t[k].cap || !one_of(tok_text(r, k), tok_len(r, k), be)) return 0;
  k++;
  if (k < r->n && r->t[k].word && one_of(tok_text(r, k), tok_len(r, k), now)) k++;
  if (!tok_eq(r, k, the)) return 0;
  for (size_t e = k + 7; ++k < e && k < r->n && (r->t[k].word || tok_char(r, k, '-'));) {
    if (r->t[k].cap && !(known_at(r, k) && known_at(r, k)->type == IVL_SYM_COUNTRY)) return 0;
    if (one_of(tok_text(r, k), tok_len(r, k), investor)) return 1;
    if (one_of(tok_text(r, k), tok_len(r, k), persons)) return 0;
  }
  return 0;
}

/* "- Seojin Precision: $78 million, metal frames": a bulleted line of a
** list of projects opens on the firm's name, a colon and its sum after it
** (a country's line, "- Korea: $1.3 billion", is known and never asked). */
static int heads_bulleted_sum(const reader *r, size_t a, size_t b) {
  if (a == 0 || !line_start(r, a - 1) || !tok_char(r, b, ':') || !money_at(r, b + 1)) return 0;
  return tok_char(r, a - 1, '-') || tok_char(r, a - 1, '*') || is_dash(r, a - 1) ||
         (tok_len(r, a - 1) == 3 && memcmp(tok_text(r, a - 1), "\xE2\x80\xA2", 3) == 0);
}

/* A run [a, b) said to own a sum or to stand for one, as firms are in a
** roundup's list of projects: its possessive right before the sum
** ("Hexa Precision's $45 million mould factory", "Kuraray Fibres' $120
** million plant"), or the sum in brackets right after it ("those of Hon
** Precision ($250 million), Goerlink Acoustics ($90 million)"). */
static int owns_figure(const reader *r, size_t a, size_t b) {
  /* not a country's name and its projects: "India 3 ($12 million)" */
  if (known_at(r, a)) return 0;
  for (size_t i = a; i < b; i++)
    if (ivl_isdigit((unsigned char)tok_text(r, i)[0])) return 0;
  /* two words or more: one may be a person's ("Tuấn's $2 million estimate"),
  ** as may a Vietnamese name */
  if (b - a < 2 || ivl_names_vn_family(tok_text(r, a), tok_len(r, a))) return 0;
  if (heads_bulleted_sum(r, a, b)) return 1;
  if (apostrophe(r, b) && adjacent(r, b)) {
    if (tok_eq(r, b + 1, s)) return money_at(r, b + 2);
    const char *w = tok_text(r, b - 1);
    return w[tok_len(r, b - 1) - 1] == 's' && money_at(r, b + 1);
  }
  return tok_char(r, b, '(') && money_at(r, b + 1);
}

/* "Viettel and Nokia signed", "Doosan and Hana Micron will invest": one
** or two capitalised words after "and" and a firm the gazetteer knows,
** the pair signing or investing, name a firm too; not a word of the
** rules' lists (a place's, a title's), nor one the text writes in lower
** case. (The other order, "Nokia and Samsung", is one run with its "and",
** read as a whole.) */
static int partner_of_known_firm(const reader *r, size_t a, size_t b) {
  if (b - a > 2 || a < 2 || !tok_eq(r, a - 1, and) || !all_capitalised_words(r, a, b)) return 0;
  const ivl_name *k = known_at(r, a - 2);
  if (!k || k->type != IVL_SYM_ORGANIZATION || k->vend != r->t[a - 2].e) return 0;
  for (size_t i = a; i < b; i++)
    if (known_at(r, i) || tok_in(r, i, NOT_FIRM_LISTS | LIST_org_heads | LIST_stop_words) || written_lower(r, i))
      return 0;
  return deal_verb_after(r, b);
}

/* "a $42 million circuit board factory of Daeyang Tech": two to four
** capitalised words after "of" and a works' noun name the firm whose
** works it is. */
static int owner_of_works(const reader *r, size_t a, size_t b) {
  static const char *const works[] = {"plant", "factory", "project", "complex", "facility", "centre",
                                      "center", "mill", "expansion", "campus", NULL};
  return b - a >= 2 && a >= 2 && tok_eq(r, a - 1, of) && !r->t[a - 2].cap && r->t[a - 2].word &&
         one_of(tok_text(r, a - 2), tok_len(r, a - 2), works);
}

/* Is a firm noun in lower case right before token a, not at a line's
** start: "developer Haesong Leisure Development"? Or one opening the
** sentence, capitalised only there ("Developer Sao Mai Land broke ground"),
** which read_chunk leaves out of the name. */
static int after_firm_noun(const reader *r, size_t a) {
  return a > 0 && ((!r->t[a - 1].cap && tok_is(r, a - 1, firm_nouns) && !line_start(r, a)) ||
                   opening_firm_noun(r, a - 1));
}

/* "A Hong Kong garment maker, Prosper Knit, received ...": a name set off
** by commas right after a firm noun in lower case is that firm's (set
** qbrief), as "garment maker Prosper Knit" is; not one of a list
** ("makers, Hanwa, Toyo and ...": the comma after it is asked). */
static int firm_noun_apposition(const reader *r, size_t a, size_t b) {
  return a >= 2 && b < r->n && tok_char(r, a - 1, ',') && !r->t[a - 2].cap && tok_is(r, a - 2, firm_nouns) &&
         !line_start(r, a - 1) && tok_char(r, b, ',') && !(b + 1 < r->n && r->t[b + 1].cap);
}

/* "Sakata Denki: The Japanese motor maker opened ...": a directory's
** entry opens its line on the firm's name and a colon, then tells what the
** firm is ("The", lower-case words or a demonym, a firm noun), so the name
** before the colon is that firm's (set qweek125). Two words or more, as a
** field's label ("Investor: The company ...") is one; not a sentence going
** on to a noun of no firm ("Key Facts: The park covers ..."). (names.c
** labelled_description reads the same entry later, for the firm's origin
** from the country after "The"; this one, on tokens, makes the label a
** firm at all, whatever the description's country, or none.) */
static int labels_described_firm(const reader *r, size_t a, size_t b) {
  if (b - a < 2 || b - a > 4 || !line_start(r, a) || !tok_char(r, b, ':') || !tok_eq(r, b + 1, the)) return 0;
  for (size_t k = b + 2; k < r->n && k < b + 8 && !line_start(r, k); k++) {
    if (!r->t[k].cap && tok_is(r, k, firm_nouns)) return 1;
    const ivl_name *c = known_at(r, k);
    if (c && c->type == IVL_SYM_COUNTRY && c->vstart == r->t[k].s) { /* past the country's tokens: "U.S." */
      while (k + 1 < r->n && r->t[k + 1].s < c->vend) k++;
      continue;
    }
    if (r->t[k].cap ? !demonym_word(r, k) : !r->t[k].word && !tok_char(r, k, '-')) return 0;
  }
  return 0;
}

/* "- Daesung Mold Tech (South Korea): US$45 million, moulds, Bắc Giang":
** the name opening a bulleted line, its country in brackets and a colon
** after it, is a firm of a list of licensed projects (set qbrief). */
/* (and in the body, "a furniture factory of Hettwerk (Germany)", "Kumsan
** Steel (Korea) won ...": one to three capitalised words the rules do not
** know (no place, title, stop word; not a person's name), after a word in
** lower case, not a person's art or sport, then their country alone in
** brackets) */
static int listed_with_country(const reader *r, size_t a, size_t b) {
  if (a == 0 || !tok_char(r, b, '(')) return 0;
  int bullet = line_start(r, a - 1) && (tok_char(r, a - 1, '-') || tok_char(r, a - 1, '*'));
  if (!bullet && (b - a > 3 || !r->t[a - 1].word || r->t[a - 1].cap || title_word(r, a - 1) ||
                  after_person_role(r, a)))
    return 0;
  const ivl_name *k = known_at(r, b + 1);
  if (!k || k->type != IVL_SYM_COUNTRY || k->vstart != r->t[b + 1].s) return 0;
  size_t j = b + 1;
  while (j < r->n && r->t[j].s < k->vend) j++;
  if (!tok_char(r, j, ')')) return 0;
  if (bullet) return tok_char(r, j + 1, ':');
  if (!all_capitalised_words(r, a, b) || (b - a >= 2 && person_words(r, a, b)) ||
      ivl_names_vn_family(tok_text(r, a), tok_len(r, a)))
    return 0;
  for (size_t i = a; i < b; i++)
    if (known_at(r, i) || tok_in(r, i, NOT_FIRM_LISTS | LIST_org_heads | LIST_stop_words)) return 0;
  return 1;
}

/* The token after a short name in brackets at token b ("(EVN)", "(PV
** Power)": up to three words), or b when none is there. */
static size_t past_short_bracket(const reader *r, size_t b) {
  if (!tok_char(r, b, '(')) return b;
  for (size_t k = b + 1; k < r->n && k <= b + 4; k++) {
    if (tok_char(r, k, ')')) return k > b + 1 ? k + 1 : b;
    if (!r->t[k].word) return b;
  }
  return b;
}

/* One to four capitalised words before "and" that may name the partner
** of the firm after it: not after a title ("Chairman Lee and"), nor a
** Vietnamese person's name ("Nguyễn Văn Nam and Samsung"). */
static int partner_words(const reader *r, size_t a, size_t i) {
  return i - a <= 4 && !(a > 0 && title_word(r, a - 1)) && all_capitalised_words(r, a, i) &&
         !ivl_names_vn_family(tok_text(r, a), tok_len(r, a));
}

/* "Nordvik Networks and Samsung signed", "NTT Data and FPT Telecom will
** build a $200 million ...": one to four capitalised words of a name's
** own, "and", then a firm the gazetteer knows that ends the run (its own
** or trade words after it included: "VNPT Technology"), the pair signing,
** investing or building with money, are two firms (the other order is
** partner_of_known_firm()); not words of a place, title, portfolio or
** body ("Trade and Samsung"), nor after a title ("Chairman Lee and"),
** nor a Vietnamese person's name. */
static int partner_before_known_firm(const reader *r, size_t a, size_t i, size_t b) {
  if (i + 1 >= b || !partner_words(r, a, i)) return 0;
  /* (the known firm's short name in brackets after it is part of its
  ** mention: "and Vietnam Electricity (EVN) signed") */
  size_t v = past_short_bracket(r, b);
  const ivl_name *k = known_at(r, i + 1);
  if (!k || k->type != IVL_SYM_ORGANIZATION || k->vstart != r->t[i + 1].s ||
      (k->vend != r->t[b - 1].e && k->vend != r->t[v - 1].e && known_firm_end(r, i + 1, b) != b))
    return 0;
  /* a common word may go on with an acronym opening the name: "NTT Data" */
  for (size_t q = a; q < i; q++)
    if (known_at(r, q) || tok_in(r, q, NOT_FIRM_LISTS | LIST_org_openers | LIST_stop_words) ||
        (!(q > a && r->t[a].upper) && written_lower(r, q)))
      return 0;
  return deal_verb_after(r, v) || builds_with_money_after(r, v);
}

/* The token after an aside opening on "which" set off by commas right
** after token b-1 (", which set up their joint venture in 2019, "), else b. */
static size_t past_which_aside(const reader *r, size_t b) {
  if (!tok_char(r, b, ',') || b + 2 >= r->n || !r->t[b + 1].word ||
      !ivl_ascii_ieq(tok_text(r, b + 1), tok_len(r, b + 1), "which"))
    return b;
  for (size_t k = b + 2; k < b + 18 && k < r->n; k++) {
    if (tok_char(r, k, ',')) return k + 1;
    if (tok_char(r, k, '.') || tok_char(r, k, ';')) return b;
  }
  return b;
}

/* "Tân Cảng Sông Hậu and Belgium's Antwerp Maritime Partners, which set up
** their joint venture in 2019, agreed on Thursday to ...", "Hưng Thịnh Cơ
** Khí and Germany's Brandt Werke signed an agreement": one to four
** capitalised words of a name's own, "and", a country's possessive (the
** run [i+1, b) that country alone, token b its apostrophe), a firm's one
** to five capitalised words, then the pair signing, agreeing or investing
** (past an aside opening on "which"): the words before "and" are the
** other firm, as partner_before_known_firm reads them before a known one
** (set qweek25). Not words the gazetteer knows, nor a place's, title's or
** body's, nor a Vietnamese person's name ("Nguyễn Văn Nam and Japan's
** Tanaka signed"). */
static int partner_before_possessive_firm(const reader *r, size_t a, size_t i, size_t b) {
  static const char *const pair_verbs[] = {"signed", "signs", "sign", "inked", "agreed", "agree", "agrees",
                                           "invested", "invest", "invests", NULL};
  if (!country_word_last(r, i + 1, b) || !partner_words(r, a, i) || !apostrophe(r, b) || !tok_eq(r, b + 1, s))
    return 0;
  for (size_t q = a; q < i; q++)
    if (known_at(r, q) || tok_in(r, q, NOT_FIRM_LISTS | LIST_org_openers | LIST_stop_words) || written_lower(r, q))
      return 0;
  size_t e = b + 2;
  while (e < r->n && e < b + 7 && r->t[e].word && r->t[e].cap) e++;
  if (e == b + 2) return 0;
  return verb_of_list_after(r, past_which_aside(r, e), pair_verbs);
}

/* Does where a firm is based follow the run ending at token b-1, after a
** comma: ", based in", ", headquartered in", ", with (its) headquarters
** in"? Asked of few runs (after firm_verdict()'s lists). (names.c
** seat_asides reads such asides too, but as the whole text between a firm
** and a place named after it, for the firm's origin; this asks of tokens
** whether one opens after a run, to make the run a firm, before there are
** names to stand between.) */
static int based_after(const reader *r, size_t b) {
  static const char *const based[] = {"based", "headquartered", NULL};
  if (!tok_char(r, b, ',') || b + 3 >= r->n) return 0;
  size_t i = b + 1;
  if (one_of(tok_text(r, i), tok_len(r, i), based)) return tok_eq(r, i + 1, in);
  if (!ivl_ascii_ieq(tok_text(r, i), tok_len(r, i), "with")) return 0;
  if (ivl_ascii_ieq(tok_text(r, i + 1), tok_len(r, i + 1), "its")) i++;
  return i + 2 < r->n && ivl_ascii_ieq(tok_text(r, i + 1), tok_len(r, i + 1), "headquarters") && tok_eq(r, i + 2, in);
}

/* Is [a, b) the first words of an organisation named before it ("Sanwa
** Denshi" after "Sanwa Denshi Co., Ltd")? The repeat is then found as
** such, with its full name (names.c), not read as a new firm here. */
static int org_begins_with(const reader *r, const ivl_name *o, size_t a, size_t n) {
  return o->type == IVL_SYM_ORGANIZATION && o->vend <= r->t[a].s && o->vend - o->vstart > n &&
         r->text[o->vstart + n] == ' ' && memcmp(r->text + o->vstart, r->text + r->t[a].s, n) == 0;
}

/* The hash of text[s, e)'s bytes up to its first space: a name's that
** begins with the run [s, e) and a space is the run's. */
static size_t head_hash(const char *text, size_t s, size_t e) {
  const char *sp = memchr(text + s, ' ', e - s);
  return (size_t)ivl_hash(IVL_HASH_START, text + s, sp ? (size_t)(sp - (text + s)) : e - s);
}

static int shortens_earlier_org(const reader *r, size_t a, size_t b) {
  size_t n = r->t[b - 1].e - r->t[a].s;
  head_index *hx = r->heads;
  span_index *x = &hx->x;
  int walk = hx->asked <= RUN_INDEX_AFTER && ++hx->asked <= RUN_INDEX_AFTER;
  while (!walk && x->indexed < r->out->n) {
    const ivl_name *o = &r->out->items[x->indexed];
    if (span_add(x, x->indexed, head_hash(r->text, o->vstart, o->vend)))
      walk = 1; /* no room: walk the names, as before the index */
    else
      x->indexed++;
  }
  if (walk) {
    for (size_t i = 0; i < r->out->n; i++)
      if (org_begins_with(r, &r->out->items[i], a, n)) return 1;
    return 0;
  }
  for (uint32_t k = span_first(x, head_hash(r->text, r->t[a].s, r->t[a].s + n)); k; k = x->next[k - 1])
    if (org_begins_with(r, &r->out->items[k - 1], a, n)) return 1;
  return 0;
}

/* "Japan's Hanaoka Industrial Development will", "Singapore's Meridian
** Port Development signed": after a country's possessive, a word of the
** name's own, then words of a place or a portfolio ("Industrial", "Port")
** that would rule a run out elsewhere, ending in a firm's word of a trade
** or an organisation's head; not a zone's name ("Japan's Hanaoka Port",
** "... Industrial Park"), nor one the gazetteer knows. */
static int possessive_trade_firm(const reader *r, size_t a, size_t b) {
  if (b - a < 3 || b - a > 5 || !after_country_possessive(r, a) || !all_capitalised_words(r, a, b)) return 0;
  if (known_at(r, a) || tok_in(r, a, NOT_FIRM_LISTS | LIST_org_openers | LIST_stop_words | LIST_trade_words |
                                        LIST_org_heads | LIST_legal))
    return 0;
  size_t e = b - 1;
  if (!(tok_is(r, e, trade_words) || tok_is(r, e, org_heads)) || tok_in(r, e, LIST_zone_heads | LIST_admin_words))
    return 0;
  for (size_t i = a + 1; i < b; i++)
    if (known_at(r, i) || tok_in(r, i, LIST_titles | LIST_connectors | LIST_stop_words))
      return 0;
  return !known_name(r, a, b);
}

/* "Kaspi Retail has been granted an investment licence", "Nordhall Foods
** was licensed to build", "Daeyang Tech received an investment
** certificate": a licence won by the run ending at token b-1, after up to
** three auxiliaries; the licence's word within the next six when won.
** Asked of few runs (firm_verdict()'s, after its lists). */
static int licence_won_after(const reader *r, size_t b) {
  static const char *const aux[] = {"has", "have", "had", "was", "were", "is", "been", "also", "recently",
                                     "officially", "just", NULL};
  static const char *const won[] = {"received", "receives", "won", "wins", "granted", "awarded", "obtained", NULL};
  static const char *const licensed[] = {"licensed", "licenced", NULL};
  static const char *const licences[] = {"investment", "licence", "license", "certificate", "approval", NULL};
  for (size_t i = b; i < b + 4 && i < r->n && r->t[i].word && !r->t[i].cap; i++) {
    const char *w = tok_text(r, i);
    size_t n = tok_len(r, i);
    if (one_of(w, n, licensed)) return 1;
    if (one_of(w, n, won)) {
      for (size_t k = i + 1; k < i + 7 && k < r->n && r->t[k].word; k++)
        if (one_of(tok_text(r, k), tok_len(r, k), licences)) return 1;
      return 0;
    }
    if (!one_of(w, n, aux)) return 0;
  }
  return 0;
}

/* "Kanto Seiki runs a factory in Hải Phòng", "Lạc Hồng EV operates two
** plants", "owns 3 factories": a verb of running or owning works at token
** v, then a plant's word, one or many, within three words (after "a", a
** number in words or digits, "new"): what a firm does. Its own words,
** compared only after such a verb (investor_plants has no plurals). */
static int runs_works(const reader *r, size_t v) {
  static const char *const runs[] = {"runs", "operates", "owns", "opened", "built", NULL};
  static const char *const works[] = {"plant", "plants", "factory", "factories", "facility", "facilities",
                                      "centre", "centres", "center", "centers", "complex", "hub", "hubs",
                                      "project", "projects", "campus", NULL};
  if (!one_of(tok_text(r, v), tok_len(r, v), runs)) return 0;
  for (size_t k = v + 1; k < v + 4 && k < r->n && r->t[k].word &&
                         (!r->t[k].cap || ivl_isdigit((unsigned char)tok_text(r, k)[0]));
       k++)
    if (one_of(tok_text(r, k), tok_len(r, k), works)) return 1;
  return 0;
}

/* "Halden Foods has doubled the capital of its plant", "X increased the
** registered capital of": a verb of changing, then "the (registered)
** capital of": only a firm's capital is raised so (a place's capital is
** "visited the capital of", no verb of these). */
static const char *const capital_changes[] = {"raised", "increased", "doubled", "tripled", "lifted", "boosted",
                                              "raises", "increases", "doubles", "lifts", "boosts", NULL};

static int changes_capital_of(const reader *r, size_t v) {
  size_t k = v + 2;
  if (!tok_one_of(r, v, capital_changes) || k >= r->n || !tok_eq(r, v + 1, the)) return 0;
  if (r->t[k].word && ivl_ascii_ieq(tok_text(r, k), tok_len(r, k), "registered")) k++;
  return k + 1 < r->n && r->t[k].word && ivl_ascii_ieq(tok_text(r, k), tok_len(r, k), "capital") &&
         r->t[k + 1].word && ivl_ascii_ieq(tok_text(r, k + 1), tok_len(r, k + 1), "of");
}

/* "Orland Cables opened its plant", "Brightwater Packaging has doubled its
** output": a verb of the run's own, then "its", makes the run a thing that
** owns: a firm, as people own with "his" and "her". The verb a past or a
** present form (-ed, -s) or a common irregular past, after auxiliaries as
** deal_verb_after reads them; not "and its", "with its" (no verb between). */
static int owns_after_verb(const reader *r, size_t b) {
  static const char *const aux[] = {"will", "has", "have", "had", "is", "was", "also", "recently", "has also",
                                    "officially", "just", NULL};
  static const char *const pasts[] = {"built", "began", "made", "sold", "took", "put", "won", "broke", "brought",
                                      "spent", "set", "kept", "held", "grew", "began", "moved", "got", NULL};
  static const char *const not_verbs[] = {"its", "this", "was", "has", "is", "as", "us", "plus", "thus", "less",
                                          "across", "unless", "whereas", "perhaps", "towards", "besides", "needs",
                                          NULL};
  for (size_t i = b; i < b + 4 && i + 1 < r->n && r->t[i].word && !r->t[i].cap; i++) {
    const char *w = tok_text(r, i);
    size_t n = tok_len(r, i);
    if (one_of(w, n, aux) || one_of(w, n, when_adverbs)) continue;
    int verb = one_of(w, n, pasts) || (n >= 4 && !one_of(w, n, not_verbs) &&
                                       ((w[n - 2] == 'e' && w[n - 1] == 'd') || (w[n - 1] == 's' && w[n - 2] != 's')));
    return verb && r->t[i + 1].word &&
           ((ivl_ascii_ieq(tok_text(r, i + 1), tok_len(r, i + 1), "its") && tok_text(r, i + 1)[0] == 'i') ||
            runs_works(r, i) || changes_capital_of(r, i));
  }
  return 0;
}

/* Are the run's words [a, b) words of an organisation named before it
** ("Haoyu Tyre" after "Shandong Haoyu Tyre Co., Ltd")? Then names.c finds
** the run as its repeat. Asked only of the rare runs the weaker cues below
** make a firm, so a walk of the names found so far. */
static int inside_earlier_org(const reader *r, size_t a, size_t b) {
  const char *w = r->text + r->t[a].s;
  size_t n = r->t[b - 1].e - r->t[a].s;
  for (size_t i = 0; i < r->out->n; i++) {
    const ivl_name *o = &r->out->items[i];
    if (o->type != IVL_SYM_ORGANIZATION || o->vend > r->t[a].s || o->vend - o->vstart <= n) continue;
    for (size_t at = o->vstart; at + n <= o->vend; at++)
      if ((at == o->vstart || r->text[at - 1] == ' ') && memcmp(r->text + at, w, n) == 0 &&
          (at + n == o->vend || !ivl_isalnum((unsigned char)r->text[at + n])))
        return 1;
  }
  return 0;
}

/* "PT PAL Indonesia", "PT Vale Indonesia", "PT Bara Nusa Energi": the
** Indonesian legal form opening the run, then one to four capitalised
** words, is a firm's name, a country's word in it too. */
static int indonesian_form_first(const reader *r, size_t a, size_t b) {
  if (b - a < 2 || b - a > 5 || tok_len(r, a) != 2 || memcmp(tok_text(r, a), "PT", 2) != 0) return 0;
  for (size_t i = a + 1; i < b; i++)
    if (!r->t[i].word || !r->t[i].cap) return 0;
  return 1;
}

/* "Kestrel Wiring, which opened a plant in Thái Bình in 2021, will invest":
** the run's verb of a deal after a clause of "which" set off by commas,
** within the sentence; or the clause's own ("Kestrel Wiring, which has
** invested $25 million in Vietnam, is hiring"). */
static int deal_verb_after_which(const reader *r, size_t b) {
  if (!tok_char(r, b, ',') || b + 2 >= r->n || !ivl_ascii_ieq(tok_text(r, b + 1), tok_len(r, b + 1), "which"))
    return 0;
  if (deal_verb_after(r, b + 2)) return 1;
  for (size_t i = b + 2; i < b + 32 && i + 1 < r->n; i++) {
    if (tok_char(r, i, '.') || tok_char(r, i, ';')) return 0;
    if (tok_char(r, i, ',') && deal_verb_after(r, i + 1)) return 1;
  }
  return 0;
}

/* "Shenzhen Everglow Circuits has poured", "Penang Brightcore was granted
** an investment licence", "Guangzhou Sailun added $150 million to": after
** a place opening the run, one to three capitalised words the gazetteer
** and the rules' lists do not know, the run investing, winning a licence,
** putting a sum into works or described as a firm, are a firm's own name. */
static int firm_noun_aside_after(const reader *r, size_t b);

static int place_then_investor(const reader *r, size_t j, size_t b) {
  if (b - j > 3) return 0;
  for (size_t i = j; i < b; i++)
    if (!r->t[i].word || !r->t[i].cap || known_at(r, i) ||
        tok_in(r, i, NOT_FIRM_LISTS | LIST_stop_words | LIST_titles | LIST_org_openers))
      return 0;
  /* (or an aside right after says what firm it is: "Shenzhen Everglow, a
  ** circuit board maker, will invest", set qepithet) */
  return deal_verb_after(r, b) || licence_won_after(r, b) || firm_noun_aside_after(r, b) ||
         ((spend_verb_after(r, b) || builds_with_money_after(r, b) || owns_after_verb(r, b)) &&
          !inside_earlier_org(r, j, b));
}

/* Is token i a lower-case particle inside the run [a, b), a capitalised
** word each side: "Van de Velde Terminals", "Banco de Oro Agri"? */
static int inner_particle(const reader *r, size_t a, size_t i, size_t b) {
  return i > a && i + 1 < b && !r->t[i].cap && r->t[i - 1].cap && r->t[i + 1].cap && tok_is(r, i, particles);
}

/* Are the tokens [a, b) all capitalised words, but for particles inside?
** After the last particle two words at least, or a word of a trade or an
** organisation's: one word is a person's family name ("Pieter de Vries",
** "Marieke van den Berg"), two go on as a firm's ("Van de Velde
** Terminals"). */
static int capitalised_but_particles(const reader *r, size_t a, size_t b) {
  size_t last = a;
  for (size_t i = a; i < b; i++) {
    if (r->t[i].word && r->t[i].cap) continue;
    if (!r->t[i].word || !inner_particle(r, a, i, b)) return 0;
    last = i;
  }
  return last == a || b - last >= 3 || tok_is(r, b - 1, trade_words) || tok_is(r, b - 1, org_heads);
}

/* "Tokyu City Development will invest", "Frasers Bay Property signed": a
** place's word inside a run that invests, wins a licence or builds with a
** sum ("will develop a $80 million park"), after a word
** of the name's own and before a word of a trade or an organisation, is
** the firm's; not an admin's or zone's word ("Province", "Park") but
** "City" and "Town". */
static int place_word_of_firm(const reader *r, size_t a, size_t i, size_t b) {
  static const char *const towns[] = {"city", "town", NULL}; /* "Tokyu City Development" */
  if (i == a || i + 1 >= b || !r->t[i].cap || !tok_is(r, i, place_words) ||
      (tok_in(r, i, LIST_admin_words | LIST_zone_heads) && !one_of(tok_text(r, i), tok_len(r, i), towns)) ||
      !r->t[i + 1].cap ||
      !(tok_is(r, i + 1, trade_words) || tok_is(r, i + 1, org_heads)) ||
      tok_in(r, i + 1, LIST_zone_heads | LIST_admin_words) || known_at(r, i) || known_at(r, i - 1))
    return 0;
  return deal_verb_after(r, b) || licence_won_after(r, b) || builds_with_money_after(r, b) ||
         (firm_tail_word(r, b - 1) && builds_works_after(r, b));
}

/* The words of the run [a, b) not counting particles inside. */
static size_t words_but_particles(const reader *r, size_t a, size_t b) {
  size_t n = b - a;
  for (size_t i = a + 1; i + 1 < b; i++) n -= (size_t)inner_particle(r, a, i, b);
  return n;
}

/* Is the run [a, b) written elsewhere in the text as the start of a
** longer name, a capitalised word after it ("Việt Phát Packaging" in a
** headline, "Việt Phát Packaging JSC" in the body)? Then it is that name's
** short form, found as its repeat. Looked for within LONGER_FORM_WINDOW
** bytes either side, so that an article of many such runs costs what
** its length does, not its square. */
#define LONGER_FORM_WINDOW 32768
static int written_longer(const reader *r, size_t a, size_t b) {
  const char *w = r->text + r->t[a].s;
  size_t n = r->t[b - 1].e - r->t[a].s;
  size_t at = r->t[a].s;
  const char *end = r->text + (r->len - at > LONGER_FORM_WINDOW ? at + LONGER_FORM_WINDOW : r->len);
  for (const char *p = r->text + (at > LONGER_FORM_WINDOW ? at - LONGER_FORM_WINDOW : 0); p + n + 2 <= end; p++) {
    p = memchr(p, w[0], (size_t)(end - n - 1 - p));
    if (!p) return 0;
    if (memcmp(p, w, n) == 0 && p[n] == ' ' && ivl_isupper((unsigned char)p[n + 1])) return 1;
  }
  return 0;
}

/* "bought a 30 per cent stake in Tan Hung Consumer for $45 million",
** "acquired 51 per cent of Phu An Retail": two to four capitalised ASCII words
** a stake is bought in, then its price or the clause's end, name the firm
** bought into. Not words the gazetteer or the rules' lists know ("a stake
** in Vietnam Airlines", "per cent of Total Capital" is no price), but
** "An" inside a Vietnamese name ("Phu An"). */
static int stake_bought_in(const reader *r, size_t a, size_t b) {
  static const char *const stakes[] = {"stake", "stakes", "shares", "cent", "percent", NULL};
  /* (or right after a verb of buying: "has agreed to acquire Hưng Thịnh Seafood.") */
  static const char *const buys[] = {"acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", NULL};
  if (b - a < 2 || b - a > 4 || a < 2) return 0;
  if (!(r->t[a - 1].word && !r->t[a - 1].cap && one_of(tok_text(r, a - 1), tok_len(r, a - 1), buys)) &&
      (!(tok_eq(r, a - 1, in) || tok_eq(r, a - 1, of)) || r->t[a - 2].cap || !r->t[a - 2].word ||
       !one_of(tok_text(r, a - 2), tok_len(r, a - 2), stakes)))
    return 0;
  if (!(tok_eq(r, b, for) || tok_eq(r, b, worth) || tok_char(r, b, ',') || tok_char(r, b, '.'))) return 0;
  /* (written without marks; with them, only where a word of a trade ends
  ** it, "a stake in Đức Thịnh Plastics": others are read by the rules of
  ** their marks, a full name's short form found as its repeat) */
  int trade_end = b - a >= 3 && (tok_is(r, b - 1, trade_words) || tok_is(r, b - 1, org_heads)) &&
                  !written_longer(r, a, b);
  for (size_t p = r->t[a].s; p < r->t[b - 1].e && !trade_end; p++)
    if ((unsigned char)r->text[p] >= 0x80) return 0;
  for (size_t i = a; i < b; i++)
    if (!r->t[i].cap || !r->t[i].word || known_at(r, i) ||
        (tok_in(r, i, NOT_FIRM_LISTS | LIST_stop_words) && !(i > a && tok_eq(r, i, an))))
      return 0;
  return !known_name(r, a, b);
}

/* The words firm_verdict() reads after a run: "the world's largest", "the
** country's", and the verbs of a clause after a firm noun. */
static const char *const realms[] = {"world", "country", "nation", "region", NULL};
static const char *const clause_verbs[] = {"will", "would", "plans", "planned", "has", "have", "had", "is", "was",
                                           "also", "can", "could", "may", "might", "must",
                                           "expects", "aims", "intends", "agreed", NULL};

/* "Hon Lin Precision Industry, a Taiwanese contract manufacturer of ...":
** an aside after the run, "a", "an" or "the", then a firm noun within a
** demonym and two words in lower case, says the run is a firm, as a verb
** of investing after it would. */
static int firm_noun_aside_after(const reader *r, size_t b) {
  if (b + 2 >= r->n || !tok_char(r, b, ',') || !(tok_eq(r, b + 1, a) || tok_eq(r, b + 1, an) || tok_eq(r, b + 1, the)))
    return 0;
  size_t k = b + 2;
  const ivl_name *c = known_at(r, k);
  if (c && c->type == IVL_SYM_COUNTRY && c->vstart == r->t[k].s)
    while (k < r->n && r->t[k].s < c->vend) k++;
  for (size_t e = k + 3; k < r->n && k < e && r->t[k].word && !r->t[k].cap; k++)
    if (tok_is(r, k, firm_nouns)) return 1;
  return 0;
}

/* "Laiteries Bréval, the Normandy dairy cooperative, announced ...": an
** aside after the run, "the", "a" or "an", up to three words of any case
** (a region: "Normandy") and a firm noun, closed by a comma there, says
** the run is a firm's name (set qweek87); not "X, the company's
** chairman", where no comma closes the noun. A designer after a trade of
** chips or software is a firm's noun too ("Cascadia Chips, a software
** designer, signed", set qweek112), as chip_firm_noun_before reads it. */
static int firm_noun_aside_closed(const reader *r, size_t b) {
  if (b + 3 >= r->n || !tok_char(r, b, ',') || !(tok_eq(r, b + 1, a) || tok_eq(r, b + 1, an) || tok_eq(r, b + 1, the)))
    return 0;
  for (size_t k = b + 2; k < r->n && k < b + 6 && r->t[k].word; k++)
    if (!r->t[k].cap && (tok_is(r, k, firm_nouns) || chip_firm_noun_before(r, k + 1))) return tok_char(r, k + 1, ',');
  return 0;
}

/* "Gamuda Land and its local partner Sao Mai Group", "Marina Estates and
** its Vietnamese partner Truong Son Corp": the run ending at token b-1 has
** a partner named, "and its" (a thing's, no person's), up to three words
** of what kind ("local", "Japanese"), then "partner" and a capitalised
** name: a firm (not "Silver Reed and its partners met"). The run's own
** words are the caller's to judge (a place the gazetteer knows is none). */
static int partner_after(const reader *r, size_t b) {
  static const char *const its[] = {"its", NULL};
  static const char *const partner[] = {"partner", NULL};
  if (b + 3 >= r->n || !tok_eq(r, b, and) || !one_of(tok_text(r, b + 1), tok_len(r, b + 1), its)) return 0;
  for (size_t k = b + 2; k + 1 < r->n && k < b + 6 && r->t[k].word; k++)
    if (one_of(tok_text(r, k), tok_len(r, k), partner)) return r->t[k + 1].cap && r->t[k + 1].word;
  return 0;
}

/* "Sovico chairwoman Nguyễn Thanh Phượng", "PVN's general director Lê
** Văn An", "Sovico's CEO said": one word of no list, before a firm's title
** in lower case (and a name on its line, where no possessive says whose
** the title is), heads a firm; not a word the text writes in lower case ("Former
** chairman ...") nor a family name. */
static int firm_of_title_after(const reader *r, size_t a, size_t b) {
  size_t k = b;
  int owner = apostrophe(r, k) && tok_eq(r, k + 1, s);
  if (owner) k += 2;
  while (k < r->n && r->t[k].word && !r->t[k].cap && tok_is(r, k, title_joiners)) k++;
  if (k >= r->n || !r->t[k].word || r->t[k].cap || !tok_is(r, k, firm_titles)) return 0;
  k++;
  return (owner || (k < r->n && r->t[k].word && r->t[k].cap && !known_at(r, k) && !line_start(r, k))) && r->t[a].word &&
         tok_len(r, a) >= 3 && !(r->t[a].lists & ~LIST_spelt) && !r->t[a].id &&
         !ivl_names_vn_family(tok_text(r, a), tok_len(r, a)) && !known_name(r, a, b) && !written_lower(r, a);
}

/* Can token i end a firm's name that the rules would rule out elsewhere:
** a word of its trade ("Hillhouse Investment"), or "International",
** "Global" of a group that works in many countries ("Marriott
** International", "Crispy Brothers International")? */
static int firm_tail_word(const reader *r, size_t i) {
  return tok_is(r, i, trade_words) || tok_eq(r, i, international) || tok_eq(r, i, global);
}

/* "Separately, Hungary's largest drug maker X said", "Crucially, the
** Japan's MUFG": one word opening its sentence, in -ly and set off by a
** comma, is an adverb of the sentence (the stop words list the common
** ones), not a firm described by the apposition after it. Not before an
** article's apposition a comma closes ("Grammarly, the US writing tool
** maker, said"), nor a name the gazetteer knows. */
/* ("Separately, the parent company said ...": an article's noun phrase
** that no comma closes within ten tokens is the sentence's subject, not an
** apposition: the word before is the adverb) */
static int closed_apposition_after(const reader *r, size_t b) {
  if (!tok_eq(r, b + 1, the) && !tok_eq(r, b + 1, a) && !tok_eq(r, b + 1, an)) return 0;
  for (size_t i = b + 2; i < r->n && i <= b + 11; i++) {
    if (tok_char(r, i, ',')) return 1;
    if (tok_char(r, i, '.')) return 0;
  }
  return 0;
}

static int opening_adverb(const reader *r, size_t a, size_t b) {
  size_t n = tok_len(r, a);
  const char *w = tok_text(r, a);
  return b == a + 1 && n >= 6 && w[n - 2] == 'l' && w[n - 1] == 'y' && tok_char(r, b, ',') && sentence_start(r, a) &&
         !closed_apposition_after(r, b) && !known_at(r, a);
}

/* "cost the group VNĐ5 trillion": the đồng's letters joined to a number
** open an amount, no firm's name, though a firm noun comes before them. */
static int dong_amount(const reader *r, size_t a) {
  const char *w = tok_text(r, a);
  size_t n = tok_len(r, a), k = n > 4 && memcmp(w, "VN\xC4\x90", 4) == 0 ? 4 : n > 3 && memcmp(w, "VND", 3) == 0 ? 3 : 0;
  return k && ivl_isdigit((unsigned char)w[k]);
}

/* Is token i the lower-case word w? */
static int tok_spelt(const reader *r, size_t i, const char *w) {
  size_t n = strlen(w);
  return i < r->n && r->t[i].word && tok_len(r, i) == n && memcmp(tok_text(r, i), w, n) == 0;
}

/* "The joint venture, to be named SHM Fibre, will build ...", "the new
** company will be called X": the run right after "to be named" or "will be
** called", said of a firm's noun, is the name the firm will have (set
** qgarment); not of a park's ("The park, to be named Green Valley"). */
static int named_to_be(const reader *r, size_t a) {
  if (a < 5 || !(tok_spelt(r, a - 1, "named") || tok_spelt(r, a - 1, "called")) || !tok_spelt(r, a - 2, "be") ||
      !(tok_spelt(r, a - 3, "to") || tok_spelt(r, a - 3, "will")))
    return 0;
  size_t k = tok_char(r, a - 4, ',') ? a - 5 : a - 4;
  return !r->t[k].cap && tok_is(r, k, firm_nouns);
}

/* The token past "with" and the sum right after token b ("with $38
** million", "with US$1.2 billion"), 0 when no such sum follows. The sum
** ends at the first word of no number, or at a comma, "and" or a stop. */
static size_t past_with_sum(const reader *r, size_t b) {
  if (!tok_spelt(r, b, "with") || !money_at(r, b + 1)) return 0;
  size_t j = b + 2;
  /* (a number's digits, its decimal point, then its word of size) */
  while (j < r->n && j < b + 7 &&
         (ivl_isdigit((unsigned char)tok_text(r, j)[0]) ||
          (tok_char(r, j, '.') && ivl_isdigit((unsigned char)r->text[r->t[j].e])) ||
          (r->t[j].word && !r->t[j].cap && one_of(tok_text(r, j), tok_len(r, j), sum_sizes))))
    j++;
  return j;
}

/* Is a plural firm noun in lower case in the sentence before token a
** ("Two Korean suppliers followed it into the park, ...")? */
static int plural_firm_noun_in_sentence(const reader *r, size_t a) {
  enum { REACH = 30 };
  for (size_t i = a; i > 0 && a - i < REACH; i--) {
    if (tok_char(r, i - 1, '.') || tok_char(r, i - 1, ';') || line_start(r, i)) return 0;
    if (plural_firm_noun(r, i)) return 1;
  }
  return 0;
}

/* "Two Korean suppliers followed it into the park, Daeyang Parts with $38
** million and Hansol Wire with $22 million": after a plural firm noun in
** the sentence, two to four capitalised words no rule knows, each with
** its own sum after "with", in a list of such (", " or "and" joining them,
** a member before or after), are the firms the sums are of (fix76e); not a
** place or country the gazetteer knows ("Hà Nội with $2 billion"). */
static int listed_with_own_sum(const reader *r, size_t a, size_t b) {
  if (b - a < 2 || b - a > 4 || !all_capitalised_words(r, a, b) || !past_with_sum(r, b)) return 0;
  for (size_t i = a; i < b; i++)
    if (known_at(r, i) || tok_in(r, i, NOT_FIRM_LISTS | LIST_stop_words)) return 0;
  size_t j = past_with_sum(r, b);
  if (tok_char(r, j, ',') && tok_eq(r, j + 1, and)) j++;
  int next = (tok_eq(r, j, and) || tok_char(r, j, ',')) && j + 1 < r->n && r->t[j + 1].word && r->t[j + 1].cap;
  /* (the last member: a sum "with" said of a name before "and" or ", ") */
  int prev = 0;
  if (a >= 1 && (tok_eq(r, a - 1, and) || tok_char(r, a - 1, ','))) {
    size_t p = a >= 2 && tok_eq(r, a - 1, and) && tok_char(r, a - 2, ',') ? a - 2 : a - 1;
    for (size_t k = p; k > 0 && p - k < 6 && !prev; k--) prev = past_with_sum(r, k - 1) == p;
  }
  return (next || prev) && plural_firm_noun_in_sentence(r, a) && !known_name(r, a, b);
}

/* "Dak Lo Solar JSC (the \"Proponent\") ... The Proponent plans to invest":
** the role a disclosure defines a party by, capitalised after "the" (or
** after its opening quote), stands for the party named before; it names
** no firm of its own (set qweek117). (names.c party_roles are the roles
** a defined term stands for as a name, "the Claimant", so most are not
** here; which firm "the Proponent" is, facts_relate.c
** proponent_defined_before finds, as there is no name of it.) */
static int defined_role_term(const reader *r, size_t a, size_t b) {
  static const char *const roles[] = {"proponent", "borrower", "sponsor", "client", "purchaser", "employer",
                                      "issuer", "guarantor", "applicant", "offeror", NULL};
  size_t k = a;
  if (k > 0 && (tok_char(r, k - 1, '"') || tok_text(r, k - 1)[0] == '\xe2')) k--; /* the quote */
  return b - a == 1 && k > 0 && tok_eq(r, k - 1, the) && one_of(tok_text(r, a), tok_len(r, a), roles);
}

/* Is [a, b) a firm by what is around it, whether or not it is in a list?
** Asked of a run twice most often (at the end of read_chunk(), then by the
** loop over the chunks, in a list or not): firm_context() keeps the last
** answer. */
static int firm_verdict(const reader *r, size_t a, size_t b) {
  /* (not "An" before a Vietnamese word and an acronym of the trade: "An
  ** Khánh ICD plans to invest"; nor before a word with marks, which no
  ** English word after the article has: "with Hà Nội-based An Phát
  ** Packaging") */
  if (b - a > 6 ||
      (tok_is(r, a, stop_words) &&
       !(b - a >= 3 && (r->t[b - 1].upper || has_marks(r, a + 1)) && vietnamese_an(r, a, b))) ||
      opening_adverb(r, a, b) || dong_amount(r, a) || defined_role_term(r, a, b))
    return FIRM_NOT;
  if (based_firm(r, a, b) || possessive_trade_firm(r, a, b) || indonesian_form_first(r, a, b) || named_to_be(r, a))
    return FIRM_SO;
  /* "Procter and Gamble will invest", "Johnson and Johnson signed": a word
  ** each side of "and", neither known nor of the rules' lists, that sign
  ** or invest are one firm */
  if (b - a == 3 && tok_eq(r, a + 1, and) && r->t[a].cap && r->t[a].word && r->t[a + 2].cap &&
      r->t[a + 2].word && !known_at(r, a) && !known_at(r, a + 2) &&
      !tok_in(r, a, NOT_FIRM_LISTS | LIST_org_heads | LIST_stop_words) &&
      !tok_in(r, a + 2, NOT_FIRM_LISTS | LIST_org_heads | LIST_stop_words) && deal_verb_after(r, b))
    return FIRM_SO;
  if (ampersand_firm(r, a, b)) return FIRM_SO;
  if (partner_of_known_firm(r, a, b)) return FIRM_SO;
  if (stake_bought_in(r, a, b)) return FIRM_SO;
  for (size_t i = a; i < b; i++) {
    const ivl_name *k = known_at(r, i);
    /* "Hillhouse Investment invested": a word of a trade that is also a
    ** portfolio's may end the name of a firm that signs or invests */
    /* "De Heus, the Dutch ...": a particle may open the firm's name */
    if (place_word_of_firm(r, a, i, b)) continue;
    if (tok_in(r, i, NOT_FIRM_LISTS & ~(inner_particle(r, a, i, b) ||
                                                (i == a && b - a >= 2 && r->t[a].cap && tok_is(r, a, particles))
                                            ? (uint32_t)LIST_connectors : 0u)) &&
        !(i + 1 == b && i > a &&
          ((!tok_in(r, i, NOT_FIRM_LISTS & ~LIST_not_name_words) && firm_tail_word(r, i)) ||
           plural_facility_word(r, i)) &&
          !known_at(r, i) &&
          (deal_verb_after(r, b) || after_firm_noun(r, a) || partner_after(r, b) || firm_noun_aside_after(r, b) ||
           builds_with_money_after(r, b) || works_builder(r, a, b) || results_filer(r, a, b) ||
           /* "The joint venture, Perdana Tân Phước Development, will" (fix71e) */
           firm_noun_apposition(r, a, b))))
      return FIRM_NOT;
    if (i == a && k && k->type == IVL_SYM_LOCATION && k->vstart == r->t[a].s && a > 0 &&
        ((!r->t[a - 1].cap && tok_is(r, a - 1, firm_nouns) && !line_start(r, a)) || after_country_possessive(r, a) ||
         after_owner_compound(r, a))) {
      /* "textile maker Jiangsu Lianfa", "Japan's Kanto Ember": after a firm
      ** noun or a country's possessive, a place and a word of the firm's
      ** own that the gazetteer does not know (not "Korea's Daegu
      ** Metropolitan City", the city by its unit: set qtwin) */
      size_t j = i;
      while (j < b && r->t[j].s < k->vend) j++;
      if (j < b && r->t[j - 1].e == k->vend && !known_at(r, j) && !tok_in(r, j, NOT_FIRM_LISTS) &&
          !tok_eq(r, j, metropolitan) && !known_name(r, a, b))
        return FIRM_SO;
    }
    if (i == a && k && k->type == IVL_SYM_LOCATION && k->vstart == r->t[a].s) {
      /* "Kyoto Precision Parts", "Saigon Plastic Packaging": a place, then
      ** words of a trade, names a firm (asked below) */
      size_t j = i;
      while (j < b && r->t[j].s < k->vend) j++;
      if (j < b && r->t[j - 1].e == k->vend && (trade_word_in(r, j, b) || place_then_investor(r, j, b))) {
        i = j - 1;
        continue;
      }
    }
    if (k && k->type != IVL_SYM_SECTOR && !(i == a && k->type == IVL_SYM_COUNTRY && b - a >= 2)) return FIRM_NOT;
  }
  /* a name the gazetteer knows is no new firm; asked last, when the words
  ** have not ruled the run out already: the lookup folds it and walks the trie */
  if (known_name(r, a, b)) return FIRM_NOT;
  for (size_t i = a; i < b; i++) /* written as a brand: "Thai AirAsia" */
    if (r->t[i].word && camel_case(r, i)) return FIRM_SO;
  if (after_firm_noun(r, a)) return FIRM_SO;
  if (firm_noun_apposition(r, a, b) || listed_with_country(r, a, b)) return FIRM_SO;
  if (all_capitalised_words(r, a, b) && labels_described_firm(r, a, b)) return FIRM_SO;
  if (listed_with_own_sum(r, a, b)) return FIRM_SO;
  if (b - a >= 2 && b - a <= 4 && capitalised_but_particles(r, a, b) && firm_noun_aside_closed(r, b)) return FIRM_SO;
  if (chip_firm_noun_before(r, a)) return FIRM_SO;
  /* "Air Astana signed ...", "Kaspi Retail will invest ...": a name of two
  ** to four capitalised words that signs or invests, or owns ("... opened its");
  ** the short form of a firm named before is found as its repeat (names.c) */
  /* (past an aside on where it is from: "Bora Optics, from South Korea,
  ** will invest") */
  size_t past_aside = past_origin_aside(r, b);
  if (past_aside == b) past_aside = past_rank_aside(r, b);
  if (past_aside == b) past_aside = past_licence_aside(r, b);
  if (b - a >= 2 && (b - a <= 4 || words_but_particles(r, a, b) <= 4) &&
      (deal_verb_after(r, b) || licence_won_after(r, b) || partner_after(r, b) ||
       (past_aside != b && deal_verb_after(r, past_aside)) ||
       ((owns_after_verb(r, b) || spend_verb_after(r, b) || deal_verb_after_which(r, b) ||
         (past_aside != b && owns_after_verb(r, past_aside)) ||
         ((builds_with_money_after(r, b) || works_builder(r, a, b) || results_filer(r, a, b) ||
           (past_aside != b && builds_with_money_after(r, past_aside))) &&
          !written_longer(r, a, b))) &&
        !inside_earlier_org(r, a, b))) &&
      capitalised_but_particles(r, a, b) &&
      !(b - a == 2 && given_in_parts(r, a + 1)) && !generic_signer(r, b - 1))
    return FIRM_SO;
  /* (a short form of a firm named before is its repeat: "Westbrook also
  ** plans to spend", after "Westbrook Vietnam LLC") */
  if (b - a == 1 && firm_of_title_after(r, a, b)) return FIRM_SO;
  if (b - a == 1) {
    int role = one_word_investor(r, a);
    if (role == 1 || (role == 2 && !shortens_earlier_org(r, a, b))) return FIRM_SO;
  }
  if (firm_in_role(r, a, b)) return FIRM_SO;
  /* (the words after first: the look for a word written in lower case
  ** builds the text's run index, dear) */
  if (b - a <= 4 && investor_by_position_after(r, b) && all_capitalised_words(r, a, b) &&
      (b - a >= 2 || !written_lower(r, a)))
    return FIRM_SO;
  if (b - a <= 4 && all_capitalised_words(r, a, b) && (owns_figure(r, a, b) || owner_of_works(r, a, b)))
    return FIRM_SO;
  /* "Japan's ODA", "Việt Nam's GDP": an acronym alone is a figure's name;
  ** not when it buys or invests ("Japan's SMBC has acquired a stake"), nor
  ** as the agent of a passive ("developed by Japan's JERA") */
  if (a >= 3 && tok_eq(r, a - 1, s) && apostrophe(r, a - 2) && known_at(r, a - 3) &&
      known_at(r, a - 3)->type == IVL_SYM_COUNTRY &&
      (!(b - a == 1 && r->t[a].upper) || buy_verb_after(r, b) || agent_of_passive(r, a - 3) ||
       deal_partner_possessive(r, a)))
    return FIRM_SO;
  /* "the Netherlands' Rijk Zwaan", "the Philippines' Ayala Land": the
  ** possessive of a country's name that ends in s */
  if (a >= 2 && apostrophe(r, a - 1) && country_plural_possessive(r, a) &&
      (!(b - a == 1 && r->t[a].upper) || buy_verb_after(r, b) || deal_partner_possessive(r, a)))
    return FIRM_SO;
  if (firm_of_country(r, a, b)) return FIRM_SO;
  /* "Northbay Renewables, based in Vancouver, Canada, will invest", "Kimura
  ** Seiki, headquartered in Osaka": capitalised words then where they are
  ** based; one word only when the text writes it in no lower case */
  if (b - a <= 4 && all_capitalised_words(r, a, b) && based_after(r, b) && (b - a >= 2 || !written_lower(r, a)) &&
      !shortens_earlier_org(r, a, b))
    return FIRM_SO;
  /* "Unitel, the mobile operator", "Metfone, Viettel's unit" (not a day's
  ** number alone: "on December 20, the conglomerate said") */
  if (b - a == 1 && bare_number(r, a)) return FIRM_IF_LISTED;
  size_t k = b + 1;
  /* "Cordillera Cobre, one of Chile's largest copper producers": one of a
  ** kind of firm is said as the kind is */
  if (tok_char(r, b, ',') && k + 1 < r->n && tok_eq(r, k, one) && tok_eq(r, k + 1, of)) k += 2;
  if (tok_char(r, b, ',') && (tok_eq(r, k, the) || tok_eq(r, k, a) || tok_eq(r, k, an)))
    k++;
  else if (tok_char(r, b, ',') && r->t[k < r->n ? k : b].cap && apostrophe(r, k + 1) && tok_eq(r, k + 2, s))
    k += 3;
  else
    return FIRM_IF_LISTED;
  /* "Central Retail, the Thai retail conglomerate": a demonym may come first */
  if (k < r->n && r->t[k].cap && known_at(r, k) && known_at(r, k)->type == IVL_SYM_COUNTRY) {
    const uint32_t ce = known_at(r, k)->vend; /* "South Korean": a demonym of two words */
    while (k < r->n && r->t[k].s < ce) k++;
  }
  /* "Sao Bắc Bus, a Đà Nẵng-based maker of": the firm's home before its
  ** noun, capitalised words up to a place's '-based' */
  for (size_t j = k; j < k + 4 && j < r->n && r->t[j].cap; j++)
    if (place_compound(r, j)) {
      k = j + 1;
      break;
    }
  /* "Pandora, the world's largest jewellery maker": the world's or the
  ** country's, before the words of the firm noun */
  if (k + 2 < r->n && r->t[k].word && !r->t[k].cap && apostrophe(r, k + 1) && tok_eq(r, k + 2, s) &&
      tok_one_of(r, k, realms))
    k += 3;
  /* "Under the MoU, the firm will invest", "In the FDI, the company has":
  ** a firm noun its clause's verb follows is that clause's subject, not the
  ** run's apposition */
  for (size_t e = k + 3; k < r->n && k < e && r->t[k].word && !r->t[k].cap; k++)
    if (tok_is(r, k, firm_nouns)) {
      if (apostrophe(r, k + 1)) return FIRM_IF_LISTED;
      if (k + 1 < r->n && r->t[k + 1].word && tok_one_of(r, k + 1, clause_verbs))
        return FIRM_IF_LISTED;
      return FIRM_SO;
    }
  return FIRM_IF_LISTED;
}

/* The lists of words the rules compare tokens with by their spelling
** (tok_one_of), each word of them in the list table with LIST_spelt: a
** token without it is in none of them, and is turned away by one test of
** its lists where it was compared with each of their words (3.3M Ir of
** string comparisons on /tmp/b1, most of them of tokens in none). */
static const char *const *const spelt_lists[] = {
  investor_verbs, investor_aux, investor_plants, works_which, sign_verbs, signed_what, licence_won, licence_words,
  works_begun, begun_what, spend_verbs, when_adverbs, deal_verbs, verb_aux, realms, clause_verbs, leisure_trades, works_done_by_it,
  capital_changes, licence_participles};

static void list_spelt_words(void) {
  for (size_t k = 0; k < sizeof spelt_lists / sizeof *spelt_lists; k++)
    for (const char *const *w = spelt_lists[k]; *w; w++) list_word(*w, strlen(*w), LIST_INDEX_spelt);
}

/* A run [a, b) that no rule read: is it a firm by what is around it? After
** a firm noun ("consultancy KPMG", "its Peruvian unit Bitel"), a country's
** possessive ("Belgium's Rent-A-Port"), in a list of firms, before ", the
** mobile operator", or written as a brand ("Thai AirAsia"). */
static int firm_context(const reader *r, size_t a, size_t b, int listing) {
  firm_memo *m = r->firm;
  if (m->b != b || m->a != a) *m = (firm_memo){a, b, firm_verdict(r, a, b)};
  return m->verdict == FIRM_SO ||
         (m->verdict == FIRM_IF_LISTED && listing && a > 0 && (tok_char(r, a - 1, ',') || tok_eq(r, a - 1, and)));
}

/* }====================================================================== */

/* Flag the tokens inside the gazetteer's names (sorted by start, apart);
** tokens come unflagged from tokenize(). A token takes the first name
** ending after its start, when that name reaches into it. The tokens
** walked one by one, a load and a test each, stopped by end_tokens()'s
** token past the last, which ends the text (tokens are in order and apart,
** so their ends grow with their starts): a search galloped then halved
** name by name, with the count tested, took 0.36M Ir more on /tmp/b1. */
static void mark_known(words *w, const ivl_names *ns) {
  size_t i = 0;
  uint32_t prev_end = 0;
  for (size_t j = 0; j < ns->n; j++) {
    const ivl_name *nm = &ns->items[j];
    if (nm->vstart >= w->t[w->n].e) break; /* past the last token: end_tokens()'s ends the text */
    /* eight tokens at a step first: a name lies some twenty tokens past
    ** the one before (their ends grow, so a step's last ending before the
    ** name's start, all of its tokens do) */
    while (i + 8 <= w->n && w->t[i + 8].e <= nm->vstart) i += 8;
    while (w->t[i].e <= nm->vstart) i++;
    for (; i < w->n && w->t[i].s < nm->vend; i++)
      if (w->t[i].s >= prev_end) {
        w->t[i].known = (uint32_t)j + 1;
        w->t[i].lists |= LIST_known;
      }
    prev_end = nm->vend;
  }
}

/* The first capitalised word from token i on, w->n when none: a chunk
** starts at one. A loop of its own over the tokens between, most of a
** text's, which reads nothing else: it asks only 'cap', which no
** punctuation token has (only words are read with it set), and stops at
** the capital set past the last token (end_tokens), with no test of the
** count; 7 instructions a token were 4 (1.34M Ir -> 0.73M on /tmp/b1). */
static size_t next_capital(const words *w, size_t i) {
  while (!w->t[i].cap) i++;
  return i;
}

/* next_capital() as the rules would ask it, a word and capitalised, the
** count tested: the reference (every_step). */
static size_t next_capital_word(const words *w, size_t i) {
  while (i < w->n && !(w->t[i].word && w->t[i].cap)) i++;
  return i;
}

/* A token past the last, capitalised, where next_capital() stops; no
** other reader looks past w->n. 0, or -1 when out of memory. */
static int end_tokens(words *w, size_t len) {
  if (IVL_GROW(w->t, w->cap, w->n + 1)) return -1;
  w->t[w->n] = (token){.s = (uint32_t)len, .e = (uint32_t)len, .cap = 1, .word = TOKEN_PLAIN};
  return 0;
}

/* Are tokens [a, e) one to three capitalised words, each written with
** Vietnamese marks ("Kiến Xương", "Thái Thụy")? */
static int marked_words_to(const reader *r, size_t a, size_t e) {
  if (a >= e || e - a > 3) return 0;
  for (size_t z = a; z < e; z++)
    if (!r->t[z].cap || !r->t[z].word || !has_marks(r, z)) return 0;
  return 1;
}

/* A chunk [i, e) that runs from a firm's name over "in" into a place:
** "Japan's Nitto Wire in Yên Bình Industrial Park", "Korean firm Daehan
** Cloud in Hòa Lạc Hi-tech Park". The "in" when the words before it are a
** firm by what is around them and a place the gazetteer knows, or a zone,
** starts right after it; else e. */
static size_t firm_before_in(const reader *r, size_t i, size_t e, int listing) {
  for (size_t k = i + 1; k + 1 < e; k++) {
    if (!tok_eq(r, k, in)) continue;
    /* "Laboratoires Verdier in the VSIP II industrial park": the place may
    ** come after "the" (set qweek63) */
    size_t q = k + 2 < e && tok_eq(r, k + 1, the) ? k + 2 : k + 1;
    /* a place, or a park's developer naming one ("in VSIP Quảng Ngãi") */
    const ivl_name *p = known_at(r, q), *own = known_at(r, i);
    int place = p && p->vstart == r->t[q].s &&
                (p->type == IVL_SYM_LOCATION || p->type == IVL_SYM_COUNTRY || p->type == IVL_SYM_ORGANIZATION);
    /* a zone or a district, the chunk going on after it ("... Zone and Japan") */
    for (size_t z = q; z < e && !place; z++)
      place = r->t[z].cap && (tok_is(r, z, zone_heads) || tok_in(r, z, LIST_admin_words));
    /* or a Vietnamese place the gazetteer lacks (a district, a commune):
    ** capitalised words with the language's marks to the chunk's end, as
    ** "Zhongfeng Composite in Kiến Xương"; a firm's own name does not go on
    ** over "in" into Vietnamese words */
    if (!place) place = marked_words_to(r, q, e);
    /* the firm's name may open with a place ("Thailand's Rayong Petro"), not
    ** be a known organisation's */
    return place && !(own && own->type == IVL_SYM_ORGANIZATION) && firm_context(r, i, k, listing) ? k : e;
  }
  return e;
}

/* "3S Digital Infrastructure", "5Star Logistics", "7-Eleven Vietnam": a
** word of digits then letters, joined to the capitalised words after it, opens a name as a
** word would; a number alone ("8 Brothers"), "4G" before a lower-case word,
** "2Q2024", a year or an amount does not. */
static int digit_led_name(const reader *r, size_t i) {
  const token *tk = &r->t[i];
  if (!tk->word || i + 1 >= r->n || !r->t[i + 1].word || !r->t[i + 1].cap || !adjacent(r, i + 1) ||
      r->t[i + 1].s != tk->e + 1 || ivl_isdigit((unsigned char)r->text[r->t[i + 1].s]))
    return 0;
  uint32_t p = tk->s;
  while (p < tk->e && ivl_isdigit((unsigned char)r->text[p])) p++;
  if (p < tk->e && r->text[p] == '-') p++; /* "7-Eleven" */
  if (p == tk->e || !ivl_isupper((unsigned char)r->text[p++])) return 0;
  /* one capital, or a capital and small letters: not a unit ("500MW", "20GWh"), nor "2Q2024" */
  while (p < tk->e && ivl_islower((unsigned char)r->text[p])) p++;
  return p == tk->e;
}

/* "Kyoden, Orion and Halcyon will invest $30 million apiece", "Kyoden,
** Marubeni and Itochu will each contribute": the first of three names of a
** word each, opening the sentence, with a sum or "each" said of them all,
** is a firm as the two after it are. */
static int first_of_three_each(const reader *r, size_t i, size_t e) {
  if (r->text[r->t[i].e] != ',' || e != i + 1 || e + 4 > r->n || !tok_char(r, e, ',') || !tok_eq(r, e + 2, and) || !own_name_word(r, i) ||
      !sentence_start(r, i))
    return 0;
  for (size_t k = e + 1; k <= e + 3; k += 2) {
    const ivl_name *n = known_at(r, k);
    if (!r->t[k].word || !r->t[k].cap ||
        (n ? n->type != IVL_SYM_ORGANIZATION || n->vstart != r->t[k].s || n->vend != r->t[k].e : !own_name_word(r, k)))
      return 0;
  }
  return each_after(r, e + 4);
}

/* "8 Brothers Foods plans to invest", "24h Logistics JSC has been licensed":
** a number of one to three digits (a letter after them at most), opening a
** sentence, a space and a capitalised word after it, may open the name read
** from that word on (by_shape keeps it when that name is a firm's); not a
** year ("2023 Lotus Foods Group") nor an ordinal ("5th"). */
static int number_opens_name(const reader *r, size_t i) {
  const token *tk = &r->t[i];
  if (!tk->word || i + 1 >= r->n || !r->t[i + 1].word || !r->t[i + 1].cap || r->t[i + 1].s != tk->e + 1 ||
      r->text[tk->e] != ' ' || ivl_isdigit((unsigned char)r->text[r->t[i + 1].s]) || !sentence_start(r, i))
    return 0;
  uint32_t p = tk->s;
  while (p < tk->e && ivl_isdigit((unsigned char)r->text[p])) p++;
  if (p - tk->s > 3) return 0;
  return p == tk->e || (p + 1 == tk->e && ivl_islower((unsigned char)r->text[p]));
}

/* Is token i a number of digits only ("2023", "8"), which opens no name
** after a stop word ("In 2023 Lotus Foods Group")? */
static int bare_number(const reader *r, size_t i) {
  for (uint32_t p = r->t[i].s; p < r->t[i].e; p++)
    if (!ivl_isdigit((unsigned char)r->text[p])) return 0;
  return r->t[i].e > r->t[i].s;
}

/* "The city and Ganzhou, in China's Jiangxi province, established ...",
** "Tân Lập, in Đồng Nai, ...": an unknown name of one to three words that
** an aside locates in a place the gazetteer knows (a country's place, a
** province, a country) is a place itself (qev). Not a name opening the
** sentence, where a capital says nothing. */
static int located_in_aside(const reader *r, size_t a, size_t b) {
  if (b - a > 3 || b + 2 >= r->n || !tok_char(r, b, ',') || !tok_eq(r, b + 1, in)) return 0;
  for (size_t k = a; k < b; k++)
    if (!r->t[k].word || !r->t[k].cap || r->t[k].known || tok_is(r, k, stop_words)) return 0;
  if (a == 0 || tok_char(r, a - 1, '.') || line_start(r, a)) return 0;
  size_t p = b + 2;
  const ivl_name *k = known_at(r, p);
  if (k && k->type == IVL_SYM_COUNTRY && p + 3 < r->n && tok_eq(r, p + 2, s) && apostrophe(r, p + 1))
    k = known_at(r, p + 3); /* "in China's Jiangxi province" */
  return k && (k->type == IVL_SYM_LOCATION || k->type == IVL_SYM_COUNTRY);
}

/* A French article elided before a capital ("d'Armor", "l'Odet", with a
** straight or curly apostrophe) is read as a capitalised word: a name goes
** on over it, as in "Semences d'Armor", "Laiterie de l'Odet" (set
** qweek19), where it stopped before it and kept "Semences" alone. */
static void elided_articles_capital(const char *text, words *w) {
  for (size_t i = 0; i < w->n; i++) {
    token *tk = &w->t[i];
    const unsigned char *t = (const unsigned char *)text + tk->s;
    size_t n = tk->e - tk->s;
    if (!tk->word || tk->cap || n < 3 || (t[0] != 'd' && t[0] != 'l')) continue;
    size_t c = t[1] == '\'' ? 2 : (n >= 5 && t[1] == 0xE2 && t[2] == 0x80 && t[3] == 0x99) ? 4 : 0;
    if (c && t[c] >= 'A' && t[c] <= 'Z') tk->cap = 1;
  }
}

static int by_shape(const ivl_gazetteer *g, const char *text, size_t len, const ivl_words *ws,
                    ivl_names *out, int every_step) {
  words w = {0};
  if ((every_step ? tokenize_from_text(text, len, &w) : tokenize(text, len, ws, &w)) || end_tokens(&w, len)) {
    free(w.t);
    return -1;
  }
  elided_articles_capital(text, &w);
  known_memo memo = {0, 0, 0};
  firm_memo firm_seen = {0, 0, FIRM_NOT};
  run_index runs = {0};
  head_index heads = {{0}, 0};
  reader r = {g,   text, len, w.t, w.n, out, {0}, ivl_sym_find("kind", 4), ivl_sym_find("province", 8),
              &memo, &firm_seen, &runs, &heads, every_step};
  mark_known(&w, out);
  new_names_unstopped(&r, w.t);
  size_t known = out->n; /* the gazetteer's names; the shapes' after them */
  int rc = 0, listing = 0;
  size_t list_end = 0; /* where a list of places after "communes of" stopped */
  size_t lead = SIZE_MAX; /* a number opening a sentence, before a capitalised word */
  for (size_t i = 0; (i = every_step ? next_capital_word(&w, i) : next_capital(&w, i)) < w.n && rc == 0;) {
    if ((ivl_isdigit((unsigned char)text[w.t[i].s]) && !digit_led_name(&r, i)) || place_compound(&r, i)) {
      if (ivl_isdigit((unsigned char)text[w.t[i].s]) && number_opens_name(&r, i)) lead = i;
      i++;
      continue;
    }
    if (w.t[i].lists & LIST_headline_verbs) { /* "Kyowa Precision Boosts Hà Nội ...": no name's start */
      i++;
      continue;
    }
    size_t e = chunk_end(&r, i), before = out->n;
    if (month_named_firm(&r, i, e)) {
      rc = add_org(&r, i, e);
      i = e;
      continue;
    }
    int more = list_end && i == list_end + 1 && tok_char(&r, list_end, ',');
    if (inert_chunk(&r, i, e, more)) {
      int firm = known_at(&r, i)->type == IVL_SYM_ORGANIZATION;
      listing = firm && (listing || plural_firm_noun(&r, i)) && list_goes_on(&r, e);
      list_end = 0;
      i = e;
      continue;
    }
    size_t cut = firm_before_in(&r, i, e, listing);
    if (cut < e) {
      /* "of Japan's Nitto Wire in Yên Bình Industrial Park": the firm, then
      ** the place read as a chunk of its own */
      rc = add_org(&r, i, cut);
      listing = 0;
      list_end = 0;
      /* (a Vietnamese place the gazetteer lacks, "Hengrun Tyre in Kiến
      ** Xương", is passed over: read as a chunk it would be a firm when a
      ** verb of investing follows, "... in Kiến Xương will invest") */
      i = !r.t[cut + 1].known && marked_words_to(&r, cut + 1, e) ? e : cut + 1;
      continue;
    }
    rc = places_after_of(&r, i, e, more);
    list_end = rc > 0 ? e : 0;
    if (rc == 0) rc = place_before_generic(&r, i, e);
    if (rc == 0) rc = read_chunk(&r, i, e);
    if (rc > 0) rc = 0;
    /* "Three Japanese firms, Nichirin, Oka Seiko and ...": a list of firms
    ** told after its plural noun and a comma begins with the chunk */
    if (!listing && i >= 2 && tok_char(&r, i - 1, ',') && plural_firm_noun(&r, i - 1) && list_goes_on(&r, e))
      listing = 1;
    int firm = rc == 0 && out->n == before && (firm_context(&r, i, e, listing) || first_of_three_each(&r, i, e));
    if (firm) rc = add_org(&r, i, e);
    else if (rc == 0 && out->n == before && located_in_aside(&r, i, e)) rc = add_place(&r, i, e, NULL);
    for (size_t k = i + 1; listing && !firm && rc == 0 && out->n == before && k + 1 < e; k++)
      if (tok_eq(&r, k, and) && firm_context(&r, i, k, 1) && firm_context(&r, k + 1, e, 1)) {
        /* "Ducksan and Moon Chang" at the end of a list of firms */
        rc = add_org(&r, i, k);
        if (rc == 0) rc = add_org(&r, k + 1, e);
      }
    /* "8 Brothers Foods": the number opening the sentence is the firm's */
    if (lead != SIZE_MAX && lead + 1 == i && rc == 0 && out->n > before && out->items[before].type == IVL_SYM_ORGANIZATION &&
        out->items[before].entry < 0 && out->items[before].vstart == w.t[i].s &&
        out->items[before].name_s == w.t[i].s && !out->items[before].full_e)
      out->items[before].vstart = out->items[before].name_s = w.t[lead].s;
    firm = firm || (w.t[i].known && known_at(&r, i)->type == IVL_SYM_ORGANIZATION) ||
           (out->n > before && out->items[out->n - 1].type == IVL_SYM_ORGANIZATION &&
            out->items[out->n - 1].vstart == w.t[i].s);
    listing = firm && (listing || plural_firm_noun(&r, i)) && list_goes_on(&r, e);
    i = e;
  }
  for (size_t k = known; rc == 0 && k < out->n; k++) /* the zones read by shape: their provinces */
    if (out->items[k].type == IVL_SYM_LOCATION && out->items[k].entry < 0 && !out->items[k].kin)
      zone_in_province(&r, &out->items[k]);
  free(w.t);
  free(runs.runs);
  free(runs.memo);
  span_free(&r.spans);
  span_free(&heads.x);
  return rc;
}

int ivl_names_by_shape(const ivl_gazetteer *g, const char *text, size_t len, const ivl_words *ws,
                       ivl_names *out) {
  return by_shape(g, text, len, ws, out, 0);
}

int ivl_names_by_shape_every_step(const ivl_gazetteer *g, const char *text, size_t len,
                                  const ivl_words *ws, ivl_names *out) {
  return by_shape(g, text, len, ws, out, 1);
}
