/*
** test_normalize.c: unit tests of Arabic folding (src/normalize/): every
** folding rule, the byte map back to the original, bad UTF-8, the UTF-8
** checks, buffer growth and reuse, and hd_normalize_str().
*/
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "normalize/normalize.h"
#include "unit.h"

static hd_norm norm;

/* Folds S (a C string) and returns the folded text. */
static const char *fold(const char *s) {
  if (hd_normalize(&norm, s, strlen(s)) != 0) return NULL;
  return norm.text;
}

static const char *fold_n(const char *s, size_t n) {
  if (hd_normalize(&norm, s, n) != 0) return NULL;
  return norm.text;
}

/* The original text behind folded bytes [A,B) of the last fold of SRC. */
static const char *original_of(const char *src, size_t a, size_t b) {
  static char buf[256];
  size_t from = norm.map[a], to = norm.map[b];
  if (to < from || to - from >= sizeof buf) return "(bad span)";
  memcpy(buf, src + from, to - from);
  buf[to - from] = 0;
  return buf;
}

/* Writes code point CP as UTF-8 into OUT (NUL-terminated); returns length.
** Surrogates are encoded too, so that the decoder can be shown to refuse them. */
static size_t utf8_put(uint32_t cp, char *out) {
  unsigned char *o = (unsigned char *)out;
  size_t n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  static const unsigned char lead[5] = {0, 0x00, 0xC0, 0xE0, 0xF0};
  for (size_t k = n - 1; k > 0; k--, cp >>= 6) o[k] = (unsigned char)(0x80 | (cp & 0x3F));
  o[0] = (unsigned char)(lead[n] | cp);
  out[n] = 0;
  return n;
}

/* Folds one code point between two ASCII letters, so that a removed
** character shows as "ab" and the neighbours prove nothing else changed. */
static const char *fold_cp(uint32_t cp) {
  static char in[16];
  in[0] = 'a';
  size_t n = utf8_put(cp, in + 1);
  in[1 + n] = 'b';
  in[2 + n] = 0;
  return fold(in);
}

/* ------------------------------------------------------------------ */

static void test_diacritics_removed(void) {
  uint32_t cp;
  for (cp = 0x064B; cp <= 0x065F; cp++) CHECK_STR(fold_cp(cp), "ab");
  CHECK_STR(fold_cp(0x0670), "ab");                   /* superscript alef */
  for (cp = 0x06D6; cp <= 0x06ED; cp++) CHECK_STR(fold_cp(cp), "ab");
  CHECK_STR(fold_cp(0x0640), "ab");                   /* tatweel */
  /* Neighbours of the removed ranges are letters or signs that stay. */
  CHECK_STR(fold_cp(0x064A), "aيb");
  CHECK_STR(fold_cp(0x06EE), "a\xDB\xAE" "b");
  CHECK_STR(fold("مُحَمَّدٌ"), "محمد");
  CHECK_STR(fold("الـــرئيس"), "الرييس");
  CHECK_STR(fold("نوّه"), "نوه");
}

static void test_letters(void) {
  CHECK_STR(fold("أ إ آ ٱ ا"), "ا ا ا ا ا");
  CHECK_STR(fold("أحمد"), "احمد");
  CHECK_STR(fold("إسرائيل"), "اسراييل");
  CHECK_STR(fold("مؤتمر"), "موتمر");
  CHECK_STR(fold("رئيس"), "رييس");
  CHECK_STR(fold("ء"), "ء");                          /* standalone hamza stays */
  CHECK_STR(fold("سماء"), "سماء");
  CHECK_STR(fold("مصطفى"), "مصطفي");
  CHECK_STR(fold("القاهرة"), "القاهره");
  /* Persian and Urdu letter forms. */
  CHECK_STR(fold("کابل"), "كابل");                    /* U+06A9 keheh */
  CHECK_STR(fold("ایران"), "ايران");                  /* U+06CC farsi yeh */
  CHECK_STR(fold_cp(0x06C1), "aهb");
  CHECK_STR(fold_cp(0x06D5), "aهb");
  CHECK_STR(fold_cp(0x06C0), "aهb");                  /* heh with yeh above */
  /* A decomposed hamza (alef + U+0654) folds like the precomposed one. */
  CHECK_STR(fold("\xD8\xA7\xD9\x94" "حمد"), "احمد");
}

