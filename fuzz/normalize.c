/*
** fuzz/normalize.c: libFuzzer harness for the normalizer, the sentence
** splitter and the tokenizer (src/normalize, src/segment, src/tokenize).
**
** The input is folded as article text; the folded text and its byte map
** must keep their promises (NUL-terminated, map rising and inside the
** original, map[len] the original length, valid UTF-8 out of valid UTF-8
** in).  Then the folded text is cut into sentences and tokens, which must
** advance and stay inside their bounds, and every word token is analysed
** against the built-in dictionaries, as the coder does; the coder's way
** (hd_next_token_hash() and the memo's batches, hd_analyze_tokens()) must
** find the same tokens and readings.  The input is also folded as a
** dictionary string into a small buffer.  hd_utf8_valid(), which tests
** eight bytes at a time, must say what decoding one character at a time
** says.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hadath.h"
#include "dict/dict.h"
#include "normalize/normalize.h"
#include "segment/segment.h"
#include "tokenize/tokenize.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static hd_dict *dict;
static hd_norm norm;
static hd_analysis_cache *memo;
static hd_token tokens[1024];
static hd_analysis memo_ana[1024 * HD_MAX_ANALYSES], plain_ana[1024 * HD_MAX_ANALYSES];

static void cleanup(void) {
  hd_dict_free(dict);
  hd_norm_free(&norm);
  hd_analysis_cache_free(memo);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc; (void)argv;
  char err[256];
  dict = hd_dict_new();
  if (!dict || hd_dict_load_builtin(dict, err, sizeof err) != HD_OK) { fprintf(stderr, "%s\n", err); abort(); }
  if (!(memo = hd_analysis_cache_new())) abort();
  atexit(cleanup);
  return 0;
}

static void check_norm(const char *src, size_t n) {
  if (norm.text[norm.len] != 0 || norm.map[norm.len] != n) abort();
  for (size_t i = 0; i < norm.len; i++) {
    if (norm.map[i] >= n) abort();
    if (i && norm.map[i] < norm.map[i - 1]) abort();
  }
  if (hd_utf8_valid(src, n) && !memchr(src, 0, n) && !hd_utf8_valid(norm.text, norm.len)) abort();
}

static void check_tokens(const char *original, size_t s, size_t e, int valid) {
  size_t pos = s, a, b;
  int kind;
  hd_analysis ana[HD_MAX_ANALYSES];
  while ((kind = hd_next_token(norm.text, e, pos, &a, &b)) >= 0) {
    if (a < pos || b <= a || b > e) abort();
    if (kind != HD_TOK_WORD && kind != HD_TOK_NUMBER && kind != HD_TOK_PUNCT) abort();
    if (kind == HD_TOK_WORD) {
      hd_origin origin = {original, norm.map + a};
      size_t k = hd_analyze(dict, norm.text + a, b - a, &origin, ana, HD_MAX_ANALYSES);
      if (k > HD_MAX_ANALYSES) abort();
      for (size_t i = 0; i < k; i++)
        if (ana[i].pre + ana[i].suf > b - a || ana[i].word == HD_NO_WORD) abort();
    }
    pos = b;
  }
  /* the coder's way: the same tokens, and through the memo the same readings */
  if (!valid) return;
  size_t n = 0, plain = 0;
  uint32_t h;
  for (pos = s; n < HD_ARRAY_LEN(tokens) && (kind = hd_next_token_hash(norm.text, e, pos, &a, &b, &h)) >= 0; pos = b) {
    size_t a2, b2;
    if (hd_next_token(norm.text, e, pos, &a2, &b2) != kind || a2 != a || b2 != b) abort();
    if (h != hd_token_hash(norm.text + a, b - a)) abort();
    tokens[n++] = (hd_token){.start = (uint32_t)a, .end = (uint32_t)b, .hash = h, .kind = (uint8_t)kind};
  }
  size_t got = hd_analyze_tokens(memo, dict, norm.text, original, norm.map, tokens, n, memo_ana);
  for (size_t i = 0; i < n; i++) {
    hd_origin origin = {original, norm.map + tokens[i].start};
    size_t k = tokens[i].kind == HD_TOK_WORD ? hd_analyze(dict, norm.text + tokens[i].start, tokens[i].end - tokens[i].start,
                                                          &origin, plain_ana + plain, HD_MAX_ANALYSES) : 0;
    if (tokens[i].ana != plain || tokens[i].nana != k) abort();
    for (size_t j = plain; j < plain + k; j++)
      if (memo_ana[j].word != plain_ana[j].word || memo_ana[j].pre != plain_ana[j].pre ||
          memo_ana[j].suf != plain_ana[j].suf || memo_ana[j].flags != plain_ana[j].flags)
        abort();
    plain += k;
  }
  if (got != plain) abort();
}

/* Is S (N bytes) valid UTF-8, decoded one character at a time? */
static int decodes_whole(const char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    int len;
    if (hd_utf8_decode((const unsigned char *)s + i, n - i, &len) < 0) return 0;
    i += (size_t)len;
  }
  return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* a NUL-terminated copy, as articles hold their text */
  char *src = malloc(size + 1);
  if (!src) abort();
  if (size) memcpy(src, data, size);
  src[size] = 0;
  if (hd_normalize(&norm, src, size) != 0) abort();
  /* the coder is given valid UTF-8 only (the reader skips any other article
  ** with its reason): the memo's readings are held to hd_analyze()'s there */
  int valid = hd_utf8_valid(src, size);
  if (valid != decodes_whole(src, size)) abort();
  check_norm(src, size);

  size_t pos = 0, s, e, prev_end = 0, sentences = 0;
  while ((pos = hd_next_sentence(norm.text, norm.len, pos, &s, &e)) != 0) {
    if (s < prev_end || e <= s || e > norm.len || pos <= s || pos > norm.len + 1) abort();
    if (++sentences > norm.len) abort();
    prev_end = e;
    check_tokens(src, s, e, valid);
  }

  char small[HD_WORD_MAX + 1];
  int k = hd_normalize_str(src, size, small, sizeof small);
  if (k >= (int)sizeof small || (k >= 0 && small[k] != 0)) abort();
  free(src);
  return 0;
}
