/*
** chart.c: the SVG charts of the HTML report, drawn here from SQL so that
** the report needs no script to show them: the timeline of events by quad
** class, the network of the most active dyads (with their direction), and
** the top actors.
**
** Each chart reads the groups of the report's selection (the temporary
** table hd_sel).  Every text drawn is HTML-escaped: actor codes come from
** dictionaries a user may write.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "store.h"

#define PI 3.14159265358979323846

const char *const hd_quad_names[5] = {"", "verbal cooperation", "material cooperation", "verbal conflict",
                                      "material conflict"};
const char *const hd_quad_colors[5] = {"#999", "#4575b4", "#1a9850", "#f08c28", "#d73027"};

/* ------------------------------------------------------------------ */
/* Timeline                                                            */

typedef enum unit { BY_DAY, BY_WEEK, BY_MONTH } unit;

/* Bin of day D: weeks begin on Monday (1970-01-01 was a Thursday). */
static long bin_of(long d, unit u) {
  if (u == BY_DAY) return d;
  if (u == BY_WEEK) return (d + 3 >= 0 ? d + 3 : d - 3) / 7;
  char t[11];
  hd_store_day_text(d, t);
  return atol(t) * 12 + atol(t + 5) - 1;
}

static long bin_start(long b, unit u) {
  if (u == BY_DAY) return b;
  if (u == BY_WEEK) return b * 7 - 3;
  char t[24];
  snprintf(t, sizeof t, "%04ld-%02ld-01", (b / 12) % 10000, b % 12 + 1);
  return hd_store_day(t);
}

typedef struct dayq { long day; int quad; long n; } dayq;

/* Counts of groups by date and quad class, dated groups only. */
static dayq *timeline_counts(hd_store *s, size_t *n, long *total) {
  hd_stmt *st = hd_store_prepare(s, "SELECT g.date, g.quad, count(*) FROM event_groups g"
                                         " JOIN hd_sel ON hd_sel.id = g.id WHERE g.date IS NOT NULL"
                                         " GROUP BY g.date, g.quad ORDER BY g.date");
  dayq *v = NULL;
  size_t cap = 0;
  *n = 0;
  *total = 0;
  while (st && hd_step(st) == HD_ROW) {
    if (*n == cap) {
      dayq *w = realloc(v, (cap = cap ? cap * 2 : 256) * sizeof *v);
      if (!w) break;
      v = w;
    }
    long day = hd_store_day(hd_col_text(st, 0));
    int q = (int)hd_col_int(st, 1);
    if (day == INT32_MIN || q < 1 || q > 4) continue;
    v[*n] = (dayq){day, q, hd_col_int(st, 2)};
    *total += v[(*n)++].n;
  }
  hd_finalize(st);
  return v;
}

/* The shortest run of dates that holds 99% of the events (all of them
** under a hundred): an article dated 2012 in a corpus of 2018, or a date
** misread from a history, would otherwise squeeze the chart into a few
** pixels.  V is sorted by day. */
static void main_run(const dayq *v, size_t n, long total, long *lo, long *hi) {
  long need = total - total / 100, sum = 0, best = -1;
  for (size_t i = 0, j = 0; i < n; sum -= v[i++].n) {
    while (j < n && sum < need) sum += v[j++].n;
    if (sum < need) break;
    if (best < 0 || v[j - 1].day - v[i].day < best) {
      best = v[j - 1].day - v[i].day;
      *lo = v[i].day;
      *hi = v[j - 1].day;
    }
  }
}

static unit choose_unit(long lo, long hi) {
  return hi - lo <= 120 ? BY_DAY : hi - lo <= 3 * 366 ? BY_WEEK : BY_MONTH;
}

static void legend(FILE *out, int x, int y) {
  for (int q = 1; q <= 4; q++, x += 190) {
    fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>", x, y - 10, hd_quad_colors[q]);
    fprintf(out, "<text x=\"%d\" y=\"%d\">%d %s</text>", x + 16, y, q, hd_quad_names[q]);
  }
}

