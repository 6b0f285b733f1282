/*
** test_date.c: calendar arithmetic, and the dates found in folded Arabic
** news text: every month convention, double forms, numeric forms, missing
** years, relative dates, things that are not dates, and the header date.
**
** Inputs are written already folded, as the normalizer hands them over.
** Each text is copied into a buffer of exactly its length, without a NUL,
** so that the sanitizers catch any read past the end.
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "date/date.h"
#include "unit.h"

static hd_day iso(const char *s) { return hd_day_parse_iso(s); }

static char *exact_copy(const char *text, size_t len) {
  char *copy = malloc(len ? len : 1);
  if (!copy) abort();
  memcpy(copy, text, len);
  return copy;
}

/* The dates of TEXT with reference REF (ISO or NULL), at most MAX. */
static size_t find(const char *text, const char *ref, hd_date_match *out, size_t max) {
  size_t len = strlen(text);
  char *copy = exact_copy(text, len);
  size_t n = hd_dates_find(copy, len, ref ? iso(ref) : HD_NO_DAY, out, max);
  free(copy);
  return n;
}

static char day_buf[16];

static const char *fmt(hd_day day) {
  if (day == HD_NO_DAY) return "none";
  hd_day_format(day, day_buf);
  return day_buf;
}

/* The first date of TEXT as "YYYY-MM-DD", or "none". */
static const char *first(const char *text, const char *ref) {
  hd_date_match m[8];
  return find(text, ref, m, 8) ? fmt(m[0].day) : "none";
}

static char span_buf[256];

/* The text covered by the first date of TEXT, or "none". */
static const char *span(const char *text, const char *ref) {
  hd_date_match m[8];
  if (!find(text, ref, m, 8)) return "none";
  size_t n = m[0].end - m[0].start;
  if (n >= sizeof span_buf) n = sizeof span_buf - 1;
  memcpy(span_buf, text + m[0].start, n);
  span_buf[n] = 0;
  return span_buf;
}

static int kind(const char *text, const char *ref) {
  hd_date_match m[8];
  return find(text, ref, m, 8) ? (int)m[0].kind : 0;
}

static const char *header(const char *text) {
  size_t len = strlen(text);
  char *copy = exact_copy(text, len);
  hd_day day = hd_date_header(copy, len);
  free(copy);
  return fmt(day);
}

static void test_calendar(void) {
  CHECK_INT(hd_day_from_ymd(1970, 1, 1), 0);
  CHECK_INT(hd_day_from_ymd(1970, 1, 2), 1);
  CHECK_INT(hd_day_from_ymd(1969, 12, 31), -1);
  CHECK_INT(hd_day_from_ymd(2000, 3, 1) - hd_day_from_ymd(2000, 2, 28), 2);
  CHECK(hd_day_from_ymd(2020, 2, 29) != HD_NO_DAY);
  CHECK(hd_day_from_ymd(2000, 2, 29) != HD_NO_DAY);
  CHECK(hd_day_from_ymd(1900, 2, 29) == HD_NO_DAY);
  CHECK(hd_day_from_ymd(2021, 2, 29) == HD_NO_DAY);
  CHECK(hd_day_from_ymd(2021, 4, 31) == HD_NO_DAY);
  CHECK(hd_day_from_ymd(2021, 13, 1) == HD_NO_DAY);
  CHECK(hd_day_from_ymd(2021, 0, 1) == HD_NO_DAY);
  CHECK(hd_day_from_ymd(2021, 1, 0) == HD_NO_DAY);
  CHECK(hd_day_from_ymd(0, 1, 1) == HD_NO_DAY);
  CHECK(hd_day_from_ymd(10000, 1, 1) == HD_NO_DAY);

  int bad = 0;
  for (int32_t day = hd_day_from_ymd(1, 1, 1); day <= hd_day_from_ymd(9999, 12, 31); day += 97) {
    int y, m, d;
    hd_day_to_ymd(day, &y, &m, &d);
    if (hd_day_from_ymd(y, m, d) != day) bad++;
  }
  CHECK_INT(bad, 0);
  int y, m, d;
  hd_day_to_ymd(hd_day_from_ymd(2020, 2, 29), &y, &m, &d);
  CHECK(y == 2020 && m == 2 && d == 29);
  hd_day_to_ymd(HD_NO_DAY, &y, &m, &d);
  CHECK(y == 0 && m == 0 && d == 0);

  CHECK_INT(hd_day_weekday(iso("2021-01-13")), 3);   /* Wednesday */
  CHECK_INT(hd_day_weekday(0), 4);                    /* 1970-01-01, Thursday */
  CHECK_INT(hd_day_weekday(iso("2000-01-01")), 6);   /* Saturday */
  CHECK_INT(hd_day_weekday(iso("2020-11-16")), 1);   /* Monday */
  CHECK_INT(hd_day_weekday(iso("1969-12-28")), 0);   /* Sunday */
  CHECK_INT(hd_day_weekday(HD_NO_DAY), -1);

  char out[11];
  hd_day_format(hd_day_from_ymd(2021, 1, 13), out);
  CHECK_STR(out, "2021-01-13");
  hd_day_format(hd_day_from_ymd(5, 3, 7), out);
  CHECK_STR(out, "0005-03-07");
  hd_day_format(HD_NO_DAY, out);
  CHECK_STR(out, "");

  CHECK_INT(iso("2018-02-03"), hd_day_from_ymd(2018, 2, 3));
  CHECK_INT(iso("2018-02-03T10:00:00Z"), hd_day_from_ymd(2018, 2, 3));
  CHECK_INT(iso("2018-02-03 10:00"), hd_day_from_ymd(2018, 2, 3));
  CHECK_INT(iso("2020-02-29"), hd_day_from_ymd(2020, 2, 29));
  CHECK(iso("2018-13-01") == HD_NO_DAY);
  CHECK(iso("2018-02-30") == HD_NO_DAY);
  CHECK(iso("2019-02-29") == HD_NO_DAY);
  CHECK(iso("2018-00-10") == HD_NO_DAY);
  CHECK(iso("2018-2-3") == HD_NO_DAY);
  CHECK(iso("2018-02-031") == HD_NO_DAY);
  CHECK(iso("2018/02/03") == HD_NO_DAY);
  CHECK(iso("2018-02") == HD_NO_DAY);
  CHECK(iso("garbage") == HD_NO_DAY);
  CHECK(iso("") == HD_NO_DAY);
  CHECK(iso(NULL) == HD_NO_DAY);
}

