/*
** test_layout.c
** Date lines, datelines, credits and sentence splits.
*/
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "calendar.h"
#include "check.h"
#include "layout.h"
#include "sentences.h"
#include "utf8.h"
#include "util.h"

typedef struct date_case {
  const char *line;
  int ok, y, m, d, hh;
} date_case;

static const date_case dates[] = {
  {"November 17, 2023 - 17:27", 1, 2023, 11, 17, 17},
  {"Friday, November 17, 2023 | 17:27 GMT+7", 1, 2023, 11, 17, 17},
  {"By Minh Anh  October 2, 2023 - 14:05", 1, 2023, 10, 2, 14},
  {"17/11/2023 08:00", 1, 2023, 11, 17, 8},
  {"Update: 17 November 2023", 1, 2023, 11, 17, -1},
  {"2023-11-17", 1, 2023, 11, 17, -1},
  /* the Korean press's dotted stamp (BusinessKorea); near misses: mixed
  ** separators, a version number, a month of three digits */
  {"Published 2026.11.23 09:12", 1, 2026, 11, 23, 9},
  {"By Choi Min-ho | 2025.03.07 18:40", 1, 2025, 3, 7, 18},
  {"Published 2026.11-23 09:12", 0, 0, 0, 0, 0},
  {"Version 2026.13.01", 0, 0, 0, 0, 0},
  {"Release 2026.111.2", 0, 0, 0, 0, 0},
  /* the Taiwanese press in English (set qweek61): Taiwan News's year-first
  ** stamp with slashes, Focus Taiwan's month-first day before a 12-hour
  ** clock. Near misses: a day-first stamp before a 24-hour clock, a slash
  ** then a dot, a clock of no AM or PM */
  {"2025/04/07 09:30", 1, 2025, 4, 7, 9},
  {"08/06/2025 11:20 AM", 1, 2025, 8, 6, 11},
  {"Updated: 08/06/2025 11:20", 1, 2025, 6, 8, 11},
  {"08/06/2025 11:20 AMT", 1, 2025, 6, 8, 11},
  {"2025/04.07 09:30", 0, 0, 0, 0, 0},
  {"Sept 5, 2024", 1, 2024, 9, 5, -1},
  {"Wednesday, Feb 22, 2017 - 09:10", 1, 2017, 2, 22, 9},
  {"03/18/2024 | 15:30", 1, 2024, 3, 18, 15},
  {"Thứ Năm, 09/03/2023 10:00 (GMT+7)", 1, 2023, 3, 9, 10},
  /* a business outlet's stamp closing on "a.m."/"p.m." after a clock time */
  {"Dec 4, 2025 06:41 p.m.", 1, 2025, 12, 4, 6},
  {"June 2, 2025 9:05 a.m.", 1, 2025, 6, 2, 9},
  /* The Hindu BusinessLine's stamp closing on "PM." after a clock time (set
  ** qweek62); near miss: "3 PM." with no "HH:MM" closes a sentence */
  {"Updated - December 02, 2025 at 08:14 PM.", 1, 2025, 12, 2, -1},
  {"Updated - March 9, 2024 at 10:05 AM.", 1, 2024, 3, 9, -1},
  {"The talks held on June 2, 2025 ran past 3 PM.", 0, 0, 0, 0, 0},
  /* the Chinese state press's stamps (set qweek55): China Daily's byline,
  ** outlet and date in bar-separated fields, each counted on its own; CGTN's
  ** day, month's name and year joined by hyphens. Near misses: a sentence
  ** with no bar stays too long a lead-in, and a numeric month keeps its
  ** own reading */
  {"By WANG QIAN in Kunming | China Daily | Updated: 2025-03-14 07:45", 1, 2025, 3, 14, 7},
  {"By ZHAO LEI and LI MENG in Hanoi | chinadaily.com.cn | Updated: 2024-10-02 16:20", 1, 2024, 10, 2, 16},
  {"Updated 09:41, 14-Mar-2025", 1, 2025, 3, 14, -1},
  {"03-Sep-2024 18:02 CGTN", 1, 2024, 9, 3, 18},
  {"The mayor of the city and the head of the board met the new investors in Kunming on 2025-03-14", 0, 0, 0, 0, 0},
  {"Updated 14-03-2025", 1, 2025, 3, 14, -1},
  {"Updated 14-Marz-2025", 0, 0, 0, 0, 0},
  {"The talks held on June 2, 2025 ran past 3 p.m.", 0, 0, 0, 0, 0},
  {"Shares of June 2, 2025 opened at 9 a.m.", 0, 0, 0, 0, 0},
  {"February 30, 2024", 0, 0, 0, 0, 0},
  {"The deal was signed on November 17, 2023.", 0, 0, 0, 0, 0},
  {"Quảng Ninh lures $80 million investment from Japan", 0, 0, 0, 0, 0},
  /* interest.co.nz's stamp (set qweek67): an ordinal day, a month's name,
  ** the year's last two digits, a clock time. Near misses: no clock after
  ** the comma, no ordinal suffix, three digits */
  {"21st Nov 25, 4:47pm", 1, 2025, 11, 21, 4},
  {"2nd Mar 26, 09:15am by Ana Liu", 1, 2026, 3, 2, 9},
  {"Posted 21st Nov 25, the end", 0, 0, 0, 0, 0},
  {"21 Nov 25, 4:47pm", 0, 0, 0, 0, 0},
  {"21st Nov 250, 4:47pm", 0, 0, 0, 0, 0},
  /* a social post's stamp (set qweek77): X's clock and middle dot under a
  ** thread's title of any length, a fan page's fields split by middle dots.
  ** Near misses: a sentence's clock with no dot after it, a long field
  ** before a dot with no clock */
  {"Thread: what our firms built in the south of the country this year – 4:40 PM · Nov 27, 2026", 1, 2026, 11, 27, -1},
  {"Quang Ninh Investment Promotion Centre of the province · Facebook · 1 December 2026 at 08:30", 1, 2026, 12, 1, -1},
  {"The mayor and the head of the board met the new investors at 4:40 PM on Nov 27, 2026", 0, 0, 0, 0, 0},
  {"Nine firms from the north of the country signed new deals in the city · Nov 27, 2026", 0, 0, 0, 0, 0},
};

/* A social post's stamp with no year ("9:05 AM · Dec 3 · 48.2K Views", set
** qweek77) is read with year 0; near misses: a stamp with its year (a date
** line of its own), a sentence's clock, a clock with no dot. */
static void check_yearless_post_stamps(void) {
  ivl_date d;
  const char *s = "9:05 AM \xC2\xB7 Dec 3 \xC2\xB7 48.2K Views";
  CHECK(ivl_parse_yearless_post_stamp(s, strlen(s), &d) && d.year == 0 && d.month == 12 && d.day == 3 && d.hour == 9,
        "'%s': a yearless stamp", s);
  const char *t = "Posted by the embassy \xE2\x80\x93 11:30 PM \xC2\xB7 Nov 9";
  CHECK(ivl_parse_yearless_post_stamp(t, strlen(t), &d) && d.month == 11 && d.day == 9, "'%s': a yearless stamp", t);
  static const char *const not[] = {"9:05 AM \xC2\xB7 Dec 3, 2026", "Talks began at 9:05 AM on Dec 3",
                                    "9:05 AM Dec 3 \xC2\xB7 48.2K Views", "9:05 AM \xC2\xB7 Decades of ties"};
  for (size_t i = 0; i < sizeof not / sizeof *not; i++)
    CHECK(!ivl_parse_yearless_post_stamp(not[i], strlen(not[i]), &d), "'%s': no yearless stamp", not[i]);
}

static void check_split(const char *text, int want) {
  ivl_spans s = {0};
  ivl_sentences_split(text, 0, strlen(text), &s);
  CHECK((int)s.n == want, "'%s': %zu sentences, want %d", text, s.n, want);
  ivl_spans_free(&s);
}

/* Set qweek79, the South Asian press's rupees and taka with a full stop
** ("will invest Rs. 2.4 billion in a plant", "Tk. 96 crore"): the stop is
** the currency's, no sentence end. Near miss: a word that ends in the same
** letters ("three letters.") still ends its sentence. */
static void check_rupee_stop_not_sentence_end(void) {
  check_split("Lanka Leaf will invest Rs. 2.4 billion in a plant in Lam Dong. It will open in 2028.", 2);
  check_split("The mill cost Tk. 96 crore last year.", 1);
  check_split("The two sides signed three letters. Trade rose 9 per cent.", 2);
}

