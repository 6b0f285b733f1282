/*
** json.c: the field-extracting reader of a JSON Lines line (json.h).  One
** pass checks the whole line with jansson's rules and remembers where the
** values of the article's keys are; nothing is allocated, and nothing is
** copied until a string is asked for.
**
** jansson's rules, as json_loadb(JSON_ALLOW_NUL) applies them: white space
** is space, tab, CR and LF only; a string has no raw control character,
** knows the escapes \" \\ \/ \b \f \n \r \t and \uXXXX, and pairs its
** surrogates; a key may not hold \u0000; a number is -?(0|[1-9][0-9]*),
** then maybe a fraction and an exponent, and an integer must fit a long
** long, a real must not overflow; a value may be nested at most 2048
** deep, counting the line's object as 1; nothing but white space follows
** the object.  Keys that repeat keep their last value.
*/
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "common.h"
#include "read/json.h"

#define MAX_DEPTH 2048   /* jansson's JSON_PARSER_DEFAULT_DEPTH */

typedef const unsigned char uc;

static uc *skip_ws(uc *p, uc *end) {
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
  return p;
}

static int hex_digit(unsigned c) {
  if (c - '0' < 10) return (int)(c - '0');
  c |= 0x20;
  return c - 'a' < 6 ? (int)(c - 'a' + 10) : -1;
}

/* The four hex digits at P, or -1. */
static long hex4(uc *p, uc *end) {
  if (end - p < 4) return -1;
  long v = 0;
  for (int i = 0; i < 4; i++) {
    int d = hex_digit(p[i]);
    if (d < 0) return -1;
    v = v << 4 | d;
  }
  return v;
}

#define ONES UINT64_C(0x0101010101010101)
#define HIGHS (ONES * 0x80)

/* Scans a string whose opening quote is just before P: the pointer past
** its closing quote, or NULL when it is not a valid string.  Sets
** *ESCAPED when it has a backslash, *NUL when it has \u0000. */
static uc *scan_string(uc *p, uc *end, int *escaped, int *nul) {
  for (;;) {
#ifdef __SSE2__
    /* sixteen bytes at a time, to the first quote, backslash or control
    ** character among them */
    while (end - p >= 16) {
      unsigned mask = hd_json_special16(p, 0);
      if (mask) {
        p += __builtin_ctz(mask);
        break;
      }
      p += 16;
    }
#endif
    /* eight bytes at a time while none is a quote, a backslash or a
    ** control character */
    while (end - p >= 8) {
      uint64_t w;
      memcpy(&w, p, 8);
      uint64_t q = w ^ (ONES * '"'), b = w ^ (ONES * '\\');
      if ((((q - ONES) & ~q) | ((b - ONES) & ~b) | ((w - ONES * 0x20) & ~w)) & HIGHS) break;
      p += 8;
    }
    if (p >= end) return NULL;
    unsigned c = *p;
    if (c == '"') return p + 1;
    if (c < 0x20) return NULL;
    if (c != '\\') { p++; continue; }
    *escaped = 1;
    if (++p >= end) return NULL;
    switch (*p) {
    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
      p++;
      break;
    case 'u': {
      long v = hex4(p + 1, end);
      if (v < 0) return NULL;
      p += 5;
      if (v == 0) *nul = 1;
      if (v >= 0xD800 && v <= 0xDBFF) {
        if (end - p < 2 || p[0] != '\\' || p[1] != 'u') return NULL;
        long v2 = hex4(p + 2, end);
        if (v2 < 0xDC00 || v2 > 0xDFFF) return NULL;
        p += 6;
      } else if (v >= 0xDC00 && v <= 0xDFFF)
        return NULL;
      break;
    }
    default:
      return NULL;
    }
  }
}

static int is_digit(uc *p, uc *end) { return p < end && *p >= '0' && *p <= '9'; }

/* Copies the number [S, E) to a NUL-terminated string: a small one into
** BUF (CAP bytes), a long one into memory of its own (*HEAP, to free). */
static char *number_text(uc *s, uc *e, char *buf, size_t cap, char **heap) {
  size_t n = (size_t)(e - s);
  char *t = buf;
  *heap = NULL;
  if (n >= cap && !(t = *heap = malloc(n + 1))) return NULL;
  memcpy(t, s, n);
  t[n] = 0;
  return t;
}

