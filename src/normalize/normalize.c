/*
** normalize.c: folds Arabic text for matching, in one pass, and keeps a map
** from every folded byte back to the original text.
**
** The rules (diacritics and invisible marks removed; alef forms, hamza
** seats, alef maqsura and teh marbuta merged; digits, punctuation and
** spaces made ASCII; presentation forms decomposed) live in
** tools/gen-fold-table, which writes fold_table.h; the rules for ASCII
** (capitals, the hashtag marks '#' and '_' made spaces, and the hyphen
** in the syllables of a foreign name too) are here.  This file only looks
** characters up: ASCII through a small arithmetic fold (eight bytes at a
** time when it can), two-byte characters (the whole Arabic block) through
** one table entry each, and the rest through hd_utf8_decode().
**
** The byte map.  map[i] is the offset in the original of the character
** that produced folded byte i, and map[len] is the original length.  A
** removed character produces no byte, so it falls inside the span of the
** kept character before it: folded [a,b) maps back to original
** [map[a], map[b]), which starts at its first kept character and ends where
** the next kept character starts.  This is chosen because what is removed
** is nearly always a mark on the letter before it: the span of "كتب" in
** "كتبَ زيد" ends after the fatha, so quoted evidence keeps the last
** letter's vowel and shadda instead of cutting them off.  The price is that
** an invisible mark between two words (an RLM before a space) is quoted
** with the word before it; a span never starts with a removed character.
** Every byte of a multi-byte fold (a ligature decomposed to two letters,
** "..." from U+2026) maps to the start of its one source character.
*/
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "common.h"
#include "normalize.h"
#include "fold_table.h"

/* U+FFFD, written for each byte that does not belong to valid UTF-8. */
static const unsigned char replacement_char[3] = {0xEF, 0xBF, 0xBD};

/* ------------------------------------------------------------------ */
/* UTF-8                                                               */
/* ------------------------------------------------------------------ */

static inline int is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

/* The allowed range of the second byte after lead byte C (three- and
** four-byte leads).  Narrowed ranges are what reject overlong forms (E0,
** F0), surrogates (ED) and code points past U+10FFFF (F4). */
static inline unsigned char second_byte_min(unsigned char c) {
  return c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
}
static inline unsigned char second_byte_max(unsigned char c) {
  return c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
}

/* With N == 0 there is no character: -1 and *LEN 0. */
int32_t hd_utf8_decode(const unsigned char *s, size_t n, int *len) {
  *len = n ? 1 : 0;
  if (n == 0) return -1;
  unsigned char c = s[0];
  if (c < 0x80) return c;
  if (c < 0xC2 || c > 0xF4) return -1;   /* a continuation, C0/C1 overlongs, F5.. */
  if (c < 0xE0) {
    if (n < 2 || !is_continuation(s[1])) return -1;
    *len = 2;
    return (int32_t)((c & 0x1Fu) << 6 | (s[1] & 0x3Fu));
  }
  if (n < 2 || s[1] < second_byte_min(c) || s[1] > second_byte_max(c)) return -1;
  if (c < 0xF0) {
    if (n < 3 || !is_continuation(s[2])) return -1;
    *len = 3;
    return (int32_t)((c & 0x0Fu) << 12 | (s[1] & 0x3Fu) << 6 | (s[2] & 0x3Fu));
  }
  if (n < 4 || !is_continuation(s[2]) || !is_continuation(s[3])) return -1;
  *len = 4;
  return (int32_t)((c & 0x07u) << 18 | (s[1] & 0x3Fu) << 12 | (s[2] & 0x3Fu) << 6 |
                   (s[3] & 0x3Fu));
}

static inline uint64_t load8(const unsigned char *s) {
  uint64_t w;
  memcpy(&w, s, 8);
  return w;
}

#define ONES UINT64_C(0x0101010101010101)
static inline int all_ascii8(uint64_t w) { return (w & ONES * 0x80) == 0; }

/* Are the eight bytes of W (hd_load8_first_low()) four two-byte characters:
** each lead 110xxxxx and not C0 or C1 (its bits 1-4 not all zero), each
** second byte 10xxxxxx?  Adding 0x7FFF to a lead's bits 1-4 (at most 0x1E)
** sets bit 15 of its pair exactly when they are not all zero. */
static inline int two_byte8(uint64_t w) {
  uint64_t leads = (w & UINT64_C(0x001E001E001E001E)) + UINT64_C(0x7FFF7FFF7FFF7FFF);
  return (w & UINT64_C(0xC0E0C0E0C0E0C0E0)) == UINT64_C(0x80C080C080C080C0) &&
         (leads & UINT64_C(0x8000800080008000)) == UINT64_C(0x8000800080008000);
}