/* Set qweek104, an encyclopedia's reference marks after a sentence's stop
** ("... in Da Nang.[3] It added ...", ".[7][8]", "[a]", "[note 2]"): the
** sentence ends after its marks. Near misses: a mark inside a sentence
** (",[9] and"), a bracket that never closes, an empty one, and a mark
** before a word in lower case end nothing. */
static void check_reference_marks_after_stop(void) {
  check_split("The firm built a plant in Da Nang.[3] It added $40 million in 2019.", 2);
  check_split("It was licensed in 2011.[7][8] The second phase followed.", 2);
  check_split("It was licensed in 2011.[a] In 2016 it grew.[note 2] It now employs 900.", 3);
  check_split("It raised its capital in 2023,[9] and in 2024 it signed a deal.", 1);
  check_split("It was licensed in 2011.[see the annual report of the group] The plant opened.", 1);
  check_split("It was licensed in 2011.[] The plant opened.", 1);
  check_split("It was licensed in 2011.[4] the plant opened later.", 1);
}

/* A post's emojis between two sentences (set qweek77): "... Department of
** Finance. 🚀 In 2025 alone, ..." ends one sentence at the stop and opens
** the next at the emoji, also a run of them with a joiner or a variation
** selector. Near misses: emojis closing a paragraph, and emojis before a
** word in lower case, end nothing. */
static void check_emojis_between_sentences(void) {
  check_split("The province drew $3.7 billion. \xF0\x9F\x9A\x80 In 2025 alone, it drew $2.6 billion.", 2);
  check_split("We opened our plant! \xF0\x9F\xA7\xB5\xF0\x9F\x8F\xAD The park thanks its staff.", 2);
  check_split("Our team grew. \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x94\xA7 Training starts in May.", 2);
  check_split("Sales rose 5 per cent. \xF0\x9F\x8F\x99\xEF\xB8\x8F The new towers open in May.", 2);
  check_split("The province drew $3.7 billion. \xF0\x9F\x9A\x80\xF0\x9F\x9A\x80", 1);
  check_split("Revenue rose 5 per cent. \xF0\x9F\x93\x88 up from last year.", 1);
}

/* Every abbreviation, in any case, keeps its sentence whole; a word one
** letter off, or one letter longer or shorter, ends it. */
static void check_abbreviations(void) {
  static const char *const abbr[] = {
    "a.m", "approx", "apr", "aug", "ave", "bhd", "co", "col", "corp", "dec", "dept", "dr", "e.g", "est",
    "feb", "fig", "ft", "gen", "gov", "i.e", "inc", "jan", "jr", "jul", "jun", "kr", "lt", "ltd", "mar",
    "mia", "mio", "mr", "mrd", "mrs", "ms", "mt", "no", "nos", "nov", "oct", "p.m", "pp", "prof", "pte", "pty", "pvt", "rep", "sdn",
    "sen", "sep", "sept", "sq", "sr", "st", "tel", "u.k", "u.s", "vol", "vs",
  };
  static const char *const not_abbr[] = {"a.n", "approxx", "ap", "mrz", "zz", "vt", "x.y", "septs", "tell"};
  char text[80];
  for (size_t i = 0; i < sizeof abbr / sizeof *abbr; i++) {
    snprintf(text, sizeof text, "See the %s. Next one", abbr[i]);
    check_split(text, 1);
    snprintf(text, sizeof text, "See the %c%s. Next one", abbr[i][0] - 32, abbr[i] + 1);
    check_split(text, 1);
  }
  for (size_t i = 0; i < sizeof not_abbr / sizeof *not_abbr; i++) {
    snprintf(text, sizeof text, "See the %s. Next one", not_abbr[i]);
    check_split(text, 2);
  }
}

/* An abbreviation that ends a name ends the sentence when a word that
** opens sentences follows it; other abbreviations, and other words, never. */
static void check_name_endings(void) {
  check_split("The deal was signed with Daewon Textile Co., Ltd. The plant will open in May.", 2);
  check_split("Most of its output goes to the U.S. It also sells in Japan.", 2);
  check_split("The firm was set up by Tan Chong Pty. In 2023, it doubled its capital.", 2);
  check_split("Keppel Land Pte. Ltd. will build it.", 1);
  /* the number of a numbered line is no sentence of its own */
  check_split("2. Singapore – $1.1 billion", 1);
  check_split("12. Peru drew it. 3. It grew.", 2);
  check_split("Officials of the U.S. Trade Representative's office came.", 1);
  check_split("It was Samsung Electronics Co. Ltd. that won.", 1);
  check_split("He met Dr. The Minh Nguyen on Friday.", 1);
  /* initials joined by full stops go on a name; they end a sentence as
  ** the name endings do */
  check_split("A consortium led by Mitsui O.S.K. Lines won the bid.", 1);
  check_split("Its partner is A.P. Moller-Maersk of Denmark.", 1);
  check_split("The firm opened an office in the U.A.E. The office serves the Gulf.", 2);
  /* the Nordic press's money (set qweek81): "mia. kr." goes on before a
  ** bracket or a word, and ends a sentence before an opener */
  check_split("It will invest 4,2 mia. kr. (about US$650 million) in Ninh Thuan.", 1);
  check_split("The fund paid 310 mio. kr. The seller is Danish.", 2);
  check_split("Its chief is Mia. Next one", 1);
  check_split("Its chief is Mia. The fund grew.", 2);
}

/* Set qweek135, a directory's prose opening each sentence with its firm's
** name, the sentence before closed by a legal suffix: the firm named again
** after the suffix's stop opens a sentence. Near misses: a name not said
** before, a name said before with a capital after it, a suffix word said
** before ("Co., Ltd (Korea) ... Pte. Ltd of Singapore") go on. */
static void check_name_again_after_suffix(void) {
  check_split("In 2014 Oberholz built a mill in Long An, run by its unit Oberholz Vina Co., Ltd. Oberholz "
              "doubled the mill in 2019.",
              2);
  check_split("Mekafi bought a plant from Sông Đà Mechanical Corp. Mekafi paid $8 million.", 2);
  check_split("Lindqvist signed with Tanaka Seiki Co., Ltd. Brandt said it was a good deal.", 1);
  check_split("Tanaka Seiki signed with Hoang Long Co., Ltd. Tanaka Seiki Vietnam will run it.", 1);
  check_split("Daewon Co., Ltd (Korea) got one, while Linfa Pte. Ltd of Singapore got two.", 1);
}

/* A job advertisement's header (set qweek120): a title bracketing its
** level and naming its place after a dash, the employer's name closed by
** its legal suffix's stop, labelled fields, then the posting date: the
** article's date. Near misses: a title-case dateline whose lede is a
** sentence stays the body's dateline; a sentence over a field line is the
** body's, and no date line is found under it. */
static void check_job_ad_header(void) {
  ivl_layout l;
  ivl_error err;
  const char *ad = "QA Supervisor (Korean TOPIK 4) - Dong Nai\n\nHwaseong Auto Parts Vina Co., Ltd.\n"
                   "Workplace: Nhon Trach 3 Industrial Park\nMonthly pay: VND20 - 28 million (gross)\n"
                   "Posted: 23/10/2025 | Closing date: 22/11/2025\n\nABOUT THE COMPANY\n\n"
                   "We make brake parts.\n\nWe have 900 staff.\n\nJoin us.\n";
  CHECK(ivl_layout_parse(&l, ad, strlen(ad), &err) == IVL_OK && l.has_title && l.title.start == 0 && l.has_date &&
            l.date.year == 2025 && l.date.month == 10 && l.date.day == 23,
        "job ad header: title %d, date %d-%d-%d", l.has_title, l.date.year, l.date.month, l.date.day);
  ivl_layout_free(&l);
  const char *wire = "Bình Dương (VNA) – Firms hired 500 workers.\n\nThey pay well.\n\nMore will come.\n";
  CHECK(ivl_layout_parse(&l, wire, strlen(wire), &err) == IVL_OK && !l.has_title && l.has_dateline,
        "a title-case dateline with its lede stays the body's");
  ivl_layout_free(&l);
  const char *body = "Factory jobs\n\nFirms hired 500 workers in October.\nWorkplace: Nhon Trach\n"
                     "23/10/2025\n\nThey pay well.\n\nMore will come.\n\nAnd more.\n\nThe end.\n";
  CHECK(ivl_layout_parse(&l, body, strlen(body), &err) == IVL_OK && !(l.has_date && l.date.day == 23 && l.paragraphs.n < 5),
        "a sentence over a field line is the body's");
  ivl_layout_free(&l);
}

