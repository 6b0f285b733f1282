/*
** fuzz/coder.c: libFuzzer harness for the whole coder (src/code with
** everything under it), with the built-in dictionaries loaded once.
**
** The input is cut into articles at NUL bytes and at newlines (a blank
** line is kept inside an article, so that headers and paragraphs still
** occur); each article is coded by one coder made for the run, as the
** command does, and the events are checked and written in both formats.
** A hash of the input decides, the same way every time, whether an article
** carries a date of its own, whether the coder has a fallback date, and
** whether the article is also explained into /dev/null or tallied for gaps.
** For one input in eight, the whole input repeated past 16 KB is coded as
** one more article, so that short inputs still reach the sentence limits
** (8 KiB, 1,024 tokens) and the pieces they cut.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hadath.h"
#include "normalize/normalize.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define SENTENCE_EVENTS 64   /* events one sentence may give at most */
#define LONG_BYTES 16384     /* length of the repeated article */

static hd_dict *dict;
static FILE *devnull;

static void cleanup(void) {
  hd_dict_free(dict);
  if (devnull) fclose(devnull);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc; (void)argv;
  char err[256];
  dict = hd_dict_new();
  if (!dict || hd_dict_load_builtin(dict, err, sizeof err) != HD_OK) { fprintf(stderr, "%s\n", err); abort(); }
  devnull = fopen("/dev/null", "w");
  if (!devnull) abort();
  atexit(cleanup);
  return 0;
}

typedef struct tally {
  int valid;          /* the article is valid UTF-8 */
  int sentence;       /* sentence of the last event */
  size_t in_sentence; /* events of that sentence */
  size_t events;
} tally;

static int on_event(const hd_event *ev, void *user) {
  tally *t = user;
  int s = hd_event_sentence(ev);
  if (s < 0 || s < t->sentence) abort();   /* events come in text order */
  t->in_sentence = s == t->sentence ? t->in_sentence + 1 : 1;
  t->sentence = s;
  if (t->in_sentence > SENTENCE_EVENTS) abort();
  t->events++;
  if (hd_event_quad(ev) < 1 || hd_event_quad(ev) > 4) abort();
  double g = hd_event_goldstein(ev);
  if (!(g >= -10 && g <= 10)) abort();
  const char *src = hd_event_str(ev, HD_FIELD_SOURCE), *code = hd_event_str(ev, HD_FIELD_CODE);
  if (!src[0] || strlen(code) < 2 || strlen(code) > 4) abort();
  if (!strcmp(src, hd_event_str(ev, HD_FIELD_TARGET))) abort();   /* nobody acts on itself */
  const char *date = hd_event_str(ev, HD_FIELD_DATE);
  if (date && strlen(date) != 10) abort();
  for (int f = 0; f < HD_FIELD_COUNT; f++) {
    const char *v = hd_event_str(ev, (hd_field)f);
    if (!v) {
      if (f != HD_FIELD_DATE && f != HD_FIELD_LOCATION && f != HD_FIELD_LOCATION_COUNTRY) abort();
      continue;
    }
    if (t->valid && !hd_utf8_valid(v, strlen(v))) abort();
  }
  hd_write_event(ev, NULL, dict, HD_FORMAT_JSON, devnull);
  hd_write_event(ev, NULL, dict, HD_FORMAT_TSV, devnull);
  hd_write_event(ev, NULL, dict, HD_FORMAT_PLOVER, devnull);
  double lat, lon;
  if (hd_event_coords(ev, dict, &lat, &lon) && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) abort();
  return 0;
}

static uint32_t hash(const uint8_t *p, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) { h ^= p[i]; h *= 16777619u; }
  return h;
}

/* End of the article starting at I: the next NUL, or a newline that is
** not part of a blank line. */
static size_t article_end(const uint8_t *p, size_t n, size_t i) {
  for (; i < n; i++) {
    if (p[i] == 0) return i;
    if (p[i] == '\n' && !(i + 1 < n && p[i + 1] == '\n') && !(i > 0 && p[i - 1] == '\n')) return i;
  }
  return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  uint32_t h = hash(data, size);
  hd_status st;
  hd_coder *c = hd_coder_new(dict, h & 1 ? "2021-03-04" : NULL, &st);
  hd_gaps *g = hd_gaps_new();
  if (!c || !g) abort();
  size_t i = 0, k = 0;
  while (i <= size) {
    size_t e = article_end(data, size, i);
    char id[32];
    snprintf(id, sizeof id, "a%zu", k);
    hd_article *a = hd_article_new(id, (const char *)data + i, e - i);
    if (!a) abort();
    if ((h >> (1 + k % 8)) & 1 && hd_article_set_date(a, "2019-11-30") != HD_OK) abort();
    tally t = {hd_utf8_valid((const char *)data + i, e - i), 0, 0, 0};
    st = hd_code_article(c, a, on_event, &t);
    if (st != HD_OK && st != HD_SKIP) abort();
    if (st == HD_SKIP && hd_coder_skip(c) == HD_SKIP_NONE) abort();
    if ((h >> (9 + k % 8)) & 1 && hd_explain(c, a, devnull) != st) abort();
    if ((h >> (17 + k % 8)) & 1 && hd_gaps_article(g, c, a) != st) abort();
    hd_article_free(a);
    i = e + 1;
    k++;
  }
  if (size > 0 && (h >> 25 & 7) == 0) {
    size_t n = (LONG_BYTES / size + 1) * size;
    char *text = malloc(n);
    if (!text) abort();
    for (size_t o = 0; o < n; o += size) memcpy(text + o, data, size);
    hd_article *a = hd_article_new("long", text, n);
    if (!a) abort();
    tally t = {hd_utf8_valid(text, n), 0, 0, 0};
    st = hd_code_article(c, a, on_event, &t);
    if (st != HD_OK && st != HD_SKIP) abort();
    hd_article_free(a);
    free(text);
  }
  hd_gaps_write(g, 5, devnull);
  hd_gaps_free(g);
  hd_coder_free(c);
  return 0;
}