/* How many of the eight bytes of W (hd_load8_first_low(), starting at a
** character) are whole one- and two-byte characters: 8, or 7 when the
** last byte leads a character the next bytes end; 0 when a byte is of
** neither or out of place, which the caller then looks at one character
** at a time.  Each byte's top bits are tested at once: a continuation
** (10xxxxxx) must follow a two-byte lead (110xxxxx, not C0 or C1) and
** nothing else, so Arabic words and the spaces between them (which part
** the pairs of four two-byte characters) go eight bytes a step. */
static inline size_t short_chars8(uint64_t w) {
  uint64_t b7 = w & ONES * 0x80, b6 = (w << 1) & ONES * 0x80, b5 = (w << 2) & ONES * 0x80;
  uint64_t cont = b7 & ~b6, lead = b7 & b6 & ~b5;
  uint64_t not_c0_c1 = ((w & ONES * 0x1E) + ONES * 0x7F) & ONES * 0x80;   /* bits 1-4 not all zero */
  if ((b7 & b6 & b5) || (lead & ~not_c0_c1) || cont != lead << 8) return 0;
  return 8 - (size_t)(lead >> 63);
}

#ifdef __SSE2__
/* As short_chars8(), of the sixteen bytes at S: 16, or 15 when the last
** leads a character the next bytes end, or 0.  Adding a byte to itself
** moves its bit 6 to the top, and again its bit 5. */
static inline size_t short_chars16(const unsigned char *s) {
  __m128i v = _mm_loadu_si128((const __m128i *)s), v2 = _mm_add_epi8(v, v);
  unsigned b7 = (unsigned)_mm_movemask_epi8(v);
  if (!b7) return 16;   /* ASCII */
  unsigned b6 = (unsigned)_mm_movemask_epi8(v2), b5 = (unsigned)_mm_movemask_epi8(_mm_add_epi8(v2, v2));
  unsigned cont = b7 & ~b6, lead = b7 & b6 & ~b5;
  unsigned c0_c1 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8((char)0xFE)), _mm_set1_epi8((char)0xC0)));
  if ((b7 & b6 & b5) || c0_c1 || cont != ((lead << 1) & 0xFFFF)) return 0;
  return 16 - (lead >> 15);
}
#endif

int hd_utf8_valid(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
#ifdef __SSE2__
    if (i + 16 <= n) {
      size_t k16 = short_chars16(p + i);
      if (k16) {
        i += k16;
        continue;
      }
    }
#endif
    /* eight bytes of one- and two-byte characters (Arabic and ASCII) in
    ** one test, else one character, without a call when it is short */
    size_t k = i + 8 <= n ? short_chars8(hd_load8_first_low(p + i)) : 0;
    if (k) {
      i += k;
      continue;
    }
    if (p[i] < 0x80) {
      i++;
      continue;
    }
    if (p[i] >= 0xC2 && p[i] < 0xE0 && i + 1 < n && is_continuation(p[i + 1])) {
      i += 2;
      continue;
    }
    int len;
    if (hd_utf8_decode(p + i, n - i, &len) < 0) return 0;
    i += (size_t)len;
  }
  return 1;
}

/* ------------------------------------------------------------------ */
/* Folding one character                                               */
/* ------------------------------------------------------------------ */

/* Capitals become small letters; the marks of a hashtag, '#' and '_',
** become spaces, so that "#بوتين" reads as the word بوتين and
** "#عبدالله_القادري" as the two words of the name. */
static inline unsigned char ascii_fold(unsigned char c) {
  if (c == '#' || c == '_') return ' ';
  return (unsigned char)((unsigned)(c - 'A') < 26u ? c + ('a' - 'A') : c);
}

/* Lower-cases eight ASCII bytes at once.  Adding 0x80-'A' sets a byte's
** top bit when it is >= 'A', adding 0x80-'Z'-1 when it is > 'Z'; the bytes
** where the two differ are capitals and get 0x20.  No byte carries into
** the next, because every byte is below 0x80. */
/* Non-zero when one of the eight ASCII bytes of W is '#' or '_': those
** take the one-byte path.  A byte is zero after the XOR exactly when it
** was the character; (x - 1) & ~x sets its top bit then, and only then
** for bytes below 0x80. */
static inline int has_hashtag_mark8(uint64_t w) {
  uint64_t h = w ^ ONES * '#', u = w ^ ONES * '_';
  return (((h - ONES) & ~h) | ((u - ONES) & ~u)) & ONES * 0x80 ? 1 : 0;
}