static void test_month_names(void) {
  static const struct { const char *name; int month; } names[] = {
    /* Egypt and the Gulf */
    {"يناير", 1}, {"فبراير", 2}, {"فبرایر", 2}, {"مارس", 3}, {"ابريل", 4}, {"مايو", 5},
    {"يونيو", 6}, {"يونيه", 6}, {"يوليو", 7}, {"يوليه", 7}, {"اغسطس", 8}, {"سبتمبر", 9},
    {"اكتوبر", 10}, {"نوفمبر", 11}, {"ديسمبر", 12},
    /* The Levant and Iraq */
    {"كانون الثاني", 1}, {"شباط", 2}, {"اذار", 3}, {"نيسان", 4}, {"ايار", 5}, {"مايس", 5},
    {"حزيران", 6}, {"تموز", 7}, {"اب", 8}, {"ايلول", 9}, {"تشرين الاول", 10},
    {"تشرين الثاني", 11}, {"كانون الاول", 12}, {"كانون ثاني", 1}, {"تشرين اول", 10},
    /* Algeria and Tunisia */
    {"جانفي", 1}, {"فيفري", 2}, {"افريل", 4}, {"ماي", 5}, {"جوان", 6}, {"جويليه", 7},
    {"اوت", 8},
    /* Morocco */
    {"يوليوز", 7}, {"غشت", 8}, {"شتنبر", 9}, {"نونبر", 11}, {"دجنبر", 12},
    /* Not quite folded: hamza on alef, teh marbuta, veh */
    {"أبريل", 4}, {"إبريل", 4}, {"أغسطس", 8}, {"آذار", 3}, {"جويلية", 7}, {"نوڤمبر", 11},
  };
  for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
    char text[128], want[16];
    snprintf(text, sizeof text, "في 5 %s 2020 قال", names[k].name);
    snprintf(want, sizeof want, "2020-%02d-05", names[k].month);
    const char *got = first(text, NULL);
    if (strcmp(got, want) != 0) fprintf(stderr, "month name %s:\n", names[k].name);
    CHECK_STR(got, want);
  }
  /* "كانون" alone names no month; "اب" is a month only as a whole word. */
  CHECK_STR(first("5 كانون 2020", NULL), "none");
  CHECK_STR(first("5 ابناء 2020", NULL), "none");
}

