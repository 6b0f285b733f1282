/*
** store.h: what the files of src/store share behind the opaque hd_store:
** the connection (an SQLite file or a PostgreSQL server), the statements
** prepared for loading, the transaction state, and the small interface of
** statements (db.c) through which every file runs its SQL on either engine.
**
** The schema itself is in schema.c; docs/store.md describes it for users.
*/
#ifndef HD_STORE_H
#define HD_STORE_H

#include <stdint.h>
#include <sqlite3.h>
#include <libpq-fe.h>
#include "common.h"
#include "normalize/normalize.h"

typedef enum hd_engine { HD_SQLITE, HD_PG } hd_engine;

/* Statements prepared once per store and reused for every article. */
enum {
  HD_SQL_FIND, HD_SQL_ARTICLE, HD_SQL_SENTENCE, HD_SQL_EVENT, HD_SQL_ACTOR,
  HD_SQL_CODE, HD_SQL_FTS, HD_SQL_DEL_EVENTS, HD_SQL_DEL_SENTENCES, HD_SQL_SET_CODING, HD_SQL_FIND_LOCK,
  HD_SQL_SENTENCES, HD_SQL_SAVEPOINT, HD_SQL_RELEASE, HD_SQL_COUNT
};

typedef struct hd_stmt hd_stmt;

/* The class of PostgreSQL's advisory locks taken by hadath ("hada"), with
** 1 for making the tables and 2 for grouping. */
#define HD_PG_LOCK_CLASS "1751213153"

typedef struct hd_checkpointer hd_checkpointer;

struct hd_store {
  hd_engine engine;
  sqlite3 *db;                    /* SQLite */
  PGconn *pg;                     /* PostgreSQL */
  int pg_sent;                    /* statements sent whose results are not read yet */
  hd_stmt *pg_stream;             /* the statement whose rows are coming, or NULL */
  unsigned names;                 /* of server-side statements and cursors */
  char main[160];                 /* the stored tables' schema: "main", or PostgreSQL's, quoted */
  const char *temp;               /* the temporary tables' schema: "temp" or "pg_temp" */
  char name[512];                 /* the file, or the URI without its password: for messages */
  int explain;                    /* queries give their plan (hd_store_set_explain) */
  int writable;
  int in_tx;                      /* a batch transaction is open */
  unsigned batch, pending;        /* articles per transaction; in the open one */
  int64_t indexed;                /* articles up to this id are in the search index (SQLite) */
  hd_stmt *sql[HD_SQL_COUNT];
  hd_checkpointer *checkpointer;  /* SQLite: the thread that copies the log, or NULL (checkpoint.c) */
  hd_norm norm;                   /* folding buffer, reused */
  hd_buf buf;                     /* scratch text, reused */
  int64_t coding;                 /* codings.id of coding_key, 0 before the first article */
  char coding_key[64];            /* "hadath version|dictionaries version" */
  char notice[768];               /* about the last article stored, or "" */
  char err[512];
  char dberr[400];                /* the engine's last message */
  char sqlstate[8];               /* PostgreSQL's code of the last error */
};

/* ------------------------------------------------------------------ */
/* Statements on either engine (db.c)                                  */
/* SQL is written once, with parameters ?1, ?2...; on PostgreSQL they    */
/* become $1, $2...  What differs between the engines is chosen with     */
/* HD_SQL(s, sqlite, postgresql).                                        */

#define HD_SQL(s, lite, pg) ((s)->engine == HD_PG ? (pg) : (lite))

enum { HD_ROW = 100, HD_DONE = 101, HD_FAIL = 1 };          /* hd_step() */
enum { HD_NULL, HD_INT, HD_REAL, HD_TEXT };                  /* hd_col_type() */

/* Prepares SQL; NULL with s->err set on failure. */
hd_stmt *hd_store_prepare(hd_store *s, const char *sql);
/* The same, for a query whose rows may be many: PostgreSQL sends them one
** at a time; until the last is read (or the statement is reset), nothing
** else may run on the connection (an error says so). */
hd_stmt *hd_prepare_stream(hd_store *s, const char *sql);
/* PostgreSQL: prepared once on the server and reused (the loading
** statements). */
void hd_keep(hd_stmt *st);
/* PostgreSQL: hd_step() sends the statement and returns HD_DONE without
** waiting; its error, if any, is that of the next statement that waits
** (the COMMIT).  For statements that return no rows. */
void hd_defer(hd_stmt *st);
/* Reads the results of the statements sent; 0, or -1 with s->err. */
int hd_db_sync(hd_store *s);

