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
  test_user_file_adds();
  return unit_report("dict");
}
