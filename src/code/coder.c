/*
** coder.c: from a folded article to CAMEO events, sentence by sentence.
**
** Each sentence goes through the stages in turn: its words (words.c), who
** it names (actors.c), the verb patterns at its words (patterns.c), who
** did what to whom (arguments.c), whether it happened (realis.c), and the
** event records (events.c); explain.c shows each step, gaps.c what the
** dictionaries lack.  A per-article frame remembers the parties of the
** main exchange, so that "الرئيسان" and impersonal clauses ("تمت مناقشة")
** can be resolved.  Nothing here allocates per token: every array is
** reused from sentence to sentence.
*/
#include <stdlib.h>
#include "code/coder.h"
#include "segment/segment.h"

#define DATE_REACH 8     /* words between an event and a date that dates it */
#define SINCE_REACH 12   /* words between منذ and a day in what it names */
#define AERIAL_REACH 4   /* words between destroying and the aircraft or air strike that did it */
#define HEADING_WORDS 16   /* words at most of a line that may be a heading amid prose */
#define LINK_HEADING 4   /* tokens of a heading between a link's word and its colon ("للمزيد - معركة عفرين:") */
#define JOINED_DAYS 31   /* how long before the article the day of a joined clause may be */
#define WEEKDAY_REACH 16 /* ... and a day of the week after it in its own clause */
#define EARLIER_REACH 24 /* ... and a day of the calendar of an earlier month */
#define MAX_DATES 8
#define MAX_DEFERRED 8   /* unspecified acts of violence held to the end of a sentence */
#define MAX_SPOKEN 8     /* patterns given another code in a sentence: @said=, cbrn, means */
#define MEANS_REACH 4    /* words between an act of violence and the bomb or knife that did it */
#define MILITARY_REACH 3 /* words between destroying (past its subject) and the weapon or military site destroyed */
#define MISHAP_REACH 4   /* words between an act of violence and the accident or disaster that was it */
#define MISHAP_CAUSE 10  /* ... and the accident or disaster before it, when no doer is named */
#define TOLL_BEFORE 4    /* words between a war or violence at large and the verb of its toll */
#define TOLL_AFTER 4     /* words between a verb of killing and the في of the war its deaths were told in */

/* Do the N bytes of folded text T before a date leave it opening the
** sentence: nothing but و، في، وفي، a bullet, or figures of a range that
** the date does not take in ("• 7-9 يناير 2015:"، "وفي عام 2015،")? */
static int opening_prefix(const char *t, size_t n) {
  static const char *const words[] = {"\xd9\x88", "\xd9\x81\xd9\x8a", "\xd9\x88\xd9\x81\xd9\x8a"};   /* و في وفي */
  size_t i = 0, nwords = 0;
  for (;;) {
    while (i < n && t[i] == ' ') i++;
    if (i == n) return 1;
    size_t w = i;
    while (i < n && t[i] != ' ') i++;
    if (++nwords > 3) return 0;
    int ok = i - w == 3 && (unsigned char)t[w] == 0xe2;   /* a bullet or dash of U+2000-U+2FFF */
    for (size_t k = 0; k < HD_ARRAY_LEN(words) && !ok; k++) ok = i - w == strlen(words[k]) && !memcmp(t + w, words[k], i - w);
    if (!ok) {
      ok = 1;
      for (size_t j = w; j < i && ok; j++) ok = (t[j] >= '0' && t[j] <= '9') || strchr("-/*.", t[j]) != NULL;
    }
    if (!ok) return 0;
  }
}

static size_t sentence_dates(hd_coder *c, size_t s, size_t e, hd_dated *out) {
  static const char *const since[] = {"\xd9\x85\xd9\x86\xd8\xb0"};   /* منذ */
  static const char *const day[] = {"\xd9\x8a\xd9\x88\xd9\x85", "\xd8\xaa\xd8\xa7\xd8\xb1\xd9\x8a\xd8\xae"};   /* يوم تاريخ */
  hd_date_match dm[MAX_DATES];
  size_t n = hd_dates_find(c->norm.text + s, e - s, c->ref, dm, MAX_DATES);
  if (n > MAX_DATES) n = MAX_DATES;
  for (size_t i = 0; i < n; i++) {
    size_t a = s + dm[i].start, b = s + dm[i].end, t = 0;
    while (t < c->ntokens && c->tokens[t].end <= a) t++;
    out[i].tok_start = t;
    while (t < c->ntokens && c->tokens[t].start < b) t++;
    out[i].tok_end = t;
    out[i].day = dm[i].day;
    out[i].relative = dm[i].kind == HD_DATE_RELATIVE;
    out[i].month = dm[i].kind == HD_DATE_MONTH || dm[i].kind == HD_DATE_LAST_MONTH || dm[i].kind == HD_DATE_PART;
    out[i].part = dm[i].kind == HD_DATE_PART;
    out[i].past_only = dm[i].kind == HD_DATE_LAST_MONTH;
    out[i].ago = dm[i].kind == HD_DATE_AGO;
    out[i].lead = dm[i].kind == HD_DATE_LEAD;
    /* "منذ 30 آذار/مارس"، "منذ يوم الاثنين": where a span begins (a time
    ** ago, "منذ أربع سنوات مضت", is a month of its own) */
    size_t before = out[i].tok_start;
    if (before > 0 && hd_tok_in(c, before - 1, day, HD_ARRAY_LEN(day))) before--;
    out[i].since = !out[i].month && before > 0 && hd_tok_in(c, before - 1, since, 1);
    const char *txt = c->norm.text;
    size_t after = b;
    while (after < e && txt[after] == ' ') after++;
    /* (set apart by a comma or a colon, or by a verb right after it: "في
    ** 11 سبتمبر/أيلول 2001 قام 19 شخصا ... بخطف") */
    out[i].opens = !out[i].lead && opening_prefix(txt + s, dm[i].start) && after < e &&
                   (txt[after] == ',' || txt[after] == ':' || (after + 1 < e && !memcmp(txt + after, "\xd8\x8c", 2)) ||
                    (out[i].tok_end < c->ntokens && hd_is_verb(c, out[i].tok_end)));
  }
  return n;
}

/* Is clause A clause B or one that B hangs from? */
static int in_or_above(const hd_coder *c, int a, int b) {
  for (; b >= 0; b = c->clauses[b].parent)
    if (a == b) return 1;
  return 0;
}

/* The words between tokens FROM and TO (hd_words_in()), less those of a
** relative clause or brackets that hang from clause CL (unless CL is -1):
** "واندلعت الاحتجاجات، التي تعد الأعنف في البلاد منذ عقود، في 18
** نيسان/أبريل" dates the protests, however long the words set between. */
static size_t words_around(const hd_coder *c, size_t from, size_t to, int cl) {
  if (cl < 0) return hd_words_in(c, from, to);
  size_t n = 0, run = from;
  for (size_t i = from; i < to && i < c->ntokens; i++) {
    int k = c->clause_at[i];
    if (k == cl || (c->clauses[k].kind != HD_CLAUSE_RELATIVE && c->clauses[k].kind != HD_CLAUSE_PAREN) ||
        !in_or_above(c, cl, c->clauses[k].parent))
      continue;
    n += hd_words_in(c, run, i);
    run = i + 1;
  }
  return n + (run < to ? hd_words_in(c, run, to) : 0);
}

/* Does clause CL itself name a year before the article's, not as a part
** of one of the N dates D?  ("الذي حوكم وأعدم في سوريا عام 1965" after
** "أعلن الموساد الخميس": the day of another clause is not the date of an
** event its own clause places years ago.) */
static int clause_names_past_year(const hd_coder *c, int cl, const hd_dated *d, size_t n) {
  for (size_t i = c->clauses[cl].start; i < c->clauses[cl].end && i < c->ntokens; i++) {
    if (c->clause_at[i] != cl || !hd_past_year_at(c, i)) continue;
    int in_date = 0;
    for (size_t k = 0; k < n && !in_date; k++) in_date = i >= d[k].tok_start && i < d[k].tok_end;
    if (!in_date) return 1;
  }
  return 0;
}

/* Does a word between tokens FROM and TO (both excluded) open a pattern:
** the words of another event, which a date after them may be of? */
static int pattern_between(const hd_coder *c, size_t from, size_t to) {
  for (size_t i = from + 1; i < to && i < c->ntokens; i++) {
    const hd_token *t = &c->tokens[i];
    for (size_t k = 0; k < t->nana; k++) {
      const hd_pattern *p;
      if (hd_dict_anchors(c->dict, c->ana[t->ana + k].word, &p, 1) > 0) return 1;
    }
  }
  return 0;
}

static int same_month(hd_day a, hd_day b) {
  int ay, am, by, bm;
  hd_day_to_ymd(a, &ay, &am, NULL);
  hd_day_to_ymd(b, &by, &bm, NULL);
  return ay == by && am == bm;
}

/* Does a word of answering (ردا على) start in tokens [A, B)?  A date on its
** other side is of the deed answered, or of the answer, not of both. */
static int answer_between(const hd_coder *c, size_t a, size_t b) {
  for (size_t i = a; i < b; i++)
    if (hd_marker_here(c, i, HD_MARK_ANSWER)) return 1;
  return 0;
}

/* Is D a month before the article's, named in clause CL?  (Not a later
** month named alone, taken as last year's for a verb in the past: "وافق
** كيم على عقد قمة مع مون في أبريل" in March is April to come.) */
static int earlier_own_month(const hd_coder *c, const hd_dated *d, int cl) {
  return d->month && !d->part && !d->past_only && c->ref != HD_NO_DAY && d->day < c->ref && !same_month(d->day, c->ref) &&
         c->clause_at[d->tok_start] == cl;
}

/* The date the text gives the event: the one nearest to its words within
** DATE_REACH (hd_words_in()), else a date that opens the sentence and stands apart from
** it ("13 نوفمبر 2015، كان اليوم ..."، "7 أيلول/سبتمبر: غارات جوية"),
** which dates all of it; or HD_NO_DAY.  When that date is a month without
** its day ("في آذار/مارس 2016"، "قبل عامين"), the event has no day of its
** own, and *MONTH is the month's (else HD_NO_DAY). */
static hd_day own_date(const hd_coder *c, hd_match *m, const hd_dated *d, size_t n, int *relative, hd_day *month) {
  long best = -1;
  size_t best_dist = DATE_REACH + 1;
  *relative = 0;
  *month = HD_NO_DAY;
  m->month_part = 0;
  m->since = HD_NO_DAY;
  int past_own = n && clause_names_past_year(c, c->clause_at[m->anchor], d, n);   /* (read only with dates) */
  int cl = c->clause_at[m->anchor];
  int standing = n && hd_standing_relative(c, m->anchor);   /* (read only with dates) */
  for (size_t i = 0; i < n; i++) {
    /* (words set in between are passed over only for a date of the
    ** event's own clause, or of one it hangs from) */
    int own = cl;
    if (!in_or_above(c, c->clause_at[d[i].tok_start], own)) own = -1;
    /* ("شنت إسرائيل غارات ردا على إطلاق صواريخ ليل الأربعاء": the night
    ** of the rockets, not of the strikes) */
    if (d[i].tok_end <= m->anchor ? answer_between(c, d[i].tok_end, m->anchor) : answer_between(c, m->last + 1, d[i].tok_start))
      continue;
    size_t dist = d[i].tok_end <= m->anchor ? words_around(c, d[i].tok_end, m->anchor, own)
                : d[i].tok_start > m->last ? words_around(c, m->last, d[i].tok_start, own) : 0;
    /* (nor does a date of a clause above a relative clause date what its
    ** verb of a position held tells of its noun: "اعتقلت السلطات الثلاثاء 90
    ** شخصا للاشتباه في صلتهم بحزب العمال الكردستاني، الذي تصنفه تركيا
    ** تنظيما إرهابيا") */
    if (standing && c->clause_at[d[i].tok_start] != cl && in_or_above(c, c->clause_at[d[i].tok_start], cl)) continue;
    /* (a month in a clause below the event's is another's: "وقال الجيش:
    ** صوّر المقطع قبل شهور") */
    /* (unless the event's own words reach into that clause: "القمة التي
    ** جمعته بالرئيس الأمريكي في سنغافورة الشهر الماضي") */
    if (d[i].month && !in_or_above(c, c->clause_at[d[i].tok_start], c->clause_at[m->anchor]) &&
        !in_or_above(c, c->clause_at[d[i].tok_start], c->clause_at[m->last]))
      continue;
    /* (a time ago tells when something its own clause names happened:
    ** "وتابع ماكرون: \"قبل عشرة أيام قال ترامب\"" dates Trump's words,
    ** not Macron's) */
    if (d[i].ago && c->clause_at[d[i].tok_start] != c->clause_at[m->anchor]) continue;
    /* (a time between two events dates only the one whose words begin
    ** right after it: in "ويأتي ذلك بعد أسبوع من القمة التي جمعت" the
    ** summit, a week back) */
    if (d[i].lead && m->anchor != d[i].tok_end && (m->nwords == 0 || m->words[0] != d[i].tok_end)) continue;
    /* (a later month named alone is last year's for a verb in the past
    ** of its own clause: "اعترف ترامب في ديسمبر بالقدس"; for any other, it
    ** may be to come) */
    if (d[i].past_only && (m->noun || !hd_past_verb(c, m->anchor) || c->clause_at[d[i].tok_start] != c->clause_at[m->anchor])) continue;
    /* (a day after منذ is where the span of the event's words begins: "قتل
    ** 149 فلسطينيا بنيران إسرائيلية منذ 30 آذار/مارس" is a toll) */
    if (d[i].since && c->clause_at[d[i].tok_start] == c->clause_at[m->anchor]) {
      if (dist <= DATE_REACH) m->since = d[i].day;
      continue;
    }
    /* (nor is a day to come of another clause when the event's verb is
    ** in the past: "وصل الوزير إلى موسكو ويلتقي بنظيره الروسي غدا") */
    if (!d[i].month && c->ref != HD_NO_DAY && d[i].day > c->ref && c->clause_at[d[i].tok_start] != c->clause_at[m->anchor] &&
        !m->noun && hd_past_verb(c, m->anchor))
      continue;
    /* (nor is a day of another clause when the event's own names a year
    ** long past: "أعلن الموساد الخميس ... الذي حوكم وأعدم عام 1965") */
    if (!d[i].month && c->clause_at[d[i].tok_start] != c->clause_at[m->anchor] && past_own) continue;
    /* (a day within reach wins over a month: "في اغسطس ... يوم 14 اغسطس";
    ** but a month before the article's, in the event's own clause, wins
    ** over a day of a clause above it, which is its saying's: "وقال بيسكوف
    ** للصحفيين السبت، إن بوتين وترامب ناقشا ... في مكالمة هاتفية في مارس"
    ** is March's call, told on Saturday) */
    int better = best < 0 || (earlier_own_month(c, &d[i], cl) && c->clause_at[d[best].tok_start] != cl) ||
                 (!(earlier_own_month(c, &d[best], cl) && c->clause_at[d[i].tok_start] != cl) &&
                  ((d[best].month && !d[i].month) || (d[best].month == d[i].month && dist < best_dist)));
    if (dist <= DATE_REACH && better) { best_dist = dist; best = (long)i; }
  }
  for (size_t i = 0; i < n && best < 0; i++)
    if (d[i].opens && !d[i].since && !past_own && !answer_between(c, d[i].tok_end, m->anchor)) best = (long)i;
  if (best >= 0) {
    if (d[best].month) { *month = d[best].day; m->month_part = d[best].part; return HD_NO_DAY; }
    *relative = d[best].relative;
    return d[best].day;
  }
  /* "اجتمع كير مع زعيم المتمردين ريك مشار في العاصمة الإثيوبية أديس
  ** أبابا الأربعاء": a day of the week further after its words, in its
  ** own clause, is its day, when its clause names no other date (a date
  ** of the calendar that far may be another event's; "لهجمات المتطرفين
  ** منذ العام 2015 ... آخرها ليلة أمس السبت" tells of more than one) */
  /* ("واستدعت تل أبيب السفير الإيرلندي لمساءلته ... في كانون الثاني/يناير
  ** الماضي": and so is a month before the article's, the event's month,
  ** when no words of another event stand between, whose month it may be:
  ** "اتهمت هولندا روسيا بالمسؤولية عن إسقاط الطائرة في يوليو 2014") */
  /* ("واعتقلت القوات الإسرائيلية الطفل ... خلال مظاهرة ... في مخيم
  ** الدهيشة بمدينة بيت لحم بالضفة الغربية، في 10 ديسمبر 2017": and so is a
  ** day of the calendar of an earlier month, further still, EARLIER_REACH
  ** words, its month's and the event's) */
  int in_clause = 0;
  long weekday = -1, earlier = -1;
  for (size_t i = 0; i < n; i++) {
    if (c->clause_at[d[i].tok_start] != cl) continue;
    in_clause++;
    if (d[i].since || d[i].tok_start <= m->last || answer_between(c, m->last + 1, d[i].tok_start)) continue;
    size_t words = hd_words_in(c, m->last, d[i].tok_start);
    int of_before = !d[i].part && !d[i].ago && !d[i].lead && !d[i].relative && c->ref != HD_NO_DAY && d[i].day < c->ref &&
                    !same_month(d[i].day, c->ref) && !(d[i].past_only && (m->noun || !hd_past_verb(c, m->anchor))) &&
                    words <= (d[i].month ? WEEKDAY_REACH : EARLIER_REACH) && !pattern_between(c, m->last, d[i].tok_start);
    if (d[i].relative && words <= WEEKDAY_REACH) weekday = (long)i;
    else if (of_before) earlier = (long)i;
  }
  if (in_clause == 1 && weekday >= 0) { *relative = 1; return d[weekday].day; }
  if (in_clause == 1 && earlier >= 0) {
    if (!d[earlier].month) return d[earlier].day;
    *month = d[earlier].day;
    return HD_NO_DAY;
  }
  return HD_NO_DAY;
}

