/*
** money.c
** The money rule: amounts with a currency written before ("US$80 million",
** "VNĐ1.5 trillion", "€72.3 million") or after ("5 billion yen",
** "1.5 billion USD", "50 cents"). One table of currency forms is the source
** of both the pattern's alternations and the normaliser's lookup.
**
** The pattern (builtin.c) has the groups: 1 currency before, 2 number,
** 3 second number of a range ("$10-15 million"), 4 magnitude, 5 currency
** after.
*/
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fragments.h"
#include "number.h"
#include "extractors.h"
#include "rules.h"
#include "symbols.h"
#include "utf8.h"
#include "util.h"

enum { G_PRE = 1, G_NUM, G_NUM2, G_MAG, G_POST, G_POSTMAG, G_TAIL, G_SUBUNIT };

typedef enum { BEFORE = 1, AFTER = 2, EITHER = 3 } placement;

typedef struct currency_form {
  const char *form; /* as written; see append_form for how case is compared */
  const char *code; /* ISO 4217 */
  placement where;
  double factor; /* cents and pence are hundredths */
} currency_form;

static const currency_form currencies[] = {
  /* symbols and prefixed dollars */
  {"US$", "USD", BEFORE, 1}, {"U.S.$", "USD", BEFORE, 1}, {"USD$", "USD", BEFORE, 1},
  {"$", "USD", EITHER, 1}, {"S$", "SGD", BEFORE, 1}, {"NT$", "TWD", BEFORE, 1},
  {"A$", "AUD", BEFORE, 1}, {"AU$", "AUD", BEFORE, 1}, {"HK$", "HKD", BEFORE, 1},
  {"C$", "CAD", BEFORE, 1}, {"CA$", "CAD", BEFORE, 1}, {"CAD$", "CAD", BEFORE, 1},
  {"NZ$", "NZD", BEFORE, 1}, {"Mex$", "MXN", BEFORE, 1}, {"R$", "BRL", BEFORE, 1},
  {"€", "EUR", EITHER, 1}, {"£", "GBP", EITHER, 1}, {"¥", "JPY", EITHER, 1},
  {"₩", "KRW", EITHER, 1}, {"₫", "VND", EITHER, 1}, {"₭", "LAK", EITHER, 1},
  {"₹", "INR", EITHER, 1}, {"฿", "THB", EITHER, 1}, {"₱", "PHP", EITHER, 1},
  {"元", "CNY", AFTER, 1}, {"¢", "USD", AFTER, 0.01},
  /* ISO codes and their local spellings, either side */
  {"VNĐ", "VND", EITHER, 1}, {"VND", "VND", EITHER, 1}, {"USD", "USD", EITHER, 1},
  {"EUR", "EUR", EITHER, 1}, {"JPY", "JPY", EITHER, 1}, {"KRW", "KRW", EITHER, 1},
  {"AUD", "AUD", EITHER, 1}, {"SGD", "SGD", EITHER, 1}, {"CNY", "CNY", EITHER, 1},
  {"RMB", "CNY", EITHER, 1}, {"GBP", "GBP", EITHER, 1}, {"TWD", "TWD", EITHER, 1},
  {"THB", "THB", EITHER, 1}, {"HKD", "HKD", EITHER, 1}, {"CAD", "CAD", EITHER, 1},
  {"CHF", "CHF", EITHER, 1}, {"MYR", "MYR", EITHER, 1}, {"IDR", "IDR", EITHER, 1},
  {"INR", "INR", EITHER, 1}, {"PHP", "PHP", EITHER, 1}, {"LAK", "LAK", EITHER, 1},
  {"KHR", "KHR", EITHER, 1}, {"NZD", "NZD", EITHER, 1}, {"MXN", "MXN", EITHER, 1},
  {"Rs.", "INR", BEFORE, 1}, {"Rs", "INR", BEFORE, 1}, {"Rp", "IDR", BEFORE, 1},
  {"RM", "MYR", EITHER, 1}, {"US $", "USD", BEFORE, 1}, {"U.S $", "USD", BEFORE, 1},
  {"U.S. $", "USD", BEFORE, 1}, {"C $", "CAD", BEFORE, 1}, {"HK $", "HKD", BEFORE, 1},
  {"MXN$", "MXN", BEFORE, 1}, {"AUD$", "AUD", BEFORE, 1}, {"NZD$", "NZD", BEFORE, 1},
  {"₡", "CRC", EITHER, 1}, {"₾", "GEL", EITHER, 1}, {"₺", "TRY", EITHER, 1},
  {"₴", "UAH", EITHER, 1}, {"₪", "ILS", EITHER, 1}, {"₽", "RUB", EITHER, 1},
  {"KWD", "KWD", EITHER, 1}, {"LBP", "LBP", EITHER, 1}, {"EGP", "EGP", EITHER, 1},
  {"QAR", "QAR", EITHER, 1}, {"SAR", "SAR", EITHER, 1}, {"AED", "AED", EITHER, 1},
  {"BGN", "BGN", EITHER, 1}, {"ILS", "ILS", EITHER, 1}, {"MNT", "MNT", EITHER, 1},
  {"UAH", "UAH", EITHER, 1}, {"TRY", "TRY", EITHER, 1}, {"RUB", "RUB", EITHER, 1},
  {"BRL", "BRL", EITHER, 1}, {"ZAR", "ZAR", EITHER, 1}, {"SEK", "SEK", EITHER, 1},
  {"NOK", "NOK", EITHER, 1}, {"DKK", "DKK", EITHER, 1}, {"PLN", "PLN", EITHER, 1},
  {"CZK", "CZK", EITHER, 1}, {"HUF", "HUF", EITHER, 1}, {"BND", "BND", EITHER, 1},
  {"MMK", "MMK", EITHER, 1}, {"BDT", "BDT", EITHER, 1}, {"PKR", "PKR", EITHER, 1},
  {"LKR", "LKR", EITHER, 1}, {"NPR", "NPR", EITHER, 1}, {"BHD", "BHD", EITHER, 1},
  {"OMR", "OMR", EITHER, 1}, {"JOD", "JOD", EITHER, 1},
  /* the Gulf's, Türkiye's and Israel's own press write their money's short
  ** forms: "Dh4.04 billion", "SR750 million", "QR1.46bn", "KD1.2 billion",
  ** "BD50 million", "RO20 million", "TL 18.4 billion", "NIS 640 million" */
  {"Dhs", "AED", BEFORE, 1}, {"Dh", "AED", BEFORE, 1}, {"SR", "SAR", BEFORE, 1},
  {"QR", "QAR", BEFORE, 1}, {"KD", "KWD", BEFORE, 1}, {"BD", "BHD", BEFORE, 1},
  {"RO", "OMR", BEFORE, 1}, {"TL", "TRY", EITHER, 1}, {"NIS", "ILS", EITHER, 1},
  /* the Philippine press writes its peso as a bare capital P: "P3.4 billion",
  ** "a P2-billion term loan" (Inquirer, Philstar; set qweek73): money only
  ** with its magnitude, see one_letter_bare */
  {"P", "PHP", BEFORE, 1},
  /* the African and Latin American press's own short forms (set qweek75):
  ** "N150 billion", "R1.2bn", "KSh3.9bn", "S/ 1.1 billion", "E£1.9bn"; a
  ** bare letter only before a magnitude (one_letter_bare) */
  {"N", "NGN", BEFORE, 1}, {"₦", "NGN", EITHER, 1}, {"R", "ZAR", BEFORE, 1},
  {"KSh", "KES", BEFORE, 1}, {"KShs", "KES", BEFORE, 1}, {"S/.", "PEN", BEFORE, 1},
  {"S/", "PEN", BEFORE, 1}, {"E£", "EGP", BEFORE, 1}, {"NGN", "NGN", EITHER, 1},
  {"KES", "KES", EITHER, 1}, {"PEN", "PEN", EITHER, 1}, {"CLP", "CLP", EITHER, 1},
  {"ARS", "ARS", EITHER, 1}, {"COP", "COP", EITHER, 1}, {"MZN", "MZN", EITHER, 1},
  /* the Bangladeshi press's taka, mostly in crore or lakh: "Tk 1,320
  ** crore", "Tk. 96 crore", "Tk280 crore", "৳50 lakh", "500 crore taka"
  ** (set qweek79) */
  {"Tk", "BDT", BEFORE, 1}, {"Tk.", "BDT", BEFORE, 1}, {"৳", "BDT", EITHER, 1},
  {"taka", "BDT", AFTER, 1},
  /* Macau's pataca, as the Macau press writes it beside the Hong Kong
  ** dollar: "MOP3.2 billion (US$400 million)", "MOP$500 million", "1.2
  ** billion patacas" (set qweek85; else the bracket's US$ alone) */
  {"MOP", "MOP", EITHER, 1}, {"MOP$", "MOP", BEFORE, 1}, {"patacas", "MOP", AFTER, 1},
  {"pataca", "MOP", AFTER, 1},
  /* ISO codes with M for million, as some financial reports write them */
  {"MUSD", "USD", EITHER, 1e6}, {"MEUR", "EUR", EITHER, 1e6}, {"MGBP", "GBP", EITHER, 1e6},
  {"MAUD", "AUD", EITHER, 1e6}, {"MJPY", "JPY", EITHER, 1e6}, {"MSEK", "SEK", EITHER, 1e6},
  {"MCHF", "CHF", EITHER, 1e6},
  /* words, after the amount */
  {"US dollars", "USD", AFTER, 1}, {"US dollar", "USD", AFTER, 1}, {"US$", "USD", AFTER, 1},
  {"Rs", "INR", AFTER, 1}, {"Turkish lira", "TRY", AFTER, 1}, {"lira", "TRY", AFTER, 1},
  {"Kuwaiti dinars", "KWD", AFTER, 1}, {"Kuwaiti dinar", "KWD", AFTER, 1},
  {"Lebanese pounds", "LBP", AFTER, 1}, {"Lebanese pound", "LBP", AFTER, 1},
  {"Egyptian pounds", "EGP", AFTER, 1}, {"Egyptian pound", "EGP", AFTER, 1},
  {"Qatari riyals", "QAR", AFTER, 1}, {"Qatari riyal", "QAR", AFTER, 1},
  {"Saudi riyals", "SAR", AFTER, 1}, {"Saudi riyal", "SAR", AFTER, 1},
  {"Omani rials", "OMR", AFTER, 1}, {"Omani rial", "OMR", AFTER, 1},
  {"Bahraini dinars", "BHD", AFTER, 1}, {"Bahraini dinar", "BHD", AFTER, 1},
  {"dirhams", "AED", AFTER, 1}, {"dirham", "AED", AFTER, 1},
  {"shekels", "ILS", AFTER, 1}, {"shekel", "ILS", AFTER, 1},
  {"tugriks", "MNT", AFTER, 1}, {"tugrik", "MNT", AFTER, 1},
  {"hryvnias", "UAH", AFTER, 1}, {"hryvnia", "UAH", AFTER, 1},
  {"roubles", "RUB", AFTER, 1}, {"rubles", "RUB", AFTER, 1}, {"rouble", "RUB", AFTER, 1},
  {"ruble", "RUB", AFTER, 1}, {"kyats", "MMK", AFTER, 1}, {"kyat", "MMK", AFTER, 1},
  {"Malaysia ringgits", "MYR", EITHER, 1}, {"Malaysia ringgit", "MYR", EITHER, 1},
  {"Malaysian ringgits", "MYR", EITHER, 1}, {"Malaysian ringgit", "MYR", EITHER, 1},
  {"U.S. dollars", "USD", AFTER, 1}, {"American dollars", "USD", AFTER, 1},
  /* Xinhua's adjective, hyphened through: "a 580-million-U.S.-dollar plant" */
  {"U.S.-dollar", "USD", AFTER, 1}, {"US-dollar", "USD", AFTER, 1},
  {"Singapore dollars", "SGD", AFTER, 1}, {"Singaporean dollars", "SGD", AFTER, 1},
  {"Australian dollars", "AUD", AFTER, 1}, {"Hong Kong dollars", "HKD", AFTER, 1},
  {"New Taiwan dollars", "TWD", AFTER, 1}, {"Taiwan dollars", "TWD", AFTER, 1},
  {"Taiwanese dollars", "TWD", AFTER, 1}, {"Canadian dollars", "CAD", AFTER, 1},
  {"New Zealand dollars", "NZD", AFTER, 1}, {"dollars", "USD", AFTER, 1},
  {"dollar", "USD", AFTER, 1}, {"Japanese yen", "JPY", AFTER, 1}, {"yen", "JPY", AFTER, 1},
  {"Korean won", "KRW", AFTER, 1}, {"won", "KRW", AFTER, 1},
  {"Chinese yuan", "CNY", AFTER, 1}, {"yuan", "CNY", AFTER, 1},
  {"renminbi", "CNY", AFTER, 1}, {"euros", "EUR", AFTER, 1}, {"euro", "EUR", AFTER, 1},
  {"Thai baht", "THB", AFTER, 1}, {"baht", "THB", AFTER, 1},
  {"ringgits", "MYR", EITHER, 1}, {"ringgit", "MYR", EITHER, 1}, {"rupiah", "IDR", AFTER, 1},
  {"Indian rupees", "INR", AFTER, 1}, {"rupees", "INR", AFTER, 1}, {"rupee", "INR", AFTER, 1},
  {"Sri Lankan rupees", "LKR", AFTER, 1}, {"Pakistani rupees", "PKR", AFTER, 1},
  /* (a bare "Rs" or "rupees" may be the article's: local_of_article) */
  {"pounds sterling", "GBP", AFTER, 1}, {"pounds", "GBP", AFTER, 1},
  {"pound", "GBP", AFTER, 1}, {"sterling", "GBP", AFTER, 1},
  {"Swiss francs", "CHF", AFTER, 1}, {"kip", "LAK", AFTER, 1}, {"riel", "KHR", AFTER, 1},
  /* the money of countries Vietnamese miners and planters work in:
  ** "1.9 billion meticais (about US$30 million)", "18 million soles" */
  {"meticais", "MZN", AFTER, 1}, {"metical", "MZN", AFTER, 1}, {"Peruvian soles", "PEN", AFTER, 1},
  {"soles", "PEN", AFTER, 1}, {"kwanzas", "AOA", AFTER, 1}, {"kwanza", "AOA", AFTER, 1},
  {"Mexican pesos", "MXN", AFTER, 1}, {"Mexican peso", "MXN", AFTER, 1},
  {"Argentine pesos", "ARS", AFTER, 1}, {"Argentinian pesos", "ARS", AFTER, 1},
  {"Chilean pesos", "CLP", AFTER, 1}, {"Chilean peso", "CLP", AFTER, 1},
  {"Colombian pesos", "COP", AFTER, 1}, {"Philippine pesos", "PHP", AFTER, 1},
  {"pesos", "PHP", AFTER, 1}, {"peso", "PHP", AFTER, 1}, /* (or the article's: local_of_article) */
  {"Brazilian reais", "BRL", AFTER, 1}, {"reais", "BRL", AFTER, 1},
  {"South African rand", "ZAR", AFTER, 1}, {"rand", "ZAR", AFTER, 1},
  {"Nigerian naira", "NGN", AFTER, 1}, {"naira", "NGN", AFTER, 1},
  {"Kenyan shillings", "KES", AFTER, 1}, {"Kenya shillings", "KES", AFTER, 1},
  /* the money of the Central Asian, Caucasian and Central European press
  ** on its trade with Viet Nam (set qweek74): "51 billion tenge ($98
  ** million)", "34 million manats", "1.2 trillion soums", "HUF 22 billion",
  ** "22 billion forints", "95 million zlotys", "850 million koruna" */
  {"KZT", "KZT", EITHER, 1}, {"AZN", "AZN", EITHER, 1}, {"UZS", "UZS", EITHER, 1},
  {"tenge", "KZT", AFTER, 1}, {"manats", "AZN", AFTER, 1}, {"manat", "AZN", AFTER, 1},
  {"soums", "UZS", AFTER, 1}, {"soum", "UZS", AFTER, 1},
  {"forints", "HUF", AFTER, 1}, {"forint", "HUF", AFTER, 1},
  {"zlotys", "PLN", AFTER, 1}, {"zlotych", "PLN", AFTER, 1}, {"zloty", "PLN", AFTER, 1},
  {"korunas", "CZK", AFTER, 1}, {"koruna", "CZK", AFTER, 1}, {"Czech crowns", "CZK", AFTER, 1},
  /* the Scandinavian press's own: "14,9 mia. kr.", "1,2 billion kronor";
  ** "kr." and "kroner" are the crown of the country the article speaks of
  ** (local_of_article), Denmark's when it names none (set qweek81) */
  {"kronor", "SEK", AFTER, 1}, {"kroner", "DKK", AFTER, 1}, {"krone", "DKK", AFTER, 1},
  {"kr.", "DKK", AFTER, 1}, {"kr", "DKK", AFTER, 1},
  /* the euro and the dollar as the French, Spanish and Italian press write
  ** them after their magnitudes, left so in translation: "300 millions
  ** d'euros", "4,1 milliards de dollars", "85 millones de euros", "250
  ** milioni di euro" (set qweek87; German's "Mio. Euro", "Mrd. US-Dollar"
  ** are "euro" and "US-dollar" above) */
  {"d'euros", "EUR", AFTER, 1}, {"d’euros", "EUR", AFTER, 1}, {"de euros", "EUR", AFTER, 1},
  {"di euro", "EUR", AFTER, 1}, {"de dollars", "USD", AFTER, 1}, {"de dólares", "USD", AFTER, 1},
  {"di dollari", "USD", AFTER, 1},
  {"Vietnamese dong", "VND", AFTER, 1}, {"đồng", "VND", AFTER, 1}, {"dong", "VND", AFTER, 1},
  {"cents", "USD", AFTER, 0.01}, {"cent", "USD", AFTER, 0.01},
  {"pennies", "USD", AFTER, 0.01}, {"penny", "USD", AFTER, 0.01},
  {"pence", "GBP", AFTER, 0.01}, {"c", "USD", AFTER, 0.01},
};

