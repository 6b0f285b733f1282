/*
** report.c: one self-contained HTML file about the events of a store: a
** summary, the charts of chart.c, and a filterable list of deduplicated
** events with their Arabic evidence, right to left, the words that made
** the event marked.
**
** Article text is untrusted, so the page is built to stay inert whatever
** the articles say:
**   - every text written into the HTML goes through hd_html_text();
**   - the list's data is JSON inside <script type="application/json">,
**     with < > & and U+2028/2029 written as \u escapes, so no "</script>"
**     or comment opener can end the element early;
**   - the page's script builds the list with createElement and
**     textContent only (never innerHTML), and links only http(s) URLs;
**   - a Content-Security-Policy allows no network at all, and scripts only
**     with this report's random nonce: an injected inline handler or
**     script would not run even if it got into the page.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "store.h"

void hd_html_text(const char *s, FILE *out) {
  for (; s && *s; s++) {
    switch (*s) {
      case '&': fputs("&amp;", out); break;
      case '<': fputs("&lt;", out); break;
      case '>': fputs("&gt;", out); break;
      case '"': fputs("&quot;", out); break;
      case '\'': fputs("&#39;", out); break;
      default: putc(*s, out);
    }
  }
}

/* 32 hex digits from the system's random source. */
static void make_nonce(char *buf) {
  unsigned char r[16] = {0};
  FILE *f = fopen("/dev/urandom", "rb");
  size_t got = f ? fread(r, 1, sizeof r, f) : 0;
  if (f) fclose(f);
  if (got < sizeof r) {
    unsigned long x = (unsigned long)time(NULL) ^ (unsigned long)clock() ^ (unsigned long)(size_t)buf;
    for (size_t i = 0; i < sizeof r; i++) {
      x = x * 6364136223846793005UL + 1442695040888963407UL;
      r[i] ^= (unsigned char)(x >> 33);
    }
  }
  for (size_t i = 0; i < sizeof r; i++) sprintf(buf + 2 * i, "%02x", r[i]);
}

static const char css[] =
  "body{font-family:system-ui,'DejaVu Sans',sans-serif;margin:0;color:#222;background:#f4f5f7}"
  "header{background:#23395d;color:#fff;padding:14px 28px}"
  "header h1{margin:0 0 4px;font-size:22px}header p{margin:2px 0;font-size:14px;color:#dde}"
  "main{max-width:1140px;margin:0 auto;padding:4px 16px 40px}"
  "section{background:#fff;border:1px solid #dfe1e5;border-radius:6px;margin:14px 0;padding:6px 16px 10px}"
  "h2{font-size:17px;margin:10px 0 6px}"
  "svg.chart{width:100%;height:auto;font-size:12px;font-family:inherit}"
  ".note{color:#666;font-size:13px;margin:4px 0}"
  ".controls{display:flex;flex-wrap:wrap;gap:14px;align-items:center;font-size:14px;margin:6px 0}"
  ".controls input[type=search]{width:260px;padding:4px}"
  "#hd-list{list-style:none;padding:0;margin:0}"
  ".ev{border-left:5px solid #999;background:#fbfbfc;margin:8px 0;padding:6px 12px}"
  ".ev.q1{border-color:#4575b4}.ev.q2{border-color:#1a9850}.ev.q3{border-color:#f08c28}.ev.q4{border-color:#d73027}"
  ".head{font-size:14px}.head span{margin-right:16px}.dyad{font-weight:bold}.reports{color:#555}"
  ".ar{font-family:'Noto Naskh Arabic','Noto Sans Arabic','DejaVu Sans',serif;font-size:18px;line-height:1.8;"
  "text-align:right;margin:4px 0}"
  "mark{border-radius:3px;padding:0 2px}mark.m-verb{background:#ffe08a}mark.m-src{background:#cfe3ff}"
  "mark.m-tgt{background:#c9f0d0}"
  ".src{font-size:12px;color:#666}.src span,.src a{margin-right:12px}.src .title{font-size:14px}";

static void head(FILE *out, const char *title, const char *nonce) {
  fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n", out);
  fprintf(out, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
               " script-src 'nonce-%s'; base-uri 'none'; form-action 'none'\">\n", nonce);
  fputs("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>", out);
  hd_html_text(title, out);
  fprintf(out, "</title>\n<style>%s</style>\n</head>\n<body>\n", css);
}

/* ------------------------------------------------------------------ */
/* Selection and summary                                               */

