/*
** db.c: the two engines of the store behind one small interface of
** statements (store.h): SQLite, a file, and PostgreSQL, a server reached
** through libpq.  The files of src/store write their SQL once, in the
** dialect both engines share, with parameters written ?1, ?2...; here
** they run on either engine and their rows are read the same way.
**
** On PostgreSQL:
**   - ?N becomes $N; values are sent and read as text, and the text of a
**     column is given as SQLite gives it: integers as digits, reals as
**     SQLite prints them ("1.0", "-2.5"), booleans as 1 and 0, so that
**     both engines write the same output byte for byte;
**   - a statement marked with hd_defer() is sent without waiting for its
**     result (libpq's pipeline mode): the article's sentences, events,
**     actors and codes go to the server together with its COMMIT, in one
**     round trip, and an error among them is reported by the COMMIT;
**   - a statement made by hd_prepare_stream() reads its rows one at a
**     time as the server sends them (libpq's single-row mode), so that a
**     dump or a query of any size is never held in memory whole, and the
**     server plans it as any query (in parallel when it may); nothing else
**     runs on the connection until its rows are read or it is reset;
**   - hd_bulk_*() writes many rows with COPY; on SQLite, with one prepared
**     INSERT.
*/
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "store.h"


/* PostgreSQL type oids (catalog/pg_type.h, stable since forever). */
enum { OID_BOOL = 16, OID_INT8 = 20, OID_INT2 = 21, OID_INT4 = 23, OID_OID = 26, OID_FLOAT4 = 700,
       OID_FLOAT8 = 701, OID_NUMERIC = 1700 };

struct hd_stmt {
  hd_store *s;
  sqlite3_stmt *lite;
  /* PostgreSQL */
  char *sql;               /* with $N */
  int nparams;
  char **params;           /* text of each value, NULL for null */
  char name[24];           /* of the statement prepared on the server, "" for none */
  int named, prepared, deferred, stream, executed;
  int streaming;           /* its rows are coming: the connection is busy */
  PGresult *res;
  int row, nrows;          /* the current row is row - 1 */
  char num[48];            /* the text of a real or a boolean */
};

/* ------------------------------------------------------------------ */
/* Errors                                                              */

/* The message of a failed result, without "ERROR:  " and the newline. */
static void pg_message(hd_store *s, const PGresult *r) {
  const char *m = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
  const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
  if (!m) m = PQerrorMessage(s->pg);
  if (!m || !*m) m = "the server did not answer";
  snprintf(s->dberr, sizeof s->dberr, "%s", m);
  size_t n = strlen(s->dberr);
  while (n && (s->dberr[n - 1] == '\n' || s->dberr[n - 1] == ' ')) s->dberr[--n] = 0;
  if (!strncmp(s->dberr, "ERROR:  ", 8)) memmove(s->dberr, s->dberr + 8, strlen(s->dberr + 8) + 1);
  snprintf(s->sqlstate, sizeof s->sqlstate, "%s", state ? state : "");
}

int hd_store_fail(hd_store *s, const char *what) {
  if (s->engine == HD_SQLITE) snprintf(s->dberr, sizeof s->dberr, "%s", sqlite3_errmsg(s->db));
  snprintf(s->err, sizeof s->err, "%s: %s", what, s->dberr);
  return -1;
}

/* Records a failed PostgreSQL result as "WHAT: message" (WHAT may be NULL). */
static int pg_fail(hd_store *s, const PGresult *r, const char *what) {
  pg_message(s, r);
  if (what) snprintf(s->err, sizeof s->err, "%s: %s", what, s->dberr);
  else snprintf(s->err, sizeof s->err, "%s", s->dberr);
  return -1;
}

/* ------------------------------------------------------------------ */
/* Reals, as SQLite writes them                                        */

