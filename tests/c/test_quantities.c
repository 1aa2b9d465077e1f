/*
** test_quantities.c
** Percentages, areas, counts and dates, as tables: each input (with the
** article's date, if any) and every mention of the type it must yield, or
** none. Values are numbers for the quantities and ISO strings for dates.
*/
#include <math.h>
#include <stdlib.h>

#include "article.h"
#include "check.h"
#include "symbols.h"

typedef struct expected {
  const char *text;
  double value;
  const char *str; /* dates: the ISO value; counts: the unit */
} expected;

typedef struct qcase {
  int type;
  const char *date; /* the article's date, NULL for none */
  const char *input;
  expected out[3]; /* ends at text == NULL */
} qcase;

#define P IVL_SYM_PERCENT
#define A IVL_SYM_AREA
#define C IVL_SYM_COUNT
#define D IVL_SYM_DATE

static const qcase cases[] = {
  /* percent */
  {P, NULL, "accounting for 17.21 per cent of the total", {{"17.21 per cent", 17.21, NULL}}},
  {P, NULL, "a 65.5% share", {{"65.5%", 65.5, NULL}}},
  {P, NULL, "up ten percent", {{"ten percent", 10, NULL}}},
  {P, NULL, "Fifty-four per cent of firms", {{"Fifty-four per cent", 54, NULL}}},
  {P, NULL, "up 12.5 per cent year-on-year", {{"12.5 per cent", 12.5, NULL}}},
  {P, NULL, "between 10-15% a year", {{"10", 10, NULL}, {"15%", 15, NULL}}},
  {P, NULL, "a third of the land", {{NULL}}},
  {P, NULL, "rose 2.5 percentage points", {{NULL}}},
  {P, NULL, "the index stood at 52.8 points", {{NULL}}},
  {P, NULL, "see https://example.com/?q=30%25", {{NULL}}},
  /* area */
  {A, NULL, "a 2.89-million-sq.m campus", {{"2.89-million-sq.m", 2.89e6, NULL}}},
  /* runs of spaces, as crawled text has them */
  {A, NULL, "on 300  hectares", {{"300  hectares", 3e6, NULL}}},
  {P, NULL, "up 12.5  per cent", {{"12.5  per cent", 12.5, NULL}}},
  {A, NULL, "covering 500ha of land", {{"500ha", 5e6, NULL}}},
  {A, NULL, "on 1,200 hectares", {{"1,200 hectares", 1.2e7, NULL}}},
  {A, NULL, "a 15.5 hectare site", {{"15.5 hectare", 155000, NULL}}},
  {A, NULL, "30,000 square metres of floor space", {{"30,000 square metres", 30000, NULL}}},
  {A, NULL, "a 50,000sq.m factory", {{"50,000sq.m", 50000, NULL}}},
  {A, NULL, "a 6.3-hectare plot", {{"6.3-hectare", 63000, NULL}}},
  {A, NULL, "15 million square metres of film a year", {{NULL}}},
  {A, NULL, "a 110km road", {{NULL}}},
  /* count */
  {C, NULL, "has invested in 285 projects", {{"285 projects", 285, "project"}}},
  {C, NULL, "now counts 3 415 licensed ventures", {{"3 415 licensed ventures", 3415, "venture"}}},
  {C, NULL, "ordered 30 737 MAX planes", {{"30 737 MAX planes", 30, "plane"}}},
  {C, NULL, "173 foreign-invested projects", {{"173 foreign-invested projects", 173, "project"}}},
  {C, NULL, "four other RoK localities", {{"four other RoK localities", 4, "locality"}}},
  {C, NULL, "worth 9 billion across 300 plants", {{"300 plants", 300, "plant"}}},
  {C, NULL, "seven existing ones", {{"seven existing ones", 7, "one"}}},
  {C, NULL, "in 38 overseas projects", {{"38 overseas projects", 38, "project"}}},
  /* machine-translated Vietnamese (set qweek128): a singular "project"
  ** right after a number in digits, and dots grouping a count's
  ** thousands; near misses: "one project", a name's number before
  ** "project", a decimal with a magnitude after it */
  {C, NULL, "province licensed 37 project FDI", {{"37 project", 37, "project"}}},
  {C, NULL, "city have 2.345 project valid", {{"2.345 project", 2345, "project"}}},
  {C, NULL, "now has 12.600 valid projects", {{"12.600 valid projects", 12600, "project"}}},
  {C, NULL, "adjusted the licence of one project", {{0}}},
  {C, NULL, "the Nghi Son 2 project", {{0}}},
  {C, NULL, "some 1.5 million workers", {{"1.5 million workers", 1.5e6, "worker"}}},
  /* a field in -ics before the plural counted: not the noun counted */
  {C, NULL, "to four Korean-invested electronics plants", {{"four Korean-invested electronics plants", 4, "plant"}}},
  {C, NULL, "met nine logistics operators", {{"nine logistics operators", 9, "operator"}}},
  {C, NULL, "six clinics opened", {{"six clinics", 6, "clinic"}}},
  {C, NULL, "it makes 30 robotics a year", {{"30 robotics", 30, "robotic"}}},
  /* a plural noun that only modifies a head of firms or works (set
  ** qweek36), one word past the modifiers' limit too; not a plural alone */
  {C, NULL, "licensed 12 new auto parts projects", {{"12 new auto parts projects", 12, "project"}}},
  {C, NULL, "in 30 new automotive and auto parts projects",
   {{"30 new automotive and auto parts projects", 30, "project"}}},
  {C, NULL, "home to 40 spare parts makers", {{"40 spare parts makers", 40, "maker"}}},
  {C, NULL, "it sold 200 parts to Toyota", {{"200 parts", 200, "part"}}},
  /* modifiers joined by "and"; not two numbers nor two counts */
  {C, NULL, "into 57 new and expanded overseas projects", {{"57 new and expanded overseas projects", 57, "project"}}},
  {C, NULL, "between 4 and 9 projects", {{"9 projects", 9, "project"}}},
  /* modifiers listed with a comma before their "and" (qchem); not a comma
  ** that ends the phrase */
  {C, NULL, "licensed 14 new foreign chemical, rubber and plastics projects",
   {{"14 new foreign chemical, rubber and plastics projects", 14, "project"}}},
  {C, NULL, "holds 9 textile, garment and footwear factories", {{"9 textile, garment and footwear factories", 9, "factory"}}},
  {C, NULL, "opened 3 new, larger plants", {{NULL}}},
  {C, NULL, "6 trucks and 2 cranes", {{"6 trucks", 6, "truck"}, {"2 cranes", 2, "crane"}}},
  {C, NULL, "1.67 million international arrivals", {{"1.67 million international arrivals", 1.67e6, "arrival"}}},
  {C, NULL, "signed seven memoranda", {{"seven memoranda", 7, "memorandum"}}},
  {C, NULL, "50 leading US businesses", {{"50 leading US businesses", 50, "business"}}},
  {C, NULL, "the two sides agreed", {{"two sides", 2, "side"}}},
  {C, NULL, "about ten flights a day", {{"ten flights", 10, "flight"}}},
  {C, NULL, "one of the largest", {{NULL}}},
  {C, NULL, "both projects", {{NULL}}},
  {C, NULL, "the first direct flight", {{NULL}}},
  {C, NULL, "dozens of projects", {{NULL}}},
  {C, NULL, "the 50th anniversary", {{NULL}}},
  {C, NULL, "among the top five foreign investors", {{NULL}}},
  {C, NULL, "its five largest ports", {{NULL}}},
  {C, NULL, "Two of them came", {{NULL}}},
  {C, NULL, "over 15 years", {{NULL}}},
  {C, NULL, "a four-day visit", {{NULL}}},
  {C, NULL, "five times higher", {{NULL}}},
  {C, NULL, "a 110 km road", {{NULL}}},
  {C, NULL, "Factory No 1 opened", {{NULL}}},
  {C, NULL, "under Decree 31/2021 projects", {{NULL}}},
  {C, NULL, "In 2023 investors came", {{NULL}}},
  {C, NULL, "A score above 50 indicates that", {{NULL}}},
  {C, NULL, "call 0203 3825 789", {{NULL}}},
  {C, NULL, "worth $382 million projects", {{NULL}}},
  /* a line is a paragraph: no mention spans a line break, though a
  ** pattern's white space would (a headline's last number over the date
  ** line; a number closing one line, a unit or noun opening the next) */
  {D, NULL, "Ten years of ties, part 3\n\nJune 5, 2023\n\nThe", {{"June 5, 2023", 0, "2023-06-05"}}},
  {D, NULL, "Winners of round 21\nSeptember 9, 2022", {{"September 9, 2022", 0, "2022-09-09"}}},
  {A, NULL, "Plots left: 12\nha Long Bay lots", {{NULL}}},
  {A, NULL, "a plot of 12 ha\nNext", {{"12 ha", 120000, NULL}}},
  {P, NULL, "Share, line 5\npercent of them", {{NULL}}},
  {C, NULL, "Section 12\nprojects approved", {{NULL}}},
  {C, NULL, "it has 12 projects\n", {{"12 projects", 12, "project"}}},
  /* date: full, numeric, month and year */
  {D, NULL, "on November 17, 2023 it", {{"November 17, 2023", 0, "2023-11-17"}}},
  {D, NULL, "on 17 November 2023 it", {{"17 November 2023", 0, "2023-11-17"}}},
  {D, NULL, "dated 12/5/2024.", {{"12/5/2024", 0, "2024-05-12"}}},
  /* year first with dots, the Korean press's stamp; near misses: mixed
  ** separators, a number with two decimal points going on */
  {D, NULL, "Published 2026.11.23 09:12", {{"2026.11.23", 0, "2026-11-23"}}},
  {D, NULL, "filed on 2025.03.07 with the exchange", {{"2025.03.07", 0, "2025-03-07"}}},
  {D, NULL, "code 2026.11-23 here", {{NULL}}},
  {D, NULL, "build 2026.11.23.4 shipped", {{NULL}}},
  /* a portal's day and month with no year (set qmt): after "on", "to",
  ** "of", in a dateline; near misses: a ratio, "24/7", a fraction */
  {D, "2026-12-03", "On 27/11, the committee approved", {{"27/11", 0, "2026-11-27"}}},
  {D, "2026-12-03", "the FDI it drew in the year to 30/11 rose", {{"30/11", 0, "2026-11-30"}}},
  {D, "2026-12-03", "the plant will open on 15/1 next year", {{"15/1", 0, "2027-01-15"}}},
  {D, "2026-12-03", "the port works 24/7 and ships 3/4 of the rice", {{NULL}}},
  {D, "2026-12-03", "a ratio of 3/45 was", {{NULL}}},
  {D, "2026-12-03", "its output rose to 9/10 of capacity", {{NULL}}},
  {D, "2026-12-03", "the park got a score of 8/10 from", {{NULL}}},
  {D, NULL, "licensed in April 2016 with", {{"April 2016", 0, "2016-04"}}},
  {D, NULL, "By the end of 2024, the", {{"2024", 0, "2024"}}},
  {D, NULL, "Changwon (1997), Daegu", {{"1997", 0, "1997"}}},
  {D, NULL, "its plan for 2021-2030", {{"2021", 0, "2021"}, {"2030", 0, "2030"}}},
  {D, NULL, "by mid-2022 it", {{"2022", 0, "2022"}}},
  /* resolved against the article's date (a Friday) */
  {D, "2023-11-17", "The province on Friday granted", {{"Friday", 0, "2023-11-17"}}},
  {D, "2023-11-17", "Earlier on Thursday, a flight", {{"Thursday", 0, "2023-11-16"}}},
  {D, "2023-11-17", "a leader said on Sunday.", {{"Sunday", 0, "2023-11-12"}}},
  {D, "2023-11-17", "The delegation will visit on Monday.", {{"Monday", 0, "2023-11-20"}}},
  /* "last" and "next" move a weekday a week off the article's own day */
  {D, "2023-11-17", "The board approved it last Friday.", {{"Friday", 0, "2023-11-10"}}},
  {D, "2023-11-17", "The board will meet next Friday.", {{"Friday", 0, "2023-11-24"}}},
  {D, "2023-11-17", "The plant opened last Wednesday.", {{"Wednesday", 0, "2023-11-15"}}},
  {D, "2023-11-17", "Talks resume next Monday.", {{"Monday", 0, "2023-11-20"}}},
  {D, "2023-11-17", "Its outlast Friday sale", {{"Friday", 0, "2023-11-17"}}},
  /* a gerund after "after" tells of what was done: its weekday the last one */
  {D, "2023-11-17", "The firm will break ground soon, after signing a lease on Tuesday.",
   {{"Tuesday", 0, "2023-11-14"}}},
  {D, "2023-11-17", "Following inking the deal on Monday, the city will", {{"Monday", 0, "2023-11-13"}}},
  /* so too a paper received on a day, a month before the article's day
  ** (qretail); a day of the clause's own future verb stays to come */
  {D, "2023-11-17", "The firm will build a mill after obtaining its licence on October 30.",
   {{"October 30", 0, "2023-10-30"}}},
  {D, "2023-11-17", "The firm will open the mill on October 30 after receiving a licence.",
   {{"October 30", 0, "2024-10-30"}}},
  {D, "2023-11-17", "agreed on April 2 to", {{"April 2", 0, "2023-04-02"}}},
  /* an ongoing aim agreed in the past is dated by its agreeing; an event
  ** agreed on (a meeting) is still to come */
  {D, "2023-11-17", "The two provinces agreed to strengthen trade ties on November 9.",
   {{"November 9", 0, "2023-11-09"}}},
  {D, "2023-11-17", "The two provinces agreed to meet again on November 29.", {{"November 29", 0, "2023-11-29"}}},
  {D, "2024-01-03", "received approval in December to", {{"December", 0, "2023-12"}}},
  {D, "2021-07-04", "expected to start operating in late October.", {{"October", 0, "2021-10"}}},
  {D, "2023-11-13", "from November 10 to 12, joining", {{"November 10", 0, "2023-11-10"}, {"12", 0, "2023-11-12"}}},
  {D, "2024-10-09", "during the January-September period", {{"January", 0, "2024-01"}, {"September", 0, "2024-09"}}},
  /* "last year", "next year", "this year" after a day or a month is its year, whatever the tense */
  {D, "2024-05-10", "The two cities signed the MoU on March 5 last year.", {{"March 5", 0, "2023-03-05"}}},
  {D, "2024-05-10", "The plant will open in October next year.", {{"October", 0, "2025-10"}}},
  {D, "2024-05-10", "It opened on June 8 this year, early.", {{"June 8", 0, "2024-06-08"}}},
  /* near miss: "last year" of another sentence */
  {D, "2024-05-10", "The MoU was signed on March 5. Last year trade rose.", {{"March 5", 0, "2024-03-05"}}},
  /* a year written after a range of months is the range's, dated article or not */
  {D, NULL, "Sales in the March-August period of 2023 rose.", {{"March", 0, "2023-03"}, {"August", 0, "2023-08"}, {"2023", 0, "2023"}}},
  {D, "2025-01-08", "Exports from November to February of 2023 fell.", {{"November", 0, "2022-11"}, {"February", 0, "2023-02"}, {"2023", 0, "2023"}}},
  /* settled rule 7: the tense of the clause places a date without a year */
  /* "set" with no auxiliary before it is past: the unit the firm set up in
  ** March was set up before the article, though the works are still to come;
  ** near miss: "is set to" a plan */
  {D, "2024-11-20", "The berths will be run by a unit the firm set up in March with $40 million.", {{"March", 0, "2024-03"}}},
  {D, "2024-11-20", "The group is set to open the berths in March.", {{"March", 0, "2025-03"}}},
  {D, "2024-11-20", "The two cities will set up sister ties in March.", {{"March", 0, "2025-03"}}},
  {D, "2024-11-20", "The airline will take off on its first Busan flight on January 9.", {{"January 9", 0, "2025-01-09"}}},
  {D, "2024-11-20", "The terminal is scheduled to start operations in February.", {{"February", 0, "2025-02"}}},
  {D, "2024-12-02", "The mill said it would switch to biomass from October, he said.", {{"October", 0, "2025-10"}}},
  {D, "2024-09-10", "The bridge could be completed in April.", {{"April", 0, "2025-04"}}},
  {D, "2025-01-12", "The lease was signed in December.", {{"December", 0, "2024-12"}}},
  {D, "2025-01-12", "The firm received its licence on December 20.", {{"December 20", 0, "2024-12-20"}}},
  /* qstate: "that" before a past verb with its object is a relative
  ** pronoun, not a determiner: the verb's past decides over the present
  ** progressive of the clause before; near miss: "that licensed project" */
  {D, "2026-11-30", "X is building a park, a project that received its licence in May.", {{"May", 0, "2026-05"}}},
  {D, "2026-11-30", "Y is expanding a mill, one which obtained the permit in March.", {{"March", 0, "2026-03"}}},
  {D, "2026-11-30", "Z is opening that licensed plant in March.", {{"March", 0, "2027-03"}}},
  {D, "2025-01-12", "Since November, the park has drawn six investors.", {{"November", 0, "2024-11"}}},
  {D, "2024-12-28", "Fireworks light up the river on January 1.", {{"January 1", 0, "2025-01-01"}}},
  {D, "2025-01-10", "Bắc Ninh attracts a billion dollars in FDI in December", {{"December", 0, "2024-12"}}},
  {D, "2024-10-05", "The dry season runs from November to February.", {{"November", 0, "2024-11"}, {"February", 0, "2025-02"}}},
  {D, "2025-01-08", "Crews are working to clear the site before October.", {{"October", 0, "2025-10"}}},
  {D, "2025-01-08", "The plant—licensed in September—employs 500 people.", {{"September", 0, "2024-09"}}},
  /* a wire's dateline is the day it was filed, whatever the tense after it */
  {D, "2025-02-18", "HANOI, Feb 18 (Reuters) - The firm plans to build a plant.", {{"Feb 18", 0, "2025-02-18"}}},
  {D, "2025-02-18", "The firm plans to open it on Feb 10.", {{"Feb 10", 0, "2026-02-10"}}},
  {D, "2025-01-08", "The chipmaker signed a deal to build a plant in November.", {{"November", 0, "2024-11"}}},
  {D, "2024-09-14", "The two firms signed a pact to run ferries from December.", {{"December", 0, "2024-12"}}},
  {D, "2024-05-20", "The firm had planned to open the mall in March.", {{"March", 0, "2024-03"}}},
  {D, "2025-01-20", "The sales record was set in November.", {{"November", 0, "2024-11"}}},
  {D, "2025-01-08", "Exports in the January-December period reached a record.", {{"January", 0, "2024-01"}, {"December", 0, "2024-12"}}},
  {D, "2024-12-20", "Registrations close on February 28.", {{"February 28", 0, "2025-02-28"}}},
  {D, "2025-01-06", "The depot will be operational by December.", {{"December", 0, "2025-12"}}},
  {D, "2024-03-05", "Other highlights include a food fair on May 4.", {{"May 4", 0, "2024-05-04"}}},
  {D, "2024-03-05", "The governor asked the investor to finish the plant before August 31.", {{"August 31", 0, "2024-08-31"}}},
  {D, "2023-06-03", "The minister said two more loans would be signed by the end of May.", {{"May", 0, "2023-05"}}},
  {D, "2023-11-17", "The ministers are holding talks in Tokyo on Tuesday.", {{"Tuesday", 0, "2023-11-21"}}},
  {D, "2023-11-17", "He said the team would arrive on Tuesday.", {{"Tuesday", 0, "2023-11-21"}}},
  /* a goal verb in the present ("targets", "want") or "must" sets the date to come; "targets" as a noun does not */
  {D, "2024-10-12", "The refinery targets first oil by June.", {{"June", 0, "2025-06"}}},
  {D, "2024-10-12", "Residents want the bridge open to traffic by April.", {{"April", 0, "2025-04"}}},
  {D, "2024-10-12", "Contractors must hand over the site before June 30.", {{"June 30", 0, "2025-06-30"}}},
  {D, "2024-10-12", "Officials reviewed the targets in March.", {{"March", 0, "2024-03"}}},
  /* a capital "May" before a day opens a date, no modal: the weekday before it is past */
  {D, "2024-05-17", "Hải Dương on Monday (May 13) licensed a glass plant.", {{"Monday", 0, "2024-05-13"}, {"May 13", 0, "2024-05-13"}}},
  {D, "2024-06-20", "The firm broke ground on Sunday; May 5 saw its licence.", {{"Sunday", 0, "2024-06-16"}, {"May 5", 0, "2024-05-05"}}},
  {D, "2024-06-20", "Will the plant open on Sunday?", {{"Sunday", 0, "2024-06-23"}}}, /* a modal still opening a clause */
  {D, "2024-11-20", "The book fair runs from December 4 until January 2.", {{"December 4", 0, "2024-12-04"}, {"January 2", 0, "2025-01-02"}}},
  /* the lists of the words near a date, looked up once per word (tense.c's
  ** in_list): a date first or last in its sentence, numbers, brackets and
  ** capitals among the words, a word asked of several lists */
  {D, "2024-11-20", "December: the firm HAD planned to open.", {{"December", 0, "2024-12"}}},
  /* "won't" (either apostrophe), "until", "till": found in the lists' table */
  {D, "2024-11-20", "The plant won't open in March.", {{"March", 0, "2025-03"}}},
  {D, "2024-11-20", "The mall won\xE2\x80\x99t open in April.", {{"April", 0, "2025-04"}}},
  {D, "2024-11-20", "Until June the fair runs.", {{"June", 0, "2025-06"}}},
  {D, "2024-11-20", "The tax holds till July.", {{"July", 0, "2025-07"}}},
  {D, "2024-11-20", "The bridge WON'T open in August.", {{"August", 0, "2024-08"}}},
  {D, "2024-11-20", "The firm said (in 2023) that 11 newly licensed projects would open in March", {{"2023", 0, "2023"}, {"March", 0, "2025-03"}}},
  {D, "2024-11-20", "The 11 newly licensed projects in March", {{"March", 0, "2024-03"}}},
  {D, "2024-11-20", "Was it signed in March?", {{"March", 0, "2024-03"}}},
  {D, "2024-11-20", "The deal was signed in December.", {{"December", 0, "2023-12"}}},
  {D, "2024-11-20", "In December the deal was signed", {{"December", 0, "2023-12"}}},
  {D, "2024-11-20", "It is expected in March, 12 firms said.", {{"March", 0, "2025-03"}}},
  {D, "2024-11-20", "Investors have been asked to register by March 3.", {{"March 3", 0, "2024-03-03"}}},
  {D, "2024-11-20", "In March 12 firms had been licensed, and 5 were to open", {{"March 12", 0, "2024-03-12"}}},
  /* February 29 falls in a leap year, by the tense (fuzz_date found 2023-02-29) */
  {D, "2023-06-12", "As of February 29, the province had 472 valid projects.", {{"February 29", 0, "2020-02-29"}}},
  {D, "2025-01-10", "The fair will open on February 29.", {{"February 29", 0, "2028-02-29"}}},
  {D, "2023-06-12", "The plant opened on February 29.", {{"February 29", 0, "2020-02-29"}}},
  {D, "2023-06-12", "Talks were held on February 28 and 29, 2023.", {{"February 28", 0, "2023-02-28"}, {"2023", 0, "2023"}}}, /* no 29th that year */
  /* lists of days: the month and the year carry over */
  {D, "2023-10-20", "The fair was held on October 17 and 18 in Hà Nội.", {{"October 17", 0, "2023-10-17"}, {"18", 0, "2023-10-18"}}},
  {D, "2023-12-03", "Talks took place on November 28, 29 and December 1.", {{"November 28", 0, "2023-11-28"}, {"29", 0, "2023-11-29"}, {"December 1", 0, "2023-12-01"}}},
  {D, "2025-06-01", "The expo will be held on March 3 and 4, 2026, organisers said.", {{"March 3", 0, "2026-03-03"}, {"4, 2026", 0, "2026-03-04"}}},
  {D, "2023-08-12", "The event took place on 5 and 6 August in Đà Nẵng.", {{"5", 0, "2023-08-05"}, {"6 August", 0, "2023-08-06"}}},
  {D, NULL, "on 12 May and 13 June", {{"12 May", 0, "XXXX-05-12"}, {"13 June", 0, "XXXX-06-13"}}},
  {D, NULL, "It ran from 28 to 30 September 2022.", {{"28", 0, "2022-09-28"}, {"30 September 2022", 0, "2022-09-30"}}},
  {D, "2024-06-01", "On May 12, 13 workers were hurt.", {{"May 12", 0, "2024-05-12"}}},
  {D, "2024-06-01", "Between May 2 and 40 new projects came.", {{"May 2", 0, "2024-05-02"}}},
  /* a weekday and a full date are one date; numeric dates are day first */
  {D, NULL, "Monday, Feb 22, 2021 09:10", {{"Monday, Feb 22, 2021", 0, "2021-02-22"}}},
  {D, NULL, "Sat. 14/03/2020 | 10:00", {{"Sat. 14/03/2020", 0, "2020-03-14"}}},
  {D, NULL, "dated 05.03.2024 and", {{"05.03.2024", 0, "2024-03-05"}}},
  {D, NULL, "on 2/22/2017 in", {{"2/22/2017", 0, "2017-02-22"}}},
  /* quarters and halves with a year are the year; without, no date */
  {D, NULL, "Vietnam's FDI 2024 beat forecasts", {{"2024", 0, "2024"}}},
  {D, NULL, "Beyond 2030, the plan targets net zero.", {{"2030", 0, "2030"}}},
  {D, NULL, "Output rose in Q3/2025 after H1/2024.", {{"2025", 0, "2025"}, {"2024", 0, "2024"}}},
  {D, "2024-05-01", "Production starts in Q4 this year.", {{NULL}}},
  /* a fiscal year written "FY2025" is the year; not inside a longer word or number */
  {D, NULL, "Profit doubled in FY2024 and FY 2025.", {{"2024", 0, "2024"}, {"2025", 0, "2025"}}},
  {D, NULL, "The AFY2024 bond and FY20245 code", {{NULL}}},
  /* no article date: the year is unknown */
  {D, NULL, "agreed on April 2 to", {{"April 2", 0, "XXXX-04-02"}}},
  /* not dates */
  {D, NULL, "The Việt Nam – Hà Nội Festival 2023 took place", {{NULL}}},
  {D, NULL, "at 17:27 today", {{NULL}}},
  {D, NULL, "the 50th anniversary", {{NULL}}},
  {D, NULL, "last month and last year", {{NULL}}},
  {D, NULL, "a loan of $2024 million", {{NULL}}},
  {D, NULL, "under Decree 31/2021/ND-CP", {{NULL}}},
  {D, NULL, "May be later", {{NULL}}},
  {D, NULL, "She was crowned Miss Earth Vietnam 2019 in Manila.", {{NULL}}},
  {D, NULL, "Leaders met at the APEC 2017 summit.", {{NULL}}},
  {D, NULL, "The ministry met on Tuesday.", {{NULL}}}, /* no date to count from: no value, no mention */
  /* a month inside a place's name is the name's; a start year in brackets
  ** after a name is a date */
  {D, "2024-05-10", "a resort in the Chan May-Lang Co Economic Zone opens in June",
   {{"June", 0, "2024-06"}}},
  {D, "2024-05-10", "Huế signed with Kyoto (1974) and West Java (2005).", {{"1974", 0, "1974"}, {"2005", 0, "2005"}}},
};

