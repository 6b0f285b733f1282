/*
** test_reader.c: the reading stage.  Writes small inputs to a temporary
** directory (plain text, JSON Lines, gzip, broken files) and checks every
** article, skip reason, message, line number and id that comes out, plus
** standalone articles, date validation and the status names.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <dirent.h>
#include <zlib.h>

#include "hadath.h"
#include "unit.h"

static char dir[64];

/* Full path of NAME in the fixture directory (a rotating static buffer). */
static const char *fixture(const char *name) {
  static char paths[4][256];
  static int next;
  char *p = paths[next++ % 4];
  snprintf(p, sizeof paths[0], "%s/%s", dir, name);
  return p;
}

static const char *write_file(const char *name, const void *data, size_t len) {
  const char *path = fixture(name);
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(data, 1, len, f) != len) { perror(path); exit(2); }
  fclose(f);
  return path;
}

static const char *write_text(const char *name, const char *text) {
  return write_file(name, text, strlen(text));
}

static const char *write_gzip(const char *name, const void *data, size_t len) {
  const char *path = fixture(name);
  gzFile gz = gzopen(path, "wb");
  if (!gz || (len && gzwrite(gz, data, (unsigned)len) != (int)len)) { perror(path); exit(2); }
  gzclose(gz);
  return path;
}

static hd_reader *open_ok(const char *path) {
  hd_status st = HD_ERR_ARG;
  char err[256];
  hd_reader *r = hd_reader_open(path, &st, err, sizeof err);
  if (!r) { fprintf(stderr, "cannot open %s: %s\n", path, err); exit(2); }
  CHECK_INT(st, HD_OK);
  return r;
}

/* Expects one skipped article and a message "PATH:LINE: WHY" (no ":LINE"
** when LINE is 0). */
static void expect_skip(hd_reader *r, const char *path, size_t line, hd_skip why, const char *msg_tail) {
  const hd_article *a = NULL;
  CHECK_INT(hd_reader_next(r, &a), HD_SKIP);
  CHECK_INT(hd_article_skip(a), why);
  CHECK_INT(hd_article_line(a), line);
  char want[512];
  if (line) snprintf(want, sizeof want, "%s:%zu: %s", path, line, msg_tail);
  else snprintf(want, sizeof want, "%s: %s", path, msg_tail);
  CHECK_STR(hd_article_message(a), want);
}

static void test_plain_ids(void) {
  static const struct { const char *name, *id; } cases[] = {
    { "cairo-17.txt", "cairo-17" }, { "report.v2.text", "report.v2" }, { "noext", "noext" },
    { "news.JSON", "news" }, { "x.tar", "x.tar" }, { ".txt", ".txt" },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const char *path = write_text(cases[i].name, "قال الرئيس");
    hd_reader *r = open_ok(path);
    const hd_article *a = NULL;
    CHECK_INT(hd_reader_next(r, &a), HD_OK);
    CHECK_STR(hd_article_id(a), cases[i].id);
    CHECK_STR(hd_article_text(a), "قال الرئيس");
    CHECK_STR(hd_article_file(a), path);
    CHECK_INT(hd_article_line(a), 0);
    CHECK(hd_article_date(a) == NULL);
    CHECK_INT(hd_article_skip(a), HD_SKIP_NONE);
    CHECK_STR(hd_article_message(a), "");
    CHECK_INT(hd_reader_next(r, &a), HD_END);
    CHECK_INT(hd_reader_next(r, &a), HD_END);
    hd_reader_close(r);
  }
}

static void test_plain_gzip_crlf_bom(void) {
  const char text[] = "\xEF\xBB\xBF\r\n  \xD8\xA3\r\nsecond line\r\n";
  const char *path = write_gzip("article.txt.gz", text, sizeof text - 1);
  hd_reader *r = open_ok(path);
  const hd_article *a = NULL;
  CHECK_INT(hd_reader_next(r, &a), HD_OK);
  CHECK_STR(hd_article_id(a), "article");
  CHECK_STR(hd_article_text(a), "\xD8\xA3\nsecond line\n");
  CHECK_INT(hd_article_text_len(a), strlen("\xD8\xA3\nsecond line\n"));
  CHECK_INT(hd_reader_next(r, &a), HD_END);
  hd_reader_close(r);
}

