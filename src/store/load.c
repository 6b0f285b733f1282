/*
** load.c: stores a coded article (coded.c) with its sentences and events,
** and codes stored articles again (recode), on either engine.
**
** SQLite: each article is written inside a savepoint of the batch
** transaction, so that an error part way through (out of memory, a full
** disk) takes back all of that article and nothing else.  A batch commits
** every s->batch articles: a process killed at any moment loses at most
** the open batch, and loading the same input again stores exactly what is
** missing, since an article is stored only under an (outlet, id) that is
** not stored yet.
**
** PostgreSQL: each article is a transaction of its own, so that loaders
** writing at once never hold much for long.  The article's row is inserted
** with ON CONFLICT DO NOTHING: when another loader stored the same id
** first, nothing is inserted, and the article is looked up and found (or
** stored beside it, when its text differs).  Its sentences, events, actors
** and codes are sent with its COMMIT without waiting (hd_defer()), the
** actors and codes in code order, so that two loaders never wait for each
** other in a circle.
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

/* Runs a bound statement that returns no row, and resets it. */
static int step_done(hd_store *s, hd_stmt *st, const char *what) {
  int rc = hd_step(st);
  hd_reset(st);
  if (rc == HD_DONE) return 0;
  char keep[sizeof s->err];
  snprintf(keep, sizeof keep, "%s: %s", what, s->dberr);
  memcpy(s->err, keep, sizeof keep);
  return -1;
}

/* SQLite: opens (or, RELEASE, ends) the article's savepoint, with
** statements prepared once. */
static int savepoint(hd_store *s, int release) {
  if (s->engine != HD_SQLITE) return 0;
  hd_stmt *st = s->sql[release ? HD_SQL_RELEASE : HD_SQL_SAVEPOINT];
  int rc = hd_step(st);
  hd_reset(st);
  if (rc == HD_DONE) return 0;
  snprintf(s->err, sizeof s->err, "%s", s->dberr);
  return -1;
}

/* What the store holds under (outlet, doc). */
typedef struct found {
  int64_t id;            /* 0 when nothing */
  int same;              /* the same text and title */
  int64_t coding;
  char from[512];        /* where the stored one was read, for notices */
} found;

static int lookup(hd_store *s, int sql, const char *outlet, const char *doc, const hd_article *a, found *f) {
  hd_stmt *st = s->sql[sql];
  hd_bind_text(st, 1, outlet, -1);
  hd_bind_text(st, 2, doc, -1);
  hd_bind_text(st, 3, hd_article_text(a), (long)hd_article_text_len(a));
  hd_bind_text(st, 4, hd_article_title(a), -1);
  int rc = hd_step(st);
  memset(f, 0, sizeof *f);
  if (rc == HD_ROW) {
    f->id = hd_col_int(st, 0);
    f->same = (int)hd_col_int(st, 1);
    f->coding = hd_col_int(st, 2);
    const char *file = hd_col_text(st, 3);
    long line = (long)hd_col_int(st, 4);
    if (line) snprintf(f->from, sizeof f->from, "%s:%ld", file ? file : "?", line);
    else snprintf(f->from, sizeof f->from, "%s", file ? file : "?");
  }
  hd_reset(st);
  return rc == HD_ROW || rc == HD_DONE ? 0 : hd_store_fail(s, "lookup");
}

