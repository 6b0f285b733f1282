/*
** schema.c: opening and closing a store, its schema, and the helpers every
** file of src/store uses to run SQL.
**
** The database is in WAL mode with synchronous=NORMAL: a process killed at
** any moment (SIGKILL included) leaves the last committed transaction
** intact, and readers (hadath query) do not wait for a load in progress.
** Several loads into one store take turns: each waits for the other's
** transaction, and the making of a new store is tried again when another
** process holds it.
** The tables are described for users in docs/store.md; keep both in step
** and raise HD_SCHEMA when a change makes old stores unreadable.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "store.h"

#define HD_SCHEMA "2"

static const char schema_sql[] =
  "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"
  /* who coded: a version of hadath and of its dictionaries */
  "CREATE TABLE IF NOT EXISTS codings("
  "  id INTEGER PRIMARY KEY, hadath TEXT NOT NULL, dictionaries TEXT NOT NULL, files TEXT NOT NULL,"
  "  UNIQUE(hadath, dictionaries));"
  "CREATE TABLE IF NOT EXISTS articles("
  "  id INTEGER PRIMARY KEY, outlet TEXT NOT NULL, doc TEXT NOT NULL,"
  "  url TEXT, date TEXT, title TEXT, text TEXT NOT NULL, folded TEXT NOT NULL,"
  "  file TEXT, line INTEGER, category TEXT, coding INTEGER REFERENCES codings(id), UNIQUE(outlet, doc));"
  "CREATE TABLE IF NOT EXISTS sentences("
  "  article INTEGER NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL,"
  "  text TEXT NOT NULL, PRIMARY KEY(article, idx)) WITHOUT ROWID;"
  "CREATE TABLE IF NOT EXISTS events("
  "  id INTEGER PRIMARY KEY, article INTEGER NOT NULL REFERENCES articles(id),"
  "  sentence INTEGER NOT NULL, date TEXT, source TEXT NOT NULL, target TEXT NOT NULL,"
  "  code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,"
  "  plover TEXT NOT NULL, plover_mode TEXT NOT NULL, source_text TEXT NOT NULL,"
  "  target_text TEXT NOT NULL, verb_text TEXT NOT NULL, location TEXT, location_country TEXT,"
  "  mutual INTEGER NOT NULL DEFAULT 0, latitude REAL, longitude REAL,"
  "  realis TEXT NOT NULL DEFAULT 'actual', reported INTEGER NOT NULL DEFAULT 1,"
  "  event_id TEXT NOT NULL DEFAULT '', spans TEXT NOT NULL DEFAULT '{}');"
  "CREATE INDEX IF NOT EXISTS events_article ON events(article, sentence);"
  "CREATE INDEX IF NOT EXISTS events_date ON events(date);"
  "CREATE INDEX IF NOT EXISTS events_source ON events(source);"
  "CREATE INDEX IF NOT EXISTS events_target ON events(target);"
  "CREATE INDEX IF NOT EXISTS events_code ON events(code);"
  "CREATE TABLE IF NOT EXISTS actors("
  "  code TEXT PRIMARY KEY, events INTEGER NOT NULL, as_source INTEGER NOT NULL,"
  "  as_target INTEGER NOT NULL, first_seen TEXT, last_seen TEXT) WITHOUT ROWID;"
  "CREATE TABLE IF NOT EXISTS codes("
  "  code TEXT PRIMARY KEY, name TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL,"
  "  goldstein REAL NOT NULL, plover TEXT NOT NULL, plover_mode TEXT NOT NULL) WITHOUT ROWID;"
  /* trigram: a search word matches inside longer words, so بوتين finds
  ** وبوتين and لبوتين, which Arabic writes as one word with its clitic. */
  "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
  "  folded, content='articles', content_rowid='id', tokenize='trigram');"
  "INSERT OR IGNORE INTO meta VALUES('schema', '" HD_SCHEMA "');";