static void test_plain_skips(void) {
  const char *path = write_text("blank.txt", " \n\t\r\n \xC2\xA0 \n");
  hd_reader *r = open_ok(path);
  expect_skip(r, path, 0, HD_SKIP_EMPTY, "empty article");
  hd_reader_close(r);

  path = write_text("empty.txt", "");
  r = open_ok(path);
  const hd_article *a = NULL;
  expect_skip(r, path, 0, HD_SKIP_EMPTY, "empty article");
  hd_reader_next(r, &a);
  CHECK_STR(hd_article_id(a), "empty");
  CHECK_INT(hd_reader_next(r, &a), HD_END);
  hd_reader_close(r);

  path = write_text("latin1.txt", "abc caf\xE9 d");
  r = open_ok(path);
  expect_skip(r, path, 0, HD_SKIP_INVALID_UTF8, "invalid UTF-8 at byte 8");
  hd_reader_close(r);

  path = write_file("nul.txt", "ab\0cd", 5);
  r = open_ok(path);
  expect_skip(r, path, 0, HD_SKIP_NUL_BYTE, "NUL byte at byte 3");
  hd_reader_close(r);

  size_t big = HD_MAX_ARTICLE_BYTES + 10;
  char *data = malloc(big);
  memset(data, 'a', big);
  path = write_file("big.txt", data, big);
  r = open_ok(path);
  char want[128];
  snprintf(want, sizeof want, "file of %zu bytes is longer than the limit of %u bytes", big,
           HD_MAX_ARTICLE_BYTES);
  expect_skip(r, path, 0, HD_SKIP_TOO_LONG, want);
  CHECK_INT(hd_reader_next(r, &a), HD_END);
  hd_reader_close(r);

  /* Exactly at the limit is still an article. */
  path = write_file("limit.txt", data, HD_MAX_ARTICLE_BYTES);
  r = open_ok(path);
  CHECK_INT(hd_reader_next(r, &a), HD_OK);
  CHECK_INT(hd_article_text_len(a), HD_MAX_ARTICLE_BYTES);
  hd_reader_close(r);
  free(data);
}

static void test_jsonl_fields(void) {
  const char *path = write_text("data.jsonl",
    "{\"id\":\"a1\",\"text\":\"\xD9\x86\xD8\xB5\",\"date\":\"2021-13-45\",\"title\":\"T\","
    "\"source\":\"S\",\"url\":\"http://x\",\"extra\":[1,2]}\n"
    "{\"id\":42,\"text\":\"b\",\"date\":20210101,\"title\":null}\n"
    "{\"text\":\"c\",\"id\":null}\n"
    "{\"id\":12.5,\"text\":\"d\"}\n"
    "{\"id\":\"\",\"text\":\"e\",\"source\":\"\"}\n"
    "{\"id\":-7,\"text\":\"\\u0627 \\\"q\\\"\"}");
  hd_reader *r = open_ok(path);
  const hd_article *a = NULL;
  char fallback[300];

  CHECK_INT(hd_reader_next(r, &a), HD_OK);
  CHECK_STR(hd_article_id(a), "a1");
  CHECK_STR(hd_article_text(a), "\xD9\x86\xD8\xB5");
  CHECK_STR(hd_article_date(a), "2021-13-45");
  CHECK_STR(hd_article_title(a), "T");
  CHECK_STR(hd_article_source(a), "S");
  CHECK_STR(hd_article_url(a), "http://x");
  CHECK_STR(hd_article_file(a), path);
  CHECK_INT(hd_article_line(a), 1);

  CHECK_INT(hd_reader_next(r, &a), HD_OK);
  CHECK_STR(hd_article_id(a), "42");
  CHECK(hd_article_date(a) == NULL);
  CHECK(hd_article_title(a) == NULL);
  CHECK(hd_article_source(a) == NULL);
  CHECK(hd_article_url(a) == NULL);
  CHECK_INT(hd_article_line(a), 2);

  CHECK_INT(hd_reader_next(r, &a), HD_OK);
  snprintf(fallback, sizeof fallback, "%s:3", path);
  CHECK_STR(hd_article_id(a), fallback);

  CHECK_INT(hd_reader_next(r, &a), HD_OK);
  CHECK_STR(hd_article_id(a), "12.5");

  CHECK_INT(hd_reader_next(r, &a), HD_OK);
  snprintf(fallback, sizeof fallback, "%s:5", path);
  CHECK_STR(hd_article_id(a), fallback);
  CHECK(hd_article_source(a) == NULL);

  /* The last line has no newline; it still counts. */
  CHECK_INT(hd_reader_next(r, &a), HD_OK);
  CHECK_STR(hd_article_id(a), "-7");
  CHECK_STR(hd_article_text(a), "\xD8\xA7 \"q\"");
  CHECK_INT(hd_article_line(a), 6);
  CHECK_INT(hd_reader_next(r, &a), HD_END);
  hd_reader_close(r);
}