/* codings.id of the versions of hadath and of D, made when new (in a
** transaction of its own when none is open). */
static int coding_id(hd_store *s, const hd_dict *d, int64_t *id) {
  char key[64];
  const char *dv = d ? hd_dict_version(d) : "";
  snprintf(key, sizeof key, "%s|%s", HD_VERSION, dv);
  if (s->coding && !strcmp(key, s->coding_key)) { *id = s->coding; return 0; }
  char files[2048] = "";
  if (d) hd_dict_file_names(d, files, sizeof files);
  hd_stmt *ins = hd_store_prepare(s, "INSERT INTO codings(hadath, dictionaries, files) VALUES(?1, ?2, ?3)"
                                     " ON CONFLICT DO NOTHING");
  hd_stmt *sel = hd_store_prepare(s, "SELECT id FROM codings WHERE hadath = ?1 AND dictionaries = ?2");
  int rc = -1;
  if (ins && sel) {
    hd_bind_text(ins, 1, HD_VERSION, -1);
    hd_bind_text(ins, 2, dv, -1);
    hd_bind_text(ins, 3, files, -1);
    hd_bind_text(sel, 1, HD_VERSION, -1);
    hd_bind_text(sel, 2, dv, -1);
    if (hd_step(ins) == HD_DONE && hd_step(sel) == HD_ROW) {
      *id = s->coding = hd_col_int(sel, 0);
      snprintf(s->coding_key, sizeof s->coding_key, "%s", key);
      rc = 0;
    } else hd_store_fail(s, "codings");
  }
  hd_finalize(ins);
  hd_finalize(sel);
  return rc;
}

/* Inserts the article under DOC: *ID is its row id, or 0 when another
** process stored an article under DOC meanwhile. */
static int insert_article(hd_store *s, const hd_article *a, const hd_coded *k, const char *outlet, const char *doc,
                          int64_t coding, int64_t *id) {
  hd_stmt *st = s->sql[HD_SQL_ARTICLE];
  hd_bind_text(st, 1, outlet, -1);
  hd_bind_text(st, 2, doc, -1);
  hd_bind_text(st, 3, hd_article_url(a), -1);
  hd_bind_text(st, 4, hd_article_date(a), -1);
  hd_bind_text(st, 5, hd_article_title(a), -1);
  hd_bind_text(st, 6, hd_article_text(a), (long)hd_article_text_len(a));
  hd_bind_text(st, 7, k->folded.data ? k->folded.data : "", (long)k->folded.len);
  hd_bind_text(st, 8, hd_article_file(a), -1);
  hd_bind_int(st, 9, (int64_t)hd_article_line(a));
  hd_bind_text(st, 10, hd_article_category(a), -1);
  hd_bind_int(st, 11, coding);
  int rc = hd_step(st);
  *id = rc == HD_ROW ? hd_col_int(st, 0) : 0;
  if (rc == HD_ROW) rc = hd_step(st);
  hd_reset(st);
  return rc == HD_DONE ? 0 : hd_store_fail(s, "article");
}

static int put_sentence(hd_store *s, int64_t article, int idx, const char *text, size_t len) {
  hd_stmt *st = s->sql[HD_SQL_SENTENCE];
  hd_bind_int(st, 1, article);
  hd_bind_int(st, 2, idx);
  hd_bind_text(st, 3, text, (long)len);
  return step_done(s, st, "sentence");
}

static int insert_event(hd_store *s, int64_t article, const hd_coded *k, const hd_kept *e) {
  static const int first[] = {HD_K_DATE, HD_K_SOURCE, HD_K_TARGET, HD_K_CODE, HD_K_ROOT};
  static const int more[] = {HD_K_PLOVER, HD_K_MODE, HD_K_SOURCE_TEXT, HD_K_TARGET_TEXT, HD_K_VERB_TEXT,
                             HD_K_LOCATION, HD_K_COUNTRY};
  hd_stmt *st = s->sql[HD_SQL_EVENT];
  hd_bind_int(st, 1, article);
  hd_bind_int(st, 2, e->sentence);
  for (size_t i = 0; i < HD_ARRAY_LEN(first); i++) hd_bind_text(st, 3 + (int)i, hd_kept_str(k, e, first[i]), -1);
  hd_bind_int(st, 8, e->quad);
  hd_bind_real(st, 9, e->goldstein);
  for (size_t i = 0; i < HD_ARRAY_LEN(more); i++) hd_bind_text(st, 10 + (int)i, hd_kept_str(k, e, more[i]), -1);
  hd_bind_int(st, 17, e->mutual);
  if (e->lat != HD_NO_GEO) {
    hd_bind_real(st, 18, e->lat / HD_GEO_UNIT);
    hd_bind_real(st, 19, e->lon / HD_GEO_UNIT);
  }
  hd_bind_text(st, 20, hd_kept_str(k, e, HD_K_REALIS), -1);
  hd_bind_int(st, 21, e->reported);
  hd_bind_text(st, 22, hd_kept_str(k, e, HD_K_ID), -1);
  hd_bind_text(st, 23, hd_kept_str(k, e, HD_K_SPANS), -1);
  return step_done(s, st, "event");
}

