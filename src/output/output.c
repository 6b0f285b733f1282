/*
** output.c: writes event records as JSON Lines, as a Phoenix-style TSV
** table, or as the JSON Lines records of the PLOVER data-fields
** specification.  JSON strings are escaped by a byte-class table; TSV cells
** have their tabs and line breaks replaced by spaces so that a row stays a
** row.
**
** Every record names the version of hadath and of the dictionaries that
** coded it, carries the article's metadata (outlet, url, title, category)
** when the article is given, and the coordinates of its location when the
** dictionaries' gazetteer has them.
*/
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "common.h"
#include "dict/dict.h"

/* A record is written with its stream locked once (hd_write_event() and
** hd_write_header() take the lock), so that its characters are put
** without a lock each: with -j N, every put would otherwise lock and
** unlock the stream, an atomic operation at each character. */

/* 0: copy; 1: two-character escape; 2: \u00XX */
static unsigned char json_class(unsigned char c) {
  if (c == '"' || c == '\\' || c == '\n' || c == '\t' || c == '\r' || c == '\b' || c == '\f') return 1;
  return c < 0x20 || c == 0x7f ? 2 : 0;
}

/* Does any of the eight bytes of V need escaping (below 0x20, '"', '\\' or
** DEL)?  Exact, since a byte's borrow reaches the bytes above it only from a
** byte below 0x20 or equal to one of the others. */
static int any_escaped(uint64_t v) {
  const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
  uint64_t q = v ^ (ones * '"'), b = v ^ (ones * '\\'), d = v ^ (ones * 0x7f);
  return ((((v - ones * 0x20) & ~v) | ((q - ones) & ~q) | ((b - ones) & ~b) | ((d - ones) & ~d)) & high) != 0;
}

/* Text is mostly Arabic letters, which need no escape: eight bytes are
** passed over in one test, and the ones with something to escape one at
** a time. */
static void json_string(const char *s, FILE *out) {
  size_t n = strlen(s), i = 0, run = 0;
  putc_unlocked('"', out);
  while (i < n) {
#ifdef __SSE2__
    /* sixteen bytes at a time, to the first that needs escaping */
    if (n - i >= 16) {
      unsigned mask = hd_json_special16(s + i, 1);
      if (!mask) {
        i += 16;
        continue;
      }
      i += (size_t)__builtin_ctz(mask);
    }
#endif
    uint64_t v;
    if (n - i >= 8 && (memcpy(&v, s + i, 8), !any_escaped(v))) { i += 8; continue; }
    unsigned char c = (unsigned char)s[i++], k = json_class(c);
    if (!k) continue;
    fwrite(s + run, 1, i - 1 - run, out);
    run = i;
    if (k == 2) { fprintf(out, "\\u%04x", c); continue; }
    putc_unlocked('\\', out);
    putc_unlocked(c == '\n' ? 'n' : c == '\t' ? 't' : c == '\r' ? 'r' : c == '\b' ? 'b' : c == '\f' ? 'f' : (int)c, out);
  }
  fwrite(s + run, 1, n - run, out);
  putc_unlocked('"', out);
}

/* A whole number in decimal, as printf's %d or %zu writes it, without
** parsing a format: each event has a few. */
static void put_number(long long v, FILE *out) {
  char digits[24];
  int n = 0;
  unsigned long long u = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
  do digits[n++] = (char)('0' + u % 10); while (u /= 10);
  if (v < 0) putc_unlocked('-', out);
  while (n) putc_unlocked(digits[--n], out);
}

static void json_key(const char *key, FILE *out, int first) {
  if (!first) putc_unlocked(',', out);
  putc_unlocked('"', out);
  fputs(key, out);
  fputs("\":", out);
}

/* A string or null. */
static void json_value(const char *v, FILE *out) {
  if (v) json_string(v, out); else fputs("null", out);
}

static void json_field(const hd_event *ev, const char *key, hd_field f, FILE *out) {
  json_key(key, out, 0);
  json_value(hd_event_str(ev, f), out);
}

int hd_event_coords(const hd_event *ev, const hd_dict *d, double *lat, double *lon) {
  int32_t la, lo;
  if (!d || !hd_dict_place_geo(d, hd_event_str(ev, HD_FIELD_LOCATION), hd_event_str(ev, HD_FIELD_LOCATION_COUNTRY),
                               &la, &lo))
    return 0;
  *lat = la / HD_GEO_UNIT;
  *lon = lo / HD_GEO_UNIT;
  return 1;
}