void hd_bind_text(hd_stmt *st, int i, const char *v, long n);   /* V NULL: null; N < 0: strlen */
void hd_bind_int(hd_stmt *st, int i, int64_t v);
void hd_bind_real(hd_stmt *st, int i, double v);
void hd_bind_null(hd_stmt *st, int i);
/* HD_ROW, HD_DONE, or HD_FAIL with s->err. */
int hd_step(hd_stmt *st);
/* Ready to run again, without bindings. */
void hd_reset(hd_stmt *st);
void hd_finalize(hd_stmt *st);   /* NULL is allowed */

int hd_col_count(const hd_stmt *st);
const char *hd_col_name(const hd_stmt *st, int i);
int hd_col_type(const hd_stmt *st, int i);           /* of the current row's value */
/* The value as text, NULL for null: reals as SQLite prints them, on both
** engines (valid until the next call on ST). */
const char *hd_col_text(hd_stmt *st, int i);
size_t hd_col_bytes(hd_stmt *st, int i);
int64_t hd_col_int(hd_stmt *st, int i);
double hd_col_real(hd_stmt *st, int i);

/* "1.0", "-2.5", "0.333": a real as SQLite writes it ("%.15g", with ".0"
** when whole). */
void hd_real_text(double v, char *buf, size_t cap);

/* Sends SQL (PostgreSQL: one statement) without waiting, as hd_defer(). */
int hd_store_exec_later(hd_store *s, const char *sql);
/* Rolls the open transaction back, keeping s->err. */
void hd_store_rollback(hd_store *s);

/* Many rows into TABLE's COLS (NCOLS of them): COPY on PostgreSQL, one
** prepared INSERT on SQLite.  Give each row's values in order, then
** hd_bulk_row(); hd_bulk_close() writes what is left: 0, or -1 with
** s->err (and nothing is written, on PostgreSQL). */
typedef struct hd_bulk hd_bulk;
hd_bulk *hd_bulk_open(hd_store *s, const char *table, const char *cols, int ncols);
void hd_bulk_text(hd_bulk *b, const char *v, long n);
void hd_bulk_int(hd_bulk *b, int64_t v);
void hd_bulk_real(hd_bulk *b, double v);
int hd_bulk_row(hd_bulk *b);
int hd_bulk_close(hd_bulk *b);

/* ------------------------------------------------------------------ */
/* An article coded for the store (behind the public hd_coded)         */

enum {   /* string fields of a kept event, in hd_kept.str */
  HD_K_DATE, HD_K_SOURCE, HD_K_TARGET, HD_K_CODE, HD_K_ROOT, HD_K_PLOVER, HD_K_MODE, HD_K_NAME,
  HD_K_SOURCE_TEXT, HD_K_TARGET_TEXT, HD_K_VERB_TEXT, HD_K_LOCATION, HD_K_COUNTRY, HD_K_REALIS,
  HD_K_ID, HD_K_SPANS, HD_K_TEXT, HD_K_COUNT
};
#define HD_K_NULL UINT32_MAX   /* a null string */

typedef struct hd_kept {
  uint32_t str[HD_K_COUNT];      /* offsets into hd_coded.pool, or HD_K_NULL */
  int sentence, quad, mutual, reported;
  double goldstein;
  int32_t lat, lon;              /* 1e-5 degree, or HD_NO_GEO */
} hd_kept;

typedef struct hd_kept_sentence { int idx; int in_title; uint32_t from, to; } hd_kept_sentence;

struct hd_coded {
  hd_status status;              /* of coding: HD_OK, HD_SKIP, or an error */
  hd_skip skip;
  const hd_dict *dict;           /* that coded it */
  hd_buf folded;                 /* title (when read) and text, folded, for search */
  hd_kept_sentence *sents; size_t nsents, sents_cap;
  hd_kept *events; size_t nevents, events_cap;
  hd_buf pool;                   /* the events' strings, NUL-ended */
  hd_norm norm;                  /* folding buffer, reused */
  int failed;                    /* out of memory in the event callback */
};

/* The string K of a kept event, NULL for a null one. */
const char *hd_kept_str(const hd_coded *k, const hd_kept *e, int field);

/* The coder reads a JSON Lines title as sentence 0 unless the text
** already begins with it; the store follows the same rule. */
int hd_title_is_read(const hd_article *a);

/* Whether an event is one that hadath code prints by default (realis
** actual, or background with a date): the store's default selection. */
int hd_realis_reported(const char *realis, const char *date);

/* The articles whose coding is not (hadath HD_VERSION, dictionaries D):
** the SQL condition on "a" (articles) with ?1 the version and ?2 D's. */
#define HD_STALE_SQL \
  "(a.coding IS NULL OR a.coding NOT IN (SELECT id FROM codings WHERE hadath = ?1 AND dictionaries = ?2))"

/* A read transaction that sees one state of the store (PostgreSQL:
** repeatable read), and its end. */
int hd_store_read_begin(hd_store *s);
void hd_store_read_end(hd_store *s);