static void test_absolute(void) {
  CHECK_STR(first("23 ديسمبر 2020", NULL), "2020-12-23");
  CHECK_STR(span("وقع ذلك في 23 ديسمبر 2020 في بغداد", NULL), "23 ديسمبر 2020");
  CHECK_INT(kind("23 ديسمبر 2020", NULL), HD_DATE_ABSOLUTE);
  CHECK_STR(span("و23 ديسمبر 2020", NULL), "23 ديسمبر 2020");
  CHECK_STR(first("09 نوفمبر 2020", NULL), "2020-11-09");
  CHECK_STR(first("23ديسمبر 2020", NULL), "2020-12-23");
  CHECK_STR(span("في 23 من شهر ديسمبر 2020", NULL), "23 من شهر ديسمبر 2020");
  CHECK_STR(span("في 23 ديسمبر عام 2020", NULL), "23 ديسمبر عام 2020");
  CHECK_STR(span("في 16 نوفمبر, 2020 قال", NULL), "16 نوفمبر, 2020");

  /* Double forms. */
  CHECK_STR(span("في 23 ديسمبر/كانون الاول 2020 قال", NULL), "23 ديسمبر/كانون الاول 2020");
  CHECK_STR(first("في 23 ديسمبر/كانون الاول 2020 قال", NULL), "2020-12-23");
  CHECK_STR(span("في 11 يناير (كانون الثاني) 2021 قال", NULL), "11 يناير (كانون الثاني) 2021");
  CHECK_STR(first("في 11 يناير (كانون الثاني) 2021 قال", NULL), "2021-01-11");
  CHECK_STR(span("في 23 كانون الاول/ديسمبر 2020", NULL), "23 كانون الاول/ديسمبر 2020");
  CHECK_STR(span("في 3 تشرين الثاني / نوفمبر 2019", NULL), "3 تشرين الثاني / نوفمبر 2019");
  hd_date_match m[4];
  CHECK_INT(find("23 ديسمبر/كانون الاول 2020", NULL, m, 4), 1);

  /* Numeric forms. */
  CHECK_STR(first("بتاريخ 2020/12/23", NULL), "2020-12-23");
  CHECK_STR(first("بتاريخ 23/12/2020", NULL), "2020-12-23");
  CHECK_STR(first("بتاريخ 23-12-2020", NULL), "2020-12-23");
  CHECK_STR(first("بتاريخ 2020-12-23", NULL), "2020-12-23");
  CHECK_STR(first("بتاريخ 23.12.2020", NULL), "2020-12-23");
  CHECK_STR(first("بتاريخ 3/1/2021", NULL), "2021-01-03");
  CHECK_STR(first("بتاريخ 12/23/2020", NULL), "2020-12-23");
  CHECK_STR(span("نشر 2018-02-03T10:00:00Z", NULL), "2018-02-03");
  CHECK_STR(span("بغداد-23 ديسمبر 2020", NULL), "23 ديسمبر 2020");
  CHECK_STR(first("التاريخ:23/12/2020", NULL), "2020-12-23");

  /* A weekday before a date belongs to it. */
  CHECK_STR(span("الاثنين 16 نوفمبر 2020", NULL), "الاثنين 16 نوفمبر 2020");
  CHECK_STR(span("الاثنين, 16 نوفمبر 2020 09:30 م", NULL), "الاثنين, 16 نوفمبر 2020");
  CHECK_INT(kind("الاثنين, 16 نوفمبر 2020 09:30 م", "2021-01-13"), HD_DATE_ABSOLUTE);
  CHECK_STR(first("الاثنين, 16 نوفمبر 2020 09:30 م", "2021-01-13"), "2020-11-16");
  CHECK_STR(span("يوم الاحد الموافق 10 يناير 2021", NULL), "يوم الاحد الموافق 10 يناير 2021");
  CHECK_STR(first("يوم الاحد الموافق 10/1/2021", NULL), "2021-01-10");
  CHECK_INT(find("الاثنين 16 نوفمبر 2020", "2021-01-13", m, 4), 1);

  /* Impossible dates. */
  CHECK_STR(first("31 فبراير 2020", NULL), "none");
  CHECK_STR(first("31 فبراير", "2021-01-13"), "none");
  CHECK_STR(first("29 فبراير 2021", NULL), "none");
  CHECK_STR(first("31 ابريل 2020", NULL), "none");
  CHECK_STR(first("0 ديسمبر 2020", NULL), "none");
  CHECK_STR(first("32/12/2020", NULL), "none");
  CHECK_STR(first("23/13/2020", NULL), "none");
  CHECK_STR(first("2020/02/30", NULL), "none");
}

static void test_missing_year(void) {
  const char *ref = "2021-01-13";
  CHECK_STR(first("في 9 نوفمبر", ref), "2020-11-09");
  CHECK_STR(span("بتاريخ 9 نوفمبر قال", ref), "9 نوفمبر");
  CHECK_STR(first("في 11 يناير", ref), "2021-01-11");
  CHECK_STR(first("في 20 يناير", ref), "2021-01-20");   /* a week ahead */
  CHECK_STR(first("في 1 مارس", ref), "2021-03-01");     /* seven weeks ahead */
  CHECK_STR(first("في 1 يونيو", ref), "2020-06-01");    /* far ahead: the past */
  CHECK_STR(first("في 13 يناير", ref), "2021-01-13");
  CHECK_STR(first("في 29 فبراير", ref), "2020-02-29");
  CHECK_STR(first("في 9 نوفمبر", NULL), "none");
  /* Around the new year. */
  CHECK_STR(first("في 2 يناير", "2020-12-30"), "2021-01-02");
  CHECK_STR(first("في 28 ديسمبر", "2020-12-30"), "2020-12-28");
  CHECK_STR(first("في 30 ديسمبر", "2021-01-02"), "2020-12-30");
  CHECK_STR(first("في 30 كانون الاول", "2021-01-02"), "2020-12-30");
  /* Words that place the year. */
  CHECK_STR(first("في 23 ديسمبر المقبل", ref), "2021-12-23");
  CHECK_STR(span("في 23 ديسمبر المقبل", ref), "23 ديسمبر المقبل");
  CHECK_STR(first("في 20 يناير الماضي", ref), "2020-01-20");
  CHECK_STR(first("في 5 يناير الجاري", ref), "2021-01-05");
  CHECK_STR(first("في 9 نوفمبر من العام الماضي", ref), "2020-11-09");
  CHECK_STR(span("في 9 نوفمبر من العام الماضي", ref), "9 نوفمبر من العام الماضي");
  CHECK_STR(first("في 20 مارس من العام المقبل", ref), "2022-03-20");
  CHECK_STR(first("في 20 مارس من العام المقبل", NULL), "none");
  /* Days of a month counted from the reference month. */
  CHECK_STR(first("في 23 من الشهر الجاري", ref), "2021-01-23");
  CHECK_STR(span("في 23 من الشهر الجاري قال", ref), "23 من الشهر الجاري");
  CHECK_STR(first("في 5 الجاري", ref), "2021-01-05");
  CHECK_STR(first("في 5 من الشهر الماضي", ref), "2020-12-05");
  CHECK_STR(first("في 5 من الشهر المقبل", ref), "2021-02-05");
  CHECK_STR(first("في 31 من الشهر المقبل", ref), "none");
  CHECK_STR(first("في 5 من الشهر الجاري", NULL), "none");
  CHECK_STR(first("5 من الشهر", ref), "none");
}