/* Hundredths written after an amount: "3 dollars 50 cents", "$20 and 43c". */
static const char *const subunits[] = {
  "cents", "cent", "c", "pence", "penny", "p", "sens", "sen", "kopiykas", "kopiyka",
  "kopecks", "kopeks", "paise", "centimes", "centavos",
};
#define NCURRENCIES (sizeof currencies / sizeof *currencies)

/* Hedge words written right before an amount (spec: 'qualifier'). Longer
** phrases first so that "just over" wins over "over". */
/* (with their lengths: they are compared before every amount) */
#define Q(s) {s, sizeof s - 1}
static const struct {
  const char *text;
  size_t len;
} qualifiers[] = {
  Q("just over"), Q("just under"), Q("more than"), Q("less than"), Q("as much as"), Q("in excess of"),
  Q("upwards of"), Q("at least"), Q("close to"), Q("an estimated"), Q("approximately"), Q("roughly"),
  Q("up to"), Q("nearly"), Q("almost"), Q("around"), Q("about"), Q("over"), Q("under"), Q("below"), Q("above"),
  Q("some"), Q("estimated"),
};
#undef Q

/* Forms of capitals only ("USD", "VNĐ", "RM") and one-letter forms ("c")
** keep their case: "try", "all" and "10 C" are no money. Other forms that
** start with a letter ("dollars", "US$") are matched in any case. */
static int is_case_free(const char *form) {
  if (!ivl_isalpha((unsigned char)form[0]) || form[1] == '\0') return 0;
  for (const char *p = form; *p; p++)
    if (ivl_isalpha((unsigned char)*p) && !ivl_isupper((unsigned char)*p)) return 1;
  for (const char *p = form; *p; p++)
    if (!ivl_isalpha((unsigned char)*p) && (unsigned char)*p < 0x80) return 1; /* "US$", "Rs." */
  return 0;
}

