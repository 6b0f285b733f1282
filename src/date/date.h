/*
** date.h: calendar days, and the date expressions of Arabic news: absolute
** dates with the month names of every Arabic convention, article header
** dates, and relative dates resolved against the article date.
**
** All parsing functions take folded text (see normalize.h): digits are
** ASCII, alef forms are bare alef, teh marbuta is heh, alef maqsura is yeh,
** diacritics and tatweel are gone, and the Arabic comma is ','.
*/
#ifndef HD_DATE_H
#define HD_DATE_H

#include <stddef.h>
#include <stdint.h>

/* Days since 1970-01-01 in the proleptic Gregorian calendar. */
typedef int32_t hd_day;
#define HD_NO_DAY INT32_MIN

hd_day hd_day_from_ymd(int y, int m, int d);          /* HD_NO_DAY if invalid */
void hd_day_to_ymd(hd_day day, int *y, int *m, int *d);
int hd_day_weekday(hd_day day);                        /* 0 = Sunday .. 6 = Saturday */
void hd_day_format(hd_day day, char out[11]);         /* "YYYY-MM-DD" */
/* Parses "YYYY-MM-DD", also as the prefix of a longer ISO timestamp. */
hd_day hd_day_parse_iso(const char *s);

/* HD_DATE_MONTH is a month named without its day ("آذار/مارس 2016"،
** "مارس الماضي"), its day the first of that month, or a time ago counted
** in months or years ("قبل عامين"), its day the reference day as far back:
** it places an event in time but gives it no day.  HD_DATE_AGO is a time
** ago counted in days or weeks ("قبل يومين"، "قبل ثلاثة أسابيع"), its day
** the reference day as far back.  HD_DATE_LAST_MONTH is
** a month named alone after في that is later in the year than the
** reference month ("في ديسمبر" in April): its day is the first of that
** month a year before, which holds for a verb in the past ("اعترف ترامب
** في ديسمبر"), while "يزور في ديسمبر" is of the month to come.
** HD_DATE_LEAD is a time in days or weeks before or after the event named
** right after it ("بعد أسبوع من القمة"، "قبل يومين من الانتخابات"): its day
** is the reference day as far back (بعد) or on (قبل), and it dates only
** that event.  HD_DATE_PART is the start or the middle of the reference
** month, named without a day ("مطلع شباط" in February, "منتصف الشهر
** الجاري"): its day is the last that part reaches (the 7th of the month
** for its start, the 10th for أوائل, the 17th for its middle), and, like a
** month's, it only places an event. */
typedef enum hd_date_kind { HD_DATE_ABSOLUTE = 1, HD_DATE_RELATIVE = 2, HD_DATE_MONTH = 3, HD_DATE_LAST_MONTH = 4,
                            HD_DATE_AGO = 5, HD_DATE_LEAD = 6, HD_DATE_PART = 7 } hd_date_kind;

typedef struct hd_date_match {
  size_t start, end;   /* byte span in the folded text */
  hd_day day;
  hd_date_kind kind;
} hd_date_match;

/* Finds the date expressions in folded text TEXT (LEN bytes), in text
** order, writing at most MAX of them to OUT; returns how many were found
** (may exceed MAX; only MAX are written).  REF is the article date: it
** supplies a missing year and resolves relative dates; when REF is
** HD_NO_DAY, dates without a year and relative dates are not reported. */
size_t hd_dates_find(const char *text, size_t len, hd_day ref, hd_date_match *out, size_t max);

/* The date of an article's header: the first complete date (day, month
** name or number, four-digit year) in TEXT, as news sites print them
** ("23 ديسمبر 2020", "الاثنين, 16 نوفمبر 2020 09:30 م", "2020/12/23").
** HD_NO_DAY when none. */
hd_day hd_date_header(const char *text, size_t len);

#endif
