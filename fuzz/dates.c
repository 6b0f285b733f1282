/*
** fuzz/dates.c: libFuzzer harness for the date parser (src/date).
**
** The input is folded as the coder folds article text, then searched for
** date expressions against a fixed reference day (2020-06-15) and against
** none, and read as an article header.  Matches must lie inside the text,
** in text order, be of a kind date.h names, and name real days (a month
** without its day, a time ago, a lead, the part of a month too; those
** told from the reference day only with one); no more than MAX are
** written (the output array is exactly that long, so AddressSanitizer sees
** an overrun).  The raw input is also parsed as an ISO date.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hadath.h"
#include "date/date.h"
#include "normalize/normalize.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX 8

static hd_norm norm;
static hd_day ref;

static void cleanup(void) { hd_norm_free(&norm); }

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc; (void)argv;
  ref = hd_day_from_ymd(2020, 6, 15);
  if (ref == HD_NO_DAY) abort();
  atexit(cleanup);
  return 0;
}

static void check_day(hd_day day) {
  if (day == HD_NO_DAY) abort();
  int y, m, d;
  hd_day_to_ymd(day, &y, &m, &d);
  if (y < 1 || y > 9999 || hd_day_from_ymd(y, m, d) != day) abort();
  char iso[11];
  hd_day_format(day, iso);
  if (hd_day_parse_iso(iso) != day) abort();
  int wd = hd_day_weekday(day);
  if (wd < 0 || wd > 6) abort();
}

static void find(const char *text, size_t len, hd_day r) {
  hd_date_match *out = malloc(MAX * sizeof *out);
  if (!out) abort();
  size_t n = hd_dates_find(text, len, r, out, MAX);
  size_t prev = 0;
  for (size_t i = 0; i < n && i < MAX; i++) {
    if (out[i].start >= out[i].end || out[i].end > len || out[i].start < prev) abort();
    if (out[i].kind < HD_DATE_ABSOLUTE || out[i].kind > HD_DATE_PART) abort();
    /* (what is told from the reference day needs one: a weekday, a time
    ** ago, a lead before or after, the start of its month) */
    if (r == HD_NO_DAY && (out[i].kind == HD_DATE_RELATIVE || out[i].kind == HD_DATE_AGO ||
                           out[i].kind == HD_DATE_LEAD || out[i].kind == HD_DATE_PART))
      abort();
    check_day(out[i].day);
    prev = out[i].end;
  }
  /* asking for fewer finds as many */
  if (n > 0 && hd_dates_find(text, len, r, out, 1) != n) abort();
  free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (hd_normalize(&norm, (const char *)data, size) != 0) abort();
  find(norm.text, norm.len, ref);
  find(norm.text, norm.len, HD_NO_DAY);
  hd_day h = hd_date_header(norm.text, norm.len);
  if (h != HD_NO_DAY) check_day(h);

  char iso[32];
  size_t n = size < sizeof iso - 1 ? size : sizeof iso - 1;
  memcpy(iso, data, n);
  iso[n] = 0;
  hd_day d = hd_day_parse_iso(iso);
  if (d != HD_NO_DAY) check_day(d);
  return 0;
}