static void test_digits(void) {
  CHECK_STR(fold("٠١٢٣٤٥٦٧٨٩"), "0123456789");
  CHECK_STR(fold("۰۱۲۳۴۵۶۷۸۹"), "0123456789");
  CHECK_STR(fold("عام ٢٠١٢"), "عام 2012");
}

static void test_punctuation(void) {
  CHECK_STR(fold("،"), ",");
  CHECK_STR(fold("؛"), ";");
  CHECK_STR(fold("؟"), "?");
  CHECK_STR(fold("٪"), "%");
  CHECK_STR(fold("٣٫٥"), "3.5");
  CHECK_STR(fold("١٬٠٠٠"), "1,000");
  CHECK_STR(fold("۔"), ".");
  CHECK_STR(fold("«قال»"), "\"قال\"");
  CHECK_STR(fold("“ ” „ ‟ ″"), "\" \" \" \" \"");
  CHECK_STR(fold("‘a’"), "'a'");
  CHECK_STR(fold("…"), "...");
  CHECK_STR(fold("هل؟ نعم، لا؛"), "هل? نعم, لا;");
}

static void test_invisible_removed(void) {
  static const uint32_t marks[] = {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0x202A,
                                   0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068,
                                   0x2069, 0xFEFF, 0x00AD};
  for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
    CHECK_STR(fold_cp(marks[k]), "ab");
  CHECK_STR(fold("\xEF\xBB\xBFبيان"), "بيان");        /* BOM at the start */
}

static void test_spaces(void) {
  static const uint32_t spaces[] = {0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
                                    0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x202F, 0x205F,
                                    0x3000};
  for (size_t k = 0; k < sizeof spaces / sizeof spaces[0]; k++)
    CHECK_STR(fold_cp(spaces[k]), "a b");
  CHECK_STR(fold("a\nb\tc\r\nd"), "a\nb\tc\r\nd");
  CHECK_STR(fold_cp(0x2028), "a\nb");
  CHECK_STR(fold_cp(0x2029), "a\nb");
}

static void test_ascii(void) {
  CHECK_STR(fold("AbC"), "abc");
  CHECK_STR(fold("@[`{Z A"), "@[`{z a");     /* neighbours of A..Z stay */
  /* Long enough for the eight-byte path, with capitals at both ends of
  ** each group and an odd tail. */
  CHECK_STR(fold("ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789!?"),
            "abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz 0123456789!?");
  char all[129], want[129];
  for (int c = 1; c < 128; c++) {
    all[c - 1] = (char)c;
    want[c - 1] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c == '#' || c == '_' ? ' ' : c);
  }
  all[127] = want[127] = 0;
  CHECK_STR(fold(all), want);
  CHECK_STR(fold("UN وNATO"), "un وnato");
}

/* A hyphen that parts the syllables of a foreign name is a space; one
** between longer words, or next to a Latin letter or a digit, stays. */
static void test_name_hyphens(void) {
  CHECK_STR(fold("كيم جونغ-أون"), "كيم جونغ اون");
  CHECK_STR(fold("مون جاي-إن،"), "مون جاي ان,");
  CHECK_STR(fold("أمريكية-بريطانية"), "امريكيه-بريطانيه");
  CHECK_STR(fold("السبت-الأحد"), "السبت-الاحد");
  CHECK_STR(fold("a-b إس-400 جاي-"), "a-b اس-400 جاي-");
  char out[64];
  CHECK_INT(hd_normalize_str("جونغ-أون", strlen("جونغ-أون"), out, sizeof out), (int)strlen("جونغ اون"));
  CHECK_STR(out, "جونغ اون");
}

