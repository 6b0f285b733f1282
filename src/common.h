/*
** common.h: small pieces every stage of libhadath shares: growable byte
** buffers, the article record behind the opaque hd_article, and a hash.
** Nothing here allocates per token; buffers grow geometrically and are
** reused from article to article.
*/
#ifndef HD_COMMON_H
#define HD_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "hadath.h"

/* A growable byte buffer.  len bytes are used; data is NUL-terminated
** whenever hd_buf_cstr() has been called or any append succeeded. */
typedef struct hd_buf {
  char *data;
  size_t len, cap;
} hd_buf;

/* The N bytes at P (N at most 8) as a number whose lowest byte is the
** first, on any machine; hd_load4_first_low() and hd_load8_first_low()
** read four and eight in one load where the machine is little-endian. */
static inline uint64_t hd_load_first_low(const unsigned char *p, size_t n) {
  uint64_t w = 0;
  for (size_t k = n; k-- > 0;) w = w << 8 | p[k];
  return w;
}

static inline uint64_t hd_load8_first_low(const unsigned char *p) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint64_t w;
  memcpy(&w, p, 8);
  return w;
#else
  return hd_load_first_low(p, 8);
#endif
}

static inline uint64_t hd_load4_first_low(const unsigned char *p) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  uint32_t w;
  memcpy(&w, p, 4);
  return w;
#else
  return hd_load_first_low(p, 4);
#endif
}

#ifdef __SSE2__
#include <emmintrin.h>
/* The bytes of the sixteen at P that end a run of a JSON string's plain
** bytes, as read (a quote, a backslash or a control character: a byte at
** most 0x1F is its minimum with 0x1F), one bit each, the first lowest;
** the writer also escapes DEL (WITH_DEL). */
static inline unsigned hd_json_special16(const void *p, int with_del) {
  __m128i v = _mm_loadu_si128((const __m128i *)p);
  __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
                              _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v));
  if (with_del) stop = _mm_or_si128(stop, _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7f)));
  return (unsigned)_mm_movemask_epi8(stop);
}
#endif

int hd_buf_reserve(hd_buf *b, size_t extra);          /* 0 on success, -1 on OOM */
int hd_buf_append(hd_buf *b, const void *p, size_t n); /* keeps a NUL after data */
int hd_buf_putc(hd_buf *b, char c);
void hd_buf_free(hd_buf *b);
static inline void hd_buf_clear(hd_buf *b) { b->len = 0; if (b->data) b->data[0] = 0; }

/* The article behind hd_article.  Every string field is NUL-terminated or
** NULL; text is never NULL once the article is ready. */
struct hd_article {
  hd_buf id, text, date, title, source, url, category, message, file_copy;
  int has_date, has_title, has_source, has_url, has_category;
  const char *file;   /* owned by the reader or static */
  size_t line;
  hd_skip skip;
  int checked;        /* its text passed the reader's checks: valid UTF-8, no NUL */
  /* A line split off by hd_reader_next_raw() and not parsed yet: its text
  ** is the line; hd_article_parse() moves it to raw and parses it there. */
  int unparsed;
  const char *where;  /* the input as messages name it (owned by the reader) */
  hd_buf raw;
};

void hd_article_reset(hd_article *a);   /* empties every field, keeps buffers */
void hd_article_release(hd_article *a); /* frees buffers of an embedded article */

/* Grows the array *P of *CAP elements of SIZE bytes to hold NEED, doubling;
** 0 on success, -1 when out of memory (the array is then unchanged). */
int hd_grow(void **p, size_t *cap, size_t need, size_t size);

/* FNV-1a, used by the dictionary tables. */
static inline uint32_t hd_hash(const void *p, size_t n, uint32_t h) {
  const unsigned char *s = p;
  for (size_t i = 0; i < n; i++) { h ^= s[i]; h *= 16777619u; }
  return h;
}
#define HD_HASH_SEED 2166136261u

/* snprintf(DST, CAP, "%s", SRC) without the formatting: SRC, cut to CAP - 1
** bytes, and a NUL. */
static inline void hd_copy_str(char *dst, size_t cap, const char *src) {
  if (!cap) return;
  size_t n = strnlen(src, cap - 1);
  memcpy(dst, src, n);
  dst[n] = 0;
}

#define HD_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#endif