/* Is the character at S[I] (N bytes in all) an Arabic letter of
** U+0620-U+064A? */
static inline int arabic_at(const unsigned char *s, size_t n, size_t i) {
  return i + 1 < n && ((s[i] == 0xD8 && s[i + 1] >= 0xA0) || (s[i] == 0xD9 && s[i + 1] <= 0x8A));
}

/* Does the hyphen at S[I] part the syllables of a foreign name, between
** an Arabic letter and a word of at most three ("كيم جونغ-أون"، "مون
** جاي-إن")?  A hyphen between longer words joins words of their own
** ("أمريكية-بريطانية"، "السبت-الأحد") and stays.  It is never in eight
** ASCII bytes, since the byte after it is not ASCII. */
static inline int name_hyphen(const unsigned char *s, size_t n, size_t i) {
  if (s[i] != '-' || i < 2 || !arabic_at(s, n, i - 2)) return 0;
  size_t k = i + 1, letters = 0;
  while (arabic_at(s, n, k) && letters <= 3) k += 2, letters++;
  return letters >= 1 && letters <= 3;
}

static inline uint64_t ascii_fold8(uint64_t w) {
  uint64_t ge_a = w + ONES * (0x80 - 'A');
  uint64_t gt_z = w + ONES * (0x80 - 'Z' - 1);
  return w | ((ge_a ^ gt_z) & ONES * 0x80) >> 2;
}

static inline const hd_fold2_entry *fold2_entry(unsigned char lead, unsigned char cont) {
  return &hd_fold2[((lead & 0x1Fu) << 6 | (cont & 0x3Fu)) - 0x80];
}

/* The table entry of a three-byte character, or NULL when it is kept. */
static const hd_fold3_entry *fold3_entry(uint32_t cp) {
  for (size_t b = 0; b < HD_ARRAY_LEN(hd_fold3_blocks); b++) {
    const hd_fold3_block *blk = &hd_fold3_blocks[b];
    if (cp >= blk->first && cp <= blk->last) {
      const hd_fold3_entry *e = &hd_fold3[blk->index + (cp - blk->first)];
      return e->len == HD_FOLD_SAME ? NULL : e;
    }
  }
  return NULL;
}

/* Folds the character at S (N > 0 bytes left) into DST, which has room for
** HD_FOLD_MAX_OUT bytes.  Sets *USED to the bytes read (1 for a bad byte)
** and returns the bytes written (0 for a removed character). */
static size_t fold_char(const unsigned char *s, size_t n, unsigned char *dst, size_t *used) {
  int len;
  int32_t cp = hd_utf8_decode(s, n, &len);
  *used = (size_t)len;
  if (cp < 0) {
    memcpy(dst, replacement_char, 3);
    return 3;
  }
  if (cp < 0x80) {
    dst[0] = ascii_fold((unsigned char)cp);
    return 1;
  }
  if (cp < 0x800) {
    const hd_fold2_entry *e = fold2_entry(s[0], s[1]);
    memcpy(dst, e->bytes, e->len);
    return e->len;
  }
  const hd_fold3_entry *e = len == 3 ? fold3_entry((uint32_t)cp) : NULL;
  if (e) {
    memcpy(dst, hd_fold_pool + e->off, e->len);
    return e->len;
  }
  memcpy(dst, s, (size_t)len);
  return (size_t)len;
}

/* ------------------------------------------------------------------ */
/* Folding text with a byte map                                        */
/* ------------------------------------------------------------------ */

/* Makes room for WANT bytes of text and map entries, doubling.  On failure
** the old buffers stay as they were (cap never exceeds what both hold). */
static int norm_reserve(hd_norm *out, size_t want) {
  if (want <= out->cap) return 0;
  size_t cap = out->cap ? out->cap : 256;
  while (cap < want) {
    if (cap > SIZE_MAX / 2 / sizeof(uint32_t)) return -1;
    cap *= 2;
  }
  char *text = realloc(out->text, cap);
  if (!text) return -1;
  out->text = text;
  uint32_t *map = realloc(out->map, cap * sizeof *map);
  if (!map) return -1;
  out->map = map;
  out->cap = cap;
  return 0;
}

/* Where one run of folding stands: reading SRC[I..N), writing TEXT[O..). */
typedef struct fold_cursor {
  const unsigned char *src;
  size_t n, i;
  unsigned char *text;
  uint32_t *map;
  size_t o;
} fold_cursor;

static inline void map_fill(uint32_t *map, size_t count, uint32_t at) {
  for (size_t k = 0; k < count; k++) map[k] = at;
}