/* Hashtags: '#' and '_' are spaces, on the one-byte path and on the
** eight-byte one, at every position of a group of eight. */
static void test_hashtags(void) {
  CHECK_STR(fold("#ترمب"), " ترمب");
  CHECK_STR(fold("#عبدالله_القادري"), " عبدالله القادري");
  CHECK_STR(fold("وقال #بوتين"), "وقال  بوتين");
  CHECK_STR(fold("##__"), "    ");
  CHECK_STR(fold("snake_case_names and #tags, long enough"), "snake case names and  tags, long enough");
  for (int at = 0; at < 16; at++) {
    char in[17], want[17];
    for (int k = 0; k < 16; k++) in[k] = want[k] = (char)('a' + k);
    in[at] = at % 2 ? '#' : '_';
    want[at] = ' ';
    in[16] = want[16] = 0;
    CHECK_STR(fold(in), want);
  }
  /* the map leads the word after a hashtag back to where it stands */
  const char *src = "#بوتين";
  fold(src);
  CHECK_STR(original_of(src, 1, norm.len), "بوتين");
  char out[64];
  CHECK_INT(hd_normalize_str("#a_b", 4, out, sizeof out), 4);
  CHECK_STR(out, " a b");
}

static void test_presentation_forms(void) {
  CHECK_STR(fold("\xEF\xBB\xBB"), "لا");              /* U+FEFB lam-alef */
  CHECK_STR(fold("\xEF\xBB\xB5"), "لا");              /* U+FEF5 lam-alef madda */
  CHECK_STR(fold("\xEF\xBB\xB7"), "لا");              /* U+FEF7 lam-alef hamza */
  CHECK_STR(fold("\xEF\xBB\xBC"), "لا");              /* U+FEFC final */
  CHECK_STR(fold("\xEF\xBA\x8D"), "ا");               /* U+FE8D alef isolated */
  CHECK_STR(fold("\xEF\xBA\x83"), "ا");               /* U+FE83 alef hamza */
  CHECK_STR(fold("\xEF\xBA\x93"), "ه");               /* U+FE93 teh marbuta */
  CHECK_STR(fold("\xEF\xBB\xAF"), "ي");               /* U+FEEF alef maqsura */
  CHECK_STR(fold("\xEF\xBA\x80"), "ء");               /* U+FE80 hamza */
  CHECK_STR(fold("\xEF\xB7\xB2"), "الله");            /* U+FDF2 */
  CHECK_STR(fold("\xEF\xB7\xBA"), "صلي الله عليه وسلم"); /* U+FDFA */
  CHECK_STR(fold("\xEF\xB7\xBC"), "ريال");            /* U+FDFC rial sign */
  CHECK_STR(fold("\xEF\xAE\x8E"), "ك");               /* U+FB8E keheh isolated */
  CHECK_STR(fold("\xEF\xAF\xBC"), "ي");               /* U+FBFC farsi yeh */
  CHECK_STR(fold_cp(0xFE70), "ab");                  /* fathatan isolated: a mark */
  CHECK_STR(fold_cp(0xFE77), "ab");                  /* fatha medial */
  CHECK_STR(fold_cp(0xFC5E), "ab");                  /* dammatan-shadda isolated */
  /* Presentation forms spelling a word fold like the word itself. */
  CHECK_STR(fold("\xEF\xBA\x8D\xEF\xBB\x9F\xEF\xBA\x98\xEF\xBB\xA4\xEF\xBA\xAE"), "التمر");
  CHECK_STR(fold("\xEF\xB4\xBE"), "\xEF\xB4\xBE");   /* U+FD3E has no decomposition */
}

static void test_unchanged(void) {
  const char *s = "بحث الوزير فلاديمير بوتين مع نظيره التركي";
  CHECK_STR(fold(s), s);
  CHECK_STR(fold("😀 €"), "😀 €");                   /* four- and three-byte kept */
  CHECK_STR(fold("é"), "é");
  CHECK_STR(fold("\xEF\xBF\xBD"), "\xEF\xBF\xBD");   /* a real U+FFFD stays */
}