/* What every format writes besides the event's own fields. */
typedef struct extra {
  int has_geo;
  char lat[24], lon[24];          /* "36.33500", or "" */
  const char *outlet, *url, *title, *category, *dict;
} extra;

static void get_extra(const hd_event *ev, const hd_article *a, const hd_dict *d, extra *x) {
  double lat, lon;
  memset(x, 0, sizeof *x);
  if ((x->has_geo = hd_event_coords(ev, d, &lat, &lon))) {
    snprintf(x->lat, sizeof x->lat, "%.5f", lat);
    snprintf(x->lon, sizeof x->lon, "%.5f", lon);
  }
  if (a) {
    x->outlet = hd_article_source(a);
    x->url = hd_article_url(a);
    x->title = hd_article_title(a);
    x->category = hd_article_category(a);
  }
  x->dict = d ? hd_dict_version(d) : NULL;
}

/* "spans":{"source":[[0,12]],"target":[],"verb":[[13,17],[30,32]]} */
static void write_spans(const hd_event *ev, FILE *out) {
  static const char *const names[HD_PART_COUNT] = {"source", "target", "verb"};
  size_t start[16], end[16];
  fputs("\"spans\":{", out);
  for (int p = 0; p < HD_PART_COUNT; p++) {
    size_t n = hd_event_spans(ev, (hd_part)p, start, end, 16);
    json_key(names[p], out, p == 0);
    putc_unlocked('[', out);
    for (size_t i = 0; i < n && i < 16; i++) {
      fputs(i ? ",[" : "[", out);
      put_number((long long)start[i], out);
      putc_unlocked(',', out);
      put_number((long long)end[i], out);
      putc_unlocked(']', out);
    }
    putc_unlocked(']', out);
  }
  putc_unlocked('}', out);
}


/* The article's url, title and category, as JSON members (null when the
** article gave none). */
static void write_article_meta(const extra *x, FILE *out) {
  json_key("url", out, 0);
  json_value(x->url, out);
  json_key("title", out, 0);
  json_value(x->title, out);
  json_key("category", out, 0);
  json_value(x->category, out);
}
static void write_json(const hd_event *ev, const extra *x, FILE *out) {
  putc_unlocked('{', out);
  json_key("doc", out, 1);
  json_string(hd_event_str(ev, HD_FIELD_DOC), out);
  fputs(",\"sentence\":", out);
  put_number(hd_event_sentence(ev), out);
  json_field(ev, "date", HD_FIELD_DATE, out);
  json_field(ev, "source", HD_FIELD_SOURCE, out);
  json_field(ev, "target", HD_FIELD_TARGET, out);
  json_field(ev, "code", HD_FIELD_CODE, out);
  json_field(ev, "root", HD_FIELD_ROOT, out);
  fputs(",\"quad\":", out);
  put_number(hd_event_quad(ev), out);
  fprintf(out, ",\"goldstein\":%.1f", hd_event_goldstein(ev));
  json_field(ev, "plover", HD_FIELD_PLOVER, out);
  json_field(ev, "plover_mode", HD_FIELD_PLOVER_MODE, out);
  json_field(ev, "realis", HD_FIELD_REALIS, out);
  fputs(hd_event_mutual(ev) ? ",\"mutual\":true" : ",\"mutual\":false", out);
  json_field(ev, "source_text", HD_FIELD_SOURCE_TEXT, out);
  json_field(ev, "target_text", HD_FIELD_TARGET_TEXT, out);
  json_field(ev, "verb_text", HD_FIELD_VERB_TEXT, out);
  json_field(ev, "location", HD_FIELD_LOCATION, out);
  json_field(ev, "location_country", HD_FIELD_LOCATION_COUNTRY, out);
  fputs(",\"latitude\":", out);
  fputs(x->has_geo ? x->lat : "null", out);
  fputs(",\"longitude\":", out);
  fputs(x->has_geo ? x->lon : "null", out);
  json_field(ev, "id", HD_FIELD_ID, out);
  putc_unlocked(',', out);
  write_spans(ev, out);
  json_key("outlet", out, 0);
  json_value(x->outlet, out);
  write_article_meta(x, out);
  json_key("hadath", out, 0);
  json_string(HD_VERSION, out);
  json_key("dictionaries", out, 0);
  json_value(x->dict, out);
  json_field(ev, "text", HD_FIELD_TEXT, out);
  fputs("}\n", out);
}

/* ------------------------------------------------------------------ */
/* TSV                                                                 */

