/*
** fuzz/jsonfields.c: libFuzzer harness that holds the field reader of a
** JSON Lines line (src/read/json.c) to jansson: the input, as one line,
** goes to both; they must accept and reject the same lines (jansson
** accepting a JSON object), and for a line both accept, keep the same
** value of each of the article's keys: absent, or a string of the same
** bytes (NULs included), or the same integer or real, or another kind of
** value for both.  Inputs the reader never hands to JSON (a NUL byte,
** invalid UTF-8) are left out, as the reader turns them down before.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "read/json.h"
#include "normalize/normalize.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const names[HD_JF_COUNT] = {"id", "text", "title", "date", "source", "url", "category"};

static void differ(const char *what, int field) {
  fprintf(stderr, "jsonfields: %s (%s)\n", what, field >= 0 ? names[field] : "line");
  abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *line = (const char *)data;
  if (memchr(data, 0, size) || !hd_utf8_valid(line, size)) return 0;
  hd_jv f[HD_JF_COUNT];
  int mine = hd_json_fields(line, size, f) == 0;
  json_error_t error;
  json_t *root = json_loadb(line, size, JSON_ALLOW_NUL, &error);
  int theirs = root && json_is_object(root);
  if (mine != theirs) differ(mine ? "accepted, jansson rejects" : "rejected, jansson accepts", -1);
  for (int i = 0; mine && i < HD_JF_COUNT; i++) {
    json_t *v = json_object_get(root, names[i]);
    switch (f[i].type) {
    case HD_JV_ABSENT:
      if (v) differ("absent, jansson has it", i);
      break;
    case HD_JV_STRING: {
      if (!json_is_string(v)) differ("a string, jansson's is not", i);
      hd_buf b = {0};
      if (hd_json_text(line, &f[i], &b) != 0) abort();
      if (b.len != json_string_length(v) || (b.len && memcmp(b.data, json_string_value(v), b.len)))
        differ("another string", i);
      hd_buf_free(&b);
      break;
    }
    case HD_JV_INTEGER:
      if (!json_is_integer(v) || json_integer_value(v) != hd_json_integer(line, &f[i])) differ("another integer", i);
      break;
    case HD_JV_REAL:
      if (!json_is_real(v) || json_real_value(v) != hd_json_real(line, &f[i])) differ("another real", i);
      break;
    case HD_JV_OTHER:
      if (!v || json_is_string(v) || json_is_number(v)) differ("another kind of value", i);
      break;
    }
  }
  json_decref(root);
  return 0;
}