/* From schema 1: what schema 2 adds, all columns and tables; the articles
** are then coded by no known coding, and hadath recode codes them again. */
static const char migrate_1_sql[] =
  "ALTER TABLE articles ADD COLUMN category TEXT;"
  "ALTER TABLE articles ADD COLUMN coding INTEGER REFERENCES codings(id);"
  "ALTER TABLE events ADD COLUMN latitude REAL;"
  "ALTER TABLE events ADD COLUMN longitude REAL;"
  "ALTER TABLE events ADD COLUMN realis TEXT NOT NULL DEFAULT 'actual';"
  "ALTER TABLE events ADD COLUMN reported INTEGER NOT NULL DEFAULT 1;"
  "ALTER TABLE events ADD COLUMN event_id TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE events ADD COLUMN spans TEXT NOT NULL DEFAULT '{}';"
  "UPDATE meta SET value = '" HD_SCHEMA "' WHERE key = 'schema';";

/* The loading statements, in the order of the HD_SQL_* enum. */
static const char *const load_sql[HD_SQL_COUNT] = {
  "SELECT id, text = ?3 AND coalesce(title, '') = coalesce(?4, ''), coding, file, line"
  " FROM articles WHERE outlet = ?1 AND doc = ?2",
  "INSERT INTO articles(outlet, doc, url, date, title, text, folded, file, line, category, coding)"
  " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
  /* The coder's own sentence text wins over the segmentation's. */
  "INSERT INTO sentences(article, idx, text) VALUES(?1, ?2, ?3)"
  " ON CONFLICT(article, idx) DO UPDATE SET text = excluded.text WHERE text <> excluded.text",
  "INSERT INTO events(article, sentence, date, source, target, code, root, quad, goldstein,"
  " plover, plover_mode, source_text, target_text, verb_text, location, location_country,"
  " mutual, latitude, longitude, realis, reported, event_id, spans)"
  " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22,"
  " ?23)",
  "INSERT INTO actors(code, events, as_source, as_target, first_seen, last_seen)"
  " VALUES(?1, 1, ?2, 1 - ?2, ?3, ?3) ON CONFLICT(code) DO UPDATE SET"
  " events = events + 1, as_source = as_source + excluded.as_source,"
  " as_target = as_target + excluded.as_target,"
  " first_seen = CASE WHEN first_seen IS NULL OR excluded.first_seen < first_seen"
  "   THEN coalesce(excluded.first_seen, first_seen) ELSE first_seen END,"
  " last_seen = CASE WHEN last_seen IS NULL OR excluded.last_seen > last_seen"
  "   THEN coalesce(excluded.last_seen, last_seen) ELSE last_seen END",
  /* the table of the dictionaries that coded last wins */
  "INSERT INTO codes(code, name, root, quad, goldstein, plover, plover_mode)"
  " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(code) DO UPDATE SET name = excluded.name,"
  " quad = excluded.quad, goldstein = excluded.goldstein, plover = excluded.plover,"
  " plover_mode = excluded.plover_mode WHERE name <> excluded.name OR goldstein <> excluded.goldstein"
  " OR plover <> excluded.plover OR plover_mode <> excluded.plover_mode OR quad <> excluded.quad",
  "INSERT INTO articles_fts(rowid, folded) SELECT id, folded FROM articles WHERE id > ?1",
  /* recoding: what an article had */
  "DELETE FROM events WHERE article = ?1",
  "DELETE FROM sentences WHERE article = ?1",
  "UPDATE articles SET coding = ?2 WHERE id = ?1",
};

int hd_store_fail(hd_store *s, const char *what) {
  snprintf(s->err, sizeof s->err, "%s: %s", what, sqlite3_errmsg(s->db));
  return -1;
}

int hd_store_exec(hd_store *s, const char *sql) {
  char *msg = NULL;
  if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) == SQLITE_OK) return 0;
  snprintf(s->err, sizeof s->err, "%s", msg ? msg : sqlite3_errmsg(s->db));
  sqlite3_free(msg);
  return -1;
}

sqlite3_stmt *hd_store_prepare(hd_store *s, const char *sql) {
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
    hd_store_fail(s, "SQL");
    sqlite3_finalize(st);
    return NULL;
  }
  return st;
}

