/*
** import.c: a store made again from its dump (dump.c), into an empty store
** of either engine: the way a store moves from SQLite to PostgreSQL and
** back (hadath load --from-dump, hadath copy).
**
** Everything is written in one transaction: a load of a dump stopped at
** any moment leaves the store empty, and running it again does it all.
** Rows are written with hd_bulk (COPY on PostgreSQL) under row ids given
** here, in the dump's order: an article's events keep the order they were
** coded in, which the dump's order and the groups' first reports rely on.
** The groups are not read from the dump, which names no members: they are
** made again from the events with the dumped grouping, and come out the
** same, since they are a function of the events.
*/
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "store.h"

/* The tables of a dump, in its order, with the columns each line gives
** (in the dump's own names) and those they fill.  "outlet" and "doc" name
** the article of a sentence or an event. */
typedef struct table_spec {
  const char *name;
  const char *fields[26];   /* JSON fields written to the table, in column order */
  const char *cols;         /* the table's columns for them, after the row id when ID */
  int id, by_article;
} table_spec;

static const table_spec tables[] = {
  {"articles", {"outlet", "doc", "url", "date", "title", "text", "folded", "file", "line", "category", NULL},
   "id, outlet, doc, url, date, title, text, folded, file, line, category, coding", 1, 0},
  {"sentences", {"idx", "text", NULL}, "article, idx, text", 0, 1},
  {"events", {"sentence", "date", "source", "target", "code", "root", "quad", "goldstein", "plover", "plover_mode",
              "source_text", "target_text", "verb_text", "location", "location_country", "mutual", "latitude",
              "longitude", "realis", "reported", "event_id", "spans", NULL},
   "id, article, sentence, date, source, target, code, root, quad, goldstein, plover, plover_mode, source_text,"
   " target_text, verb_text, location, location_country, mutual, latitude, longitude, realis, reported, event_id,"
   " spans", 1, 1},
  {"actors", {"code", "events", "as_source", "as_target", "first_seen", "last_seen", NULL},
   "code, events, as_source, as_target, first_seen, last_seen", 0, 0},
  {"codes", {"code", "name", "root", "quad", "goldstein", "plover", "plover_mode", NULL},
   "code, name, root, quad, goldstein, plover, plover_mode", 0, 0},
};

/* Article ids by outlet and id: an open-addressing table. */
typedef struct article_ids {
  char **keys;            /* "outlet\x1fdoc" */
  int64_t *ids;
  size_t cap, n;
} article_ids;

static size_t slot(const article_ids *m, const char *key) {
  size_t i = hd_hash(key, strlen(key), HD_HASH_SEED) & (m->cap - 1);
  while (m->keys[i] && strcmp(m->keys[i], key) != 0) i = (i + 1) & (m->cap - 1);
  return i;
}

static int ids_put(article_ids *m, char *key, int64_t id) {
  if (2 * (m->n + 1) > m->cap) {
    article_ids bigger = {calloc(m->cap ? 2 * m->cap : 1024, sizeof(char *)),
                          calloc(m->cap ? 2 * m->cap : 1024, sizeof(int64_t)), m->cap ? 2 * m->cap : 1024, m->n};
    if (!bigger.keys || !bigger.ids) { free(bigger.keys); free(bigger.ids); return -1; }
    for (size_t i = 0; i < m->cap; i++)
      if (m->keys[i]) {
        size_t j = slot(&bigger, m->keys[i]);
        bigger.keys[j] = m->keys[i];
        bigger.ids[j] = m->ids[i];
      }
    free(m->keys);
    free(m->ids);
    *m = bigger;
  }
  size_t i = slot(m, key);
  if (m->keys[i]) { free(key); return 1; }   /* twice in the dump */
  m->keys[i] = key;
  m->ids[i] = id;
  m->n++;
  return 0;
}

static void ids_free(article_ids *m) {
  for (size_t i = 0; i < m->cap; i++) free(m->keys[i]);
  free(m->keys);
  free(m->ids);
}

static char *article_key(json_t *o) {
  const char *outlet = json_string_value(json_object_get(o, "outlet"));
  const char *doc = json_string_value(json_object_get(o, "doc"));
  if (!outlet || !doc) return NULL;
  size_t n = strlen(outlet) + strlen(doc) + 2;
  char *k = malloc(n);
  if (k) snprintf(k, n, "%s\x1f%s", outlet, doc);
  return k;
}

/* A coding, by its versions: its row id. */
typedef struct coding { char *hadath, *dicts; int64_t id; } coding;

typedef struct importer {
  hd_store *s;
  const char *name;
  unsigned long line;
  const table_spec *spec;   /* of the open bulk */
  hd_bulk *bulk;
  article_ids articles;
  coding *codings;
  size_t ncodings, codings_cap;
  int64_t next_article, next_event;
  int saw_schema;
  char groups[64];
} importer;

static int bad_line(importer *m, const char *fmt, const char *v) {
  char what[300];
  snprintf(what, sizeof what, fmt, v);
  snprintf(m->s->err, sizeof m->s->err, "%s:%lu: %s", m->name, m->line, what);
  return -1;
}

