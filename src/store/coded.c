/*
** coded.c: an article coded for the store, apart from the store, so that
** articles can be coded on several threads and written by one.
**
** hd_code_into() does everything that needs no database: it folds the
** article for the search index, finds its sentences as the coder numbers
** them, codes it with every realis, and keeps a copy of each event (its
** strings in one pool, its point in the gazetteer, its spans as JSON).  The
** store then writes an hd_coded in one transaction (load.c).  A coded
** article is reused: its buffers keep their memory from article to article.
*/
#include <stdlib.h>
#include <string.h>
#include "store.h"
#include "dict/dict.h"
#include "segment/segment.h"
#include "tokenize/tokenize.h"

hd_coded *hd_coded_new(void) { return calloc(1, sizeof(hd_coded)); }

void hd_coded_free(hd_coded *k) {
  if (!k) return;
  hd_buf_free(&k->folded);
  hd_buf_free(&k->pool);
  hd_norm_free(&k->norm);
  free(k->sents);
  free(k->events);
  free(k);
}

size_t hd_coded_events(const hd_coded *k) { return k->nevents; }
hd_skip hd_coded_skip(const hd_coded *k) { return k->skip; }

const char *hd_kept_str(const hd_coded *k, const hd_kept *e, int field) {
  return e->str[field] == HD_K_NULL ? NULL : k->pool.data + e->str[field];
}

int hd_realis_reported(const char *realis, const char *date) {
  return !strcmp(realis, "actual") || (!strcmp(realis, "background") && date);
}

int hd_title_is_read(const hd_article *a) {
  const char *title = hd_article_title(a), *text = hd_article_text(a);
  if (!title || !*title) return 0;
  while (*text == ' ' || *text == '\n' || *text == '\r' || *text == '\t') text++;
  return strncmp(text, title, strlen(title)) != 0;
}

static void reset(hd_coded *k, const hd_dict *d) {
  k->status = HD_OK;
  k->skip = HD_SKIP_NONE;
  k->dict = d;
  hd_buf_clear(&k->folded);
  hd_buf_clear(&k->pool);
  k->nsents = k->nevents = 0;
  k->failed = 0;
}

/* Folds the title (when read) and the text, for search. */
static int fold_article(hd_coded *k, const hd_article *a) {
  hd_buf *b = &k->folded;
  if (hd_title_is_read(a)) {
    const char *t = hd_article_title(a);
    if (hd_buf_append(b, t, strlen(t)) != 0 || hd_buf_putc(b, '\n') != 0) return -1;
  }
  if (hd_buf_append(b, hd_article_text(a), hd_article_text_len(a)) != 0) return -1;
  if (hd_normalize(&k->norm, b->data, b->len) != 0) return -1;
  hd_buf_clear(b);
  return hd_buf_append(b, k->norm.text, k->norm.len);
}

static int has_word(const char *text, size_t start, size_t end) {
  size_t a, b;
  int kind;
  for (size_t pos = start; (kind = hd_next_token(text, end, pos, &a, &b)) >= 0; pos = b)
    if (kind == HD_TOK_WORD) return 1;
  return 0;
}

/* The sentences of TEXT from index *IDX on, as the coder numbers them:
** sentences without a word are not counted. */
static int find_sentences(hd_coded *k, const char *text, size_t len, int in_title, int *idx) {
  if (hd_normalize(&k->norm, text, len) != 0) return -1;
  size_t pos = 0, a, b;
  while ((pos = hd_next_sentence(k->norm.text, k->norm.len, pos, &a, &b)) != 0) {
    if (!has_word(k->norm.text, a, b)) continue;
    if (hd_grow((void **)&k->sents, &k->sents_cap, k->nsents + 1, sizeof *k->sents) != 0) return -1;
    k->sents[k->nsents++] = (hd_kept_sentence){(*idx)++, in_title, k->norm.map[a], k->norm.map[b]};
  }
  return 0;
}

/* Adds V (NULL for null) to the pool; its offset, or -1 when out of memory. */
static int keep_str(hd_coded *k, hd_kept *e, int field, const char *v) {
  if (!v) { e->str[field] = HD_K_NULL; return 0; }
  e->str[field] = (uint32_t)k->pool.len;
  return hd_buf_append(&k->pool, v, strlen(v) + 1);
}

