/*
** test_dict.c: the dictionary loader: what each section builds, derived
** forms, and the file:line message of every kind of error, after which the
** broken file has added nothing.
*/
#include "unit.h"
#include "dict/dict.h"

static hd_dict *load(const char *text, hd_status *st, char *err, size_t errlen) {
  hd_dict *d = hd_dict_new();
  *st = hd_dict_load_text(d, "t.txt", text, strlen(text), err, errlen);
  return d;
}

static uint32_t word(const hd_dict *d, const char *w) { return hd_dict_word(d, w, strlen(w)); }

static const hd_entry *phrase(const hd_dict *d, const char *w1, const char *w2) {
  uint32_t node = hd_dict_child(d, 0, word(d, w1));
  if (node && w2) node = hd_dict_child(d, node, word(d, w2));
  return node ? hd_dict_first_entry(d, node) : NULL;
}

static void test_sections(void) {
  char err[256];
  hd_status st;
  hd_dict *d = load("# comment\n[cameo]\n040 1.0 CONSULT - Consult, not specified\n"
                    "[countries]\nRUS name روسيا الاتحادية  # a comment\nRUS adj روسي\nTUR adj أتراك\n"
                    "[actors]\nRUSGOV بوتين @2000-05-07..\n"
                    "[agents]\nGOV الرئيس\nGOV وزير\nPARTIES الرئيسان\nCVL متظاهرون @alone\n"
                    "[verbs]\n040 بحث|يبحث $ مع + @sym\n", &st, err, sizeof err);
  CHECK_INT(st, HD_OK);
  CHECK_STR(err, "");
  CHECK_INT(hd_dict_count(d, "cameo"), 1);
  CHECK_INT(hd_dict_count(d, "verbs"), 1);
  const hd_entry *e = phrase(d, "روسيا", "الاتحاديه");   /* the article is optional: stored without it */
  CHECK(e == NULL);
  e = phrase(d, "روسيا", "اتحاديه");
  CHECK(e && e->kind == HD_ENT_NAME && !strcmp(e->code, "RUS"));
  e = phrase(d, "روسيين", NULL);                         /* derived plural names people */
  CHECK(e && e->kind == HD_ENT_ADJ && (e->flags & HD_ADJ_PEOPLE));
  e = phrase(d, "روسيه", NULL);                          /* feminine: not people */
  CHECK(e && e->kind == HD_ENT_ADJ && !(e->flags & HD_ADJ_PEOPLE));
  e = phrase(d, "اتراك", NULL);                          /* a broken plural */
  CHECK(e && (e->flags & HD_ADJ_PEOPLE));
  e = phrase(d, "بوتين", NULL);
  CHECK(e && e->kind == HD_ENT_ACTOR && e->from == hd_day_from_ymd(2000, 5, 7) && e->to == HD_NO_DAY);
  CHECK_INT(e ? e->line : 0, 9);  /* the line of the entry */
  e = phrase(d, "وزيرا", NULL);                          /* dual of an agent */
  CHECK(e && e->kind == HD_ENT_AGENT && !strcmp(e->code, "GOV") && (e->flags & HD_DERIVED));
  e = phrase(d, "رييسان", NULL);    /* both a derived dual and a line of its own */
  CHECK(e != NULL);
  int parties = 0;
  for (; e; e = hd_dict_next_entry(d, e)) parties += (e->flags & HD_AGENT_PARTIES) != 0;
  CHECK_INT(parties, 1);
  CHECK(phrase(d, "متظاهرون", NULL) && (phrase(d, "متظاهرون", NULL)->flags & HD_AGENT_ALONE));
  const hd_pattern *ps[4];
  CHECK_INT(hd_dict_anchors(d, word(d, "يبحث"), ps, 4), 1);
  CHECK_INT(hd_dict_anchors(d, word(d, "بحثا"), ps, 4), 1);   /* verb ending derived */
  CHECK(ps[0]->flags & HD_PAT_SYM);
  CHECK_INT(ps[0]->nwords, 2);
  const hd_cameo *c = hd_dict_cameo(d, "040");
  CHECK(c && c->goldstein == 1.0 && !strcmp(c->plover, "CONSULT") && c->mode[0] == 0);
  CHECK_STR(c ? hd_dict_cameo_name(d, c) : "", "Consult, not specified");
  hd_dict_free(d);
}