/* "شنت جماعة بوكو حرام مساء الخميس الماضي هجوما على قرية ...، وقامت
** بذبح 18 شخصا"، "اعتبر الاتحاد الأوروبي، الثلاثاء، أن ...، مشيرا إلى":
** an event whose clause names no date, joined by و (or a participle) to
** clauses of the sentence's own level, is of the last day the nearest of
** them names; HD_NO_DAY when none does. */
static hd_day joined_date(const hd_coder *c, const hd_match *m, const hd_dated *d, size_t n) {
  int cl = c->clause_at[m->anchor];
  for (size_t i = 0; i < n; i++)
    if (c->clause_at[d[i].tok_start] == cl) return HD_NO_DAY;
  for (int k = cl; c->clauses[k].kind == HD_CLAUSE_COORD && c->clauses[k].prev >= 0;) {
    k = c->clauses[k].prev;
    if (c->clauses[k].kind != HD_CLAUSE_COORD && c->clauses[k].kind != HD_CLAUSE_MAIN) break;
    for (size_t i = n; i-- > 0;)
      if (c->clause_at[d[i].tok_start] == k && !d[i].month && !d[i].since && !d[i].ago && !d[i].lead) return d[i].day;
  }
  return HD_NO_DAY;
}

/* Does a day within SPAN_DAYS of the article follow a منذ after the words
** of M, within SINCE_REACH words and no stop between?  "قتل عشرات
** الفلسطينيين منذ افتتاح السفارة الاثنين" is a span of two days: news,
** not a toll. */
static int since_recent(const hd_coder *c, const hd_match *m, const hd_dated *d, size_t nd) {
  static const char *const since[] = {"\xd9\x85\xd9\x86\xd8\xb0"};   /* منذ */
  if (c->ref == HD_NO_DAY) return 0;
  for (size_t i = 0; i < nd; i++) {
    if (d[i].tok_start <= m->last || d[i].day == HD_NO_DAY || d[i].day + SPAN_DAYS <= c->ref) continue;
    for (size_t k = d[i].tok_start; k-- > m->last && hd_words_in(c, k, d[i].tok_start) <= SINCE_REACH;) {
      if (c->tokens[k].kind == HD_TOK_PUNCT && !is_transparent(&c->tokens[k])) break;
      if (hd_tok_in(c, k, since, 1)) return 1;
    }
  }
  return 0;
}

/* The date of the saying or announcing verb that governs M (its realis
** token), of the N dates D: own_date() of a match anchored there. */
static hd_day said_date(const hd_coder *c, const hd_match *m, const hd_dated *d, size_t n) {
  hd_match said = *m;
  said.anchor = said.last = m->realis_why.token;
  said.nwords = 0;
  int rel;
  hd_day month;
  return own_date(c, &said, d, n, &rel, &month);
}

/* Decides the realis of M and returns its date: its own, else the
** article's; an event told as history has only its own, or none. */
static hd_day realis_and_date(hd_coder *c, hd_match *m, hd_dated *dates, long *ndates, size_t s, size_t e) {
  if (*ndates < 0) *ndates = (long)sentence_dates(c, s, e, dates);
  /* (read only of violence, by over_a_span) */
  m->since_recent = root_of(m->p->code) >= 18 && since_recent(c, m, dates, (size_t)*ndates);
  /* "نتنياهو: إسرائيل وجهت أعنف ضربة لحماس منذ حرب غزة 2014": the colon
  ** of a headline is its speaker's saying, news of the article's day; the
  ** words after it tell their own times, not its */
  if (c->tokens[m->anchor].kind == HD_TOK_PUNCT) {
    memset(&m->realis_why, 0, sizeof m->realis_why);
    m->realis = HD_REALIS_ACTUAL;
    m->month = HD_NO_DAY;
    m->since = HD_NO_DAY;
    m->this_week = 0;
    return c->ref;
  }
  int relative;
  hd_day own = own_date(c, m, dates, (size_t)*ndates, &relative, &m->month);
  m->this_week = relative && own != HD_NO_DAY && c->ref != HD_NO_DAY && own <= c->ref && own + 7 > c->ref;
  m->realis = hd_realis_of(c, m, own, &m->realis_why);
  /* "وكانت السلطات أعلنت الجمعة أن أربعة مسلحين قتلوا": words told with
  ** كان on a day of this week tell news of that day, not history */
  if (m->realis == HD_REALIS_BACKGROUND && m->realis_why.said && c->ref != HD_NO_DAY) {
    hd_day day = said_date(c, m, dates, (size_t)*ndates);
    if (day != HD_NO_DAY && day <= c->ref && day + 7 > c->ref) {
      memset(&m->realis_why, 0, sizeof m->realis_why);
      m->realis = HD_REALIS_ACTUAL;
      return day;
    }
  }
  /* "سيزور موسكو الاثنين": a day of the week read as the last one is the
  ** next one when the event is to come */
  if (m->realis == HD_REALIS_PLANNED && own != HD_NO_DAY && c->ref != HD_NO_DAY && own < c->ref && own + 7 > c->ref)
    own += 7;
  /* "وأعلنت ماي أمس الأربعاء أن بريطانيا ستطرد": a decision announced is
  ** taken on the day of its announcing, not on a day it names to come */
  if (m->realis_why.decided) {
    /* (its own dates: not one the words it governs name, "ستفرض الجمعة") */
    hd_dated own_dates[MAX_DATES];
    size_t n = 0;
    for (long i = 0; i < *ndates; i++)
      if (in_or_above(c, c->clause_at[dates[i].tok_start], c->clause_at[m->realis_why.token])) own_dates[n++] = dates[i];
    own = said_date(c, m, own_dates, n);
    if (own != HD_NO_DAY || m->realis == HD_REALIS_BACKGROUND) return own;
    return c->ref;
  }
  if (m->realis_why.undated) return HD_NO_DAY;
  if (m->realis_why.goes_on && own == HD_NO_DAY) return c->clauses[m->realis_why.goes_on - 1].history_day;
  if (own != HD_NO_DAY || m->realis == HD_REALIS_BACKGROUND) return own;
  /* (a day after the article's is not the news the event's clause tells;
  ** one long before is its day as much as the clause's before, whose
  ** history it goes on telling: "وفي 14 أبريل تواترت أنباء عن انفجارات
  ** ...، ونفى حزب الله هذه الأنباء" in July, and its realis is read again
  ** with that day, as the clause before's was) */
  if (m->realis == HD_REALIS_ACTUAL && c->ref != HD_NO_DAY && (own = joined_date(c, m, dates, (size_t)*ndates)) != HD_NO_DAY &&
      own <= c->ref) {
    int long_before = own + JOINED_DAYS < c->ref;
    if (long_before) m->realis = hd_realis_of(c, m, own, &m->realis_why);
    if (c->explain) {
      char day[11];
      hd_day_format(own, day);
      fprintf(c->explain, "  date   %s, the day of the clause it is joined to by \xd9\x88%s\n", day,
              long_before ? ", long before the article: its realis is read again with it" : "");
    }
    return own;
  }
  return c->ref;
}

/* Has the sentence coded an event of ROOT (two digits) yet, actual or told
** as background?  ("وعادة ما يخرج المحتجون": the protest told as a habit
** is the one its protesters name; the protesters of "المتظاهرين سيعتصمون"
** are protesting now, whatever they plan.) */
static int coded_root(const hd_coder *c, const char *root) {
  for (size_t i = 0; i < c->nseen; i++) {
    const char *code = strrchr(c->seen[i], '|');
    if (code && (c->seen_realis[i] == HD_REALIS_ACTUAL || c->seen_realis[i] == HD_REALIS_BACKGROUND) &&
        !strncmp(code + 1, root, 2))
      return 1;
  }
  return 0;
}

/* Does a verb or a relative clause right after the participants named at
** I (past one word of their own: "المحتجين العراقيين الذين") tell what
** they did?  ("وهم" before a verb, too: "المتظاهرين وهم يوبخون") */
static int deed_after(const hd_coder *c, size_t i) {
  static const char *const they[] = {"\xd9\x88\xd9\x87\xd9\x85"};   /* وهم */
  static const char *const preps_of_place[] = {   /* في من علي الي عن مع امام قرب */
    "\xd9\x81\xd9\x8a", "\xd9\x85\xd9\x86", "\xd8\xb9\xd9\x84\xd9\x8a", "\xd8\xa7\xd9\x84\xd9\x8a",
    "\xd8\xb9\xd9\x86", "\xd9\x85\xd8\xb9", "\xd8\xa7\xd9\x85\xd8\xa7\xd9\x85", "\xd9\x82\xd8\xb1\xd8\xa8"};
  for (size_t k = i + 1; k < c->ntokens && k <= i + 2; k++) {
    if (c->tokens[k].kind != HD_TOK_WORD) {
      if (c->tokens[k].kind == HD_TOK_PUNCT && c->tokens[k].punct == ',' && k == i + 1) continue;
      return 0;
    }
    if (hd_marker_at(c, k, HD_MARK_RELATIVE) || hd_is_verb(c, k)) return 1;
    if (hd_tok_in(c, k, they, 1)) return k + 1 < c->ntokens && hd_is_verb(c, k + 1);
    /* (the word between is theirs only as an adjective: "المحتجين في عمان"
    ** is where they are) */
    if (hd_has_preposition(c, k) || hd_tok_in(c, k, preps_of_place, HD_ARRAY_LEN(preps_of_place))) return 0;
  }
  return 0;
}

