/*
** test_tokenize.c: tokens of folded text and clitic analysis: the
** conjunctions, prepositions, article and suffixes peel off only when what is
** left is a known word, and words that merely begin with those letters stay
** whole.  The memo gives what analysis gives, also when threads share it.
*/
#include <pthread.h>
#include "unit.h"
#include "dict/dict.h"
#include "normalize/normalize.h"
#include "tokenize/tokenize.h"

static hd_dict *d;

static const char dict_text[] =
  "[cameo]\n040 1.0 CONSULT - Consult\n042 1.9 CONSULT - Make a visit\n"
  "[countries]\nLBN name لبنان\nSYR name سوريا\nSAU capital الرياض\nDEU name ألمانيا\nJOR name الأردن\n"
  "[actors]\nRUSGOV بوتين\nIMGMOSISI الدولة الإسلامية في العراق وسوريا\n"
  "[agents]\nGOV رئيس\nGOV نظير\nGOV حكومة\nGOV وزارة\n"
  "[verbs]\n040 بحث $ مع +\n042 زار $ +\n";

/* The stem (as text) of analysis K of WORD, with its peeled byte counts. */
static const char *stem(const char *word, size_t k, int *pre, int *suf) {
  static char folded[256];
  hd_analysis a[HD_MAX_ANALYSES];
  int n = hd_normalize_str(word, strlen(word), folded, sizeof folded);
  size_t count = hd_analyze(d, folded, (size_t)n, NULL, a, HD_MAX_ANALYSES);
  if (k >= count) return "(none)";
  *pre = a[k].pre; *suf = a[k].suf;
  return hd_dict_word_text(d, a[k].word);
}

/* Readings of WORD that see its original letters; the first stem or "(none)". */
static const char *stem_seen(const char *word, int *flags) {
  static hd_norm norm;
  hd_analysis a[HD_MAX_ANALYSES];
  hd_normalize(&norm, word, strlen(word));
  hd_origin o = {word, norm.map};
  size_t count = hd_analyze(d, norm.text, norm.len, &o, a, HD_MAX_ANALYSES);
  *flags = count ? a[0].flags : 0;
  const char *s = count ? hd_dict_word_text(d, a[0].word) : "(none)";
  if (!word[0]) hd_norm_free(&norm);
  return s;
}

static void test_original_letters(void) {
  int flags;
  CHECK_STR(stem_seen("الرياض", &flags), "رياض");
  CHECK_STR(stem_seen("الرياضة", &flags), "(none)");    /* sport: ة is no pronoun */
  CHECK_STR(stem_seen("رياضه", &flags), "رياض");         /* but ه is */
  CHECK_STR(stem_seen("ألمانيا", &flags), "المانيا");     /* أل is no article */
  CHECK_STR(stem_seen("وألمانيا", &flags), "المانيا");
  CHECK_STR(stem_seen("الأردن", &flags), "اردن");
  CHECK_STR(stem_seen("أردنا", &flags), "اردن");          /* read, but flagged: */
  CHECK(flags & HD_CL_ALEF);                              /* names skip the alef reading */
  stem_seen("", &flags);
}

