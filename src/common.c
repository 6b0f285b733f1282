/*
** common.c: growable byte buffers and the housekeeping of the article
** record.  Buffers grow geometrically and keep their memory when cleared,
** so a reader that reuses one article allocates nothing once its buffers
** have reached the size of the largest article.
*/
#include <stdlib.h>
#include "common.h"

/* Makes room for EXTRA more bytes plus the terminating NUL. */
int hd_buf_reserve(hd_buf *b, size_t extra) {
  if (extra > SIZE_MAX - 1 - b->len) return -1;
  size_t need = b->len + extra + 1;
  if (need <= b->cap) return 0;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < need) cap = cap > SIZE_MAX / 2 ? need : cap * 2;
  char *p = realloc(b->data, cap);
  if (!p) return -1;
  b->data = p;
  b->cap = cap;
  return 0;
}

int hd_buf_append(hd_buf *b, const void *p, size_t n) {
  if (hd_buf_reserve(b, n) != 0) return -1;
  if (n) memcpy(b->data + b->len, p, n);
  b->len += n;
  b->data[b->len] = 0;
  return 0;
}

int hd_buf_putc(hd_buf *b, char c) {
  return hd_buf_append(b, &c, 1);
}

void hd_buf_free(hd_buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

void hd_article_reset(hd_article *a) {
  hd_buf_clear(&a->id);
  hd_buf_clear(&a->text);
  hd_buf_clear(&a->date);
  hd_buf_clear(&a->title);
  hd_buf_clear(&a->source);
  hd_buf_clear(&a->url);
  hd_buf_clear(&a->category);
  hd_buf_clear(&a->message);
  a->has_date = a->has_title = a->has_source = a->has_url = a->has_category = 0;
  a->file = NULL;
  a->line = 0;
  a->skip = HD_SKIP_NONE;
  a->checked = 0;
  a->unparsed = 0;
  a->where = NULL;
  hd_buf_clear(&a->raw);
}

void hd_article_release(hd_article *a) {
  hd_buf_free(&a->id);
  hd_buf_free(&a->text);
  hd_buf_free(&a->date);
  hd_buf_free(&a->title);
  hd_buf_free(&a->source);
  hd_buf_free(&a->url);
  hd_buf_free(&a->category);
  hd_buf_free(&a->message);
  hd_buf_free(&a->file_copy);
  hd_buf_free(&a->raw);
  hd_article_reset(a);
}

int hd_grow(void **p, size_t *cap, size_t need, size_t size) {
  if (need <= *cap) return 0;
  size_t c = *cap ? *cap : 64;
  while (c < need) c *= 2;
  void *q = realloc(*p, c * size);
  if (!q) return -1;
  *p = q; *cap = c;
  return 0;
}
