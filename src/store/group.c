/*
** group.c: deduplication.  Reports of one event (the same call told in the
** headline, the lead and the body, by several outlets, on consecutive days)
** become one group: same dyad and code at the chosen precision, dates at
** most N days from the group's first report.
**
** Only the events that hadath code prints by default are grouped (realis
** actual, or background with a date of its own: events.reported).
**
** Events are read sorted by key and date, and a group is closed when the
** key changes or a date falls more than N days after the group's first:
** measuring from the first report, not the previous one, keeps a daily
** run of the same clash from chaining into one group a month long.
** Undated reports are grouped only within their own article, since nothing
** says that two undated reports in different articles are one event.
**
** Within a key, reports are read in the order of their content (date,
** outlet, article id, sentence, then the order the coder found them in),
** so that the groups, their numbers and the report that stands for each
** are a function of the events alone: the same whatever loaders stored
** them, in whatever order, on either engine.
**
** The groups are stored in event_groups and group_events, with the grouping
** and a stamp of the events in meta; a query with another grouping, or
** after a load that was stopped before grouping, groups into temporary
** tables of the same names, which hide the stored ones for that connection.
** One grouping runs at a time: under SQLite's writer lock, or a
** PostgreSQL advisory lock taken before anything is read.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "store.h"

/* Codes of organizations that are no country: at country precision they
** keep their full code, so that IGOUNO and IGOARL stay apart. */
#define NON_STATE "('IGO','NGO','IMG','MNC','NGM')"

hd_grouping hd_grouping_default(void) {
  hd_grouping g = {0, 0, 1, HD_DIRECTION_MUTUAL};
  return g;
}

static const char *direction_name(hd_direction d) {
  return d == HD_DIRECTION_DIRECTED ? "directed" : d == HD_DIRECTION_ANY ? "any" : "mutual";
}

void hd_grouping_text(const hd_grouping *g, char *buf, size_t cap) {
  snprintf(buf, cap, "%s %s %d %s", g->full_code ? "code" : "root", g->full_actors ? "full" : "country", g->days,
           direction_name(g->direction));
}

int hd_store_stamp(hd_store *s, char *buf, size_t cap) {
  hd_stmt *st = hd_store_prepare(s, "SELECT coalesce(max(id), 0), count(*) FROM events");
  if (!st) return -1;
  int rc = hd_step(st);
  if (rc == HD_ROW) snprintf(buf, cap, "%lld:%lld", (long long)hd_col_int(st, 0), (long long)hd_col_int(st, 1));
  else snprintf(buf, cap, "%s", "");
  hd_finalize(st);
  return rc == HD_ROW ? 0 : hd_store_fail(s, "events");
}

int hd_store_group_tables(hd_store *s, const char *schema) {
  /* SQLite's row ids are INTEGER PRIMARY KEY, PostgreSQL's BIGINT */
  const char *text = HD_SQL(s, "TEXT", "TEXT COLLATE \"C\""), *id = HD_SQL(s, "INTEGER", "BIGINT");
  char *sql = sqlite3_mprintf(
    "CREATE TABLE IF NOT EXISTS %s.event_groups("
    "  id %s PRIMARY KEY, date %s, last_date %s, source %s NOT NULL,"
    "  target %s NOT NULL, code %s NOT NULL, undirected INTEGER NOT NULL, quad INTEGER, reports INTEGER,"
    "  articles INTEGER, outlets INTEGER, events INTEGER, first_event %s);"
    "CREATE TABLE IF NOT EXISTS %s.group_events("
    "  event_id %s PRIMARY KEY, group_id %s NOT NULL);",
    schema, id, text, text, text, text, text, id, schema, id, id);
  /* an index is made in its table's schema: PostgreSQL names only the table's */
  char *idx = s->engine == HD_PG
    ? sqlite3_mprintf("CREATE INDEX IF NOT EXISTS group_events_group ON %s.group_events(group_id);"
                      "CREATE INDEX IF NOT EXISTS event_groups_date ON %s.event_groups(date);", schema, schema)
    : sqlite3_mprintf("CREATE INDEX IF NOT EXISTS %s.group_events_group ON group_events(group_id);"
                      "CREATE INDEX IF NOT EXISTS %s.event_groups_date ON event_groups(date);", schema, schema);
  int rc = sql && idx ? 0 : -1;
  if (rc) snprintf(s->err, sizeof s->err, "out of memory");
  if (!rc) rc = hd_store_exec(s, sql);
  if (!rc) rc = hd_store_exec(s, idx);
  sqlite3_free(sql);
  sqlite3_free(idx);
  return rc;
}