/* hd_sel: the groups with a report that F selects. */
static int select_groups(hd_store *s, const hd_filter *f) {
  hd_buf w = {0};
  hd_params p = {0};
  int rc = hd_store_exec(s, HD_SQL(s, "DROP TABLE IF EXISTS temp.hd_sel; CREATE TEMP TABLE hd_sel(id INTEGER PRIMARY KEY)",
                                     "DROP TABLE IF EXISTS pg_temp.hd_sel; CREATE TEMP TABLE hd_sel(id BIGINT PRIMARY KEY)"));
  if (!rc) rc = hd_buf_printf(&w, "INSERT INTO hd_sel SELECT DISTINCT ge.group_id FROM group_events ge"
                                  " WHERE ge.event_id IN (");
  if (!rc) rc = hd_filter_sql(s, f, &w, &p);
  if (!rc) rc = hd_buf_printf(&w, ")");
  hd_stmt *st = rc ? NULL : hd_store_prepare(s, w.data);
  if (st && hd_bind_params(st, &p) == 0 && hd_step(st) != HD_DONE) rc = hd_store_fail(s, "selection");
  if (!rc && s->engine == HD_PG) rc = hd_store_exec(s, "ANALYZE pg_temp.hd_sel");
  if (!st) rc = -1;
  hd_finalize(st);
  hd_buf_free(&w);
  hd_params_free(&p);
  return rc;
}

static int summary(hd_store *s, FILE *out) {
  hd_stmt *a = hd_store_prepare(s, "SELECT count(*), coalesce(sum(g.events), 0), coalesce(sum(g.reports), 0),"
                                        " min(g.date), max(g.date) FROM event_groups g"
                                        " JOIN hd_sel ON hd_sel.id = g.id");
  hd_stmt *b = hd_store_prepare(s, "SELECT count(DISTINCT e.article), count(DISTINCT ar.outlet)"
                                        " FROM group_events ge JOIN hd_sel ON hd_sel.id = ge.group_id"
                                        " JOIN events e ON e.id = ge.event_id JOIN articles ar ON ar.id = e.article");
  int ok = a && b && hd_step(a) == HD_ROW && hd_step(b) == HD_ROW;
  if (ok) {
    const char *d0 = hd_col_text(a, 3), *d1 = hd_col_text(a, 4);
    fprintf(out, "<p id=\"hd-summary\">%lld events after deduplication, from %lld reports (%lld coded events) in %lld"
                 " articles from %lld outlets",
            (long long)hd_col_int(a, 0), (long long)hd_col_int(a, 2), (long long)hd_col_int(a, 1),
            (long long)hd_col_int(b, 0), (long long)hd_col_int(b, 1));
    if (d0 && d1) {
      fputs(", dated ", out);
      hd_html_text(d0, out);
      fputs(" to ", out);
      hd_html_text(d1, out);
    }
    fputs(".</p>\n", out);
  }
  hd_finalize(a);
  hd_finalize(b);
  return ok ? 0 : -1;
}

/* Which versions of hadath and of the dictionaries coded the store. */
static int codings(hd_store *s, FILE *out) {
  hd_stmt *st = hd_store_prepare(s, "SELECT c.hadath, c.dictionaries, count(a.id) FROM articles a"
                                    " JOIN codings c ON c.id = a.coding GROUP BY c.hadath, c.dictionaries"
                                    " ORDER BY 3 DESC, c.hadath, c.dictionaries");
  if (!st) return -1;
  int rc, n = 0;
  while ((rc = hd_step(st)) == HD_ROW) {
    fputs(n++ ? "; " : "<p id=\"hd-coded\">Coded by ", out);
    fputs("hadath ", out);
    hd_html_text(hd_col_text(st, 0), out);
    fputs(" with dictionaries ", out);
    hd_html_text(hd_col_text(st, 1), out);
    fprintf(out, " (%lld articles)", (long long)hd_col_int(st, 2));
  }
  if (n) fputs(".</p>\n", out);
  hd_finalize(st);
  return rc == HD_DONE ? 0 : hd_store_fail(s, "codings");
}

static void describe(FILE *out, const char *name, const char *v, int *any) {
  if (!v) return;
  fputs(*any ? ", " : "<p>Selection: ", out);
  *any = 1;
  hd_html_text(name, out);
  putc(' ', out);
  hd_html_text(v, out);
}

