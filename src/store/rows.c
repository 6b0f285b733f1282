/*
** rows.c: the rows of a query, and their formats: a table for people,
** JSON Lines, CSV and TSV for programs.
**
** Values are written as SQLite holds them: integers and reals as JSON
** numbers (SQLite's text of a real keeps its ".0"), text as strings, null
** as null.  The table has fixed column widths so that it can be written
** row by row, however many rows there are; widths count characters as a
** terminal shows them (Arabic marks take no column).  Long text is cut;
** ids (article, group, event) never are, so that they can be pasted into
** --doc.
*/
#include <stdlib.h>
#include <string.h>
#include "store.h"

struct hd_rows {
  hd_store *s;
  hd_stmt *st;
  const char *const *table;   /* columns shown by the table format, NULL for all */
  int plan;                   /* the rows are a query plan */
  char num[32];               /* a number written by value_text() */
};

void hd_rows_set_plan(hd_rows *r) { r->plan = 1; }

hd_rows *hd_rows_new(hd_store *s, hd_stmt *st, const char *const *table) {
  hd_rows *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  r->s = s;
  r->st = st;
  r->table = table;
  return r;
}

hd_status hd_rows_next(hd_rows *r) {
  int rc = hd_step(r->st);
  if (rc == HD_ROW) return HD_OK;
  if (rc == HD_DONE) return HD_END;
  return HD_ERR_IO;   /* the message is in the store's error */
}

size_t hd_rows_columns(const hd_rows *r) { return (size_t)hd_col_count(r->st); }

const char *hd_rows_name(const hd_rows *r, size_t i) { return hd_col_name(r->st, (int)i); }

/* The text of column I: coordinates with five decimals, as hadath code
** writes them (33.51020); the rest as SQLite writes it, on either engine. */
static const char *value_text(const hd_rows *r, int i) {
  hd_stmt *st = r->st;
  int type = hd_col_type(st, i);
  if (type == HD_NULL) return NULL;
  const char *name = hd_col_name(st, i);
  if (type == HD_REAL && (!strcmp(name, "latitude") || !strcmp(name, "longitude"))) {
    snprintf(((hd_rows *)r)->num, sizeof r->num, "%.5f", hd_col_real(st, i));
    return r->num;
  }
  return hd_col_text(st, i);
}

const char *hd_rows_value(const hd_rows *r, size_t i) { return value_text(r, (int)i); }

void hd_rows_free(hd_rows *r) {
  if (!r) return;
  hd_finalize(r->st);
  free(r);
}

/* ------------------------------------------------------------------ */
/* JSON                                                                */

/* Escapes S as a JSON string.  FOR_SCRIPT also escapes < > & and the
** line separators U+2028 and U+2029, so that the JSON can stand inside an
** HTML <script> element: no "</script>" or "<!--" can appear in it. */
void hd_json_string(const char *s, FILE *out, int for_script) {
  putc('"', out);
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    unsigned char c = *p;
    if (c == '"' || c == '\\') { putc('\\', out); putc(c, out); }
    else if (c == '\n') fputs("\\n", out);
    else if (c == '\t') fputs("\\t", out);
    else if (c == '\r') fputs("\\r", out);
    else if (c < 0x20 || c == 0x7f) fprintf(out, "\\u%04x", c);
    else if (for_script && (c == '<' || c == '>' || c == '&')) fprintf(out, "\\u%04x", c);
    else if (for_script && c == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
      fprintf(out, "\\u%04x", p[2] == 0xA8 ? 0x2028 : 0x2029);
      p += 2;
    } else putc(c, out);
  }
  putc('"', out);
}

static void json_value(hd_stmt *st, int i, FILE *out) {
  int type = hd_col_type(st, i);
  const char *v = hd_col_text(st, i);
  const char *name = hd_col_name(st, i);
  if (type == HD_REAL && (!strcmp(name, "latitude") || !strcmp(name, "longitude"))) {
    fprintf(out, "%.5f", hd_col_real(st, i));
    return;
  }
  if (type == HD_NULL || !v) fputs("null", out);
  else if (type == HD_INT || type == HD_REAL) fputs(v, out);
  else hd_json_string(v, out, 0);
}

/* As hadath code writes them: spans are JSON already (the store made it),
** mutual is true or false. */
static void write_jsonl(hd_stmt *st, FILE *out) {
  int n = hd_col_count(st);
  putc('{', out);
  for (int i = 0; i < n; i++) {
    const char *name = hd_col_name(st, i);
    if (i) putc(',', out);
    hd_json_string(name, out, 0);
    putc(':', out);
    if (!strcmp(name, "spans") && hd_col_type(st, i) == HD_TEXT)
      fputs(hd_col_text(st, i), out);
    else if (!strcmp(name, "mutual") && hd_col_type(st, i) == HD_INT)
      fputs((int)hd_col_int(st, i) ? "true" : "false", out);
    else json_value(st, i, out);
  }
  fputs("}\n", out);
}