static void test_relative(void) {
  const char *ref = "2021-01-13";   /* a Wednesday */
  CHECK_STR(first("اليوم", ref), "2021-01-13");
  CHECK_INT(kind("اليوم", ref), HD_DATE_RELATIVE);
  CHECK_STR(first("وقال صباح اليوم", ref), "2021-01-13");
  CHECK_STR(first("حتى اليوم", ref), "2021-01-13");
  CHECK_STR(first("واليوم", ref), "2021-01-13");
  CHECK_STR(span("اليوم الاربعاء قال", ref), "اليوم الاربعاء");
  CHECK_STR(first("اليوم الاثنين", ref), "2021-01-13");
  CHECK_STR(first("امس", ref), "2021-01-12");
  CHECK_STR(first("مساء امس", ref), "2021-01-12");
  CHECK_STR(first("وامس", ref), "2021-01-12");
  CHECK_STR(first("البارحه", ref), "2021-01-12");
  CHECK_STR(first("بالامس", ref), "2021-01-12");
  CHECK_STR(first("يوم امس", ref), "2021-01-12");
  CHECK_STR(span("امس الثلاثاء قال", ref), "امس الثلاثاء");
  CHECK_STR(first("امس الاول", ref), "2021-01-11");
  CHECK_STR(span("امس الاول قال", ref), "امس الاول");
  CHECK_STR(first("اول امس", ref), "2021-01-11");
  CHECK_STR(first("اول من امس", ref), "2021-01-11");
  CHECK_STR(first("غدا", ref), "2021-01-14");
  CHECK_STR(first("يوم غد", ref), "2021-01-14");
  CHECK_STR(first("بعد غد", ref), "2021-01-15");

  CHECK_STR(first("يوم الاثنين الماضي", ref), "2021-01-11");
  CHECK_STR(span("يوم الاثنين الماضي قال", ref), "يوم الاثنين الماضي");
  CHECK_STR(first("الاحد", ref), "2021-01-10");
  CHECK_STR(first("وقال الاحد", ref), "2021-01-10");
  CHECK_STR(span("والاحد قال", ref), "الاحد");
  CHECK_STR(first("يوم الاحد", ref), "2021-01-10");
  CHECK_STR(first("الثلاثاء", ref), "2021-01-12");
  CHECK_STR(first("الاربعاء", ref), "2021-01-13");          /* the ref day itself */
  CHECK_STR(first("الاربعاء الماضي", ref), "2021-01-06");
  CHECK_STR(first("الاربعاء المقبل", ref), "2021-01-20");
  CHECK_STR(first("الخميس", ref), "2021-01-07");
  CHECK_STR(first("الخميس القادم", ref), "2021-01-14");
  CHECK_STR(first("الجمعه", ref), "2021-01-08");
  CHECK_STR(first("الجمعه المقبله", ref), "2021-01-15");
  CHECK_STR(first("الجمعه الماضيه", ref), "2021-01-08");
  CHECK_STR(first("السبت الفايت", ref), "2021-01-09");   /* folded: ئ is ي */
  CHECK_STR(first("السبت المنصرم", ref), "2021-01-09");
  CHECK_STR(first("الاحد قبل الماضي", ref), "2021-01-03");
  CHECK_STR(first("الاثنين", ref), "2021-01-11");

  /* Without a reference day, relative dates are not reported. */
  CHECK_STR(first("امس", NULL), "none");
  CHECK_STR(first("يوم الاحد الماضي", NULL), "none");
  CHECK_STR(first("اليوم", NULL), "none");
  /* A reference day outside the calendar counts as none. */
  hd_date_match m[2];
  CHECK_INT(hd_dates_find("امس", strlen("امس"), INT32_MAX, m, 2), 0);
  CHECK_INT(hd_dates_find("غدا", strlen("غدا"), INT32_MIN + 1, m, 2), 0);
}

