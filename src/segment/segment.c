/*
** segment.c: splits folded article text into sentences, the way news text
** needs: line breaks end headlines and datelines, Arabic and Latin
** terminal punctuation end sentences, and quotation marks that close a
** sentence stay with it.
*/
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include "segment/segment.h"

static int is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_latin(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

static int is_closer(unsigned char c) { return c == '"' || c == '\'' || c == ')' || c == ']'; }

/* Length of the terminal mark at TEXT[i], or 0: . ! ? and U+2026. */
static size_t terminal_at(const char *text, size_t n, size_t i) {
  unsigned char c = (unsigned char)text[i];
  if (c == '.' || c == '!' || c == '?') return 1;
  if (c == 0xE2 && i + 2 < n && (unsigned char)text[i + 1] == 0x80 && (unsigned char)text[i + 2] == 0xA6) return 3;
  return 0;
}

/* A full stop inside 3.5 or after the single letter of U.S. ends nothing. */
static int is_inner_dot(const char *text, size_t n, size_t i) {
  if (text[i] != '.') return 0;
  if (i > 0 && i + 1 < n && is_digit((unsigned char)text[i - 1]) && is_digit((unsigned char)text[i + 1])) return 1;
  return i > 0 && is_latin((unsigned char)text[i - 1]) && (i < 2 || !is_latin((unsigned char)text[i - 2]));
}

/* Where a sentence ends after the mark at I: past further marks and
** closing quotes, if white space or the end follows; else 0. */
static size_t sentence_end(const char *text, size_t n, size_t i) {
  size_t k;
  while (i < n && (k = terminal_at(text, n, i)) > 0) i += k;
  while (i < n && is_closer((unsigned char)text[i])) i++;
  if (i == n || is_space((unsigned char)text[i]) || text[i] == '\n') return i;
  return 0;
}

/* Is any of the eight bytes at S a line break, '.', '!', '?' or the first
** byte of U+2026 (E2), which alone may end a sentence?  A byte is zero
** after the XOR exactly when it was the one sought; (x - 1) & ~x then sets
** its top bit, and a borrow reaches the bytes above only from such a
** byte, so the answer is exact. */
static inline uint64_t zero_bytes(uint64_t x) { return (x - 0x0101010101010101u) & ~x; }

static int may_end8(const char *s) {
  const uint64_t ones = 0x0101010101010101u;
  uint64_t w;
  memcpy(&w, s, 8);
  uint64_t any = zero_bytes(w ^ ones * '\n') | zero_bytes(w ^ ones * '.') | zero_bytes(w ^ ones * '!') |
                 zero_bytes(w ^ ones * '?') | zero_bytes(w ^ ones * 0xE2);
  return (any & ones * 0x80) != 0;
}

#ifdef __SSE2__
/* The bytes of the sixteen at S that may end a sentence (as may_end8()),
** one bit each, the first lowest. */
static inline unsigned may_end16(const char *s) {
  __m128i v = _mm_loadu_si128((const __m128i *)s);
  __m128i any = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(v, _mm_set1_epi8('.'))),
                             _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('!')), _mm_cmpeq_epi8(v, _mm_set1_epi8('?'))),
                                          _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE2))));
  return (unsigned)_mm_movemask_epi8(any);
}
#endif

size_t hd_next_sentence(const char *text, size_t n, size_t pos, size_t *start, size_t *end) {
  for (;;) {
    while (pos < n && (is_space((unsigned char)text[pos]) || text[pos] == '\n')) pos++;
    if (pos >= n) return 0;
    size_t i = pos, stop = n, next = n;
    for (; i < n; i++) {
#ifdef __SSE2__
      /* sixteen bytes at a time, to the first that may end the sentence,
      ** while short of its limit (the bytes passed over are none the loop
      ** below stops at) */
      while (i + 16 <= n && i + 16 - pos <= HD_MAX_SENTENCE_BYTES) {
        unsigned mask = may_end16(text + i);
        if (mask) {
          i += (size_t)__builtin_ctz(mask);
          break;
        }
        i += 16;
      }
#endif
      /* eight bytes at a time while none of them may end the sentence
      ** and it is short of its limit, where a space would end it */
      while (i + 8 <= n && i + 8 - pos <= HD_MAX_SENTENCE_BYTES && !may_end8(text + i)) i += 8;
      if (i >= n) break;
      /* past '?' only U+2026's first byte counts: letters go by in one test */
      if ((unsigned char)text[i] > '?' && (unsigned char)text[i] != 0xE2) continue;
      if (text[i] == '\n') { stop = i; next = i + 1; break; }
      if (i - pos >= HD_MAX_SENTENCE_BYTES && is_space((unsigned char)text[i])) { stop = i; next = i; break; }
      size_t k = terminal_at(text, n, i);
      if (!k || is_inner_dot(text, n, i)) continue;
      size_t e = sentence_end(text, n, i);
      if (e) { stop = e; next = e; break; }
      i += k - 1;
    }
    size_t s = pos, e = stop;
    while (e > s && is_space((unsigned char)text[e - 1])) e--;
    pos = next;
    if (e > s) { *start = s; *end = e; return next > s ? next : s + 1; }
  }
}
