/*
** fuzz/jsonl.c: libFuzzer harness for JSON Lines input: the input, after
** a first line "{}" that makes sure it is read as JSON Lines, goes through
** the reader from one temporary file reused from run to run.  Each line
** must become a ready article or a skipped one whose message gives
** file:line, with line numbers rising; ready articles are then coded with
** the built-in dictionaries, so that the metadata the reader takes from
** JSON (title, date, id) reaches the coder and the writers.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hadath.h"
#include "normalize/normalize.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char path[64];
static hd_dict *dict;
static FILE *sink;

static void cleanup(void) {
  if (path[0]) unlink(path);
  hd_dict_free(dict);
  if (sink) fclose(sink);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc; (void)argv;
  snprintf(path, sizeof path, "/tmp/hadath-fuzz-jsonl-XXXXXX");
  int fd = mkstemp(path);
  if (fd < 0) { perror("mkstemp"); abort(); }
  close(fd);
  char err[256];
  dict = hd_dict_new();
  if (!dict || hd_dict_load_builtin(dict, err, sizeof err) != HD_OK) { fprintf(stderr, "%s\n", err); abort(); }
  sink = fopen("/dev/null", "w");
  if (!sink) abort();
  atexit(cleanup);
  return 0;
}

static int on_event(const hd_event *ev, void *user) {
  (void)user;
  if (!hd_event_str(ev, HD_FIELD_SOURCE)[0] || !hd_event_str(ev, HD_FIELD_CODE)[0]) abort();
  if (hd_event_quad(ev) < 1 || hd_event_quad(ev) > 4 || hd_event_sentence(ev) < 0) abort();
  hd_write_event(ev, NULL, NULL, HD_FORMAT_JSON, sink);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  FILE *f = fopen(path, "wb");
  if (!f) abort();
  fputs("{}\n", f);
  if (size && fwrite(data, 1, size, f) != size) abort();
  fclose(f);

  size_t newlines = 1;
  for (size_t i = 0; i < size; i++) newlines += data[i] == '\n';

  hd_status st;
  char err[256];
  hd_reader *r = hd_reader_open(path, &st, err, sizeof err);
  if (!r) abort();
  hd_coder *c = hd_coder_new(dict, NULL, &st);
  if (!c) abort();
  const hd_article *a;
  size_t last_line = 0;
  char where[96];
  while ((st = hd_reader_next(r, &a)) == HD_OK || st == HD_SKIP) {
    size_t line = hd_article_line(a);
    if (line <= last_line || line > newlines + 1) abort();
    last_line = line;
    if (st == HD_SKIP) {
      snprintf(where, sizeof where, "%s:%zu: ", path, line);
      if (strncmp(hd_article_message(a), where, strlen(where)) != 0) abort();
      if (line == 1 && hd_article_skip(a) != HD_SKIP_NO_TEXT) abort();
      continue;
    }
    if (line == 1) abort();
    const char *text = hd_article_text(a);
    size_t len = hd_article_text_len(a);
    if (!hd_article_id(a)[0] || strlen(text) != len || !hd_utf8_valid(text, len)) abort();
    const char *date = hd_article_date(a);
    if (date) (void)strlen(date);
    hd_status cs = hd_code_article(c, a, on_event, NULL);
    if (cs != HD_OK && cs != HD_SKIP) abort();
  }
  if (st != HD_END) abort();
  hd_coder_free(c);
  hd_reader_close(r);
  return 0;
}