/* Append 'form' to the pattern: regex-escaped, case as is_case_free says,
** inner spaces matching any run of white space. */
static int append_form(ivl_buf *b, const char *form) {
  int word = is_case_free(form);
  if (word && ivl_buf_append(b, "(?i:", 4)) return -1;
  for (const char *p = form; *p; p++) {
    if (*p == ' ') {
      if (ivl_buf_append(b, "\\s+", 3)) return -1;
      continue;
    }
    if (strchr("\\^$.|?*+()[]{}", *p) && ivl_buf_putc(b, '\\')) return -1;
    if (ivl_buf_putc(b, *p)) return -1;
  }
  return word ? ivl_buf_putc(b, ')') : 0;
}

/* Write \x{...} of code point cp (lower-case hex digits, as "%lx"
** writes them) into hex[16]; its length. Not snprintf: the currencies'
** classes write some 700 of them at every start, 0.5M Ir by snprintf. */
static size_t put_hex_char(char hex[16], uint32_t cp) {
  char digits[8];
  size_t n = 0, h = 0;
  do digits[n++] = "0123456789abcdef"[cp & 15]; while ((cp >>= 4) != 0);
  hex[h++] = '\\', hex[h++] = 'x', hex[h++] = '{';
  while (n) hex[h++] = digits[--n];
  hex[h++] = '}';
  return h;
}