/* "لتفريق المتظاهرين"، "غضب المحتجين"، "سلامة المتظاهرين": are the
** participants named at I, in the oblique plural right after a noun, its
** genitive?  Then what is said is done to them, or is theirs: no protest of
** theirs.  Not after a count or a word of how many ("آلاف المتظاهرين"،
** "بعض المحتجين"), nor after a particle whose subject stands in the
** accusative ("إن المحتجين كانوا"، "لكن المتظاهرين"), nor after من، بين or
** قبل, read by acted_on() or by the clash ("حشود من المتظاهرين"، "مواجهات
** بين المحتجين وقوات الأمن"، "من قبل متظاهرين"). */
static int genitive_of_noun(const hd_coder *c, size_t i) {
  static const char *const many[] = {   /* بعض معظم غالبيه اغلبيه اعداد حشود جموع كل جميع بقيه باقي هولاء كثافه والاف وعشرات وميات */
    "\xd8\xa8\xd8\xb9\xd8\xb6", "\xd9\x85\xd8\xb9\xd8\xb8\xd9\x85", "\xd8\xba\xd8\xa7\xd9\x84\xd8\xa8\xd9\x8a\xd9\x87",
    "\xd8\xa7\xd8\xba\xd9\x84\xd8\xa8\xd9\x8a\xd9\x87", "\xd8\xa7\xd8\xb9\xd8\xaf\xd8\xa7\xd8\xaf", "\xd8\xad\xd8\xb4\xd9\x88\xd8\xaf",
    "\xd8\xac\xd9\x85\xd9\x88\xd8\xb9", "\xd9\x83\xd9\x84", "\xd8\xac\xd9\x85\xd9\x8a\xd8\xb9", "\xd8\xa8\xd9\x82\xd9\x8a\xd9\x87",
    "\xd8\xa8\xd8\xa7\xd9\x82\xd9\x8a", "\xd9\x87\xd9\x88\xd9\x84\xd8\xa7\xd8\xa1", "\xd9\x83\xd8\xab\xd8\xa7\xd9\x81\xd9\x87",
    "\xd9\x88\xd8\xa7\xd9\x84\xd8\xa7\xd9\x81", "\xd9\x88\xd8\xb9\xd8\xb4\xd8\xb1\xd8\xa7\xd8\xaa", "\xd9\x88\xd9\x85\xd9\x8a\xd8\xa7\xd8\xaa"};
  static const char *const particles[] = {   /* ان بان فان لكن لان من بين قبل */
    "\xd8\xa7\xd9\x86", "\xd8\xa8\xd8\xa7\xd9\x86", "\xd9\x81\xd8\xa7\xd9\x86", "\xd9\x84\xd9\x83\xd9\x86",
    "\xd9\x84\xd8\xa7\xd9\x86", "\xd9\x85\xd9\x86", "\xd8\xa8\xd9\x8a\xd9\x86", "\xd9\x82\xd8\xa8\xd9\x84"};
  /* (but the noun of their own deed has them for its doer: "اعتداء محتجين
  ** على القنصلية"، "انسحاب المحتجين من الشوارع", as does any noun whose
  ** object follows them with ل: "وإيقاف المتظاهرين للقطارات"; and what
  ** follows them may tell their deed: "لتفريق المحتجين، الذين حاولوا عبور
  ** الجسر"، "صور تظهر متظاهرين يحملون يافطة"; one joined by و takes the
  ** case of what it is joined to: "صدامات بين منادين بتفوق العرق الأبيض
  ** ومتظاهرين") */
  static const char *const deeds[] = {   /* اعتداء اقتحام اعتلاء خروج انسحاب مغادره توافد اقامه وقوف هتافات اشعال قيام بقيام تجمع احتشاد اعتصام اقدام مطالبه */
    "\xd8\xa7\xd8\xb9\xd8\xaa\xd8\xaf\xd8\xa7\xd8\xa1", "\xd8\xa7\xd9\x82\xd8\xaa\xd8\xad\xd8\xa7\xd9\x85",
    "\xd8\xa7\xd8\xb9\xd8\xaa\xd9\x84\xd8\xa7\xd8\xa1", "\xd8\xae\xd8\xb1\xd9\x88\xd8\xac",
    "\xd8\xa7\xd9\x86\xd8\xb3\xd8\xad\xd8\xa7\xd8\xa8", "\xd9\x85\xd8\xba\xd8\xa7\xd8\xaf\xd8\xb1\xd9\x87",
    "\xd8\xaa\xd9\x88\xd8\xa7\xd9\x81\xd8\xaf", "\xd8\xa7\xd9\x82\xd8\xa7\xd9\x85\xd9\x87",
    "\xd9\x88\xd9\x82\xd9\x88\xd9\x81", "\xd9\x87\xd8\xaa\xd8\xa7\xd9\x81\xd8\xa7\xd8\xaa",
    "\xd8\xa7\xd8\xb4\xd8\xb9\xd8\xa7\xd9\x84", "\xd9\x82\xd9\x8a\xd8\xa7\xd9\x85",
    "\xd8\xa8\xd9\x82\xd9\x8a\xd8\xa7\xd9\x85", "\xd8\xaa\xd8\xac\xd9\x85\xd8\xb9",
    "\xd8\xa7\xd8\xad\xd8\xaa\xd8\xb4\xd8\xa7\xd8\xaf", "\xd8\xa7\xd8\xb9\xd8\xaa\xd8\xb5\xd8\xa7\xd9\x85",
    "\xd8\xa7\xd9\x82\xd8\xaf\xd8\xa7\xd9\x85", "\xd9\x85\xd8\xb7\xd8\xa7\xd9\x84\xd8\xa8\xd9\x87"};
  size_t k = i + 1;   /* (the object of the noun with ل: "وإيقاف المتظاهرين للقطارات") */
  int lam_object = k < c->ntokens && c->tokens[k].kind == HD_TOK_WORD && tok_len(&c->tokens[k]) > 4 &&
                   (!memcmp(tok_text(c, &c->tokens[k]), "\xd9\x84\xd9\x84", 4) ||   /* لل */
                    (hd_has_preposition(c, k) && !memcmp(tok_text(c, &c->tokens[k]), "\xd9\x84", 2)));   /* ل */
  return i > 0 && c->actor_at[i - 1] < 0 && c->tokens[i - 1].kind == HD_TOK_WORD && hd_ends_in(c, i, "\xd9\x8a\xd9\x86") &&
      !hd_reading_with(c, i, HD_CL_CONJ) && !deed_after(c, i) &&
      !hd_is_count(c, i - 1) && !hd_tok_in(c, i - 1, many, HD_ARRAY_LEN(many)) && !hd_tok_in(c, i - 1, deeds, HD_ARRAY_LEN(deeds)) &&
      !hd_tok_in(c, i - 1, particles, HD_ARRAY_LEN(particles)) && !hd_marker_at(c, i - 1, HD_MARK_COMPLEMENT) && !lam_object;
}

/* "أطلقت الشرطة النار على المتظاهرين"، "مقتل 3 متظاهرين"، "مقتل اثنين من
** المتظاهرين"، "سياسة ضد المتظاهرين": participants named after a preposition or as victims are
** acted on, as are those whose demands are told and the object of a verb;
** they are not reported doing what their name says. */
static int acted_on(const hd_coder *c, size_t i) {
  static const char *const before[] = {   /* ضد علي الي عن امام تجاه لدي بحق باتجاه صوب (not نحو: "نحو 500 متظاهر") */
    "\xd8\xb6\xd8\xaf", "\xd8\xb9\xd9\x84\xd9\x8a", "\xd8\xa7\xd9\x84\xd9\x8a", "\xd8\xb9\xd9\x86",
    "\xd8\xa7\xd9\x85\xd8\xa7\xd9\x85", "\xd8\xaa\xd8\xac\xd8\xa7\xd9\x87", "\xd9\x84\xd8\xaf\xd9\x8a", "\xd8\xa8\xd8\xad\xd9\x82",
    "\xd8\xa8\xd8\xa7\xd8\xaa\xd8\xac\xd8\xa7\xd9\x87", "\xd8\xb5\xd9\x88\xd8\xa8"};
  static const char *const of[] = {"\xd9\x85\xd9\x86"};   /* من */
  /* (nor whose demands are told: "الاستجابة لمطالب المحتجين"، "أحد مطالب
  ** المتظاهرين") */
  static const char *const demands[] = {   /* مطالب لمطالب بمطالب مطالبات */
    "\xd9\x85\xd8\xb7\xd8\xa7\xd9\x84\xd8\xa8", "\xd9\x84\xd9\x85\xd8\xb7\xd8\xa7\xd9\x84\xd8\xa8",
    "\xd8\xa8\xd9\x85\xd8\xb7\xd8\xa7\xd9\x84\xd8\xa8", "\xd9\x85\xd8\xb7\xd8\xa7\xd9\x84\xd8\xa8\xd8\xa7\xd8\xaa"};
  if (hd_has_preposition(c, i)) return 1;
  if (i > 0 && c->actor_at[i - 1] < 0 && hd_tok_in(c, i - 1, demands, HD_ARRAY_LEN(demands))) return 1;
  /* "ووصفت المحتجين بأنهم مثيرو شغب"، "تحذر المتظاهرين": in the oblique
  ** plural (ـين) right after a verb, the object of the verb (not after "من
  ** قبل", whose قبل is no verb: "اقتحامه من قبل متظاهرين غاضبين") */
  if (i > 0 && c->actor_at[i - 1] < 0 && hd_is_verb(c, i - 1) && hd_ends_in(c, i, "\xd9\x8a\xd9\x86") &&
      !(i > 1 && hd_tok_in(c, i - 2, of, 1)))
    return 1;
  if (genitive_of_noun(c, i)) return 1;
  /* "وقال أحد المتظاهرين"، "يخاطب إحدى المتظاهرات": one of them, a person
  ** who speaks, acts or is acted on, not their protest */
  static const char *const one_of[] = {"\xd8\xa7\xd8\xad\xd8\xaf", "\xd8\xa7\xd8\xad\xd8\xaf\xd9\x8a"};   /* احد احدي */
  if (i > 0 && c->actor_at[i - 1] < 0 && hd_tok_in(c, i - 1, one_of, HD_ARRAY_LEN(one_of))) return 1;
  size_t j = i;
  /* "مقتل اثنين من المتظاهرين": a count of them, past من */
  if (j > 1 && hd_tok_in(c, j - 1, of, 1) && c->actor_at[j - 2] < 0 && hd_is_count(c, j - 2)) j--;
  while (j > 0 && i - j < 4 && c->actor_at[j - 1] < 0 && hd_is_count(c, j - 1)) j--;   /* "مقتل 3 متظاهرين" */
  if (j == 0 || c->actor_at[j - 1] >= 0) return 0;
  return hd_tok_in(c, j - 1, before, HD_ARRAY_LEN(before)) || hd_marker_at(c, j - 1, HD_MARK_VICTIM) == 1;
}

/* Is group G people of no state office: civilians, journalists, refugees,
** doctors, teachers, workers, a business? */
static int private_people(const hd_coder *c, int g) {
  static const char *const roles[] = {"CVL", "MED", "REF", "HLH", "EDU", "BUS", "LAB", "AGR"};
  const char *code = c->actors[c->groups[g].first].code;
  const char *role = strlen(code) >= 6 ? code + 3 : code;
  for (size_t k = 0; k < HD_ARRAY_LEN(roles); k++)
    if (!strncmp(role, roles[k], 3)) return 1;
  return 0;
}

/* Actors whose naming reports an event (@event=CODE: "المتظاهرون" are
** demonstrating) code it when no pattern of its root did. */
static int code_implied(hd_coder *c, size_t s, size_t e, hd_dated *dates, long *ndates) {
  for (size_t g = 0; g < c->ngroups && !c->stop; g++) {
    const hd_actor *a = &c->actors[c->groups[g].first];
    const hd_entry *why = a->why[0];
    if (!why || why->kind != HD_ENT_AGENT || !why->implies[0] || coded_root(c, why->implies)) continue;
    if (c->targeted[g]) continue;   /* "فرقت الشرطة المتظاهرين": the dispersal is the event */
    /* (nor one named in the accusative, the object of a verb: "يضرب متظاهرا") */
    if (acted_on(c, a->tok_start) || hd_accusative(c, (int)g)) {
      const hd_token *t = &c->tokens[a->tok_start];
      if (c->explain)
        fprintf(c->explain, "  (\"%.*s\" is acted on here: no event of its own)\n", (int)tok_len(t), tok_text(c, t));
      continue;
    }
    hd_pattern p;
    memset(&p, 0, sizeof p);
    memcpy(p.code, why->implies, sizeof why->implies);
    /* demonstrators named with no verb of protest make, as the protest
    ** patterns' @target=GOV says, a claim on the government */
    if (!strncmp(p.code, "14", 2)) snprintf(p.default_target, sizeof p.default_target, "GOV");
    p.file = why->file; p.line = why->line;
    hd_match m;
    memset(&m, 0, sizeof m);
    m.p = &p; m.anchor = a->tok_start; m.last = a->tok_end - 1; m.source = (int)g; m.target = m.victim = -1;
    m.implied = 1;
    for (size_t t = a->tok_start; t < a->tok_end && m.nwords < HD_PHRASE_WORDS; t++) m.words[m.nwords++] = (uint32_t)t;
    m.last = c->groups[g].tok_end - 1;
    hd_protesters_from(c, &m);
    hd_default_target(c, &m);   /* "المتظاهرون المعارضون للحكومة التايلاندية" */
    /* (but not people they chant for or who are among them, unless named
    ** as whom it is for or against: "وردد المتظاهرون أطلقوا سراح اللاجئين"،
    ** "ويطالب المحتجون، وبينهم لاجئون") */
    if (m.target >= 0 && !hd_addressed(c, c->groups[m.target].tok_start) && private_people(c, m.target)) m.target = -1;
    hd_introduced_target(c, &m);
    if (c->explain) fprintf(c->explain, "  implied %s by \"%.*s\" (%s:%u)\n", p.code, (int)tok_len(&c->tokens[a->tok_start]),
                            tok_text(c, &c->tokens[a->tok_start]), hd_dict_file(c->dict, why->file), (unsigned)why->line);
    hd_day day = realis_and_date(c, &m, dates, ndates, s, e);
    if (c->explain && m.realis != HD_REALIS_ACTUAL) hd_explain_realis(c, &m);
    if (hd_code_match(c, &m, day)) return -1;
  }
  return 0;
}

/* What a statement needs to be dated: the sentence and its dates. */
typedef struct sentence_span { size_t s, e; hd_dated *dates; long *ndates; } sentence_span;

static hd_day statement_date(hd_coder *c, hd_match *m, void *user) {
  sentence_span *sp = user;
  return realis_and_date(c, m, sp->dates, sp->ndates, sp->s, sp->e);
}

/* Is the code of group G's first actor of one of ROLES (its fourth to
** sixth letters)? */
static int role_in(const hd_coder *c, int g, const char *const *roles, size_t n) {
  const hd_actor *a = &c->actors[c->groups[g].first];
  if (a->kind != HD_ACT_PLAIN || strlen(a->code) < 6) return 0;
  for (size_t k = 0; k < n; k++)
    if (!strncmp(a->code + 3, roles[k], 3)) return 1;
  return 0;
}

/* Does the source of M act by words on its target: a government, a
** legislature, a party, an opposition, a politician, a court, the media or
** an organisation of states, at anyone but armed men ("هاجمت قوات
** الحكومة مواقع قوات سوريا الديمقراطية" is fighting), and with no weapon
** named after the verb? */
static int by_words(const hd_coder *c, const hd_match *m) {
  static const char *const speakers[] = {"GOV", "LEG", "PTY", "OPP", "ELI", "JUD", "MED"};
  static const char *const armed[] = {"MIL", "REB", "UAF", "COP", "SPY", "INS"};
  static const char *const weapons[] = {   /* بالاسلحه بالصواريخ بالغازات بالغاز بالطايرات بالمدفعيه عسكريا بقذايف */
    "\xd8\xa8\xd8\xa7\xd9\x84\xd8\xa7\xd8\xb3\xd9\x84\xd8\xad\xd9\x87",
    "\xd8\xa8\xd8\xa7\xd9\x84\xd8\xb5\xd9\x88\xd8\xa7\xd8\xb1\xd9\x8a\xd8\xae",
    "\xd8\xa8\xd8\xa7\xd9\x84\xd8\xba\xd8\xa7\xd8\xb2\xd8\xa7\xd8\xaa", "\xd8\xa8\xd8\xa7\xd9\x84\xd8\xba\xd8\xa7\xd8\xb2",
    "\xd8\xa8\xd8\xa7\xd9\x84\xd8\xb7\xd8\xa7\xd9\x8a\xd8\xb1\xd8\xa7\xd8\xaa",
    "\xd8\xa8\xd8\xa7\xd9\x84\xd9\x85\xd8\xaf\xd9\x81\xd8\xb9\xd9\x8a\xd9\x87", "\xd8\xb9\xd8\xb3\xd9\x83\xd8\xb1\xd9\x8a\xd8\xa7",
    "\xd8\xa8\xd9\x82\xd8\xb0\xd8\xa7\xd9\x8a\xd9\x81"};
  int source = m->source, target = m->target;
  if (source < 0) return 0;
  /* "هاجمت الحكومة دوما بالأسلحة الكيميائية" */
  for (size_t i = m->last + 1; i < c->ntokens && i <= m->last + 6; i++)
    if (hd_tok_in(c, i, weapons, HD_ARRAY_LEN(weapons))) return 0;
  if (target >= 0 && (role_in(c, target, armed, HD_ARRAY_LEN(armed)) ||
                      !strncmp(c->actors[c->groups[target].first].code, "IMG", 3)))
    return 0;
  return !strncmp(c->actors[c->groups[source].first].code, "IGO", 3) ||
         role_in(c, source, speakers, HD_ARRAY_LEN(speakers));
}