int hd_store_meta_get(hd_store *s, const char *key, char *buf, size_t cap) {
  sqlite3_stmt *st = hd_store_prepare(s, "SELECT value FROM meta WHERE key = ?1");
  if (!st) return -1;
  sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
  int rc = sqlite3_step(st);
  const unsigned char *v = rc == SQLITE_ROW ? sqlite3_column_text(st, 0) : NULL;
  snprintf(buf, cap, "%s", v ? (const char *)v : "");
  sqlite3_finalize(st);
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : hd_store_fail(s, "meta");
}

int hd_store_meta_set(hd_store *s, const char *key, const char *value) {
  sqlite3_stmt *st = hd_store_prepare(s, "INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)");
  if (!st) return -1;
  sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
  int rc = sqlite3_step(st);
  sqlite3_finalize(st);
  return rc == SQLITE_DONE ? 0 : hd_store_fail(s, "meta");
}

/* Creates the schema in one transaction, so that a store is never seen
** half made. */
static int create_schema(hd_store *s) {
  if (hd_store_exec(s, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;") != 0) return -1;
  if (hd_store_exec(s, "BEGIN IMMEDIATE") != 0) return -1;
  if (hd_store_exec(s, schema_sql) != 0 || hd_store_group_tables(s, "main") != 0) {
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return -1;
  }
  return hd_store_exec(s, "COMMIT");
}

/* Brings a store of schema 1 to schema 2, in one transaction (another
** process may have done it meanwhile: then nothing is left to do). */
static int migrate(hd_store *s) {
  char v[32];
  if (hd_store_exec(s, "BEGIN IMMEDIATE") != 0) return -1;
  int rc = hd_store_meta_get(s, "schema", v, sizeof v);
  if (rc == 0 && !strcmp(v, "1")) rc = hd_store_exec(s, migrate_1_sql);
  if (rc != 0) {
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return -1;
  }
  return hd_store_exec(s, "COMMIT");
}

/* 1 when the database has no table at all (a new or empty file). */
static int is_empty(hd_store *s) {
  sqlite3_stmt *st = hd_store_prepare(s, "SELECT count(*) FROM sqlite_master");
  int empty = st && sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == 0;
  sqlite3_finalize(st);
  return empty;
}

static int is_busy(const hd_store *s);

/* A store made by this version: the meta table says schema HD_SCHEMA.  A
** store of schema 1 opened for writing is brought up to date. */
static int check_schema(hd_store *s) {
  char v[32];
  if (hd_store_meta_get(s, "schema", v, sizeof v) != 0) {
    if (is_busy(s)) return -1;
    snprintf(s->err, sizeof s->err, "not a hadath store (no meta table)");
    return -1;
  }
  if (!strcmp(v, "1") && s->writable) return migrate(s);
  if (!strcmp(v, "1")) {
    snprintf(s->err, sizeof s->err, "a store of schema 1; 'hadath recode' brings it to schema %s and codes it again",
             HD_SCHEMA);
    return -1;
  }
  if (strcmp(v, HD_SCHEMA) != 0) {
    snprintf(s->err, sizeof s->err, "store schema '%s' is not the schema %s of this hadath", v, HD_SCHEMA);
    return -1;
  }
  return 0;
}

static int prepare_load(hd_store *s) {
  for (int i = 0; i < HD_SQL_COUNT; i++)
    if (!(s->sql[i] = hd_store_prepare(s, load_sql[i]))) return -1;
  return 0;
}

/* A store opened for reading is still opened read-write when the file
** allows it (nothing here writes to it): the last connection to close then
** folds the write-ahead log back into the file and removes it, so that a
** store is one file again after every command. */
static int open_db(hd_store *s, const char *path) {
  int flags = SQLITE_OPEN_READWRITE | (s->writable ? SQLITE_OPEN_CREATE : 0);
  int rc = sqlite3_open_v2(path, &s->db, flags, NULL);
  if (rc == SQLITE_OK || s->writable) return rc;
  sqlite3_close(s->db);
  s->db = NULL;
  return sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READONLY, NULL);
}

/* SQLite has one writer at a time: another waits for it.  The wait grows
** to a tenth of a second between tries and gives up after an hour, so that
** a store held by a stuck process is reported rather than waited for
** forever. */
static int busy_wait(void *user, int count) {
  (void)user;
  long ms = count < 10 ? 1 + count : count < 40 ? 10 : 100;
  if (count > 36000 + 40) return 0;
  struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
  nanosleep(&t, NULL);
  return 1;
}

/* Non-zero when the last error was another connection holding the lock.
** Some of those SQLite reports without waiting (switching a new file to
** WAL while another process creates it, the first read of a log another
** process is recovering): the setup is then tried again. */
static int is_busy(const hd_store *s) {
  int rc = sqlite3_errcode(s->db) & 0xff;
  return rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
}

/* Makes the schema in an empty file and checks it; -1 with s->err. */
static int schema_steps(hd_store *s) {
  if (hd_store_exec(s, "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=16384;") != 0) return -1;
  /* Another program's database is left alone: the schema is made only in
  ** an empty file, and checked before anything else is done. */
  if (s->writable && is_empty(s) && create_schema(s) != 0) return -1;
  if (check_schema(s) != 0) return -1;
  if (s->writable && create_schema(s) != 0) return -1;
  return 0;
}

static int setup(hd_store *s, const char *path) {
  if (!s->writable && access(path, F_OK) != 0) {
    snprintf(s->err, sizeof s->err, "no such store");
    return -1;
  }
  if (open_db(s, path) != SQLITE_OK) return hd_store_fail(s, "cannot open");
  sqlite3_busy_handler(s->db, busy_wait, NULL);
  sqlite3_extended_result_codes(s->db, 1);
  for (int tries = 0;; tries++) {
    if (schema_steps(s) == 0) break;
    if (!is_busy(s) || tries == 6000) return -1;
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    struct timespec t = {0, (5 + tries % 20) * 1000000L};
    nanosleep(&t, NULL);
  }
  /* a store open for reading looks articles up too (hd_store_has) */
  if (!s->writable) return (s->sql[HD_SQL_FIND] = hd_store_prepare(s, load_sql[HD_SQL_FIND])) ? 0 : -1;
  return prepare_load(s);
}

hd_store *hd_store_open(const char *path, int writable, hd_status *st, char *err, size_t errlen) {
  hd_store *s = calloc(1, sizeof *s);
  if (!s) {
    if (st) *st = HD_ERR_NOMEM;
    if (errlen) snprintf(err, errlen, "out of memory");
    return NULL;
  }
  s->writable = writable != 0;
  s->batch = 500;
  if (setup(s, path) != 0) {
    if (errlen) snprintf(err, errlen, "%s: %s", path, s->err);
    if (st) *st = HD_ERR_IO;
    s->in_tx = 0;
    hd_store_close(s);
    return NULL;
  }
  if (st) *st = HD_OK;
  return s;
}

hd_status hd_store_close(hd_store *s) {
  if (!s) return HD_OK;
  hd_status st = s->in_tx ? hd_store_commit(s) : HD_OK;
  for (int i = 0; i < HD_SQL_COUNT; i++) sqlite3_finalize(s->sql[i]);
  if (s->db) sqlite3_close(s->db);
  hd_norm_free(&s->norm);
  hd_buf_free(&s->buf);
  free(s);
  return st;
}

const char *hd_store_error(const hd_store *s) { return s ? s->err : ""; }

void hd_store_set_batch(hd_store *s, unsigned articles) { s->batch = articles ? articles : 1; }

hd_status hd_store_commit(hd_store *s) {
  if (!s->in_tx) return HD_OK;
  s->in_tx = 0;
  s->pending = 0;
  if ((!s->writable || hd_store_index_batch(s) == 0) && hd_store_exec(s, "COMMIT") == 0) return HD_OK;
  sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
  return HD_ERR_IO;
}
