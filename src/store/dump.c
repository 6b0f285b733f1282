/*
** dump.c: the whole store as canonical JSON Lines, its counts, and a check
** of the database and its search index.
**
** The dump leaves out row ids and orders every table by content (articles
** by outlet and id, their sentences and events in text order), so that two
** stores that hold the same thing dump the same bytes, however their loads
** were interrupted and resumed, by how many loaders, and on which engine.
** hd_store_load_dump() (import.c) reads it back.
*/
#include <stdlib.h>
#include <string.h>
#include "store.h"

static const struct { const char *table, *sql; } dump_sql[] = {
  /* groups_stamp is made of row ids */
  {"meta", "SELECT key, value FROM meta WHERE key <> 'groups_stamp' ORDER BY key"},
  {"codings", "SELECT hadath, dictionaries, files FROM codings ORDER BY hadath, dictionaries"},
  {"articles", "SELECT a.outlet, a.doc, a.url, a.date, a.title, a.category, a.text, a.folded, a.file, a.line,"
               " c.hadath, c.dictionaries FROM articles a LEFT JOIN codings c ON c.id = a.coding"
               " ORDER BY a.outlet, a.doc"},
  {"sentences", "SELECT a.outlet, a.doc, s.idx, s.text FROM sentences s JOIN articles a ON a.id = s.article"
                " ORDER BY a.outlet, a.doc, s.idx"},
  {"events", "SELECT a.outlet, a.doc, e.sentence, e.date, e.source, e.target, e.code, e.root, e.quad,"
             " e.goldstein, e.plover, e.plover_mode, e.source_text, e.target_text, e.verb_text, e.location,"
             " e.location_country, e.latitude, e.longitude, e.realis, e.reported, e.mutual, e.event_id, e.spans"
             " FROM events e JOIN articles a ON a.id = e.article ORDER BY a.outlet, a.doc, e.id"},
  {"actors", "SELECT code, events, as_source, as_target, first_seen, last_seen FROM actors ORDER BY code"},
  {"codes", "SELECT code, name, root, quad, goldstein, plover, plover_mode FROM codes ORDER BY code"},
  {"event_groups", "SELECT g.date, g.last_date, g.source, g.target, g.undirected, g.code, g.quad, g.reports,"
                   " g.articles, g.outlets, g.events, a.outlet, a.doc, e.sentence FROM %s.event_groups g"
                   " JOIN events e ON e.id = g.first_event JOIN articles a ON a.id = e.article"
                   " ORDER BY g.source, g.target, g.code, g.date NULLS FIRST, a.outlet, a.doc, e.id"},
};

static int dump_table(hd_store *s, const char *table, const char *sql, FILE *out) {
  char *q = sqlite3_mprintf(sql, s->main);   /* the stored groups, not a query's own */
  hd_stmt *st = q ? hd_prepare_stream(s, q) : NULL;
  sqlite3_free(q);
  if (!st) return -1;
  int rc;
  while ((rc = hd_step(st)) == HD_ROW && !ferror(out)) hd_store_write_json_row(st, table, out);
  hd_finalize(st);
  if (rc == HD_ROW) { snprintf(s->err, sizeof s->err, "cannot write the dump"); return -1; }
  if (rc == HD_DONE) return 0;
  char keep[sizeof s->err];
  snprintf(keep, sizeof keep, "%s: %.480s", table, s->err);
  memcpy(s->err, keep, sizeof keep);
  return -1;
}