static void filters(FILE *out, const hd_filter *f, const hd_grouping *g) {
  const char *names[] = {"source", "target", "actor", "dyad", "code", "root", "PLOVER", "outlet", "doc", "from",
                         "to", "text", "category", "not category"};
  const char *vals[] = {f->source, f->target, f->actor, f->dyad, f->code, f->root, f->plover, f->outlet, f->doc,
                        f->from, f->to, f->text, f->category, f->not_category};
  char quad[4] = {(char)('0' + f->quad), 0}, grouping[64];
  int any = 0;
  for (size_t i = 0; i < HD_ARRAY_LEN(names); i++) describe(out, names[i], vals[i], &any);
  describe(out, "quad", f->quad ? quad : NULL, &any);
  describe(out, "counting each exchange", f->mutual_once ? "once" : NULL, &any);
  if (any) fputs(".</p>\n", out);
  if (f->realis) {
    fputs("<p>Events of realis", out);
    for (int r = 0, k = 0; r < HD_REALIS_COUNT; r++)
      if (f->realis >> r & 1) fprintf(out, "%s %s", k++ ? "," : "", hd_realis_name((hd_realis)r));
    fputs("; the groups are made of the events hadath code prints by default.</p>\n", out);
  } else fputs("<p>Events as hadath code prints them by default: actual, and background with a date.</p>\n", out);
  hd_grouping_text(g, grouping, sizeof grouping);
  fputs("<p>Reports are one event when they share the dyad and the code, dated at most ", out);
  fprintf(out, "%d day%s apart (grouping: ", g->days, g->days == 1 ? "" : "s");
  hd_html_text(grouping, out);
  fputs(").</p>\n", out);
}

/* ------------------------------------------------------------------ */
/* The list                                                            */

static const char list_sql[] =
  "SELECT g.id AS \"group\", g.date, g.last_date, g.source, g.target, g.undirected, g.code, e.code AS first_code,"
  " e.source AS source_code, e.target AS target_code,"
  " c.name AS code_name, g.quad, g.reports, g.articles, g.outlets,"
  " (SELECT %s FROM (SELECT DISTINCT nullif(a2.outlet, '') AS o FROM group_events ge2"
  "   JOIN events e2 ON e2.id = ge2.event_id JOIN articles a2 ON a2.id = e2.article"
  "   WHERE ge2.group_id = g.id ORDER BY 1) o) AS outlet_list,"
  " a.outlet, a.doc, a.title, a.url, e.source_text, e.target_text, e.verb_text, s.text"
  " FROM event_groups g JOIN hd_sel ON hd_sel.id = g.id JOIN events e ON e.id = g.first_event"
  " JOIN articles a ON a.id = e.article LEFT JOIN sentences s ON s.article = e.article AND s.idx = e.sentence"
  " LEFT JOIN codes c ON c.code = e.code"
  " ORDER BY g.reports DESC, g.articles DESC, g.date IS NULL, g.date, g.id LIMIT ?1";

static void script_row(hd_stmt *st, FILE *out) {
  putc('{', out);
  for (int i = 0; i < hd_col_count(st); i++) {
    int type = hd_col_type(st, i);
    const char *v = hd_col_text(st, i);
    if (i) putc(',', out);
    hd_json_string(hd_col_name(st, i), out, 1);
    putc(':', out);
    if (type == HD_NULL || !v) fputs("null", out);
    else if (type == HD_INT || type == HD_REAL) fputs(v, out);
    else hd_json_string(v, out, 1);
  }
  putc('}', out);
}

static int list_data(hd_store *s, long limit, FILE *out, long *shown) {
  char *sql = sqlite3_mprintf(list_sql, hd_list_sql(s, "o", ", "));
  hd_stmt *st = sql ? hd_store_prepare(s, sql) : NULL;
  sqlite3_free(sql);
  if (!st) return -1;
  hd_bind_int(st, 1, limit);
  int rc;
  *shown = 0;
  fputs("<script type=\"application/json\" id=\"hd-data\">[", out);
  while ((rc = hd_step(st)) == HD_ROW) {
    if ((*shown)++) fputs(",\n", out);
    script_row(st, out);
  }
  fputs("]</script>\n", out);
  hd_finalize(st);
  return rc == HD_DONE ? 0 : hd_store_fail(s, "event list");
}