/* A month without its day, and a time ago: they place an event, with no
** day of their own. */
static void test_months(void) {
  const char *ref = "2018-07-20";
  CHECK_STR(first("في ديسمبر 2015", ref), "2015-12-01");
  CHECK_INT(kind("في ديسمبر 2015", ref), HD_DATE_MONTH);
  CHECK_STR(span("في آذار/مارس 2016 واسفرت", ref), "آذار/مارس 2016");
  CHECK_STR(first("في ديسمبر/كانون الاول 2017 عندما", ref), "2017-12-01");
  CHECK_STR(first("في سبتمبر / ايلول عام 2016 عينتها", ref), "2016-09-01");
  CHECK_STR(first("في اغسطس من العام الماضي", ref), "2017-08-01");
  CHECK_STR(first("في مارس الماضي", ref), "2018-03-01");
  CHECK_STR(first("في اكتوبر الماضي", ref), "2017-10-01");
  CHECK_STR(first("في يوليو الماضي", ref), "2017-07-01");   /* not this month */
  CHECK_STR(first("في سبتمبر المقبل", ref), "2018-09-01");
  CHECK_STR(first("في مايو المقبل", ref), "2019-05-01");
  CHECK_STR(first("في مارس الجاري", "2018-03-20"), "2018-03-01");
  /* a month alone, or one that a span starts from, is no date */
  CHECK_STR(first("في مارس قال", ref), "2018-03-01");   /* before July: this year's */
  CHECK_STR(first("اطلقت في يناير عملية", "2018-03-15"), "2018-01-01");
  CHECK_STR(first("اطلقت اوايل يناير عملية", "2018-03-15"), "2018-01-01");   /* اوائل, folded */
  CHECK_STR(first("في اكتوبر قال", ref), "2017-10-01");   /* after July: last year's, for a verb in the past */
  CHECK_STR(first("حتي نهايه اكتوبر", ref), "none");   /* a time to come */
  CHECK_STR(first("في يوليو قال", ref), "none");
  CHECK_STR(first("مارس قال", ref), "none");
  CHECK_STR(first("منذ مارس الماضي", ref), "none");
  CHECK_STR(first("منذ مارس 2011", ref), "none");
  CHECK_STR(first("حتى ديسمبر المقبل", ref), "none");
  CHECK_STR(first("لانقلاب السادس من اغسطس الماضي", ref), "2017-08-06");
  CHECK_INT(kind("في الخامس عشر من ديسمبر الماضي", ref), HD_DATE_ABSOLUTE);
  CHECK_STR(first("في الخامس عشر من ديسمبر الماضي", ref), "2017-12-15");
  CHECK_STR(first("في الرابع من شهر ابريل الجاري", "2018-04-20"), "2018-04-04");
  CHECK_STR(first("في الحادي والعشرين من مارس 2016", ref), "2016-03-21");
  CHECK_STR(first("في الرابع عشر من شباط/فبراير 2005", ref), "2005-02-14");
  CHECK_STR(first("الثاني من نوعه", ref), "none");
  CHECK_STR(first("الحادي من مارس", ref), "none");
  CHECK_STR(first("هجمات الحادي عشر من سبتمبر", ref), "none");
  /* with no year, a day only as the time of the clause: after في or يوم */
  CHECK_STR(first("وفي التاسع من نيسان/أبريل اتهمت دمشق", ref), "2018-04-09");
  CHECK_STR(first("يوم السابع من مايو", ref), "2018-05-07");
  CHECK_STR(first("في السادس من نوفمبر قال", ref), "2017-11-06");   /* the nearest before */
  CHECK_STR(first("ثورة الخامس والعشرين من يناير", ref), "none");
  CHECK_STR(first("مدينة السادس من أكتوبر", ref), "none");
  CHECK_STR(first("في الحادي عشر من سبتمبر", ref), "none");   /* 2001's */
  CHECK_STR(first("في الاسبوع الاول من تموز الماضي", ref), "none");
  CHECK_STR(first("في مارس الماضي", NULL), "none");   /* needs the article's date */
  CHECK_STR(first("في مارس 2011", NULL), "2011-03-01");
  /* times ago, in months or years */
  CHECK_STR(first("قبل عامين", ref), "2016-07-20");
  CHECK_INT(kind("قبل عامين", ref), HD_DATE_MONTH);
  CHECK_STR(first("وقبل نحو ثلاثة اشهر", ref), "2018-04-20");
  CHECK_STR(first("قبل 10 اشهر", ref), "2017-09-20");
  CHECK_STR(first("قبل اكثر من عام", ref), "2017-07-20");
  CHECK_STR(first("قبل 15 عاما", ref), "2003-07-20");
  CHECK_STR(first("قبل سنوات", ref), "2015-07-20");
  CHECK_STR(first("قبل شهر", "2018-03-31"), "2018-02-28");
  CHECK_STR(span("منذ نحو اربع سنوات مضت", ref), "منذ نحو اربع سنوات مضت");
  CHECK_STR(first("منذ اربع سنوات", ref), "none");   /* how long, not when */
  CHECK_STR(first("قبل عام 2020", ref), "none");
  CHECK_STR(first("قبل عام من الانتخابات", ref), "none");
  CHECK_STR(first("قبل شهر رمضان", ref), "none");
  CHECK_STR(first("قبل ثلاث عامين", ref), "none");
  /* times ago in days or weeks name a day; a few weeks ago only a month,
  ** a few days ago nothing */
  CHECK_STR(first("قبل يومين", ref), "2018-07-18");
  CHECK_INT(kind("قبل يومين", ref), HD_DATE_AGO);
  CHECK_STR(first("قبل ثلاثة ايام", ref), "2018-07-17");
  CHECK_STR(first("قبل 15 يوما", ref), "2018-07-05");
  CHECK_STR(first("وقبل اسبوع", ref), "2018-07-13");
  CHECK_STR(first("قبل نحو اسبوعين", ref), "2018-07-06");
  CHECK_STR(first("قبل ثلاثة اسابيع", ref), "2018-06-29");
  CHECK_STR(first("قبل اسابيع", ref), "2018-06-29");
  CHECK_INT(kind("قبل اسابيع", ref), HD_DATE_MONTH);
  CHECK_STR(first("قبل ايام", ref), "none");
  CHECK_STR(first("قبل ايام قليلة", ref), "none");
  CHECK_STR(first("قبل يوما", ref), "none");
  CHECK_STR(first("قبل ثلاثة يوما", ref), "none");
  /* a time between the clause and the event named after من dates that
  ** event, as far back after بعد and on after قبل; a few days or weeks
  ** give no day */
  CHECK_STR(first("قبل اسبوع من الانتخابات", ref), "2018-07-27");
  CHECK_INT(kind("قبل اسبوع من الانتخابات", ref), HD_DATE_LEAD);
  CHECK_STR(span("بعد اسبوع من القمه", ref), "بعد اسبوع من");
  CHECK_STR(first("بعد اسبوع من القمه", ref), "2018-07-13");
  CHECK_STR(first("وبعد يوم من مقتل", ref), "2018-07-19");
  CHECK_STR(first("بعد نحو يومين من اجتماع", ref), "2018-07-18");
  CHECK_STR(first("بعد سته اسابيع من انطلاق", ref), "2018-06-08");
  CHECK_STR(first("بعد 11 يوما من الاحتجاجات", ref), "2018-07-09");
  CHECK_STR(first("بعد ثلاثه ايام من الهجوم", ref), "2018-07-17");
  CHECK_STR(first("بعد ايام من الهجوم", ref), "none");
  CHECK_STR(first("بعد اسابيع من القمه", ref), "none");
  CHECK_STR(first("بعد يومين", ref), "none");
  CHECK_STR(first("بعد ثلاثه يومين من", ref), "none");
  CHECK_STR(first("منذ يومين", ref), "none");   /* how long, not when */
  CHECK_STR(first("قبل يومين", NULL), "none");
  CHECK_STR(first("قبل عامين", NULL), "none");
  /* the month before or after the article's */
  CHECK_STR(first("التقى كيم الشهر الماضي", ref), "2018-06-01");
  CHECK_INT(kind("الشهر الماضي", ref), HD_DATE_MONTH);
  CHECK_STR(first("في الشهر المنصرم", "2018-01-10"), "2017-12-01");
  CHECK_STR(first("التقي كيم الشهر الفايت", "2018-05-09"), "2018-04-01");
  CHECK_STR(first("الشهر المقبل", "2018-12-10"), "2019-01-01");
  CHECK_STR(span("قمة الشهر الماضي في سنغافورة", ref), "الشهر الماضي");
  CHECK_STR(first("منذ الشهر الماضي", ref), "none");   /* how long, not when */
  CHECK_STR(first("الشهر الجاري", ref), "none");
  CHECK_STR(first("الشهر الماضي", NULL), "none");
  CHECK_STR(first("5 من الشهر الماضي", ref), "2018-06-05");
  /* after the conjunction that opens a clause, and its span with it */
  CHECK_STR(first("والشهر الماضي قتلت الشرطة أربعة رجال", ref), "2018-06-01");
  CHECK_STR(span("والشهر الماضي، قال بولتون", ref), "والشهر الماضي");
  CHECK_STR(first("فالشهر المقبل", "2018-12-10"), "2019-01-01");
  CHECK_STR(first("والشهر الجاري", ref), "none");
  CHECK_STR(first("ومنذ الشهر الماضي", ref), "none");
  CHECK_STR(first("وللشهر الماضي", ref), "none");   /* a preposition is no conjunction */
  /* the week before or after the article's: the day seven days away */
  CHECK_STR(first("أطلقت حماس صواريخ الأسبوع الماضي", "2018-06-05"), "2018-05-29");
  CHECK_INT(kind("الأسبوع الماضي", "2018-06-05"), HD_DATE_RELATIVE);
  CHECK_STR(first("في الاسبوع المنصرم", "2018-01-03"), "2017-12-27");
  CHECK_STR(first("الأسبوع المقبل", "2018-12-28"), "2019-01-04");
  CHECK_STR(span("قمة الأسبوع الماضي في سنغافورة", "2018-06-20"), "الأسبوع الماضي");
  CHECK_STR(first("منذ الأسبوع الماضي", "2018-06-05"), "none");   /* how long, not when */
  CHECK_STR(first("الأسبوع الجاري", "2018-06-05"), "none");
  CHECK_STR(first("الأسبوع الماضي", NULL), "none");
  CHECK_STR(first("والأسبوع الماضي أعلن كيم", "2018-06-05"), "2018-05-29");
  CHECK_STR(first("ومنذ الأسبوع الماضي", "2018-06-05"), "none");
  /* the start or the middle of the article's month: the last day it reaches */
  CHECK_STR(first("ومطلع شباط/فبراير، شن", "2018-02-17"), "2018-02-07");
  CHECK_INT(kind("ومطلع شباط/فبراير، شن", "2018-02-17"), HD_DATE_PART);
  CHECK_STR(span("ومطلع شباط/فبراير، شن", "2018-02-17"), "شباط/فبراير");
  CHECK_STR(first("في اوايل ابريل/نيسان الجاري", "2018-04-25"), "2018-04-10");
  CHECK_STR(first("في منتصف ابريل 2018", "2018-04-27"), "2018-04-17");
  CHECK_STR(first("مطلع شهر يوليو", ref), "2018-07-07");
  CHECK_STR(first("اعتقلت مطلع هذا الشهر", ref), "2018-07-07");
  CHECK_INT(kind("مطلع هذا الشهر", ref), HD_DATE_PART);
  CHECK_STR(span("مطلع الشهر الجاري، احتجاجات", ref), "مطلع الشهر الجاري");
  CHECK_STR(first("بدايه الشهر الحالي", ref), "2018-07-07");
  CHECK_STR(first("منتصف الشهر الجاري", ref), "2018-07-17");
  CHECK_STR(first("مطلع يوليو الماضي", ref), "2017-07-01");   /* last year's month */
  CHECK_STR(first("مطلع يوليو 2017", ref), "2017-07-01");
  CHECK_INT(kind("مطلع مايو", ref), HD_DATE_MONTH);   /* an earlier month */
  CHECK_INT(kind("منذ مطلع يوليو الحالي", ref), HD_DATE_MONTH);   /* where a span begins: the month only */
  CHECK_STR(first("منذ بدايه الشهر الجاري", ref), "none");
  CHECK_STR(first("اواخر الشهر الجاري", ref), "none");   /* says nothing of when */
  CHECK_STR(first("مطلع الشهر", ref), "none");
  CHECK_STR(first("مطلع يوليو", NULL), "none");
}