/* ------------------------------------------------------------------ */
/* What an article adds to the tables of all articles                  */

/* An actor's counts in one article. */
typedef struct actor_count {
  const char *code, *first, *last;
  long events, as_source, as_target;
} actor_count;

static int by_code(const void *a, const void *b) {
  return strcmp(((const actor_count *)a)->code, ((const actor_count *)b)->code);
}

static void count_actor(actor_count *v, size_t *n, const char *code, int as_source, const char *date) {
  size_t i = 0;
  while (i < *n && strcmp(v[i].code, code) != 0) i++;
  if (i == *n) v[(*n)++] = (actor_count){code, NULL, NULL, 0, 0, 0};
  v[i].events++;
  v[i].as_source += as_source;
  v[i].as_target += !as_source;
  if (date && (!v[i].first || strcmp(date, v[i].first) < 0)) v[i].first = date;
  if (date && (!v[i].last || strcmp(date, v[i].last) > 0)) v[i].last = date;
}

/* The article's actors, each once with its counts, in code order: loaders
** writing at once take the rows of shared actors in one order, so that none
** waits for another that waits for it. */
static int add_actors(hd_store *s, const hd_coded *k) {
  actor_count *v = k->nevents ? malloc(2 * k->nevents * sizeof *v) : NULL;
  size_t n = 0;
  if (k->nevents && !v) { snprintf(s->err, sizeof s->err, "out of memory"); return -1; }
  for (size_t i = 0; i < k->nevents; i++) {
    const hd_kept *e = &k->events[i];
    const char *date = hd_kept_str(k, e, HD_K_DATE), *target = hd_kept_str(k, e, HD_K_TARGET);
    count_actor(v, &n, hd_kept_str(k, e, HD_K_SOURCE), 1, date);
    if (*target) count_actor(v, &n, target, 0, date);
  }
  if (n) qsort(v, n, sizeof *v, by_code);
  int rc = 0;
  hd_stmt *st = s->sql[HD_SQL_ACTOR];
  for (size_t i = 0; rc == 0 && i < n; i++) {
    hd_bind_text(st, 1, v[i].code, -1);
    hd_bind_int(st, 2, v[i].events);
    hd_bind_int(st, 3, v[i].as_source);
    hd_bind_int(st, 4, v[i].as_target);
    hd_bind_text(st, 5, v[i].first, -1);
    hd_bind_text(st, 6, v[i].last, -1);
    rc = step_done(s, st, "actor");
  }
  free(v);
  return rc;
}

