/*
** load.c: codes an article and stores it with its sentences and events.
**
** Each article is written inside a savepoint of the batch transaction, so
** that an error part way through (out of memory, a full disk) takes back
** all of that article and nothing else.  A batch commits every s->batch
** articles: a process killed at any moment loses at most the open batch,
** and loading the same input again stores exactly what is missing, since
** an article is looked up by (outlet, id) before it is coded.
**
** The search index is written once per batch, just before it commits, from
** the articles the batch added: FTS5 writes its pending index to disk at
** every savepoint, and one index segment per article made loading three
** times slower.
*/
#include <stdlib.h>
#include <string.h>
#include "store.h"
#include "segment/segment.h"
#include "tokenize/tokenize.h"

typedef struct load_ctx {
  hd_store *s;
  sqlite3_int64 article;
  size_t events;
  int failed;
} load_ctx;

static void bind_str(sqlite3_stmt *st, int i, const char *v) {
  if (v) sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
  else sqlite3_bind_null(st, i);
}

/* Runs a bound statement that returns no row, and resets it. */
static int step_done(hd_store *s, sqlite3_stmt *st, const char *what) {
  int rc = sqlite3_step(st);
  sqlite3_reset(st);
  sqlite3_clear_bindings(st);
  return rc == SQLITE_DONE ? 0 : hd_store_fail(s, what);
}

/* 1 when (outlet, doc) is stored, 0 when not, -1 on error. */
static int is_present(hd_store *s, const char *outlet, const char *doc) {
  sqlite3_stmt *st = s->sql[HD_SQL_FIND];
  sqlite3_bind_text(st, 1, outlet, -1, SQLITE_STATIC);
  sqlite3_bind_text(st, 2, doc, -1, SQLITE_STATIC);
  int rc = sqlite3_step(st);
  sqlite3_reset(st);
  sqlite3_clear_bindings(st);
  if (rc == SQLITE_ROW) return 1;
  return rc == SQLITE_DONE ? 0 : hd_store_fail(s, "lookup");
}

/* The coder reads a JSON Lines title as sentence 0 unless the text
** already begins with it; the store follows the same rule. */
static int title_is_read(const hd_article *a) {
  const char *title = hd_article_title(a), *text = hd_article_text(a);
  if (!title || !*title) return 0;
  while (*text == ' ' || *text == '\n' || *text == '\r' || *text == '\t') text++;
  return strncmp(text, title, strlen(title)) != 0;
}

/* Folds the title (when read) and the text into s->norm, for search. */
static int fold_article(hd_store *s, const hd_article *a) {
  hd_buf_clear(&s->buf);
  if (title_is_read(a)) {
    const char *t = hd_article_title(a);
    if (hd_buf_append(&s->buf, t, strlen(t)) != 0 || hd_buf_putc(&s->buf, '\n') != 0) return -1;
  }
  if (hd_buf_append(&s->buf, hd_article_text(a), hd_article_text_len(a)) != 0) return -1;
  return hd_normalize(&s->norm, s->buf.data, s->buf.len);
}

static int insert_article(hd_store *s, const hd_article *a, const char *outlet, sqlite3_int64 *id) {
  sqlite3_stmt *st = s->sql[HD_SQL_ARTICLE];
  bind_str(st, 1, outlet);
  bind_str(st, 2, hd_article_id(a));
  bind_str(st, 3, hd_article_url(a));
  bind_str(st, 4, hd_article_date(a));
  bind_str(st, 5, hd_article_title(a));
  sqlite3_bind_text(st, 6, hd_article_text(a), (int)hd_article_text_len(a), SQLITE_STATIC);
  sqlite3_bind_text(st, 7, s->norm.text, (int)s->norm.len, SQLITE_STATIC);
  bind_str(st, 8, hd_article_file(a));
  sqlite3_bind_int64(st, 9, (sqlite3_int64)hd_article_line(a));
  if (step_done(s, st, "article") != 0) return -1;
  *id = sqlite3_last_insert_rowid(s->db);
  return 0;
}

static int put_sentence(hd_store *s, sqlite3_int64 article, int idx, const char *text, size_t len) {
  sqlite3_stmt *st = s->sql[HD_SQL_SENTENCE];
  sqlite3_bind_int64(st, 1, article);
  sqlite3_bind_int(st, 2, idx);
  sqlite3_bind_text(st, 3, text, (int)len, SQLITE_TRANSIENT);
  return step_done(s, st, "sentence");
}