static void expect_error(const char *text, const char *want) {
  char err[256];
  hd_status st;
  hd_dict *d = load(text, &st, err, sizeof err);
  CHECK_INT(st, HD_ERR_DICT);
  if (strncmp(err, want, strlen(want)) != 0) {
    unit_failed++;
    fprintf(stderr, "error \"%s\", want it to start \"%s\"\n", err, want);
  } else unit_passed++;
  CHECK_INT(hd_dict_count(d, NULL), 0);   /* a broken file adds nothing */
  hd_dict_free(d);
}

static void test_errors(void) {
  expect_error("RUS name روسيا\n", "t.txt:1: entry before any [section]");
  expect_error("[places]\n", "t.txt:1: unknown section");
  expect_error("[countries]\nRUS name روسيا\nRU name روسيا\n", "t.txt:3: country code");
  expect_error("[countries]\nRUS town موسكو\n", "t.txt:2: unknown kind 'town'");
  expect_error("[actors]\nRUSGOV بوتين @2008-13-01..\n", "t.txt:2: bad attribute");
  expect_error("[actors]\nRUSGOV بوتين @2012-01-01..2008-01-01\n", "t.txt:2: bad attribute");
  expect_error("[actors]\nrusgov بوتين\n", "t.txt:2: actor code");
  expect_error("[actors]\nRUSGOV\n", "t.txt:2: expected: CODE phrase");
  expect_error("[agents]\nGOV رئيس @lonely\n", "t.txt:2: unknown attribute");
  expect_error("[verbs]\n040 بحث\n", "t.txt:2: event code 040 is not in the [cameo] table");
  expect_error("[cameo]\n040 1.0 CONSULT - Consult\n[verbs]\n040 $ بحث\n", "t.txt:4: a pattern starts");
  expect_error("[cameo]\n040 1.0 CONSULT - Consult\n[verbs]\n040 بحث $ مع $\n", "t.txt:4: slot '$' appears twice");
  expect_error("[cameo]\n040 1.0 CONSULT - Consult\n040 1.0 CONSULT - Again\n", "t.txt:3: event code 040 is defined twice");
  expect_error("[cameo]\n040 11 CONSULT - Consult\n", "t.txt:2: Goldstein value");
  expect_error("[actors]\nRUSGOV \xff\xfe\n", "t.txt:2: invalid UTF-8");
  expect_error("[actors]\nRUSGOV ...\n", "t.txt:2: phrase has no words");
}