/* Adds the articles of the open batch to the search index. */
int hd_store_index_batch(hd_store *s);

/* Runs SQL (one or more statements, no parameters).  Returns 0, or -1 with
** the message in s->err. */
int hd_store_exec(hd_store *s, const char *sql);

/* Records the database's last error as "WHAT: message" and returns -1. */
int hd_store_fail(hd_store *s, const char *what);

/* Value of the meta table's KEY into BUF (CAP bytes), "" when absent. */
int hd_store_meta_get(hd_store *s, const char *key, char *buf, size_t cap);
int hd_store_meta_set(hd_store *s, const char *key, const char *value);

/* Creates the tables of the grouping in SCHEMA ("main" or "temp"). */
int hd_store_group_tables(hd_store *s, const char *schema);

/* Groups every event again into the stored groups, with the grouping they
** were made with (meta "groups", else the default), in the open
** transaction; 0, or -1 with s->err. */
int hd_store_regroup(hd_store *s);

/* PostgreSQL: ANALYZE of the store's tables; HD_OK or HD_ERR_IO. */
int hd_store_analyze(hd_store *s);

/* Groups the events into SCHEMA's event_groups and group_events. */
int hd_store_group_into(hd_store *s, const char *schema, const hd_grouping *g);

/* A stamp of the events stored ("<max id>:<count>"): groups made at another
** stamp are out of date. */
int hd_store_stamp(hd_store *s, char *buf, size_t cap);

/* The grouping as the short text recorded in meta ("root country 1 mutual"). */
void hd_grouping_text(const hd_grouping *g, char *buf, size_t cap);

/* Makes the groups of G visible under the names event_groups and
** group_events: the stored ones when current, else temporary ones. */
int hd_store_use_groups(hd_store *s, const hd_grouping *g);

/* The SQL that selects the ids of the events F selects ("SELECT e.id FROM
** ..."), appended to OUT, with its parameters (?1, ?2, ...) in P. */
typedef struct hd_params {
  hd_buf *v;             /* grown as parameters are added */
  size_t cap;
  int n;
} hd_params;

int hd_filter_sql(hd_store *s, const hd_filter *f, hd_buf *out, hd_params *p);
/* Its conditions only (" AND ..." on events e and articles a), to append
** to a query that reads those two. */
int hd_filter_where(hd_store *s, const hd_filter *f, hd_buf *out, hd_params *p);
int hd_bind_params(hd_stmt *st, const hd_params *p);

/* hd_filter_check(), then what cannot match in this store (an actor it
** does not hold, a code of no event table): HD_OK, or HD_ERR_ARG with the
** message in s->err. */
hd_status hd_store_check_filter(hd_store *s, const hd_filter *f);

/* The SQL expression of an actor column at G's precision ("e.source"). */
char *hd_actor_expr(const hd_grouping *g, const char *col);
void hd_params_free(hd_params *p);

/* Appends printf-style text to B; -1 when out of memory. */
int hd_buf_printf(hd_buf *b, const char *fmt, ...);

/* Rows over a prepared statement; TABLE lists the columns shown by the
** table format (NULL-terminated), in order. */
hd_rows *hd_rows_new(hd_store *s, hd_stmt *st, const char *const *table);
/* The rows are a query plan (hd_store_set_explain): written as its lines. */
void hd_rows_set_plan(hd_rows *r);

/* Rows of SQL with the parameters P, streamed (or its plan when
** s->explain); NULL with *ST and s->err. */
hd_rows *hd_store_run(hd_store *s, const char *sql, const hd_params *p, const char *const *table, hd_status *st);

/* SQL aggregating the column o of a subquery into a sorted list joined by
** SEP ("," or ", "): group_concat or string_agg. */
const char *hd_list_sql(hd_store *s, const char *col, const char *sep);

/* Writers shared by the formats, the dump and the report. */
void hd_json_string(const char *s, FILE *out, int for_script);

/* One JSON object for the current row of ST, {"table":TABLE,...}. */
void hd_store_write_json_row(hd_stmt *st, const char *table, FILE *out);

/* The report: HTML-escaped text, quad class names and colours, and the
** charts, each drawn from the groups listed in the temporary table hd_sel. */
void hd_html_text(const char *s, FILE *out);
extern const char *const hd_quad_names[5];
extern const char *const hd_quad_colors[5];
int hd_report_timeline(hd_store *s, FILE *out);
int hd_report_network(hd_store *s, FILE *out);
int hd_report_actors(hd_store *s, FILE *out);

/* Day number of "YYYY-MM-DD" (days since 1970-01-01), or INT32_MIN. */
long hd_store_day(const char *date);
/* "YYYY-MM-DD" of day number D into BUF (11 bytes). */
void hd_store_day_text(long d, char *buf);

#endif