/* ------------------------------------------------------------------ */

static void test_map_basic(void) {
  const char *s = "Ab ج";
  CHECK_STR(fold(s), "ab ج");
  CHECK_INT(norm.len, 5);
  CHECK_INT(norm.map[0], 0);
  CHECK_INT(norm.map[1], 1);
  CHECK_INT(norm.map[2], 2);
  CHECK_INT(norm.map[3], 3);                 /* both bytes of ج map to its start */
  CHECK_INT(norm.map[4], 3);
  CHECK_INT(norm.map[5], strlen(s));         /* map[len] = original length */

  fold("");
  CHECK_INT(norm.len, 0);
  CHECK_STR(norm.text, "");
  CHECK_INT(norm.map[0], 0);
}

static void test_map_spans_across_removed(void) {
  /* كَتَبَ زيدٌ: each letter of the first word carries a fatha. */
  const char *s = "كَتَبَ زيدٌ.";
  CHECK_STR(fold(s), "كتب زيد.");
  /* The word كتب is folded bytes [0,6); its original keeps every fatha,
  ** the last one included, and stops before the space. */
  CHECK_STR(original_of(s, 0, 6), "كَتَبَ");
  /* The middle letter alone: from ت up to the next kept letter, so its
  ** own fatha comes along. */
  CHECK_STR(original_of(s, 2, 4), "تَ");
  /* زيد ends with dammatan before the full stop: it is quoted too. */
  CHECK_STR(original_of(s, 7, 13), "زيدٌ");
  CHECK_STR(original_of(s, 13, 14), ".");
  /* The whole text. */
  CHECK_STR(original_of(s, 0, norm.len), s);

  /* Removed characters at the very end belong to the last kept one. */
  const char *t = "قالَّ";
  CHECK_STR(fold(t), "قال");
  CHECK_INT(norm.map[norm.len], strlen(t));
  CHECK_STR(original_of(t, 4, 6), "لَّ");

  /* A removed mark before a word never starts that word's span. */
  const char *u = "\xE2\x80\x8F" "بيان";       /* RLM + بيان */
  CHECK_STR(fold(u), "بيان");
  CHECK_INT(norm.map[0], 3);
  CHECK_STR(original_of(u, 0, norm.len), "بيان");

  /* Tatweel inside a word stays inside its span. */
  const char *v = "الـرئيس قال";
  CHECK_STR(fold(v), "الرييس قال");
  CHECK_STR(original_of(v, 0, 12), "الـرئيس");
}

static void test_map_multibyte_folds(void) {
  /* One source character, several folded bytes: all map to its start. */
  const char *s = "x\xEF\xBB\xBBy";             /* x ﻻ y */
  CHECK_STR(fold(s), "xلاy");
  CHECK_INT(norm.len, 6);
  for (size_t k = 1; k <= 4; k++) CHECK_INT(norm.map[k], 1);
  CHECK_INT(norm.map[5], 4);
  CHECK_STR(original_of(s, 1, 5), "\xEF\xBB\xBB");

  const char *t = "a…b";
  CHECK_STR(fold(t), "a...b");
  CHECK_INT(norm.map[1], 1);
  CHECK_INT(norm.map[3], 1);
  CHECK_INT(norm.map[4], 4);

  /* Arabic digits shrink to one byte each. */
  const char *d = "٢٠";
  CHECK_STR(fold(d), "20");
  CHECK_INT(norm.map[0], 0);
  CHECK_INT(norm.map[1], 2);
  CHECK_INT(norm.map[2], 4);
}

/* ------------------------------------------------------------------ */

#define FFFD "\xEF\xBF\xBD"