/* Folds characters until the input ends or the output reaches LIMIT.  The
** caller keeps HD_FOLD_MAX_OUT + 1 bytes free past LIMIT, which lets the
** two fast paths write a fixed number of bytes without checking. */
static void fold_until(fold_cursor *c, size_t limit) {
  const unsigned char *s = c->src;
  unsigned char *t = c->text;
  uint32_t *m = c->map;
  size_t n = c->n, i = c->i, o = c->o;

  while (i < n && o < limit) {
    unsigned char b = s[i];
    if (b < 0x80) {
      uint64_t w;
      if (i + 8 <= n && all_ascii8(w = load8(s + i)) && !has_hashtag_mark8(w)) {
        w = ascii_fold8(w);
        memcpy(t + o, &w, 8);
        for (size_t k = 0; k < 8; k++) m[o + k] = (uint32_t)(i + k);
        i += 8, o += 8;
      } else {
        t[o] = name_hyphen(s, n, i) ? ' ' : ascii_fold(b);
        m[o] = (uint32_t)i;
        i += 1, o += 1;
      }
      continue;
    }
    if (b >= 0xC2 && b < 0xE0 && i + 8 <= n && o + 12 <= limit && two_byte8(hd_load8_first_low(s + i))) {
      /* four two-byte characters (an Arabic word, mostly): checked at once */
      for (int k = 0; k < 4; k++, i += 2) {
        const hd_fold2_entry *e = fold2_entry(s[i], s[i + 1]);
        memcpy(t + o, e->bytes, 3);
        map_fill(m + o, 3, (uint32_t)i);
        o += e->len;
      }
      continue;
    }
    if (b >= 0xC2 && b < 0xE0 && i + 1 < n && is_continuation(s[i + 1])) {
      /* Copy all three slots and let the entry's length decide how many
      ** count: no branch on whether the character is kept or removed. */
      const hd_fold2_entry *e = fold2_entry(b, s[i + 1]);
      memcpy(t + o, e->bytes, 3);
      map_fill(m + o, 3, (uint32_t)i);
      i += 2, o += e->len;
      continue;
    }
    size_t used, wrote = fold_char(s + i, n - i, t + o, &used);
    map_fill(m + o, wrote, (uint32_t)i);
    i += used, o += wrote;
  }
  c->i = i;
  c->o = o;
}

/* Leaves OUT empty but usable after a failure. */
static int norm_fail(hd_norm *out) {
  out->len = 0;
  if (out->cap) {
    out->text[0] = 0;
    out->map[0] = 0;
  }
  return -1;
}

/* Also -1 when N does not fit the 32-bit map (articles are far smaller). */
int hd_normalize(hd_norm *out, const char *src, size_t n) {
  const size_t slack = HD_FOLD_MAX_OUT + 1;
  if (n > UINT32_MAX || n > SIZE_MAX - 2 * slack) return norm_fail(out);
  /* Folding mostly shrinks Arabic text, so the input length plus slack is
  ** usually all the room ever needed. */
  if (norm_reserve(out, n + slack + 1) < 0) return norm_fail(out);

  fold_cursor c = {(const unsigned char *)src, n, 0, NULL, NULL, 0};
  for (;;) {
    c.text = (unsigned char *)out->text;
    c.map = out->map;
    fold_until(&c, out->cap - slack);
    if (c.i >= n) break;
    if (norm_reserve(out, out->cap + 1) < 0) return norm_fail(out);
  }
  out->text[c.o] = 0;
  out->map[c.o] = (uint32_t)n;
  out->len = c.o;
  return 0;
}

void hd_norm_free(hd_norm *out) {
  free(out->text);
  free(out->map);
  memset(out, 0, sizeof *out);
}

/* ------------------------------------------------------------------ */
/* Folding a dictionary string                                         */
/* ------------------------------------------------------------------ */

int hd_normalize_str(const char *src, size_t n, char *dst, size_t cap) {
  const unsigned char *s = (const unsigned char *)src;
  unsigned char folded[HD_FOLD_MAX_OUT];
  size_t i = 0, o = 0;
  while (i < n) {
    size_t used, wrote = fold_char(s + i, n - i, folded, &used);
    if (name_hyphen(s, n, i)) folded[0] = ' ';
    if (o + wrote >= cap) goto too_long;   /* keep one byte for the NUL */
    memcpy(dst + o, folded, wrote);
    i += used, o += wrote;
  }
  if (o >= cap || o > INT_MAX) goto too_long;
  dst[o] = 0;
  return (int)o;
too_long:
  if (cap) dst[0] = 0;
  return -1;
}