static void test_jsonl_blank_crlf_bom_gzip(void) {
  const char text[] = "\xEF\xBB\xBF\r\n\n  {\"id\":\"x\",\"text\":\"one\"}\r\n"
                      "\r\n   \t\n"
                      "{\"id\":\"y\",\"text\":\"two\\r\\n\"}  \r\n\n";
  const char *path = write_gzip("crlf.jsonl.gz", text, sizeof text - 1);
  hd_reader *r = open_ok(path);
  const hd_article *a = NULL;
  CHECK_INT(hd_reader_next(r, &a), HD_OK);
  CHECK_STR(hd_article_id(a), "x");
  CHECK_STR(hd_article_text(a), "one");
  CHECK_INT(hd_article_line(a), 3);
  CHECK_INT(hd_reader_next(r, &a), HD_OK);
  CHECK_STR(hd_article_id(a), "y");
  CHECK_STR(hd_article_text(a), "two\r\n");
  CHECK_INT(hd_article_line(a), 6);
  CHECK_INT(hd_reader_next(r, &a), HD_END);
  hd_reader_close(r);
}

static void test_jsonl_skips(void) {
  static const char text[] =
    "{\"id\":\"e1\",\"text\":\"\"}\n"                          /* 1 empty */
    "{\"id\":\"e2\",\"text\":\" \\n\\t\\u00a0\\u200f \"}\n"   /* 2 white space only */
    "{\"id\":\"u\",\"text\":\"ab\xFF\"}\n"                     /* 3 invalid UTF-8 at byte 21 */
    "{\"id\":\"n\",\"text\":\"a\0b\"}\n"                       /* 4 raw NUL at byte 20 */
    "{\"id\":\"z\",\"text\":\"ab\\u0000c\"}\n"                 /* 5 escaped NUL */
    "foo\n"                                                    /* 6 not JSON */
    "[1,2]\n"                                                  /* 7 not an object */
    "{\"id\":\"t\"}\n"                                         /* 8 no text */
    "{\"id\":\"t2\",\"text\":7}\n"                             /* 9 text not a string */
    "{\"id\":\"g\",\"text\":\"x\"} junk\n"                     /* 10 trailing garbage */
    "{\"id\":\"ok\",\"text\":\"fine\"}\n"                      /* 11 */
    "\xED\xA0\x80\n";                                          /* 12 surrogate */
  const char *path = write_file("skips.jsonl", text, sizeof text - 1);
  hd_reader *r = open_ok(path);
  const hd_article *a = NULL;
  char id[300];

  expect_skip(r, path, 1, HD_SKIP_EMPTY, "empty article (no text and no title)");
  hd_reader_next(r, &a);
  CHECK_STR(hd_article_id(a), "e2");
  CHECK_INT(hd_article_skip(a), HD_SKIP_EMPTY);
  expect_skip(r, path, 3, HD_SKIP_INVALID_UTF8, "invalid UTF-8 at byte 21");
  expect_skip(r, path, 4, HD_SKIP_NUL_BYTE, "NUL byte at byte 20");
  expect_skip(r, path, 5, HD_SKIP_NUL_BYTE, "NUL character in \"text\" at byte 3");
  hd_reader_next(r, &a);
  CHECK_INT(hd_article_skip(a), HD_SKIP_BAD_JSON);
  CHECK_INT(hd_article_line(a), 6);
  CHECK(strstr(hd_article_message(a), ":6: not valid JSON: ") != NULL);
  CHECK(strstr(hd_article_message(a), "'foo'") != NULL);
  snprintf(id, sizeof id, "%s:6", path);
  CHECK_STR(hd_article_id(a), id);
  expect_skip(r, path, 7, HD_SKIP_BAD_JSON, "not valid JSON: a JSON object expected");
  expect_skip(r, path, 8, HD_SKIP_NO_TEXT, "no \"text\" string");
  hd_reader_next(r, &a);
  CHECK_STR(hd_article_id(a), "t2");
  CHECK_INT(hd_article_skip(a), HD_SKIP_NO_TEXT);
  hd_reader_next(r, &a);
  CHECK_INT(hd_article_skip(a), HD_SKIP_BAD_JSON);
  CHECK_INT(hd_article_line(a), 10);
  CHECK_INT(hd_reader_next(r, &a), HD_OK);
  CHECK_STR(hd_article_id(a), "ok");
  CHECK_INT(hd_article_skip(a), HD_SKIP_NONE);
  CHECK_STR(hd_article_message(a), "");
  expect_skip(r, path, 12, HD_SKIP_INVALID_UTF8, "invalid UTF-8 at byte 1");
  CHECK_INT(hd_reader_next(r, &a), HD_END);
  hd_reader_close(r);
}

