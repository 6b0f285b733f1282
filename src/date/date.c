/*
** date.c: calendar days, and the date expressions of Arabic news text.
**
** Days are counted from 1970-01-01 in the proleptic Gregorian calendar.
** The parser reads folded text (see normalize.h) in one left-to-right pass.
** A match is only tried where a digit run or an Arabic word starts, and
** every attempt looks at a bounded number of bytes ahead, so the whole scan
** is linear in the length of the text and allocates nothing.
**
** Absolute dates:  "23 ديسمبر 2020", "9 نوفمبر" (year from the reference
**   day), "23 ديسمبر/كانون الاول 2020", "2020/12/23", "23-12-2020",
**   "5 من الشهر الماضي", optionally led by a weekday:
**   "الاثنين, 16 نوفمبر 2020"; the day as an ordinal in words with its
**   year or a word that places it: "الخامس عشر من ديسمبر الماضي", or after
**   في or يوم with neither ("في التاسع من نيسان/أبريل").  A bare year
**   ("عام 2015") is no date.
** Months without their day (HD_DATE_MONTH): "آذار/مارس 2016", "مارس
**   الماضي", "الشهر الماضي", and times ago in months or years: "قبل
**   عامين", "منذ أربع سنوات مضت".  They place an event in time but give it no day.
** Parts of the reference month (HD_DATE_PART): "مطلع شباط" in February,
**   "منتصف الشهر الجاري", "بداية هذا الشهر"; no day either.
** Relative dates:  اليوم, امس, امس الاول, غدا, بعد غد, and weekday names
**   with or without "يوم" and الماضي / المقبل, resolved against the
**   reference day; "الأسبوع الماضي" / "المقبل" is the day seven days
**   before or after it.
**
** Month and weekday words are compared with a light fold of their own
** (alef forms, teh marbuta, alef maqsura, Farsi yeh, keheh, veh), so that
** text folded a little differently still matches.
*/
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "common.h"
#include "date/date.h"

/* ------------------------------------------------------------------ */
/* Calendar                                                            */
/* ------------------------------------------------------------------ */

#define MIN_YEAR 1
#define MAX_YEAR 9999
#define MIN_DAY (-719162)   /* 0001-01-01 */
#define MAX_DAY 2932896     /* 9999-12-31 */

static int is_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m) {
  static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : len[m - 1];
}

static int day_in_range(hd_day day) {
  return day >= MIN_DAY && day <= MAX_DAY;
}