static void tsv_cell(const char *s, FILE *out, int last) {
  for (; s && *s; s++) putc_unlocked(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
  putc_unlocked(last ? '\n' : '\t', out);
}

static const char *const tsv_columns[] = {
  "doc", "sentence", "date", "source", "target", "code", "root", "quad", "goldstein",
  "plover", "plover_mode", "realis", "mutual", "source_text", "target_text", "verb_text", "location",
  "location_country", "latitude", "longitude", "id", "outlet", "url", "title", "category", "hadath",
  "dictionaries", "text"};

void hd_write_header(hd_format fmt, FILE *out) {
  if (fmt != HD_FORMAT_TSV) return;
  size_t n = sizeof tsv_columns / sizeof tsv_columns[0];
  flockfile(out);
  for (size_t i = 0; i < n; i++) tsv_cell(tsv_columns[i], out, i + 1 == n);
  funlockfile(out);
}

static void write_tsv(const hd_event *ev, const extra *x, FILE *out) {
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
  tsv_cell(x->lat, out, 0);
  tsv_cell(x->lon, out, 0);
  tsv_cell(hd_event_str(ev, HD_FIELD_ID), out, 0);
  tsv_cell(x->outlet, out, 0);
  tsv_cell(x->url, out, 0);
  tsv_cell(x->title, out, 0);
  tsv_cell(x->category, out, 0);
  tsv_cell(HD_VERSION, out, 0);
  tsv_cell(x->dict, out, 0);
  tsv_cell(hd_event_str(ev, HD_FIELD_TEXT), out, 1);
}

/* ------------------------------------------------------------------ */
/* PLOVER                                                              */

/* CAMEO role codes: an actor code that begins with one has no country. */
static int is_role(const char *code) {
  static const char *const roles[] = {
    "GOV", "MIL", "CVL", "UAF", "LEG", "COP", "REB", "JUD", "MED", "SPY", "OPP", "REF", "HRI", "CRM", "HLH", "EDU",
    "REL", "LAB", "BUS", "AGR", "RAD", "PKO", "ELI", "MOD", "PTY", "ENV", "DEV", "SET", "AMN", "INS", "PAR"};
  if (strlen(code) < 3) return 1;
  for (size_t i = 0; i < sizeof roles / sizeof *roles; i++)
    if (!strncmp(code, roles[i], 3)) return 1;
  return 0;
}

/* One actor object: the country (or organization) code, the sector (the
** roles that follow it), the words of the text, and the CAMEO code. */
static void plover_actor(const char *code, const char *text, FILE *out) {
  if (!code || !*code) { fputs("[]", out); return; }
  int role = is_role(code);
  char country[4] = "";
  if (!role) snprintf(country, sizeof country, "%.3s", code);
  fputs("[{\"code\":", out);
  json_string(country, out);
  fputs(",\"sector\":", out);
  json_string(role ? code : code + 3, out);
  fputs(",\"actor_text\":", out);
  json_string(text ? text : "", out);
  fputs(",\"cameo\":", out);
  json_string(code, out);
  fputs("}]", out);
}

/* A JSON list of the comma-separated words of LIST ("" gives []). */
static void json_list(const char *list, FILE *out) {
  putc_unlocked('[', out);
  for (const char *p = list; p && *p;) {
    size_t n = strcspn(p, ",");
    char word[64];
    snprintf(word, sizeof word, "%.*s", (int)(n < sizeof word ? n : sizeof word - 1), p);
    if (p != list) putc_unlocked(',', out);
    json_string(word, out);
    p += n + (p[n] == ',');
  }
  putc_unlocked(']', out);
}

/* The first occurrence of NEEDLE (N > 0 bytes) in HAY (LEN bytes), or NULL. */
static const char *find_bytes(const char *hay, size_t len, const char *needle, size_t n) {
  for (const char *p = hay, *end = hay + len; n <= (size_t)(end - p);) {
    const char *q = memchr(p, needle[0], (size_t)(end - p) - n + 1);
    if (!q) return NULL;
    if (!memcmp(q, needle, n)) return q;
    p = q + 1;
  }
  return NULL;
}

/* Where the sentence stands in the article: byte offsets into its text, or
** into its title when the coder read the title apart (sentence 0); its
** first occurrence, as the event does not say which. */
static void text_offsets(const hd_event *ev, const hd_article *a, FILE *out) {
  const char *s = hd_event_str(ev, HD_FIELD_TEXT);
  size_t n = strlen(s);
  const char *where = NULL, *in = "text";
  if (a && n) {
    const char *text = hd_article_text(a), *title = hd_article_title(a);
    const char *p = find_bytes(text, hd_article_text_len(a), s, n);
    if (p) where = p, s = text;
    else if (title && (p = strstr(title, s))) where = p, s = title, in = "title";
  }
  if (!where) { fputs(",\"start\":null,\"end\":null", out); return; }
  fprintf(out, ",\"in\":\"%s\",\"start\":%zu,\"end\":%zu", in, (size_t)(where - s), (size_t)(where - s) + n);
}

static void write_plover(const hd_event *ev, const hd_article *a, const hd_dict *d, const extra *x, FILE *out) {
  const char *code = hd_event_str(ev, HD_FIELD_CODE), *mode = hd_event_str(ev, HD_FIELD_PLOVER_MODE);
  const hd_cameo *cm = d ? hd_dict_cameo(d, code) : NULL;
  putc_unlocked('{', out);
  json_key("id", out, 1);
  json_string(hd_event_str(ev, HD_FIELD_ID), out);
  json_field(ev, "date", HD_FIELD_DATE, out);
  json_key("actor", out, 0);
  plover_actor(hd_event_str(ev, HD_FIELD_SOURCE), hd_event_str(ev, HD_FIELD_SOURCE_TEXT), out);
  json_key("recipient", out, 0);
  plover_actor(hd_event_str(ev, HD_FIELD_TARGET), hd_event_str(ev, HD_FIELD_TARGET_TEXT), out);
  json_key("event", out, 0);
  json_list(hd_event_str(ev, HD_FIELD_PLOVER), out);
  json_key("mode", out, 0);
  json_list(mode, out);
  json_key("context", out, 0);
  json_list(cm ? cm->context : "", out);
  fprintf(out, ",\"quad_code\":%d,\"event_scale\":%.1f", hd_event_quad(ev), hd_event_goldstein(ev));
  json_key("event_loc", out, 0);
  const char *loc = hd_event_str(ev, HD_FIELD_LOCATION);
  if (!loc) fputs("null", out);
  else {
    fputs("{\"name\":", out);
    json_string(loc, out);
    fputs(",\"cc3\":", out);
    json_value(hd_event_str(ev, HD_FIELD_LOCATION_COUNTRY), out);
    fprintf(out, ",\"latitude\":%s,\"longitude\":%s}", x->has_geo ? x->lat : "null", x->has_geo ? x->lon : "null");
  }
  json_key("event_text", out, 0);
  fputs("[", out);
  json_string(hd_event_str(ev, HD_FIELD_VERB_TEXT), out);
  fputs("]", out);
  json_field(ev, "text", HD_FIELD_TEXT, out);
  fprintf(out, ",\"text_info\":{\"sequence\":%d", hd_event_sentence(ev));
  text_offsets(ev, a, out);
  putc_unlocked(',', out);
  write_spans(ev, out);
  fputs("},\"cite_info\":{\"citation\":", out);
  json_string(hd_event_str(ev, HD_FIELD_DOC), out);
  json_key("publication", out, 0);
  json_value(x->outlet, out);
  write_article_meta(x, out);
  fputs(",\"language\":\"ar\",\"coder\":\"hadath " HD_VERSION "\",\"codebook\":\"CAMEO 1.1b3, PLOVER 0.8\"", out);
  json_key("version", out, 0);
  json_value(x->dict, out);
  fputs("},\"coder\":\"hadath " HD_VERSION "\"", out);
  json_field(ev, "cameo", HD_FIELD_CODE, out);
  json_field(ev, "realis", HD_FIELD_REALIS, out);
  fprintf(out, ",\"mutual\":%s}\n", hd_event_mutual(ev) ? "true" : "false");
}

int hd_write_event(const hd_event *ev, const hd_article *a, const hd_dict *d, hd_format fmt, FILE *out) {
  extra x;
  /* PLOVER has no counterpart for CAMEO's statements (01) and appeals (02) */
  if (fmt == HD_FORMAT_PLOVER && !*hd_event_str(ev, HD_FIELD_PLOVER)) return 0;
  get_extra(ev, a, d, &x);
  flockfile(out);
  if (fmt == HD_FORMAT_TSV) write_tsv(ev, &x, out);
  else if (fmt == HD_FORMAT_PLOVER) write_plover(ev, a, d, &x, out);
  else write_json(ev, &x, out);
  funlockfile(out);
  return 1;
}