void hd_real_text(double v, char *buf, size_t cap) {
  char t[48];
  snprintf(t, sizeof t, "%.15g", v);
  char *e = strpbrk(t, "eE");
  if (strpbrk(t, ".ni")) snprintf(buf, cap, "%s", t);
  else if (e) snprintf(buf, cap, "%.*s.0%s", (int)(e - t), t, e);
  else snprintf(buf, cap, "%s.0", t);
}

/* ------------------------------------------------------------------ */
/* PostgreSQL: the pipeline                                            */

/* Sends nothing yet; results of what was sent are read by pg_collect(). */
static int pg_pipeline(hd_store *s) {
  if (PQpipelineStatus(s->pg) != PQ_PIPELINE_OFF) return 0;
  if (PQenterPipelineMode(s->pg)) return 0;
  return pg_fail(s, NULL, "pipeline");
}

/* Ends the pipeline: reads the result of everything sent, keeping the last
** one's in *LAST (may be NULL).  -1 with the first error. */
static int pg_collect(hd_store *s, PGresult **last) {
  int rc = 0, n = s->pg_sent;
  s->pg_sent = 0;
  if (last) *last = NULL;
  if (PQpipelineStatus(s->pg) == PQ_PIPELINE_OFF) return 0;
  if (!PQpipelineSync(s->pg)) rc = pg_fail(s, NULL, NULL);
  for (int i = 0; rc == 0 && i < n; i++) {
    PGresult *r;
    int got = 0;
    while ((r = PQgetResult(s->pg))) {
      got = 1;
      ExecStatusType t = PQresultStatus(r);
      if (t == PGRES_FATAL_ERROR || t == PGRES_BAD_RESPONSE || t == PGRES_NONFATAL_ERROR) {
        if (rc == 0) pg_fail(s, r, NULL);
        rc = -1;
      }
      if (last && i == n - 1 && (t == PGRES_TUPLES_OK || t == PGRES_COMMAND_OK)) {
        PQclear(*last);
        *last = r;
      } else PQclear(r);
    }
    if (!got && PQstatus(s->pg) == CONNECTION_BAD) { rc = pg_fail(s, NULL, NULL); break; }
    if (rc) {   /* what follows an error was not run: read it all */
      for (int k = i + 1; k < n; k++)
        while ((r = PQgetResult(s->pg))) PQclear(r);
      break;
    }
  }
  /* the sync itself */
  for (int tries = 0; tries < 4 && PQstatus(s->pg) == CONNECTION_OK; tries++) {
    PGresult *r = PQgetResult(s->pg);
    int sync = r && PQresultStatus(r) == PGRES_PIPELINE_SYNC;
    PQclear(r);
    if (sync || PQexitPipelineMode(s->pg)) break;
  }
  if (!PQexitPipelineMode(s->pg) && rc == 0) rc = pg_fail(s, NULL, "pipeline");
  if (rc && last) { PQclear(*last); *last = NULL; }
  return rc;
}

int hd_db_sync(hd_store *s) { return s->engine == HD_PG && s->pg_sent ? pg_collect(s, NULL) : 0; }

/* ------------------------------------------------------------------ */
/* Running SQL without parameters                                      */

int hd_store_exec(hd_store *s, const char *sql) {
  if (s->engine == HD_SQLITE) {
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) == SQLITE_OK) return 0;
    snprintf(s->dberr, sizeof s->dberr, "%s", msg ? msg : sqlite3_errmsg(s->db));
    snprintf(s->err, sizeof s->err, "%s", s->dberr);
    sqlite3_free(msg);
    return -1;
  }
  if (s->pg_sent) {   /* one statement, after those sent */
    PGresult *r = NULL;
    if (!PQsendQueryParams(s->pg, sql, 0, NULL, NULL, NULL, NULL, 0)) return pg_fail(s, NULL, NULL);
    s->pg_sent++;
    int rc = pg_collect(s, &r);
    PQclear(r);
    return rc;
  }
  PGresult *r = PQexec(s->pg, sql);
  ExecStatusType t = PQresultStatus(r);
  int rc = t == PGRES_COMMAND_OK || t == PGRES_TUPLES_OK ? 0 : pg_fail(s, r, NULL);
  PQclear(r);
  return rc;
}