static void test_invalid_utf8(void) {
  CHECK_STR(fold("a\x80z"), "a" FFFD "z");                  /* lone continuation */
  CHECK_INT(norm.len, 5);
  CHECK_INT(norm.map[1], 1);
  CHECK_INT(norm.map[3], 1);
  CHECK_INT(norm.map[4], 2);
  CHECK_STR(fold("\xC0\xAF"), FFFD FFFD);                   /* overlong '/' */
  CHECK_STR(fold("\xC1\xBF"), FFFD FFFD);
  CHECK_STR(fold("\xE0\x80\xAF"), FFFD FFFD FFFD);          /* overlong three-byte */
  CHECK_STR(fold("\xF0\x80\x80\xAF"), FFFD FFFD FFFD FFFD); /* overlong four-byte */
  CHECK_STR(fold("\xED\xA0\x80"), FFFD FFFD FFFD);          /* surrogate U+D800 */
  CHECK_STR(fold("\xF4\x90\x80\x80"), FFFD FFFD FFFD FFFD); /* U+110000 */
  CHECK_STR(fold("\xF5\xFE\xFF"), FFFD FFFD FFFD);
  CHECK_STR(fold("\xD8"), FFFD);                            /* truncated at the end */
  CHECK_STR(fold("\xD8 "), FFFD " ");
  CHECK_STR(fold("\xE2\x80"), FFFD FFFD);
  CHECK_STR(fold("\xF0\x9F\x98"), FFFD FFFD FFFD);
  /* A bad byte inside Arabic text does not disturb its neighbours, and
  ** each replacement maps to its own byte. */
  const char s[] = "بي\xFFان";
  CHECK_STR(fold(s), "بي" FFFD "ان");
  CHECK_INT(norm.map[4], 4);
  CHECK_INT(norm.map[6], 4);
  CHECK_INT(norm.map[7], 5);
  /* Embedded NUL bytes are ordinary bytes. */
  CHECK_STR(fold_n("a\0B", 3), "a");
  CHECK_INT(norm.len, 3);
  CHECK_INT(norm.text[2], 'b');
}