/* The article's event codes, each once (as its last event has it), in
** code order. */
static int add_codes(hd_store *s, const hd_coded *k) {
  const hd_kept **v = k->nevents ? malloc(k->nevents * sizeof *v) : NULL;
  size_t n = 0;
  if (k->nevents && !v) { snprintf(s->err, sizeof s->err, "out of memory"); return -1; }
  for (size_t i = 0; i < k->nevents; i++) {
    const char *code = hd_kept_str(k, &k->events[i], HD_K_CODE);
    size_t j = 0;
    while (j < n && strcmp(hd_kept_str(k, v[j], HD_K_CODE), code) != 0) j++;
    v[j] = &k->events[i];
    if (j == n) n++;
  }
  for (size_t i = 1; i < n; i++)   /* a handful: insertion sort */
    for (size_t j = i; j > 0 && strcmp(hd_kept_str(k, v[j - 1], HD_K_CODE), hd_kept_str(k, v[j], HD_K_CODE)) > 0; j--) {
      const hd_kept *t = v[j]; v[j] = v[j - 1]; v[j - 1] = t;
    }
  int rc = 0;
  hd_stmt *st = s->sql[HD_SQL_CODE];
  for (size_t i = 0; rc == 0 && i < n; i++) {
    const hd_kept *e = v[i];
    hd_bind_text(st, 1, hd_kept_str(k, e, HD_K_CODE), -1);
    hd_bind_text(st, 2, hd_kept_str(k, e, HD_K_NAME), -1);
    hd_bind_text(st, 3, hd_kept_str(k, e, HD_K_ROOT), -1);
    hd_bind_int(st, 4, e->quad);
    hd_bind_real(st, 5, e->goldstein);
    hd_bind_text(st, 6, hd_kept_str(k, e, HD_K_PLOVER), -1);
    hd_bind_text(st, 7, hd_kept_str(k, e, HD_K_MODE), -1);
    rc = step_done(s, st, "code");
  }
  free(v);
  return rc;
}

/* The sentences: those found, with the text the coder quotes for each
** sentence an event comes from (the coder's own text wins), each once. */
typedef struct sentence_text { int idx; const char *text; size_t len; } sentence_text;

/* PostgreSQL: all of them in one statement, as two arrays ({1,2} and
** {"text","text"}, with " and \ escaped). */
static int put_sentences(hd_store *s, int64_t article, const sentence_text *v, size_t n) {
  hd_buf idx = {0}, text = {0};
  int rc = hd_buf_putc(&idx, '{') || hd_buf_putc(&text, '{');
  for (size_t i = 0; !rc && i < n; i++) {
    rc = hd_buf_printf(&idx, "%s%d", i ? "," : "", v[i].idx) || (i && hd_buf_putc(&text, ',')) ||
         hd_buf_putc(&text, '"') || hd_buf_reserve(&text, 2 * v[i].len);
    for (size_t j = 0; !rc && j < v[i].len; j++) {
      char c = v[i].text[j];
      if (c == '"' || c == '\\') text.data[text.len++] = '\\';
      text.data[text.len++] = c;
    }
    if (!rc) { text.data[text.len] = 0; rc = hd_buf_putc(&text, '"'); }
  }
  if (!rc) rc = hd_buf_putc(&idx, '}') || hd_buf_putc(&text, '}');
  if (rc) snprintf(s->err, sizeof s->err, "out of memory");
  hd_stmt *st = s->sql[HD_SQL_SENTENCES];
  if (!rc) {
    hd_bind_int(st, 1, article);
    hd_bind_text(st, 2, idx.data, (long)idx.len);
    hd_bind_text(st, 3, text.data, (long)text.len);
    rc = step_done(s, st, "sentences");
  }
  hd_buf_free(&idx);
  hd_buf_free(&text);
  return rc;
}

static int add_sentences(hd_store *s, int64_t article, const hd_article *a, const hd_coded *k) {
  const char *title = hd_article_title(a), *text = hd_article_text(a);
  size_t n = k->nsents, cap = k->nsents + k->nevents;
  sentence_text *v = cap ? malloc(cap * sizeof *v) : NULL;
  if (cap && !v) { snprintf(s->err, sizeof s->err, "out of memory"); return -1; }
  for (size_t i = 0; i < k->nsents; i++) {
    const hd_kept_sentence *x = &k->sents[i];
    v[i] = (sentence_text){x->idx, (x->in_title ? title : text) + x->from, x->to - x->from};
  }
  for (size_t i = 0; i < k->nevents; i++) {
    const hd_kept *e = &k->events[i];
    const char *sent = hd_kept_str(k, e, HD_K_TEXT);
    size_t j = 0;
    while (j < n && v[j].idx != e->sentence) j++;
    v[j] = (sentence_text){e->sentence, sent, strlen(sent)};
    if (j == n) n++;
  }
  int rc = 0;
  if (s->engine == HD_PG && n) rc = put_sentences(s, article, v, n);
  else
    for (size_t i = 0; rc == 0 && i < n; i++) rc = put_sentence(s, article, v[i].idx, v[i].text, v[i].len);
  free(v);
  return rc;
}