int hd_store_exec_later(hd_store *s, const char *sql) {
  if (s->engine == HD_SQLITE) return hd_store_exec(s, sql);
  if (pg_pipeline(s) != 0) return -1;
  if (!PQsendQueryParams(s->pg, sql, 0, NULL, NULL, NULL, NULL, 0)) return pg_fail(s, NULL, NULL);
  s->pg_sent++;
  return 0;
}

void hd_store_rollback(hd_store *s) {
  if (s->engine == HD_SQLITE) { sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL); return; }
  char keep[sizeof s->err];
  memcpy(keep, s->err, sizeof keep);
  if (s->pg_sent) pg_collect(s, NULL);
  if (PQtransactionStatus(s->pg) != PQTRANS_IDLE) PQclear(PQexec(s->pg, "ROLLBACK"));
  memcpy(s->err, keep, sizeof keep);
}

/* ------------------------------------------------------------------ */
/* Statements                                                          */

/* SQL with ?N written $N (outside quotes), and the highest N. */
static char *pg_sql(const char *sql, int *nparams) {
  size_t n = strlen(sql);
  char *out = malloc(n + 1);
  if (!out) return NULL;
  char quote = 0;
  int max = 0;
  for (size_t i = 0, k = 0; i <= n; i++) {
    char c = sql[i];
    if (quote) { if (c == quote) quote = 0; }
    else if (c == '\'' || c == '"') quote = c;
    else if (c == '?' && sql[i + 1] >= '0' && sql[i + 1] <= '9') {
      c = '$';
      int v = atoi(sql + i + 1);
      if (v > max) max = v;
    }
    out[k++] = c;
  }
  *nparams = max;
  return out;
}

static hd_stmt *prepare(hd_store *s, const char *sql, int stream) {
  hd_stmt *st = calloc(1, sizeof *st);
  if (!st) { snprintf(s->err, sizeof s->err, "out of memory"); return NULL; }
  st->s = s;
  st->stream = stream;
  if (s->engine == HD_SQLITE) {
    if (sqlite3_prepare_v2(s->db, sql, -1, &st->lite, NULL) != SQLITE_OK) {
      hd_store_fail(s, "SQL");
      sqlite3_finalize(st->lite);
      free(st);
      return NULL;
    }
    return st;
  }
  st->sql = pg_sql(sql, &st->nparams);
  st->params = st->nparams ? calloc((size_t)st->nparams, sizeof *st->params) : NULL;
  if (!st->sql || (st->nparams && !st->params)) {
    snprintf(s->err, sizeof s->err, "out of memory");
    hd_finalize(st);
    return NULL;
  }
  return st;
}

hd_stmt *hd_store_prepare(hd_store *s, const char *sql) { return prepare(s, sql, 0); }
hd_stmt *hd_prepare_stream(hd_store *s, const char *sql) { return prepare(s, sql, 1); }

void hd_keep(hd_stmt *st) {
  if (st->s->engine != HD_PG) return;
  st->named = 1;
  snprintf(st->name, sizeof st->name, "hd%u", ++st->s->names);
}

void hd_defer(hd_stmt *st) { st->deferred = 1; }

static void pg_set(hd_stmt *st, int i, char *v) {
  if (i < 1 || i > st->nparams) { free(v); return; }
  free(st->params[i - 1]);
  st->params[i - 1] = v;
}

void hd_bind_text(hd_stmt *st, int i, const char *v, long n) {
  if (st->lite) {
    if (v) sqlite3_bind_text(st->lite, i, v, n < 0 ? -1 : (int)n, SQLITE_TRANSIENT);
    else sqlite3_bind_null(st->lite, i);
    return;
  }
  if (!v) { pg_set(st, i, NULL); return; }
  size_t len = n < 0 ? strlen(v) : (size_t)n;
  char *c = malloc(len + 1);
  if (c) { memcpy(c, v, len); c[len] = 0; }
  pg_set(st, i, c);   /* out of memory: sent as null, refused by the schema */
}