/* Is M an official's act towards a state (@official)?  Its source is a
** government, a legislature, a party, an opposition, a politician or an
** organisation of states, named in the clause of its words when that
** clause is what someone said; its target is a state, its government or an
** organisation of states.  "وصل وزير الخارجية الأمريكي إلى بيونغ يانغ" is a
** visit; "وصل 552 مهاجرا إلى اليونان"، "وصلت القوات إلى الكويت" and "وصلت
** التكنولوجيا الإيرانية إلى ميليشيات الحوثي" are none. */
static int official_act(const hd_coder *c, const hd_match *m) {
  static const char *const officials[] = {"GOV", "LEG", "PTY", "OPP", "ELI"};
  if (m->source < 0) return 0;
  const hd_actor *s = &c->actors[c->groups[m->source].first];
  if (s->kind != HD_ACT_PLAIN || (strncmp(s->code, "IGO", 3) && !role_in(c, m->source, officials, HD_ARRAY_LEN(officials))))
    return 0;
  /* (one who arrives is named in the words that tell it, not as the one
  ** who tells them: "قالت المفوضية إن نحو 87 ألف مهاجر وصلوا إلى اليمن") */
  const hd_clause *k = &c->clauses[c->clause_at[m->anchor]];
  if (k->kind == HD_CLAUSE_COMPLEMENT && c->groups[m->source].tok_start < k->start) return 0;
  /* (a capital or a place of the state: "إلى بروكسل", hd_place_target) */
  if (m->target < 0) return strlen(m->target_code) == 3;
  /* (not one that goes on with the list of its source: "ووصل سفراء بريطانيا
  ** وفرنسا ... وبولندا وجمهورية تشيكيا وسلوفاكيا") */
  size_t at = c->groups[m->target].tok_start;
  if (at > c->groups[m->source].tok_start && (hd_reading_with(c, at, HD_CL_CONJ) || (at > 0 && hd_reading_with(c, at - 1, HD_CL_CONJ))))
    return 0;
  const hd_actor *t = &c->actors[c->groups[m->target].first];
  if (t->kind != HD_ACT_PLAIN || t->weak) return 0;
  return !strncmp(t->code, "IGO", 3) || (strlen(t->code) == 3 && !t->bare) || hd_has_role(t->code, "GOV");
}

/* Is a [markers] cbrn word among M's words, or one or two words after one
** of them that is not a preposition ("هجوما بالغازات السامة"، "الهجمات
** الكيماوية"; not "صواريخ ردا على هجوم كيماوي")? */
static int cbrn_near(const hd_coder *c, const hd_match *m) {
  static const char *const preps[] = {   /* علي في ضد الي من */
    "\xd8\xb9\xd9\x84\xd9\x8a", "\xd9\x81\xd9\x8a", "\xd8\xb6\xd8\xaf", "\xd8\xa7\xd9\x84\xd9\x8a", "\xd9\x85\xd9\x86"};
  for (size_t k = 0; k < m->nwords; k++) {
    size_t w = m->words[k];
    if (hd_tok_in(c, w, preps, HD_ARRAY_LEN(preps))) continue;
    for (size_t i = w; i < c->ntokens && i <= w + 2; i++) {
      if (i > w && c->tokens[i].kind != HD_TOK_WORD) break;
      if (hd_marker_at(c, i, HD_MARK_CBRN)) return 1;
    }
  }
  return 0;
}

/* Is CODE an attack whose deaths are told as what resulted from it: not
** a blockade, an occupation, an abduction or human shields, and more
** than violence unspecified? */
static int same_attack(const char *code) {
  static const char *const not_deaths[] = {"191", "192", "181", "184"};   /* and what they begin */
  if (root_of(code) < 18 || root_of(code) > 20 || !strcmp(code, "190")) return 0;
  for (size_t k = 0; k < HD_ARRAY_LEN(not_deaths); k++)
    if (!strncmp(code, not_deaths[k], 3)) return 0;
  return 1;
}

/* The code of the violence that a [markers] cbrn, bombing or unconventional word
** within MEANS_REACH words of M's, with no punctuation between, says it
** was ("وأسفر هجوم بسكين عن مقتل"، "أدى تفجير إلى مقتل"; not "بالتزامن مع
** التفجيرات، استمرت الاشتباكات"), or NULL. */
static const char *means_near(const hd_coder *c, const hd_match *m) {
  size_t from = hd_words_start(c, m->anchor, MEANS_REACH);
  for (size_t i = m->anchor; i > from; i--)
    if (c->tokens[i - 1].kind == HD_TOK_PUNCT) { from = i; break; }
  for (size_t i = from; i < c->ntokens; i++) {
    if (i > m->last && (c->tokens[i].kind == HD_TOK_PUNCT || hd_words_in(c, m->last + 1, i + 1) > MEANS_REACH)) break;
    if (c->tokens[i].kind != HD_TOK_WORD) continue;
    if (hd_marker_at(c, i, HD_MARK_CBRN)) return "2041";
    if (hd_marker_at(c, i, HD_MARK_BOMBING)) return "183";
    if (hd_marker_at(c, i, HD_MARK_UNCONVENTIONAL)) return "180";
  }
  return NULL;
}

/* "دمرت مقاتلات التحالف منصة إطلاق صواريخ"، "شن الطيران غارة جديدة دمرت
** مركزا"، "دمرت القوات ... بغارتين": is what M destroys struck from the
** air?  An aerial word among the words of its source, within AERIAL_REACH
** words before its own with no stop between, or after them within that
** reach with ب ("بغارتين"). */
static int from_the_air(const hd_coder *c, const hd_match *m) {
  if (m->source >= 0) {
    const hd_group *g = &c->groups[m->source];
    for (size_t i = g->tok_start; i < g->tok_end; i++)
      if (hd_marker_at(c, i, HD_MARK_AERIAL)) return 1;
    /* (the words between the verb and its source, or right before the
    ** source: "ودمرت طائرات تابعة للتحالف"، "مقاتلات التحالف") */
    size_t from = g->tok_start > m->last ? m->last + 1 : g->tok_start > 0 ? g->tok_start - 1 : 0;
    for (size_t i = from; i < g->tok_start && hd_words_in(c, i, g->tok_start) <= AERIAL_REACH; i++)
      if (hd_marker_at(c, i, HD_MARK_AERIAL)) return 1;
  }
  for (size_t i = m->anchor; i-- > 0 && hd_words_in(c, i, m->anchor) <= AERIAL_REACH;) {
    if (c->tokens[i].kind == HD_TOK_PUNCT) break;
    if (hd_marker_at(c, i, HD_MARK_AERIAL)) return 1;
  }
  for (size_t i = m->last + 1; i < c->ntokens && hd_words_in(c, m->last + 1, i + 1) <= AERIAL_REACH; i++) {
    if (c->tokens[i].kind == HD_TOK_PUNCT && c->tokens[i].punct != ',') break;
    if (hd_marker_at(c, i, HD_MARK_AERIAL) && hd_reading_with(c, i, HD_CL_PREP)) return 1;
  }
  return 0;
}

/* Does what was destroyed name a weapon or a military site, within
** MILITARY_REACH words after the verb (past its subject named right after
** it): "دمرت قوات التحالف طائرتين دون طيار"، "التحالف يدمر منصة صواريخ"،
** "الدفاعات الجوية دمرت صاروخين"?  Then an armed force destroying it
** fights; homes, crops and a consulate stay property destroyed. */
static int military_object(const hd_coder *c, const hd_match *m) {
  static const char *const military[] = {   /* صاروخ الصاروخ صاروخا صاروخين صواريخ الصواريخ منصه المنصه منصات المنصات منصتي معسكر المعسكر معسكرا معسكرات المعسكرات مخزن المخزن مخازن المخازن مستودع المستودع مستودعا مستودعات المستودعات عربه العربه عربات العربات اليه الاليه اليات الاليات مدرعه المدرعه مدرعات المدرعات دبابه الدبابه دبابات الدبابات طايره الطايره طايرتين طايرات الطايرات زورق الزورق زوارق الزوارق قارب القارب قوارب القوارب تعزيزات التعزيزات بطاريه البطاريه بطاريات البطاريات منظومه المنظومه مقر المقر مقرات المقرات موقع الموقع موقعا مواقع المواقع تحصينات التحصينات مدفع المدفع مدافع المدافع راجمه الراجمه راجمات الراجمات نفق النفق انفاق الانفاق خنادق الخنادق */
    "\xd8\xb5\xd8\xa7\xd8\xb1\xd9\x88\xd8\xae", "\xd8\xa7\xd9\x84\xd8\xb5\xd8\xa7\xd8\xb1\xd9\x88\xd8\xae", "\xd8\xb5\xd8\xa7\xd8\xb1\xd9\x88\xd8\xae\xd8\xa7", "\xd8\xb5\xd8\xa7\xd8\xb1\xd9\x88\xd8\xae\xd9\x8a\xd9\x86",
    "\xd8\xb5\xd9\x88\xd8\xa7\xd8\xb1\xd9\x8a\xd8\xae", "\xd8\xa7\xd9\x84\xd8\xb5\xd9\x88\xd8\xa7\xd8\xb1\xd9\x8a\xd8\xae", "\xd9\x85\xd9\x86\xd8\xb5\xd9\x87", "\xd8\xa7\xd9\x84\xd9\x85\xd9\x86\xd8\xb5\xd9\x87",
    "\xd9\x85\xd9\x86\xd8\xb5\xd8\xa7\xd8\xaa", "\xd8\xa7\xd9\x84\xd9\x85\xd9\x86\xd8\xb5\xd8\xa7\xd8\xaa", "\xd9\x85\xd9\x86\xd8\xb5\xd8\xaa\xd9\x8a", "\xd9\x85\xd8\xb9\xd8\xb3\xd9\x83\xd8\xb1",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb9\xd8\xb3\xd9\x83\xd8\xb1", "\xd9\x85\xd8\xb9\xd8\xb3\xd9\x83\xd8\xb1\xd8\xa7", "\xd9\x85\xd8\xb9\xd8\xb3\xd9\x83\xd8\xb1\xd8\xa7\xd8\xaa", "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb9\xd8\xb3\xd9\x83\xd8\xb1\xd8\xa7\xd8\xaa",
    "\xd9\x85\xd8\xae\xd8\xb2\xd9\x86", "\xd8\xa7\xd9\x84\xd9\x85\xd8\xae\xd8\xb2\xd9\x86", "\xd9\x85\xd8\xae\xd8\xa7\xd8\xb2\xd9\x86", "\xd8\xa7\xd9\x84\xd9\x85\xd8\xae\xd8\xa7\xd8\xb2\xd9\x86",
    "\xd9\x85\xd8\xb3\xd8\xaa\xd9\x88\xd8\xaf\xd8\xb9", "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb3\xd8\xaa\xd9\x88\xd8\xaf\xd8\xb9", "\xd9\x85\xd8\xb3\xd8\xaa\xd9\x88\xd8\xaf\xd8\xb9\xd8\xa7", "\xd9\x85\xd8\xb3\xd8\xaa\xd9\x88\xd8\xaf\xd8\xb9\xd8\xa7\xd8\xaa",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xb3\xd8\xaa\xd9\x88\xd8\xaf\xd8\xb9\xd8\xa7\xd8\xaa", "\xd8\xb9\xd8\xb1\xd8\xa8\xd9\x87", "\xd8\xa7\xd9\x84\xd8\xb9\xd8\xb1\xd8\xa8\xd9\x87", "\xd8\xb9\xd8\xb1\xd8\xa8\xd8\xa7\xd8\xaa",
    "\xd8\xa7\xd9\x84\xd8\xb9\xd8\xb1\xd8\xa8\xd8\xa7\xd8\xaa", "\xd8\xa7\xd9\x84\xd9\x8a\xd9\x87", "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x84\xd9\x8a\xd9\x87", "\xd8\xa7\xd9\x84\xd9\x8a\xd8\xa7\xd8\xaa",
    "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x84\xd9\x8a\xd8\xa7\xd8\xaa", "\xd9\x85\xd8\xaf\xd8\xb1\xd8\xb9\xd9\x87", "\xd8\xa7\xd9\x84\xd9\x85\xd8\xaf\xd8\xb1\xd8\xb9\xd9\x87", "\xd9\x85\xd8\xaf\xd8\xb1\xd8\xb9\xd8\xa7\xd8\xaa",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xaf\xd8\xb1\xd8\xb9\xd8\xa7\xd8\xaa", "\xd8\xaf\xd8\xa8\xd8\xa7\xd8\xa8\xd9\x87", "\xd8\xa7\xd9\x84\xd8\xaf\xd8\xa8\xd8\xa7\xd8\xa8\xd9\x87", "\xd8\xaf\xd8\xa8\xd8\xa7\xd8\xa8\xd8\xa7\xd8\xaa",
    "\xd8\xa7\xd9\x84\xd8\xaf\xd8\xa8\xd8\xa7\xd8\xa8\xd8\xa7\xd8\xaa", "\xd8\xb7\xd8\xa7\xd9\x8a\xd8\xb1\xd9\x87", "\xd8\xa7\xd9\x84\xd8\xb7\xd8\xa7\xd9\x8a\xd8\xb1\xd9\x87", "\xd8\xb7\xd8\xa7\xd9\x8a\xd8\xb1\xd8\xaa\xd9\x8a\xd9\x86",
    "\xd8\xb7\xd8\xa7\xd9\x8a\xd8\xb1\xd8\xa7\xd8\xaa", "\xd8\xa7\xd9\x84\xd8\xb7\xd8\xa7\xd9\x8a\xd8\xb1\xd8\xa7\xd8\xaa", "\xd8\xb2\xd9\x88\xd8\xb1\xd9\x82", "\xd8\xa7\xd9\x84\xd8\xb2\xd9\x88\xd8\xb1\xd9\x82",
    "\xd8\xb2\xd9\x88\xd8\xa7\xd8\xb1\xd9\x82", "\xd8\xa7\xd9\x84\xd8\xb2\xd9\x88\xd8\xa7\xd8\xb1\xd9\x82", "\xd9\x82\xd8\xa7\xd8\xb1\xd8\xa8", "\xd8\xa7\xd9\x84\xd9\x82\xd8\xa7\xd8\xb1\xd8\xa8",
    "\xd9\x82\xd9\x88\xd8\xa7\xd8\xb1\xd8\xa8", "\xd8\xa7\xd9\x84\xd9\x82\xd9\x88\xd8\xa7\xd8\xb1\xd8\xa8", "\xd8\xaa\xd8\xb9\xd8\xb2\xd9\x8a\xd8\xb2\xd8\xa7\xd8\xaa", "\xd8\xa7\xd9\x84\xd8\xaa\xd8\xb9\xd8\xb2\xd9\x8a\xd8\xb2\xd8\xa7\xd8\xaa",
    "\xd8\xa8\xd8\xb7\xd8\xa7\xd8\xb1\xd9\x8a\xd9\x87", "\xd8\xa7\xd9\x84\xd8\xa8\xd8\xb7\xd8\xa7\xd8\xb1\xd9\x8a\xd9\x87", "\xd8\xa8\xd8\xb7\xd8\xa7\xd8\xb1\xd9\x8a\xd8\xa7\xd8\xaa", "\xd8\xa7\xd9\x84\xd8\xa8\xd8\xb7\xd8\xa7\xd8\xb1\xd9\x8a\xd8\xa7\xd8\xaa",
    "\xd9\x85\xd9\x86\xd8\xb8\xd9\x88\xd9\x85\xd9\x87", "\xd8\xa7\xd9\x84\xd9\x85\xd9\x86\xd8\xb8\xd9\x88\xd9\x85\xd9\x87", "\xd9\x85\xd9\x82\xd8\xb1", "\xd8\xa7\xd9\x84\xd9\x85\xd9\x82\xd8\xb1",
    "\xd9\x85\xd9\x82\xd8\xb1\xd8\xa7\xd8\xaa", "\xd8\xa7\xd9\x84\xd9\x85\xd9\x82\xd8\xb1\xd8\xa7\xd8\xaa", "\xd9\x85\xd9\x88\xd9\x82\xd8\xb9", "\xd8\xa7\xd9\x84\xd9\x85\xd9\x88\xd9\x82\xd8\xb9",
    "\xd9\x85\xd9\x88\xd9\x82\xd8\xb9\xd8\xa7", "\xd9\x85\xd9\x88\xd8\xa7\xd9\x82\xd8\xb9", "\xd8\xa7\xd9\x84\xd9\x85\xd9\x88\xd8\xa7\xd9\x82\xd8\xb9", "\xd8\xaa\xd8\xad\xd8\xb5\xd9\x8a\xd9\x86\xd8\xa7\xd8\xaa",
    "\xd8\xa7\xd9\x84\xd8\xaa\xd8\xad\xd8\xb5\xd9\x8a\xd9\x86\xd8\xa7\xd8\xaa", "\xd9\x85\xd8\xaf\xd9\x81\xd8\xb9", "\xd8\xa7\xd9\x84\xd9\x85\xd8\xaf\xd9\x81\xd8\xb9", "\xd9\x85\xd8\xaf\xd8\xa7\xd9\x81\xd8\xb9",
    "\xd8\xa7\xd9\x84\xd9\x85\xd8\xaf\xd8\xa7\xd9\x81\xd8\xb9", "\xd8\xb1\xd8\xa7\xd8\xac\xd9\x85\xd9\x87", "\xd8\xa7\xd9\x84\xd8\xb1\xd8\xa7\xd8\xac\xd9\x85\xd9\x87", "\xd8\xb1\xd8\xa7\xd8\xac\xd9\x85\xd8\xa7\xd8\xaa",
    "\xd8\xa7\xd9\x84\xd8\xb1\xd8\xa7\xd8\xac\xd9\x85\xd8\xa7\xd8\xaa", "\xd9\x86\xd9\x81\xd9\x82", "\xd8\xa7\xd9\x84\xd9\x86\xd9\x81\xd9\x82", "\xd8\xa7\xd9\x86\xd9\x81\xd8\xa7\xd9\x82",
    "\xd8\xa7\xd9\x84\xd8\xa7\xd9\x86\xd9\x81\xd8\xa7\xd9\x82", "\xd8\xae\xd9\x86\xd8\xa7\xd8\xaf\xd9\x82", "\xd8\xa7\xd9\x84\xd8\xae\xd9\x86\xd8\xa7\xd8\xaf\xd9\x82"};
  static const char *const destroy[] = {   /* دمر دمرت دمروا دمرا يدمر تدمر يدمرون تدمير بتدمير */
    "\xd8\xaf\xd9\x85\xd8\xb1", "\xd8\xaf\xd9\x85\xd8\xb1\xd8\xaa", "\xd8\xaf\xd9\x85\xd8\xb1\xd9\x88\xd8\xa7",
    "\xd8\xaf\xd9\x85\xd8\xb1\xd8\xa7", "\xd9\x8a\xd8\xaf\xd9\x85\xd8\xb1", "\xd8\xaa\xd8\xaf\xd9\x85\xd8\xb1",
    "\xd9\x8a\xd8\xaf\xd9\x85\xd8\xb1\xd9\x88\xd9\x86", "\xd8\xaa\xd8\xaf\xd9\x85\xd9\x8a\xd8\xb1",
    "\xd8\xa8\xd8\xaa\xd8\xaf\xd9\x85\xd9\x8a\xd8\xb1"};
  /* (destroying only: a state that demolishes its own site, "قامت بهدم موقع
  ** للتجارب النووية"، or rioters who burn an office, do not fight) */
  if (!hd_tok_in(c, m->anchor, destroy, HD_ARRAY_LEN(destroy))) return 0;
  size_t i = m->anchor + 1;
  if (m->source >= 0 && c->groups[m->source].tok_start == i) i = c->groups[m->source].tok_end;
  for (size_t w = 0; i < c->ntokens && w < MILITARY_REACH; i++, w++) {
    if (c->tokens[i].kind != HD_TOK_WORD) return 0;
    if (hd_tok_in(c, i, military, HD_ARRAY_LEN(military))) return 1;
  }
  return 0;
}