static void test_not_dates(void) {
  const char *ref = "2021-01-13";
  CHECK_STR(first("عام 2015", ref), "none");
  CHECK_STR(first("لعام 2015", ref), "none");
  CHECK_STR(first("بين 2015-2020", ref), "none");
  CHECK_STR(first("الساعه 09:30", ref), "none");
  CHECK_STR(first("1.5 مليون", ref), "none");
  CHECK_STR(first("المرسوم 1/2020/12/23", ref), "none");
  CHECK_STR(first("الساعه 10:30 مارس", ref), "none");
  CHECK_STR(first("covid-19 مارس 2020", ref), "none");
  CHECK_STR(first("123456 نوفمبر 2020", ref), "none");
  CHECK_STR(first("الاحداث الاخيره", ref), "none");
  CHECK_STR(first("الاحدث", ref), "none");
  CHECK_STR(first("واحد", ref), "none");
  CHECK_STR(first("اثنين من الجنود", ref), "none");
  CHECK_STR(first("اليوم الوطني", ref), "none");
  CHECK_STR(first("اليوم العالمي للمراه", ref), "none");
  CHECK_STR(first("اليوم الدولي", ref), "none");
  CHECK_STR(first("في اليوم التالي", ref), "none");
  CHECK_STR(first("في ذلك اليوم", ref), "none");
  CHECK_STR(first("الاسبوع الجاري", ref), "none");   /* (the week before is a date: test_months) */
  CHECK_INT(kind("الشهر الماضي", ref), HD_DATE_MONTH);   /* a month, no day */
  CHECK_STR(first("لامس الرئيس", ref), "none");
  CHECK_STR(first("امسيه", ref), "none");
  CHECK_STR(first("يومين", ref), "none");
  CHECK_STR(first("الايام", ref), "none");
  CHECK_STR(first("31 فبراير", ref), "none");
  CHECK_STR(first("", ref), "none");
}