static const char list_controls[] =
  "<h2>Events</h2>\n"
  "<div class=\"controls\">"
  "<label>Filter <input id=\"hd-q\" type=\"search\" placeholder=\"actor, code, outlet, date or words\"></label>"
  "<label>Quad class <select id=\"hd-quad\"><option value=\"0\">all</option>"
  "<option value=\"1\">1 verbal cooperation</option><option value=\"2\">2 material cooperation</option>"
  "<option value=\"3\">3 verbal conflict</option><option value=\"4\">4 material conflict</option></select></label>"
  "<label>At least <input id=\"hd-min\" type=\"number\" min=\"1\" value=\"1\" style=\"width:4em\"> reports</label>"
  "<span id=\"hd-count\" class=\"note\"></span></div>\n"
  "<p class=\"note\">In each sentence: <mark class=\"m-src\">source</mark> <mark class=\"m-verb\">event</mark>"
  " <mark class=\"m-tgt\">target</mark>.</p>\n"
  "<noscript><p class=\"note\">The list needs JavaScript.</p></noscript>\n"
  "<ol id=\"hd-list\"></ol>\n";

/* Builds the list from the JSON data with DOM calls only: the data are
** text and never markup. */
static const char list_script[] =
  "(function () {\n"
  "'use strict';\n"
  "var data = JSON.parse(document.getElementById('hd-data').textContent);\n"
  "var list = document.getElementById('hd-list'), q = document.getElementById('hd-q');\n"
  "var quad = document.getElementById('hd-quad'), min = document.getElementById('hd-min');\n"
  "var count = document.getElementById('hd-count');\n"
  "function el(tag, cls, text) {\n"
  "  var e = document.createElement(tag);\n"
  "  if (cls) e.className = cls;\n"
  "  if (text !== undefined && text !== null) e.textContent = String(text);\n"
  "  return e;\n"
  "}\n"
  "function arabic(e) { e.setAttribute('dir', 'rtl'); e.setAttribute('lang', 'ar'); return e; }\n"
  /* Where each piece of evidence stands in the sentence; overlaps dropped. */
  "function spans(text, parts) {\n"
  "  var found = [], kept = [], end = 0;\n"
  "  parts.forEach(function (p) {\n"
  "    String(p[0] || '').split(' ... ').forEach(function (w) {\n"
  "      w = w.trim();\n"
  "      var i = w ? text.indexOf(w) : -1;\n"
  "      if (i >= 0) found.push([i, i + w.length, p[1]]);\n"
  "    });\n"
  "  });\n"
  "  found.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });\n"
  "  found.forEach(function (s) { if (s[0] >= end) { kept.push(s); end = s[1]; } });\n"
  "  return kept;\n"
  "}\n"
  "function evidence(d) {\n"
  "  var p = arabic(el('p', 'ar')), text = String(d.text || ''), pos = 0;\n"
  "  var parts = [[d.source_text, 'm-src'], [d.target_text, 'm-tgt'], [d.verb_text, 'm-verb']];\n"
  "  spans(text, parts).forEach(function (s) {\n"
  "    if (s[0] > pos) p.appendChild(document.createTextNode(text.slice(pos, s[0])));\n"
  "    p.appendChild(el('mark', s[2], text.slice(s[0], s[1])));\n"
  "    pos = s[1];\n"
  "  });\n"
  "  if (pos < text.length) p.appendChild(document.createTextNode(text.slice(pos)));\n"
  "  return p;\n"
  "}\n"
  "function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }\n"
  "function header(d) {\n"
  "  var h = el('div', 'head');\n"
  "  var when = !d.date ? 'no date' :\n"
  "    d.last_date && d.last_date !== d.date ? d.date + ' to ' + d.last_date : d.date;\n"
  "  h.appendChild(el('span', 'date', when));\n"
  "  var arrow = d.undirected ? ' \\u2194 ' : ' \\u2192 ';\n"
  /* within one country, the roles: IRQCOP -> IRQCVL, not IRQ -> IRQ */
  "  var src = d.source, tgt = d.target;\n"
  "  if (src === tgt && d.source_code && d.target_code) { src = d.source_code; tgt = d.target_code; }\n"
  "  h.appendChild(el('span', 'dyad', src + (tgt ? arrow + tgt : '')));\n"
  "  h.appendChild(el('span', 'code', d.code_name ? d.first_code + ' ' + d.code_name : d.code));\n"
  "  h.appendChild(el('span', 'reports', plural(d.reports, 'report') + ', ' + plural(d.articles, 'article') +\n"
  "    ', ' + plural(d.outlets, 'outlet') + (d.outlet_list ? ' (' + d.outlet_list + ')' : '')));\n"
  "  return h;\n"
  "}\n"
  "function source(d) {\n"
  "  var s = el('div', 'src');\n"
  "  s.appendChild(el('span', null, (d.outlet || 'no outlet') + ' \\u00b7 ' + d.doc));\n"
  "  if (d.title) s.appendChild(arabic(el('span', 'title', d.title)));\n"
  "  if (d.url && /^https?:\\/\\//i.test(d.url)) {\n"
  "    var a = el('a', null, 'article');\n"
  "    a.href = d.url;\n"
  "    a.rel = 'noopener noreferrer';\n"
  "    s.appendChild(a);\n"
  "  }\n"
  "  return s;\n"
  "}\n"
  "function item(d) {\n"
  "  var li = el('li', 'ev q' + d.quad);\n"
  "  li.appendChild(header(d));\n"
  "  li.appendChild(evidence(d));\n"
  "  li.appendChild(source(d));\n"
  "  return li;\n"
  "}\n"
  "function matches(d, words, qd, least) {\n"
  "  if ((qd && d.quad !== qd) || d.reports < least) return false;\n"
  "  var hay = [d.date, d.source, d.target, d.source_code, d.target_code, d.code, d.first_code, d.code_name,\n"
  "             d.outlet_list, d.doc, d.title,\n"
  "             d.text].join(' ').toLowerCase();\n"
  "  return words.every(function (w) { return hay.indexOf(w) >= 0; });\n"
  "}\n"
  "function render() {\n"
  "  var words = q.value.toLowerCase().split(/\\s+/).filter(Boolean), qd = Number(quad.value);\n"
  "  var least = Number(min.value) || 0, frag = document.createDocumentFragment(), n = 0;\n"
  "  data.forEach(function (d) { if (matches(d, words, qd, least)) { frag.appendChild(item(d)); n++; } });\n"
  "  list.textContent = '';\n"
  "  list.appendChild(frag);\n"
  "  count.textContent = n + ' of ' + data.length + ' shown';\n"
  "}\n"
  "q.addEventListener('input', render);\n"
  "quad.addEventListener('change', render);\n"
  "min.addEventListener('input', render);\n"
  "render();\n"
  "})();\n";