static void test_clitics(void) {
  int pre = -1, suf = -1;
  CHECK_STR(stem("بوتين", 0, &pre, &suf), "بوتين");
  CHECK_INT(pre, 0);
  CHECK_STR(stem("وبوتين", 0, &pre, &suf), "بوتين");
  CHECK_INT(pre, 2);
  CHECK_STR(stem("للرئيس", 0, &pre, &suf), "رييس");
  CHECK_INT(pre, 4);
  CHECK_STR(stem("والرئيس", 0, &pre, &suf), "رييس");
  CHECK_STR(stem("بالرئيس", 0, &pre, &suf), "رييس");
  CHECK_STR(stem("ونظيره", 0, &pre, &suf), "نظير");
  CHECK_INT(suf, 2);
  CHECK_STR(stem("نظيرها", 0, &pre, &suf), "نظير");
  CHECK_STR(stem("حكومته", 0, &pre, &suf), "حكومه");   /* teh marbuta before a suffix */
  CHECK_STR(stem("للبنان", 0, &pre, &suf), "لبنان");   /* ل + لبنان, not لل + بنان */
  CHECK_STR(stem("وللرئيس", 0, &pre, &suf), "رييس");
  CHECK_STR(stem("رئيسا", 0, &pre, &suf), "رييسا");     /* the derived dual comes first (ئ folds to ي) */
  CHECK_STR(stem("بحث", 0, &pre, &suf), "بحث");         /* not ب + حث */
  CHECK_INT(pre, 0);
  CHECK_STR(stem("وبحث", 0, &pre, &suf), "بحث");
  CHECK_STR(stem("ومع", 0, &pre, &suf), "مع");
  CHECK_STR(stem("وزارته", 0, &pre, &suf), "وزاره");   /* his ministry, not "and she visited him" */
  CHECK_STR(stem("وزارته", 1, &pre, &suf), "(none)");
  CHECK_STR(stem("وزارت", 0, &pre, &suf), "زارت");     /* but "and she visited" */
  CHECK_STR(stem("وسوريا", 0, &pre, &suf), "وسوريا");   /* a word inside a phrase ... */
  CHECK_STR(stem("وسوريا", 1, &pre, &suf), "سوريا");    /* ... does not hide the peeled reading */
  CHECK_STR(stem("بيروت", 0, &pre, &suf), "(none)");    /* unknown words have no reading */
  CHECK_STR(stem("و", 0, &pre, &suf), "(none)");
}

static void test_tokens(void) {
  const char *t = "قال: \"بوتين\" 2020, وماكرون10";
  size_t n = strlen(t), a, b, pos = 0;
  int kinds[16], k = 0, kind;
  while (k < 16 && (kind = hd_next_token(t, n, pos, &a, &b)) >= 0) { kinds[k++] = kind; pos = b; }
  CHECK_INT(k, 9);
  CHECK_INT(kinds[0], HD_TOK_WORD);
  CHECK_INT(kinds[1], HD_TOK_PUNCT);
  CHECK_INT(kinds[2], HD_TOK_PUNCT);
  CHECK_INT(kinds[3], HD_TOK_WORD);
  CHECK_INT(kinds[5], HD_TOK_NUMBER);
  CHECK_INT(kinds[7], HD_TOK_WORD);
  CHECK_INT(kinds[8], HD_TOK_NUMBER);   /* letters and digits split */
  CHECK_INT(hd_next_token("   ", 3, 0, &a, &b), -1);
}

/* The memo gives what hd_analyze() gives, for a word met again, and for
** the same folded word written with other original letters (الاردن and
** الأردن fold alike, as do نظيرة and نظيرﻪ); hd_next_token_hash() finds the tokens hd_next_token()
** finds, with their hd_token_hash(). */
static void test_memo(void) {
  /* (also a teh marbuta, then a heh written as a form of presentation,
  ** which folds alike but is read as ه: "نظيرة نظيرﻪ") */
  static const char text[] = "وبوتين الأردن الاردن للرئيس حكومته وبوتين الرياضة الرياض ألمانيا الأردن x12 ، بحث وبوتين "
                             "نظيرة نظير\xef\xbb\xaa نظيره";
  hd_norm norm = {0};
  hd_normalize(&norm, text, sizeof text - 1);
  hd_origin o = {text, norm.map};
  hd_analysis_cache *memo = hd_analysis_cache_new();
  CHECK(memo != NULL);
  for (int round = 0; round < 3; round++) {
    size_t pos = 0, a, b, a2 = 0, b2 = 0;
    uint32_t h;
    int kind;
    while ((kind = hd_next_token_hash(norm.text, norm.len, pos, &a, &b, &h)) >= 0) {
      CHECK_INT(hd_next_token(norm.text, norm.len, pos, &a2, &b2), kind);
      CHECK(a == a2 && b == b2 && h == hd_token_hash(norm.text + a, b - a));
      pos = b;
      if (kind != HD_TOK_WORD) continue;
      hd_analysis want[HD_MAX_ANALYSES], got[HD_MAX_ANALYSES];
      hd_origin at = {o.text, o.map + a};
      size_t n = hd_analyze(d, norm.text + a, b - a, &at, want, HD_MAX_ANALYSES);
      size_t m = hd_analyze_memo(memo, d, norm.text + a, b - a, h, &at, got, HD_MAX_ANALYSES);
      CHECK_INT(m, n);
      int same = n == m;
      for (size_t k = 0; same && k < n; k++)
        same = want[k].word == got[k].word && want[k].pre == got[k].pre && want[k].suf == got[k].suf &&
               want[k].flags == got[k].flags;
      CHECK(same);
    }
  }
  hd_analysis_cache_free(memo);
  hd_norm_free(&norm);
}