void hd_bind_int(hd_stmt *st, int i, int64_t v) {
  if (st->lite) { sqlite3_bind_int64(st->lite, i, v); return; }
  char t[32];
  snprintf(t, sizeof t, "%lld", (long long)v);
  pg_set(st, i, strdup(t));
}

void hd_bind_real(hd_stmt *st, int i, double v) {
  if (st->lite) { sqlite3_bind_double(st->lite, i, v); return; }
  char t[40];
  snprintf(t, sizeof t, "%.17g", v);
  pg_set(st, i, strdup(t));
}

void hd_bind_null(hd_stmt *st, int i) { hd_bind_text(st, i, NULL, 0); }

int hd_bind_params(hd_stmt *st, const hd_params *p) {
  for (int i = 0; i < p->n; i++) hd_bind_text(st, i + 1, p->v[i].data ? p->v[i].data : "", (long)p->v[i].len);
  return 0;
}

/* The result of a statement run synchronously, or NULL with s->err. */
static PGresult *pg_result(hd_stmt *st, PGresult *r) {
  ExecStatusType t = PQresultStatus(r);
  if (t == PGRES_TUPLES_OK || t == PGRES_COMMAND_OK) return r;
  pg_fail(st->s, r, NULL);
  PQclear(r);
  return NULL;
}

/* Ends a stream before its last row: the server is asked to stop, and
** what it sent meanwhile is read and dropped. */
static void pg_end_stream(hd_stmt *st) {
  if (!st->streaming) return;
  PGcancel *c = PQgetCancel(st->s->pg);
  char buf[256];
  if (c) { PQcancel(c, buf, sizeof buf); PQfreeCancel(c); }
  PGresult *r;
  while ((r = PQgetResult(st->s->pg))) PQclear(r);
  st->streaming = 0;
  st->s->pg_stream = NULL;
}

/* The next row of a stream into st->res: 1, 0 at the end, -1 on error. */
static int pg_next_row(hd_stmt *st) {
  PGresult *r = PQgetResult(st->s->pg);
  ExecStatusType t = r ? PQresultStatus(r) : PGRES_TUPLES_OK;
  if (t == PGRES_SINGLE_TUPLE) {
    PQclear(st->res);
    st->res = r;
    st->row = 0;
    st->nrows = 1;
    return 1;
  }
  /* the end: a last result without rows (it names the columns when there
  ** were none), then none */
  int rc = 0;
  if (r && t != PGRES_TUPLES_OK) rc = pg_fail(st->s, r, NULL);
  if (r && !st->res && rc == 0) st->res = r;
  else PQclear(r);
  while ((r = PQgetResult(st->s->pg))) PQclear(r);
  st->streaming = 0;
  st->s->pg_stream = NULL;
  st->row = st->nrows = 0;
  return rc;
}