/* Is group G a state named as itself ("إسرائيل") or as its armed forces
** ("الجيش الإسرائيلي")? */
static int state_force(const hd_coder *c, int g) {
  const hd_actor *a = &c->actors[c->groups[g].first];
  if (a->kind != HD_ACT_PLAIN || a->bare || a->weak || hd_is_international(a->code)) return 0;
  return strlen(a->code) == 3 || (strlen(a->code) == 6 && hd_has_role(a->code, "MIL"));
}

/* Is group G one that fights: a state or its forces, an armed group, a
** rebel or an unidentified force ("قوات التحالف"، "الميليشيات الحوثية")? */
static int fighting_force(const hd_coder *c, int g) {
  const hd_actor *a = &c->actors[c->groups[g].first];
  if (state_force(c, g)) return 1;
  return a->kind == HD_ACT_PLAIN && !a->weak &&
         (hd_has_role(a->code, "MIL") || hd_has_role(a->code, "REB") || hd_has_role(a->code, "UAF") || hd_has_role(a->code, "INS"));
}

/* Is an attack named among M's words (هجوم، هجمات، عملية), not crimes or
** a plot ("ارتكبوا جرائم بحق نساء")? */
static int names_attack(const hd_coder *c, const hd_match *m) {
  static const char *const attack[] = {   /* هجوم هجوما هجمات الهجوم هجومها هجوما عمليه عمليات */
    "\xd9\x87\xd8\xac\xd9\x88\xd9\x85", "\xd9\x87\xd8\xac\xd9\x88\xd9\x85\xd8\xa7",
    "\xd9\x87\xd8\xac\xd9\x85\xd8\xa7\xd8\xaa", "\xd8\xa7\xd9\x84\xd9\x87\xd8\xac\xd9\x88\xd9\x85",
    "\xd9\x87\xd8\xac\xd9\x88\xd9\x85\xd9\x87\xd8\xa7", "\xd8\xb9\xd9\x85\xd9\x84\xd9\x8a\xd9\x87",
    "\xd8\xb9\xd9\x85\xd9\x84\xd9\x8a\xd8\xa7\xd8\xaa"};
  for (size_t k = 0; k < m->nwords; k++)
    if (hd_tok_in(c, m->words[k], attack, HD_ARRAY_LEN(attack))) return 1;
  return 0;
}

/* The token of a [markers] mishap word ("زلزال"، "انهيار جسر"، "حادث
** سير") that makes the violence of M an accident or a disaster, or -1:
** when M names no doer, within MISHAP_CAUSE words before its words or
** MISHAP_REACH after them ("ضرب زلزال الجزيرة، ما أسفر عن مقتل 14
** شخصا"، "قتل 14 شخصا جراء الزلزال"; not "القصف استهدف موقعا ... ردا على
** إطلاق بالون أدى إلى اندلاع حريق"); when it names one, who is then the
** victim's side, within MISHAP_REACH words either way ("مقتل 4 في تحطم
** مروحية للبحرية الأمريكية"، "فيضانات إسرائيل تقتل 10 طلاب"). */
static long mishap_of(const hd_coder *c, const hd_match *m) {
  /* a verb of what resulted, with no doer, from the sentence's start: "تحطمت
  ** طائرة عسكرية على الطريق بين بوفاريم والبليدة، يوم 11 أبريل، مما أدى
  ** إلى مقتل 257 شخصا" */
  static const char *const result[] = {   /* اسفر اسفرت ادي ادت تسبب تسببت */
    "\xd8\xa7\xd8\xb3\xd9\x81\xd8\xb1", "\xd8\xa7\xd8\xb3\xd9\x81\xd8\xb1\xd8\xaa",
    "\xd8\xa7\xd8\xaf\xd9\x8a", "\xd8\xa7\xd8\xaf\xd8\xaa",
    "\xd8\xaa\xd8\xb3\xd8\xa8\xd8\xa8", "\xd8\xaa\xd8\xb3\xd8\xa8\xd8\xa8\xd8\xaa"};
  size_t n;
  const char *w = hd_after_conj(c, m->anchor, &n);
  int resulted = 0;
  for (size_t k = 0; k < HD_ARRAY_LEN(result) && !resulted; k++) resulted = hd_text_is(w, n, result[k]);
  size_t from = m->implicit_source && resulted ? 0 : hd_words_start(c, m->anchor, m->implicit_source ? MISHAP_CAUSE : MISHAP_REACH);
  for (size_t i = from; i < c->ntokens; i++) {
    if (i > m->last && hd_words_in(c, m->last + 1, i + 1) > MISHAP_REACH) break;
    if (c->tokens[i].kind == HD_TOK_WORD && hd_marker_at(c, i, HD_MARK_MISHAP)) return (long)i;
  }
  return -1;
}

/* The token of a [markers] toll word ("الحرب"، "النزاع"، "أعمال العنف")
** that is the subject of the verb of result of M, which names no doer,
** or -1: right before the verb, or before the relative pronoun that
** opens its clause ("الحرب في اليمن أدت إلى مقتل 10 آلاف"، "أعمال العنف
** التي أسفرت عن مقتل 60 شخصا"), also past the comma before that pronoun
** ("النزاع المتواصل منذ ثلاث سنوات، الذي أسفر عن مقتل أكثر من 10 آلاف
** شخص"), or right after it, a demonstrative between ("وأسفر النزاع عن
** مقتل الآلاف"، "أدى هذا الصراع إلى مقتل"); or, after a verb of killing
** that names no doer, the war that its deaths were told in ("وقتل أكثر من
** 9200 شخص في الحرب المستمرة منذ ثلاث سنوات"، "جراء النزاع"). Deaths a
** war or violence at large caused are its toll, not an attack by an
** unidentified force. */
static long toll_of(const hd_coder *c, const hd_match *m) {
  static const char *const demonstratives[] = {   /* هذا هذه ذلك تلك */
    "\xd9\x87\xd8\xb0\xd8\xa7", "\xd9\x87\xd8\xb0\xd9\x87", "\xd8\xb0\xd9\x84\xd9\x83",
    "\xd8\xaa\xd9\x84\xd9\x83"};
  static const char *const within[] = {   /* في خلال جراء بسبب اثر */
    "\xd9\x81\xd9\x8a", "\xd8\xae\xd9\x84\xd8\xa7\xd9\x84", "\xd8\xac\xd8\xb1\xd8\xa7\xd8\xa1",
    "\xd8\xa8\xd8\xb3\xd8\xa8\xd8\xa8", "\xd8\xa7\xd8\xab\xd8\xb1"};
  if (!m->implicit_source || m->noun) return -1;
  if (!hd_result_verb(c, m->anchor)) {
    /* (in the words right after the verb's own, none of an attack or a
    ** weapon among them nor among its own: "قتل 20 شخصا في هجوم خلال
    ** الحرب" names an attack first) */
    for (size_t i = m->anchor + 1, words = 0; i + 1 < c->ntokens && words < TOLL_AFTER; i++) {
      if (c->tokens[i].kind != HD_TOK_WORD) {
        if (c->tokens[i].kind == HD_TOK_PUNCT && c->tokens[i].punct != ',') return -1;
        continue;
      }
      if (hd_marker_at(c, i, HD_MARK_STRIKE) || hd_marker_at(c, i, HD_MARK_WEAPON)) return -1;
      if (i > m->last && hd_tok_in(c, i, within, HD_ARRAY_LEN(within)) && c->tokens[i + 1].kind == HD_TOK_WORD &&
          hd_marker_at(c, i + 1, HD_MARK_TOLL))
        return (long)i + 1;
      words += i > m->last;
    }
    return -1;
  }
  /* right after the verb: its subject */
  size_t after = m->anchor + 1;
  if (after + 1 < c->ntokens && hd_tok_in(c, after, demonstratives, HD_ARRAY_LEN(demonstratives))) after++;
  if (after < c->ntokens && c->tokens[after].kind == HD_TOK_WORD && hd_marker_at(c, after, HD_MARK_TOLL))
    return (long)after;
  /* before it, in its clause: at most TOLL_BEFORE words (its adjectives,
  ** its place, the relative pronoun), never across a comma but the one
  ** right before the relative pronoun */
  const hd_clause *own = &c->clauses[c->clause_at[m->anchor]];
  for (size_t i = m->anchor, words = 0, most = TOLL_BEFORE; i-- > 0 && words < most;) {
    if (c->tokens[i].kind != HD_TOK_WORD) {
      if (!(own->kind == HD_CLAUSE_RELATIVE && own->opener == i + 1 && c->tokens[i].punct == ',')) return -1;
      most = words + TOLL_BEFORE + 2;   /* (its adjectives and a time of its own: "المتواصل منذ ثلاث سنوات") */
      continue;
    }
    if (hd_marker_at(c, i, HD_MARK_TOLL)) return (long)i;
    words++;
  }
  return -1;
}

/* Does the verb at token I govern a clause (its أن, its quote, a
** participle of saying: "غرد قائلا")? */
static int governs_clause(const hd_coder *c, size_t i) {
  for (size_t k = 0; k < c->nclauses; k++)
    if (c->clauses[k].governor == (int32_t)i) return 1;
  return 0;
}

/* Pattern P with the event code CODE instead of its own, kept in SPOKEN
** (*N of MAX_SPOKEN taken) for the rest of the sentence; P itself when
** there is no room. */
static const hd_pattern *recoded(hd_pattern *spoken, size_t *n, const hd_pattern *p, const char *code) {
  if (*n == MAX_SPOKEN) return p;
  hd_pattern *q = &spoken[(*n)++];
  *q = *p;
  snprintf(q->code, sizeof q->code, "%s", code);
  return q;
}

