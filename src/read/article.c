/*
** article.c: standalone articles (a sentence given on the command line)
** and the accessors of every article, whether standalone or yielded by a
** reader.  Accessors never return NULL for id, text and message, so that
** callers can print them without checking.
*/
#include <stdio.h>
#include <stdlib.h>
#include "common.h"
#include "date/date.h"

/* Copies the text so that the caller's memory may go right after. */
hd_article *hd_article_new(const char *id, const char *text, size_t len) {
  hd_article *a = calloc(1, sizeof *a);
  if (!a) return NULL;
  if (!id) id = "text";
  if (!text) len = 0;
  if (hd_buf_append(&a->id, id, strlen(id)) != 0 || hd_buf_append(&a->text, text, len) != 0) {
    hd_article_free(a);
    return NULL;
  }
  return a;
}

static int copy_buf(hd_buf *dst, const hd_buf *src) {
  return src->data ? hd_buf_append(dst, src->data, src->len) : 0;
}

hd_article *hd_article_clone(const hd_article *a) {
  hd_article *c = calloc(1, sizeof *c);
  if (!c) return NULL;
  const char *file = a->file ? a->file : "";
  if (copy_buf(&c->id, &a->id) || copy_buf(&c->text, &a->text) || copy_buf(&c->date, &a->date) ||
      copy_buf(&c->title, &a->title) || copy_buf(&c->source, &a->source) || copy_buf(&c->url, &a->url) ||
      copy_buf(&c->category, &a->category) ||
      copy_buf(&c->message, &a->message) || hd_buf_append(&c->file_copy, file, strlen(file))) {
    hd_article_free(c);
    return NULL;
  }
  c->has_date = a->has_date; c->has_title = a->has_title;
  c->has_source = a->has_source; c->has_url = a->has_url; c->has_category = a->has_category;
  c->file = c->file_copy.data;
  c->line = a->line;
  c->skip = a->skip;
  c->checked = a->checked;
  c->unparsed = a->unparsed;   /* its text is then the line, to parse */
  c->where = a->where;
  return c;
}

void hd_article_free(hd_article *a) {
  if (!a) return;
  hd_article_release(a);
  free(a);
}

/* A NULL date removes the date.  A bad date leaves the article as it was. */
hd_status hd_article_set_date(hd_article *a, const char *date) {
  if (!date) {
    hd_buf_clear(&a->date);
    a->has_date = 0;
    return HD_OK;
  }
  if (hd_day_parse_iso(date) == HD_NO_DAY) return HD_ERR_ARG;
  hd_buf_clear(&a->date);
  if (hd_buf_append(&a->date, date, 10) != 0) return HD_ERR_NOMEM;
  a->has_date = 1;
  return HD_OK;
}

hd_status hd_article_set_id(hd_article *a, const char *id) {
  hd_buf_clear(&a->id);
  return hd_buf_append(&a->id, id ? id : "", id ? strlen(id) : 0) == 0 ? HD_OK : HD_ERR_NOMEM;
}

/* FNV-1a of the title and the text, each closed by a byte no UTF-8 has. */
static uint64_t text_hash(const hd_article *a) {
  uint64_t h = 0xcbf29ce484222325ull;
  const char *parts[2] = {a->has_title && a->title.data ? a->title.data : "", a->text.data ? a->text.data : ""};
  size_t lens[2] = {strlen(parts[0]), a->text.len};
  for (int p = 0; p < 2; p++) {
    for (size_t i = 0; i < lens[p]; i++) h = (h ^ (unsigned char)parts[p][i]) * 0x100000001b3ull;
    h = (h ^ 0xff) * 0x100000001b3ull;
  }
  return h;
}

void hd_article_other_id(const hd_article *a, char *buf, size_t cap) {
  snprintf(buf, cap, "%s~%012llx", a->id.data ? a->id.data : "", (unsigned long long)(text_hash(a) >> 16));
}

/* A buffer that was never written has no storage yet; it reads as "". */
static const char *buf_str(const hd_buf *b) {
  return b->data ? b->data : "";
}

static const char *optional_str(const hd_buf *b, int present) {
  return present ? buf_str(b) : NULL;
}

const char *hd_article_id(const hd_article *a) { return buf_str(&a->id); }
const char *hd_article_text(const hd_article *a) { return buf_str(&a->text); }
size_t hd_article_text_len(const hd_article *a) { return a->text.len; }
const char *hd_article_date(const hd_article *a) { return optional_str(&a->date, a->has_date); }
const char *hd_article_title(const hd_article *a) { return optional_str(&a->title, a->has_title); }
const char *hd_article_source(const hd_article *a) { return optional_str(&a->source, a->has_source); }
const char *hd_article_url(const hd_article *a) { return optional_str(&a->url, a->has_url); }
const char *hd_article_category(const hd_article *a) { return optional_str(&a->category, a->has_category); }
const char *hd_article_file(const hd_article *a) { return a->file ? a->file : ""; }
size_t hd_article_line(const hd_article *a) { return a->line; }
hd_skip hd_article_skip(const hd_article *a) { return a->skip; }
const char *hd_article_message(const hd_article *a) { return buf_str(&a->message); }