static void test_many(void) {
  const char *text = "قال امس ان اجتماع الاحد الماضي و23 ديسمبر 2020 و2020/12/24 مهم";
  hd_date_match m[5];
  memset(m, 0, sizeof m);
  m[2].day = 12345;
  CHECK_INT(find(text, "2021-01-13", m, 2), 4);
  CHECK_STR(fmt(m[0].day), "2021-01-12");
  CHECK_STR(fmt(m[1].day), "2021-01-10");
  CHECK_INT(m[2].day, 12345);   /* nothing written past MAX */

  CHECK_INT(find(text, "2021-01-13", m, 5), 4);
  CHECK_STR(fmt(m[2].day), "2020-12-23");
  CHECK_STR(fmt(m[3].day), "2020-12-24");
  CHECK(m[0].end <= m[1].start && m[1].end <= m[2].start && m[2].end <= m[3].start);
  CHECK_INT(m[2].kind, HD_DATE_ABSOLUTE);
  CHECK_INT(m[1].kind, HD_DATE_RELATIVE);
  CHECK_INT(hd_dates_find(text, strlen(text), iso("2021-01-13"), NULL, 0), 4);
  CHECK_INT(find(text, NULL, m, 5), 2);
  CHECK_INT(hd_dates_find(NULL, 0, HD_NO_DAY, m, 5), 0);

  /* A text cut inside a date. */
  const char *cut = "في 23 ديسمبر 2020";
  size_t len = strlen(cut) - 2;
  char *copy = exact_copy(cut, len);
  CHECK_INT(hd_dates_find(copy, len, HD_NO_DAY, m, 5), 0);
  CHECK_INT(hd_dates_find(copy, len, iso("2021-01-13"), m, 5), 1);
  CHECK_STR(fmt(m[0].day), "2020-12-23");
  free(copy);
}

