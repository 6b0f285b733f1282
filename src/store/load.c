/*
** load.c: stores a coded article (coded.c) with its sentences and events,
** and codes stored articles again (recode).
**
** Each article is written inside a savepoint of the batch transaction, so
** that an error part way through (out of memory, a full disk) takes back
** all of that article and nothing else.  A batch commits every s->batch
** articles: a process killed at any moment loses at most the open batch,
** and loading the same input again stores exactly what is missing, since
** an article is looked up by (outlet, id) before it is stored.
**
** Two different articles never share an id: an article whose outlet and
** id are stored with other text is stored under its id followed by "~" and
** a hash of its text, and a notice says so, every time it is met.
**
** Every article records its coding (the versions of hadath and of the
** dictionaries); recoding replaces an article's sentences and events and
** its coding in one savepoint, so that a recode stopped at any moment is
** finished by recoding again.
**
** The search index is written once per batch, just before it commits, from
** the articles the batch added: FTS5 writes its pending index to disk at
** every savepoint, and one index segment per article made loading three
** times slower.
*/
#include <stdlib.h>
#include <string.h>
#include "store.h"
#include "dict/dict.h"

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

/* What the store holds under (outlet, doc). */
typedef struct found {
  sqlite3_int64 id;      /* 0 when nothing */
  int same;              /* the same text and title */
  sqlite3_int64 coding;
  char from[512];        /* where the stored one was read, for notices */
} found;

static int lookup(hd_store *s, const char *outlet, const char *doc, const hd_article *a, found *f) {
  sqlite3_stmt *st = s->sql[HD_SQL_FIND];
  sqlite3_bind_text(st, 1, outlet, -1, SQLITE_STATIC);
  sqlite3_bind_text(st, 2, doc, -1, SQLITE_STATIC);
  sqlite3_bind_text(st, 3, hd_article_text(a), (int)hd_article_text_len(a), SQLITE_STATIC);
  bind_str(st, 4, hd_article_title(a));
  int rc = sqlite3_step(st);
  memset(f, 0, sizeof *f);
  if (rc == SQLITE_ROW) {
    f->id = sqlite3_column_int64(st, 0);
    f->same = sqlite3_column_int(st, 1);
    f->coding = sqlite3_column_int64(st, 2);
    const char *file = (const char *)sqlite3_column_text(st, 3);
    long line = sqlite3_column_int(st, 4);
    if (line) snprintf(f->from, sizeof f->from, "%s:%ld", file ? file : "?", line);
    else snprintf(f->from, sizeof f->from, "%s", file ? file : "?");
  }
  sqlite3_reset(st);
  sqlite3_clear_bindings(st);
  return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : hd_store_fail(s, "lookup");
}

/* codings.id of the versions of hadath and of D, made when new. */
static int coding_id(hd_store *s, const hd_dict *d, sqlite3_int64 *id) {
  char key[64];
  const char *dv = d ? hd_dict_version(d) : "";
  snprintf(key, sizeof key, "%s|%s", HD_VERSION, dv);
  if (s->coding && !strcmp(key, s->coding_key)) { *id = s->coding; return 0; }
  char files[2048] = "";
  if (d) hd_dict_file_names(d, files, sizeof files);
  sqlite3_stmt *ins = hd_store_prepare(s, "INSERT INTO codings(hadath, dictionaries, files) VALUES(?1, ?2, ?3)"
                                          " ON CONFLICT DO NOTHING");
  sqlite3_stmt *sel = hd_store_prepare(s, "SELECT id FROM codings WHERE hadath = ?1 AND dictionaries = ?2");
  int rc = -1;
  if (ins && sel) {
    sqlite3_bind_text(ins, 1, HD_VERSION, -1, SQLITE_STATIC);
    sqlite3_bind_text(ins, 2, dv, -1, SQLITE_STATIC);
    sqlite3_bind_text(ins, 3, files, -1, SQLITE_STATIC);
    sqlite3_bind_text(sel, 1, HD_VERSION, -1, SQLITE_STATIC);
    sqlite3_bind_text(sel, 2, dv, -1, SQLITE_STATIC);
    if (sqlite3_step(ins) == SQLITE_DONE && sqlite3_step(sel) == SQLITE_ROW) {
      *id = s->coding = sqlite3_column_int64(sel, 0);
      snprintf(s->coding_key, sizeof s->coding_key, "%s", key);
      rc = 0;
    } else hd_store_fail(s, "codings");
  }
  sqlite3_finalize(ins);
  sqlite3_finalize(sel);
  return rc;
}