static void test_utf8_valid(void) {
  CHECK(hd_utf8_valid("", 0));
  CHECK(hd_utf8_valid(NULL, 0));
  CHECK(hd_utf8_valid("plain ascii text, long enough", 29));
  CHECK(hd_utf8_valid("\x7F", 1));
  CHECK(hd_utf8_valid("\xC2\x80", 2));               /* U+0080 */
  CHECK(hd_utf8_valid("\xDF\xBF", 2));               /* U+07FF */
  CHECK(hd_utf8_valid("\xE0\xA0\x80", 3));           /* U+0800 */
  CHECK(hd_utf8_valid("\xED\x9F\xBF", 3));           /* U+D7FF */
  CHECK(hd_utf8_valid("\xEE\x80\x80", 3));           /* U+E000 */
  CHECK(hd_utf8_valid("\xEF\xBF\xBF", 3));           /* U+FFFF */
  CHECK(hd_utf8_valid("\xF0\x90\x80\x80", 4));       /* U+10000 */
  CHECK(hd_utf8_valid("\xF4\x8F\xBF\xBF", 4));       /* U+10FFFF */
  CHECK(hd_utf8_valid("بحث الرئيس", strlen("بحث الرئيس")));
  CHECK(hd_utf8_valid("a\0b", 3));                   /* NUL is valid UTF-8 */

  CHECK(!hd_utf8_valid("\x80", 1));
  CHECK(!hd_utf8_valid("\xBF", 1));
  CHECK(!hd_utf8_valid("\xC0\x80", 2));              /* overlong NUL */
  CHECK(!hd_utf8_valid("\xC1\xBF", 2));
  CHECK(!hd_utf8_valid("\xE0\x9F\xBF", 3));          /* overlong U+07FF */
  CHECK(!hd_utf8_valid("\xED\xA0\x80", 3));          /* U+D800 */
  CHECK(!hd_utf8_valid("\xED\xBF\xBF", 3));          /* U+DFFF */
  CHECK(!hd_utf8_valid("\xF0\x8F\xBF\xBF", 4));      /* overlong U+FFFF */
  CHECK(!hd_utf8_valid("\xF4\x90\x80\x80", 4));      /* U+110000 */
  CHECK(!hd_utf8_valid("\xF5\x80\x80\x80", 4));
  CHECK(!hd_utf8_valid("\xFF", 1));
  CHECK(!hd_utf8_valid("\xC3", 1));                  /* truncated */
  CHECK(!hd_utf8_valid("\xE2\x82", 2));
  CHECK(!hd_utf8_valid("\xF0\x9F\x98", 3));
  CHECK(!hd_utf8_valid("\xC3\x28", 2));              /* bad continuation */
  CHECK(!hd_utf8_valid("\xE2\x28\xA1", 3));
  CHECK(!hd_utf8_valid("\xF0\x9F\x28\x80", 4));
  /* The length is honoured: a valid character cut by N is invalid. */
  CHECK(!hd_utf8_valid("\xD8\xA8", 1));
  /* Bad bytes right after an eight-byte ASCII run, and at the very end. */
  CHECK(!hd_utf8_valid("abcdefgh\x80", 9));
  CHECK(!hd_utf8_valid("abcdefghijklmnopqrstuvw\xC3", 24));
  CHECK(hd_utf8_valid("abcdefgh\xC3\xA9", 10));
  /* Arabic words and spaces, eight bytes at a time: a bad byte at any
  ** place, a lead cut off at the end of eight bytes, a three-byte
  ** character after two-byte ones */
  const char words[] = "\xd9\x82\xd8\xa7\xd9\x84 \xd8\xa7\xd9\x84\xd8\xb1\xd8\xa6\xd9\x8a\xd8\xb3 \xd9\x81\xd9\x8a";   /* قال الرئيس في */
  size_t n = sizeof words - 1;
  CHECK(hd_utf8_valid(words, n));
  int all = 1;
  for (size_t at = 0; at < n; at++) {
    char bad[64];
    static const unsigned char wrong[] = {0x80, 0xC0, 0xC1, 0xF8, 0xFF};
    for (size_t w = 0; w < sizeof wrong; w++) {
      if (wrong[w] == 0x80 && ((unsigned char)words[at] & 0xC0) == 0x80) continue;   /* another letter */
      memcpy(bad, words, n);
      bad[at] = (char)wrong[w];
      all &= !hd_utf8_valid(bad, n);
    }
    all &= !hd_utf8_valid(words, at) == (at > 0 && ((unsigned char)words[at] & 0xC0) == 0x80);   /* cut inside a letter */
  }
  CHECK(all);
  CHECK(hd_utf8_valid("\xd9\x82\xd8\xa7\xd9\x84 \xe2\x80\x8f\xd9\x81", 13));
  CHECK(!hd_utf8_valid("\xd9\x82\xd8\xa7\xd9\x84 \xd8\xd8\xa7", 10));
}

static void test_utf8_decode(void) {
  int len = -5;
  CHECK_INT(hd_utf8_decode((const unsigned char *)"A", 1, &len), 'A');
  CHECK_INT(len, 1);
  CHECK_INT(hd_utf8_decode((const unsigned char *)"\xD8\xA8", 2, &len), 0x0628);
  CHECK_INT(len, 2);
  CHECK_INT(hd_utf8_decode((const unsigned char *)"\xE2\x80\x8F", 3, &len), 0x200F);
  CHECK_INT(len, 3);
  CHECK_INT(hd_utf8_decode((const unsigned char *)"\xF4\x8F\xBF\xBF", 4, &len), 0x10FFFF);
  CHECK_INT(len, 4);
  CHECK_INT(hd_utf8_decode((const unsigned char *)"\xD8\xA8", 1, &len), -1);
  CHECK_INT(len, 1);
  CHECK_INT(hd_utf8_decode((const unsigned char *)"\xED\xA0\x80", 3, &len), -1);
  CHECK_INT(len, 1);
  CHECK_INT(hd_utf8_decode((const unsigned char *)"\xE0\x80\x80", 3, &len), -1);
  CHECK_INT(len, 1);
  CHECK_INT(hd_utf8_decode((const unsigned char *)"", 0, &len), -1);
  CHECK_INT(len, 0);

  /* Every scalar value round-trips; every surrogate is refused. */
  int bad = 0;
  char buf[8];
  for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
    size_t n = utf8_put(cp, buf);
    int32_t got = hd_utf8_decode((const unsigned char *)buf, n, &len);
    int surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    if (surrogate ? got != -1 : (got != (int32_t)cp || len != (int)n)) bad++;
  }
  CHECK_INT(bad, 0);
}