/* A line over the limit is skipped, and the lines around it still come
** through; the same when the long line ends the file without a newline. */
/* A headline with an empty text is an article: its title is its text. */
static void test_jsonl_title_only(void) {
  static const char text[] =
    "{\"id\":\"h\",\"title\":\"عنوان الخبر\",\"text\":\" \"}\n"
    "{\"id\":\"b\",\"title\":\"  \",\"text\":\"\"}\n";
  const char *path = write_file("titles.jsonl", text, sizeof text - 1);
  hd_reader *r = open_ok(path);
  const hd_article *a = NULL;
  CHECK_INT(hd_reader_next(r, &a), HD_OK);
  CHECK_STR(hd_article_text(a), "عنوان الخبر");
  CHECK_STR(hd_article_title(a), "عنوان الخبر");
  expect_skip(r, path, 2, HD_SKIP_EMPTY, "empty article (no text and no title)");
  CHECK_INT(hd_reader_next(r, &a), HD_END);
  hd_reader_close(r);
}

static void test_long_line(void) {
  size_t long_len = HD_MAX_ARTICLE_BYTES + 100000;
  const char head[] = "{\"id\":\"before\",\"text\":\"a\"}\n{\"id\":\"long\",\"text\":\"";
  const char tail[] = "\"}\r\n{\"id\":\"after\",\"text\":\"b\"}\n";
  size_t total = sizeof head - 1 + long_len + sizeof tail - 1;
  char *data = malloc(total + 10);
  char *p = data;
  memcpy(p, head, sizeof head - 1); p += sizeof head - 1;
  memset(p, 'x', long_len); p += long_len;
  memcpy(p, tail, sizeof tail - 1);
  size_t line_bytes = strlen("{\"id\":\"long\",\"text\":\"") + long_len + 2 + 1; /* with the \r */
  char want[128];
  snprintf(want, sizeof want, "line of %zu bytes is longer than the limit of %u bytes", line_bytes,
           HD_MAX_ARTICLE_BYTES);

  for (int gz = 0; gz < 2; gz++) {
    const char *path = gz ? write_gzip("long.jsonl.gz", data, total) : write_file("long.jsonl", data, total);
    hd_reader *r = open_ok(path);
    const hd_article *a = NULL;
    CHECK_INT(hd_reader_next(r, &a), HD_OK);
    CHECK_STR(hd_article_id(a), "before");
    expect_skip(r, path, 2, HD_SKIP_TOO_LONG, want);
    CHECK_INT(hd_reader_next(r, &a), HD_OK);
    CHECK_STR(hd_article_id(a), "after");
    CHECK_INT(hd_article_line(a), 3);
    CHECK_INT(hd_reader_next(r, &a), HD_END);
    hd_reader_close(r);
  }

  /* The long line last, without a newline. */
  size_t cut = sizeof head - 1 + long_len;
  const char *path = write_file("longlast.jsonl", data, cut);
  hd_reader *r = open_ok(path);
  const hd_article *a = NULL;
  CHECK_INT(hd_reader_next(r, &a), HD_OK);
  CHECK_INT(hd_reader_next(r, &a), HD_SKIP);
  CHECK_INT(hd_article_skip(a), HD_SKIP_TOO_LONG);
  CHECK_INT(hd_reader_next(r, &a), HD_END);
  hd_reader_close(r);
  free(data);
}