/* The SQL expression of an actor column at the grouping's precision. */
char *hd_actor_expr(const hd_grouping *g, const char *col) {
  if (g->full_actors) return sqlite3_mprintf("%s", col);
  return sqlite3_mprintf("(CASE WHEN length(%s) < 3 OR substr(%s, 1, 3) IN " NON_STATE " THEN %s"
                         " ELSE substr(%s, 1, 3) END)", col, col, col, col);
}

/* SELECT of (id, date, article, source key, target key, code key,
** undirected), sorted.  An undirected dyad has its actors in code order;
** it stays apart from the directed one of the same two actors, so that "A
** and B talked" and "A called B" are grouped the same way in every store.
** Within a key the reports are in the order of their content: date, then
** outlet, article id and sentence, then the order the coder found them in
** (row ids of one article): the groups, their numbers and the report that
** stands for each are the same however, and by how many loaders, the
** events were stored. */
static char *keys_sql(const hd_grouping *g) {
  char *s = hd_actor_expr(g, "e.source"), *t = hd_actor_expr(g, "e.target");
  const char *u = g->direction == HD_DIRECTION_DIRECTED ? "0"
                : g->direction == HD_DIRECTION_ANY ? "CASE WHEN t <> '' THEN 1 ELSE 0 END" : "mutual";
  char *sql = s && t ? sqlite3_mprintf(
    "SELECT id, date, article, CASE WHEN u = 1 AND t < s THEN t ELSE s END AS k1,"
    " CASE WHEN u = 1 AND t < s THEN s ELSE t END AS k2, c, u"
    " FROM (SELECT id, date, article, outlet, doc, sentence, s, t, c, %s AS u"
    "   FROM (SELECT e.id, e.date, e.article, a.outlet, a.doc, e.sentence, e.mutual, %s AS s, %s AS t, %s AS c"
    "     FROM events e JOIN articles a ON a.id = e.article WHERE e.reported = 1) x) y"
    " ORDER BY k1, k2, c, u, date IS NULL, date, outlet, doc, sentence, id",
    u, s, t, g->full_code ? "e.code" : "e.root") : NULL;
  sqlite3_free(s);
  sqlite3_free(t);
  return sql;
}

long hd_store_day(const char *d) {
  int y, m, day;
  if (!d || sscanf(d, "%4d-%2d-%2d", &y, &m, &day) != 3) return INT32_MIN;
  /* Days from civil, after H. Hinnant: exact for the proleptic Gregorian calendar. */
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void hd_store_day_text(long z, char *buf) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153, d = doy - (153 * mp + 2) / 5 + 1, m = mp + (mp < 10 ? 3 : -9);
  char t[64];
  snprintf(t, sizeof t, "%04ld-%02ld-%02ld", (y + (m <= 2)) % 10000, m, d);
  memcpy(buf, t, 10);
  buf[10] = 0;
}

/* The group being filled while the sorted events are read. */
typedef struct cursor {
  char key[3][64];
  int undirected;
  long anchor;                  /* day of the group's first report */
  int64_t article;              /* for undated reports */
  int64_t group;
  int open;
} cursor;

/* Non-zero when the event at row ST starts a new group. */
static int starts_group(const cursor *c, hd_stmt *st, int days) {
  if (!c->open) return 1;
  for (int k = 0; k < 3; k++)
    if (strcmp(c->key[k], hd_col_text(st, 3 + k)) != 0) return 1;
  if (c->undirected != (int)hd_col_int(st, 6)) return 1;
  long day = hd_store_day(hd_col_text(st, 1));
  if (day == INT32_MIN || c->anchor == INT32_MIN)
    return day != c->anchor || hd_col_int(st, 2) != c->article;
  return day - c->anchor > days;
}

/* A new group, whose first report (the row at ST) stands for it. */
static int open_group(cursor *c, hd_stmt *st, hd_bulk *groups) {
  c->group++;
  c->open = 1;
  for (int k = 0; k < 3; k++) snprintf(c->key[k], sizeof c->key[k], "%s", hd_col_text(st, 3 + k));
  c->undirected = (int)hd_col_int(st, 6);
  c->anchor = hd_store_day(hd_col_text(st, 1));
  c->article = hd_col_int(st, 2);
  hd_bulk_int(groups, c->group);
  for (int k = 0; k < 3; k++) hd_bulk_text(groups, c->key[k], -1);
  hd_bulk_int(groups, c->undirected);
  hd_bulk_int(groups, hd_col_int(st, 0));
  return hd_bulk_row(groups);
}

/* Reads the sorted keys and writes the groups, then their members.  On
** PostgreSQL the keys are read whole by the first step, and one COPY
** writes at a time. */
typedef struct member { int64_t event, group; } member;