/* ------------------------------------------------------------------ */

static void test_normalize_str(void) {
  char out[64];
  CHECK_INT(hd_normalize_str("الرئيسُ", strlen("الرئيسُ"), out, sizeof out), 12);
  CHECK_STR(out, "الرييس");
  CHECK_INT(hd_normalize_str("Abc", 3, out, sizeof out), 3);
  CHECK_STR(out, "abc");
  CHECK_INT(hd_normalize_str("", 0, out, sizeof out), 0);
  CHECK_STR(out, "");
  CHECK_INT(hd_normalize_str("ً", 2, out, sizeof out), 0);   /* only a diacritic */
  CHECK_STR(out, "");
  CHECK_INT(hd_normalize_str("\xFF", 1, out, sizeof out), 3);
  CHECK_STR(out, FFFD);
  /* Exactly fits: 8 bytes plus the NUL. */
  CHECK_INT(hd_normalize_str("أحمد", strlen("أحمد"), out, 9), 8);
  CHECK_STR(out, "احمد");
  CHECK_INT(hd_normalize_str("أحمد", strlen("أحمد"), out, 8), -1);
  CHECK_STR(out, "");
  CHECK_INT(hd_normalize_str("abc", 3, out, 3), -1);
  CHECK_INT(hd_normalize_str("abc", 3, out, 4), 3);
  CHECK_INT(hd_normalize_str("abc", 3, NULL, 0), -1);
  /* The length is what counts, not a NUL. */
  CHECK_INT(hd_normalize_str("ABCDEF", 2, out, sizeof out), 2);
  CHECK_STR(out, "ab");
  /* A fold longer than its input must fit too. */
  CHECK_INT(hd_normalize_str("\xEF\xB7\xBA", 3, out, 33), -1);
  CHECK_INT(hd_normalize_str("\xEF\xB7\xBA", 3, out, 34), 33);
}

/* hd_normalize and hd_normalize_str give the same text for every code
** point, whichever path folds it, and folding twice changes nothing. */
static void test_every_code_point(void) {
  int differ = 0, unstable = 0, too_long = 0;
  char in[8], once[64], twice[64];
  for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    size_t n = utf8_put(cp, in);
    int k = hd_normalize_str(in, n, once, sizeof once);
    if (k < 0) { too_long++; continue; }
    if (hd_normalize(&norm, in, n) != 0 || norm.len != (size_t)k ||
        memcmp(norm.text, once, (size_t)k) != 0)
      differ++;
    int k2 = hd_normalize_str(once, (size_t)k, twice, sizeof twice);
    if (k2 != k || memcmp(once, twice, (size_t)k)) unstable++;
  }
  CHECK_INT(differ, 0);
  CHECK_INT(unstable, 0);
  CHECK_INT(too_long, 0);
}

