/*
** normalize.h: Arabic folding for matching.  The folded text is what the
** segmenter, tokenizer, dictionaries and date parser all see; a byte map
** leads every folded byte back to the original text so that evidence can be
** quoted exactly as it stood.
*/
#ifndef HD_NORMALIZE_H
#define HD_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

typedef struct hd_norm {
  char *text;      /* folded UTF-8, NUL-terminated */
  uint32_t *map;   /* map[i]: offset in the original of the character that
                      produced folded byte i; map[len] = original length */
  size_t len;      /* bytes of text */
  size_t cap;      /* capacity of text and map (internal) */
} hd_norm;

/* Folds SRC (N bytes of UTF-8) into OUT, reusing OUT's buffers.  Returns 0,
** or -1 when out of memory.  Invalid UTF-8 bytes become U+FFFD each, so the
** call never fails on bad input. */
int hd_normalize(hd_norm *out, const char *src, size_t n);

/* Folds a short dictionary string the same way into DST (at most CAP
** bytes incl. NUL); returns the folded length, or -1 when it does not fit. */
int hd_normalize_str(const char *src, size_t n, char *dst, size_t cap);

void hd_norm_free(hd_norm *out);

/* Decodes one UTF-8 character at S (N bytes left).  Returns its code point
** and sets *LEN to the bytes used; invalid sequences give -1 with *LEN 1. */
int32_t hd_utf8_decode(const unsigned char *s, size_t n, int *len);

/* Non-zero when the N bytes at S are valid UTF-8 (no overlongs, no
** surrogates, nothing past U+10FFFF). */
int hd_utf8_valid(const char *s, size_t n);

#endif