/* Append a class of the first characters of the forms order[0, n) whose
** case is kept ('case_free' 0) or not (1). Returns the number of forms in it. */
static int append_first_class(ivl_buf *b, const size_t *order, size_t n, int case_free, int *count) {
  *count = 0;
  for (size_t i = 0; i < n; i++) {
    const char *form = currencies[order[i]].form;
    if (is_case_free(form) != case_free) continue;
    size_t len;
    int32_t cp = ivl_utf8_decode(form, strlen(form), &len);
    char hex[16];
    size_t h = put_hex_char(hex, (uint32_t)cp);
    if ((*count == 0 && ivl_buf_putc(b, '[')) || ivl_buf_append(b, hex, h)) return -1;
    ++*count;
  }
  return *count ? ivl_buf_putc(b, ']') : 0;
}

/* A lookahead of the characters the forms start with. The alternation is
** tried at many places and fails at nearly all: PCRE2 tries its branches
** one by one, the class is one step. */
static int append_first_chars(ivl_buf *b, const size_t *order, size_t n) {
  int kept, free;
  if (ivl_buf_append(b, "(?=", 3) || append_first_class(b, order, n, 0, &kept)) return -1;
  if (kept && ivl_buf_putc(b, '|')) return -1;
  if (ivl_buf_append(b, "(?i:", 4) || append_first_class(b, order, n, 1, &free)) return -1;
  if (!free && ivl_buf_append(b, "(*FAIL)", 7)) return -1;
  return ivl_buf_append(b, "))", 2);
}