/* Words for the shared memo: known ones with clitics and stems made of
** letters, so many that its slots double while the threads add to it. */
#define SHARED_WORDS 12000
static char shared_words[SHARED_WORDS][48];

static void make_shared_words(void) {
  static const char *const pre[] = {"", "\xd9\x88", "\xd8\xa7\xd9\x84", "\xd9\x88\xd8\xa7\xd9\x84", "\xd9\x84\xd9\x84"};
  static const char *const stems[] = {"\xd8\xa8\xd9\x88\xd8\xaa\xd9\x8a\xd9\x86", "\xd8\xad\xd9\x83\xd9\x88\xd9\x85\xd8\xaa\xd9\x87",
                                     "\xd8\xb1\xd8\xa6\xd9\x8a\xd8\xb3", "\xd9\x86\xd8\xb8\xd9\x8a\xd8\xb1\xd9\x87"};
  for (int i = 0; i < SHARED_WORDS; i++) {
    char stem[16];
    if (i % 7 == 0) snprintf(stem, sizeof stem, "%s", stems[i / 7 % 4]);
    else   /* three letters of U+0628 to U+0647, two bytes each */
      snprintf(stem, sizeof stem, "%c%c%c%c%c%c", 0xd8, 0xa8 + i % 18, 0xd8, 0xa8 + i / 18 % 18, 0xd8, 0xa8 + i / 324 % 18);
    snprintf(shared_words[i], sizeof shared_words[i], "%s%s", pre[i % 5], stem);
  }
}

typedef struct sharer { hd_analysis_cache *memo; int from, step, wrong; } sharer;

/* Looks every word up twice, from FROM on by STEP, and counts the ones
** whose readings are not hd_analyze()'s. */
static void *share_words(void *arg) {
  sharer *s = arg;
  for (int round = 0; round < 2; round++)
    for (int k = 0; k < SHARED_WORDS; k++) {
      const char *w = shared_words[(s->from + (size_t)k * (size_t)s->step) % SHARED_WORDS];
      size_t len = strlen(w);
      hd_analysis want[HD_MAX_ANALYSES], got[HD_MAX_ANALYSES];
      size_t n = hd_analyze(d, w, len, NULL, want, HD_MAX_ANALYSES);
      size_t m = hd_analyze_memo(s->memo, d, w, len, hd_token_hash(w, len), NULL, got, HD_MAX_ANALYSES);
      int same = n == m;
      for (size_t i = 0; same && i < n; i++) same = !memcmp(&want[i], &got[i], sizeof want[i]);
      s->wrong += !same;
    }
  return NULL;
}