typedef struct frame { int x0, y0, w, h; long bins, top; unit u; long first; } frame;

static void bar(FILE *out, const frame *f, long b, int q, long base, long n) {
  double bw = (double)f->w / (double)f->bins, y1 = f->y0 + f->h - (double)f->h * (double)(base + n) / (double)f->top;
  double hgt = (double)f->h * (double)n / (double)f->top;
  char d[11];
  hd_store_day_text(bin_start(f->first + b, f->u), d);
  fprintf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
               "<title>%s%s: %ld %s</title></rect>",
          f->x0 + bw * (double)b + (bw > 3 ? 0.5 : 0), y1, bw > 3 ? bw - 1 : bw, hgt, hd_quad_colors[q],
          f->u == BY_DAY ? "" : f->u == BY_WEEK ? "week of " : "month of ", d, n, hd_quad_names[q]);
}

/* A grid line and its label at count V: 0, the middle (whole), the top. */
static void gridline(FILE *out, const frame *f, long v) {
  double y = f->y0 + f->h - (double)f->h * (double)v / (double)f->top;
  fprintf(out, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ccc\"/>", f->x0, f->x0 + f->w, y, y);
  fprintf(out, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%ld</text>", f->x0 - 6, y + 4, v);
}

static void axes(FILE *out, const frame *f) {
  gridline(out, f, 0);
  if (f->top / 2 > 0) gridline(out, f, f->top / 2);
  gridline(out, f, f->top);
  long step = f->bins / 8 + 1;
  for (long b = 0; b < f->bins; b += step) {
    char d[11];
    hd_store_day_text(bin_start(f->first + b, f->u), d);
    if (f->u == BY_MONTH) d[7] = 0;
    fprintf(out, "<text x=\"%.1f\" y=\"%d\">%s</text>", f->x0 + (double)f->w * (double)b / (double)f->bins,
            f->y0 + f->h + 16, d);
  }
}

/* Stacked bars; COUNTS holds bins x 4 values. */
static void draw_bars(FILE *out, const frame *f, const long *counts) {
  for (long b = 0; b < f->bins; b++) {
    long base = 0;
    for (int q = 1; q <= 4; q++) {
      long n = counts[b * 4 + q - 1];
      if (n) bar(out, f, b, q, base, n);
      base += n;
    }
  }
}

static int draw_timeline(FILE *out, const dayq *v, size_t n, long lo, long hi, long *outside) {
  frame f = {50, 30, 1020, 200, 0, 1, choose_unit(lo, hi), 0};
  f.first = bin_of(lo, f.u);
  f.bins = bin_of(hi, f.u) - f.first + 1;
  long *counts = calloc((size_t)f.bins * 4, sizeof *counts);
  if (!counts) return -1;
  *outside = 0;
  for (size_t i = 0; i < n; i++) {
    if (v[i].day < lo || v[i].day > hi) { *outside += v[i].n; continue; }
    counts[(bin_of(v[i].day, f.u) - f.first) * 4 + v[i].quad - 1] += v[i].n;
  }
  for (long b = 0; b < f.bins; b++) {
    long sum = counts[b * 4] + counts[b * 4 + 1] + counts[b * 4 + 2] + counts[b * 4 + 3];
    if (sum > f.top) f.top = sum;
  }
  fprintf(out, "<h2>Events per %s, by quad class</h2>\n",
          f.u == BY_DAY ? "day" : f.u == BY_WEEK ? "week" : "month");
  fprintf(out, "<svg class=\"chart\" id=\"timeline\" viewBox=\"0 0 1100 280\" role=\"img\""
               " aria-label=\"events per period by quad class\">");
  axes(out, &f);
  draw_bars(out, &f, counts);
  legend(out, f.x0, 272);
  fputs("</svg>\n", out);
  free(counts);
  return 0;
}

int hd_report_timeline(hd_store *s, FILE *out) {
  size_t n;
  long total, lo = 0, hi = 0, outside = 0;
  dayq *v = timeline_counts(s, &n, &total);
  if (!n) {
    fputs("<h2>Events by date</h2>\n<p class=\"note\">No dated events.</p>\n", out);
    free(v);
    return 0;
  }
  main_run(v, n, total, &lo, &hi);
  int rc = draw_timeline(out, v, n, lo, hi, &outside);
  if (rc == 0 && outside)
    fprintf(out, "<p class=\"note\">Deduplicated events, by the date of their first report. The %ld dated"
                 " farthest from the rest are not drawn.</p>\n", outside);
  else if (rc == 0) fputs("<p class=\"note\">Deduplicated events, by the date of their first report.</p>\n", out);
  free(v);
  return rc;
}

/* ------------------------------------------------------------------ */
/* Network of dyads                                                    */

#define MAX_EDGES 30
#define MAX_NODES (2 * MAX_EDGES)

/* An edge goes from A to B; an undirected one (an exchange coded both
** ways) has its ends in code order and no arrow.  A domestic dyad (IRQ and
** IRQ at country precision) is drawn between the roles of its first
** report (IRQCOP to IRQCVL), so that it is not a loop on one node. */
typedef struct edge { char a[40], b[40]; int undirected; long n, coop; int ia, ib; } edge;
typedef struct node { char code[40]; long weight; int placed; double x, y, r; } node;

static int node_index(node *nodes, int *nn, const char *code, long n) {
  for (int i = 0; i < *nn; i++)
    if (!strcmp(nodes[i].code, code)) { nodes[i].weight += n; return i; }
  snprintf(nodes[*nn].code, sizeof nodes[*nn].code, "%s", code);
  nodes[*nn].weight = n;
  nodes[*nn].placed = 0;
  return (*nn)++;
}

/* The most active dyads, each direction apart. */
static int read_edges(hd_store *s, edge *e, node *nodes, int *nn) {
  hd_stmt *st = hd_store_prepare(s,
    "SELECT CASE WHEN u = 1 AND b < a THEN b ELSE a END AS a2, CASE WHEN u = 1 AND b < a THEN a ELSE b END AS b2, u,"
    " count(*), sum(CASE WHEN q <= 2 THEN 1 ELSE 0 END) FROM (SELECT CASE WHEN g.source = g.target THEN e.source ELSE g.source END AS a,"
    "   CASE WHEN g.source = g.target THEN e.target ELSE g.target END AS b, g.undirected AS u, g.quad AS q"
    "   FROM event_groups g JOIN hd_sel ON hd_sel.id = g.id JOIN events e ON e.id = g.first_event"
    "   WHERE g.target <> '') x WHERE a <> b GROUP BY a2, b2, u ORDER BY 4 DESC, a2, b2, u LIMIT 30");
  int ne = 0;
  while (st && ne < MAX_EDGES && hd_step(st) == HD_ROW) {
    edge *x = &e[ne++];
    snprintf(x->a, sizeof x->a, "%s", hd_col_text(st, 0));
    snprintf(x->b, sizeof x->b, "%s", hd_col_text(st, 1));
    x->undirected = (int)hd_col_int(st, 2);
    x->n = hd_col_int(st, 3);
    x->coop = hd_col_int(st, 4);
    x->ia = node_index(nodes, nn, x->a, x->n);
    x->ib = node_index(nodes, nn, x->b, x->n);
  }
  hd_finalize(st);
  return ne;
}

static long tie(const edge *e, int ne, int i, int j) {
  long w = 0;
  for (int k = 0; k < ne; k++)
    if ((e[k].ia == i && e[k].ib == j) || (e[k].ia == j && e[k].ib == i)) w += e[k].n;
  return w;
}

/* Places nodes around a circle, each next to the unplaced node most tied
** to the one before it (the heaviest when none is), so that partners sit
** side by side and fewer lines cross the circle. */
static void layout(node *nodes, int nn, const edge *e, int ne, double cx, double cy, double r) {
  int last = -1;
  long top = 1;
  for (int i = 0; i < nn; i++) if (nodes[i].weight > top) top = nodes[i].weight;
  for (int k = 0; k < nn; k++) {
    int best = -1;
    long bw = -1, bt = -1;
    for (int i = 0; i < nn; i++) {
      if (nodes[i].placed) continue;
      long t = last >= 0 ? tie(e, ne, last, i) : 0;
      if (t > bt || (t == bt && nodes[i].weight > bw)) { best = i; bt = t; bw = nodes[i].weight; }
    }
    double angle = 2 * PI * k / nn - PI / 2;
    nodes[best].placed = 1;
    nodes[best].x = cx + r * cos(angle);
    nodes[best].y = cy + r * sin(angle);
    nodes[best].r = 4 + 12 * sqrt((double)nodes[best].weight / (double)top);
    last = best;
  }
}

/* A directed edge bends to its left, so that A to B and B to A are two
** lines; it ends at the rim of its target, where the arrow points. */
static void draw_edges(FILE *out, const edge *e, int ne, const node *nodes) {
  long top = e[0].n;
  for (int k = 0; k < ne; k++) if (e[k].n > top) top = e[k].n;
  for (int k = ne - 1; k >= 0; k--) {
    const node *a = &nodes[e[k].ia], *b = &nodes[e[k].ib];
    int coop = e[k].coop * 2 >= e[k].n;
    double dx = b->x - a->x, dy = b->y - a->y, len = sqrt(dx * dx + dy * dy);
    if (len < 1) len = 1;
    double ux = dx / len, uy = dy / len, bend = e[k].undirected ? 0 : 0.12 * len;
    double x1 = a->x + ux * a->r, y1 = a->y + uy * a->r;
    double x2 = b->x - ux * (b->r + (e[k].undirected ? 0 : 3)), y2 = b->y - uy * (b->r + (e[k].undirected ? 0 : 3));
    double cx = (x1 + x2) / 2 + uy * bend, cy = (y1 + y2) / 2 - ux * bend;
    fprintf(out, "<path d=\"M%.1f %.1f Q%.1f %.1f %.1f %.1f\" fill=\"none\" stroke=\"%s\" stroke-opacity=\"0.6\""
                 " stroke-width=\"%.1f\"%s><title>", x1, y1, cx, cy, x2, y2, coop ? "#4575b4" : "#d73027",
            1 + 7 * sqrt((double)e[k].n / (double)top),
            e[k].undirected ? "" : coop ? " marker-end=\"url(#hd-arrow-coop)\"" : " marker-end=\"url(#hd-arrow-conf)\"");
    hd_html_text(e[k].a, out);
    fputs(e[k].undirected ? " \xE2\x86\x94 " : " \xE2\x86\x92 ", out);
    hd_html_text(e[k].b, out);
    fprintf(out, ": %ld events, %ld cooperative</title></path>\n", e[k].n, e[k].coop);
  }
}

static void draw_nodes(FILE *out, const node *nodes, int nn, double cx) {
  for (int i = 0; i < nn; i++) {
    const node *v = &nodes[i];
    int right = v->x >= cx;
    fprintf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#444\"><title>", v->x, v->y, v->r);
    hd_html_text(v->code, out);
    fprintf(out, ": %ld events</title></circle><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">", v->weight,
            v->x + (right ? v->r + 4 : -v->r - 4), v->y + 4, right ? "start" : "end");
    hd_html_text(v->code, out);
    fputs("</text>\n", out);
  }
}

int hd_report_network(hd_store *s, FILE *out) {
  edge e[MAX_EDGES];
  node nodes[MAX_NODES];
  int nn = 0, ne = read_edges(s, e, nodes, &nn);
  fputs("<h2>Most active dyads</h2>\n", out);
  if (!ne) { fputs("<p class=\"note\">No events with a target.</p>\n", out); return 0; }
  layout(nodes, nn, e, ne, 550, 300, 230);
  fputs("<svg class=\"chart\" id=\"network\" viewBox=\"0 0 1100 600\" role=\"img\" aria-label=\"network of the most"
        " active dyads\">\n<defs>", out);
  for (int c = 0; c < 2; c++)
    fprintf(out, "<marker id=\"hd-arrow-%s\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"17\""
                 " markerHeight=\"17\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0 0 L10 5 L0 10 z\" fill=\"%s\"/></marker>",
            c ? "conf" : "coop", c ? "#d73027" : "#4575b4");
  fputs("</defs>\n", out);
  draw_edges(out, e, ne, nodes);
  draw_nodes(out, nodes, nn, 550);
  fputs("</svg>\n<p class=\"note\">Each line goes from the source to the target (the arrow); an exchange coded"
        " both ways (a call, a meeting) has no arrow. A dyad within one country is drawn between the roles of its"
        " first report (IRQCOP \xE2\x86\x92 IRQCVL). Line width: deduplicated events; blue when most are"
        " cooperative, red when most are conflictual.</p>\n", out);
  return 0;
}

/* ------------------------------------------------------------------ */
/* Top actors                                                          */

static void actor_row(FILE *out, int i, const char *code, long n, long coop, long top) {
  double y = 10 + 24.0 * i, w = 800.0 * (double)n / (double)top, wc = 800.0 * (double)coop / (double)top;
  fprintf(out, "<text x=\"110\" y=\"%.1f\" text-anchor=\"end\">", y + 14);
  hd_html_text(code, out);
  fprintf(out, "</text><rect x=\"120\" y=\"%.1f\" width=\"%.1f\" height=\"18\" fill=\"#4575b4\"><title>%ld cooperative"
               "</title></rect>", y, wc, coop);
  fprintf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"18\" fill=\"#d73027\"><title>%ld conflictual"
               "</title></rect>", 120 + wc, y, w - wc, n - coop);
  fprintf(out, "<text x=\"%.1f\" y=\"%.1f\">%ld</text>\n", 126 + w, y + 14, n);
}

