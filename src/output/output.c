/*
** output.c: writes event records as JSON Lines or as a Phoenix-style TSV
** table.  JSON strings are escaped by a byte-class table; TSV cells have
** their tabs and line breaks replaced by spaces so that a row stays a row.
*/
#include <stdio.h>
#include <string.h>
#include "hadath.h"

/* 0: copy; 1: two-character escape; 2: \u00XX */
static unsigned char json_class(unsigned char c) {
  if (c == '"' || c == '\\' || c == '\n' || c == '\t' || c == '\r' || c == '\b' || c == '\f') return 1;
  return c < 0x20 || c == 0x7f ? 2 : 0;
}

static void json_string(const char *s, FILE *out) {
  putc('"', out);
  const char *run = s;
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s, k = json_class(c);
    if (!k) continue;
    fwrite(run, 1, (size_t)(s - run), out);
    run = s + 1;
    if (k == 2) { fprintf(out, "\\u%04x", c); continue; }
    putc('\\', out);
    putc(c == '\n' ? 'n' : c == '\t' ? 't' : c == '\r' ? 'r' : c == '\b' ? 'b' : c == '\f' ? 'f' : (int)c, out);
  }
  fwrite(run, 1, (size_t)(s - run), out);
  putc('"', out);
}

static void json_key(const char *key, FILE *out, int first) {
  fprintf(out, "%s\"%s\":", first ? "" : ",", key);
}

static void json_field(const hd_event *ev, const char *key, hd_field f, FILE *out) {
  const char *v = hd_event_str(ev, f);
  json_key(key, out, 0);
  if (v) json_string(v, out); else fputs("null", out);
}

/* "spans":{"source":[[0,12]],"target":[],"verb":[[13,17],[30,32]]} */
static void write_spans(const hd_event *ev, FILE *out) {
  static const char *const names[HD_PART_COUNT] = {"source", "target", "verb"};
  size_t start[16], end[16];
  fputs(",\"spans\":{", out);
  for (int p = 0; p < HD_PART_COUNT; p++) {
    size_t n = hd_event_spans(ev, (hd_part)p, start, end, 16);
    fprintf(out, "%s\"%s\":[", p ? "," : "", names[p]);
    for (size_t i = 0; i < n && i < 16; i++) fprintf(out, "%s[%zu,%zu]", i ? "," : "", start[i], end[i]);
    putc(']', out);
  }
  putc('}', out);
}

static void write_json(const hd_event *ev, FILE *out) {
  putc('{', out);
  json_key("doc", out, 1);
  json_string(hd_event_str(ev, HD_FIELD_DOC), out);
  fprintf(out, ",\"sentence\":%d", hd_event_sentence(ev));
  json_field(ev, "date", HD_FIELD_DATE, out);
  json_field(ev, "source", HD_FIELD_SOURCE, out);
  json_field(ev, "target", HD_FIELD_TARGET, out);
  json_field(ev, "code", HD_FIELD_CODE, out);
  json_field(ev, "root", HD_FIELD_ROOT, out);
  fprintf(out, ",\"quad\":%d,\"goldstein\":%.1f", hd_event_quad(ev), hd_event_goldstein(ev));
  json_field(ev, "plover", HD_FIELD_PLOVER, out);
  json_field(ev, "plover_mode", HD_FIELD_PLOVER_MODE, out);
  json_field(ev, "realis", HD_FIELD_REALIS, out);
  fprintf(out, ",\"mutual\":%s", hd_event_mutual(ev) ? "true" : "false");
  json_field(ev, "source_text", HD_FIELD_SOURCE_TEXT, out);
  json_field(ev, "target_text", HD_FIELD_TARGET_TEXT, out);
  json_field(ev, "verb_text", HD_FIELD_VERB_TEXT, out);
  json_field(ev, "location", HD_FIELD_LOCATION, out);
  json_field(ev, "location_country", HD_FIELD_LOCATION_COUNTRY, out);
  json_field(ev, "id", HD_FIELD_ID, out);
  write_spans(ev, out);
  json_field(ev, "text", HD_FIELD_TEXT, out);
  fputs("}\n", out);
}

static void tsv_cell(const char *s, FILE *out, int last) {
  for (; s && *s; s++) putc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
  putc(last ? '\n' : '\t', out);
}

static const char *const tsv_columns[] = {
  "doc", "sentence", "date", "source", "target", "code", "root", "quad", "goldstein",
  "plover", "plover_mode", "realis", "mutual", "source_text", "target_text", "verb_text", "location",
  "location_country", "id", "text"};

void hd_write_header(hd_format fmt, FILE *out) {
  if (fmt != HD_FORMAT_TSV) return;
  size_t n = sizeof tsv_columns / sizeof tsv_columns[0];
  for (size_t i = 0; i < n; i++) tsv_cell(tsv_columns[i], out, i + 1 == n);
}

static void write_tsv(const hd_event *ev, FILE *out) {
  char num[32];
  const char *date = hd_event_str(ev, HD_FIELD_DATE);
  tsv_cell(hd_event_str(ev, HD_FIELD_DOC), out, 0);
  snprintf(num, sizeof num, "%d", hd_event_sentence(ev));
  tsv_cell(num, out, 0);
  tsv_cell(date ? date : "", out, 0);
  tsv_cell(hd_event_str(ev, HD_FIELD_SOURCE), out, 0);
  tsv_cell(hd_event_str(ev, HD_FIELD_TARGET), out, 0);
  tsv_cell(hd_event_str(ev, HD_FIELD_CODE), out, 0);
  tsv_cell(hd_event_str(ev, HD_FIELD_ROOT), out, 0);
  snprintf(num, sizeof num, "%d", hd_event_quad(ev));
  tsv_cell(num, out, 0);
  snprintf(num, sizeof num, "%.1f", hd_event_goldstein(ev));
  tsv_cell(num, out, 0);
  tsv_cell(hd_event_str(ev, HD_FIELD_PLOVER), out, 0);
  tsv_cell(hd_event_str(ev, HD_FIELD_PLOVER_MODE), out, 0);
  tsv_cell(hd_event_str(ev, HD_FIELD_REALIS), out, 0);
  tsv_cell(hd_event_mutual(ev) ? "1" : "0", out, 0);
  tsv_cell(hd_event_str(ev, HD_FIELD_SOURCE_TEXT), out, 0);
  tsv_cell(hd_event_str(ev, HD_FIELD_TARGET_TEXT), out, 0);
  tsv_cell(hd_event_str(ev, HD_FIELD_VERB_TEXT), out, 0);
  tsv_cell(hd_event_str(ev, HD_FIELD_LOCATION), out, 0);
  tsv_cell(hd_event_str(ev, HD_FIELD_LOCATION_COUNTRY), out, 0);
  tsv_cell(hd_event_str(ev, HD_FIELD_ID), out, 0);
  tsv_cell(hd_event_str(ev, HD_FIELD_TEXT), out, 1);
}

void hd_write_event(const hd_event *ev, hd_format fmt, FILE *out) {
  if (fmt == HD_FORMAT_TSV) write_tsv(ev, out); else write_json(ev, out);
}