/* Text that does not compress well, so that a cut falls mid-stream. */
static char *noisy_jsonl(int lines, size_t *len) {
  size_t cap = (size_t)lines * 120, n = 0;
  char *data = malloc(cap);
  unsigned seed = 12345;
  for (int i = 0; i < lines; i++) {
    n += (size_t)snprintf(data + n, cap - n, "{\"id\":\"%d\",\"text\":\"", i);
    for (int k = 0; k < 60; k++) {
      seed = seed * 1103515245u + 12345u;
      data[n++] = (char)('a' + (seed >> 16) % 26);
    }
    n += (size_t)snprintf(data + n, cap - n, "\"}\n");
  }
  *len = n;
  return data;
}

static void truncate_copy(const char *from, const char *to, long keep) {
  FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
  for (long i = 0; i < keep; i++) {
    int c = getc(in);
    if (c == EOF) break;
    putc(c, out);
  }
  fclose(in);
  fclose(out);
}

static long file_size(const char *path) {
  FILE *f = fopen(path, "rb");
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fclose(f);
  return n;
}

/* Reads everything; returns the number of good articles, and the final
** status in *LAST. */
static int drain(hd_reader *r, hd_status *last, int *skips) {
  const hd_article *a = NULL;
  int ok = 0;
  hd_status st;
  *skips = 0;
  while ((st = hd_reader_next(r, &a)) == HD_OK || st == HD_SKIP) {
    if (st == HD_OK) ok++;
    else (*skips)++;
  }
  *last = st;
  return ok;
}

static void test_truncated_gzip(void) {
  size_t len;
  char *data = noisy_jsonl(3000, &len);
  char whole[256], half[256], notrailer[256];
  snprintf(whole, sizeof whole, "%s", write_gzip("whole.jsonl.gz", data, len));
  snprintf(half, sizeof half, "%s", fixture("half.jsonl.gz"));
  snprintf(notrailer, sizeof notrailer, "%s", fixture("notrailer.jsonl.gz"));
  long size = file_size(whole);
  truncate_copy(whole, half, size / 2);
  truncate_copy(whole, notrailer, size - 8);

  hd_status last;
  int skips;
  hd_reader *r = open_ok(whole);
  CHECK_INT(drain(r, &last, &skips), 3000);
  CHECK_INT(last, HD_END);
  CHECK_STR(hd_reader_error(r), "");
  hd_reader_close(r);

  r = open_ok(half);
  int ok = drain(r, &last, &skips);
  CHECK(ok > 500 && ok < 3000);
  CHECK_INT(skips, 0);
  CHECK_INT(last, HD_ERR_IO);
  CHECK(strncmp(hd_reader_error(r), half, strlen(half)) == 0);
  CHECK(strstr(hd_reader_error(r), "truncated") != NULL);
  const hd_article *a = NULL;
  CHECK_INT(hd_reader_next(r, &a), HD_END);
  hd_reader_close(r);

  /* Every line is there, but the stream has no end: still an error. */
  r = open_ok(notrailer);
  CHECK_INT(drain(r, &last, &skips), 3000);
  CHECK_INT(last, HD_ERR_IO);
  hd_reader_close(r);

  /* A cut plain-text article is not delivered. */
  snprintf(whole, sizeof whole, "%s", write_gzip("plain.txt.gz", "x", 0));
  char *text = malloc(len);
  memcpy(text, data, len);
  text[0] = 'x';
  snprintf(whole, sizeof whole, "%s", write_gzip("plain.txt.gz", text, len));
  snprintf(half, sizeof half, "%s", fixture("plainhalf.txt.gz"));
  truncate_copy(whole, half, file_size(whole) / 2);
  r = open_ok(half);
  CHECK_INT(hd_reader_next(r, &a), HD_ERR_IO);
  CHECK(strstr(hd_reader_error(r), "plainhalf.txt.gz: read error") != NULL);
  CHECK_INT(hd_reader_next(r, &a), HD_END);
  hd_reader_close(r);
  free(text);
  free(data);
}