static int code_patterns(hd_coder *c, size_t s, size_t e) {
  hd_dated dates[MAX_DATES];
  long ndates = -1;   /* found when the first event needs them: most sentences have none */
  if (GROW(c, used, c->ntokens + 1) || GROW(c, targeted, c->ngroups + 1)) return -1;
  memset(c->used, 0, c->ntokens);
  memset(c->targeted, 0, c->ngroups);
  int matched = 0;
  hd_match deferred[MAX_DEFERRED];
  hd_day deferred_day[MAX_DEFERRED];
  size_t ndeferred = 0;
  hd_pattern spoken[MAX_SPOKEN];   /* patterns given another code (recoded()) */
  size_t nspoken = 0;
  c->nspeech = 0;
  for (size_t i = 0; i < c->ntokens && !c->stop; i++) {
    if (c->tokens[i].kind == HD_TOK_PUNCT && c->clauses[c->clause_at[i]].governor == (int32_t)i) hd_note_label(c, i);
    if (c->used[i] || c->actor_at[i] >= 0 || c->tokens[i].nana == 0) continue;
    hd_match m;
    int said = hd_marker_at(c, i, HD_MARK_REPORT) != 0;
    int found = hd_best_match(c, i, &m);
    /* "قال في بيان إن ...": a statement pattern at a verb of saying is
    ** what the verb governs that decides, as for the bare verb; so it is
    ** at any verb that governs a clause, its أن or its quote: "كتب ترامب
    ** على تويتر أن ..."، "غرد قائلا: \"...\"" */
    if (found && !said && !strcmp(m.p->code, "010") && governs_clause(c, i)) said = 1;
    if (said && (!found || !strcmp(m.p->code, "010"))) {
      /* (the words of where it was said stay free for what they name
      ** themselves: "قال في مؤتمر صحفي مع نظيره" meets him) */
      if (found) c->used[m.anchor] = 1;
      hd_note_speech(c, i, found ? m.p : NULL, found ? m.source : -1);
      continue;
    }
    if (!found) {
      /* "إن ثمانية جنود نفذوا الغارة وأنهم": a verb no pattern reads still
      ** has its subject, for the clauses linked to its own */
      hd_clause *cl = &c->clauses[c->clause_at[i]];
      if (cl->subject < 0 && hd_is_verb(c, i)) cl->subject = hd_subject_of(c, i, 0);
      continue;
    }
    for (size_t k = m.anchor; k <= m.last; k++) c->used[k] = 1;
    const char *why = NULL;
    hd_victims_not_source(c, &m);
    hd_default_source(c, &m);
    hd_meeting_possessor(c, &m);
    hd_meeting_brought(c, &m);
    hd_protesters_from(c, &m);
    hd_members(c, &m);
    hd_visited_country(c, &m);
    hd_shared_subject(c, &m);
    hd_frame_source(c, &m);
    hd_result_source(c, &m);
    hd_struck_by_means(c, &m);
    hd_reporter_not_doer(c, &m);
    hd_backer_not_party(c, &m);
    hd_leader_stands_for(c, &m);
    hd_own_possessor(c, &m);
    hd_request_maker(c, &m);
    /* a noun of violence standing alone takes as victims only those
    ** named as such ("مقتل"، "إصابة"), not whoever follows it */
    if (!(m.p->flags & HD_PAT_VICTIM)) hd_default_target(c, &m);
    hd_introduced_target(c, &m);
    hd_speakers_own_act(c, &m);
    hd_possessor_attacker(c, &m);
    hd_claimed_attack(c, &m);
    hd_means_of_violence(c, &m);
    hd_fighting_of_subject(c, &m);
    hd_denied_accuser(c, &m);
    hd_authority_source(c, &m);
    hd_sides_between(c, &m);
    hd_clash_sides(c, &m);
    hd_shared_object(c, &m);
    /* "وصل ولي العهد إلى القاهرة والتقى بالرئيس المصري": an official's act
    ** is aimed at one named in its own clause, else at the state of the
    ** place it names (@official) */
    if ((m.p->flags & HD_PAT_OFFICIAL) && m.target >= 0 &&
        hd_scope(c, c->clause_at[m.anchor], c->groups[m.target].tok_start) != HD_IN_CLAUSE)
      m.target = -1;
    hd_place_target(c, &m);
    hd_not_neighbour(c, &m);
    hd_answered_act(c, &m);
    hd_condemned_doer(c, &m);
    /* "هاجم الرئيس التركي نظيره الفرنسي": one who acts by words attacks
    ** with them (@said=) */
    if (m.p->said[0] && by_words(c, &m)) m.p = recoded(spoken, &nspoken, m.p, m.p->said);
    /* "هجوم بغاز الكلور"، "الهجمات الكيماوية": violence told with the words of
    ** a chemical, biological or nuclear weapon uses one (2041) */
    if ((root_of(m.p->code) == 18 || root_of(m.p->code) == 19) && cbrn_near(c, &m))
      m.p = recoded(spoken, &nspoken, m.p, "2041");
    /* "وأسفر هجوم بسكين في باريس عن مقتل شخص": violence no armed force is
    ** named doing, told with a bomb or a knife, is not fighting; nor is
    ** that of unidentified attackers named as such ("في هجومين
    ** انتحاريين"، "مسلحون مجهولون") */
    const char *means;
    int unidentified = m.implicit_source ||
                       (m.source >= 0 && hd_has_role(c->actors[c->groups[m.source].first].code, "UAF"));
    if (unidentified && !strcmp(m.p->code, "190") && (means = means_near(c, &m)))
      m.p = recoded(spoken, &nspoken, m.p, means);
    /* "فجر انتحاري نفسه قرب مقر وزارة، ما أسفر عن مقتل 10 أشخاص"، "أطلقت
    ** الفصائل قذائف على معسكر للنظام، ما أدى إلى مقتل جنديين": deaths that
    ** resulted from an attack told in the clause before were that attack */
    if (m.cause && !strcmp(m.p->code, "190") && same_attack(m.cause)) m.p = recoded(spoken, &nspoken, m.p, m.cause);
    /* "دمرت مقاتلات التحالف منصة إطلاق صواريخ": what aircraft destroy is
    ** struck from the air (195), not property destroyed (1712) */
    if (!strcmp(m.p->code, "1712") && from_the_air(c, &m)) m.p = recoded(spoken, &nspoken, m.p, "195");
    /* "دمرت قوات التحالف طائرتين دون طيار": an armed force that destroys
    ** a weapon or a military site fights (190) */
    else if (!strcmp(m.p->code, "1712") && m.source >= 0 && fighting_force(c, m.source) && military_object(c, &m))
      m.p = recoded(spoken, &nspoken, m.p, "190");
    /* "نفذت إسرائيل أكثر من 200 هجوم على سوريا": an attack a state or its
    ** army carries out is military force, not unconventional violence */
    if (!strcmp(m.p->code, "180") && m.source >= 0 && state_force(c, m.source) && names_attack(c, &m))
      m.p = recoded(spoken, &nspoken, m.p, "190");
    hd_clause *cl = &c->clauses[c->clause_at[m.anchor]];
    /* (the last violence told in the clause, whose doing a verb of result
    ** after it tells: hd_result_source) */
    if (root_of(m.p->code) >= 18) {
      cl->violent_source = m.implicit_source ? -1 : m.source;
      cl->violent_last = (uint32_t)m.last;
      hd_copy_str(cl->violent_code, sizeof cl->violent_code, m.p->code);
    }
    if (m.target >= 0 && cl->object < 0) {
      cl->object = m.target;
      cl->object_root = (uint8_t)root_of(m.p->code);
    }
    /* (violence by the subject a verb no pattern reads named before, "ونفذت
    ** مقاتلات التحالف خمس غارات", is the clause's, for what resulted) */
    if (m.source >= 0 && cl->subject == m.source && !cl->subject_root && root_of(m.p->code) >= 18) {
      cl->subject_root = (uint8_t)root_of(m.p->code);
      cl->subject_noun = (uint8_t)m.noun;
      hd_copy_str(cl->subject_code, sizeof cl->subject_code, m.p->code);
    }
    if (m.source >= 0 && cl->subject < 0) {
      static const char speech_roots[] = {1, 2, 5, 10, 11, 12, 13, 16};
      cl->subject = m.source;
      cl->subject_root = (uint8_t)root_of(m.p->code);
      cl->subject_noun = (uint8_t)m.noun;
      if (root_of(m.p->code) >= 18) hd_copy_str(cl->subject_code, sizeof cl->subject_code, m.p->code);
      for (size_t k = 0; k < sizeof speech_roots; k++) cl->speaker |= root_of(m.p->code) == speech_roots[k];
    }
    /* "وأكد على ضرورة ...": a sentence that opens with its verb and
    ** names no subject goes on with the subject of the sentence before, and
    ** so does one whose subject is a document ("ودعا البيان النظام
    ** الإيراني إلى") */
    if (m.source < 0 && !m.passive_parties && !m.implicit_source && !m.noun && c->clause_at[m.anchor] == 0 &&
        (hd_sentence_initial(c, m.anchor) || (hd_opens_sentence(c, m.anchor) && hd_document_after(c, m.anchor))) &&
        hd_goes_on(c, m.anchor))
      m.prior = c->subject;
    long mishap = -1;
    /* "احتلت تركيا المرتبة 155"، "خطف الأضواء": words that look like an
    ** event and are none take the anchor and code nothing (@none) */
    if (m.p->flags & HD_PAT_NONE)
      why = "words that name no event (@none), not coded";
    else if (m.source < 0 && !m.passive_parties && !m.implicit_source && !m.prior && !m.authority[0])
      why = "no source actor, not coded";
    /* "ضرب زلزال قوي الجزيرة، ما أسفر عن مقتل 14 شخصا": no one did it */
    else if (root_of(m.p->code) >= 17 && (mishap = mishap_of(c, &m)) >= 0)
      why = "deaths of an accident or a disaster, not violence: not coded";
    /* "الحرب في اليمن أدت إلى مقتل 10 آلاف شخص": no one attacked */
    else if (root_of(m.p->code) >= 18 && toll_of(c, &m) >= 0)
      why = "the toll of a war or of violence at large, not an attack: not coded";
    else if ((m.p->flags & HD_PAT_VICTIM) && m.target < 0) why = "no victim named, not coded";
    else if ((m.p->flags & HD_PAT_OFFICIAL) && !official_act(c, &m))
      why = "not an official's act towards a state (@official), not coded";
    else if ((m.passive_parties || (m.source >= 0 && c->actors[c->groups[m.source].first].kind == HD_ACT_PARTIES)) &&
             c->nparties == 0)
      why = "the article's parties are not known yet, not coded";
    if (c->explain) hd_explain_match(c, &m, why);
    if (c->explain && mishap >= 0) {
      const hd_marker *mk = hd_marker_here(c, (size_t)mishap, HD_MARK_MISHAP);
      fprintf(c->explain, "  mishap \"%s\" (%s:%u)\n", hd_dict_word_text(c->dict, mk->word[0]), hd_dict_file(c->dict, mk->file),
              (unsigned)mk->line);
    }
    matched = 1;
    if (c->gap && m.source < 0 && !m.passive_parties && !m.implicit_source) hd_report_gap(c, 0, m.anchor + 1);
    if (c->gap && m.target < 0 && hd_has_slot(m.p, HD_PAT_TARGET)) hd_report_gap(c, 0, m.last + 1);
    if (why) continue;
    hd_day day = realis_and_date(c, &m, dates, &ndates, s, e);
    if (c->explain && m.realis != HD_REALIS_ACTUAL) hd_explain_realis(c, &m);
    if (m.target >= 0 && m.realis == HD_REALIS_ACTUAL) c->targeted[m.target] = 1;
    cl->events++;
    /* "قال ترامب إنه سيلتقي كيم": what a speaker says he will do is his
    ** intent (hd_code_statements) */
    if (m.realis == HD_REALIS_PLANNED && cl->planned++ == 0 && m.source >= 0) {
      cl->planner = m.source;
      cl->planned_target = m.target;
      snprintf(cl->planned_code, sizeof cl->planned_code, "%s", m.p->code);
    }
    /* "قال ماكرون إن لدى بلاده دليلا على أن الجيش السوري شن هجوما": what a
    ** speaker says another did, as a claim, is its accusation */
    cl->background += m.realis == HD_REALIS_BACKGROUND;
    if (hd_tells_history(c, &m)) {
      cl->history++;
      cl->history_last = (uint32_t)m.last;
      if (day != HD_NO_DAY) cl->history_day = day;
    }
    if ((m.realis == HD_REALIS_HYPOTHETICAL || m.realis == HD_REALIS_NEGATED) && cl->unreal++ == 0)
      snprintf(cl->unreal_code, sizeof cl->unreal_code, "%s", m.p->code);
    if (m.realis == HD_REALIS_ALLEGED && cl->alleged++ == 0) {
      cl->accused = m.source;
      cl->accused_by = m.realis_why.marker ? (int32_t)m.realis_why.token : -1;
    }
    /* an unspecified act of violence waits for the sentence's specific
    ** ones, which it may only restate ("قتل ... في انفجار عبوة ناسفة") */
    if (hd_is_generic_violence(m.p->code) && ndeferred < MAX_DEFERRED) {
      deferred[ndeferred] = m;
      deferred_day[ndeferred++] = day;
    } else if (hd_code_match(c, &m, day)) {
      return -1;
    }
    /* "سيلتقي ترامب رئيسة الوزراء البريطانية يوم 13 يوليو"، "يعتزم ماكرون
    ** وميركل إجراء محادثات الأحد مع بوتين": a meeting, a visit or talks to
    ** come that the article tells is, besides, the intent to meet (036) of
    ** those who will, on the article's day */
    if (m.realis == HD_REALIS_PLANNED && root_of(m.p->code) == 4 && hd_told_plan(c, &m)) {
      hd_match intent = m;
      intent.p = recoded(spoken, &nspoken, m.p, "036");
      intent.realis = HD_REALIS_ACTUAL;
      intent.plan_intent = 1;
      if (hd_code_match(c, &intent, c->ref)) return -1;
    }
  }
  /* those whose doer the sentence names first: "قتل فلسطينيان ... في قصف
  ** للجيش الإسرائيلي" is the army's killing, which the unnamed one restates */
  for (int named = 1; named >= 0; named--)
    for (size_t k = 0; k < ndeferred && !c->stop; k++)
      if ((deferred[k].implicit_source == 0) == named && hd_code_match(c, &deferred[k], deferred_day[k])) return -1;
  if (c->gap && !matched) hd_report_silent_sentence(c);
  if (code_implied(c, s, e, dates, &ndates)) return -1;
  sentence_span span = {s, e, dates, &ndates};
  return hd_code_statements(c, statement_date, &span);
}

/* A stop word of the dictionaries ("مباراة", "المنتخب") marks a sentence
** out of scope: national teams meet, they do not consult. */
static const hd_entry *stop_word(const hd_coder *c) {
  for (size_t i = 0; i < c->nmentions; i++)
    for (const hd_entry *e = hd_dict_first_entry(c->dict, c->mentions[i].node); e; e = hd_dict_next_entry(c->dict, e))
      if (e->kind == HD_ENT_STOP) return e;
  return NULL;
}

/* Is group G one actor that the sentences after it may go on with: one
** plain actor of a country or an organisation, not a word alone of a
** role ("المتحدث") or a weak guess? */
static int carriable(const hd_coder *c, int g) {
  const hd_actor *a = &c->actors[c->groups[g].first];
  return c->groups[g].count == 1 && a->kind == HD_ACT_PLAIN && !a->bare && !a->weak && strlen(a->code) >= 3;
}

/* Keeps the words of the name of the speaker at group G that the
** dictionaries do not know: up to three words right after it, a comma
** between allowed ("وزيرة الدفاع الفرنسية فلورنس بارلي"، "وزير الخارجية،
** بوريس جونسون،"), so that a later sentence that names the speaker by one
** of them ("وقالت بارلي") goes on with the same speaker.  (Not the words
** of its title, which another may bear: "وقال وزير المالية".) */
static void note_name(hd_coder *c, int g) {
  c->nsubject_name = 0;
  size_t after = 0;
  for (size_t i = c->groups[g].tok_end; i < c->ntokens && c->nsubject_name < HD_NAME_WORDS; i++) {
    const hd_token *t = &c->tokens[i];
    if (t->kind == HD_TOK_PUNCT && t->punct == ',' && !after) continue;
    if (c->actor_at[i] >= 0 || !hd_name_word(c, i) || after++ == 3) break;
    if (tok_len(t) < 6 || tok_len(t) >= HD_NAME_BYTES) continue;
    memcpy(c->subject_name[c->nsubject_name], tok_text(c, t), tok_len(t));
    c->subject_name[c->nsubject_name++][tok_len(t)] = 0;
  }
}