static int event_list(hd_store *s, long limit, const char *nonce, FILE *out) {
  long shown;
  fputs(list_controls, out);
  if (list_data(s, limit, out, &shown) != 0) return -1;
  fprintf(out, "<p class=\"note\">The %ld most reported events of the selection, most reported first.</p>\n", shown);
  fprintf(out, "<script nonce=\"%s\">\n%s</script>\n", nonce, list_script);
  return 0;
}

/* ------------------------------------------------------------------ */

static int body(hd_store *s, const hd_filter *f, const hd_grouping *g, const char *title, const char *nonce,
                FILE *out) {
  fputs("<header><h1>", out);
  hd_html_text(title, out);
  fputs("</h1>\n", out);
  if (summary(s, out) != 0 || codings(s, out) != 0) return -1;
  filters(out, f, g);
  fputs("</header>\n<main>\n<section id=\"hd-timeline\">\n", out);
  if (hd_report_timeline(s, out) != 0) return -1;
  fputs("</section>\n<section id=\"hd-network\">\n", out);
  if (hd_report_network(s, out) != 0) return -1;
  fputs("</section>\n<section id=\"hd-actors\">\n", out);
  if (hd_report_actors(s, out) != 0) return -1;
  fputs("</section>\n<section id=\"hd-events\">\n", out);
  if (event_list(s, f->limit ? f->limit : 500, nonce, out) != 0) return -1;
  fputs("</section>\n</main>\n<footer class=\"note\" style=\"text-align:center\">hadath " HD_VERSION
        "</footer>\n</body>\n</html>\n", out);
  return 0;
}

hd_status hd_store_report(hd_store *s, const hd_filter *f, const hd_grouping *g, const char *title, FILE *out) {
  char nonce[33];
  s->err[0] = 0;
  hd_status st = hd_store_check_filter(s, f);
  if (st != HD_OK) return st;
  if (hd_store_use_groups(s, g) != 0 || select_groups(s, f) != 0) return HD_ERR_IO;
  make_nonce(nonce);
  head(out, title ? title : "hadath report", nonce);
  int rc = body(s, f, g, title ? title : "hadath report", nonce, out);
  char keep[sizeof s->err];
  memcpy(keep, s->err, sizeof keep);
  hd_store_exec(s, HD_SQL(s, "DROP TABLE IF EXISTS temp.hd_sel", "DROP TABLE IF EXISTS pg_temp.hd_sel"));
  memcpy(s->err, keep, sizeof keep);
  return rc == 0 ? HD_OK : HD_ERR_IO;
}