/* Scans a number at P: the pointer past it, or NULL when it is not one
** that jansson takes.  Sets *REAL for a fraction or an exponent. */
static uc *scan_number(uc *p, uc *end, int *real) {
  uc *s = p;
  int digits = 0;
  *real = 0;
  if (p < end && *p == '-') p++;
  if (p >= end) return NULL;
  if (*p == '0') {
    p++;
    digits = 1;
    if (is_digit(p, end)) return NULL;
  } else if (is_digit(p, end)) {
    while (is_digit(p, end)) p++, digits++;
  } else
    return NULL;
  if (p < end && *p == '.') {
    p++;
    if (!is_digit(p, end)) return NULL;
    while (is_digit(p, end)) p++;
    *real = 1;
  }
  if (p < end && (*p == 'e' || *p == 'E')) {
    p++;
    if (p < end && (*p == '+' || *p == '-')) p++;
    if (!is_digit(p, end)) return NULL;
    while (is_digit(p, end)) p++;
    *real = 1;
  }
  if (!*real && digits <= 18) return p;   /* fits a long long */
  char buf[64], *heap;
  char *t = number_text(s, p, buf, sizeof buf, &heap);
  if (!t) return NULL;
  int ok;
  errno = 0;
  if (*real) {
    double v = strtod(t, NULL);
    ok = !((v == HUGE_VAL || v == -HUGE_VAL) && errno == ERANGE);
  } else {
    (void)strtoll(t, NULL, 10);
    ok = errno != ERANGE;
  }
  free(heap);
  return ok ? p : NULL;
}

static uc *scan_literal(uc *p, uc *end) {
  static const char *const words[] = {"true", "false", "null"};
  for (size_t i = 0; i < 3; i++) {
    size_t n = strlen(words[i]);
    if ((size_t)(end - p) >= n && memcmp(p, words[i], n) == 0) return p + n;
  }
  return NULL;
}

/* Scans one scalar at P (a string, a number or a literal): past it, or NULL. */
static uc *scan_scalar(uc *p, uc *end) {
  int escaped = 0, nul = 0, real;
  if (*p == '"') return scan_string(p + 1, end, &escaped, &nul);
  if (*p == '-' || (*p >= '0' && *p <= '9')) return scan_number(p, end, &real);
  return scan_literal(p, end);
}

/* Scans a key and its colon at P: past the colon and the white space after
** it, or NULL.  [*KS, *KE) is the key between its quotes. */
static uc *scan_key(uc *p, uc *end, uc **ks, uc **ke, int *escaped) {
  int nul = 0;
  *escaped = 0;
  if (p >= end || *p != '"') return NULL;
  *ks = p + 1;
  p = scan_string(p + 1, end, escaped, &nul);
  if (!p || nul) return NULL;   /* jansson takes no NUL in a key */
  *ke = p - 1;
  p = skip_ws(p, end);
  if (p >= end || *p != ':') return NULL;
  return skip_ws(p + 1, end);
}

/* Skips the value at P (a value nested in DEPTH containers): past it, or
** NULL when it is not valid. */
static uc *skip_value(uc *p, uc *end, int depth) {
  unsigned char open[MAX_DEPTH];   /* the containers opened here: '{' or '[' */
  int n = 0;
  for (;;) {
    /* at a value, nested in depth + n containers */
    if (depth + n + 1 > MAX_DEPTH || p >= end) return NULL;
    if (*p == '{' || *p == '[') {
      unsigned char c = *p;
      open[n++] = c;
      p = skip_ws(p + 1, end);
      if (p < end && *p == (c == '{' ? '}' : ']')) {
        n--;
        p++;
      } else if (c == '{') {
        uc *ks, *ke;
        int esc;
        if (!(p = scan_key(p, end, &ks, &ke, &esc))) return NULL;
        continue;
      } else
        continue;
    } else if (!(p = scan_scalar(p, end)))
      return NULL;
    /* after a value: close containers, or go on to the next member */
    for (;;) {
      if (n == 0) return p;
      p = skip_ws(p, end);
      if (p >= end) return NULL;
      unsigned char c = open[n - 1];
      if (*p == (c == '{' ? '}' : ']')) {
        n--;
        p++;
        continue;
      }
      if (*p != ',') return NULL;
      p = skip_ws(p + 1, end);
      if (c == '{') {
        uc *ks, *ke;
        int esc;
        if (!(p = scan_key(p, end, &ks, &ke, &esc))) return NULL;
      }
      break;
    }
  }
}

/* Which field the key [S, E) names, or -1. */
static int field_of(uc *s, uc *e) {
  static const char *const names[HD_JF_COUNT] = {"id", "text", "title", "date", "source", "url", "category"};
  size_t n = (size_t)(e - s);
  for (int i = 0; i < HD_JF_COUNT; i++)
    if (strlen(names[i]) == n && memcmp(s, names[i], n) == 0) return i;
  return -1;
}

/* The same, for a key with escapes: undone first (-2 when out of memory). */
static int escaped_field_of(const char *line, uc *s, uc *e) {
  if (e - s > 6 * 8) return -1;   /* no name is longer than 8 bytes, and an escape takes 6 at most */
  hd_buf k = {0};
  hd_jv v = {HD_JV_STRING, (size_t)((const char *)s - line), (size_t)((const char *)e - line), 1};
  if (hd_json_text(line, &v, &k) != 0) return -2;
  int f = field_of((uc *)k.data, (uc *)k.data + k.len);
  hd_buf_free(&k);
  return f;
}

