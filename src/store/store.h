/*
** store.h: what the files of src/store share behind the opaque hd_store:
** the connection, the statements prepared for loading, the transaction
** state, and small helpers for running SQL and reporting its errors.
**
** The schema itself is in schema.c; docs/store.md describes it for users.
*/
#ifndef HD_STORE_H
#define HD_STORE_H

#include <sqlite3.h>
#include "common.h"
#include "normalize/normalize.h"

/* Statements prepared once per store and reused for every article. */
enum {
  HD_SQL_FIND, HD_SQL_ARTICLE, HD_SQL_SENTENCE, HD_SQL_EVENT, HD_SQL_ACTOR,
  HD_SQL_CODE, HD_SQL_FTS, HD_SQL_DEL_EVENTS, HD_SQL_DEL_SENTENCES, HD_SQL_SET_CODING,
  HD_SQL_COUNT
};

struct hd_store {
  sqlite3 *db;
  int writable;
  int in_tx;                      /* a batch transaction is open */
  unsigned batch, pending;        /* articles per transaction; in the open one */
  sqlite3_int64 indexed;          /* articles up to this id are in the search index */
  sqlite3_stmt *sql[HD_SQL_COUNT];
  hd_norm norm;                   /* folding buffer, reused */
  hd_buf buf;                     /* scratch text, reused */
  sqlite3_int64 coding;           /* codings.id of coding_key, 0 before the first article */
  char coding_key[64];            /* "hadath version|dictionaries version" */
  char notice[768];               /* about the last article stored, or "" */
  char err[512];
};

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

/* Adds the articles of the open batch to the search index. */
int hd_store_index_batch(hd_store *s);

/* Runs SQL (one or more statements, no parameters).  Returns 0, or -1 with
** the message in s->err. */
int hd_store_exec(hd_store *s, const char *sql);

/* Records the database's last error as "WHAT: message" and returns -1. */
int hd_store_fail(hd_store *s, const char *what);

/* Prepares SQL; NULL with s->err set on failure. */
sqlite3_stmt *hd_store_prepare(hd_store *s, const char *sql);

/* Value of the meta table's KEY into BUF (CAP bytes), "" when absent. */
int hd_store_meta_get(hd_store *s, const char *key, char *buf, size_t cap);
int hd_store_meta_set(hd_store *s, const char *key, const char *value);

/* Creates the tables of the grouping in SCHEMA ("main" or "temp"). */
int hd_store_group_tables(hd_store *s, const char *schema);

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
  hd_buf v[32];
  int n;
} hd_params;

int hd_filter_sql(hd_store *s, const hd_filter *f, hd_buf *out, hd_params *p);

/* hd_filter_check(), then what cannot match in this store (an actor it
** does not hold, a code of no event table): HD_OK, or HD_ERR_ARG with the
** message in s->err. */
hd_status hd_store_check_filter(hd_store *s, const hd_filter *f);

/* The SQL expression of an actor column at G's precision ("e.source"). */
char *hd_actor_expr(const hd_grouping *g, const char *col);
int hd_params_bind(sqlite3_stmt *st, const hd_params *p);
void hd_params_free(hd_params *p);

/* Appends printf-style text to B; -1 when out of memory. */
int hd_buf_printf(hd_buf *b, const char *fmt, ...);

/* Rows over a prepared statement; TABLE lists the columns shown by the
** table format (NULL-terminated), in order. */
hd_rows *hd_rows_new(hd_store *s, sqlite3_stmt *st, const char *const *table);

/* Writers shared by the formats, the dump and the report. */
void hd_json_string(const char *s, FILE *out, int for_script);

/* One JSON object for the current row of ST, {"table":TABLE,...}. */
void hd_store_write_json_row(sqlite3_stmt *st, const char *table, FILE *out);

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