/* The sentences, the events in the order coded, then the actors and codes. */
static int store_coded(hd_store *s, int64_t article, const hd_article *a, const hd_coded *k) {
  if (add_sentences(s, article, a, k) != 0) return -1;
  for (size_t i = 0; i < k->nevents; i++)
    if (insert_event(s, article, k, &k->events[i]) != 0) return -1;
  return add_actors(s, k) != 0 || add_codes(s, k) != 0 ? -1 : 0;
}

static int by_id(hd_store *s, int sql, int64_t id, const char *what) {
  hd_bind_int(s->sql[sql], 1, id);
  return step_done(s, s->sql[sql], what);
}

/* SQLite: the search index of an external-content table is told what it
** held before an article's folded text changes.  PostgreSQL keeps its own. */
static int reindex(hd_store *s, int64_t id, const char *old, const hd_coded *k) {
  if (s->engine == HD_PG) return 0;
  hd_stmt *del = hd_store_prepare(s, "INSERT INTO articles_fts(articles_fts, rowid, folded) VALUES('delete', ?1, ?2)");
  hd_stmt *ins = hd_store_prepare(s, "INSERT INTO articles_fts(rowid, folded) VALUES(?1, ?2)");
  int rc = del && ins ? 0 : -1;
  if (rc == 0) {
    hd_bind_int(del, 1, id);
    hd_bind_text(del, 2, old, -1);
    hd_bind_int(ins, 1, id);
    hd_bind_text(ins, 2, k->folded.data, (long)k->folded.len);
    if (hd_step(del) != HD_DONE || (id <= s->indexed && hd_step(ins) != HD_DONE)) rc = hd_store_fail(s, "search index");
  }
  hd_finalize(del);
  hd_finalize(ins);
  return rc;
}

/* An article coded again: its sentences and events replaced, its folded
** text (and search index) too when folding changed, its coding set. */
static int replace_coded(hd_store *s, int64_t id, const hd_article *a, const hd_coded *k, int64_t coding) {
  if (by_id(s, HD_SQL_DEL_EVENTS, id, "events") != 0 || by_id(s, HD_SQL_DEL_SENTENCES, id, "sentences") != 0)
    return -1;
  hd_stmt *st = hd_store_prepare(s, "SELECT folded FROM articles WHERE id = ?1");
  if (!st) return -1;
  hd_bind_int(st, 1, id);
  int rc = hd_step(st) == HD_ROW ? 0 : hd_store_fail(s, "article");
  const char *old = rc == 0 ? hd_col_text(st, 0) : NULL;
  int changed = rc == 0 && (strlen(old) != k->folded.len || memcmp(old, k->folded.data, k->folded.len) != 0);
  if (changed) {
    hd_stmt *upd = hd_store_prepare(s, "UPDATE articles SET folded = ?2 WHERE id = ?1");
    rc = upd && reindex(s, id, old, k) == 0 ? 0 : -1;
    if (rc == 0) {
      hd_bind_int(upd, 1, id);
      hd_bind_text(upd, 2, k->folded.data, (long)k->folded.len);
      if (hd_step(upd) != HD_DONE) rc = hd_store_fail(s, "article");
    }
    hd_finalize(upd);
  }
  hd_finalize(st);
  if (rc != 0) return -1;
  hd_stmt *set = s->sql[HD_SQL_SET_CODING];
  hd_bind_int(set, 1, id);
  hd_bind_int(set, 2, coding);
  if (step_done(s, set, "coding") != 0) return -1;
  return store_coded(s, id, a, k);
}