static int near(double a, double b) { return fabs(a - b) <= 1e-9 * fabs(b) + 1e-9; }

static void run_case(const ivl_ruleset *rs, const qcase *c) {
  ivl_article *a;
  ivl_error err;
  if (ivl_article_from_bytes("case", c->input, strlen(c->input), &a, &err) != IVL_OK) {
    CHECK(0, "%s: %s", c->input, err.msg);
    return;
  }
  if (c->date) ivl_article_set_date(a, c->date);
  if (ivl_article_extract(a, rs, &err) != IVL_OK) {
    CHECK(0, "%s: %s", c->input, err.msg);
    ivl_article_free(a);
    return;
  }
  const ivl_entity *got[8];
  size_t ngot = 0, want = 0;
  while (want < 3 && c->out[want].text) want++;
  for (size_t i = 0; i < a->store.n && ngot < 8; i++)
    if (a->store.ents[i].type == c->type) got[ngot++] = &a->store.ents[i];
  CHECK(ngot == want, "'%s': %zu %s mentions, want %zu", c->input, ngot, ivl_sym_name(c->type), want);
  for (size_t i = 0; i < want && i < ngot; i++) {
    const ivl_entity *e = got[i];
    const expected *x = &c->out[i];
    size_t n = e->end - e->start;
    CHECK(n == strlen(x->text) && memcmp(a->bytes + e->start, x->text, n) == 0,
          "'%s': text '%.*s', want '%s'", c->input, (int)n, a->bytes + e->start, x->text);
    const ivl_field *v = ivl_store_field(&a->store, e, IVL_SYM_VALUE);
    const ivl_field *u = ivl_store_field(&a->store, e, IVL_SYM_UNIT);
    if (c->type == IVL_SYM_DATE) {
      CHECK(v && v->kind == IVL_FIELD_STR && strcmp(ivl_store_string(&a->store, v), x->str) == 0,
            "'%s': date %s, want %s", c->input, v ? ivl_store_string(&a->store, v) : "-", x->str);
      continue;
    }
    CHECK(v && v->kind == IVL_FIELD_NUM && near(v->v.num, x->value), "'%s': value %.17g, want %.17g",
          c->input, v ? v->v.num : -1, x->value);
    if (c->type == IVL_SYM_COUNT)
      CHECK(u && strcmp(ivl_store_string(&a->store, u), x->str) == 0, "'%s': unit %s, want %s",
            c->input, u ? ivl_store_string(&a->store, u) : "-", x->str);
    if (c->type == IVL_SYM_AREA)
      CHECK(u && strcmp(ivl_store_string(&a->store, u), "m2") == 0, "'%s': unit m2", c->input);
  }
  ivl_article_free(a);
}

int main(void) {
  ivl_error err;
  ivl_ruleset *rs = ivl_ruleset_new_builtin(&err);
  if (!rs) {
    fprintf(stderr, "rules: %s\n", err.msg);
    return 1;
  }
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) run_case(rs, &cases[i]);
  ivl_ruleset_free(rs);
  return check_done();
}