static int has_word(const char *text, size_t start, size_t end) {
  size_t a, b;
  int kind;
  for (size_t pos = start; (kind = hd_next_token(text, end, pos, &a, &b)) >= 0; pos = b)
    if (kind == HD_TOK_WORD) return 1;
  return 0;
}

/* Stores the sentences of TEXT from index *IDX on, as the coder numbers
** them: sentences without a word are not counted. */
static int store_sentences(hd_store *s, sqlite3_int64 article, const char *text, size_t len, int *idx) {
  if (hd_normalize(&s->norm, text, len) != 0) return -1;
  size_t pos = 0, a, b;
  while ((pos = hd_next_sentence(s->norm.text, s->norm.len, pos, &a, &b)) != 0) {
    if (!has_word(s->norm.text, a, b)) continue;
    uint32_t from = s->norm.map[a], to = s->norm.map[b];
    if (put_sentence(s, article, (*idx)++, text + from, to - from) != 0) return -1;
  }
  return 0;
}

static int insert_actor(hd_store *s, const char *code, int as_source, const char *date) {
  sqlite3_stmt *st = s->sql[HD_SQL_ACTOR];
  sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
  sqlite3_bind_int(st, 2, as_source);
  bind_str(st, 3, date);
  return step_done(s, st, "actor");
}

static int insert_code(hd_store *s, const hd_event *ev) {
  sqlite3_stmt *st = s->sql[HD_SQL_CODE];
  bind_str(st, 1, hd_event_str(ev, HD_FIELD_CODE));
  bind_str(st, 2, hd_event_str(ev, HD_FIELD_CODE_NAME));
  bind_str(st, 3, hd_event_str(ev, HD_FIELD_ROOT));
  sqlite3_bind_int(st, 4, hd_event_quad(ev));
  sqlite3_bind_double(st, 5, hd_event_goldstein(ev));
  bind_str(st, 6, hd_event_str(ev, HD_FIELD_PLOVER));
  bind_str(st, 7, hd_event_str(ev, HD_FIELD_PLOVER_MODE));
  return step_done(s, st, "code");
}

static int insert_event(hd_store *s, sqlite3_int64 article, const hd_event *ev) {
  static const hd_field text_fields[] = {
    HD_FIELD_DATE, HD_FIELD_SOURCE, HD_FIELD_TARGET, HD_FIELD_CODE, HD_FIELD_ROOT};
  static const hd_field more_fields[] = {
    HD_FIELD_PLOVER, HD_FIELD_PLOVER_MODE, HD_FIELD_SOURCE_TEXT, HD_FIELD_TARGET_TEXT,
    HD_FIELD_VERB_TEXT, HD_FIELD_LOCATION, HD_FIELD_LOCATION_COUNTRY};
  sqlite3_stmt *st = s->sql[HD_SQL_EVENT];
  sqlite3_bind_int64(st, 1, article);
  sqlite3_bind_int(st, 2, hd_event_sentence(ev));
  for (size_t i = 0; i < HD_ARRAY_LEN(text_fields); i++) bind_str(st, 3 + (int)i, hd_event_str(ev, text_fields[i]));
  sqlite3_bind_int(st, 8, hd_event_quad(ev));
  sqlite3_bind_double(st, 9, hd_event_goldstein(ev));
  for (size_t i = 0; i < HD_ARRAY_LEN(more_fields); i++) bind_str(st, 10 + (int)i, hd_event_str(ev, more_fields[i]));
  return step_done(s, st, "event");
}

/* The coder's callback: the event, its actors and code, and its sentence
** as the coder quotes it. */
static int store_event(const hd_event *ev, void *user) {
  load_ctx *x = user;
  hd_store *s = x->s;
  const char *date = hd_event_str(ev, HD_FIELD_DATE), *target = hd_event_str(ev, HD_FIELD_TARGET);
  const char *text = hd_event_str(ev, HD_FIELD_TEXT);
  if (insert_event(s, x->article, ev) != 0 || insert_code(s, ev) != 0 ||
      insert_actor(s, hd_event_str(ev, HD_FIELD_SOURCE), 1, date) != 0 ||
      (*target && insert_actor(s, target, 0, date) != 0) ||
      put_sentence(s, x->article, hd_event_sentence(ev), text, strlen(text)) != 0) {
    x->failed = 1;
    return 1;
  }
  x->events++;
  return 0;
}