/* The key of a form's first character: a letter in lower case, else the
** character. Forms with different keys never match at the same place. */
static int32_t first_key(const char *form) {
  size_t len;
  int32_t cp = ivl_utf8_decode(form, strlen(form), &len);
  return cp < 0x80 ? ivl_tolower(cp) : cp;
}

/* Append the forms order[0, n) as one group per first character, each
** behind a lookahead of it, the forms of a group in their order. At a
** place only one group can match, so the order of the groups does not
** matter, and PCRE2 tries the few forms of one group, not them all. */
static int append_grouped(ivl_buf *b, const size_t *order, size_t n) {
  uint8_t done[NCURRENCIES] = {0};
  size_t group[NCURRENCIES];
  if (ivl_buf_append(b, "(?:", 3)) return -1;
  for (size_t i = 0, ngroups = 0; i < n; i++) {
    if (done[i]) continue;
    size_t gn = 0;
    int32_t key = first_key(currencies[order[i]].form);
    for (size_t j = i; j < n; j++)
      if (!done[j] && first_key(currencies[order[j]].form) == key) {
        group[gn++] = order[j];
        done[j] = 1;
      }
    if ((ngroups++ && ivl_buf_putc(b, '|')) || (gn > 1 && append_first_chars(b, group, gn)) ||
        ivl_buf_append(b, "(?:", 3))
      return -1;
    for (size_t k = 0; k < gn; k++)
      if ((k && ivl_buf_putc(b, '|')) || append_form(b, currencies[group[k]].form)) return -1;
    if (ivl_buf_putc(b, ')')) return -1;
  }
  return ivl_buf_putc(b, ')');
}

/* The alternation of every form usable at 'where', longest first so that
** "US$" is tried before "$". */
static int append_alternation(ivl_buf *b, placement where) {
  size_t order[NCURRENCIES], len[NCURRENCIES], n = 0;
  for (size_t i = 0; i < NCURRENCIES; i++) {
    if (currencies[i].where & where) order[n++] = i;
    len[i] = strlen(currencies[i].form); /* (once, not at each step of the sort: 0.9M Ir a start) */
  }
  for (size_t i = 1; i < n; i++) /* insertion sort by length, descending */
    for (size_t j = i; j > 0 && len[order[j]] > len[order[j - 1]]; j--) {
      size_t t = order[j];
      order[j] = order[j - 1];
      order[j - 1] = t;
    }
  return append_first_chars(b, order, n) || append_grouped(b, order, n) ? -1 : 0;
}

int ivl_money_currency_alternation(ivl_buf *b, int after) {
  return append_alternation(b, after ? AFTER : BEFORE);
}

int ivl_money_currency_words(ivl_buf *b, int after) {
  int n = 0;
  for (size_t i = 0; i < NCURRENCIES; i++)
    if (currencies[i].where & (after ? AFTER : BEFORE))
      if ((n++ && ivl_buf_putc(b, '|')) || ivl_buf_append(b, currencies[i].form, strlen(currencies[i].form))) return -1;
  return 0;
}

/* The forms by their first byte (ASCII letters in lower case): the first
** form's index + 1 per byte, then the next's per form, in table order; and
** their lengths. An amount looks its currency up among a few forms. */
static uint16_t form_first[256], form_next[NCURRENCIES];
static size_t form_len[NCURRENCIES];
static pthread_once_t forms_once = PTHREAD_ONCE_INIT;
_Static_assert(NCURRENCIES < 65535, "form indexes fit 16 bits");

static void index_forms(void) {
  for (size_t i = NCURRENCIES; i-- > 0;) {
    unsigned char key = (unsigned char)ivl_tolower((unsigned char)currencies[i].form[0]);
    form_next[i] = form_first[key];
    form_first[key] = (uint16_t)(i + 1);
    form_len[i] = strlen(currencies[i].form);
  }
}

/* The table entry for a currency as written (white space runs folded). */
static const currency_form *lookup_currency(const char *s, size_t len) {
  char folded[64];
  size_t n = 0;
  for (size_t i = 0; i < len && n + 1 < sizeof folded; i++) {
    if (ivl_isspace((unsigned char)s[i])) {
      if (n && folded[n - 1] != ' ') folded[n++] = ' ';
      continue;
    }
    folded[n++] = s[i];
  }
  if (n == 0) return NULL;
  pthread_once(&forms_once, index_forms);
  for (size_t i = form_first[(unsigned char)ivl_tolower((unsigned char)folded[0])]; i; i = form_next[i - 1]) {
    const char *f = currencies[i - 1].form;
    if (form_len[i - 1] != n) continue;
    int same = 1;
    for (size_t k = 0; k < n && same; k++)
      same = ivl_tolower((unsigned char)f[k]) == ivl_tolower((unsigned char)folded[k]);
    if (same) return &currencies[i - 1];
  }
  return NULL;
}

#define NQUALIFIERS (sizeof qualifiers / sizeof *qualifiers)
_Static_assert(NQUALIFIERS < 255, "qualifier indexes fit a byte");

/* The qualifiers by their last letter, each chain in table order (longer
** phrases first): before every amount only the few that end as the text
** does are compared, where the whole table was looked through (its loop
** was 0.66M of ivl_normalize_money's 4.6M Ir on /tmp/b1). */
static uint8_t qualifier_last[128], qualifier_next[NQUALIFIERS];
static pthread_once_t qualifiers_once = PTHREAD_ONCE_INIT;