/* The speaker of the sentence, for the sentences after it that name none
** ("وأضاف"): its main clause's, unless a verb of saying joined to it
** names another later ("ورفضت جمهورية التشيك مزاعم روسيا، وقال وزير
** الخارجية التشيكي"); a speaker the dictionaries do not know, when the
** main clause names no other, leaves none.  The gender of the verb that
** named it is kept, and the words of its name. */
static void note_subject(hd_coder *c) {
  int g = c->nclauses && c->clauses[0].speaker ? c->clauses[0].subject : -1;
  uint32_t at = g >= 0 ? c->groups[g].tok_end : 0;   /* where G was named */
  for (size_t k = 0; k < c->nspeech; k++) {
    int s = c->speech[k].speaker;
    uint32_t v = c->speech[k].verb;
    if (s < 0 || !hd_told_clause(c, c->clause_at[v]) || hd_saying_gender(c, v) == 0) continue;
    if (s == g && v < at) at = v;
    else if (v > at && g >= 0 && s != g && carriable(c, s)) g = s, at = v;
  }
  int unknown = c->unknown_speaker;
  c->unknown_speaker = 0;
  if (unknown && g < 0) {
    c->subject[0] = 0;
    c->subject_gender = 0;
    c->nsubject_name = 0;
    return;
  }
  if (g < 0) return;
  /* (a speaker named by a word of a role alone, "وقالت المتحدثة", leaves
  ** the one before, whose spokeswoman it is, with her gender) */
  int gender = 0;
  for (size_t k = 0; k < c->nspeech && !gender; k++)
    if (c->speech[k].speaker == g && hd_told_clause(c, c->clause_at[c->speech[k].verb]))
      gender = hd_saying_gender(c, c->speech[k].verb);
  c->subject_gender = gender;
  c->subject_his = hd_his_title(c, c->groups[g].tok_start);
  if (!carriable(c, g)) return;
  snprintf(c->subject, sizeof c->subject, "%s", c->actors[c->groups[g].first].code);
  note_name(c, g);
}

/* The word of the first reading of token I, its clitics off ("الوزارة"
** is "وزاره"); 0 when it has none. */
static uint32_t head_word(const hd_coder *c, size_t i) {
  return c->tokens[i].nana ? c->ana[c->tokens[i].ana].word : 0;
}

/* Can token K be a word of a person's name the dictionaries do not know,
** the FIRST of it or not?  (No word with the article first, "المسؤول
** الأمريكي الآخر"; none with و and the article, "والمتعلقة"; not "another",
** "مسؤول أمريكي آخر".) */
static int person_word(const hd_coder *c, size_t k, int first) {
  const hd_token *t = &c->tokens[k];
  return t->kind == HD_TOK_WORD && c->actor_at[k] < 0 && hd_name_word(c, k) && tok_len(t) >= 6 &&
         tok_len(t) < HD_NAME_BYTES && !(first && !memcmp(tok_text(c, t), "\xd8\xa7\xd9\x84", 4)) &&   /* ال */
         memcmp(tok_text(c, t), "\xd9\x88\xd8\xa7\xd9\x84", 6) && !hd_tok_is(c, k, "\xd8\xa7\xd8\xae\xd8\xb1");   /* وال اخر */
}

/* Is token K, right after a name, no word that may go on with it (the end
** of the sentence, punctuation, a word of a function or the dictionaries'
** or a day: "ستيف بلوك، ..."، "ستيف بلوك إن"، "ستيف بلوك للصحفيين")? */
static int name_ends(const hd_coder *c, size_t k) {
  return k >= c->ntokens || c->tokens[k].kind != HD_TOK_WORD || c->tokens[k].nana || hd_day_word(c, k) ||
         !hd_name_word(c, k);
}

/* Notes that the name of tokens FIRST to LAST named actor A, to find it
** again by its last word (persons_again() in actors.c). */
static void remember_person(hd_coder *c, const hd_actor *a, size_t first, size_t last) {
  const hd_token *t = &c->tokens[last];
  const hd_token *f = &c->tokens[first];
  if (tok_len(f) >= HD_NAME_BYTES || tok_len(t) >= HD_NAME_BYTES) return;
  size_t p = 0;
  while (p < c->npersons && !hd_tok_is(c, last, c->persons[p].word)) p++;
  if (p == c->npersons) {
    if (c->npersons < HD_ARRAY_LEN(c->persons)) p = c->npersons++;
    else p = c->next_person++ % HD_ARRAY_LEN(c->persons);
  }
  memcpy(c->persons[p].word, tok_text(c, t), tok_len(t));
  c->persons[p].word[tok_len(t)] = 0;
  memcpy(c->persons[p].first, tok_text(c, f), tok_len(f));
  c->persons[p].first[tok_len(f)] = 0;
  hd_copy_str(c->persons[p].code, sizeof c->persons[p].code, a->code);
  c->persons[p].why[0] = a->why[0];
  c->persons[p].why[1] = a->why[1];
}

/* Is entry E of the actors' dictionary a person's: a line of an office
** held between two days, or one of the same words with an ELI code? */
static int person_entry(const hd_coder *c, const hd_entry *e) {
  if (e->from != HD_NO_DAY || e->to != HD_NO_DAY) return 1;
  for (; e; e = hd_dict_next_entry(c->dict, e))
    if (e->kind == HD_ENT_ACTOR && hd_has_role(e->code, "ELI")) return 1;
  return 0;
}

/* "وزير الخارجية الهولندي ستيف بلوك"، "ستيف بلوك، وزير الخارجية
** الهولندي": a person the dictionaries do not know, named with the title
** that makes the actor, right after it or right before it, a comma between
** allowed, by two or three words (the last no word of the dictionaries),
** is that actor when the article names him again by the last of them
** ("وقال بلوك"، "التقى بلوك نظيره"); and so is a person the dictionaries
** name by two words or more ("وزيرة الخارجية البريطانية تيريزا ماي"، "هايكو
** ماس"), by the last of them, if it is no word that opens a line of the
** dictionaries (a first name: "أحمد" of "أحمد أبو الغيط") and has no
** article.  Noted when the sentence is done (hd_find_actors finds him). */
static void note_persons(hd_coder *c) {
  for (size_t i = 0; i < c->nactors; i++) {
    const hd_actor *a = &c->actors[i];
    if (a->kind != HD_ACT_PLAIN || a->bare || a->weak || a->again || strlen(a->code) < 3 || !a->why[0]) continue;
    /* (a name of the dictionaries, the last words of the actor's) */
    const hd_entry *name = NULL;
    for (size_t k = 0; k < HD_ARRAY_LEN(a->why); k++) if (a->why[k]) name = a->why[k];
    if (name->kind == HD_ENT_ACTOR && name->nwords >= 2 && a->tok_end - a->tok_start >= name->nwords && person_entry(c, name)) {
      size_t last = a->tok_end - 1;
      const hd_token *t = &c->tokens[last];
      if (t->kind == HD_TOK_WORD && tok_len(t) >= 6 && tok_len(t) < HD_NAME_BYTES && hd_name_word(c, last) &&
          memcmp(tok_text(c, t), "\xd8\xa7\xd9\x84", 4) && !hd_dict_child(c->dict, 0, head_word(c, last)))   /* (no ال) */
        remember_person(c, a, a->tok_end - name->nwords, last);
      continue;
    }
    if (a->why[0]->kind != HD_ENT_AGENT || !hd_person_title(c, a->tok_start) || (a->why[3] && a->why[3]->kind == HD_ENT_ACTOR))
      continue;
    /* after the title */
    size_t k = a->tok_end, n = 0, first = 0, last = 0;
    if (k < c->ntokens && c->tokens[k].kind == HD_TOK_PUNCT && c->tokens[k].punct == ',') k++;
    first = k;
    for (; k < c->ntokens && n < 4 && person_word(c, k, n == 0); k++, n++) last = k;
    if (n < 2 || n > 3 || c->tokens[last].nana || !name_ends(c, k)) {
      /* before it */
      k = a->tok_start;
      if (k > 0 && c->tokens[k - 1].kind == HD_TOK_PUNCT && c->tokens[k - 1].punct == ',') k--;
      if (k == 0) continue;
      last = k - 1;
      for (n = 0; k > 0 && n < 4 && person_word(c, k - 1, 0); k--, n++) {}
      first = k;
      if (n < 2 || n > 3 || !person_word(c, first, 1) || c->tokens[last].nana || (k > 0 && person_word(c, k - 1, 0)))
        continue;
    }
    remember_person(c, a, first, last);
  }
}

/* "أعلن الجيش التركي ... وتمكن الجيش من": a state body the article has
** named with its country is that country's when named again without it.
** Noted when the sentence is done, so that a sentence's own words do not
** decide for each other. */
static void note_named(hd_coder *c) {
  for (size_t i = 0; i < c->nactors; i++) {
    const hd_actor *a = &c->actors[i];
    const hd_entry *body = a->why[0];
    if (a->kind != HD_ACT_PLAIN || a->bare || a->weak || !body || !a->why[1] || strlen(a->code) < 6 ||
        hd_is_international(a->code))
      continue;
    size_t k = 0;
    while (k < c->nnamed && c->named[k].body != body) k++;
    if (k == c->nnamed) {
      if (k == HD_ARRAY_LEN(c->named)) continue;
      c->named[c->nnamed++].body = body;
    }
    c->named[k].head = head_word(c, a->tok_start);
    c->named[k].seq = ++c->named_seq;
    memcpy(c->named[k].country, a->code, 3);
    c->named[k].country[3] = 0;
  }
}

/* "وزارة الخارجية الفلسطينية" ... "وأضافت الوزارة": the body named alone is
** the one the article last named with a country by the same entry, else,
** named in one word, by the same first word ("الحكومة الإسرائيلية" ...
** "الحكومة"; not "رئيس الوزراء" after "الرئيس الأمريكي"). */
const char *hd_named_country(const hd_coder *c, const hd_actor *a) {
  if (!a->bare || !a->why[0]) return NULL;
  uint32_t head = a->tok_end == a->tok_start + 1 ? head_word(c, a->tok_start) : 0, seq = 0;
  const char *country = NULL;
  for (size_t k = 0; k < c->nnamed; k++) {
    if (c->named[k].body == a->why[0]) return c->named[k].country;
    if (head && c->named[k].head == head && c->named[k].seq > seq) {
      country = c->named[k].country;
      seq = c->named[k].seq;
    }
  }
  return country;
}

/* The marker of [markers] link that the sentence's first word opens, its
** first token past the marker's words at *AFTER; NULL when there is none. */
static const hd_marker *opening_link(const hd_coder *c, size_t *after) {
  size_t i = 0;
  while (i < c->ntokens && c->tokens[i].kind != HD_TOK_WORD) i++;
  const hd_marker *mk = i < c->ntokens ? hd_marker_here(c, i, HD_MARK_LINK) : NULL;
  if (mk) *after = i + mk->nwords;
  return mk;
}

/* "للمزيد: غزة: مسيرات «جمعة النذير»"، "اقرأ أيضا: روسيا تطرد المزيد من
** دبلوماسيي بريطانيا"، "قد يهمك| مسؤول إيراني يتهم": does the sentence open
** with a word of [markers] link and a colon, a bar or a slash after it (a
** few words of a heading between), a link to another article?  Its
** headline tells no news of this one. */
static const hd_marker *link_line(const hd_coder *c) {
  size_t i;
  const hd_marker *mk = opening_link(c, &i);
  if (!mk) return NULL;
  for (size_t k = i; k < c->ntokens && k <= i + LINK_HEADING; k++)
    if (c->tokens[k].kind == HD_TOK_PUNCT && (c->tokens[k].punct == ':' || c->tokens[k].punct == '|' || c->tokens[k].punct == '/'))
      return mk;
  return NULL;
}

/* "قد يهمك.. السعودية تمنع مواطنيها من السفر إلى لبنان": is the sentence a
** word of [markers] link alone, with nothing after it but punctuation?
** The rest of its line, a sentence of its own after the dots, is the
** headline of another article. */
static const hd_marker *link_alone(const hd_coder *c) {
  size_t i;
  const hd_marker *mk = opening_link(c, &i);
  if (!mk) return NULL;
  for (size_t k = i; k < c->ntokens; k++)
    if (c->tokens[k].kind != HD_TOK_PUNCT) return NULL;
  return mk;
}

/* Is the first word of the sentence one that may open with the
** conjunction و or ف ("وقال"، "فيما")?  Prose goes on with one; a heading
** does not. */
static int opens_with_conjunction(const hd_coder *c) {
  for (size_t i = 0; i < c->ntokens; i++)
    if (c->tokens[i].kind == HD_TOK_WORD) return hd_reading_with(c, i, HD_CL_CONJ);
  return 0;
}

static int code_piece(hd_coder *c, size_t s, size_t e, size_t *stop) {
  if (hd_tokenize(c, s, e, stop) || hd_find_mentions(c) || hd_find_actors(c) || hd_find_clauses(c)) return -1;
  if (c->explain) { hd_explain_tokens(c); hd_explain_actors(c); hd_explain_clauses(c); }
  if (c->heading == 1 && s == c->sent_start && opens_with_conjunction(c)) c->heading = 0;
  if (c->heading) {
    if (c->explain && s == c->sent_start)
      fprintf(c->explain, c->heading == 2 ? "  link   the rest of the line of a link's word alone: the headline of another "
                                            "article, no event is coded in it\n"
                                          : "  heading: a short line of its own with no stop, amid the article's sentences: a "
                                            "heading or the headline of another article, no event is coded in it\n");
    return 0;
  }
  const hd_marker *link = link_line(c);
  if (!link && (link = link_alone(c)) != NULL) c->link_alone = 1;
  if (link) {
    if (c->explain)
      fprintf(c->explain, "  link   \"%s\" (%s:%u): a link to another article, no event is coded in it\n",
              hd_dict_word_text(c->dict, link->word[0]), hd_dict_file(c->dict, link->file), (unsigned)link->line);
    return 0;
  }
  const hd_entry *off = stop_word(c);
  if (off) {
    if (c->explain)
      fprintf(c->explain, "  stop   %s (%s:%u): no event is coded in this sentence\n", off->code,
              hd_dict_file(c->dict, off->file), (unsigned)off->line);
    return 0;
  }
  if (code_patterns(c, s, *stop)) return -1;
  note_subject(c);
  note_named(c);
  note_persons(c);
  return 0;
}

static int has_word(const hd_coder *c, size_t s, size_t e) {
  size_t a, b;
  int kind;
  for (size_t pos = s; (kind = hd_next_token(c->norm.text, e, pos, &a, &b)) >= 0; pos = b)
    if (kind == HD_TOK_WORD) return 1;
  return 0;
}