static int assign(hd_store *s, const char *schema, const hd_grouping *g) {
  char *sql = keys_sql(g);
  char *gt = sqlite3_mprintf("%s.event_groups", schema), *mt = sqlite3_mprintf("%s.group_events", schema);
  hd_stmt *st = sql && gt && mt ? hd_store_prepare(s, sql) : NULL;
  member *m = NULL;
  size_t n = 0, cap = 0;
  cursor c = {.open = 0};
  int step = st ? hd_step(st) : HD_FAIL;
  hd_bulk *b = step != HD_FAIL ? hd_bulk_open(s, gt, "id, source, target, code, undirected, first_event", 6) : NULL;
  int rc = b ? 0 : -1;
  while (rc == 0 && step == HD_ROW) {
    if (starts_group(&c, st, g->days)) rc = open_group(&c, st, b);
    if (rc == 0 && hd_grow((void **)&m, &cap, n + 1, sizeof *m) != 0) {
      snprintf(s->err, sizeof s->err, "out of memory");
      rc = -1;
    }
    if (rc == 0) m[n++] = (member){hd_col_int(st, 0), c.group};
    if (rc == 0) step = hd_step(st);
  }
  if (rc == 0 && step != HD_DONE) rc = -1;
  if (b && hd_bulk_close(b) != 0) rc = -1;
  hd_finalize(st);
  b = rc == 0 ? hd_bulk_open(s, mt, "event_id, group_id", 2) : NULL;
  if (rc == 0 && !b) rc = -1;
  for (size_t i = 0; rc == 0 && i < n; i++) {
    hd_bulk_int(b, m[i].event);
    hd_bulk_int(b, m[i].group);
    rc = hd_bulk_row(b);
  }
  if (b && hd_bulk_close(b) != 0) rc = -1;
  free(m);
  sqlite3_free(sql); sqlite3_free(gt); sqlite3_free(mt);
  return rc;
}

/* Counts of each group, from its members. */
static int count_groups(hd_store *s, const char *schema) {
  char *sql = sqlite3_mprintf(
    "UPDATE %s.event_groups AS g SET date = x.d0, last_date = x.d1, quad = x.q, events = x.n,"
    " reports = x.r, articles = x.a, outlets = x.o"
    " FROM (SELECT ge.group_id AS gid, min(e.date) AS d0, max(e.date) AS d1, min(e.quad) AS q,"
    "   count(*) AS n, count(DISTINCT e.article * 1048576 + e.sentence) AS r,"
    "   count(DISTINCT e.article) AS a, count(DISTINCT ar.outlet) AS o"
    "   FROM %s.group_events ge JOIN events e ON e.id = ge.event_id"
    "   JOIN articles ar ON ar.id = e.article GROUP BY ge.group_id) AS x"
    " WHERE g.id = x.gid", schema, schema);
  if (!sql) return -1;
  int rc = hd_store_exec(s, sql);
  sqlite3_free(sql);
  return rc;
}

int hd_store_group_into(hd_store *s, const char *schema, const hd_grouping *g) {
  char *sql = sqlite3_mprintf("DELETE FROM %s.group_events; DELETE FROM %s.event_groups;", schema, schema);
  int rc = sql ? hd_store_exec(s, sql) : -1;
  sqlite3_free(sql);
  if (rc == 0) rc = assign(s, schema, g);
  return rc == 0 ? count_groups(s, schema) : rc;
}

/* 1 when the stored groups were made with G from the events stored now. */
static int stored_current(hd_store *s, const hd_grouping *g, int *current) {
  char want[64], have[64], stamp[64], made[64];
  hd_grouping_text(g, want, sizeof want);
  if (hd_store_meta_get(s, "groups", have, sizeof have) != 0 ||
      hd_store_meta_get(s, "groups_stamp", made, sizeof made) != 0 || hd_store_stamp(s, stamp, sizeof stamp) != 0)
    return -1;
  *current = !strcmp(want, have) && !strcmp(stamp, made);
  return 0;
}

static int regroup_stored(hd_store *s, const hd_grouping *g) {
  char text[64], stamp[64];
  hd_grouping_text(g, text, sizeof text);
  if (hd_store_stamp(s, stamp, sizeof stamp) != 0 || hd_store_group_into(s, s->main, g) != 0 ||
      hd_store_meta_set(s, "groups", text) != 0 || hd_store_meta_set(s, "groups_stamp", stamp) != 0)
    return -1;
  return 0;
}