/* The scans go sixteen bytes at a time then eight then one: a stop or a
** credit's dash at every place of a long paragraph. */
static void check_scans(void) {
  char text[200];
  for (size_t n = 1; n < 70; n++) {
    static const char stops[] = ".!?";
    for (int k = 0; k < 3; k++) {
      memset(text, 'a', n);
      snprintf(text + n, sizeof text - n, "%c Next one", stops[k]);
      check_split(text, 2);
    }
    memset(text, 'b', n);
    snprintf(text + n, sizeof text - n, " — VNS");
    size_t c = ivl_layout_before_credit(text, 0, strlen(text));
    CHECK(c == n, "credit of %zu bytes then ' — VNS' at %zu, want %zu", n, c, n);
    snprintf(text + n, sizeof text - n, " - VNA/VNS Photo");
    c = ivl_layout_before_credit(text, 0, strlen(text));
    CHECK(c == n, "credit of %zu bytes then ' - VNA/VNS Photo' at %zu, want %zu", n, c, n);
    /* a tail with "Photo" anywhere in it is a credit shorter than 80
    ** bytes, not from 80 (the longer ones are not searched) */
    for (size_t tail = 70; tail <= 90; tail++)
      for (size_t at = 0; at + 5 <= tail; at += 37) {
        memset(text, 'b', n);
        memcpy(text + n, " - ", 3);
        memset(text + n + 3, 'x', tail);
        memcpy(text + n + 3 + at, "Photo", 5);
        text[n + 3 + tail] = '\0';
        c = ivl_layout_before_credit(text, 0, strlen(text));
        CHECK(c == (tail < 80 ? n : strlen(text)), "a tail of %zu bytes, 'Photo' at %zu: %zu", tail, at, c);
      }
    memset(text, 'b', n);
    snprintf(text + n, sizeof text - n, " no dash here at all, none");
    c = ivl_layout_before_credit(text, 0, strlen(text));
    CHECK(c == strlen(text), "no credit in %zu bytes: %zu", strlen(text), c);
  }
}

/* A text of 'k' paragraphs, one a line, after a title and before a last
** one with a credit: its lines are on the stack for up to 256 (layout.c:
** LOCAL_LINES), allocated for more; the paragraphs and the source are the
** same either way. */
static void check_many_lines(size_t k) {
  size_t cap = 64 + k * 32, len = 0;
  char *t = malloc(cap);
  size_t *starts = malloc((k + 1) * sizeof *starts);
  len += (size_t)snprintf(t + len, cap - len, "Title here\n\n");
  for (size_t i = 0; i < k; i++) {
    starts[i] = len;
    len += (size_t)snprintf(t + len, cap - len, "  Paragraph %zu grew.\t\n", i);
    starts[i] += 2; /* trimmed */
  }
  starts[k] = len;
  len += (size_t)snprintf(t + len, cap - len, "Last one. — VNS\n");
  ivl_layout l;
  ivl_error err;
  CHECK(ivl_layout_parse(&l, t, len, &err) == IVL_OK, "%zu lines: layout parses", k);
  CHECK(l.paragraphs.n == k + 1, "%zu lines: %zu paragraphs", k, l.paragraphs.n);
  int same = l.paragraphs.n == k + 1;
  for (size_t i = 0; same && i <= k; i++) same = l.paragraphs.items[i].start == starts[i];
  for (size_t i = 0; same && i < k; i++) same = t[l.paragraphs.items[i].end - 1] == '.';
  CHECK(same, "%zu lines: each paragraph where it is written, trimmed", k);
  CHECK(l.has_title && l.has_source && memcmp(t + l.source.start, "VNS", 3) == 0, "%zu lines: title and source", k);
  ivl_layout_free(&l);
  free(starts);
  free(t);
}

/* ivl_date_iso writes what "%04u-%02u-%02u" of the year modulo 10000
** and month and day modulo 100 writes (digit by digit, not snprintf):
** every year from -20000 to 20000, every month and day from -3 to 130. */
static void check_date_iso(void) {
  int bad = 0;
  for (int y = -20000; y <= 20000 && !bad; y += 1 + (y > -100 && y < 10100 ? 0 : 7))
    for (int m = -3; m <= 130 && !bad; m += y % 97 == 0 ? 1 : 29)
      for (int d = -3; d <= 130 && !bad; d += y % 89 == 0 ? 1 : 31) {
        ivl_date date = {y, m, d, -1, -1};
        char got[11], want[11];
        memset(got, 'x', sizeof got);
        ivl_date_iso(&date, got);
        snprintf(want, sizeof want, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u, (unsigned)d % 100u);
        bad = memcmp(got, want, sizeof want) != 0;
        CHECK(!bad, "%d-%d-%d: '%.11s', want '%s'", y, m, d, got, want);
      }
}

/* {======== datelines against a reference ======== */

/* layout.c's dateline_at() as it was before its ASCII bytes were read by
** class (and the dash it asks about): the reference. */
static size_t ref_dash_at(const char *t, size_t end, size_t i) {
  if (i < end && t[i] == '-') return 1;
  if (i + 2 < end && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
      ((unsigned char)t[i + 2] == 0x93 || (unsigned char)t[i + 2] == 0x94))
    return 3;
  return 0;
}

static size_t ref_after_dateline(const char *t, size_t start, size_t end) {
  size_t i = start, last_upper = start;
  int uppers = 0, lowers = 0, word_start = 1;
  while (i < end) {
    size_t n;
    int32_t cp = ivl_utf8_decode(t + i, end - i, &n);
    utf8proc_category_t cat = cp < 0x80 ? (ivl_isupper(cp)   ? UTF8PROC_CATEGORY_LU
                                           : ivl_islower(cp) ? UTF8PROC_CATEGORY_LL
                                                             : UTF8PROC_CATEGORY_PO)
                                        : utf8proc_category(cp);
    if (cat == UTF8PROC_CATEGORY_LU) {
      uppers++;
      last_upper = i + n;
    } else if ((cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_MN) && !word_start) {
      lowers++;
      last_upper = i + n;
    } else if (!(cp == ' ' || cp == '.' || cp == '\'' || cp == '-' || cp == '&')) {
      break;
    }
    word_start = cp == ' ' || cp == '-';
    i += n;
  }
  if (uppers < 2 && !(uppers == 1 && lowers)) return start;
  size_t j = last_upper;
  while (j < end && t[j] == ' ') j++;
  if (j < end && t[j] == '(') {
    const char *close = memchr(t + j, ')', end - j);
    if (!close || close - (t + j) > 24) return start;
    j = (size_t)(close - t) + 1;
    while (j < end && t[j] == ' ') j++;
  } else if (lowers) {
    return start;
  }
  size_t d = ref_dash_at(t, end, j);
  if (!d || j == last_upper || j + d >= end || t[j + d] != ' ') return start;
  return j + d + 1;
}

static uint32_t dl_state = 99;
static uint32_t dl_rnd(uint32_t n) {
  dl_state = dl_state * 1103515245u + 12345u;
  return (dl_state >> 16) % n;
}

