/*
** fuzz/dict.c: libFuzzer harness for the dictionary loader (src/dict).
**
** Each run starts a fresh dictionary holding a small [cameo] table, then
** loads the input with hd_dict_load_text().  An error must be reported as
** "fuzz:LINE: ..." and must add nothing; a file that loads is then used:
** a coder over it codes a few fixed sentences and the input itself (whose
** phrases are the likeliest text to match), explaining into /dev/null.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hadath.h"
#include "normalize/normalize.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char base[] =
  "[cameo]\n"
  "01   0.0  -       -       Make public statement\n"
  "010  0.0  -       -       Make statement\n"
  "04   1.0  CONSULT -       Consult\n"
  "040  1.0  CONSULT -       Consult, not specified\n"
  "042  1.9  CONSULT visit   Make a visit\n"
  "057  8.0  AGREE   -       Sign formal agreement\n"
  "112  -2.0 ACCUSE  -       Accuse\n"
  "19   -10  ASSAULT -       Fight\n"
  "190  -10  ASSAULT -       Use conventional military force\n";

static const char sentences[] =
  "بحث الرئيس الروسي فلاديمير بوتين مع نظيره الفرنسي إيمانويل ماكرون الوضع في المنطقة.\n"
  "وزار وزير الخارجية المصري عمان أمس الثلاثاء 14 مايو 2024، والتقى العاهل الأردني.\n"
  "اتهمت الحكومة العراقية الجماعات المسلحة بالهجوم على الشرطة في البصرة.\n"
  "الرئيسان اتفقا على التعاون، وتمت مناقشة الأوضاع.\n";

static FILE *devnull;

static void cleanup(void) {
  if (devnull) fclose(devnull);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc; (void)argv;
  devnull = fopen("/dev/null", "w");
  if (!devnull) abort();
  atexit(cleanup);
  return 0;
}

static int on_event(const hd_event *ev, void *user) {
  (void)user;
  if (!hd_event_str(ev, HD_FIELD_SOURCE)[0] || !hd_event_str(ev, HD_FIELD_CODE)[0]) abort();
  if (hd_event_quad(ev) < 1 || hd_event_quad(ev) > 4) abort();
  hd_write_event(ev, NULL, NULL, HD_FORMAT_TSV, devnull);
  return 0;
}

static void code_text(hd_coder *c, const char *text, size_t len, int explain) {
  hd_article *a = hd_article_new("fuzz", text, len);
  if (!a) abort();
  hd_status st = explain ? hd_explain(c, a, devnull) : hd_code_article(c, a, on_event, NULL);
  if (st != HD_OK && st != HD_SKIP) abort();
  hd_article_free(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char err[512];
  hd_dict *d = hd_dict_new();
  if (!d) abort();
  if (hd_dict_load_text(d, "base", base, sizeof base - 1, err, sizeof err) != HD_OK) {
    fprintf(stderr, "%s\n", err);
    abort();
  }
  size_t before = hd_dict_count(d, NULL);
  hd_status st = hd_dict_load_text(d, "fuzz", (const char *)data, size, err, sizeof err);
  if (st == HD_ERR_DICT) {
    /* "fuzz:LINE: what" and nothing added */
    size_t i = 5;
    if (strncmp(err, "fuzz:", 5) != 0 || err[i] < '1' || err[i] > '9') abort();
    while (err[i] >= '0' && err[i] <= '9') i++;
    if (err[i] != ':' || err[i + 1] != ' ' || !err[i + 2]) abort();
    if (hd_dict_count(d, NULL) != before) abort();
  } else if (st != HD_OK) {
    abort();
  } else {
    static const char *const sections[] = {"countries", "actors", "agents", "verbs", "cameo", "stop", "markers"};
    size_t sum = 0;
    for (size_t i = 0; i < sizeof sections / sizeof *sections; i++) sum += hd_dict_count(d, sections[i]);
    if (sum != hd_dict_count(d, NULL) || sum < before) abort();
    hd_coder *c = hd_coder_new(d, "2020-06-15", &st);
    if (!c) abort();
    code_text(c, sentences, sizeof sentences - 1, 0);
    code_text(c, (const char *)data, size, 0);
    code_text(c, (const char *)data, size, 1);
    hd_coder_free(c);
  }
  hd_dict_free(d);
  return 0;
}