/* ------------------------------------------------------------------ */
/* CSV and TSV                                                         */

static void csv_cell(const char *v, FILE *out) {
  if (!v) return;
  if (!strpbrk(v, ",\"\r\n")) { fputs(v, out); return; }
  putc('"', out);
  for (; *v; v++) {
    if (*v == '"') putc('"', out);
    putc(*v, out);
  }
  putc('"', out);
}

static void tsv_cell(const char *v, FILE *out) {
  for (; v && *v; v++) putc(*v == '\t' || *v == '\n' || *v == '\r' ? ' ' : *v, out);
}

static void write_header(hd_stmt *st, int csv, FILE *out) {
  int n = hd_col_count(st);
  for (int i = 0; i < n; i++) {
    if (i) putc(csv ? ',' : '\t', out);
    if (csv) csv_cell(hd_col_name(st, i), out); else tsv_cell(hd_col_name(st, i), out);
  }
  putc('\n', out);
}

static void write_delimited(const hd_rows *r, int csv, FILE *out) {
  int n = hd_col_count(r->st);
  for (int i = 0; i < n; i++) {
    const char *v = value_text(r, i);
    if (i) putc(csv ? ',' : '\t', out);
    if (csv) csv_cell(v, out); else tsv_cell(v, out);
  }
  putc('\n', out);
}

/* ------------------------------------------------------------------ */
/* Table                                                               */

/* Column widths.  WHOLE columns hold ids that a user pastes into another
** command (--doc ID): they are never cut, and push the rest of a row to
** the right when longer than their width. */
static const struct { const char *name; int width, whole; } widths[] = {
  {"date", 10, 0}, {"last_date", 10, 0}, {"source", 9, 0}, {"target", 9, 0}, {"code", 4, 0}, {"quad", 4, 0},
  {"outlet", 9, 0}, {"doc", 24, 1}, {"sentence", 8, 0}, {"group", 6, 1}, {"reports", 7, 0}, {"articles", 8, 0},
  {"outlets", 7, 0}, {"verb_text", 40, 0}, {"id", 16, 1}, {"realis", 8, 0}, {"day", 10, 0}, {"week", 10, 0},
  {"month", 7, 0}, {"year", 4, 0}, {"actor", 9, 0}, {"actor_a", 9, 0}, {"actor_b", 9, 0}, {"root", 4, 0},
  {"plover", 9, 0}, {"category", 17, 1}, {"events", 6, 0}, {"goldstein_sum", 13, 0}, {"goldstein_mean", 14, 0}};

static int width_of(const char *name, int *whole) {
  *whole = 0;
  for (size_t i = 0; i < HD_ARRAY_LEN(widths); i++)
    if (!strcmp(widths[i].name, name)) { *whole = widths[i].whole; return widths[i].width; }
  return 12;
}