static int pg_run(hd_stmt *st) {
  hd_store *s = st->s;
  const char *const *vals = (const char *const *)st->params;
  if (s->pg_stream) {
    snprintf(s->err, sizeof s->err, "the rows of another query are being read");
    return -1;
  }
  if (st->stream) {
    if (hd_db_sync(s) != 0) return -1;
    if (!PQsendQueryParams(s->pg, st->sql, st->nparams, NULL, vals, NULL, NULL, 0)) return pg_fail(s, NULL, NULL);
    if (!PQsetSingleRowMode(s->pg)) return pg_fail(s, NULL, NULL);
    st->streaming = 1;
    s->pg_stream = st;
    st->row = st->nrows = 0;
    return 0;
  }
  if (st->named && !st->prepared) {
    if (st->deferred) {
      if (pg_pipeline(s) != 0) return -1;
      if (!PQsendPrepare(s->pg, st->name, st->sql, st->nparams, NULL)) return pg_fail(s, NULL, NULL);
      s->pg_sent++;
    } else {
      if (hd_db_sync(s) != 0) return -1;
      PGresult *r = pg_result(st, PQprepare(s->pg, st->name, st->sql, st->nparams, NULL));
      if (!r) return -1;
      PQclear(r);
    }
    st->prepared = 1;
  }
  if (st->deferred) {
    if (pg_pipeline(s) != 0) return -1;
    int ok = st->named ? PQsendQueryPrepared(s->pg, st->name, st->nparams, vals, NULL, NULL, 0)
                       : PQsendQueryParams(s->pg, st->sql, st->nparams, NULL, vals, NULL, NULL, 0);
    if (!ok) return pg_fail(s, NULL, NULL);
    s->pg_sent++;
    return 0;
  }
  if (s->pg_sent) {   /* after what was sent: one more, and every result */
    int ok = st->named ? PQsendQueryPrepared(s->pg, st->name, st->nparams, vals, NULL, NULL, 0)
                       : PQsendQueryParams(s->pg, st->sql, st->nparams, NULL, vals, NULL, NULL, 0);
    if (!ok) return pg_fail(s, NULL, NULL);
    s->pg_sent++;
    if (pg_collect(s, &st->res) != 0) return -1;
  } else {
    st->res = pg_result(st, st->named ? PQexecPrepared(s->pg, st->name, st->nparams, vals, NULL, NULL, 0)
                                      : PQexecParams(s->pg, st->sql, st->nparams, NULL, vals, NULL, NULL, 0));
    if (!st->res) return -1;
  }
  st->row = 0;
  st->nrows = PQresultStatus(st->res) == PGRES_TUPLES_OK ? PQntuples(st->res) : 0;
  return 0;
}

int hd_step(hd_stmt *st) {
  if (st->lite) {
    int rc = sqlite3_step(st->lite);
    if (rc == SQLITE_ROW) return HD_ROW;
    if (rc == SQLITE_DONE) return HD_DONE;
    hd_store_fail(st->s, "SQL");
    return HD_FAIL;
  }
  if (!st->executed) {
    st->executed = 1;
    if (pg_run(st) != 0) return HD_FAIL;
    if (st->deferred) return HD_DONE;
  }
  if (st->row >= st->nrows) {
    if (!st->streaming) return HD_DONE;
    int rc = pg_next_row(st);
    if (rc < 0) return HD_FAIL;
    if (rc == 0) return HD_DONE;
  }
  st->row++;
  return HD_ROW;
}

void hd_reset(hd_stmt *st) {
  if (st->lite) {
    sqlite3_reset(st->lite);
    sqlite3_clear_bindings(st->lite);
    return;
  }
  pg_end_stream(st);
  PQclear(st->res);
  st->res = NULL;
  st->executed = 0;
  st->row = st->nrows = 0;
  for (int i = 0; i < st->nparams; i++) { free(st->params[i]); st->params[i] = NULL; }
}

void hd_finalize(hd_stmt *st) {
  if (!st) return;
  /* a statement prepared on the server lives as long as the connection:
  ** only the store's own are, and they are finalized when it closes */
  if (st->lite) sqlite3_finalize(st->lite);
  else hd_reset(st);
  free(st->params);
  free(st->sql);
  free(st);
}

/* ------------------------------------------------------------------ */
/* Columns                                                             */

int hd_col_count(const hd_stmt *st) {
  if (st->lite) return sqlite3_column_count(st->lite);
  return st->res ? PQnfields(st->res) : 0;
}

const char *hd_col_name(const hd_stmt *st, int i) {
  if (st->lite) return sqlite3_column_name(st->lite, i);
  return st->res ? PQfname(st->res, i) : "";
}