#define TOP_ACTORS 20

typedef struct actor_count { char code[40]; long n, coop; } actor_count;

static int read_actors(hd_store *s, actor_count *a) {
  /* a domestic event counts once for its country */
  hd_stmt *st = hd_store_prepare(s,
    "SELECT actor, count(*) AS n, sum(CASE WHEN quad <= 2 THEN 1 ELSE 0 END) FROM (SELECT g.source AS actor, g.quad FROM event_groups g"
    " JOIN hd_sel ON hd_sel.id = g.id UNION ALL SELECT g.target, g.quad FROM event_groups g"
    " JOIN hd_sel ON hd_sel.id = g.id WHERE g.target <> '' AND g.target <> g.source) x"
    " GROUP BY actor ORDER BY n DESC, actor LIMIT 20");
  int n = 0;
  while (st && n < TOP_ACTORS && hd_step(st) == HD_ROW) {
    snprintf(a[n].code, sizeof a[n].code, "%s", hd_col_text(st, 0));
    a[n].n = hd_col_int(st, 1);
    a[n++].coop = hd_col_int(st, 2);
  }
  hd_finalize(st);
  return st ? n : -1;
}

int hd_report_actors(hd_store *s, FILE *out) {
  actor_count a[TOP_ACTORS];
  int n = read_actors(s, a);
  if (n < 0) return -1;
  fputs("<h2>Top actors</h2>\n", out);
  if (!n) { fputs("<p class=\"note\">No events.</p>\n", out); return 0; }
  fprintf(out, "<svg class=\"chart\" id=\"actors\" viewBox=\"0 0 1100 %d\" role=\"img\" aria-label=\"top actors\">\n",
          20 + 24 * n);
  for (int i = 0; i < n; i++) actor_row(out, i, a[i].code, a[i].n, a[i].coop, a[0].n);
  fputs("</svg>\n<p class=\"note\">Deduplicated events in which the actor is source or target (once for an event"
        " within its country); blue cooperative, red conflictual.</p>\n", out);
  return 0;
}