/* Marks that a terminal draws on the letter before: Arabic harakat and
** Quranic marks, combining accents, and invisible direction marks. */
static int zero_width(long c) {
  return (c >= 0x300 && c <= 0x36F) || (c >= 0x610 && c <= 0x61A) || (c >= 0x64B && c <= 0x65F) || c == 0x670 ||
         (c >= 0x6D6 && c <= 0x6ED) || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

/* Bytes of the next UTF-8 character at S and its code point. */
static int next_char(const unsigned char *s, long *cp) {
  int n = s[0] < 0x80 ? 1 : s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC0 ? 2 : 1;
  for (int i = 1; i < n; i++)
    if ((s[i] & 0xC0) != 0x80) n = i;
  long c = n == 1 ? s[0] : s[0] & (0x3F >> (n - 1));
  for (int i = 1; i < n; i++) c = (c << 6) | (s[i] & 0x3F);
  *cp = c;
  return n;
}

static int display_width(const char *v) {
  int w = 0;
  long c;
  for (const unsigned char *p = (const unsigned char *)v; *p;) {
    p += next_char(p, &c);
    w += !zero_width(c);
  }
  return w;
}

/* Writes V in WIDTH columns: cut with "…" when longer (unless WHOLE),
** padded unless LAST. */
static void table_cell(const char *v, int width, int whole, int last, FILE *out) {
  const unsigned char *p = (const unsigned char *)(v ? v : "");
  int shown = display_width((const char *)p), used = 0;
  int room = whole ? shown : shown > width ? width - 1 : width;
  long c;
  while (*p) {
    int n = next_char(p, &c), w = !zero_width(c);
    if (used + w > room) break;
    if (c == '\n' || c == '\t' || c == '\r') putc(' ', out); else fwrite(p, 1, (size_t)n, out);
    used += w;
    p += n;
  }
  if (*p) { fputs("\xE2\x80\xA6", out); used++; }
  for (; !last && used < width; used++) putc(' ', out);
}

/* The name of shown column K. */
static const char *shown_name(const hd_rows *r, int k) {
  return r->table ? r->table[k] : hd_col_name(r->st, k);
}

/* Index of each shown column in the statement, -1 when absent; without a
** list of columns, every column of the statement. */
static int table_columns(const hd_rows *r, int *idx, int max) {
  int n = 0;
  if (!r->table) {
    for (; n < hd_col_count(r->st) && n < max; n++) idx[n] = n;
    return n;
  }
  for (; r->table[n] && n < max; n++) {
    idx[n] = -1;
    for (int i = 0; i < hd_col_count(r->st); i++)
      if (!strcmp(hd_col_name(r->st, i), r->table[n])) idx[n] = i;
  }
  return n;
}

static void table_header(const hd_rows *r, int n, FILE *out) {
  for (int k = 0; k < n; k++) {
    int whole, width = width_of(shown_name(r, k), &whole);
    if (k) fputs("  ", out);
    table_cell(shown_name(r, k), width, whole, k + 1 == n, out);
  }
  putc('\n', out);
}

static void table_row(const hd_rows *r, const int *idx, int n, FILE *out) {
  for (int k = 0; k < n; k++) {
    int whole, width = width_of(shown_name(r, k), &whole);
    if (k) fputs("  ", out);
    const char *v = idx[k] < 0 ? "" : hd_rows_value(r, (size_t)idx[k]);
    table_cell(v ? v : "-", width, whole, k + 1 == n, out);
  }
  putc('\n', out);
}

/* ------------------------------------------------------------------ */

/* A query plan, one line a step: SQLite's rows (id, parent, notused,
** detail) indented by depth; PostgreSQL's lines as they are. */
static hd_status write_plan(hd_rows *r, FILE *out, unsigned long *count) {
  struct step { long id; int depth; } seen[256];
  int nseen = 0;
  unsigned long rows = 0;
  hd_status st;
  while ((st = hd_rows_next(r)) == HD_OK) {
    rows++;
    if (hd_col_count(r->st) < 4) { fprintf(out, "%s\n", hd_col_text(r->st, 0)); continue; }
    long id = (long)hd_col_int(r->st, 0), parent = (long)hd_col_int(r->st, 1);
    int depth = 0;
    for (int i = 0; i < nseen; i++)
      if (seen[i].id == parent) depth = seen[i].depth + 1;
    if (nseen < 256) seen[nseen++] = (struct step){id, depth};
    fprintf(out, "%*s%s\n", 2 * depth, "", hd_col_text(r->st, 3));
  }
  if (count) *count = rows;
  return st == HD_END ? HD_OK : st;
}

hd_status hd_rows_write(hd_rows *r, hd_rows_format fmt, FILE *out, unsigned long *count) {
  if (r->plan) return write_plan(r, out, count);
  /* the first row first: PostgreSQL names the columns once the query ran */
  hd_status st = hd_rows_next(r);
  if (st != HD_OK && st != HD_END) return st;
  int idx[32], n = table_columns(r, idx, 32);
  unsigned long rows = 0;
  if (fmt == HD_ROWS_CSV || fmt == HD_ROWS_TSV) write_header(r->st, fmt == HD_ROWS_CSV, out);
  if (fmt == HD_ROWS_TABLE) table_header(r, n, out);
  for (; st == HD_OK; st = hd_rows_next(r)) {
    rows++;
    if (fmt == HD_ROWS_JSONL) write_jsonl(r->st, out);
    else if (fmt == HD_ROWS_TABLE) table_row(r, idx, n, out);
    else write_delimited(r, fmt == HD_ROWS_CSV, out);
  }
  if (count) *count = rows;
  return st == HD_END ? HD_OK : st;
}

void hd_store_write_json_row(hd_stmt *st, const char *table, FILE *out) {
  fputs("{\"table\":", out);
  hd_json_string(table, out, 0);
  int n = hd_col_count(st);
  for (int i = 0; i < n; i++) {
    putc(',', out);
    hd_json_string(hd_col_name(st, i), out, 0);
    putc(':', out);
    json_value(st, i, out);
  }
  fputs("}\n", out);
}