static void test_open_errors(void) {
  hd_status st = HD_OK;
  char err[256];
  const char *path = fixture("missing.jsonl");
  CHECK(hd_reader_open(path, &st, err, sizeof err) == NULL);
  CHECK_INT(st, HD_ERR_IO);
  char want[300];
  snprintf(want, sizeof want, "%s: No such file or directory", path);
  CHECK_STR(err, want);

  st = HD_OK;
  CHECK(hd_reader_open(dir, &st, err, sizeof err) == NULL);
  CHECK_INT(st, HD_ERR_IO);
  CHECK(strstr(err, "directory") != NULL);
}

static void test_standalone_article(void) {
  hd_article *a = hd_article_new(NULL, "abc\0def", 7);
  CHECK(a != NULL);
  CHECK_STR(hd_article_id(a), "text");
  CHECK_INT(hd_article_text_len(a), 7);
  CHECK(memcmp(hd_article_text(a), "abc\0def", 8) == 0);
  CHECK(hd_article_date(a) == NULL);
  CHECK_STR(hd_article_file(a), "");
  CHECK_INT(hd_article_skip(a), HD_SKIP_NONE);

  CHECK_INT(hd_article_set_date(a, "2024-02-29"), HD_OK);
  CHECK_STR(hd_article_date(a), "2024-02-29");
  CHECK_INT(hd_article_set_date(a, "2021-06-30T12:00:00Z"), HD_OK);
  CHECK_STR(hd_article_date(a), "2021-06-30");
  CHECK_INT(hd_article_set_date(a, "2000-02-29 08:00"), HD_OK);
  CHECK_STR(hd_article_date(a), "2000-02-29");
  static const char *const bad[] = {
    "2023-02-29", "1900-02-29", "2021-04-31", "2021-13-01", "2021-00-10", "2021-01-00",
    "2021-1-01", "2021/01/01", "20210101", "", "2021-01-011", "0000-01-01", "2021-01-3a",
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    CHECK_INT(hd_article_set_date(a, bad[i]), HD_ERR_ARG);
    CHECK_STR(hd_article_date(a), "2000-02-29");
  }
  CHECK_INT(hd_article_set_date(a, NULL), HD_OK);
  CHECK(hd_article_date(a) == NULL);
  hd_article_free(a);

  a = hd_article_new("s1", "", 0);
  CHECK_STR(hd_article_id(a), "s1");
  CHECK_STR(hd_article_text(a), "");
  hd_article_free(a);
  hd_article_free(NULL);
}