/* Howard Hinnant's days_from_civil: eras of 400 years, March-based years
** so that the leap day falls at the end. */
static int64_t days_from_civil(int64_t y, int m, int d) {
  y -= m <= 2;
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

hd_day hd_day_from_ymd(int y, int m, int d) {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
    return HD_NO_DAY;
  return (hd_day)days_from_civil(y, m, d);
}

/* The inverse of days_from_civil; any day but HD_NO_DAY has a date. */
void hd_day_to_ymd(hd_day day, int *y, int *m, int *d) {
  int yy = 0, mm = 0, dd = 0;
  if (day != HD_NO_DAY) {
    int64_t z = (int64_t)day + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    dd = (int)(doy - (153 * mp + 2) / 5 + 1);
    mm = (int)(mp < 10 ? mp + 3 : mp - 9);
    yy = (int)(yoe + era * 400 + (mm <= 2));
  }
  if (y) *y = yy;
  if (m) *m = mm;
  if (d) *d = dd;
}

int hd_day_weekday(hd_day day) {
  if (day == HD_NO_DAY) return -1;
  int64_t w = ((int64_t)day + 4) % 7;   /* 1970-01-01 was a Thursday */
  return (int)(w < 0 ? w + 7 : w);
}

/* Writes "" for HD_NO_DAY and for days outside years 0..9999, which do
** not fit the ten characters. */
void hd_day_format(hd_day day, char out[11]) {
  int y, m, d;
  hd_day_to_ymd(day, &y, &m, &d);
  if (day == HD_NO_DAY || y < 0 || y > 9999) {
    out[0] = 0;
    return;
  }
  snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
}

static int ascii_digit(char c) { return c >= '0' && c <= '9'; }

static int ascii_letter(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

hd_day hd_day_parse_iso(const char *s) {
  if (!s) return HD_NO_DAY;
  /* The loop stops at a NUL, which is neither a digit nor '-'. */
  for (int k = 0; k < 10; k++) {
    if (k == 4 || k == 7 ? s[k] != '-' : !ascii_digit(s[k])) return HD_NO_DAY;
  }
  /* A timestamp may follow ("T10:00:00Z", " 10:00"), but not more of a
  ** number or a word: "2018-02-031" and "2018-02-03abc" are garbage. */
  char next = s[10];
  if (ascii_digit(next) || next == '-' || next == '/' || next == ':' || next == '.' ||
      (ascii_letter((unsigned char)next) && next != 'T' && next != 't'))
    return HD_NO_DAY;
  int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  int m = (s[5] - '0') * 10 + (s[6] - '0');
  int d = (s[8] - '0') * 10 + (s[9] - '0');
  return hd_day_from_ymd(y, m, d);
}

/* ------------------------------------------------------------------ */
/* Characters and words of folded text                                 */
/* ------------------------------------------------------------------ */

typedef struct text {
  const unsigned char *s;
  size_t len;
} text;

/* Gaps between the words of a date are short; bounding them keeps every
** attempt to match constant-time. */
#define MAX_GAP 8
/* No word the parser knows is longer, clitics included. */
#define MAX_WORD_BYTES 24

static int digit_at(const text *t, size_t i) {
  return i < t->len && ascii_digit((char)t->s[i]);
}

/* The code point of the two-byte character at I when it is in the Arabic
** block (U+0600..U+06FF), else -1. */
static int32_t arabic_cp_at(const text *t, size_t i) {
  if (i + 1 >= t->len) return -1;
  unsigned b0 = t->s[i], b1 = t->s[i + 1];
  if (b0 < 0xD8 || b0 > 0xDB || (b1 & 0xC0) != 0x80) return -1;
  return (int32_t)(((b0 & 0x1F) << 6) | (b1 & 0x3F));
}

/* Letters, and the marks and tatweel that may sit inside a word when the
** text was not fully folded: counting them as word characters keeps
** "الاحدَاث" from looking like "الاحد" followed by something else.
** Digits and Arabic punctuation are not word characters. */
static int is_word_cp(int32_t cp) {
  return (cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x0620 && cp <= 0x065F) ||
         (cp >= 0x066E && cp <= 0x06D3) || (cp >= 0x06D5 && cp <= 0x06DC) ||
         (cp >= 0x06DF && cp <= 0x06E8) || (cp >= 0x06EA && cp <= 0x06EF) ||
         (cp >= 0x06FA && cp <= 0x06FF);
}

static int word_char_at(const text *t, size_t i) {
  /* the letters U+0620-U+065F (D8 A0-BF, D9 80-9F), most of a folded
  ** text, without decoding */
  if (i + 1 < t->len && ((t->s[i] == 0xD8 && (t->s[i + 1] & 0xE0) == 0xA0) || (t->s[i] == 0xD9 && (t->s[i + 1] & 0xE0) == 0x80)))
    return 1;
  return is_word_cp(arabic_cp_at(t, i));
}

/* Word characters are two bytes, and a lead byte D8..DB is never a
** continuation byte, so the character before I is at I - 2. */
static int word_char_before(const text *t, size_t i) {
  return i >= 2 && word_char_at(t, i - 2);
}

/* The letters that fold to others, by how far they move: one look-up a
** letter, where the cases of a switch were compared one after another. */
#define FOLD_FIRST 0x0622
#define FOLD_LAST 0x06CC
static const int16_t FOLD_SHIFT[FOLD_LAST - FOLD_FIRST + 1] = {
  [0x0622 - FOLD_FIRST] = 0x0627 - 0x0622, [0x0623 - FOLD_FIRST] = 0x0627 - 0x0623,   /* alef forms */
  [0x0625 - FOLD_FIRST] = 0x0627 - 0x0625, [0x0671 - FOLD_FIRST] = 0x0627 - 0x0671,
  [0x0629 - FOLD_FIRST] = 0x0647 - 0x0629,                                            /* teh marbuta */
  [0x0649 - FOLD_FIRST] = 0x064A - 0x0649, [0x06CC - FOLD_FIRST] = 0x064A - 0x06CC,   /* yeh forms */
  [0x06A9 - FOLD_FIRST] = 0x0643 - 0x06A9,                                            /* keheh */
  [0x06A4 - FOLD_FIRST] = 0x0641 - 0x06A4,                                            /* veh: نوڤمبر */
};

static inline int32_t fold_cp(int32_t cp) {
  /* most letters of a folded text are below the first, at once */
  return cp < FOLD_FIRST || cp > FOLD_LAST ? cp : cp + FOLD_SHIFT[cp - FOLD_FIRST];
}

/* The code point of the two bytes of Arabic at P. */
static int32_t arabic_cp(const unsigned char *p) { return (int32_t)(((p[0] & 0x1F) << 6) | (p[1] & 0x3F)); }

/* The first letter of PAT (two bytes of Arabic at least), folded: a word
** whose first letter is another is not PAT, whatever follows. */
static int32_t first_letter(const char *pat) { return fold_cp(arabic_cp((const unsigned char *)pat)); }

/* End of the letters of PAT (PLEN bytes of Arabic) if the text at I
** starts with them, else 0.  Does not look at what follows.  A letter
** written with the same two bytes as PAT's is the same letter folded,
** without decoding. */
static size_t match_letters(const text *t, size_t i, const char *pat, size_t plen) {
  const unsigned char *p = (const unsigned char *)pat;
  for (size_t k = 0; k + 1 < plen; k += 2) {
    if (i + k + 1 < t->len && t->s[i + k] == p[k] && t->s[i + k + 1] == p[k + 1] && p[k] >= 0xD8 && p[k] <= 0xDB &&
        (p[k + 1] & 0xC0) == 0x80)
      continue;
    int32_t got = arabic_cp_at(t, i + k);
    if (got < 0 || fold_cp(got) != fold_cp(arabic_cp(p + k))) return 0;
  }
  return i + plen;
}

/* End of the whole word PAT at I, else 0. */
static size_t word_is(const text *t, size_t i, const char *pat) {
  size_t e = match_letters(t, i, pat, strlen(pat));
  return e && !word_char_at(t, e) ? e : 0;
}

/* End of whichever word of LIST stands whole at I, else 0. */
static size_t word_among(const text *t, size_t i, const char *const *list, size_t n) {
  for (size_t k = 0; k < n; k++) {
    size_t e = word_is(t, i, list[k]);
    if (e) return e;
  }
  return 0;
}
#define WORD_AMONG(t, i, list) word_among((t), (i), (list), HD_ARRAY_LEN(list))

/* End of the word at I, or 0 when there is none or it is longer than any
** word worth reading. */
static size_t word_end(const text *t, size_t i) {
  size_t e = i;
  while (word_char_at(t, e)) {
    e += 2;
    if (e - i > MAX_WORD_BYTES) return 0;
  }
  return e;
}

static int two_bytes_at(const text *t, size_t i, unsigned char b0, unsigned char b1) {
  return i + 1 < t->len && t->s[i] == b0 && t->s[i + 1] == b1;
}

/* Skips at most MAX_GAP bytes of blanks (space, tab, no-break space) and
** of the ASCII characters of PUNCT.  An Arabic comma left unfolded counts
** as ','. */
static size_t skip_gap(const text *t, size_t i, const char *punct) {
  size_t start = i;
  int comma = strchr(punct, ',') != NULL;
  while (i < t->len && i - start < MAX_GAP) {
    unsigned char c = t->s[i];
    if (c == ' ' || c == '\t' || (c && strchr(punct, c))) i++;
    else if (two_bytes_at(t, i, 0xC2, 0xA0) || (comma && two_bytes_at(t, i, 0xD8, 0x8C))) i += 2;
    else break;
  }
  return i;
}

static size_t skip_blanks(const text *t, size_t i) { return skip_gap(t, i, ""); }

/* Non-zero when the word that ends, after at most a few blanks, just
** before I is one of LIST. */
static int word_before_among(const text *t, size_t i, const char *const *list, size_t n) {
  size_t j = i;
  while (j > 0 && i - j < MAX_GAP && (t->s[j - 1] == ' ' || t->s[j - 1] == '\t')) j--;
  if (j == i) return 0;
  for (size_t k = 0; k < n; k++) {
    size_t plen = strlen(list[k]);
    if (j >= plen && match_letters(t, j - plen, list[k], plen) && !word_char_before(t, j - plen))
      return 1;
  }
  return 0;
}

/* ------------------------------------------------------------------ */
/* Month names                                                         */
/* ------------------------------------------------------------------ */

/* Month names of every convention, folded.  Levantine names of January,
** October, November and December are two words; the second word is
** written with or without the article. */
#define M1(a, m) {a, sizeof a - 1, NULL, m}
#define M2(a, b, m) {a, sizeof a - 1, b, m}
static const struct month_name {
  const char *first;
  unsigned char len;   /* bytes of first */
  const char *second;  /* NULL for one-word names */
  int month;
} MONTHS[] = {
  /* Egypt and the Gulf */
  M1("يناير", 1), M1("فبراير", 2), M1("فبرير", 2), M1("مارس", 3),
  M1("ابريل", 4), M1("مايو", 5), M1("يونيو", 6), M1("يونيه", 6),
  M1("يوليو", 7), M1("يوليه", 7), M1("اغسطس", 8), M1("اغسطوس", 8),
  M1("سبتمبر", 9), M1("اكتوبر", 10), M1("اوكتوبر", 10),
  M1("نوفمبر", 11), M1("ديسمبر", 12),
  /* The Levant and Iraq */
  M2("كانون", "الثاني", 1), M2("كانون", "ثاني", 1), M1("شباط", 2), M1("اذار", 3),
  M1("نيسان", 4), M1("ايار", 5), M1("مايس", 5), M1("حزيران", 6),
  M1("تموز", 7), M1("اب", 8), M1("ايلول", 9),
  M2("تشرين", "الاول", 10), M2("تشرين", "اول", 10), M2("تشرين", "الثاني", 11),
  M2("تشرين", "ثاني", 11), M2("كانون", "الاول", 12), M2("كانون", "اول", 12),
  /* Algeria and Tunisia */
  M1("جانفي", 1), M1("فيفري", 2), M1("افريل", 4), M1("ماي", 5),
  M1("جوان", 6), M1("جويليه", 7), M1("جويلييه", 7), M1("اوت", 8),
  /* Morocco */
  M1("يوليوز", 7), M1("غشت", 8), M1("شتنبر", 9), M1("نونبر", 11),
  M1("دجنبر", 12),
};
#undef M1
#undef M2

/* What the words of a list begin with, and how long they are: bit B of
** row[A] when one begins with U+0620 + A, then U+0620 + B (folded), and
** bit N of lengths when one has N bytes.  Every word of a text is asked
** whether it is a month's name and whether it is an ordinal, and most are
** neither (no month begins with ال): a word that begins otherwise, or is
** of another length, is passed over before any is compared.  Made once
** (find_word_starts()). */
typedef struct word_starts {
  uint64_t row[64], lengths;
  int all;   /* a word of the list is shorter or longer, or begins with another letter: none is passed over */
} word_starts;

static word_starts month_starts, ordinal_starts;
static pthread_once_t word_starts_once = PTHREAD_ONCE_INIT;

static void add_start(word_starts *s, const char *w, size_t len) {
  if (len < 4 || len >= 64) {
    s->all = 1;
    return;
  }
  uint32_t a = (uint32_t)(first_letter(w) - 0x0620), b = (uint32_t)(first_letter(w + 2) - 0x0620);
  if (a >= 64 || b >= 64) s->all = 1;
  else s->row[a] |= 1ull << b;
  s->lengths |= 1ull << len;
}

/* May the word [I, WE), all of word characters and none at WE, be one of
** the list of S?  (It is one only if it has its length and letters.) */
static int may_start(const word_starts *s, const text *t, size_t i, size_t we) {
  if (s->all) return 1;
  size_t n = we - i;
  if (n < 4 || n >= 64 || !(s->lengths >> n & 1)) return 0;
  uint32_t a = (uint32_t)(fold_cp(arabic_cp_at(t, i)) - 0x0620), b = (uint32_t)(fold_cp(arabic_cp_at(t, i + 2)) - 0x0620);
  return a < 64 && b < 64 && (s->row[a] >> b & 1);
}

/* The month named by the word [I, WE) (1..12), with *END after the name;
** 0 when none. */
static int month_in(const text *t, size_t i, size_t we, size_t *end) {
  if (!may_start(&month_starts, t, i, we)) return 0;
  for (size_t k = 0; k < HD_ARRAY_LEN(MONTHS); k++) {
    const struct month_name *mn = &MONTHS[k];
    size_t n = mn->len;
    if (n != we - i || !match_letters(t, i, mn->first, n)) continue;
    if (!mn->second) {
      *end = we;
      return mn->month;
    }
    size_t j = skip_blanks(t, we), e2;
    if (j > we && (e2 = word_is(t, j, mn->second))) {
      *end = e2;
      return mn->month;
    }
  }
  return 0;
}

/* The month named at I (1..12), with *END after the name; 0 when none. */
static int month_at(const text *t, size_t i, size_t *end) {
  size_t we = word_end(t, i);
  return we > i ? month_in(t, i, we, end) : 0;
}

/* ------------------------------------------------------------------ */
/* Absolute dates                                                      */
/* ------------------------------------------------------------------ */

/* Words after a year-less date that say which year it is in, and after a
** weekday which week; the feminine forms go with "الجمعه". */
static const char *const PAST_WORDS[] = {
  "الماضي", "الفايت", "المنصرم", "المنقضي", "السابق",
  "الماضيه", "الفايته", "المنصرمه", "المنقضيه", "السابقه"};
static const char *const NEXT_WORDS[] = {"المقبل", "القادم", "المقبله", "القادمه"};
static const char *const CURRENT_WORDS[] = {"الجاري", "الحالي"};
/* "23 ديسمبر عام 2020", "23 ديسمبر من العام الماضي" */
static const char *const YEAR_WORDS[] = {"عام", "العام", "لعام", "سنه", "السنه", "لسنه"};
static const char *const THE_YEAR_WORDS[] = {"العام", "السنه"};

/* The end of a word at I that shifts from the reference year or month,
** with *SHIFT set to -1 (الماضي), 0 (الجاري) or +1 (المقبل); else 0. */
static size_t shift_word_at(const text *t, size_t i, int *shift) {
  size_t e;
  if ((e = WORD_AMONG(t, i, PAST_WORDS))) *shift = -1;
  else if ((e = WORD_AMONG(t, i, CURRENT_WORDS))) *shift = 0;
  else if ((e = WORD_AMONG(t, i, NEXT_WORDS))) *shift = 1;
  return e;
}

/* A date as written, before its year is resolved. */
typedef struct written_date {
  int y, m, d;        /* y is 0 when the text gives no year, m when no month */
  int year_from_ref;  /* "من العام الماضي": the year is ref's year + shift */
  int month_from_ref; /* "من الشهر الماضي": the month is ref's month + shift */
  int shift;
  int direction;      /* year-less: -1 "الماضي", +1 "المقبل", 0 the nearest */
  size_t end;
} written_date;

/* Reads a run of 1..MAXD digits at I into *VAL; returns how many, or 0
** when there is no digit or the run is longer than MAXD. */
static int read_number(const text *t, size_t i, int maxd, int *val) {
  int n = 0, v = 0;
  while (digit_at(t, i + (size_t)n)) {
    if (n == maxd) return 0;
    v = v * 10 + (t->s[i + (size_t)n] - '0');
    n++;
  }
  *val = v;
  return n;
}

/* Years outside this range are more likely counts or codes than years. */
static int plausible_year(int y) { return y >= 1000 && y <= 2999; }

/* "2020/12/23", "2020-12-23", "23/12/2020", "23.12.2020".  A starts at I
** and has NA digits; SEP_AT is the first separator. */
static int parse_numeric(const text *t, int a, int na, size_t sep_at, written_date *w) {
  unsigned char sep = t->s[sep_at];
  int b, c;
  int nb = read_number(t, sep_at + 1, 2, &b);
  size_t k = sep_at + 1 + (size_t)nb;
  if (!nb || k >= t->len || t->s[k] != sep) return 0;
  int nc = read_number(t, k + 1, 4, &c);
  if (na == 4 && nc >= 1 && nc <= 2) {
    w->y = a, w->m = b, w->d = c;
  } else if (na <= 2 && nc == 4) {
    w->y = c, w->m = b, w->d = a;
    if (w->m > 12 && w->d <= 12) w->m = a, w->d = b;   /* American month/day/year */
  } else {
    return 0;
  }
  if (!plausible_year(w->y)) return 0;
  w->end = k + 1 + (size_t)nc;
  return 1;
}

/* A second name of the same month, as in "ديسمبر/كانون الاول" or
** "يناير (كانون الثاني)"; returns the end of the date so far. */
static size_t skip_second_month(const text *t, size_t end, int month) {
  size_t k = skip_blanks(t, end), e2;
  int paren = 0;
  if (k < t->len && t->s[k] && strchr("/-(,", t->s[k])) {
    paren = t->s[k] == '(';
    k = skip_blanks(t, k + 1);
  }
  if (month_at(t, k, &e2) != month) return end;
  if (paren) {
    size_t q = skip_blanks(t, e2);
    if (q < t->len && t->s[q] == ')') e2 = q + 1;
  }
  return e2;
}

/* What follows the month: a year, or words that place a year-less date. */
static void read_year(const text *t, written_date *w) {
  size_t k = skip_gap(t, w->end, ","), e;
  size_t after_min = k;
  if ((e = word_is(t, k, "من"))) after_min = skip_blanks(t, e);
  size_t year_word = WORD_AMONG(t, after_min, YEAR_WORDS);
  size_t y_at = year_word ? skip_blanks(t, year_word) : after_min;
  int y;
  if (digit_at(t, y_at) && read_number(t, y_at, 4, &y) == 4 && plausible_year(y)) {
    w->y = y;
    w->end = y_at + 4;
    return;
  }
  if (year_word && WORD_AMONG(t, after_min, THE_YEAR_WORDS)) {
    if ((e = shift_word_at(t, skip_blanks(t, year_word), &w->shift))) {
      w->year_from_ref = 1;
      w->end = e;
    }
    return;
  }
  int shift;
  if ((e = shift_word_at(t, k, &shift))) {
    /* "23 ديسمبر الماضي": the last 23 December; "الجاري": this year's. */
    w->direction = shift;
    w->year_from_ref = shift == 0;
    w->end = e;
  }
}

/* "23 من الشهر الماضي", "5 الجاري": a day of a month counted from the
** reference month.  K is where the month name would be. */
static int parse_month_of_ref(const text *t, size_t k, written_date *w) {
  size_t e = word_is(t, k, "الشهر");
  if (e) e = shift_word_at(t, skip_blanks(t, e), &w->shift);
  else if ((e = word_is(t, k, "الجاري"))) w->shift = 0;
  if (!e) return 0;
  w->month_from_ref = 1;
  w->end = e;
  return 1;
}

/* "23 ديسمبر 2020", "9 نوفمبر", "23 من شهر ديسمبر".  DAY ends at I. */
static int parse_named(const text *t, int day, size_t i, written_date *w) {
  if (day < 1 || day > 31) return 0;
  w->d = day;
  size_t k = skip_blanks(t, i), e;
  if ((e = word_is(t, k, "من"))) k = skip_blanks(t, e);
  if ((e = word_is(t, k, "شهر"))) k = skip_blanks(t, e);
  w->m = month_at(t, k, &e);
  if (!w->m) return parse_month_of_ref(t, k, w);
  w->end = skip_second_month(t, e, w->m);
  read_year(t, w);
  return 1;
}

/* Reads the date written at I, which is the start of a digit run. */
static int parse_written(const text *t, size_t i, written_date *w) {
  memset(w, 0, sizeof *w);
  int a;
  int na = read_number(t, i, 4, &a);
  if (!na) return 0;
  size_t j = i + (size_t)na;
  if (j < t->len && t->s[j] && strchr("/-.", t->s[j]) && digit_at(t, j + 1))
    return parse_numeric(t, a, na, j, w);
  return na <= 2 && parse_named(t, a, j, w);
}

/* A year-less date is the latest such day on or before REF, unless it
** falls within the next two months: news report what happened far more
** often than what is planned, but do announce the coming weeks. */
#define NEAR_FUTURE_DAYS 62

static hd_day place_in_year(hd_day ref, int m, int d, int direction) {
  int ry;
  hd_day_to_ymd(ref, &ry, NULL, NULL);
  hd_day past = HD_NO_DAY, next = HD_NO_DAY;
  /* Four years back and forth reach a 29 February. */
  for (int y = ry; y >= ry - 4 && past == HD_NO_DAY; y--) {
    hd_day c = hd_day_from_ymd(y, m, d);
    if (c != HD_NO_DAY && c <= ref) past = c;
  }
  for (int y = ry; y <= ry + 4 && next == HD_NO_DAY; y++) {
    hd_day c = hd_day_from_ymd(y, m, d);
    if (c != HD_NO_DAY && c > ref) next = c;
  }
  if (direction < 0) return past;
  if (direction > 0) return next;
  if (next != HD_NO_DAY && next - ref <= NEAR_FUTURE_DAYS) return next;
  return past != HD_NO_DAY ? past : next;
}

/* The day of a written date; HD_NO_DAY when it is impossible, or when it
** needs REF and REF is HD_NO_DAY, or lacks a year and NEED_YEAR is set. */
static hd_day resolve(const written_date *w, hd_day ref, int need_year) {
  if (w->y) return hd_day_from_ymd(w->y, w->m, w->d);
  if (need_year || ref == HD_NO_DAY) return HD_NO_DAY;
  int ry, rm;
  hd_day_to_ymd(ref, &ry, &rm, NULL);
  if (w->month_from_ref) {
    int months = ry * 12 + (rm - 1) + w->shift;
    return hd_day_from_ymd(months / 12, months % 12 + 1, w->d);
  }
  if (w->year_from_ref) return hd_day_from_ymd(ry + w->shift, w->m, w->d);
  return place_in_year(ref, w->m, w->d, w->direction);
}

/* A digit run may start a date unless it continues a number, a time, a
** code or a numeric date: "1/2020/12/23" is not 2020-12-23, nor is
** "10:30" or "COVID-19" a day, but "بغداد-23 ديسمبر" is. */
static int date_may_start(const text *t, size_t i) {
  if (i == 0) return 1;
  unsigned char c = t->s[i - 1];
  if (ascii_digit((char)c) || ascii_letter(c) || c == '_') return 0;
  if (i >= 2 && c && strchr(".:/-,", c)) {
    unsigned char b = t->s[i - 2];
    return !ascii_digit((char)b) && !ascii_letter(b);
  }
  return 1;
}

/* Notes a date of KIND from START to END on DAY in *M; 0 when DAY is
** none, unless KIND is relative (a weekday with no reference day is
** still read as one, so that its words are passed over). */
static int found(hd_date_match *m, size_t start, size_t end, hd_day day, hd_date_kind kind) {
  if (day == HD_NO_DAY && kind != HD_DATE_RELATIVE) return 0;
  m->start = start;
  m->end = end;
  m->day = day;
  m->kind = kind;
  return 1;
}

static int absolute_at(const text *t, size_t i, hd_day ref, int need_year, hd_date_match *m) {
  written_date w;
  if (!parse_written(t, i, &w)) return 0;
  return found(m, i, w.end, resolve(&w, ref, need_year), HD_DATE_ABSOLUTE);
}

/* ------------------------------------------------------------------ */
/* Relative dates                                                      */
/* ------------------------------------------------------------------ */

/* What a word does when it starts a relative date. */
enum role {
  R_WEEKDAY,  /* الاحد: arg is the weekday, 0 = Sunday */
  R_SHIFT,    /* امس, غدا, اليوم: arg is the shift from ref in days */
  R_YAWM,     /* يوم: "يوم الاحد", "يوم امس", "يوم غد" */
  R_AWWAL,    /* اول: "اول امس", "اول من امس" */
  R_BAAD      /* بعد: "بعد غد" */
};

/* Words that start a relative date, as stems behind the optional article
** ال.  Conjunctions و ف may precede any of them; the prepositions ب ل ك
** only those marked, which keeps "لامس" (touched) from being "امس". */
static const struct vocab {
  const char *stem;
  unsigned char len;       /* bytes of stem, so that lookups pay no strlen */
  unsigned char article;   /* 1: only with ال, 0: only without */
  unsigned char prep_ok;
  unsigned char role;
  signed char arg;
} VOCAB[] = {
  {"احد", sizeof "احد" - 1, 1, 1, R_WEEKDAY, 0},    {"اثنين", sizeof "اثنين" - 1, 1, 1, R_WEEKDAY, 1},
  {"ثلاثاء", sizeof "ثلاثاء" - 1, 1, 1, R_WEEKDAY, 2}, {"ثلاثا", sizeof "ثلاثا" - 1, 1, 1, R_WEEKDAY, 2},
  {"اربعاء", sizeof "اربعاء" - 1, 1, 1, R_WEEKDAY, 3}, {"اربعا", sizeof "اربعا" - 1, 1, 1, R_WEEKDAY, 3},
  {"خميس", sizeof "خميس" - 1, 1, 1, R_WEEKDAY, 4},   {"جمعه", sizeof "جمعه" - 1, 1, 1, R_WEEKDAY, 5},
  {"سبت", sizeof "سبت" - 1, 1, 1, R_WEEKDAY, 6},
  {"يوم", sizeof "يوم" - 1, 1, 1, R_SHIFT, 0},      /* اليوم */
  {"امس", sizeof "امس" - 1, 1, 1, R_SHIFT, -1},     /* بالامس */
  {"بارحه", sizeof "بارحه" - 1, 1, 1, R_SHIFT, -1},   /* البارحه */
  {"امس", sizeof "امس" - 1, 0, 0, R_SHIFT, -1},
  {"غدا", sizeof "غدا" - 1, 0, 0, R_SHIFT, 1},
  {"يوم", sizeof "يوم" - 1, 0, 1, R_YAWM, 0},
  {"اول", sizeof "اول" - 1, 0, 0, R_AWWAL, 0},
  {"بعد", sizeof "بعد" - 1, 0, 0, R_BAAD, 0},
};

/* "اليوم" that is not today: "اليوم الوطني", "في اليوم التالي",
** "ذلك اليوم", and the newspaper "اليوم السابع". */
static const char *const NOT_TODAY_AFTER[] = {
  "الوطني", "العالمي", "الدولي", "التالي", "السابق", "الاول", "الثاني", "الثالث",
  "الاخير", "السابع", "الذي", "نفسه", "ذاته"};
static const char *const NOT_TODAY_BEFORE[] = {"ذلك", "ذات", "نفس", "تلك"};
static const char *const YESTERDAY_WORDS[] = {"امس", "البارحه"};
static const char *const TOMORROW_WORDS[] = {"غد", "الغد", "غدا"};

#define CP_ALEF 0x0627
#define CP_LAM 0x0644

static int32_t folded_cp_at(const text *t, size_t i) { return fold_cp(arabic_cp_at(t, i)); }

static int is_conjunction(int32_t cp) { return cp == 0x0648 || cp == 0x0641; }              /* و ف */
static int is_preposition(int32_t cp) { return cp == 0x0628 || cp == CP_LAM || cp == 0x0643; } /* ب ل ك */

/* Every word of VOCAB, with or without clitics, starts with one of these:
** a clitic, alef (ال, امس, اول), yeh (يوم), ghain (غدا) or beh (بعد). */
static int may_start_relative(int32_t cp) {
  return is_conjunction(cp) || is_preposition(cp) || cp == CP_ALEF || cp == 0x064A || cp == 0x063A;
}

/* Bit N of vocab_lengths[A] when a stem of VOCAB with article A has N
** bytes: a word of no such length is no stem, whatever its letters, and
** most words are not asked further.  Made once (find_word_starts()). */
static uint64_t vocab_lengths[2];

static const struct vocab *lookup_stem(const text *t, size_t at, size_t we, int article, int prep) {
  if (we - at >= 64 || !(vocab_lengths[article] >> (we - at) & 1)) return NULL;
  int32_t first = folded_cp_at(t, at);   /* what match_letters() compares first */
  for (size_t k = 0; k < HD_ARRAY_LEN(VOCAB); k++) {
    const struct vocab *v = &VOCAB[k];
    size_t n = v->len;
    if (n == we - at && v->article == article && (v->prep_ok || !prep) && first_letter(v->stem) == first &&
        match_letters(t, at, v->stem, n))
      return v;
  }
  return NULL;
}

/* The VOCAB entry of the word [WS, WE) once its clitics are set aside;
** *START is where the word proper begins (after و ف ب ل ك). */
static const struct vocab *lookup_word(const text *t, size_t ws, size_t we, size_t *start) {
  size_t at[3];
  int prep[3], n = 0;
  size_t p = ws;
  at[n] = p;
  prep[n++] = 0;
  if (we - p > 2 && is_conjunction(folded_cp_at(t, p))) {
    p += 2;
    at[n] = p;
    prep[n++] = 0;
  }
  if (we - p > 2 && is_preposition(folded_cp_at(t, p))) {
    at[n] = p + 2;
    prep[n++] = 1;
  }
  for (int k = 0; k < n; k++) {
    size_t c = at[k];
    const struct vocab *v = NULL;
    int32_t c0 = folded_cp_at(t, c), c1 = folded_cp_at(t, c + 2);
    if (we - c > 4 && c0 == CP_ALEF && c1 == CP_LAM)
      v = lookup_stem(t, c + 4, we, 1, prep[k]);
    else if (we - c > 4 && !prep[k] && c0 == CP_LAM && c1 == CP_LAM)   /* لل = ل + ال */
      v = lookup_stem(t, c + 4, we, 1, 1);
    if (!v) v = lookup_stem(t, c, we, 0, prep[k]);
    if (v) {
      *start = c;
      return v;
    }
  }
  return NULL;
}

/* The weekday named at I with its article ("الاحد"), or -1; *END after it. */
static int weekday_at(const text *t, size_t i, size_t *end) {
  if (folded_cp_at(t, i) != CP_ALEF || folded_cp_at(t, i + 2) != CP_LAM) return -1;
  for (size_t k = 0; k < HD_ARRAY_LEN(VOCAB); k++) {
    if (VOCAB[k].role != R_WEEKDAY) continue;
    size_t e = word_is(t, i + 4, VOCAB[k].stem);
    if (e) {
      *end = e;
      return VOCAB[k].arg;
    }
  }
  return -1;
}

/* The weekday WD nearest REF: on or before it (DIRECTION 0), strictly
** before (-1) or strictly after (+1). */
static hd_day weekday_near(hd_day ref, int wd, int direction) {
  int today = hd_day_weekday(ref);
  int back = (today - wd + 7) % 7, ahead = (wd - today + 7) % 7;
  if (direction == 0) return ref - back;
  if (direction < 0) return ref - (back ? back : 7);
  return ref + (ahead ? ahead : 7);
}

static int relative(hd_date_match *m, size_t start, size_t end, hd_day day) {
  return found(m, start, end, day, HD_DATE_RELATIVE);
}

/* A written date right after a weekday: "الاثنين, 16 نوفمبر 2020",
** "الاحد الموافق 10 يناير". */
static int date_after_weekday(const text *t, size_t wend, hd_day ref, hd_date_match *m) {
  size_t k = skip_gap(t, wend, ",-"), e;
  if ((e = word_is(t, k, "الموافق"))) k = skip_gap(t, e, ",");
  return digit_at(t, k) && absolute_at(t, k, ref, 0, m);
}

/* A weekday named from START to WEND, with what may follow it. */
static int weekday_phrase(const text *t, size_t start, size_t wend, int wd, hd_day ref,
                          hd_date_match *m) {
  if (date_after_weekday(t, wend, ref, m)) {
    m->start = start;
    return 1;
  }
  if (ref == HD_NO_DAY) return 0;
  size_t k = skip_blanks(t, wend), e, e2;
  if ((e = WORD_AMONG(t, k, PAST_WORDS)))
    return relative(m, start, e, weekday_near(ref, wd, -1));
  if ((e = WORD_AMONG(t, k, NEXT_WORDS)))
    return relative(m, start, e, weekday_near(ref, wd, 1));
  if ((e = word_is(t, k, "قبل")) && (e2 = WORD_AMONG(t, skip_blanks(t, e), PAST_WORDS)))
    return relative(m, start, e2, weekday_near(ref, wd, -1) - 7);
  if ((e = word_is(t, k, "بعد")) && (e2 = WORD_AMONG(t, skip_blanks(t, e), NEXT_WORDS)))
    return relative(m, start, e2, weekday_near(ref, wd, 1) + 7);
  return relative(m, start, wend, weekday_near(ref, wd, 0));
}

/* اليوم, امس, امس الاول, غدا; a weekday may follow: "اليوم الاثنين". */
static int shift_phrase(const text *t, size_t ws, size_t start, size_t we, int shift, hd_day ref,
                        hd_date_match *m) {
  size_t end = we, k = skip_blanks(t, we), e;
  if (shift == 0) {
    if (word_before_among(t, ws, NOT_TODAY_BEFORE, HD_ARRAY_LEN(NOT_TODAY_BEFORE))) return 0;
    if (weekday_at(t, k, &e) < 0 && WORD_AMONG(t, k, NOT_TODAY_AFTER)) return 0;
  }
  if (shift == -1 && (e = word_is(t, k, "الاول"))) {
    shift = -2;
    end = e;
    k = skip_blanks(t, e);
  }
  if (weekday_at(t, k, &e) >= 0) end = e;
  return relative(m, start, end, ref + shift);
}

/* "يوم الاحد ...", "يوم امس", "يوم غد". */
static int yawm_phrase(const text *t, size_t start, size_t we, hd_day ref, hd_date_match *m) {
  size_t k = skip_blanks(t, we), e;
  int wd = weekday_at(t, k, &e);
  if (wd >= 0) return weekday_phrase(t, start, e, wd, ref, m);
  if (ref == HD_NO_DAY) return 0;
  if ((e = WORD_AMONG(t, k, YESTERDAY_WORDS))) return shift_phrase(t, start, start, e, -1, ref, m);
  if ((e = WORD_AMONG(t, k, TOMORROW_WORDS))) return relative(m, start, e, ref + 1);
  return 0;
}

/* A relative date starting with the word [WS, WE). */
static int relative_at(const text *t, size_t ws, size_t we, hd_day ref, hd_date_match *m) {
  if (we - ws > MAX_WORD_BYTES || !may_start_relative(folded_cp_at(t, ws))) return 0;
  size_t start, k, e;
  const struct vocab *v = lookup_word(t, ws, we, &start);
  if (!v) return 0;
  switch (v->role) {
  case R_WEEKDAY:
    return weekday_phrase(t, start, we, v->arg, ref, m);
  case R_YAWM:
    return yawm_phrase(t, start, we, ref, m);
  default:
    break;
  }
  if (ref == HD_NO_DAY) return 0;
  k = skip_blanks(t, we);
  switch (v->role) {
  case R_SHIFT:
    return shift_phrase(t, ws, start, we, v->arg, ref, m);
  case R_AWWAL:
    if ((e = word_is(t, k, "من"))) k = skip_blanks(t, e);
    return (e = word_is(t, k, "امس")) ? relative(m, start, e, ref - 2) : 0;
  case R_BAAD:
    return (e = WORD_AMONG(t, k, TOMORROW_WORDS)) ? relative(m, start, e, ref + 2) : 0;
  default:
    return 0;
  }
}

/* ------------------------------------------------------------------ */
/* Months without their day, and times ago                             */
/* ------------------------------------------------------------------ */

static int month_match(hd_date_match *m, size_t start, size_t end, hd_day day) {
  return found(m, start, end, day, HD_DATE_MONTH);
}

/* "آذار/مارس 2016"، "سبتمبر / أيلول عام 2016"، "مارس الماضي"، "يونيو المقبل":
** a month named with its year, or with a word that places it, but with no
** day.  "الماضي" is the last such month before the reference month, and
** "المقبل" the next one after it.  A month named alone after في is this
** year's when it is before the reference month, last year's for a verb in
** the past when after it (HD_DATE_LAST_MONTH), else no date; nor is one
** after منذ or حتى, which tells how long something has lasted, nor one after
** من ("من مارس"، "السادس من اغسطس"). */
static const char *const IN_MONTH_WORDS[] = {"في", "وفي", "خلال", "مطلع", "اواخر", "اوايل", "منتصف", "نهايه", "بدايه"};
static const char *const SINCE_WORDS[] = {"منذ", "ومنذ", "حتي", "وحتي", "من"};

/* The start and the middle of a month: the last day each may reach. */
static const struct part_word { const char *w; int last; } PARTS[] = {
  {"مطلع", 7}, {"ومطلع", 7}, {"بدايه", 7}, {"وبدايه", 7}, {"مستهل", 7}, {"ومستهل", 7},
  {"اوايل", 10}, {"واوايل", 10}, {"منتصف", 17}, {"ومنتصف", 17}, {"اواسط", 17}, {"واواسط", 17}};

/* Where the word before I starts, past at most a few blanks; I when no
** blank stands right before I. */
static size_t word_start_before(const text *t, size_t i) {
  size_t j = i;
  while (j > 0 && i - j < MAX_GAP && (t->s[j - 1] == ' ' || t->s[j - 1] == '\t')) j--;
  while (word_char_before(t, j)) j -= 2;
  return j;
}

/* The last day of the part of a month that the word just before I names,
** past "شهر" ("مطلع شهر فبراير"); 0 when it names none, or follows منذ,
** حتى or من ("منذ مطلع يوليو" is where a span begins, not when). */
static int part_before(const text *t, size_t i) {
  size_t ws = word_start_before(t, i);
  if (ws < i && word_is(t, ws, "شهر")) {
    i = ws;
    ws = word_start_before(t, i);
  }
  for (size_t k = 0; ws < i && k < HD_ARRAY_LEN(PARTS); k++)
    if (word_is(t, ws, PARTS[k].w))
      return word_before_among(t, ws, SINCE_WORDS, HD_ARRAY_LEN(SINCE_WORDS)) ? 0 : PARTS[k].last;
  return 0;
}

/* A part of the reference month (HD_DATE_PART), from START to END. */
static int part_match(hd_date_match *m, size_t start, size_t end, hd_day ref, int last) {
  int ry, rm;
  hd_day_to_ymd(ref, &ry, &rm, NULL);
  return found(m, start, end, hd_day_from_ymd(ry, rm, last), HD_DATE_PART);
}

static int month_phrase(const text *t, size_t i, size_t we, hd_day ref, hd_date_match *m) {
  written_date w;
  size_t e;
  memset(&w, 0, sizeof w);
  /* first, and with the word's end known: most words are no month */
  if (we - i > MAX_WORD_BYTES || !(w.m = month_in(t, i, we, &e))) return 0;
  /* "منذ مايو الماضي" lasts; "السادس من اغسطس الماضي" is a day in words */
  if (word_before_among(t, i, SINCE_WORDS, HD_ARRAY_LEN(SINCE_WORDS))) return 0;
  size_t b = i;   /* a number before the month is a day that was no date ("31 فبراير 2020") */
  while (b > 0 && i - b < MAX_GAP && (t->s[b - 1] == ' ' || t->s[b - 1] == '\t')) b--;
  if (b > 0 && (digit_at(t, b - 1) || ascii_letter(t->s[b - 1]))) return 0;
  w.end = skip_second_month(t, e, w.m);
  size_t named = w.end;
  read_year(t, &w);
  if (w.end == named) {
    /* "أطلقت تركيا في يناير عملية": a month named alone after في, before
    ** the reference month, is this year's; after it, last year's or the
    ** next, as its verb tells */
    int ry, rm, last;
    if (ref == HD_NO_DAY) return 0;
    hd_day_to_ymd(ref, &ry, &rm, NULL);
    /* "ومطلع شباط/فبراير، شن" in February: a part of the reference month */
    if (w.m == rm && (last = part_before(t, i))) return part_match(m, i, named, ref, last);
    if (!word_before_among(t, i, IN_MONTH_WORDS, HD_ARRAY_LEN(IN_MONTH_WORDS))) return 0;
    if (w.m > rm) {   /* (not "حتى نهاية ديسمبر", a time to come) */
      size_t in = word_start_before(t, i);
      if (in != i && word_before_among(t, in, SINCE_WORDS, HD_ARRAY_LEN(SINCE_WORDS))) return 0;
      return found(m, i, named, hd_day_from_ymd(ry - 1, w.m, 1), HD_DATE_LAST_MONTH);
    }
    return w.m < rm ? month_match(m, i, named, hd_day_from_ymd(ry, w.m, 1)) : 0;
  }
  int ry, rm, last;
  if (ref != HD_NO_DAY) {
    /* "مطلع حزيران/يونيو الجاري"، "منتصف أبريل 2018" */
    hd_day_to_ymd(ref, &ry, &rm, NULL);
    int y = w.y ? w.y : w.year_from_ref ? ry + w.shift : 0;
    if (y == ry && w.m == rm && (last = part_before(t, i))) return part_match(m, i, w.end, ref, last);
  }
  if (w.y) return month_match(m, i, w.end, hd_day_from_ymd(w.y, w.m, 1));
  if (ref == HD_NO_DAY) return 0;
  if (w.year_from_ref) return month_match(m, i, w.end, hd_day_from_ymd(ry + w.shift, w.m, 1));
  int y = w.direction < 0 ? (w.m < rm ? ry : ry - 1) : (w.m > rm ? ry : ry + 1);
  return month_match(m, i, w.end, hd_day_from_ymd(y, w.m, 1));
}

/* "في الخامس عشر من ديسمبر الماضي"، "في الرابع من أبريل الجاري": the day
** as an ordinal in words, then من and the month, and its year or a word
** that places it (not "الاسبوع الاول من تموز"). */
#define ORD(w, n) {w, n, sizeof w - 1}
static const struct ordinal_word { const char *w; int n; unsigned char len; } ORDINALS[] = {
  ORD("الاول", 1), ORD("الثاني", 2), ORD("الثالث", 3), ORD("الرابع", 4), ORD("الخامس", 5), ORD("السادس", 6),
  ORD("السابع", 7), ORD("الثامن", 8), ORD("التاسع", 9), ORD("العاشر", 10), ORD("الحادي", 1), ORD("العشرين", 20),
  ORD("الثلاثين", 30)};
#undef ORD

static const char *const PART_WORDS[] = {"الاسبوع", "الشهر", "النصف", "الربع", "الثلث", "العشر"};
static const char *const IN_DAY_WORDS[] = {"في", "وفي", "يوم", "ويوم", "بتاريخ"};

static int ordinal_date(const text *t, size_t i, size_t we, hd_day ref, hd_date_match *m) {
  size_t e = 0, k;
  int day = 0;
  /* the ordinal first, with the word's end known: most words are none */
  if (!may_start(&ordinal_starts, t, i, we)) return 0;
  /* (the word fills [I, WE): an ordinal of another length is not it) */
  for (size_t o = 0; o < HD_ARRAY_LEN(ORDINALS) && !day; o++)
    if (ORDINALS[o].len == we - i && (e = word_is(t, i, ORDINALS[o].w))) day = ORDINALS[o].n;
  if (!day || day == 20 || day == 30) return 0;
  if (word_before_among(t, i, PART_WORDS, HD_ARRAY_LEN(PART_WORDS))) return 0;   /* "الاسبوع الاول من تموز" */
  k = skip_blanks(t, e);
  size_t e2;
  if ((e2 = word_is(t, k, "عشر"))) {   /* الخامس عشر */
    day += 10;
    k = skip_blanks(t, e2);
  } else if ((e2 = word_is(t, k, "والعشرين")) || (e2 = word_is(t, k, "والثلاثين"))) {   /* الحادي والعشرين */
    day += match_letters(t, k, "والعشرين", sizeof "والعشرين" - 1) ? 20 : 30;
    k = skip_blanks(t, e2);
  } else if (day == 1 && match_letters(t, i, "الحادي", sizeof "الحادي" - 1)) {
    return 0;   /* الحادي alone is no day */
  }
  if (!(e2 = word_is(t, k, "من"))) return 0;
  k = skip_blanks(t, e2);
  if ((e2 = word_is(t, k, "شهر"))) k = skip_blanks(t, e2);
  written_date w;
  memset(&w, 0, sizeof w);
  w.d = day;
  if (!(w.m = month_at(t, k, &e2))) return 0;
  w.end = skip_second_month(t, e2, w.m);
  size_t named = w.end;
  read_year(t, &w);
  /* with no year nor الماضي, a day only as the time of what the clause
  ** tells ("وفي التاسع من نيسان/أبريل اتهمت دمشق إسرائيل"): the nearest
  ** such day, as a day written in figures is; not a day that names an
  ** event, a revolution or a town ("هجمات الحادي عشر من سبتمبر"، "ثورة
  ** الخامس والعشرين من يناير"، "مدينة السادس من أكتوبر"), nor 11 September */
  if (w.end == named && (!word_before_among(t, i, IN_DAY_WORDS, HD_ARRAY_LEN(IN_DAY_WORDS)) || (day == 11 && w.m == 9)))
    return 0;
  return found(m, i, w.end, resolve(&w, ref, 0), HD_DATE_ABSOLUTE);
}

/* Counts and units of "قبل عامين"، "قبل نحو ثلاثة أشهر"، "منذ أربع سنوات مضت". */
static const struct count_word { const char *w; int n; } COUNT_WORDS[] = {
  {"ثلاث", 3}, {"ثلاثه", 3}, {"اربع", 4}, {"اربعه", 4}, {"خمس", 5}, {"خمسه", 5},
  {"ست", 6}, {"سته", 6}, {"سبع", 7}, {"سبعه", 7}, {"ثماني", 8}, {"ثمانيه", 8},
  {"تسع", 9}, {"تسعه", 9}, {"عشر", 10}, {"عشره", 10}, {"بضع", 3}, {"بضعه", 3}, {"عده", 3}};
static const struct unit_word { const char *w; int months, days, n; } UNIT_WORDS[] = {
  /* n: 1 singular, 2 dual, 0 plural (the count before it, else a few) */
  {"عام", 12, 0, 1}, {"عاما", 12, 0, 1}, {"سنه", 12, 0, 1}, {"شهر", 1, 0, 1}, {"شهرا", 1, 0, 1}, {"عقد", 120, 0, 1},
  {"عامين", 12, 0, 2}, {"سنتين", 12, 0, 2}, {"شهرين", 1, 0, 2}, {"عقدين", 120, 0, 2},
  {"اعوام", 12, 0, 0}, {"سنوات", 12, 0, 0}, {"سنين", 12, 0, 0}, {"اشهر", 1, 0, 0}, {"شهور", 1, 0, 0}, {"عقود", 120, 0, 0},
  /* days and weeks ago name a day; a few weeks ago ("قبل أسابيع") only a
  ** month, a few days ago ("قبل أيام") nothing; not "قبل يوم" ("قبل يوم
  ** الجمعة" is before Friday) */
  {"يومين", 0, 1, 2}, {"ايام", 0, 1, 0}, {"يوما", 0, 1, 1},
  {"اسبوع", 0, 7, 1}, {"اسبوعا", 0, 7, 1}, {"اسبوعين", 0, 7, 2}, {"اسابيع", 0, 7, 0}};
static const char *const ABOUT_WORDS[] = {"نحو", "حوالي", "قرابه", "زهاء"};
static const char *const AGO_OPENERS[] = {"قبل", "وقبل", "منذ", "ومنذ"};
/* Bit N when an opener has N bytes (find_word_starts()): the word that
** fills [WS, WE) (all word characters, and none at WE) can be no opener of
** another length, since every letter of one is a word character; asked
** first, this spares the comparison of letters for most words. */
static uint64_t ago_lengths;
static const char *const GONE_WORDS[] = {"مضت", "خلت"};
static const char *const NOT_AGO_AFTER[] = {"من", "رمضان"};   /* "قبل عام من الانتخابات" */

/* The count at *K of a time ago or between ("قبل 15 يوما"، "بعد ستة
** أسابيع"), in figures or in a word, moving *K past it and its blanks: 0
** when there is none, -1 when the figures are no count (0, or too long). */
static int count_at(const text *t, size_t *k) {
  int v;
  size_t e;
  if (digit_at(t, *k)) {
    int nd = read_number(t, *k, 2, &v);
    if (!nd || v < 1) return -1;
    *k = skip_blanks(t, *k + (size_t)nd);
    return v;
  }
  for (size_t c = 0; c < HD_ARRAY_LEN(COUNT_WORDS); c++)
    if ((e = word_is(t, *k, COUNT_WORDS[c].w))) {
      *k = skip_blanks(t, e);
      return COUNT_WORDS[c].n;
    }
  return 0;
}

/* "قبل عامين"، "قبل أكثر من عام"، "منذ نحو أربع سنوات مضت": a time ago
** counted in months or years.  After منذ, only with مضت or خلت ("منذ
** عامين" is as often how long something has lasted).  Its day is the
** reference day as many months back. */
static int ago_phrase(const text *t, size_t ws, size_t we, hd_day ref, hd_date_match *m) {
  if (ref == HD_NO_DAY || we - ws >= 64 || !(ago_lengths >> (we - ws) & 1)) return 0;
  size_t e = WORD_AMONG(t, ws, AGO_OPENERS), k;
  if (!e) return 0;
  int since = e - ws >= 6 && match_letters(t, e - 6, "منذ", 6);
  k = skip_blanks(t, e);
  if ((e = WORD_AMONG(t, k, ABOUT_WORDS))) k = skip_blanks(t, e);
  else if ((e = word_is(t, k, "اكثر")) && (e = word_is(t, skip_blanks(t, e), "من"))) k = skip_blanks(t, e);
  int count = count_at(t, &k);
  if (count < 0) return 0;
  const struct unit_word *u = NULL;
  for (size_t c = 0; c < HD_ARRAY_LEN(UNIT_WORDS) && !u; c++)
    if ((e = word_is(t, k, UNIT_WORDS[c].w))) u = &UNIT_WORDS[c];
  /* "قبل ثلاث سنوات"، "قبل 15 عاما"; not "قبل ثلاث عامين" */
  if (!u || (count && u->n == 2) || (count >= 3 && count <= 10 && u->n == 1) || (count > 10 && !u->n)) return 0;
  size_t end = e, after = skip_blanks(t, e), g;
  if ((g = WORD_AMONG(t, after, GONE_WORDS))) end = g;
  else if (since) return 0;
  if (digit_at(t, after) || WORD_AMONG(t, after, NOT_AGO_AFTER) || month_at(t, after, &g)) return 0;
  if (u->days) {
    if (!count && !u->n && u->days == 1) return 0;
    if (u->n == 1 && u->days == 1 && count < 11) return 0;   /* ("يوما" only after a count: "قبل 12 يوما") */
    int days = u->days * (count ? count : u->n ? u->n : 3);
    if (!count && !u->n) return month_match(m, ws, end, ref - days);
    return found(m, ws, end, ref - days, HD_DATE_AGO);
  }
  int months = u->months * (count ? count : u->n ? u->n : 3);
  int ry, rm, rd;
  hd_day_to_ymd(ref, &ry, &rm, &rd);
  int back = ry * 12 + (rm - 1) - months;
  if (back < 12) return 0;
  hd_day day = hd_day_from_ymd(back / 12, back % 12 + 1, rd > 28 ? 28 : rd);
  return month_match(m, ws, end, day);
}

/* Is the word [WS, WE) UNIT ("الشهر"، "الاسبوع", LEN bytes), or UNIT
** after the conjunction و or ف ("والشهر الماضي اتهم"), not after منذ,
** حتى or من, followed by a word that places it before or after the
** reference day (الماضي، المقبل; not الجاري)?  Sets *END past that word
** and *SHIFT to -1 or 1. */
static int unit_shift(const text *t, size_t ws, size_t we, hd_day ref, const char *unit, size_t len, size_t *end,
                      int *shift) {
  size_t e, at = ws;
  if (we - ws == len + 2 && is_conjunction(folded_cp_at(t, ws))) at += 2;
  if (ref == HD_NO_DAY || we - at != len || !(e = word_is(t, at, unit))) return 0;
  if (word_before_among(t, ws, SINCE_WORDS, HD_ARRAY_LEN(SINCE_WORDS))) return 0;
  return (*end = shift_word_at(t, skip_blanks(t, e), shift)) != 0 && *shift != 0;
}

/* "الشهر الماضي"، "الشهر المقبل": the month before or after the reference
** month; not after منذ, حتى or من ("منذ الشهر الماضي" lasts, "5 من الشهر
** الماضي" is a day), nor "الشهر الجاري", which says nothing of when. */
static int month_shift_phrase(const text *t, size_t ws, size_t we, hd_day ref, hd_date_match *m) {
  static const char the_month[] = "الشهر";
  size_t e;
  int shift, ry, rm;
  if (!unit_shift(t, ws, we, ref, the_month, sizeof the_month - 1, &e, &shift)) return 0;
  hd_day_to_ymd(ref, &ry, &rm, NULL);
  int months = ry * 12 + (rm - 1) + shift;
  return month_match(m, ws, e, hd_day_from_ymd(months / 12, months % 12 + 1, 1));
}

/* "مطلع الشهر الجاري"، "منتصف الشهر الحالي"، "بداية هذا الشهر": a part of
** the reference month (HD_DATE_PART); not after منذ, حتى or من. */
static int part_phrase(const text *t, size_t ws, size_t we, hd_day ref, hd_date_match *m) {
  static const char *const current[] = {"الجاري", "الحالي"};
  if (ref == HD_NO_DAY || we - ws < 8 || we - ws > 12) return 0;   /* (the lengths of the words of PARTS) */
  int last = 0;
  for (size_t k = 0; k < HD_ARRAY_LEN(PARTS) && !last; k++)
    if (word_is(t, ws, PARTS[k].w) == we) last = PARTS[k].last;
  if (!last || word_before_among(t, ws, SINCE_WORDS, HD_ARRAY_LEN(SINCE_WORDS))) return 0;
  size_t k = skip_blanks(t, we), e;
  if ((e = word_is(t, k, "هذا"))) {
    if (!(e = word_is(t, skip_blanks(t, e), "الشهر"))) return 0;
  } else if (!(e = word_is(t, k, "الشهر")) || !(e = WORD_AMONG(t, skip_blanks(t, e), current))) {
    return 0;
  }
  return part_match(m, ws, e, ref, last);
}

/* "الأسبوع الماضي"، "الأسبوع المقبل": a week before or after the reference
** day, told as the day seven days from it (a week's events are the days
** of that week, which the text does not name); not after منذ, حتى or من
** ("منذ الأسبوع الماضي" lasts), nor "الأسبوع الجاري", which says nothing
** of when. */
static int week_shift_phrase(const text *t, size_t ws, size_t we, hd_day ref, hd_date_match *m) {
  static const char the_week[] = "الاسبوع";
  size_t e;
  int shift;
  if (!unit_shift(t, ws, we, ref, the_week, sizeof the_week - 1, &e, &shift)) return 0;
  return relative(m, ws, e, ref + 7 * shift);
}

/* "بعد أسبوع من القمة"، "بعد ستة أسابيع من انطلاق تظاهرات"، "قبل يومين من
** الانتخابات": a time in days or weeks between the time of the clause,
** the reference day, and the event named right after من.  Its day is the
** reference day as far back after بعد, or on after قبل; a few days or
** weeks ("بعد أيام من") give none. */
static const char *const LEAD_OPENERS[] = {"بعد", "وبعد", "قبل", "وقبل"};
/* The units of a lead: the days of one, and whether a count must come
** before it (plural, and the accusative after 11 and more) or may not
** (singular, dual). */
static const struct lead_unit { const char *w; int days, counted; } LEAD_UNITS[] = {
  {"يوم", 1, 0}, {"يومين", 2, 0}, {"ايام", 1, 1}, {"يوما", 1, 1},
  {"اسبوع", 7, 0}, {"اسبوعين", 14, 0}, {"اسابيع", 7, 1}, {"اسبوعا", 7, 1}};
static int lead_phrase(const text *t, size_t ws, size_t we, hd_day ref, hd_date_match *m) {
  if (ref == HD_NO_DAY || (we - ws != 6 && we - ws != 8)) return 0;   /* (the openers' lengths: بعد، وبعد) */
  size_t e = WORD_AMONG(t, ws, LEAD_OPENERS), k;
  if (!e) return 0;
  int ahead = match_letters(t, e - 6, "قبل", 6);
  k = skip_blanks(t, e);
  if ((e = WORD_AMONG(t, k, ABOUT_WORDS))) k = skip_blanks(t, e);
  int count = count_at(t, &k);
  if (count < 0 || count == 1) return 0;   /* (one is said by the unit alone: "بعد يوم من") */
  const struct lead_unit *u = NULL;
  for (size_t c = 0; c < HD_ARRAY_LEN(LEAD_UNITS) && !u; c++)
    if ((e = word_is(t, k, LEAD_UNITS[c].w))) u = &LEAD_UNITS[c];
  /* ("بعد أيام من" names no day; nor "بعد ثلاثة يومين") */
  if (!u || u->counted != (count > 0)) return 0;
  size_t of = word_is(t, skip_blanks(t, e), "من");
  if (!of) return 0;
  int days = u->days * (count ? count : 1);
  return found(m, ws, of, ahead ? ref + days : ref - days, HD_DATE_LEAD);
}

/* ------------------------------------------------------------------ */
/* The scan                                                            */
/* ------------------------------------------------------------------ */

/* The first letters and lengths of the month names and the ordinals. */
static void find_word_starts(void) {
  for (size_t k = 0; k < HD_ARRAY_LEN(MONTHS); k++) add_start(&month_starts, MONTHS[k].first, MONTHS[k].len);
  for (size_t k = 0; k < HD_ARRAY_LEN(ORDINALS); k++) add_start(&ordinal_starts, ORDINALS[k].w, ORDINALS[k].len);
  for (size_t k = 0; k < HD_ARRAY_LEN(VOCAB); k++) vocab_lengths[VOCAB[k].article] |= 1ull << VOCAB[k].len;
  for (size_t k = 0; k < HD_ARRAY_LEN(AGO_OPENERS); k++) ago_lengths |= 1ull << strlen(AGO_OPENERS[k]);
}

typedef struct scanner {
  text t;
  hd_day ref;
  int header;   /* only complete dates written with a four-digit year */
} scanner;

/* Finds the next date at or after *POS, moving *POS past it.  Every word
** and digit run is visited once, and each attempt reads a bounded number
** of bytes ahead. */
static int next_date(const scanner *sc, size_t *pos, hd_date_match *m) {
  const text *t = &sc->t;
  size_t i = *pos;
  while (i < t->len) {
    if (digit_at(t, i)) {
      if (date_may_start(t, i) && absolute_at(t, i, sc->ref, sc->header, m)) break;
      while (digit_at(t, i)) i++;
    } else if (word_char_at(t, i)) {
      size_t we = i;
      while (word_char_at(t, we)) we += 2;
      if (!sc->header && (relative_at(t, i, we, sc->ref, m) || ordinal_date(t, i, we, sc->ref, m) ||
                          month_phrase(t, i, we, sc->ref, m) || ago_phrase(t, i, we, sc->ref, m) || lead_phrase(t, i, we, sc->ref, m) ||
                          month_shift_phrase(t, i, we, sc->ref, m) || week_shift_phrase(t, i, we, sc->ref, m) ||
                          part_phrase(t, i, we, sc->ref, m)))
        break;
      i = we;
    } else {
      i++;
    }
  }
  if (i >= t->len) return 0;
  *pos = m->end;
  return 1;
}

size_t hd_dates_find(const char *text_, size_t len, hd_day ref, hd_date_match *out, size_t max) {
  if (!text_) return 0;
  pthread_once(&word_starts_once, find_word_starts);
  scanner sc = {{(const unsigned char *)text_, len}, day_in_range(ref) ? ref : HD_NO_DAY, 0};
  size_t pos = 0, n = 0;
  hd_date_match m;
  while (next_date(&sc, &pos, &m)) {
    if (out && n < max) out[n] = m;
    n++;
  }
  return n;
}

hd_day hd_date_header(const char *text_, size_t len) {
  if (!text_) return HD_NO_DAY;
  pthread_once(&word_starts_once, find_word_starts);
  scanner sc = {{(const unsigned char *)text_, len}, HD_NO_DAY, 1};
  size_t pos = 0;
  hd_date_match m;
  return next_date(&sc, &pos, &m) ? m.day : HD_NO_DAY;
}