static void test_header(void) {
  CHECK_STR(header("23 ديسمبر 2020"), "2020-12-23");
  CHECK_STR(header("الاثنين, 16 نوفمبر 2020 09:30 م\nقال الرئيس"), "2020-11-16");
  CHECK_STR(header("بغداد - 2020/12/23"), "2020-12-23");
  CHECK_STR(header("قال امس الاحد في 9 نوفمبر ان 5 مارس 2019 و6 مارس 2019"), "2019-03-05");
  CHECK_STR(header("امس 9 نوفمبر"), "none");
  CHECK_STR(header("عام 2015"), "none");
  CHECK_STR(header("23 ديسمبر/كانون الاول 2020"), "2020-12-23");
  CHECK_STR(header(""), "none");
  CHECK(hd_date_header(NULL, 0) == HD_NO_DAY);
}

/* Random texts made of the pieces dates are made of: nothing may crash,
** read outside the text, or return spans out of order. */
static void test_random(void) {
  static const char *const pieces[] = {
    "1", "23", "2020", "/", "-", ".", " ", ",", "(", ")", "ديسمبر", "كانون", "الاول", "الاحد",
    "يوم", "اليوم", "امس", "الماضي", "و", "ال", "من", "العام", "\xd8", "\xd9\x8a", ":", "a",
  };
  unsigned seed = 12345;
  int bad = 0;
  for (int round = 0; round < 3000; round++) {
    char text[512];
    size_t len = 0;
    int words = (int)(seed % 40);
    for (int k = 0; k < words; k++) {
      seed = seed * 1103515245u + 12345u;
      const char *p = pieces[(seed >> 16) % (sizeof pieces / sizeof pieces[0])];
      size_t n = strlen(p);
      if (len + n >= sizeof text) break;
      memcpy(text + len, p, n);
      len += n;
    }
    char *copy = exact_copy(text, len);
    hd_date_match m[16];
    size_t n = hd_dates_find(copy, len, iso("2021-01-13"), m, 16);
    for (size_t k = 0; k < n && k < 16; k++) {
      if (m[k].start >= m[k].end || m[k].end > len || (k && m[k - 1].end > m[k].start)) bad++;
    }
    hd_date_header(copy, len);
    free(copy);
    seed = seed * 1103515245u + 12345u;
  }
  CHECK_INT(bad, 0);
}

/* Long runs that could tempt a parser into rescanning. */
static void test_long_runs(void) {
  size_t len = 1u << 20;
  char *text = malloc(len);
  if (!text) abort();
  for (size_t i = 0; i < len; i++) text[i] = "1/"[i % 2];
  CHECK_INT(hd_dates_find(text, len, iso("2021-01-13"), NULL, 0), 0);
  for (size_t i = 0; i + 1 < len; i += 2) memcpy(text + i, "\xd8\xa7", 2);   /* alef */
  CHECK_INT(hd_dates_find(text, len, iso("2021-01-13"), NULL, 0), 0);
  memset(text, ' ', len);
  const char *date = "23 مارس 2020";
  memcpy(text + len - strlen(date), date, strlen(date));
  CHECK_STR(fmt(hd_date_header(text, len)), "2020-03-23");
  free(text);
}

int main(void) {
  test_calendar();
  test_month_names();
  test_absolute();
  test_missing_year();
  test_relative();
  test_months();
  test_not_dates();
  test_many();
  test_header();
  test_random();
  test_long_runs();
  return unit_report("date");
}