/* After a recode, the tables made from every event (actors, codes, and
** the codings in use) are made again from the events. */
static int rebuild_derived(hd_store *s) {
  char v[32];
  if (hd_store_meta_get(s, "derived", v, sizeof v) != 0) return -1;
  if (!v[0]) return 0;
  return hd_store_exec(s,
    "DELETE FROM actors;"
    "INSERT INTO actors(code, events, as_source, as_target, first_seen, last_seen)"
    " SELECT code, count(*), sum(src), sum(1 - src), min(date), max(date) FROM"
    " (SELECT source AS code, 1 AS src, date FROM events"
    "  UNION ALL SELECT target, 0, date FROM events WHERE target <> '') x GROUP BY code;"
    "DELETE FROM codes WHERE code NOT IN (SELECT code FROM events);"
    "DELETE FROM codings WHERE id NOT IN (SELECT coding FROM articles WHERE coding IS NOT NULL);"
    "DELETE FROM meta WHERE key = 'derived';");
}

/* The grouping of the stored groups (meta "groups"), or the default. */
static hd_grouping stored_grouping(hd_store *s) {
  hd_grouping g = hd_grouping_default();
  char text[64], code[8], actors[16], dir[16];
  int days;
  if (hd_store_meta_get(s, "groups", text, sizeof text) == 0 &&
      sscanf(text, "%7s %15s %d %15s", code, actors, &days, dir) == 4) {
    g.full_code = !strcmp(code, "code");
    g.full_actors = !strcmp(actors, "full");
    g.days = days;
    g.direction = !strcmp(dir, "directed") ? HD_DIRECTION_DIRECTED : !strcmp(dir, "any") ? HD_DIRECTION_ANY
                                                                                        : HD_DIRECTION_MUTUAL;
  }
  return g;
}

int hd_store_regroup(hd_store *s) {
  hd_grouping g = stored_grouping(s);
  return regroup_stored(s, &g);
}

hd_status hd_store_group(hd_store *s, const hd_grouping *g) {
  int current;
  hd_grouping own;
  s->err[0] = 0;
  if (!g) { own = stored_grouping(s); g = &own; }
  if (!s->writable) { snprintf(s->err, sizeof s->err, "store opened for reading"); return HD_ERR_IO; }
  if (hd_store_commit(s) != HD_OK) return HD_ERR_IO;
  /* one grouping at a time: SQLite's writer lock; on PostgreSQL an
  ** advisory lock, taken before the transaction reads anything, so that
  ** the last of several loaders to get it groups every event they stored */
  if (hd_store_exec(s, HD_SQL(s, "BEGIN IMMEDIATE",
                              "BEGIN; SELECT pg_advisory_xact_lock(" HD_PG_LOCK_CLASS ", 2)")) != 0)
    return HD_ERR_IO;
  if (rebuild_derived(s) != 0 || stored_current(s, g, &current) != 0 || (!current && regroup_stored(s, g) != 0)) {
    hd_store_rollback(s);
    return HD_ERR_IO;
  }
  if (hd_store_exec(s, "COMMIT") != 0) return HD_ERR_IO;
  return current ? HD_OK : hd_store_analyze(s);
}

/* PostgreSQL plans a query from what it knows of the tables: after groups
** are made again, and the events they are made of were added, it is told
** at once, rather than when its autovacuum gets to it (a query planned on
** empty groups can take minutes).  Tables of another role are skipped with
** a warning of the server's, which is not shown. */
int hd_store_analyze(hd_store *s) {
  if (s->engine != HD_PG) return 0;
  char *sql = sqlite3_mprintf("ANALYZE %s.articles, %s.sentences, %s.events, %s.actors, %s.event_groups,"
                              " %s.group_events", s->main, s->main, s->main, s->main, s->main, s->main);
  int rc = sql ? hd_store_exec(s, sql) : -1;
  sqlite3_free(sql);
  return rc == 0 ? HD_OK : HD_ERR_IO;
}

static int group_temp(hd_store *s, const hd_grouping *g) {
  if (hd_store_group_tables(s, s->temp) != 0 || hd_store_exec(s, "BEGIN") != 0) return -1;
  if (hd_store_group_into(s, s->temp, g) != 0) {
    hd_store_rollback(s);
    return -1;
  }
  if (hd_store_exec(s, "COMMIT") != 0) return -1;
  /* no autovacuum looks at temporary tables */
  return s->engine == HD_PG ? hd_store_exec(s, "ANALYZE pg_temp.event_groups, pg_temp.group_events") : 0;
}

int hd_store_use_groups(hd_store *s, const hd_grouping *g) {
  int current;
  if (s->in_tx && hd_store_commit(s) != HD_OK) return -1;
  if (hd_store_exec(s, HD_SQL(s, "DROP TABLE IF EXISTS temp.event_groups; DROP TABLE IF EXISTS temp.group_events;",
                              "DROP TABLE IF EXISTS pg_temp.event_groups; DROP TABLE IF EXISTS pg_temp.group_events;")) != 0 ||
      stored_current(s, g, &current) != 0)
    return -1;
  return current ? 0 : group_temp(s, g);
}