/* A JSON value into the next column. */
static int put_value(importer *m, json_t *v) {
  switch (json_typeof(v ? v : json_null())) {
    case JSON_STRING: hd_bulk_text(m->bulk, json_string_value(v), (long)json_string_length(v)); return 0;
    case JSON_INTEGER: hd_bulk_int(m->bulk, (int64_t)json_integer_value(v)); return 0;
    case JSON_REAL: hd_bulk_real(m->bulk, json_real_value(v)); return 0;
    case JSON_TRUE: hd_bulk_int(m->bulk, 1); return 0;
    case JSON_FALSE: hd_bulk_int(m->bulk, 0); return 0;
    case JSON_NULL: hd_bulk_text(m->bulk, NULL, 0); return 0;
    default: return -1;
  }
}

static int close_bulk(importer *m) {
  if (!m->bulk) return 0;
  int rc = hd_bulk_close(m->bulk);
  m->bulk = NULL;
  if (rc != 0) {
    char keep[sizeof m->s->err];
    snprintf(keep, sizeof keep, "%s: %.480s", m->spec->name, m->s->err);
    memcpy(m->s->err, keep, sizeof keep);
  }
  return rc;
}

static int64_t coding_of(importer *m, json_t *o) {
  const char *h = json_string_value(json_object_get(o, "hadath"));
  const char *d = json_string_value(json_object_get(o, "dictionaries"));
  for (size_t i = 0; h && d && i < m->ncodings; i++)
    if (!strcmp(m->codings[i].hadath, h) && !strcmp(m->codings[i].dicts, d)) return m->codings[i].id;
  return 0;
}

static int put_coding(importer *m, json_t *o) {
  const char *h = json_string_value(json_object_get(o, "hadath"));
  const char *d = json_string_value(json_object_get(o, "dictionaries"));
  const char *f = json_string_value(json_object_get(o, "files"));
  if (!h || !d || !f) return bad_line(m, "%s", "a coding without hadath, dictionaries and files");
  if (hd_grow((void **)&m->codings, &m->codings_cap, m->ncodings + 1, sizeof *m->codings) != 0) return -1;
  int64_t id = (int64_t)m->ncodings + 1;
  hd_stmt *st = hd_store_prepare(m->s, "INSERT INTO codings(id, hadath, dictionaries, files) VALUES(?1, ?2, ?3, ?4)");
  if (!st) return -1;
  hd_bind_int(st, 1, id);
  hd_bind_text(st, 2, h, -1);
  hd_bind_text(st, 3, d, -1);
  hd_bind_text(st, 4, f, -1);
  int rc = hd_step(st) == HD_DONE ? 0 : -1;
  hd_finalize(st);
  if (rc) return -1;
  m->codings[m->ncodings++] = (coding){strdup(h), strdup(d), id};
  return m->codings[m->ncodings - 1].hadath && m->codings[m->ncodings - 1].dicts ? 0 : -1;
}

static int put_meta(importer *m, json_t *o) {
  const char *k = json_string_value(json_object_get(o, "key"));
  const char *v = json_string_value(json_object_get(o, "value"));
  if (!k || !v) return bad_line(m, "%s", "a meta line without key and value");
  if (!strcmp(k, "schema")) {
    m->saw_schema = 1;
    char mine[16];
    if (hd_store_meta_get(m->s, "schema", mine, sizeof mine) != 0) return -1;
    return strcmp(v, mine) ? bad_line(m, "a dump of a store of schema %s; load it with the hadath that made it", v) : 0;
  }
  if (!strcmp(k, "groups")) snprintf(m->groups, sizeof m->groups, "%s", v);
  if (!strcmp(k, "groups") || !strcmp(k, "groups_stamp")) return 0;   /* made again below */
  return hd_store_meta_set(m->s, k, v);
}

/* A line of a table written in bulk. */
static int put_row(importer *m, const table_spec *t, json_t *o) {
  if (m->spec != t) {
    if (close_bulk(m) != 0) return -1;
    m->spec = t;
    if (!(m->bulk = hd_bulk_open(m->s, t->name, t->cols, 0))) return -1;
  }
  if (t->id) hd_bulk_int(m->bulk, !strcmp(t->name, "articles") ? ++m->next_article : ++m->next_event);
  if (t->by_article) {
    char *key = article_key(o);
    if (!key) return bad_line(m, "a line of %s without outlet and doc", t->name);
    size_t i = m->articles.cap ? slot(&m->articles, key) : 0;
    int found = m->articles.cap && m->articles.keys[i];
    free(key);
    if (!found) return bad_line(m, "a line of %s whose article the dump does not hold before it", t->name);
    hd_bulk_int(m->bulk, m->articles.ids[i]);
  }
  for (int i = 0; t->fields[i]; i++)
    if (put_value(m, json_object_get(o, t->fields[i])) != 0)
      return bad_line(m, "field '%s' is neither text, number nor null", t->fields[i]);
  if (!strcmp(t->name, "articles")) {
    int64_t coding = coding_of(m, o);
    if (coding) hd_bulk_int(m->bulk, coding); else hd_bulk_text(m->bulk, NULL, 0);
    char *key = article_key(o);
    int rc = key ? ids_put(&m->articles, key, m->next_article) : -1;
    if (rc < 0) return bad_line(m, "%s", "an article without outlet and doc");
    if (rc > 0) return bad_line(m, "%s", "an article the dump holds twice");
  }
  return hd_bulk_row(m->bulk);
}