static void index_qualifiers(void) {
  for (size_t i = NQUALIFIERS; i-- > 0;) {
    unsigned char key = (unsigned char)qualifiers[i].text[qualifiers[i].len - 1] & 0x7F; /* (lower case ASCII) */
    qualifier_next[i] = qualifier_last[key];
    qualifier_last[key] = (uint8_t)(i + 1);
  }
}

const char *ivl_money_qualifier(size_t i) { return i < NQUALIFIERS ? qualifiers[i].text : NULL; }

const char *ivl_money_qualifier_before(const char *text, size_t pos, size_t *qlen) {
  size_t end = pos;
  while (end > 0 && text[end - 1] == ' ') end--;
  if (end == pos && pos > 0) return NULL; /* glued to something */
  if (end == 0) return NULL;
  int last = ivl_tolower((unsigned char)text[end - 1]);
  if (last >= 0x80) return NULL; /* every hedge ends with an ASCII letter */
  pthread_once(&qualifiers_once, index_qualifiers);
  for (size_t k = qualifier_last[last]; k; k = qualifier_next[k - 1]) {
    size_t i = k - 1, n = qualifiers[i].len;
    if (n > end) continue;
    size_t start = end - n;
    if (start > 0 && ivl_isalnum((unsigned char)text[start - 1])) continue;
    if (ivl_ascii_ieq(text + start, n, qualifiers[i].text)) {
      *qlen = n;
      return text + start;
    }
  }
  return NULL;
}

static double amount(const ivl_extract *x, int group, int mag_exp) {
  size_t s, n;
  ivl_number num;
  if (!ivl_x_group(x, group, &s, &n)) return -1;
  if (ivl_ascii_ieq(x->text + s, n, "a") || ivl_ascii_ieq(x->text + s, n, "an"))
    return 1; /* "a dollar": the pattern allows "a" only before a currency word */
  if (ivl_x_number_read(x, s, n, &num) == 0) return -1;
  num.exp10 += mag_exp;
  return ivl_number_value(&num);
}

static int store_amount(ivl_extract *x, size_t vs, size_t ve, double value,
                        const currency_form *cur, int with_qualifier) {
  size_t qlen = 0;
  const char *q = with_qualifier ? ivl_money_qualifier_before(x->text, vs, &qlen) : NULL;
  if (ivl_x_begin(x, vs, ve) || ivl_store_num(x->store, IVL_SYM_VALUE, value * cur->factor) ||
      ivl_store_str(x->store, IVL_SYM_CURRENCY, cur->code, strlen(cur->code)))
    return -1;
  if (q) {
    char lower[32];
    for (size_t i = 0; i < qlen && i < sizeof lower; i++) lower[i] = (char)ivl_tolower((unsigned char)q[i]);
    if (ivl_store_str(x->store, IVL_SYM_QUALIFIER, lower, qlen < sizeof lower ? qlen : sizeof lower))
      return -1;
  }
  return 1;
}

/* The hundredths of "3 dollars 50 cents" or "$20 and 43": a whole number
** below 100 after a whole amount without magnitude, either with its
** subunit word or ending the phrase (not "$20 and 43 projects"). */
static int tail_hundredths(const ivl_extract *x, double main, int mag, double *tail) {
  size_t ts, tn, us, un;
  if (!ivl_x_group(x, G_TAIL, &ts, &tn) || mag || !ivl_is_whole(main)) return 0;
  ivl_number num;
  if (ivl_number_read(x->text + ts, tn, &num) != tn) return 0;
  double v = ivl_number_value(&num);
  if (v < 1 || v > 99 || !ivl_is_whole(v)) return 0;
  if (!ivl_x_group(x, G_SUBUNIT, &us, &un)) {
    size_t p = x->ov[1];
    if (p < x->len && ivl_isalnum((unsigned char)x->text[p])) return 0;
    while (p < x->len && x->text[p] == ' ') p++;
    size_t e = p;
    while (e < x->len && ivl_isalpha((unsigned char)x->text[e])) e++;
    if (e - p > 2 && x->text[e - 1] == 's' && x->text[p] >= 'a') return 0; /* a counted noun */
  }
  *tail = v / 100;
  return 1;
}

/* Where the amount ends when its tail is not part of it. */
static size_t end_before_tail(const ivl_extract *x) {
  static const int groups[] = {G_POSTMAG, G_POST, G_MAG, G_NUM2, G_NUM};
  size_t s, n;
  for (size_t i = 0; i < sizeof groups / sizeof *groups; i++)
    if (ivl_x_group(x, groups[i], &s, &n)) return s + n;
  return x->ov[1];
}