/* Datelines and near misses, and random texts of their pieces (capitals,
** Title Case, marks, agency tags, dashes, the bytes a place may hold and
** those it may not), read from every start to every end: the same place
** after the dateline as the reference finds. */
static void check_datelines(void) {
  static const char *const pieces[] = {
    "HÀ NỘI", "Hà Nội", "QUẢNG NINH", "HCM CITY", "Hanoi", "HANOI", "A", "a", "B.", "O'NEIL", "AT&T", "X-Y",
    "(VNA)", "(Reuters)", "(", ")", " — ", " – ", " - ", "—", "-", " ", "  ", ".", "'", "&", ",", "1", "\n",
    "Đ", "đ", "e\xCC\x81", "E\xCC\x81", "\xCC\x81", "É", "é", "The", "the", "VNS", "東京", "Ω", "ǅ"};
  static const char *const crafted[] = {
    "HÀ NỘI — x", "Hà Nội (VNA) — x", "B.a (VNA) — x", "B-a (VNA) — x", "B a (VNA) — x", "B'a (VNA) — x",
    "AT&T — x", "O'NEIL – x", "A.B. — x", "Ab (VNA) - x", "AB (VNA)- x", "AB —x", "AB —", "A — x",
    "HCM CITY (VNA) — ", "HÀ NỘI —", "Hà.nội (VNA) — x", "QUẢNG NINH—x", "É (VNA) — x", "E\xCC\x81" "B — x"};
  char text[256];
  for (size_t c = 0; c < sizeof crafted / sizeof *crafted; c++) {
    size_t len = strlen(crafted[c]);
    for (size_t e = 0; e <= len; e++) {
      size_t got = ivl_layout_after_dateline(crafted[c], 0, e), want = ref_after_dateline(crafted[c], 0, e);
      CHECK(got == want, "'%.*s': after the dateline %zu, the reference %zu", (int)e, crafted[c], got, want);
    }
  }
  for (int round = 0; round < 20000; round++) {
    text[0] = '\0';
    for (size_t k = dl_rnd(8); k > 0; k--)
      strncat(text, pieces[dl_rnd(sizeof pieces / sizeof *pieces)], sizeof text - strlen(text) - 1);
    size_t len = strlen(text);
    for (size_t s = 0; s <= len; s++) {
      if (((unsigned char)text[s] & 0xC0) == 0x80) continue; /* inside a character */
      for (size_t e = s; e <= len; e++) {
        if (e < len && ((unsigned char)text[e] & 0xC0) == 0x80) continue;
        size_t got = ivl_layout_after_dateline(text, s, e), want = ref_after_dateline(text, s, e);
        CHECK(got == want, "'%.*s' from %zu: after the dateline %zu, the reference %zu", (int)(e - s),
              text + s, s, got, want);
      }
    }
  }
}

/* }======== */

/* ivl_layout_wire_dateline looks back for the start of the line at most 96
** bytes (layout.c: line_start_after, sixteen and eight bytes at a time):
** datelines of capitals from 20 to 130 bytes long, after lines of every
** length to 40 (the line's start at every place against the blocks of
** sixteen) or at the text's start, asked at every byte up to past the
** dash. A dash is found from the line's start when it is at most 96 bytes
** back (not found: 0), and only before the dash. */
static void check_wire_line_starts(void) {
  static const size_t widths[] = {20, 79, 80, 95, 96, 97, 100, 112, 130};
  char text[400];
  for (size_t wi = 0; wi < sizeof widths / sizeof *widths; wi++)
    for (size_t before = 0; before <= 41; before++) {
      size_t n = 0;
      if (before <= 40) { /* a line of 'before' bytes, with a newline in it, then a line break */
        for (size_t i = 0; i < before; i++) text[n++] = i == before / 2 ? '\n' : (char)('a' + i % 26);
        text[n++] = '\n';
      } /* 41: the dateline at the text's start */
      size_t line = n;
      for (size_t k = 0; k < widths[wi]; k++) text[n++] = k % 6 == 5 ? ' ' : (char)('A' + k % 26);
      if (text[n - 1] == ' ') text[n - 1] = 'Z';
      size_t dash = n + 1;
      n += (size_t)snprintf(text + n, sizeof text - n, " \xE2\x80\x94 Text follows here.");
      for (size_t pos = line; pos <= dash + 2; pos++) {
        size_t want = pos < dash && pos - line <= 96 ? dash : 0;
        size_t got = ivl_layout_wire_dateline(text, n, pos);
        CHECK(got == want, "a dateline %zu wide after %zu bytes, at %zu: %zu, want %zu", widths[wi], before,
              pos - line, got, want);
      }
    }
}