/* Begins a batch, noting the last article stored before it: row ids only
** grow, so the batch's articles are those after it (SQLite's search index
** is written from them).  PostgreSQL: sent with the first statement. */
static int begin_batch(hd_store *s) {
  if (s->in_tx) return 0;
  if (s->engine == HD_PG) {
    if (hd_store_exec_later(s, "BEGIN") != 0) return -1;
    s->in_tx = 1;
    return 0;
  }
  if (hd_store_exec(s, "BEGIN IMMEDIATE") != 0) return -1;
  s->in_tx = 1;
  hd_stmt *st = hd_store_prepare(s, "SELECT coalesce(max(id), 0) FROM articles");
  int rc = st ? hd_step(st) : HD_FAIL;
  s->indexed = rc == HD_ROW ? hd_col_int(st, 0) : 0;
  hd_finalize(st);
  if (rc == HD_ROW) return 0;
  hd_store_rollback(s);
  s->in_tx = 0;
  return -1;
}

int hd_store_index_batch(hd_store *s) {
  if (s->engine == HD_PG) return 0;
  hd_stmt *st = s->sql[HD_SQL_FTS];
  hd_bind_int(st, 1, s->indexed);
  return step_done(s, st, "search index");
}

/* Counts an article in the batch, and commits the batch when it is full. */
static hd_status count_in_batch(hd_store *s) {
  return ++s->pending >= s->batch ? hd_store_commit(s) : HD_OK;
}

/* Takes back what an article wrote after an error: its savepoint on
** SQLite, its transaction on PostgreSQL. */
static hd_status take_back(hd_store *s, hd_status st) {
  char keep[sizeof s->err];
  memcpy(keep, s->err, sizeof keep);
  if (s->engine == HD_PG) {
    hd_store_rollback(s);
    s->in_tx = 0;
    s->pending = 0;
  } else sqlite3_exec(s->db, "ROLLBACK TO hd_article; RELEASE hd_article", NULL, NULL, NULL);
  memcpy(s->err, keep, sizeof keep);
  return st;
}

/* An error before the article wrote anything: on SQLite the batch stays
** open, with the articles before it; on PostgreSQL the article's own
** transaction ends. */
static hd_status fail_early(hd_store *s, hd_status st) {
  return s->engine == HD_PG ? take_back(s, st) : st;
}

/* Ends the article's savepoint, keeping it or taking it back. */
static hd_status finish(hd_store *s, hd_status st) {
  if (st != HD_OK) return take_back(s, st);
  if (savepoint(s, 1) != 0) return HD_ERR_IO;
  return count_in_batch(s);
}

int hd_store_has(hd_store *s, const hd_article *a) {
  const char *outlet = hd_article_source(a) ? hd_article_source(a) : "";
  found f;
  if (lookup(s, HD_SQL_FIND, outlet, hd_article_id(a), a, &f) != 0) return -1;
  if (f.id && f.same) return 1;
  if (!f.id) return 0;
  char doc[1024];
  hd_article_other_id(a, doc, sizeof doc);
  if (lookup(s, HD_SQL_FIND, outlet, doc, a, &f) != 0) return -1;
  return f.id && f.same;
}

const char *hd_store_notice(const hd_store *s) { return s ? s->notice : ""; }

