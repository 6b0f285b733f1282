/*
** fuzz/reader.c: libFuzzer harness for the article reader (src/read).
**
** The first byte of the input chooses how the rest reaches the reader:
** written as it is (plain text or JSON Lines, told from the content), or
** gzip-compressed, or gzip-compressed and cut short.  The bytes go to one
** temporary file, reused from run to run, because the reader opens paths.
** Every article must come out either ready (NUL-free valid UTF-8 no longer
** than the limit, with an id) or skipped with a reason and a message that
** names the file; anything else aborts.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "hadath.h"
#include "normalize/normalize.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char path[64];

static void remove_temp(void) {
  if (path[0]) unlink(path);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc; (void)argv;
  snprintf(path, sizeof path, "/tmp/hadath-fuzz-reader-XXXXXX");
  int fd = mkstemp(path);
  if (fd < 0) { perror("mkstemp"); abort(); }
  close(fd);
  atexit(remove_temp);
  return 0;
}

static void write_plain(const uint8_t *p, size_t n) {
  FILE *f = fopen(path, "wb");
  if (!f) abort();
  if (n && fwrite(p, 1, n, f) != n) abort();
  fclose(f);
}

/* Gzip of P; with CUT, only the first two thirds of the stream. */
static void write_gzip(const uint8_t *p, size_t n, int cut) {
  gzFile gz = gzopen(path, "wb");
  if (!gz) abort();
  if (n && gzwrite(gz, p, (unsigned)n) != (int)n) abort();
  gzclose(gz);
  if (!cut) return;
  FILE *f = fopen(path, "rb");
  if (!f) abort();
  fseek(f, 0, SEEK_END);
  long len = ftell(f);
  fclose(f);
  if (truncate(path, len * 2 / 3) != 0) abort();
}

static void check_article(const hd_article *a, hd_status st) {
  const char *id = hd_article_id(a), *text = hd_article_text(a);
  size_t len = hd_article_text_len(a);
  if (!id || !text || !hd_article_message(a) || !hd_article_file(a)) abort();
  if (strcmp(hd_article_file(a), path) != 0) abort();
  if (st == HD_OK) {
    if (hd_article_skip(a) != HD_SKIP_NONE || !id[0]) abort();
    if (len > HD_MAX_ARTICLE_BYTES || strlen(text) != len || !hd_utf8_valid(text, len)) abort();
    const char *date = hd_article_date(a);
    if (date) (void)strlen(date);
    hd_article *c = hd_article_clone(a);
    if (!c || hd_article_text_len(c) != len || memcmp(hd_article_text(c), text, len) != 0) abort();
    hd_article_free(c);
  } else {
    hd_skip why = hd_article_skip(a);
    const char *msg = hd_article_message(a);
    if (why <= HD_SKIP_NONE || why >= HD_SKIP_COUNT) abort();
    if (strncmp(msg, path, strlen(path)) != 0 || msg[strlen(path)] != ':') abort();
    if (!hd_skip_name(why)[0]) abort();
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0) return 0;
  int mode = data[0] % 3;
  if (mode == 0) write_plain(data + 1, size - 1);
  else write_gzip(data + 1, size - 1, mode == 2);

  hd_status st;
  char err[256];
  hd_reader *r = hd_reader_open(path, &st, err, sizeof err);
  if (!r) abort();
  const hd_article *a;
  size_t count = 0;
  while ((st = hd_reader_next(r, &a)) == HD_OK || st == HD_SKIP) {
    check_article(a, st);
    if (++count > size + 1) abort();   /* more articles than lines */
  }
  if (st == HD_ERR_IO && !hd_reader_error(r)[0]) abort();
  if (st != HD_END && st != HD_ERR_IO) abort();
  /* after the end, the reader stays at the end */
  st = hd_reader_next(r, &a);
  if (st != HD_END) abort();
  hd_reader_close(r);
  return 0;
}