int hd_json_fields(const char *line, size_t len, hd_jv out[HD_JF_COUNT]) {
  uc *p = (uc *)line, *end = p + len;
  memset(out, 0, HD_JF_COUNT * sizeof *out);
  p = skip_ws(p, end);
  if (p >= end || *p != '{') return -1;
  p = skip_ws(p + 1, end);
  if (p < end && *p == '}') return skip_ws(p + 1, end) == end ? 0 : -1;
  for (;;) {
    uc *ks, *ke;
    int escaped;
    if (!(p = scan_key(p, end, &ks, &ke, &escaped)) || p >= end) return -1;
    int f = escaped ? escaped_field_of(line, ks, ke) : field_of(ks, ke);
    if (f == -2) return -1;
    uc *v = p;
    if (f < 0) {
      p = skip_value(p, end, 1);
    } else if (*p == '"') {
      int nul = 0;
      escaped = 0;
      p = scan_string(p + 1, end, &escaped, &nul);
      if (p) out[f] = (hd_jv){HD_JV_STRING, (size_t)(v + 1 - (uc *)line), (size_t)(p - 1 - (uc *)line), escaped};
    } else if (*p == '-' || (*p >= '0' && *p <= '9')) {
      int real;
      p = scan_number(p, end, &real);
      if (p) out[f] = (hd_jv){real ? HD_JV_REAL : HD_JV_INTEGER, (size_t)(v - (uc *)line), (size_t)(p - (uc *)line), 0};
    } else {
      p = skip_value(p, end, 1);
      out[f] = (hd_jv){HD_JV_OTHER, 0, 0, 0};
    }
    if (!p) return -1;
    p = skip_ws(p, end);
    if (p >= end) return -1;
    if (*p == '}') break;
    if (*p != ',') return -1;
    p = skip_ws(p + 1, end);
  }
  return skip_ws(p + 1, end) == end ? 0 : -1;
}

/* Writes code point V as UTF-8 at T; the bytes written. */
static size_t put_utf8(char *t, long v) {
  if (v < 0x80) { t[0] = (char)v; return 1; }
  if (v < 0x800) { t[0] = (char)(0xC0 | v >> 6); t[1] = (char)(0x80 | (v & 0x3F)); return 2; }
  if (v < 0x10000) {
    t[0] = (char)(0xE0 | v >> 12); t[1] = (char)(0x80 | (v >> 6 & 0x3F)); t[2] = (char)(0x80 | (v & 0x3F));
    return 3;
  }
  t[0] = (char)(0xF0 | v >> 18); t[1] = (char)(0x80 | (v >> 12 & 0x3F));
  t[2] = (char)(0x80 | (v >> 6 & 0x3F)); t[3] = (char)(0x80 | (v & 0x3F));
  return 4;
}

int hd_json_text(const char *line, const hd_jv *v, hd_buf *b) {
  const char *p = line + v->start, *end = line + v->end;
  size_t n = (size_t)(end - p);
  if (!v->escaped) return hd_buf_append(b, p, n);
  if (hd_buf_reserve(b, n) != 0) return -1;   /* undone, a string only shrinks */
  char *t = b->data + b->len;
  while (p < end) {
    const char *bs = memchr(p, '\\', (size_t)(end - p));
    size_t run = (size_t)((bs ? bs : end) - p);
    memcpy(t, p, run);
    t += run;
    p += run;
    if (!bs) break;
    char c = p[1];
    p += 2;
    switch (c) {
    case 'b': *t++ = '\b'; break;
    case 'f': *t++ = '\f'; break;
    case 'n': *t++ = '\n'; break;
    case 'r': *t++ = '\r'; break;
    case 't': *t++ = '\t'; break;
    case 'u': {
      long u = hex4((uc *)p, (uc *)end);
      p += 4;
      if (u >= 0xD800 && u <= 0xDBFF) {
        long lo = hex4((uc *)p + 2, (uc *)end);
        p += 6;
        u = ((u - 0xD800) << 10) + (lo - 0xDC00) + 0x10000;
      }
      t += put_utf8(t, u);
      break;
    }
    default: *t++ = c; break;   /* " \ / */
    }
  }
  b->len = (size_t)(t - b->data);
  b->data[b->len] = 0;
  return 0;
}

long long hd_json_integer(const char *line, const hd_jv *v) {
  char buf[64], *heap;
  char *t = number_text((uc *)line + v->start, (uc *)line + v->end, buf, sizeof buf, &heap);
  long long x = t ? strtoll(t, NULL, 10) : 0;
  free(heap);
  return x;
}

double hd_json_real(const char *line, const hd_jv *v) {
  char buf[64], *heap;
  char *t = number_text((uc *)line + v->start, (uc *)line + v->end, buf, sizeof buf, &heap);
  double x = t ? strtod(t, NULL) : 0;
  free(heap);
  return x;
}