/* Coordinates of places: @geo= on name, capital and place lines, the
** lookup of an event's location (clitics and all), a nisba named as the
** capital, and the version of a set of dictionaries. */
static void test_geo(void) {
  char err[256];
  hd_status st;
  hd_dict *d = load("[countries]\nIRQ name العراق\nIRQ adj عراقي\nIRQ capital بغداد  @geo=33.34058,44.40088  # c\n"
                    "IRQ place الموصل @geo=36.335,43.11889\nIRQ place مدينة الصدر\nSYR place حلب @geo=36.20124,37.16117\n"
                    "USA place الطرف الآخر @geo=-89.99999,-179.99999\n", &st, err, sizeof err);
  CHECK_INT(st, HD_OK);
  CHECK_STR(err, "");
  const hd_entry *e = phrase(d, "بغداد", NULL);
  CHECK(e && e->lat == 3334058 && e->lon == 4440088);
  CHECK(phrase(d, "عراق", NULL) && phrase(d, "عراق", NULL)->lat == HD_NO_GEO);
  int32_t lat = 0, lon = 0;
  CHECK_INT(hd_dict_place_geo(d, "الموصل", "IRQ", &lat, &lon), 1);
  CHECK_INT(lat, 3633500);
  CHECK_INT(lon, 4311889);
  CHECK_INT(hd_dict_place_geo(d, "وبالموصل", "IRQ", &lat, &lon), 1);     /* clitics */
  CHECK_INT(hd_dict_place_geo(d, "الموصل", "SYR", &lat, &lon), 0);       /* another country */
  CHECK_INT(hd_dict_place_geo(d, "مدينة الصدر", "IRQ", &lat, &lon), 0);  /* a place without a point */
  CHECK_INT(hd_dict_place_geo(d, "العراق", "IRQ", &lat, &lon), 0);       /* a state has none */
  CHECK_INT(hd_dict_place_geo(d, "العراقية", "IRQ", &lat, &lon), 1);     /* العاصمة العراقية */
  CHECK_INT(lat, 3334058);
  CHECK_INT(hd_dict_place_geo(d, "الطرف الآخر", "USA", &lat, &lon), 1);
  CHECK_INT(lat, -8999999);
  CHECK_INT(lon, -17999999);
  CHECK_INT(hd_dict_place_geo(d, "حلب الشهباء", "SYR", &lat, &lon), 0); /* the whole name must match */
  CHECK_INT(hd_dict_place_geo(d, "", "SYR", &lat, &lon), 0);
  /* the version: 16 hex digits, the same text gives the same, other text another */
  const char *v = hd_dict_version(d);
  CHECK_INT(strlen(v), 16);
  hd_dict *d2 = load("[countries]\nIRQ name العراق\n", &st, err, sizeof err);
  CHECK(strcmp(hd_dict_version(d2), v) != 0);
  hd_dict *d3 = load("[countries]\nIRQ name العراق\n", &st, err, sizeof err);
  CHECK_STR(hd_dict_version(d3), hd_dict_version(d2));
  hd_dict_free(d);
  hd_dict_free(d2);
  hd_dict_free(d3);
  expect_error("[countries]\nIRQ place الموصل @geo=36.335\n", "t.txt:2: bad attribute '@geo=36.335'");
  expect_error("[countries]\nIRQ place الموصل @geo=96.3,43.1\n", "t.txt:2: bad attribute");
  expect_error("[countries]\nIRQ place الموصل @geo=36.3,183\n", "t.txt:2: bad attribute");
  expect_error("[countries]\nIRQ place الموصل @geo=36.3,4x3\n", "t.txt:2: bad attribute");
  expect_error("[countries]\nIRQ place الموصل @geo=,43.1\n", "t.txt:2: bad attribute");
  expect_error("[countries]\nIRQ adj عراقي @geo=33.3,44.4\n", "t.txt:2: @geo= is for name, capital and place lines");
  expect_error("[countries]\nIRQ place الموصل @geo=36.3,43.1 @geo=36.3,43.1\n", "t.txt:2: @geo= given twice");
  expect_error("[countries]\nIRQ place الموصل @where=36.3\n", "t.txt:2: unknown attribute '@where=36.3'");
  /* [cameo] contexts */
  d = load("[cameo]\n0311 3.4 AGREE - Express intent to cooperate economically @context=economic\n"
           "1124 -3.0 ACCUSE allege Accuse of war crimes @context=military,legal\n", &st, err, sizeof err);
  CHECK_INT(st, HD_OK);
  const hd_cameo *c = hd_dict_cameo(d, "1124");
  CHECK_STR(c ? c->context : "", "military,legal");
  CHECK_STR(c ? hd_dict_cameo_name(d, c) : "", "Accuse of war crimes");
  hd_dict_free(d);
  expect_error("[cameo]\n040 1.0 CONSULT - Consult @context=Diplomatic\n", "t.txt:2: bad attribute");
  expect_error("[cameo]\n040 1.0 CONSULT - Consult @mode=x\n", "t.txt:2: unknown attribute");
}

static void test_user_file_adds(void) {
  char err[256];
  hd_status st;
  hd_dict *d = load("[actors]\nRUSGOV بوتين\n", &st, err, sizeof err);
  CHECK_INT(hd_dict_load_text(d, "mine.txt", "[actors]\nUSAGOV جون دو\n", 27, err, sizeof err), HD_OK);
  CHECK(phrase(d, "بوتين", NULL) != NULL);
  CHECK(phrase(d, "جون", "دو") != NULL);
  CHECK_INT(hd_dict_load_file(d, "/nonexistent/file.txt", err, sizeof err), HD_ERR_IO);
  CHECK(strstr(err, "/nonexistent/file.txt") != NULL);
  hd_dict_free(d);
}

int main(void) {
  test_sections();
  test_errors();
  test_geo();
  test_user_file_adds();
  return unit_report("dict");
}