static int put_line(importer *m, json_t *o) {
  const char *table = json_string_value(json_object_get(o, "table"));
  if (!table) return bad_line(m, "%s", "not a line of a hadath dump (no \"table\")");
  if (!strcmp(table, "meta") || !strcmp(table, "codings") || !strcmp(table, "event_groups")) {
    if (close_bulk(m) != 0) return -1;
    m->spec = NULL;
    if (!strcmp(table, "event_groups")) return 0;
    return !strcmp(table, "meta") ? put_meta(m, o) : put_coding(m, o);
  }
  for (size_t i = 0; i < HD_ARRAY_LEN(tables); i++)
    if (!strcmp(tables[i].name, table)) return put_row(m, &tables[i], o);
  return bad_line(m, "no table '%s' in a hadath dump", table);
}

/* After the rows: identities that go on after the ids given, the search
** index, and the groups. */
static int finish(importer *m) {
  hd_store *s = m->s;
  int rc = 0;
  if (s->engine == HD_PG)
    rc = hd_store_exec(s, "SELECT setval(pg_get_serial_sequence('articles', 'id'), coalesce(max(id), 0) + 1, false)"
                          " FROM articles;"
                          "SELECT setval(pg_get_serial_sequence('events', 'id'), coalesce(max(id), 0) + 1, false)"
                          " FROM events;"
                          "SELECT setval(pg_get_serial_sequence('codings', 'id'), coalesce(max(id), 0) + 1, false)"
                          " FROM codings");
  else rc = hd_store_exec(s, "INSERT INTO articles_fts(rowid, folded) SELECT id, folded FROM articles");
  if (rc == 0 && m->groups[0]) rc = hd_store_meta_set(s, "groups", m->groups);
  if (rc == 0) rc = hd_store_regroup(s);
  return rc;
}

static int not_empty(hd_store *s) {
  hd_stmt *st = hd_store_prepare(s, "SELECT count(*) FROM articles");
  int rc = st && hd_step(st) == HD_ROW ? 0 : -1;
  int64_t n = rc == 0 ? hd_col_int(st, 0) : 0;
  hd_finalize(st);
  if (rc == 0 && n)
    snprintf(s->err, sizeof s->err, "holds %lld articles; a dump is loaded into an empty store", (long long)n);
  return rc ? -1 : n ? 1 : 0;
}

hd_status hd_store_load_dump(hd_store *s, FILE *in, const char *name) {
  importer m = {.s = s, .name = name ? name : "-"};
  s->err[0] = 0;
  if (!s->writable) { snprintf(s->err, sizeof s->err, "store opened for reading"); return HD_ERR_IO; }
  if (hd_store_commit(s) != HD_OK) return HD_ERR_IO;
  int empty = not_empty(s);
  if (empty) return empty > 0 ? HD_ERR_ARG : HD_ERR_IO;
  if (hd_store_exec(s, HD_SQL(s, "BEGIN IMMEDIATE", "BEGIN")) != 0) return HD_ERR_IO;
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  int rc = 0;
  hd_status status = HD_ERR_IO;
  while (rc == 0 && (len = getline(&line, &cap, in)) > 0) {
    m.line++;
    json_error_t e;
    json_t *o = json_loadb(line, (size_t)len, 0, &e);
    if (!o || !json_is_object(o)) {
      rc = bad_line(&m, "not a line of a hadath dump (%s)", o ? "not an object" : e.text);
      status = HD_ERR_ARG;
    } else if ((rc = put_line(&m, o)) != 0 && !strncmp(s->err, m.name, strlen(m.name))) status = HD_ERR_ARG;
    json_decref(o);
  }
  if (rc == 0 && ferror(in)) {
    snprintf(s->err, sizeof s->err, "%s: cannot read", m.name);
    rc = -1;
  }
  if (rc == 0 && !m.saw_schema) {
    snprintf(s->err, sizeof s->err, "%s: not a hadath dump (no schema line)", m.name);
    rc = -1;
    status = HD_ERR_ARG;
  }
  if (close_bulk(&m) != 0) rc = -1;
  if (rc == 0) rc = finish(&m);
  if (rc == 0) rc = hd_store_exec(s, "COMMIT");
  if (rc != 0) hd_store_rollback(s);
  else if (hd_store_analyze(s) != HD_OK) rc = -1;
  free(line);
  ids_free(&m.articles);
  for (size_t i = 0; i < m.ncodings; i++) { free(m.codings[i].hadath); free(m.codings[i].dicts); }
  free(m.codings);
  return rc == 0 ? HD_OK : status;
}