/* One try at storing A; *RACE is set when another process stored an
** article under its id between the look-up and the insert (PostgreSQL):
** the caller then tries again, and finds it. */
static hd_status put_once(hd_store *s, const hd_article *a, const hd_coded *k, int replace, hd_stored *how,
                          size_t *events, int *race) {
  const char *outlet = hd_article_source(a) ? hd_article_source(a) : "";
  const char *doc = hd_article_id(a);
  char other[1024];
  found f;
  int find = replace ? HD_SQL_FIND_LOCK : HD_SQL_FIND;
  int64_t coding = 0, id;
  *race = 0;
  if (k && k->status == HD_OK && coding_id(s, k->dict, &coding) != 0) return HD_ERR_IO;
  if (begin_batch(s) != 0) return HD_ERR_IO;
  /* a coded article not stored yet, as it mostly is: stored at once, and
  ** looked up only when its id is taken */
  if (!replace && k && k->status == HD_OK) {
    if (savepoint(s, 0) != 0) return HD_ERR_IO;
    if (insert_article(s, a, k, outlet, doc, coding, &id) != 0) return take_back(s, HD_ERR_IO);
    if (id) {
      *how = HD_STORED_NEW;
      if (events) *events = k->nevents;
      return finish(s, store_coded(s, id, a, k) == 0 ? HD_OK : s->err[0] ? HD_ERR_IO : HD_ERR_NOMEM);
    }
    if (savepoint(s, 1) != 0) return HD_ERR_IO;
  }
  if (lookup(s, find, outlet, doc, a, &f) != 0) return fail_early(s, HD_ERR_IO);
  if (f.id && !f.same) {
    /* the id is taken by another article: this one is stored beside it */
    char taken_from[sizeof f.from];
    memcpy(taken_from, f.from, sizeof f.from);
    hd_article_other_id(a, other, sizeof other);
    doc = other;
    if (lookup(s, find, outlet, doc, a, &f) != 0) return fail_early(s, HD_ERR_IO);
    snprintf(s->notice, sizeof s->notice, "article id '%.200s'%s%.100s is stored with other text (read from %.200s);"
             " this article is stored as '%.240s'", hd_article_id(a), *outlet ? " of " : "", outlet, taken_from, doc);
    if (f.id && !f.same) {
      snprintf(s->err, sizeof s->err, "article id '%.200s' is stored with other text, and so is '%.200s'",
               hd_article_id(a), doc);
      return fail_early(s, HD_ERR_IO);
    }
  }
  if (f.id && !replace) return count_in_batch(s);
  if (!k) {
    snprintf(s->err, sizeof s->err, "article %.200s is not stored, and was not coded", doc);
    return fail_early(s, HD_ERR_ARG);
  }
  if (k->status == HD_SKIP) { *how = HD_STORED_SKIPPED; return HD_OK; }
  if (k->status != HD_OK) return fail_early(s, k->status);
  if (f.id && f.coding == coding && replace) return count_in_batch(s);   /* recoded already */
  if (savepoint(s, 0) != 0) return HD_ERR_IO;
  int rc = 0;
  if (f.id) rc = replace_coded(s, f.id, a, k, coding);
  else {
    rc = insert_article(s, a, k, outlet, doc, coding, &id);
    if (rc == 0 && !id) { *race = 1; return take_back(s, HD_OK); }
    if (rc == 0) rc = store_coded(s, id, a, k);
  }
  *how = HD_STORED_NEW;
  if (events) *events = k->nevents;
  return finish(s, rc == 0 ? HD_OK : s->err[0] ? HD_ERR_IO : HD_ERR_NOMEM);
}

hd_status hd_store_put(hd_store *s, const hd_article *a, const hd_coded *k, int replace, hd_stored *how,
                       size_t *events) {
  hd_status st;
  int race;
  if (!s->writable) { snprintf(s->err, sizeof s->err, "store opened for reading"); return HD_ERR_IO; }
  for (int tries = 0;; tries++) {
    *how = HD_STORED_PRESENT;
    if (events) *events = 0;
    s->err[0] = 0;
    s->notice[0] = 0;
    st = put_once(s, a, k, replace, how, events, &race);
    if (!race || st != HD_OK) return st;
    if (tries == 3) {
      snprintf(s->err, sizeof s->err, "article %.200s: stored and taken back by others, four times", hd_article_id(a));
      return HD_ERR_IO;
    }
  }
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
  int64_t *ids;
  size_t n, next;
};