/* Two threads, each with its memo, over one table: each finds what
** hd_analyze() finds, while the other adds words and the slots double;
** and a coder shares only a coder's memo of the same dictionary. */
static void test_shared_memo(void) {
  make_shared_words();
  hd_analysis_cache *a = hd_analysis_cache_new(), *b = hd_analysis_cache_share(a);
  CHECK(a != NULL && b != NULL);
  if (!a || !b) return;
  sharer s[2] = {{a, 0, 1, 0}, {b, SHARED_WORDS - 1, SHARED_WORDS - 1, 0}};   /* the second goes backwards */
  pthread_t t;
  int started = pthread_create(&t, NULL, share_words, &s[1]) == 0;
  share_words(&s[0]);
  if (started) pthread_join(t, NULL);
  else share_words(&s[1]);
  CHECK_INT(s[0].wrong, 0);
  CHECK_INT(s[1].wrong, 0);
  hd_analysis_cache_free(a);   /* b keeps the table */
  s[1].wrong = 0;
  share_words(&s[1]);
  CHECK_INT(s[1].wrong, 0);
  hd_analysis_cache_free(b);

  hd_status st;
  hd_dict *other = hd_dict_new();
  hd_coder *c1 = hd_coder_new(d, NULL, &st), *c2 = hd_coder_new(d, NULL, &st), *c3 = hd_coder_new(other, NULL, &st);
  CHECK_INT(hd_coder_share_memo(c2, c1), HD_OK);
  CHECK_INT(hd_coder_share_memo(c3, c1), HD_ERR_ARG);
  hd_coder_free(c1);
  hd_coder_free(c2);
  hd_coder_free(c3);
  hd_dict_free(other);
}

static int count_event(const hd_event *ev, void *user) {
  (void)ev;
  ++*(int *)user;
  return 0;
}

/* An article of the caller's own is held to the reader's checks before the
** coder and its memo of readings see it: invalid UTF-8 and NUL bytes are
** skipped with their reason, whatever articles came before. */
static void test_own_articles(void) {
  hd_status st;
  hd_coder *c = hd_coder_new(d, "2018-05-10", &st);
  CHECK(c != NULL);
  if (!c) return;
  static const char good[] = "\xd8\xb2\xd8\xa7\xd8\xb1 \xd8\xa8\xd9\x88\xd8\xaa\xd9\x8a\xd9\x86 \xd8\xb3\xd9\x88\xd8\xb1\xd9\x8a\xd8\xa7.";   /* زار بوتين سوريا. */
  static const char bad[] = "\xd8\xb2\xd8\xa7\xd8\xb1 \xc0\xaf \xd8\xb3\xd9\x88\xd8\xb1\xd9\x8a\xd8\xa7.";
  static const char nul[] = "\xd8\xb2\xd8\xa7\xd8\xb1\0 \xd8\xb3\xd9\x88\xd8\xb1\xd9\x8a\xd8\xa7.";
  int n = 0;
  hd_article *a = hd_article_new("good", good, sizeof good - 1);
  CHECK_INT(hd_code_article(c, a, count_event, &n), HD_OK);
  CHECK_INT(n, 1);
  hd_article_free(a);
  a = hd_article_new("bad", bad, sizeof bad - 1);
  CHECK_INT(hd_code_article(c, a, count_event, &n), HD_SKIP);
  CHECK_INT(hd_coder_skip(c), HD_SKIP_INVALID_UTF8);
  hd_article_free(a);
  a = hd_article_new("nul", nul, sizeof nul - 1);
  CHECK_INT(hd_code_article(c, a, count_event, &n), HD_SKIP);
  CHECK_INT(hd_coder_skip(c), HD_SKIP_NUL_BYTE);
  CHECK_INT(n, 1);
  hd_article_free(a);
  hd_coder_free(c);
}

int main(void) {
  char err[256];
  d = hd_dict_new();
  CHECK(hd_dict_load_text(d, "t", dict_text, sizeof dict_text - 1, err, sizeof err) == HD_OK);
  test_clitics();
  test_original_letters();
  test_tokens();
  test_memo();
  test_shared_memo();
  test_own_articles();
  hd_dict_free(d);
  return unit_report("tokenize");
}