/* Is "US $" before the amount the country and then a bare "$": the
** second member of a gapped clause ("Laos received $390 million and the
** US $220 million"), where the verb and the first figure are left out?
** It takes "the" before "US", a space before "$" and nothing after the
** amount but the clause's end: "the US $220 million project" keeps its
** currency. */
static int gapped_country(const ivl_extract *x, size_t cs, size_t cn) {
  const char *t = x->text;
  if (cn < 4 || t[cs + cn - 1] != '$' || !ivl_isspace((unsigned char)t[cs + cn - 2]) || cs < 4 ||
      !ivl_ascii_ieq(t + cs - 4, 4, "the ") || (cs > 4 && ivl_isalnum((unsigned char)t[cs - 5])))
    return 0;
  size_t p = end_before_tail(x);
  if (p >= x->len || t[p] == '.' || t[p] == ',' || t[p] == ';' || t[p] == ')') return 1;
  if (t[p] != ' ') return 0;
  while (p < x->len && t[p] == ' ') p++;
  size_t e = p;
  while (e < x->len && ivl_isalpha((unsigned char)t[e])) e++;
  if (ivl_ascii_ieq(t + p, e - p, "and") || ivl_ascii_ieq(t + p, e - p, "while") ||
      ivl_ascii_ieq(t + p, e - p, "whereas") || ivl_ascii_ieq(t + p, e - p, "respectively"))
    return 1;
  /* "... into Cambodia and the US $25 million in the first quarter": a
  ** period after the member, which then joins the one before with a
  ** lower-case "and the" or ", the" */
  if (!(memcmp(t + p, "in ", 3) == 0 || memcmp(t + p, "during ", 7) == 0 || memcmp(t + p, "last ", 5) == 0 ||
        memcmp(t + p, "this ", 5) == 0))
    return 0;
  size_t b = cs - 4;
  while (b > 0 && t[b - 1] == ' ') b--;
  return t[cs - 4] == 't' && ((b > 0 && t[b - 1] == ',') || (b >= 4 && memcmp(t + b - 4, " and", 4) == 0));
}

/* "in the first ten months of 2025 to 1.96 billion USD": a year after
** "of" or "in" is the period's, not a range's first amount ("2025 to 1.96
** billion" is no 2,025 billion); only the second number is money. */
static int year_before_to(const ivl_extract *x, size_t ns, size_t nn, size_t s2) {
  const char *t = x->text;
  if (nn != 4 || !(t[ns] == '1' || t[ns] == '2') || !(t[ns + 1] == '9' || t[ns + 1] == '0')) return 0;
  for (size_t i = ns; i < ns + nn; i++)
    if (!ivl_isdigit((unsigned char)t[i])) return 0;
  size_t j = ns + nn;
  while (j < s2 && t[j] == ' ') j++;
  if (j + 2 > s2 || t[j] != 't' || t[j + 1] != 'o') return 0;
  size_t b = ns;
  while (b > 0 && t[b - 1] == ' ') b--;
  return (b >= 3 && memcmp(t + b - 3, " of", 3) == 0) || (b >= 3 && memcmp(t + b - 3, " in", 3) == 0);
}

/* "Block 05-1c", "Lots 12-4c": a letter glued to a number that a leading
** zero, a hyphen before it or a falling "range" makes part of a code is no
** "c" of cents (an oil block's, a plot's number), where "$20 and 43c",
** "25c" and "5-10c" stay. */
static int code_not_cents(const ivl_extract *x, size_t cn) {
  size_t ns, nn, s2, n2;
  if (cn != 1 || !ivl_x_group(x, G_NUM, &ns, &nn)) return 0;
  const char *t = x->text;
  if (nn > 1 && t[ns] == '0' && ivl_isdigit((unsigned char)t[ns + 1])) return 1;
  if (ns > 1 && (t[ns - 1] == '-' || t[ns - 1] == '/') && ivl_isdigit((unsigned char)t[ns - 2])) return 1;
  return ivl_x_group(x, G_NUM2, &s2, &n2) && s2 == ns + nn + 1 && t[ns + nn] == '-' &&
         amount(x, G_NUM2, 0) <= amount(x, G_NUM, 0);
}

/* Is a currency of one capital letter ("N150 billion", "R1.2bn", the
** Philippine press's "P3.4 billion", "a P2-billion loan") where it stands
** for no money? It is money only glued to its number, after no letter or
** digit, and with a magnitude: "N95 masks", "the R32 road", "GR10", "the P2
** phase" and a share price ("P11.64") are names, codes and prices. */
static int one_letter_bare(const ivl_extract *x, const currency_form *cur, size_t cs, int mag) {
  if (cur->form[1] != '\0' || !ivl_isalpha((unsigned char)cur->form[0])) return 0;
  return !mag || (cs > 0 && ivl_isalnum((unsigned char)x->text[cs - 1])) ||
         (cs + 1 < x->len && !ivl_isdigit((unsigned char)x->text[cs + 1]));
}

/* A money several countries call by one name: the peso, the crown, the
** rupee. */
typedef enum { PESO = 1, CROWN, RUPEE } money_family;

/* The countries of each such money, by the words an article names them with. */
static const struct {
  money_family family;
  const char *word, *code;
} local_countries[] = {
  {PESO, "Mexico", "MXN"},      {PESO, "Mexican", "MXN"},     {PESO, "Argentina", "ARS"},
  {PESO, "Argentine", "ARS"},   {PESO, "Chile", "CLP"},       {PESO, "Chilean", "CLP"},
  {PESO, "Colombia", "COP"},    {PESO, "Colombian", "COP"},   {PESO, "Philippines", "PHP"},
  {PESO, "Philippine", "PHP"},  {PESO, "Filipino", "PHP"},
  {CROWN, "Denmark", "DKK"},    {CROWN, "Danish", "DKK"},     {CROWN, "Norway", "NOK"},
  {CROWN, "Norwegian", "NOK"},  {CROWN, "Sweden", "SEK"},     {CROWN, "Swedish", "SEK"},
  {RUPEE, "India", "INR"},      {RUPEE, "Indian", "INR"},     {RUPEE, "Sri Lanka", "LKR"},
  {RUPEE, "Sri Lankan", "LKR"}, {RUPEE, "Pakistan", "PKR"},   {RUPEE, "Pakistani", "PKR"},
  {RUPEE, "Nepal", "NPR"},      {RUPEE, "Nepali", "NPR"},     {RUPEE, "Nepalese", "NPR"},
};