hd_status hd_store_stale(hd_store *s, const hd_dict *d, unsigned long *count) {
  hd_stmt *st = hd_store_prepare(s, "SELECT count(*) FROM articles a WHERE " HD_STALE_SQL);
  if (!st) return HD_ERR_IO;
  hd_bind_text(st, 1, HD_VERSION, -1);
  hd_bind_text(st, 2, hd_dict_version(d), -1);
  int rc = hd_step(st);
  *count = rc == HD_ROW ? (unsigned long)hd_col_int(st, 0) : 0;
  hd_finalize(st);
  return rc == HD_ROW ? HD_OK : (hd_store_fail(s, "articles"), HD_ERR_IO);
}

hd_recode *hd_store_recode(hd_store *s, const hd_dict *d, size_t *count, hd_status *status) {
  hd_recode *r = calloc(1, sizeof *r);
  size_t cap = 0;
  *status = HD_ERR_NOMEM;
  s->err[0] = 0;
  if (!r) return NULL;
  r->s = s;
  if (hd_store_commit(s) != HD_OK) { free(r); *status = HD_ERR_IO; return NULL; }
  hd_stmt *st = hd_store_prepare(s, "SELECT a.id FROM articles a WHERE " HD_STALE_SQL " ORDER BY a.id");
  if (!st) { free(r); *status = HD_ERR_IO; return NULL; }
  hd_bind_text(st, 1, HD_VERSION, -1);
  hd_bind_text(st, 2, hd_dict_version(d), -1);
  int rc;
  while ((rc = hd_step(st)) == HD_ROW) {
    if (hd_grow((void **)&r->ids, &cap, r->n + 1, sizeof *r->ids) != 0) break;
    r->ids[r->n++] = hd_col_int(st, 0);
  }
  hd_finalize(st);
  if (rc != HD_DONE) {
    if (rc != HD_ROW) { hd_store_fail(s, "articles"); *status = HD_ERR_IO; }
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

static int set_buf(hd_buf *b, hd_stmt *st, int col, int *has) {
  const char *v = hd_col_text(st, col);
  if (has) *has = v != NULL;
  hd_buf_clear(b);
  return hd_buf_append(b, v ? v : "", v ? (size_t)hd_col_bytes(st, col) : 0);
}

hd_status hd_recode_next(hd_recode *r, hd_article **out) {
  *out = NULL;
  if (r->next >= r->n) return HD_END;
  hd_store *s = r->s;
  hd_stmt *st = hd_store_prepare(s, "SELECT doc, text, outlet, date, title, url, category, file, line"
                                         " FROM articles WHERE id = ?1");
  if (!st) return HD_ERR_IO;
  hd_bind_int(st, 1, r->ids[r->next++]);
  hd_status status = HD_ERR_IO;
  if (hd_step(st) == HD_ROW) {
    hd_article *a = hd_article_new(hd_col_text(st, 0), hd_col_text(st, 1),
                                   (size_t)hd_col_bytes(st, 1));
    const char *outlet = hd_col_text(st, 2);
    const char *file = hd_col_text(st, 7);
    status = HD_ERR_NOMEM;
    if (a && set_buf(&a->date, st, 3, &a->has_date) == 0 && set_buf(&a->title, st, 4, &a->has_title) == 0 &&
        set_buf(&a->url, st, 5, &a->has_url) == 0 && set_buf(&a->category, st, 6, &a->has_category) == 0 &&
        hd_buf_append(&a->source, outlet ? outlet : "", outlet ? strlen(outlet) : 0) == 0 &&
        hd_buf_append(&a->file_copy, file ? file : "", file ? strlen(file) : 0) == 0) {
      a->has_source = outlet && *outlet;
      a->file = a->file_copy.data;
      a->line = (size_t)hd_col_int(st, 8);
      *out = a;
      status = HD_OK;
    } else hd_article_free(a);
  } else hd_store_fail(s, "article");
  hd_finalize(st);
  return status;
}

void hd_recode_free(hd_recode *r) {
  if (!r) return;
  free(r->ids);
  free(r);
}