static void test_names(void) {
  static const char *const names[HD_SKIP_COUNT] = {
    "none", "empty", "invalid-utf8", "nul-byte", "too-long", "bad-json", "no-text",
  };
  for (int i = 0; i < HD_SKIP_COUNT; i++) CHECK_STR(hd_skip_name((hd_skip)i), names[i]);
  CHECK(hd_skip_name(HD_SKIP_COUNT) != NULL);
  for (int i = HD_OK; i <= HD_ERR_ARG + 1; i++) {
    const char *m = hd_status_message((hd_status)i);
    CHECK(m != NULL && m[0] != 0);
  }
  CHECK_STR(hd_status_message(HD_ERR_NOMEM), "out of memory");
}

/* Removes the fixtures; the directory holds only files written above. */
static void remove_fixtures(void) {
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
}

static int same_str(const char *a, const char *b) {
  return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Splitting lines off with hd_reader_next_raw() and parsing them with
** hd_article_parse() gives, article for article, what hd_reader_next()
** gives: the same statuses, fields, places and messages.  Articles are
** reused, three in turn, as a batch reuses them; each is parsed after the
** next is split off, as workers parse while the reader goes on. */
static void test_raw_matches_next(void) {
  DIR *d = opendir(dir);
  struct dirent *e;
  int files = 0;
  while (d && (e = readdir(d))) {
    char name[101];
    if (e->d_name[0] == '.' || strlen(e->d_name) >= sizeof name) continue;
    memcpy(name, e->d_name, strlen(e->d_name) + 1);
    const char *path = fixture(name);
    hd_status st, st2;
    hd_reader *r = hd_reader_open(path, &st, NULL, 0), *r2 = hd_reader_open(path, &st2, NULL, 0);
    if (!r || !r2) { hd_reader_close(r); hd_reader_close(r2); continue; }
    files++;
    hd_article *pool[3] = {hd_article_new(NULL, NULL, 0), hd_article_new(NULL, NULL, 0), hd_article_new(NULL, NULL, 0)};
    const hd_article *a;
    int same = 1;
    for (size_t k = 0;; k++) {
      st = hd_reader_next(r, &a);
      hd_article *b = pool[k % 3];
      st2 = hd_reader_next_raw(r2, b);
      if (st != HD_OK && st != HD_SKIP) { same = same && st2 == st; break; }
      if (st2 != HD_OK) { same = 0; break; }
      st2 = hd_article_parse(b);
      same = same && st2 == st && hd_article_parse(b) == st && same_str(hd_article_id(a), hd_article_id(b)) &&
             hd_article_text_len(a) == hd_article_text_len(b) && same_str(hd_article_text(a), hd_article_text(b)) &&
             same_str(hd_article_title(a), hd_article_title(b)) && same_str(hd_article_date(a), hd_article_date(b)) &&
             same_str(hd_article_source(a), hd_article_source(b)) && same_str(hd_article_url(a), hd_article_url(b)) &&
             same_str(hd_article_category(a), hd_article_category(b)) && same_str(hd_article_file(a), hd_article_file(b)) &&
             hd_article_line(a) == hd_article_line(b) && hd_article_skip(a) == hd_article_skip(b) &&
             same_str(hd_article_message(a), hd_article_message(b));
    }
    if (!same) fprintf(stderr, "raw and parsed differ from hd_reader_next() on %s\n", name);
    CHECK(same);
    for (int k = 0; k < 3; k++) hd_article_free(pool[k]);
    hd_reader_close(r);
    hd_reader_close(r2);
  }
  if (d) closedir(d);
  CHECK(files >= 10);
}

int main(void) {
  const char *tmp = getenv("TMPDIR");
  snprintf(dir, sizeof dir, "%s/hadath-reader-XXXXXX", tmp && strlen(tmp) < 30 ? tmp : "/tmp");
  if (!mkdtemp(dir)) { perror("mkdtemp"); return 2; }
  test_plain_ids();
  test_plain_gzip_crlf_bom();
  test_plain_skips();
  test_jsonl_fields();
  test_jsonl_blank_crlf_bom_gzip();
  test_jsonl_skips();
  test_jsonl_title_only();
  test_long_line();
  test_truncated_gzip();
  test_open_errors();
  test_standalone_article();
  test_names();
  test_raw_matches_next();
  remove_fixtures();
  return unit_report("reader");
}