/* The family of a currency form that names no one country, else 0. */
static money_family family_of(const currency_form *cur) {
  static const char *const pesos[] = {"pesos", "peso", NULL}, *const crowns[] = {"kr.", "kr", "kroner", "krone", "kronor", NULL},
                           *const rupees[] = {"Rs", "Rs.", "rupees", "rupee", NULL};
  for (int i = 0; pesos[i]; i++)
    if (strcmp(cur->form, pesos[i]) == 0) return PESO;
  for (int i = 0; crowns[i]; i++)
    if (strcmp(cur->form, crowns[i]) == 0) return CROWN;
  for (int i = 0; rupees[i]; i++)
    if (strcmp(cur->form, rupees[i]) == 0) return RUPEE;
  return 0;
}

/* The code of the country of 'family' whose word starts at p, as a whole
** word; NULL when none does. */
static const char *country_word_at(const ivl_extract *x, money_family family, size_t p) {
  if (p > 0 && ivl_isalpha((unsigned char)x->text[p - 1])) return NULL;
  for (size_t i = 0; i < sizeof local_countries / sizeof *local_countries; i++) {
    size_t n = strlen(local_countries[i].word);
    if (local_countries[i].family != family || x->text[p] != local_countries[i].word[0] || p + n > x->len) continue;
    if (memcmp(x->text + p, local_countries[i].word, n) == 0 &&
        (p + n == x->len || !ivl_isalpha((unsigned char)x->text[p + n])))
      return local_countries[i].code;
  }
  return NULL;
}

/* How far either side of a "pesos", "kr." or "Rs" its country is looked for: a bound, so
** that an article of many pesos costs no more per byte when it is long. */
enum { LOCAL_LOOK = 8192 };

/* The code of the country of 'family' named nearest before 'at', else first after
** it, within LOCAL_LOOK bytes; NULL when none is. */
static const char *nearest_country_word(const ivl_extract *x, money_family family, size_t at) {
  const char *code;
  size_t lo = at > LOCAL_LOOK ? at - LOCAL_LOOK : 0;
  for (size_t p = at; p-- > lo;)
    if ((code = country_word_at(x, family, p)) != NULL) return code;
  size_t hi = x->len - at > LOCAL_LOOK ? at + LOCAL_LOOK : x->len;
  for (size_t p = at; p < hi; p++)
    if ((code = country_word_at(x, family, p)) != NULL) return code;
  return NULL;
}

/* A bare "pesos" is the money of the peso country the article speaks of,
** the one named nearest before it, else first after it: "4.6 billion pesos"
** in a story on Nuevo León and Mexico is MXN (set qweek75); with none
** named, the Philippines' (and for rupees India's) as before. A bare "kr." or "kroner" is so the
** crown of Denmark, Norway or Sweden (set qweek81), and a bare "Rs" or
** "rupees" the rupee of India, Sri Lanka, Pakistan or Nepal: "Rs. 2.4
** billion" in a Colombo paper's story on Sri Lanka is LKR (set qweek79). */
static const currency_form *local_of_article(const ivl_extract *x, const currency_form *cur, size_t at,
                                            currency_form *local) {
  money_family family = family_of(cur);
  if (!family) return cur;
  const char *code = nearest_country_word(x, family, at);
  if (!code) return cur;
  *local = *cur;
  local->code = code;
  return local;
}

int ivl_normalize_money(ivl_extract *x) {
  size_t cs, cn, s2, n2, ns = 0, nn = 0; /* (ns, nn: G_NUM is set where they are read) */
  int mag, postmag;
  int before = ivl_x_group(x, G_PRE, &cs, &cn);
  if (!before && !ivl_x_group(x, G_POST, &cs, &cn)) return 0;
  const currency_form *cur = lookup_currency(x->text + cs, cn);
  currency_form local;
  if (!cur || (!before && code_not_cents(x, cn))) return 0;
  if (!ivl_x_magnitude(x, G_MAG, &mag) || !ivl_x_magnitude(x, G_POSTMAG, &postmag)) return 0;
  if (postmag) { /* "75 USD million" */
    if (mag) return 0;
    mag = postmag;
  }
  if (before && one_letter_bare(x, cur, cs, mag)) return 0;
  cur = local_of_article(x, cur, cs, &local);
  double v1 = amount(x, G_NUM, mag);
  if (v1 < 0) return 0;
  size_t mstart = x->ov[0], mend = x->ov[1];
  if (before && gapped_country(x, cs, cn)) mstart = cs + cn - 1; /* "and the US $220 million": "$220 million" */
  double tail = 0;
  if (!ivl_x_group(x, G_NUM2, &s2, &n2)) {
    if (cur->factor != 1 || !tail_hundredths(x, v1, mag, &tail)) mend = end_before_tail(x);
    return store_amount(x, mstart, mend, v1 + tail, cur, 1);
  }
  /* a range: two amounts sharing the currency and the magnitude */
  mend = end_before_tail(x);
  double v2 = amount(x, G_NUM2, mag);
  ivl_x_group(x, G_NUM, &ns, &nn);
  if (!before && year_before_to(x, ns, nn, s2)) return v2 < 0 ? 0 : store_amount(x, s2, mend, v2, cur, 1);
  size_t first_start = before ? mstart : ns;
  if (v2 < 0 || store_amount(x, first_start, ns + nn, v1, cur, 1) < 0 ||
      store_amount(x, s2, mend, v2, cur, 0) < 0)
    return v2 < 0 ? 0 : -1;
  return 2;
}

int ivl_money_subunit_alternation(ivl_buf *b) {
  for (size_t i = 0; i < sizeof subunits / sizeof *subunits; i++)
    if ((i && ivl_buf_putc(b, '|')) || ivl_buf_append(b, subunits[i], strlen(subunits[i]))) return -1;
  return 0;
}