/* "دبي، الإمارات العربية المتحدة (CNN)-- أعلن ...": where the report was
** filed, then the network's name in parentheses and a dash.  Returns where
** the sentence proper starts after such a dateline, or S. */
static size_t after_dateline(const hd_coder *c, size_t s, size_t e) {
  const char *t = c->norm.text;
  size_t lim = s + 100 < e ? s + 100 : e;
  for (size_t i = s; i + 1 < lim; i++) {
    if (t[i] == '.' || t[i] == '\n') break;
    if (t[i] != '(') continue;
    const char *close = memchr(t + i, ')', lim - i);
    if (!close || close - (t + i) > 24) break;
    size_t j = (size_t)(close - t) + 1;
    while (j < e && t[j] == ' ') j++;
    if (j >= e || !(t[j] == '-' || !memcmp(t + j, "\xe2\x80\x93", 3) || !memcmp(t + j, "\xe2\x80\x94", 3))) break;
    while (j < e && (t[j] == '-' || t[j] == ' ' || (unsigned char)t[j] == 0xe2)) j += (unsigned char)t[j] == 0xe2 ? 3 : 1;
    for (size_t k = i + 1; k < (size_t)(close - t); k++)
      if ((unsigned char)t[k] >= 0x80) return s;   /* "(أ ف ب) -" may open a quote; a network's name is Latin */
    return j;
  }
  return s;
}

/* The bytes of the character that ends at byte END of UTF-8 text T (END > 0). */
static size_t cp_bytes_before(const char *t, size_t end) {
  size_t i = end - 1;
  while (i > 0 && ((unsigned char)t[i] & 0xC0) == 0x80) i--;
  return end - i;
}

/* The code point that ends at byte END of UTF-8 text T (END > 0). */
static int32_t cp_before(const char *t, size_t end) {
  size_t n = cp_bytes_before(t, end);
  int len;
  return hd_utf8_decode((const unsigned char *)t + end - n, n, &len);
}

static int is_blank_byte(char ch) { return ch == ' ' || ch == '\t' || ch == '\r'; }

/* How many lines of the folded text end with a full stop, a question or
** an exclamation mark: the sentences of prose. */
static size_t stopped_lines(const hd_coder *c) {
  const char *t = c->norm.text;
  size_t n = 0;
  for (size_t i = 0; i <= c->norm.len; i++) {
    if (i < c->norm.len && t[i] != '\n') continue;
    size_t end = i;
    while (end > 0 && is_blank_byte(t[end - 1])) end--;
    if (end > 0) {
      int32_t cp = cp_before(t, end);
      n += cp == '.' || cp == '!' || cp == '?' || cp == 0x061F;   /* ؟ */
    }
  }
  return n;
}

/* May the text T of N bytes tell that someone claimed an attack: does it
** hold a word of claiming (مسؤولية or مسئولية and their forms, تبنى)?  Only
** such an article, and in it such a sentence, is read for its claims
** before it is coded.  Each word is found by a byte of it that is rare in
** Arabic text (the second of ؤ or ئ), or by its first letter's. */
static int tells_claim(const char *t, size_t n) {
  static const struct { const char *w; size_t key; } words[] = {
    {"\xd9\x85\xd8\xb3\xd8\xa4\xd9\x88\xd9\x84\xd9\x8a", 5},   /* مسؤولي */
    {"\xd9\x85\xd8\xb3\xd8\xa6\xd9\x88\xd9\x84\xd9\x8a", 5},   /* مسئولي */
    {"\xd8\xaa\xd8\xa8\xd9\x86", 1}};                               /* تبن */
  for (size_t k = 0; k < HD_ARRAY_LEN(words); k++) {
    size_t len = strlen(words[k].w), key = words[k].key;
    for (const char *p = t + key, *end = t + n; p < end && (p = memchr(p, words[k].w[key], (size_t)(end - p))) != NULL; p++)
      if ((size_t)(p - t) >= key && (size_t)(end - p) >= len - key && !memcmp(p - key, words[k].w, len)) return 1;
  }
  return 0;
}

/* "قتلى وجرحى في قصف إسرائيلي على قطاع غزة"، "روسيا تقرر طرد 23 دبلوماسيا
** بريطانيا"، "هجوم انتحاري": a line of an article's body, not its first,
** that holds the sentence [S, E) and nothing else, of HEADING_WORDS words
** at most, ending in a letter or a digit with no stop, among lines of
** prose that end with one (PROSE of them): the headline of another
** article that the page links to, or a heading over what follows.  The
** one tells news of another day as if of this one; the other tells again,
** in brief, what the lines below it tell in full.  (Whether it opens with
** و or ف, as prose that lost its stop does, is asked once its words are
** read: code_piece().) */
static int heading_line(const hd_coder *c, size_t s, size_t e, size_t prose) {
  const char *t = c->norm.text;
  if (prose < 2) return 0;
  size_t a = s, b = e;
  while (a > 0 && is_blank_byte(t[a - 1])) a--;
  if (a == 0 || t[a - 1] != '\n') return 0;
  while (b < c->norm.len && is_blank_byte(t[b])) b++;
  if (b < c->norm.len && t[b] != '\n') return 0;
  while (b > s && (is_blank_byte(t[b - 1]) || t[b - 1] == '\n')) b--;
  if (b == s) return 0;
  /* (a quote or a bracket may close it: "حماس تعدم ثلاثة أشخاص بتهمة
  ** \"التخابر مع إسرائيل\"") */
  while (b > s && (t[b - 1] == '"' || t[b - 1] == ')' || cp_before(t, b) == 0x00BB || cp_before(t, b) == 0x201D))
    b -= cp_bytes_before(t, b);
  int32_t cp = cp_before(t, b);
  int letter = (cp >= 0x0621 && cp <= 0x064A) || (cp >= 0x0660 && cp <= 0x0669) || (cp >= '0' && cp <= '9') ||
               (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (!letter) return 0;
  size_t words = 0, x, y;
  int kind;
  for (size_t pos = s; (kind = hd_next_token(t, e, pos, &x, &y)) >= 0 && words <= HEADING_WORDS; pos = y)
    words += kind == HD_TOK_WORD;
  return words <= HEADING_WORDS;
}

static int code_text(hd_coder *c, const char *text, size_t len, int folded) {
  if (!folded && hd_normalize(&c->norm, text, len) != 0) return -1;
  c->original = text;
  size_t pos = 0, s, e, prose = stopped_lines(c), last_end = 0;
  int first = 1;
  c->link_alone = 0;
  while (!c->stop && (pos = hd_next_sentence(c->norm.text, c->norm.len, pos, &s, &e)) != 0) {
    if (!has_word(c, s, e)) continue;
    if (c->prescan && !tells_claim(text + c->norm.map[s], c->norm.map[e] - c->norm.map[s])) {   /* (no claim in it) */
      first = 0;
      c->sentence++;
      continue;
    }
    c->sent_start = s; c->sent_end = e; c->nseen = 0;
    c->heading = heading_line(c, s, e, prose);
    /* (the rest of the line of a link's word alone: "قد يهمك.. السعودية
    ** تمنع ...") */
    if (c->link_alone && !memchr(c->norm.text + last_end, '\n', s - last_end)) c->heading = 2;
    c->link_alone = 0;
    c->title_sentence = c->in_title || (c->title_len && c->norm.map[s] < c->title_len);
    if (c->explain) {
      uint32_t os = c->norm.map[s], oe = c->norm.map[e];
      fprintf(c->explain, "sentence %d: %.*s\n", c->sentence, (int)(oe - os), text + os);
    }
    size_t from = first ? after_dateline(c, s, e) : s;
    first = 0;
    if (c->explain && from != s) fprintf(c->explain, "  dateline: the words before the network's name are not coded\n");
    for (size_t piece = from, stop; piece < e; piece = stop)
      if (code_piece(c, piece, e, &stop)) return -1;
    if (!c->title_sentence) c->body_sentences++;
    c->sentence++;
    c->total_sentences++;
    last_end = e;
  }
  return 0;
}

/* The date printed in an article's first short lines, as news sites do. */
static hd_day header_date(hd_coder *c, const char *text, size_t len) {
  if (hd_normalize(&c->norm, text, len) != 0) return HD_NO_DAY;
  const char *t = c->norm.text;
  size_t n = c->norm.len, pos = 0;
  for (int lines = 0; pos < n && lines < 8; lines++) {
    const char *nl = memchr(t + pos, '\n', n - pos);
    size_t end = nl ? (size_t)(nl - t) : n;
    if (end - pos <= 160) {
      hd_day d = hd_date_header(t + pos, end - pos);
      if (d != HD_NO_DAY) return d;
    }
    while (end < n && (t[end] == '\n' || t[end] == ' ' || t[end] == '\r')) end++;
    pos = end;
  }
  return HD_NO_DAY;
}

static int starts_with_title(const char *text, size_t len, const char *title) {
  while (len && (*text == ' ' || *text == '\n' || *text == '\r' || *text == '\t')) text++, len--;
  size_t n = strlen(title);
  return n <= len && memcmp(text, title, n) == 0;
}

hd_coder *hd_coder_new(const hd_dict *d, const char *fallback_date, hd_status *st) {
  hd_coder *c = calloc(1, sizeof *c);
  if (!c) { if (st) *st = HD_ERR_NOMEM; return NULL; }
  c->dict = d;
  c->cache = hd_analysis_cache_new();   /* without it, words are analysed every time */
  c->fallback = HD_NO_DAY;
  if (fallback_date && (c->fallback = hd_day_parse_iso(fallback_date)) == HD_NO_DAY) {
    hd_analysis_cache_free(c->cache);
    free(c);
    if (st) *st = HD_ERR_ARG;
    return NULL;
  }
  if (st) *st = HD_OK;
  return c;
}

hd_status hd_coder_share_memo(hd_coder *c, hd_coder *with) {
  if (!c || !with || c->dict != with->dict) return HD_ERR_ARG;
  hd_analysis_cache *shared = hd_analysis_cache_share(with->cache);
  if (!shared) return HD_ERR_NOMEM;
  hd_analysis_cache_free(c->cache);
  c->cache = shared;
  return HD_OK;
}

void hd_coder_free(hd_coder *c) {
  if (!c) return;
  hd_norm_free(&c->norm);
  hd_norm_free(&c->title_norm);
  hd_analysis_cache_free(c->cache);
  free(c->tokens); free(c->ana); free(c->mentions); free(c->actors); free(c->groups); free(c->places);
  free(c->used); free(c->actor_at); free(c->targeted);
  free(c->clauses); free(c->clause_at);
  for (size_t i = 0; i < HD_FIELD_COUNT; i++) hd_buf_free(&c->out[i]);
  free(c);
}

hd_skip hd_coder_skip(const hd_coder *c) { return c->skip; }

unsigned long hd_coder_sentences(const hd_coder *c) { return c->total_sentences; }

static int blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!(s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')) return 0;
  return 1;
}

/* Forgets what the sentences of the article before told: its parties,
** subject, attackers and persons (not its claims). */
static void begin_article(hd_coder *c) {
  c->nparties = 0;
  c->setting[0] = 0;
  c->named_group[0] = 0;
  c->named_rebels[0] = 0;
  c->named_forces[0] = 0;
  c->nforces_lands = 0;
  c->nrebels = 0;
  c->subject[0] = 0;
  c->subject_gender = 0;
  c->nsubject_name = 0;
  c->attacker[0] = c->attacked[0] = c->air_struck[0] = 0;
  c->fought[0][0] = c->fought[1][0] = 0;
  c->nattacks = c->next_attack = 0;
  c->kind.code[0] = 0;
  c->nnamed = 0;
  c->named_seq = 0;
  c->npersons = c->next_person = 0;
  c->sentence = 0;
  c->body_sentences = 0;
}

/* Trades the folded text for the folded title kept beside it: an article
** read for its claims is folded once for both readings. */
static void swap_norms(hd_coder *c) {
  hd_norm t = c->norm;
  c->norm = c->title_norm;
  c->title_norm = t;
}

hd_status hd_code_article(hd_coder *c, const hd_article *a, hd_event_fn fn, void *user) {
  c->skip = hd_article_skip(a);
  const char *text = hd_article_text(a);
  size_t len = hd_article_text_len(a);
  /* an article of the caller's own (hd_article_new()) is held to the
  ** reader's checks: the memo of word readings assumes valid UTF-8 */
  if (c->skip == HD_SKIP_NONE && !a->checked) {
    if (memchr(text, 0, len)) c->skip = HD_SKIP_NUL_BYTE;
    else if (!hd_utf8_valid(text, len)) c->skip = HD_SKIP_INVALID_UTF8;
  }
  if (c->skip == HD_SKIP_NONE && blank(text, len)) c->skip = HD_SKIP_EMPTY;
  if (c->skip != HD_SKIP_NONE) return HD_SKIP;
  c->fn = fn; c->user = user; c->stop = 0;
  c->doc = hd_article_id(a);
  begin_article(c);
  const char *date = hd_article_date(a);
  c->ref = date ? hd_day_parse_iso(date) : HD_NO_DAY;
  if (c->ref == HD_NO_DAY) c->ref = c->fallback;
  if (c->ref == HD_NO_DAY) c->ref = header_date(c, text, len);
  if (c->explain) {
    char d[11] = "null";
    if (c->ref != HD_NO_DAY) hd_day_format(c->ref, d);
    fprintf(c->explain, "article %s, date %s\n", c->doc, d);
  }
  /* "Not politics": a section of sport codes nothing (its teams meet,
  ** beat and host each other) */
  const char *category = hd_article_category(a);
  if (category && (!strcmp(category, "sport") || !strcmp(category, "sports"))) {
    if (c->explain) fprintf(c->explain, "category %s: not politics, no event is coded\n", category);
    return HD_OK;
  }
  const char *title = hd_article_title(a);
  int own_title = title && *title && !starts_with_title(text, len, title);
  c->title_len = title && *title && !own_title ? strlen(title) : 0;
  int folded = 0;   /* the title and text are folded already (in title_norm and norm) */
  c->nclaims = 0;
  if (tells_claim(text, len) || (own_title && tells_claim(title, strlen(title)))) {
    /* the article is read once for who claimed an attack, so that an
    ** attack told before its claim is the claimer's (claimed_attack()) */
    FILE *explain = c->explain;
    unsigned long sentences = c->total_sentences;
    void (*gap)(void *, int, const char *, size_t, const char *, size_t) = c->gap;
    c->explain = NULL; c->fn = NULL; c->gap = NULL; c->prescan = 1;
    int failed = own_title && code_text(c, title, strlen(title), 0);
    swap_norms(c);
    failed = failed || code_text(c, text, len, 0);
    c->explain = explain; c->fn = fn; c->gap = gap; c->prescan = 0;
    c->total_sentences = sentences;
    c->stop = 0;
    if (failed) return HD_ERR_NOMEM;
    begin_article(c);
    if (explain)
      for (size_t k = 0; k < c->nclaims; k++)
        fprintf(explain, "claim  %s claimed an attack in sentence %d\n", c->claims[k].code, c->claims[k].sentence);
    folded = 1;
  }
  if (own_title) {
    if (folded) swap_norms(c);
    c->in_title = 1;
    int failed = code_text(c, title, strlen(title), folded);
    c->in_title = 0;
    if (failed) return HD_ERR_NOMEM;
    if (folded) swap_norms(c);
  }
  return code_text(c, text, len, folded) ? HD_ERR_NOMEM : HD_OK;
}

hd_status hd_explain(hd_coder *c, const hd_article *a, FILE *out) {
  c->explain = out;
  hd_status st = hd_code_article(c, a, NULL, NULL);
  c->explain = NULL;
  return st;
}

void hd_coder_set_realis(hd_coder *c, unsigned mask) { c->realis_mask = mask & HD_REALIS_ALL; }
void hd_coder_set_incomplete(hd_coder *c, int on) { c->incomplete = on != 0; }