static int insert_article(hd_store *s, const hd_article *a, const hd_coded *k, const char *outlet, const char *doc,
                          sqlite3_int64 coding, sqlite3_int64 *id) {
  sqlite3_stmt *st = s->sql[HD_SQL_ARTICLE];
  bind_str(st, 1, outlet);
  bind_str(st, 2, doc);
  bind_str(st, 3, hd_article_url(a));
  bind_str(st, 4, hd_article_date(a));
  bind_str(st, 5, hd_article_title(a));
  sqlite3_bind_text(st, 6, hd_article_text(a), (int)hd_article_text_len(a), SQLITE_STATIC);
  sqlite3_bind_text(st, 7, k->folded.data ? k->folded.data : "", (int)k->folded.len, SQLITE_STATIC);
  bind_str(st, 8, hd_article_file(a));
  sqlite3_bind_int64(st, 9, (sqlite3_int64)hd_article_line(a));
  bind_str(st, 10, hd_article_category(a));
  sqlite3_bind_int64(st, 11, coding);
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

static int insert_actor(hd_store *s, const char *code, int as_source, const char *date) {
  sqlite3_stmt *st = s->sql[HD_SQL_ACTOR];
  sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
  sqlite3_bind_int(st, 2, as_source);
  bind_str(st, 3, date);
  return step_done(s, st, "actor");
}

static int insert_code(hd_store *s, const hd_coded *k, const hd_kept *e) {
  sqlite3_stmt *st = s->sql[HD_SQL_CODE];
  bind_str(st, 1, hd_kept_str(k, e, HD_K_CODE));
  bind_str(st, 2, hd_kept_str(k, e, HD_K_NAME));
  bind_str(st, 3, hd_kept_str(k, e, HD_K_ROOT));
  sqlite3_bind_int(st, 4, e->quad);
  sqlite3_bind_double(st, 5, e->goldstein);
  bind_str(st, 6, hd_kept_str(k, e, HD_K_PLOVER));
  bind_str(st, 7, hd_kept_str(k, e, HD_K_MODE));
  return step_done(s, st, "code");
}

static int insert_event(hd_store *s, sqlite3_int64 article, const hd_coded *k, const hd_kept *e) {
  static const int first[] = {HD_K_DATE, HD_K_SOURCE, HD_K_TARGET, HD_K_CODE, HD_K_ROOT};
  static const int more[] = {HD_K_PLOVER, HD_K_MODE, HD_K_SOURCE_TEXT, HD_K_TARGET_TEXT, HD_K_VERB_TEXT,
                             HD_K_LOCATION, HD_K_COUNTRY};
  sqlite3_stmt *st = s->sql[HD_SQL_EVENT];
  sqlite3_bind_int64(st, 1, article);
  sqlite3_bind_int(st, 2, e->sentence);
  for (size_t i = 0; i < HD_ARRAY_LEN(first); i++) bind_str(st, 3 + (int)i, hd_kept_str(k, e, first[i]));
  sqlite3_bind_int(st, 8, e->quad);
  sqlite3_bind_double(st, 9, e->goldstein);
  for (size_t i = 0; i < HD_ARRAY_LEN(more); i++) bind_str(st, 10 + (int)i, hd_kept_str(k, e, more[i]));
  sqlite3_bind_int(st, 17, e->mutual);
  if (e->lat != HD_NO_GEO) {
    sqlite3_bind_double(st, 18, e->lat / HD_GEO_UNIT);
    sqlite3_bind_double(st, 19, e->lon / HD_GEO_UNIT);
  }
  bind_str(st, 20, hd_kept_str(k, e, HD_K_REALIS));
  sqlite3_bind_int(st, 21, e->reported);
  bind_str(st, 22, hd_kept_str(k, e, HD_K_ID));
  bind_str(st, 23, hd_kept_str(k, e, HD_K_SPANS));
  return step_done(s, st, "event");
}

/* The sentences, then the events with their actors and codes, and the
** sentence of each event as the coder quotes it. */
static int store_coded(hd_store *s, sqlite3_int64 article, const hd_article *a, const hd_coded *k) {
  const char *title = hd_article_title(a), *text = hd_article_text(a);
  for (size_t i = 0; i < k->nsents; i++) {
    const hd_kept_sentence *x = &k->sents[i];
    if (put_sentence(s, article, x->idx, (x->in_title ? title : text) + x->from, x->to - x->from) != 0) return -1;
  }
  for (size_t i = 0; i < k->nevents; i++) {
    const hd_kept *e = &k->events[i];
    const char *date = hd_kept_str(k, e, HD_K_DATE), *target = hd_kept_str(k, e, HD_K_TARGET);
    const char *sent = hd_kept_str(k, e, HD_K_TEXT);
    if (insert_event(s, article, k, e) != 0 || insert_code(s, k, e) != 0 ||
        insert_actor(s, hd_kept_str(k, e, HD_K_SOURCE), 1, date) != 0 ||
        (*target && insert_actor(s, target, 0, date) != 0) ||
        put_sentence(s, article, e->sentence, sent, strlen(sent)) != 0)
      return -1;
  }
  return 0;
}

static int by_id(hd_store *s, int sql, sqlite3_int64 id, const char *what) {
  sqlite3_bind_int64(s->sql[sql], 1, id);
  return step_done(s, s->sql[sql], what);
}

/* An article coded again: its sentences and events replaced, its folded
** text (and search index) too when folding changed, its coding set. */
static int replace_coded(hd_store *s, sqlite3_int64 id, const hd_article *a, const hd_coded *k, sqlite3_int64 coding) {
  if (by_id(s, HD_SQL_DEL_EVENTS, id, "events") != 0 || by_id(s, HD_SQL_DEL_SENTENCES, id, "sentences") != 0)
    return -1;
  sqlite3_stmt *st = hd_store_prepare(s, "SELECT folded FROM articles WHERE id = ?1");
  if (!st) return -1;
  sqlite3_bind_int64(st, 1, id);
  int rc = sqlite3_step(st) == SQLITE_ROW ? 0 : hd_store_fail(s, "article");
  const char *old = rc == 0 ? (const char *)sqlite3_column_text(st, 0) : NULL;
  int changed = rc == 0 && (strlen(old) != k->folded.len || memcmp(old, k->folded.data, k->folded.len) != 0);
  if (changed) {
    /* the index of an external-content table is told what it held */
    sqlite3_stmt *del = hd_store_prepare(s, "INSERT INTO articles_fts(articles_fts, rowid, folded)"
                                            " VALUES('delete', ?1, ?2)");
    sqlite3_stmt *upd = hd_store_prepare(s, "UPDATE articles SET folded = ?2 WHERE id = ?1");
    sqlite3_stmt *ins = hd_store_prepare(s, "INSERT INTO articles_fts(rowid, folded) VALUES(?1, ?2)");
    if (del && upd && ins) {
      sqlite3_bind_int64(del, 1, id);
      sqlite3_bind_text(del, 2, old, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64(upd, 1, id);
      sqlite3_bind_text(upd, 2, k->folded.data, (int)k->folded.len, SQLITE_STATIC);
      sqlite3_bind_int64(ins, 1, id);
      sqlite3_bind_text(ins, 2, k->folded.data, (int)k->folded.len, SQLITE_STATIC);
      if (sqlite3_step(del) != SQLITE_DONE || sqlite3_step(upd) != SQLITE_DONE ||
          (id <= s->indexed && sqlite3_step(ins) != SQLITE_DONE))
        rc = hd_store_fail(s, "search index");
    } else rc = -1;
    sqlite3_finalize(del);
    sqlite3_finalize(upd);
    sqlite3_finalize(ins);
  }
  sqlite3_finalize(st);
  if (rc != 0) return -1;
  sqlite3_stmt *set = s->sql[HD_SQL_SET_CODING];
  sqlite3_bind_int64(set, 1, id);
  sqlite3_bind_int64(set, 2, coding);
  if (step_done(s, set, "coding") != 0) return -1;
  return store_coded(s, id, a, k);
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

int hd_store_has(hd_store *s, const hd_article *a) {
  const char *outlet = hd_article_source(a) ? hd_article_source(a) : "";
  found f;
  if (lookup(s, outlet, hd_article_id(a), a, &f) != 0) return -1;
  if (f.id && f.same) return 1;
  if (!f.id) return 0;
  char doc[1024];
  hd_article_other_id(a, doc, sizeof doc);
  if (lookup(s, outlet, doc, a, &f) != 0) return -1;
  return f.id && f.same;
}

const char *hd_store_notice(const hd_store *s) { return s ? s->notice : ""; }

hd_status hd_store_put(hd_store *s, const hd_article *a, const hd_coded *k, int replace, hd_stored *how,
                       size_t *events) {
  const char *outlet = hd_article_source(a) ? hd_article_source(a) : "";
  const char *doc = hd_article_id(a);
  char other[1024];
  found f;
  *how = HD_STORED_PRESENT;
  if (events) *events = 0;
  s->err[0] = 0;
  s->notice[0] = 0;
  if (!s->writable) { snprintf(s->err, sizeof s->err, "store opened for reading"); return HD_ERR_IO; }
  if (begin_batch(s) != 0) return HD_ERR_IO;
  if (lookup(s, outlet, doc, a, &f) != 0) return HD_ERR_IO;
  if (f.id && !f.same) {
    /* the id is taken by another article: this one is stored beside it */
    char taken_from[sizeof f.from];
    memcpy(taken_from, f.from, sizeof f.from);
    hd_article_other_id(a, other, sizeof other);
    doc = other;
    if (lookup(s, outlet, doc, a, &f) != 0) return HD_ERR_IO;
    snprintf(s->notice, sizeof s->notice, "article id '%.200s'%s%.100s is stored with other text (read from %.200s);"
             " this article is stored as '%.240s'", hd_article_id(a), *outlet ? " of " : "", outlet, taken_from, doc);
    if (f.id && !f.same) {
      snprintf(s->err, sizeof s->err, "article id '%.200s' is stored with other text, and so is '%.200s'",
               hd_article_id(a), doc);
      return HD_ERR_IO;
    }
  }
  if (f.id && !replace) return count_in_batch(s);
  if (!k) {
    snprintf(s->err, sizeof s->err, "article %.200s is not stored, and was not coded", doc);
    return HD_ERR_ARG;
  }
  if (k->status == HD_SKIP) { *how = HD_STORED_SKIPPED; return HD_OK; }
  if (k->status != HD_OK) return k->status;
  sqlite3_int64 coding, id = f.id;
  if (coding_id(s, k->dict, &coding) != 0) return HD_ERR_IO;
  if (f.id && f.coding == coding && replace) return count_in_batch(s);   /* recoded already */
  if (hd_store_exec(s, "SAVEPOINT hd_article") != 0) return HD_ERR_IO;
  int rc = f.id ? replace_coded(s, id, a, k, coding)
                : insert_article(s, a, k, outlet, doc, coding, &id) != 0 ? -1 : store_coded(s, id, a, k);
  *how = HD_STORED_NEW;
  if (events) *events = k->nevents;
  return finish(s, rc == 0 ? HD_OK : s->err[0] ? HD_ERR_IO : HD_ERR_NOMEM);
}

hd_status hd_store_load_article(hd_store *s, hd_coder *c, const hd_dict *d, const hd_article *a, hd_stored *how,
                                size_t *events) {
  *how = HD_STORED_PRESENT;
  if (events) *events = 0;
  int has = hd_store_has(s, a);
  if (has < 0) return HD_ERR_IO;
  hd_coded *k = hd_coded_new();
  if (!k) return HD_ERR_NOMEM;
  /* an article stored already is not coded again */
  hd_status st = has ? HD_OK : hd_code_into(c, d, a, k);
  if (st == HD_OK || st == HD_SKIP) st = hd_store_put(s, a, k, 0, how, events);
  hd_coded_free(k);
  return st;
}

/* ------------------------------------------------------------------ */
/* Recoding                                                            */

struct hd_recode {
  hd_store *s;
  sqlite3_int64 *ids;
  size_t n, next;
};

hd_status hd_store_stale(hd_store *s, const hd_dict *d, unsigned long *count) {
  sqlite3_stmt *st = hd_store_prepare(s, "SELECT count(*) FROM articles a WHERE " HD_STALE_SQL);
  if (!st) return HD_ERR_IO;
  sqlite3_bind_text(st, 1, HD_VERSION, -1, SQLITE_STATIC);
  sqlite3_bind_text(st, 2, hd_dict_version(d), -1, SQLITE_STATIC);
  int rc = sqlite3_step(st);
  *count = rc == SQLITE_ROW ? (unsigned long)sqlite3_column_int64(st, 0) : 0;
  sqlite3_finalize(st);
  return rc == SQLITE_ROW ? HD_OK : (hd_store_fail(s, "articles"), HD_ERR_IO);
}

hd_recode *hd_store_recode(hd_store *s, const hd_dict *d, size_t *count, hd_status *status) {
  hd_recode *r = calloc(1, sizeof *r);
  size_t cap = 0;
  *status = HD_ERR_NOMEM;
  s->err[0] = 0;
  if (!r) return NULL;
  r->s = s;
  if (hd_store_commit(s) != HD_OK) { free(r); *status = HD_ERR_IO; return NULL; }
  sqlite3_stmt *st = hd_store_prepare(s, "SELECT a.id FROM articles a WHERE " HD_STALE_SQL " ORDER BY a.id");
  if (!st) { free(r); *status = HD_ERR_IO; return NULL; }
  sqlite3_bind_text(st, 1, HD_VERSION, -1, SQLITE_STATIC);
  sqlite3_bind_text(st, 2, hd_dict_version(d), -1, SQLITE_STATIC);
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    if (hd_grow((void **)&r->ids, &cap, r->n + 1, sizeof *r->ids) != 0) break;
    r->ids[r->n++] = sqlite3_column_int64(st, 0);
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) {
    if (rc != SQLITE_ROW) { hd_store_fail(s, "articles"); *status = HD_ERR_IO; }
    hd_recode_free(r);
    return NULL;
  }
  /* what is derived from every event is made again when the recode ends */
  if (r->n && hd_store_meta_set(s, "derived", "stale") != 0) {
    hd_recode_free(r);
    *status = HD_ERR_IO;
    return NULL;
  }
  *count = r->n;
  *status = HD_OK;
  return r;
}

static int set_buf(hd_buf *b, sqlite3_stmt *st, int col, int *has) {
  const char *v = (const char *)sqlite3_column_text(st, col);
  if (has) *has = v != NULL;
  hd_buf_clear(b);
  return hd_buf_append(b, v ? v : "", v ? (size_t)sqlite3_column_bytes(st, col) : 0);
}

hd_status hd_recode_next(hd_recode *r, hd_article **out) {
  *out = NULL;
  if (r->next >= r->n) return HD_END;
  hd_store *s = r->s;
  sqlite3_stmt *st = hd_store_prepare(s, "SELECT doc, text, outlet, date, title, url, category, file, line"
                                         " FROM articles WHERE id = ?1");
  if (!st) return HD_ERR_IO;
  sqlite3_bind_int64(st, 1, r->ids[r->next++]);
  hd_status status = HD_ERR_IO;
  if (sqlite3_step(st) == SQLITE_ROW) {
    hd_article *a = hd_article_new((const char *)sqlite3_column_text(st, 0), (const char *)sqlite3_column_text(st, 1),
                                   (size_t)sqlite3_column_bytes(st, 1));
    const char *outlet = (const char *)sqlite3_column_text(st, 2);
    const char *file = (const char *)sqlite3_column_text(st, 7);
    status = HD_ERR_NOMEM;
    if (a && set_buf(&a->date, st, 3, &a->has_date) == 0 && set_buf(&a->title, st, 4, &a->has_title) == 0 &&
        set_buf(&a->url, st, 5, &a->has_url) == 0 && set_buf(&a->category, st, 6, &a->has_category) == 0 &&
        hd_buf_append(&a->source, outlet ? outlet : "", outlet ? strlen(outlet) : 0) == 0 &&
        hd_buf_append(&a->file_copy, file ? file : "", file ? strlen(file) : 0) == 0) {
      a->has_source = outlet && *outlet;
      a->file = a->file_copy.data;
      a->line = (size_t)sqlite3_column_int64(st, 8);
      *out = a;
      status = HD_OK;
    } else hd_article_free(a);
  } else hd_store_fail(s, "article");
  sqlite3_finalize(st);
  return status;
}

void hd_recode_free(hd_recode *r) {
  if (!r) return;
  free(r->ids);
  free(r);
}