/* Random bytes: the folded text is always valid UTF-8, the map never
** decreases and stays inside the input, and both functions agree. */
static void test_random_bytes(void) {
  static const unsigned char pieces[][4] = {
    {'A'}, {' '}, {0xD8, 0xA3}, {0xD9, 0x8E}, {0xEF, 0xBB, 0xBB}, {0xE2, 0x80, 0x8F},
    {0xF0, 0x9F, 0x98, 0x80}, {0x80}, {0xC3}, {0xED, 0xA0}, {0xEF, 0xB7, 0xBA}, {'\n'}};
  static char in[4096], str[65536];
  unsigned seed = 12345;
  int bad_utf8 = 0, bad_map = 0, differ = 0;
  for (int round = 0; round < 500; round++) {
    size_t n = 0;
    while (n < sizeof in - 8) {
      seed = seed * 1103515245u + 12345u;
      unsigned r = seed >> 16;
      if (r % 3 == 0) {                       /* a raw random byte */
        in[n++] = (char)(r >> 2);
      } else {                                /* a chosen piece, maybe cut */
        const unsigned char *p = pieces[(r >> 2) % 12];
        size_t len = p[1] == 0 ? 1 : p[2] == 0 ? 2 : p[3] == 0 ? 3 : 4;
        memcpy(in + n, p, len);
        n += len;
      }
      if ((r >> 8) % 97 == 0) break;
    }
    if (hd_normalize(&norm, in, n) != 0) { differ++; continue; }
    if (!hd_utf8_valid(norm.text, norm.len)) bad_utf8++;
    for (size_t k = 0; k < norm.len; k++)
      if (norm.map[k] > norm.map[k + 1] || norm.map[k] >= n) { bad_map++; break; }
    if (norm.map[norm.len] != n) bad_map++;
    int k = hd_normalize_str(in, n, str, sizeof str);
    if (k < 0 || (size_t)k != norm.len || memcmp(str, norm.text, norm.len)) differ++;
  }
  CHECK_INT(bad_utf8, 0);
  CHECK_INT(bad_map, 0);
  CHECK_INT(differ, 0);
}

/* Output much longer than the input forces the buffers to grow mid-text;
** a later shorter text reuses them. */
static void test_growth_and_reuse(void) {
  enum { COUNT = 5000 };
  char *in = malloc(COUNT * 3 + 1);
  CHECK(in != NULL);
  if (!in) return;
  for (int k = 0; k < COUNT; k++) memcpy(in + 3 * k, "\xEF\xB7\xBA", 3);  /* U+FDFA */
  CHECK_INT(hd_normalize(&norm, in, COUNT * 3), 0);
  CHECK_INT(norm.len, COUNT * 33);
  CHECK(memcmp(norm.text + 33 * (COUNT - 1), "صلي الله عليه وسلم", 33) == 0);
  CHECK_INT(norm.map[33 * (COUNT - 1)], 3 * (COUNT - 1));
  CHECK_INT(norm.map[norm.len], COUNT * 3);
  CHECK(norm.cap > norm.len);

  for (int k = 0; k < COUNT * 3; k++) in[k] = (char)0xFF;     /* three bytes out per byte */
  CHECK_INT(hd_normalize(&norm, in, COUNT * 3), 0);
  CHECK_INT(norm.len, COUNT * 9);
  CHECK_INT(norm.map[norm.len - 1], COUNT * 3 - 1);

  size_t cap = norm.cap;
  char *text = norm.text;
  CHECK_STR(fold("Short"), "short");
  CHECK(norm.cap == cap && norm.text == text);   /* reused, not reallocated */
  free(in);

  hd_norm_free(&norm);
  CHECK(norm.text == NULL && norm.map == NULL && norm.cap == 0 && norm.len == 0);
  CHECK_STR(fold("Again"), "again");             /* usable after freeing */
}

int main(void) {
  test_diacritics_removed();
  test_letters();
  test_digits();
  test_punctuation();
  test_invisible_removed();
  test_spaces();
  test_ascii();
  test_hashtags();
  test_name_hyphens();
  test_presentation_forms();
  test_unchanged();
  test_map_basic();
  test_map_spans_across_removed();
  test_map_multibyte_folds();
  test_invalid_utf8();
  test_utf8_valid();
  test_utf8_decode();
  test_normalize_str();
  test_every_code_point();
  test_random_bytes();
  test_growth_and_reuse();
  hd_norm_free(&norm);
  return unit_report("normalize");
}