static int pg_kind(Oid t) {
  switch (t) {
    case OID_BOOL: case OID_INT8: case OID_INT2: case OID_INT4: case OID_OID: return HD_INT;
    case OID_FLOAT4: case OID_FLOAT8: return HD_REAL;
    case OID_NUMERIC: return HD_REAL;
    default: return HD_TEXT;
  }
}

int hd_col_type(const hd_stmt *st, int i) {
  if (st->lite) {
    switch (sqlite3_column_type(st->lite, i)) {
      case SQLITE_INTEGER: return HD_INT;
      case SQLITE_FLOAT: return HD_REAL;
      case SQLITE_NULL: return HD_NULL;
      default: return HD_TEXT;
    }
  }
  if (!st->res || st->row < 1 || PQgetisnull(st->res, st->row - 1, i)) return HD_NULL;
  Oid t = PQftype(st->res, i);
  /* a numeric without a fraction (sum of bigints) is an integer */
  if (t == OID_NUMERIC && !strchr(PQgetvalue(st->res, st->row - 1, i), '.')) return HD_INT;
  return pg_kind(t);
}

const char *hd_col_text(hd_stmt *st, int i) {
  if (st->lite) {
    if (sqlite3_column_type(st->lite, i) == SQLITE_FLOAT) {
      hd_real_text(sqlite3_column_double(st->lite, i), st->num, sizeof st->num);
      return st->num;
    }
    return (const char *)sqlite3_column_text(st->lite, i);
  }
  if (!st->res || st->row < 1 || PQgetisnull(st->res, st->row - 1, i)) return NULL;
  const char *v = PQgetvalue(st->res, st->row - 1, i);
  Oid t = PQftype(st->res, i);
  if (t == OID_BOOL) return v[0] == 't' ? "1" : "0";
  if (pg_kind(t) == HD_REAL && (t != OID_NUMERIC || strchr(v, '.'))) {
    hd_real_text(strtod(v, NULL), st->num, sizeof st->num);
    return st->num;
  }
  return v;
}

size_t hd_col_bytes(hd_stmt *st, int i) {
  if (st->lite) return (size_t)sqlite3_column_bytes(st->lite, i);
  const char *v = hd_col_text(st, i);
  return v ? strlen(v) : 0;
}

int64_t hd_col_int(hd_stmt *st, int i) {
  if (st->lite) return sqlite3_column_int64(st->lite, i);
  const char *v = hd_col_text(st, i);
  return v ? strtoll(v, NULL, 10) : 0;
}

double hd_col_real(hd_stmt *st, int i) {
  if (st->lite) return sqlite3_column_double(st->lite, i);
  if (!st->res || st->row < 1 || PQgetisnull(st->res, st->row - 1, i)) return 0;
  return strtod(PQgetvalue(st->res, st->row - 1, i), NULL);
}

/* ------------------------------------------------------------------ */
/* Many rows at once                                                   */

struct hd_bulk {
  hd_store *s;
  hd_stmt *ins;        /* SQLite */
  int ncols, col;
  hd_buf buf;          /* PostgreSQL: COPY text */
  int failed;
};

hd_bulk *hd_bulk_open(hd_store *s, const char *table, const char *cols, int ncols) {
  hd_bulk *b = calloc(1, sizeof *b);
  hd_buf sql = {0};
  if (!b) { snprintf(s->err, sizeof s->err, "out of memory"); return NULL; }
  b->s = s;
  if (ncols <= 0)   /* counted from COLS */
    for (const char *c = cols, *e = NULL; c; c = (e = strchr(c, ',')) ? e + 1 : NULL) ncols++;
  b->ncols = ncols;
  int rc;
  if (s->engine == HD_SQLITE) {
    rc = hd_buf_printf(&sql, "INSERT INTO %s(%s) VALUES(", table, cols);
    for (int i = 1; !rc && i <= ncols; i++) rc = hd_buf_printf(&sql, "%s?%d", i > 1 ? ", " : "", i);
    if (!rc) rc = hd_buf_printf(&sql, ")");
    b->ins = rc ? NULL : hd_store_prepare(s, sql.data);
    rc = b->ins ? 0 : -1;
  } else {
    rc = hd_db_sync(s) != 0 || hd_buf_printf(&sql, "COPY %s(%s) FROM STDIN", table, cols) ? -1 : 0;
    if (!rc) {
      PGresult *r = PQexec(s->pg, sql.data);
      if (PQresultStatus(r) != PGRES_COPY_IN) rc = pg_fail(s, r, table);
      PQclear(r);
    }
  }
  hd_buf_free(&sql);
  if (rc) { hd_finalize(b->ins); free(b); if (!s->err[0]) snprintf(s->err, sizeof s->err, "out of memory"); return NULL; }
  return b;
}