/* One read transaction, so that a load running meanwhile is not half
** seen: SQLite's reads see one snapshot; PostgreSQL's do when repeatable. */
int hd_store_read_begin(hd_store *s) {
  if (hd_store_commit(s) != HD_OK) return -1;
  return hd_store_exec(s, HD_SQL(s, "BEGIN", "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
}

void hd_store_read_end(hd_store *s) {
  char keep[sizeof s->err];
  memcpy(keep, s->err, sizeof keep);
  if (hd_store_exec(s, "COMMIT") != 0) hd_store_rollback(s);
  memcpy(s->err, keep, sizeof keep);
}

hd_status hd_store_dump(hd_store *s, FILE *out) {
  s->err[0] = 0;
  if (hd_store_read_begin(s) != 0) return HD_ERR_IO;
  int rc = 0;
  for (size_t i = 0; rc == 0 && i < HD_ARRAY_LEN(dump_sql); i++)
    rc = dump_table(s, dump_sql[i].table, dump_sql[i].sql, out);
  hd_store_read_end(s);
  return rc == 0 ? HD_OK : HD_ERR_IO;
}

static const struct { const char *name, *sql; } summary_sql[] = {
  {"articles", "SELECT count(*) FROM articles"},
  {"sentences", "SELECT count(*) FROM sentences"},
  {"events", "SELECT count(*) FROM events"},
  {"reported", "SELECT count(*) FROM events WHERE reported = 1"},
  {"groups", "SELECT count(*) FROM %s.event_groups"},
  {"actors", "SELECT count(*) FROM actors"},
  {"outlets", "SELECT count(DISTINCT outlet) FROM articles"},
  {"first_date", "SELECT min(date) FROM events"},
  {"last_date", "SELECT max(date) FROM events"},
  {"grouping", "SELECT value FROM meta WHERE key = 'groups'"},
};

static int summary_line(hd_store *s, const char *name, const char *sql, FILE *out) {
  char *q = sqlite3_mprintf(sql, s->main);
  hd_stmt *st = q ? hd_store_prepare(s, q) : NULL;
  sqlite3_free(q);
  if (!st) return -1;
  int rc = hd_step(st);
  const char *v = rc == HD_ROW ? hd_col_text(st, 0) : NULL;
  fprintf(out, "%-11s %s\n", name, v ? (const char *)v : "-");
  hd_finalize(st);
  return rc == HD_ROW || rc == HD_DONE ? 0 : -1;
}

/* Which versions of hadath and of the dictionaries coded the articles. */
static int summary_codings(hd_store *s, FILE *out) {
  hd_stmt *st = hd_store_prepare(s, "SELECT c.hadath, c.dictionaries, c.files, count(a.id) FROM articles a"
                                    " LEFT JOIN codings c ON c.id = a.coding GROUP BY a.coding, c.hadath,"
                                    " c.dictionaries, c.files ORDER BY count(a.id) DESC, c.hadath, c.dictionaries");
  if (!st) return -1;
  int rc;
  while ((rc = hd_step(st)) == HD_ROW) {
    const char *h = hd_col_text(st, 0), *d = hd_col_text(st, 1);
    if (h) fprintf(out, "%-11s hadath %s, dictionaries %s (%s): %lld articles\n", "coded_by", h, d,
                   hd_col_text(st, 2), (long long)hd_col_int(st, 3));
    else fprintf(out, "%-11s an older hadath: %lld articles\n", "coded_by", (long long)hd_col_int(st, 3));
  }
  hd_finalize(st);
  return rc == HD_DONE ? 0 : -1;
}

/* Whether the stored groups cover every event stored. */
static int summary_current(hd_store *s, FILE *out) {
  char stamp[64], made[64];
  if (hd_store_stamp(s, stamp, sizeof stamp) != 0 || hd_store_meta_get(s, "groups_stamp", made, sizeof made) != 0)
    return -1;
  fprintf(out, "%-11s %s\n", "groups_for", strcmp(stamp, made) ? "older events (a query groups anew)" : "all events");
  return 0;
}

hd_status hd_store_summary(hd_store *s, FILE *out) {
  s->err[0] = 0;
  if (hd_store_read_begin(s) != 0) return HD_ERR_IO;
  int rc = 0;
  for (size_t i = 0; rc == 0 && i < HD_ARRAY_LEN(summary_sql); i++)
    rc = summary_line(s, summary_sql[i].name, summary_sql[i].sql, out);
  if (rc == 0) rc = summary_current(s, out);
  if (rc == 0) rc = summary_codings(s, out);
  hd_store_read_end(s);
  return rc == 0 ? HD_OK : HD_ERR_IO;
}

static int integrity(hd_store *s) {
  if (s->engine == HD_PG) return 0;   /* the server keeps its own */
  hd_stmt *st = hd_store_prepare(s, "PRAGMA integrity_check");
  if (!st) return -1;
  int rc = hd_step(st), ok = rc == HD_ROW && !strcmp(hd_col_text(st, 0), "ok");
  if (!ok) snprintf(s->err, sizeof s->err, "integrity check: %s", rc == HD_ROW ? hd_col_text(st, 0) : s->dberr);
  hd_finalize(st);
  return ok ? 0 : -1;
}

/* Every article is in the search index, and the index has nothing else:
** FTS5's own check compares the index with the folded text it was made
** from.  PostgreSQL maintains its trigram index itself. */
static int search_index(hd_store *s) {
  if (s->engine == HD_PG) return 0;
  if (hd_store_exec(s, "INSERT INTO articles_fts(articles_fts, rank) VALUES('integrity-check', 1)") == 0) return 0;
  char msg[sizeof s->err];
  snprintf(msg, sizeof msg, "search index: %.480s", s->err);
  memcpy(s->err, msg, sizeof msg);
  return -1;
}

/* What the store itself promises, on both engines: every event has its
** article and its sentence, every member of a group its event. */
static const struct { const char *what, *sql; } promises[] = {
  {"events without their article",
   "SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = e.article)"},
  {"events without their sentence",
   "SELECT count(*) FROM events e WHERE NOT EXISTS"
   " (SELECT 1 FROM sentences x WHERE x.article = e.article AND x.idx = e.sentence)"},
  {"sentences without their article",
   "SELECT count(*) FROM sentences x WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = x.article)"},
  {"grouped reports that are no event",
   "SELECT count(*) FROM %s.group_events ge WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = ge.event_id)"},
};

static int kept_promises(hd_store *s) {
  int rc = 0;
  for (size_t i = 0; rc == 0 && i < HD_ARRAY_LEN(promises); i++) {
    char *q = sqlite3_mprintf(promises[i].sql, s->main);
    hd_stmt *st = q ? hd_store_prepare(s, q) : NULL;
    sqlite3_free(q);
    if (!st || hd_step(st) != HD_ROW) rc = -1;
    else if (hd_col_int(st, 0)) {
      snprintf(s->err, sizeof s->err, "%lld %s", (long long)hd_col_int(st, 0), promises[i].what);
      rc = -1;
    }
    hd_finalize(st);
  }
  return rc;
}

hd_status hd_store_check(hd_store *s) {
  s->err[0] = 0;
  if (hd_store_commit(s) != HD_OK) return HD_ERR_IO;
  return integrity(s) == 0 && search_index(s) == 0 && kept_promises(s) == 0 ? HD_OK : HD_ERR_IO;
}
