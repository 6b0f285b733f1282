/*
** test_json.c: the field reader of JSON Lines lines (src/read/json.c),
** held to jansson on lines that test its rules one at a time: white space,
** escapes and surrogates, NULs in keys and values, numbers at the edges of
** what jansson takes, keys that repeat or are spelt with escapes, nesting
** up to and past jansson's depth, and what may follow the object.  Both
** must accept and reject the same lines and keep the same values.
*/
#include <stdlib.h>
#include <string.h>
#include <jansson.h>

#include "read/json.h"
#include "unit.h"

static const char *const names[HD_JF_COUNT] = {"id", "text", "title", "date", "source", "url", "category"};

/* 1 when the field reader and jansson agree on LINE; WANT_OK says which
** way they should both go. */
static int agrees(const char *line, size_t len, int want_ok) {
  hd_jv f[HD_JF_COUNT];
  int mine = hd_json_fields(line, len, f) == 0;
  json_error_t e;
  json_t *root = json_loadb(line, len, JSON_ALLOW_NUL, &e);
  int theirs = root && json_is_object(root), same = mine == theirs && mine == want_ok;
  for (int i = 0; same && mine && i < HD_JF_COUNT; i++) {
    json_t *v = json_object_get(root, names[i]);
    hd_buf b = {0};
    switch (f[i].type) {
    case HD_JV_ABSENT: same = !v; break;
    case HD_JV_STRING:
      same = json_is_string(v) && hd_json_text(line, &f[i], &b) == 0 && b.len == json_string_length(v) &&
             (!b.len || !memcmp(b.data, json_string_value(v), b.len));
      break;
    case HD_JV_INTEGER: same = json_is_integer(v) && json_integer_value(v) == hd_json_integer(line, &f[i]); break;
    case HD_JV_REAL: same = json_is_real(v) && json_real_value(v) == hd_json_real(line, &f[i]); break;
    case HD_JV_OTHER: same = v && !json_is_string(v) && !json_is_number(v); break;
    }
    hd_buf_free(&b);
  }
  json_decref(root);
  if (!same) fprintf(stderr, "test_json: disagree on %.120s\n", line);
  return same;
}

#define AGREE(line, ok) CHECK(agrees(line, strlen(line), ok))

/* An object with VALUE nested in DEPTH arrays. */
static char *nested(int depth, const char *value) {
  char *s = malloc(2 * (size_t)depth + strlen(value) + 64);
  size_t n = (size_t)sprintf(s, "{\"text\": \"x\", \"a\": ");
  for (int i = 0; i < depth; i++) s[n++] = '[';
  n += (size_t)sprintf(s + n, "%s", value);
  for (int i = 0; i < depth; i++) s[n++] = ']';
  strcpy(s + n, "}");
  return s;
}

