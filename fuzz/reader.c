/*
** fuzz/reader.c: libFuzzer harness for the article reader (src/read).
**
** The first byte of the input chooses how the rest reaches the reader:
** written as it is (plain text or JSON Lines, told from the content), or
** gzip-compressed, or gzip-compressed and cut short; and whether the reader
** opens the file by its name or as standard input ("-").  The bytes go to
** one temporary file, reused from run to run, because the reader opens
** paths.
**
** Every article must come out either ready (NUL-free valid UTF-8 no longer
** than the limit, with an id) or skipped with a reason and a message that
** names the file; anything else aborts.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
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

/* The name the reader gives its input, and the one its messages use. */
static const char *file_name, *message_name;

static void check_article(const hd_article *a, hd_status st) {
  const char *id = hd_article_id(a), *text = hd_article_text(a);
  size_t len = hd_article_text_len(a);
  if (!id || !text || !hd_article_message(a) || !hd_article_file(a)) abort();
  if (strcmp(hd_article_file(a), file_name) != 0) abort();
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
    size_t k = strlen(message_name);
    if (strncmp(msg, message_name, k) != 0 || msg[k] != ':') abort();
    if (!hd_skip_name(why)[0]) abort();
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0) return 0;
  int mode = data[0] % 3;
  if (mode == 0) write_plain(data + 1, size - 1);
  else write_gzip(data + 1, size - 1, mode == 2);

  int use_stdin = data[0] / 3 % 2;
  file_name = use_stdin ? "-" : path;
  message_name = use_stdin ? "stdin" : path;
  if (use_stdin) {
    int fd = open(path, O_RDONLY);
    if (fd < 0 || dup2(fd, STDIN_FILENO) < 0) abort();
    close(fd);
  }

  hd_status st;
  char err[256];
  hd_reader *r = hd_reader_open(file_name, &st, err, sizeof err);
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