int main(void) {
  check_emojis_between_sentences();
  check_name_again_after_suffix();
  check_reference_marks_after_stop();
  check_rupee_stop_not_sentence_end();
  check_yearless_post_stamps();
  check_wire_line_starts();
  check_date_iso();
  check_datelines();
  check_abbreviations();
  check_name_endings();
  check_job_ad_header();
  check_scans();
  for (size_t i = 0; i < sizeof dates / sizeof *dates; i++) {
    ivl_date d;
    int ok = ivl_parse_date_line(dates[i].line, strlen(dates[i].line), &d);
    CHECK(ok == dates[i].ok, "'%s': date line %d, want %d", dates[i].line, ok, dates[i].ok);
    if (ok && dates[i].ok)
      CHECK(d.year == dates[i].y && d.month == dates[i].m && d.day == dates[i].d &&
                d.hour == dates[i].hh,
            "'%s': %d-%d-%d %d", dates[i].line, d.year, d.month, d.day, d.hour);
  }
  CHECK(ivl_day_of_week(2023, 11, 17) == 4, "17 Nov 2023 was a Friday");
  CHECK(ivl_days_in_month(2024, 2) == 29 && ivl_days_in_month(2100, 2) == 28, "leap years");

  const char *p = "QUẢNG NINH — The province grew. — VNA/VNS";
  size_t after = ivl_layout_after_dateline(p, 0, strlen(p));
  CHECK(strncmp(p + after, "The province", 12) == 0, "text after the dateline");
  size_t credit = ivl_layout_before_credit(p, 0, strlen(p));
  CHECK(strncmp(p + credit, " — VNA", 8) == 0 || p[credit] == ' ', "credit found");
  const char *q = "HÀ NỘI (VNA) — Talks began.";
  CHECK(ivl_layout_after_dateline(q, 0, strlen(q)) > 0, "dateline with agency");
  const char *q2 = "Quảng Trị (VNA) – Exports rose.";
  CHECK(strncmp(q2 + ivl_layout_after_dateline(q2, 0, strlen(q2)), "Exports", 7) == 0,
        "a place in title case with an agency in brackets");
  const char *r = "The US-Việt Nam deal — signed today — matters.";
  CHECK(ivl_layout_after_dateline(r, 0, strlen(r)) == 0, "no dateline in a sentence");
  /* a wire's dateline: places, a day, an agency, a dash */
  const char *w = "Intro\nMANILA/HANOI, March 4 (Reuters) - Vietnam's firm plans to invest.";
  size_t wd = ivl_layout_wire_dateline(w, strlen(w), 6);
  CHECK(wd && strncmp(w + wd, "- Vietnam", 9) == 0, "a wire's dateline ends at its dash");
  CHECK(ivl_layout_wire_dateline(w, strlen(w), (size_t)(strstr(w, "Vietnam") - w)) == 0, "not after it");
  CHECK(ivl_layout_wire_dateline(q2, strlen(q2), 0) > 0, "a title-case place with an agency");
  CHECK(ivl_layout_wire_dateline(r, strlen(r), 0) == 0, "no wire dateline in a sentence");
  /* title case with no agency: only with its full date */
  const char *td = "Cần Thơ, August 7, 2025 - Exports rose.";
  size_t tdd = ivl_layout_wire_dateline(td, strlen(td), 0);
  CHECK(tdd && strncmp(td + tdd, "- Exports", 9) == 0, "a title-case place with a full date: %zu", tdd);
  const char *tn = "Cần Thơ, Hậu Giang - the two provinces grew.";
  CHECK(ivl_layout_wire_dateline(tn, strlen(tn), 0) == 0, "title-case places, no date, no agency");
  /* (or its day with no year, "Nov. 30": qday; the sentence starts after it) */
  const char *ty = "Cần Thơ, Nov. 7 - Exports rose.";
  size_t tyd = ivl_layout_wire_dateline(ty, strlen(ty), 0);
  CHECK(tyd && strncmp(ty + tyd, "- Exports", 9) == 0, "title case with a day but no year, no agency: %zu", tyd);
  CHECK(strncmp(ty + ivl_layout_after_dateline(ty, 0, strlen(ty)), "Exports", 7) == 0,
        "the sentence after a title-case dateline with its day");
  /* (and an outlet of a long name in brackets after the date; near miss:
  ** no date before the brackets) */
  const char *tl = "Đà Nẵng, March 2, 2026 (Vietnam Investment Review) – Exports rose.";
  CHECK(strncmp(tl + ivl_layout_after_dateline(tl, 0, strlen(tl)), "Exports", 7) == 0,
        "the sentence after a dated title-case dateline with a long outlet");
  const char *tb = "Đà Nẵng, the central city (a port) – exports rose.";
  CHECK(ivl_layout_after_dateline(tb, 0, strlen(tb)) == 0, "no dateline: brackets but no date");
  /* (not a day told with its weekday: a paragraph's sentence, no place) */
  const char *tw = "Last Friday, Nov. 13 - a day before the forum - LG said it would invest.";
  CHECK(ivl_layout_wire_dateline(tw, strlen(tw), 0) == 0, "a weekday and its day, no place");
  CHECK(ivl_layout_after_dateline(tw, 0, strlen(tw)) == 0, "no dateline before a weekday and its day");
  const char *tm = "Cần Thơ, August and September - exports rose.";
  CHECK(ivl_layout_wire_dateline(tm, strlen(tm), 0) == 0, "title case with months, no day");
  CHECK(ivl_layout_after_dateline(tm, 0, strlen(tm)) == 0, "no dateline before months with no day");
  /* an outlet's dateline of its day with its year and bracketed name, no
  ** place (set qweek7); near misses: no dash after the bracket, no year */
  const char *to = "July 16, 2026 (The Investor) – Exports rose.";
  size_t tod = ivl_layout_wire_dateline(to, strlen(to), 0);
  CHECK(tod && strncmp(to + tod, "– Exports", 11) == 0, "a day and an outlet in brackets: %zu", tod);
  ivl_date tdate;
  CHECK(ivl_layout_day_outlet(to, strlen(to), 0, &tdate) == tod && tdate.year == 2026 && tdate.day == 16,
        "the outlet's day");
  const char *tq = "July 16, 2026 (a Thursday) was the day exports rose.";
  CHECK(ivl_layout_wire_dateline(tq, strlen(tq), 0) == 0, "a date and a bracket, no dash");
  const char *tx = "July 16 (The Investor) – Exports rose.";
  CHECK(ivl_layout_day_outlet(tx, strlen(tx), 0, &tdate) == 0, "a day with no year");
  /* the outlet in brackets before the day with its year, then the dash
  ** (a trade association's page, set qweek59); near misses: a bracketed
  ** aside of a sentence, a day with no year, no dash after the day */
  const char *ta = "(Seafood.vasep.com.vn) December 3, 2026 – Exports rose.";
  size_t tad = ivl_layout_wire_dateline(ta, strlen(ta), 0);
  CHECK(tad && strncmp(ta + tad, "– Exports", 11) == 0, "an outlet in brackets, then its day: %zu", tad);
  CHECK(ivl_layout_bracket_outlet_day(ta, strlen(ta), 0, &tdate) == tad && tdate.year == 2026 && tdate.month == 12 &&
            tdate.day == 3,
        "the day after the bracketed outlet");
  const char *tny = "(Seafood.vasep.com.vn) December 3 – Exports rose.";
  CHECK(ivl_layout_bracket_outlet_day(tny, strlen(tny), 0, &tdate) == 0, "a bracketed outlet's day with no year");
  const char *tc = "(As of today) Exports rose – said the ministry.";
  CHECK(ivl_layout_wire_dateline(tc, strlen(tc), 0) == 0, "a bracketed aside, then a sentence");
  const char *tz = "(VASEP) December 3, 2026 was the day exports rose.";
  CHECK(ivl_layout_bracket_outlet_day(tz, strlen(tz), 0, &tdate) == 0, "a bracket and a day, no dash");
  /* Focus Taiwan's dateline: a day, the agency's acronym in brackets and
  ** the text after one space, no dash (set qweek61); near misses: an
  ** agency before its dash keeps the dash, a bracket of lower-case words,
  ** no day before the bracket */
  const char *tf = "Kaohsiung, Jan. 9 (CNA) Shoemakers said they would invest.";
  size_t tfd = ivl_layout_wire_dateline(tf, strlen(tf), 0);
  CHECK(tfd && strncmp(tf + tfd, " Shoemakers", 11) == 0, "an agency's dateline with no dash: %zu", tfd);
  CHECK(strncmp(tf + ivl_layout_after_dateline(tf, 0, strlen(tf)), "Shoemakers", 10) == 0,
        "the sentence after an agency's dateline with no dash");
  const char *tfr = "Kaohsiung, Jan. 9 (CNA) - Shoemakers said they would invest.";
  size_t tfrd = ivl_layout_wire_dateline(tfr, strlen(tfr), 0);
  CHECK(tfrd && strncmp(tfr + tfrd, "- Shoemakers", 12) == 0, "the dash after the agency: %zu", tfrd);
  const char *tfl = "Kaohsiung, Jan. 9 (a Friday) Shoemakers said they would invest.";
  CHECK(ivl_layout_wire_dateline(tfl, strlen(tfl), 0) == 0, "a bracket of no agency, no dash");
  CHECK(ivl_layout_after_dateline(tfl, 0, strlen(tfl)) == 0, "no dateline before a bracket of no agency");
  const char *tfn = "Kaohsiung, its port (CNA) Shoemakers said they would invest.";
  CHECK(ivl_layout_wire_dateline(tfn, strlen(tfn), 0) == 0, "an agency with no day before it");
  /* Andina's full stop after its tag ("Lima, Dec. 2 (ANDINA). – ...", set
  ** qweek75), and AIM's day before its month; near miss: a full stop after
  ** a bracket with no dash after it closes a sentence, no dateline */
  const char *tan1 = "Lima, Dec. 2 (ANDINA). \xE2\x80\x93 Miners said they would invest.";
  size_t tand = ivl_layout_wire_dateline(tan1, strlen(tan1), 0);
  CHECK(tand && strncmp(tan1 + tand, "\xE2\x80\x93 Miners", 9) == 0, "a full stop after the tag: %zu", tand);
  const char *tmz = "Maputo, 3 Dec (AIM) - Farmers said they would invest.";
  CHECK(strncmp(tmz + ivl_layout_after_dateline(tmz, 0, strlen(tmz)), "Farmers", 7) == 0,
        "the sentence after a day before its month");
  const char *tan2 = "Lima, Dec. 2 (ANDINA). Miners said they would invest.";
  CHECK(ivl_layout_wire_dateline(tan2, strlen(tan2), 0) == 0, "a full stop after a tag with no dash");
  const char *m = "The plant—licensed in September—employs 500 people.";
  CHECK(ivl_layout_wire_dateline(m, strlen(m), 20) == 0, "dashes inside a sentence");
  CHECK(ivl_layout_before_credit(r, 0, strlen(r)) == strlen(r), "no credit in a sentence");

  check_split("Mr. Tanaka arrived. He spoke.", 2);
  check_split("It grew 2.39 per cent. Exports rose.", 2);
  check_split("Castem Co. Ltd. opened. U.S. firms came.", 2);
  check_split("He said: \"It works.\" Then he left.", 2);
  check_split("Prices rose. 285 projects followed!", 2);
  check_split("one sentence without end", 1);

  static const size_t many[] = {0, 1, 200, 252, 253, 254, 255, 256, 600, 3000};
  for (size_t i = 0; i < sizeof many / sizeof *many; i++) check_many_lines(many[i]);

  ivl_layout l;
  ivl_error err;
  const char *art = "Title here\n\nMarch 1, 2024 - 10:00\nA caption. — VNA/VNS Photo\n\n"
                    "HÀ NỘI — First paragraph.\n\nLast one. — VNS\n\nE-paper\n";
  CHECK(ivl_layout_parse(&l, art, strlen(art), &err) == IVL_OK, "layout parses");
  CHECK(l.has_title && l.has_date && l.has_dateline && l.has_source, "all parts found");
  CHECK(l.captions.n == 1 && l.paragraphs.n == 2, "%zu captions, %zu paragraphs", l.captions.n,
        l.paragraphs.n);
  ivl_layout_free(&l);

  /* the date line under a byline or the outlet's name */
  const char *byl = "Port city draws chip makers\n\nThe Saigon Times\nBy Lan Anh\n\n"
                    "Thursday, 9/3/2023, 10:00 GMT+7\n\nThe city licensed two projects.\n";
  CHECK(ivl_layout_parse(&l, byl, strlen(byl), &err) == IVL_OK, "layout parses");
  CHECK(l.has_title && l.has_date && l.date.year == 2023 && l.date.month == 3 && l.date.day == 9,
        "date line after a byline: %d-%d-%d", l.date.year, l.date.month, l.date.day);
  CHECK(l.paragraphs.n == 1, "%zu paragraphs after the date line", l.paragraphs.n);
  ivl_layout_free(&l);
  /* a byline over a paragraph that opens with a dated dateline is no
  ** paragraph: the dateline opens the body (qprofile-02) */
  const char *over = "Brewer turns 30 in the delta\n\nBy Thu Hà, The Saigon Times\n\n"
                     "CẦN THƠ, March 3, 2025 — The brewer will add a line.\n\nIt has 900 staff.\n";
  CHECK(ivl_layout_parse(&l, over, strlen(over), &err) == IVL_OK, "layout parses");
  CHECK(l.has_title && l.paragraphs.n == 2 && memcmp(over + l.paragraphs.items[0].start, "CẦN", 4) == 0,
        "byline over a dateline: %zu paragraphs", l.paragraphs.n);
  ivl_layout_free(&l);
  /* a caption credited to its outlet over the dateline stays a caption */
  const char *cap = "Brewer turns 30\n\nThe new brewhouse. — VNS Photo\n\nCẦN THƠ — The brewer will add a line.\n";
  CHECK(ivl_layout_parse(&l, cap, strlen(cap), &err) == IVL_OK && l.paragraphs.n == 1 && l.captions.n == 1,
        "caption over a dateline: %zu paragraphs, %zu captions", l.paragraphs.n, l.captions.n);
  ivl_layout_free(&l);
  /* a short line over a paragraph with no dateline stays a paragraph */
  const char *plain = "Brewer turns 30\n\nA look back\n\nThe brewer will add a line.\n";
  CHECK(ivl_layout_parse(&l, plain, strlen(plain), &err) == IVL_OK && l.paragraphs.n == 2,
        "short line over a plain paragraph: %zu paragraphs", l.paragraphs.n);
  ivl_layout_free(&l);
  /* or closing the article */
  const char *end = "Port city draws chip makers\n\nThe city licensed two projects on Friday.\n\n"
                    "Posted on 10/03/2023\nShare\n";
  CHECK(ivl_layout_parse(&l, end, strlen(end), &err) == IVL_OK && l.has_date && l.date.day == 10 &&
            l.date.month == 3 && l.paragraphs.n == 1,
        "closing date line");
  ivl_layout_free(&l);
  /* the headlines of other articles under "Related news" are no paragraphs
  ** of this one; a "Related" heading over a long paragraph heads none */
  /* the headlines of other articles under "Read more:" are no paragraphs
  ** of this one, nor a link to one in the body; a "Related" heading over a
  ** long paragraph heads none; captions credited by a sentence of their own */
  static const struct { const char *body; size_t paragraphs, captions; } bodies[] = {
    {"Read more:\n- Samsung to invest $2 billion in Thái Nguyên\n- Japan's Aeon opens mall in Hà Nội.\n", 1, 0},
    {"Read more: Samsung to invest $2 billion in Thái Nguyên\n\nBoth make chips.\n", 2, 0},
    {"Related news: Samsung to invest $2 billion in Thái Nguyên\n\nBoth make chips.\n", 2, 0},
    /* (near miss: a sentence that opens with the words is a paragraph) */
    {"Related news reports said Samsung would invest $2 billion.\n\nBoth make chips.\n", 3, 0},
    {"Workers at a plant in the city. Photo by VnExpress/Giang Huy\n\nBoth make chips.\n\n"
     "A new port opened in May (Photo: VIR)\n", 2, 2},
    {"Related\n\nThe related projects, a port and two parks worth $900 million in all, were licensed to firms "
     "from Japan, Korea and Singapore, which have invested in the city since the early 1990s and plan to add "
     "more capital next year.\n", 3, 0},
  };
  for (size_t i = 0; i < sizeof bodies / sizeof *bodies; i++) {
    char text[600];
    snprintf(text, sizeof text, "Port city draws chip makers\n\nThe city licensed two projects.\n\n%s", bodies[i].body);
    CHECK(ivl_layout_parse(&l, text, strlen(text), &err) == IVL_OK && l.paragraphs.n == bodies[i].paragraphs &&
              l.captions.n == bodies[i].captions,
          "'%s': %zu paragraphs, %zu captions", bodies[i].body, l.paragraphs.n, l.captions.n);
    ivl_layout_free(&l);
  }
  /* a headline closed by a bracket ("(Nov 24-30)") is the headline when a
  ** date line comes under it; a first paragraph closed so, with none, is not */
  const char *week = "Week in review (Nov 24-30)\n\nSunday, November 30, 2025 - 19:05\n\n"
                     "The main stories.\n\n- Monday: A.\n\n- Tuesday: B.\n";
  CHECK(ivl_layout_parse(&l, week, strlen(week), &err) == IVL_OK && l.has_title && l.has_date &&
            l.date.year == 2025 && l.date.day == 30 && l.paragraphs.n == 3,
        "bracket headline: date %d-%d-%d, %zu paragraphs", l.date.year, l.date.month, l.date.day,
        l.paragraphs.n);
  ivl_layout_free(&l);
  /* a date line right under a lede credited to its outlet ("VIR - X will
  ** buy ...", then "Published: March 3, 2026"): the article's date, the
  ** lede a paragraph and the date line none; further down it is none */
  const char *lede = "Port group buys Lao depot\n\nVIR - Tân Cảng Logistics will buy a dry port in Laos.\n\n"
                     "Published: March 3, 2026\n\nThe deal closes in May.\n";
  CHECK(ivl_layout_parse(&l, lede, strlen(lede), &err) == IVL_OK && l.has_title && l.has_date &&
            l.date.year == 2026 && l.date.month == 3 && l.date.day == 3 && l.paragraphs.n == 2,
        "date line under the lede: date %d-%d-%d, %zu paragraphs", l.date.year, l.date.month, l.date.day,
        l.paragraphs.n);
  ivl_layout_free(&l);
  /* qdefence: a byline with its date under a lede of no outlet's
  ** (VnExpress) dates the article; near miss: a bare date line there
  ** (below, "a date line further down") does not */
  const char *byline = "Port group buys Lao depot\n\nTân Cảng Logistics will buy a dry port in Laos.\n\n"
                       "By Minh Tâm   March 3, 2026 | 04:12 pm GMT+7\n\nThe deal closes in May.\n";
  CHECK(ivl_layout_parse(&l, byline, strlen(byline), &err) == IVL_OK && l.has_title && l.has_date &&
            l.date.year == 2026 && l.date.month == 3 && l.date.day == 3 && l.paragraphs.n == 2,
        "byline under the lede: date %d-%d-%d, %zu paragraphs", l.date.year, l.date.month, l.date.day,
        l.paragraphs.n);
  ivl_layout_free(&l);
  const char *later = "Port group buys Lao depot\n\nTân Cảng Logistics will buy a dry port in Laos.\n\n"
                      "The deal closes in May.\n\nMarch 3, 2026\n\nIt was signed in Vientiane.\n";
  CHECK(ivl_layout_parse(&l, later, strlen(later), &err) == IVL_OK && l.paragraphs.n == 4,
        "a date line further down is no lede's: %zu paragraphs", l.paragraphs.n);
  ivl_layout_free(&l);
  const char *para = "The city licensed two projects (both Korean).\n\nThe other was a port.\n";
  CHECK(ivl_layout_parse(&l, para, strlen(para), &err) == IVL_OK && !l.has_title && !l.has_date &&
            l.paragraphs.n == 2,
        "a first paragraph closed by a bracket is no headline");
  ivl_layout_free(&l);
  /* a question or an exclamation over a paragraph that opens with a
  ** dateline (with a date or not) is the headline; a question over a
  ** paragraph without one is the body's first paragraph */
  const char *ask = "Can Đà Nẵng win the chip race?\n\nĐÀ NẴNG, May 4, 2025 — Three chip firms opened offices.\n\n"
                    "Each plans a plant.\n";
  CHECK(ivl_layout_parse(&l, ask, strlen(ask), &err) == IVL_OK && l.has_title && l.paragraphs.n == 2,
        "question headline: title %d, %zu paragraphs", l.has_title, l.paragraphs.n);
  ivl_layout_free(&l);
  const char *shout = "Record year for Hải Phòng!\n\nHẢI PHÒNG (VNA) – The port city drew $3 billion.\n";
  CHECK(ivl_layout_parse(&l, shout, strlen(shout), &err) == IVL_OK && l.has_title && l.paragraphs.n == 1,
        "exclamation headline: title %d, %zu paragraphs", l.has_title, l.paragraphs.n);
  ivl_layout_free(&l);
  const char *asked = "What will the city build next?\n\nThe city licensed two projects.\n";
  CHECK(ivl_layout_parse(&l, asked, strlen(asked), &err) == IVL_OK && !l.has_title && l.paragraphs.n == 2,
        "a question over a paragraph without a dateline is the body's");
  ivl_layout_free(&l);
  /* qstate: a deck (a second headline, longer than a byline) between the
  ** headline and the date line; near miss: a first paragraph with no date
  ** line under it stays the body's */
  const char *deck = "Lender buys into state builder\n\nA city-owned construction firm sells 30% to a Korean bank and "
                     "a local fund before listing\n\nMarch 4, 2026 09:10 JST\n\nThe deal closed.\n";
  CHECK(ivl_layout_parse(&l, deck, strlen(deck), &err) == IVL_OK && l.has_title && l.has_date &&
            l.date.year == 2026 && l.date.month == 3 && l.date.day == 4 && l.paragraphs.n == 1,
        "deck: date %d-%d-%d, %zu paragraphs", l.date.year, l.date.month, l.date.day, l.paragraphs.n);
  ivl_layout_free(&l);
  /* qhead: a kicker (a section or outlet label) above the headline makes
  ** the line under it the headline, not a deck; near miss: a short
  ** headline in sentence case over a deck keeps its place */
  const char *kicked = "Business | Investment\n\nHải Phòng: Korean Firm To Build $90m Plant\n\nBy Lan Anh   May 5, "
                       "2026 | 09:10 am GMT+7\n\nThe plant opens in 2027.\n";
  CHECK(ivl_layout_parse(&l, kicked, strlen(kicked), &err) == IVL_OK && l.has_title && l.has_date &&
            l.title.start == 23 && l.paragraphs.n == 1,
        "kicker: title at %u, %zu paragraphs", (unsigned)l.title.start, l.paragraphs.n);
  ivl_layout_free(&l);
  /* (fix82b) a breadcrumb trail over the headline, no date line: the
  ** line under the trail is the headline, no paragraph; near misses: a
  ** trail over a first paragraph that is a sentence, and a trail over a
  ** heading over another heading (no paragraph under the headline) */
  const char *crumbs = "Home > News > Releases\n\nDelta Foods puts $9m into Cần Thơ mill\n\nCẦN THƠ - Delta Foods "
                       "said on Monday it would build a mill.\n";
  CHECK(ivl_layout_parse(&l, crumbs, strlen(crumbs), &err) == IVL_OK && l.has_title && l.title.start == 24 &&
            l.paragraphs.n == 1,
        "breadcrumbs: title at %u, %zu paragraphs", (unsigned)l.title.start, l.paragraphs.n);
  ivl_layout_free(&l);
  const char *crumbs_body = "Home > News\n\nDelta Foods will build a mill in Cần Thơ.\n\nIt opens in 2027.\n";
  CHECK(ivl_layout_parse(&l, crumbs_body, strlen(crumbs_body), &err) == IVL_OK && l.has_title &&
            l.title.start == 0 && l.paragraphs.n == 2,
        "breadcrumbs over a sentence: title at %u, %zu paragraphs", (unsigned)l.title.start, l.paragraphs.n);
  ivl_layout_free(&l);
  const char *crumbs_heads = "Home > Tenants\n\nTENANT DIRECTORY\n\nDelta Foods | Japan | $9 million\n";
  CHECK(ivl_layout_parse(&l, crumbs_heads, strlen(crumbs_heads), &err) == IVL_OK && l.title.start == 0,
        "breadcrumbs over headings: title at %u", (unsigned)l.title.start);
  ivl_layout_free(&l);
  const char *section = "ECONOMY\n\nFDI Inflows Top $2bn In Quarter\n\nApril 2, 2026\n\nThe figure rose.\n";
  CHECK(ivl_layout_parse(&l, section, strlen(section), &err) == IVL_OK && l.has_title && l.title.start == 9,
        "capitals kicker: title at %u", (unsigned)l.title.start);
  ivl_layout_free(&l);
  CHECK(ivl_layout_parse(&l, deck, strlen(deck), &err) == IVL_OK && l.has_title && l.title.start == 0,
        "a headline over a deck is no kicker: title at %u", (unsigned)l.title.start);
  ivl_layout_free(&l);
  const char *nodeck = "Lender buys into state builder\n\nA city-owned construction firm sells 30% to a Korean bank "
                       "and a local fund before listing\n\nThe deal closed.\n";
  CHECK(ivl_layout_parse(&l, nodeck, strlen(nodeck), &err) == IVL_OK && !l.has_date && l.paragraphs.n == 2,
        "no date line under the deck: %zu paragraphs", l.paragraphs.n);
  ivl_layout_free(&l);
  const char *mid = "Port city draws chip makers\n\nThe city licensed two projects.\n\n"
                    "March 9, 2023 - 10:00\n\nIt was the largest deal this year.\n\nMore to come soon.\n"
                    "Third line.\n\nFourth line.\n";
  CHECK(ivl_layout_parse(&l, mid, strlen(mid), &err) == IVL_OK && !l.has_date,
        "no date line in the middle of the body");
  ivl_layout_free(&l);
  /* qweek70: a standfirst, a deck written as a sentence with its full
  ** stop and longer than a byline, over the date line (Globes' "2 Dec,
  ** 2026 16:45"); near miss: the short sentence above ("The city licensed
  ** two projects.") is the body's, as before */
  const char *standfirst = "Negev Water wins $30m deal in Vietnam\nThe Israeli water company will also open its first "
                           "plant outside Israel, in the Mekong Delta.\n3 Dec, 2026 10:20\nBy Dana Levi\n\n"
                           "The deal was signed on Tuesday.\n";
  CHECK(ivl_layout_parse(&l, standfirst, strlen(standfirst), &err) == IVL_OK && l.has_title && l.has_date &&
            l.date.year == 2026 && l.date.month == 12 && l.date.day == 3 && l.paragraphs.n == 1,
        "standfirst: date %d-%d-%d, %zu paragraphs", l.date.year, l.date.month, l.date.day, l.paragraphs.n);
  ivl_layout_free(&l);
  /* qweek73: a byline closing on its outlet in brackets ("Maria Santos
  ** (The Manila Times)") over the date line ("Manila   ●   Mon, May 4,
  ** 2026", the Jakarta Post's shape) dates the article; near miss: a
  ** short line whose bracket holds a full stop is a sentence's, and the
  ** bare date under it stays the body's */
  const char *bracketed = "Rice trader opens Manila office\n\nMaria Santos (The Manila Times)\n"
                          "Manila   \xE2\x97\x8F   Mon, May 4, 2026\n\nThe office opened on Friday.\n";
  CHECK(ivl_layout_parse(&l, bracketed, strlen(bracketed), &err) == IVL_OK && l.has_title && l.has_date &&
            l.date.year == 2026 && l.date.month == 5 && l.date.day == 4 && l.paragraphs.n == 1,
        "bracketed byline: date %d-%d-%d, %zu paragraphs", l.date.year, l.date.month, l.date.day, l.paragraphs.n);
  ivl_layout_free(&l);
  const char *dotted = "Rice trader opens Manila office\n\nSales rose (Jan.-Oct.)\nMay 4, 2026\n\nThe office opened.\n\n"
                       "More to come soon.\nThird line.\n\nFourth line.\n";
  CHECK(ivl_layout_parse(&l, dotted, strlen(dotted), &err) == IVL_OK && !l.has_date,
        "a bracket with a full stop is no byline's");
  ivl_layout_free(&l);
  /* qweek90: a bilingual newsletter's issue line, its Vietnamese in
  ** brackets ("Issue No. 12 (S\xe1\xbb\x91 12)"), over the date line: the
  ** full stop of "No." before its number ends no sentence, and the date
  ** line dates the article; near miss: "Sales rose (Jan.-Oct.)" above, a
  ** full stop before no number, stays a sentence's */
  const char *issue = "EUROCHAM BRIEF | B\xe1\xba\xa2N TIN\nIssue No. 12 (S\xe1\xbb\x91 12)\n\n"
                      "Hanoi, 14/10/2026\n\nThe office opened on Friday.\n";
  CHECK(ivl_layout_parse(&l, issue, strlen(issue), &err) == IVL_OK && l.has_title && l.has_date &&
            l.date.year == 2026 && l.date.month == 10 && l.date.day == 14 && l.paragraphs.n == 1,
        "issue line: date %d-%d-%d, %zu paragraphs", l.date.year, l.date.month, l.date.day, l.paragraphs.n);
  ivl_layout_free(&l);
  /* qweek95: a headline closing on a quoted phrase, its mark right after
  ** a word, over a day-first date line with a clock ("04/12/2026, 11:02"):
  ** the headline, and the date line dates the article; near miss: a
  ** first line closing on a quoted sentence ('."') is the body's first
  ** paragraph, and the date under it no date line */
  const char *quoted = "Packer calls Vietnam its \"second home\"\n\n04/12/2026, 11:02\n\n"
                       "The plant opened on Friday.\n";
  CHECK(ivl_layout_parse(&l, quoted, strlen(quoted), &err) == IVL_OK && l.has_title && l.has_date &&
            l.date.year == 2026 && l.date.month == 12 && l.date.day == 4 && l.paragraphs.n == 1,
        "quoted headline: date %d-%d-%d, %zu paragraphs", l.date.year, l.date.month, l.date.day, l.paragraphs.n);
  ivl_layout_free(&l);
  const char *said = "He said: \"Vietnam is our second home.\"\n\n04/12/2026, 11:02\n\n"
                     "The plant opened on Friday.\n";
  CHECK(ivl_layout_parse(&l, said, strlen(said), &err) == IVL_OK && !l.has_title,
        "a quoted sentence is no headline");
  ivl_layout_free(&l);
  /* qweek92: an issuer's line in capitals over a release's headline, its
  ** dash no dateline's, and the body opening on a dateline with its day:
  ** the headline is the title and the dateline opens the body (and dates
  ** the article); near
  ** misses: a dateline paragraph opening the file (no header), a headline
  ** in capitals over a lede with no dateline (the lede stays the body's) */
  const char *rel = "PETROVIETNAM GAS (PV GAS) - NEWS RELEASE\n\nPV GAS opens a terminal in the south\n\n"
                    "Hanoi, November 12, 2026 - On November 11, the firm opened a terminal.\n";
  CHECK(ivl_layout_parse(&l, rel, strlen(rel), &err) == IVL_OK && l.has_title &&
            strncmp(rel + l.title.start, "PV GAS opens", 12) == 0 && l.has_dateline &&
            strncmp(rel + l.dateline.start, "Hanoi", 5) == 0 && l.paragraphs.n == 1,
        "issuer line over a headline: %zu paragraphs", l.paragraphs.n);
  ivl_layout_free(&l);
  const char *bare = "QU\xe1\xba\xa2NG NINH \xe2\x80\x94 The province licensed a plant.\n\nIt opened.\n";
  CHECK(ivl_layout_parse(&l, bare, strlen(bare), &err) == IVL_OK && !l.has_title && l.has_dateline &&
            l.paragraphs.n == 2,
        "a dateline paragraph first: no header");
  ivl_layout_free(&l);
  const char *caps = "EVN SIGNS THREE PPAS - A RECORD\n\nEVN signed three deals on Monday.\n";
  CHECK(ivl_layout_parse(&l, caps, strlen(caps), &err) == IVL_OK && l.paragraphs.n == 1 &&
            strncmp(caps + l.paragraphs.items[0].start, "EVN signed", 10) == 0,
        "a headline in capitals over a lede with no dateline");
  ivl_layout_free(&l);
  /* qweek91: a trade paper's stack of heading lines over its date line,
  ** none closed as a sentence (outlet, section, a headline longer than a
  ** byline, a standfirst, the byline): the date line dates the article;
  ** near miss: a line closed as a sentence among them is the body's, and
  ** the date under it no date line */
  const char *stack = "Shipping Weekly\n\nTerminals and Ports\n\nHarbour group and river carrier join forces for a new "
                      "deepwater berth in the south\n\nSingapore operator to take a majority stake in the first phase "
                      "of the delta gateway\n\nAnna Lee, Asia Editor\n11 Mar 2026\n\nThe deal was signed on Tuesday.\n";
  CHECK(ivl_layout_parse(&l, stack, strlen(stack), &err) == IVL_OK && l.has_title && l.has_date &&
            l.date.year == 2026 && l.date.month == 3 && l.date.day == 11 && l.paragraphs.n == 1,
        "heading stack: date %d-%d-%d, %zu paragraphs", l.date.year, l.date.month, l.date.day, l.paragraphs.n);
  ivl_layout_free(&l);
  const char *closed = "Shipping Weekly\n\nTerminals and Ports\n\nThe harbour group and a river carrier signed a "
                       "deal for a new deepwater berth in the south.\n\n11 Mar 2026\n\n"
                       "The deal was signed on Tuesday.\n\nThe berth opens in 2028.\n\nMore to come.\n";
  CHECK(ivl_layout_parse(&l, closed, strlen(closed), &err) == IVL_OK && !l.has_date,
        "a sentence among the heading lines: no date line");
  ivl_layout_free(&l);
  /* qweek91: a release's label over its headline, no date line, then the
  ** dateline's paragraph ("Vung Tau, Ba Ria-Vung Tau, 3 March 2026 –"):
  ** the headline is the title and the body opens on the dateline; near
  ** miss: with no dateline under the headline, the label stays the title
  ** and the headline the first paragraph, as before */
  const char *release = "NEWS RELEASE\n\nHARBOUR GROUP SIGNS BERTH DEAL WITH RIVER CARRIER\n\n"
                        "Vung Tau, Ba Ria-Vung Tau, 3 March 2026 \xE2\x80\x93 The group signed a deal.\n";
  CHECK(ivl_layout_parse(&l, release, strlen(release), &err) == IVL_OK && l.has_title && l.title.start == 14 &&
            l.paragraphs.n == 1 && strncmp(release + l.paragraphs.items[0].start, "Vung Tau", 8) == 0,
        "release label: title at %u, %zu paragraphs", (unsigned)l.title.start, l.paragraphs.n);
  ivl_layout_free(&l);
  const char *unlabelled = "NEWS RELEASE\n\nHarbour group signs berth deal\n\nThe group signed a deal on Monday.\n";
  CHECK(ivl_layout_parse(&l, unlabelled, strlen(unlabelled), &err) == IVL_OK && l.has_title && l.title.start == 0 &&
            l.paragraphs.n == 2,
        "no dateline under the headline: title at %u, %zu paragraphs", (unsigned)l.title.start, l.paragraphs.n);
  ivl_layout_free(&l);
  /* qweek73: an outlet's web name before its city ("KOMPAS.COM, Medan -
  ** "): the text starts after the dash; near misses: dotted initials
  ** ("U.S., Japan - ") and a web name with no dash after its city */
  const char *web = "KOMPAS.COM, Medan - The plant opened.";
  CHECK(ivl_layout_after_dateline(web, 0, strlen(web)) == 20, "web outlet dateline: %zu",
        ivl_layout_after_dateline(web, 0, strlen(web)));
  const char *initials = "U.S., Japan - talks resume.", *nodash = "KOMPAS.COM, Medan said the plant opened.";
  CHECK(ivl_layout_after_dateline(initials, 0, strlen(initials)) == 0 &&
            ivl_layout_after_dateline(nodash, 0, strlen(nodash)) == 0,
        "no web outlet dateline");
  /* TASS's dateline (set qweek74): a yearless day, then the slashed
  ** agency closed by a full stop where the others put a dash. Near misses:
  ** a slashed tag with neither stop nor dash, a sentence's "and/or." */
  const char *tt = "MOSCOW, April 9. /TASS/. Exporters said they would invest.";
  size_t ttd = ivl_layout_wire_dateline(tt, strlen(tt), 0);
  CHECK(ttd && strncmp(tt + ttd, ". Exporters", 11) == 0, "TASS's stop after its slashed tag: %zu", ttd);
  const char *ttn = "MOSCOW, April 9. /TASS/ Exporters said they would invest.";
  CHECK(ivl_layout_wire_dateline(ttn, strlen(ttn), 0) == 0, "a slashed tag with no stop nor dash");
  const char *tto = "EXPORTERS, PORTS /AND/. Exporters said they would invest.";
  CHECK(ivl_layout_wire_dateline(tto, strlen(tto), 0) == 0, "capitals and a slashed word, no day");
  /* ANSA's English dateline (set qweek87): the bracketed tag and a dash
  ** before the place and its day; the dateline ends at the second dash.
  ** Near misses: a tag and a dash with no place and day after them, a
  ** bracket that is no agency's acronym */
  const char *an = "(ANSA) - MILAN, NOV 14 - Exporters said they would invest.";
  size_t and_ = ivl_layout_wire_dateline(an, strlen(an), 0);
  CHECK(and_ && strncmp(an + and_, "- Exporters", 11) == 0, "ANSA's tag before its place: %zu", and_);
  const char *ann = "(ANSA) - Exporters said on NOV 14 they would invest.";
  CHECK(ivl_layout_wire_dateline(ann, strlen(ann), 0) == 0, "a tag and a dash, then a sentence");
  const char *ano = "(a note) - MILAN, NOV 14 - Exporters said they would invest.";
  CHECK(ivl_layout_wire_dateline(ano, strlen(ano), 0) == 0, "a bracket that is no agency's");
  return check_done();
}