int main(void) {
  /* accepted, with the fields kept */
  AGREE("{\"id\": \"a1\", \"text\": \"t\", \"title\": \"x\", \"date\": \"2018-02-18\", \"source\": \"s\","
        " \"url\": \"u\", \"category\": \"c\"}", 1);
  AGREE("{}", 1);
  AGREE(" \t{ \"text\" : \"t\" } \r\n ", 1);
  AGREE("{\"text\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\"}", 1);
  AGREE("{\"text\": \"\\u0627\\u00e9\\uD83D\\uDE00 \\ud83d\\ude00\"}", 1);
  AGREE("{\"text\": \"a\\u0000b\", \"id\": \"\\u0000\", \"title\": \"x\\u0000\"}", 1);
  AGREE("{\"t\\u0065xt\": \"escaped key\", \"\\u0069\\u0064\": 5}", 1);
  AGREE("{\"id\": \"a\", \"id\": \"b\", \"text\": 1, \"text\": \"last\"}", 1);
  AGREE("{\"text\": \"first\", \"text\": null}", 1);
  AGREE("{\"id\": 0, \"text\": \"x\"}", 1);
  AGREE("{\"id\": -0, \"text\": \"x\"}", 1);
  AGREE("{\"id\": 9223372036854775807, \"text\": \"x\"}", 1);
  AGREE("{\"id\": -9223372036854775808, \"text\": \"x\"}", 1);
  AGREE("{\"id\": 12.5, \"text\": \"x\"}", 1);
  AGREE("{\"id\": 1e-400, \"text\": \"x\"}", 1);
  AGREE("{\"id\": -1.5E+3, \"text\": \"x\"}", 1);
  AGREE("{\"id\": 1.7976931348623157e308, \"text\": \"x\"}", 1);
  AGREE("{\"id\": [1, {\"text\": 2}], \"text\": {\"a\": []}, \"title\": true, \"url\": false, \"date\": null}", 1);
  AGREE("{\"meta\": {\"text\": \"inner\", \"id\": \"inner\"}, \"text\": \"outer\"}", 1);
  AGREE("{\"\": 1, \"text\": \"\"}", 1);
  /* turned down by both */
  AGREE("", 0);
  AGREE("[{\"text\": \"x\"}]", 0);
  AGREE("\"text\"", 0);
  AGREE("{\"text\": \"x\"} {}", 0);
  AGREE("{\"text\": \"x\"}}", 0);
  AGREE("{\"text\": \"x\",}", 0);
  AGREE("{\"text\" \"x\"}", 0);
  AGREE("{text: \"x\"}", 0);
  AGREE("{\"text\": \"x\"\f}", 0);
  AGREE("{\"text\": \"tab\there\"}", 0);
  AGREE("{\"text\": \"\\x\"}", 0);
  AGREE("{\"text\": \"\\u12\"}", 0);
  AGREE("{\"text\": \"\\u12g4\"}", 0);
  AGREE("{\"text\": \"\\ud83d\"}", 0);
  AGREE("{\"text\": \"\\ud83dx\"}", 0);
  AGREE("{\"text\": \"\\ud83d\\u0041\"}", 0);
  AGREE("{\"text\": \"\\ude00\"}", 0);
  AGREE("{\"te\\u0000xt\": \"x\"}", 0);
  AGREE("{\"a\\u0000\": 1, \"text\": \"x\"}", 0);
  AGREE("{\"id\": 01, \"text\": \"x\"}", 0);
  AGREE("{\"id\": 1., \"text\": \"x\"}", 0);
  AGREE("{\"id\": .5, \"text\": \"x\"}", 0);
  AGREE("{\"id\": +1, \"text\": \"x\"}", 0);
  AGREE("{\"id\": -, \"text\": \"x\"}", 0);
  AGREE("{\"id\": 1e, \"text\": \"x\"}", 0);
  AGREE("{\"id\": 1e+, \"text\": \"x\"}", 0);
  AGREE("{\"id\": 9223372036854775808, \"text\": \"x\"}", 0);
  AGREE("{\"id\": -9223372036854775809, \"text\": \"x\"}", 0);
  AGREE("{\"a\": 1e400, \"text\": \"x\"}", 0);
  AGREE("{\"a\": tru, \"text\": \"x\"}", 0);
  AGREE("{\"a\": truex, \"text\": \"x\"}", 0);
  AGREE("{\"a\": [1,], \"text\": \"x\"}", 0);
  AGREE("{\"a\": {\"b\"}, \"text\": \"x\"}", 0);
  AGREE("{\"a\": 1 2, \"text\": \"x\"}", 0);
  AGREE("{\"text\": \"unterminated", 0);
  AGREE("{\"text\": \"x\"", 0);
  AGREE("{", 0);
  /* jansson's depth: 2048, counting the object as 1 */
  static const struct { int depth; const char *value; int ok; } deep[] = {
    {2046, "1", 1}, {2047, "1", 0}, {2047, "", 1}, {2048, "", 0}, {2046, "{}", 1}, {2047, "{}", 0},
  };
  for (size_t i = 0; i < sizeof deep / sizeof deep[0]; i++) {
    char *s = nested(deep[i].depth, deep[i].value);
    CHECK(agrees(s, strlen(s), deep[i].ok));
    free(s);
  }
  /* a line cut anywhere is turned down by both, or taken by both */
  const char *whole = "{\"id\": -1.5e3, \"text\": \"a\\n\\u0627\\ud83d\\ude00\", \"x\": [true, {\"y\": null}]}";
  for (size_t n = 0; n <= strlen(whole); n++) CHECK(agrees(whole, n, n == strlen(whole)));
  return unit_report("test_json");
}
