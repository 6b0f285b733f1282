/*
** count.c: the aggregates analysts build first, the time series of event
** counts (as in ICEWS's aggregated files or GDELT's event table): counts
** of the events a filter selects by date, dyad, actor, code..., with their
** reports, articles and Goldstein sum and mean.
**
** The keys are SQL expressions over events e and articles a; the events
** counted are those of hd_filter_where(), so every filter applies, and by
** default the events hadath code prints.  A mutual exchange (A-B and B-A
** from one sentence) is two events, one each way, unless the filter asks
** for mutual_once.
*/
#include <stdlib.h>
#include <string.h>
#include "store.h"

typedef struct key {
  const char *name;     /* as --count-by names it */
  const char *cols;     /* the columns it makes: SQL, with %1$s the source and %2$s the target expressions */
} key;

static const key keys[] = {
  {"day", "e.date AS day"},
  {"week", NULL},   /* the engine's own: week_sql() */
  {"month", "substr(e.date, 1, 7) AS month"},
  {"year", "substr(e.date, 1, 4) AS year"},
  {"dyad", "%1$s AS source, %2$s AS target"},
  {"pair", "CASE WHEN e.target = '' OR %1$s <= %2$s THEN %1$s ELSE %2$s END AS actor_a,"
           " CASE WHEN e.target = '' THEN '' WHEN %1$s <= %2$s THEN %2$s ELSE %1$s END AS actor_b"},
  {"source", "%1$s AS source"},
  {"target", "%2$s AS target"},
  {"actor", "x.actor AS actor"},
  {"root", "e.root AS root"},
  {"code", "e.code AS code"},
  {"quad", "e.quad AS quad"},
  {"plover", "e.plover AS plover"},
  {"outlet", "a.outlet AS outlet"},
  {"category", "a.category AS category"},
  {"realis", "e.realis AS realis"},
};

static const key *find_key(const char *name, size_t n) {
  for (size_t i = 0; i < HD_ARRAY_LEN(keys); i++)
    if (strlen(keys[i].name) == n && !memcmp(keys[i].name, name, n)) return &keys[i];
  return NULL;
}

static int bad_key(hd_store *s, const char *name, size_t n) {
  int k = snprintf(s->err, sizeof s->err, "--count-by: unknown key '%.*s'; the keys are", (int)n, name);
  for (size_t i = 0; i < HD_ARRAY_LEN(keys) && k > 0 && (size_t)k < sizeof s->err; i++)
    k += snprintf(s->err + k, sizeof s->err - (size_t)k, "%s %s", i ? "," : "", keys[i].name);
  return -1;
}

/* The keys of BY into KS; their number, or -1 with s->err. */
static int parse_keys(hd_store *s, const char *by, const key **ks, int max, int *actor) {
  int n = 0;
  *actor = 0;
  for (const char *p = by; *p;) {
    size_t len = strcspn(p, ",");
    const key *k = find_key(p, len);
    if (!k) return bad_key(s, p, len);
    for (int i = 0; i < n; i++)
      if (ks[i] == k) {
        snprintf(s->err, sizeof s->err, "--count-by: key '%s' given twice", k->name);
        return -1;
      }
    if (n == max) { snprintf(s->err, sizeof s->err, "--count-by: at most %d keys", max); return -1; }
    *actor |= !strcmp(k->name, "actor");
    ks[n++] = k;
    p += len + (p[len] == ',');
  }
  if (!n) snprintf(s->err, sizeof s->err, "--count-by: give one key or more, such as dyad,month");
  return n ? n : -1;
}

/* The Monday that begins the week of the event's date. */
static const char *week_sql(hd_store *s) {
  return HD_SQL(s, "date(e.date, '-6 days', 'weekday 1') AS week",
                "to_char(date_trunc('week', CAST(e.date AS DATE)), 'YYYY-MM-DD') AS week");
}

static int key_columns(const key *k) { return !strcmp(k->name, "dyad") || !strcmp(k->name, "pair") ? 2 : 1; }

#define TENTHS "sum(CAST(round(e.goldstein * 10) AS INTEGER))"