static int mark_mutual(hd_store *s, sqlite3_int64 article) {
  sqlite3_stmt *st = s->sql[HD_SQL_MUTUAL];
  sqlite3_bind_int64(st, 1, article);
  return step_done(s, st, "mutual events");
}

/* Everything of one new article, inside the savepoint. */
static hd_status store_new(hd_store *s, hd_coder *c, const hd_article *a, const char *outlet, load_ctx *x) {
  int idx = 0;
  if (fold_article(s, a) != 0) return HD_ERR_NOMEM;
  if (insert_article(s, a, outlet, &x->article) != 0) return HD_ERR_IO;
  if (title_is_read(a) && store_sentences(s, x->article, hd_article_title(a), strlen(hd_article_title(a)), &idx) != 0)
    return s->err[0] ? HD_ERR_IO : HD_ERR_NOMEM;
  if (store_sentences(s, x->article, hd_article_text(a), hd_article_text_len(a), &idx) != 0)
    return s->err[0] ? HD_ERR_IO : HD_ERR_NOMEM;
  hd_status st = hd_code_article(c, a, store_event, x);
  if (x->failed) return HD_ERR_IO;
  if (st != HD_OK) return st;
  if (x->events > 1 && mark_mutual(s, x->article) != 0) return HD_ERR_IO;
  return HD_OK;
}

/* Begins a batch, noting the last article stored before it: row ids only
** grow, so the batch's articles are those after it. */
static int begin_batch(hd_store *s) {
  if (s->in_tx) return 0;
  if (hd_store_exec(s, "BEGIN IMMEDIATE") != 0) return -1;
  s->in_tx = 1;
  sqlite3_stmt *st = hd_store_prepare(s, "SELECT coalesce(max(id), 0) FROM articles");
  int rc = st ? sqlite3_step(st) : SQLITE_ERROR;
  s->indexed = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
  sqlite3_finalize(st);
  if (rc == SQLITE_ROW) return 0;
  if (st) hd_store_fail(s, "articles");
  sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
  s->in_tx = 0;
  return -1;
}

int hd_store_index_batch(hd_store *s) {
  sqlite3_stmt *st = s->sql[HD_SQL_FTS];
  sqlite3_bind_int64(st, 1, s->indexed);
  return step_done(s, st, "search index");
}

/* Counts an article in the batch, and commits the batch when it is full. */
static hd_status count_in_batch(hd_store *s) {
  return ++s->pending >= s->batch ? hd_store_commit(s) : HD_OK;
}

/* Ends the article's savepoint, keeping it or taking it back. */
static hd_status finish(hd_store *s, hd_status st) {
  if (st != HD_OK) {
    char keep[sizeof s->err];
    memcpy(keep, s->err, sizeof keep);
    sqlite3_exec(s->db, "ROLLBACK TO hd_article; RELEASE hd_article", NULL, NULL, NULL);
    memcpy(s->err, keep, sizeof keep);
    return st;
  }
  if (hd_store_exec(s, "RELEASE hd_article") != 0) return HD_ERR_IO;
  return count_in_batch(s);
}

hd_status hd_store_load_article(hd_store *s, hd_coder *c, const hd_article *a, hd_stored *how, size_t *events) {
  const char *outlet = hd_article_source(a) ? hd_article_source(a) : "";
  load_ctx x = {s, 0, 0, 0};
  *how = HD_STORED_PRESENT;
  if (events) *events = 0;
  s->err[0] = 0;
  if (!s->writable) { snprintf(s->err, sizeof s->err, "store opened for reading"); return HD_ERR_IO; }
  if (begin_batch(s) != 0) return HD_ERR_IO;
  int present = is_present(s, outlet, hd_article_id(a));
  if (present < 0) return HD_ERR_IO;
  if (present) return count_in_batch(s);
  if (hd_store_exec(s, "SAVEPOINT hd_article") != 0) return HD_ERR_IO;
  hd_status st = store_new(s, c, a, outlet, &x);
  if (st == HD_SKIP) { *how = HD_STORED_SKIPPED; finish(s, HD_SKIP); return HD_OK; }
  *how = HD_STORED_NEW;
  if (events) *events = x.events;
  return finish(s, st);
}