static void copy_field(hd_bulk *b, const char *v, size_t n) {
  if (b->col++ && hd_buf_putc(&b->buf, '\t') != 0) b->failed = 1;
  if (!v) { if (hd_buf_append(&b->buf, "\\N", 2) != 0) b->failed = 1; return; }
  if (hd_buf_reserve(&b->buf, 2 * n) != 0) { b->failed = 1; return; }
  char *o = b->buf.data + b->buf.len;
  for (size_t i = 0; i < n; i++) {
    char c = v[i];
    if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
      *o++ = '\\';
      c = c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\';
    }
    *o++ = c;
  }
  b->buf.len = (size_t)(o - b->buf.data);
  b->buf.data[b->buf.len] = 0;
}

void hd_bulk_text(hd_bulk *b, const char *v, long n) {
  if (b->ins) { hd_bind_text(b->ins, ++b->col, v, n); return; }
  copy_field(b, v, v ? (n < 0 ? strlen(v) : (size_t)n) : 0);
}

void hd_bulk_int(hd_bulk *b, int64_t v) {
  if (b->ins) { hd_bind_int(b->ins, ++b->col, v); return; }
  char t[32];
  snprintf(t, sizeof t, "%lld", (long long)v);
  copy_field(b, t, strlen(t));
}

void hd_bulk_real(hd_bulk *b, double v) {
  if (b->ins) { hd_bind_real(b->ins, ++b->col, v); return; }
  char t[40];
  snprintf(t, sizeof t, "%.17g", v);
  copy_field(b, t, strlen(t));
}

int hd_bulk_row(hd_bulk *b) {
  b->col = 0;
  if (b->ins) {
    int rc = hd_step(b->ins);
    hd_reset(b->ins);
    if (rc != HD_DONE) b->failed = 1;
    return b->failed ? -1 : 0;
  }
  if (b->failed || hd_buf_putc(&b->buf, '\n') != 0) return b->failed = 1, -1;
  if (b->buf.len >= (256u << 10)) {
    if (PQputCopyData(b->s->pg, b->buf.data, (int)b->buf.len) != 1) return b->failed = 1, pg_fail(b->s, NULL, "copy");
    hd_buf_clear(&b->buf);
  }
  return 0;
}

int hd_bulk_close(hd_bulk *b) {
  if (!b) return -1;
  hd_store *s = b->s;
  int rc = b->failed ? -1 : 0;
  if (b->ins) hd_finalize(b->ins);
  else {
    if (rc == 0 && b->buf.len && PQputCopyData(s->pg, b->buf.data, (int)b->buf.len) != 1) rc = pg_fail(s, NULL, "copy");
    if (PQputCopyEnd(s->pg, rc == 0 ? NULL : "hadath stopped writing") != 1 && rc == 0) rc = pg_fail(s, NULL, "copy");
    PGresult *r;
    while ((r = PQgetResult(s->pg))) {
      if (PQresultStatus(r) != PGRES_COMMAND_OK && rc == 0) rc = pg_fail(s, r, "copy");
      PQclear(r);
    }
    if (rc && !s->err[0]) snprintf(s->err, sizeof s->err, "out of memory");
  }
  hd_buf_free(&b->buf);
  free(b);
  return rc;
}