static int count_sql(hd_store *s, const hd_filter *f, const key *const *ks, int nk, int actor,
                     const hd_grouping *g, hd_buf *w, hd_params *p) {
  char *src = hd_actor_expr(g, "e.source"), *tgt = hd_actor_expr(g, "e.target");
  char *one = actor ? hd_actor_expr(g, "e.actor_code") : NULL;
  int rc = src && tgt && (!actor || one) ? hd_buf_printf(w, "SELECT ") : -1, ncols = 0;
  for (int i = 0; !rc && i < nk; i++) {
    /* the key's columns, with %1$s the source and %2$s the target (POSIX printf) */
    rc = !strcmp(ks[i]->name, "actor") ? hd_buf_printf(w, "%s AS actor", one)
       : !ks[i]->cols ? hd_buf_printf(w, "%s", week_sql(s)) : hd_buf_printf(w, ks[i]->cols, src, tgt);
    if (!rc) rc = hd_buf_printf(w, ", ");
    ncols += key_columns(ks[i]);
  }
  /* Goldstein values have one decimal: summed as whole tenths, and the
  ** mean rounded half away from zero in integers, so that both engines
  ** give the same digits */
  if (!rc)
    rc = hd_buf_printf(w, "count(*) AS events, count(DISTINCT e.article * 1048576 + e.sentence) AS reports,"
                          " count(DISTINCT e.article) AS articles, %s / 10.0 AS goldstein_sum,"
                          " (200 * %s + CASE WHEN %s < 0 THEN -count(*) ELSE count(*) END) / (2 * count(*)) / 1000.0"
                          " AS goldstein_mean FROM ", TENTHS, TENTHS, TENTHS);
  /* by actor: each event once as its source and once as its target */
  if (!rc)
    rc = hd_buf_printf(w, actor ? "(SELECT e.*, e.source AS actor_code FROM events e UNION ALL"
                                  " SELECT e.*, e.target FROM events e WHERE e.target <> '') e"
                                : "events e");
  /* the filter's conditions, on e and a, in this query: the events are read
  ** once, and the articles only when a filter or a key needs them */
  int articles = f->outlet || f->doc || f->category || f->not_category || f->text;
  for (int i = 0; i < nk; i++) articles |= !strcmp(ks[i]->name, "outlet") || !strcmp(ks[i]->name, "category");
  if (!rc) rc = hd_buf_printf(w, articles ? " JOIN articles a ON a.id = e.article WHERE 1 = 1" : " WHERE 1 = 1");
  if (!rc) rc = hd_filter_where(s, f, w, p);
  if (!rc) rc = hd_buf_printf(w, " GROUP BY ");
  for (int i = 1; !rc && i <= ncols; i++) rc = hd_buf_printf(w, "%s%d", i > 1 ? ", " : "", i);
  if (!rc) rc = hd_buf_printf(w, " ORDER BY ");
  for (int i = 1; !rc && i <= ncols; i++) rc = hd_buf_printf(w, "%s%d NULLS FIRST", i > 1 ? ", " : "", i);
  if (!rc && f->limit) rc = hd_buf_printf(w, " LIMIT %ld", f->limit);
  sqlite3_free(src);
  sqlite3_free(tgt);
  sqlite3_free(one);
  return rc;
}

hd_rows *hd_store_count(hd_store *s, const hd_filter *f, const char *by, const hd_grouping *g, hd_status *st) {
  const key *ks[8];
  int actor;
  s->err[0] = 0;
  int nk = parse_keys(s, by ? by : "", ks, 8, &actor);
  if (nk < 0) { *st = HD_ERR_ARG; return NULL; }
  if ((*st = hd_store_check_filter(s, f)) != HD_OK) return NULL;
  hd_buf w = {0};
  hd_params p = {0};
  hd_rows *r = NULL;
  if (count_sql(s, f, ks, nk, actor, g, &w, &p) == 0) r = hd_store_run(s, w.data, &p, NULL, st);   /* every column */
  else { snprintf(s->err, sizeof s->err, "out of memory"); *st = HD_ERR_NOMEM; }
  hd_params_free(&p);
  hd_buf_free(&w);
  return r;
}