/* {"source":[[0,12]],"target":[],"verb":[[13,17]]} */
static int keep_spans(hd_coded *k, hd_kept *e, const hd_event *ev) {
  static const char *const names[HD_PART_COUNT] = {"source", "target", "verb"};
  char buf[1024];
  size_t used = 0, start[16], end[16];
  used += (size_t)snprintf(buf, sizeof buf, "{");
  for (int p = 0; p < HD_PART_COUNT && used < sizeof buf; p++) {
    size_t n = hd_event_spans(ev, (hd_part)p, start, end, 16);
    used += (size_t)snprintf(buf + used, sizeof buf - used, "%s\"%s\":[", p ? "," : "", names[p]);
    for (size_t i = 0; i < n && i < 16 && used < sizeof buf; i++)
      used += (size_t)snprintf(buf + used, sizeof buf - used, "%s[%zu,%zu]", i ? "," : "", start[i], end[i]);
    if (used < sizeof buf) used += (size_t)snprintf(buf + used, sizeof buf - used, "]");
  }
  if (used < sizeof buf) snprintf(buf + used, sizeof buf - used, "}");
  return keep_str(k, e, HD_K_SPANS, buf);
}

static int keep_event(const hd_event *ev, void *user) {
  static const struct { int k; hd_field f; } fields[] = {
    {HD_K_DATE, HD_FIELD_DATE}, {HD_K_SOURCE, HD_FIELD_SOURCE}, {HD_K_TARGET, HD_FIELD_TARGET},
    {HD_K_CODE, HD_FIELD_CODE}, {HD_K_ROOT, HD_FIELD_ROOT}, {HD_K_PLOVER, HD_FIELD_PLOVER},
    {HD_K_MODE, HD_FIELD_PLOVER_MODE}, {HD_K_NAME, HD_FIELD_CODE_NAME}, {HD_K_SOURCE_TEXT, HD_FIELD_SOURCE_TEXT},
    {HD_K_TARGET_TEXT, HD_FIELD_TARGET_TEXT}, {HD_K_VERB_TEXT, HD_FIELD_VERB_TEXT},
    {HD_K_LOCATION, HD_FIELD_LOCATION}, {HD_K_COUNTRY, HD_FIELD_LOCATION_COUNTRY},
    {HD_K_REALIS, HD_FIELD_REALIS}, {HD_K_ID, HD_FIELD_ID}, {HD_K_TEXT, HD_FIELD_TEXT}};
  hd_coded *k = user;
  if (hd_grow((void **)&k->events, &k->events_cap, k->nevents + 1, sizeof *k->events) != 0) {
    k->failed = 1;
    return 1;
  }
  hd_kept *e = &k->events[k->nevents];
  for (size_t i = 0; i < HD_ARRAY_LEN(fields); i++)
    if (keep_str(k, e, fields[i].k, hd_event_str(ev, fields[i].f)) != 0) { k->failed = 1; return 1; }
  if (keep_spans(k, e, ev) != 0) { k->failed = 1; return 1; }
  e->sentence = hd_event_sentence(ev);
  e->quad = hd_event_quad(ev);
  e->goldstein = hd_event_goldstein(ev);
  e->mutual = hd_event_mutual(ev);
  e->reported = hd_realis_reported(hd_realis_name(hd_event_realis(ev)), hd_event_str(ev, HD_FIELD_DATE));
  if (!k->dict || !hd_dict_place_geo(k->dict, hd_event_str(ev, HD_FIELD_LOCATION),
                                     hd_event_str(ev, HD_FIELD_LOCATION_COUNTRY), &e->lat, &e->lon))
    e->lat = e->lon = HD_NO_GEO;
  k->nevents++;
  return 0;
}

hd_status hd_code_into(hd_coder *c, const hd_dict *d, const hd_article *a, hd_coded *k) {
  reset(k, d);
  int idx = 0;
  if (fold_article(k, a) != 0) return k->status = HD_ERR_NOMEM;
  if (hd_title_is_read(a) && find_sentences(k, hd_article_title(a), strlen(hd_article_title(a)), 1, &idx) != 0)
    return k->status = HD_ERR_NOMEM;
  if (find_sentences(k, hd_article_text(a), hd_article_text_len(a), 0, &idx) != 0) return k->status = HD_ERR_NOMEM;
  /* the store keeps every event, each with its realis; queries choose */
  hd_coder_set_realis(c, HD_REALIS_ALL);
  hd_status st = hd_code_article(c, a, keep_event, k);
  if (k->failed) st = HD_ERR_NOMEM;
  if (st == HD_SKIP) k->skip = hd_coder_skip(c);
  return k->status = st;
}
